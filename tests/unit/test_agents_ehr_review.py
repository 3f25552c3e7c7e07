"""EHR review: one-liner from age, sex, complaint and prior discharge summaries."""

from __future__ import annotations

import pytest

from agents.context import AgentContext
from agents.offline.ehr_review import history_items, one_liner_text, review_history
from agents.offline.knowledge import load_knowledge
from cases.models import Arrival, Case, ClinicalNote, Demographics
from retrieval.chunking import chunk_note
from retrieval.schemas import NoteHit

KB = load_knowledge()

SENTINEL = "QQXSENTINEL"
DS_TEXT = (
    "Discharge Summary\n"
    "Principal diagnosis: acute on chronic systolic heart failure.\n"
    "Past Medical History: coronary artery disease s/p PCI with DES to LAD, "
    "COPD on home oxygen 2 L, ESRD on hemodialysis MWF.\n"
    "Echo: EF 30%.\n"
    "Hospital course: diuresed. No history of diabetes.\n"
)


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def _note(key: str, text: str, *, kind="discharge_summary", year=2020, pid="P1"):
    return ClinicalNote(
        note_key=key, note_type=kind, patient_id=pid, text=text, year=year
    )


def _case(**update) -> Case:
    base = Case(
        patient_id="P1",
        encounter_id="E1",
        demographics=Demographics(age=67, sex="Male"),
        chief_complaint="CHEST PAIN",
        arrival=Arrival(year=2022),
        ed_note=f"HPI: {SENTINEL} chest pain. Hx of hypertension, asthma and HIV.",
        ed_note_key="ED1",
        one_liner=f"67 y.o. male with {SENTINEL} and HIV presenting with chest pain.",
        prior_notes=(
            _note("DS1", DS_TEXT),
            _note("PN1", "Progress note: history of migraine.", kind="progress_note"),
            _note("DS_FUTURE", "Discharge diagnoses: cirrhosis.", year=2024),
            _note("DS_OTHER", "Discharge diagnoses: lymphoma.", pid="P2"),
        ),
    )
    return base.model_copy(update=update)


class FakeStore:
    """FAKE note store: applies the documented filters to locally chunked notes and
    records every call's filter arguments (no embedding model needed)."""

    def __init__(self, notes):
        self.chunks = [c for n in notes for c in chunk_note(n)]
        self.calls: list[dict] = []

    async def asearch(self, queries, **kw):
        self.calls.append(kw)
        ok = set(kw["allowed_note_keys"]) - set(kw["exclude_note_keys"])
        return [
            NoteHit(chunk=c, score=1.0, query=queries[0])
            for c in self.chunks
            if c.note_key in ok and c.patient_id == kw["patient_id"]
        ][: kw["k"]]


@pytest.mark.anyio
async def test_one_liner_has_demographics_history_and_complaint(kb):
    res = await review_history(_case(), AgentContext(knowledge=kb))
    assert res.one_liner.startswith("67 y.o. male with history of ")
    assert res.one_liner.endswith(" presenting with chest pain.")
    assert res.history[:3] == ("CAD s/p PCI", "HFrEF (EF 30%)", "COPD on home O2")
    assert "ESRD on HD" in res.history
    assert "DM2" not in res.history  # negated in the note
    # progress notes, later years and other patients' notes are never read
    for absent in ("migraine", "cirrhosis", "cancer"):
        assert absent not in res.one_liner.lower()
    assert res.seen_note_keys == ("DS1",)
    assert len(res.citations) == len(res.history)
    for cit in res.citations:
        assert cit.note_key == "DS1" and cit.quote in DS_TEXT


@pytest.mark.anyio
async def test_never_reads_one_liner_or_ed_note(kb):
    ctx = AgentContext(knowledge=kb)
    with_fields = await review_history(_case(), ctx)
    blanked = await review_history(_case(one_liner=None, ed_note=None), ctx)
    other = await review_history(
        _case(one_liner="HIV asthma", ed_note="HIV asthma hypertension"), ctx
    )
    assert SENTINEL not in with_fields.model_dump_json()
    assert "HIV" not in with_fields.one_liner and "asthma" not in with_fields.one_liner
    assert with_fields == blanked == other
    assert "one_liner" not in " ".join(with_fields.seen_fields)
    assert "ed_note" not in " ".join(with_fields.seen_fields)


@pytest.mark.anyio
async def test_store_search_uses_stage_leakage_filters(kb):
    case = _case()
    store = FakeStore(case.prior_notes)
    res = await review_history(case, AgentContext(knowledge=kb, store=store))
    assert len(store.calls) == 1
    call = store.calls[0]
    assert call["patient_id"] == "P1"
    assert tuple(call["allowed_note_keys"]) == ("DS1",)
    assert call["before_year"] == 2022
    assert tuple(call["exclude_note_keys"]) == ("ED1",)
    assert SENTINEL not in res.model_dump_json()
    local = await review_history(case, AgentContext(knowledge=kb))
    assert res.one_liner == local.one_liner


@pytest.mark.anyio
async def test_no_discharge_summary_gives_demographics_and_complaint_only(kb):
    case = _case(prior_notes=(_note("PN1", "CAD, DM2.", kind="progress_note"),))
    res = await review_history(case, AgentContext(knowledge=kb))
    assert res.one_liner == "67 y.o. male presenting with chest pain."
    assert res.history == () and res.citations == () and res.seen_note_keys == ()


def test_history_items_anticoagulated_pe_and_type1_diabetes():
    note = _note(
        "D",
        "Diagnoses: pulmonary embolism, started apixaban. Type 1 diabetes mellitus.",
    )
    labels, cites = history_items(chunk_note(note), KB)
    assert labels == ("type 1 diabetes", "prior PE on apixaban")
    assert len(cites) == 2


def test_one_liner_text_without_age_or_sex():
    assert (
        one_liner_text(None, None, "  ABDOMINAL   PAIN ", ["DM2"])
        == "patient with history of DM2 presenting with abdominal pain."
    )
