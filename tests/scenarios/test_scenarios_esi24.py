"""ESI v4 decision points on scenarios written for this file (esi24, issue 10).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) and the guidelines named per test,
never from rows of the shared vignette file (the blind set of this session is
tests/scenarios/data/esi24_vignettes.csv; these texts are worded afresh):

- ch.5: resources are predicted from the presentation, not from age. An older adult
  with a one-resource problem (a sprained ankle, cystitis) is ESI 4; an older adult's
  two-resource presentations are read from what the text shows: the shortened,
  externally rotated leg of a hip fracture (NICE CG124: imaging, parenteral analgesia,
  orthopaedic care) and abdominal pain at 65 or over (Lewis LM et al. J Emerg Med
  2005;28:121: 58 % admitted, 18 % operated; labs and CT).
- ch.4: a stroke is high risk; weakness of *both* legs is a spinal cord or cauda
  equina emergency (NICE NG234 2023; GIRFT 2023), high risk but not the stroke
  pathway; a facial palsy that takes the forehead in, with no other deficit, is
  Bell's palsy (AAO-HNS 2013), not a high-risk situation.

Every scenario failed on main ab55dac except the named guards (ESI 2 or 3 on main
too, kept so that the changes cannot lose them).
"""

from __future__ import annotations

import pytest

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi24")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 71-year-old man went over on his right ankle stepping off a bus. The"
            " outside of the ankle is puffy and he walks on it with a limp; he did"
            " not fall or hit his head. BP 136/80, HR 74, RR 16, SpO2 97%.",
            id="older-ankle-off-a-bus",
        ),
        pytest.param(
            "A 73-year-old woman has been stinging when she passes water and going"
            " to the toilet every hour since yesterday. No fever, no loin pain, no"
            " vomiting. BP 130/78, HR 80, RR 16, T 37.0 C, SpO2 97%.",
            id="older-stinging-urine",
        ),
    ],
)
def test_older_adult_one_resource_problem_is_esi_4(reason: Reason, text: str) -> None:
    """ch.5: one resource (an x-ray; a urine test) at any age is ESI 4."""
    assert _esi(reason, text) == 4


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "An 86-year-old man was found on his bedroom floor by his carer this"
            " morning. His left leg lies shorter than the right and rolled outwards;"
            " he is alert and talking. BP 150/84, HR 86, RR 18, SpO2 96%, pain 6/10.",
            id="hip-leg-short-and-rolled-out",  # a named guard: ESI 3 on main too
        ),
        pytest.param(
            "A 77-year-old woman says her stomach has ached around the navel since"
            " the early hours and she has been sick twice. She is alert. BP 138/80,"
            " HR 92, RR 18, T 37.3 C, SpO2 97%.",
            id="older-navel-ache-sick",  # a named guard: ESI 3 on main too
        ),
    ],
)
def test_older_adult_presentations_needing_two_resources_stay_esi_3(
    reason: Reason, text: str
) -> None:
    """ch.5: a hip fracture's leg and an older adult's abdominal pain are >= 2."""
    assert _esi(reason, text) == 3


def test_forehead_involving_facial_palsy_alone_is_not_esi_2(reason: Reason) -> None:
    """AAO-HNS 2013: forehead involved and no other deficit is Bell's palsy."""
    text = (
        "A 41-year-old man noticed in the mirror this morning that the left side of"
        " his face droops. He cannot raise his left eyebrow or shut his left eye"
        " tightly. His arms and legs are strong and his speech is normal. BP 128/78,"
        " HR 76, RR 14, SpO2 99%, T 36.8 C."
    )
    assert _esi(reason, text) >= 3


def test_forehead_sparing_droop_with_arm_weakness_stays_esi_2(reason: Reason) -> None:
    """A stroke's droop spares the forehead; a clumsy, weak hand (AHA/ASA 2019).

    Failed on main (ESI 4): 'went clumsy and weak' and 'mouth dropped' were not read.
    """
    text = (
        "A 69-year-old woman's husband says that half an hour ago the right corner of"
        " her mouth dropped and her right hand went clumsy and weak. She can still"
        " raise both eyebrows. BP 168/94, HR 82, RR 16, SpO2 97%."
    )
    assert _esi(reason, text) <= 2


@pytest.mark.parametrize(
    "complaint",
    ["BOTH LEG MOTOR WEAKNESS", "bilateral leg weakness", "paraplegia"],
)
def test_weakness_of_both_legs_is_high_risk_but_not_a_stroke(
    reason: Reason, complaint: str
) -> None:
    """NICE NG234 2023 / GIRFT 2023: both legs weak is a cord emergency, not stroke."""
    out = reason(
        make_case(complaint, age=58, sex="M", vitals=vitals(84, 138, 82, 16, 98))
    )
    assert out.final.esi is not None
    assert out.final.esi <= 2
    triage = next(r.output for r in out.trace if r.stage == "triage")
    assert triage is not None
    flags = " ".join(getattr(triage, "red_flags", ()))
    assert "stroke" not in flags.lower()
    assert "both legs" in flags


def test_cancer_with_heavy_legs_is_high_risk(reason: Reason) -> None:
    """A named guard: NICE NG234 2023 metastatic cord compression is high risk."""
    text = (
        "A 66-year-old man with prostate cancer has had back ache for two weeks and"
        " since this morning both legs feel heavy and he stumbles. BP 140/84, HR 80,"
        " RR 16, SpO2 98%."
    )
    assert _esi(reason, text) <= 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 22-month-old girl had a shaking fit at home lasting about two minutes"
            " while she was hot with a cold. Now, an hour later, she is alert and"
            " playing with her brother's toys, with a runny nose. T 38.3 C, HR 138,"
            " RR 30, SpO2 98%.",
            id="shaking-fit-now-playing",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known limit: the narrative's complaint is matched by meaning"
                " to the cold ('hot with a cold', 'runny nose'), not the fit: ESI 5",
            ),
        ),
        pytest.param(
            "A 2-year-old boy had a jerking fit lasting a minute or two at nursery"
            " when he was feverish with a cough; staff say he was drowsy for a few"
            " minutes after. Forty minutes later he is alert and playful, eating a"
            " biscuit. T 38.6 C, HR 136, RR 28, SpO2 98%.",
            id="resolved-postictal-drowsiness",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known limit: a postictal drowsiness worded as over ('was"
                " drowsy for a few minutes after') is read as current lethargy and"
                " matches the altered-mental-status complaint (ESI 2, over-triage)",
            ),
        ),
    ],
)
def test_simple_febrile_seizure_back_to_normal_is_neither_high_risk_nor_level_5(
    reason: Reason, text: str
) -> None:
    """AAP 2011: brief generalised febrile fit, back to normal: no routine work-up.

    ESI v4 ch.6 makes a seizure high risk while the postictal period is prolonged;
    a toddler back to normal is triaged by resources (the fever's source, at most a
    urine test), not sent to a no-resource stream either.
    """
    assert 3 <= _esi(reason, text) <= 4


def test_febrile_seizure_still_drowsy_is_high_risk(reason: Reason) -> None:
    """A named guard: ESI v4 Table 6-3, seizure with a prolonged postictal period."""
    text = (
        "A 3-year-old girl had a fit at home with a high temperature. An hour later"
        " she is still very sleepy and only opens her eyes when her father shouts"
        " her name. T 39.4 C, HR 148, RR 30, SpO2 96%."
    )
    assert _esi(reason, text) <= 2
