"""A headache with the features of raised intracranial pressure.

Private to ``agents.offline.rules.findings``. NICE CG150 (2012, updated 2021) 1.1.1
lists among the headache's red flags a headache triggered by cough, Valsalva or
sneeze, one that changes with posture, and a new or progressive headache with
features of raised intracranial pressure; NICE NG12 (2015/2023) and the SNOOP4 list
(Do TP et al. Neurology 2019;92:134) add a headache worse in the mornings or waking
the patient, with vomiting. ``headache_raised_icp_features``: a headache sentence
that words such an aggravator ("headache for 3 weeks, worse in the mornings and on
coughing", "headaches that wake her from sleep", "worse lying flat"), or a headache
of weeks with vomiting. The coughing named as the trigger is no cough (``cough_spans``:
"worse on coughing" is the headache's aggravator, not a respiratory symptom).
readers53, agreed with trauma53 (who weighs it). Research software, not for clinical
use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["HEADACHE_RAISED_ICP", "cough_aggravator_spans", "raised_icp_spans"]

HEADACHE_RAISED_ICP: Final = "headache_raised_icp_features"

_HEADACHE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:headaches?|head ?aches?|head pains?)(?![A-Za-z])"
)
_AGGRAVATED: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:worse|worst|aggravated|exacerbated|brought on|triggered"
        r"|provoked|made worse)\s+(?:[\w,]+\s+){0,6}?(?:(?:in|on|at|with|when|by|after"
        r"|first thing in)\s+)?(?:the\s+)?(?:(?:she|he|they|the patient)\s+)?"
        r"(?P<what>mornings?|waking|wakening|getting up"
        r"|(?:lying|lies|lie) (?:down|flat)"
        r"|coughing|coughs?|sneezing|sneezes?|straining|strains?)"
        r"(?![A-Za-z])"
        r"|(?<![A-Za-z])(?:wakes?|waking|woken|woke)\s+(?:him|her|them|me|the patient)"
        r"\s+(?:up\s+)?(?:from|at)\s+(?:sleep|night)(?![A-Za-z])"
        r"|(?<![A-Za-z])(?:on|when|with)\s+(?:coughing|sneezing|straining)(?![A-Za-z])"
    )
)
_COUGH_AGGRAVATOR: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:on|when|with|by|after)\s+(?P<c>coughing|cough)(?![A-Za-z])"
)
_SENTENCE: Final = re.compile(r"[^.;\n]+")


def raised_icp_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the aggravators worded in a sentence that names a headache."""
    low = text.lower()
    if "head" not in low:
        return []
    out: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        lo, hi = sentence.span()
        if _HEADACHE.search(text, lo, hi) is None:
            continue
        for m in _AGGRAVATED.finditer(text, lo, hi):
            pains = list(_PAIN.finditer(text, lo, m.start()))
            if pains and _HEADACHE.fullmatch(pains[-1].group(0)) is None:
                continue  # "chest pain worse on coughing": another pain's aggravator
            if m.group(0).lower().startswith(("on ", "when ", "with ")) and not (
                _AGGRAVATOR_BEFORE.search(text, max(lo, m.start() - 60), m.start())
            ):
                continue  # a bare "with coughing" is no aggravator
            out.append(m.span())
    return out


_PAIN: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:headaches?|head ?aches?|head pains?|pains?|aches?|discomfort"
    r"|tightness)(?![A-Za-z])"
)
_AGGRAVATOR_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:worse|worst|aggravated|exacerbated|brought on|triggered"
    r"|provoked)(?![A-Za-z])[^.;\n]*$"
)


def cough_aggravator_spans(text: str) -> list[tuple[int, int]]:
    """Spans of "coughing" named as a headache's trigger, within those aggravators."""
    out: list[tuple[int, int]] = []
    for lo, hi in raised_icp_spans(text):
        for m in _COUGH_AGGRAVATOR.finditer(text, lo, hi):
            out.append(m.span("c"))
    return out
