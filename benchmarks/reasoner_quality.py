"""Offline reasoner quality on the public data in ../shared/data, both split halves.

Research software, not for clinical use. Usage::

    python -m benchmarks.reasoner_quality [--shared ../shared/data] [--json out.json]

Each shared file is split once (``cases.splits.read_score_split``, fixed seed) into a
half the team may read and a half it only scores; every figure is given for both
halves and the whole file. A large read/score gap means the rules fitted the file.

Reports, with the offline default (``backend=rules``, no retrieval):
- KTAS (Moon et al. 2019, the 887 rows here): triage exact agreement with
  ``KTAS_expert``, under- and over-triage rates, beside the nurses' ``KTAS_RN``, scored
  in the case's own scale (``Case.triage_scale`` KTAS: the site-scale level,
  ``FinalSummary.site_level``); ``ktas_triage_esi_mode*`` scores the ESI level of the
  same runs (``FinalSummary.esi``) for comparability with earlier sessions;
  admit-vs-discharge accuracy of the disposition stage (rows whose gold is
  admission / ward / ICU / surgery vs discharge; AMA, transfer and death are left out).
- ESI v4 handbook vignettes (89 rows): exact accuracy and within-one accuracy.
- Bundled synthetic ER-Reason demo: acuity, disposition, ICD-10 category match, and
  SCT DxUpdate exact / direction agreement (synthetic; shows plumbing, not quality).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from agents.offline.sct import answer_sct
from cases.labels import ACUITY_TO_ESI, collapse_disposition
from cases.models import LabelledCase
from cases.splits import read_score_split
from graph.runtime import Reasoner
from graph.state import ReasoningOutput

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


async def _run_all(
    reasoner: Reasoner, cases: Sequence[LabelledCase]
) -> list[ReasoningOutput]:
    return [await reasoner.run(lc.case) for lc in cases]


def _pct(num: int, den: int) -> float:
    return round(100.0 * num / den, 1) if den else float("nan")


Mode = Literal["own", "esi"]
"""Which level to score: the case's own scale (``own``) or the ESI level (``esi``)."""


def final_level(out: ReasoningOutput, mode: Mode = "own") -> int | None:
    """The level a run gave: in the case's own scale, or its ESI level.

    Args:
        out: The run's output.
        mode: ``own`` scores ``site_level`` for a KTAS/CTAS case and ``esi`` for an
            ESI one; ``esi`` always scores the ESI level.
    """
    if mode == "own" and out.final.triage_scale != "ESI":
        return out.final.site_level
    return out.final.esi


def triage_metrics(
    cases: Sequence[LabelledCase],
    outs: Sequence[ReasoningOutput],
    mode: Mode = "own",
) -> dict[str, float]:
    """Exact agreement and under/over-triage of ours and of the human baseline."""
    n = exact = under = over = h_exact = h_under = h_over = h_n = abst = 0
    for lc, out in zip(cases, outs, strict=True):
        gold = lc.gold.acuity
        if gold is None:
            continue
        g = ACUITY_TO_ESI[gold]
        n += 1
        level = final_level(out, mode)
        if level is None:
            abst += 1
            continue
        exact += level == g
        under += level > g
        over += level < g
        if lc.gold.human_acuity is not None:
            h = ACUITY_TO_ESI[lc.gold.human_acuity]
            h_n += 1
            h_exact += h == g
            h_under += h > g
            h_over += h < g
    return {
        "n": n,
        "abstained": abst,
        "exact_pct": _pct(exact, n),
        "under_pct": _pct(under, n),
        "over_pct": _pct(over, n),
        "human_n": h_n,
        "human_exact_pct": _pct(h_exact, h_n),
        "human_under_pct": _pct(h_under, h_n),
        "human_over_pct": _pct(h_over, h_n),
    }


def high_acuity_under(
    cases: Sequence[LabelledCase],
    outs: Sequence[ReasoningOutput],
    mode: Mode = "own",
) -> float:
    """Share of gold level 1-2 cases given a less urgent level (abstentions count)."""
    n = under = 0
    for lc, out in zip(cases, outs, strict=True):
        if lc.gold.acuity is None or ACUITY_TO_ESI[lc.gold.acuity] > 2:
            continue
        n += 1
        level = final_level(out, mode)
        under += level is None or level > ACUITY_TO_ESI[lc.gold.acuity]
    return _pct(under, n)


def _halves(
    ktas: Sequence[LabelledCase], esi: Sequence[LabelledCase]
) -> list[tuple[str, Sequence[LabelledCase], Sequence[LabelledCase]]]:
    """(suffix, ktas, esi) for the read half, the score half and the whole files."""
    k_read, k_score = read_score_split(ktas)
    e_read, e_score = read_score_split(esi)
    return [("_read", k_read, e_read), ("_score", k_score, e_score), ("", ktas, esi)]


def within_one(
    cases: Sequence[LabelledCase],
    outs: Sequence[ReasoningOutput],
    mode: Mode = "own",
) -> float:
    """Share of cases whose level is within one level of gold."""
    ok = n = 0
    for lc, out in zip(cases, outs, strict=True):
        if lc.gold.acuity is None:
            continue
        n += 1
        level = final_level(out, mode)
        ok += level is not None and abs(level - ACUITY_TO_ESI[lc.gold.acuity]) <= 1
    return _pct(ok, n)


def admit_discharge(
    cases: Sequence[LabelledCase], outs: Sequence[ReasoningOutput]
) -> dict[str, float]:
    """Admit-vs-discharge accuracy, final and before the safety floors.

    Sensitivity is the share of admissions called admit (Observation counts as
    admit), specificity the share of discharges called discharge.

    Gold rows that are neither admit nor discharge (AMA, transfer, death) are left out.
    """
    n = ok = pre_ok = floored = pred_admit = gold_admit = hit = 0
    for lc, out in zip(cases, outs, strict=True):
        if lc.gold.disposition is None:
            continue
        gold = collapse_disposition(lc.gold.disposition)
        if gold not in ("admit", "discharge"):
            continue
        final = out.final.disposition
        pred = collapse_disposition(final) if final else "other"
        rec = next((r for r in out.trace if r.stage == "disposition"), None)
        pre = pred
        if rec is not None and rec.floors_fired:
            floored += 1
            pre = "discharge" if rec.floors_fired[0].before == "Discharge" else pred
        n += 1
        ok += pred == gold
        pre_ok += pre == gold
        pred_admit += pred == "admit"
        gold_admit += gold == "admit"
        hit += gold == "admit" == pred
    return {
        "n": n,
        "accuracy_pct": _pct(ok, n),
        "pre_floor_accuracy_pct": _pct(pre_ok, n),
        "floor_fired_pct": _pct(floored, n),
        "pred_admit_pct": _pct(pred_admit, n),
        "gold_admit_pct": _pct(gold_admit, n),
        "sensitivity_pct": _pct(hit, gold_admit),
        "specificity_pct": _pct(ok - hit, n - gold_admit),
        "majority_baseline_pct": _pct(max(gold_admit, n - gold_admit), n),
    }


def demo_metrics(
    ctx: AgentContext, cases: Sequence[LabelledCase], outs: Sequence[ReasoningOutput]
) -> dict[str, float]:
    """Acuity, disposition, ICD-10 category and SCT agreement on the demo."""
    acu = dispo = cat = n = 0
    for lc, out in zip(cases, outs, strict=True):
        n += 1
        acu += out.final.acuity == lc.gold.acuity
        dispo += out.final.disposition == lc.gold.disposition
        codes = [c.replace(".", "")[:3] for c in lc.gold.icd10_codes]
        code = (out.final.icd10 or "").replace(".", "")[:3]
        cat += bool(code) and code in codes[:1]
    steps = exact = direction = 0
    for lc in cases:
        g = lc.gold
        if not g.sct_steps:
            continue
        rec = answer_sct(lc.case.one_liner or "", g.sct_pool, g.sct_steps, ctx)
        for st, res in zip(g.sct_steps, rec.sct_steps, strict=True):
            if st.gold_update is None:
                continue
            mine = next(u.update for u in res.updates if u.diagnosis == st.differential)
            steps += 1
            exact += mine == st.gold_update
            direction += (mine > 0) == (st.gold_update > 0) and (mine < 0) == (
                st.gold_update < 0
            )
    return {
        "n": n,
        "acuity_pct": _pct(acu, n),
        "disposition_pct": _pct(dispo, n),
        "icd10_category_pct": _pct(cat, n),
        "sct_steps": steps,
        "sct_exact_pct": _pct(exact, steps),
        "sct_direction_pct": _pct(direction, steps),
    }


async def main_async(shared: Path) -> dict[str, object]:
    """Load each dataset whole, run the offline reasoner, compute the metrics."""
    from cases.adapters.esi_handbook import load_esi_handbook
    from cases.adapters.ktas import load_ktas
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason

    ctx = AgentContext(knowledge=load_knowledge())
    reasoner = Reasoner(ctx)
    report: dict[str, object] = {
        "knowledge_version": ctx.knowledge.version,
        "ruleset": ctx.ruleset_version,
    }
    ktas_all = load_ktas(shared / "ktas-triage" / "data.csv").cases
    esi_path = shared / "esi-handbook-v4-vignettes" / "train.csv"
    esi_all = load_esi_handbook(esi_path).cases
    t0 = time.perf_counter()
    for half, ktas, esi in _halves(ktas_all, esi_all):
        outs = await _run_all(reasoner, ktas)
        report[f"ktas_triage{half}"] = triage_metrics(ktas, outs) | {
            "within_one_pct": within_one(ktas, outs),
            "esi12_under_pct": high_acuity_under(ktas, outs),
        }
        report[f"ktas_triage_esi_mode{half}"] = triage_metrics(ktas, outs, "esi") | {
            "within_one_pct": within_one(ktas, outs, "esi"),
            "esi12_under_pct": high_acuity_under(ktas, outs, "esi"),
        }
        report[f"ktas_disposition{half}"] = admit_discharge(ktas, outs)
        esi_outs = await _run_all(reasoner, esi)
        report[f"esi_handbook{half}"] = triage_metrics(esi, esi_outs) | {
            "within_one_pct": within_one(esi, esi_outs),
            "esi12_under_pct": high_acuity_under(esi, esi_outs),
        }
    report["shared_seconds"] = round(time.perf_counter() - t0, 1)
    demo = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    report["demo"] = demo_metrics(ctx, demo, await _run_all(reasoner, demo))
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the metrics as JSON (optionally save them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    report = asyncio.run(main_async(args.shared))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
