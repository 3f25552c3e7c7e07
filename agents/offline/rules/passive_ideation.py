"""Passive suicidal ideation in the patient's words: a wish to be dead.

The screening questions ask it first because it is the commonest form of suicidal
ideation and a risk in itself: the ASQ (Horowitz LM et al. Arch Pediatr Adolesc Med
2012;166:1170; NIMH ASQ toolkit, adults validated 2020): "In the past few weeks, have
you wished you were dead?", "... felt that you or your family would be better off if
you were dead?"; the C-SSRS screen question 1 (Posner K et al. Am J Psychiatry
2011;168:1266): "Have you wished you were dead or wished you could go to sleep and not
wake up?". A positive answer is suicidal ideation for triage (ESI v4 handbook ch.4:
high risk) and asks for a full risk assessment and a safe environment meanwhile (NICE
NG225 2022; Joint Commission NPSG 15.01.01). The words are read as the knowledge
base's ``suicidal_ideation``; the caller classifies each span's context ("denies
thoughts of dying" is negated).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["PASSIVE_IDEATION", "PASSIVE_IDEATION_WORDS", "passive_ideation_spans"]

_WHO: Final = r"(?:i|he|she|they|we)"
PASSIVE_IDEATION_WORDS: Final = (
    r"thoughts? (?:of|about) (?:dying|death|being dead|not being alive|not waking up)"
    rf"|wish(?:es|ed|ing)? (?:that )?{_WHO} (?:was|were|could be) dead"
    r"|wish(?:es|ed|ing)? (?:to be|(?:s?he|i|they) (?:was|were)) (?:dead|gone)"
    r"|wish(?:es|ed|ing)? (?:s?he|i|they) (?:could )?(?:go to sleep|sleep)"
    r" and (?:not|never) wake up"
    # toxpsych39: C-SSRS question 1 in other words ("wishes she would not wake up")
    rf"|(?:wish|hope)(?:es|s|d|ed|ing)? (?:that )?{_WHO} (?:would|could|will) "
    r"(?:not|never) wake up"
    rf"|better off (?:dead|(?:if|when) {_WHO} (?:was|were|am|is|are) (?:dead|gone)"
    r"|without (?:me|him|her|them))"
    r"|(?:life is |life'?s )?not worth living|tired of (?:living|being alive|life)"
    r"|no (?:reason|point) (?:in |to )?(?:living|live|going on|being alive)"
)
"""Regex source of the wordings (for callers that build a wider alternation)."""

PASSIVE_IDEATION: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{PASSIVE_IDEATION_WORDS})(?![A-Za-z0-9])")
)
"""The wordings compiled, matched case-insensitively on word boundaries."""

SUICIDAL_IDEATION: Final = "suicidal_ideation"


def passive_ideation_spans(text: str) -> list[tuple[str, int, int]]:
    """``(suicidal_ideation, start, end)`` of each passive-ideation wording."""
    return [
        (SUICIDAL_IDEATION, m.start(), m.end()) for m in PASSIVE_IDEATION.finditer(text)
    ]
