"""A named antibiotic regimen for one a beta-lactam allergy withholds.

When the allergy gate withholds a penicillin or a cephalosporin, the indication still
needs antibiotics within the hour: "broad-spectrum IV antibiotics" names nothing the
nurse can give. Khan DA et al. AAAAI/ACAAI drug allergy practice parameter (J Allergy
Clin Immunol 2022;150:1333): after a non-severe penicillin reaction a cephalosporin
with a dissimilar side chain (ceftriaxone, cefepime) may be given; after anaphylaxis,
angioedema or a severe cutaneous reaction (SJS/TEN/DRESS) an aztreonam-based or
non-beta-lactam regimen per indication. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from agents.schemas import Order

BETA_LACTAMS: Final = frozenset({"penicillin", "cephalosporin"})
"""Allergy classes whose blocked orders get a named alternative."""


@dataclass(frozen=True)
class Indication:
    """An indication's regimens after a non-severe and after a severe reaction."""

    pattern: re.Pattern[str]
    non_severe: str
    severe: str
    source: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{pattern})")


INDICATIONS: Final[tuple[Indication, ...]] = (
    Indication(
        _rx(
            r"\w*cholangitis|cholecystitis|biliary|append\w*|diverticul\w*|"
            r"peritonitis|intra-?abdominal|perforat\w*|abscess of liver|liver abscess"
        ),
        non_severe="ceftriaxone 2 g IV + metronidazole 500 mg IV",
        severe="aztreonam 2 g IV + metronidazole 500 mg IV, or ciprofloxacin 400 mg "
        "IV + metronidazole 500 mg IV",
        source="Mazuski JE et al. SIS 2017 and Solomkin JS et al. IDSA 2010 "
        "intra-abdominal infection: beta-lactam allergy",
    ),
    Indication(
        _rx(r"pneumonia"),
        non_severe="ceftriaxone 2 g IV + azithromycin 500 mg IV",
        severe="levofloxacin 750 mg IV (respiratory fluoroquinolone)",
        source="Metlay JP et al. IDSA/ATS 2019 community-acquired pneumonia",
    ),
    Indication(
        _rx(r"sepsis|septic|bacteri?a?emia"),
        non_severe="cefepime 2 g IV + vancomycin IV",
        severe="aztreonam 2 g IV + vancomycin IV (+ metronidazole 500 mg IV if an "
        "abdominal source is possible)",
        source="Evans L et al. Surviving Sepsis Campaign 2021: empirical cover within "
        "1 h",
    ),
)
"""Indication -> named regimens (first match wins: the most specific first)."""


def candidates(
    order: Order, classes: frozenset[str], severe: bool
) -> tuple[Order, ...]:
    """Named regimens, in preference order, for a withheld beta-lactam ``order``.

    ``classes`` are its drug classes; ``severe``: anaphylaxis, angioedema or
    SJS/TEN/DRESS documented. Empty when no indication is known.
    """
    if not classes & BETA_LACTAMS:
        return ()
    text = f"{order.for_diagnosis or ''} {order.reason} {order.name}"
    for ind in INDICATIONS:
        if ind.pattern.search(text):
            names = (ind.severe,) if severe else (ind.non_severe, ind.severe)
            why = (
                f"named alternative to the withheld {order.name.split(' ', 1)[0]} "
                "(AAAAI/ACAAI 2022 drug allergy: "
                + (
                    "after anaphylaxis or a severe reaction, an aztreonam-based or "
                    "non-beta-lactam regimen"
                    if severe
                    else "a cephalosporin with a dissimilar side chain after a "
                    "non-severe penicillin reaction"
                )
                + f"; {ind.source})"
            )
            return tuple(
                Order(
                    kind="medication",
                    name=n,
                    reason=why,
                    for_diagnosis=order.for_diagnosis,
                )
                for n in names
            )
    return ()
