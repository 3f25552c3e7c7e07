"""A known psychotic illness's usual voices, told as unchanged and harmless.

The ESI v4 handbook's high-risk psychiatric patient is one who is a danger to self or
others (ch.4; AHRQ Table 6-7: "threatening to kill the family", ESI 2) or acutely
agitated or psychotic; CTAS 2016's mental-health modifiers grade a psychosis with a
danger to self or others or severe agitation level 2, moderate distress 3, and a
chronic, stable one without distress 4-5 (Bullard MJ et al. CJEM 2017; the CEDIS
complaint "hallucinations / delusions"). Voices heard for years, "as usual", "the
same voices", with no command to harm and no distress, are the illness's baseline:
hallucinations alone make no high-risk situation then. Suicidal or homicidal ideation,
agitation or an overdose keep their own level-2 reasons. Research software, not for
clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules.facts import ClinicalFacts
from cases.rx import word_start

__all__ = ["usual_voices_only"]

_VOICES: Final = r"(?:voices|hallucinations?)"
_USUAL: Final = word_start(
    r"(?:usual|same|chronic|long[- ]?standing|baseline|familiar|ongoing) (?:\w+ ){0,2}?"
    rf"{_VOICES}"
    rf"|{_VOICES}(?: \w+){{0,4}}? (?:for (?:many |several |a few |\d+ )?years"
    r"|as (?:usual|always|before)|(?:are |is )?unchanged|(?:with )?no change"
    r"|at (?:his |her |their )?baseline)"
)
"""Voices told as the illness's baseline: usual, the same, for years, unchanged."""
_ACUTE: Final = word_start(
    r"(?<!not )(?<!no )(?<!nor )(?<!without )(?<!denies )(?<!never )"
    r"(?:(?:tell\w*|told|command\w*|instruct\w*|order\w*|urg\w*) (?:\w+ ){0,4}?"
    r"(?:to )?(?:hurt|harm|kill|attack|stab|cut|jump|die|end)"
    r"|distress\w*|frighten\w*|terrified|scared|agitat\w*|aggress\w*|violen\w*"
    r"|threat\w*|shout\w*|pacing|paranoi\w*|worse|louder|new|changed)"
)
"""A command to harm, or distress, agitation, threat or a change in the voices, not
written denied ("not distressed")."""


def usual_voices_only(facts: ClinicalFacts) -> bool:
    """Whether the hallucinations told at triage are a known illness's usual voices.

    The triage text tells the voices as unchanged (``_USUAL``) and none of its
    current clauses (negations blanked: "not distressed" tells no distress) tells a
    command to harm, distress, agitation or a change (``_ACUTE``): then they are no
    high-risk situation (ESI v4 handbook ch.4; CTAS 2016 chronic and stable 4).
    """
    return (
        facts.has("hallucinations")
        and _USUAL.search(facts.chief_complaint or "") is not None
        and not any(_ACUTE.search(t) for t in triage_clauses(facts))
    )
