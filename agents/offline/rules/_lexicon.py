"""The findings lexicon and fast, exact matching of its terms in a text.

Private to ``agents.offline.rules.findings``. Concepts and diagnosis names/synonyms from
the knowledge base form two alternations (case-insensitive, and case-sensitive for short
all-caps abbreviations), longest term first. Python's ``re`` tries every alternative
at every position, which made one 3.5 k-character note cost 10-60 ms; the same terms
grouped by their first word and tried only where a word starts give the identical
matches in about a tenth of the time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from agents.offline.knowledge.models import ABSENT_PREFIX, KnowledgeBase
from agents.offline.knowledge.spelling import british_variant
from cases.rx import FOLDS_TO_ASCII

_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"

_RUN = re.compile(r"[A-Za-z0-9]+")
_SEP = re.compile(r"[\s-]+")
_LEAD = re.compile(r"^[A-Za-z0-9]+")


@dataclass(frozen=True)
class _Lexicon:
    """The lexicon as full alternations plus the same terms grouped by first word.

    Every term starts with an ASCII letter or digit, so a term can only match where a
    maximal alphanumeric run of the text starts, and that run must equal the term's
    leading run. ``groups`` maps that run (lower-cased for the case-insensitive
    terms) to the term alternation of the full pattern restricted to it, in the same
    order, so matching group by group at run starts gives exactly the full pattern's
    ``finditer`` result at a fraction of the cost. Patterns are compiled on first
    use (the full alternations take ~1 s to compile and serve only the fallback).
    """

    ci_full: str | None
    cs_full: str | None
    lookup: dict[str, str]
    indexed: bool
    ci_groups: dict[str, str]
    cs_groups: dict[str, str]
    compiled: dict[tuple[bool, str], re.Pattern[str]]


def _ordered(terms: list[str]) -> list[str]:
    return sorted(set(terms), key=lambda t: (-len(t), t))


def _alternation(terms: list[str]) -> str:
    return "|".join(
        re.escape(t).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
        for t in _ordered(terms)
    )


def _groups(terms: list[str], *, fold: bool) -> dict[str, str] | None:
    by_lead: dict[str, list[str]] = {}
    for term in terms:
        lead = _LEAD.match(term)
        if lead is None:
            return None  # cannot index: keep the full pattern
        key = lead.group(0).lower() if fold else lead.group(0)
        by_lead.setdefault(key, []).append(term)
    return {k: _alternation(v) for k, v in by_lead.items()}


@functools.lru_cache(maxsize=4)
def lexicon(kb: KnowledgeBase) -> _Lexicon:
    """Build (once per knowledge base) the lexicon of ``kb``."""
    entries = list(kb.concepts.items())
    # Diagnosis names and synonyms become concepts keyed by diagnosis id, so an
    # impression such as "NSTEMI" or "PE ruled out" is found; the findings lexicon
    # wins when both use the same words.
    entries += [(d.id, [d.name, *d.synonyms]) for d in kb.diagnoses.values()]
    # Words that state a concept absent ("afebrile", "non-bilious") are keyed
    # 'absent:<concept>' (the knowledge base's convention); extraction inverts them.
    entries += [(ABSENT_PREFIX + c, words) for c, words in kb.negations.items()]
    lookup: dict[str, str] = {}
    ci_terms: list[str] = []
    cs_terms: list[str] = []
    for concept, synonyms in entries:
        for syn in synonyms:
            # Short all-caps abbreviations (CP, PE, MI) match case-sensitively.
            if syn.isupper() and len(syn) <= 5:
                cs_terms.append(syn)
                lookup.setdefault(_key(syn), concept)
            else:
                ci_terms.append(syn)
                lookup.setdefault(_key(syn).lower(), concept)
    # British spellings second, so that a term written in the knowledge base always
    # keeps its own concept.
    for concept, synonyms in entries:
        for syn in synonyms:
            variant = None if syn.isupper() else british_variant(syn)
            if variant is not None and _key(variant).lower() not in lookup:
                ci_terms.append(variant)
                lookup[_key(variant).lower()] = concept
    ci = _alternation(ci_terms) if ci_terms else None
    cs = _alternation(cs_terms) if cs_terms else None
    ci_groups = _groups(ci_terms, fold=True)
    cs_groups = _groups(cs_terms, fold=False)
    if ci_groups is None or cs_groups is None:
        return _Lexicon(ci, cs, lookup, False, {}, {}, {})
    return _Lexicon(ci, cs, lookup, True, ci_groups, cs_groups, {})


@functools.lru_cache(maxsize=64)
def term_words(kb: KnowledgeBase, concept: str) -> frozenset[str]:
    """The longest word of each term that the lexicon of ``kb`` reads as ``concept``.

    A mention is found for ``concept`` only where the matched text's separators
    collapse to one of those terms (``_concept_for``), so the lower-cased text holds
    one of these lower-cased words wherever a mention of ``concept`` is found.
    """
    keys = [k.lower() for k, c in lexicon(kb).lookup.items() if c == concept]
    return frozenset(max(k.split(" "), key=len) for k in keys)


def _key(term: str) -> str:
    """Lookup key of a term or a matched text: spaces and hyphens are one separator.

    The patterns let a space or hyphen in a term match either in the text, so
    "continuous generalized tonic-clonic seizure" and "tonic clonic" are found.
    """
    return _SEP.sub(" ", term)


def _concept_for(lex: _Lexicon, matched: str) -> str | None:
    key = _key(matched)
    if key in lex.lookup:
        return lex.lookup[key]
    return lex.lookup.get(key.lower())


def _compiled(lex: _Lexicon, fold: bool, lead: str) -> re.Pattern[str] | None:
    """The pattern of one first-word group, or of the full alternation (``lead=""``)."""
    rx = lex.compiled.get((fold, lead))
    if rx is None:
        if lead:
            alts = (lex.ci_groups if fold else lex.cs_groups).get(lead)
        else:
            alts = lex.ci_full if fold else lex.cs_full
        if alts is None:
            return None
        rx = re.compile(rf"{_B}(?:{alts}){_E}", re.I if fold else 0)
        lex.compiled[(fold, lead)] = rx  # bounded by the lexicon's first words
    return rx


def compile_lexicon(kb: KnowledgeBase) -> int:
    """Compile every first-word pattern of ``kb``'s lexicon now (start-up warm-up).

    Patterns are otherwise compiled on first use, as texts bring new first words:
    ~1,300 patterns, ~0.4 s of CPU spread over the first requests.

    Returns:
        The number of compiled patterns.
    """
    lex = lexicon(kb)
    for fold, groups in ((True, lex.ci_groups), (False, lex.cs_groups)):
        for lead in groups:
            _compiled(lex, fold, lead)
    return len(lex.compiled)


def full_matches(lex: _Lexicon, text: str) -> list[tuple[int, int, str]]:
    """Reference matcher: ``finditer`` of both full alternations (slow, exact)."""
    found: list[tuple[int, int, str]] = []
    for fold in (True, False):
        rx = _compiled(lex, fold, "")
        for m in rx.finditer(text) if rx is not None else ():
            found.append((m.start(), m.end(), m.group(0)))
    return found


def raw_matches(lex: _Lexicon, text: str) -> list[tuple[int, int, str]]:
    """``(start, end, matched text)`` exactly as :func:`full_matches` gives them."""
    # A text holding a character ``(?i)`` folds onto ASCII takes the full regex.
    if not lex.indexed or not FOLDS_TO_ASCII.isdisjoint(text):
        return full_matches(lex, text)
    found: list[tuple[int, int, str]] = []
    runs = [(m.start(), m.group(0)) for m in _RUN.finditer(text)]
    for fold in (True, False):
        groups = lex.ci_groups if fold else lex.cs_groups
        pos = 0  # finditer resumes after a match: skip runs inside it
        for start, run in runs:
            key = run.lower() if fold else run
            if start < pos or key not in groups:
                continue
            rx = _compiled(lex, fold, key)
            hit = rx.match(text, start) if rx is not None else None
            if hit is not None:
                found.append((start, hit.end(), hit.group(0)))
                pos = hit.end()
    return found


PAIN_DESCRIPTORS: Final = frozenset({"severe_pain", "sharp_pain"})
"""Concepts of a pain's severity or quality alone, with no site ("severe pain",
"stabbing pain"): the site phrase that starts at their head noun is read beside them
(:func:`matches`)."""


def matches(
    lex: _Lexicon, text: str, *, full: bool = False
) -> list[tuple[int, int, str]]:
    """``(start, end, concept)`` mentions, leftmost-longest first, in text order.

    Non-overlapping, with one exception (readers42): a pain descriptor's span
    (``PAIN_DESCRIPTORS``) does not hide the site phrase starting at its head noun,
    "sudden severe pain in the left testicle" is severe pain and testicular pain.
    A general overlap (any longer term starting inside a kept one) was measured on
    the 9,517 texts of the scenario suite and rejected: 126 texts changed, among them
    sub-phrases reread as other findings ("pulsatile mass in the epigastrium" as a
    pyloric olive, "chest pain worse lying flat" as nocturnal spinal pain).
    ``full`` uses the full alternations (the reference the index must equal).
    """
    found: list[tuple[int, int, str]] = []
    raw = full_matches(lex, text) if full else raw_matches(lex, text)
    for start, end, matched in raw:
        concept = _concept_for(lex, matched)
        if concept is not None:
            found.append((start, end, concept))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, concept in found:
        if start >= last_end:
            kept.append((start, end, concept))
            last_end = end
    heads = [k for k in kept if k[2] in PAIN_DESCRIPTORS]
    if heads:
        kept += [
            hit
            for hit in inside_longer(lex, text, heads, full=full)
            if _head_noun_start(text, heads, hit[0])
        ]
        kept.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    return kept


def _head_noun_start(text: str, heads: list[tuple[int, int, str]], start: int) -> bool:
    """Whether ``start`` is the last word of one of the descriptor spans."""
    for s, e, _ in heads:
        last = None
        for run in _RUN.finditer(text, s, e):
            last = run
        if last is not None and last.start() == start:
            return True
    return False


def _inside_hits(
    lex: _Lexicon, text: str, kept: list[tuple[int, int, str]], *, full: bool
) -> list[tuple[int, int, str]]:
    """Terms starting at a word inside a kept span and ending after it.

    ``full`` tries the full alternations (the reference); otherwise the first-word
    groups, which give the same match at a given start.
    """
    found: list[tuple[int, int, str]] = []
    if not kept:
        return found
    indexed = lex.indexed and not full and FOLDS_TO_ASCII.isdisjoint(text)
    for start, end, _ in kept:
        for run in _RUN.finditer(text, start + 1, end):
            pos = run.start()
            if pos > 0 and text[pos - 1].isalnum():
                continue  # not a word start (the run was cut by ``start + 1``)
            for fold in (True, False):
                if indexed:
                    key = run.group(0).lower() if fold else run.group(0)
                    groups = lex.ci_groups if fold else lex.cs_groups
                    rx = _compiled(lex, fold, key) if key in groups else None
                else:
                    rx = _compiled(lex, fold, "")
                hit = rx.match(text, pos) if rx is not None else None
                if hit is not None and hit.end() > end:
                    found.append((pos, hit.end(), hit.group(0)))
    return found


def inside_longer(
    lex: _Lexicon, text: str, kept: list[tuple[int, int, str]], *, full: bool = False
) -> list[tuple[int, int, str]]:
    """Concepts a kept span swallowed: they start inside it and end after it.

    "sudden severe pain in the left testicle": the leftmost-longest pass keeps
    "severe pain" and never tries "pain in the left testicle", which starts inside it.
    """
    out: list[tuple[int, int, str]] = []
    seen = {(s, e) for s, e, _ in kept}
    by_start = {s: c for s, _, c in kept}
    for start, end, matched in _inside_hits(lex, text, kept, full=full):
        concept = _concept_for(lex, matched)
        if concept is None or (start, end) in seen:
            continue
        owner = [c for s, e, c in kept if s < start < e]
        if concept in owner or by_start.get(start) == concept:
            continue
        seen.add((start, end))
        out.append((start, end, concept))
    return out
