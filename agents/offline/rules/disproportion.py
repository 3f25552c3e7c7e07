"""Abdominal pain out of proportion to the examination, as clinicians write it.

Read by ``agents.offline.rules.findings`` (which gives each span its ConText status)
and by the mesenteric ischaemia pathway (``agents.pathways_surgical``). The lexicon
holds the phrase itself ("pain out of proportion to exam"); notes more often write
its two halves apart: the pain's severity in the history ("pain 10/10, cannot get
comfortable", "writhing") and a benign abdomen on examination ("abdomen soft,
minimal tenderness", "soft and non-tender"). Severe abdominal pain with few
signs is the classic early picture of acute mesenteric ischaemia, before peritonitis
(Bjorck M et al. ESVS 2017 mesenteric arterial and venous disease, Eur J Vasc
Endovasc Surg 2017;53:460; Bala M et al. WSES 2022 acute mesenteric ischaemia, World
J Emerg Surg 2022;17:54; Tintinalli 9th ed. ch. 85). Research software, not for
clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["BENIGN_ABDOMEN", "SEVERE_PAIN"]

_ABDO: Final = (
    r"(?:abdominal|abdomen|abdo|abd|belly|stomach|tummy|epigastric|periumbilical"
    r"|umbilical)"
)
_SEVERE: Final = r"(?:severe|excruciating|agoni[sz]ing|unbearable|intense)"
SEVERE_PAIN: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"{_SEVERE}\s+(?:[a-z-]+\s+){{0,2}}{_ABDO}\s+(?:[a-z-]+\s+)?pain"
        rf"|{_ABDO}\s+(?:[a-z-]+\s+)?pain\s+(?:is\s+|was\s+)?{_SEVERE}"
        rf"|{_ABDO}\s+(?:[a-z-]+\s+)?pain[^.;\n]{{0,40}}?\b(?:10|9)\s*/\s*10"
        rf"|(?:10|9)\s*/\s*10\s+(?:[a-z-]+\s+){{0,2}}{_ABDO}\s+(?:[a-z-]+\s+)?pain"
        rf")(?![A-Za-z])"
    )
)
"""A severe abdominal pain: its words or its grade (9-10/10) beside the abdomen; the
severe pain of another site ("severe knee pain" in a trauma note that also examines
the abdomen) is not the abdomen's."""

BENIGN_ABDOMEN: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:abdomen|abdo|abd|belly|tummy)\.?\s*:?\s*"
        r"(?:is\s+|was\s+|remains\s+|remained\s+|feels\s+)?soft"
        r"(?:\s*(?:,|and|with|but)\s*)+(?:only\s+)?(?:"
        r"(?:minimal|mild|slight|min\.?)\s+(?:[a-z-]+\s+){0,2}(?:tenderness|tender)"
        r"|(?:minimally|mildly|barely|only\s+mildly)\s+tender"
        r"|non-?\s?tender|not\s+(?:particularly\s+|very\s+)?tender"
        r")(?![A-Za-z])"
    )
)
"""A soft abdomen with little or no tenderness on examination."""
