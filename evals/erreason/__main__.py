"""ER-Reason evaluation harness CLI: ``python -m evals.erreason [run|report|compare]``.

Research software, not for clinical use.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cases.labels import STAGE_ORDER

if TYPE_CHECKING:
    from collections.abc import Mapping

    from cases.labels import StageName
    from cases.models import LabelledCase
    from evals.erreason.datasets import EvalDataset
    from evals.erreason.runner import RunResult
    from graph.settings import Settings

_DESCRIPTION = """\
ER-Reason evaluation harness (research software, not for clinical use).

Subcommands:
  run      (default when no subcommand is given) run the reasoner on a dataset,
           write <out>/run.json + <out>/cases.jsonl, then the report. Rerunning with
           the same --out resumes: cases already written are skipped.
  report   RUN_DIR: rebuild report.md / report.json / PNG plots from cases.jsonl
           (no model calls).
  compare  RUN_A RUN_B: paired differences (bootstrap 95% CI) and exact McNemar
           tests on the case ids both runs scored.
  fit      --dataset NAME --out DIR: fit calibrated acuity and admit-vs-discharge
           models and a similar-visit case library on the dataset's training split
           (the read half of a shared public file; a patient-level 80/20 split
           otherwise), with a model card. Use it with REASONER_LEARNED_MODEL=DIR.
  view     RUN_DIR [RUN_DIR2]: browse a run in the browser (paged case list with
           filters, gold beside prediction per stage; with two runs, their
           disagreements). Serves on http://127.0.0.1:8765/ by default.

Exit codes: 0 done; 1 set-up failed; 2 bad input or refused model endpoint (data
use); 3 stopped after consecutive model endpoint failures; 4 some cases failed at the
model endpoint (not scored; rerun with the same --out to retry them).

Scoring modes: 'paper' reproduces the official ER-Reason parsers and denominators
(bugs included: Less/Non-Urgent parse as Urgent, OR Admit as Admit, invalid answers
excluded); 'corrected' parses exactly and keeps every case in the denominator,
reporting coverage. With no arguments: the bundled demo, offline rules backend.
"""


def _run_parser(sub: Any) -> None:
    p = sub.add_parser("run", help="run and score a dataset (default)")
    _dataset_args(p)
    _solver_args(p)
    _execution_args(p)
    _context_args(p)


def _dataset_args(p: argparse.ArgumentParser) -> None:
    """Which cases: dataset, data path, stages, limit, shuffle."""
    p.add_argument(
        "--dataset",
        default="demo",
        choices=(
            "demo",
            "er_reason",
            "ktas",
            "esi_handbook",
            "medrbench",
            "mimic_demo",
        ),
        help="demo (bundled, default); er_reason needs --data; the adapters read "
        "../shared/data unless --data is given",
    )
    p.add_argument("--data", type=Path, help="data directory or file of the dataset")
    p.add_argument(
        "--stages",
        help="comma-separated stages to score (default: every stage the dataset "
        "supports)",
    )
    p.add_argument("--limit", type=int, help="score only the first N cases")
    p.add_argument(
        "--triage-scale",
        choices=("ESI", "KTAS", "CTAS"),
        help="the triage scale the site grades in, for every case (default: as the "
        "dataset declares it: KTAS for ktas, ESI otherwise); acuity is scored in it",
    )
    p.add_argument(
        "--shuffle",
        action="store_true",
        help="shuffle cases with --seed before --limit (files may be sorted by label)",
    )


def _solver_args(p: argparse.ArgumentParser) -> None:
    """Who answers: backend, model, endpoint, solver and prompting conditions."""
    p.add_argument(
        "--backend",
        choices=("rules", "llm", "hybrid"),
        help="reasoner backend (default: REASONER_BACKEND, else rules)",
    )
    p.add_argument(
        "--model", help="model id for llm/hybrid (default: REASONER_LLM__MODEL)"
    )
    p.add_argument(
        "--base-url",
        help="OpenAI-compatible endpoint (default: REASONER_LLM__BASE_URL)",
    )
    p.add_argument(
        "--solver",
        default="graph",
        choices=("graph", "baseline"),
        help="graph: the staged agents (any --backend); baseline: the paper's "
        "single-prompt v3 task prompts (acuity, disposition, final diagnosis) with "
        "the same model (needs --backend llm); compare the two runs with `compare`",
    )
    p.add_argument(
        "--condition",
        default="zero_shot",
        choices=("zero_shot", "step_back"),
        help="baseline prompting: zero-shot, or step-back (principles generated once "
        "per model and task, cached under --cache-dir)",
    )
    p.add_argument(
        "--sct-condition",
        default="zero_shot",
        choices=("zero_shot", "single_oracle", "full_oracle", "clinical_knowledge"),
        help="SCT suite condition (paper Tables 2-4): no rationales, this step's "
        "physician rationale, all rationales so far, or all evidence at once with "
        "one answer; answered by --backend (rules, llm or hybrid)",
    )


def _execution_args(p: argparse.ArgumentParser) -> None:
    """How the run goes: concurrency, output, modes, oracle, budget, pre-flight."""
    p.add_argument("--concurrency", type=int, default=4, help="cases in flight")
    p.add_argument("--out", type=Path, help="run directory (default runs/<timestamp>)")
    p.add_argument("--mode", default="both", choices=("paper", "corrected", "both"))
    p.add_argument(
        "--oracle",
        action="append",
        default=[],
        choices=STAGE_ORDER,
        help="inject the gold answer at this stage (repeatable): stage-wise ablation",
    )
    p.add_argument("--budget-usd", type=float, help="stop launching cases past this")
    p.add_argument(
        "--max-endpoint-failures",
        type=int,
        default=5,
        help="abort (exit 3) after this many consecutive cases failed at the model "
        "endpoint; failed cases are retried when the run is resumed (default 5)",
    )
    p.add_argument("--preflight", type=int, default=5, help="cases for the estimate")
    p.add_argument(
        "--preflight-only",
        action="store_true",
        help="run --preflight cases, print the projected tokens/$/time, stop",
    )
    p.add_argument("--ccsr", type=Path, help="AHRQ DXCCSR CSV (long or wide layout)")
    p.add_argument("--cache-dir", type=Path, default=Path(".er_reasoner/eval_cache"))


def _context_args(p: argparse.ArgumentParser) -> None:
    """What the reasoner may use and show: notes, seed, learned model, split."""
    p.add_argument(
        "--no-retrieval",
        action="store_const",
        const=False,
        dest="retrieval",
        help="run without notes (default: REASONER_RETRIEVAL, else with notes)",
    )
    p.add_argument(
        "--seed",
        type=int,
        help="model seed (default: REASONER_LLM__SEED) and shuffle/bootstrap seed "
        "(default 0)",
    )
    p.add_argument(
        "--learned-model",
        type=Path,
        help="artifact folder from `fit` (or REASONER_LEARNED_MODEL): adds the "
        "learned model and similar past visits as decision tools",
    )
    p.add_argument(
        "--split",
        default="all",
        choices=("all", "train", "held_out"),
        help="score only the training or held-out part of the split `fit` uses "
        "(read/score half of a shared file; patient-level 80/20 otherwise)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-plots", action="store_true", help="skip the PNG plots")


def build_parser() -> argparse.ArgumentParser:
    """The CLI parser (``run`` / ``report`` / ``compare``)."""
    parser = argparse.ArgumentParser(
        prog="python -m evals.erreason",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command")
    _run_parser(sub)
    rep = sub.add_parser("report", help="rebuild the report of RUN_DIR")
    rep.add_argument("run_dir", type=Path)
    rep.add_argument("--ccsr", type=Path)
    rep.add_argument("--no-plots", action="store_true", help="skip the PNG plots")
    cmp_ = sub.add_parser("compare", help="paired comparison of two runs")
    cmp_.add_argument("run_a", type=Path)
    cmp_.add_argument("run_b", type=Path)
    cmp_.add_argument("--seed", type=int, default=0)
    cmp_.add_argument("--json", action="store_true", help="print JSON, not a table")
    _fit_parser(sub)
    view = sub.add_parser("view", help="browse a run (and compare with a second)")
    view.add_argument("run_dirs", type=Path, nargs="+", metavar="RUN_DIR")
    view.add_argument("--host", default="127.0.0.1", help="bind address (loopback)")
    view.add_argument("--port", type=int, default=8765)
    return parser


def _fit_parser(sub: Any) -> None:
    p = sub.add_parser(
        "fit",
        help="fit the learned acuity/disposition models and case library",
        description="Fit calibrated acuity and admit-vs-discharge models "
        "(scikit-learn, 5-fold CV) and a similar-visit case library on the "
        "dataset's training split only; write a skops artifact with a sha256 "
        "manifest and a model card (card.md, card.json, calibration.png). "
        "Research software, not for clinical use.",
    )
    p.add_argument(
        "--dataset",
        required=True,
        choices=(
            "demo",
            "er_reason",
            "ktas",
            "esi_handbook",
            "medrbench",
            "mimic_demo",
        ),
        help="dataset to learn from (needs acuity and/or disposition labels)",
    )
    p.add_argument("--data", type=Path, help="data directory or file of the dataset")
    p.add_argument("--out", type=Path, required=True, help="artifact folder to write")
    p.add_argument("--seed", type=int, default=0, help="cross-validation seed")
    p.add_argument(
        "--admit-cost",
        type=float,
        default=2.0,
        help="cost of a missed admission relative to an unneeded one; the admission "
        "threshold is the one with the least cross-validated expected cost on the "
        "training split (near 1/(1+cost); default 2: near P >= 0.33)",
    )
    p.add_argument(
        "--max-under-triage",
        type=float,
        help="under-triage (a proportion, e.g. 0.105) that the acuity decision may "
        "reach after the ESI floor in cross-validation (default: the rules' own "
        "rate on the training split)",
    )
    p.add_argument(
        "--floor",
        choices=("handbook", "full"),
        default="handbook",
        help="ESI floor the acuity decision is fitted for: 'handbook' (default; only "
        "the handbook's mandatory criteria, decision point A and B high-risk or new "
        "confusion, floor the model's answer; severe pain and danger-zone vitals are "
        "'consider' criteria the model weighs) or 'full' (every criterion the rules "
        "floor on)",
    )
    p.add_argument(
        "--no-ngrams",
        action="store_true",
        help="leave out the character n-gram bag of the complaint text",
    )
    p.add_argument(
        "--no-library", action="store_true", help="skip the similar-visit library"
    )
    p.add_argument(
        "--resample-to",
        type=int,
        help="timing runs only: resample the training split to N rows",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def cmd_fit(args: argparse.Namespace) -> int:
    """Fit, write the artifact, print the cross-validated summary."""
    from evals.erreason.fit import fit_dataset

    res = fit_dataset(
        args.dataset,
        args.data,
        args.out,
        seed=args.seed,
        admit_cost=args.admit_cost,
        max_under_triage=args.max_under_triage,
        library=not args.no_library,
        progress=not args.quiet,
        resample_to=args.resample_to,
        floor=args.floor,
        ngrams=not args.no_ngrams,
    )
    for notice in res.notices:
        print(f"notice: {notice}", file=sys.stderr)
    cv = res.card["cv"]
    acu = cv.get("acuity_cv")
    if acu:
        for key in (
            "rules",
            "learned",
            "learned_under_floor",
            "learned_under_full_floor",
        ):
            s = acu[key]
            print(
                f"acuity {key:20s} exact {s['exact']['rate']:.3f}  "
                f"under {s['under_triage']['rate']:.3f}  "
                f"over {s['over_triage']['rate']:.3f}  "
                f"macro-F1 {s['macro_f1']['value']:.3f}"
            )
    adm = cv.get("admit_cv")
    if adm:
        s = adm["learned"]
        print(
            f"admit-vs-discharge learned   accuracy {s['accuracy']['rate']:.3f}  "
            f"missed admissions {s['missed_admission']['rate']:.3f}  "
            f"Brier {s['brier']['value']:.3f}  ECE {s['ece']['value']:.3f}"
        )
    print(f"fit in {res.wall_s:.1f}s; artifact and model card: {res.out}")
    return 0


def _print_table(metrics: dict[str, Any], mode: str) -> None:
    from evals.erreason.report import summary_rows

    cols = {"paper": (1,), "corrected": (2,), "both": (1, 2)}[mode]
    names = ["metric", *(("paper", "corrected")[c - 1] for c in cols)]
    rows = [(r[0], *(r[c] for c in cols)) for r in summary_rows(metrics)]
    widths = [max(len(str(x)) for x in col) for col in zip(names, *rows, strict=False)]
    for row in (names, *rows):
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)))


def _check_learned(folder: Path, dataset_sha256: str, split: str) -> None:
    """Refuse to score a model on rows of the split it was fitted on."""
    from agents.learned.artifact import read_manifest

    manifest = read_manifest(folder)
    if manifest.get("training", {}).get("dataset_sha256") == dataset_sha256 and (
        split != "held_out"
    ):
        raise ValueError(
            f"--learned-model {folder} was fitted on this dataset's training split; "
            "scoring it there measures leaked labels: add --split held_out"
        )


class SetupError(RuntimeError):
    """The reasoner could not be built (a problem of the install, not the input)."""


def _cases_to_run(args: argparse.Namespace) -> tuple[EvalDataset, list[LabelledCase]]:
    """Load the dataset, then apply --split, --shuffle, --limit and --preflight-only."""
    from evals.erreason.datasets import load_dataset

    stages = tuple(s.strip() for s in (args.stages or "").split(",") if s.strip())
    bad = [s for s in stages if s not in STAGE_ORDER]
    if bad:
        raise ValueError(f"--stages: unknown stage(s) {bad}; choose from {STAGE_ORDER}")
    ds = load_dataset(args.dataset, args.data, stages or None)
    for notice in ds.notices:
        print(f"notice: {notice}", file=sys.stderr)
    if args.split != "all":
        from evals.erreason.fit import training_split

        train, held, _ = training_split(ds.name, ds.cases)
        ds.cases = held if args.split == "held_out" else train
    if args.learned_model is not None:
        _check_learned(args.learned_model, ds.sha256, args.split)
    if scale := args.triage_scale:
        site = {"triage_scale": scale}
        ds.cases = [
            lc.model_copy(update={"case": lc.case.model_copy(update=site)})
            for lc in ds.cases
        ]
    if args.shuffle:
        import random

        random.Random(args.seed or 0).shuffle(ds.cases)
    cases = ds.cases[: args.limit] if args.limit else ds.cases
    if args.preflight_only:
        cases = cases[: args.preflight]
    return ds, cases


def _run_header(
    args: argparse.Namespace,
    ds: EvalDataset,
    n_cases: int,
    settings: Settings,
    versions: Mapping[str, object],
    run_stages: tuple[StageName, ...],
    n_notes: int,
) -> dict[str, object]:
    """``run.json``: what was run, on what, with which settings (no secrets)."""
    from evals.erreason.header import git_commit

    return {
        "dataset": ds.name,
        "dataset_path": str(ds.path),
        "dataset_sha256": ds.sha256,
        "n_cases": n_cases,
        "stages": list(run_stages),
        "solver": args.solver,
        "condition": args.condition if args.solver == "baseline" else None,
        "sct_condition": args.sct_condition,
        "oracle": list(args.oracle),
        "backend": settings.backend,
        "model": settings.llm.model,
        "settings": settings.public(),
        "git_commit": git_commit(),
        "versions": versions,
        "ccsr": str(args.ccsr) if args.ccsr else "bundled dxccsr v2023.1",
        "seed": args.seed or 0,
        "limit": args.limit,
        "shuffle": args.shuffle,
        "triage_scale": args.triage_scale,
        "split": args.split,
        "notes_indexed": n_notes,
        "load_report": ds.report,
    }


def _print_outcome(
    res: RunResult, args: argparse.Namespace, total: int, out: Path
) -> int:
    """The run line, the pre-flight estimate and the exit code (3, 4: endpoint)."""
    rate = res.ran / res.wall_s if res.wall_s else 0.0
    print(
        f"\n{res.ran} cases run ({res.done_before} already done, {res.errors} errors, "
        f"{res.endpoint_failures} model endpoint failures) "
        f"in {res.wall_s:.1f}s = {rate:.1f} cases/s; tokens {res.prompt_tokens}+"
        f"{res.completion_tokens}, cost ${res.cost_usd:.4f}"
        + (f"; stopped: {res.stopped}" if res.stopped else "")
    )
    if res.estimate:
        est = dict(res.estimate)
        if args.preflight_only and est.get("total_cases"):
            scale = total / est["total_cases"]  # project to the whole dataset
            for key in ("projected_prompt_tokens", "projected_completion_tokens"):
                est[key] = int(est[key] * scale)
            for key in ("projected_cost_usd", "projected_wall_s"):
                est[key] *= scale
            est["total_cases"] = total
        print(f"pre-flight estimate: {json.dumps(est)}")
    print(f"report: {out / 'report.md'}")
    if res.stopped == "endpoint_failures":
        print(
            f"error: stopped after {max(1, args.max_endpoint_failures)} consecutive "
            "model endpoint failures; check the endpoint, then rerun with the same "
            "--out to retry the failed cases",
            file=sys.stderr,
        )
        return 3
    if res.endpoint_failures:
        print(
            f"error: {res.endpoint_failures} cases failed at the model endpoint and "
            "were not scored; rerun with the same --out to retry them",
            file=sys.stderr,
        )
        return 4
    return 0


def _solver(
    args: argparse.Namespace,
    settings: Settings,
    ds: EvalDataset,
    cases: list[LabelledCase],
) -> tuple[Any, tuple[StageName, ...], int]:
    """The reasoner (or baseline), the stages it answers and the notes indexed.

    Raises:
        SetupError: the reasoner could not be built (not the user's input).
    """
    from evals.erreason import wiring

    try:
        if args.solver == "baseline":
            baseline = wiring.make_baseline(
                settings, args.condition, cases, args.cache_dir / "principles"
            )
            return baseline, tuple(s for s in ds.stages if s in baseline.tasks), 0
        reasoner = wiring.make_reasoner(settings)
        return reasoner, ds.stages, wiring.ingest_notes(reasoner, cases)
    except ValueError:
        raise
    except Exception as exc:  # not the user's input: report it, exit 1
        raise SetupError(f"could not build the reasoner: {exc}") from exc


def cmd_run(args: argparse.Namespace) -> int:
    """Load, run, score, report, print the summary table."""
    from evals.erreason import wiring
    from evals.erreason.header import versions, write_header
    from evals.erreason.icd import load_ccsr
    from evals.erreason.report import build_report
    from evals.erreason.runner import RunOptions, run_cases

    ds, cases = _cases_to_run(args)
    ccsr = load_ccsr(args.ccsr)
    out = args.out or Path("runs") / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out.mkdir(parents=True, exist_ok=True)
    settings = wiring.make_settings(
        backend=args.backend,
        model=args.model,
        base_url=args.base_url,
        seed=args.seed,
        chroma_path=args.cache_dir / f"chroma-{ds.name}-{ds.sha256[:12]}",
        retrieval=args.retrieval,
        credentialed=ds.credentialed,
        learned_model=args.learned_model,
    )
    wiring.check_data_use(settings)  # before anything could connect
    reasoner, run_stages, n_notes = _solver(args, settings, ds, cases)
    if settings.backend != "rules":
        from evals.erreason.cache import install_cache

        install_cache(args.cache_dir / "responses.sqlite")
    header = _run_header(
        args, ds, len(cases), settings, versions(reasoner), run_stages, n_notes
    )
    write_header(out, header)
    graph = args.solver == "graph"
    opts = RunOptions(
        out=out,
        stages=run_stages,
        concurrency=args.concurrency,
        oracle=tuple(args.oracle),
        budget_usd=args.budget_usd,
        preflight_n=args.preflight,
        progress=not args.quiet,
        sct=wiring.make_sct_hook(reasoner, settings, args.sct_condition)
        if graph
        else None,
        ehr_review=wiring.make_ehr_review_hook(reasoner) if graph else None,
        max_endpoint_failures=max(1, args.max_endpoint_failures),
    )
    total = len(ds.cases[: args.limit] if args.limit else ds.cases)
    res = asyncio.run(run_cases(reasoner, cases, opts, ccsr))
    metrics = build_report(out, ccsr, plots=not args.no_plots)
    _print_table(metrics, args.mode)
    return _print_outcome(res, args, total, out)


def cmd_report(args: argparse.Namespace) -> int:
    """Rebuild report.md / report.json / plots from a run's cases.jsonl."""
    from evals.erreason.icd import load_ccsr
    from evals.erreason.report import build_report

    metrics = build_report(args.run_dir, load_ccsr(args.ccsr), plots=not args.no_plots)
    _print_table(metrics, "both")
    print(f"report: {args.run_dir / 'report.md'}")
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    """Serve the run viewer for one run, or two side by side."""
    if len(args.run_dirs) > 2:
        raise ValueError("view takes one or two run directories")
    from evals.erreason.viewer import create_viewer_app, serve

    app = create_viewer_app(args.run_dirs)  # indexes the runs first
    if args.host not in {"127.0.0.1", "localhost", "::1"}:
        print(
            f"warning: serving run data without authentication on "
            f"{args.host}; run data may be credentialed",
            file=sys.stderr,
        )
    print(f"run viewer: http://{args.host}:{args.port}/ (Ctrl-C stops it)")
    serve(app, args.host, args.port)
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    """Paired comparison of two runs (table, or the raw figures with --json)."""
    from evals.erreason.compare import compare_runs, format_comparison

    result = compare_runs(args.run_a, args.run_b, args.seed)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_comparison(result, str(args.run_a), str(args.run_b)))
    return 0


def main(argv: list[str] | None = None) -> int:
    """CLI entry point; bad input prints a message and returns 2 (no traceback)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"run", "report", "compare", "fit", "view", "-h", "--help"}
    if not argv or argv[0] not in commands:
        argv = ["run", *argv]
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    from agents.learned.artifact import ArtifactError
    from cases.errors import DataError
    from evals.erreason.datasets import DatasetError
    from evals.erreason.fit import FitError
    from evals.erreason.header import RunMismatchError
    from evals.erreason.icd import CCSRFormatError
    from evals.erreason.wiring import DataUseRefusedError

    handlers = {
        "report": cmd_report,
        "view": cmd_view,
        "compare": cmd_compare,
        "fit": cmd_fit,
    }
    try:
        return handlers.get(args.command, cmd_run)(args)
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except DataUseRefusedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (
        DataError,
        DatasetError,
        FitError,
        ArtifactError,
        CCSRFormatError,
        RunMismatchError,
        FileNotFoundError,
        ValueError,
    ) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
