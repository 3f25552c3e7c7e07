"""A young child's ingestion of an opioid, in one sentence.

One adult tablet of methadone, buprenorphine or an extended-release opioid can kill
a toddler; the depression appears late and recurs after naloxone (Sachdeva DK,
Stadnyk JM. J Emerg Med 2005;29:77; Hayes BD et al. Pediatrics 2008;121:e782). Read
by triage (high risk) and by the admission criteria; the caller applies the ages
(``CHILD_INGESTION_AGES``: from 1 year, so a newborn whose mother took methadone in
pregnancy is not read as having swallowed it, to 11, after which an overdose is
assessed as self-harm: NICE NG225).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["CHILD_INGESTION_AGES", "CHILD_OPIOID_INGESTION"]

CHILD_INGESTION_AGES: Final = (1, 11)
"""Completed years in which a child's ingestion is read as exploratory."""

_OPIOID: Final = (
    r"methadone|buprenorphine|suboxone|subutex|oxycodone|oxycontin|morphine|codeine|"
    r"hydrocodone|hydromorphone|fentanyl|heroin|tramadol|tapentadol|opioids?|opiates?"
)
CHILD_OPIOID_INGESTION: Final = guarded(
    re.compile(
        r"(?i)\b(?:ate|eaten|eating|chew\w*|swallow\w*|drank|drunk|drinking|"
        r"ingest\w*|got into|suck\w*|licked|found with|took|taken)\b[^.;]{0,80}?"
        rf"\b(?:{_OPIOID})\b"
        rf"|\b(?:{_OPIOID})[\w-]* (?:ingestion|poisoning|overdose|exposure)\b"
    )
)
"""An ingestion verb before an opioid in one sentence, or an opioid ingestion named."""
