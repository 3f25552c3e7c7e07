"""EHR review (ER-Reason V1): an Epic-style one-liner from the prior discharge summary.

The V1 task gives the model the chief complaint, age, sex and the prior
``Discharge_Summary_Text`` only, and asks for "demographics, relevant past history, and
the chief complaint with no adjectives". :func:`review_history` does this offline and
deterministically. It reads ONLY ``case.demographics.age/sex``, ``case.chief_complaint``
and the patient's prior discharge summaries (through ``ctx.store.asearch`` with the
patient, note-key, year and ED-note filters the stages use; from ``case.prior_notes``
when there is no store). It never reads ``case.one_liner`` (the reference) nor
``case.ed_note``. Past history comes from the findings extractor and a small history
lexicon below. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pydantic import BaseModel, ConfigDict

from agents.context import AgentContext
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules.findings import extract_findings, extract_measurements
from agents.retrieve import search_notes
from cases.models import Case, ClinicalNote
from cases.views import build_view
from retrieval.citations import cite
from retrieval.schemas import Citation, NoteChunk

__all__ = ["EHRReviewResult", "history_items", "one_liner_text", "review_history"]

SEEN_FIELDS: Final[tuple[str, ...]] = (
    "demographics.age",
    "demographics.sex",
    "chief_complaint",
    "prior_notes.discharge_summary",
)
QUERIES: Final[tuple[str, ...]] = (
    "principal diagnosis discharge diagnoses problem list",
    "past medical history",
    "admission diagnosis reason for admission",
)
MAX_ITEMS: Final[int] = 5
"""Past-history items kept in the one-liner (Epic one-liners list a handful)."""


class EHRReviewResult(BaseModel):
    """The EHR-review one-liner with the evidence behind each history item."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    one_liner: str
    history: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    seen_fields: tuple[str, ...] = SEEN_FIELDS
    seen_note_keys: tuple[str, ...] = ()


# Terms the findings lexicon does not hold (concept id -> regex), kept local and small.
_EXTRA: Final[dict[str, re.Pattern[str]]] = {
    "copd": re.compile(
        r"(?i)\b(COPD|chronic obstructive pulmonary disease|emphysema)\b"
    ),
    "home_o2": re.compile(r"(?i)\b(home (oxygen|O2)|on \d(\.\d)? ?L\b[^.]{0,20}home)"),
    "asthma": re.compile(r"(?i)\basthma\b"),
    "bph": re.compile(r"(?i)\b(BPH|benign prostatic hyperplasia)\b"),
    "parkinson": re.compile(r"(?i)\bparkinson'?s?\b"),
    "hiv": re.compile(r"(?i)\b(HIV|AIDS)\b"),
    "osa": re.compile(r"(?i)\b(OSA|obstructive sleep apnea)\b"),
    "dementia": re.compile(r"(?i)\b(dementia|alzheimer'?s?)\b"),
    "icd": re.compile(r"\b(ICD|AICD)\b"),
}
# (concept id, label) in Epic priority order; the first label of a group wins.
_ORDER: Final[tuple[tuple[str, str], ...]] = (
    ("cad", "CAD"),
    ("stent", "CAD s/p PCI"),
    ("cabg", "CAD s/p CABG"),
    ("chf", "heart failure"),
    ("atrial_fibrillation", "atrial fibrillation"),
    ("af_rvr", "atrial fibrillation"),
    ("copd", "COPD"),
    ("asthma", "asthma"),
    ("ckd", "CKD"),
    ("dialysis_dependent", "ESRD on HD"),
    ("type_1_diabetes", "type 1 diabetes"),
    ("type_2_diabetes", "DM2"),
    ("diabetes", "DM2"),
    ("hypertension", "HTN"),
    ("essential_hypertension", "HTN"),
    ("hyperlipidemia", "HLD"),
    ("pulmonary_embolism", "prior PE"),
    ("dvt", "prior DVT"),
    ("prior_pe_dvt", "prior VTE"),
    ("prior_stroke", "prior stroke"),
    ("ischemic_stroke", "prior stroke"),
    ("tia", "prior TIA"),
    ("active_cancer", "cancer"),
    ("liver_disease", "liver disease"),
    ("hiv", "HIV"),
    ("parkinson", "Parkinson's disease"),
    ("dementia", "dementia"),
    ("seizure_disorder", "seizure disorder"),
    ("alcohol_use", "alcohol use disorder"),
    ("alcohol_withdrawal", "prior alcohol withdrawal"),
    ("depression", "depression"),
    ("migraine", "migraine"),
    ("bph", "BPH"),
    ("osa", "OSA"),
    ("dka", "prior DKA"),
    ("nstemi", "prior MI"),
    ("stemi", "prior MI"),
    ("prior_mi", "prior MI"),
    ("pneumonia", "prior pneumonia"),
    ("sepsis", "prior sepsis"),
    ("uti", "prior UTI"),
    ("pyelonephritis", "prior pyelonephritis"),
    ("bowel_obstruction", "prior SBO"),
    ("upper_gi_bleed", "prior GI bleed"),
    ("lower_gi_bleed", "prior GI bleed"),
    ("pancreatitis", "prior pancreatitis"),
    ("intentional_ingestion", "prior overdose"),
)
_RANK: Final[dict[str, int]] = {c: i for i, (c, _) in enumerate(_ORDER)}
_LABEL: Final[dict[str, str]] = dict(_ORDER)
_ANTICOAG: Final = re.compile(
    r"(?i)\b(apixaban|rivaroxaban|warfarin|dabigatran|edoxaban|enoxaparin)\b"
)


def _refine(concept: str, label: str, text: str) -> str:
    """Epic abbreviations that depend on the wording of the whole note text."""
    low = text.lower()
    if concept == "cad":
        if re.search(r"(?i)\b(PCI|DES|stents?|percutaneous coronary)\b", text):
            return "CAD s/p PCI"
        if re.search(r"(?i)\b(CABG|coronary artery bypass)\b", text):
            return "CAD s/p CABG"
    if concept == "chf":
        ef = extract_measurements(text).get("ef_pct")
        reduced = re.search(r"(?i)\b(HFrEF|systolic|reduced ejection)", text)
        if "hfpef" in low or (ef is not None and ef >= 50):
            label = "HFpEF"
        elif reduced or (ef is not None and ef <= 40):
            label = "HFrEF"
        return f"{label} (EF {ef:g}%)" if ef is not None else label
    if concept == "ckd" and re.search(
        r"(?i)\b(ESRD|end[- ]stage renal|hemodialysis|dialysis)\b", text
    ):
        return "ESRD on HD"
    if concept == "diabetes" and re.search(r"(?i)\b(T1DM|type 1|IDDM)\b", text):
        return "type 1 diabetes"
    if concept == "copd" and _EXTRA["home_o2"].search(text):
        return "COPD on home O2"
    if concept == "liver_disease" and "cirrhosis" in low:
        return "cirrhosis"
    if concept in ("pulmonary_embolism", "dvt", "atrial_fibrillation", "af_rvr"):
        drug = _ANTICOAG.search(text)
        if drug:
            return f"{label} on {drug.group(1).lower()}"
    return label


def history_items(
    chunks: Sequence[NoteChunk], knowledge: KnowledgeBase
) -> tuple[tuple[str, ...], tuple[Citation, ...]]:
    """Past-history labels (Epic style) and one citation per label from note chunks.

    Args:
        chunks: Prior discharge-summary chunks, in note order.
        knowledge: The knowledge base (findings lexicon).

    Returns:
        ``(labels, citations)``: at most :data:`MAX_ITEMS` labels in priority order,
        negated mentions skipped, each with a verbatim citation of its mention.
    """
    whole = "\n".join(c.text for c in chunks)
    found: dict[str, tuple[NoteChunk, str]] = {}
    for chunk in chunks:
        for f in extract_findings(chunk.text, knowledge, source="prior_note"):
            if f.status in ("present", "historical") and f.concept in _RANK:
                found.setdefault(f.concept, (chunk, f.text))
        for concept, rx in _EXTRA.items():
            m = rx.search(chunk.text)
            if m and concept in _RANK:
                found.setdefault(concept, (chunk, m.group(0)))
    labels: list[str] = []
    citations: list[Citation] = []
    for concept in sorted(found, key=_RANK.__getitem__):
        label = _refine(concept, _LABEL[concept], whole)
        if label in labels or any(label.startswith(x) for x in labels):
            continue
        chunk, quote = found[concept]
        labels.append(label)
        citations.append(cite(chunk, quote))
        if len(labels) == MAX_ITEMS:
            break
    return tuple(labels), tuple(citations)


def one_liner_text(
    age: int | None, sex: str | None, complaint: str | None, history: Sequence[str]
) -> str:
    """Render "67 y.o. male with history of CAD, DM2 presenting with chest pain."."""
    who = " ".join(
        p
        for p in (
            f"{age} y.o." if age is not None else None,
            (sex or "").strip().lower() or "patient",
        )
        if p
    )
    hist = ""
    if history:
        hist = f" with history of {', '.join(history)}"
    cc = " ".join((complaint or "").lower().split()) or "an unspecified complaint"
    return f"{who}{hist} presenting with {cc}."


def _local_chunks(case: Case, keys: Sequence[str]) -> list[NoteChunk]:
    from retrieval.chunking import chunk_note

    wanted = set(keys)
    notes: list[ClinicalNote] = [n for n in case.prior_notes if n.note_key in wanted]
    return [c for n in notes for c in chunk_note(n)]


def _allowed_keys(case: Case) -> tuple[str, ...]:
    year = case.arrival.year
    return tuple(
        n.note_key
        for n in case.prior_notes
        if n.note_type == "discharge_summary"
        and n.patient_id == case.patient_id
        and n.note_key != case.ed_note_key
        and (year is None or n.year is None or n.year <= year)
    )


async def review_history(case: Case, ctx: AgentContext) -> EHRReviewResult:
    """Build the EHR-review one-liner of ``case`` without reading the reference.

    Args:
        case: The encounter; only age, sex, chief complaint and prior discharge
            summaries are read.
        ctx: Run dependencies; ``ctx.store`` (when set) is searched with the stage
            leakage filters, else the case's own prior notes are chunked locally.

    Returns:
        The one-liner, its history items, their citations and what was read.
    """
    keys = _allowed_keys(case)
    chunks: list[NoteChunk] = []
    if keys and ctx.store is not None:
        # The triage view never exposes the one-liner or the ED note; we only add the
        # discharge-summary keys, so the store filters apply exactly as for stages.
        view = build_view(case, "triage").model_copy(
            update={"stage": "assessment", "prior_note_keys": keys}
        )
        ed = (case.ed_note_key,) if case.ed_note_key else ()
        hits = await search_notes(ctx, view, QUERIES, exclude_note_keys=ed)
        chunks = sorted((h.chunk for h in hits), key=lambda c: (c.note_key, c.start))
    elif keys:
        chunks = _local_chunks(case, keys)
    labels, citations = history_items(chunks, ctx.knowledge)
    text = one_liner_text(
        case.demographics.age, case.demographics.sex, case.chief_complaint, labels
    )
    return EHRReviewResult(
        one_liner=text,
        history=labels,
        citations=citations,
        seen_note_keys=tuple(dict.fromkeys(c.note_key for c in chunks)),
    )
