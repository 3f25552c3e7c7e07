"""Build the synthetic ER-Reason demo CSVs and the retrieval question set.

Run ``python -m cases.demo.build`` (``--check`` only verifies that the committed
files are up to date). The output is deterministic: same source, same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
from pathlib import Path
from typing import Final

import simple_icd_10_cm as cm

import cases.demo as paths
from cases.demo._render import age_at, fill, make_key, render_ed_note
from cases.demo._sct import Row, annotated_row, cleaned_rows, gt_rows
from cases.demo._source import SrcEncounter, SrcNote, SrcPatient, load_source
from cases.labels import NOTE_COLUMNS, NOTE_TYPES

logger = logging.getLogger(__name__)

ER_COLUMNS: Final[tuple[str, ...]] = (
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
    *(col for nt in NOTE_TYPES for col in NOTE_COLUMNS[nt]),
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
)
"""ER-Reason's ``er_reason.csv`` columns, in order."""

ICD_COLUMNS: Final = ("patientdurablekey", "encounterkey", "value", "displaystring")
QUESTION_KEYS: Final = (
    "qid",
    "patient_id",
    "encounter_id",
    "question",
    "note_key",
    "answer",
)


def attached_notes(patient: SrcPatient, enc: SrcEncounter) -> dict[str, SrcNote]:
    """Return the prior note attached to an encounter for each note type.

    The latest note of each type written in an earlier year is attached, unless the
    encounter excludes it.

    Args:
        patient: The source patient.
        enc: One of the patient's encounters.

    Returns:
        Note type -> the attached note.
    """
    chosen: dict[str, SrcNote] = {}
    for note in sorted(patient.notes, key=lambda n: n.year):
        if note.year < enc.year and note.id not in enc.exclude_notes:
            chosen[note.type] = note
    return chosen


def _note_count(patient: SrcPatient, enc: SrcEncounter) -> int:
    prior = sum(1 for n in patient.notes if n.year < enc.year)
    ed = sum(1 for e in patient.encounters if e.year <= enc.year)
    return prior + ed


def encounter_row(patient: SrcPatient, enc: SrcEncounter) -> Row:
    """Return the ``er_reason_demo.csv`` row of one encounter."""
    age = age_at(patient, enc)
    row: Row = {
        "patientdurablekey": make_key(patient.patient),
        "encounterkey": make_key(enc.id),
        "primarychiefcomplaintname": enc.cc.upper(),
        "sex": patient.sex,
        "firstrace": patient.firstrace,
        "preferredlanguage": patient.preferredlanguage,
        "highestlevelofeducation": patient.highestlevelofeducation,
        "maritalstatus": patient.maritalstatus,
        "Age": age,
        "ED_Provider_Notes_Text": render_ed_note(patient, enc),
        "ED_Provider_Notes_Key": make_key(f"{enc.id}-ed"),
        "ED_Provider_Notes_Year": enc.year,
        "One_Sentence_Extracted": fill(enc.one_liner, age),
    }
    notes = attached_notes(patient, enc)
    for note_type in NOTE_TYPES:
        text_col, key_col, year_col = NOTE_COLUMNS[note_type]
        note = notes.get(note_type)
        row[text_col] = note.text.strip() if note else ""
        row[key_col] = make_key(note.id) if note else ""
        row[year_col] = note.year if note else ""
    row["note_count"] = _note_count(patient, enc)
    for col in (
        "ArrivalYearKey",
        "DepartureYearKeyValue",
        "DepartureYearKey",
        "DispositionYearKeyValue",
    ):
        row[col] = enc.year
    row["birthYear"] = patient.birthYear
    row["acuitylevel"] = enc.acuity
    row["eddisposition"] = enc.disposition
    row["primaryeddiagnosisname"] = enc.diagnosis
    rat = enc.rationale
    row["Rule_Out"] = rat.rule_out.strip() if rat else ""
    row["Decision_Factors"] = rat.decision_factors.strip() if rat else ""
    row["Treatment_Plan"] = rat.treatment_plan.strip() if rat else ""
    return row


def icd_rows(patient: SrcPatient, enc: SrcEncounter) -> list[Row]:
    """Return the ``icd_10_codes.csv`` rows of one encounter (primary code first).

    Raises:
        ValueError: If a code is not a billable ICD-10-CM code.
    """
    rows: list[Row] = []
    for code in enc.icd:
        if not (cm.is_valid_item(code) and cm.is_leaf(code)):
            raise ValueError(f"{enc.id}: {code} is not a billable ICD-10-CM code")
        rows.append(
            {
                "patientdurablekey": make_key(patient.patient),
                "encounterkey": make_key(enc.id),
                "value": code,
                "displaystring": cm.get_description(code),
            }
        )
    return rows


def question_records(patients: list[SrcPatient]) -> list[dict[str, str]]:
    """Return the retrieval questions, each tied to the first encounter holding it.

    Raises:
        ValueError: If an answer is not exactly once in its note, or no encounter
            of the patient has the note attached.
    """
    records: list[dict[str, str]] = []
    for patient in patients:
        for note in patient.notes:
            holders = [
                e
                for e in sorted(patient.encounters, key=lambda e: e.year)
                if attached_notes(patient, e).get(note.type) == note
            ]
            for question in note.questions:
                if note.text.count(question.a) != 1:
                    msg = f"{note.id}: answer not exactly once: {question.a}"
                    raise ValueError(msg)
                if not holders:
                    raise ValueError(f"{note.id}: note attached to no encounter")
                records.append(
                    {
                        "qid": f"rq{len(records) + 1:03d}",
                        "patient_id": make_key(patient.patient),
                        "encounter_id": make_key(holders[0].id),
                        "question": question.q,
                        "note_key": make_key(note.id),
                        "answer": question.a,
                    }
                )
    return records


def _check_unique(patients: list[SrcPatient]) -> None:
    slugs = [p.patient for p in patients]
    slugs += [e.id for p in patients for e in p.encounters]
    slugs += [f"{e.id}-ed" for p in patients for e in p.encounters]
    slugs += [n.id for p in patients for n in p.notes]
    keys = [make_key(s) for s in slugs]
    if len(set(slugs)) != len(slugs) or len(set(keys)) != len(keys):
        raise ValueError("duplicate source ids or key collision")


def _csv(columns: tuple[str, ...], rows: list[Row]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def render_outputs(source_dir: Path = paths.SOURCE_DIR) -> dict[Path, str]:
    """Build every output file's content from the YAML source (no writing).

    Args:
        source_dir: Folder of patient YAML files.

    Returns:
        Output path -> file content.
    """
    patients = load_source(source_dir)
    _check_unique(patients)
    er_rows: list[Row] = []
    icd: list[Row] = []
    sct_keys: list[Row] = []
    annotated: list[Row] = []
    cleaned: list[Row] = []
    gt: list[Row] = []
    for patient in patients:
        for enc in sorted(patient.encounters, key=lambda e: e.year):
            row = encounter_row(patient, enc)
            er_rows.append(row)
            icd.extend(icd_rows(patient, enc))
            if enc.sct is not None:
                key = make_key(enc.id)
                sct_keys.append({"encounterkey": key})
                liner = str(row["One_Sentence_Extracted"])
                annotated.append(annotated_row(key, liner, enc.sct))
                cleaned.extend(cleaned_rows(key, enc.sct))
                gt.extend(gt_rows(key, enc.sct))
    ann_cols: tuple[str, ...] = ("encounterkey", "One_Sentence_Extracted")
    ann_cols += tuple(f"differential_{i}" for i in range(1, 6))
    ann_cols += tuple(f"evidence_{i}" for i in range(1, 6))
    questions = question_records(patients)
    return {
        paths.ER_REASON_DEMO_CSV: _csv(ER_COLUMNS, er_rows),
        paths.ICD_CODES_CSV: _csv(ICD_COLUMNS, icd),
        paths.SCT_ANNOTATIONS_CSV: _csv(("encounterkey",), sct_keys),
        paths.ANNOTATED_SCT_CSV: _csv(ann_cols, annotated),
        paths.SCT_CLEANED_CSV: _csv(
            ("encounterkey", "differential", "rationale"), cleaned
        ),
        paths.GT_CLEAN_CSV: _csv(
            ("encounterkey", "differential", "dxupdate", "dxtrajectory"), gt
        ),
        paths.RETRIEVAL_QUESTIONS_JSONL: "".join(
            json.dumps(q, ensure_ascii=False) + "\n" for q in questions
        ),
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or, with ``--check``, verify) the demo files. Returns an exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="verify, do not write")
    args = parser.parse_args(argv)
    outputs = render_outputs()
    stale = []
    for path, content in outputs.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            continue
        stale.append(path.name)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="")
    verb = "stale" if args.check else "written"
    summary = f"{len(outputs)} files, {len(stale)} {verb}: {', '.join(stale) or '-'}"
    print(summary)  # noqa: T201 - CLI entry point
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
