r"""Faster scans with the same matches: a first-character guard for a compiled pattern.

Python's ``re`` tries a case-insensitive pattern that opens with ``\b`` or an
alternation at every position of the text: it finds no literal prefix to skip
ahead with. Most of our patterns scan whole ED notes and rarely match, so nearly
all of that work fails on the first character. :func:`guarded` prepends a lookahead
for the characters a match can start with (``(?=[...])``), read from the pattern's
own parse tree. The lookahead is compiled under the same flags as the pattern (a
class under ``(?i)`` folds case exactly as a literal does), and every match of the
pattern starts with one of those characters, so matches, spans and groups are
unchanged; only positions that cannot start a match are rejected sooner (2-3x on
a 4 k-character note). When the first characters cannot be read exactly (a pattern
that can match the empty string, a negated class, a scoped flag), the pattern is
returned as it is.
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, TypeVar

from cases.rx_answers import FIRST, STRINGS, answer
from cases.rx_words import (
    Need,
    holds,
    parsed,
    required_formula,
    tree_of,
    word_view,
)

try:  # CPython's parser (``re._parser`` since 3.11): read-only use of its tree
    _P: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another implementation: no guard
    _P = _C = None

_GLOBAL_FLAGS: Final = re.compile(r"\(\?[aiLmsux]+\)")
_CATEGORIES: Final[dict[str, str]] = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_SPACE": r"\s",
}


def _atom(char: int) -> str:
    return re.escape(chr(char))


def _class_items(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(_atom(av))
        elif name == "RANGE":
            out.add(f"{_atom(av[0])}-{_atom(av[1])}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:  # NEGATE, other categories: not read
            return None
    return out


def _first(items: Any) -> set[str] | None:
    """Class items a match of the sequence ``items`` can start with (None: unknown)."""
    items = list(items)
    for i, (op, av) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # \b, ^, lookarounds: zero width, the next item consumes
        if name == "LITERAL":
            return {_atom(av)}
        if name == "IN":
            return _class_items(av)
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            return _first(sub.data)
        if name == "BRANCH":
            out: set[str] = set()
            for alt in av[1]:
                got = _first(alt.data)
                if got is None:
                    return None
                out |= got
            return out
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            if low >= 1:
                return _first(sub.data)
            # optional ('s?rom', '(?:serum )?hcg'): its first characters or the
            # rest's, when both are known (the rest must consume a character)
            here, rest = _first(sub.data), _first(items[i + 1 :])
            return None if here is None or rest is None else here | rest
        return None  # ANY, lookarounds, group references, ...: not read
    return None  # the sequence can match the empty string


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """Return a character class matching every first character of a match, or None.

    Kept beside the regex code (``cases.rx_answers``): read once per pattern on a
    machine, not once per process.
    """
    return answer(FIRST, pattern, _first_chars)


def _first_chars(pattern: re.Pattern[str]) -> str | None:
    if _P is None or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = tree_of(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - compiled already, so it parses
        return None
    atoms = _first(tree.data)
    if not atoms or r"\w" in atoms:  # a word-character guard saves nothing
        return None
    return "[" + "".join(sorted(atoms)) + "]"


@functools.lru_cache(maxsize=4096)
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` with a first-character lookahead: same matches, faster scans.

    Args:
        pattern: A compiled ``str`` pattern.

    Returns:
        An equivalent pattern (same matches, spans, groups and flags), or ``pattern``
        itself when its first characters cannot be read exactly. Memoised per
        pattern: helpers that build their pattern per call (order checks, pathways)
        would otherwise re-parse it on every request.
    """
    if pattern.flags & re.VERBOSE:  # a trailing comment would swallow the ")"
        return pattern
    cls = first_chars(pattern)
    if cls is None:
        return pattern
    src = pattern.pattern
    lead = _GLOBAL_FLAGS.match(src)
    head = lead.group(0) if lead else ""
    try:
        return re.compile(f"{head}(?={cls})(?:{src[len(head) :]})", pattern.flags)
    except re.error:  # pragma: no cover - e.g. a second global flag group
        return pattern


def guard_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``guarded(pattern)``, found by the pattern's identity.

    For scanners handed patterns compiled elsewhere (``agents._text.asserted``, the
    triage patterns): hashing a compiled pattern rehashes its code on every lookup.
    Each entry holds its pattern, so no other live pattern shares its id.
    """
    entry = _GUARDS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        return _keep(_GUARDS, pattern, guarded)
    return entry[1]


_A = TypeVar("_A")


def _keep(
    table: dict[int, tuple[re.Pattern[str], _A]],
    pattern: re.Pattern[str],
    read: Callable[[re.Pattern[str]], _A],
) -> _A:
    """Store ``read(pattern)`` in one of the per-pattern tables, by identity."""
    if len(table) >= _GUARDS_SIZE:
        table.clear()  # patterns are module constants: this rarely happens
    answer = read(pattern)
    table[id(pattern)] = (pattern, answer)
    return answer


def prepare(patterns: Iterable[re.Pattern[str]]) -> int:
    """Read now what the scanners read of each pattern when it meets its first text.

    ``guard_of``, ``may_match`` and its formula keep per-pattern answers (parse trees
    read, a guarded copy compiled): a worker's first requests otherwise pay them
    pattern by pattern (perf30). The answers are the ones a first use computes;
    only when they are computed moves.

    Returns:
        How many ``str`` patterns were asked about.
    """
    done = 0
    for pattern in patterns:
        if isinstance(pattern.pattern, str):
            _ensure(_GUARDS, pattern, guarded)
            _ensure(_NEEDS, pattern, required_strings)
            _ensure(_FORMULAS, pattern, required_formula)
            done += 1
    return done


def _ensure(
    table: dict[int, tuple[re.Pattern[str], _A]],
    pattern: re.Pattern[str],
    read: Callable[[re.Pattern[str]], _A],
) -> None:
    entry = table.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        _keep(table, pattern, read)


_GUARDS_SIZE: Final = 8192
_GUARDS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
"""``id(pattern)`` -> (the pattern, its guarded form). Plain dict operations: two
threads racing at worst guard a pattern twice (``guarded`` is pure)."""


def word_start(alternatives: str) -> re.Pattern[str]:
    """Case-insensitive ``alternatives`` starting at a word boundary, guarded."""
    return guarded(re.compile(rf"(?i)\b(?:{alternatives})"))


def whole_letters(body: str) -> re.Pattern[str]:
    """Case-insensitive ``body`` not inside a longer run of letters, guarded.

    Every alternative of ``body`` is bounded, not only its first and last ("sting"
    is not read inside "twisting", nor "febrile" inside "afebrile"): an alternative
    that means its inflections names them ("legs?", "hurts?").
    """
    return guarded(re.compile(rf"(?i)(?<![a-z])(?:{body})(?![a-z])"))


_REPEATS: Final = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def _required(items: Any, folded: bool) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None.

    A run of literals must appear as it is; a group, a repeat taken at least once
    and an alternation (one string of each branch) pass their own strings up. The
    fewest, longest strings are kept. Compared case-folded (``folded``), a string
    must be ASCII: only then does ``(?i)`` match it as ``str.lower`` does (on ASCII
    text: the Kelvin sign and the long s fold onto ASCII letters).
    """
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        got: frozenset[str] | None = None
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                got = _required(sub.data, folded)
        elif name == "BRANCH":
            alts = [_required(alt.data, folded) for alt in av[1]]
            if all(alts):
                got = frozenset().union(*(a for a in alts if a))
        elif name in _REPEATS and av[0] >= 1:
            got = _required(av[2].data, folded)
        if got:
            found.append(got)
    usable = [s for s in found if all(x and (x.isascii() or not folded) for x in s)]
    if not usable:
        return None
    best = max(usable, key=lambda s: (min(map(len, s)) >= 3, -len(s), min(map(len, s))))
    return frozenset(x.lower() for x in best) if folded else best


def required_strings(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """Strings one of which every match of ``pattern`` contains, or None.

    With whether they are compared with the text lower-cased (``(?i)``, ASCII text
    only). None when no such string is read: ``may_match`` then always scans.
    Kept beside the regex code (``cases.rx_answers``).
    """
    return answer(STRINGS, pattern, _required_strings)


def _required_strings(
    pattern: re.Pattern[str],
) -> tuple[frozenset[str], bool] | None:
    tree = parsed(pattern, re.LOCALE | re.VERBOSE)
    if tree is None:
        return None
    got = _required(tree[0], tree[1])
    return None if got is None else (got, tree[1])


FOLDS_TO_ASCII: Final = frozenset("\u0130\u0131\u017f\u212a")
"""The only non-ASCII characters ``re.IGNORECASE`` matches to an ASCII literal
(dotted and dotless i, long s, Kelvin sign; every code point checked in
tests/unit/test_perf26_fold.py)."""


def folded_text(text: str) -> str | None:
    """``text.lower()`` when ``(?i)`` matches ASCII strings in it as ``str.lower`` does.

    A match of an ASCII literal under ``(?i)`` is ASCII unless the text holds one
    of ``FOLDS_TO_ASCII``, and lower-casing keeps such a run contiguous (only the
    dotted capital I lower-cases to two characters): a required ASCII string of a
    match then stands in the lowered text. None when the text holds one of them.
    """
    if text.isascii():
        return text.lower()
    return text.lower() if FOLDS_TO_ASCII.isdisjoint(text) else None


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    r"""False only when ``pattern`` cannot match ``text``.

    A string every match contains (``required_strings``) is absent from the text,
    or, in a note part, what the whole pattern needs (``cases.rx_words``: all the
    literals of a sequence, one branch of an alternation, words started after
    ``\b``) is not there. Same matches, and no scan of the texts that name none of
    them (most pathway and triage patterns over a complaint or a one-liner).
    """
    entry = _NEEDS.get(id(pattern))
    need = (
        _keep(_NEEDS, pattern, required_strings)
        if entry is None or entry[0] is not pattern
        else entry[1]
    )
    if need is None:
        return _formula_holds(pattern, text)
    strings, folded = need
    seen = text
    if folded:
        low = _lowered(text)
        if low is None:
            return True  # a FOLDS_TO_ASCII character: (?i) folds beyond str.lower
        seen = low
    for s in strings:  # ~700 calls a request: a generator costs more
        if s in seen:
            return _formula_holds(pattern, text)
    return False


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``: the same matches, found with less work.

    No scan at all when ``may_match`` shows the text lacks what every match needs;
    otherwise the guarded pattern (``guard_of``: the same matches, spans and groups)
    scans it. For readers that run many rarely matching patterns over each new text
    (the measured signs of ``findings``: perf43).
    """
    if not may_match(pattern, text):
        return iter(())
    return guard_of(pattern).finditer(text)


FORMULA_CHARS: Final = 500
"""Texts at least this long (note parts) are also checked against the pattern's
whole formula (``cases.rx_words``): ~90 % of the pattern scans of a note part that
pass ``required_strings`` found no match (perf27). Shorter texts scan about as fast
as the formula is read."""


def _formula_holds(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``text`` lacks what every match of ``pattern`` contains."""
    if len(text) < FORMULA_CHARS:
        return True
    entry = _FORMULAS.get(id(pattern))
    formula = (
        _keep(_FORMULAS, pattern, required_formula)
        if entry is None or entry[0] is not pattern
        else entry[1]
    )
    if formula is None:
        return True
    need, folded = formula
    view = _word_view(text, folded)
    return True if view is None else holds(need, view)


def _word_view(text: str, folded: bool) -> str | None:
    """``word_view`` of the text (lower-cased when ``folded``), kept for the last texts.

    None when folded and the text holds a ``FOLDS_TO_ASCII`` character.
    """
    entry = _VIEWS.get(id(text))
    if entry is None or entry[0] is not text:
        low = _lowered(text)
        if len(_VIEWS) >= _LOWER_SIZE:
            _VIEWS.pop(next(iter(_VIEWS)), None)
        entry = _VIEWS[id(text)] = (
            text,
            word_view(text),
            None if low is None else word_view(low),
        )
    return entry[2] if folded else entry[1]


def _lowered(text: str) -> str | None:
    """``folded_text(text)``, kept for the last texts asked."""
    entry = _LOWER.get(id(text))
    if entry is not None and entry[0] is text:
        return entry[1]
    low = folded_text(text)
    if len(_LOWER) >= _LOWER_SIZE:
        _LOWER.pop(next(iter(_LOWER)), None)
    _LOWER[id(text)] = (text, low)
    return low


_NEEDS: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], bool] | None]] = {}
"""``id(pattern)`` -> (the pattern, ``required_strings(pattern)``)."""
_LOWER_SIZE: Final = 32
_LOWER: dict[int, tuple[str, str | None]] = {}
"""``id(text)`` -> (the text, its lower case when ASCII), oldest first."""
_FORMULAS: dict[int, tuple[re.Pattern[str], tuple[Need, bool] | None]] = {}
"""``id(pattern)`` -> (the pattern, ``required_formula(pattern)``)."""
_VIEWS: dict[int, tuple[str, str, str | None]] = {}
"""``id(text)`` -> (the text, its ``word_view``, that of its lower case or None)."""


class Prefilter:
    """``may_match`` of many patterns over one text, by one pass of their strings.

    For a fixed list of patterns asked of the same short texts (the ESI time-critical
    patterns of a complaint): each distinct required string (``required_strings``) is
    looked for once, not once per pattern that needs it. ``candidates(text)`` has bit
    ``i`` set exactly when ``may_match(patterns[i], text)`` is true; an entry that is
    not a compiled pattern, or whose strings cannot be read, is always a candidate.

    A text much shorter than the list of strings is read position by position instead
    (``_Starts``: the strings by their first characters, a multi-string search in
    one pass as Aho-Corasick's): the ESI list has ~570 strings, a complaint ~30
    characters, and one ``in`` per string cost ~90 us a complaint (perf36).
    """

    __slots__ = ("_always", "_by_case", "_by_folded", "_folded", "_starts", "_words")

    def __init__(self, patterns: tuple[object, ...]) -> None:
        """Read the required strings of ``patterns`` (bit ``i`` is ``patterns[i]``)."""
        always = folded_bits = 0
        by_case: dict[str, int] = {}
        by_folded: dict[str, int] = {}
        for i, pattern in enumerate(patterns):
            bit = 1 << i
            need = (
                required_strings(pattern) if isinstance(pattern, re.Pattern) else None
            )
            if need is None:
                always |= bit
                continue
            strings, folded = need
            table = by_folded if folded else by_case
            if folded:
                folded_bits |= bit
            for s in strings:
                table[s] = table.get(s, 0) | bit
        self._always = always
        self._folded = folded_bits
        self._by_case = tuple(by_case.items())
        self._by_folded = tuple(by_folded.items())
        self._starts = (_Starts(self._by_case), _Starts(self._by_folded))
        self._words = len(by_case) + len(by_folded)

    def candidates(self, text: str) -> int:
        """Bits of the patterns that may match ``text`` (``may_match`` of each)."""
        if len(text) * _POSITION_COST < self._words:
            return self._by_positions(text)
        bits = self._always
        for s, b in self._by_case:
            if s in text:
                bits |= b
        low = folded_text(text)
        if low is None:  # a FOLDS_TO_ASCII character: (?i) folds beyond lower
            return bits | self._folded
        for s, b in self._by_folded:
            if s in low:
                bits |= b
        return bits

    def _by_positions(self, text: str) -> int:
        """``candidates(text)``, reading the text once per table (``_Starts``)."""
        cased, folded = self._starts
        bits = self._always | cased.found(text)
        low = folded_text(text)
        if low is None:  # a FOLDS_TO_ASCII character: (?i) folds beyond lower
            return bits | self._folded
        return bits | folded.found(low)


_POSITION_COST: Final = 4
"""A text position read by ``_Starts`` costs about this many ``in`` tests of a
string in a short text (measured on the ESI and results lists, perf36)."""
_START: Final = 3
"""Characters of a string's start that ``_Starts`` looks up at each position."""


class _Starts:
    """Strings with their bits, found in a text by one pass over its positions.

    Strings of ``_START`` characters or more are filed under their first ``_START``
    characters and checked with ``startswith`` where the text shows those; shorter
    ones are looked for with ``in``. The bits of every string the text contains, as
    ``any(s in text)`` per string gives them.
    """

    __slots__ = ("_heads", "_short")

    def __init__(self, strings: Iterable[tuple[str, int]]) -> None:
        heads: dict[str, list[tuple[str, int]]] = {}
        short: list[tuple[str, int]] = []
        for s, bit in strings:
            if len(s) < _START:
                short.append((s, bit))
            else:
                heads.setdefault(s[:_START], []).append((s, bit))
        self._heads = {k: tuple(v) for k, v in heads.items()}
        self._short = tuple(short)

    def found(self, text: str) -> int:
        """The bits of the strings ``text`` contains."""
        bits = 0
        for s, b in self._short:
            if s in text:
                bits |= b
        heads = self._heads
        for i in range(len(text) - _START + 1):
            entries = heads.get(text[i : i + _START])
            if entries is not None:
                for s, b in entries:
                    if text.startswith(s, i):
                        bits |= b
        return bits


class Screen:
    """``may_match`` of a growing list of patterns over one text, in one pass.

    Each pattern added (``mask``) gets the next bit; its required strings
    (``required_strings``, the ones ``may_match`` compares) are filed in a trie
    (``_Trie``). ``candidates(text)`` reads the text once and has the bit
    of every pattern that may match it: a bit is clear only when the text lacks every
    required string of its pattern, so ``may_match`` is false and the pattern cannot
    match. A pattern without readable strings is always a candidate. For the
    view-only pathways' replays (``agents._reads``): ~1,000 recorded "not said"
    answers a request on the new complaint and one-liner are confirmed by an AND of
    two integers instead of one ask each (perf38).

    A text's candidates are kept for the last texts asked, with how many patterns
    they cover; a mask with a newer pattern reads the text again. Patterns are added
    under a lock, their strings before their count, so a text read while another
    thread adds covers at least the patterns counted when its pass began.
    """

    __slots__ = (
        "_always",
        "_bits",
        "_folded",
        "_lock",
        "_patterns",
        "_tables",
        "_texts",
    )

    def __init__(self) -> None:
        """An empty screen."""
        self._lock = threading.Lock()
        self._bits: dict[int, tuple[re.Pattern[str], int]] = {}
        self._patterns: list[re.Pattern[str]] = []
        self._always = 0
        self._folded = 0
        self._tables = (_Trie(), _Trie())
        self._texts: dict[int, tuple[str, int, int]] = {}

    def mask(self, patterns: Iterable[re.Pattern[str]]) -> int:
        """The bits of ``patterns``, adding those not yet screened."""
        out = 0
        for pattern in patterns:
            entry = self._bits.get(id(pattern))
            out |= 1 << (
                self._add(pattern)
                if entry is None or entry[0] is not pattern
                else entry[1]
            )
        return out

    def pattern(self, bit: int) -> re.Pattern[str]:
        """The pattern of bit number ``bit``."""
        return self._patterns[bit]

    def _add(self, pattern: re.Pattern[str]) -> int:
        with self._lock:
            entry = self._bits.get(id(pattern))
            if entry is not None and entry[0] is pattern:
                return entry[1]
            bit = len(self._patterns)
            need = _need(pattern) if isinstance(pattern.pattern, str) else None
            if need is None:
                self._always |= 1 << bit
            else:
                strings, folded = need
                if folded:
                    self._folded |= 1 << bit
                table = self._tables[1 if folded else 0]
                for s in strings:
                    table.add(s, 1 << bit)
            self._patterns.append(pattern)
            self._bits[id(pattern)] = (pattern, bit)
            return bit

    def candidates(self, text: str, mask: int) -> int:
        """The bits of ``mask`` whose patterns may match ``text`` (``may_match``)."""
        entry = self._texts.get(id(text))
        if entry is None or entry[0] is not text or mask >> entry[1]:
            entry = self._read(text)
        return mask & entry[2]

    def _read(self, text: str) -> tuple[str, int, int]:
        covered = len(self._patterns)
        cased, folded = self._tables
        bits = self._always | cased.found(text)
        low = folded_text(text)
        # a FOLDS_TO_ASCII character: (?i) folds beyond lower, every folded pattern
        bits |= self._folded if low is None else folded.found(low)
        entry = (text, covered, bits)
        if len(self._texts) >= _LOWER_SIZE:
            self._texts.pop(next(iter(self._texts)), None)
        self._texts[id(text)] = entry
        return entry


class _Trie:
    """Strings with their bits, found in a text by walking a trie from each position.

    Nested dicts, one per character; a node ending a string holds its bits under
    ``""``. The bits of every string the text contains, as ``any(s in text)`` per
    string gives them: ~130 us a one-liner against ~330 us with ``_Starts`` on the
    ~6,700 strings of every project pattern (perf38, ``screen_bench2.py``).
    """

    __slots__ = ("_root",)

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def add(self, s: str, bit: int) -> None:
        """File ``s`` with its bits (a string filed twice gives both's bits)."""
        node = self._root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = node.get("", 0) | bit

    def found(self, text: str) -> int:
        """The bits of the strings ``text`` contains."""
        root = self._root
        hits: list[int] = []
        end = len(text)
        for i in range(end):
            node = root.get(text[i])
            j = i + 1
            while node is not None:
                if "" in node:
                    hits.append(node[""])
                if j == end:
                    break
                node = node.get(text[j])
                j += 1
        bits = 0
        for b in hits:
            bits |= b
        return bits


def _need(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """``required_strings(pattern)``, kept as ``may_match`` keeps it."""
    entry = _NEEDS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        return _keep(_NEEDS, pattern, required_strings)
    return entry[1]


SCREEN: Final = Screen()
"""The one screen of the patterns the view-only pathways' replays ask."""


def match_starts(pattern: re.Pattern[str], text: str, end: int) -> Iterable[int]:
    """Positions before ``end`` where a match of ``pattern`` may start, in order.

    For readers that try ``pattern.match(text, p)`` position by position (a match
    starting in a short text may run on into the note joined after it): only the
    positions of a character every match starts with (``first_chars``, compiled
    under the pattern's flags as ``guarded`` compiles it) are given; every other
    position has no match. All of ``range(end)`` when those characters are unknown.
    """
    entry = _PROBES.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_PROBES) >= _GUARDS_SIZE:
            _PROBES.clear()  # patterns are module constants: this rarely happens
        cls = first_chars(pattern)
        probe = None
        if cls is not None and not pattern.flags & re.VERBOSE:
            probe = re.compile(f"(?={cls})", pattern.flags)
        entry = _PROBES[id(pattern)] = (pattern, probe)
    probe = entry[1]
    if probe is None:
        return range(end)
    return [m.start() for m in probe.finditer(text, 0, end)]


_PROBES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
"""``id(pattern)`` -> (the pattern, the lookahead of its first characters or None)."""
