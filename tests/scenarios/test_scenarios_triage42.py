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


def _working(out: ReasoningOutput) -> str:
    t = O.treatment(out)
    return (t.working_diagnosis or "").lower() if t is not None else ""


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
    assert "dislocation" in _working(out)
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
    assert "dislocation" in _working(out)


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
