"""Guideline pathways for time-critical presentations, checked whatever the diagnosis.

Each pathway reads its own published criteria from the visible text and vitals, so its
orders (and the order gates in ``agents.order_safety`` that use the same predicates)
do not depend on the differential naming the disease first:

- temperature: rewarming below 35 °C, no atropine or pacing for the bradycardia of
  hypothermia below 32 °C (ERC 2021 special circumstances, Lott C et al.
  Resuscitation 2021;161:152; WMS 2019, Dow J et al. Wilderness Environ Med
  2019;30:S47); active cooling at >= 40 °C with altered mentation (WMS 2019 heat
  illness, Lipman GS et al.; Boyer EW, Shannon M. NEJM 2005;352:1112);
- hypoglycaemia measured: glucose now (ADA Standards 2024 s6; JBDS 2023; ISPAD 2022);
- suspected acute aortic syndrome by the ADD-RS (Rogers AM et al. Circulation
  2011;123:2213; ACC/AHA 2022 aortic disease, Isselbacher EM et al.): aortic imaging
  before any antithrombotic, lytic or catheter laboratory;
- high-risk pulmonary embolism: shock with right-ventricular dysfunction (ESC 2019,
  Konstantinides SV et al. Eur Heart J 2020;41:543);
- cardiac tamponade (ESC 2015 pericardial diseases, Adler Y et al.);
- spinal emergency: back pain with a neurological deficit or retention, infection
  risk (NICE NG59; GIRFT 2023 cauda equina; Darouiche RO. NEJM 2006;355:2012);
- acute compartment syndrome (BOAST 10, 2016);
- slipped capital femoral epiphysis (POSNA; AAOS; Peck DM. Am Fam Physician 2017);
- Kawasaki disease (AHA 2017, McCrindle BW et al. Circulation 2017;135:e927);
- intussusception (Kelley-Quon LI et al. APSA, J Pediatr Surg 2021;56:587);
- antepartum haemorrhage from 20 weeks (RCOG Green-top Guideline 63, 2011);
- paracetamol poisoning presenting late (Chiew AL et al. Med J Aust 2020;212:175);
- lithium toxicity (EXTRIP 2015, Decker BS et al. Clin J Am Soc Nephrol 2015;10:875);
- serotonin syndrome by the Hunter criteria (Dunkley EJC et al. QJM 2003;96:635);
- neuroleptic malignant syndrome (Gurrera RJ et al. J Clin Psychiatry 2011;72:1222;
  Strawn JR et al. Am J Psychiatry 2007;164:870);
- refractory anaphylaxis and anaphylaxis on a beta-blocker (RCUK 2021; WAO 2020).

Research software, not for clinical use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

from agents._text import asserted as _asserted
from agents._text import (
    current,
    each_kept,
    each_text,
    exposure_asserted,
    floats_of,
    glucose_unit,
    immunocompromised,
    lab_results,
    visible_texts,
)
from agents.crp import crp_mg_dl
from agents.kawasaki_labs import incomplete_kawasaki_treated
from agents.offline.rules.cauda_equina_words import CAUDA_EQUINA_FLAGS
from agents.offline.rules.compartment_words import PASSIVE_STRETCH, TENSE_COMPARTMENT
from agents.offline.rules.fever_days import fever_days as _fever_days
from agents.offline.rules.results import (
    glucose_corrected,
    in_case_glucose_unit,
    onset_hours,
    results_of,
)
from agents.pathway_orders import Required
from agents.pathway_orders import child as _child
from agents.pathway_orders import required as _req
from agents.population import years
from agents.schemas import DifferentialEntry
from cases.population import Population
from cases.rx import may_match, word_start
from cases.views import StageView
from cases.vitals import FEVER_WORDS

__all__ = [
    "ACUTE_PATHWAYS",
    "AIRWAY_THREAT_AFTER_FIRE",
    "BLOOD_LOSS",
    "DEEP_BURN",
    "LESION_HAEMORRHAGE",
    "MINOR_BLEEDING",
    "OVERT_GI_BLEEDING",
    "AcuteRequired",
    "add_rs",
    "blood_loss_now",
    "circumferential_deep_burn",
    "compartment_warning",
    "core_temperature",
    "hypothermic",
    "kawasaki_complete",
    "kawasaki_treated",
    "lithium_suspected",
    "lithium_toxic",
    "nms",
    "paracetamol_nomogram_void",
    "paracetamol_timed_levels",
    "recent_major_surgery",
    "serotonin_syndrome",
    "surgical_abdomen_child",
    "tamponade",
]

AcuteRequired = Required
"""``agents.pathway_orders.Required``, under this module's public name."""

_rx = word_start

# "haemorrhagic" describing a lesion (haemorrhagic bullae, crusting of the lips) and
# ruptured membranes, tendons or ear drums are no blood loss (ATLS 10th ed.: shock
# with haemorrhage).
BLOOD_LOSS: Final = _rx(
    r"hematemesis|haematemesis|melena|melaena|hematochezia|vomit\w* blood|"
    r"black,? tarry stools?|tarry,? black stools?|tarry stools?|"
    r"coffee[- ]ground|bleed\w*|blood loss|epistaxis|nose ?bleed\w*|"
    r"h(?:a)?emorrhag(?:es?|ed|ing|ic shock)|"
    r"ruptured(?! (?:\w+ )?(?:membranes|waters|(?:tympanic|ear ?drum|eardrum)\w*|disc|"
    r"achilles|tendon|appendix|baker\W?s cyst|globe))|"
    r"gunshot|stab wound|brbpr|(?:retroperitoneal|rectus sheath|psoas|intra-?abdominal|"
    r"pelvic|thigh|muscle) (?:hematoma|haematoma)|free (?:intraperitoneal )?fluid|"
    r"h(?:a)?emoperitoneum|h(?:a)?emothorax|positive (?:e?fast|focused assessment)|"
    r"e?fast (?:scan )?(?:is )?positive"
)
"""Blood loss of this visit in words (ATLS 10th ed.: shock with haemorrhage), read by
the resuscitation layer and the AF rate-control pathway; melaena in lay words too (the
'black tarry stools' of ``OVERT_GI_BLEEDING``: dx34, melaena on warfarin with a shock
index of 1.2 got IV diltiazem)."""
MINOR_BLEEDING: Final = re.compile(
    r"(?i)(?<![a-z])(?:light|slight|minor|minimal|scant|scanty|small|little|mild|"
    r"trace|small amounts? of|a little)\s+(?:(?:pv|vaginal|rectal|fresh|red)\s+)?"
    r"(?:bleed\w*|blood loss)(?![a-z])"
)
"""Bleeding the note itself calls slight: it does not explain a shock index >= 1
(ATLS 10th ed. class I haemorrhage is up to 15 % of blood volume with no change in
heart rate or pressure)."""
LESION_HAEMORRHAGE: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:splinter|subconjunctival|conjunctival|retinal|flame|"
    r"dot[- ]and[- ]blot|petechial|subungual|nail[- ]?bed|vitreous|perifollicular|"
    r"pituitary|sellar)\s+h(?:a)?emorrhag\w*|h(?:a)?emorrhag\w*\s+(?:into|in|within)\s+"
    r"(?:an?\s+|the\s+)?(?:enlarged\s+)?(?:pituitary|sella\w*)(?:\s+(?:fossa|mass|"
    r"adenoma|tumou?r))?)"
)
"""Haemorrhages that are signs, not blood loss (splinter haemorrhages of
endocarditis, retinal or subconjunctival haemorrhages): they make no shock
haemorrhagic (ATLS 10th ed.; ESC 2023 endocarditis: vascular phenomena). Nor does a
bleed into a pituitary tumour (medgi53: pituitary apoplexy, Rajasekaran S et al.
Clin Endocrinol 2011;74:9; its hypotension is cortisol deficiency)."""


MUCOSAL_OOZE: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:bleeding|bleeds|oozing) (?:from )?(?:the |his |her )?"
    r"gums|(?:gum|gingival) (?:bleed\w*|oozing)|bleeding gums"
    # infect54: "gums bleeding this morning" (a possible VHF got a crossmatch)
    r"|gums (?:are |were |have been |started |keep )?(?:bleed\w*|oozing)"
    r"|bleeds? (?:easily )?(?:when|on|if|with) (?:it is |they are )?"
    r"(?:scraped|scraping|touched|touch|contact|removed|removal|dislodged))(?![a-z])"
)
"""Bleeding gums: a mucosal ooze of a bleeding tendency, not volume loss. In dengue it
is a warning sign beside plasma leakage, whose shock is filled with crystalloid;
blood is for severe bleeding (WHO 2009 dengue guidelines, ch. 2; ATLS 10th ed.:
haemorrhagic shock is volume lost). So is contact bleeding, a sign of the lesion
examined ("a grey pseudomembrane that bleeds when scraped": diphtheria, Tintinalli
9th ed. ch. 246; dx40)."""


def blood_loss_now(texts: Sequence[str]) -> bool:
    """Blood loss stated now, not slight, a mucosal ooze nor a lesion's sign.

    Slight bleeding (``MINOR_BLEEDING``), bleeding gums (``MUCOSAL_OOZE``) and a
    lesion's haemorrhage (``LESION_HAEMORRHAGE``) are no blood loss; a tachycardia
    with blood loss is haemorrhage until shown otherwise (ATLS 10th ed.).
    """
    major = tuple(
        LESION_HAEMORRHAGE.sub(" ", MINOR_BLEEDING.sub(" ", MUCOSAL_OOZE.sub(" ", t)))
        for t in texts
    )
    return current(BLOOD_LOSS, major)


OVERT_GI_BLEEDING: Final = _rx(
    r"melaena|melena|black,? tarry stools?|tarry black stools?|ha?ematemesis|"
    r"vomit\w* (?:fresh |bright red )?blood|coffee[- ]grounds? (?:vomit\w*|emesis)|"
    r"ha?ematochezia|rectal bleeding|bright red blood per rectum|brbpr"
)
"""Overt GI bleeding in words (ACG 2021 UGIB; ACG 2023 LGIB): read by the
antithrombotic gate (``agents.order_safety``) and the leaking-aneurysm pathway."""


def asserted(pattern: re.Pattern[str], texts: Iterable[str]) -> bool:
    """``agents._text.asserted``, which keeps each text's answers per pattern.

    (No cache of its own: a key holding the compiled pattern rehashes its code on
    every lookup, dearer than ``_text``'s per-text answers found by identity.)
    """
    return _asserted(pattern, texts)


_NUMBER = r"(\d{1,3}(?:\.\d)?)"

# --- temperature ---

_CORE_TEMP: Final = _rx(rf"temp(?:erature)?\w*\W{{0,4}}(?:of\s+)?{_NUMBER}\s*°?\s*c\b")
HYPOTHERMIA_C: Final = 35.0
"""Accidental hypothermia: core temperature below 35 °C (WMS 2019; ERC 2021)."""
BRADYCARDIA_PHYSIOLOGICAL_C: Final = 32.0
"""Below 32 °C (moderate hypothermia) bradycardia is physiological: atropine does not
work and pacing is not indicated unless it persists after rewarming (WMS 2019;
ERC 2021)."""
HYPERTHERMIA_C: Final = 40.0
"""Heat stroke: core temperature above 40 °C with CNS dysfunction (WMS 2019)."""
_AMS: Final = _rx(
    r"confus\w*|disorient\w*|combative|delirium|agitat\w*|obtunded|unresponsive|"
    r"drowsy|letharg\w*|collaps\w*|seizur\w*|gcs\W{0,3}(?:[3-9]|1[0-4])\b|"
    r"altered (?:mental|level)|mute\b"
)


def core_temperature(view: StageView) -> float | None:
    """The most extreme documented temperature (vitals or a core reading in text)."""
    values = [view.vitals.temperature_c] if view.vitals.temperature_c else []
    for value in floats_of(_CORE_TEMP, visible_texts(view)):
        if 20.0 <= value <= 45.0:
            values.append(value)
    if not values:
        return None
    return max(values, key=lambda t: abs(t - 37.0))


def hypothermic(view: StageView, below: float = BRADYCARDIA_PHYSIOLOGICAL_C) -> bool:
    """Whether the documented core temperature is below ``below`` °C."""
    t = core_temperature(view)
    return t is not None and t < below


def temperature(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Rewarming below 35 °C; cooling at >= 40 °C with altered mentation."""
    t = core_temperature(view)
    if t is None:
        return []
    texts = visible_texts(view)
    out: list[AcuteRequired] = []
    if t < HYPOTHERMIA_C:
        src = "ERC 2021 special circumstances; WMS 2019 accidental hypothermia"
        out.append(
            _req(
                "procedure",
                "active external rewarming (forced-air blanket, warm room) and warmed "
                "IV fluids (38-42 °C); handle gently and keep horizontal; continuous "
                "core temperature and ECG",
                f"core temperature {t:g} °C ({src})",
                r"rewarm",
            )
        )
        sbp = view.vitals.systolic_bp
        if t < 30.0 and sbp is not None and sbp < 90:
            out.append(
                _req(
                    "consult",
                    "ECLS-capable centre (ECMO / cardiopulmonary bypass rewarming)",
                    f"core temperature {t:g} °C with SBP {sbp:g}: cardiac instability "
                    f"({src})",
                    r"ecls|ecmo|bypass",
                )
            )
    elif t >= HYPERTHERMIA_C and asserted(_AMS, texts):
        # WMS 2019: heat stroke is the hyperthermia of heat exposure or exertion;
        # without either the cause is open (neuroleptic malignant syndrome, serotonin
        # toxicity, a sympathomimetic or anticholinergic, sepsis), the cooling is not
        cause = (
            "after heat exposure or exertion: heat stroke"
            if asserted(_HEAT_CONTEXT, texts)
            else "with no heat exposure or exertion documented: a drug-induced "
            "hyperthermia or infection until shown otherwise"
        )
        out.append(
            _req(
                "procedure",
                "active cooling now to 38.5-39 °C: cold-water immersion for exertional "
                "heat stroke, otherwise ice packs and evaporative cooling; continuous "
                "core temperature; antipyretics do not lower this temperature",
                f"temperature {t:g} °C with altered mentation {cause} (WMS 2019 heat "
                "illness; Boyer & Shannon NEJM 2005)",
                r"cooling|cold[- ]water|ice (?:water|packs?)",
            )
        )
    return out


def heat_stroke(view: StageView, _pop: Population) -> bool:
    """Core temperature >= 40 °C with altered mentation after heat or exertion.

    Heat stroke: its mortality rises with the minutes spent above 40 °C, so cooling is
    started at once, before transfer or any test ("cool first, transport second":
    Lipman GS et al. WMS heat illness 2019; Epstein Y, Yanovich R. NEJM 2019;380:2449).
    That immediate intervention makes it ESI level 1 (ESI v4 handbook ch.3: level 1
    is a patient who requires an immediate life-saving intervention).
    """
    t = core_temperature(view)
    if t is None or t < HYPERTHERMIA_C:
        return False
    texts = visible_texts(view)
    return asserted(_AMS, texts) and asserted(_HEAT_CONTEXT, texts)


_HEAT_CONTEXT: Final = _rx(
    r"heat\w*|hot (?:day|weather|environment|room|flat|car|vehicle|conditions|sun)|"
    r"(?:the )?sun\b|sunstroke|humid\w*|exert\w*|exercis\w*|marathon|\d+ ?k(?:m)? "
    r"(?:run|race)|run(?:ning)? (?:a |the )?race|race\b|running|jogging|training|"
    r"football|rugby|soccer|military|recruit|drill|hiking|hike\b|labou?ring|"
    r"working (?:outside|outdoors)|outdoor work\w*|sauna|hot tub|no air[- ]con\w*|"
    r"without air[- ]con\w*"
)
"""Heat exposure or exertion (Lipman GS et al. WMS heat illness 2019: classic heat
stroke after environmental heat, exertional heat stroke after exercise)."""


# --- hypoglycaemia ---

HYPOGLYCAEMIA_MG_DL: Final = 70.0
"""ADA Standards 2024 s6: level 1 hypoglycaemia < 70 mg/dL (3.9 mmol/L)."""


LEVEL_2_MG_DL: Final = 54.0
"""ADA Standards 2024 s6: level 2 hypoglycaemia < 54 mg/dL (3.0 mmol/L)."""
_NOTHING_BY_MOUTH: Final = _rx(
    r"vomit\w*|unable to (?:swallow|tolerate|keep)|cannot (?:swallow|keep)|"
    r"nil by mouth|\bnpo\b|nbm\b"
)


_DIABETES: Final = _rx(
    r"diabet\w*|dm ?(?:type )?[12]?\b|t[12]dm|n?iddm|insulin\b|"
    r"sul(?:f|ph)onylureas?|gliclazide|glipizide|glibenclamide|glyburide|glimepiride|"
    r"metformin"
)
"""Diabetes or its treatment documented (ADA level 1 is for people with diabetes)."""


def whipple_unmet(low: float, pop: Population, texts: Sequence[str]) -> bool:
    """Whether a level 1 low in an adult without diabetes is no hypoglycaemia.

    ADA level 1 (54-69 mg/dL) is an alert value for people treated for diabetes;
    without diabetes hypoglycaemia is Whipple's triad, a glucose below about
    55 mg/dL with symptoms relieved by glucose (Cryer PE et al. Endocrine Society.
    J Clin Endocrinol Metab 2009;94:709). An alert adult without diabetes whose
    glucose reads 54-69 mg/dL needs no glucose order; altered mentation keeps it
    (treat first). Children keep the paediatric rule (ISPAD 2022; PES 2015).
    """
    adult = pop.age_within(years(16), years(130)) is True
    return (
        adult
        and low >= LEVEL_2_MG_DL
        and not asserted(_DIABETES, texts)
        and not asserted(_AMS, texts)
    )


def hypoglycaemia(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Treat a measured low glucose now (ADA 2024; JBDS 2023; ISPAD 2022).

    An alert adult with a level 1 low (54-69 mg/dL) who can swallow takes 15-20 g of
    fast-acting glucose by mouth; IV 10 % dextrose is for a level 2 low, altered
    mentation or a patient who cannot take it by mouth (ADA 2024 s6; JBDS-IP 2022).
    An alert adult without diabetes with a level 1 reading has no hypoglycaemia
    (``whipple_unmet``, Endocrine Society 2009).

    Not once a later glucose is measured normal (``glucose_corrected``): the low
    was treated before this order would act.
    """
    texts = visible_texts(view)
    found = each_text(lab_results, "glucose", texts)
    # the case's glucose unit: "HHS, glucose 48" is mmol/L (ADA 2024 crises)
    unit = glucose_unit(texts)
    read = [r for rs in found for r in in_case_glucose_unit(rs, unit)]
    readings = [r for r in read if not r.below]
    values = [r.value for r in readings]
    if not values or min(values) >= HYPOGLYCAEMIA_MG_DL:
        return []
    if glucose_corrected(readings) is not None:
        return []
    low = min(values)
    if whipple_unmet(low, pop, texts):
        return []
    by_mouth = (
        low >= LEVEL_2_MG_DL
        and not asserted(_AMS, texts)
        and not asserted(_NOTHING_BY_MOUTH, texts)
    )
    name = (
        "glucose now: 10% dextrose 2 mL/kg IV; recheck in 15 min"
        if _child(pop)
        else "glucose now: 15-20 g of fast-acting glucose by mouth; recheck in 15 min "
        "and repeat while below 70 mg/dL (3.9 mmol/L)"
        if by_mouth
        else "glucose now: 10% dextrose 150-200 mL IV (or glucagon 1 mg IM without IV "
        "access); recheck in 15 min"
    )
    return [
        _req(
            "medication",
            name,
            f"measured glucose {low:.0f} mg/dL ({low / 18:.1f} mmol/L) < 70 (ADA "
            "Standards 2024; JBDS 2023; ISPAD 2022)",
            r"dextrose|glucagon|\bd10|\bd50|glucose gel|fast-acting glucose",
        )
    ]


# --- acute aortic syndrome (ADD-RS) ---

_AAS_PAIN: Final = _rx(
    r"(?:chest|back|abdominal|abdomen|interscapular|epigastric)\w*\W+(?:\w+\W+){0,3}?"
    r"pain|pain\W+(?:\w+\W+){0,6}?(?:chest|back|abdomen|interscapular|"
    # cardio43: the interscapular pain in plain words
    r"(?:between|across) the shoulder ?blades)|syncop\w*"
)
_AAS_CONDITION: Final = _rx(
    r"marfan\w*|ehlers[- ]danlos|loeys[- ]dietz|turner syndrome|connective tissue "
    r"disease|family history of aortic|bicuspid aortic|aortic valve (?:disease|"
    r"replacement|surgery)|known (?:thoracic )?aortic aneurysm|thoracic aortic "
    r"aneurysm|recent aortic (?:surgery|manipulation)|aortic surgery"
)
# ADD-RS scores the pain's features: "abrupt" or "sudden severe" count when they
# describe the pain, not a sudden severe breathlessness (Rogers AM et al. Circulation
# 2011;123:2213: abrupt onset, severe intensity, ripping or tearing pain).
_AAS_PAIN_FEATURE: Final = _rx(
    r"tearing|ripping|maximal at (?:its )?onset|maximal (?:intensity )?at onset|"
    r"worst at (?:its )?onset|"
    r"(?:abrupt\w*|sudden(?:ly)?(?: onset)?(?: of)? severe|instantaneous onset)\W+"
    r"(?:\w+\W+){0,4}?(?:pain|ache|discomfort)|"
    r"(?:pain|ache|discomfort)\W+(?:\w+\W+){0,3}?(?:abrupt\w*|sudden|instantaneous)"
    r"(?: (?:in|at))? onset"
)
_AAS_EXAM: Final = _rx(
    r"pulse deficit|(?:absent|impalpable|weak|diminished) (?:left |right )?"
    r"(?:radial|femoral|carotid|brachial) pulse|"
    # cardio49: the same deficit written pulse first, "left femoral pulse absent"
    # (Rogers AM et al. Circulation 2011;123:2213: pulse deficit)
    r"(?:radial|femoral|carotid|brachial) pulses? (?:is |was )?(?:absent|impalpable|"
    r"not palpable|not felt|weak|diminished)|"
    r"(?:unequal|asymmetric\w*|differential) (?:blood pressures?|bps?|pulses)|"
    r"(?:blood pressure|bp) differential|new (?:aortic regurgitation|diastolic "
    r"murmur)|early diastolic murmur|aortic regurgitation murmur"
)
_AAS_PERFUSION_DEFICIT: Final = _rx(
    r"hemipare\w*|hemipleg\w*|parapleg\w*|paraparesis|"
    r"(?:left|right)[- ]sided weakness|weakness of the (?:left|right)|"
    r"(?:left|right) (?:arm|leg|face|arm and leg|leg and arm)\w* "
    r"(?:weakness|paralysis)|"
    r"(?:left|right) (?:arm|leg)\W+(?:\w+\W+){0,2}?(?:bp |blood pressure )?"
    r"(?:unrecordable|unobtainable|not recordable|impalpable|pulseless)|"
    r"(?:unrecordable|unobtainable|no) (?:bp|blood pressure|pulse) in the "
    r"(?:left|right) (?:arm|leg)"
)
"""ADD-RS's perfusion deficit beyond the pulse and the pressure (cardio43): a focal
neurological deficit with the pain (Rogers AM et al. Circulation 2011;123:2213; ACC/AHA
2010 and 2022 aortic: pulse deficit, systolic difference, or focal neurological
deficit in conjunction with pain), or one limb's pressure or pulse unrecordable. A
dissection presenting as a stroke gets no thrombolysis (Powers WJ et al. AHA/ASA 2019,
class III harm: known or suspected aortic arch dissection)."""
_ARM_BP: Final = _rx(r"(?:right|left)\s+arm\W{0,3}(\d{2,3})\s*/\s*\d{2,3}")
ARM_SBP_DIFFERENCE: Final = 20.0
"""Inter-arm systolic difference >= 20 mmHg: a pulse deficit equivalent (ACC/AHA 2022;
von Kodolitsch Y et al. Arch Intern Med 2000;160:2977)."""
_WIDENED_MEDIASTINUM: Final = _rx(r"wid(?:e|ened|ening)\w* (?:of the )?mediastin\w*")
# Blood lost from the gut or the genital tract explains hypotension without the aorta:
# ADD-RS scores hypotension as an aortic sign only in suspected aortic syndrome (its
# validation cohort, ADvISED: Nazerian P et al. Circulation 2018;137:250). Pain and
# shock with a positive pregnancy test is a ruptured ectopic until proven otherwise
# (ACOG PB 193 2018; NICE NG126 2019): the pregnancy explains the shock (ledger26).
_NON_AORTIC_BLEEDING: Final = _rx(
    r"vaginal bleed\w*|pv bleed\w*|ectopic|miscarriage|postpartum h\w*rrhage|"
    r"placental abruption|h\w*matemesis|vomit\w* blood|coffee[- ]ground|mela?ena|"
    r"h\w*matochezia|brbpr|"
    r"positive (?:urine |serum |home )?(?:b-?hcg|beta[- ]?hcg|hcg|pregnancy test|upt)|"
    r"(?:b-?hcg|beta[- ]?hcg|hcg|pregnancy test|upt)\W{0,3}(?:is |was |came back )?"
    r"(?:positive|pos\b|\+)"
)


def add_rs(view: StageView) -> int:
    """The Aortic Dissection Detection Risk Score (0-3) with pain or syncope, else 0.

    One point for each category with a feature: a high-risk condition, high-risk pain
    (abrupt, severe at onset, tearing or ripping) and a high-risk examination (pulse
    deficit or inter-arm SBP difference >= 20 mmHg, a focal neurological deficit with
    the pain or a limb's pressure unrecordable (cardio43), new aortic regurgitation
    murmur, hypotension or shock with pain, unless blood loss from the gut or the
    genital tract explains it). A widened mediastinum on the chest film adds to a
    score of 1 (ACC/AHA 2022: imaging when ADD-RS >= 2, or 1 with a suggestive
    chest radiograph).
    """
    texts = visible_texts(view)
    if not asserted(_AAS_PAIN, texts):
        return 0
    arms = floats_of(_ARM_BP, texts)
    sbp = view.vitals.systolic_bp
    shock = sbp is not None and sbp < 90 and not asserted(_NON_AORTIC_BLEEDING, texts)
    exam = (
        asserted(_AAS_EXAM, texts)
        or asserted(_AAS_PERFUSION_DEFICIT, texts)
        or (len(arms) >= 2 and max(arms) - min(arms) >= ARM_SBP_DIFFERENCE)
        or shock
    )
    score = sum(
        (asserted(_AAS_CONDITION, texts), asserted(_AAS_PAIN_FEATURE, texts), exam)
    )
    if score == 1 and asserted(_WIDENED_MEDIASTINUM, texts):
        return 2
    return score


def add_rs_perfusion_sign(view: StageView) -> bool:
    """Whether ADD-RS's examination category is met by a pulse or pressure sign.

    A pulse or pressure deficit or a new aortic regurgitation murmur, with the pain or
    a syncope; hypotension alone and a focal deficit are not read here (a stroke's
    hemiparesis beside an old back pain is no aortic sign: cardio43's guard).
    """
    texts = visible_texts(view)
    if not asserted(_AAS_PAIN, texts):
        return False
    arms = floats_of(_ARM_BP, texts)
    return asserted(_AAS_EXAM, texts) or (
        len(arms) >= 2 and max(arms) - min(arms) >= ARM_SBP_DIFFERENCE
    )


AAS_HIGH_RISK: Final = 2
AAS_LOW_SBP: Final = 100.0
"""The lower end of the anti-impulse target (SBP 100-120 mmHg, ACC/AHA 2022 aortic
disease): below it a suspected dissection gets no beta-blocker or vasodilator."""


def aortic_syndrome(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ADD-RS >= 2: aortic imaging now; anti-impulse therapy when the SBP allows."""
    score = add_rs(view)
    if score < AAS_HIGH_RISK or _child(pop):
        return []
    src = "ACC/AHA 2022 aortic disease; Rogers AM et al. Circulation 2011 (ADD-RS)"
    out = [
        _req(
            "diagnostic",
            "CT angiography of the aorta now (bedside echocardiography if unstable); "
            "antithrombotic drugs and coronary angiography wait for it",
            f"ADD-RS {score} >= 2: acute aortic syndrome not excluded ({src})",
            r"ct angiograph\w* (?:of )?(?:the )?(?:chest|aorta|thora\w*)|aort\w* "
            r"(?:imaging|ct)|cta (?:of )?(?:the )?(?:chest|aorta)",
        ),
        _req(
            "consult",
            "cardiothoracic / vascular surgery once dissection is imaged",
            src,
            r"cardiothoracic|vascular surg",
        ),
    ]
    sbp = view.vitals.systolic_bp
    if sbp is not None and sbp < AAS_LOW_SBP:
        # cardio44: a low pressure in a suspected dissection is a tamponade, a rupture
        # or an arm's malperfusion until shown otherwise: no anti-impulse drug, the
        # pressure of both arms, a bedside echo and the surgeon (ACC/AHA 2022 aortic
        # disease 7.1.1; Erbel R et al. ESC 2014 aortic diseases 5.1)
        out.append(
            _req(
                "diagnostic",
                "bedside echocardiography now for pericardial tamponade or rupture "
                "and the blood pressure in both arms; no beta-blocker or vasodilator "
                "at this pressure; the aortic surgeon (cardiothoracic / vascular) now",
                f"suspected dissection with SBP {sbp:g} < {AAS_LOW_SBP:g} ({src})",
                r"bedside echo\w*|point-of-care echo\w*",
            )
        )
    if sbp is not None and sbp >= 120:
        out.append(
            _req(
                "medication",
                "IV esmolol or labetalol to heart rate < 60/min, then a vasodilator to "
                "SBP 100-120 mmHg; opioid analgesia",
                f"suspected dissection with SBP {sbp:g} ({src})",
                r"esmolol|labetalol",
            )
        )
    return out


# --- high-risk pulmonary embolism ---

_RV_DYSFUNCTION: Final = _rx(
    r"(?:dilated|enlarged|dysfunctional|hypokinetic) (?:right ventric\w*|rv\b)|"
    r"(?:right ventric\w*|rv) (?:dilat\w*|dysfunction|strain|enlargement|"
    r"hypokines\w*)|mcconnell\w*|d-shaped (?:left ventricle|lv)|septal flattening|"
    r"rv/lv ratio"
)
RV_DYSFUNCTION: Final = _RV_DYSFUNCTION
"""Right-ventricular dysfunction on echo or CT, read by the order-safety gate too."""
_PE_CLUE: Final = _rx(
    r"pulmonary embol\w*|\bpe\b|dvt|deep vein thromb\w*|calf (?:swollen|swelling|"
    r"tender\w*)|(?:swollen|tender) (?:right |left )?calf|leg swelling|"
    r"oral contracepti\w*|contraceptive pill|(?:long[- ]haul )?flight|immobili\w*|"
    r"recent surgery|post-?operative|malignan\w*|cancer|haemoptysis|hemoptysis|"
    r"pleuritic|"
    # a clot on the CT angiogram: "saddle embolus", "filling defects" (ESC 2019)
    r"saddle embol\w*|filling defects?|emboli? in the (?:\w+ ){0,4}pulmonary arter\w*|"
    r"ctpa|arthroscopy|arthroplasty|(?:joint|hip|knee) replacement|"
    # cardio45: a lower-limb fracture or a leg in a plaster cast, the strong and
    # moderate risk factors of ESC 2019 acute PE Table 1 (fracture of the lower limb;
    # immobilisation), Wells' "immobilisation"; "casts" of a urinalysis are not one
    r"(?:ankle|tibial?|fibular?|femoral|femur|hip|leg|lower[- ]limb|knee|foot|"
    r"pelvic) fractures?|fractured? (?:\w+ )?(?:ankle|tibia|fibula|femur|hip|leg|"
    r"pelvis)|(?:in a |plaster |below[- ]knee |leg |lower[- ]limb )cast\b|bed-?bound|"
    r"bedridden|"
    # the ECG's S1Q3T3 pattern of acute right-heart strain (Shopp JD et al. Ann Emerg
    # Med 2015;65:e7)
    r"s1\W?q3\W?t3"
)
_TAMPONADE_SIGNS: Final = _rx(
    r"(?:right (?:ventric\w*|atri\w*)|rv|ra)\W+(?:\w+\W+){0,2}?(?:diastolic )?"
    r"collapse|tamponade physiology|electrical alternans|swinging heart|"
    r"pulsus paradoxus"
)
_EFFUSION: Final = _rx(
    r"(?:large |moderate |massive |circumferential )?pericardial effusion|"
    r"h(?:a)?emopericardium"
)
_BECK: Final = _rx(r"muffled heart sounds|distant heart sounds|quiet heart sounds")
_JVP: Final = _rx(
    r"jvp (?:is )?(?:raised|elevated|high)|(?:raised|elevated|distended) (?:jvp|"
    r"jugular ven\w*|neck veins)|jugular venous distension|jvd\b"
)


def tamponade(view: StageView) -> bool:
    """Tamponade documented: an effusion with tamponade physiology, or Beck's triad."""
    texts = visible_texts(view)
    sbp = view.vitals.systolic_bp
    shock = sbp is not None and sbp < 90
    if asserted(_EFFUSION, texts) and asserted(_TAMPONADE_SIGNS, texts):
        return True
    return shock and asserted(_BECK, texts) and asserted(_JVP, texts)


def high_risk_pe(view: StageView) -> bool:
    """ESC 2019 high-risk PE: shock, RV dysfunction and a clue to PE; no tamponade."""
    texts = visible_texts(view)
    sbp = view.vitals.systolic_bp
    shock = sbp is not None and sbp < 90
    return (
        shock
        and asserted(_RV_DYSFUNCTION, texts)
        # surgery within the last weeks is a Wells risk factor (Wells PS et al.
        # Thromb Haemost 2000;83:416) whatever the operation is called
        and (asserted(_PE_CLUE, texts) or recent_major_surgery(texts))
        and not tamponade(view)
    )


_SURGERY: Final = (
    r"(?:surgery|operation|replacement|arthroplasty|\w+ectomy|(?:lapar|cranio|"
    r"thoraco|sterno)tomy|"
    r"cabg|bypass graft\w*|(?:internal )?fixation|\w+plasty)"
)
_SURGERY_NUM = r"(\d{1,2}|an?|one|two|three|four)"
_SURGERY_DAYS: Final = tuple(
    _rx(p)
    for p in (
        rf"{_SURGERY_NUM} (days?|weeks?|wks?) (?:after|following|post|since|status "
        rf"post|s/p) (?:\w+\W+){{0,4}}?{_SURGERY}",
        rf"{_SURGERY}\W+(?:\w+\W+){{0,4}}?{_SURGERY_NUM} (days?|weeks?|wks?) ago",
        r"(?:post-?op(?:erative)?|pod)\W{0,2}(?:day\W{0,2})?#?(\d{1,2})()\b",
    )
)
_WORD_COUNT: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
MAJOR_SURGERY_LYTIC_DAYS: Final = 21
"""Major surgery, trauma or head injury in the previous 3 weeks: an absolute
contraindication to systemic thrombolysis (ESC 2019 acute PE, table 9; ESC 2017
STEMI, table 11: within 1 month)."""


def recent_major_surgery(texts: Sequence[str]) -> bool:
    """Whether an operation is documented within the last 3 weeks.

    Read from "10 days after a knee replacement", "appendicectomy two weeks ago" or
    "post-op day 5".
    """
    for text in texts:
        for rx in _SURGERY_DAYS:
            for m in rx.finditer(text):
                number, unit = m.group(1).lower(), m.group(2).lower()
                n = _WORD_COUNT.get(number) or int(number)
                days = n * 7 if unit.startswith("w") else n
                if days <= MAJOR_SURGERY_LYTIC_DAYS:
                    return True
    return False


def pulmonary_embolism_shock(view: StageView, pop: Population) -> list[AcuteRequired]:
    """ESC 2019: UFH now and systemic thrombolysis for high-risk PE.

    After major surgery within 3 weeks systemic thrombolysis is contraindicated:
    surgical embolectomy or catheter-directed treatment instead (ESC 2019, class I
    and IIa).
    """
    if not high_risk_pe(view) or _child(pop):
        return []
    src = "ESC 2019 acute PE (Konstantinides SV et al. Eur Heart J 2020;41:543)"
    lytic = _req(
        "medication",
        "systemic thrombolysis: alteplase 100 mg IV over 2 h unless "
        "contraindicated; surgical embolectomy or catheter-directed therapy if "
        "contraindicated",
        f"high-risk PE: reperfusion (class I) ({src})",
        r"alteplase|tenecteplase|thromboly|embolectomy",
    )
    if recent_major_surgery(visible_texts(view)):
        lytic = _req(
            "procedure",
            "surgical pulmonary embolectomy or catheter-directed treatment "
            "(cardiothoracic surgery / interventional radiology now)",
            "high-risk PE with systemic thrombolysis contraindicated: major surgery "
            f"within 3 weeks ({src}, table 9)",
            r"embolectomy|catheter-directed",
        )
    return [
        _req(
            "medication",
            "unfractionated heparin 80 units/kg IV bolus now, then infusion",
            f"suspected high-risk PE (shock with RV dysfunction) ({src})",
            r"heparin",
        ),
        lytic,
        _req(
            "medication",
            "cautious fluid (<= 500 mL) and norepinephrine for hypotension; avoid "
            "intubation if possible",
            f"RV failure ({src})",
            r"norepinephrine|noradrenaline",
        ),
    ]


def cardiac_tamponade(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """ESC 2015: urgent pericardiocentesis; no diuretics or vasodilators."""
    if not tamponade(view):
        return []
    src = "ESC 2015 pericardial diseases (Adler Y et al. Eur Heart J 2015;36:2921)"
    return [
        _req(
            "procedure",
            "urgent echo-guided pericardiocentesis (surgical drainage for trauma or "
            "aortic dissection); IV fluid bolus while preparing",
            f"cardiac tamponade ({src})",
            r"pericardiocentesis|pericardial (?:drain|window)",
        ),
        _req(
            "monitoring",
            "no diuretics, nitrates or other vasodilators; avoid positive-pressure "
            "ventilation until drained",
            src,
            r"no diuretic",
        ),
    ]


# --- spinal emergency ---

_BACK: Final = _rx(
    r"back pain|(?:neck|spine|spinal|thoracic|lumbar|mid-back|low back|lower back) "
    r"(?:pain|ache)|spinous process\w*|spinal tenderness"
)
_CORD_DEFICIT: Final = _rx(
    # cardio44: one arm's and the same leg's weakness ("right arm and leg weakness")
    # is a hemiparesis, the pattern of a brain lesion (a stroke, or a dissection's
    # malperfusion), not of the cord or cauda equina below the neck, whose motor
    # deficit is in the legs, with a sensory level or the sphincters (NICE NG234 2023
    # 1.1; GIRFT 2023 cauda equina; Nor AM et al. ROSIER, Lancet Neurol 2005;4:727:
    # unilateral face, arm or leg weakness); both arms and legs ("arms and legs")
    # stay a cervical cord's
    r"(?<!\barm and )(?<!\barm and the )(?<!\bupper limb and )"
    r"(?:both |bilateral )?(?:leg|legs|lower limbs?) (?:are )?(?:weak\w*|numb\w*)|"
    r"weak\w* (?:in|of) (?:both |the )?(?:legs|lower limbs)|power [0-4]/5|"
    r"parapar\w*|parapleg\w*|bladder scan\W{0,4}\d{3,4}|"
    r"\d{3,4}\s*ml (?:retained|residual)|"
    r"reduced anal tone|sensory level|reduced sensation below|"
    # saddle anaesthesia, bladder and bowel dysfunction, clinical and lay words: the
    # triage pattern's own words (one source: ``cauda_equina_words``, GIRFT 2023)
    rf"{CAUDA_EQUINA_FLAGS}|"
    # the same deficits in lay words at triage (NICE NG234 2023: new limb weakness,
    # numbness, bladder or bowel dysfunction with spinal pain)
    r"(?:can'?t|cannot|unable to|not able to|could not|couldn'?t) passing"
    r" (?:urine|water)|"
    r"(?:numb|weak) (?:both )?legs|legs? (?:keep )?(?:giving|gave|give) way"
)
_SPINAL_INFECTION_RISK: Final = _rx(
    r"inject\w* (?:drugs|heroin)|ivdu|intravenous drug|iv drug|injects? \w+|"
    r"(?:haemo|hemo)?dialysis|spinal (?:surgery|injection)|"
    r"epidural (?:catheter|injection)|bacteraemia|bacteremia|endocarditis|"
    # Davis DP et al. J Emerg Med 2004;26:285: an indwelling line and a distant
    # (skin or soft-tissue) infection are risk factors too
    r"(?:tunnell?ed|indwelling|central) (?:line|catheter)|(?:skin|soft[- ]tissue) "
    r"(?:abscess|infection)|abscess (?:on|of) the"
)
FEVER: Final = _rx(FEVER_WORDS)
ESR_RAISED: Final = 20.0
"""ESR (mm/h) above which it is raised (Davis 2004: raised in 94 % of abscesses)."""
CRP_RAISED_MG_DL: Final = 1.0
"""CRP (mg/dL, 10 mg/L) above which it is raised (the laboratory upper limit)."""


def _inflamed(texts: Sequence[str]) -> bool:
    """A raised ESR or CRP documented (Davis 2004 epidural abscess protocol)."""
    esr = [r.value for t in texts for r in results_of(t, "esr") if not r.below]
    crp = crp_mg_dl(texts)
    return any(v > ESR_RAISED for v in esr) or any(v > CRP_RAISED_MG_DL for v in crp)


_LIMB_WEAKNESS: Final = _rx(
    r"(?:left|right) (?:leg|lower limb) (?:is )?weak\w*|weak\w* (?:in|of) (?:the )?"
    r"(?:left|right) (?:leg|lower limb)|[0-4]/5\b"
)
"""A motor deficit of one leg: an abscess's root or cord deficit (Heusner stages 3-4,
Darouiche 2006), with inflammation or fever."""


def spinal_infection(view: StageView, deficit: bool) -> bool:
    """Suspected spinal epidural abscess with back pain (Darouiche 2006; Davis 2004).

    Fever with a risk factor (injection drug use, dialysis, a spinal procedure,
    bacteraemia, an indwelling line, a skin infection, immunosuppression); with a
    neurological deficit, fever alone (the classic triad) or a raised ESR or CRP with
    a risk factor or diabetes (Davis 2004: a risk factor in 98 %).
    """
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    # a fever or a deficit of the past ("fevers two months ago with a flu") is no
    # sign of this visit (ConText historical; Harkema H et al. 2009)
    febrile = (t is not None and t >= 38.0) or current(FEVER, texts)
    risk = asserted(_SPINAL_INFECTION_RISK, texts) or immunocompromised(texts)
    deficit = deficit or current(_LIMB_WEAKNESS, texts)
    if febrile and (risk or deficit):
        return True
    return deficit and (risk or asserted(_DIABETES, texts)) and _inflamed(texts)


def spinal_emergency(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Back pain with a cord/cauda deficit or spinal infection risk: emergency MRI."""
    texts = visible_texts(view)
    if not asserted(_BACK, texts):
        return []
    deficit = current(_CORD_DEFICIT, texts)  # "retention last year, resolved": past
    infection = spinal_infection(view, deficit)
    if not (deficit or infection):
        return []
    src = "NICE NG59; GIRFT 2023 cauda equina; Darouiche RO. NEJM 2006 (abscess)"
    out = [
        _req(
            "diagnostic",
            "emergency MRI of the whole spine"
            + (" with gadolinium" if infection else ""),
            ("new neurological deficit or retention with back pain"
             if deficit else "fever with back pain and a spinal infection risk")
            + f" ({src})",
            r"\bmri\b",
        ),
    ]  # fmt: skip
    if deficit:
        out.append(
            _req(
                "consult",
                "spinal surgery (neurosurgery / orthopaedic spine) now",
                f"compressive lesion with a deficit: decompression ({src})",
                r"neurosurg|spin\w* surg",
            )
        )
    if infection:
        out.append(
            _req(
                "diagnostic",
                "blood cultures x2, CRP and ESR",
                f"suspected spinal epidural abscess ({src})",
                r"blood cultures?",
            )
        )
        if deficit:
            out.append(
                _req(
                    "medication",
                    "IV vancomycin plus ceftriaxone (or cefepime) after blood cultures",
                    f"epidural abscess with a neurological deficit ({src})",
                    r"vancomycin",
                )
            )
    return out


# --- limbs ---

_LIMB_INJURY: Final = _rx(
    r"fractur\w*|backslab|plaster|cast\b|splint\w*|crush\w*|reperfus\w*|"
    r"tibial? shaft|forearm|electrocut\w*|high[- ]voltage|electrical (?:injury|burn)|"
    r"(?:trapped|pinned) (?:under|beneath|by)|"
    # trauma52: a direct blow to a muscle compartment (a kick to the shin) without a
    # fracture: about a quarter of acute compartment syndromes follow soft-tissue injury
    # alone (McQueen MM et al. J Bone Joint Surg Br 2000;82:200; BOAST 10)
    r"(?:kicked|struck|hit|stamped on|stamped|run over|blow|kick|trodden on) "
    r"(?:\w+ ){0,3}(?:shin|calf|thigh|forearm|lower leg)s?\b"
)
"""Limb injuries that cause compartment syndrome; a limb trapped under a weight is
crushed, and a high-voltage electrical injury destroys muscle under little skin burn
(BOAST 10 (2016); Arnoldo B et al. J Burn Care Res 2006;27:439; ABA 2018)."""
_COMPARTMENT_STRONG: Final = _rx(
    rf"{PASSIVE_STRETCH}|(?:severe )?pain(?:ful)? (?:on|with) passive"
)
_COMPARTMENT_PAIN: Final = _rx(
    r"pain out of proportion|escalating pain|increasing (?:pain|analgesi\w* "
    r"requirement)|pain (?:getting |is )?worse despite|worsening pain despite"
)
_COMPARTMENT_LIMB: Final = _rx(
    r"tense (?:\w+ )?(?:calf|compartment|forearm|thigh|leg|swelling)|(?:calf|"
    r"compartment|forearm|thigh) (?:is )?tense|paraesthesia|paresthesia|numbness|"
    rf"tingling|{TENSE_COMPARTMENT}"
)


_CAST: Final = _rx(r"back-?slab|plaster|cast\b|splint\w*")
_CAST_OR_FRACTURE: Final = _rx(
    r"back-?slab|plaster|cast\b|splint\w*|(?:tibia\w*|fibula\w*|forearm|radius|"
    r"radial|ulna\w*|femur|femoral|humer\w*|leg|arm|calf|shin|elbow|wrist|ankle) "
    r"(?:\w+ ){0,2}fractur\w*|fractur\w* (?:\w+ ){0,4}(?:tibia\w*|fibula\w*|forearm|"
    r"radius|ulna|femur|humerus|leg|arm|shin)"
)
_ESCALATING_PAIN: Final = _rx(
    r"(?:worsening|increasing|escalating|uncontrolled|unbearable|excruciating) "
    r"(?:\w+ ){0,2}pain|pain (?:\w+ ){0,3}(?:out of proportion|despite (?:\w+ ){0,2}"
    r"(?:analgesi\w*|morphine|opioids?|painkillers|pain relief))|pain (?:is |keeps )?"
    r"(?:getting |becoming )?worse"
)


def compartment_warning(view: StageView, _pop: Population) -> bool:
    """A limb in a cast or splint, or a limb fracture, with escalating pain.

    Pain out of proportion and rising analgesic need are the earliest symptoms of
    acute compartment syndrome; the patient at risk is the one with a fracture or a
    circumferential cast (BOAST 10 (2016); Via AG et al. Muscles Ligaments Tendons J
    2015;5:18): triage asks it from the presenting words alone.
    """
    texts = visible_texts(view)
    return asserted(_CAST_OR_FRACTURE, texts) and asserted(_ESCALATING_PAIN, texts)


AIRWAY_THREAT_AFTER_FIRE: Final = _rx(
    r"hoarse\w*|stridor\w*|voice (?:change|hoarse\w*|altered)|change in (?:his |her )?"
    r"voice|respiratory distress|increased work of breathing|accessory muscles?|"
    r"drool\w*|(?:difficulty|unable to|cannot|can'?t) swallow\w*|"
    r"(?:deep|full[- ]thickness|extensive|circumferential) (?:burns? (?:to|of) the "
    r"(?:face|neck)|(?:facial|neck) burns?)|burns? (?:in|inside) the mouth|intraoral "
    r"burns?|oropharyngeal (?:burns?|o?edema|swelling)|(?:airway|laryngeal|"
    r"pharyngeal) (?:o?edema|swelling)"
)
"""ATLS 10th ed. / ABA ABLS 2018 indications for early intubation after a fire: signs
of airway obstruction (hoarseness, stridor, accessory muscle use), respiratory
distress, deep or extensive facial or neck burns, burns inside the mouth, oedema,
difficulty swallowing (a GCS <= 8 is the airway pathway's). Soot or singed hair alone
calls for an airway examination (nasendoscopy) and observation, not a tube (British
Burn Association 2018; Walker PF et al. Crit Care 2015;19:351)."""


DEEP_BURN: Final = _rx(
    r"full[- ]thickness|third[- ]degree|deep dermal|(?:white|leathery|waxy|charred),? "
    r"(?:\w+,? ){0,3}(?:insensate|painless)"
)
_CIRCUMFERENTIAL: Final = _rx(
    r"circumferential\w*|(?:encircl\w*|all (?:the )?way round) (?:\w+ ){0,3}(?:arm|"
    r"forearm|leg|limb|chest|trunk|neck|finger|wrist|thigh|calf)"
)
_BURNT: Final = _rx(r"burn\w*|scald\w*|flame\w*|caught fire|on fire")


def circumferential_deep_burn(texts: tuple[str, ...]) -> bool:
    """A circumferential full-thickness burn: its eschar constricts as it swells.

    Escharotomy, not a fasciotomy or a split cast, relieves it first (ATLS 10th ed.
    ch. 9; ABA 2022).
    """
    return (
        asserted(_BURNT, texts)
        and asserted(DEEP_BURN, texts)
        and asserted(_CIRCUMFERENTIAL, texts)
    )


def compartment_syndrome(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """BOAST 10: suspected acute compartment syndrome after a limb injury."""
    texts = visible_texts(view)
    if not asserted(_LIMB_INJURY, texts) or circumferential_deep_burn(texts):
        return []  # a circumferential burn: escharotomy (``pathways_surgical.burns``)
    strong = asserted(_COMPARTMENT_STRONG, texts)
    if not (
        strong
        or (asserted(_COMPARTMENT_PAIN, texts) and asserted(_COMPARTMENT_LIMB, texts))
    ):
        return []
    src = "BOAST 10 (2016) acute compartment syndrome"
    release = (
        "split the cast or backslab and dressings down to skin"
        if asserted(_CAST, texts)
        else "remove dressings and anything constricting down to skin"
    )
    return [
        _req(
            "procedure",
            f"{release}; keep the limb at heart level (not elevated)",
            f"suspected compartment syndrome ({src})",
            r"split|bivalve|down to skin",
        ),
        _req(
            "consult",
            "orthopaedics emergently: fasciotomy within 1 h of decision (compartment "
            "pressure only if the diagnosis is uncertain)",
            f"palpable pulses do not exclude it ({src})",
            # tox28: "surgery for fasciotomy if compartment syndrome" is no referral
            r"fasciotomy(?! if\b)",
        ),
    ]


_HIP_KNEE: Final = _rx(r"(?:hip|groin|thigh|knee)\w* (?:pain|ache)|limp\w*")
_SCFE_SIGN: Final = _rx(
    r"obligat\w* external rotation|externally rotated|(?:loss of|reduced|painful|"
    r"limited|restricted) internal rotation|internal rotation (?:is |was )?"
    r"(?:painful|limited|reduced|lost|restricted)"
)
_NO_WEIGHT: Final = _rx(
    r"(?:unable|cannot|can't|not able) (?:to )?(?:bear|weight[- ]bear|walk)|"
    r"non[- ]weight[- ]bearing|limp\w*"
)


_PROXIMAL_PAIN: Final = _rx(r"(?:hip|groin|thigh|knee)\w* (?:pain|ache)")
_DISTAL_INJURY: Final = _rx(
    r"(?:twist\w*|roll\w*|sprain\w*|went over|turn\w*|invert\w*|injur\w*|hurt"
    r"|stubb\w*|stood on|landed on) (?:\w+ ){0,3}(?:ankle|foot|toes?)"
    r"|(?:ankle|foot|toe) (?:injury|sprain|twist\w*|fracture)"
)
"""An injured ankle or foot: the limp it explains is no slip's (peds50)."""


def slipped_epiphysis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """POSNA/AAOS: hip, thigh or knee pain with a limp at 8-15 y: X-ray both hips.

    A limp alone after a twisted ankle or an injured foot is the injury's: the slip's
    pain is felt in the hip, groin, thigh or knee (Peck DM. Am Fam Physician 2017;
    NICE CKS limp in children 2022); such a limp needs the hip words or a slip's
    sign to send the child for hip films (peds50: a 9-year-old's sprain did).
    """
    if pop.age_within(years(8), years(16) - 1) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_HIP_KNEE, texts):
        return []
    if (
        asserted(_DISTAL_INJURY, texts)
        and not asserted(_PROXIMAL_PAIN, texts)
        and not asserted(_SCFE_SIGN, texts)
    ):
        return []
    if not (asserted(_SCFE_SIGN, texts) or asserted(_NO_WEIGHT, texts)):
        return []
    t = view.vitals.temperature_c
    if (t is not None and t >= 38.0) or asserted(FEVER, texts):
        return []  # fever: septic arthritis first (Kocher criteria)
    src = "POSNA; AAOS; Peck DM. Am Fam Physician 2017 (SCFE)"
    return [
        _req(
            "diagnostic",
            "AP pelvis and lateral X-rays of both hips (cross-table lateral if unable "
            "to bear weight): knee pain can be referred from the hip",
            f"possible slipped capital femoral epiphysis ({src})",
            r"\bhips?\b.{0,20}x-?ray|x-?ray\w*.{0,30}\bhips?\b|pelvis",
        ),
        _req(
            "procedure",
            "strict non-weight-bearing (wheelchair or crutches) until a slip is "
            "excluded; orthopaedics the same day if seen",
            f"an unstable slip risks avascular necrosis ({src})",
            r"non-?weight",
        ),
    ]


# --- paediatric ---

_KD_FEATURES: Final = (
    _rx(r"conjunctiv\w* (?:injection|injected|redness|erythema)|(?:injected|red) "
        r"conjunctivae|non-?(?:purulent|exudative) conjunctiv\w*|(?:bilateral(?:ly)? )?"
        r"red eyes|eyes (?:are |were )?(?:red|injected|bloodshot)"),
    _rx(r"strawberry tongue|(?:red|cracked|fissured|dry) (?:cracked )?lips|"
        r"lips (?:red|cracked)|oral (?:mucosa|mucosal) (?:erythema|changes)"),
    # lead43: AHA 2017 Table 1 takes any rash but a vesicular, bullous or petechial
    # one (maculopapular, erythroderma, erythema multiforme-like)
    _rx(r"polymorph\w* rash|maculopapular rash|erythroderm\w*|(?:diffuse|"
        r"generali[sz]ed) rash|rash (?:on|over) the trunk|"
        r"(?<!vesicular )(?<!bullous )(?<!petechial )(?<!purpuric )\brash\b"),
    _rx(r"(?:swollen|swelling|oedema|edema|erythema|red)\w* (?:\w+ )?(?:of )?(?:the )?"
        r"(?:hands|feet|palms|soles)|(?:hands|feet|palms|soles) (?:and \w+ )?"
        r"(?:swollen|red|oedematous|edematous)|periungual desquamation|"
        r"peeling (?:of the )?(?:fingers|toes)"),
    _rx(r"cervical (?:(?:lymph ?)?node|lymphadenopathy|adenopathy)\w*|(?:lymph ?node|"
        r"lymphadenopathy)\w*\W+(?:\w+\W+){0,6}?(?:neck|cervical)|[1-9](?:\.\d)? ?cm "
        r"(?:left |right )?cervical"),
)  # fmt: skip


def kawasaki_features(view: StageView) -> int:
    """Principal clinical features of Kawasaki disease documented (0-5)."""
    texts = visible_texts(view)
    return sum(asserted(rx, texts) for rx in _KD_FEATURES)


def kawasaki_complete(view: StageView, pop: Population) -> bool:
    """AHA 2017: fever >= 5 days and >= 4 of the 5 principal features in a child."""
    if pop.age_within(0, years(18) - 1) is not True:
        return False
    return _fever_days(visible_texts(view)) >= 5 and kawasaki_features(view) >= 4


KD_INFANT_DAYS: Final = 182
KD_INFANT_FEVER_DAYS: Final = 7
"""AHA 2017: an infant <= 6 months with fever >= 7 days and no other explanation is
evaluated for incomplete Kawasaki disease whatever the principal features."""


def kawasaki_treated(view: StageView, pop: Population) -> bool:
    """Whether IVIG and aspirin are indicated: complete Kawasaki disease or incomplete.

    Incomplete by the AHA 2017 algorithm (Figure 3, ``agents.kawasaki_labs``).
    """
    if pop.age_within(0, years(18) - 1) is not True:
        return False
    texts = visible_texts(view)
    days, features = _fever_days(texts), kawasaki_features(view)
    if days < 5:
        return False
    if features >= 4:
        return True
    infant = pop.age_within(0, KD_INFANT_DAYS) is True and days >= KD_INFANT_FEVER_DAYS
    if features < 2 and not infant:
        return False
    return incomplete_kawasaki_treated(texts, pop, days)


def kawasaki(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AHA 2017: IVIG and aspirin when treated; echocardiogram for any evaluated."""
    if pop.age_within(0, years(18) - 1) is not True:
        return []
    texts = visible_texts(view)
    days, features = _fever_days(texts), kawasaki_features(view)
    infant = pop.age_within(0, KD_INFANT_DAYS) is True and days >= KD_INFANT_FEVER_DAYS
    if days < 5 or (features < 2 and not infant):
        return []
    src = "AHA 2017 Kawasaki disease (McCrindle BW et al. Circulation 2017)"
    out = [
        _req(
            "diagnostic",
            "echocardiogram (coronary arteries) and CRP, ESR, CBC, albumin, ALT, "
            "urinalysis",
            f"fever {days} days with {features} principal features ({src})",
            r"echocardiogra",
        ),
        _req(
            "consult",
            "paediatrics / paediatric cardiology: admission",
            src,
            r"paediatric|pediatric",
        ),
    ]
    if kawasaki_treated(view, pop):
        which = (
            "complete Kawasaki disease"
            if features >= 4
            else "incomplete Kawasaki disease (CRP or ESR raised with >= 3 "
            "supplementary laboratory criteria or coronary changes)"
        )
        out.append(
            _req(
                "medication",
                "IVIG 2 g/kg IV over 10-12 h plus aspirin 30-50 mg/kg/day in 4 doses "
                "(Kawasaki disease is the exception to the no-aspirin-under-16 rule)",
                f"{which}: within 10 days of fever onset ({src})",
                r"ivig|immunoglobulin",
            )
        )
    return out


_INTUSSUSCEPTION: Final = (
    _rx(r"(?:red ?)?currant[- ]jelly|redcurrant|blood and mucus|bloody mucus|mucus and "
        r"blood"),
    _rx(r"sausage[- ]shaped mass|abdominal mass|mass in the (?:right|left) (?:upper|"
        r"lower) quadrant|palpable mass|mass (?:is )?(?:felt|palpable|palpated) in the "
        r"(?:right|left) (?:upper |lower )?(?:abdomen|quadrant)"),
    _rx(r"(?:legs|knees) (?:drawn|pulled) up|(?:drawing|pulling) up (?:the |his |her )?"
        r"legs|(?:drawing|pulling) (?:the |his |her )?legs up|(?:episod\w*|bouts?|"
        r"spells?|attacks?) of (?:inconsolable )?(?:crying|screaming)|(?:intermittent|"
        r"paroxysm\w*|colicky) (?:crying|screaming|abdominal pain)|inconsolable "
        r"(?:crying|screaming)"),
)  # fmt: skip


_VOMITED: Final = _rx(r"vomit\w*|emesis")
_LOOSE_STOOLS: Final = _rx(
    r"diarrho?ea\w*|loose (?:stools?|motions?)|watery stools?|gastroenteritis"
)


def surgical_abdomen_child(view: StageView, pop: Population) -> bool:
    """Intussusception suspected in a child of 3 months to 6 years.

    Two of its signs (redcurrant-jelly stool, a mass, episodic colicky crying with the
    legs drawn up), or peds43: episodic colicky crying with vomiting and no
    diarrhoea, the first two of the classic triad; the full triad is present in
    fewer than a quarter (Kelley-Quon LI et al. APSA, J Pediatr Surg 2021;56:587;
    RCH Melbourne clinical practice guideline intussusception: suspect it in episodic
    abdominal pain, inconsolable crying with the legs drawn up, and vomiting).
    Vomiting with diarrhoea and cramps is a gastroenteritis's (NICE CG84 2009).
    """
    if pop.age_within(90, years(6)) is not True:
        return False
    texts = visible_texts(view)
    if sum(asserted(rx, texts) for rx in _INTUSSUSCEPTION) >= 2:
        return True
    colicky = _INTUSSUSCEPTION[-1]
    return (
        asserted(colicky, texts)
        and asserted(_VOMITED, texts)
        and not asserted(_LOOSE_STOOLS, texts)
    )


def intussusception(view: StageView, pop: Population) -> list[AcuteRequired]:
    """APSA 2021: ultrasound, IV fluids, enema reduction by the surgical team."""
    if not surgical_abdomen_child(view, pop):
        return []
    src = "Kelley-Quon LI et al. APSA, J Pediatr Surg 2021 (intussusception)"
    return [
        _req(
            "procedure",
            "nil by mouth; IV access and isotonic bolus 10-20 mL/kg, reassess",
            f"suspected intussusception: no oral rehydration or antiemetic ({src})",
            r"nil by mouth|\bnpo\b",
        ),
        _req(
            "diagnostic",
            "abdominal ultrasound now (target sign)",
            src,
            r"ultrasound",
        ),
        _req(
            "consult",
            "paediatric surgery and radiology: air or contrast enema reduction unless "
            "peritonitis or perforation",
            src,
            r"paediatric surg|pediatric surg",
        ),
    ]


_VAGINAL_BLEEDING: Final = _rx(
    r"vaginal(?:ly)? bleed\w*|(?:bleeding|blood|blood loss) (?:per vaginam|pv)\b|"
    r"\bpv bleed\w*|vaginal blood loss|bleeding from the vagina|"
    r"antepartum h(?:a)?emorrhage|\baph\b"
)


def antepartum_haemorrhage(view: StageView, pop: Population) -> list[AcuteRequired]:
    """RCOG GTG 63: bleeding from 20 weeks: abruption or praevia, no digital exam."""
    weeks = pop.gestation_weeks
    if pop.pregnancy != "pregnant" or weeks is None or weeks < 20:
        return []
    if not asserted(_VAGINAL_BLEEDING, visible_texts(view)):
        return []
    src = "RCOG Green-top 63 antepartum haemorrhage; ACOG"
    steroids = (
        [
            _req(
                "medication",
                "betamethasone 12 mg IM, repeated after 24 h (24+0 to 34+6 weeks)",
                f"preterm delivery may follow bleeding at {weeks} weeks ({src}; ACOG "
                "CO 713 antenatal corticosteroids)",
                r"betamethasone|dexamethasone",
            )
        ]
        if 24 <= weeks < 35
        else []
    )
    return [
        *steroids,
        _req(
            "monitoring",
            "no digital vaginal examination until ultrasound excludes placenta praevia",
            f"bleeding at {weeks} weeks ({src})",
            r"digital vaginal",
        ),
        _req(
            "diagnostic",
            "CBC, coagulation screen with fibrinogen, group and crossmatch, Kleihauer",
            f"abruption causes coagulopathy ({src})",
            r"fibrinogen",
        ),
        _req(
            "consult",
            "obstetrics emergently: abruption or praevia; delivery if the mother is "
            "unstable or the fetal heart is abnormal",
            src,
            r"obstetric\w* emergent",
        ),
    ]


# --- toxicology ---

_PARACETAMOL: Final = _rx(
    r"(?:paracetamol|acetaminophen|tylenol|panadol|co-codamol|apap\b)"
    # medgi45: a level reported undetectable names no ingestion (a hepatitis's screen:
    # EASL 2017 ALF and AASLD 2011 check every raised ALT for paracetamol)
    r"(?!\s+(?:level|concentration)s?\s*(?:was\s+|is\s+|:\s*)?(?:undetectable"
    r"|not detect\w*|negative|nil|absent|<\s*\d|below (?:the )?(?:limit|detection)))"
)
_INGESTED: Final = _rx(
    r"overdos\w*|took \w+|ingest\w*|swallowed|tablets|staggered|paracetamol level|"
    r"acetaminophen level|(?:paracetamol|acetaminophen) concentration|"
    # "has been taking 8 g a day": an amount above the maximum (exposure_asserted)
    r"(?:has|had|have) (?:been )?tak(?:en|ing)"
)
_HOURS_AGO: Final = _rx(
    r"(\d{1,3}(?:\.\d)?)\s*(?:hours?|hrs?|h)\s*(?:ago|earlier|before)"
)
_MINUTES_AGO: Final = _rx(r"(\d{1,3})\s*(?:minutes?|mins?)\s*(?:ago|earlier|before)")
_ALT: Final = _rx(r"\balt\W{0,3}(\d{2,5})")
ALT_RAISED: Final = 50.0
"""ALT above the upper limit (~50 U/L) after a paracetamol overdose: treat."""
PARACETAMOL_LATE_H: Final = 8.0
"""Chiew 2020: acetylcysteine within 8 h prevents liver injury; later, start at once."""


# --- paracetamol levels timed after the ingestion ---

_APAP: Final = r"(?:paracetamol|acetaminophen|apap)(?: level| concentration)?"
_APAP_UNIT: Final = r"(mg/l|mcg/ml|µg/ml|ug/ml|umol/l|µmol/l)"
_HOURS: Final = r"(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b"
_POST: Final = r"(?:\s*(?:post[- ]?|after )(?:the )?(?:ingestion|overdose|od)\b)?"
_APAP_AT_TIME: Final = _rx(
    rf"{_APAP}\W{{0,3}}(?:(?:at|@)\s*{_HOURS}{_POST}|\(\s*(?:at\s*)?{_HOURS}{_POST}\s*\))"
    rf"\W{{0,12}}(?:was |of |is )?(\d+(?:\.\d+)?)\s*{_APAP_UNIT}"
)
"""The time after the analyte: "paracetamol level at 4 h 180 mg/L", "paracetamol
level (4 h post ingestion) 180 mg/L", "paracetamol concentration at 6 hours
post-ingestion 130 mg/L" (infect48)."""
_POST_INGESTION: Final = r"(?:post[- ]?|after )(?:the )?(?:ingestion|overdose|od)\b"
_APAP_THEN_TIME: Final = _rx(
    rf"{_APAP}\W{{0,3}}(?:was |of |is )?(\d+(?:\.\d+)?)\s*{_APAP_UNIT}\s*"
    rf"(?:(?:at|@)\s*|(?:taken|drawn|measured)\s+(?:at\s+)?"
    rf"(?=\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\s+{_POST_INGESTION})){_HOURS}"
)
"""The time after the level: "paracetamol 180 mg/L at 4 h", "paracetamol level 190
mg/L taken 4 hours after ingestion" (tox28)."""
_APAP_TIME_POST: Final = _rx(
    rf"{_APAP}\W{{0,3}}{_HOURS}\s+{_POST_INGESTION}\W{{0,12}}(?:was |of |is )?"
    rf"(\d+(?:\.\d+)?)\s*{_APAP_UNIT}"
)
"""The time after the analyte without "at" (infect47): "paracetamol level 6 hours after
ingestion 148 mg/L", "paracetamol level 4 h post-ingestion: 190 mg/L"."""
_TIME_THEN_APAP: Final = _rx(
    rf"(\d+(?:\.\d+)?)\s*-?\s*(?:h|hrs?|hours?)\b(?:\s+{_POST_INGESTION}"
    rf"\s*[:,]?)?\s+{_APAP}\W{{0,3}}(?:was |of |is )?(\d+(?:\.\d+)?)\s*{_APAP_UNIT}"
)
"""The time before the analyte: "4-h paracetamol level 210 mg/L", "4 hour
acetaminophen concentration 180 mcg/mL", "labs at 4 hours post-ingestion:
paracetamol level 190 mg/L" (tox28)."""


def _mg_per_l(value: float, unit: str) -> float:
    return value * 0.1512 if "mol" in unit.lower() else value  # 151.2 g/mol


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipped when a string it needs is absent."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


def _timed_levels(text: str) -> tuple[tuple[float, float], ...]:
    """Timed paracetamol levels in ``text``: (mg/L, hours), in the readers' order.

    Kept per text (``per_text``): every stage view shows the same note parts.
    """
    timed = (
        [
            (float(m.group(3)), m.group(4), float(m.group(1) or m.group(2)))
            for m in _scan(_APAP_AT_TIME, text)
        ]
        + [
            (float(m.group(1)), m.group(2), float(m.group(3)))
            for m in _scan(_APAP_THEN_TIME, text)
        ]
        + [
            (float(m.group(2)), m.group(3), float(m.group(1)))
            for m in _scan(_TIME_THEN_APAP, text)
        ]
        + [
            (float(m.group(2)), m.group(3), float(m.group(1)))
            for m in _scan(_APAP_TIME_POST, text)
        ]
    )
    return tuple((_mg_per_l(value, unit), hours) for value, unit, hours in timed)


def paracetamol_timed_levels(texts: Sequence[str]) -> list[tuple[float, float]]:
    """Paracetamol levels stated with their time after ingestion: (mg/L, hours)."""
    return [level for found in each_kept(_timed_levels, texts) for level in found]


_STAGGERED: Final = re.compile(
    r"(?i)staggered|over (?:several|\d+) days|"
    r"over the (?:last|past) (?:few |several |\d+ |two |three )?days|"
    r"supra-?therapeutic"
)
"""A staggered or repeated supratherapeutic ingestion (doses over more than 1-2 h):
no single ingestion time, so no nomogram (UK CHM 2012; Chiew 2020; Dart 2023)."""


def paracetamol_nomogram_void(texts: Sequence[str]) -> str | None:
    """Why the nomogram cannot guide a paracetamol ingestion: when it was, if so.

    The Rumack-Matthew line reads a level taken 4-24 h after one acute ingestion
    (Chiew AL et al. Med J Aust 2020; UK CHM 2012; Dart RC et al. JAMA Netw Open
    2023): a staggered or repeated supratherapeutic ingestion, an unknown or late
    (>= 8 h) time, or a raised ALT needs acetylcysteine at once, whatever the level.
    """
    # A paracetamol taken as directed ("fever despite paracetamol", "took 1 g for the
    # headache") is no ingestion to treat (rules.exposure; Dart 2023).
    if not (exposure_asserted(_PARACETAMOL, texts) and asserted(_INGESTED, texts)):
        return None
    joined = " ".join(texts)
    ago = [float(m.group(1)) for m in _HOURS_AGO.finditer(joined)]
    ago += [float(m.group(1)) / 60.0 for m in _MINUTES_AGO.finditer(joined)]
    hours = max(ago) if ago else onset_hours(joined, ingestion=True)
    alt = max(floats_of(_ALT, texts), default=0.0)
    staggered = bool(_STAGGERED.search(joined))
    if not staggered and alt <= ALT_RAISED:
        # A level timed 4-24 h after one ingestion is what the nomogram reads
        timed = [h for _, h in paracetamol_timed_levels(texts) if 4.0 <= h <= 24.0]
        if timed:
            return None
    late = hours is None or hours >= PARACETAMOL_LATE_H or staggered
    if not (late or alt > ALT_RAISED):
        return None
    when = (
        "staggered"
        if staggered
        else (f"~{hours:g} h after ingestion" if hours is not None else "time unknown")
    )
    return when + (f", ALT {alt:g}" if alt else "")


def paracetamol(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """ANZ 2020: acetylcysteine now for a late, staggered or hepatotoxic ingestion."""
    when = paracetamol_nomogram_void(visible_texts(view))
    if when is None:
        return []
    src = "Chiew AL et al. Med J Aust 2020 (ANZ paracetamol guideline); UK CHM 2012"
    return [
        _req(
            "medication",
            "acetylcysteine IV now, before the level: 200 mg/kg over 4 h then 100 "
            "mg/kg over 16 h (actual weight, capped at 110 kg)",
            f"paracetamol ingestion {when}: the nomogram does not apply ({src})",
            # "N-acetylcysteine if above the treatment line" gives none now
            r"(?:n-)?acetylcysteine(?![^;]*\b(?:if|when|only)\b)|\bnac\b(?! if)",
        ),
        _req(
            "diagnostic",
            "paracetamol level, ALT, INR, creatinine, glucose, venous pH and lactate",
            f"liver injury and King's College criteria ({src})",
            r"\binr\b",
        ),
        _req(
            "consult",
            "toxicology / poisons centre; liver unit if INR > 2, pH < 7.30 or "
            "encephalopathy",
            src,
            r"toxicolog|poison",
        ),
    ]


LITHIUM_TOXIC: Final = 2.5
"""EXTRIP 2015: extracorporeal treatment suggested from 2.5 mmol/L with confusion."""
LITHIUM_NEUROTOXIC: Final = _rx(
    r"confus\w*|disorient\w*|coarse tremor|myoclon\w*|ataxi\w*|unstead\w*|seizur\w*|"
    r"drowsy|letharg\w*|obtunded|decreased (?:level of )?consciousness|dysarthri\w*|"
    r"slurred speech"
)
"""The neurological signs of lithium toxicity (EXTRIP 2015; Baird-Gunning J et al. J
Intensive Care Med 2017): a coarse tremor, ataxia, dysarthria, confusion, seizures."""
_LITHIUM_TAKEN: Final = _rx(r"lithium|priadel|camcolit|lithobid|eskalith")


def lithium_toxic(view: StageView) -> float | None:
    """The documented lithium level when it is toxic (>= 2.5 mmol/L), else None.

    Read as a laboratory result with its unit (mmol/L = mEq/L; mg/L converted), so a
    "lithium 20 mm" coin cell or a lithium dose is no serum level.
    """
    level = max(
        (
            r.value
            for rs in each_text(lab_results, "lithium", visible_texts(view))
            for r in rs
            if not r.below
        ),
        default=0.0,
    )
    return level if level >= LITHIUM_TOXIC else None


def lithium_toxicity_suspected(view: StageView, _pop: Population) -> bool:
    """A patient on lithium with a neurological sign of toxicity, before any level.

    Chronic lithium toxicity presents as a coarse tremor, ataxia, dysarthria or
    confusion, often after diarrhoea, dehydration or a new interacting drug (EXTRIP
    2015; Baird-Gunning J et al. J Intensive Care Med 2017): a high-risk situation
    whose level and kidney function decide on dialysis.
    """
    texts = visible_texts(view)
    return asserted(_LITHIUM_TAKEN, texts) and asserted(LITHIUM_NEUROTOXIC, texts)


def lithium(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """EXTRIP 2015: saline, stop interacting drugs, haemodialysis by its criteria."""
    level = lithium_toxic(view)
    if level is None:
        return []
    texts = visible_texts(view)
    neuro = asserted(LITHIUM_NEUROTOXIC, texts)
    src = "EXTRIP 2015 lithium (Decker BS et al. Clin J Am Soc Nephrol 2015)"
    out = [
        _req(
            "medication",
            "stop lithium and drugs that raise its level (NSAIDs, ACE inhibitors, "
            "ARBs, thiazides); IV isotonic saline, watching sodium",
            f"lithium {level:g} mmol/L ({src})",
            r"stop lithium",
        ),
        _req(
            "monitoring",
            "no activated charcoal (lithium is not adsorbed); repeat lithium level and "
            "creatinine every 4-6 h; ECG",
            src,
            r"charcoal",
        ),
    ]
    if neuro or level > 4.0:
        out.append(
            _req(
                "consult",
                "nephrology: haemodialysis (EXTRIP: Li > 4.0 with impaired kidneys, "
                "decreased consciousness, seizures or dysrhythmia; suggested with "
                "confusion and Li > 2.5)",
                f"lithium {level:g} mmol/L"
                + (" with neurotoxicity" if neuro else "")
                + f" ({src})",
                r"dialys",
            )
        )
    return out


def lithium_suspected(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A patient on lithium with a neurological sign of toxicity, no toxic level yet.

    trauma51 (issue 10): chronic toxicity (a coarse tremor, confusion, ataxia after
    vomiting and diarrhoea or a new NSAID, ACE inhibitor or thiazide) is worked up
    by its level, whatever the complaint (a "vomiting" was a gastroenteritis with
    ondansetron and no level): the level, kidney function, sodium and an ECG now;
    the lithium and the drug that raised it stopped; isotonic saline (EXTRIP 2015,
    Decker BS et al. Clin J Am Soc Nephrol 2015; Baird-Gunning J et al. J Intensive
    Care Med 2017;32:249). A level at or above 2.5 mmol/L is ``lithium``'s.
    """
    if lithium_toxic(view) is not None or not lithium_toxicity_suspected(view, pop):
        return []
    src = "EXTRIP 2015 lithium (Decker BS et al. Clin J Am Soc Nephrol 2015)"
    return [
        _req(
            "diagnostic",
            "serum lithium level now (repeated in 4-6 h), creatinine, sodium, "
            "calcium, TSH; 12-lead ECG",
            f"on lithium with a neurological sign of toxicity ({src})",
            r"lithium level|serum lithium",
        ),
        _req(
            "medication",
            "hold lithium and the drugs that raise its level (NSAIDs, ACE "
            "inhibitors, ARBs, thiazides); IV isotonic saline, watching sodium",
            f"chronic toxicity after fluid loss or an interacting drug ({src})",
            r"stop lithium|hold lithium",
        ),
    ]


SEROTONERGIC: Final = _rx(
    r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|"
    r"venlafaxine|desvenlafaxine|duloxetine|ssri\w*|snri\w*|phenelzine|"
    r"tranylcypromine|moclobemide|selegiline|maoi\w*|linezolid|methylene blue|"
    r"tramadol|pethidine|meperidine|dextromethorphan|mdma|ecstasy|clomipramine|"
    r"fentanyl|tapentadol|st john'?s wort"
)
"""Serotonergic drugs (Boyer & Shannon NEJM 2005)."""
_CLONUS_SPONTANEOUS: Final = _rx(r"spontaneous clonus|myoclonus")
_CLONUS: Final = _rx(r"(?:inducible |ankle |sustained )?clonus|ocular clonus")
_AGITATION_SWEAT: Final = _rx(r"agitat\w*|diaphore\w*|sweat\w*")
_TREMOR_REFLEX: Final = (
    _rx(r"tremor\w*|shaking"),
    _rx(r"hyperreflexi\w*|brisk reflexes"),
)


def serotonin_syndrome(view: StageView) -> bool:
    """Hunter criteria: a serotonergic drug with clonus-led neuromuscular signs."""
    texts = visible_texts(view)
    if not asserted(SEROTONERGIC, texts):
        return False
    if asserted(_CLONUS_SPONTANEOUS, texts):
        return True
    if asserted(_CLONUS, texts) and asserted(_AGITATION_SWEAT, texts):
        return True
    return all(asserted(rx, texts) for rx in _TREMOR_REFLEX)


def serotonin(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Boyer & Shannon 2005: stop the drugs, benzodiazepines, cyproheptadine, cool."""
    if not serotonin_syndrome(view):
        return []
    src = "Hunter criteria (Dunkley 2003); Boyer EW, Shannon M. NEJM 2005"
    out = [
        _req(
            "medication",
            "stop all serotonergic drugs (SSRI/SNRI, MAOI, tramadol, fentanyl, "
            "pethidine, linezolid, methylene blue)",
            f"serotonin toxicity ({src})",
            r"stop all serotonergic",
        ),
        _req(
            "medication",
            "benzodiazepine for agitation and muscle activity (lorazepam 1-2 mg IV, "
            "repeat); no physical restraint",
            src,
            r"lorazepam|diazepam|midazolam|benzodiazepine",
        ),
        _req(
            "medication",
            "cyproheptadine 12 mg PO/NG, then 2 mg every 2 h while symptoms continue",
            f"5-HT2A antagonist ({src})",
            r"cyproheptadine",
        ),
    ]
    t = core_temperature(view)
    if t is not None and t > SEROTONIN_COOL_C:
        out.append(
            _req(
                "procedure",
                "active external cooling (ice packs, tepid spray with fans, cooled IV "
                "fluids) to below 38.5 °C; no antipyretics: the heat is muscular",
                f"temperature {t:g} °C > {SEROTONIN_COOL_C:g} ({src}; Isbister GK "
                "et al. Med J Aust 2007)",
                r"cool",
            )
        )
    if t is not None and t > SEROTONIN_PARALYSE_C:
        out.append(
            _req(
                "procedure",
                "sedation, non-depolarising paralysis and intubation; cooling",
                f"temperature {t:g} °C > {SEROTONIN_PARALYSE_C:g} ({src})",
                r"intubat|paralys",
            )
        )
    elif (
        t is not None
        and t > SEROTONIN_COOL_C
        and asserted(_RIGIDITY, visible_texts(view))
    ):
        out.append(
            _req(
                "consult",
                "ICU now: rising temperature with rigidity is severe serotonin "
                "toxicity; prepare sedation, non-depolarising paralysis and intubation",
                f"temperature {t:g} °C with rigidity (Isbister GK et al. Med J Aust "
                "2007; Boyer & Shannon NEJM 2005)",
                r"\bicu\b|intensive care|intubat",
            )
        )
    return out


SEROTONIN_COOL_C: Final = 38.5
"""Serotonin toxicity above 38.5 °C is cooled actively; its hyperthermia is muscle
activity, which antipyretics do not touch (Boyer EW, Shannon M. NEJM 2005;352:1112;
Isbister GK, Buckley NA, Whyte IM. Med J Aust 2007;187:361: a temperature above
38.5 °C with rising rigidity is severe toxicity)."""
SEROTONIN_PARALYSE_C: Final = 41.0
"""Above 41.1 °C: immediate sedation, non-depolarising paralysis and intubation
(Boyer & Shannon 2005)."""


DOPAMINE_ANTAGONIST: Final = _rx(
    r"haloperidol|droperidol|chlorpromazine|fluphenazine|olanzapine|risperidone|"
    r"quetiapine|aripiprazole|clozapine|zuclopenthixol|antipsychotic\w*|"
    r"neuroleptic\w*|metoclopramide|prochlorperazine|promethazine"
)
"""Dopamine antagonists that cause (and worsen) NMS (Strawn 2007)."""
_RIGIDITY: Final = _rx(r"lead[- ]pipe|rigid\w*|rigor\b|stiff\w*|hypertoni\w*")
_CK: Final = _rx(r"\bck\W{0,3}(\d{3,6})|creatine kinase\W{0,3}(\d{3,6})")


def nms(view: StageView) -> bool:
    """NMS (Gurrera 2011): dopamine antagonist, rigidity, fever, and AMS or high CK."""
    texts = visible_texts(view)
    if not (asserted(DOPAMINE_ANTAGONIST, texts) and asserted(_RIGIDITY, texts)):
        return False
    t = core_temperature(view)
    if not ((t is not None and t >= 38.0) or asserted(FEVER, texts)):
        return False
    ck = max(
        (float(g) for tx in texts for m in _CK.finditer(tx) for g in m.groups() if g),
        default=0.0,
    )
    return asserted(_AMS, texts) or ck >= 1000


def neuroleptic_malignant(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """Strawn 2007: stop the drug, fluids, benzodiazepine, dantrolene/bromocriptine."""
    if not nms(view):
        return []
    src = "Strawn JR et al. Am J Psychiatry 2007; Gurrera 2011 NMS criteria"
    return [
        _req(
            "medication",
            "stop the antipsychotic and every dopamine antagonist (metoclopramide, "
            "prochlorperazine, droperidol)",
            f"neuroleptic malignant syndrome ({src})",
            r"stop the antipsychotic",
        ),
        _req(
            "medication",
            "IV isotonic fluids for rhabdomyolysis (urine output 1-2 mL/kg/h); CK, "
            "creatinine, potassium",
            src,
            r"rhabdomyolysis",
        ),
        _req(
            "medication",
            "lorazepam 1-2 mg IV for rigidity and agitation; dantrolene 1-2.5 mg/kg IV "
            "or bromocriptine 2.5 mg every 8 h by NG tube if severe; ICU",
            src,
            r"dantrolene|bromocriptine",
        ),
    ]


# --- anaphylaxis ---

_ANAPHYLAXIS: Final = _rx(r"anaphyla\w*")
BETA_BLOCKER: Final = _rx(
    r"\w+olol\b|beta[- ]?blocker\w*|bisoprolol|metoprolol|atenolol|propranolol|"
    r"carvedilol|nebivolol|labetalol"
)
_REPEATED_ADRENALINE: Final = _rx(
    r"(?:two|2|three|3|second|repeated|several) (?:doses|injections|shots) of (?:im )?"
    r"(?:adrenaline|epinephrine)|(?:adrenaline|epinephrine) (?:x|×) ?[2-9]|"
    r"still hypotensive|refractory|"
    # peds52: "paramedics gave a second IM adrenaline", "two IM adrenaline injections"
    r"(?:second|repeat(?:ed)?|further) (?:im |intramuscular )?(?:dose (?:of )?)?"
    r"(?:im |intramuscular )?(?:adrenaline|epinephrine)|(?:two|2|three|3) (?:im |"
    r"intramuscular )?(?:adrenaline|epinephrine) (?:doses|injections|shots)|"
    r"(?:adrenaline|epinephrine) (?:given )?twice"
)


def anaphylaxis_refractory(
    view: StageView, _pop: Population, ledger: Sequence[DifferentialEntry]
) -> list[AcuteRequired]:
    """RCUK 2021: adrenaline infusion when refractory; glucagon on a beta-blocker."""
    texts = visible_texts(view)
    leading = any(
        _ANAPHYLAXIS.search(e.diagnosis)
        and e.status != "ruled_out"
        and (e.status == "ruled_in" or (e.probability or 0.0) >= 0.3)
        for e in ledger
    )
    if not (leading or asserted(_ANAPHYLAXIS, texts)):
        return []
    sbp = view.vitals.systolic_bp
    if sbp is None or sbp >= 90:
        return []
    src = "RCUK 2021 anaphylaxis; WAO 2020 (Cardona V et al.)"
    out: list[AcuteRequired] = []
    if asserted(_REPEATED_ADRENALINE, texts):
        out.append(
            _req(
                "medication",
                "adrenaline (epinephrine) IV infusion with critical care; IV fluid "
                "bolus",
                f"refractory anaphylaxis: hypotensive after 2 IM doses ({src})",
                r"adrenaline infusion|epinephrine infusion|adrenaline \(epinephrine\) "
                r"iv infusion",
            )
        )
    if asserted(BETA_BLOCKER, texts):
        out.append(
            _req(
                "medication",
                "glucagon 1-5 mg IV over 5 min, then 5-15 mcg/min infusion",
                f"anaphylaxis on a beta-blocker with hypotension ({src})",
                r"glucagon",
            )
        )
    return out


def _with_ledger(
    fn: Callable[[StageView, Population], list[AcuteRequired]],
) -> Callable[
    [StageView, Population, Sequence[DifferentialEntry]], list[AcuteRequired]
]:
    @functools.wraps(fn)
    def run(
        view: StageView, pop: Population, _ledger: Sequence[DifferentialEntry]
    ) -> list[AcuteRequired]:
        return fn(view, pop)

    return run


ACUTE_PATHWAYS: Final[
    tuple[
        Callable[
            [StageView, Population, Sequence[DifferentialEntry]], list[AcuteRequired]
        ],
        ...,
    ]
] = (
    _with_ledger(temperature),
    _with_ledger(hypoglycaemia),
    _with_ledger(aortic_syndrome),
    _with_ledger(pulmonary_embolism_shock),
    _with_ledger(cardiac_tamponade),
    _with_ledger(spinal_emergency),
    _with_ledger(compartment_syndrome),
    _with_ledger(slipped_epiphysis),
    _with_ledger(kawasaki),
    _with_ledger(intussusception),
    _with_ledger(antepartum_haemorrhage),
    _with_ledger(paracetamol),
    _with_ledger(lithium),
    _with_ledger(lithium_suspected),
    _with_ledger(serotonin),
    _with_ledger(neuroleptic_malignant),
    anaphylaxis_refractory,
)
"""Every acute pathway, run by ``agents.pathways.required_orders``."""
