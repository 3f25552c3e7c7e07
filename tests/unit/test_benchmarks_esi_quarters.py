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


def test_ktas_quarters_are_ktas14s_hash_split() -> None:
    """ktas14's split: sha256("ktas14q:" + id) % 4, a partition fixed by the id."""
    import hashlib

    from benchmarks.esi_quarters import ktas_quarters

    cases = [_lc(i) for i in range(40)]
    quarters = ktas_quarters(cases)
    assert sum(len(q) for q in quarters) == 40
    for q, part in enumerate(quarters):
        for lc in part:
            digest = hashlib.sha256(f"ktas14q:{lc.case.patient_id}".encode())
            assert int(digest.hexdigest(), 16) % 4 == q
