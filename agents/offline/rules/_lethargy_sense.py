"""A "lethargic" that is tiredness, not a reduced level of alertness.

In the neurological sense lethargy is the first step down from full alertness: drowsy,
rousable, falling asleep when not stimulated (Posner JB et al. Plum and Posner's
Diagnosis of Stupor and Coma, 4th ed. 2007, ch.1), an altered mental status (the
sepsis and encephalitis criteria read it so: Singer M et al. Sepsis-3 JAMA 2016;315:801,
qSOFA's altered mentation; Venkatesan A et al. Clin Infect Dis 2013;57:1114). In lay
and much clinical writing "tired and lethargic" is a lack of energy, fatigue (R53.83),
which an alert, oriented patient with a GCS of 15 may have for weeks. The word is read
as fatigue where the note gives it that sense (ConText: a mention's sense is its
context's; Harkema H et al. J Biomed Inform 2009;42:839):

- it is paired with a word of tiredness ("tired and lethargic", "lethargic, no energy",
  "fatigued and lethargic"); or
- its sentence states full alertness ("GCS 15", "alert and oriented", "no confusion").

"Lethargic and hard to rouse", "lethargic, GCS 13" and a bare "lethargic" keep the
altered mental status. Only the words "lethargy"/"lethargic" are read so: "drowsy",
"obtunded" and "somnolent" name reduced alertness in every register.

Private to ``agents.offline.rules`` (findings and ``_mental_status_course``).
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = ["fatigue_lethargy"]

_LETHARGY: Final = re.compile(r"(?i)^letharg(?:ic|y)$")
_TIRED: Final = (
    r"(?:tired(?:ness)?|fatigued?|exhausted|worn\s+out|run\s+down|washed\s+out"
    r"|no\s+energy|low\s+(?:in\s+)?energy|lacking\s+energy|lack\s+of\s+energy|weary"
    r"|malaise|weak)"
)
_PAIRED_BEFORE: Final = re.compile(
    rf"(?i)(?<![A-Za-z]){_TIRED}\s*(?:,|/|&|and|\+)?\s*(?:(?:very|generally|more|quite"
    r"|feeling|feels|felt)\s+)?$"
)
_PAIRED_AFTER: Final = re.compile(
    rf"(?i)^\s*(?:,|/|&|and|\+|with)\s*(?:(?:very|generally|more|quite|feeling)\s+)?"
    rf"{_TIRED}(?![A-Za-z])"
)
_ALERT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:GCS\s*(?:of\s*|is\s*|=\s*|:\s*)?15(?:/15)?(?![0-9])"
    r"|alert(?!\s+(?:to|only))|orientated|oriented|no\s+confusion|not\s+confused"
    r"|E4\s*V5\s*M6|A\s+on\s+AVPU|AVPU\s*(?::|=)?\s*A(?![A-Za-z]))"
)


def fatigue_lethargy(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ("lethargic", "lethargy") is tiredness here."""
    if not _LETHARGY.match(text[start:end].strip()):
        return False
    s_start, s_end = sentence_start(text, start), sentence_end(text, end)
    if _PAIRED_BEFORE.search(text, max(s_start, start - 40), start):
        return True
    if _PAIRED_AFTER.match(text[end:s_end]):
        return True
    return _ALERT.search(text, s_start, s_end) is not None
