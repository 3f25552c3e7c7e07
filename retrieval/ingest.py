"""Index prior clinical notes into the NoteStore: ``python -m retrieval.ingest``.

Reads cases from the bundled synthetic demo (default), a real ER-Reason folder, or a
registered dataset adapter, and upserts each case's prior notes (the seven ER-Reason
note types; the current ED note is never indexed). Re-running is cheap: chunks
already in the index are skipped before embedding, so an interrupted run resumes.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from cases.models import Case, ClinicalNote, LabelledCase
from retrieval.client import DEFAULT_DB_PATH
from retrieval.hygiene import IngestReport
from retrieval.store import NoteStore

logger = logging.getLogger(__name__)

DATASETS = ("demo", "er_reason", "ktas", "esi_handbook", "medrbench", "mimic_demo")


def iter_prior_notes(cases: Iterable[Case | LabelledCase]) -> Iterator[ClinicalNote]:
    """Yield every prior note of ``cases`` (repeats across encounters included)."""
    for item in cases:
        case = item.case if isinstance(item, LabelledCase) else item
        yield from case.prior_notes


def ingest_cases(
    store: NoteStore,
    cases: Iterable[Case | LabelledCase],
    *,
    batch_size: int = 256,
    progress: bool = False,
) -> IngestReport:
    """Index the prior notes of ``cases`` into ``store``.

    Args:
        store: Target store.
        cases: Cases or labelled cases (gold labels are never read).
        batch_size: Chunks per embedding/upsert batch.
        progress: Show a tqdm progress bar.

    Returns:
        The ingest report (notes, bad inputs, chunks, added, skipped, time).
    """
    return store.add_notes(
        iter_prior_notes(cases), batch_size=batch_size, progress=progress
    )


def load_cases(
    dataset: str,
    data: Path | None = None,
    *,
    csv_name: str | None = None,
    limit: int | None = None,
) -> list[LabelledCase]:
    """Load labelled cases for ``dataset`` (see ``DATASETS``).

    Raises:
        ValueError: If ``er_reason`` is asked for without ``data``.
    """
    if dataset in ("demo", "er_reason"):
        from cases.erreason import load_erreason

        if dataset == "demo":
            from cases.demo import DEMO_DIR, ER_REASON_DEMO_CSV

            folder, name = DEMO_DIR, ER_REASON_DEMO_CSV.name
        elif data is None:
            raise ValueError("--dataset er_reason needs --data DIR")
        else:
            folder, name = data, csv_name or "er_reason.csv"
        loaded = load_erreason(folder, csv_name=name, limit=limit)
        return list(loaded.cases)
    from cases.adapters import load_adapter

    result = load_adapter(dataset, data)
    return list(result.cases[:limit] if limit is not None else result.cases)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m retrieval.ingest",
        description=(
            "Chunk, embed (offline all-MiniLM-L6-v2) and upsert the prior clinical "
            "notes of a dataset into a Chroma collection. Idempotent: chunks already "
            "indexed are skipped before embedding, so re-running resumes an "
            "interrupted ingest. Only prior notes are indexed, never the ED note."
        ),
        epilog=(
            "Examples: python -m retrieval.ingest  (bundled synthetic demo) | "
            "python -m retrieval.ingest --dataset er_reason --data ~/er_reason | "
            "python -m retrieval.ingest --chroma-url http://127.0.0.1:8765"
        ),
    )
    p.add_argument(
        "--dataset",
        choices=DATASETS,
        default="demo",
        help="source of cases (default: demo; adapters need their data)",
    )
    p.add_argument(
        "--data",
        type=Path,
        default=None,
        help="data folder (required for er_reason; optional for adapters)",
    )
    p.add_argument(
        "--csv-name",
        default=None,
        help="main CSV name inside --data (default: er_reason.csv)",
    )
    p.add_argument(
        "--db",
        type=Path,
        default=DEFAULT_DB_PATH,
        help=f"PersistentClient folder (default: {DEFAULT_DB_PATH})",
    )
    p.add_argument(
        "--chroma-url",
        default=None,
        help="use a Chroma server (http://host:port) instead of --db",
    )
    p.add_argument(
        "--collection",
        default="prior_notes",
        help="collection name (default: prior_notes)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=256,
        help="chunks per existence check, embedding call and upsert (default: 256)",
    )
    p.add_argument("--limit", type=int, default=None, help="load at most N cases")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ingest CLI; returns the process exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    try:
        cases = load_cases(
            args.dataset, args.data, csv_name=args.csv_name, limit=args.limit
        )
    except (ValueError, OSError, KeyError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    store = NoteStore(args.db, url=args.chroma_url, collection=args.collection)
    report = ingest_cases(
        store, cases, batch_size=args.batch_size, progress=not args.no_progress
    )
    summary = {
        "dataset": args.dataset,
        "cases": len(cases),
        **report.to_dict(),
        "index_chunks": store.count(),
    }
    if args.json:
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    else:
        sys.stdout.write(
            f"{summary['cases']} cases, {report.notes} notes -> "
            f"{report.chunks} chunks: "
            f"{report.added} added, {report.skipped_existing} already indexed, "
            f"{report.seconds:.1f} s ({report.chunks_per_second:.1f} chunks/s); "
            f"index holds {summary['index_chunks']} chunks.\n"
            f"bad input: {report.empty_notes} empty, {report.oversized_notes} "
            f"oversized, {report.non_utf8_notes} non-UTF-8, "
            f"{report.duplicate_key_conflicts} duplicate keys (kept), "
            f"{report.repeated_notes} repeated, {report.missing_year_notes} no year, "
            f"{len(report.errors)} errors\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
