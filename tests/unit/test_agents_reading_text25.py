"""Reading table of text25 (issue 10): list labels, temperatures, qualified symptoms.

Rows written from ED phrasing and the ConText rules (Harkema H et al. J Biomed Inform
2009;42:839), not from data rows.
"""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import context_status
from tests.unit._reading import assert_read

LABELS = [
    # an inline history label lists its items; the note then turns to this visit
    ("PMH: HTN, DM. Presents with crushing chest pain.", "chest_pressure", "present"),
    ("PMH: HTN, DM\nCrushing chest pain for 1 hour.", "chest_pressure", "present"),
    ("PMH: asthma. SOB and wheeze today.", "wheezing", "present"),
    ("PSH: appendicectomy. Now RIF pain.", "rlq_pain", "present"),
    ("PMH: HTN, DM. Crushing chest pain for 1 hour.", "hypertension", "historical"),
    ("PMH: DVT 2019, asthma.", "dvt", "historical"),
    ("PMH: HTN. DM. CKD.", "ckd", "historical"),
    ("PMH:\n- HTN\n- DM\n- CKD", "ckd", "historical"),
    # an inline family label: the relative's items, then the patient's own
    (
        "Family history: MI in father.\nChest pain since 2 hours.",
        "chest_pain",
        "present",
    ),
    ("FH: MI in father. Sudden chest pain radiating to back.", "chest_pain", "present"),
    ("Fam hx: DVT in mother.", "dvt", "family"),
    ("Family history: DVT in mother. Asthma in sister.", "asthma", "family"),
    # a label of the negatives
    (
        "Pertinent negatives: fever, neck stiffness, photophobia.",
        "photophobia",
        "absent",
    ),
    ("Negatives: fever, chest pain.", "chest_pain", "absent"),
    ("ROS negative for: chest pain, fever, syncope.", "syncope", "absent"),
]


@pytest.mark.parametrize(("text", "concept", "want"), LABELS)
def test_a_list_label_gives_its_items_their_status(
    text: str, concept: str, want: str
) -> None:
    assert_read(text, concept, want)


CONTEXT = [
    ("Twin B: fever, intubated.\nPatient: fever since this morning.", 0, "family"),
    ("Twin B: fever, intubated.\nPatient: fever since this morning.", 1, "present"),
    ("Sibling: meningitis last week. Patient: neck stiffness.", 0, "family"),
    ("PMH: DVT. Presents with calf swelling.", 0, "historical"),
    ("PMH: HTN, DM. Presents with crushing chest pain.", 0, "present"),
    ("Family history: MI in father.\nChest pain since 2 hours.", 0, "present"),
    ("Family history: MI in father.\nChest pain since 2 hours.", -1, "family"),
    ("Pertinent negatives: fever, neck stiffness.", 0, "absent"),
]


@pytest.mark.parametrize(("text", "which", "want"), CONTEXT)
def test_the_regex_readers_see_the_list_labels(
    text: str, which: int, want: str
) -> None:
    """``context_status`` (the pathways' own patterns) reads the labels as well."""
    words = ("fever", "meningitis", "DVT", "chest pain", "Chest pain", "neck stiffness")
    word = "MI" if which == -1 else next(w for w in words if w in text)
    start = text.rindex(word) if which == 1 else text.index(word)
    assert context_status(text, start, start + len(word)) == want


PSEUDO_AND_TIME = [
    # a pseudo-negation names a change or a failed treatment, not an absence
    ("No relief of chest pain with GTN.", "chest_pain", "present"),
    ("No significant change in the rash.", "rash", "present"),
    ("Not just a headache, worst ever, sudden onset.", "headache", "present"),
    ("No improvement in cough with amoxicillin.", "cough", "present"),
    ("Not certain whether she had a seizure.", "seizure", "differential"),
    ("No rash, no fever.", "rash", "absent"),
    # an episode dated months or years back is history, unless carried to today
    ("Seizure 5 years ago, none since.", "seizure", "historical"),
    ("Pneumonia 2 years ago.", "pneumonia", "historical"),
    ("DVT in 2019, treated for 6 months.", "dvt", "historical"),
    ("Haematuria yesterday, none today.", "hematuria", "historical"),
    ("Chest pain 3 months ago, again today.", "chest_pain", "present"),
    ("Cough started 2 weeks ago.", "cough", "present"),
    (
        "Hyperthyroid, ran out of methimazole a month ago.",
        "antithyroid_drug",
        "present",
    ),
    ("Headache since this morning.", "headache", "present"),
    ("Syncope yesterday, none since.", "syncope", "present"),
    ("No haematemesis, although melaena twice today.", "melena", "present"),
]


@pytest.mark.parametrize(("text", "concept", "want"), PSEUDO_AND_TIME)
def test_pseudo_negations_and_dates_are_read(
    text: str, concept: str, want: str
) -> None:
    assert_read(text, concept, want)
