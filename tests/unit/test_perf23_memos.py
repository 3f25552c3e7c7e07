"""perf23's shortcuts give the answers of the work they skip (behaviour unchanged)."""

from __future__ import annotations

import re

from agents import _text
from agents.offline import differential
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from cases.models import Case
from cases.population import population_of, view_population
from cases.views import build_view

NOTE = (
    "HPI: 61 yo woman with fever, productive cough and pleuritic chest pain for 3 "
    "days. No haemoptysis, denies leg swelling. History of COPD and diabetes. "
    "Crackles at the right base. Mother had a stroke. Return if short of breath."
)


def _case() -> Case:
    return Case.model_validate(
        {
            "patient_id": "P-perf23",
            "encounter_id": "E-perf23",
            "chief_complaint": "cough and fever",
            "one_liner": "61 yo F with cough, fever and pleuritic chest pain.",
            "demographics": {"age": 61, "sex": "F"},
            "ed_note": NOTE,
            "source": "scenario",
        }
    )


def test_tally_skips_only_concepts_that_weigh_nothing():
    kb = load_knowledge()
    facts = ClinicalFacts.from_findings(extract_findings(NOTE, kb), kb, age=61, sex="F")
    known = differential.documented_concepts(facts)
    for spec in kb.diagnoses.values():
        weighed = [
            c
            for c in (*spec.findings_for, *spec.findings_against)
            if facts.has(c) or c in facts.historical or facts.denied(c)
        ]
        assert set(weighed) <= known
        every = frozenset((*spec.findings_for, *spec.findings_against))  # no skip
        fast = differential._tally(spec, facts, {}, True, documented=known)
        slow = differential._tally(spec, facts, {}, True, documented=every)
        assert fast.log_odds == slow.log_odds
        assert fast.ev_for == slow.ev_for and fast.ev_against == slow.ev_against


def test_joint_answers_of_a_view_equal_the_per_text_answers():
    view = build_view(_case(), "disposition")
    texts = _text.visible_texts(view)
    assert _text.visible_texts(view) is texts  # the same tuple for the same view
    for word in ("fever", "haemoptysis", "stroke", "short of breath", "rash"):
        pattern = re.compile(rf"(?i)\b{word}")
        expected = any(_text._asserted_in(pattern, t) for t in texts)
        assert _text.asserted(pattern, texts) is expected
        assert _text.asserted(pattern, texts) is expected  # from the joint answers
        assert _text.asserted(pattern, list(texts)) is expected  # other texts


def test_view_population_equals_population_of():
    case = _case()
    for stage in ("triage", "assessment", "treatment", "disposition"):
        view = build_view(case, stage)
        texts = (view.chief_complaint, view.one_liner, view.ed_text)
        assert view_population(view) == population_of(view.demographics, texts)
        assert view_population(view) == population_of(view.demographics, texts)
