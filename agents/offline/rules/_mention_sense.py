"""Lexicon terms whose sense is their neighbours': "maximal at onset", "PCI", effusion.

A mention's sense is its context's (Harkema H et al. ConText. J Biomed Inform
2009;42:839); readers48 (session 47's requests):

- "maximal at onset" is a thunderclap headache's defining words (Perry JJ et al.
  Ottawa SAH rule. JAMA 2013;310:1248: a headache peaking within an hour; ICHD-3
  4.4: maximal within a minute). Written of another pain ("sudden tearing chest
  pain, maximal at onset", the abrupt onset of an aortic dissection: Rogers AM et al.
  ADD-RS. Circulation 2011;123:2213) it is that pain's onset, not a headache. It
  stays the headache's when its sentence names a headache or names no other pain
  ("Sudden occipital headache while lifting. Maximal at onset." keeps it).
- "PCI" is a known coronary stent in a history ("PCI to the LAD 2019", "s/p PCI").
  A place or a plan ("the nearest PCI centre", "transfer for primary PCI", "PCI-capable
  hospital") names no past procedure (Byrne RA et al. ESC 2023 ACS: primary PCI is a
  reperfusion strategy), so it is no stent and raises no known coronary disease.
- trauma56: a bare "large effusion" is the pleura's on a chest film (BTS 2023), but
  in a knee examination ("knee hyperextended ... Large effusion, grossly unstable to
  varus and valgus stress") it is the joint's, a haemarthrosis after an injury
  (Tintinalli 9th ed. ch. 274): joint swelling, no pleural tap.

Private to ``agents.offline.rules.findings``.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = ["joint_effusion", "onset_of_another_pain", "pci_not_done"]

_MAXIMAL: Final = re.compile(r"(?i)maximal[\s-]+at[\s-]+onset")
_HEAD: Final = re.compile(
    r"(?i)(?<![a-z])(?:head\w*|h/a|cephal\w*|migrain\w*|occipit\w*|thunderclap"
    r"|(?-i:HA))(?![a-z])"
)
_OTHER_PAIN: Final = re.compile(
    r"(?i)(?<![a-z])(?:chest|thorac\w*|retrosternal|back|interscapular|abdom\w*|abdo"
    r"|epigastri\w*|loin|flank|groin|testic\w*|scrot\w*|pelvi\w*|limb|leg|arm|calf"
    r"|shoulder|neck pain|tearing|ripping)(?![a-z])"
)


def onset_of_another_pain(text: str, start: int, end: int) -> bool:
    """Whether "maximal at onset" at ``text[start:end]`` is another pain's onset."""
    if not _MAXIMAL.fullmatch(text, start, end):
        return False
    sentence = text[sentence_start(text, start) : sentence_end(text, end)]
    return _HEAD.search(sentence) is None and _OTHER_PAIN.search(sentence) is not None


_PCI: Final = re.compile(r"(?i)pci|percutaneous coronary intervention")
_PLACE_AFTER: Final = re.compile(
    r"(?i)[\s-]*(?:centre|center|capable|cent(?:re|er)s|team|lab\w*|hospital|facilit"
    r"\w*|site|service|unit|pathway|strategy|window|delay|time|within|is\s+(?:not\s+)?"
    r"(?:available|indicated|planned))(?![a-z])"
)
_PLAN_BEFORE: Final = re.compile(
    r"(?i)(?:primary|urgent|emergen\w*|immediate|rescue|activat\w*|nearest|local|"
    r"regional|for|consider\w*|planned|needs?|requir\w*|candidate|eligible|"
    r"discuss\w*|refer\w*|timely)\s+(?:(?:a|an|the|primary|urgent|emergency)\s+)?$"
)
_PAST: Final = re.compile(
    r"(?i)(?<![a-z0-9])(?:(?:19|20)\d\d|ago|previous\w*|prior|history|hx|h/o|s/p|"
    r"known|had|underwent|past|last|stents?|des)(?![a-z0-9])"
)


def pci_not_done(text: str, start: int, end: int) -> bool:
    """Whether "PCI" at ``text[start:end]`` names a place or a plan, not a past PCI."""
    if not _PCI.fullmatch(text, start, end):
        return False
    clause_start = sentence_start(text, start, ".;,\n")
    clause = text[clause_start : sentence_end(text, end, ".;,\n")]
    if _PAST.search(clause):
        return False
    return (
        _PLACE_AFTER.match(text, end) is not None
        or _PLAN_BEFORE.search(text, clause_start, start) is not None
    )


_EFFUSION: Final = re.compile(r"(?i)(?:large|massive)\s+effusion")
_JOINT: Final = re.compile(
    r"(?i)(?<![a-z])(?:knees?|ankles?|elbows?|hips?|shoulders?|wrists?|joints?|"
    r"patell\w*|varus|valgus|ligament\w*|lachman|drawer|ballot\w*|haemarthrosis|"
    r"hemarthrosis|meniscus|menisc\w*)(?![a-z])"
)
_CHEST: Final = re.compile(
    r"(?i)(?<![a-z])(?:chest|cxr|pleura\w*|hemithorax|lungs?|breath sounds|"
    r"percussion|stony|thora\w*|mediastin\w*|trachea\w*|x-?ray of the chest)"
    r"(?![a-z])"
)


def joint_effusion(text: str, start: int, end: int) -> bool:
    """Whether a bare "large effusion" at ``text[start:end]`` is a joint's.

    Its sentence, or the sentence before it, names a joint or a joint examination
    and its own sentence names nothing of the chest.
    """
    if not _EFFUSION.fullmatch(text, start, end):
        return False
    s_start = sentence_start(text, start)
    sentence = text[s_start : sentence_end(text, end)]
    if _CHEST.search(sentence):
        return False
    before = text[sentence_start(text, max(s_start - 1, 0)) : s_start]
    return _JOINT.search(sentence) is not None or _JOINT.search(before) is not None
