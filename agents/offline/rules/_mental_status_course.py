"""An altered mental state stated to have lasted 24 hours or more.

Private to ``agents.offline.rules.findings``. The International Encephalitis
Consortium case definition (Venkatesan A et al. Clin Infect Dis 2013;57:1114) has one
major criterion: altered mental status (decreased or altered level of consciousness,
lethargy or personality change) lasting 24 hours or more with no alternative cause.
Drowsiness an hour after a seizure is the post-ictal state, expected to clear within
hours (Fisher RS, Schachter SC. Epilepsy Behav 2000;1:52), and does not meet it; the
duration has to be read, not assumed. The finding is the span where the text puts a
duration of a day or more beside the altered mentation ("confused for 3 days",
"increasingly drowsy since yesterday", "behaviour change over the past week").
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules._lethargy_sense import fatigue_lethargy
from agents.offline.rules.sentence import sentence_end, sentence_start
from cases.rx import guarded

__all__ = ["PROLONGED_ALTERED_MENTATION", "prolonged_altered_mentation_spans"]

PROLONGED_ALTERED_MENTATION: Final = "altered_mental_status_24h"

_STATE: Final = (
    r"(?:confus\w*|drows\w*|disorient\w*|delirio\w*|delirium|lethargi?\w*|"
    r"somnolen\w*|obtunded|muddled|encephalopath\w*|not (?:him|her|them)sel(?:f|ves)|"
    r"altered (?:mental (?:status|state)|mentation|consciousness|behaviou?r|"
    r"level of consciousness)|(?:behaviou?r(?:al)?|personality) changes?|"
    r"change in (?:behaviou?r|personality)|odd behaviou?r|strange behaviou?r|"
    r"behaving (?:oddly|strangely)|acting (?:oddly|strangely|out of character))"
)
_NUM: Final = r"(?:\d+|two|three|four|five|six|seven|several|a few|few|many)"
_LONG: Final = (
    r"(?:(?:for|over|x|since|in) (?:the )?(?:(?:past|last) )?(?:a |one |1 )?"
    r"(?:day|week|month)|"
    rf"(?:for|over|x|since|in) (?:the )?(?:(?:past|last) )?{_NUM} "
    r"(?:days|weeks|months)|"
    rf"{_NUM}[- ]days?(?: history| ago| duration)?|{_NUM}[- ]weeks?|"
    r"since yesterday|since the day before|overnight and today|"
    r"(?:for|over) (?:the )?(?:(?:past|last) )?(?:2[4-9]|[3-9]\d|\d{3}) ?"
    r"(?:h|hrs?|hours)"
    r"(?![A-Za-z]))"
)
_COURSE: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_STATE}(?P<after>[^.;\n]{{0,60}}?){_LONG}|"
        rf"{_LONG}(?P<before>[^.;\n]{{0,60}}?){_STATE})(?![A-Za-z0-9])"
    )
)
"""The altered mentation and a duration of a day or more in one sentence, either
order ('drowsy and muddled for 2 days', 'three days of confusion')."""
_AFTER_SEIZURE: Final = re.compile(
    r"(?i)(?:post[- ]?ictal|after (?:the|a|his|her|their) (?:seizure|fit|convulsion))"
)


_WORD: Final = re.compile(r"[A-Za-z]+")
_NEGATED_STATE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:no|not|nor|denies|without|negative for)\s+$"
)
"""A negation just before the altered mentation ('no confusion'): the duration beside
it belongs to another symptom (NegEx pre-negation; Chapman WW et al. J Biomed Inform
2001;34:301)."""


def prolonged_altered_mentation_spans(text: str) -> list[tuple[int, int]]:
    """Spans stating an altered mental state that has lasted a day or more.

    A post-ictal mention in the same sentence is the seizure's expected course, not
    the encephalitis criterion: those sentences are left out.
    """
    out: list[tuple[int, int]] = []
    for m in _COURSE.finditer(text):
        lo, hi = sentence_start(text, m.start()), sentence_end(text, m.end())
        if _AFTER_SEIZURE.search(text, lo, hi):
            continue
        state = m.end("before") if m["before"] is not None else m.start()
        if _NEGATED_STATE.search(text, lo, state):
            continue  # orders38: "tired for weeks, no confusion": no altered mentation
        word = _WORD.match(text, state)
        if word is not None and fatigue_lethargy(text, state, word.end()):
            continue  # readers49: "tired and lethargic for 3 weeks, GCS 15": fatigue
        out.append(m.span())
    return out
