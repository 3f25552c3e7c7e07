"""A vesicular eruption's words placed by site or by shape: one source for the readers.

Herpes zoster of the ophthalmic division is written by its site more often than by its
name: "a painful blistering rash on the right forehead and the tip of the nose" is V1
zoster with Hutchinson's sign until an ophthalmologist has looked (Cohen EJ, Jeng BH.
N Engl J Med 2020; Liesegang TJ. Ophthalmology 2008;115:S3; NICE CKS shingles 2023).
Eczema herpeticum is written by the shape of its lesions: monomorphic "punched-out"
blisters, vesicles or erosions (NICE CKS atopic eczema 2024; Damour A et al. J Clin Med
2020;9:2985). ``findings`` reads both as the lexicon's ``zoster_ophthalmic`` and
``punched_out_erosions``. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["PUNCHED_OUT_LESIONS", "VESICLES_ON_V1"]

_VESICULAR: Final = (
    r"(?:vesicles?|vesicular|blisters?|blistering|blistered|bullae|bullous)"
)
_V1_SITE: Final = (
    r"(?:forehead|brow|scalp and (?:the )?forehead|upper (?:eye)?lid|eyelids?"
    r"|(?:tip|side|bridge) of (?:the |his |her |their )?nose|nasal (?:tip|bridge)"
    r"|nose tip|around (?:the |his |her |their )?(?:left |right )?eye)"
)
VESICLES_ON_V1: Final = re.compile(
    rf"\b{_VESICULAR}\b[^.;\n]{{0,60}}?\b{_V1_SITE}\b"
    rf"|\b{_V1_SITE}\b[^.;\n]{{0,40}}?\b{_VESICULAR}\b",
    re.IGNORECASE,
)
"""Blisters or vesicles on the forehead, an upper eyelid or the nose (the ophthalmic
division of the trigeminal nerve, V1), in one clause."""

PUNCHED_OUT_LESIONS: Final = re.compile(
    r"\bpunched[- ]out\s+(?:\w+\s+){0,2}?(?:blisters?|vesicles?|erosions?|sores?"
    r"|ulcers?|lesions?|crusts?)\b",
    re.IGNORECASE,
)
"""Monomorphic punched-out blisters, vesicles or erosions (eczema herpeticum's)."""
