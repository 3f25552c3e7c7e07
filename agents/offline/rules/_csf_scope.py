"""Whether a result stands in a CSF sentence: the specimen's scope (no text kept).

A CSF panel names its specimen once and lists its values after it, with commas
("CSF turbid, neutrophils 2400, glucose 0.8 mmol/L"): the glucose there is the CSF's
(hypoglycorrhachia, bacterial or tuberculous meningitis: Tunkel AR et al. IDSA 2004),
not the blood's. The scope runs from the specimen word to the end of its sentence (a
decimal point is no end), unless a blood panel is named in between ("CSF clear;
fingerstick glucose 2.1"): ConText-style scope (Harkema H et al. J Biomed Inform
2009;42:839).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["in_csf_sentence"]

_CSF_WORD: Final = re.compile(
    r"(?i)(?<![a-z])(?:csf|cerebrospinal fluid|lumbar puncture|spinal tap"
    # readers52 (infect52's request): another body fluid's panel lists its values so
    # ("Pleural fluid pH 7.05, glucose 1.8": the fluid's glucose, an empyema's; BTS
    # 2023 pleural disease), never the blood's
    r"|(?:pleural|ascitic|peritoneal|synovial|joint) (?:fluid|aspirate|tap)"
    r"|(?:pleural|ascitic) tap)(?![a-z])"
)
_SENTENCE_END: Final = re.compile(r"\n|\.(?!\d)(?=\s|$)")
_BLOOD_PANEL: Final = re.compile(
    r"(?i)(?<![a-z])(?:serum|blood|plasma|capillary|finger ?stick|fsbg|cbg|poc|"
    r"point[- ]of[- ]care|bedside|glucometer|bmp|cmp|labs?|chem\w*|vbg|abg)(?![a-z])"
)


_OWN_NAME: Final = re.compile(r"[^\d.;,\n]{0,40}")
"""The result's own words up to its value ("fingerstick glucose", "serum glucose")."""


def in_csf_sentence(text: str, start: int) -> bool:
    """Whether the result at ``start`` lies in a CSF sentence's scope."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    own = _OWN_NAME.match(text, start)
    scope = text[begin : own.end() if own else start]
    heads = list(_CSF_WORD.finditer(scope, 0, start - begin))
    return bool(heads) and _BLOOD_PANEL.search(scope, heads[-1].end()) is None
