"""ER-Reason SCT files → gold ``SCTStep`` sequences and fixed pools."""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from pathlib import Path
from typing import Final

from cases._csvio import cell, read_csv_robust, records
from cases.errors import DataError
from cases.models import SCTStep
from cases.reports import ReportBuilder

SCT_MASTER: Final = "sct-annotations.csv"
SCT_STEPS: Final = "annotated_sct.csv"
SCT_RATIONALES: Final = "sct_cleaned_annotations.csv"
SCT_GOLD: Final = "gt_clean.csv"
SCT_FILES: Final = (SCT_MASTER, SCT_STEPS, SCT_RATIONALES, SCT_GOLD)
MAX_STEPS: Final = 5

TYPO_FIXES: Final[dict[str, str]] = {
    "aspergillosus": "aspergillosis",
    "arrythmia": "arrhythmia",
    "intraparynchemal": "intraparenchymal",
}
"""The known typos that ``sct_eval.py`` fixes in gold and model differential names."""

SCTGold = dict[str, tuple[tuple[SCTStep, ...], tuple[str, ...]]]
"""encounterkey -> (steps in timestep order, fixed pool)."""


def clean_differential(name: str) -> str:
    """Strip whitespace and trailing ":" and fix the spec's known typos."""
    text = " ".join(name.split()).rstrip(":").strip()
    for wrong, right in TYPO_FIXES.items():
        text = re.sub(wrong, right, text, flags=re.IGNORECASE)
    return text


def _key(name: str) -> str:
    return clean_differential(name).lower()


def _parse_trajectory(
    raw: str | None, err: DataError, report: ReportBuilder
) -> dict[str, int] | None:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return {clean_differential(str(k)): int(v) for k, v in dict(data).items()}
    except (ValueError, TypeError):
        report.warn("sct_bad_trajectory", err)
        return None


def _parse_update(raw: str | None, err: DataError, report: ReportBuilder) -> int | None:
    if raw is None:
        return None
    try:
        value = int(float(raw))
    except ValueError:
        value = 99
    if -2 <= value <= 2:
        return value
    report.warn("sct_bad_update", err)
    return None


_GoldRows = dict[tuple[str, str], deque[tuple[str | None, str | None, DataError]]]
"""(encounterkey, differential key) -> queued (update, trajectory, error to report)."""


def _master_keys(data_dir: Path) -> set[str]:
    frame, _ = read_csv_robust(data_dir / SCT_MASTER)
    return {str(k).strip() for k in frame["encounterkey"].dropna()}


def _rationales(data_dir: Path) -> dict[tuple[str, str], str]:
    """Physician rationales by (encounterkey, differential key); first one wins."""
    rationales: dict[tuple[str, str], str] = {}
    frame, _ = read_csv_robust(data_dir / SCT_RATIONALES)
    for row in records(frame):
        enc, dx, text = (
            cell(row, "encounterkey"),
            cell(row, "differential"),
            cell(row, "rationale"),
        )
        if enc and dx and text:
            rationales.setdefault((enc, _key(dx)), text)
    return rationales


def _gold_rows(data_dir: Path) -> _GoldRows:
    gold_rows: _GoldRows = defaultdict(deque)
    frame, _ = read_csv_robust(data_dir / SCT_GOLD)
    for i, row in enumerate(records(frame), start=1):
        enc, dx = cell(row, "encounterkey"), cell(row, "differential")
        if enc and dx:
            err = DataError(
                "bad SCT gold value", file=SCT_GOLD, row=i, column="dxupdate"
            )
            gold_rows[(enc, _key(dx))].append(
                (cell(row, "dxupdate"), cell(row, "dxtrajectory"), err)
            )
    return gold_rows


def _case_steps(
    row: dict[str, object],
    i: int,
    enc: str,
    gold_rows: _GoldRows,
    rationales: dict[tuple[str, str], str],
    report: ReportBuilder,
) -> list[SCTStep]:
    """The steps of one SCT row (file row ``i``), each with its gold when found."""
    steps: list[SCTStep] = []
    for t in range(1, MAX_STEPS + 1):
        dx, evidence = cell(row, f"differential_{t}"), cell(row, f"evidence_{t}")
        if dx is None:
            continue
        dx = clean_differential(dx)
        queue = gold_rows.get((enc, dx.lower()))
        update = ranking = None
        if queue:
            raw_update, raw_traj, err = queue.popleft()
            update = _parse_update(raw_update, err, report)
            ranking = _parse_trajectory(raw_traj, err, report)
        else:
            report.warn(
                "sct_step_without_gold",
                DataError(
                    "no gold row", file=SCT_STEPS, row=i, column=f"differential_{t}"
                ),
            )
        steps.append(
            SCTStep(
                timestep=t,
                differential=dx,
                evidence=evidence or "",
                rationale=rationales.get((enc, dx.lower())),
                gold_update=update,
                gold_ranking=ranking,
            )
        )
    return steps


def load_sct(data_dir: Path, report: ReportBuilder) -> SCTGold:
    """Load SCT gold steps; missing files are recorded and the suite skipped.

    Args:
        data_dir: The folder with the SCT files.
        report: Receives missing files, skipped suites and per-row warnings.

    Returns:
        SCT gold by encounterkey; empty when the required files are missing.
    """
    missing = [name for name in SCT_FILES if not (data_dir / name).exists()]
    report.missing_files.extend(missing)
    if SCT_STEPS in missing or SCT_GOLD in missing:
        report.skipped_suites.append("sct")
        return {}
    if SCT_RATIONALES in missing:
        report.skipped_suites.append("sct_oracle")
    master = _master_keys(data_dir) if SCT_MASTER not in missing else None
    rationales = _rationales(data_dir) if SCT_RATIONALES not in missing else {}
    gold_rows = _gold_rows(data_dir)
    out: SCTGold = {}
    frame, _ = read_csv_robust(data_dir / SCT_STEPS)
    for i, row in enumerate(records(frame), start=1):
        enc = cell(row, "encounterkey")
        if enc is None or (master is not None and enc not in master):
            report.warn(
                "sct_row_not_in_master" if enc else "sct_row_missing_encounterkey"
            )
            continue
        steps = _case_steps(row, i, enc, gold_rows, rationales, report)
        pool = tuple(dict.fromkeys(step.differential for step in steps))
        out[enc] = (tuple(steps), pool)
    return out
