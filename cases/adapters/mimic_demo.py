"""MIMIC-IV demo (v2.2) ED-origin admissions → labelled cases for disposition/diagnosis.

Cases are admissions with an ``edregtime``. The ED "note" is a structured list of the
first lab results drawn during the ED stay (the demo has no free text); earlier
admissions of the same subject become prior ``discharge_summary`` notes written as
short structured summaries (diagnoses, abnormal labs). Gold: disposition Admit with
``admit_level`` icu when an ICU stay starts within :data:`ICU_WINDOW` of leaving the
ED, else ward; ICD-10 codes in ``seq_num`` order (ICD-9-only admissions score
disposition only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, NamedTuple

import pandas as pd

from cases.adapters._common import SHARED_DATA_ROOT
from cases.errors import DataError
from cases.models import (
    Arrival,
    Case,
    ClinicalNote,
    Demographics,
    GoldLabels,
    LabelledCase,
)
from cases.reports import AdapterResult, ReportBuilder

NAME: Final = "mimic_demo"
STAGES: Final = ("disposition", "diagnosis")
DEFAULT_DIR: Final = SHARED_DATA_ROOT / "mimic-iv-demo-2.2"
ICU_WINDOW: Final = dt.timedelta(hours=24)
TABLES: Final = (
    "hosp/admissions",
    "hosp/patients",
    "hosp/diagnoses_icd",
    "hosp/d_icd_diagnoses",
    "hosp/labevents",
    "hosp/d_labitems",
    "icu/icustays",
)
_MAX_DX: Final = 8
_MAX_LABS: Final = 25
_SEX: Final = {"M": "Male", "F": "Female"}


EXPECTED: Final = (
    "the MIMIC-IV demo folder (mimic-iv-demo-2.2, holding hosp/ and icu/ with "
    "admissions.csv.gz, patients.csv.gz, ... icustays.csv.gz)"
)


def _data_dir(path: Path) -> Path:
    """The demo folder: ``path``, or its parent when given ``hosp/`` or ``icu/``."""
    if not path.exists():
        raise DataError(f"{NAME}: {path} does not exist; expected {EXPECTED}")
    if not path.is_dir():
        raise DataError(f"{NAME}: {path.name} is a file; expected {EXPECTED}")
    if path.name in ("hosp", "icu") and not (path / "hosp").is_dir():
        return path.parent
    return path


def _read(data_dir: Path, table: str, **kwargs: object) -> pd.DataFrame:
    path = data_dir / f"{table}.csv.gz"
    if not path.exists():
        raise DataError(
            f"MIMIC table not found in {data_dir}; expected {EXPECTED}",
            file=f"{table}.csv.gz",
        )
    return pd.read_csv(path, **kwargs)  # type: ignore[call-overload,no-any-return]


class _Lab(NamedTuple):
    hadm_id: float
    charttime: pd.Timestamp
    label: str
    value: str
    unit: str
    flag: str


_SPECIMEN_NAMES: Final[dict[str, str]] = {
    "urine": "Urine",
    "cerebrospinal fluid": "CSF",
    "joint fluid": "Joint fluid",
    "pleural": "Pleural fluid",
    "ascites": "Ascitic fluid",
    "other body fluid": "Body fluid",
    "fluid": "Body fluid",
    "bone marrow": "Bone marrow",
    "stool": "Stool",
}
"""MIMIC-IV ``d_labitems.fluid`` -> the specimen word written before a test's label.

MIMIC-IV names a test by its label and its specimen apart (Johnson AEW et al. Sci
Data 2023;10:1; d_labitems: 'Glucose' is itemid 50931 in blood and 51478 in urine,
mg/dL both): a urine dipstick glucose of 1000 mg/dL written as 'Glucose 1000 mg/dL' is
glycosuria read as a plasma glucose (Simerville JA et al. Am Fam Physician
2005;71:1153). Blood keeps the bare label; another fluid is named, as a clinician
writes it ('Urine Glucose 1000 mg/dL', 'CSF Protein 85 mg/dL')."""


def specimen_label(label: str, fluid: str) -> str:
    """A test's label with its specimen named unless it is blood ('Urine Glucose')."""
    named = _SPECIMEN_NAMES.get(fluid.strip().lower())
    return f"{named} {label}" if named else label


def _lab_lines(labs: list[_Lab], *, abnormal_only: bool) -> list[str]:
    """First value per test (labs are in time order), at most ``_MAX_LABS``."""
    seen: set[str] = set()
    lines: list[str] = []
    for lab in labs:
        if lab.label in seen or (abnormal_only and lab.flag != "abnormal"):
            continue
        seen.add(lab.label)
        flag = " (abnormal)" if lab.flag == "abnormal" and not abnormal_only else ""
        lines.append(
            f"{lab.label} {lab.value}{' ' + lab.unit if lab.unit else ''}{flag}"
        )
        if len(lines) == _MAX_LABS:
            break
    return lines


def _prior_note(adm: pd.Series, dx_titles: list[str], labs: list[_Lab]) -> ClinicalNote:
    admit, disch = adm["admittime"], adm["dischtime"]
    abnormal = _lab_lines(labs, abnormal_only=True)
    text = (
        f"Prior admission ({str(adm['admission_type']).lower()}) from "
        f"{admit.date()} to {disch.date()} ({(disch - admit).days} days); "
        f"discharged to {str(adm['discharge_location']).lower()}.\n"
        f"Diagnoses: {'; '.join(dx_titles[:_MAX_DX]) or 'none coded'}.\n"
        f"Abnormal labs: {'; '.join(abnormal[:10]) or 'none'}."
    )
    return ClinicalNote(
        note_key=f"mimic-{adm['hadm_id']}-summary",
        note_type="discharge_summary",
        patient_id=str(adm["subject_id"]),
        text=text,
        year=disch.year,
        date=disch.date(),
        encounter_id=str(adm["hadm_id"]),
    )


def _diagnoses(data_dir: Path) -> pd.DataFrame:
    """Coded diagnoses with their titles, in sequence order per admission."""
    dx = _read(data_dir, "hosp/diagnoses_icd", dtype={"icd_code": str})
    titles = _read(data_dir, "hosp/d_icd_diagnoses", dtype={"icd_code": str})
    return dx.merge(titles, on=["icd_code", "icd_version"], how="left").sort_values(
        ["hadm_id", "seq_num"]
    )


def _labs_by_subject(data_dir: Path) -> dict[int, list[_Lab]]:
    """Readable lab results per patient, in chart-time order."""
    labs = _read(
        data_dir,
        "hosp/labevents",
        parse_dates=["charttime"],
        usecols=[
            "subject_id",
            "hadm_id",
            "itemid",
            "charttime",
            "value",
            "valueuom",
            "flag",
        ],
    )
    # De-identified ("___") and empty values carry nothing a reader could use.
    labs = labs[labs["value"].notna() & ~labs["value"].astype(str).str.contains("___")]
    items = _read(data_dir, "hosp/d_labitems")[["itemid", "label", "fluid"]]
    items["label"] = [
        specimen_label(str(label), str(fluid))
        for label, fluid in zip(items["label"], items["fluid"], strict=True)
    ]
    labs = labs.merge(items[["itemid", "label"]], on="itemid")
    labs = labs.sort_values("charttime")
    by_subject: dict[int, list[_Lab]] = {}
    for rec in zip(
        labs["subject_id"],
        labs["hadm_id"],
        labs["charttime"],
        labs["label"],
        labs["value"].astype(str),
        labs["valueuom"].fillna("").astype(str),
        labs["flag"].fillna("").astype(str),
        strict=True,
    ):
        by_subject.setdefault(rec[0], []).append(_Lab(*rec[1:]))
    return by_subject


def _demographics(adm: pd.Series, pat: pd.Series) -> Demographics:
    def text(key: str) -> str | None:
        return str(adm[key]) if isinstance(adm[key], str) else None

    return Demographics(
        age=int(pat["anchor_age"] + adm["admittime"].year - pat["anchor_year"]),
        sex=_SEX.get(str(pat["gender"])),
        race=text("race"),
        language=text("language"),
        marital_status=text("marital_status"),
    )


def _ed_note(lab_lines: list[str]) -> str | None:
    if not lab_lines:
        return None
    return "ED laboratory results (first value of each test during the ED stay):\n" + (
        "\n".join(lab_lines)
    )


def _prior_notes(
    earlier: pd.DataFrame,
    dx_by_hadm: Mapping[Any, pd.DataFrame],
    no_dx: pd.DataFrame,
    labs: list[_Lab],
    cache: dict[int, ClinicalNote],
) -> tuple[ClinicalNote, ...]:
    """One summary note per earlier admission (built once per admission)."""
    for _, prev in earlier.iterrows():
        prev_hadm = prev["hadm_id"]
        if prev_hadm not in cache:
            titles_prev = dx_by_hadm.get(prev["hadm_id"], no_dx)["long_title"]
            cache[prev["hadm_id"]] = _prior_note(
                prev,
                [str(t) for t in titles_prev],
                [x for x in labs if x.hadm_id == prev_hadm],
            )
    return tuple(cache[h] for h in earlier["hadm_id"])


def _gold(icd10: pd.DataFrame, *, icu_stay: bool) -> GoldLabels:
    """Every ED-origin admission was admitted; ICU within the window is ``icu``."""
    return GoldLabels(
        disposition="Admit",
        admit_level="icu" if icu_stay else "ward",
        icd10_codes=tuple(str(c) for c in icd10["icd_code"]),
        diagnosis_name=str(icd10["long_title"].iloc[0]) if not icd10.empty else None,
    )


def load_mimic_demo(data_dir: Path | str = DEFAULT_DIR) -> AdapterResult:
    """Load ED-origin admissions of the MIMIC-IV demo.

    Args:
        data_dir: The ``mimic-iv-demo-2.2`` folder (``hosp/``, ``icu/``), or its
            ``hosp/`` subfolder.

    Returns:
        Labelled cases and a load report.

    Raises:
        DataError: If a required table is missing.
    """
    data_dir = _data_dir(Path(data_dir))
    report = ReportBuilder(source=NAME)
    times = ["admittime", "dischtime", "edregtime", "edouttime"]
    adms = _read(data_dir, "hosp/admissions", parse_dates=times)
    patients = _read(data_dir, "hosp/patients").set_index("subject_id")
    dx = _diagnoses(data_dir)
    labs_by_subject = _labs_by_subject(data_dir)
    icu = _read(data_dir, "icu/icustays", parse_dates=["intime"])
    dx_by_hadm = dict(list(dx.groupby("hadm_id")))
    prior_cache: dict[int, ClinicalNote] = {}
    cases: list[LabelledCase] = []
    for _, adm in adms.sort_values("admittime").iterrows():
        report.rows_read += 1
        if pd.isna(adm["edregtime"]):
            report.skip("not_ed_origin")
            continue
        subject, hadm = adm["subject_id"], adm["hadm_id"]
        s_labs = labs_by_subject.get(subject, [])
        ed_out = adm["edouttime"] if not pd.isna(adm["edouttime"]) else adm["admittime"]
        ed_in = adm["edregtime"]
        ed_labs = [x for x in s_labs if ed_in <= x.charttime <= ed_out]
        earlier = adms[
            (adms["subject_id"] == subject) & (adms["dischtime"] <= adm["edregtime"])
        ]
        priors = _prior_notes(earlier, dx_by_hadm, dx.iloc[0:0], s_labs, prior_cache)
        codes_df = dx_by_hadm.get(hadm, dx.iloc[0:0])
        icd10 = codes_df[codes_df["icd_version"] == 10]
        if icd10.empty:
            report.warn("no_icd10_codes")
        stays = icu[(icu["hadm_id"] == hadm) & (icu["intime"] <= ed_out + ICU_WINDOW)]
        case = Case(
            patient_id=str(subject),
            encounter_id=str(hadm),
            demographics=_demographics(adm, patients.loc[subject]),
            arrival=Arrival(
                year=adm["edregtime"].year,
                date=adm["edregtime"].date(),
                mode=str(adm["admission_location"]).lower(),
            ),
            ed_note=_ed_note(_lab_lines(ed_labs, abnormal_only=False)),
            prior_notes=priors,
            source=NAME,
        )
        cases.append(
            LabelledCase(
                case=case,
                gold=_gold(icd10, icu_stay=not stays.empty),
                stages=STAGES if not icd10.empty else STAGES[:1],
            )
        )
    report.cases_loaded = len(cases)
    return AdapterResult(cases=tuple(cases), report=report.build(), stages=STAGES)
