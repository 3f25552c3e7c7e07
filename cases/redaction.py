"""Leakage redaction: gold-dependent at load time, gold-independent in stage views.

- :func:`redact_gold` (loaders, at load time) replaces the gold diagnosis name and its
  variants (without "(CMS code)"/"(HCC)" suffixes, both sides of a parenthetical
  abbreviation, the head term before a comma, synonym groups from
  ``redaction_synonyms.yaml``) and the gold ICD-10 codes (with or without the dot) in
  the ED note and one-liner. Prior notes are left alone: they predate the visit.
- :func:`scrub_outcome_text` (views) replaces disposition vocabulary with its
  inflections, acuity words, ESI levels and ICD-10-looking codes by ``[REDACTED]``,
  always whole words, so no "[REDACTED]ted" residue is left.

Both count what they replaced. Matching is case-insensitive, word-bounded, and any
run of whitespace in a phrase matches any other.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Final

import yaml

from cases import re_cache
from cases.memo import HashMemo, digest, text_digest
from cases.models import Case, GoldLabels
from cases.rx import guard_of

DIAGNOSIS_TOKEN: Final = "[DIAGNOSIS REDACTED]"
CODE_TOKEN: Final = "[CODE REDACTED]"
SCRUB_TOKEN: Final = "[REDACTED]"

_SUFFIX = re.compile(
    r"\s*\((?:CMS(?:[-/\s]*HCC)?(?:\s*code)?|HCC|code|\*)\)\s*$", re.IGNORECASE
)
_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*(.*)$")

_DISPOSITION_VOCAB: Final = (
    r"\w*admi(?:t|ss)\w*",  # admit, admitted, admission, readmitted, OR Admit
    r"\w*discharg\w*",
    r"\w*transfer\w*",
    r"observation\w*",
    r"obs\s+(?:unit|status|bed)",
    r"AMA",
    r"against\s+medical\s+advice",
    r"elope\w*",
    r"LWBS",
    r"left\s+without\s+(?:being\s+)?seen",
    r"expired?",
    r"L\s*&\s*D",
    r"labor\s+and\s+delivery",
    r"dismissed",
    r"never\s+arrived",
    r"dispo(?:sition|sitioned)?",
)
_ACUITY_VOCAB: Final = (
    r"(?:non[-\s]?|less\s+)?urgent\w*",
    r"emergent\w*",
    r"immediate\w*",
    r"ESI(?:\s*(?:level|lvl))?\s*[:#-]?\s*[1-5]?",
    # peds36: not a visual acuity ("visual acuity 6/24"), an eye examination's finding
    # (an orbital red flag: NICE CKS periorbital cellulitis 2022), not a triage level
    r"(?<!visual\s)(?<!visual-)acuity(?:\s*(?:level|lvl))?\s*[:#-]?\s*[1-5]?",
    r"KTAS(?:\s*(?:level|lvl))?\s*[:#-]?\s*[1-5]?",
    r"triage\s+(?:level|category)\s*[:#-]?\s*[1-5]?",
)
# Dotted codes of any length, undotted codes of 4-7 characters, and bracketed or
# parenthesised 3-character codes ("(I10)"); bare "B12"/"T12" are left alone.
_ICD_PATTERN: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}|[A-TV-Z]\d{2}[0-9A-Z]{1,4})"
    r"(?![A-Za-z0-9])"
    r"|(?<=[(\[])\s*[A-TV-Z]\d{2}\s*(?=[)\]])"
)


def _bounded(alternatives: list[str]) -> re.Pattern[str]:
    body = "|".join(alternatives)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)


_DISPOSITION_RE: Final = _bounded(list(_DISPOSITION_VOCAB))
# A discharge that is a body fluid is a clinical finding, not a disposition: the
# vaginal or cervical discharge of PID and cervicitis (CDC STI guidelines 2021), the
# urethral or penile discharge of urethritis and epididymitis, an ear, eye, nipple or
# wound discharge. Only the noun with a site or a character before it, or with
# "from the <site>" after it, is kept; "discharged", "discharge home" and "safe for
# discharge" are still scrubbed.
_DISCHARGE_SITES: Final = (
    r"vaginal|vulval|vulvar|cervical|penile|urethral|rectal|anal|nipple|breast|ear|"
    r"aural|eye|ocular|conjunctival|nasal|wound|umbilical|stoma|pv|p\.v\."
)
_CLINICAL_DISCHARGE_BEFORE: Final = re.compile(
    r"(?:(?:" + _DISCHARGE_SITES + r")|purulent|mucopurulent|muco-purulent|pus|"
    r"foul(?:[\s-]+smelling)?|malodou?rous|offensive|smelly|green(?:ish)?|"
    r"yellow(?:ish)?|white|grey|gray|frothy|watery|bloody|blood[\s-]+stained|"
    r"serous|serosanguin\w*|cheesy|curd-like|thick|thin|copious)\s+$",
    re.IGNORECASE,
)
_CLINICAL_DISCHARGE_AFTER: Final = re.compile(
    r"\s+from\s+(?:the\s+|his\s+|her\s+|their\s+|both\s+|a\s+)?(?:(?:left|right)"
    r"\s+)?(?:" + _DISCHARGE_SITES + r"|ears|eyes|vagina|penis|urethra|meatus|"
    r"cervix|os|rectum|anus|nipples?|breasts?|nose|nostrils?|wound|incision|"
    r"umbilicus|stoma)\b",
    re.IGNORECASE,
)


def _clinical_discharge(m: re.Match[str]) -> bool:
    """Whether a matched 'discharge' is a body fluid (kept), not a disposition."""
    if m.group(0).lower() != "discharge":
        return False
    text = m.string
    before = text[max(0, m.start() - 40) : m.start()]
    return bool(
        _CLINICAL_DISCHARGE_BEFORE.search(before)
        or _CLINICAL_DISCHARGE_AFTER.match(text, m.end(), min(len(text), m.end() + 40))
    )


def _disposition_token(kept: list[bool], m: re.Match[str]) -> str:
    """The match itself when it is a body fluid (noted in ``kept``), else the token."""
    clinical = _clinical_discharge(m)
    kept.append(clinical)
    return m.group(0) if clinical else SCRUB_TOKEN


_ACUITY_RE: Final = _bounded(list(_ACUITY_VOCAB))


def _phrase(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in text.split())


def normalize_icd(code: str) -> str:
    """Normalise an ICD-10 code the way ER-Reason's evaluator does (upper, no dot)."""
    return code.strip().upper().replace(".", "")


@functools.cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Load the diagnosis synonym groups from ``redaction_synonyms.yaml`` (cached)."""
    data = yaml.safe_load(
        resources.files("cases").joinpath("redaction_synonyms.yaml").read_text("utf-8")
    )
    return tuple(tuple(str(m).lower() for m in group) for group in data["groups"])


_Member = tuple[str, str, "re.Pattern[str] | None"]
"""A synonym group member: itself, its words joined by one space, its pattern."""


@functools.cache
def _group_patterns() -> tuple[tuple[tuple[str, ...], tuple[_Member, ...]], ...]:
    """Each synonym group with its members' whole-phrase patterns.

    The pattern is ``None`` for members shorter than 4 characters (matched exactly
    only). Compiled once: building them per call re-compiled ~100 patterns whenever
    they fell out of ``re``'s own cache.
    """
    return tuple(
        (
            group,
            tuple(
                (
                    m,
                    " ".join(m.split()),
                    re.compile(rf"\b{_phrase(m)}\b") if len(m) >= 4 else None,
                )
                for m in group
            ),
        )
        for group in synonym_groups()
    )


def _in_group(group: tuple[_Member, ...], lowered: set[str], joined: str) -> bool:
    """Whether a synonym group member is a variant or a whole phrase of ``joined``.

    ``joined`` holds single spaces only (the variants' words), so a member's
    pattern can match only where its single-spaced words occur as a substring:
    that substring test (in C) skips the regular expression for nearly every
    member without changing a result.
    """
    return any(
        member in lowered
        or (rx is not None and spaced in joined and rx.search(joined) is not None)
        for member, spaced, rx in group
    )


def diagnosis_variants(name: str) -> tuple[str, ...]:
    """All strings to redact for one gold diagnosis name, longest first.

    Args:
        name: The gold diagnosis, e.g. "SBO (small bowel obstruction) (CMS code)".

    Returns:
        The name, its suffix-free form, both sides of parenthetical abbreviations,
        the head term before a comma, and every member of a matching synonym group.
    """
    name = " ".join(name.split())
    found: set[str] = {name}
    base = name
    while (stripped := _SUFFIX.sub("", base)) != base:
        base = stripped
    found.add(base)
    if m := _PAREN.match(base):
        outer = " ".join(part for part in (m.group(1), m.group(3)) if part)
        found.update({outer, m.group(2), m.group(1)})
    for variant in list(found):
        head = variant.split(",")[0].strip()
        if len(head) >= 4:
            found.add(head)
    lowered = {v.lower() for v in found if v}
    joined = " ".join(lowered)
    single_spaced = " ".join(joined.split()) == joined
    for group, members in _group_patterns():
        if (
            _in_group(members, lowered, joined)
            if single_spaced
            else any(
                member in lowered or (rx is not None and rx.search(joined) is not None)
                for member, _, rx in members
            )
        ):
            lowered.update(group)
            joined = " ".join(lowered)
            single_spaced = " ".join(joined.split()) == joined
    return tuple(
        sorted((v for v in lowered if len(v) >= 2), key=lambda v: (-len(v), v))
    )


def _icd_regex(codes: tuple[str, ...]) -> re.Pattern[str] | None:
    parts: list[str] = []
    for code in {normalize_icd(c) for c in codes if c.strip()}:
        head, tail = re.escape(code[:3]), re.escape(code[3:])
        parts.append(head + (r"\.?" + tail if tail else ""))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return re.compile(
        rf"(?<![A-Za-z0-9])(?:{'|'.join(parts)})(?![A-Za-z0-9])", re.IGNORECASE
    )


def redact_gold_text(
    text: str | None, gold: GoldLabels
) -> tuple[str | None, Counter[str]]:
    """Redact gold diagnosis variants and gold ICD-10 codes from one text.

    Args:
        text: The text (None passes through).
        gold: The gold labels of the same encounter.

    Returns:
        The redacted text and counts by kind ("diagnosis", "icd10").
    """
    return _redact(text, _gold_patterns(gold))


_GoldPatterns = tuple["re.Pattern[str] | None", "re.Pattern[str] | None"]


_PATTERNS: HashMemo[tuple[_GoldPatterns, bytes]] = HashMemo(256)
"""Gold patterns by the SHA-256 of the gold name and codes: an encounter's rows and
texts share them, and a served worker meets the same gold labels again."""
_REDACTED: HashMemo[tuple[str, int, int]] = HashMemo(256)
"""Redacted texts by the SHA-256 of the text and the patterns' digest (no text kept
as a key): a returning case's ED note is redacted once."""


def _gold_patterns_keyed(gold: GoldLabels) -> tuple[_GoldPatterns, bytes]:
    """The gold patterns of ``gold`` and the digest they are kept under."""
    key = digest((gold.diagnosis_name, *gold.icd10_codes))
    return _PATTERNS.get_or_compute(key, lambda: (_build_patterns(gold), key))


def _gold_patterns(gold: GoldLabels) -> _GoldPatterns:
    """The diagnosis-variant and gold-code patterns of one encounter."""
    return _gold_patterns_keyed(gold)[0]


def _build_patterns(gold: GoldLabels) -> _GoldPatterns:
    diagnosis = None
    # a case's gold labels: never written to the compiled-pattern file (re_cache)
    with re_cache.unrecorded():
        if gold.diagnosis_name and gold.diagnosis_name.strip():
            variants = diagnosis_variants(gold.diagnosis_name)
            diagnosis = _bounded([_phrase(v) + "(?:e?s)?" for v in variants])
        return diagnosis, _icd_regex(gold.icd10_codes)


def _redact(
    text: str | None, patterns: _GoldPatterns
) -> tuple[str | None, Counter[str]]:
    counts: Counter[str] = Counter()
    if not text:
        return text, counts
    diagnosis, icd = patterns
    if diagnosis is not None:
        text, n = diagnosis.subn(DIAGNOSIS_TOKEN, text)
        counts["diagnosis"] += n
    if icd is not None:
        text, n = icd.subn(CODE_TOKEN, text)
        counts["icd10"] += n
    return text, counts


def _redact_kept(
    text: str | None, patterns: _GoldPatterns, key: bytes
) -> tuple[str | None, Counter[str]]:
    """``_redact`` of ``text``, memoised under its digest and the patterns' ``key``."""
    if not text:
        return text, Counter()

    def run() -> tuple[str, int, int]:
        out, counts = _redact(text, patterns)
        return out or "", counts["diagnosis"], counts["icd10"]

    out, n_dx, n_icd = _REDACTED.get_or_compute(digest((key, text_digest(text))), run)
    counts: Counter[str] = Counter()
    if patterns[0] is not None:
        counts["diagnosis"] += n_dx
    if patterns[1] is not None:
        counts["icd10"] += n_icd
    return out, counts


def redact_gold_with_counts(case: Case, gold: GoldLabels) -> tuple[Case, Counter[str]]:
    """Redact gold strings from the ED note and one-liner, returning the counts."""
    patterns, key = _gold_patterns_keyed(gold)  # built once for both texts
    note, c1 = _redact_kept(case.ed_note, patterns, key)
    one_liner, c2 = _redact_kept(case.one_liner, patterns, key)
    return case.model_copy(update={"ed_note": note, "one_liner": one_liner}), c1 + c2


def redact_gold(case: Case, gold: GoldLabels) -> Case:
    """Return a copy of ``case`` with the gold diagnosis and codes redacted.

    Only the current ED note and the one-liner are changed; prior notes are kept as
    written because they legitimately predate the visit.
    """
    return redact_gold_with_counts(case, gold)[0]


_SCRUBBED: HashMemo[tuple[str, tuple[tuple[str, int], ...]]] = HashMemo(256)
"""Scrubbed texts by the SHA-256 of the input: every stage view scrubs the same note
parts again (12 calls, 4 distinct texts per case). The digest is ``text_digest``'s,
computed once per text object (a fresh SHA-256 of the whole note at each of ~6 calls
a request was ~0.4 % of it, perf39)."""


def scrub_outcome_text(text: str | None) -> tuple[str | None, Counter[str]]:
    """Replace disposition and acuity vocabulary and ICD-10 codes by "[REDACTED]".

    Gold-independent; used by the disposition and diagnosis views (and the
    treatment view). Whole words are replaced, inflections included.

    Args:
        text: The text to scrub (None passes through).

    Returns:
        The scrubbed text and counts by kind ("disposition", "acuity", "icd10").
    """
    if not text:
        return text, Counter()
    scrubbed, counts = _SCRUBBED.get_or_compute(
        text_digest(text), functools.partial(_scrub, text)
    )
    return scrubbed, Counter(dict(counts))


def _scrub(text: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    counts: list[tuple[str, int]] = []
    for kind, pattern in (
        ("icd10", guard_of(_ICD_PATTERN)),  # the same matches, faster (cases.rx)
        ("disposition", _DISPOSITION_RE),
        ("acuity", guard_of(_ACUITY_RE)),
    ):
        if kind == "disposition":  # one pass: the kept matches are counted in it
            kept: list[bool] = []
            text, n = pattern.subn(functools.partial(_disposition_token, kept), text)
            n -= sum(kept)
        else:
            text, n = pattern.subn(SCRUB_TOKEN, text)
        counts.append((kind, n))
    return text, tuple(counts)
