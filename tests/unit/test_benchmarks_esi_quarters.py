"""The quarter split of the ESI read half (fitting check) is a fixed partition."""

from __future__ import annotations

from benchmarks.esi_quarters import read_quarters
from cases.labels import ESI_TO_ACUITY
from cases.models import Case, GoldLabels, LabelledCase


def _lc(i: int) -> LabelledCase:
    case = Case(
        patient_id=f"p{i}", encounter_id=f"e{i}", chief_complaint="x", source="test"
    )
    return LabelledCase(case=case, gold=GoldLabels(acuity=ESI_TO_ACUITY[3]))


def test_quarters_partition_the_read_half_independently_of_order() -> None:
    cases = [_lc(i) for i in range(45)]
    quarters = read_quarters(cases)
    ids = [lc.case.patient_id for q in quarters for lc in q]
    assert sorted(ids) == sorted(lc.case.patient_id for lc in cases)
    assert [len(q) for q in quarters] == [12, 11, 11, 11]
    again = read_quarters(list(reversed(cases)))
    assert [[lc.case.patient_id for lc in q] for q in again] == [
        [lc.case.patient_id for lc in q] for q in quarters
    ]
