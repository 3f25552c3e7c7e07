"""infect49: an overdose counted in words or a pack taken is overdose wording
(rules.exposure); pneumonia in an immunocompromised host is admitted
(disposition_paths.immunocompromised_pneumonia); a named agent's poisoning is worked
before "unspecified drugs" (diagnosis.named_agent_first, in the treatment stage)."""

from __future__ import annotations

from agents.offline.diagnosis import named_agent_first
from agents.offline.disposition_paths import immunocompromised_pneumonia
from agents.offline.rules.exposure import overdose_worded
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import DifferentialEntry
from cases.models import Vitals


def _worded(text: str, drug: str) -> bool:
    start = text.index(drug)
    return overdose_worded(text, start, start + len(drug))


def test_a_count_in_words_is_overdose_wording() -> None:
    assert _worded("Took forty 300 mg aspirin tablets three hours ago.", "aspirin")
    assert _worded("Took twenty-eight amlodipine 10 mg tablets.", "amlodipine")
    assert _worded("She took a packet of aspirin this morning.", "aspirin")


def test_a_therapeutic_mention_is_no_overdose_wording() -> None:
    assert not _worded("Takes aspirin 75 mg daily for ten years.", "aspirin")
    assert not _worded("Had two paracetamol tablets for the headache.", "paracetamol")


def _facts(present: set[str], t: float = 38.4) -> ClinicalFacts:
    return ClinicalFacts(
        age=57, vitals=Vitals(temperature_c=t), present=frozenset(present)
    )


def test_pneumonia_in_an_immunocompromised_host_with_fever_is_admitted() -> None:
    need = immunocompromised_pneumonia("pneumonia", _facts({"immunocompromised"}))
    assert need is not None and need.disposition == "Admit"


def test_pneumonia_without_immunocompromise_has_no_such_need() -> None:
    assert immunocompromised_pneumonia("pneumonia", _facts({"cough"})) is None
    assert (
        immunocompromised_pneumonia("cellulitis", _facts({"immunocompromised"})) is None
    )


def _entry(name: str, code: str, status: str, p: float) -> DifferentialEntry:
    return DifferentialEntry.model_validate(
        {
            "diagnosis": name,
            "icd10": code,
            "status": status,
            "probability": p,
            "must_not_miss": True,
            "evidence_for": [{"kind": "finding", "text": "overdose stated"}],
            "changed_by": "treatment",
        }
    )


def test_a_named_agent_is_worked_before_unspecified_drugs() -> None:
    unspecified = _entry(
        "Poisoning by unspecified drugs, intentional self-harm, initial encounter",
        "T50.902A",
        "ruled_in",
        0.7,
    )
    ccb = _entry(
        "Poisoning by calcium-channel blockers, intentional self-harm, initial "
        "encounter",
        "T46.1X2A",
        "ruled_in",
        0.2,
    )
    assert named_agent_first([unspecified, ccb], unspecified) is ccb
    assert named_agent_first([unspecified], unspecified) is unspecified
