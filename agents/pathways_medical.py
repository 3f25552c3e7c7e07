"""Adult medical, obstetric and injury pathways read from their own published criteria.

Checked whatever the differential says (like ``agents.pathways_acute``):

- torsades de pointes / drug-induced long QT (Drew BJ et al. AHA scientific statement,
  Circulation 2010;121:1047; AHA 2020 ACLS);
- myxoedema coma (Jonklaas J et al. ATA 2014 hypothyroidism guideline, Thyroid
  2014;24:1670);
- necrotising (malignant) otitis externa (Carfrae MJ, Kesser BW. Otolaryngol Clin
  North Am 2008;41:537; Cohen D, Friedman P. J Laryngol Otol 1987;101:216);
- preterm labour (ACOG Practice Bulletin 171, 2016; ACOG Committee Opinion 713
  (antenatal corticosteroids, 2017) and 455 (magnesium for neuroprotection); ACOG
  Committee Opinion 797 (GBS, 2020); NICE NG25);
- ketoacidosis with a glucose below 14 mmol/L: euglycaemic DKA on an SGLT2 inhibitor
  and alcoholic or starvation ketoacidosis (Umpierrez GE et al. ADA hyperglycaemic
  crises consensus, Diabetes Care 2024;47:1257; JBDS-IP 2023; McGuire LC et al.
  Emerg Med J 2006;23:417);
- cervical spine imaging after blunt trauma by the Canadian C-spine rule (Stiell IG et
  al. JAMA 2001;286:1841; NICE NG232, 2023), and CT head for a head injury on an
  anticoagulant (NICE NG232 1.4.11);
- acute cholangitis by the Tokyo Guidelines 2018 (Kiriyama S et al., Miura F et al.
  J Hepatobiliary Pancreat Sci 2018;25:17 and 31): antibiotics and biliary drainage;
- no urethral catheter with blood at the meatus after pelvic trauma (ATLS 10th ed.);
- the Wellens pattern (de Zwaan C et al. Am Heart J 1982;103:730): angiography, no
  stress test;
- a severe headache with a feature of the Ottawa SAH rule (Perry JJ et al. JAMA
  2013;310:1248 and CMAJ 2017;189:E1379: age >= 40 with a rapid onset, neck pain or
  stiffness, witnessed loss of consciousness, onset during exertion, thunderclap
  onset, limited neck flexion): non-contrast CT head, and lumbar puncture or CT
  angiography when the CT is negative beyond 6 h (Godwin SA et al. ACEP clinical
  policy: acute headache, Ann Emerg Med 2019;74:e41);
- suspected infective endocarditis: fever with a predisposition (prosthetic valve,
  prior endocarditis, injection drug use) and a murmur or embolic or immunological
  phenomena (Duke-ISCVID 2023 minor criteria, Fowler VG et al. Clin Infect Dis
  2023;77:518; Delgado V et al. ESC 2023 endocarditis, Eur Heart J 2023;44:3948):
  three blood culture sets before antibiotics, echocardiography, the endocarditis team;
- pneumonia on imaging beside another leading diagnosis: an infiltrate with compatible
  symptoms is community-acquired pneumonia and is treated empirically (Metlay JP et
  al. ATS/IDSA CAP 2019), also when it precipitated a DKA or another crisis (ADA
  hyperglycaemic crises 2024: treat the precipitating infection).

Research software, not for clinical use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Final

from agents import reversal
from agents._text import (
    any_kept,
    any_text,
    each_text,
    floats_of,
    immunocompromised,
    lab_results,
    per_text,
    sentence_start,
    visible_texts,
)
from agents.leading_gates import sah_shown
from agents.offline.knowledge import KnowledgeBase
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import SPONTANEOUS_BLEED_WORDS
from agents.offline.rules.admission_criteria import URINARY_SOURCE
from agents.offline.rules.esi import danger_zone_vitals
from agents.offline.rules.facts import ADULT_YEARS, recorded_avpu
from agents.offline.rules.findings import (
    FALL_HEIGHT,
    fall_metres,
    may_name,
    sign_findings,
)
from agents.offline.rules.imaging_results import negative_studies
from agents.offline.rules.immunocompromise import AGRANULOCYTOSIS_DRUGS
from agents.offline.rules.labour_words import FALSE_LABOUR
from agents.offline.rules.results import aki_stage, result_findings, results_of
from agents.offline.rules.spine_level_words import NOT_AT_THORACOLUMBAR_LEVEL
from agents.offline.rules.stopped import withdrawn
from agents.offline.stage_facts import current_findings, present_facts
from agents.pathway_orders import child
from agents.pathway_orders import required as _req
from agents.pathways_acute import AcuteRequired, asserted, core_temperature
from agents.population import years
from agents.shock_index import abnormal_shock_index
from cases.models import Vitals
from cases.population import Population
from cases.rx import guarded, word_start
from cases.views import StageView

__all__ = [
    "CHOLESTASIS",
    "EAR",
    "INFLAMMATION",
    "MEDICAL_PATHWAYS",
    "TORSADES_DOCUMENTED",
    "cspine_high_risk",
    "false_labour",
    "ketoacidosis_without_hyperglycaemia",
    "long_qtc",
    "noe_risk",
    "not_diabetic_ketosis",
    "torsades_risk",
]

_rx = word_start


def _adult(pop: Population) -> bool:
    return pop.age_within(years(16), None) is True


def _may_name(concept: str, text: str) -> bool:
    """``may_name`` of the knowledge base's ``concept`` in one text (a recorded ask)."""
    return may_name(load_knowledge(), concept, text)  # cached by the loader


def _present_in(concept: str, text: str) -> bool:
    """Whether one text's current findings hold ``concept`` as present."""
    return any(
        f.concept == concept and f.status == "present"
        for f in current_findings(text, load_knowledge())
    )


def _present_among(concepts: frozenset[str], text: str) -> tuple[str, ...]:
    """Which of ``concepts`` one text's current findings hold as present, sorted."""
    found = current_findings(text, load_knowledge())
    return tuple(sorted({f.concept for f in found if f.status == "present"} & concepts))


def _aki_stage(_: None, text: str) -> tuple[int, float, float] | None:
    return aki_stage(text)


def _values(analyte: str, texts: Sequence[str]) -> list[float]:
    found = each_text(lab_results, analyte, texts)
    return [r.value for results in found for r in results]


# --- torsades de pointes ---

_TORSADES: Final = _rx(
    r"torsades?(?: de pointes)?|polymorphic (?:vt|ventricular tachycardia)|"
    r"twisting (?:of the )?(?:qrs|points)"
)
_QT_SYMPTOM: Final = _rx(
    r"syncop\w*|faint\w*|blackouts?|collaps\w*|seizur\w*|palpitation\w*|"
    r"ventricular (?:tachycardia|fibrillation)|\bvt\b|\bvf\b"
)
QTC_HIGH_RISK: Final = 500.0
"""AHA 2010: a QTc above 500 ms carries a high risk of torsades de pointes."""
TORSADES_DOCUMENTED: Final = "torsades de pointes documented"
"""The torsades pathway's reason when the arrhythmia itself is documented."""
QRS_CONDUCTION_DELAY: Final = 120.0
"""A QRS over 120 ms lengthens the QT by conduction delay (Drew BJ et al. AHA 2010)."""


def torsades_risk(view: StageView) -> bool:
    """Torsades documented, or a QTc >= 500 ms with syncope, seizure or palpitations.

    A QTc measured over a QRS wider than 120 ms is long by conduction delay (the
    QRS is part of the QT): it does not by itself carry the repolarisation risk of
    torsades (Drew BJ et al. AHA 2010 QT statement: the JT interval with a QRS over
    120 ms; a TCA's wide QRS is sodium-channel blockade, Goldfrank's 11th ed.).
    """
    texts = visible_texts(view)
    if asserted(_TORSADES, texts):
        return True
    qtc = max(_values("qtc", texts), default=0.0)
    if max(_values("qrs", texts), default=0.0) > QRS_CONDUCTION_DELAY:
        return False
    return qtc >= QTC_HIGH_RISK and asserted(_QT_SYMPTOM, texts)


def long_qtc(view: StageView) -> bool:
    """A documented QTc of 500 ms or more (AHA 2010: high risk of torsades)."""
    return max(_values("qtc", visible_texts(view)), default=0.0) >= QTC_HIGH_RISK


def _magnesium(torsades_now: bool, *, adult: bool) -> str:
    """The magnesium order: the 1-2 min push is for torsades itself (AHA 2020 ACLS).

    A long QTc without it has magnesium replaced slowly to the normal range, with
    potassium (classic31: Drew BJ et al. AHA/ACCF 2010 QT statement).
    """
    if torsades_now:
        return (
            "magnesium sulfate 2 g IV over 1-2 min (repeat once), then infusion"
            if adult
            else "magnesium sulfate 25-50 mg/kg IV (max 2 g)"
        )
    return (
        "magnesium sulfate 2 g IV over 1 h, to a magnesium of 1.0 mmol/L "
        "(2 mg/dL) or more"
        if adult
        else "magnesium sulfate 25-50 mg/kg IV over 1 h (max 2 g)"
    )


def torsades(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AHA 2010: IV magnesium, stop QT-prolonging drugs, potassium to 4.5-5."""
    if not torsades_risk(view):
        return []
    texts = visible_texts(view)
    src = "AHA 2010 drug-induced QT prolongation (Drew BJ et al.); AHA 2020 ACLS"
    potassium = min(_values("potassium", texts), default=None)
    k = f" (K {potassium:g})" if potassium is not None else ""
    # classic30: a long QTc with palpitations is the risk of torsades, treated alike
    # (AHA 2010), but only a documented polymorphic VT is the arrhythmia itself
    # (``agents.pathway_dx``: defines vs keeps open)
    documented = asserted(_TORSADES, texts)
    magnesium = _magnesium(documented, adult=_adult(pop))
    why = (
        TORSADES_DOCUMENTED
        if documented
        else f"QTc >= {QTC_HIGH_RISK:g} ms with symptoms: high risk of torsades"
    )
    # classic30b: pads and an emergency CCU consult are for the arrhythmia; a long
    # QTc without it is telemetry with a defibrillator at hand, K and Mg corrected and
    # the drugs stopped (Drew BJ et al. AHA/ACCF 2010 QT statement)
    watch = (
        [
            _req(
                "procedure",
                "defibrillator pads on: defibrillate sustained or pulseless torsades; "
                "overdrive pacing or isoprenaline for recurrent pause-dependent runs",
                src,
                r"defibrillat|overdrive",
            ),
            _req(
                "consult",
                "cardiology emergently (coronary care unit with telemetry)",
                src,
                r"cardiology emergent",
            ),
        ]
        if documented
        else [
            _req(
                "monitoring",
                "continuous ECG monitoring (telemetry) with a defibrillator at hand; "
                "repeat ECG after K and Mg correction",
                f"{why} ({src})",
                r"telemetry|continuous (?:ecg|cardiac) monitor",
            )
        ]
    )
    return [
        _req(
            "medication",
            magnesium,
            f"{why} ({src})",
            r"magnesium sulfate|iv magnesium|magnesium \d",
        ),
        _req(
            "medication",
            "stop every QT-prolonging drug (methadone, fluoroquinolones, macrolides, "
            "ondansetron, haloperidol, antiarrhythmics); replace potassium to "
            f"4.5-5.0 mmol/L{k}",
            f"remove the trigger ({src})",
            r"stop every qt",
        ),
        *watch,
    ]


# --- myxoedema coma ---

_UNTREATED_THYROID: Final = _rx(
    r"myx(?:o)?edema\w*|stopped (?:her |his |their )?(?:thyroid|"
    r"levothyroxine|thyroxine)|(?:not taking|ran out of|off) (?:her |his |their )?"
    r"(?:thyroid|levothyroxine|thyroxine)|untreated hypothyroi\w*"
)
_TSH: Final = re.compile(r"(?i)\btsh\W{0,4}(\d{1,3}(?:\.\d+)?)")
TSH_HIGH: Final = 20.0
"""A TSH far above the range (>= 20 mU/L) documents primary hypothyroidism."""
_AMS: Final = _rx(
    r"confus\w*|drowsy|letharg\w*|obtunded|unresponsive|coma\w*|stupor\w*|"
    r"somnolent|gcs\W{0,3}(?:[3-9]|1[0-4])\b|altered (?:mental|level)"
)


def myxoedema_coma(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """ATA 2014: untreated hypothyroidism, altered mentation, decompensation.

    Hypothyroidism is untreated when the TSH is far above range, the patient stopped
    the thyroid hormone or the note names myxoedema; a history of treated
    hypothyroidism alone does not count. Decompensation: hypothermia (< 35.5 °C),
    bradycardia (< 60) or hyponatraemia (< 130 mmol/L).
    """
    texts = visible_texts(view)
    tsh = max(floats_of(_TSH, texts), default=0.0)
    if not (asserted(_UNTREATED_THYROID, texts) or tsh >= TSH_HIGH):
        return []
    temp = core_temperature(view)
    cold = temp is not None and temp < 35.5
    if not (asserted(_AMS, texts) or cold):
        return []
    hr = view.vitals.heart_rate
    sodium = min(_values("sodium", texts), default=None)
    if not (
        cold or (hr is not None and hr < 60) or (sodium is not None and sodium < 130)
    ):
        return []
    src = "ATA 2014 hypothyroidism guideline (Jonklaas J et al.)"
    slow = (
        [
            # medgi48 (medgi47's leftover): the bradycardia of myxoedema coma got the
            # ACLS atropine line; it is the hypothyroidism's and the cold's, and
            # answers to thyroid hormone and rewarming, atropine seldom (Tintinalli
            # 9th ed. ch. 229; Wiersinga WM. Endotext 2018 myxedema coma): monitored,
            # pacing ready for a rhythm that stops perfusing
            _req(
                "procedure",
                f"bradycardia of myxoedema (HR {hr:g}): continuous ECG monitoring, "
                "transcutaneous pacing pads on; it is treated by the thyroid hormone "
                "and rewarming (atropine is seldom effective); pace if perfusion fails",
                f"myxoedema coma with bradycardia ({src}; Tintinalli 9th ed. ch. 229)",
                r"pacing pads|transcutaneous pacing",
            )
        ]
        if hr is not None and hr < 50 and not child(_pop)
        else []
    )
    return [
        *slow,
        _req(
            "medication",
            "hydrocortisone 100 mg IV (stress dose, before thyroid hormone until "
            "adrenal insufficiency is excluded)",
            f"myxoedema coma: coexisting adrenal insufficiency ({src})",
            r"hydrocortisone",
        ),
        _req(
            "medication",
            "levothyroxine IV 200-400 mcg load (lower end if old, small or with "
            "heart disease), then 1.6 mcg/kg/day",
            f"myxoedema coma: hypothyroidism with altered mentation or hypothermia "
            f"({src})",
            r"levothyroxine iv|iv levothyroxine|liothyronine",
        ),
        _req(
            "diagnostic",
            "TSH, free T4, random cortisol (before hydrocortisone), glucose, sodium, "
            "blood gas for hypercapnia",
            src,
            r"cortisol",
        ),
        _req(
            "consult",
            "critical care emergently: ventilation for hypercapnia, passive rewarming, "
            "no sedatives",
            src,
            r"critical care emergent|icu emergent",
        ),
    ]


# --- drug-induced agranulocytosis ---

AGRANULOCYTOSIS_DRUG: Final = _rx(AGRANULOCYTOSIS_DRUGS + r"|\bptu\b")
"""``rules.immunocompromise.AGRANULOCYTOSIS_DRUGS``, or propylthiouracil as "PTU"."""
_INFECTION_SYMPTOM: Final = _rx(
    r"fever\w*|febrile|sore throat|pharyngitis|tonsillitis|mouth ulcers?|"
    r"oral ulcers?|rigors|chills"
)


def agranulocytosis_suspected(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """ATA 2016 / MHRA 2019: fever or sore throat on carbimazole, PTU or clozapine."""
    texts = visible_texts(view)
    if not (
        asserted(AGRANULOCYTOSIS_DRUG, texts)
        and asserted(_INFECTION_SYMPTOM, texts)
        and not withdrawn(AGRANULOCYTOSIS_DRUG, texts)
    ):
        return []
    src = (
        "Ross DS et al. ATA 2016 hyperthyroidism guideline; MHRA Drug Safety Update "
        "2019 (carbimazole); clozapine SmPC"
    )
    return [
        _req(
            "diagnostic",
            "full blood count with differential now (neutrophil count)",
            f"fever or sore throat on a drug that causes agranulocytosis ({src})",
            r"differential|neutrophil",
        ),
        _req(
            "medication",
            "stop the antithyroid drug (or clozapine) until the neutrophil count is "
            "known; never restart it after agranulocytosis",
            f"possible drug-induced agranulocytosis ({src})",
            r"stop (?:the )?(?:antithyroid|carbimazole|methimazole|propylthiouracil|"
            r"clozapine)",
        ),
    ]


# --- heparin-induced thrombocytopenia ---

_HIT_SOURCE: Final = (
    "Cuker A et al. ASH 2018 heparin-induced thrombocytopenia, Blood Adv "
    "2018;2:3360; Lo GK et al. 4Ts, J Thromb Haemost 2006;4:759"
)
_LOW_PLATELETS: Final = ("thrombocytopenia", "platelets_low_severe")
_NEW_THROMBOSIS: Final = ("dvt", "us_dvt", "pulmonary_embolism", "ctpa_pe")


FOURTS_INTERMEDIATE: Final = 4
"""A 4Ts score of 4-5 is intermediate, 6-8 high probability of HIT: stop heparin and
start a non-heparin anticoagulant before the assay (Cuker A et al. ASH 2018
recommendations 1.2, 3.1-3.2; Lo GK et al. J Thromb Haemost 2006;4:759)."""
_FOURTS: Final = re.compile(
    r"(?i)\b4 ?t'?s?(?:\s+score)?(?:\s+(?:of|was|is|=|:))?[\s:=]*"
    r"(?P<n>[0-8])(?!\d|\.\d)"
    r"(?!\s*(?:/|out of)\s*(?:[0-79]|1\d))"
)
"""A documented 4Ts score ('4Ts score 6', '4T score of 5', '4Ts: 7/8')."""


def fourts_at_least(texts: Sequence[str], cut: int) -> bool:
    """Whether a text documents a 4Ts score of ``cut`` or more."""
    return any(int(m["n"]) >= cut for t in texts for m in _FOURTS.finditer(t))


def heparin_thrombocytopenia(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """ASH 2018: a platelet fall on heparin is HIT until the 4Ts and PF4 say not.

    Heparin with a fall of more than 50 % (the 4Ts' two-point item) or with a low
    count and a new thrombosis (two more points) reaches an intermediate 4Ts score
    once the timing fits: stop all heparin for a non-heparin anticoagulant while the
    PF4 immunoassay is done, no prophylactic platelets.
    """
    facts = present_facts(view, load_knowledge())
    has = facts.has
    if not has("heparin_exposure") or not (
        has("platelet_fall")
        or (any(map(has, _LOW_PLATELETS)) and any(map(has, _NEW_THROMBOSIS)))
        or fourts_at_least(visible_texts(view), FOURTS_INTERMEDIATE)
    ):
        return []
    why = f"a platelet fall or thrombosis on heparin: possible HIT ({_HIT_SOURCE})"
    return [
        _req(
            "diagnostic",
            "4Ts score now; PF4-heparin immunoassay if 4Ts >= 4 (a functional assay if"
            " positive); platelet count daily",
            why,
            r"4 ?ts|pf4",
        ),
        _req(
            "monitoring",
            "stop all heparin now (unfractionated and low-molecular-weight, flushes and"
            " coated lines included) while HIT is possible",
            why,
            r"stop all heparin",
        ),
        _req(
            "medication",
            "a non-heparin anticoagulant at a therapeutic dose while HIT is possible:"
            " argatroban IV infusion, or fondaparinux or a DOAC (apixaban,"
            " rivaroxaban) by renal function and bleeding risk; no warfarin until the"
            " platelets recover",
            why,
            r"argatroban|bivalirudin|fondaparinux|apixaban|rivaroxaban|edoxaban|"
            r"dabigatran",
        ),
        _req("consult", "haematology the same day", why, r"haematology|hematology"),
        _req(
            "monitoring",
            "no prophylactic platelet transfusion (only for bleeding)",
            why,
            r"no (?:prophylactic )?platelet transfusion",
        ),
    ]


# --- a focal deficit that outlasts the correction of hypoglycaemia ---

_FOCAL_DEFICIT: Final = ("unilateral_weakness", "focal_deficit", "facial_droop")


def deficit_after_glucose(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """AHA/ASA 2019: a deficit persisting once the glucose is normal is a stroke.

    Hypoglycaemia mimics a stroke only while the glucose is low; a focal deficit that
    persists after correction is not explained by it, so the stroke pathway runs
    from the last known well (Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke
    1.3: glucose before lysis, the only test required; Yong AW et al. Stroke
    2012;43:2795 stroke mimics).
    """
    has = present_facts(view, load_knowledge()).has
    if not (
        (has("glucose_low") or has("hypoglycemia"))
        and any(map(has, _FOCAL_DEFICIT))
        and has("deficit_persisting")
    ):
        return []
    why = (
        "focal deficit persisting after the glucose was corrected: a stroke until "
        "imaging shows otherwise (Powers WJ et al. AHA/ASA 2019)"
    )
    return [
        _req(
            "consult",
            "stroke team now: NIHSS and reperfusion decision from the last known well "
            "(IV lysis to 4.5 h, thrombectomy for a large-vessel occlusion to 24 h)",
            why,
            r"stroke team",
        ),
        _req(
            "diagnostic",
            "non-contrast CT head with CT angiography now; glucose rechecked",
            why,
            r"ct head|ct angiograph|\bcta\b|mri",
        ),
    ]


# --- lower urinary tract infection in pregnancy ---

_CYSTITIS_SYMPTOM: Final = ("dysuria", "urinary_frequency", "suprapubic_pain")
_URINE_POSITIVE: Final = ("urine_nitrite", "pyuria")
_UPPER_TRACT: Final = ("fever", "chills", "flank_pain", "cva_tenderness")


def pregnancy_cystitis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG109 1.1.11: a lower UTI in pregnancy is treated now, with a culture.

    Dysuria, or frequency or suprapubic pain with a positive nitrite or leucocyte
    dipstick, in a pregnant woman without fever, rigors or loin signs (those are the
    pyelonephritis's): an immediate antibiotic for 7 days (nitrofurantoin; at term the
    order gate gives cefalexin instead), a midstream urine culture before it and
    after it (test of cure), since untreated bacteriuria leads to pyelonephritis and
    preterm birth (NICE NG109 2018; Smaill FM, Vazquez JC. Cochrane 2019).
    """
    if pop.pregnancy != "pregnant":
        return []
    has = present_facts(view, load_knowledge()).has
    symptoms = [c for c in _CYSTITIS_SYMPTOM if has(c)]
    if not (has("dysuria") or (symptoms and any(map(has, _URINE_POSITIVE)))):
        return []
    if any(map(has, _UPPER_TRACT)):
        return []
    src = "NICE NG109 2018 lower UTI: pregnant women"
    why = f"lower urinary tract infection in pregnancy ({src})"
    return [
        _req(
            "diagnostic",
            "midstream urine culture before the first dose, and again after the course "
            "(test of cure)",
            why,
            r"urine culture",
        ),
        _req(
            "medication",
            "nitrofurantoin 100 mg modified-release PO twice daily for 7 days (not at "
            "term: cefalexin, or amoxicillin if the culture shows it sensitive)",
            why,
            # obpeds39: the 7-day course is the pregnancy's (NICE NG109 1.1.11); a
            # non-pregnant woman's 3- or 5-day course does not satisfy it
            r"(?:nitrofurantoin|cefalexin|cephalexin|amoxicillin)[^;]*?\b7[- ]days?",
        ),
        _req(
            "monitoring",
            "return at once with fever, loin pain or contractions; antibiotic reviewed "
            "with the culture result",
            why,
            r"loin pain",
        ),
    ]


# --- acute kidney injury ---


_HEART_FAILURE: Final = _rx(
    r"heart failure|\bhf(?:ref|pef|mref)?\b|\bchf\b|cardiomyopath\w*|"
    r"(?:reduced|low) ejection fraction|\bef (?:of )?(?:[1-3]\d|40) ?%"
)
_CONGESTION: Final = _rx(
    r"pulmonary o?edema|crackles|crepitations|\bcreps\b|rales|orthopn\w*|"
    r"(?:raised|elevated|high) jvp|jvp (?:raised|elevated|up)|"
    r"(?:ankle|leg|pedal|peripheral|pitting|sacral) o?edema|"
    r"weight (?:up|gain\w*|increase\w*)|fluid overload\w*|overloaded|congest\w*"
)
"""Signs of congestion (McDonagh TA et al. ESC 2021 heart failure 11.1)."""


def acute_kidney_injury(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """NICE NG148 1.3 / KDIGO 2012: a creatinine >= 1.5 x its stated baseline."""
    staged = max(
        (s for s in each_text(_aki_stage, None, visible_texts(view)) if s is not None),
        default=None,
    )
    if staged is None:
        return []
    src = "NICE NG148 (2019) 1.3-1.5; KDIGO 2012 acute kidney injury"
    why = f"KDIGO stage {staged[0]} acute kidney injury ({src})"
    texts = visible_texts(view)
    # cardio48: in a congested heart failure the loop diuretic treats the congestion
    # that drives the kidney injury and is not held (McDonagh TA et al. ESC 2021
    # heart failure 11.1: worsening renal function during decongestion is no reason
    # to stop it; Mullens W et al. HFA 2019 diuretics position paper)
    held = (
        "hold NSAIDs, ACE inhibitors and angiotensin receptor blockers and metformin "
        "while the kidney injury lasts (the loop diuretic continued while congested); "
        "adjust renally cleared doses"
        if asserted(_HEART_FAILURE, texts) and asserted(_CONGESTION, texts)
        else "hold NSAIDs, ACE inhibitors and angiotensin receptor blockers, "
        "diuretics and metformin while the kidney injury lasts; adjust renally "
        "cleared doses"
    )
    return [
        _req(
            "medication",
            held,
            why,
            r"hold nsaids|stop nsaids|nephrotoxic",
        ),
        _req(
            "diagnostic",
            "urinalysis, bladder scan, urine output and a repeat creatinine and "
            "potassium within 24 h; renal ultrasound if obstruction is possible",
            why,
            r"repeat creatinine|creatinine and potassium",
        ),
    ]


# --- necrotising otitis externa ---

EAR: Final = _rx(r"ear\s?ache|ear pain|otalgia|otorrh\w*|otitis externa|ear canal")
_DIABETES: Final = _rx(r"diabet\w*|\bt[12]dm\b|\bdm\b|insulin")


def noe_risk(texts: Sequence[str]) -> bool:
    """Diabetes or immunocompromise (``rules.immunocompromise``): who gets NOE."""
    return asserted(_DIABETES, texts) or immunocompromised(texts)


_NOE_SIGN: Final = _rx(
    r"granulation (?:tissue)?|(?:facial|7th|seventh|cranial) (?:nerve )?(?:palsy|"
    r"paralysis|weakness)|face (?:\w+ )?droop\w*|(?:facial|face) droop\w*|"
    r"(?:necrotising|necrotizing|malignant) otitis|exposed bone|"
    r"skull base osteomyelitis"
)


def necrotising_otitis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Ear pain in a diabetic or immunocompromised adult with granulation or a palsy."""
    texts = visible_texts(view)
    if not (
        _adult(pop)
        and asserted(EAR, texts)
        and noe_risk(texts)
        and asserted(_NOE_SIGN, texts)
    ):
        return []
    src = "Carfrae & Kesser 2008; Cohen & Friedman 1987 criteria"
    return [
        _req(
            "medication",
            "IV anti-pseudomonal antibiotic (ciprofloxacin 400 mg IV or ceftazidime "
            "2 g IV or piperacillin-tazobactam) after a canal swab",
            f"necrotising otitis externa: Pseudomonas osteomyelitis of the skull base "
            f"({src})",
            r"ciprofloxacin|ceftazidime|piperacillin|cefepime|meropenem",
        ),
        _req(
            "diagnostic",
            "CT temporal bone (MRI for soft tissue and intracranial extent); ESR, CRP, "
            "glucose",
            src,
            r"ct temporal|temporal bone",
        ),
        _req(
            "consult",
            "ENT emergently; admission for IV antibiotics and glycaemic control",
            src,
            r"ent emergent",
        ),
    ]


# --- preterm labour ---

_LABOUR: Final = _rx(
    r"contractions?|tightening\w*|labou?r\b|labou?r pains?|"
    r"cervi\w* (?:is )?\d{1,2} ?cm|"
    r"\d{1,2} ?cm dilat\w*|dilated \d{1,2} ?cm"
)
_MEMBRANES: Final = _rx(
    r"ruptur\w* (?:of )?(?:the )?membranes|"
    r"\bprom\b|\bpprom\b|waters broke|leak\w* (?:of )?(?:clear )?fluid"
)
"""Ruptured membranes: preterm prelabour rupture when no labour sign is asserted
(NICE NG25 1.2; ACOG PB 217): steroids without tocolysis, and magnesium for
neuroprotection only once birth is expected within 24 h (labour: NICE NG25 1.6)."""
_ESTABLISHED: Final = _rx(
    r"cervi\w* (?:is )?(?:[2-9]|10) ?cm|(?:[2-9]|10) ?cm dilat\w*|"
    r"dilated (?:[2-9]|10) ?cm|"
    r"regular (?:painful )?(?:uterine )?contractions?|contractions? every \d{1,2}|"
    r"(?:in|established|active) (?:preterm )?labou?r\b|fully dilated|"
    r"birth (?:is )?(?:imminent|expected)|delivery (?:is )?(?:imminent|expected)"
)
"""Preterm labour established or birth expected: regular contractions, a cervix
dilated 2 cm or more, or birth imminent (ACOG PB 171 2016: contractions with cervical
change or dilation >= 2 cm; NICE NG25 2015/2022 1.6.2: magnesium for neuroprotection in
established preterm labour or a planned birth within 24 h). Tightenings alone are
suspected preterm labour: assessment, monitoring, steroids (NICE NG25 1.5)."""
PRETERM_WEEKS: Final = 37
STEROID_WEEKS: Final = (24, 34)
NEUROPROTECTION_WEEKS: Final = 32
_PRETERM_WARNING: Final = _rx(
    r"vaginal(?:ly)? bleed\w*|bleeding (?:per vaginam|pv)|\bpv bleed\w*|"
    r"(?:a|bloody|mucous) show\b|pelvic pressure|back ?ache|"
    r"reduced (?:fetal )?movements?"
)
"""Beside tightenings, a sign of preterm labour or abruption (ACOG PB 171: pelvic
pressure, backache, bleeding; RCOG GTG 63)."""


def false_labour(view: StageView) -> bool:
    """peds43: tightenings written as irregular or painless, nothing else.

    Braxton Hicks tightenings are irregular, painless and do not increase; without
    ruptured membranes, bleeding, pelvic pressure or backache they are false labour,
    assessed (cardiotocography, a speculum examination, fetal fibronectin or cervical
    length from 30 weeks) before any steroid or tocolysis: about 30 % of preterm
    contractions stop on their own, and neither is given for contractions without
    cervical change (ACOG Practice Bulletin 171 2016; NICE NG25 2015/2022 1.4-1.5:
    steroids once preterm labour is suspected on that assessment).
    """
    texts = visible_texts(view)
    return (
        asserted(FALSE_LABOUR, texts)
        and not asserted(_ESTABLISHED, texts)
        and not asserted(_MEMBRANES, texts)
        and not asserted(_PRETERM_WARNING, texts)
    )


def preterm_labour(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ACOG PB 171: labour from 20 to 36+6 weeks: obstetric unit, steroids, MgSO4.

    Ruptured membranes without a labour sign (PPROM) get the unit and steroids, no
    tocolysis and no magnesium until birth is expected (NICE NG25 1.2, 1.6; ACOG PB
    217), per peds36. peds41: tightenings or contractions alone are suspected preterm
    labour (after a car crash at 30 weeks, an abruption's sign too): the unit,
    monitoring, steroids and GBS cover (ACOG CO 797: started at presentation, stopped
    if labour is not confirmed); magnesium for neuroprotection waits for established
    labour (``_ESTABLISHED``).
    """
    weeks = pop.gestation_weeks
    if pop.pregnancy != "pregnant" or weeks is None or not 20 <= weeks < PRETERM_WEEKS:
        return []
    texts = visible_texts(view)
    labour = asserted(_LABOUR, texts)
    if not (labour or asserted(_MEMBRANES, texts)):
        return []
    src = "ACOG PB 171 (2016); ACOG CO 713, 455, 797; NICE NG25"
    if false_labour(view):
        return [
            _req(
                "consult",
                "obstetric assessment: cardiotocography and a speculum examination "
                "(fetal fibronectin or transvaginal cervical length from 30 weeks) "
                "before any steroid or tocolysis",
                f"irregular or painless tightenings at {weeks} weeks: false labour "
                f"until assessed ({src} 1.4-1.5)",
                r"obstetric assessment|obstetrics emergent",
            )
        ]
    established = labour and asserted(_ESTABLISHED, texts)
    out = [
        _req(
            "consult",
            "obstetrics emergently: labour ward of a unit with neonatal intensive "
            "care; continuous fetal monitoring",
            f"preterm labour at {weeks} weeks ({src})",
            r"obstetric\w* emergent",
        ),
        _req(
            "medication",
            "GBS prophylaxis: IV penicillin G 5 million units, then 2.5-3 million "
            "units every 4 h, when GBS status is unknown or positive",
            f"preterm labour with unknown GBS status ({src})",
            r"penicillin|ampicillin|cefazolin",
        ),
    ]
    if STEROID_WEEKS[0] <= weeks < STEROID_WEEKS[1]:
        out.append(
            _req(
                "medication",
                "betamethasone 12 mg IM, repeated after 24 h; tocolysis (nifedipine) "
                "for 48 h while it acts unless abruption, infection or fetal "
                "compromise"
                if labour
                else "betamethasone 12 mg IM, repeated after 24 h (24-34 weeks)",
                f"{weeks} weeks: antenatal corticosteroids ({src})",
                r"betamethasone|dexamethasone",
            )
        )
    if established and weeks < NEUROPROTECTION_WEEKS:
        out.append(
            _req(
                "medication",
                "magnesium sulfate 4 g IV over 20 min, then 1 g/h for fetal "
                "neuroprotection",
                f"{weeks} weeks (< {NEUROPROTECTION_WEEKS}): cerebral palsy risk "
                f"({src})",
                r"magnesium sulfate",
            )
        )
    return out


# --- ketoacidosis with a glucose below 14 mmol/L ---

_KETONES: Final = re.compile(
    r"(?i)\b(?:blood |serum |capillary )?(?:ketones?|beta[- ]?hydroxybutyrate|"
    r"b-?ohb|bhb|3-?hydroxybutyrate)\W{0,4}(\d{1,2}(?:\.\d+)?)"
)
_KETONE_WORD: Final = guarded(re.compile(r"(?i)keton|hydroxybut|\bb-?ohb\b|\bbhb\b"))
KETONES_HIGH: Final = 3.0
"""Blood ketones >= 3.0 mmol/L: ketoacidosis with acidaemia (JBDS-IP 2023)."""
GLUCOSE_LOW_MG_DL: Final = 250.0
"""Below 250 mg/dL (13.9 mmol/L) the DKA fluid carries dextrose (ADA 2024)."""
_SGLT2: Final = _rx(
    r"\w+gliflozin|sglt-?2(?: inhibitor)?|jardiance|farxiga|forxiga|invokana"
)
_ALCOHOL: Final = _rx(
    r"drink\w*|alcohol\w*|etoh\b|binge\w*|vodka|whisk(?:e)?y|beer|wine|spirits"
)
_NOT_DIABETIC: Final = _rx(
    r"not (?:a )?diabetic|no (?:history of )?diabetes|non-?diabetic"
)
_DIABETIC: Final = _rx(r"diabet\w*|\bt[12]dm\b|\biddm\b|\bniddm\b|insulin|metformin")


def ketoacidosis_without_hyperglycaemia(view: StageView) -> bool:
    """Ketones >= 3 (or pH < 7.3 / bicarbonate < 18 with ketones) at glucose < 14."""
    texts = visible_texts(view)
    return any_text(_names_ketones, None, texts) and _ketoacidosis(texts)


def _names_ketones(_: None, text: str) -> bool:
    return _KETONE_WORD.search(text) is not None


@functools.lru_cache(maxsize=1024)
def _ketoacidosis(texts: tuple[str, ...]) -> bool:
    """Memoised per visible texts: the pathway and two order gates ask."""
    if not any(_KETONE_WORD.search(t) for t in texts):
        return False
    ketones = max(
        (float(m.group(1)) for t in texts for m in _KETONES.finditer(t)), default=0.0
    )
    if ketones < KETONES_HIGH:
        return False
    acid = (
        min(_values("ph", texts), default=7.4) < 7.3
        or min(_values("bicarbonate", texts), default=24.0) < 18.0
    )
    glucose = _values("glucose", texts)
    return acid and bool(glucose) and max(glucose) < GLUCOSE_LOW_MG_DL


def not_diabetic_ketosis(view: StageView) -> bool:
    """Alcoholic or starvation ketoacidosis: no insulin (McGuire 2006)."""
    texts = visible_texts(view)
    return (
        ketoacidosis_without_hyperglycaemia(view)
        and not asserted(_SGLT2, texts)
        and (asserted(_NOT_DIABETIC, texts) or not asserted(_DIABETIC, texts))
    )


def ketoacidosis(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Euglycaemic DKA: dextrose with insulin; AKA: thiamine, dextrose, no insulin."""
    if not ketoacidosis_without_hyperglycaemia(view):
        return []
    texts = visible_texts(view)
    ada = "ADA hyperglycaemic crises 2024 (Umpierrez GE et al.); JBDS-IP 2023"
    if not_diabetic_ketosis(view):
        src = "McGuire LC et al. Emerg Med J 2006 (alcoholic ketoacidosis)"
        why = "alcohol" if asserted(_ALCOHOL, texts) else "starvation"
        return [
            _req(
                "medication",
                "thiamine 100-500 mg IV before any glucose",
                f"{why} ketoacidosis: Wernicke risk ({src})",
                r"thiamine",
            ),
            _req(
                "medication",
                "5 % dextrose in 0.9 % saline IV; replace potassium, magnesium and "
                "phosphate; no insulin (the ketosis resolves with dextrose)",
                f"{why} ketoacidosis with a normal glucose in a patient without "
                f"diabetes ({src})",
                r"dextrose",
            ),
            _req(
                "diagnostic",
                "osmolar gap, lactate, lipase, salicylate and paracetamol levels",
                f"another cause of the anion gap (toxic alcohol, pancreatitis) ({src})",
                r"osmol",
            ),
        ]
    return [
        _req(
            "medication",
            "10 % dextrose IV with the fixed-rate insulin infusion from the start "
            "(glucose < 14 mmol/L); stop the SGLT2 inhibitor",
            f"euglycaemic diabetic ketoacidosis: insulin clears the ketones, dextrose "
            f"prevents hypoglycaemia ({ada})",
            r"dextrose|glucose 10|d10",
        ),
    ]


# --- cervical spine after blunt trauma ---

_BLUNT: Final = _rx(
    r"fell|fall\b|falls\b|tripped|slipped|collision|crash\w*|mvc|rtc|mva|motor vehicle|"
    r"rear[- ]end\w*|shunted|whiplash|(?:hit|struck) from behind|"
    r"struck|hit (?:his|her|their|the) (?:head|forehead|face)|dived|diving|"
    r"tackle\w*|assault\w*|thrown"
)
_NECK: Final = _rx(
    r"neck (?:pain|ache)|painful neck|sore neck|neck (?:is )?(?:sore|tender)|"
    r"neck hurts|cervical (?:spine |spinal )?tenderness|"
    rf"midline (?:spine |spinal )?tenderness{NOT_AT_THORACOLUMBAR_LEVEL}|"
    r"tender\w* (?:over|of) (?:the )?c\d|"
    r"(?:unable|cannot|can't) (?:to )?(?:actively )?rotate (?:the |his |her )?neck|"
    r"painful to rotate (?:the |his |her )?neck"
)
_HIGH_RISK_CSPINE: Final = _rx(
    r"paraesthesi\w* (?:in )?(?:the |both )?(?:arms?|hands?|legs?|extremities|limbs)|"
    r"paresthesi\w* (?:in )?(?:the |both )?(?:arms?|hands?|legs?|extremities|limbs)|"
    r"cervical (?:spine |spinal )?tenderness|"
    rf"midline (?:spine |spinal )?tenderness{NOT_AT_THORACOLUMBAR_LEVEL}|"
    r"tender\w* (?:over|of) (?:the )?c\d|"
    r"(?:unable|cannot|can't) (?:to )?(?:actively )?rotate|"
    r"painful to rotate|fall from (?:a )?height|(?:\d+ )?(?:stairs|steps)|"
    r"ejected|rollover|high[- ]speed|diving|"
    # trauma49: Canadian C-spine dangerous mechanisms also include a motorised
    # recreational vehicle and a bicycle collision (Stiell IG et al. JAMA 2001;286:1841)
    r"motor ?(?:bike|cycle)s?|quad ?bike|all-terrain vehicle|\batv\b|snowmobile|"
    r"dirt ?bike|(?:bicycle|bike|cycling) (?:crash|collision|accident)|"
    r"(?:knocked|thrown) off (?:his|her|their|a|the) (?:bicycle|bike)"
)
CSPINE_HIGH_RISK_AGE: Final = 65
CSPINE_FALL_M: Final = 0.9
"""The Canadian C-spine rule's dangerous fall: from 3 feet (0.9 m) or five stairs
(Stiell IG et al. JAMA 2001;286:1841; NICE NG232 2023 1.5.5: more than 1 m)."""
_HEAD_AXIAL_LOAD: Final = _rx(
    r"(?:land\w*|fell|fall\w*|dived|dove) (?:\w+ ){0,4}?(?:on|onto) "
    r"(?:the (?:top|crown) of )?(?:his |her |their |the )?(?:head|crown)\b|"
    r"head[- ]first"
)
"""An axial load to the head ("fell 2 metres landing on his head", "dived head first"):
a Canadian C-spine dangerous mechanism (Stiell 2001)."""


def _cspine_ct_negative(texts: Sequence[str]) -> bool:
    """Whether a CT of the cervical spine is already read negative this visit.

    The spine the rule asks to image and immobilise is then cleared (Patel MB et al.
    EAST 2015, J Trauma Acute Care Surg 2015;78:430; results32).
    """
    return any(
        (r.modality, r.region) == ("CT", "cervical_spine")
        and r.negative_for in ("any", "fracture")
        for t in texts
        for r in per_text(negative_studies, t)
    )


def cspine_high_risk(texts: Sequence[str], pop: Population) -> str | None:
    """Why an adult's injured neck must be imaged (Canadian C-spine), or None.

    Neck pain or cervical tenderness after blunt force, with age 65 or over, a
    high-risk factor (a dangerous mechanism, limb paraesthesia) or midline tenderness,
    while no CT has cleared it. trauma53: a fall of 3 ft / 1 m or more and an axial
    load to the head are the rule's dangerous mechanism too ("fell 2 metres off
    scaffolding landing on his head": Stiell IG et al. JAMA 2001;286:1841; NICE NG232
    2023 1.5.5).
    """
    if not _adult(pop):
        return None
    if not (asserted(_NECK, texts) and asserted(_BLUNT, texts)):
        return None
    if _cspine_ct_negative(texts):
        return None
    if pop.age_within(years(CSPINE_HIGH_RISK_AGE), None) is True:
        return f"age >= {CSPINE_HIGH_RISK_AGE}"
    heights = [fall_metres(m) for t in texts for m in FALL_HEIGHT.finditer(t)]
    if any(h >= CSPINE_FALL_M for h in heights) or asserted(_HEAD_AXIAL_LOAD, texts):
        return (
            "a dangerous mechanism (a fall from 3 ft / 1 m or more, or onto the head)"
        )
    if asserted(_HIGH_RISK_CSPINE, texts):
        return "a high-risk factor or tenderness"
    return None


def cervical_spine(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Canadian C-spine rule: age >= 65 or a high-risk factor -> CT cervical spine."""
    why = cspine_high_risk(visible_texts(view), pop)
    if why is None:
        return []
    src = "Canadian C-spine rule (Stiell IG et al. JAMA 2001); NICE NG232 2023"
    return [
        _req(
            "diagnostic",
            "CT cervical spine (plain films are not enough)",
            f"neck pain after trauma with {why} ({src})",
            r"ct (?:of the )?(?:c-?spine|cervical)|cervical spine ct|mri (?:of the )?"
            r"(?:c-?spine|cervical)",
        ),
        _req(
            "procedure",
            "cervical spine immobilisation (collar or blocks) until imaging clears it",
            src,
            r"collar|immobili",
        ),
    ]


# --- acute cholangitis ---

INFLAMMATION: Final = _rx(r"fever\w*|febrile|rigou?rs?|pyrexi\w*|chills")
CHOLESTASIS: Final = _rx(
    r"jaundic\w*|icter\w*|yellow (?:skin|sclera\w*|eyes)|(?:raised|elevated|high) "
    r"bilirubin|bilirubin (?:of |is |was |: ?|= ?)?(?:(?:3[4-9]|[4-9]\d|[1-9]\d{2})"
    r"(?![\d.])|(?:[2-9]|[12]\d)\.\d|(?:[2-9]|[12]\d)(?:\.\d)? ?mg)"
)
"""Tokyo 2018 criterion B-1, jaundice: seen, or a total bilirubin >= 2 mg/dL (34 umol/L;
Kiriyama S et al. J Hepatobiliary Pancreat Sci 2018;25:17). medgi53: any two-digit
bilirubin was read as cholestasis, so a grade III cholecystitis with a bilirubin of 30
and a 6 mm duct got an emergency ERCP for a cholangitis it did not have."""
_BILIARY: Final = _rx(
    r"(?:dilated|dilatation of the) (?:common )?bile ducts?|(?:cbd|common bile duct) "
    r"(?:is )?(?:dilated|(?:[89]|[1-9]\d)(?:\.\d)? ?mm)|choledocholithiasis|stones? in"
    r" the (?:common )?bile duct|biliary (?:dilatation|obstruction|stent|stricture)"
)
"""Tokyo 2018 criterion C: biliary dilatation or its cause on imaging. A duct measured
below 8 mm is not dilated (``reports.CBD_DILATED_MM``: above 6-7 mm in most adults,
wider with age; TG18, Kiriyama S et al. 2018): medgi53, a 6 mm duct read as
criterion C."""


def cholangitis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Tokyo 2018: inflammation + cholestasis + biliary signs: drainage, antibiotic."""
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if not (
        _adult(pop)
        and asserted(_BILIARY, texts)
        and asserted(CHOLESTASIS, texts)
        and ((t is not None and t >= 38.0) or asserted(INFLAMMATION, texts))
    ):
        return []
    src = "Tokyo Guidelines 2018 (Kiriyama S, Miura F et al.)"
    return [
        _req(
            "medication",
            "piperacillin-tazobactam 4.5 g IV within 1 h of recognition (after blood "
            "cultures)",
            f"acute cholangitis: biliary Gram-negatives and enterococci ({src})",
            r"piperacillin|meropenem|ertapenem|ceftriaxone",
        ),
        _req(
            "consult",
            "gastroenterology emergently: biliary drainage by ERCP (urgent with organ "
            "dysfunction, within 24 h otherwise)",
            f"acute cholangitis: source control ({src})",
            r"ercp|biliary drainage",
        ),
    ]


# --- Wellens pattern ---

WELLENS_PATTERN: Final = _rx(
    r"wellens|(?:deep|deeply) (?:symmetric\w* )?t[- ]wave inversion (?:in )?"
    r"(?:leads? )?v[1-4]|biphasic t[- ]waves? (?:in )?(?:leads? )?v[23]"
)
"""The Wellens pattern: deep symmetric or biphasic T waves in V2-V3 after the pain, a
critical proximal LAD stenosis (de Zwaan C et al. Am Heart J 1982;103:730)."""
_WELLENS: Final = WELLENS_PATTERN
_ANGINAL_HISTORY: Final = _rx(
    r"chest (?:pain|tightness|discomfort|pressure|heaviness|ache)|angina\w*|"
    r"(?:central|retrosternal|substernal) (?:\w+ )?(?:pain|ache|tightness|pressure)"
)
_WELLENS_NAMED: Final = _rx(r"wellens")
_LVH_PATTERN: Final = _rx(
    r"left ventricular hypertrophy|\blvh\b|voltage criteria|hypertrophic "
    r"(?:obstructive )?cardiomyopathy|\bh?ocm\b|\bhcm\b"
)
"""cardio52: the Wellens syndrome is its T waves after an anginal pain, without the
LVH whose repolarisation changes mimic it (Rhinehardt J et al. Am J Emerg Med
2002;20:638: a history of anginal chest pain, no LVH or bundle branch block among its
criteria; de Zwaan C et al. Am Heart J 1982;103:730). A footballer's syncope with LVH
voltage and deep T-wave inversion V2-V6 (hypertrophic cardiomyopathy's ECG, Ommen SR
et al. AHA/ACC 2020 HCM) was unstable angina with heparin and an early angiogram."""


def wellens(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Wellens pattern: critical proximal LAD stenosis; angiography, no stress test."""
    texts = visible_texts(view)
    if not _adult(pop) or not asserted(_WELLENS, texts):
        return []
    if asserted(_LVH_PATTERN, texts) or not (
        asserted(_ANGINAL_HISTORY, texts) or asserted(_WELLENS_NAMED, texts)
    ):
        return []
    src = "de Zwaan C et al. Am Heart J 1982;103:730; ESC 2023 ACS"
    return [
        _req(
            "consult",
            "cardiology emergently: early invasive coronary angiography; no exercise "
            "stress test",
            f"Wellens pattern: critical proximal LAD stenosis ({src})",
            r"cardiology emergent|angiograph",
        ),
        # cardio48: the Wellens pattern's NSTE-ACS got aspirin and the angiography but
        # no anticoagulant (ESC 2023 ACS 5.1: parenteral anticoagulation for every
        # ACS at its diagnosis; UFH or enoxaparin before early angiography)
        _req(
            "medication",
            "parenteral anticoagulation now: enoxaparin 1 mg/kg SC twice daily or "
            "unfractionated heparin by weight (fondaparinux 2.5 mg SC daily if "
            "angiography is not within 24 h), unless bleeding",
            f"Wellens pattern: an NSTE-ACS, anticoagulated at its diagnosis (Byrne RA "
            f"et al. ESC 2023 ACS 5.1; {src})",
            r"heparin|enoxaparin|fondaparinux|bivalirudin|anticoagula\w*",
        ),
    ]


# --- head injury on an anticoagulant ---

_HEAD_STRIKE: Final = _rx(
    r"hit (?:his|her|their|the) (?:head|forehead|face)|head (?:injury|strike|trauma)|"
    r"struck (?:his|her|their) head|bang\w* (?:his|her|their) head|"
    r"(?:forehead|scalp) (?:abrasion|laceration|haematoma|hematoma|wound)|"
    r"(?:abrasion|laceration|haematoma|hematoma) (?:on|to) the (?:forehead|scalp)"
)


def head_injury_anticoagulated(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG232: head injury on an anticoagulant: CT head within 8 h."""
    texts = visible_texts(view)
    if not (
        _adult(pop)
        and asserted(_HEAD_STRIKE, texts)
        and reversal.on_anticoagulant(texts)
    ):
        return []
    src = "NICE NG232 2023 head injury (1.4.11); ACEP 2023 mild TBI policy"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head within 8 h of the injury",
            f"head injury on an anticoagulant ({src})",
            r"ct (?:of the )?head|head ct",
        ),
    ]


def headache_anticoagulated(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A new atraumatic headache in an adult on an anticoagulant: CT head.

    An anticoagulant raises the risk of intracranial haemorrhage several-fold, and a
    bleed may present with a headache and a normal neurological examination: a new
    headache in a patient on an anticoagulant is imaged (non-contrast CT head) before
    it is called primary (Edlow JA et al. ACEP clinical policy: acute headache. Ann
    Emerg Med 2008;52:407; Do TP et al. SNNOOP10 red flags. Neurology 2019;92:134;
    Steiner T et al. ESO ICH 2014). Outside it: a head injury (NICE NG232,
    ``head_injury_anticoagulated``) and a headache like the patient's usual ones.
    """
    texts = visible_texts(view)
    if not (
        _adult(pop)
        and asserted(_HEADACHE, texts)
        and reversal.on_anticoagulant(texts)
        and not asserted(_TRAUMA, texts)
        and not asserted(_USUAL, texts)
    ):
        return []
    src = "Edlow JA et al. ACEP acute headache policy 2008; Do TP et al. SNNOOP10 2019"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head now",
            f"new headache on an anticoagulant: intracranial haemorrhage not excluded"
            f" ({src})",
            r"ct (?:of the )?(?:head|brain)|(?:head|brain) ct|non-?contrast ct",
        ),
    ]


_NEW_HEADACHE: Final = _rx(
    r"new(?:[- ]onset)?(?:,?\s+(?:of\s+)?(?:a\s+)?[\w-]+){0,2}?\s+head ?aches?|"
    r"first(?: ever)? head ?ache|"
    r"never (?:had|suffered|gets?|get) (?:a |any )?(?:\w+ )?head ?aches?|"
    r"no (?:previous|prior|past) (?:history of )?(?:\w+ )?head ?aches?|"
    r"no history of (?:\w+ )?head ?aches?|"
    r"(?:unlike|different (?:from|to)) (?:his|her|their|any) (?:usual|previous|prior"
    r"|other)"
)
"""A headache stated as new: new-onset, first ever, never had one, unlike the usual."""
OLDER_NEW_HEADACHE_YEARS: Final = 50
"""SNNOOP10's 'onset after 50 years' (Do TP et al. Neurology 2019;92:134)."""


def headache_new_older(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A new headache after 50, or a headache in an immunocompromised adult: CT head.

    A headache disorder that begins after 50 years and a headache with immune
    deficiency are SNNOOP10 red flags of a secondary cause (Do TP et al. Neurology
    2019;92:134: haemorrhage, mass, subdural, giant cell arteritis, opportunistic
    infection); ACEP (Edlow JA et al. Ann Emerg Med 2008;52:407, level C): an older
    patient with a new type of headache and a normal examination should have urgent
    neuroimaging, an HIV-positive patient with a new type of headache emergent
    neuroimaging; after 50 the ESR and CRP are taken for giant cell arteritis (Mackie
    SL et al. BSR 2020). Outside it: a head injury (NICE NG232), a headache like the
    usual ones, and an anticoagulated patient (``headache_anticoagulated``).
    """
    texts = visible_texts(view)
    if not (
        _adult(pop)
        and asserted(_HEADACHE, texts)
        and not asserted(_TRAUMA, texts)
        and not asserted(_USUAL, texts)
        and not reversal.on_anticoagulant(texts)
    ):
        return []
    older = pop.age_within(years(OLDER_NEW_HEADACHE_YEARS), None) is True and asserted(
        _NEW_HEADACHE, texts
    )
    immune = immunocompromised(texts)
    if not (older or immune) or (older and not immune and _gca_picture(view)):
        return []
    src = "Do TP et al. SNNOOP10 2019; Edlow JA et al. ACEP acute headache policy 2008"
    why = "a new headache after 50" if older else "a headache with immune deficiency"
    out = [
        _req(
            "diagnostic",
            "non-contrast CT head (urgent)",
            f"{why}: haemorrhage, mass or subdural not excluded ({src})",
            r"ct (?:of the )?(?:head|brain)|(?:head|brain) ct|non-?contrast ct",
        ),
    ]
    if older:
        out.append(
            _req(
                "diagnostic",
                "ESR and CRP",
                f"giant cell arteritis after 50 (Mackie SL et al. BSR 2020; {src})",
                r"\besr\b|sedimentation|c-reactive|\bcrp\b",
            )
        )
    return out


_GCA_CRANIAL: Final = frozenset({"jaw_claudication", "temporal_artery_abnormal"})
"""The cranial signs that name giant cell arteritis as the new headache's cause:
jaw claudication (LR+ 4.2) and a beaded, prominent, tender or pulseless temporal
artery (2.6-4.6; Smetana GW, Shmerling RH. JAMA 2002;287:92)."""
_BRAIN_SIGNS: Final = frozenset(
    {"focal_deficit", "unilateral_weakness", "altered_mental_status", "confusion",
     "papilledema", "seizure", "thunderclap_headache", "head_injury"}
)  # fmt: skip
"""Signs no arteritis explains: with them the brain is imaged whatever the picture."""


def _gca_picture(view: StageView) -> bool:
    """Whether a new headache after 50 has giant cell arteritis's cranial picture.

    Then its work-up is ESR/CRP, glucocorticoids at once and temporal artery
    ultrasound or biopsy, not a CT head first (Mackie SL et al. BSR 2020 GCA
    guideline; Maz M et al. ACR/VF 2021): a jaw claudication or an abnormal temporal
    artery without a focal or brain sign (SNNOOP10's other causes: Do TP et al.
    Neurology 2019;92:134).
    """
    kb = load_knowledge()  # cached by the loader
    present = {
        f.concept
        for t in visible_texts(view)
        for f in current_findings(t, kb)
        if f.status == "present"
    }
    return bool(present & _GCA_CRANIAL) and not present & _BRAIN_SIGNS


def cord_injury_above_t6(view: StageView) -> bool:
    """Whether the visit names a spinal cord injury at T6 or above, old or new.

    The level of autonomic dysreflexia (Consortium for Spinal Cord Medicine 2001): a
    severe pressure there is the reflex surge of a trigger below the injury, removed
    first (bladder, bowel), not a hypertensive emergency lowered by an IV infusion.
    """
    kb = load_knowledge()  # cached by the loader
    return any(
        f.concept == "high_spinal_cord_injury" and f.status in ("present", "historical")
        for t in visible_texts(view)
        for f in current_findings(t, kb)
    )


# --- severe headache: the Ottawa SAH rule ---

_HEADACHE: Final = _rx(r"head ?aches?\b|h/a\b|cephalgia|head pain|(?-i:HA)\b")
_SEVERE: Final = _rx(
    r"severe|excruciating|worst|terrible|intense|agoni[sz]ing|(?:10|[7-9])/10|"
    r"thunderclap|sudden\w*|abrupt\w*|explosive|instant\w*"
)
_RAPID: Final = _rx(
    r"thunderclap|sudden\w*|abrupt\w*|explosive|instant\w*|maximal at onset|"
    r"peak\w* (?:with)?in (?:seconds|minutes|an hour|1 h)"
)
_SAH_NECK: Final = _rx(
    r"neck (?:pain|stiff\w*)|stiff neck|nuchal rigidity|meningism\w*|meningismus|"
    r"limited neck flexion|(?:unable|can'?t|cannot) (?:to )?(?:touch|put|bring) "
    r"(?:his |her |their )?chin to (?:his |her |their )?chest"
)
_WITNESSED_LOC: Final = _rx(
    r"loss of consciousness|\bloc\b|passed out|blacked out|syncop\w*|collapsed"
)
_EXERTION: Final = _rx(
    r"(?:while|whilst|during|when|on)\s+(?:\w+\s+){0,2}?(?:lifting|exercis\w*|"
    r"jogging|running|straining|intercourse|sex\b|coitus|weights|weight ?lifting|"
    r"at the gym|working out|bending|pushing|climbing|swimming|cycling|shovel\w*|"
    r"defecat\w*|orgasm)|exertion|exertional|(?:post-?)?coital headache|at the gym"
)
_USUAL: Final = _rx(
    r"(?:same as|similar to|typical of|like) (?:his |her |their |the |my )?"
    r"(?:usual|previous|prior|normal|typical|other)|usual (?:migraine|headache)"
)
_TRAUMA: Final = _rx(
    r"head (?:injury|trauma|strike)|hit (?:his|her|their) head|struck (?:his|her|"
    r"their) head|assault\w*|\bfall\b|\bfell\b"
)
_SENTENCE: Final = re.compile(r"[^.;\n]*")


def _severe_headache(texts: tuple[str, ...]) -> bool:
    """A headache present in a sentence with a severity or rapid-onset word.

    "Sudden painless loss of vision, no headache" names a headache only to deny it:
    the Ottawa SAH rule's population is a patient with a headache (Perry 2013).
    """
    return any_kept(_severe_headache_in, texts)


def _severe_headache_in(text: str) -> bool:
    """``_severe_headache`` of one text (kept per text: every view asks)."""
    for m in _HEADACHE.finditer(text):
        sentence = _SENTENCE.match(text, sentence_start(text, m.start(), ".\n"))
        if sentence is None:
            continue
        own = (sentence.group(0),)
        if asserted(_HEADACHE, own) and asserted(_SEVERE, own):
            return True
    return False


_THUNDERCLAP_WORDS: Final = _rx(r"thunderclap|maximal at onset")


def _thunderclap(texts: tuple[str, ...]) -> bool:
    return any_kept(_thunderclap_in, texts) or asserted(_THUNDERCLAP_WORDS, texts)


def _thunderclap_in(text: str) -> bool:
    """A thunderclap headache among ``text``'s signs (kept per text, recorded)."""
    return any(
        f.concept == "thunderclap_headache" and f.status == "present"
        for f in sign_findings(text)
    )


def _early_negative_ct(texts: tuple[str, ...]) -> bool:
    """A head CT read as negative within 6 h of onset (``results``' finding)."""
    return any_kept(_early_negative_ct_in, texts)


def _early_negative_ct_in(text: str) -> bool:
    """``_early_negative_ct`` in one text (kept per text, recorded)."""
    return any(
        f.concept == "ct_head_negative_early" for f in per_text(result_findings, text)
    )


_EYE_PAIN_OR_RED: Final = _rx(
    r"eye (?:\w+ ){0,2}(?:pain|ache)|(?:painful|red|injected) (?:\w+ ){0,2}eye|"
    r"(?:ocular|orbital|periorbital|retro-?orbital) pain|red eye|"
    r"(?:circumcorneal|ciliary|conjunctival) (?:injection|flush)"
)
_ANGLE_CLOSURE_NAMED: Final = _rx(
    r"(?:acute )?angle[- ]closure|acute (?:closed[- ]angle )?glaucoma|"
    r"closed[- ]angle glaucoma"
)
RAISED_IOP_MMHG: Final = 21.0
"""EGS 2020: an intraocular pressure above 21 mmHg is raised."""


def angle_closure_headache(texts: tuple[str, ...]) -> bool:
    """Headache attributed to acute angle-closure glaucoma (ICHD-3 11.3.2).

    ICHD-3 11.3.2: acute angle-closure glaucoma diagnosed with proof of raised
    intraocular pressure (EGS 2020: > 21 mmHg) and eye pain or redness; the headache is
    then the glaucoma's, outside the Ottawa SAH rule's population of a new
    unexplained headache (Perry JJ et al. JAMA 2013;310:1248).
    """
    iop = max(
        (r.value for t in texts for r in results_of(t, "iop")),
        default=None,
    )
    if iop is None or iop <= RAISED_IOP_MMHG:
        return False
    return asserted(_EYE_PAIN_OR_RED, texts) or asserted(_ANGLE_CLOSURE_NAMED, texts)


_THIRD_NERVE: Final = _rx(
    r"third nerve palsy|oculomotor (?:nerve )?palsy|cn ?iii palsy|"
    r"(?:eye|globe) (?:is |was )?(?:deviated |turned )?down and out|"
    r"(?:ptosis|eyelid (?:droops?|drooping)|drooping (?:\w+ )?eyelid)[^.;]{0,60}?"
    r"(?:(?:dilated|blown|fixed) (?:\w+ )?pupil|pupil (?:is |was )?(?:dilated|blown))"
)
"""A third nerve palsy, named or as its signs (ptosis with a dilated pupil; the eye
down and out)."""


def _aneurysm_palsy(texts: tuple[str, ...]) -> list[AcuteRequired]:
    """A headache with a third nerve palsy: an expanding aneurysm, imaged now.

    A new neurological deficit puts the patient outside the Ottawa SAH rule (Perry JJ
    et al. JAMA 2013;310:1248, exclusions); a posterior communicating artery aneurysm
    compressing the third nerve is imaged with CT and CT angiography at once, with a
    neurosurgeon (Hoh BL et al. AHA/ASA 2023 aSAH; Biousse V, Newman NJ. NEJM 2015:
    a pupil-involving third nerve palsy is an aneurysm until vascular imaging).
    """
    if not (asserted(_HEADACHE, texts) and asserted(_THIRD_NERVE, texts)):
        return []
    src = "Hoh BL et al. AHA/ASA 2023 aSAH; Perry JJ et al. JAMA 2013 (exclusions)"
    why = f"a headache with a third nerve palsy: an expanding aneurysm ({src})"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head and CT angiography of the head now",
            why,
            r"(?:ct angiograph\w*|\bcta\b)(?! if)",
        ),
        _req("consult", "neurosurgery (possible aneurysm)", why, r"neurosurg\w*"),
    ]


def sah_headache(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Ottawa SAH rule (Perry 2013, 2017): CT head, then LP or CTA beyond 6 h.

    A severe headache with any of the rule's features is not low risk (ACEP 2019).

    The rule's population: alert, >= 15 years, new severe atraumatic headache; a
    headache like the patient's usual ones and a head injury are outside it. Age
    >= 40 counts with a rapid onset (the rule's 'peaking within an hour'). A third
    nerve palsy is outside it too and imaged with angiography now
    (``_aneurysm_palsy``).
    """
    texts = visible_texts(view)
    if palsy := _aneurysm_palsy(texts):
        return palsy
    if pop.age_within(years(15), None) is not True or not _severe_headache(texts):
        return []
    thunderclap = _thunderclap(texts)
    if asserted(_TRAUMA, texts) or (asserted(_USUAL, texts) and not thunderclap):
        return []
    features = [
        name
        for name, met in (
            ("thunderclap onset", thunderclap),
            ("neck pain or stiffness", asserted(_SAH_NECK, texts)),
            ("onset during exertion", asserted(_EXERTION, texts)),
            ("loss of consciousness", asserted(_WITNESSED_LOC, texts)),
            (
                "age >= 40 with a rapid onset",
                pop.age_within(years(40), None) is True and asserted(_RAPID, texts),
            ),
        )
        if met
    ]
    if not features:
        return []
    # The rapid onset and exertion features alone do not reopen SAH in a headache
    # attributed to acute angle closure; a thunderclap, meningism or collapse do.
    hard = {"thunderclap onset", "neck pain or stiffness", "loss of consciousness"}
    if not hard.intersection(features) and angle_closure_headache(texts):
        return []
    if _early_negative_ct(texts):
        return []  # SAH excluded: no CT to repeat, no LP (Perry JJ et al. BMJ 2011)
    if sah_shown(texts):
        return []  # shown: the rule's work-up is done (AHA/ASA 2023 aSAH)
    src = "Perry JJ et al. JAMA 2013 Ottawa SAH rule; ACEP 2019 acute headache"
    why = f"severe headache with {', '.join(features)}: SAH not excluded ({src})"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head now",
            why,
            r"ct (?:of the )?(?:head|brain)|(?:head|brain) ct|non-?contrast ct",
        ),
        _req(
            "diagnostic",
            "if the CT head is negative beyond 6 h of onset: lumbar puncture "
            "(xanthochromia, red cell count) or CT angiography",
            f"CT sensitivity for SAH falls after 6 h ({src}; Perry JJ et al. BMJ "
            "2011;343:d4277)",
            r"lumbar puncture|\blp\b|\bcta\b|ct angiogra",
        ),
    ]


# --- urethral injury ---

URETHRAL_INJURY: Final = _rx(
    r"blood at the (?:urethral )?meatus|meatal blood|high[- ]riding prostate|"
    r"perineal (?:haematoma|hematoma|bruising)|butterfly (?:haematoma|hematoma|"
    r"bruising)|urethral (?:injury|disruption|tear)"
)
"""Signs of a urethral injury after pelvic trauma (ATLS 10th ed. ch. 5)."""


def urethral_injury(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """ATLS: no urethral catheter until a retrograde urethrogram excludes injury."""
    if not asserted(URETHRAL_INJURY, visible_texts(view)):
        return []
    src = "ATLS 10th ed. (abdominal and pelvic trauma); EAU 2024 urological trauma"
    return [
        _req(
            "monitoring",
            "no urethral catheter until a retrograde urethrogram excludes urethral "
            "injury; suprapubic catheter by urology if needed",
            f"signs of a urethral injury ({src})",
            r"no urethral catheter|retrograde urethrogram",
        ),
    ]


# --- suspected infective endocarditis ---

_IE_PREDISPOSITION: Final = _rx(
    r"(?:prosthetic|mechanical|metallic|bioprosthetic|tissue|artificial) (?:mitral |"
    r"aortic |tricuspid |pulmonary |heart )?valve|(?:mitral|aortic|tricuspid) valve "
    r"replacement|(?<!\blead )(?<!\bin )(?-i:[AM]VR)\b(?! lead)|tavi\b|tavr\b|"
    r"(?:prior|previous|history of|past) "
    r"(?:infective )?endocarditis|(?:intravenous|iv|injection|injecting) drug|\bivdu\b|"
    r"\bpwid\b|injects? (?:heroin|drugs|meth\w*)"
)
"""Duke-ISCVID 2023 minor criterion 'predisposition' (the high-risk conditions of ESC
2023): a prosthetic valve, prior endocarditis, injection drug use. "AVR" / "MVR" are
valve replacements in capitals, never the ECG lead aVR ("R wave in aVR")."""
_IE_NATIVE_VALVE: Final = _rx(
    r"(?:mitral|aortic) (?:valve )?(?:regurgitation|stenosis|incompetence|prolapse)|"
    r"bicuspid (?:aortic )?valve|rheumatic (?:heart|valve|mitral)|"
    r"(?:mitral|aortic) valve repair|congenital heart disease|tetralogy of fallot|"
    r"\bhocm\b|hypertrophic obstructive cardiomyopathy"
)
"""Duke-ISCVID 2023 minor criterion 'predisposition' of a native heart: more than mild
regurgitation or stenosis, a repaired valve, congenital heart disease, HOCM."""
_IE_SIGNS: Final = frozenset(
    {
        "murmur",
        "new_murmur",
        "ie_vascular_phenomena",
        "ie_immunologic_phenomena",
        "pulmonary_septic_emboli",
    }
)
"""A murmur, or Duke-ISCVID 2023 vascular (septic pulmonary emboli among them:
infect44) or immunological phenomena."""
_IE_NATIVE_SIGNS: Final = _IE_SIGNS - {"murmur"}
_IE_PHENOMENA: Final = _IE_NATIVE_SIGNS - {"new_murmur"}
"""Duke-ISCVID 2023 vascular or immunological phenomena (septic emboli among them)."""
"""A valve lesion has its murmur anyway: beside one, a new regurgitation or a vascular
or immunological phenomenon."""
_IE_EMBOLIC: Final = _rx(
    r"hemipar\w*|hemipleg\w*|(?:acute|new|sudden) (?:\w+ ){0,4}weakness|aphasi\w*|"
    r"facial droop|splenic infarct\w*|septic emboli|(?:embolic|ischa?emic) stroke"
)
"""Duke-ISCVID 2023 vascular phenomenon: arterial emboli, cerebral infarcts."""


def endocarditis_suspected(view: StageView) -> bool:
    """Fever with a predisposition and a murmur or phenomena, or a new murmur.

    A native valve lesion (infect44) counts with a new regurgitation or an embolic,
    vascular or immunological phenomenon, not with its own murmur (a febrile patient
    with aortic stenosis and pneumonia is no endocarditis). Duke-ISCVID 2023 minor
    criteria (Fowler VG et al. Clin Infect Dis 2023;77:518) and ESC 2023
    endocarditis (Delgado V et al. Eur Heart J 2023;44:3948): fever in a patient
    with a prosthetic valve, prior endocarditis or injection drug use, with a murmur
    or an embolic or immunological phenomenon, is endocarditis until blood
    cultures and echocardiography say otherwise.
    """
    texts = visible_texts(view)
    if asserted(_IE_PREDISPOSITION, texts):
        signs = _IE_SIGNS
    elif asserted(_IE_NATIVE_VALVE, texts):
        signs = _IE_NATIVE_SIGNS
    else:
        signs = frozenset()
    kb = load_knowledge()  # cached by the loader
    present = {
        f.concept
        for t in texts
        for f in current_findings(t, kb)
        if f.status == "present"
    }
    t = core_temperature(view)
    febrile = (t is not None and t >= 38.0) or "fever" in present
    if not febrile:
        return False
    if not signs:
        # cardio50: without a known predisposition, fever with a new regurgitant
        # murmur, or with a murmur and a vascular or immunological phenomenon, is
        # endocarditis until cultures and echo say otherwise (Delgado V et al. ESC 2023
        # endocarditis, the presentations that raise it; Duke-ISCVID 2023): three
        # weeks of fever with a new apical murmur and splinter haemorrhages after a
        # dental extraction was a viral illness on the observation ward
        return "new_murmur" in present or (
            "murmur" in present and bool(present & _IE_PHENOMENA)
        )
    return bool(present & signs or asserted(_IE_EMBOLIC, texts))


def infective_endocarditis(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Suspected endocarditis: three blood culture sets first, echo, antibiotics."""
    if not endocarditis_suspected(view):
        return []
    src = "ESC 2023 endocarditis (Delgado V et al.); Duke-ISCVID 2023"
    return [
        _req(
            "diagnostic",
            "three sets of blood cultures from separate venepunctures, before any "
            "antibiotic",
            f"suspected infective endocarditis: fever with a new murmur, or with a "
            f"predisposition and a murmur or embolic/immunological phenomena ({src})",
            r"(?:three|3) (?:sets of )?blood cultures|blood cultures? (?:x ?3|×3)",
        ),
        _req(
            "diagnostic",
            "echocardiogram: transthoracic now, transoesophageal with a prosthetic "
            "valve or a non-diagnostic TTE",
            f"vegetation, abscess or valve destruction (Duke-ISCVID major criterion; "
            f"{src})",
            r"echocardiog|\btte\b|\btoe\b|\btee\b",
        ),
        _req(
            "medication",
            "after the three blood culture sets: empiric IV antibiotics for "
            "endocarditis (vancomycin 15-20 mg/kg plus gentamicin, with rifampicin "
            "for a prosthetic valve), adjusted to cultures",
            f"empiric therapy once cultures are drawn, without delay if septic or "
            f"unstable ({src})",
            r"vancomycin|daptomycin|endocarditis antibiot",
        ),
        _req(
            "consult",
            "cardiology and infectious diseases (endocarditis team); cardiac surgery "
            "with heart failure, abscess or embolism",
            f"the endocarditis team decides surgery ({src})",
            r"endocarditis team|infectious disease",
        ),
    ]


def endocarditis_risk_fever(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Fever with a predisposition, no murmur or phenomena yet: cultures and echo.

    Fever in a person who injects drugs, or with a prosthetic valve or prior
    endocarditis, is endocarditis until blood cultures and echocardiography say
    otherwise, murmur or not (Baddour LM et al. AHA 2015 infective endocarditis
    statement, Circulation 2015;132:1435; Delgado V et al. ESC 2023 endocarditis,
    class I: three blood culture sets before antibiotics and echocardiography in
    suspected endocarditis; the fever and the predisposition are two Duke-ISCVID
    minor criteria, Fowler VG et al. 2023). The full pathway
    (``infective_endocarditis``) takes over once a murmur or a phenomenon is found.
    """
    texts = visible_texts(view)
    if not asserted(_IE_PREDISPOSITION, texts) or endocarditis_suspected(view):
        return []
    t = core_temperature(view)
    if not ((t is not None and t >= 38.0) or asserted(_FEVER_WORDS, texts)):
        return []
    src = "AHA 2015 infective endocarditis (Baddour LM et al.); ESC 2023 endocarditis"
    why = "fever with injection drug use, a prosthetic valve or prior endocarditis"
    return [
        _req(
            "diagnostic",
            "three sets of blood cultures from separate venepunctures before any "
            "antibiotic",
            f"{why}: endocarditis not excluded (Duke-ISCVID microbiological "
            f"criterion; {src})",
            r"(?:three|3) (?:sets of )?blood cultures|blood cultures? (?:x ?3|×3)",
        ),
        _req(
            "diagnostic",
            "transthoracic echocardiogram",
            f"{why}: vegetation is the imaging major criterion ({src})",
            r"echocardiog|\btte\b|\btoe\b|\btee\b",
        ),
    ]


_FEVER_WORDS: Final = _rx(r"fever\w*|febrile|pyrexi\w*|rigou?rs")
_FILMS_NEGATIVE_X3: Final = _rx(
    r"(?:three|3) (?:negative |consecutive |serial |separate |sets of )*"
    r"(?:malaria |blood |thick and thin )*(?:films?|smears?)[^.;\n]{0,30}?"
    r"(?:negative|no parasites)"
    r"|(?:three|3) (?:consecutive |serial |separate )*negative (?:malaria |blood )*"
    r"(?:films?|smears?)"
    r"|(?:films?|smears?)[^.;\n]{0,40}?negative[^.;\n]{0,12}?(?:x ?3|×3|(?:on )?"
    r"(?:three|3) occasions)"
)
"""Three negative malaria films (Lalloo DG et al. UK 2016): malaria excluded."""


def febrile_traveller_malaria(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A fever after travel to a malaria-endemic area: films until three are negative.

    Any febrile traveller returned from a malaria-endemic area is investigated for
    malaria at once, whatever other source seems likely: one negative film does not
    exclude it; films (with an RDT) are repeated at 12-24 h and again, three sets in
    all (Lalloo DG et al. UK malaria treatment guidelines 2016, J Infect 2016;72:635;
    UKHSA malaria guidance 2023; WHO guidelines for malaria 2023). A fever, cough and
    hives after Lake Malawi with one negative film was worked as pneumonia and sent
    home. The malaria entry takes over once parasites are seen.
    """
    facts = present_facts(view, load_knowledge())
    if not facts.has("malaria_area_travel") or facts.has("malaria_parasites_seen"):
        return []
    texts = visible_texts(view)
    t = core_temperature(view)
    if not ((t is not None and t >= 38.0) or asserted(_FEVER_WORDS, texts)):
        return []
    if asserted(_FILMS_NEGATIVE_X3, texts):
        return []
    src = "Lalloo DG et al. UK malaria treatment guidelines 2016; UKHSA 2023; WHO 2023"
    why = "fever after travel to a malaria-endemic area: malaria until three films"
    return [
        _req(
            "diagnostic",
            "thick and thin blood films and a malaria rapid diagnostic test now, "
            "repeated at 12-24 h and again if negative (three sets); one negative "
            "film does not exclude malaria",
            f"{why} are negative, whatever other source seems likely ({src})",
            r"(?:blood |thick and thin )?films?|malaria",
        ),
        _req(
            "consult",
            "infectious diseases / tropical medicine advice the same day; results "
            "of each film seen before the patient leaves, with a plan for the next",
            f"{why} are negative ({src})",
            r"infectious diseases|tropical",
        ),
    ]


# --- pneumonia on imaging (ATS/IDSA 2019) ---

_PNEUMONIA_SYMPTOMS: Final = frozenset(
    {"fever", "cough", "dyspnea", "rales", "pleuritic_pain", "consolidation_signs"}
)
"""ATS/IDSA 2019: a compatible clinical picture beside the infiltrate."""
_NOT_CAP: Final = frozenset({"sickle_cell_disease", "submersion"})
"""An infiltrate in sickle cell disease is acute chest syndrome (BSH 2015), after a
submersion drowning lung injury (Szpilman D et al. NEJM 2012): other protocols."""
_CAP_ANTIBIOTIC: Final = (
    r"ceftriaxone|cefotaxime|amoxicillin|co-?amoxiclav|doxycycline|azithromycin|"
    r"clarithromycin|levofloxacin|moxifloxacin|piperacillin|meropenem|cefepime|"
    r"(?:iv|intravenous|empiric\w*|broad-spectrum) (?:\w+ )?antibiotic"
)


MYASTHENIA: Final = re.compile(r"(?i)\bmyasthen\w*")
"""Myasthenia gravis (or a myasthenic syndrome) documented: aminoglycosides,
fluoroquinolones and macrolides worsen neuromuscular transmission (Sanders DB et al.
MGFA consensus, Neurology 2016;87:419; 2020 update, Neurology 2021;96:114)."""
_MG_CAP_REGIMEN: Final = (
    "ceftriaxone 1-2 g IV, with doxycycline 100 mg twice daily for atypical cover"
)
"""ATS/IDSA 2019 beta-lactam with doxycycline, the alternative to the macrolide."""

_INFILTRATE: Final = "cxr_infiltrate"
"""Read by the findings lexicon alone (its knowledge-base terms), so ``may_name``
tells the texts that cannot hold one."""
_CAP_CONCEPTS: Final = frozenset({_INFILTRATE}) | _NOT_CAP | _PNEUMONIA_SYMPTOMS
"""The concepts the pneumonia pathway reads (its recorded ask: ``agents._reads``)."""


def community_pneumonia(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ATS/IDSA 2019: an adult's infiltrate with compatible symptoms is treated."""
    if not _adult(pop):
        return []
    texts = visible_texts(view)
    if not any_text(_may_name, _INFILTRATE, texts):
        return []  # no text names an infiltrate: spare reading the whole note
    found = each_text(_present_among, _CAP_CONCEPTS, texts)
    present = {concept for concepts in found for concept in concepts}
    if _INFILTRATE not in present or present & _NOT_CAP:
        return []
    if not present & _PNEUMONIA_SYMPTOMS:
        return []
    src = "Metlay JP et al. ATS/IDSA CAP 2019; ADA hyperglycaemic crises 2024"
    regimen = (
        "ceftriaxone 1-2 g IV plus azithromycin if admitted (amoxicillin or "
        "doxycycline if discharged; levofloxacin with a beta-lactam allergy)"
    )
    if asserted(MYASTHENIA, texts):
        regimen, src = _MG_CAP_REGIMEN, f"{src}; MGFA 2016/2020 (no macrolide)"
    return [
        _req(
            "medication",
            f"empiric antibiotic for community-acquired pneumonia: {regimen}",
            f"an infiltrate on imaging with compatible symptoms is pneumonia, treated "
            f"whatever else leads, including an infection precipitating a crisis "
            f"({src})",
            _CAP_ANTIBIOTIC,
        ),
    ]


# --- a cough with hypoxaemia or tachypnoea: pneumonia until imaged ---

HYPOXAEMIC_SPO2: Final = 94.0
"""Below the BTS 2017 emergency-oxygen target (94-98 %) breathing is affected; an SpO2
under 94-95 % raises the likelihood of pneumonia in a coughing adult (LR+ ~3: Metlay
JP et al. JAMA 1997;278:1440)."""
TACHYPNOEA_RR: Final = 24.0
"""Respiratory rate >= 24/min: the tachypnoea of the pneumonia prediction signs
(Metlay 1997: RR > 24-25, LR+ 1.5-3.4)."""
_CHEST_IMAGED: Final = _rx(
    r"(?:chest x-?ray|cxr|chest radiograph\w*|chest film"
    r"|ct (?:of the )?(?:chest|thorax)|ctpa|lung ultrasound)"
    r"(?! (?:ordered|requested|pending|to be done|not (?:yet )?done))"
)
_CHEST_X_RAY: Final = r"chest x-?ray|cxr|chest radiograph|ct (?:of the )?chest|ctpa"


OLDER_COUGH_AGE: Final = 65
"""From 65 pneumonia presents with fewer and blunter signs (Metlay JP et al. Arch
Intern Med 1997;157:1453) and age alone scores in CRB-65 (NICE NG138)."""


def _older_systemic_sign(v: Vitals, pop: Population) -> str | None:
    """The systemic sign of a cougher aged 65 or over that asks for a chest film.

    Any one of the signs that raise the likelihood of pneumonia (Metlay JP et al.
    JAMA 1997;278:1440: heart rate > 100, temperature > 37.8 C, respiratory rate > 20,
    SpO2 < 95 %), blunted at that age, is enough with the cough (NICE NG138; BTS CAP
    2009: a chest radiograph for suspected pneumonia in hospital).
    """
    if pop.age_within(years(OLDER_COUGH_AGE), None) is not True:
        return None
    if v.heart_rate is not None and v.heart_rate > 100:
        return f"HR {v.heart_rate:g}"
    if v.temperature_c is not None and v.temperature_c > 37.8:
        return f"T {v.temperature_c:g} C"
    if v.respiratory_rate is not None and v.respiratory_rate > 20:
        return f"RR {v.respiratory_rate:g}/min"
    if v.spo2 is not None and v.spo2 < 95:
        return f"SpO2 {v.spo2:g}%"
    return None


def hypoxaemic_cough(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A coughing adult with SpO2 < 94 % or RR >= 24 has a chest radiograph.

    NICE NG138/CG191 and the BTS CAP guideline (Lim WS et al. Thorax 2009;64 s3):
    pneumonia is diagnosed in hospital by a chest radiograph; ATS/IDSA 2019 (Metlay JP
    et al. AJRCCM 2019;200:e45) asks imaging to confirm it. Hypoxaemia or tachypnoea
    is what separates a possible pneumonia from an upper respiratory infection or
    bronchitis (Metlay 1997), so an upper respiratory label does not spare the film.
    A chest image already reported spares it.
    """
    v = view.vitals
    low = v.spo2 is not None and v.spo2 < HYPOXAEMIC_SPO2
    fast = v.respiratory_rate is not None and v.respiratory_rate >= TACHYPNOEA_RR
    older = _older_systemic_sign(v, pop)
    if not _adult(pop) or not (low or fast or older):
        return []
    texts = visible_texts(view)
    if asserted(_CHEST_IMAGED, texts):
        return []
    if not any_text(_present_in, "cough", texts):  # recorded, text by text
        return []
    sign = (
        f"SpO2 {v.spo2:g}%"
        if low
        else f"RR {v.respiratory_rate:g}/min"
        if fast
        else f"age {pop.age_years} with {older}"
    )
    return [
        _req(
            "diagnostic",
            "chest x-ray (pneumonia until imaged)",
            f"cough with {sign}: pneumonia is confirmed or excluded by a chest "
            "radiograph (NICE NG138; BTS CAP 2009; ATS/IDSA 2019; Metlay 1997)",
            _CHEST_X_RAY,
        )
    ]


# --- pulmonary oedema with hypoxaemia: non-invasive ventilation ---

NIV_SPO2: Final = 90.0
"""ESC 2021 heart failure 11.3.1: respiratory distress is an SpO2 < 90 % (or a
respiratory rate > 25/min) in acute heart failure."""
NIV_SBP: Final = 90.0
"""Below a systolic of 90 mmHg positive pressure is used with caution (it lowers the
preload of a failing heart: ESC 2021 heart failure 11.3.1, cardiogenic shock)."""
_PULMONARY_OEDEMA: Final = _rx(
    r"(?:pulmonary|alveolar|interstitial) o?edema|fluid overload\w* (?:on|of) the lungs"
)


def hypoxaemic_pulmonary_oedema(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """An adult's pulmonary oedema with SpO2 < 90 % gets CPAP or bilevel NIV.

    medgi56 (medgi55's leftover): a haemodialysis patient who missed two sessions,
    orthopnoeic at SpO2 87 % with pulmonary oedema on the film and a potassium of 6.8,
    was worked as the hyperkalaemia (shift, dialysis, nitrates) with no positive
    pressure. McDonagh TA et al. ESC 2021 heart failure (Eur Heart J 2021;42:3599)
    11.3.1, class IIa: non-invasive positive pressure ventilation in respiratory
    distress (SpO2 < 90 %), started as soon as possible; Berbenetz N et al. Cochrane
    2019 (CPAP and bilevel NIV cut hospital mortality and intubation in acute
    cardiogenic pulmonary oedema). Whatever the working label (the oedema of a missed
    dialysis, of a hypertensive crisis); not below a systolic of 90 mmHg.
    """
    v = view.vitals
    if not _adult(pop) or v.spo2 is None or v.spo2 >= NIV_SPO2:
        return []
    if v.systolic_bp is not None and v.systolic_bp < NIV_SBP:
        return []
    if not asserted(_PULMONARY_OEDEMA, visible_texts(view)):
        return []
    return [
        _req(
            "procedure",
            "CPAP or bilevel non-invasive ventilation",
            f"pulmonary oedema with SpO2 {v.spo2:g}%: positive pressure as soon as "
            "possible (McDonagh TA et al. ESC 2021 heart failure 11.3.1; Berbenetz N "
            "et al. Cochrane 2019)",
            r"cpap|non-?invasive (?:positive pressure )?ventilation|\bniv\b|bipap|"
            r"bilevel|intubat",
        )
    ]


# --- abdominal pain with a marked tachycardia: sepsis or a catastrophe kept open ---

ABDOMINAL_TACHYCARDIA_HR: Final = 120.0
"""A heart rate >= 120/min beside abdominal pain: well inside NICE NG51's moderate-to-
high sepsis band (91-130) and the tachycardia that predicts return and admission when
a patient leaves the ED with it (Long B et al. J Emerg Med 2024;67:e487)."""


def tachycardic_abdominal_pain(view: StageView, pop: Population) -> list[AcuteRequired]:
    """An adult with abdominal pain and HR >= 120 (or a shock index >= 1) has a lactate.

    Unexplained, the tachycardia is sepsis from an abdominal source, a bleed or an
    intra-abdominal catastrophe until shown otherwise: NICE NG51 (1.4-1.6, moderate to
    high risk: lactate, blood count, renal function, blood cultures, senior review
    within an hour); a shock index >= 1 flags critical illness before the pressure
    falls (Rady MY et al. Ann Emerg Med 1994;24:685). The pathway keeps sepsis open
    (``agents.pathway_dx``) until the lactate and repeat observations explain it.
    """
    v = view.vitals
    hr, sbp = v.heart_rate, v.systolic_bp
    if not _adult(pop) or hr is None:
        return []
    si = abnormal_shock_index(hr, sbp, pop)  # an adult's: >= 1
    if hr < ABDOMINAL_TACHYCARDIA_HR and si is None:
        return []
    texts = visible_texts(view)
    if not any_text(_present_in, "abdominal_pain", texts):  # recorded, text by text
        return []
    sign = (
        f"HR {hr:g}"
        if si is None or hr >= ABDOMINAL_TACHYCARDIA_HR
        else f"shock index {si:.1f}"
    )
    from agents.offline import differential  # differential imports the pathways

    kb = load_knowledge()
    if differential.cause_documented(kb.diagnosis("sepsis"), present_facts(view, kb)):
        # infect56: a documented bleed or a known aneurysm explains the tachycardia:
        # its lactate, not sepsis's cultures (Evans L et al. SSC 2021: for suspected
        # infection; ATLS 10th ed. ch. 3: lactate and base deficit in haemorrhage)
        return [
            _req(
                "diagnostic",
                "lactate; repeat heart rate and blood pressure within 30 min",
                f"abdominal pain with {sign} and a documented non-infective cause: "
                "the lactate measures its hypoperfusion (ATLS 10th ed. ch. 3; NICE "
                "NG51 1.4-1.6 for suspected infection only)",
                r"lactate",
            )
        ]
    return [
        _req(
            "diagnostic",
            "lactate, blood count, renal function and blood cultures; repeat heart "
            "rate and blood pressure within 30 min; senior review within 1 h",
            f"abdominal pain with {sign}: sepsis, bleeding or an intra-abdominal "
            "catastrophe until the lactate and repeat observations explain the "
            "tachycardia (NICE NG51 1.4-1.6; Rady MY et al. Ann Emerg Med "
            "1994;24:685; Long B et al. J Emerg Med 2024;67:e487)",
            r"lactate",
        )
    ]


# --- fever with a localising source in an immunocompromised adult ---

_CHEST_SOURCE: Final = frozenset({"cough", "dyspnea", "rales", "pleuritic_pain"})
_URINE_SOURCE: Final = URINARY_SOURCE
"""Localising symptoms of a lower respiratory and a urinary source (lexicon)."""
_BLOOD_CULTURES: Final = r"blood cultures?"


def _immunocompromised_fever_sources(
    view: StageView, pop: Population
) -> frozenset[str]:
    """The present localising concepts of a febrile immunocompromised adult."""
    texts = visible_texts(view)
    if not _adult(pop) or not immunocompromised(texts):
        return frozenset()
    t = core_temperature(view)
    if not ((t is not None and t >= 38.0) or asserted(_FEVER_WORDS, texts)):
        return frozenset()
    kb = load_knowledge()  # cached by the loader
    return frozenset(c for found in each_text(_sources_in, kb, texts) for c in found)


def _sources_in(kb: KnowledgeBase, text: str) -> tuple[str, ...]:
    """The present localising concepts of one text (a recorded ask: ``each_text``)."""
    return tuple(
        f.concept
        for f in current_findings(text, kb)
        if f.status == "present" and f.concept in _CHEST_SOURCE | _URINE_SOURCE
    )


_IC_SRC: Final = (
    "Ramirez JA et al. immunocompromised CAP consensus, Chest 2020;158:1896; Metlay JP "
    "et al. ATS/IDSA CAP 2019; AST IDCOP 2019 (Dulek DE et al. Clin Transplant "
    "2019;33:e13507; Goldman JD, Julian K. Clin Transplant 2019;33:e13547); Evans L et "
    "al. Surviving Sepsis Campaign 2021"
)


def immunocompromised_fever_chest(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """Fever with a cough in an immunocompromised adult: image, culture, treat now.

    The threshold to treat is low: a transplant recipient, chemotherapy, a biological
    or a steroid blunts the signs and a bacterial pneumonia progresses fast, so the
    empirical antibiotic is given at presentation after cultures, not after the
    infiltrate is confirmed (Ramirez 2020; AST IDCOP 2019).
    """
    if not _immunocompromised_fever_sources(view, pop) & _CHEST_SOURCE:
        return []
    why = "fever with a respiratory source in an immunocompromised adult"
    return [
        _req(
            "diagnostic",
            "chest x-ray (CT chest if the film is clear and the picture persists); "
            "two sets of blood cultures and sputum culture before antibiotics; "
            "Pneumocystis PCR (induced sputum), beta-D-glucan and CMV PCR with "
            "bilateral shadowing or desaturation",
            f"{why} ({_IC_SRC})",
            r"chest (?:x-?ray|radiograph)|cxr",
        ),
        _req(
            "medication",
            "empirical IV antibiotic now, after cultures: ceftriaxone 1-2 g IV plus "
            "azithromycin (cefepime or piperacillin-tazobactam if neutropenic or with "
            "recent hospital care or antibiotics)",
            f"{why}: treated at presentation, not after confirmation ({_IC_SRC})",
            _CAP_ANTIBIOTIC,
        ),
    ]


def immunocompromised_fever_urine(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """Fever with a urinary symptom in an immunocompromised adult: culture and treat.

    A febrile urinary infection in an immunosuppressed adult is a complicated
    (upper-tract or systemic) infection: urinalysis and urine culture, blood cultures
    before the first dose, and a parenteral antibiotic now (Gupta K et al. IDSA/ESCMID
    2011; EAU 2024 urological infections: complicated UTI; AST IDCOP 2019 UTI in
    solid-organ transplant recipients).
    """
    if not _immunocompromised_fever_sources(view, pop) & _URINE_SOURCE:
        return []
    why = "fever with a urinary source in an immunocompromised adult"
    src = f"IDSA/ESCMID 2011; EAU 2024 urological infections; {_IC_SRC}"
    return [
        _req(
            "diagnostic",
            "urinalysis and urine culture",
            f"{why}: a complicated urinary infection ({src})",
            r"urinalysis|urine (?:culture|dipstick)",
        ),
        _req(
            "diagnostic",
            "two sets of blood cultures before antibiotics",
            f"{why}: bacteraemia common ({src})",
            _BLOOD_CULTURES,
        ),
        _req(
            "medication",
            "empirical IV antibiotic now, after cultures: ceftriaxone 1-2 g IV "
            "(broader cover with earlier resistant isolates)",
            f"{why}: treated at presentation ({src})",
            r"ceftriaxone|cefotaxime|piperacillin|meropenem|cefepime|gentamicin|"
            r"(?:iv|intravenous|empiric\w*|broad-spectrum) (?:\w+ )?antibiotic",
        ),
    ]


# --- unwell transplant recipient on a calcineurin inhibitor (classic30b) ---

_CALCINEURIN_INHIBITOR: Final = _rx(
    r"tacrolimus|advagraf|prograf|envarsus|ciclosporin|cyclosporine?|neoral"
)
_ORGAN_TRANSPLANT: Final = _rx(
    r"(?:kidney|renal|liver|heart|lung|pancreas|solid[- ]organ)(?:[- ]\w+)?"
    r" (?:transplant\w*|graft)|transplant (?:recipient|kidney)|post-?transplant"
)
_GRAFT_THREAT: Final = _rx(
    r"fever\w*|febrile|rigors?|infection|sepsis|vomit\w*|diarrho?ea\w*"
    r"|creatinine (?:\w+ ){0,3}(?:ris\w*|up|raised|high\w*|baseline)|aki\b"
    r"|acute kidney|less urine|passing less|oliguri\w*|graft (?:pain|tender\w*)"
    r"|tender (?:\w+ )?graft"
)
"""What threatens the graft or the drug level: infection, fluid loss, kidney injury."""


def transplant_recipient_unwell(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """An unwell solid-organ recipient on a calcineurin inhibitor: level and team.

    Infection, diarrhoea or vomiting and the antibiotics given for them move the
    tacrolimus or ciclosporin level (toxicity: kidney injury; too low: rejection), and
    a kidney injury in a kidney recipient is rejection until shown otherwise: a trough
    level, and the transplant team involved in every change of treatment (KDIGO
    clinical practice guideline for the care of kidney transplant recipients 2009,
    chapters 5 and 10: CNI level monitoring, graft dysfunction; AST IDCOP 2019).
    """
    texts = visible_texts(view)
    if not _adult(pop) or not (
        asserted(_ORGAN_TRANSPLANT, texts)
        and asserted(_CALCINEURIN_INHIBITOR, texts)
        and not withdrawn(_CALCINEURIN_INHIBITOR, texts)
    ):
        return []
    t = core_temperature(view)
    if not ((t is not None and t >= 38.0) or asserted(_GRAFT_THREAT, texts)):
        return []
    src = "KDIGO kidney transplant recipient guideline 2009; AST IDCOP 2019"
    # infect49: "no macrolides" stood beside the immunocompromised chest's ceftriaxone
    # with azithromycin: clarithromycin and erythromycin inhibit CYP3A4 and raise the
    # calcineurin-inhibitor level, azithromycin barely does (Trofe-Clark J et al. AST
    # IDCOP 2019 drug interactions in solid-organ transplantation)
    return [
        _req(
            "diagnostic",
            "tacrolimus or ciclosporin trough level, creatinine against the graft's "
            "baseline; no interacting antimicrobial (clarithromycin, erythromycin, "
            "azoles, rifampicin; azithromycin barely moves the level)",
            f"calcineurin-inhibitor level in an unwell recipient ({src})",
            r"tacrolimus|ciclosporin|cyclosporin\w*|trough level",
        ),
        _req(
            "consult",
            "transplant team today: immunosuppression review and graft assessment "
            "(graft ultrasound with Doppler if the creatinine has risen)",
            f"unwell transplant recipient ({src})",
            r"transplant (?:team|unit|nephrolog\w*|service)",
        ),
    ]


_HAEMOPTYSIS: Final = "hemoptysis"
"""Read by the findings lexicon ("blood-tinged sputum", "coughing up blood")."""


def haemoptysis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Haemoptysis in an adult: blood count, clotting and group, then the chest imaged.

    ACR Appropriateness Criteria hemoptysis (Olsen KM et al. J Am Coll Radiol
    2020;17:S148): a chest radiograph first, CT angiography of the chest when it does
    not explain the bleeding, with risk factors for cancer or more than streaks; BTS
    / Ittrich H et al. Dtsch Arztebl 2017;114:371: haemoglobin, clotting and a
    group-and-save with any haemoptysis, as the amount is under-estimated.
    """
    if not _adult(pop):
        return []
    texts = visible_texts(view)
    if not any_text(_may_name, _HAEMOPTYSIS, texts):
        return []
    if not any_text(_present_in, _HAEMOPTYSIS, texts):
        return []
    src = "ACR Appropriateness Criteria hemoptysis 2020; Ittrich H et al. 2017"
    return [
        _req(
            "diagnostic",
            "CBC, INR and aPTT, group and screen",
            f"haemoptysis: blood loss, a coagulopathy and blood at hand ({src})",
            r"\binr\b|coagulation|clotting",
        ),
        _req(
            "diagnostic",
            "chest x-ray; CT angiography of the chest if it does not explain the "
            "bleeding, with more than streaks of blood, or at 40 or more or a smoker",
            f"haemoptysis: the source and its cause ({src})",
            r"chest (?:x-?ray|radiograph)|cxr|ct (?:\w+ ){0,3}chest|chest ct",
        ),
    ]


_GUM_BLEEDING: Final = "mucosal_bleeding"
"""Read by the findings lexicon ("bleeding gums", "gum bleeding", "oozing from the
gums")."""
_BLEEDING_SIGNS: Final = ("petechiae", "purpura")
_GUM_WORDS: Final = _rx(r"gum|gingiv|mucosal")
"""Every phrase of the ``mucosal_bleeding`` lexicon holds one of these: a cheap scan
first, so a text without them is not run through the whole lexicon (lead32: the full
extraction on every adult's texts doubled the disposition stage's time)."""


def spontaneous_bleeding(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Spontaneous gum bleeding: a blood count with film and a clotting screen.

    Gum bleeding on its own, or with petechiae, purpura or new bruising, is how
    thrombocytopenia (immune thrombocytopenia, acute leukaemia, TTP) or a
    coagulopathy presents: a full blood count with a blood film, PT/INR, aPTT and
    fibrinogen first (Provan D et al. International consensus report on ITP. Blood Adv
    2019;3:3780; Neunert C et al. ASH 2019 ITP guideline). Gums that bleed on
    brushing are gingivitis, not this. ESI counts the same tests
    (``_esi_resources.spontaneous_mucosal_bleeding``).
    """
    if not _adult(pop):
        return []
    texts = visible_texts(view)
    if not asserted(_GUM_WORDS, texts):
        return []
    if not any_text(_present_in, _GUM_BLEEDING, texts):
        return []
    signs = any(any_text(_present_in, c, texts) for c in _BLEEDING_SIGNS)
    if not (signs or asserted(SPONTANEOUS_BLEED_WORDS, texts)):
        return []
    src = "Provan D et al. Blood Adv 2019 (ITP consensus); ASH 2019 ITP guideline"
    return [
        _req(
            "diagnostic",
            "CBC with a blood film, PT/INR, aPTT and fibrinogen",
            f"spontaneous mucosal bleeding: a platelet or clotting disorder ({src})",
            r"\bcbc\b|blood count|blood film|platelet",
        ),
    ]


_BREATHLESS: Final = _rx(
    r"dyspn\w*|short(?:ness)? of breath|\bsob\b|breathless\w*|"
    r"(?:difficulty|trouble) breathing|respiratory distress"
)
BREATHLESS_RR: Final = 25
"""A respiratory rate at which a drowsy patient's breathing is itself abnormal (NEWS2
scores 3 from 25/min: RCP 2017)."""


def _fast_breathing(view: StageView, child: bool) -> bool:
    """Whether the respiratory rate is abnormal for the age.

    NEWS2 >= 25/min in an adult, the ESI handbook's danger zone by age band in a
    child (ch.6; NEWS2 is validated from 16 years: RCP 2017).
    """
    rr = view.vitals.respiratory_rate
    if rr is None:
        return False
    if not child:
        return rr >= BREATHLESS_RR
    zone = danger_zone_vitals(
        view.vitals, view.demographics.age, view.demographics.age_days
    )
    return any(z.startswith("respiratory_rate") for z in zone)


def drowsy_breathless(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Breathlessness with a reduced level of consciousness: a blood gas now.

    Drowsiness in a breathless patient is carbon dioxide retention until a blood gas
    says otherwise (O'Driscoll BR et al. BTS oxygen guideline. Thorax 2017;72:ii1:
    blood gases for breathlessness with drowsiness or other features of CO2 retention;
    Davidson AC et al. BTS/ICS 2016 acute hypercapnic respiratory failure); a recorded
    AVPU of V, P or U is such a level (Kelly CA et al. Emerg Med J 2004;21:158).
    A child's rate is judged against the danger zone of the age, and the child's
    oxygen target stays 94-98 %: the 88-92 % target is for adults at risk of CO2
    retention (COPD, neuromuscular or chest-wall disease, obesity hypoventilation),
    and a child in shock or respiratory distress is given oxygen (BTS 2017 section 8;
    APLS 7th ed.).
    """
    texts = visible_texts(view)
    child = pop.age_within(None, years(ADULT_YEARS) - 1) is True
    breathless = asserted(_BREATHLESS, texts) or _fast_breathing(view, child)
    drowsy = recorded_avpu(view.vitals.raw) in ("V", "P", "U") or asserted(
        _DROWSY, texts
    )
    if not (breathless and drowsy):
        return []
    src = "O'Driscoll BR et al. BTS 2017; Davidson AC et al. BTS/ICS 2016"
    target = (
        "oxygen to SpO2 94-98 % (children: BTS 2017; APLS)"
        if child
        else "oxygen to SpO2 94-98 %, or 88-92 % until the CO2 is known when at risk"
        " of retaining it (COPD, neuromuscular or chest-wall disease, obesity)"
    )
    failure = "respiratory" if child else "hypercapnic respiratory"
    return [
        _req(
            "diagnostic",
            f"arterial (or venous) blood gas now: pH, PaCO2, lactate; {target}",
            f"breathless and drowsy: {failure} failure ({src})",
            r"blood gas|\babg\b|\bvbg\b",
        )
    ]


_DROWSY: Final = _rx(
    r"drowsy|letharg\w*|obtunded|somnolent|stupor\w*|hard to rouse|"
    r"gcs\W{0,3}(?:[3-9]|1[0-3])\b"
)


_ADRENAL_INSUFFICIENCY: Final = "adrenal_insufficiency"


def adrenal_insufficiency_cover(
    view: StageView, pop: Population
) -> list[AcuteRequired]:
    """Adrenal insufficiency (primary or central, hypopituitarism) is given cortisol.

    Found untreated (a failed ACTH stimulation test, a low cortisol), replacement
    starts now and before any levothyroxine, which would precipitate a crisis; on
    replacement and unwell, the dose is doubled, and given IV or IM when vomiting,
    shocked or before surgery (Bornstein SR et al. Endocrine Society primary adrenal
    insufficiency 2016, J Clin Endocrinol Metab 2016;101:364; Fleseriu M et al.
    Endocrine Society hypopituitarism 2016, J Clin Endocrinol Metab 2016;101:3888).
    """
    texts = visible_texts(view)
    if not any_text(_may_name, _ADRENAL_INSUFFICIENCY, texts):
        return []
    if not any_text(_present_in, _ADRENAL_INSUFFICIENCY, texts):
        return []
    src = "Bornstein SR et al. Endocrine Society 2016; Fleseriu M et al. 2016"
    start, stress = (
        ("15-25 mg/day", "100 mg IV or IM")
        if _adult(pop)
        else ("a body-surface dose", "parenteral")
    )
    return [
        _req(
            "medication",
            f"hydrocortisone: not yet replaced, start {start} in 2-3 doses before any"
            " levothyroxine; on replacement and unwell, double the dose ("
            f"{stress} if vomiting, hypotensive or before surgery)",
            f"adrenal insufficiency: cortisol replacement, thyroxine only after it"
            f" ({src})",
            r"hydrocortisone",
        )
    ]


MEDICAL_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (
    torsades,
    myxoedema_coma,
    necrotising_otitis,
    preterm_labour,
    ketoacidosis,
    cervical_spine,
    cholangitis,
    wellens,
    head_injury_anticoagulated,
    headache_anticoagulated,
    headache_new_older,
    urethral_injury,
    sah_headache,
    infective_endocarditis,
    endocarditis_risk_fever,
    febrile_traveller_malaria,
    community_pneumonia,
    hypoxaemic_cough,
    tachycardic_abdominal_pain,
    immunocompromised_fever_chest,
    immunocompromised_fever_urine,
    transplant_recipient_unwell,
    agranulocytosis_suspected,
    heparin_thrombocytopenia,
    pregnancy_cystitis,
    deficit_after_glucose,
    acute_kidney_injury,
    hypoxaemic_pulmonary_oedema,
    haemoptysis,
    spontaneous_bleeding,
    adrenal_insufficiency_cover,
    drowsy_breathless,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
