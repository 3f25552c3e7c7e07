"""Mention context: the hand-written ConText-style matcher against medspaCy.

Research software, not for clinical use. Usage::

    python -m benchmarks.context_compare [--medspacy-python PATH] [--json out.json]

Correctness: ``benchmarks/data/context_cases.jsonl`` (63 mentions written from the
NegEx and ConText papers' trigger examples and ED phrasing, each labelled asserted /
negated / hypothetical / historical / family / differential) and
``context_cases_s15.jsonl`` (66 more, written by session 15 before its changes:
lists in both directions, pseudo-negations, hyphenated negatives, "-free",
"has resolved") and ``context_cases_s15_fresh.jsonl`` (24, written after those
changes and scored once: its misses were left unfixed) and
``context_cases_s17.jsonl`` (32, written by session 17 before its changes: termination
terms, a list item that is the subject of its own verb, "return for", "risk of",
other experiencers such as "mother on chemotherapy", "mum takes") and the four
``context_cases_s25_*.jsonl`` sets (30 sentences each, written by session 25 before
its changes: mixed lists, pseudo-negations, termination words, time) and
``context_cases_s41.jsonl`` (22, written by readers41 from its review cases before its
changes: a treated episode's date, a timed comma item, a normal value). Per label:
precision and recall. The keyword check of the safety
layer (``agents._text.asserted``: does a mention count?) is scored on the same
mentions: it should count asserted, historical and differential mentions (a possible
diagnosis still gets its safety steps) and not negated, hypothetical or family ones.
Speed: milliseconds per note over the bundled synthetic demo ED notes (~3.3 k
characters each).

medspaCy 1.3.1 pins spaCy < 3.8 and so numpy < 2; it cannot be installed beside this
project (numpy 2). Give ``--medspacy-python`` the interpreter of a separate venv with
``pip install medspacy``; ``benchmarks/_medspacy_runner.py`` runs there (medspaCy's
default ConText rules plus its sectionizer, the lexicon and test targets as target
rules; ConText's "uncertain" is scored as "differential").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from agents._text import asserted
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import Finding, extract_findings

CASES = (
    Path(__file__).parent / "data" / "context_cases.jsonl",
    Path(__file__).parent / "data" / "context_cases_s15.jsonl",
    Path(__file__).parent / "data" / "context_cases_s15_fresh.jsonl",
    Path(__file__).parent / "data" / "context_cases_s17.jsonl",
    *(
        Path(__file__).parent / "data" / f"context_cases_s25_{kind}.jsonl"
        for kind in ("mixed", "pseudo", "termination", "time")
    ),
    Path(__file__).parent / "data" / "context_cases_s41.jsonl",
)
DEMO = Path(__file__).parents[1] / "cases" / "demo" / "er_reason_demo.csv"
RUNNER = Path(__file__).parent / "_medspacy_runner.py"
_LABEL = {"present": "asserted", "absent": "negated"}


def _label(f: Finding) -> str:
    # The lexicon folds some context into the concept (prior_stroke,
    # family_history_cad): score those as the context they encode.
    if f.status == "present" and f.concept.startswith("family_history"):
        return "family"
    if f.status == "present" and f.concept.startswith("prior_"):
        return "historical"
    return _LABEL.get(f.status, f.status)


def hand_written(cases: list[dict[str, str]]) -> list[str]:
    """Label each test mention with the project's matcher."""
    out = []
    for case in cases:
        pos = case["text"].lower().find(case["target"].lower())
        hit = [
            f
            for f in extract_findings(case["text"], load_knowledge())
            if f.start <= pos < f.end
        ]
        out.append(_label(hit[0]) if hit else "not_found")
    return out


COUNTED = frozenset({"asserted", "historical", "differential"})
"""Mentions the safety layer's keyword check should count."""


def keyword_check(cases: list[dict[str, str]]) -> dict[str, Any]:
    """Score ``agents._text.asserted`` (counted or not) on the test mentions."""
    tp = fp = fn = tn = 0
    errors = []
    for case in cases:
        rx = re.compile(rf"(?i)(?<![A-Za-z0-9]){re.escape(case['target'])}")
        got, want = asserted(rx, [case["text"]]), case["label"] in COUNTED
        tp, fp = tp + (got and want), fp + (got and not want)
        fn, tn = fn + (want and not got), tn + (not got and not want)
        if got != want:
            errors.append({"text": case["text"], "target": case["target"], "got": got})
    return {
        "n": len(cases),
        "correct": tp + tn,
        "not_counted_precision_pct": _pct(tn, tn + fn),
        "not_counted_recall_pct": _pct(tn, tn + fp),
        "counted_precision_pct": _pct(tp, tp + fp),
        "counted_recall_pct": _pct(tp, tp + fn),
        "errors": errors,
    }


def _pct(k: int, n: int) -> float | None:
    return round(100 * k / n, 1) if n else None


def _score(labels: list[str], cases: list[dict[str, str]]) -> dict[str, Any]:
    gold = [c["label"] for c in cases]
    right = Counter(g for g, p in zip(gold, labels, strict=True) if g == p)
    total = Counter(gold)
    predicted = Counter(labels)
    return {
        "correct": sum(right.values()),
        "n": len(gold),
        "accuracy_pct": round(100 * sum(right.values()) / len(gold), 1),
        "by_label": {k: f"{right[k]}/{total[k]}" for k in sorted(total)},
        "precision_pct": {k: _pct(right[k], predicted[k]) for k in sorted(total)},
        "recall_pct": {k: _pct(right[k], total[k]) for k in sorted(total)},
        "errors": [
            {"text": c["text"], "target": c["target"], "gold": c["label"], "got": p}
            for c, p in zip(cases, labels, strict=True)
            if p != c["label"]
        ],
    }


def _demo_notes() -> list[str]:
    csv.field_size_limit(10**8)
    with DEMO.open(newline="") as fh:
        return [r["ED_Provider_Notes_Text"] for r in csv.DictReader(fh)]


def _ms_hand(notes: list[str], repeats: int) -> list[float]:
    kb = load_knowledge()
    extract_findings(notes[0], kb)  # build the lexicon once (not timed)
    times = []
    for _ in range(repeats):
        for note in notes:
            t = time.perf_counter()
            extract_findings(note, kb)
            times.append((time.perf_counter() - t) * 1000)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
    }


def main(argv: list[str] | None = None) -> None:
    """Run both matchers and print (and optionally save) the comparison."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--medspacy-python", help="python of a venv with medspacy")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    sets = {
        path.stem: [json.loads(line) for line in path.read_text().splitlines() if line]
        for path in CASES
    }
    cases = [c for rows in sets.values() for c in rows]
    notes = _demo_notes()
    out: dict[str, Any] = {
        "hand_written": {
            **_score(hand_written(cases), cases),
            **_summary(_ms_hand(notes, args.repeats)),
            "by_set": {k: _score(hand_written(v), v) for k, v in sets.items()},
        },
        "keyword_check": {k: keyword_check(v) for k, v in sets.items()},
    }
    if args.medspacy_python:
        lex = load_knowledge().concepts
        req = {"cases": cases, "lexicon": lex, "speed_texts": notes * args.repeats}
        proc = subprocess.run(
            [args.medspacy_python, str(RUNNER)],
            input=json.dumps(req),
            capture_output=True,
            text=True,
            check=True,
        )
        ans = json.loads(proc.stdout)
        out["medspacy"] = {
            **_score(ans["labels"], cases),
            **_summary(ans["ms"]),
            "load_s": round(ans["load_s"], 2),
        }
    text = json.dumps(out, indent=2)
    if args.json:
        args.json.write_text(text)
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
