"""A statement that a patient's reduced mental state is their usual one.

Private to ``agents.offline.rules`` (read by the facts and the triage rules). ESI v4
handbook ch.4 uptriages *new* confusion, lethargy or disorientation, and the CTAS
level-of-consciousness modifier grades an altered level against the patient's
baseline (CTAS National Working Group adult first-order modifier card).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import scan

_AT_BASELINE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])"
    r"(?:at (?:his|her|their|the patient'?s) (?:usual |normal )?baseline"
    r"|at (?:usual |normal )?baseline"
    r" (?:mental status|mentation|cognition|level of consciousness|neuro\w*)"
    r"|(?:mental status|mentation|cognition|level of consciousness)"
    r" (?:is |at |as )?(?:at |per )?(?:his |her |their )?(?:usual|normal)? ?baseline"
    r"|(?:non-?verbal|drowsy|dementia\w*|demented|confus\w*|disorient\w*|aphasi\w*"
    r"|unresponsive|non-?responsive|minimally responsive|obtunded|bed-?bound)"
    r"[,;]? (?:\w+[,;]? ){0,2}at (?:his |her |their |usual |normal )?baseline"
    r"|(?:usually|normally|chronically|always) (?:\w+ )?(?:unresponsive|non-?verbal"
    r"|non-?responsive)"
    r"|baseline (?:\w+[ /]){0,2}?(?:unresponsive|non-?responsive|non-?verbal))"
    r"(?![A-Za-z0-9])"
)
"""A statement that the patient's mental state is their usual one ("at her baseline",
"at baseline mentation", "non-verbal at baseline", "advanced dementia, at baseline per
carer", "confused at baseline"); a bare "at baseline" may be a home oxygen's or a
gait's, so it needs a possessive or a mental-status word."""
_NEGATED_INSIDE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:not|no longer|isn'?t|never|nowhere near)(?![A-Za-z0-9])"
)
"""A negation inside the statement ("drowsy, not at baseline")."""
_NOT_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:not|no longer|isn'?t|never|nowhere near)\s+(?:\w+\s+)?$"
)
"""A negation just before it ("not at baseline", "is no longer at her baseline")."""


def baseline_statement(*texts: str | None) -> bool:
    """Whether any text states that the mental state is the patient's baseline.

    The statement is ``_AT_BASELINE``'s, not negated before it ("not at her
    baseline") or inside it ("drowsy, not at baseline"). Later stages pass the
    one-liner and the ED note too (a physician's "mentation at baseline per
    daughter").
    """
    for text in texts:
        for m in scan(_AT_BASELINE, text or ""):
            before = (text or "")[max(0, m.start() - 30) : m.start()]
            if not _NOT_BEFORE.search(before) and not _NEGATED_INSIDE.search(
                m.group(0)
            ):
                return True
    return False
