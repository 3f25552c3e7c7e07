"""Bundled synthetic ER-Reason demo dataset (SYNTHETIC: not real patients).

The CSVs here follow ER-Reason's exact schema and are generated from the YAML files in
``cases/demo/source`` by ``python -m cases.demo.build``. Paths are exported so loaders
and tests need not hard-code them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

DEMO_DIR: Final[Path] = Path(__file__).resolve().parent
SOURCE_DIR: Final[Path] = DEMO_DIR / "source"
ER_REASON_DEMO_CSV: Final[Path] = DEMO_DIR / "er_reason_demo.csv"
ICD_CODES_CSV: Final[Path] = DEMO_DIR / "icd_10_codes.csv"
SCT_ANNOTATIONS_CSV: Final[Path] = DEMO_DIR / "sct-annotations.csv"
ANNOTATED_SCT_CSV: Final[Path] = DEMO_DIR / "annotated_sct.csv"
SCT_CLEANED_CSV: Final[Path] = DEMO_DIR / "sct_cleaned_annotations.csv"
GT_CLEAN_CSV: Final[Path] = DEMO_DIR / "gt_clean.csv"
RETRIEVAL_QUESTIONS_JSONL: Final[Path] = (
    DEMO_DIR.parent.parent / "benchmarks" / "data" / "retrieval_questions.jsonl"
)

__all__ = [
    "ANNOTATED_SCT_CSV",
    "DEMO_DIR",
    "ER_REASON_DEMO_CSV",
    "GT_CLEAN_CSV",
    "ICD_CODES_CSV",
    "RETRIEVAL_QUESTIONS_JSONL",
    "SCT_ANNOTATIONS_CSV",
    "SCT_CLEANED_CSV",
    "SOURCE_DIR",
]
