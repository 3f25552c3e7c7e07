"""perf34: the facts pathways read for what is present, served by the stage's own.

Prior-note hits add history only, so a view's ``present`` / ``absent`` are the same
with and without them but for ``glucose_low`` (Whipple's triad reads the history:
Cryer PE et al. J Clin Endocrinol Metab 2009;94:709). ``present_facts`` serves the
facts the stage already read for the very same view; a facts answer found by
identity marks a watched run (``agents._reads``) as reading the new texts, so a
pathway that reads the facts is never replayed from another complaint's answers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from agents import _reads
from agents.offline import stage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.findings import Finding
from agents.pathways_cns import encephalitis_suspected, meningitis_suspected
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from cases.models import Case
from cases.population import view_population
from cases.views import StageView, build_view
from retrieval.schemas import NoteChunk, NoteHit

KB = load_knowledge()
STAGES = ("triage", "assessment", "treatment", "disposition", "diagnosis")
WHIPPLE = frozenset({"glucose_low"})


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    stage_facts.clear_caches()
    yield
    stage_facts.clear_caches()


def _hits(case: Case) -> list[NoteHit]:
    """Every prior note of ``case`` as one retrieved chunk."""
    return [
        NoteHit(
            chunk=NoteChunk(
                chunk_id=f"c{i}",
                note_key=n.note_key,
                note_type=n.note_type,
                patient_id=n.patient_id,
                start=0,
                end=len(n.text),
                text=n.text,
            ),
            score=1.0,
            query="q",
        )
        for i, n in enumerate(case.prior_notes)
    ]


def _demo_cases() -> list[Case]:
    rows = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    return [lc.case for lc in rows if lc.case.prior_notes]


def test_hits_change_no_present_or_absent_concept_but_glucose_low() -> None:
    """On every demo case with prior notes and every stage's view."""
    compared = 0
    for case in _demo_cases():
        hits = _hits(case)
        for stage in STAGES:
            view = build_view(case, stage)
            plain = stage_facts.facts_with_notes(view, (), KB)
            with_hits = stage_facts.facts_with_notes(view, hits, KB)
            assert plain.present - WHIPPLE == with_hits.present - WHIPPLE
            assert plain.absent - WHIPPLE == with_hits.absent - WHIPPLE
            compared += 1
    assert compared >= 40


def _finding(concept: str, status: str) -> Finding:
    return Finding(concept=concept, status=status, text=concept, start=0, end=0)


def test_random_histories_change_no_present_concept_but_glucose_low() -> None:
    """``from_findings`` on random current findings and random prior-note findings."""
    rng = random.Random(34)
    concepts = sorted(KB.implies.keys() | set(KB.history_concepts) | WHIPPLE)
    statuses = ("present", "absent", "historical", "hypothetical")
    for _ in range(300):
        current = [_finding(c, rng.choice(statuses)) for c in rng.sample(concepts, 12)]
        prior = [_finding(c, "present") for c in rng.sample(concepts, 12)]
        age = rng.choice((None, 8, 45, 80))
        plain = ClinicalFacts.from_findings(current, KB, age=age)
        kept = ClinicalFacts.from_findings(current, KB, historical_only=prior, age=age)
        assert plain.present - WHIPPLE == kept.present - WHIPPLE
        assert plain.absent - WHIPPLE == kept.absent - WHIPPLE


def _febrile_view(stage: str = "treatment") -> tuple[StageView, list[NoteHit]]:
    case = Case.model_validate(
        {
            "patient_id": "P-perf34",
            "encounter_id": "E-1",
            "chief_complaint": "fever and confusion",
            "one_liner": "Fever, headache, neck stiffness and a seizure today.",
            "demographics": {"age": 40, "sex": "F"},
            "vitals": {"heart_rate": 118, "temperature_c": 39.2},
            "ed_note": "HPI: febrile, confused, headache, stiff neck. Seized once.",
            "prior_notes": [
                {
                    "note_key": "n1",
                    "note_type": "progress_note",
                    "patient_id": "P-perf34",
                    "text": "Migraine with aura. Diabetes on insulin. HIV, CD4 150.",
                }
            ],
            "source": "scenario",
        }
    )
    return build_view(case, stage), _hits(case)


def test_present_facts_serves_the_stage_facts_of_the_same_view() -> None:
    view, hits = _febrile_view()
    stage = stage_facts.facts_with_notes(view, hits, KB)
    assert stage_facts.present_facts(view, KB) is stage
    other, _ = _febrile_view()  # equal content, another object: its own plain facts
    plain = stage_facts.present_facts(other, KB)
    assert plain is stage_facts.facts_with_notes(other, (), KB)


def test_cns_pathways_read_alike_with_the_stage_facts() -> None:
    """IDSA 2004 / IEC 2013: the verdicts equal those on the plain facts."""
    for stage in ("assessment", "treatment", "disposition"):
        view, hits = _febrile_view(stage)
        pop = view_population(view)
        plain = (meningitis_suspected(view, pop), encephalitis_suspected(view, pop))
        stage_facts.clear_caches()
        stage_facts.facts_with_notes(view, hits, KB)  # the stage reads its facts
        served = (meningitis_suspected(view, pop), encephalitis_suspected(view, pop))
        assert served == plain and all(served)


def test_a_facts_answer_found_by_identity_marks_a_watched_run() -> None:
    """A second pathway reading the facts of a watched view reads its new texts."""
    view, _ = _febrile_view()
    seen = _reads.watched(view)
    log = _reads.ReadLog()
    _reads.tracking(log)
    try:
        stage_facts.facts_with_notes(seen, (), KB)
        assert log.raw
        log.raw = False
        stage_facts.facts_with_notes(seen, (), KB)  # found by identity
        assert log.raw
        log.raw = False
        stage_facts.present_facts(seen, KB)
        assert log.raw
    finally:
        _reads.tracking(None)


def test_complaint_concepts_read_as_the_complaint_was_extracted() -> None:
    """The treatment stage's complaint concepts share the facts' reading."""
    from agents.context import AgentContext
    from agents.offline.rules.findings import extract_findings
    from agents.offline.treatment import complaint_concepts

    ctx = AgentContext(knowledge=KB)
    for complaint in (
        "chest pain",
        "Pain, chest",
        "no fever, cough",
        "newborn not feeding",
        "fever and confusion #12",
    ):
        view, _ = _febrile_view()
        view = view.model_copy(update={"chief_complaint": complaint})
        stage_facts.facts_with_notes(view, (), KB)  # an older patient's reading
        expected = frozenset(
            f.concept
            for f in extract_findings(complaint, KB, source="cc")
            if f.status == "present"
        )
        assert complaint_concepts(view, ctx) == expected
