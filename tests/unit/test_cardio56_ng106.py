"""cardio56: NICE NG106 1.2's stable suspected heart failure (``rules.ng106``)."""

from __future__ import annotations

from agents.offline.rules.ng106 import ambulatory_heart_failure

STABLE = {"natriuretic_peptide_raised", "chronic_breathlessness", "leg_swelling"}


def test_a_raised_peptide_after_weeks_of_breathlessness_is_ambulatory() -> None:
    assert ambulatory_heart_failure(STABLE)


def test_an_acute_sign_or_a_known_heart_failure_is_not() -> None:
    for sign in ("rales", "orthopnoea", "hypoxaemia", "tachycardia", "chf"):
        assert not ambulatory_heart_failure(STABLE | {sign}), sign


def test_without_the_peptide_or_the_weeks_it_is_not() -> None:
    assert not ambulatory_heart_failure(STABLE - {"natriuretic_peptide_raised"})
    assert not ambulatory_heart_failure(STABLE - {"chronic_breathlessness"})
