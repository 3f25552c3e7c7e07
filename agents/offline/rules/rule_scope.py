"""Where each decision rule applies: presenting problem, required context, exclusions.

Research software, not for clinical use. A decision rule is only valid in the patients
it was derived and validated in: the HEART score in chest pain, PERC and Wells in
suspected PE, CURB-65 once pneumonia is diagnosed, qSOFA in suspected infection (never
in anaphylaxis), Glasgow-Blatchford only with GI bleeding. A rule whose scope does not
hold is not run, so it is never shown as evidence.

Every rule of ``registry.RULES`` declares its scope here (``tests/unit`` checks it), an
empty ``requires_any`` stating that the rule was validated in undifferentiated ED
patients. Two kinds of exclusion:

- a rule whose points another documented cause explains: qSOFA and SIRS are Sepsis-3
  tools for patients with SUSPECTED INFECTION (Singer M et al. JAMA 2016;315:801;
  Seymour CW et al. JAMA 2016;315:762); confusion, tachypnoea and hypotension from
  alcohol withdrawal, a poisoning, smoke or carbon monoxide, or anaphylaxis are not
  evidence of sepsis, and SSC 2021 recommends against qSOFA alone as a screening tool
  (Evans L et al. Crit Care Med 2021;49:e1063);
- a pre-test rule once the test has answered: PERC and the Wells scores estimate the
  probability before imaging (ESC 2019 PE, Konstantinides SV et al. Eur Heart J
  2020;41:543: clinical probability, then D-dimer, then CTPA); a CTPA that shows PE, or
  a venous ultrasound that shows DVT, leaves nothing for them to decide.

The population part (age, sex, pregnancy) is the shared filter
``agents.population.RULE_POPULATIONS``; ``differential.run_rules`` applies both.
"""

from __future__ import annotations

from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from agents.offline.rules.facts import ClinicalFacts

__all__ = ["RULE_SCOPES", "RuleScope", "out_of_scope"]


class RuleScope(BaseModel):
    """The presentation a decision rule was validated in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    requires_any: tuple[str, ...] = Field(
        default=(),
        description="At least one concept documented present (the presenting "
        "problem or suspicion the rule was validated in); empty: any presentation",
    )
    not_with: tuple[str, ...] = Field(
        default=(),
        description="A documented concept that puts the patient outside the rule",
    )
    not_with_all: tuple[tuple[str, ...], ...] = Field(
        default=(),
        description="Combinations of concepts, all documented, that put the patient "
        "outside the rule (tremor in a heavy drinker is alcohol withdrawal)",
    )
    source: str


_INFECTION: Final = (
    "fever", "chills", "cough", "dysuria", "cellulitis", "pneumonia", "cxr_infiltrate",
    "wbc_high", "wbc_low", "neck_stiffness", "sepsis", "uti", "pyelonephritis",
    "meningitis", "skin_abscess",
    # infect48: NICE NG51 high risk over 75 (new confusion, a perfusion criterion,
    # NEWS2 >= 7: rules.sepsis_risk) is suspected sepsis without a fever or a source
    "ng51_high_risk_older",
)  # fmt: skip
_NOT_INFECTIVE: Final = (
    "anaphylaxis", "alcohol_withdrawal", "overdose", "poisoning", "co_exposure",
    "acetaminophen_overdose", "tca_ingestion", "aspirin_ingestion",
    "toxic_alcohol_ingestion", "ethylene_glycol_ingestion", "heat_exposure",
    "cold_exposure", "thyroid_hormones_high", "cardiac_arrest",
    "cyanide_exposure",  # metab40: cyanide's coma, shock and lactate (Hall 2007)
)  # fmt: skip
"""Documented non-infective causes of the qSOFA and SIRS points (confusion,
tachypnoea, tachycardia, fever, hypotension): withdrawal, poisoning, smoke or carbon
monoxide, anaphylaxis, environmental heat or cold (exertional heat stroke, exposure
hypothermia: WMS 2019), measured thyrotoxicosis (thyroid storm's fever, tachycardia
and agitation: Burch HB, Wartofsky L 1993; JTA 2012; an infection that precipitated
it is judged on its own source), a cardiac arrest (the post-cardiac arrest syndrome's
coma, myocardial stunning and sepsis-like ischaemia-reperfusion response: Neumar RW et
al. AHA scientific statement, Circulation 2008;118:2452; Nolan JP et al. ERC-ESICM
2021 post-resuscitation care)."""
THYROTOXICOSIS_SHOWN: Final = (
    "hyperthyroid_history", "antithyroid_drug", "thyroid_eye_signs", "goitre",
    "hyperthyroidism", "thyroid_hormones_high",
)  # fmt: skip
"""Thyrotoxicosis documented: known, treated, by its eye signs or goitre, or measured
(the thyroid-storm entry's requirement, ATA 2016)."""
_WITHDRAWAL: Final = (("withdrawal", "alcohol_use"), ("tremor", "alcohol_use"))
"""Tremor or withdrawal in a documented heavy drinker: alcohol withdrawal (ASAM
2020)."""
_OBSTRUCTIVE: Final = (("copd", "wheezing"), ("asthma", "wheezing"))
"""Wheeze in known COPD or asthma: the exacerbation explains the tachypnoea and the
hypercapnic drowsiness (GOLD 2024 report ch. 5; GINA 2024), and its cough and sputum
are no sign of a systemic infection; a pneumonia is judged by its own rules."""
_KETOACIDOSIS: Final = (("ketosis", "hyperglycemia"), ("ketosis", "diabetes"))
"""Ketosis or Kussmaul breathing with hyperglycaemia or diabetes: ketoacidosis, whose
acidosis explains the tachypnoea and the drowsiness, and whose leucocytosis is usual
without infection (ADA 2024 hyperglycaemic crises; Kitabchi AE et al. Diabetes Care
2009); a precipitating infection is judged on its own source."""
_BLEEDING_COUGH: Final = (("hemoptysis", "absent:fever"),)
"""Blood coughed up with no fever: the cough is the bleeding's, and the fast pulse,
fast breathing and low pressure are its blood loss and flooded airway (Davidson K,
Shojaee S. Chest 2020;157:77; Ibrahim WH. Eur Respir J 2008), no suspected
infection; a febrile haemoptysis (pneumonia, tuberculosis) stays in scope."""
_TRAUMA: Final = (
    "trauma", "mvc", "fall", "dangerous_mechanism", "head_injury", "cord_injury_signs",
)  # fmt: skip
_SUSPECTED_PE: Final = (
    "dyspnea", "chest_pain", "pleuritic_pain", "hemoptysis", "syncope", "presyncope",
    "tachycardia", "unilateral_leg_swelling", "pulmonary_embolism",
)  # fmt: skip

_HEART_NOT_WITH: Final = (
    "ecg_st_elevation", "pulse_deficit", "intimal_flap", "rib_fracture",
    "traumatic_pneumothorax", "imaging_pneumothorax", "pneumothorax", "mvc",
)  # fmt: skip
"""Outside the HEART score: STEMI was excluded from its derivation and validation; a
pulse deficit or a dissection flap makes aortic dissection, not ACS risk, the question
(AHA/ACC 2022 aortic disease: ADD-RS); a chest pain that an injury or a pneumothorax
on imaging explains is not suspected of ACS (orders37: Backus BE et al. Int J Cardiol
2013 enrolled chest pain suspected of ACS)."""

RULE_SCOPES: Final[dict[str, RuleScope]] = {
    "heart": RuleScope(
        requires_any=("chest_pain",),
        not_with=_HEART_NOT_WITH,
        source="Backus BE et al. Int J Cardiol 2013: ED patients with chest pain"
        " suspected of ACS, STEMI excluded (Six AJ et al. Neth Heart J 2008)",
    ),
    "wells_pe": RuleScope(
        requires_any=_SUSPECTED_PE,
        not_with=("ctpa_pe",),
        source="Wells PS et al. Thromb Haemost 2000: suspected PE, before imaging "
        "(ESC 2019 PE)",
    ),
    "perc": RuleScope(
        requires_any=_SUSPECTED_PE,
        not_with=("ctpa_pe", "ctpa_negative"),
        source="Kline JA et al. J Thromb Haemost 2004: suspected PE, low gestalt, "
        "to avoid testing (ESC 2019 PE)",
    ),
    "wells_dvt": RuleScope(
        requires_any=("leg_swelling", "calf_swelling", "calf_tenderness", "dvt"),
        not_with=("us_dvt",),
        source="Wells PS et al. NEJM 2003: suspected lower-limb DVT, before ultrasound",
    ),
    "curb65": RuleScope(
        requires_any=("pneumonia", "cxr_infiltrate"),
        source="Lim WS et al. Thorax 2003: severity of community-acquired pneumonia "
        "(not a diagnostic rule)",
    ),
    "qsofa": RuleScope(
        requires_any=_INFECTION,
        not_with=_NOT_INFECTIVE,
        not_with_all=_WITHDRAWAL + _OBSTRUCTIVE + _KETOACIDOSIS + _BLEEDING_COUGH,
        source="Seymour CW et al. JAMA 2016: patients with suspected infection; "
        "points explained by another cause are not sepsis (Sepsis-3; SSC 2021)",
    ),
    "sirs": RuleScope(
        requires_any=_INFECTION,
        not_with=_NOT_INFECTIVE,
        not_with_all=_WITHDRAWAL + _OBSTRUCTIVE + _KETOACIDOSIS + _BLEEDING_COUGH,
        source="Bone RC et al. Chest 1992: SIRS with infection (sepsis); not "
        "specific to infection (Kaukonen KM et al. NEJM 2015)",
    ),
    "shock_index": RuleScope(
        source="Allgower M, Burri C. 1967; Rady MY et al. Ann Emerg Med 1994: "
        "undifferentiated ED patients",
    ),
    "nexus": RuleScope(
        requires_any=_TRAUMA,
        source="Hoffman JR et al. NEJM 2000: blunt trauma, cervical spine imaging",
    ),
    "glasgow_blatchford": RuleScope(
        requires_any=("gi_bleeding", "hematemesis", "melena", "hematochezia"),
        # tox30: blood vomited after a recent tonsillectomy is swallowed from the
        # tonsil bed, no upper GI haemorrhage (AAO-HNS 2019 tonsillectomy guideline)
        not_with=("post_tonsillectomy_bleeding",),
        source="Blatchford O et al. Lancet 2000: upper GI haemorrhage",
    ),
    "canadian_ct_head": RuleScope(
        requires_any=("head_injury",),
        source="Stiell IG et al. Lancet 2001: minor head injury, GCS 13-15",
    ),
    "nice_head_ct": RuleScope(
        requires_any=("head_injury",),
        source="NICE NG232 (2023): head injury",
    ),
    "pecarn_head": RuleScope(
        requires_any=("head_injury",),
        source="Kuppermann N et al. Lancet 2009: minor blunt head trauma, GCS 14-15",
    ),
    "sf_syncope": RuleScope(
        requires_any=("syncope", "presyncope"),
        source="Quinn JV et al. Ann Emerg Med 2004: syncope or near syncope",
    ),
    "centor": RuleScope(
        requires_any=("sore_throat",),
        source="McIsaac WJ et al. CMAJ 1998: sore throat",
    ),
    "alvarado": RuleScope(
        requires_any=("abdominal_pain", "rlq_pain", "appendicitis"),
        source="Alvarado A. Ann Emerg Med 1986: suspected appendicitis",
    ),
    # msk28: the examination they rest on is unreliable with intoxication, altered
    # consciousness or reduced sensation of the legs (Stiell 1992/1993, 1995
    # exclusions; Bachmann LM et al. BMJ 2003;326:417): films instead
    # (agents.pathways_msk.ottawa_not_applicable)
    "ottawa_ankle": RuleScope(
        requires_any=("ankle_pain",),
        not_with=("intoxication", "altered_mental_status", "numbness"),
        source="Stiell IG et al. JAMA 1993: acute ankle injury",
    ),
    "ottawa_knee": RuleScope(
        requires_any=("knee_pain",),
        not_with=("intoxication", "altered_mental_status", "numbness"),
        source="Stiell IG et al. JAMA 1997: acute knee injury",
    ),
    "abcd2": RuleScope(
        requires_any=("focal_deficit", "tia", "ischemic_stroke"),
        source="Johnston SC et al. Lancet 2007: transient ischaemic attack",
    ),
    # dx31: the score grades decompensation in a patient with thyrotoxicosis; it is
    # no test for thyrotoxicosis itself (ATA 2016 recommendation 2)
    "burch_wartofsky": RuleScope(
        requires_any=THYROTOXICOSIS_SHOWN,
        source="Burch HB, Wartofsky L 1993; Ross DS et al. ATA 2016: thyrotoxicosis",
    ),
}
"""Rule key -> where it applies (every rule of ``registry.RULES`` is listed)."""


def out_of_scope(rule: str, facts: ClinicalFacts) -> str | None:
    """Return why ``rule`` does not apply to this presentation, or None.

    Args:
        rule: Rule key in ``agents.offline.rules.registry.RULES``.
        facts: The patient's facts at this stage.
    """
    scope = RULE_SCOPES.get(rule)
    if scope is None:
        return None
    blocked = [c for c in scope.not_with if facts.has(c)] + [
        " and ".join(combo)
        for combo in scope.not_with_all
        if all(facts.has(c) for c in combo)
    ]
    if blocked:
        return f"not valid with {', '.join(blocked)} ({scope.source})"
    if scope.requires_any and not any(facts.has(c) for c in scope.requires_any):
        return f"presentation outside the derivation population ({scope.source})"
    return None
