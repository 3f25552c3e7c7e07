"""A lateralised limb weakness and the NIHSS, as clinicians write them.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText status).
The lexicon holds fixed phrases ("right arm weakness", "left-sided weakness"); notes
write the side and a list of limbs in many orders: "R arm and leg weakness", "weakness
of the L arm and leg", "power 3/5 in the right arm", "weak L hand", and the side's
"motor weakness" as triage records write it ("Lt. motor weakness", "left side
motor weakness"). A motor deficit of
one side's limbs is the hemiparesis of the stroke scales (Kothari RU et al. Cincinnati
Prehospital Stroke Scale, Ann Emerg Med 1999;33:373: arm drift; Powers WJ et al.
AHA/ASA 2019 acute ischaemic stroke). A face alone is not a limb: an isolated facial
weakness may be a peripheral palsy (AAO-HNS 2013 Bell's palsy).

The NIH Stroke Scale stated with its score is a focal deficit when 1 or more and none
at 0 (Brott T et al. Stroke 1989;20:864).

A limb's lost perfusion written in the examiner's words is neurovascular compromise,
the 'pale, pulseless, perishingly cold' limb of acute limb ischaemia (Bjorck M et al.
ESVS 2020 acute limb ischaemia, Eur J Vasc Endovasc Surg 2020;59:173, recs 7-9;
Rutherford RB et al. J Vasc Surg 1997;26:517: an absent arterial Doppler signal at the
ankle is class IIb/III): one limb described pale, white, cold, mottled or pulseless
("right foot white and cold to mid-shin", "cold, pale L leg"), named pulses absent
("no popliteal, DP or PT pulses", "pedal pulses not palpable") and no arterial Doppler
signal. One limb, written in the singular: "cold hands and feet" or "mottled legs" is
the skin of shock, not a limb's artery; a radial pulse alone needs its side ("no radial
pulse" is also the shock of ATLS).

One leg swollen or tender, written with its side ("swollen tender right calf"), or a
calf 3 cm or more larger than the other is the Wells scores' clinical sign of DVT
(Wells PS et al. Thromb Haemost 2000;83:416; N Engl J Med 2003;349:1227).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start
from cases.rx import guarded, scan

__all__ = ["limb_perfusion_spans", "limb_sign_spans", "stated_nihss"]

_SIDE: Final = r"(?:left|right|lt|rt|(?-i:L|R))"
_SIDED: Final = rf"{_SIDE}(?:[- ]?sided)?\.?"
_LIMB: Final = (
    r"(?:arm|leg|hand|foot|upper (?:limb|extremity)|lower (?:limb|extremity)|"
    r"(?-i:UL|LL|UE|LE|UEs|LEs)|side|hemibody|body)"
)
_PART: Final = rf"(?:{_LIMB}|face|facial)"
_LIST: Final = rf"{_PART}(?:\s*(?:,|and|&|\+|/)\s*{_PART})*"
_MOTOR: Final = r"(?:weakness|weak|paresis|paralysis|paralysed|paralyzed|plegia|drift)"
_BECAME: Final = (
    r"(?:suddenly|abruptly|is|was|were|are|went|became|become|has|had|have|gone|got"
    r"|felt|feels|feel|both|all)"
)
"""Words linking a limb to its weakness ("her left arm and leg suddenly went weak"):
the same BE-FAST sign as "left arm and leg weakness"."""
_WEAK: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"{_SIDED}\s*(?P<a>{_LIST})\s+(?:{_BECAME}\s+){{0,3}}(?:motor\s+)?{_MOTOR}"
        rf"|(?:{_MOTOR}|reduced power|(?:power|strength)\s+[0-4][+-]?/5)\s+"
        rf"(?:of|in|on|to)\s+(?:the\s+|his\s+|her\s+)?{_SIDED}\s*(?P<b>{_LIST})"
        rf"|weak\s+{_SIDED}\s*(?P<c>{_LIST})"
        rf"|{_SIDE}[- ]?(?P<d>sided)\s+{_MOTOR}"
        rf"|{_SIDED}\s*(?P<e>motor)\s+{_MOTOR}"
        rf")(?![A-Za-z])"
    )
)
_LIMB_RX: Final = re.compile(rf"(?i)(?<![A-Za-z]){_LIMB}(?![A-Za-z])")
_OWNER: Final = r"(?:(?:his|her|their|the|its)\s+)?"
_FUNCTIONAL: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"(?:cannot|can ?not|can'?t|unable to|not able to|could not|couldn'?t"
        rf"|can no longer|no longer able to)\s+(?:lift|raise|move|grip|hold|use"
        rf"|squeeze)(?:\s+(?:anything|things|objects))?(?:\s+(?:with|in|using))?\s+"
        rf"{_OWNER}"
        rf"{_SIDED}\s*(?:arm|leg|hand|foot|side|(?:upper|lower) (?:limb|extremity))"
        rf"|(?:dragging|drags|dragged|trailing)\s+{_OWNER}{_SIDED}\s*(?:leg|foot)"
        rf"|(?:dropping|drops|dropped)\s+(?:things|objects|items|his \w+|her \w+"
        rf"|the \w+|a \w+)\s+(?:from|with|out of)\s+{_OWNER}{_SIDED}\s*hand"
        rf"|not (?:moving|using)\s+{_OWNER}{_SIDED}\s*(?:arm|leg|hand|side|limbs?)"
        rf"|{_SIDED}\s*(?:{_LIST})\s+(?:is\s+|was\s+|feels\s+|went\s+|has gone\s+)?"
        rf"(?:floppy|limp|flaccid)"
        rf")(?![A-Za-z])"
    )
)
"""A one-sided motor deficit in the patient's or family's words: "cannot lift her right
arm", "unable to grip with the left hand", "dragging his right leg", "dropping things
from her right hand", "not moving his left side", "left arm floppy" (FAST/BE-FAST arm
weakness: Kothari RU et al. Ann Emerg Med 1999;33:373; the stroke recognition tools
ask whether the arm can be lifted and held). Not when the sentence gives pain or an
injury as the reason ("cannot lift his right arm since the fall": ``_PAIN_CAUSE``), its
mechanism included ("not moving left leg, rolled off a sofa", "not using his arm since
his brother pulled it"): the pseudoparalysis of a fracture or a pulled elbow (AAP 2015
fractures in suspected abuse, Flaherty EG et al. Pediatrics 2014;133:e477)."""
_PAIN_CAUSE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:pain(?!less)\w*|hurts?|hurting|sore|tender\w*|swollen|swelling"
    r"|injur\w*|fell|fall|trauma|fractur\w*|dislocat\w*|deformit\w*|deformed"
    r"|sprain\w*|strain\w*|bruis\w*|laceration|wound|burn\w*|cast|sling"
    r"|rolled (?:off|out of|from)|pulled|yanked|tugged|swung|knocked|kicked|struck"
    r"|hit|punch\w*|stabbed|crush\w*|twist\w*|landed|tripped|slipped|crash\w*"
    r"|collision|(?<!vascular )accident"
    r"|assault\w*"
    # a lifting strain ("after lifting a heavy box"): the rotator cuff's mechanism
    r"|(?:lifting|lifted|carrying|carried) (?:\w+ ){0,3}(?:heavy|box\w*|weights?"
    r"|furniture)|heavy lifting)"
    r"(?![A-Za-z])"
)
_SENTENCE: Final = re.compile(r"[.;!?\n]")
_NIHSS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:NIHSS|NIH stroke scale|NIH stroke score)"
        r"(?:\s+score)?\s*(?:of|is|was|=|:)?\s*(\d{1,2})(?![0-9/])"
    )
)


_VEIN_LIMB: Final = r"(?:calf|leg|lower (?:limb|extremity)|thigh)"
_LEG_SIGN: Final = r"(?:swollen|oedematous|edematous|tender|painful|red|hot|warm)"
_LEG_SIGNS: Final = rf"{_LEG_SIGN}(?:(?:\s*(?:,|and|&)\s*|\s+)(?:and\s+)?{_LEG_SIGN})*"
_DVT_SIGNS: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?<!non-)(?<!non )(?:"
        rf"(?P<a>{_LEG_SIGNS})\s+{_SIDED}\s*{_VEIN_LIMB}"
        rf"|{_SIDED}\s*{_VEIN_LIMB}\s+(?:is\s+|was\s+)?(?:very\s+)?(?P<b>{_LEG_SIGNS})"
        rf"|{_VEIN_LIMB}\s+(?:circumference\s+)?(?:is\s+|was\s+)?(?P<cm>\d+(?:\.\d+)?)"
        rf"\s*cm\s+(?:larger|bigger|greater|wider|more)\s+than\s+(?:the\s+)?(?:other"
        rf"|left|right|contralateral|opposite|unaffected|asymptomatic)"
        rf")(?![A-Za-z])"
    )
)
_SWELLING_WORD: Final = re.compile(r"(?i)swollen|o?edematous")
_TENDER_WORD: Final = re.compile(r"(?i)tender")
CALF_DIFFERENCE_CM: Final = 3.0
"""Calf swelling of 3 cm or more beside the other calf is a clinical sign of DVT (Wells
PS et al. Lancet 1997;350:1795; N Engl J Med 2003;349:1227)."""


def _dvt_sign_spans(text: str) -> list[tuple[str, int, int, bool]]:
    out: list[tuple[str, int, int, bool]] = []
    for m in scan(_DVT_SIGNS, text):
        signs = m.group("a") or m.group("b") or ""
        swollen = _SWELLING_WORD.search(signs) is not None or (
            m.group("cm") is not None and float(m.group("cm")) >= CALF_DIFFERENCE_CM
        )
        if swollen:
            out.append(("unilateral_leg_swelling", m.start(), m.end(), True))
        if _TENDER_WORD.search(signs):
            out.append(("calf_tenderness", m.start(), m.end(), True))
    return out


def limb_sign_spans(text: str) -> list[tuple[str, int, int, bool]]:
    """``(concept, start, end, present)`` of lateralised limb signs and a stated NIHSS.

    ``unilateral_weakness`` for one side's limbs (not the face alone);
    ``focal_deficit`` for an NIHSS of 1 or more, and ``present=False`` for an NIHSS
    of 0 (no deficit on the scale). One leg swollen or tender with its side ("swollen
    tender right calf", "left leg red, hot and swollen") or a calf measured 3 cm or
    more beside the other: the clinical signs of DVT of the Wells scores
    (``unilateral_leg_swelling``, ``calf_tenderness``; Wells PS et al. Thromb
    Haemost 2000;83:416).

    Args:
        text: Free text (typographic quotes already plain).

    Returns:
        The spans, in text order.
    """
    out: list[tuple[str, int, int, bool]] = []
    for m in scan(_WEAK, text):
        limbs = m.group("a") or m.group("b") or m.group("c") or ""
        if m.group("d") or m.group("e") or _LIMB_RX.search(limbs):
            out.append(("unilateral_weakness", m.start(), m.end(), True))
    for m in scan(_FUNCTIONAL, text):
        if not _pain_caused(text, m.start(), m.end()):
            out.append(("unilateral_weakness", m.start(), m.end(), True))
    for m in scan(_NIHSS, text):
        out.append(("focal_deficit", m.start(), m.end(), int(m.group(1)) > 0))
    out += _dvt_sign_spans(text)
    return sorted(out, key=lambda x: x[1])


def stated_nihss(texts: Sequence[str]) -> int | None:
    """The highest NIHSS stated in ``texts`` (the worst examination), or None."""
    found = [int(m.group(1)) for t in texts for m in _NIHSS.finditer(t)]
    return max(found) if found else None


def _pain_caused(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a functional loss names pain or an injury."""
    cuts = [m.end() for m in _SENTENCE.finditer(text, 0, start)]
    lo = cuts[-1] if cuts else 0
    stop = _SENTENCE.search(text, end)
    hi = stop.start() if stop else len(text)
    return any(
        _DENIED_CAUSE.search(text, max(lo, m.start() - 40), m.start()) is None
        for m in _PAIN_CAUSE.finditer(text, lo, hi)
    )


_DENIED_CAUSE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:no|not|without|denies|denied|nil|never)\s+(?:[a-z]+"
    r"(?:\s*,\s*|\s+(?:or|and|nor)\s+))*(?:[a-z]+\s+)?$"
)
"""A pain or injury denied before its word ("no pain or injury", "without trauma"):
no cause, so the weakness is unexplained (NegEx pre-negation, Chapman WW et al. J
Biomed Inform 2001;34:301); "painless" is its negated form (BE-FAST weakness is
painless: Aroor S et al. Stroke 2017;48:479)."""


_ONE_LIMB: Final = (
    r"(?:leg|foot|calf|shin|arm|hand|forearm|limb|(?:upper|lower) (?:limb|extremity)"
    r"|(?-i:UL|LL|UE|LE))"
)
_PALE: Final = (
    r"(?:cold|white|pale|mottled|dusky|blue|cyanosed|cyanotic|marbled|pulseless"
    r"|ice[- ]cold|cold to (?:the )?touch)"
)
_SEP: Final = r"(?:\s*(?:,|and|&|\+|/)\s*(?:and\s+)?|\s+)"
_PALE_LIST: Final = rf"{_PALE}(?:{_SEP}{_PALE})*"
_LIMB_PAIN: Final = r"(?:painful|numb|tingling|aching|agonising|excruciating)"
_PALE_MIX: Final = (
    rf"(?:{_LIMB_PAIN}{_SEP})*{_PALE_LIST}(?:{_SEP}(?:{_LIMB_PAIN}|{_PALE}))*"
)
"""Pale words with the limb's pain or numbness among them ("cold, pale, painful left
leg", "painful cold white foot"): pain, pallor, paraesthesia and poikilothermia of the
6 Ps written as one description (ESVS 2020 acute limb ischaemia); at least one pale
word, so "painful numb foot" alone is no perfusion sign."""
_PULSE_PLACE: Final = (
    rf"(?:{_SIDED}\s*)?(?:ankles?|foot|feet|knee|groin|femoral(?:\s+arter(?:y|ies))?"
    r"|popliteal(?:\s+fossa)?)"
)
_PULSE_NAME: Final = (
    r"(?:femoral|popliteal|pedal|foot|distal|dorsalis pedis|posterior tibial|"
    r"(?-i:DP|PT|DPA|PTA)|brachial|ulnar|radial|ankle)"
)
_PULSE_NAMES: Final = (
    rf"{_PULSE_NAME}(?:\s*(?:,|or|and|&|/)\s*(?:or\s+)?{_PULSE_NAME})*"
)
_GONE: Final = (
    r"(?:absent|not palpable|impalpable|non-?palpable|not felt|not found|"
    r"not detected|unrecordable|not present)"
)
_PERFUSION: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"(?P<limb>{_SIDED}\s*)?{_ONE_LIMB}\s+(?:is\s+|was\s+|looks\s+|feels\s+|"
        rf"appears\s+)?(?:very\s+|markedly\s+)?{_PALE_LIST}"
        rf"|{_PALE_MIX}\s+(?:{_SIDED}\s*)?{_ONE_LIMB}"
        rf"|(?:no|absent|impalpable|non-?palpable)\s+(?:palpable\s+|detectable\s+|"
        rf"doppler\s+)?(?P<sa>{_SIDED}\s*)?(?P<na>{_PULSE_NAMES})\s+pulses?"
        rf"|(?P<sb>{_SIDED}\s*)?(?P<nb>{_PULSE_NAMES})\s+pulses?\s+(?:are\s+|were\s+"
        rf"|is\s+|was\s+)?{_GONE}"
        rf"|no\s+pulses?\s+(?:(?:are|were|is|was)\s+)?(?:(?:felt|palpable|palpated|found"
        rf"|detected)\s+)?(?:at|in|over|below|distal\s+to)\s+(?:the\s+)?{_PULSE_PLACE}"
        rf"|(?:can'?t|cannot|could\s?n'?t|could\s+not|unable\s+to)\s+(?:find|feel"
        rf"|palpate)\s+(?:a\s+|any\s+)?pulses?\s+(?:at|in|over|below)\s+(?:the\s+|his\s+"
        rf"|her\s+)?{_PULSE_PLACE}"
        rf"|no\s+(?:arterial\s+)?(?:doppler\s+)?(?:signals?|flow)\s+(?:at|in|over)\s+"
        rf"(?:the\s+)?(?:{_SIDED}\s*)?(?:ankle|foot|pedal|leg|wrist|arm)"
        rf"|no\s+(?:audible\s+)?arterial\s+(?:doppler\s+)?(?:signals?|flow)"
        rf"|absent\s+(?:arterial\s+)?doppler\s+signals?"
        rf")(?![A-Za-z])"
    )
)
_OWN_ABSENCE: Final = re.compile(
    r"(?i)(?:no|absent|impalpable|non-?palpable|can'?t|cannot|could\s?n'?t|could not"
    r"|unable to)\s"
)
_ONLY_RADIAL: Final = re.compile(
    r"(?i)^(?:radial)(?:\s*(?:,|or|and|&|/)\s*(?:or\s+)?radial)*$"
)

_ARM_INJURY: Final = re.compile(
    r"(?i)\b(?:elbows?|forearms?|wrists?|humer\w*|supracondylar|(?:arm|elbow|wrist)"
    r" (?:is )?(?:deformed|swollen))\b"
)
"""An injured arm named beside an absent radial pulse (peds35; BOAST 11 2020)."""


_FAINT: Final = (
    r"(?:weak(?:er)?|diminished|reduced|faint|feeble|thready|barely palpable"
    r"|hard to feel|difficult to feel)"
)
_WEAK_PULSE: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_FAINT}\s+(?:{_SIDED}\s*)?{_PULSE_NAMES}\s+pulses?"
        rf"|(?:{_SIDED}\s*)?{_PULSE_NAMES}\s+pulses?\s+(?:is\s+|are\s+|was\s+"
        rf"|were\s+|feels?\s+)?{_FAINT})(?![A-Za-z])"
    )
)
_INJURED_LIMB: Final = re.compile(
    r"(?i)\b(?:fractur\w*|broken|dislocat\w*|deform\w*|crush\w*|supracondylar"
    r"|(?:elbow|forearm|wrist|arm|knee|ankle|leg|shin|thigh|hip)s? (?:is |are )?"
    r"(?:swollen|deformed|crooked|out of place))\b"
)
"""An injured limb named beside a weak pulse (ATLS 10th ed.: a diminished distal pulse
beside a fracture or dislocation is a sign of arterial injury; BOAST 11 2020: the
'perfused but pulseless' supracondylar fracture)."""


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (its clauses together)."""
    return text[sentence_start(text, start, ".\n") : sentence_end(text, end, ".\n")]


def limb_perfusion_spans(text: str) -> list[tuple[str, int, int, bool]]:
    """``(neurovascular_compromise, start, end, own)`` of a limb's lost perfusion.

    A pale, white, cold, mottled or pulseless limb in the singular, named limb pulses
    absent, or no arterial Doppler signal (ESVS 2020 acute limb ischaemia). A radial
    pulse alone counts with its side only (an absent radial pulse is also shock). A
    weak or diminished pulse counts beside an injured limb in its sentence (a
    fracture, dislocation or deformity: ATLS 10th ed.; BOAST 11 2020); a diabetic's
    long-diminished pedal pulses are no injury's.
    ``own`` is True when the span opens with its own negator ("no pedal pulses",
    "absent Doppler signals"): the absence is the sign, not its negation.

    Args:
        text: Free text (typographic quotes already plain).

    Returns:
        The spans, in text order.
    """
    out: list[tuple[str, int, int, bool]] = []
    for m in scan(_PERFUSION, text):
        names = m.group("na") or m.group("nb")
        side = m.group("sa") or m.group("sb")
        lone_radial = names and _ONLY_RADIAL.match(names.strip()) and not side
        # a radial pulse beside an injured arm is that arm's
        if lone_radial and not _ARM_INJURY.search(
            _sentence_of(text, m.start(), m.end())
        ):
            continue
        own = _OWN_ABSENCE.match(m.group(0)) is not None
        out.append(("neurovascular_compromise", m.start(), m.end(), own))
    for m in scan(_WEAK_PULSE, text):
        if _INJURED_LIMB.search(_sentence_of(text, m.start(), m.end())):
            out.append(("neurovascular_compromise", m.start(), m.end(), False))
    return sorted(out, key=lambda span: span[1])
