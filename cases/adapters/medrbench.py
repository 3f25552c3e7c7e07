"""MedR-Bench demo case reports → labelled cases for assessment, diagnosis, treatment.

Only the authors' structured ``case_summary`` becomes the ED note (the raw case
report states the answer). Gold: ``diagnosis_results`` (final diagnosis),
differential names from ``differential_diagnosis``, ``treatment_plan_results``.
The gold diagnosis is redacted from the note at load time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Final

from cases.adapters._common import SHARED_DATA_ROOT, demographics_from_text
from cases.errors import DataError
from cases.models import Case, GoldLabels, LabelledCase
from cases.redaction import redact_gold_with_counts
from cases.reports import AdapterResult, ReportBuilder

NAME: Final = "medrbench"
DIAGNOSIS_STAGES: Final = ("assessment", "diagnosis")
TREATMENT_STAGES: Final = ("treatment",)
STAGES: Final = (*DIAGNOSIS_STAGES, *TREATMENT_STAGES)
DEFAULT_DIR: Final = SHARED_DATA_ROOT / "medrbench-demo"

_COMPLAINT = re.compile(r"(?i)chief\s+complaint\W*\s*:?\**\s*([^\n]+)")
_DIFF_ITEM = re.compile(
    # top-level list items only: "1. **Name:**", "- **Name**:", "2. Name:"
    r"(?m)^(?:\d+\.|[-*])[ \t]*(?:\*\*([^*\n]+?)\*\*|([^:*\n]{3,80}?)[ \t]*:)"
)
_NOT_A_DIAGNOSIS = re.compile(
    r"(?i)^(?:initial|step|final|conclusion|differential|other|summary|key|ruled|"
    r"based|further|next|clinical|history|evidence|diagnos|confirm|exclu|evaluat|"
    r"reassess|rationale|role|focus|assessment|pathology|imaging|management|workup)"
)


def _differential_names(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for bold, plain in _DIFF_ITEM.findall(text):
        name = re.sub(
            r"\s*\((?:definitive|final|confirmed)[^)]*\)", "", bold or plain, flags=re.I
        )
        name = name.strip(" :*")
        if name and not _NOT_A_DIAGNOSIS.match(name) and name not in names:
            names.append(name)
    return tuple(names)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _record_case(
    pmcid: str,
    record: dict[str, object],
    file: str,
    stages: tuple[str, ...],
    report: ReportBuilder,
) -> LabelledCase:
    generated = record.get("generate_case")
    if not isinstance(generated, dict) or not _text(generated.get("case_summary")):
        raise DataError("no case_summary", file=file, column=f"{pmcid}.generate_case")
    summary = str(generated["case_summary"]).strip()
    complaint = _COMPLAINT.search(summary)
    differential_text = _text(generated.get("differential_diagnosis"))
    gold = GoldLabels(
        diagnosis_name=_text(generated.get("diagnosis_results")),
        differential=_differential_names(differential_text or ""),
        rule_out=differential_text,
        treatment_plan=_text(generated.get("treatment_plan_results")),
    )
    case = Case(
        patient_id=pmcid,
        encounter_id=f"{pmcid}-{'tx' if stages == TREATMENT_STAGES else 'dx'}",
        demographics=demographics_from_text(summary),
        chief_complaint=complaint.group(1).strip(" *") if complaint else None,
        ed_note=summary,
        one_liner=summary.splitlines()[0].strip("-* ") if summary else None,
        source=NAME,
    )
    case, counts = redact_gold_with_counts(case, gold)
    report.redactions.update(counts)
    return LabelledCase(case=case, gold=gold, stages=stages)


EXPECTED: Final = (
    "MedR-Bench JSON: an object of case id -> {generate_case: {case_summary, "
    "diagnosis_results | treatment_plan_results}}"
)


def _kind(data: object) -> tuple[str, ...] | None:
    """The stages a parsed MedR-Bench file scores, or None when it has another shape."""
    if not isinstance(data, dict) or not data:
        return None
    kinds: set[tuple[str, ...]] = set()
    for record in data.values():
        generated = record.get("generate_case") if isinstance(record, dict) else None
        if not isinstance(generated, dict):
            return None
        if "diagnosis_results" in generated:
            kinds.add(DIAGNOSIS_STAGES)
        elif "treatment_plan_results" in generated:
            kinds.add(TREATMENT_STAGES)
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(
            f"not readable JSON ({type(exc).__name__})", file=path.name
        ) from None


def _files(path: Path) -> list[tuple[Path, object, tuple[str, ...]]]:
    """The MedR-Bench files at ``path`` (a file of any name, or a folder)."""
    if not path.exists():
        raise DataError(f"{NAME}: {path} does not exist; expected {EXPECTED}")
    if path.is_file():
        data = _read_json(path)
        kind = _kind(data)
        if kind is None:
            raise DataError(
                f"{NAME}: file does not fit; expected {EXPECTED}", file=path.name
            )
        return [(path, data, kind)]
    found: list[tuple[Path, object, tuple[str, ...]]] = []
    for file in sorted(path.glob("*.json")):
        data = _read_json(file)
        kind = _kind(data)
        if kind is not None:  # other JSON (e.g. a manifest) is not case data
            found.append((file, data, kind))
    if not found:
        names = ", ".join(p.name for p in sorted(path.glob("*.json"))[:10])
        raise DataError(
            f"{NAME}: no file in {path} fits; expected {EXPECTED} "
            f"(found: {names or 'no JSON'})"
        )
    return found


def load_medrbench(data_dir: Path | str = DEFAULT_DIR) -> AdapterResult:
    """Load MedR-Bench diagnosis and/or treatment case files.

    Args:
        data_dir: A folder (every ``*.json`` of MedR-Bench shape is read, e.g.
            ``diagnosis_60.json`` and ``treatment_60.json``) or one such file of any
            name. A file's kind (diagnosis or treatment) comes from its keys.

    Returns:
        Labelled cases (diagnosis cases score assessment + diagnosis, treatment
        cases score treatment) and a load report; a kind with no file is reported
        as a skipped suite.

    Raises:
        DataError: If the path is missing or holds no MedR-Bench file (the message
            says what was expected).
    """
    report = ReportBuilder(source=NAME)
    cases: list[LabelledCase] = []
    files = _files(Path(data_dir))
    for kind, default_name in (
        (DIAGNOSIS_STAGES, "diagnosis_60.json"),
        (TREATMENT_STAGES, "treatment_60.json"),
    ):
        if not any(k == kind for _, _, k in files):
            report.missing_files.append(default_name)
            report.skipped_suites.extend(kind)
    for path, data, stages in files:
        assert isinstance(data, dict)
        for pmcid, record in data.items():
            report.rows_read += 1
            try:
                cases.append(
                    _record_case(str(pmcid), dict(record), path.name, stages, report)
                )
            except DataError as exc:
                report.skip("no_case_summary", exc)
    report.cases_loaded = len(cases)
    return AdapterResult(cases=tuple(cases), report=report.build(), stages=STAGES)
