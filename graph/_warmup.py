"""Start-up warm-up: load at start what a request would otherwise load on first use.

Lazy loads measured on the request path before this existed: the MiniLM embedding
model (torch + sentence-transformers, 10-15 s on a busy 2-core box), bm25s, the
findings lexicons, the ICD-10-CM tables and the knowledge base (together another
few seconds), and the complaint aliases embedded for matching complaints by meaning.
:func:`warm_up` loads them all by embedding one query, building one BM25 index,
running one SYNTHETIC case (no prior notes, nothing written to the note store)
through the offline graph and matching one SYNTHETIC free-text complaint.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import TYPE_CHECKING, Any

from cases.models import Arrival, Case, Demographics, Vitals

if TYPE_CHECKING:
    from agents.context import AgentContext
    from graph.build import CompiledReasoningGraph

WARM_UP_CASE = Case(
    patient_id="warm-up",
    encounter_id="warm-up",
    demographics=Demographics(age=58, sex="Male"),
    chief_complaint="CHEST PAIN",
    arrival=Arrival(year=2024, mode="ambulance"),
    vitals=Vitals(heart_rate=108, systolic_bp=100, diastolic_bp=62, spo2=94),
    one_liner="58 y.o. male with hypertension presenting with chest pain and dyspnea.",
    ed_note=(
        "HPI: 58 y.o. male with 2 hours of substernal chest pressure, diaphoresis.\n"
        "Triage Vital Signs: BP 100/62 | Pulse 108 | Resp 22 | SpO2 94%\n"
        "Physical Exam\nCardiovascular: tachycardic.\n"
        "Medical Decision Making\nTroponin pending. ECG without ST elevation.\n"
    ),
    source="warm-up",
)
"""A SYNTHETIC case that walks every stage (not a patient; never indexed)."""
WARM_UP_FREE_TEXT = "warm-up: pressure in the middle of the chest"
"""A SYNTHETIC complaint that no alias matches exactly (loads the matcher)."""
WARM_UP_DIAGNOSIS = "warm-up diagnosis"
"""A SYNTHETIC gold diagnosis name (loads the redaction synonym patterns)."""


def _warm_store(store: Any) -> None:
    import bm25s  # imported lazily by the lexical retriever

    from retrieval.embeddings import encode_queries
    from retrieval.lexical import PatientLexicon

    del bm25s
    encode_queries(store.embedder, ["warm-up query: chest pain"])
    PatientLexicon(ids=["w"], documents=["warm up chest pain"], metadatas=[{}])
    ping = getattr(store, "ping", None)
    if callable(ping):
        ping()


async def warm_up(
    context: AgentContext, graph: CompiledReasoningGraph
) -> dict[str, float]:
    """Load the embedding model, BM25, lexicons and tables; run the warm-up case.

    The graph runs with the offline backend and no store, so nothing is written and
    no model endpoint is called.

    Returns:
        Seconds spent per part (``store_s``, ``graph_s``, ``lexicon_s``,
        ``complaints_s``, ``patterns_s``).
    """
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if context.store is not None:
        await asyncio.to_thread(_warm_store, context.store)
    timings["store_s"] = round(time.perf_counter() - t0, 2)
    t1 = time.perf_counter()
    offline = dataclasses.replace(context, store=None, refiner=None, backend="rules")
    await graph.ainvoke({"case": WARM_UP_CASE}, context=offline)
    timings["graph_s"] = round(time.perf_counter() - t1, 2)
    t_lex = time.perf_counter()
    kb = context.knowledge
    if hasattr(kb, "concepts"):  # the offline knowledge base (findings lexicon)
        from agents.offline.rules import compile_lexicon

        await asyncio.to_thread(compile_lexicon, kb)
    timings["lexicon_s"] = round(time.perf_counter() - t_lex, 2)
    t2 = time.perf_counter()
    # A complaint that is no exact alias: embeds every complaint alias once (the
    # matcher by meaning), which the first such request would otherwise pay.
    match = getattr(context.knowledge, "match_complaint", None)
    if callable(match):
        await asyncio.to_thread(match, WARM_UP_FREE_TEXT)
    timings["complaints_s"] = round(time.perf_counter() - t2, 2)
    t3 = time.perf_counter()
    await asyncio.to_thread(_warm_patterns)
    timings["patterns_s"] = round(time.perf_counter() - t3, 2)
    return timings


def _warm_patterns() -> None:
    """Prepare every module pattern's scan answers and the redaction synonyms.

    What a worker's first requests paid and later ones did not (perf30: ~1 s of CPU
    over the first 41 new patients, the first-minute tail): the scanners' answers
    per pattern (``cases.rx.prepare``) and the gold-redaction synonym patterns,
    loaded by the first row read.
    """
    from cases.redaction import diagnosis_variants
    from cases.rx import prepare
    from graph._warm_patterns import project_patterns

    diagnosis_variants(WARM_UP_DIAGNOSIS)
    prepare(project_patterns())
