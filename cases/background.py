"""The patient's background as the triage nurse knows it at the door.

At triage the nurse asks for, or reads in the record, the medication list, allergies
and past medical history (ESI v4 handbook ch.2: the triage history includes
medications and allergies; ch.4: "head injury in an elderly patient on an
anticoagulant" is high risk). The ED note states the same background, written by the
physician after triage, beside findings the nurse does not have yet (the physician's
history of the present illness, the examination, results). This module keeps only
the background: the sentences or lines of the note's history, before any
examination heading, that carry a past-history, medication, allergy or standing-
condition cue ("PMH:", "takes apixaban", "on haemodialysis", "kidney transplant",
"last cycle of chemotherapy", "LMP 7 weeks ago", a family history: "his brother died
suddenly aged 31", asked at the door for a syncope: ESC 2018 Table 5; Shen WK et al.
ACC/AHA/HRS 2017 Table 3). The triage reasoner reads only
background conditions out of them (``agents.offline.door``). Research software.
"""

from __future__ import annotations

import re
from typing import Final

from cases.memo import HashMemo, text_digest

__all__ = ["background_history"]

_EXAM: Final = re.compile(
    r"(?i)(?:^|(?<=[\s.;]))(?:physical\s+exam(?:ination)?|exam(?:ination)?|on\s+"
    r"examination|o/e)\s*:|\bexam(?:ination)?\s+(?:shows|showed|reveals|revealed)\b"
)
"""Where the physician's examination starts: nothing after it is door knowledge."""

_SENTENCE: Final = re.compile(r"[^\n.;]+(?:[.;]|\n|$)")

_CUE: Final = re.compile(
    r"(?i)\b(?:pmh|psh|pmhx|past (?:medical |surgical )?history|medical history|"
    r"history of|hx of|h/o|known|background|co-?morbidit\w*|medications?|meds|"
    r"home meds|allerg\w*|takes|taking|prescribed|anticoagula\w*|blood thinners?|"
    r"antiplatelets?|chemo\w*|radiotherapy|dialysis|haemodialysis|hemodialysis|"
    r"transplant\w*|immunosuppress\w*|steroids?|prednis\w*|pregnan\w*|lmp|"
    r"family (?:history|hx)|fhx|died suddenly|sudden (?:cardiac |unexplained )?death|"
    r"last (?:menstrual )?period|weeks? (?:of )?gestation|gravida|g\d+p\d+|"
    r"end[- ]stage|esrd|eskd|stent\w*|pacemaker|prosthetic|mechanical (?:\w+ )?valve|"
    # readers50 (infect48): HIV is a standing condition with or without "known": "HIV,
    # stopped his antiretrovirals a year ago" (WHO 2021 advanced HIV disease)
    r"hiv|aids|antiretroviral\w*|arvs?|haart|cd4|"
    r"on (?:warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|"
    r"dabigatran|pradaxa|enoxaparin|clexane|lovenox|dalteparin|tinzaparin|heparin|"
    r"a doac|doac|noac|clopidogrel|ticagrelor|prasugrel|insulin|methotrexate|"
    r"tacrolimus|ciclosporin|cyclosporine|azathioprine|mycophenolate))"
)
"""Past-history, medication, allergy and standing-condition cues; a named
anticoagulant, antiplatelet, insulin or immunosuppressant after "on" is the
medication list in a sentence ("81-year-old on warfarin for AF with a nosebleed"):
ESI v4 handbook ch.2 (the triage history includes medications), ch.4 (an
anticoagulated head injury is high risk); NICE NG232 2023 1.2.3. HIV and its
treatment are a standing condition named with or without "known" (readers50)."""


def background_history(note: str | None) -> str | None:
    """The background sentences of ``note``'s history, or None when there are none.

    Args:
        note: The ED note's history-and-physical part (already scrubbed).

    Returns:
        The sentences before the first examination heading that carry a background
        cue, joined by spaces, in note order.
    """
    if not note:
        return None
    return _BACKGROUNDS.get_or_compute(text_digest(note), lambda: _background(note))


_BACKGROUNDS: Final[HashMemo[str | None]] = HashMemo(512)
"""``background_history`` by the note's digest (no text kept): a returning patient's
ED note is read again by every request that shows it (~1 % of a request, perf38)."""


def _background(note: str) -> str | None:
    exam = _EXAM.search(note)
    history = note[: exam.start()] if exam else note
    kept = [
        s.group(0).strip()
        for s in _SENTENCE.finditer(history)
        if _CUE.search(s.group(0))
    ]
    text = " ".join(k for k in kept if k)
    return text or None
