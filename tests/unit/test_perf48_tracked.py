"""perf48: view-only pathways that read the new texts raw read them by recorded asks.

``new_lbbb_acs`` (``new_lbbb_stated`` over all texts), ``recurrent_icd_shocks``
(``any(repeated_icd_shocks(t) ...)``) and, once they got that far, the anticoagulant
pathways (``reversal.on_anticoagulant`` / ``found``), ``sah_headache`` (thunderclap,
early negative CT, SAH shown), ``intracranial_mass_lesion`` (haematoma criteria,
herniation, unequal pupils), ``older_abdominal_pain`` (retention on a bladder scan),
``hypokalaemia`` (oral failure), ``surgical_abdomen_in_pregnancy`` (a surgical sign
beside a rigid uterus), the immunocompromised fever pathways (their sources) and
``sepsis_by_results`` (altered mental status) iterated or copied the view's texts, so
they ran again on every view of a returning patient. Now each reads text by text
through ``agents._text.any_kept`` / ``any_text`` / ``each_kept`` / ``each_text``
(recorded asks): the same answers, a returning patient's views replay them, and a new
text that meets a criterion still changes the verdict (equal to a run with every memo
empty). Rules unchanged (Byrne RA et al. ESC 2023 ACS 3.2.1; Zeppenfeld K et al. ESC
2022 ventricular arrhythmias; Perry JJ et al. JAMA 2013; Bullock MR et al. 2006;
ACC 2020 ECDP).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents._text import any_kept, clear_answers
from agents.offline.rules.ecg_reports import (
    ecg_findings,
    new_lbbb_in,
    new_lbbb_stated,
)
from agents.offline.rules.icd_shocks import repeated_icd_shocks
from cases.views import StageView
from tests.unit._memo import (
    emptied_memos,
    fired,
    fresh,
    recorded_reuses,
    treatment_view,
)

NOTE = (
    "HPI: 61-year-old man feeling generally unwell and tired for two days.\n\n"
    "Exam: alert, oriented, chest clear.\n\n"
    "Medical Decision Making: unwell, cause unclear."
)
TRACKED = ("new_lbbb_acs", "recurrent_icd_shocks")
"""Raw on every view before perf48 (their first read of the new texts)."""


def _view(complaint: str, one_liner: str, encounter: str = "E-1") -> StageView:
    return treatment_view(
        complaint,
        one_liner,
        encounter,
        patient="P-48",
        age=61,
        sex="M",
        vitals=(92, 132, 80, 18, 97, 36.9),
        note=NOTE,
    )


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    yield from emptied_memos()


def test_the_two_pathways_are_recorded_not_run_again() -> None:
    fired(_view("WEAKNESS #0", "Unwell for two days (visit 0)."))
    fired(_view("WEAKNESS #1", "Unwell for two days (visit 1)."))
    reuses = recorded_reuses()
    assert len(reuses) == 1
    assert not set(TRACKED) & reuses[0].raw


@pytest.mark.parametrize(
    ("complaint", "one_liner", "name"),
    [
        (
            "CHEST PAIN #2",
            "Crushing central chest pain for 1 hour, ongoing; ECG shows a new LBBB.",
            "new_lbbb_acs",
        ),
        (
            "ICD SHOCK #2",
            "His defibrillator fired three shocks this morning.",
            "recurrent_icd_shocks",
        ),
        (
            "HEAD INJURY #2",
            "Fell today and hit his head; CT head: acute subdural haematoma 14 mm"
            " thick with midline shift 7 mm.",
            "intracranial_mass_lesion",
        ),
        (
            "HEADACHE #2",
            "Sudden severe thunderclap headache at the gym, neck stiffness.",
            "sah_headache",
        ),
    ],
)
def test_a_new_text_meeting_the_criteria_changes_the_verdict(
    complaint: str, one_liner: str, name: str
) -> None:
    """Not replayed from the unmet record: the verdicts equal a fresh run."""
    fired(_view("WEAKNESS #0", "Unwell for two days (visit 0)."))
    fired(_view("WEAKNESS #1", "Unwell for two days (visit 1)."))
    new = _view(complaint, one_liner, "E-2")
    got = fired(new)
    assert got == fresh(new)
    assert name in dict(got)


TEXTS = [
    ("ECG: new LBBB", "crushing chest pain"),
    ("LBBB, known, unchanged from 2021", "no new changes"),
    ("LBBB not present on the ECG of 2022", ""),
    ("no new LBBB", "ICD fired twice today"),
    ("defibrillator went off once", "a single shock"),
    ("denies any ICD shocks", "three shocks by his ICD overnight"),
    ("", ""),
]


@pytest.mark.parametrize("texts", TEXTS)
def test_the_kept_answers_are_the_formulas(texts: tuple[str, ...]) -> None:
    """Text by text and kept, the answers of the readers as written before perf48."""
    lbbb = any(
        f.concept == "ecg_new_lbbb" and f.status == "present"
        for t in texts
        for f in ecg_findings(t)
    )
    shocks = any(repeated_icd_shocks(t) for t in texts)
    shown = tuple(t for t in texts if t)
    for _ in range(2):  # the second time from the kept answers
        assert any_kept(new_lbbb_in, shown) == lbbb == new_lbbb_stated(texts)
        assert any_kept(repeated_icd_shocks, shown) == shocks
    clear_answers()


@pytest.mark.parametrize(
    ("one_liner", "fires"),
    [
        ("On apixaban for AF; CT head: acute subdural haematoma.", True),
        ("Apixaban stopped last year; CT head: acute subdural haematoma.", False),
        ("On apixaban for AF; CT head to exclude intracranial haemorrhage.", False),
    ],
)
def test_the_anticoagulant_reads_replay_and_still_decide(
    one_liner: str, fires: bool
) -> None:
    """Recorded, not raw: a returning patient's new one-liner decides as a fresh run."""
    fired(_view("HEADACHE #0", "Mild headache since yesterday (visit 0)."))
    fired(_view("HEADACHE #1", "Mild headache since yesterday (visit 1)."))
    fired(_view("HEADACHE #2", "Mild headache since yesterday, on apixaban."))
    new = _view("HEADACHE #3", one_liner, "E-3")
    got = fired(new)
    assert got == fresh(new)
    assert ("bleeding_on_anticoagulant" in dict(got)) is fires
