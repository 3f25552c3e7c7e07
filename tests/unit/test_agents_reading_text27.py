"""text27 (issue 10): number lists, shared number words, ConText phrasings, tissue
diagnoses outside the knowledge base.

A comma between two numbers is a decimal sign only in a measurement (ISO 80000-1:
a number with its unit or its quantity's name); the ConText trigger phrasings of
medspaCy's rule set (Harkema H et al. J Biomed Inform 2009;42:839; NegEx, Chapman WW
et al. J Biomed Inform 2001;34:301); a tissue diagnosis the knowledge base lacks.
"""

from __future__ import annotations

import pytest

from agents.offline.diagnosis import _alias_rx
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.outside import outside_diagnoses
from agents.offline.rules.findings import context_status
from cases.decimal import decimal_points
from cases.number_words import NUMBER_WORDS, number_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of two numbers stays a list
        ("fractured left ribs 5,6 and 7", "fractured left ribs 5,6 and 7"),
        ("ribs 4,5", "ribs 4,5"),
        ("fingers 2,3 lacerated", "fingers 2,3 lacerated"),
        ("GCS 14,15", "GCS 14,15"),
        ("vertebrae 4,5", "vertebrae 4,5"),
        # a measurement: a unit after it or a vital / laboratory name before it
        ("K+ 2,6", "K+ 2.6"),
        ("Hb 9,4 g/dL", "Hb 9.4 g/dL"),
        ("lactate was 3,1", "lactate was 3.1"),
        ("38,5 °C", "38.5 °C"),
        ("SpO2 94,5%", "SpO2 94.5%"),
        ("Tmax 39,2", "Tmax 39.2"),
        ("base excess -4,5", "base excess -4.5"),
    ],
)
def test_a_decimal_comma_only_in_a_measurement(text: str, expected: str) -> None:
    assert decimal_points(text) == expected
    assert len(decimal_points(text)) == len(text)


def test_one_table_of_number_words() -> None:
    assert number_value("two") == 2.0
    assert number_value("Several") == 3.0
    assert number_value("1.5") == 1.5
    assert set(NUMBER_WORDS) >= {"a", "an", "one", "six", "few"}
    with pytest.raises(ValueError):
        number_value("many")


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # the ten ConText phrasings (medspaCy context_rules.json), each with a guard
        ("CXR: no evidence of pneumothorax, consolidation or effusion.", "effusion",
         "absent"),
        ("CT head to rule out subarachnoid haemorrhage.", "subarachnoid haemorrhage",
         "differential"),
        ("Family history of stroke in her grandfather.", "stroke", "family"),
        ("History of DVT in the left leg 12 years ago.", "DVT", "historical"),
        ("If chest pain returns she will call 911.", "chest pain", "hypothetical"),
        ("Denies chest pain, shortness of breath or palpitations.", "palpitations",
         "absent"),
        ("Urinalysis negative for leukocytes and nitrites.", "nitrites", "absent"),
        ("Weakness resolved after 20 minutes.", "Weakness", "absent"),
        ("PE unlikely given Wells 0.", "PE", "absent"),
        ("Aortic dissection cannot be excluded.", "Aortic dissection",
         "differential"),
        # text27: the forms main misread
        ("Unlikely to be appendicitis.", "appendicitis", "absent"),
        ("Unlikely to represent a pulmonary embolism.", "pulmonary embolism",
         "absent"),
        ("Could not exclude pneumothorax.", "pneumothorax", "differential"),
        ("Doubt PE.", "PE", "differential"),
        ("Doubtful for appendicitis.", "appendicitis", "differential"),
        ("No doubt about the fracture.", "fracture", "present"),
    ],
)  # fmt: skip
def test_context_phrasings(text: str, word: str, status: str) -> None:
    i = text.index(word)
    assert context_status(text, i, i + len(word)) == status


_KB = load_knowledge()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Lymph node biopsy: classical Hodgkin lymphoma.", True),
        ("Histopathology revealed caseating granulomas with acid-fast bacilli.", True),
        ("Bone marrow biopsy showed acute myeloid leukaemia.", True),
        # no tissue diagnosis of this visit, or one the knowledge base holds
        ("Lymph node biopsy negative for malignancy.", False),
        ("Plan: biopsy to rule out lymphoma.", False),
        ("If biopsy shows lymphoma, refer to haematology.", False),
        ("Blood cultures grew Streptococcus mitis.", False),
        ("Temporal artery biopsy confirmed giant cell arteritis.", False),
        ("Biopsy of the appendix showed acute appendicitis.", False),
    ],
)
def test_a_tissue_diagnosis_outside_the_knowledge_base(text: str, named: bool) -> None:
    assert bool(outside_diagnoses([text], _alias_rx(_KB))) is named
