"""A poisoning whose intent the record says cannot be determined (ICD-10-CM intent 4).

Private to ``agents.offline.rules.findings``. ICD-10-CM codes a poisoning's intent
from the record (Official Guidelines FY2024 I.C.19.e.5.b): intent unknown or
unspecified is coded accidental; "undetermined intent is only for use if the
documentation in the record specifies that the intent cannot be determined". The
wordings read here are that statement: "intent unclear", "cannot say whether he meant
to harm himself", "unclear whether it was deliberate". The caller classifies each
span's context ("no doubt about the intent" is not one).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["INTENT_UNDETERMINED", "intent_undetermined_spans"]

INTENT_UNDETERMINED: Final = "intent_undetermined"
"""The concept: the record states the intent of a poisoning cannot be determined."""

_PURPOSE: Final = (
    r"(?:meant|intended|wanted|was trying|tried) to (?:harm|hurt|kill|die|end)"
    r"|(?:was |it was |this was )?(?:deliberate|intentional|on purpose|"
    r"a suicide attempt|self-?harm)"
)
_UNDETERMINED: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:"
        r"intent(?:ion)? (?:is |was |remains )?(?:unclear|uncertain|undetermined|"
        r"indeterminate|not (?:clear|determined|established)|"
        r"cannot be (?:determined|established|ascertained))"
        r"|(?:unclear|uncertain|undetermined|indeterminate) intent"
        r"|(?:cannot|can't|could not|couldn't|unable to|not able to|will not|won't|"
        r"does not|doesn't|did not|didn't) (?:say|tell|state|remember|recall|know)"
        r"(?: (?!and\b|but\b)[\w']+){0,6} (?:whether|if) (?:(?:s?he|they|it|this) )?"
        rf"(?:{_PURPOSE})"
        r"|(?:unclear|uncertain|not clear|not sure|unsure) (?:whether|if) "
        rf"(?:(?:s?he|they|it|this|the (?:ingestion|overdose)) )?(?:{_PURPOSE})"
        r")(?![A-Za-z0-9])"
    )
)


def intent_undetermined_spans(text: str) -> list[tuple[str, int, int]]:
    """``(INTENT_UNDETERMINED, start, end)`` of each statement of unclear intent."""
    return [
        (INTENT_UNDETERMINED, m.start(), m.end()) for m in _UNDETERMINED.finditer(text)
    ]
