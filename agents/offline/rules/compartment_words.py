"""The words of acute compartment syndrome's signs: one source for every reader.

BOA/BOAST 10 (2014, revised 2016) and EAST: after a fracture (tibia, forearm) or a
crush, pain out of proportion to the injury, pain on passive stretch of the muscles
of the compartment and a tense, swollen compartment are the clinical signs; pulses
stay palpable until late. Clinicians write the stretch sign many ways ("severe pain
on passive plantarflexion of the toes", "passive extension of the fingers is
exquisitely painful", "screams on passive finger extension"). The triage pattern
(``_esi_patterns``), the note's signs (``findings``: ``passive_stretch_pain``,
``tense_compartment``) and the limb pathway (``agents.pathways_acute``) read these
same alternations, so they cannot disagree. CDC/ACS-COT field triage 2021 counts a
crushed, degloved or mangled extremity among the injury patterns of high risk
(``CRUSHED_LIMB``). Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CRUSHED_LIMB",
    "PASSIVE_STRETCH",
    "TENSE_COMPARTMENT",
    "UPPER_LIMB_COMPARTMENT",
]

_PASSIVE_MOVE: Final = (
    r"(?:stretch\w*|extension|flexion|movement|dorsiflexion|plantar ?flexion)"
)
_PASSIVE_VERB: Final = (
    r"(?:moving|stretching|extending|flexing|bending|dorsiflexing|plantar ?flexing)"
)
PASSIVE_STRETCH: Final = (
    rf"pain(?:ful)? (?:on|with) passive (?:\w+ )?{_PASSIVE_MOVE}"
    rf"|passive (?:\w+ )?{_PASSIVE_MOVE} (?:of the \w+ )?(?:is |was )?(?:very "
    r"|severely |exquisitely |extremely )?painful"
    rf"|(?:screams?|cries|winces?|grimaces?) (?:\w+ )?(?:on|with) passive (?:\w+ )?"
    rf"{_PASSIVE_MOVE}"
    # trauma51: the stretch told with its adverb ("pain on passively moving his toes",
    # "passively extending the fingers is very painful": BOAST 10)
    rf"|pain(?:ful)? (?:on|with|when|while) passively {_PASSIVE_VERB}"
    rf"|passively {_PASSIVE_VERB} (?:the |his |her |their )?(?:\w+ ){{0,2}}"
    r"(?:is |was )?(?:very |severely |exquisitely |extremely )?painful"
)
"""Pain on passive stretch of the compartment's muscles (BOAST 10)."""

_COMPARTMENT_SITE: Final = (
    r"(?:calf|compartments?|forearms?|thighs?|legs?|lower leg|shin|buttock|hand|foot)"
)
TENSE_COMPARTMENT: Final = (
    rf"tense(?:,| and)? (?:(?:\w+,? ){{0,2}})?(?:swollen )?{_COMPARTMENT_SITE}"
    rf"|{_COMPARTMENT_SITE} (?:\w+ ){{0,2}}(?:is |are |was |feels? )?(?:tense|"
    r"woody|rock[- ]hard)(?:(?:,| and) swollen)?"
)
"""A tense (woody) compartment or limb segment (BOAST 10)."""

_LIMB: Final = (
    r"(?:(?:lower |upper )?legs?|thighs?|calf|calves|shins?|arms?|forearms?|limbs?"
    r"|extremit(?:y|ies))"
)
CRUSHED_LIMB: Final = (
    rf"{_LIMB} (?:was |were |got |been |being )?(?:crushed|mangled|degloved)"
    rf"|(?:crushed|mangled|degloved|crush injury (?:of|to)) (?:(?:his|her|the|a|my|"
    rf"their|left|right|both|\w+) ){{0,3}}{_LIMB}"
)
"""A crushed, mangled or degloved limb (CDC/ACS-COT field triage 2021); a crushed
finger, hand or foot is not a limb injury pattern of high risk."""

_UPPER_SITE: Final = r"(?:forearms?|upper arms?|arms?|hands?|wrists?|fingers?|thumbs?)"
_UPPER_TENSE: Final = r"(?:forearms?|upper arms?|arms?|hands?)"
UPPER_LIMB_COMPARTMENT: Final = (
    rf"tense(?:,| and)? (?:(?:\w+,? ){{0,2}})?(?:swollen )?{_UPPER_TENSE}\b"
    rf"|\b{_UPPER_TENSE} (?:\w+ ){{0,2}}(?:is |are |was |feels? )?(?:tense|woody|"
    r"rock[- ]hard)"
    rf"|passive (?:{_UPPER_SITE} )?{_PASSIVE_MOVE} (?:of (?:the |his |her |all )?)?"
    rf"{_UPPER_SITE}\b|passive {_UPPER_SITE} {_PASSIVE_MOVE}"
    r"|(?:forearm|hand|arm) compartment syndrome|compartment syndrome (?:of|in) (?:the "
    r"|his |her )?(?:left |right )?(?:forearm|hand|arm|upper (?:limb|extremity))"
)
"""A compartment sign, or the syndrome, placed in the upper limb (a tense forearm,
pain on passive extension of the fingers): ICD-10-CM codes traumatic compartment
syndrome by its documented site, T79.A1- upper extremity (forearm, hand), T79.A2-
lower extremity."""
