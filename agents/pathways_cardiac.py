"""Cardiac pathways read from their own published criteria.

An unstable tachyarrhythmia: a documented non-sinus tachycardia at >= 150/min in an
adult with hypotension, acutely altered mentation, signs of shock, ischaemic chest
discomfort or acute heart failure is cardioverted (synchronised) at once (Panchal AR
et al. AHA 2020 ACLS adult tachycardia with a pulse; Joglar JA et al. AHA/ACC/ACCP/HRS
2023 AF, class 1: haemodynamically unstable AF with rapid ventricular response). With
a systemic driver of the rate (fever, or documented thyrotoxicosis) the confusion,
chest pain or failure may be the driver's, and AF driven by it rarely stays in sinus
rhythm until it is treated (2023 AF guideline: AF with thyrotoxicosis or acute
illness, the precipitant treated and the rate controlled first): then only a measured
hypotension or signs of shock call for cardioversion.
Rate-slowing drugs that lower the pressure are withheld at a measured hypotension by
``agents.leading_gates``. A sinus tachycardia is not cardioverted: its cause is
treated.

A stable SVT (a documented regular narrow-complex re-entrant tachycardia at >= 150/min
without signs of instability): a vagal manoeuvre (the modified Valsalva, Appelboam A et
al. Lancet 2015;386:1747), then adenosine 6 mg, 12 mg (Brugada J et al. ESC 2019 SVT,
class I; AHA 2020 ACLS).

Cardiogenic shock: a systolic pressure below 90 mmHg with signs of hypoperfusion (cool
or mottled peripheries, lactate > 2 mmol/L, confusion, oliguria) and a cardiac cause
(pulmonary oedema, raised JVP, heart failure, a STEMI): echocardiography and ECG now,
a vasopressor (norepinephrine) and an inotrope for low output, no fluid bolus into
pulmonary oedema, cardiology and intensive care (McDonagh TA et al. ESC 2021 heart
failure, section 11.1.4; van Diepen S et al. AHA 2017 cardiogenic shock scientific
statement). Loop diuretics and vasodilators wait until perfusion is restored
(``agents.leading_gates``).

ST elevation with ischaemic chest symptoms, read from the ECG as written (ST elevation
in two contiguous leads, posterior leads V7-V9 included, or a STEMI named): a
reperfusion strategy at once, primary PCI (catheter laboratory) within 120 min of the
diagnosis, fibrinolysis within 10 min when PCI cannot be done in time (Byrne RA et al.
ESC 2023 ACS, sections 3.2.1 and 5.2, class I: posterior ST elevation >= 0.5 mm in
V7-V9 is a STEMI equivalent; O'Gara PT et al. ACCF/AHA 2013 STEMI). An ST elevation
with the picture of pericarditis, early repolarisation, a ventricular aneurysm, a
bundle branch block or paced rhythm is left to the ECG reader. Research software,
not for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from agents._text import (
    any_kept,
    current,
    per_text,
    present_now,
    stated_hours,
    symptom_hours,
    visible_texts,
)
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.angiography_reports import angiography_findings
from agents.offline.rules.discharge_rules import LOW_EJECTION_FRACTION_WORDS
from agents.offline.rules.ecg_reports import new_lbbb_in, stemi_criteria_denied
from agents.offline.rules.facts import hypotension_sbp
from agents.offline.rules.findings import EXERTIONAL_SYNCOPE_WORDS
from agents.offline.rules.icd_shocks import repeated_icd_shocks
from agents.offline.rules.results import (
    FREE_T4_HIGH_PMOL_L,
    TSH_SUPPRESSED_MU_L,
    result_findings,
    results_of,
)
from agents.offline.rules.syncope_history import PALPITATION_SYNCOPE, SUPINE_SYNCOPE
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import required as _req
from agents.pathways_acute import (
    AAS_HIGH_RISK,
    AcuteRequired,
    add_rs,
    add_rs_perfusion_sign,
    asserted,
    blood_loss_now,
)
from agents.pathways_older import alpha_blocker_orthostasis
from agents.population import years
from agents.reversal import ANY_ANTICOAGULANT
from agents.shock_index import abnormal_shock_index
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "CARDIAC_PATHWAYS",
    "acute_chest_pain_ecg",
    "af_rapid_response",
    "arm_jaw_anginal_equivalent",
    "cardiogenic_shock",
    "child_svt",
    "cied_pocket_infection",
    "cied_staph_bacteraemia",
    "epigastric_anginal_equivalent",
    "exertional_syncope",
    "fluoropyrimidine_chest_pain",
    "high_risk_syncope_history",
    "lvad_patient",
    "new_lbbb_acs",
    "orthostatic_syncope",
    "pacemaker_malfunction",
    "post_cardiotomy_tamponade",
    "post_infarct_mechanical_complication",
    "rate_slowing_drug_bradycardia",
    "recurrent_icd_shocks",
    "seizure_like_event",
    "st_elevation_acs",
    "stable_svt",
    "stable_vt",
    "suspected_acs_chest_pain",
    "unstable_tachyarrhythmia",
    "very_high_risk_nste_acs",
]

_rx = word_start

TACHY_UNSTABLE_HR: Final = 150.0
"""AHA 2020 ACLS: a rate of 150/min or more is likely the cause of instability."""
HYPOTENSION_SBP: Final = 90.0

_ARRHYTHMIA: Final = _rx(
    r"atrial fibrillation|\baf\b|a-?fib\w*|atrial flutter|flutter|"
    r"supraventricular tachy\w*|\bsvt\b|re-?entr\w* tachy\w*|avnrt|avrt|"
    r"ventricular tachy\w*|\bvt\b|(?:wide|broad)[- ]complex tachy\w*|"
    r"narrow[- ]complex tachy\w*|"
    r"rapid ventricular response|\brvr\b|"
    # cardio55 (triage55's F08): "a fast irregular heartbeat" at 152 with a systolic of
    # 86 is an unstable tachyarrhythmia on the monitor (AHA 2020 ACLS; ESC 2020 AF)
    r"irregular(?:ly irregular)? (?:heart ?beat|pulse|heart rate|rhythm)"
)
_SINUS: Final = _rx(r"sinus tachy\w*")
VENTRICULAR_TACHYCARDIA: Final = _rx(
    r"ventricular tachy\w*|\bvt\b|(?:wide|broad)[- ]complex tachy\w*"
)
"""VT, or a wide-complex tachycardia treated as VT (AHA 2020 ACLS): in shock it is
cardioverted, and a fluid bolus neither slows it nor restores output (Al-Khatib SM et
al. AHA/ACC/HRS 2017)."""
_POOR_PERFUSION: Final = (
    r"cool (?:and )?(?:clammy |mottled )?(?:peripher\w*|extremit\w*|skin)|"
    r"cold (?:and )?(?:clammy )?(?:peripher\w*|extremit\w*)|mottl\w*|clammy|"
    r"(?:cardiogenic )?shock"
)
"""Signs of shock (AHA 2020 ACLS: the perfusion signs of an unstable tachycardia)."""
_UNSTABLE: Final = _rx(
    _POOR_PERFUSION + r"|confus\w*|altered mental\w*|drowsy|obtunded|"
    r"ischa?emic (?:chest )?(?:pain|discomfort)|"
    r"pulmonary o?edema|(?:acute )?heart failure|syncop\w*"
)
"""AHA 2020 ACLS signs of instability. A chest pain or tightness in an alert,
well-perfused patient is not by itself the ischaemic chest discomfort of an unstable
tachycardia (Brugada J et al. ESC 2019 SVT: cardioversion for haemodynamic instability;
vagal manoeuvres and adenosine first otherwise): it is ischaemic when named so, or with
ischaemic ECG changes (:data:`_CHEST`, :data:`_ISCHAEMIC_ECG`)."""
_UNSTABLE_PERFUSION: Final = _rx(
    _POOR_PERFUSION + r"|confus\w*|altered mental\w*|drowsy|obtunded|"
    r"ischa?emic (?:chest )?(?:pain|discomfort)|syncop\w*"
)
"""ACLS 2020 instability signs other than heart failure (:data:`_UNSTABLE`): under
150/min a congested patient with a kept pressure is rate-controlled (cardio44)."""
_CHEST: Final = _rx(r"chest (?:pain|tightness|discomfort|pressure)")
_ISCHAEMIC_ECG: Final = _rx(
    r"st[- ](?:segment )?(?:depression|elevation)s?|"
    r"ischa?emic (?:ecg |ekg )?changes|dynamic (?:ecg |ekg )?changes"
)
_SHOCK: Final = _rx(_POOR_PERFUSION)
_NAMED_ISCHAEMIC_PAIN: Final = _rx(r"ischa?emic (?:chest )?(?:pain|discomfort)")


def ischaemic_chest_discomfort(texts: tuple[str, ...]) -> bool:
    """Ischaemic chest discomfort: named so, or a chest pain with ischaemic ECG changes.

    One of the AHA 2020 ACLS signs that a slow or fast rhythm is unstable (Panchal AR et
    al. Circulation 2020;142:S366, adult bradycardia and tachycardia algorithms).
    """
    return asserted(_NAMED_ISCHAEMIC_PAIN, texts) or (
        asserted(_CHEST, texts) and asserted(_ISCHAEMIC_ECG, texts)
    )


_THYROTOXIC: Final = _rx(r"thyroid storm|thyrotoxic\w*|hyperthyroid\w*")
FEVER_C: Final = 38.0
"""Surviving Sepsis 2021 (SIRS): a temperature above 38 °C is a fever."""


def _systemic_driver(view: StageView, texts: tuple[str, ...]) -> bool:
    """A fever or documented thyrotoxicosis: a cause of the rate to treat first."""
    temp = view.vitals.temperature_c
    if temp is not None and temp >= FEVER_C:
        return True
    thyroid = {"free_t4", "tsh"}
    results = [r for t in texts for a in thyroid for r in results_of(t, a)]
    return asserted(_THYROTOXIC, texts) or any(
        (r.analyte == "free_t4" and r.value >= FREE_T4_HIGH_PMOL_L and not r.below)
        or (r.analyte == "tsh" and r.value < TSH_SUPPRESSED_MU_L)
        for r in results
    )


AF_HYPOPERFUSION_LACTATE: Final = 4.0
"""Lactate (mmol/L) of tissue hypoperfusion (Evans L et al. SSC 2021): the fast
ventricular rate of AF beside it compensates an illness (ischaemic bowel, sepsis,
bleeding), which is treated first; a rate-slowing drug removes the compensation
(Van Gelder IC et al. ESC 2024 AF: treat the precipitant)."""


AF_RATE_DRUG_MIN_SBP: Final = 100.0
"""A systolic pressure (mmHg) under which an IV beta-blocker or diltiazem is not given
to AF's fast rate (vasc40): in a secondary AF (sepsis, dehydration, a bleed) the
rate compensates a low output and the driver is treated first (Van Gelder IC et al.
ESC 2024 AF, Eur Heart J 2024;45:3314, sections 5 and 9.1: correct the precipitant;
beta-blockers and non-dihydropyridine CCBs are avoided in hypotension; Evans L et al.
Surviving Sepsis Campaign 2021; qSOFA's systolic of 100 or less: Seymour CW et al. JAMA
2016;315:762)."""


def _haemoglobin_falling(texts: tuple[str, ...]) -> bool:
    """A haemoglobin stated >= 2 g/dL below an earlier value (``hb_fall``): a bleed."""
    return any(
        f.concept == "hemoglobin_fall"
        for t in texts
        for f in per_text(result_findings, t)
    )


def _hypoperfused(texts: tuple[str, ...]) -> bool:
    """A measured lactate of ``AF_HYPOPERFUSION_LACTATE`` or more (classic33)."""
    return any(
        r.value >= AF_HYPOPERFUSION_LACTATE and not r.below
        for t in texts
        for r in results_of(t, "lactate")
    )


def unstable_tachyarrhythmia(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AHA 2020 ACLS; AHA/ACC/HRS 2023 AF: synchronised cardioversion when unstable."""
    if pop.age_within(years(18), None) is not True:
        return []
    hr, sbp = view.vitals.heart_rate, view.vitals.systolic_bp
    if hr is None or hr <= AF_RVR_HR:
        return []
    texts = visible_texts(view)
    if not asserted(_ARRHYTHMIA, texts) or asserted(_SINUS, texts):
        return []
    if hr < TACHY_UNSTABLE_HR:
        return _unstable_af_below_150(view, texts, hr, sbp)
    low = sbp is not None and sbp < HYPOTENSION_SBP
    signs = _SHOCK if _systemic_driver(view, texts) else _UNSTABLE
    ischaemic = signs is _UNSTABLE and ischaemic_chest_discomfort(texts)
    if not (low or ischaemic or asserted(signs, texts)):
        return []
    why = f"SBP {sbp:g}" if low and sbp is not None else "signs of poor perfusion"
    if signs is _SHOCK and _secondary_af(texts):
        return [_driver_first_cardioversion(hr, why)]
    src = "AHA 2020 ACLS tachycardia with a pulse; AHA/ACC/HRS 2023 AF (class 1)"
    return [
        _req(
            "procedure",
            "synchronised cardioversion now (procedural sedation if conscious): AF "
            "120-200 J biphasic, flutter or SVT 50-100 J, monomorphic VT 100 J; "
            "polymorphic VT is defibrillated",
            f"unstable tachyarrhythmia (HR {hr:g}, {why}) ({src})",
            # the cardioversion itself, not a plan that names one ("no elective
            # cardioversion before 3 weeks of anticoagulation") nor a conditional
            # ("synchronized cardioversion if unstable": this patient is)
            r"(?:synchroni[sz]\w* (?:dc )?|(?:dc|electrical|direct[- ]current) )"
            r"cardiover\w*\b(?! if\b)",
        ),
    ]


_OTHER_SHOCK_CAUSE: Final = _rx(
    r"sepsis|septic|infect\w*|pneumonia|cellulitis|rigors?|pyelonephritis|"
    r"vomit\w*|diarrho?ea|dehydrat\w*|(?:poor|reduced) (?:oral )?intake|"
    r"pulmonary embol\w*|\bpe\b|tamponade|anaphyla\w*|overdose|"
    r"ha?emorrhag\w*|bleed\w*|melaena|melena|ha?ematemesis"
)
"""Another cause of a low pressure beside AF under 150/min: the AF is then read as
secondary (Van Gelder IC et al. ESC 2024 AF 9.1; Panchal AR et al. AHA 2020 ACLS)."""


def _unstable_af_below_150(
    view: StageView, texts: tuple[str, ...], hr: float, sbp: float | None
) -> list[AcuteRequired]:
    """AF or flutter above 110/min and under 150 with hypotension or shock (cardio43).

    Van Gelder IC et al. ESC 2024 AF (Eur Heart J 2024;45:3314, section 6, class I):
    emergency electrical cardioversion for AF with acute or worsening haemodynamic
    instability, at no stated rate. Panchal AR et al. AHA 2020 ACLS: under 150/min
    the rate is more often secondary to another condition than the cause of the
    instability. Read together: a rate above 110/min (uncontrolled, ESC 2024 and
    Joglar 2023 7.1) with a systolic under 90 or signs of shock, and nothing in the
    record that explains the low pressure otherwise (a fever or thyrotoxicosis, an
    infection, fluid or blood loss, a PE, tamponade, anaphylaxis, an overdose), is
    cardioverted now; with such a cause the cause is treated (the rate-drug hold and
    the cause's pathway). VT, SVT and pre-excitation named are left to their rules.
    """
    if not _secondary_af(texts) or _systemic_driver(view, texts):
        return []
    low = sbp is not None and sbp < HYPOTENSION_SBP
    if not (low or asserted(_SHOCK, texts)):
        return []
    if (
        asserted(_OTHER_SHOCK_CAUSE, texts)
        or blood_loss_now(texts)
        or _haemoglobin_falling(texts)
    ):
        return []
    why = f"SBP {sbp:g}" if low and sbp is not None else "signs of shock"
    return [
        _req(
            "procedure",
            "synchronised cardioversion now for AF or flutter causing haemodynamic "
            "instability (procedural sedation; AF 120-200 J biphasic, flutter 50-100 "
            "J), heparin alongside; keep looking for another cause of the low "
            "pressure (a rate under 150 seldom causes it alone)",
            f"AF with a rapid ventricular response (HR {hr:g}, {why}) and no other "
            "cause of the instability documented (Van Gelder IC et al. ESC 2024 AF "
            "6, class I: emergency electrical cardioversion with haemodynamic "
            "instability; AHA 2020 ACLS)",
            r"(?:synchroni[sz]\w* (?:dc )?|(?:dc|electrical|direct[- ]current) )"
            r"cardiover\w*\b(?! if\b)",
        ),
    ]


_PRE_EXCITED: Final = _rx(r"pre-?excit\w*|wolff|wpw\b|delta waves?")


def _secondary_af(texts: tuple[str, ...]) -> bool:
    """AF or flutter named, with no VT, re-entrant SVT or pre-excitation beside it."""
    return (
        asserted(AF_RHYTHM, texts)
        and not asserted(VENTRICULAR_TACHYCARDIA, texts)
        and not asserted(_SVT, texts)
        and not asserted(_PRE_EXCITED, texts)
    )


def _driver_first_cardioversion(hr: float, why: str) -> AcuteRequired:
    """Fast AF beside a fever or thyrotoxicosis in shock: the driver first (cardio42).

    AHA 2020 ACLS cardioverts a tachyarrhythmia that is *causing* the instability; in
    sepsis or thyrotoxicosis the AF is secondary, and Van Gelder IC et al. ESC 2024 AF
    (Eur Heart J 2024;45:3314, 9.1: AF in acute illness) treats the precipitant first:
    cardioversion there succeeds rarely and the AF recurs early (Arrigo M et al. Crit
    Care 2015;19:160), and an AF of unknown onset is not anticoagulated. Kept for a
    shock that persists once fluids and a vasopressor are running, at a rate still
    >= 150, or a patient peri-arrest.
    """
    return _req(
        "procedure",
        # no drug named: the order's words would be read as a second antibiotic or
        # vasopressor beside the sepsis bundle's and the order dropped
        "secondary AF in sepsis or thyrotoxicosis: treat the driver first (the sepsis "
        "bundle, or antithyroid treatment); synchronised cardioversion (AF 120-200 J "
        "biphasic, procedural sedation) only if the shock persists once fluids and a "
        "vasopressor are running with the rate still >= 150, or peri-arrest",
        f"fast AF (HR {hr:g}, {why}) beside a fever or thyrotoxicosis: the rate is "
        "secondary (Van Gelder IC et al. ESC 2024 AF 9.1; AHA 2020 ACLS: cardiovert "
        "a tachyarrhythmia causing the instability)",
        # the conditional cardioversion itself, not the rate-drug hold's "treat the
        # driver first"
        r"cardiover\w*[^;]{0,80}?\bonly if",
    )


_HYPOPERFUSION: Final = _rx(
    r"cool (?:and )?(?:clammy |mottled )?(?:peripher\w*|extremit\w*|skin)|"
    r"cold (?:and )?(?:clammy )?(?:peripher\w*|extremit\w*)|mottl\w*|clammy|"
    r"confus\w*|altered mental\w*|oligur\w*|anur\w*|poor urine output"
)
_CARDIAC_CAUSE: Final = _rx(
    r"pulmonary o?edema|(?:raised|elevated|distended) (?:jvp|jugular\w*)|"
    r"jvp (?:is )?(?:raised|elevated)|(?:distended|engorged) neck veins|neck veins "
    r"(?:are )?(?:distended|engorged)|heart failure|cardiogenic|\bstemi\b|"
    r"ejection fraction|(?:severe(?:ly)? )?(?:impaired|reduced|poor) (?:lv|left "
    r"ventricular) function|cardiomyopathy|"
    # vasc40: an infarct's ST elevation beside the shock is its pump failure (Thiele H
    # et al. ESC 2023 ACS 8.3: cardiogenic shock complicates ~10 % of STEMI)
    r"st[- ](?:segment )?elevation"
)
LACTATE_HYPOPERFUSION: Final = 2.0
RV_INFARCTION: Final = _rx(
    r"(?:right ventric\w*|rv) (?:infarct\w*|involvement|mi\b|myocardial infarct\w*)|"
    r"st[- ](?:segment )?elevation\W+(?:\w+\W+){0,4}?"
    r"(?:v4r|v3r|right[- ]sided lead\w*)|"
    r"(?:v4r|v3r|right[- ]sided leads?)\W+(?:\w+\W+){0,6}?st[- ](?:segment )?elevation"
)
"""Right-ventricular infarction, named or read from ST elevation in V4R/V3R: preload
dependent, so no nitrate (O'Gara PT et al. ACCF/AHA 2013 STEMI 4.x; Byrne RA et al.
ESC 2023 ACS; Ibanez B et al. ESC 2017 STEMI 10.x: avoid vasodilators and diuretics)."""
_LUNG_OEDEMA: Final = _rx(
    r"pulmonary o?edema|alveolar o?edema|crackles|crepitations|rales|crepitus"
)
_ACUTE_CARDIAC: Final = _rx(
    r"pulmonary o?edema|alveolar o?edema|"
    r"(?:raised|elevated|distended) (?:jvp|jugular\w*)|jvp (?:is )?(?:raised|elevated)|"
    r"(?:distended|engorged) neck veins|neck veins (?:are )?(?:distended|engorged)|"
    r"cardiogenic|\bstemi\b|"
    r"st[- ](?:segment )?elevation"
)
"""This visit's cardiac cause of a shock: congestion, an infarct or the shock named
cardiogenic (not a cardiomyopathy or an ejection fraction of the history)."""
_FEVER: Final = _rx(r"febrile|fever|pyrexi\w*|rigors?")


_OBSTRUCTIVE: Final = _rx(
    r"obstructive shock|(?:massive|high[- ]risk) (?:pe\b|pulmonary embol\w*)|"
    r"mcconnell\w*|d[- ]shaped (?:inter\w* )?septum|rv ?: ?lv|"
    r"(?:dilated|enlarged) (?:rv\b|right ventric\w*)|(?:rv|right ventric\w*) "
    r"(?:dilat\w*|enlarge\w*)|tamponade|(?:rv|right ventric\w*) diastolic collapse"
)
"""Obstructive shock named or shown at the bedside (a dilated RV, McConnell's sign, a
high-risk PE; tamponade): the raised JVP is the obstruction's, treated by its own
pathway (Konstantinides SV et al. ESC 2019 acute PE: reperfusion, cautious fluid;
Adler Y et al. ESC 2015 pericardial: drainage), not as pump failure (van Diepen S et
al. AHA 2017 cardiogenic shock statement: obstructive shock is its own category)."""


def cardiogenic_shock_kind(view: StageView, pop: Population) -> str | None:
    """The cardiogenic shock the view documents: "pump", "rv_preload" or None.

    An adult's systolic under 90 with a cardiac cause and hypoperfusion (a lactate
    above 2, cold clammy skin, oliguria, confusion): pump failure; right-ventricular
    infarction with clear lungs is preload dependent whatever the perfusion markers
    (ACCF/AHA 2013 STEMI 9.6; ESC 2023 ACS). Obstructive shock (PE, tamponade) is
    its own pathway's.
    """
    if pop.age_within(years(18), None) is not True:
        return None
    sbp = view.vitals.systolic_bp
    if sbp is None or sbp >= HYPOTENSION_SBP:
        return None
    texts = visible_texts(view)
    if not asserted(_CARDIAC_CAUSE, texts):
        return None
    if _febrile(view, texts) and not asserted(_ACUTE_CARDIAC, texts):
        # cardio56: a fever with no congestion beside a weak heart of the history is a
        # distributive (septic) shock, given fluid in reassessed boluses (Evans L et
        # al. SSC 2021; ESC 2021 HF 11.1.4: a fluid challenge without congestion)
        return None
    if asserted(_OBSTRUCTIVE, texts) and not asserted(_LUNG_OEDEMA, texts):
        return None  # obstructive shock: the PE or tamponade pathway treats it
    if asserted(RV_INFARCTION, texts) and not asserted(_LUNG_OEDEMA, texts):
        return "rv_preload"
    lactate = max(
        (r.value for t in texts for r in results_of(t, "lactate")),
        default=None,
    )
    perfusion = lactate is not None and lactate > LACTATE_HYPOPERFUSION
    return "pump" if perfusion or asserted(_HYPOPERFUSION, texts) else None


def _febrile(view: StageView, texts: tuple[str, ...]) -> bool:
    """A measured temperature of 38 °C or more, or a fever asserted in the text."""
    temp = view.vitals.temperature_c
    return (temp is not None and temp >= FEVER_C) or asserted(_FEVER, texts)


def lung_oedema(texts: Sequence[str]) -> bool:
    """Pulmonary oedema, crackles or rales asserted in the visible text."""
    return asserted(_LUNG_OEDEMA, texts)


def cardiogenic_shock(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ESC 2021 heart failure 11.1.4; AHA 2017: cardiogenic shock."""
    kind = cardiogenic_shock_kind(view, pop)
    sbp = view.vitals.systolic_bp
    if kind is None or sbp is None:
        return []
    rv_preload = kind == "rv_preload"
    src = "ESC 2021 heart failure 11.1.4; AHA 2017 cardiogenic shock statement"
    why = f"SBP {sbp:g} with hypoperfusion and a cardiac cause"
    if rv_preload:
        support = _rv_preload(sbp)
    else:
        support = _req(
            "medication",
            "norepinephrine infusion to MAP >= 65 mmHg; add an inotrope (dobutamine) "
            "for persisting low output; no fluid bolus into pulmonary oedema",
            f"cardiogenic shock: {why} ({src})",
            r"norepinephrine|noradrenaline|dobutamine|inotrope|vasopressor",
        )
    return [
        _req(
            "diagnostic",
            "echocardiography and 12-lead ECG now (the cause: STEMI, mechanical "
            "complication, tamponade)",
            f"cardiogenic shock: {why} (ESC 2021, class I; {src})",
            r"echocardiog\w*|\becho\b",
        ),
        support,
        _req(
            "consult",
            # cardio43: catheter-laboratory words only beside an ST elevation: without
            # one the leading-diagnosis gate made the whole consult conditional on
            # STEMI criteria ("only if ST elevation"), and a shock without an infarct
            # needs the team too
            "cardiology and intensive care emergently (revascularisation: cath lab "
            "for primary PCI in a STEMI; mechanical circulatory support)"
            if present_now(_ST_ELEVATION, visible_texts(view))
            else "cardiology and intensive care emergently (the shock team: the "
            "cause, revascularisation if an infarct caused it, mechanical "
            "circulatory support)",
            src,
            r"cardiology\w*[^;]{0,30}emergent|intensive care|critical care|\bicu\b",
        ),
    ]


def _rv_preload(sbp: float) -> AcuteRequired:
    """Hypotension in right-ventricular infarction with clear lungs: preload first."""
    return _req(
        "medication",
        "IV crystalloid bolus 250-500 mL, repeated while the lungs stay clear "
        "(right-ventricular infarction is preload dependent); then dobutamine or "
        "norepinephrine if still hypotensive; no preload-lowering drugs",
        f"right-ventricular infarction with SBP {sbp:g} and clear lungs (O'Gara PT et "
        "al. ACCF/AHA 2013 STEMI; Byrne RA et al. ESC 2023 ACS)",
        r"crystalloid bolus|fluid bolus|fluid challenge",
    )


_SVT: Final = _rx(
    r"supraventricular tachy\w*|\bsvt\b|avnrt|av nodal re-?entr\w*|"
    r"narrow[- ]complex (?:regular )?tachy\w*|regular narrow[- ]complex tachy\w*"
)
_NOT_SVT: Final = _rx(
    r"atrial fibrillation|a-?fib\w*|atrial flutter|flutter|irregular\w*|"
    r"pre-?excit\w*|wolff|wpw\b|delta waves?|wide[- ]complex|ventricular tachy\w*|"
    r"sinus tachy\w*"
)
SVT_TERMINATED: Final = _rx(
    r"(?:convert\w*|revert\w*|return\w*|restor\w*|cardiovert\w*|terminat\w*|"
    r"broke)\W+(?:\w+\W+){0,3}?(?:to |in(?:to)? )?(?:normal )?sinus rhythm|"
    r"sinus rhythm (?:was |is )?restored|back (?:in|to) (?:normal )?sinus rhythm|"
    r"\bnsr\b (?:restored|achieved)|"
    # cardresp27: "adenosine given with transient asystole then sinus rhythm 82"
    r"(?:then|now(?: in)?|followed by) (?:normal )?sinus rhythm|"
    r"(?:conversion|cardioversion) to (?:normal )?sinus"
)
"""The SVT ended in the ED ("converted to sinus rhythm at 86 bpm"): no manoeuvre or
adenosine is left to give (ESC 2019 SVT; AHA 2020 ACLS: they treat an SVT that
persists); the knowledge base's ``tachyarrhythmia_terminated`` concept withholds the
protocol's own orders the same way."""
SVT_MIN_HR: Final = 150.0
"""Re-entrant SVT in adults runs at 150-250/min (ESC 2019 SVT)."""


def stable_svt(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ESC 2019 SVT; AHA 2020 ACLS: vagal manoeuvres, then adenosine."""
    if pop.age_within(years(18), None) is not True:
        return []
    hr, sbp = view.vitals.heart_rate, view.vitals.systolic_bp
    if hr is None or hr < SVT_MIN_HR or (sbp is not None and sbp < HYPOTENSION_SBP):
        return []
    texts = visible_texts(view)
    if not asserted(_SVT, texts) or asserted(_NOT_SVT, texts):
        return []
    if asserted(_UNSTABLE, texts):
        return []  # unstable: synchronised cardioversion (unstable_tachyarrhythmia)
    if asserted(SVT_TERMINATED, texts):
        return []  # ended in the ED: nothing left to terminate
    src = (
        "Brugada J et al. ESC 2019 SVT (class I); AHA 2020 ACLS; modified Valsalva: "
        "Appelboam A et al. Lancet 2015 (REVERT)"
    )
    return [
        _req(
            "procedure",
            "vagal manoeuvre now: modified Valsalva (strain 15 s semi-recumbent, then "
            "supine with legs raised)",
            f"stable regular narrow-complex tachycardia at {hr:g} ({src})",
            r"valsalva|vagal",
        ),
        _req(
            "medication",
            "adenosine 6 mg rapid IV push with a flush, then 12 mg if needed, on a "
            "monitor (record the rhythm strip); synchronised cardioversion if it "
            "becomes unstable",
            f"SVT that vagal manoeuvres do not end ({src})",
            r"adenosine",
        ),
    ]


_CHILD_SVT_ECG: Final = _rx(
    r"narrow[- ]complex|(?:no|absent) (?:visible )?p[- ]waves|p[- ]waves? "
    r"(?:are |were )?(?:not (?:visible|seen)|absent)"
)
INFANT_SVT_HR: Final = 220.0
CHILD_SVT_HR: Final = 180.0
"""PALS 2020 (Topjian AA et al. Circulation 2020;142:S469): SVT rather than sinus
tachycardia at >= 220/min in an infant, >= 180/min in a child, with absent or
abnormal P waves and a fixed rate."""


def child_svt(view: StageView, pop: Population) -> list[AcuteRequired]:
    """PALS 2020: a child's SVT: a vagal manoeuvre, then adenosine by weight.

    A narrow-complex tachycardia (or one without P waves) at >= 220/min under one
    year, >= 180/min from one year, or an SVT named, without hypotension for age:
    ice water to the face of an infant (a Valsalva manoeuvre in an older child),
    then adenosine 0.1 mg/kg rapid IV (max 6 mg), 0.2 mg/kg (max 12 mg) if needed
    (Topjian AA et al. AHA PALS 2020; APLS 6th ed.). With hypotension for age (PALS:
    < 60 neonates, < 70 infants, < 70 + 2 x age to 10 years; ``hypotension_sbp``)
    the SVT is unstable: synchronised cardioversion (``_unstable_child_svt``).
    """
    if pop.age_within(0, years(18) - 1) is not True:
        return []
    hr, sbp = view.vitals.heart_rate, view.vitals.systolic_bp
    infant = pop.age_within(0, years(1) - 1) is True
    if hr is None or hr < (INFANT_SVT_HR if infant else CHILD_SVT_HR):
        return []
    texts = visible_texts(view)
    if not (asserted(_SVT, texts) or asserted(_CHILD_SVT_ECG, texts)):
        return []
    if asserted(_NOT_SVT, texts) or asserted(SVT_TERMINATED, texts):
        return []
    src = "Topjian AA et al. AHA PALS 2020; APLS 6th ed."
    if sbp is not None and sbp < hypotension_sbp(pop):
        return _unstable_child_svt(hr, sbp, src)
    return [
        _req(
            "procedure",
            "vagal manoeuvre now: ice water to the face (infant) or a Valsalva "
            "manoeuvre (older child), on a monitor with a rhythm strip",
            f"a child's narrow-complex tachycardia at {hr:g} ({src})",
            r"vagal|ice|valsalva",
        ),
        _req(
            "medication",
            "adenosine 0.1 mg/kg rapid IV push (max 6 mg) with a flush, then 0.2 mg/kg "
            "(max 12 mg); synchronised cardioversion 0.5-1 J/kg if it becomes unstable",
            f"a child's SVT that a vagal manoeuvre does not end ({src})",
            r"adenosine",
        ),
        _req(
            "consult",
            "paediatric cardiology",
            f"a child's SVT: the cause and its prevention ({src})",
            r"cardiolog",
        ),
    ]


def _unstable_child_svt(hr: float, sbp: float, src: str) -> list[AcuteRequired]:
    """PALS 2020: SVT with hypotension for age: synchronised cardioversion now.

    Adenosine first only when IV or IO access is already in place; cardioversion is
    not delayed for it, and fluid boluses do not treat the rhythm (Topjian AA et al.
    AHA PALS 2020 tachycardia algorithm; APLS 6th ed.).
    """
    why = f"a child's SVT at {hr:g} with SBP {sbp:g}, hypotensive for age ({src})"
    return [
        _req(
            "procedure",
            "synchronised cardioversion 0.5-1 J/kg now (2 J/kg if it fails), sedated "
            "if that does not delay it; adenosine 0.1 mg/kg rapid IV first only if "
            "IV or IO access is already in place",
            why,
            r"cardiover",
        ),
        _req(
            "consult",
            "PICU and paediatric cardiology emergently",
            why,
            r"picu|paediatric intensive|pediatric intensive",
        ),
    ]


_ST_ELEVATION: Final = _rx(
    r"st[- ](?:segment )?elevation|\bste\b|\bstemi\b|tombstoning|"
    r"posterior (?:mi\b|myocardial infarct\w*)"
)
_ISCHAEMIC_PAIN: Final = _rx(
    r"(?:chest|retrosternal|substernal|epigastric)\W+(?:\w+\W+){0,2}?(?:pain|"
    r"pressure|tightness|discomfort|heaviness)|(?:crushing|pressure-like|heavy|"
    r"tight|squeezing)\W+(?:\w+\W+){0,2}?(?:chest|retrosternal|central) |"
    r"retrosternal pressure|central (?:chest )?pain"
)
_STE_MIMIC: Final = _rx(
    r"pericarditis|diffuse (?:concave )?st[- ]elevation|saddle[- ]shaped|"
    r"pr[- ](?:segment )?depression|early repolari[sz]ation|ventricular aneurysm|"
    r"takotsubo|brugada|left bundle branch block|\blbbb\b|paced rhythm|"
    r"ventricular(?:ly)? paced|friction rub"
)
_BALLOONING: Final = _rx(r"(?:apical|mid-?ventricular) ballooning")
"""A Takotsubo ballooning of the left ventricle (Ghadri JR et al. InterTAK 2018)."""
STEMI_PCI_MAX_HOURS: Final = 48.0
"""ESC 2023 ACS 5.2: primary PCI within 12 h of onset, and up to 48 h with ongoing
symptoms; beyond 48 h without symptoms no routine reperfusion (class III)."""


def st_elevation_acs(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ESC 2023 ACS: ST elevation with ischaemic symptoms: primary PCI now."""
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    if not present_now(_ST_ELEVATION, texts) or not asserted(_ISCHAEMIC_PAIN, texts):
        return []
    if any(stemi_criteria_denied(t) for t in texts):
        return []  # the ECG reader states the ST elevation is below the criteria
    if asserted(_STE_MIMIC, texts) or asserted(_BALLOONING, texts):
        return []
    if any(angiography_findings(t) for t in texts):
        return []  # this visit's angiogram: no occlusion (ESC 2023 ACS 11, MINOCA)
    hours = symptom_hours(texts)
    if hours is not None and hours > STEMI_PCI_MAX_HOURS:
        return []
    src = "ESC 2023 ACS (Byrne RA et al. Eur Heart J 2023;44:3720), class I"
    return [
        _req(
            "consult",
            "activate the catheter laboratory for primary PCI now (within 120 min "
            "of the ECG diagnosis; fibrinolysis within 10 min if PCI cannot be done "
            "in time)",
            f"ST elevation (posterior leads included) with ischaemic symptoms ({src})",
            r"cath\w* lab\w*|primary pci|\bpci\b",
        ),
    ]


_SETTLED: Final = _rx(
    r"pain[- ]free|(?:pain|symptoms?|it|now|has|have|had|completely|fully) "
    r"(?:resolved|settled|gone|subsided|eased off)|no (?:chest )?pain now|none now"
)
"""Ischaemic symptoms stated over: no longer ongoing."""


def new_lbbb_acs(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ESC 2023 ACS: a new LBBB with ongoing ischaemic pain: primary PCI strategy.

    Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720), 3.2.1 (atypical ECG
    presentations): a bundle branch block with a clinical suspicion of ongoing
    myocardial ischaemia is managed as a STEMI, with a primary PCI strategy (urgent
    angiography); the O'Gara PT et al. ACCF/AHA 2013 STEMI guideline reads a new or
    presumably new LBBB with ischaemic symptoms the same way. A known LBBB unchanged,
    or pain that has settled, is worked as a possible NSTE-ACS (troponin).
    """
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    if not any_kept(new_lbbb_in, texts) or not present_now(_ISCHAEMIC_PAIN, texts):
        return []
    if asserted(_SETTLED, texts):
        return []
    hours = symptom_hours(texts)
    if hours is not None and hours > STEMI_PCI_MAX_HOURS:
        return []
    src = "ESC 2023 ACS (Byrne RA et al. Eur Heart J 2023;44:3720) 3.2.1"
    return [
        _req(
            "consult",
            "activate the catheter laboratory for primary PCI now: a new LBBB with "
            "ongoing ischaemic pain is managed as a STEMI",
            f"new left bundle branch block with ongoing ischaemic symptoms ({src})",
            r"cath\w* lab\w*|primary pci|\bpci\b",
        ),
    ]


_EPIGASTRIC_PAIN: Final = _rx(
    r"epigastri\w* (?:\w+ ){0,2}(?:pain|discomfort|burning|ache|pressure|heaviness|"
    r"tightness)|(?:pain|discomfort|burning|ache|pressure|heaviness) (?:\w+ ){0,2}in "
    r"(?:the|his|her) (?:epigastrium|upper abdomen)|upper (?:abdominal|abdomen|stomach|"
    r"belly) (?:pain|discomfort)"
)
_CV_RISK: Final = _rx(
    r"diabet\w*|t[12]dm\b|dm2?\b|(?<!non-)(?<!non )(?<!ex-)smok(?:er|es|ing)\b|"
    r"hypertension|htn\b|hyperlipid\w*|dyslipid\w*|hypercholesterol\w*|"
    r"high cholesterol|coronary (?:artery|heart) disease|cad\b|ihd\b|angina|"
    r"(?:previous|prior|old) (?:mi\b|myocardial infarction|heart attack)|stents?\b|"
    r"cabg\b|peripheral (?:arterial|vascular) disease|chronic kidney disease|ckd\b"
)
_DIAPHORESIS: Final = _rx(r"diaphore\w*|sweat(?:y|ing|s)?\b|sweated|clammy")
"""Sweating with the pain: raises the likelihood of ACS (AHA/ACC 2021)."""
_ISCHAEMIC_QUALITY: Final = _rx(
    r"radiat\w* (?:\w+ ){0,2}(?:to|into|through to) (?:the |his |her |both )?"
    r"(?:left |right )?(?:arms?|jaw|neck|throat|shoulders?)|pressure|heaviness|"
    r"tightness|squeez\w*|"
    r"crushing|constricting"
)
"""An ischaemic quality of the pain: spread to the arm, jaw or neck, or pressure-like
(Swap CJ, Nagurney JT. JAMA 2005;294:2623: radiation to both arms LR 2.6-4.1, to the
right arm 4.7; pressure-like pain LR about 1.3-1.9)."""
ANGINAL_EQUIVALENT_AGE: Final = 30
"""Adults from 30 with a cardiovascular risk factor (and all from 50)."""
ANGINAL_EQUIVALENT_ANY_RISK_AGE: Final = 50


def epigastric_anginal_equivalent(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """Epigastric pain in an adult at cardiovascular risk: an ECG within 10 minutes.

    Epigastric discomfort is an anginal equivalent, so ACS is in its differential:
    a 12-lead ECG within 10 minutes of arrival and a high-sensitivity troponin
    (Gulati M et al. AHA/ACC 2021 chest pain guideline, class 1; Byrne RA et al. ESC
    2023 ACS 3.1). Applied from 30 with a documented risk factor (diabetes, smoking,
    hypertension, dyslipidaemia, known vascular or kidney disease) and from 50 at any
    risk; it screens, it names no diagnosis. With diaphoresis the pain is the
    anginal equivalent the guideline describes (women and people with diabetes
    present so more often): serial troponins, and NSTE-ACS stays open until they
    exclude it (``agents.pathway_dx``: keeps_open, no weight).
    """
    if pop.age_within(years(ANGINAL_EQUIVALENT_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_EPIGASTRIC_PAIN, texts):
        return []
    older = pop.age_within(years(ANGINAL_EQUIVALENT_ANY_RISK_AGE), None) is True
    if not older and not asserted(_CV_RISK, texts):
        return []
    src = "Gulati M et al. AHA/ACC 2021 chest pain guideline; ESC 2023 ACS"
    out = [
        _req(
            "diagnostic",
            "12-lead ECG within 10 minutes of arrival and a high-sensitivity "
            "troponin (repeat at 1-3 h)",
            f"epigastric pain, an anginal equivalent: ACS in the differential ({src})",
            # the troponin is what excludes the ACS: an ECG ordered by another
            # pathway (the older adult's abdominal panel) does not stand in for it
            r"(?:hs-?)?tropon\w*",
        ),
    ]
    if asserted(_DIAPHORESIS, texts):
        out.append(
            _req(
                "diagnostic",
                "serial high-sensitivity troponin (0 h and 1-3 h) before any discharge",
                f"epigastric pain with diaphoresis: an anginal equivalent, NSTE-ACS "
                f"open until the serial troponins exclude it ({src}; Swap CJ, "
                f"Nagurney JT. JAMA 2005;294:2623: diaphoresis LR about 2)",
                r"serial (?:hs-?)?tropon\w*|repeat (?:hs-?)?tropon\w*|"
                r"(?:hs-?)?tropon\w* (?:\w+ ){0,3}(?:1-3 ?h|0 ?/ ?[123] ?h)",
            )
        )
        # lead32: with an ischaemic quality as well, the pain is a suspected ACS, and
        # aspirin is given while it is ruled out; the order gate withholds it for an
        # allergy, a bleed or an open dissection (order_safety)
        if asserted(_ISCHAEMIC_QUALITY, texts):
            out.append(
                _req(
                    "medication",
                    "aspirin 162-325 mg chewed (not enteric-coated) now, unless "
                    "allergic or bleeding",
                    f"suspected ACS: epigastric anginal equivalent with diaphoresis "
                    f"and an ischaemic quality (Amsterdam EA et al. AHA/ACC 2014 "
                    f"NSTE-ACS 4.3.1.1, class I: aspirin to every patient with "
                    f"suspected ACS without contraindication; {src})",
                    r"aspirin|\basa\b|acetylsalicyl",
                )
            )
    return out


_EQUIVALENT_SITE: Final = (
    r"(?:the |his |her |both )?(?:left |right )?(?:jaw|arms?|shoulders?|neck|throat)"
)
_EQUIVALENT_ACHE: Final = (
    r"(?:ache|aching|pain|discomfort|heaviness|tightness|pressure|squeezing)"
)
_EXERTION: Final = (
    r"(?:(?:when|while|on|with|after|during) (?:\w+ ){0,2}?(?:walking|climbing|"
    r"exertion|exercis\w*|effort|stairs|running|exert\w*|hills?|uphill|gardening)|"
    r"(?:walking|going|climbing) (?:up ?hill|up (?:the )?(?:stairs|a hill))|"
    r"(?:settl\w*|eas\w*|relieved|goes|went|resolv\w*) (?:\w+ ){0,2}?(?:with|by|on) "
    r"rest(?:ing)?)"
)
_ARM_JAW_EXERTIONAL: Final = _rx(
    rf"(?:{_EQUIVALENT_ACHE} (?:\w+ ){{0,2}}?in (?:both sides of |each side of |"
    rf"the (?:left |right )?side of )?{_EQUIVALENT_SITE}(?: and "
    rf"{_EQUIVALENT_SITE})?|(?:jaw|arm|shoulder|neck|throat)s? {_EQUIVALENT_ACHE}|"
    # cardio49: "an aching jaw on walking uphill", "a heavy left arm when climbing"
    rf"(?:aching|achy|heavy|tight) (?:left |right )?(?:jaw|arm|shoulder|neck|throat)s?)"
    rf"\W+(?:\w+\W+){{0,6}}?{_EXERTION}|"
    rf"exertional (?:jaw|arm|shoulder|neck|throat) {_EQUIVALENT_ACHE}"
)
"""An ache, pain or discomfort of the jaw, arm, shoulder, neck or throat brought on by
exertion and relieved by rest: an anginal equivalent (Gulati M et al. AHA/ACC 2021
chest pain guideline 2.1.1: 'chest pain' includes pressure, tightness or discomfort in
the jaw, shoulders, arms or back; women, older adults and people with diabetes present
so more often; Knuuti J et al. ESC 2019 chronic coronary syndromes 3.1.1: typical
angina in the neck, jaw, shoulder or arm, provoked by exertion, relieved by rest)."""
_EQUIVALENT_AT_REST: Final = _rx(
    r"at rest|woke (?:him|her|them) (?:\w+ ){0,2}?(?:from|at night|in the night)|"
    r"while (?:resting|sitting|watching)"
)
_EQUIVALENT_NOT_CARDIAC: Final = _rx(
    r"reproduc\w* (?:\w+ ){0,2}(?:on|by|with) (?:palpation|pressure|movement|"
    r"(?:active|passive|resisted) \w+)|worse (?:on|with) (?:movement|moving|"
    r"chewing|turning|lifting)|(?:on|with|when) chewing|after (?:lifting|a fall|"
    r"falling|an? injury)|(?:fall|fell|punched|kicked|hit|struck|assault\w*|"
    r"injur\w*|trauma|sprain\w*|fractur\w*|dislocat\w*)\b|tooth|dental|"
    r"toothache|sore throat|tonsil\w*"
)
"""Features of a musculoskeletal, dental, throat or traumatic cause of the ache (Swap
CJ, Nagurney JT. JAMA 2005;294:2623: reproducible or positional pain LR 0.2-0.3; jaw
pain on chewing is claudication of the masseter, a giant-cell arteritis feature, BSR
2020)."""


def arm_jaw_anginal_equivalent(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Exertional jaw, arm, neck or shoulder ache in an adult at risk: suspected ACS.

    Ischaemic discomfort may be felt only in the jaw, arm, shoulder or neck, brought
    on by exertion and relieved by rest (Gulati M et al. AHA/ACC 2021 chest pain
    guideline 2.1.1; Knuuti J et al. ESC 2019 chronic coronary syndromes 3.1.1);
    such an ache that is new, worsening or now comes at rest is unstable angina until
    shown otherwise (Byrne RA et al. ESC 2023 ACS 3.1: rest, new-onset or crescendo
    angina). From 30 with a coronary risk factor and from 50 at any risk (the ages of
    ``epigastric_anginal_equivalent``): a 12-lead ECG within 10 minutes and serial
    high-sensitivity troponins (ESC 0/1 h or 0/2 h); aspirin while it is worked up
    (Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1, class I), withheld by the
    order gate for an allergy, a bleed or an open dissection. Not for a chest pain
    (the chest-pain pathways read it), nor for an ache reproduced by movement or
    palpation, on chewing, after an injury, or of a tooth or a sore throat
    (cardio48: a 58-year-old's exertional jaw and left arm ache, then 40 minutes at
    rest with sweating, was a limb pain sent home with an NSAID).
    """
    if pop.age_within(years(ANGINAL_EQUIVALENT_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    if not present_now(_ARM_JAW_EXERTIONAL, texts):
        return []
    cc = view.chief_complaint or ""
    if _CHEST_PAIN.search(cc) or asserted(_CHEST_PAIN, texts):
        return []
    older = pop.age_within(years(ANGINAL_EQUIVALENT_ANY_RISK_AGE), None) is True
    if not older and not asserted(_CV_RISK, texts):
        return []
    if asserted(_EQUIVALENT_NOT_CARDIAC, texts) or asserted(_ACS_EXCLUDED, texts):
        return []
    if serial_troponins_normal(texts):
        return []
    src = (
        "Gulati M et al. AHA/ACC 2021 chest pain guideline 2.1.1; Byrne RA et al. "
        "ESC 2023 ACS 3.1"
    )
    at_rest = asserted(_EQUIVALENT_AT_REST, texts)
    return [
        _req(
            "diagnostic",
            "12-lead ECG within 10 minutes of arrival and serial high-sensitivity "
            "troponin (0 h and 1-3 h) before any discharge",
            f"exertional jaw or arm ache, an anginal equivalent"
            f"{', now at rest' if at_rest else ''}: suspected ACS ({src})",
            r"serial (?:hs-?)?tropon\w*|repeat (?:hs-?)?tropon\w*|"
            r"(?:hs-?)?tropon\w* (?:\w+ ){0,3}(?:1-3 ?h|0 ?/ ?[123] ?h)",
        ),
        _req(
            "medication",
            "aspirin 162-325 mg chewed (not enteric-coated) now, unless allergic or "
            "bleeding",
            f"suspected ACS: an anginal equivalent (Amsterdam EA et al. AHA/ACC 2014 "
            f"NSTE-ACS 4.3.1.1, class I: aspirin to every patient with suspected ACS "
            f"without contraindication; {src})",
            r"aspirin|\basa\b|acetylsalicyl",
        ),
    ]


_CHEST_PAIN: Final = _rx(
    r"chest (?:pain|discomfort|pressure|tightness|heaviness|ache)|"
    r"(?:pain|discomfort|pressure|tightness|heaviness) (?:\w+ ){0,2}in (?:the|his|her) "
    r"chest|(?-i:CP)\b"
)
"""A chest pain in words, or the notes' "CP" (readers48: "c/o SOB and CP" had no
ECG)."""
_CARDIAC_SITE: Final = _rx(
    r"(?:central|anterior|\bant\.?|substernal|retrosternal|mid-?sternal|left[- ]sided|"
    r"left) (?:\w+ )?chest|chest (?:pain|discomfort|pressure|tightness|heaviness) "
    r"(?:\w+ ){0,3}?(?:centrally|behind the (?:breast ?bone|sternum))"
)
"""A site consistent with myocardial ischaemia (Gulati M et al. AHA/ACC 2021 chest
pain guideline 2.1: central, substernal or left-sided discomfort; 'anterior chest pain'
is the location it names as possibly cardiac)."""
_ACS_SUSPECTED_WORDS: Final = _rx(
    r"(?:possible|suspected|probable|likely|query|\?) ?(?:an? )?(?:acs|acute coronary "
    r"syndrome|nstemi|unstable angina|cardiac chest pain|myocardial ischa?emia)"
)
_NONCARDIAC_PAIN: Final = _rx(
    r"reproduc\w* (?:\w+ ){0,2}(?:on|by|with) (?:palpation|pressure|movement)|"
    r"(?:tender|tenderness) (?:\w+ ){0,2}(?:chest wall|on palpation|costochondral|"
    r"sternum)|chest wall (?:pain|tenderness|injury|strain)|pleuritic|"
    r"worse (?:on|with) (?:breathing|inspiration|deep breath\w*|movement|"
    r"coughing|lying (?:flat|down))|(?:relieved|better) (?:by|on|with) sitting "
    r"forward|positional|after (?:lifting|a fall|falling|an? injury)|"
    r"(?:fall|fell|punched|kicked|hit|struck|assault\w*|injur\w*|trauma|mvc|rta|"
    r"collision|crash)\b"
)
"""Features that make an ischaemic cause unlikely (Swap CJ, Nagurney JT. JAMA
2005;294:2623: pleuritic LR 0.2, positional 0.3, reproducible by palpation 0.2-0.3;
AHA/ACC 2021 2.1: 'noncardiac'), or a traumatic pain."""
ZOSTER_RASH: Final = _rx(
    r"shingles(?! vacc\w*)|(?:herpes )?zoster(?! vacc\w*)|"
    r"dermatomal (?:rash|vesic\w*|blisters?|eruption)|grouped (?:vesic\w*|blisters)|"
    r"(?:band|cluster|crop) of (?:grouped |clustered )?(?:vesic\w*|blisters)|"
    r"(?:vesic\w*|blisters) in (?:a|one|the \w+) dermatome"
)
"""A dermatomal vesicular rash (herpes zoster) at the pain (cardio43): the pain is
zoster's acute neuritis, its prodrome or rash in one dermatome (NICE CKS shingles
2023; Cohen JI. NEJM 2013;369:255); an antiviral treats it, and aspirin for a
suspected ACS is not given on the chest pain alone (ECG changes or a raised troponin
bring the ACS entries' own orders)."""
_ACS_EXCLUDED: Final = _rx(
    r"(?:acs|acute coronary syndrome|myocardial infarction|\bmi\b|nstemi)\W+"
    r"(?:\w+\W+){0,2}?(?:excluded|ruled out)|"
    r"troponins? (?:\w+ ){0,2}(?:negative|normal|undetectable) (?:\w+ ){0,3}?"
    r"(?:at )?(?:0 and|twice|x ?2|on two|serial|repeat)|"
    r"(?:serial|repeat|two|2) (?:hs-?)?troponins? (?:\w+ ){0,2}(?:negative|normal)"
)
"""An ACS excluded by the serial troponins (Byrne RA et al. ESC 2023 ACS 3.1)."""


_TROPONIN_UP: Final = frozenset(
    {"troponin_elevated", "troponin_borderline", "troponin_dynamic"}
)


def serial_troponins_normal(texts: Sequence[str]) -> bool:
    """Serial troponins read normal by the typed reader, none raised or changing.

    Two normal values ("hs-TnT 6 then 7 ng/L") or a serial troponin stated normal
    ("troponins at 0 and 3 hours normal"): the ESC 0/1 h, 0/2 h and 0/3 h algorithms'
    rule-out (Collet JP et al. ESC 2020 NSTE-ACS; Byrne RA et al. ESC 2023 ACS 3.1),
    so the ACS is no longer suspected (``_ACS_EXCLUDED`` reads the same in fixed
    words).
    """
    found = {f.concept for t in texts for f in per_text(result_findings, t)}
    return {"troponin_normal", "troponin_repeated"} <= found and not (
        found & _TROPONIN_UP
    )


OLDER_CHEST_PAIN_AGE: Final = 75
"""Gulati M et al. AHA/ACC 2021 chest pain guideline 2.1.3 (older patients, 75 and
over): ACS is considered in every acute chest pain, its presentation often atypical."""
RATE_RELATED_HR: Final = 110.0
"""A tachyarrhythmia's rate from which its chest pain may be rate-related (Joglar JA et
al. 2023 ACC/AHA/ACCP/HRS AF 7.1: a rate above 110/min is uncontrolled; re-entrant SVT
and VT run faster: ESC 2019 SVT, Zeppenfeld K et al. ESC 2022 VA)."""
_ACS_NAMED_NOW: Final = _rx(
    r"\bn?stemi\b|\bacs\b|acute coronary syndrome|myocardial infarct\w*|"
    r"unstable angina|type 1 (?:mi|myocardial)"
)


def rate_related_pain(view: StageView, texts: Sequence[str]) -> bool:
    """Chest pain during a tachyarrhythmia with no sign of an ACS beyond the rate.

    Chest discomfort is common in SVT, fast AF and VT, and a small troponin rise or
    ST depression during the tachycardia does not predict coronary disease: the
    rhythm is treated first (Brugada J et al. ESC 2019 SVT; Zeppenfeld K et al. ESC
    2022 VA; Collet JP et al. ESC 2020 NSTE-ACS 5.1.4: type 2 injury in
    tachyarrhythmia). Aspirin for a suspected ACS waits until the ACS remains a
    working diagnosis with the rhythm treated: ST elevation, or an ACS named by the
    clinician (the ACS protocol then brings it).
    """
    hr = view.vitals.heart_rate
    if hr is None or hr <= RATE_RELATED_HR or not asserted(_ARRHYTHMIA, texts):
        return False
    if asserted(_SINUS, texts):
        return False
    return not (
        present_now(_ST_ELEVATION, texts)
        or present_now(_ACS_NAMED_NOW, texts)
        or asserted(_ACS_SUSPECTED_WORDS, texts)
    )


def _chest_pain_texts(
    view: StageView, pop: Population, min_age: int
) -> tuple[str, ...] | None:
    """The visible texts of a chest pain at ``min_age`` or older, else None (cardio43).

    A chest pain in the chief complaint or asserted in the text, in a patient known to
    be ``min_age`` years or older: the entry of the chest-pain pathways (suspected
    ACS, very-high-risk NSTE-ACS, the 10-minute ECG).
    """
    if pop.age_within(years(min_age), None) is not True:
        return None
    texts = visible_texts(view)
    cc = view.chief_complaint or ""
    if not (_CHEST_PAIN.search(cc) or asserted(_CHEST_PAIN, texts)):
        return None
    return texts


def suspected_acs_chest_pain(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Aspirin for a suspected ACS while it is worked up (AHA/ACC 2021; ESC 2023).

    Non-enteric-coated aspirin 162-325 mg chewed is given to every patient with a
    suspected ACS unless contraindicated (Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS
    4.3.1.1, class I; Byrne RA et al. ESC 2023 ACS 5.1; AHA 2020 ACLS ACS: aspirin
    before the diagnosis is confirmed). A suspected ACS here is an acute chest pain
    in an adult at coronary risk (from 30 with a risk factor, from 50 at any risk,
    the ages of ``epigastric_anginal_equivalent``) with a site or quality consistent
    with ischaemia (central, anterior, substernal or left-sided; pressure, radiation
    to the arm or jaw; sweating), any acute chest pain from 75 (Gulati 2021 2.1.3),
    or an ACS named as suspected, and no feature that
    makes ischaemia unlikely (pleuritic, positional, reproducible, traumatic: Swap
    CJ, Nagurney JT. JAMA 2005). Not once serial troponins exclude it. The order gate
    withholds it for an allergy, active bleeding or an open aortic dissection
    (``agents.order_safety``); another diagnosis ruled in closes it
    (``agents.explained_workup``). Not for the rate-related pain of a
    tachyarrhythmia (``rate_related_pain``).
    """
    texts = _chest_pain_texts(view, pop, ANGINAL_EQUIVALENT_AGE)
    if texts is None:
        return []
    older = pop.age_within(years(ANGINAL_EQUIVALENT_ANY_RISK_AGE), None) is True
    if not older and not asserted(_CV_RISK, texts):
        return []
    suspected = asserted(_ACS_SUSPECTED_WORDS, texts)
    compatible = (
        asserted(_CARDIAC_SITE, texts)
        or asserted(_ISCHAEMIC_QUALITY, texts)
        or asserted(_DIAPHORESIS, texts)
        # Gulati 2021 2.1.3: from 75 an acute chest pain is an ACS until shown not
        or pop.age_within(years(OLDER_CHEST_PAIN_AGE), None) is True
    )
    if not (suspected or compatible):
        return []
    if asserted(_NONCARDIAC_PAIN, texts) or asserted(_ACS_EXCLUDED, texts):
        return []
    if not suspected and asserted(ZOSTER_RASH, texts):
        return []
    if serial_troponins_normal(texts) or rate_related_pain(view, texts):
        return []
    return [
        _req(
            "medication",
            "aspirin 162-325 mg chewed (not enteric-coated) now, unless allergic or "
            "bleeding",
            "suspected ACS: acute chest pain with a site or quality consistent with "
            "ischaemia in an adult at coronary risk (Amsterdam EA et al. AHA/ACC 2014 "
            "NSTE-ACS 4.3.1.1, class I: aspirin to every patient with suspected ACS "
            "without contraindication; Gulati M et al. AHA/ACC 2021 chest pain; "
            "Byrne RA et al. ESC 2023 ACS)",
            r"aspirin|\basa\b|acetylsalicyl",
        )
    ]


_REFRACTORY_PAIN: Final = _rx(
    r"(?:ongoing|persistent|persisting|continuing|continuous|recurrent|refractory) "
    r"(?:\w+ ){0,2}?pain\W+(?:\w+\W+){0,3}?despite|despite (?:\w+ ){0,2}?(?:s/?l )?"
    r"(?:gtn|nitrates?|nitroglycerin|glyceryl trinitrate)|refractory (?:chest )?pain|"
    r"pain (?:continues|persists|is ongoing)"
)
"""Chest pain that goes on despite nitrates (or is named refractory or ongoing)."""
_LIFE_THREATENING_RHYTHM: Final = _rx(
    r"ventricular fibrillation|\bvf\b|sustained (?:vt|ventricular tachy\w*)|"
    r"cardiac arrest"
)
_ACUTE_LV_FAILURE: Final = _rx(r"pulmonary o?edema|cardiogenic shock")


def very_high_risk_nste_acs(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A very-high-risk NSTE-ACS: an immediate invasive strategy (cardio42).

    Byrne RA et al. ESC 2023 ACS 5.3 (table 7), class I: an NSTE-ACS with
    haemodynamic instability, recurrent or refractory chest pain despite medical
    treatment, a life-threatening arrhythmia or acute heart failure goes to coronary
    angiography within 2 h, as a STEMI does. Read here as an adult's chest pain with
    ischaemic ECG changes or a raised troponin and no ST elevation (the STEMI
    pathway's),
    with a systolic under 90, pain going on despite nitrates, VF or sustained VT, or
    pulmonary oedema; not the rate-related pain of a tachyarrhythmia, nor beside a
    fever, thyrotoxicosis or a bleed (a type 2 injury: Thygesen K et al. Fourth
    Universal Definition of MI 2018).
    """
    texts = _chest_pain_texts(view, pop, CHEST_PAIN_ECG_AGE)
    if texts is None:
        return []
    if present_now(_ST_ELEVATION, texts) or asserted(_NONCARDIAC_PAIN, texts):
        return []
    found = {f.concept for t in texts for f in per_text(result_findings, t)}
    if not (asserted(_ISCHAEMIC_ECG, texts) or found & _TROPONIN_UP):
        return []
    if rate_related_pain(view, texts) or serial_troponins_normal(texts):
        return []
    if _systemic_driver(view, texts) or blood_loss_now(texts):
        return []  # a fever's or a bleed's supply-demand injury: its cause first
    sbp = view.vitals.systolic_bp
    unstable = sbp is not None and sbp < hypotension_sbp(pop)
    why = (
        f"SBP {sbp:g}"
        if unstable and sbp is not None
        else "refractory pain"
        if asserted(_REFRACTORY_PAIN, texts)
        else "a life-threatening arrhythmia"
        if asserted(_LIFE_THREATENING_RHYTHM, texts)
        else "acute heart failure"
        if asserted(_ACUTE_LV_FAILURE, texts)
        else None
    )
    if why is None:
        return []
    return [
        _req(
            "consult",
            "interventional cardiology emergently: immediate invasive strategy "
            "(coronary angiography within 2 h) for a very-high-risk NSTE-ACS",
            f"NSTE-ACS with {why} (Byrne RA et al. ESC 2023 ACS 5.3, class I: "
            "immediate invasive strategy)",
            r"immediate invasive|within 2 h|cath lab|"
            r"emergent\w* (?:coronary )?angiogra",
        )
    ]


CHEST_PAIN_ECG_AGE: Final = 18
"""Gulati M et al. AHA/ACC 2021 chest pain guideline: a guideline for adults."""
_CHEST_INJURY: Final = _rx(
    r"after (?:a fall|falling|an? injury)|(?:fall|fell|punched|kicked|struck|"
    r"assault\w*|injur\w*|trauma|mvc|rta|collision)\b"
)
"""A chest pain that an injury explains (its imaging and the blunt cardiac injury
screen are the trauma pathways')."""


def acute_chest_pain_ecg(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Every adult's acute chest pain: a 12-lead ECG within 10 minutes of arrival.

    Gulati M et al. AHA/ACC 2021 chest pain guideline 2.1.1 (class 1): in acute chest
    pain an ECG is acquired and read for STEMI within 10 minutes of arrival, whatever
    the pain's character: a pleuritic or 'stabbing' pain is also the pain of
    pericarditis and PE, whose ECG the work-up reads (Byrne RA et al. ESC 2023 ACS
    3.1). It screens; it names no diagnosis. Not for a chest pain an injury explains
    (the trauma pathways'); an ECG already documented is read, not repeated
    (``order_already_resulted``).
    """
    texts = _chest_pain_texts(view, pop, CHEST_PAIN_ECG_AGE)
    if texts is None:
        return []
    cc = view.chief_complaint or ""
    if _CHEST_INJURY.search(cc) or asserted(_CHEST_INJURY, texts):
        return []
    return [
        _req(
            "diagnostic",
            "12-lead ECG within 10 minutes of arrival",
            "acute chest pain: an ECG read for STEMI within 10 minutes, whatever the "
            "pain's character (Gulati M et al. AHA/ACC 2021 chest pain guideline "
            "2.1.1, class 1; Byrne RA et al. ESC 2023 ACS 3.1)",
            r"\becg\b|electrocardiogram|12-lead",
        )
    ]


_FLUOROPYRIMIDINE: Final = _rx(
    r"capecitabine|xeloda|(?:5-?)?fluorouracil|5-?fu\b|folfox\w*|folfiri\w*|"
    r"capox|xelox|tegafur"
)
"""A fluoropyrimidine (5-fluorouracil, capecitabine, tegafur, their regimens) named."""


def fluoropyrimidine_chest_pain(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """Chest pain on a fluoropyrimidine: the drug held, oncology told, spasm treated.

    cardio53: a woman on capecitabine for bowel cancer with episodes of chest
    tightness at rest was worked up as an NSTEMI with the capecitabine continued.
    Fluoropyrimidines cause coronary vasospasm (chest pain in up to 10 %, most in the
    first cycle): the drug is stopped while the ECG in pain and serial troponins are
    done, a nitrate or calcium-channel blocker treats the spasm, and the oncologist
    and cardio-oncology decide any rechallenge (Lyon AR et al. ESC 2022
    cardio-oncology 6.4 (Table 22), class I; Padegimas A et al. JACC CardioOncol
    2020). Adults with acute chest pain, not one an injury explains.
    """
    texts = _chest_pain_texts(view, pop, CHEST_PAIN_ECG_AGE)
    if texts is None or not asserted(_FLUOROPYRIMIDINE, texts):
        return []
    src = "Lyon AR et al. ESC 2022 cardio-oncology 6.4 (Table 22)"
    return [
        _req(
            "consult",
            "oncology and cardio-oncology today: the fluoropyrimidine (capecitabine or "
            "5-FU) held until reviewed; sublingual nitrate or a calcium-channel "
            "blocker for vasospasm; no rechallenge without cardio-oncology",
            f"chest pain on a fluoropyrimidine: coronary vasospasm until shown "
            f"otherwise ({src}, class I)",
            r"capecitabine|fluoropyrimidine|5-?fu\b|oncolog",
        )
    ]


_AF_RVR: Final = _rx(
    r"(?:atrial fibrillation|\baf\b|a-?fib\w*|atrial flutter)\W+(?:\w+\W+){0,3}?"
    r"(?:rapid|fast) ventricular (?:response|rate)|"
    r"(?:rapid|fast) ventricular (?:response|rate)\W+(?:\w+\W+){0,2}?"
    r"(?:atrial fibrillation|\baf\b|a-?fib\w*|atrial flutter)|"
    r"(?:af|a-?fib|atrial fibrillation|flutter) (?:with |w/ ?)?rvr\b|"
    r"fast (?:af|atrial fibrillation)\b|rapid (?:af|atrial fibrillation)\b"
)
"""Atrial fibrillation or flutter with a rapid ventricular response, as an ECG reads."""
AF_RHYTHM: Final = _rx(r"atrial fibrillation|a-?fib\w*|atrial flutter|\baf\b")
"""Atrial fibrillation or flutter named, at any rate."""
AF_RVR_HR: Final = 110.0
"""Joglar 2023 AHA/ACC/HRS AF 7.1: a resting rate above 110/min is not controlled."""
_LOW_EF: Final = _rx(LOW_EJECTION_FRACTION_WORDS)
CONGESTION: Final = _rx(
    r"(?:raised|elevated|distended) (?:jvp|jugular venous pressure|neck veins|jugular "
    r"veins)|jvp (?:is )?(?:raised|elevated|up|high)|jvd\b|jugular venous disten\w*|"
    r"orthopno\w*|paroxysmal nocturnal dyspno\w*|pulmonary (?:venous )?congestion|"
    r"(?:bibasal|bibasilar|bilateral(?: basal)?) (?:crackles|crepitations|creps|rales)|"
    r"kerley b\w*"
)
"""Signs of a congestive (decompensated) heart failure, its ejection fraction unknown:
no non-dihydropyridine calcium-channel blocker (January CT et al. AHA/ACC/HRS 2014 AF
7.1, class III harm in decompensated HF; Joglar 2023 AF 7.1; McDonagh TA et al. ESC 2021
HF 11: digoxin, amiodarone or a cautious beta-blocker for AF in acute HF)."""
KNOWN_HEART_FAILURE: Final = _rx(
    r"heart failure|\bchf\b|\bccf\b|\bhfref\b|cardiac failure|"
    r"(?:dilated|ischa?emic) cardiomyopathy"
)
"""Heart failure named (a history of it, or the working diagnosis)."""
PRESERVED_EF: Final = _rx(
    r"hfpef\b|preserved (?:ejection fraction|ef\b|lvef|lv (?:systolic )?function)|"
    r"normal (?:lv|left ventricular) (?:systolic )?function|"
    r"(?:lv)?ef\W{0,3}(?:of |was |is |= ?)?(?:4[1-9]|[5-9]\d) ?%|"
    r"ejection fraction (?:of |was |is |= ?)?(?:4[1-9]|[5-9]\d) ?%"
)
"""A left-ventricular ejection fraction documented above 40 % (ASE/EACVI 2015)."""


def heart_failure_not_preserved(texts: Sequence[str]) -> bool:
    """Heart failure named with no ejection fraction above 40 % documented.

    Joglar JA et al. 2023 ACC/AHA/ACCP/HRS AF 7.1 (class 3 harm) and McDonagh TA et
    al. ESC 2021 HF 11: no non-dihydropyridine calcium-channel blocker with an LVEF
    of 40 % or less; with a known heart failure of unknown EF the rate is slowed with
    a beta-blocker or digoxin until an echo shows the EF preserved (about half of
    heart failure is HFrEF: ESC 2021 HF 3).
    """
    return asserted(KNOWN_HEART_FAILURE, texts) and not asserted(PRESERVED_EF, texts)


def negative_inotrope_harmful(texts: Sequence[str]) -> bool:
    """Whether a non-dihydropyridine calcium-channel blocker would depress the heart.

    An LVEF of 40 % or less, signs of congestion with the EF unknown
    (:data:`CONGESTION`), or a named heart failure without a preserved EF
    (``heart_failure_not_preserved``): class 3 harm (Joglar JA et al. 2023
    ACC/AHA/ACCP/HRS AF 7.1). Read by the AF pathway and the order gate.
    """
    return (
        asserted(_LOW_EF, texts)
        or asserted(CONGESTION, texts)
        or heart_failure_not_preserved(texts)
    )


BRONCHOSPASM: Final = _rx(r"wheez\w*|bronchospasm|asthma\w*|\bcopd\b")
"""Bronchospasm now or an obstructive airway disease (a beta-blocker's caution)."""


def af_rapid_response(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Stable AF with a rapid ventricular response: rate control, chosen by the EF.

    Van Gelder IC et al. ESC 2024 AF (Eur Heart J 2024;45:3314) and Joglar JA et al.
    2023 ACC/AHA/ACCP/HRS AF: a beta-blocker, diltiazem or verapamil with an LVEF above
    40 %; with an LVEF of 40 % or less, or signs of congestion with the EF unknown
    (:data:`CONGESTION`), a beta-blocker and/or digoxin (diltiazem and verapamil are
    harm there), amiodarone when these fail or the patient is unstable;
    in active bronchospasm a beta-blocker is avoided, so digoxin with a low EF and
    diltiazem otherwise (January CT et al. AHA/ACC/HRS 2014 AF 7.9: a
    non-dihydropyridine calcium-channel blocker for AF with obstructive pulmonary
    disease; the order gate withholds a beta-blocker offered beside it). AF not known
    to be under 48 h gets its anticoagulation plan before any cardioversion
    (``_cardioversion_anticoagulation``). Unstable AF is
    cardioverted (``unstable_tachyarrhythmia``); a fever or thyrotoxicosis driving the
    rate is treated first, and so is blood loss with a shock index of 1 or more: the
    tachycardia compensates the haemorrhage, and a rate-slowing drug takes the
    compensation away (ESC 2024 AF: treat the precipitant; ATLS 10th ed.), and so is
    a lactate of 4 mmol/L or more (``_hypoperfused``: an ischaemic bowel's or a
    sepsis' hypoperfusion; SSC 2021).
    Pre-excited AF is left to the order gate (no AV-nodal blocker).
    """
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    hr = view.vitals.heart_rate
    fast = asserted(_AF_RVR, texts) or (
        hr is not None and hr > AF_RVR_HR and asserted(AF_RHYTHM, texts)
    )
    if not fast or _systemic_driver(view, texts):
        return []  # fever or thyrotoxicosis: the cause first
    if asserted(_UNSTABLE_PERFUSION, texts):
        return []  # unstable: cardioversion (``unstable_tachyarrhythmia``)
    congested = asserted(_UNSTABLE, texts)  # heart failure or pulmonary oedema
    if congested and (hr is None or hr >= TACHY_UNSTABLE_HR):
        return []  # ACLS 2020: at >= 150 the rate is the cause: cardioversion
    sbp = view.vitals.systolic_bp
    if sbp is not None and sbp < AF_RATE_DRUG_MIN_SBP:
        return []  # vasc40: a low pressure: its driver first (``AF_RATE_DRUG_MIN_SBP``)
    if abnormal_shock_index(hr, sbp, pop) is not None and blood_loss_now(texts):
        return []  # classic31: bleeding with a shock index >= 1: the haemorrhage first
    if _haemoglobin_falling(texts):
        return []  # vasc40: blood lost out of sight (a retroperitoneal bleed on a DOAC)
    if _hypoperfused(texts):
        return []  # classic33: a lactate >= 4: the rate compensates, treat the cause
    src = "Van Gelder IC et al. ESC 2024 AF; Joglar JA et al. 2023 AHA/ACC/HRS AF 7.1"
    low_ef = negative_inotrope_harmful(texts)
    wheeze = asserted(BRONCHOSPASM, texts)
    if low_ef and wheeze:
        name = (
            "IV digoxin 0.25-0.5 mg (then 0.25 mg every 6 h to 1 mg in 24 h; adjust "
            "for renal function), IV amiodarone if the rate stays high"
        )
        why = "reduced LVEF with bronchospasm: digoxin"
        done = r"digoxin|amiodarone"
    elif low_ef and congested:
        # cardio44: AF at 111-149 with a named or decompensated heart failure and a kept
        # pressure was neither cardioverted (under 150, no shock) nor rate-controlled
        # (the heart failure read as ACLS instability). McDonagh TA et al. ESC 2021 HF
        # 11.1 (AF in acute HF: IV digoxin or amiodarone; a beta-blocker only with
        # caution while congested); Van Gelder IC et al. ESC 2024 AF (electrical
        # cardioversion for haemodynamic instability)
        name = (
            "IV digoxin 0.25-0.5 mg (adjust for renal function) or IV amiodarone 300 mg"
            " over 1 h, to below 110/min; a beta-blocker only with caution while "
            "congested; electrical cardioversion if the pressure falls; treat the "
            "congestion alongside"
        )
        why = (
            "heart failure with a reduced or unknown LVEF: digoxin or amiodarone, no "
            "non-dihydropyridine CCB"
        )
        src += "; McDonagh TA et al. ESC 2021 HF 11.1"
        done = r"digoxin|amiodarone|metoprolol|esmolol|bisoprolol"
    elif low_ef:
        name = (
            "IV metoprolol 2.5-5 mg over 2 min (repeat to 15 mg) or IV digoxin "
            "0.25-0.5 mg; IV amiodarone if the rate stays high"
        )
        why = (
            "reduced LVEF or congestive heart failure: a beta-blocker or digoxin, no "
            "non-dihydropyridine CCB"
        )
        done = r"metoprolol|esmolol|bisoprolol|digoxin|amiodarone"
    elif wheeze:
        name = (
            "IV diltiazem 0.25 mg/kg over 2 min (then 5-15 mg/h) for rate control to "
            "below 110/min; treat the hypoxaemia and the bronchospasm alongside"
        )
        why = (
            "bronchospasm or obstructive airway disease with no reduced LVEF: a "
            "non-dihydropyridine calcium-channel blocker, no beta-blocker"
        )
        src += "; January CT et al. AHA/ACC/HRS 2014 AF 7.9 (pulmonary disease)"
        done = r"diltiazem|verapamil|digoxin|amiodarone"
    else:
        name = (
            "IV diltiazem 0.25 mg/kg over 2 min or IV metoprolol 2.5-5 mg for rate "
            "control to below 110/min"
        )
        why = "rate control"
        done = r"diltiazem|verapamil|metoprolol|esmolol|digoxin|amiodarone|rate control"
    return [
        _req(
            "medication",
            name,
            f"atrial fibrillation with a rapid ventricular response: {why} ({src})",
            done,
        ),
        *_cardioversion_anticoagulation(texts),
    ]


AF_ONSET_HOURS: Final = 48.0
"""Joglar 2023 ACC/AHA/ACCP/HRS AF 8.3: AF of 48 h or more, or of unknown duration, is
not cardioverted without 3 weeks of anticoagulation or an imaging check for thrombus."""


def _cardioversion_anticoagulation(texts: tuple[str, ...]) -> list[AcuteRequired]:
    """AF not known to be under 48 h, not anticoagulated: anticoagulation first.

    Joglar JA et al. 2023 ACC/AHA/ACCP/HRS AF 8.3 (Van Gelder IC et al. ESC 2024 AF):
    with AF of 48 h or more or of unknown duration, 3 weeks of therapeutic
    anticoagulation or a transoesophageal echocardiogram excluding left atrial thrombus
    before electrical or pharmacological cardioversion, anticoagulation continued for 4
    weeks after, and the long-term decision by CHA2DS2-VA(Sc); an onset documented
    only under 48 h leaves the AF entry's own stroke-prevention order.
    """
    if asserted(ANY_ANTICOAGULANT, texts):
        return []
    stated = stated_hours(texts)
    if stated and max(stated) < AF_ONSET_HOURS:
        return []
    return [
        _req(
            "medication",
            "AF of 48 h or more or of unknown onset: no elective cardioversion "
            "(electrical or drug) before 3 weeks of therapeutic anticoagulation or a "
            "TOE excluding atrial thrombus; start anticoagulation (heparin or a DOAC) "
            "unless contraindicated, long-term by CHA2DS2-VA",
            "atrial fibrillation not known to be under 48 h, not anticoagulated: "
            "thromboembolism at cardioversion (Joglar JA et al. 2023 ACC/AHA/ACCP/HRS "
            "AF 8.3; Van Gelder IC et al. ESC 2024 AF)",
            r"anticoagulation by cha2ds2|no elective cardioversion",
        )
    ]


# --- left ventricular assist device (classic30) ---

_LVAD: Final = _rx(
    r"(?:left )?ventricular assist device|\b[lb]?vad\b|heartmate\w*|heartware|hvad"
)
"""A continuous-flow ventricular assist device (LVAD, HeartMate, HeartWare)."""


def lvad_patient(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Any presentation of an LVAD patient: the VAD team and a Doppler pressure.

    The device changes each step: the pulse may be impalpable and a cuff pressure
    fail, so the pressure is the Doppler opening pressure (about the mean, target
    60-80 mmHg); bleeding, pump thrombosis (haemolysis: LDH, plasma free haemoglobin),
    driveline infection, arrhythmia and low flow from hypovolaemia or right heart
    failure are read with the controller's alarms; anticoagulant reversal and
    resuscitation are decided with the implanting centre (Saeed D et al. ISHLT 2023
    mechanical circulatory support guidelines, J Heart Lung Transplant 2023;42:e1;
    Peberdy MA et al. AHA 2017 scientific statement: cardiopulmonary resuscitation
    in adults and children with mechanical circulatory support, Circulation
    2017;135:e1115).
    """
    if not asserted(_LVAD, visible_texts(view)):
        return []
    src = "ISHLT 2023 (Saeed D et al.); AHA 2017 (Peberdy MA et al.)"
    return [
        _req(
            "consult",
            "VAD team (implanting centre) now: controller alarms, pump speed, power "
            "and flow; anticoagulant reversal decided with them (pump thrombosis)",
            src,
            r"\bvad team|lvad team|assist device team|implanting cent",
        ),
        _req(
            "diagnostic",
            "Doppler blood pressure (opening pressure about the mean, target 60-80 "
            "mmHg); LDH and plasma free haemoglobin, INR, CBC, creatinine; ECG",
            f"pressure without a pulse, pump thrombosis, bleeding ({src})",
            r"doppler (?:blood )?pressure|\bldh\b",
        ),
    ]


_SEIZURE_LIKE: Final = _rx(
    r"seizur\w*|convuls\w*|tonic[- ]clonic|fitting\b|shaking (?:episode|spell|fit)|"
    r"(?:had|having|has had|witnessed|another|first) (?:a |an )?(?:\w+ )?fits?\b|"
    r"^\s*fits?\s*$"
)
"""A seizure or seizure-like event in words; a bare "fit" only as the whole complaint
("fit and well" is health, not a seizure)."""
_KNOWN_EPILEPSY: Final = _rx(
    r"(?:known|history of|hx of|h/o|diagnosed) (?:\w+ ){0,2}(?:epilep\w*|seizure "
    r"disorder)|epileptic\b|(?:known|usual|typical|breakthrough) (?:\w+ )?seizures?|"
    r"on (?:levetiracetam|keppra|valpro\w*|phenytoin|carbamazepine|lamotrigine|"
    r"lacosamide)"
)
SEIZURE_ECG_AGE: Final = 16
"""NICE CG109's population: people aged 16 and over."""


def seizure_like_event(view: StageView, pop: Population) -> list[AcuteRequired]:
    """An adult's seizure-like event: a 12-lead ECG, as for any loss of consciousness.

    Brief jerking is common in syncope (convulsive syncope), and a substantial share
    of adults first diagnosed with epilepsy have a cardiovascular cause: a 12-lead
    ECG for everyone with a transient loss of consciousness (NICE CG109 2010, updated
    2023, 1.1.2.3; 1.2.1.2: brief seizure activity can occur in an uncomplicated
    faint), and for an adult with a suspected seizure (NICE NG217 2022; Brignole M et
    al. ESC 2018 syncope). From 16; not a known epilepsy's usual seizure. It screens:
    no diagnosis is kept open (``agents.pathway_dx``).
    """
    if pop.age_within(years(SEIZURE_ECG_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_SEIZURE_LIKE, texts) or asserted(_KNOWN_EPILEPSY, texts):
        return []
    return [
        _req(
            "diagnostic",
            "12-lead ECG (QT, conduction block, pre-excitation, Brugada pattern)",
            "a seizure-like event in an adult: a convulsive syncope of cardiac cause "
            "is excluded by the ECG (NICE CG109 1.1.2.3; NICE NG217 2022; ESC 2018 "
            "syncope)",
            r"\becg\b|electrocardiogram|12-lead",
        ),
    ]


EXERTIONAL_SYNCOPE_AGE: Final = 12
"""ESC 2018 and ACC/AHA/HRS 2017 syncope: adults and adolescents (a toddler's collapse
while playing is mostly a breath-holding spell, judged by the paediatric pathways)."""
_EXERTIONAL_SYNCOPE: Final = _rx(EXERTIONAL_SYNCOPE_WORDS)


def exertional_syncope(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Syncope during exertion: echocardiography, a cardiologist and telemetry.

    cardio44: a 22-year-old who collapsed mid-sprint, a brother dead suddenly at 28
    and a normal ECG, was a vasovagal faint observed with no echo or cardiologist.
    Syncope during effort is a major high-risk feature with a structural or
    arrhythmic cause to find (hypertrophic cardiomyopathy, aortic stenosis, an
    anomalous coronary artery, an arrhythmogenic cardiomyopathy, a channelopathy):
    echocardiography, monitoring and a cardiologist (exercise testing) before any
    discharge (Brignole M et al. ESC 2018 syncope, Table 5 and 4.2.2; Shen WK et al.
    ACC/AHA/HRS 2017 syncope 4.1). It keeps the arrhythmic syncope open
    (``agents.pathway_dx``); a faint after exercise is no faint during it.
    """
    if pop.age_within(years(EXERTIONAL_SYNCOPE_AGE), None) is not True:
        return []
    if not current(_EXERTIONAL_SYNCOPE, visible_texts(view)):
        return []
    src = "Brignole M et al. ESC 2018 syncope, Table 5; Shen WK et al. ACC/AHA/HRS 2017"
    return [
        _req(
            "diagnostic",
            "echocardiogram (hypertrophic cardiomyopathy, aortic stenosis, an "
            "anomalous coronary artery)",
            f"syncope during exertion: structural heart disease to exclude ({src})",
            r"echocardiogra\w*|\becho\b",
        ),
        _req(
            "monitoring",
            "continuous cardiac telemetry",
            f"syncope during exertion: an arrhythmic cause ({src})",
            r"telemetry|cardiac monitor\w*",
        ),
        _req(
            "consult",
            "cardiology before discharge: syncope during exertion (exercise testing, "
            "ambulatory monitoring; no competitive sport until assessed)",
            f"a major high-risk syncope feature ({src})",
            r"cardiolog\w*",
        ),
    ]


_SYNCOPE_EVENT: Final = _rx(
    r"syncop\w*|(?:loss|lost|losing) (?:of )?consciousness|passed out|fainted|"
    r"blacked out|black-?out|collaps\w*|transient loss of consciousness|\btloc\b"
)
_BIFASCICULAR: Final = _rx(
    r"(?:bi|tri)fascicular (?:heart )?block|"
    r"(?:rbbb|right bundle branch block)\W+(?:\w+\W+){0,2}?(?:and|with|plus|\+)\W*"
    r"(?:a |an )?(?:left (?:anterior|posterior) (?:fascicular block|hemi-?block)|"
    r"lafb|lpfb|lahb|lphb|left axis deviation)"
)
"""A bifascicular block written out: RBBB with a left anterior or posterior fascicular
block (or hemiblock), or RBBB with left axis deviation, its ECG picture (Surawicz B et
al. AHA/ACCF/HRS 2009 ECG standardization part III); a major high-risk ECG feature of
syncope (Brignole M et al. ESC 2018 syncope, Table 5)."""


def high_risk_syncope_history(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Syncope while supine, or palpitations immediately before it: an arrhythmia.

    cardio47: a man with an old infarct who lost consciousness on the sofa just after
    his heart started racing was labelled vasovagal with no echo or cardiologist. Both
    are major high-risk features of the history (Brignole M et al. ESC 2018 syncope,
    Table 5; EGSYS: Del Rosso A et al. Heart 2008;94:1620): an arrhythmic cause is
    sought with monitoring, echocardiography and a cardiologist before any discharge
    (ESC 2018 4.1.2). It keeps the arrhythmic syncope open (``agents.pathway_dx``).
    """
    if pop.age_within(years(EXERTIONAL_SYNCOPE_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    history = current(SUPINE_SYNCOPE, texts) or current(PALPITATION_SYNCOPE, texts)
    # cardio48: a syncope with a bifascicular block on the ECG (a major high-risk ECG
    # feature, ESC 2018 Table 5) was a vasovagal faint in an Observation bed when the
    # note wrote "right bundle branch block with left anterior fascicular block"
    block = not history and (
        present_now(_SYNCOPE_EVENT, texts) and present_now(_BIFASCICULAR, texts)
    )
    if not (history or block):
        return []
    src = "Brignole M et al. ESC 2018 syncope, Table 5 and 4.1.2"
    why = (
        "syncope with a bifascicular block: intermittent complete AV block"
        if block
        else "syncope while supine or right after palpitations: an arrhythmic cause"
    )
    return [
        _req(
            "monitoring",
            "continuous cardiac telemetry",
            f"{why} ({src})",
            r"telemetry|cardiac monitor\w*",
        ),
        _req(
            "diagnostic",
            "echocardiogram (structural heart disease, LV function)",
            f"{why}: structural heart disease to exclude ({src})",
            r"echocardiogra\w*|\becho\b",
        ),
        _req(
            "consult",
            "cardiology before discharge: arrhythmic syncope suspected (prolonged ECG "
            "monitoring, electrophysiology study if structural heart disease)",
            f"a major high-risk syncope feature ({src})",
            r"cardiolog\w*",
        ),
    ]


_POLYMORPHIC: Final = _rx(r"polymorphic|torsade\w*|irregular\w*|pre-?excit\w*|wpw\b")
"""Not a regular monomorphic broad-complex tachycardia: torsades (magnesium), an
irregular pre-excited AF (no AV-nodal or amiodarone reflex) are other pathways."""
VT_MIN_HR: Final = 120.0
"""Monomorphic VT runs at 120-250/min (Al-Khatib SM et al. AHA/ACC/HRS 2017)."""


def stable_vt(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A stable regular broad-complex tachycardia: treated as VT, drug first.

    Panchal AR et al. AHA 2020 ACLS (stable wide-QRS tachycardia: an antiarrhythmic
    infusion, expert consultation, pads on; synchronised cardioversion if it becomes
    unstable); Soar J et al. ERC 2021 ALS (broad-complex regular tachycardia
    presumed VT: amiodarone 300 mg IV over 10-60 min); Al-Khatib SM et al.
    AHA/ACC/HRS 2017. The unstable patient is cardioverted
    (``unstable_tachyarrhythmia``).
    """
    if pop.age_within(years(18), None) is not True:
        return []
    hr, sbp = view.vitals.heart_rate, view.vitals.systolic_bp
    if hr is None or hr < VT_MIN_HR or (sbp is not None and sbp < HYPOTENSION_SBP):
        return []
    texts = visible_texts(view)
    if not asserted(VENTRICULAR_TACHYCARDIA, texts) or asserted(_SINUS, texts):
        return []
    if asserted(_UNSTABLE, texts) or unstable_tachyarrhythmia(view, pop):
        return []
    if asserted(_POLYMORPHIC, texts) or asserted(SVT_TERMINATED, texts):
        return []
    src = "AHA 2020 ACLS; ERC 2021 ALS; Al-Khatib SM et al. AHA/ACC/HRS 2017"
    why = f"stable regular broad-complex tachycardia at {hr:g}, treated as VT ({src})"
    return [
        _req(
            "procedure",
            "defibrillator pads on, with continuous monitoring (synchronised "
            "cardioversion under sedation if it becomes unstable or the drug fails)",
            why,
            r"defibrillat\w* pads|pads on",
        ),
        _req(
            "medication",
            "amiodarone 300 mg IV over 20-60 min (150 mg over 10 min, repeated, by "
            "AHA dosing), after potassium and magnesium are checked",
            why,
            r"amiodarone \d|procainamide|sotalol|lidocaine",
        ),
        _req("consult", "cardiology now", why, r"cardiolog|electrophysiolog"),
    ]


def recurrent_icd_shocks(view: StageView, pop: Population) -> list[AcuteRequired]:
    """More than one ICD shock: monitored, interrogated, storm treated.

    Zeppenfeld K et al. ESC 2022 ventricular arrhythmias (Eur Heart J 2022;43:3997),
    electrical storm (three or more sustained VT/VF episodes in 24 h): a monitored
    bed, reversible triggers corrected (potassium, magnesium, ischaemia), IV
    amiodarone with a beta-blocker and sedation, electrophysiology; Stiles MK et al.
    HRS/EHRA/APHRS/SOLAECE 2015 ICD programming consensus: more than one shock needs
    emergency evaluation and device interrogation (an inappropriate shock for AF or a
    lead fault is stopped with a magnet, not an antiarrhythmic). A single shock in a
    well patient is the device clinic's.
    """
    if pop.age_within(years(18), None) is not True:
        return []
    if not any_kept(repeated_icd_shocks, visible_texts(view)):
        return []
    src = (
        "Zeppenfeld K et al. ESC 2022 ventricular arrhythmias; HRS/EHRA/APHRS/"
        "SOLAECE 2015 ICD consensus"
    )
    why = f"more than one ICD shock: possible electrical storm ({src})"
    return [
        _req(
            "monitoring",
            "continuous ECG monitoring with defibrillator pads on, in a coronary "
            "care unit bed",
            why,
            r"defibrillat\w* pads|pads on|coronary care|\bccu\b",
        ),
        _req(
            "consult",
            "cardiology / electrophysiology now: interrogate the ICD (appropriate "
            "shocks for VT/VF, or inappropriate: AF, a lead fault; a magnet over the "
            "device suspends its therapies while monitored)",
            why,
            r"interrogat",
        ),
        _req(
            "diagnostic",
            "potassium, magnesium, troponin and a 12-lead ECG (storm triggers: "
            "electrolytes, ischaemia)",
            why,
            r"magnesium",
        ),
        _req(
            "medication",
            "for VT/VF on interrogation (electrical storm): IV amiodarone 300 mg "
            "with a beta-blocker (propranolol), and sedation if distressed",
            why,
            r"amiodarone \d|procainamide|lidocaine",
        ),
    ]


_TAMPONADE: Final = _rx(
    r"(?:cardiac |pericardial )?tamponade|(?:rv|right ventric\w*|right atri\w*) "
    r"(?:diastolic )?collapse"
)
"""Tamponade named, or the echocardiographic chamber collapse that shows it (Adler Y et
al. ESC 2015 pericardial 3.8)."""
_CARDIAC_SURGERY: Final = (
    r"(?:cabg|coronary (?:artery )?bypass(?: graft\w*| surgery)?|bypass surgery|"
    r"(?:aortic |mitral |tricuspid )?valve (?:replacement|repair|surgery)|"
    r"cardiac surgery|heart surgery|open[- ]heart surgery|sternotomy|\bavr\b|\bmvr\b)"
)
_WITHIN_WEEKS: Final = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) "
    r"days?|(?:[1-4]|one|two|three|four|a|a few) weeks?"
)
_RECENT_CARDIAC_SURGERY: Final = _rx(
    rf"{_CARDIAC_SURGERY}\W+(?:\w+\W+){{0,3}}?(?:{_WITHIN_WEEKS}) ago|"
    rf"(?:{_WITHIN_WEEKS}) (?:after|since|following|post)\W+(?:\w+\W+){{0,3}}?"
    rf"{_CARDIAC_SURGERY}|post-?(?:cabg|sternotomy|cardiotomy)|"
    r"postpericardiotomy|post-?operative day \d{1,2}\W+(?:\w+\W+){0,4}?"
    rf"{_CARDIAC_SURGERY}"
)
"""Cardiac surgery within the last weeks (days, or up to four weeks, ago)."""


def post_cardiotomy_tamponade(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Tamponade within weeks of cardiac surgery: the cardiac surgeons now (cardio43).

    A tamponade after cardiac surgery is usually a clotted, often loculated
    haemopericardium that a needle does not drain: surgical re-exploration (or
    drainage) by the operating team (Adler Y et al. ESC 2015 pericardial diseases,
    Eur Heart J 2015;36:2921: the post-operative pericardial effusion;
    Society of Thoracic Surgeons expert consensus on resuscitation after cardiac
    surgery, Ann Thorac Surg 2017;103:1005: emergency resternotomy within 10 days),
    with needle pericardiocentesis only peri-arrest when no surgeon is at hand.
    """
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_TAMPONADE, texts):
        return []
    if not asserted(_RECENT_CARDIAC_SURGERY, texts):
        if asserted(_RECENT_INFARCT, texts):
            return [_free_wall_rupture()]
        return []
    return [
        _req(
            "consult",
            "cardiothoracic surgery emergently: re-exploration or surgical drainage "
            "of a post-operative tamponade (needle pericardiocentesis only as a "
            "bridge if peri-arrest)",
            "tamponade within weeks of cardiac surgery: a clotted, loculated "
            "haemopericardium (Adler Y et al. ESC 2015 pericardial diseases; STS 2017 "
            "expert consensus on resuscitation after cardiac surgery)",
            r"cardiothoracic|cardiac surg\w*|re-?exploration|re-?sternotomy",
        )
    ]


def _free_wall_rupture() -> AcuteRequired:
    """A tamponade days after an infarct: a free-wall rupture, the surgeons now.

    cardio52: often subacute, contained by a clot: pericardiocentesis only as a
    bridge, the cardiac surgeons at once (Byrne RA et al. ESC 2023 ACS 10.1:
    mechanical complications, left ventricular free-wall rupture: immediate surgery;
    Damluji AA et al. AHA 2021 mechanical complications of acute MI, Circulation
    2021;144:e16). A tamponade five days after a lysed inferior STEMI was drained with
    no surgeon called.
    """
    return _req(
        "consult",
        "cardiothoracic surgery emergently: a tamponade days after an infarct is a "
        "left ventricular free-wall rupture until shown otherwise (pericardiocentesis "
        "only as a bridge to surgery); no further antithrombotic until it is excluded",
        "post-infarct tamponade: free-wall rupture (Byrne RA et al. ESC 2023 ACS 10.1; "
        "Damluji AA et al. AHA 2021 mechanical complications of acute MI)",
        r"cardiothoracic|cardiac surg\w*",
    )


_CIED: Final = (
    r"(?:pacemaker|pacing (?:box|generator|device)|\bppm\b|"
    r"(?:implantable )?cardioverter[- ]defibrillator|\bicd\b(?! ?-? ?1?0)|"
    r"crt-?[dp]\b|(?:cardiac )?resynchroni[sz]ation (?:device|therapy)|"
    r"loop recorder|\bilr\b)"
)
_POCKET: Final = (
    r"(?:pocket|generator site|box site|(?:device|pacemaker|generator|box|icd|ppm) "
    r"(?:site|wound|scar)|box|generator)"
)
_POCKET_SIGN: Final = (
    r"(?:red|redness|erythema\w*|swollen|swelling|fluctuan\w*|hot|warm|tender|"
    r"discharg\w*|pus|purulen\w*|oozing|weeping|erod\w*|erosion|exposed|"
    r"dehisc\w*|breaking through|abscess|collection|infected|infection|cellulitis)"
)
_CIED_POCKET_INFECTION: Final = _rx(
    rf"{_CIED}\W+(?:\w+\W+){{0,10}}?{_POCKET}\W+(?:\w+\W+){{0,5}}?{_POCKET_SIGN}|"
    rf"{_POCKET_SIGN}\W+(?:\w+\W+){{0,4}}?(?:over|at|around|of|from) (?:the |his |"
    rf"her )?(?:{_CIED}|(?:pacemaker |device |generator )?pocket|generator)|"
    rf"(?:{_CIED}|device) (?:pocket |site |wound )?(?:infection|abscess|erosion)|"
    rf"(?:pocket|generator) (?:infection|abscess|erosion)"
)
"""A cardiac implantable electronic device's pocket with local signs of infection
(erythema, swelling, warmth, tenderness, discharge, erosion), or its infection named
(Blomström-Lundqvist C et al. EHRA 2020 international consensus on CIED infections,
Eur Heart J 2020;41:2012: the clinical criteria of pocket infection). The device
named within a few words of its pocket's sign ("Pacemaker box changed 5 weeks ago.
Pocket red, swollen and tender with purulent discharge")."""


def cied_pocket_infection(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """An infected pacemaker or defibrillator pocket: cultures, vancomycin, device team.

    cardio48.
    EHRA 2020 CIED infection consensus (Blomström-Lundqvist C et al. Eur Heart J
    2020;41:2012; Baddour LM et al. AHA 2010 CIED infection statement): at least two
    (three) sets of blood cultures before antibiotics; empirical IV vancomycin
    (staphylococci, MRSA included); transthoracic then transoesophageal
    echocardiography for lead or valve vegetations; the device team for complete
    system extraction (antibiotics alone fail); the pocket is never aspirated (it seeds
    it). Any age: devices are implanted in children too; the doses are adult (the
    vancomycin by weight).
    """
    texts = visible_texts(view)
    if not present_now(_CIED_POCKET_INFECTION, texts):
        return []
    src = (
        "Blomström-Lundqvist C et al. EHRA 2020 CIED infection consensus, Eur Heart "
        "J 2020;41:2012; Baddour LM et al. AHA 2010"
    )
    return [
        _req(
            "diagnostic",
            "blood cultures (at least two sets, three if possible) before antibiotics",
            f"suspected cardiac device infection: bacteraemia and endocarditis are "
            f"sought first ({src})",
            r"blood cultures?",
        ),
        _req(
            "medication",
            "vancomycin 15-20 mg/kg IV after the cultures (adjusted to levels and "
            "cultures)",
            f"empirical cover of staphylococci, MRSA included, for a CIED infection "
            f"({src})",
            r"vancomycin|daptomycin",
        ),
        _req(
            "diagnostic",
            "echocardiography (transthoracic, then transoesophageal) for lead and "
            "valve vegetations",
            f"CIED infection: lead or valve endocarditis changes the extraction and "
            f"the antibiotic course ({src})",
            r"echocardio\w*|\btoe\b|\btee\b|\btte\b",
        ),
        _req(
            "consult",
            "cardiology device (pacing) team: complete system extraction; do not "
            "aspirate the pocket",
            f"a CIED infection is cured by removing the whole system; aspiration "
            f"seeds the pocket ({src})",
            r"device team|pacing team|electrophysiolog\w*|extraction",
        ),
    ]


_CIED_PRESENT: Final = _rx(_CIED)


def cied_staph_bacteraemia(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Staphylococcus aureus in the blood of a device carrier: the device team and TOE.

    infect54. A cardiac implantable electronic device with S. aureus bacteraemia is a
    CIED infection (lead or valve endocarditis) until transoesophageal echocardiography
    and the device team say otherwise, even with a quiet pocket: a third or more are
    device infections, and a device infection is cured only by extracting the whole
    system (Blomström-Lundqvist C et al. EHRA 2020 CIED infection consensus, Eur Heart J
    2020;41:2012; Delgado V et al. ESC 2023 endocarditis; Duke-ISCVID 2023). A pacemaker
    carrier whose GP cultures grew S. aureus had no device team.
    """
    if cied_pocket_infection(view, _pop):
        return []  # the pocket pathway orders the same
    facts = present_facts(view, load_knowledge())
    if not facts.has("staph_aureus_bacteremia"):
        return []
    if not asserted(_CIED_PRESENT, visible_texts(view)):
        return []
    src = "EHRA 2020 CIED infection consensus; Delgado V et al. ESC 2023 endocarditis"
    why = "S. aureus bacteraemia with a cardiac device: device infection until excluded"
    return [
        _req(
            "diagnostic",
            "transoesophageal echocardiography for lead and valve vegetations (a "
            "normal transthoracic study does not exclude them)",
            f"{why} ({src})",
            r"\btoe\b|\btee\b|trans-?o?esophageal",
        ),
        _req(
            "consult",
            "cardiology device (pacing) team: complete system extraction if the device "
            "is infected; do not aspirate the pocket",
            f"{why}: antibiotics alone fail ({src})",
            r"device team|pacing team|electrophysiolog\w*|extraction",
        ),
    ]


_NEW_SYSTOLIC_MURMUR: Final = _rx(
    r"(?:new|loud|harsh)\W+(?:\w+\W+){0,3}?(?:pan-?systolic|holo-?systolic|systolic) "
    r"murmur|(?:pan-?systolic|holo-?systolic) murmur (?:\w+ ){0,3}?(?:new|not "
    r"(?:previously )?(?:heard|documented|known))|papillary muscle rupture|"
    r"(?:ventricular )?septal rupture|post-?(?:mi|infarct\w*) (?:vsd|ventricular "
    r"septal)|acute mitral regurgitation|flail (?:mitral )?leaflet"
)
_RECENT_INFARCT: Final = _rx(
    r"(?:chest pain|heart attack|myocardial infarction|\bmi\b|stemi|nstemi|infarct)"
    r"\W+(?:\w+\W+){0,6}?(?:[1-9]|1[0-4]|one|two|three|four|five|six|seven|a few|"
    r"several) days? (?:ago|before|earlier|previously)|"
    r"(?:[1-9]|1[0-4]|one|two|three|four|five|six|seven|a few|several) days? "
    r"(?:after|since|following) (?:\w+ ){0,3}?(?:chest pain|heart attack|myocardial "
    r"infarction|\bmi\b|stemi|nstemi|infarct)|"
    r"(?:new|recent|evolving|established) q waves|q waves in|late presenting "
    r"(?:stemi|mi|infarct\w*)"
)
_CONGESTION_OR_SHOCK: Final = _rx(
    _POOR_PERFUSION + r"|pulmonary o?edema|crackles|crepitations|"
    r"(?:sudden|acute|severe) (?:\w+ ){0,2}?(?:breathless\w*|dyspn\w*|short(?:ness)? "
    r"of breath)|orthopn\w*"
)


def post_infarct_mechanical_complication(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """A new systolic murmur with heart failure days after an infarct: echo, surgeons.

    cardio48.
    Papillary muscle rupture (acute mitral regurgitation) and ventricular septal
    rupture present 2-7 days after an infarct, often a late-presenting one, with
    sudden pulmonary oedema or cardiogenic shock and a new pansystolic murmur (which
    may be soft or absent as the pressures equalise): urgent echocardiography, the
    heart team and cardiac surgery, intensive care with afterload reduction or
    mechanical support as a bridge (Byrne RA et al. ESC 2023 ACS 10.1: mechanical
    complications; Damluji AA et al. AHA 2021 scientific statement on mechanical
    complications of acute MI, Circulation 2021;144:e16). Adults.
    """
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    if not present_now(_NEW_SYSTOLIC_MURMUR, texts):
        return []
    if not (
        asserted(_RECENT_INFARCT, texts) and present_now(_CONGESTION_OR_SHOCK, texts)
    ):
        return []
    src = (
        "Byrne RA et al. ESC 2023 ACS 10.1; Damluji AA et al. AHA 2021 mechanical "
        "complications of acute MI, Circulation 2021;144:e16"
    )
    return [
        _req(
            "diagnostic",
            "bedside echocardiography now: papillary muscle rupture (acute mitral "
            "regurgitation) or ventricular septal rupture",
            f"a new systolic murmur with pulmonary oedema or shock days after an "
            f"infarct: a mechanical complication until the echo shows otherwise "
            f"({src})",
            r"echocardio\w*|\becho\b|\btte\b|\btoe\b",
        ),
        _req(
            "consult",
            "cardiology (interventional) and cardiac surgery emergently, intensive "
            "care: surgical repair; afterload reduction or mechanical circulatory "
            "support as a bridge",
            f"a mechanical complication of myocardial infarction is surgical ({src})",
            r"cardiac surg\w*|cardiothoracic",
        ),
    ]


_PACING_FAILURE: Final = _rx(
    r"(?:failure|failing|failed|loss) (?:\w+ ){0,1}?(?:to )?(?:capture|pace|sense)|"
    r"(?:loss|lost|intermittent|no) (?:of )?(?:ventricular |atrial )?capture|"
    r"non-?captur\w*|under-?sens\w*|over-?sens\w*|"
    r"pacing spikes? (?:\w+ ){0,3}?(?:not|without|never) (?:\w+ ){0,2}?"
    r"(?:followed|capture|captur\w*|qrs)|"
    r"spikes? (?:\w+ ){0,2}?not followed by (?:a )?(?:qrs|p waves?|complex\w*)|"
    r"(?:lead|electrode) (?:displace\w*|dislodg\w*|fracture\w*|migrat\w*)|"
    r"(?:displaced|dislodged|fractured) (?:pacing |pacemaker |ventricular |atrial )?"
    r"(?:lead|electrode)|twiddler|pacemaker (?:malfunction\w*|failure|problem)|"
    r"(?:battery|generator) (?:depleted|depletion|end of life|failure)|"
    r"elective replacement indicator"
)
"""A pacemaker failing to capture, pace or sense, a displaced or fractured lead, or a
depleted battery, as the ECG or the note states it (Glikson M et al. ESC 2021 pacing
9.1-9.2: lead dislodgement in 1-2 %, mostly in the first weeks; Kusumoto FM et al.
ACC/AHA/HRS 2018 bradycardia 6)."""


def pacemaker_malfunction(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A pacemaker that fails to capture or sense: interrogation, lead film, pads.

    cardio48: an 82-year-old with pacing spikes not followed by QRS complexes ten
    days after her pacemaker was worked as a new complete heart block, with no device
    check or lead film. A pacemaker's failure to capture, pace or sense is the
    device's: the pacing team interrogates and reprograms it, a chest film shows the
    lead's position (dislodgement, most often in the first weeks), and transcutaneous
    pacing pads stay on while the escape rhythm is slow (Glikson M et al. ESC 2021
    cardiac pacing 9.1-9.2; Kusumoto FM et al. ACC/AHA/HRS 2018 bradycardia). Any age.
    """
    texts = visible_texts(view)
    if not asserted(_CIED_NAMED, texts) or not (
        present_now(_PACING_FAILURE, texts) or _no_output_when_slow(view, texts)
    ):
        return []
    src = "Glikson M et al. ESC 2021 cardiac pacing 9.1-9.2; ACC/AHA/HRS 2018"
    return [
        _req(
            "consult",
            "cardiology pacing team now: device interrogation and reprogramming "
            "(pacemaker check); lead revision if dislodged",
            f"a pacemaker failing to capture or sense: the device's fault is found "
            f"on interrogation ({src})",
            r"interrogat\w*|pacing (?:team|check)|pacemaker check|"
            r"device (?:team|check)",
        ),
        _req(
            "diagnostic",
            "chest x-ray (PA and lateral) for the lead position",
            f"lead dislodgement or fracture ({src})",
            r"chest (?:x-?ray|radiograph|film)|\bcxr\b",
        ),
    ]


_CIED_NAMED: Final = _rx(_CIED)
_NO_SPIKES: Final = _rx(
    r"no (?:visible |pacemaker |pacing )*(?:pacing )?spikes?|"
    r"(?:pacing|pacemaker) spikes? (?:are |were )?(?:absent|not seen|not visible)|"
    r"absent (?:pacing|pacemaker) spikes?|without (?:any )?pacing spikes?"
)
_SLOW_RHYTHM: Final = _rx(
    r"(?:complete|third[- ]degree|high[- ]grade|2:1) (?:av |atrioventricular |heart )?"
    r"block|brady\w*|escape rhythm"
)
NO_OUTPUT_RATE: Final = 50
"""A rate below any usual programmed lower rate (ESC 2021 pacing: 50-70/min)."""


def _no_output_when_slow(view: StageView, texts: Sequence[str]) -> bool:
    """No pacing spikes in a paced patient whose rhythm is slow: failure to pace.

    cardio53 (session 51's A05): an 84-year-old paced for complete heart block, back
    in complete heart block at 38 with no pacing spikes, was worked as a new heart
    block with no device check. With a rate below the programmed lower rate, absent
    spikes are a failure of output (battery depletion, a lead fracture, oversensing),
    found on interrogation (Glikson M et al. ESC 2021 cardiac pacing 9.1-9.2); at a
    normal rate they are an intrinsic rhythm inhibiting the device.
    """
    if not present_now(_NO_SPIKES, texts):
        return False
    hr = view.vitals.heart_rate
    return (hr is not None and hr < NO_OUTPUT_RATE) or asserted(_SLOW_RHYTHM, texts)


_BP_PAIR: Final = r"(\d{2,3}) ?/ ?(\d{2,3})"
_LYING: Final = r"(?:lying|supine|recumbent|sitting)"
_STANDING: Final = r"(?:standing|on standing|stood|upright)"
_ORTHOSTATIC_PAIR: Final = _rx(
    rf"{_LYING}(?: down)?(?: bp| blood pressure)?\W{{0,3}}(?:of |was |is )?"
    rf"{_BP_PAIR}(?: ?mm ?hg)?\W+(?:\w+\W+){{0,2}}?{_STANDING}"
    rf"(?: \w+){{0,5}}?\W{{0,3}}(?:of |was |is |to )?{_BP_PAIR}"
)
"""A lying (or sitting) and a standing blood pressure written as a pair ("Lying BP
132/78, standing after 3 minutes 98/60")."""
ORTHOSTATIC_SBP_FALL: Final = 20
ORTHOSTATIC_DBP_FALL: Final = 10
ORTHOSTATIC_STANDING_SBP: Final = 90
"""ESC 2018 syncope 3.2 (Brignole M et al.; Freeman R et al. consensus 2011): a
sustained fall of systolic pressure of 20 mmHg or more, or diastolic of 10 or more,
or a standing systolic below 90 mmHg, within 3 minutes of standing."""


def measured_orthostatic_drop(texts: Sequence[str]) -> bool:
    """A lying and standing blood pressure whose fall meets the ESC 2018 criteria."""
    for text in texts:
        for m in _ORTHOSTATIC_PAIR.finditer(text):
            s1, d1, s2, d2 = (int(g) for g in m.groups())
            if not (60 <= s1 <= 260 and 60 <= s2 <= 260 and d1 < s1 and d2 < s2):
                continue
            if (
                s1 - s2 >= ORTHOSTATIC_SBP_FALL
                or d1 - d2 >= ORTHOSTATIC_DBP_FALL
                or s2 < ORTHOSTATIC_STANDING_SBP
            ):
                return True
    return False


def orthostatic_syncope(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A faint with a measured orthostatic fall in pressure: orthostatic hypotension.

    cardio48: a faint on standing from the table three days after doxazosin was
    started, lying 132/78 and standing 98/60 with the symptoms reproduced, was
    labelled vasovagal. A fall of 20 mmHg systolic or 10 diastolic, or a standing
    systolic below 90, within 3 minutes of standing, with the symptoms, is
    orthostatic hypotension, the diagnosis of the faint (Brignole M et al. ESC 2018
    syncope 3.2 and Table 6: the diagnosis is established); its cause is sought and
    treated, the drugs that lower the pressure first (ESC 2018 5.2, class IIa:
    withdraw or reduce them), with fluids and a repeat measurement before discharge.
    Adults.
    """
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    if not present_now(_SYNCOPE_OR_PRESYNCOPE, texts):
        return []
    if not measured_orthostatic_drop(texts):
        return []
    src = "Brignole M et al. ESC 2018 syncope 3.2, Table 6 and 5.2"
    # an older adult's alpha-1 blocker is named by pathways_older's own order
    named = bool(alpha_blocker_orthostasis(view, pop))
    review = (
        ""
        if named
        else "review and withhold or reduce the drugs that lower the blood pressure "
        "(alpha-1 blockers, vasodilators, diuretics, antihypertensives); "
    )
    return [
        _req(
            "medication",
            f"{review}repeat lying and standing blood pressure after fluids, before "
            "discharge",
            f"syncope with a measured orthostatic fall in pressure: orthostatic "
            f"hypotension, its cause treated ({src})",
            r"withhold (?:or reduce )?the (?:alpha|drugs?)|review every blood-?"
            r"pressure|(?:review|withhold)\w* (?:\w+ ){0,4}?antihypertensive",
        )
    ]


_SYNCOPE_OR_PRESYNCOPE: Final = _rx(
    r"syncop\w*|presyncop\w*|near[- ]syncope|(?:loss|lost|losing) (?:of )?"
    r"consciousness|passed out|fainted|faint\w*|blacked out|collaps\w*|"
    r"light-?headed\w*|light headed\w*|dizz\w*|greying (?:of )?vision|grey(?:ed|ing) "
    r"out"
)


def aortic_perfusion_deficit(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A chest, back or abdominal pain or a syncope with a pulse or pressure deficit.

    An ADD-RS of 1 from its examination category (a pulse deficit, an inter-arm
    systolic difference of 20 mmHg or more, a new aortic regurgitation murmur) is a
    suspected acute aortic syndrome of low score:
    a D-dimer (below 500 ng/mL it is ruled out; above it, CT angiography of the
    aorta) and a bedside echocardiogram (Mazzolai L et al. ESC 2024 peripheral
    arterial and aortic diseases 9.2, the AAS algorithm: ADD-RS 0-1 with D-dimer;
    Nazerian P et al. ADvISED, Circulation 2018;137:250). ADD-RS 2 or more is
    ``pathways_acute.aortic_syndrome``'s (imaging now). Cardio49: a syncope with
    chest and neck pain and 150/90 in the right arm against 96/56 in the left was
    vasovagal.
    """
    if pop.age_within(years(18), None) is not True:
        return []
    if not add_rs_perfusion_sign(view) or add_rs(view) >= AAS_HIGH_RISK:
        return []
    src = "Mazzolai L et al. ESC 2024 aortic 9.2; Nazerian P et al. ADvISED 2018"
    why = (
        f"pain or syncope with a pulse or pressure deficit (ADD-RS 1): suspected "
        f"acute aortic syndrome ({src})"
    )
    return [
        _req(
            "diagnostic",
            "D-dimer for the aortic syndrome: CT angiography of the aorta if it is "
            "500 ng/mL or more (or at once if the picture worsens); antithrombotic "
            "drugs wait for it",
            why,
            r"d-?dimer|ct angiograph\w* (?:of )?(?:the )?(?:chest|aorta|thora\w*)|"
            r"cta (?:of )?(?:the )?(?:chest|aorta)",
        ),
        _req(
            "diagnostic",
            "bedside echocardiography (pericardial effusion, aortic root, aortic "
            "regurgitation) and the blood pressure in both arms",
            why,
            r"echocardiog\w*|\becho\b|pocus",
        ),
    ]


# --- bradycardia on a rate-slowing drug taken as prescribed (cardio50) ---

RATE_DRUG_BRADYCARDIA_HR: Final = 50.0
"""Bradycardia: a rate below 50/min (Kusumoto FM et al. ACC/AHA/HRS 2018)."""
_BETA_BLOCKER: Final = _rx(
    r"beta[- ]?blockers?|bisoprolol|metoprolol|atenolol|propranolol|carvedilol|"
    r"nebivolol|nadolol|sotalol|labetalol"
)
_RATE_LIMITING_CCB: Final = _rx(r"diltiazem|verapamil")
"""The rate-limiting (non-dihydropyridine) calcium-channel blockers: a dihydropyridine
(amlodipine) quickens the pulse."""
_OVERDOSE: Final = _rx(
    r"overdos\w*|\bod\b|took (?:about |around |over )?(?:\d+|an? (?:handful|bottle|"
    r"box|packet)|all|several|many|extra|too many)|ingest\w*|suicid\w*|"
    r"self[- ](?:harm|poison\w*)"
)
"""An overdose is the poisoning pathways' (``pathways_tox``)."""
_DIGOXIN: Final = _rx(r"digoxin|lanoxin")
"""Digoxin alone is its own pathway's (antibody fragments); beside a beta-blocker or a
rate-limiting calcium-channel blocker the slow pulse is worked here too, with its level
(cardio54: triage54's F34, bisoprolol and digoxin at 44/min, was a dizziness sent
home)."""
_SLOW_SYMPTOM: Final = _rx(
    _POOR_PERFUSION + r"|confus\w*|altered mental\w*|drowsy|obtunded|"
    r"syncop\w*|presyncop\w*|faint\w*|collaps\w*|dizz\w*|light-?headed\w*|"
    r"light headed\w*|short of breath|breathless\w*"
)


def rate_slowing_drug_bradycardia(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """A symptomatic bradycardia on a beta-blocker or a rate-limiting CCB.

    A slow pulse with symptoms in a patient taking a beta-blocker, diltiazem or
    verapamil (often both, or a dose just raised, or a kidney injury with a raised
    potassium: the BRASH picture) is the drugs' until shown otherwise: they are
    stopped, the potassium and creatinine measured, and when atropine fails or the
    pressure is low, IV calcium for the calcium-channel blocker and glucagon for the
    beta-blocker, with high-dose insulin and a catecholamine infusion for persisting
    shock and pacing when the drugs fail (Kusumoto FM et al. ACC/AHA/HRS 2018
    bradycardia guideline, 5.3.2: class IIa calcium and glucagon, IIb high-dose
    insulin; Lavonas EJ et al. AHA 2023 toxicology; Glikson M et al. ESC 2021 pacing:
    reversible causes first; Farkas JD et al. J Emerg Med 2020;59:216, BRASH).
    Cardio50: an 81-year-old on bisoprolol and a diltiazem dose just raised, pulse
    34 and SBP 84, was "dizziness" with fluid boluses and atropine only. An overdose
    is the poisoning pathways', digoxin alone its own; digoxin beside them adds its
    level (cardio54).
    """
    if pop.age_within(years(18), None) is not True:
        return []
    hr = view.vitals.heart_rate
    if hr is None or not 0 < hr < RATE_DRUG_BRADYCARDIA_HR:
        return []
    texts = visible_texts(view)
    beta = asserted(_BETA_BLOCKER, texts)
    ccb = asserted(_RATE_LIMITING_CCB, texts)
    if not (beta or ccb) or asserted(_OVERDOSE, texts):
        return []
    digoxin = asserted(_DIGOXIN, texts)
    sbp = view.vitals.systolic_bp
    low = sbp is not None and 0 < sbp < HYPOTENSION_SBP
    if not (low or asserted(_SLOW_SYMPTOM, texts)):
        return []
    drugs = " and ".join(
        d
        for d, on in (
            ("the beta-blocker", beta),
            ("the rate-limiting calcium-channel blocker", ccb),
        )
        if on
    )
    src = "ACC/AHA/HRS 2018 bradycardia 5.3.2; AHA 2023 toxicology; ESC 2021 pacing"
    why = f"a symptomatic bradycardia on {drugs}: theirs until shown otherwise ({src})"
    out = [
        _req(
            "medication",
            f"stop {drugs} (and any other AV-nodal drug); review the recent dose "
            "change and interactions",
            why,
            r"stop (?:the )?(?:beta|diltiazem|verapamil|rate|av[- ]nodal)|"
            r"(?:hold|withhold) (?:the )?(?:beta|diltiazem|verapamil|rate|av[- ]nodal)",
        ),
        _req(
            "diagnostic",
            "potassium, creatinine and glucose now, and a 12-lead ECG (hyperkalaemia "
            "and kidney injury deepen the block: BRASH)",
            why,
            r"potassium|\bbmp\b|electrolytes",
        ),
    ]
    if digoxin:
        # Lavonas EJ et al. AHA 2023 toxicology; Pincus M. Br J Clin Pharmacol 2016:
        # chronic digoxin toxicity is a bradyarrhythmia with a kidney injury or a
        # raised potassium; the level decides the antibody fragments
        out.append(
            _req(
                "diagnostic",
                "serum digoxin level (6 h or more after the last dose) with the "
                "potassium: digoxin-specific antibody fragments for toxicity with a "
                "bradyarrhythmia",
                f"a slow pulse on digoxin beside {drugs} (Lavonas EJ et al. AHA 2023 "
                "toxicology; Pincus M 2016)",
                r"digoxin (?:level|concentration)",
            )
        )
    if low:
        antidote = "; ".join(
            x
            for x, on in (
                (
                    "IV calcium (calcium gluconate 10% 30 mL or calcium chloride 10% "
                    "10 mL) for the calcium-channel blocker",
                    ccb,
                ),
                (
                    "glucagon 3-5 mg IV over 2 min, then an infusion, for the "
                    "beta-blocker",
                    beta,
                ),
            )
            if on
        )
        out.append(
            _req(
                "medication",
                f"if atropine fails or the pressure stays low: {antidote}; then "
                "high-dose insulin with dextrose and an adrenaline or noradrenaline "
                "infusion, and pacing if the drugs fail",
                why,
                r"glucagon|calcium (?:gluconate|chloride)",
            )
        )
    return out


CARDIAC_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (
    aortic_perfusion_deficit,
    unstable_tachyarrhythmia,
    cardiogenic_shock,
    stable_svt,
    stable_vt,
    child_svt,
    af_rapid_response,
    st_elevation_acs,
    new_lbbb_acs,
    epigastric_anginal_equivalent,
    arm_jaw_anginal_equivalent,
    suspected_acs_chest_pain,
    very_high_risk_nste_acs,
    acute_chest_pain_ecg,
    fluoropyrimidine_chest_pain,
    seizure_like_event,
    exertional_syncope,
    high_risk_syncope_history,
    lvad_patient,
    post_cardiotomy_tamponade,
    recurrent_icd_shocks,
    cied_pocket_infection,
    cied_staph_bacteraemia,
    post_infarct_mechanical_complication,
    orthostatic_syncope,
    pacemaker_malfunction,
    rate_slowing_drug_bradycardia,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
