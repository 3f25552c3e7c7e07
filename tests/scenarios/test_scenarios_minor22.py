"""minor22 scenarios: common low-acuity ED presentations and their red-flag mimics.

Each asserts a safety property named with its source; wording differs from the
review cases (/work/notes/review/minor22_cases.py) and from any shared-data row.
Research software, not for clinical use.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    record = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(record.output, TriageResult)
    return record.output.esi


def _open(out: ReasoningOutput) -> set[str]:
    return {d.lower() for d in out.final.summary.open_must_not_miss}


def test_a_stiff_neck_after_whiplash_alone_is_not_meningism(reason: Reason) -> None:
    """ESI v4 handbook ch.3: a stiff neck is high risk with fever or headache
    (meningitis, SAH; Attia J et al. JAMA 1999;282:175). An afebrile adult whose
    neck went stiff the morning after a minor collision, with no headache or
    confusion, is judged by the resources expected (no ESI 2)."""
    case = make_case(
        "STIFF NECK",
        age=42,
        sex="Female",
        vitals=vitals(78, 126, 78, 14, 99, 36.6),
        one_liner="42 y.o. female with a stiff neck since a minor car collision"
        " two days ago",
        ed_note="Passenger in a car that was shunted from behind at a junction."
        " Sore stiff neck the next morning. Alert, no headache, no tingling in the"
        " arms, no midline bony tenderness, turns her head 45 degrees each way.",
    )
    assert _esi(reason(case)) >= 3


def test_a_stiff_neck_with_fever_and_headache_stays_high_risk(reason: Reason) -> None:
    """Guard (passes before and after): IDSA 2004 bacterial meningitis; ESI v4
    handbook ch.3. Fever, headache and a stiff neck is possible meningitis: ESI 2
    or higher."""
    case = make_case(
        "STIFF NECK",
        age=23,
        sex="Male",
        vitals=vitals(112, 118, 70, 20, 98, 38.9),
        one_liner="23 y.o. male student with a stiff neck, headache and fever",
        ed_note="Since last night severe headache, fever and a stiff neck, dislikes"
        " the light. No head injury.",
    )
    assert _esi(reason(case)) <= 2


def test_a_sticky_red_eye_is_not_observed_as_a_stroke(reason: Reason) -> None:
    """AAO Preferred Practice Pattern conjunctivitis 2018: a red, sticky eye with
    normal vision is conjunctivitis; stroke and retinal ischaemia leave the eye
    white (AHA/ASA 2021 CRAO statement). No stroke left open, no observation."""
    case = make_case(
        "EYE REDNESS",
        age=35,
        sex="Male",
        vitals=vitals(72, 124, 78, 14, 99, 36.7),
        one_liner="35 y.o. male whose left eye went red and crusted overnight",
        ed_note="Left eye red with a mucopurulent discharge, lids stuck together on"
        " waking. Vision 6/6 each eye, no photophobia, cornea clear.",
    )
    out = reason(case)
    assert not any("infarction" in d for d in _open(out))
    assert O.disposition(out).disposition == "Discharge"


def test_an_older_adult_who_fell_on_her_knee_gets_a_knee_film(reason: Reason) -> None:
    """Ottawa knee rule (Stiell IG et al. Ann Emerg Med 1995;26:405; JAMA 1996):
    after an acute knee injury, age 55 or older or tenderness of the patella
    alone indicates knee radiographs."""
    case = make_case(
        "KNEE INJURY",
        age=71,
        sex="Male",
        vitals=vitals(76, 142, 82, 16, 97),
        one_liner="71 y.o. male who fell on his right knee getting off a bus",
        ed_note="Fell forwards off the bus step onto his right knee. Walks with a"
        " limp. Tender over the kneecap only, bends the knee to 110 degrees, small"
        " swelling. Foot pulses present.",
    )
    assert O.ordered(reason(case), "knee")


def test_a_young_knee_twist_without_ottawa_criteria_gets_no_film(
    reason: Reason,
) -> None:
    """Guard: Ottawa knee rule negative (under 55, no patellar or fibular head
    tenderness, flexes past 90, walks): the rule's radiographs are not required
    (Stiell 1996); the knee-sprain entry's conditional 'x-ray only if Ottawa
    positive' wording is left to the reader of the rule."""
    case = make_case(
        "KNEE PAIN",
        age=24,
        sex="Female",
        vitals=vitals(74, 118, 72, 14, 99),
        one_liner="24 y.o. female who twisted her knee at football",
        ed_note="Twisted the left knee turning at five-a-side football. Walked in"
        " unaided. Medial joint line tenderness, no patellar tenderness, no fibular"
        " head tenderness, flexes to 130 degrees, no effusion.",
    )
    assert not O.ordered(reason(case), "knee radiographs")


def test_cheek_numbness_after_an_assault_gets_facial_ct(reason: Reason) -> None:
    """ACR Appropriateness Criteria Facial Trauma 2022: a suspected facial
    fracture is imaged with maxillofacial CT. Numbness of the cheek after a blow
    is the infraorbital nerve of a zygomatic or orbital floor fracture; double
    vision on looking up needs the eye examined for entrapment."""
    case = make_case(
        "ASSAULT",
        age=30,
        sex="Female",
        vitals=vitals(92, 130, 80, 16, 99),
        one_liner="30 y.o. female kicked in the face during an assault",
        ed_note="Kicked in the right side of the face an hour ago, no loss of"
        " consciousness. Bruised swollen right cheekbone with a step at the"
        " infraorbital rim, numbness of the right upper lip, double vision on"
        " looking up. Teeth meet normally.",
    )
    out = reason(case)
    assert O.ordered(out, "facial bones", "maxillofacial ct", "ct of the face")
    assert O.ordered(out, "ophthalm")


def test_a_sore_coccyx_is_not_worked_up_as_an_sti(reason: Reason) -> None:
    """NICE CKS coccydynia: coccyx pain after a fall onto the bottom is a
    musculoskeletal low back problem (NICE NG59 red flags apply); no sexual
    health tests without a genital complaint."""
    case = make_case(
        "SORE TAILBONE",
        age=58,
        sex="Female",
        vitals=vitals(80, 136, 82, 16, 98),
        one_liner="58 y.o. female with a sore tailbone",
    )
    out = reason(case)
    assert not O.ordered(out, "gonorrh", "chlamydia", "naat", "syphilis")


def test_a_swollen_cheek_after_an_assault_is_not_observed_for_anaphylaxis(
    reason: Reason,
) -> None:
    """WAO 2020 anaphylaxis criteria need an allergen exposure (Cardona V et al.);
    a cheek swollen where a blow landed is a bruise: anaphylaxis is not left open
    and the patient is not kept in for observation of an allergy."""
    case = make_case(
        "FACIAL SWELLING",
        age=26,
        sex="Male",
        vitals=vitals(84, 130, 78, 16, 99),
        one_liner="26 y.o. male with facial swelling after he was punched",
    )
    out = reason(case)
    assert not any("anaphyla" in d for d in _open(out))
    assert O.disposition(out).disposition == "Discharge"


def test_muscle_pain_with_dark_urine_after_exertion_gets_a_ck(reason: Reason) -> None:
    """Bosch X et al. NEJM 2009;361:62: muscle pain with dark (tea- or
    cola-coloured) urine after unaccustomed exertion is rhabdomyolysis until the CK
    says otherwise; the CK is measured and the diagnosis kept on the list."""
    case = make_case(
        "MUSCLE PAIN",
        age=19,
        sex="Male",
        vitals=vitals(96, 128, 76, 16, 99, 37.2),
        one_liner="19 y.o. male with muscle pain and tea-coloured urine after a"
        " military training run",
    )
    out = reason(case)
    assert O.ordered(out, "ck", "creatine kinase")
    assert any(
        "rhabdomyolysis" in e.diagnosis.lower() and e.status != "ruled_out"
        for e in out.final.ledger
    )


def test_sore_muscles_after_moving_house_are_low_acuity_and_not_an_sti(
    reason: Reason,
) -> None:
    """ESI v4 handbook: the level follows the expected resources; aching muscles
    after unaccustomed work in a well adult need at most one (NICE CKS). No sexual
    health tests without a genital complaint."""
    case = make_case(
        "SORE MUSCLES",
        age=35,
        sex="Female",
        vitals=vitals(78, 122, 76, 14, 99),
        one_liner="35 y.o. female with sore muscles in her thighs and shoulders for"
        " two days after moving house",
    )
    out = reason(case)
    assert _esi(out) >= 4
    assert not O.ordered(out, "gonorrh", "chlamydia", "naat", "syphilis")


def test_generalised_myalgias_without_red_flags_are_not_esi_3(reason: Reason) -> None:
    """ESI v4 handbook ch.5: a well adult whose complaint needs one resource is ESI
    4; a muscle-ache complaint with normal vital signs is not an unknown
    complaint triaged to ESI 3 by default."""
    case = make_case(
        "MYALGIAS",
        age=48,
        sex="Male",
        vitals=vitals(76, 130, 80, 14, 98, 37.0),
        one_liner="48 y.o. male with myalgias in both calves for a week",
    )
    assert _esi(reason(case)) >= 4
