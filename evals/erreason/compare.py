"""Paired comparison of two runs on their shared case ids.

For each binary per-case score (per stage and mode): accuracy of A and B, the paired
difference B − A with a percentile bootstrap 95% interval, and an exact McNemar test
(``scipy.stats.binomtest`` on the discordant pairs).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from evals.erreason.parsing import MODES
from evals.erreason.records import CaseRecord, read_records


def mcnemar_exact(b: int, c: int) -> float:
    """Exact McNemar p-value: two-sided binomial test of b vs c discordant pairs."""
    if b + c == 0:
        return 1.0
    from scipy.stats import binomtest

    return float(binomtest(b, b + c, 0.5).pvalue)


def bootstrap_diff(
    a: Sequence[float], b: Sequence[float], n_boot: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean paired difference (b − a) and its percentile bootstrap 95% interval."""
    diff = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    if diff.size == 0:
        return (math.nan, math.nan, math.nan)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, diff.size, size=(n_boot, diff.size))
    means = diff[idx].mean(axis=1)
    return (
        float(diff.mean()),
        float(np.percentile(means, 2.5)),
        float(np.percentile(means, 97.5)),
    )


def compare_records(
    recs_a: Sequence[CaseRecord],
    recs_b: Sequence[CaseRecord],
    seed: int = 0,
) -> dict[str, Any]:
    """Paired differences per (mode, stage) over case ids scored in both runs."""
    by_a = {r.case_id: r for r in recs_a}
    by_b = {r.case_id: r for r in recs_b}
    shared = sorted(set(by_a) & set(by_b))
    out: dict[str, Any] = {
        "n_a": len(by_a),
        "n_b": len(by_b),
        "n_shared": len(shared),
        "results": {},
    }
    for mode in MODES:
        for stage in ("triage", "assessment", "treatment", "disposition", "diagnosis"):
            pairs = []
            for cid in shared:
                sa = by_a[cid].score(mode, stage)
                sb = by_b[cid].score(mode, stage)
                if sa and sb and sa.value is not None and sb.value is not None:
                    pairs.append((float(sa.value), float(sb.value)))
            if not pairs:
                continue
            a, b = zip(*pairs, strict=True)
            mean, low, high = bootstrap_diff(a, b, seed=seed)
            res: dict[str, Any] = {
                "n": len(pairs),
                "a": float(np.mean(a)),
                "b": float(np.mean(b)),
                "diff": mean,
                "ci_low": low,
                "ci_high": high,
            }
            if all(x in (0.0, 1.0) for x in a + b):
                only_a = sum(x == 1 and y == 0 for x, y in pairs)
                only_b = sum(x == 0 and y == 1 for x, y in pairs)
                res.update(
                    only_a=only_a,
                    only_b=only_b,
                    mcnemar_p=mcnemar_exact(only_a, only_b),
                )
            out["results"][f"{mode}/{stage}"] = res
    return out


def compare_runs(dir_a: Path, dir_b: Path, seed: int = 0) -> dict[str, Any]:
    """Load two run directories and compare them.

    Raises:
        FileNotFoundError: A directory has no ``cases.jsonl``.
    """
    recs = []
    for d in (dir_a, dir_b):
        path = d / "cases.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"{path} does not exist (not a run directory)")
        recs.append(read_records(path))
    return compare_records(recs[0], recs[1], seed=seed)


def format_comparison(result: Mapping[str, Any], name_a: str, name_b: str) -> str:
    """The paired table per mode/stage: accuracies, difference, CI and McNemar."""
    head = (
        f"A = {name_a} ({result['n_a']} cases), B = {name_b} ({result['n_b']}); "
        f"paired on {result['n_shared']} shared case ids"
    )
    cols = ["mode/stage", "n", "A", "B", "B - A", "95% CI", "only A", "only B", "p"]
    rows = [cols]
    for key, r in result["results"].items():
        rows.append(
            [
                key,
                str(r["n"]),
                f"{r['a']:.3f}",
                f"{r['b']:.3f}",
                f"{r['diff']:+.3f}",
                f"[{r['ci_low']:+.3f}, {r['ci_high']:+.3f}]",
                str(r.get("only_a", "–")),
                str(r.get("only_b", "–")),
                f"{r['mcnemar_p']:.3g}" if "mcnemar_p" in r else "–",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(cols))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    ]
    return "\n".join([head, "", *lines])
