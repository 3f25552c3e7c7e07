"""Small text helpers shared by the order-safety layer and the pathways (private).

A keyword counts when the ConText classifier of the findings extraction
(``agents.offline.rules.findings.context_status``: NegEx / ConText triggers, list
scope, pseudo-negations, sections) reads it as present, historical or a possibility
under consideration; not when negated ("no fever, cough or chest pain", "non-bilious",
"seizure-free", "(excluded, glucose 142)"), hypothetical ("return if fever") or
another person's ("mother had a stroke"). A relative who tells, accompanies or owns
what the patient took is no experiencer: "mother states he vomited" and "ate her
mother's ferrous sulfate tablets" are the patient's (``findings._FAMILY_PSEUDO``).
A possibility still counts: a diagnosis on the differential gets its safety steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final, Generic, TypeVar, cast

from agents._reads import (
    TrackedTexts,
    WatchedView,
    field,
    keyed,
    screened,
    tracked_texts,
)
from agents.offline.rules.exposure import therapeutic_use
from agents.offline.rules.findings import (
    GLUCOSE_HYPER_WORDED,
    context_status,
    dated_past,
    hyperglycaemia_worded,
    label_reading,
    stated_glucose_unit,
)
from agents.offline.rules.immunocompromise import immunocompromise
from agents.offline.rules.pain_quality import pain_quality
from agents.offline.rules.results import (
    LabResult,
    analytes_in,
    read_results,
    results_of,
)
from agents.offline.rules.sentence import (  # re-exported for the stage agents
    sentence_end as sentence_end,
)
from agents.offline.rules.sentence import (
    sentence_start as sentence_start,
)
from cases.memo import HashMemo, text_digest
from cases.number_words import number_value
from cases.rx import guard_of, guarded, may_match
from cases.views import StageView

_NOT_COUNTED: Final = frozenset({"absent", "hypothetical", "family"})
_NOT_INJURED_NOW: Final = _NOT_COUNTED | {"historical"}
"""readers39: an injury read as history ("splenectomy after a car crash") is no injury
of this visit (ConText historical; ATLS 10th ed.: the primary survey is for today's)."""
"""ConText statuses that do not make a keyword count (``asserted``)."""
_UNIT_HOURS: Final = {"m": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0, "mo": 720.0}
_NUM = r"(\d+(?:\.\d+)?|an?|one|two|three)"
_UNIT = r"(min(?:ute)?s?|h(?:ou)?rs?|h|days?|d|w(?:ee)?ks?|months?)\b"
_DURATION: Final = tuple(
    guarded(re.compile(p))
    for p in (
        rf"(?i)\b(?:for|x|over the (?:past|last)|past|last)\s*{_NUM}\s*{_UNIT}",
        rf"(?i)\b{_NUM}\s*-?\s*{_UNIT}\s*(?:ago|prior|earlier)",
        rf"(?i)\b(?:since|onset|started|began)\s+{_NUM}\s*{_UNIT}",
    )
)
_LKW: Final = guarded(
    re.compile(rf"(?i)\blast (?:known|seen) (?:well|normal)\D{{0,20}}{_NUM}\s*{_UNIT}")
)


def visible_texts(view: StageView) -> tuple[str, ...]:
    """Return the current texts a stage may read (never prior notes).

    The same tuple for the same view object among the last views asked, with its
    own ``asserted`` answers (``_VISIBLE``): the ~90 pathways and the order checks
    of one view ask ~100 patterns of the very same texts. A watched view
    (``agents._reads``) gets tracked texts, whose answers on its new texts are
    recorded.
    """
    entry = _VISIBLE.get(id(view))
    if entry is not None and entry[0] is view:
        return entry[1]
    reading, one_liner = _new_texts(view)
    texts = (reading, one_liner, field(view, "ed_text"), field(view, "vitals").raw)
    shown = tuple([t for t in texts if t])
    if type(view) is WatchedView:
        shown = tracked_texts(shown, reading, one_liner)
    if len(_VISIBLE) >= _RECENT_TEXTS:
        _VISIBLE.pop(next(iter(_VISIBLE)), None)
    _VISIBLE[id(view)] = (view, shown, reading, one_liner)
    if type(shown) is tuple:
        _JOINT[id(shown)] = (shown, {})
        if len(_JOINT) > _RECENT_TEXTS:
            _JOINT.pop(next(iter(_JOINT)), None)
    return shown


def _new_texts(view: StageView) -> tuple[str | None, str | None]:
    # A coded complaint label ("Pain, chest", "Abd. pain") is read in word order, as
    # the findings read it (``label_reading``), so every pattern sees "chest pain".
    cc = field(view, "chief_complaint")
    return (cc and label_reading(cc)) or None, field(view, "one_liner") or None


def new_texts(view: StageView) -> tuple[str | None, str | None]:
    """The complaint's reading and the one-liner in ``visible_texts(view)``.

    The very strings (None when not shown): what is new in every request.
    """
    visible_texts(view)
    entry = _VISIBLE[id(view)]
    return entry[2], entry[3]


def asserted(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """Whether ``pattern`` matches somewhere not negated, hypothetical or familial.

    Each text's answers are kept per pattern (``_index``): a note part
    (``INDEXED_CHARS`` or longer) by its digest (``_SCANS``), shared by every pathway
    and order check that asks, in this request or a later one about the same note; a
    short text (the complaint, the one-liner) by its digest too (``_SHORT``). Both
    are found by identity while among the last texts asked (``_RECENT``), as the
    stages of one run ask about the very same strings. A view's ``visible_texts``
    keep their joint answers too (``_JOINT``).
    """
    joint = _JOINT.get(id(texts))
    if joint is None or joint[0] is not texts:
        if type(texts) is TrackedTexts:
            return texts.any_of(_asserted_one, pattern)
        return _asserted_any(pattern, texts)
    found = joint[1].get(id(pattern))
    if found is None or found[0] is not pattern:
        found = joint[1][id(pattern)] = (pattern, _asserted_any(pattern, texts))
    return found[1]


def _asserted_any(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """``asserted`` text by text, through each text's answers."""
    key = id(pattern)
    recent = _RECENT
    for text in texts:
        entry = recent.get(id(text))  # ``_index``'s first step, inline: ~300 calls
        index = entry[1] if entry is not None and entry[0] is text else _index(text)
        found = index.get(key)
        if found is None or found[0] is not pattern:
            found = index[key] = (pattern, _asserted_in(pattern, text))
        if found[1]:
            return True
    return False


def _asserted_one(pattern: re.Pattern[str], text: str) -> bool:
    """``asserted`` in one text, through its answers (a recorded ask)."""
    return _asserted_any(pattern, (text,))


_Answers = dict[int, tuple[object, object]]
"""One text's answers: ``id(pattern)`` -> (the pattern, asserted there),
``-id(pattern)`` -> (the pattern, named as an exposure there), and ``id(reader)`` ->
(the reader, ``reader(text)``: ``per_text``). The entry holds its pattern or reader,
so no other live object has that id; looking a pattern up by its own hash would
rehash its compiled code on every call."""
_T = TypeVar("_T")
_O = TypeVar("_O")


def per_text(reader: Callable[[str], _T], text: str) -> _T:
    """``reader(text)``, kept with the text's ``asserted`` answers (``_index``).

    For a pure reader of one text whose result is immutable (a tuple, a bool): a note
    part's answer is shared by every stage view and pathway that shows the same part,
    a short text's while it is among the last texts asked. ``reader`` must be a
    long-lived object (a module-level function), as patterns are.
    """
    index = _index(text)
    found = index.get(id(reader))
    if found is None or found[0] is not reader:
        found = index[id(reader)] = (reader, reader(text))
    return cast(_T, found[1])


class _Bound(Generic[_T]):
    """``fn(pattern, text)`` as a reader of one text (``per_text_of``)."""

    __slots__ = ("fn", "pattern")

    def __init__(
        self, fn: Callable[[re.Pattern[str], str], _T], pattern: re.Pattern[str]
    ) -> None:
        self.fn = fn
        self.pattern = pattern

    def __call__(self, text: str) -> _T:
        return self.fn(self.pattern, text)


def per_text_of(
    fn: Callable[[re.Pattern[str], str], _T], pattern: re.Pattern[str], text: str
) -> _T:
    """``fn(pattern, text)`` kept per text as ``per_text`` keeps a reader's answer.

    ``fn`` and ``pattern`` must be long-lived (a module-level function and pattern);
    the pair's reader is found by their identities.
    """
    key = (id(fn), id(pattern))
    bound = _BOUND.get(key)
    if bound is None or bound.fn is not fn or bound.pattern is not pattern:
        if len(_BOUND) >= _GUARD_SIZE:
            _BOUND.clear()  # module constants: this rarely happens
        bound = _BOUND[key] = _Bound(fn, pattern)
    return per_text(cast(_Bound[_T], bound), text)


_GUARD_SIZE: Final = 4096
_BOUND: dict[tuple[int, int], _Bound[Any]] = {}
"""(id(fn), id(pattern)) -> their reader; each holds its fn and pattern, so the ids
are not reused while it lives."""


def _index(text: str) -> _Answers:
    """The answers kept for ``text`` (found by identity among the last texts asked)."""
    entry = _RECENT.get(id(text))
    if entry is not None and entry[0] is text:
        return entry[1]
    memo = _SCANS if len(text) >= INDEXED_CHARS else _SHORT
    index = memo.get_or_compute(text_digest(text), dict)
    if len(_RECENT) >= _RECENT_TEXTS:
        _RECENT.pop(next(iter(_RECENT)), None)
    _RECENT[id(text)] = (text, index)
    return index


def exposure_asserted(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """Whether ``pattern`` names a drug as a poisoning exposure somewhere.

    As ``asserted``, and the mention is not worded as a therapeutic use ("fever
    despite paracetamol", "tried paracetamol 1 g": ``rules.exposure``): a drug taken
    as directed is no ingestion to treat.
    """
    if type(texts) is TrackedTexts:
        return texts.any_of(_exposure_one, pattern)
    return any(_exposure_one(pattern, text) for text in texts)


def _exposure_one(pattern: re.Pattern[str], text: str) -> bool:
    """``exposure_asserted`` in one text, through its answers."""
    key = -id(pattern)  # the exposure answers, apart from ``asserted``'s
    index = _index(text)
    found = index.get(key)
    if found is None or found[0] is not pattern:
        found = index[key] = (pattern, _exposure_in(pattern, text))
    return bool(found[1])


def _exposure_in(pattern: re.Pattern[str], text: str) -> bool:
    if not may_match(pattern, text):
        return False
    for m in guard_of(pattern).finditer(text):
        if context_status(
            text, m.start(), m.end()
        ) not in _NOT_COUNTED and not therapeutic_use(text, m.start(), m.end()):
            return True
    return False


def immunocompromised(texts: Iterable[str]) -> bool:
    """Whether the texts state immunocompromise (``rules.immunocompromise``).

    The one declaration (IDSA 2014 / ATS-IDSA 2019) for the pathways' risk lists, as
    for the facts, the admission criteria and triage.
    """
    return any_text(_immunocompromised_in, None, texts)


def _immunocompromised_in(_: None, text: str) -> bool:
    return immunocompromise(text) is not None


def lab_results(analyte: str, text: str) -> tuple[LabResult, ...]:
    """``results_of(text, analyte)`` as a per-text ask (``each_text``)."""
    return results_of(text, analyte)


def text_results(_: None, text: str) -> tuple[LabResult, ...]:
    """``read_results(text)`` as a per-text ask (``each_text``)."""
    return tuple(read_results(text))


def _kept(reader: Callable[[str], _T], text: str) -> _T:
    return per_text(reader, text)


def any_kept(reader: Callable[[str], object], texts: Iterable[str]) -> bool:
    """``any(per_text(reader, t) for t in texts)``, recorded as ``any_text`` records."""
    return any_text(_kept, reader, texts)


def each_kept(reader: Callable[[str], _T], texts: Iterable[str]) -> list[_T]:
    """``[per_text(reader, t) for t in texts]``, recorded as ``any_text`` records."""
    return each_text(_kept, reader, texts)


def glucose_unit(texts: Iterable[str]) -> str:
    """``findings.case_glucose_unit(texts)`` through each text's kept answers.

    The same answer (the one unit the texts state; none stated and hyperglycaemia
    worded: ``GLUCOSE_HYPER_WORDED``, ADA 2024 hyperglycaemic crises), asked text by
    text as ``each_kept`` and ``any_kept`` ask: a pathway reading it on a watched
    view is replayed on a returning patient's new complaint, not run again.
    """
    units = {u for u in each_kept(stated_glucose_unit, texts) if u}
    if len(units) == 1:
        return units.pop()
    if not units and any_kept(hyperglycaemia_worded, texts):
        return GLUCOSE_HYPER_WORDED
    return ""


def any_text(ask: Callable[[_O, str], object], obj: _O, texts: Iterable[str]) -> bool:
    """``any(ask(obj, t) for t in texts)``, recorded on a watched view's texts.

    On a watched view's texts the answers on its new texts are recorded
    (``agents._reads``). ``ask`` and ``obj`` must be long-lived and ``ask`` pure.
    """
    if type(texts) is TrackedTexts:
        return texts.any_of(ask, obj)
    return any(ask(obj, t) for t in texts)


def each_text(ask: Callable[[_O, str], _T], obj: _O, texts: Iterable[str]) -> list[_T]:
    """``[ask(obj, t) for t in texts]``, recorded as ``any_text`` records."""
    if type(texts) is TrackedTexts:
        return cast("list[_T]", texts.each_of(ask, obj))
    return [ask(obj, t) for t in texts]


def present_now(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """Whether ``pattern`` matches somewhere stated as present in this visit.

    Stricter than ``asserted``: a history ("melaena in 2019") does not count. Each
    text's answer is kept with its ``asserted`` answers (``per_text_of``).
    """
    if type(texts) is TrackedTexts:
        return texts.any_of(_present_kept, pattern)
    return any(per_text_of(_present_in, pattern, text) for text in texts)


def _present_kept(pattern: re.Pattern[str], text: str) -> bool:
    return per_text_of(_present_in, pattern, text)


def _present_in(pattern: re.Pattern[str], text: str) -> bool:
    if not may_match(pattern, text):
        return False
    return any(
        context_status(text, m.start(), m.end()) == "present"
        for m in guard_of(pattern).finditer(text)
    )


def current(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """Whether ``pattern`` is stated as present in this visit, not dated before it.

    Stricter than ``present_now``: "stopped apixaban a month ago after a nosebleed"
    is a bleed of the past, which no longer explains a shock (ATLS 10th ed.).
    """
    if type(texts) is TrackedTexts:
        return texts.any_of(_current_kept, pattern)
    return any(per_text_of(_current_in, pattern, text) for text in texts)


def _current_kept(pattern: re.Pattern[str], text: str) -> bool:
    return per_text_of(_current_in, pattern, text)


def _current_in(pattern: re.Pattern[str], text: str) -> bool:
    if not may_match(pattern, text):
        return False
    return any(
        context_status(text, m.start(), m.end()) == "present"
        and not dated_past(text, m.start(), m.end())
        for m in guard_of(pattern).finditer(text)
    )


def floats_of(pattern: re.Pattern[str], texts: Iterable[str]) -> list[float]:
    """``float`` of group 1 of every match of ``pattern``, text by text, in order.

    Each text's numbers are kept with its ``asserted`` answers (``per_text_of``): a
    note part is scanned once for every stage view and later request that shows it.
    ``pattern`` must be long-lived (a module constant).
    """
    if type(texts) is TrackedTexts:
        each = cast("list[tuple[float, ...]]", texts.each_of(_floats_kept, pattern))
        return [v for found in each for v in found]
    return [v for text in texts for v in per_text_of(_floats_in, pattern, text)]


def _floats_kept(pattern: re.Pattern[str], text: str) -> tuple[float, ...]:
    return per_text_of(_floats_in, pattern, text)


def _floats_in(pattern: re.Pattern[str], text: str) -> tuple[float, ...]:
    if not may_match(pattern, text):
        return ()
    return tuple(float(m.group(1)) for m in pattern.finditer(text))


def injury_now(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """Whether an injury (``pattern``) is asserted for this visit, not dated before it.

    "Fell 3 months ago" or "after a fall in June" is history: the primary survey,
    eFAST and the trauma team are for the injury of this visit (ATLS 10th ed.).
    A pain's character word ("stabbing chest pain", "pain, described as stabbing")
    is no injury (``pain_quality``).
    """
    return asserted(pattern, texts) and any_text(_injury_kept, pattern, texts)


def _injury_kept(pattern: re.Pattern[str], text: str) -> bool:
    """``injury_now``'s second step in one text, kept with its answers (recorded)."""
    return per_text_of(_injury_in, pattern, text)


def _injury_in(pattern: re.Pattern[str], text: str) -> bool:
    if not may_match(pattern, text):
        return False
    return any(
        context_status(text, m.start(), m.end()) not in _NOT_INJURED_NOW
        and not dated_past(text, m.start(), m.end())
        and not value_fall(text, m.start(), m.end())
        and not pain_quality(text, m.start(), m.end())
        for m in pattern.finditer(text)
    )


def searched(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """``any(pattern.search(t) for t in texts)``: a cue named anywhere, as said.

    A plain search (no negation), recorded on a watched view's texts, so a pathway
    gated by a cue is replayed on a returning patient's new complaint (perf39).
    """
    return any_text(_searched_in, pattern, texts)


def _searched_in(pattern: re.Pattern[str], text: str) -> bool:
    return may_match(pattern, text) and pattern.search(text) is not None


_FALL_WORD: Final = re.compile(r"(?i)fall\w*|fell")
_MEASURE_BEFORE: Final = re.compile(
    r"(?i)\b(?:heart rate|hr|pulse|bp|blood pressure|pressure|sats?|saturations?|"
    r"spo2|o2|gcs|sodium|potassium|glucose|sugars?|haemoglobin|hemoglobin|hb|"
    r"platelets?|temperature|temp|urine output|output|weight|map)\s+(?:(?:has|had|"
    r"then|suddenly|rapidly|quickly|slowly|now|\d[\d./]*(?:\s*(?:bpm|mmhg|%|"
    r"mmol/l))?)\s+){0,2}$"
)
_VALUE_AFTER: Final = re.compile(
    r"(?i)\s+(?:by\s+\d|(?:from\s+\d[\d./]*\s*(?:bpm|mmhg|%|mmol/l)?\s+)?to\s+\d)"
)


def value_fall(text: str, start: int, end: int) -> bool:
    """Whether the fall word at ``text[start:end]`` is a measured value falling.

    "Heart rate fell from 130 to 58", "sats fell to 88 %", "sodium 134 falling": a
    trend of a vital sign or a result (the Cushing response of cerebral oedema in
    DKA: ISPAD 2022), not a fall injury whose mechanism the trauma pathways weigh
    (ATLS 10th ed.; PECARN).
    """
    if not _FALL_WORD.fullmatch(text[start:end]):
        return False
    return bool(
        _VALUE_AFTER.match(text, end, min(len(text), end + 40))
        or _MEASURE_BEFORE.search(text, max(0, start - 40), start)
    )


def _asserted_in(pattern: re.Pattern[str], text: str) -> bool:
    if not may_match(pattern, text):
        return False
    for m in guard_of(pattern).finditer(text):
        if context_status(text, m.start(), m.end()) not in _NOT_COUNTED:
            return True
    return False


INDEXED_CHARS: Final = 1000
"""Texts at least this long (note parts) keep their answers in ``_SCANS``; shorter
ones (the complaint, the one-liner, the vitals record, a quoted span) in
``_SHORT``."""
_SCANS: HashMemo[_Answers] = HashMemo(256)
"""Per note text (by its SHA-256: no text kept): the answers of ``asserted``."""
_SHORT: HashMemo[_Answers] = HashMemo(512)
"""Per short text (by its SHA-256: no text kept): its answers, as ``_SCANS``. Every
request parses new string objects, so answers kept by identity alone were asked
again for a repeated complaint ("CHEST PAIN") or a repeated request: ~480 pattern
scans a request (perf35). 512 texts hold the demo's 41 rows' short texts (~4 a
row) with room; ~40 answers a text in a new request, a few kB."""
_RECENT_TEXTS: Final = 64
"""Texts whose answers are found by identity (a run asks about ~10)."""
_RECENT: dict[int, tuple[str, _Answers]] = {}
"""``id(text)`` -> (the text, its answers), oldest first; each entry holds its text,
so the id is not reused while it lives. Plain dict operations: two threads racing
at worst compute an answer twice (``_asserted_in`` is pure)."""


_VISIBLE: dict[int, tuple[StageView, tuple[str, ...], str | None, str | None]] = {}
"""``id(view)`` -> (the view, its ``visible_texts``, the complaint's reading, the
one-liner), oldest first; each entry holds its view, so the id is not reused while
it lives."""
_JOINT: dict[int, tuple[tuple[str, ...], dict[int, tuple[object, bool]]]] = {}
"""``id(texts)`` of a ``visible_texts`` tuple -> (the tuple, ``id(pattern)`` -> (the
pattern, ``asserted`` of it there)), oldest first; each entry holds its tuple and
patterns, so no id is reused while it lives."""


def clear_answers() -> None:
    """Drop every kept answer of ``asserted`` (tests)."""
    _SCANS.clear()
    _SHORT.clear()
    _RECENT.clear()
    _VISIBLE.clear()
    _JOINT.clear()


def _hours(number: str, unit: str) -> float:
    n = number_value(number)
    u = unit.lower()
    key = "mo" if u.startswith("mo") else "m" if u.startswith("mi") else u[0]
    return n * _UNIT_HOURS[key]


def symptom_hours(texts: Iterable[str]) -> float | None:
    """Return the documented symptom duration in hours, or None when not stated.

    "Last known well" wins; otherwise the longest stated duration ("for 10 days",
    "started 3 hours ago"), which is the conservative choice for time windows.
    """
    joined = "\n".join(texts)
    if m := _LKW.search(joined):
        return _hours(m.group(1), m.group(2))
    found = stated_hours((joined,))
    return max(found) if found else None


def last_known_well_stated(texts: Iterable[str]) -> bool:
    """Whether a "last known well N h" is written (``symptom_hours`` reads it first)."""
    return _LKW.search("\n".join(texts)) is not None


def stated_hours(texts: Iterable[str]) -> list[float]:
    """Every duration stated in the texts, in hours ("for 3 days", "2 hours ago")."""
    joined = "\n".join(texts)
    return [
        _hours(m.group(1), m.group(2)) for rx in _DURATION for m in rx.finditer(joined)
    ]


# Each of these asks gives this answer wherever ``may_match`` is false (its first
# step): the replays confirm such recorded answers by the screen (``agents._reads``).
for _ask, _unsaid in (
    (_asserted_one, False),
    (_exposure_one, False),
    (_present_kept, False),
    (_current_kept, False),
    (_floats_kept, ()),
    (_injury_kept, False),
    (_searched_in, False),
):
    screened(_ask, _unsaid)
# A text's results of one analyte are empty exactly for the analytes it has none of:
# the replays confirm recorded empty results in one step (``agents._reads.keyed``).
keyed(lab_results, analytes_in, ())
