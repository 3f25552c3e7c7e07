"""triage42 (session 42): triage levels by the ESI v4 handbook's principles.

Written from the handbook and guidelines, not from shared data: an unwell patient's
eczema herpeticum is a high-risk situation (NICE CKS atopic eczema 2024: admit for IV
aciclovir when systemically unwell, same-day ophthalmology around the eye; ESI v4
handbook ch.4); a shoulder dislocation written by its signs is imaged and reduced under
procedural sedation, two resources (BESS/BOA 2015; ESI v4 handbook ch.5, Table 5-1);
vomiting kept up with by mouth, nausea of early pregnancy included, is oral care, one
resource at most (NICE CKS gastroenteritis 2023; RCOG Green-top 69 2016; ACOG PB 189
2018; Table 5-1: PO medication and a point-of-care urine test are not resources).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


# --- eczema herpeticum ---------------------------------------------------------


def test_febrile_child_with_punched_out_blisters_on_eczema_is_high_risk(
    reason: Reason,
) -> None:
    """NICE CKS atopic eczema 2024: eczema herpeticum in a systemically unwell child
    is admitted for IV aciclovir; ESI v4 handbook ch.4: a time-sensitive treatment is
    a high-risk situation (level 2), not a one-resource rash (it was ESI 4)."""
    out = reason(
        make_case(
            "RASH",
            age=3,
            sex="M",
            vitals=vitals(150, 95, 60, 30, 98, 39.2),
            one_liner="3-year-old with eczema, now crops of painful punched-out "
            "blisters on the face spreading over 2 days, fever, miserable",
        )
    )
    assert _esi(out) <= 2
    assert O.medication_ordered(out, "aciclovir")


def test_punched_out_erosions_around_the_eye_on_eczema_are_high_risk(
    reason: Reason,
) -> None:
    """NICE CKS atopic eczema 2024: eczema herpeticum on or around the eyelids needs
    same-day ophthalmology (herpetic keratitis): a threat to sight, ESI 2 (handbook
    ch.4), even afebrile."""
    out = reason(
        make_case(
            "SKIN RASH",
            age=25,
            sex="F",
            vitals=vitals(84, 118, 72, 14, 99, 37.0),
            one_liner="25-year-old with atopic eczema, punched-out erosions around "
            "the left eye since yesterday",
        )
    )
    assert _esi(out) <= 2


def test_well_child_with_a_few_punched_out_sores_is_not_level_two(
    reason: Reason,
) -> None:
    """Guard: localised lesions in a well, afebrile child are seen the same day with
    oral aciclovir (NICE CKS 2024), not a high-risk situation."""
    out = reason(
        make_case(
            "ECZEMA",
            age=6,
            sex="F",
            vitals=vitals(100, 100, 60, 20, 99, 36.8),
            one_liner="6-year-old with known eczema, a few punched-out sores on the "
            "wrist, well, playing",
        )
    )
    assert _esi(out) >= 3


def test_febrile_infected_eczema_without_herpetic_lesions_is_not_herpeticum(
    reason: Reason,
) -> None:
    """Guard: weeping crusted eczema with fever is impetiginised eczema's picture, not
    eczema herpeticum's punched-out lesions: no herpeticum reason."""
    out = reason(
        make_case(
            "RASH",
            age=4,
            sex="M",
            vitals=vitals(120, 100, 60, 24, 99, 38.4),
            one_liner="4-year-old with eczema, weeping crusted patches on the legs, "
            "fever",
        )
    )
    triage = next(r.output for r in out.trace if r.stage == "triage")
    assert not any("herpeticum" in f.lower() for f in triage.red_flags)


# --- a shoulder dislocation by its signs ---------------------------------------


def test_squared_off_shoulder_after_a_fall_is_a_dislocation_at_esi_3(
    reason: Reason,
) -> None:
    """BESS/BOA 2015: a squared-off shoulder is an anterior dislocation's sign; ESI v4
    handbook Table 5-1: an x-ray and a reduction under procedural sedation (a complex
    procedure) are two resources, ESI 3 (it was ESI 4 and a contusion)."""
    out = reason(
        make_case(
            "SHOULDER PAIN",
            age=24,
            sex="M",
            vitals={**vitals(96, 138, 82, 18, 99, 36.8), "pain": 8},
            one_liner="24-year-old fell onto his outstretched arm playing rugby, "
            "shoulder squared off, holding the arm, cannot move it",
        )
    )
    assert _esi(out) <= 3
    assert "dislocation" in O.working(out)
    assert O.ordered(out, r"reduction")


def test_shoulder_that_lost_its_rounded_contour_is_a_dislocation(
    reason: Reason,
) -> None:
    """BESS/BOA 2015: loss of the deltoid's rounded contour with the humeral head in
    front is an anterior dislocation: two resources (ESI v4 Table 5-1), ESI 3."""
    out = reason(
        make_case(
            "SHOULDER INJURY",
            age=30,
            sex="M",
            vitals={**vitals(96, 138, 82, 18, 99, 36.8), "pain": 8},
            one_liner="tackled, right shoulder has lost its normal rounded contour, "
            "bony lump at the front, arm held out from the side",
        )
    )
    assert _esi(out) <= 3
    assert "dislocation" in O.working(out)


def test_sore_shoulder_with_full_movement_stays_a_low_acuity_visit(
    reason: Reason,
) -> None:
    """Guard: a sore shoulder after overhead work with full movement is no deformity:
    one resource at most (ESI v4 Table 5-1)."""
    out = reason(
        make_case(
            "SHOULDER PAIN",
            age=30,
            sex="M",
            vitals={**vitals(96, 138, 82, 18, 99, 36.8), "pain": 6},
            one_liner="sore shoulder after painting a ceiling, full movement",
        )
    )
    assert _esi(out) >= 4


# --- vomiting kept down ---------------------------------------------------------


def test_nausea_of_early_pregnancy_keeping_fluids_down_is_not_a_work_up(
    reason: Reason,
) -> None:
    """RCOG Green-top 69 (2016), ACOG PB 189 (2018): nausea and vomiting of early
    pregnancy with oral intake kept and no ketonuria, weight loss or dehydration is
    treated with oral antiemetics; ESI v4 Table 5-1: PO medication and a dipstick are
    not resources (it counted labs and IV fluids, ESI 3)."""
    out = reason(
        make_case(
            "NAUSEA",
            age=27,
            sex="F",
            vitals=vitals(88, 112, 70, 16, 99, 36.8),
            one_liner="27-year-old 8 weeks pregnant with nausea and vomiting most "
            "mornings for 2 weeks, keeping fluids down, passing urine normally",
        )
    )
    assert _esi(out) >= 4


def test_adult_gastroenteritis_keeping_sips_down_is_not_a_work_up(
    reason: Reason,
) -> None:
    """NICE CKS gastroenteritis 2023; IDSA 2017: an adult's acute vomiting and
    diarrhoea kept up with by mouth needs no blood test or IV fluid (ESI v4 Table
    5-1: PO rehydration is not a resource)."""
    out = reason(
        make_case(
            "VOMITING",
            age=34,
            sex="M",
            vitals=vitals(96, 126, 80, 16, 98, 37.4),
            one_liner="34-year-old with vomiting and diarrhoea since last night "
            "after a takeaway, keeping sips down, passing urine",
        )
    )
    assert _esi(out) >= 4


def test_vomiting_with_fluids_not_kept_down_keeps_two_resources(
    reason: Reason,
) -> None:
    """Guard: fluids not kept down need IV fluids and labs (NICE CKS 2023; handbook
    ch.5): two resources, ESI 3 or more urgent."""
    out = reason(
        make_case(
            "VOMITING",
            age=34,
            sex="M",
            vitals=vitals(96, 126, 80, 16, 98, 37.4),
            one_liner="34-year-old vomiting since last night, cannot keep fluids down",
        )
    )
    assert _esi(out) <= 3


def test_new_vomiting_at_24_weeks_is_not_nausea_of_pregnancy(reason: Reason) -> None:
    """Guard: new vomiting in the second half of pregnancy is sought for
    pre-eclampsia, HELLP or acute fatty liver (ACOG PB 189 2018), not treated as early
    pregnancy's nausea."""
    out = reason(
        make_case(
            "VOMITING",
            age=30,
            sex="F",
            vitals=vitals(96, 126, 80, 16, 98, 37.4),
            one_liner="30-year-old 24 weeks pregnant, new vomiting today, keeping "
            "fluids down",
        )
    )
    assert _esi(out) <= 3


def test_vomiting_in_pregnancy_with_ketonuria_and_weight_loss_keeps_its_work_up(
    reason: Reason,
) -> None:
    """Guard: ketonuria, weight loss and fluids not kept down are hyperemesis
    gravidarum (ACOG PB 189 2018; RCOG GTG 69): IV fluids, labs, thiamine."""
    out = reason(
        make_case(
            "VOMITING",
            age=25,
            sex="F",
            vitals=vitals(118, 100, 64, 18, 99, 36.9),
            one_liner="25-year-old 10 weeks pregnant vomiting everything for 3 days, "
            "unable to keep fluids down, ketones 3+ on urine dip, lost weight",
        )
    )
    assert _esi(out) <= 3


def test_diabetic_or_painful_vomiting_keeps_its_work_up(reason: Reason) -> None:
    """Guard: a type 1 diabetic's vomiting (DKA: ADA 2024) and vomiting with right
    lower abdominal pain (appendicitis) are worked up even with fluids kept down."""
    for line in (
        "40-year-old type 1 diabetic vomiting since this morning, keeping some "
        "fluids down",
        "28-year-old vomiting with right lower abdominal pain, keeping fluids down",
    ):
        out = reason(
            make_case(
                "VOMITING",
                age=34,
                sex="F",
                vitals=vitals(96, 126, 80, 16, 98, 37.4),
                one_liner=line,
            )
        )
        assert _esi(out) <= 3, line


# --- chickenpox in a well child ---------------------------------------------------


def test_well_child_with_chickenpox_needs_no_resource(reason: Reason) -> None:
    """NICE CKS chickenpox (2023): an otherwise well child is cared for at home
    (paracetamol, fluids, emollient); ESI v4 handbook ch.5: examination and oral or
    topical treatment, no resource, level 5 (the unknown complaint's default 3 was
    used because widespread blisters took it out of the minor group)."""
    out = reason(
        make_case(
            "CHICKENPOX",
            age=4,
            sex="F",
            vitals={
                "heart_rate": 118,
                "respiratory_rate": 22,
                "spo2": 99,
                "temperature_c": 37.9,
            },
            one_liner="4-year-old with itchy spots that turned into blisters all over "
            "her body for 2 days, drinking, playing",
        )
    )
    assert _esi(out) >= 4


def test_chickenpox_with_a_complication_or_at_risk_keeps_its_work_up(
    reason: Reason,
) -> None:
    """Guard (NICE CKS chickenpox 2023): a hot, painful, spreading area (secondary
    group A streptococcal infection), an adult's cough and breathlessness
    (pneumonitis), unsteadiness (cerebellitis) and a neonate exposed are not
    self-care: not level 4-5."""
    for age, days, v, line in (
        (
            5,
            None,
            vitals(130, 95, 60, 28, 99, 38.9),
            "5-year-old with chickenpox, now one area on the thigh red, hot and "
            "spreading, very painful",
        ),
        (
            35,
            None,
            vitals(100, 125, 80, 24, 95, 38.4),
            "35-year-old smoker with chickenpox, now coughing and breathless",
        ),
        (
            7,
            None,
            vitals(110, 100, 60, 22, 99, 37.4),
            "7-year-old with chickenpox, unsteady walking since this morning",
        ),
        (
            0,
            20,
            vitals(150, 75, 45, 36, 99, 37.8),
            "3-week-old with a few blisters, mother has chickenpox",
        ),
    ):
        demo = {"age_days": days} if days is not None else {}
        out = reason(
            make_case(
                "CHICKENPOX",
                age=age,
                sex="M",
                vitals=v,
                one_liner=line,
                demographics=demo,
            )
        )
        assert _esi(out) <= 3, line


# --- a pre-mobile infant's injury -------------------------------------------------


def test_swollen_thigh_in_an_infant_not_yet_crawling_is_a_sentinel_injury(
    reason: Reason,
) -> None:
    """Sugar NF et al. 1999 ("those who don't cruise rarely bruise"), AAP 2015
    (Christian CW), NICE CG89: an injury of a pre-mobile infant is a sentinel injury
    until assessed: a high-risk situation (ESI v4 handbook ch.4), whatever the age
    in months (it was ESI 4 at 8 months; trauma42's request)."""
    out = reason(
        make_case(
            "LEG INJURY",
            sex="M",
            vitals=vitals(140, 90, 55, 30, 99, 36.9),
            one_liner="8-month-old not yet crawling, swollen left thigh, mother says "
            "the leg got caught in the cot bars",
            demographics={"age": 0, "age_days": 245},
        )
    )
    assert _esi(out) <= 2


def test_a_cruising_infants_swollen_ankle_is_not_a_sentinel_injury(
    reason: Reason,
) -> None:
    """Guard: a crawling, cruising 10-month-old's fall is a mobile infant's injury,
    judged by its resources (an x-ray: ESI 4), not by the pre-mobile rule."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            sex="F",
            vitals=vitals(130, 90, 55, 28, 99, 36.9),
            one_liner="10-month-old not walking yet but crawling and cruising, fell "
            "against the coffee table, swollen ankle",
            demographics={"age": 0, "age_days": 300},
        )
    )
    assert _esi(out) >= 3
