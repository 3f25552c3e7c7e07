"""An ESI handbook-style vignette run as a case: the scenario sets' shared reader.

The vignette's text is its chief complaint, with age, sex and vital signs read from it,
as the ESI handbook adapter reads the shared vignettes.
"""

from __future__ import annotations

import csv
from pathlib import Path

from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from tests.scenarios.conftest import Reason


def vignette_case(text: str, ident: str, prefix: str) -> Case:
    """The vignette ``text`` as a case with ids ``<prefix>-<ident>``."""
    return Case(
        patient_id=f"{prefix}-{ident}",
        encounter_id=f"{prefix}-{ident}-e",
        demographics=demographics_from_text(text),
        chief_complaint=text,
        vitals=extract_vitals_report(text).vitals,
        source="esi_handbook",
    )


def vignette_esi(reason: Reason, text: str, ident: str, prefix: str) -> int:
    """The ESI level the reasoner gives the vignette ``text``."""
    level = reason(vignette_case(text, ident, prefix)).final.esi
    assert level is not None
    return level


def read_vignettes(path: Path) -> list[dict[str, str]]:
    """The rows of a vignette set (``id``, ``vignette``, ``esi``, ...)."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def high_acuity_too_low(
    reason: Reason, rows: list[dict[str, str]], prefix: str
) -> list[str]:
    """ESI 1-2 rows graded more than one level low, or ESI 1 graded below ESI 2."""
    too_low: list[str] = []
    for row in rows:
        gold = int(row["esi"])
        if gold > 2:
            continue
        got = vignette_esi(reason, row["vignette"], row["id"], prefix)
        if got > gold + 1 or (gold == 1 and got > 2):
            too_low.append(f"{row['id']}: {gold} -> {got}")
    return too_low
