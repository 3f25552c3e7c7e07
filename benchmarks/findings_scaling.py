"""Benchmark: findings extraction time versus text size, up to 1 MB (issue 16).

The adversarial test found ``extract_findings`` quadratic on concept-dense text
without sentence breaks (11 KB 1.25 s, 22 KB 4.8 s, 44 KB 18.7 s, 88 KB 77 s). This
script times it on the same kind of text, synthetic and invented: clinical phrases,
negations and history cues joined by commas with no sentence end, doubling from
11 KB to 1 MB (sizes in characters, ASCII). A linear extractor keeps the time per
KB flat. Sizes whose previous size took longer than ``--max-s`` are skipped (the
quadratic code would take hours at 1 MB).

Usage: python -m benchmarks.findings_scaling [--max-kb 1024] [--max-s 60]
"""

from __future__ import annotations

import argparse
import json
import os
import time

PHRASES = (
    "chest pain radiating to the left arm",
    "denies shortness of breath",
    "no fever or chills",
    "history of hypertension and diabetes",
    "nausea and vomiting",
    "diaphoretic",
    "syncope at home",
    "abdominal pain in the right lower quadrant",
    "negative for headache",
    "tachycardia and hypotension",
    "prior MI with stent",
    "cough productive of sputum",
    "without leg swelling",
    "h/o PE on anticoagulation",
)


def dense_text(n_chars: int) -> str:
    """Concept-dense synthetic text of ``n_chars`` characters, no sentence breaks."""
    unit = ", ".join(PHRASES) + ", "
    return (unit * (n_chars // len(unit) + 1))[:n_chars]


def main() -> None:
    """Time ``extract_findings`` at doubling sizes and print one JSON line each."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-kb", type=int, default=1024)
    ap.add_argument("--max-s", type=float, default=60.0)
    args = ap.parse_args()
    from agents.offline.knowledge import load_knowledge
    from agents.offline.rules.findings import extract_findings

    knowledge = load_knowledge()
    extract_findings("warm up: chest pain, no fever", knowledge)  # lexicon build (once)
    sizes, kb = [], 11
    while kb < args.max_kb:
        sizes.append(kb)
        kb *= 2
    sizes.append(args.max_kb)
    print(json.dumps({"loadavg_1m": os.getloadavg()[0]}))
    last = 0.0
    for kb in sizes:
        if last > args.max_s:
            print(json.dumps({"kb": kb, "skipped": f"previous size took {last:.0f}s"}))
            continue
        text = dense_text(kb * 1024)
        t0 = time.perf_counter()
        found = extract_findings(text, knowledge)
        last = time.perf_counter() - t0
        row = {
            "kb": kb,
            "seconds": round(last, 3),
            "ms_per_kb": round(1000 * last / kb, 2),
            "findings": len(found),
        }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
