"""Which documented abnormal findings the leading diagnoses explain (dx14)."""

from __future__ import annotations

from agents.offline.explained import unexplained_abnormal
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import DifferentialEntry

KB = load_knowledge()


def _ledger(*ids: str) -> tuple[DifferentialEntry, ...]:
    """Entries in the given order, most probable first."""
    return tuple(
        DifferentialEntry(
            diagnosis=KB.diagnoses[d].name,
            icd10=KB.diagnoses[d].icd10,
            status="considered",
            probability=round(0.4 / (i + 1), 3),
            changed_by="assessment",
        )
        for i, d in enumerate(ids)
    )


def _facts(*present: str, historical: tuple[str, ...] = ()) -> ClinicalFacts:
    return ClinicalFacts(present=frozenset(present), historical=frozenset(historical))


def test_cytopenias_and_renal_failure_are_unexplained_by_gastroenteritis() -> None:
    odd = unexplained_abnormal(
        KB,
        _ledger("gastroenteritis", "dehydration", "gastritis", "hus"),
        _facts("vomiting", "diarrhea", "thrombocytopenia", "creatinine_high"),
    )
    # dehydration explains the creatinine; nothing leading explains the platelets
    assert odd.findings == ("thrombocytopenia",)
    assert odd.picture
    assert any("hemolytic-uremic" in n.lower() for n in odd.explainers[0])


def test_a_leading_diagnosis_that_lists_the_finding_explains_it() -> None:
    odd = unexplained_abnormal(
        KB, _ledger("hus", "gastroenteritis"), _facts("thrombocytopenia")
    )
    assert odd.findings == () and not odd.picture


def test_a_documented_condition_explains_it() -> None:
    """Known CKD accounts for a raised creatinine (KDIGO 2012); a beta-blocker for
    bradycardia (Tintinalli ch. 18)."""
    ledger = _ledger("viral_syndrome")
    assert not unexplained_abnormal(
        KB, ledger, _facts("creatinine_high", historical=("ckd",))
    ).findings
    assert not unexplained_abnormal(
        KB, ledger, _facts("bradycardia", "beta_blocker_use")
    ).findings
    assert unexplained_abnormal(KB, ledger, _facts("bradycardia")).picture


def test_a_mild_abnormality_alone_is_not_an_unexplained_picture() -> None:
    """Mild anaemia alone is followed up; beside another abnormality it is not."""
    ledger = _ledger("viral_syndrome")
    alone = unexplained_abnormal(KB, ledger, _facts("hemoglobin_low"))
    assert alone.findings == ("hemoglobin_low",) and not alone.picture
    two = unexplained_abnormal(KB, ledger, _facts("hemoglobin_low", "sodium_low"))
    assert two.picture


def test_one_test_is_named_once_at_its_worst_band() -> None:
    odd = unexplained_abnormal(
        KB,
        _ledger("viral_syndrome"),
        _facts("thrombocytopenia", "platelets_low_severe"),
    )
    assert odd.findings == ("platelets_low_severe",)


def test_every_abnormal_finding_has_an_explanation_in_the_knowledge_base() -> None:
    """The map is open-world but not empty: each abnormality names what explains it
    (a diagnosis listing it, or its explained_by)."""
    for concept, entry in KB.abnormal.items():
        listed = [
            d for d in KB.diagnoses.values() if d.findings_for.get(concept, 0) > 0
        ]
        assert listed or entry.explained_by or concept in KB.diagnoses, concept


def test_abnormalities_stated_in_words_are_read() -> None:
    """Case reports state results in words: 'pancytopenia' is three cytopenias,
    'hypokalaemia' a low potassium, 'metabolic acidosis' an acidaemia."""
    from agents.offline.rules.findings import extract_findings

    found = {
        f.concept
        for f in extract_findings(
            "Labs notable for pancytopenia, hypokalaemia and metabolic acidosis.",
            KB,
            source="ed_note",
        )
        if f.status == "present"
    }
    assert {"pancytopenia", "potassium_low", "acidemia"} <= found
    assert {"thrombocytopenia", "hemoglobin_low"} <= set(KB.implies["pancytopenia"])


def test_a_bundle_branch_block_or_hyperkalaemia_explains_a_wide_qrs() -> None:
    """A right bundle branch block widens the QRS as a left one does; so does
    hyperkalaemia (Tintinalli ch. 18). A wide QRS with neither stays unexplained."""
    ledger = _ledger("viral_syndrome")
    assert unexplained_abnormal(KB, ledger, _facts("qrs_wide")).picture
    for cause in ("ecg_rbbb", "potassium_high"):
        odd = unexplained_abnormal(KB, ledger, _facts("qrs_wide", cause))
        assert "qrs_wide" not in odd.findings  # (the potassium itself may still be)
    assert not unexplained_abnormal(
        KB, ledger, _facts("qrs_wide", historical=("ecg_rbbb",))
    ).findings
