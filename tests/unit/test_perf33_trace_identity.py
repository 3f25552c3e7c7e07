"""perf33: ``trace_identity --ignore-kb-version`` compares KB edits case by case.

Every trace carries the knowledge base's version string, so any YAML edit changes
every digest; with the option that string is hashed as a placeholder, and a case
whose reasoning is unchanged keeps its digest.
"""

from __future__ import annotations

import asyncio
import json

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from benchmarks.trace_identity import KB_PLACEHOLDER, _strip, case_bytes
from cases.models import Case
from graph.runtime import Reasoner

CASE = Case.model_validate(
    {
        "patient_id": "P-perf33",
        "encounter_id": "E-perf33",
        "chief_complaint": "chest pain",
        "demographics": {"age": 61, "sex": "M"},
        "vitals": {"heart_rate": 104, "systolic_bp": 148, "spo2": 96},
        "ed_note": "HPI: 61 y.o. man with pressure-like chest pain for 1 hour.",
        "source": "scenario",
    }
)


def _bytes(version: str | None, *, ignore: bool) -> tuple[bytes, str]:
    """The case's hashed bytes under a KB whose version is ``version``."""
    kb = load_knowledge()
    if version is not None:
        kb = kb.model_copy(update={"version": version})
    result = asyncio.run(Reasoner(AgentContext(knowledge=kb)).run(CASE))
    trace = [_strip(r.model_dump(mode="json")) for r in result.trace]
    final = result.final.model_dump(mode="json")
    return case_bytes(trace, final, kb.version if ignore else None), kb.version


def test_a_new_kb_version_alone_keeps_the_digest_with_the_option() -> None:
    plain, version = _bytes(None, ignore=False)
    edited, _ = _bytes("kb-perf33aaaaaa", ignore=False)
    assert version.encode() in plain  # the traces carry the version
    assert plain != edited  # so without the option every digest changes
    same, _ = _bytes(None, ignore=True)
    same_edited, _ = _bytes("kb-perf33aaaaaa", ignore=True)
    assert same == same_edited
    assert version.encode() not in same and KB_PLACEHOLDER.encode() in same


def test_without_the_option_the_bytes_are_those_hashed_before() -> None:
    """Guard: the default digests stay comparable with earlier sessions' runs."""
    trace = [{"stage": "triage", "prompt_version": "r1+kb-kb-0123456789ab"}]
    final = {"acuity": 2}
    before = json.dumps({"trace": trace, "final": final}, sort_keys=True).encode()
    assert case_bytes(trace, final) == before
    assert case_bytes(trace, final, "kb-0123456789ab") == before.replace(
        b"kb-0123456789ab", KB_PLACEHOLDER.encode()
    )
