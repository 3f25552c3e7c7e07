"""Imaging studies reported negative in an ED note's own words, as typed results.

Research software, not for clinical use. ED notes state a study's result in many word
orders: "CT head: normal", "CT head today, 68 hours after onset, normal", "CT
C-spine negative for acute fracture or malalignment", "no fracture on CT cervical
spine", "unremarkable CT abdomen and pelvis", "CT head and C-spine: no acute
findings". Each becomes an :class:`ImagingResult` (modality, region, what it is
negative for). Only negative readings are typed here; a positive finding is the
job of ``reports`` (a named target on a named test).

A reading counts only when it is stated for this visit: its ConText status is
present (not "if the CT is normal", not a past-history section), nothing but the
study's own particulars stands between the study and its verdict (time, place,
contrast, who read it: "ordered", "pending", "prior", "2 years ago" do not), and the
clause does not go on with an exception ("normal except ...", "but ...").

What a negative study excludes is decided where a rule is validated, not here
(``results.result_findings``): a head CT read as negative is ``ct_head_negative``;
within 6 h of onset it excludes SAH (Perry JJ et al. BMJ 2011;343:d4277); a CT of
the cervical spine read as negative is ``ct_cspine_negative`` (sensitivity 98 % for
fracture: Holmes JF, Akkinepalli R. J Trauma 2005;58:902; EAST 2015, Patel MB et al.
J Trauma Acute Care Surg 2015;78:430); a normal CT of the abdomen and pelvis shows a
normal appendix (``ct_appendicitis_negative``; Terasawa T et al. Ann Intern Med
2004;141:537). A normal wrist or hip radiograph excludes nothing by itself (occult
scaphoid and hip fractures: NICE NG38 2016; NICE CG124): such a result only answers
the order for that radiograph (``agents.resulted``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from agents.offline.rules.findings import context_status
from cases.rx import guarded

__all__ = ["STUDY_OF", "ImagingResult", "negative_studies"]

STUDY_OF: Final[dict[str, str]] = {
    "ct_head_negative": "CT head",
    "ct_cspine_negative": "CT cervical spine",
}
"""The study a negative reading's concept is a reading of: a must-not-miss diagnosis
declares the tests able to exclude it (``DiagnosisSpec.excluded_by``); a head CT at
any time is not one for SAH (only within 6 h: ``ct_head_negative_early``; Perry JJ et
al. BMJ 2011;343:d4277; ACEP 2019 acute headache: an LP or CTA after a late one)."""

Negative = Literal["any", "fracture", "haemorrhage"]
"""What a study is read negative for: everything acute, or a fracture or a bleed."""


@dataclass(frozen=True)
class ImagingResult:
    """One study read as negative in the visible text of this visit."""

    modality: str
    """``CT``, ``MRI``, ``radiograph`` or ``ultrasound``."""
    region: str
    """``head``, ``cervical_spine``, ``abdomen_pelvis``, ``chest`` or a limb site."""
    negative_for: Negative
    start: int
    end: int


_MOD: Final[dict[str, str]] = {
    "CT": r"(?:non-?contrast |plain |unenhanced )?(?:ct|nc ?ct|cat scan|computed "
    r"tomography)(?: scan)?",
    "MRI": r"(?:mri|mr|magnetic resonance imaging)(?: scan)?",
    # injury39: "scaphoid views: no fracture seen" is the wrist's radiograph (NICE NG38)
    "radiograph": r"(?:plain )?(?:x-?rays?|xr|radiographs?|films?)|views|series",
    "ultrasound": r"(?:ultrasound|ultrasonography|sonograph\w*|us|pocus)(?: scan)?",
}
_REGION: Final[dict[str, str]] = {
    "head": r"head|brain",
    "cervical_spine": r"cervical spine|c-? ?spine",
    "abdomen_pelvis": r"(?:abdomen|abdo|abd)(?:\s*(?:/|and|&)\s*pelvis)?|a/p",
    "chest": r"chest",
    "ankle": r"ankles?",
    "foot": r"foot|feet",
    "wrist": r"wrists?|scaphoid",
    "hand": r"hands?",
    "hip": r"hips?|pelvis",
    "knee": r"knees?",
    "elbow": r"elbows?",
    "shoulder": r"shoulders?",
    "forearm": r"forearms?|radius(?: and ulna)?",
    "femur": r"femurs?",
    "lower_leg": r"tib(?:ia)?(?:\s*(?:/|and)\s*fib(?:ula)?)?",
}
_SIDE: Final = r"(?:(?:left|right|lt|rt|l|r|bilateral)\.? )?"
_ANY_MOD: Final = "|".join(_MOD.values())
_ANY_REGION: Final = "|".join(f"(?:{r})" for r in _REGION.values())
_SHORT: Final = r"cxr|cth|ctap|ct a/?p"
"""Studies written as one abbreviation (chest film, CT head, CT abdomen/pelvis)."""
_STUDY: Final = (
    rf"(?:{_SHORT}|(?:{_ANY_MOD}) (?:of )?(?:the )?{_SIDE}(?:{_ANY_REGION})"
    rf"|{_SIDE}(?:{_ANY_REGION}) (?:{_ANY_MOD}))"
    r"(?: (?:series|views?|scan|x-?rays?|radiographs?))?"
)
_MORE: Final = rf"(?:\s*(?:,|and|&|/|\+)\s*(?:{_STUDY}|(?:the )?(?:{_ANY_REGION})))*"
"""Further studies read together: "CT head and C-spine", "CT head, C-spine"."""

_FILLER: Final = (
    r"(?:(?:from |of |on )?(?:today|tonight|this (?:morning|afternoon|evening)|"
    r"yesterday|earlier(?: today)?)|"
    r"overnight|on arrival|in (?:the )?(?:ed|er|department|resus\w*)|here|"
    r"(?:at|from) (?:the )?(?:outside|referring|other|local) (?:hospital|facility|ed|"
    r"centre|center)|(?:done|performed|obtained|completed) ?(?:here|today)?|"
    r"at \d{1,2}(?::?\d{2})? ?(?:am|pm|h)?|(?:at |within )?(?:\d+(?:\.\d+)?|an?|one"
    # readers46: the time in words ("at four hours after onset")
    r"|two|three|four|five|six|seven|eight|nine|ten) ?(?:h|hrs?|"
    r"hours?|min\w*)(?: (?:after|from|post|since|of) (?:the )?(?:symptom |headache |"
    r"pain )?(?:onset|ictus|the fall|the injury|injury|the collision|arrival))?|"
    r"with(?:out)? (?:iv |oral )?contrast|non-?contrast|no contrast|w/?o contrast|"
    r"(?:including|with) (?:\w+ )?views?|(?:ap|lateral|oblique) (?:and (?:ap|lateral|"
    r"oblique) )?views?|(?:formal |preliminary |prelim |wet |final )?(?:read|report|"
    r"reading)(?: by (?:the )?radiolog\w*)?|(?:reported|read|reviewed) by (?:the )?"
    r"(?:\w+ ?)?(?:radiolog\w*|neuroradiolog\w*|attending|consultant|me|us)|"
    r"per (?:the )?radiolog\w*|on a modern scanner|(?:a )?(?:high-?quality|thin-?slice|"
    r"multidetector) (?:ct|study|scan)|results?|findings|impression|is|was|were|are|"
    r"has been|had been)"
)
"""A study's own particulars between its name and its verdict."""
_GAP: Final = rf"(?:[\s,()\-]*(?:{_FILLER}))*[\s,()\-]*"
_VERB: Final = (
    r"(?:(?::|=|-|—)\s*|(?:(?:is|was|were|are|came back|returned|came back as|read "
    r"as|reported as|interpreted as|as|both|all|also)\s+)+|(?:shows?|showed|"
    r"demonstrat(?:es|ed)|reveal(?:s|ed))\s+)?"
)
_ACUTE: Final = r"(?:acute |significant |obvious |any |evidence of |signs? of |)"
_BLEED: Final = (
    r"(?:intracranial |subarachnoid |intraparenchymal |subdural |extra-?axial )?"
    r"(?:ha?emorrhage|bleed(?:ing)?|blood|(?-i:SAH|ICH))"
)
_FRACTURE: Final = (
    r"(?:fractures?|fx|bony injury|osseous injury|bone injury|dislocation|"
    r"malalignment)(?:\s*(?:,|or|/)\s*(?:fractures?|dislocation|malalignment|"
    r"subluxation|listhesis))*"
)
_ALL: Final = (
    r"(?:(?:normal|negative|unremarkable|clear|nad|wnl|within normal limits)"
    r"(?=\s*(?:[.;,:)\n]|$|and\b|with\b|for age\b|today\b|\())|"
    rf"no {_ACUTE}(?:intracranial |intra-?abdominal |cardiopulmonary |bony |osseous )?"
    r"(?:findings?|abnormalit(?:y|ies)|process|pathology|injury|disease)|"
    r"(?:negative|neg) for (?:any )?acute (?:findings?|abnormalit(?:y|ies)|process|"
    r"pathology|injury)|without (?:any )?acute (?:findings?|abnormalit(?:y|ies)|"
    r"process|pathology|injury))"
)
_VERDICT: Final = (
    rf"(?:(?P<bleed>(?:no|without|(?:negative|neg) for) {_ACUTE}{_BLEED})|"
    rf"(?P<fracture>(?:no|without|(?:negative|neg) for) {_ACUTE}{_FRACTURE})|"
    rf"(?P<all>{_ALL}))"
)
_STUDY_FIRST: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?P<studies>{_STUDY}{_MORE}){_GAP}{_VERB}{_VERDICT}"
        r"(?![A-Za-z0-9])"
    )
)
"""'CT head: normal', 'CT C-spine negative for acute fracture', 'CT head today, 68
hours after onset, normal', 'CT head and C-spine were both unremarkable'."""
_VERDICT_FIRST: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?P<all>normal|negative|unremarkable) |"
        rf"(?:(?P<bleed>no {_ACUTE}{_BLEED})|(?P<fracture>no {_ACUTE}{_FRACTURE})|"
        rf"(?P<any>no {_ACUTE}(?:findings?|abnormalit(?:y|ies)|injury)))"
        r"(?: (?:seen|identified|demonstrated|shown|visible|evident))? on (?:the )?"
        rf"(?:repeat )?)(?P<studies>{_STUDY}{_MORE})(?![A-Za-z0-9])"
    )
)
"""'unremarkable CT abdomen and pelvis', 'no fracture on CT cervical spine'."""
_BARE_CT: Final = (
    r"(?:non-?contrast |plain |unenhanced )?(?:ct|nc ?ct|cat scan)(?: scan)?"
)
_HEAD_BLEED: Final = (
    r"(?:intracranial |intracerebral |intraparenchymal |subarachnoid )"
    r"(?:ha?emorrhage|bleed(?:ing)?|blood)|(?-i:ICH|SAH)"
)
_BARE_CT_FIRST: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?P<studies>{_BARE_CT})(?! (?:of )?(?:the )?"
        rf"{_SIDE}(?:{_ANY_REGION})(?![A-Za-z]))(?![A-Za-z0-9/]){_GAP}{_VERB}"
        rf"(?P<bleed>(?:no|without|(?:negative|neg) for) {_ACUTE}"
        rf"(?P<head>{_HEAD_BLEED})?(?(head)|(?:ha?emorrhage|bleed(?:ing)?|blood)))"
        r"(?![A-Za-z0-9])"
    )
)
"""A CT named without its region and read negative for blood: 'CT: no intracranial
haemorrhage', 'non-contrast CT: no ICH'; a bare 'CT no haemorrhage' only beside an
NIHSS (``STROKE_SCALE``): the suspected stroke's imaging is the non-contrast head CT
(Powers WJ et al. AHA/ASA 2019 3.2.1)."""
_BARE_FILM: Final = r"(?:plain )?(?:x-?rays?|xr|radiographs?|films?)"
_BARE_FILM_NEGATIVE: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?P<studies>{_BARE_FILM})(?! (?:of )?(?:the )?"
        rf"{_SIDE}(?:{_ANY_REGION})(?![A-Za-z]))(?![A-Za-z0-9/]){_GAP}{_VERB}"
        rf"(?:(?P<fracture>(?:no|without|(?:negative|neg) for) {_ACUTE}{_FRACTURE})"
        rf"|(?P<all>{_ALL}))(?![A-Za-z0-9])"
        rf"|(?<![A-Za-z0-9])(?P<fracture2>no {_ACUTE}{_FRACTURE})(?: (?:seen|identified"
        rf"|demonstrated|shown|visible|evident))? on (?:the )?(?:repeat )?"
        rf"(?P<studies2>{_BARE_FILM})(?! (?:of )?(?:the )?{_SIDE}(?:{_ANY_REGION}))"
        r"(?![A-Za-z0-9])"
    )
)
"""readers42: a radiograph named without its region ("X-ray shows no fracture",
"x-ray: no fracture", "no fracture on x-ray"): the film of the one limb region the
text names (``_limb_region``), else nothing."""
_LIMB_REGIONS: Final = frozenset(
    {"ankle", "foot", "wrist", "hand", "hip", "knee", "elbow", "shoulder", "forearm",
     "femur", "lower_leg"}
)  # fmt: skip


_MECHANISM_BEFORE: Final = re.compile(r"(?i)outstretched\s+$")
"""A limb named as the mechanism, not the injury: "fell on an outstretched hand"."""


def _limb_region(text: str) -> str | None:
    """The one limb region a text names (an injured ankle), or None (none or two)."""
    named = {
        name
        for m in _REGION_RX.finditer(text)
        if not _MECHANISM_BEFORE.search(text, max(0, m.start() - 14), m.start())
        for name in _REGION
        if name in _LIMB_REGIONS and m[name]
    }
    return next(iter(named)) if len(named) == 1 else None


STROKE_SCALE: Final = re.compile(r"(?i)(?<![A-Za-z])NIHSS(?![A-Za-z])")
_EXCEPTION: Final = re.compile(
    r"(?i)[^.;\n]{0,80}?\b(?:except|apart from|aside from|other than|save for|but|"
    r"however|although|though)\b"
)
"""The clause goes on with an exception: the study is not negative."""

_MOD_RX: Final = [
    (name, re.compile(rf"(?i)\b(?:{body})\b")) for name, body in _MOD.items()
]
_SHORT_STUDY: Final[dict[str, tuple[str, str]]] = {
    "cxr": ("radiograph", "chest"),
    "cth": ("CT", "head"),
    "ctap": ("CT", "abdomen_pelvis"),
    "ct ap": ("CT", "abdomen_pelvis"),
    "ct a/p": ("CT", "abdomen_pelvis"),
}
_REGION_RX: Final = re.compile(
    "(?i)(?<![A-Za-z0-9])(?:"
    + "|".join(f"(?P<{name}>{body})" for name, body in _REGION.items())
    + "|(?P<short>"
    + _SHORT
    + "))(?![A-Za-z0-9])"
)
_CUES: Final = ("ct", "x-ray", "xray", "xr", "radiograph", "film", "mri", "mr ",
                "ultraso", "sonograph", "us ", "cxr", "cth", "pocus")  # fmt: skip
"""Lower-case strings a study name cannot be written without (a cheap pre-test)."""


def _studies(words: str) -> list[tuple[str, str]]:
    """(modality, region) of each study named in ``words``, in order.

    A region takes the modality written right after it ("ankle X-ray"), else the
    last one named before it ("CT head and C-spine": both CT).
    """
    mods = sorted(
        (hit.start(), hit.end(), name)
        for name, rx in _MOD_RX
        for hit in rx.finditer(words)
    )
    out: list[tuple[str, str]] = []
    for m in _REGION_RX.finditer(words):
        if m["short"]:
            out.append(_SHORT_STUDY[re.sub(r"\s+", " ", m["short"].lower())])
            continue
        region = next(name for name in _REGION if m[name])
        right_after = [n for s, _, n in mods if m.end() <= s <= m.end() + 1]
        before = [n for _, e, n in mods if e <= m.start()]
        modality = right_after[0] if right_after else (before[-1] if before else None)
        if modality is not None:
            out.append((modality, region))
    return out


def _negative_for(m: re.Match[str]) -> Negative:
    if m["bleed"]:
        return "haemorrhage"
    if m["fracture"]:
        return "fracture"
    return "any"


def negative_studies(text: str | None) -> tuple[ImagingResult, ...]:
    """The imaging studies ``text`` reports negative for this visit, in text order."""
    if not text:
        return ()
    lower = text.lower()
    if not any(cue in lower for cue in _CUES):
        return ()
    found: dict[tuple[str, str], ImagingResult] = {}
    for rx in (_STUDY_FIRST, _VERDICT_FIRST):
        for m in rx.finditer(text):
            if _EXCEPTION.match(text, m.end()):
                continue
            if context_status(text, m.start(), m.end()) != "present":
                continue
            negative = _negative_for(m)
            for modality, region in _studies(m["studies"]):
                found.setdefault(
                    (modality, region),
                    ImagingResult(modality, region, negative, m.start(), m.end()),
                )
    limb = (
        None
        if any(modality == "radiograph" for modality, _ in found)
        else _limb_region(text)
    )
    if limb is not None:
        for m in _BARE_FILM_NEGATIVE.finditer(text):
            if _present(text, m):
                verdict: Negative = "any" if m["all"] else "fracture"
                found[("radiograph", limb)] = ImagingResult(
                    "radiograph", limb, verdict, m.start(), m.end()
                )
                break
    if ("CT", "head") not in found:
        stroke = STROKE_SCALE.search(text) is not None
        for m in _BARE_CT_FIRST.finditer(text):
            if (m["head"] or stroke) and _present(text, m):
                found[("CT", "head")] = ImagingResult(
                    "CT", "head", "haemorrhage", m.start(), m.end()
                )
                break
    return tuple(sorted(found.values(), key=lambda r: r.start))


def _present(text: str, m: re.Match[str]) -> bool:
    """A reading of this visit (ConText) with no exception after it."""
    return (
        _EXCEPTION.match(text, m.end()) is None
        and context_status(text, m.start(), m.end()) == "present"
    )
