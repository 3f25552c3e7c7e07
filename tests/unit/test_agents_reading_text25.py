"""Reading table of text25 (issue 10): list labels, temperatures, qualified symptoms.

Rows written from ED phrasing and the ConText rules (Harkema H et al. J Biomed Inform
2009;42:839), not from data rows.
"""

from __future__ import annotations

import pytest

from agents._text import asserted
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.exposure import therapeutic_use
from agents.offline.rules.findings import context_status, extract_findings
from agents.offline.rules.results import read_results, result_findings
from agents.pathways_acute import FEVER
from cases.vitals import text_temperature
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


TEMPERATURES = [
    # (text, the ED vital sign read, whether a fever is stated)
    ("Tmax 100.9 F at home.", None, True),
    ("T max 38.4.", None, True),
    ("T-max 102.3 overnight.", None, True),
    ("Febrile to 39.1 in the department.", 39.1, True),
    ("temp 101", 38.3, True),
    ("T 38.5", 38.5, True),
    ("T° 38.5", 38.5, True),
    ("39.2 °C on arrival.", 39.2, True),
    ("102F at triage.", 38.9, True),
    ("Spiking temperatures to 39 in the ward.", 39.0, True),
    ("Temperature spike to 39.5.", 39.5, True),
    ("Pyrexial at 38.5.", 38.5, True),
    ("Temp 100.4F", 38.0, True),
    ("Temp 100", 37.8, False),
    ("T 37.2", 37.2, False),
    ("temp 98.6", 37.0, False),
    ("Troponin 38 ng/L.", None, False),
    ("T12 wedge fracture.", None, False),
]


@pytest.mark.parametrize(("text", "vital", "fever"), TEMPERATURES)
def test_every_temperature_wording_is_read(
    text: str, vital: float | None, fever: bool
) -> None:
    """The vital sign, the fever finding and the pathways' fever pattern agree."""
    assert text_temperature(text) == vital
    stated = any(
        f.concept == "fever" and f.status == "present"
        for f in extract_findings(text, load_knowledge())
    )
    assert stated == fever
    assert asserted(FEVER, [text]) == fever


QUALIFIED = [
    # "weak" as the quality of a flow, a pulse, the voice: not a weakness
    ("Weak urinary stream and nocturia for months.", "weakness", "not_present"),
    ("Weak stream, hesitancy, dribbling.", "weakness", "not_present"),
    ("Weak voice after a cold.", "weakness", "not_present"),
    ("Pulses weak and thready.", "weakness", "not_present"),
    ("Pulses weak and thready.", "poor_perfusion", "present"),
    ("Weak and thready pulse, cool peripheries.", "poor_perfusion", "present"),
    ("Weak radial pulse on the left.", "pulse_deficit", "present"),
    ("Feels weak all over.", "weakness", "present"),
    ("Weak and dizzy since this morning.", "weakness", "present"),
    ("Left arm weak.", "unilateral_weakness", "present"),
    # trauma46: a weak cough is its own concept (implying bulbar_weakness in the facts)
    ("Weak cough.", "weak_cough", "present"),
    # numbness the cold brings on (Raynaud's phenomenon), not a sensory deficit
    ("Fingers go white and numb in the cold.", "numbness", "not_present"),
    ("Numbness in the fingers in cold weather.", "numbness", "not_present"),
    ("Numbness of the left hand since 09:00.", "numbness", "present"),
    # chest wall pain is the wall's
    (
        "Chest wall pain reproducible on palpation.",
        "musculoskeletal_chest_pain",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "concept", "want"), QUALIFIED)
def test_a_qualifier_changes_what_the_symptom_word_means(
    text: str, concept: str, want: str
) -> None:
    assert_read(text, concept, want)


LABS = [
    # (text, computed anion gap or None, hypochloraemic alkalosis read)
    ("Na 134, K 3.1, Cl 88, HCO3 34. pH 7.52.", 12.0, True),
    ("VBG: pH 7.49, HCO3 31, chloride 92 mmol/L.", None, True),
    ("Na 138, Cl 100, HCO3 12, glucose 32 mmol/L.", 26.0, False),
    ("Sodium 140, chloride 104, bicarbonate 24.", 12.0, False),
    ("Anion gap 20. Na 140, Cl 100, HCO3 24.", None, False),
    ("Cl 101, HCO3 26, pH 7.40", None, False),
    ("chloride 90", None, False),
]


@pytest.mark.parametrize(("text", "gap", "alkalosis"), LABS)
def test_chloride_and_the_anion_gap_are_read(
    text: str, gap: float | None, alkalosis: bool
) -> None:
    computed = [
        r.value
        for r in read_results(text)
        if r.analyte == "anion_gap" and "Na - [Cl + HCO3]" in r.text
    ]
    assert computed == ([] if gap is None else [gap])
    concepts = {f.concept for f in result_findings(text)}
    assert ("hypochloremic_alkalosis" in concepts) == alkalosis
    stated_high = "Anion gap 20" in text
    assert ("anion_gap_high" in concepts) == (stated_high or (gap or 0) > 12)


REMEDIES = [
    ("Temperature spike to 38.7 at home this afternoon, took paracetamol.", True),
    ("Fever, took paracetamol 2 hours ago.", True),
    ("Headache since noon, had some ibuprofen.", True),
    ("Took paracetamol.", False),
    ("Low mood, took 30 paracetamol.", False),
    ("Headache, took paracetamol x 20.", False),
    ("Headache, took paracetamol and 20 ibuprofen tablets.", False),
    ("Fever, took a whole bottle of paracetamol.", False),
]


@pytest.mark.parametrize(("text", "remedy"), REMEDIES)
def test_a_dose_taken_for_the_symptom_is_a_remedy(text: str, remedy: bool) -> None:
    drug = "paracetamol" if "paracetamol" in text else "ibuprofen"
    i = text.index(drug)
    assert therapeutic_use(text, i, i + len(drug)) == remedy
