"""ESI v4 helper rules: AVPU, complaint high risk, danger zone.

Private to :mod:`agents.offline.rules.esi`. Each rule is a general statement from the
ESI v4 Implementation Handbook (Gilboy et al., AHRQ 2012/2020 ed.), chapters 3-6; none
is fitted to individual records. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.knowledge.models import ComplaintSpec
from agents.offline.rules._baseline import baseline_statement
from agents.offline.rules._esi_patterns import (
    facial_nerve_palsy_only,
    not_stroke_spans,
    triage_clauses,
)
from agents.offline.rules._heartburn import (
    ACS_FEATURES,
    known_reflux_recurrence,
    reflux_heartburn,
)
from agents.offline.rules.facts import (
    SECOND_HALF_WEEKS,
    Avpu,
    ClinicalFacts,
    recorded_avpu,
    written_avpu,
)
from agents.offline.rules.news2 import news2_items, news2_score
from agents.population import PopulationLimits, excluded_reason, years
from cases.models import Vitals

ACS_MIN_AGE = 30
"""Adults from this age with non-traumatic chest pain: 'chest pain suggestive of ACS'
is the handbook's first high-risk example; below it, ACS is rare and chest pain is
judged by its findings."""
NON_CARDIAC_CHEST = ("reproducible_chest_pain", "trauma", "mvc", "fall")
"""Documented features that make chest pain not suggestive of ACS at triage."""
_MUSCULOSKELETAL_CHEST = re.compile(
    r"(?i)\b(?:chest wall|reproducible|worse with (?:movement|moving|palpation|touch)|"
    r"tender(?:ness)? (?:to|on) (?:touch|palpation)|after lifting)\b"
)
"""Chest pain worded with non-ischaemic (musculoskeletal) features (AHA/ACC 2021 chest
pain guideline: pain reproduced by palpation or movement is unlikely ischaemic)."""
COMPLAINT_MEANS_AMS = ("altered_mental_status",)
"""Complaints whose chief complaint itself states a change in mental status."""
_STROKE_RX = re.compile(
    r"(?i)\b(weak(ness)?|paresis|plegia|palsy|droop\w*|dysarthria|aphasia|dysphasia|"
    r"slurred|stroke|cva|tia|speech(?! delay)|speaking|word[- ]finding)\b"
)
"""Chief-complaint words naming a motor, facial or speech deficit (signs of stroke:
'speech difficulty' is the FAST 'S'; a child's speech delay is not); numbness or
tingling alone is judged by its findings."""
CC_MAX_CHARS = 80
"""Longer 'chief complaints' are narratives (e.g. handbook vignettes): words in them
may be history ('stroke 3 years ago'), so only extracted findings count there."""
SYNCOPE_AGE = 60
"""ACEP clinical policy: syncope (Ann Emerg Med 2007;49:431): older age is a high-risk
feature for adverse outcome (with heart failure, abnormal ECG, dyspnoea, low SBP)."""
OLDER_ADULT_AGE = 65
DZ_RR_MARGIN = 10.0
"""An isolated adult respiratory rate up to this far above the danger-zone limit
(21-30/min) is 'considered' but not uptriaged (handbook ch.6: danger-zone vitals are a
prompt to consider ESI 2; hypoxia, SpO2 < 92 %, uptriages on its own)."""
MILD_PAIN = 3.0
"""Pain at or below this (0-10) counts as mild for ``resources_if_mild``."""
DZ_HR_MARGIN = 20.0
"""An isolated heart rate this far above the danger-zone limit is uptriaged on its
own; a lesser isolated tachycardia is 'considered' (handbook ch.6: the nurse may
keep ESI 3, e.g. tachycardia explained by fever or pain)."""


def avpu(facts: ClinicalFacts) -> Avpu | None:
    """AVPU level recorded in the triage block, or else written in the triage text.

    The block's field ("Mental: verbal response"), or the text's "AVPU P" or "P on
    AVPU" (``written_avpu``).

    Args:
        facts: Facts whose ``vitals.raw`` holds the triage block.

    Returns:
        "A", "V", "P", "U", or None when no AVPU level is recorded or written.
    """
    return recorded_avpu(facts.vitals.raw) or written_avpu(facts.chief_complaint)


def avpu_at_baseline(facts: ClinicalFacts) -> bool:
    """Whether a recorded AVPU below alert is stated to be the patient's baseline.

    ESI v4 handbook ch.4 uptriages *new* confusion, lethargy or disorientation, and
    the CTAS level-of-consciousness modifier grades an altered level against the
    patient's baseline (CTAS National Working Group adult first-order modifier card):
    a resident who responds to voice as she always does (advanced dementia, an old
    stroke) has no altered level of consciousness. Without such a statement the
    recorded level counts.
    """
    return baseline_statement(facts.chief_complaint)


ACS_CHEST_PAIN: Final = "chest pain suggestive of ACS in an adult"
"""ESI v4 ch.4 high-risk reason; AHA/ACC 2021 chest pain guideline (Gulati M et al.
Circulation 2021;144:e368): a patient with acute chest pain suggestive of ACS is not
sent home before an ECG and serial (hs-)troponin, so while the record shows the
troponin pending the reason forbids a Discharge (``agents.floors``); a bare triage
record's disposition is a forecast conditional on that work-up."""

ANGINAL_EQUIVALENT: Final = (
    "new exertional dyspnoea in an older adult with diabetes or coronary disease"
    " (anginal equivalent)"
)
"""AHA/ACC 2021 chest pain guideline (Gulati M et al.): dyspnoea (and fatigue) on
exertion may be an anginal equivalent, especially in older adults, women and patients
with diabetes; evaluated like chest pain suggestive of ACS (ECG, troponin): an ESI v4
ch.4 high-risk situation."""
ANGINA_EQUIVALENT_AGE: Final = 65
ACUTE_ANGINAL_EQUIVALENT: Final = (
    "sudden breathlessness with nausea or sweating in an older adult with diabetes or"
    " coronary disease (anginal equivalent)"
)
"""AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021;144:e368,
2.1.2-2.1.3): women, older adults and patients with diabetes more often present an
ACS with accompanying symptoms (shortness of breath, nausea, sweating) and no pain
(Canto JG et al. JAMA 2012;307:813: MI without chest pain in 42 % of women of 75 or
more): evaluated like chest pain suggestive of ACS, an ESI v4 ch.4 high-risk
situation (cardio56's request)."""

ALTERED_MENTAL_STATUS_FLAG: Final = "altered mental status"
"""The red flag the triage agent writes for ESI's new confusion, lethargy or
disorientation."""

SYNCOPE_HIGH_RISK_ECG: Final = (
    "ecg_brugada_type1",
    "ecg_complete_av_block",
    "ecg_bifascicular_block",
    "ecg_nsvt",
    "preexcitation",
)
"""ESC 2018 syncope guideline Table 5 (Brignole M et al. Eur Heart J 2018;39:1883),
major high-risk ECG features: a type 1 Brugada pattern, third-degree AV block,
bifascicular block, non-sustained VT, pre-excitation. Syncope with one of them may be
arrhythmic (ESC 2022 VA/SCD: a type 1 Brugada pattern with arrhythmic syncope is an
ICD indication): an ESI v4 ch.4 high-risk situation."""
SYNCOPE_HIGH_RISK_ECG_REASON: Final = (
    "syncope with a high-risk ECG (ESC 2018 syncope Table 5: Brugada type 1, AV"
    " block, bifascicular block, NSVT, pre-excitation)"
)

COMPLAINT_RISK_POINTS_TO: Final[dict[str, tuple[str, ...]]] = {
    SYNCOPE_HIGH_RISK_ECG_REASON: ("arrhythmic_syncope",),
    ACS_CHEST_PAIN: ("stemi", "nstemi", "unstable_angina"),
    ANGINAL_EQUIVALENT: ("nstemi", "unstable_angina"),
    ACUTE_ANGINAL_EQUIVALENT: ("stemi", "nstemi", "unstable_angina"),
    f"syncope at age >= {SYNCOPE_AGE}": ("arrhythmic_syncope",),
    "signs of stroke": ("ischemic_stroke", "intracranial_hemorrhage"),
    # ACR Appropriateness Criteria: altered mental status (2019): non-contrast head CT
    # is usually appropriate for new, unexplained confusion or lethargy (the red flag
    # the triage agent writes for ESI's new confusion/lethargy/disorientation).
    ALTERED_MENTAL_STATUS_FLAG: (
        "intracranial_hemorrhage",
        "subdural_hematoma",
    ),
}
"""Each high-risk reason of ``complaint_high_risk`` -> the diagnoses it is about."""


def complaint_high_risk(
    facts: ClinicalFacts, complaint: ComplaintSpec | None
) -> list[str]:
    """High-risk situations implied by the complaint itself (handbook ch.4).

    Chest pain suggestive of ACS is read from the whole triage text whatever the
    complaint ("sudden shortness of breath and discomfort in chest for 3 hours" in a
    65-year-old is high risk: handbook Table 3-1), unless it has non-cardiac features
    (reproducible, traumatic, or with cough and fever) or the patient is under
    ``ACS_MIN_AGE``.

    Args:
        facts: Clinical facts at triage.
        complaint: The matched complaint, or None.

    Returns:
        Reasons, empty when the complaint alone does not make the situation high risk.
    """
    reasons: list[str] = []
    is_chest = complaint is not None and complaint.id == "chest_pain"
    if is_chest or chest_pain_worded(facts):
        adult = triage_rule_applies("acs_chest_pain", facts)
        atypical = (
            any(facts.has(c) for c in NON_CARDIAC_CHEST)
            or bool(_MUSCULOSKELETAL_CHEST.search(_short_cc(facts)))
            or _infectious_chest_pain(facts)
            or _pleuritic_only(facts)
        )
        if (
            adult
            and not atypical
            and not facts.denied("chest_pain")
            and not reflux_heartburn(facts)
            and not known_reflux_recurrence(facts)
            and not _nonischaemic_only(facts)
        ):
            reasons.append(ACS_CHEST_PAIN)
    if ACS_CHEST_PAIN not in reasons and anginal_equivalent(facts):
        reasons.append(ANGINAL_EQUIVALENT)
    elif ACS_CHEST_PAIN not in reasons and acute_anginal_equivalent(facts):
        reasons.append(ACUTE_ANGINAL_EQUIVALENT)
    if ACS_CHEST_PAIN not in reasons and arm_jaw_angina(facts):
        reasons.append(ARM_JAW_ANGINA)
    is_syncope = facts.has("syncope") or (
        complaint is not None and complaint.id == "syncope"
    )
    if is_syncope and any(facts.has(c) for c in SYNCOPE_HIGH_RISK_ECG):
        reasons.append(SYNCOPE_HIGH_RISK_ECG_REASON)
    if complaint is None:
        return reasons
    if complaint.id == "syncope" and triage_rule_applies("older_syncope", facts):
        reasons.append(f"syncope at age >= {SYNCOPE_AGE}")
    cc = _short_cc(facts)
    if (
        complaint.id == "stroke_symptoms"
        and not facial_nerve_palsy_only(facts)
        and (
            any(
                facts.has(c)
                for c in ("unilateral_weakness", "facial_droop", "speech_disturbance")
            )
            # weakness of both legs is the cord's or the cauda equina's, not a
            # stroke's: its own time-critical pattern makes it high risk
            or _STROKE_RX.search(not_stroke_spans(cc, _joined(facts, cc)))
        )
    ):
        reasons.append("signs of stroke")
    return reasons


_EXERTIONAL_DYSPNOEA: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:short(?:ness)? of breath|breathless\w*|sob|dyspn\w*|out of"
    r" breath|winded)(?: [a-z]+){0,2} (?:(?:on|with|when|while|after)(?: [a-z]+){0,2}?"
    r" (?:exertion|exercise|effort|walking|stairs|climbing|activity|hills?|exert\w*"
    r"|walks?)|(?:when |while )?(?:walking|climbing|going up|running|exercising))"
    r"|(?:exertional|effort) (?:dyspn\w*|breathless\w*)|doe)(?![a-z])"
)
_CHRONIC_DYSPNOEA: Final = re.compile(
    r"(?i)(?<![a-z])(?:chronic|for (?:years|months)|long-?standing|usual|baseline"
    r"|as always|copd|emphysema|asthma\w*|pulmonary fibrosis|interstitial lung)"
    r"(?![a-z])"
)
_ANGINA_RISK: Final = ("diabetes", "cad", "prior_mi", "stent", "cabg")
ARM_JAW_ANGINA: Final = (
    "jaw, arm or shoulder discomfort on exertion or at rest in an adult (anginal"
    " equivalent: possible ACS)"
)
"""AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021;144:e368,
2.1.1): discomfort in the jaw, arm or shoulder is chest pain's equivalent, and
brought on by exertion or lasting at rest it is the ESI handbook's high-risk possible
ACS (ch.4) (cardio48's request)."""
ARM_JAW_ANGINA_AGE: Final = 40
_ARM_JAW_ACHE: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:ach\w*|pain\w*|discomfort|tight\w*|pressure|heav\w*"
    r"|squeez\w*)(?: [a-z]+){0,3} (?:in|of|to|down|into|across) (?:the |his |her |my"
    r" |both )?(?:left |right )?(?:jaw|arms?|shoulders?|throat)"
    r"|(?:jaw|arm|shoulder|throat)s?(?: and (?:left |right )?(?:jaw|arms?|shoulders?))?"
    r" (?:ach\w*|pain|discomfort|tight\w*|pressure|heaviness))(?![a-z])"
)
_ANGINAL_TRIGGER: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:when|while|on|with|after) (?:walking|climbing|exertion"
    r"|exercis\w*|effort|stairs|hurrying)|walking (?:up|to|uphill)|uphill|up (?:the"
    r" )?(?:stairs|hills?)|exertional|on exertion|at rest|while (?:sitting|resting"
    r"|lying)|sweat\w*|clammy|diaphore\w*)(?![a-z])"
)
_MUSCULOSKELETAL_LIMB: Final = re.compile(
    r"(?i)(?<![a-z])(?:lift\w*|gym|injur\w*|fell|fall|twist\w*|sprain\w*|tender\w*"
    r"|(?:worse|pain) (?:on|with|when) (?:moving|movement|lifting|raising|turning)"
    r"|dental|tooth|teeth|toothache|chewing|bite|biting|clicking|swollen|swelling"
    r"|trauma|hit|struck|punch\w*)(?![a-z])"
)


def anginal_equivalent(facts: ClinicalFacts) -> bool:
    """New exertional dyspnoea in an older adult with diabetes or coronary disease.

    AHA/ACC 2021 chest pain guideline: an anginal equivalent (``ANGINAL_EQUIVALENT``);
    not when the breathlessness is chronic, a known lung disease's, or comes with
    cough and fever (the handbook's non-cardiac example, Table 3-1).
    """
    if facts.age is None or facts.age < ANGINA_EQUIVALENT_AGE:
        return False
    if not any(facts.known(c) or facts.has(c) for c in _ANGINA_RISK):
        return False
    text = facts.chief_complaint or ""
    if not _EXERTIONAL_DYSPNOEA.search(text) or _CHRONIC_DYSPNOEA.search(text):
        return False
    return not _infectious_chest_pain(facts)


_ACUTE_DYSPNOEA: Final = re.compile(
    r"(?i)(?<![a-z])(?:sudden(?:ly)?|abrupt(?:ly)?|acute(?:ly)?)(?: [a-z]+){0,2}"
    r" (?:short(?:ness)? of breath|breathless\w*|sob|dyspn\w*|out of breath)(?![a-z])"
)
_ACCOMPANYING: Final = re.compile(
    r"(?i)(?<![a-z])(?:nause\w*|vomit\w*|(?:feels?|felt|feeling|and) sick|sweat\w*"
    r"|diaphore\w*|clammy)(?![a-z])"
)


def acute_anginal_equivalent(facts: ClinicalFacts) -> bool:
    """Sudden breathlessness with nausea or sweating in an older adult at cardiac risk.

    ``ACUTE_ANGINAL_EQUIVALENT``: from ``ANGINA_EQUIVALENT_AGE``, with diabetes or
    coronary disease, the breathlessness told as sudden and an accompanying symptom
    (nausea, vomiting, "sick", sweating) stated and not denied; not a chronic or known
    lung disease's breathlessness, nor a cough and fever (the handbook's non-cardiac
    example, Table 3-1).
    """
    if facts.age is None or facts.age < ANGINA_EQUIVALENT_AGE:
        return False
    if not any(facts.known(c) or facts.has(c) for c in _ANGINA_RISK):
        return False
    text = facts.chief_complaint or ""
    if not _ACUTE_DYSPNOEA.search(text) or _CHRONIC_DYSPNOEA.search(text):
        return False
    current = " ".join(triage_clauses(facts))
    return bool(_ACCOMPANYING.search(current)) and not _infectious_chest_pain(facts)


def arm_jaw_angina(facts: ClinicalFacts) -> bool:
    """Jaw, arm or shoulder discomfort on exertion or at rest in an adult of 40 or more.

    ``ARM_JAW_ANGINA``; not when the text words a musculoskeletal or dental cause
    (lifting, an injury, tenderness, pain on moving, a tooth), nor a cough and fever.
    """
    if facts.age is None or facts.age < ARM_JAW_ANGINA_AGE:
        return False
    text = facts.chief_complaint or ""
    if not _ARM_JAW_ACHE.search(text) or not _ANGINAL_TRIGGER.search(text):
        return False
    return not _MUSCULOSKELETAL_LIMB.search(text) and not _infectious_chest_pain(facts)


_CHEST_CONCEPTS: Final = (
    "chest_pain",
    "chest_pressure",
    "exertional_pain",
    "pleuritic_pain",
)
_PAIN_WORDS: Final = re.compile(
    r"(?i)chest|pain|pressure|tight|discomfort|angina|heav|ache|burn|squeez|crush|"
    r"(?-i:\bCP\b)"
)
"""readers48: "CP" is the notes' chest pain ("c/o SOB and CP"), as the lexicon
reads it."""


def chest_pain_worded(facts: ClinicalFacts) -> bool:
    """Whether chest pain is present as pain, not only implied by an exertion word.

    The lexicon reads "on exertion" as exertional pain, which implies chest pain;
    "short of breath on exertion" is exertional dyspnoea, not chest pain (AHA/ACC
    2021 chest pain guideline: the symptom is pain, pressure, tightness or
    discomfort). A chest-pain concept counts when one of its mentions words pain.
    """
    if not facts.has("chest_pain"):
        return False
    mentions = [
        f.text
        for f in facts.findings
        if f.concept in _CHEST_CONCEPTS and f.status == "present"
    ]
    return not mentions or any(_PAIN_WORDS.search(t) for t in mentions)


def _infectious_chest_pain(facts: ClinicalFacts) -> bool:
    """Chest pain with cough and fever: the handbook's non-cardiac example.

    ESI handbook Table 3-1: a 45-year-old with fatigue, chest pain when coughing,
    productive cough, fever and chills for 4 days is *not* high risk ("classic
    non-cardiac symptoms, despite having chest pain"); he is judged by resources and
    danger-zone vitals (pneumonia).
    """
    febrile = facts.has("fever") or (
        facts.vitals.temperature_c is not None and facts.vitals.temperature_c >= 38.0
    )
    return febrile and facts.has("cough")


_PLEURITIC: Final = re.compile(
    r"(?i)\b(?:pleuritic|(?:when|as|if) (?:\w+ ){0,3}(?:breathes?|breathing|takes?"
    r" (?:a )?deep breaths?|inhales?|coughs?)(?: in)? deep\w*|(?:on|with) (?:a )?deep"
    r" (?:breath\w*|inspiration)|(?:hurts|painful|pain) (?:\w+ )?(?:to|when)"
    r" (?:\w+ )?(?:breathe|breathing) in)\b"
)
_BREATHLESS: Final = ("dyspnea", "respiratory_distress", "hemoptysis", "syncope")


def _pleuritic_only(facts: ClinicalFacts) -> bool:
    """Pleuritic chest pain without breathlessness, tachycardia or low saturation.

    AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021;144:e368,
    Figure 2): pain that is sharp and varies with respiration is a non-ischaemic
    descriptor, so it is not 'chest pain suggestive of ACS'. With dyspnoea, a heart
    rate over 100 or SpO2 below 95 % it stays a possible pulmonary embolism or
    pneumothorax, judged by the time-critical patterns and danger-zone vitals.
    """
    if not (
        facts.has("pleuritic_pain") or _PLEURITIC.search(facts.chief_complaint or "")
    ):
        return False
    v = facts.vitals
    fast = v.heart_rate is not None and v.heart_rate > 100
    low = v.spo2 is not None and v.spo2 < 95
    return not (fast or low or any(facts.has(c) for c in _BREATHLESS))


_NONISCHAEMIC: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:lasting|lasts|lasted|for) (?:only )?(?:a )?(?:few |couple of"
    r" |several |\d+ )?seconds|fleeting|momentary|split[- ]second"
    r"|(?:when|whenever|if|as) (?:he |she |they |i )?(?:twists?|twisting|turns?"
    r" (?:his|her|their) (?:body|trunk|chest)|bends?|bending|presses on it|press(?:es)?"
    r" on (?:the|his|her) (?:chest|ribs?|sternum))"
    r"|(?:pressing|pressure|touching) on (?:it|the spot|the area) (?:reproduces|brings"
    r" on|makes it worse))(?![a-z])"
)
"""Non-ischaemic chest-pain descriptors (Gulati M et al. AHA/ACC 2021 chest pain
guideline, Figure 2: pain lasting only seconds, pain brought on by twisting, bending
or pressing on the chest wall); ``ACS_FEATURES`` keep any chest pain suggestive of
ACS (AHA/ACC 2021)."""
_ISCHAEMIC_WORDS: Final = re.compile(
    r"(?i)(?<![a-z])(?:radiat\w*|(?:down|into|to|up to|through to|spreads? to|goes to)"
    r" (?:his |her |their |the |both )?(?:left |right )?(?:arms?|jaw|neck|shoulders?"
    r"|back)|crushing|squeezing|pressure|heav(?:y|iness)|tight\w*|sweat\w*|clammy"
    r"|diaphore\w*|short(?:ness)? of breath|breathless\w*|nause\w*|vomit\w*"
    r"|faint\w*|pass(?:ed)? out|exert\w*|walking|stairs|at rest)(?![a-z])"
)
"""Ischaemic wordings read in the text itself, beside the extracted features: a
radiation to the arm, jaw, neck or back, a pressing quality, autonomic or exertional
features (AHA/ACC 2021)."""


def _nonischaemic_only(facts: ClinicalFacts) -> bool:
    """Chest pain worded only with non-ischaemic descriptors (AHA/ACC 2021 Figure 2).

    Pain lasting seconds or brought on by twisting, bending or pressing on the chest,
    with no ischaemic feature extracted or worded (sweating, radiation to the arm,
    jaw, neck or back, exertion, a pressing quality, breathlessness, nausea, syncope,
    hypotension): not 'chest pain suggestive of ACS' (ESI v4 handbook ch.4); judged
    by resources and danger-zone vitals.
    """
    text = facts.chief_complaint or ""
    if not _NONISCHAEMIC.search(text) or _ISCHAEMIC_WORDS.search(text):
        return False
    return not any(facts.has(c) for c in ACS_FEATURES)


def _joined(facts: ClinicalFacts, cc: str) -> str:
    """The triage text a complaint's words are judged in.

    triage40: a bare "leg weakness" whose one-liner says both legs, or months, is not
    a stroke's (``not_stroke_spans``).
    """
    return " | ".join((cc, *triage_clauses(facts))) if cc else cc


def _short_cc(facts: ClinicalFacts) -> str:
    cc = facts.chief_complaint or ""
    return cc if len(cc) <= CC_MAX_CHARS else ""


_VISION_LOST = re.compile(
    r"(?i)(?:loss|lost|losing|can'?t see|cannot see|couldn'?t see|could not see"
    r"|unable to see|blind\w*|amaurosis|curtain|scotom\w*)"
)
"""Wordings of vision *lost* (a field, an eye); 'blurred vision', 'visual disturbance'
and 'seeing spots' are not, and double vision is read as a posterior-circulation
sign (``_esi_patterns``)."""


def vision_loss_is_high_risk(facts: ClinicalFacts) -> bool:
    """Whether a documented vision finding is the handbook's high-risk vision loss.

    ESI handbook Table 3-1: "sudden onset of loss of vision" is high risk (central
    retinal artery occlusion, stroke); blurred vision or a visual disturbance alone is
    judged by its resources, and sudden blurring is caught by the time-critical
    "sudden neurological symptom" pattern. A vision-loss concept implied by a more
    specific finding (no direct mention) still counts; double vision (``diplopia``,
    which implies it) is read by its own words, which lose no vision.
    """
    if not facts.has("vision_loss"):
        return False
    mentions = [
        f.text
        for f in facts.findings
        if f.concept in ("vision_loss", "diplopia") and f.status == "present"
    ]
    return not mentions or any(_VISION_LOST.search(t) for t in mentions)


_MENINGEAL_SIGN: Final = re.compile(r"(?i)nuchal|mening|kernig|brudzinski|rigid")
"""Wordings of meningism as an examination sign, not a stiff neck as a symptom."""
_MENINGISM_COMPANIONS: Final = (
    "fever",
    "headache",
    "thunderclap_headache",
    "photophobia",
    "vomiting",
    "petechiae",
    "purpura",
    "seizure",
    "altered_mental_status",
    "confusion",
    "lethargy",
    "disorientation",
)
"""Features that make a stiff neck possible meningitis or SAH (Attia J et al. JAMA
1999;282:175: fever, neck stiffness and altered mentation; Perry JJ et al. JAMA
2013;310:1248 Ottawa SAH rule: headache with neck pain or stiffness)."""
ADULT_NECK_YEARS: Final = 16
"""A child's stiff neck stays high risk (retropharyngeal abscess, meningitis)."""


def neck_stiffness_is_high_risk(facts: ClinicalFacts) -> bool:
    """Whether a documented stiff neck is the handbook's high-risk meningism.

    ESI handbook ch.3: a stiff neck with fever or headache (meningitis, SAH) is high
    risk. An adult's stiff neck as the only feature (whiplash after a collision, a
    muscular neck after sleeping awkwardly) is judged by its resources; an
    examination sign (nuchal rigidity, meningism, Kernig, Brudzinski), a child, or
    any of ``_MENINGISM_COMPANIONS`` keeps it high risk.
    """
    if not facts.has("neck_stiffness"):
        return False
    mentions = [
        f.text
        for f in facts.findings
        if f.concept == "neck_stiffness" and f.status == "present"
    ]
    if not mentions or any(_MENINGEAL_SIGN.search(t) for t in mentions):
        return True
    adult = facts.age is not None and facts.age >= ADULT_NECK_YEARS
    febrile = (facts.vitals.temperature_c or 0.0) >= 38.0
    return not adult or febrile or any(facts.has(c) for c in _MENINGISM_COMPANIONS)


SIMPLE_FEBRILE_SEIZURE_DAYS: Final = (180, 1826)
"""Ages of a simple febrile seizure: 6 to 60 months (AAP 2011)."""
_NOT_SIMPLE: Final = (
    "status_epilepticus",
    "active_seizure",
    "convulsing_now",
    "focal_deficit",
    "unilateral_weakness",
    "neck_stiffness",
    "bulging_fontanelle",
    "petechiae",
    "unresponsive",
    "altered_mental_status",
    "confusion",
    "lethargy",
    "head_injury",
)
"""A seizure still going, a focal sign, meningism, a rash or a child not back to
normal: no simple febrile seizure (AAP 2011; NICE NG143 red features)."""


def simple_febrile_seizure(facts: ClinicalFacts) -> bool:
    """Whether the fever of a seizure complaint is a simple febrile seizure's.

    AAP 2011 (Subcommittee on Febrile Seizures, Pediatrics 2011;127:389): a
    generalised seizure with fever at 6-60 months, brief and back to baseline, in a
    well child needs no routine LP, blood tests or imaging; the fever beside the seizure
    is then no high-risk situation, and the ESI level follows the expected resources
    (ESI handbook ch.4). A return to baseline must be stated; anything of
    ``_NOT_SIMPLE`` keeps the fever high risk.
    """
    days = facts.population.age_days_max
    low, high = SIMPLE_FEBRILE_SEIZURE_DAYS
    if days is None or not low <= days <= high or not facts.has("seizure"):
        return False
    if not facts.has("seizure_recovered"):
        return False
    return not any(facts.has(c) for c in _NOT_SIMPLE)


_FOREIGN_BODY = re.compile(
    r"(?i)(?<![a-z])(?:foreign body|fb|coin|toy|bone|marble|object|pin|button)"
)
_BATTERY_OR_MAGNET = re.compile(r"(?i)(?<![a-z])(?:batter(?:y|ies)|magnets?)")


def overdose_is_high_risk(facts: ClinicalFacts) -> bool:
    """Whether a documented 'overdose' is a toxic ingestion, not a swallowed object.

    ESI handbook ch.3: an overdose (intentional or toxic ingestion) is high risk. The
    lexicon also reads "ingestion" as overdose, so "foreign body ingestion" (a coin,
    a bone) would be one; that is judged by its resources, except a button battery or
    magnets (NASPGHAN 2015: emergencies; their own time-critical pattern). An overdose
    implied by a more specific finding, or worded otherwise, still counts.
    """
    if not facts.has("overdose"):
        return False
    words = [
        f.text.lower()
        for f in facts.findings
        if f.concept == "overdose" and f.status == "present"
    ]
    if not words or any(w != "ingestion" for w in words):
        return True
    text = facts.chief_complaint or ""
    return bool(_BATTERY_OR_MAGNET.search(text)) or not _FOREIGN_BODY.search(text)


OLDER_ADULT_WORK_UP: Final[dict[str, str]] = {
    "fall": "ACEP/AGS/ENA Geriatric ED guidelines 2014: an older adult's fall is"
    " worked up for its cause and its injuries (ECG, blood tests, imaging)",
    "cough": "NICE NG138/CG191 and CRB-65 (age >= 65 is a risk point): a chest film"
    " and blood tests, pneumonia presenting atypically in older adults",
    "constipation": "ACR Appropriateness Criteria suspected small-bowel obstruction;"
    " ACEP geriatric guidelines 2014: obstruction and impaction excluded with"
    " imaging and blood tests",
    "diarrhea": "Shane AL et al. IDSA 2017 infectious diarrhoea: older adults are"
    " tested (stool, blood) and rehydrated intravenously more often",
}
"""One-resource complaints whose work-up an older adult (65 or over) widens to two
resources, each with its source (ESI v4 handbook ch.5 predicts resources for this
patient). Other one-resource problems (a sprain, cystitis, a cut) stay one."""


def older_adult_resources(
    resources: int, complaint: ComplaintSpec, age: int | None
) -> int:
    """Two resources from 65 for a complaint in ``OLDER_ADULT_WORK_UP``."""
    if (
        resources == 1
        and age is not None
        and age >= OLDER_ADULT_AGE
        and complaint.id in OLDER_ADULT_WORK_UP
    ):
        return 2
    return resources


CTAS_SEVERE_PAIN: Final = 8.0
"""CTAS severe pain band (8-10/10): acute central pain in it is level 2, moderate pain
(4-7) level 3 (Bullard MJ et al. Revisions to the CTAS 2016 guidelines. CJEM
2017;19(S2):S18-S27, pain modifier)."""
DISTRESS_HR: Final = 100.0
"""Tachycardia, a physiological sign that a pain rating of 7 is severe distress (ESI
handbook ch.3, severe pain/distress: the nurse confirms the rating by observation)."""


def severe_pain_escalates(
    complaint: ComplaintSpec | None,
    pain: float | None,
    v: Vitals,
    age: int | None,
    stated_severe: bool = False,
) -> bool:
    """Whether severe pain or distress makes this presentation ESI 2 (decision point B).

    ESI handbook ch.3 (severe pain/distress): a rating of 7/10 or more makes the nurse
    *consider* ESI 2; it is not automatic, and the nurse assigns it when her assessment
    confirms severe distress. Read here as: the complaint needs a work-up (two or more
    resources, ``severe_pain_to_esi2``, or unknown: ESI 3 by default) - a minor injury
    with severe pain (sprained ankle 8/10) stays at its resource level - and the pain
    is confirmed severe: stated severe in the triage text, rated in the CTAS severe band
    (>= ``CTAS_SEVERE_PAIN``), or rated 7 with tachycardia (> ``DISTRESS_HR``) or in an
    older adult (handbook Table 3-1: severe abdominal pain at 88 with stable vitals is
    high risk). A rating of 7 alone with normal vitals in an adult under 65 is the
    CTAS moderate band and stays at its resource level.

    Args:
        complaint: The matched complaint, or None when unknown.
        pain: The plausible 0-10 pain rating, or None.
        v: Plausible triage vitals.
        age: Age in years, or None.
        stated_severe: The triage text states severe pain ("severe abdominal pain").
    """
    work_up = (
        complaint is None
        or complaint.severe_pain_to_esi2
        or complaint.expected_resources >= 2
    )
    if not work_up:
        return False
    if stated_severe or (pain is not None and pain >= CTAS_SEVERE_PAIN):
        return True
    if pain is None or pain < 7:
        return False
    tachycardic = v.heart_rate is not None and v.heart_rate > DISTRESS_HR
    older = age is not None and age >= OLDER_ADULT_AGE
    return tachycardic or older


def dz_uptriage(
    dz: tuple[str, ...],
    v: Vitals,
    limits: tuple[float, float],
    adult: bool = True,
    older: bool = False,
    wheezy_child: bool = False,
) -> bool:
    """Whether danger-zone vitals at decision point D move a level-3 patient to 2.

    Handbook ch.6: danger-zone vitals prompt the nurse to *consider* ESI 2; a
    tachycardia or tachypnoea explained by fever, pain or dehydration may stay ESI 3.
    Uptriaged: SpO2 < 92 %; a heart rate at least ``DZ_HR_MARGIN`` above its limit; an
    adult respiratory rate at least ``DZ_RR_MARGIN`` above its limit; in a child any
    respiratory rate above the age band's limit; in an older adult (``older``: 65 or
    over) a heart rate and a respiratory rate both in the danger zone, which is no
    isolated tachycardia (handbook ch.6 and Table 3-1: older adults compensate less
    and are high risk at lesser derangements; Lewis LM et al. J Emerg Med 2005 and
    Sanders AB, ACEP geriatric ED guidelines 2014). Sepsis is screened separately
    (:func:`sepsis_screen`).

    Args:
        dz: Danger-zone labels from ``danger_zone_vitals``.
        v: Plausible vitals.
        limits: The age band's (heart-rate, respiratory-rate) limits.
        adult: Whether the patient is older than 8.
        older: Whether the patient is 65 or older.
        wheezy_child: A child (under 18) with wheeze or known asthma: tachycardia and
            tachypnoea both beyond the age band are the moderate lower-airway
            obstruction of handbook Table 6-3 (ESI 2), whatever the margin (esi33).

    Returns:
        True when the patient should be ESI 2.
    """
    if not dz:
        return False
    hr_limit, rr_limit = limits
    if v.spo2 is not None and v.spo2 < 92:
        return True
    if v.heart_rate is not None and v.heart_rate >= hr_limit + DZ_HR_MARGIN:
        return True
    rr = v.respiratory_rate
    hr = v.heart_rate
    both = hr is not None and rr is not None and hr > hr_limit and rr > rr_limit
    if (older or wheezy_child) and both:
        return True
    return rr is not None and rr > (rr_limit + DZ_RR_MARGIN if adult else rr_limit)


TRIAGE_POPULATIONS: Final[dict[str, PopulationLimits]] = {
    "qsofa_sepsis_screen": PopulationLimits(
        min_age_days=years(18),
        source="Seymour CW et al. JAMA 2016 (Sepsis-3): qSOFA derived and validated in"
        " adults; children are read by the ESI paediatric fever criteria and age-banded"
        " danger zones (handbook ch.6/9) and the paediatric septic shock pathway (SSC"
        " children 2020)",
    ),
    "older_adult_sepsis_screen": PopulationLimits(
        min_age_days=years(OLDER_ADULT_AGE),
        source="SSC 2021 (Evans L et al.): screen with SIRS/NEWS, not qSOFA alone;"
        " older adults present with blunted fever and few localising signs (ESI"
        " handbook ch.4)",
    ),
    "news2": PopulationLimits(
        min_age_days=years(16),
        pregnancy="excluded",
        source="RCP 2017: NEWS2 in adults (16 and over), not in pregnancy",
    ),
    "acs_chest_pain": PopulationLimits(
        min_age_days=years(ACS_MIN_AGE),
        source="ESI handbook ch.4: chest pain suggestive of ACS in an adult",
    ),
    "older_syncope": PopulationLimits(
        min_age_days=years(SYNCOPE_AGE),
        source="ACEP clinical policy: syncope 2007 (older age a high-risk feature)",
    ),
    "adult_sbp_hr_limits": PopulationLimits(
        min_age_days=years(10),
        source="PALS 2020: the lower SBP limit reaches 90 mmHg at 10 years (70 + 2 x"
        " age below it; children are read by ``esi.hypotensive``'s PALS limit)",
    ),
    "hypertensive_emergency": PopulationLimits(
        min_age_days=years(18),
        source="ACC/AHA 2017 (Whelton PK et al.): adult BP > 180 and/or > 120 with"
        " target-organ damage (children: AAP 2017 percentiles)",
    ),
    "adult_rate_instability": PopulationLimits(
        min_age_days=years(18),
        source="AHA ACLS 2020 adult bradycardia/tachycardia algorithms (PALS limits for"
        " children)",
    ),
}
"""The population each vital-sign screen of triage was derived in (``agents.population``
limits: age in days, pregnancy). A screen outside its population is not run; unknown
facts never exclude, except for the older-adult screens, which need a known age."""


def triage_rule_applies(
    rule: str, facts: ClinicalFacts, *, known: bool = False
) -> bool:
    """Whether triage screen ``rule`` (a ``TRIAGE_POPULATIONS`` key) applies here.

    Args:
        rule: The screen's key.
        facts: Clinical facts at triage (their ``population``).
        known: Require the age to be known inside the limits (screens for a group
            defined by age, e.g. older adults).
    """
    limits = TRIAGE_POPULATIONS[rule]
    if excluded_reason(limits, facts.population) is not None:
        return False
    inside = facts.population.age_within(limits.min_age_days, limits.max_age_days)
    if inside is None and facts.age is not None:  # an age read from the text
        days = years(facts.age)
        inside = (limits.min_age_days is None or days >= limits.min_age_days) and (
            limits.max_age_days is None or days <= limits.max_age_days
        )
    return inside is not False and (inside is True or not known)


def sepsis_screen(facts: ClinicalFacts, v: Vitals, altered: bool) -> list[str]:
    """Possible sepsis at triage: abnormal temperature with qSOFA >= 2 (adults only).

    qSOFA (Seymour CW et al. JAMA 2016;315:762): respiratory rate >= 22, systolic BP
    <= 100, altered mentation; with fever or hypothermia it flags infection at risk of a
    poor outcome. Its cut-offs are adult values (a systolic of 95 and a rate of 24 are
    normal at 4 years), so it is not run below 18 (``TRIAGE_POPULATIONS``); a febrile
    child is graded by the handbook's paediatric criteria instead (fever in an infant,
    age-banded danger-zone vitals, PALS hypotension, altered mentation). Broader adult
    screens (three SIRS criteria, NEWS2 >= 5; SSC 2021) were tried and not kept: the
    ESI handbook keeps febrile wheezing adults with tachypnoea at ESI 3, and they are
    judged by danger-zone vitals (decision point D); older adults have their own
    screen (:func:`older_adult_sepsis_screen`).
    """
    if not triage_rule_applies("qsofa_sepsis_screen", facts):
        return []
    t = v.temperature_c
    if t is None or 36.0 <= t < 38.0:
        return []
    score = (
        int(v.respiratory_rate is not None and v.respiratory_rate >= 22)
        + int(v.systolic_bp is not None and v.systolic_bp <= 100)
        + int(altered)
    )
    if score < 2:
        return []
    return [f"possible sepsis: temperature {t:g} with qSOFA {score}"]


SIRS_HR: Final = 90.0
SIRS_RR: Final = 20.0


def older_adult_sepsis_screen(facts: ClinicalFacts, v: Vitals) -> list[str]:
    """Possible sepsis in an older adult: fever with SIRS, or fever with rigors.

    Older adults mount a blunted fever and seldom localise an infection (occult
    urosepsis presents as "off legs" or a fall); the Surviving Sepsis Campaign 2021
    (Evans L et al. Crit Care Med 2021;49:e1063) recommends against qSOFA alone as a
    screen, in favour of SIRS or NEWS. From 65 years, a measured temperature >= 38 or
    < 36 C with both other SIRS vital criteria (HR > 90, RR > 20: Bone RC et al.
    Chest 1992), or a fever with shaking chills (rigors: bacteraemia, Tokuda Y et al.
    Am J Med 2005, LR+ 4.7) and one SIRS vital criterion, is a high-risk situation
    (ESI v4 handbook ch.4: a condition that could easily deteriorate).
    """
    if not triage_rule_applies("older_adult_sepsis_screen", facts, known=True):
        return []
    t = v.temperature_c
    abnormal_t = t is not None and not 36.0 <= t < 38.0
    fever = (t is not None and t >= 38.0) or (t is None and facts.has("fever"))
    hr = v.heart_rate is not None and v.heart_rate > SIRS_HR
    rr = v.respiratory_rate is not None and v.respiratory_rate > SIRS_RR
    if abnormal_t and hr and rr:
        return [
            f"possible sepsis in an older adult: temperature {t:g} with HR"
            f" {v.heart_rate:g} and RR {v.respiratory_rate:g} (SIRS; SSC 2021)"
        ]
    if fever and facts.has("chills") and (hr or rr):
        return [
            "possible sepsis in an older adult: fever with rigors (Tokuda 2005;"
            " SSC 2021)"
        ]
    return []


_RECENT_OPERATION: Final = re.compile(
    r"(?i)\b(?:(?:post[- ]?op(?:erative)?|pod) (?:day )?\d{1,2}"
    r"|(?:day(?: \d{1,2})?|\d{1,2} days?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten) days?"
    r"|a week|\d weeks?|(?:one|two|three|four) weeks?) (?:after|post|following)"
    r" (?:an? |the |his |her |their )?(?:[\w-]+ ){0,3}(?:[\w-]*ectomy|[\w-]*otomy"
    r"|[\w-]*ostomy|[\w-]*plasty|operation|surgery|repair|replacement|resection"
    r"|caesarean|cesarean|c-section|anastomosis))\b"
)
"""An operation within the last weeks, worded with its day or week count ("day 6
after a laparoscopic right hemicolectomy", "post-op day 4", "10 days after a hip
replacement")."""
POSTOPERATIVE_WEEKS: Final = 6
"""NICE NG51 (sepsis 2016, updated 2024): trauma, surgery or an invasive procedure in
the last 6 weeks is a risk factor for sepsis."""


def postoperative_sepsis_screen(facts: ClinicalFacts, v: Vitals) -> list[str]:
    """Fever with a danger-zone heart and breathing rate in the weeks after surgery.

    ESI v4 handbook ch.6: danger-zone vital signs prompt the nurse to consider ESI 2;
    in a patient weeks out of an operation a fever with both a heart rate over 100
    and a respiratory rate over 20 is the moderate-to-high sepsis risk of NICE NG51
    (surgery in the last 6 weeks, heart rate 91-130, respiratory rate 21-24) and the
    picture of a surgical site infection or an anastomotic leak (Surviving Sepsis
    Campaign 2021: screen with SIRS or NEWS, not qSOFA alone): a condition that
    could easily deteriorate (ch.4), level 2. Adults 18-64 only (older adults have
    their own screen); a fever without both rates is graded by its resources.
    """
    if not triage_rule_applies("qsofa_sepsis_screen", facts):
        return []
    t = v.temperature_c
    if t is None or t < 38.0:
        return []
    if not (
        v.heart_rate is not None
        and v.heart_rate > 100
        and v.respiratory_rate is not None
        and v.respiratory_rate > SIRS_RR
    ):
        return []
    recent = facts.has("recent_surgery") or any(
        _RECENT_OPERATION.search(x) for x in triage_clauses(facts)
    )
    if not recent:
        return []
    return [
        f"fever {t:g} with HR {v.heart_rate:g} and RR {v.respiratory_rate:g} in the"
        " weeks after an operation: possible post-operative sepsis (NICE NG51;"
        " ESI handbook ch.6)"
    ]


NEWS2_EMERGENCY: Final = 7
"""NEWS2 aggregate score of 7 or more: high clinical risk, emergency assessment by a
clinical team with critical-care competencies (Royal College of Physicians. National
Early Warning Score (NEWS) 2. London: RCP 2017, chart 2). Scored by ``rules.news2``,
the one implementation of chart 1."""


def news2_high_risk(facts: ClinicalFacts, v: Vitals, altered: bool) -> list[str]:
    """NEWS2 >= ``NEWS2_EMERGENCY`` in an adult: a high-risk situation (ESI point B).

    NEWS2 is validated in adults (16 and over), not in pregnancy (RCP 2017). A score
    of 7 calls for an emergency response: the ESI handbook's "high-risk situation"
    (ch.4: a patient whose condition could easily deteriorate) whatever the
    complaint.
    """
    if facts.age is None or not triage_rule_applies("news2", facts):
        return []
    if facts.has("pregnancy"):
        return []
    score = news2_score(facts, v, altered=altered)
    if score < NEWS2_EMERGENCY:
        return []
    return [f"NEWS2 {score} >= {NEWS2_EMERGENCY}: high clinical risk (RCP 2017)"]


SEVERE_SBP: Final = 180.0
SEVERE_DBP: Final = 120.0
"""ACC/AHA 2017 hypertension guideline: BP > 180 and/or > 120 with new or worsening
target-organ damage is a hypertensive emergency."""
TARGET_ORGAN_SYMPTOMS: Final = (
    "headache",
    "chest_pain",
    "dyspnea",
    "vision_loss",
    "confusion",
    "altered_mental_status",
    "focal_deficit",
    "unilateral_weakness",
    "speech_disturbance",
    "seizure",
)
"""Symptoms of target-organ damage (encephalopathy, stroke, ACS, pulmonary oedema,
dissection, retinopathy)."""


ENCEPHALOPATHY_SBP: Final = 220.0
ENCEPHALOPATHY_DBP: Final = 130.0
"""The band at which vomiting is read as a target-organ symptom (CTAS 2016
hypertension modifier: SBP >= 220 or DBP >= 130 with symptoms is level 2)."""


def _vomiting_at_encephalopathy_range(facts: ClinicalFacts, v: Vitals) -> bool:
    """Vomiting at SBP >= 220 or DBP >= 130: possible hypertensive encephalopathy.

    ACC/AHA 2017 (Whelton PK et al.) s11.2 and ESC/ESH 2018 s8.3 name nausea and
    vomiting with headache, visual change and confusion among the symptoms of
    hypertensive encephalopathy. Below the CTAS 2016 severe band vomiting is as
    often the cause of a raised pressure (pain, distress) as its effect, so it is
    read only from that band.
    """
    sbp, dbp = v.systolic_bp or 0.0, v.diastolic_bp or 0.0
    high = sbp >= ENCEPHALOPATHY_SBP or dbp >= ENCEPHALOPATHY_DBP
    return high and facts.has("vomiting")


def severe_hypertension_with_symptoms(facts: ClinicalFacts, v: Vitals) -> list[str]:
    """Severe hypertension with a target-organ symptom: a high-risk situation.

    ESI handbook ch.4 example: BP 188/124 with a headache is ESI 2; ACC/AHA 2017: BP
    > 180 and/or > 120 with target-organ damage is a hypertensive emergency (strictly
    above: 180/100 is severe hypertension, not yet the emergency range). Vomiting
    counts from the encephalopathy band (``_vomiting_at_encephalopathy_range``).
    """
    severe = (v.systolic_bp is not None and v.systolic_bp > SEVERE_SBP) or (
        v.diastolic_bp is not None and v.diastolic_bp > SEVERE_DBP
    )
    if not severe or not triage_rule_applies("hypertensive_emergency", facts):
        return []
    symptoms = [c for c in TARGET_ORGAN_SYMPTOMS if facts.has(c)]
    if _vomiting_at_encephalopathy_range(facts, v):
        symptoms.append("vomiting")
    if not symptoms:
        return []
    bp = f"{v.systolic_bp or 0:g}/{v.diastolic_bp or 0:g}"
    return [
        f"possible hypertensive emergency: BP {bp} with {symptoms[0]} (ACC/AHA 2017)"
    ]


def mild_presentation(
    facts: ClinicalFacts,
    v: Vitals,
    dz: tuple[str, ...],
    high_risk: bool,
    pain_score_needed: bool = True,
) -> bool:
    """Whether ``resources_if_mild`` applies (ESI handbook ch.5: predict per patient).

    An adult under ``OLDER_ADULT_AGE`` with pain recorded at most ``MILD_PAIN``/10,
    no danger-zone vital, afebrile, SBP >= 100, heart rate >= ``MILD_MIN_HR``, not
    pregnant and no high-risk finding. A complaint that is not about pain (cough,
    rash, fever) is mild from ``MILD_MIN_CHILD_AGE`` too: the handbook's healthy
    10-year-old with poison ivy needs an examination and a prescription, no resource
    (Table 3-4), and its age-banded danger zones judge the child's vitals (ch.6).
    With ``pain_score_needed`` False (complaints that are not about pain: cough,
    rash) an unrecorded pain score is no bar, unless the text states pain
    ("Pain present (score not recorded)"); a recorded score must still be mild.
    """
    pain_ok = (
        v.pain <= MILD_PAIN
        if v.pain is not None
        else not pain_score_needed and not _UNSCORED_PAIN.search(facts.vitals.raw or "")
    )
    youngest = 18 if pain_score_needed else MILD_MIN_CHILD_AGE
    return (
        facts.age is not None
        and youngest <= facts.age < OLDER_ADULT_AGE
        and pain_ok
        and not dz
        and not high_risk
        and not facts.has("pregnancy")
        and (v.temperature_c is None or v.temperature_c < 38.0)
        and (v.systolic_bp is None or v.systolic_bp >= 100)
        and (v.heart_rate is None or v.heart_rate >= MILD_MIN_HR)
    )


MILD_MIN_CHILD_AGE: Final = 3
"""From 3 years a child's fever or cough is judged by resources and danger-zone vitals
(ESI v4 handbook ch.6: the paediatric fever criteria cover the first 36 months)."""
MILD_MIN_HR: Final = 50.0
"""Below this heart rate (AHA ACLS 2020 bradycardia) a presentation is not 'mild',
even when well perfused: it keeps the complaint's usual resources."""
_UNSCORED_PAIN = re.compile(r"(?i)\bpain present\b")
"""The triage block's wording of pain reported without a score."""
GI_LOSS_COMPLAINTS: Final = ("diarrhea", "nausea_vomiting")
"""Complaints whose fluid losses can need IV rehydration."""
_DEHYDRATED = re.compile(
    r"(?i)\b(?:dehydrat\w*|dry (?:lips|mouth|mucous membranes?)"
    r"|(?:can'?t|cannot|unable to|not able to|won'?t|will not|could not|couldn'?t)"
    r" (?:\w+ ){0,2}(?:keep|hold|tolerate) (?:\w+ ){0,4}(?:down|fluids|liquids|water)"
    r"|(?:vomit\w*|throw\w* up|bring\w* up) (?:\w+ ){0,2}(?:everything|anything)"
    r" (?:s?he|they) (?:drinks?|eats?|takes?)"
    r"|(?<!no )(?<!not )(?<!denies )(?<!without )(?:dizzy|light-?headed|faint\w*)"
    r" (?:\w+ ){0,3}(?:on|when|upon|after) (?:\w+ )?"
    r"(?:standing|stood|getting up|sitting up|stands?))"
)
"""Volume loss or failed oral rehydration worded at triage: stated dehydration, dry
mucous membranes, fluids not kept down (NICE CG84 / WHO 2005: IV fluids when oral
rehydration fails or vomiting is persistent), or light-headedness on standing
(postural symptoms of hypovolaemia, McGee S et al. JAMA 1999;281:1022)."""
_PERSISTENT_VOMITING = re.compile(
    r"(?i)\b(?:persistent|intractable|repeated|constant|uncontrolled|protracted"
    r"|continuous|incessant|relentless) (?:\w+ )?(?:vomiting|emesis)"
    r"|\b(?:vomit\w*|throw\w* up|threw up|being sick|puk\w*|emesis)(?: \w+){0,3}? "
    r"(?:all (?:night|day|morning)(?: long)?|(?:all )?through(?:out)? the (?:night|day)"
    r"|non-?stop|constantly|continuously|repeatedly|persistently"
    r"|(?:for|over) (?:the (?:last|past) )?(?:[6-9]|1\d|2\d|six|eight|ten"
    r"|twelve|24) (?:hours|hrs)|(?:more than |over )?(?:[5-9]|1\d|five|six|seven|eight"
    r"|nine|ten|a dozen|many|multiple|countless|numerous) times)"
)
"""Vomiting worded as persistent: all night, non-stop, for six hours or more, five
times or more (NICE CG84 and WHO 2005: persistent vomiting is a reason oral
rehydration fails; the ESI handbook's answer to 'vomiting all night, now diarrhoea':
labs and IV fluids, two resources)."""


def needs_rehydration(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, dz: tuple[str, ...]
) -> bool:
    """Vomiting or diarrhoea with signs of volume loss: labs plus IV fluids.

    ESI v4 handbook ch.5 (Table 5-1: IV fluids for hydration is a resource, labs
    another) and its answer to the diarrhoea vignette with tachycardia and dry lips:
    "labs and IV fluid replacement - two resources". Signs: a danger-zone heart rate,
    stated dehydration / dry mucous membranes, fluids not kept down or light-headedness
    on standing (``_DEHYDRATED``), or vomiting worded as persistent
    (``_PERSISTENT_VOMITING``).
    """
    text = facts.chief_complaint or ""
    tachycardic = any(d.startswith("heart_rate") for d in dz)
    if complaint is None or complaint.id not in GI_LOSS_COMPLAINTS:
        # persistent vomiting needs them whatever word the complaint was matched by;
        # triage53: so does vomiting or diarrhoea with a danger-zone pulse or worded
        # dehydration (the handbook predicts the patient's resources, not the word's:
        # "reduced urine output" after 3 days of diarrhoea and vomiting, HR 102)
        loss = facts.has("vomiting") or facts.has("diarrhea")
        return loss and (
            bool(_PERSISTENT_VOMITING.search(text))
            or tachycardic
            or bool(_DEHYDRATED.search(text))
        )
    return (
        tachycardic
        or bool(_DEHYDRATED.search(text))
        or bool(_PERSISTENT_VOMITING.search(text))
    )


def febrile_vomiting_adult(facts: ClinicalFacts, v: Vitals) -> bool:
    """A measured fever with vomiting in an adult: labs plus IV fluids or medication.

    ESI v4 handbook ch.5 predicts resources from the patient, not the complaint word:
    a febrile adult who is vomiting cannot take oral antibiotics or fluids (IDSA 2011
    pyelonephritis: parenteral therapy when oral intake fails; SSC 2021: blood tests
    for a febrile adult), so a urinary or sore-throat complaint that would be one
    resource needs labs and IV therapy, two (Table 5-1). Children are graded by the
    handbook's paediatric fever criteria instead (ch.6).
    """
    if facts.age is None or facts.age < 18:
        return False
    febrile = v.temperature_c is not None and v.temperature_c >= 38.0
    return febrile and facts.has("vomiting")


OB_SEVERE_SBP: Final = 160.0
OB_SEVERE_DBP: Final = 110.0
OB_HTN_SBP: Final = 140.0
OB_HTN_DBP: Final = 90.0
"""ACOG Practice Bulletin 222 (2020) gestational hypertension and pre-eclampsia:
>= 140/90 is hypertension in pregnancy; >= 160/110, or hypertension with headache,
visual disturbance or epigastric/RUQ pain, is pre-eclampsia with severe features
(also up to 6 weeks postpartum), an emergency (eclampsia, stroke)."""
POSTPARTUM: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:c-?section|cesarean|caesarean)|postpartum|post-partum"
    r"|gave birth|(?:had|delivered) (?:a |her |the )?bab(?:y|ies)|delivered (?:\w+ )?"
    r"(?:days?|weeks?) ago)(?![a-z])"
)
"""A recent birth worded at triage (ACOG PB 222: pre-eclampsia up to 6 weeks
postpartum). Pregnancy itself is the population's (``cases.population``, the one
reader of pregnancy and gestation: "35+2 weeks", "at 34/40", "positive hCG")."""


def peripartum(facts: ClinicalFacts) -> bool:
    """Whether the patient is pregnant or recently delivered, as triage documents it.

    A pregnancy documented in the population (``ClinicalFacts.population``) or worded
    as a finding, a postpartum finding, or a recent birth worded (``POSTPARTUM``).
    """
    return (
        facts.population.pregnancy == "pregnant"
        or facts.has("pregnancy")
        or facts.has("postpartum")
        or bool(POSTPARTUM.search(facts.chief_complaint or ""))
    )


_PREECLAMPSIA_SYMPTOMS: Final = re.compile(
    r"(?i)(?<![a-z])(?:headache|head ache|(?:seeing |sees )?spots|blurr\w* vision"
    r"|vision (?:is )?blurr\w*|visual (?:disturbance|changes?)|flashing lights"
    r"|epigastric|upper (?:right )?(?:abdominal|belly|stomach) pain|ruq)(?![a-z])"
)


def obstetric_hypertension(facts: ClinicalFacts, v: Vitals) -> list[str]:
    """Severe-range or symptomatic hypertension in pregnancy or postpartum (ACOG 2020).

    A high-risk situation at ESI decision point B (handbook ch.4: a condition that
    could easily deteriorate): pre-eclampsia with severe features. Its symptoms
    (headache, visual change, epigastric pain) from 20 weeks or postpartum with no BP
    recorded stay high risk until one is (ACOG PB 222: pre-eclampsia is diagnosed
    from 20 weeks); with a normal BP recorded they are graded by resources.
    """
    if facts.sex == "M" or (facts.age is not None and not 10 <= facts.age <= 55):
        return []
    if not peripartum(facts):
        return []
    text = facts.chief_complaint or ""
    symptoms = bool(_PREECLAMPSIA_SYMPTOMS.search(text))
    if v.systolic_bp is None and v.diastolic_bp is None:
        weeks = facts.population.gestation_weeks
        stated = any(_PREECLAMPSIA_SYMPTOMS.search(c) for c in triage_clauses(facts))
        if stated and (weeks is None or weeks >= SECOND_HALF_WEEKS):
            return [
                "headache, visual or epigastric symptoms in pregnancy from 20 weeks or"
                " postpartum, BP not recorded: possible pre-eclampsia (ACOG PB 222)"
            ]
        return []
    sbp, dbp = v.systolic_bp or 0.0, v.diastolic_bp or 0.0
    severe = sbp >= OB_SEVERE_SBP or dbp >= OB_SEVERE_DBP
    raised = sbp >= OB_HTN_SBP or dbp >= OB_HTN_DBP
    if not (severe or (raised and symptoms)):
        return []
    return [
        f"hypertension in pregnancy or postpartum (BP {sbp:g}/{dbp:g}): possible"
        " pre-eclampsia with severe features (ACOG 2020)"
    ]


def raised_bp_in_pregnancy(facts: ClinicalFacts, v: Vitals) -> bool:
    """A blood pressure >= 140/90 in pregnancy or postpartum, whatever the complaint.

    peds29b: hypertension in pregnancy is assessed, never a refill or a recheck: at
    any gestation baseline labs (creatinine, liver enzymes, platelets, urine protein)
    and an obstetric review (ACOG PB 203, 2019 chronic hypertension; ACOG PB 222,
    2020): two resources at ESI decision point C (labs, a specialty consultation).
    """
    if facts.sex == "M" or not peripartum(facts):
        return False
    sbp, dbp = v.systolic_bp or 0.0, v.diastolic_bp or 0.0
    return sbp >= OB_HTN_SBP or dbp >= OB_HTN_DBP


RESPIRATORY_VITALS: Final = frozenset({"spo2", "respiratory_rate"})
RED_BAND_RR: Final = 25.0
"""NEWS2's 3-point respiratory-rate band (>= 25 per minute): a rate there cannot
exclude moderate respiratory distress when no saturation was recorded."""


def respiratory_gradable(facts: ClinicalFacts, v: Vitals) -> bool:
    """Whether respiratory distress is graded although a vital is missing.

    The CTAS first-order card grades respiratory distress by SpO2 and by the work of
    breathing: with a saturation recorded it is graded; without one, a recorded rate
    below NEWS2's red band (``RED_BAND_RR``) and no stated distress show no increased
    work of breathing (mild distress at most, level 3 with a breathing complaint).
    Read by the CTAS/KTAS modifier and by ESI decision point D alike.
    """
    if v.spo2 is not None:
        return True
    rr = v.respiratory_rate
    return rr is not None and rr < RED_BAND_RR and not facts.has("respiratory_distress")


NEWS2_RED: Final = 3
"""A single NEWS2 parameter scoring 3 (RCP 2017 "red score"): urgent clinical review."""
TORSO_PAIN: Final = frozenset({"abdominal_pain", "chest_pain", "flank_pain"})
"""Complaints (and the findings of the same names) whose injury can bleed out of
sight: chest, abdomen, flank."""


NEWS2_MIN_AGE: Final = 16
"""NEWS2 is for adults aged 16 and over (RCP 2017)."""


def unassessable_high_risk(
    facts: ClinicalFacts,
    v: Vitals,
    complaint: ComplaintSpec | None,
    needed: list[str],
) -> str | None:
    """Why vitals missing at decision point D still hold ESI 2, or None.

    Missing vitals hold ESI 2 only where the presentation is high risk (issue 10; ESI
    v4 handbook ch.4 decision point B): otherwise the nurse measures them at D and the
    level comes from resources. High risk from what *was* (or was not) recorded: a
    breathing complaint without a saturation whose work of breathing cannot be graded
    (``respiratory_gradable``: no rate, a rate in the NEWS2 red band or stated
    distress), as the CTAS respiratory modifier reads it; any recorded vital already
    in the NEWS2 red band (one parameter scoring 3, RCP 2017: respiratory rate >= 25
    or <= 8, heart rate >= 131 or <= 40) while a vital that would judge it is
    missing, from age 16 (NEWS2's population, RCP 2017; a child's vitals are judged by
    the handbook's age-band danger zone, esi33); and an injury to the chest, abdomen
    or flank with neither pulse nor blood pressure recorded, where bleeding is hidden
    and is judged by them (ATLS 10th ed. 2018, primary survey C).
    """
    if not needed:
        return None
    if "spo2" in needed and not respiratory_gradable(facts, v):
        return (
            "breathing complaint whose work of breathing cannot be graded without a"
            " saturation (CTAS 2016 respiratory modifier)"
        )
    adult = facts.age is None or facts.age >= NEWS2_MIN_AGE
    items = news2_items(facts, v) if adult else {}
    red = [
        n
        for n in ("respiratory_rate", "heart_rate", "systolic_bp", "spo2")
        if getattr(v, n) is not None and items.get(n) == NEWS2_RED
    ]
    if red:
        return f"recorded {', '.join(red)} in the NEWS2 red band (RCP 2017)"
    torso = (complaint is not None and complaint.id in TORSO_PAIN) or any(
        facts.has(c) for c in TORSO_PAIN
    )
    if torso and facts.has("trauma") and v.heart_rate is None and v.systolic_bp is None:
        return "torso injury, bleeding judged by pulse and pressure (ATLS 10th ed.)"
    return None


EPIDIDYMITIS_ADULT_YEARS: Final = 18
"""Epididymo-orchitis is the scrotal pain of sexually active men (BASHH 2020
epididymo-orchitis guideline); torsion peaks at 12-18 years (EAU paediatric urology):
below this age the torsion reading stands."""
TORSION_SALVAGE_HOURS: Final = 24.0
"""Salvage of a torsed testis falls below a quarter after 24 h (Mellick LB et al.
Pediatr Emerg Care 2019;35:821): a pain older than this that came on over days is no
torsion still to be saved."""
_SCROTAL_SUDDEN: Final = re.compile(
    r"(?i)\b(?:sudden(?:ly)?|abrupt(?:ly)?|acute onset|severe|excruciating|worst"
    r"|woke|waking|high[- ]riding|horizontal lie|today|this (?:morning|afternoon"
    r"|evening)|tonight|\d+ ?(?:h|hrs?|hours?|min\w*) ago)\b"
)
_SCROTAL_GRADUAL: Final = re.compile(
    r"(?i)\b(?:gradual\w*|insidious\w*|slowly|over \S+ days)\b"
)
_EPIDIDYMITIS_SIGNS: Final = ("dysuria", "urethral_discharge", "epididymal_tenderness")


def epididymitis_picture(facts: ClinicalFacts) -> bool:
    """Whether an adult's scrotal pain is epididymo-orchitis's, not a torsion's.

    ESI v4 ch.4 holds testicular pain at level 2 for torsion. A man of 18 or over whose
    pain came on gradually or over more than ``TORSION_SALVAGE_HOURS``, with a urethral
    discharge, dysuria or a tender epididymis (BASHH 2020; EAU 2023 urological
    infections), and no sudden onset, severe pain, vomiting, high-riding testis or
    absent cremasteric reflex (the TWIST score's torsion items, Barbosa JA et al. J Urol
    2013;189:1859) is the epididymitis picture: graded by its resources (ESI 3).
    """
    if facts.age is None or facts.age < EPIDIDYMITIS_ADULT_YEARS:
        return False
    if not any(facts.has(c) for c in _EPIDIDYMITIS_SIGNS):
        return False
    if any(
        facts.has(c) for c in ("vomiting", "absent_cremasteric", "high_riding_testis")
    ):
        return False
    text = facts.chief_complaint or ""
    if _SCROTAL_SUDDEN.search(text):
        return False
    if facts.vitals.pain is not None and facts.vitals.pain >= 7:
        return False
    from agents._text import stated_hours

    hours = stated_hours((text,))
    late = bool(hours) and min(hours) > TORSION_SALVAGE_HOURS
    return late or bool(_SCROTAL_GRADUAL.search(text))


_PYELO_URINARY: Final = ("dysuria", "urinary_frequency", "pyelonephritis")
"""The urinary source stated: dysuria, frequency, or the pyelonephritis named (a
referral's diagnosis; triage51, medgi51's request)."""
_PYELO_NOT_SIMPLE: Final = (
    "vomiting",
    "hypotension",
    "altered_mental_status",
    "confusion",
    "lethargy",
    "chills",
    "hematuria",
    "pregnancy",
    "second_half_pregnancy",
    "immunocompromised",
    "ureteric_stone",
    "urinary_catheter",
    "pulsatile_mass",
)
_OBSTRUCTION_WORDS: Final = re.compile(
    r"(?i)\b(?:stones?|calcul\w*|colic\w*|obstruct\w*|stent|nephrostomy|single kidney"
    r"|solitary kidney|transplant\w*|worst|excruciating|writhing)\b"
)


def pyelonephritis_picture(facts: ClinicalFacts, v: Vitals) -> bool:
    """Whether a febrile flank pain is an uncomplicated pyelonephritis's.

    Fever is high risk on a flank pain for the infected obstructed kidney (EAU 2024
    urolithiasis: decompression). A woman or man of 18-64 with dysuria or frequency,
    pain below severe, no vomiting, rigors or haematuria, no stone, stent, single or
    transplanted kidney, pregnancy or immunocompromise worded, and no danger-zone
    vital (HR <= 100, RR <= 20, SpO2 >= 92, SBP >= 90) is the ESI handbook's febrile
    urinary infection: labs, urine and antibiotics, two resources, ESI 3 (ch.5; EAU
    2024 urological infections: oral outpatient treatment of uncomplicated
    pyelonephritis; IDSA 2011).
    """
    if facts.age is None or not 18 <= facts.age < OLDER_ADULT_AGE:
        return False
    if not any(facts.has(c) for c in _PYELO_URINARY):
        return False
    if any(facts.has(c) or facts.known(c) for c in _PYELO_NOT_SIMPLE):
        return False
    if v.pain is not None and v.pain >= 7:
        return False
    if (
        (v.heart_rate is not None and v.heart_rate > 100)
        or (v.respiratory_rate is not None and v.respiratory_rate > 20)
        or (v.spo2 is not None and v.spo2 < 92)
        or (v.systolic_bp is not None and v.systolic_bp < 90)
        or (v.temperature_c is not None and v.temperature_c >= 39.5)
    ):
        return False
    return not any(_OBSTRUCTION_WORDS.search(x) for x in triage_clauses(facts))


_STREAKED: Final = re.compile(
    r"(?i)\b(?:streak\w*|fleck\w*|tinged|spott?\w*|specks?|teaspoons?|small amounts?"
    r"|a little blood|bit of blood|traces? of blood)\b"
)
_LARGE_BLEED: Final = re.compile(
    r"(?i)\b(?:massive|large|cup\w*|clots?|mouthfuls?|frank|fresh red|lots of"
    r"|pouring|gush\w*|[1-9]\d* ?ml)\b"
)
_STREAK_NOT_MINOR: Final = (
    "dyspnea",
    "respiratory_distress",
    "chest_pain",
    "pleuritic_pain",
    "syncope",
    "hypotension",
    "anticoagulation",
    "unilateral_leg_swelling",
)


def streaked_haemoptysis_only(facts: ClinicalFacts, v: Vitals) -> bool:
    """Whether the haemoptysis told is streaks or flecks in the sputum, nothing more.

    Massive haemoptysis threatens the airway (ESI v4 ch.4 high risk; BTS 2010 / ERS
    2019: over 100-200 ml a day or with gas-exchange compromise). Blood streaks or a
    teaspoon in the sputum, with no breathlessness, chest pain, syncope, leg
    swelling or anticoagulant and no danger-zone vital (HR <= 100, RR <= 20, SpO2 >=
    92), is a stable patient's work-up (a blood count, clotting and a chest x-ray:
    two resources, ESI 3), whatever its cause may turn out to be.
    """
    texts = triage_clauses(facts)
    if not any(_STREAKED.search(x) for x in texts):
        return False
    if any(_LARGE_BLEED.search(x) for x in texts):
        return False
    if any(facts.has(c) or facts.known(c) for c in _STREAK_NOT_MINOR):
        return False
    return not (
        (v.heart_rate is not None and v.heart_rate > 100)
        or (v.respiratory_rate is not None and v.respiratory_rate > 20)
        or (v.spo2 is not None and v.spo2 < 92)
        or (v.systolic_bp is not None and v.systolic_bp < 90)
    )
