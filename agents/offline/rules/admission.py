"""Objective severity and admission prediction from triage data (research use only).

- NEWS2 (Royal College of Physicians. National Early Warning Score (NEWS) 2, 2017):
  respiratory rate, SpO2 (scale 1), systolic BP, heart rate, consciousness (AVPU or
  new confusion) and temperature, 0-3 points each. An aggregate >= 5 or any single
  parameter scoring 3 ("red score") is the RCP urgent-response threshold. A missing
  vital scores 0 and is listed in ``missing``.
- GAPS, the Glasgow Admission Prediction Score (Cameron A et al. Emerg Med J
  2015;32:174; validated by Cameron A et al. Emerg Med J 2017;34:2 and Jones D et al.
  BMJ Open 2019;9:e026599): age/10 + NEWS + triage category (1: 20, 2: 10, 3: 5,
  4-5: 0) + referral by a GP (10) + arrival by ambulance (5) + admission in the past
  year (5). The derivation scored the Manchester category the triage nurse assigned;
  any five-level scale (ESI, KTAS, CTAS: 1 immediate to 5 non-urgent; Christ M et
  al. Dtsch Arztebl Int 2010;107:892) is scored level for level, and the trace names
  the scale. The disposition agent scores the reasoner's ESI level at every site
  (ESI's admission rates by level are validated: Tanabe P et al. Acad Emerg Med
  2004;11:59): on the read half of the KTAS file the reasoner's KTAS level in its
  place lowered the AUC of P(admission) on both the studied and the unstudied
  quarters (benchmarks/RESULTS.md, dispo14), and ktas34 measured it again on both
  halves (admit vs discharge 75.1 / 75.1 -> 74.6 / 74.2, sensitivity 62.1 / 59.9 ->
  60.6 / 57.0): neither ESI nor KTAS is the Manchester category, and the ESI level
  keeps the better-calibrated input. The published curve gives the
  probability of admission; a score >= 17 is the binary cut-off (about 50 %).
  Validated in adults (>= 16 years) at triage. The referral item is scored when the
  arrival names a physician's referral or an inter-facility transfer
  (``REFERRAL_ARRIVAL``); prior admission is not in a triage view and scores 0 (both
  stated in ``missing`` when not seen).
- The admit/discharge decision is an expected-cost decision on P(admission) (Pauker SG,
  Kassirer JP. The threshold approach to clinical decision making. N Engl J Med
  1980;302:1109): admit when the expected cost of discharge, ``cost * P``, is at least
  that of admission, ``1 - P``, i.e. when ``P >= 1 / (1 + cost)``. A missed admission
  (a patient sent home who needed a bed: return visits, delayed treatment, adverse
  events) is taken to cost ``MISSED_ADMISSION_COST`` = 2 unneeded admissions (bed-days,
  hospital-acquired harm). The ratio is a stated value judgement, not fitted: it is the
  project's shared cost (the learned tool's ``fit --admit-cost`` default), so both
  decide with the same threshold, 1/3. Between the threshold and 1/2 the need is
  uncertain and the admitted-type choice is observation care (``OBSERVATION_BELOW``).
- Presenting-problem admission rates (``PRESENTING_PROBLEM_RATES``) from published ED
  cohorts of one presenting problem (dyspnoea as the main symptom; nonspecific
  complaints such as generalised weakness in older adults). Before any ED evaluation
  they stand for the presenting problem in the forecast instead of the knowledge
  base's usual dispositions, whose must-not-miss priors are kept above prevalence on
  purpose (complaints.yaml) and so are not an admission rate. A referral or
  inter-facility transfer (``REFERRAL_ARRIVAL``) is a presenting context with its own
  published rate (``REFERRED_RATE``: 62.3 % of referred adults hospitalised in Korea's
  national ED registry, Hong SI et al. Int J Environ Res Public Health 2022;19:8578):
  a physician has already judged that the patient needs hospital assessment, which
  the complaint's priors cannot know.

- A level-1 presentation that resolved with ED treatment (``resolved_in_ed``: a
  documented response such as "full recovery", "prompt response", "GCS 15", "back to
  baseline", with no cue of persistence or recurrence: "refractory", "recurrent",
  "no response", "despite") needs monitoring, not by itself intensive care: the ICU is
  for organ support or the monitoring only an ICU gives (Nates JL et al. SCCM ICU
  admission guideline. Crit Care Med 2016;44:1553); corrected hypoglycaemia (ADA
  Standards of Care 2024, section 6) and anaphylaxis that responded to IM epinephrine
  (WAO 2020; RCUK 2021) are observed.

None is fitted to any shared file. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from agents.offline.rules._esi_patterns import new_confusion_words
from agents.offline.rules._esi_risk import avpu, avpu_at_baseline
from agents.offline.rules.esi import danger_zone_vitals, hypotensive
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.news2 import NEWS2_SOURCE
from agents.offline.rules.news2 import news2_items as _news2_chart_items
from agents.schemas import RuleResult
from cases.labels import TriageScale
from cases.models import Vitals
from cases.vitals import extract_vitals

__all__ = [
    "ADMISSION_THRESHOLD",
    "GAPS_ADMIT_CUTOFF",
    "HOME_RULES",
    "MISSED_ADMISSION_COST",
    "NEWS2_URGENT",
    "OBSERVATION_BELOW",
    "PRESENTING_PROBLEM_RATES",
    "REFERRAL_ARRIVAL",
    "REFERRED_RATE",
    "PresentingProblemRate",
    "Severity",
    "admission_decision",
    "amnesia_over",
    "decision_band",
    "dextrose_reversible",
    "first_seizure_home",
    "gaps",
    "gaps_probability",
    "news2",
    "news2_items",
    "objective_severity",
    "opioid_reversible",
    "presenting_problem_admission",
    "resolved_in_ed",
    "svt_home",
    "tga_home",
]

GAPS_SOURCE: Final = (
    "Cameron A et al. A simple tool to predict admission at the time of triage. Emerg"
    " Med J 2015;32:174-179 (validated: Emerg Med J 2017;34:2; BMJ Open"
    " 2019;9:e026599)"
)
NEWS2_URGENT: Final = 5
"""RCP 2017: aggregate NEWS2 >= 5 (or a single red parameter) needs urgent review."""
GAPS_ADMIT_CUTOFF: Final = 17
"""Cameron 2015: GAPS >= 17 predicts admission (about 50 % on the published curve)."""
MISSED_ADMISSION_COST: Final = 2.0
"""Cost of a missed admission in units of one unneeded admission (a value judgement)."""
ADMISSION_THRESHOLD: Final = 1.0 / (1.0 + MISSED_ADMISSION_COST)
"""P(admission) from which admitting has the lower expected cost (Pauker 1980)."""
FORECAST_COST: Final = 1.0
"""Before any ED evaluation the disposition is a forecast (nobody leaves at triage, and
the no-unsafe-discharge floor still holds): the likelier outcome, P(admission) >= 0.5.
The asymmetric ``MISSED_ADMISSION_COST`` prices the decision made once an ED
evaluation is documented."""
OBSERVATION_BELOW: Final = 0.5
"""From the threshold up to here the need for admission is uncertain: observation care,
whose purpose is deciding whether the patient needs admission (CMS Medicare Benefit
Policy Manual ch. 6 section 20.6, outpatient observation services; ACEP policy
statement on emergency department observation services)."""
DECISION_SOURCE: Final = (
    "Pauker SG, Kassirer JP. The threshold approach to clinical decision making. N Engl"
    " J Med 1980;302:1109-1117; missed admission = 2 unneeded admissions (stated"
    " value judgement, shared with the learned tool's admit cost)"
)
GAPS_MIN_AGE: Final = 16
"""GAPS was derived and validated in adults attending ED triage."""
_CUBIC_PEAK: Final = 32.26
"""Where the published cubic (valid for 5-33) peaks."""
_TRIAGE_POINTS: Final = {1: 20, 2: 10, 3: 5, 4: 0, 5: 0}
_AMBULANCE: Final = re.compile(
    r"(?i)\b(?:ambulance|ems|paramedics?|helicopter|air medical|medic unit|bls|als)\b"
)
REFERRAL_ARRIVAL: Final = re.compile(
    r"(?i)\b(?:transfer(?:red)?|inter-?(?:facility|hospital)|referr(?:al|ed)"
    r"|private ambulance)\b"
)
"""Arrival modes that score GAPS's referral item (10 points): a physician has already
judged that the patient needs hospital assessment (Cameron 2015: referral by a GP). An
inter-facility transfer is such a referral. In Korea, where the KTAS records were
collected (Moon SH et al. PLoS ONE 2019;14:e0216972, arrival code 4), the private
ambulance is the inter-hospital transfer vehicle (Ministry of Health and Welfare: 89 %
of about 239,000 inter-hospital transfers in 2022 were by private ambulance, reported by
the Korea Herald, March 2024) while the public 119 ambulance answers calls from the
scene."""
_CONFUSION: Final = ("altered_mental_status", "confusion", "disorientation", "lethargy")
_NOT_RECOVERED: Final = ("status_epilepticus", "active_seizure", "unresponsive")


def postictal_resolved(facts: ClinicalFacts) -> bool:
    """Whether drowsiness or confusion beside a seizure is a post-ictal state now over.

    A seizure documented as followed by a return to baseline, with no status, no
    seizure now, no unresponsiveness and no GCS below 15: the drowsiness or confusion
    the note words ("drowsy for 15 minutes, then back to her usual self") was the
    post-ictal phase, not altered mentation now (AAP 2011 simple febrile seizure: a
    child back to baseline; NICE NG217 2022: recovery after a first seizure).
    """
    g = facts.measurements.get("gcs")
    # neuro31: "now GCS 15, oriented" after the seizure is the same return
    recovered = facts.has("seizure_recovered") or (
        facts.has("alert_oriented") and g is not None and g >= 15
    )
    if not (facts.has("seizure") and recovered):
        return False
    if any(facts.has(c) for c in _NOT_RECOVERED):
        return False
    return g is None or g >= 15


FIRST_SEIZURE_ID: Final = "first_seizure"
"""The knowledge base's first unprovoked seizure (ACEP 2014)."""
_FIRST_SEIZURE_NOT_HOME: Final = (
    "status_epilepticus", "active_seizure", "convulsing_now", "prolonged_seizure",
    "focal_deficit", "unilateral_weakness", "deficit_persisting", "fever",
    "head_injury", "pregnancy", "postpartum", "severe_range_bp",
    "alcohol_withdrawal", "glucose_low", "glucose_low_severe", "hyponatremia",
    "sodium_low", "sodium_low_profound",
    "ct_intracranial_hemorrhage", "ct_subdural", "ct_extradural", "anticoagulation",
    "neck_stiffness", "immunocompromised",
)  # fmt: skip
"""What keeps a first seizure in hospital (Huff JS et al. ACEP clinical policy:
seizures. Ann Emerg Med 2014;63:437; NICE NG217 2022): a seizure not over, a focal
deficit, fever or meningism, a head injury, pregnancy or the puerperium (eclampsia),
alcohol withdrawal, a metabolic cause to correct, blood on imaging, an anticoagulant or
immune deficiency."""


def first_seizure_home(facts: ClinicalFacts) -> str | None:
    """Why a first unprovoked seizure, back to baseline, goes home; None otherwise.

    ACEP 2014 (Huff JS et al. Ann Emerg Med 2014;63:437, level C): emergency
    physicians need not admit a patient with a first unprovoked seizure who has
    returned to the clinical baseline; the EEG and MRI are arranged as an outpatient
    (Krumholz A et al. AAN/AES 2015) with advice on driving and seizure safety. The
    caller checks that the first seizure is the ruled-in working diagnosis; anything
    of ``_FIRST_SEIZURE_NOT_HOME`` keeps the admission forecast.
    """
    if not postictal_resolved(facts) and not facts.has("seizure_recovered"):
        return None
    if (
        any(facts.has(c) for c in _FIRST_SEIZURE_NOT_HOME)
        or facts.known("anticoagulation")
        or facts.immunocompromised
    ):
        return None
    return (
        "first unprovoked seizure back to baseline with a normal examination: home"
        " with outpatient EEG and MRI, neurology follow-up, no driving until reviewed"
        " and seizure safety advice (ACEP 2014 level C, Huff JS et al.; AAN/AES 2015)"
    )


TGA_ID: Final = "transient_global_amnesia"
"""The knowledge base's transient global amnesia (Hodges & Warlow 1990)."""
_TGA_NOT_HOME: Final = (
    "focal_deficit", "unilateral_weakness", "speech_disturbance", "facial_droop",
    "deficit_persisting", "seizure", "head_injury", "anticoagulation", "fever",
    "glucose_low", "glucose_low_severe", "intoxication", "dwi_infarct",
    "ct_intracranial_hemorrhage",
)  # fmt: skip
"""What makes a transient amnesia atypical (Arena JE, Rabinstein AA. Mayo Clin Proc
2015;90:264): a focal sign, a seizure, a head injury, an anticoagulant, fever, a low
glucose or intoxication, or an infarct or bleed on imaging."""


def tga_home(facts: ClinicalFacts) -> str | None:
    """Why a transient global amnesia that has resolved goes home; None otherwise.

    Hodges JR, Warlow CP (J Neurol Neurosurg Psychiatry 1990;53:834): a typical
    episode resolves within 24 h and carries no excess risk of stroke or epilepsy;
    once the amnesia has resolved (the patient oriented, GCS 15, or the note says it
    resolved) with nothing atypical (``_TGA_NOT_HOME``), no admission or further
    work-up is needed (Arena JE, Rabinstein AA. Mayo Clin Proc 2015;90:264). The caller
    checks that TGA is the ruled-in working diagnosis.
    """
    g = facts.measurements.get("gcs")
    resolved = facts.has("symptoms_resolved") or (
        facts.has("alert_oriented") and g is not None and g >= 15
    )
    if not resolved or (g is not None and g < 15):
        return None
    if any(facts.has(c) for c in _TGA_NOT_HOME) or facts.known("anticoagulation"):
        return None
    return (
        "transient global amnesia, resolved, with a normal examination: home with a"
        " companion for the rest of the day, return if it recurs or any focal symptom"
        " appears (Hodges & Warlow 1990; Arena & Rabinstein 2015)"
    )


def amnesia_over(facts: ClinicalFacts) -> bool:
    """Whether the confusion words describe a transient global amnesia now over.

    The repeated questions of an anterograde amnesia (Hodges & Warlow 1990) that has
    resolved with nothing atypical (``tga_home``) are the episode, not altered
    mentation now, as a post-ictal state back to baseline is (``postictal_resolved``).
    """
    return (
        facts.has("amnesia")
        and facts.has("repetitive_questioning")
        and tga_home(facts) is not None
    )


SVT_ID: Final = "svt"
"""The knowledge base's supraventricular tachycardia."""
_SVT_NOT_HOME: Final = (
    "preexcitation", "qrs_wide", "chf", "chf_exacerbation", "rales",
    "troponin_elevated", "troponin_markedly_elevated", "troponin_dynamic",
    "ecg_ischemic_changes", "hypotension", "syncope",
)  # fmt: skip
"""What keeps a converted SVT in hospital (Brugada J et al. ESC 2019 SVT guideline,
Eur Heart J 2020;41:655): pre-excitation or a wide complex (an accessory pathway or
VT, for the electrophysiologist), heart failure, myocardial ischaemia or injury,
haemodynamic instability or syncope."""


def svt_home(facts: ClinicalFacts) -> str | None:
    """Why an SVT terminated in the ED goes home; None otherwise.

    ESC 2019 SVT (Brugada J et al.): vagal manoeuvres and adenosine terminate an
    AV-node-dependent tachycardia; once in sinus rhythm, with no pre-excitation, no
    structural heart disease and no instability (``_SVT_NOT_HOME``), the patient goes
    home taught the modified Valsalva manoeuvre, with cardiology follow-up for
    ablation or drug prophylaxis. The caller checks that SVT is the established
    working diagnosis.
    """
    if not facts.has("tachyarrhythmia_terminated"):
        return None
    if any(facts.has(c) for c in _SVT_NOT_HOME):
        return None
    return (
        "SVT terminated to sinus rhythm without pre-excitation, heart failure,"
        " ischaemia or instability: home, taught the modified Valsalva manoeuvre,"
        " cardiology follow-up for ablation or prophylaxis (ESC 2019 SVT)"
    )


HOME_RULES: Final[dict[str, Callable[[ClinicalFacts], str | None]]] = {
    FIRST_SEIZURE_ID: first_seizure_home,
    TGA_ID: tga_home,
    SVT_ID: svt_home,
}
"""Ruled-in working diagnoses a published rule sends home once over (by spec id)."""


def _consciousness(facts: ClinicalFacts) -> int:
    level = avpu(facts)
    if level in ("V", "P", "U"):
        return 3
    if (
        any(facts.has(c) for c in _CONFUSION)
        and not postictal_resolved(facts)
        and not amnesia_over(facts)
    ):
        return 3
    return 0


def _new_altered_mentation(facts: ClinicalFacts, baseline_stated: bool) -> bool:
    """Altered mentation that is new: AVPU V stated to be the patient's baseline is not.

    ESI v4 handbook ch.4 (*new* confusion, lethargy or disorientation) and the CTAS
    level-of-consciousness modifier grade a change from the patient's baseline
    (``avpu_at_baseline``: "non-verbal at baseline", "dementia, at baseline per
    carer"; ``baseline_stated`` when a later stage's one-liner or note says so); a
    confusion finding, AVPU P or U still count. NEWS2 keeps scoring the
    recorded AVPU, as RCP 2017 charts it.
    """
    if avpu(facts) == "V" and (baseline_stated or avpu_at_baseline(facts)):
        return any(facts.has(c) for c in _CONFUSION)
    return bool(_consciousness(facts))


UNDER_FIVE: Final = 5
"""The population of NICE CG84 (diarrhoea and vomiting) and NG143 (fever) in under
5s."""


def young_child_altered(facts: ClinicalFacts) -> bool:
    """A child under 5 whose responsiveness the triage text says has changed.

    NICE CG84 2009 (Table 1 red flags: "altered responsiveness, for example
    irritable, lethargic") and NG143 2019 (red: does not wake or stay awake; amber:
    decreased activity, wakes only with prolonged stimulation): a young child
    "sleepier than usual" or "not himself" is the new lethargy triage grades at ESI
    decision point B (``new_confusion_words``), so disposition reads it on the same
    triage facts (``floors.unsafe_discharge``; triage38: a 6-week-old sleepier than
    usual after diarrhoea was forecast home once no longer ESI 1).
    """
    return (
        facts.age is not None and facts.age < UNDER_FIVE and new_confusion_words(facts)
    )


def news2_items(facts: ClinicalFacts, vitals: Vitals) -> dict[str, int]:
    """NEWS2 points per parameter (``rules.news2``, RCP 2017 chart 1).

    Consciousness scores 3 for AVPU V, P or U in the triage block or a confusion
    finding.
    """
    return _news2_chart_items(facts, vitals, altered=bool(_consciousness(facts)))


def news2(facts: ClinicalFacts, vitals: Vitals) -> RuleResult:
    """NEWS2 from triage vitals and mental status.

    Args:
        facts: Facts at the stage (AVPU from the triage block, confusion findings).
        vitals: Plausible triage vitals.

    Returns:
        The rule result; ``score`` is the aggregate, ``missing`` the unmeasured vitals.
    """
    items = news2_items(facts, vitals)
    score = sum(items.values())
    missing = tuple(
        n
        for n in items
        if n not in ("consciousness", "supplemental_oxygen")
        and getattr(vitals, n) is None
    )
    red = [n for n, p in items.items() if p == 3]
    if score >= 7:
        band = "high (>= 7): emergency response"
    elif score >= NEWS2_URGENT or red:
        band = "medium (>= 5 or a red parameter): urgent response"
    else:
        band = "low"
    return RuleResult(
        name="NEWS2",
        source=NEWS2_SOURCE,
        inputs={k: float(p) for k, p in items.items()},
        missing=missing,
        score=float(score),
        interpretation=f"{score}: {band}" + (f"; red: {', '.join(red)}" if red else ""),
        applicable=(facts.age is None or facts.age >= GAPS_MIN_AGE)
        and len(missing) < len(items) - 2,
    )


def gaps_probability(score: float) -> float:
    """Probability of admission for a GAPS score (Cameron 2015 published curve)."""
    if score <= 3:
        return 0.02
    if score < 5:
        return 0.046
    if score >= 39:
        return 0.96
    if score >= 34:
        return 0.92
    x = min(score, _CUBIC_PEAK)  # the cubic dips just before 34: keep it monotonic
    pct = -0.003999 * x**3 + 0.1654 * x**2 + 1.818 * x - 8.053
    return round(min(0.95, max(0.02, pct / 100.0)), 4)


def gaps(
    facts: ClinicalFacts,
    vitals: Vitals,
    triage_level: int | None,
    arrival: str | None,
    scale: TriageScale = "ESI",
) -> RuleResult:
    """Glasgow Admission Prediction Score at triage.

    Args:
        facts: Facts at the stage (age, mental status).
        vitals: Plausible triage vitals.
        triage_level: The triage level 1-5 in the site's scale (the Manchester
            category of the derivation).
        arrival: The arrival mode as recorded.
        scale: The site's triage scale ``triage_level`` is graded in.

    Returns:
        The rule result; ``score`` is GAPS, the interpretation gives the probability.
    """
    news = news2(facts, vitals)
    referred = bool(arrival and REFERRAL_ARRIVAL.search(arrival))
    age_points = (facts.age or 0) / 10.0
    items = {
        "age/10": round(age_points, 1),
        "NEWS2": news.score or 0.0,
        "triage category": float(_TRIAGE_POINTS.get(triage_level or 0, 0)),
        "arrival by ambulance": 5.0 if arrival and _AMBULANCE.search(arrival) else 0.0,
        "referred by a physician or transferred": 10.0 if referred else 0.0,
        "admitted in the past year": 0.0,
    }
    score = round(sum(items.values()), 1)
    missing = ([] if referred else ["referral"]) + ["admission in the past year"]
    if facts.age is None:
        missing.append("age")
    if triage_level is None:
        missing.append("triage category")
    p = gaps_probability(score)
    applicable = (
        facts.age is not None and facts.age >= GAPS_MIN_AGE and triage_level is not None
    )
    return RuleResult(
        name="GAPS",
        source=GAPS_SOURCE,
        inputs={**items, f"triage level ({scale})": triage_level},
        missing=tuple(missing),
        score=score,
        interpretation=f"{score:g}: P(admission) {p:.2f}"
        + (" (>= 17: admission likely)" if score >= GAPS_ADMIT_CUTOFF else ""),
        applicable=applicable,
    )


@dataclass(frozen=True)
class PresentingProblemRate:
    """The admission rate of a published ED cohort with one presenting problem."""

    complaint: str
    """Knowledge-base complaint id the cohort's entry symptom corresponds to."""
    min_age: int
    """The cohort's youngest age (years)."""
    rate: float
    """Share admitted (ward or ICU) from the ED."""
    source: str


PRESENTING_PROBLEM_RATES: Final = (
    PresentingProblemRate(
        "shortness_of_breath",
        18,
        0.67,
        "Kelly AM et al. An observational study of dyspnea in emergency departments:"
        " the Asia, Australia, and New Zealand Dyspnea in Emergency Departments Study"
        " (AANZDEM). Acad Emerg Med 2017;24:328-336: 3,044 adults with dyspnoea as a"
        " main symptom, ward admission 64 % + ICU 3.3 %",
    ),
    PresentingProblemRate(
        "weakness",
        65,
        0.70,
        "Nonspecific complaints in the emergency department - a systematic review."
        " Scand J Trauma Resusc Emerg Med 2020 (doi:10.1186/s13049-020-0699-y):"
        " admission 55-84 % across studies (midpoint 70 %), OR 3.86 against specific"
        " complaints, mostly older adults; Nemec M et al. (BANC) Acad Emerg Med"
        " 2010;17:284 (median age 82); Wachelder JJH et al. PLoS ONE 2017;12:e0188954"
        " (>= 65 y, 84 % hospitalised)",
    ),
    PresentingProblemRate(
        "abdominal_pain",
        65,
        0.58,
        "Lewis LM et al. Etiology and clinical course of abdominal pain in senior"
        " patients: a prospective, multicenter study. J Emerg Med 2005;28: 58 %"
        " admitted, 18 % needing surgery or an invasive procedure (the cohort the"
        " older-adult abdominal-pain work-up cites); ACEP Geriatric ED guidelines 2014",
    ),
    PresentingProblemRate(
        "fever",
        65,
        0.70,
        "Older adults with fever in the ED: 70-90 % hospitalised (Rosen's Emergency"
        " Medicine, 'Fever in the adult patient'; the lower bound); Leung YY et al. A"
        " retrospective study of geriatric patients presenting with fever to an"
        " accident and emergency department in Hong Kong. Hong Kong J Emerg Med"
        " (>= 65 y, n = 370, median age 80): admission 81.9 %; Marco CA et al. Ann"
        " Emerg Med 1995;26:18 (>= 65 y, T >= 37.8 C, n = 470): 76 % with serious"
        " illness, 'all such patients should be strongly considered for admission'",
    ),
)
"""Published presenting-problem cohorts (adults; generalised weakness, abdominal pain
and fever only from 65)."""
REFERRED_RATE: Final = PresentingProblemRate(
    "referred or transferred by a physician",
    19,
    0.623,
    "Hong SI et al. Characteristics of patients who visited emergency department: a"
    " nationwide population-based study in South Korea (2016-2018). Int J Environ Res"
    " Public Health 2022;19:8578 (NEDIS, adults > 18 y): 62.3 % of referred patients"
    " hospitalised against 16.9 % of direct visits",
)
"""Adults referred to the ED by a physician or another hospital: the referring
physician's evaluation has already judged that hospital care is likely, which the
complaint's must-not-miss priors cannot know (``REFERRAL_ARRIVAL`` names the
arrival)."""


def presenting_problem_admission(
    complaint: str | None, age: int | None, arrival: str | None = None
) -> RuleResult | None:
    """The published admission rate of the patient's presenting problem, if any.

    A referral or inter-facility transfer (``REFERRAL_ARRIVAL``) is a presenting
    context with its own published rate (``REFERRED_RATE``); when both a complaint
    cohort and the referral apply, the higher rate stands.

    Args:
        complaint: The matched knowledge-base complaint id.
        age: Age in years (a cohort applies only from its youngest age).
        arrival: The arrival mode as recorded.

    Returns:
        A rule result whose ``score`` is the rate, or None outside every cohort.
    """
    if age is None:
        return None
    cohorts = [
        c
        for c in PRESENTING_PROBLEM_RATES
        if complaint == c.complaint and age >= c.min_age
    ]
    if arrival and REFERRAL_ARRIVAL.search(arrival) and age >= REFERRED_RATE.min_age:
        cohorts.append(REFERRED_RATE)
    if not cohorts:
        return None
    c = max(cohorts, key=lambda x: x.rate)
    return RuleResult(
        name="Presenting-problem admission rate",
        source=c.source,
        inputs={"age": float(age), "cohort minimum age": float(c.min_age)},
        score=c.rate,
        interpretation=f"{c.complaint.replace('_', ' ')} from {c.min_age} y:"
        f" {c.rate:.0%} admitted in the published cohort",
    )


Verdict = Literal["discharge", "observe", "admit"]


def decision_band(p_admission: float, cost: float = MISSED_ADMISSION_COST) -> Verdict:
    """Discharge below ``1 / (1 + cost)``, observe below ``OBSERVATION_BELOW``."""
    if p_admission < 1.0 / (1.0 + cost):
        return "discharge"
    return "observe" if p_admission < OBSERVATION_BELOW else "admit"


def admission_decision(
    p_admission: float, cost: float = MISSED_ADMISSION_COST
) -> RuleResult:
    """The expected-cost admit/discharge decision on P(admission).

    Args:
        p_admission: The probability that the patient needs admission (0-1).
        cost: Cost of a missed admission in units of one unneeded admission.

    Returns:
        The rule result: ``score`` is P(admission); ``interpretation`` starts with
        the verdict of ``decision_band`` and gives the two expected costs.
    """
    threshold = 1.0 / (1.0 + cost)
    verdict = decision_band(p_admission, cost)
    side = "<" if verdict == "discharge" else ">="
    return RuleResult(
        name="Admission decision",
        source=DECISION_SOURCE,
        inputs={
            "P(admission)": round(p_admission, 4),
            "missed-admission cost": cost,
            "threshold": round(threshold, 4),
            "observation below": OBSERVATION_BELOW,
        },
        score=round(p_admission, 4),
        interpretation=(
            f"{verdict}: P(admission) {p_admission:.2f} {side} threshold"
            f" {threshold:.2f} (expected cost of discharge {cost * p_admission:.2f}"
            f" vs admission {1 - p_admission:.2f})"
            + (
                f"; need uncertain below {OBSERVATION_BELOW:.2f}: observation"
                if verdict == "observe"
                else ""
            )
        ),
    )


@dataclass(frozen=True)
class Severity:
    """Objective severity at triage that argues against discharge."""

    reasons: tuple[str, ...]
    """Why (empty when none): life-saving need, altered mentation, NEWS2 red/urgent."""
    vital_reasons: tuple[str, ...]
    """The subset due to triage vital signs (a repeat set back in range clears it)."""


def objective_severity(
    facts: ClinicalFacts,
    vitals: Vitals,
    life_saving: tuple[str, ...],
    baseline_stated: bool = False,
) -> Severity:
    """Objective severity at triage: what blocks discharge whatever label was given.

    ESI decision point A (a life-saving intervention), new altered mentation (AVPU
    below Alert unless V is stated to be the baseline, new confusion or lethargy:
    ``_new_altered_mentation``) and a NEWS2 at the RCP urgent-response
    threshold (aggregate >= 5 or a single red parameter) from triage vitals. Not
    included: labels (an ESI 2 assigned for severe pain, for missing vitals or by a
    model) and complaints alone, whose risk the must-not-miss ledger and the validated
    discharge rules judge.

    Args:
        facts: Facts at triage.
        vitals: Plausible triage vitals.
        life_saving: ESI decision point A reasons.
        baseline_stated: The visit's text states that the mental state is the
            patient's baseline (``_esi_risk.baseline_statement``).

    Returns:
        The reasons, with those due to vital signs apart.
    """
    reasons = [f"life-saving intervention: {r}" for r in life_saving]
    if _new_altered_mentation(facts, baseline_stated):
        reasons.append("altered mentation at triage")
    vital = (
        _paediatric_vital_severity(vitals, facts.age, facts.population.age_days_max)
        if facts.age is not None and facts.age < GAPS_MIN_AGE
        else _news2_severity(facts, vitals)
    )
    return Severity(reasons=(*reasons, *vital), vital_reasons=tuple(vital))


def _news2_severity(facts: ClinicalFacts, vitals: Vitals) -> list[str]:
    """NEWS2 at the urgent-response threshold (adults: RCP 2017)."""
    items = news2_items(facts, vitals)
    vital_items = {k: p for k, p in items.items() if k != "consciousness"}
    red = [k for k, p in vital_items.items() if p == 3]
    total = sum(items.values())
    if not (red or total >= NEWS2_URGENT):
        return []
    return [
        f"NEWS2 {total}"
        + (f" (red: {', '.join(red)})" if red else f" >= {NEWS2_URGENT}")
    ]


FEVER_HR_PER_DEGREE: Final = 10.0
"""Beats/min a child's heart rate rises per degree C of fever (Thompson M et al. Arch
Dis Child 2009;94:361: ~10 per degree, 0-15 years; Davies P, Maconochie I. Emerg Med J
2009;26:641: 9.9 per degree; APLS)."""
FEVER_READ_FROM_YEARS: Final = 5
"""NICE NG143 (fever under 5) reads its amber heart rates (APLS) as measured; from 5
years, outside it, the rate is read after the fever."""
FEVER_C: Final = 38.0
"""Fever: 38 C or more (NICE NG143 1.1)."""


def fever_read_heart_rate(vitals: Vitals, age: int) -> Vitals:
    """``vitals`` with a febrile child's heart rate read at 37 C, from 5 years.

    peds54: a 15-year-old's strep throat at 38.9 C with a heart rate of 116 (about
    97 at 37 C) was kept in an Observation bed by the > 8-year danger zone (HR >
    100): the rate was the fever's, not a failing circulation (Thompson 2009: heart
    rate centiles by temperature; NICE NG84 manages the throat at home). Triage's
    danger zones (ESI v4 ch.6) read the measured rate; under 5 NG143 reads it as
    measured too.
    """
    t, hr = vitals.temperature_c, vitals.heart_rate
    if age < FEVER_READ_FROM_YEARS or t is None or hr is None or t < FEVER_C:
        return vitals
    return vitals.model_copy(
        update={"heart_rate": hr - FEVER_HR_PER_DEGREE * (t - 37.0)}
    )


def _paediatric_vital_severity(
    vitals: Vitals, age: int, age_days: int | None = None
) -> list[str]:
    """Age-banded danger-zone vitals and PALS hypotension (NEWS2 is not for < 16 y).

    RCP 2017 excludes children from NEWS2; the ESI v4 handbook's paediatric
    danger-zone heart and respiratory rates and the PALS systolic limit stand in,
    by the age in days under 3 months (RR 46 is a newborn's normal rate: peds36).
    From 5 years the heart rate is read after the fever (``fever_read_heart_rate``).
    """
    out = list(danger_zone_vitals(fever_read_heart_rate(vitals, age), age, age_days))
    if hypotensive(vitals, age, age_days):
        out.append(f"hypotension for age (SBP {vitals.systolic_bp:g})")
    return [f"danger-zone vitals for age {age} y: {', '.join(out)}"] if out else []


_RESOLVED: Final = re.compile(
    r"(?i)\b(?:full(?:y)? recover\w*|complete(?:ly)? (?:recover\w*|resol\w*)"
    r"|recovered (?:fully|completely)"
    r"|(?:symptoms?|reaction|hypotension|wheez\w*|stridor|urticaria|confusion)"
    r" (?:has |have )?(?:resolved|settled)|resolved (?:with|after|following)"
    r"|(?:prompt(?:ly)?|rapid(?:ly)?|good|complete) respon\w*|responded (?:well |"
    r"promptly |rapidly )?to|back to (?:his |her |their )?baseline|returned to"
    r" (?:his |her |their )?baseline|(?:now|subsequently) (?:awake|alert|gcs 15)"
    r"|no further (?:epinephrine|adrenaline|dextrose|naloxone) (?:was )?"
    r"(?:needed|required))"
)
"""A documented response of the presenting emergency to ED treatment (exam wording
such as "alert and oriented" alone is not a response)."""
_PERSISTS: Final = re.compile(
    r"(?i)\b(?:refractory|recurr\w*|persist\w*|despite|no (?:sustained )?response"
    r"|without (?:sustained |any )?response|not respond\w*|failed to respond"
    r"|unresponsive to|worsen\w*|deteriorat\w*|re-?dosed|repeat(?:ed)? doses?"
    r"|second dose|(?:two|three|multiple|\d) doses|infusion|drip)\b"
)
"""A cue that the emergency persists, recurs or needed escalating treatment."""
_NEGATED_RESPONSE: Final = re.compile(
    r"(?i)\b(?:no|not|never|without|nor|yet to)\W+(?:\w+\W+){0,2}$"
)


def resolved_in_ed(
    text: str | None, facts: ClinicalFacts | None = None, triage: Vitals | None = None
) -> str | None:
    """The documented resolution of the emergency with ED treatment, if any.

    Args:
        text: The visible ED text before the disposition.
        facts: Facts at the stage; with ``triage`` checks the vital signs.
        triage: Plausible triage vitals. When they reached the NEWS2 urgent-response
            threshold (or danger-zone vitals for age), vitals documented after the
            resolution wording must be back below it: wording alone does not settle
            a shock.

    Returns:
        The resolution wording (e.g. "full recovery"), or None when none is
        documented, any cue says the emergency persists, recurred or needed
        escalating treatment, or the triage vitals were not re-measured in range
        (then the level-1 need stands).
    """
    if not text or _PERSISTS.search(text):
        return None
    for m in _RESOLVED.finditer(text):
        if _NEGATED_RESPONSE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if facts is not None and triage is not None:
            before = objective_severity(facts, triage, ()).vital_reasons
            later = extract_vitals(text[m.start() :])
            measured = later.model_dump(exclude={"raw"}, exclude_none=True)
            after = objective_severity(
                facts, triage.model_copy(update=measured), ()
            ).vital_reasons
            if before and (not measured or after):
                return None
        return m.group(0)
    return None


_OPIOID_NAMED: Final = re.compile(
    r"(?i)\b(?:heroin|fentanyl|opioid\w*|opiate\w*|oxycodone|hydrocodone|morphine|"
    r"codeine|tramadol|hydromorphone|oxy\b|smack|naloxone|narcan)"
)
_NOT_SHORT_ACTING: Final = re.compile(
    r"(?i)\b(?:methadone|buprenorphine|suboxone|subutex|"
    r"(?:extended|sustained|modified|controlled|slow)[- ]release|ms ?contin|oxycontin|"
    r"patch(?:es)?|benzo\w*|diazepam|alprazolam|clonazepam|lorazepam|temazepam|"
    r"etizolam|zopiclone|zolpidem|barbiturat\w*|phenobarb\w*|ghb|gbl|xylazine|"
    r"tricyclic|amitriptyline|co-?ingest\w*|mixed overdose|polysubstance|"
    r"intubat\w*|ventilated|naloxone infusion|aspirat\w*)"
)
"""A long-acting opioid, a co-ingested sedative naloxone does not reverse, or an
airway already secured or soiled: the recurrence or the depression outlasts a short
observation (AHA 2020 opioid-associated emergencies; Goldfrank 11th ed. ch. 36)."""
ADULT_OPIOID_RULE_AGE: Final = 18
"""Hoffman 1991 and Christenson 2000 (St Paul's early discharge rule) studied adults."""
_LEVEL_ONE_OPIOID: Final = "toxic ingestion with respiratory depression"
"""The ESI life-saving reason ``agents.offline.rules._esi_lsi`` gives an overdose with a
slow or depressed breathing (naloxone or ventilation now)."""


def opioid_reversible(
    text: str | None, facts: ClinicalFacts, level_one: Sequence[str]
) -> str | None:
    """Opioid respiratory depression that titrated naloxone is expected to reverse.

    Naloxone is the life-saving intervention of the opioid toxidrome (miosis, depressed
    breathing and consciousness; Hoffman JR et al. Ann Emerg Med 1991;20:246: 92 %
    respond). After reversal of a short-acting opioid the patient is observed, and most
    can leave after an hour (Christenson J et al. St Paul's early discharge rule, Acad
    Emerg Med 2000;7:1110; Willman MW et al. Clin Toxicol 2017;55:81): observation, not
    an ICU bed, unless another level-1 need, a long-acting opioid, a co-ingested
    sedative, an airway already secured or a failed response (``_PERSISTS``) is
    documented. Not in a child: both studies are of adults, and a child's opioid is
    mostly an adult's prescription tablet, often long-acting, whose depression recurs
    after naloxone: admission, intensive care while breathing or consciousness is
    depressed (Sachdeva DK, Stadnyk JM. J Emerg Med 2005;29:77; AAP/AHA PALS 2020).

    Returns:
        The reason to write in the rationale, or None when the ICU need stands.
    """
    if not level_one or not all(r.startswith(_LEVEL_ONE_OPIOID) for r in level_one):
        return None
    if facts.age is not None and facts.age < ADULT_OPIOID_RULE_AGE:
        return None
    if not text or not (facts.has("opioid_use") or _OPIOID_NAMED.search(text)):
        return None
    if not facts.has("miosis") or _NOT_SHORT_ACTING.search(text):
        return None
    if _PERSISTS.search(text):
        return None
    return (
        "opioid toxidrome with depressed breathing: titrated naloxone reverses it;"
        " observation for recurrence, not ICU unless naloxone fails or an infusion is"
        " needed (Hoffman 1991; Christenson 2000 St Paul's rule; AHA 2020)"
    )


_LEVEL_ONE_HYPOGLYCAEMIA: Final = "hypoglycaemia with altered mentation"


def dextrose_reversible(text: str | None, level_one: Sequence[str]) -> str | None:
    """Hypoglycaemia whose altered mentation IV dextrose is expected to reverse.

    IV dextrose (or glucagon) is the life-saving intervention and restores mentation
    within minutes (ADA Standards of Care 2024, section 6, severe hypoglycaemia);
    afterwards the patient is observed for recurrence, for up to 24-72 h on a
    sulfonylurea or a long-acting insulin (the admission criterion,
    ``admission_criteria``), not by itself in an ICU, which is for organ support
    (Nates JL et al. SCCM ICU admission guideline. Crit Care Med 2016;44:1553). The
    ICU stands with another level-1 need or a cue that it persists or recurs
    (``_PERSISTS``).

    Returns:
        The reason to write in the rationale, or None when the ICU need stands.
    """
    if not level_one or not all(
        r.startswith(_LEVEL_ONE_HYPOGLYCAEMIA) for r in level_one
    ):
        return None
    if text and _PERSISTS.search(text):
        return None
    return (
        "hypoglycaemia with altered mentation: IV dextrose reverses it; observation"
        " for recurrence, not ICU unless it persists or recurs (ADA 2024 section 6;"
        " SCCM 2016)"
    )
