"""Shared helpers for the retrieval benchmarks (demo notes, perturbation, machine)."""

from __future__ import annotations

import os
import platform
import random
import re
import resource
from pathlib import Path

from cases.models import ClinicalNote, LabelledCase

_DIGIT = re.compile(r"\d")


def demo_cases() -> list[LabelledCase]:
    """Load the bundled synthetic demo cases."""
    from retrieval.ingest import load_cases

    return load_cases("demo")


def unique_prior_notes(cases: list[LabelledCase]) -> list[ClinicalNote]:
    """Return each distinct (patient, note key) prior note once."""
    seen: dict[tuple[str, str], ClinicalNote] = {}
    for c in cases:
        for n in c.case.prior_notes:
            seen.setdefault((n.patient_id, n.note_key), n)
    return list(seen.values())


def perturb(note: ClinicalNote, copy: int) -> ClinicalNote:
    """Return a synthetic copy: new patient and key, digits changed (same length).

    Keeping the length keeps chunk boundaries, so a copy's chunks map 1:1 to the base
    chunks (lets the latency benchmark reuse real embeddings plus noise).
    """
    rng = random.Random(hash((note.note_key, copy)) & 0xFFFFFFFF)
    text = _DIGIT.sub(lambda _: str(rng.randint(0, 9)), note.text)
    return note.model_copy(
        update={
            "text": text,
            "patient_id": f"{note.patient_id}~{copy}",
            "note_key": f"{note.note_key}~{copy}",
        }
    )


def digit_mask(text: str) -> str:
    """Mask digits (maps a perturbed chunk text back to its base text)."""
    return _DIGIT.sub("#", text)


def rss_mib() -> float:
    """Peak resident set size of this process in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dir_mib(path: Path) -> float:
    """Disk size of a folder in MiB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def machine() -> str:
    """One-line machine description."""
    load = os.getloadavg()
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} vCPU, "
        f"Python {platform.python_version()}, load avg {load[0]:.1f}"
    )
