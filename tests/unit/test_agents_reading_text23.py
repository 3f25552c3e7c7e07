"""A reading set of ED-note sentences with the status each finding must get (text23).

Written from how ED notes are worded (not from shared rows). Sources: NegEx (Chapman
WW et al. J Biomed Inform 2001;34:301) and ConText (Harkema H et al. J Biomed Inform
2009;42:839) triggers and scope; CAM (Inouye SK et al. Ann Intern Med 1990;113:941)
for the family's words of new confusion.

``not_present``: the concept must not be read present (absent or not found).
"""

from __future__ import annotations

import pytest

from cases.rx import whole_letters
from tests.unit._reading import assert_read

ROWS = [
    # the family's words for new confusion
    ("Daughter says he has been muddled since yesterday.", "confusion", "present"),
    ("Wife reports she is not making sense this evening.", "confusion", "present"),
    ("Talking nonsense and picking at the bed sheets.", "confusion", "present"),
    ("More confused than usual per care home staff.", "confusion", "present"),
    ("Alert and oriented, not confused.", "confusion", "absent"),
    ("No confusion or drowsiness.", "confusion", "absent"),
    ("Not muddled.", "confusion", "absent"),
    # a sign named negative, before or after it
    ("Murphy's sign negative.", "ruq_tenderness", "absent"),
    ("Negative Murphy sign, abdomen soft.", "ruq_tenderness", "absent"),
    ("Positive Murphy's sign.", "ruq_tenderness", "present"),
    ("Rovsing sign negative.", "rovsing_sign", "absent"),
    ("Negative Rovsing's sign.", "rovsing_sign", "absent"),
    ("Psoas sign negative bilaterally.", "psoas_sign", "absent"),
    ("Kernig's sign positive.", "neck_stiffness", "present"),
    ("Negative Kernig's sign.", "neck_stiffness", "absent"),
    ("Negative Homans sign.", "calf_tenderness", "absent"),
    ("Homans sign negative.", "calf_tenderness", "absent"),
    ("Negative Battle's sign.", "basilar_skull_fracture_signs", "absent"),
    ("Negative flu swab.", "influenza", "absent"),
    ("Negative fluid wave.", "ascites", "absent"),
    ("Murphy's sign was equivocal.", "ruq_tenderness", "not_present"),
    # the terms that hold "negative" themselves stay findings of their own
    ("Negative D-dimer.", "d_dimer_negative", "present"),
    ("Negative troponin x2.", "troponin_normal", "present"),
    # negated list items
    ("She is not vomiting.", "vomiting", "absent"),
    ("No fever or rigors.", "fever", "absent"),
    ("No fever or rigors.", "chills", "absent"),
    ("Denies nausea, vomiting, or diarrhoea.", "vomiting", "absent"),
    ("No headache, neck stiffness or photophobia.", "photophobia", "absent"),
    ("Fever and rigors, no cough.", "chills", "present"),
    ("Fever and rigors, no cough.", "cough", "absent"),
    ("Vomiting x3, no diarrhoea.", "vomiting", "present"),
    ("Neither fever nor cough.", "fever", "absent"),
    ("Neither fever nor cough.", "cough", "absent"),
    ("Without fever, chills, or night sweats.", "chills", "absent"),
    ("He has not been vomiting and is tolerating fluids.", "vomiting", "absent"),
    # a finding named with its own negation word, and the items after it
    (
        "No bowel sounds, abdomen distended and tender.",
        "absent_bowel_sounds",
        "present",
    ),
    ("No bowel sounds, abdomen distended and tender.", "distension", "present"),
    ("No air entry on the left, trachea deviated.", "tracheal_deviation", "present"),
    ("No air entry on the left, hypotensive.", "hypotension", "present"),
    ("Not passing urine, abdominal pain.", "abdominal_pain", "present"),
    ("No fever, no bowel sounds.", "absent_bowel_sounds", "present"),
    ("No fever, no bowel sounds.", "fever", "absent"),
    ("No pulse deficit or murmur.", "murmur", "absent"),
    ("No pulse palpable, CPR started.", "pulseless", "present"),
    ("Not breathing on arrival.", "apnea", "present"),
    ("Did not lose consciousness.", "loss_of_consciousness", "absent"),
    # denied, past, hypothetical, another person's
    ("Denies chest pain.", "chest_pain", "absent"),
    ("Denies chest pain but reports shortness of breath.", "dyspnea", "present"),
    ("Previous DVT in 2019 in the left leg.", "dvt", "historical"),
    ("Left calf DVT confirmed on ultrasound today.", "dvt", "present"),
    ("PMH: DVT, hypertension.", "dvt", "historical"),
    ("Black tarry stools 3 days ago and again this morning.", "melena", "present"),
    ("No longer vomiting.", "vomiting", "absent"),
    ("Return if fever or worsening abdominal pain.", "fever", "hypothetical"),
    ("Advised to come back should chest pain recur.", "chest_pain", "hypothetical"),
    ("If he develops a headache, repeat the CT.", "headache", "hypothetical"),
    ("Mother had a DVT at 40.", "dvt", "family"),
    ("Family history of seizures.", "seizure", "family"),
    # asserted
    ("Vomiting since this morning, unable to keep fluids down.", "vomiting", "present"),
    ("Coughing up blood since yesterday.", "hemoptysis", "present"),
    ("Not only chest pain but also breathlessness.", "chest_pain", "present"),
    ("Syncope in the shower with no warning.", "syncope", "present"),
    ("Blacked out while driving and hit a parked car.", "syncope", "present"),
]


@pytest.mark.parametrize(("text", "concept", "want"), ROWS)
def test_reading_set(text: str, concept: str, want: str) -> None:
    assert_read(text, concept, want)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Twisting injury to the knee.", False),
        ("Wasp sting to the hand.", True),
        ("Afebrile, no rash.", False),
        ("Febrile to 38.9.", True),
        ("Stung on the lip.", True),
    ],
)
def test_whole_letters_bounds_every_alternative(text: str, found: bool) -> None:
    """'sting' inside 'twisting' and 'febrile' inside 'afebrile' are no match."""
    rx = whole_letters(r"sting|febrile|stung")
    assert (rx.search(text) is not None) is found
