"""A finding's name followed by its measured value in the normal range.

Private to ``agents.offline.rules.findings``. Some lexicon terms name a test as well
as its abnormal state: "ketones" is ketosis in "vomiting, ketones ++", but in
"capillary ketones 0.3 mmol/L" it names a test whose value is normal. A numeric
result is read by its value (``results`` types it), never by the analyte's name:
the name followed by a value below the upper limit of normal states the finding
absent (ConText: a modifier, here the value, decides the assertion; Harkema H et al.
J Biomed Inform 2009;42:839).

Limits, with sources:

- blood ketones (beta-hydroxybutyrate) < 0.6 mmol/L are normal; 0.6-1.4 raised,
  1.5-2.9 at risk, >= 3.0 with acidosis DKA (JBDS-IP DKA 2023; Umpierrez GE et al.
  ADA/EASD/JBDS consensus, Diabetes Care 2024;47:1257); 1 mmol/L of
  beta-hydroxybutyrate is 10.4 mg/dL.

A dipstick grade ("ketones 2+") is no measured value and is left to the lexicon.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["normal_value_after"]

_VALUE: Final = re.compile(
    r"(?i)\s*(?:level|result|reading|value)?\s*(?:of|is|was|were|:|=|-)?\s*"
    r"(?P<cmp><|less than|under|below)?\s*(?P<v>\d+(?:\.\d+)?)"
    r"(?P<u>\s*(?:mmol/l|mmol|mg/dl))?(?!\s*\+)(?!\.?\d)"
    r"(?![^.;\n]{0,40}?(?:->|-->|→|=>|(?<![A-Za-z])(?:now|then|ris\w+|increas\w+"
    r"|up|to\s+\d)(?![A-Za-z])))"
)
"""The value written right after the name ("ketones 0.3 mmol/L", "BHB: 0.2",
"ketones < 0.6"); not a dipstick grade ("ketones 2+"), nor the first value of a
trend ("ketones 0.3 -> 2.4", "0.3 on arrival, now 3.1": the last one is today's)."""
_UPPER_NORMAL: Final = {"ketosis": 0.6}
"""Upper limit of normal of each concept's test, in mmol/L."""
_MG_DL_PER_MMOL: Final = {"ketosis": 10.4}


def normal_value_after(concept: str, text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is followed by a normal value.

    Args:
        concept: The finding concept the mention names.
        text: The text.
        end: Offset just after the mention.

    Returns:
        True when ``concept`` has a test limit and the value written after the
        mention is below it (a bound such as "< 0.6" counts at the limit).
    """
    limit = _UPPER_NORMAL.get(concept)
    if limit is None:
        return False
    m = _VALUE.match(text, end)
    if m is None:
        return False
    value = float(m.group("v"))
    if (m.group("u") or "").strip().lower() == "mg/dl":
        value /= _MG_DL_PER_MMOL[concept]
    if m.group("cmp"):
        return value <= limit
    return value < limit
