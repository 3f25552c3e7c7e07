"""Whose rigidity a bare "rigidity" is: the abdomen's or the muscles'.

The lexicon reads a bare "rigidity" as the abdomen's guarding (McGee S.
Evidence-based physical diagnosis: rigidity LR+ 3.9 for peritonitis). The same word
is the muscles' tone in a toxidrome: the lead-pipe rigidity of the neuroleptic
malignant syndrome (Gurrera RJ et al. J Clin Psychiatry 2011;72:1222, a consensus
criterion), the hypertonia of a severe serotonin toxicity (Dunkley EJ et al. Hunter
criteria. QJM 2003;96:635), the rigidity of tetanus or of parkinsonism. A mention's
sense is its context's (Harkema H et al. ConText. J Biomed Inform 2009;42:839):
readers48 arbitrates by site. A bare "rigidity" is the abdomen's when its clause or
sentence names the abdomen (an abdominal word, a quadrant, guarding, rebound, a
perforation), or the sentence just before does and its own names no limb or muscle
("Abdomen distended and tender. Rigidity and absent bowel sounds."); otherwise it is
muscle rigidity ("Marked rigidity of all four limbs", "fever, confusion, marked
rigidity"). Private to ``agents.offline.rules.findings``.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = ["penile_rigidity", "rigidity_site"]

_MUSCLE_RIGIDITY: Final = "muscle_rigidity"
_NECK_STIFFNESS: Final = "neck_stiffness"

_BARE: Final = re.compile(r"(?i)rigidity")
_ABDOMINAL: Final = re.compile(
    r"(?i)(?<![a-z])(?:abdo\w*|abd|belly|tummy|stomach|periton\w*|guard\w*|rebound"
    r"|bowel|quadrants?|rif|lif|ruq|luq|rlq|llq|iliac fossa|epigastr\w*|umbilic\w*"
    r"|periumbilical|suprapubic|mcburney\w*|murphy\w*|perforat\w*|ulcer|appendi\w*"
    r"|percussion tender\w*|board-?like|viscus|laparotomy|p/a)(?![a-z])"
)
"""Words that place a rigidity in the abdomen."""
_EXAMINED: Final = re.compile(
    r"(?i)(?<![a-z])(?:tender\w*|palpat\w*|distended|distension|soft)(?![a-z])"
)
"""Words of an examination that place a rigidity in the abdomen unless a limb or a
muscle is named with them ("diffuse tenderness with rigidity")."""
_MUSCULAR: Final = re.compile(
    r"(?i)(?<![a-z])(?:limbs?|arms?|legs?|extremit\w*|muscles?|muscular|tone"
    r"|hypertoni\w*|lead[- ]?pipe|jaw|trismus|trunk|clonus|hyperreflexi\w*"
    r"|reflex\w*|tremor\w*|all four|generali[sz]ed)(?![a-z])"
)
"""Words that place a rigidity in the muscles (or with a neuromuscular sign)."""
_NECK: Final = re.compile(r"(?i)(?<![a-z])(?:neck|nuchal)(?![a-z])")


_PENILE: Final = re.compile(
    r"(?i)(?<![a-z])(?:penis|penile|shaft|erection|erect|corpora|corpus cavernosum"
    r"|cavernosal|glans|priapism)(?![a-z])"
)
"""Words that place a rigidity in the penis."""


def penile_rigidity(text: str, start: int, end: int) -> bool:
    """Whether a "rigid" at ``text[start:end]`` is the penis's (a priapism's sign).

    medgi54: "Rigid shaft, soft glans" in a sickle cell priapism was read as muscle
    rigidity, and the neuroleptic malignant syndrome's "stop the antipsychotic" and CK
    were ordered for a man on no drug (Gurrera RJ et al. 2011: NMS rigidity is the
    muscles'; Salonia A et al. EAU 2022 priapism: a rigid shaft with a soft glans).
    """
    return _PENILE.search(_clause(text, start, end)) is not None


def _clause(text: str, start: int, end: int) -> str:
    return text[sentence_start(text, start, ".;,\n") : sentence_end(text, end, ".;,\n")]


def rigidity_site(text: str, start: int, end: int) -> str | None:
    """The finding the bare "rigidity" at ``text[start:end]`` is, when not guarding.

    ``"neck_stiffness"`` for the neck's ("rigidity of the neck"), ``"muscle_rigidity"``
    for the muscles', None for the abdomen's (the lexicon's guarding stays).
    """
    if not _BARE.fullmatch(text, start, end):
        return None
    clause = _clause(text, start, end)
    s_start = sentence_start(text, start)
    for part in (clause, text[s_start : sentence_end(text, end)]):
        if _ABDOMINAL.search(part):
            return None
        if _NECK.search(part):
            return _NECK_STIFFNESS
        if _MUSCULAR.search(part):
            return _MUSCLE_RIGIDITY
        if _EXAMINED.search(part):
            return None
    if s_start >= 2 and "\n\n" not in text[max(0, s_start - 2) : s_start + 1]:
        before = text[sentence_start(text, s_start - 1) : s_start]
        if _ABDOMINAL.search(before):
            return None  # the abdominal examination's next sentence
    return _MUSCLE_RIGIDITY
