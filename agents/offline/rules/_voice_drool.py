"""A muffled voice read as 'drooling' where the saliva is in fact swallowed.

The knowledge base reads a muffled ("hot potato") voice as the ``drooling`` concept:
both are the supraglottic or peritonsillar swelling (Tintinalli 9th ed. ch. 246), and
in epiglottitis or angioedema a voice change is airway compromise. At triage the ESI
v4 handbook's high-risk sign of a sore throat is saliva that cannot be swallowed or
stridor (ch.4); a peritonsillar abscess with a muffled voice and trismus that swallows
its saliva and breathes freely is level 3 (Galioto NJ. Am Fam Physician 2017;95:501:
a muffled voice and trismus are the abscess' own features, airway compromise rare).
Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from agents.offline.rules.facts import ClinicalFacts
from cases.rx import word_start

__all__ = ["voice_not_drooling"]

_DROOL_WORDS: Final = word_start(
    r"drool\w*|(?:unable to|can't|cannot|can not|not able to|not) (?:\w+ ){0,2}"
    r"(?:swallow\w*|handl\w*|manag\w*) (?:\w+ ){0,2}(?:saliva|secretions|spit)|"
    r"spitting (?:out )?(?:\w+ )?saliva|pooling (?:of )?(?:oral )?secretions"
)
"""Saliva not swallowed, in words (the concept's own wordings besides the voice)."""
_DROOLING_DENIED: Final = word_start(
    r"(?:no|not|nor|without|denies|isn'?t|is not) drool\w*|"
    r"(?:swallowing|swallows|managing|handling) (?:his |her |their )?"
    r"(?:own )?(?:saliva|secretions)"
)
"""Drooling written absent, or the saliva written swallowed."""
_PERITONSILLAR_SIGNS: Final = ("uvular_deviation", "trismus")


def voice_not_drooling(facts: ClinicalFacts, texts: Iterable[str]) -> bool:
    """Whether ``drooling`` stands only for a muffled voice that is no airway sign.

    True when the concept is present, no words of saliva not swallowed are asserted
    in ``texts`` (the triage clauses), and drooling is written absent ("no
    drooling", "not drooling") or the saliva swallowed in the triage text, or the
    peritonsillar abscess' own signs (a deviated uvula, trismus) explain the voice.
    """
    from agents._text import asserted  # agents._text imports the rules package

    if not facts.has("drooling") or asserted(_DROOL_WORDS, tuple(texts)):
        return False
    denied = "drooling" in facts.absent or bool(
        _DROOLING_DENIED.search(facts.chief_complaint or "")
    )
    return denied or any(facts.has(c) for c in _PERITONSILLAR_SIGNS)
