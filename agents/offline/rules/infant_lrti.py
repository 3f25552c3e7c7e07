"""An infant's viral lower respiratory illness (bronchiolitis) read from the text.

NICE NG9 Bronchiolitis in children (2015, 2021 update) and AAP 2014 (Ralston SL et
al. Pediatrics 2014;134:e1474) cover children under 2 years: a coryzal prodrome, then
a persistent cough with tachypnoea or chest recession (NG9 1.3.1 completes the
diagnosis with wheeze or crackles, often not yet written at the door). Their care is
supportive and has its own thresholds: oxygen below 90 % (92 % under 6 weeks or with
an underlying condition, NG9 1.4.4), fluids by nasogastric tube when intake falls
(1.4.8-1.4.10), admission for apnoea, a persistent low saturation, intake under
50-75 % of the usual volume or persisting severe distress (1.3.8). Research software,
not for clinical use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from agents._text import asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start as _rx

__all__ = [
    "BRONCHIOLITIS_YEARS",
    "NG9_FAST_RR",
    "admission_reasons",
    "oxygen_threshold",
    "picture",
    "poor_feeding",
]

BRONCHIOLITIS_YEARS: Final = 2
"""NICE NG9 and AAP 2014: bronchiolitis is a disease of children under 2 years."""
NG9_FAST_RR: Final = 60.0
"""NICE NG9 1.3.5: a respiratory rate over 60 breaths a minute."""
NG9_SEVERE_RR: Final = 70.0
"""NICE NG9 1.3.8: persisting severe respiratory distress, e.g. a rate over 70."""
NG9_YOUNG_DAYS: Final = 42
"""NICE NG9 1.4.4: babies under 6 weeks keep the 92 % threshold."""

_CORYZA_COUGH: Final = _rx(
    r"cough\w*|coryza\w*|runny nose|snuffl\w*|rhinorrh\w*|blocked nose"
)
_WORK_OF_BREATHING: Final = _rx(
    r"recession|retractions?|indrawing|nasal flaring|head bobbing|grunt\w*|"
    r"breathing (?:fast|quickly|hard)|tachypno?e\w*|"
    r"(?:increased|laboured|labored) (?:work of )?breathing"
)
_CROUP: Final = _rx(r"stridor\w*|stridulous|bark\w*")
_FEEDS = r"(?:(?:her|his|their|the|usual) )*(?:feeds?|bottles?|milk|intake|volumes?)"
_POOR_FEEDING: Final = _rx(
    rf"(?:less than|under|only|about|around) (?:half|a third|one third|a quarter|"
    rf"\d{{1,2}} ?%) (?:of )?{_FEEDS}|(?:half|a third|one third|a quarter) (?:of )?"
    rf"{_FEEDS}|feeding poorly|poor(?:ly)? feed\w*|not feeding|refus\w* "
    rf"(?:her |his )?feeds|off (?:her|his) feeds|fewer wet (?:nappies|diapers)|"
    rf"(?:reduced|decreased|poor) (?:oral )?(?:intake|feeding)"
)
"""Oral intake under 50-75 % of the usual volume, or fewer wet nappies (NG9 1.3.8,
1.4.8)."""
_APNOEA: Final = _rx(
    r"apno\w*|apne\w*|pauses? in (?:her |his )?breathing|stopp\w* breathing"
)
_SEVERE_DISTRESS: Final = _rx(
    r"grunt\w*|(?:marked|severe|significant) (?:\w+ ){0,2}(?:recession|retractions?|"
    r"indrawing)"
)
_UNDERLYING: Final = _rx(
    r"prematur\w*|preterm|born at (?:2\d|3[0-4]) weeks|ex-?prem\w*|"
    r"chronic lung disease|bronchopulmonary dysplasia|congenital heart|"
    r"neuromuscular|immunodeficien\w*|immunocompromis\w*"
)
"""NICE NG9 1.4.4: the underlying conditions that keep the 92 % oxygen threshold."""


def picture(texts: Sequence[str], pop: Population, rr: float | None) -> bool:
    """A child under 2 with cough or coryza and a fast or laboured breath, no croup."""
    if pop.age_within(0, years(BRONCHIOLITIS_YEARS) - 1) is not True:
        return False
    if not asserted(_CORYZA_COUGH, texts) or asserted(_CROUP, texts):
        return False
    return (rr is not None and rr > NG9_FAST_RR) or asserted(_WORK_OF_BREATHING, texts)


def poor_feeding(texts: Sequence[str]) -> bool:
    """Oral intake written as reduced (under half, a third; fewer wet nappies)."""
    return asserted(_POOR_FEEDING, texts)


def oxygen_threshold(texts: Sequence[str], pop: Population) -> float:
    """NICE NG9 1.4.4 (2021): 92 % under 6 weeks or with an underlying condition."""
    young = pop.age_days_max is not None and pop.age_days_max < NG9_YOUNG_DAYS
    return 92.0 if young or asserted(_UNDERLYING, texts) else 90.0


def admission_reasons(
    texts: Sequence[str], pop: Population, rr: float | None, spo2: float | None
) -> list[str]:
    """NICE NG9 1.3.8's admission criteria met by an infant's viral LRTI."""
    if not picture(texts, pop, rr):
        return []
    limit = oxygen_threshold(texts, pop)
    found = (
        ("apnoea", asserted(_APNOEA, texts)),
        (f"SpO2 {spo2:g} % (< {limit:g} %)", spo2 is not None and spo2 < limit),
        ("oral intake under 50-75 % of usual", poor_feeding(texts)),
        (
            "severe respiratory distress",
            (rr is not None and rr > NG9_SEVERE_RR)
            or asserted(_SEVERE_DISTRESS, texts),
        ),
    )
    return [name for name, met in found if met]
