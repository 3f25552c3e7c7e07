"""A poisoning stated as intentional: self-harm intent (the finding suicidal_ideation).

Private to ``agents.offline.rules.findings``. Self-harm is "any act of self-poisoning
or self-injury carried out by a person, irrespective of their motivation" (NICE NG225
self-harm 2022): an overdose or ingestion worded as intentional, deliberate or on
purpose is self-harm, which asks for a psychosocial assessment and a safe environment
meanwhile, and ICD-10-CM codes its intent as intentional self-harm (Official Guidelines
FY2024 I.C.19.e.5.b; the index's "overdose, intentional" leads to the self-harm
column). The intent word must share its sentence with an ingestion: "intentionally
struck" or "intentional weight loss" is no self-poisoning. The caller classifies each
span's context (negated: "denies intentional ingestion"; past: "history of deliberate
overdose").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from cases.rx import guarded

__all__ = ["SELF_HARM", "self_harm_intent_spans", "visit_conflict_spans"]

SELF_HARM: Final = "suicidal_ideation"
"""The knowledge base's concept of self-harm intent (its code variants and the
mental-health orders read it)."""

_INTENT: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:intentional(?:ly)?|deliberate(?:ly)?|on purpose|"
        # infect53: an overdose taken on impulse (after a row) is deliberate
        # self-poisoning whatever the motive (NICE NG225 2022; Hawton K et al.
        # Lancet 2012;379:2373): it was coded accidental (T39.1X1A)
        r"purposely|purposefully|on (?:an? )?impulse|impulsively)(?![A-Za-z0-9])"
    )
)
_INGESTION: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:overdos\w*|ingest\w*|swallow\w*|took|taken|drank|"
        r"poison\w*|self-?poison\w*|tablets|pills|capsules)(?![A-Za-z0-9])"
    )
)
_SENTENCE_END: Final = re.compile(r"[.!?;](?=\s|$)|\n")
_AFTER_CONFLICT: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:after|following|during|in the middle of)\s+"
        r"(?:(?:a|an|another|her|his|their)\s+)?(?:(?:big|huge|heated|bad|blazing|"
        r"family)\s+)?"
        r"(?:row|argument|fight|quarrel|falling[- ]out|break-?up|dispute)"
        r"(?![A-Za-z0-9])"
        # medgi56 (medgi55's leftover): a loss is a precipitant as a row is ("took all
        # her blood pressure tablets after her husband's funeral" was coded accidental;
        # NICE NG225 2022; Hawton K et al. Lancet 2012;379:2373)
        r"|(?<![A-Za-z0-9])(?:after|following|since)\s+(?:(?:a|the|her|his|their)\s+)?"
        r"(?:(?:husband|wife|partner|son|daughter|mother|father|mum|dad|child|"
        r"brother|sister|boyfriend|girlfriend|fianc\w*)'?s?\s+)?"
        r"(?:funeral|bereavement|death|passing|suicide)(?![A-Za-z0-9])"
    )
)
_AMOUNT: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:overdos\w*|handful|handfuls|packets?|strips?|boxes|"
        r"(?:[2-9]\d|1\d\d)\s+(?:[\w-]+\s+){0,4}?(?:tablets|pills|capsules)|"
        # readers55: the count in words ("about twenty paracetamol tablets")
        r"(?:twenty|thirty|forty|fifty|sixty|a hundred|a dozen|dozens of)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+"
        r"(?:[\w-]+\s+){0,4}?(?:tablets|pills|capsules)|"
        # medgi56: counted after the tablets ("tablets, approximately 40")
        r"(?:tablets|pills|capsules),?\s+(?:about|around|approximately|roughly|over|"
        r"more than|at least)\s*(?:[2-9]\d|1\d\d)(?!\d|\.\d)|"
        r"all (?:of )?(?:her|his|their|the) (?:[\w-]+\s+){0,2}"
        r"(?:tablets|pills|capsules|"
        r"medication|medicines))(?![A-Za-z0-9])"
    )
)
"""medgi54 (medgi53's leftover): an overdose taken after a row is self-harm whatever
its motive (NICE NG225 2022: any act of self-poisoning irrespective of motivation;
Hawton K et al. Lancet 2012;379:2373: interpersonal conflict is the commonest
precipitant). "20 paracetamol tablets after a row with her boyfriend" and "a handful of
his wife's gliclazide after an argument" were coded accidental (T39.1X1A, T38.3X1A).
medgi55 (lead55's request): the article may be dropped in a triage one-liner ("after
argument"), or the quarrel be the patient's own ("after her row with").
The conflict must share its sentence with an overdose amount (a handful, a packet,
twenty or more tablets, "an overdose"): two tablets for a headache after an argument
are no self-poisoning."""


_FRAGMENT_REST: Final = re.compile(
    r"(?i)\s*(?:$|(?:after|following|during|in the middle of)(?![A-Za-z0-9]))"
)
"""medgi56: what may follow an intent word that makes up its own sentence ("Took
about forty tablets. Intentional after an argument."): nothing, or the conflict it
followed."""


def _fragment_after_amount(text: str, m: re.Match[str], left: int, right: int) -> bool:
    """Whether the intent word opens a verbless fragment after an overdose's sentence.

    medgi56: the note's shorthand "Colchicine 500 microgram tablets, approximately 40
    (20 mg). Intentional after an argument." states the intent of the amount told in
    the sentence before (NICE NG225 2022: self-poisoning whatever the motive); an intent
    word that opens a sentence of its own matter ("Intentional weight loss") is not.
    """
    if text[left : m.start()].strip() or not _FRAGMENT_REST.match(text, m.end(), right):
        return False
    before = max(
        (e.end() for e in _SENTENCE_END.finditer(text, 0, max(left - 1, 0))), default=0
    )
    return bool(
        _AMOUNT.search(text, before, left) and _INGESTION.search(text, before, left)
    )


def self_harm_intent_spans(text: str) -> list[tuple[str, int, int]]:
    """``(SELF_HARM, start, end)`` of each intent word beside an ingestion.

    And of each conflict an overdose followed (``_AFTER_CONFLICT``), and of an intent
    word opening a fragment after the overdose's sentence (``_fragment_after_amount``).
    """
    out: list[tuple[str, int, int]] = []
    for m in _INTENT.finditer(text):
        left = max(
            (e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0
        )
        right_m = _SENTENCE_END.search(text, m.end())
        right = right_m.start() if right_m else len(text)
        if _INGESTION.search(text, left, right) or _fragment_after_amount(
            text, m, left, right
        ):
            out.append((SELF_HARM, m.start(), m.end()))
    for m in _AFTER_CONFLICT.finditer(text):
        left = max(
            (e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0
        )
        right_m = _SENTENCE_END.search(text, m.end())
        right = right_m.start() if right_m else len(text)
        if _AMOUNT.search(text, left, right) and _INGESTION.search(text, left, right):
            out.append((SELF_HARM, m.start(), m.end()))
    return out


def visit_conflict_spans(
    texts: Sequence[str | None], asserted: Callable[[str, int, int], bool]
) -> list[tuple[int, int, int]]:
    """``(text index, start, end)`` of each conflict an ingestion followed.

    Only when the overdose's amount is told in the visit's texts.

    readers56 (readers55's leftover): the triage one-liner says "took tablets after an
    argument with her boyfriend" and the note "about thirty paracetamol tablets": the
    overdose after a row is self-harm whatever its motive (NICE NG225 2022; Hawton K
    et al. Lancet 2012;379:2373), though conflict and amount sit in different texts. The
    amount must be a count (a handful, twenty or more tablets, all her tablets), not
    the word "overdose" a triage complaint gives any ingestion ("took 8 paracetamol
    after an argument" under "OVERDOSE" stays as it is), and asserted in its text
    (``asserted``); a conflict sentence with its own amount is read by
    ``self_harm_intent_spans`` already.
    """
    amount = any(
        asserted(t, *m.span())
        for t in texts
        if t
        for m in _AMOUNT.finditer(t)
        if not m.group(0).lower().startswith("overdos")
    )
    if not amount:
        return []
    out: list[tuple[int, int, int]] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        for m in _AFTER_CONFLICT.finditer(text):
            left = max(
                (e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())),
                default=0,
            )
            right_m = _SENTENCE_END.search(text, m.end())
            right = right_m.start() if right_m else len(text)
            if _INGESTION.search(text, left, right) and not _AMOUNT.search(
                text, left, right
            ):
                out.append((i, m.start(), m.end()))
    return out
