"""Triage by read-half quarters: the fitting check (research use only).

Each shared triage file (the ESI handbook vignettes, ``--data esi``; the KTAS visits,
``--data ktas``) is split once into a read half and a score half
(``cases.splits.read_score_split``). The read half is split again into four quarters
by a seeded hash of the case id (:func:`read_quarters` for ESI, esi14's split;
:func:`ktas_quarters` for KTAS, ktas14's ``sha256("ktas14q:" + id) % 4``). A rule
change is studied on two quarters (``--study``, default 0 and 1) and validated on the
other two; a gain that appears only on the studied quarters is fitting. KTAS visits
are scored in the site's scale (``site_level``) and, as ``esi mode``, by their ESI
level.

Usage::

    python -m benchmarks.esi_quarters [--data esi|ktas] [--rows] [--score]

``--rows`` prints the studied quarters' rows (vignette, gold, assigned level and
reasons) to read; unstudied quarters and the score half are never printed row by row.
``--score`` adds the score half's aggregate figures (exact, under, over, level 1-2
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


def ktas_quarters(read: Sequence[LabelledCase]) -> list[list[LabelledCase]]:
    """Four quarters of the KTAS read half: ``sha256("ktas14q:" + id) % 4`` (ktas14)."""
    out: list[list[LabelledCase]] = [[], [], [], []]
    for lc in read:
        digest = hashlib.sha256(f"ktas14q:{lc.case.patient_id}".encode()).hexdigest()
        out[int(digest, 16) % 4].append(lc)
    return out


def _level(out: ReasoningOutput, esi_mode: bool) -> int:
    """The level scored: the site's scale unless ``esi_mode`` (abstained: 5)."""
    if not esi_mode and out.final.site_level is not None:
        return out.final.site_level
    return out.final.esi if out.final.esi is not None else 5


def figures(
    cases: Sequence[LabelledCase],
    outs: Sequence[ReasoningOutput],
    esi_mode: bool = False,
) -> dict[str, object]:
    """Exact, under, over, level 1-2 under-triage (counts, %) and a confusion matrix."""
    conf = [[0] * 5 for _ in range(5)]
    n = exact = under = over = hi_n = hi_under = 0
    for lc, out in zip(cases, outs, strict=True):
        if lc.gold.acuity is None:
            continue
        g = ACUITY_TO_ESI[lc.gold.acuity]
        p = _level(out, esi_mode)
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


def _load(shared: Path, data: str) -> list[LabelledCase]:
    from cases.adapters.esi_handbook import load_esi_handbook
    from cases.adapters.ktas import load_ktas

    if data == "ktas":
        return list(load_ktas(shared / "ktas-triage" / "data.csv").cases)
    path = shared / "esi-handbook-v4-vignettes" / "train.csv"
    return list(load_esi_handbook(path).cases)


async def main_async(
    shared: Path, study: tuple[int, ...], rows: bool, score: bool, data: str = "esi"
) -> None:
    """Run the offline reasoner on the quarters (and the score half if asked)."""
    cases = _load(shared, data)
    read, score_half = read_score_split(cases)
    quarters = ktas_quarters(read) if data == "ktas" else read_quarters(read)
    reasoner = Reasoner.from_settings(
        Settings(retrieval=False, checkpoint_path=":memory:")
    )
    studied: list[LabelledCase] = []
    unstudied: list[LabelledCase] = []
    for q, part in enumerate(quarters):
        (studied if q in study else unstudied).extend(part)
    s_outs = await _run(reasoner, studied)
    u_outs = await _run(reasoner, unstudied)
    modes = (False, True) if data == "ktas" else (False,)
    for esi_mode in modes:
        tag = " (ESI mode)" if esi_mode else ""
        print(f"studied quarters {study}{tag}:", figures(studied, s_outs, esi_mode))
        print(f"unstudied quarters{tag}:", figures(unstudied, u_outs, esi_mode))
        both = [*studied, *unstudied]
        print(f"read half{tag}:", figures(both, [*s_outs, *u_outs], esi_mode))
    if rows:
        for lc, out in zip(studied, s_outs, strict=True):
            assert lc.gold.acuity is not None
            g = ACUITY_TO_ESI[lc.gold.acuity]
            ours = _level(out, False)
            mark = "ok" if ours == g else "XX"
            print(f"\n[{mark}] {lc.case.patient_id} gold {g} ours {ours}")
            print("  ", lc.case.chief_complaint)
            print("  ", _reasons(out))
    if score:
        sc_outs = await _run(reasoner, score_half)
        for esi_mode in modes:
            tag = " (ESI mode)" if esi_mode else ""
            print(
                f"score half (aggregate){tag}:",
                figures(score_half, sc_outs, esi_mode),
            )


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--data", choices=("esi", "ktas"), default="esi")
    ap.add_argument("--study", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--rows", action="store_true", help="print studied rows")
    ap.add_argument("--score", action="store_true", help="score-half aggregates")
    args = ap.parse_args(argv)
    asyncio.run(
        main_async(args.shared, tuple(args.study), args.rows, args.score, args.data)
    )


if __name__ == "__main__":
    main()
