"""Malformed ER-Reason CSVs: bad records are skipped and located, never mis-scored.

The files are built from the bundled synthetic demo CSV, then damaged the way real
exports break: an unbalanced quote, a ragged record, an empty note, latin-1 bytes, a
header with no rows.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cases.erreason import load_erreason
from evals.erreason.__main__ import main

DEMO_CSV = Path(__file__).resolve().parents[2] / "cases" / "demo" / "er_reason_demo.csv"


def _rows() -> tuple[list[str], list[list[str]]]:
    with DEMO_CSV.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        return header, [r for _, r in zip(range(6), reader, strict=False)]


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    header, rows = _rows()
    col = {name: i for i, name in enumerate(header)}
    rows[3][col["ED_Provider_Notes_Text"]] = ""  # data row 4: empty note
    lines = _csv_text(header, rows).split("\n")
    # data row 2 (line 3) gets one cell too many: a ragged record
    lines[2] = lines[2] + ",EXTRA"
    text = "\n".join(lines)
    # data row 5: a quote opened inside the chief complaint and never closed
    complaint = rows[4][col["primarychiefcomplaintname"]]
    text = text.replace(f",{complaint},", f',"{complaint} (see note,', 1)
    raw = text.encode("utf-8")
    # data row 1: latin-1 bytes (an accented name saved by another tool)
    raw = raw.replace(b"Male", b"M\xe1le", 1)
    data = tmp_path / "er"
    data.mkdir()
    (data / "er_reason.csv").write_bytes(raw)
    return data


def test_loader_skips_and_locates_bad_records(damaged: Path):
    ds = load_erreason(damaged)
    rep = ds.report
    assert rep.skipped.get("malformed_record", 0) >= 2
    assert any("row=2" in i and "fields where the header has" in i for i in rep.issues)
    assert any("row=5" in i and "unbalanced quote" in i for i in rep.issues)
    assert rep.warnings["empty_ed_note"] == 1
    assert rep.warnings["undecodable_bytes"] == 1
    assert rep.rows_read == rep.cases_loaded + rep.rows_skipped
    header, rows = _rows()
    col = {name: i for i, name in enumerate(header)}
    good = {r[col["encounterkey"]]: r for r in rows}
    for lc in ds.cases:  # nothing column-shifted: every loaded case is a real row
        src = good[lc.case.encounter_id]
        assert lc.case.patient_id == src[col["patientdurablekey"]]
        age = src[col["Age"]]
        assert lc.case.demographics.age == (int(float(age)) if age else None)


def test_harness_reports_the_load_and_writes_strict_json(damaged, tmp_path, capsys):
    out = tmp_path / "run"
    argv = ["--dataset", "er_reason", "--data", str(damaged), "--out", str(out)]
    argv += ["--quiet", "--no-plots", "--no-retrieval"]
    argv += ["--cache-dir", str(tmp_path / "cache")]
    assert main(argv) == 0, capsys.readouterr().err
    md = (out / "report.md").read_text()
    assert "## Data loading" in md and "malformed_record" in md
    assert "empty_ed_note" in md and "undecodable_bytes" in md

    def no_constants(token: str) -> None:
        raise AssertionError(f"bare {token} in report.json (not valid JSON)")

    json.loads((out / "report.json").read_text(), parse_constant=no_constants)
    for line in (out / "cases.jsonl").read_text().splitlines():
        json.loads(line, parse_constant=no_constants)


def test_header_only_file_is_a_clear_error(tmp_path, capsys):
    header, _ = _rows()
    data = tmp_path / "er"
    data.mkdir()
    (data / "er_reason.csv").write_text(",".join(header) + "\n")
    out = tmp_path / "run"
    argv = ["--dataset", "er_reason", "--data", str(data), "--out", str(out)]
    assert main([*argv, "--quiet", "--no-plots", "--no-retrieval"]) == 2
    err = capsys.readouterr().err
    assert "no case could be loaded" in err and "cases.jsonl" not in err
