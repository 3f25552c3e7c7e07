"""readers45: one block per reader rule, each with its guards (issue 10).

Sources: Harkema H et al. ConText, J Biomed Inform 2009;42:839 (a modifier's scope
ends at a new statement; a comparison with an earlier study is no negation of the
finding now); Chapman WW et al. NegEx, J Biomed Inform 2001;34:301 (post-negations);
Byrne RA et al. ESC 2023 ACS (a new LBBB with ongoing ischaemia); NICE NG158 2020 (a
positive D-dimer; oestrogen use in Wells/PERC); Kardalas E et al. Endocr Connect
2018;7:R135 (hypokalaemia < 2.5 mmol/L: IV replacement); Brignole M et al. ESC 2018
syncope, Table 5 (syncope during exertion); EASL 2018 decompensated cirrhosis and
Biggins SW et al. AASLD 2021 (ascitic neutrophils < 250/mm3 exclude SBP); Kiriyama S
et al. TG18 (the bile duct after cholecystectomy).
"""

from __future__ import annotations

import pytest

from agents import resulted
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._complaint_label import label_reading
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import onset_hours, read_results, result_findings
from agents.schemas import Order


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _status(kb, text: str, concept: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.status for f in extract_findings(text, kb) if f.concept == concept}


def _results(text: str) -> set[str]:
    return {f.concept for f in result_findings(text) if f.status == "present"}


# --- a comparison with an earlier study is no post-negation -------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ECG: new LBBB, not present on the ECG of 2022.", "ecg_new_lbbb"),
        ("ECG: ST depression, not seen on the previous ECG.", "ecg_st_depression"),
        ("ECG: new LBBB, not present previously.", "ecg_new_lbbb"),
    ],
)
def test_absent_on_an_earlier_study_is_new_now(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, concept) == {"present"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ST elevation, not present on the repeat ECG.", "ecg_st_elevation"),
        ("Cough - absent.", "cough"),
        ("Rash not present today.", "rash"),
    ],
)
def test_guard_a_post_negation_of_now_stays_absent(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, concept) == {"absent"}


def test_a_complaint_label_answered_no_is_not_inverted(kb) -> None:  # type: ignore[no-untyped-def]
    assert label_reading("Rash, absent today.") == "Rash, absent today."
    assert _status(kb, "Rash, absent today.", "rash") == {"absent"}
    assert label_reading("Pain, chest").startswith("chest Pain")  # guard


# --- an "on <drug>" item after a negated list is asserted -----------------------------


def test_on_a_drug_after_a_negated_item_is_present(kb) -> None:  # type: ignore[no-untyped-def]
    text = "Pleuritic chest pain, no calf swelling, on the combined pill."
    assert _status(kb, text, "calf_swelling") == {"absent"}
    assert _status(kb, text, "hormone_use") == {"present"}
    text = "No fever, on warfarin for AF."
    assert _status(kb, text, "anticoagulation") == {"present"}
    assert _status(kb, text, "atrial_fibrillation") == {"historical"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No calf swelling, not on the combined pill.", "hormone_use"),
        ("No chest pain, on exertion breathless.", "dyspnea"),
        ("No rash on the trunk, on the limbs or on the face.", "rash"),
    ],
)
def test_guard_on_inside_the_negation_stays_absent(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert "present" not in _status(kb, text, concept)


# --- results in words: a raised D-dimer or troponin ----------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("D-dimer raised. CXR clear.", "d_dimer_positive"),
        ("Raised D-dimer.", "d_dimer_positive"),
        ("Troponin raised at 3 hours.", "troponin_elevated"),
        ("hs-TnT elevated.", "troponin_elevated"),
    ],
)
def test_a_raised_d_dimer_or_troponin_in_words(text: str, concept: str) -> None:
    assert concept in _results(text)


@pytest.mark.parametrize(
    "text",
    ["D-dimer not raised.", "If the D-dimer is raised, CTPA.", "Troponin low."],
)
def test_guard_no_raised_d_dimer_or_troponin(text: str) -> None:
    assert not {"d_dimer_positive", "troponin_elevated"} & _results(text)


# --- a direction word before the value -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "analyte", "value"),
    [
        ("Potassium low at 2.3.", "potassium", 2.3),
        ("Sodium is low at 121.", "sodium", 121.0),
        ("Hb low at 68 g/L", "hemoglobin", 6.8),
    ],
)
def test_a_value_after_its_direction_word(
    text: str, analyte: str, value: float
) -> None:
    got = [(r.analyte, round(r.value, 2)) for r in read_results(text)]
    assert got == [(analyte, value)]


def test_guard_a_time_after_the_direction_is_no_value() -> None:
    assert not read_results("Troponin raised at 3 hours.")


# --- syncope while climbing stairs is exertional -------------------------------------


def test_syncope_climbing_stairs_is_exertional(kb) -> None:  # type: ignore[no-untyped-def]
    text = "Collapsed without warning while climbing stairs, injured his face."
    assert _status(kb, text, "exertional_syncope") == {"present"}
    assert _status(kb, "Fainted when walking up a hill.", "exertional_syncope") == {
        "present"
    }


@pytest.mark.parametrize(
    "text", ["Collapsed on the stairs.", "Passed out at the top of the stairs."]
)
def test_guard_a_collapse_on_the_stairs_is_not_exertional(kb, text) -> None:  # type: ignore[no-untyped-def]
    assert not _status(kb, text, "exertional_syncope")


# --- the ascitic neutrophil count ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ascitic tap: PMN 80 cells/mm3.", "ascitic_pmn_normal"),
        ("Diagnostic paracentesis: WCC 300, neutrophils 90.", "ascitic_pmn_normal"),
        ("Ascitic fluid neutrophils 320/mm3.", "ascitic_pmn_high"),
        ("Ascitic PMN count 260.", "ascitic_pmn_high"),
    ],
)
def test_the_ascitic_neutrophil_count(text: str, concept: str) -> None:
    found = _results(text)
    assert concept in found
    assert not {"ascitic_pmn_normal", "ascitic_pmn_high"} - {concept} & found
    assert not {"wbc_low", "wbc_high"} & found  # the tap's count is not the blood's


def test_guard_a_dialysis_effluent_is_not_ascites() -> None:
    assert not {"ascitic_pmn_normal", "ascitic_pmn_high"} & _results(
        "PD effluent: white cells 40, neutrophils 20."
    )


def test_a_stated_ascitic_count_answers_the_diagnostic_tap() -> None:
    tap = Order(kind="diagnostic", name="diagnostic paracentesis: count", reason="x")
    lvp = Order(kind="procedure", name="large-volume paracentesis", reason="x")
    known = resulted.read(["Ascitic tap: PMN 80 cells/mm3."])
    assert resulted.gate(tap, known) is not None
    assert resulted.gate(lvp, known) is None  # treatment stays
    assert resulted.gate(tap, resulted.read(["Tense ascites, tap planned."])) is None


# --- the bile duct after cholecystectomy ---------------------------------------------


def test_a_9_mm_duct_after_cholecystectomy_is_not_dilated() -> None:
    text = "Post-cholecystectomy 2018. US: CBD 9 mm, no stones seen."
    assert "biliary_dilatation" not in _results(text)
    assert "biliary_dilatation" in _results("Cholecystectomy 2015. US: CBD 12 mm.")


def test_guard_a_9_mm_duct_with_the_gallbladder_is_dilated() -> None:
    assert "biliary_dilatation" in _results("US: gallstones, CBD 9 mm.")
    text = "No previous cholecystectomy. US: CBD 9 mm."
    assert "biliary_dilatation" in _results(text)


# --- the duration after its symptom; a D-dimer not raised ----------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("hs-troponin T <5 ng/L, symptoms 4 hours.", 4.0),
        ("Pain duration 5 h.", 5.0),
        ("Symptom onset: 6 hours.", 6.0),
    ],
)
def test_a_symptom_duration_after_its_symptom_is_the_onset(
    text: str, hours: float
) -> None:
    assert onset_hours(text) == hours


@pytest.mark.parametrize(
    "text", ["Pain 2 hours after eating.", "Symptoms 3 hours later resolved."]
)
def test_guard_a_time_after_an_event_is_no_onset(text: str) -> None:
    assert onset_hours(text) is None


def test_a_troponin_below_the_lod_after_4_hours_of_symptoms_rules_out() -> None:
    found = _results("hs-troponin T <5 ng/L, symptoms 4 hours.")
    assert "troponin_single_rule_out" in found
    assert "troponin_single_rule_out" not in _results(
        "hs-troponin T <5 ng/L, symptoms 2 hours."
    )


def test_a_d_dimer_not_raised_is_negative() -> None:
    assert "d_dimer_negative" in _results("D-dimer not raised.")
    assert "d_dimer_negative" not in _results("D-dimer raised.")
