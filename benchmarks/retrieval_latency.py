"""Benchmark (b): query latency, disk and memory on an ER-Reason-scale index.

The corpus is the demo's prior notes copied to ``--notes`` (default 25,174, the size
of ER-Reason) by perturbation: each copy gets a new patient id and key and its digits
changed (same length, so chunk boundaries are unchanged). Embedding 25k notes for real
would take hours on 2 shared cores, so copies are indexed with the real MiniLM vector
of their base chunk plus Gaussian noise (``NoisyCopyEmbedder``, benchmark-only). The
index therefore has the real size and dimensionality; queries are embedded for real.

Latency covers ``NoteStore.search`` end to end (query embedding, Chroma query with the
patient/year/exclusion filter, BM25 on the patient's chunks, fusion): "cold" clears
the query-vector cache before each search; "warm" repeats the queries.

Usage: python benchmarks/retrieval_latency.py [--notes 25174] [--searches 200]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.retrieval_common import (
    demo_cases,
    digit_mask,
    dir_mib,
    machine,
    perturb,
    rss_mib,
    unique_prior_notes,
)
from retrieval.chunking import chunk_note, embedding_text
from retrieval.embeddings import SentenceTransformerEmbedder
from retrieval.store import NoteStore


class NoisyCopyEmbedder:
    """Benchmark-only: real base vectors plus seeded noise for perturbed copies."""

    def __init__(self, real: SentenceTransformerEmbedder, base_texts: list[str]):
        vecs = real.encode(base_texts)
        self.table = {digit_mask(t): v for t, v in zip(base_texts, vecs, strict=True)}
        self.real, self.fallbacks = real, 0

    dim = property(lambda self: self.real.dim)
    model_id = property(lambda self: self.real.model_id)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return noisy copies of the base vectors (real encode as a fallback)."""
        out = []
        for t in texts:
            base = self.table.get(digit_mask(t))
            if base is None:
                self.fallbacks += 1
                base = self.real.encode([t])[0]
            rng = np.random.default_rng(zlib.crc32(t.encode()))
            v = base + rng.normal(0, 0.02, base.shape).astype(np.float32)
            out.append(v / np.linalg.norm(v))
        return np.stack(out).astype(np.float32)


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs) * 1000, q))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--notes", type=int, default=25_174)
    ap.add_argument("--searches", type=int, default=200)
    ap.add_argument("--db", type=Path, default=None, help="keep the index here")
    args = ap.parse_args()

    cases = demo_cases()
    base = unique_prior_notes(cases)
    copies = -(-args.notes // len(base))
    notes = [perturb(n, c) for c in range(copies) for n in base][: args.notes]
    real = SentenceTransformerEmbedder()
    base_texts = list(
        dict.fromkeys(embedding_text(c) for n in base for c in chunk_note(n))
    )
    fake = NoisyCopyEmbedder(real, base_texts)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name)
    t = time.perf_counter()
    rep = NoteStore(db, embedder=fake).add_notes(notes, batch_size=2048)
    build_s = time.perf_counter() - t
    store = NoteStore(db, embedder=real)  # searches embed queries for real

    qpath = Path(__file__).parent / "data" / "retrieval_questions.jsonl"
    questions = [json.loads(x)["question"] for x in qpath.read_text().splitlines() if x]
    stage_set = [
        "chest pain",
        "coronary artery disease CAD prior MI stent",
        "anticoagulation warfarin apixaban",
        "renal function creatinine CKD",
        "allergies",
        "home medications",
        "code status DNR",
        "ejection fraction",
    ]
    patients = sorted({n.patient_id for n in notes})
    rng = random.Random(0)
    runs = {"cold_single": [], "warm_single": [], "cold_stage_set": []}
    for i in range(args.searches):
        pid = rng.choice(patients)
        q = questions[i % len(questions)]
        kw = {"patient_id": pid, "before_year": 2030, "exclude_note_keys": ["ED"]}
        store.embedder._cache.clear()  # type: ignore[attr-defined]
        t = time.perf_counter()
        store.search([q], k=5, **kw)
        runs["cold_single"].append(time.perf_counter() - t)
        t = time.perf_counter()
        store.search([q], k=5, **kw)
        runs["warm_single"].append(time.perf_counter() - t)
        if i % 4 == 0:
            store.embedder._cache.clear()  # type: ignore[attr-defined]
            t = time.perf_counter()
            store.search(stage_set, k=8, **kw)
            runs["cold_stage_set"].append(time.perf_counter() - t)
    # Query embedding alone, for attribution.
    enc = []
    for q in questions[:50]:
        t = time.perf_counter()
        real.encode([q])
        enc.append(time.perf_counter() - t)
    out = {
        "machine": machine(),
        "notes": len(notes),
        "patients": len(patients),
        "chunks": store.count(),
        "build_seconds": round(build_s, 1),
        "embedding_fallbacks": fake.fallbacks,
        "disk_mib": round(dir_mib(db), 1),
        "peak_rss_mib": round(rss_mib(), 1),
        "query_embed_ms_p50": round(pct(enc, 50), 1),
        **{
            f"{name}_ms": {
                "n": len(xs),
                "p50": round(pct(xs, 50), 1),
                "p95": round(pct(xs, 95), 1),
            }
            for name, xs in runs.items()
        },
        "report": {k: v for k, v in rep.to_dict().items() if k != "errors"},
    }
    print(json.dumps(out, indent=2))
    tmp.cleanup()


if __name__ == "__main__":
    main()
