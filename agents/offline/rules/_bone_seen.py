"""Bone seen in a wound, bone probed in an ulcer, a foot ulcer (esi34).

An open fracture is a fracture communicating with a wound (BOA/BAPRAS BOAST 4,
2017): "bone visible" at the base of a pretibial flap or a scalp laceration names the
wound's depth, and "exposed bone" or bone felt with a probe in a chronic foot ulcer
names osteomyelitis until shown otherwise (IWGDF/IDSA 2023, Senneville E et al. Clin
Infect Dis 2023; probe-to-bone: Lam K et al. Clin Infect Dis 2016;63:944), not an
open tibial fracture. Bone seen is read as an open fracture only with a fracture,
deformity or high-energy mechanism worded (``fracture_context``).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import scan

BONE_EXPOSED: Final = "bone_exposed"
PROBE_TO_BONE: Final = "probe_to_bone"
FOOT_ULCER: Final = "foot_ulcer"
OPEN_DIGIT_FRACTURE: Final = "open_digit_fracture"
OPEN_WOUND: Final = "open_wound"

OPEN_FRACTURE_SITES: Final[dict[str, str]] = {
    "open_fracture_ankle": r"ankles?|malleol\w*|pilon|talus|talar",
    "open_fracture_femur": r"femur|femoral (?:shaft|neck|fracture)|thighs?",
    "open_fracture_humerus": r"humer\w*|upper arm",
    "open_fracture_forearm": (
        r"forearms?|radius|ulna(?!r)|radial shaft|radial and ulnar"
    ),
}
"""Site concept -> its words: ICD-10-CM codes an open fracture by its bone (S52
forearm, S72 femur, S82 lower leg and ankle, S42 humerus; 7th character B)."""
_SITE_WORDS: Final = re.compile(
    "(?i)(?<![a-z])(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in OPEN_FRACTURE_SITES.items())
    + ")(?![a-z])"
)
_OPEN_FRACTURE: Final = re.compile(
    r"(?i)(?<![a-z])open(?![- ](?:book|reduction|and closed|or closed|globe))"
    r"(?: [\w/-]+){0,3}? fractur\w*(?![a-z])"
)
"""An open fracture named with its bone between ("open tibial shaft fracture",
"open distal radius fracture"); an open-book pelvic injury and an open reduction are
not open fractures (BOAST 4 2017: a fracture communicating with a wound)."""

_FRACTURE_CONTEXT: Final = re.compile(
    r"(?i)(?<![a-z])(?:fractur\w*|broken|break|deform\w*|protrud\w*|compound|crooked"
    r"|angulat\w*|sticking (?:out|through)|poking (?:out|through)|motor ?(?:cycl\w*"
    r"|bike)|motor vehicle|mvc|crash\w*|collision|struck by|run over|(?:fell|fall\w*"
    r"|jumped) (?:from|off) (?:a |the )?(?:height|roof|ladder|balcony|scaffold\w*"
    r"|building|horse|\d+)|gunshot|shot|blast|explosion|crush\w*)(?![a-z])"
)
"""A fracture, deformity or high-energy mechanism worded (BOAST 4; the triage
reader's ``_esi_patterns.bone_seen_without_fracture`` reads the same words)."""
_PROBE: Final = re.compile(
    r"(?i)(?<![a-z])(?:prob(?:e|es|ed|ing)[- ]to[- ]bone|prob\w* (?:\w+ ){0,3}?(?:to"
    r"|down to|reach\w*) (?:the )?bone|(?:feel|felt|touch\w*|reach\w*|hit) (?:the )?"
    r"bone with (?:a |the )?(?:metal )?probe|bone (?:was |is |could be |can be )?"
    r"(?:felt|palpable|palpated|reached) (?:on|with|by) (?:a |the )?prob\w*)(?![a-z])"
)
_FOOT_ULCER: Final = re.compile(
    r"(?i)(?<![a-z])(?:ulcer\w*(?: [\w'-]+){0,7}? (?:foot|feet|toes?|heel|sole|plantar"
    r"|metatarsal \w+|forefoot|hallux)|(?:foot|toe|heel|plantar|forefoot|sole"
    r"|diabetic|neuropathic) ulcer\w*"
    # "a sore on his heel", "an open wound under the big toe" (a chronic ulcer's words)
    r"|(?:pressure |open |non-?healing |chronic )?(?:sore|wound) (?:on|under|over|at)"
    r" (?:the |his |her |their )?(?:[\w'-]+ ){0,3}?(?:foot|feet|toes?|heel|sole"
    r"|forefoot|hallux))(?![a-z])"
)


_DENIED_FRACTURE: Final = re.compile(
    r"(?i)(?<![a-z])(?:no|not|without|denies|nor)(?: [\w'-]+){0,3}? (?:deform\w*"
    r"|fractur\w*|broken|crooked|angulat\w*)(?![a-z])"
)
"""A fracture or deformity denied ("no deformity", "without an obvious fracture")."""


_DIGIT_TIP: Final = re.compile(
    r"(?i)(?<![a-z])(?:tuft|distal phalan\w*|finger ?tips?|tips? of (?:his |her |the "
    r"|their )?(?:(?:left|right|index|middle|ring|little|big|great|second|third"
    r"|fourth|fifth) )*(?:fingers?|thumbs?|toes?)|nail ?beds?|(?:finger|toe)nails?)"
    r"(?![a-z])"
)
_OPEN_BONE: Final = re.compile(
    r"(?i)(?<![a-z])(?:fractur\w*|bone (?:is |was )?(?:exposed|visible|showing|seen)"
    r"|(?:exposed|visible) bone|bone can be seen)(?![a-z])"
)
_OPEN_SKIN: Final = re.compile(
    r"(?i)(?<![a-z])(?:split|lacerat\w*|cut|torn|tore|crush\w*|open|exposed|visible"
    r"|showing|avuls\w*|amputat\w*|sliced)(?![a-z])"
)
_LIMB_ABOVE: Final = re.compile(
    r"(?i)(?<![a-z])(?:tibi\w*|fibul\w*|femur|femoral|thigh|shin|legs?|forearm|arms?"
    r"|humer\w*|radius|ulna\w*|wrist|ankle|elbow|knee|hip|pelvi\w*|metacarp\w*"
    r"|metatars\w*|clavic\w*)(?![a-z])"
)
_SENTENCE: Final = re.compile(r"[^.;]+")
_ULCER: Final = re.compile(r"(?i)(?<![a-z])ulcer\w*(?![a-z])")
"""A chronic wound: an ulcer's bone is osteomyelitis's sign, not a fracture's."""


def open_digit_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of an open fracture of a fingertip or toe tip.

    A sentence naming a finger's or toe's tip (tuft, distal phalanx, nail bed), a
    fracture or bone seen, and a wound (split, cut, torn, crushed, open), with no
    limb above the hand or foot: the hand service's open distal phalanx fracture
    (BSSH Hand Trauma Standards 2021), not a long bone's (BOAST 4). Not in a
    sentence on an ulcer: bone visible in the base of a diabetic toe-tip ulcer is
    osteomyelitis until shown otherwise (IWGDF/IDSA 2023), not an injury to wash out
    and close (infect50: "Ulcer on the tip of the right second toe ..., now the bone
    is visible" got a digital block, nail-bed repair and wound closure).
    """
    out: list[tuple[str, int, int]] = []
    if next(scan(_DIGIT_TIP, text), None) is None:  # no sentence names a tip
        return out  # (a tip's words hold no "." or ";": found in a sentence, here too)
    sentences = list(_SENTENCE.finditer(text))
    for m in sentences:
        s = m.group(0)
        if _ULCER.search(s):
            continue
        digit = _DIGIT_TIP.search(s) and not _LIMB_ABOVE.search(s)
        if digit and _OPEN_BONE.search(s) and _OPEN_SKIN.search(s):
            out.append((OPEN_DIGIT_FRACTURE, *m.span()))
    if out:
        return out
    return _told_apart(sentences)


_TIP_WOUND: Final = re.compile(
    r"(?i)(?<![a-z])(?:split|lacerat\w*|cut|torn|tore|open|avuls\w*|amputat\w*"
    r"|sliced)(?![a-z])"
)
"""A wound of the skin or nail bed (a crush alone leaves the skin closed)."""


def _tip_sentence(s: str) -> bool:
    return (
        _DIGIT_TIP.search(s) is not None
        and _LIMB_ABOVE.search(s) is None
        and _ULCER.search(s) is None
    )


def _told_apart(sentences: list[re.Match[str]]) -> list[tuple[str, int, int]]:
    """A fingertip's fracture and its wound told in sentences of their own.

    trauma51 (infect50's leftover): the fingertip's fracture and its wound in
    sentences of their own ("Crushed his fingertip in a car door. Nail bed
    laceration. X-ray shows a tuft fracture of the distal phalanx."): a fingertip's
    fracture sentence within two sentences of a wound of the same tip is the open
    distal phalanx fracture (BSSH Hand Trauma Standards 2021), unless the fracture
    is denied ("no fracture") or a limb above the hand or foot is named.
    """
    out: list[tuple[str, int, int]] = []
    for i, m in enumerate(sentences):
        s = m.group(0)
        if not _tip_sentence(s) or _OPEN_BONE.search(s) is None:
            continue
        if _DENIED_FRACTURE.search(s):
            continue
        near = sentences[max(0, i - 2) : i + 3]
        if any(
            n is not m and _tip_sentence(n.group(0)) and _TIP_WOUND.search(n.group(0))
            for n in near
        ):
            out.append((OPEN_DIGIT_FRACTURE, *m.span()))
    return out


def open_fracture_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of an open fracture named with its bone between."""
    if "open" not in text.lower():  # the cheap word first (perf: every note part)
        return []
    return [(OPEN_WOUND, *m.span()) for m in _OPEN_FRACTURE.finditer(text)]


def open_fracture_site(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The bone of the open fracture worded at ``text[start:end]``, in its sentence.

    The site word nearest the wound's words in the same sentence ("bone protruding
    through the thigh", "a wound over the ulna through which bone is visible"); None
    when the sentence names no long bone (the entry's default code then stands).
    """
    for m in _SENTENCE.finditer(text):
        if not m.start() <= start < m.end():
            continue
        best: tuple[int, tuple[str, int, int]] | None = None
        for site in _SITE_WORDS.finditer(m.group(0)):
            s, e = m.start() + site.start(), m.start() + site.end()
            gap = max(s - end, start - e, 0)
            if best is None or gap < best[0]:
                best = (gap, (str(site.lastgroup), s, e))
        return None if best is None else best[1]
    return None


def fracture_context(text: str) -> bool:
    """Whether a fracture, deformity or high-energy mechanism is worded (not denied)."""
    return bool(_FRACTURE_CONTEXT.search(_DENIED_FRACTURE.sub(" ", text)))


def bone_probe_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end): bone probed, a foot ulcer, an open fingertip fracture."""
    out = [(PROBE_TO_BONE, *m.span()) for m in scan(_PROBE, text)]
    out += [(FOOT_ULCER, *m.span()) for m in scan(_FOOT_ULCER, text)]
    return out + open_digit_spans(text) + open_fracture_spans(text)
