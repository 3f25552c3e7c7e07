"""Benchmark (a): NoteStore ingest throughput vs the raw model on the same texts.

Runs in one process: embeds the chunk texts with the bare model (batch 64), then
ingests the same notes into a fresh on-disk Chroma store (chunking, token check,
existence check, embedding, upsert), alternating for ``--rounds`` rounds. Reports the
median chunks/s of each and their ratio (goal >= 0.8).

Usage: python benchmarks/retrieval_ingest.py [--copies 3] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time

from benchmarks.retrieval_common import (
    demo_cases,
    machine,
    perturb,
    unique_prior_notes,
)
from retrieval.chunking import chunk_note, embedding_text
from retrieval.embeddings import SentenceTransformerEmbedder
from retrieval.store import NoteStore


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=3, help="perturbed copies of demo")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64, help="model batch")
    ap.add_argument("--ingest-batch", type=int, default=256, help="store batch")
    args = ap.parse_args()

    base = unique_prior_notes(demo_cases())
    notes = [perturb(n, c) for c in range(args.copies) for n in base]
    emb = SentenceTransformerEmbedder(batch_size=args.batch_size)
    emb.encode(["warm up"])
    chunk_lists = [
        chunk_note(n, token_counter=emb.count_tokens, max_tokens=emb.max_tokens)
        for n in notes
    ]
    texts = [embedding_text(c) for cl in chunk_lists for c in cl]
    raw, ingest = [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        emb.encode(texts)
        raw.append(len(texts) / (time.perf_counter() - t))
        with tempfile.TemporaryDirectory() as d:
            store = NoteStore(d, embedder=emb)
            rep = store.add_notes(notes, batch_size=args.ingest_batch)
            assert rep.added == len(texts), (rep.added, len(texts))
            ingest.append(rep.chunks_per_second)
            t = time.perf_counter()
            again = store.add_notes(notes, batch_size=args.ingest_batch)
            reingest_s = time.perf_counter() - t
            assert again.added == 0
    raw_m, ing_m = statistics.median(raw), statistics.median(ingest)
    print(
        json.dumps(
            {
                "machine": machine(),
                "notes": len(notes),
                "chunks": len(texts),
                "model_batch": args.batch_size,
                "ingest_batch": args.ingest_batch,
                "mean_chunk_chars": round(sum(map(len, texts)) / len(texts)),
                "raw_encode_chunks_per_s": [round(x, 1) for x in raw],
                "ingest_chunks_per_s": [round(x, 1) for x in ingest],
                "ratio_median": round(ing_m / raw_m, 3),
                "reingest_seconds_last_round": round(reingest_s, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
