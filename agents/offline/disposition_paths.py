"""Where the patient goes by what the patient needs: validated home paths and needs.

Used by ``agents.offline.disposition`` after the probability band. Each rule holds only
inside its validated population and only on documented inputs (a score with a missing
input does not apply); anything outside sends the decision back to the band, the
admission criteria and the floors.

Home paths (an established working diagnosis, or the presentation a score covers):

- Upper GI bleeding with a Glasgow-Blatchford score <= 1, every input measured (urea,
  haemoglobin, systolic BP, heart rate): outpatient endoscopy, no admission
  (Stanley AJ et al. BMJ 2017;356:i6432; Gralnek IM et al. ESGE 2021; Laine L et al.
  ACG 2021; NICE CG141 2012 1.2.2 for a score of 0).
- Pulmonary embolism with sPESI 0 (every item documented), no right-ventricular
  dysfunction documented on imaging, troponin not raised and no Hestia exclusion
  (oxygen to keep SpO2 >= 90 %, pregnancy, active bleeding, severe renal or liver
  disease): early discharge on an oral anticoagulant (Konstantinides SV et al. ESC
  2019 acute PE, class IIa; Zondag W et al. Hestia, J Thromb Haemost 2011;9:1500;
  Jimenez D et al. sPESI 2010).
- Atrial fibrillation, haemodynamically stable, without heart failure, ischaemia,
  pre-excitation, hypoxaemia or a febrile cause, converted to sinus rhythm or rate
  controlled below 110/min at the last documented heart rate: home with
  anticoagulation by CHA2DS2-VASc and follow-up (Hindricks G et al. ESC 2020 AF;
  Stiell IG et al. CAEP 2021 checklist; Van Gelder IC et al. RACE II 2010 lenient
  rate control; Pluymaekers NAHA et al. RACE 7, N Engl J Med 2019).
- Febrile neutropenia with a documented MASCC >= 21, oral intake kept and follow-up
  arranged: outpatient oral antibiotics (Taplitz RA et al. ASCO/IDSA 2018; Klastersky
  J et al. MASCC 2000).

Needs (escalations):

- Acute limb ischaemia with sensory loss beyond the toes or muscle weakness
  (Rutherford IIb): emergency revascularisation in theatre under vascular surgery;
  marginally threatened (IIa) or viable (I): admission under vascular surgery for
  heparin and urgent revascularisation or imaging (Bjorck M et al. ESVS 2020).
- An infected drained system (a nephrostomy with fever or infection): IV antibiotics
  and the drain restored by interventional radiology in hospital (Turk C / Skolarikos A
  et al. EAU urolithiasis 2024; Pabon-Ramos WM et al. SIR 2016).
- Fever during chemotherapy with the neutrophil count unknown and no MASCC >= 21
  documented: suspected neutropenic sepsis, admission for empirical IV antibiotics
  (NICE CG151 2012; Taplitz RA et al. ASCO/IDSA 2018).
- Pneumonia in an immunocompromised host with fever or breathlessness: admission
  (outside CURB-65 and PSI; Ramirez JA et al. Chest 2020; Dulek DE et al. AST IDCOP
  2019).
- A focal deficit beside hypoglycaemia: persisting after the glucose is corrected it
  is not explained by it (stroke work-up, admission); not yet re-examined after
  correction it is observed (Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke:
  glucose first, hypoglycaemia is a mimic only when the deficit resolves).
- A tachycardia still present at the last documented heart rate after the ED course
  (adults, HR > 100): not a discharge (Gabayan GZ et al. Acad Emerg Med 2017;24:846;
  Long B et al. J Emerg Med 2024;67:e487).
- A febrile adult who can no longer stand or walk: admission (NICE NG51 2024: acute
  deterioration in functional ability is a moderate-to-high risk criterion; NICE NG27
  2015: no discharge before care and mobility needs are met).
- Meningitis: intensive care for a GCS <= 12, shock, seizures, respiratory failure or
  a purpuric rash, a ward bed otherwise (McGill F et al. UK joint specialist
  societies 2016; van de Beek D et al. ESCMID 2016; NICE NG240 2024).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from agents._text import asserted, current
from agents.offline.rules.admission_criteria import spesi
from agents.offline.rules.cauda_equina_words import (
    CAUDA_EQUINA_FLAGS,
    SPINE_OR_SCIATICA,
)
from agents.offline.rules.cord_words import ANY_INJURY, CORD_SYMPTOM, NECK_MECHANISM
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.medical import glasgow_blatchford
from agents.offline.rules.results import analyte_results
from agents.pathways_vascular import BARRING_BLEED, VTE_IMAGED
from cases.models import Vitals

__all__ = [
    "HOME_PATH_IDS",
    "PATH_COVERS",
    "PRESENTATION_PATH_IDS",
    "Need",
    "inpatient_needs",
    "last_heart_rate",
    "local_envenoming_ward",
    "meningitis_ward",
    "organ_injury_ward",
    "outpatient_path",
    "persisting_tachycardia",
]

ADULT: Final = 16
"""GBS, sPESI, MASCC and the AF pathways were derived and validated in adults."""
GBS_OUTPATIENT_MAX: Final = 1.0
"""ESGE 2021 / ACG 2021: a Glasgow-Blatchford score of 0-1 may go home."""
AF_RATE_CONTROLLED: Final = 110.0
"""Lenient rate control: resting heart rate below 110/min (RACE II; ESC 2020)."""
TACHYCARDIA_HR: Final = 100.0
"""An adult heart rate above 100/min (Gabayan 2017: HR > 101 at discharge)."""
MASCC_LOW_RISK: Final = 21.0
"""MASCC >= 21 is low risk (Klastersky 2000; ASCO/IDSA 2018)."""
FEVER_C: Final = 38.0
"""NICE CG151: temperature >= 38 C in a patient on anticancer treatment."""
MENINGITIS_ICU_GCS: Final = 12.0
"""McGill 2016: GCS <= 12 (or a fall of more than 2) is discussed with critical care."""

_SENTENCE: Final = re.compile(r"[^.;\n]+")
_COURSE: Final = re.compile(
    r"(?i)\b(?:repeat\w*|re-?check\w*|re-?assess\w*|later|now|still|after|following"
    r"|subsequent\w*|latest|on review|at discharge|settled|improved|convert\w*"
    r"|revert\w*|restor\w*|cardioverted)\b"
)
"""A sentence about the patient after triage: the ED course."""
_HR: Final = re.compile(
    r"(?i)\b(?:HR|heart rate|pulse(?: rate)?|ventricular rate"
    r"|sinus rhythm(?: at| of| rate)?)\s*(?:[:=]\s*)?"
    r"(?:(?:is|was|of|now|still|remains?|down to|to|at)\s+){0,3}(\d{2,3})\b"
)
_NOT_MEASURED: Final = re.compile(
    r"(?i)\b(?:no|not|never|unable to|refused|declined)\b[^.;]{0,30}"
    r"\b(?:repeat\w*|re-?check\w*|obtained|measured|taken|documented)\b"
    r"|\b(?:repeat\w*|re-?check\w*|vitals?|observations?)\b[^.;]{0,30}"
    r"\bnot (?:yet )?(?:obtained|done|taken|measured|documented)\b"
)
"""A course sentence saying the set was not measured ("Repeat vitals not obtained: HR
90" keeps the triage rate, as ``floors.repeat_vitals`` reads it)."""
_NEGATION: Final = re.compile(
    r"(?i)\b(?:no|not|without|denies|nor|negative for)\b[^.;:]{0,25}$"
)


def last_heart_rate(text: str | None) -> float | None:
    """The heart rate documented last in the ED course, or None.

    Only sentences about the course after triage count ("Repeat observations at 3
    hours: HR 122", "two hours later HR 122", "heart rate now 86", "converted to
    sinus rhythm 72"): the last set of vital signs decides (Long B et al. 2024).
    """
    if not text:
        return None
    found: list[tuple[int, float]] = []
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0)
        if not _COURSE.search(sentence) or _NOT_MEASURED.search(sentence):
            continue
        for m in _HR.finditer(sentence):
            found.append((s.start() + m.start(), float(m.group(1))))
    return max(found)[1] if found else None


def _asserted(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches somewhere not negated in its clause."""
    return any(
        not _NEGATION.search(text[max(0, m.start() - 40) : m.start()])
        for m in pattern.finditer(text)
    )


# ---------------------------------------------------------------- home paths


def gbs_home(facts: ClinicalFacts) -> str | None:
    """Upper GI bleeding with a complete Glasgow-Blatchford score <= 1: home."""
    if facts.age is None or facts.age < ADULT:
        return None
    if not (facts.has("hematemesis") or facts.has("melena")):
        return None  # GBS: upper GI haemorrhage (Blatchford 2000)
    if facts.has("post_tonsillectomy_bleeding"):
        return None  # outside the score's population (``rule_scope``)
    gbs = glasgow_blatchford(facts)
    if not gbs.applicable or gbs.missing or gbs.score is None:
        return None
    if gbs.score > GBS_OUTPATIENT_MAX:
        return None
    return (
        f"upper GI bleeding with a Glasgow-Blatchford score of {gbs.score:g} (every"
        " input measured): outpatient endoscopy, no admission; return at once with"
        " melaena, fresh haematemesis or fainting (ESGE 2021; ACG 2021; Stanley AJ"
        " et al. BMJ 2017; NICE CG141)"
    )


_RV_NORMAL: Final = re.compile(
    r"(?i)\b(?:RV|right ventric\w*)(?: size| function| size and function)?"
    r"\s+(?:is\s+|was\s+)?(?:normal|not dilated)\b"
    r"|\bnormal\s+(?:RV|right ventric\w*)\b"
    r"|\bno\s+(?:evidence of\s+)?(?:RV|right (?:ventricular|heart))\s+"
    r"(?:strain|dilat\w*|dysfunction|enlargement)\b"
    r"|\bRV\s*/\s*LV(?: ratio)?\s*(?:of\s+)?0\.\d+"
)
"""Right-ventricular size or function documented normal (ESC 2019: RV/LV < 1.0 on
CT or a normal echocardiogram)."""
_OXYGEN_NEED: Final = re.compile(
    r"(?i)\b(?:needs?|needing|needed|requir\w*|on)\s+(?:\d+(?:\.\d+)?\s*"
    r"(?:L|l|litres?|liters?)(?:/min)?\s+(?:of\s+)?)?(?:supplemental\s+)?oxygen\b"
)
_SPO2: Final = re.compile(r"(?i)\b(?:SpO2|sats?|saturations?|SaO2)\s*(?:of\s+)?(\d{2})")
_PE_NOT_HOME: Final = (
    "rv_strain", "troponin_elevated", "troponin_markedly_elevated",
    "troponin_dynamic", "supplemental_oxygen", "hypotension", "syncope",
    "pregnancy", "second_half_pregnancy", "pregnancy_test_positive", "postpartum",
    "gi_bleeding", "hematemesis", "melena", "aki", "liver_disease",
)  # fmt: skip
"""Hestia exclusions and the ESC 2019 intermediate-risk markers, as documented."""


def pe_home(facts: ClinicalFacts, text: str) -> str | None:
    """Pulmonary embolism with sPESI 0, a normal RV and no Hestia exclusion: home."""
    if facts.age is None or facts.age < 18:
        return None
    score = spesi(facts)
    if score.missing or score.score != 0:
        return None
    if any(facts.has(c) for c in _PE_NOT_HOME) or facts.known("ckd"):
        return None
    if not (facts.has("absent:rv_strain") or _RV_NORMAL.search(text)):
        return None  # ESC 2019: RV assessed before the low-risk class
    if _asserted(_OXYGEN_NEED, text):
        return None
    if any(int(m.group(1)) < 90 for m in _SPO2.finditer(text)):
        return None
    return (
        "pulmonary embolism, low risk: sPESI 0, no right-ventricular dysfunction,"
        " troponin not raised, no Hestia exclusion: early discharge on an oral"
        " anticoagulant with follow-up within a week; return with breathlessness,"
        " fainting or bleeding (ESC 2019 acute PE, class IIa; Hestia 2011)"
    )


_AF_NOT_HOME: Final = (
    "hypotension", "syncope", "chf", "chf_exacerbation", "rales", "jvd",
    "cxr_pulmonary_edema", "troponin_elevated", "troponin_markedly_elevated",
    "troponin_dynamic", "ecg_ischemic_changes", "preexcitation", "qrs_wide",
    "fever", "thyroid_storm", "sepsis",
)  # fmt: skip
"""What keeps new AF in hospital (ESC 2020; CAEP 2021 'unstable' and 'primary cause'
checks): instability or syncope, heart failure, ischaemia, pre-excitation or a wide
complex, a fever or thyroid storm driving it."""


def af_home(facts: ClinicalFacts, text: str, vitals: Vitals) -> str | None:
    """Stable AF converted or rate controlled below 110: home; None otherwise."""
    if facts.age is None or facts.age < ADULT:
        return None
    if any(facts.has(c) for c in _AF_NOT_HOME):
        return None
    if vitals.systolic_bp is not None and vitals.systolic_bp < 90:
        return None
    if vitals.spo2 is not None and vitals.spo2 < 92:
        return None
    if facts.has("chest_pain") and not facts.has("troponin_normal"):
        return None
    converted = facts.has("tachyarrhythmia_terminated")
    hr = last_heart_rate(text)
    if not converted and (hr is None or hr >= AF_RATE_CONTROLLED):
        return None
    how = "converted to sinus rhythm" if converted else f"rate controlled (HR {hr:g})"
    return (
        f"atrial fibrillation, haemodynamically stable, {how}, without heart failure,"
        " ischaemia or pre-excitation: home with anticoagulation by CHA2DS2-VASc"
        " and AF clinic follow-up with an echocardiogram (ESC 2020 AF; CAEP 2021;"
        " RACE II, RACE 7)"
    )


_MASCC: Final = re.compile(
    r"(?i)\bmascc(?: score| risk index)?\s*(?:of|is|was|:|=)?\s*(\d{1,2})\b"
)
_FOLLOW_UP: Final = re.compile(
    r"(?i)\b(?:follow-?up|review(?:ed)? (?:in|at|tomorrow)|day unit|clinic"
    r"|phone call|telephone|call (?:back|tomorrow))\b"
)
_NO_ORAL: Final = re.compile(
    r"(?i)\b(?:vomiting|unable to (?:take|tolerate|swallow)|nil by mouth|NBM"
    r"|not tolerating)\b"
)


def neutropenic_fever_home(facts: ClinicalFacts, text: str) -> str | None:
    """Febrile neutropenia, MASCC >= 21, oral route and follow-up: home."""
    if facts.age is None or facts.age < ADULT:
        return None
    scores = [float(m.group(1)) for m in _MASCC.finditer(text)]
    if not scores or scores[-1] < MASCC_LOW_RISK:
        return None
    if facts.has("hypotension") or _asserted(_NO_ORAL, text):
        return None
    if not _FOLLOW_UP.search(text):
        return None
    return (
        f"low-risk febrile neutropenia (MASCC {scores[-1]:g} >= 21), taking oral"
        " medication, follow-up arranged: oral antibiotics at home after the first"
        " dose, return at once with any deterioration (ASCO/IDSA 2018; MASCC 2000)"
    )


HOME_PATH_IDS: Final = frozenset(
    {"pulmonary_embolism", "atrial_fibrillation", "neutropenic_fever", "upper_gi_bleed"}
)
"""Established diagnoses with a validated home path (``outpatient_path``)."""
PATH_COVERS: Final = {"variceal_bleed": "upper_gi_bleed"}
"""Must-not-miss diagnoses a path's validated population covers beside its own: the
Glasgow-Blatchford score was derived on every upper GI haemorrhage, variceal included
(Blatchford 2000; Stanley 2017), and scores liver disease itself."""
PRESENTATION_PATH_IDS: Final = frozenset({"upper_gi_bleed"})
"""Paths whose population is the presentation itself (haematemesis or melaena with a
complete Glasgow-Blatchford score, Blatchford 2000): the working diagnosis need not
be established."""


def outpatient_path(
    spec_id: str | None, facts: ClinicalFacts, text: str, vitals: Vitals
) -> str | None:
    """Why an established diagnosis goes home by a validated path, or None.

    The disposition chooses home by it, and the no-unsafe-discharge floor releases
    the must-not-miss diagnosis it covers (``agents.floors``).

    Args:
        spec_id: The knowledge-base id of the established diagnosis.
        facts: Facts at disposition.
        text: The visible one-liner and ED note.
        vitals: Plausible triage vitals.
    """
    if spec_id == "pulmonary_embolism":
        return pe_home(facts, text)
    if spec_id == "atrial_fibrillation":
        return af_home(facts, text, vitals)
    if spec_id == "neutropenic_fever":
        return neutropenic_fever_home(facts, text)
    if spec_id == "upper_gi_bleed":
        return gbs_home(facts)
    return None


# ---------------------------------------------------------------------- needs


@dataclass(frozen=True)
class Need:
    """An escalation the patient's documented state needs."""

    disposition: Literal["Observation", "Admit", "OR Admit"]
    level: Literal["ward", "icu"]
    reason: str


_SENSORY_LOSS: Final = re.compile(
    r"(?i)\b(?:numb\w*|(?:reduced|decreased|absent|lost|loss of|no)\s+sensation"
    r"|sensory (?:loss|deficit)|paraesthesi\w*|paresthesi\w*|anaesthetic"
    r"|can(?:no|')t feel)\b"
)
_MOTOR_LOSS: Final = re.compile(
    r"(?i)\b(?:weak\w*\s+(?:toe|toes|foot|ankle|leg)\b|(?:toe|foot|ankle|leg)"
    r"\s+(?:movement\s+)?weak\w*|paralys\w*|paralysed|paralyzed|foot drop"
    r"|(?:cannot|can't|unable to)\s+(?:move|wiggle|flex)\b|motor (?:loss|deficit)"
    r"|weak toe movement)"
)
_NO_DOPPLER: Final = re.compile(
    r"(?i)\bno\s+(?:arterial\s+)?doppler\s+signals?|doppler\s+signals?\s+"
    r"(?:absent|inaudible|not heard)"
)


_TOES_ONLY: Final = re.compile(r"(?i)\btoes?\b")
_BEYOND_TOES: Final = re.compile(r"(?i)\b(?:foot|feet|leg|calf|shin|ankle|sole|limb)\b")


def _sensory_beyond_toes(text: str) -> bool:
    """Sensory loss reaching beyond the toes (Rutherford IIb rather than IIa)."""
    for m in _SENSORY_LOSS.finditer(text):
        if _NEGATION.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        near = text[max(0, m.start() - 30) : m.end() + 30]
        if _BEYOND_TOES.search(near) or not _TOES_ONLY.search(near):
            return True
    return False


def threatened_limb(facts: ClinicalFacts, text: str) -> Need | None:
    """Acute limb ischaemia by Rutherford class (ESVS 2020; Rutherford RB et al. 1997).

    IIb (sensory loss beyond the toes, or any muscle weakness): immediate
    revascularisation in theatre; IIa (sensory loss of the toes only, or an
    inaudible arterial Doppler signal) and I (viable): admission under vascular
    surgery for heparin and urgent revascularisation or imaging.
    """
    if not facts.has("acute_limb_ischemia") and not facts.has(
        "neurovascular_compromise"
    ):
        return None
    if _asserted(_MOTOR_LOSS, text) or _sensory_beyond_toes(text):
        return Need(
            "OR Admit",
            "ward",
            "acute limb ischaemia with sensory loss beyond the toes or muscle weakness"
            " (Rutherford IIb, an immediately threatened limb): heparin and emergency"
            " revascularisation in theatre under vascular surgery (ESVS 2020)",
        )
    threatened = _asserted(_SENSORY_LOSS, text) or bool(_NO_DOPPLER.search(text))
    return Need(
        "Admit",
        "ward",
        (
            "acute limb ischaemia, marginally threatened (Rutherford IIa): admission"
            " under vascular surgery for heparin and urgent revascularisation"
            if threatened
            else "acute limb ischaemia, limb viable (Rutherford I): admission under"
            " vascular surgery for heparin and urgent imaging to plan revascularisation"
        )
        + " (ESVS 2020)",
    )


_DRAIN_IDS: Final = frozenset({"nephrostomy_malfunction", "biliary_drain_malfunction"})


def infected_drain(spec_id: str | None, facts: ClinicalFacts) -> Need | None:
    """A drained system with infection or fever: admission, IR and IV antibiotics."""
    if spec_id not in _DRAIN_IDS:
        return None
    t = facts.vitals.temperature_c
    if not (
        facts.has("drain_infected")
        or facts.has("fever")
        or (t is not None and t >= FEVER_C)
    ):
        return None
    return Need(
        "Admit",
        "ward",
        "infected drained system (obstructed until shown otherwise): IV antibiotics"
        " after cultures and the drain restored by interventional radiology the same"
        " day, in hospital (EAU urolithiasis 2024; SIR 2016)",
    )


def suspected_neutropenic_sepsis(facts: ClinicalFacts, text: str) -> Need | None:
    """Fever on chemotherapy, count unknown, no MASCC >= 21: admission (NICE CG151)."""
    if not (facts.has("recent_chemotherapy") and facts.immunocompromised):
        return None  # chemotherapy now, read with its time (``rules.immunocompromise``)
    t = facts.vitals.temperature_c
    if not (facts.has("fever") or (t is not None and t >= FEVER_C)):
        return None
    if facts.has("neutropenia") or facts.has("neutropenic_fever"):
        return None  # the febrile-neutropenia criterion and entry decide
    if facts.has("absent:neutropenia") or any(
        r.value >= 1.0
        for a in ("anc", "neutrophils")
        for r in analyte_results(text, a)
        if not r.below
    ):
        return None  # the count is documented and not neutropenic
    scores = [float(m.group(1)) for m in _MASCC.finditer(text)]
    if scores and scores[-1] >= MASCC_LOW_RISK:
        return None
    return Need(
        "Admit",
        "ward",
        "fever during chemotherapy with the neutrophil count not yet known:"
        " suspected neutropenic sepsis, empirical IV antibiotics within 1 h and"
        " admission unless a MASCC >= 21 assessment allows outpatient care"
        " (NICE CG151 2012; ASCO/IDSA 2018)",
    )


_PNEUMONIA_IDS: Final = frozenset({"pneumonia", "pneumocystis_pneumonia"})
_PNEUMONIA_ILL: Final = (
    "fever",
    "dyspnea",
    "hypoxaemia",
    "exertional_desaturation",
    "tachypnea",
    "sirs_2_or_more",
)


def immunocompromised_pneumonia(
    spec_id: str | None, facts: ClinicalFacts
) -> Need | None:
    """Pneumonia in an immunocompromised host with fever or breathlessness: admission.

    infect49: a kidney transplant recipient on tacrolimus, mycophenolate and
    prednisolone with fever, cough, exertional breathlessness and bilateral shadowing
    was observed by the pneumonia band. CURB-65, PSI and the ATS/IDSA CAP guideline
    exclude the immunocompromised (Metlay JP et al. 2019), whose pneumonia carries
    opportunistic causes (Pneumocystis, CMV, fungi) worked up and treated in hospital
    with the transplant or oncology team (Ramirez JA et al. Chest 2020;158:1896;
    Dulek DE et al. AST IDCOP 2019, Clin Transplant 2019;33:e13545).
    """
    if spec_id not in _PNEUMONIA_IDS or not facts.immunocompromised:
        return None
    t = facts.vitals.temperature_c
    if not (
        any(facts.has(c) for c in _PNEUMONIA_ILL) or (t is not None and t >= FEVER_C)
    ):
        return None
    return Need(
        "Admit",
        "ward",
        "pneumonia in an immunocompromised host: outside CURB-65 and PSI, opportunistic"
        " causes (Pneumocystis, CMV, fungi) worked up and treated in hospital with the"
        " specialist team (Ramirez JA et al. Chest 2020; AST IDCOP 2019; ATS/IDSA 2019"
        " excludes the immunocompromised)",
    )


_FOCAL: Final = ("unilateral_weakness", "focal_deficit", "facial_droop")


def deficit_beside_hypoglycaemia(facts: ClinicalFacts) -> Need | None:
    """A focal deficit with hypoglycaemia that has not resolved after correction."""
    if not (facts.has("glucose_low") or facts.has("hypoglycemia")):
        return None
    if not any(facts.has(c) for c in _FOCAL):
        return None
    if facts.has("deficit_persisting"):
        return Need(
            "Admit",
            "ward",
            "focal deficit persisting after the glucose was corrected: not explained"
            " by hypoglycaemia, stroke work-up (imaging, stroke team) and admission"
            " (AHA/ASA 2019)",
        )
    if facts.has("symptoms_resolved"):
        return None
    return Need(
        "Observation",
        "ward",
        "focal deficit beside hypoglycaemia: re-examined once the glucose is"
        " corrected, a deficit that persists is a stroke until shown otherwise"
        " (AHA/ASA 2019)",
    )


def inpatient_needs(
    spec_id: str | None,
    facts: ClinicalFacts,
    text: str,
    planned: str | None = None,
) -> list[Need]:
    """The escalations the documented state needs (empty when none).

    ``planned``: the knowledge-base id of the ED plan's working diagnosis, when the
    treatment stage named one.
    """
    found = [
        threatened_limb(facts, text) if spec_id == "acute_limb_ischemia" else None,
        infected_drain(spec_id, facts),
        suspected_neutropenic_sepsis(facts, text),
        immunocompromised_pneumonia(spec_id, facts),
        deficit_beside_hypoglycaemia(facts),
        pancreatitis_organ_failure(spec_id, facts, text),
        cord_symptoms_after_injury(facts, text),
        suspected_cauda_equina(text),
        suspected_aortic_syndrome(spec_id, planned),
        suspected_endocarditis(spec_id, planned),
        suspected_hus(spec_id, planned),
        complicated_myocarditis(spec_id, planned, facts),
        syncope_in_hcm(spec_id, planned, facts),
        symptomatic_aneurysm(spec_id, planned),
        vte_anticoagulation_barred(facts, text),
        suspected_deep_infection(spec_id, planned, facts),
        febrile_and_cannot_walk(facts),
    ]
    return [n for n in found if n is not None]


_INFECTION_CANNOT_WALK_ADULT: Final = 18
"""Adults: a febrile child who will not bear weight is the septic joint's or the
osteomyelitis' work-up (Kocher MS et al. 1999), its own pathways."""


def febrile_and_cannot_walk(facts: ClinicalFacts) -> Need | None:
    """A febrile adult who can no longer stand or walk: not a discharge.

    infect51: a woman with multiple sclerosis, fever, rigors and a urinary infection,
    who since the morning could not stand or walk and needed two people to transfer,
    went home on one dose of ceftriaxone. An acute deterioration in functional ability
    with a suspected infection is a moderate-to-high risk criterion (NICE NG51 2024
    sepsis, table 2), and a patient who cannot stand cannot be discharged safely
    (NICE NG27 2015 transition between hospital and home: discharge needs the
    person's needs for care and mobility met); an MS pseudo-relapse resolves with the
    infection's treatment in hospital (Kalincik T. Neuroepidemiology 2015).
    """
    if facts.age is None or facts.age < _INFECTION_CANNOT_WALK_ADULT:
        return None
    if facts.has("fever") and facts.has("unable_to_bear_weight"):
        return Need(
            "Admit",
            "ward",
            "a febrile adult who can no longer stand or walk: an acute deterioration in"
            " function with a suspected infection (NICE NG51 2024 moderate-to-high"
            " risk); treatment and mobility in hospital (NICE NG27 2015)",
        )
    return None


def suspected_deep_infection(
    spec_id: str | None, planned: str | None, facts: ClinicalFacts
) -> Need | None:
    """A worked septic joint with fever, or a worked spinal epidural abscess: admitted.

    infect50: a febrile hot knee worked as septic arthritis (aspirate, IV antibiotics
    after it) went to an observation bed, and a febrile drug injector's spinal
    epidural abscess (MRI of the whole spine, IV antibiotics, the spinal surgeon) the
    same. A suspected septic joint is admitted for aspiration, IV antibiotics and
    washout (Coakley G et al. BSR/BOA hot swollen joint in adults, Rheumatology
    2006;45:1039; Mathews CJ et al. Lancet 2010;375:846); a suspected epidural abscess
    for the urgent MRI, IV antibiotics and neurological checks, since a deficit can
    come within hours (Darouiche RO. N Engl J Med 2006;355:2012).
    """
    worked = {spec_id, planned}
    if "septic_arthritis" in worked and facts.has("fever"):
        return Need(
            "Admit",
            "ward",
            "a febrile hot joint worked as septic arthritis: aspiration, IV antibiotics"
            " and washout in hospital (BSR/BOA 2006; Mathews CJ et al. Lancet 2010)",
        )
    if "spinal_epidural_abscess" in worked:
        return Need(
            "Admit",
            "ward",
            "a suspected spinal epidural abscess: urgent whole-spine MRI, IV"
            " antibiotics and neurological checks in hospital (Darouiche RO. N Engl J"
            " Med 2006)",
        )
    return None


def vte_anticoagulation_barred(facts: ClinicalFacts, text: str) -> Need | None:
    """An imaged PE or DVT that cannot be anticoagulated: admitted.

    A recent intracranial or an active bleed keeps it from anticoagulation: the IVC
    filter and the specialists' decision on when to anticoagulate happen in hospital
    (Konstantinides SV et al. ESC 2019 PE 6.9; NICE NG158 2020 1.5.1;
    ``agents.pathways_vascular.vte_anticoagulation_barred``).
    """
    if not any(map(facts.has, VTE_IMAGED)) or not asserted(BARRING_BLEED, (text,)):
        return None
    return Need(
        "Admit",
        "ward",
        "imaged venous thromboembolism that cannot be anticoagulated (a recent"
        " intracranial or an active bleed): an IVC filter and the decision on when to"
        " anticoagulate in hospital (ESC 2019 PE 6.9; NICE NG158 1.5.1)",
    )


def suspected_aortic_syndrome(spec_id: str | None, planned: str | None) -> Need | None:
    """A working diagnosis of aortic dissection, confirmed or awaiting its imaging.

    A suspected acute aortic syndrome is monitored in intensive care with invasive
    pressure, the heart rate and pressure lowered while the CT angiogram is obtained,
    and taken to the aortic surgeon from there (Mazzolai L et al. ESC 2024 peripheral
    arterial and aortic diseases, 9.2: suspected AAS, Figure 'AAS pathway';
    Isselbacher EM et al. ACC/AHA 2022 aortic disease 7.1.1): no observation bed
    while the CT is awaited (cardio49: a tearing back pain with an absent femoral
    pulse, ADD-RS 2, went to an observation bed).
    """
    if "aortic_dissection" not in (spec_id, planned):
        return None
    return Need(
        "Admit",
        "icu",
        "suspected acute aortic syndrome: intensive care monitoring, heart rate and"
        " pressure control while the CT angiogram is obtained, the aortic surgeon"
        " (ESC 2024 aortic 9.2; ACC/AHA 2022 aortic 7.1.1)",
    )


def suspected_endocarditis(spec_id: str | None, planned: str | None) -> Need | None:
    """A working diagnosis of infective endocarditis, confirmed or awaiting cultures.

    Suspected endocarditis is worked up in hospital: three blood culture sets, an
    echocardiogram (transoesophageal when the transthoracic one is negative or a
    prosthesis is present) and the endocarditis team, antibiotics once the cultures
    are drawn (Delgado V et al. ESC 2023 endocarditis, sections 4-6; Fowler VG et al.
    Duke-ISCVID 2023). Cardio50: three weeks of fever with a new murmur and splinter
    haemorrhages went to an observation bed on its admission forecast.
    """
    if "infective_endocarditis" not in (spec_id, planned):
        return None
    return Need(
        "Admit",
        "ward",
        "suspected infective endocarditis: blood cultures, echocardiography and the"
        " endocarditis team in hospital (ESC 2023 endocarditis; Duke-ISCVID 2023)",
    )


def suspected_hus(spec_id: str | None, planned: str | None) -> Need | None:
    """A working diagnosis of haemolytic uraemic syndrome, confirmed or awaiting counts.

    A child with HUS's signs after bloody diarrhoea (pallor, bruising, reduced urine
    output) is referred to paediatric nephrology the same day and admitted for the
    counts, fluid balance and dialysis decision (UKHSA 2023 STEC guidance; NICE CKS
    gastroenteritis; Fakhouri F et al. Lancet 2017;390:681). peds55: a pale, puffy,
    oliguric 4-year-old worked as HUS went to an observation bed on its forecast.
    """
    if "hus" not in (spec_id, planned):
        return None
    return Need(
        "Admit",
        "ward",
        "suspected haemolytic uraemic syndrome: blood count and film, kidney function,"
        " fluid balance and a paediatric nephrology (dialysis) decision in hospital"
        " (UKHSA 2023; Fakhouri F et al. Lancet 2017)",
    )


_MYOCARDITIS_HIGH_RISK: Final = (
    "lv_global_hypokinesia",
    "ecg_nsvt",
    "polymorphic_vt",
    "ecg_av_block",
    "hypotension",
    "cxr_pulmonary_edema",
)
"""Complicated myocarditis' features: LV dysfunction, ventricular arrhythmia, a
high-grade block, haemodynamic compromise or pulmonary oedema (ESC 2025 myocarditis
and pericarditis; Ammirati E et al. Circ Heart Fail 2020;13:e007405)."""


def complicated_myocarditis(
    spec_id: str | None, planned: str | None, facts: ClinicalFacts
) -> Need | None:
    """A myocarditis with LV dysfunction, a ventricular arrhythmia or compromise.

    Complicated acute myocarditis (an LVEF below 50 %, sustained or non-sustained
    ventricular arrhythmia, a high-grade AV block, heart failure or low output) is
    monitored in a coronary or intensive care unit, with early referral to a centre
    with mechanical circulatory support (Schulz-Menger J et al. ESC 2025 myocarditis
    and pericarditis; Ammirati E et al. Circ Heart Fail 2020;13:e007405). Cardio53: a
    22-year-old with an EF of 25 % and runs of VT after a flu-like illness went to a
    ward bed.
    """
    if "myocarditis" not in (spec_id, planned):
        return None
    found = [c for c in _MYOCARDITIS_HIGH_RISK if facts.has(c)]
    if not found:
        return None
    return Need(
        "Admit",
        "icu",
        f"complicated myocarditis ({', '.join(found)}): coronary or intensive care "
        "monitoring, a centre with mechanical circulatory support told (ESC 2025 "
        "myocarditis and pericarditis; Ammirati E et al. 2020)",
    )


def syncope_in_hcm(
    spec_id: str | None, planned: str | None, facts: ClinicalFacts
) -> Need | None:
    """Syncope worked as hypertrophic cardiomyopathy's: admission, not observation.

    Unexplained syncope in hypertrophic cardiomyopathy is a major risk factor for
    sudden cardiac death and an ICD indication once arrhythmic (Arbelo E et al. ESC
    2023 cardiomyopathies 6.7; Ommen SR et al. AHA/ACC 2020 HCM 6.1); a high-risk
    syncope with structural heart disease is evaluated in hospital (Brignole M et al.
    ESC 2018 syncope, Table 6). Cardio53: a known HCM collapsing while running went to
    an observation bed.
    """
    if "hypertrophic_cardiomyopathy" not in (spec_id, planned):
        return None
    if not (facts.has("syncope") or facts.has("exertional_syncope")):
        return None
    return Need(
        "Admit",
        "ward",
        "syncope with hypertrophic cardiomyopathy: monitored admission for the "
        "sudden-death risk and the ICD decision (ESC 2023 cardiomyopathies; ESC 2018 "
        "syncope)",
    )


def symptomatic_aneurysm(spec_id: str | None, planned: str | None) -> Need | None:
    """A working diagnosis of a symptomatic or leaking aortic aneurysm.

    A symptomatic aneurysm is a rupture until CT angiography says otherwise and is
    repaired on this admission: a monitored bed under the vascular surgeon, never an
    observation bed while the scan is awaited (Wanhainen A et al. ESVS 2024 AAA 6.1;
    NICE NG156 2020 1.1). Cardio50: a known aneurysm with a sudden back pain and a
    tender aorta went to an observation bed.
    """
    if "ruptured_aaa" not in (spec_id, planned):
        return None
    return Need(
        "Admit",
        "icu",
        "symptomatic aortic aneurysm: a monitored bed under the vascular surgeon while"
        " the CT angiogram is obtained (ESVS 2024 AAA 6.1; NICE NG156 1.1)",
    )


CORD_SOURCE: Final = (
    "NICE NG41 2016 spinal injury (MRI for neurological symptoms or signs; a spinal"
    " cord injury managed with a spinal cord injury centre); Walters BC et al."
    " AANS/CNS 2013; Pang D, Wilberger JE. J Neurosurg 1982;57:114"
)


def cord_symptoms_after_injury(facts: ClinicalFacts, text: str) -> Need | None:
    """Cord symptoms after a neck injury, or in both arms or legs after any injury.

    Weakness, numbness or tingling of both arms, both legs or all four limbs after a
    dive, a neck injury or a fall is a cervical cord injury until MRI says otherwise,
    whatever the radiographs show (SCIWORA; central cord syndrome): the MRI, the
    spinal motion restriction and the spinal surgeon's assessment happen in hospital,
    so a discharge forecast waiting on the CT does not fit (NICE NG41 2016; ATLS 10th
    ed. ch. 7). The words are the cord pathway's (``rules.cord_words``); without a
    neck mechanism, a deficit of months (``chronic_neuro_symptoms``) that made the
    patient fall is not a new cord injury.
    """
    texts = (text,)
    if not asserted(CORD_SYMPTOM, texts):
        return None
    if not asserted(NECK_MECHANISM, texts) and (
        facts.has("chronic_neuro_symptoms") or not asserted(ANY_INJURY, texts)
    ):
        return None
    return Need(
        "Admit",
        "ward",
        "cord symptoms after an injury (weakness, numbness or tingling of both arms,"
        " both legs or all four limbs): a cervical cord injury until MRI excludes"
        " it, spinal precautions and spinal surgical assessment in hospital"
        f" ({CORD_SOURCE})",
    )


_SPINE_OR_SCIATICA: Final = re.compile(
    rf"(?i)(?<![a-z])(?:{SPINE_OR_SCIATICA})(?![a-z])"
)
_CAUDA_FLAG: Final = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{CAUDA_EQUINA_FLAGS})(?![A-Za-z0-9])"
)
_SPINE_IMAGED_CLEAR: Final = re.compile(
    r"(?i)\bmri\b[^.;]{0,80}?(?:normal|unremarkable|no (?:\w+ ){0,3}(?:compression"
    r"|cauda equina|stenosis|disc|prolapse|herniation))"
)
CAUDA_SOURCE: Final = (
    "GIRFT 2023 national suspected cauda equina syndrome pathway (emergency MRI,"
    " ideally within 4 h, with the spinal surgeon); NICE NG59 2016"
)


def suspected_cauda_equina(text: str) -> Need | None:
    """Back pain or sciatica with a cauda equina red flag, the MRI not yet done.

    Saddle anaesthesia or a new bladder or bowel dysfunction (retention, hesitancy,
    lost sensation, incontinence) beside back pain is a suspected cauda equina
    syndrome: the emergency MRI and the spinal surgeon's assessment happen before the
    patient leaves (GIRFT 2023; NICE NG59), so a discharge forecast beside that MRI
    does not fit. The words are the triage pattern's and the spinal pathway's
    (``rules.cauda_equina_words``); an MRI already reported clear lifts it.
    """
    texts = (text,)
    if not (asserted(_SPINE_OR_SCIATICA, texts) and current(_CAUDA_FLAG, texts)):
        return None
    if asserted(_SPINE_IMAGED_CLEAR, texts):
        return None
    return Need(
        "Admit",
        "ward",
        "back pain with a cauda equina red flag (saddle anaesthesia, or a new bladder"
        " or bowel dysfunction): suspected cauda equina syndrome, emergency MRI and"
        f" spinal surgical assessment before any discharge ({CAUDA_SOURCE})",
    )


PANCREATITIS_CREATININE: Final = 1.9
"""mg/dL (170 umol/L): modified Marshall renal score 2, organ failure (Banks PA et al.
revised Atlanta 2012)."""
PANCREATITIS_SPO2: Final = 92.0
"""SpO2 (%) at or below which the PaO2/FiO2 on air is about 300 or less: modified
Marshall respiratory score 2 (Banks PA et al. 2012; the oxygen dissociation curve)."""
PANCREATITIS_SBP: Final = 90.0
"""mmHg: modified Marshall cardiovascular failure (Banks PA et al. 2012)."""


def pancreatitis_organ_failure(
    spec_id: str | None, facts: ClinicalFacts, text: str
) -> Need | None:
    """Acute pancreatitis with organ failure: intensive or intermediate care.

    Revised Atlanta 2012 (Banks PA et al. Gut 2013;62:102): organ failure is a
    modified Marshall score of 2 or more in the kidney (creatinine above 1.9 mg/dL),
    the lungs (PaO2/FiO2 300 or less) or the circulation (SBP below 90 not responding
    to fluid); present on admission it predicts severe disease, and the patient is
    cared for in an intensive or intermediate care unit (Tenner S et al. ACG 2024, Am
    J Gastroenterol 2024;119:419; Crockett SD et al. AGA 2018).
    """
    if spec_id != "pancreatitis":
        return None
    v = facts.vitals
    # a known chronic kidney disease's creatinine is its own baseline, not a new failure
    chronic = facts.known("ckd") or facts.known("dialysis_dependent")
    failed = [
        f"creatinine {r.value:.1f} mg/dL"
        for r in analyte_results(text, "creatinine")
        if not chronic and not r.below and r.value > PANCREATITIS_CREATININE
    ][:1]
    if v.spo2 is not None and v.spo2 <= PANCREATITIS_SPO2:
        failed.append(f"SpO2 {v.spo2:g} %")
    if v.systolic_bp is not None and v.systolic_bp < PANCREATITIS_SBP:
        failed.append(f"SBP {v.systolic_bp:g}")
    if not failed:
        return None
    return Need(
        "Admit",
        "icu",
        f"acute pancreatitis with organ failure ({', '.join(failed)}; modified Marshall"
        " score >= 2, revised Atlanta 2012): intensive or intermediate care (Tenner S"
        " et al. ACG 2024)",
    )


def persisting_tachycardia(facts: ClinicalFacts, ed_text: str | None) -> str | None:
    """Why a discharge waits: an adult tachycardia still present after the ED course."""
    if not ed_text or facts.age is None or facts.age < ADULT:
        return None
    hr = last_heart_rate(ed_text)
    if hr is None or hr <= TACHYCARDIA_HR:
        return None
    return (
        f"heart rate {hr:g} at the last documented set after the ED course: a"
        " tachycardia still present is explained and settled before discharge"
        " (Gabayan GZ et al. Acad Emerg Med 2017; Long B et al. J Emerg Med 2024)"
    )


_MENINGITIS_IDS: Final = frozenset({"meningitis"})


def meningitis_ward(
    spec_id: str | None, facts: ClinicalFacts, vitals: Vitals
) -> str | None:
    """Why meningitis without a critical-care need takes a ward bed, or None."""
    if spec_id not in _MENINGITIS_IDS:
        return None
    gcs = facts.measurements.get("gcs")
    if gcs is not None and gcs <= MENINGITIS_ICU_GCS:
        return None
    if any(
        facts.has(c)
        for c in (
            "altered_mental_status", "unresponsive", "active_seizure", "seizure",
            "status_epilepticus", "purpura", "hypotension", "shock",
            "lactate_high_severe",
        )
    ):  # fmt: skip
        return None
    if vitals.systolic_bp is not None and vitals.systolic_bp < 90:
        return None
    if vitals.spo2 is not None and vitals.spo2 < 92:
        return None
    return (
        "meningitis without a reduced GCS, shock, seizures, respiratory failure or a"
        " purpuric rash: a ward bed, critical care by need (McGill F et al. UK 2016;"
        " ESCMID 2016)"
    )


MILD_HYPOTHERMIA_MIN_C: Final = 32.0
"""Stage I (mild) accidental hypothermia: core 32-35 °C, alert and shivering (Dow J et
al. WMS 2019; Lott C et al. ERC 2021 special circumstances; Swiss staging HT I)."""
_HYPOTHERMIA_ICU_SIGNS: Final = (
    "altered_mental_status", "unresponsive", "lethargy", "confusion", "seizure",
    "hypotension", "shock", "ecg_nonsinus", "ecg_av_block", "atrial_fibrillation",
    "cardiac_arrest",
)  # fmt: skip


ORGAN_INJURY_ICU_HR: Final = 100
"""ATLS 10th ed. ch. 3: a pulse over 100 after injury is class II haemorrhage or
worse."""
_ORGAN_INJURY_ICU_SIGNS: Final = (
    "hypotension", "shock", "hemorrhagic_shock", "intraperitoneal_fluid",
    "penetrating_trauma", "altered_mental_status", "unresponsive", "guarding",
    "generalised_peritonitis",
)  # fmt: skip


def organ_injury_ward(
    spec_id: str | None, facts: ClinicalFacts, vitals: Vitals
) -> str | None:
    """Why a haemodynamically normal suspected solid-organ injury takes a ward bed.

    Non-operative management of a blunt splenic or liver injury in a haemodynamically
    normal patient is CT, then serial examinations and haemoglobin in a monitored
    bed; intensive care is for instability, a transfusion need or a high-grade injury
    on the CT (Stassen NA et al. EAST 2012, J Trauma Acute Care Surg 2012;73:S294;
    Coccolini F et al. WSES 2017; ATLS 10th ed. ch. 5). trauma43: a tackled or kicked
    patient with normal vital signs, or a pregnant woman's seat-belt bruise, went to
    intensive care by the entry's level.
    """
    if spec_id != "intra_abdominal_injury":
        return None
    if any(facts.has(c) for c in _ORGAN_INJURY_ICU_SIGNS):
        return None
    if vitals.systolic_bp is None or vitals.systolic_bp < 90:
        return None
    hr = vitals.heart_rate
    if hr is None or hr > ORGAN_INJURY_ICU_HR or hr >= vitals.systolic_bp:
        return None
    return (
        "suspected solid-organ injury, haemodynamically normal: CT with contrast, then"
        " non-operative management with serial examinations and haemoglobin on a"
        " monitored ward bed; intensive care for instability, transfusion or a"
        " high-grade injury (EAST 2012, Stassen NA et al.; WSES 2017; ATLS 10th ed.)"
    )


_SYSTEMIC_ENVENOMING: Final = (
    "hypotension",
    "vomiting",
    "progressive_swelling",
    "thrombocytopenia",
    "platelets_low_severe",
    "inr_high",
    "altered_mental_status",
    "syncope",
    "angioedema",
    "abdominal_pain",
    "diarrhea",
)
"""Signs that a snakebite's venom has spread beyond the bitten part: systemic
(vomiting, abdominal pain, diarrhoea, hypotension, collapse, angioedema),
haematological, or swelling progressing (Warrell DA. BMJ 2005;331:1244; WHO 2016)."""


def local_envenoming_ward(
    spec_id: str | None, facts: ClinicalFacts, vitals: Vitals
) -> str | None:
    """Why a snakebite with local swelling only takes a ward bed, not intensive care.

    infect48: an adder bite with a hand swollen to the wrist and normal vital signs is
    observed for 24 h with repeat bloods and the swelling's edge marked; intensive care
    and antivenom are for systemic or haematological envenoming or a spreading
    swelling (Warrell DA. BMJ 2005;331:1244; WHO Guidelines for the management of
    snakebites, 2nd ed. 2016).
    """
    if spec_id != "snake_envenomation":
        return None
    if any(facts.has(c) for c in _SYSTEMIC_ENVENOMING):
        return None
    if vitals.systolic_bp is None or vitals.systolic_bp < 90:
        return None
    return (
        "local envenoming only, vital signs normal: observed on a ward for 24 h with"
        " repeat bloods and the swelling's edge marked; intensive care and antivenom"
        " for systemic or haematological envenoming or a spreading swelling (Warrell"
        " 2005; WHO 2016)"
    )


def mild_hypothermia_ward(
    spec_id: str | None, facts: ClinicalFacts, vitals: Vitals
) -> str | None:
    """Why an alert, stable mild hypothermia takes a ward bed, not intensive care.

    Stage I hypothermia (32-35 °C, conscious, shivering) is rewarmed externally
    (forced air, warm drinks, a warm room); critical care is for a lower core
    temperature, impaired consciousness, an arrhythmia or instability (Dow J et al.
    Wilderness Environ Med 2019;30:S47; Lott C et al. ERC 2021 special
    circumstances; Brown DJA et al. NEJM 2012;367:1930).
    """
    if spec_id != "hypothermia":
        return None
    temp = vitals.temperature_c
    if temp is None or temp < MILD_HYPOTHERMIA_MIN_C:
        return None
    if any(facts.has(c) for c in _HYPOTHERMIA_ICU_SIGNS):
        return None
    if vitals.systolic_bp is not None and vitals.systolic_bp < 90:
        return None
    gcs = facts.measurements.get("gcs")
    if gcs is not None and gcs < 15:
        return None
    return (
        f"mild (stage I) hypothermia ({temp:g} °C), alert and stable: external"
        " rewarming on a ward, critical care by need (WMS 2019; ERC 2021)"
    )
