"""perf43: ``cases.rx.scan`` finds what ``finditer`` finds, with less work.

The measured signs of ``findings`` (and the span readers they call, the baseline
mental-state statement and the outside-diagnosis reader) scan each new text with
``scan``: no scan where ``may_match`` shows a string every match needs is absent,
the guarded pattern elsewhere. Every match, span and group must stay the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from agents.offline import outside
from agents.offline.rules import (
    _baseline,
    _bone_seen,
    _headache_onset,
    _limb_signs,
    _travel,
    _wound_site,
    findings,
)
from cases.rx import FORMULA_CHARS, may_match, scan

_FILLER = "Review of systems otherwise negative, valid historian. " * 10

_TEXTS: tuple[str, ...] = (
    "Fell about 4 metres from scaffolding onto his back.",
    "BP right arm 168/92, left arm 122/80; tearing chest pain radiating to the back.",
    "Tmax 39.4 at home, temp 101 F in triage.",
    "Took 30 tablets of paracetamol 500 mg four hours ago.",
    "BMI 42. Bedside US: abdominal aorta 6.2 cm.",
    "Touched an 11 kV line at work, entry wound on the right hand.",
    "Swollen, red left upper eyelid; red hot lump in the right breast.",
    "Vesicles on the forehead and the tip of the nose; punched-out erosions.",
    "Permanent tooth knocked out playing rugby, found on the pitch.",
    "Severe pain on passive plantarflexion of the toes, tense anterior compartment.",
    "The nephrostomy fell out this morning; chest drain dislodged.",
    "Right foot white and cold, no popliteal, DP or PT pulses.",
    "Sudden R arm and leg weakness, NIHSS 6. Swollen tender left calf.",
    "Laceration on the volar left forearm, chin skin tear.",
    "Returned from Nigeria two weeks ago, travelled to Thailand last month.",
    "Sudden onset worst headache of her life while lifting.",
    "Central chest pain brought on by exertion, relieved by GTN. Ex-smoker.",
    "Needle decompressed by paramedics. Tip of the middle finger droops.",
    "Mentation at baseline per daughter; not at her baseline yesterday.",
    "Biopsy showed sarcoidosis. CT: features of lymphoma.",
    "Pain 9/10, abdomen soft with minimal tenderness.",
    "Denies headache, chest pain came on suddenly at rest.",
    "Probe to bone positive at the diabetic foot ulcer.",
    # non-ASCII folds (Kelvin sign, long s, dotless i): may_match must not skip
    "Swollen \u212aNEE, lon\u017f-standing; fever 39.1 \u00b0C, \u0131tchy contacts.",
    "“Worst headache ever” — sudden, thunderclap.",
    "",
    "ok",
    _FILLER + "Fell 5 m off a ladder. BP R arm 170/95, L arm 130/85.",
    _FILLER + "No focal weakness. Ankle is swollen.",
)


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every module-level pattern of the modules that now scan with ``scan``."""
    out: list[tuple[str, re.Pattern[str]]] = []
    modules = (
        findings,
        _limb_signs,
        _bone_seen,
        _wound_site,
        _travel,
        _headache_onset,
        _baseline,
        outside,
    )
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, tuple):
                for item in value:
                    if (
                        isinstance(item, tuple)
                        and len(item) == 2
                        and isinstance(item[1], re.Pattern)
                    ):
                        out.append((f"{module.__name__}.{name}[{item[0]}]", item[1]))
    return out


def _found(matches: Iterator[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.group(0), m.groups(), m.groupdict()) for m in matches]


def test_scan_finds_what_finditer_finds() -> None:
    patterns = _patterns()
    assert len(patterns) > 150
    for _name, pattern in patterns:
        for text in _TEXTS:
            assert _found(scan(pattern, text)) == _found(pattern.finditer(text))


def test_scan_skips_a_text_without_the_needed_strings() -> None:
    pattern = re.compile(r"(?i)(?<![a-z])nephrostomy (?:fell out|blocked)")
    assert not may_match(pattern, "Swollen left ankle after a fall.")
    assert list(scan(pattern, "Swollen left ankle after a fall.")) == []
    text = _FILLER + "The NEPHROSTOMY fell out."
    assert len(text) >= FORMULA_CHARS
    assert [m.group(0) for m in scan(pattern, text)] == ["NEPHROSTOMY fell out"]


def test_scan_is_a_fresh_iterator_each_call() -> None:
    pattern = re.compile(r"\d+ kV")
    first = scan(pattern, "11 kV and 33 kV")
    assert [m.group(0) for m in first] == ["11 kV", "33 kV"]
    assert [m.group(0) for m in scan(pattern, "11 kV and 33 kV")] == ["11 kV", "33 kV"]


def _readings() -> list[tuple[object, ...]]:
    known = re.compile(r"(?i)\b(?:lymphoma|pneumonia)\b")
    return [
        (
            findings._sign_findings(text),
            [m.span() for m in findings._hot_joints(text)],
            _baseline.baseline_statement(text),
            outside.outside_diagnoses([text], known),
        )
        for text in _TEXTS
    ]


def test_readers_answer_as_with_plain_scans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screened = _readings()
    assert any(signs for signs, *_ in screened)  # the texts do name signs
    with monkeypatch.context() as m:

        def plain(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
            return pattern.finditer(text)

        for module in (
            findings,
            _limb_signs,
            _bone_seen,
            _wound_site,
            _travel,
            _headache_onset,
            _baseline,
            outside,
        ):
            m.setattr(module, "scan", plain)
        assert _readings() == screened
