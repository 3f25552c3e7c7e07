"""Angina's exertional provocation in plain words, and its stable course over weeks.

Private to ``agents.offline.rules.findings``. Typical angina is a constricting
discomfort of the chest brought on by exertion and relieved by rest or nitrates in
about five minutes (Vrints C et al. ESC 2024 chronic coronary syndromes, table 5;
NICE CG95 1.3.3). Patients name the exertion rather than the word: "tightness after
300 yards up the hill", "comes on when she climbs the stairs", "heaviness in the chest
when walking the dog", "goes within a minute of standing still". A pattern unchanged
over weeks or months, with no pain at rest and no crescendo, is stable angina (a
chronic coronary syndrome: ESC 2024 CCS 3; NICE CG95 1.3, the rapid-access chest pain
clinic), not the rest, new-severe or crescendo angina of an acute coronary syndrome
(Byrne RA et al. ESC 2023 ACS 3.1) and not a reason for an aspirin loading dose.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules._headache_weeks import SPAN_WEEKS
from cases.rx import guarded

__all__ = ["EXERTIONAL_CHEST", "STABLE_ANGINA", "stable_angina_span", "unstable_spans"]

STABLE_ANGINA: Final = "stable_angina_pattern"

_CHEST: Final = (
    r"(?:(?:chest|retrosternal|substernal)\s+(?:\w+\s+)?(?:pain|pressure|tightness|"
    r"discomfort|heaviness|ache|gripping|squeezing)|angina\w*|"
    r"(?:pain|pressure|tightness|discomfort|heaviness|ache|gripping|squeezing|"
    r"constricting|heavy|tight)\w*(?:\s+\w+){0,2}?\s+(?:in|across|over|of)\s+"
    r"(?:the\s+|his\s+|her\s+|my\s+)?(?:(?:middle|centre|center|front)\s+of\s+"
    r"(?:the\s+|his\s+|her\s+|my\s+)?)?chest)"
)
_EFFORT: Final = (
    r"(?:exertion|exercis\w*|effort|walk\w*|climb\w*|hurr\w+|running|jogging|cycling|"
    r"gardening|uphill|up\s+(?:the\s+|a\s+)?(?:hills?|stairs|slope|incline)|stairs|"
    r"flights?\s+of\s+stairs)"
)
EXERTIONAL_CHEST: Final = guarded(
    re.compile(
        # "tightness brought on after about 300 yards up the hill",
        # "comes on when she climbs the two flights of stairs"
        rf"(?i)\b{_CHEST}[^.;]{{0,50}}?\b(?:(?:comes?|came|brought)\s+on|starts?|"
        r"started|occurs?|provoked|triggered|worse)\s+(?:with|on|by|during|when|while|"
        rf"after)\s+(?:[\w-]+\s+){{0,4}}?{_EFFORT}\b"
        # "heaviness in the chest when walking the dog"
        rf"|\b{_CHEST}\s+(?:only\s+)?(?:when|while|on)\s+(?:\w+\s+){{0,2}}?"
        r"(?:walking|climbing|hurrying|running|exercising|exerting|going\s+up)\b"
        # "goes within a minute or two of standing still", "eases with rest"
        rf"|\b{_CHEST}[^.;]{{0,100}}?\b(?:settles?|settled|eases?|eased|relieved|"
        r"resolves?|resolved|goes|went|subsides?|disappears?)(?:\s+(?:off|away))?\s+"
        r"(?:[\w-]+\s+){0,6}?(?:rest(?:ing)?|standing\s+still|stopping|sitting\s+down|"
        r"(?:he|she|they|i)\s+stops?)\b"
    )
)
"""A chest discomfort provoked by effort or relieved by rest, in the patient's words."""
_UNSTABLE: Final = guarded(
    re.compile(
        r"(?i)\b(?:at\s+rest|rest\s+pain|while\s+resting|woke\s+(?:him|her|me)|"
        r"waking\s+(?:him|her)|from\s+sleep|more\s+(?:frequent\w*|often|easily)|"
        r"increasing(?:ly)?\s+(?:frequent|often|severe)|crescendo|less\s+exertion|"
        r"minimal\s+exertion|lower\s+threshold|getting\s+worse|worsening|"
        r"longer\s+episodes?|lasting\s+(?:1[5-9]|[2-9]\d)\s*min\w*|since\s+yesterday|"
        r"this\s+morning|last\s+night|ongoing|still\s+(?:has|having)|"
        r"changed?\s+(?:in\s+)?pattern)\b"
    )
)
"""Words of rest, crescendo or a fresh episode (Byrne RA et al. ESC 2023 ACS 3.1)."""
_DURATION: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:for|over|in)\s+(?:(?:the|about|around|almost|nearly|"
        rf"over|more\s+than)\s+)?(?:(?:past|last)\s+)?{SPAN_WEEKS}(?![A-Za-z0-9])"
        rf"|(?<![A-Za-z0-9]){SPAN_WEEKS}\s+(?:of|history)\b|\bmonths\s+of\b"
    )
)
"""A course of two weeks or more ("for 4 months", "over the last six weeks")."""
_NEAR: Final = 200
"""Characters either side of the exertional pain within which its course is read."""


def stable_angina_span(
    text: str, asserted: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The exertional pain's span when its course is weeks and no unstable word stands.

    ``asserted`` are the spans of the exertional matches the caller found present
    (it has already checked that no ``unstable_spans`` word stands unnegated).
    """
    for start, end in asserted:
        near = text[max(0, start - _NEAR) : end + _NEAR]
        if _DURATION.search(near):
            return start, end
    return None


_RELIEF_BEFORE: Final = re.compile(
    r"(?i)(?:settles?|settled|eases?|eased|relieved|resolves?|resolved|goes|went|"
    r"subsides?|better|improves?|improved)\s+(?:\w+\s+){0,3}$"
)
"""A relief verb just before "at rest": the relief, not a pain at rest."""


def unstable_spans(text: str) -> list[tuple[int, int]]:
    """Spans of rest, crescendo or fresh-episode words (the caller checks ConText)."""
    return [
        m.span()
        for m in _UNSTABLE.finditer(text)
        if not _RELIEF_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    ]
