"""readers42: one block per reader rule, each with its guards (issue 10).

Sources: Harkema H et al. ConText, J Biomed Inform 2009;42:839 (a modifier's scope
ends at a new finding); Chapman WW et al. NegEx 2001; UK Kidney Association 2020
hyperkalaemia (reference interval 3.5-5.0 mmol/L); AAOS hip fractures in older adults
2021 (the radiograph diagnoses); EAU paediatric urology 2023 (testicular pain); McDonagh
TA et al. ESC 2021 heart failure (breathlessness the presenting symptom).
"""

from __future__ import annotations

import itertools

import pytest

from agents.offline.differential import complaint_of
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._lexicon import lexicon, matches
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.lab_words import normal_word_findings
from agents.offline.rules.reports import report_findings
from agents.offline.rules.results import result_findings
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _status(kb, text: str, concept: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.status for f in extract_findings(text, kb) if f.concept == concept}


# --- the matcher: a pain descriptor does not hide the site starting at its noun ---


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Sudden severe pain in the left testicle since 2 hours", "testicular_pain"),
        ("severe pain on passive dorsiflexion of the toes", "passive_stretch_pain"),
        ("sharp pain in his lower back after lifting", "back_pain"),
        ("stabbing pain in his chest since this morning", "chest_pain"),
    ],
)
def test_a_pain_descriptor_keeps_the_site_after_it(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    lex = lexicon(kb)
    found = matches(lex, text)
    assert concept in {c for _, _, c in found}
    assert found == matches(lex, text, full=True)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # guards: the general overlap measured and rejected (sub-phrases reread)
        ("pulsatile mass in the epigastrium", "pyloric_olive"),
        (
            "central chest pain worse lying flat, better sitting forward",
            "nocturnal_spinal_pain",
        ),
    ],
)
def test_other_spans_stay_non_overlapping(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    found = matches(lexicon(kb), text)
    assert concept not in {c for _, _, c in found}
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))


def test_negated_descriptor_negates_its_site(kb) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, "No severe pain in his chest.", "chest_pain") == {"absent"}


def test_indexed_equals_full_regex_with_descriptors_on_demo_notes(kb) -> None:  # type: ignore[no-untyped-def]
    lex = lexicon(kb)
    data = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv")
    texts = [n.text for lc in data.cases for n in lc.case.prior_notes]
    for lc in data.cases:
        texts += [v for v in lc.case.model_dump().values() if isinstance(v, str)]
    cues = ("severe pain", "sharp pain", "stabbing pain", "excruciating pain", "10/10")
    picked = [t for t in texts if any(c in t.lower() for c in cues)]
    assert picked
    for text in picked:
        assert matches(lex, text) == matches(lex, text, full=True)


# --- "not on <drug>": its scope is the drug list ---


def test_not_on_a_drug_does_not_negate_the_symptoms_after_it(kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Not on warfarin, black tarry stools since yesterday and epigastric pain, "
        "felt faint on standing."
    )
    assert _status(kb, text, "anticoagulation") == {"absent"}
    assert _status(kb, text, "epigastric_pain") == {"present"}
    assert _status(kb, text, "presyncope") == {"present"}


def test_a_drug_list_after_not_on_stays_negated(kb) -> None:  # type: ignore[no-untyped-def]
    text = "Not on aspirin, clopidogrel or warfarin, chest pain for 2 hours."
    assert _status(kb, text, "antiplatelet") == {"absent"}
    assert _status(kb, text, "anticoagulation") == {"absent"}
    assert _status(kb, text, "chest_pain") == {"present"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Not on any blood thinners, vomiting or diarrhoea.",
            "vomiting",
        ),  # an "or" list
        ("Not on anticoagulation, no melaena.", "melena"),  # its own trigger
        (
            "No fever, not on antibiotics, cough.",
            "cough",
        ),  # the "no" list's own trigger
    ],
)
def test_not_on_guards(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, concept) == {"absent"}


# --- an analyte stated normal without a value ---


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        (
            "Potassium within normal limits, creatinine at baseline.",
            {"potassium_normal"},
        ),
        # readers43: the creatinine and the liver tests have their concepts now
        ("Na/K/Cr normal.", {"sodium_normal", "potassium_normal", "creatinine_normal"}),
        ("U&Es normal.", {"normal_electrolytes", "creatinine_normal"}),
        ("Sodium and potassium were normal.", {"sodium_normal", "potassium_normal"}),
        ("Lactate within the reference range.", {"lactate_normal"}),
        ("If the potassium is normal, home.", set()),
        ("Previous U&Es normal.", set()),
        ("Check that the potassium is normal before discharge.", set()),
        ("LFTs normal.", {"lfts_normal"}),
    ],
)
def test_an_analyte_stated_normal(text, concepts) -> None:  # type: ignore[no-untyped-def]
    assert {f.concept for f in normal_word_findings(text)} == concepts


def test_a_raised_value_wins_over_a_normal_word() -> None:
    found = {
        f.concept
        for f in result_findings("Potassium 6.8 mmol/L, repeat potassium normal.")
    }
    assert "potassium_high" in found and "potassium_normal" not in found


# --- an imaging finding named before its study, no verb ---


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Left hip fracture on x-ray.", "xray_fracture_hip"),
        ("Small right pneumothorax seen on CXR.", "imaging_pneumothorax"),
        ("Occlusive popliteal DVT on ultrasound.", "us_dvt"),
    ],
)
def test_finding_on_its_study(text, concept) -> None:  # type: ignore[no-untyped-def]
    assert concept in {f.concept for f in report_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "No hip fracture on x-ray.",
        "?hip fracture on x-ray",
        "Possible hip fracture on x-ray, awaiting the report.",
        "X-ray to look for a hip fracture on x-ray.",
        "No evidence of a DVT on ultrasound.",
    ],
)
def test_finding_on_its_study_guards(text) -> None:  # type: ignore[no-untyped-def]
    assert not {f.concept for f in report_findings(text)} & {
        "xray_fracture_hip",
        "us_dvt",
    }


# --- a chest pain complaint the note denies, breathless ---


def _complaint(kb, cc: str, note: str) -> str | None:  # type: ignore[no-untyped-def]
    facts = ClinicalFacts.from_texts(
        [("chief_complaint", cc), ("ed_note", note)], kb, chief_complaint=cc
    )
    found = complaint_of(kb, cc, facts)
    return None if found is None else found.id


def test_denied_chest_pain_with_breathlessness_is_the_breathless_complaint(kb) -> None:  # type: ignore[no-untyped-def]
    note = (
        "Denies chest pain but breathless with swollen ankles, orthopnoea for a week."
    )
    assert _complaint(kb, "chest pain", note) == "shortness_of_breath"


@pytest.mark.parametrize(
    "note",
    [
        # the pain happened earlier: still the chest pain complaint
        "Central chest pain this morning for 20 minutes. Denies chest pain now, "
        "breathless.",
        # denied but not breathless
        "Denies chest pain; came for a repeat prescription.",
    ],
)
def test_denied_chest_pain_guards(kb, note) -> None:  # type: ignore[no-untyped-def]
    assert _complaint(kb, "chest pain", note) == "chest_pain"


# --- a urine dip negative item by item (infect42) ---


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Urine dip: nitrite negative, leucocytes negative, blood negative.", True),
        ("nitrites neg, LE neg", True),
        ("Urine dip: nitrites and leucocytes negative.", True),
        ("Urine dip: nitrite negative, leucocytes 2+.", False),
        ("Urine dip: nitrites positive, leucocytes negative.", False),
        (
            "If the dip is nitrite negative and leucocytes negative, no antibiotics.",
            False,
        ),
        ("nitrite negative", False),  # one item alone
    ],
)
def test_dip_negative_item_by_item(text, negative) -> None:  # type: ignore[no-untyped-def]
    found = {f.concept for f in report_findings(text)}
    assert ("urinalysis_negative" in found) is negative


# --- a deficit's own onset (cardio42) ---


@pytest.mark.parametrize(
    ("texts", "hours"),
    [
        (("Fevers for 10 days, sudden left arm weakness an hour ago.",), 1.0),
        (("Intermittent headaches for 2 weeks. Slurred speech for 3 hours.",), 3.0),
        (("Headache for 2 days.",), None),  # no deficit clause
        (("Right arm weakness, no duration given.",), None),
    ],
)
def test_deficit_hours_are_the_deficits_own(texts, hours) -> None:  # type: ignore[no-untyped-def]
    from agents.order_safety import _deficit_hours

    assert _deficit_hours(texts) == hours


# --- a verb of current use opens a new clause (trauma42) ---


def test_takes_after_a_negated_item_asserts_the_drugs() -> None:
    import re

    from agents import _text

    rx = re.compile(r"(?i)doxazosin")
    note = (
        "Third fall in two months, no injury, takes bendroflumethiazide, ramipril and "
        "doxazosin, felt dizzy on standing."
    )
    assert _text.asserted(rx, [note])
    assert not _text.asserted(rx, ["No injury, not taking doxazosin."])  # guard


def test_taking_after_a_negated_item_keeps_the_negation_before_it(kb) -> None:  # type: ignore[no-untyped-def]
    text = "No chest pain, takes aspirin and clopidogrel."
    assert _status(kb, text, "chest_pain") == {"absent"}
    assert _status(kb, text, "antiplatelet") == {"present"}


# --- a radiograph named without its region ---


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Went over on her ankle, cannot bear weight. X-ray shows no fracture.",
            "ankle",
        ),
        ("Knee injury. No fracture on x-ray.", "knee"),
        ("Fell on an outstretched hand, wrist swollen. X-ray: no fracture.", "wrist"),
        ("Ankle and wrist injury. X-ray shows no fracture.", None),  # two regions
        ("Chest pain. X-ray normal.", None),  # no limb
        ("Ankle injury. If the x-ray shows no fracture, home.", None),  # a condition
        ("Ankle injury, x-ray shows no fracture but a joint effusion.", None),
        ("Fell on an outstretched hand, snuffbox tender. X-ray: no fracture.", None),
    ],
)
def test_a_bare_film_takes_the_one_limb_region(text, region) -> None:  # type: ignore[no-untyped-def]
    from agents.offline.rules.imaging_results import negative_studies

    found = [r.region for r in negative_studies(text) if r.modality == "radiograph"]
    assert found == ([region] if region else [])


# --- a biliary ultrasound stated with its finding, no verb ---


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "LFTs normal, ultrasound gallstones without gallbladder wall thickening.",
            True,
        ),
        ("US: multiple gallstones.", True),
        ("Ultrasound for gallstones requested.", False),
        ("Plan ultrasound to look for gallstones.", False),
        ("If the ultrasound shows gallstones, surgical referral.", False),
    ],
)
def test_a_biliary_ultrasound_with_its_finding_is_resulted(text, said) -> None:  # type: ignore[no-untyped-def]
    from agents import _text
    from agents.resulted import _RUQ_US_WORDS

    assert _text.asserted(_RUQ_US_WORDS, [text]) is said
