"""NoteStore with the real MiniLM embedder on an on-disk Chroma PersistentClient."""

from __future__ import annotations

import numpy as np
import pytest

from cases.models import ClinicalNote
from retrieval.chunking import chunk_note
from retrieval.embeddings import HashingEmbedder
from retrieval.store import NoteStore


def _note(key, text, *, patient="P1", year=2019, kind="progress_note", enc=None):
    return ClinicalNote(
        note_key=key,
        note_type=kind,
        patient_id=patient,
        text=text,
        year=year,
        encounter_id=enc,
    )


NOTES = [
    _note(
        "DS18",
        "Hospital Course: admitted for community acquired pneumonia, treated "
        "with ceftriaxone and azithromycin.\nDischarge Diagnoses: pneumonia.",
        year=2018,
        kind="discharge_summary",
    ),
    _note(
        "EC20",
        "Conclusions: LVEF 35-40%. Mild mitral regurgitation.",
        year=2020,
        kind="echo",
    ),
    _note(
        "PN22",
        "Assessment and Plan: new diagnosis of metastatic colon cancer, "
        "starting FOLFOX chemotherapy.",
        year=2022,
    ),
    _note(
        "ED20",
        "HPI: chest pain today. Medical Decision Making: troponin pending.",
        year=2020,
        kind="hp_note",
    ),
    _note(
        "OTHER",
        "Medications: warfarin 5 mg daily for mechanical mitral valve.",
        patient="P2",
        year=2015,
    ),
    _note(
        "LONG",
        "Hospital Course:\n"
        + "\n".join(
            f"Day {i}: diuresed with furosemide, net negative 1 L, creatinine stable."
            for i in range(60)
        ),
        year=2017,
        kind="discharge_summary",
    ),
]


class CountingEmbedder:
    """Wraps the real embedder and counts encode calls (a spy, not a fake)."""

    def __init__(self, inner, fail_after: int | None = None):
        self.inner, self.calls, self.texts, self.fail_after = inner, 0, 0, fail_after

    dim = property(lambda self: self.inner.dim)
    model_id = property(lambda self: self.inner.model_id)

    def encode(self, texts):
        if self.fail_after is not None and self.calls >= self.fail_after:
            raise RuntimeError("simulated interruption")
        self.calls += 1
        self.texts += len(texts)
        return self.inner.encode(texts)


@pytest.fixture(scope="module")
def store(embedder, tmp_path_factory):
    s = NoteStore(tmp_path_factory.mktemp("chroma"), embedder=embedder)
    report = s.add_notes(NOTES, batch_size=8)
    assert report.added == report.chunks > len(NOTES)
    return s


def _keys(hits):
    return {h.chunk.note_key for h in hits}


def test_reingest_is_idempotent_and_does_not_embed(store, embedder):
    before = store.count()
    spy = CountingEmbedder(embedder)
    again = NoteStore(client=store.client, embedder=spy)
    report = again.add_notes(NOTES, batch_size=8)
    assert report.added == 0 and report.skipped_existing == report.chunks
    assert spy.calls == 0
    assert store.count() == before


def test_interrupted_ingest_resumes(embedder, tmp_path):
    total = sum(len(chunk_note(n)) for n in NOTES)
    broken = CountingEmbedder(embedder, fail_after=2)
    with pytest.raises(RuntimeError, match="simulated"):
        NoteStore(tmp_path, embedder=broken).add_notes(NOTES, batch_size=4)
    partial = NoteStore(tmp_path, embedder=embedder).count()  # reopened from disk
    assert 0 < partial < total
    spy = CountingEmbedder(embedder)
    resumed = NoteStore(tmp_path, embedder=spy)
    report = resumed.add_notes(NOTES, batch_size=4)
    assert report.skipped_existing == partial
    assert report.added == total - partial
    assert spy.texts == total - partial, "only the missing chunks are embedded"
    assert resumed.count() == total


def test_patient_filter(store):
    hits = store.search(["warfarin mechanical mitral valve"], patient_id="P1", k=20)
    assert hits and all(h.chunk.patient_id == "P1" for h in hits)
    assert "OTHER" not in _keys(hits)
    p2 = store.search(["warfarin mechanical mitral valve"], patient_id="P2", k=20)
    assert _keys(p2) == {"OTHER"}
    assert store.search(["anything"], patient_id="nobody") == []


def test_time_filter_and_current_note_exclusion(store):
    q = ["chemotherapy cancer", "ejection fraction", "pneumonia", "chest pain"]
    everything = _keys(store.search(q, patient_id="P1", k=50))
    assert {"DS18", "EC20", "PN22", "ED20", "LONG"} <= everything
    # Years only: without a prior-note list, same-year (2020) notes are withheld.
    strict = _keys(store.search(q, patient_id="P1", before_year=2020, k=50))
    assert strict == {"DS18", "LONG"}
    # Listed as prior for this encounter: same-year EC20 passes; future PN22 never.
    listed = _keys(
        store.search(
            q,
            patient_id="P1",
            before_year=2020,
            k=50,
            allowed_note_keys={"EC20", "PN22", "ED20", "DS18"},
            exclude_note_keys={"ED20"},
        )
    )
    assert listed == {"EC20", "DS18"}
    # The current ED note is never returned for its own encounter, in any mode.
    for mode in ("dense", "lexical", "hybrid"):
        hits = store.search(
            ["chest pain troponin"],
            patient_id="P1",
            k=50,
            exclude_note_keys=["ED20"],
            mode=mode,
        )
        assert "ED20" not in _keys(hits)
    assert store.search(q, patient_id="P1", allowed_note_keys=[]) == []


def test_hits_carry_spans_scores_and_ranks(store):
    hits = store.search(["LVEF", "heart pumping function"], patient_id="P1", k=3)
    top = hits[0]
    assert top.chunk.note_key == "EC20" and top.chunk.year == 2020
    assert top.dense_rank is not None and top.lexical_rank == 1
    assert top.query in {"LVEF", "heart pumping function"}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    src = next(n for n in NOTES if n.note_key == "EC20").text
    assert src[top.chunk.start : top.chunk.end] == top.chunk.text


@pytest.mark.anyio
async def test_asearch_matches_search(store):
    sync = store.search(["pneumonia antibiotics"], patient_id="P1", k=3)
    got = await store.asearch(["pneumonia antibiotics"], patient_id="P1", k=3)
    assert [h.chunk.chunk_id for h in got] == [h.chunk.chunk_id for h in sync]


def test_ping_count_get_chunks(store):
    assert store.ping()
    hit = store.search(["pneumonia"], patient_id="P1", k=1)[0]
    assert store.get_chunks([hit.chunk.chunk_id, "missing"]) == [hit.chunk]


def test_bad_input_is_counted_and_searchable(embedder, tmp_path):
    bad_bytes = "Allergies: latex \udce9\udcff anaphylaxis".encode(
        "utf-8", "surrogateescape"
    ).decode("utf-8", "surrogateescape")
    huge = (
        "Progress: stable overnight, vitals normal, tolerating diet. " * 18 + "\n"
    ) * 1000
    notes = [
        _note("E", ""),
        _note("W", "  \n "),
        _note("BIG", huge, year=2016),
        _note("U8", bad_bytes, year=2016),
        _note("DUP", "Impression: right lower lobe pneumonia.", year=2016),
        _note("DUP", "Impression: left sided pleural effusion.", year=2016),
        _note("DUP", "Impression: left sided pleural effusion.", year=2016),
        _note("NOYEAR", "Code Status: DNR/DNI, confirmed with daughter.", year=None),
    ]
    s = NoteStore(tmp_path, embedder=embedder)
    rep = s.add_notes(notes, batch_size=64)
    assert (rep.notes, rep.empty_notes, rep.oversized_notes, rep.non_utf8_notes) == (
        8,
        2,
        1,
        1,
    )
    assert (
        rep.duplicate_key_conflicts,
        rep.repeated_notes,
        rep.missing_year_notes,
    ) == (1, 1, 1)
    assert rep.errors == [] and rep.added == rep.chunks == s.count()
    assert rep.embedded_texts < rep.chunks, "identical chunk texts embed once"
    latex = s.search(["latex allergy"], patient_id="P1", k=1)[0].chunk
    assert latex.note_key == "U8" and "\ufffd" in latex.text
    dup = s.search(
        ["pneumonia", "pleural effusion"],
        patient_id="P1",
        k=10,
        allowed_note_keys={"DUP"},
    )
    assert {h.chunk.text for h in dup} == {
        "Impression: right lower lobe pneumonia.",
        "Impression: left sided pleural effusion.",
    }
    assert "NOYEAR" in _keys(s.search(["code status"], patient_id="P1", k=3))
    assert "NOYEAR" not in _keys(
        s.search(["code status"], patient_id="P1", before_year=2030, k=50)
    )


def test_model_mismatch_is_refused(store):
    with pytest.raises(ValueError, match="built with"):
        NoteStore(client=store.client, embedder=HashingEmbedder())


def test_hashing_fake_is_deterministic_and_normalised():
    fake = HashingEmbedder(dim=32)
    a = fake.encode(["warfarin 5 mg", "", "warfarin 5 mg"])
    assert a.dtype == np.float32 and a.shape == (3, 32)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)
    assert np.array_equal(a[0], a[2])


def test_dense_in_memory_matches_chroma_query(store, embedder):
    via_chroma = NoteStore(client=store.client, embedder=embedder, dense_via="chroma")
    for kw in ({}, {"before_year": 2020}, {"exclude_note_keys": ["ED20"]}):
        q = ["heart failure ejection fraction", "antibiotics"]
        a = store.search(q, patient_id="P1", k=6, mode="dense", **kw)
        b = via_chroma.search(q, patient_id="P1", k=6, mode="dense", **kw)
        assert [h.chunk.chunk_id for h in a] == [h.chunk.chunk_id for h in b]
