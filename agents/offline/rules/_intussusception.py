"""An infant's paroxysmal screaming with the legs drawn up: intussusception's pattern.

Private to :mod:`agents.offline.rules.esi` (decision point B). Intussusception is
the commonest abdominal emergency of infancy, commonest from 3 months to 3 years; its
history is paroxysms of inconsolable crying or screaming with the legs drawn up,
pallor during the episodes, vomiting and later a redcurrant-jelly stool (APLS 6th ed.
2016, the child with abdominal pain; Kelley-Quon LI et al. APSA outcomes and
evidence-based practice committee, J Pediatr Surg 2021;56:587: peak 6-36 months).
The bowel's blood supply is at stake from the first hours and delay is what turns an
air enema into a laparotomy: a high-risk situation in the ESI v4 handbook's sense
(ch.4, "a condition that could easily deteriorate"), whether or not the child looks
unwell at triage.

Episodes alone ("bouts of crying") are any upset child's; the pattern needs the
paroxysms and a second feature of the history: the legs or knees drawn up, vomiting,
pallor, floppiness or lethargy, or blood in the stool. Below 3 months the same words
are colic's in a well, thriving baby (NICE CKS infant colic 2022): not read here.
Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules.facts import ClinicalFacts
from cases.rx import whole_letters

__all__ = [
    "INTUSSUSCEPTION_HIGH_RISK_DAYS",
    "INTUSSUSCEPTION_REASON",
    "paroxysmal_screaming_pattern",
]

INTUSSUSCEPTION_HIGH_RISK_DAYS: Final = (90, 3 * 365 + 1)
"""3 months to 3 years: intussusception's commonest ages (APLS 6th ed.; APSA 2021)."""

INTUSSUSCEPTION_REASON: Final = (
    "paroxysmal screaming with the legs drawn up, vomiting or pallor in an infant or"
    " toddler: intussusception until excluded (APLS 6th ed.; APSA 2021)"
)
"""The high-risk reason; it points to the intussusception (``esi.triage_points_to``)."""

_rx = whole_letters
_PAROXYSMS: Final = _rx(
    r"(?:episod\w*|bouts?|spells?|paroxysm\w*|attacks?|waves?|fits) (?:of )?"
    r"(?:\w+ ){0,2}(?:scream\w*|cry\w*|crie[sd]|wail\w*|inconsolab\w*)"
    r"|(?:scream\w*|cry\w*|crie[sd]|wail\w*) (?:\w+ ){0,3}(?:in (?:episodes|bouts|"
    r"spells|waves|fits)|on and off|off and on|intermittent\w*|episodic\w*|every "
    r"(?:\d+|few|ten|fifteen|twenty|thirty) (?:to \d+ )?minutes)"
    r"|(?:intermittent|episodic|paroxysmal|colicky) (?:\w+ ){0,1}(?:scream\w*|"
    r"cry\w*|inconsolab\w*)"
)
"""Crying or screaming that comes in paroxysms."""
_SECOND_FEATURE: Final = _rx(
    r"(?:legs?|knees?) (?:\w+ ){0,2}(?:drawn|pulled|brought|tucked) up"
    r"|(?:draw\w*|drew|pull\w*|bring\w*|brought|tuck\w*) (?:\w+ ){0,2}(?:legs?|"
    r"knees?) up|(?:draw\w*|drew|pull\w*) up (?:\w+ ){0,2}(?:legs?|knees?)"
    r"|(?<!no )(?<!not )(?<!without )vomit\w*|(?<!not )pale|pallor|floppy|letharg\w*"
    r"|red-?currant|currant[- ]jelly|blood\w* (?:\w+ ){0,3}(?:stool|poo|nappy|diaper)"
    r"|(?:stool|poo|nappy|diaper) (?:\w+ ){0,3}blood"
)
"""A second feature of intussusception's history (APLS 6th ed.; APSA 2021)."""


def paroxysmal_screaming_pattern(facts: ClinicalFacts) -> list[str]:
    """The high-risk reason for a child of 3 months-3 years with the pattern, or []."""
    low, high = INTUSSUSCEPTION_HIGH_RISK_DAYS
    if facts.population.age_within(low, high) is not True:
        return []
    clauses = triage_clauses(facts)
    if not any(_PAROXYSMS.search(t) for t in clauses):
        return []
    if not any(_SECOND_FEATURE.search(t) for t in clauses):
        return []
    return [INTUSSUSCEPTION_REASON]
