"""A pain named before its site ("severe pain in the left testicle").

Private to ``agents.offline.rules.findings``, which gives each span its ConText
status. The lexicon matcher keeps the leftmost, longest term and never a term that
starts inside one it took: in "sudden severe pain in the left testicle" the words
"severe pain" are taken first, so a site phrase starting at "pain" is never seen and
the testicular pain is lost. The site is read here from the pain's own phrase, so the
concept of the site stands beside the severity. Testicular pain of sudden onset is
torsion until proven otherwise (EAU paediatric urology 2023; AUA; NICE CKS scrotal
pain 2023). readers47 (peds47): the right lower quadrant the same way, with the words
a migration or an examination puts between ("abdominal pain now in the right lower
quadrant", "tender with guarding in the right iliac fossa"): RLQ pain and its
migration, RLQ tenderness (Alvarado A. Ann Emerg Med 1986; Samuel M. Pediatric
Appendicitis Score, J Pediatr Surg 2002; WSES 2020 Jerusalem guidelines). Research
software, not for clinical use.
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


_RLQ: Final = r"(?:right\s+lower\s+quadrant|right\s+iliac\s+fossa|rlq|rif)"
_BETWEEN: Final = (
    r"(?:\s+(?:now|then|later|has|have|moved|migrated|shifted|localised|localized"
    r"|settled|moving|migrating|with|and|guarding|rebound|maximal|maximally|most))"
    r"{0,4}"
)
"""Words a migration or an examination puts between ("pain now in", "pain has moved
to", "tender with guarding in", "tenderness maximal in")."""
_RLQ_PAIN: Final = (
    (
        "rlq_pain",
        guarded(
            re.compile(
                rf"(?i)(?<![A-Za-z])pain{_BETWEEN}\s+(?:in|to|over|into)\s+"
                rf"{_OWNER}{_RLQ}(?![A-Za-z])"
            )
        ),
    ),
    (
        "rlq_tenderness",
        guarded(
            re.compile(
                rf"(?i)(?<![A-Za-z])tender(?:ness)?{_BETWEEN}\s+(?:in|over|at)\s+"
                rf"{_OWNER}{_RLQ}(?![A-Za-z])"
            )
        ),
    ),
)


def site_pain_spans(text: str) -> list[tuple[str, int, int]]:
    """``(concept, start, end)`` of each pain written before its site."""
    lower = text.lower()
    rules: list[tuple[str, re.Pattern[str]]] = []
    if any(w in lower for w in ("testi", "testes", "scrot")):
        rules.extend(_SITE_PAIN)
    if any(w in lower for w in ("quadrant", "iliac", "rlq", "rif")):
        rules.extend(_RLQ_PAIN)
    return [
        (concept, m.start(), m.end())
        for concept, rx in rules
        for m in rx.finditer(text)
    ]
