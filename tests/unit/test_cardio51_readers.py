"""cardio51: readers behind the session's fixes.

Research software, not for clinical use.

- ST elevation with its leads written straight after it ("ST elevation V1-V4") is the
  STEMI criterion (Byrne RA et al. ESC 2023 ACS 3.2.1).
- An implanted defibrillator and its counted shocks in separate sentences are repeated
  ICD shocks (Zeppenfeld K et al. ESC 2022 VA 8.3; HRS 2015 ICD consensus).
- Upper lobe diversion listed after a chest film's other findings is pulmonary venous
  congestion (Wang CS et al. JAMA 2005;294:1944).
- A leg swollen from the foot to the groin is the whole leg (Kakkos SK et al.
  ESVS 2021).
"""

from __future__ import annotations

import pytest

from agents.offline.rules._venous_limb import venous_limb_spans
from agents.offline.rules.ecg_reports import ecg_findings
from agents.offline.rules.icd_shocks import repeated_icd_shocks
from agents.offline.rules.reports import report_findings


def _ecg(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in ecg_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ECG: ST elevation V1-V4 with Q waves.",
        "ECG: ST elevation II, III, aVF.",
        "ST segment elevation V2 to V5",
    ],
)
def test_st_elevation_followed_by_contiguous_leads_meets_stemi_criteria(
    text: str,
) -> None:
    assert _ecg(text).get("ecg_stemi_criteria") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "ECG: no ST elevation V1-V4.",
        "ST elevation V1 only",
        "widespread ST elevation",
    ],
)
def test_no_stemi_criteria_without_contiguous_asserted_elevation(text: str) -> None:
    assert _ecg(text).get("ecg_stemi_criteria") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "Ischaemic cardiomyopathy with an implantable defibrillator. Three shocks in "
        "the last hour.",
        "58M ICD, three shocks in the last hour",
        "Has an ICD, shocked twice today",
    ],
)
def test_a_device_and_its_counted_shocks_apart_are_repeated_shocks(text: str) -> None:
    assert repeated_icd_shocks(text)


@pytest.mark.parametrize(
    "text",
    [
        "ICD in situ, no shocks.",
        "ICD fitted 2019. Vomited three times today.",
        "ICD. Septic shock on arrival.",
        "ICD fitted in 2019. Denies any shocks.",
    ],
)
def test_no_repeated_shocks_without_counted_shocks(text: str) -> None:
    assert not repeated_icd_shocks(text)


def test_upper_lobe_diversion_listed_on_a_chest_film_is_congestion() -> None:
    found = report_findings(
        "Chest x-ray: bilateral pleural effusions, larger on the right, upper lobe "
        "diversion."
    )
    assert ("cxr_pulmonary_edema", "present") in {(f.concept, f.status) for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "Chest x-ray: clear lungs, no pulmonary oedema.",
        "CXR: right lower lobe consolidation with small effusion; no pulmonary edema",
    ],
)
def test_a_film_denying_oedema_lists_none(text: str) -> None:
    assert not [f for f in report_findings(text) if f.concept == "cxr_pulmonary_edema"]


def test_a_leg_swollen_from_the_foot_to_the_groin_is_massively_swollen() -> None:
    spans = venous_limb_spans("Left leg swollen from the foot to the groin overnight.")
    assert "massive_leg_swelling" in {c for c, _, _ in spans}


def test_a_swollen_ankle_is_not_the_whole_leg() -> None:
    spans = venous_limb_spans("Right ankle swollen after a twist.")
    assert "massive_leg_swelling" not in {c for c, _, _ in spans}
