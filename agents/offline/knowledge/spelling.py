"""British spellings of the lexicon's American medical terms (haemorrhage, oedema).

Read by the findings lexicon (``agents.offline.rules._lexicon``) and by the
chief-complaint alias index and meaning match (``knowledge.models``,
``knowledge.semantic``: "HAEMATEMESIS", "DIARRHOEA", "hypoglycaemia" are the
complaints of their US aliases). The knowledge base is written
in US spelling; notes, case reports and guidelines written in British, Irish, Australian
or Indian English use the Commonwealth forms (Oxford/NHS style). The lexicon adds each
term's British form as a second term of the same concept, so matching stays exact and
character offsets are those of the text. Rules are morpheme-level and conservative (each
rewrites only the stems listed, never "systemic" or "hemiparesis"): the word list of the
PyPI package ``breame`` knows 15 of the 51 lexicon words they change (compounds such as
"haemodialysis" and "hyperkalaemia" are not in it) and two they missed, now rules
(laboured, odour; its "rigours" is not the medical "rigors").
"""

from __future__ import annotations

import re
from typing import Final

_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), repl)
    for pattern, repl in (
        # haem-: haemorrhage, haematoma, haemoptysis, haemodialysis (not hemi-, half).
        (r"\bhem(?=[ao])", "haem"),
        (r"(?<=[a-z])hemat(?=om|ur|em|oc)", "haemat"),
        # -aemia / -aemic: hyperkalaemia, hypoglycaemic, ischaemia, anaemia, uraemia.
        (
            r"(glyc|kal|natr|isch|ur|bacter|septic|leuk|hypox|calc|magnes|phosphat|"
            r"vol|lipid|vir|tox|parasit|acid|alkal)em(?=i)",
            r"\1aem",
        ),
        (r"\banem(?=i)", "anaem"),
        (r"\bmelen(?=a)", "melaen"),  # melaena (British): black tarry stools
        (r"\bedem(?=a)", "oedem"),
        (r"\b(gastro|tracheo)esophag", r"\1-oesophag"),
        (r"\besophag", "oesophag"),
        (r"\bpediatr", "paediatr"),
        (r"orthoped", "orthopaed"),
        (r"gyneco", "gynaeco"),
        (r"anesthe", "anaesthe"),
        (r"(dyspn|apn|orthopn|tachypn|bradypn|hypopn)ea\b", r"\1oea"),
        (r"diarrhea", "diarrhoea"),
        (r"\btumor", "tumour"),
        (r"\bestrogen", "oestrogen"),
        (r"\bceliac", "coeliac"),
        (r"\bcesarean", "caesarean"),
        (r"\bfeces\b", "faeces"),
        (r"\bfecal", "faecal"),
        (r"\bbehavior", "behaviour"),
        (r"\blabor(?=ed|ing)", "labour"),
        (r"\bodor", "odour"),
        (r"\bsulfa", "sulpha"),
        (r"\bparalyz", "paralys"),
        # -ise for -ize in long stems: hospitalised, immobilised, catheterised.
        (r"\b([a-z]{5,})iz(e|ed|es|ing|ation)\b", r"\1is\2"),
    )
)


def british_variant(term: str) -> str | None:
    """Return the British spelling of ``term``, or ``None`` when it has none.

    >>> british_variant("hyperkalemia with ECG changes")
    'hyperkalaemia with ECG changes'
    >>> british_variant("systemic lupus") is None
    True
    """
    out = term
    for rx, repl in _RULES:
        out = rx.sub(repl, out)
    return out if out != term else None
