"""The lead's session-20 review: speech, eye, rate and thyroid (lead, session 20).

Written from: AHA/ASA 2019 acute ischaemic stroke and the FAST/BE-FAST screens (a new
speech disturbance is a stroke sign: ESI v4 handbook ch.4, stroke symptoms are high
risk); Perry JJ et al. JAMA 2013 (the Ottawa SAH rule applies to a patient with a
headache); Mac Grory B et al. AHA scientific statement on central retinal artery
occlusion, Stroke 2021;52:e282 (ESR/CRP for giant cell arteritis over 50); AHA 2020
ACLS tachycardia with a pulse and Joglar JA et al. 2023 ACC/AHA/ACCP/HRS AF guideline
(AF driven by fever or thyrotoxicosis: the precipitant treated and the rate controlled
first, cardioversion for haemodynamic instability); Ross DS et al. ATA 2016 and
Akamizu T et al. Thyroid 2012;22:661 (thyroid storm: a raised free T4 with CNS signs
and fever).
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


@pytest.mark.parametrize("complaint", ["DIFFICULTY SPEAKING", "change in speech"])
def test_a_speech_complaint_is_a_stroke_sign_at_triage(
    reason: Reason, complaint: str
) -> None:
    """A new speech disturbance named as the complaint is the 'S' of FAST: ESI <= 2
    and the stroke pathway, whatever the other words (AHA/ASA 2019; ESI v4 ch.4)."""
    out = reason(
        make_case(complaint, age=74, sex="F", vitals=vitals(80, 162, 88, 16, 97))
    )
    triage = next(r.output for r in out.trace if r.stage == "triage")
    assert triage.esi <= 2, triage  # type: ignore[union-attr]
    assert "out_of_scope" not in out.final.summary.flags


def test_painless_vision_loss_without_headache_is_no_sah_workup(
    reason: Reason,
) -> None:
    """Sudden painless monocular blindness with headache denied is a retinal stroke:
    the Ottawa SAH rule (a rule for headache) does not apply, so no CT-then-LP for SAH
    (Perry 2013); giant cell arteritis is checked over 50 (AHA 2021 CRAO)."""
    out = reason(
        make_case(
            "loss of vision left eye",
            age=68,
            sex="F",
            vitals=vitals(72, 158, 86, 16, 98),
            ed_note=(
                "68F abrupt onset of painless blindness in the left eye an hour ago. "
                "Denies headache or scalp tenderness. Left eye hand movements only, "
                "left afferent pupillary defect, retina pale and oedematous with a "
                "cherry-red spot at the macula."
            ),
        )
    )
    sah = [e for e in out.final.ledger if "subarachnoid" in e.diagnosis.lower()]
    assert all(e.status not in ("cannot_exclude", "ruled_in") for e in sah), sah
    assert not O.ordered(out, "lumbar puncture"), O.orders(out)
    assert O.ordered(out, "ESR", "CRP"), O.orders(out)


def test_febrile_af_with_confusion_is_rate_controlled_not_cardioverted(
    reason: Reason,
) -> None:
    """AF at 160 in a febrile, confused patient with a normal pressure: the fever
    drives the rate and the confusion; cardioversion waits for haemodynamic
    instability (2023 AF guideline: AF with acute illness)."""
    out = reason(
        make_case(
            "fever and confusion",
            age=79,
            sex="M",
            vitals=vitals(160, 132, 74, 24, 94, 38.9),
            ed_note=(
                "79M 2 days of productive cough and fever, confused today. ECG: atrial "
                "fibrillation with a ventricular rate of 160. Warm peripheries, "
                "crackles at the left base."
            ),
        )
    )
    assert not O.ordered(out, "cardioversion"), O.orders(out)


def test_febrile_af_in_shock_is_still_cardioverted(reason: Reason) -> None:
    """Guard: the same rate with a systolic pressure of 76 is haemodynamic
    instability: synchronised cardioversion (AHA 2020 ACLS)."""
    out = reason(
        make_case(
            "fever and confusion",
            age=79,
            sex="M",
            vitals=vitals(164, 76, 44, 26, 93, 38.9),
            ed_note=(
                "79M 2 days of productive cough and fever, confused today. ECG: atrial "
                "fibrillation with a ventricular rate of 164. Cool mottled knees."
            ),
        )
    )
    assert O.ordered(out, "cardioversion"), O.orders(out)


def test_raised_free_t4_with_fever_and_agitation_is_thyroid_storm(
    reason: Reason,
) -> None:
    """Hyperthyroidism off treatment, fever, agitation and a free T4 of 4.6 ng/dL
    meet the JTA 2012 thyroid storm criteria: storm treatment, no cardioversion for
    the rate (ATA 2016; 2023 AF guideline)."""
    out = reason(
        make_case(
            "agitation",
            age=36,
            sex="M",
            vitals=vitals(156, 150, 70, 22, 97, 39.0),
            ed_note=(
                "36M hyperthyroid, ran out of methimazole a month ago. Sweating, "
                "vomiting, restless and disorientated since this morning. AF on the "
                "monitor at 156. Labs: TSH undetectable (<0.01), FT4 4.6 ng/dL."
            ),
        )
    )
    storm = [e for e in out.final.ledger if "storm" in e.diagnosis.lower()]
    assert storm and storm[0].status == "ruled_in", storm
    assert "thyro" in (out.final.diagnosis_name or "").lower(), out.final.diagnosis_name
    assert not O.ordered(out, "cardioversion"), O.orders(out)
    assert O.medication_ordered(out, "propylthiouracil", "methimazole")
