"""The words of an injury whose force can reach the uterus: one source for every reader.

ATLS 10th ed. and ACOG Committee Opinion 775 (2019): after trauma from 20 weeks,
minor included, at least 4-6 h of fetal monitoring, because placental abruption follows
force transmitted to the uterus (falls, crashes, blows, assaults, a seat belt across the
abdomen). The trauma-in-pregnancy pathway (``agents.pathways``) and the triage pattern
(``_esi_patterns``) read this same alternation. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules.injury_words import STAB

__all__ = ["FORCE_TO_TRUNK"]

FORCE_TO_TRUNK: Final = (
    r"mvc|mva|motor vehicle|collision|crash|fell|fall\b|assault\w*|struck|gunshot|"
    rf"{STAB}|domestic violence|kicked|punched(?![- ]out)|tackle\w*|thrown from|"
    r"(?:abdom\w*|belly|bump|uterus|trunk|torso|chest|back|pelvi\w*|head) "
    r"(?:trauma|injur\w*|blow)|blow to|seat ?belt"
)
"""A fall, crash or blow whose force can reach the uterus (regex body)."""
