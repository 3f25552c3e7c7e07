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
FILES: Final = {
    "diagnosis_60.json": DIAGNOSIS_STAGES,
    "treatment_60.json": TREATMENT_STAGES,
}

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


def load_medrbench(data_dir: Path | str = DEFAULT_DIR) -> AdapterResult:
    """Load ``diagnosis_60.json`` and ``treatment_60.json`` (either may be missing).

    Args:
        data_dir: The folder holding the JSON files.

    Returns:
        Labelled cases (diagnosis cases score assessment + diagnosis, treatment
        cases score treatment) and a load report.
    """
    data_dir = Path(data_dir)
    report = ReportBuilder(source=NAME)
    cases: list[LabelledCase] = []
    for file, stages in FILES.items():
        path = data_dir / file
        if not path.exists():
            report.missing_files.append(file)
            report.skipped_suites.extend(stages)
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for pmcid, record in dict(data).items():
            report.rows_read += 1
            try:
                cases.append(
                    _record_case(str(pmcid), dict(record), file, stages, report)
                )
            except DataError as exc:
                report.skip("no_case_summary", exc)
    report.cases_loaded = len(cases)
    return AdapterResult(cases=tuple(cases), report=report.build(), stages=STAGES)
