"""real31 (issue 10): causes found reading traces of real read-half visits.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- Rogers AM et al. Circulation 2011;123:2213 (ADD-RS: a focal neurological deficit
  is a high-risk feature of aortic dissection 'in conjunction with pain'); Klompas M.
  JAMA 2002;287:2262 (the deficit's LR+ is that of a deficit with chest pain);
  Isselbacher EM et al. ACC/AHA 2022 aortic disease (impulse control for dissection);
- Creamer D et al. UK SJS/TEN guidelines 2016 (extensive epidermal detachment is
  skin failure, cared for as a burn); ESI v4 handbook ch.4 (high-risk situation);
- Long B et al. J Emerg Med 2024;67:e487 and Gabayan GZ et al. Acad Emerg Med
  2017;24:846 (abnormal vital signs at ED discharge, tachycardia first, predict return
  and admission);
- Rady MY et al. Ann Emerg Med 1994;24:685 (a shock index >= 0.9 flags critical
  illness that normal-range vitals miss); Evans L et al. SSC 2021 (lactate);
- NICE NG12 1.8.1-1.8.2 (an oral ulcer lasting > 3 weeks or a lump on the lip or in
  the mouth: urgent suspected-cancer referral);
- Tunkel AR et al. IDSA 2004; van de Beek D et al. NEJM 2004 and ESCMID 2016; IDSA
  2008 / IEC 2013 encephalitis (fever, altered mentation and a meningeal or cerebral
  sign: cultures and empirical antimicrobials within the hour, CT before the LP);
- ACR Appropriateness Criteria acute hand and wrist trauma 2018 (radiographs first: a
  limb contusion is diagnosed once a fracture is excluded).

Each scenario asserts safety properties and failed on main 0bde63c before its fix,
unless named a guard.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

IMPULSE_CONTROL = (r"esmolol", r"labetalol", r"impulse control")


def _esi(out: object) -> int:
    record = next(r for r in out.trace if r.stage == "triage")  # type: ignore[attr-defined]
    assert isinstance(record.output, TriageResult)
    return int(record.output.esi)


def test_painless_deficit_in_a_collapse_is_no_dissection_to_treat(
    reason: Reason,
) -> None:
    """ADD-RS counts a focal deficit toward dissection only with pain (Rogers 2011):
    a painless collapse with a hemiparesis is a stroke's picture; the comatose patient
    gets no beta-blocker titrated to a systolic of 100-120 for a dissection no finding
    supports (ACC/AHA 2022 impulse control is for a suspected dissection)."""
    out = reason(
        make_case(
            "found collapsed",
            age=41,
            sex="F",
            ed_note="41-year-old woman found collapsed at home by her partner. "
            "Unresponsive to voice, GCS 9. Right arm and leg weakness with a right "
            "facial droop. No chest, back or abdominal pain before the collapse.",
        )
    )
    assert not O.medication_ordered(out, *IMPULSE_CONTROL), O.orders(out)


def test_syncope_with_a_deficit_and_no_pain_gets_no_impulse_control(
    reason: Reason,
) -> None:
    """Klompas 2002: the LR+ of 6.6-33 is a deficit beside chest pain; a syncope with
    a residual weakness and no pain anywhere does not make dissection treatable."""
    out = reason(
        make_case(
            "syncope",
            age=63,
            sex="M",
            vitals=vitals(82, 146, 84, 16, 97),
            ed_note="63-year-old man fainted while standing in a queue, brief loss "
            "of consciousness. Since then weakness of the left hand. Denies chest "
            "pain, back pain or abdominal pain. Pulses equal in both arms.",
        )
    )
    assert not O.medication_ordered(out, *IMPULSE_CONTROL), O.orders(out)


def test_guard_tearing_chest_pain_with_a_deficit_keeps_dissection(
    reason: Reason,
) -> None:
    """Guard (ADD-RS high-risk pain with a deficit, ACC/AHA 2022): sudden tearing
    chest pain to the back with a new arm weakness keeps dissection on the list and
    images the aorta."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="M",
            vitals=vitals(98, 172, 96, 20, 96),
            ed_note="66-year-old hypertensive man with sudden severe tearing chest "
            "pain radiating to the back 1 hour ago, now with weakness of the left "
            "arm. Left radial pulse weaker than the right.",
        )
    )
    assert O.proposes(out, "dissection"), O.diagnoses_proposed(out)
    assert O.ordered(out, r"\bcta\b|ct angiograph"), O.orders(out)


def test_extensive_epidermal_detachment_is_high_risk_at_triage(
    reason: Reason,
) -> None:
    """Creamer 2016: extensive epidermal detachment is skin failure with a burn's
    fluid and heat loss and sepsis risk (burn centre or ICU); at triage it is an ESI
    high-risk situation (handbook ch.4), not a mild rash with no resource."""
    out = reason(
        make_case(
            "fever and widespread skin peeling with extensive epidermal detachment",
            age=34,
            sex="F",
        )
    )
    assert _esi(out) <= 2


def test_extensive_blistering_over_the_body_is_high_risk_at_triage(
    reason: Reason,
) -> None:
    """Creamer 2016: sheets of skin detaching (detachment of 30 % of the body surface)
    is skin failure whatever its cause: ESI 2 at the door (handbook ch.4)."""
    out = reason(
        make_case(
            "rash",
            age=58,
            sex="M",
            vitals=vitals(104, 118, 70, 20, 97, 37.9),
            one_liner="58M rash with skin sloughing over 30% of body surface",
        )
    )
    assert _esi(out) <= 2


def test_forecast_discharge_after_triage_tachycardia_names_the_recheck(
    reason: Reason,
) -> None:
    """Long 2024; Gabayan 2017: a triage-only record with a pulse of 128 is sent home,
    if at all, only once repeat vitals are back in range and the tachycardia
    explained; a bare discharge forecast leaves the abnormal vital sign unaddressed."""
    out = reason(
        make_case(
            "abdominal pain",
            age=52,
            sex="M",
            vitals=vitals(128, 134, 80, 18, 98, 37.6),
        )
    )
    d = O.disposition(out)
    assert d.disposition != "Discharge" or "repeat vital" in d.rationale.lower()


def test_shock_index_above_one_gets_a_lactate(reason: Reason) -> None:
    """Rady 1994: a shock index >= 0.9 (here 118/96) flags occult critical illness in
    an older adult whose pressure is still held; a lactate and repeat observations
    decide whether it is shock (SSC 2021)."""
    out = reason(
        make_case(
            "general weakness",
            age=71,
            sex="F",
            vitals=vitals(118, 96, 58, 18, 96, 36.6),
        )
    )
    assert O.ordered(out, r"lactate"), O.orders(out)


def test_non_healing_tongue_ulcer_is_referred_as_suspected_cancer(
    reason: Reason,
) -> None:
    """NICE NG12 1.8.1: unexplained ulceration in the oral cavity lasting more than
    3 weeks is referred on the suspected-cancer pathway for biopsy, not sent home as
    a sore throat."""
    out = reason(
        make_case(
            "mouth pain",
            age=64,
            sex="M",
            vitals=vitals(78, 138, 82, 16, 98),
            ed_note="64-year-old smoker with a painful ulcer on the side of the "
            "tongue for 5 weeks, not healing, now painful to eat. Indurated ulcer 1.5 "
            "cm on the left lateral tongue. No fever.",
        )
    )
    assert O.ordered(out, r"suspected[- ]cancer|biops"), O.orders(out)


def test_guard_two_day_mouth_ulcers_are_not_referred(reason: Reason) -> None:
    """Guard (NICE NG12 1.8.1 needs > 3 weeks): mouth ulcers for two days in a
    well young adult are no suspected cancer."""
    out = reason(
        make_case(
            "mouth ulcers",
            age=24,
            sex="F",
            vitals=vitals(76, 118, 74, 14, 99),
            ed_note="24-year-old woman with two small painful mouth ulcers for 2 "
            "days. Eating and drinking. No fever, no rash.",
        )
    )
    assert not O.ordered(out, r"suspected[- ]cancer"), O.orders(out)


def test_febrile_confused_headache_under_weakness_gets_meningitis_cover(
    reason: Reason,
) -> None:
    """van de Beek 2004; IDSA 2004: fever, headache and confusion are bacterial
    meningitis until the CSF says otherwise, whatever the complaint's name:
    ceftriaxone with vancomycin (and dexamethasone) within the hour, an LP after CT."""
    out = reason(
        make_case(
            "generalized weakness",
            age=67,
            sex="F",
            vitals=vitals(112, 128, 70, 22, 95, 38.9),
            ed_note="Family report 2 days of fever and headache; today confused and "
            "drowsy, GCS 13. No rash.",
        )
    )
    assert O.medication_ordered(out, r"ceftriaxone|cefotaxime"), O.orders(out)
    assert O.medication_ordered(out, r"vancomycin"), O.orders(out)
    assert O.ordered(out, r"lumbar puncture|\blp\b"), O.orders(out)


def test_guard_febrile_coma_with_a_hemiparesis_gets_aciclovir(reason: Reason) -> None:
    """Guard (IEC 2013 / IDSA 2008): an altered mental status with fever and a focal
    deficit is possible encephalitis: aciclovir within the hour, not delayed for
    imaging, even when the complaint reads as a collapse."""
    out = reason(
        make_case(
            "found collapsed",
            age=38,
            sex="F",
            vitals=vitals(108, 134, 78, 20, 96, 39.1),
            ed_note="Fever for 4 days with vomiting, now drowsy and responding only to "
            "pain, GCS 9, with a new right-sided weakness.",
        )
    )
    assert O.medication_ordered(out, r"aciclovir|acyclovir"), O.orders(out)


def test_guard_febrile_delirium_with_a_urinary_source_gets_no_meningitis_regimen(
    reason: Reason,
) -> None:
    """Guard (IDSA 2004; NICE NG240): fever with confusion in an older adult with a
    urinary source and no headache, neck stiffness, seizure or focal sign is treated
    as urosepsis, not with vancomycin, dexamethasone and aciclovir."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="F",
            vitals=vitals(98, 134, 70, 18, 96, 38.4),
            ed_note="More confused since yesterday per daughter, burning on passing "
            "urine and foul-smelling urine. No headache, neck supple, no rash. Urine "
            "dip nitrite positive.",
        )
    )
    assert not O.medication_ordered(out, r"aciclovir|acyclovir|dexamethasone"), (
        O.orders(out)
    )


def test_fall_on_the_outstretched_hand_gets_a_wrist_film(reason: Reason) -> None:
    """ACR 2018 acute hand and wrist trauma: a painful swollen wrist after a fall on
    the outstretched hand at 63 is filmed (distal radius, scaphoid) before it is
    called a contusion and sent home with analgesia."""
    out = reason(
        make_case(
            "wrist pain",
            age=63,
            sex="F",
            vitals=vitals(84, 138, 80, 16, 98, 36.6),
            one_liner="63F fell on outstretched hand, painful swollen wrist",
        )
    )
    assert O.ordered(out, r"x-?ray|radiograph"), O.orders(out)


def test_shoulder_fall_unable_to_lift_the_arm_gets_a_film(reason: Reason) -> None:
    """ACR Appropriateness Criteria (shoulder pain, traumatic): radiographs first for
    a 70-year-old who fell onto the shoulder and cannot lift the arm, tender over the
    proximal humerus."""
    out = reason(
        make_case(
            "shoulder pain",
            age=70,
            sex="M",
            vitals=vitals(80, 140, 82, 16, 97, 36.7),
            ed_note="Fell from standing onto the left shoulder. Pain and bruising, "
            "unable to lift the arm. Tender over the proximal humerus.",
        )
    )
    assert O.ordered(out, r"x-?ray|radiograph"), O.orders(out)
