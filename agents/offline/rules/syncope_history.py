"""Two major high-risk features of a syncope's history, in words.

Brignole M et al. ESC 2018 syncope (Eur Heart J 2018;39:1883), Table 5, major
high-risk features of the history: syncope while supine, and new-onset palpitations
immediately followed by syncope (besides syncope during exertion,
``findings.EXERTIONAL_SYNCOPE_WORDS``). In the EGSYS score they are the history's
strongest cardiac items (palpitations preceding syncope +4, syncope while supine +2;
Del Rosso A et al. Heart 2008;94:1620). A reflex faint happens upright with a warm
prodrome (ESC 2018 Table 4); a collapse found lying down, or a faint on getting up
from bed, is neither. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = [
    "PALPITATION_SYNCOPE",
    "PALPITATION_SYNCOPE_WORDS",
    "SUPINE_SYNCOPE",
    "SUPINE_SYNCOPE_WORDS",
]

_LOC: Final = (
    r"(?:passed out|lost consciousness|loss of consciousness|syncop\w*|faint(?:ed)?\b|"
    r"black(?:ed)? ?out|collapse[ds]?\b|went unresponsive)"
)
_LYING: Final = (
    r"(?:lying|laying|lay) (?:down )?(?:in bed|on (?:the|a|his|her|their) "
    r"(?:sofa|couch|settee|bed)|supine|flat)"
)
SUPINE_SYNCOPE_WORDS: Final = (
    rf"{_LOC}(?: \w+){{0,3}} (?:while|when|whilst) (?:\w+ ){{0,2}}(?:lying|laying|"
    r"supine|asleep|sleeping|in bed)\b|"
    rf"(?<!found )(?<!was found )(?<!is found )\b{_LYING}\b[^.;\n]{{0,100}}?\b{_LOC}|"
    r"\bsupine syncope|\bsyncope (?:while |when )?supine"
)
"""A syncope while lying down: "passed out while lying in bed", "lying on the sofa
watching television when ... he lost consciousness" (not "found lying on the floor",
not "on standing up from bed")."""
_PALPITATION: Final = (
    r"(?:palpitations?|heart (?:\w+ ){0,2}(?:racing|pounding|fluttering)|"
    r"racing heart|pounding heart|fast heart ?beat|heart (?:was )?(?:beating )?"
    r"(?:very )?fast)"
)
PALPITATION_SYNCOPE_WORDS: Final = (
    rf"{_PALPITATION}[^.;\n]{{0,60}}?\b(?:then|before|followed by|immediately)\b"
    rf"[^.;\n]{{0,30}}?{_LOC}|"
    rf"{_LOC}[^.;\n]{{0,60}}?{_PALPITATION} (?:just |immediately |right )before|"
    rf"{_LOC}[^.;\n]{{0,30}}?\b(?:preceded by|immediately after|just after|"
    rf"straight after|after) (?:\w+ ){{0,2}}{_PALPITATION}"
)
"""Palpitations immediately followed by the syncope: "his heart suddenly started
racing, then he lost consciousness", "collapsed, preceded by palpitations"."""
SUPINE_SYNCOPE: Final = guarded(re.compile(SUPINE_SYNCOPE_WORDS, re.IGNORECASE))
PALPITATION_SYNCOPE: Final = guarded(
    re.compile(PALPITATION_SYNCOPE_WORDS, re.IGNORECASE)
)
