"""ESI v4 handbook practice vignettes → triage-only labelled cases.

The vignette is the chief complaint/presentation; vitals, age and sex are parsed
from its text. The handbook's answer rationale is never put into the Case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from cases._csvio import cell, csv_header, int_cell, read_csv_robust, records
from cases.adapters._common import (
    SHARED_DATA_ROOT,
    demographics_from_text,
    find_data_file,
)
from cases.errors import DataError
from cases.labels import ESI_TO_ACUITY
from cases.models import Case, GoldLabels, LabelledCase
from cases.reports import AdapterResult, ReportBuilder
from cases.vitals import extract_vitals_report

NAME: Final = "esi_handbook"
STAGES: Final = ("triage",)
DEFAULT_PATH: Final = SHARED_DATA_ROOT / "esi-handbook-v4-vignettes" / "train.csv"
TEXT_COLUMN: Final = "Clinical Vignettes"


def _row_case(
    row: dict[str, object], line: int, file: str, report: ReportBuilder
) -> LabelledCase:
    text = cell(row, TEXT_COLUMN)
    if text is None:
        raise DataError("empty vignette", file=file, row=line, column=TEXT_COLUMN)
    level = int_cell(row, "acuity", file=file, line=line)
    if level not in ESI_TO_ACUITY:
        raise DataError("ESI level not in 1..5", file=file, row=line, column="acuity")
    vitals = extract_vitals_report(text)
    if vitals.n_found == 0:
        report.warn("vitals_not_found")
    ident = f"esi-{Path(file).stem}-{line:03d}"
    case = Case(
        patient_id=ident,
        encounter_id=f"{ident}-e",
        demographics=demographics_from_text(text),
        chief_complaint=text,
        vitals=vitals.vitals,
        source=NAME,
    )
    return LabelledCase(
        case=case, gold=GoldLabels(acuity=ESI_TO_ACUITY[level]), stages=STAGES
    )


EXPECTED: Final = "a CSV with 'Clinical Vignettes' and 'acuity' columns"


def _fits(path: Path) -> bool:
    return {TEXT_COLUMN, "acuity"} <= set(csv_header(path))


def load_esi_handbook(path: Path | str = DEFAULT_PATH) -> AdapterResult:
    """Load ESI handbook vignettes (``Clinical Vignettes``, ``acuity`` columns).

    Args:
        path: The CSV (any name, e.g. ``train.csv``) or a folder holding one.

    Returns:
        Triage-only labelled cases and a load report.

    Raises:
        DataError: If no such file is found (the message says what was expected).
    """
    path = find_data_file(
        path,
        dataset=NAME,
        expected=EXPECTED,
        suffixes=(".csv",),
        fits=_fits,
        preferred=("train.csv",),
    )
    report = ReportBuilder(source=NAME)
    frame, replaced = read_csv_robust(path)
    if replaced:
        report.warnings["encoding_replacements"] += replaced
    cases: list[LabelledCase] = []
    for line, row in enumerate(records(frame), start=1):
        report.rows_read += 1
        try:
            cases.append(_row_case(row, line, path.name, report))
        except DataError as exc:
            report.skip(f"bad_{exc.column or 'row'}", exc)
    report.cases_loaded = len(cases)
    return AdapterResult(cases=tuple(cases), report=report.build(), stages=STAGES)
