r"""What every match of a pattern must contain, as a formula of strings and word starts.

``cases.rx.may_match`` first looks for one set of strings every match contains
(``required_strings``: one of them must stand in the text). That set is the "best"
of a sequence's literals, often short words ("lid", "eye", "hit", "acid") found
inside other words of a long note, so ~90 % of the (pattern, note part) pairs that
pass it have no match. This module reads the whole parse tree instead:

- a sequence needs **all** of its literal runs, groups and repeats taken at least
  once (AND);
- an alternation needs **one** of its branches (OR; unknown if a branch is);
- a literal run right after ``\b`` whose first character is a word character must
  start a word: it is looked for as ``" " + run`` in the text with every non-word
  character replaced by a space (``word_view``: one character for one, so a run
  containing non-word characters is compared the same way);
- a case-sensitive group inside a ``(?i)`` pattern (``(?-i:ALL)``) is compared
  lower-cased, which only weakens it.

Each rule only drops texts that no match can be found in, so a ``False`` from
:func:`holds` means no match: the same matches, fewer scans. A pattern with
``re.ASCII``, ``re.LOCALE`` or ``re.VERBOSE``, or nothing readable, has no formula.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any, Final, TypeAlias

from cases.rx_answers import FORMULA, answer

try:  # CPython's parser (``re._parser`` since 3.11): read-only use of its tree
    _P: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another implementation: no formula
    _P = None

Need: TypeAlias = "str | tuple[str, tuple[Need, ...]]"
"""A string that must stand in the word view, or ("and" | "or", parts)."""

_REPEATS: Final = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_NON_WORD: Final = re.compile(r"\W")


def word_view(text: str) -> str:
    r"""``text`` with every non-word character a space, after one leading space.

    One character for one (``\W`` under the same Unicode rules as ``\b``), so a
    string that starts a word in ``text`` is found as ``" " + string`` here.
    """
    return " " + _NON_WORD.sub(" ", text)


def _atom(run: str, folded: bool, word_start: bool) -> str | None:
    if folded and not run.isascii():
        return None  # (?i) folds a non-ASCII literal beyond str.lower
    s = _NON_WORD.sub(" ", run.lower() if folded else run)
    return " " + s if word_start and not _NON_WORD.match(run[0]) else s


def _need(items: Any, folded: bool, word_start: bool = False) -> Need | None:
    """A formula every match of the sequence ``items`` satisfies, or None."""
    conj: list[Need] = []
    run: list[str] = []
    run_at_word = False
    pending = word_start  # a \b before the next item (or the sequence's start)

    def flush() -> None:
        nonlocal run_at_word
        if run:
            got = _atom("".join(run), folded, run_at_word)
            if got is not None and got.strip():
                conj.append(got)
            run.clear()
        run_at_word = False

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if not run:
                run_at_word = pending
            run.append(chr(av))
            pending = False
            continue
        flush()
        here, pending = pending, False
        got: Need | None = None
        if name == "AT":
            pending = str(av) == "AT_BOUNDARY"
        elif name in ("ASSERT", "ASSERT_NOT"):
            pending = here  # zero width: a \b before it still holds after it
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                got = _need(sub.data, folded, here)
            elif folded and not add_flags and del_flags == re.IGNORECASE:
                got = _need(sub.data, True, here)  # its lower case is in the lowered
        elif name == "BRANCH":
            alts = [_need(alt.data, folded, here) for alt in av[1]]
            if all(a is not None for a in alts):
                got = ("or", tuple(a for a in alts if a is not None))
        elif name in _REPEATS and av[0] >= 1:
            got = _need(av[2].data, folded, here)
        if got is not None:
            conj.append(got)
    flush()
    if not conj:
        return None
    return conj[0] if len(conj) == 1 else ("and", tuple(conj))


@functools.lru_cache(maxsize=64)
def tree_of(source: str, flags: int) -> Any:
    """``re._parser.parse(source, flags)``, kept for the pattern's next reader.

    ``cases.rx.prepare`` reads each pattern three times (its first characters, its
    required strings, its formula): one parse instead of three (perf50; parsing was
    ~80 % of the warm-up's ``patterns_s``). The readers only read the tree.
    """
    return _P.parse(source, flags)


def parsed(pattern: re.Pattern[str], unread_flags: int) -> tuple[Any, bool] | None:
    """The parse tree of ``pattern`` and whether it ignores case.

    None when the parser is not available, the pattern is bytes, or it has one of
    ``unread_flags`` (flags whose semantics the readers of the tree do not model).
    """
    if _P is None or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & unread_flags:
        return None
    try:
        tree = tree_of(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - compiled already, so it parses
        return None
    return tree.data, bool(pattern.flags & re.IGNORECASE)


def required_formula(pattern: re.Pattern[str]) -> tuple[Need, bool] | None:
    """The formula of ``pattern`` and whether it is read on the lower-cased text.

    None when nothing is read (then only ``required_strings`` can skip a text).
    Kept beside the regex code (``cases.rx_answers``).
    """
    return answer(FORMULA, pattern, _required_formula)


def _required_formula(pattern: re.Pattern[str]) -> tuple[Need, bool] | None:
    tree = parsed(pattern, re.ASCII | re.LOCALE | re.VERBOSE)
    if tree is None:
        return None
    need = _need(tree[0], tree[1])
    return None if need is None else (need, tree[1])


def holds(need: Need, view: str) -> bool:
    """Whether ``view`` (a ``word_view``) has what ``need`` asks for."""
    if isinstance(need, str):
        return need in view
    op, parts = need
    if op == "and":
        for part in parts:  # noqa: SIM110 - hot: a generator costs more
            if not holds(part, view):
                return False
        return True
    for part in parts:  # noqa: SIM110
        if holds(part, view):
            return True
    return False
