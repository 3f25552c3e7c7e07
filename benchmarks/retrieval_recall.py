"""Benchmark (c): recall@k on the labelled retrieval questions (dense/lexical/hybrid).

Each question names a patient, an encounter, the prior note that answers it and the
answer text. The demo's prior notes are ingested with the real MiniLM model; each
question is searched as that encounter would search (its prior-note keys allowed, its
arrival year as ``before_year``, its ED note excluded). A question counts as found when
a top-k chunk comes from the gold note and contains the answer text (whitespace and
case normalised); note-level recall (gold note among the top-k) is reported too.

Usage: python benchmarks/retrieval_recall.py [--k 5]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from benchmarks.retrieval_common import demo_cases, machine
from retrieval.embeddings import SentenceTransformerEmbedder
from retrieval.ingest import ingest_cases
from retrieval.store import NoteStore


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--k", type=int, default=5)
    args = ap.parse_args()
    qpath = Path(__file__).parent / "data" / "retrieval_questions.jsonl"
    items = [json.loads(x) for x in qpath.read_text().splitlines() if x.strip()]
    cases = {c.case.encounter_id: c.case for c in demo_cases()}
    with tempfile.TemporaryDirectory() as d:
        store = NoteStore(d, embedder=SentenceTransformerEmbedder())
        rep = ingest_cases(store, cases.values())
        res: dict[str, dict[str, int]] = {}
        misses: dict[str, list[str]] = {}
        skipped = 0
        for it in items:
            case = cases.get(it["encounter_id"])
            if case is None:
                skipped += 1
                continue
            kw = {
                "patient_id": it["patient_id"],
                "allowed_note_keys": [n.note_key for n in case.prior_notes],
                "before_year": case.arrival.year,
                "exclude_note_keys": [case.ed_note_key] if case.ed_note_key else [],
                "k": args.k,
            }
            for mode in ("dense", "lexical", "hybrid"):
                hits = store.search([it["question"]], mode=mode, **kw)  # type: ignore[arg-type]
                r = res.setdefault(mode, {"chunk": 0, "note": 0, "n": 0})
                r["n"] += 1
                gold = [h for h in hits if h.chunk.note_key == it["note_key"]]
                r["note"] += bool(gold)
                ok = any(norm(it["answer"]) in norm(h.chunk.text) for h in gold)
                r["chunk"] += ok
                if not ok:
                    misses.setdefault(mode, []).append(it["qid"])
    out = {
        "machine": machine(),
        "questions": len(items),
        "skipped_no_case": skipped,
        "chunks_indexed": rep.added,
        f"recall@{args.k}": {
            m: {
                "chunk_with_answer": round(r["chunk"] / r["n"], 3),
                "gold_note": round(r["note"] / r["n"], 3),
                "n": r["n"],
            }
            for m, r in res.items()
        },
        "misses": misses,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
