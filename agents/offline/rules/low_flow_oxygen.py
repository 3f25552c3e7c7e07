"""Hypoxaemia that low-flow oxygen corrects is ward care, not an ICU by itself.

ICU admission is by need (Nates JL et al. SCCM ICU admission guideline. Crit Care Med
2016;44:1553). In bronchiolitis supplemental low-flow oxygen is given on the ward;
high-dependency or intensive care is for failing to maintain the saturation despite
oxygen, exhaustion or grunting, apnoea, or high-flow, CPAP or ventilation (Ralston SL
et al. AAP bronchiolitis guideline. Pediatrics 2014;134:e1474; NICE NG9, 2021,
1.4-1.5: saturation target 92 %). The same holds for a hypoxaemic pneumonia that a
nasal cannula corrects (BTS emergency oxygen guideline 2017). Research software, not
for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents.offline.rules.facts import ClinicalFacts

__all__ = [
    "LOW_FLOW_TARGET_SPO2",
    "OXYGEN_FIRST",
    "RESERVOIR_SPO2",
    "low_flow_oxygen_suffices",
    "oxygen_first",
]

LOW_FLOW_TARGET_SPO2: Final = 92
"""NICE NG9 (2021): the saturation to keep on supplemental oxygen (AAP 2014: 90 %)."""
_HYPOXAEMIA_ONLY: Final = re.compile(r"SpO2 \d+(?:\.\d+)? with respiratory distress")
"""The ESI level-1 reason a low saturation with distress gives (``rules.esi``)."""
_ON_LOW_FLOW: Final = re.compile(
    r"(?i)\b(?:spo2|sats?|saturations?|o2 sats?|oxygen saturations?)[^.;]{0,30}?"
    r"\b(9[2-9]|100) ?%? (?:on|with|via)"
    r"(?: \d+(?:\.\d+)? ?(?:l|litres?|liters?)(?: ?/ ?min| per minute|pm)?)?"
    r"(?: of)?(?: low[- ]flow)?(?: nasal)? (?:cannula|prongs|oxygen|o2)\b"
)
"""A saturation at or above target documented on nasal-cannula or low-flow oxygen."""
_NOT_LOW_FLOW: Final = re.compile(
    r"(?i)\b(?:high[- ]flow|hfnc|hfnp|optiflow|airvo|cpap|bipap|niv|non-?rebreath\w*"
    r"|reservoir mask|(?<!no )grunt\w*|exhaust\w*|tiring|(?<!no )apnoe?\w*"
    r"|(?<!no )apne\w*|despite (?:\w+ )?oxygen|increasing oxygen|worsen\w*"
    r"|deteriorat\w*|(?:[5-9]|1\d) ?(?:l|litres?|liters?) ?(?:/ ?min|per minute|pm)"
    r"|(?<!no )(?<!not )cyanos\w*)"
)
"""High-flow or pressure support, a failing child (grunting, exhaustion, apnoea,
cyanosis, rising oxygen need) or a flow beyond low-flow: HDU or ICU stays (NICE NG9
1.5)."""


def low_flow_oxygen_suffices(
    text: str | None, facts: ClinicalFacts, level_one: Sequence[str]
) -> str | None:
    """Why a level-1 hypoxaemia corrected on low-flow oxygen goes to the ward, or None.

    Only when every level-1 reason is the low saturation with distress, no apnoea is
    recorded, and the note documents a saturation >= 92 % on nasal-cannula or
    low-flow oxygen with nothing that says the child is failing.
    """
    if not text or not level_one or facts.has("apnea"):
        return None
    if not all(_HYPOXAEMIA_ONLY.fullmatch(r) for r in level_one):
        return None
    if _NOT_LOW_FLOW.search(text):
        return None
    m = _ON_LOW_FLOW.search(text)
    if m is None:
        return None
    return (
        f"hypoxaemia corrected on low-flow oxygen ({m.group(0)}): ward care, ICU by"
        " need (AAP 2014; NICE NG9 1.4-1.5; SCCM 2016)"
    )


OXYGEN_FIRST: Final = frozenset({"bronchiolitis"})
"""Diagnoses whose hypoxaemia is treated with nasal-cannula oxygen on the ward before
any escalation (AAP 2014; NICE NG9 1.4-1.5)."""
RESERVOIR_SPO2: Final = 85
"""Below this saturation oxygen starts by reservoir mask at 15 L/min, not by nasal
cannula (O'Driscoll BR et al. BTS emergency oxygen guideline. Thorax 2017;72:ii1)."""


def oxygen_first(
    text: str | None,
    facts: ClinicalFacts,
    level_one: Sequence[str],
    working_id: str | None,
    spo2: float | None,
) -> str | None:
    """Why bronchiolitis with a level-1 hypoxaemia alone goes to the ward, or None.

    Oxygen is the treatment of bronchiolitis' hypoxaemia; high-dependency or
    intensive care is for a child who fails on it (saturation not held at 92 %,
    rising oxygen need), or with apnoea, exhaustion, grunting or cyanosis, or who
    needs high-flow or CPAP (Ralston SL et al. AAP 2014; NICE NG9 1.4-1.5; ICU by
    need, Nates JL et al. SCCM 2016). Only when every level-1 reason is the low
    saturation with distress, the saturation is not below ``RESERVOIR_SPO2`` and
    the note records none of those signs.
    """
    if working_id not in OXYGEN_FIRST or not level_one:
        return None
    if facts.has("apnea"):
        return None
    if spo2 is None or spo2 < RESERVOIR_SPO2:
        return None
    if not all(_HYPOXAEMIA_ONLY.fullmatch(r) for r in level_one):
        return None
    if text and _NOT_LOW_FLOW.search(text):
        return None
    return (
        f"bronchiolitis with SpO2 {spo2:g} % and no apnoea, exhaustion, grunting or"
        " cyanosis: nasal-cannula oxygen on the ward, HDU/ICU if the saturation is"
        " not held at >= 92 % on it (AAP 2014; NICE NG9 1.4-1.5; SCCM 2016)"
    )
