"""British spellings of the lexicon's terms: the knowledge base's table, re-exported.

The table lives in ``agents.offline.knowledge.spelling`` (the complaint alias index
reads it too, and the knowledge base never imports the rules).
"""

from __future__ import annotations

from agents.offline.knowledge.spelling import british_variant

__all__ = ["british_variant"]
