"""KTAS triage (triage19): what the site records must reach the scale's modifiers.

Sources: Park J, Lim T. Korean Triage and Acuity Scale (KTAS). J Korean Soc Emerg Med
2017;28:547-551, and Bullard MJ et al. Revisions to the CTAS guidelines 2016. CJEM
2017;19(S2):S18-S27 (level of consciousness is a first-order modifier: unconscious,
GCS 3-9 or no response to voice, is level 1); ESI v4 handbook ch.3 (an unresponsive
patient is decision point A, ESI 1); AVPU against GCS: McNarry AF, Goldhill DR.
Anaesthesia 2004;59:34-37 (P about GCS 8, U about GCS 3).

The records are synthetic rows written in the KTAS file's own layout (the public
Moon et al. 2019 column set), loaded through the KTAS adapter as the benchmark loads
the shared file; no row of the shared data is copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cases.adapters.ktas import load_ktas
from cases.models import Case
from tests.scenarios.conftest import Reason, make_case, vitals

HEADER = (
    "Group;Sex;Age;Patients number per hour;Arrival mode;Injury;Chief_complain;"
    "Mental;Pain;NRS_pain;SBP;DBP;HR;RR;BT;Saturation;KTAS_RN;Diagnosis in ED;"
    "Disposition;KTAS_expert;Error_group;Length of stay_min;KTAS duration_min;"
    "mistriage"
)


def _ktas_case(tmp_path: Path, fields: dict[str, str]) -> Case:
    """One synthetic KTAS row (semicolon-separated, as the site exports it)."""
    row = {
        "Group": "2",
        "Sex": "2",
        "Age": "70",
        "Patients number per hour": "5",
        "Arrival mode": "2",
        "Injury": "1",
        "Chief_complain": "found collapsed",
        "Mental": "1",
        "Pain": "0",
        "NRS_pain": "#BOÞ!",
        "SBP": "??",
        "DBP": "??",
        "HR": "??",
        "RR": "??",
        "BT": "??",
        "Saturation": "",
        "KTAS_RN": "1",
        "Diagnosis in ED": "",
        "Disposition": "3",
        "KTAS_expert": "1",
        "Error_group": "0",
        "Length of stay_min": "100",
        "KTAS duration_min": "2,00",
        "mistriage": "0",
        **fields,
    }
    path = tmp_path / "ktas_synthetic.csv"
    line = ";".join(row[c] for c in HEADER.split(";"))
    path.write_text(f"{HEADER}\n{line}\n", encoding="latin-1")
    result = load_ktas(path)
    assert result.report.cases_loaded == 1
    return result.cases[0].case


@pytest.mark.parametrize(
    ("mental", "complaint"),
    [
        ("4", "found collapsed at home"),  # unresponsive
        ("3", "drowsy, brought by family"),  # responds to pain only
    ],
)
def test_ktas_unconscious_without_measurable_vitals_is_level_1(
    reason: Reason, tmp_path: Path, mental: str, complaint: str
):
    # KTAS/CTAS consciousness modifier: no response to voice (AVPU P or U, GCS <= 9)
    # is level 1, and ESI decision point A; the record gives no vital sign at all
    # (not measurable), only the mental status, which must still be read.
    case = _ktas_case(tmp_path, {"Mental": mental, "Chief_complain": complaint})
    out = reason(case)
    assert out.final.triage_scale == "KTAS"
    assert out.final.site_level == 1
    assert out.final.esi == 1


def test_ktas_alert_without_measurable_vitals_is_not_level_1_guard(
    reason: Reason, tmp_path: Path
):
    # Guard: an alert patient whose vitals were not taken keeps the mental status
    # "alert" and is not called unconscious (a minor complaint stays off level 1).
    case = _ktas_case(
        tmp_path,
        {"Mental": "1", "Chief_complain": "ankle sprain", "Arrival mode": "1"},
    )
    out = reason(case)
    assert out.final.site_level is not None and out.final.site_level >= 2


NORMAL = vitals(78, 132, 80, 16, 98, 36.7)


def _site_level(reason: Reason, complaint: str, **kw: object) -> int:
    """The KTAS level the reasoner gives an adult with ``complaint``."""
    kw.setdefault("vitals", NORMAL)
    case = make_case(
        complaint, age=kw.pop("age", 58), triage_scale="KTAS", case_id="triage19", **kw
    )
    out = reason(case)
    assert out.final.triage_scale == "KTAS" and out.final.site_level is not None
    return out.final.site_level


@pytest.mark.parametrize(
    "complaint",
    [
        "PTBD stopped draining since this morning",  # percutaneous biliary drain
        "difficulty voiding since last night",
        "erythematous papules on the trunk",
    ],
)
def test_ktas_stable_recognised_minor_complaint_is_not_held_at_3(
    reason: Reason, complaint: str
):
    # KTAS/CTAS level definitions: a recognised acute complaint with no first-order
    # modifier (alert, normal haemodynamics and breathing, afebrile, no pain) is
    # level 4 (less urgent) or 5; level 3 is the floor of a complaint the scale
    # cannot name. A blocked percutaneous biliary drain, difficulty passing urine and
    # a papular rash are named complaints (CEDIS presenting-complaint list: tube or
    # drain problem, urinary retention / difficulty, rash).
    assert _site_level(reason, complaint) >= 4


@pytest.mark.parametrize(
    ("complaint", "v"),
    [
        # Cholangitis behind a blocked drain: fever with hypotension (CTAS temperature
        # modifier, looks septic; haemodynamic compromise) -> 2 or more urgent.
        ("PTBD stopped draining, rigors", vitals(124, 84, 50, 24, 95, 39.4)),
        # Retention with sepsis signs (CTAS: fever with 3 SIRS criteria -> 2).
        ("difficulty voiding, shaking chills", vitals(118, 102, 60, 24, 96, 39.0)),
    ],
)
def test_ktas_named_minor_complaint_with_sepsis_signs_stays_level_1_2_guard(
    reason: Reason, complaint: str, v: dict[str, float]
):
    assert _site_level(reason, complaint, vitals=v) <= 2
