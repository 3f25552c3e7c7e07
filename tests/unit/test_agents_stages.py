"""Stage agents: ok / abstained / error paths, bad input, retrieval and leakage."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import replace

import pytest

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.errors import ModelEndpointError, ModelTimeoutError
from agents.offline.assessment import reason_assessment
from agents.offline.knowledge import load_knowledge
from agents.offline.triage import reason_triage
from agents.stage import run_stage
from cases.labels import ACUITY_WORDS, STAGE_ORDER
from cases.models import Case, ClinicalNote, Demographics, Vitals
from cases.views import build_view
from graph.runtime import Reasoner
from retrieval.schemas import NoteChunk, NoteHit

KB = load_knowledge()

pytestmark = pytest.mark.anyio

ED_NOTE = """HPI
67 y.o. male with known CAD s/p stent who presents with substernal chest pressure
radiating to the left arm with diaphoresis, onset at rest 1 hour ago.

Physical Exam
Diaphoretic. Lungs clear. No chest wall tenderness.

Medical Decision Making
ECG with ST depression in V4-V6. Troponin 0.9, elevated. Impression: NSTEMI.

Final Disposition and ED Course
Admitted to cardiology.
"""


def _notes(pid: str = "p1") -> tuple[ClinicalNote, ...]:
    return (
        ClinicalNote(
            note_key="n-echo",
            note_type="echo",
            patient_id=pid,
            year=2019,
            text="TRANSTHORACIC ECHO. Findings: LVEF 30% with anterior akinesis.",
        ),
        ClinicalNote(
            note_key="n-dc",
            note_type="discharge_summary",
            patient_id=pid,
            year=2020,
            text="Discharge summary. History of coronary artery disease "
            "s/p drug-eluting stent to LAD. Hypertension. Diabetes mellitus.",
        ),
        ClinicalNote(
            note_key="n-future",
            note_type="progress_note",
            patient_id=pid,
            year=2030,
            text="Future note mentioning coronary artery disease.",
        ),
    )


def _case(**over: object) -> Case:
    base: dict[str, object] = dict(  # noqa: C408 - keyword overrides below
        patient_id="p1",
        encounter_id="e1",
        chief_complaint="CHEST PAIN",
        demographics=Demographics(age=67, sex="Male"),
        vitals=Vitals(
            heart_rate=96,
            systolic_bp=150,
            diastolic_bp=90,
            respiratory_rate=18,
            temperature_c=36.8,
            spo2=97,
            pain=7,
        ),
        ed_note=ED_NOTE,
        ed_note_key="ed-1",
        one_liner="67 y.o. male with CAD presenting with chest pressure.",
        prior_notes=_notes(),
    )
    base.update(over)
    from cases.models import Arrival

    base.setdefault("arrival", Arrival(year=2021))
    return Case(**base)  # type: ignore[arg-type]


class FakeNoteRetriever:
    """A fake lexical store over whole notes (the real one is tested further down)."""

    def __init__(self) -> None:
        self.chunks: list[NoteChunk] = []
        self.calls: list[dict[str, object]] = []

    def add_notes(self, notes: Sequence[ClinicalNote]) -> object:
        for n in notes:
            if any(c.chunk_id == n.note_key for c in self.chunks):
                continue
            self.chunks.append(
                NoteChunk(
                    chunk_id=n.note_key,
                    note_key=n.note_key,
                    note_type=n.note_type,
                    patient_id=n.patient_id,
                    year=n.year,
                    start=0,
                    end=len(n.text),
                    text=n.text,
                )
            )
        return None

    async def asearch(
        self,
        queries: Sequence[str],
        *,
        patient_id: str,
        allowed_note_keys: Collection[str] | None = None,
        before_year: int | None = None,
        exclude_note_keys: Collection[str] = (),
        k: int = 5,
    ) -> list[NoteHit]:
        self.calls.append({"allowed": allowed_note_keys, "before_year": before_year})
        words = {w.lower() for q in queries for w in q.split() if len(w) > 3}
        out = []
        for c in self.chunks:
            if c.patient_id != patient_id or c.note_key in exclude_note_keys:
                continue
            if allowed_note_keys is not None and c.note_key not in allowed_note_keys:
                continue
            if before_year is not None and (c.year or 9999) >= before_year:
                continue
            score = sum(w in c.text.lower() for w in words)
            if score:
                out.append(
                    NoteHit(chunk=c, score=float(score), query=" ".join(queries)[:50])
                )
        return sorted(out, key=lambda h: -h.score)[:k]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


async def test_triage_ok_gives_probabilities_and_flags(kb):
    case = _case(
        vitals=Vitals(heart_rate=130, systolic_bp=85, respiratory_rate=28, spo2=88)
    )
    result, _, rec = await run_stage(
        "triage", {"case": case}, AgentContext(knowledge=kb), reason_triage
    )
    assert rec.status == "ok" and result.esi <= 2 and result.red_flags
    assert abs(sum(result.probabilities.values()) - 1) < 1e-3
    assert set(result.probabilities) == set(ACUITY_WORDS)
    assert rec.seen_note_keys == () and rec.rules_applied


async def test_triage_abstains_without_complaint_or_vitals(kb):
    case = _case(chief_complaint=None, vitals=Vitals())
    result, _, rec = await run_stage(
        "triage", {"case": case}, AgentContext(knowledge=kb), reason_triage
    )
    assert result is None and rec.status == "abstained" and rec.error


class _BrokenKnowledge:
    version = "broken"

    def match_complaint(self, text: str | None) -> None:
        raise RuntimeError("SECRET NOTE TEXT")


async def test_stage_error_becomes_a_record_without_note_text():
    ctx = AgentContext(knowledge=_BrokenKnowledge())  # type: ignore[arg-type]
    result, ledger, rec = await run_stage(
        "triage", {"case": _case()}, ctx, reason_triage
    )
    assert result is None and rec.status == "error" and ledger == ()
    assert "SECRET" not in (rec.error or "") and "triage" in rec.error
    assert rec.error_kind == "internal"


class _BrokenStore(FakeNoteRetriever):
    async def asearch(self, queries: Sequence[str], **kw: object) -> list[NoteHit]:
        raise ConnectionError("chroma down")


class _Refiner:
    """A FAKE refiner: raises ``exc`` or marks the answer unusable."""

    def __init__(self, exc: BaseException | None = None) -> None:
        self.exc = exc

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        if self.exc is not None:
            raise self.exc
        return replace(
            offline,
            status="error",
            result=None,
            error="llm output invalid: prose",
            error_kind="output_invalid",
        )


@pytest.mark.parametrize(
    ("store", "refiner", "kind"),
    [
        (_BrokenStore(), None, "retrieval_error"),
        (None, _Refiner(ModelTimeoutError("slow")), "model_timeout"),
        (None, _Refiner(ModelEndpointError("HTTP 503")), "model_error"),
        (None, _Refiner(), "output_invalid"),
    ],
)
async def test_stage_failures_carry_their_kind(kb, store, refiner, kind):
    ctx = AgentContext(knowledge=kb, store=store, refiner=refiner, backend="llm")
    result, _, rec = await run_stage(
        "assessment",
        {"case": _case()},
        ctx,
        reason_assessment,
        query_terms=lambda v, led, c: ["coronary artery disease"],
    )
    assert result is None and rec.status == "error" and rec.error_kind == kind
    assert "chroma down" not in (rec.error or "")


async def test_ok_and_abstained_records_have_no_error_kind(kb):
    case = _case(chief_complaint=None, vitals=Vitals())
    _, _, rec = await run_stage(
        "triage", {"case": case}, AgentContext(knowledge=kb), reason_triage
    )
    assert rec.status == "abstained" and rec.error and rec.error_kind is None
    assert "error_kind" not in rec.model_dump(mode="json")


async def test_assessment_uses_prior_notes_with_verbatim_citations(kb):
    store = FakeNoteRetriever()
    store.add_notes(_notes())
    ctx = AgentContext(knowledge=kb, store=store)
    case = _case()
    result, ledger, rec = await run_stage(
        "assessment",
        {"case": case},
        ctx,
        reason_assessment,
        query_terms=lambda v, led, c: [
            "coronary artery disease stent ejection fraction"
        ],
    )
    assert rec.status == "ok" and ledger
    assert "n-future" not in rec.seen_note_keys and rec.seen_note_keys
    assert store.calls[0]["before_year"] == 2021
    texts = {n.note_key: n.text for n in _notes()}
    for cit in rec.citations:
        assert cit.quote in texts[cit.note_key]
    assert any(e.must_not_miss for e in ledger)
    assert all(e.evidence_against for e in ledger if e.status == "ruled_out")
    assert result.problem_representation


async def test_assessment_abstains_on_unknown_complaint_without_findings(kb):
    case = _case(chief_complaint="zzqx blorf", one_liner=None, prior_notes=())
    result, _, rec = await run_stage(
        "assessment", {"case": case}, AgentContext(knowledge=kb), reason_assessment
    )
    assert result is None and rec.status == "abstained" and "complaint" in rec.error


@pytest.mark.parametrize(
    "over",
    [
        {"vitals": Vitals()},
        {"vitals": Vitals(heart_rate=0, spo2=99, systolic_bp=120)},
        {"ed_note": "", "prior_notes": (), "one_liner": None},
        {"chief_complaint": "zzqx blorf"},
    ],
    ids=["no-vitals", "contradictory-vitals", "empty-notes", "unknown-complaint"],
)
async def test_bad_input_still_yields_a_complete_trace(kb, over):
    out = await Reasoner(AgentContext(knowledge=kb)).run(_case(**over))
    assert tuple(r.stage for r in out.trace) == STAGE_ORDER
    assert all(r.status in ("ok", "abstained") for r in out.trace)
    if "vitals" in over and over["vitals"].heart_rate == 0:
        triage = out.trace[0].output
        assert "heart_rate>" not in " ".join(triage.red_flags)
        assert "implausible" in triage.rationale


async def test_each_stage_saw_exactly_its_view(kb):
    store = FakeNoteRetriever()
    case = _case()
    out = await Reasoner(AgentContext(knowledge=kb, store=store)).run(case)
    assert len(store.chunks) == 3  # retrieve_node indexed the inline notes
    for rec in out.trace:
        view = build_view(case, rec.stage)
        assert rec.seen_fields == view.exposed_fields
        assert set(rec.seen_note_keys) <= set(view.prior_note_keys) - {"n-future"}
        assert case.ed_note_key not in rec.seen_note_keys
    assert out.trace[0].seen_note_keys == ()
    assert out.final.icd10 == "I21.4"


async def test_real_note_store_end_to_end(kb, embedder):
    from retrieval.store import NoteStore

    store = NoteStore(
        ephemeral=True, collection=f"t{uuid.uuid4().hex}", embedder=embedder
    )
    out = await Reasoner(AgentContext(knowledge=kb, store=store)).run(_case())
    cited = [c for r in out.trace for c in r.citations]
    assert cited, "prior-note evidence should be cited"
    texts = {n.note_key: n.text for n in _notes()}
    assert all(c.quote in texts[c.note_key] for c in cited)
    assert all(c.note_key != "n-future" for c in cited)


def test_prior_note_risk_reads_low_ef_and_home_oxygen(kb):
    from agents.offline.disposition import prior_risk
    from agents.offline.stage_facts import facts_with_notes

    chunk = NoteChunk(
        chunk_id="c1",
        note_key="n1",
        note_type="echo",
        patient_id="p1",
        start=0,
        end=60,
        text="LVEF 30% by biplane. Uses 2 L NC at home.",
    )
    hit = NoteHit(chunk=chunk, score=1.0, query="ef")
    view = build_view(_case(), "disposition")
    risks = prior_risk(facts_with_notes(view, [hit], KB), [hit])
    assert "ejection fraction 30%" in risks and "home oxygen" in risks
    assert prior_risk(facts_with_notes(view, [], KB), []) == []


def test_stated_impression_maps_to_kb_name_and_valid_code(kb):
    from agents.offline.diagnosis import stated_diagnosis, valid_icd10

    spec = stated_diagnosis("Medical Decision Making\nImpression: NSTEMI.", kb)
    assert spec is not None and spec.icd10 == "I21.4" and valid_icd10(spec.icd10)
    assert stated_diagnosis("Impression: no evidence of NSTEMI.", kb) is None
    assert not valid_icd10("Z99.999")


async def test_treatment_orders_work_up_open_must_not_miss(kb):
    out = await Reasoner(AgentContext(knowledge=kb)).run(
        _case(ed_note="HPI\nChest pressure at rest.\n", one_liner=None, prior_notes=())
    )
    treatment = out.trace[2].output
    assert treatment.orders and all(o.reason for o in treatment.orders)
    open_mnm = [
        e.diagnosis
        for e in out.trace[1].output.differential
        if e.status == "cannot_exclude"
    ]
    assert open_mnm
    assert {o.for_diagnosis for o in treatment.orders} & set(open_mnm)
