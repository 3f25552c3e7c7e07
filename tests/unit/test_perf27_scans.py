"""perf27: fewer scans of new note texts, the same answers.

- ``cases.rx.may_match`` also reads a pattern's whole formula of required strings
  (``cases.rx_words``) on a note part: a ``False`` must still mean no match;
- ``results._read_results`` scans only the analytes a text may name;
- ``findings.sign_findings`` is read once per text object;
- ``redaction._scrub`` reads the disposition words in one pass, not two;
- ``benchmarks.api_load.fresh_note`` makes every paragraph of a note new.
"""

from __future__ import annotations

import re

import pytest

from agents.offline.rules import findings, results
from benchmarks.api_load import fresh_note, rows
from cases.rx import FORMULA_CHARS, guarded, may_match
from cases.rx_words import holds, required_formula, word_view

_FILLER = (
    "Patient is a valid historian, greyed hair. Review of systems otherwise "
    "negative. " * 12
)


def _long(text: str) -> str:
    out = f"{_FILLER}{text}"
    assert len(out) >= FORMULA_CHARS
    return out


def test_word_start_and_both_parts_are_required() -> None:
    pattern = re.compile(r"(?i)\b(?:lid|eye) (?:swell\w*|swollen)")
    # 'swollen' stands in the text, 'lid' and 'eye' only inside other words
    text = _long("The ankle is swollen.")
    assert pattern.search(text) is None
    assert not may_match(pattern, text)
    assert not may_match(guarded(pattern), text)
    assert may_match(pattern, _long("Left eye swollen since morning."))


def test_case_sensitive_group_and_non_word_literals() -> None:
    pattern = re.compile(r"(?i)\b(?:leuka?emia|(?-i:ALL|AML)\b|peri-orbital)")
    for text, found in (
        (_long("History of AML in remission."), True),
        (_long("Peri-orbital erythema."), True),
        (_long("Shellfish allergy."), False),  # 'all' inside a word only
    ):
        assert (pattern.search(text) is not None) is found
        if found:
            assert may_match(pattern, text)


def test_formula_never_drops_a_matching_text() -> None:
    patterns = [
        re.compile(p)
        for p in (
            r"(?i)\b(?:chest|back) pain",
            r"(?i)(?<![a-z])(?:fever|febrile)(?![a-z])",
            r"\bBP:? \d+/\d+",
            r"(?i)\b(?:no|denies) (?:\w+ ){0,3}(?:fever|chills)",
            r"(?i)temp(?:erature)?\s*[:=]?\s*3[89]",
            r"(?i)\bsp[o0]2\b",
            r"(?i)\b(?:s(?:tab|hot)|gsw)\b",
        )
    ]
    texts = [
        _long(t)
        for t in (
            "Chest pain since morning.",
            "Afebrile. Denies chills.",
            "BP 150/90, temp: 38.4, SpO2 97%.",
            "Was shot in the arm (GSW).",
            "İstanbul trip, denies any fever.",  # a FOLDS_TO_ASCII character
            "CHEST PAIN, BACK PAIN",
        )
    ]
    for pattern in patterns:
        for text in texts:
            if pattern.search(text) is not None:
                assert may_match(pattern, text), (pattern.pattern, text[-40:])


def test_word_view_keeps_offsets_and_formula_reads_the_tree() -> None:
    text = "Pt: peri-orbital swelling"
    view = word_view(text)
    assert len(view) == len(text) + 1
    got = required_formula(re.compile(r"(?i)\bperi-orbital (?:swelling|oedema)"))
    assert got is not None
    need, folded = got
    assert folded and holds(need, word_view(text.lower()))
    assert required_formula(re.compile(r"(?x) chest \s pain")) is None


def test_read_results_scans_only_named_analytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _long("Labs: glucose 45 mg/dL, lactate 4.1 mmol/L.")
    scanned: list[str] = []
    real = results._analyte_results

    def counting(t: str, name: str) -> list[results.LabResult]:
        scanned.append(name)
        return real(t, name)

    monkeypatch.setattr(results, "_analyte_results", counting)
    got = results._read_results(text)
    assert {r.analyte for r in got} >= {"glucose", "lactate"}
    assert len(scanned) < len(results._PATTERNS) // 2
    monkeypatch.setattr(results, "_analyte_results", real)
    every = sorted(
        (r for name in results._PATTERNS for r in real(text, name)),
        key=lambda r: r.start,
    )
    assert [r for r in got if not r.analyte.startswith("csf_")] == [
        r for r in every if not r.analyte.startswith("csf_")
    ]


def test_sign_findings_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = findings._sign_findings

    def counting(text: str) -> tuple[findings.Finding, ...]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(findings, "_sign_findings", counting)
    text = "".join(["Sudden thunderclap headache, worst of her life. ", "T 39.1 C."])
    first = findings.sign_findings(text)
    assert findings.sign_findings(text) == first
    assert len(calls) == 1


def test_fresh_note_makes_every_paragraph_new() -> None:
    note = next(
        r["ED_Provider_Notes_Text"] for r in rows(41) if r.get("ED_Provider_Notes_Text")
    )
    fresh = fresh_note(note, 7)
    old_parts = set(note.rstrip().split("\n\n"))
    assert not old_parts & set(fresh.split("\n\n"))
    assert fresh_note(note, 8) != fresh


def test_scrub_counts_kept_discharges_in_one_pass() -> None:
    from cases import redaction

    text = "Copious vaginal discharge for 3 days. Discharged home, discharge today."
    scrubbed, counts = redaction._scrub(text)
    assert "vaginal discharge" in scrubbed
    assert dict(counts)["disposition"] == 2
    kept: list[bool] = []
    for m in redaction._DISPOSITION_RE.finditer(text):
        redaction._disposition_token(kept, m)
    assert kept == [True, False, False]
