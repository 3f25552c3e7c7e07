"""Load ER-Reason (``er_reason.csv`` + ICD + SCT files) into labelled, redacted cases.

Columns follow the ER-Reason release (``Age`` with a capital A; both ``*_Note_Key`` and
``*_Key`` styles). Gold labels go to :class:`GoldLabels`; the ED note and one-liner are
redacted for the gold diagnosis and codes at load time. Unknown labels are kept
(``raw_disposition``) and counted, never dropped silently. Problems are located by file,
1-based data row and column (:class:`cases.errors.DataError`).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, ValidationError

from cases._csvio import (
    CsvRow,
    cell,
    csv_header,
    first_cell,
    int_cell,
    read_csv_robust,
    read_csv_rows,
)
from cases._erreason_labels import parse_acuity, parse_disposition
from cases._erreason_sct import SCTGold, load_sct
from cases.errors import DataError
from cases.labels import NOTE_COLUMNS
from cases.models import (
    Arrival,
    Case,
    ClinicalNote,
    Demographics,
    GoldLabels,
    LabelledCase,
)
from cases.redaction import normalize_icd, redact_gold_with_counts
from cases.reports import LoadReport, ReportBuilder
from cases.sections import FINAL_DISPOSITION_HEADING
from cases.vitals import extract_vitals_report

logger = logging.getLogger(__name__)

__all__ = [
    "ERReasonDataset",
    "case_from_row",
    "load_erreason",
    "parse_acuity",
    "parse_disposition",
]

DEFAULT_CSV: Final = "er_reason.csv"
ICD_FILE: Final = "icd_10_codes.csv"
REQUIRED_COLUMNS: Final = ("encounterkey", "patientdurablekey")
ED_NOTE_KEY_COLUMNS: Final = (
    "ED_Provider_Notes_Key",
    "ED_Provider_Notes_Note_Key",
    "ED_Provider_Note_Key",
)

MAX_AGE: Final = 130
"""Ages above this (or below 0) are data errors: counted, the age left unknown."""

_RowIssues = list[tuple[str, str | None]]


class ERReasonDataset(BaseModel):
    """Labelled ER-Reason cases and the report of how they were loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cases: tuple[LabelledCase, ...]
    report: LoadReport

    def for_stage(self, stage: str) -> list[LabelledCase]:
        """Return the cases that can be scored for ``stage``."""
        return [c for c in self.cases if stage in c.stages]


def _key_columns(key_col: str) -> tuple[str, ...]:
    alt = (
        key_col.replace("_Note_Key", "_Key")
        if "_Note_Key" in key_col
        else key_col.replace("_Key", "_Note_Key")
    )
    return (key_col, alt)


def _year(row: Mapping[str, object], column: str, issues: _RowIssues) -> int | None:
    try:
        year = int_cell(row, column)
    except DataError:
        issues.append(("bad_year", column))
        return None
    if year is not None and year > 9999:  # a YYYYMMDD date key
        year = int(str(year)[:4])
    return year


def _prior_notes(
    row: Mapping[str, object], patient_id: str, issues: _RowIssues
) -> tuple[ClinicalNote, ...]:
    notes: list[ClinicalNote] = []
    for note_type, (text_col, key_col, year_col) in NOTE_COLUMNS.items():
        text = cell(row, text_col)
        if text is None:
            continue
        key = first_cell(row, *_key_columns(key_col))
        if key is None:
            # Stable across the patient's encounters, which repeat the same notes.
            key = f"{note_type}-{hashlib.sha1(text.encode()).hexdigest()[:12]}"
            issues.append(("synthetic_note_key", key_col))
        notes.append(
            ClinicalNote(
                note_key=key,
                note_type=note_type,
                patient_id=patient_id,
                text=text,
                year=_year(row, year_col, issues),
            )
        )
    return tuple(notes)


def _gold(
    row: Mapping[str, object], issues: _RowIssues, icd: tuple[str, ...]
) -> GoldLabels:
    raw_acuity = cell(row, "acuitylevel")
    acuity = parse_acuity(raw_acuity)
    if raw_acuity is not None and acuity is None:
        issues.append(("unknown_acuity", "acuitylevel"))
    raw_dispo = cell(row, "eddisposition")
    disposition = parse_disposition(raw_dispo)
    if raw_dispo is not None and disposition is None:
        issues.append(("unknown_disposition", "eddisposition"))
    codes = icd
    if not codes and (one := cell(row, "primaryeddiagnosiscode")):
        codes = (normalize_icd(one),)
    return GoldLabels(
        acuity=acuity,
        disposition=disposition,
        raw_disposition=raw_dispo if disposition is None else None,
        diagnosis_name=cell(row, "primaryeddiagnosisname"),
        icd10_codes=codes,
        rule_out=cell(row, "Rule_Out"),
        decision_factors=cell(row, "Decision_Factors"),
        treatment_plan=cell(row, "Treatment_Plan"),
        one_liner=cell(row, "One_Sentence_Extracted"),
    )


def _stages(gold: GoldLabels) -> tuple[str, ...]:
    checks = (
        ("triage", gold.acuity is not None),
        ("assessment", bool(gold.rule_out or gold.decision_factors)),
        ("treatment", gold.treatment_plan is not None),
        (
            "disposition",
            gold.disposition is not None or gold.raw_disposition is not None,
        ),
        ("diagnosis", bool(gold.diagnosis_name or gold.icd10_codes)),
        ("sct", bool(gold.sct_steps)),
    )
    return tuple(name for name, ok in checks if ok)


def _parse_row(
    row: Mapping[str, object],
    *,
    icd: tuple[str, ...] = (),
    sct: SCTGold | None = None,
    redact: bool = True,
) -> tuple[LabelledCase, _RowIssues, Counter[str]]:
    issues: _RowIssues = []
    encounter_id = cell(row, "encounterkey")
    patient_id = cell(row, "patientdurablekey")
    if encounter_id is None or patient_id is None:
        column = "encounterkey" if encounter_id is None else "patientdurablekey"
        raise DataError("missing identifier", column=column)
    try:
        age = int_cell(row, "Age") if "Age" in row else int_cell(row, "age")
    except DataError:
        age = None
        issues.append(("bad_age", "Age"))
    if age is not None and not 0 <= age <= MAX_AGE:
        age = None
        issues.append(("bad_age", "Age"))
    ed_note = cell(row, "ED_Provider_Notes_Text")
    if ed_note is None:
        issues.append(("empty_ed_note", "ED_Provider_Notes_Text"))
    vitals_report = extract_vitals_report(ed_note)
    if ed_note and vitals_report.n_found == 0:
        issues.append(("vitals_not_found", "ED_Provider_Notes_Text"))
    if vitals_report.rejected:
        issues.append(("vitals_rejected", "ED_Provider_Notes_Text"))
    if ed_note and not FINAL_DISPOSITION_HEADING.search(ed_note):
        issues.append(("missing_final_disposition_heading", "ED_Provider_Notes_Text"))
    case = Case(
        patient_id=patient_id,
        encounter_id=encounter_id,
        demographics=Demographics(
            age=age,
            sex=cell(row, "sex"),
            race=cell(row, "firstrace"),
            language=cell(row, "preferredlanguage"),
            education=cell(row, "highestlevelofeducation"),
            marital_status=cell(row, "maritalstatus"),
        ),
        chief_complaint=cell(row, "primarychiefcomplaintname"),
        arrival=Arrival(year=_year(row, "ArrivalYearKey", issues)),
        vitals=vitals_report.vitals,
        ed_note=ed_note,
        ed_note_key=first_cell(row, *ED_NOTE_KEY_COLUMNS),
        one_liner=cell(row, "One_Sentence_Extracted"),
        prior_notes=_prior_notes(row, patient_id, issues),
    )
    gold = _gold(row, issues, icd)
    if sct and encounter_id in sct:
        steps, pool = sct[encounter_id]
        gold = gold.model_copy(update={"sct_steps": steps, "sct_pool": pool})
    counts: Counter[str] = Counter()
    if redact:
        case, counts = redact_gold_with_counts(case, gold)
    return LabelledCase(case=case, gold=gold, stages=_stages(gold)), issues, counts


def case_from_row(
    row: Mapping[str, object], *, icd10_codes: tuple[str, ...] = (), redact: bool = True
) -> LabelledCase:
    """Parse one flat ER-Reason row (e.g. an API request) into a labelled case.

    Args:
        row: Column name -> value, with the ``er_reason.csv`` column names.
        icd10_codes: The encounter's gold ICD-10 codes, when known.
        redact: Redact the gold diagnosis and codes from the ED note and one-liner.

    Returns:
        The labelled case (gold labels held apart from the Case).

    Raises:
        DataError: If ``encounterkey`` or ``patientdurablekey`` is missing.
    """
    codes = tuple(dict.fromkeys(normalize_icd(c) for c in icd10_codes if c.strip()))
    return _parse_row(row, icd=codes, redact=redact)[0]


def _load_icd(data_dir: Path, report: ReportBuilder) -> dict[str, tuple[str, ...]]:
    path = data_dir / ICD_FILE
    if not path.exists():
        report.missing_files.append(ICD_FILE)
        report.skipped_suites.append("diagnosis_icd")
        return {}
    frame, replaced = read_csv_robust(path)
    for column in ("encounterkey", "value"):
        if column not in frame.columns:
            raise DataError("missing required column", file=ICD_FILE, column=column)
    codes: dict[str, list[str]] = defaultdict(list)
    for enc, value in zip(frame["encounterkey"], frame["value"], strict=True):
        if isinstance(enc, str) and isinstance(value, str) and value.strip():
            code = normalize_icd(value)
            if code not in codes[enc.strip()]:
                codes[enc.strip()].append(code)
    if replaced:
        report.warnings["icd_encoding_replacements"] += replaced
    return {enc: tuple(c) for enc, c in codes.items()}


_MAIN_COLUMNS: Final = (*REQUIRED_COLUMNS, "primarychiefcomplaintname")


def _main_csv(data_dir: Path, csv_name: str) -> Path:
    """The main CSV: ``data_dir`` itself, ``data_dir/csv_name`` or the one that fits."""
    if data_dir.is_file():
        return data_dir
    if not data_dir.exists():
        raise DataError(f"folder {data_dir} does not exist", file=csv_name)
    if (data_dir / csv_name).exists():
        return data_dir / csv_name
    expected = f"expected {csv_name} or one CSV with columns {', '.join(_MAIN_COLUMNS)}"
    if csv_name == DEFAULT_CSV:
        fitting = [
            p
            for p in sorted(data_dir.glob("*.csv"))
            if set(_MAIN_COLUMNS) <= set(csv_header(p))
        ]
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            names = ", ".join(p.name for p in fitting[:5])
            raise DataError(f"several main CSVs fit ({names}); pass one file")
    raise DataError(f"main CSV not found; {expected}", file=csv_name)


def _load_row(
    record: CsvRow,
    csv_name: str,
    icd: dict[str, tuple[str, ...]],
    sct: SCTGold,
    seen: set[str],
    report: ReportBuilder,
) -> LabelledCase | None:
    """Parse one record into a case, or count why it was skipped (None)."""
    line, row = record.row, record.cells
    report.rows_read += 1
    enc = cell(row, "encounterkey")
    if enc is not None and enc in seen:
        report.skip(
            "duplicate_encounterkey",
            DataError("duplicate id", file=csv_name, row=line, column="encounterkey"),
        )
        return None
    try:
        labelled, issues, counts = _parse_row(row, icd=icd.get(enc or "", ()), sct=sct)
    except DataError as exc:
        located = DataError(exc.message, file=csv_name, row=line, column=exc.column)
        report.skip(f"missing_{exc.column}", located)
        return None
    except ValidationError as exc:  # a value of the wrong type or out of range
        where = ".".join(str(p) for p in exc.errors()[0]["loc"])
        report.skip(
            "invalid_value", DataError(f"invalid {where}", file=csv_name, row=line)
        )
        return None
    if record.replaced:
        issues.append(("undecodable_bytes", None))
    for kind, col in issues:
        report.warn(kind, DataError(kind, file=csv_name, row=line, column=col))
    report.redactions.update(counts)
    return labelled


def load_erreason(
    data_dir: Path | str, *, csv_name: str = DEFAULT_CSV, limit: int | None = None
) -> ERReasonDataset:
    """Load an ER-Reason folder into labelled, gold-redacted cases.

    Args:
        data_dir: Folder with the main CSV and, optionally, ``icd_10_codes.csv``
            and the four SCT files (missing ones skip their suites); or the main
            CSV itself, of any name (the other files are then looked for beside it).
        csv_name: The main CSV's file name (the bundled demo uses
            ``er_reason_demo.csv``). With the default name absent, the one CSV in
            the folder with ER-Reason's main columns is read.
        limit: Load at most this many data rows.

    Returns:
        The dataset with its LoadReport.

    Raises:
        DataError: If the main CSV is missing, unparsable, or lacks an id column.
    """
    path = _main_csv(Path(data_dir), csv_name)
    data_dir, csv_name = path.parent, path.name
    report = ReportBuilder(source=f"er_reason:{csv_name}")
    table = read_csv_rows(path)
    if table.replaced:
        report.warnings["encoding_replacements"] += table.replaced
    for column in REQUIRED_COLUMNS:
        if column not in table.columns:
            raise DataError("missing required column", file=csv_name, column=column)
    icd = _load_icd(data_dir, report)
    sct = load_sct(data_dir, report)
    rows = table.rows[:limit] if limit is not None else table.rows
    last = rows[-1].row if limit is not None and rows else None
    for bad in table.bad:  # wrong field count or unreadable: never column-shifted
        if last is None or (bad.row or 0) <= last:
            report.rows_read += 1
            report.skip("malformed_record", bad)
    seen: set[str] = set()
    cases: list[LabelledCase] = []
    for record in rows:
        labelled = _load_row(record, csv_name, icd, sct, seen, report)
        if labelled is not None:
            seen.add(labelled.case.encounter_id)
            cases.append(labelled)
    if orphans := len(set(sct) - seen):
        # SCT encounters without a main-CSV row cannot be run (no case to attach to).
        report.warnings["sct_encounter_not_in_main_csv"] += orphans
    report.cases_loaded = len(cases)
    built = report.build()
    logger.info(
        "loaded %d of %d ER-Reason rows (skipped %d)",
        built.cases_loaded,
        built.rows_read,
        built.rows_skipped,
    )
    return ERReasonDataset(cases=tuple(cases), report=built)
