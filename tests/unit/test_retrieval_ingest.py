"""The ingest CLI and library function on the bundled demo and a tiny ER-Reason CSV."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from cases.labels import NOTE_COLUMNS
from retrieval.ingest import ingest_cases, load_cases, main
from retrieval.store import NoteStore


def _write_csv(folder):
    rows = []
    for i, (pid, year) in enumerate([("PA", 2021), ("PA", 2022), ("PB", 2020)]):
        row = {
            "patientdurablekey": pid,
            "encounterkey": f"E{i}",
            "primarychiefcomplaintname": "Chest pain",
            "Age": 60,
            "sex": "Male",
            "ArrivalYearKey": year,
            "ED_Provider_Notes_Text": "ED note text",
            "ED_Provider_Notes_Key": f"ED{i}",
            "ED_Provider_Notes_Year": year,
        }
        text_col, key_col, year_col = NOTE_COLUMNS["echo"]
        row |= {
            text_col: f"Conclusions: LVEF {40 + i}%.",
            key_col: f"{pid}-ECHO{i}",
            year_col: year - 1,
        }
        rows.append(row)
    pd.DataFrame(rows).to_csv(folder / "er_reason.csv", index=False)


def test_cli_ingests_er_reason_csv_and_is_idempotent(tmp_path, capsys):
    _write_csv(tmp_path)
    db = tmp_path / "db"
    argv = [
        "--dataset",
        "er_reason",
        "--data",
        str(tmp_path),
        "--db",
        str(db),
        "--no-progress",
        "--json",
    ]
    assert main(argv) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["cases"] == 3 and first["notes"] == 3
    assert first["added"] == first["chunks"] == first["index_chunks"] == 3
    assert main(argv) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["added"] == 0 and second["skipped_existing"] == 3


def test_cli_errors_and_help(capsys):
    assert main(["--dataset", "er_reason"]) == 2
    assert "needs --data" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "Idempotent" in capsys.readouterr().out


def test_ingest_demo_cases_never_indexes_ed_notes(embedder, tmp_path):
    cases = load_cases("demo", limit=5)
    store = NoteStore(tmp_path, embedder=embedder)
    report = ingest_cases(store, cases)
    prior = {n.note_key for c in cases for n in c.case.prior_notes}
    assert report.notes == sum(len(c.case.prior_notes) for c in cases)
    got = store.collection.get(include=["metadatas"])["metadatas"]
    assert {m["note_key"] for m in got} == prior
    ed_keys = {c.case.ed_note_key for c in cases} - {None}
    assert not ed_keys & prior
