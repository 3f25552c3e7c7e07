"""Medical rules: CURB-65, Centor, Alvarado, Glasgow-Blatchford, ABCD2, Burch-Wartofsky.

Research use only. Undocumented history items count as absent (shown as None);
exam findings, labs and vitals that decide the category are listed as missing.
"""

from __future__ import annotations

from agents.offline.rules._scoring import Tally, altered, doc_or_false, flag
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import RuleResult

__all__ = [
    "abcd2",
    "alvarado",
    "burch_wartofsky",
    "centor_mcisaac",
    "curb65",
    "glasgow_blatchford",
]


def curb65(facts: ClinicalFacts) -> RuleResult:
    """CURB-65 (Lim WS et al. Thorax 2003); BUN > 19 mg/dL = urea > 7 mmol/L."""
    v, t = facts.vitals, Tally()
    t.add("confusion", altered(facts), 1)
    bun = facts.measurements.get("bun")
    t.add("bun>19", None if bun is None else bun > 19, 1, bun)
    t.add(
        "respiratory_rate>=30",
        None if v.respiratory_rate is None else v.respiratory_rate >= 30,
        1,
        v.respiratory_rate,
    )
    if v.systolic_bp is None and v.diastolic_bp is None:
        low_bp: bool | None = None
    else:
        low_bp = (v.systolic_bp is not None and v.systolic_bp < 90) or (
            v.diastolic_bp is not None and v.diastolic_bp <= 60
        )
    t.add("sbp<90_or_dbp<=60", low_bp, 1, v.systolic_bp)
    t.add("age>=65", None if facts.age is None else facts.age >= 65, 1, facts.age)
    return t.result(
        "CURB-65",
        "Lim WS et al. Thorax 2003;58:377-382",
        lambda s: (
            "low risk (0-1): consider outpatient"
            if s <= 1
            else "moderate (2): consider short admission"
            if s == 2
            else "severe (3-5): admit, consider ICU at 4-5"
        ),
    )


def centor_mcisaac(facts: ClinicalFacts) -> RuleResult:
    """Centor criteria with McIsaac age modifier (McIsaac WJ et al. CMAJ 1998)."""
    v, t = facts.vitals, Tally()
    t.add("tonsillar_exudate_or_swelling", flag(facts, "tonsillar_exudate"), 1)
    t.add("tender_anterior_cervical_nodes", flag(facts, "cervical_adenopathy"), 1)
    fever = (
        True
        if (v.temperature_c is not None and v.temperature_c > 38)
        else flag(facts, "fever")
    )
    t.add("temperature>38", fever, 1, v.temperature_c)
    cough = flag(facts, "cough")
    t.add("cough_absent", None if cough is None else not cough, 1)
    age = facts.age
    if age is None:
        t.add_points("age_modifier", None, 1)
    else:
        t.add_points(
            "age_modifier", 1 if 3 <= age <= 14 else -1 if age >= 45 else 0, 1, age
        )
    return t.result(
        "Centor/McIsaac",
        "Centor RM et al. Med Decis Making 1981; McIsaac WJ et al. CMAJ 1998;158:75-83",
        lambda s: (
            "low (<= 1): no strep testing or antibiotics"
            if s <= 1
            else "intermediate (2-3): rapid strep test"
            if s <= 3
            else "high (>= 4): rapid strep test / consider empiric antibiotics"
        ),
    )


def alvarado(facts: ClinicalFacts) -> RuleResult:
    """Alvarado (MANTRELS) score for appendicitis (Alvarado A. Ann Emerg Med 1986)."""
    t = Tally()
    t.add("migration_to_rlq", doc_or_false(flag(facts, "pain_migration_rlq")), 1)
    t.add("anorexia", doc_or_false(flag(facts, "anorexia")), 1)
    t.add("nausea_vomiting", doc_or_false(flag(facts, "nausea", "vomiting")), 1)
    t.add("rlq_tenderness", flag(facts, "rlq_tenderness"), 2)
    t.add("rebound", flag(facts, "rebound"), 1)
    temp = facts.vitals.temperature_c
    t.add("temperature>=37.3", None if temp is None else temp >= 37.3, 1, temp)
    wbc = facts.measurements.get("wbc")
    t.add("wbc>10", None if wbc is None else wbc > 10, 2, wbc)
    neut = facts.measurements.get("neutrophil_pct")
    t.add("neutrophils>75%", None if neut is None else neut > 75, 1, neut)
    return t.result(
        "Alvarado",
        "Alvarado A. Ann Emerg Med 1986;15:557-564",
        lambda s: (
            "unlikely (<= 4)"
            if s <= 4
            else "possible (5-6)"
            if s <= 6
            else "probable (7-8)"
            if s <= 8
            else "very probable (9-10)"
        ),
    )


def _urea_points(bun: float) -> int:
    urea = bun * 0.357  # mg/dL BUN -> mmol/L urea
    return (
        6
        if urea >= 25
        else 4
        if urea >= 10
        else 3
        if urea >= 8
        else 2
        if urea >= 6.5
        else 0
    )


def _hb_points(hb: float, sex: str | None) -> int | None:
    if hb < 10:
        return 6
    if sex == "F":
        return 1 if hb < 12 else 0
    if sex == "M":
        return 3 if hb < 12 else 1 if hb < 13 else 0
    return None if hb < 13 else 0


def glasgow_blatchford(facts: ClinicalFacts) -> RuleResult:
    """Glasgow-Blatchford score (Blatchford O et al. Lancet 2000); 0 = low risk."""
    v, t = facts.vitals, Tally()
    bun = facts.measurements.get("bun")
    t.add_points("bun", None if bun is None else _urea_points(bun), 6, bun)
    hb = facts.measurements.get("hemoglobin")
    t.add_points("hemoglobin", None if hb is None else _hb_points(hb, facts.sex), 6, hb)
    sbp = v.systolic_bp
    t.add_points(
        "systolic_bp",
        None
        if sbp is None
        else 3
        if sbp < 90
        else 2
        if sbp < 100
        else 1
        if sbp < 110
        else 0,
        3,
        sbp,
    )
    t.add(
        "heart_rate>=100",
        None if v.heart_rate is None else v.heart_rate >= 100,
        1,
        v.heart_rate,
    )
    t.add("melena", facts.has("melena"), 1)
    t.add("syncope", facts.has("syncope"), 2)
    t.add("hepatic_disease", facts.known("liver_disease"), 2)
    t.add("cardiac_failure", facts.known("chf"), 2)
    return t.result(
        "Glasgow-Blatchford",
        "Blatchford O et al. Lancet 2000;356:1318-1321",
        lambda s: (
            "low risk (0): outpatient management possible"
            if s == 0
            else "not low risk (>= 1): needs inpatient evaluation"
        ),
    )


def abcd2(facts: ClinicalFacts) -> RuleResult:
    """ABCD2 for TIA (Johnston SC et al. Lancet 2007); duration rarely documented."""
    v, t = facts.vitals, Tally()
    t.add("age>=60", None if facts.age is None else facts.age >= 60, 1, facts.age)
    if v.systolic_bp is None and v.diastolic_bp is None:
        bp: bool | None = None
    else:
        bp = (v.systolic_bp or 0) >= 140 or (v.diastolic_bp or 0) >= 90
    t.add("bp>=140/90", bp, 1, v.systolic_bp)
    weak = facts.has("unilateral_weakness")
    speech = facts.has("speech_disturbance")
    t.add_points("clinical", 2 if weak else 1 if speech else 0, 2)
    long_ = facts.has("symptoms_over_60_min")
    t.add_points("duration", 2 if long_ else None, 2)
    t.add("diabetes", facts.known("diabetes"), 1)
    return t.result(
        "ABCD2",
        "Johnston SC et al. Lancet 2007;369:283-292",
        lambda s: (
            "low (0-3)" if s <= 3 else "moderate (4-5)" if s <= 5 else "high (6-7)"
        ),
    )


_BWPS_TEMP: tuple[tuple[float, int], ...] = (
    (40.0, 30), (39.4, 25), (38.9, 20), (38.3, 15), (37.8, 10), (37.2, 5),
)  # fmt: skip
_BWPS_HR: tuple[tuple[float, int], ...] = (
    (140.0, 25), (130.0, 20), (120.0, 15), (110.0, 10), (90.0, 5),
)  # fmt: skip
BWPS_PRECIPITANTS: tuple[str, ...] = (
    "recent_surgery", "trauma", "cxr_infiltrate", "pneumonia", "uti",
    "pyelonephritis", "cellulitis", "postpartum",
)  # fmt: skip
"""Precipitating events the Burch-Wartofsky score counts (surgery, trauma,
infection, childbirth: Burch HB, Wartofsky L 1993)."""


def _banded(value: float | None, bands: tuple[tuple[float, int], ...]) -> int | None:
    if value is None:
        return None
    return next((pts for floor, pts in bands if value >= floor), 0)


def burch_wartofsky(facts: ClinicalFacts) -> RuleResult:
    """Burch-Wartofsky point scale for thyroid storm in thyrotoxicosis.

    Temperature 5-30, central nervous system 10 (agitation) / 20 (delirium,
    lethargy) / 30 (seizure, coma), gastrointestinal-hepatic 10 (diarrhoea,
    vomiting, nausea, abdominal pain) / 20 (jaundice), heart rate 5-25, heart
    failure 5 (pedal oedema) / 10 (bibasal crackles) / 15 (pulmonary oedema), atrial
    fibrillation 10, a precipitant 10. >= 45 highly suggests a storm, 25-44 an
    impending storm, < 25 makes it unlikely (Burch HB, Wartofsky L. Endocrinol Metab
    Clin North Am 1993;22:263; ATA 2016 recommendation 2: a score >= 45 needs
    aggressive treatment, 25-44 a judgement; Angell TE et al. J Clin Endocrinol Metab
    2015;100:451). Undocumented findings count 0; missing vitals are listed.
    """
    v, t = facts.vitals, Tally()
    temp = v.temperature_c
    t.add_points("temperature", _banded(temp, _BWPS_TEMP), 30, temp)
    cns = (
        30
        if flag(facts, "seizure", "unresponsive")
        else 20
        if flag(facts, "confusion", "lethargy", "altered_mental_status")
        else 10
        if facts.has("agitation")
        else 0
    )
    t.add_points("cns", cns, 30)
    gi = (
        20
        if facts.has("jaundice")
        else 10
        if flag(facts, "diarrhea", "vomiting", "nausea", "abdominal_pain")
        else 0
    )
    t.add_points("gi_hepatic", gi, 20)
    t.add_points("heart_rate", _banded(v.heart_rate, _BWPS_HR), 25, v.heart_rate)
    chf = (
        15
        if facts.has("cxr_pulmonary_edema")
        else 10
        if facts.has("rales")
        else 5
        if facts.has("leg_swelling")
        else 0
    )
    t.add_points("heart_failure", chf, 15)
    t.add("atrial_fibrillation", facts.has("atrial_fibrillation"), 10)
    t.add("precipitant", flag(facts, *BWPS_PRECIPITANTS) or False, 10)
    return t.result(
        "Burch-Wartofsky",
        "Burch HB, Wartofsky L. Endocrinol Metab Clin North Am 1993;22:263-277",
        lambda s: (
            "highly suggestive of thyroid storm (>= 45)"
            if s >= 45
            else "impending storm (25-44)"
            if s >= 25
            else "storm unlikely (< 25)"
        ),
    )
