"""Digest of the reasoner's traces, to prove a speed change leaves behaviour identical.

Runs the offline reasoner (retrieval on, as ``POST /reason`` does) over the bundled
demo rows (cycled twice, made unique twice and novel once, the ``api_load`` request
shapes, read by ``api.convert.read_input``) and over the READ halves of the shared
public files (KTAS, ESI handbook, MedR-Bench, MIMIC demo; ``read_score_split``), and
prints one SHA-256 per source over every trace's JSON with the timing fields
(``started_at``, ``latency_ms``) removed. Run it on a branch and on its merge-base:
equal digests mean byte-identical traces. ``--dump`` writes one line per case
(source, case id, trace digest) to find the first case that differs.

Any edit of the knowledge-base YAML changes its version string (``kb-`` and a hash of
the files), which every trace carries (each stage's ``prompt_version``), so every
digest changes. ``--ignore-kb-version`` replaces that string by a placeholder
(``KB_PLACEHOLDER``) before hashing: a KB edit can then be compared case by case
(``--dump`` on both sides), the cases it really changed told from the rest.

    PYTHONPATH=. .venv/bin/python -m benchmarks.trace_identity [--dump out.jsonl]
        [--ignore-kb-version]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.api_load import Payloads, rows

_TIMING = frozenset({"started_at", "latency_ms"})
KB_PLACEHOLDER = "kb-<version>"
"""What ``--ignore-kb-version`` writes in place of the knowledge base's version."""


def _strip(value: Any) -> Any:
    """The JSON value without timing fields (any depth)."""
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in _TIMING}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def case_bytes(trace: Any, final: Any, kb_version: str | None = None) -> bytes:
    """One case's canonical JSON (timing already stripped), the bytes hashed.

    With ``kb_version``, that string is replaced by ``KB_PLACEHOLDER`` wherever it
    occurs (``--ignore-kb-version``).
    """
    text = json.dumps({"trace": trace, "final": final}, sort_keys=True)
    if kb_version:
        text = text.replace(kb_version, KB_PLACEHOLDER)
    return text.encode()


def _demo_cases() -> Iterator[tuple[str, Any]]:
    from api.convert import read_input
    from api.schemas import ReasonRequest

    base = rows(41)
    shapes = (
        ("demo-cycled", Payloads(base, unique=False), 2),
        ("demo-unique", Payloads(base, unique=True), 2),
        ("demo-novel", Payloads(base, unique=True, novel=True), 1),
    )
    for name, payloads, passes in shapes:
        for i in range(passes * len(base)):
            body = ReasonRequest.model_validate(payloads.next(i))
            yield name, read_input(body, 200_000).case


def _shared_cases() -> Iterator[tuple[str, Any]]:
    from cases.adapters import load_adapter
    from cases.splits import read_score_split

    for name in ("ktas", "esi_handbook", "medrbench", "mimic_demo"):
        read, _score = read_score_split(load_adapter(name).cases)
        for labelled in read:
            yield name, labelled.case


async def digests(dump: Path | None, ignore_kb_version: bool = False) -> dict[str, str]:
    """Run every case once; return the trace digest per source and in all.

    With ``ignore_kb_version`` the knowledge base's version string is hashed as
    ``KB_PLACEHOLDER`` (``case_bytes``).
    """
    from graph.runtime import Reasoner
    from graph.settings import Settings

    reasoner = Reasoner.from_settings(Settings())
    await reasoner.warm_up()
    kb_version = reasoner.context.knowledge.version if ignore_kb_version else None
    by_source: dict[str, Any] = {}
    total = hashlib.sha256()
    counts: dict[str, int] = {}
    out = dump.open("w") if dump else None
    try:
        for source, case in [*_demo_cases(), *_shared_cases()]:
            result = await reasoner.run(case)
            trace = [_strip(r.model_dump(mode="json")) for r in result.trace]
            final = result.final.model_dump(mode="json")
            text = case_bytes(trace, final, kb_version)
            by_source.setdefault(source, hashlib.sha256()).update(text)
            total.update(text)
            counts[source] = counts.get(source, 0) + 1
            if out:
                line = {
                    "source": source,
                    "case_id": result.case_id,
                    "digest": hashlib.sha256(text).hexdigest()[:16],
                }
                out.write(json.dumps(line) + "\n")
    finally:
        if out:
            out.close()
        await reasoner.aclose()
    report = {f"{k} ({counts[k]})": v.hexdigest()[:16] for k, v in by_source.items()}
    report[f"all ({sum(counts.values())})"] = total.hexdigest()
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="one line per case: source, id, digest")
    ap.add_argument(
        "--ignore-kb-version",
        action="store_true",
        help="hash the knowledge base's version string as a placeholder (KB edits)",
    )
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("REASONER_CHROMA_PATH", str(Path(tmp) / "chroma"))
        os.environ.setdefault("REASONER_CHECKPOINT_PATH", str(Path(tmp) / "cp.sqlite"))
        print(
            json.dumps(
                asyncio.run(digests(args.dump, args.ignore_kb_version)), indent=1
            )
        )


if __name__ == "__main__":
    main()
