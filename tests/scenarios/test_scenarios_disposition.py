"""Disposition scenarios: escalation from what the patient needs, ordered by severity.

Written from the SCCM ICU admission guideline (Nates JL et al., Crit Care Med 2016),
AHA/ASA 2019 (post-thrombolysis monitoring in an ICU/stroke unit), AAP 2021 febrile
infant guideline, ACEP clinical policies (NSTE-ACS 2018 with the HEART score, syncope
2007), the Canadian Syncope Risk Score (Thiruganasambandamoorthy 2016) and ESI v4;
never from shared data rows.
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 78,
    "systolic_bp": 126,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


ICU_NEEDS = [
    (
        "ventilated-asthma",
        "SHORTNESS OF BREATH",
        24,
        "Severe asthma exacerbation, failed continuous albuterol. Patient intubated"
        " for hypercapnic respiratory failure and placed on mechanical ventilation.",
        "SCCM 2016: invasive ventilation",
    ),
    (
        "hypertonic-saline",
        "CONFUSION",
        67,
        "Sodium 114 with a seizure in the ED. 3% hypertonic saline bolus given.",
        "SCCM 2016; hyponatraemia consensus 2014: hypertonic saline needs ICU",
    ),
    (
        "pressors",
        "FEVER",
        72,
        "Urosepsis. Hypotensive despite 30 mL/kg crystalloid; norepinephrine infusion"
        " started via central line.",
        "SSC 2021: vasopressors -> ICU",
    ),
    (
        "post-lytics",
        "FACIAL DROOP",
        70,
        "Left facial droop and arm drift since 1 hour. CT head no haemorrhage."
        " Alteplase administered.",
        "AHA/ASA 2019: post-thrombolysis ICU/stroke unit monitoring",
    ),
    (
        "bipap",
        "SHORTNESS OF BREATH",
        69,
        "COPD exacerbation with pH 7.22; started on BiPAP.",
        "SCCM 2016: non-invasive ventilation for acidotic respiratory failure",
    ),
]


@pytest.mark.parametrize(
    ("complaint", "age", "note", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in ICU_NEEDS],
)
def test_icu_level_need_means_icu_admission_whatever_the_diagnosis(
    reason: Reason, complaint: str, age: int, note: str, source: str
) -> None:
    """What the patient needs (ventilation, pressors, lytics, 3% saline) -> ICU."""
    out = reason(
        make_case(complaint, age=age, sex="Female", vitals=NORMAL, ed_note=note)
    )
    result = O.disposition(out)
    assert out.final.disposition in (
        "Admit",
        "OR Admit",
        "Transfer to Another Facility",
    )
    assert result.admit_level == "icu", source


def test_febrile_neonate_is_admitted_never_observed_or_discharged(
    reason: Reason,
) -> None:
    """AAP 2021 febrile infant 8-21 days: LP, cultures, antibiotics, admission."""
    out = reason(
        make_case(
            "FEVER",
            age=0,
            sex="Male",
            vitals={"heart_rate": 168, "temperature_c": 38.3, "respiratory_rate": 42},
            one_liner="14-day-old term male with a rectal temperature of 38.3 C.",
            ed_note="14-day-old with fever, feeding well. Exam nonfocal.",
        )
    )
    assert out.final.disposition in ("Admit", "Transfer to Another Facility")


def test_shock_in_the_department_is_icu_not_ward(reason: Reason) -> None:
    """SCCM 2016: persistent hypotension and tachycardia need ICU-level care."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=66,
            sex="Male",
            vitals={"heart_rate": 132, "systolic_bp": 74, "respiratory_rate": 28},
            ed_note="Persistent hypotension, SBP 70s after 2 L crystalloid.",
        )
    )
    assert out.final.disposition not in ("Discharge", "Observation")
    assert O.disposition(out).admit_level == "icu"


def test_surgical_emergency_keeps_or_admit_above_admit(reason: Reason) -> None:
    """'OR Admit' is the most severe disposition; acuity must not downgrade it."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=74,
            sex="Male",
            vitals={"heart_rate": 118, "systolic_bp": 86, "respiratory_rate": 22},
            one_liner="74 y.o. male with known abdominal aortic aneurysm, sudden"
            " severe abdominal and back pain.",
            ed_note="Known AAA. Pulsatile abdominal mass. Bedside ultrasound shows"
            " a 7 cm abdominal aortic aneurysm with rupture. Vascular surgery"
            " consulted for emergent repair.",
        )
    )
    assert out.final.disposition == "OR Admit"


@pytest.mark.parametrize(
    "esi_one_complaint", [pytest.param("CARDIAC ARREST", id="arrest")]
)
def test_esi_1_is_never_observation_or_discharge(
    reason: Reason, esi_one_complaint: str
) -> None:
    """ESI 1 patients need ICU-level care (ESI handbook; SCCM 2016)."""
    out = reason(make_case(esi_one_complaint, age=58, sex="Male", ed_note="ROSC."))
    assert out.final.disposition not in ("Discharge", "Observation")


def test_low_risk_chest_pain_with_heart_score_3_or_less_may_go_home(
    reason: Reason,
) -> None:
    """ACEP NSTE-ACS 2018: HEART <= 3 with negative troponins -> discharge."""
    out = reason(
        make_case(
            "CHEST WALL PAIN, WORSE WITH MOVEMENT",
            age=32,
            sex="Female",
            vitals=NORMAL,
            one_liner="32 y.o. female with sharp left chest pain reproducible on"
            " palpation.",
            ed_note="Sharp left chest wall pain, reproducible with palpation. ECG"
            " normal sinus rhythm, no ST changes. Troponin negative x2. HEART score 1."
            " Chest x-ray clear. Pain resolved with ibuprofen.",
        )
    )
    assert out.final.disposition == "Discharge"


def test_ankle_sprain_with_negative_ottawa_goes_home(reason: Reason) -> None:
    """Ottawa ankle rules negative, normal vitals: discharge (Stiell 1993)."""
    out = reason(
        make_case(
            "ANKLE SPRAIN",
            age=24,
            sex="Male",
            vitals={**NORMAL, "pain": 5},
            ed_note="Inversion injury. Able to bear weight 4 steps. No malleolar or"
            " navicular or fifth metatarsal tenderness. Ottawa ankle rules negative.",
        )
    )
    assert out.final.disposition == "Discharge"


def test_low_risk_vasovagal_syncope_goes_home(reason: Reason) -> None:
    """Canadian Syncope Risk Score low risk (vasovagal, normal ECG) -> discharge."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=21,
            sex="Female",
            vitals=NORMAL,
            one_liner="21 y.o. female fainted while having blood drawn.",
            ed_note="Prodrome of warmth and nausea while standing for a blood draw,"
            " brief loss of consciousness, immediate full recovery. No chest pain,"
            " no palpitations. ECG normal, QTc 410. Orthostatics normal."
            " Vasovagal syncope.",
        )
    )
    assert out.final.disposition == "Discharge"


def test_disposition_probabilities_follow_the_evidence_not_a_template(
    reason: Reason,
) -> None:
    """Same choice, different evidence -> different probabilities; argmax = choice."""
    outs = [
        reason(make_case("ANKLE SPRAIN", age=24, vitals={**NORMAL, "pain": 4})),
        reason(make_case("LACERATION", age=81, vitals={**NORMAL, "pain": 2})),
    ]
    probs = [O.disposition(o).probabilities for o in outs]
    assert all(p is not None for p in probs)
    for out, p in zip(outs, probs, strict=True):
        assert p is not None and abs(sum(p.values()) - 1.0) < 1e-3
        assert max(p, key=lambda d: p[d]) == O.disposition(out).disposition
    assert probs[0] != probs[1]
