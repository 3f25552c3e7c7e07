"""Triage quality of the offline ESI v4 tool on the public triage data (research use).

Runs ``agents.offline.rules.esi_triage`` alone (no LLM, no graph) on every row of:

- KTAS (Moon et al. 2019, ``ktas-triage/data.csv``): exact agreement with the expert
  panel (``KTAS_expert``), under-triage (assigned level less urgent than gold),
  over-triage, a 5x5 confusion matrix, and the nurses' ``KTAS_RN`` beside it. KTAS is
  not ESI (its levels are defined by the Korean scale, not by ESI resource counts), so
  agreement with KTAS is only a proxy for ESI correctness.
- ESI v4 handbook vignettes (``esi-handbook-v4-vignettes/train.csv``): exact,
  within-one, under- and over-triage against the handbook answers.

Whole-file metrics only; never tune rules to single rows.

Usage: ``.venv/bin/python -m benchmarks.triage_quality [--json out.json]``
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.esi import esi_triage
from agents.offline.rules.facts import ClinicalFacts
from cases.labels import ACUITY_TO_ESI, Acuity
from cases.models import LabelledCase
from cases.views import build_view

__all__ = ["assign_levels", "main", "triage_metrics"]


def assign_levels(cases: Sequence[LabelledCase]) -> list[int]:
    """ESI level the offline tool assigns to each case's triage view."""
    kb = load_knowledge()
    out: list[int] = []
    for lc in cases:
        view = build_view(lc.case, "triage")
        facts = ClinicalFacts.from_view(view, kb)
        out.append(esi_triage(facts, kb.match_complaint(view.chief_complaint)).level)
    return out


def triage_metrics(gold: Sequence[int], pred: Sequence[int]) -> dict[str, object]:
    """Exact, within-one, under-/over-triage (%) and a confusion matrix (gold rows).

    Args:
        gold: Reference levels 1..5.
        pred: Assigned levels 1..5, same order.

    Returns:
        Metrics with percentages rounded to 0.1 and ``confusion[gold-1][pred-1]``.
    """
    n = len(gold)
    conf = [[0] * 5 for _ in range(5)]
    for g, p in zip(gold, pred, strict=True):
        conf[g - 1][p - 1] += 1

    def pct(k: int) -> float:
        return round(100.0 * k / n, 1) if n else 0.0

    pairs = list(zip(gold, pred, strict=True))
    return {
        "n": n,
        "exact_pct": pct(sum(g == p for g, p in pairs)),
        "within_one_pct": pct(sum(abs(g - p) <= 1 for g, p in pairs)),
        "under_triage_pct": pct(sum(p > g for g, p in pairs)),
        "over_triage_pct": pct(sum(p < g for g, p in pairs)),
        "confusion": conf,
    }


def _level(acuity: Acuity | None) -> int:
    if acuity is None:
        raise ValueError("case without a gold acuity")
    return ACUITY_TO_ESI[acuity]


def run(shared: Path) -> dict[str, object]:
    """All triage metrics on the shared data folder."""
    from cases.adapters.esi_handbook import load_esi_handbook
    from cases.adapters.ktas import load_ktas

    ktas = load_ktas(shared / "ktas-triage" / "data.csv").cases
    gold = [_level(lc.gold.acuity) for lc in ktas]
    rated = [lc for lc in ktas if lc.gold.human_acuity is not None]
    nurse_gold = [_level(lc.gold.acuity) for lc in rated]
    nurse = [_level(lc.gold.human_acuity) for lc in rated]
    esi = load_esi_handbook(shared / "esi-handbook-v4-vignettes" / "train.csv").cases
    return {
        "ktas_system": triage_metrics(gold, assign_levels(ktas)),
        "ktas_nurses": triage_metrics(nurse_gold, nurse),
        "esi_handbook": triage_metrics(
            [_level(lc.gold.acuity) for lc in esi], assign_levels(esi)
        ),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """CLI: print the metrics (and optionally write them as JSON)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared/data"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    report = run(args.shared)
    for name, m in report.items():
        assert isinstance(m, dict)
        print(
            f"{name:14s} n={m['n']:4d} exact={m['exact_pct']:5.1f}% "
            f"within1={m['within_one_pct']:5.1f}% under={m['under_triage_pct']:5.1f}% "
            f"over={m['over_triage_pct']:5.1f}%"
        )
        for g, row in enumerate(m["confusion"], start=1):
            print(f"   gold {g}: {row}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
