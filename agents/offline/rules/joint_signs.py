"""A hot, red or swollen joint, or a joint effusion, as clinicians write them.

The lexicon holds fixed phrases ("swollen knee", "hot swollen joint"); notes put the
descriptors, an intensifier and the side between them: "hot, red, very swollen right
knee", "knee is warm and swollen", "effusion in the left ankle". Any of them is the
hot swollen joint of the BSR/BOA guideline, septic until aspirated when the patient is
febrile (Coakley G et al. Rheumatology 2006;45:1039). Read once here for the findings
reader (``joint_swelling``) and the adult septic-joint pathway
(``agents.pathways_msk``). Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from cases.rx import word_start

__all__ = ["HOT_JOINT"]

_JOINT: Final = (
    r"(?:joint|knee|ankle|wrist|elbow|shoulder|hip|(?:big |great )?toe|mtp|"
    r"metatarsophalangeal|sternoclavicular)s?"
)
_HOT: Final = r"(?:hot|swollen|warm|red|erythematous|inflamed|effused|septic)"
_ANKLE_OEDEMA: Final = (
    r"(?:(?:both|bilateral(?:ly)?) )?(?:swollen|puffy|oedematous|edematous) ankles\b|"
    r"(?:both )?ankles (?:are |were |both )?(?:\w+ )?(?:swollen|puffy)\b"
)
"""Both ankles swollen and nothing more: dependent oedema, not a joint (lead47)."""
HOT_JOINT: Final = word_start(
    rf"(?!{_ANKLE_OEDEMA})(?:"
    rf"{_HOT}(?:,? (?:and |or )?(?:\w+ ){{0,2}}?{_HOT})*,? (?:and )?(?:\w+ ){{0,2}}"
    rf"(?:(?:left|right) )?{_JOINT}\b|{_JOINT} (?:is |was )?(?:\w+ )?{_HOT}"
    rf"(?:,? (?:and |or )?(?:very )?{_HOT})*\b|"
    rf"{_JOINT} effusion|effusion (?:of|in) the (?:(?:left|right) )?{_JOINT}\b)"
)
"""A hot, red or swollen joint, or a joint effusion (BSR/BOA 2006); trauma54: the
descriptors after the joint too ("left knee hot, red and swollen")."""
