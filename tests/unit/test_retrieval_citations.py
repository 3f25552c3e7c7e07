"""Citations resolve to stored chunks and quote them verbatim."""

from __future__ import annotations

import pytest

from cases.models import ClinicalNote
from retrieval.chunking import chunk_note
from retrieval.citations import cite, verify_citation, verify_citations
from retrieval.store import NoteStore

NOTE = ClinicalNote(
    note_key="DS1",
    note_type="discharge_summary",
    patient_id="P1",
    year=2019,
    text="Medications: apixaban 5 mg BID.\nAllergies: penicillin (hives).\n"
    "Hospital Course: " + "uneventful recovery, ambulating, tolerating diet. " * 12,
)


def test_cite_and_verify_against_chunks():
    chunks = chunk_note(NOTE)
    meds = next(c for c in chunks if c.section == "Medications")
    good = cite(meds, "apixaban 5 mg BID")
    assert good.note_key == "DS1" and good.start == meds.start and good.year == 2019
    assert verify_citation(good, chunks)
    assert verify_citation(good, {c.chunk_id: c for c in chunks})
    forged = good.model_copy(update={"quote": "apixaban 10 mg BID"})
    moved = good.model_copy(update={"start": good.start + 1})
    unknown = good.model_copy(update={"chunk_id": "0" * 32})
    assert verify_citations([good, forged, moved, unknown], chunks) == [
        True,
        False,
        False,
        False,
    ]


def test_cite_refuses_text_not_in_chunk():
    meds = chunk_note(NOTE)[0]
    with pytest.raises(ValueError):
        cite(meds, "warfarin")
    with pytest.raises(ValueError):
        cite(meds, "   ")


def test_default_quote_is_verbatim_prefix():
    course = next(c for c in chunk_note(NOTE) if c.section == "Hospital Course")
    citation = cite(course)
    assert course.text.startswith(citation.quote) and len(citation.quote) <= 240


def test_hits_from_store_verify(embedder, tmp_path):
    store = NoteStore(tmp_path, embedder=embedder)
    store.add_notes([NOTE])
    hits = store.search(["penicillin allergy", "anticoagulant"], patient_id="P1", k=3)
    assert hits
    citations = [cite(h) for h in hits]
    assert all(verify_citations(citations, store))
    assert NOTE.text[citations[0].start : citations[0].end].startswith(
        citations[0].quote
    )
    assert not verify_citation(
        citations[0].model_copy(update={"quote": "penicillin (rash)"}), store
    )
