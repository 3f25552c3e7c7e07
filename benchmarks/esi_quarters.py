"""ESI handbook triage by read-half quarters: the fitting check (research use only).

The shared ESI handbook file is split once into a read half and a score half
(``cases.splits.read_score_split``). The read half is split again into four quarters
by a seeded hash of the case id (:func:`read_quarters`). A rule change is studied on
two quarters (``--study``, default 0 and 1) and validated on the other two; a gain
that appears only on the studied quarters is fitting.

Usage::

    python -m benchmarks.esi_quarters [--rows] [--score]

``--rows`` prints the studied quarters' rows (vignette, gold, assigned level and
reasons) to read; unstudied quarters and the score half are never printed row by row.
``--score`` adds the score half's aggregate figures (exact, under, over, ESI 1-2
under-triage and the confusion matrix): count and disclose each use.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
from collections.abc import Sequence
from pathlib import Path

from cases.labels import ACUITY_TO_ESI
from cases.models import LabelledCase
from cases.splits import SHARED_SPLIT_SEED, read_score_split
from graph.runtime import Reasoner
from graph.settings import Settings
from graph.state import ReasoningOutput

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
QUARTER_SEED = SHARED_SPLIT_SEED + 4
"""Seed of the quarter split of the read half (fixed: never tune it)."""


def read_quarters(read: Sequence[LabelledCase]) -> list[list[LabelledCase]]:
    """Four quarters of the read half by a seeded hash of each patient id."""
    ranked = sorted(
        read,
        key=lambda lc: hashlib.sha256(
            f"{QUARTER_SEED}:{lc.case.patient_id}".encode()
        ).hexdigest(),
    )
    return [ranked[q::4] for q in range(4)]


def figures(
    cases: Sequence[LabelledCase], outs: Sequence[ReasoningOutput]
) -> dict[str, object]:
    """Exact, under, over, ESI 1-2 under-triage (counts, %) and a confusion matrix."""
    conf = [[0] * 5 for _ in range(5)]
    n = exact = under = over = hi_n = hi_under = 0
    for lc, out in zip(cases, outs, strict=True):
        if lc.gold.acuity is None:
            continue
        g = ACUITY_TO_ESI[lc.gold.acuity]
        p = out.final.esi if out.final.esi is not None else 5
        n += 1
        conf[g - 1][p - 1] += 1
        exact += p == g
        under += p > g
        over += p < g
        if g <= 2:
            hi_n += 1
            hi_under += p > g

    def pct(k: int, d: int) -> float:
        return round(100.0 * k / d, 1) if d else float("nan")

    return {
        "n": n,
        "exact": f"{exact} ({pct(exact, n)} %)",
        "under": f"{under} ({pct(under, n)} %)",
        "over": f"{over} ({pct(over, n)} %)",
        "esi12_under": f"{hi_under}/{hi_n} ({pct(hi_under, hi_n)} %)",
        "confusion": conf,
    }


def _reasons(out: ReasoningOutput) -> str:
    """The triage stage's rationale and any floor that changed its level."""
    for rec in out.trace:
        if rec.stage == "triage":
            floors = "; ".join(f"{f.floor}: {f.reason}" for f in rec.floors_fired)
            rationale = getattr(rec.output, "rationale", "")
            return f"{rationale}" + (f" [floors: {floors}]" if floors else "")
    return ""


async def _run(
    reasoner: Reasoner, cases: Sequence[LabelledCase]
) -> list[ReasoningOutput]:
    return [await reasoner.run(lc.case) for lc in cases]


async def main_async(
    shared: Path, study: tuple[int, ...], rows: bool, score: bool
) -> None:
    """Run the offline reasoner on the quarters (and the score half if asked)."""
    from cases.adapters.esi_handbook import load_esi_handbook

    cases = load_esi_handbook(shared / "esi-handbook-v4-vignettes" / "train.csv").cases
    read, score_half = read_score_split(cases)
    quarters = read_quarters(read)
    reasoner = Reasoner.from_settings(
        Settings(retrieval=False, checkpoint_path=":memory:")
    )
    studied: list[LabelledCase] = []
    unstudied: list[LabelledCase] = []
    for q, part in enumerate(quarters):
        (studied if q in study else unstudied).extend(part)
    s_outs = await _run(reasoner, studied)
    u_outs = await _run(reasoner, unstudied)
    print(f"studied quarters {study}:", figures(studied, s_outs))
    print("unstudied quarters:", figures(unstudied, u_outs))
    print("read half:", figures([*studied, *unstudied], [*s_outs, *u_outs]))
    if rows:
        for lc, out in zip(studied, s_outs, strict=True):
            assert lc.gold.acuity is not None
            g = ACUITY_TO_ESI[lc.gold.acuity]
            mark = "ok" if out.final.esi == g else "XX"
            print(f"\n[{mark}] {lc.case.patient_id} gold {g} ours {out.final.esi}")
            print("  ", lc.case.chief_complaint)
            print("  ", _reasons(out))
    if score:
        print(
            "score half (aggregate):",
            figures(score_half, await _run(reasoner, score_half)),
        )


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--study", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--rows", action="store_true", help="print studied rows")
    ap.add_argument("--score", action="store_true", help="score-half aggregates")
    args = ap.parse_args(argv)
    asyncio.run(main_async(args.shared, tuple(args.study), args.rows, args.score))


if __name__ == "__main__":
    main()
