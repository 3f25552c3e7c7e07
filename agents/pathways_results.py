"""Critical laboratory results treated in their own right, whatever the diagnosis.

A measured value beyond its critical limit needs treatment and monitoring even when
the differential names no disease that explains it (a potassium of 1.9 mmol/L in
"weakness" is treated as severe hypokalaemia, not as weakness):

- severe hypokalaemia: K < 2.5 mmol/L, or < 3.0 with ECG changes, an arrhythmia or
  muscle weakness: IV potassium at a limited rate under cardiac monitoring, never as a
  bolus, and magnesium (Kardalas E et al. Endocr Connect 2018;7:R135; Tintinalli 9th
  ed. ch. 17); a K < 3.0 that cannot be replaced by mouth (oral intake not kept down)
  is replaced IV too;
- severe hypomagnesaemia: Mg < 0.5 mmol/L, or < 0.7 with an arrhythmia or
  hypokalaemia: IV magnesium sulfate (Pham PC et al. Clin J Am Soc Nephrol
  2014;9:1; Tintinalli ch. 17);
- severe hyperkalaemia: K >= 6.5 mmol/L: cardiac monitoring, calcium when the ECG
  shows changes, insulin with glucose (UK Kidney Association 2020 hyperkalaemia
  guideline);
- a haemolysed potassium above the range: pseudohyperkalaemia until an urgent repeat
  on a non-haemolysed sample and an ECG say otherwise; it starts no calcium or
  insulin unless the ECG shows hyperkalaemic changes (UK Kidney Association 2020);
- a markedly raised anion gap (>= 20 mmol/L): a high-anion-gap metabolic acidosis
  until explained: blood gas, lactate, glucose and ketones, urea and creatinine,
  osmolality and salicylate (Gabow PA et al. N Engl J Med 1980;303:854; Kraut JA,
  Madias NE. Clin J Am Soc Nephrol 2007;2:162);
- a supratherapeutic INR on a vitamin K antagonist without bleeding: hold the drug,
  oral vitamin K only above INR 10, no PCC or plasma (Holbrook A et al. CHEST 2012;
  141:e152S; Tomaselli GF et al. ACC 2020 ECDP, JACC 2020;76:594).

Bleeding on an anticoagulant is ``agents.pathways.bleeding_on_anticoagulant``.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents import reversal
from agents._text import (
    any_kept,
    any_text,
    asserted,
    current,
    each_kept,
    each_text,
    lab_results,
    per_text,
    visible_texts,
)
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.admission_criteria import ORAL_FAILURE
from agents.offline.rules.results import (
    BILIRUBIN_HIGH_MG_DL,
    FREE_T4_HIGH_PMOL_L,
    TSH_SUPPRESSED_MU_L,
    haemolysed_potassium,
    spurious_potassium,
)
from agents.offline.stage_facts import current_findings
from agents.pathway_orders import Required
from agents.pathway_orders import child as _child
from agents.pathway_orders import required as _req
from agents.pathways_acute import BLOOD_LOSS
from agents.pathways_medical import long_qtc, torsades_risk
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["RESULT_PATHWAYS", "ResultRequired", "highest", "lowest"]

ResultRequired = Required
"""``agents.pathway_orders.Required``, under this module's public name."""

_rx = word_start

POTASSIUM_SEVERE_LOW: Final = 2.5
POTASSIUM_LOW_WITH_SIGNS: Final = 3.0
"""Severe hypokalaemia: < 2.5 mmol/L, or < 3.0 with ECG changes, an arrhythmia or
muscle weakness (Kardalas 2018)."""
POTASSIUM_LOW: Final = 3.5
"""peds29b: hypokalaemia below 3.5 mmol/L; 3.0-3.4 with oral intake not kept down
(vomiting: losses go on) is replaced in the IV fluid (Kardalas 2018; RCOG green-top 69,
2016: 0.9 % saline with potassium chloride in hyperemesis, guided by electrolytes)."""
POTASSIUM_SEVERE_HIGH: Final = 6.5
"""Severe hyperkalaemia: >= 6.5 mmol/L (UK Kidney Association 2020)."""
MAGNESIUM_SEVERE_LOW: Final = 0.5
MAGNESIUM_LOW: Final = 0.7
"""Hypomagnesaemia: < 0.7 mmol/L; severe below 0.5 (Pham 2014)."""
INR_HOLD: Final = 4.5
INR_VITAMIN_K: Final = 8.0
"""INR 4.5-8 without bleeding: hold warfarin, no routine vitamin K; above 8: oral
vitamin K 1-5 mg as well (Keeling D et al. BSH guidelines on oral anticoagulation
with warfarin, 4th ed. Br J Haematol 2011;154:311; CHEST 2012, Holbrook A et al.,
gives it above 10). medgi53: an INR of 9.2 without bleeding got 'no routine vitamin
K', against the BSH's oral 1-5 mg above 8 (the INR is back in range sooner)."""
INR_ABOVE_RANGE: Final = 3.5
"""Above the highest usual warfarin target (2.5-3.5 for a mechanical mitral valve,
ACC/AHA 2020 VHD): a bleed with an INR above it is a bleed from over-anticoagulation."""

_ECG_OR_WEAKNESS: Final = _rx(
    r"u[- ]waves?|flat(?:tened)? t[- ]waves?|t[- ]wave flattening|st depression|"
    r"ventricular (?:ectop\w*|tachycardia|arrhythmi\w*|fibrillation)|"
    r"ectopics?|pvcs?\b|premature ventricular|torsade\w*|long qt|qtc? prolong\w*|"
    r"paralys\w*|paralyt\w*|(?:muscle|limb|leg|arm|generali[sz]ed) weakness|"
    r"power [0-3]/5|rhabdomyolys\w*|digoxin"
)
_ARRHYTHMIA: Final = _rx(
    r"ventricular (?:ectop\w*|tachycardia|arrhythmi\w*|fibrillation)|ectopics?|"
    r"pvcs?\b|premature ventricular|torsade\w*|long qt|qtc? prolong\w*|"
    r"atrial fibrillation|arrhythmi\w*"
)
_HYPERKALAEMIA_ECG: Final = _rx(
    r"peaked t[- ]waves?|tall(?: tented)? t[- ]waves?|tented t[- ]waves?|"
    r"wide(?:ned)? qrs|qrs (?:widening|wide)|sine[- ]wave|loss of (?:the )?p[- ]waves?|"
    r"absent p[- ]waves?|bradycardi\w*|heart block|junctional"
)
_BLEEDING: Final = _rx(
    r"bleed\w*|blood loss|h(?:a)?emorrhag\w*|melaena|melena|h(?:a)?ematemesis|"
    r"h(?:a)?ematochezia|h(?:a)?ematuria|epistaxis|nose ?bleed\w*|nosebleed\w*|"
    r"h(?:a)?emoptysis|bruis\w*|"
    r"h(?:a)?ematoma|"
    # the patient's own words for a GI bleed (NICE CG141: haematemesis, melaena)
    r"vomit\w* (?:\w+ ){0,3}blood|coffee[- ]grounds?|black,? tarry|tarry (?:black )?"
    r"stools?|blood (?:in|per) (?:the )?(?:stools?|rectum)|passing blood|"
    r"cough\w* (?:up )?(?:\w+ ){0,2}blood"
)


def _values(view: StageView, analyte: str) -> list[float]:
    found = each_text(lab_results, analyte, visible_texts(view))
    return [r.value for results in found for r in results if not r.below]


def lowest(view: StageView, analyte: str) -> float | None:
    """The lowest measured value of ``analyte`` in the visible texts, if any."""
    return min(_values(view, analyte), default=None)


def highest(view: StageView, analyte: str) -> float | None:
    """The highest measured value of ``analyte`` in the visible texts, if any."""
    return max(_values(view, analyte), default=None)


_MONITOR_SATISFIED: Final = r"(?<!with )cardiac monitor\w*|continuous (?:ecg|cardiac)"
"""mend33: a monitoring order; "IV with cardiac monitoring if ..." inside a generic
replacement order is a condition, not the order."""
_IV_POTASSIUM: Final = (
    r"(?:iv|intravenous) potassium|(?:potassium chloride|\bkcl\b)[^;]{0,30}?"
    r"\b(?:iv|intravenous\w*|infusion)\b"
)
"""mend33: an order that gives the IV potassium itself. A protocol's generic
"potassium replacement (oral if ...; IV if ...)" names no route, dose or rate, so the
severe case keeps the explicit IV potassium chloride order with its rate limit
(Kardalas E et al. Endocr Connect 2018;7:R135; UK Renal Association / NHS severe
hypokalaemia guidance: IV KCl, <= 10 mmol/h peripherally, <= 20 mmol/h monitored)."""


def _said_in(pattern: re.Pattern[str], text: str) -> bool:
    """A plain search of one text (a recorded ask: ``any_text``)."""
    return pattern.search(text) is not None


def hypokalaemia(view: StageView, pop: Population) -> list[ResultRequired]:
    """Severe hypokalaemia: IV potassium at a limited rate, monitored, never a bolus."""
    k = lowest(view, "potassium")
    if k is None or k >= POTASSIUM_LOW:
        return []
    texts = visible_texts(view)
    no_oral = any_text(_said_in, ORAL_FAILURE, texts)
    src = "Kardalas E et al. Endocr Connect 2018; Tintinalli 9th ed. ch. 17"
    if k >= POTASSIUM_LOW_WITH_SIGNS:
        return _replace_in_fluid(k, src) if no_oral else []
    # cardio45: a QTc of 500 ms or more, or torsades (its polymorphic VT, its twisting
    # QRS), is the arrhythmia risk that makes a moderate deficit an IV one (Drew BJ et
    # al. AHA 2010 QT statement: potassium to 4.5-5.0 in torsades; Panchal AR et al.
    # AHA 2020 ACLS; UK Renal Association 2020: IV potassium below 3.0 with arrhythmia)
    arrhythmic = torsades_risk(view) or long_qtc(view)
    if k >= POTASSIUM_SEVERE_LOW and not (
        asserted(_ECG_OR_WEAKNESS, texts) or no_oral or arrhythmic
    ):
        return _replace_by_mouth(k, src)
    if _thyrotoxic_paralysis(view, texts):
        return _periodic_paralysis(k)
    rate = (
        "0.25-0.5 mmol/kg/h (max 10 mmol/h peripherally)"
        if _child(pop)
        else "10 mmol/h peripherally (up to 20 mmol/h only with cardiac monitoring, "
        "higher only by a central line)"
    )
    return [
        _req(
            "monitoring",
            "continuous cardiac monitoring while potassium is replaced",
            f"severe hypokalaemia (K {k:g} mmol/L): arrhythmia risk ({src})",
            _MONITOR_SATISFIED,
        ),
        _req(
            "medication",
            f"potassium chloride IV infusion at {rate}, never as a bolus; recheck "
            "potassium in 2-4 h",
            f"measured potassium {k:g} mmol/L ({src})",
            _IV_POTASSIUM,
        ),
        _req(
            "diagnostic",
            "serum magnesium, and replace it if low",
            f"hypokalaemia does not correct while magnesium is low ({src})",
            r"magnesium",
        ),
    ]


_THYROTOXIC: Final = _rx(
    r"thyrotox\w*|hyperthyroid\w*|graves'?(?: disease)?|overactive thyroid|"
    r"toxic (?:multinodular )?goit\w*|tsh (?:is |was )?(?:suppressed|undetectable)|"
    r"suppressed tsh"
)
_PARALYSIS: Final = _rx(
    r"paralys\w*|paralyt\w*|(?:muscle|limb|leg|arm|proximal|generali[sz]ed|flaccid)"
    r" weakness|weakness of (?:both|his|her|the) (?:legs|arms|limbs)|"
    r"unable to (?:stand|walk|lift|move)"
)


def _thyrotoxic_paralysis(view: StageView, texts: Sequence[str]) -> bool:
    """Hypokalaemic weakness with thyrotoxicosis: thyrotoxic periodic paralysis.

    Thyrotoxicosis by its results (TSH < 0.1 mU/L or a raised free T4: ATA 2016) or
    named (Graves', hyperthyroid, thyrotoxic); weakness or paralysis documented (Lin SH.
    Mayo Clin Proc 2005;80:99).
    """
    tsh, ft4 = lowest(view, "tsh"), highest(view, "free_t4")
    thyroid = (
        (tsh is not None and tsh < TSH_SUPPRESSED_MU_L)
        or (ft4 is not None and ft4 >= FREE_T4_HIGH_PMOL_L)
        or asserted(_THYROTOXIC, texts)
    )
    return thyroid and asserted(_PARALYSIS, texts)


def _periodic_paralysis(k: float) -> list[ResultRequired]:
    """Thyrotoxic periodic paralysis: a potassium shift into the cells, not a deficit.

    A non-selective beta-blocker reverses the shift (propranolol 3 mg/kg by mouth:
    Lin SH et al. Am J Kidney Dis 2004;43:e19 and Mayo Clin Proc 2005;80:99); potassium
    is given cautiously, as rebound hyperkalaemia follows in 40-59 % and above about
    90 mmol (Lin 2004; Manoukian MA et al. Arch Intern Med 1999;159:601); no glucose
    infusion (insulin drives potassium in); thyroid function and the thyrotoxicosis
    treated (Ross DS et al. ATA 2016 hyperthyroidism guideline).
    """
    src = "Lin SH et al. Am J Kidney Dis 2004; Ross DS et al. ATA 2016"
    why = f"thyrotoxic periodic paralysis, K {k:g} mmol/L ({src})"
    return [
        _req(
            "medication",
            "propranolol 3 mg/kg by mouth once (or 1 mg IV every 10 min, up to 3 mg): "
            "a non-selective beta-blocker reverses the shift of potassium into cells",
            why,
            r"propranolol",
        ),
        _req(
            "medication",
            "potassium chloride IV cautiously, no faster than 10 mmol/h and no more "
            "than 50 mmol in all, stopped once strength returns or potassium reaches "
            "3.5; no glucose-containing fluids (rebound hyperkalaemia)",
            why,
            r"cautious\w* potassium|potassium chloride iv cautious",
        ),
        _req(
            "monitoring",
            "continuous cardiac monitoring; potassium every 1-2 h until it is normal "
            "and twice more after (rebound hyperkalaemia as the shift reverses)",
            why,
            r"potassium every 1-2 h|hourly potassium",
        ),
        _req(
            "diagnostic",
            "TSH, free T4 and T3, magnesium and phosphate; endocrinology for the "
            "thyrotoxicosis (a beta-blocker until euthyroid prevents attacks)",
            why,
            r"free t3|\bt3\b",
        ),
    ]


def _replace_by_mouth(k: float, src: str) -> list[ResultRequired]:
    """Moderate hypokalaemia (2.5-2.9) without ECG change or weakness: oral potassium.

    Kardalas 2018: oral replacement for a moderate deficit without ECG changes
    (potassium chloride 40-100 mmol a day in divided doses), the cause treated, the
    potassium and magnesium rechecked; intensive care is for the severe or
    symptomatic deficit.
    """
    return [
        _req(
            "medication",
            "potassium chloride 40 mmol by mouth now, then 20-40 mmol two or three "
            "times a day; recheck potassium and magnesium before discharge or within "
            "24-72 h; treat the cause of the loss",
            f"measured potassium {k:g} mmol/L without ECG change or weakness ({src})",
            r"potassium chloride|\bkcl\b|iv potassium|potassium replacement",
        )
    ]


def _replace_in_fluid(k: float, src: str) -> list[ResultRequired]:
    """Mild hypokalaemia that oral intake cannot replace: KCl in the IV fluid."""
    return [
        _req(
            "medication",
            "potassium chloride 20 mmol in each litre of IV 0.9 % saline (no faster "
            "than 10 mmol/h peripherally); recheck potassium and magnesium",
            f"measured potassium {k:g} mmol/L with oral intake not kept down "
            f"({src}; RCOG green-top 69, 2016)",
            r"potassium chloride|\bkcl\b|iv potassium|potassium replacement",
        )
    ]


def hypomagnesaemia(view: StageView, _pop: Population) -> list[ResultRequired]:
    """Severe or symptomatic hypomagnesaemia: IV magnesium sulfate."""
    mg = lowest(view, "magnesium")
    if mg is None or mg >= MAGNESIUM_LOW:
        return []
    texts = visible_texts(view)
    k = lowest(view, "potassium")
    arrhythmia = asserted(_ARRHYTHMIA, texts)
    if mg >= MAGNESIUM_SEVERE_LOW and not (arrhythmia or (k is not None and k < 3.5)):
        return []
    name = (
        "magnesium sulfate 2 g (8 mmol) IV over 15 min, then an infusion; recheck"
        if arrhythmia
        else "magnesium sulfate 4-8 g (16-32 mmol) IV over 12-24 h; recheck"
    )
    return [
        _req(
            "medication",
            name,
            f"measured magnesium {mg:g} mmol/L (Pham PC et al. Clin J Am Soc Nephrol "
            "2014; Tintinalli 9th ed. ch. 17)",
            r"magnesium sulfate|magnesium sulphate|iv magnesium",
        )
    ]


def hyperkalaemia(view: StageView, pop: Population) -> list[ResultRequired]:
    """Severe hyperkalaemia: monitor, protect the heart, shift potassium."""
    k = highest(view, "potassium")
    texts = visible_texts(view)
    if any_kept(spurious_potassium, texts):
        return []  # medgi45: a repeat in range, untreated between (UKKA 2023)
    if (k is None or k < POTASSIUM_SEVERE_HIGH) and asserted(_HYPERKALAEMIA_ECG, texts):
        # a haemolysed value with the ECG changes of hyperkalaemia is treated
        k = max(
            (v for t in texts for v in per_text(haemolysed_potassium, t)), default=k
        )
    if k is None or k < POTASSIUM_SEVERE_HIGH:
        return []
    src = "UK Kidney Association 2020 hyperkalaemia guideline"
    out = [
        _req(
            "monitoring",
            "continuous cardiac monitoring and a 12-lead ECG",
            f"severe hyperkalaemia (K {k:g} mmol/L) ({src})",
            _MONITOR_SATISFIED,
        ),
        _req(
            "medication",
            "insulin 0.1 units/kg IV with glucose 0.5 g/kg, glucose checks hourly"
            if _child(pop)
            else "insulin 10 units IV with glucose 25 g IV, then glucose checks hourly "
            "for 6 h",
            f"shift potassium: K {k:g} mmol/L ({src})",
            r"insulin",
        ),
    ]
    if asserted(_HYPERKALAEMIA_ECG, texts):
        out.insert(
            1,
            _req(
                "medication",
                "calcium gluconate 10% 0.5 mL/kg IV (max 20 mL) over 10 min"
                if _child(pop)
                else "calcium gluconate 10% 30 mL IV over 10 min, repeat until the "
                "ECG changes resolve",
                f"ECG changes of hyperkalaemia ({src})",
                r"calcium (?:gluconate|chloride)",
            ),
        )
    return out


POTASSIUM_ABOVE_RANGE: Final = 5.5
"""Hyperkalaemia: > 5.5 mmol/L (UK Kidney Association 2020)."""


def haemolysed_potassium_repeat(
    view: StageView, _pop: Population
) -> list[ResultRequired]:
    """A haemolysed potassium above the range: repeat it on a non-haemolysed sample.

    UK Kidney Association 2020: haemolysis is the commonest cause of a spurious high
    potassium; repeat urgently (a blood gas gives a quick value) with an ECG, and
    treat only a confirmed value or hyperkalaemic ECG changes.
    """
    texts = visible_texts(view)
    values = [v for found in each_kept(haemolysed_potassium, texts) for v in found]
    k = max(values, default=None)
    if k is None or k <= POTASSIUM_ABOVE_RANGE:
        return []
    src = "UK Kidney Association 2020 hyperkalaemia guideline"
    return [
        _req(
            "diagnostic",
            "urgent repeat potassium on a non-haemolysed venous sample (a blood gas"
            " potassium meanwhile) and a 12-lead ECG",
            f"haemolysed sample (K {k:g} mmol/L): pseudohyperkalaemia until"
            f" repeated ({src})",
            r"repeat\w* (?:serum |venous )?(?:potassium|k\b|u&e|electrolytes|bmp)"
            r"|non-?ha?emoly",
        )
    ]


def supratherapeutic_inr(view: StageView, _pop: Population) -> list[ResultRequired]:
    """A high INR on a vitamin K antagonist: hold, vitamin K by INR and bleeding.

    Without bleeding, CHEST 2012 by INR. With a bleed that is not major (major
    bleeding is ``agents.pathways.bleeding_on_anticoagulant``'s reversal), an INR
    above the target range still needs managing: hold warfarin, low-dose vitamin K,
    recheck the INR and treat the bleed's site (ACC 2020 ECDP non-major bleeding:
    local measures, hold the drug; NICE CKS epistaxis: check the INR on warfarin).
    """
    inr = highest(view, "inr")
    if inr is None or inr <= INR_ABOVE_RANGE:
        return []
    texts = visible_texts(view)
    vka = reversal.agent("vka")
    if vka not in reversal.documented(texts):
        return []
    if asserted(_BLEEDING, texts):
        src = "ACC 2020 ECDP (Tomaselli GF et al. JACC 2020;76:594); CHEST 2012"
        return [
            _req(
                "medication",
                "hold warfarin; vitamin K 1-2.5 mg orally (IV if bleeding persists); "
                "recheck INR in 24 h; PCC only if the bleed becomes major",
                f"bleeding with INR {inr:g} above the target range on a vitamin K "
                f"antagonist ({src})",
                r"hold (?:the )?(?:warfarin|anticoag)|withhold warfarin|vitamin k|"
                r"revers|pcc\b",
            )
        ]
    if inr < INR_HOLD:
        return []
    src = (
        "Keeling D et al. BSH 2011, Br J Haematol 2011;154:311; Holbrook A et al. "
        "CHEST 2012;141:e152S; ACC 2020 ECDP"
    )
    vitamin_k = inr > INR_VITAMIN_K
    name = (
        "hold warfarin; vitamin K 1-5 mg orally; recheck INR in 24 h (a further dose "
        "if still above 8); no PCC or plasma without bleeding"
        if vitamin_k
        else "hold warfarin for 1-2 doses, no routine vitamin K; recheck INR in "
        "24-48 h; no PCC or plasma without bleeding"
    )
    return [
        _req(
            "medication",
            name,
            f"INR {inr:g} on a vitamin K antagonist without bleeding ({src})",
            r"hold warfarin|withhold warfarin|vitamin k",
        )
    ]


ANION_GAP_MARKED: Final = 20.0
"""mmol/L from which an anion gap means an organic acidosis in most patients: an
identifiable one in two-thirds at 20-29 and in all above 29 (Gabow PA et al. N Engl J
Med 1980;303:854)."""


def high_anion_gap_acidosis(view: StageView, _pop: Population) -> list[ResultRequired]:
    """A markedly raised anion gap: look for the acid, whatever the diagnosis.

    Kraut JA, Madias NE. Clin J Am Soc Nephrol 2007;2:162 and Tintinalli 9th ed.
    ch. 15: lactate, ketones (diabetic, alcoholic, starvation), uraemia and toxins
    (salicylate, methanol, ethylene glycol; the osmolar gap) are each measured, since
    a gap of 20 or more is an organic acidosis in most patients (Gabow 1980).
    """
    gap = highest(view, "anion_gap")
    if gap is None or gap < ANION_GAP_MARKED:
        return []
    src = "Gabow PA et al. NEJM 1980; Kraut JA, Madias NE. CJASN 2007"
    return [
        _req(
            "diagnostic",
            "venous blood gas (pH, pCO2), lactate, glucose and blood ketones "
            "(beta-hydroxybutyrate), urea and creatinine, serum osmolality (osmolar "
            "gap), salicylate and paracetamol levels",
            f"anion gap {gap:g} mmol/L: a high-anion-gap metabolic acidosis until "
            f"the acid is found: lactate, ketones, uraemia or a toxin ({src})",
            r"beta-?hydroxybutyrate|blood ketones|serum osmolality",
        )
    ]


TG18_WBC_LOW: Final = 4.0
TG18_WBC_HIGH: Final = 10.0
TG18_FEVER_C: Final = 38.0
"""Tokyo Guidelines 2018 criterion A, systemic inflammation: fever > 38 C or a white
count < 4 or > 10 x 10^9/L (Kiriyama S et al. J Hepatobiliary Pancreat Sci
2018;25:17)."""
TG18_SUSPECTED: Final = "TG18 suspected acute cholangitis"
"""The reason's words naming the suspicion (``agents.pathway_dx`` acts on them)."""
TG18_II_WBC_HIGH: Final = 12.0
TG18_II_FEVER_C: Final = 39.0
TG18_II_AGE: Final = 75
TG18_II_BILIRUBIN_MG_DL: Final = 5.0
TG18_II_FACTORS: Final = 2
"""TG18 grade II (moderate) acute cholangitis: two of a white count > 12 or < 4 x
10^9/L, a temperature >= 39 C, age >= 75 years, a total bilirubin >= 5 mg/dL and an
albumin < 0.7 x the lower limit (not read here) (Kiriyama S et al. J Hepatobiliary
Pancreat Sci 2018;25:17); early biliary drainage (Miura F et al. TG18 flowchart,
J Hepatobiliary Pancreat Sci 2018;25:31)."""


def _ducts_undilated(view: StageView) -> bool:
    """Whether the visible texts state the bile ducts not dilated (TG18's C unmet)."""
    kb = load_knowledge()  # cached by the loader
    found = [
        f.status
        for t in visible_texts(view)
        for f in current_findings(t, kb)
        if f.concept == "biliary_dilatation"
    ]
    return "absent" in found and "present" not in found


def tg18_grade_ii_factors(view: StageView, pop: Population, bili: float) -> list[str]:
    """The TG18 grade II factors the view states (albumin is not read)."""
    high, low = highest(view, "wbc"), lowest(view, "wbc")
    temp = view.vitals.temperature_c
    factors = []
    if (high is not None and high > TG18_II_WBC_HIGH) or (
        low is not None and low < TG18_WBC_LOW
    ):
        factors.append("white count")
    if temp is not None and temp >= TG18_II_FEVER_C:
        factors.append(f"temperature {temp:g}")
    if pop.age_years is not None and pop.age_years >= TG18_II_AGE:
        factors.append(f"age {pop.age_years:g}")
    if bili >= TG18_II_BILIRUBIN_MG_DL:
        factors.append(f"bilirubin {bili:.1f} mg/dL")
    return factors


def raised_bilirubin(view: StageView, pop: Population) -> list[ResultRequired]:
    """An adult's total bilirubin >= 2 mg/dL: liver tests; with inflammation, TG18.

    Kwo PY et al. ACG clinical guideline: evaluation of abnormal liver chemistries. Am
    J Gastroenterol 2017;112:18: a raised bilirubin is fractionated, with the liver
    enzymes and tests of synthetic function, and a conjugated one is imaged. TG18
    (Kiriyama 2018): criterion A (fever, or a white count outside 4-10) with B-1 (a
    total bilirubin >= 2 mg/dL) is a suspected acute cholangitis: blood cultures and
    an abdominal ultrasound for biliary dilatation (Miura F et al. TG18 flowchart).
    """
    bili = highest(view, "bilirubin")
    if bili is None or bili < BILIRUBIN_HIGH_MG_DL:
        return []
    if pop.age_years is not None and pop.age_years < 18:
        return []
    src = "Kwo PY et al. ACG 2017 abnormal liver chemistries"
    out = [
        _req(
            "diagnostic",
            "fractionated (direct) bilirubin, ALT, AST, alkaline phosphatase, GGT, "
            "INR, albumin, lipase and a blood count",
            f"total bilirubin {bili:.1f} mg/dL: cholestatic or hepatocellular, and "
            f"the liver's synthetic function ({src})",
            r"fractionated|direct bilirubin|conjugated bilirubin",
        )
    ]
    high, low = highest(view, "wbc"), lowest(view, "wbc")
    temp = view.vitals.temperature_c
    inflamed = (
        (high is not None and high > TG18_WBC_HIGH)
        or (low is not None and low < TG18_WBC_LOW)
        or (temp is not None and temp > TG18_FEVER_C)
    )
    if inflamed:
        out.append(
            _req(
                "diagnostic",
                "blood cultures x2 and a right upper quadrant ultrasound (biliary "
                "dilatation, stones)",
                f"{TG18_SUSPECTED}: systemic inflammation with a total bilirubin "
                f"of {bili:.1f} mg/dL (Kiriyama S et al. TG18 2018)",
                r"right upper quadrant ultrasound|ruq (?:ultrasound|us)",
            )
        )
        factors = tg18_grade_ii_factors(view, pop, bili)
        if len(factors) >= TG18_II_FACTORS and not _ducts_undilated(view):
            # infect44: the grade, not "if moderate"; not with ducts imaged undilated
            # (an alcoholic hepatitis's jaundice and white count: Crabb DW et al. 2019)
            out.append(
                _req(
                    "consult",
                    "TG18 grade II (moderate) if cholangitis is confirmed: early "
                    "biliary drainage (ERCP, or percutaneous) with the antibiotics; "
                    "gastroenterology",
                    f"{', '.join(factors)} (Kiriyama S et al. TG18 severity grading; "
                    f"Miura F et al. TG18 flowchart 2018)",
                    r"tg18 grade ii \(moderate\)|tg18 grade iii \(",
                )
            )
    return out


HB_TRANSFUSE_G_DL: Final = 7.0
"""The restrictive red-cell threshold, 70 g/L (NICE NG24 2015 blood transfusion 1.2.1;
Carson JL et al. AABB International Guidelines, JAMA 2023;330:1892: 7 g/dL for
hospitalised adults; Villanueva C et al. NEJM 2013;368:11: 7 g/dL in acute upper GI
bleeding)."""
TRANSFUSION_ADULT_YEARS: Final = 16
"""Adults: a child's red cells are dosed by weight (mL/kg), not by the unit."""


def transfusion_below_threshold(
    view: StageView, pop: Population
) -> list[ResultRequired]:
    """An adult bleeding now with a measured haemoglobin below 7 g/dL: red cells now.

    The knowledge base writes the threshold as a condition ("transfuse red cells if
    Hb < 7 g/dL"); once the note states a haemoglobin below it, the condition is met
    and the order is the transfusion itself, one unit then a recheck (NICE NG24 1.2.1
    and 1.2.2: single units in adults without active major haemorrhage, reassessed
    after each; the readers47 review: "Hb 6.2 g/dL" read, transfusion left "if").
    Only with bleeding of this visit (``pathways_acute.BLOOD_LOSS``): a chronic iron
    deficiency anaemia without bleeding is given iron first (BSG 2021 iron deficiency
    anaemia; NICE NG24 1.1.4).
    """
    hb = lowest(view, "hemoglobin")
    if hb is None or hb >= HB_TRANSFUSE_G_DL:
        return []
    if pop.age_within(years(TRANSFUSION_ADULT_YEARS), None) is not True:
        return []
    if not current(BLOOD_LOSS, visible_texts(view)):
        return []
    src = "NICE NG24 2015 1.2.1-1.2.2; Villanueva C et al. NEJM 2013;368:11"
    return [
        _req(
            "medication",
            "transfuse red cells now: one unit, then recheck the haemoglobin (target "
            "7-9 g/dL)",
            f"haemoglobin {hb:g} g/dL below the 7 g/dL threshold with bleeding ({src})",
            r"red cells now|transfus\w* (?:one|1|two|2) units?|"
            r"emergency-release|massive transfusion|uncrossmatched|o-negative",
        )
    ]


RESULT_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[ResultRequired]], ...]
] = (
    hyperkalaemia,
    haemolysed_potassium_repeat,
    hypokalaemia,
    hypomagnesaemia,
    supratherapeutic_inr,
    high_anion_gap_acidosis,
    raised_bilirubin,
    transfusion_below_threshold,
)
"""Every critical-result pathway, run by ``agents.pathways.required_orders``."""
