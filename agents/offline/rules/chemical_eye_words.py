"""A chemical that reached the eye, in the words people use.

RCEM / RCOphth chemical eye injury guidance (2020) and Eslani M et al. Surv
Ophthalmol 2014;59:364: the history of a chemical in the eye starts irrigation at
once, before the acuity, the slit lamp or the chemical's name and pH are known.
Notes word it as "cleaning fluid splashed into both eyes", "got bleach in her
eyes", "sprayed with a degreaser in the face and eyes": a chemical's word and the
eye it reached in one sentence, in either order (the knowledge base's phrase list
holds only set phrases). A chemical on the skin alone ("oven cleaner on the back of
her hand") is a skin burn, and a drug's acid ("folic acid", "tranexamic acid") or
"acid reflux" is no chemical. Used by ``agents.offline.rules.findings`` (each span
given its ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["CHEMICAL_EYE", "chemical_eye_spans"]

CHEMICAL_EYE: Final = "chemical_eye_exposure"
"""The knowledge base's concept of a chemical in the eye."""

_CHEMICAL: Final = (
    r"chemicals?|bleach|lye|alkali\w*|caustic|corrosive|ammonia|chlorine|lime"
    r"|cement|mortar|plaster|solvents?|detergents?|disinfectants?|degreasers?"
    r"|descalers?|hypochlorite|(?:sodium|potassium|calcium) hydroxide|hydroxide"
    r"|(?:oven|drain|toilet|floor|bathroom|kitchen|patio|brick|window|industrial)"
    r" cleaners?|cleaner (?:fluid|liquid|spray|solution)s?"
    r"|(?:cleaning|washing[- ]up|dishwasher|washing) (?:fluid|liquid|product"
    r"|solution|spray|tablet|detergent|powder|gel|pod|capsule)s?"
    r"|liquitabs?|pepper spray|cs spray|mace|battery (?:acid|fluid)"
    r"|(?:hydrochloric|sulph?uric|hydrofluoric|nitric|acetic) acid"
    r"|(?<!folic )(?<!uric )(?<!tranexamic )(?<!valproic )(?<!fusidic )"
    r"(?<!mefenamic )(?<!amino )(?<!lactic )(?<!nalidixic )(?<!salicylic )"
    r"(?<!ascorbic )(?<!stomach )acids?(?![- ](?:reflux|fast|base|suppress\w*|level))"
)
"""A chemical's word (RCEM 2020: acids, alkalis, solvents, detergents, irritants)."""

_EYE: Final = (
    r"(?:in|into|to|onto|on|at|over|across)\s+(?:(?:the|his|her|their|my|both|each"
    r"|either|one|right|left|r|l|face|and)\s+){0,4}eyes?(?![a-z])"
)
"""The eye the chemical reached ("into both eyes", "in her face and eyes")."""
_EYE_HIT: Final = (
    rf"{_EYE}|eyes?\s+(?:(?:was|were|got|being|been)\s+)?(?:splash|spray|squirt)\w*"
)
"""The eye first: the eye the chemical reached, or the eye the subject of the
splash ("eyes splashed with oven cleaner")."""

_NOT: Final = (
    r"(?!(?<![a-z])(?:no|not|nothing|none|without|denies|denied|never)(?![a-z]))"
)
_GAP: Final = rf"(?:{_NOT}[^.;:!?\n]){{0,80}}?"
"""The words between: one sentence, no denial ("bleach on her hands, nothing in
the eyes")."""
_SHORT: Final = rf"(?:{_NOT}[^.;:!?,\n]){{0,40}}?"
"""The eye first, its chemical after within one clause ("splashed in the eye with
bleach")."""

CHEMICAL_EYE_WORDS: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:(?:{_CHEMICAL})(?![a-z]){_GAP}(?<![a-z]){_EYE}"
        rf"|(?:{_EYE_HIT}){_SHORT}(?<![a-z])(?:{_CHEMICAL})(?![a-z]))"
    )
)
"""A chemical's word and the eye it reached, in one sentence, either order."""

_CUE: Final = re.compile(r"(?i)eye")


def chemical_eye_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of each chemical worded as reaching an eye."""
    if _CUE.search(text) is None:
        return []
    return [(CHEMICAL_EYE, *m.span()) for m in CHEMICAL_EYE_WORDS.finditer(text)]
