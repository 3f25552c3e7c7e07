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
_DIGITS: Final = r"(?:toes|fingers|big toe|great toe)"
"""The digits whose passive stretch tests the compartment: a moved ankle or wrist
hurts after any sprain."""
_MOVED: Final = (
    r"(?:pulled|pushed|moved|stretched|flexed|extended|bent|straightened"
    r"|dorsiflexed|plantar ?flexed)"
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
    # trauma52: the stretch told as the examiner moves the digits ("pain when his toes
    # are pulled down", "hurts when her fingers are straightened": BOAST 10)
    rf"|(?:pain(?:ful)?|hurts?|screams?|cries) (?:when|on|as|if) "
    rf"(?:(?:his|her|their|the) )?{_DIGITS} (?:are|is|were|was|get|gets) "
    rf"(?:passively |gently )?{_MOVED}"
)
"""Pain on passive stretch of the compartment's muscles (BOAST 10)."""

_COMPARTMENT_SITE: Final = (
    r"(?:calf|compartments?|forearms?|thighs?|legs?|lower leg|shin|buttock|hand|foot"
    # trauma52: the anterior compartment by its place ("the front of the lower leg")
    r"|(?:front|back) of (?:the |his |her )?(?:lower leg|leg|shin|thigh|forearm))"
)
TENSE_COMPARTMENT: Final = (
    rf"tense(?:,| and)? (?:(?:\w+,? ){{0,2}})?(?:swollen )?{_COMPARTMENT_SITE}"
    rf"|{_COMPARTMENT_SITE} (?:\w+ ){{0,2}}(?:is |are |was |feels? )?(?:tense|"
    r"woody|rock[- ]hard)(?:(?:,| and) swollen)?"
    # trauma52: "tight" beside "swollen" is the tense compartment as notes write it
    # ("tight swollen calf", "calf tight and swollen"; BOAST 10); a tight limb alone is
    # not read (a tight bandage, tight muscles)
    rf"|tight(?:,| and)? swollen {_COMPARTMENT_SITE}|swollen(?:,| and)? tight "
    rf"{_COMPARTMENT_SITE}|{_COMPARTMENT_SITE} (?:is |was |feels? )?(?:tight(?:,| and)"
    r" swollen|swollen(?:,| and) tight)"
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
