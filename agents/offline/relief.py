"""Whether the symptom a relief order treats is documented.

Symptom relief is given for a symptom before its cause is confirmed (ACEP policy on
pain management; Manterola C et al. Cochrane 2011;CD005660), so it needs the symptom:
analgesia for pain, an antiemetic for nausea or vomiting, an antipyretic for fever
(WHO analgesic ladder; NICE NG143 fever; NICE CKS nausea and vomiting), a bronchodilator
for a wheeze (BTS/SIGN 158 2019). A painless haematuria in an 82-year-old gets no IV
ketorolac "for renal colic".
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules import PAIN_CONCEPT, ClinicalFacts

FEVER_C: Final = 38.0
"""Fever: a temperature of 38 C or more (NICE NG143)."""

_RELIEF_FOR: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (
        re.compile(
            r"(?i)\b(?:acetaminophen|paracetamol|ibuprofen|naproxen|nsaids?|"
            r"ketorolac|analgesi\w*|antacids?)\b"
        ),
        "pain",
    ),
    (
        re.compile(r"(?i)\b(?:acetaminophen|paracetamol|ibuprofen|antipyretic\w*)\b"),
        "fever",
    ),
    (
        re.compile(
            r"(?i)\b(?:ondansetron|metoclopramide|prochlorperazine|antiemetic\w*)\b"
        ),
        "nausea",
    ),
    # metoclopramide and prochlorperazine treat a migraine's headache as well
    # (Orr SL et al. AHS 2016 acute migraine in the ED: level A)
    (re.compile(r"(?i)\b(?:metoclopramide|prochlorperazine)\b"), "pain"),
    # lead42: an inhaled beta-2 agonist relieves a wheeze whatever its label (BTS/SIGN
    # 158 2019 acute asthma and preschool wheeze from 2 years; GINA 2024)
    (re.compile(r"(?i)\b(?:albuterol|salbutamol)\b"), "wheeze"),
)
"""Relief orders and the symptom each treats (a drug may treat more than one)."""

_PAIN_WORD: Final = re.compile(
    r"(?i)pain|ache|\bsore|tender|hurt|colic|cramp|injur|sprain|fractur|burn|bite|"
    r"sting|lacerat|wound|dysuria|migraine"
)
_NAUSEA: Final = re.compile(r"(?i)nause|vomit|emesis|retch")
_FEVER: Final = re.compile(r"(?i)fever|febrile|pyrexi")


def _documented(symptom: str, facts: ClinicalFacts) -> bool:
    complaint = facts.chief_complaint or ""
    v = facts.vitals
    if symptom == "pain":
        return (
            (v.pain is not None and v.pain > 0)
            or any(PAIN_CONCEPT.search(c) for c in facts.present)
            or bool(_PAIN_WORD.search(complaint))
        )
    if symptom == "fever":
        return (
            facts.has("fever")
            or (v.temperature_c is not None and v.temperature_c >= FEVER_C)
            or bool(_FEVER.search(complaint))
        )
    if symptom == "wheeze":
        return facts.has("wheezing")
    return (
        facts.has("nausea") or facts.has("vomiting") or bool(_NAUSEA.search(complaint))
    )


def symptom_documented(order_name: str, facts: ClinicalFacts | None) -> bool:
    """Whether a relief order's symptom is documented (True for other orders).

    An order treating several symptoms (paracetamol: pain or fever) needs one of them.
    """
    if facts is None:
        return True
    symptoms = {s for rx, s in _RELIEF_FOR if rx.search(order_name)}
    return not symptoms or any(_documented(s, facts) for s in symptoms)
