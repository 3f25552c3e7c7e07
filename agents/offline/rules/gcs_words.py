"""A GCS as the note's words give it now: the score it changed to, a swinging range.

One reader for the facts' ``gcs`` measurement (``findings.extract_measurements``) and
the pathways' airway decision (``agents.pathways._gcs_now``), so that both read the
same score. ATLS 10th ed.: reassess after each intervention, the current score decides
the airway (a GCS of 8 or less); a fluctuating score is judged at its worst (a
basilar occlusion's fluctuating consciousness: Mattle HP et al. Lancet Neurol
2011;10:1002). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules._lab_trend import historical_value

__all__ = ["gcs_changed_to", "gcs_swing_worst"]

_GCS_THEN: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:GCS|glasgow coma scale)\s*(?:of\s+|was\s+|:\s*)?\d{1,2}"
    r"(?:\s*/\s*15)?(?!\d)"
)
_CHANGED_TO: Final = re.compile(
    r"(?i)(?:[\s,]+(?:on|at|in|the|scene|arrival|admission|initially|then|and|but"
    r"|later|subsequently|department|ED|resus|ambulance|by|paramedics|triage|has|had"
    r"|have|was|is|it|this|its|GCS|quickly|rapidly|gradually|slowly|since))*"
    r"[\s,]+(?:improv\w*|increas\w*|rose|risen|rising"
    r"|came up|come up|picked up|recover\w*|dropp\w*|fell|fallen|falling|decreas\w*"
    r"|deteriorat\w*|worsen\w*|declin\w*|went down|gone down|went up|gone up)"
    r"\s+(?:back\s+)?to\s+(?P<v>\d{1,2})(?:\s*/\s*15)?(?![\d.])"
)
_GCS_SWINGING: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:GCS|glasgow coma scale)\s+(?:(?:has\s+been|is|was)\s+)?"
    r"(?:fluctuat\w*|vary\w*|varie[sd]|going up and down|up and down|swinging"
    r"|oscillat\w*)\s*(?:between|from|:)?\s*(?P<a>\d{1,2})(?:\s*/\s*15)?\s*"
    r"(?:-|to|and|/)\s*(?P<b>\d{1,2})(?:\s*/\s*15)?(?![\d/])"
)
"""readers52 (trauma52's request): a fluctuating GCS given as its range ("GCS going
up and down between 13 and 8", "GCS fluctuating 13-8") is read at its worst: the
lowest score decides the airway and the ICU. readers53: each score may carry its
"/15" ("GCS fluctuating between 14/15 and 12")."""


def gcs_changed_to(text: str) -> int | None:
    """The GCS it changed to, written after its first score without the label.

    readers53: "GCS 8 on scene, improved to 14 after naloxone" is a GCS of 14 now;
    "GCS 14 on arrival, dropped to 9" of 9 (only linking words between: "GCS 15/15,
    Hb dropped to 8" is no GCS change). A labelled trend ("GCS dropped from 14 to
    8") is the measure's own ``TREND_PREFIX``.
    """
    m = _GCS_THEN.search(text)
    if m is None or historical_value(text, *m.span()):
        return None
    value, end = None, m.end()
    while (c := _CHANGED_TO.match(text, end)) is not None:
        value, end = c.group("v"), c.end()
    if value is None or not 3 <= int(value) <= 15:
        return None
    return int(value)


def gcs_swing_worst(text: str) -> int | None:
    """The worst score of a fluctuating GCS's range, if one is written."""
    m = _GCS_SWINGING.search(text)
    if m is None or historical_value(text, *m.span()):
        return None
    worst = min(int(m.group("a")), int(m.group("b")))
    return worst if 3 <= worst <= 15 else None
