"""Symptomatic severe anaemia is admitted for transfusion, a well chronic one is not.

Sources: Carson JL et al. Red blood cell transfusion: 2023 AABB international
guidelines. JAMA 2023;330:1892 (a restrictive threshold of 7 g/dL in haemodynamically
stable adults; transfusion also for symptoms: breathlessness, angina, (pre)syncope,
tachycardia, hypotension). Each vignette is written from the guideline in wording of
its own, never from rows of the shared data; properties, not strings.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_haemoglobin_below_7_with_breathlessness_is_admitted_and_crossmatched(
    reason: Reason,
) -> None:
    out = reason(
        make_case(
            "FATIGUE",
            age=80,
            sex="F",
            vitals=vitals(104, 98, 60, 20, 96),
            one_liner="80F tired and short of breath on exertion for two weeks",
            ed_note=(
                "HPI: two weeks of tiredness and shortness of breath on exertion, no"
                " chest pain, no black stools reported. Exam: pale conjunctivae, HR"
                " 104. Labs: Hb 6.8 g/dL, MCV 72, creatinine 0.9."
            ),
            case_id="lead31-anaemia",
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "crossmatch", "group and screen", "type and screen")


def test_haemoglobin_10_in_a_well_adult_is_not_admitted_for_anaemia(
    reason: Reason,
) -> None:
    # Guard: mild anaemia with no symptom meets no admission criterion.
    out = reason(
        make_case(
            "FATIGUE",
            age=45,
            sex="F",
            vitals=vitals(78, 124, 76, 14, 99),
            one_liner="45F tired for a month, otherwise well",
            ed_note=(
                "HPI: a month of tiredness, heavy periods. No breathlessness, no chest"
                " pain, no fainting. Exam: well. Labs: Hb 10.2 g/dL, MCV 74."
            ),
            case_id="lead31-mild-anaemia",
        )
    )
    assert O.disposition(out).disposition == "Discharge"
