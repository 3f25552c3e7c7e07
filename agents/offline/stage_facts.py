"""Clinical facts for a stage: cached findings extraction and prior-note citations.

Private to ``agents``. Findings extraction dominates a stage's cost, so findings are
memoised per text; an ED note that runs past "Medical Decision Making" is read as its
H&P part plus the rest, so later stages reuse the treatment stage's work.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from typing import Final

from agents._text import glucose_unit
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules import (
    ClinicalFacts,
    Finding,
    avpu_findings,
    extract_findings,
    extract_measurements,
    prehospital_hypotension,
)
from agents.offline.rules.facts import visit_self_harm
from agents.offline.rules.results import (
    onset_hours,
    onset_hours_joined,
    result_findings,
)
from agents.offline.rules.sepsis_risk import with_sepsis_risk
from cases.memo import HashMemo, digest, text_digest
from cases.models import Vitals
from cases.population import view_population
from cases.sections import presentation_part
from cases.views import StageView
from cases.vitals import with_text_temperature
from retrieval.citations import cite
from retrieval.schemas import Citation, NoteHit


def facts_with_notes(
    view: StageView, hits: Sequence[NoteHit], knowledge: KnowledgeBase
) -> ClinicalFacts:
    """Return the view's facts with retrieved prior-note chunks as history.

    Findings extraction dominates a stage's cost, so findings are memoised per text
    (bounded LRU), and an ED note that runs past "Medical Decision Making" is read as
    its H&P part plus the rest: the H&P part is then shared with the treatment stage.
    Without recorded age or sex the tools' own text inference is used instead.
    A stage's reasoner and its floors ask about the same view objects, and the
    disposition and diagnosis views show the same inputs: the last few answers are
    reused when the knowledge base is the same object and the view's inputs and the
    hits' texts are the same (``_RECENT``).
    """
    return _RECENT.get_or_compute(
        view, hits, knowledge, lambda: _facts_with_notes(view, hits, knowledge)
    )


def present_facts(view: StageView, knowledge: KnowledgeBase) -> ClinicalFacts:
    """Facts of ``view`` to read what is documented present now (``has``).

    The facts this very view object already has with its stage's prior-note hits
    (a stage reads its facts before its pathways), else ``facts_with_notes(view,
    (), knowledge)``. Hits add history only (``historical_only``: historical
    concepts, ``prior_`` measurements, evidence), so ``present`` and ``absent`` are
    the same with and without them, but for ``glucose_low``: Whipple's triad reads
    the history (``rules.facts._whipple_unmet``). Read only ``has`` / ``present`` /
    ``absent`` of other concepts; never ``historical``, ``known``, ``evidence`` or
    the measurements.
    """
    found = _RECENT.of_view(view, knowledge)
    return found if found is not None else facts_with_notes(view, (), knowledge)


def _facts_with_notes(
    view: StageView, hits: Sequence[NoteHit], knowledge: KnowledgeBase
) -> ClinicalFacts:
    # NICE NG51's low sepsis risk is read once the findings are (``rules.sepsis_risk``)
    return with_sepsis_risk(_read_facts(view, hits, knowledge))


def _read_facts(
    view: StageView, hits: Sequence[NoteHit], knowledge: KnowledgeBase
) -> ClinicalFacts:
    extra = tuple((h.chunk.note_type, h.chunk.text) for h in hits)
    demo = view.demographics
    if demo.age is None or demo.sex is None:
        return ClinicalFacts.from_view(view, knowledge, extra)
    population = view_population(view)
    texts = [("chief_complaint", view.chief_complaint), ("one_liner", view.one_liner)]
    texts += [("ed_note", part) for part in _ed_parts(view.ed_text)]
    current: list[Finding] = []
    measures: dict[str, float] = {}
    onset = _joined_onset([t for _, t in texts if t])
    # each text's unit and hyperglycaemia words are kept with its other answers: a
    # note part's are read once, not at every view (``case_glucose_unit``'s answer)
    unit = glucose_unit([t for _, t in texts if t])
    sex = _SEX.get(demo.sex.strip().lower(), demo.sex)
    anaemia_group = (sex, population.pregnancy == "pregnant")
    for label, text in texts:
        if text:
            key = text_digest(text)  # each text is hashed once for the three memos
            current.extend(
                _findings(text, label, knowledge, key, newborn_other=demo.age >= 1)
            )
            current.extend(_results(text, demo.age, onset, key, unit, anaemia_group))
            for k, v in _measures(text, key, unit):
                measures.setdefault(k, v)
    current.extend(avpu_findings(view.vitals, (t for _, t in texts)))
    current.extend(prehospital_hypotension(view.ed_text, population))
    current.extend(visit_self_harm([t for _, t in texts]))
    raw = view.vitals.raw
    if raw and "gcs" not in measures:  # a GCS in the vitals record ("GCS 12")
        for k, v in _measures(raw, text_digest(raw)):
            if k == "gcs":
                measures[k] = v
    prior: list[Finding] = []
    for label, text in extra:
        key = text_digest(text)
        prior.extend(_findings(text, f"prior:{label}", knowledge, key))
        for k, v in _measures(text, key):
            measures.setdefault(f"prior_{k}", v)
    return ClinicalFacts.from_findings(
        current,
        knowledge,
        historical_only=prior,
        age=demo.age,
        sex=sex,
        vitals=with_text_temperature(view.vitals, [raw, *(t for _, t in texts)]),
        evaluation_vitals=_evaluation_vitals(view.ed_text),
        implausible_vitals=view.implausible_vitals,
        chief_complaint=view.chief_complaint,
        measurements=measures,
        population=population,
    ).with_ng143(t for _, t in texts if t)


def _evaluation_vitals(ed_text: str | None) -> Vitals | None:
    """The last vitals the ED note documents after triage (``floors.repeat_vitals``).

    Imported here, not at module level: the floors read the offline reasoner's rules.
    """
    if not ed_text:
        return None
    from agents.floors import repeat_vitals

    return repeat_vitals(ed_text)


_SEX: Final[dict[str, str]] = {"m": "M", "male": "M", "f": "F", "female": "F"}


class _Recent:
    """``facts_with_notes`` answers, found by their inputs.

    The facts read only the view's demographics, vitals and texts and the hits' note
    types and texts (``_facts_with_notes``): an entry answers when those are equal
    and the knowledge base is the same object. The last ``size`` answers are found by
    the identity of the view and the hits (a stage's reasoner and its floors ask
    about the very same objects); the last ``kept`` by a SHA-256 of those inputs
    (``_inputs_digest``): the disposition and diagnosis stages see the same inputs
    in different views, and a returning patient's background reads alike in every
    request (``door.triage_facts``). Holds strong references to the entries.
    """

    def __init__(self, size: int, kept: int) -> None:
        self.size = size
        self._entries: list[
            tuple[StageView, tuple[NoteHit, ...], KnowledgeBase, ClinicalFacts]
        ] = []
        self._by_inputs: HashMemo[tuple[KnowledgeBase, ClinicalFacts]] = HashMemo(kept)
        self._lock = threading.Lock()

    def get_or_compute(
        self,
        view: StageView,
        hits: Sequence[NoteHit],
        knowledge: KnowledgeBase,
        compute: Callable[[], ClinicalFacts],
    ) -> ClinicalFacts:
        key = tuple(hits)
        with self._lock:
            entries = [e for e in self._entries if e[2] is knowledge]
        for v, h, _, facts in entries:
            if v is view and _same_objects(h, key):
                _reads_texts(view)
                return facts
        kept = self._by_inputs.get_or_compute(
            _inputs_digest(view, key), lambda: (knowledge, compute())
        )
        facts = kept[1] if kept[0] is knowledge else compute()
        with self._lock:
            self._entries.append((view, key, knowledge, facts))
            del self._entries[: -self.size]
        return facts

    def of_view(
        self, view: StageView, knowledge: KnowledgeBase
    ) -> ClinicalFacts | None:
        """The last answer kept for this very view object, whichever its hits."""
        with self._lock:
            entries = list(self._entries)
        for v, _, kb, facts in reversed(entries):
            if v is view and kb is knowledge:
                _reads_texts(view)
                return facts
        return None

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
        self._by_inputs.clear()


def _reads_texts(view: StageView) -> None:
    """Read what the facts read of ``view``, as an answer found by identity skips.

    A watched view (``agents._reads``) then knows that its new texts (complaint,
    one-liner) were read raw: a pathway that reads the facts is run again on every
    view, never replayed from another complaint's answers.
    """
    _ = view.chief_complaint


def _same_objects(a: tuple[NoteHit, ...], b: tuple[NoteHit, ...]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def _inputs_digest(view: StageView, hits: tuple[NoteHit, ...]) -> bytes:
    """SHA-256 of what ``_facts_with_notes`` reads of ``view`` and ``hits``.

    Field values by ``repr`` (a float's repr is exact, and tells 1 from 1.0 and 0.0
    from -0.0); long texts by their own digest (``text_digest``).
    """
    parts: list[str | bytes | None] = [
        view.chief_complaint,
        view.one_liner,
        text_digest(view.ed_text) if view.ed_text is not None else None,
        repr(vars(view.demographics)),
        repr(vars(view.vitals)),
        repr(view.implausible_vitals),
    ]
    for hit in hits:
        parts += [hit.chunk.note_type, text_digest(hit.chunk.text)]
    return digest(parts)


_RECENT: Final = _Recent(64, 512)


def _ed_parts(text: str | None) -> list[str]:
    if not text:
        return []
    hp, cut = presentation_part(text)
    if cut and text.startswith(hp) and len(hp) < len(text):
        return [hp, text[len(hp) :]]
    return [text]


# Stages ask the same questions of the same texts; the answers are memoised under a
# SHA-256 of the inputs (cases.memo), so no note text is kept as a key. ``text_key``
# is the text's own digest (``digest((text,))``), computed once per text by the caller.
MEMO_SIZE: Final = 1024
"""Texts whose answers are kept. Every request adds its complaint and one-liner (new
texts) besides its note parts and prior-note chunks; with 256 entries a patient's
notes were evicted before the patient's next visit among 41 (findings re-extracted
on every request, benchmarks/RESULTS.md perf14). ~12 kB per ED-note part."""
_FINDINGS: HashMemo[tuple[Finding, ...]] = HashMemo(MEMO_SIZE)
_RESULTS: HashMemo[tuple[Finding, ...]] = HashMemo(MEMO_SIZE)
_MEASURES: HashMemo[tuple[tuple[str, float], ...]] = HashMemo(MEMO_SIZE)
_ONSET: HashMemo[float | None] = HashMemo(MEMO_SIZE)


_NEWBORN_WORD: Final = re.compile(
    r"(?i)neonat|newborn|baby|infant|fetus|foetus|fetal|foetal"
)
"""Every word ``newborn_other`` reads (``findings._NEWBORN_OWNED`` and the newborn
labels of ``findings._OTHER_LABEL``), under the same case folding: a text without
one is read alike with and without ``newborn_other`` (``_findings``)."""
_SHARED_CHARS: Final = 1024
"""Texts shorter than this (the complaint, the one-liner) share their findings
between an older patient's reading and the plain one when they name no newborn."""


def _findings(
    text: str,
    source: str,
    knowledge: KnowledgeBase,
    text_key: bytes | None = None,
    *,
    newborn_other: bool = False,
) -> tuple[Finding, ...]:
    # The source label only matters as prior vs current (``extract_findings``): a
    # chunk read as history for the facts and again for its citations is one entry.
    # A newborn's label is another person's only in an older patient's note, and
    # only a text naming a newborn or fetus has one (``_NEWBORN_WORD``): the facts'
    # reading of a short text (the complaint, the one-liner: new on every request)
    # for an older patient and the pathways' (``current_findings``) are then one
    # entry, one extraction a request. Note parts keep their own entries (a scan of
    # the whole note on every ask would cost more than it saves).
    kind = "prior" if source.lower().startswith("prior") else "current"
    if newborn_other and (
        len(text) >= _SHARED_CHARS or _NEWBORN_WORD.search(text) is not None
    ):
        kind += "-older"
    # perf44: the very same text, kind and knowledge base as a recent ask (the five
    # stages and the pathways ask ~40 times a request about ~6 texts) is answered by
    # identity, before the SHA-256 of the memo's key is computed
    near = (id(text), kind, id(knowledge))
    entry = _BY_IDENTITY.get(near)
    if entry is not None and entry[0] is text and entry[1] is knowledge:
        return entry[2]
    text_key = text_key or text_digest(text)
    found = _FINDINGS.get_or_compute(
        digest((text_key, kind, knowledge.version)),
        lambda: tuple(
            extract_findings(
                text, knowledge, source=source, newborn_other=newborn_other
            )
        ),
    )
    if len(_BY_IDENTITY) >= _IDENTITY_SIZE:
        _BY_IDENTITY.pop(next(iter(_BY_IDENTITY)), None)
    _BY_IDENTITY[near] = (text, knowledge, found)
    return found


_IDENTITY_SIZE: Final = 64
"""Recent (text, kind, knowledge base) asks answered by identity (~6-10 a request)."""
_BY_IDENTITY: dict[
    tuple[int, str, int], tuple[str, KnowledgeBase, tuple[Finding, ...]]
] = {}
"""(id(text), kind, id(knowledge)) -> (the text, the knowledge base, its findings),
oldest first. Each entry holds its text and knowledge base, so neither id is reused
while it lives; the answer is ``_FINDINGS``' for the text's digest (a pure reading of
the text). Plain dict operations: two threads racing at worst read a text twice."""


def current_findings(text: str | None, knowledge: KnowledgeBase) -> tuple[Finding, ...]:
    """``extract_findings(text, knowledge)`` of a current text, kept in ``_FINDINGS``.

    The same answer as the stage facts' own reading of that text (the source label
    only matters as prior vs current): a pathway that reads a view's findings shares
    the extraction with the facts and with the other stages' views of the same text.
    """
    if not text:
        return ()
    return _findings(text, "note", knowledge)


def _results(
    text: str,
    age: int | None,
    onset: float | None,
    text_key: bytes,
    glucose_unit: str = "",
    anaemia_group: tuple[str | None, bool] = (None, False),
) -> tuple[Finding, ...]:
    # Keyed by the onset in hours, not the visit time: stages share the work.
    # ``anaemia_group``: (sex, pregnant), the WHO 2011 haemoglobin threshold's.
    sex, pregnant = anaemia_group
    return _RESULTS.get_or_compute(
        digest((text_key, repr(age), repr(onset), glucose_unit, repr(anaemia_group))),
        lambda: tuple(
            result_findings(
                text,
                age=age,
                onset=onset,
                glucose_unit=glucose_unit,
                sex=sex,
                pregnant=pregnant,
            )
        ),
    )


def _measures(
    text: str, text_key: bytes, glucose_unit: str = ""
) -> tuple[tuple[str, float], ...]:
    return _MEASURES.get_or_compute(
        digest((text_key, glucose_unit)) if glucose_unit else text_key,
        lambda: tuple(extract_measurements(text, glucose_unit).items()),
    )


def _onset(text: str) -> float | None:
    return _ONSET.get_or_compute(digest((text,)), lambda: onset_hours(text))


def _joined_onset(texts: list[str]) -> float | None:
    """``onset_hours`` of the texts joined by spaces.

    The note parts are read as one text through the memo; the complaint and a short
    one-liner before them (new on every request) are each read where they are
    joined to what follows (``onset_hours_joined``), so a new request costs no
    hashing or scan of the note.
    """
    if len(texts) < 2:
        return _onset(" ".join(texts))
    peel = 2 if len(texts) > 2 and len(texts[1]) < _PEELED_CHARS else 1
    rest = " ".join(texts[peel:])
    hours = _onset(rest)
    for i in range(peel - 1, -1, -1):
        hours = onset_hours_joined(texts[i], rest, hours)
        rest = f"{texts[i]} {rest}"
    return hours


_PEELED_CHARS: Final = 1024
"""A second text (the one-liner) shorter than this is read where it is joined to
the note parts, not hashed and scanned with them (``onset_hours_joined`` tries its
positions one by one: a long text is cheaper scanned once through the memo)."""


def _quote(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 160)
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min([*stops, end + 160, len(text)])
    return text[left + 1 : right].strip() or text[start:end]


def citations_for(
    hits: Sequence[NoteHit], facts: ClinicalFacts, knowledge: KnowledgeBase
) -> dict[str, tuple[Citation, str]]:
    """Return concept → (citation, quote) for prior-note findings in ``facts``."""
    out: dict[str, tuple[Citation, str]] = {}
    for hit in hits:
        for f in _findings(hit.chunk.text, "prior_note", knowledge):
            if f.concept in out or f.concept not in facts.historical:
                continue
            quote = _quote(hit.chunk.text, f.start, f.end)
            out[f.concept] = (cite(hit, quote), quote)
    return out


def clear_caches() -> None:
    """Drop the per-text findings caches (benchmarks measure cold cases)."""
    for memo in (_FINDINGS, _RESULTS, _MEASURES, _ONSET):
        memo.clear()
    _BY_IDENTITY.clear()
    _RECENT.clear()
