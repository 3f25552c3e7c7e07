"""Build the four ER-Reason SCT tables from a source encounter's SCT block.

Trajectories are derived from a belief score per pool diagnosis: each step adds its
update to that diagnosis's score and the pool is re-ranked (ties keep the previous
order). A positive update therefore never worsens that diagnosis's rank and a
negative one never improves it, so trajectories are consistent with the updates.
"""

from __future__ import annotations

import json

from cases.demo._source import SrcSCT

Row = dict[str, str | int]


def trajectories(sct: SrcSCT) -> list[dict[str, int]]:
    """Return the ranking (diagnosis -> rank, 1 = most likely) after each step.

    Args:
        sct: The source SCT block.

    Returns:
        One ranking per step, in step order.

    Raises:
        ValueError: If a step names a diagnosis outside the pool or repeats one.
    """
    pool = list(sct.prior)
    dxs = [step.dx for step in sct.steps]
    if set(dxs) != set(pool) or len(set(dxs)) != len(dxs) or len(pool) > 5:
        raise ValueError("SCT steps must name each pool diagnosis once (pool <= 5)")
    score = dict(sct.prior)
    order = sorted(pool, key=lambda d: (-score[d], pool.index(d)))
    out = []
    for step in sct.steps:
        score[step.dx] += step.update
        previous = {d: i for i, d in enumerate(order)}
        order = sorted(pool, key=lambda d: (-score[d], previous[d]))
        out.append({d: i + 1 for i, d in enumerate(order)})
    return out


def columns_for(sct: SrcSCT) -> list[int]:
    """Return the 1-based annotated_sct column index used by each step."""
    cols = [c for c in range(1, 6) if c != sct.empty_column]
    if len(sct.steps) > len(cols):
        raise ValueError("too many SCT steps for five columns")
    return cols[: len(sct.steps)]


def annotated_row(encounter_key: str, one_liner: str, sct: SrcSCT) -> Row:
    """Return the ``annotated_sct.csv`` row for one encounter."""
    row: Row = {"encounterkey": encounter_key, "One_Sentence_Extracted": one_liner}
    for i in range(1, 6):
        row[f"differential_{i}"] = ""
    for i in range(1, 6):
        row[f"evidence_{i}"] = ""
    for col, step in zip(columns_for(sct), sct.steps, strict=True):
        row[f"differential_{col}"] = step.dx + (":" if step.colon else "")
        row[f"evidence_{col}"] = step.evidence.strip()
    return row


def cleaned_rows(encounter_key: str, sct: SrcSCT) -> list[Row]:
    """Return the ``sct_cleaned_annotations.csv`` rows (one per differential)."""
    return [
        {
            "encounterkey": encounter_key,
            "differential": step.dx,
            "rationale": step.rationale.strip(),
        }
        for step in sct.steps
    ]


def gt_rows(encounter_key: str, sct: SrcSCT) -> list[Row]:
    """Return the ``gt_clean.csv`` rows (one per step) with JSON trajectories."""
    rows: list[Row] = []
    for step, ranking in zip(sct.steps, trajectories(sct), strict=True):
        ordered = dict(sorted(ranking.items(), key=lambda kv: kv[1]))
        rows.append(
            {
                "encounterkey": encounter_key,
                "differential": step.dx,
                "dxupdate": step.update,
                "dxtrajectory": json.dumps(ordered),
            }
        )
    return rows
