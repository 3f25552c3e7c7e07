"""The paper's published figures and the trivial baselines, placed beside a run.

Published ER-Reason v3 numbers come from ``data/published_v3.csv`` (citation and
transcription notes in ``data/PROVENANCE.md``); nothing here hard-codes them. Trivial
baselines (a constant acuity, a constant disposition, the most frequent CCSR
category) are computed on the run's own gold labels, so a reader sees at once whether
a figure beats "always Urgent".
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict

from cases.labels import ACUITY_WORDS
from cases.models import GoldLabels
from evals.erreason.icd import CCSRMap

PUBLISHED_FOR = frozenset({"er_reason"})
"""Datasets whose runs are shown beside the paper's tables (others: baselines only)."""


class PublishedRow(BaseModel):
    """One published figure (a table cell of the v3 paper)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    table: str
    task: str
    metric: str
    condition: str
    model: str
    value: str
    n: str
    note: str


@cache
def load_published() -> tuple[PublishedRow, ...]:
    """Every row of ``published_v3.csv``."""
    text = (
        resources.files("evals.erreason")
        .joinpath("data/published_v3.csv")
        .read_text(encoding="utf-8")
    )
    return tuple(
        PublishedRow.model_validate(r) for r in csv.DictReader(text.split("\n"))
    )


def _best(task: str, metric: str, condition: str) -> PublishedRow | None:
    rows = [
        r
        for r in load_published()
        if (r.task, r.metric, r.condition) == (task, metric, condition)
    ]
    return max(rows, key=lambda r: float(r.value), default=None)


def _constant(golds: Sequence[str | None]) -> dict[str, Any]:
    known = [g for g in golds if g is not None]
    if not known:
        return {}
    label, hits = Counter(known).most_common(1)[0]
    return {"label": label, "accuracy": hits / len(known), "n": len(known)}


def trivial_baselines(
    golds: Sequence[GoldLabels], ccsr: CCSRMap | None
) -> dict[str, Any]:
    """Constant-answer accuracies on the run's own gold labels.

    Returns:
        ``acuity`` and ``disposition``: the most frequent gold label and its share;
        ``always_urgent`` and ``always_admit``: the paper's constant answers;
        ``ccsr``: the most frequent gold CCSR category and the share of cases whose
        gold codes include it (when a CCSR map is given).
    """
    acuity = [g.acuity for g in golds if g.acuity in ACUITY_WORDS]
    dispo = [g.disposition for g in golds if g.disposition is not None]
    out: dict[str, Any] = {
        "acuity": _constant(acuity),
        "disposition": _constant(dispo),
    }
    if acuity:
        out["always_urgent"] = sum(a == "Urgent" for a in acuity) / len(acuity)
    if dispo:
        out["always_admit"] = sum(d == "Admit" for d in dispo) / len(dispo)
    coded = [g for g in golds if g.icd10_codes]
    if ccsr is not None and coded:
        cats = [set().union(*(ccsr.cats(c) for c in g.icd10_codes)) for g in coded]
        counts = Counter(c for s in cats for c in s)
        if counts:
            top, _ = counts.most_common(1)[0]
            out["ccsr"] = {
                "label": top,
                "accuracy": sum(top in s for s in cats) / len(cats),
                "n": len(cats),
            }
    return out


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _run_value(m: dict[str, Any], *path: str) -> float | None:
    cur: Any = m.get("modes", {}).get("paper", {})
    for key in path:
        cur = cur.get(key) if isinstance(cur, dict) else None
    return cur if isinstance(cur, float | int) else None


_TASKS = (
    ("acuity", "acuity", "accuracy_pct", ("triage", "classification", "accuracy")),
    ("ICD-10 exact", "diagnosis", "icd_exact_pct", ("diagnosis", "exact", "rate")),
    ("CCSR", "diagnosis", "ccsr_pct", ("diagnosis", "ccsr", "rate")),
    (
        "disposition",
        "disposition",
        "accuracy_pct",
        ("disposition", "classification", "accuracy"),
    ),
)


def beside_paper_lines(m: dict[str, Any], dataset: str | None) -> list[str]:
    """Markdown: this run (paper mode) beside the paper's best and trivial baselines."""
    base = m.get("trivial_baselines") or {}
    published = dataset in PUBLISHED_FOR
    headers = ["task", "this run (paper mode)", "trivial baseline (this data)"]
    if published:
        headers += ["paper best zero-shot", "paper best step-back"]
    rows: list[tuple[str, ...]] = []
    for label, task, metric, path in _TASKS:
        ours = _run_value(m, *path)
        key = {"acuity": "acuity", "disposition": "disposition"}.get(label, "ccsr")
        triv = base.get(key) if label != "ICD-10 exact" else None
        triv_txt = f"{_pct(triv['accuracy'])} (always {triv['label']})" if triv else "–"
        row: tuple[str, ...] = (label, _pct(ours), triv_txt)
        if published:
            cells = []
            for cond in ("zero_shot", "step_back"):
                best = _best(task, metric, cond)
                cells.append(f"{best.value}% ({best.model})" if best else "–")
            row += tuple(cells)
        if ours is not None or published:
            rows.append(row)
    if not rows:
        return []
    lines = ["", "## Beside the paper and the trivial baselines", ""]
    lines.append("| " + " | ".join(headers) + " |")
    lines.append("|" + "---|" * len(headers))
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    if published:
        lines += [
            "",
            "Published: ER-Reason v3 (arXiv:2505.22919v3), Tables 1 and 7, ~3,970 "
            "encounters; paper mode reproduces their parsers and denominators. The "
            "paper's constant answers on its data: always Urgent 54.9 %, always Admit "
            "57.8 % (Table 11).",
        ]
    if "always_urgent" in base or "always_admit" in base:
        lines += [
            "",
            f"On this run's data: always Urgent {_pct(base.get('always_urgent'))}, "
            f"always Admit {_pct(base.get('always_admit'))}.",
        ]
    return lines
