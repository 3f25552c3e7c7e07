"""A recent operation, and its wound infected or bleeding: the post-operative findings.

Read by ``findings`` (the findings ``operated_recently``, ``surgical_wound_infected``
and ``post_operative_bleeding``) and by the surgical pathways
(``agents.pathways_surgical``).

- CDC/NHSN Patient Safety Component Manual 2024, ch. 9: a surgical site infection
  (SSI) starts within 30 days of the operation (90 after an implant); a superficial
  incisional SSI has purulent drainage from the incision, or the incision opened
  with pain or tenderness, swelling, erythema or heat. NICE NG125 (2019, updated
  2020): a suspected SSI is swabbed and treated; systemic signs -> sepsis pathway.
- Bailey & Love's Short Practice of Surgery 28th ed. (2023), postoperative care:
  primary, reactionary (within 24 h) and secondary (7-14 days) haemorrhage; a
  swelling beneath the wound is a haematoma (after thyroid surgery it compresses the
  airway: Iliff HA et al. Anaesthesia 2022;77:82).

An operation counts as recent when its wording says so (a post-operative day, days
or weeks after it, "post-op", "discharged after"): an operation years ago is past
history ("laparotomy 10 years ago", "well healed scar").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from cases.rx import may_match, word_start

__all__ = [
    "NECK_OPERATION",
    "OPERATED_RECENTLY",
    "POST_OPERATIVE_BLEEDING",
    "SURGICAL_WOUND_INFECTED",
    "WOUND_BLEEDING",
    "WOUND_INFECTED",
    "post_operative_spans",
]

_OPERATION: Final = (
    r"(?:surgery|operation|op\b|procedure|\w+(?:ectomy|otomy|ostomy|plasty|pexy)\b|"
    r"(?:hernia|joint|hip|knee|shoulder|valve|bypass) (?:repair|replacement|surgery)|"
    r"arthroplasty|acdf|laparoscop\w*(?: \w+)?|c-section|caesarean(?: section)?|"
    r"cesarean(?: section)?|(?:bowel|small bowel|colonic|liver|lung) resection)"
)
_COUNT: Final = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|a few|several|a|an)"
)
OPERATED_RECENTLY: Final = word_start(
    r"post[- ]?op(?:erative)?(?: day)?|pod \d{1,2}|post[- ]?surgical|"
    rf"{_COUNT} (?:hours?|days?|weeks?) (?:after|post|following|since) (?:\w+ ){{0,4}}"
    rf"{_OPERATION}|"
    rf"day (?:\d{{1,2}}|one|two|three|four|five) (?:after|post|following) "
    rf"(?:\w+ ){{0,4}}{_OPERATION}|"
    rf"the (?:day|morning|evening|night) after (?:\w+ ){{0,4}}{_OPERATION}|"
    rf"(?:after|following|since) (?:the |his |her |a |an |recent |(?:his|her) recent )"
    rf"?(?:\w+ ){{0,2}}{_OPERATION}(?: \w+){{0,3}} (?:{_COUNT} (?:days?|weeks?) ago|"
    r"yesterday|last week|this week)|"
    rf"{_OPERATION}(?: [\w,]+){{0,4}} (?:{_COUNT} (?:days?|weeks?) ago|yesterday|"
    r"last week|this week|today|this morning|this afternoon|last night)|"
    rf"recent {_OPERATION}|"
    r"discharged (?:\w+ ){0,3}(?:after|following) (?:\w+ ){0,3}"
    rf"{_OPERATION}"
)
"""An operation worded as recent: the 30-day (90 after an implant) window of a
surgical site infection and the days of post-operative haemorrhage ("6 hours after",
"day 1 after" the operation: reactionary haemorrhage, Bailey & Love 28th ed.)."""

_WOUND: Final = (
    r"(?:wound|incision|incisional|scar|port[- ]site|port|suture line|staple line|"
    r"drain site|stoma site)"
)
WOUND_INFECTED: Final = word_start(
    r"wound infection|infected (?:surgical |operation |post[- ]?op\w* )?wound|"
    rf"pus (?:from|at|in|on) the {_WOUND}|"
    rf"{_WOUND}\w*(?: \w+){{0,3}} (?:is |are |has been |have been |looks |now |"
    r"became |becoming )*(?:red|hot|warm|infected|discharging|swollen|erythematous|"
    r"inflamed|leaking|oozing pus|draining pus)|"
    rf"{_WOUND}[^.;]{{0,50}}(?:pus\b|purulent|cloudy|foul|cellulitis|erythema)|"
    r"(?:red|hot|infected|inflamed|erythematous|purulent)(?:,? (?:and )?\w+){0,2} "
    rf"{_WOUND}|"
    rf"(?:erythema|redness|cellulitis|purulent (?:drainage|discharge)|pus)"
    rf"(?: \w+){{0,4}} (?:around|along|at|of|from|over) (?:the |her |his )?(?:\w+ )?"
    rf"{_WOUND}"
)
"""A wound worded as infected: red, hot, swollen or discharging, pus or cloudy fluid
(CDC/NHSN superficial incisional SSI)."""

WOUND_BLEEDING: Final = word_start(
    r"(?:post[- ]?op\w*|post[- ]?surgical|post[- ]?procedur\w*)\W+(?:wound\W+)?"
    r"(?:bleed\w*|ha?emorrhage|ha?ematoma|ooz\w*)|"
    rf"(?:bleed\w*|ooz\w*|blood)\W+(?:\w+\W+){{0,4}}(?:from|at|of|through)\W+"
    rf"(?:the\W+|a\W+|his\W+|her\W+|\d\W+)?(?:\w+\W+)?(?:{_WOUND}|dressings?|drain)|"
    r"(?:bleed\w*|ooz\w*)\W+(?:after|since|following)\W+(?:the\W+|his\W+|her\W+"
    r"|a\W+|an\W+|recent\W+|(?:his|her)\W+recent\W+)?(?:surgery|operation|op\b)|"
    rf"{_WOUND}\w*\W+(?:site\W+)?(?:is\W+|has been\W+)?(?:bleed\w*|ooz\w*)|"
    rf"(?:swollen|swelling|ha?ematoma|tense swelling)(?: \w+){{0,3}} "
    rf"(?:under|beneath|below|at|around|behind) (?:the |her |his )?(?:\w+ )?"
    rf"(?:{_WOUND}|dressings?)|"
    rf"(?:ha?ematoma|swelling) (?:at|of) the (?:operation|surgical) site"
)
"""Bleeding after an operation: from the wound, a drain or a port, through the
dressings, a swelling (haematoma) beneath the wound, or 'since the operation'."""

POST_OPERATIVE_BLEEDING: Final = "post_operative_bleeding"
SURGICAL_WOUND_INFECTED: Final = "surgical_wound_infected"
OPERATED: Final = "operated_recently"

NECK_OPERATION: Final = word_start(
    r"thyroidectom\w*|parathyroidectom\w*|thyroid (?:surgery|operation)"
    r"|carotid endarterectom\w*|neck (?:dissection|surgery|operation)"
    r"|acdf\b|anterior cervical (?:spine |spinal )?(?:discectom\w*|fusion|corpectom\w*"
    r"|surgery|operation|decompression)"
)
"""Operations in the neck, where a haematoma compresses the airway (Iliff HA et al.
Anaesthesia 2022;77:82: Difficult Airway Society / BAETS / ENT UK consensus), the
anterior approach to the cervical spine included: a haematoma after an anterior
cervical discectomy and fusion obstructs the airway in the same way and is
decompressed at once (Palumbo MA et al. Spine J 2012;12:1104; O'Neill KR et al. Spine
J 2014;14:1389)."""

_NECK_SWELLING: Final = word_start(
    r"(?:neck|throat)(?: \w+){0,2} (?:swelling|swollen|ha?ematoma)"
    r"|(?:swelling|ha?ematoma) (?:\w+ ){0,5}(?:neck|throat)"
    r"|swollen (?:\w+ ){0,2}(?:neck|throat)"
    r"|neck (?:is |has |became |has become )?(?:swollen|swelling|tight|tense)"
)
"""A swelling of the neck itself ("neck swelling", "swelling at the front of the
neck"): after a neck operation a haematoma until the wound is inspected (Iliff 2022),
whether or not the note says it is under the wound."""

_OWN_PATHWAY: Final = word_start(
    r"tonsillectom\w*|polypectom\w*|extraction|deliver\w*|partum|caesarean|cesarean|"
    r"c-section|abortion|circumcis\w*"
)
"""Bleedings with a finding or complaint of their own: the tonsil bed, a polypectomy
(lower GI bleeding), a tooth socket, after childbirth or a pregnancy loss."""


def post_operative_spans(
    text: str, present: Callable[[str, int, int], bool]
) -> list[tuple[str, int, int]]:
    """(concept, start, end) of a recent operation and of its wound's complication.

    ``present(text, start, end)`` tells an asserted mention from a negated,
    hypothetical or historical one. The complication is named only beside a recent
    operation: a red wound without one is cellulitis or a laceration's infection, not
    a surgical site infection.
    """
    if not may_match(OPERATED_RECENTLY, text):
        return []
    recent = _first(OPERATED_RECENTLY, text, present)
    if recent is None:
        return []
    out = [(OPERATED, *recent)]
    infected = _first(WOUND_INFECTED, text, present)
    if infected is not None:
        out.append((SURGICAL_WOUND_INFECTED, *infected))
    bleeding = _first(WOUND_BLEEDING, text, present)
    if bleeding is None and NECK_OPERATION.search(text) is not None:
        bleeding = _first(_NECK_SWELLING, text, present)
    if bleeding is not None and _OWN_PATHWAY.search(text) is None:
        out.append((POST_OPERATIVE_BLEEDING, *bleeding))
    return out


def _first(
    rx: re.Pattern[str], text: str, present: Callable[[str, int, int], bool]
) -> tuple[int, int] | None:
    """The first span of ``rx`` in ``text`` that ``present`` accepts."""
    return next((m.span() for m in rx.finditer(text) if present(text, *m.span())), None)
