"""Published admission criteria by diagnosis and severity (research use only).

Each criterion applies only inside the population and presentation its rule was
validated in (``rule_scope`` and ``agents.population``) and only on documented inputs.
An additive score is counted on its documented items only, which is a lower bound of
the true score, so a lower bound at or above an admission cut-off meets the criterion
while missing inputs never do. Criteria:

- CURB-65 >= 3: severe community-acquired pneumonia, hospital (ICU assessment at 4-5);
  2: short-stay inpatient or hospital-supervised care (Lim WS et al. Thorax
  2003;58:377; BTS CAP guideline 2009, Thorax 64 Suppl 3).
- HEART >= 7: high risk, admission for early invasive management; 4-6: observation
  with serial troponins and further testing (Backus BE et al. Int J Cardiol
  2013;168:2153; ACEP clinical policy NSTE-ACS 2018).
- Glasgow-Blatchford >= 2: not eligible for outpatient management of upper GI
  bleeding (Laine L et al. ACG guideline. Am J Gastroenterol 2021;116:899; Barkun AN et
  al. International consensus. Ann Intern Med 2019;171:805: GBS 0-1 may go home).
- Diabetic ketoacidosis (ADA 2024: glucose >= 200 mg/dL or known diabetes; ketones,
  beta-hydroxybutyrate >= 3.0 mmol/L or a raised anion gap; pH < 7.30 or bicarbonate
  <= 18; euglycaemic DKA included): admission for an insulin infusion;
  severe (pH < 7.00 or bicarbonate < 10) to intensive care (Kitabchi AE et al. Diabetes
  Care 2009;32:1335; Umpierrez GE et al. Diabetes Care 2024;47:1257).
  A JBDS-IP criterion for a high-dependency bed (ketones > 6, bicarbonate < 5, pH <
  7.1, potassium < 3.5, an altered mental status, SBP < 90, SpO2 < 92) is severe too
  (Dhatariya KK et al. JBDS-IP DKA in adults, 2023 update).
- A child (to the 16th birthday) with GCS <= 12 or AVPU P/U: paediatric
  high-dependency or intensive care (Paediatric Critical Care Society standards 2021;
  PCCMDS level 2). A child of 1-11 who has taken an opioid: admission for at least
  24 h of monitoring, intensive care while breathing or consciousness is depressed
  (Sachdeva DK, Stadnyk JM. J Emerg Med 2005;29:77; Hayes BD et al. Pediatrics
  2008;121:e782).
- Suspected infection with lactate >= 4 mmol/L: hospital, intensive-care level
  (Evans L et al. Surviving Sepsis Campaign 2021. Crit Care Med 2021;49:e1063); qSOFA
  >= 2: admission at a critical-care (HDU/ICU) level of monitoring (Seymour CW et al.
  JAMA 2016;315:762; Singer M et al. Sepsis-3. JAMA 2016;315:801: qSOFA >= 2 should
  prompt a search for organ dysfunction and referral to critical care or more
  frequent monitoring; Tokyo Guidelines 2018 grade III cholangitis: organ support).
- Back pain with a neurological deficit and fever or a raised ESR: suspected spinal
  epidural abscess, admission for an emergency MRI, spinal surgery and IV
  antibiotics (Darouiche RO. N Engl J Med 2006;355:2012; Davis DP et al. J Emerg Med
  2004;26:285).
- Fever with meningeal signs (neck stiffness, Kernig, Brudzinski; in a baby a bulging
  fontanelle): suspected bacterial meningitis, admission for parenteral antibiotics
  and a lumbar puncture (NICE NG240 2024; Tunkel AR et al. IDSA 2004).
- Syncope with a Canadian Syncope Risk Score >= 4 (high and very high risk: 30-day
  serious outcome about 8-20 %; Thiruganasambandamoorthy V et al. CMAJ
  2016;188:E289), with its ECG documented: in-hospital evaluation (Shen WK et al.
  ACC/AHA/HRS syncope guideline 2017). Medium risk (1-3): a structured ED
  observation protocol, which the guideline recommends in place of admission for
  intermediate-risk syncope (class IIa, B-R; Sun BC et al. SEEDS. Ann Emerg Med
  2014;64:167): the criterion's setting is observation (``instead_of_admission``).
- Acute asthma with a life-threatening feature (PEF or FEV1 < 33 % before
  treatment, SpO2 < 92 %): admission with senior and ICU review (BTS/SIGN 158, 2019).
- Severe hyperkalaemia (K >= 6.5 mmol/L) or hyperkalaemia with ECG changes (peaked T
  waves, wide QRS): a monitored bed with continuous cardiac monitoring (UK Kidney
  Association 2020).
- Haemoglobin < 7 g/dL with a symptom of anaemia (breathlessness, angina,
  (pre)syncope, tachycardia, hypotension): admission for transfusion and the cause
  (Carson JL et al. AABB 2023, JAMA 2023;330:1892).
- Confirmed pulmonary embolism with sPESI >= 1: admission, not early discharge
  (Jiménez D et al. Arch Intern Med 2010;170:1383; Konstantinides SV et al. ESC 2019
  acute PE guideline).
- Pneumonia (CURB-65's population: adults with pneumonia) with SpO2 < 90 %:
  hospital care whatever the severity score; chronic hypoxaemia on home oxygen is
  not counted (Marrie TJ et al. CAPITAL. JAMA 2000;283:749: PSI I-III treated at home
  unless SaO2 < 90 %; Metlay JP et al. ATS/IDSA CAP guideline. Am J Respir Crit Care
  Med 2019;200:e45: a severity score plus clinical judgement, hypoxaemia included).
- Pelvic inflammatory disease with a tubo-ovarian abscess, pregnancy, a temperature
  > 38.5 °C, vomiting or oral therapy not possible: hospital, parenteral antibiotics
  (Workowski KA et al. CDC STI treatment guidelines 2021, MMWR 2021;70(4)).
- Acute pyelonephritis in pregnancy: inpatient parenteral antibiotics (ACOG Clinical
  Consensus No. 4. Obstet Gynecol 2023;142:435); in anyone, inability to tolerate
  oral fluids or medications (Gupta K et al. IDSA/ESCMID guideline. Clin Infect Dis
  2011;52:e103: outpatient oral therapy only for patients who do not need
  hospitalisation); with fever at 65 or over, or in a frail patient (IDSA/ESCMID
  2011; Bonkat G et al. EAU urological infections 2024), or in an immunocompromised
  host (EAU 2024: a complicated UTI; Goldman JD, Julian K. AST IDCOP 2019, Clin
  Transplant 2019;33:e13507: febrile UTI in a transplant recipient is treated in
  hospital). A fever with a urinary source (dysuria, frequency, flank pain, CVA
  tenderness, nitrites or pyuria) is such an infection before it is named: cystitis
  is afebrile (``febrile_urinary_infection``).
- Cellulitis failing oral antibiotics or in an immunocompromised patient:
  hospital, parenteral antibiotics (Stevens DL et al. IDSA SSTI guideline. Clin Infect
  Dis 2014;59:e10, severe non-purulent infection).
- Transient ischaemic attack with ABCD2 >= 3 (documented items, a lower bound):
  hospital-based evaluation, e.g. an ED observation protocol (Easton JD et al.
  AHA/ASA TIA statement. Stroke 2009;40:2276: hospitalisation is reasonable within
  72 h of the event when ABCD2 >= 3, class IIa; Ross MA et al. Ann Emerg Med
  2007;50:109, ED observation TIA protocol). Time since the event is not read.
- Acute asthma by lung function (PEF or FEV1 as % of predicted or personal best,
  from 5 years): after treatment < 40 %, or before treatment < 25 %: hospital
  (GINA 2024 emergency-department management; NAEPP EPR-3 2007: post-treatment FEV1
  or PEF < 40 % -> admission). A reading is post-treatment when its sentence says
  so (after / following / post treatment, nebulisers, bronchodilator).
- SJS/TEN ruled in: a burn centre or intensive care, skin failure managed as a burn
  (Creamer D et al. UK SJS/TEN guidelines 2016. Br J Dermatol 2016;174:1194).
- A persisting focal deficit whose brain imaging excludes haemorrhage (or shows the
  infarct or the occlusion): an acute ischaemic stroke, admitted to a stroke unit
  (Powers WJ et al. AHA/ASA 2019, 4.11, class I); not after the deficit resolved (a
  TIA), nor beside a lower motor neurone facial palsy or a hypoglycaemia (mimics).
- Hip fracture in adults: admission for surgery on the day of or the day after
  admission (NICE CG124, 2011, updated 2023; AAOS hip fracture guideline 2021).
- Pelvic fracture on the film in a patient who cannot bear weight (or is
  hypotensive): admission for analgesia, mobilisation and assessment of the ring
  (Rommens PM, Hofmann A. Injury 2013;44:1733; BOAST 3 2018).
- Rhabdomyolysis (CK >= 5,000 U/L) with a raised creatinine or potassium: admission
  for IV fluids and monitoring (Bosch X et al. NEJM 2009;361:62; KDIGO 2012).
- Sickle cell painful crisis with severe pain (>= 7/10) despite home opioids:
  parenteral opioids reassessed in hospital, not a discharge from the arrival
  forecast (NICE CG143, 2012; Yawn BP et al. NHLBI 2014. JAMA 2014;312:1033).
- Hypoglycaemia on a sulfonylurea or a long-acting insulin: observation, not home
  after the first correction (recurrence for up to 24-72 h: ADA Standards of Care
  2024, section 6; Goldfrank's Toxicologic Emergencies 11th ed., ch. 47, antidiabetics:
  sulfonylurea hypoglycaemia is admitted, octreotide for recurrence). A negated
  mention ("no sulfonylurea") does not count.
- Hypoglycaemia under 1 year: admission for IV dextrose and the critical-sample
  evaluation, not home after one correction (Thornton PS et al. Pediatric Endocrine
  Society 2015. J Pediatr 2015;167:238; Adamkin DH, AAP. Pediatrics 2011;127:575).
- Pneumonia in an immunocompromised host: hospital care, whatever CURB-65 or PSI say
  (Metlay JP et al. ATS/IDSA CAP guideline 2019 excludes immunocompromised hosts from
  its severity-guided site of care; Ramirez JA et al. Chest 2020;158:1896, consensus
  definition: cancer chemotherapy, solid-organ or stem-cell transplant, HIV with CD4
  < 200, prednisone >= 20 mg/day for >= 14 days, biological immune modulators such as
  rituximab or ocrelizumab, DMARDs and other immunosuppressants), read by the one
  declaration ``rules.immunocompromise``.
- Febrile neutropenia (ANC < 0.5 x 10^9/L with fever >= 38.0 C): admission for IV
  empirical antibiotics unless a MASCC score >= 21 (low risk) is documented (Taplitz RA
  et al. ASCO/IDSA 2018. J Clin Oncol 2018;36:1443; Freifeld AG et al. IDSA 2010. Clin
  Infect Dis 2011;52:e56: MASCC < 21 is high risk and is admitted).
- Anaphylaxis: observation after the reaction resolves (6 h after a prompt response
  to one dose of IM epinephrine, 12 h after two doses or a severe reaction), admission
  only when it is refractory or persists (Cardona V et al. WAO anaphylaxis guidance
  2020. World Allergy Organ J 2020;13:100472; Resuscitation Council UK, Emergency
  treatment of anaphylaxis 2021); the observation stands in place of an admission
  chosen from the probability alone (``instead_of_admission``). Refractory anaphylaxis
  on an epinephrine infusion needs the ICU (``needs``).
- Croup treated with nebulised epinephrine: observation for 2-4 h after the dose,
  as its effect wears off within 2 h and stridor can return; not home straight
  after the nebuliser (Bjornson CL, Johnson DW. Canadian Paediatric Society position
  statement 2017 (updated 2020); Westley CR et al. Am J Dis Child 1978;132:484; RCH
  Melbourne croup guideline: observe at least 3 h after adrenaline). A documented
  observation of 2 h or more after the dose satisfies it.
- Hyperemesis gravidarum (RCOG Green-top Guideline 69, 2016, recommendation for
  inpatient care): unable to keep down oral fluids or antiemetics, or ketonuria with
  weight loss > 5 % of body weight: admission; ketonuria (or a low potassium) alone:
  ambulatory day-care IV rehydration, an observation setting, never a discharge from
  the arrival forecast (ACOG PB 189, 2018: IV fluids for ketonuria and dehydration).
- Chest pain suspected of ACS at 75 or over with no troponin resulted: observation
  with serial high-sensitivity troponins, never a discharge forecast before it. The
  HEART score needs its troponin (Backus BE et al. Int J Cardiol 2013; ACEP clinical
  policy NSTE-ACS 2018: HEART <= 3 with troponins may go home, 4-6 observation); from
  65 its age item is already 2 points, so any other item makes 4; the AHA/ACC 2021
  chest pain guideline names patients 75 and over apart: ACS is considered with
  atypical presentations and comorbidities, and its decision pathways were validated
  with few of them (Gulati M et al. Circulation 2021;144:e368, older patients).
- Neuromuscular weakness (Guillain-Barre syndrome, myasthenia gravis) with a forced
  vital capacity below 20 mL/kg or a maximal inspiratory pressure (NIF) weaker than
  -30 cmH2O, or a falling vital capacity in words, or Guillain-Barre syndrome with a
  weak cough or swallow (EAN/PNS 2023): intensive care, where
  intubation is planned before respiratory failure (the 20/30/40 rule, Lawn ND et al.
  Arch Neurol 2001;58:893; van Doorn PA et al. EAN/PNS GBS guideline 2023;
  Sanders DB et al. MG international consensus. Neurology 2016;87:419).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Final, Literal

from agents.offline.knowledge.models import RuleName
from agents.offline.rules import infant_lrti
from agents.offline.rules._usual_spo2 import at_usual_saturation
from agents.offline.rules.admission import resolved_in_ed
from agents.offline.rules.child_ingestion import (
    CHILD_CLONIDINE_INGESTION,
    CHILD_INGESTION_AGES,
    CHILD_OPIOID_INGESTION,
    CHILD_SULFONYLUREA_INGESTION,
)
from agents.offline.rules.discharge_rules import (
    canadian_syncope_risk_score,
    serious_syncope_condition,
)
from agents.offline.rules.facts import (
    FVC_ML_PER_KG_LIMIT,
    NIF_LIMIT_CMH2O,
    ClinicalFacts,
    recorded_avpu,
    written_avpu,
)
from agents.offline.rules.icd_shocks import repeated_icd_shocks
from agents.offline.rules.immunocompromise import IMMUNOCOMPROMISED, immunocompromise
from agents.offline.rules.immunocompromise import SOURCE as IMMUNOCOMPROMISE_SOURCE
from agents.offline.rules.registry import run_in_scope
from agents.offline.rules.results import aki_stage, analyte_results
from agents.offline.rules.rule_scope import out_of_scope
from agents.offline.rules.sentence import sentence_end, sentence_start
from agents.population import rule_excluded
from agents.schemas import RuleResult

__all__ = ["HOME_O2", "AdmissionCriterion", "admission_criteria", "spesi"]

Target = Literal["Observation", "Admit"]


@dataclass(frozen=True)
class AdmissionCriterion:
    """A published admission criterion the patient meets."""

    rule: RuleResult
    """The rule result shown in the trace."""
    disposition: Target
    level: Literal["ward", "icu"]
    reason: str
    """The criterion in words with its source."""
    instead_of_admission: bool = False
    """The guideline names observation as the setting in place of admission."""


BTS_CAP: Final = "BTS CAP guideline 2009"
ACEP_ACS: Final = "ACEP clinical policy NSTE-ACS 2018"
ACG_UGIB: Final = "ACG 2021 / international consensus 2019"
ADA_DKA: Final = "ADA hyperglycaemic crises consensus 2009/2024"
SSC: Final = "Surviving Sepsis Campaign 2021"
SEPSIS3: Final = "Sepsis-3, Seymour 2016"
ESC_PE: Final = "ESC 2019 acute PE guideline"
SPESI_SOURCE: Final = (
    "Jiménez D et al. Simplified PESI. Arch Intern Med 2010;170:1383-1389"
)
DKA_SOURCE: Final = (
    "Kitabchi AE et al. Diabetes Care 2009;32:1335; Umpierrez GE et al. Diabetes Care"
    " 2024;47:1257"
)
LACTATE_SOURCE: Final = (
    "Evans L et al. Surviving Sepsis Campaign 2021. Crit Care Med 2021;49:e1063"
)
ACC_SYNCOPE: Final = "ACC/AHA/HRS syncope guideline 2017"
CSRS_HIGH: Final = 4.0
"""CSRS high (4-5) and very high (>= 6) risk categories (CMAJ 2016)."""
CSRS_MEDIUM: Final = 1.0
"""CSRS medium risk (1-3) category (CMAJ 2016)."""
_INFECTION_RULE: Final = "qsofa"
"""Suspected infection is qSOFA's declared scope (``rule_scope``)."""


def _at_least(
    key: RuleName,
    facts: ClinicalFacts,
    bands: tuple[tuple[float, Target, Literal["ward", "icu"], str], ...],
) -> AdmissionCriterion | None:
    """The first band whose cut-off the documented score reaches (bands descending)."""
    result = run_in_scope(key, facts)
    if result is None or result.score is None:
        return None
    for cut, target, level, why in bands:
        if result.score >= cut:
            return AdmissionCriterion(
                result, target, level, f"{result.name} {result.score:g} {why}"
            )
    return None


BHB_KETOSIS: Final = 3.0
"""Beta-hydroxybutyrate (mmol/L) from which ketosis meets the ADA 2024 'K'."""
_BHB: Final = re.compile(
    r"(?i)\b(?:beta[- ]?hydroxybutyrate|\u03b2-?hydroxybutyrate|bhb|b-?ohb)"
    r"\s*(?:of|was|is|:|=)?\s*(\d{1,2}(?:\.\d+)?)"
)
GLUCOSE_D: Final = 200.0
"""ADA 2024 'D': glucose >= 200 mg/dL (or known diabetes)."""


def _bhb(text: str) -> float | None:
    """The last beta-hydroxybutyrate value in mmol/L (mg/dL above 20 converted)."""
    values = [float(m.group(1)) for m in _BHB.finditer(text)]
    if not values:
        return None
    return values[-1] / 10.4 if values[-1] > 20 else values[-1]


def _dka(facts: ClinicalFacts, text: str = "") -> AdmissionCriterion | None:
    glucose = facts.measurements.get("glucose")
    hyper = (
        facts.has("glucose_high")
        or facts.has("glucose_very_high")
        or (glucose is not None and glucose >= GLUCOSE_D)
    )
    acid = facts.has("acidemia") or facts.has("bicarbonate_low")
    bhb = _bhb(text)
    ketones = facts.has("ketosis") or (bhb is not None and bhb >= BHB_KETOSIS)
    gap = facts.has("anion_gap_high")
    diabetes = hyper or facts.known("diabetes")
    if not (acid and ((diabetes and ketones) or (diabetes and gap))):
        return None
    ph = facts.measurements.get("ph")
    bicarbonate = facts.measurements.get("bicarbonate")
    severe = (ph is not None and ph < 7.0) or (
        bicarbonate is not None and bicarbonate < 10
    )
    hdu = _dka_hdu(facts, text)
    severe = severe or hdu is not None
    rule = RuleResult(
        name="DKA criteria (ADA)",
        source=DKA_SOURCE,
        inputs={
            "glucose": facts.measurements.get("glucose"),
            "pH": ph,
            "bicarbonate": bicarbonate,
            "anion gap": facts.measurements.get("anion_gap"),
            "ketones or Kussmaul": facts.has("ketosis"),
            "beta-hydroxybutyrate": bhb,
        },
        missing=tuple(
            n
            for n, k in (("pH", "ph"), ("bicarbonate", "bicarbonate"))
            if k not in facts.measurements
        ),
        score=None,
        interpretation="diabetic ketoacidosis: "
        + (
            f"high-dependency care ({hdu}; JBDS-IP 2023)"
            if hdu
            else "severe (pH < 7.00 or bicarbonate < 10)"
            if severe
            else "mild-moderate"
        ),
    )
    why = f"severe: {hdu}" if hdu else "severe" if severe else ""
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu" if severe else "ward",
        f"diabetic ketoacidosis{f' ({why})' if why else ''}: admission for an insulin"
        f" infusion{', high-dependency or intensive care' if severe else ''}"
        f" ({ADA_DKA}{'; JBDS-IP 2023' if hdu else ''})",
    )


DKA_HDU_PH: Final = 7.1
DKA_HDU_BICARBONATE: Final = 5.0
DKA_HDU_KETONES: Final = 6.0
DKA_HDU_POTASSIUM: Final = 3.5
DKA_HDU_SBP: Final = 90.0
DKA_HDU_SPO2: Final = 92.0


def _dka_hdu(facts: ClinicalFacts, text: str) -> str | None:
    """The first JBDS-IP criterion for a high-dependency bed that the DKA meets.

    JBDS-IP 2023 (Dhatariya KK et al. The management of diabetic ketoacidosis in
    adults, updated 2023): blood ketones > 6 mmol/L, bicarbonate < 5 mmol/L, venous pH
    < 7.1, potassium < 3.5 on admission, GCS < 12 or an abnormal AVPU, SBP < 90
    mmHg, SpO2 < 92 %; the ADA grades a DKA with altered mentation as moderate
    (drowsy) to severe (stupor, coma) (Kitabchi 2009; Umpierrez 2024). An altered
    mental status is an abnormal AVPU (confusion included: ACVPU, RCP NEWS2 2017).
    """
    ph = facts.measurements.get("ph")
    bicarbonate = facts.measurements.get("bicarbonate")
    ketones = [r.value for r in analyte_results(text, "ketones")]
    potassium = [r.value for r in analyte_results(text, "potassium")]
    v = facts.vitals
    checks = (
        (ph is not None and ph < DKA_HDU_PH, f"pH < {DKA_HDU_PH:g}"),
        (
            bicarbonate is not None and bicarbonate < DKA_HDU_BICARBONATE,
            f"bicarbonate < {DKA_HDU_BICARBONATE:g}",
        ),
        (
            bool(ketones) and max(ketones) > DKA_HDU_KETONES,
            f"ketones > {DKA_HDU_KETONES:g} mmol/L",
        ),
        (
            bool(potassium) and min(potassium) < DKA_HDU_POTASSIUM,
            f"potassium < {DKA_HDU_POTASSIUM:g}",
        ),
        (
            facts.has("altered_mental_status") or facts.has("confusion"),
            "altered mental status",
        ),
        (
            v.systolic_bp is not None and v.systolic_bp < DKA_HDU_SBP,
            f"SBP < {DKA_HDU_SBP:g}",
        ),
        (v.spo2 is not None and v.spo2 < DKA_HDU_SPO2, f"SpO2 < {DKA_HDU_SPO2:g} %"),
    )
    return next((why for met, why in checks if met), None)


CES_SOURCE: Final = (
    "GIRFT national suspected cauda equina syndrome pathway 2023; NICE NG59 (2016,"
    " 2020): back pain with saddle sensory loss or new bladder or bowel dysfunction"
    " needs an emergency MRI and on-site spinal surgical assessment"
)
_CES_FLAGS: Final = ("saddle_anesthesia", "urinary_retention", "bowel_incontinence")


def _cauda_equina(facts: ClinicalFacts) -> AdmissionCriterion | None:
    back = facts.has("back_pain") or facts.has("low_back_pain")
    flags = [c for c in _CES_FLAGS if facts.has(c)]
    if not (back and flags):
        return None
    rule = RuleResult(
        name="Suspected cauda equina syndrome (red flags)",
        source=CES_SOURCE,
        inputs={"back pain": True, **dict.fromkeys(flags, True)},
        missing=(),
        score=None,
        interpretation="suspected cauda equina syndrome: " + ", ".join(flags),
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "suspected cauda equina syndrome: emergency MRI and spinal surgical"
        " assessment, not a discharge (GIRFT 2023; NICE NG59)",
    )


PARAPARESIS_SOURCE: Final = (
    "NICE NG234 2023 (spinal cord compression: MRI of the whole spine, in hospital);"
    " GIRFT 2023 suspected cauda equina pathway; Transverse Myelitis Consortium"
    " Working Group. Neurology 2002;59:499; van Doorn PA et al. EAN/PNS 2023"
    " Guillain-Barre syndrome guideline"
)


def _acute_paraparesis(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """New weakness of both legs: a cord, cauda equina or nerve emergency; admit.

    Weakness of both legs (``bilateral_leg_deficit`` with a motor sign) is a spinal
    cord or cauda equina lesion until an emergency MRI says otherwise, or an
    evolving neuropathy (Guillain-Barre) that can reach the breathing muscles: its
    work-up and monitoring are in hospital. A deficit of months
    (``chronic_neuro_symptoms``) is not new.
    """
    motor = [c for c in ("leg_weakness", "cord_injury_signs") if facts.has(c)]
    if not (facts.has("bilateral_leg_deficit") and motor):
        return None
    if facts.has("chronic_neuro_symptoms"):
        return None
    rule = RuleResult(
        name="New weakness of both legs",
        source=PARAPARESIS_SOURCE,
        inputs=dict.fromkeys(["bilateral_leg_deficit", *motor], True),
        missing=(),
        score=None,
        interpretation="new weakness of both legs: cord, cauda equina or nerve",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "new weakness of both legs: a spinal cord, cauda equina, nerve or metabolic"
        " cause worked up and monitored in hospital, not a discharge"
        f" ({PARAPARESIS_SOURCE})",
    )


MASS_EFFECT_SOURCE: Final = (
    "NICE NG99 2018 brain tumours and metastases; Ryken TC et al. AANS/CNS 2010"
    " (J Neurooncol 2010;96:103); Roth P et al. EANO 2021"
)


_HAEMATOMA_ON_IMAGING: Final = (
    "ct_subdural",
    "ct_extradural",
    "ct_intracranial_hemorrhage",
)
"""A haematoma imaging shows: its mass effect is a bleed's, not a tumour's oedema."""


def _intracranial_mass_effect(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """An intracranial lesion with mass effect on imaging: neurosurgical admission."""
    if not facts.has("intracranial_mass_effect"):
        return None
    rule = RuleResult(
        name="Intracranial mass effect on imaging",
        source=MASS_EFFECT_SOURCE,
        inputs={"intracranial_mass_effect": True},
        missing=(),
        score=None,
        interpretation="mass effect (midline shift, effacement, herniation)",
    )
    if any(facts.has(c) for c in _HAEMATOMA_ON_IMAGING):
        # trauma56 (trauma55's leftover): a bleed's mass effect is evacuated, not
        # treated with a steroid (Hutchinson PJ et al. Dex-CSDH, N Engl J Med
        # 2020;383:2616; CRASH trial, Lancet 2004;364:1321: harm after head injury)
        return AdmissionCriterion(
            rule,
            "Admit",
            "ward",
            "an intracranial haematoma with mass effect on imaging: neurosurgery in"
            " hospital, no steroid, not a discharge (Hutchinson PJ et al. Dex-CSDH,"
            " N Engl J Med 2020;383:2616; CRASH, Lancet 2004;364:1321)",
        )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "an intracranial lesion with mass effect on imaging: dexamethasone for"
        " vasogenic oedema and neurosurgery in hospital, not a discharge"
        f" ({MASS_EFFECT_SOURCE})",
    )


SEA_SOURCE: Final = (
    "Darouiche RO. Spinal epidural abscess. N Engl J Med 2006;355:2012; Davis DP et"
    " al. J Emerg Med 2004;26:285: back pain with a neurological deficit and fever or"
    " a raised ESR is a suspected spinal epidural abscess: emergency MRI of the whole"
    " spine, spinal surgery and IV antibiotics"
)
_SEA_DEFICIT: Final = (
    "leg_weakness",
    "focal_deficit",
    "unilateral_weakness",
    "urinary_retention",
    "saddle_anesthesia",
)


_MOTOR_DEFICIT: Final = re.compile(
    r"(?i)(?<![\w/])[0-4]/5(?![\w/])|\b(?:left|right) (?:leg|lower limb) (?:is )?weak"
)
"""A graded motor deficit ('dorsiflexion 4/5') or a weak leg, as written."""


def _spinal_abscess(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    """Back pain, a neurological deficit and fever or a raised ESR (Darouiche 2006)."""
    back = facts.has("back_pain") or facts.has("low_back_pain")
    deficit = next((c for c in _SEA_DEFICIT if facts.has(c)), None)
    if deficit is None and (m := _asserted_match(_MOTOR_DEFICIT, text)):
        deficit = m.group(0)
    sign = next((c for c in ("fever", "esr_high") if facts.has(c)), None)
    if not (back and deficit and sign):
        return None
    rule = RuleResult(
        name="Suspected spinal epidural abscess (back pain, deficit, fever or ESR)",
        source=SEA_SOURCE,
        inputs={"back pain": True, deficit: True, sign: True},
        missing=(),
        score=None,
        interpretation="suspected spinal epidural abscess with a neurological deficit",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "back pain with a neurological deficit and "
        + ("fever" if sign == "fever" else "a raised ESR")
        + ": suspected spinal epidural abscess, emergency MRI of the whole spine,"
        " spinal surgery and IV antibiotics in hospital (Darouiche 2006; Davis 2004)",
    )


MENINGITIS_SOURCE: Final = (
    "NICE NG240 bacterial meningitis and meningococcal disease 2024; Tunkel AR et al."
    " IDSA bacterial meningitis guideline, Clin Infect Dis 2004;39:1267: fever with"
    " meningeal signs is suspected bacterial meningitis, treated and investigated in"
    " hospital"
)


def _suspected_meningitis(facts: ClinicalFacts) -> AdmissionCriterion | None:
    meningeal = facts.has("neck_stiffness") or facts.has("bulging_fontanelle")
    if not (facts.has("fever") and meningeal):
        return None
    rule = RuleResult(
        name="Suspected bacterial meningitis (fever with meningeal signs)",
        source=MENINGITIS_SOURCE,
        inputs={"fever": True, "meningeal signs": True},
        missing=(),
        score=None,
        interpretation="suspected bacterial meningitis",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "fever with meningeal signs: suspected bacterial meningitis, parenteral"
        " antibiotics and lumbar puncture in hospital (NICE NG240; IDSA 2004)",
    )


ENDOCARDITIS_SOURCE: Final = (
    "Delgado V et al. 2023 ESC endocarditis guideline. Eur Heart J 2023;44:3948;"
    " Fowler VG et al. Duke-ISCVID 2023. Clin Infect Dis 2023;77:518"
)
_IE_PREDISPOSITION: Final = (
    "injection_drug_use",
    "prosthetic_valve",
    "prior_endocarditis",
)
_IE_SIGN: Final = (
    "murmur",
    "new_murmur",
    "ie_vascular_phenomena",
    "ie_immunologic_phenomena",
)


def _suspected_endocarditis(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """Fever, a predisposition and a murmur or embolic/immunological phenomenon."""
    risk = next((c for c in _IE_PREDISPOSITION if facts.has(c)), None)
    sign = next((c for c in _IE_SIGN if facts.has(c)), None)
    if not (facts.has("fever") and risk and sign):
        return None
    rule = RuleResult(
        name="Suspected infective endocarditis (Duke-ISCVID minor criteria)",
        source=ENDOCARDITIS_SOURCE,
        inputs={"fever": True, risk: True, sign: True},
        missing=(),
        score=None,
        interpretation="suspected infective endocarditis",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "fever with a predisposition and a murmur or embolic phenomenon: suspected"
        " endocarditis, three blood culture sets, echocardiography and IV antibiotics"
        " in hospital (ESC 2023)",
    )


LACTATE_ICU: Final = 4.0
"""Lactate (mmol/L) of suspected infection that takes intensive care (SSC 2021)."""


def _lactate(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """Suspected infection with a lactate >= 4 mmol/L, still so at its last value.

    infect43: a lactate of 4.1 on arrival that fell to 1.4 after fluids, with no
    vasopressor, is sepsis that responded, not septic shock (Singer M et al. Sepsis-3.
    JAMA 2016;315:801: shock is a vasopressor for a MAP >= 65 and a lactate > 2 after
    adequate fluids; Evans L et al. SSC 2021: resuscitation guided by the lactate's
    fall): the current value (``measurements``, the last of a stated trend) decides.
    """
    if not facts.has("lactate_high_severe") or out_of_scope(_INFECTION_RULE, facts):
        return None
    lactate = facts.measurements.get("lactate")
    if lactate is not None and lactate < LACTATE_ICU:
        return None
    rule = RuleResult(
        name="Lactate in suspected infection",
        source=LACTATE_SOURCE,
        inputs={"lactate_mmol_l": lactate, "suspected infection": True},
        score=lactate,
        interpretation=">= 4 mmol/L: resuscitation and ICU-level care",
    )
    return AdmissionCriterion(
        rule, "Admit", "icu", f"suspected infection with lactate >= 4 ({SSC})"
    )


def spesi(facts: ClinicalFacts) -> RuleResult:
    """Simplified PESI: one point each; 0 = low risk of 30-day death (1.0 %)."""
    v = facts.vitals
    items: dict[str, bool | None] = {
        "age > 80": None if facts.age is None else facts.age > 80,
        "cancer": facts.known("active_cancer"),
        "chronic cardiopulmonary disease": facts.known("chf") or facts.known("copd"),
        "heart rate >= 110": None if v.heart_rate is None else v.heart_rate >= 110,
        "SBP < 100": None if v.systolic_bp is None else v.systolic_bp < 100,
        "SpO2 < 90": None if v.spo2 is None else v.spo2 < 90,
    }
    score = float(sum(1 for x in items.values() if x))
    missing = tuple(k for k, x in items.items() if x is None)
    return RuleResult(
        name="sPESI",
        source=SPESI_SOURCE,
        inputs=dict(items),
        missing=missing,
        score=score,
        interpretation=f"{score:g}: "
        + ("low risk (0)" if score == 0 else "not low risk (>= 1): admission"),
        applicable=score >= 1 or not missing,
    )


def _pe(facts: ClinicalFacts, ruled_in: Collection[str]) -> AdmissionCriterion | None:
    if "pulmonary_embolism" not in ruled_in:
        return None
    result = spesi(facts)
    if not result.applicable or (result.score or 0) < 1:
        return None
    if facts.has("rv_strain") and facts.has("troponin_elevated"):
        return AdmissionCriterion(
            result,
            "Admit",
            "icu",
            f"intermediate-high-risk PE: sPESI {result.score:g} >= 1 with right-"
            "ventricular dysfunction on imaging and a raised troponin: a monitored "
            "bed for early detection of decompensation and rescue reperfusion "
            f"({ESC_PE})",
        )
    return AdmissionCriterion(
        result,
        "Admit",
        "ward",
        f"confirmed PE with sPESI {result.score:g} >= 1 ({ESC_PE})",
    )


SCCM_ICU: Final = (
    "Nates JL et al. SCCM ICU admission, discharge and triage guideline. Crit Care"
    " Med 2016;44:1553; ACS ATLS 10th ed. 2018"
)


def _haemorrhagic_shock(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    """Bleeding with shock (shock index >= 1, the knowledge base's rule-in): ICU.

    Haemodynamic instability that needs ongoing resuscitation and transfusion is
    an ICU (or high-dependency) admission whatever the bleeding source (SCCM 2016;
    ATLS 10th ed.); not once the text records the shock resolved with ED treatment.
    """
    if "hemorrhagic_shock" not in ruled_in or resolved_in_ed(text, facts):
        return None
    result = run_in_scope("shock_index", facts)
    if result is None or not result.applicable or (result.score or 0) < 1.0:
        return None
    return AdmissionCriterion(
        result,
        "Admit",
        "icu",
        f"haemorrhagic shock (shock index {result.score:g} >= 1 with bleeding):"
        f" resuscitation and transfusion in an ICU or high-dependency bed ({SCCM_ICU})",
    )


def _syncope(
    facts: ClinicalFacts, complaint_id: str | None, text: str
) -> AdmissionCriterion | None:
    if complaint_id != "syncope" or rule_excluded("sf_syncope", facts.population):
        return None
    result = canadian_syncope_risk_score(facts, text)
    if serious := serious_syncope_condition(facts, text):
        return AdmissionCriterion(
            result,
            "Admit",
            "ward",
            f"syncope with a serious condition found ({', '.join(serious)}):"
            " in-hospital evaluation on telemetry, not the observation protocol of"
            f" intermediate risk ({ACC_SYNCOPE}, Table 5, class I)",
        )
    score = result.score or 0
    if not result.applicable or score < CSRS_MEDIUM:
        return None
    if score < CSRS_HIGH:
        return AdmissionCriterion(
            result,
            "Observation",
            "ward",
            f"Canadian Syncope Risk Score {score:g} (1-3): medium risk, structured"
            f" ED observation protocol in place of admission ({ACC_SYNCOPE})",
            instead_of_admission=True,
        )
    return AdmissionCriterion(
        result,
        "Admit",
        "ward",
        f"Canadian Syncope Risk Score {result.score:g} >= {CSRS_HIGH:g}: high risk,"
        f" in-hospital evaluation ({ACC_SYNCOPE})",
    )


CAP_SOURCE: Final = (
    "Lim WS et al. BTS community-acquired pneumonia guideline. Thorax 2009;64 Suppl"
    " 3:iii1; Marrie TJ et al. CAPITAL. JAMA 2000;283:749-755; Metlay JP et al."
    " ATS/IDSA"
    " community-acquired pneumonia guideline. Am J Respir Crit Care Med"
    " 2019;200:e45-e67"
)
CAP_HYPOXAEMIA: Final = 92.0
"""SpO2 (%) on air below which pneumonia is treated in hospital: BTS 2009 CAP (Lim WS
et al. Thorax 2009;64 Suppl 3:iii1) lists SaO2 < 92 % among the adverse features
beside CURB-65, and BTS 2017 emergency oxygen (O'Driscoll BR et al. Thorax 2017;72
Suppl 1:ii1) gives oxygen below 92 %, which is hospital care (CAPITAL's 90 % was
the older, lower bar; classic33). A stated usual saturation it is at (chronic lung
disease, ``_usual_spo2``) and home oxygen are no new hypoxaemia."""
HOME_O2: Final = re.compile(
    r"(?i)\bhome (?:o2|oxygen)\b|\boxygen at baseline\b|\bbaseline (?:o2|oxygen)\b"
    r"|\b\d(?:\.\d)? ?l(?:pm)? (?:nc |nasal cannula |o2 |oxygen )?at home\b"
)
"""Long-term oxygen wording: a low SpO2 may be the patient's baseline."""


def _cap_hypoxaemia(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    spo2 = facts.vitals.spo2
    if (
        spo2 is None
        or spo2 >= CAP_HYPOXAEMIA
        or out_of_scope("curb65", facts)
        or rule_excluded("curb65", facts.population)
        or HOME_O2.search(text)
        or at_usual_saturation(spo2, text)
    ):
        return None
    rule = RuleResult(
        name="Hypoxaemia in pneumonia",
        source=CAP_SOURCE,
        inputs={"SpO2": spo2, "pneumonia": True, "home oxygen": False},
        score=spo2,
        interpretation=f"SpO2 {spo2:g} % < {CAP_HYPOXAEMIA:g} %: hospital care"
        " whatever the severity score",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"pneumonia with SpO2 {spo2:g} % < {CAP_HYPOXAEMIA:g} % (BTS 2009 CAP;"
        " BTS 2017 emergency oxygen; ATS/IDSA 2019)",
    )


OXYGEN_NEED_SOURCE: Final = (
    "O'Driscoll BR et al. BTS guideline for oxygen use in adults in healthcare and"
    " emergency settings. Thorax 2017;72 Suppl 1:ii1 (oxygen is weaned and stopped"
    " once stable, before discharge; a new need is hospital care); GOLD 2024 (COPD"
    " exacerbation: hospitalise for falling saturation or respiratory failure)"
)
_WEANED: Final = re.compile(
    r"(?i)\bweaned\b|\boff (?:the )?(?:oxygen|o2)\b|\b(?:back|now) on (?:room )?air\b"
    r"|\bon (?:room )?air now\b"
    r"|\bno longer (?:needs|needing|requiring|on) (?:oxygen|o2)\b"
)
"""The oxygen stopped: a saturation now kept on air is no oxygen need."""


def _oxygen_need(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    """readers55: a saturation kept only on supplemental oxygen: hospital care.

    A patient on oxygen in the department (``supplemental_oxygen``: "sats 95 % on 4
    L nasal oxygen") with no home oxygen and no word of weaning has a new oxygen need,
    which is ward care (BTS 2017; GOLD 2024): a COPD exacerbation on 4 L was sent home.
    """
    if not facts.has("supplemental_oxygen") or facts.has("home_oxygen"):
        return None
    if HOME_O2.search(text) or _WEANED.search(text):
        return None
    rule = RuleResult(
        name="New supplemental oxygen need",
        source=OXYGEN_NEED_SOURCE,
        inputs={"supplemental oxygen": True, "home oxygen": False},
        score=None,
        interpretation="saturation kept on supplemental oxygen: hospital care until"
        " weaned",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "a saturation kept only on supplemental oxygen, not on home oxygen (BTS 2017"
        " emergency oxygen; GOLD 2024)",
    )


COVID_SOURCE: Final = (
    "NICE NG191 COVID-19 rapid guideline 2023 (supplemental oxygen below 92 %,"
    " dexamethasone for those needing it); WHO Clinical management of COVID-19 living"
    " guideline 2023 (severe: SpO2 < 90 %, respiratory rate > 30/min in adults)"
)
COVID_SEVERE_RR: Final = 30.0
"""Respiratory rate (/min) above which WHO 2023 calls an adult's COVID-19 severe."""


def _covid_oxygen(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    """COVID-19 needing oxygen or with a severe respiratory rate: hospital care.

    An SpO2 below 92 % on air (``CAP_HYPOXAEMIA``; not a stated usual saturation or
    home oxygen) needs supplemental oxygen and dexamethasone (NICE NG191; RECOVERY);
    a rate above 30/min is WHO 2023's severe COVID-19 in an adult.
    """
    if "covid19" not in ruled_in:
        return None
    v = facts.vitals
    low = (
        v.spo2 is not None
        and v.spo2 < CAP_HYPOXAEMIA
        and not HOME_O2.search(text)
        and not at_usual_saturation(v.spo2, text)
    )
    fast = v.respiratory_rate is not None and v.respiratory_rate > COVID_SEVERE_RR
    if not (low or fast):
        return None
    found = [f"SpO2 {v.spo2:g} %"] if low else []
    found += [f"RR {v.respiratory_rate:g}/min"] if fast else []
    rule = RuleResult(
        name="COVID-19 needing oxygen or severe",
        source=COVID_SOURCE,
        inputs={"SpO2": v.spo2, "RR": v.respiratory_rate, "COVID-19": True},
        score=None,
        interpretation=f"{', '.join(found)}: hospital care, oxygen and dexamethasone",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"COVID-19 with {', '.join(found)} (NICE NG191 2023; WHO 2023 severe COVID-19)",
    )


PYELO_SOURCE: Final = (
    "ACOG Clinical Consensus No. 4, urinary tract infections in pregnant individuals."
    " Obstet Gynecol 2023;142:435; Gupta K et al. IDSA/ESCMID guideline. Clin Infect"
    " Dis 2011;52:e103; Bonkat G et al. EAU guidelines on urological infections 2024"
)
ORAL_FAILURE: Final = re.compile(
    r"(?i)\b(?:unable to|cannot|can't|could not|couldn't|not able to|failed to|not)"
    r" (?:tolerate|tolerating|keep(?:ing)? down) (?:any(?:thing)? )?(?:oral|po\b"
    r"|p\.o\.|fluids|liquids|food|medications?|antibiotics|pills|by mouth)"
    r"|\b(?:unable to|cannot|can't|could not|not able to) take (?:anything )?(?:by"
    r" mouth|po\b|orally|oral (?:intake|fluids|medications?|antibiotics))"
    r"|\bintractable (?:vomiting|emesis)\b|\bfailed (?:an? )?(?:oral|po) (?:challenge"
    r"|trial)\b"
    r"|\b(?:unable to|cannot|can't|could not|couldn't|not able to|not|is not|isn't)"
    r" keep(?:ing)? (?:any(?:thing)?|fluids|liquids|food|water|it|much|medications?"
    r"|tablets|pills)(?: (?:at all|incl\.? water|including water))? down\b"
)
"""Documented failure of oral intake: oral therapy cannot be relied on ("unable to
tolerate oral fluids", "can't keep anything down", "unable to keep fluids down")."""


URINARY_SOURCE: Final = frozenset(
    {"dysuria", "urinary_frequency", "flank_pain", "cva_tenderness"}
)
"""Localising symptoms and signs of a urinary source (findings lexicon concepts)."""
URINALYSIS_INFECTION: Final = frozenset({"urine_nitrite", "pyuria"})
"""A urinalysis that shows the infection (nitrites, pyuria)."""
OTHER_FEVER_FOCUS: Final = frozenset({"cxr_infiltrate", "cellulitis", "abscess"})
"""Another documented focus of a fever (findings lexicon concepts): a pneumonia's
infiltrate, a cellulitis, an abscess."""


def febrile_urinary_infection(facts: ClinicalFacts) -> bool:
    """A fever with a urinary source: an upper-tract or systemic infection.

    A urinary infection with fever is no cystitis: pyelonephritis, a febrile
    complicated UTI or urosepsis (Bonkat G et al. EAU urological infections 2024;
    Gupta K et al. IDSA/ESCMID 2011: cystitis is afebrile). A urinalysis alone beside
    another documented focus (``OTHER_FEVER_FOCUS``) is bacteriuria beside that
    infection, not its source (Nicolle LE et al. IDSA 2019 asymptomatic bacteriuria,
    Clin Infect Dis 2019;68:e83: a febrile patient without localising genitourinary
    signs is assessed for another source).
    """
    t = facts.vitals.temperature_c
    fever = facts.has("fever") or (t is not None and t >= FEVER_C)
    if not fever:
        return False
    if any(facts.has(c) for c in URINARY_SOURCE):
        return True
    return any(facts.has(c) for c in URINALYSIS_INFECTION) and not any(
        facts.has(c) for c in OTHER_FEVER_FOCUS
    )


def _pyelonephritis(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    named = facts.has("pyelonephritis") or "pyelonephritis" in ruled_in
    if not (named or febrile_urinary_infection(facts)):
        return None
    what = "acute pyelonephritis" if named else "febrile urinary infection"
    pregnant = facts.population.pregnancy == "pregnant" or facts.has("pregnancy")
    oral = bool(ORAL_FAILURE.search(text))
    older = _older_febrile(facts)
    frail = facts.has("frailty")
    host = _immunosuppression(facts, text)
    if not (pregnant or oral or older or frail or host):
        return None
    why, cite = next(
        (w, c)
        for hit, w, c in (
            (pregnant, "in pregnancy", "ACOG 2023"),
            (oral, "unable to tolerate oral intake", "IDSA/ESCMID 2010"),
            (
                older,
                f"with fever at {PYELO_OLDER_AGE} or over",
                "IDSA/ESCMID; EAU 2024",
            ),
            (frail, "in a frail patient", "IDSA/ESCMID; EAU 2024"),
            (
                host,
                f"in an immunocompromised host ({host})",
                "EAU 2024 complicated UTI; AST IDCOP 2019",
            ),
        )
        if hit
    )
    rule = RuleResult(
        name="Pyelonephritis admission criteria",
        source=PYELO_SOURCE,
        inputs={
            "pregnant": pregnant,
            "oral intake failed": oral,
            f"febrile at {PYELO_OLDER_AGE}+": older,
            "frail": frail,
            "immunocompromised": host or False,
        },
        score=None,
        interpretation=f"{what} {why}: inpatient parenteral antibiotics",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"{what} {why}: parenteral antibiotics in hospital ({cite})",
    )


PYELO_OLDER_AGE: Final = 65
"""Febrile pyelonephritis from this age is treated in hospital: bacteraemia and
sepsis are common and atypical signs hide them (Gupta K et al. IDSA/ESCMID 2011:
outpatient oral therapy only for patients who need no hospitalisation; Bonkat G et al.
EAU urological infections guideline 2024: older age, comorbidity and systemic signs
call for inpatient care; a patient criterion, not a probability threshold)."""


def _older_febrile(facts: ClinicalFacts) -> bool:
    """Age >= ``PYELO_OLDER_AGE`` with a fever stated or measured (>= 38.0 C)."""
    t = facts.vitals.temperature_c
    fever = facts.has("fever") or (t is not None and t >= FEVER_C)
    return facts.age is not None and facts.age >= PYELO_OLDER_AGE and fever


SSTI_SOURCE: Final = (
    "Stevens DL et al. IDSA practice guideline for skin and soft tissue infections."
    " Clin Infect Dis 2014;59:e10-e52"
)
ORAL_ANTIBIOTIC_FAILURE: Final = re.compile(
    r"(?i)\b(?:despite|failed|failing|failure of|worsening on|no improvement on"
    r"|not improving on|progressing on|spreading on)"
    r" (?:(?:\d+|one|two|three|four|five|several) days? of )?(?:outpatient |oral |po )*"
    r"(?:antibiotics?|cephalexin|cefalexin|flucloxacillin|dicloxacillin|clindamycin"
    r"|doxycycline|trimethoprim[- /]sulfamethoxazole|tmp[- /]smx|bactrim"
    r"|amoxicillin(?:[- /]clavulanate)?|augmentin)\b"
)
"""Wording of cellulitis progressing on oral antibiotics."""


def _cellulitis(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    if not facts.has("cellulitis"):
        return None
    failed = bool(ORAL_ANTIBIOTIC_FAILURE.search(text))
    immune = facts.known("immunocompromised")
    if not (failed or immune):
        return None
    why = "failing oral antibiotics" if failed else "in an immunocompromised patient"
    rule = RuleResult(
        name="Cellulitis: severe (IDSA)",
        source=SSTI_SOURCE,
        inputs={"failed oral antibiotics": failed, "immunocompromised": immune},
        score=None,
        interpretation=f"cellulitis {why}: parenteral antibiotics in hospital",
    )
    return AdmissionCriterion(
        rule, "Admit", "ward", f"cellulitis {why}: parenteral antibiotics (IDSA 2014)"
    )


ASTHMA_SOURCE: Final = (
    "Global Initiative for Asthma 2024 (management of exacerbations in the ED);"
    " NAEPP Expert Panel Report 3, 2007"
)
ASTHMA_POST_ADMIT: Final = 40.0
"""Post-treatment PEF/FEV1 (% predicted) below which the patient is admitted."""
ASTHMA_PRE_ADMIT: Final = 25.0
"""Pre-treatment PEF/FEV1 (% predicted) below which admission is recommended (GINA)."""
_LUNG_FUNCTION: Final = re.compile(
    r"(?i)\b(?:pefr?|peak (?:expiratory )?flow|fev1)\b[^.;%]{0,40}?(\d{1,3})\s*%"
    r"\s*(?:of\s+)?(?:predicted|pred\b|personal best|of best)"
)
_POST_TREATMENT: Final = re.compile(
    r"(?i)\b(?:after|following|post[- ]?)\s*(?:\w+\s+){0,3}?(?:treatment|therapy"
    r"|nebs?|nebuli[sz](?:er|ation)s?|bronchodilators?|salbutamol|albuterol"
    r"|inhalers?|magnesium)"
)


def _sentence(text: str, start: int, end: int) -> str:
    return text[sentence_start(text, start, ".\n") : sentence_end(text, end, ".")]


def _asthma_attack(facts: ClinicalFacts, ruled_in: Collection[str]) -> bool:
    """An asthma attack now: named, ruled in, or a known asthmatic now wheezing."""
    return (
        facts.has("asthma_exacerbation")
        or facts.has("asthma")
        or "asthma_exacerbation" in ruled_in
        or ("asthma" in facts.historical and facts.has("wheezing"))
    )


def _asthma_lung_function(
    facts: ClinicalFacts, text: str, ruled_in: Collection[str] = ()
) -> AdmissionCriterion | None:
    if not _asthma_attack(facts, ruled_in) or facts.age is None or facts.age < 5:
        return None
    for m in _LUNG_FUNCTION.finditer(text):
        pct = float(m.group(1))
        post = bool(_POST_TREATMENT.search(_sentence(text, m.start(), m.end())))
        cut = ASTHMA_POST_ADMIT if post else ASTHMA_PRE_ADMIT
        if pct >= cut:
            continue
        when = "after" if post else "before"
        rule = RuleResult(
            name="Asthma lung function (GINA/NAEPP)",
            source=ASTHMA_SOURCE,
            inputs={"PEF or FEV1 % predicted": pct, "after treatment": post},
            score=pct,
            interpretation=f"{pct:g} % {when} treatment (< {cut:g} %): hospital",
        )
        return AdmissionCriterion(
            rule,
            "Admit",
            "ward",
            f"acute asthma with PEF/FEV1 {pct:g} % of predicted {when} treatment"
            f" (< {cut:g} %): admission (GINA 2024; NAEPP 2007)",
        )
    return None


ASTHMA_LIFE_THREATENING_PEF: Final = 33.0
"""PEF or FEV1 (% of best or predicted) below which an asthma attack is
life-threatening (BTS/SIGN 158, 2019)."""
ASTHMA_LIFE_THREATENING_SPO2: Final = 92.0
"""SpO2 (%) below which an asthma attack is life-threatening (BTS/SIGN 158, 2019)."""
BTS_ASTHMA: Final = "BTS/SIGN 158 British guideline on the management of asthma 2019"


def _asthma_life_threatening(
    facts: ClinicalFacts, text: str, ruled_in: Collection[str] = ()
) -> AdmissionCriterion | None:
    """Acute asthma with a life-threatening feature: admission (BTS/SIGN 158 s8.7).

    PEF or FEV1 < 33 % of best or predicted before treatment, or SpO2 < 92 %: "admit
    patients with any feature of a life-threatening or near-fatal asthma attack",
    whatever the response in the ED (the attack can relapse within hours).
    """
    if not _asthma_attack(facts, ruled_in) or facts.age is None or facts.age < 5:
        return None
    features: list[str] = []
    pre = [
        float(m.group(1))
        for m in _LUNG_FUNCTION.finditer(text)
        if not _POST_TREATMENT.search(_sentence(text, m.start(), m.end()))
    ]
    if pre and min(pre) < ASTHMA_LIFE_THREATENING_PEF:
        features.append(f"PEF/FEV1 {min(pre):g} % of best or predicted")
    spo2 = facts.vitals.spo2
    if spo2 is not None and spo2 < ASTHMA_LIFE_THREATENING_SPO2:
        features.append(f"SpO2 {spo2:g} %")
    if not features:
        return None
    rule = RuleResult(
        name="Life-threatening asthma (BTS/SIGN)",
        source=BTS_ASTHMA,
        inputs={"features": "; ".join(features)},
        score=None,
        interpretation="life-threatening features: admission, senior and ICU review",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "life-threatening asthma (" + "; ".join(features) + "): admission with"
        f" senior and ICU review ({BTS_ASTHMA})",
    )


HYPERKALAEMIA_SOURCE: Final = (
    "UK Kidney Association. Clinical practice guidelines: treatment of acute"
    " hyperkalaemia in adults, 2020"
)
_HYPERKALAEMIA_ECG: Final = ("peaked_t_waves", "qrs_wide")


def _hyperkalaemia_monitored(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """Severe hyperkalaemia (K >= 6.5 mmol/L) or hyperkalaemia with ECG changes.

    UK Kidney Association 2020: continuous cardiac monitoring while the potassium is
    treated and rechecked (a monitored bed: ICU, HDU or coronary care), not a ward.
    """
    severe = facts.has("potassium_high_severe")
    ecg = [c for c in _HYPERKALAEMIA_ECG if facts.has(c)]
    if not (severe or (facts.has("potassium_high") and ecg)):
        return None
    why = "K >= 6.5 mmol/L" if severe else "with " + ", ".join(ecg).replace("_", " ")
    rule = RuleResult(
        name="Hyperkalaemia needing cardiac monitoring (UK KA 2020)",
        source=HYPERKALAEMIA_SOURCE,
        inputs={"potassium >= 6.5": severe, "ECG changes": ", ".join(ecg) or None},
        score=None,
        interpretation=f"hyperkalaemia {why}: continuous cardiac monitoring",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        f"hyperkalaemia {why}: admission to a monitored bed with continuous cardiac"
        " monitoring (UK Kidney Association 2020)",
    )


ANAEMIA_SOURCE: Final = "Carson JL et al. AABB 2023, JAMA 2023;330:1892"
_ANAEMIA_SYMPTOMS: Final = (
    "dyspnea", "chest_pain", "syncope", "presyncope", "tachycardia", "hypotension",
)  # fmt: skip
"""What makes a low haemoglobin symptomatic: breathlessness, angina, (pre)syncope, a
resting tachycardia or hypotension (Carson JL et al. AABB international guidelines,
JAMA 2023;330:1892: transfuse at Hb < 7 g/dL, or with symptoms; BSH 2012 ED
management of anaemia)."""


def _symptomatic_severe_anaemia(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """Hb < 7 g/dL with a symptom of anaemia: admission for transfusion and a cause.

    A haemoglobin below the restrictive transfusion threshold (AABB 2023: 7 g/dL)
    with breathlessness, angina, (pre)syncope, tachycardia or hypotension needs red
    cells (group and crossmatch) and the cause found in hospital; a well patient with
    a chronic, stable anaemia is not meant (no symptom: no criterion).
    """
    if not facts.has("hemoglobin_low_severe"):
        return None
    symptoms = [c for c in _ANAEMIA_SYMPTOMS if facts.has(c)]
    if not symptoms:
        return None
    why = ", ".join(symptoms).replace("_", " ")
    rule = RuleResult(
        name="Symptomatic severe anaemia (AABB 2023)",
        source=ANAEMIA_SOURCE,
        inputs={"haemoglobin < 7 g/dL": True, "symptoms": why},
        score=None,
        interpretation=f"haemoglobin < 7 g/dL with {why}: transfusion",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"haemoglobin < 7 g/dL with {why}: admission for red-cell transfusion (group"
        f" and crossmatch) and the cause of the anaemia ({ANAEMIA_SOURCE})",
    )


HYPOKALAEMIA_SEVERE: Final = 2.5
"""Severe hypokalaemia (mmol/L): IV replacement with cardiac monitoring (Kardalas E et
al. Endocr Connect 2018; BNF potassium chloride: IV for severe deficiency)."""
HYPOKALAEMIA_MODERATE: Final = 3.0
_HYPOKALAEMIA_SIGNS: Final = (
    "paralysis", "cord_injury_signs", "weakness", "ecg_nonsinus",
)  # fmt: skip
_TIREDNESS: Final = re.compile(r"(?i)fatigu|tired|letharg|malaise|lack of energy")
"""Tiredness is read as the 'weakness' concept; it is not the muscle weakness that
makes hypokalaemia symptomatic (Kardalas 2018: weakness, paralysis, arrhythmia)."""


_POWER_NORMAL: Final = re.compile(
    r"(?i)\b(?:power|strength)(?: is)? (?:normal|full|5/5)|(?:normal|full) (?:power"
    r"|strength)|no (?:muscle |limb )?weakness"
)
"""Documented normal power: the complaint's 'weakness' is then no muscle weakness."""
_HYPOKALAEMIA_ICU_SIGNS: Final = frozenset({"paralysis", "cord_injury_signs"})
"""Signs that take a hypokalaemia to intensive care rather than a monitored bed:
paralysis (respiratory muscle involvement; Kardalas 2018; Tintinalli 9th ed. ch. 17),
or any sign below 2.5 mmol/L; a 2.5-2.9 with weakness or an arrhythmia alone is
replaced IV under continuous monitoring in a monitored ward bed."""


def _hypokalaemia_sign(facts: ClinicalFacts, concept: str, text: str = "") -> bool:
    """A sign of symptomatic hypokalaemia, 'weakness' only when muscle weakness.

    Tiredness is no weakness, nor is a 'weakness' complaint beside documented normal
    power (Kardalas 2018: muscle weakness, paralysis, arrhythmia).
    """
    if concept != "weakness":
        return facts.has(concept)
    if _POWER_NORMAL.search(text):
        return False
    return any(
        f.concept == concept and f.status == "present" and not _TIREDNESS.search(f.text)
        for f in facts.findings
    )


def _hypokalaemia_monitored(
    facts: ClinicalFacts, text: str
) -> AdmissionCriterion | None:
    """Severe (< 2.5 mmol/L) or symptomatic (< 3.0) hypokalaemia: IV K, monitored.

    Kardalas E et al. Endocr Connect 2018 (hypokalaemia: IV replacement with cardiac
    monitoring when severe, with ECG changes or muscle weakness or paralysis); in
    thyrotoxic periodic paralysis the replacement is cautious, as the potassium
    returns from the cells (rebound hyperkalaemia: Endocrine Society / ATA 2016).
    """
    potassium = [r.value for r in analyte_results(text, "potassium")]
    if not potassium or min(potassium) >= HYPOKALAEMIA:
        return None
    k = min(potassium)
    found = [c for c in _HYPOKALAEMIA_SIGNS if _hypokalaemia_sign(facts, c, text)]
    signs = [c.replace("_", " ") for c in found]
    if k >= HYPOKALAEMIA_MODERATE:
        return None
    if k >= HYPOKALAEMIA_SEVERE and not signs:
        return _hypokalaemia_no_oral_route(k, text)
    why = f"K {k:g} mmol/L" + (f" with {', '.join(signs)}" if signs else "")
    rule = RuleResult(
        name="Hypokalaemia needing IV replacement with cardiac monitoring",
        source="Kardalas E et al. Endocr Connect 2018;7:R135",
        inputs={"potassium": k, "symptoms or ECG changes": ", ".join(signs) or None},
        score=None,
        interpretation=f"hypokalaemia {why}: IV potassium, cardiac monitoring",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu"
        if _HYPOKALAEMIA_ICU_SIGNS.intersection(found)
        or (found and k < HYPOKALAEMIA_SEVERE)
        else "ward",
        f"hypokalaemia {why}: IV potassium replacement with continuous cardiac"
        " monitoring in a monitored bed, not home (Kardalas E et al. Endocr Connect"
        " 2018)",
    )


def _hypokalaemia_no_oral_route(k: float, text: str) -> AdmissionCriterion | None:
    """Moderate hypokalaemia (2.5-3.0 mmol/L) that cannot be replaced by mouth.

    Oral potassium is the route for a moderate deficit without ECG changes; when the
    patient cannot keep oral intake down (ongoing vomiting, the usual cause of the
    loss) the replacement is intravenous, at a limited rate, in hospital (Kardalas E
    et al. Endocr Connect 2018;7:R135; Tintinalli 9th ed. ch. 17).
    """
    if not ORAL_FAILURE.search(text):
        return None
    rule = RuleResult(
        name="Hypokalaemia needing IV replacement with cardiac monitoring",
        source="Kardalas E et al. Endocr Connect 2018;7:R135",
        inputs={"potassium": k, "oral intake failed": True},
        score=None,
        interpretation=f"hypokalaemia K {k:g} mmol/L, oral route not possible: IV"
        " potassium",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"hypokalaemia K {k:g} mmol/L and unable to keep oral intake down: IV"
        " potassium replacement in hospital, not home (Kardalas E et al. Endocr"
        " Connect 2018)",
    )


INFANT_ALKALOSIS_MAX_AGE: Final = 0
"""Completed years: infants (pyloric stenosis presents at 2-12 weeks)."""


def _infant_alkalosis(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """A vomiting infant with a hypochloraemic metabolic alkalosis: in hospital.

    Gastroenteritis acidifies; vomiting that makes an infant alkalotic and
    hypochloraemic is gastric-outlet loss, pyloric stenosis until an ultrasound says
    otherwise, and the alkalosis is corrected with IV fluid before any operation
    (Hernanz-Schulman M. Radiology 2003;227:319; APLS 6th ed.; Bissonnette B,
    Sullivan PJ. Can J Anaesth 1991;38:668). Not a discharge with oral fluids.
    """
    age = facts.age
    if age is None or age > INFANT_ALKALOSIS_MAX_AGE:
        return None
    if not (facts.has("hypochloremic_alkalosis") and facts.has("vomiting")):
        return None
    rule = RuleResult(
        name="Vomiting infant with hypochloraemic alkalosis",
        source="Hernanz-Schulman M. Radiology 2003;227:319; APLS 6th ed.",
        inputs={"hypochloraemic alkalosis": True, "vomiting": True},
        score=None,
        interpretation="gastric-outlet loss: IV correction and pyloric ultrasound",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "vomiting infant with a hypochloraemic metabolic alkalosis: IV correction of"
        " fluid and electrolytes in hospital and a pyloric ultrasound, not home on"
        " oral fluids (Hernanz-Schulman 2003; APLS)",
    )


CHILD_HDU_MAX_AGE: Final = 15
"""Completed years of the paediatric critical-care standards (to the 16th birthday)."""
CHILD_HDU_GCS: Final = 12.0
PCC_SOURCE: Final = (
    "Paediatric Critical Care Society. Quality standards for the care of critically ill"
    " or injured children, 6th ed. 2021; Paediatric Critical Care Minimum Data Set"
    " (level 2, high-dependency care: GCS 12 or below with hourly GCS monitoring)"
)


def _child_depressed_consciousness(
    facts: ClinicalFacts, text: str
) -> AdmissionCriterion | None:
    """A child with GCS <= 12, or responding to pain only or not at all: PICU / HDU.

    A depressed consciousness needs hourly neurological observation and an airway
    watched by staff who can secure it: paediatric high-dependency (level 2) care at
    least, whatever its cause (PCCS 2021; PCCMDS), not a ward observation bed.
    """
    age = facts.age
    if age is None or age > CHILD_HDU_MAX_AGE:
        return None
    gcs = facts.measurements.get("gcs")
    avpu = written_avpu(text) or recorded_avpu(facts.vitals.raw)
    low = gcs is not None and gcs <= CHILD_HDU_GCS
    if not (low or avpu in ("P", "U")):
        return None
    what = f"GCS {gcs:g}" if low and gcs is not None else f"AVPU {avpu}"
    rule = RuleResult(
        name="Child with a depressed consciousness",
        source=PCC_SOURCE,
        inputs={"GCS": gcs, "AVPU": avpu, "age (years)": age},
        score=None,
        interpretation=f"{what} at {age}: paediatric high-dependency care",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        f"child with {what}: paediatric high-dependency or intensive care with hourly"
        " neurological observations and airway monitoring (PCCS 2021; PCCMDS)",
    )


def _child_depressed(facts: ClinicalFacts) -> bool:
    """Whether a young child's breathing or consciousness is depressed (PALS 2020)."""
    return (
        facts.has("respiratory_depression")
        or facts.has("apnea")
        or facts.has("unresponsive")
        or (facts.measurements.get("gcs") or 15.0) <= CHILD_HDU_GCS
    )


CHILD_OPIOID_SOURCE: Final = (
    "Sachdeva DK, Stadnyk JM. Are one or two dangerous? Opioid exposure in toddlers. J"
    " Emerg Med 2005;29:77; Hayes BD et al. Toxicity of buprenorphine overdoses in"
    " children. Pediatrics 2008;121:e782; AHA/AAP PALS 2020"
)


def _child_opioid(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    """A young child who has taken an opioid: admission, never a short observation.

    One adult tablet of methadone, buprenorphine or an extended-release opioid can
    kill a toddler, and the depression appears late and recurs after naloxone
    (Sachdeva & Stadnyk 2005; Hayes 2008: buprenorphine toxicity up to 24 h after the
    exposure): admission for at least 24 h of monitoring; intensive care while the
    breathing or consciousness is depressed (AHA/AAP PALS 2020).
    """
    age = facts.age
    low, high = CHILD_INGESTION_AGES
    if age is None or not low <= age <= high:
        return None
    drug = _asserted_match(CHILD_OPIOID_INGESTION, text)
    if drug is None:
        return None
    depressed = _child_depressed(facts)
    rule = RuleResult(
        name="Opioid ingestion in a young child",
        source=CHILD_OPIOID_SOURCE,
        inputs={
            "opioid ingestion": True,
            "depressed breathing or consciousness": depressed,
        },
        score=None,
        interpretation="opioid taken by a young child: admission and monitoring",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu" if depressed else "ward",
        "opioid ingestion by a young child: admission with at least 24 h of"
        " cardiorespiratory monitoring (delayed and recurrent depression)"
        + (
            "; paediatric intensive care while breathing or consciousness is depressed"
            if depressed
            else ""
        )
        + " (Sachdeva & Stadnyk 2005; Hayes 2008; AHA/AAP PALS 2020)",
    )


CHILD_DELAYED_SOURCE: Final = (
    "Spiller HA et al. J Pediatr 1997;131:141; Lung DD, Olson KR. Pediatr Emerg Care"
    " 2011;27:846 (sulfonylureas); Seger DL. J Toxicol Clin Toxicol 2002;40:145"
    " (clonidine); Bar-Oz B et al. Paediatr Drugs 2004;6:123"
)
_CLONIDINE_TOXIDROME: Final = (
    "lethargy",
    "altered_mental_status",
    "unresponsive",
    "miosis",
    "bradycardia",
    "respiratory_depression",
    "hypotension",
)


def _child_delayed_toxicity(
    facts: ClinicalFacts, text: str
) -> AdmissionCriterion | None:
    """A young child's ingestion whose toxicity comes late: admitted, not sent home.

    A sulfonylurea: hypoglycaemia in about a third, 96 % within 8 h but as late as
    13-21 h, so admission to a monitored setting for at least 16 h with hourly
    glucose (Spiller 1997; Lung & Olson 2011). Clonidine with its toxidrome:
    depression, bradycardia and apnoea recur for up to a day (Seger 2002): 24 h of
    cardiorespiratory monitoring; intensive care while breathing or consciousness is
    depressed, as for an opioid (AHA/AAP PALS 2020).
    """
    age = facts.age
    low, high = CHILD_INGESTION_AGES
    if age is None or not low <= age <= high:
        return None
    if _asserted_match(CHILD_SULFONYLUREA_INGESTION, text) is not None:
        agent, care = "sulfonylurea", "hourly glucose for at least 16 h"
    elif _asserted_match(CHILD_CLONIDINE_INGESTION, text) is not None and any(
        facts.has(c) for c in _CLONIDINE_TOXIDROME
    ):
        agent = "clonidine with its toxidrome"
        care = "24 h cardiorespiratory monitoring"
    else:
        return None
    depressed = _child_depressed(facts)
    rule = RuleResult(
        name="Delayed-toxicity ingestion in a young child",
        source=CHILD_DELAYED_SOURCE,
        inputs={"agent": agent, "depressed breathing or consciousness": depressed},
        score=None,
        interpretation=f"{agent} taken by a young child: admission and monitoring",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu" if depressed else "ward",
        f"{agent} taken by a young child: admission with {care} (delayed and"
        " recurrent toxicity; one tablet can be enough)"
        + (
            "; paediatric intensive care while breathing or consciousness is depressed"
            if depressed
            else ""
        )
        + " (Spiller 1997; Lung & Olson 2011; Seger 2002)",
    )


TOXIC_HYPERTHERMIA_C: Final = 40.0
"""A toxidrome's muscular heat at or above this is life-threatening: rapid cooling,
sedation and often paralysis with intubation (Goldfrank's 11th ed. ch. 29 and 75;
Boyer EW, Shannon M. NEJM 2005)."""
HYPERTHERMIC_TOXIDROMES: Final = frozenset(
    {
        "sympathomimetic_toxicity",
        "serotonin_syndrome",
        "anticholinergic_toxicity",
        "neuroleptic_malignant_syndrome",
    }
)
TOXIC_HYPERTHERMIA_SOURCE: Final = (
    "Goldfrank's Toxicologic Emergencies 11th ed. ch. 29 (thermoregulation) and 75"
    " (amphetamines); Boyer EW, Shannon M. N Engl J Med 2005;352:1112; Richards JR et"
    " al. Am J Emerg Med 2015;33:1527"
)


def _toxic_hyperthermia(
    facts: ClinicalFacts, ruled_in: Collection[str]
) -> AdmissionCriterion | None:
    """A hyperthermic toxidrome at 40 °C or more: intensive care, not a ward bed.

    Hyperthermia is what kills in sympathomimetic, serotonin, anticholinergic and
    neuroleptic toxicity; at >= 40 °C it needs continuous cooling, repeated
    sedation and often paralysis and ventilation, with rhabdomyolysis,
    coagulopathy and multi-organ failure to watch for (Goldfrank's; Boyer 2005).
    """
    t = facts.vitals.temperature_c
    toxidrome = sorted(HYPERTHERMIC_TOXIDROMES & set(ruled_in))
    if t is None or t < TOXIC_HYPERTHERMIA_C or not toxidrome:
        return None
    rule = RuleResult(
        name="Toxic hyperthermia",
        source=TOXIC_HYPERTHERMIA_SOURCE,
        inputs={"temperature": t, "toxidrome": ", ".join(toxidrome)},
        score=None,
        interpretation=f"toxidrome with a temperature of {t:g} °C",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        f"hyperthermic toxidrome ({t:g} °C >= {TOXIC_HYPERTHERMIA_C:g}): intensive"
        " care for cooling, sedation and possible paralysis and ventilation"
        " (Goldfrank's 11th ed.; Boyer & Shannon 2005)",
    )


AKI_SOURCE: Final = (
    "KDIGO Clinical Practice Guideline for Acute Kidney Injury. Kidney Int Suppl"
    " 2012;2:1; NICE NG148 (2019) acute kidney injury"
)


ICD_STORM_SOURCE: Final = (
    "Zeppenfeld K et al. ESC 2022 ventricular arrhythmias; HRS/EHRA/APHRS/SOLAECE"
    " 2015 ICD programming consensus"
)


def _repeated_icd_shocks(text: str) -> AdmissionCriterion | None:
    """More than one ICD shock: a monitored (coronary care) bed (ESC 2022 VA)."""
    if not repeated_icd_shocks(text):
        return None
    rule = RuleResult(
        name="Repeated ICD shocks (possible electrical storm)",
        source=ICD_STORM_SOURCE,
        inputs={"more than one shock": True},
        score=None,
        interpretation="more than one ICD shock: monitored bed, device interrogation",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        "more than one ICD shock: admission to a monitored (coronary care) bed with"
        " device interrogation and electrophysiology (Zeppenfeld K et al. ESC 2022"
        " ventricular arrhythmias: electrical storm)",
    )


def _aki(text: str) -> AdmissionCriterion | None:
    """KDIGO stage 2-3 acute kidney injury (creatinine >= 2 x a stated baseline)."""
    staged = aki_stage(text)
    if staged is None or staged[0] < 2:
        return None
    stage, current, baseline = staged
    why = (
        f"KDIGO stage {stage} acute kidney injury (creatinine {current:.1f} mg/dL,"
        f" baseline {baseline:.1f})"
    )
    rule = RuleResult(
        name="Acute kidney injury, KDIGO stage",
        source=AKI_SOURCE,
        inputs={"creatinine": round(current, 2), "baseline": round(baseline, 2)},
        score=stage,
        interpretation=f"{why}: IV fluids, drug review and daily creatinine",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"{why}: admission for IV fluids, stopping nephrotoxic drugs and a repeat"
        " creatinine (KDIGO 2012; NICE NG148)",
    )


AHA_TIA: Final = "AHA/ASA TIA statement 2009"


def _tia(facts: ClinicalFacts) -> AdmissionCriterion | None:
    if not facts.has("tia"):
        return None
    return _at_least(
        "abcd2",
        facts,
        (
            (
                3,
                "Observation",
                "ward",
                f">= 3: hospital-based rapid evaluation of the TIA ({AHA_TIA})",
            ),
        ),
    )


STROKE_UNIT_SOURCE: Final = (
    "Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (Stroke 2019;50:e344),"
    " 4.11: comprehensive stroke-unit care, class I; 3.2.1: imaging excludes"
    " haemorrhage"
)
_STROKE_DEFICIT: Final = (
    "focal_deficit",
    "unilateral_weakness",
    "speech_disturbance",
    "facial_droop",
    "large_vessel_occlusion",
    "dwi_infarct",
)
_BRAIN_IMAGED: Final = (
    "ct_head_negative",
    "ct_head_negative_early",
    "dwi_infarct",
    "large_vessel_occlusion",
)
# lead38: a CSF pleocytosis names an infection of the brain (encephalitis, meningitis)
# as the deficit's cause: a stroke mimic (Fernandes PM et al. Stroke mimics. Pract
# Neurol 2013;13:21; Tunkel AR et al. IDSA 2008 encephalitis: focal deficits in HSV)
_MIMIC: Final = (
    "symptoms_resolved",
    "lmn_facial_palsy",
    "hypoglycemia",
    "csf_pleocytosis",
)


def _ischaemic_stroke(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """A persisting focal deficit whose brain imaging excludes haemorrhage: admit.

    The imaged ischaemic stroke (treat36): a stroke unit, whatever the lytic decision
    (AHA/ASA 2019 4.11); a resolved deficit is a TIA's (``_tia``), a lower motor
    neurone facial palsy, a hypoglycaemia or a CSF pleocytosis a mimic's.
    """
    deficits = [c for c in _STROKE_DEFICIT if facts.has(c)]
    imaged = [c for c in _BRAIN_IMAGED if facts.has(c)]
    if not deficits or not imaged or any(facts.has(c) for c in _MIMIC):
        return None
    rule = RuleResult(
        name="Persisting focal deficit, brain imaging without haemorrhage",
        source=STROKE_UNIT_SOURCE,
        inputs=dict.fromkeys([*deficits, *imaged], True),
        missing=(),
        score=None,
        interpretation="acute ischaemic stroke: stroke-unit admission",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "a persisting focal deficit with brain imaging excluding haemorrhage: acute"
        f" ischaemic stroke, stroke-unit care ({STROKE_UNIT_SOURCE})",
    )


HIP_SOURCE: Final = (
    "NICE CG124 hip fracture in adults (2011, updated 2023); AAOS management of hip"
    " fractures in older adults 2021"
)


def _hip_fracture(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """A hip fracture, named or shown by its leg.

    A fall with a shortened, externally rotated leg in an adult is a displaced hip
    fracture until the film says otherwise (NICE CG124; AAOS 2021), and either answer
    keeps the patient in (surgery, or the occult-fracture MRI before any discharge,
    NICE CG124 1.2.1).
    """
    if facts.age is not None and facts.age < 18:
        return None
    shown = facts.has("shortened_rotated_leg") and facts.has("fall")
    if not (facts.has("hip_fracture") or shown):
        return None
    rule = RuleResult(
        name="Hip fracture (NICE CG124)",
        source=HIP_SOURCE,
        inputs={
            "hip fracture": facts.has("hip_fracture"),
            "shortened rotated leg after a fall": shown,
        },
        score=None,
        interpretation="hip fracture: surgery on the day of or the day after admission",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "hip fracture: admission for surgery within 36 h (NICE CG124; AAOS 2021)",
    )


PELVIS_SOURCE: Final = (
    "Rommens PM, Hofmann A. Comprehensive classification of fragility fractures of the"
    " pelvic ring. Injury 2013;44:1733; BOAST 3 pelvic and acetabular fracture"
    " management 2018; ATLS 10th ed. ch. 5"
)


def _pelvic_fracture(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """A pelvic fracture on the film in a patient who cannot bear weight."""
    if not facts.has("xray_fracture_pelvis"):
        return None
    if not (facts.has("unable_to_bear_weight") or facts.has("hypotension")):
        return None
    rule = RuleResult(
        name="Pelvic fracture, unable to bear weight",
        source=PELVIS_SOURCE,
        inputs={"pelvic fracture": True, "unable to bear weight": True},
        score=None,
        interpretation="pelvic fracture: analgesia and mobilisation in hospital",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "pelvic fracture unable to bear weight: admission for analgesia, "
        "mobilisation and ring assessment (BOAST 3 2018; Rommens 2013)",
    )


SPINE_SOURCE: Final = (
    "NICE NG41 2016 spinal injury: assessment and initial management; ATLS 10th ed."
    " ch. 7; Vaccaro AR et al. TLICS. Spine 2005;30:2325 (burst, translation or"
    " distraction morphology and a neurological deficit score towards instability)"
)
_UNSTABLE_SPINE: Final = re.compile(
    r"(?i)(?<!\bno )(?<!without )(?<!\bnot )\b(?:burst|chance|retropuls\w*|"
    r"fracture[- ]dislocation|distraction|translation|"
    r"canal (?:compromise|narrowing|encroachment))\b"
)
"""Report words of a potentially unstable thoracolumbar fracture (TLICS morphology)."""
_SPINE_DEFICIT: Final = ("focal_deficit", "leg_weakness", *_CES_FLAGS)


def _thoracolumbar_fracture(
    facts: ClinicalFacts, text: str
) -> AdmissionCriterion | None:
    """A thoracolumbar fracture on imaging that may be unstable or has a deficit."""
    if not (
        facts.has("imaging_fracture_thoracic_spine")
        or facts.has("imaging_fracture_lumbar_spine")
    ):
        return None
    deficit = [c for c in _SPINE_DEFICIT if facts.has(c)]
    if not (deficit or _UNSTABLE_SPINE.search(text)):
        return None
    rule = RuleResult(
        name="Thoracolumbar fracture, unstable pattern or neurological deficit",
        source=SPINE_SOURCE,
        inputs={"vertebral fracture on imaging": True, **dict.fromkeys(deficit, True)},
        score=None,
        interpretation="thoracolumbar fracture that may be unstable",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "thoracolumbar fracture with a burst, distraction or translation pattern or a"
        " neurological deficit: spinal precautions and spine surgical assessment in"
        " hospital (NICE NG41 2016; TLICS)",
    )


LONG_ACTING_HYPOGLYCAEMIC: Final = re.compile(
    r"(?i)\b(?:sulfonylureas?|sulphonylureas?|glipizide|glyburide|glibenclamide|"
    r"gliclazide|glimepiride|chlorpropamide|tolbutamide|insulin glargine|glargine|"
    r"detemir|degludec|lantus|levemir|tresiba|toujeo|NPH insulin)\b"
)
"""Agents whose hypoglycaemia recurs after correction (the patient's own drug: a
medication list counts, so no mention context is required)."""
HYPO_SOURCE: Final = (
    "ADA Standards of Care in Diabetes 2024, section 6 (hypoglycaemia); Goldfrank's"
    " Toxicologic Emergencies, 11th ed., ch. 47 (sulfonylureas)"
)


def _long_acting_hypoglycaemia(
    facts: ClinicalFacts, text: str
) -> AdmissionCriterion | None:
    low = facts.has("glucose_low") or facts.has("hypoglycemia")
    drug = _asserted_match(LONG_ACTING_HYPOGLYCAEMIC, text) if low else None
    if drug is None:
        return None
    rule = RuleResult(
        name="Hypoglycaemia on a long-acting agent",
        source=HYPO_SOURCE,
        inputs={"hypoglycaemia": True, "agent": drug.group(0)},
        score=None,
        interpretation=f"hypoglycaemia on {drug.group(0)}: recurrence expected",
    )
    return AdmissionCriterion(
        rule,
        "Observation",
        "ward",
        f"hypoglycaemia on {drug.group(0)}: observation for recurrence, not home after"
        " the first correction (ADA 2024; Goldfrank's)",
    )


INFANT_HYPOGLYCAEMIA_MAX_AGE: Final = 0
"""Completed years: neonates and infants."""
INFANT_HYPO_SOURCE: Final = (
    "Thornton PS et al. Pediatric Endocrine Society recommendations for persistent"
    " hypoglycemia in neonates, infants and children. J Pediatr 2015;167:238; Adamkin"
    " DH, AAP Committee on Fetus and Newborn. Pediatrics 2011;127:575"
)


def _infant_hypoglycaemia(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """Hypoglycaemia in a neonate or an infant: in hospital, never home.

    Below one year hypoglycaemia is a metabolic or endocrine disorder (hyperinsulinism,
    hypopituitarism, an inborn error) until a critical sample taken during an episode
    and a supervised fast say otherwise, and it recurs: IV dextrose to a glucose
    infusion rate that holds the level and the evaluation in hospital (PES 2015;
    AAP 2011). An infant corrected once in the ED is not a discharge.
    """
    if facts.age is None or facts.age > INFANT_HYPOGLYCAEMIA_MAX_AGE:
        return None
    if not (facts.has("glucose_low") or facts.has("hypoglycemia")):
        return None
    rule = RuleResult(
        name="Hypoglycaemia in an infant",
        source=INFANT_HYPO_SOURCE,
        inputs={"hypoglycaemia": True, "age under 1 year": True},
        score=None,
        interpretation="infant hypoglycaemia: dextrose and evaluation in hospital",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "hypoglycaemia under 1 year: admission for IV dextrose, glucose monitoring and"
        " the critical-sample evaluation (PES 2015; AAP 2011)",
    )


_NEGATED_BEFORE: Final = re.compile(
    r"(?i)\b(?:no|not|never|denies|without|stopped|discontinued|completed|off"
    r"|awaiting|listed for)"
    r"\W+(?:\w+\W+){0,3}$"
)
"""A negation or a past course in the few words before a mention."""


def _asserted_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first mention of ``pattern`` in ``text`` not negated just before it."""
    for m in pattern.finditer(text):
        if not _NEGATED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            return m
    return None


NEUROMUSCULAR_IDS: Final = frozenset({"guillain_barre", "myasthenic_crisis"})
"""Knowledge-base ids of the neuromuscular diseases the 20/30/40 rule is about."""
NEUROMUSCULAR_SOURCE: Final = (
    "Lawn ND et al. Arch Neurol 2001;58:893 (20/30/40 rule); van Doorn PA et al."
    " EAN/PNS Guillain-Barre syndrome guideline 2023; Sanders DB et al. Neurology"
    " 2016;87:419 (myasthenia gravis)"
)


def _neuromuscular_respiratory(
    facts: ClinicalFacts, ruled_in: Collection[str]
) -> AdmissionCriterion | None:
    """GBS or myasthenia gravis with a vital capacity or NIF past the 20/30/40 rule.

    The measured values are the facts' (``fvc_ml_kg``, ``nif_cmh2o``: read by
    ``findings.extract_measurements`` from every text of the visit).
    """
    if not (NEUROMUSCULAR_IDS & set(ruled_in) or facts.has("myasthenia_gravis")):
        return None
    why = ""
    fvc = facts.measurements.get("fvc_ml_kg")
    nif = facts.measurements.get("nif_cmh2o")
    if fvc is not None and 0 < fvc < FVC_ML_PER_KG_LIMIT:
        why = f"vital capacity {fvc:g} mL/kg (< 20)"
    if not why and nif is not None and 0 < nif < NIF_LIMIT_CMH2O:
        why = f"inspiratory force -{nif:g} cmH2O (weaker than -30)"
    if not why and facts.has("vital_capacity_low"):
        why = "a low or falling vital capacity"
    if not why and "guillain_barre" in ruled_in and facts.has("bulbar_weakness"):
        # EAN/PNS 2023 GBS: severe swallowing dysfunction or a diminished cough is an
        # indication for intensive care, whatever the vital capacity
        why = "a weak cough or swallow (bulbar weakness)"
    if not why:
        return None
    rule = RuleResult(
        name="Neuromuscular respiratory weakness (20/30/40 rule)",
        source=NEUROMUSCULAR_SOURCE,
        inputs={"neuromuscular disease": True, "respiratory limit": why},
        score=None,
        interpretation=f"neuromuscular weakness with {why}: intubation risk",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        f"neuromuscular weakness with {why}: intensive care with planned, not"
        " emergency, intubation (Lawn 2001 20/30/40 rule; EAN/PNS GBS 2023)",
    )


WERNICKE_SOURCE: Final = (
    "Galvin R et al. EFNS guidelines for Wernicke encephalopathy. Eur J Neurol"
    " 2010;17:1408; Thomson AD et al. Alcohol Alcohol 2002;37:513 (Royal College of"
    " Physicians)"
)


MYOPERICARDITIS_SOURCE: Final = (
    "Adler Y et al. 2015 ESC pericardial diseases. Eur Heart J 2015;36:2921 (3.1.3)"
)
_TROPONIN_RAISED: Final = (
    "troponin_elevated",
    "troponin_markedly_elevated",
    "troponin_dynamic",
)


def _myopericarditis(
    facts: ClinicalFacts, ruled_in: Collection[str]
) -> AdmissionCriterion | None:
    """mend33: pericarditis ruled in with a raised troponin (myopericarditis): admit.

    ESC 2015 (3.1.3) treats pericarditis as an outpatient only without a predictor of
    a poor prognosis; myopericarditis is one, and it is admitted for monitoring and a
    troponin series (and an echocardiogram for left-ventricular function).
    """
    if "pericarditis" not in ruled_in or not any(map(facts.has, _TROPONIN_RAISED)):
        return None
    rule = RuleResult(
        name="Myopericarditis (pericarditis with a raised troponin)",
        source=MYOPERICARDITIS_SOURCE,
        inputs={"pericarditis": True, "troponin raised": True},
        score=None,
        interpretation="a predictor of poor prognosis: admission",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "myopericarditis: monitored admission with serial troponins and an"
        f" echocardiogram, not home ({MYOPERICARDITIS_SOURCE})",
    )


ALF_SOURCE: Final = (
    "Lee WM et al. AASLD position paper: the management of acute liver failure,"
    " update 2011; Wendon J et al. EASL 2017 ALF guideline. J Hepatol 2017;66:1047"
)


def _acute_liver_failure(ruled_in: Collection[str]) -> AdmissionCriterion | None:
    """Acute liver failure ruled in (INR >= 1.5 with encephalopathy): ICU.

    AASLD 2011 and EASL 2017: a patient with ALF and any encephalopathy is cared for
    in an intensive care unit, with early contact with a transplant centre (the
    encephalopathy can progress to coma and cerebral oedema within hours).
    """
    if "acute_liver_failure" not in ruled_in:
        return None
    rule = RuleResult(
        name="Acute liver failure (AASLD 2011 criteria met)",
        source=ALF_SOURCE,
        inputs={"acute_liver_failure": True},
        score=None,
        interpretation="ruled in: intensive care, transplant centre contacted",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        "acute liver failure with encephalopathy: intensive care and early transfer"
        f" discussion with a liver transplant centre ({ALF_SOURCE})",
    )


def _wernicke(ruled_in: Collection[str]) -> AdmissionCriterion | None:
    """Wernicke's encephalopathy ruled in (Caine 1997 criteria): admission.

    EFNS 2010 treats it with IV thiamine 200 mg three times a day until no further
    improvement (at least several days), an inpatient course; the confusion, ataxia
    and ophthalmoplegia are watched for response, and the alcohol withdrawal that
    usually comes with it begins in the first days.
    """
    if "wernicke_encephalopathy" not in ruled_in:
        return None
    rule = RuleResult(
        name="Wernicke's encephalopathy (Caine criteria met)",
        source=WERNICKE_SOURCE,
        inputs={"wernicke_encephalopathy": True},
        score=None,
        interpretation="ruled in: days of IV thiamine in hospital",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "Wernicke's encephalopathy: IV thiamine three times a day for days, with"
        f" neurological and withdrawal monitoring, in hospital ({WERNICKE_SOURCE})",
    )


SJS_TEN_SOURCE: Final = (
    "Creamer D et al. UK SJS/TEN guidelines 2016. Br J Dermatol 2016;174:1194"
)


def _sjs_ten(ruled_in: Collection[str]) -> AdmissionCriterion | None:
    """SJS/TEN ruled in: admission to a burn centre or intensive care.

    Creamer 2016 manages SJS/TEN as skin failure in a specialist setting (a burn
    centre or ICU with dermatology for detachment >= 10 % of the body surface):
    barrier nursing, a warmed room, fluids by urine output, daily eye care. An ED
    that has ruled it in admits at that level, not to an observation bed.
    """
    if "sjs_ten" not in ruled_in:
        return None
    rule = RuleResult(
        name="SJS/TEN (Creamer 2016 criteria met)",
        source=SJS_TEN_SOURCE,
        inputs={"sjs_ten": True},
        score=None,
        interpretation="ruled in: skin failure, burn centre or intensive care",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        "SJS/TEN: skin failure managed as a burn (barrier nursing, fluids by urine"
        f" output, eye care) in a burn centre or ICU ({SJS_TEN_SOURCE})",
    )


def _immunosuppression(facts: ClinicalFacts, text: str) -> str | None:
    """The documented immunocompromising state or treatment (``immunocompromise``)."""
    found = immunocompromise(text)
    if found is not None:
        return found.text
    return IMMUNOCOMPROMISED if facts.immunocompromised else None


def _cap_immunocompromised(
    facts: ClinicalFacts, text: str
) -> AdmissionCriterion | None:
    if out_of_scope("curb65", facts) or (facts.age is not None and facts.age < 18):
        return None
    host = _immunosuppression(facts, text)
    if host is None:
        return None
    rule = RuleResult(
        name="Pneumonia in an immunocompromised host",
        source=IMMUNOCOMPROMISE_SOURCE,
        inputs={"pneumonia": True, "immunocompromised": host},
        score=None,
        interpretation=f"pneumonia with {host}: outside severity-score-guided"
        " outpatient care",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"pneumonia in an immunocompromised host ({host}): IV antibiotics and"
        " monitoring in hospital; CURB-65/PSI do not apply (ATS/IDSA 2019;"
        " Ramirez 2020)",
    )


FN_SOURCE: Final = (
    "Taplitz RA et al. Outpatient management of fever and neutropenia, ASCO/IDSA"
    " guideline. J Clin Oncol 2018;36:1443; Freifeld AG et al. IDSA febrile"
    " neutropenia guideline. Clin Infect Dis 2011;52:e56"
)
MASCC_LOW_RISK: Final = 21.0
"""MASCC >= 21: low risk, outpatient care possible with follow-up (ASCO/IDSA 2018)."""
_MASCC: Final = re.compile(
    r"(?i)\bmascc(?: score| risk index)?\s*(?:of|is|was|:|=)?\s*(\d{1,2})\b"
)
FEVER_C: Final = 38.0
"""Fever in neutropenia: >= 38.3 C once or >= 38.0 C sustained (IDSA 2010)."""


def _febrile_neutropenia(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    t = facts.vitals.temperature_c
    fever = facts.has("fever") or (t is not None and t >= FEVER_C)
    if not (facts.has("neutropenia") and fever):
        return None
    scores = [float(m.group(1)) for m in _MASCC.finditer(text)]
    mascc = scores[-1] if scores else None
    if mascc is not None and mascc >= MASCC_LOW_RISK:
        return None
    scored = "not documented" if mascc is None else f"{mascc:g}"
    rule = RuleResult(
        name="Febrile neutropenia (MASCC)",
        source=FN_SOURCE,
        inputs={"neutropenia": True, "fever": True, "MASCC": mascc},
        missing=() if mascc is not None else ("MASCC",),
        score=mascc,
        interpretation=f"febrile neutropenia, MASCC {scored}: high risk unless"
        f" MASCC >= {MASCC_LOW_RISK:g}",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"febrile neutropenia with MASCC {scored} (not >= {MASCC_LOW_RISK:g}):"
        " admission for empirical IV antibiotics (ASCO/IDSA 2018; IDSA 2010)",
    )


SICKLE_SOURCE: Final = (
    "NICE CG143 sickle cell disease: managing acute painful episodes in hospital"
    " (2012); Yawn BP et al. NHLBI expert panel. JAMA 2014;312:1033"
)
SICKLE_SEVERE_PAIN: Final = 7.0
"""Pain >= 7/10 is severe (NICE CG143: assess severity with a pain scoring tool)."""
_HOME_ANALGESIA_FAILED: Final = re.compile(
    r"(?i)\b(?:home|oral|usual|own) (?:oral )?(?:morphine|opioids?|analgesi\w*|"
    r"painkillers?|codeine|oxycodone|tramadol)\b[^.;]{0,30}\b(?:not (?:helping|"
    r"working|controlling)|failed|ineffective|no (?:help|relief|effect)|did not help|"
    r"didn't help)|despite (?:home|oral|usual|regular) (?:oral )?(?:morphine|opioids?|"
    r"analgesi\w*|painkillers?)"
)


def _sickle_pain(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    """A sickle cell painful crisis with severe pain despite home opioids.

    NICE CG143 / NHLBI 2014: parenteral opioids within 30-60 min, reassessed every
    30 min until controlled; a patient whose home analgesia failed is not sent home
    from the triage-time forecast (hospital care until the pain is controlled).
    """
    if not facts.has("sickle_cell_disease"):
        return None
    pain = facts.vitals.pain
    severe = facts.has("severe_pain") or (
        pain is not None and pain >= SICKLE_SEVERE_PAIN
    )
    if not (severe and _HOME_ANALGESIA_FAILED.search(text)):
        return None
    rule = RuleResult(
        name="Sickle cell painful crisis (NICE CG143)",
        source=SICKLE_SOURCE,
        inputs={"severe pain": True, "home analgesia failed": True},
        score=None,
        interpretation="severe pain despite home opioids: parenteral analgesia and"
        " reassessment in hospital",
    )
    return AdmissionCriterion(
        rule,
        "Observation",
        "ward",
        "sickle cell painful crisis with severe pain despite home opioids: parenteral"
        " opioids reassessed every 30 min in hospital, admission if not controlled"
        " (NICE CG143; NHLBI 2014)",
        instead_of_admission=True,
    )


RHABDO_SOURCE: Final = (
    "Bosch X, Poch E, Grau JM. Rhabdomyolysis and acute kidney injury. N Engl J Med"
    " 2009;361:62; KDIGO 2012 acute kidney injury guideline"
)
CK_RHABDO: Final = 5000.0
"""CK above ~5,000 U/L: the kidney-injury risk that IV fluids to a high urine output
treat (Bosch 2009)."""


def _rhabdomyolysis(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    """Rhabdomyolysis (CK >= 5,000 U/L) with kidney injury or hyperkalaemia."""
    if not (facts.has("creatinine_high") or facts.has("potassium_high")):
        return None  # before reading the results: the reader scans the whole text
    ck = max(
        (r.value for r in analyte_results(text, "ck") if not r.below),
        default=0.0,
    )
    if ck < CK_RHABDO:
        return None
    rule = RuleResult(
        name="Rhabdomyolysis with kidney injury or hyperkalaemia",
        source=RHABDO_SOURCE,
        inputs={"CK": ck, "creatinine or potassium raised": True},
        score=None,
        interpretation="IV fluids to a urine output of 200-300 mL/h with repeated CK,"
        " potassium and creatinine: hospital",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"rhabdomyolysis (CK {ck:.0f} U/L) with kidney injury or hyperkalaemia:"
        " admission for IV fluids and monitoring (Bosch 2009; KDIGO 2012)",
    )


HYPEREMESIS_SOURCE: Final = (
    "RCOG Green-top Guideline 69: nausea and vomiting and hyperemesis gravidarum, 2016;"
    " ACOG Practice Bulletin 189, 2018"
)
_WEIGHT_LOSS_PCT: Final = re.compile(
    r"(?i)\bweight loss (?:of )?(?:about |approximately |~)?(\d{1,2}(?:\.\d)?)\s*%"
    r"|\blost (?:about |approximately |~)?(\d{1,2}(?:\.\d)?)\s*% of (?:her )?"
    r"(?:pre-?pregnancy |body )?weight"
)
HYPEREMESIS_WEIGHT_LOSS: Final = 5.0
HYPOKALAEMIA: Final = 3.5


def _hyperemesis(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    """RCOG GTG 69 (2016): hyperemesis that oral care cannot manage."""
    if "hyperemesis_gravidarum" not in ruled_in:
        return None
    oral = bool(ORAL_FAILURE.search(text))
    ketones = facts.has("ketosis")
    losses = [float(a or b) for a, b in _WEIGHT_LOSS_PCT.findall(text)]
    weight = max(losses, default=0.0) > HYPEREMESIS_WEIGHT_LOSS
    potassium = [r.value for r in analyte_results(text, "potassium")]
    low_k = bool(potassium) and min(potassium) < HYPOKALAEMIA
    if not (oral or ketones or low_k):
        return None
    admit = oral or (ketones and weight)
    found = [
        w
        for w, on in (
            ("unable to keep down oral fluids", oral),
            ("ketonuria", ketones),
            ("weight loss > 5 %", weight),
            ("potassium < 3.5 mmol/L", low_k),
        )
        if on
    ]
    setting = "inpatient care" if admit else "day-care IV rehydration (observation)"
    rule = RuleResult(
        name="Hyperemesis gravidarum admission criteria",
        source=HYPEREMESIS_SOURCE,
        inputs={
            "oral intake failed": oral,
            "ketonuria": ketones,
            "weight loss > 5 %": weight,
            "potassium < 3.5": low_k,
        },
        score=None,
        interpretation=f"hyperemesis gravidarum with {', '.join(found)}: {setting}",
    )
    return AdmissionCriterion(
        rule,
        "Admit" if admit else "Observation",
        "ward",
        f"hyperemesis gravidarum with {', '.join(found)}: {setting} (RCOG GTG 69)",
    )


PID_SOURCE: Final = (
    "Workowski KA et al. CDC Sexually transmitted infections treatment guidelines 2021."
    " MMWR Recomm Rep 2021;70(4):1-187 (PID: criteria for hospitalisation)"
)
PID_SEVERE_FEVER_C: Final = 38.5
"""CDC 2021: severe illness, nausea and vomiting, or an oral temperature > 38.5 °C."""


def _pid(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    """CDC 2021: PID that needs hospital care and parenteral antibiotics."""
    toa = "tubo_ovarian_abscess" in ruled_in or facts.has("us_tubo_ovarian_abscess")
    if not (toa or "pid" in ruled_in):
        return None
    temp = facts.vitals.temperature_c
    found = [
        w
        for w, on in (
            ("tubo-ovarian abscess", toa),
            ("pregnancy", facts.population.pregnancy == "pregnant"),
            (
                f"temperature > {PID_SEVERE_FEVER_C:g} °C",
                temp is not None and temp > PID_SEVERE_FEVER_C,
            ),
            ("vomiting", facts.has("vomiting")),
            ("unable to take oral therapy", bool(ORAL_FAILURE.search(text))),
        )
        if on
    ]
    if not found:
        return None
    rule = RuleResult(
        name="PID hospitalisation criteria",
        source=PID_SOURCE,
        inputs=dict.fromkeys(found, True),
        score=None,
        interpretation=f"PID with {', '.join(found)}: parenteral antibiotics, hospital",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        f"PID with {', '.join(found)}: hospital, parenteral antibiotics (CDC 2021)",
    )


ANAPHYLAXIS_SOURCE: Final = (
    "Cardona V et al. World Allergy Organization anaphylaxis guidance 2020. World"
    " Allergy Organ J 2020;13:100472; Resuscitation Council UK. Emergency treatment of"
    " anaphylaxis, 2021"
)


def _anaphylaxis(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    if not (facts.has("anaphylaxis") or "anaphylaxis" in ruled_in):
        return None
    settled = resolved_in_ed(text)
    rule = RuleResult(
        name="Anaphylaxis observation (WAO 2020, RCUK 2021)",
        source=ANAPHYLAXIS_SOURCE,
        inputs={"resolved with treatment": settled is not None},
        score=None,
        interpretation=(
            f"resolved ({settled}): observe for a biphasic reaction"
            if settled
            else "not documented as resolved: admission"
        ),
    )
    if settled is None:
        return AdmissionCriterion(
            rule,
            "Admit",
            "ward",
            "anaphylaxis not documented as resolved after epinephrine: admission"
            " (WAO 2020; RCUK 2021)",
        )
    return AdmissionCriterion(
        rule,
        "Observation",
        "ward",
        f"anaphylaxis resolved with treatment ({settled}): monitored observation"
        " 6-12 h for a biphasic reaction, not ICU (WAO 2020; RCUK 2021)",
        instead_of_admission=True,
    )


CROUP_SOURCE: Final = (
    "Canadian Paediatric Society position statement on croup 2017 (Ortiz-Alvarez O,"
    " Mikrogianakis A); RCH Melbourne croup clinical practice guideline"
)
_NEB_EPINEPHRINE: Final = re.compile(
    r"(?i)\b(?:(?:nebuli[sz]ed|nebulised|neb|racemic|inhaled|l-)\s*"
    r"(?:epinephrine|adrenaline|epi)|(?:epinephrine|adrenaline|epi)\s+"
    r"(?:neb\w*|1:1000 neb\w*)|racepinephrine)\b"
)
"""Nebulised epinephrine, racemic or L-epinephrine (the croup rescue treatment)."""
OBSERVED_HOURS: Final = re.compile(
    r"(?i)\b(?:observed|monitored|watched|reassessed|stridor-?free|no stridor)\b"
    r"[^.;]{0,40}?\b(?:for |over )?([2-9]|1\d)(?:\s*-\s*\d+)?\s*(?:h|hrs?|hours?)\b"
    r"|\b([2-9]|1\d)\s*(?:h|hrs?|hours?)\s+(?:after|post|following|since)\b"
)
"""A documented observation period of 2 hours or more after treatment."""


def _croup_epinephrine(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    if not (facts.has("barking_cough") or "croup" in ruled_in):
        return None
    dose = _asserted_match(_NEB_EPINEPHRINE, text)
    if dose is None or OBSERVED_HOURS.search(text):
        return None
    rule = RuleResult(
        name="Croup after nebulised epinephrine (CPS 2017)",
        source=CROUP_SOURCE,
        inputs={"nebulised epinephrine given": True, "observed >= 2 h": False},
        score=None,
        interpretation=f"{dose.group(0)} for croup: observe 2-4 h for rebound stridor",
    )
    return AdmissionCriterion(
        rule,
        "Observation",
        "ward",
        f"croup treated with {dose.group(0)}: observe 2-4 h after the dose for "
        "recurrent stridor before discharge (CPS 2017; RCH croup guideline)",
    )


_STRIDOR_AT_REST: Final = re.compile(
    r"(?i)\bstridor (?:\w+ ){0,2}at rest\b|\bresting stridor\b|\bstridor when calm\b"
)
_MARKED_RECESSION: Final = re.compile(
    r"(?i)\b(?:marked|severe|significant|deep)\s+(?:\w+\s+){0,3}"
    r"(?:recession|retractions?|indrawing)\b"
)
CROUP_SEVERE_SPO2: Final = 92.0
"""A saturation below this in croup is hypoxaemia, a late sign of severe obstruction
(RCH Melbourne croup guideline; NICE NG9 uses the same 92 % in infants)."""


def _severe_croup(
    facts: ClinicalFacts, ruled_in: Collection[str], text: str
) -> AdmissionCriterion | None:
    """Severe croup is admitted (HDU review) whatever the first response.

    Stridor at rest with marked recession, agitation or lethargy, or hypoxaemia: the
    CPS 2017 severity scale's 'severe' (prominent stridor at rest, marked sternal
    recession, significant distress and agitation) and RCH Melbourne (severe croup:
    admit, senior and ICU review).
    """
    if not (facts.has("barking_cough") or "croup" in ruled_in):
        return None
    rest = _asserted_match(_STRIDOR_AT_REST, text)
    if rest is None:
        return None
    spo2 = facts.vitals.spo2
    signs = [
        name
        for name, present in (
            ("marked recession", _asserted_match(_MARKED_RECESSION, text) is not None),
            ("agitation", facts.has("agitation")),
            ("lethargy", facts.has("lethargy")),
            (f"SpO2 {spo2:g} %", spo2 is not None and spo2 < CROUP_SEVERE_SPO2),
        )
        if present
    ]
    if not signs:
        return None
    rule = RuleResult(
        name="Severe croup (CPS 2017)",
        source=CROUP_SOURCE,
        inputs={"stridor at rest": True, **dict.fromkeys(signs, True)},
        score=None,
        interpretation="stridor at rest with " + ", ".join(signs) + ": severe croup",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "severe croup (stridor at rest with " + ", ".join(signs) + "): admission"
        " with senior and ICU review after dexamethasone and nebulised epinephrine"
        " (CPS 2017; RCH Melbourne croup guideline)",
    )


NG9_SOURCE: Final = "NICE NG9 bronchiolitis 2015/2021 1.3.8"


def _bronchiolitis_ng9(facts: ClinicalFacts, text: str) -> AdmissionCriterion | None:
    """peds43: an infant's viral LRTI meeting NICE NG9 1.3.8's admission criteria.

    Apnoea, a persistent saturation below 90 % (92 % under 6 weeks or with an
    underlying condition), oral intake under 50-75 % of the usual volume, or
    persisting severe respiratory distress (grunting, marked recession, a rate over
    70): admit (``infant_lrti.admission_reasons``).
    """
    v = facts.vitals
    reasons = infant_lrti.admission_reasons(
        (text,), facts.population, v.respiratory_rate, v.spo2
    )
    if not reasons:
        return None
    rule = RuleResult(
        name="Bronchiolitis admission (NICE NG9)",
        source=NG9_SOURCE,
        inputs=dict.fromkeys(reasons, True),
        score=None,
        interpretation="an infant's viral lower respiratory illness with "
        + ", ".join(reasons),
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "ward",
        "an infant's viral lower respiratory illness with "
        + ", ".join(reasons)
        + f": admission ({NG9_SOURCE})",
    )


ANGIOEDEMA_AIRWAY_SIGNS: Final = (
    "stridor",
    "drooling",
    "respiratory_distress",
    "severe_respiratory_distress",
)
"""Laryngeal or pharyngeal involvement of an angioedema: stridor, saliva not
swallowed or a muffled voice, laboured breathing (Ishoo E et al. Otolaryngol Head
Neck Surg 1999;121:263, stages III-IV)."""


def _angioedema_airway(
    facts: ClinicalFacts, ruled_in: Collection[str]
) -> AdmissionCriterion | None:
    """Angioedema with an airway sign: intensive care, with an airway team.

    Ishoo 1999 (stages III-IV, tongue and larynx: intensive care, a quarter
    intubated); Bernstein JA et al. ACEi angioedema review (Ann Allergy Asthma
    Immunol 2017;119:116): stridor, drooling or a voice change is airway compromise.
    """
    if "angioedema" not in ruled_in:
        return None
    signs = [c for c in ANGIOEDEMA_AIRWAY_SIGNS if facts.has(c)]
    if not signs:
        return None
    rule = RuleResult(
        name="Angioedema with airway involvement (Ishoo 1999)",
        source="Ishoo E et al. Otolaryngol Head Neck Surg 1999;121:263",
        inputs={"angioedema": True, **dict.fromkeys(signs, True)},
        score=None,
        interpretation="angioedema with " + ", ".join(signs) + ": airway compromise",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu",
        "angioedema with " + ", ".join(signs) + ": intensive care with an airway"
        " team (Ishoo 1999 stages III-IV; Bernstein 2017)",
    )


HEART_OBSERVATION: Final = 4
"""HEART lower bound from which its own band criterion (4-6: observation) applies."""
OLDER_CHEST_PAIN_AGE: Final = 75
"""AHA/ACC 2021 chest pain guideline's older-patient group (75 years and over)."""
AHA_CHEST_PAIN: Final = (
    "Gulati M et al. AHA/ACC 2021 chest pain guideline. Circulation 2021;144:e368"
)


_INJURY_EVENT: Final = (
    "trauma",
    "fall",
    "mvc",
    "injury_mechanism",
    "dangerous_mechanism",
)
_CHEST_WALL_INJURY: Final = (
    "rib_tenderness",
    "reproducible_chest_pain",
    "right_lower_rib_injury",
    "luq_pain",
)
"""trauma44: chest pain at the tender ribs or chest wall (the lower ribs of either side
included) after a fall or a blow is the injury's (ATLS 10th ed. ch. 4), not chest pain
suspected of ACS: the AHA/ACC 2021 chest pain guideline is for acute chest pain without
trauma, and its older-patient observation waits for no troponin there (the tender ribs
of a 76-year-old who slipped were kept in for 'suspected ACS')."""


def _older_chest_pain(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """Chest pain suspected of ACS at 75 or over, no troponin resulted: observation.

    The HEART score (in its scope: chest pain, no STEMI or dissection signs) is not
    complete without its troponin, and at this age its age item alone is 2 points:
    the forecast from arrival is observation with serial troponins, not discharge.
    """
    if facts.age is None or facts.age < OLDER_CHEST_PAIN_AGE:
        return None
    if any(facts.has(c) for c in _INJURY_EVENT) and any(
        facts.has(c) for c in _CHEST_WALL_INJURY
    ):
        return None  # the injured chest wall's pain, outside the guideline's scope
    heart = run_in_scope("heart", facts)
    if heart is None or "troponin" not in heart.missing:
        return None
    if heart.score is not None and heart.score >= HEART_OBSERVATION:
        return None  # the HEART band criterion itself already holds the patient
    return AdmissionCriterion(
        heart,
        "Observation",
        "ward",
        f"chest pain suspected of ACS at {facts.age}, no troponin resulted: HEART"
        f" needs its troponin; observation with serial troponins, not a discharge"
        f" forecast ({ACEP_ACS}; {AHA_CHEST_PAIN}, older patients)",
    )


HEAD_INJURY_ADMIT_GCS: Final = 12.0
"""GCS below 13 after a head injury: a moderate or severe brain injury (NICE NG232)."""
HEAD_INJURY_ICU_GCS: Final = 8.0
HEAD_INJURY_FULL_GCS: Final = 15.0
"""NICE NG232 1.9.1: a GCS that has not returned to 15 is kept in (observation)."""
NICE_HEAD: Final = "NICE NG232 head injury 2023 (1.4.7, 1.9.1); ATLS 10th ed. ch. 6"


def _head_injury_depressed_gcs(facts: ClinicalFacts) -> AdmissionCriterion | None:
    """An adult's head injury with GCS <= 12: CT within 1 h and admission.

    NICE NG232 1.4.7: GCS below 13 on initial assessment in the ED is a CT head within
    1 hour; 1.9.1: admit when the GCS has not returned to 15 after imaging, whatever
    the imaging shows; alcohol does not explain a GCS below 13 (intoxication is a
    diagnosis of exclusion after a head injury). GCS 8 or below: airway and intensive
    care (ATLS 10th ed.). Children have their own criterion (PCCS 2021).
    """
    if facts.age is None or facts.age <= CHILD_HDU_MAX_AGE:
        return None
    gcs = facts.measurements.get("gcs")
    if gcs is None or gcs >= HEAD_INJURY_FULL_GCS or not facts.has("head_injury"):
        return None
    if gcs > HEAD_INJURY_ADMIT_GCS:
        return _head_injury_gcs_below_15(facts, gcs)
    severe = gcs <= HEAD_INJURY_ICU_GCS
    rule = RuleResult(
        name="Head injury with a depressed consciousness",
        source=NICE_HEAD,
        inputs={"GCS": gcs, "age (years)": facts.age},
        score=None,
        interpretation=f"GCS {gcs:g} after a head injury: CT head and admission",
    )
    return AdmissionCriterion(
        rule,
        "Admit",
        "icu" if severe else "ward",
        f"head injury with GCS {gcs:g} (< 13): CT head within 1 h and admission with"
        f" neurological observations; intoxication does not explain it ({NICE_HEAD})",
    )


def _head_injury_gcs_below_15(facts: ClinicalFacts, gcs: float) -> AdmissionCriterion:
    """An adult's head injury with GCS 13-14: kept in, not forecast home.

    NICE NG232 1.9.1: a patient whose GCS has not returned to 15 after imaging is
    admitted, whatever the imaging shows; 1.6: observations half-hourly until the GCS
    is 15 (trauma43: a GCS 13 after an assault with two vomits was forecast home
    behind its CT).
    """
    rule = RuleResult(
        name="Head injury with a GCS below 15",
        source=NICE_HEAD,
        inputs={"GCS": gcs, "age (years)": facts.age},
        score=None,
        interpretation=f"GCS {gcs:g} after a head injury: observation until 15",
    )
    return AdmissionCriterion(
        rule,
        "Observation",
        "ward",
        f"head injury with GCS {gcs:g} (< 15): neurological observations until the"
        f" GCS is 15; kept in if it has not returned to 15 after imaging ({NICE_HEAD})",
    )


def admission_criteria(
    facts: ClinicalFacts,
    ruled_in: Collection[str] = (),
    complaint_id: str | None = None,
    text: str = "",
) -> list[AdmissionCriterion]:
    """The published admission criteria this patient meets.

    Args:
        facts: Facts from the visible text at disposition.
        ruled_in: Knowledge-base ids of the diagnoses ruled in on the ledger.
        complaint_id: The matched complaint id (syncope criteria), if any.
        text: The visible text, for items read from wording (CSRS).

    Returns:
        One entry per criterion met (empty when none applies or none is met).
    """
    found = [
        _at_least(
            "curb65",
            facts,
            (
                (3, "Admit", "ward", f">= 3: severe pneumonia, hospital ({BTS_CAP})"),
                (2, "Observation", "ward", f"2: short-stay inpatient care ({BTS_CAP})"),
            ),
        ),
        _at_least(
            "heart",
            facts,
            (
                (7, "Admit", "ward", f">= 7: high risk, admission ({ACEP_ACS})"),
                (
                    HEART_OBSERVATION,
                    "Observation",
                    "ward",
                    f"4-6: observation, serial troponins ({ACEP_ACS})",
                ),
            ),
        ),
        _at_least(
            "glasgow_blatchford",
            facts,
            ((2, "Admit", "ward", f">= 2: not for outpatient care ({ACG_UGIB})"),),
        ),
        _at_least(
            "qsofa",
            facts,
            (
                (
                    2,
                    "Admit",
                    "icu",
                    ">= 2 with suspected infection: organ dysfunction likely,"
                    f" critical-care (HDU/ICU) monitoring ({SEPSIS3}; Singer 2016)",
                ),
            ),
        ),
        _dka(facts, text),
        _lactate(facts),
        _pe(facts, ruled_in),
        _haemorrhagic_shock(facts, ruled_in, text),
        _syncope(facts, complaint_id, text),
        _cauda_equina(facts),
        _spinal_abscess(facts, text),
        _suspected_meningitis(facts),
        _suspected_endocarditis(facts),
        _cap_hypoxaemia(facts, text),
        _covid_oxygen(facts, ruled_in, text),
        _oxygen_need(facts, text),
        _pyelonephritis(facts, ruled_in, text),
        _cellulitis(facts, text),
        _hip_fracture(facts),
        _pelvic_fracture(facts),
        _thoracolumbar_fracture(facts, text),
        _tia(facts),
        _ischaemic_stroke(facts),
        _acute_paraparesis(facts),
        _intracranial_mass_effect(facts),
        _head_injury_depressed_gcs(facts),
        _older_chest_pain(facts),
        _asthma_lung_function(facts, text, ruled_in),
        _asthma_life_threatening(facts, text, ruled_in),
        _hyperkalaemia_monitored(facts),
        _symptomatic_severe_anaemia(facts),
        _hypokalaemia_monitored(facts, text),
        _infant_alkalosis(facts),
        _bronchiolitis_ng9(facts, text),
        _child_depressed_consciousness(facts, text),
        _child_opioid(facts, text),
        _child_delayed_toxicity(facts, text),
        _toxic_hyperthermia(facts, ruled_in),
        _aki(text),
        _repeated_icd_shocks(text),
        _long_acting_hypoglycaemia(facts, text),
        _infant_hypoglycaemia(facts),
        _cap_immunocompromised(facts, text),
        _febrile_neutropenia(facts, text),
        _anaphylaxis(facts, ruled_in, text),
        _sickle_pain(facts, text),
        _rhabdomyolysis(facts, text),
        _hyperemesis(facts, ruled_in, text),
        _pid(facts, ruled_in, text),
        _croup_epinephrine(facts, ruled_in, text),
        _severe_croup(facts, ruled_in, text),
        _neuromuscular_respiratory(facts, ruled_in),
        _angioedema_airway(facts, ruled_in),
        _wernicke(ruled_in),
        _acute_liver_failure(ruled_in),
        _myopericarditis(facts, ruled_in),
        _sjs_ten(ruled_in),
    ]
    return [c for c in found if c is not None]
