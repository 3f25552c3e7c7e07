"""Chief complaints matched by meaning: paraphrases, presenting problems, unknowns.

The phrases are written from CEDIS / ICD-10 chief-complaint vocabulary (not from
shared-data rows); they calibrated the floor and margin of
``agents.offline.knowledge.semantic``.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import KnowledgeBase, load_knowledge
from agents.offline.knowledge.semantic import focus


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tightness in the chest", "chest_pain"),
        ("belly pain", "abdominal_pain"),
        ("blacked out", "syncope"),
        ("vertigo", "dizziness"),
        ("sunburn", "burn"),
        ("scalded hand with hot water", "burn"),
        ("lumbago", "back_pain"),
        ("loose stools", "diarrhea"),
        ("black tarry stools", "gi_bleeding"),
        ("burning on urination", "urinary_symptoms"),
        ("racing heart", "palpitations"),
        ("nosebleed", "epistaxis"),
        pytest.param(
            "A 55-year-old man with a history of stroke presents with chest pain that"
            " started an hour ago while shoveling snow.",
            "chest_pain",
            id="history-of-stroke-is-not-the-complaint",
        ),
        pytest.param(
            "A 67-year-old woman is brought in by her daughter because she has been"
            " confused since yesterday. She has diabetes.",
            "altered_mental_status",
            id="brought-in-because",
        ),
        pytest.param(
            "A 34-year-old man woke up to find a bat flying in his bedroom last night."
            " He is worried about rabies. No bite marks seen. Vital signs are normal.",
            "animal_bite",
            id="bat-in-the-bedroom-is-a-rabies-exposure-ACIP-2010",
        ),
        pytest.param("hearing loss", "hearing_loss", id="hearing-loss-AAO-HNS-2019"),
        pytest.param("earache", "ear_pain", id="earache-not-headache"),
        pytest.param("runny nose", "nasal_sinus", id="runny-nose-not-epistaxis"),
        ("feeding tube came out", "catheter_or_tube_problem"),
        ("foley catheter problem", "catheter_or_tube_problem"),
        pytest.param(
            "A 70-year-old nursing home resident is sent in because her feeding tube"
            " came out this morning. She is nonverbal at baseline after a stroke."
            " Vital signs are stable.",
            "catheter_or_tube_problem",
            id="feeding-tube-not-stroke",
        ),
        # A displaced tracheostomy is an airway emergency, never a tube change
        # (National Tracheostomy Safety Project, McGrath 2012).
        ("trach tube came out", "tracheostomy_problem"),
        ("blocked tracheostomy", "tracheostomy_problem"),
        ("chest tube fell out", "drain_or_line_problem"),
        ("std exposure", "genital_discharge_sti"),
        ("constipated", "constipation"),
        ("piles", "anorectal"),
        # Haemoptysis is not haemorrhoids (MiniLM put 'hemorrhoid' nearest).
        ("blood tinged sputum", "shortness_of_breath"),
        ("sputum with blood", "shortness_of_breath"),
    ],
)
def test_paraphrase_matches_its_complaint(
    kb: KnowledgeBase, text: str, expected: str
) -> None:
    spec = kb.match_complaint(text)
    assert spec is not None and spec.id == expected


@pytest.mark.parametrize(
    "text",
    [
        "ALOPECIA",
        "hair loss",
        "nail fungus",  # "hearing loss" is now its own complaint (AAO-HNS 2019)
        "hiccups",
        "work note request",  # "dressing change" is now wound_recheck (ESI Table 5-1)
        # Feeding tubes and Foley catheters are now catheter_or_tube_problem (a
        # simple procedure, ESI Table 5-1): see test_paraphrase_matches_its_complaint.
    ],
)
def test_complaint_outside_the_knowledge_base_matches_none(
    kb: KnowledgeBase, text: str
) -> None:
    """An unknown complaint is unknown (generic ESI path), not the nearest protocol."""
    spec = kb.match_complaint(text)
    assert spec is None, spec.id if spec else None


def test_focus_reads_the_presenting_problem() -> None:
    text = (
        "A 55-year-old man with a history of stroke presents with chest pain that"
        " started an hour ago. He denies shortness of breath."
    )
    assert focus(text) == ["chest pain that started an hour ago"]
    assert focus("  chest pain ") == ["chest pain"]
    assert focus("") == []
