"""KTAS triage dataset (Moon et al. 2019) → labelled cases for triage and disposition.

KTAS levels 1..5 are mapped to the acuity words (1 Immediate .. 5 Non-Urgent) and
each case carries ``triage_scale="KTAS"``, so the reasoner answers in the site's own
scale (ESI is still computed and traced); ``KTAS_expert`` is gold, ``KTAS_RN`` the
human baseline. Vitals are rendered into a triage block and parsed by
:func:`cases.vitals.extract_vitals_report`; mental status (AVPU) and injury are kept in
that block so triage can see them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from cases._csvio import (
    cell,
    csv_header,
    float_cell,
    int_cell,
    read_csv_robust,
    records,
)
from cases.adapters._common import SHARED_DATA_ROOT, find_data_file
from cases.errors import DataError
from cases.labels import ESI_TO_ACUITY, Acuity, Disposition
from cases.models import (
    Arrival,
    Case,
    Demographics,
    GoldLabels,
    LabelledCase,
    Vitals,
)
from cases.reports import AdapterResult, ReportBuilder
from cases.vitals import extract_vitals_report

NAME: Final = "ktas"
STAGES: Final = ("triage", "disposition", "diagnosis")
DEFAULT_PATH: Final = SHARED_DATA_ROOT / "ktas-triage" / "data.csv"

_SEX: Final = {"1": "Female", "2": "Male"}
_ARRIVAL: Final = {
    "1": "walk-in",
    "2": "public ambulance",
    "3": "private vehicle",
    "4": "private ambulance",
}
_MENTAL: Final = {
    "1": "alert",
    "2": "verbal response",
    "3": "pain response",
    "4": "unresponsive",
}
_DISPOSITION: Final[dict[str, tuple[Disposition, Literal["ward", "icu"] | None]]] = {
    "1": ("Discharge", None),
    "2": ("Admit", "ward"),
    "3": ("Admit", "icu"),
    "4": ("AMA", None),
    "5": ("Transfer to Another Facility", None),
    "6": ("Expired", None),
    "7": ("OR Admit", None),
}


def _acuity(row: dict[str, object], column: str, line: int) -> Acuity:
    level = int_cell(row, column, file=DEFAULT_PATH.name, line=line)
    if level is None or level not in ESI_TO_ACUITY:
        raise DataError(
            "KTAS level not in 1..5", file=DEFAULT_PATH.name, row=line, column=column
        )
    return ESI_TO_ACUITY[level]


def _number(
    row: dict[str, object], column: str, line: int, report: ReportBuilder
) -> float | None:
    try:
        return float_cell(row, column, file=DEFAULT_PATH.name, line=line)
    except DataError as exc:  # "??", "#BOÞ!" and similar spreadsheet debris
        report.warn(f"dirty_{column}", exc)
        return None


def _triage_block(row: dict[str, object], line: int, report: ReportBuilder) -> str:
    values = {
        c: _number(row, c, line, report)
        for c in ("SBP", "DBP", "HR", "RR", "BT", "Saturation", "NRS_pain")
    }
    parts: list[str] = []
    if values["SBP"] is not None and values["DBP"] is not None:
        parts.append(f"BP: {values['SBP']:g}/{values['DBP']:g}")
    for label, column, unit in (
        ("HR", "HR", ""),
        ("RR", "RR", ""),
        ("Temp", "BT", " °C"),
        ("SpO2", "Saturation", "%"),
    ):
        if values[column] is not None:
            parts.append(f"{label}: {values[column]:g}{unit}")
    if values["NRS_pain"] is not None:
        parts.append(f"Pain: {values['NRS_pain']:g}/10")
    elif cell(row, "Pain") == "1":
        parts.append("Pain present (score not recorded)")
    parts.append(f"Mental: {_MENTAL.get(cell(row, 'Mental') or '', 'unknown')}")
    if cell(row, "Injury") == "2":
        parts.append("Injury: yes")
    return "Triage Vital Signs: " + " | ".join(parts)


def _with_block(vitals: Vitals, block: str) -> Vitals:
    """``vitals`` keeping the triage block as their raw text.

    A visit whose every vital sign is missing ('??') still records its mental status
    (AVPU) and injury; the vitals parser finds no vitals block in "Triage Vital
    Signs: Mental: unresponsive" and would drop it, and with it the patient's level
    of consciousness (ESI v4 decision point A; CTAS/KTAS consciousness modifier).
    """
    return vitals if vitals.raw else vitals.model_copy(update={"raw": block})


def _row_case(row: dict[str, object], line: int, report: ReportBuilder) -> LabelledCase:
    ident = f"ktas-{line:04d}"
    block = _triage_block(row, line, report)
    vitals = extract_vitals_report(block)
    for rejected in vitals.rejected:
        report.warn(
            "vitals_rejected",
            DataError(rejected.split("=")[0], file=DEFAULT_PATH.name, row=line),
        )
    complaint = cell(row, "Chief_complain")
    if complaint is not None and set(complaint) <= {"?", " "}:
        report.warn(
            "chief_complaint_lost",
            DataError(
                "non-Latin text lost",
                file=DEFAULT_PATH.name,
                row=line,
                column="Chief_complain",
            ),
        )
        complaint = None
    dispo_code = cell(row, "Disposition") or ""
    if dispo_code not in _DISPOSITION:
        raise DataError(
            "unknown disposition code",
            file=DEFAULT_PATH.name,
            row=line,
            column="Disposition",
        )
    disposition, level = _DISPOSITION[dispo_code]
    case = Case(
        patient_id=ident,
        encounter_id=f"{ident}-e",
        demographics=Demographics(
            age=int_cell(row, "Age", file=DEFAULT_PATH.name, line=line),
            sex=_SEX.get(cell(row, "Sex") or ""),
        ),
        chief_complaint=complaint,
        arrival=Arrival(mode=_ARRIVAL.get(cell(row, "Arrival mode") or "", "other")),
        vitals=_with_block(vitals.vitals, block),
        source=NAME,
        triage_scale="KTAS",
    )
    gold = GoldLabels(
        acuity=_acuity(row, "KTAS_expert", line),
        human_acuity=_acuity(row, "KTAS_RN", line),
        disposition=disposition,
        admit_level=level,
        diagnosis_name=cell(row, "Diagnosis in ED"),
    )
    stages = STAGES if gold.diagnosis_name else STAGES[:2]
    return LabelledCase(case=case, gold=gold, stages=stages)


EXPECTED: Final = "a ';'-separated KTAS CSV (columns include KTAS_expert, KTAS_RN)"


def _fits(path: Path) -> bool:
    return {"KTAS_expert", "Chief_complain"} <= set(csv_header(path, sep=";"))


def load_ktas(path: Path | str = DEFAULT_PATH) -> AdapterResult:
    """Load the KTAS CSV (``sep=';'``, latin-1, decimal commas).

    Args:
        path: The CSV (any name) or a folder holding it (``data.csv`` or the one
            CSV with KTAS columns).

    Returns:
        One labelled case per loadable row, and a report explaining every skip.

    Raises:
        DataError: If no such file is found (the message says what was expected).
    """
    path = find_data_file(
        path,
        dataset=NAME,
        expected=EXPECTED,
        suffixes=(".csv",),
        fits=_fits,
        preferred=("data.csv",),
    )
    report = ReportBuilder(source=NAME)
    frame, _ = read_csv_robust(path, encoding="latin-1", sep=";")
    cases: list[LabelledCase] = []
    for line, row in enumerate(records(frame), start=1):
        report.rows_read += 1
        try:
            cases.append(_row_case(row, line, report))
        except DataError as exc:
            report.skip(f"bad_{exc.column or 'row'}", exc)
    report.cases_loaded = len(cases)
    return AdapterResult(cases=tuple(cases), report=report.build(), stages=STAGES)
