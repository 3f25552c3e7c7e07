"""An insulin overdose: the dose or the words that make it one.

Goldfrank's Toxicologic Emergencies 11th ed. ch. 47 (insulin): a large subcutaneous
overdose, above all of a long-acting insulin (glargine, detemir, degludec), releases
from the depot for days; the hypoglycaemia recurs after each dextrose bolus and needs
a continuous dextrose infusion, hourly glucose and potassium, and admission (Johansen
NJ, Christensen MB. Basic Clin Pharmacol Toxicol 2018;122:650: overdoses of 100 units
or more). An overdose is read from its words ("insulin overdose", "too much insulin")
or from a dose injected at once of 100 units or more; a usual daily dose ("takes 30
units of glargine at night") is none. Private to ``agents.offline.rules.findings``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["INSULIN_OVERDOSE", "OVERDOSE_UNITS", "insulin_overdose_spans"]

INSULIN_OVERDOSE: Final = "insulin_overdose"
"""The finding: insulin taken in overdose."""
OVERDOSE_UNITS: Final = 100
"""Units injected at once from which the dose is an overdose (Johansen 2018)."""

_INSULIN: Final = (
    r"(?:insulins?|glargine|lantus|toujeo|abasaglar|semglee|detemir|levemir|degludec"
    r"|tresiba|isophane|humulin|insulatard|novorapid|novolog|aspart|fiasp|lispro"
    r"|humalog|glulisine|apidra|novomix|humamix|actrapid)"
)
_ANY_INSULIN: Final = re.compile(rf"(?i){_INSULIN}")
_WORDS: Final = re.compile(
    rf"(?i)(?<![a-z])(?:{_INSULIN}\s+overdos\w*|overdos\w*\s+(?:of|on|with)\s+"
    rf"(?:\w+\s+){{0,2}}?{_INSULIN}|(?:too much|excess(?:ive)?|extra)\s+{_INSULIN}"
    rf"|{_INSULIN}\s+(?:pens?\s+)?(?:injected\s+)?(?:all at once|in one go))(?![a-z])"
)
"""An overdose in words ("insulin overdose", "overdosed on her glargine")."""
_DOSE: Final = re.compile(
    rf"(?i)(?<![a-z])(?:inject\w*|gave\s+(?:him|her|them)sel(?:f|ves)|administer\w*"
    rf"|took|used|self-?administered)\s+(?:(?:about|around|approximately|up to|over"
    rf"|some|an estimated|~)\s+)?(?P<n>\d{{2,5}})\s*(?:units?|u|iu)\s+(?:of\s+)?"
    rf"(?:(?:his|her|their|the|long-acting|short-acting|rapid-acting)\s+)?"
    rf"(?:\w+\s+)?{_INSULIN}(?![a-z])"
)
"""A dose injected at once ("injected 300 units of insulin glargine")."""


def insulin_overdose_spans(text: str) -> list[tuple[str, int, int]]:
    """Spans of an insulin overdose in words or by its dose (status: the caller's)."""
    if _ANY_INSULIN.search(text) is None:
        return []
    out = [(INSULIN_OVERDOSE, *m.span()) for m in _WORDS.finditer(text)]
    out += [
        (INSULIN_OVERDOSE, *m.span())
        for m in _DOSE.finditer(text)
        if int(m.group("n")) >= OVERDOSE_UNITS
    ]
    return out
