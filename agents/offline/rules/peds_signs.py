"""Measured signs of paediatric and obstetric work-ups written as numbers (peds36).

Each reader returns ``(concept, start, end)`` spans; ``rules.findings`` gives them a
context status (negated, historical, ...). A cheap word check comes first, so notes
without the word cost one substring search each.

- ``vision_loss``: a Snellen acuity worse than 6/9 (20/30) written after "acuity",
  "VA" or "vision" ("acuity 6/18 left"), or an eye called blurry ("the left eye is
  blurry"). Reduced acuity is an orbital red flag of periorbital cellulitis (NICE CKS
  periorbital cellulitis 2022; RCOphth) and a red flag of every red eye (RCOphth).
  "6/12" alone is also British shorthand for six months: only after an acuity word.
- ``proteinuria_heavy``: a urine dipstick protein of 3+ or 4+ ("Urine protein 4+",
  "protein +++"), nephrotic-range proteinuria (KDIGO 2021 glomerular diseases ch.4:
  3+ or more on the dipstick, or a urine protein:creatinine ratio >= 200 mg/mmol).
- ``albumin_low``: a serum albumin below 30 g/L (3.0 g/dL), the hypoalbuminaemia of
  the nephrotic syndrome in children (KDIGO 2021 ch.4); not a urine albumin, an
  albumin:creatinine ratio or an albumin infusion.
- ``fetal_tachycardia``: "fetal tachycardia", or a fetal heart rate above 160/min
  (NICE NG229 fetal monitoring 2022 baseline 110-160; ACOG CO 712: fetal
  tachycardia with a maternal fever is intraamniotic infection's criterion).
- ``ductal_saturation_gap`` (peds37): a pre-ductal and a post-ductal SpO2 written with
  their numbers ("Pre-ductal SpO2 95, post-ductal 88") more than 3 points apart, the
  positive screen of critical congenital heart disease (Mahle WT et al. AHA/AAP 2009;
  Kemper AR et al. Pediatrics 2011) and, in a shocked neonate, a duct-dependent lesion
  (AHA PALS 2020).
- ``postpartum`` (peds37): a birth dated in days or weeks ("caesarean section 10 days
  ago", "vaginal delivery 5 days ago") within the puerperium, 6 weeks (42 days) after
  birth (WHO; RCOG GTG 37a/b: the puerperium's VTE care).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

Span = tuple[str, int, int]

_ACUITY: Final = guarded(
    re.compile(
        r"(?i)\b(?:visual acuity|acuity|va|vision)\b[^.;\n]{0,12}?"
        r"\b(6|20)\s*/\s*(\d{1,3})\b"
    )
)
"""A Snellen fraction after its acuity word ("acuity 6/18 left, 6/6 right")."""
_BLURRY_EYE: Final = guarded(
    re.compile(
        r"(?i)\beye\s+(?:is|was|has been|became|feels|looks)\s+(?:\w+\s+)?"
        r"(?:blurry|blurred|misty|cloudy)\b|\bblurry\s+(?:in|out of)\s+"
        r"(?:the|that|his|her)\s+(?:\w+\s+)?eye\b"
    )
)
"""An eye the patient calls blurry ("she says the left eye is blurry")."""
_PROTEIN: Final = guarded(
    re.compile(
        r"(?i)\b(?:protein(?:uria)?)\s*(?:of\s+|:\s*|=\s*)?"
        r"(?:[34]\s*\+|\+{3,4})(?![\w+])"
        r"|\b(?:[34]\s*\+|\+{3,4})\s*(?:of\s+)?protein(?:uria)?\b"
        r"|\bnephrotic[- ]range proteinuria\b|\bheavy proteinuria\b"
    )
)
"""A dipstick protein of 3+ or 4+ ("Urine protein 4+", "+++ protein")."""
_ALBUMIN: Final = guarded(
    re.compile(
        r"(?i)(?<!urine )(?<!urinary )(?<!iv )(?<!human )\b(?:serum )?albumin\b"
        r"(?!\s*(?::|to)\s*creat)(?:\s+(?:is|was|of|level))?\s*:?\s*"
        r"(\d{1,2}(?:\.\d)?)(?!\d|\.\d)\s*(g/l|g/dl)?(?!\s*(?:%|g/kg|mL|ml))"
    )
)
"""A serum albumin value ("albumin 18", "serum albumin 2.1 g/dL")."""
_FETAL_RATE: Final = guarded(
    re.compile(
        r"(?i)\b(?:fetal|foetal|baseline fetal)\s+heart(?:\s+rate)?"
        r"(?:\s+(?:is|was|of))?\s*:?\s*(\d{2,3})\b"
    )
)
"""A fetal heart rate with its number ("Fetal heart rate 175")."""

_DUCTAL: Final = guarded(
    re.compile(
        r"(?i)\bpre-?\s?ductal\b[^.;\n]{0,25}?\b(\d{2,3})\b[^.;\n]{0,25}?"
        r"\bpost-?\s?ductal\b[^.;\n]{0,25}?\b(\d{2,3})\b"
    )
)
"""A pre-ductal then a post-ductal saturation ("Pre-ductal SpO2 95, post-ductal 88")."""
_BIRTH_DATED: Final = guarded(
    re.compile(
        r"(?i)\b(?:(?:emergency |elective |lower segment )?(?:c-?section|caesarean|"
        r"cesarean)(?: section)?|(?:normal |spontaneous )?vaginal delivery|n?svd|"
        r"delivered|gave birth)\b[^.;\n]{0,20}?\b(\d{1,2}|one|two|three|four|"
        r"five|six)\s*(days?|weeks?)\s+ago\b"
    )
)
"""A birth dated in days or weeks ("caesarean section 10 days ago")."""
_NUMBER_WORDS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
PUERPERIUM_DAYS: Final = 42
"""The puerperium: 6 weeks after birth (WHO; ICD-10 O85-O92)."""
DUCTAL_GAP: Final = 3
"""AHA/AAP 2009 (Mahle WT et al.): a pre/post-ductal difference > 3 % is positive."""
ALBUMIN_LOW_G_L: Final = 30.0
"""KDIGO 2021 ch.4 (children): nephrotic syndrome's serum albumin < 30 g/L."""
FETAL_TACHYCARDIA: Final = 160
"""NICE NG229 (2022): a normal baseline fetal heart rate is 110-160/min."""


def _acuity_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ACUITY.finditer(text):
        top, bottom = int(m.group(1)), int(m.group(2))
        if bottom > top * 1.5:  # worse than 6/9 (20/30)
            out.append(("vision_loss", m.start(), m.end()))
    out.extend(("vision_loss", m.start(), m.end()) for m in _BLURRY_EYE.finditer(text))
    return out


def _albumin_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ALBUMIN.finditer(text):
        value = float(m.group(1))
        unit = (m.group(2) or "").lower()
        g_per_l = value * 10 if unit == "g/dl" or (not unit and value < 6) else value
        if g_per_l < ALBUMIN_LOW_G_L:
            out.append(("albumin_low", m.start(), m.end()))
    return out


_FETAL_TACHY_WORDS: Final = guarded(re.compile(r"(?i)\bf(?:o)?etal tachycardia\b"))
""""fetal tachycardia" written out (the lexicon reads its "tachycardia" as the
fetus's, another person's: ``rules.findings``)."""


def _fetal_spans(text: str) -> list[Span]:
    out = [
        ("fetal_tachycardia", m.start(), m.end())
        for m in _FETAL_RATE.finditer(text)
        if int(m.group(1)) > FETAL_TACHYCARDIA
    ]
    out.extend(
        ("fetal_tachycardia", m.start(), m.end())
        for m in _FETAL_TACHY_WORDS.finditer(text)
    )
    return out


def _ductal_spans(text: str) -> list[Span]:
    return [
        ("ductal_saturation_gap", m.start(), m.end())
        for m in _DUCTAL.finditer(text)
        if abs(int(m.group(1)) - int(m.group(2))) > DUCTAL_GAP
        and max(int(m.group(1)), int(m.group(2))) <= 100
    ]


def _birth_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _BIRTH_DATED.finditer(text):
        n = _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
        days = n * 7 if m.group(2).lower().startswith("week") else n
        if days <= PUERPERIUM_DAYS:
            out.append(("postpartum", m.start(), m.end()))
    return out


def peds_sign_spans(text: str) -> list[Span]:
    """Spans of the measured signs above in ``text`` (cheap words first)."""
    low = text.lower()
    out: list[Span] = []
    if "/" in low or "blur" in low:
        out.extend(_acuity_spans(text))
    if "protein" in low:
        out.extend(
            ("proteinuria_heavy", m.start(), m.end()) for m in _PROTEIN.finditer(text)
        )
    if "albumin" in low:
        out.extend(_albumin_spans(text))
    if "fetal" in low or "foetal" in low:
        out.extend(_fetal_spans(text))
    if "ductal" in low:
        out.extend(_ductal_spans(text))
    if " ago" in low and (
        "deliver" in low
        or "section" in low
        or "birth" in low
        or "caesar" in low
        or "cesar" in low
        or "svd" in low
    ):
        out.extend(_birth_spans(text))
    return out
