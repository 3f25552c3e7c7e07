"""The words of a percutaneous drain's problem: one source for every reader.

A percutaneous biliary drain (PTBD, cholecystostomy) or a nephrostomy that is
blocked, leaking, out or infected is a failed decompression of its organ (Saad WE et
al. SIR biliary drainage QI guideline, J Vasc Interv Radiol 2010;21:789; Pabon-Ramos
WM et al. SIR nephrostomy QI guideline, J Vasc Interv Radiol 2016;27:410). The note's
findings (``findings``: ``biliary_drain_problem``, ``nephrostomy_problem``,
``drain_displaced``) and the drain pathway (``agents.pathways_drains``) read these
same alternations, so they cannot disagree. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BILIARY_PROBLEM",
    "CHEST_DRAIN_DISPLACED",
    "CHEST_DRAIN_PROBLEM",
    "DRAIN_CUES",
    "DRAIN_DISPLACED",
    "DRAIN_INFECTED",
    "NEPHROSTOMY_PROBLEM",
]

_OUT: Final = (
    r"(?:fell|fallen|falls|came|come|pulled|slipped|been pulled) out|dislodg\w*|"
    r"displac\w*|migrat\w*|retracted"
)
_INFECTED: Final = (
    r"infect\w*|pus|purulent|pyonephros\w*|cloudy|turbid|foul(?:[- ]smelling)?|"
    r"offensive"
)
"""An infected drain or what drains through it (pus, cloudy or foul urine or bile):
an infected obstructed system is drained again and treated (EAU urolithiasis 2024;
Pabon-Ramos WM et al. SIR 2016: tube exchange for infection)."""
_PROBLEM: Final = (
    rf"{_OUT}|blocked|blockage|occlu\w*|(?:not|stopped|no longer) draining|"
    r"no (?:output|drainage|urine|bile)|(?:reduced|decreased|poor|low) "
    r"(?:output|drainage)|leak\w*|broken|kinked|cracked|"
    rf"{_INFECTED}"
)
_BILIARY: Final = (
    r"(?:percutaneous (?:transhepatic )?)?biliary (?:drain|catheter|tube)s?|ptbd|"
    r"ptc drain|cholecystostomy(?: tube| drain)?|ptgbd"
)
_NEPHROSTOMY: Final = r"nephrostomy(?: tube| catheter| drain)?|\bpcn\b"


def _problem_of(device: str, problem: str) -> str:
    return (
        rf"\b(?:{device})\b[^.;]{{0,60}}?\b(?:{problem})|\b(?:{problem})\b"
        rf"[^.;]{{0,40}}?\b(?:{device})\b"
    )


BILIARY_PROBLEM: Final = _problem_of(_BILIARY, _PROBLEM)
"""A biliary drain named with its problem, either way round, in one sentence."""
NEPHROSTOMY_PROBLEM: Final = _problem_of(_NEPHROSTOMY, _PROBLEM)
"""A nephrostomy named with its problem, either way round, in one sentence."""
DRAIN_DISPLACED: Final = (
    rf"{_problem_of(_BILIARY, _OUT)}|{_problem_of(_NEPHROSTOMY, _OUT)}"
)
"""Either drain out of place (ICD-10-CM: displacement, T83.022A / T85.520A)."""
DRAIN_INFECTED: Final = (
    rf"{_problem_of(_BILIARY, _INFECTED)}|{_problem_of(_NEPHROSTOMY, _INFECTED)}"
)
"""Either drain infected (ICD-10-CM: infection due to the catheter, T83.512A /
T85.79XA)."""
_CHEST_DRAIN: Final = (
    r"(?:intercostal |pleural )?chest (?:drain|tube)s?|intercostal (?:drain|catheter|"
    r"tube)s?|pleural (?:drain|catheter)s?|pigtail (?:drain|catheter)s?"
)
_CHEST_PROBLEM: Final = (
    rf"{_OUT}|blocked|blockage|occlu\w*|kinked|clamped|disconnected|broken|cracked|"
    r"(?:no|not|stopped|no longer) swing\w*|(?:not|stopped|no longer) draining"
)
"""A chest drain that no longer swings (blocked, kinked or clamped, out of the pleura)
or is out (Roberts ME et al. BTS guideline for pleural disease, Thorax 2023;78:s1: a
drain that stops swinging is checked for kinks, clamps and position, flushed if
blocked, and replaced if it stays blocked or out and the air or fluid remains). A
drain that stops bubbling but still swings is a sealed air leak, no problem."""
CHEST_DRAIN_PROBLEM: Final = (
    rf"{_problem_of(_CHEST_DRAIN, _CHEST_PROBLEM)}|\b(?:{_CHEST_DRAIN})\b[^.]{{0,80}}?"
    rf"\b(?:the |this )?(?:drain|tube) (?:is |has )?(?:{_CHEST_PROBLEM})"
)
"""A chest drain named with its problem, either way round, in one sentence, or
referred to again after a semicolon ("a chest drain ...; the drain is no longer
swinging")."""
CHEST_DRAIN_DISPLACED: Final = _problem_of(_CHEST_DRAIN, _OUT)
"""A chest drain out of place (ICD-10-CM: displacement, T85.628A)."""
DRAIN_CUES: Final = (
    "nephrostom",
    "biliary",
    "ptbd",
    "pcn",
    "cholecystostom",
    "ptgbd",
    "chest drain",
    "chest tube",
    "intercostal",
    "pleural drain",
    "pleural catheter",
    "pigtail",
)
"""Cheap words without which no drain's problem is read (the hot path)."""
