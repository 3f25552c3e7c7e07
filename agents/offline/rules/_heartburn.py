"""Heartburn with typical reflux features in a patient without cardiac risk (esi34).

ESI v4 handbook ch.4 makes chest pain *suggestive of ACS* high risk; heartburn is a
chest-pain complaint's alias because it may be an anginal equivalent (AHA/ACC 2021
chest pain guideline, Gulati M et al. Circulation 2021;144:e368: epigastric or
burning discomfort, especially in older adults, women and people with diabetes).
Heartburn alone, with the typical features of reflux (after meals, lying down or
bending, eased by antacids or milk, a known reflux, pregnancy) in a patient without a
cardiac risk factor or an ACS feature, is reflux (Katz PO et al. ACG 2022 GERD
guideline: typical heartburn and regurgitation are treated empirically, no testing):
no high-risk situation and no resource (PO antacid or PPI; handbook Table 5-1).
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.facts import ClinicalFacts

CARDIAC_RISK_AGE: Final = 45
"""HEART score age band (Six AJ et al. Neth Heart J 2008;16:191): from 45 the age
alone scores; below it a heartburn is read as reflux when nothing else points to ACS."""
_CARDIAC_RISK: Final = (
    "cad",
    "prior_mi",
    "stent",
    "cabg",
    "diabetes",
    "hypertension",
    "hyperlipidemia",
    "smoking",
    "obesity",
    "family_history_cad",
    "ckd",
)
"""HEART score risk factors (Six 2008) and known coronary disease."""
ACS_FEATURES: Final = (
    "diaphoresis",
    "radiation_arm_jaw",
    "exertional_pain",
    "chest_pressure",
    "syncope",
    "dyspnea",
    "hypotension",
)
"""ACS features that keep any heartburn suggestive of ACS (AHA/ACC 2021)."""
_HEARTBURN: Final = re.compile(r"(?i)(?<![a-z])(?:heart ?burn|acid reflux)(?![a-z])")
_CHEST_WORDED: Final = re.compile(
    r"(?i)(?<![a-z])(?:chest (?:pain|pressure|tight\w*|discomfort|heav\w*|ache)"
    r"|(?:pain|pressure|tightness|discomfort|heaviness|ache) (?:in|across|over) (?:his"
    r" |her |the |my )?chest|angina|cp)(?![a-z])"
)
"""Chest pain worded as such: not a heartburn-only presentation."""
_TYPICAL_REFLUX: Final = re.compile(
    r"(?i)(?<![a-z])(?:after (?:meals?|eating|food|dinner|lunch|breakfast|spicy|fatty"
    r"|large)|with (?:meals?|food|spicy|fatty)|worse (?:lying|when lying|at night|on"
    r" bending|bending)|lying (?:down|flat)|(?:relieved|eased|better|settles?|helped)"
    r" (?:\w+ ){0,2}?(?:antacids?|milk|gaviscon|tums|omeprazole|ranitidine|famotidine"
    r"|lansoprazole|pantoprazole|ppi)|known (?:reflux|gerd|gord)|(?:his|her) usual"
    r" heart ?burn|ran out of (?:his |her )?(?:omeprazole|lansoprazole|pantoprazole"
    r"|esomeprazole|ranitidine|famotidine|ppi|antacids?|reflux \w+)|pregnan\w*"
    r"|sour taste|acid taste|regurgitat\w*)(?![a-z])"
)
"""The typical features of reflux (ACG 2022) and pregnancy, where heartburn is common
(about half of pregnant women: ACG 2022)."""
_NOT_RELIEVED: Final = re.compile(
    r"(?i)(?<![a-z])(?:not (?:\w+ )?(?:relieved|eased|helped|better)|no relief|despite"
    r" (?:\w+ )?antacids?|unlike (?:his|her) (?:usual )?(?:reflux|heart ?burn))"
    r"(?![a-z])"
)
"""A heartburn antacids do not ease, or unlike the usual: read as possible ACS."""


_KNOWN_REFLUX: Final = re.compile(
    r"(?i)(?<![a-z])(?:known (?:reflux|gerd|gord|acid reflux)|(?:reflux|gerd|gord)"
    r" disease|(?:his|her|their) usual (?:heart ?burn|reflux|indigestion)|like (?:his"
    r"|her|their) (?:previous|usual|old|past|typical) (?:reflux|heart ?burn"
    r"|indigestion)|history of (?:reflux|gerd|gord)|ran out of (?:his |her )?"
    r"(?:omeprazole|lansoprazole|pantoprazole|esomeprazole|ranitidine|famotidine|ppi"
    r"|reflux \w+))(?![a-z])"
)
"""The patient's own known reflux recurring ("his usual heartburn", "like her previous
reflux", "known GERD")."""
REFLUX_RECURRENCE_MAX_AGE: Final = 65
"""Below this age a recurrence of the patient's known reflux, typical and without a
cardiac risk factor or an ACS feature, is not 'suspicious for ACS'; from 65 (the
handbook's older adult) anginal equivalents are too common to read it so (AHA/ACC
2021: older adults, women and people with diabetes present atypically)."""


def known_reflux_recurrence(facts: ClinicalFacts) -> bool:
    """Whether a heartburn from 45 to 64 is the patient's own known reflux recurring.

    ESI v4 handbook ch.4 makes chest pain *suspicious for ACS* high risk; HEART's
    age band (``CARDIAC_RISK_AGE``) scores risk once ACS is suspected, it is no test
    of the suspicion itself. A heartburn worded as the patient's known reflux, with a
    typical feature, eased (not unrelieved) and with no cardiac risk factor and no ACS
    feature (AHA/ACC 2021; ACG 2022) is not suspicious for ACS at any adult age under
    ``REFLUX_RECURRENCE_MAX_AGE``. From 45 an ECG is still taken (AHA/ACC 2021: an
    ECG for chest discomfort; one resource), so only the high-risk reason yields.
    """
    text = facts.chief_complaint or ""
    if not _HEARTBURN.search(text) or _CHEST_WORDED.search(text):
        return False
    if not _KNOWN_REFLUX.search(text) or _NOT_RELIEVED.search(text):
        return False
    if not _TYPICAL_REFLUX.search(_KNOWN_REFLUX.sub(" ", text)):
        return False
    if facts.age is None or facts.age >= REFLUX_RECURRENCE_MAX_AGE:
        return False
    if any(facts.known(c) for c in _CARDIAC_RISK):
        return False
    return not any(facts.has(c) for c in ACS_FEATURES)


def reflux_heartburn(facts: ClinicalFacts) -> bool:
    """Whether the chest complaint is heartburn with typical reflux features only.

    Needs a heartburn worded and no chest pain worded otherwise; a typical reflux
    feature or pregnancy; an age known below ``CARDIAC_RISK_AGE``; no cardiac risk
    factor, no ACS feature, not unrelieved by antacids.
    """
    text = facts.chief_complaint or ""
    if not _HEARTBURN.search(text) or _CHEST_WORDED.search(text):
        return False
    if not _TYPICAL_REFLUX.search(text) or _NOT_RELIEVED.search(text):
        return False
    if facts.age is None or facts.age >= CARDIAC_RISK_AGE:
        return False
    if any(facts.known(c) for c in _CARDIAC_RISK):
        return False
    return not any(facts.has(c) for c in ACS_FEATURES)
