"""readers37 (issue 10, pattern 1): typed results and mention context.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Chapman WW et al. NegEx. J Biomed Inform 2001;34:301 (post-negation; scope);
  Harkema H et al. ConText. J Biomed Inform 2009;42:839 (termination terms).
- Lim WS et al. CURB-65. Thorax 2003;58:377; NICE NG138 / CG191 (CURB-65 0-1: home).
- JBDS-IP. The hospital management of hypoglycaemia in adults with diabetes, 2021
  (< 4.0 mmol/L; capillary glucose written "BM"); ADA Standards of Care 2024 s6
  (level 1 < 70 mg/dL, 3.9 mmol/L; level 2 < 54 mg/dL, 3.0 mmol/L).
- WHO. Haemoglobin concentrations for the diagnosis of anaemia. 2011
  (WHO/NMH/NHD/MNM/11.1): men < 13 g/dL, women < 12, pregnancy < 11; haematocrit
  cut-offs three times these (WHO 1968).
- KDIGO Clinical Practice Guideline for Acute Kidney Injury 2012 ('acute renal /
  kidney failure' is the older name of AKI, ICD-10 N17.9).

Each scenario asserts safety properties; each failed on main 42d1e0a before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import result_findings
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(text: str, concept: str) -> set[str]:
    return {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }


def _results(text: str, **population: object) -> set[str]:
    return {f.concept for f in result_findings(text, **population)}  # type: ignore[arg-type]


def _names(out: object) -> str:
    return " | ".join(o.name.lower() for o in O.orders(out))  # type: ignore[arg-type]


# --- a checklist answers its item after it ----------------------------------------


def test_a_checklist_no_after_its_item_negates_the_item() -> None:
    """CURB-65 is documented item by item ("Confusion no, Urea 5, RR 20"): the answer
    after the item is a post-posed negation (NegEx post-negation; Lim 2003), as
    "Confusion: no" already is; each "X no" of a review of systems answers its own
    item, and a "yes" keeps its item present."""
    assert _status("Confusion no, Urea 5, RR 20, BP 132/80.", "confusion") == {"absent"}
    text = "Fever no, neck stiffness no, photophobia no, rash no."
    for concept in ("fever", "neck_stiffness", "photophobia", "rash"):
        assert _status(text, concept) == {"absent"}, concept
    line = "Chest pain no, syncope no, palpitations yes."
    assert _status(line, "chest_pain") == {"absent"}
    assert _status(line, "palpitations") == {"present"}


def test_guard_no_better_and_new_confusion_stay_present() -> None:
    """ "No better after fluids" and "no longer" continue the clause (no answer), and a
    stated new confusion is present (CURB-65's C)."""
    assert _status(
        "Confused since yesterday, no better after fluids.", "confusion"
    ) == {"present"}
    assert _status("Confusion yes, Urea 11, RR 32.", "confusion") == {"present"}


def test_a_curb65_zero_pneumonia_is_not_treated_as_confused_sepsis(
    reason: Reason,
) -> None:
    """NICE CG191 / BTS: a CURB-65 of 0-1 is treated at home; a CURB-65 line that
    answers "Confusion no" must not add confusion (sepsis ruled in, ICU)."""
    out = reason(
        make_case(
            "COUGH",
            age=70,
            sex="F",
            vitals=vitals(100, 128, 76, 22, 95, 38.0),
            ed_note=(
                "70-year-old with 4 days of cough and fever. Left basal crackles, CXR "
                "left lower lobe consolidation. CURB-65: Confusion no, Urea 6.1, RR "
                "22, BP 128/76, age 70 (1 point). Impression: community-acquired "
                "pneumonia."
            ),
            case_id="readers37-curb1",
        )
    )
    d = O.disposition(out)
    assert d is not None and d.admit_level != "icu"
    assert not [
        e
        for e in out.final.ledger
        if "sepsis" in e.diagnosis.lower() and e.status == "ruled_in"
    ]


def test_a_negative_review_of_systems_starts_no_meningitis_protocol(
    reason: Reason,
) -> None:
    """A gradual, familiar headache with "neck stiffness no, fever no" and a normal
    examination (NICE CG150; ACEP 2019 headache policy): no empirical meningitis
    antibiotics or lumbar puncture from answers read as findings."""
    out = reason(
        make_case(
            "HEADACHE",
            age=30,
            sex="F",
            vitals=vitals(78, 122, 78, 14, 99, 36.9),
            ed_note=(
                "30-year-old with a gradual bilateral pressing headache for 2 days, "
                "like her usual headaches. Fever no, neck stiffness no, photophobia "
                "no, rash no, vomiting no. Neuro exam normal."
            ),
            case_id="readers37-ros",
        )
    )
    names = _names(out)
    assert "ceftriaxone" not in names and "lumbar puncture" not in names


# --- a negation's scope ends at a new dated statement -----------------------------


def test_a_time_anchor_inside_the_mention_ends_the_negation() -> None:
    """ConText termination (Harkema 2009): "3 weeks of" opens a new event, also when
    the lexicon's term starts inside it ("weeks of dry cough"); "2 months of" too."""
    text = "38-year-old, not on any treatment, 3 weeks of dry cough and weight loss."
    assert _status(text, "chronic_cough") == {"present"}
    text = "66-year-old, never smoked, 2 months of haemoptysis and weight loss."
    assert _status(text, "hemoptysis") == {"present"}


def test_guard_negated_lists_stay_negated() -> None:
    """NegEx: one trigger negates its list ("no fever or cough", "no rash,
    photophobia, neck stiffness", an examination's "no guarding, rebound"); "denies
    chest pain, has palpitations" asserts the palpitations; a CT that shows a PE
    asserts it."""
    assert _status("Sore throat, no fever or cough.", "fever") == {"absent"}
    assert _status("Sore throat, no fever or cough.", "cough") == {"absent"}
    text = "Headache since this morning, no rash, photophobia, neck stiffness."
    for concept in ("rash", "photophobia", "neck_stiffness"):
        assert _status(text, concept) == {"absent"}, concept
    assert _status("Abdomen soft, no guarding, rebound, rigidity.", "rebound") == {
        "absent"
    }
    text = "Denies chest pain, has palpitations since an hour ago."
    assert _status(text, "chest_pain") == {"absent"}
    assert _status(text, "palpitations") == {"present"}
    assert _status("CTPA shows PE in the right lower lobe.", "pulmonary_embolism") == {
        "present"
    }


# --- glucose with its units -------------------------------------------------------


def test_a_uk_bm_reading_is_a_capillary_glucose() -> None:
    """JBDS-IP 2021: the bedside capillary glucose is written "BM" in UK notes;
    BM 2.6 mmol/L is a level 2 hypoglycaemia (ADA 2024: < 3.0 mmol/L)."""
    assert {"glucose_low", "glucose_low_severe"} <= _results(
        "BM 2.6. No focal deficit."
    )


def test_guard_a_bowel_movement_is_no_glucose() -> None:
    """ "BM" is also a bowel movement: "last BM 2 days ago", "BM 1 today" are no
    glucose readings (no hypoglycaemia from a stool count)."""
    for text in ("Last BM 2 days ago.", "BM 1 today, soft.", "BMs 3 per day."):
        assert not _results(text) & {"glucose_low", "glucose_low_severe"}, text


def test_an_insulin_treated_patient_with_a_low_bm_gets_glucose(reason: Reason) -> None:
    """JBDS-IP 2021 / ADA 2024: a confused insulin-treated patient with a capillary
    glucose of 2.6 mmol/L is treated now (IV dextrose or glucagon)."""
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=58,
            sex="F",
            vitals=vitals(96, 138, 82, 16, 98, 36.5),
            ed_note=(
                "58-year-old on basal-bolus insulin, confused and sweaty after "
                "skipping lunch. BM 2.6. No focal deficit."
            ),
            case_id="readers37-bm",
        )
    )
    names = _names(out)
    assert "dextrose" in names or "glucagon" in names


# --- anaemia by sex, pregnancy; the haematocrit -----------------------------------


def test_anaemia_thresholds_follow_sex_and_pregnancy() -> None:
    """WHO 2011: a man's haemoglobin of 12.5 g/dL is (mild) anaemia (< 13), a pregnant
    woman's 11.5 is not (< 11) and her 10.8 is."""
    assert "hemoglobin_low_mild" in _results("Haemoglobin 12.5 g/dL.", age=55, sex="M")
    assert "hemoglobin_low" not in _results(
        "Hb 11.5 g/dL.", age=29, sex="F", pregnant=True
    )
    assert "hemoglobin_low" in _results(
        "Haemoglobin 10.8 g/dL.", age=27, sex="F", pregnant=True
    )


def test_guard_a_woman_with_a_haemoglobin_of_12_5_is_not_worked_up_for_anaemia(
    reason: Reason,
) -> None:
    """WHO 2011: a non-pregnant woman is anaemic below 12 g/dL; tiredness after a viral
    illness with a haemoglobin of 12.5 is no anaemia to work up."""
    out = reason(
        make_case(
            "FATIGUE",
            age=35,
            sex="F",
            vitals=vitals(80, 118, 74, 14, 99, 36.8),
            ed_note=(
                "35-year-old woman with 2 weeks of tiredness after a viral illness. "
                "Haemoglobin 12.5 g/dL. Examination normal."
            ),
            case_id="readers37-hb-woman",
        )
    )
    result = O.treatment(out)
    assert "anemia" not in ((result.working_diagnosis or "").lower() if result else "")
    assert "iron studies" not in _names(out)


def test_a_low_haematocrit_is_anaemia() -> None:
    """A haematocrit of 21 % in a man (WHO: anaemia below 39 %) is an anaemia; 0.31
    L/L is 31 %."""
    assert "hemoglobin_low" in _results("Hematocrit 21%. BUN 48.", age=68, sex="M")
    assert "hemoglobin_low" in _results("Hct 0.31", age=40, sex="F")


def test_guard_a_normal_haematocrit_or_a_thiazide_is_no_anaemia() -> None:
    """Hct 44 % is normal; "lisinopril-HCT 20-12.5 mg" and "losartan/HCT" name
    hydrochlorothiazide, not a haematocrit; a haematocrit beside a normal haemoglobin
    adds no anaemia."""
    assert "hemoglobin_low" not in _results("Hct 44%, WBC 7.2.", age=40)
    # the haemoglobin, when given, is the measure (WHO 2011), not its stand-in
    both = "Hemoglobin 12.5 g/dL, Hematocrit 35.3 %."
    assert "hemoglobin_low" not in _results(both, age=66)
    for text in ("lisinopril-HCT 20-12.5 mg daily", "losartan/HCT 50/12.5"):
        assert "hemoglobin_low" not in _results(text, age=60), text


# --- AKI by its older names ---------------------------------------------------------


def test_acute_kidney_failure_names_aki() -> None:
    """KDIGO 2012: 'acute kidney failure' (the ICD-10 N17 title) is AKI."""
    assert _status(
        "Impression: acute kidney failure, prerenal.", "acute_kidney_injury"
    ) == {"present"}


def test_guard_a_past_acute_renal_failure_is_history() -> None:
    """A kidney injury of an earlier admission is history (ConText historical)."""
    text = "History of acute renal failure in 2019 after sepsis, recovered."
    assert "present" not in _status(text, "acute_kidney_injury")
