"""A triage system's complaint label read as the words it stands for.

Private to ``agents.offline.rules.findings``. Coded complaint lists (the CEDIS
presenting-complaint list, the CTAS/KTAS complaint lists, Korean NEDIS exports) write a
complaint head first, "Pain, chest", "Discomfort, Chest", "Bleeding, vaginal", and
abbreviate with a dot, "Abd. pain"; the findings lexicon is written in word order
("chest pain"), and a dot then a space ends a sentence for the clause scopes, so such
a label carried no finding although the complaint itself was recognised (the
assessment then said no chest pain was documented). Only a short one-line label is
read this way; the reading keeps the text's length, so spans stay offsets of it.
"""

from __future__ import annotations

import re
from typing import Final

_MAX_LABEL: Final = 60

# Complaint heads written first in coded complaint lists (CEDIS 2.0 / CTAS 2016 lists).
_INVERTED: Final = re.compile(
    r"^\s*(pain|discomfort|ache|swelling|injury|laceration|bleeding|numbness|"
    r"weakness|tightness|pressure|burn|rash|itching|mass|tenderness|trauma|erection)\s*,\s*"
    # readers45: "Rash, absent today" / "Pain, not present now" answer the item, they
    # are no site (NegEx post-negation; the label's inversion made them present)
    r"(?!(?:not|no|nil|none|absent|negative|neg|resolved|denie[sd]|gone)(?![A-Za-z]))"
    r"([A-Za-z][A-Za-z /]{1,30}?)\s*\.?\s*$",
    re.IGNORECASE,
)
# A 2-4 letter word with a dot before a lower-case word: an abbreviation ("Abd. pain").
_ABBREVIATION_DOT: Final = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,4})\.(?= [a-z])")


def label_reading(text: str) -> str:
    """Return a short complaint label in word order, the same length as ``text``.

    Args:
        text: Any text; only a one-line text of at most 60 characters is changed.

    Returns:
        "Pain, chest" as "chest Pain " and "Abd. pain" as "Abd pain "; any other text
        unchanged. The abbreviation's dot is dropped, not blanked: patterns written
        with one space between words ("abd pain") must see one space, not two.
    """
    if len(text) > _MAX_LABEL or "\n" in text:
        return text
    m = _INVERTED.match(text)
    if m is not None:
        return f"{m.group(2).strip()} {m.group(1)}".ljust(len(text))
    return _ABBREVIATION_DOT.sub(r"\1", text).ljust(len(text))
