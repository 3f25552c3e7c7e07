"""A ruled-in explanation closes the harmful work-up of the threat it accounts for.

A must-not-miss diagnosis kept open by the complaint's shared findings gets its
exclusion tests; once another diagnosis is ruled in that accounts for those very
findings, radiation and needles for the threat no longer pass the test threshold
(Pauker SG, Kassirer JP. NEJM 1980;302:1109), unless a feature the explanation does
not account for is documented. Each entry names its sources:

- acute angle-closure glaucoma ruled in (a raised intraocular pressure with a
  mid-dilated pupil, corneal oedema, haloes: Gedde SJ et al. AAO Primary Angle-Closure
  Disease PPP 2020) explains an abrupt severe headache with eye pain and vomiting; the
  CT and lumbar puncture for subarachnoid (or another intracranial) haemorrhage are
  then withheld unless neck stiffness, a collapse or syncope, a seizure, a reduced
  consciousness, a focal deficit, exertional onset, a head injury or an
  anticoagulant is documented (Godwin SA et al. ACEP clinical policy on
  acute headache 2019; Perry JJ et al. Ottawa SAH rule, JAMA 2013;310:1248: the
  features that keep SAH open).
- another cause of the chest pain ruled in (a pneumothorax or pneumonia on the film,
  pericarditis, a pulmonary embolism, zoster, a rib fracture, a chest wall pain, an
  oesophageal rupture, a blocked or dislodged chest drain: Roberts ME et al. BTS 2023)
  ends the suspicion of ACS that aspirin treats: aspirin is for
  a suspected ACS unless another diagnosis is established (Gulati M et al. AHA/ACC
  2021 chest pain guideline; Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1),
  unless an ischaemic ECG or a raised troponin is documented.

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents._text import asserted
from agents.schemas import DifferentialEntry, Order, OrderGate
from cases.rx import word_start

__all__ = ["EXPLAINED", "Explained", "gate"]


@dataclass(frozen=True)
class Explained:
    """A ruled-in explanation, the threat's work-up it closes, and what reopens it."""

    explanation: re.Pattern[str]
    threat: re.Pattern[str]
    tests: re.Pattern[str]
    reopens: re.Pattern[str]
    why: str
    in_reason: bool = False
    """Whether the threat is also read from the order's reason (pathway orders)."""


EXPLAINED: Final = (
    Explained(
        explanation=re.compile(r"(?i)angle[- ]closure"),
        threat=re.compile(r"(?i)subarachnoid|subdural|intracerebral|intracranial"),
        tests=re.compile(
            r"(?i)\b(?:ct|cta|ct[- ]?angio\w*|computed tomograph\w*|lumbar puncture|"
            r"\w*angiograph\w*)\b"
        ),
        reopens=word_start(
            r"neck stiffness|stiff neck|nuchal rigidity|meningism\w*|neck pain|"
            r"syncop\w*|collaps\w*|loss of consciousness|passed out|\bloc\b|"
            r"seizure\w*|convuls\w*|confus\w*|drowsy|gcs (?:of )?(?:[3-9]|1[0-4])\b|"
            r"focal (?:neurological )?deficit|hemipar\w*|weakness of|slurred speech|"
            r"(?:during|on|with) (?:exertion|sex|intercourse|lifting|straining)|"
            r"xanthochrom\w*|ptosis|third nerve|oculomotor|anticoagula\w*|warfarin|"
            r"apixaban|rivaroxaban|head (?:injury|trauma)|fell\b|fall\b"
        ),
        why="acute angle-closure glaucoma is ruled in and explains the headache, "
        "eye pain and vomiting; no neck stiffness, collapse, seizure, reduced "
        "consciousness, focal deficit, exertional onset, head injury or "
        "anticoagulant is documented: no CT or lumbar puncture for a subarachnoid "
        "or other intracranial haemorrhage (Gedde SJ et al. AAO PPP 2020; "
        "Godwin SA et al. ACEP clinical policy on acute headache 2019; Perry JJ et "
        "al. JAMA 2013)",
    ),
    Explained(
        explanation=re.compile(
            r"(?i)pneumothorax|pneumonia|pericarditis|pulmonary embol|zoster|"
            r"rib fracture|fracture of (?:one|multiple) ribs?|chest wall|costochondr|"
            r"rupture of (?:the )?o?esophagus|boerhaave|chest drain"
        ),
        threat=re.compile(
            r"(?i)suspected acs|acute coronary|myocardial infarction|unstable angina|"
            r"\bn?stemi\b"
        ),
        tests=re.compile(r"(?i)\baspirin\b|\basa\b"),
        reopens=word_start(
            r"st[- ](?:segment )?(?:depression|elevation)|t[- ]wave inversion|"
            r"troponin (?:\w+ ){0,2}(?:raised|elevated|positive|rising|high)|"
            r"(?:raised|elevated|positive|rising) troponin"
        ),
        why="another cause of the chest pain is ruled in and no ischaemic ECG or "
        "raised troponin is documented: the suspicion of ACS that aspirin treats is "
        "closed (Gulati M et al. AHA/ACC 2021 chest pain guideline; Amsterdam EA et "
        "al. AHA/ACC 2014 NSTE-ACS 4.3.1.1: aspirin for a suspected ACS)",
        in_reason=True,
    ),
)
"""The ruled-in explanations and the work-ups they close (module docstring)."""


def gate(
    order: Order, ledger: Sequence[DifferentialEntry], texts: Sequence[str]
) -> tuple[OrderGate, str] | None:
    """Why a test for a threat a ruled-in diagnosis explains is withheld, if it is."""
    target = order.for_diagnosis or ""
    for e in EXPLAINED:
        about = f"{target} {order.reason}" if e.in_reason else target
        if (
            e.threat.search(about)
            and e.tests.search(order.name)
            and any(
                x.status == "ruled_in" and e.explanation.search(x.diagnosis)
                for x in ledger
            )
            and not asserted(e.reopens, texts)
        ):
            return "treatment_threshold", e.why
    return None
