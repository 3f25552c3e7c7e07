"""perf41: answers a unique request asked twice of the same inputs are kept.

``order_safety.allergy_classes`` reads each text once (its answer kept with the
text's other answers: a returning patient's notes and retrieved chunks are not read
again), and the differential's ``candidate_specs``, ``listed_ids`` and
``criteria_entrants`` are kept for the very same (knowledge base, complaint, facts):
the diagnosis stage often reads the disposition's facts object; ``context_status``
and ``immunocompromise`` are kept for the last texts asked. The kept answers
must equal fresh ones, tell apart inputs that differ, and never be shared mutable
state.
"""

from __future__ import annotations

import re

from agents import order_safety
from agents.offline import differential, stage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, findings, immunocompromise
from cases.models import Case
from cases.views import StageView, build_view

ALLERGY_TEXTS = (
    "Allergies: penicillin (anaphylaxis), sulfa (rash).",
    "Allergies: NKDA.",
    "No known drug allergies.",
    "Allergic to tramadol and codeine.",
    "PMH asthma; bronchospasm after ibuprofen as a child.",
    "Aspirin-exacerbated respiratory disease. Allergies: latex.",
    "Allergy: amoxicillin - hives and throat swelling, needed adrenaline.",
    "Allergies: cephalexin (nausea).",
    "",
    "Chest pain since this morning, no allergies known.",
)


def _fresh_allergies(texts: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The answer for equal texts in new objects (found by the texts' digest)."""
    copies = ["".join(["\u2063", t])[1:] for t in texts]
    return order_safety.allergy_classes(copies)


def test_allergy_classes_union_of_the_texts_equals_each_read_alone() -> None:
    whole = order_safety.allergy_classes(list(ALLERGY_TEXTS))
    classes: set[str] = set()
    words: set[str] = set()
    for t in ALLERGY_TEXTS:
        c, w = order_safety._allergies_in(t)
        classes |= c
        words |= w
    assert whole == (frozenset(classes), frozenset(words))
    assert "penicillin" in whole[0] and "tramadol" in whole[1]


def test_allergy_classes_kept_answer_equals_a_fresh_read() -> None:
    for t in ALLERGY_TEXTS:
        first = order_safety.allergy_classes([t])
        assert order_safety.allergy_classes([t]) == first  # the kept answer
        assert _fresh_allergies([t]) == first
        assert order_safety._allergies_in(t) == first


def test_allergy_classes_a_changed_text_is_read_anew() -> None:
    text = "Allergies: penicillin (hives)."
    assert "penicillin" in order_safety.allergy_classes([text])[0]
    changed = text.replace("penicillin", "morphine")
    got = order_safety.allergy_classes([changed])
    assert "penicillin" not in got[0]
    assert got == order_safety._allergies_in(changed)


NOTE = (
    "HPI: 71 y.o. woman, fell at home onto her right hip, unable to bear weight. "
    "Shortened externally rotated right leg. Temp 38.6, HR 112, lactate 4.1."
)


def _view(complaint: str, stage: str = "disposition", **vitals: float) -> StageView:
    case = Case.model_validate(
        {
            "patient_id": "P-perf41",
            "encounter_id": "E-1",
            "chief_complaint": complaint,
            "demographics": {"age": 71, "sex": "F"},
            "vitals": {"heart_rate": 112, "systolic_bp": 104, **vitals},
            "ed_note": NOTE,
            "source": "scenario",
        }
    )
    return build_view(case, stage)  # type: ignore[arg-type]


def _facts(complaint: str, **vitals: float) -> ClinicalFacts:
    view = _view(complaint, **vitals)
    return stage_facts.facts_with_notes(view, (), load_knowledge())


COMPLAINTS = ("hip pain", "fall", "fever", "chest pain", "unwell", None)


def test_kept_differential_answers_equal_fresh_ones() -> None:
    kb = load_knowledge()
    for complaint in COMPLAINTS:
        facts = _facts(complaint or "")
        for text in (complaint, None):
            assert differential.candidate_specs(
                kb, text, facts
            ) == differential._candidate_specs(kb, text, facts)
            assert differential.candidate_specs(
                kb, text, facts
            ) == differential._candidate_specs(kb, text, facts)  # kept
            assert differential.listed_ids(kb, text, facts) == (
                differential._listed_ids(kb, text, facts)
            )
            assert differential.listed_ids(kb, text, facts) == (
                differential._listed_ids(kb, text, facts)
            )
        assert differential.criteria_entrants(kb, facts) == differential._entrants(
            kb, facts
        )
        assert differential.criteria_entrants(kb, facts) == differential._entrants(
            kb, facts
        )
        assert differential.candidate_specs(
            kb, complaint, None
        ) == differential._candidate_specs(kb, complaint, None)


def test_kept_differential_answers_are_new_containers() -> None:
    kb = load_knowledge()
    facts = _facts("hip pain")
    first = differential.candidate_specs(kb, "hip pain", facts)
    assert first
    first.clear()  # a caller extends or trims its list (``reason_assessment``)
    assert differential.candidate_specs(kb, "hip pain", facts)
    listed = differential.listed_ids(kb, "hip pain", facts)
    assert listed
    listed.clear()
    assert differential.listed_ids(kb, "hip pain", facts)
    entrants = differential.criteria_entrants(kb, facts)
    entrants.append(entrants[0] if entrants else kb.diagnoses[next(iter(kb.diagnoses))])
    assert differential.criteria_entrants(kb, facts) == differential._entrants(
        kb, facts
    )


def test_other_facts_or_complaint_get_their_own_answer() -> None:
    kb = load_knowledge()
    calm = _facts("hip pain", heart_rate=80, systolic_bp=130)
    septic = _facts("hip pain")
    assert calm is not septic
    for facts in (calm, septic, calm):
        assert differential.candidate_specs(
            kb, "hip pain", facts
        ) == differential._candidate_specs(kb, "hip pain", facts)
    assert differential.candidate_specs(
        kb, "chest pain", septic
    ) == differential._candidate_specs(kb, "chest pain", septic)
    assert differential.listed_ids(kb, "chest pain", septic) != (
        differential.listed_ids(kb, "hip pain", septic)
    )


def test_the_kept_answers_are_bounded() -> None:
    kb = load_knowledge()
    for i in range(3 * differential._SAME_FACTS_SIZE):
        facts = _facts(f"hip pain #{i}")
        differential.candidate_specs(kb, "hip pain", facts)
        differential.listed_ids(kb, "hip pain", facts)
        differential.criteria_entrants(kb, facts)
    for memo in (
        differential._CANDIDATES,
        differential._LISTED,
        differential._ENTRANTS,
    ):
        assert len(memo._data) <= differential._SAME_FACTS_SIZE


CONTEXT_TEXTS = (
    "No chest pain. Fever since yesterday.",
    "PMH: PE in 2019. Today: pleuritic chest pain.",
    "Father has leukaemia. Patient on prednisone 20 mg daily.",
    "If the CT shows a bleed, reverse. r/o PE: CT shows no clot.",
    "Immunocompromised (renal transplant on tacrolimus).",
    "HIV, CD4 150. Denies steroid use.",
    "",
)


def test_context_status_kept_answers_equal_fresh_ones() -> None:
    for text in CONTEXT_TEXTS:
        spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
        for start, end in spans:
            first = findings.context_status(text, start, end)
            assert first == findings._context_status(text, start, end)
            assert findings.context_status(text, start, end) == first  # kept
            copy = "".join(["\u2063", text])[1:]  # equal text, a new object
            assert findings.context_status(copy, start, end) == first


def test_context_status_tells_apart_spans_and_texts() -> None:
    text = "No chest pain. Fever since yesterday."
    pain = text.index("chest pain")
    fever = text.index("Fever")
    assert findings.context_status(text, pain, pain + 10) == "absent"
    assert findings.context_status(text, fever, fever + 5) == "present"
    said = text.replace("No chest", "Has chest")
    assert findings.context_status(said, pain + 1, pain + 11) == (
        findings._context_status(said, pain + 1, pain + 11)
    )
    assert findings.context_status(said, pain + 1, pain + 11) == "present"


def test_immunocompromise_kept_answer_equals_a_fresh_one() -> None:
    for text in (*CONTEXT_TEXTS, *ALLERGY_TEXTS, None):
        first = immunocompromise.immunocompromise(text)
        assert immunocompromise.immunocompromise(text) == first
        if text:
            assert immunocompromise._immunocompromise(text) == first
            copy = "".join(["\u2063", text])[1:]
            assert immunocompromise.immunocompromise(copy) == first
    stated = immunocompromise.immunocompromise(CONTEXT_TEXTS[4])
    assert stated is not None and stated.status == "present"
    changed = CONTEXT_TEXTS[4].replace("Immunocompromised (renal transplant", "(")
    assert immunocompromise.immunocompromise(changed) == (
        immunocompromise._immunocompromise(changed)
    )


def test_the_text_memos_are_bounded() -> None:
    for i in range(200):
        text = f"Patient {i} on prednisone 40 mg daily."
        findings.context_status(text, 11, 21)
        immunocompromise.immunocompromise(text)
    assert len(findings._CONTEXTS._data) <= findings._CONTEXTS.size
    assert len(immunocompromise._FOUND._data) <= immunocompromise._FOUND.size
