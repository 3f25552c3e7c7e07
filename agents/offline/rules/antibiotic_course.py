"""A course of an antibiotic in the last weeks, read from the drug's name.

Private to ``agents.offline.rules`` (read by ``findings.extract_findings``). Antibiotic
exposure in the previous three months is the main risk of Clostridioides difficile
infection, so a diarrhoea after it is tested for the toxin (McDonald LC et al.
IDSA/SHEA 2017, Clin Infect Dis 2018;66:e1). Notes name the drug, not the class:
"treated for cellulitis last month with cephalexin, completed", "finished a week of
co-amoxiclav", "on doxycycline for 5 days". The lexicon's ``recent_antibiotics``
phrases name a few drugs only; this reader takes any of the common oral and
parenteral antibiotics once a word of taking or a course is in its clause, and its
ConText status is the patient's, present or past (Harkema H et al. J Biomed Inform
2009;42:839): not an allergy ("allergic to penicillin", "amoxicillin - rash"), a
denial, a plan or advice, a relative's, or a course dated years back.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start
from cases.rx import guarded

__all__ = ["RECENT_ANTIBIOTICS", "antibiotic_course_spans"]

RECENT_ANTIBIOTICS: Final = "recent_antibiotics"
_DRUG: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z-])(?:amoxy?cillin|co-?amoxiclav|augmentin|flucloxacillin"
        r"|dicloxacillin|(?:phenoxymethyl|benzyl)?penicillin|ampicillin"
        r"|piperacillin(?:[- ]tazobactam)?|tazocin|ceph?alexin|cefadroxil|cefuroxime"
        r"|cefaclor|cefixime|cefpodoxime|cefdinir|ceftriaxone|cefotaxime|ceftazidime"
        r"|cefazolin|clindamycin|ciprofloxacin|levofloxacin|moxifloxacin|ofloxacin"
        r"|norfloxacin|clarithromycin|erythromycin|azithromycin|doxycycline"
        r"|minocycline|trimethoprim|co-?trimoxazole|septrin|bactrim|nitrofurantoin"
        r"|meropenem|ertapenem|imipenem|gentamicin|antibiotics?)(?![A-Za-z])"
    )
)
_TAKEN_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:treated|treatment|course|completed|finished|took|taken"
    r"|taking|on|given|prescribed|started|had|received|with)(?![A-Za-z])"
    r"[^.;\n]{0,60}$"
)
"""A word of taking before the drug in its sentence ("treated ... with", "a course
of", "finished", "on")."""
_TAKEN_AFTER: Final = re.compile(
    r"(?i)^[^.;\n]{0,40}?(?<![A-Za-z])(?:course|completed|finished|for\s+(?:\d+|a|one"
    r"|two|three|five|seven|ten)\s+(?:days?|weeks?))(?![A-Za-z])"
)
"""Or after it ("cephalexin, completed", "amoxicillin for 5 days")."""
_ALLERGY: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:allerg\w*|intoleran\w*|anaphyla\w*|reaction\w*|rash|hives"
    r"|urticaria|sensitiv\w*|nka|nkda)(?![A-Za-z])"
)
_LONG_AGO: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:years?\s+ago|(?:in|since)\s+(?:19|20)\d\d|as\s+a\s+(?:child"
    r"|teenager)|(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+months?\s+ago)(?![A-Za-z0-9])"
)
"""A course dated beyond the three months IDSA/SHEA 2017 counts."""
_THIS_VISIT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:in\s+(?:the\s+)?(?:ed|er|a&e|emergency\s+department|department"
    r"|resus)|by\s+(?:the\s+)?(?:paramedics?|ambulance(?:\s+crew)?)|on\s+arrival"
    r"|stat|at\s+triage|first\s+dose|to\s+(?:continue|start|follow|complete)"
    r"|will\s+(?:start|continue|need)|(?:home|discharged?(?:\s+home)?|sent\s+home)"
    r"\s+(?:on|with))(?![A-Za-z])"
)
"""A dose given in this visit ("ceftriaxone 2 g IV given in the ED"), or the plan
("oral ciprofloxacin to continue", "home on nitrofurantoin"), is treatment, not an
exposure before the illness."""


def antibiotic_course_spans(text: str | None) -> list[tuple[int, int]]:
    """Antibiotics named as a course taken, not an allergy, not dated years back.

    Returns:
        (start, end) of each drug's name; its ConText status (the patient's, not
        denied or planned) is the caller's (``findings.extract_findings``).
    """
    out: list[tuple[int, int]] = []
    if not text:
        return out
    for m in _DRUG.finditer(text):
        lo, hi = sentence_start(text, m.start()), sentence_end(text, m.end())
        before, after = text[lo : m.start()], text[m.end() : hi]
        if not (_TAKEN_BEFORE.search(before) or _TAKEN_AFTER.match(after)):
            continue
        if _ALLERGY.search(before[-30:]) or _ALLERGY.search(after[:30]):
            continue
        if not (_LONG_AGO.search(text, lo, hi) or _THIS_VISIT.search(text, lo, hi)):
            out.append((m.start(), m.end()))
    return out
