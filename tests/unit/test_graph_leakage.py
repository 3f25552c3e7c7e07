"""End-to-end leakage proof: text a stage may not see never reaches the trace.

Unique sentinels are planted where no stage may look (the "Final Disposition and ED
Course" section, a later encounter's note, another patient's note) and where only
later stages may look (the ED H&P, the MDM). The whole graph then runs with the real
embedder and an on-disk Chroma store, and the trace is searched for every sentinel.
"""

from __future__ import annotations

import json

import pytest

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from cases.models import Arrival, Case, ClinicalNote, Demographics, Vitals
from graph.runtime import Reasoner

pytestmark = pytest.mark.anyio

HPI_SENTINEL = "zephyrquartz"
MDM_SENTINEL = "obsidianlark"
COURSE_SENTINEL = "vermilionfjord"
FUTURE_SENTINEL = "cobaltmarmot"
OTHER_PATIENT_SENTINEL = "saffronglacier"

ED_NOTE = f"""HPI: 61 y.o. male with chest pressure for 2 hours, diaphoretic.
Exposure history: {HPI_SENTINEL} chest pain radiating to the left arm.
Triage Vital Signs:
BP: 150/90 | Pulse: 104 | Resp: 20 | Temp: 37.0 °C | SpO2: 96%
Physical Exam
HENT: normocephalic. Cardiovascular: tachycardic, regular.
Medical Decision Making
Troponin 0.9, elevated. ECG with ST depression. {MDM_SENTINEL} pattern.
Final Disposition and ED Course
Admitted to cardiology. {COURSE_SENTINEL} Final diagnosis NSTEMI.
"""


def _case() -> Case:
    prior = ClinicalNote(
        note_key="prior-1",
        note_type="discharge_summary",
        patient_id="P-leak",
        year=2019,
        text="Discharge Diagnoses: CAD s/p PCI to LAD 2019. EF 45% on echo.",
    )
    future = ClinicalNote(
        note_key="future-1",
        note_type="progress_note",
        patient_id="P-leak",
        year=2024,
        text=f"{FUTURE_SENTINEL} follow-up after NSTEMI admission, chest pain.",
    )
    return Case(
        patient_id="P-leak",
        encounter_id="E-leak",
        demographics=Demographics(age=61, sex="Male"),
        chief_complaint="CHEST PAIN",
        arrival=Arrival(year=2021),
        vitals=Vitals(heart_rate=104, systolic_bp=150, diastolic_bp=90, spo2=96),
        ed_note=ED_NOTE,
        ed_note_key="ed-1",
        one_liner="61 y.o. male with CAD s/p PCI presenting with chest pain.",
        prior_notes=(prior, future),
    )


def _other_patient() -> Case:
    note = ClinicalNote(
        note_key="other-1",
        note_type="discharge_summary",
        patient_id="P-other",
        year=2018,
        text=f"{OTHER_PATIENT_SENTINEL} CAD s/p PCI, chest pain, EF 30%.",
    )
    return Case(
        patient_id="P-other",
        encounter_id="E-other",
        chief_complaint="CHEST PAIN",
        arrival=Arrival(year=2020),
        prior_notes=(note,),
    )


async def test_no_stage_sees_what_it_may_not(embedder, tmp_path):
    from retrieval.store import NoteStore

    store = NoteStore(path=str(tmp_path / "chroma"), embedder=embedder)
    reasoner = Reasoner(AgentContext(knowledge=load_knowledge(), store=store))
    await reasoner.run(_other_patient())  # indexes another patient's notes
    out = await reasoner.run(_case())

    by_stage = {r.stage: json.dumps(r.model_dump(mode="json")) for r in out.trace}
    whole = json.dumps(out.model_dump(mode="json"))
    # Never visible to any stage: post-disposition text, future notes, other patients.
    for sentinel in (COURSE_SENTINEL, FUTURE_SENTINEL, OTHER_PATIENT_SENTINEL):
        assert sentinel not in whole, sentinel
    for rec in out.trace:
        assert "future-1" not in rec.seen_note_keys
        assert "other-1" not in rec.seen_note_keys
        assert "ed-1" not in rec.seen_note_keys
    # The ED note's H&P and MDM appear only from the stages allowed to read them.
    for stage in ("triage", "assessment"):
        assert HPI_SENTINEL not in by_stage[stage]
        assert MDM_SENTINEL not in by_stage[stage]
    assert MDM_SENTINEL not in by_stage["treatment"]
    # Sanity: the allowed prior note was retrievable, so the filters did not just
    # return nothing at all.
    assert any("prior-1" in r.seen_note_keys for r in out.trace)
