"""Signs that alcohol intoxication itself explains: slurred speech and an unsteady gait.

Dysarthria ("slurred speech") and gait ataxia are the expected signs of ethanol
intoxication, from its cerebellar effect (Vonghia L et al. Eur J Intern Med 2008;19:561;
Yost DA. Am Fam Physician 2002;66:1737); in a patient documented as drunk they are no
focal neurological sign. Intoxication is a stroke mimic (Hand PJ et al. Stroke
2006;37:769), and the head CT decision rules exclude the patient who is intoxicated
without an injury (Canadian CT Head Rule: Stiell IG et al. Lancet 2001;357:1391; NICE
NG232 2023 applies to head injury): CT follows signs of injury, a focal sign or a GCS
that does not improve while sobering (ACEP clinical policy: mild TBI, Jagoda AS et al.
Ann Emerg Med 2008;52:714). A lateralised sign (weakness of one side, a facial droop,
aphasia, unequal pupils) is never explained away here: only the slurred-speech and
gait words are. Private to ``agents.offline.rules.facts``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from agents.offline.rules.findings import Finding

__all__ = ["explained_by_intoxication"]

_ALCOHOL: Final = re.compile(r"(?i)alcohol|drunk|etoh|inebriat")
"""Wording of an intoxication that is alcohol's (not lithium's or salicylate's)."""
_SLURRED: Final = re.compile(r"(?i)slur|dysarthri")
"""Speech-disturbance wordings that are dysarthria, not aphasia."""
_GAIT: Final = re.compile(r"(?i)gait|walk|stand")
"""Ataxia wordings that describe the gait (the truncal, staggering ataxia of drink)."""
_EXPLAINED: Final = {"speech_disturbance": _SLURRED, "ataxia": _GAIT}


def _alcohol_intoxication(findings: Iterable[Finding], present: set[str]) -> bool:
    return any(
        f.concept == "intoxication"
        and f.status == "present"
        and ("alcohol_use" in present or _ALCOHOL.search(f.text))
        for f in findings
    )


def explained_by_intoxication(
    findings: Iterable[Finding], present: set[str]
) -> frozenset[str]:
    """Concepts of ``present`` that a documented alcohol intoxication explains.

    A concept is explained when every present mention of it is one of its
    intoxication wordings (``_EXPLAINED``): "slurred speech" is, "word-finding
    difficulty" is not.
    """
    found = tuple(findings)
    if "intoxication" not in present or not _alcohol_intoxication(found, present):
        return frozenset()
    out = set()
    for concept, words in _EXPLAINED.items():
        texts = [
            f.text for f in found if f.concept == concept and f.status == "present"
        ]
        if texts and all(words.search(t) for t in texts):
            out.add(concept)
    return frozenset(out)
