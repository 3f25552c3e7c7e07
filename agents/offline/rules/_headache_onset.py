"""Thunderclap onset and worst-ever severity of a headache as clinicians write them.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText status).
The lexicon matches fixed phrases ("thunderclap headache", "worst headache of life");
notes spread the same two features over a sentence: "sudden severe occipital headache
... worst of his life", "headache which came on like a bang, maximal within seconds,
'never had one like this'". Both are the Ottawa SAH rule's and ACEP's high-risk
features:

- thunderclap onset: a headache reaching its maximum intensity within a minute (ICHD-3
  4.4 thunderclap headache; Perry JJ et al. JAMA 2013;310:1248 Ottawa SAH rule:
  "thunderclap headache (instantly peaking pain)"; ACEP clinical policy: acute
  headache, Ann Emerg Med 2019;74:e41: sudden-onset severe headache);
- worst-ever severity: "worst headache of my life" (Perry JJ et al. BMJ 2010;341:c5204;
  ACEP 2019).

A descriptor counts only in a sentence that names the headache, next to it (an onset
adjective at most three words before it) or after it in the same sentence (an onset or
severity clause); the span returned is the descriptor's own, so "not sudden" is read as
negated by the caller.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded, scan

__all__ = ["Span", "headache_onset_spans"]

_HEAD: Final = (
    r"(?:head[- ]?aches?|(?-i:HA)|h/a|cephalgia|head pain|"
    r"pain in (?:the|his|her|my) head)"
)
_ADJ: Final = r"(?:(?!(?:and|or|with|then|but)\s)[A-Za-z0-9/'-]+\s+){0,3}?"
_BEFORE: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(sudden(?:ly)?|abrupt(?:ly)?|instantaneous|explosive|"
        rf"worst[- ]ever|worst(?= possible))"
        rf"(?:[- ]onset(?: of)?)?\s+{_ADJ}{_HEAD}(?![A-Za-z])"
    )
)
_HEAD_RX: Final = guarded(re.compile(rf"(?i)(?<![A-Za-z0-9]){_HEAD}(?![A-Za-z])"))
_ONSET_AFTER: Final = (
    r"(?:onset|came on|comes on|starts?|started|starting|began|begun|beginning|"
    r"developed|built up|builds up|building up|"
    r"struck|hit (?:him|her|them|me))\W{0,3}(?:(?:was|is|were|very|quite|"
    r"completely|totally)\s+){0,2}"
    r"(?:sudden(?:ly)?|abrupt(?:ly)?|instant(?:ly|aneous(?:ly)?)?|explosive(?:ly)?|"
    r"out of the blue|like a (?:bang|thunderclap|clap of thunder|bolt|gunshot|"
    r"explosion)|(?:within|in|over) (?:a few |several |a couple of )?seconds|"
    r"in an instant|within (?:a |one |1 )min(?:ute)?|"
    r"(?:with)?in (?:under|less than|< ?) ?(?:a |one |1 )min(?:ute)?)|"
    r"(?:max(?:imal|imum)?|peak(?:ed|ing|s)?|at (?:its )?(?:worst|peak|maximum)|"
    r"worst|full (?:intensity|severity)|10/10|severe)\s+(?:(?:in\s+)?intensity\s+|"
    r"(?:in\s+)?severity\s+|pain\s+)?(?:at onset|from (?:the )?onset|"
    r"from the (?:start|outset)|"
    r"within (?:a few |several )?seconds|in (?:a few )?seconds|"
    r"within (?:a |one |1 |<\s*1 |less than (?:a |one |1 ))min(?:ute)?|"
    r"in (?:under |less than |<\s*)?(?:a |one |1 )min(?:ute)?|"
    r"within (?:under )(?:a |one |1 )min(?:ute)?|"
    r"instantly|immediately)|"
    r"like a (?:thunderclap|clap of thunder)|"
    r"like (?:being|been|getting) (?:hit|struck|kicked|shot)|"
    r"like a (?:baseball )?bat|like a (?:hammer|bomb|bang|gunshot|explosion)"
)
_WORST_AFTER: Final = (
    r"worst (?:of (?:his|her|my|their|the patient's|pt's|the pt's) life|"
    r"(?:pain |headache |one |ha )?(?:of (?:his|her|my|their) life|ever)|"
    r"(?:(?:he|she|they|i|pt|patient)(?:'s| has| have|'ve| had)? )?ever "
    r"(?:had|experienced|felt))|"
    r"never (?:had|experienced|felt|known) (?:one|a headache|a head ?ache|a HA|"
    r"an? \w+ headache|anything|a pain|pain|this|such (?:a )?(?:headache|pain))?\s*"
    r"(?:like (?:this|it|that)|this (?:bad|severe))|"
    r"first and worst"
)
_AFTER: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:(?P<onset>{_ONSET_AFTER})|(?P<worst>{_WORST_AFTER}))"
        r"(?![A-Za-z0-9])"
    )
)
_BREAK: Final = re.compile(r"[.;\n]|\b(?:but|however)\b")
REACH_AFTER: Final = 120
"""Characters after the headache word within which an onset or severity clause of the
same sentence is read as the headache's (a clause or two of an ED sentence)."""


Span = tuple[str, int, int, int, int]
"""``(concept, start, end, head_start, head_end)``: a descriptor and the headache word
it describes."""


def headache_onset_spans(text: str) -> list[Span]:
    """Each thunderclap-onset or worst-ever descriptor with its headache word.

    Concepts are ``thunderclap_headache`` and ``worst_headache``. A descriptor before
    the headache word spans the word too (``head_start >= start``).

    Args:
        text: Free text (typographic quotes already plain).

    Returns:
        The spans, in text order, without duplicates.
    """
    out: dict[tuple[str, int, int], Span] = {}
    for m in scan(_BEFORE, text):
        word = m.group(1).lower()
        concept = (
            "worst_headache" if word.startswith("worst") else "thunderclap_headache"
        )
        out[(concept, m.start(), m.end())] = (concept, m.start(), m.end(), *m.span())
    for h in scan(_HEAD_RX, text):
        tail = text[h.end() : h.end() + REACH_AFTER]
        stop = _BREAK.search(tail)
        tail = tail[: stop.start()] if stop else tail
        for m in _AFTER.finditer(tail):
            concept = "thunderclap_headache" if m.group("onset") else "worst_headache"
            key = (concept, h.end() + m.start(), h.end() + m.end())
            out.setdefault(key, (*key, *h.span()))
    return sorted(out.values(), key=lambda x: (x[1], x[0]))
