"""Patient-grouped train/test splits (encounters of one patient never cross)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

from cases.models import Case, LabelledCase

T = TypeVar("T", Case, LabelledCase)


def _patient_id(item: Case | LabelledCase) -> str:
    return item.case.patient_id if isinstance(item, LabelledCase) else item.patient_id


def _rank(seed: int, patient_id: str) -> str:
    return hashlib.sha256(f"{seed}:{patient_id}".encode()).hexdigest()


def patient_split(
    cases: Sequence[T], test_fraction: float = 0.2, seed: int = 0
) -> tuple[list[T], list[T]]:
    """Split cases into train and test so that no patient is in both.

    Patients are ordered by a seeded hash of their id and the first
    ``round(test_fraction * n_patients)`` go to test, so the split is deterministic,
    independent of input order, and exact in patients (not in encounters).

    Args:
        cases: Cases or labelled cases.
        test_fraction: Fraction of *patients* in the test set, in [0, 1].
        seed: Changes the assignment.

    Returns:
        ``(train, test)`` in the input order.

    Raises:
        ValueError: If ``test_fraction`` is outside [0, 1].
    """
    if not 0.0 <= test_fraction <= 1.0:
        raise ValueError("test_fraction must be within [0, 1]")
    patients = sorted({_patient_id(c) for c in cases}, key=lambda p: _rank(seed, p))
    test_patients = set(patients[: round(test_fraction * len(patients))])
    train = [c for c in cases if _patient_id(c) not in test_patients]
    test = [c for c in cases if _patient_id(c) in test_patients]
    return train, test


SHARED_SPLIT_SEED = 20261201
"""Fixed seed of the one read/score split of each shared public file (never change)."""


def read_score_split(cases: Sequence[T]) -> tuple[list[T], list[T]]:
    """Split a shared public file once into a half to read and a half only to score.

    Rules and models are designed from clinical sources and may be inspected against
    the *read* half only; the *score* half is never looked at row by row. Report both:
    a large gap between them means the design fitted the file.

    Returns:
        ``(read, score)``, patient-grouped, half of the patients each.
    """
    return patient_split(cases, test_fraction=0.5, seed=SHARED_SPLIT_SEED)
