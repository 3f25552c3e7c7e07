"""Toxicology, environmental, endocrine and oncology pathways read from their criteria.

Checked whatever the differential says (like ``agents.pathways_acute``): each pathway
reads its own published criteria from the visible text, vitals and results, so a
poisoning or metabolic emergency is treated even when the complaint is vague ("took
tablets", "confusion", "off legs") and the differential does not name it first:

- salicylate poisoning, acute or chronic: urine alkalinisation, potassium, the EXTRIP
  haemodialysis criteria, no intubation unless unavoidable (Chyka PA et al. AAPCC
  guideline, Clin Toxicol 2007;45:95; Juurlink DN et al. EXTRIP, Ann Emerg Med
  2015;66:165; Goldfrank's Toxicologic Emergencies 11th ed. ch. 37);
- a timed paracetamol level on or above the treatment line: acetylcysteine now (Chiew
  AL et al. Med J Aust 2020;212:175);
- calcium-channel blocker poisoning with shock or bradycardia: calcium, high-dose
  insulin, vasopressors (St-Onge M et al. Crit Care Med 2017;45:e306; Lavonas EJ et
  al. AHA 2023 toxicology focused update, Circulation 2023;148:e149);
- a sodium-channel-blocking overdose (TCA, propranolol, flecainide, ...) with a QRS
  over 100 ms: sodium bicarbonate (Bruccoleri RE, Burns MM. J Med Toxicol 2016);
- the cholinergic toxidrome (organophosphate or carbamate): decontamination, atropine
  titrated to a dry chest, pralidoxime (Eddleston M et al. Lancet 2008;371:597);
- smoke inhalation and carbon monoxide: 100 % oxygen whatever the pulse oximeter
  reads, hydroxocobalamin for suspected cyanide, early intubation for an inhalation
  injury, hyperbaric oxygen criteria (Weaver LK. NEJM 2009;360:1217; Anseeuw K et al.
  Eur J Emerg Med 2013;20:2; UHMS 2019);
- adrenal crisis in a patient with adrenal insufficiency or on long-term
  glucocorticoids: hydrocortisone 100 mg without waiting for results (Bornstein SR et
  al. Endocrine Society 2016; Simpson H et al. Clin Med 2020;20:371);
- sepsis from results: a documented source with hypoperfusion or qSOFA >= 2 (Evans L
  et al. Surviving Sepsis Campaign 2021; Singer M et al. Sepsis-3, JAMA 2016);
- hyperosmolar hyperglycaemic state: fluids first, low-dose insulin later (JBDS-IP
  2022 HHS guideline; Umpierrez GE et al. ADA consensus, Diabetes Care 2024);
- acute urinary retention: a catheter (Selius BA, Subedi R. Am Fam Physician
  2008;77:643);
- rhabdomyolysis: isotonic fluids to a high urine output (Bosch X et al. NEJM
  2009;361:62);
- tumour lysis syndrome by the Cairo-Bishop criteria (Cairo MS, Bishop M. Br J
  Haematol 2004;127:3; Coiffier B et al. J Clin Oncol 2008;26:2767);
- superior vena cava syndrome (Wilson LD et al. NEJM 2007;356:1862);
- a self-harm patient who wants to leave: capacity assessment (ACEP clinical policy
  on psychiatric patients 2017; Appelbaum PS. NEJM 2007;357:1834);
- drowning: oxygen, chest X-ray and 6 h observation (Szpilman D et al. NEJM
  2012;366:2102; ERC 2021 special circumstances).

``gate`` holds the orders these conditions forbid (``agents.order_safety`` calls it).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents._text import (
    each_text,
    exposure_asserted,
    lab_results,
    per_text_of,
    visible_texts,
)
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.news2 import news2_score
from agents.offline.rules.results import COHB_HBO, COHB_HIGH
from agents.pathway_orders import Required
from agents.pathway_orders import child as _child
from agents.pathway_orders import required as _req
from agents.pathways_acute import (
    AIRWAY_THREAT_AFTER_FIRE,
    asserted,
    paracetamol_nomogram_void,
    paracetamol_timed_levels,
)
from agents.schemas import Order, OrderGate
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "TOX_PATHWAYS",
    "ToxRequired",
    "gate",
    "salicylate_toxic",
]

ToxRequired = Required
"""``agents.pathway_orders.Required``, under this module's public name."""

_rx = word_start


def _values(analyte: str, texts: Sequence[str]) -> list[float]:
    found = each_text(lab_results, analyte, texts)
    return [r.value for results in found for r in results if not r.below]


def _highest(analyte: str, texts: Sequence[str]) -> float | None:
    return max(_values(analyte, texts), default=None)


def _lowest(analyte: str, texts: Sequence[str]) -> float | None:
    return min(_values(analyte, texts), default=None)


def _number(pattern: re.Pattern[str], texts: Sequence[str]) -> list[float]:
    return [v for found in each_text(_numbers_kept, pattern, texts) for v in found]


def _numbers_kept(pattern: re.Pattern[str], text: str) -> tuple[float, ...]:
    return per_text_of(_numbers_in, pattern, text)


def _numbers_in(pattern: re.Pattern[str], text: str) -> tuple[float, ...]:
    """The numbers ``pattern`` captures (group 1) in one text (kept per text)."""
    return tuple(float(m.group(1).replace(",", "")) for m in pattern.finditer(text))


SHOCK_SBP: Final = 90.0
"""Adult hypotension: SBP < 90 mmHg (ATLS 10th ed.; Sepsis-3)."""


def _shock(view: StageView) -> bool:
    sbp = view.vitals.systolic_bp
    return sbp is not None and sbp < SHOCK_SBP


_GCS: Final = re.compile(r"(?i)\bGCS\W{0,3}(?:of|is|was)?\s*(\d{1,2})\b")
_AMS: Final = _rx(
    r"confus\w*|disorient\w*|drowsy|letharg\w*|obtunded|unresponsive|coma\b|"
    r"comatose|agitat\w*|delirium|seizur\w*|convuls\w*"
)


def _altered(texts: Sequence[str]) -> bool:
    gcs = _number(_GCS, texts)
    return any(g < 15 for g in gcs) or asserted(_AMS, texts)


# --- ingestion ---

_INGESTED: Final = _rx(
    r"overdos\w*|\bod\b|took (?:about |around |over )?(?:\d+|an? (?:handful|bottle|"
    r"box|packet|pack|strip)|all|several|many|multiple|a lot|extra|too many)|"
    r"swallow\w* (?:about |around |over )?(?:\d+|an? (?:handful|bottle|box|packet|"
    r"pack)|all|several|many)|ingest\w*|intending to die|suicide attempt|"
    r"deliberate self[- ](?:harm|poisoning)"
)

# --- salicylate ---

SALICYLATE_TOXIC_MG_DL: Final = 30.0
"""A salicylate level >= 30 mg/dL (2.2 mmol/L) is toxic (Chyka 2007)."""
SALICYLATE_DIALYSIS_MG_DL: Final = 100.0
SALICYLATE_DIALYSIS_RENAL_MG_DL: Final = 90.0
"""EXTRIP 2015: haemodialysis above 100 mg/dL (7.2 mmol/L), above 90 mg/dL (6.5
mmol/L) with impaired kidney function, or with altered mental status, new hypoxaemia
or a pH <= 7.20 whatever the level."""
POTASSIUM_TARGET_HIGH: Final = 4.5
"""Potassium kept at 4.0-4.5 mmol/L during urine alkalinisation (AACT/EAPCCT 2004)."""
_SALICYLATE: Final = _rx(
    r"aspirin|salicylat\w*|acetylsalicylic|\basa\b|oil of wintergreen|"
    r"methyl salicylate|bismuth subsalicylate"
)
_SALICYLISM: Final = _rx(
    r"tinnitus|ringing in (?:the |her |his |their |both )?ears|"
    r"hearing (?:loss|muffled)|muffled hearing"
)
_TAKING_MORE: Final = _rx(
    r"(?:taking|took|takes|using) (?:extra|more|lots of|a lot of|large amounts of|"
    r"increasing (?:amounts|doses) of|high[- ]dose)"
)


def salicylate_toxic(view: StageView) -> bool:
    """A toxic salicylate level, or salicylate intake with salicylism.

    Chronic salicylism of older adults presents as confusion and tachypnoea, not as an
    overdose (Goldfrank ch. 37): salicylate taken in excess or as an overdose with
    tinnitus, or any toxic level, counts.
    """
    texts = visible_texts(view)
    level = _highest("salicylate", texts)
    if level is not None and level >= SALICYLATE_TOXIC_MG_DL:
        return True
    if not exposure_asserted(_SALICYLATE, texts):
        return False  # aspirin taken as directed (rules.exposure) is no exposure
    excess = asserted(_INGESTED, texts) or asserted(_TAKING_MORE, texts)
    return excess and asserted(_SALICYLISM, texts)


def salicylate(view: StageView, pop: Population) -> list[ToxRequired]:
    """AAPCC 2007 / EXTRIP 2015: alkalinise, replace potassium, dialyse by criteria."""
    if not salicylate_toxic(view):
        return []
    texts = visible_texts(view)
    level = _highest("salicylate", texts)
    ph = _lowest("ph", texts)
    creatinine = _highest("creatinine", texts)
    impaired = creatinine is not None and creatinine > 1.5
    now = [
        *(["altered mental status"] if _altered(texts) else []),
        *(
            [f"level {level:.0f} mg/dL"]
            if level is not None
            and (
                level > SALICYLATE_DIALYSIS_MG_DL
                or (impaired and level > SALICYLATE_DIALYSIS_RENAL_MG_DL)
            )
            else []
        ),
        *([f"pH {ph:g}"] if ph is not None and ph <= 7.20 else []),
    ]
    src = "Chyka PA et al. AAPCC 2007; Juurlink DN et al. EXTRIP 2015"
    bicarbonate = (
        "sodium bicarbonate 1-2 mEq/kg IV bolus, then infusion"
        if _child(pop)
        else "sodium bicarbonate 1-2 mEq/kg IV bolus, then 150 mEq in 1 L 5% dextrose"
    )
    dialysis = (
        "nephrology: haemodialysis now (EXTRIP criteria met: " + ", ".join(now) + ")"
        if now
        else "nephrology: haemodialysis if the level exceeds 100 mg/dL (7.2 mmol/L), "
        "or 90 mg/dL with impaired kidney function, altered mental status, "
        "hypoxaemia or pH <= 7.20"
    )
    k = _lowest("potassium", texts)
    potassium = (
        f"potassium every 1-2 h (now {k:g} mmol/L); replace potassium (KCl) once "
        "it falls below 4.0 mmol/L"
        if k is not None and k > POTASSIUM_TARGET_HIGH
        else "potassium chloride IV (in the bicarbonate infusion), with potassium "
        "checked every 1-2 h, to keep potassium 4.0-4.5 mmol/L"
        + (f" (now {k:g})" if k is not None else "")
    )
    return [
        _req(
            "medication",
            f"{bicarbonate} infusion to a urine pH of 7.5-8.0; keep potassium >= 4 "
            "mmol/L (urine alkalinisation fails while hypokalaemic)",
            f"salicylate poisoning: ion trapping and faster elimination ({src})",
            r"sodium bicarbonate",
        ),
        # A bicarbonate order from elsewhere (the knowledge base's protocol) must not
        # stand alone: alkalinisation drives potassium into cells, and the kidney
        # keeps potassium and excretes acid until it is replaced (Proudfoot AT et al.
        # AACT/EAPCCT position paper on urine alkalinisation, J Toxicol Clin Toxicol
        # 2004;42:1; EXTRIP 2015).
        _req(
            "medication",
            potassium,
            f"urine alkalinisation fails while hypokalaemic and bicarbonate lowers "
            f"potassium further (AACT/EAPCCT 2004; {src})",
            r"potassium chloride|\bkcl\b|replace potassium",
        ),
        _req(
            "diagnostic",
            "salicylate level and blood gas every 2 h until falling; potassium and "
            "glucose (keep glucose high-normal: brain glucose falls first)",
            f"salicylate kinetics are erratic (delayed absorption) ({src})",
            r"serial salicylate|salicylate level",
        ),
        _req("consult", f"{dialysis} and poison centre", src, r"dialysis"),
        _req(
            "procedure",
            "avoid intubation if possible; if unavoidable, match the patient's minute "
            "ventilation (hyperventilate) and give bicarbonate around it",
            f"a rising pCO2 after intubation drives salicylate into the brain ({src})",
            r"avoid intubation",
        ),
    ]


# --- paracetamol level above the nomogram line ---

TREATMENT_LINE_4H: Final = 150.0
"""The Rumack-Matthew treatment line (ANZ 2020, US): 150 mg/L at 4 h, halving every
4 h to 24 h after a single acute ingestion (Chiew AL et al. Med J Aust 2020)."""


def paracetamol_above_line(view: StageView) -> tuple[float, float] | None:
    """A timed paracetamol level at or above the treatment line: (mg/L, hours)."""
    for level, hours in paracetamol_timed_levels(visible_texts(view)):
        line = TREATMENT_LINE_4H * 2 ** (-(hours - 4.0) / 4.0)
        if 4.0 <= hours <= 24.0 and level >= line:
            return level, hours
    return None


def paracetamol_nomogram(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Chiew 2020: a timed level on or above the line: acetylcysteine now."""
    above = paracetamol_above_line(view)
    if above is None:
        return []
    level, hours = above
    line = TREATMENT_LINE_4H * 2 ** (-(hours - 4.0) / 4.0)
    return [
        _req(
            "medication",
            "acetylcysteine IV now: 200 mg/kg over 4 h then 100 mg/kg over 16 h "
            "(actual weight, capped at 110 kg)",
            f"paracetamol {level:.0f} mg/L at {hours:g} h is above the treatment line "
            f"({line:.0f} mg/L) (Chiew AL et al. Med J Aust 2020; Rumack-Matthew)",
            r"acetylcysteine iv now|acetylcysteine 200|acetylcysteine iv,",
        )
    ]


# --- calcium-channel blocker ---

_CCB: Final = _rx(
    r"amlodipine|nifedipine|felodipine|lercanidipine|nicardipine|nimodipine|"
    r"isradipine|verapamil|diltiazem|calcium[- ]channel blocker\w*|\bccbs?\b"
)
BRADYCARDIA_HR: Final = 50.0


def ccb_poisoning(view: StageView) -> bool:
    """A calcium-channel blocker taken in overdose with shock or bradycardia."""
    texts = visible_texts(view)
    if not (asserted(_CCB, texts) and asserted(_INGESTED, texts)):
        return False
    hr = view.vitals.heart_rate
    return _shock(view) or (hr is not None and hr < BRADYCARDIA_HR)


def calcium_channel_blocker(view: StageView, pop: Population) -> list[ToxRequired]:
    """St-Onge 2017 / AHA 2023: calcium, high-dose insulin, vasopressors, ECMO."""
    if not ccb_poisoning(view):
        return []
    src = "St-Onge M et al. Crit Care Med 2017; Lavonas EJ et al. AHA 2023"
    calcium = (
        "calcium chloride 10% 0.2 mL/kg IV (or calcium gluconate 10% 0.6 mL/kg), "
        "repeat as needed"
        if _child(pop)
        else "calcium chloride 10% 10-20 mL IV via a central or large vein, or calcium "
        "gluconate 10% 30-60 mL (calcium chloride 10% 0.2 mL/kg in children), repeat "
        "as needed"
    )
    return [
        _req(
            "medication",
            calcium,
            f"calcium-channel blocker shock ({src})",
            r"calcium chloride|calcium gluconate",
        ),
        _req(
            "medication",
            "high-dose insulin 1 unit/kg IV bolus then 1 unit/kg/h with dextrose; "
            "glucose every 15-30 min and potassium hourly",
            f"first-line with calcium for CCB shock ({src})",
            r"high-dose insulin",
        ),
        _req(
            "medication",
            "norepinephrine or epinephrine infusion titrated to MAP >= 65 mmHg",
            f"vasodilatory shock ({src})",
            r"norepinephrine|noradrenaline|epinephrine infusion",
        ),
        _req(
            "diagnostic",
            "12-lead ECG, glucose and potassium",
            f"AV block; hyperglycaemia reflects severity ({src})",
            r"ecg",
        ),
        _req(
            "consult",
            "poison centre / toxicology and ICU; ECMO centre if shock is refractory",
            src,
            r"poison|toxicolog",
        ),
    ]


# --- modified-release ingestion: gut decontamination ---

_MODIFIED_RELEASE: Final = _rx(
    r"(?:sustained|extended|modified|slow|controlled|prolonged)[- ]release|"
    r"(?:sr|er|mr|xl|xr|cr|la|cd)\b(?= (?:\w+ ){0,3}?(?:verapamil|diltiazem|"
    r"nifedipine|felodipine|lithium))|retard\b|"
    r"(?:verapamil|diltiazem|nifedipine|felodipine|lithium(?: carbonate)?)[- ](?:sr|er|"
    r"mr|xl|xr|cr|la|cd)\b|priadel|adalat (?:la|retard)"
)
"""A modified-release product named (sustained, extended, slow, controlled release;
the SR, ER, MR, XL, CR, LA or CD suffix of the drug's brand)."""
_WBI_DRUG: Final = _rx(
    r"verapamil|diltiazem|nifedipine|felodipine|lithium|calcium[- ]channel blocker"
)
"""Drugs whose modified-release overdose WBI is considered for (Thanacoody 2015)."""
_NO_WBI: Final = _rx(
    r"ileus|bowel obstruction|perforat\w*|intractable vomiting|"
    r"(?:persistent|repeated|profuse) vomiting|gi (?:bleed\w*|ha?emorrhage)"
)
"""WBI contraindications besides shock and an unprotected airway (AACT/EAPCCT 2015)."""
WBI_SOURCE: Final = (
    "Thanacoody R et al. AACT/EAPCCT position paper update: whole bowel "
    "irrigation, Clin Toxicol 2015;53:5; St-Onge M et al. CCB poisoning consensus, "
    "Crit Care Med 2017;45:e306: decontamination after a potentially toxic "
    "ingestion (1D)"
)


def modified_release_ingestion(view: StageView) -> bool:
    """A modified-release CCB or lithium overdose that WBI may still reach.

    Not with a contraindication to WBI (AACT/EAPCCT 2015): haemodynamic instability
    (SBP < 90), reduced consciousness (an airway that is not protected), ileus,
    obstruction, perforation, intractable vomiting or GI haemorrhage.
    """
    texts = visible_texts(view)
    if not (
        asserted(_MODIFIED_RELEASE, texts)
        and asserted(_WBI_DRUG, texts)
        and asserted(_INGESTED, texts)
    ):
        return False
    return not (_shock(view) or _altered(texts) or asserted(_NO_WBI, texts))


def modified_release(view: StageView, pop: Population) -> list[ToxRequired]:
    """AACT/EAPCCT 2015: whole-bowel irrigation for a modified-release ingestion.

    A calcium-channel blocker also gets activated charcoal while it may still bind
    (lithium is not adsorbed) and a day on the monitor: modified-release verapamil
    and diltiazem can first act 12-24 h after the ingestion (Olson KR et al. AAPCC
    out-of-hospital CCB guideline, Clin Toxicol 2005;43:797).
    """
    if not modified_release_ingestion(view):
        return []
    texts = visible_texts(view)
    rate = "25 mL/kg/h" if _child(pop) else "1.5-2 L/h"
    out = [
        _req(
            "procedure",
            "whole-bowel irrigation: polyethylene glycol electrolyte solution by "
            f"nasogastric tube, {rate}, until the rectal effluent is clear, with "
            "toxicology advice; stop for vomiting, ileus or a falling blood pressure",
            f"modified-release tablets keep releasing drug in the gut ({WBI_SOURCE})",
            r"whole[- ]bowel",
        )
    ]
    if asserted(_CCB, texts):
        dose = "1 g/kg (max 50 g)" if _child(pop) else "50 g"
        out += [
            _req(
                "medication",
                f"activated charcoal {dose} PO if the airway is protected (within a "
                "few hours of a modified-release ingestion), before the irrigation",
                "single-dose activated charcoal (Chyka PA et al. AACT/EAPCCT position "
                f"statement 2005; {WBI_SOURCE})",
                r"charcoal",
            ),
            _req(
                "monitoring",
                "cardiac monitoring for at least 24 h even if well (delayed "
                "bradycardia, AV block and shock after a modified-release CCB)",
                "Olson KR et al. AAPCC calcium-channel blocker guideline, Clin Toxicol "
                "2005;43:797",
                r"24 h",
            ),
        ]
    return out


# --- sodium-channel blockade ---

_SODIUM_CHANNEL_BLOCKER: Final = _rx(
    r"tricyclic\w*|\btcas?\b|amitriptyline|nortriptyline|imipramine|clomipramine|"
    r"desipramine|doxepin|dosulepin|dothiepin|trimipramine|lofepramine|propranolol|"
    r"flecainide|propafenone|procainamide|disopyramide|quinidine|quinine|"
    r"hydroxychloroquine|chloroquine|diphenhydramine|carbamazepine|lamotrigine|"
    r"cocaine|venlafaxine|bupropion|thioridazine|orphenadrine|amantadine"
)
"""Drugs whose overdose blocks cardiac sodium channels and widens the QRS
(Goldfrank's Toxicologic Emergencies 11th ed. ch. 57 and 15: TCAs, class IA and IC
antiarrhythmics, propranolol, quinine and chloroquine, diphenhydramine,
carbamazepine, cocaine, venlafaxine, bupropion)."""
QRS_BICARBONATE_MS: Final = 100.0
"""QRS > 100 ms in a sodium-channel-blocking overdose: hypertonic sodium bicarbonate
(Boehnert MT, Lovejoy FH. NEJM 1985: QRS >= 100 ms predicts seizures; Bruccoleri
RE, Burns MM. J Med Toxicol 2016;12:121; Lavonas EJ et al. AHA 2023 toxicology
focused update, Circulation 2023;148:e149)."""


def sodium_channel_blockade(view: StageView) -> float | None:
    """The QRS (ms) when a sodium-channel blocker taken in overdose widens it > 100."""
    texts = visible_texts(view)
    if not (asserted(_SODIUM_CHANNEL_BLOCKER, texts) and asserted(_INGESTED, texts)):
        return None
    qrs = _highest("qrs", texts)
    return qrs if qrs is not None and qrs > QRS_BICARBONATE_MS else None


def sodium_channel_blocker(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Bruccoleri & Burns 2016 / AHA 2023: bicarbonate for a QRS wider than 100 ms."""
    qrs = sodium_channel_blockade(view)
    if qrs is None:
        return []
    return [
        _req(
            "medication",
            "sodium bicarbonate 8.4 % 1-2 mEq/kg IV bolus, repeated until the QRS "
            "narrows (arterial pH 7.45-7.55), then an infusion",
            f"QRS {qrs:g} ms > {QRS_BICARBONATE_MS:g} after a sodium-channel-blocking "
            "overdose (Bruccoleri RE, Burns MM. J Med Toxicol 2016; Lavonas EJ et al. "
            "AHA 2023 toxicology)",
            r"bicarbonate",
        ),
    ]


# --- cholinergic toxidrome ---

_ANTICHOLINESTERASE: Final = _rx(
    r"organophosph\w*|carbamate\w*|insecticid\w*|pesticid\w*|nerve agent\w*|sarin|"
    r"novichok|parathion|malathion|chlorpyrifos|diazinon|dichlorvos|sheep dip|"
    r"(?:spray\w*|dusting) (?:his |her |their |the )?(?:crops?|fields?|orchards?|"
    r"vineyards?|garden|farm)|crop[- ]spray\w*"
)
_MIOSIS: Final = _rx(r"pinpoint|miosis|miotic|constricted pupils|pupils? constricted")
_CHOLINERGIC_SIGNS: Final = tuple(
    _rx(p)
    for p in (
        r"salivat\w*|hypersalivat\w*|drool\w*",
        r"lacrimat\w*",
        r"bronchorr\w*|bubbly crackles|copious (?:secretions|sputum)|frothy secretions",
        r"profuse(?:ly)? sweat\w*|profuse diaphoresis|drenched in sweat",
        r"fasciculat\w*",
        r"diarrh\w*",
        r"urinary incontinence|incontinen\w* of urine",
    )
)
_FASCICULATION: Final = _CHOLINERGIC_SIGNS[4]


def cholinergic_toxidrome(view: StageView) -> bool:
    """Anticholinesterase exposure with a sign, or the toxidrome itself.

    Miosis with fasciculations, or with three muscarinic signs, is the cholinergic
    toxidrome (Eddleston 2008); an opioid overdose has miosis without secretions.
    """
    texts = visible_texts(view)
    miosis = asserted(_MIOSIS, texts)
    if asserted(_ANTICHOLINESTERASE, texts):
        hr = view.vitals.heart_rate
        return (
            miosis
            or (hr is not None and hr < BRADYCARDIA_HR)
            or any(asserted(p, texts) for p in _CHOLINERGIC_SIGNS)
        )
    if not miosis:
        return False
    signs = sum(asserted(p, texts) for p in _CHOLINERGIC_SIGNS)
    return asserted(_FASCICULATION, texts) or signs >= 3


def cholinergic(view: StageView, pop: Population) -> list[ToxRequired]:
    """Eddleston 2008: decontaminate, atropine to a dry chest, pralidoxime, airway."""
    if not cholinergic_toxidrome(view):
        return []
    src = "Eddleston M et al. Lancet 2008;371:597; Goldfrank 11th ed. ch. 110"
    atropine = (
        "atropine 0.02-0.05 mg/kg IV, doubling every 5 min until the chest is clear"
        if _child(pop)
        else "atropine 1-2 mg IV, doubling the dose every 5 min until the chest is "
        "clear, HR > 80 and SBP > 80, then infusion (0.02-0.05 mg/kg in children)"
    )
    return [
        _req(
            "procedure",
            "decontamination: remove clothing, wash skin; staff wear gloves and gowns",
            f"ongoing absorption and staff exposure ({src})",
            r"decontaminat",
        ),
        _req(
            "medication",
            atropine,
            f"muscarinic crisis: bronchorrhoea, bronchospasm and bradycardia ({src})",
            r"atropine \d|atropine 0",
        ),
        _req(
            "medication",
            "pralidoxime 30 mg/kg IV over 30 min then 8 mg/kg/h",
            f"organophosphate: reactivate acetylcholinesterase ({src}; WHO)",
            r"pralidoxime|obidoxime",
        ),
        _req(
            "procedure",
            "suction secretions; no succinylcholine for induction (prolonged "
            "paralysis); benzodiazepine for seizures",
            f"respiratory failure is the cause of death ({src})",
            r"succinylcholine",
        ),
        _req("consult", "poison centre / toxicology and ICU", src, r"poison|toxicolog"),
    ]


# --- smoke inhalation, carbon monoxide and cyanide ---

_FIRE: Final = _rx(
    r"smoke inhalation|(?:house|building|apartment|flat|car|vehicle|structure|"
    r"enclosed[- ]space) fire|burning (?:house|building|apartment|flat|home|room|car)|"
    r"rescued from (?:a |the )?(?:fire|burning)|trapped (?:in|by) (?:a |the )?fire|"
    r"inhaled smoke|smoke exposure|(?:kitchen|room|bedroom|garage|basement) fire|"
    r"(?:breathed|breathing|inhaled|inhaling) (?:in )?(?:(?:a lot of|lots of|some|thick"
    r"|black|heavy) )?(?:the )?smoke"
)
_CO: Final = _rx(
    r"carbon monoxide|\bco (?:poisoning|exposure)|generator indoors|indoor generator|"
    r"charcoal (?:burner|grill|barbecue|bbq) (?:indoors|inside)|faulty (?:boiler|"
    r"heater|gas fire)|exhaust fumes|"
    # injury40: an old or unserviced gas appliance, and symptoms that ease away from
    # home, are the CO history's clues (UKHSA 2022 carbon monoxide guidance; Wolf SJ
    # et al. ACEP clinical policy 2017)
    r"(?:old|unserviced|broken|leaking|faulty) (?:gas )?(?:boiler|heater|fire)|"
    r"(?:gas )?(?:boiler|heater) (?:\w+ ){0,2}(?:old|faulty|broken|leaking|not "
    r"(?:been )?serviced)|"
    r"(?:ease|eases|eased|improve\w*|better|settle\w*|go(?:es)? away) (?:\w+ ){0,2}"
    r"(?:when|once|after|whenever) (?:\w+ ){0,3}(?:out of|leaves?|left|away from|"
    r"outside) (?:the |their |his |her )?(?:house|home|flat)"
)
_INHALATION_INJURY: Final = _rx(
    r"soot (?:in|around) (?:the )?(?:mouth|nose|nostrils|airway|oropharynx|"
    r"pharynx|sputum)|carbonaceous sputum|singed (?:nasal|facial) hairs?|"
    r"hoarse\w*|stridor|burns? (?:to|of) the face|facial burns?|oropharyngeal "
    r"(?:burns?|o?edema|swelling)"
)
"""Signs that raise the suspicion of an inhalation injury (ABA ABLS 2018)."""

CYANIDE_LACTATE: Final = 8.0
"""Anseeuw 2013: smoke inhalation with a lactate >= 8 mmol/L (or shock or arrest)
suggests cyanide; UHMS: hyperbaric oxygen for CO with loss of consciousness, neurology,
COHb > 25 % or pregnancy."""


def smoke_or_co(view: StageView) -> bool:
    """Smoke inhalation, carbon monoxide exposure or a raised carboxyhaemoglobin."""
    return _smoke_or_co(visible_texts(view))


def _smoke_or_co(texts: tuple[str, ...]) -> bool:
    cohb = _highest("carboxyhemoglobin", texts)
    return (
        asserted(_FIRE, texts)
        or asserted(_CO, texts)
        or (cohb is not None and cohb >= COHB_HIGH)
    )


def smoke_inhalation(view: StageView, pop: Population) -> list[ToxRequired]:
    """100 % oxygen, co-oximetry, hydroxocobalamin, early airway, hyperbaric care."""
    if not smoke_or_co(view):
        return []
    texts = visible_texts(view)
    src = "Weaver LK. NEJM 2009;360:1217; Anseeuw K et al. Eur J Emerg Med 2013"
    out = [
        _req(
            "procedure",
            "100% oxygen by non-rebreather mask at 15 L/min (or via the ventilator), "
            "whatever the SpO2",
            "carbon monoxide: pulse oximetry reads carboxyhaemoglobin as oxygenated "
            f"haemoglobin; oxygen shortens the CO half-life ({src})",
            r"100 ?% oxygen|non-?rebreather|hyperbaric oxygen",
        ),
        _req(
            "diagnostic",
            "carboxyhaemoglobin by co-oximetry, blood gas and lactate, ECG and "
            "troponin",
            f"CO severity and myocardial injury ({src})",
            r"carboxyh|co-?oximetr",
        ),
    ]
    fire = asserted(_FIRE, texts)
    lactate = _highest("lactate", texts)
    if fire and (_shock(view) or (lactate is not None and lactate >= CYANIDE_LACTATE)):
        out.append(
            _req(
                "medication",
                "hydroxocobalamin 70 mg/kg IV over 15 min, repeat once"
                if _child(pop)
                else "hydroxocobalamin 5 g IV over 15 min (70 mg/kg in children), "
                "repeat once if needed",
                "smoke inhalation with shock or lactate >= 8 mmol/L: suspected cyanide "
                f"({src}); no nitrites (methaemoglobin worsens CO hypoxia)",
                r"hydroxocobalamin|cyanokit",
            )
        )
    if fire and _shock(view):
        out.append(
            _req(
                "medication",
                "IV crystalloid 20 mL/kg"
                if _child(pop)
                else "IV crystalloid bolus 1 L, reassess; noradrenaline if the "
                "hypotension persists",
                "shock after smoke inhalation is cyanide or CO, not the burn: "
                f"hydroxocobalamin with fluids and a vasopressor ({src}; ABLS 2018)",
                r"crystalloid|saline|hartmann|ringer|fluid bolus|iv fluids?",
            )
        )
    if fire and asserted(AIRWAY_THREAT_AFTER_FIRE, texts):
        out.append(
            _req(
                "procedure",
                "early intubation by the most experienced operator (large uncut tube) "
                "before airway oedema progresses",
                "a threatened airway after smoke: hoarseness, stridor, respiratory "
                "distress, deep facial or neck burns or oropharyngeal oedema (ATLS "
                "10th ed.; ABA Advanced Burn Life Support 2018)",
                r"intubat|definitive airway|\brsi\b",
            )
        )
    elif fire and asserted(_INHALATION_INJURY, texts):
        out.append(
            _req(
                "diagnostic",
                "airway examination by a senior with airway skills (fibreoptic "
                "nasendoscopy) and observation for 4-6 h with repeated checks of "
                "voice, stridor and work of breathing; the airway team at once if they "
                "appear",
                "soot or singed hair without a threatened airway: examine and observe, "
                "no tube on soot alone (ABA ABLS 2018; British Burn Association 2018)",
                r"nasendoscop|laryngoscop|airway examination",
            )
        )
    cohb = _highest("carboxyhemoglobin", texts)
    if (
        (cohb is not None and cohb >= COHB_HBO)
        or _altered(texts)
        or pop.pregnancy == "pregnant"
    ):
        out.append(
            _req(
                "consult",
                "hyperbaric medicine: loss of consciousness, neurological signs, "
                "COHb > 25 %, pregnancy or myocardial ischaemia",
                "hyperbaric oxygen lowers delayed neurological sequelae (Weaver LK et "
                "al. NEJM 2002;347:1057; UHMS 2019)",
                r"hyperbaric",
            )
        )
    return out


# --- adrenal crisis ---

_ADRENAL_RISK: Final = _rx(
    r"addison\w*|adrenal insufficien\w*|hypoadrenal\w*|hypopituitar\w*|"
    r"panhypopituitar\w*|congenital adrenal hyperplasia|steroid[- ]dependen\w*|"
    r"(?:long[- ]term|chronic|maintenance|daily) (?:oral )?(?:steroids?|"
    r"glucocorticoids?|prednisolone|prednisone|hydrocortisone|dexamethasone)|"
    r"(?:on|takes|taking) (?:oral )?(?:prednisolone|prednisone|hydrocortisone|"
    r"dexamethasone|methylprednisolone|fludrocortisone)"
)
_ADRENAL_UNWELL: Final = _rx(
    r"vomit\w*|collaps\w*|faint\w*|syncop\w*|postural|orthostatic|confus\w*|drows\w*"
)
SODIUM_LOW: Final = 135.0
GLUCOSE_LOW_MG_DL: Final = 70.0


def adrenal_crisis_risk(view: StageView) -> bool:
    """Adrenal insufficiency or glucocorticoid dependence with shock or its signs.

    Simpson 2020: a patient with adrenal insufficiency (or on long-term
    glucocorticoids) who is hypotensive, or vomiting with hyponatraemia or
    hypoglycaemia, is in adrenal crisis until proven otherwise.
    """
    texts = visible_texts(view)
    if not asserted(_ADRENAL_RISK, texts):
        return False
    sodium = _lowest("sodium", texts)
    glucose = _lowest("glucose", texts)
    biochemistry = (sodium is not None and sodium < SODIUM_LOW) or (
        glucose is not None and glucose < GLUCOSE_LOW_MG_DL
    )
    return _shock(view) or (asserted(_ADRENAL_UNWELL, texts) and biochemistry)


def adrenal_crisis(view: StageView, pop: Population) -> list[ToxRequired]:
    """Endocrine Society 2016: hydrocortisone now, saline, glucose; never wait."""
    if not adrenal_crisis_risk(view):
        return []
    src = "Bornstein SR et al. Endocrine Society 2016; Simpson H et al. Clin Med 2020"
    return [
        _req(
            "medication",
            "hydrocortisone 2 mg/kg IV/IM now (max 100 mg), then every 6 h"
            if _child(pop)
            else "hydrocortisone 100 mg IV/IM now, then 50 mg every 6 h (2 mg/kg in "
            "children, max 100 mg)",
            f"adrenal crisis: do not wait for cortisol or an ACTH test ({src})",
            r"hydrocortisone",
        ),
        _req(
            "medication",
            "0.9% saline 20 mL/kg IV bolus"
            if _child(pop)
            else "0.9% saline 1 L over the first hour (20 mL/kg in children)",
            f"volume ({src})",
            r"saline|crystalloid",
        ),
        _req(
            "diagnostic",
            "glucose, sodium, potassium; cortisol and ACTH sample if it does not delay "
            "hydrocortisone; look for the precipitant",
            src,
            r"cortisol",
        ),
    ]


# --- sepsis from results ---

_SOURCE: Final = _rx(
    r"nitrites?(?: and leu[ck]ocytes)? positive|nitrite[- ]positive|positive nitrites?|"
    r"leu[ck]ocytes and nitrites|pyuria|urinary tract infection|\buti\b|"
    r"pyelonephritis|urosepsis|pneumonia|consolidation|cellulitis|cholangitis|"
    r"empyema|abscess|infected|septic"
)
LACTATE_HIGH: Final = 2.0
LACTATE_SHOCK: Final = 4.0
NEWS2_HIGH_RISK: Final = 7
"""NICE NG51 (2024) for adults in hospital: a documented infection with NEWS2 >= 7 is
high risk of severe illness or death from sepsis: cultures, lactate and IV
antibiotics within 1 h; fluids by the lactate and blood pressure. SSC 2021 advises
against qSOFA alone as the screen (NEWS is preferred)."""


def _qsofa(view: StageView, texts: Sequence[str]) -> int:
    v = view.vitals
    return (
        int(v.systolic_bp is not None and v.systolic_bp <= 100)
        + int(v.respiratory_rate is not None and v.respiratory_rate >= 22)
        + int(_altered(texts))
    )


def _metabolic_acidosis(texts: Sequence[str]) -> bool:
    """A measured pH < 7.30 or bicarbonate < 18 mmol/L (the ADA 2024 DKA limits).

    Its Kussmaul breathing and tachycardia score NEWS2 points without infection
    (ADA 2024 hyperglycaemic crises; ``rules.rule_scope`` keeps qSOFA and SIRS away
    from ketoacidosis for the same reason): the lactate and qSOFA still count.
    """
    ph = _lowest("ph", texts)
    bicarbonate = _lowest("bicarbonate", texts)
    return (ph is not None and ph < DKA_PH) or (
        bicarbonate is not None and bicarbonate < DKA_BICARBONATE
    )


def sepsis_by_results(view: StageView, pop: Population) -> list[ToxRequired]:
    """SSC 2021 / NICE NG51: a source with lactate, qSOFA or NEWS2 high is sepsis.

    Lactate >= 2, qSOFA >= 2 or NEWS2 >= 7 with a documented infection source.
    """
    if _child(pop):
        return []  # paediatric sepsis: agents.pathways.paediatric_sepsis
    texts = visible_texts(view)
    if not asserted(_SOURCE, texts):
        return []
    lactate = _highest("lactate", texts)
    high = lactate is not None and lactate >= LACTATE_HIGH
    organ = high or _qsofa(view, texts) >= 2
    news = news2_score(ClinicalFacts(), view.vitals, altered=_altered(texts))
    if not (organ or (news >= NEWS2_HIGH_RISK and not _metabolic_acidosis(texts))):
        return []
    src = "Evans L et al. Surviving Sepsis Campaign 2021; Singer M et al. JAMA 2016"
    out = [
        _req(
            "diagnostic",
            "blood cultures x2 before antibiotics, lactate (repeat within 2-4 h if "
            "raised)",
            f"sepsis with a documented source ({src})",
            r"blood cultures?",
        ),
        _req(
            "medication",
            "broad-spectrum IV antibiotics within 1 h, chosen for the documented "
            "source and local resistance",
            f"possible sepsis with hypoperfusion or organ dysfunction ({src})",
            r"broad-spectrum|iv antibiotic|antibiotics within|cefepime|ceftriaxone|"
            r"cefotaxime|piperacillin|meropenem|ertapenem",
        ),
    ]
    if not (organ or _shock(view)):
        return out  # NEWS2 alone: cultures, lactate, antibiotics; fluids by lactate
    if _shock(view) or (lactate is not None and lactate >= LACTATE_SHOCK):
        out.append(
            _req(
                "medication",
                "30 mL/kg IV balanced crystalloid within 3 h, reassessed after each "
                "500 mL",
                f"sepsis-induced hypoperfusion ({src})",
                r"30 ml/kg|crystalloid|fluid bolus",
            )
        )
    else:
        out.append(
            _req(
                "medication",
                "IV crystalloid 500 mL bolus, reassess perfusion and lactate",
                f"raised lactate or organ dysfunction ({src})",
                r"30 ml/kg|crystalloid|fluid bolus|saline",
            )
        )
    return out


# --- hyperosmolar hyperglycaemic state ---

_OSMOLALITY: Final = _rx(
    r"(?:serum |plasma |measured |calculated |effective )?osmolality\W{0,4}"
    r"(?:of |is |was )?(\d{3})"
)
HHS_OSMOLALITY: Final = 320.0
HHS_GLUCOSE_MG_DL: Final = 540.0
"""JBDS 2022 HHS: glucose >= 30 mmol/L (540 mg/dL), osmolality >= 320 mOsm/kg,
without significant ketonaemia (< 3 mmol/L) or acidosis (pH >= 7.3, HCO3 >= 15)."""
DKA_PH: Final = 7.30
DKA_BICARBONATE: Final = 18.0
"""ADA 2024: DKA needs pH < 7.30 or bicarbonate < 18 mmol/L."""


def not_acidotic(texts: Sequence[str]) -> bool:
    """A measured bicarbonate >= 18 mmol/L and no pH below 7.30: no ketoacidosis.

    ADA 2024 DKA needs a pH < 7.30 or a bicarbonate < 18 mmol/L; with the bicarbonate
    measured at or above 18, an unmeasured pH does not hold HHS open (JBDS-IP 2022:
    HHS is diagnosed on glucose, osmolality and the absence of acidosis, which a
    normal bicarbonate shows; a blood gas is not required).
    """
    ph = _lowest("ph", texts)
    bicarbonate = _lowest("bicarbonate", texts)
    return (
        bicarbonate is not None
        and bicarbonate >= DKA_BICARBONATE
        and (ph is None or ph >= DKA_PH)
    )


def hhs_present(view: StageView) -> bool:
    """JBDS 2022: glucose >= 30 mmol/L and osmolality >= 320 without acidosis."""
    texts = visible_texts(view)
    glucose = _highest("glucose", texts)
    osmolality = max(_number(_OSMOLALITY, texts), default=None)
    return (
        glucose is not None
        and glucose >= HHS_GLUCOSE_MG_DL
        and osmolality is not None
        and osmolality >= HHS_OSMOLALITY
        and not_acidotic(texts)
    )


def hyperosmolar(view: StageView, pop: Population) -> list[ToxRequired]:
    """JBDS 2022: fluids first; insulin 0.05 U/kg/h once glucose stops falling."""
    if _child(pop) or not hhs_present(view):
        return []
    src = "JBDS-IP 2022 hyperosmolar hyperglycaemic state; ADA 2024"
    return [
        _req(
            "medication",
            "0.9% saline 1 L over the first hour, then 0.5-1 L/h by response; aim "
            "for an osmolality fall of 3-8 mOsm/kg/h",
            f"HHS: fluid replacement alone lowers glucose; a fast osmolality fall "
            f"risks cerebral oedema ({src})",
            # medgi50: the HHS entry's own line ("0.9 % sodium chloride IV 1 L over
            # the first hour, then ...") meets it: one fluid line, not two
            r"0\.9 ?% (?:saline|sodium chloride)(?: iv)? 1 l over the first hour, then",
        ),
        _req(
            "medication",
            "fixed-rate insulin 0.05 U/kg/h only once glucose stops falling with "
            "fluids alone (at once if blood ketones > 1 mmol/L); potassium in the "
            "fluids once K < 5.5 mmol/L",
            f"early insulin in HHS drops the osmolality and circulating volume ({src})",
            r"0\.05 u(?:nits)?/kg",
        ),
        _req(
            "diagnostic",
            "glucose, sodium, potassium and osmolality hourly for the first 6 h; "
            "foot examination",
            src,
            r"osmolality hourly",
        ),
    ]


# --- acute urinary retention ---

RETENTION_ML: Final = 400.0
"""A bladder scan >= 400 mL with symptoms or no urge: catheterise (Selius & Subedi
2008; EAU 2023 non-neurogenic male LUTS)."""


def urinary_retention(view: StageView, _pop: Population) -> list[ToxRequired]:
    """A full bladder on scan: urethral catheter and a drug review."""
    volume = _highest("bladder_volume", visible_texts(view))
    if volume is None or volume < RETENTION_ML:
        return []
    return [
        _req(
            "procedure",
            f"urethral catheter now (bladder {volume:.0f} mL); record the drained "
            "volume",
            "acute urinary retention (Selius BA, Subedi R. Am Fam Physician 2008)",
            r"catheter|foley",
        ),
        _req(
            "medication",
            "review and stop anticholinergic, opioid and sympathomimetic drugs "
            "(common causes of retention and delirium)",
            "drug-induced retention (Selius & Subedi 2008; AGS Beers criteria 2023)",
            r"stop anticholinergic|review and stop",
        ),
    ]


# --- rhabdomyolysis ---

CK_RHABDO: Final = 5000.0
"""Bosch 2009: CK above ~5,000 U/L carries the kidney-injury risk that aggressive
isotonic fluids prevent."""


def rhabdomyolysis(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Bosch 2009: isotonic fluids to a urine output of ~200-300 mL/h; no NSAIDs."""
    ck = _highest("ck", visible_texts(view))
    if ck is None or ck < CK_RHABDO:
        return []
    src = "Bosch X et al. NEJM 2009;361:62"
    return [
        _req(
            "medication",
            f"IV isotonic crystalloid infusion (CK {ck:.0f} U/L): 1-2 L, then to a "
            "urine output of 200-300 mL/h, adjusted for heart and kidney function; no "
            "potassium-containing fluid while hyperkalaemic",
            f"rhabdomyolysis: prevent pigment kidney injury ({src})",
            r"crystalloid|iv fluid|saline 1 l|30 ml/kg",
        ),
        _req(
            "diagnostic",
            "CK, potassium, creatinine, calcium and phosphate every 6-12 h; strict "
            "fluid balance with a urine output chart",
            src,
            r"ck, potassium",
        ),
    ]


# --- tumour lysis syndrome ---

_PHOSPHATE: Final = _rx(r"phosphate\W{0,4}(?:of |is |was )?(\d+(?:\.\d+)?)")
_URATE: Final = _rx(r"(?:urate|uric acid)\W{0,4}(?:of |is |was )?(\d+(?:\.\d+)?)")
_CANCER_THERAPY: Final = _rx(
    r"chemotherap\w*|lymphoma|leuka?emia|(?-i:ALL|AML|CLL)\b|burkitt\w*|"
    r"myeloma|venetoclax|started (?:treatment|therapy) for (?:his |her )?cancer"
)


def _phosphate_high(texts: Sequence[str]) -> bool:
    # >= 1.45 mmol/L, or >= 4.5 mg/dL when the value is above 3 (mg/dL)
    return any(v >= 4.5 or 1.45 <= v < 3.0 for v in _number(_PHOSPHATE, texts))


def _urate_high(texts: Sequence[str]) -> bool:
    # >= 476 umol/L (0.476 mmol/L) or >= 8 mg/dL
    return any(
        v >= 476 or 0.476 <= v < 1.5 or 8.0 <= v < 30 for v in _number(_URATE, texts)
    )


def tumour_lysis(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Cairo-Bishop: two laboratory criteria in a patient on cancer therapy."""
    texts = visible_texts(view)
    if not asserted(_CANCER_THERAPY, texts):
        return []
    potassium = _highest("potassium", texts)
    calcium = _lowest("calcium", texts)
    criteria = sum(
        (
            potassium is not None and potassium >= 6.0,
            _phosphate_high(texts),
            _urate_high(texts),
            calcium is not None and calcium <= 7.0,
        )
    )
    if criteria < 2:
        return []
    src = "Cairo & Bishop 2004; Coiffier B et al. J Clin Oncol 2008;26:2767"
    return [
        _req(
            "medication",
            "IV isotonic fluids about 3 L/m2/day to a urine output >= 100 mL/h (unless "
            "anuric or overloaded); no potassium or phosphate in the fluids",
            f"tumour lysis syndrome ({src})",
            r"isotonic fluids about",
        ),
        _req(
            "medication",
            "rasburicase 0.2 mg/kg IV (check G6PD status first: haemolysis)",
            f"hyperuricaemia in laboratory tumour lysis ({src})",
            r"rasburicase",
        ),
        _req(
            "consult",
            "nephrology: haemodialysis for oliguria, refractory hyperkalaemia, "
            "hyperphosphataemia or fluid overload; haematology/oncology",
            src,
            r"dialysis",
        ),
        _req(
            "procedure",
            "calcium only for symptomatic hypocalcaemia or ECG changes (calcium "
            "phosphate precipitates in the kidney)",
            src,
            r"calcium only for",
        ),
    ]


_THERAPY_STARTED: Final = _rx(
    r"(?:first|started|start\w*|began|new|cycle (?:1|one) of|initial)"
    r" (?:\w+ ){0,2}(?:chemo\w*|cycle|treatment|induction|r-chop|venetoclax)"
    r"|(?:chemo\w*|induction|r-chop|venetoclax) (?:\w+ ){0,2}(?:started|began)"
)
_LYSIS_SIGN: Final = _rx(
    r"(?:little|less|no|not much|reduced|decreased|low|hardly any|scant\w*)"
    r" (?:\w+ ){0,2}(?:urine|wee|pee|urinating)|passed (?:much |very )?(?:less|little)"
    r" urine|(?:not|hardly|barely) (?:passing|making|producing) (?:\w+ )?urine|"
    r"oligur\w*|anur\w*|(?:muscle )?cramps|twitch\w*|palpitations|tetany"
)
"""The clinical signs of tumour lysis (Cairo-Bishop 2004: kidney injury, arrhythmia,
seizure; BSH 2015: oliguria, cramps and tetany of hypocalcaemia, palpitations)."""


def tumour_lysis_suspected(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Signs of lysis days after cancer therapy began, the laboratory criteria unknown.

    medgi50 (medgi49's leftover): a lymphoma patient two days into chemotherapy with
    cramps and falling urine output, bloods awaited, was 'weakness' with a troponin:
    the Cairo-Bishop laboratory criteria (urate, potassium, phosphate, calcium) are
    measured now, with an ECG on a monitor and IV fluids, and haematology told
    (Jones GL et al. BSH 2015 tumour lysis guideline; Cairo MS, Bishop M. Br J
    Haematol 2004;127:3). Once two criteria are met ``tumour_lysis`` treats it.
    """
    texts = visible_texts(view)
    if not (
        asserted(_CANCER_THERAPY, texts)
        and asserted(_THERAPY_STARTED, texts)
        and asserted(_LYSIS_SIGN, texts)
    ):
        return []
    if tumour_lysis(view, _pop):
        return []
    src = "Jones GL et al. BSH 2015 tumour lysis syndrome; Cairo & Bishop 2004"
    why = f"signs of tumour lysis days after starting cancer therapy ({src})"
    return [
        _req(
            "diagnostic",
            "potassium, phosphate, calcium, urate, creatinine and LDH now "
            "(Cairo-Bishop laboratory criteria), a 12-lead ECG and the urine output "
            "measured",
            why,
            r"phosphate[^;]*urate|urate[^;]*phosphate",
        ),
        _req(
            "monitoring",
            "cardiac monitoring until the potassium and calcium are known",
            why,
            r"cardiac monitor",
        ),
        _req(
            "medication",
            "IV isotonic fluids (about 3 L/m2/day, no potassium) unless anuric or "
            "overloaded",
            f"tumour lysis: hydration keeps the urine flowing ({src})",
            r"isotonic fluids",
        ),
        _req(
            "consult",
            "haematology/oncology now: rasburicase once laboratory tumour lysis is "
            "confirmed or the risk is high (check G6PD first)",
            src,
            r"haematology|hematology|oncology",
        ),
    ]


# --- superior vena cava syndrome ---

_SVC_NAMED: Final = _rx(
    r"superior vena cava (?:syndrome|obstruction)|svc (?:syndrome|obstruction)|svco\b"
)
_FACE_ARM_SWELLING: Final = _rx(
    r"(?:facial|face|neck) (?:and (?:arms?|neck|face|facial) )?(?:swelling|o?edema)|"
    r"arms? and (?:face|facial|neck) (?:swelling|o?edema)|swollen (?:face|neck|arms\b)|"
    r"both arms (?:are )?swollen|bilateral arm (?:swelling|o?edema)|puffy face|"
    r"plethor\w*"
)
"""cardio52: the face, the neck or both arms: one swollen arm with collateral veins
over its shoulder is the subclavian-axillary vein's thrombosis, not the vena cava's
(Kucher N. NEJM 2011;364:861; Wilson LD et al. NEJM 2007;356:1862: SVC obstruction
swells the face, neck and both arms). A swimmer's swollen arm got an oncologist and
a stent plan."""
_VENOUS_DISTENSION: Final = _rx(
    r"distended neck veins|neck veins? (?:distended|engorged)|dilated (?:chest wall |"
    r"superficial )?veins|collateral veins|venous collaterals|non-?pulsatile "
    r"(?:jvp|jugular)|engorged (?:neck |chest )?veins"
)


def svc_syndrome(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Wilson 2007: CT venography, head up, no steroids before a tissue diagnosis."""
    texts = visible_texts(view)
    named = asserted(_SVC_NAMED, texts)
    if not named and not (
        asserted(_FACE_ARM_SWELLING, texts) and asserted(_VENOUS_DISTENSION, texts)
    ):
        return []
    src = "Wilson LD et al. NEJM 2007;356:1862"
    return [
        _req(
            "procedure",
            "sit the patient up (head elevated); oxygen if hypoxaemic; airway review "
            "for stridor",
            f"superior vena cava obstruction ({src})",
            r"head elevated|sit the patient up",
        ),
        _req(
            "diagnostic",
            "CT chest with IV contrast (venous phase) for the cause and level of "
            "obstruction",
            src,
            r"ct chest|ct venogra",
        ),
        _req(
            "consult",
            "oncology and interventional radiology (stenting for stridor, confusion "
            "or haemodynamic compromise); no steroids before a tissue diagnosis "
            "unless the airway is threatened",
            f"steroids can mask lymphoma histology ({src})",
            r"interventional radiology",
        ),
    ]


# --- capacity in self-harm ---

_SELF_HARM: Final = _rx(
    r"suicid\w*|self[- ]harm\w*|intending to die|wants? to die|"
    r"kill (?:him|her|them)self|end (?:his|her|their) life|deliberate self"
)
_LEAVING: Final = _rx(
    r"wants? to leave|asking to leave|insists? (?:she|he|they) will leave|"
    r"trying to leave|threaten\w* to leave|refus\w* (?:treatment|admission|the "
    r"antidote|acetylcysteine|assessment|to stay)|leave against (?:medical )?advice|"
    r"self[- ]discharg\w*|walk(?:ing)? out"
)


def capacity(view: StageView, _pop: Population) -> list[ToxRequired]:
    """ACEP 2017: a self-harm patient who wants to leave gets a capacity assessment."""
    texts = visible_texts(view)
    if not (asserted(_SELF_HARM, texts) and asserted(_LEAVING, texts)):
        return []
    return [
        _req(
            "procedure",
            "capacity assessment now (understand, retain, weigh, communicate); "
            "lacking capacity: treat in best interests and prevent leaving under "
            "mental health or capacity law, with security and 1:1 observation",
            "self-harm with a wish to leave (ACEP clinical policy psychiatric "
            "patients 2017; Appelbaum PS. NEJM 2007;357:1834)",
            r"capacity assessment",
        )
    ]


# --- drowning ---

_DROWNING: Final = _rx(
    r"drown\w*|near[- ]drown\w*|submersion|submerged|pulled (?:out )?from (?:the |a )?"
    r"(?:water|pool|lake|sea|river|canal|bath)"
)


def drowning(view: StageView, _pop: Population) -> list[ToxRequired]:
    """Szpilman 2012 / ERC 2021: oxygen, chest X-ray, temperature, observation."""
    if not asserted(_DROWNING, visible_texts(view)):
        return []
    src = "Szpilman D et al. NEJM 2012;366:2102; ERC 2021 special circumstances"
    return [
        _req(
            "procedure",
            "oxygen to SpO2 94-98%; CPAP or non-invasive ventilation if hypoxaemic "
            "on oxygen and alert, intubation if not",
            f"drowning: surfactant washout and pulmonary oedema ({src})",
            r"cpap|non-invasive ventilation",
        ),
        _req(
            "diagnostic",
            "chest X-ray, blood gas, core temperature and glucose",
            src,
            r"core temperature and glucose",
        ),
        _req(
            "monitoring",
            "observe at least 6-8 h with SpO2 (delayed pulmonary oedema); no routine "
            "antibiotics or steroids",
            src,
            r"observe at least 6",
        ),
    ]


# --- alcohol withdrawal ---

_ALCOHOL_USE: Final = _rx(
    r"alcohol (?:use disorder|dependen\w*|abuse|excess)|alcoholi\w*|heavy drink\w*|"
    r"drinks? (?:heavily|daily|every day|a (?:litre|liter|bottle|pint)|\d+)|"
    r"(?:litres?|liters?|bottles?|pints?|cans?|units|glasses|shots) of (?:vodka|"
    r"whisky|whiskey|gin|rum|wine|beer|lager|cider|spirits|alcohol)|\betoh\b"
)
_STOPPED_DRINKING: Final = _rx(
    r"last (?:alcoholic )?drink|stopped drinking|cut down|not (?:had|drunk) (?:a drink|"
    r"any alcohol|alcohol)|no alcohol (?:for|since)|without (?:a drink|alcohol) "
    r"(?:for|since)|ran out of (?:alcohol|money for)|abstinen\w*"
)
_WITHDRAWAL_SIGN: Final = _rx(
    r"tremor\w*|tremulous|shak(?:y|es|ing)|sweat\w*|diaphore\w*|hallucinat\w*|"
    r"seeing (?:\w+ )?(?:insects|bugs|spiders|things)|formication|agitat\w*|"
    r"restless\w*|anxious|insomnia|withdrawal seizure"
)
_WITHDRAWAL_DELIRIUM: Final = _rx(
    r"disorient\w*|confus\w*|delirium|delirious|hallucinat\w*|seeing (?:\w+ )?"
    r"(?:insects|bugs|spiders|things)|picking at the air|not (?:orient|orientat)\w*|"
    r"(?:does not|doesn't|did not|didn't) know where (?:he|she|they) "
    r"(?:is|are|was|were)|"
    r"talking to (?:people|someone|things) (?:who|that) (?:is|are) not there"
)
WITHDRAWAL_HR: Final = 100.0


def alcohol_withdrawal_present(view: StageView) -> bool:
    """Alcohol withdrawal by DSM-5 (ASAM 2020 guideline).

    Heavy, prolonged use stopped or reduced, then at least two of autonomic
    hyperactivity, tremor, insomnia, nausea or vomiting, hallucinations, agitation,
    anxiety or seizures.
    """
    texts = visible_texts(view)
    if not (asserted(_ALCOHOL_USE, texts) and asserted(_STOPPED_DRINKING, texts)):
        return False
    hr = view.vitals.heart_rate
    signs = sum(1 for t in texts for _ in _WITHDRAWAL_SIGN.finditer(t)) + int(
        hr is not None and hr > WITHDRAWAL_HR
    )
    return signs >= 2 and asserted(_WITHDRAWAL_SIGN, texts)


def alcohol_withdrawal(view: StageView, pop: Population) -> list[ToxRequired]:
    """ASAM 2020: benzodiazepines first, thiamine before glucose.

    Withdrawal delirium is managed in a monitored (HDU/ICU) bed with a search for
    infection, head injury and electrolyte loss (magnesium, potassium, phosphate).
    """
    if _child(pop) or not alcohol_withdrawal_present(view):
        return []
    src = "ASAM Clinical Practice Guideline on Alcohol Withdrawal Management 2020"
    out = [
        _req(
            "medication",
            "benzodiazepine now: diazepam 10-20 mg IV (or lorazepam 2-4 mg IV in liver "
            "failure or the elderly), repeated every 5-15 min and titrated by CIWA-Ar "
            "until calm but rousable",
            "alcohol withdrawal: benzodiazepines prevent seizures and delirium "
            f"({src})",
            r"diazepam|lorazepam|chlordiazepoxide|benzodiazepine",
        ),
        _req(
            "medication",
            "thiamine 500 mg IV before any glucose, three times daily",
            f"Wernicke encephalopathy prevention in alcohol dependence ({src}; "
            "NICE CG100)",
            r"thiamine|pabrinex",
        ),
        _req(
            "diagnostic",
            "electrolytes with magnesium, phosphate and glucose; liver tests",
            f"withdrawal losses and mimics ({src})",
            r"magnesium",
        ),
    ]
    if asserted(_WITHDRAWAL_DELIRIUM, visible_texts(view)):
        out.append(
            _req(
                "monitoring",
                "alcohol withdrawal delirium: high-dependency or ICU bed with "
                "continuous monitoring; look for infection, head injury and "
                "hypoglycaemia",
                f"delirium tremens carries a mortality of up to 5 % untreated ({src})",
                r"high-dependency|icu",
            )
        )
    return out


TOX_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[ToxRequired]], ...]
] = (
    salicylate,
    paracetamol_nomogram,
    calcium_channel_blocker,
    modified_release,
    sodium_channel_blocker,
    cholinergic,
    smoke_inhalation,
    adrenal_crisis,
    sepsis_by_results,
    hyperosmolar,
    urinary_retention,
    rhabdomyolysis,
    tumour_lysis,
    tumour_lysis_suspected,
    svc_syndrome,
    capacity,
    drowning,
    alcohol_withdrawal,
)
"""Every pathway of this module, run by ``agents.pathways.required_orders``."""


# --- gates ---

_FOMEPIZOLE: Final = _rx(r"fomepizole")
_REVERSAL_HARMFUL_IN_TCA: Final = _rx(r"flumazenil|physostigmine")
_TRICYCLIC: Final = _rx(
    r"tricyclics?|tca|amitriptyline|nortriptyline|imipramine|doxepin|desipramine|"
    r"clomipramine|dosulepin|dothiepin|lofepramine|trimipramine"
)
"""Tricyclic antidepressants by class and name (TOXBASE tricyclics)."""
_TOXIC_ALCOHOL: Final = _rx(
    r"methanol|ethylene glycol|antifreeze|anti-freeze|windscreen washer|windshield "
    r"washer|moonshine|toxic alcohol|osmo\w* gap"
)
_DKA_INSULIN: Final = _rx(r"insulin infusion 0\.1 u/kg")
_STIMULANT = (
    r"(?:cocaine|crack|(?:meth)?amphetamines?|methamphetamine|mdma|ecstasy|"
    r"mephedrone|bath salts)"
)
RECENT_STIMULANT: Final = _rx(
    rf"{_STIMULANT}\b[^.;]{{0,60}}\b(?:ago|tonight|today|last night|this (?:morning|"
    r"afternoon|evening))\b|(?:after|since|while) (?:using|snorting|smoking|injecting|"
    rf"taking) (?:\w+ ){{0,2}}{_STIMULANT}|(?:intoxicated|high) (?:on|with|from) "
    rf"(?:\w+ )?{_STIMULANT}|{_STIMULANT}[- ](?:intoxication|toxicity|induced|"
    rf"associated|binge)|positive for {_STIMULANT}"
)
"""Cocaine or another stimulant used within hours (tox28): its acute intoxication."""
_PURE_BETA_BLOCKER: Final = _rx(
    r"metoprolol|esmolol|propranolol|atenolol|bisoprolol|nadolol|beta-?blockers?"
)
"""Beta-blockers without alpha blockade (labetalol and carvedilol are not named)."""
_SPO2_TARGET_OXYGEN: Final = _rx(r"supplemental oxygen to spo2")


_BY_THE_LINE: Final = _rx(
    r"(?:n-?)?acetylcysteine\b[^;]*\b(?:treatment line|nomogram)|"
    r"\bnac\b[^;]*\b(?:treatment line|nomogram)"
)
_TIMED_LEVEL: Final = _rx(
    r"4[- ]?(?:h|hr|hour)s?\b[^;]{0,20}(?:acetaminophen|paracetamol|apap)|"
    r"(?:acetaminophen|paracetamol|apap) level at 4 ?h"
)


def _nomogram_order(order: Order, texts: Sequence[str]) -> tuple[OrderGate, str] | None:
    """A nomogram-timed order when the nomogram cannot guide this ingestion.

    After a staggered, late or unknown-time paracetamol ingestion, or with a raised
    ALT, acetylcysteine starts now whatever the level (Chiew AL et al. Med J Aust
    2020; UK CHM 2012; Dart RC et al. JAMA Netw Open 2023): "N-acetylcysteine if above
    the treatment line" and a "4-hour level" would withhold or delay it.
    """
    timed = (order.kind == "medication" and _BY_THE_LINE.search(order.name)) or (
        order.kind == "diagnostic" and _TIMED_LEVEL.search(order.name)
    )
    if not timed or (when := paracetamol_nomogram_void(texts)) is None:
        return None
    return "time_window", (
        f"paracetamol ingestion {when}: the Rumack-Matthew nomogram reads only a level "
        "4-24 h after one acute ingestion; acetylcysteine now, whatever the level "
        "(Chiew AL et al. Med J Aust 2020; UK CHM 2012)"
    )


def _tca_or_wide_qrs(texts: Sequence[str]) -> bool:
    """A tricyclic named as taken, or a QRS over 100 ms after an ingestion."""
    if asserted(_TRICYCLIC, tuple(texts)):
        return True
    qrs = _highest("qrs", texts)
    return qrs is not None and qrs > QRS_BICARBONATE_MS and asserted(_INGESTED, texts)


def gate(order: Order, texts: Sequence[str]) -> tuple[OrderGate, str] | None:
    """Orders that a poisoning or metabolic state read here forbids.

    - fomepizole when a toxic salicylate level explains the acidosis and no toxic
      alcohol or osmolar gap is documented (AACT 2002: fomepizole for a suspected
      toxic alcohol; Chyka 2007);
    - oxygen titrated to an SpO2 target after smoke or carbon monoxide (the
      oximeter reads carboxyhaemoglobin as oxygenated; 100 % oxygen is ordered);
    - acetylcysteine conditional on the treatment line, and a 4-hour level, after a
      staggered, late or unknown-time paracetamol ingestion (``_nomogram_order``);
    - flumazenil or physostigmine after a tricyclic or with a QRS over 100 ms
      (Pentel & Peterson 1980: asystole after physostigmine; flumazenil's seizures);
    - a beta-blocker without alpha blockade during acute cocaine or stimulant
      intoxication (Amsterdam EA et al. 2014 AHA/ACC NSTE-ACS 7.2, class III harm);
    - the fixed-rate DKA insulin infusion when a measured pH >= 7.30 and bicarbonate
      >= 18 mmol/L exclude ketoacidosis (ADA 2024; JBDS 2022: in HHS fluids come
      first and insulin at 0.05 U/kg/h).
    """
    if (
        order.kind == "procedure"
        and _SPO2_TARGET_OXYGEN.search(order.name)
        and _smoke_or_co(tuple(texts))
    ):
        return "contraindication", (
            "smoke or carbon monoxide: the pulse oximeter over-reads, so oxygen "
            "is not titrated to SpO2; 100% oxygen instead (Weaver LK. NEJM 2009)"
        )
    if (nomogram := _nomogram_order(order, texts)) is not None:
        return nomogram
    if order.kind != "medication":
        return None
    if _REVERSAL_HARMFUL_IN_TCA.search(order.name) and _tca_or_wide_qrs(texts):
        return "contraindication", (
            "tricyclic ingestion or a QRS over 100 ms: flumazenil unmasks seizures and "
            "physostigmine has caused asystole; sodium bicarbonate and benzodiazepines "
            "instead (Pentel P, Peterson CD. Ann Emerg Med 1980;9:588; TOXBASE "
            "tricyclics; Penninga EI et al. 2016)"
        )
    if _FOMEPIZOLE.search(order.name):
        level = _highest("salicylate", texts)
        if (
            level is not None
            and level >= SALICYLATE_TOXIC_MG_DL
            and not asserted(_TOXIC_ALCOHOL, tuple(texts))
        ):
            return "contraindication", (
                f"salicylate {level:.0f} mg/dL explains the anion-gap acidosis and no "
                "toxic alcohol or osmolar gap is documented: treat the salicylate "
                "(AACT 2002; Chyka PA et al. AAPCC 2007)"
            )
    if _PURE_BETA_BLOCKER.search(order.name) and asserted(RECENT_STIMULANT, texts):
        return "contraindication", (
            "acute cocaine or stimulant intoxication: no beta-blocker (unopposed "
            "alpha stimulation, coronary vasospasm); benzodiazepine, nitrate, "
            "calcium-channel blocker (Amsterdam EA et al. AHA/ACC NSTE-ACS 2014 7.2, "
            "class III harm; McCord J et al. Circulation 2008)"
        )
    if _DKA_INSULIN.search(order.name) and not_acidotic(texts):
        return "contraindication", (
            "bicarbonate >= 18 mmol/L and no pH below 7.30: not ketoacidosis (ADA "
            "2024); in a hyperosmolar state fluids come first, insulin 0.05 U/kg/h "
            "once glucose stops falling (JBDS 2022)"
        )
    return None
