"""Tests for the reviewable knowledge base and its loader."""

from __future__ import annotations

from typing import get_args

import pytest
from pydantic import ValidationError

from agents.offline.knowledge import (
    ComplaintSpec,
    DiagnosisSpec,
    KnowledgeBase,
    KnowledgeError,
    RuleName,
    load_knowledge,
    validate_knowledge,
)
from agents.offline.knowledge.loader import _entry, _manifest
from agents.offline.rules.registry import RULES


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


def test_loads_cached_and_versioned(kb: KnowledgeBase) -> None:
    assert load_knowledge() is kb
    assert kb.version.startswith("kb-") and len(kb.version) == 15
    assert len(kb.complaints) >= 30
    assert len(kb.diagnoses) >= 100
    assert len(kb.concepts) >= 120


def test_validator_finds_no_problems(kb: KnowledgeBase) -> None:
    assert validate_knowledge(kb) == []


def test_every_icd10_code_is_billable_per_simple_icd_10_cm(kb: KnowledgeBase) -> None:
    import simple_icd_10_cm as icd

    for dx in kb.diagnoses.values():
        assert "." in dx.icd10 or len(dx.icd10) == 3, dx.id
        assert icd.is_valid_item(dx.icd10), dx.id
        assert icd.is_leaf(dx.icd10), dx.id
    # The manifest used to skip the slow import must list exactly verified codes,
    # every code the loader checks included: one missing code makes every server
    # start import simple_icd_10_cm (10-20 s, ~300 MiB per process).
    manifest = _manifest()
    coded = {d.icd10 for d in kb.diagnoses.values()}
    coded |= {v.icd10 for d in kb.diagnoses.values() for v in d.code_variants}
    coded |= {s.icd10 for s in kb.symptom_codes.values()}
    assert coded - set(manifest) == set()
    assert all(icd.is_valid_item(c) for c in manifest)


def test_the_registry_implements_exactly_the_rules_the_knowledge_base_may_name():
    assert list(RULES) == list(get_args(RuleName))


def test_triage_high_risk_situations_point_to_diagnoses_that_exist(
    kb: KnowledgeBase,
) -> None:
    from agents.offline.rules._esi_patterns import POINTS_TO
    from agents.offline.rules._esi_risk import COMPLAINT_RISK_POINTS_TO

    pointed = {
        d
        for ids in [*POINTS_TO.values(), *COMPLAINT_RISK_POINTS_TO.values()]
        for d in ids
    }
    assert pointed and pointed <= set(kb.diagnoses)


def test_an_unknown_rule_is_refused_when_read_naming_file_entry_and_field():
    with pytest.raises(ValidationError):
        ComplaintSpec(
            id="x",
            aliases=["X"],
            differential=[],
            rules=["no_rule"],
            expected_resources=1,
            source="test",
        )
    raw = {
        "id": "bogus_dx",
        "name": "Bogus",
        "icd10": "R69",
        "rule_out": [{"rule": "no_rule", "op": "negative"}],
        "source": "test",
    }
    with pytest.raises(
        KnowledgeError, match=r"dx\.yaml: entry 'bogus_dx': rule_out\.0\.rule"
    ):
        _entry(DiagnosisSpec, raw, "dx.yaml")


def test_validator_catches_broken_entries(kb: KnowledgeBase) -> None:
    bad_dx = DiagnosisSpec(
        id="bogus",
        name="Bogus",
        icd10="I21",
        must_not_miss=True,
        findings_for={"no_such_concept": 1.0},
        source="test",
    )
    bad_cc = ComplaintSpec(
        id="bogus_cc",
        aliases=["BOGUS"],
        differential=["musculoskeletal_chest_pain", "stemi", "missing_dx"],
        expected_resources=1,
        source="test",
    )
    broken = KnowledgeBase(
        version="x",
        complaints={**kb.complaints, "bogus_cc": bad_cc},
        diagnoses={**kb.diagnoses, "bogus": bad_dx},
        concepts=kb.concepts,
        implies=kb.implies,
        history_concepts=kb.history_concepts,
    )
    problems = " | ".join(validate_knowledge(broken, live_icd=True))
    assert "'I21' is not a billable" in problems
    assert "unknown finding concept 'no_such_concept'" in problems
    assert "must-not-miss with no way to exclude" in problems
    assert "unknown diagnosis id 'missing_dx'" in problems
    assert "must-not-miss diagnoses must come first" in problems


def test_differentials_are_worst_first_and_excludable(kb: KnowledgeBase) -> None:
    for cc in kb.complaints.values():
        flags = [kb.diagnosis(d).must_not_miss for d in cc.differential]
        assert flags == sorted(flags, reverse=True), cc.id
        assert any(flags), f"{cc.id} has no must-not-miss diagnosis"
        for rule in cc.rules:
            assert rule in RULES
    for dx in kb.diagnoses.values():
        if dx.must_not_miss:
            assert dx.rule_out or dx.findings_against or dx.cannot_exclude_in_ed, dx.id
        assert dx.source.strip()


def test_chest_pain_differential_and_nstemi_protocol(kb: KnowledgeBase) -> None:
    cc = kb.match_complaint("CHEST PAIN")
    assert cc is not None and cc.id == "chest_pain"
    for dx_id in (
        "stemi",
        "nstemi",
        "pulmonary_embolism",
        "aortic_dissection",
        "pneumothorax",
        "cardiac_tamponade",
        "esophageal_rupture",
    ):
        assert dx_id in cc.differential
    assert cc.differential.index("aortic_dissection") < cc.differential.index(
        "musculoskeletal_chest_pain"
    )
    nstemi = kb.diagnosis("nstemi")
    assert nstemi.icd10 == "I21.4" and nstemi.disposition == "Admit"
    names = " ".join(o.name.lower() for o in nstemi.orders)
    for word in ("ecg", "troponin", "aspirin 324", "heparin", "cardiology"):
        assert word in names
    assert "NSTEMI" in nstemi.synonyms
    with pytest.raises(KeyError):
        kb.diagnosis("not_a_diagnosis")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CHEST PAIN", "chest_pain"),
        ("cp", "chest_pain"),
        ("Chest pain, SOB", "chest_pain"),
        ("SHORTNESS OF BREATH", "shortness_of_breath"),
        ("abd pain", "abdominal_pain"),
        ("Abdominal Pain - RLQ", "abdominal_pain"),
        ("ALTERED MENTAL STATUS", "altered_mental_status"),
        ("mental change", "altered_mental_status"),
        ("Lt flank pain", "flank_pain"),
        ("s/p fall", "fall"),
        ("ankle injury", "extremity_injury"),
        ("SUICIDAL IDEATION", "psychiatric"),
        ("medication refill", "medication_refill"),
        ("headache and fever", "fever"),
    ],
)
def test_match_complaint(kb: KnowledgeBase, text: str, expected: str) -> None:
    cc = kb.match_complaint(text)
    assert cc is not None and cc.id == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Calf pain and swelling for two days. He denies chest pain or shortness of"
            " breath and has no fever. Vital signs normal.",
            "leg_swelling",
            id="denied-complaints-do-not-match",
        ),
        pytest.param(
            "My tooth is killing me. Can you give me something for the pain? Allergic"
            " to penicillin.",
            "dental_pain",
            id="allergy-line-is-not-the-complaint",
        ),
        pytest.param("L side weakness", "stroke_symptoms", id="lateralised-weakness"),
    ],
)
def test_match_complaint_by_meaning(
    kb: KnowledgeBase, text: str, expected: str
) -> None:
    """A narrative or free-text complaint is matched by meaning, not first alias."""
    cc = kb.match_complaint(text)
    assert cc is not None and cc.id == expected


@pytest.mark.parametrize("text", [None, "", "   ", "??", "zzzz qqqq"])
def test_match_complaint_unknown(kb: KnowledgeBase, text: str | None) -> None:
    assert kb.match_complaint(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abd pain", "abdominal_pain"),
        ("dyspnea", "shortness_of_breath"),
        ("Lt. ankle pain", "extremity_injury"),
        ("altered mentality", "altered_mental_status"),
        ("sorethroat", "sore_throat"),
        ("Rt. side motor weakness", "stroke_symptoms"),
        ("backache", "back_pain"),
        ("hemoptysis", "shortness_of_breath"),
    ],
)
def test_free_text_chief_complaints_match(text: str, expected: str) -> None:
    spec = load_knowledge().match_complaint(text)
    assert spec is not None and spec.id == expected
