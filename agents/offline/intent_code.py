"""A poisoning's code with the intent the record says cannot be determined.

ICD-10-CM FY2024 codes the intent of a poisoning (T36-T50) or toxic effect (T51-T65)
in its sixth character: 1 accidental, 2 intentional self-harm, 3 assault, 4
undetermined. Official Guidelines I.C.19.e.5.b: intent unknown or unspecified is
coded accidental (the knowledge base's default codes); undetermined only when the
record specifies the intent cannot be determined (``intent_undetermined``), and a
self-harm intent the record states (``suicidal_ideation``) is coded as stated. This
module derives the undetermined code from an entry's code, so every poisoning entry
has it without a variant each. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.knowledge import CodeVariant
from agents.offline.rules.intent_undetermined import INTENT_UNDETERMINED
from agents.offline.rules.self_harm_intent import SELF_HARM as SELF_HARM_INTENT

__all__ = ["INTENT_UNDETERMINED", "SELF_HARM_INTENT", "undetermined_variant"]

_INTENT_CODE: Final = re.compile(
    r"^(T(?:3[6-9]|4\d|5[0-7]|59|6[0-5])\.[0-9A-Z]{2})[12]([A-Z])$"
)
"""A T36-T65 code whose sixth character is the intent 1 (accidental) or 2 (self-harm,
an entry whose default is self-poisoning). T58 (carbon monoxide) carries its intent
in the fifth character and is left alone."""
_INTENT_NAME: Final = re.compile(
    r", (?:accidental(?: \(unintentional\))?|intentional self-harm),"
)
_SOURCE: Final = (
    "ICD-10-CM Official Guidelines FY2024 I.C.19.e.5.b: undetermined intent only "
    "when the record specifies that the intent cannot be determined"
)


def undetermined_variant(icd10: str, name: str) -> CodeVariant | None:
    """The undetermined-intent code of a poisoning's code, if it has one."""
    code = _INTENT_CODE.match(icd10)
    if code is None or not _INTENT_NAME.search(name):
        return None
    return CodeVariant(
        when_any=[INTENT_UNDETERMINED],
        icd10=f"{code.group(1)}4{code.group(2)}",
        name=_INTENT_NAME.sub(", undetermined,", name, count=1),
        source=_SOURCE,
    )
