"""Typed test results read from visible text, mapped to findings by published cut-offs.

Research software, not for clinical use. Each analyte declares how it is written, its
canonical unit (with conversions) and bands that turn a value into finding concepts
the knowledge base weighs (``findings.yaml`` / ``diagnoses_*.yaml``). Bands and
windows, with their sources:

- sodium < 135 low, < 125 profound; 135-145 normal (Spasovski, Eur J Endocrinol 2014);
- potassium > 5.5 high, >= 6.5 severe; < 3.5 low (UK Renal Association 2020); a
  haemolysed sample's potassium of 3.5 or more is not read (pseudohyperkalaemia: UK
  Kidney Association 2020 hyperkalaemia guideline; a low one stays low, haemolysis
  only raises it): ``haemolysed_potassium`` gives it to the repeat-sample order;
- glucose < 70 mg/dL low, < 54 severe (ADA Standards 2024 s6); >= 70 not low (this
  excludes hypoglycaemia at the time of the sample); > 250 high (ADA DKA criterion,
  Kitabchi 2009); > 600 very high (HHS);
- haemoglobin < 7 g/dL severe (AABB 2023 threshold); low below the WHO 2011 threshold
  for age, sex and pregnancy (``anaemia.hb_threshold``: men 13, women 12, pregnancy
  11); a haematocrit against three times these (WHO 1968; 'Hct 0.31' is 31 %);
- WBC > 12 / < 4 x10^9/L (SIRS, Bone 1992); lactate >= 2 high, >= 4 severe (SSC 2021);
- platelets < 30 x10^9/L severe (PLASMIC, Bendapudi 2017; ISTH 2020 TTP), < 150 low;
- carboxyhaemoglobin >= 10 % raised, < 3 % normal (ACEP CO clinical policy 2017);
- troponin: hs (ng/L) below the limit of detection (< 5) is a single-sample rule-out
  only when chest pain began > 3 h earlier (ESC 2020 NSTE-ACS 0/1 h algorithm); < 14
  normal; >= 52 rule-in (hs-cTnT 0/1 h); conventional (ng/mL) >= 0.04 elevated;
  serial hs values ("0 h 38 ng/L, 1 h 71 ng/L", "rose from 38 to 71") whose change
  meets the ESC 2023 ACS 0/1 h or 0/2 h rule-in delta (hs-cTnT >= 6 ng/L in 1 h,
  >= 10 in 2-3 h; hs-cTnI or an unnamed assay >= 15 and >= 20, the largest of the
  listed assays' deltas) are a dynamic troponin (``troponin_dynamic``);
- D-dimer (ng/mL FEU) < 500, or < age x 10 above 50 years, negative (Righini, JAMA
  2014); it excludes PE only with a low pre-test probability (the rule layer);
- lipase >= 180 U/L (3 x ULN 60, Atlanta 2012); creatinine >= 1.5 mg/dL; INR >= 1.5;
- hCG < 5 mIU/mL negative, >= 5 positive; pH < 7.30; bicarbonate <= 18 low, >= 22
  normal (ADA 2009/2024: DKA needs bicarbonate < 18 or pH < 7.30); chloride < 98,
  bicarbonate > 28 or pH > 7.45 outside their reference intervals: together a
  hypochloraemic alkalosis (gastric acid loss, pyloric stenosis);
  anion gap > 12; an osmolar gap suggests a toxic alcohol by ``osmolar_gap`` (ethanol
  subtracted; > 25, or > 10 with a high-anion-gap acidosis ketosis does not explain);
- acetaminophen (mcg/mL) against the Rumack-Matthew treatment line (150 at 4 h,
  halving every 4 h to 24 h; Rumack 1975, Dart 2023): before 4 h not interpretable;
  with an unknown time a detectable level (>= 10) is treated (Dart 2023);
- lithium > 1.2 mmol/L (mEq/L) above the therapeutic range (BNF; EXTRIP 2015);
- theophylline > 20 mg/L above the therapeutic range (BNF; EXTRIP 2015);
- salicylate >= 30 mg/dL toxic (Chyka, Clin Toxicol 2007); QRS > 100 ms wide
  (Boehnert & Lovejoy, NEJM 1985); QTc > 500 ms prolonged;
- bladder volume (bladder scan, post-void residual) >= 300 mL: urinary retention
  (EAU non-neurogenic male LUTS guideline 2023: chronic retention > 300 mL; a
  painless retention is a cauda equina red flag, NICE NG59 / GIRFT 2023);
- CSF RBC < 2000 x10^6/L without xanthochromia: negative LP (Perry, BMJ 2015); a
  negative CT head within 6 h of headache onset (Perry, BMJ 2011; ACEP 2019);
- CSF WBC < 5 /uL normal, >= 5 pleocytosis (Tunkel, IDSA 2004; van de Beek, ESCMID
  2016): a normal count makes bacterial meningitis very unlikely;
- synovial fluid WBC >= 100,000/uL (LR+ 28), 50,000-100,000 (LR+ 7.7), < 25,000
  (LR 0.32) for septic arthritis (Margaretten ME et al. JAMA 2007;297:1478);
- ascitic fluid neutrophils >= 250/mm3 SBP (Biggins SW et al. AASLD 2021), < 250
  normal: SBP excluded (EASL 2018 decompensated cirrhosis, J Hepatol 2018;69:406);
- serum osmolality (measured or calculated) > 320 mOsm/kg: HHS's (JBDS-IP 2022); MCV
  < 80 fL: microcytosis (Snook J et al. BSG 2021 iron deficiency anaemia).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel, ConfigDict

from agents.offline.rules._csf_scope import in_csf_sentence
from agents.offline.rules._lab_trend import (
    CLOCK_LABEL,
    NOT_CLOCK,
    SERIAL_PREFIX,
    TREND_PREFIX,
    earlier_values,
    historical_value,
    threshold_value,
)
from agents.offline.rules._repeat_potassium import (
    POTASSIUM_RANGE,
    PSEUDOHYPERKALAEMIA,
    repeat_potassium_values,
    repeat_potassium_words,
    superseded_potassium,
)
from agents.offline.rules.anaemia import HCT_PER_HB, MILD_FLOOR, hb_threshold
from agents.offline.rules.angiography_reports import angiography_findings
from agents.offline.rules.blood_cultures import blood_culture_findings
from agents.offline.rules.csf_organisms import csf_organism_findings
from agents.offline.rules.csf_panel import csf_panel_findings
from agents.offline.rules.ecg_reports import ecg_findings
from agents.offline.rules.findings import (
    GLUCOSE_AMBIGUOUS_BELOW,
    GLUCOSE_HYPER_WORDED,
    GLUCOSE_HYPO_MG_DL,
    HB_G_DL_MAX,
    MG_DL_PER_MMOL_GLUCOSE,
    Finding,
    context_status,
    glucose_mg_dl,
    stated_glucose_unit,
)
from agents.offline.rules.hb_fall import hemoglobin_fall, platelet_fall
from agents.offline.rules.imaging_results import negative_studies
from agents.offline.rules.immunocompromise import immunocompromise_findings
from agents.offline.rules.lab_words import (
    WORD_NORMALS,
    lab_word_findings,
    normal_word_findings,
)
from agents.offline.rules.maddrey import maddrey_findings
from agents.offline.rules.osmolar_gap import (
    ANION_GAP_HIGH,
    BICARBONATE_LOW,
    KETOACIDOSIS_KETONES,
    suggestive_gap,
)
from agents.offline.rules.paired_eyes import paired_iop
from agents.offline.rules.pupils import pupil_findings
from agents.offline.rules.reports import report_findings
from agents.offline.rules.sentence import sentence_end, sentence_start
from cases.decimal import decimal_points
from cases.memo import HashMemo, text_digest
from cases.number_words import number_value
from cases.rx import Prefilter, guarded, match_starts

__all__ = [
    "COHB_HBO",
    "COHB_HIGH",
    "LabResult",
    "haemolysed_potassium",
    "onset_hours",
    "onset_hours_joined",
    "read_results",
    "result_findings",
    "spurious_potassium",
]


class LabResult(BaseModel):
    """One numeric result read from the text, in its canonical unit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    analyte: str
    value: float
    unit: str
    below: bool = False
    """Reported as '< value' (e.g. below the limit of detection)."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Analyte:
    names: str
    unit: str
    convert: Callable[[float, str], float | None]
    case_sensitive: str = ""
    serial: bool = False
    """Sampled serially by protocol: values in a row are samples (``SERIAL_PREFIX``)."""


def _same(value: float, unit: str) -> float | None:
    del unit
    return value


def _glucose(value: float, unit: str) -> float | None:
    return glucose_mg_dl(value, unit)


def _per_litre_hb(value: float, unit: str) -> float | None:
    return value / 10.0 if "g/l" in unit or value > HB_G_DL_MAX else value


HCT_MIN_BARE: Final = 15.0
"""A bare haematocrit below this waits: "HCT 12.5" is more often hydrochlorothiazide's
dose than a haematocrit of 12.5 % (a haemoglobin near 4 g/dL)."""


def _haematocrit(value: float, unit: str) -> float | None:
    """Haematocrit in %: a fraction (0.45 L/L) x 100; above 75 % is no haematocrit."""
    if value < 1:
        return value * 100.0
    if value > 75 or ("%" not in unit and value < HCT_MIN_BARE):
        return None
    return value


def _wbc(value: float, unit: str) -> float | None:
    del unit
    return value / 1000.0 if value > 500 else value


def _platelets(value: float, unit: str) -> float | None:
    del unit
    return value / 1000.0 if value >= 2000 else value  # per uL -> 10^9/L


def _anc(value: float, unit: str) -> float | None:
    del unit
    return value / 1000.0 if value >= 50 else value  # cells/uL -> 10^9/L


def _neutrophils(value: float, unit: str) -> float | None:
    # 'neutrophils' alone is often a percentage: a count needs its unit
    # (x10^9/L, K/uL), or a bare value below 1 (no differential is < 1 %)
    if "10" in unit or "k/ul" in unit:
        return value
    return value if not unit and value < 1.0 else None


def _eosinophils(value: float, unit: str) -> float | None:
    """An eosinophil count in 10^9/L; a bare value 1-100 waits.

    readers51 (readers50's leftover, "Eosinophils 2.4"): a bare differential value
    is by US convention a percentage (a CBC differential is printed in %, normal
    1-4 %), by UK convention a count (x10^9/L, normal < 0.5); the two disagree
    exactly where it matters, so it is read only where one reading is possible: below
    1 (as ``_neutrophils``), or above 100, which no percentage is (cells/uL: "eos
    1500" is 1.5 x10^9/L). A count in cells/uL or /mm3 is divided by 1000.
    """
    if "10" in unit or "k/ul" in unit:
        return value
    if "/ul" in unit or "/mm" in unit or "cells" in unit:
        return value / 1000.0
    if unit:
        return None
    if value < 1.0:
        return value
    return value / 1000.0 if value > 100 else None


def _ddimer(value: float, unit: str) -> float | None:
    if "mg/l" in unit or "ug/ml" in unit or "µg/ml" in unit or value < 10:
        return value * 1000.0
    return value


def _creatinine(value: float, unit: str) -> float | None:
    return value / 88.4 if "mol" in unit or value > 20 else value


TRIGLYCERIDE_MG_PER_MMOL: Final = 88.57
"""Triglycerides: 1 mmol/L = 88.57 mg/dL."""


def _triglycerides(value: float, unit: str) -> float | None:
    # mg/dL; a bare value below 100 is mmol/L (the range of mmol/L values)
    if "mmol" in unit or (not unit and value < 100):
        return value * TRIGLYCERIDE_MG_PER_MMOL
    return value if not unit or "mg/dl" in unit else None


def _lithium(value: float, unit: str) -> float | None:
    # mEq/L = mmol/L; mg/L / 6.94; a bare number above 10 is a dose, not a level
    if "mg/l" in unit:
        return value / 6.94
    return value if value <= 10 else None


THEOPHYLLINE_MG_PER_UMOL: Final = 0.18
"""Theophylline (180.16 g/mol): 1 umol/L = 0.18 mg/L."""


def _theophylline(value: float, unit: str) -> float | None:
    # mg/L = mcg/mL; umol/L x 0.18. A dose ("theophylline 200 mg") is no level, and a
    # bare number above 150 is a dose or a umol/L value: not read
    if "mol" in unit:
        return value * THEOPHYLLINE_MG_PER_UMOL
    if unit.strip() in ("mg/l", "ug/ml", "µg/ml", "mcg/ml"):
        return value
    return value if not unit.strip() and value <= 150 else None


def _calcium(value: float, unit: str) -> float | None:
    # mmol/L (values < 5) to mg/dL: x 4.008
    return value * 4.008 if "mol" in unit or value < 5 else value


def _phosphate(value: float, unit: str) -> float | None:
    # mmol/L; mg/dL / 3.1. A bare value is read only when one unit is plausible:
    # above 3 it is mg/dL (3 mmol/L would be extreme); 0.8-3 could be either
    if "mmol" in unit:
        return value
    if "mg/dl" in unit or (not unit and value > 3.0):
        return value / 3.1
    # readers51: a bare value below 0.8 is low in either unit (0.8 mmol/L and 2.5
    # mg/dL are the lower limits); read as mmol/L, the milder of the two readings
    if not unit and 0 < value < 0.8:
        return value
    return None


def _urate(value: float, unit: str) -> float | None:
    # mg/dL; umol/L / 59.48. A bare value below 30 is mg/dL, above 100 umol/L
    if "mol" in unit:
        return value / 59.48 if "mmol" not in unit else value * 1000 / 59.48
    if "mg/dl" in unit or (not unit and value < 30):
        return value
    return value / 59.48 if not unit and value >= 100 else None


FREE_T4_HIGH_PMOL_L: Final = 25.0
"""ATA 2016: thyrotoxicosis is a raised free T4 (upper limit ~23 pmol/L, 1.8 ng/dL)
with a suppressed TSH; 25 pmol/L clears every laboratory's limit."""
TSH_SUPPRESSED_MU_L: Final = 0.1
"""ATA 2016: a suppressed TSH (< 0.1 mU/L) is thyrotoxicosis of thyroid origin."""
COHB_HIGH: Final = 10.0
"""ACEP 2017 carbon monoxide policy: a carboxyhaemoglobin of 10 % or more is exposure
beyond smoking."""
METHB_HIGH: Final = 10.0
"""Wright RO et al. Ann Emerg Med 1999;34:646: cyanosis appears at a methaemoglobin of
about 10-15 %; above it the oxygen saturation no longer reads the oxygenation."""
METHB_SEVERE: Final = 30.0
"""Skold A et al. South Med J 2011;104:757: methylene blue at 30 % or more (20 % with
symptoms)."""
COHB_HBO: Final = 25.0
"""UHMS 2019 / Weaver LK et al. NEJM 2002;347:1057: a carboxyhaemoglobin above 25 % is
an indication for hyperbaric oxygen by itself (``carboxyhemoglobin_severe``)."""


def _bilirubin(value: float, unit: str) -> float | None:
    """Total bilirubin in mg/dL (umol/L / 17.1); a bare value waits.

    2-30 reads as either unit (30 umol/L is 1.8 mg/dL, 30 mg/dL a severe jaundice).
    """
    if "mol" in unit:
        return value / 17.1 if "mmol" not in unit else value * 1000 / 17.1
    return value if "mg/dl" in unit else None


BILIRUBIN_HIGH_MG_DL: Final = 2.0
"""Tokyo Guidelines 2018 (Kiriyama S et al. J Hepatobiliary Pancreat Sci 2018;25:17):
criterion B-1 'jaundice' is a total bilirubin >= 2 mg/dL (34 umol/L); read in adults
only (a newborn's physiological jaundice is not cholestasis)."""


def _free_t4(value: float, unit: str) -> float | None:
    # pmol/L; ng/dL x 12.87. A bare value below 10 is ng/dL (the adult range is
    # 0.8-1.8 ng/dL, 10-23 pmol/L: the two never meet)
    if "pmol" in unit:
        return value
    if "ng/dl" in unit or (not unit and value < 10):
        return value * 12.87
    return value if not unit else None


def _pco2(value: float, unit: str) -> float | None:
    # kPa to mmHg (x 7.50); a bare value below 15 is in kPa (arterial/venous
    # pCO2 is 2-15 kPa, 15-150 mmHg)
    return value * 7.50 if unit == "kpa" or (not unit and value < 15) else value


MAGNESIUM_LOW_MMOL_L: Final = 0.7
"""Hypomagnesaemia below 0.7 mmol/L (1.7 mg/dL; Pham PC et al. 2014)."""


def _magnesium(value: float, unit: str) -> float | None:
    # mg/dL to mmol/L (x 0.4114); a bare value is read only when it can be one unit
    # alone (< 1.3 mmol/L would be < 3.2 mg/dL, both plausible): unitless values wait,
    # unless low in either unit (medgi46: "magnesium 0.62" is 0.62 mmol/L or 0.26:
    # hypomagnesaemia both ways, read as the higher, mmol/L)
    if "mg/dl" in unit:
        return value * 0.4114
    if "mmol" in unit or (not unit and value < MAGNESIUM_LOW_MMOL_L):
        return value
    return None


def _ethanol(value: float, unit: str) -> float | None:
    """Serum ethanol in mg/dL: mmol/L x 4.6, g/L x 100, a percentage x 1000."""
    if "mmol" in unit:
        return value * 4.6
    if unit == "g/l":
        return value * 100.0
    if unit == "%":
        return value * 1000.0 if value < 1 else None
    return value


SERUM_IRON_TOXIC: Final = 500.0
"""mcg/dL (90 umol/L): systemic iron toxicity, chelation with desferrioxamine when
symptomatic (Manoguerra AS et al. AAPCC Clin Toxicol 2005;43:553; TOXBASE iron)."""


def _iron(value: float, unit: str) -> float | None:
    # mcg/dL; umol/L x 5.585 (Fe 55.85 g/mol); mg/L x 100. A bare value is read only
    # at a toxic size, where either unit means poisoning
    if "mol" in unit:
        return value * 5.585
    if "mg/l" in unit:
        return value * 100.0
    if "/dl" in unit:
        return value
    return value if value >= SERUM_IRON_TOXIC else None


def _salicylate(value: float, unit: str) -> float | None:
    # mmol/L to mg/dL: x 13.81 (salicylic acid 138.1 g/mol); mg/L / 10
    if "mmol" in unit:
        return value * 13.81
    return value / 10.0 if "mg/l" in unit else value


_ANALYTES: dict[str, _Analyte] = {
    "sodium": _Analyte(r"sodium|serum sodium", "mmol/L", _same, r"Na\+?"),
    "potassium": _Analyte(r"potassium|serum potassium", "mmol/L", _same, r"K\+?"),
    "chloride": _Analyte(r"chloride|serum chloride", "mmol/L", _same, r"Cl-?"),
    "magnesium": _Analyte(r"magnesium|serum magnesium", "mmol/L", _magnesium, r"Mg"),
    "glucose": _Analyte(
        r"glucose|blood glucose|serum glucose|poc glucose|point[- ]of[- ]care glucose|"
        r"fingerstick(?: glucose)?|fsbg|blood sugar|cbg|bg|"
        # text26: UK/Australian "BSL" (blood sugar level), "BGL" (blood glucose level)
        r"bsl|bgl|blood (?:sugar|glucose) level|capillary (?:blood )?glucose|"
        # readers54 (medgi54's request): the meter named for its reading
        # ("glucometer 28 mmol/L"; JBDS-IP 2022 capillary glucose)
        r"gluco(?:se )?meter(?: reading)?",
        "mg/dL",
        _glucose,
        # UK notes write the capillary glucose "BM" (JBDS-IP 2021 hypoglycaemia
        # guideline: < 4.0 mmol/L): a decimal or mmol/L value only, as "BM" is also
        # a bowel movement ("BM 1 today", "last BM 2 days ago")
        r"BM(?=[ \t]*(?:[:=][ \t]*|(?:of|was|is)[ \t]+)?\d+(?:\.\d|[ \t]*mmol))",
    ),
    "hemoglobin": _Analyte(r"hemoglobin|haemoglobin|hgb|hb", "g/dL", _per_litre_hb),
    # medgi46: the red cells' mean volume (femtolitres)
    "mcv": _Analyte(r"mcv|mean cell volume|mean corpuscular volume", "fL", _same),
    "hematocrit": _Analyte(
        # not a combination tablet's "lisinopril-HCT 20/12.5" (hydrochlorothiazide)
        r"hematocrit|haematocrit|packed cell volume|(?<![-/])hct",
        "%",
        _haematocrit,
    ),
    "wbc": _Analyte(
        # 'White Blood Cells' (K/uL) is MIMIC-IV's blood count label (itemid 51301)
        r"wbc|wcc|white (?:blood )?(?:cell )?count|white blood cells|leukocytes",
        "10^9/L",
        _wbc,
    ),
    "lactate": _Analyte(r"lactate|lactic acid", "mmol/L", _same),
    # readers54: the natriuretic peptides (pg/mL and ng/L are the same number; McDonagh
    # TA et al. ESC 2021 heart failure 4.2 and 11.1: the acute rule-out thresholds)
    "bnp": _Analyte(
        r"bnp|b-type natriuretic peptide|brain natriuretic peptide", "pg/mL", _same
    ),
    "nt_probnp": _Analyte(
        r"nt-?pro-?bnp|n-terminal pro-?(?:b-type|brain) natriuretic peptide|pro-?bnp",
        "pg/mL",
        _same,
    ),
    # infect52: plasma ammonia (umol/L; a value in ug/dL reads a little higher):
    # valproate's hyperammonaemic encephalopathy (Perrott J et al. 2010;44:1287)
    "ammonia": _Analyte(
        r"(?:plasma |serum |blood )?ammonia(?: level)?|nh3", "umol/L", _same
    ),
    "esr": _Analyte(
        r"esr|sed rate|erythrocyte sedimentation rate|sedimentation rate", "mm/h", _same
    ),
    "platelets": _Analyte(r"platelets|platelet count|plts?", "10^9/L", _platelets),
    "carboxyhemoglobin": _Analyte(
        r"carboxyh[a]?emoglobin|carboxy-h[a]?emoglobin|cohb|carboxy ?hb",
        "%",
        _same,
    ),
    # lead37: methaemoglobin by co-oximetry, a percentage of the haemoglobin
    "methemoglobin": _Analyte(
        r"meth(?:a)?emoglobin|met-h(?:a)?emoglobin|methb|met ?hb", "%", _same
    ),
    "anc": _Analyte(
        r"anc|absolute neutrophil count|absolute neutrophils", "10^9/L", _anc
    ),
    # readers55: the UK shorthand "neuts 0.3" (a bare value below 1 is a count)
    "neutrophils": _Analyte(r"neutrophils?(?: count)?|neuts?", "10^9/L", _neutrophils),
    # lead38: an eosinophil count with its unit (RegiSCAR; a bare value may be a %)
    "eosinophils": _Analyte(
        r"eosinophils?(?: count)?|eosinophil count|eos", "10^9/L", _eosinophils
    ),
    "troponin": _Analyte(
        # readers39: the plural names serial samples ("troponins 4 and 5 ng/L")
        r"(?:hs-?|high[- ]sensitivity )?(?:troponins?|trops?|tn)(?:\s*[it])?"
        r"|hs-?tn[it]",
        "ng/L",
        _same,
        serial=True,
    ),
    "d_dimer": _Analyte(r"d-?dimer|dimer", "ng/mL FEU", _ddimer),
    "lipase": _Analyte(r"lipase", "U/L", _same),
    # medgi45: ug/L and ng/mL are the same number (BSG 2021 iron deficiency)
    "ferritin": _Analyte(r"(?:serum )?ferritin", "ug/L", _same),
    # medgi45: never "TG" (Tokyo Guidelines' "TG18" is no triglyceride)
    "triglycerides": _Analyte(
        r"(?:serum |fasting )?triglycerides?|trigs", "mg/dL", _triglycerides
    ),
    "creatinine": _Analyte(r"creatinine|creat|cr", "mg/dL", _creatinine),
    "inr": _Analyte(r"inr", "", _same),
    "bladder_volume": _Analyte(
        r"bladder scan(?:ned)?|bladder volume|post[- ]?void residual(?: volume)?|pvr",
        "mL",
        _same,
    ),
    "hcg": _Analyte(
        r"(?:serum |quantitative |quant )?(?:beta[- ]?)?b?-?hcg", "mIU/mL", _same
    ),
    "ph": _Analyte(r"(?:venous |arterial |vbg |abg )?ph", "", _same),
    "bicarbonate": _Analyte(r"bicarbonate|bicarb|hco3|serum co2|co2", "mmol/L", _same),
    "anion_gap": _Analyte(
        r"anion gap|(?<!osmolar )(?<!osmolal )(?<!osm )gap", "mmol/L", _same, r"AG"
    ),
    "acetaminophen": _Analyte(
        r"acetaminophen(?: level)?|apap(?: level)?|tylenol level|"
        r"paracetamol(?: level)?",
        "mcg/mL",
        _same,
    ),
    "salicylate": _Analyte(
        r"salicylate(?: level)?|asa level|aspirin level", "mg/dL", _salicylate
    ),
    # readers56: "Ca 3.6", "adj Ca 3.1" as clinicians abbreviate a total calcium
    # (a bare "Ca" only before a decimal value: "Ca 125", "Ca 15-3" are tumour
    # markers); an ionised calcium (normal 1.15-1.30 mmol/L) is no total calcium (2.2-
    # 2.6) and is not read as one (Society for Endocrinology 2016 hypercalcaemia and
    # acute hypocalcaemia emergency guidance: the adjusted total calcium)
    "calcium": _Analyte(
        r"(?<!ionised )(?<!ionized )(?:corrected |adjusted |serum )?calcium"
        r"|(?:corr(?:ected)?|adj(?:usted)?)\.?\s?ca(?![a-z])",
        "mg/dL",
        _calcium,
        r"Ca(?=\s*(?:[:=]|of|was|is)?\s*\d{1,2}\.\d)",
    ),
    "digoxin": _Analyte(r"digoxin(?: level)?|dig level|lanoxin level", "ng/mL", _same),
    # toxpsych39: serum iron after an iron ingestion (AAPCC 2005; TOXBASE)
    "iron": _Analyte(
        r"(?:serum |plasma )?iron(?: level| concentration)?", "mcg/dL", _iron
    ),
    "lithium": _Analyte(
        r"(?:serum |plasma )?lithium(?: level| concentration)?|li level",
        "mmol/L",
        _lithium,
    ),
    # medgi55: theophylline (BNF range 10-20 mg/L; Ghannoum M et al. EXTRIP 2015)
    "theophylline": _Analyte(
        r"(?:serum |plasma )?(?:theophylline|aminophylline)(?: level| concentration)?",
        "mg/L",
        _theophylline,
    ),
    "qrs": _Analyte(r"qrs(?: duration| interval| width)?", "ms", _same),
    "qtc": _Analyte(r"qtc(?: interval)?", "ms", _same),
    # kb16: tumour lysis laboratory criteria (Cairo MS, Bishop M. Br J Haematol 2004)
    "phosphate": _Analyte(
        r"(?:serum |inorganic )?(?:phosphate|phosphorus)", "mmol/L", _phosphate
    ),
    "urate": _Analyte(r"(?:serum )?(?:uric acid|urate)", "mg/dL", _urate),
    # kb16: creatine kinase (Bosch X et al. NEJM 2009;361:62), not its MB fraction
    # (real33: "Creatine Kinase, MB Isoenzyme" is the fraction, not the total)
    "ck": _Analyte(
        r"(?:ck|cpk|creatine (?:phospho)?kinase)(?!,? ?[- ]?mb)(?: level)?",
        "U/L",
        _same,
    ),
    # real33: blood urea nitrogen by its US names only (a bare "urea" is mmol/L in SI
    # reports: the measurement reader in findings.py converts it for the scores)
    "bun": _Analyte(r"bun|blood urea nitrogen|urea nitrogen", "mg/dL", _same),
    # real33: CK-MB mass, the myocardial fraction (Thygesen K et al. Fourth UDMI,
    # Circulation 2018;138:e618: the alternative marker where troponin is unavailable)
    "ck_mb": _Analyte(
        r"ck[- ]?mb(?: mass| isoenzyme| fraction)?|"
        r"creatine (?:phospho)?kinase,? ?[- ]?mb(?: mass| isoenzyme| fraction)?",
        "ng/mL",
        _same,
    ),
    # kb16: thyroid function (ATA 2014 hypothyroidism; ATA 2016 hyperthyroidism)
    "tsh": _Analyte(r"tsh|thyroid[- ]stimulating hormone", "mU/L", _same),
    "free_t4": _Analyte(r"free t4|free thyroxine|ft4", "pmol/L", _free_t4),
    # gaps14: HELLP (ACOG PB 222), toxic alcohols (EXTRIP 2015), hypercapnia
    # (BTS/ERS), angle closure (EGS 2020), perfusion (NICE NG143/NG240)
    "ast": _Analyte(r"aspartate aminotransferase|sgot", "U/L", _same, r"AST"),
    "alt": _Analyte(r"alanine aminotransferase|sgpt", "U/L", _same, r"ALT"),
    "ldh": _Analyte(r"ldh|lactate dehydrogenase", "U/L", _same),
    # real36: total bilirubin, not its direct (conjugated) fraction: 'Bilirubin,
    # Total' (MIMIC-IV itemid 50885), 'total bilirubin', 'T. bili'
    "bilirubin": _Analyte(
        r"(?<!direct )(?<!indirect )(?<!conjugated )(?:total |serum )?bilirubin"
        r"(?:,? total)?|t\.? ?bili|tbili",
        "mg/dL",
        _bilirubin,
    ),
    "osmolar_gap": _Analyte(r"osmol[ae]r? gap|osmolal gap|osm gap", "mOsm/kg", _same),
    # medgi46: the serum osmolality, measured or calculated (2 Na + glucose + urea),
    # never its gap (``osmolar_gap``) nor the urine's (``_SPECIMEN``)
    "osmolality": _Analyte(
        r"(?:serum |plasma |calculated |measured |effective )?osmol(?:al|ar)ity"
        r"(?! gap)",
        "mOsm/kg",
        _same,
    ),
    # med29: what else raises an osmolar gap (``osmolar_gap``): ethanol (Purssell RA
    # et al. Ann Emerg Med 2001) and ketosis (ADA 2024: beta-hydroxybutyrate)
    "ethanol": _Analyte(
        r"(?:serum |blood |plasma )?(?:ethanol|etoh)(?: level| concentration)?|"
        r"(?:serum |blood )alcohol(?: level| concentration)?|alcohol level",
        "mg/dL",
        _ethanol,
    ),
    "ketones": _Analyte(
        r"(?:blood |serum |capillary |plasma )?(?:ketones?|beta[- ]?hydroxybutyrate|"
        r"3-hydroxybutyrate|bhb)",
        "mmol/L",
        _same,
    ),
    "pco2": _Analyte(
        r"p(?:a|v)?co2|p(?:a|v)?co₂|partial pressure of co2", "mmHg", _pco2
    ),
    # tox19: the eye named between the name and the value ('IOP R 52', 'IOP (OD) 48',
    # 'intraocular pressure left eye 40'), as an eye examination records it
    "iop": _Analyte(
        r"(?:intraocular pressure|iop)(?:\s*\(?(?:right|left|r|l|od|os|re|le)"
        r"(?:\s*eye)?\)?(?![A-Za-z]))?",
        "mmHg",
        _same,
    ),
    "capillary_refill": _Analyte(
        r"capillary refill(?: time)?|cap(?:illary)? refill|crt", "s", _same
    ),
    "csf_rbc": _Analyte(
        r"csf rbcs?|rbcs? in (?:tube )?(?:4|four|the last tube)|tube 4 rbcs?",
        "10^6/L",
        _same,
    ),
    # exclude19: CSF white cells, normal < 5 /uL in adults (Tunkel AR et al. IDSA
    # 2004; van de Beek D et al. ESCMID 2016 acute bacterial meningitis)
    "csf_wbc": _Analyte(
        r"csf (?:wbcs?|wcc|white (?:blood )?cells?(?: count)?|leu[ck]ocytes"
        r"|cell count)",
        "cells/uL",
        _same,
    ),
    # ledger25: the aspirate is often written with its look first ("Joint aspirate:
    # turbid, white cells 85,000/uL"; "Aspirate: cloudy fluid, WCC 62,000")
    "synovial_wbc": _Analyte(
        r"(?:synovial|joint|arthrocentesis|(?:knee |hip |joint )?aspirate)"
        r"(?: fluid)?(?: aspirate)?(?:\s*:\s*|\s+)"
        r"(?:(?:turbid|cloudy|purulent|pus|frank pus|yellow|opaque|straw-coloured|"
        r"blood-stained|fluid|and|,|\s)+?)?"
        r"(?:(?:total |nucleated )*(?:wbc|wcc|white (?:blood )?cells?(?: count)?|"
        r"leukocytes?|cell count))",
        "cells/uL",
        _same,
    ),
    # kb16: AASLD 2021 SBP: ascitic fluid neutrophils >= 250 cells/mm3; readers45:
    # the tap named before its count ("Ascitic tap: PMN 80 cells/mm3", "diagnostic
    # paracentesis: WCC 300, neutrophils 90"; a peritoneal dialysis effluent is not
    # ascites: its peritonitis is > 100 white cells/uL, ISPD 2022); readers46: the
    # tap named by its purpose ("Diagnostic tap: PMN 40 cells/mm3": the paracentesis
    # of EASL 2018; a spinal tap is a lumbar puncture, named so)
    "ascitic_pmn": _Analyte(
        r"(?:(?:diagnostic )?ascitic(?: fluid)?(?: tap| aspirate| sample"
        r"| fluid)?|(?:diagnostic )?paracentesis|(?<!spinal )(?<!lumbar )"
        r"(?:diagnostic|peritoneal) tap)(?:\s*:\s*|\s+)(?:(?:wcc|wbc|white "
        r"cells?|cell count)\s*\d{1,5}(?:\s*(?:cells/mm3|/mm3|cells/ul|/ul))?\s*[,;]"
        r"\s*)?(?:pmns?|neutrophils?|polymorphs?|polymorphonuclear (?:cells|"
        r"leukocytes))(?: count)?",
        "cells/uL",
        _same,
    ),
}

_NUM = (
    r"(?P<cmp><|<=|>|>=|(?:less|fewer|more|greater) than|under|below|over|above"
    r"|in excess of)?\s*(?P<v>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
)
"""A value, with its comparator in symbols or words ("bladder scan over 1500 mL",
"troponin less than 3 ng/L"): a bound is read as the value, ``below`` when it is an
upper bound (``_BELOW``)."""
_BELOW: Final = frozenset({"<", "<=", "less than", "fewer than", "under", "below"})
"""Comparators that make the value an upper bound (the true value is lower)."""
_UNIT = (
    r"(?P<u>\s*(?:mmol/l|pmol/l|meq/l|mg/dl|ng/dl|g/dl|g/l|ng/l|ng/ml|pg/ml|ug/l|mg/l|ug/ml|µg/ml|mcg/ml|"
    r"miu/ml|iu/l|u/l|umol/l|µmol/l|micromol/l|mcg/dl|ug/dl|µg/dl|ms|k/ul|"
    r"x ?10\^?9/l|mmhg|kpa|%"
    # readers39: a multiple of the upper limit of normal ("lipase 4 x ULN")
    r"|(?:x|×|times)\s*(?:the\s+)?(?:uln|upper limits?(?: of normal)?"
    r"|upper (?:reference|normal) limit|normal)(?![A-Za-z])))?"
)
_ULN_MULTIPLE: Final = re.compile(
    r"(?i)^(?:x|×|times)\s*(?:the\s+)?(?:uln|upper|normal)"
)
"""A value written as a multiple of the upper limit of normal (``_UNIT``)."""
ULN: Final = {"lipase": 60.0}
"""Upper limits of normal that turn a multiple into the analyte's unit (lipase 60 U/L:
the reference this reader's 3 x ULN band uses, Banks PA et al. Atlanta 2012; AGA
2018 acute pancreatitis: >= 3 x ULN). A multiple of another analyte is not read: its
laboratory's limit is not known here."""
_SEP = (
    r"\s*(?:level|value|count)?\s*"
    # serial values stated once: "troponin at 0 and 3 hours < 0.01" (HEART pathway)
    r"(?:(?:at|x)\s*\d+\s*(?:h|hrs?|hours?)?\s*(?:and|&|,)\s*\d+\s*(?:h|hrs?|hours?)\s*)?"
    # a sampling-time label before the first of serial values: "hs-troponin T 0h 58
    # ng/L, 1h 94 ng/L" (ESC 2020 NSTE-ACS 0/1 h algorithm; the first value is read)
    r"(?:(?:at\s*)?\d{1,2}\s*(?:h|hrs?|hours?)\s*(?:[:=]\s*)?(?=\d))?"
    rf"{CLOCK_LABEL}?"
    r"(?:of|is|was|:|=|estimated at)?\s*"
    # readers45: the direction before the value ("potassium low at 2.3", "sodium is
    # low at 121", "Hb dropped to 68" is a trend's): the value decides the band
    r"(?:(?:(?:very|mildly|slightly|markedly|severely)\s+)?(?:low|high|raised"
    r"|elevated|reduced|decreased|increased)\s+(?:at|of)\s+)?"
)
_NOT_TIME = (
    rf"(?![A-Za-z0-9])(?!\.\d){NOT_CLOCK}"
    r"(?!\s*(?:h|hrs?|hours?|min|mins|minutes|d|days?|wks?|weeks?|"
    r"mo|months?|y|yrs?|years?|yo|y/o)(?![A-Za-z]))"
    r"(?!\s*(?:mg/kg|mcg/kg|mg|mcg|g|grams?|tablets?|tabs?|pills?|caps(?:ules?)?)"
    r"(?![A-Za-z/]))"
    r"(?!\s*(?:/|per)\s*(?:hpf|lpf|high[- ]power|low[- ]power))"
    r"(?!\s*\+)"
    r"(?!\s*(?:volts?|v)(?![A-Za-z/]))"
)
"""A number followed by a time unit is a time, not a result ("troponin at 3 hours");
one followed by a dose unit is a dose ("paracetamol 15 mg/kg given", "took
paracetamol 1 g"), not a serum level; one per high-power field is a urine or fluid
microscopy count ("3-5 WBC/hpf"), not a blood count; one followed by "+" is a
dipstick grade ("leukocytes 3+", "protein 2+"), not a measured value; one followed by
a voltage ("a lithium 3 volt cell") is a battery's, not a level."""


def _rx(a: _Analyte, *, trend: bool = True) -> re.Pattern[str]:
    names = a.names + (f"|(?-i:{a.case_sensitive})" if a.case_sensitive else "")
    prefix = (
        f"(?P<trend>{SERIAL_PREFIX}|{TREND_PREFIX})"
        if trend and a.serial
        else f"(?P<trend>{TREND_PREFIX})"
        if trend
        else ""
    )
    return guarded(
        re.compile(
            rf"(?i)(?<![A-Za-z0-9])(?:{names}){_SEP}{prefix}{_NUM}{_UNIT}{_NOT_TIME}"
        )
    )


UNTRENDED: Final = frozenset({"glucose"})
"""Analytes read without the trend and history words of ``_lab_trend`` (glucose:
its readings and units are read by their own rules, ``glucose_corrected``)."""
_PATTERNS = {k: _rx(a, trend=k not in UNTRENDED) for k, a in _ANALYTES.items()}
_NAMED: Final = Prefilter(tuple(_PATTERNS.values()))
"""The analytes whose patterns may match a text (``cases.rx.may_match`` of each, by
one pass of their required strings): a note part names ~20 of the 48, and each
pattern scan of a note part costs about the same whether it matches or not."""
_ANY_NAME: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:"
        + "|".join(
            f"(?:{a.names})" + (f"|(?-i:{cs})" if (cs := a.case_sensitive) else "")
            for a in _ANALYTES.values()
        )
        + ")"
    )
)
"""Any analyte's name where a result could start: every pattern of ``_PATTERNS``
starts so, so a text without one has no result (one scan instead of one per
analyte: most complaints and one-liners name none)."""
_BARE_TAP: Final = re.compile(r"(?i)diagnostic tap")
_ASCITES_NAMED: Final = re.compile(r"(?i)ascit|cirrho|paracentesis|peritoneal")
"""readers46 (medgi46): a tap named only by its purpose is the ascitic one when the
text names ascites or cirrhosis (EASL 2018); a knee's "diagnostic tap" is not."""
_FLUID_ANALYTES = frozenset(
    {"csf_rbc", "csf_wbc", "bladder_volume", "hcg", "synovial_wbc", "ascitic_pmn"}
)
"""Analytes read whatever the specimen: measured in CSF or the bladder by definition,
or valid in urine as in serum (hCG)."""


def read_results(text: str | None) -> tuple[LabResult, ...]:
    """Read every numeric result of the known analytes, in text order.

    Args:
        text: Free text or None.

    Returns:
        Results in canonical units; values the conversion cannot place are skipped.
    """
    if not text:
        return ()
    return _READ.get_or_compute(
        text_digest(text), lambda: _read_results(decimal_points(text))
    )


_READ: HashMemo[tuple[LabResult, ...]] = HashMemo(1024)
"""Results by the SHA-256 of the text: the stages and the order checks read the same
note parts again (one pattern per analyte over the whole text each time)."""


RETENTION_ML: Final = 300.0
"""A bladder-scan or post-void volume at which the bladder is retaining (EAU 2024
non-neurogenic male LUTS): the typed result ``urinary_retention``."""


def results_of(text: str | None, analyte: str) -> tuple[LabResult, ...]:
    """``read_results(text)`` of one ``analyte``, in text order.

    The pathways and order checks ask each visible text for one analyte at a time,
    dozens of times a stage: a text's results are grouped by analyte once and found
    by the text's identity among the last texts asked (``_BY_ANALYTE``).
    """
    if not text:
        return ()
    return _grouped(text).get(analyte, ())


def analytes_in(text: str | None) -> Collection[str]:
    """The analytes ``text`` has results of (``results_of`` is empty for the others)."""
    if not text:
        return ()
    return _grouped(text).keys()


def _grouped(text: str) -> dict[str, tuple[LabResult, ...]]:
    """``read_results(text)`` by analyte, kept by the text's identity."""
    entry = _BY_ANALYTE.get(id(text))
    if entry is None or entry[0] is not text:
        grouped: dict[str, list[LabResult]] = {}
        for r in read_results(text):
            grouped.setdefault(r.analyte, []).append(r)
        if len(_BY_ANALYTE) >= _BY_ANALYTE_TEXTS:
            _BY_ANALYTE.pop(next(iter(_BY_ANALYTE)), None)
        entry = (text, {k: tuple(v) for k, v in grouped.items()})
        _BY_ANALYTE[id(text)] = entry
    return entry[1]


_BY_ANALYTE_TEXTS: Final = 64
"""Texts whose grouped results are found by identity (a run asks about ~10)."""
_BY_ANALYTE: dict[int, tuple[str, dict[str, tuple[LabResult, ...]]]] = {}
"""``id(text)`` -> (the text, its results by analyte), oldest first; each entry holds
its text, so the id is not reused while it lives. Plain dict operations: two threads
racing at worst group a text twice (``read_results`` is pure)."""


_SPECIMEN = (
    r"(?:csf|cerebrospinal(?: fluid)?|lumbar puncture|lp|pleural(?: fluid)?|"
    r"ascitic(?: fluid)?|peritoneal(?: fluid)?|synovial(?: fluid)?|joint fluid|"
    r"arthrocentesis|joint aspirate|aspirate|"
    # lead38: the tap that drew the fluid ('Diagnostic tap: pH 6.9, glucose 1.2'):
    # a pleural fluid's glucose and pH are no blood results (BTS 2023 pleural)
    r"(?:diagnostic|pleural|ascitic|joint|spinal) tap|thora(?:co)?centesis|"
    r"paracentesis|pleural aspirate|"
    r"urine|urinary|urinalysis|ua|bal|bronchoalveolar lavage|stool|vitreous|dialysate|"
    r"(?:other )?body fluid|bone marrow)"
)
_SPECIMEN_WORD = re.compile(rf"(?i)(?<![a-z]){_SPECIMEN}(?:\s+[a-z]+)?\s*$")
"""A specimen named just before the analyte: 'CSF glucose', 'urine sodium'."""
_SPECIMEN_HEAD = re.compile(
    rf"(?i)(?<![a-z]){_SPECIMEN}(?![a-z])(?:(?![.;]\s)[^:\n]){{0,40}}:"
)
"""A specimen heading earlier on the line: 'CSF (via lumbar puncture): ...'; a heading
does not reach back over a sentence end ("urinary retention. ECG: QRS 128 ms": the
ECG is no urine test)."""
_TESTED_SPECIMEN = (
    r"(?:urinalysis|ua|u/a|urine(?: (?:dip\w*|studies|tests?|analysis|micro\w*|"
    r"results?|chemistry))?|dipstick|csf|cerebrospinal fluid|"
    r"(?:pleural|ascitic|peritoneal|synovial|joint) fluid)"
)
"""A specimen named as a test, not an organ ('urinary retention' is no urine test)."""
_SPECIMEN_LINE = re.compile(
    rf"(?i)^\s*{_TESTED_SPECIMEN}(?![a-z])[A-Za-z /&()+,-]{{0,40}}$"
)
"""A specimen heading alone on its line without a colon, as result tables print it
('Urinalysis', 'URINALYSIS W/ MICROSCOPY'): its values follow on the next lines."""
_CLAUSE_SPECIMEN = re.compile(
    rf"(?i)(?<![a-z]){_TESTED_SPECIMEN}(?![a-z])[^,.;:\n\d]{{0,40}}$"
)
"""A specimen test earlier in the result's clause ('UA notable for glucose 1000',
'Urine studies - glucose 1000'): the clause reports that specimen (ConText-style
scope to the clause end; Harkema H et al. J Biomed Inform 2009;42:839)."""
_SPECIMEN_AFTER = re.compile(
    rf"(?i)\s*(?:\(\s*{_SPECIMEN}\s*\)|(?:#|cells)?\s*/\s*(?:hpf|lpf)(?![a-z])|"
    r"per (?:high|low)[- ]power field)"
)
"""A specimen or a microscopy unit right after the value ('glucose 1000 (urine)',
'White Blood Cells 25 #/hpf'): counts per high-power field are urine microscopy."""
_BLOOD_WORD = re.compile(r"(?i)(?<![a-z])(?:serum|blood|plasma|capillary)\s*$")
_HEADING_ALONE = re.compile(r"(?i)^\s*([A-Za-z][A-Za-z0-9 /&()+,-]{0,40}):\s*$")
"""A heading on a line of its own ("Urinalysis:"): its values follow on the next
lines, up to a blank line or the next heading (a sectionizer's scope; medspaCy
sectionizer, Eyre H et al. AMIA 2021)."""
_ANY_HEADING = re.compile(r"(?i)(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9 /&()+-]{0,30}:")
_PANEL = re.compile(
    r"(?i)(?<![a-z])(?:serum|plasma|blood (?:glucose|sugar|work|tests?|count)|"
    r"cbc|bmp|cmp|chem\w*|labs?|vbg|abg|lfts?|poc|point[- ]of[- ]care|fingerstick|"
    r"finger ?stick|cbg|bedside glucose|capillary|electrolytes|troponin|coags?)"
    r"(?![a-z])"
)
"""A blood panel named after a specimen heading starts another panel."""
_FLUID_WORD = (
    r"wbcs?|rbcs?|white|red|cells?|cell count|glucose|protein|ketones?|nitrites?|"
    r"leuk\w*|le|bacteria|sg|specific gravity|ph|blood|bilirubin|urobilinogen|"
    r"epithelial|casts?|crystals?|hcg|gram|culture|ldh|xanthochromia|opening|"
    r"neutrophils|pmns?|lymphocytes|appearance|colou?r|clear|cloudy|turbid|tubes?|"
    r"large|moderate|small|trace|positive|negative|many|few|no|none"
)
_NEW_PANEL_SENTENCE = re.compile(
    rf"(?i)[.;](?=\s)\s*(?!(?:{_FLUID_WORD})(?![a-z]))[A-Za-z]"
)
"""A sentence after a specimen heading that opens with a word no fluid panel reports
("UA: ... negative. Creatinine 1.0, WBC 10.4"): the serum results start there."""


def _scope_ended(after_heading: str) -> bool:
    """Whether a specimen heading's scope ends before the end of ``after_heading``.

    It ends at another heading, a blood panel's name or a sentence that starts
    another panel (a heading's scope ends at the next heading: a sectionizer's rule).
    """
    return bool(
        _ANY_HEADING.search(after_heading)
        or _PANEL.search(after_heading)
        or _NEW_PANEL_SENTENCE.search(after_heading)
    )


_OWN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)?")
_HEADING_LINES = 12
"""Lines looked back for a heading standing alone (a panel rarely has more)."""


def other_specimen(text: str, start: int) -> bool:
    """Whether the result at ``start`` is of a fluid other than blood.

    A CSF glucose below 40 mg/dL is hypoglycorrhachia (bacterial or tuberculous
    meningitis), not hypoglycaemia; a urine sodium is no serum sodium. The cut-offs
    here are serum values (ADA, Spasovski, ...), so results written after a specimen
    word, or within a specimen heading's scope, are not read, unless the analyte
    itself is marked serum, blood or plasma. A heading on the result's line reaches
    to the end of the line, unless another heading, a blood panel or a sentence
    starting another panel comes first ("UA: ... nitrite negative. Creatinine 1.0,
    WBC 10.4": the creatinine and WBC are serum); a heading alone on its line reaches
    over the following lines to a blank line or the next heading.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if _BLOOD_WORD.search(line):
        return False
    if _SPECIMEN_WORD.search(line) or in_csf_sentence(text, start):
        return True
    heads = list(_SPECIMEN_HEAD.finditer(line))
    if heads:
        # the analyte's own words count ("blood glucose 45" after "UA: ...")
        own = _OWN_WORDS.match(text, start)
        return not _scope_ended(line[heads[-1].end() :] + (own.group(0) if own else ""))
    clause = _CLAUSE_SPECIMEN.search(line)
    if clause is not None and not _PANEL.search(clause.group(0)[3:]):
        return True
    if _ANY_HEADING.search(line) or _PANEL.search(line):
        return False
    end = line_start - 1
    for _ in range(_HEADING_LINES):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        previous = text[begin:end]
        if not previous.strip():
            return False  # a blank line ends the heading's scope
        if _SPECIMEN_LINE.match(previous):
            return True
        alone = _HEADING_ALONE.match(previous)
        if alone:
            return bool(_SPECIMEN_HEAD.search(previous))
        if _ANY_HEADING.search(previous) or _PANEL.search(previous):
            return False
        end = begin - 1
    return False


_HAEMOLYSED = re.compile(
    r"(?i)(?<![A-Za-z0-9-])(?<!non-)(?<!non )(?<!not )(?<!un)"
    r"(?:h(?:a)?emoly[sz]ed|(?:sample|specimen|in[- ]vitro|spurious)\s+h(?:a)?emolysis"
    r"|h(?:a)?emolysis\s+(?:of|in|on)\s+(?:the\s+)?(?:sample|specimen)"
    r"|h(?:a)?emoly(?:sis|[sz]ed)\s+(?:index|flag)|lysed (?:sample|specimen))"
    r"(?![A-Za-z0-9])"
)
"""A sample marked haemolysed ("K 6.8, haemolysed sample", "hemolyzed", "in vitro
haemolysis"); "non-haemolysed" and "not haemolysed" are the valid repeat."""
_REPEAT = re.compile(r"(?i)(?<![A-Za-z0-9])(?:repeat\w*|re-?check\w*|re-?test\w*)")
POTASSIUM_HAEMOLYSIS_KEPT = 3.5
"""A haemolysed potassium below 3.5 mmol/L is still read (haemolysis raises it: the
true value is lower still)."""


def _haemolysed(text: str, start: int, end: int) -> bool:
    """Whether the sample of the result at ``text[start:end]`` is marked haemolysed.

    The mark may follow the value in its sentence ("K 6.8 (haemolysed)") up to a
    repeat, or precede its name in the sentence ("haemolysed sample: K 6.8") after
    any repeat.
    """
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    before = text[lo:start]
    repeat = list(_REPEAT.finditer(before))
    if repeat:
        before = before[repeat[-1].end() :]
    after = text[end:hi]
    cut = _REPEAT.search(after)
    if cut:
        after = after[: cut.start()]
    return bool(_HAEMOLYSED.search(before) or _HAEMOLYSED.search(after))


def haemolysed_potassium(text: str | None) -> tuple[float, ...]:
    """Potassium values (mmol/L) of samples marked haemolysed, which are not read.

    UK Kidney Association 2020: haemolysis releases potassium from red cells
    (pseudohyperkalaemia); the value defines no hyperkalaemia and is repeated on a
    non-haemolysed sample.
    """
    if not text:
        return ()
    out: list[float] = []
    for m in _PATTERNS["potassium"].finditer(text):
        if other_specimen(text, m.start()):
            continue
        unit = (m.group("u") or "").strip().lower()
        value = _ANALYTES["potassium"].convert(float(m.group("v")), unit)
        if (
            value is not None
            and value >= POTASSIUM_HAEMOLYSIS_KEPT
            and _haemolysed(text, m.start(), m.end())
        ):
            out.append(value)
    return tuple(out)


_CSF_SPECIMEN: Final = re.compile(
    r"(?i)(?<![a-z])(?:csf|cerebrospinal(?: fluid)?|lumbar puncture|lp|spinal tap)"
    r"(?![a-z])"
)
_ANY_SPECIMEN: Final = re.compile(rf"(?i)(?<![a-z]){_SPECIMEN}(?![a-z])")
_CSF_CELLS: Final = guarded(
    re.compile(
        r"(?i)(?<![a-z0-9])(?:(?P<w>wbcs?|wcc|white (?:blood )?cells?(?: count)?|"
        r"white cell count|leu[ck]ocytes|nucleated cells|"
        r"(?P<d>neutrophils|lymphocytes|polymorphs|pmns?))"
        r"|(?P<r>rbcs?|red (?:blood )?cells?(?: count)?|"
        r"erythrocytes))\s*(?:[:=]|of|was|were|is)?\s*(?P<cmp><=?)?\s*"
        r"(?P<v>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,]*\s*%)(?!\d|\.\d)|"
        r"(?P<v2>\d{1,3}(?:,\d{3})+|\d{1,6})\s*(?:cells?\s*/\s*(?:u|µ|mm)[l3]\s*)?"
        r"(?:(?P<w2>wbcs?|white (?:blood )?cells|leu[ck]ocytes)|"
        r"(?P<r2>rbcs?|red (?:blood )?cells|erythrocytes))(?![a-z])"
    )
)
"""White or red cells with a count, name first ('WBC 850', 'neutrophils 1800') or
count first ('600 white cells'): read as CSF counts inside a CSF specimen's scope."""
CSF_PLEOCYTOSIS: Final = 5
"""CSF white cells per uL from which the count is a pleocytosis (IDSA 2004); a
differential's count ('neutrophils 1800', 'lymphocytes 300') at or above it is one."""
_CSF_LOOKBACK: Final = 400
"""Characters looked back for the specimen a cell count belongs to."""


def _csf_counts(text: str, taken: Sequence[LabResult]) -> list[LabResult]:
    """CSF white and red cell counts written after the specimen, not beside each count.

    A CSF panel names its specimen once ('CSF: WBC 620, RBC 4, protein 2.1 g/L',
    'LP: opening pressure 18, WBC 1', 'CSF showed 600 white cells'); a count inside
    the scope of a fluid other than blood (``other_specimen``) whose nearest
    specimen word is CSF, an LP or a spinal tap is a CSF count (Tunkel AR et al.
    IDSA 2004: CSF white cells; Perry JJ et al. BMJ 2015: CSF red cells).
    """
    if _CSF_SPECIMEN.search(text) is None:
        return []
    out: list[LabResult] = []
    for m in _CSF_CELLS.finditer(text):
        if any(r.start <= m.start() < r.end for r in taken):
            continue  # already read by its own name ('CSF WBC 3')
        if not other_specimen(text, m.start()):
            continue
        near = list(
            _ANY_SPECIMEN.finditer(text, max(0, m.start() - _CSF_LOOKBACK), m.start())
        )
        if not near or _CSF_SPECIMEN.fullmatch(near[-1].group(0)) is None:
            continue
        value = float((m.group("v") or m.group("v2")).replace(",", ""))
        if m.group("d") and value < CSF_PLEOCYTOSIS:
            continue  # one cell type's low count is no normal total count
        white = bool(m.group("w") or m.group("w2"))
        out.append(
            LabResult(
                analyte="csf_wbc" if white else "csf_rbc",
                value=value,
                unit="cells/uL" if white else "10^6/L",
                below=(m.group("cmp") or "").lower() in _BELOW,
                text=m.group(0).strip(),
                start=m.start(),
                end=m.end(),
            )
        )
    return out


def _read_results(text: str) -> tuple[LabResult, ...]:
    if _ANY_NAME.search(text) is None and _CSF_SPECIMEN.search(text) is None:
        return ()
    out: list[LabResult] = []
    named = _NAMED.candidates(text)
    for i, name in enumerate(_PATTERNS):
        if named >> i & 1:  # else no match: its results would be []
            out += _analyte_results(text, name)
    out = _with_paired_iop(text, out)
    out += _csf_counts(text, [r for r in out if r.analyte.startswith("csf_")])
    out += _computed_anion_gap(out)
    return tuple(sorted(out, key=lambda r: r.start))


def _with_paired_iop(text: str, results: list[LabResult]) -> list[LabResult]:
    """``results`` with both eyes of each pressure list ('IOP 16/52 mmHg') read.

    The single-value pattern reads the first number of a list only; each eye's
    value of the list (``paired_eyes.paired_iop``) replaces it, named by its eye.
    """
    pairs = paired_iop(text)
    if not pairs:
        return results
    spans = [(p.start, p.end) for p in pairs]
    kept = [
        r
        for r in results
        if r.analyte != "iop" or not any(a <= r.start < b for a, b in spans)
    ]
    return kept + [
        LabResult(
            analyte="iop",
            value=p.value,
            unit="mmHg",
            text=f"IOP {p.value:g} mmHg ({p.eye} eye)",
            start=p.start,
            end=p.end,
        )
        for p in pairs
    ]


def _analyte_results(
    text: str, name: str, *, supersede: bool = True
) -> list[LabResult]:
    """The results of one analyte's pattern in ``text``, in text order.

    ``supersede``: a high potassium that a prompt repeat in range shows spurious
    is dropped (``_repeat_potassium``).
    """
    a = _ANALYTES[name]
    out: list[LabResult] = []
    for m in _PATTERNS[name].finditer(text):
        if name not in _FLUID_ANALYTES and (
            other_specimen(text, m.start()) or _SPECIMEN_AFTER.match(text, m.end())
        ):
            continue
        if name not in UNTRENDED and historical_value(text, m.start(), m.end()):
            continue  # a baseline or past value: history, not today's result
        if threshold_value(text, m.start(), m.end()):
            continue  # "transfuse if Hb < 7", "keep K > 4": the plan's, no result
        if (
            name == "ascitic_pmn"
            and _BARE_TAP.match(text, m.start())
            and not _ASCITES_NAMED.search(text)
        ):
            continue  # a joint's or a pleural "diagnostic tap" is another fluid
        unit = (m.group("u") or "").strip().lower()
        if name == "glucose" and not unit:
            unit = stated_glucose_unit(text)  # the case's one glucose unit
        if _ULN_MULTIPLE.match(unit):
            if name not in ULN:
                continue  # "ALT 5 x ULN": no value in the analyte's unit
            value: float | None = float(m.group("v")) * ULN[name]
            unit = a.unit.lower()
        else:
            value = a.convert(float(m.group("v").replace(",", "")), unit)
        if value is None:
            continue
        if (
            name == "potassium"
            and value >= POTASSIUM_HAEMOLYSIS_KEPT
            and _haemolysed(text, m.start(), m.end())
        ):
            continue  # pseudohyperkalaemia: repeated, not read
        analyte, canonical = name, a.unit
        if name == "troponin":
            analyte, canonical = _troponin_assay(value, unit)
        out.append(
            LabResult(
                analyte=analyte,
                value=round(value, 4),
                unit=canonical,
                below=(m.group("cmp") or "").lower() in _BELOW,
                text=m.group(0).strip(),
                start=m.start(),
                end=m.end(),
            )
        )
        out += _earlier_results(name, m, unit)  # after it: sorted by start
    if name == "potassium" and supersede:  # medgi45: a repeat in range (UKKA 2023)
        out = superseded_potassium(text, out + _repeat_potassium(text, out))
    return out


def spurious_potassium(text: str | None) -> LabResult | None:
    """The repeat potassium in range that shows a high value of ``text`` spurious.

    UK Kidney Association 2023: pseudohyperkalaemia (a haemolysed, delayed or
    refrigerated sample) is excluded by a prompt repeat in range, untreated between
    (``_repeat_potassium``); the high value defines no hyperkalaemia.
    """
    if not text or not repeat_potassium_words(text):
        return None
    raw = _analyte_results(text, "potassium", supersede=False)
    raw += _repeat_potassium(text, raw)
    kept = superseded_potassium(text, raw)
    if len(kept) == len(raw):
        return None
    high = POTASSIUM_RANGE[1]
    return next((r for r in kept if r.value <= high), None)


def _repeat_potassium(text: str, read: Sequence[LabResult]) -> list[LabResult]:
    """Repeat potassium values the pattern did not read, as results.

    "Repeat venous potassium in the ED 4.4 mmol/L": words between name and value.
    """
    return [
        LabResult(
            analyte="potassium",
            value=v,
            unit=_ANALYTES["potassium"].unit,
            text=text[start:end],
            start=start,
            end=end,
        )
        for v, start, end in repeat_potassium_values(text)
        if not any(r.start <= start < r.end for r in read)
        and not other_specimen(text, start)
    ]


def _earlier_results(name: str, m: re.Match[str], unit: str) -> list[LabResult]:
    """The earlier values of a trend before its current one, as results.

    "K 6.9 -> 5.0", "creatinine rose from 1.0 to 2.6": each in the current value's
    unit unless its own is written.
    """
    trend = m.groupdict().get("trend")
    if not trend:
        return []
    a, base = _ANALYTES[name], m.start("trend")
    out: list[LabResult] = []
    for raw, written, start, end in earlier_values(trend):
        value = a.convert(raw, written or unit)
        if value is None:
            continue
        analyte, canonical = name, a.unit
        if name == "troponin":
            analyte, canonical = _troponin_assay(value, written or unit)
        out.append(
            LabResult(
                analyte=analyte,
                value=round(value, 4),
                unit=canonical,
                text=m.group(0)[: base - m.start() + end].strip(),
                start=base + start,
                end=base + end,
            )
        )
    return out


def analyte_results(text: str | None, analyte: str) -> tuple[LabResult, ...]:
    """``results_of(text, analyte)``, read by that analyte's pattern alone.

    For a text asked about one analyte once, such as the one-liner joined to the
    note (new on every request): ``read_results`` would read every analyte of the
    whole note to answer. The same results: each analyte's matches are read on their
    own (``_analyte_results``), the CSF counts and the troponin assay names only add
    ``csf_*`` and ``troponin_*`` results, the anion gap computed from a panel only an
    ``anion_gap`` one, and the sort by start keeps text order.
    """
    if (
        analyte not in _PATTERNS
        or analyte in ("troponin", "anion_gap", "iop")
        or analyte.startswith("csf_")
    ):
        # assay names, CSF counts, a computed gap, both eyes of a pressure list
        return results_of(text, analyte)
    if not text:
        return ()
    return tuple(_analyte_results(decimal_points(text), analyte))


def in_case_glucose_unit(
    results: tuple[LabResult, ...], unit: str
) -> tuple[LabResult, ...]:
    """``results`` with a bare glucose read in the case's stated unit.

    A bare whole number of 36 or more is read as mg/dL (``glucose_mg_dl``); when
    the case writes its glucose in mmol/L elsewhere ("glucose 48" in the one-liner,
    "glucose 48 mmol/L" in the note) it is that unit (ADA 2024 units): no
    hypoglycaemia of 48 mg/dL for a glucose of 48 mmol/L.
    """
    if unit not in ("mmol", GLUCOSE_HYPER_WORDED):
        return results
    below = GLUCOSE_HYPO_MG_DL if unit == GLUCOSE_HYPER_WORDED else float("inf")
    return tuple(
        r.model_copy(update={"value": r.value * MG_DL_PER_MMOL_GLUCOSE})
        if r.analyte == "glucose"
        and GLUCOSE_AMBIGUOUS_BELOW <= r.value < below
        and (unit == "mmol" or r.value == int(r.value))
        and not _STATED_UNIT.search(r.text)
        and _as_written(r)
        else r
        for r in results
    )


def _bare_glucose(
    text: str | None, results: tuple[LabResult, ...], unit: str
) -> tuple[LabResult, ...]:
    """A bare glucose of 10-35, ambiguous alone, read in the case's glucose unit.

    readers54 (peds54's request): ``read_results`` drops a whole 10-35 with no unit
    (mg/dL or mmol/L?: ``glucose_mg_dl``); when the case states mmol/L or words a
    hyperglycaemic crisis (``case_glucose_unit``: "polyuria ... blood ketones 4.8")
    it is that unit: "capillary glucose 24" is 432 mg/dL, a DKA's glucose (ISPAD
    2022). Only the value dropped as ambiguous, of blood (not a pleural, CSF or other
    fluid's glucose: ``other_specimen``), not history.
    """
    if (
        not text
        or unit not in ("mmol", GLUCOSE_HYPER_WORDED)
        or any(r.analyte == "glucose" for r in results)
    ):
        return ()
    for m in _PATTERNS["glucose"].finditer(text):
        written = float(m.group("v").replace(",", ""))
        if (
            (m.group("u") or "").strip()
            or m.group("cmp")
            or glucose_mg_dl(written, "") is not None
            or other_specimen(text, m.start())
            or in_csf_sentence(text, m.start())
            or context_status(text, m.start(), m.end()) != "present"
        ):
            continue
        value = glucose_mg_dl(written, unit)
        if value is None:
            continue
        return (
            LabResult(
                analyte="glucose",
                value=round(value, 4),
                unit="mg/dL",
                below=False,
                text=m.group(0).strip(),
                start=m.start(),
                end=m.end(),
            ),
        )
    return ()


_STATED_UNIT: Final = re.compile(r"(?i)mmol|mg")
"""A unit written in a result's own text."""
_NUMBER: Final = re.compile(r"\d+(?:\.\d+)?")


def _as_written(result: LabResult) -> bool:
    """Whether the value is the number as written, not yet converted.

    lead35: a bare "glucose 2.1" is already read as 37.8 mg/dL (``glucose_mg_dl``);
    read in the case's mmol/L again it was 680 mg/dL, a hypoglycaemia hidden.
    """
    return result.value in {float(n) for n in _NUMBER.findall(result.text)}


def _computed_anion_gap(results: Sequence[LabResult]) -> list[LabResult]:
    """The anion gap Na - (Cl + HCO3) when a panel states the three and not the gap.

    Kraut JA, Madias NE. Serum anion gap: its uses and limitations in clinical
    medicine. Clin J Am Soc Nephrol 2007;2:162 (potassium left out, as most
    laboratories report it). The first value of each, as one panel writes them.
    """
    first: dict[str, LabResult] = {}
    for r in results:
        first.setdefault(r.analyte, r)
    if "anion_gap" in first or any(
        a not in first or first[a].below for a in ("sodium", "chloride", "bicarbonate")
    ):
        return []
    na, cl, hco3 = first["sodium"], first["chloride"], first["bicarbonate"]
    gap = na.value - (cl.value + hco3.value)
    return [
        LabResult(
            analyte="anion_gap",
            value=round(gap, 1),
            unit="mmol/L",
            text=f"anion gap {gap:.0f} (Na - [Cl + HCO3])",
            start=min(na.start, cl.start, hco3.start),
            end=max(na.end, cl.end, hco3.end),
        )
    ]


def _troponin_assay(value: float, unit: str) -> tuple[str, str]:
    """Conventional (ng/mL) or high-sensitivity (ng/L) assay, from unit or size."""
    if "ng/ml" in unit or "ug/l" in unit or (not unit and value < 1):
        return "troponin_conventional", "ng/mL"
    return "troponin_hs", "ng/L"


_WORD_NUM = r"(?<![a-z])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)"
"""A count of hours in words ("started three hours ago": readers46)."""
_ONSET = guarded(
    re.compile(
        r"(?i)(?:(?:onset|began|started|starting)\s*"
        rf"(?:about |approximately |~)?(?P<a>\d+(?:\.\d+)?|{_WORD_NUM})\s*"
        r"(?P<ua>hours?|hrs?|h|minutes?|mins?)\b)|"
        r"(?:(?:for(?: the (?:past|last))?|x)\s*"
        rf"(?:about |approximately |~)?(?P<c>\d+(?:\.\d+)?|{_WORD_NUM})\s*"
        r"(?P<uc>hours?|hrs?|h)\b)|"
        rf"(?:(?P<b>\d+(?:\.\d+)?|{_WORD_NUM})\s*"
        r"(?P<ub>hours?|hrs?|h|minutes?|mins?)\s*"
        r"(?:ago|prior to (?:arrival|presentation)|before (?:arrival|presentation)"
        r"|of (?:symptoms|pain|headache)))|"
        # readers45: the duration after its symptom ("hs-troponin T <5 ng/L, symptoms
        # 4 hours", "pain duration 5 h", "symptom onset: 6 hours")
        r"(?:(?<![A-Za-z])(?:symptoms?|pain)(?: (?:duration|onset))?\s*[:=]?\s*"
        r"(?P<d>\d+(?:\.\d+)?)\s*(?P<ud>hours?|hrs?|h)\b"
        r"(?!\s*(?:later|after|before|post|following|into|earlier|apart)\b))"
    )
)
"""Time from onset: "began 2 hours ago", "started 40 minutes ago", "an hour ago"
("for 2 hours" counts in hours; "for a minute" is an episode's length, not the time
since onset)."""
_HOUR_WORDS: Final = {
    "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0,
    "ten": 10.0, "twelve": 12.0, "sixteen": 16.0, "twenty-four": 24.0,
}  # fmt: skip
"""Hours told in words in a timed level ("a four-hour paracetamol level")."""
_POST_INGESTION = guarded(
    re.compile(
        r"(?i)(?:(?P<a>\d+(?:\.\d+)?|"
        + "|".join(_HOUR_WORDS)
        + r")\s*(?:-\s*)?(?:hours?|hrs?|h)\s*"
        r"(?:post[- ]ingestion|after ingestion|(?:(?:paracetamol|acetaminophen|"
        r"APAP|salicylate|drug) )?(?:level|concentration))|"
        r"(?:level )?at (?P<b>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b)"
    )
)
"""A timed level (infect46: "a four-hour paracetamol level 58 mg/L" reads its 4 h)."""


def onset_hours(text: str | None, *, ingestion: bool = False) -> float | None:
    """Hours from symptom onset (or ingestion) stated in the text, if any."""
    if not text:
        return None
    m = (_POST_INGESTION if ingestion else _ONSET).search(text)
    if m is None:
        return None
    if ingestion:
        told = m.group("a") or m.group("b")
        return _HOUR_WORDS.get(told.lower()) or float(told)
    return _onset_of(m)


def onset_hours_joined(first: str, rest: str, rest_hours: float | None) -> float | None:
    r"""``onset_hours(first + " " + rest)``, given ``rest_hours = onset_hours(rest)``.

    The first match starting in ``first`` (or at the space) is looked for position
    by position in the joined text, as ``search`` would try them (it may run on into
    ``rest``); without one, the first match starts in ``rest``, where the joined
    text's answer is ``rest``'s own (the pattern looks behind only with ``\b``, and
    a space and the start of a text are both no word character). A new complaint
    before the same note then costs no scan of the note.
    """
    joined = f"{first} {rest}"
    for pos in match_starts(_ONSET, joined, len(first) + 1):
        m = _ONSET.match(joined, pos)
        if m is not None:
            return _onset_of(m)
    return rest_hours


def _onset_of(m: re.Match[str]) -> float:
    number = (m.group("a") or m.group("b") or m.group("c") or m.group("d")).lower()
    value = number_value(number) if number[0].isalpha() else float(number)
    unit = (m.group("ua") or m.group("ub") or m.group("uc") or m.group("ud")).lower()
    return value / 60.0 if unit.startswith("m") else value


def _rumack_line(hours: float) -> float:
    """Treatment line (mcg/mL) of the Rumack-Matthew nomogram, 4-24 h."""
    return 150.0 * 2 ** (-(hours - 4.0) / 4.0)


MILD_SODIUM_FLOOR: Final = 130.0
"""ESE 2014 (Spasovski G et al. Eur J Endocrinol 2014;170:G1): hyponatraemia of 130-134
mmol/L is mild, 125-129 moderate, below 125 profound."""


def _ntprobnp_cutoff(age: int | None) -> float:
    """The ICON age cut-off of NT-proBNP for acute heart failure (Januzzi 2006)."""
    if age is None or age > 75:
        return 1800.0
    return 450.0 if age < 50 else 900.0


def _bands(
    r: LabResult, age: int | None, onset: float | None, hb_low: float = 12.0
) -> list[str]:
    v, below = r.value, r.below
    a = r.analyte
    table: dict[str, list[tuple[bool, str]]] = {
        # ESE 2014 biochemical classes: mild 130-134, moderate 125-129, profound < 125
        "sodium": [(v < 125, "sodium_low_profound"), (v < 135, "sodium_low"),
                   (MILD_SODIUM_FLOOR <= v < 135, "sodium_low_mild"),
                   (135 <= v <= 145, "sodium_normal"), (v > 145, "sodium_high"),
                   # lead39: >= 155 mmol/L is marked (Adrogue HJ, Madias NE. N Engl J
                   # Med 2000;342:1493: symptoms and correction limits)
                   (v >= 155, "sodium_high_marked")],
        # UK Kidney Association 2020: mild 5.5-5.9, moderate 6.0-6.4, severe >= 6.5
        "potassium": [(v >= 6.5, "potassium_high_severe"),
                      (v >= 6.0, "potassium_high_moderate"),
                      (v > 5.5, "potassium_high"),
                      (3.5 <= v <= 5.0, "potassium_normal"),
                      (v < 3.5, "potassium_low")],
        "glucose": [(v < 54, "glucose_low_severe"), (v < 70, "glucose_low"),
                    (v >= 70, "glucose_not_low"), (v > 250, "glucose_high"),
                    (v > 600, "glucose_very_high"),
                    # below the ADA 2024 DKA threshold (>= 200 mg/dL; Umpierrez 2024);
                    # a low glucose too (lead35: glucose 2.1 mmol/L excludes HHS)
                    (v < 200, "glucose_not_high"),
                    # metab40: below the HHS range (JBDS-IP 2022: >= 30 mmol/L, 540
                    # mg/dL; ADA 2024: >= 600 mg/dL): hyperglycaemia without HHS
                    (v < 540, "glucose_below_hhs")],
        # WHO 2011 by age, sex and pregnancy (``anaemia.hb_threshold``); AABB 2023 7;
        # a man's 12-12.9 is WHO mild anaemia, weighed as mild (``anaemia``)
        "hemoglobin": [(v < 7, "hemoglobin_low_severe"),
                       (v < min(hb_low, MILD_FLOOR), "hemoglobin_low"),
                       (MILD_FLOOR <= v < hb_low, "hemoglobin_low_mild")],
        # a haematocrit at three times the haemoglobin cut-offs (WHO 1968 / 2011)
        "hematocrit": [(v < 7 * HCT_PER_HB, "hemoglobin_low_severe"),
                       (v < min(hb_low, MILD_FLOOR) * HCT_PER_HB, "hemoglobin_low"),
                       (MILD_FLOOR * HCT_PER_HB <= v < hb_low * HCT_PER_HB,
                        "hemoglobin_low_mild")],
        # lead38: > 100 x 10^9/L is hyperleukocytosis (Ganzel C et al. Blood Rev 2012)
        # gi41: >= 15 x 10^9/L is IDSA/SHEA 2017's severe C. difficile infection
        # (McDonald LC et al. Clin Infect Dis 2018;66:e1)
        "wbc": [(v > 12, "wbc_high"), (v < 4, "wbc_low"),
                (v > 100, "hyperleukocytosis"), (v >= 15, "wbc_high_15")],
        # IDSA 2010 (Freifeld): neutropenia ANC < 0.5 x 10^9/L (or expected to fall)
        "anc": [(v < 0.5 or (below and v <= 0.5), "neutropenia")],
        "neutrophils": [(v < 0.5 or (below and v <= 0.5), "neutropenia")],
        # RegiSCAR (Kardaun SH et al. Br J Dermatol 2013;169:1071): >= 0.7 x 10^9/L
        # scores one point, >= 1.5 two
        "eosinophils": [(v >= 1.5, "eosinophilia_marked"), (v >= 0.7, "eosinophilia")],
        "lactate": [(v >= 4, "lactate_high_severe"), (v >= 2, "lactate_high"),
                    (v < 2, "lactate_normal")],
        # ACR 1990 GCA criteria: ESR >= 50 mm/h; a normal ESR (< 20) argues against
        # GCA (LR- 0.2: Smetana GW, Shmerling RH. JAMA 2002;287:92)
        "esr": [(v >= 50, "esr_high"), (v < 20, "esr_normal")],
        # ISTH 2020 TTP / PLASMIC (Bendapudi 2017): platelets < 30 x 10^9/L
        "platelets": [(v < 30, "platelets_low_severe"), (v < 150, "thrombocytopenia")],
        # ACEP 2017 CO policy: COHb >= 10 % is exposure beyond smoking; < 3 % normal
        "bladder_volume": [(v >= RETENTION_ML, "urinary_retention")],
        # lead37: cyanosis from ~10-15 %, methylene blue at >= 30 % or >= 20 % with
        # symptoms (Skold A et al. South Med J 2011;104:757; Wright RO et al. Ann
        # Emerg Med 1999;34:646); < 2 % is normal
        "methemoglobin": [(v >= METHB_SEVERE, "methemoglobin_severe"),
                          (v >= METHB_HIGH, "methemoglobin_high"),
                          (v < 2, "methemoglobin_normal")],
        "carboxyhemoglobin": [(v >= COHB_HBO, "carboxyhemoglobin_severe"),
                              (v >= COHB_HIGH, "carboxyhemoglobin_high"),
                              (v < 3, "carboxyhemoglobin_normal")],
        "d_dimer": [(v < max(500.0, 10.0 * (age or 0)), "d_dimer_negative"),
                    (v >= max(500.0, 10.0 * (age or 0)), "d_dimer_positive")],
        "lipase": [(v >= 180, "lipase_high_3x"), (v < 60, "lipase_normal")],
        # medgi45: iron deficiency below 30 ug/L (NICE CKS anaemia - iron deficiency
        # 2021; Snook J et al. BSG 2021: < 15 is diagnostic, higher cut-offs sensitive)
        "ferritin": [(v < 30, "ferritin_low")],
        # medgi45: above 1000 mg/dL (11.3 mmol/L) a cause of acute pancreatitis (Tenner
        # S et al. ACG 2024; Scherer J et al. J Clin Gastroenterol 2014;48:195)
        "triglycerides": [(v >= 1000, "triglycerides_very_high")],
        # medgi46: a serum osmolality above 320 mOsm/kg is HHS's (JBDS-IP 2022 HHS;
        # Umpierrez GE et al. ADA 2024 hyperglycaemic crises: > 300 effective)
        "osmolality": [(v > 320, "osmolality_hhs")],
        # medgi46: microcytosis below 80 fL, iron deficiency's red cells until the
        # ferritin says otherwise (Snook J et al. BSG 2021; WHO 2011)
        "mcv": [(v < 80, "mcv_low")],
        "creatinine": [(v >= 1.5, "creatinine_high")],
        # Holbrook A et al. CHEST 2012: an INR of 4.5 or more on a vitamin K
        # antagonist is above every target range (hold it; vitamin K above 10)
        # dx39: below 1.5 is below the coagulopathy of acute liver failure (AASLD 2011)
        "inr": [(v >= 1.5, "inr_high"), (v >= 4.5, "inr_supratherapeutic"),
                (v < 1.5, "inr_under_1_5")],
        "hcg": [(v < 5 or (below and v <= 5), "pregnancy_test_negative"),
                (v >= 5 and not below, "pregnancy_test_positive")],
        # below 7.35 is below the reference interval: with hypercapnia, the BTS/ICS 2016
        # threshold for non-invasive ventilation; 'acidemia' keeps the DKA cut-off
        "ph": [(6.5 <= v < 7.30, "acidemia"), (6.5 <= v < 7.35, "ph_below_normal"),
               (7.30 <= v <= 7.8, "ph_above_dka_cutoff"),
               (7.45 < v <= 7.8, "alkalemia")],
        # coherence29: ADA 2024 DKA is pH < 7.30 and/or bicarbonate < 18 mmol/L with
        # ketonaemia >= 3.0 mmol/L (Umpierrez GE et al. Diabetes Care 2024;47:1257);
        # a beta-hydroxybutyrate below 0.6 mmol/L is normal
        "bicarbonate": [(v <= BICARBONATE_LOW, "bicarbonate_low"),
                        (BICARBONATE_LOW < v < 22, "bicarbonate_above_dka_cutoff"),
                        (v >= 22, "bicarbonate_normal"), (v > 28, "bicarbonate_high")],
        # infect52: above the adult reference range (< 50 umol/L; up to about 60 ug/dL)
        "ammonia": [(v > 60, "ammonia_high")],
        "ketones": [(v < 0.6 or (below and v <= 0.6), "ketones_negative"),
                    (0.6 <= v < KETOACIDOSIS_KETONES and not below,
                     "ketones_below_dka_range")],
        # below / above the reference intervals (chloride 98-107, bicarbonate 22-28
        # mmol/L, pH 7.35-7.45): with each other, a hypochloraemic metabolic alkalosis
        "chloride": [(v < 98, "chloride_low")],
        # real35: >= 20 mmol/L is an organic acidosis in most patients (Gabow PA et
        # al. N Engl J Med 1980;303:854): not a mild abnormality
        "anion_gap": [(v > ANION_GAP_HIGH, "anion_gap_high"),
                      (v >= 20, "anion_gap_high_marked")],
        "salicylate": [(v >= 30, "salicylate_toxic_level"),
                       (v < 5 or below, "salicylate_undetectable")],
        # Endocrine Society 2023: severe hypercalcaemia >= 14 mg/dL (3.5 mmol/L)
        # lead39: Society for Endocrinology 2016 (Turner J et al. Endocr Connect
        # 2016;5:G7): an adjusted calcium < 1.9 mmol/L (7.6 mg/dL) is severe, IV calcium
        # when symptomatic; <= 7.0 mg/dL is Cairo-Bishop's tumour-lysis criterion
        # medgi46: below 3.0 mmol/L (12 mg/dL) mild (Society for Endocrinology 2016
        # emergency guidance: asymptomatic, no urgent correction)
        "calcium": [(v >= 14.0, "calcium_high_severe"), (v > 10.5, "calcium_high"),
                    (10.5 < v < 12.0, "calcium_high_mild"),
                    (v <= 7.0, "calcium_low"), (v < 7.6, "calcium_low_severe")],
        # therapeutic 0.5-2.0 ng/mL (Lavonas EJ et al. AHA 2023 toxicology)
        "digoxin": [(v > 2.0, "digoxin_level_high")],
        # above every published therapeutic range (BNF 0.4-1.0 mmol/L; 0.6-1.2 in
        # older guidance); toxicity from 1.5 (Decker BS et al. EXTRIP lithium, Clin
        # J Am Soc Nephrol 2015;10:875)
        "lithium": [(v > 1.2 and not below, "lithium_level_high")],
        "iron": [(v >= SERUM_IRON_TOXIC and not below, "serum_iron_toxic")],
        # above the therapeutic 10-20 mg/L (BNF; Ghannoum M et al. EXTRIP 2015)
        "theophylline": [(v > 20 and not below, "theophylline_level_high")],
        "qrs": [(v > 100, "qrs_wide")],
        "qtc": [(v > 500, "qtc_prolonged")],
        # kb16: Cairo-Bishop 2004 laboratory tumour lysis: phosphate >= 1.45 mmol/L
        # (adults), uric acid >= 8 mg/dL (476 umol/L), corrected calcium <= 7 mg/dL
        # medgi50: below 0.8 mmol/L low, below 0.32 severe (NICE CG32 2006 refeeding;
        # MEED 2022: a low phosphate before feeding is a high-risk sign, replaced)
        "phosphate": [(v >= 1.45, "phosphate_high"), (v < 0.8, "phosphate_low"),
                      (v < 0.32, "phosphate_low_severe")],
        "urate": [(v >= 8.0, "urate_high")],
        # kb16: Pham PC et al. Clin J Am Soc Nephrol 2014: hypomagnesaemia < 0.7 mmol/L
        "magnesium": [(v < MAGNESIUM_LOW_MMOL_L, "magnesium_low")],
        # McCallum 2019: an IOP above 40 mmHg with proptosis after trauma is an orbital
        # compartment syndrome (canthotomy); EGS 2020: > 21 raised
        "iop": [(v > 21, "raised_iop"), (v > 40, "iop_very_high")],
        # Bosch 2009: rhabdomyolysis is a CK above 5 x the upper limit (~1,000 U/L);
        # above ~5,000 U/L kidney injury is likely
        "ck": [(v >= 1000 and not below, "ck_high")],
        # real33: CK-MB mass >= 8 ng/mL is raised (Young GP et al. Acad Emerg Med
        # 1997;4:869; > 7 ng/mL: Gibler WB et al. Ann Emerg Med 1992;21:504)
        "ck_mb": [(v >= 8 and not below, "ck_mb_elevated")],
        # real33: BUN >= 70 mg/dL (urea >= 25 mmol/L), the top Glasgow-Blatchford
        # urea band (Blatchford O et al. Lancet 2000;356:1318): a bleed into the gut,
        # kidney failure or severe volume loss until explained (Tintinalli ch. 88)
        "bun": [(v >= 70 and not below, "bun_markedly_high")],
        # ATA 2014: a TSH >= 10 mU/L is overt primary hypothyroidism (with a low free
        # T4); ATA 2016: a suppressed TSH (< 0.1) is thyrotoxicosis of thyroid origin
        "tsh": [(v >= 10 and not below, "tsh_high"),
                (v < TSH_SUPPRESSED_MU_L or (below and v <= TSH_SUPPRESSED_MU_L),
                 "tsh_suppressed")],
        "free_t4": [(v >= FREE_T4_HIGH_PMOL_L and not below, "thyroid_hormones_high")],
        # readers54: McDonagh TA et al. ESC 2021 heart failure (acute: BNP < 100
        # pg/mL, NT-proBNP < 300 pg/mL make it unlikely; Maisel AS et al. NEJM
        # 2002;347:161: BNP 100 sensitivity 90 %); raised: BNP > 400 (Maisel AS et
        # al. Eur J Heart Fail 2008;10:824) or NT-proBNP above its age cut-off, 450 /
        # 900 / 1800 pg/mL under 50, 50-75, over 75 (ICON: Januzzi JL et al. Eur
        # Heart J 2006;27:330)
        "bnp": [(v < 100 or (below and v <= 100), "natriuretic_peptide_normal"),
                (v > 400 and not below, "natriuretic_peptide_raised")],
        "nt_probnp": [(v < 300 or (below and v <= 300), "natriuretic_peptide_normal"),
                      (v > _ntprobnp_cutoff(age) and not below,
                       "natriuretic_peptide_raised")],
        "csf_rbc": [(v < 2000, "csf_rbc_low")],
        "csf_wbc": [(v < 5, "csf_wbc_normal"),
                    (v >= 5 and not below, "csf_pleocytosis")],
        # ACOG PB 222: AST/ALT > 2 x ULN (~35 U/L); LDH >= 600 IU/L (Sibai 1993)
        # medgi56: an aminotransferase in the thousands narrows the cause to a viral,
        # toxic (paracetamol) or ischaemic hepatitis (Kwo PY et al. ACG 2017 abnormal
        # liver chemistries, Am J Gastroenterol 2017;112:18: > 1000 U/L)
        "ast": [(v >= 70, "transaminases_high"),
                (v >= 1000 and not below, "transaminases_very_high")],
        "alt": [(v >= 70, "transaminases_high"),
                (v >= 1000 and not below, "transaminases_very_high")],
        "ldh": [(v >= 600, "ldh_high")],
        "bilirubin": [
            (v >= BILIRUBIN_HIGH_MG_DL and (age is None or age >= 18), "bilirubin_high")
        ],
        # BTS/ICS 2016 NIV guideline: pCO2 > 6.5 kPa (49 mmHg) with pH < 7.35;
        # hypercapnia from > 45 mmHg (6 kPa)
        "pco2": [(v > 45, "hypercapnia")],
        # NICE NG143 / NG240: capillary refill >= 3 s is poor perfusion
        "capillary_refill": [(v >= 3 and not below, "poor_perfusion")],
        # Margaretten ME et al. JAMA 2007;297:1478: LR+ 28 (>= 100,000/uL), 7.7
        # (50,000-100,000), LR 0.32 (< 25,000) for septic arthritis
        # Biggins SW et al. AASLD 2021: SBP is ascitic neutrophils >= 250/mm3
        # EASL 2018 decompensated cirrhosis: a count below 250/mm3 excludes SBP
        "ascitic_pmn": [(v >= 250, "ascitic_pmn_high"),
                        (v < 250, "ascitic_pmn_normal")],
        "synovial_wbc": [(v >= 100_000, "synovial_wbc_100k"),
                         (50_000 <= v < 100_000, "synovial_wbc_50k"),
                         (v < 25_000, "synovial_wbc_low")],
    }  # fmt: skip
    if a == "troponin_hs":
        return _troponin_bands(v, below, onset)
    if a == "troponin_conventional":
        if v < 0.04 or (below and v <= 0.04):
            return ["troponin_normal"]
        return ["troponin_elevated"] + (["troponin_markedly_elevated"] * (v >= 1.0))
    return [c for hit, c in table.get(a, []) if hit]


def _troponin_bands(v: float, below: bool, onset: float | None) -> list[str]:
    if v < 5 or (below and v <= 5):
        out = ["troponin_normal", "troponin_below_lod"]
        if onset is not None and onset > 3:
            out.append("troponin_single_rule_out")
        return out
    if v < 14 or (below and v <= 14):
        return ["troponin_normal"]
    if v >= 52:
        return ["troponin_elevated", "troponin_markedly_elevated"]
    return ["troponin_borderline"]


def _acetaminophen(r: LabResult, hours: float | None) -> list[str]:
    if hours is None:
        return [] if r.below or r.value < 10 else ["acetaminophen_level_detectable"]
    if hours < 4 or hours > 24:
        return []  # outside the nomogram: not interpretable
    line = _rumack_line(hours)
    return [
        "acetaminophen_level_toxic" if r.value >= line else "acetaminophen_level_low"
    ]


def result_findings(
    text: str | None,
    *,
    age: int | None = None,
    onset_text: str | None = None,
    onset: float | None = None,
    glucose_unit: str = "",
    sex: str | None = None,
    pregnant: bool = False,
) -> tuple[Finding, ...]:
    """Turn the results in ``text`` into findings, worst value first.

    Results are present findings; an ECG stated as not meeting STEMI criteria is the
    reader's negative, an absent one (``ecg_reports``).

    Args:
        text: Free text of the current visit (never prior notes).
        age: Age in years (age-adjusted D-dimer).
        onset_text: Text that states the time from onset (default: ``text``).
        onset: Hours from onset when already known (wins over ``onset_text``).
        glucose_unit: The case's one stated glucose unit (``case_glucose_unit``):
            a bare glucose of this text is read in it.
        sex: "M" or "F" when known: the anaemia threshold
            (``anaemia.hb_threshold``, WHO 2011).
        pregnant: Known to be pregnant (the same threshold).

    Returns:
        The imaging, ECG, urine and laboratory results stated in words
        (``reports``, ``ecg_reports``, ``lab_words``) and a stated immunosuppression
        (``immunocompromise``), then
        one finding per concept, from the first result that produced it; a concept that
        reassures is dropped when the same test also gave a worse value.
    """
    reports = (
        report_findings(text)
        + ecg_findings(text)
        + angiography_findings(text)
        + lab_word_findings(text)
        + normal_word_findings(text)
        + immunocompromise_findings(text)
        + csf_organism_findings(text)
        + csf_panel_findings(text)
        + blood_culture_findings(text)
        + pupil_findings(text)
    )
    reports += _negative_study_findings(text, reports)
    spurious = spurious_potassium(text)
    if spurious is not None:  # medgi45: UKKA 2023, a high potassium not confirmed
        reports += (
            Finding(
                concept=PSEUDOHYPERKALAEMIA,
                status="present",
                text=spurious.text,
                start=spurious.start,
                end=spurious.end,
            ),
        )
    results = in_case_glucose_unit(read_results(text), glucose_unit)
    results += _bare_glucose(text, results, glucose_unit)
    reports += maddrey_findings(  # medgi42: EASL 2018 severe alcoholic hepatitis
        text,
        lambda: next((r.value for r in results if r.analyte == "bilirubin"), None),
    )
    change = (
        (troponin_change(text) or conventional_troponin_change(text)) if text else None
    )
    if change is not None:
        reports += (_found("troponin_dynamic", change.string, *change.span()),)
    static = troponin_static(text) if text and change is None else None
    if static is not None:
        reports += (_found("troponin_static", static.string, *static.span()),)
    if onset is None:
        onset = onset_hours(onset_text if onset_text is not None else text)
    early_ct = _early_negative_ct(text, onset)
    if early_ct is not None:
        reports += (early_ct,)
    reports += _troponin_timing(text, results, onset)
    stated_normal = _stated_normal_troponin(text, results) if change is None else None
    if stated_normal is not None:
        reports += (stated_normal,)
    if change is None:
        reports += tuple(
            f
            for f in _troponin_lod_words(text, results, onset)
            if f.concept not in {r.concept for r in reports}
        )
    if not results:
        return reports
    for concept, reader in (
        ("hemoglobin_fall", hemoglobin_fall),
        ("platelet_fall", platelet_fall),  # lead37: the 4Ts' platelet item
    ):
        fall = reader(decimal_points(text), results) if text else None
        if fall is not None:
            reports += (
                Finding(
                    concept=concept,
                    status="present",
                    text=text[fall[0] : fall[1]] if text else "",
                    start=fall[0],
                    end=fall[1],
                ),
            )
    ingestion = onset_hours(text, ingestion=True)
    hb_low = hb_threshold(age, sex, pregnant=pregnant)
    if any(r.analyte == "hemoglobin" for r in results):
        # the haemoglobin is WHO's measure; the haematocrit only stands in for it
        results = tuple(r for r in results if r.analyte != "hematocrit")
    seen: dict[str, Finding] = {}
    for r in results:
        concepts = (
            _acetaminophen(r, ingestion)
            if r.analyte == "acetaminophen"
            else _bands(r, age, onset, hb_low)
        )
        for c in concepts:
            seen.setdefault(
                c,
                Finding(
                    concept=c, status="present", text=r.text, start=r.start, end=r.end
                ),
            )
    if any(r.analyte == "sodium" and r.value < MILD_SODIUM_FLOOR for r in results):
        seen.pop("sodium_low_mild", None)  # 128, then 131 after treatment: not mild
    alkalosis = _hypochloraemic_alkalosis(seen)
    if alkalosis is not None:
        seen.setdefault("hypochloremic_alkalosis", alkalosis)
    for concept, made in (
        ("osmolar_gap_high", suggestive_gap(results)),  # med29: ethanol, ketosis
        ("glucose_corrected", glucose_corrected(results)),
        ("ast_alt_alcoholic", alcoholic_transaminases(results)),  # gi41
    ):
        if made is not None:
            seen.setdefault(
                concept,
                Finding(
                    concept=concept,
                    status="present",
                    text=made.text,
                    start=made.start,
                    end=made.end,
                ),
            )
    # readers42: "potassium normal" beside a raised potassium value: the value's band
    # decides (safety first, as ``_REASSURING`` drops a value's own normal concept)
    reports = tuple(
        f
        for f in reports
        if not (
            f.concept in WORD_NORMALS
            and _REASSURING.get(f.concept, set()) & seen.keys()
        )
    )
    return reports + tuple(
        f
        for c, f in seen.items()
        if c not in {r.concept for r in reports}
        and not (_REASSURING.get(c, set()) & seen.keys())
    )


_NEGATIVE_STUDY: Final[dict[tuple[str, str], tuple[str, str, frozenset[str]]]] = {
    ("CT", "head"): ("ct_head_negative", "", frozenset({"any", "haemorrhage"})),
    ("CT", "cervical_spine"): (
        "ct_cspine_negative",
        "ct_cspine_fracture",
        frozenset({"any", "fracture"}),
    ),
    ("CT", "abdomen_pelvis"): (
        "ct_appendicitis_negative",
        "ct_appendicitis",
        frozenset({"any"}),
    ),
}
"""(modality, region) -> (the negative concept, the positive concept that cancels
it, the readings that support it). A head CT negative for blood is a negative head
CT; a cervical spine CT negative for fracture excludes a fracture (sensitivity 98 %:
Holmes JF, Akkinepalli R. J Trauma 2005;58:902; Patel MB et al. EAST 2015); an
unremarkable CT of the abdomen and pelvis shows a normal appendix (sens 94 %, spec
95 %: Terasawa T et al. Ann Intern Med 2004;141:537). A normal radiograph of a wrist
or hip is typed (``imaging_results``) but excludes nothing here (occult scaphoid and
hip fractures: NICE NG38 2016)."""


def _negative_study_findings(
    text: str | None, reports: tuple[Finding, ...]
) -> tuple[Finding, ...]:
    """Findings of the studies ``text`` reads negative, where a concept is validated."""
    have = {f.concept for f in reports}
    out: list[Finding] = []
    for r in negative_studies(text):
        mapped = _NEGATIVE_STUDY.get((r.modality, r.region))
        if mapped is None or r.negative_for not in mapped[2] or not text:
            continue
        concept, positive, _ = mapped
        if concept in have or positive in have:
            continue
        have.add(concept)
        out.append(_found(concept, text, r.start, r.end))
    return tuple(out)


def _hypochloraemic_alkalosis(seen: dict[str, Finding]) -> Finding | None:
    """A low chloride with a high bicarbonate or pH: hypochloraemic alkalosis.

    The metabolic picture of loss of gastric acid (pyloric stenosis: Hernanz-Schulman
    M. Radiology 2003;227:319; APLS 6th ed.), named as the knowledge base weighs it.
    """
    low = seen.get("chloride_low")
    if low is None or not {"bicarbonate_high", "alkalemia"} & seen.keys():
        return None
    return low.model_copy(update={"concept": "hypochloremic_alkalosis"})


AH_AST_MIN: Final = 50.0
AH_AMINOTRANSFERASE_MAX: Final = 400.0
AH_AST_ALT_RATIO: Final = 1.5
"""NIAAA 2016 alcoholic hepatitis (Crabb DW et al. Gastroenterology 2016;150:785): AST
above 50 IU/L, AST/ALT above 1.5, both below 400 IU/L."""


def alcoholic_transaminases(results: Sequence[LabResult]) -> LabResult | None:
    """The AST of an alcoholic-hepatitis pattern of aminotransferases, if any.

    The first AST and ALT of the text: AST > 50 IU/L, AST/ALT > 1.5 and both < 400
    IU/L (NIAAA 2016 criteria; Crabb DW et al. AASLD 2019). A viral, ischaemic or
    toxic hepatitis has aminotransferases in the thousands, an obstructed duct a
    cholestatic pattern.
    """
    ast = next((r for r in results if r.analyte == "ast" and not r.below), None)
    alt = next((r for r in results if r.analyte == "alt" and not r.below), None)
    if ast is None or alt is None or alt.value <= 0:
        return None
    if not (AH_AST_MIN < ast.value < AH_AMINOTRANSFERASE_MAX):
        return None
    if (
        alt.value >= AH_AMINOTRANSFERASE_MAX
        or ast.value / alt.value <= AH_AST_ALT_RATIO
    ):
        return None
    return ast


GLUCOSE_LOW_MG_DL: Final = 70.0
"""ADA Standards of Care 2024, section 6: level 1 hypoglycaemia is < 70 mg/dL
(3.9 mmol/L)."""


def glucose_corrected(results: Sequence[LabResult]) -> LabResult | None:
    """The glucose that shows a documented hypoglycaemia corrected, if any.

    The last glucose in text order is >= 70 mg/dL after an earlier one below it
    ("BM 2.2 ... now 6.9 mmol/L"). ``glucose_low`` still stands for the episode
    (safety first); this says only that no hypoglycaemia is measured now, so no
    further dextrose bolus is due (ADA Standards of Care 2024, section 6). A low
    value last ("6.2 after dextrose, then 2.9") is a recurrence, not a correction.
    """
    glucose = [r for r in results if r.analyte == "glucose"]
    if len(glucose) < 2 or glucose[-1].value < GLUCOSE_LOW_MG_DL:
        return None
    if not any(r.value < GLUCOSE_LOW_MG_DL for r in glucose[:-1]):
        return None
    return glucose[-1]


EARLY_TROPONIN_HOURS: Final = 3.0
"""A single normal troponin excludes NSTEMI only on a sample taken 3 h or more after
symptom onset (ESC 2020 NSTE-ACS and Byrne RA et al. ESC 2023 ACS guideline: the
single-sample rule-out needs chest pain > 3 h before; otherwise 0/1 h, 0/2 h or
0/3 h; the HEART pathway repeats it at 3 h, Mahler SA et al. Circ Cardiovasc Qual
Outcomes 2015;8:195)."""
_TROPONIN_NORMAL_WORDS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:hs-?)?trop(?:onin)?s?(?:\s+[IT])?\s*(?::|is|was|were)?"
        r"\s*(?:negative|neg|normal|wnl|within normal limits|undetectable|not elevated"
        r"|unremarkable|<\s*\d)|(?:negative|normal|undetectable) (?:hs-?)?trop"
        r"(?:onin)?s?)(?![A-Za-z])"
    )
)
"""A troponin stated normal ("troponin negative", "trop <0.01", "normal troponin")."""
_TROPONIN_REPEATED: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:serial|repeat(?:ed)?|second|2nd|delta|follow-?up"
        r"|\d\s*-?\s*h(?:ou)?r?|0\s*(?:and|&|/)\s*[1-6]\s*-?\s*h(?:ou)?r?s?)"
        r"\s*(?:hs-?)?trop(?:onin)?s?|trop(?:onin)?s?\s*(?:x\s?[2-9]|at 0 and"
        r"|0\s*/\s*[1-6]\s*h)|(?:troponins|trops))(?![A-Za-z])[^.;\n]{0,40}?"
        r"(?:negative|neg|normal|wnl|undetectable|not elevated|unchanged|flat|stable"
        r"|<\s*\d|\d+(?:\.\d+)?(?!\d|\.\d|\s*(?:h|hrs?|hours?|min\w*)(?![A-Za-z])))"
        # sampling-time labels of serial values: "troponin 0h 4 ng/L, 1h 5 ng/L"
        # and serial times after the result: "troponin negative at 0 and 3 hours",
        # "troponin normal twice"
        r"|(?<![A-Za-z])trop\w*[^.;\n]{0,30}?(?<![\d.])0(?![.\d])\s*(?:h\w*)?"
        r"[^.;\n]{1,30}?(?<![\d.])[1-6]\s*-?\s*h(?:ours?|rs?)?(?![A-Za-z])"
        r"(?!\s*(?:troponin\s*)?(?:pending|due|to follow|ordered|planned))"
        r"|(?<![A-Za-z])trop\w*\s+(?:\w+\s+){0,2}?(?:x\s?[2-9]|twice"
        r"|on two occasions)(?![A-Za-z0-9])"
    )
)
"""A repeat or serial troponin with its result ("repeat troponin at 3 h <5 ng/L",
"troponins x2 negative"): an order for one ("plan repeat troponin") is no result."""
_TROPONIN_ANALYTES: Final = frozenset({"troponin_hs", "troponin_conventional"})
_SAMPLING_WORDS: Final = (
    r"(?:\s*(?:at|x|on|and|&|/|,|-|both|all|each|two|three|separate|occasions|times"
    r"|twice|apart|later|taken|drawn|sampled|\d{1,2}\s*-?\s*(?:h|hrs?|hours?|mins?"
    r"|minutes?)?|h|hrs?|hours?)(?![A-Za-z]))*"
)
_SERIAL_NORMAL_WORDS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:serial|repeat(?:ed)?|two|2|both)\s+)?(?:hs-?|high[- ]"
        r"sensitivity\s+)?(?:cardiac\s+)?(?:troponins?|trops?|hs-?tn[it]s?)"
        r"(?:\s+[IT])?(?![A-Za-z])" + _SAMPLING_WORDS + r"\s*"
        r"(?:(?:were|was|are|is|both|all|:)\s*)*"
        r"(?:negative|neg|normal|wnl|within normal limits|undetectable|not elevated"
        r"|not raised|unremarkable)(?![A-Za-z])"
    )
)
"""A troponin stated normal with its sampling times between the name and the verdict:
"serial troponins at 0 and 3 hours normal", "troponins at 0 and 1 h both negative",
"troponin x2 normal" (ESC 2020 NSTE-ACS and Byrne RA et al. ESC 2023 ACS: the 0/1 h,
0/2 h and 0/3 h algorithms; Six AJ et al. Neth Heart J 2008;16:191, the HEART
troponin item). A value between them is read by its own band, not by this."""


_HS_TROPONIN_LOD_WORDS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:hs-?|high[- ]sensitivity\s+)(?:cardiac\s+)?"
        r"(?:troponins?|trops?|tn)(?:\s*[IT])?(?![A-Za-z])[^.;\n]{0,25}?"
        r"(?:(?:below|under|less\s+than|<)\s*(?:the\s+)?(?:(?:assay'?s?\s+)?limit\s+of"
        r"\s+detection|lod|detection\s+limit|detectable\s+(?:level|limit|range))"
        r"|undetectable|not\s+detect(?:ed|able))(?![A-Za-z])"
    )
)
"""readers43 (cardio43): a high-sensitivity troponin stated below its limit of
detection in words ("hs-troponin below the limit of detection at 3 h after onset"):
the band of a value under the LoD (ESC 2020 NSTE-ACS; Byrne RA et al. ESC 2023 ACS
3.1: a single hs-cTn below the LoD with chest pain > 3 h before rules out)."""


def _troponin_lod_words(
    text: str | None, results: Sequence[LabResult], onset: float | None
) -> tuple[Finding, ...]:
    """The LoD bands of an hs-troponin stated undetectable in words, or ().

    () when a troponin value is written (the values' bands decide) or the words are
    a past visit's.
    """
    if not text or any(r.analyte in _TROPONIN_ANALYTES for r in results):
        return ()
    m = _HS_TROPONIN_LOD_WORDS.search(text)
    if m is None or historical_value(text, m.start(), m.end()):
        return ()
    if context_status(text, m.start(), m.end()) != "present":
        return ()
    bands = ["troponin_normal", "troponin_below_lod"]
    if onset is not None and onset > EARLY_TROPONIN_HOURS:
        bands.append("troponin_single_rule_out")
    return tuple(_found(c, text, m.start(), m.end()) for c in bands)


def _stated_normal_troponin(
    text: str | None, results: Sequence[LabResult]
) -> Finding | None:
    """``troponin_normal`` from a serial troponin stated normal in words, or None.

    None when a troponin value is written: the values' bands decide (a raised value
    beside the words keeps only the raised one, ``_REASSURING``).
    """
    if not text or any(r.analyte in _TROPONIN_ANALYTES for r in results):
        return None
    m = _SERIAL_NORMAL_WORDS.search(text)
    if m is None or historical_value(text, m.start(), m.end()):
        return None  # "previous troponins normal": a past visit's
    return _found("troponin_normal", text, m.start(), m.end())


def _troponin_timing(
    text: str | None, results: Sequence[LabResult], onset: float | None
) -> tuple[Finding, ...]:
    """Whether a normal troponin was taken early, and whether it was repeated.

    ``troponin_early_sample``: a normal troponin (a value or words) with symptom
    onset stated less than ``EARLY_TROPONIN_HOURS`` before; ``troponin_repeated``: a
    second troponin value, or a serial or repeat troponin stated with its result.
    """
    if not text:
        return ()
    out: list[Finding] = []
    trops = [r for r in results if r.analyte in _TROPONIN_ANALYTES]
    repeated = _TROPONIN_REPEATED.search(text)
    if repeated is not None:
        out.append(_found("troponin_repeated", text, repeated.start(), repeated.end()))
    elif len(trops) >= 2:
        out.append(_found("troponin_repeated", text, trops[1].start, trops[1].end))
    if onset is None or onset >= EARLY_TROPONIN_HOURS:
        return tuple(out)
    normal = [r for r in trops if "troponin_normal" in _bands(r, None, onset)]
    if normal:
        out.append(
            _found("troponin_early_sample", text, normal[0].start, normal[0].end)
        )
    elif words := _TROPONIN_NORMAL_WORDS.search(text):
        out.append(_found("troponin_early_sample", text, words.start(), words.end()))
    return tuple(out)


def _found(concept: str, text: str, start: int, end: int) -> Finding:
    return Finding(
        concept=concept, status="present", text=text[start:end], start=start, end=end
    )


_CT_HEAD_NEGATIVE = guarded(
    re.compile(
        r"(?i)(?<![a-z])(?:non-?contrast |plain |unenhanced )?(?:ct (?:head|brain)|"
        r"(?:head|brain) ct)(?: scan)?(?:[^.;]|\.(?=\d)){0,100}?(?:negative|normal|"
        r"unremarkable|"
        r"no (?:acute |intracranial |subarachnoid )*(?:ha?emorrhage|blood|bleed|"
        r"abnormality|(?-i:SAH)))"
    )
)
"""A head CT stated as negative for blood (a decimal point, "at 2.5 h", is no sentence
end)."""
_CT_TIME_FROM_ONSET = re.compile(
    r"(?i)(?:(?:at|within|<)\s*)?(?:(?<![\d.])(?P<h>\d+(?:\.\d+)?)|(?<![a-z])"
    r"(?P<w>an?|one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:h|hrs?|hours?)\s*"
    r"(?:of|from|after)\s*(?:the\s*)?(?:onset|ictus|symptom|headache)"
)
"""The scan's own time from onset, stated with it: "CT head at 3 h from onset",
"at four hours after onset" (readers46: in words too)."""
_CLAUSE_END: Final = re.compile(r"[;\n]|\.(?!\d)")
"""The end of the reading's clause: the scan's time may follow its verdict ("normal CT
head at 2 hours after onset"); a decimal point is no end."""


def _early_negative_ct(text: str | None, onset: float | None) -> Finding | None:
    """A negative head CT when the headache began at most 6 h earlier.

    A modern non-contrast CT read as negative within 6 h of headache onset excludes
    SAH in an alert patient (sensitivity 100 %: Perry JJ et al. BMJ 2011;343:d4277;
    ACEP 2019 acute headache, level B); after 6 h it does not (an LP or CTA follows).
    The time is the scan's own time from onset when stated with it, else the stated
    time from onset (a bound on the time of the scan).
    """
    if not text:
        return None
    m = _CT_HEAD_NEGATIVE.search(text)
    if m is not None:
        start, end = m.span()
    else:  # a word order the set pattern misses ("normal CT head at 3 h ...")
        head = [
            r
            for r in negative_studies(text)
            if (r.modality, r.region) == ("CT", "head")
            and r.negative_for in ("any", "haemorrhage")
        ]
        if not head:
            return None
        start, end = head[0].start, head[0].end
    clause = _CLAUSE_END.search(text, end)
    timed = _CT_TIME_FROM_ONSET.search(
        text, start, clause.start() if clause else len(text)
    )
    if timed is not None:
        onset = (
            float(timed.group("h")) if timed.group("h") else number_value(timed["w"])
        )
    if onset is None or onset > 6:
        return None
    return _found("ct_head_negative_early", text, start, end)


_TROP_NAME = (
    r"(?:hs-?|high[- ]sensitivity )?(?:cardiac )?(?:troponin|trop|c?tn)\s*"
    r"(?P<kind>[it]\b)?|hs-?c?tn(?P<kind2>[it])"
)
_HS = r"(?P<{}>\d{{1,4}}(?:\.\d+)?)\s*(?:ng/l)?"
_SERIAL_TROPONIN = re.compile(
    rf"(?i)(?<![a-z0-9])(?:{_TROP_NAME})[^.;]{{0,30}}?"
    r"(?:"
    # labelled serial values: "0 h 38 ng/L, 1 h 71 ng/L", "0h: 38 -> 2h: 70"
    r"(?:at\s*)?0\s*(?:h|hrs?|hours?)\s*[:=]?\s*" + _HS.format("a") + r"\s*"
    r"(?:,|;|and|then|->|→|to)?\s*(?:at\s*)?(?P<h>[123])\s*(?:h|hrs?|hours?)\s*"
    r"[:=]?\s*" + _HS.format("b") + r"|"
    # "rose from 38 to 71 ng/L over 1 hour"
    r"(?:rose|rising|risen|increased|went up|fell|falling|decreased)\s+from\s+"
    + _HS.format("c")
    + r"\s*to\s*"
    + _HS.format("d")
    + r"(?:[^.;]{0,20}?(?P<h2>[123])\s*(?:h|hrs?|hours?))?|"
    # cardio43: each value before its time, "48 ng/L at 0 h and 96 ng/L at 1 h"
    + _HS.format("e")
    + r"\s*(?:at\s*)?0\s*(?:h|hrs?|hours?)\s*(?:,|;|and|then|->|→|to)?\s*"
    + _HS.format("f")
    + r"\s*(?:at\s*)?(?P<h3>[123])\s*(?:h|hrs?|hours?)\b|"
    # cardio55: the repeat named after the first value, "62 ng/L, repeat at 3 h 64
    # ng/L", "38 then 164 ng/L at 3 h"
    + _HS.format("g")
    + r"\s*(?:,|;|and|->|→)?\s*(?:then\s+)?(?:(?:a|the)\s+)?(?:repeat(?:ed)?|second|"
    r"2nd|serial|follow-?up)\s*(?:troponin\s*)?(?:at|after)\s*(?P<h4>[1-6])\s*"
    r"(?:h|hrs?|hours?)\s*(?:later\s*)?(?:[:=]|was|of)?\s*"
    + _HS.format("g2")
    + r"|"
    + _HS.format("i")
    + r"\s*(?:then|->|→|rising to|rose to)\s*"
    + _HS.format("j")
    + r"\s*(?:at|after)\s*(?P<h5>[1-6])\s*(?:h|hrs?|hours?)\b"
    r")"
)
"""Serial high-sensitivity troponin values in one sentence."""


_CONV = (
    r"(?P<{}>\d{{0,2}}\.\d{{1,3}}|\d{{1,2}}(?=\s*(?:ng/ml|[uµμ]g/l|mcg/l)))"
    r"(?!\s*(?:h\b|hrs?\b|hours?\b|min))\s*(?:ng/ml|[uµμ]g/l|mcg/l)?"
)
"""A conventional troponin value: decimal, or whole with its unit (never an hour)."""
_CONVENTIONAL_PAIR = re.compile(
    rf"(?i)(?<![a-z0-9])(?:{_TROP_NAME})[^.;0-9]{{0,20}}?"
    + _CONV.format("a")
    + r"(?:\s*(?:at|on)\s+(?:arrival|presentation|baseline|triage|0\s*h\w*))?\s*"
    r"(?:(?:,|;|then|->|→|and|to|followed by|rising to|rose to|fell to)\s*){1,2}"
    r"(?:(?:a\s+|the\s+)?(?:repeat|second|2nd|serial|subsequent|follow-?up)\s*"
    r"(?:troponin|trop)?\s*(?:of|was|is|:)?\s*)?" + _CONV.format("b")
)
"""Two troponin values of a conventional assay (ng/mL) in one phrase."""
TROPONIN_URL_NG_ML: Final = 0.04
"""The conventional assays' 99th-centile upper reference limit this reader uses (the
``troponin_conventional`` band)."""


def conventional_troponin_change(text: str) -> re.Match[str] | None:
    """The first conventional-assay troponin pair that rises or falls (Fourth UDMI).

    Thygesen K et al. Fourth Universal Definition of MI (Circulation 2018;138:e618):
    with the first value above the 99th centile a change of more than 20 % is a rise
    or fall; from a first value at or below it, a second above it by at least 50 % of
    the limit. Values of 1 or more read as ng/L of a high-sensitivity assay are left
    to ``troponin_change``.
    """
    for m in _CONVENTIONAL_PAIR.finditer(text):
        a, b = float(m["a"]), float(m["b"])
        if a >= 1 or b >= 10:  # an hs assay's ng/L: troponin_change
            continue
        url = TROPONIN_URL_NG_ML
        if a > url and abs(b - a) > 0.2 * a:
            return m
        if a <= url < b and b - a >= 0.5 * url:
            return m
    return None


def _serial_pair(m: re.Match[str]) -> tuple[float, float, int]:
    """The first and second values of a serial troponin match and the hours between."""
    first, second = next(
        pair
        for pair in (("a", "b"), ("c", "d"), ("e", "f"), ("g", "g2"), ("i", "j"))
        if m[pair[0]]
    )
    hours = m["h"] or m["h2"] or m["h3"] or m["h4"] or m["h5"] or 1
    return float(m[first]), float(m[second]), int(hours)


def troponin_change(text: str) -> re.Match[str] | None:
    """The first serial hs-troponin pair whose change meets the ESC 2023 rule-in delta.

    Returns the match when a stated pair of high-sensitivity values (ng/L)
    changes by at least the rule-in delta of the assay (hs-cTnT >= 6 ng/L within
    1 h, >= 10 within 2-3 h; hs-cTnI or an unnamed assay >= 15 and >= 20: Byrne RA
    et al. 2023 ESC ACS guideline, Eur Heart J 2023;44:3720, table of 0/1 h and 0/2 h
    cut-offs), else None. A rise or a fall counts (Fourth Universal Definition of MI:
    'rise and/or fall').
    """
    for m in _SERIAL_TROPONIN.finditer(text):
        a, b, hours = _serial_pair(m)
        if a < 1 and b < 1:  # conventional ng/mL: no ESC delta
            continue
        kind = (m["kind"] or m["kind2"] or "").lower()
        needed = (
            (6.0 if hours <= 1 else 10.0)
            if kind == "t"
            else (15.0 if hours <= 1 else 20.0)
        )
        if abs(b - a) >= needed:
            return m
    return None


HS_TNT_URL: Final = 14.0
"""The hs-cTnT 99th-percentile upper reference limit, ng/L (Byrne RA et al. ESC 2023 ACS
3.2.2; Thygesen K et al. Fourth UDMI 2018)."""
STATIC_CHANGE: Final = 0.2
"""Fourth UDMI (Thygesen K et al. Circulation 2018;138:e618): with a raised baseline a
change of more than 20 % marks acute injury; less, over 3 h or more, is chronic."""


def troponin_static(text: str) -> re.Match[str] | None:
    """The first serial hs-troponin pair raised and flat over 3 h or more (cardio54).

    Both values above the hs-cTnT 99th percentile (14 ng/L), 3 h or more apart,
    changing by less than 20 % of the first and less than the ESC 2023 rule-in delta
    (``troponin_change``): chronic myocardial injury (end-stage kidney disease, heart
    failure), not the rise and/or fall of an acute infarction (Thygesen K et al. Fourth
    UDMI 2018; Byrne RA et al. ESC 2023 ACS 3.2.2: chronically raised values, the 0/3 h
    pathway). A conventional (ng/mL) pair is not read.
    """
    if troponin_change(text) is not None:
        return None
    for m in _SERIAL_TROPONIN.finditer(text):
        a, b, hours = _serial_pair(m)
        if hours >= 3 and min(a, b) > HS_TNT_URL and abs(b - a) < STATIC_CHANGE * a:
            return m
    return None


_TROP_UP = {"troponin_elevated", "troponin_borderline"}
_REASSURING: dict[str, set[str]] = {
    "sodium_normal": {"sodium_low", "sodium_high"},
    "potassium_normal": {"potassium_high", "potassium_low"},
    "glucose_not_low": {"glucose_low"},
    "glucose_not_high": {"glucose_high", "glucose_very_high"},
    "glucose_below_hhs": {"glucose_very_high"},
    "lactate_normal": {"lactate_high"},
    "esr_normal": {"esr_high"},
    "troponin_normal": _TROP_UP,
    "troponin_below_lod": _TROP_UP,
    "troponin_single_rule_out": _TROP_UP,
    "lipase_normal": {"lipase_high_3x"},
    "pregnancy_test_negative": {"pregnancy_test_positive"},
    "salicylate_undetectable": {"salicylate_toxic_level"},
    "d_dimer_negative": {"d_dimer_positive"},
    "ascitic_pmn_normal": {"ascitic_pmn_high"},
    "acetaminophen_level_low": {"acetaminophen_level_toxic"},
    "bicarbonate_normal": {"bicarbonate_low"},
    # readers43: words of normal beside a raised value of the same tests
    "normal_electrolytes": {
        "sodium_low",
        "sodium_high",
        "potassium_high",
        "potassium_low",
    },
    "creatinine_normal": {"creatinine_high"},
    "lfts_normal": {"transaminases_high", "bilirubin_high"},
}
"""Reassuring concepts, dropped when a worse value of the same test is also reported
(glucose 40 then 110 after dextrose keeps only glucose_low: safety first)."""


_CREATININE_BASELINE: Final = guarded(
    re.compile(
        r"(?i)\b(?:creat\w*|cr)\b(?:[^.;\n]|\.(?=\d)){0,40}?\bbaseline"
        r"(?: creatinine| cr)?"
        r"(?: of| was| is|:)?\s*(\d{1,4}(?:\.\d+)?)"
        r"|\bbaseline (?:creatinine|creat|cr)(?: of| was| is|:)?\s*(\d{1,4}(?:\.\d+)?)"
        # readers41: an earlier value of the trend dated within three months
        # ("creatinine rising, 90 a week ago now 240": NICE NG148 1.3.1 compares with
        # the lowest value of the previous 3 months; KDIGO 2012 2.1.1 with 7 days)
        r"|\b(?:creat\w*|cr)\b(?:[^.;\n]|\.(?=\d)){0,40}?(?<![\d.])(\d{1,4}(?:\.\d+)?)"
        r"\s*(?:umol/l|µmol/l|micromol/l|mg/dl)?\s+(?:(?:a|one|two|three|four|five|six"
        r"|\d{1,2})\s+(?:days?|weeks?)|(?:a|one|two|three|1|2|3)\s+months?)\s+ago"
    )
)
KDIGO_STAGE_3_CREATININE: Final = 4.0
"""mg/dL (354 umol/L): stage 3 once the creatinine has risen (KDIGO 2012)."""


def aki_stage(text: str | None) -> tuple[int, float, float] | None:
    """KDIGO 2012 stage, creatinine and baseline (mg/dL) when a baseline is stated.

    Stage 1: >= 1.5 x baseline; 2: >= 2 x; 3: >= 3 x, or >= 4.0 mg/dL after a rise.
    Without a stated baseline a raised creatinine may be chronic: no stage.
    """
    if not text or not (m := _CREATININE_BASELINE.search(text)):
        return None
    baseline = _creatinine(float(m.group(1) or m.group(2) or m.group(3)), "")
    values = [r.value for r in analyte_results(text, "creatinine") if not r.below]
    if not baseline or not values:
        return None
    current = max(values)
    ratio = current / baseline
    if ratio < 1.5:
        return None
    stage = 1
    if ratio >= 2:
        stage = 2
    if ratio >= 3 or current >= KDIGO_STAGE_3_CREATININE:
        stage = 3
    return stage, current, baseline
