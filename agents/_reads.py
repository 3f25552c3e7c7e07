"""Read tracking of a view's new texts, so pathway verdicts repeat across requests.

A returning patient's stage view repeats everything (note parts, vitals,
demographics) except the chief complaint and the one-liner, which are new in every
request, and the encounter id. The view-only pathways read those two texts through
the per-text asks of ``agents._text`` (``asserted``, ``present_now``, ...). While
they run under a :class:`ReadLog`, every answer such an ask gives on one of the two
texts is recorded; a later view whose other content is equal, and whose two texts
give the same recorded answers, gets the same verdicts: a pathway is a pure
function of the view and the population, so equal inputs and equal answers make it
take the same steps (``agents.pathways.fired_pathways``).

Any other read of what is new marks the running pathway untracked (``raw``): a
field of the view other than those in the key (:data:`KEYED_FIELDS`), a method or
``__dict__`` of the view, iterating, indexing, hashing or comparing the texts
tuple. An untracked pathway runs again on every view.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Hashable, Sequence
from typing import Any, Final, Generic, TypeVar

from cases.memo import HashMemo
from cases.rx import SCREEN
from cases.views import StageView

KEYED_FIELDS: Final = frozenset(
    {
        "patient_id",
        "demographics",
        "arrival",
        "vitals",
        "implausible_vitals",
        "triage_scale",
        "background",
        "ed_text",
        "cut_heading_found",
    }
)
"""The view's fields in the reuse key (read freely); the others are new per request
(complaint, one-liner and its presenting part, encounter id) or are left out of the
pathway memo's key (stage, exposed fields, prior-note keys)."""
_READ_FREELY: Final = KEYED_FIELDS | {"__class__"}

Ask = Callable[[Any, str], object]
"""A per-text ask: ``ask(obj, text)`` for a long-lived pattern or reader ``obj``."""
COMPLAINT: Final = 0
ONE_LINER: Final = 1


class ReadLog:
    """What the pathways of one view asked of its new texts, and whether untracked.

    ``asks``: (position, id(ask), id(obj)) -> (ask, obj, answer), position 0 the
    complaint's reading and 1 the one-liner; each entry holds its ask and obj, so
    the ids are not reused while it lives. ``run_keys``: the keys the running
    pathway asked (one pathway's reads among the view's).
    """

    __slots__ = ("asks", "raw", "run_keys")

    def __init__(self) -> None:
        """An empty log."""
        self.asks: dict[tuple[int, int, int], tuple[Ask, object, object]] = {}
        self.raw = False
        self.run_keys: dict[tuple[int, int, int], None] = {}
        """The keys of ``asks`` the running pathway asked (``reused_runs``)."""

    def checks(self) -> Checks:
        """The recorded asks as (position, ask, obj, answer), in the order asked."""
        return tuple((pos, *entry) for (pos, _, _), entry in self.asks.items())

    def replays(self, texts: tuple[str | None, str | None]) -> bool:
        """Whether every recorded ask gives the same answer on ``texts``."""
        return replays(self.checks(), texts)


Checks = tuple[tuple[int, Ask, object, object], ...]
"""A log's recorded asks, compact (~80 bytes each: a reuse holds ~300)."""


def replays(checks: Checks, texts: tuple[str | None, str | None]) -> bool:
    """Whether every check gives the same answer on ``texts`` (complaint, one-liner)."""
    for pos, ask, obj, answer in checks:
        text = texts[pos]
        if text is None or not same(ask(obj, text), answer):
            return False
    return True


def same(a: object, b: object) -> bool:
    """Whether two answers are indistinguishable (equal, and printed alike: -0.0)."""
    return a is b or (type(a) is type(b) and a == b and repr(a) == repr(b))


_UNSAID: dict[int, tuple[Ask, object]] = {}
"""id(ask) -> (the ask, its answer wherever its pattern cannot match): ``screened``."""


def screened(ask: Ask, unsaid: object) -> None:
    """Declare that ``ask(pattern, text)`` is ``unsaid`` wherever ``may_match`` fails.

    Recorded checks of such an ask that got ``unsaid`` are replayed together
    (``Plan``): only the patterns the text may match (``cases.rx.SCREEN``) are asked.
    """
    _UNSAID[id(ask)] = (ask, unsaid)


Present = Callable[[str], Collection[Hashable]]
"""The keys a text answers non-empty for (``keyed``): ``ask(key, text)`` is empty
exactly for the keys not in it."""
_KEYED: dict[int, tuple[Ask, Present, object]] = {}
"""id(ask) -> (the ask, the keys a text answers, its empty answer): ``keyed``."""


def keyed(ask: Ask, present: Present, empty: object) -> None:
    """Declare ``ask(key, text)`` empty exactly for the keys not in ``present(text)``.

    ``lab_results``: the analytes a text has results of.

    Recorded empty answers of such an ask are replayed together (``Plan``): one
    disjointness test of the recorded keys with the text's.
    """
    _KEYED[id(ask)] = (ask, present, empty)


class Plan:
    """A log's checks arranged for replaying: the screened ones by text and ask.

    ``groups``: (position, ask, its unsaid answer, the mask of the patterns recorded
    unsaid); ``absent``: (position, the ask's ``present``, the keys recorded empty)
    for the ``keyed`` asks; ``rest``: every other check, in the order asked. It
    replays exactly when every check of ``checks`` does: a screened check whose
    pattern is not a candidate in the text gives its unsaid answer (``screened``), a
    keyed check is empty when its key is not among the text's (``keyed``), and the
    others are asked as recorded. Only the order of the asks differs (each is pure).
    """

    __slots__ = ("absent", "groups", "rest")

    def __init__(self, checks: Checks) -> None:
        """Arrange ``checks``."""
        grouped: dict[tuple[int, int], tuple[Ask, object, list[re.Pattern[str]]]] = {}
        absent: dict[tuple[int, int], tuple[Present, set[Hashable]]] = {}
        rest: list[tuple[int, Ask, object, object]] = []
        for pos, ask, obj, answer in checks:
            unsaid = _UNSAID.get(id(ask))
            empty = _KEYED.get(id(ask))
            if (
                unsaid is not None
                and unsaid[0] is ask
                and type(obj) is re.Pattern
                and same(answer, unsaid[1])
            ):
                got = grouped.setdefault((pos, id(ask)), (ask, unsaid[1], []))
                got[2].append(obj)
            elif (
                empty is not None
                and empty[0] is ask
                and type(obj) is str
                and same(answer, empty[2])
            ):
                absent.setdefault((pos, id(ask)), (empty[1], set()))[1].add(obj)
            else:
                rest.append((pos, ask, obj, answer))
        self.groups = tuple(
            (pos, ask, unsaid, SCREEN.mask(patterns))
            for (pos, _), (ask, unsaid, patterns) in grouped.items()
        )
        self.absent = tuple(
            (pos, present, frozenset(keys))
            for (pos, _), (present, keys) in absent.items()
        )
        self.rest = tuple(rest)

    def replays(self, texts: tuple[str | None, str | None]) -> bool:
        """Whether every check gives the same answer on ``texts``."""
        for pos, present, keys in self.absent:
            text = texts[pos]
            if text is None or not keys.isdisjoint(present(text)):
                return False
        for pos, ask, unsaid, mask in self.groups:
            text = texts[pos]
            if text is None:
                return False
            maybe = SCREEN.candidates(text, mask)
            while maybe:
                low = maybe & -maybe
                maybe ^= low
                pattern = SCREEN.pattern(low.bit_length() - 1)
                if not same(ask(pattern, text), unsaid):
                    return False
        return replays(self.rest, texts)


class _State(threading.local):
    log: ReadLog | None = None


_STATE: Final = _State()


def tracking(log: ReadLog | None) -> None:
    """Record the reads of this thread into ``log`` (None: stop)."""
    _STATE.log = log


def _untracked() -> None:
    log = _STATE.log
    if log is not None:
        log.raw = True


class WatchedView(StageView):
    """A stage view whose reads beyond the keyed fields mark the run untracked."""

    def __getattribute__(self, name: str) -> Any:
        """The attribute; anything but a keyed field marks the run ``raw``."""
        if name not in _READ_FREELY:
            _untracked()
        return super().__getattribute__(name)


def watched(view: StageView) -> WatchedView:
    """The same field values as ``view`` (the very objects), read under watch."""
    fields = object.__getattribute__(view, "__dict__")
    return WatchedView.model_construct(**fields)


def field(view: StageView, name: str) -> Any:
    """A field of ``view`` read without marking (``agents._text.visible_texts``)."""
    return object.__getattribute__(view, name)


class TrackedTexts(tuple[str, ...]):
    """A view's visible texts whose new ones are read only through recorded asks.

    ``_new``: id(new text) -> its positions; ``_log``: the run's log. Each holds its
    texts (the tuple does), so the ids are not reused while it lives.
    """

    _new: dict[int, tuple[int, ...]]
    _log: ReadLog

    def _record(self, ask: Ask, obj: object, text: str, answer: object) -> None:
        for pos in self._new.get(id(text), ()):
            key = (pos, id(ask), id(obj))
            self._log.asks[key] = (ask, obj, answer)
            self._log.run_keys[key] = None

    def any_of(self, ask: Ask, obj: object) -> bool:
        """``any(ask(obj, t) for t in self)``, recording the answers on new texts."""
        if self._log is not _STATE.log:
            _untracked()  # another run's texts: not what this view shows
        for text in tuple.__iter__(self):
            answer = ask(obj, text)
            self._record(ask, obj, text, answer)
            if answer:
                return True
        return False

    def each_of(self, ask: Ask, obj: object) -> list[object]:
        """``[ask(obj, t) for t in self]``, recording the answers on new texts."""
        if self._log is not _STATE.log:
            _untracked()
        out: list[object] = []
        for text in tuple.__iter__(self):
            answer = ask(obj, text)
            self._record(ask, obj, text, answer)
            out.append(answer)
        return out

    def __iter__(self) -> Any:
        """Iterating reads the new texts raw."""
        _untracked()
        return tuple.__iter__(self)

    def __getitem__(self, index: Any) -> Any:
        """Indexing reads the new texts raw."""
        _untracked()
        return tuple.__getitem__(self, index)

    def __contains__(self, item: object) -> bool:
        """Membership compares the new texts raw."""
        _untracked()
        return tuple.__contains__(self, item)

    def __hash__(self) -> int:
        """Hashing reads the new texts raw (a cache keyed by the texts)."""
        _untracked()
        return tuple.__hash__(self)

    def __eq__(self, other: object) -> bool:
        """Comparing reads the new texts raw."""
        _untracked()
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        """Comparing reads the new texts raw."""
        _untracked()
        return tuple.__ne__(self, other)

    def __repr__(self) -> str:
        """Printing reads the new texts raw."""
        _untracked()
        return tuple.__repr__(self)

    def __reduce__(self) -> Any:
        """Copying reads the new texts raw."""
        _untracked()
        return (tuple, (tuple(tuple.__iter__(self)),))


def _marking(name: str) -> Callable[..., Any]:
    base = getattr(tuple, name)

    def method(self: TrackedTexts, *args: Any) -> Any:
        _untracked()
        return base(self, *args)

    method.__name__ = name
    return method


for _name in (
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__reduce_ex__",
    "__getnewargs__",
    "count",
    "index",
):
    setattr(TrackedTexts, _name, _marking(_name))


def tracked_texts(
    shown: tuple[str, ...], complaint: str | None, one_liner: str | None
) -> TrackedTexts:
    """``shown`` as tracked texts of this thread's run (:func:`tracking`).

    Its new texts are ``complaint`` (the complaint's reading) and ``one_liner``.
    """
    log = _STATE.log
    out = TrackedTexts(shown)
    new: dict[int, tuple[int, ...]] = {}
    for pos, text in ((COMPLAINT, complaint), (ONE_LINER, one_liner)):
        if text:
            new[id(text)] = (*new.get(id(text), ()), pos)
    out._new = new
    out._log = log if log is not None else ReadLog()
    return out


_T = TypeVar("_T")


class Reuse(Generic[_T]):
    """Answers of the tracked runs on one view, valid while ``checks`` replay.

    ``fired``: the tracked runs' answers by name (falsy ones left out); ``raw``: the
    names of the runs that read the new texts otherwise (run again); ``own``: each
    tracked run's own checks by name (none: it asked nothing of the new texts), so a
    run whose own checks replay keeps its answer when the others' do not.
    """

    __slots__ = ("checks", "fired", "own", "plan", "raw")

    def __init__(
        self,
        log: ReadLog,
        fired: dict[str, _T],
        raw: set[str],
        own: dict[str, Checks],
    ) -> None:
        """The reuse of one recorded run."""
        self.checks = log.checks()
        self.plan = Plan(self.checks)
        self.fired = fired
        self.raw = frozenset(raw)
        self.own = own


REUSE_VARIANTS: Final = 4
"""Recorded runs kept per reuse key (the newest first)."""


def reused_runs(
    memo: HashMemo[list[Reuse[_T]]],
    key: bytes,
    view: StageView,
    new: tuple[str | None, str | None],
    runs: Sequence[tuple[str, Callable[..., _T]]],
    *args: object,
) -> list[tuple[str, _T]]:
    """``(name, got)`` for each ``run(view, *args)`` whose answer is truthy, in order.

    Reused across views by ``key`` (what the view shows besides its new texts
    ``new``, and whatever else the runs read: ``agents.pathways.reuse_key``): the
    first sight of a key runs them plainly and only notes the key (most views are a
    new patient's, seen once: recording made them ~2.5 % dearer, perf31); a key seen
    before records its run on a watched view; a recorded run whose asks replay on
    ``new`` gives its answers, and its untracked runs run again. When none replays
    whole, the newest is replayed run by run: a run whose own asks replay keeps its
    answer and its checks, the others run again under record (perf54: a new complaint
    word changes the answers of a few runs' asks, not the 235). Each run must be a
    pure function of the view and ``args``, reading the new texts only through its
    own asks (no state left by another run).
    """
    first: list[Reuse[_T]] = []
    reuses = memo.get_or_compute(key, lambda: first)
    if reuses is first:
        return [(name, got) for name, run in runs if (got := run(view, *args))]
    for at, reuse in enumerate(tuple(reuses)):
        if reuse.plan.replays(new):
            if at:  # the last replayed first: the next view of its kind tries it first
                reuses.insert(0, reuses.pop(at))
            kept: list[tuple[str, _T]] = []
            for name, run in runs:
                if name in reuse.raw:
                    if got := run(view, *args):
                        kept.append((name, got))
                elif name in reuse.fired:
                    kept.append((name, reuse.fired[name]))
            return kept
    base = reuses[0] if reuses else None
    log = ReadLog()
    seen = watched(view)
    fired: dict[str, _T] = {}
    raw: set[str] = set()
    own: dict[str, Checks] = {}
    out: list[tuple[str, _T]] = []
    tracking(log)
    try:
        for name, run in runs:
            if base is not None and name not in base.raw:
                checks = base.own.get(name, ())
                if replays(checks, new):
                    for pos, ask, obj, answer in checks:
                        log.asks[(pos, id(ask), id(obj))] = (ask, obj, answer)
                    if checks:
                        own[name] = checks
                    if (same_got := base.fired.get(name)) is not None:
                        fired[name] = same_got
                        out.append((name, same_got))
                    continue
            log.raw = False
            log.run_keys = {}
            got = run(seen, *args)
            if log.raw:
                raw.add(name)
            else:
                if log.run_keys:
                    own[name] = tuple((key[0], *log.asks[key]) for key in log.run_keys)
                if got:
                    fired[name] = got
            if got:
                out.append((name, got))
    finally:
        tracking(None)
    reuses.insert(0, Reuse(log, fired, raw, own))
    del reuses[REUSE_VARIANTS:]
    return out
