"""readers51: an "or" item keeps a term's own negation, a cold pale foot after "no
pulses", a measured value that fell, a desaturation "on exertion", legs numb and weak,
faints and fits in the plural, blood in the sputum, a lesion repaired in the past, a
relative's drug after a list, a vital capacity in litres, a bare phosphate and
eosinophil count by magnitude, a stated positive or a finding seen on a scan after a
negated item, a man's fall, a distance that is no fall height, a birth months ago, a
remedy taken for an earlier fever, a bottle or supply taken (sources in each module)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import (
    FALL_HEIGHT,
    extract_findings,
    extract_measurements,
    fall_metres,
)
from agents.offline.rules.results import result_findings

KB = load_knowledge()


def _read(text: str, *concepts: str) -> set[tuple[str, str]]:
    return {
        (f.concept, f.status)
        for f in extract_findings(text, KB)
        if not concepts or f.concept in concepts
    }


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        # a term's own negation distributes over an "or" item after it
        (
            "Has not opened her bowels or passed flatus for 3 days.",
            "passing_flatus",
            "absent",
        ),
        (
            "Has not opened her bowels or passed flatus for 3 days.",
            "constipation",
            "present",
        ),
        # the limb's colour and temperature after "no pulses" are its own item
        ("No pulses in the foot, cold pale foot, numb toes.", "pallor", "present"),
        ("No pulses in the foot, cold and pale foot.", "pallor", "present"),
        # a desaturation on exertion is no exertional chest pain
        ("Chest tightness on exertion.", "exertional_pain", "present"),
        (
            "Central chest pain, exertional, relieved by rest.",
            "exertional_pain",
            "present",
        ),
        # legs numb and weak in one predicate
        ("Now legs numb and weak since yesterday.", "leg_weakness", "present"),
        ("Both legs weak and numb.", "leg_weakness", "present"),
        # the faint and the fit as counted nouns
        ("Two blackouts while playing football this month.", "syncope", "present"),
        (
            "Two blackouts while playing football this month.",
            "exertional_syncope",
            "present",
        ),
        ("Three fits today, recovered in between.", "seizure", "present"),
        ("Coughing fits at night.", "paroxysmal_cough", "present"),
        # blood named in the sputum
        ("Cough for 6 weeks, blood in the sputum.", "hemoptysis", "present"),
        ("No blood in the sputum.", "hemoptysis", "absent"),
        # a lesion with its past repair is history; a planned repair is not
        ("Known hernia, repaired 2015.", "hernia", "historical"),
        ("Right inguinal hernia repair 2015.", "inguinal_hernia", "historical"),
        ("Inguinal hernia for repair, now tender.", "inguinal_hernia", "present"),
        # the patient's ingestion of a relative's drug after a list of drugs
        (
            "Took 40 sertraline and some of her mother's amitriptyline 2 hours ago.",
            "tca_ingestion",
            "present",
        ),
        # a positive test or a finding on a scan after a negated item
        (
            "No hearing loss, Dix-Hallpike positive to the right.",
            "positive_dix_hallpike",
            "present",
        ),
        (
            # peds51: the scan's IUP is read as its own concept now (NICE NG126)
            "No pain, group O negative, intrauterine pregnancy on scan last week.",
            "intrauterine_pregnancy",
            "present",
        ),
        # a bottle or a supply taken
        ("Took a bottle of his isoniazid an hour ago.", "overdose", "present"),
        (
            "Took his whole supply (about 30 x 300 mg) an hour ago.",
            "overdose",
            "present",
        ),
        # an infant's feeds not tolerated and fewer wet nappies (NICE NG143 amber)
        (
            "Fever 2/7, not tolerating feeds, fewer wet nappies.",
            "poor_feeding",
            "present",
        ),
        ("Fever 2/7, not tolerating feeds, fewer wet nappies.", "oliguria", "present"),
        # a birth by its caesarean (perf51: the gate names it)
        (
            "Heavy bleeding, 3 days post caesarean.",
            "postpartum_after_first_day",
            "present",
        ),
        # a birth months ago, to five months
        ("Gave birth 2 months ago.", "postpartum_after_first_day", "present"),
    ],
)
def test_reads(text: str, concept: str, status: str) -> None:
    assert (concept, status) in _read(text, concept), _read(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Desaturates to 86% on exertion.", "exertional_pain"),
        ("SOB on exertion.", "exertional_pain"),
        ("BP fell to 80/50 after GTN.", "fall"),
        ("BP fell to 80/50 after GTN.", "force_to_uterus"),
        ("Hb has fallen from 120 to 90.", "fall"),
        ("Drinks heavily, alcoholic blackouts.", "syncope"),
        ("This fits the pattern.", "seizure"),
        ("Headache worse on coughing and straining.", "cough"),
        ("RIF pain, worse on coughing.", "cough"),
        ("Gave birth 8 months ago.", "postpartum_after_first_day"),
        ("Took his usual tablets.", "overdose"),
        (
            "Fever 38.3 since yesterday, loin pain. Drinking well, took paracetamol.",
            "acetaminophen_ingestion",
        ),
    ],
)
def test_not_read(text: str, concept: str) -> None:
    assert concept not in {c for c, s in _read(text) if s == "present"}, _read(text)


def test_a_fall_is_still_read() -> None:
    assert ("fall", "present") in _read("She fell down the stairs, sats falling.")


def test_a_bare_paracetamol_without_a_symptom_stays_an_exposure() -> None:
    assert ("acetaminophen_ingestion", "present") in _read(
        "Found drowsy by her mother. Took paracetamol."
    )


def test_a_vital_capacity_in_litres_per_stated_kilogram() -> None:
    m = extract_measurements("Areflexic. FVC 1.2 L. Weight 80 kg.")
    assert m.get("fvc_ml_kg") == 15.0
    assert "fvc_ml_kg" not in extract_measurements("FVC 1.2 L.")


@pytest.mark.parametrize(
    ("text", "concept", "read"),
    [
        ("Phosphate 0.3", "phosphate_low_severe", True),
        ("Phosphate 0.6", "phosphate_low", True),
        ("Phosphate 1.2", "phosphate_low", False),
        ("Eosinophils 2.4 x10^9/L", "eosinophilia_marked", True),
        ("Eos 1800", "eosinophilia_marked", True),
        ("Eosinophils 2.4", "eosinophilia", False),
        ("Eosinophils 12%", "eosinophilia", False),
    ],
)
def test_bare_values_by_magnitude(text: str, concept: str, read: bool) -> None:
    found = {f.concept for f in result_findings(text) if f.status == "present"}
    assert (concept in found) is read, found


def test_a_distance_is_no_fall_height() -> None:
    def heights(t: str) -> list[float]:
        return [fall_metres(m) for m in FALL_HEIGHT.finditer(t)]

    assert heights("80F fell from standing, 3 metres from the door") == []
    assert heights("52M fell 3 metres from a ladder") == [3.0]


def test_no_force_to_a_uterus_in_a_man() -> None:
    found = extract_findings("Fell 2 m from a ladder onto his back.", KB)
    man = ClinicalFacts.from_findings(found, KB, sex="M", age=52)
    woman = ClinicalFacts.from_findings(found, KB, sex="F", age=30)
    assert not man.has("force_to_uterus")
    assert woman.has("force_to_uterus")
