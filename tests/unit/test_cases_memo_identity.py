"""The identity memo (cases.memo.RecentByIdentity) and the views it serves."""

from __future__ import annotations

from cases.memo import RecentByIdentity
from cases.models import Case
from cases.views import build_view


def test_identity_memo_answers_the_very_same_inputs_only():
    memo: RecentByIdentity[int] = RecentByIdentity(2)
    calls: list[int] = []

    def compute(n: int) -> int:
        calls.append(n)
        return n

    a, b, c = ["x"], ["x"], ["y"]
    assert memo.get_or_compute((a,), lambda: compute(1)) == 1
    assert memo.get_or_compute((a,), lambda: compute(2)) == 1  # same object
    assert memo.get_or_compute((b,), lambda: compute(3)) == 3  # equal, not same
    assert memo.get_or_compute((c,), lambda: compute(4)) == 4  # evicts a's entry
    assert memo.get_or_compute((a,), lambda: compute(5)) == 5
    memo.clear()
    assert memo.get_or_compute((c,), lambda: compute(6)) == 6
    assert calls == [1, 3, 4, 5, 6]


def test_views_of_one_case_object_share_their_triage_and_assessment_base():
    case = Case.model_validate(
        {
            "patient_id": "P-views",
            "encounter_id": "E-views",
            "chief_complaint": "cough",
            "one_liner": "Cough for 3 days.",
            "ed_note": "HPI: cough.\nMedical Decision Making: likely viral.",
            "source": "scenario",
        }
    )
    assert build_view(case, "triage") is build_view(case, "triage")
    assessment = build_view(case, "assessment")
    assert build_view(case, "assessment") is assessment
    treatment = build_view(case, "treatment")
    assert treatment.one_liner is assessment.one_liner
    assert treatment.stage == "treatment" and treatment.ed_text == "HPI: cough."
    copy = Case.model_validate(case.model_dump())  # a new object: built afresh
    again = build_view(copy, "assessment")
    assert again is not assessment and again == assessment
