"""Deficits whose pattern is not a stroke syndrome: both legs, or weeks of progression.

Private to ``agents.offline.rules.findings``. An ischaemic stroke or an intracerebral
haemorrhage is a sudden focal deficit of one vascular territory (Powers WJ et al.
AHA/ASA 2019 acute ischaemic stroke; BE-FAST): a hemispheric lesion weakens or numbs
one side. Two patterns point elsewhere, and the knowledge base weighs them against
the stroke entries:

- ``bilateral_leg_deficit``: weakness or numbness of both legs (or of all four limbs,
  symmetrically, or ascending) is a lesion of the spinal cord or the cauda equina, a
  neuropathy (Guillain-Barre), a neuromuscular junction or muscle, or a metabolic
  cause (hypokalaemia), not a hemisphere (GIRFT 2023 national suspected cauda equina
  pathway; Transverse Myelitis Consortium Working Group. Neurology 2002;59:499;
  van Doorn PA et al. EAN/PNS 2023 Guillain-Barre syndrome guideline).
- ``deficit_over_weeks``: a deficit that progressed over weeks (a tumour, a subdural,
  progressive multifocal leukoencephalopathy) is not the sudden event that the
  reperfusion windows are counted from (AHA/ASA 2019 3.5, 3.7; Berger JR et al. AAN
  2013 PML diagnostic criteria: subacute progression; Hand PJ et al. Stroke
  2006;37:769: an exact onset time OR 2.6 for stroke).

A sudden, abrupt or timed onset anywhere in the text withholds the weeks reading
(safety first: a stroke on top of weeks of another complaint stays a stroke).
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules._onset_course import sudden_onset
from cases.rx import guarded

__all__ = [
    "BILATERAL_FEET_NUMBNESS",
    "BILATERAL_LEG_DEFICIT",
    "DEFICIT_OVER_WEEKS",
    "bilateral_feet_numbness_span",
    "bilateral_leg_deficit_span",
    "deficit_over_weeks_span",
]

BILATERAL_LEG_DEFICIT: Final = "bilateral_leg_deficit"
BILATERAL_FEET_NUMBNESS: Final = "bilateral_feet_numbness"
DEFICIT_OVER_WEEKS: Final = "deficit_over_weeks"

_BOTH: Final = r"(?:both|bilateral|the two)"
_LEGS: Final = (
    r"(?:lower )?(?:legs|lower limbs|lower extremities|arms and legs|upper and lower"
    r" limbs|feet and hands|hands and feet|legs and arms)"
)
_DEFICIT: Final = (
    r"(?:weak\w*|numb\w*|heav(?:y|iness)|paraly\w*|tingl\w*|gave way|giving way"
    r"|\d ?/ ?5)"
)
_NO_ARM: Final = (
    r"(?! and (?:the |his |her |one )?(?:left |right |lt |rt )?(?:arm|hand|upper limb))"
)
"""Not when one arm is weak besides ("weak in both legs and the right arm"): three
limbs, asymmetric, is a brainstem (basilar) or high cervical lesion, not the both-legs
pattern of a cord below the arms, a cauda equina or a neuropathy (Mattle HP et al.
Lancet Neurol 2011;10:1002: a basilar occlusion's asymmetric limb weakness)."""
_BILATERAL: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_BOTH} {_LEGS}(?: \w+){{0,3}}? {_DEFICIT}"
        rf"|{_DEFICIT} (?:\w+ ){{0,3}}?(?:of |in |on |down |affecting )?{_BOTH}"
        rf" (?:\w+ )?{_LEGS}{_NO_ARM}"
        r"|(?:para|quadri|tetra)(?:paresis|paretic|pleg\w*)"
        r"|(?:symmetric(?:al)?|ascending) (?:\w+ ){0,2}?(?:weakness|paralysis|paresis)"
        r"|weakness (?:\w+ ){0,2}?(?:rising|ascending|spreading|climbing|creeping)"
        r" (?:up )?(?:from )?(?:the |both |his |her )?legs)(?![A-Za-z0-9])"
    )
)
"""'both legs became weak', 'weakness of both legs', 'numbness of both legs',
'power 3/5 in both legs', 'paraparesis', 'symmetrical weakness', 'ascending weakness',
'weakness rising from the legs'."""

_N: Final = r"(?:\d+|two|three|four|five|six|seven|eight|several|a few|few|many)"
_PROGRESS: Final = (
    r"(?:progressive\w*|gradual\w*|slow(?:ly)?|steadily|increasing(?:ly)?|worsening"
    r"|weaker|worse)"
)
_WEEKS: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_N} weeks of (?:\w+ ){{0,2}}?{_PROGRESS}"
        rf"|over (?:the )?(?:past |last )?{_N} weeks\W+[^.;]{{0,80}}?{_PROGRESS}"
        rf"|{_PROGRESS} [^.;]{{0,60}}?over (?:the )?(?:past |last )?{_N} weeks)"
        r"(?![A-Za-z0-9])"
    )
)
"""'three weeks of gradually worsening', 'over the past four weeks ... progressively
weaker', 'progressive weakness over 3 weeks'."""


_BILATERAL_WORDS: Final = (
    "both",
    "bilateral",
    "the two",
    "para",
    "quadri",
    "tetra",
    "symmetric",
    "ascending",
    "rising",
    "spreading",
    "climbing",
    "creeping",
)
"""Strings every ``_BILATERAL`` match contains one of: the cheap test first."""


def bilateral_leg_deficit_span(text: str) -> tuple[int, int] | None:
    """The span of a weakness or numbness of both legs (or all four limbs)."""
    low = text.lower()
    if not any(w in low for w in _BILATERAL_WORDS):
        return None
    m = _BILATERAL.search(text)
    return None if m is None else m.span()


_FEET_NUMB: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?:both|bilateral|the two) feet(?: \w+){0,2}?"
        r" (?:numb\w*|tingl\w*|pins and needles)|(?:numb\w*|tingl\w*) (?:\w+ ){0,2}?"
        r"(?:of |in )?(?:both|bilateral|the two) feet)(?![A-Za-z0-9])"
    )
)
"""'both feet numb', 'numbness of both feet', 'tingling in both feet'."""


def bilateral_feet_numbness_span(text: str) -> tuple[int, int] | None:
    """The span of a numbness of both feet (trauma54).

    Both feet numb is a length-dependent or bilateral pattern (a neuropathy, a cord or
    cauda equina lesion, a cold injury of both feet: Imray CHE et al. J R Army Med
    Corps 2011;157:79), never one hemisphere's territory (AHA/ASA 2019 BE-FAST). A
    concept apart from ``bilateral_leg_deficit``: numbness is no weakness, so the
    weakness criteria (Brighton for Guillain-Barre) do not read it.
    """
    if "feet" not in text.lower():
        return None
    m = _FEET_NUMB.search(text)
    return None if m is None else m.span()


def deficit_over_weeks_span(text: str) -> tuple[int, int] | None:
    """The span of a course progressing over weeks, with no sudden or timed onset."""
    if "week" not in text.lower():
        return None
    m = _WEEKS.search(text)
    if m is None or sudden_onset(text):
        return None
    return m.span()
