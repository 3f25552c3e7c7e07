"""A reading set of ED-note sentences with the status each finding must get (text24).

Written from how ED notes and families word things (not from shared rows). Sources:
ConText (Harkema H et al. J Biomed Inform 2009;42:839) for experiencer and
temporality; the FAST / Cincinnati scale words for a one-sided deficit (Kothari RU et
al. Ann Emerg Med 1999;33:373).

``not_present``: the concept must not be read present (absent or not found).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.needs import care_needs
from cases.vitals import extract_vitals, text_temperature
from tests.unit._reading import assert_read

ROWS = [
    # a one-sided deficit in functional or lay words
    ("Cannot lift her right arm.", "unilateral_weakness", "present"),
    ("Unable to grip with the left hand.", "unilateral_weakness", "present"),
    ("Dragging his right leg since lunchtime.", "unilateral_weakness", "present"),
    ("Dropping things from her right hand.", "unilateral_weakness", "present"),
    ("Not moving his left side.", "unilateral_weakness", "present"),
    ("Wife says his smile is lopsided.", "facial_droop", "present"),
    ("His face is drooping.", "facial_droop", "present"),
    ("Denies being unable to lift his right arm.", "unilateral_weakness", "absent"),
    ("Can lift both arms, no drift.", "unilateral_weakness", "not_present"),
    # an event that resolved is still this visit's event (a TIA, a settled chest
    # pain, a fever before the visit); other resolved symptoms are past
    (
        "Right arm weakness resolved after 20 minutes.",
        "unilateral_weakness",
        "present",
    ),
    (
        "Right arm weakness resolved after 20 minutes.",
        "symptoms_resolved",
        "present",
    ),
    ("Facial droop has now resolved.", "facial_droop", "present"),
    ("Chest pain resolved with GTN.", "chest_pain", "present"),
    ("Chest tightness yesterday, now resolved.", "chest_pain", "present"),
    ("Fever to 38.4 at home, now settled.", "fever", "present"),
    ("Ongoing chest pain, not resolved with GTN.", "chest_pain", "present"),
    ("No chest pain, resolved.", "chest_pain", "absent"),
    ("Had diarrhoea last week, settled.", "diarrhea", "historical"),
    ("Vomiting overnight, now settled and drinking.", "vomiting", "historical"),
    ("Cough which has since resolved.", "cough", "historical"),
    ("Fever, cough now resolved.", "fever", "present"),
    # the loss of use that pain or an injury explains is no motor deficit
    (
        "Cannot lift his right arm since the fall, tender shoulder.",
        "unilateral_weakness",
        "not_present",
    ),
    (
        "Can't raise her left arm because of shoulder pain.",
        "unilateral_weakness",
        "not_present",
    ),
]


@pytest.mark.parametrize(("text", "concept", "want"), ROWS)
def test_reading_set(text: str, concept: str, want: str) -> None:
    assert_read(text, concept, want)


LABELS = [
    # another person named only by a list label (ConText experiencer)
    ("Twin B: respiratory distress, required CPAP.", "respiratory_distress", True),
    ("Maternal history: preeclampsia, seizure at 36 weeks.", "seizure", True),
    ("Sibling: asthma, recent viral illness with cough.", "cough", True),
    ("Neonate findings: apnoea at birth, intubated.", "intubated", True),
    ("Baby: born at 34 weeks, respiratory distress.", "respiratory_distress", True),
    ("Maternal fever in labour, fetal tachycardia.", "tachycardia", True),
    # the patient's own
    ("Twin A (patient): fever and poor feeding.", "fever", False),
    ("Mother: healthy. Patient has had fever for 2 days.", "fever", False),
    ("Twin pregnancy at 32 weeks with vaginal bleeding.", "vaginal_bleeding", False),
    ("Maternal fever in labour, fetal tachycardia.", "fever", False),
]


@pytest.mark.parametrize(("text", "concept", "other"), LABELS)
def test_another_persons_label(text: str, concept: str, other: bool) -> None:
    got = {
        f.status
        for f in extract_findings(text, load_knowledge(), newborn_other=True)
        if f.concept == concept
    }
    assert ("present" not in got) is other
    assert got


def test_a_newborns_label_is_the_patient_in_a_newborns_note() -> None:
    """Without ``newborn_other`` (a newborn patient) the baby's label is the patient."""
    got = {
        f.status
        for f in extract_findings("Baby: apnoea, intubated.", load_knowledge())
        if f.concept == "intubated"
    }
    assert got == {"present"}


def test_a_twins_intubation_is_no_care_need() -> None:
    assert care_needs("Twin B: intubated for bronchiolitis.") == ()
    assert care_needs("Newborn: intubated on NICU.", newborn_other=True) == ()
    assert care_needs("Newborn: intubated on NICU.") != ()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Temp 38.9.", 38.9),
        ("On arrival temp 35.1.", 35.1),
        ("Febrile 38.6.", 38.6),
        ("Temp 102.4 F at triage.", 39.1),
        ("T 101, HR 110.", 38.3),
        ("Troponin T 14.", None),
        ("Tmax 39.4 at home.", None),  # before the visit: history, not a vital sign
    ],
)
def test_text_temperature_at_a_sentence_end(text: str, want: float | None) -> None:
    got = text_temperature(text)
    assert got == pytest.approx(want, abs=0.1) if want is not None else got is None


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Saturating 86% on air.", "spo2", 86.0),
        ("Sats 88% RA.", "spo2", 88.0),
        ("Tachy to 140s.", "heart_rate", 140.0),
        ("Bradycardic at 38, BP 84/50.", "heart_rate", 38.0),
        ("BP 82/palp.", "systolic_bp", 82.0),
    ],
)
def test_vital_sign_wordings(text: str, field: str, want: float) -> None:
    assert getattr(extract_vitals(text), field) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tmax 39.4 at home.", {"present"}),
        ("Tmax 102.4", {"present"}),
        ("Temp 101, HR 120.", {"present"}),
        ("Temp 37.2.", set()),
        ("Temp 99.1 F", set()),
        ("If temp 38.5 or more, return.", {"hypothetical"}),
    ],
)
def test_a_stated_temperature_of_38_is_a_fever(text: str, want: set[str]) -> None:
    """AAP 2021 febrile infant guideline: a reliable reading at home counts."""
    got = {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == "fever"
    }
    assert got == want
