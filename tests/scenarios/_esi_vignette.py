"""An ESI handbook-style vignette run as a case: the scenario sets' shared reader.

The vignette's text is its chief complaint, with age, sex and vital signs read from it,
as the ESI handbook adapter reads the shared vignettes.
"""

from __future__ import annotations

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
