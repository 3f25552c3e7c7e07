"""A recent tonsillectomy and bleeding from the mouth: post-tonsillectomy haemorrhage.

Secondary haemorrhage follows 0.1-3 % of tonsillectomies, mostly 5-10 days after the
operation as the eschar separates, and up to about two weeks; any bleeding in that
time needs an emergency evaluation, and a small "sentinel" bleed may precede a major
one (Mitchell RB et al. AAO-HNS clinical practice guideline: tonsillectomy in
children, update. Otolaryngol Head Neck Surg 2019;160:S1; Windfuhr JP et al. Eur Arch
Otorhinolaryngol 2005). Swallowed blood is vomited: haematemesis after a tonsillectomy
is the tonsil bed's, not the stomach's. The operation counts when its wording is
recent (days or weeks ago, a post-operative day, "post-tonsillectomy", "recent"): a
tonsillectomy in childhood is past history. Read by ``findings`` (the finding
``post_tonsillectomy_bleeding``) and by the ENT pathway (``agents.pathways_surgical``).
"""

from __future__ import annotations

from typing import Final

from cases.rx import word_start

__all__ = ["RECENT_TONSILLECTOMY", "TONSIL_BED_BLEEDING"]

_TONSIL: Final = (
    r"(?:(?:adeno-?)?tonsillectom\w*"
    # trauma48: the operation in lay words ("tonsils out 7 days ago", "had her tonsils
    # removed last week"; ENT UK post-tonsillectomy advice leaflets)
    r"|tonsils (?:were |taken |taken out |removed |came )?out|tonsils (?:were )?removed"
    r"|removal of (?:the |her |his |their )?tonsils)"
)
_COUNT: Final = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|a few|several)"
)

RECENT_TONSILLECTOMY: Final = word_start(
    rf"post[- ]?{_TONSIL}|recent {_TONSIL}|{_TONSIL} (?:\w+ ){{0,2}}recently|"
    rf"{_TONSIL}(?: [\w,]+){{0,4}} (?:{_COUNT} days? (?:ago|earlier|before|prior)|"
    rf"yesterday|last week|this week|(?:a|one|two|1|2) weeks? ago)|"
    rf"(?:{_COUNT} days?|day \d{{1,2}}|(?:post-?op(?:erative)?|pod) day \d{{1,2}}) "
    rf"(?:after|post|following|since) (?:\w+ ){{0,2}}{_TONSIL}|"
    rf"(?:post-?op(?:erative)?|pod) day \d{{1,2}}(?: \w+){{0,2}} "
    rf"(?:of |from )?{_TONSIL}"
)
"""A tonsillectomy worded as recent (the two-week window of secondary haemorrhage)."""

TONSIL_BED_BLEEDING: Final = word_start(
    r"bleed\w*|blood\w*|ha?emorrhag\w*|clots?|ooz\w*|ha?ematemesis|"
    r"vomit\w* (?:\w+ ){0,2}blood"
)
"""Bleeding from the mouth or throat, spat, oozing or vomited (swallowed) blood."""
