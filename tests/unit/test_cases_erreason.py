from pathlib import Path

import pytest

from cases.erreason import (
    ERReasonDataset,
    case_from_row,
    load_erreason,
    parse_acuity,
    parse_disposition,
)
from cases.errors import DataError

SYNTH = Path(__file__).parents[1] / "data" / "erreason_synth"
DEMO = Path(__file__).parents[2] / "cases" / "demo"


@pytest.fixture(scope="module")
def synth() -> ERReasonDataset:
    return load_erreason(SYNTH, csv_name="er_reason_synthetic.csv")


def test_counts_and_skips_are_explained(synth):
    r = synth.report
    assert (r.rows_read, r.cases_loaded, r.rows_skipped) == (4, 3, 1)
    assert r.skipped == {"missing_encounterkey": 1}
    assert any("row=4" in issue and "encounterkey" in issue for issue in r.issues)


def test_unknown_labels_are_kept_and_counted(synth):
    e3 = next(c for c in synth.cases if c.case.encounter_id == "E003")
    assert e3.gold.disposition is None and e3.gold.raw_disposition == "Admit to Psych"
    assert e3.gold.acuity is None
    assert "disposition" in e3.stages and "triage" not in e3.stages
    assert synth.report.warnings["unknown_disposition"] == 1
    assert synth.report.warnings["unknown_acuity"] == 1
    assert synth.report.warnings["bad_age"] == 1


def test_fields_vitals_prior_notes_and_icd(synth):
    e1 = next(c for c in synth.cases if c.case.encounter_id == "E001")
    case, gold = e1.case, e1.gold
    assert case.demographics.age == 67 and case.chief_complaint == "ABDOMINAL PAIN"
    assert case.arrival.year == 2021 and case.ed_note_key == "N-ED-1"
    assert (
        case.vitals.heart_rate,
        case.vitals.systolic_bp,
        case.vitals.temperature_c,
    ) == (104, 142, 38.3)
    assert [(n.note_key, n.note_type, n.year) for n in case.prior_notes] == [
        ("DS-1", "discharge_summary", 2019)
    ]
    assert gold.icd10_codes == ("K56609", "E119")
    assert gold.acuity == "Emergent" and gold.disposition == "Admit"
    assert gold.treatment_plan == "NPO, NG tube"
    assert set(e1.stages) >= {
        "triage",
        "assessment",
        "treatment",
        "disposition",
        "diagnosis",
        "sct",
    }


def test_gold_redacted_in_note_but_not_prior_notes(synth):
    e1 = next(c for c in synth.cases if c.case.encounter_id == "E001")
    assert "SBO" not in (e1.case.ed_note or "") and "K56.609" not in (
        e1.case.ed_note or ""
    )
    assert "SBO" not in (e1.case.one_liner or "")
    assert "K56.609" in e1.case.prior_notes[0].text
    assert synth.report.redactions["diagnosis"] >= 4


def test_sct_steps_typos_and_missing_gold(synth):
    e1 = next(c for c in synth.cases if c.case.encounter_id == "E001")
    steps = e1.gold.sct_steps
    assert [(s.timestep, s.differential) for s in steps] == [
        (1, "Small bowel obstruction"),
        (3, "Cardiac arrhythmia"),
    ]
    assert (
        steps[0].gold_update == 2 and steps[0].rationale == "Distension supports SBO."
    )
    assert steps[0].gold_ranking == {
        "Small bowel obstruction": 1,
        "Cardiac arrhythmia": 2,
    }
    assert steps[1].gold_update is None and steps[1].gold_ranking is None
    assert e1.gold.sct_pool == ("Small bowel obstruction", "Cardiac arrhythmia")
    e2 = next(c for c in synth.cases if c.case.encounter_id == "E002")
    assert e2.gold.sct_steps == ()  # not in the master list
    assert synth.report.warnings["sct_bad_update"] == 1
    assert synth.report.skipped_suites == ()


def test_missing_optional_files_skip_suites(tmp_path):
    (tmp_path / "x.csv").write_text((SYNTH / "er_reason_synthetic.csv").read_text())
    ds = load_erreason(tmp_path, csv_name="x.csv")
    assert ds.report.cases_loaded == 3
    assert set(ds.report.skipped_suites) == {"diagnosis_icd", "sct"}
    assert "icd_10_codes.csv" in ds.report.missing_files


def test_bad_bytes_are_replaced_and_counted(tmp_path):
    raw = (
        (SYNTH / "er_reason_synthetic.csv")
        .read_bytes()
        .replace(b"Asian", b"Asi\xe9n\xff")
    )
    (tmp_path / "x.csv").write_bytes(raw)
    ds = load_erreason(tmp_path, csv_name="x.csv")
    assert ds.report.warnings["encoding_replacements"] == 2
    assert ds.report.cases_loaded == 3


def test_missing_file_and_column_raise_located_errors(tmp_path):
    with pytest.raises(DataError, match=r"file=nope\.csv"):
        load_erreason(tmp_path, csv_name="nope.csv")
    (tmp_path / "bad.csv").write_text("encounterkey,Age\nE1,3\n")
    with pytest.raises(DataError) as info:
        load_erreason(tmp_path, csv_name="bad.csv")
    assert (info.value.file, info.value.column) == ("bad.csv", "patientdurablekey")


def test_case_from_row_flat_input_redacts_and_extracts():
    row = {
        "patientdurablekey": "P9",
        "encounterkey": "E9",
        "Age": 50.0,
        "ED_Provider_Notes_Text": (
            "Vitals: HR 120, BP 85/50. Dx: Sepsis, due to unspecified organism."
        ),
        "primaryeddiagnosisname": "Sepsis, due to unspecified organism",
        "eddisposition": "admit",
        "Progress_Note_Text": float("nan"),
    }
    lc = case_from_row(row, icd10_codes=("A41.9",))
    assert lc.case.vitals.heart_rate == 120 and lc.case.demographics.age == 50
    assert "Sepsis" not in (lc.case.ed_note or "") and lc.case.prior_notes == ()
    assert lc.gold.disposition == "Admit" and lc.gold.icd10_codes == ("A419",)
    with pytest.raises(DataError, match="patientdurablekey"):
        case_from_row({"encounterkey": "E1"})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Less Urgent", "Less Urgent"),
        ("non urgent", "Non-Urgent"),
        ("3", "Urgent"),
        ("x", None),
    ],
)
def test_parse_acuity(value, expected):
    assert parse_acuity(value) == expected


def test_parse_disposition_tolerates_case_and_spacing():
    assert (
        parse_disposition("transfer to another facility")
        == "Transfer to Another Facility"
    )
    assert parse_disposition("LWBS after triage") == "LWBS after Triage"
    assert parse_disposition("Home") is None


@pytest.mark.skipif(
    not (DEMO / "er_reason_demo.csv").exists(), reason="demo data not built yet"
)
def test_demo_loads_without_skips():
    ds = load_erreason(DEMO, csv_name="er_reason_demo.csv")
    assert ds.report.cases_loaded == ds.report.rows_read > 0
    assert ds.report.rows_skipped == 0
    assert all(c.gold.disposition or c.gold.raw_disposition for c in ds.cases)
