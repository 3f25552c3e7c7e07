"""Tests for the bundled synthetic ER-Reason demo dataset (cases/demo)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
import simple_icd_10_cm as cm

import cases.demo as demo
from cases.demo.build import render_outputs
from cases.labels import ACUITY_WORDS, DISPOSITION_LABELS, NOTE_COLUMNS, NOTE_TYPES

EXPECTED_COLUMNS = [
    "patientdurablekey",
    "encounterkey",
    "primarychiefcomplaintname",
    "sex",
    "firstrace",
    "preferredlanguage",
    "highestlevelofeducation",
    "maritalstatus",
    "Age",
    "ED_Provider_Notes_Text",
    "ED_Provider_Notes_Key",
    "ED_Provider_Notes_Year",
    "One_Sentence_Extracted",
    "Discharge_Summary_Text",
    "Discharge_Summary_Note_Key",
    "Discharge_Summary_Year",
    "Progress_Note_Text",
    "Progress_Note_Key",
    "Progress_Note_Year",
    "HP_Note_Text",
    "HP_Note_Key",
    "HP_Note_Year",
    "Echo_Text",
    "Echo_Key",
    "Echo_Year",
    "Imaging_Text",
    "Imaging_Key",
    "Imaging_Year",
    "Consult_Text",
    "Consult_Key",
    "Consult_Year",
    "ECG_Text",
    "ECG_Key",
    "ECG_Year",
    "note_count",
    "ArrivalYearKey",
    "DepartureYearKeyValue",
    "DepartureYearKey",
    "DispositionYearKeyValue",
    "birthYear",
    "acuitylevel",
    "eddisposition",
    "primaryeddiagnosisname",
    "Rule_Out",
    "Decision_Factors",
    "Treatment_Plan",
]
KEY_RE = re.compile(r"^[0-9A-F]{14}$")
CUT_RE = re.compile(r"final\s+disposition\s+and\s+ed\s+course", re.IGNORECASE)


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def er() -> pd.DataFrame:
    return _read(demo.ER_REASON_DEMO_CSV)


@pytest.fixture(scope="module")
def questions() -> list[dict[str, str]]:
    lines = demo.RETRIEVAL_QUESTIONS_JSONL.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _prior_notes(row: pd.Series) -> dict[str, tuple[str, str, str]]:
    """Note key -> (type, text, year) for the prior notes attached to a row."""
    out = {}
    for note_type in NOTE_TYPES:
        text_col, key_col, year_col = NOTE_COLUMNS[note_type]
        if row[key_col]:
            out[row[key_col]] = (note_type, row[text_col], row[year_col])
    return out


def test_columns_match_er_reason_schema_exactly(er):
    assert list(er.columns) == EXPECTED_COLUMNS


def test_columns_also_readable_with_default_pandas_types():
    df = pd.read_csv(demo.ER_REASON_DEMO_CSV)
    assert df["Age"].dtype.kind == "i"
    assert df["encounterkey"].map(type).eq(str).all()  # keys never parse as numbers


def test_counts_patients_encounters_and_keys(er):
    assert len(er) >= 40
    assert er["patientdurablekey"].nunique() >= 25
    assert er["encounterkey"].is_unique
    assert er["ED_Provider_Notes_Key"].is_unique
    for col in ("patientdurablekey", "encounterkey", "ED_Provider_Notes_Key"):
        assert er[col].str.match(KEY_RE).all(), col
    per_patient = er.groupby("patientdurablekey").size()
    assert (per_patient >= 2).sum() >= 5
    assert per_patient.max() == 3


def test_label_vocabularies_cover_required_values(er):
    assert set(er["acuitylevel"]) == set(ACUITY_WORDS)
    assert set(er["eddisposition"]) <= set(DISPOSITION_LABELS)
    required = {
        "Admit",
        "Discharge",
        "Observation",
        "Transfer to Another Facility",
        "AMA",
        "OR Admit",
    }
    assert required <= set(er["eddisposition"])
    counts = er["acuitylevel"].value_counts()
    assert counts["Urgent"] + counts["Emergent"] > len(er) / 2  # realistic spread


def test_demographics_and_years_are_consistent(er):
    ages = er["Age"].astype(int)
    years = er["ArrivalYearKey"].astype(int)
    assert ((years - er["birthYear"].astype(int) - ages).isin([0, 1])).all()
    for col in ("DepartureYearKeyValue", "DepartureYearKey", "DispositionYearKeyValue"):
        assert (er[col].astype(int) == years).all()
    assert (er["ED_Provider_Notes_Year"].astype(int) == years).all()
    assert (
        er["primarychiefcomplaintname"]
        .eq(er["primarychiefcomplaintname"].str.upper())
        .all()
    )
    for _, row in er.iterrows():
        assert f"{row['Age']} y.o." in row["ED_Provider_Notes_Text"]
        assert row["One_Sentence_Extracted"].startswith(f"{row['Age']} y.o.")
    assert er["primaryeddiagnosisname"].str.endswith("(CMS code)").sum() >= 5


def test_ed_notes_have_expected_sections_and_exactly_three_messy(er):
    notes = er["ED_Provider_Notes_Text"]
    for heading in ("HPI", "Review of Systems", "Physical Exam", "HENT:"):
        assert notes.str.contains(heading, regex=False).all(), heading
    assert notes.str.contains("Medical Decision Making", regex=False).all()
    assert notes.str.contains("*****", regex=False).all()
    no_cut = notes[~notes.map(lambda t: bool(CUT_RE.search(t)))]
    assert len(no_cut) == 1
    no_triage = notes[~notes.str.contains("Triage Vital Signs:", regex=False)]
    assert len(no_triage) == 1
    assert no_triage.iloc[0].count("Vitals:") == 1
    for text in notes[notes.str.contains("Triage Vital Signs:", regex=False)]:
        block = text.split("Triage Vital Signs:", 1)[1].split("HENT:", 1)[0]
        assert re.search(r"BP: \d{2,3}/\d{2,3} \| Pulse: \d+ \| Resp: \d+", block)
        assert re.search(r"SpO2: \d{2,3}%", block)
    admitted = [
        t
        for t in notes
        if "admitted" in CUT_RE.split(t)[-1]
        and "Disposition:" not in CUT_RE.split(t)[-1]
    ]
    assert len(admitted) >= 1


def test_immediate_rows_have_danger_zone_vitals(er):
    for text in er.loc[er["acuitylevel"] == "Immediate", "ED_Provider_Notes_Text"]:
        line = text.split("Triage Vital Signs:", 1)[1]
        sbp = int(re.search(r"BP: (\d+)/", line).group(1))
        hr = int(re.search(r"Pulse: (\d+)", line).group(1))
        spo2 = int(re.search(r"SpO2: (\d+)%", line).group(1))
        assert sbp < 90 or hr > 130 or spo2 < 90


def test_prior_notes_precede_encounter_and_are_stable_across_rows(er):
    seen: dict[str, tuple[str, str, str, str]] = {}
    for _, row in er.iterrows():
        year = int(row["ArrivalYearKey"])
        for key, (note_type, text, note_year) in _prior_notes(row).items():
            assert text.strip() and note_year
            assert int(note_year) < year
            record = (row["patientdurablekey"], note_type, text, note_year)
            assert seen.setdefault(key, record) == record
        for note_type in NOTE_TYPES:
            text_col, key_col, year_col = NOTE_COLUMNS[note_type]
            assert bool(row[text_col]) == bool(row[key_col]) == bool(row[year_col])
    n_prior = er.apply(lambda r: len(_prior_notes(r)), axis=1)
    assert (n_prior == 0).sum() >= 3
    assert (n_prior >= 3).sum() >= 8
    assert n_prior.max() == 7
    echo_texts = er.loc[er["Echo_Text"] != "", "Echo_Text"]
    assert echo_texts.str.contains(r"(?:LVEF|ejection fraction)", regex=True).all()


def test_later_encounters_carry_notes_written_after_earlier_encounters(er):
    found = 0
    for _, group in er.groupby("patientdurablekey"):
        group = group.sort_values("ArrivalYearKey")
        first_year = int(group.iloc[0]["ArrivalYearKey"])
        for _, row in group.iloc[1:].iterrows():
            years = [int(y) for _, _, y in _prior_notes(row).values()]
            found += any(y >= first_year for y in years)
    assert found >= 5


def test_rationale_columns_filled_on_eight_to_twelve_rows(er):
    filled = er[(er["Rule_Out"] != "") & (er["Decision_Factors"] != "")]
    assert 8 <= len(filled) <= 12
    assert (filled["Treatment_Plan"] != "").all()
    partial = er[(er["Rule_Out"] != "") ^ (er["Treatment_Plan"] != "")]
    assert partial.empty


def test_icd_codes_exist_and_cover_every_encounter(er):
    icd = _read(demo.ICD_CODES_CSV)
    assert list(icd.columns) == [
        "patientdurablekey",
        "encounterkey",
        "value",
        "displaystring",
    ]
    for code, name in zip(icd["value"], icd["displaystring"], strict=True):
        assert cm.is_valid_item(code), code
        assert cm.is_leaf(code), code
        assert cm.get_description(code) == name
        assert "." in code or len(code) == 3
    per_enc = icd.groupby("encounterkey").size()
    assert set(per_enc.index) == set(er["encounterkey"])
    assert per_enc.between(1, 4).all()
    pairs = set(zip(er["patientdurablekey"], er["encounterkey"], strict=True))
    assert set(zip(icd["patientdurablekey"], icd["encounterkey"], strict=True)) <= pairs


def test_sct_files_are_consistent(er):
    keys = _read(demo.SCT_ANNOTATIONS_CSV)["encounterkey"]
    ann = _read(demo.ANNOTATED_SCT_CSV)
    cleaned = _read(demo.SCT_CLEANED_CSV)
    gt = _read(demo.GT_CLEAN_CSV)
    assert len(keys) >= 8 and keys.is_unique
    assert set(keys) <= set(er["encounterkey"])
    assert list(ann["encounterkey"]) == list(keys)
    assert list(gt.columns) == [
        "encounterkey",
        "differential",
        "dxupdate",
        "dxtrajectory",
    ]
    diff_cols = [f"differential_{i}" for i in range(1, 6)]
    colons = empty_middle = 0
    for _, row in ann.iterrows():
        raw = [row[c] for c in diff_cols]
        colons += sum(d.endswith(":") for d in raw)
        filled = [i for i, d in enumerate(raw) if d]
        empty_middle += filled != list(range(len(filled)))
        for i in range(5):
            assert bool(row[diff_cols[i]]) == bool(row[f"evidence_{i + 1}"])
        steps = [d.rstrip(":").strip() for d in raw if d]
        pool = set(steps)
        assert len(pool) == len(steps) <= 5
        case_gt = gt[gt["encounterkey"] == row["encounterkey"]]
        assert list(case_gt["differential"]) == steps
        case_clean = cleaned[cleaned["encounterkey"] == row["encounterkey"]]
        assert list(case_clean["differential"]) == steps
        assert (case_clean["rationale"] != "").all()
        one_liner = er.loc[
            er["encounterkey"] == row["encounterkey"], "One_Sentence_Extracted"
        ]
        assert row["One_Sentence_Extracted"] == one_liner.iloc[0]
        previous: dict[str, int] | None = None
        for _, step in case_gt.iterrows():
            update = int(step["dxupdate"])
            ranking = json.loads(step["dxtrajectory"])
            assert -2 <= update <= 2
            assert pool <= set(ranking) and set(ranking) <= pool
            assert sorted(ranking.values()) == list(range(1, len(pool) + 1))
            if previous is not None:
                delta = previous[step["differential"]] - ranking[step["differential"]]
                assert delta * update >= 0, (step["differential"], update, delta)
                if update == 0:
                    assert ranking == previous
            previous = ranking
    assert colons >= 2
    assert empty_middle >= 1


def test_retrieval_questions_resolve_to_one_attached_note(er, questions):
    assert len(questions) >= 70
    assert len({q["qid"] for q in questions}) == len(questions)
    rows = {row["encounterkey"]: row for _, row in er.iterrows()}
    for q in questions:
        assert list(q) == [
            "qid",
            "patient_id",
            "encounter_id",
            "question",
            "note_key",
            "answer",
        ]
        row = rows[q["encounter_id"]]
        assert row["patientdurablekey"] == q["patient_id"]
        notes = _prior_notes(row)
        assert q["note_key"] in notes, q["qid"]
        assert notes[q["note_key"]][1].count(q["answer"]) == 1, q["qid"]
        others = [text for key, (_, text, _) in notes.items() if key != q["note_key"]]
        assert not any(q["answer"] in text for text in others), q["qid"]
        assert q["question"].endswith("?")
    assert len({q["note_key"] for q in questions}) >= 40
    assert len({q["patient_id"] for q in questions}) >= 15


def test_build_regenerates_byte_identical_files():
    outputs = render_outputs()
    assert len(outputs) == 7
    for path, content in outputs.items():
        assert path.read_bytes() == content.encode("utf-8"), path.name


def test_build_rejects_invalid_icd_code_and_non_unique_answer(tmp_path):
    src = tmp_path / "source"
    src.mkdir()
    shutil.copy(demo.SOURCE_DIR / "p01.yaml", src / "p01.yaml")
    original = (src / "p01.yaml").read_text(encoding="utf-8")
    (src / "p01.yaml").write_text(
        original.replace("I21.4,", "I21.99,"), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="ICD-10-CM"):
        render_outputs(src)
    (src / "p01.yaml").write_text(
        original.replace("a: Dry weight 84 kg", "a: mg"), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="exactly once"):
        render_outputs(src)
