import pytest

from cases.models import Case, LabelledCase
from cases.splits import patient_split


def _cases(n_patients: int, per_patient: int) -> list[LabelledCase]:
    return [
        LabelledCase(case=Case(patient_id=f"p{p}", encounter_id=f"p{p}-e{e}"))
        for p in range(n_patients)
        for e in range(per_patient)
    ]


def test_no_patient_crosses_and_fraction_is_exact_in_patients():
    cases = _cases(50, 3)
    train, test = patient_split(cases, test_fraction=0.2, seed=7)
    train_p = {c.case.patient_id for c in train}
    test_p = {c.case.patient_id for c in test}
    assert not train_p & test_p
    assert len(test_p) == 10 and len(train) + len(test) == len(cases)


def test_deterministic_order_independent_and_seed_sensitive():
    cases = _cases(40, 2)
    _, a = patient_split(cases, 0.25, seed=1)
    _, b = patient_split(list(reversed(cases)), 0.25, seed=1)
    _, c = patient_split(cases, 0.25, seed=2)
    assert {x.case.encounter_id for x in a} == {x.case.encounter_id for x in b}
    assert {x.case.patient_id for x in a} != {x.case.patient_id for x in c}


def test_plain_cases_and_bounds():
    plain = [c.case for c in _cases(4, 1)]
    train, test = patient_split(plain, 0.5)
    assert len(train) == len(test) == 2
    with pytest.raises(ValueError):
        patient_split(plain, 1.5)
