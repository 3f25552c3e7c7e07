"""Complaint matching on a fresh gold table written before the matcher was run on it.

Research software, not for clinical use. Usage::

    python -m benchmarks.complaint_gold [--table tests/data/complaints/gold_text16.tsv]

The table (text, acceptable knowledge-base complaint ids separated by ``|``, ``-`` for
"no complaint fits", CEDIS complaint) phrases CEDIS v2 presenting complaints in triage
wording. It was committed before the first run, so it measures the matcher rather than
fitting it. Prints the share matched right and the misses as JSON.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agents.offline.knowledge import load_knowledge

TABLE = Path(__file__).resolve().parent.parent / "tests/data/complaints/gold_text16.tsv"


def read_table(path: Path) -> list[tuple[str, frozenset[str | None]]]:
    """Rows of a gold table: (text, acceptable complaint ids; None = no complaint).

    Raises:
        ValueError: naming the line when a row does not have three tab-separated cells.
    """
    rows: list[tuple[str, frozenset[str | None]]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"{path}:{n}: expected 3 tab-separated cells")
        ids = {None if c == "-" else c for c in cells[1].split("|")}
        rows.append((cells[0], frozenset(ids)))
    return rows


def main() -> None:
    """Match every phrase of the table and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--table", type=Path, default=TABLE, help="gold table (TSV)")
    args = parser.parse_args()
    kb = load_knowledge()
    rows = read_table(args.table)
    misses = []
    for text, expected in rows:
        spec = kb.match_complaint(text)
        got = None if spec is None else spec.id
        if got not in expected:
            want = sorted(map(str, expected))
            misses.append({"text": text, "expected": want, "got": got})
    report = {
        "phrasings": len(rows),
        "right_pct": round(100 * (1 - len(misses) / len(rows)), 1),
        "misses": misses,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
