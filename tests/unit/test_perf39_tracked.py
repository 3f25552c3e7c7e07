"""perf39: pathways gated by a cue read the new texts through recorded asks.

``ottawa_ankle_films``, ``deformed_limb``, ``threatened_limb``, ``csf_organism``,
``hypoxaemic_cough`` and ``tachycardic_abdominal_pain`` read the complaint and the
one-liner raw (a plain search, an index's number, the CSF causes, a present finding),
so they ran again on every view of a returning patient. Now each reads text by text
through a recorded ask (``agents._text.searched``, ``any_kept``, ``each_kept``,
``any_text``; ``injury_now``'s second step too): the same answers, and a new text
that meets a cue still changes the verdict (equal to a run with every memo empty).
Rules unchanged (Ottawa ankle rules: Stiell IG et al. JAMA 1993; BOAST; EAST 2012;
IDSA 2004 meningitis; BTS 2023 pneumonia; ATLS 10th ed.).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from agents import pathways_cns, pathways_msk
from agents._text import (
    _NOT_INJURED_NOW,
    asserted,
    clear_answers,
    injury_now,
    searched,
    value_fall,
)
from agents.offline.rules.csf_organisms import csf_causes
from agents.offline.rules.findings import context_status, dated_past
from cases.views import StageView
from tests.unit._memo import (
    emptied_memos,
    fired,
    fresh,
    recorded_reuses,
    treatment_view,
)

NOTE = (
    "HPI: 64-year-old woman feeling generally unwell and tired for two days.\n\n"
    "Exam: alert, oriented.\n\n"
    "Medical Decision Making: unwell, cause unclear."
)
TRACKED = (
    "ottawa_ankle_films",
    "deformed_limb",
    "threatened_limb",
    "csf_organism",
    "hypoxaemic_cough",
    "tachycardic_abdominal_pain",
)


def _view(complaint: str, one_liner: str, encounter: str = "E-1") -> StageView:
    return treatment_view(
        complaint,
        one_liner,
        encounter,
        patient="P-39",
        age=64,
        sex="F",
        vitals=(124, 112, 70, 26, 89, 37.0),
        note=NOTE,
    )


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    yield from emptied_memos()


def test_cue_gated_pathways_are_recorded_not_run_again() -> None:
    fired(_view("WEAKNESS #0", "Unwell for two days (visit 0)."))
    fired(_view("WEAKNESS #1", "Unwell for two days (visit 1)."))
    reuses = recorded_reuses()
    assert len(reuses) == 1
    assert not set(TRACKED) & reuses[0].raw


@pytest.mark.parametrize(
    ("complaint", "one_liner", "name"),
    [
        (
            "ANKLE INJURY #2",
            "Twisted left ankle today, unable to bear weight, tender over the lateral"
            " malleolus.",
            "ottawa_ankle_films",
        ),
        (
            "ARM INJURY #2",
            "Fell today onto the arm: obvious deformity of the forearm, fracture.",
            "deformed_limb",
        ),
        (
            "COUGH #2",
            "Productive cough and breathless since yesterday.",
            "hypoxaemic_cough",
        ),
        (
            "ABDOMINAL PAIN #2",
            "Abdominal pain since this morning.",
            "tachycardic_abdominal_pain",
        ),
        (
            "HEADACHE #2",
            "Headache; CSF India ink positive for Cryptococcus today.",
            "csf_organism",
        ),
    ],
)
def test_a_new_text_meeting_the_cue_changes_the_verdict(
    complaint: str, one_liner: str, name: str
) -> None:
    """Not replayed from the unmet record: the verdicts equal a fresh run."""
    fired(_view("WEAKNESS #0", "Unwell for two days (visit 0)."))
    fired(_view("WEAKNESS #1", "Unwell for two days (visit 1)."))
    new = _view(complaint, one_liner, "E-2")
    got = fired(new)
    assert got == fresh(new)
    assert name in dict(got)


def _injury_formula(pattern: re.Pattern[str], texts: tuple[str, ...]) -> bool:
    """``injury_now``'s second step as written before perf39 (all texts at once)."""
    return any(
        context_status(text, m.start(), m.end()) not in _NOT_INJURED_NOW
        and not dated_past(text, m.start(), m.end())
        and not value_fall(text, m.start(), m.end())
        for text in texts
        for m in pattern.finditer(text)
    )


TEXTS = [
    ("fell onto the ankle today", "no other injury"),
    ("ankle fracture in 2019", "fell 3 months ago"),
    ("no ankle injury", "heart rate fell to 40"),
    ("deformed wrist after a fall", ""),
    ("", ""),
    ("Twisted left ankle today", "denies injury"),
]


@pytest.mark.parametrize("texts", TEXTS)
def test_injury_now_is_its_formula(texts: tuple[str, ...]) -> None:
    for pattern in (
        pathways_msk._ANKLE_FOOT_INJURY,
        pathways_msk._INJURED_BONE_OR_JOINT,
        pathways_msk._LIMB_TRAUMA,
    ):
        clear_answers()
        want = asserted(pattern, texts) and _injury_formula(pattern, texts)
        assert injury_now(pattern, texts) == want
        assert injury_now(pattern, texts) == want  # kept answers


@pytest.mark.parametrize("texts", TEXTS)
def test_searched_is_a_plain_search(texts: tuple[str, ...]) -> None:
    for pattern in (pathways_msk._ANKLE_FOOT_CUE, pathways_msk._DEFORMED):
        assert searched(pattern, texts) == any(pattern.search(t) for t in texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("CSF: India ink positive, cryptococcal antigen positive", "CSF HSV PCR +"),
        ("CSF HSV PCR positive", "CSF: cryptococcal antigen positive; HSV PCR +"),
        ("no CSF yet", "lumbar puncture pending"),
        ("CSF AFB smear positive", ""),
    ],
)
def test_csf_causes_text_by_text_are_the_readers(texts: tuple[str, ...]) -> None:
    shown = tuple(t for t in texts if t)
    assert pathways_cns._csf_causes(shown) == csf_causes(shown)


def test_a_low_index_is_read_text_by_text() -> None:
    texts = ("ABI 0.7 on the right", "ABI 1.0 left")
    assert pathways_msk._low_arterial_index(texts)
    assert not pathways_msk._low_arterial_index(("ABI 1.1", "no pulses checked"))
