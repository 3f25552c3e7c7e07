"""peds47 (session 47): paediatric orders and triage from their sources.

Written from guidelines, not from shared data: a pre-mobile infant's injury is a
sentinel injury of abuse (NICE CG89; Sugar 1999; Sheets 2013); a child's unexplained
petechiae get a blood count and film at once (NICE NG12 1.11.1; ASH 2019); an infant's
paroxysmal screaming with the legs drawn up is intussusception until excluded (APLS
6th ed.; APSA 2021); the cerebral-oedema watch is for a child in DKA (ISPAD 2022); a
febrile child is worked up by NICE NG143, not by the adult sepsis bundle (NICE NG51;
SSC children 2020); a child's recorded pain score is treated (RCEM 2021).
"""

from __future__ import annotations

from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


def _infant_vitals(hr: float, rr: float, t: float = 36.9) -> dict[str, float]:
    return {"heart_rate": hr, "respiratory_rate": rr, "spo2": 99, "temperature_c": t}


# --- a pre-mobile infant's injury ---


def test_a_pre_mobile_infant_not_moving_an_arm_after_a_fall_gets_child_protection(
    reason: Reason,
) -> None:
    """NICE CG89 1.2 (a fracture or injury in a child not independently mobile);
    Sugar NF et al. 1999; Sheets LK et al. Pediatrics 2013 (sentinel injuries); AAP
    2015 (skeletal survey, neuroimaging, child protection). Triage called it a
    sentinel injury, yet the work-up waited for a fracture to be named: paracetamol
    only, no survey, no safeguarding."""
    out = reason(
        make_case(
            "ARM INJURY",
            demographics={"age_days": 110, "sex": "M"},
            vitals=_infant_vitals(148, 36),
            one_liner="3-month-old not moving his left arm and crying when it is "
            "lifted since he slipped off the changing table yesterday",
            ed_note="Swelling of the left upper arm. Not yet rolling over.",
        )
    )
    assert O.ordered(out, "skeletal survey")
    assert O.ordered(out, "child protection")


def test_a_crawling_infant_after_a_witnessed_fall_gets_no_child_protection(
    reason: Reason,
) -> None:
    """Guard: a mobile 10-month-old's fall off a sofa, moving all limbs, is no
    sentinel injury (Sugar 1999 grades by mobility; NICE CG89 asks for an absent or
    unsuitable explanation)."""
    out = reason(
        make_case(
            "FALL",
            demographics={"age_days": 300, "sex": "F"},
            vitals=_infant_vitals(136, 32),
            one_liner="10-month-old crawling baby who fell off the sofa onto carpet, "
            "cried at once",
            ed_note="Moving all four limbs, no swelling, feeding well.",
        )
    )
    assert not O.ordered(out, "child protection")
    assert not O.ordered(out, "skeletal survey")


# --- a child's unexplained petechiae ---


def test_a_well_child_with_bruises_and_a_pinpoint_rash_gets_a_blood_count(
    reason: Reason,
) -> None:
    """NICE NG12 2015 1.11.1: immediate specialist assessment for leukaemia in a
    child with unexplained petechiae; Neunert C et al. ASH 2019 (ITP: count and film,
    no NSAID). A 3-year-old went home on an antihistamine as urticaria."""
    out = reason(
        make_case(
            "BRUISING",
            age=3,
            sex="F",
            vitals=_infant_vitals(112, 24),
            one_liner="3-year-old with new bruises on her legs and tummy and a "
            "pinpoint red rash since yesterday",
            ed_note="Had a viral illness last week. Playing, no bleeding gums.",
        )
    )
    assert O.ordered(out, "blood film", "full blood count")
    assert O.ordered(out, "haematology")


def test_a_teenager_s_bruise_after_a_kick_needs_no_blood_count(reason: Reason) -> None:
    """A bruise from a kick at football in a well 15-year-old is a contusion: no
    blood count, ESI 4-5 (ESI v4 handbook ch.5: no resource beyond the examination).
    The complaint was unknown to the knowledge base: ESI 3 by default."""
    out = reason(
        make_case(
            "BRUISE",
            age=15,
            sex="M",
            vitals={**vitals(74, 122, 72, 14, 99), "pain": 3},
            one_liner="15-year-old with a bruise on his shin after a kick at football "
            "this morning",
            ed_note="Walking normally, no bony tenderness.",
        )
    )
    assert not O.ordered(out, "blood film")
    assert not O.ordered(out, "haematology")
    assert _esi(out) >= 4


# --- an infant's paroxysmal screaming ---


def test_an_infant_screaming_in_episodes_with_legs_drawn_up_is_esi_2(
    reason: Reason,
) -> None:
    """APLS 6th ed. (the child with abdominal pain) and Kelley-Quon LI et al. APSA
    2021: paroxysmal screaming with the legs drawn up in a child of 3 months to 3
    years is intussusception until excluded; ESI v4 handbook ch.4 high risk. The
    complaint text alone gave ESI 3."""
    out = reason(
        make_case(
            "CRYING",
            demographics={"age_days": 230, "sex": "M"},
            vitals=_infant_vitals(146, 34),
            one_liner="7-month-old with bouts of screaming and pulling his knees up "
            "every 20 minutes since breakfast",
        )
    )
    assert _esi(out) <= 2


def test_a_thriving_six_week_old_s_evening_crying_is_not_esi_2(
    reason: Reason,
) -> None:
    """Guard: NICE CKS infant colic (2022): a well, thriving baby under 4 months who
    cries in the evenings drawing the legs up; reassurance, not a high-risk
    situation."""
    out = reason(
        make_case(
            "CRYING",
            demographics={"age_days": 42, "sex": "F"},
            vitals=_infant_vitals(150, 40),
            one_liner="6-week-old with episodes of crying every evening, drawing her "
            "legs up, feeding and gaining weight well",
        )
    )
    assert _esi(out) >= 3


# --- the cerebral-oedema watch is DKA's ---


def test_a_non_diabetic_child_s_appendicitis_gets_no_bedside_mannitol(
    reason: Reason,
) -> None:
    """ISPAD 2022 DKA: the cerebral-oedema watch (hourly neurological observations,
    mannitol or hypertonic saline at the bedside) is for a child in DKA
    (hyperglycaemia with ketoacidosis); a child's abdominal pain and vomiting with no
    diabetes nor glucose got it while DKA was only not excluded."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=10,
            sex="M",
            vitals={**vitals(104, 110, 66, 20, 99, 37.8), "pain": 6},
            one_liner="10-year-old with a day of abdominal pain, worse on walking, "
            "vomited twice",
            ed_note="Tender with guarding low on the right. Not known to be diabetic.",
        )
    )
    assert not O.ordered(out, "mannitol")


def test_a_child_in_dka_keeps_the_cerebral_oedema_watch(reason: Reason) -> None:
    """Guard: ISPAD 2022: a child in DKA is watched hourly for cerebral oedema."""
    out = reason(
        make_case(
            "VOMITING",
            age=8,
            sex="F",
            vitals=vitals(130, 102, 60, 30, 98, 37.0),
            one_liner="8-year-old with a week of thirst and weight loss, now vomiting "
            "and breathing deeply",
            ed_note="Capillary glucose 31 mmol/L, blood ketones 5.8, venous pH 7.05, "
            "bicarbonate 5.",
        )
    )
    assert O.ordered(out, "cerebral oedema")


# --- a febrile child is not worked up as an adult's sepsis ---


def test_an_amber_febrile_toddler_gets_no_adult_sepsis_bundle(
    reason: Reason,
) -> None:
    """NICE NG143 2019/2021 (amber: FBC, CRP, blood culture, urine) and NICE NG51
    1.6 (children: a blood gas with lactate for a high-risk criterion): a febrile
    toddler with amber features got two culture sets, the SOFA bloods and a lactate
    (Evans L et al. SSC 2021 is the adult bundle)."""
    out = reason(
        make_case(
            "FEVER",
            age=1,
            sex="M",
            vitals=_infant_vitals(162, 40, 39.6),
            one_liner="18-month-old with 3 days of fever, drinking less today",
            ed_note="Dry mouth, capillary refill 3 seconds, less active than usual. "
            "No rash, chest clear, ears normal.",
        )
    )
    assert not O.ordered(out, "blood cultures x2")
    assert not O.ordered(out, "bilirubin")


def test_an_older_adult_s_febrile_sirs_keeps_its_lactate(reason: Reason) -> None:
    """Guard: SSC 2021 / NICE NG51 (adults): fever with SIRS in an older adult is
    screened with a lactate and blood cultures."""
    out = reason(
        make_case(
            "FEVER",
            age=78,
            sex="F",
            vitals=vitals(118, 104, 60, 26, 94, 39.1),
            one_liner="78-year-old with a day of fever and shaking chills",
            ed_note="Dysuria since yesterday. Confused this morning per her daughter.",
        )
    )
    assert O.ordered(out, "lactate")


# --- a child's recorded pain score ---


def test_a_child_s_recorded_severe_pain_score_gets_analgesia(reason: Reason) -> None:
    """RCEM best practice 'Management of pain in children' (2021): moderate or severe
    pain (7/10 at triage) is treated within 20 minutes; a 13-year-old's appendicitis
    scored 8/10 in the triage vitals got none while the same score in words did."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=13,
            sex="F",
            vitals={**vitals(100, 114, 70, 18, 99, 37.6), "pain": 8},
            one_liner="13-year-old with abdominal pain since last night that moved to "
            "the right lower quadrant",
            ed_note="Anorexic. Tender at McBurney's point.",
        )
    )
    assert O.medication_ordered(out, "paracetamol", "ibuprofen", "fentanyl", "morphine")


# --- requests: an eye threatened by shingles, a sudden deafness ---


def _rash(one_liner: str) -> Case:
    return make_case(
        "RASH",
        age=69,
        sex="F",
        vitals={**vitals(82, 138, 80, 14, 98, 37.1), "pain": 5},
        one_liner=one_liner,
    )


def test_shingles_with_hutchinson_s_sign_is_esi_3(reason: Reason) -> None:
    """NICE CKS shingles (2023) and Cohen EJ, Jeng BH. NEJM 2020: ophthalmic zoster
    with vesicles on the nose (Hutchinson's sign) goes to ophthalmology the same day
    for a slit lamp and pressure (ESI v4 handbook ch.5: two resources). It was ESI 4
    (trauma47's request)."""
    out = reason(
        _rash(
            "69-year-old with a painful blistering rash on the left forehead and the "
            "side of her nose for a day, left eye watering"
        )
    )
    assert _esi(out) == 3


def test_shingles_of_the_chest_wall_stays_esi_4_or_5(reason: Reason) -> None:
    """Guard: thoracic shingles in a well adult is oral antivirals and analgesia
    (NICE CKS shingles 2023): no resource beyond the examination."""
    out = reason(
        _rash(
            "69-year-old with a band of painful blisters around the right chest "
            "for two days"
        )
    )
    assert _esi(out) >= 4


def _ears(one_liner: str) -> Case:
    return make_case(
        "HEARING LOSS",
        age=52,
        sex="M",
        vitals=vitals(76, 132, 80, 14, 99),
        one_liner=one_liner,
    )


def test_a_sudden_hearing_loss_is_esi_4(reason: Reason) -> None:
    """NICE CKS hearing loss (2023) and Chandrasekhar SS et al. AAO-HNS 2019: a
    sudden sensorineural hearing loss is seen by ENT within 24 hours (audiometry, oral
    corticosteroid): one resource, ESI 4. It was ESI 5 (trauma47's request)."""
    out = reason(_ears("52-year-old who woke with hearing loss in the right ear today"))
    assert _esi(out) == 4


def test_a_gradual_hearing_loss_stays_esi_5(reason: Reason) -> None:
    """Guard: a hearing loss over months (wax, presbycusis) is examined and referred
    routinely (NICE CKS hearing loss 2023)."""
    out = reason(
        _ears("52-year-old with hearing getting worse in both ears over months")
    )
    assert _esi(out) == 5
