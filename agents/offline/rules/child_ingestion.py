"""A young child's ingestion of an opioid (or another drug), in one sentence.

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

__all__ = [
    "CHILD_CLONIDINE_INGESTION",
    "CHILD_INGESTION_AGES",
    "CHILD_INGESTION_VERB",
    "CHILD_ONE_PILL_INGESTION",
    "CHILD_OPIOID_INGESTION",
    "CHILD_SULFONYLUREA_INGESTION",
]

CHILD_INGESTION_AGES: Final = (1, 11)
"""Completed years in which a child's ingestion is read as exploratory."""

_OPIOID: Final = (
    r"methadone|buprenorphine|suboxone|subutex|oxycodone|oxycontin|morphine|codeine|"
    r"hydrocodone|hydromorphone|fentanyl|heroin|tramadol|tapentadol|opioids?|opiates?"
)
_VERB: Final = (
    r"ate|eaten|eating|chew\w*|swallow\w*|drank|drunk|drinking|ingest\w*|got into|"
    r"suck\w*|licked|found with|took|taken"
)
CHILD_INGESTION_VERB: Final = guarded(re.compile(rf"(?i)\b(?:{_VERB})\b"))
"""A verb of a child's putting something in the mouth (its sentence names what)."""


def _ingestion_of(agents: str) -> re.Pattern[str]:
    """An ingestion verb before one of ``agents`` in one sentence, or its ingestion."""
    return guarded(
        re.compile(
            rf"(?i)\b(?:{_VERB})\b[^.;]{{0,80}}?\b(?:{agents})\b"
            rf"|\b(?:{agents})[\w-]* (?:ingestion|poisoning|overdose|exposure)\b"
        )
    )


CHILD_OPIOID_INGESTION: Final = _ingestion_of(_OPIOID)
"""An ingestion verb before an opioid in one sentence, or an opioid ingestion named."""
CHILD_SULFONYLUREA_INGESTION: Final = _ingestion_of(
    r"sul(?:f|ph)onylureas?|gliclazide|glipizide|glibenclamide|glyburide|glimepiride|"
    r"chlorpropamide|tolbutamide"
)
"""A child's sulfonylurea ingestion: hypoglycaemia up to 16-21 h later (Spiller HA et
al. J Pediatr 1997; Lung DD, Olson KR. Pediatr Emerg Care 2011)."""
CHILD_CLONIDINE_INGESTION: Final = _ingestion_of(r"clonidine|guanfacine")
"""A child's central alpha-2 agonist ingestion (Seger DL. J Toxicol Clin Toxicol
2002)."""
_ONE_PILL: Final = (
    r"sul(?:f|ph)onylureas?|gliclazide|glipizide|glibenclamide|glyburide|glimepiride|"
    r"clonidine|guanfacine|verapamil|diltiazem|amlodipine|nifedipine|felodipine|"
    r"propranolol|metoprolol|atenolol|amitriptyline|nortriptyline|imipramine|doxepin|"
    r"dosulepin|clomipramine|chloroquine|hydroxychloroquine"
)
CHILD_ONE_PILL_INGESTION: Final = _ingestion_of(_ONE_PILL)
"""A child's ingestion of a drug other than an opioid (``CHILD_OPIOID_INGESTION``) of
which one adult tablet can kill a toddler: sulfonylureas, clonidine, calcium-channel
and beta-blockers, tricyclics, chloroquine (Bar-Oz B et al. Paediatr Drugs
2004;6:123; Henry K, Harris CR. Emerg Med Clin North Am 2006;24:367)."""
