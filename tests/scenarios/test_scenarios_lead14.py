"""A disposition rationale reads as the decision it explains (lead, session 14).

A physician reading "discharge: P(admission) 0.22 < threshold" beside an Observation
cannot tell which was decided. When admission criteria, care needs or objective
severity outrank the triage-time forecast, the forecast is named as such and the
override is stated. Written from the threshold approach the forecast implements
(Pauker SG, Kassirer JP. N Engl J Med 1980;302:1109) and RCP NEWS2 2017 (an aggregate
>= 5 is the urgent-response threshold that blocks discharge here).
"""

from __future__ import annotations

import pytest

from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

_VERDICTS = {"discharge": "Discharge", "observe": "Observation", "admit": "Admit"}


def _verdict(rationale: str) -> str | None:
    head = rationale.split(":", 1)[0]
    return head if head in _VERDICTS else None


def test_an_overridden_forecast_is_named_as_the_forecast(reason: Reason) -> None:
    """A febrile young adult with toothache and NEWS2 5 at triage: kept in by the
    objective severity although the triage-time forecast alone says discharge; the
    rationale names the forecast as such and states the override."""
    out = reason(
        make_case(
            "dental pain",
            age=30,
            sex="M",
            vitals={
                "heart_rate": 112,
                "systolic_bp": 130,
                "respiratory_rate": 22,
                "spo2": 97,
                "temperature_c": 38.7,
            },
        )
    )
    dispo = O.disposition(out)
    assert dispo.disposition != "Discharge"
    assert _verdict(dispo.rationale) != "discharge", dispo.rationale
    assert "not the forecast's Discharge" in dispo.rationale


@pytest.mark.parametrize(
    ("complaint", "age", "vitals"),
    [
        (
            "sore throat",
            24,
            {"heart_rate": 84, "systolic_bp": 122, "temperature_c": 37.2},
        ),
        ("chest pain", 58, {"heart_rate": 104, "systolic_bp": 96, "spo2": 93}),
        ("confusion", 84, {"heart_rate": 96, "systolic_bp": 138, "spo2": 95}),
        ("ankle injury", 19, {"heart_rate": 76, "systolic_bp": 124, "pain": 6}),
    ],
)
def test_the_rationale_never_opens_with_a_verdict_it_did_not_take(
    reason: Reason, complaint: str, age: int, vitals: dict[str, float]
) -> None:
    """Whatever was decided, an opening verdict word matches the disposition taken."""
    dispo = O.disposition(reason(make_case(complaint, age=age, vitals=vitals)))
    verdict = _verdict(dispo.rationale)
    if verdict == "discharge":
        assert dispo.disposition == "Discharge", dispo.rationale
    if verdict in ("admit", "observe"):
        assert dispo.disposition != "Discharge", dispo.rationale


def _stemi(platelets: int) -> Case:
    return make_case(
        "chest pain",
        age=64,
        sex="M",
        vitals={"heart_rate": 96, "systolic_bp": 138, "spo2": 97, "pain": 8},
        ed_note=(
            "64M, 1 hour of crushing central chest pain radiating to the left arm, "
            "sweaty. ECG: 3 mm ST elevation in V1-V4. On chemotherapy for lymphoma. "
            f"Platelets {platelets} x10^9/L."
        ),
    )


def test_severe_thrombocytopenia_withholds_full_dose_heparin(reason: Reason) -> None:
    """STEMI with platelets 22 x10^9/L: aspirin (above 10) and the cath lab stay; no
    full-dose heparin below 50 (ISTH 2018; SCAI 2016 cardio-oncology)."""
    low = reason(_stemi(22))
    assert not O.medication_ordered(low, "heparin", "enoxaparin")
    assert O.medication_ordered(low, "aspirin")
    assert O.ordered(low, "cath lab")
    treatment = O.treatment(low)
    assert treatment is not None
    assert any(
        "heparin" in b.order.name and "platelets 22" in b.reason
        for b in treatment.blocked
    ), "the withheld heparin is shown with its reason"
    normal = reason(_stemi(240))
    assert O.medication_ordered(normal, "heparin")


def test_thrombocytopenia_below_100_withholds_thrombolysis(reason: Reason) -> None:
    """Ischaemic stroke in the window with platelets 80 x10^9/L: no alteplase
    (AHA/ASA 2019: platelets < 100 x10^9/L)."""
    note = (
        "68M, sudden left arm and leg weakness and slurred speech 60 minutes ago, last "
        "known well 60 minutes ago. NIHSS 8. CT head: no haemorrhage. Glucose 6.1 "
        "mmol/L. Not on anticoagulants. Platelets {} x10^9/L."
    )
    vitals = {"heart_rate": 84, "systolic_bp": 162, "diastolic_bp": 90, "spo2": 97}
    low = reason(
        make_case("weakness", age=68, sex="M", vitals=vitals, ed_note=note.format(80))
    )
    assert not O.medication_ordered(low, *O.LYTIC)
    ok = reason(
        make_case("weakness", age=68, sex="M", vitals=vitals, ed_note=note.format(250))
    )
    assert O.medication_ordered(ok, *O.LYTIC)


def _swollen_leg(extra: str, heart_rate: int) -> Case:
    return make_case(
        "leg swelling",
        age=58,
        sex="F",
        vitals={"heart_rate": heart_rate, "systolic_bp": 134, "spo2": 98},
        ed_note=(
            "Left calf pain and swelling for 2 days, calf 3 cm larger than the right, "
            f"pitting oedema of the left leg. Knee surgery 3 weeks ago. {extra}"
        ),
    )


def test_no_pe_work_up_without_a_symptom_of_pe(reason: Reason) -> None:
    """A swollen leg with no chest or circulatory symptom: DVT is worked up, PE is not
    tested for (ESC 2019 PE: suspicion arises from dyspnoea, chest pain, syncope or
    haemoptysis; ASH 2018); with new breathlessness the PE work-up returns."""
    calm = reason(_swollen_leg("No chest pain, no shortness of breath.", 84))
    assert O.ordered(calm, "ultrasound")
    assert not O.ordered(calm, "pulmonary angiograph", r"\bctpa\b")
    breathless = reason(_swollen_leg("Since this morning short of breath.", 108))
    assert O.ordered(breathless, "pulmonary angiograph", r"\bctpa\b", "d-dimer")


def test_deep_neck_infection_with_a_threatened_airway_secures_it_before_ct(
    reason: Reason,
) -> None:
    """Submandibular space infection with stridor and a raised floor of the mouth: the
    airway comes before a CT that lays the patient flat (Tintinalli ch. 246; DAS
    2015); without airway signs the CT neck stays in the plan."""
    vitals = {"heart_rate": 108, "systolic_bp": 134, "spo2": 96, "temperature_c": 38.5}
    threatened = reason(
        make_case(
            "jaw swelling",
            age=38,
            sex="F",
            vitals=vitals,
            ed_note=(
                "38F, infected lower wisdom tooth, now firm swelling of both "
                "submandibular spaces, elevated floor of the mouth, soft stridor and "
                "unable to swallow her saliva. Ludwig angina suspected."
            ),
        )
    )
    treatment = O.treatment(threatened)
    assert treatment is not None
    assert not O.ordered(threatened, r"\bct\b")
    assert any("airway" in b.reason for b in treatment.blocked)
