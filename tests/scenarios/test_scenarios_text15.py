"""Reading the note correctly: mention context drives the safety pathways (text15).

Each scenario names its guideline; each failed on main before session 15's change
unless marked a positive control. Sources: APSA / ACR Appropriateness Criteria
"vomiting in infants" 2019 (bilious vomiting: malrotation with volvulus); NHLBI
Expert Panel 2014 (Yawn BP et al. JAMA 2014;312:1033) for sickle cell disease (fever
>= 38.5 C: cultures and parenteral antibiotics); NegEx (Chapman 2001) and ConText
(Harkema 2009) for the mention context.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _vomiting_child(words: str) -> O.ReasoningOutput:
    return make_case(
        "VOMITING",
        age=3,
        sex="M",
        vitals=vitals(110, 100, 60, 24, 99),
        one_liner=f"3-year-old with {words} since this morning",
        ed_note=f"HPI: 3-year-old boy with {words} x4 since this morning, "
        "tolerating sips. Abdomen soft.",
    )


def test_non_bilious_vomiting_is_no_volvulus_pathway(reason: Reason) -> None:
    """APSA/ACR 2019: 'non-bilious' is not bilious; no emergent surgical pathway."""
    out = reason(_vomiting_child("non-bilious vomiting"))
    assert not O.ordered(out, "upper gi contrast")


def test_bilious_vomiting_child_gets_volvulus_pathway(reason: Reason) -> None:
    """Positive control (held before): bilious vomiting in a child, APSA/ACR 2019."""
    out = reason(_vomiting_child("bilious vomiting"))
    assert O.ordered(out, "upper gi contrast")
    assert O.ordered(out, "surg")


def test_return_precautions_are_not_a_fever(reason: Reason) -> None:
    """NHLBI 2014: antibiotics for fever >= 38.5 C, not for 'return if fever'."""
    case = make_case(
        "SICKLE CELL PAIN",
        age=24,
        sex="F",
        vitals=vitals(96, 124, 76, 18, 98, t=36.9),
        one_liner="24F with sickle cell disease, pain crisis in both legs",
        ed_note="HPI: known sickle cell disease (HbSS), typical pain crisis in both "
        "legs since last night. Afebrile. Plan: analgesia. Return if fever develops.",
    )
    out = reason(case)
    assert O.ordered(out, "morphine", "hydromorphone", "opioid")
    assert not O.medication_ordered(out, "ceftriaxone")


def test_bat_bite_gets_rabies_prophylaxis(reason: Reason) -> None:
    """CDC ACIP 2008/2010: a bat bite gets rabies PEP (immune globulin plus vaccine).

    Positive control: held on main too (the animal-bite protocol orders it), though
    'bitten by a bat' reached only the animal-bite concept there, never the rabies
    exposure (``tests/unit/test_knowledge_synonyms.py`` failed on main).
    """
    case = make_case(
        "ANIMAL BITE",
        age=30,
        sex="M",
        vitals=vitals(80, 120, 70, 14, 99),
        one_liner="30M bitten by a bat on his hand while camping last night",
        ed_note="HPI: 30-year-old man was bitten by a bat on the left hand while "
        "camping last night. Small puncture wound, bleeding stopped.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "rabies")
