"""Cardiopulmonary rules: HEART, Wells PE, PERC, Wells DVT, San Francisco syncope.

Research use only. Undocumented history items count as absent (shown as None in the
inputs); measured inputs (vitals, age, ECG, troponin, labs) are listed as missing.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._scoring import Tally, doc_or_false, flag
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import RuleResult

__all__ = [
    "EDACS_LOW_RISK_BELOW",
    "edacs",
    "heart_score",
    "perc",
    "san_francisco_syncope",
    "wells_dvt",
    "wells_pe",
]

_TYPICAL = (
    "retrosternal_pain",
    "exertional_pain",
    "radiation_arm_jaw",
    "diaphoresis",
    "chest_pressure",
    "nausea",
    "relief_with_nitro",
)
_ATYPICAL = (
    "pleuritic_pain",
    "positional_pain",
    "reproducible_chest_pain",
    "sharp_pain",
)
_RISK = (
    "hypertension",
    "hyperlipidemia",
    "diabetes",
    "smoking",
    "family_history_cad",
    "obesity",
)
_ATHERO = ("cad", "prior_mi", "stent", "cabg", "prior_stroke", "pad")


def _previous_vte(facts: ClinicalFacts) -> bool:
    """Previous PE/DVT: in the history, or named as prior without a current PE/DVT."""
    if "prior_pe_dvt" in facts.historical:
        return True
    current = facts.has("pulmonary_embolism") or facts.has("dvt")
    return facts.has("prior_pe_dvt") and not current


HIGHLY_SUSPICIOUS_ELEMENTS = 2
"""Backus BE et al. Crit Pathw Cardiol 2010;9:164 (the HEART score's history):
'highly suspicious' is a history of mainly specific elements (retrosternal pain,
pressure, radiation to the jaw, left shoulder or arms, exertion, sweating, nausea,
relief by nitrates) with no non-specific one (well localised, sharp, pleuritic,
positional, reproducible); a mixture is 'moderately', mainly non-specific
'slightly' suspicious. Operationalised as two specific elements and none
non-specific (a central pain radiating to the left arm, a central pain with
sweating: Six AJ et al. Neth Heart J 2008;16:191 table 1); a retrosternal or
central site is one of them (orders36). orders36 tried two and reverted it because
a remote smoker's risk factor then moved a stated HEART 2 to 4; HEART counts current
or recent smoking only (``_heart_risks``), so two holds (orders37)."""


def _episode(facts: ClinicalFacts, concept: str) -> bool:
    """An element of this episode's pain, now or already settled ('now settled')."""
    return facts.has(concept) or concept in facts.historical


def _heart_history(facts: ClinicalFacts) -> tuple[int, str]:
    typical = [c for c in _TYPICAL if _episode(facts, c)]
    atypical = [c for c in _ATYPICAL if _episode(facts, c)]
    if len(typical) >= HIGHLY_SUSPICIOUS_ELEMENTS and not atypical:
        return 2, "highly suspicious: " + ", ".join(typical)
    if typical:
        return 1, "moderately suspicious: " + ", ".join(typical + atypical)
    return 0, "slightly suspicious" + (": " + ", ".join(atypical) if atypical else "")


def _heart_risks(facts: ClinicalFacts) -> list[str]:
    """HEART's risk factors documented; smoking only when current or recent.

    Backus BE et al. Int J Cardiol 2013;168:2153: 'current or recent (< 90 days)
    smoker'; an ex-smoker or a remote smoking history is no risk factor of the score.
    """
    return [
        c
        for c in _RISK
        if facts.known(c) and not (c == "smoking" and facts.known("former_smoking"))
    ]


def _heart_ecg(facts: ClinicalFacts) -> int | None:
    if facts.has("ecg_st_depression") or facts.has("ecg_st_elevation"):
        return 2
    if any(
        facts.has(c)
        for c in (
            "ecg_lbbb",
            "ecg_lvh",
            "ecg_nonspecific",
            "ecg_paced",
            "ecg_t_wave_inversion",
            "ecg_repolarization",
        )
    ):
        return 1
    if (
        facts.has("ecg_normal")
        or facts.denied("ecg_ischemic_changes")
        or (facts.denied("ecg_st_elevation") and facts.denied("ecg_st_depression"))
    ):
        return 0
    return None


def _heart_troponin(facts: ClinicalFacts) -> int | None:
    """The HEART troponin item; a lone normal value taken early is not yet one.

    A normal troponin on a sample taken less than 3 h after symptom onset, with no
    repeat, cannot rule out NSTEMI (ESC 2020 NSTE-ACS; Byrne RA et al. ESC 2023 ACS:
    a single-sample rule-out needs onset > 3 h, otherwise 0/1 h, 0/2 h or 0/3 h; the
    HEART pathway repeats it at 3 h, Mahler SA et al. Circ Cardiovasc Qual Outcomes
    2015;8:195): the item stays missing, so HEART closes nothing before the repeat.
    """
    if facts.has("troponin_markedly_elevated"):
        return 2
    if facts.has("troponin_elevated"):
        return 1
    if facts.has("troponin_early_sample") and not (
        facts.has("troponin_repeated") or facts.has("troponin_dynamic")
    ):
        return None
    if facts.has("troponin_normal") or facts.denied("troponin_elevated"):
        return 0
    return None


def heart_score(facts: ClinicalFacts) -> RuleResult:
    """HEART score (Six AJ et al. Neth Heart J 2008; Backus BE et al. 2013).

    History is operationalised from documented features: >= 2 typical features and
    no atypical ones = 2, any typical = 1, else 0. A missing ECG or troponin makes the
    result not applicable.
    """
    t = Tally()
    hist, hist_text = _heart_history(facts)
    t.add_points("history", hist, 2, f"{hist} ({hist_text})")
    ecg = _heart_ecg(facts)
    t.add_points("ecg", ecg, 2)
    age = facts.age
    t.add_points(
        "age",
        None if age is None else (2 if age >= 65 else 1 if age >= 45 else 0),
        2,
        age,
    )
    athero = [c for c in _ATHERO if facts.known(c)]
    risks = _heart_risks(facts)
    risk_pts = 2 if athero or len(risks) >= 3 else 1 if risks else 0
    t.add_points(
        "risk_factors",
        risk_pts,
        2,
        f"{risk_pts} ({', '.join(athero + risks) or 'none documented'})",
    )
    t.add_points("troponin", _heart_troponin(facts), 2)
    res = t.result(
        "HEART",
        "Six AJ, Backus BE, Kelder JC. Neth Heart J 2008;16:191-196",
        lambda s: (
            "low risk (0-3): MACE ~1.7%"
            if s <= 3
            else "moderate risk (4-6): MACE ~12-17%"
            if s <= 6
            else "high risk (7-10): MACE ~50-65%"
        ),
    )
    if ecg is None or "troponin" in res.missing:
        return res.model_copy(update={"applicable": False})
    return res


EDACS_LOW_RISK_BELOW = 16
"""Than M et al. Emerg Med Australas 2014;26:34 (EDACS): below 16, with no new ischaemia
on the ECG and negative 0/2 h troponins, is the accelerated pathway's low risk; 16 or
more is not low risk whatever the ECG and troponins show. A validated clinical decision
pathway of Gulati M et al. AHA/ACC 2021 chest pain (4.1.1, Table 6)."""
_EDACS_AGE: Final = (
    (86, 20),
    (81, 18),
    (76, 16),
    (71, 14),
    (66, 12),
    (61, 10),
    (56, 8),
    (51, 6),
    (46, 4),
)
_EDACS_CAD: Final = ("cad", "prior_mi", "stent", "cabg")
_EDACS_RISK: Final = (
    "hypertension",
    "hyperlipidemia",
    "diabetes",
    "smoking",
    "family_history_cad",
)


def edacs(facts: ClinicalFacts) -> int | None:
    """The Emergency Department Assessment of Chest pain Score from history alone.

    Than M et al. Emerg Med Australas 2014;26:34 (Flaws D et al. Heart 2016;102:1331
    validated): age 18-45 2, 46-50 4, 51-55 6, 56-60 8, 61-65 10, 66-70 12, 71-75 14,
    76-80 16, 81-85 18, 86+ 20; male sex +6; aged 18-50 with known coronary disease or
    three or more risk factors +4; diaphoresis +3; radiation to the arm, shoulder,
    neck or jaw +5; pain occurring or worse with inspiration -4; pain reproduced by
    palpation -6. Every item is known at triage (the score has no ECG or troponin).
    An unknown sex counts as male (the higher score); an unknown age gives None.
    """
    age = facts.age
    if age is None:
        return None
    pts = next((p for lo, p in _EDACS_AGE if age >= lo), 2)
    if facts.sex != "F":
        pts += 6
    risks = [c for c in _EDACS_RISK if c in _heart_risks(facts)]
    if age <= 50 and (any(facts.known(c) for c in _EDACS_CAD) or len(risks) >= 3):
        pts += 4
    pts += 3 if _episode(facts, "diaphoresis") else 0
    pts += 5 if _episode(facts, "radiation_arm_jaw") else 0
    pts -= 4 if _episode(facts, "pleuritic_pain") else 0
    pts -= 6 if _episode(facts, "reproducible_chest_pain") else 0
    return pts


def wells_pe(facts: ClinicalFacts) -> RuleResult:
    """Wells PE (Wells PS et al. Thromb Haemost 2000), two-tier: > 4 = PE likely."""
    t = Tally()
    t.add(
        "clinical_signs_dvt",
        doc_or_false(flag(facts, "unilateral_leg_swelling", "calf_tenderness")),
        3,
    )
    # the clinician's stated low suspicion answers the item: PE is not the most likely
    pe_first = (
        True
        if facts.has("pe_suspected")
        else False
        if facts.has("pe_low_pretest")
        else None
    )
    t.add("pe_most_likely_diagnosis", pe_first, 3)
    hr = facts.vitals.heart_rate
    t.add("heart_rate>100", None if hr is None else hr > 100, 1.5, hr)
    t.add(
        "immobilization_or_recent_surgery",
        doc_or_false(flag(facts, "immobilization", "recent_surgery")),
        1.5,
    )
    t.add("previous_pe_dvt", _previous_vte(facts), 1.5)
    t.add("hemoptysis", facts.has("hemoptysis"), 1)
    t.add("malignancy", facts.known("active_cancer"), 1)
    return t.result(
        "Wells PE",
        "Wells PS et al. Thromb Haemost 2000;83:416-420",
        lambda s: "PE likely (> 4)" if s > 4 else "PE unlikely (<= 4)",
    )


def perc(facts: ClinicalFacts) -> RuleResult:
    """PERC (Kline JA et al. J Thromb Haemost 2004); negative only if all 8 absent.

    The heart rate and saturation are those of the clinician's evaluation (Kline
    2004 recorded the criteria when the physician assessed the patient): vitals the
    ED note documents after triage (``ClinicalFacts.evaluation_vitals``) replace
    the triage set, each only when measured.
    """
    t = Tally()
    later = facts.evaluation_vitals
    hr, spo2 = facts.vitals.heart_rate, facts.vitals.spo2
    if later is not None and later.heart_rate is not None:
        hr = later.heart_rate
    if later is not None and later.spo2 is not None:
        spo2 = later.spo2
    age = facts.age
    t.add("age>=50", None if age is None else age >= 50, 1, age)
    t.add("heart_rate>=100", None if hr is None else hr >= 100, 1, hr)
    t.add("spo2<95", None if spo2 is None else spo2 < 95, 1, spo2)
    t.add("unilateral_leg_swelling", facts.has("unilateral_leg_swelling"), 1)
    t.add("hemoptysis", facts.has("hemoptysis"), 1)
    t.add("recent_surgery_or_trauma", facts.has("recent_surgery"), 1)
    t.add("prior_pe_dvt", _previous_vte(facts), 1)
    t.add("hormone_use", facts.known("hormone_use"), 1)
    return t.result(
        "PERC",
        "Kline JA et al. J Thromb Haemost 2004;2:1247-1255",
        lambda s: (
            "positive: cannot rule out PE by PERC"
            if s >= 1
            else "negative: PE ruled out if pretest probability is low (< 15%)"
        ),
    )


def wells_dvt(facts: ClinicalFacts) -> RuleResult:
    """Wells DVT (Wells PS et al. N Engl J Med 2003): >= 2 = DVT likely."""
    t = Tally()
    t.add("active_cancer", facts.known("active_cancer"), 1)
    t.add("paralysis_or_cast", doc_or_false(flag(facts, "paralysis", "leg_cast")), 1)
    t.add(
        "bedridden_or_surgery_12wk",
        doc_or_false(flag(facts, "immobilization", "recent_surgery")),
        1,
    )
    t.add("deep_vein_tenderness", facts.has("calf_tenderness"), 1)
    t.add("entire_leg_swollen", facts.has("unilateral_leg_swelling"), 1)
    t.add("calf_swelling>3cm", facts.has("calf_swelling"), 1)
    t.add("pitting_edema_symptomatic_leg", facts.has("pitting_edema"), 1)
    t.add("collateral_superficial_veins", facts.has("collateral_veins"), 1)
    t.add("previous_dvt", _previous_vte(facts), 1)
    t.add(
        "alternative_dx_as_likely",
        doc_or_false(flag(facts, "cellulitis", "bakers_cyst", "muscle_strain")),
        -2,
    )
    return t.result(
        "Wells DVT",
        "Wells PS et al. N Engl J Med 2003;349:1227-1235",
        lambda s: "DVT likely (>= 2)" if s >= 2 else "DVT unlikely (< 2)",
    )


def san_francisco_syncope(facts: ClinicalFacts) -> RuleResult:
    """San Francisco syncope rule (Quinn JV et al. Ann Emerg Med 2004): CHESS."""
    t = Tally()
    t.add("chf_history", facts.known("chf"), 1)
    hct = facts.measurements.get("hematocrit")
    t.add("hematocrit<30", None if hct is None else hct < 30, 1, hct)
    if (
        facts.has("atrial_fibrillation")
        or facts.has("ecg_st_depression")
        or facts.has("ecg_st_elevation")
        or facts.has("ecg_nonsinus")
    ):
        ecg: bool | None = True
    elif facts.has("ecg_normal") or facts.has("sinus_rhythm"):
        ecg = False
    else:
        ecg = None
    t.add("ecg_abnormal", ecg, 1)
    t.add("shortness_of_breath", facts.has("dyspnea"), 1)
    sbp = facts.vitals.systolic_bp
    t.add("triage_sbp<90", None if sbp is None else sbp < 90, 1, sbp)
    return t.result(
        "San Francisco syncope",
        "Quinn JV et al. Ann Emerg Med 2004;43:224-232",
        lambda s: "high risk (any criterion)" if s >= 1 else "low risk (no criterion)",
    )
