"""Per-text memos of the offline reasoner keep digests, never the text, as keys."""

from __future__ import annotations

from typing import Any

from agents.offline import stage_facts
from agents.offline.knowledge import load_knowledge
from cases.memo import HashMemo
from cases.models import Case, Demographics
from cases.views import build_view

NOTE = (
    "HPI: 58 y.o. man with crushing chest pain radiating to the left arm. "
    "Troponin 0.9 ng/mL. Denies fever."
)


def _keys_are_digests(memo: HashMemo[Any]) -> bool:
    data = memo._data
    return bool(data) and all(isinstance(k, bytes) and len(k) == 32 for k in data)


def test_stage_facts_memo_keys_are_digests_and_answers_repeat():
    kb = load_knowledge()
    case = Case.model_validate(
        {
            "patient_id": "P-memo",
            "encounter_id": "E-memo",
            "chief_complaint": "chest pain",
            "demographics": {"age": 58, "sex": "M"},
            "ed_note": NOTE,
            "source": "scenario",
        }
    )
    view = build_view(case, "treatment")
    stage_facts.clear_caches()
    first = stage_facts.facts_with_notes(view, [], kb)
    second = stage_facts.facts_with_notes(view, [], kb)
    assert first == second and "chest_pain" in first.present
    for memo in (stage_facts._FINDINGS, stage_facts._RESULTS, stage_facts._MEASURES):
        assert _keys_are_digests(memo)


def test_complaint_matcher_memo_keys_are_digests():
    from agents.offline.knowledge.semantic import ComplaintMatcher

    matcher = ComplaintMatcher(load_knowledge())
    text = "crushing chest pain since this morning"
    found = matcher.match(text)
    assert found is not None and found[0] == "chest_pain"
    assert matcher.match(text) == found  # served by the memo
    assert _keys_are_digests(matcher._memo)


def test_facts_are_reused_for_equal_inputs_and_rebuilt_for_new_text():
    kb = load_knowledge()
    case = Case.model_validate(
        {
            "patient_id": "P-recent",
            "encounter_id": "E-recent",
            "chief_complaint": "chest pain",
            "demographics": {"age": 58, "sex": "M"},
            "ed_note": NOTE,
            "source": "scenario",
        }
    )
    view = build_view(case, "disposition")
    stage_facts.clear_caches()
    first = stage_facts.facts_with_notes(view, (), kb)
    assert stage_facts.facts_with_notes(view, (), kb) is first  # same objects
    # The diagnosis view shows the disposition view's inputs: the same facts.
    same_inputs = build_view(case, "diagnosis")
    assert same_inputs is not view and same_inputs.stage != view.stage
    assert stage_facts.facts_with_notes(same_inputs, (), kb) is first
    copied = Case.model_validate(case.model_dump())  # equal values, new objects
    copied_view = build_view(copied, "diagnosis")
    assert stage_facts.facts_with_notes(copied_view, (), kb) is first
    other = build_view(
        case.model_copy(update={"ed_note": "Fever since this morning."}), "disposition"
    )
    assert "fever" not in first.present
    assert "fever" in stage_facts.facts_with_notes(other, (), kb).present
    older = case.model_copy(update={"demographics": Demographics(age=80, sex="M")})
    older_view = build_view(older, "disposition")
    assert stage_facts.facts_with_notes(older_view, (), kb).age == 80
    stage_facts.clear_caches()
    assert stage_facts.facts_with_notes(view, (), kb) is not first


def test_complaint_match_is_reused_for_the_same_string_only():
    kb = load_knowledge()
    text = "".join(["chest ", "pain"])  # a fresh string object
    first = kb.match_complaint(text)
    assert first is not None and first.id == "chest_pain"
    assert kb.match_complaint(text) is first
    assert kb.match_complaint("ankle sprain") != first  # another text: matched afresh
    assert kb.match_complaint("".join(["chest ", "pain"])) is first


def test_sites_and_esi_are_reused_for_the_same_objects_only():
    from agents.offline.rules import ClinicalFacts, esi_triage

    kb = load_knowledge()
    text = "".join(["left ", "knee pain"])
    sites = kb.sites_named(text)
    assert "knee" in sites and kb.sites_named(text) is sites
    assert "knee" not in kb.sites_named("sore throat")
    facts = ClinicalFacts(age=40, present=frozenset({"chest_pain"}))
    complaint = kb.match_complaint("chest pain")
    first = esi_triage(facts, complaint)
    assert esi_triage(facts, complaint) is first  # the very same facts object
    equal = ClinicalFacts(age=40, present=frozenset({"chest_pain"}))
    again = esi_triage(equal, complaint)
    assert again is not first and again == first


def test_asserted_keeps_a_long_notes_answers_per_pattern():
    import re

    from agents import _text

    note = "Pt seen. " * 120 + "Denies melena. Bright red blood per rectum today."
    assert len(note) >= _text.INDEXED_CHARS
    blood = re.compile(r"(?i)\bblood per rectum\b")
    melena = re.compile(r"(?i)\bmelena\b")
    _text.clear_answers()
    for _ in range(2):  # computed, then answered from the note's index
        assert _text.asserted(blood, ["no complaint", note])
        assert not _text.asserted(melena, [note])
    assert _keys_are_digests(_text._SCANS)
    assert _text.asserted(melena, [note[:-50] + " Melena x2."])  # another text
    assert not _text.asserted(blood, ["blood per rectum"[:5]])


def _word_count(text: str) -> int:
    _CALLS.append(text)
    return len(text.split())


_CALLS: list[str] = []


def _matches(pattern: Any, text: str) -> tuple[str, ...]:
    _CALLS.append(text)
    return tuple(m.group(0) for m in pattern.finditer(text))


def test_per_text_readers_answer_once_per_text_and_follow_the_text():
    import re

    from agents import _text

    note = "Pt seen. " * 120 + "GCS 14 on arrival, later GCS 15."
    gcs = re.compile(r"GCS \d+")
    _text.clear_answers()
    _CALLS.clear()
    for _ in range(2):  # read, then answered from the text's index
        assert _text.per_text(_word_count, note) == len(note.split())
        assert _text.per_text_of(_matches, gcs, note) == ("GCS 14", "GCS 15")
    assert len(_CALLS) == 2
    other = note.replace("15", "13")  # another text: read again
    assert _text.per_text_of(_matches, gcs, other) == ("GCS 14", "GCS 13")
    short = "GCS 8"  # a short text by identity
    assert _text.per_text_of(_matches, gcs, short) == ("GCS 8",)
    assert _text.per_text(_word_count, short) == 2
    assert _keys_are_digests(_text._SCANS)


def test_pathway_readers_match_a_fresh_scan():
    from agents import pathways, pathways_pain, pathways_tox

    texts = ("pain 8/10, GCS 12", "Pt seen. " * 120 + "pain score 6/10. GCS 9 earlier.")
    scales = (
        pathways_pain._SCORE_AFTER,
        pathways_pain._SCORE_BEFORE,
        pathways_pain._SCALE,
    )
    scores = [
        int(m[1])
        for t in texts
        for p in scales
        for m in p.finditer(t)
        if int(m[1]) <= 10
    ]
    assert 8 in scores and 6 in scores
    for _ in range(2):  # read, then answered per text: the same values, in order
        assert pathways._gcs_values(texts) == [12, 9]
        assert pathways_pain._scores(texts) == scores
        assert pathways_tox._number(pathways_tox._GCS, texts) == [12.0, 9.0]


def test_current_findings_are_the_extraction_of_the_text():
    from agents.offline.rules.findings import extract_findings

    kb = load_knowledge()
    text = NOTE + " CXR: right lower lobe infiltrate. Cough and fever for 3 days."
    for _ in range(2):  # the second answer is the kept one
        assert stage_facts.current_findings(text, kb) == extract_findings(text, kb)
    assert stage_facts.current_findings(None, kb) == ()
    assert stage_facts.current_findings("", kb) == ()
