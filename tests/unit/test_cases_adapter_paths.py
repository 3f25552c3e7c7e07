"""Adapter input hygiene: a folder or a file of any name; clear errors otherwise.

All files here are small synthetic copies written by the tests (no shared data).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cases.adapters import load_adapter
from cases.erreason import load_erreason
from cases.errors import DataError
from evals.erreason.datasets import DatasetError, load_dataset

DEMO = Path(__file__).resolve().parents[2] / "cases" / "demo"

KTAS_HEADER = (
    "Group;Sex;Age;Patients number per hour;Arrival mode;Injury;Chief_complain;Mental;"
    "Pain;NRS_pain;SBP;DBP;HR;RR;BT;Saturation;KTAS_RN;Diagnosis in ED;Disposition;"
    "KTAS_expert;Error_group;Length of stay_min;KTAS duration_min;mistriage"
)
KTAS_ROW = (
    "2;2;71;3;3;2;right ocular pain;1;1;2;160;100;84;18;36.6;100;2;Keratitis;1;2;"
    "0;86;5,00;0"
)
ESI_CSV = (
    'Clinical Vignettes,Rationale,acuity\n"A 30-year-old woman with a sore throat '
    'for 2 days. Vital signs: BP 118/76, HR 84, RR 16, T 37.2 C.",x,5\n'
)


def _medr(kind: str) -> dict[str, object]:
    result = (
        {"diagnosis_results": "Acute appendicitis", "differential_diagnosis": "1. A:"}
        if kind == "dx"
        else {"treatment_plan_results": "Appendectomy."}
    )
    summary = "- Chief complaint: abdominal pain\n- 23-year-old male, RLQ pain."
    return {"PMC1": {"generate_case": {"case_summary": summary, **result}}}


def test_ktas_file_of_any_name_or_folder(tmp_path: Path) -> None:
    (tmp_path / "ktas_export_2024.csv").write_text(f"{KTAS_HEADER}\n{KTAS_ROW}\n")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")  # another CSV: ignored
    by_file = load_adapter("ktas", tmp_path / "ktas_export_2024.csv")
    by_folder = load_adapter("ktas", tmp_path)
    assert by_file.report.cases_loaded == by_folder.report.cases_loaded == 1


def test_ktas_wrong_file_says_what_was_expected(tmp_path: Path) -> None:
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    with pytest.raises(DataError, match="KTAS_expert") as err:
        load_adapter("ktas", tmp_path / "other.csv")
    assert err.value.file == "other.csv"
    with pytest.raises(
        DataError, match=r"no file in .* fits; expected .*found: other\.csv"
    ):
        load_adapter("ktas", tmp_path)
    with pytest.raises(DataError, match="does not exist"):
        load_adapter("ktas", tmp_path / "missing")


def test_esi_folder_and_ambiguous_folder(tmp_path: Path) -> None:
    (tmp_path / "vignettes.csv").write_text(ESI_CSV)
    assert load_adapter("esi_handbook", tmp_path).report.cases_loaded == 1
    (tmp_path / "more.csv").write_text(ESI_CSV)
    with pytest.raises(DataError, match=r"several files .* pass a file"):
        load_adapter("esi_handbook", tmp_path)


def test_medrbench_any_names_file_or_folder(tmp_path: Path) -> None:
    (tmp_path / "dx_cases.json").write_text(json.dumps(_medr("dx")))
    (tmp_path / "tx.json").write_text(json.dumps(_medr("tx")))
    (tmp_path / "manifest.json").write_text(json.dumps({"stage": "stage1"}))
    both = load_adapter("medrbench", tmp_path)
    assert sorted(c.stages for c in both.cases) == [
        ("assessment", "diagnosis"),
        ("treatment",),
    ]
    assert both.report.skipped_suites == ()
    only_tx = load_adapter("medrbench", tmp_path / "tx.json")
    assert [c.stages for c in only_tx.cases] == [("treatment",)]
    assert set(only_tx.report.skipped_suites) == {"assessment", "diagnosis"}
    with pytest.raises(DataError, match="generate_case"):
        load_adapter("medrbench", tmp_path / "manifest.json")


def test_mimic_given_a_file_or_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a\n")
    with pytest.raises(DataError, match="is a file; expected the MIMIC-IV demo"):
        load_adapter("mimic_demo", tmp_path / "x.csv")
    with pytest.raises(DataError, match=r"MIMIC table not found .*expected"):
        load_adapter("mimic_demo", tmp_path)


def test_er_reason_main_csv_of_any_name(tmp_path: Path) -> None:
    shutil.copy(DEMO / "er_reason_demo.csv", tmp_path / "export.csv")
    shutil.copy(DEMO / "icd_10_codes.csv", tmp_path / "icd_10_codes.csv")
    by_folder = load_erreason(tmp_path)  # default name absent: the one that fits
    by_file = load_erreason(tmp_path / "export.csv")
    assert by_folder.report.cases_loaded == by_file.report.cases_loaded == 41
    assert "icd_10_codes.csv" not in by_file.report.missing_files  # found beside it


def test_cli_data_folder_never_gives_errno(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("nothing here")
    for name in ("ktas", "esi_handbook", "medrbench", "mimic_demo", "er_reason"):
        with pytest.raises(DatasetError) as err:
            load_dataset(name, tmp_path)
        assert "Errno" not in str(err.value)
        assert "expected" in str(err.value), (name, str(err.value))
