"""Build ``report.md``, ``report.json`` and PNG plots from a run directory.

Everything is computed from ``cases.jsonl`` (no model calls), so a report can be
rebuilt at any time: ``python -m evals.erreason report RUN_DIR``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.erreason.icd import CCSRMap
from evals.erreason.parsing import MODES
from evals.erreason.published import beside_paper_lines
from evals.erreason.records import CaseRecord, finite, read_records
from evals.erreason.scorers import score_stages
from evals.erreason.summary import compute_metrics


def _f(x: Any, pct: bool = True) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{100 * x:.1f}%" if pct else f"{x:.3f}"


def _ci(r: dict[str, Any]) -> str:
    if not r or not r.get("n"):
        return "–"
    return (
        f"{_f(r['rate'])} [{_f(r['ci_low'])}, {_f(r['ci_high'])}] "
        f"({r['hits']}/{r['n']})"
    )


def summary_rows(m: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(metric, paper, corrected) rows for the headline table."""
    modes = m["modes"]
    rows: list[tuple[str, str, str]] = []

    def get(mode: str, *path: str) -> Any:
        cur: Any = modes.get(mode, {})
        for key in path:
            cur = cur.get(key, {}) if isinstance(cur, dict) else {}
        return cur

    def row(label: str, *path: str, kind: str = "ci") -> None:
        vals = []
        for mode in MODES:
            value = get(mode, *path)
            if kind == "ci":
                vals.append(_ci(value))
            else:
                vals.append(_f(value if value != {} else None, kind == "pct"))
        rows.append((label, vals[0], vals[1]))

    present = modes.get("corrected", {})
    for stage, label in (("triage", "acuity"), ("disposition", "disposition")):
        if stage in present:
            row(f"{label} accuracy", stage, "classification")
            row(f"{label} coverage", stage, "classification", "coverage", kind="pct")
            row(f"{label} macro-F1", stage, "classification", "macro_f1", kind="num")
    if "triage" in present:
        for key in ("under_triage", "over_triage", "under_triage_esi12"):
            row(key.replace("_", "-"), "triage", "safety", key)
    if "disposition" in present:
        row("unsafe discharge", "disposition", "safety", "unsafe_discharge")
    if "diagnosis" in present:
        keys = ["exact", "category3", "ccsr", "ccsr_mapped_gold", "valid_code_rate"]
        for key in keys if get("corrected", "diagnosis", "exact").get("n") else []:
            row(f"ICD-10 {key}", "diagnosis", key)
        if get("corrected", "diagnosis", "name_match"):
            row("diagnosis name match", "diagnosis", "name_match")
    if "cross_stage" in present:
        for key in ("high", "low", "overall"):
            row(f"cross-stage {key}", "cross_stage", key)
    if "sct" in present:
        for label, path in (
            ("SCT DxUpdate κ", ("dx_update", "kappa_mean")),
            ("SCT DxTrajectory ρ", ("trajectory", "dx_trajectory")),
            ("SCT FinalDx top-1", ("trajectory", "final_top1")),
            ("SCT FinalDx top-3", ("trajectory", "final_top3")),
            ("SCT coherence", ("coherence", "coherence")),
        ):
            row(label, "sct", *path, kind="num")
    return rows


def _table(headers: list[str], rows: Sequence[tuple[str, ...]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def _ehr_lines(ehr: dict[str, Any] | None) -> list[str]:
    """The EHR-review section (suite runs only), ROUGE F as fractions."""
    if not ehr or "official" not in ehr:
        return []
    rows = [
        (
            label,
            str(int(ehr[key]["n"])),
            *(_f(ehr[key][k], False) for k in ("rouge1", "rouge2", "rougeL")),
        )
        for key, label in (
            ("official", "with discharge summary (official)"),
            ("all_rows", "all rows"),
        )
    ]
    return [
        "",
        "## EHR review",
        "",
        _table(["rows", "n", "ROUGE-1 F", "ROUGE-2 F", "ROUGE-L F"], rows),
    ]


def _load_lines(header: dict[str, Any]) -> list[str]:
    """The dataset loader's report: rows read, skipped and warned, located."""
    rep = header.get("load_report") or {}
    if not rep:
        return []
    skipped = rep.get("skipped") or {}
    warned = rep.get("warnings") or {}
    lines = [
        "",
        "## Data loading",
        "",
        f"- rows read: {rep.get('rows_read', 0)}, cases loaded: "
        f"{rep.get('cases_loaded', 0)}, rows skipped: {sum(skipped.values())}",
    ]
    lines += [f"- skipped ({k}): {v}" for k, v in sorted(skipped.items())]
    lines += [f"- warning ({k}): {v}" for k, v in sorted(warned.items())]
    issues = rep.get("issues") or []
    if issues:
        lines += ["", "First located problems (no note text):", ""]
        lines += [f"- {i}" for i in issues[:20]]
    return lines


def _sct_lines(m: dict[str, Any], header: dict[str, Any]) -> list[str]:
    """SCT figures (corrected mode) with bootstrap intervals, top-1 by timestep."""
    sct = m["modes"].get("corrected", {}).get("sct")
    if not sct:
        return []
    boot = sct.get("bootstrap", {})
    rows = []
    for label, key, value in (
        ("DxUpdate κ", "dx_update.kappa_mean", sct["dx_update"]["kappa_mean"]),
        (
            "DxTrajectory ρ",
            "trajectory.dx_trajectory",
            sct["trajectory"]["dx_trajectory"],
        ),
        ("FinalDx top-1", "trajectory.final_top1", sct["trajectory"]["final_top1"]),
        ("FinalDx top-3", "trajectory.final_top3", sct["trajectory"]["final_top3"]),
        ("coherence", "coherence.coherence", sct["coherence"]["coherence"]),
    ):
        ci = boot.get(key)
        interval = f"[{ci['ci_low']:.3f}, {ci['ci_high']:.3f}]" if ci else "–"
        rows.append((label, _f(value, False), interval))
    by_t = ", ".join(
        f"T{t} {v:.3f}" for t, v in sct.get("top1_by_timestep", {}).items()
    )
    return [
        "",
        f"## SCT ({header.get('sct_condition') or 'zero_shot'}, corrected mode)",
        "",
        _table(["metric", "value", "95% bootstrap CI (1,000)"], rows),
        "",
        f"- coherence pairs N = {sct['coherence']['n_pairs']}; invalid step answers: "
        f"{sct.get('invalid_steps', 0)}; cases: {sct['n_cases']}",
        f"- top-1 by timestep: {by_t or '–'}",
    ]


def _failure_lines(m: dict[str, Any]) -> list[str]:
    n = m.get("n_endpoint_failures", 0)
    if not n:
        return []
    return [
        f"- **model endpoint failures: {n}** cases not scored (the endpoint was down "
        "or timed out); rerun with the same `--out` to retry them"
    ]


def _human_lines(m: dict[str, Any]) -> list[str]:
    human = m.get("human_triage")
    if not human:
        return []
    return [
        "## Human (triage nurse) baseline",
        "",
        _table(
            ["metric", "nurses"],
            [
                ("acuity accuracy", _ci(human["classification"])),
                ("under-triage", _ci(human["safety"]["under_triage"])),
                ("over-triage", _ci(human["safety"]["over_triage"])),
            ],
        ),
        "",
    ]


def _calibration_lines(m: dict[str, Any]) -> list[str]:
    lines = []
    for stage in ("triage", "disposition"):
        cal = m.get("calibration", {}).get(stage, {})
        if cal.get("n"):
            lines.append(
                f"- {stage} calibration: Brier {_f(cal['brier'], False)}, "
                f"ECE {_f(cal['ece'], False)} (n={cal['n']})"
            )
    return lines


def _rationale_lines(m: dict[str, Any]) -> list[str]:
    if "rationale" not in m:
        return []
    r = m["rationale"]
    return [
        "",
        "## Rationale",
        "",
        f"- rule-out recall: {_f(r['rule_out_recall']['mean'])} "
        f"(n={r['rule_out_recall']['n']})",
        f"- must-not-miss coverage (Rule_Out dx flagged or worked on the ledger): "
        f"{_f(r['must_not_miss_coverage']['mean'])} "
        f"(n={r['must_not_miss_coverage']['n']})",
        f"- treatment-plan ROUGE-L recall: "
        f"{_f(r['treatment_plan_rougeL_recall']['mean'])}",
    ]


def _cost_lines(m: dict[str, Any]) -> list[str]:
    c = m["costs"]
    return [
        "",
        "## Cost and latency",
        "",
        f"- tokens: {c['total_prompt_tokens']} prompt, {c['total_completion_tokens']} "
        f"completion; cost ${c['total_cost_usd']:.4f}",
        "",
        _table(
            ["stage", "latency mean ms", "p95 ms", "prompt tok", "completion tok"],
            [
                (
                    s,
                    f"{d['latency_ms_mean']:.1f}",
                    f"{d['latency_ms_p95']:.1f}",
                    f"{d['prompt_tokens_mean']:.0f}",
                    f"{d['completion_tokens_mean']:.0f}",
                )
                for s, d in c["per_stage"].items()
            ],
        ),
        "",
    ]


def render_markdown(m: dict[str, Any], header: dict[str, Any], plots: list[str]) -> str:
    """The human-readable report."""
    parts = [
        "# ER-Reason evaluation report",
        "",
        "Research software, not for clinical use.",
        "",
        f"- dataset: `{header.get('dataset')}` "
        f"(sha256 `{str(header.get('dataset_sha256'))[:16]}…`)",
        f"- cases: {m['n_cases']} (errors: {m['n_errors']}); "
        f"stages: {', '.join(m['stages'])}",
        *_failure_lines(m),
        f"- backend: `{header.get('backend')}`, model: `{header.get('model')}`; "
        f"oracle: {header.get('oracle') or 'none'}",
        f"- git: `{header.get('git_commit')}`; started: {header.get('started_at')}",
        "",
        "`paper` reproduces the official parsers and denominators (invalid answers "
        "excluded for acuity/disposition); `corrected` parses exactly and keeps every "
        "case in the denominator. Intervals are Wilson 95%.",
        "",
        _table(["metric", "paper", "corrected"], summary_rows(m)),
        *beside_paper_lines(m, header.get("dataset")),
        "",
    ]
    parts += _human_lines(m)
    parts += _calibration_lines(m)
    parts += _rationale_lines(m)
    parts += _sct_lines(m, header)
    parts += _ehr_lines(m.get("ehr_review"))
    parts += _load_lines(header)
    parts += _cost_lines(m)
    parts += [f"![{p}]({p})" for p in plots]
    return "\n".join(parts) + "\n"


def rescore(record: CaseRecord, ccsr: CCSRMap | None) -> CaseRecord:
    """Recompute a record's scores from its trace and gold (pure; no model calls)."""
    scores = {
        m: score_stages(record.trace, record.gold, record.stages, m, ccsr)
        for m in MODES
    }
    return record.model_copy(update={"scores": scores})


def build_report(
    run_dir: Path, ccsr: CCSRMap | None, plots: bool = True
) -> dict[str, Any]:
    """Write report.json, report.md and the plots into ``run_dir``; return metrics.

    Raises:
        FileNotFoundError: ``run_dir`` has no ``cases.jsonl``.
    """
    path = run_dir / "cases.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist (not a run directory)")
    records = [r if r.retryable else rescore(r, ccsr) for r in read_records(path)]
    header_path = run_dir / "run.json"
    header = json.loads(header_path.read_text()) if header_path.exists() else {}
    metrics = compute_metrics(records, ccsr)
    from evals.erreason.plots import write_plots

    names = write_plots(metrics, run_dir) if plots else []
    # Strict JSON: NaN (an empty mean, a metric without cases) becomes null.
    doc = finite({"header": header, "metrics": metrics})
    (run_dir / "report.json").write_text(
        json.dumps(doc, indent=2, default=str, allow_nan=False)
    )
    (run_dir / "report.md").write_text(render_markdown(metrics, header, names))
    return metrics
