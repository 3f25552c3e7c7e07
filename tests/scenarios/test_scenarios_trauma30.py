"""Major trauma: drunk head injury, neurosurgery timing, crush, pelvis (trauma30).

Written from: NICE NG232 2023 head injury (1.4.7: CT head within 1 h when the GCS is
below 15 two hours after the injury, whatever the loss of consciousness; 1.6: discuss
with a neurosurgeon when the CT shows a recent intracranial lesion or the patient has a
falling GCS or a progressive focal sign; 1.8: half-hourly observations until GCS 15);
Carney N et al. Brain Trauma Foundation 4th ed. 2016; CDC/ACS-COT National Guideline
for Field Triage of Injured Patients 2021 (crushed or mangled extremity) and Sasser SM
et al. MMWR 2012 (prolonged extrication); ATLS 10th ed. ch. 5 (the injured pelvis: ring
disruption bleeds, binder and haemorrhage control).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HEAD_CT = (r"\bct head\b", r"ct (?:of the )?head", r"head ct", r"ct brain")


def test_drunk_head_injury_with_gcs_14_is_observed_and_imaged(reason: Reason) -> None:
    """NICE NG232 1.4.7 / 1.8: a GCS below 15 after a head injury is followed
    half-hourly and imaged if it is not 15 by 2 h; drink does not exempt. Not a
    discharge."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=44,
            sex="M",
            vitals=vitals(92, 142, 86, 16, 98),
            one_liner="intoxicated man fell and struck his head on the pavement",
            ed_note=(
                "Drank heavily at a party, tripped and struck his forehead on the "
                "pavement. Smells strongly of alcohol. GCS 14 (E4 V4 M6). Forehead "
                "abrasion and small laceration. Pupils equal, moves all four limbs."
            ),
        )
    )
    assert O.ordered(out, *_HEAD_CT), [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge", out.final.disposition


def test_neurosurgery_waits_for_the_ct_in_an_anticoagulated_head_injury(
    reason: Reason,
) -> None:
    """NICE NG232 1.6, BTF 2016: the neurosurgeon is called on a CT finding or a
    lateralising sign, not before the CT; the CT is ordered now."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=79,
            sex="F",
            vitals=vitals(72, 168, 88, 16, 97),
            one_liner="fell from standing, struck head, on rivaroxaban",
            ed_note=(
                "Fell from standing at home and struck the side of her head. Takes "
                "rivaroxaban for atrial fibrillation. Briefly drowsy, GCS 14. Pupils "
                "equal and reactive, no focal weakness. Parietal haematoma."
            ),
        )
    )
    assert O.ordered(out, *_HEAD_CT)
    for order in O.orders(out):
        if order.kind == "consult" and "neurosurg" in order.name.lower():
            assert "if ct" in order.name.lower(), order.name


def test_neurosurgery_now_with_a_blown_pupil(reason: Reason) -> None:
    """Guard, BTF 2016: a head injury with a unilateral dilated pupil gets neurosurgery
    now (lateralising sign)."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=70,
            sex="M",
            vitals=vitals(58, 188, 96, 12, 96),
            one_liner="fall down stairs on warfarin, now unresponsive to voice",
            ed_note=(
                "Fell down a flight of stairs, struck his head. On warfarin. GCS 9. "
                "Right pupil dilated and unreactive, left pupil reactive (unequal "
                "pupils). Left-sided weakness."
            ),
        )
    )
    assert any(
        o.kind == "consult"
        and "neurosurg" in o.name.lower()
        and "if ct" not in o.name.lower()
        for o in O.orders(out)
    ), [o.name for o in O.orders(out)]


def test_prolonged_entrapment_under_rubble_is_high_risk_at_triage(
    reason: Reason,
) -> None:
    """CDC/ACS-COT field triage 2021 (crushed extremity), 2011 (prolonged extrication):
    a limb trapped under a heavy load for hours risks crush syndrome (hyperkalaemia,
    kidney injury): ESI 2 at the least."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=47,
            sex="F",
            vitals=vitals(98, 116, 70, 18, 98),
            one_liner="leg pinned under rubble for 4 hours after a building collapse",
            ed_note=(
                "Left leg pinned beneath rubble for about 4 hours after a building "
                "collapse before rescue. Leg swollen and painful. Alert."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_a_crushed_finger_in_a_door_is_not_a_major_crush(reason: Reason) -> None:
    """Guard: the field-triage criterion is a crushed extremity under a load, not a
    finger shut in a door (ESI by resources)."""
    out = reason(
        make_case(
            "FINGER INJURY",
            age=30,
            sex="F",
            vitals=vitals(78, 124, 78, 14, 99),
            one_liner="crushed her finger in a car door",
            ed_note="Shut her right middle finger in a car door. Swollen, bruised.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi


def test_injured_pelvis_is_trauma_not_gynaecological_pain(reason: Reason) -> None:
    """ATLS 10th ed. ch. 5: a pelvic injury with shock is a pelvic ring haemorrhage
    until proven otherwise; the working and final diagnoses are injuries or
    haemorrhage, not ectopic pregnancy or pelvic inflammatory disease."""
    out = reason(
        make_case(
            "PELVIC INJURY",
            age=38,
            sex="F",
            vitals=vitals(126, 86, 52, 24, 97),
            one_liner="motorcyclist pillion, thrown off, pelvic pain",
            ed_note=(
                "Pillion passenger thrown off a motorcycle. Severe pain in the pelvis "
                "and groin, pelvis unstable on gentle compression. Pale and clammy."
            ),
        )
    )
    final = (out.final.diagnosis_name or "").lower()
    assert "ectopic" not in final and "inflammatory" not in final, final
    assert "pelvic and perineal pain" not in final, final
    assert O.proposes(out, "pelvi", "hemorrhagic shock"), O.diagnoses_proposed(out)
