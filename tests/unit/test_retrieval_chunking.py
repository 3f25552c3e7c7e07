"""Chunking: heading sections, exact spans, token limits, content-addressed ids."""

from __future__ import annotations

import itertools
import random

import pytest

from cases.models import ClinicalNote
from retrieval.chunking import chunk_note, embedding_text, split_sections

NOTE = """Patient seen in clinic today.
HPI: 67 year old man with exertional chest pain for two weeks.
Past Medical History
CAD s/p stent to LAD. Hypertension. CKD stage 3.
Medications were reviewed with the patient and his daughter.
medications: aspirin 81 mg daily, apixaban 5 mg BID, metoprolol 25 mg BID.
ALLERGIES: penicillin (rash)
Assessment/Plan: Likely stable angina. Stress test ordered.
"""


def _note(text: str, key: str = "K1", patient: str = "P1") -> ClinicalNote:
    return ClinicalNote(
        note_key=key,
        note_type="progress_note",
        patient_id=patient,
        text=text,
        year=2020,
    )


def _prose(n_words: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    words = [
        "troponin",
        "negative",
        "chest",
        "pain",
        "resolved",
        "with",
        "nitro",
        "Cr",
        "1.4",
        "BP",
        "150/90",
        "afebrile",
        "ambulating",
        "tolerating",
    ]
    lines = []
    for i in range(n_words // 12):
        lines.append(" ".join(rng.choice(words) for _ in range(12)) + ".")
        if i % 5 == 4:
            lines.append("")
    return "\n".join(lines)


def test_sections_follow_headings_case_insensitive_colon_optional():
    sections = split_sections(NOTE)
    names = [s.name for s in sections]
    assert names == [
        None,
        "HPI",
        "Past Medical History",
        "Medications",
        "Allergies",
        "Assessment/Plan",
    ]
    # "Medications were reviewed" is prose, not a heading: it stays inside PMH.
    pmh = next(s for s in sections if s.name == "Past Medical History")
    assert "Medications were reviewed" in NOTE[pmh.start : pmh.end]
    # Sections tile the note with no gap.
    assert sections[0].start == 0 and sections[-1].end == len(NOTE)
    for a, b in itertools.pairwise(sections):
        assert a.end == b.start


def test_chunk_spans_are_exact_and_sections_kept():
    note = _note(NOTE)
    chunks = chunk_note(note)
    assert chunks
    for c in chunks:
        assert note.text[c.start : c.end] == c.text
        assert c.text == c.text.strip()
    by_section = {c.section: c.text for c in chunks}
    assert "apixaban 5 mg BID" in by_section["Medications"]
    assert by_section["Allergies"].startswith("ALLERGIES")


def test_long_section_packs_with_overlap_and_budget():
    text = "Hospital Course:\n" + _prose(1500)
    note = _note(text)
    chunks = chunk_note(note, max_chars=500, overlap_chars=80)
    assert len(chunks) > 5
    for a, b in itertools.pairwise(chunks):
        assert len(a.text) <= 500
        assert b.start < a.end, "consecutive chunks of one section overlap"
        assert b.start > a.start
        assert note.text[b.start : b.end] == b.text
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    non_space = {i for i, ch in enumerate(text) if not ch.isspace()}
    assert non_space <= covered, "every non-space character lands in some chunk"


def test_chunks_fit_model_token_limit(embedder):
    # Dense numeric text tokenises badly (~2 chars/token); the counter must split it.
    dense = " ".join(f"{i}.{i % 7}/{i % 13}" for i in range(800))
    note = _note("Labs:\n" + dense + "\n\nImpression:\n" + _prose(600))
    chunks = chunk_note(
        note, token_counter=embedder.count_tokens, max_tokens=embedder.max_tokens
    )
    assert max(embedder.count_tokens(c.text) for c in chunks) <= embedder.max_tokens
    for c in chunks:
        assert note.text[c.start : c.end] == c.text
    # Without the counter the char budget alone overflows on this text.
    raw = chunk_note(note)
    assert max(embedder.count_tokens(c.text) for c in raw) > embedder.max_tokens


def test_ids_are_content_addressed():
    a = chunk_note(_note(NOTE))
    b = chunk_note(_note(NOTE))
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    changed = chunk_note(_note(NOTE.replace("aspirin", "clopidogrel")))
    assert {c.chunk_id for c in a} != {c.chunk_id for c in changed}
    other_patient = chunk_note(_note(NOTE, patient="P2"))
    assert not {c.chunk_id for c in a} & {c.chunk_id for c in other_patient}
    assert len({c.chunk_id for c in a}) == len(a)


def test_empty_heading_only_and_huge_notes():
    assert chunk_note(_note("")) == []
    assert chunk_note(_note("   \n\n  ")) == []
    only = chunk_note(_note("HPI:\nPMH:\nAllergies: NKDA"))
    assert [c.text for c in only] == ["Allergies: NKDA"]
    big = _note(
        ("Progress: stable overnight, no events, vitals normal. " * 20 + "\n") * 1000
    )
    assert len(big.text) > 1_000_000
    chunks = chunk_note(big)
    assert len(chunks) > 1000
    assert all(big.text[c.start : c.end] == c.text for c in chunks[::97])


def test_no_whitespace_text_is_hard_cut():
    note = _note("Findings:" + "x" * 2000)
    chunks = chunk_note(note, max_chars=300, overlap_chars=50)
    assert all(len(c.text) <= 300 for c in chunks)
    assert "".join(c.text for c in chunks).count("x") >= 2000


def test_embedding_text_prefixes_continuations_only():
    note = _note("Medications:\n" + _prose(600))
    chunks = chunk_note(note, max_chars=300, overlap_chars=40)
    assert embedding_text(chunks[0]) == chunks[0].text
    assert embedding_text(chunks[1]).startswith("Medications: ")


def test_bad_arguments_raise():
    with pytest.raises(ValueError):
        chunk_note(_note(NOTE), max_chars=100, overlap_chars=100)
