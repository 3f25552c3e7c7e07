"""Incomplete Kawasaki disease by the AHA 2017 algorithm's laboratory criteria.

A child with fever for 5 days or more and only 2 or 3 principal features (or an infant
of 6 months or less with fever for 7 days or more and no explanation) is evaluated
for incomplete Kawasaki disease (McCrindle BW et al. AHA 2017 scientific statement,
Circulation 2017;135:e927, Figure 3): a CRP >= 3.0 mg/dL or an ESR >= 40 mm/h with 3 or
more supplementary laboratory criteria, or a positive echocardiogram, is treated as
Kawasaki disease (IVIG and aspirin). The supplementary criteria: anaemia for age,
platelets >= 450 x10^9/L after the 7th day of fever, albumin <= 3.0 g/dL, a raised
ALT, WBC >= 15 x10^9/L and urine >= 10 WBC per high-power field.

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents._text import asserted
from agents.crp import crp_mg_dl, matches_in
from agents.offline.rules.results import results_of
from cases.population import Population
from cases.rx import word_start

__all__ = [
    "incomplete_kawasaki_treated",
    "inflammation_high",
    "supplementary_criteria",
]

CRP_MG_DL: Final = 3.0
ESR_MM_H: Final = 40.0
SUPPLEMENTARY_MIN: Final = 3
PLATELETS_MIN: Final = 450.0
PLATELET_DAY: Final = 7
ALBUMIN_MAX_G_DL: Final = 3.0
ALT_HIGH_U_L: Final = 40.0
"""A common laboratory upper limit (AHA 2017 names "elevated ALT" without a value)."""
WBC_MIN: Final = 15.0
URINE_WBC_MIN: Final = 10.0

_ANAEMIA_HB: Final = ((182, 9.5), (5 * 365, 11.0), (12 * 365, 11.5), (15 * 365, 12.0))
"""(oldest age in days, Hb g/dL below which a child is anaemic): WHO 2011 haemoglobin
concentrations for the diagnosis of anaemia (6-59 months 11.0, 5-11 years 11.5, 12-14
years 12.0); under 6 months the lower reference limit ~9.5 g/dL (Dallman PR 1977)."""

_ALBUMIN: Final = re.compile(
    r"(?i)\balbumin\W{0,4}(?:of |was |is )?(\d{1,2}(?:\.\d+)?)\s*(g/dl|g/l)?"
)
_URINE_WBC: Final = re.compile(
    r"(?i)\b(\d{1,3})\s*(?:wbcs?|white (?:blood )?cells|leu[ck]ocytes|pus cells)"
    r"\s*(?:/|per)\s*(?:hpf|high[- ]power field)"
)
_STERILE_PYURIA: Final = word_start(r"sterile pyuria")
_ECHO_POSITIVE: Final = word_start(
    r"coronary (?:artery |arteries )?(?:dilat\w*|aneurysm\w*|ectasia)|"
    r"(?:dilated|aneurysmal) coronar\w*"
)


def _albumin_g_dl(m: re.Match[str]) -> float:
    value, unit = float(m.group(1)), (m.group(2) or "").lower()
    return value / 10.0 if unit == "g/l" or value > 10 else value


def _lab(texts: Sequence[str], analyte: str) -> list[float]:
    return [r.value for t in texts for r in results_of(t, analyte)]


def inflammation_high(texts: Sequence[str]) -> bool:
    """CRP >= 3.0 mg/dL or ESR >= 40 mm/h (the algorithm's first laboratory step)."""
    crp = crp_mg_dl(texts)
    esr = _lab(texts, "esr")
    return any(v >= CRP_MG_DL for v in crp) or any(v >= ESR_MM_H for v in esr)


def _anaemic(texts: Sequence[str], pop: Population) -> bool:
    hb = _lab(texts, "hemoglobin")
    days = pop.age_days_max
    if not hb or days is None:
        return False
    limit = next((h for oldest, h in _ANAEMIA_HB if days <= oldest), None)
    return limit is not None and min(hb) < limit


def supplementary_criteria(
    texts: Sequence[str], pop: Population, fever_days: int
) -> int:
    """How many of the six AHA 2017 supplementary laboratory criteria are met."""
    albumin = [_albumin_g_dl(m) for m in matches_in(_ALBUMIN, texts)]
    urine = [float(m.group(1)) for m in matches_in(_URINE_WBC, texts)]
    return sum(
        (
            _anaemic(texts, pop),
            fever_days >= PLATELET_DAY
            and any(v >= PLATELETS_MIN for v in _lab(texts, "platelets")),
            any(v <= ALBUMIN_MAX_G_DL for v in albumin),
            any(v > ALT_HIGH_U_L for v in _lab(texts, "alt")),
            any(v >= WBC_MIN for v in _lab(texts, "wbc")),
            any(v >= URINE_WBC_MIN for v in urine) or asserted(_STERILE_PYURIA, texts),
        )
    )


def incomplete_kawasaki_treated(
    texts: Sequence[str], pop: Population, fever_days: int
) -> bool:
    """Whether incomplete Kawasaki disease is treated (AHA 2017 Figure 3).

    A raised CRP or ESR with >= 3 supplementary criteria, or a positive
    echocardiogram.
    """
    if not inflammation_high(texts):
        return False
    if asserted(_ECHO_POSITIVE, texts):
        return True
    return supplementary_criteria(texts, pop, fever_days) >= SUPPLEMENTARY_MIN
