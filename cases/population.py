"""Who the patient is, for population limits: age in days, sex and pregnancy status.

Structured demographics win; when they are missing, the visible text of the stage
(chief complaint, one-liner, ED note part) is read: "10-month-old", "18-day-old",
"3 wk old", "2 yo", "67 y.o. male"; "G2P1 at 12 weeks", "positive hCG", "hCG
negative", "LMP 6 weeks ago". Age is an interval in days, because "2 years old" means
730-1094 days, so a limit excludes a population only when the whole interval lies
outside it. Research software, not for clinical use.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
import threading
from collections import OrderedDict
from typing import Any, Final, Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from cases.memo import HashMemo, RecentByIdentity, digest, text_digest
from cases.models import Demographics, Pregnancy
from cases.rx import guarded, match_starts
from cases.views import StageView

__all__ = [
    "DAYS_PER_YEAR",
    "Population",
    "Sex",
    "age_days_from_text",
    "gestation_weeks_from_text",
    "population_of",
    "pregnancy_from_text",
    "sex_from_text",
    "view_population",
]

Sex = Literal["M", "F"]
DAYS_PER_YEAR: Final = 365
_UNIT_DAYS: Final = {"d": 1, "w": 7, "m": 30, "y": DAYS_PER_YEAR}
CHILDBEARING_YEARS: Final = (10, 55)
"""Ages (years) in which pregnancy is possible for population purposes."""
PREGNANCY_SCREEN_FROM_YEARS: Final = 12
"""peds29b: below this age a girl may be pregnant only when the record says her periods
have started or she is sexually active (pregnancy screening of girls 'from 12 years or
menarche': ACR-SPR practice parameter for imaging pregnant or potentially pregnant
adolescents and women, 2018; ACOG / AAP adolescent care; median menarche ~12.4 y)."""
_PUBERTAL: Final = guarded(
    re.compile(
        r"(?i)(?<!pre-)(?<!pre)\bmenarch\w*|(?<!not )(?<!not yet )(?<!never )"
        r"\bmenstruat\w*|\bperiods? (?:have |has )?(?:started|began|begun)"
        r"|\blmp\b|\blast (?:menstrual )?period|(?<!not )\bsexually active\b"
    )
)
"""The record of a girl past menarche, or sexually active (a reason to test her)."""

_AGE = re.compile(
    r"(?i)\b(\d{1,3}(?:\.\d)?)\s*-?\s*"
    r"(days?|d|weeks?|wks?|w|months?|mos?|m|years?|yrs?|y)\s*-?\s*"
    r"(?:old\b|o\b|/o\b|\.o\.?)"
)
_AGE_STATED = re.compile(
    r"(?i)\bage[d:]?\s*(\d{1,3}(?:\.\d)?)\s*(days?|weeks?|months?|years?|yrs?)\b"
)
_AGE_WORDS: Final[tuple[tuple[re.Pattern[str], tuple[int, int]], ...]] = (
    (re.compile(r"(?i)\b(newborn|neonate|neonatal)\b"), (0, 28)),
    (re.compile(r"(?i)\binfant\b"), (0, 364)),
    (re.compile(r"(?i)\btoddler\b"), (365, 3 * DAYS_PER_YEAR)),
)
_SEX = re.compile(
    # not a temperature's unit ("T 98.5 F", "temp 101 F")
    r"(?i)(?<![\d.,])(?<!t )(?<!t: )(?<!temp )(?<!ature )\b\d{1,3}\s*-?\s*"
    r"(?:(?:days?|d|weeks?|wks?|w|months?|mos?|m|years?|yrs?|y)"
    r"\s*-?\s*(?:old|o|/o|\.o\.?)\s*)?(male|female|man|woman|boy|girl|m|f)\b"
    r"(?!\s*(?:fr\b|french|foley|cath|tube|ng\b))"  # a French size ("14F Foley")
)
_SEX_WORDS: Final[dict[str, Sex]] = {
    "male": "M",
    "man": "M",
    "boy": "M",
    "m": "M",
    "female": "F",
    "woman": "F",
    "girl": "F",
    "f": "F",
}
_TEST = r"(?:b-?hcg|beta[- ]?hcg|hcg|upt|urine preg\w*|pregnancy test|preg test)"
_OBSTETRIC_WORDS: Final = (
    r"(?:waters?|(?<!mucous )(?<!mucosal )(?<!tympanic )membranes|s?rom\b|pprom|"
    r"(?<!ventricular )(?<!atrial )(?<!muscle )(?<!muscular )(?<!junctional )"
    r"contractions?|"
    r"(?<!manual )(?<!physical )(?<!hard )(?<!heavy )(?<!casual )(?<!farm )"
    r"(?<!child )(?<!general )labou?r(?:ing)?(?![\w-])|in labou?r|f(?:o)?etal|"
    r"baby (?:moving|movements?)|cervix|(?:pv|vaginal) (?:bleed\w*|loss))"
)
"""Words of a pregnancy in its own clause. Not their other senses: "mucous
membranes", "premature ventricular contractions", "laboured breathing", "a
labour-intensive job", "manual labourer" (a pregnancy read from them wrongly gates
imaging, drugs and the obstetric pathways)."""
_OBSTETRIC_NOTE: Final = guarded(
    re.compile(
        rf"(?i)\b{_OBSTETRIC_WORDS}|\bg\d+\s*p\d+|\bgravida\b|\bprimi(?:p|gravida)\w*"
        r"|\bmultip(?:arous|s?\b)|\bmultigravida\b|\bantenatal\b|\bobstetric\w*"
        r"|\bfundal height\b|\bedd\b|\bmidwi(?:fe|ves)\b|\bfhr\b|\bfetal heart\b"
    )
)
"""An obstetric note: its words or its history (G2P1, primip, antenatal, EDD)."""
_BARE_FORTIETHS: Final = guarded(
    re.compile(
        r"(?i)(?<![/\d.])(?<!bp )(?<!bp: )(?<!va )(?<!va: )(?<!pressure )"
        r"(?<!acuity )(?<!vision )(?<!snellen )\b([4-9]|[1-3]\d|4[0-2])(?:\+[0-6])?/40"
        r"(?![\d/])(?!\s*(?:mm|vision|acuity|[lr]e\b|od\b|os\b|ou\b))"
    )
)
"""A bare "32/40" (weeks of forty): a gestation in an obstetric note (RCOG notation),
never a blood pressure (a systolic of 42 or less is no reading) nor a Snellen
acuity ("VA 20/40")."""
_WEEKS_BY_OBSTETRIC_WORDS: Final = (
    rf"\b([2-3]\d|4[0-2])(?:\s*\+\s*[0-6])?\s*(?:weeks?|wks?)\b[^.;\n]{{0,60}}?"
    rf"\b{_OBSTETRIC_WORDS}"
    rf"|\b{_OBSTETRIC_WORDS}[^.;\n]{{0,40}}?\b(?:at\s+)?([2-3]\d|4[0-2])"
    rf"(?:\s*\+\s*[0-6])?\s*(?:weeks?|wks?)\b"
)
"""A gestation in weeks beside the words of a pregnancy in its own clause ("34 weeks,
waters broke", "contractions at 36 weeks"): bare "NN weeks" is a duration otherwise."""
_GA_UNIT: Final = r"(?:\s*\+\s*[0-6])?\s*(?:weeks?|wks?|w)\b"
_GA_WEEKS: Final = rf"([4-9]|[1-3]\d|4[0-2]){_GA_UNIT}"
_GA_WEEKS_LATER: Final = rf"(1[2-9]|[23]\d|4[0-2]){_GA_UNIT}"
_NOT_A_GESTATION: Final = (
    r"(?![\s-]*(?:of\b|ago\b|post|after\b|since\b|out\b|old\b|from\b|duration\b"
    r"|history\b|hx\b|pp\b|postpartum|postnatal|following\b))"
)
_WEEKS_OF_PREGNANCY: Final = (
    r"(?<!first )(?<!last )(?<!the )(?<!initial )(?<!early )(?<!within )"
    r"\b([4-9]|[1-3]\d|4[0-2])(?:\s*\+\s*[0-6])?\s*(?:weeks?|wks?)['\u2019]?\s*"
    r"(?:of|into)\s+(?:her\s+|the\s+|this\s+|a\s+)?(?:pregnancy|gestation)\b"
    r"|(?<!not )(?<!non-)(?<!\? )(?<!possibly )(?<!if )(?<!be )\bpregnant\s*"
    r"(?:,|\(|:|at\b)\s*(?:at\s+)?(?:about\s+|approximately\s+|around\s+)?"
    rf"([4-9]|[1-3]\d|4[0-2])(?:\s*\+\s*[0-6])?\s*(?:weeks?|wks?|w)\b{_NOT_A_GESTATION}"
)
"""obpeds39: a gestation written around the words of the pregnancy ("at 37 weeks of
pregnancy", "28 weeks of gestation", "Pregnant, 20 weeks", "pregnant at 24 weeks"),
as RCOG and NICE notes write it; never a guideline's span ("in the first 12 weeks of
pregnancy") nor a duration after the state ("pregnant, 3 weeks of cough")."""
_AT_WEEKS_AFTER_AGE: Final = (
    r"\b\d{1,2}[- ]?(?:years?|yrs?|y)[- ]?old(?:\s+(?:woman|female|lady|girl|primi"
    r"(?:gravida|p)|multi(?:gravida|p)))?\s*,?\s*(?:at|@)\s*"
    rf"{_GA_WEEKS}{_NOT_A_GESTATION}"
    r"(?![\s-]*(?:follow|review|check|appointment|visit|clinic|physio|rehab))"
    rf"|\b(?:she|who)\s+is\s+(?:now\s+)?(?:at|@)\s*{_GA_WEEKS}{_NOT_A_GESTATION}"
)
"""peds45: a woman's age then "at" her weeks ("30-year-old at 35 weeks with headache",
"she is at 29 weeks"), the usual obstetric shorthand (RCOG / NICE notes): a point in
a pregnancy, not a span. Never an interval after an event or a visit ("at 6 weeks
post-op", "at 2 weeks follow-up", "at 3 weeks of physio"); a man is never read."""
_WEEKS_UNWORDED: Final = (
    rf"\b(?:iup|intrauterine pregnancy|(?:singleton|twin) pregnancy)\s*,?\s*"
    rf"(?:at|@|of)?\s*{_GA_WEEKS}"
    rf"|\b\d{{1,2}}\s*(?:f|yo\s*f|y/?o\s*f|-?years?[- ]old (?:woman|female|lady|girl)"
    rf"|yo (?:woman|female))\b[,:]?\s*{_GA_WEEKS_LATER}{_NOT_A_GESTATION}"
    rf"|\b(?:she|who)\s+is\s+(?:now\s+)?{_GA_WEEKS_LATER}{_NOT_A_GESTATION}"
    rf"|{_AT_WEEKS_AFTER_AGE}"
)
"""A gestation written without the word pregnant (peds35): "IUP at 28w", a woman's
age and sex then her weeks ("29F, 34 weeks, BP 146/94"), "she is 34 weeks". Never a
duration or an interval after an event ("29F, 2 weeks of cough", "6 weeks post-op",
"3 weeks postpartum", "who is 3 weeks old"): 4-42 weeks beside a pregnancy's words,
12-42 after the age and sex or "she is" (a shorter span there is a duration)."""
_HOME_TEST_BESIDE_PERIOD: Final = (
    r"\bpositive home test\b(?=[^.;\n]{0,60}\b(?:periods?|lmp|menstrua\w*))"
    r"|\b(?:periods?|lmp)\b[^.;\n]{0,60}\bpositive home test\b"
)
"""peds37: "positive home test, 7 weeks since last period": the lay home test beside a
missed period is a pregnancy test (NICE NG126 2023 1.2: a woman of reproductive age
with pain or bleeding and a positive test); a home test elsewhere (COVID) is not."""
_POSITIVE = guarded(
    re.compile(
        rf"(?i)\b(?:positive|\+)\s*(?:home\s+|urine\s+|serum\s+|quantitative\s+)?{_TEST}"
        rf"|\b{_TEST}\s*(?:is|was|:)?\s*(?:positive|pos\b|\+)"
        r"|\b\d{1,2}(?:\s*\d/7)?\s*(?:weeks?|wks?)['\u2019]?\s*"
        r"(?:pregnant|gestation|ga\b|by lmp|by dates)"
        r"|\b(?:ega|ga|gestational age)\s*(?:of\s*)?\d{1,2}\s*(?:weeks?|wks?|w)"
        r"|\b(?:g\d+\s*p\d+\w*|primi\w*|multi(?:gravida|para|parous|p)\w*)\s*(?:at|@)"
        r"\s*\d{1,2}(?:\s*\d/7|\s*\+\s*[0-6])?\s*(?:weeks?|wks?|w\b|/40)"
        r"|(?<![/\d.])\b\d{1,2}\s*\+\s*[0-6]\s*(?:weeks?|wks?|/40)"
        r"|(?:\bat|@)\s*(?:[4-9]|[1-3]\d|4[0-2])/40\b"
        r"|(?<![/\d.])\b\d{1,2}/40\s*(?:pregnant|gestation)"
        r"|\b(?:first|second|third|1st|2nd|3rd)\s+trimester\b"
        r"|\bintrauterine pregnancy\b|\biup\b|\bcurrently pregnant\b"
        rf"|{_HOME_TEST_BESIDE_PERIOD}|{_WEEKS_OF_PREGNANCY}"
        rf"|{_WEEKS_BY_OBSTETRIC_WORDS}|{_WEEKS_UNWORDED}"
    )
)
_NEGATIVE = guarded(
    re.compile(
        rf"(?i)\b(?:negative|neg)\s*(?:urine\s+|serum\s+)?{_TEST}"
        rf"|\b{_TEST}\s*(?:is|was|:)?\s*(?:negative|neg\b|-(?!\w))"
        r"|\bnot pregnant\b|\bpost-?menopausal\b|\bhysterectomy\b"
    )
)
_PREGNANT = guarded(re.compile(r"(?i)\bpregnant\b"))
_PREGNANT_HEDGE = re.compile(
    r"(?i)(?:\bnot|\bno|\bdenies|\bnon|\bpossibl\w*|\bcould be|\bmay be|\bif|\bor|"
    r"\?|\bunsure|\bunknown|\bwhether)\W+(?:\w+\W+){0,2}$"
)
_GESTATION = guarded(
    re.compile(
        r"(?i)(?<![+/\d])\b(\d{1,2})(?:\s*\d/7|\s*\+\s*[0-6])?\s*(?:weeks?|wks?|w)"
        r"['\u2019]?\s*(?:pregnant|gestation|ga\b|by lmp|by dates)"
        r"|\b(?:ega|ga|gestational age)\s*(?:of\s*)?(\d{1,2})(?:\s*\+\s*[0-6])?\s*"
        r"(?:weeks?|wks?|w)"
        r"|\b(?:g\d+\s*p\d+\w*|primi\w*|multi(?:gravida|para|parous|p)\w*)\s*(?:at|@)"
        r"\s*(\d{1,2})(?:\s*\d/7|\s*\+\s*[0-6])?\s*(?:weeks?|wks?|w\b|/40)"
        r"|(?<![/\d.])\b(\d{1,2})\s*\+\s*[0-6]\s*(?:weeks?|wks?|/40)"
        r"|(?:\bat|@)\s*([4-9]|[1-3]\d|4[0-2])/40\b"  # 'at 90/40' is a BP
        r"|(?<![/\d.])\b(\d{1,2})/40\s*(?:pregnant|gestation)"
        r"|\blmp\W{0,3}(\d{1,2})\s*(?:weeks?|wks?)\s*ago"
        rf"|{_WEEKS_OF_PREGNANCY}|{_WEEKS_BY_OBSTETRIC_WORDS}|{_WEEKS_UNWORDED}"
    )
)


class Population(BaseModel):
    """The population facts that decide which diagnoses, rules and orders apply."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    age_days_min: int | None = Field(default=None, description="Youngest possible age")
    age_days_max: int | None = Field(default=None, description="Oldest possible age")
    sex: Sex | None = None
    pregnancy: Pregnancy = "unknown"
    gestation_weeks: int | None = Field(
        default=None, description="Gestational age when documented"
    )
    age_source: Literal["structured", "text", "unknown"] = "unknown"

    @property
    def age_years(self) -> int | None:
        """Completed years (lower bound), or None when the age is unknown."""
        return None if self.age_days_min is None else self.age_days_min // DAYS_PER_YEAR

    @property
    def age_days(self) -> int | None:
        """Age in days when known to the day (structured or '18-day-old'), else None."""
        if self.age_days_min is not None and self.age_days_min == self.age_days_max:
            return self.age_days_min
        return None

    def age_within(self, low: int | None, high: int | None) -> bool | None:
        """Whether the age lies in ``[low, high]`` days: True, False or None."""
        if self.age_days_min is None or self.age_days_max is None:
            return None
        lo = -1 if low is None else low
        hi = 10**9 if high is None else high
        if lo <= self.age_days_min and self.age_days_max <= hi:
            return True
        if self.age_days_max < lo or self.age_days_min > hi:
            return False
        return None

    @property
    def pregnancy_possible(self) -> bool:
        """False for men, and for ages outside 10-55 years or a documented negative."""
        if self.sex == "M" or self.pregnancy == "not_pregnant":
            return False
        low, high = CHILDBEARING_YEARS
        within = self.age_within(low * DAYS_PER_YEAR, (high + 1) * DAYS_PER_YEAR - 1)
        return within is not False


def age_days_from_text(text: str | None) -> tuple[int, int] | None:
    """Return the age interval in days stated in ``text`` (first mention), or None.

    Examples: "10-month-old" → (300, 329); "18-day-old" → (18, 18); "2 yo" → (730,
    1094); "newborn" → (0, 28).
    """
    if not text:
        return None
    m = _AGE.search(text) or _AGE_STATED.search(text)
    if m:
        value = float(m.group(1))
        per = _UNIT_DAYS[m.group(2)[0].lower()]
        low = int(value * per)
        high = low if per == 1 else low + per - 1
        return (low, high) if low < 130 * DAYS_PER_YEAR else None
    for rx, band in _AGE_WORDS:
        if rx.search(text):
            return band
    return None


def sex_from_text(text: str | None) -> Sex | None:
    """Return the sex stated next to an age ("67 y.o. male", "3 wk old girl")."""
    if not text:
        return None
    m = _SEX.search(text)
    return _SEX_WORDS[m.group(1).lower()] if m else None


def pregnancy_from_text(text: str | None) -> Pregnancy:
    """Return the pregnancy status documented in ``text``.

    A positive test or a gestational age beats everything; then a negative test,
    "not pregnant", post-menopausal or hysterectomy; then an asserted "pregnant"
    (not "not pregnant", "possibly pregnant", "? pregnant").
    """
    if not text:
        return "unknown"
    return _pregnancy(_Joined((text,)))


def _pregnancy(j: _Joined) -> Pregnancy:
    """``pregnancy_from_text`` of ``j.text``, the note part's scans answered once."""
    if j.found(_POSITIVE):
        return "pregnant"
    if j.found(_BARE_FORTIETHS) and j.found(_OBSTETRIC_NOTE):
        return "pregnant"
    if j.found(_NEGATIVE):
        return "not_pregnant"
    text = j.text
    for start in j.starts(_PREGNANT):
        if not _PREGNANT_HEDGE.search(text[max(0, start - 40) : start]):
            return "pregnant"
    return "unknown"


_NEWLINE: Final = ord("\n")
_BOUNDARIES: Final = frozenset({"AT_BOUNDARY", "AT_NON_BOUNDARY"})


def _can_match_newline(items: Any) -> bool:
    """Whether some item of a parsed sequence can match a newline (unknown: True)."""
    for op, av in items:
        name = str(op)
        if name == "AT":
            if str(av) not in _BOUNDARIES:
                return True  # ^, $ read the ends of the string: not read
        elif name == "LITERAL":
            if av == _NEWLINE:
                return True
        elif name == "IN":
            for cop, cav in av:
                cname = str(cop)
                if cname == "LITERAL" and cav != _NEWLINE:
                    continue
                if cname == "RANGE" and not cav[0] <= _NEWLINE <= cav[1]:
                    continue
                if cname == "CATEGORY" and str(cav) in _NO_NEWLINE_CATEGORIES:
                    continue
                return True  # a newline, a negated class, \\s, ...: may match it
        elif name == "SUBPATTERN":
            if _can_match_newline(av[3].data):
                return True
        elif name == "BRANCH":
            if any(_can_match_newline(alt.data) for alt in av[1]):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if _can_match_newline(av[2].data):
                return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _can_match_newline(av[1].data):
                return True
        else:  # NOT_LITERAL, ANY, group references, ...: not read
            return True
    return False


_NO_NEWLINE_CATEGORIES: Final = frozenset({"CATEGORY_DIGIT", "CATEGORY_WORD"})


def _lookbehinds_see_newline(items: Any) -> bool:
    """Whether a lookbehind in a parsed sequence can match a newline (unknown: True)."""
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            if direction < 0 and _can_match_newline(sub.data):
                return True
            if _lookbehinds_see_newline(sub.data):
                return True
        elif name == "SUBPATTERN":
            if _lookbehinds_see_newline(av[3].data):
                return True
        elif name == "BRANCH":
            if any(_lookbehinds_see_newline(alt.data) for alt in av[1]):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if _lookbehinds_see_newline(av[2].data):
                return True
        elif name in _UNREAD:
            return True
    return False


_UNREAD: Final = frozenset(
    {"GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "ATOMIC_GROUP"}
)


@functools.lru_cache(maxsize=64)
def _parsed(pattern: re.Pattern[str]) -> Any:
    return re_parser.parse(pattern.pattern, pattern.flags).data


re_parser: Any = importlib.import_module("re._parser")  # read-only use of its tree


@functools.lru_cache(maxsize=64)
def _tail_apart(pattern: re.Pattern[str]) -> bool:
    """Whether a match starting after a newline never depends on the text before it.

    True when no lookbehind can match a newline (nor any group reference appear):
    such a match reads only what follows it, and the one character before it (a
    word boundary), which is the newline or later.
    """
    return not (pattern.flags & re.MULTILINE) and not _lookbehinds_see_newline(
        _parsed(pattern)
    )


@functools.lru_cache(maxsize=64)
def _within_lines(pattern: re.Pattern[str]) -> bool:
    """Whether no match, nor any lookaround of it, can read across a newline."""
    tree = re_parser.parse(pattern.pattern, pattern.flags)
    return (
        _tail_apart(pattern)
        and tree.getwidth()[0] > 0
        and not _can_match_newline(tree.data)
    )


_TAIL_CHARS: Final = 1000
"""A last text at least this long (an ED note part) keeps its scans' answers."""
_TAILS: Final[HashMemo[dict[int, tuple[re.Pattern[str], object]]]] = HashMemo(256)
"""Per note part (by its SHA-256: no text kept): ``id(pattern)`` -> (the pattern,
whether it matches from the part's start; ``-id(pattern)``: its match starts)."""


class _Joined:
    """A view's texts joined by newlines, whose last text (a note part) answers once.

    A match of ``text`` starts before the last part (tried there position by
    position: the complaint and one-liner are short) or inside it; one that starts
    inside reads only the part (``_tail_apart``), so its answer is kept by the
    part's digest and shared by every view and request that shows the same part
    after other texts. Same answers as scanning ``text``.
    """

    __slots__ = ("cut", "tail", "text")

    def __init__(self, texts: tuple[str | None, ...]) -> None:
        present = [t for t in texts if t]
        self.text = "\n".join(present)
        self.cut = 0
        self.tail: dict[int, tuple[re.Pattern[str], object]] | None = None
        if present and len(present[-1]) >= _TAIL_CHARS:
            self.cut = len(self.text) - len(present[-1])
            # a part read alone or after a newline: its start reads differently
            where = b"after" if self.cut else b"alone"
            key = digest((where, text_digest(present[-1])))
            self.tail = _TAILS.get_or_compute(key, dict)

    def found(self, pattern: re.Pattern[str]) -> bool:
        """``pattern.search(self.text) is not None``."""
        text, cut, tail = self.text, self.cut, self.tail
        if tail is None or (cut and not _tail_apart(pattern)):
            return pattern.search(text) is not None
        if any(pattern.match(text, p) for p in match_starts(pattern, text, cut)):
            return True
        got = tail.get(id(pattern))
        if got is None or got[0] is not pattern:
            got = tail[id(pattern)] = (pattern, pattern.search(text, cut) is not None)
        return bool(got[1])

    def starts(self, pattern: re.Pattern[str]) -> list[int]:
        """``[m.start() for m in pattern.finditer(self.text)]``."""
        text, cut, tail = self.text, self.cut, self.tail
        if tail is None or (cut and not _within_lines(pattern)):
            return [m.start() for m in pattern.finditer(text)]
        head = [m.start() for m in pattern.finditer(text, 0, cut)] if cut else []
        got = tail.get(-id(pattern))
        if got is None or got[0] is not pattern:
            offsets = tuple(m.start() - cut for m in pattern.finditer(text, cut))
            got = tail[-id(pattern)] = (pattern, offsets)
        return head + [cut + o for o in cast("tuple[int, ...]", got[1])]


def gestation_weeks_from_text(text: str | None) -> int | None:
    """Return the documented gestational age in weeks ("at 12 weeks", "EGA 28w")."""
    if not text:
        return None
    m = _GESTATION.search(text)
    if not m:
        # a bare "32/40" in an obstetric note (or a note that states the pregnancy)
        m = _BARE_FORTIETHS.search(text)
        if m is None or pregnancy_from_text(text) != "pregnant":
            return None
    weeks = int(next(g for g in m.groups() if g is not None))
    return weeks if weeks <= 44 else None


def _norm_sex(sex: str | None) -> Sex | None:
    if sex is None:
        return None
    return _SEX_WORDS.get(sex.strip().lower())


_MEMO: OrderedDict[bytes, Population] = OrderedDict()
_MEMO_SIZE: Final = 512
_MEMO_LOCK = threading.Lock()


def population_of(
    demographics: Demographics, texts: tuple[str | None, ...] = ()
) -> Population:
    """Return the population of a patient from demographics, else from ``texts``.

    A pure function, memoised by the SHA-256 of its inputs (no text is kept): each
    stage asks for its view's population several times, and the pregnancy patterns
    alone cost ~0.5 ms on a 3 k-character note.

    Args:
        demographics: Structured demographics (win when present).
        texts: Visible current texts, most structured first (complaint, one-liner,
            ED note part). Prior notes are not passed: an old age is not the age now.

    Returns:
        The population; unknown fields stay None / "unknown".
    """
    d = demographics
    parts = [repr((d.age, d.age_days, d.sex, d.pregnancy)).encode()]
    for text in texts:  # length-prefixed: no two inputs share a key
        raw = b"" if text is None else text.encode("utf-8", "surrogatepass")
        parts.append(b"N" if text is None else b"T%d:" % len(raw) + raw)
    key = hashlib.sha256(b"|".join(parts)).digest()
    with _MEMO_LOCK:
        found = _MEMO.get(key)
        if found is not None:
            _MEMO.move_to_end(key)
            return found
    pop = _population_of(demographics, texts)
    with _MEMO_LOCK:
        _MEMO[key] = pop
        while len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return pop


def _population_of(
    demographics: Demographics, texts: tuple[str | None, ...]
) -> Population:
    joined = "\n".join(t for t in texts if t)
    band: tuple[int, int] | None = None
    source: Literal["structured", "text", "unknown"] = "unknown"
    if demographics.age_days is not None:
        band, source = (demographics.age_days, demographics.age_days), "structured"
    elif demographics.age is not None:
        low = demographics.age * DAYS_PER_YEAR
        band, source = (low, low + DAYS_PER_YEAR - 1), "structured"
    else:
        for text in texts:
            if band := age_days_from_text(text):
                source = "text"
                break
    sex = _norm_sex(demographics.sex) or sex_from_text(joined)
    pregnancy = demographics.pregnancy
    # a man's is "not_pregnant" below; a child's gestation is her own birth's
    # ("ex-preterm, born at 34+2 weeks"), never a pregnancy now
    child = band is not None and band[1] < CHILDBEARING_YEARS[0] * DAYS_PER_YEAR
    if child:  # also a "pregnant" an adapter read from a newborn's birth history
        pregnancy = "unknown"
    elif pregnancy == "unknown" and sex != "M":
        pregnancy = _pregnancy(_Joined(texts)) if joined else "unknown"
    pop = Population(
        age_days_min=band[0] if band else None,
        age_days_max=band[1] if band else None,
        sex=sex,
        pregnancy=pregnancy,
        gestation_weeks=gestation_weeks_from_text(joined)
        if pregnancy == "pregnant"
        else None,
        age_source=source,
    )
    if sex == "M" or (
        pop.pregnancy == "unknown"
        and (not pop.pregnancy_possible or _before_menarche(pop, joined))
    ):
        return pop.model_copy(
            update={"pregnancy": "not_pregnant", "gestation_weeks": None}
        )
    return pop


def _before_menarche(pop: Population, joined: str) -> bool:
    """A girl under 12 whose record states neither menarche nor sexual activity."""
    young = pop.age_within(None, PREGNANCY_SCREEN_FROM_YEARS * DAYS_PER_YEAR - 1)
    return young is True and _PUBERTAL.search(joined) is None


def view_population(view: StageView) -> Population:
    """Return the population a stage may know: demographics plus its visible text.

    A stage asks ~3 times about the very same demographics and texts (the facts,
    the pathways, the floors): those answers are found by the inputs' identities
    (``_BY_VIEW_INPUTS``) before ``population_of`` hashes the whole note for its memo.
    """
    demo = view.demographics
    texts = (view.chief_complaint, view.one_liner, view.ed_text)
    return _BY_VIEW_INPUTS.get_or_compute(
        (demo, *texts), lambda: population_of(demo, texts)
    )


_BY_VIEW_INPUTS: Final[RecentByIdentity[Population]] = RecentByIdentity(64)
"""``population_of`` answers of the last views asked, by their inputs' identities."""
