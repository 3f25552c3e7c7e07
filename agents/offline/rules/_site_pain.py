"""A pain named before its site ("severe pain in the left testicle").

Private to ``agents.offline.rules.findings``, which gives each span its ConText
status. The lexicon matcher keeps the leftmost, longest term and never a term that
starts inside one it took: in "sudden severe pain in the left testicle" the words
"severe pain" are taken first, so a site phrase starting at "pain" is never seen and
the testicular pain is lost. The site is read here from the pain's own phrase, so the
concept of the site stands beside the severity. Testicular pain of sudden onset is
torsion until proven otherwise (EAU paediatric urology 2023; AUA; NICE CKS scrotal
pain 2023). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["site_pain_spans"]

_SITES: Final = (
    (
        "testicular_pain",
        r"testicles?|testis|testes|scrotum|scrotal sac|hemi-?scrotum",
    ),
)
"""Site words and the pain concept each names."""
_PAIN: Final = r"(?:pain|ache|aching|tenderness)"
_OWNER: Final = r"(?:(?:the|his|her|their|a|one)\s+)?"
_SIDE: Final = r"(?:(?:left|right|lt|rt|l|r)\s+)?"
_SITE_PAIN: Final = tuple(
    (
        concept,
        guarded(
            re.compile(
                rf"(?i)(?<![A-Za-z]){_PAIN}\s+(?:in|of|to|over)\s+{_OWNER}{_SIDE}"
                rf"(?:{words})(?![A-Za-z])"
            )
        ),
    )
    for concept, words in _SITES
)


def site_pain_spans(text: str) -> list[tuple[str, int, int]]:
    """``(concept, start, end)`` of each pain written before its site."""
    lower = text.lower()
    if not any(w in lower for w in ("testi", "testes", "scrot")):
        return []
    return [
        (concept, m.start(), m.end())
        for concept, rx in _SITE_PAIN
        for m in rx.finditer(text)
    ]
