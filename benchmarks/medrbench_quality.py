"""MedR-Bench case reports: final diagnosis, honest abstention, confident wrong answers.

Research software, not for clinical use. Usage::

    python -m benchmarks.medrbench_quality [--shared DIR] [--json out.json]

Runs the offline reasoner (no note store) on the shared MedR-Bench demo diagnosis
cases (``cases.adapters.medrbench``: the authors' case summary as the ED note, the
gold diagnosis redacted), split once by ``cases.splits.read_score_split`` into the
read and score halves. Per half: diagnosis accuracy (name match, as the harness
scores MedR-Bench), abstention rate (the diagnosis stage did not answer), the
symptom-level rate (only the presenting symptom named, flag ``undifferentiated``, no
disease claimed), the wrong rate (a wrong disease named), and the confident-wrong
rate: a wrong final diagnosis given with probability >= 0.5, or presented as
established (no ``working_diagnosis`` flag) with a medication protocol ordered for
it. ``less_specific``: the reference names the answered disease as its head with
detail the answer lacks (an organism, a cause, a site: "infective endocarditis caused
by Abiotrophia defectiva" answered "infective endocarditis"); it is neither counted
correct (accuracy stays the strict name match) nor wrong, and
``confident_wrong_strict_pct`` keeps the definition before session 55, which counted
it wrong. A working diagnosis treated empirically (stated below even odds and flagged
``working_diagnosis``: ATS/IDSA treat a suspected pneumonia before its cause is
known) is a wrong guess, not a confident one; ``treated_wrong_pct`` still counts
every wrong disease with a medication protocol, whatever confidence was stated (the
definition before session 14); ``unexplained_flag_pct`` is the share of traces that
say documented abnormalities are explained by none of the leading diagnoses (flag
``unexplained_findings``). Most of these rare-disease case reports lie
outside an ED knowledge base: the goal is abstention, never a confident wrong answer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from agents.context import AgentContext
from agents.offline.diagnosis import named_diagnoses
from agents.offline.differential import spec_for
from agents.offline.knowledge import KnowledgeBase, load_knowledge
from agents.schemas import DiagnosisResult, TreatmentResult
from cases.adapters import load_adapter
from cases.models import LabelledCase
from cases.splits import read_score_split
from evals.erreason.text import dx_matches
from graph.runtime import Reasoner
from graph.state import ReasoningOutput

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CONFIDENT = 0.5
_HEAD_END = re.compile(
    r"\s(?:due to|secondary to|caused by|with|associated|after|following|in)\s|[(,;:]"
    r"|\.(?:\s|$)",
    re.IGNORECASE,
)
"""Where a reference diagnosis's head ends and its detail (cause, organism) begins."""


def _treated(out: ReasoningOutput, name: str) -> bool:
    """Whether the treatment stage ordered a medication for diagnosis ``name``."""
    tx = next((r for r in out.trace if r.stage == "treatment"), None)
    return (
        tx is not None
        and isinstance(tx.output, TreatmentResult)
        and any(
            o.kind == "medication" and o.for_diagnosis == name for o in tx.output.orders
        )
    )


def _head_names(gold: str, name: str, kb: KnowledgeBase) -> bool:
    """Whether the head of reference ``gold`` names the KB diagnosis ``name``."""
    spec = spec_for(kb, name)
    head = _HEAD_END.split(gold, maxsplit=1)[0]
    return spec is not None and spec in named_diagnoses(head, kb)


def _outcome(
    lc: LabelledCase, out: ReasoningOutput, kb: KnowledgeBase | None = None
) -> str:
    """The outcome's kind (with ``kb``, a less specific answer is its own kind).

    One of 'abstained', 'correct', 'symptom_level', 'less_specific',
    'confident_wrong', 'wrong'.

    ``symptom_level``: the stage named only the presenting symptom (flag
    ``undifferentiated``, an ICD-10-CM chapter R code, no probability): no disease
    is claimed, so it is neither right nor wrong about the diagnosis.
    """
    recs = {r.stage: r for r in out.trace}
    dx = recs.get("diagnosis")
    if dx is None or dx.status != "ok" or not isinstance(dx.output, DiagnosisResult):
        return "abstained"
    gold = lc.gold.diagnosis_name or ""
    if dx_matches(gold, [(dx.output.name, dx.output.icd10)]):
        return "correct"
    if "undifferentiated" in dx.flags:
        return "symptom_level"
    if kb is not None and _head_names(gold, dx.output.name, kb):
        return "less_specific"
    established = "working_diagnosis" not in dx.flags
    protocol = established and _treated(out, dx.output.name)
    if protocol or (dx.output.probability or 0.0) >= CONFIDENT:
        return "confident_wrong"
    return "wrong"


def metrics(
    cases: Sequence[LabelledCase],
    outs: Sequence[ReasoningOutput],
    kb: KnowledgeBase | None = None,
) -> dict[str, float]:
    """Rates in percent over the cases of one half."""
    kinds = [_outcome(lc, o, kb) for lc, o in zip(cases, outs, strict=True)]
    strict = [_outcome(lc, o) for lc, o in zip(cases, outs, strict=True)]
    n = len(kinds)
    unexplained = sum(
        any("unexplained_findings" in r.flags for r in o.trace) for o in outs
    )
    treated = sum(
        k in ("wrong", "confident_wrong") and _treated(o, o.final.diagnosis_name or "")
        for k, o in zip(kinds, outs, strict=True)
    )

    def pct(k: str) -> float:
        return round(100.0 * kinds.count(k) / n, 1) if n else float("nan")

    answered = n - kinds.count("abstained") - kinds.count("symptom_level")
    answered -= kinds.count("less_specific")
    return {
        "n": n,
        "accuracy_pct": pct("correct"),
        "abstained_pct": pct("abstained"),
        "symptom_level_pct": pct("symptom_level"),
        "less_specific_pct": pct("less_specific"),
        "confident_wrong_pct": pct("confident_wrong"),
        "confident_wrong_strict_pct": round(
            100.0 * strict.count("confident_wrong") / n, 1
        )
        if n
        else float("nan"),
        "wrong_pct": round(pct("wrong") + pct("confident_wrong"), 1),
        "treated_wrong_pct": round(100.0 * treated / n, 1) if n else float("nan"),
        "unexplained_flag_pct": round(100.0 * unexplained / n, 1)
        if n
        else float("nan"),
        "accuracy_when_answered_pct": round(
            100.0 * kinds.count("correct") / answered, 1
        )
        if answered
        else float("nan"),
    }


async def main_async(shared: Path) -> dict[str, object]:
    """Run both halves and return the figures."""
    loaded = load_adapter("medrbench", shared / "medrbench-demo").cases
    cases = [lc for lc in loaded if lc.gold.diagnosis_name]
    kb = load_knowledge()
    reasoner = Reasoner(AgentContext(knowledge=kb))
    report: dict[str, object] = {}
    read, score = read_score_split(cases)
    for half, part in (("read", read), ("score", score)):
        outs = [await reasoner.run(lc.case) for lc in part]
        report[half] = metrics(part, outs, kb)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the figures as JSON (optionally save them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    text = json.dumps(asyncio.run(main_async(args.shared)), indent=2)
    sys.stdout.write(text + "\n")
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
