"""Readers of toxpsych39: intent, a medication history, a dose above the maximum, iron.

Sources: ICD-10-CM FY2024 Official Guidelines I.C.19.e.5.b (a poisoning's intent as
documented; undetermined only when the record says it cannot be determined); C-SSRS
question 1 (Posner K et al. 2011: a wish not to wake up); Goldfrank's 11th ed. ch. 73
(a benzodiazepine taken as prescribed is no poisoning); Dart RC et al. JAMA Netw Open
2023 (paracetamol above its maximum dose is an overdose); AAPCC 2005 / TOXBASE (serum
iron 90 umol/L = 500 mcg/dL).
"""

from __future__ import annotations

import pytest

from agents import pathways_tox as tox
from agents.offline.intent_code import undetermined_variant
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import result_findings
from agents.schemas import Order


def _present(text: str) -> set[str]:
    return {
        f.concept
        for f in extract_findings(text, load_knowledge())
        if f.status == "present"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Took 20 paracetamol; cannot say whether he meant to harm himself.",
        "Overdose of sertraline, intent unclear.",
        "Unclear whether it was deliberate; 12 tablets of zopiclone.",
    ],
)
def test_undetermined_intent_is_read_and_is_no_self_harm_intent(text: str) -> None:
    found = _present(text)
    assert "intent_undetermined" in found
    assert "suicidal_ideation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Took 40 amlodipine intending to die.",
        "Took 20 diazepam to 'sleep forever'.",
        "Sometimes wishes she would not wake up.",
    ],
)
def test_stated_intent_and_a_wish_not_to_wake_are_suicidal_ideation(
    text: str,
) -> None:
    assert "suicidal_ideation" in _present(text)


def test_a_benzodiazepine_taken_when_offered_is_no_ingestion() -> None:
    assert "benzodiazepine_ingestion" not in _present(
        "On sertraline; takes oral lorazepam when offered during bad spells."
    )
    assert "benzodiazepine_ingestion" in _present("She took 20 diazepam tablets.")


def test_paracetamol_above_its_daily_maximum_is_an_overdose() -> None:
    assert "overdose" in _present("Has taken 10 g of paracetamol a day for 4 days.")
    assert "overdose" not in _present("Took paracetamol 1 g for the headache.")


def _results(text: str) -> set[str]:
    return {f.concept for f in result_findings(text)}


def test_serum_iron_in_micromol_is_read_against_ninety() -> None:
    assert "serum_iron_toxic" in _results("Serum iron 98 micromol/L at 4 hours.")
    assert "serum_iron_toxic" in _results("Serum iron at 4 hours 110 micromol/L.")
    assert "serum_iron_toxic" not in _results("Serum iron 18 micromol/L.")
    assert "serum_iron_toxic" not in _results("Serum iron 160 mcg/dL.")


def test_undetermined_code_is_derived_from_a_poisoning_code_only() -> None:
    v = undetermined_variant(
        "T39.1X1A",
        "Poisoning by 4-Aminophenol derivatives, accidental "
        "(unintentional), initial encounter",
    )
    assert v is not None and v.icd10 == "T39.1X4A"
    assert "undetermined" in v.name
    assert undetermined_variant("T58.91XA", "Toxic effect of carbon monoxide") is None
    assert undetermined_variant("R45.851", "Suicidal ideations") is None


def test_flumazenil_and_physostigmine_are_withheld_after_a_tricyclic() -> None:
    """Pentel & Peterson 1980 (asystole after physostigmine); TOXBASE tricyclics."""
    tca = ["Took 30 amitriptyline 25 mg tablets 2 hours ago, drowsy, QRS 124 ms."]
    for name in ("flumazenil 0.2 mg IV", "physostigmine 1 mg IV"):
        order = Order(kind="medication", name=name, reason="test")
        found = tox.gate(order, tca)
        assert found is not None and found[0] == "contraindication", name
    benzo = ["Took 20 diazepam 5 mg tablets an hour ago, drowsy, QRS 88 ms."]
    order = Order(kind="medication", name="flumazenil 0.2 mg IV", reason="test")
    assert tox.gate(order, benzo) is None
