"""Chief complaints in CEDIS v2 wording (CTAS 2016 / KTAS presenting-complaint list).

Written from the CEDIS list (Grafstein E et al. CJEM 2008), not from shared-data rows:
CEDIS wording reaches its complaint, a CEDIS complaint the knowledge base has none of
matches nothing (never the nearest wrong one), British spelling and stray spaces name
the same complaint.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.knowledge.semantic import UNLISTED_CEDIS, spelled
from cases.models import Case


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("ALTERED LEVEL OF CONSCIOUSNESS", "altered_mental_status"),
        ("decreased LOC", "altered_mental_status"),
        ("STRIDOR", "shortness_of_breath"),
        ("Sensory loss / paresthesias", "stroke_symptoms"),
        ("JOINT PAIN", "extremity_injury"),
        ("CHIN INJURY", "head_injury"),
        ("HAEMATEMESIS", "gi_bleeding"),
        ("diarrhoea", "diarrhea"),
        ("hypoglycaemia", "hyperglycemia"),
        ("abd  pain", "abdominal_pain"),
        # ktas36: CEDIS 'tremor' is a complaint now (Bhatia KP et al. MDS 2018)
        ("TREMOR", "tremor"),
        ("tremors", "tremor"),
        # lead51: a heat illness is a complaint now (Lipman GS et al. WMS 2019)
        ("HEAT STROKE", "heat_illness"),
        ("heat exhaustion", "heat_illness"),
    ],
)
def test_cedis_wording_reaches_its_complaint(
    kb: KnowledgeBase, text: str, complaint: str
) -> None:
    spec = kb.match_complaint(text)
    assert spec is not None and spec.id == complaint


@pytest.mark.parametrize("text", ["hypothermia", "frostbite"])
def test_cedis_complaint_outside_the_kb_matches_nothing(
    kb: KnowledgeBase, text: str
) -> None:
    assert kb.match_complaint(text) is None


@pytest.mark.parametrize("text", ["neonatal jaundice", "JAUNDICE"])
def test_cedis_jaundice_is_a_complaint(kb: KnowledgeBase, text: str) -> None:
    # peds36: a jaundiced newborn's work-up by age (NICE CG98)
    spec = kb.match_complaint(text)
    assert spec is not None and spec.id == "jaundice"


@pytest.mark.parametrize(
    "text", ["ABNORMAL LABS", "abnormal lab.", "abnormal blood work"]
)
def test_cedis_abnormal_lab_values_is_a_complaint(kb: KnowledgeBase, text: str) -> None:
    # complaint31: CEDIS 'Lab tests / abnormal lab values' (Grafstein CJEM 2008).
    spec = kb.match_complaint(text)
    assert spec is not None and spec.id == "abnormal_lab_values"


def test_unlisted_cedis_complaints_are_no_alias(kb: KnowledgeBase) -> None:
    aliases = {a.lower() for c in kb.complaints.values() for a in c.aliases}
    assert not aliases & set(UNLISTED_CEDIS)


def test_british_spelling_is_added_after_its_alias() -> None:
    out = [a.lower() for a in spelled(["HEMATEMESIS", "COUGH"])]
    assert out == ["hematemesis", "haematemesis", "cough"]


def test_complaint_is_single_spaced_once_on_the_case() -> None:
    case = Case(
        patient_id="p", encounter_id="e", chief_complaint=" both leg  motor weakness "
    )
    assert case.chief_complaint == "both leg motor weakness"
