"""The haemoglobin below which a patient is anaemic, by age, sex and pregnancy.

Research software, not for clinical use. WHO. Haemoglobin concentrations for the
diagnosis of anaemia and assessment of severity. 2011 (WHO/NMH/NHD/MNM/11.1):
children 6-59 months < 11.0 g/dL, 5-11 years < 11.5, 12-14 years < 12.0; from 15
years non-pregnant women < 12.0, pregnant women < 11.0, men < 13.0. WHO gives no
threshold under 6 months (the physiological nadir); the 6-59-month one is used.
A haematocrit is read against three times the haemoglobin threshold (WHO 1968
haematocrit cut-offs: men 39 %, women 36 %, pregnancy 33 %).
"""

from __future__ import annotations

from typing import Final

MILD_FLOOR: Final = 12.0
"""A haemoglobin from here to the patient's threshold (a man's 12-12.9 g/dL) is read as
``hemoglobin_low_mild``: WHO 2011 grades a man's 11-12.9 as mild anaemia, and mild
anaemia is followed up, not admitted for (``abnormal_findings.yaml``); the single
cut-off the knowledge base's weights of ``hemoglobin_low`` were set on is 12 g/dL."""
ADULT_UNKNOWN_SEX_G_DL: Final = 12.0
"""An adult of unrecorded sex is read against the lower (women's) threshold."""
HCT_PER_HB: Final = 3.0
"""Haematocrit (%) per haemoglobin (g/dL) for the cut-offs (WHO 1968, 2011)."""


def hb_threshold(
    age: int | None, sex: str | None = None, *, pregnant: bool = False
) -> float:
    """The WHO 2011 haemoglobin (g/dL) below which the patient is anaemic.

    Args:
        age: Age in completed years, or None (read as an adult).
        sex: "M" or "F" (other spellings: ``male`` / ``female``), or None.
        pregnant: Known to be pregnant.
    """
    if age is not None and age < 5:
        return 11.0
    if age is not None and age < 12:
        return 11.5
    if age is not None and age < 15:
        return 12.0
    if pregnant:
        return 11.0
    male = (sex or "").strip().lower() in ("m", "male")
    return 13.0 if male else ADULT_UNKNOWN_SEX_G_DL
