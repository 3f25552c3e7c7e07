"""Order safety: the checks every treatment plan passes, whatever backend wrote it.

Applied after every backend, like the floors (``agents.floors`` calls :func:`check`):

1. resuscitation and population pathways first (``agents.pathways``: airway for GCS
   <= 8, access and blood for shock, glucose for altered mental status, oxygen,
   monitoring; febrile infant, paediatric sepsis, ectopic, pre-eclampsia, trauma in
   pregnancy);
2. a gate on every order: open must-not-miss diagnoses (no antithrombotic or lytic
   while dissection or haemorrhage is open), vitals and drugs (no nitrate with
   hypotension or a PDE5 inhibitor), the lytic time window and blood pressure,
   documented allergies with well-established cross-reactivity, pregnancy, and the
   population a drug is licensed for;
3. a pregnancy test before radiation or contrast imaging in a woman of 12-50;
4. coverage for resistant organisms in earlier cultures (MRSA, ESBL, Pseudomonas)
   when antibiotics are ordered;
5. doses: fixed adult doses are removed for children (weight-based or none), and
   paediatric per-kg doses are removed beside an adult fixed dose for adults.

Nothing is dropped silently: blocked orders are kept on ``TreatmentResult.blocked``
with their gate and reason, and every change is a ``FloorEvent``. Research software,
not for clinical use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from agents import (
    _text,
    allergy_alternatives,
    anti_d,
    ceilings,
    colchicine,
    explained_workup,
    leading_gates,
    naloxone,
    nil_by_mouth,
    nitrofurantoin,
    order_concepts,
    pathways,
    pathways_pain,
    picture_gates,
    resulted,
    reversal,
    stability,
    weigh_first,
)
from agents import ledger as L
from agents import pathways_acute as acute
from agents import pathways_cardiac as cardiac
from agents import pathways_child as child
from agents import pathways_medical as medical
from agents import pathways_msk as msk
from agents import pathways_older as older
from agents import pathways_overdose as overdose
from agents import pathways_pain as pain
from agents import pathways_scrotum as scrotum
from agents import pathways_specialty as specialty
from agents import pathways_surgical as surgical
from agents import pathways_tox as tox
from agents import pathways_trauma as trauma
from agents.offline.rules import NON_BLANCHING_RASH
from agents.offline.rules.admission_criteria import OBSERVED_HOURS
from agents.offline.rules.csf_organisms import BACTERIAL, csf_causes
from agents.offline.rules.discharge_rules import LOW_EJECTION_FRACTION_WORDS
from agents.offline.rules.ecg_reports import new_lbbb_stated
from agents.offline.rules.findings import birth_days_ago
from agents.offline.rules.results import result_findings, results_of
from agents.population import PopulationLimits, excluded_reason, years
from agents.schemas import (
    BlockedOrder,
    DifferentialEntry,
    FloorEvent,
    Order,
    OrderGate,
    TreatmentResult,
)
from cases.population import Population, view_population
from cases.rx import guarded, word_start
from cases.views import StageView
from retrieval.schemas import NoteHit

__all__ = [
    "DRUG_CLASSES",
    "allergy_classes",
    "check",
    "drug_classes",
    "inpatient_need",
]


_rx = word_start


DRUG_CLASSES: Final[dict[str, re.Pattern[str]]] = {
    "aspirin": _rx(r"aspirin\b|asa\b"),
    "antiplatelet": _rx(
        r"aspirin\b|asa\b|clopidogrel|ticagrelor|prasugrel|antiplatelet|dapt\b"
    ),
    "anticoagulant": _rx(
        r"heparin|enoxaparin|lmwh\b|apixaban|rivaroxaban|warfarin|coumadin|dabigatran|"
        r"edoxaban|fondaparinux|bivalirudin|argatroban|anticoagula"
    ),
    "doac": _rx(r"apixaban|rivaroxaban|dabigatran|edoxaban|doacs?\b|noacs?\b"),
    "thrombolytic": _rx(
        r"alteplase|tenecteplase|reteplase|t-?pa\b|rt-?pa\b|thromboly|fibrinoly|lytics?\b"
    ),
    "nitrate": _rx(r"nitroglycerin|ntg\b|nitrates?\b|isosorbide|nitro\b"),
    "laxative": _rx(
        r"polyethylene glycol|macrogol|\bpeg\b(?! tube)|lactulose|senna\w*|bisacodyl|"
        r"docusate|magnesium citrate|sodium picosulfate|picolax|laxatives?"
    ),
    "nsaid": _rx(
        r"ibuprofen|ketorolac|naproxen|nsaids?\b|diclofenac|indomethacin|celecoxib|"
        r"meloxicam|aspirin\b"
    ),
    "beers_nsaid": _rx(r"ketorolac|indometacin|indomethacin"),
    "nonaspirin_nsaid": _rx(
        r"ibuprofen|ketorolac|naproxen|nsaids?\b|diclofenac|indomethacin|celecoxib|"
        r"meloxicam"
    ),
    "penicillin": _rx(
        r"amoxicillin|ampicillin|penicillin|piperacillin|nafcillin|oxacillin|"
        r"dicloxacillin|flucloxacillin|cloxacillin|benzylpenicillin|"
        r"phenoxymethylpenicillin|temocillin|co-?amoxiclav|augmentin|unasyn|zosyn|"
        r"pcn\b"
    ),
    "cephalosporin": _rx(r"cef\w+|ceph\w+|keflex|rocephin"),
    "aminopenicillin_side_chain": _rx(
        r"cefalexin|cephalexin|keflex|cefadroxil|cefaclor|cefprozil|cefradine|"
        r"cephradine|cefatrizine"
    ),
    "sulfonamide": _rx(r"sulfamethoxazole|tmp-?smx|bactrim|sulfa\b|sulfonamide"),
    "fluoroquinolone": _rx(r"\w*floxacin|fluoroquinolone"),
    "tetracycline": _rx(r"doxycycline|tetracycline|minocycline"),
    "macrolide": _rx(r"azithromycin|clarithromycin|erythromycin|macrolide"),
    "nitrofurantoin": _rx(r"nitrofurantoin|macrobid|macrodantin"),
    "trimethoprim": _rx(r"trimethoprim(?![- /]*sulfa)"),
    "aminoglycoside": _rx(r"gentamicin|tobramycin|amikacin|aminoglycosides?\b"),
    "opioid": _rx(
        r"morphine|hydromorphone|fentanyl|oxycodone|hydrocodone|codeine|tramadol|opioid"
    ),
    "ace_arb": _rx(r"\w+pril\b|\w+sartan\b|ace inhibitor"),
    "statin": _rx(r"\w+statin\b"),
    "warfarin": _rx(r"warfarin|coumadin"),
    "benzodiazepine": _rx(r"lorazepam|diazepam|midazolam|benzodiazepine"),
    "first_gen_antihistamine": _rx(
        r"diphenhydramine|benadryl|promethazine|phenergan|meclizine|meclozine|"
        r"hydroxyzine|chlorphenamine|chlorpheniramine|cyclizine|dimenhydrinate|"
        r"doxylamine|cyproheptadine"
    ),
    "long_acting_benzodiazepine": _rx(
        r"diazepam|chlordiazepoxide|clonazepam|clorazepate|flurazepam|nitrazepam"
    ),
    "ciwa": _rx(r"ciwa"),
    "adult_sepsis_bolus": _rx(r"30 ?ml/kg"),
    "antifibrinolytic": _rx(r"tranexamic|txa\b"),
    "heparin": _rx(
        r"(?<!non-)heparin|enoxaparin|dalteparin|tinzaparin|lmwh\b|clexane|lovenox|"
        r"fragmin"
    ),
    "corticosteroid": _rx(
        r"(?<!no )(?:dexamethasone|methylprednisolone|prednisolone|corticosteroid)"
    ),
    # infect55: a wound closed "under local anaesthesia" is more local anaesthetic
    "local_anaesthetic": _rx(
        r"lidocaine|lignocaine|\w*bupivacaine|ropivacaine|prilocaine|procainamide|"
        r"local an(?:a)?esthe\w*"
    ),
    "vasopressin": _rx(r"vasopressin"),
    "av_nodal_blocker": _rx(
        r"diltiazem|verapamil|metoprolol|esmolol|propranolol|atenolol|beta-?blockers?|"
        r"adenosine|digoxin|amiodarone"
    ),
    "insulin_infusion": _rx(
        r"insulin (?:infusion|drip)|insulin \d+(?:\.\d+)? ?u(?:nits)?/kg/h"
    ),
    "diuretic": _rx(
        r"furosemide|frusemide|bumetanide|torsemide|lasix|diuretics?\b|"
        r"hydrochlorothiazide|thiazides?\b|chlorthalidone|indapamide"
    ),
    "chronotrope": _rx(
        r"atropine|transcutaneous pacing|isoproterenol|isoprenaline|pacing\b"
    ),
    "serotonergic": acute.SEROTONERGIC,
    # tox31: 5-HT3 antagonists: serotonin syndrome with other serotonergic drugs (FDA
    # ondansetron labelling 2014)
    "5ht3_antagonist": _rx(r"ondansetron|granisetron|palonosetron|dolasetron"),
    "dopamine_antagonist": acute.DOPAMINE_ANTAGONIST,
    # geri38: AGS Beers Criteria 2023 table 3, Parkinson's disease: avoid antipsychotics
    # except quetiapine, clozapine and pimavanserin, and metoclopramide,
    # prochlorperazine and promethazine (domperidone does not cross into the brain)
    "parkinson_harmful": _rx(
        r"haloperidol|droperidol|chlorpromazine|fluphenazine|olanzapine|risperidone|"
        r"aripiprazole|zuclopenthixol|trifluoperazine|metoclopramide|prochlorperazine|"
        r"promethazine|levomepromazine"
    ),
    # lead39: beta-adrenoceptor blockers, labetalol among them (weak alpha effect)
    "beta_blocker": _rx(r"\w+olol\b|beta-?blockers?"),
    "carboprost": _rx(r"carboprost|hemabate|15-methyl"),
    "adenosine": _rx(r"adenosine"),
    "qt_prolonging": _rx(
        r"amiodarone|sotalol|procainamide|ibutilide|dofetilide|ondansetron|haloperidol|"
        r"droperidol|methadone|azithromycin|clarithromycin|erythromycin|"
        r"levofloxacin|moxifloxacin|ciprofloxacin|quetiapine|chlorpromazine"
    ),
    "charcoal": _rx(r"(?:activated )?charcoal"),
    "ergot": _rx(r"methylergonovine|methylergometrine|ergometrine|syntometrine"),
}
"""Drug (or protocol) class -> order-name pattern. Classes overlap on purpose."""

RADIATION_IMAGING: Final = _rx(
    r"ct\b|cta\b|ct[- ]?angio|computed tomograph|x-?ray|radiograph|v/q\b|"
    r"fluoroscop|angiograph|kub\b|contrast"
)
"""Imaging with ionising radiation or contrast."""
_DISTAL_LIMB: Final = (
    r"(?:ankle|foot|feet|knee|wrist|hand|finger|thumb|elbow|shoulder|forearm|tibia|"
    r"fibula|toe|extremity|scaphoid|radius|ulna|humerus|clavicle|lower leg)"
)
NEGLIGIBLE_DOSE: Final = _rx(
    rf"chest x-?ray|cxr\b|chest radiograph|{_DISTAL_LIMB}\w* (?:x-?ray|radiograph)|"
    rf"(?:x-?rays?|radiographs?|films?) (?:of )?(?:the |both |his |her )?"
    rf"(?:(?:left|right|injured|affected) )?{_DISTAL_LIMB}|"
    r"non-?contrast ct (?:of the )?head(?! with)|ct head without contrast|"
    r"ct (?:of the )?cervical spine"
)
"""Plain films far from the pelvis, whichever way the order words them ("ankle
radiographs", "x-ray of the finger"), and non-contrast CT of the head or cervical spine
(ACR-SPR 2018: fetal dose < 0.01 mGy, extremity films < 0.001 mGy; ACOG Committee
Opinion 723, 2017: time-critical imaging is not withheld or delayed for a pregnancy
test, and a distal-limb film needs none)."""

# Aortic dissection forbids antithrombotics; a cervical (carotid or vertebral) artery
# dissection is treated with them (CADISS, Lancet Neurol 2015;14:361) and IV alteplase
# is reasonable in its stroke (Powers WJ et al. AHA/ASA 2019, 3.5.1, IIa): mnm15.
_HAEMORRHAGE_DX: Final = _rx(
    r"(?<!artery )(?<!carotid )(?<!vertebral )\w*dissection|"
    r"(?<!without )\w*hemorrhag|(?<!without )\w*haemorrhag|subarachnoid|"
    r"(?<!thrombosis of )intracranial|"
    r"subdural|epidural hematoma|gi bleed|gastrointestinal bleed|upper gi|lower gi|"
    r"variceal|(?<!without )(?<!with rectal )\w*bleed|ruptured|ectopic|"
    r"placental abruption|"
    r"premature separation of placenta|antepartum|"
    r"intra-abdominal injury|hemorrhagic shock|aneurysm|\bha?emoptysis\b"
)
"""A bleed, or a diagnosis that may bleed, open: no antithrombotic. A name that says
the condition is "without bleeding" ("Gastritis, unspecified, without bleeding") names
no bleed (lead32: it withheld aspirin from a suspected ACS). "Hemoptysis" is the
massive-haemoptysis entry, which only its pathway rules in (ktas33: heparin was ordered
for a suspected PE beside it; Davidson K, Shojaee S. Chest 2020;157:77: stop and
reverse anticoagulants in massive haemoptysis; ESC 2019 PE: active bleeding
contraindicates anticoagulation). A cerebral venous thrombosis ("thrombosis of
intracranial venous system") is no bleed: anticoagulation treats it (AHA 2024 CVT).
dx39: "ulcerative colitis ... with rectal bleeding" (ICD-10-CM K51.x11) names the
colitis, not a haemorrhage: acute severe colitis gets LMWH thromboprophylaxis despite
its rectal bleeding (Lamb CA et al. BSG 2019 IBD guideline, Gut 2019;68:s1)."""
_CVT_ORDER: Final = _rx(r"venous sinus thrombosis|intracranial venous|cerebral venous")
_BRAIN_BLEED_DX: Final = _rx(
    r"intracerebral|intracranial|subarachnoid|(?<!without )\w*hemorrhag|"
    r"(?<!without )\w*haemorrhag"
)
"""Saposnik G et al. AHA 2024 CVT and Ferro JM et al. ESO 2017: a confirmed cerebral
venous thrombosis is anticoagulated even with a haemorrhagic venous infarct or a
small convexity subarachnoid bleed (the bleed is the thrombosis's venous infarction);
a bleed elsewhere still withholds it."""
_GI_OR_BRAIN_BLEED: Final = _rx(
    r"subarachnoid|intracranial|subdural|gi bleed|gastrointestinal bleed|upper gi|"
    r"lower gi|variceal|(?<!without )\w*hemorrhag|(?<!without )\w*haemorrhag|"
    r"(?<!without )\w*bleed"
)
_MUCOSAL_INJURY_DX: Final = _rx(r"gastritis|peptic|gastric ulcer|duodenal ulcer")
"""Gastritis or a peptic ulcer open without a bleed: an analgesic NSAID worsens it, an
antiplatelet dose of aspirin for a suspected ACS is still given (Lanza FL et al. ACG
2009 NSAID-related ulcer complications, Am J Gastroenterol 2009;104:728; Amsterdam EA
et al. AHA/ACC 2014 NSTE-ACS: aspirin unless active bleeding or allergy)."""
_NITRATE_DX: Final = _rx(r"\w*dissection|tamponade|right ventricular infarct")
_PE_DX: Final = _rx(r"pulmonary embol\w*")
_PREEXCITATION: Final = _rx(
    r"pre-?excit\w*|wolff[- ]parkinson[- ]white|wpw\b|accessory pathway|delta waves?"
)
_ORTHODROMIC_AVRT: Final = re.compile(r"(?i)orthodromic avrt:")
"""The knowledge base's order for an orthodromic AVRT (``preexcited_af``)."""
_GI_BLEED_DX: Final = _rx(
    r"gi bleed|gastrointestinal (?:hemorrhag|haemorrhag|bleed)|upper gi|lower gi|"
    r"variceal|esophageal varices|oesophageal varices|hemorrhage of anus"
)


@dataclass(frozen=True)
class _DxRule:
    classes: tuple[str, ...]
    pattern: re.Pattern[str]
    source: str
    ruled_in_only: bool = False
    """Only a diagnosis the evidence has ruled in forbids the class (a suspicion
    does not)."""


_OBSTRUCTION_DX: Final = _rx(
    r"intestinal obstruction|bowel obstruction|volvulus|\w*ileus|strangulated|"
    r"incarcerated|perforation of intestine"
)
"""A mechanical obstruction, volvulus or perforation open: a laxative is withheld."""
_PERFORATION_DX: Final = _rx(r"perforation of intestine|with perforation|peritonitis")
"""A perforated viscus or peritonitis open (a peptic ulcer perforation among them)."""
_INFECTED_OBSTRUCTION_DX: Final = _rx(
    r"obstructive uropathy with infection|infected obstructed kidney|pyonephrosis"
)
"""An obstructed infected kidney open (sepsis beside an obstructed kidney)."""
_HIT_DX: Final = _rx(r"heparin[- ]induced")
"""Heparin-induced thrombocytopenia open (suspected on exposure and a low count)."""
_MALARIA_DX: Final = _rx(r"\w*malaria")
"""Malaria, forbidding corticosteroids once parasites are seen (ruled in)."""
_LAST_DX: Final = _rx(r"adverse effect of local anesthetics")
"""Local anaesthetic systemic toxicity open."""
_ENDOCARDITIS_DX: Final = _rx(r"endocarditis")
"""Infective endocarditis open (suspected by its pathway or on the differential)."""
_PHAEO_DX: Final = _rx(r"adrenomedullary|ph?aeochromocytoma|pheochromocytoma")
"""A phaeochromocytoma crisis open (suspected on its triad and an adrenal mass)."""

CONTRAINDICATED_BY_DX: Final[tuple[_DxRule, ...]] = (
    _DxRule(
        ("antiplatelet", "anticoagulant", "thrombolytic"),
        _HAEMORRHAGE_DX,
        "ACC/AHA 2022 aortic disease; AHA/ASA 2022 ICH and 2023 SAH; ACG 2021 GI bleed",
    ),
    _DxRule(("nsaid",), _GI_OR_BRAIN_BLEED, "ACG 2021 UGIB; AHA/ASA 2022 ICH"),
    _DxRule(
        ("nonaspirin_nsaid",),
        _MUCOSAL_INJURY_DX,
        "Lanza FL et al. ACG 2009 NSAID-related ulcer complications (Am J "
        "Gastroenterol 2009;104:728)",
    ),
    _DxRule(
        ("nonaspirin_nsaid",),
        _PERFORATION_DX,
        "Tarasconi A et al. WSES 2020 perforated peptic ulcer (World J Emerg Surg"
        " 2020;15:3): NSAIDs cause and worsen ulcer perforation and bleeding; "
        "paracetamol or a titrated IV opioid until surgery",
    ),
    _DxRule(
        ("nonaspirin_nsaid",),
        _INFECTED_OBSTRUCTION_DX,
        "Skolarikos A et al. EAU 2024 urolithiasis (NSAIDs for colic with normal "
        "renal function; urgent decompression of an obstructed infected kidney); "
        "KDIGO 2012 AKI 3.1: sepsis is an exposure for kidney injury, nephrotoxic "
        "drugs avoided; paracetamol or a titrated IV opioid",
    ),
    _DxRule(
        ("nitrate",), _NITRATE_DX, "ACC/AHA 2022 aortic disease; ESC 2015 tamponade"
    ),
    _DxRule(
        ("av_nodal_blocker",),
        _PREEXCITATION,
        "AHA/ACC/HRS 2019 AF focused update: AV-nodal blockers in pre-excited AF can"
        " cause ventricular fibrillation (class III: harm)",
    ),
    _DxRule(
        ("heparin",),
        _HIT_DX,
        "Cuker A et al. ASH 2018 heparin-induced thrombocytopenia (Blood Adv "
        "2018;2:3360): stop all heparin while HIT is possible (4Ts intermediate or "
        "high); a non-heparin anticoagulant instead",
    ),
    _DxRule(
        ("corticosteroid",),
        _MALARIA_DX,
        "WHO guidelines for malaria 2023 and Warrell DA et al. N Engl J Med "
        "1982;306:313: dexamethasone in cerebral malaria prolongs coma and adds "
        "infection and bleeding; no corticosteroids in severe malaria",
        ruled_in_only=True,
    ),
    _DxRule(
        ("local_anaesthetic", "vasopressin"),
        _LAST_DX,
        "Neal JM et al. ASRA LAST checklist 2020 (Reg Anesth Pain Med 2021;46:81): "
        "no further local anaesthetic (lidocaine, procainamide) and no vasopressin "
        "in local anaesthetic systemic toxicity",
    ),
    _DxRule(
        ("thrombolytic",),
        _ENDOCARDITIS_DX,
        "AHA/ASA 2019 acute ischaemic stroke: symptoms consistent with infective "
        "endocarditis contraindicate alteplase (intracranial haemorrhage from septic "
        "emboli and mycotic aneurysms)",
    ),
    # cardio42: a fever with a prosthetic valve and a new deficit (septic embolism)
    # got a stroke's dual antiplatelet load on top of warfarin
    _DxRule(
        ("antiplatelet",),
        _ENDOCARDITIS_DX,
        "Baddour LM et al. AHA 2015 infective endocarditis (Circulation "
        "2015;132:1435): starting aspirin or another antiplatelet in endocarditis is "
        "not recommended (class III), its embolic strokes bleed; Delgado V et al. ESC "
        "2023 endocarditis (neurological complications)",
    ),
    _DxRule(
        ("dopamine_antagonist", "beta_blocker"),
        _PHAEO_DX,
        "Eisenhofer G et al. Drug Saf 2007;30:1031 and Lenders JWM et al. Endocrine "
        "Society 2014: dopamine D2 antagonists (metoclopramide, prochlorperazine) "
        "provoke a phaeochromocytoma crisis; a beta-blocker before alpha-blockade "
        "leaves alpha-mediated vasoconstriction unopposed",
    ),
    _DxRule(
        ("laxative",),
        _OBSTRUCTION_DX,
        "Ten Broek RPG et al. Bologna adhesive SBO 2017 (World J Emerg Surg"
        " 2018;13:24): nil by mouth and decompression; Vogel JD et al. ASCRS 2021"
        " colonic volvulus; AGA 2023: constipation is treated once obstruction is"
        " excluded",
    ),
    _DxRule(
        ("antifibrinolytic",),
        _GI_BLEED_DX,
        "HALT-IT (Lancet 2020;395:1927): tranexamic acid does not reduce death from GI"
        " bleeding and increases venous thromboembolism",
    ),
)
"""Open diagnoses that forbid a drug class (the diagnosis pattern matches its name)."""

PREGNANCY_CONTRAINDICATED: Final[dict[str, str]] = {
    "warfarin": "teratogenic (ACOG PB 196, 2018: use LMWH in pregnancy)",
    "doac": "crosses the placenta, no safety data: LMWH in pregnancy (RCOG green-top "
    "37b 2015; ASH 2018 VTE in pregnancy)",
    "ace_arb": "fetotoxic (FDA boxed warning)",
    "fluoroquinolone": "avoid in pregnancy (ACOG; safer alternatives exist)",
    "tetracycline": "avoid in pregnancy (teeth/bone; AAP Red Book)",
    "statin": "avoid in pregnancy (FDA 2021 labelling)",
}
NSAID_PREGNANCY_WEEKS: Final = 20
"""FDA 2020 drug safety communication: avoid NSAIDs from 20 weeks of gestation."""
NITROFURANTOIN_TERM_WEEKS: Final = 36
"""NICE NG109 2018 / BNF: nitrofurantoin is avoided at term (from 36 weeks), as it can
cause neonatal haemolysis."""
TRIMETHOPRIM_FIRST_TRIMESTER_WEEKS: Final = 13
"""NICE NG109 2018 / BNF: trimethoprim, a folate antagonist, is avoided in the first
trimester (teratogenic risk)."""


def _uti_antibiotic_in_pregnancy(
    classes: frozenset[str], weeks: int | None
) -> str | None:
    """NICE NG109: the urinary antibiotics a gestation forbids (None: allowed)."""
    if (
        "nitrofurantoin" in classes
        and weeks is not None
        and (weeks >= NITROFURANTOIN_TERM_WEEKS)
    ):
        return (
            f"nitrofurantoin at {weeks} weeks: avoided at term, neonatal haemolysis "
            "(NICE NG109 2018; BNF)"
        )
    if "trimethoprim" in classes and (
        weeks is None or weeks < TRIMETHOPRIM_FIRST_TRIMESTER_WEEKS
    ):
        return (
            "trimethoprim in the first trimester or at an unknown gestation: a folate "
            "antagonist (NICE NG109 2018; BNF)"
        )
    return None


PREGNANCY_UTI_ANTIBIOTIC: Final = Order(
    kind="medication",
    name="cefalexin 500 mg PO twice daily for 7 days (amoxicillin if the culture "
    "shows it sensitive); urine culture before the first dose",
    reason="lower urinary tract infection in pregnancy when nitrofurantoin or "
    "trimethoprim is withheld (NICE NG109 2018: pregnant women, 7 days, culture)",
)

BEERS_AGE_YEARS: Final = 65
"""AGS Beers Criteria 2023 apply from 65 years."""
DRUG_POPULATIONS: Final[dict[str, PopulationLimits]] = {
    "aspirin": PopulationLimits(
        min_age_days=years(16), source="Reye syndrome: no aspirin under 16 (MHRA/FDA)"
    ),
    "thrombolytic": PopulationLimits(
        min_age_days=years(18), source="AHA/ASA 2019: lytics not established < 18 y"
    ),
    "fluoroquinolone": PopulationLimits(
        min_age_days=years(18),
        source="AAP 2016: fluoroquinolones only without alternative in children",
    ),
    "ciwa": PopulationLimits(
        min_age_days=years(18), source="CIWA-Ar (Sullivan 1989): validated in adults"
    ),
    "nsaid": PopulationLimits(
        min_age_days=90,
        source="BNF for Children: ibuprofen from 3 months (> 5 kg); no NSAID in "
        "young infants",
    ),
    "adult_sepsis_bolus": PopulationLimits(
        min_age_days=years(18),
        source="SSC children 2020: 10-20 mL/kg aliquots, not an adult 30 mL/kg bolus",
    ),
    "first_gen_antihistamine": PopulationLimits(
        max_age_days=years(BEERS_AGE_YEARS) - 1,
        source="AGS Beers Criteria 2023: avoid first-generation antihistamines from "
        "65 (strongly anticholinergic: confusion, constipation, urinary retention, "
        "falls); ondansetron for nausea, a non-sedating antihistamine for itch",
    ),
    "beers_nsaid": PopulationLimits(
        max_age_days=years(BEERS_AGE_YEARS) - 1,
        source="AGS Beers Criteria 2023: avoid ketorolac (parenteral included) and "
        "indometacin from 65 (GI bleeding, acute kidney injury); paracetamol, or a "
        "titrated opioid for severe pain",
    ),
    "long_acting_benzodiazepine": PopulationLimits(
        max_age_days=years(BEERS_AGE_YEARS) - 1,
        source="AGS Beers Criteria 2023: avoid benzodiazepines from 65, above all "
        "long-acting ones (delirium, falls, fractures), except for seizures and "
        "alcohol or benzodiazepine withdrawal",
    ),
}
"""Drug class -> the population it may be ordered for."""
BEERS_EXCEPTED: Final[dict[str, re.Pattern[str]]] = {
    "first_gen_antihistamine": _rx(
        r"anaphyla\w*|angio-?o?edema|allergic reaction|urticaria|hives|"
        r"(?:acute )?dystoni\w*|oculogyric"
    ),
    "long_acting_benzodiazepine": _rx(
        r"seizur\w*|status epilepticus|convuls\w*|fitting|alcohol withdrawal|"
        r"withdrawal seizur\w*|delirium tremens|benzodiazepine withdrawal|"
        r"alcohol(?:-related)? (?:\w+ )?withdrawal"
    ),
}
"""The uses Beers 2023 keeps: diphenhydramine for a severe allergic reaction (and an
acute dystonia); a benzodiazepine for seizures and for alcohol or benzodiazepine
withdrawal."""
BEERS_EXCEPTED_DX: Final[dict[str, re.Pattern[str]]] = {
    "long_acting_benzodiazepine": _rx(
        r"(?:other |generali[sz]ed |obstetrical )?tetanus"
    ),
}
"""infect51: the diagnoses an older adult's drug is given for whatever Beers says: a
benzodiazepine controls the spasms of generalised tetanus, with magnesium, in the
intensive care unit (Yen LM, Thwaites CL. Lancet 2019;393:1657; WHO 2017 tetanus
position). Read from the order's own diagnosis, not the note (a tetanus immunisation
history is in most wound notes)."""

TREAT_THRESHOLD: Final = 0.5
"""Anticoagulants and lytics need their diagnosis ruled in or at least this likely
(treatment threshold, Pauker & Kassirer NEJM 1980; ESC 2019 PE: anticoagulate on high
clinical probability while imaging is awaited)."""
HIGH_RISK_CLASSES: Final = ("anticoagulant", "thrombolytic")
STROKE_LYTIC_HOURS: Final = 4.5
"""AHA/ASA 2019: IV alteplase within 4.5 h of last known well."""
STEMI_LYTIC_HOURS: Final = 12.0
"""ACC/AHA 2013 STEMI: fibrinolysis within 12 h of symptom onset."""
LYTIC_MAX_BP: Final = (185.0, 110.0)
"""AHA/ASA 2019: BP must be < 185/110 before alteplase."""
HYPOTENSION_SBP: Final = 90.0
EMPIRIC_WELLS: Final = 4.0
"""ESC 2019 PE (Konstantinides SV et al. Eur Heart J 2020;41:543), class I: start
anticoagulation without delay in high or intermediate clinical probability while the
workup is in progress; CHEST 2016 (Kearon C et al.): treat while awaiting imaging when
suspicion is high. Wells > 4 ("PE likely", two-tier) is that probability."""
INSULIN_MIN_POTASSIUM: Final = 3.5
"""Umpierrez GE et al. ADA/EASD/JBDS/AACE/DTS hyperglycaemic crises consensus. Diabetes
Care 2024;47:1257: with K < 3.5 mmol/L hold insulin and give potassium 10-20 mmol/h
until K >= 3.5 (the 2009 statement's line was 3.3; insulin drives K into cells:
arrhythmia, respiratory muscle weakness)."""

_INTRACRANIAL_BLEED_HISTORY: Final = _rx(
    r"(?:intracranial|intracerebral|subdural|subarachnoid|epidural|extradural)\s+"
    r"(?:hemorrhag\w*|haemorrhag\w*|hematoma|haematoma|bleed\w*)|"
    r"hemorrhagic stroke|haemorrhagic stroke|\bich\b|craniotomy|neurosurg\w*|"
    r"(?:brain|spinal) surgery"
)
_ACTIVE_BLEEDING: Final = _rx(
    r"active(?:ly)? bleed\w*|ongoing (?:\w+ )?(?:bleed\w*|hemorrhag\w*)|"
    r"still (?:actively )?bleed\w*|continu\w* to bleed|bleeding (?:continues|persists)"
)
_RECENT_MAJOR_BLEED: Final = _rx(
    r"(?:bleed\w*|ha?emorrhag\w*)\b[^.;]{0,60}?\b(?:(?:last|past|previous|this) "
    r"(?:week|fortnight|month)|(?:\d{1,2}|one|two|three|four) (?:days?|weeks?) ago|"
    r"requir\w* (?:a )?(?:blood )?transfusion)"
)
"""A major bleed in the last month, or one that needed transfusion: high bleeding
risk, no anticoagulation without a senior decision (Konstantinides SV et al. ESC 2019
PE 6.1; Kearon C et al. CHEST 2016 VTE, bleeding risk factors: recent bleeding)."""
_ANTITHROMBOTIC: Final = frozenset({"anticoagulant", "thrombolytic", "antiplatelet"})
_BLEEDING_RISK: Final = (
    (
        frozenset({"anticoagulant", "thrombolytic"}),
        _INTRACRANIAL_BLEED_HISTORY,
        "intracranial haemorrhage or neurosurgery documented: absolute contraindication"
        " to lysis, anticoagulation only after specialist review (AHA/ASA 2019; ESC"
        " 2019 PE: consider an IVC filter)",
    ),
    (
        frozenset({"anticoagulant", "thrombolytic", "antiplatelet"}),
        _ACTIVE_BLEEDING,
        "active bleeding documented (ESC 2019 PE; ACC/AHA 2013 STEMI)",
    ),
    (
        frozenset({"anticoagulant", "thrombolytic"}),
        _RECENT_MAJOR_BLEED,
        "a major bleed in the last month or one needing transfusion: high bleeding "
        "risk (ESC 2019 PE 6.1; Kearon C et al. CHEST 2016): a senior decision, an "
        "IVC filter if the clot is proven",
    ),
    (
        frozenset({"nonaspirin_nsaid"}),
        reversal.ANY_ANTICOAGULANT,
        "on an anticoagulant: an NSAID doubles the risk of major bleeding (Davidson BL"
        " et al. JAMA Intern Med 2014;174:947; ACC 2020 ECDP); acetaminophen, or an "
        "opioid for severe pain",
    ),
    (
        frozenset({"parkinson_harmful"}),
        older.PARKINSON_DISEASE,
        "Parkinson's disease or Lewy body dementia: dopamine antagonists worsen "
        "parkinsonism and can be fatal in Lewy body dementia (AGS Beers Criteria 2023 "
        "table 3; NICE CG103 delirium 1.6.3; NICE NG71 2017): lorazepam or quetiapine "
        "for distress, domperidone or ondansetron for nausea",
    ),
    (
        frozenset({"av_nodal_blocker"}),
        _PREEXCITATION,
        "pre-excitation (WPW) documented: AV-nodal blockers in AF can cause ventricular"
        " fibrillation (AHA/ACC/HRS 2019, class III: harm); cardioversion or "
        "procainamide",
    ),
)
"""Documented history that forbids a drug class whatever the ledger (a bleed for an
antithrombotic; pre-excitation for an AV-nodal blocker)."""
_WELLS_DOCUMENTED: Final = re.compile(
    r"(?i)\bwells\b(?:\s+(?:pe|score|criteria|for pe))*\W{0,3}(?:score\W{0,3})?"
    r"(?:of|is|was|=|:)?\s*(\d{1,2}(?:\.\d)?)\b"
)
_PE_LIKELY: Final = _rx(
    r"pe likely|high (?:clinical |pre-?test )?probability (?:of|for) (?:pe|pulmonary "
    r"embol\w*)"
)

_ON_ANTICOAGULANT: Final = _rx(
    r"anticoagulat\w*|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|"
    r"dabigatran|pradaxa|edoxaban"
)
_PDE5: Final = _rx(r"sildenafil|tadalafil|vardenafil|viagra|cialis|levitra|pde-?5")
NITRATE_MIN_HR: Final = 50.0
"""ACCF/AHA 2013 STEMI: no nitrate with marked bradycardia (< 50/min)."""
NITRATE_MAX_HR: Final = 100.0
"""ACCF/AHA 2013 STEMI (O'Gara PT et al. Circulation 2013;127:e362, 4.4.x; Amsterdam EA
et al. AHA/ACC 2014 NSTE-ACS 4.1.2.2, class III): no nitrate with a tachycardia above
100/min in the absence of heart failure (the fast heart of hypovolaemia, a bleed,
sepsis or a right-ventricular infarct falls further with a vasodilator) (cardio54)."""
_ALLERGY: Final = (
    # an allergy list ("Allergies: penicillin (hives), sulfa")
    guarded(re.compile(r"(?i)\ballerg(?:ies|y)\s*(?::|-)\s*([^\n.;]{1,120})")),
    # "allergic to amoxicillin and sulfa" (at most four names, nothing after them)
    guarded(
        re.compile(
            r"(?i)\b(?:allergic(?: reaction)?|allergy|allergies|intoleran\w+)\s+to\s+"
            r"([a-z][\w-]*(?:\s*(?:,|and|or)\s*[a-z][\w-]*){0,3})"
        )
    ),
    # "penicillin allergy (rash)", "PCN allergic": the drug charted before the word
    guarded(
        re.compile(
            r"(?i)\b(?<!no )(?<!denies )(?<!without )([a-z][\w-]{2,})\s+"
            r"allerg(?:y|ies|ic)\b"
        )
    ),
)
_IMMEDIATE_REACTION: Final = re.compile(
    r"(?i)\b(?:anaphyla\w*|angio-?o?edema|throat (?:swelling|swelled|closing|"
    r"tightness|tight)|swollen (?:throat|tongue|lips?)|airway|stridor|wheez\w*|"
    r"collapsed?|hypotensi\w*|(?:needed|required|given) (?:an? )?(?:adrenaline|"
    r"epinephrine|epipen)|stevens|\bsjs\b|toxic epidermal|\bdress\b)"
)
"""An immediate-type (or severe delayed) reaction to a penicillin: no cephalosporin
that shares the aminopenicillin R1 side chain (cefalexin, cefadroxil, cefaclor,
cefprozil); one with a dissimilar side chain may be given (Khan DA et al. AAAAI/ACAAI
drug allergy practice parameter, J Allergy Clin Immunol 2022;150:1333)."""
_REACTION_WINDOW: Final = 80
"""Characters after an allergy entry read for its reaction ("allergic to penicillin
(anaphylaxis in 2019)")."""
_NO_ALLERGY: Final = re.compile(r"(?i)^\W*(?:none|nkda|nka|no known|nil|denies|n/?a)\b")
_ALLERGEN_WORD: Final = re.compile(r"[a-z]{5,}")
_ALLERGY_CROSS: Final[dict[str, tuple[str, ...]]] = {
    "penicillin": ("penicillin",),
    "cephalosporin": ("cephalosporin",),
    "sulfonamide": ("sulfonamide",),
    "fluoroquinolone": ("fluoroquinolone",),
    "tetracycline": ("tetracycline",),
    "macrolide": ("macrolide",),
    "nsaid": ("nsaid",),
    "aspirin": ("nsaid", "aspirin"),
    "benzodiazepine": ("benzodiazepine",),
    "statin": ("statin",),
}
"""Allergy class -> classes withheld (AAAAI/ACAAI 2022 drug allergy practice
parameter: penicillins cross-react with penicillins; aspirin with NSAIDs)."""


_NAMED_ANTIPLATELET: Final = re.compile(
    r"(?i)\b(?:aspirin|asa|clopidogrel|ticagrelor|prasugrel)\b"
)


def _withheld_by(found: frozenset[str], listed: str) -> set[str]:
    """The classes an allergy to ``listed`` (a drug of classes ``found``) withholds.

    cardio56: an allergy to one named antiplatelet is not one to the class. Aspirin's
    is a COX-1 hypersensitivity shared by the NSAIDs, not by the P2Y12 inhibitors,
    which block platelets another way: after it a P2Y12 inhibitor is the ACS
    antiplatelet (Kowalski ML et al. EAACI 2019 NSAID hypersensitivity; Amsterdam EA
    et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1, class I: clopidogrel for aspirin
    hypersensitivity); a P2Y12 inhibitor's leaves aspirin. The named drug is still
    withheld, by its class (aspirin) or its name (``_ALLERGEN_WORD``).
    """
    if _NAMED_ANTIPLATELET.search(listed):
        found = found - {"antiplatelet"}
    return {w for c in found for w in _ALLERGY_CROSS.get(c, (c,))}


_FIXED_DOSE: Final = re.compile(
    r"(?i)\b\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?\s*(?:mg|g|mcg|units?|u|ml|l)\b"
    r"(?!\s*/\s*(?:kg|dl|l|m2)\b|\s*(?:x|×|per)\s*kg\b)"
)
"""A fixed dose; a weight-based dose (per kg, or "3 mL x kg x %TBSA", the Parkland
formula), a body-surface dose ("prednisolone 60 mg/m2": BNF for Children; KDIGO 2021
nephrotic syndrome, peds36) and a concentration threshold ("if Hb < 7 g/dL") are not
doses."""
_PER_KG_PAREN: Final = re.compile(r"\s*\([^()]*/\s*kg[^()]*\)")
_EMPTIED_ADULT: Final = re.compile(r"(?i)\s*\bor\s*\(\s*(?:in\s+)?adults?\s*\)")
"""The adult alternative left empty once its fixed dose is removed ("10 mL/kg
(children) or (adults)"): the clause goes with its dose."""
CHILD_DOSING_YEARS: Final = 16
"""Under this age doses are weight-based (BNF for Children / Harriet Lane)."""


_REVERSED_CLASSES: Final = frozenset({"anticoagulant", "warfarin", "doac"})
_STOP_ORDER: Final = re.compile(r"(?i)\s*(?:stop|hold|withhold|discontinue|avoid|no)\b")
"""An order to stop or avoid drugs ("stop lithium and NSAIDs") is not those drugs."""


@functools.lru_cache(maxsize=4096)
def drug_classes(name: str) -> frozenset[str]:
    """Return the drug (or protocol) classes an order name mentions.

    A reversal order names the anticoagulant it reverses ("protamine per 100 units of
    heparin"): it is not an anticoagulant, and no antithrombotic gate withholds it.
    Memoised per name: the order checks ask about the same knowledge-base order
    names on every stage (~90 class patterns each).
    """
    if _STOP_ORDER.match(name):
        return frozenset()
    found = frozenset(c for c, rx in DRUG_CLASSES.items() if rx.search(name))
    if found & _REVERSED_CLASSES and reversal.is_reversal(name):
        return found - _REVERSED_CLASSES
    return found


_DRUG_REACTION: Final = (
    # "bronchospasm after ibuprofen", "anaphylaxis to penicillin"
    guarded(
        re.compile(
            r"(?i)\b(?:bronchospasm|wheez\w*|anaphyla\w*|angio-?o?edema|urticaria|hives"
            r"|throat swelling)\s+(?:after|with|to|from|following|on)\s+(?:taking\s+)?"
            r"([a-z][\w-]*)"
        )
    ),
    # "ibuprofen-induced asthma", "NSAID-exacerbated respiratory disease"
    guarded(
        re.compile(
            r"(?i)\b([a-z][\w]{2,})[- ](?:induced|exacerbated|sensitive)\s+(?:asthma"
            r"|bronchospasm|angio-?o?edema|anaphylaxis|urticaria|respiratory disease)"
        )
    ),
)
"""A severe reaction to a named drug told in the history, not in an allergy list: the
drug's class is withheld as an allergy (Khan DA et al. AAAAI/ACAAI 2022; Kowalski ML
et al. EAACI 2019 NSAID hypersensitivity: an NSAID-exacerbated respiratory disease
forbids every COX-1 inhibitor). Only the class is kept: a non-drug word ("wheeze after
exercise") names no allergen."""


def allergy_classes(texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return (drug classes, allergen words) of allergies documented in ``texts``.

    "Allergies: penicillin (hives)" gives the class ``penicillin``; a named drug with
    no class ("allergic to tramadol") is kept as a word to match order names; a severe
    reaction told in the history ("bronchospasm after ibuprofen") gives its class.
    Each text is read once (``_allergies_in``, kept with the text's answers): the
    notes and retrieved chunks of a returning patient are not read again.
    """
    classes: set[str] = set()
    words: set[str] = set()
    for text in texts:
        found, named = _text.per_text(_allergies_in, text)
        classes |= found
        words |= named
    return frozenset(classes), frozenset(words)


def _allergies_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``allergy_classes`` of one text (the answer is the union over the texts)."""
    classes: set[str] = set()
    words: set[str] = set()
    for m in (m for rx in _DRUG_REACTION for m in rx.finditer(text)):
        found = drug_classes(m.group(1))
        classes |= _withheld_by(found, m.group(1))
    for m in (m for rx in _ALLERGY for m in rx.finditer(text)):
        listed = m.group(1)
        if _NO_ALLERGY.search(listed):
            continue
        found = drug_classes(listed)
        classes |= _withheld_by(found, listed)
        after = text[m.start(1) : m.end(1) + _REACTION_WINDOW]
        if "penicillin" in found and _IMMEDIATE_REACTION.search(after):
            classes.add("aminopenicillin_side_chain")
        words |= {
            w for w in _ALLERGEN_WORD.findall(listed.lower()) if w not in _NOT_ALLERGENS
        }
    return frozenset(classes), frozenset(words)


_NOT_ALLERGENS: Final = frozenset(
    {
        "hives", "rash", "swelling", "anaphylaxis", "itching", "nausea", "reaction",
        "known", "allergies", "allergy", "medications", "medication", "drugs",
        "unknown", "severe", "throat", "patient", "reports", "states", "other",
        # the reaction told after the drug ("penicillin - throat swelling, needed
        # adrenaline") names no allergen: adrenaline stays available for anaphylaxis
        "needed", "required", "given", "adrenaline", "epinephrine", "epipen",
        "tongue", "breathing", "wheeze", "wheezing", "angioedema", "collapse",
        "collapsed", "blisters", "vomiting", "diarrhoea", "diarrhea", "stevens",
        "johnson", "urticaria",
    }
)  # fmt: skip


def open_diagnoses(
    ledger: Sequence[DifferentialEntry],
) -> tuple[DifferentialEntry, ...]:
    """Return must-not-miss entries still open, plus the working diagnosis."""
    out = [
        e
        for e in ledger
        if e.must_not_miss
        and e.status != "ruled_out"
        and (
            e.status in ("cannot_exclude", "ruled_in")
            or (e.probability or 0.0) >= L.TEST_THRESHOLD
        )
    ]
    working = L.working(ledger)
    if working is not None and working not in out:
        out.append(working)
    return tuple(out)


@dataclass(frozen=True)
class _Acute:
    """Conditions read by their own criteria (``agents.pathways_acute``).

    Whatever the differential says: a documented ADD-RS of 2 withholds aspirin even
    when dissection is not on the list.
    """

    add_rs: int = 0
    hypothermic: bool = False
    high_risk_pe: bool = False
    tamponade: bool = False
    lithium: bool = False
    serotonin: bool = False
    nms: bool = False
    kawasaki: bool = False
    intussusception: bool = False
    dehydration_shock: bool = False
    infant_gastric_outlet: bool = False
    adult_shock: bool = False
    dka_cerebral_oedema: bool = False
    pump_shock: bool = False
    pump_shock_wet: bool = False
    asthma: bool = False
    hypertensive: bool = False
    torsades: bool = False
    long_qt: bool = False
    iron: bool = False
    ketosis_without_diabetes: bool = False
    urethral_injury: bool = False
    otogenic_palsy: bool = False
    mesenteric: bool = False
    myasthenia: bool = False
    serotonergic_overdose: bool = False
    qt_overdose: bool = False

    @classmethod
    def read(cls, view: StageView, pop: Population) -> _Acute:
        """Read every condition from the view."""
        texts = _text.visible_texts(view)
        sbp = view.vitals.systolic_bp
        return cls(
            add_rs=acute.add_rs(view),
            hypothermic=acute.hypothermic(view),
            high_risk_pe=acute.high_risk_pe(view),
            tamponade=acute.tamponade(view),
            lithium=acute.lithium_toxic(view) is not None,
            serotonin=acute.serotonin_syndrome(view),
            nms=acute.nms(view),
            kawasaki=acute.kawasaki_treated(view, pop),
            intussusception=acute.surgical_abdomen_child(view, pop),
            dehydration_shock=bool(child.dehydration_shock(view, pop)),
            adult_shock=pathways.shocked_adult(view, pop),
            infant_gastric_outlet=bool(child.infant_gastric_outlet(view, pop)),
            dka_cerebral_oedema=bool(child.dka_cerebral_oedema(view, pop)),
            pump_shock=cardiac.cardiogenic_shock_kind(view, pop) == "pump",
            pump_shock_wet=cardiac.lung_oedema(texts),
            asthma=_text.asserted(_ASTHMA, texts),
            torsades=medical.torsades_risk(view),
            long_qt=medical.long_qtc(view),
            iron=bool(child.iron_poisoning(view, pop)),
            ketosis_without_diabetes=medical.not_diabetic_ketosis(view),
            urethral_injury=_text.asserted(medical.URETHRAL_INJURY, texts),
            otogenic_palsy=bool(medical.necrotising_otitis(view, pop)),
            mesenteric=bool(surgical.mesenteric_ischaemia(view, pop)),
            myasthenia=_text.asserted(medical.MYASTHENIA, texts),
            serotonergic_overdose=overdose.serotonergic_overdose(texts),
            qt_overdose=overdose.qt_overdose(texts),
            hypertensive=(sbp is not None and sbp >= 140)
            or _text.asserted(_HYPERTENSIVE_HISTORY, texts),
        )


_ASTHMA: Final = _rx(r"asthma\w*|reactive airway")
_WORSEN_MYASTHENIA: Final = frozenset(
    {"aminoglycoside", "fluoroquinolone", "macrolide"}
)
"""Antibiotics that impair neuromuscular transmission and can precipitate a myasthenic
crisis (Sanders DB et al. MGFA consensus, Neurology 2016;87:419; Narayanaswami P et al.
2020 update, Neurology 2021;96:114; FDA 2011 fluoroquinolone boxed warning)."""
_FLUID_BOLUS: Final = _rx(
    r"(?:crystalloid|saline|fluid|ringer\w*)[^;]{0,30}(?:bolus|first hour)|"
    r"bolus[^;]{0,20}(?:crystalloid|saline|fluid)|\d+(?:-\d+)? ?ml/kg (?:bolus|over)"
)
"""A fluid bolus or first-hour resuscitation volume."""
_LARGE_BOLUS: Final = _rx(
    r"\b(?:[2-9]\d) ?ml/kg|\b[1-9](?:\.\d)? ?(?:l|litres?|liters?)\b"
)
"""A resuscitation volume by weight (20-30 mL/kg) or in litres: sepsis's bundle, not a
cardiogenic shock's fluid challenge (ESC 2021 HF: > 200 mL over 15-30 min)."""
_NOT_A_BOLUS: Final = _rx(
    r"norepinephrine|noradrenaline|dobutamine|inotrope|vasopressor|no fluid bolus"
)
"""An order that supports the pressure, or says no bolus: not the bolus itself."""
_ORAL_FLUIDS: Final = _rx(r"oral rehydration|\bors\b|oral fluids|clear fluids")
"""Rehydration by mouth: not the treatment of shock."""
_HYPEROSMOLAR: Final = _rx(r"mannitol|hypertonic|[23] ?% (?:sodium chloride|saline)")
"""Hyperosmolar therapy: the treatment of cerebral oedema, not a volume bolus."""
_HYPERTENSIVE_HISTORY: Final = _rx(
    r"hypertensi\w*|pre-?eclampsia|eclampsia|\bhtn\b|raised blood pressure"
)
_CATH_LAB: Final = _rx(
    r"cath\w* lab|primary pci|percutaneous coronary|coronary angiograph\w*"
)
_AAS_FORBIDS: Final = frozenset({"antiplatelet", "anticoagulant", "thrombolytic"})
_URETHRAL_CATHETER: Final = _rx(
    r"(?:urethral|urinary|indwelling|bladder|foley) cath\w*|foley\b"
)
_BELL: Final = _rx(r"bell'?s palsy")
_SHOCK_FORBIDS: Final = frozenset(
    {"nsaid", "antiplatelet", "anticoagulant", "thrombolytic"}
)


def _acute_gate(
    order: Order, classes: frozenset[str], ctx: _Context
) -> tuple[OrderGate, str] | None:
    """Orders that a condition documented by its own criteria forbids."""
    a = ctx.acute
    if a.intussusception and _BILIOUS_ORAL.search(order.name):
        return "contraindication", (
            "suspected intussusception: nil by mouth, no antiemetic; ultrasound and "
            "enema reduction (APSA 2021)"
        )
    if a.dehydration_shock and child.ORAL_REHYDRATION.search(order.name):
        return "contraindication", (
            "gastroenteritis with clinical shock: IV or IO fluid bolus and IV "
            "rehydration, not oral rehydration or an orally disintegrating drug "
            "(NICE CG84 1.3.2-1.3.3)"
        )
    if a.infant_gastric_outlet and _BILIOUS_ORAL.search(order.name):
        return "contraindication", (
            "young infant with projectile vomiting or a hypochloraemic alkalosis "
            "(gastric outlet): nil by mouth and IV correction, no antiemetic; "
            "ultrasound, not CT (NICE NG1; APLS; Hernanz-Schulman 2003)"
        )
    if a.adult_shock and _ORAL_FLUIDS.search(order.name):
        return "contraindication", (
            "shock: IV fluid resuscitation, not oral rehydration (NICE CG174 "
            "intravenous fluid therapy in adults 1.3.1)"
        )
    if (
        a.dka_cerebral_oedema
        and order.kind == "medication"
        and _FLUID_BOLUS.search(order.name)
        and not _HYPEROSMOLAR.search(order.name)
        and not (ctx.sbp is not None and ctx.sbp < pathways.hypotension_sbp(ctx.pop))
    ):
        return "contraindication", (
            "cerebral oedema in DKA: reduce the fluid rate, no bolus unless in shock "
            "(ISPAD 2022)"
        )
    if (
        a.pump_shock
        and order.kind == "medication"
        and (_FLUID_BOLUS.search(order.name) or _LARGE_BOLUS.search(order.name))
        and (a.pump_shock_wet or _LARGE_BOLUS.search(order.name))
        and not _NOT_A_BOLUS.search(order.name)
    ):
        return "contraindication", (
            "cardiogenic shock: no large fluid bolus, none into pulmonary oedema; "
            "norepinephrine and an inotrope, revascularisation (McDonagh TA et al. "
            "ESC 2021 heart failure 11.1.4: a fluid challenge only without overt "
            "congestion; van Diepen S et al. AHA 2017 cardiogenic shock)"
        )
    if order.kind == "diagnostic":
        return None
    if a.add_rs >= acute.AAS_HIGH_RISK and (
        classes & _AAS_FORBIDS or _CATH_LAB.search(order.name)
    ):
        return "contraindication", (
            f"ADD-RS {a.add_rs} >= 2: acute aortic syndrome not excluded; aortic "
            "imaging before any antithrombotic, lytic or catheter laboratory (ACC/AHA "
            "2022 aortic disease; ESC 2014 aortic diseases)"
        )
    forbids: tuple[tuple[bool, frozenset[str], str], ...] = (
        (
            a.hypothermic,
            frozenset({"chronotrope"}),
            "hypothermia below 32 °C: bradycardia is physiological; rewarm, no "
            "atropine or pacing (WMS 2019; ERC 2021)",
        ),
        (
            a.tamponade,
            frozenset({"diuretic", "nitrate"}),
            "cardiac tamponade: diuretics and vasodilators lower the preload it "
            "depends on (ESC 2015 pericardial diseases)",
        ),
        (
            a.lithium,
            frozenset({"nsaid", "ace_arb", "diuretic"}),
            "lithium toxicity: NSAIDs, ACE inhibitors/ARBs and diuretics raise the "
            "lithium level (EXTRIP 2015; BNF)",
        ),
        (
            a.serotonin,
            frozenset({"serotonergic"}),
            "serotonin toxicity (Hunter criteria): no further serotonergic drug "
            "(Boyer & Shannon NEJM 2005)",
        ),
        (
            # a drug given, not a monitoring order naming the ingested drug
            a.serotonergic_overdose and order.kind == "medication",
            frozenset({"serotonergic", "5ht3_antagonist"}),
            "overdose of a serotonergic drug: no further serotonergic drug, "
            "ondansetron included (5-HT3 antagonist), until serotonin toxicity is "
            "excluded (Boyer & Shannon NEJM 2005; FDA ondansetron labelling 2014)",
        ),
        (
            a.qt_overdose and order.kind == "medication",
            frozenset({"qt_prolonging"}),
            "overdose of a QT-prolonging drug: no further QT-prolonging drug "
            "(ondansetron, droperidol, haloperidol, macrolides) before the ECG's QTc "
            "is read (Isbister GK et al. 2004; AHA 2010 drug-induced QT "
            "prolongation; FDA ondansetron drug safety communication 2012)",
        ),
        (
            a.nms,
            frozenset({"dopamine_antagonist"}),
            "neuroleptic malignant syndrome: no antipsychotic or other dopamine "
            "antagonist (Strawn JR et al. Am J Psychiatry 2007)",
        ),
        (
            a.asthma,
            frozenset({"carboprost"}),
            "asthma: carboprost causes bronchospasm (ACOG PB 183, 2017; RCOG GTG 52)",
        ),
        (
            a.asthma and order.kind == "medication",
            frozenset({"adenosine"}),
            "asthma: adenosine causes bronchospasm (Adenocard labelling: "
            "contraindicated in bronchospastic lung disease; Page RL et al. "
            "ACC/AHA/HRS 2015 SVT; Brugada J et al. ESC 2019 SVT): IV verapamil or "
            "diltiazem terminates the SVT instead",
        ),
        (
            a.hypertensive,
            frozenset({"ergot"}),
            "hypertension or pre-eclampsia: no ergometrine (ACOG PB 183; RCOG GTG 52)",
        ),
        (
            a.torsades,
            frozenset({"qt_prolonging"}),
            "torsades de pointes or QTc >= 500 ms with symptoms: no QT-prolonging "
            "drug, amiodarone included (AHA 2010 drug-induced QT prolongation)",
        ),
        (
            a.long_qt,
            frozenset({"qt_prolonging"}),
            "QTc >= 500 ms: no QT-prolonging drug (ondansetron, droperidol, "
            "haloperidol, macrolides, fluoroquinolones); replace potassium and "
            "magnesium and repeat the ECG (AHA 2010 drug-induced QT prolongation, "
            "Drew BJ et al.)",
        ),
        (
            a.ketosis_without_diabetes,
            frozenset({"insulin_infusion"}),
            "ketoacidosis with a normal glucose in a patient without diabetes "
            "(alcoholic or starvation ketoacidosis): dextrose and thiamine, not "
            "insulin (McGuire LC et al. Emerg Med J 2006)",
        ),
    )
    if (
        a.urethral_injury
        and _URETHRAL_CATHETER.search(order.name)
        and not _STOP_ORDER.match(order.name)
    ):
        return "contraindication", (
            "signs of a urethral injury: no urethral catheter before a retrograde "
            "urethrogram (ATLS 10th ed.)"
        )
    if (
        a.otogenic_palsy
        and order.for_diagnosis is not None
        and _BELL.search(order.for_diagnosis)
        and order.kind in ("medication", "consult")
    ):
        return "contraindication", (
            "a facial palsy with an ear infection in a diabetic or immunocompromised "
            "patient is not Bell's palsy: Bell's is a diagnosis of exclusion (AAO-HNS "
            "2013 KAS 1); no steroid course or routine follow-up while necrotising "
            "otitis externa is treated"
        )
    if (
        a.myasthenia
        and classes & _WORSEN_MYASTHENIA
        and not _STOP_ORDER.match(order.name)
    ):
        return "contraindication", (
            f"{sorted(classes & _WORSEN_MYASTHENIA)[0]} in myasthenia gravis: "
            "aminoglycosides, fluoroquinolones and macrolides worsen neuromuscular "
            "transmission and can precipitate a crisis (MGFA 2016 consensus; 2020 "
            "update): a beta-lactam, with doxycycline for atypical cover"
        )
    if a.iron and "charcoal" in classes and order.kind in ("medication", "procedure"):
        return "contraindication", (
            "iron poisoning: activated charcoal does not bind iron (AAPCC 2005)"
        )
    if ctx.haemorrhagic_shock and classes & _SHOCK_FORBIDS:
        return "contraindication", (
            f"{sorted(classes & _SHOCK_FORBIDS)[0]} in haemorrhagic shock: no "
            "antithrombotic or NSAID while bleeding is uncontrolled (ATLS 10th ed.)"
        )
    for present, forbidden, why in forbids:
        if present and classes & forbidden:
            return "contraindication", why
    return None


@dataclass(frozen=True)
class _Context:
    pop: Population
    texts: tuple[str, ...]
    open_dx: tuple[DifferentialEntry, ...]
    ledger: tuple[DifferentialEntry, ...]
    working: str | None
    allergy: frozenset[str]
    allergens: frozenset[str]
    sbp: float | None
    dbp: float | None
    pde5: bool
    hours: float | None
    deficit_hours: float | None = None
    hr: float | None = None
    rr: float | None = None
    rv_infarction: bool = False
    rv_dysfunction: bool = False
    potassium: float | None = None
    platelets: float | None = None
    creatinine: float | None = None
    pe_suspected: bool = True
    acute: _Acute = _Acute()
    haemorrhagic_shock: bool = False
    to_theatre_for_bleeding: bool = False
    nil_by_mouth: bool = False
    leading: leading_gates.Situation = leading_gates.NOTHING
    known: resulted.Known = resulted.NOTHING_KNOWN
    picture: picture_gates.Picture = picture_gates.NOTHING


BEERS_NSAID_HIGH_RISK_AGE: Final = 75
"""AGS Beers Criteria 2023 (table 2, NSAIDs): the risk of GI bleeding or peptic ulcer
is highest from 75 (and with corticosteroids, anticoagulants or antiplatelets)."""
_ANTIPLATELET_USE: Final = _rx(
    r"clopidogrel|ticagrelor|prasugrel|plavix|brilinta|dual antiplatelet|dapt\b|"
    r"(?:on|takes|taking|uses|using|daily|regular) (?:\w+ ){0,2}"
    r"(?:aspirin|antiplatelets?)\b"
)
"""An antiplatelet drug the patient takes (a named P2Y12 inhibitor, or aspirin or an
antiplatelet taken or "on"); not an ED dose of aspirin given for chest pain."""


def _older_nsaid_risk(ctx: _Context) -> str | None:
    """Why an older adult gets no NSAID: age 75 or more, or an antiplatelet from 65.

    AGS Beers Criteria 2023: NSAIDs are avoided with an antiplatelet or anticoagulant
    from 65 (table 5, bleeding) and in the high-risk groups, 75 and older above all
    (table 2: GI bleeding and peptic ulcer; kidney injury); paracetamol first, a
    titrated opioid for severe pain (the anticoagulant and the kidneys have their own
    gates).
    """
    age = ctx.pop.age_years
    if age is None or age < BEERS_AGE_YEARS:
        return None
    if _documented(_ANTIPLATELET_USE, ctx.texts):
        return (
            "NSAID beside an antiplatelet drug at 65 or older: GI bleeding (AGS Beers "
            "Criteria 2023, table 5); paracetamol, or a titrated opioid for severe pain"
        )
    if age >= BEERS_NSAID_HIGH_RISK_AGE:
        return (
            f"NSAID at {BEERS_NSAID_HIGH_RISK_AGE} or older: the highest risk of GI "
            "bleeding, peptic ulcer and kidney injury (AGS Beers Criteria 2023, table "
            "2); paracetamol, or a titrated opioid for severe pain"
        )
    return None


_NON_DHP_CCB: Final = _rx(r"diltiazem|verapamil")
_CALCINEURIN: Final = _rx(
    r"ciclosporin|cyclosporine?\b|tacrolimus|(?:kidney|renal) transplant\w*"
)
"""A calcineurin inhibitor or a kidney transplant: no NSAID (KDIGO 2009)."""
_PIGMENT_INJURY: Final = _rx(
    r"rhabdomyoly\w*|rhabdo\b|crush (?:injur\w*|syndrome)|crushed|myoglobinuri\w*"
)
"""Rhabdomyolysis or a crush: no NSAID (Bosch 2009; Sever & Vanholder 2012)."""
_REDUCED_EF: Final = _rx(
    rf"{LOW_EJECTION_FRACTION_WORDS}|(?:acute )?pulmonary o?edema|cardiogenic shock"
)
"""A left-ventricular ejection fraction <= 40 % or decompensated heart failure, where a
non-dihydropyridine calcium-channel blocker depresses the heart (ESC 2024 AF, Van
Gelder IC et al. Eur Heart J 2024;45:3314; Joglar JA et al. 2023 ACC/AHA/ACCP/HRS
AF)."""


_EPIGLOTTITIS: Final = _rx(r"epiglottitis")
_AIRWAY_PROVOKING: Final = _rx(
    r"ct\b|computed tomograph|x-?ray|needle aspiration|incision and drainage|"
    r"throat exam|tongue depressor|lumbar puncture"
)
"""Tests and procedures that lay a child flat, upset or instrument the pharynx: with
epiglottitis open they wait until the airway is secured (RCH Melbourne clinical
practice guideline, acute upper airway obstruction; Tintinalli 9th ed. ch. 124)."""


_VENEPUNCTURE: Final = _rx(
    r"blood cultures?|lactate|blood gas|\bcbc\b|full blood count|blood tests?|"
    r"venepuncture|cannula\w*|iv access|vascular access"
)
"""Needles that upset a child: with epiglottitis open they wait for a secured airway
(RCH Melbourne acute upper airway obstruction guideline)."""


_AIRWAY_THREAT: Final = _rx(
    r"stridor\w*|drool\w*|(?:can ?not|can't|unable to) (?:swallow|handle) (?:\w+ )?"
    r"(?:saliva|secretions)|tripod\w*|sitting forward|muffled voice|hot potato|"
    r"(?:raised|elevated) floor of (?:the )?mouth|"
    r"floor of (?:the )?mouth (?:is )?(?:raised|elevated)|"
    r"tongue (?:is )?(?:pushed up|elevated)"
)
"""Signs of a threatened upper airway in an adult with epiglottitis (Guldfred LA et al.
J Laryngol Otol 2008;122:818; Tintinalli 9th ed. ch. 246): the airway comes first."""


_SUPRAGLOTTIC: Final = _rx(
    r"drool\w*|(?:can ?not|can't|unable to) (?:swallow|handle) (?:\w+ )?"
    r"(?:saliva|secretions)|tripod\w*|sitting forward|muffled voice|hot potato"
)
_FEBRILE: Final = _rx(r"fever\w*|febrile|pyrexi\w*|rigors?")
"""peds56 (triage56's request): a febrile child drooling, sitting forward or with a
muffled voice has a threatened supraglottic airway (epiglottitis, bacterial
tracheitis, a retropharyngeal abscess) whatever the ledger names; nothing that upsets
the child (a needle, a cannula) before the airway is secured (APLS 6th ed.; RCH
Melbourne acute upper airway obstruction guideline). Not stridor alone (croup), and
not an afebrile child (anaphylaxis needs its access)."""


_DEEP_NECK: Final = _rx(r"ludwig|retropharyngeal|parapharyngeal|deep neck")
"""Deep neck space infections: with signs of a threatened airway the airway is secured
before imaging lays the patient flat (Tintinalli 9th ed. ch. 246; Difficult Airway
Society 2015: awake tracheal intubation for an obstructed upper airway)."""


_PTA_SIGNS: Final = _rx(
    r"uvula\w* (?:is )?deviat\w*|deviat\w* (?:of )?(?:the )?uvula|"
    r"(?:unilateral|left|right) (?:soft )?palat\w* (?:swelling|bulg\w*)|"
    r"(?:swelling|bulg\w*) of the (?:left|right) soft palate|"
    r"peritonsillar (?:swelling|bulg\w*|abscess)"
)
"""Signs that place the swelling above the tonsil (Tintinalli 9th ed. ch. 246):
uvular deviation and a unilateral bulge of the soft palate."""
_LOWER_AIRWAY_THREAT: Final = _rx(
    r"stridor\w*|tripod\w*|respiratory distress|accessory muscles?|cyanos\w*|"
    r"cannot speak|unable to speak"
)
"""Threats from below the oropharynx: drainage of a quinsy then waits for the airway."""


def _peritonsillar_drainage(order: Order, ctx: _Context) -> bool:
    """Needle aspiration of a documented quinsy without signs of a lower threat.

    Trismus, a muffled 'hot potato' voice and difficulty swallowing saliva are the
    signs of a peritonsillar abscess itself; aspiration or incision is its treatment
    (Tintinalli 9th ed. ch. 246; ENT UK), not a procedure to defer for epiglottitis.
    """
    return (
        bool(_DRAINAGE.search(order.name))
        and _documented(_PTA_SIGNS, ctx.texts)
        and not _documented(_LOWER_AIRWAY_THREAT, ctx.texts)
    )


_DRAINAGE: Final = _rx(r"needle aspiration|incision and drainage")


_SEDATING: Final = ("opioid", "benzodiazepine")
"""Drug classes that depress breathing or airway tone: no sedation of a patient whose
upper airway is threatened until it is secured (Tintinalli 9th ed. ch. 246-247;
Frerk C et al. Difficult Airway Society 2015 guidelines)."""


def _airway_sedation_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    """No opioid or benzodiazepine for a threatened upper airway not yet secured.

    While epiglottitis or a deep neck space infection with a threatened airway is
    open the airway comes first; paracetamol stays.
    """
    if order.kind != "medication" or not drug_classes(order.name) & set(_SEDATING):
        return None
    if not _documented(_AIRWAY_THREAT, ctx.texts):
        return None
    if _documented(_PTA_SIGNS, ctx.texts) and not _documented(
        _LOWER_AIRWAY_THREAT, ctx.texts
    ):
        return None  # a quinsy's muffled voice and trismus: its pain is treated
    for e in ctx.open_dx:
        if _EPIGLOTTITIS.search(e.diagnosis) or _DEEP_NECK.search(e.diagnosis):
            return "contraindication", (
                f"while {e.diagnosis} is open with a threatened airway: no opioid or "
                "sedative until the airway is secured (respiratory depression and loss "
                "of airway tone can precipitate complete obstruction; Tintinalli 9th "
                "ed. ch. 246-247; DAS 2015); paracetamol for pain"
            )
    return None


_AORTIC_STENOSIS_DX: Final = _rx(r"\baortic (?:\(valve\) )?(?:valve )?stenosis")
"""Aortic stenosis by its KB name ('Nonrheumatic aortic (valve) stenosis')."""
_OPEN_GLOBE_DX: Final = _rx(
    r"open globe|globe rupture|ruptured globe|penetrating wound \w* ?(?:with|without) "
    r"foreign body of \w+ eyeball"
)
_GLOBE_PRESSING: Final = _rx(
    r"ocular ultrasound|ultrasound (?:of )?(?:the )?(?:eye|globe|orbit)|"
    r"b-?scan|tonometr\w*|intraocular pressure|\biop\b|pressure patch|eye (?:pad|"
    r"patch)|lid eversion|evert the lids?"
)
"""Examinations and dressings that press on the eye: with an open globe nothing may
press on it until it is repaired (AAO Preferred Practice Pattern; Blair K et al. BMJ
2020: rigid shield, no tonometry; ACEP 2016 emergency ultrasound imaging criteria:
suspected globe rupture is a contraindication to ocular ultrasound)."""


_EYE_IRRIGATION: Final = _rx(
    r"conjunctival ph\b|irrigat\w*[^;]* until (?:conjunctival )?ph\b"
)
"""Litmus on the conjunctiva and copious irrigation with the lids held open: a chemical
injury's care (RCEM 2020 chemical eye injury; Eslani M et al. Surv Ophthalmol 2014)."""
_CHEMICAL_EYE_DX: Final = _rx(r"corrosion of \w+ eye|chemical (?:eye|burn)")


def _chemical_eye_ruled_in(ctx: _Context) -> bool:
    return any(
        e.status == "ruled_in" and _CHEMICAL_EYE_DX.search(e.diagnosis) is not None
        for e in ctx.ledger
    )


def _open_globe_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    irrigation = _EYE_IRRIGATION.search(order.name) is not None
    if irrigation and _chemical_eye_ruled_in(ctx):
        return None  # a chemical told: irrigation comes first (RCEM 2020)
    if not (irrigation or _GLOBE_PRESSING.search(order.name)):
        return None
    if order.kind == "consult":
        return None  # the ophthalmologist's own examination is theirs to judge
    for e in ctx.open_dx:
        if _OPEN_GLOBE_DX.search(e.diagnosis):
            return "contraindication", (
                f"while {e.diagnosis} is open: no pressure on the globe (no "
                "ultrasound probe, tonometry, lid eversion, pressure patch, or litmus "
                "and irrigation without a chemical told) until it is repaired; rigid "
                "shield and CT orbits (AAO; Blair K et al. BMJ 2020; ACEP 2016 "
                "ultrasound imaging criteria)"
            )
    return None


def _airway_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    if (found := _airway_sedation_gate(order, ctx)) is not None:
        return found
    if order.kind == "monitoring":
        return None  # an instruction about care ('no throat examination') is no test
    child = ctx.pop.age_within(0, years(CHILD_DOSING_YEARS) - 1) is True
    upsetting = child and _VENEPUNCTURE.search(order.name) is not None
    if not (upsetting or _AIRWAY_PROVOKING.search(order.name)):
        return None
    if _peritonsillar_drainage(order, ctx):
        return None
    threat = _documented(_AIRWAY_THREAT, ctx.texts)
    who = "a child" if child else "an adult with a threatened airway"
    for e in ctx.open_dx:
        if _EPIGLOTTITIS.search(e.diagnosis) and (child or threat):
            return "contraindication", (
                f"while {e.diagnosis} is open in {who}: keep the patient calm and "
                "upright; imaging, pharyngeal procedures (and in a child blood tests "
                "and cannulation) wait until the airway is secured (RCH Melbourne "
                "upper airway obstruction guideline; Guldfred 2008)"
            )
        if _DEEP_NECK.search(e.diagnosis) and threat:
            return "contraindication", (
                f"while {e.diagnosis} is open with a threatened airway: secure the "
                "airway (awake intubation, surgical airway ready) before imaging lays "
                "the patient flat (Tintinalli 9th ed. ch. 246; DAS 2015)"
            )
    if (
        child
        and _documented(_SUPRAGLOTTIC, ctx.texts)
        and _documented(_FEBRILE, ctx.texts)
    ):
        return "contraindication", (
            "a febrile child drooling, sitting forward or with a muffled voice has a "
            "threatened upper airway: keep the child calm on the parent's lap; blood "
            "tests, cannulation, imaging and throat examination wait until the airway "
            "is secured (APLS 6th ed.; RCH Melbourne upper airway obstruction)"
        )
    return None


_LUMBAR_PUNCTURE: Final = _rx(r"lumbar puncture|\blp\b|spinal tap")
_LP_BEYOND_PAPILLOEDEMA: Final = (
    NON_BLANCHING_RASH + r"|focal (?:neuro\w* )?(?:deficit|signs?)|hemipar\w*|"
    r"capillary refill\W{0,12}(?:[3-9]|\d\d)\s*(?:s\b|sec)"
)
_LP_CONTRAINDICATION: Final = _rx(
    _LP_BEYOND_PAPILLOEDEMA + r"|papill?o?edema|papilledema"
)
"""Signs that defer a lumbar puncture (NICE NG240 2024 bacterial meningitis and
meningococcal disease: not with purpura or shock, signs of raised intracranial
pressure or focal neurology; give antibiotics, do not wait for the LP)."""
_LP_NOT_AFTER_IMAGING: Final = _rx(_LP_BEYOND_PAPILLOEDEMA)
_LP_AFTER_IMAGING: Final = _rx(r"after imaging excludes a mass")
"""An LP ordered to follow imaging that excludes a mass and venous thrombosis: with
papilloedema alone (no purpura, shock or focal sign) it is the test of idiopathic
intracranial hypertension, its opening pressure the criterion (Friedman DI et al.
Neurology 2013;81:1159), and the imaging order stands before it."""
_BILIOUS_ORAL: Final = _rx(
    r"oral rehydration|\bors\b|ondansetron|metoclopramide|antiemetic\w*|"
    r"ct abdomen|ct of the abdomen|abdominal ct|graded-compression"
)
"""Oral fluids, antiemetics and CT or appendix ultrasound first are wrong for a child
with bilious vomiting (APSA; ACR vomiting in infants 2019: upper GI contrast)."""


_MASS_ON_IMAGING: Final = _rx(
    r"ring[- ]enhancing|space[- ]occupying|mass effect|midline shift|"
    r"(?:brain|cerebral|intracranial|cerebellar) abscess|obstructive hydrocephalus|"
    r"effacement of the (?:basal )?cisterns|effaced (?:basal )?cisterns"
)
"""Imaging of a mass that raises intracranial pressure: no lumbar puncture (Tunkel AR
et al. IDSA 2004 bacterial meningitis; Bodilsen J et al. ESCMID 2024 brain abscess:
aspiration by neurosurgery, LP contraindicated with a mass effect)."""


def _lp_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    if order.kind != "diagnostic" or not _LUMBAR_PUNCTURE.search(order.name):
        return None
    if _text.asserted(_MASS_ON_IMAGING, ctx.texts):
        return "contraindication", (
            "lumbar puncture contraindicated: imaging shows a mass with a raised "
            "intracranial pressure (IDSA 2004 meningitis; ESCMID 2024 brain abscess)"
        )
    if specialty.upper_airway_threatened(ctx.texts, None):
        # obpeds39: the curled-up position of a lumbar puncture can close a threatened
        # upper airway; respiratory insufficiency defers it (NICE CG102 2010 1.3.2;
        # RCH Melbourne acute upper airway obstruction; Tintinalli 9th ed. ch. 246)
        return "contraindication", (
            "lumbar puncture deferred: a throat or neck infection threatens the upper "
            "airway; give antibiotics now, LP once the airway is safe (NICE CG102 "
            "2010 1.3.2; Tintinalli 9th ed. ch. 246)"
        )
    shock = ctx.sbp is not None and ctx.sbp < pathways.hypotension_sbp(ctx.pop)
    after_imaging = _LP_AFTER_IMAGING.search(order.name) is not None
    sign = _text.asserted(
        _LP_NOT_AFTER_IMAGING if after_imaging else _LP_CONTRAINDICATION, ctx.texts
    )
    if not (shock or sign):
        return None
    why = (
        f"shock (SBP {ctx.sbp:g})"
        if shock and ctx.sbp is not None
        else ("purpura, poor perfusion, focal signs or papilloedema")
    )
    return "contraindication", (
        f"lumbar puncture deferred: {why}; give antibiotics now, LP once stable "
        "(NICE NG240 2024 meningitis and meningococcal disease)"
    )


_STEROID: Final = _rx(r"dexamethasone|corticosteroid")
_PURPURA: Final = _rx(NON_BLANCHING_RASH)


def _other_csf_bacterium(texts: Sequence[str]) -> bool:
    """Whether the CSF shows a bacterium and it is not the meningococcus.

    The organism decides (treat36): beside a pneumococcal CSF the rash is no
    meningococcal septicaemia, and dexamethasone is the pneumococcal meningitis's
    adjunct (van de Beek D et al. ESCMID 2016; de Gans J, van de Beek D. NEJM
    2002;347:1549).
    """
    causes = csf_causes(texts)
    return "meningococcal" not in causes and any(c in BACTERIAL for c in causes)


_SEPTICAEMIA_CODES: Final = ("A39", "A40", "A41", "G00", "G01", "G03", "R65")
"""Meningococcal disease, sepsis and meningitis (ICD-10-CM): the diagnoses in whose
picture a purpuric rash is meningococcal septicaemia's (NICE NG240 2024)."""


def _septicaemia_possible(ctx: _Context) -> bool:
    """Whether the ledger holds meningococcal disease, sepsis or meningitis.

    lead44: a purpuric rash beside a platelet count of 4 in a well, afebrile adult is
    immune thrombocytopenia's, whose corticosteroid (ASH 2019) NG240's rule does not
    forbid; the rule is about meningococcal septicaemia.
    """
    listed = [
        e
        for e in ctx.ledger
        if e.icd10
        and e.icd10.startswith(_SEPTICAEMIA_CODES)
        and e.status != "ruled_out"
    ]
    if not listed:
        return False
    # peds49 (session 47's leftover): a meningococcaemia merely listed beside an
    # afebrile, well patient's immune thrombocytopenia blocked its corticosteroid. NICE
    # NG240 2024 suspects meningococcal disease in a non-blanching rash with fever or
    # an unwell (shocked) patient: a sign of infection, shock, or the septicaemia
    # ruled in keeps the rule
    shock = ctx.sbp is not None and ctx.sbp < pathways.hypotension_sbp(ctx.pop)
    return (
        ctx.picture.infection_signs
        or shock
        or any(e.status == "ruled_in" for e in listed)
    )


def _septicaemia_steroid_gate(
    order: Order, ctx: _Context
) -> tuple[OrderGate, str] | None:
    if order.kind != "medication" or not _STEROID.search(order.name):
        return None
    if not _text.asserted(_PURPURA, ctx.texts) or _other_csf_bacterium(ctx.texts):
        return None
    if not _septicaemia_possible(ctx):
        return None
    return "contraindication", (
        "purpuric rash (meningococcal septicaemia): no corticosteroid except for "
        "shock refractory to inotropes (NICE NG240 2024)"
    )


def _bilious_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    if ctx.pop.age_within(0, years(CHILD_DOSING_YEARS) - 1) is not True:
        return None
    if not _BILIOUS_ORAL.search(order.name):
        return None
    if not _text.asserted(pathways.BILIOUS, ctx.texts):
        return None
    return "contraindication", (
        "bilious vomiting in a child: nil by mouth, no antiemetic, upper GI contrast "
        "rather than CT (APSA; ACR Appropriateness Criteria vomiting in infants 2019)"
    )


_ARREST_ONLY: Final = _rx(
    r"cpr\b|chest compressions|defibrillation|epinephrine 1 mg iv every"
)
"""Orders for a pulseless patient only: a measured blood pressure is circulation."""
_IF_ARREST: Final = _rx(
    r"^\s*(?:if|should|in case of) (?:\w+ ){0,2}(?:cardiac )?arrest"
)
"""infect53: a plan for an arrest that has not happened ("if arrest: ALS with small
adrenaline doses ..." of the ASRA 2020 LAST checklist) is a contingency, not CPR now."""
CIRCULATION_SBP: Final = 50.0


_PE_SYMPTOM: Final = _rx(
    r"dyspn\w*|short(?:ness)? of breath|\bsob\b|breathless\w*|"
    r"chest (?:pain|tightness|discomfort|pressure)|pleuritic|ha?emoptysis|"
    r"coughing up blood|syncop\w*|presyncop\w*|faint\w*|"
    r"passed out|collaps\w*|hypox\w*|tachypn\w*"
)
"""Symptoms from which the suspicion of PE arises (ESC 2019 PE guideline, section 4)."""


def pe_suspected(view: StageView, texts: Sequence[str] | None = None) -> bool:
    """Whether a symptom or sign of PE is documented: a reason to test for it.

    Without one, PE is below its testing threshold: no work-up is ordered (the order
    gate) and it holds no patient as a must-not-miss "not excluded" (the disposition
    floor; ESC 2019 PE section 4: the suspicion arises from the symptoms).
    """
    texts = _text.visible_texts(view) if texts is None else texts
    hr, spo2 = view.vitals.heart_rate, view.vitals.spo2
    return (
        (hr is not None and hr > 100)
        or (spo2 is not None and spo2 < 95)
        or _text.asserted(_PE_SYMPTOM, texts)
    )


def _pe_testing_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    """No work-up to exclude PE when nothing documented raises the suspicion.

    A DVT on the swollen-leg list keeps PE on the ledger, but testing a patient with no
    chest or circulatory symptom irradiates for nothing (ESC 2019 PE, section 4;
    ASH 2018 VTE diagnosis: no testing for PE without its symptoms).
    """
    target = (order.for_diagnosis or "").lower()
    if ctx.pe_suspected or "pulmonary embol" not in target:
        return None
    # readers43: "confirm or exclude PE" too (a Wells score >= 4.5 from the leg's
    # signs and a recent operation is no suspicion of PE without its symptoms)
    if order.kind != "diagnostic" or not order.reason.lower().startswith(
        ("exclude", "confirm or exclude")
    ):
        return None
    return "treatment_threshold", (
        "no symptom or sign of PE documented (dyspnoea, chest pain, syncope, "
        "haemoptysis, HR > 100, SpO2 < 95 %): not tested for (ESC 2019 PE; ASH 2018)"
    )


_BP_TARGET: Final = _rx(
    r"(?:lower|reduce|bring)\w* (?:the )?(?:sbp|systolic(?: blood pressure| bp)?) "
    r"(?:to|below|under) (?:< ?)?(\d{2,3})"
)
"""A blood-pressure lowering order that names its systolic target ("lower SBP to 140
mmHg")."""
_BP_RANGE: Final = _rx(
    r"(?:sbp|systolic(?: blood pressure| bp)?) (?:of )?(\d{2,3}) ?(?:-|to) ?\d{2,3}"
)
"""A beta-blocker's or vasodilator's systolic target range ("titrated to HR < 60 then
SBP 100-120"): the dissection's anti-impulse therapy (ACC/AHA 2022 aortic disease)."""
_PRESSURE_LOWERING: Final = frozenset({"beta_blocker", "nitrate"})


def _bp_target_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    """No blood-pressure lowering in a patient already at or below its target.

    A target is a ceiling for a raised pressure: AHA/ASA 2022 ICH lowers a systolic
    of 150-220 mmHg to 140, never a normal one (Greenberg SM et al. Stroke
    2022;53:e282); a normotensive patient given nicardipine only risks hypoperfusion.
    """
    if order.kind != "medication" or ctx.sbp is None:
        return None
    low = _BP_RANGE.search(order.name)
    if (
        low is not None
        and ctx.sbp < float(low.group(1))
        and drug_classes(order.name) & _PRESSURE_LOWERING
    ):
        # cardio44: esmolol "then SBP 100-120" was offered to a dissection at SBP 90
        return "contraindication", (
            f"SBP {ctx.sbp:g} is below the target range's lower end {low.group(1)} "
            "mmHg: no beta-blocker or vasodilator; a low pressure in an aortic "
            "dissection is a tamponade, a rupture or an arm's malperfusion until shown "
            "otherwise: both arms' pressure, bedside echocardiography, the surgeon "
            "(ACC/AHA 2022 aortic disease; ESC 2014 aortic diseases)"
        )
    m = _BP_TARGET.search(order.name)
    if m is None or ctx.sbp > float(m.group(1)):
        return None
    return "contraindication", (
        f"SBP {ctx.sbp:g} is already at or below the target {m.group(1)} mmHg: no "
        "blood-pressure lowering (AHA/ASA 2022 ICH: lowering applies to SBP 150-220)"
    )


_QUALITATIVE_PREGNANCY_TEST: Final = re.compile(
    r"(?i)\s*(?:urine |serum |point-of-care )?(?:or serum )?(?:hcg|pregnancy test|"
    r"upt)(?:\s*\(pregnancy test\))?\s*"
)
"""An order that is only a qualitative pregnancy test (not a quantitative hCG, which
follows an early pregnancy of unknown location, ACOG PB 193)."""


KNOWN_PREGNANCY_WEEKS: Final = 20
"""From 20 weeks a documented pregnancy is established; earlier, a pregnancy 'by
dates' may be unconfirmed and its hCG still guides the ectopic workup (ACOG PB 193)."""


def _known_pregnancy_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    weeks = ctx.pop.gestation_weeks
    if (
        ctx.pop.pregnancy == "pregnant"
        and weeks is not None
        and weeks >= KNOWN_PREGNANCY_WEEKS
        and _QUALITATIVE_PREGNANCY_TEST.fullmatch(order.name)
    ):
        return "population", (
            f"pregnancy documented at {weeks} weeks: a qualitative pregnancy test "
            "answers nothing (ACOG CO 723 tests women whose status is unknown)"
        )
    return None


def _tox_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return tox.gate(order, ctx.texts)


def _surgical_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return (
        surgical.order_gate(order, ctx.texts, ctx.pop, ctx.nil_by_mouth)
        or scrotum.order_gate(order, ctx.texts, ctx.pop)
        or trauma.order_gate(order, ctx.texts)
    )


def _leading_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return leading_gates.gate(order, ctx.leading)


def _picture_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return picture_gates.gate(order, ctx.picture)


def _resulted_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    why = resulted.gate(order, ctx.known)
    return None if why is None else ("already_resulted", why)


_ALPHA_BLOCKER: Final = _rx(r"tamsulosin|alfuzosin|silodosin|doxazosin")
_STONE_SIZE: Final = re.compile(
    r"(?i)(?<![\d.])(\d+(?:\.\d+)?)\s*(?:mm|millimet\w*)\b[^.;]{0,40}?"
    r"(?:stone|calcul\w*|obstructing)|"
    r"(?:stone|calcul\w*)[^.;]{0,12}?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:mm|millimet\w*)\b"
)
MET_MIN_MM: Final = 5.0
"""EAU 2024 urolithiasis (Skolarikos A et al.): medical expulsive therapy with an
alpha-blocker for distal ureteric stones > 5 mm; a stone of 5 mm or less mostly
passes on its own (analgesia, NSAID first)."""


def _stone_size_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    """No alpha-blocker for a ureteric stone the imaging measures at <= 5 mm."""
    if order.kind != "medication" or not _ALPHA_BLOCKER.search(order.name):
        return None
    sizes = [float(m[1] or m[2]) for t in ctx.texts for m in _STONE_SIZE.finditer(t)]
    if not sizes or max(sizes) > MET_MIN_MM:
        return None
    return "treatment_threshold", (
        f"ureteric stone {max(sizes):g} mm on imaging: medical expulsive therapy is "
        f"for distal stones > {MET_MIN_MM:g} mm; smaller stones mostly pass with "
        "analgesia alone (EAU 2024 urolithiasis guideline)"
    )


def _nsaid_given_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    """No second NSAID dose when the visit's text documents one already given."""
    if order.kind != "medication" or "nonaspirin_nsaid" not in drug_classes(order.name):
        return None
    if not _text.asserted(pain.NSAID_GIVEN, ctx.texts):
        return None
    return "dose", (
        "an NSAID is documented as already given in this visit: the next dose waits "
        "for its interval and two NSAIDs are not combined (BNF: ketorolac every 4-6 "
        "h, ibuprofen every 6-8 h); severe pain after the NSAID gets an opioid (WHO "
        "ladder; EAU 2024)"
    )


def _colchicine_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return colchicine.gate(order, ctx.texts)


_INFARCT_ORDER: Final = _rx(r"cerebral infarction|ischa?emic stroke")


def _bleed_for_the_scan(order: Order, entry: DifferentialEntry, ctx: _Context) -> bool:
    """A brain bleed held open only until the first scan, beside a leading infarct.

    trauma52: a stroke syndrome within the lysis window keeps an intracerebral or
    subarachnoid haemorrhage open until non-contrast CT answers it; that is the
    question the scan asks before the lytic, not a contraindication (Powers WJ et al.
    AHA/ASA 2019 3.2, 3.5: imaging excludes haemorrhage, then alteplase or
    tenecteplase). The lytic for the leading infarct is written staged after the
    imaging (``_after_brain_imaging``) instead of blocked; a bleed that is ruled in
    or leads the infarct still blocks it.
    """
    if (
        entry.status == "ruled_in"
        or "thrombolytic" not in drug_classes(order.name)
        or not _INFARCT_ORDER.search(order.for_diagnosis or "")
        or not _BRAIN_BLEED_DX.search(entry.diagnosis)
    ):
        return False
    infarct = next((e for e in ctx.ledger if _INFARCT_ORDER.search(e.diagnosis)), None)
    return (
        infarct is not None
        and infarct.status != "ruled_out"
        and (infarct.probability or 0.0) > (entry.probability or 0.0)
        and _after_brain_imaging(order, ctx) is not None
    )


def _lysis_on_the_scan(
    order: Order, classes: frozenset[str], entry: DifferentialEntry, ctx: _Context
) -> bool:
    """A lytic for the leading open infarct, staged after brain imaging.

    trauma52: an acute ischaemic stroke is thrombolysed on its clinical diagnosis once
    non-contrast CT excludes haemorrhage; no further test is awaited (Powers WJ et al.
    AHA/ASA 2019 3.2.1, 3.5.1: the risk of sICH in stroke mimics is very low, so
    alteplase is started rather than delayed for further studies). The treatment
    threshold that asks a test first is that scan, written into the staged order.
    """
    return (
        "thrombolytic" in classes
        and entry.status != "ruled_out"
        and _INFARCT_ORDER.search(entry.diagnosis) is not None
        and L.working(ctx.ledger) is entry
        and _after_brain_imaging(order, ctx) is not None
    )


def _cvt_bleed(order: Order, diagnosis: str) -> bool:
    """Whether ``diagnosis`` is a brain bleed beside a CVT's own anticoagulation."""
    return bool(
        _CVT_ORDER.search(order.for_diagnosis or "")
        and _BRAIN_BLEED_DX.search(diagnosis)
    )


def _explained_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return explained_workup.gate(order, ctx.ledger, ctx.texts)


def _ceiling_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    """A documented ceiling of treatment or comfort care only (``agents.ceilings``).

    No intubation for a patient not for it, no CPR with a DNACPR decision, and in the
    last days of life no investigation beyond a bedside check that relieves a symptom
    (NICE NG31 2015 1.1, 1.4; ReSPECT 2017; GMC 2010).
    """
    if ceilings.INTUBATION_ORDER.search(order.name) and ceilings.no_intubation(
        ctx.texts
    ):
        return "contraindication", (
            "documented ceiling of treatment: not for intubation or ICU "
            f"({ceilings.CEILING_SOURCE})"
        )
    if ceilings.CPR_ORDER.search(order.name) and ceilings.no_cpr(ctx.texts):
        return "contraindication", (
            f"DNACPR decision documented ({ceilings.CEILING_SOURCE}): no CPR"
        )
    if (
        order.kind == "diagnostic"
        and not ceilings.COMFORT_TESTS_KEPT.search(order.name)
        and ceilings.comfort_only(ctx.texts)
    ):
        return "contraindication", (
            "comfort care only: no investigation that will not change the care of the "
            f"last days of life ({ceilings.COMFORT_SOURCE} 1.1, 1.4)"
        )
    if (
        order.kind == "diagnostic"
        and ceilings.VTE_ACS_WORKUP.search(order.name)
        and ceilings.palliative_comfort_goal(ctx.texts)
    ):
        # cardio52: a D-dimer or troponin for a palliative patient's breathlessness
        # leads only to anticoagulation or ACS care outside the goal stated
        return "contraindication", (
            "palliative care with a stated goal of comfort: no VTE or ACS work-up "
            "unless the patient wishes its treatment (NICE NG31 2015 1.1-1.3; NICE "
            "CKS palliative care: breathlessness 2021)"
        )
    return None


def _anti_d_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return anti_d.gate(order, ctx.texts)


def _nitrofurantoin_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    return nitrofurantoin.gate(order, ctx.texts)


def _gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    for special in (
        _resulted_gate,
        _ceiling_gate,
        _colchicine_gate,
        _nitrofurantoin_gate,
        _anti_d_gate,
        _explained_gate,
        _nsaid_given_gate,
        _stone_size_gate,
        _picture_gate,
        _known_pregnancy_gate,
        _leading_gate,
        _airway_gate,
        _open_globe_gate,
        _bp_target_gate,
        _lp_gate,
        _septicaemia_steroid_gate,
        _bilious_gate,
        _pe_testing_gate,
        _tox_gate,
        _surgical_gate,
    ):
        if (found := special(order, ctx)) is not None:
            return found
    if (
        _ARREST_ONLY.search(order.name)
        and not _IF_ARREST.search(order.name)
        and ctx.sbp is not None
        and ctx.sbp >= CIRCULATION_SBP
    ):
        return "contraindication", (
            f"circulation present (SBP {ctx.sbp:g}): after return of spontaneous "
            "circulation, post-cardiac arrest care, not arrest drugs or CPR (AHA 2020 "
            "post-cardiac arrest care)"
        )
    classes = drug_classes(order.name)
    if _ORTHODROMIC_AVRT.match(order.name):
        # cardio53: adenosine for a regular narrow-complex tachycardia with an
        # accessory pathway (orthodromic AVRT) is the guideline's first drug (Brugada
        # J et al. ESC 2019 SVT 11.3.1, class I, a defibrillator at hand); the
        # knowledge base orders it only with no AF, irregular pulse or broad QRS
        # documented, the pre-excited AF that AV-nodal blockers endanger
        classes = classes - {"av_nodal_blocker"}
    if (found := _acute_gate(order, classes, ctx)) is not None:
        return found
    if (
        order.kind == "medication"
        and _NON_DHP_CCB.search(order.name)
        and (
            _text.asserted(_REDUCED_EF, ctx.texts)
            or cardiac.negative_inotrope_harmful(ctx.texts)
            or bool(ctx.working and cardiac.KNOWN_HEART_FAILURE.search(ctx.working))
        )
    ):
        return "contraindication", (
            "non-dihydropyridine calcium-channel blocker with a reduced ejection "
            "fraction or decompensated heart failure: negative inotrope (ESC 2024 "
            "AF; 2023 ACC/AHA/ACCP/HRS AF, class 3 harm): a beta-blocker or digoxin, "
            "amiodarone if unstable"
        )
    if (
        order.kind == "medication"
        and acute.BETA_BLOCKER.search(order.name)
        and cardiac.AF_RHYTHM.search(f"{order.for_diagnosis or ''} {order.reason}")
        and _text.asserted(cardiac.BRONCHOSPASM, ctx.texts)
    ):
        return "contraindication", (
            "beta-blocker for AF rate control with bronchospasm, asthma or COPD: "
            "diltiazem or verapamil (digoxin with a reduced ejection fraction) control "
            "the rate without bronchoconstriction (January CT et al. AHA/ACC/HRS 2014 "
            "AF 7.9; Joglar JA et al. 2023 ACC/AHA/ACCP/HRS AF 7.1)"
        )
    if (
        "insulin_infusion" in classes
        and ctx.potassium is not None
        and ctx.potassium < INSULIN_MIN_POTASSIUM
    ):
        return "contraindication", (
            f"potassium {ctx.potassium:g} < {INSULIN_MIN_POTASSIUM} mmol/L: replace "
            "potassium before insulin (ADA hyperglycaemic crises 2024)"
        )
    if order.kind not in ("medication", "procedure") or not classes:
        return _allergen_gate(order, ctx)
    for cls in sorted(classes & DRUG_POPULATIONS.keys()):
        if cls == "aspirin" and ctx.acute.kawasaki:
            continue  # AHA 2017: aspirin with IVIG in Kawasaki disease
        if cls in BEERS_EXCEPTED and _text.asserted(BEERS_EXCEPTED[cls], ctx.texts):
            continue  # the uses Beers 2023 keeps in older adults
        if cls in BEERS_EXCEPTED_DX and BEERS_EXCEPTED_DX[cls].match(
            order.for_diagnosis or ""
        ):
            continue  # tetanus spasms (Yen LM, Thwaites CL. Lancet 2019)
        limits = DRUG_POPULATIONS[cls]
        if excluded_reason(limits, ctx.pop) is not None:
            return "population", f"{cls}: {limits.source}"
    for rule in CONTRAINDICATED_BY_DX:
        hit = classes.intersection(rule.classes)
        if not hit:
            continue
        for e in ctx.open_dx:
            if (
                _cvt_bleed(order, e.diagnosis)
                or (rule.ruled_in_only and e.status != "ruled_in")
                or _bleed_for_the_scan(order, e, ctx)
            ):
                continue
            if rule.pattern.search(e.diagnosis) and (
                _pointed_to(e) or not _GI_BLEED_DX.search(e.diagnosis)
            ):
                cls = sorted(hit)[0]
                return "contraindication", f"{cls} while {e.diagnosis} is open " + (
                    f"({e.status}); {rule.source}"
                )
    for risky, pattern, bleed in _BLEEDING_RISK:
        if classes & risky and (
            reversal.on_anticoagulant(ctx.texts)  # current use, not a stopped drug
            if pattern is reversal.ANY_ANTICOAGULANT
            else _documented(pattern, ctx.texts)
        ):
            return "contraindication", f"{sorted(classes & risky)[0]}: {bleed}"
    if "nonaspirin_nsaid" in classes and (older := _older_nsaid_risk(ctx)):
        return "contraindication", older
    if "nonaspirin_nsaid" in classes and trauma.internal_bleeding_open(ctx.texts):
        return "contraindication", (
            "NSAID after a high-risk mechanism or blunt abdominal injury, internal "
            "bleeding not yet excluded: NSAIDs impair platelet function (TCCC "
            "guidelines 2021: avoid NSAIDs in the injured; ATLS 10th ed.); "
            "paracetamol, or a titrated IV opioid for severe pain"
        )
    if "nonaspirin_nsaid" in classes and (
        _text.asserted(pathways_pain.RENAL_IMPAIRMENT, ctx.texts)
        or (ctx.creatinine or 0.0) >= RAISED_CREATININE_MG_DL
    ):
        return "contraindication", (
            "NSAID with renal impairment (CKD, AKI, dialysis or a raised "
            "creatinine): nephrotoxic (KDIGO 2012 CKD 3.1.19, none with GFR < 30; "
            "EAU 2024 urolithiasis); paracetamol, an opioid (fentanyl) or a "
            "glucocorticoid for gout (ACR 2020)"
        )
    if "nonaspirin_nsaid" in classes and (
        _text.asserted(_PIGMENT_INJURY, ctx.texts) or msk.crushed(ctx.texts)
    ):
        return "contraindication", (
            "NSAID with rhabdomyolysis or a crush injury: nephrotoxic beside pigment "
            "kidney injury (Bosch X et al. NEJM 2009;361:62; Sever MS, Vanholder R. "
            "ERA-EDTA/ISN 2012 crush recommendations); paracetamol or a titrated opioid"
        )
    if "nonaspirin_nsaid" in classes and _text.asserted(_REDUCED_EF, ctx.texts):
        # cardio49: a myopericarditis with an ejection fraction of 35 % had the
        # pericarditis dose of ibuprofen
        return "contraindication", (
            "NSAID with a reduced ejection fraction or decompensated heart failure: "
            "sodium and water retention and worsening heart failure (McDonagh TA et "
            "al. ESC 2021 heart failure, class III: not recommended; Adler Y et al. "
            "ESC 2015 pericardial diseases 3.1.7: a myopericarditis with ventricular "
            "dysfunction is managed as a myocarditis); paracetamol, colchicine for "
            "the pericardial pain"
        )
    if "nonaspirin_nsaid" in classes and _text.asserted(_CALCINEURIN, ctx.texts):
        return "contraindication", (
            "NSAID with a kidney transplant or a calcineurin inhibitor (ciclosporin, "
            "tacrolimus): additive nephrotoxicity and acute kidney injury (KDIGO 2009 "
            "kidney transplant recipients: avoid NSAIDs; BNF interactions); "
            "paracetamol, or a glucocorticoid for gout (ACR 2020)"
        )
    if classes & _ANTITHROMBOTIC and _text.present_now(
        acute.OVERT_GI_BLEEDING, ctx.texts
    ):
        return "contraindication", (
            f"{sorted(classes & _ANTITHROMBOTIC)[0]}: overt GI bleeding in this "
            "visit (melaena, haematemesis or rectal bleeding): active bleeding "
            "contraindicates anticoagulation and lysis (ESC 2019 PE: consider an IVC "
            "filter; ACG 2021 UGIB: hold antithrombotics until haemostasis)"
        )
    if "nonaspirin_nsaid" in classes and _text.present_now(
        acute.OVERT_GI_BLEEDING, ctx.texts
    ):
        return "contraindication", (
            "NSAID with overt GI bleeding in this visit or just before it (melaena, "
            "haematemesis or rectal bleeding): NSAIDs cause and prolong ulcer "
            "bleeding (Laine L et al. ACG 2021 UGIB; Lanza FL et al. ACG 2009); "
            "paracetamol, or a titrated opioid for severe pain"
        )
    if (low := _platelet_gate(classes, ctx)) is not None:
        return "contraindication", low
    if "nitrate" in classes:
        if ctx.sbp is not None and ctx.sbp < HYPOTENSION_SBP:
            return "contraindication", f"nitrate with SBP {ctx.sbp:g} < 90 (AHA/ACC)"
        if ctx.pde5:
            return "contraindication", "nitrate after a PDE5 inhibitor (AHA/ACC 2014)"
        if ctx.rv_infarction:
            return "contraindication", (
                "nitrate with right-ventricular infarction: preload dependent "
                "(ACCF/AHA 2013 STEMI; ESC 2023 ACS)"
            )
        if ctx.rv_dysfunction and any(_PE_DX.search(e.diagnosis) for e in ctx.open_dx):
            return "contraindication", (
                "nitrate with right-ventricular dysfunction while pulmonary embolism "
                "is open: the failing RV is preload dependent and a vasodilator can "
                "precipitate obstructive shock (Konstantinides SV et al. ESC 2019 "
                "PE; Harjola VP et al. Eur J Heart Fail 2016;18:226)"
            )
        if ctx.hr is not None and ctx.hr < NITRATE_MIN_HR:
            return "contraindication", (
                f"nitrate with HR {ctx.hr:g} < 50 (ACCF/AHA 2013 STEMI)"
            )
        if (
            ctx.hr is not None
            and ctx.hr > NITRATE_MAX_HR
            and not cardiac.lung_oedema(ctx.texts)
        ):
            return "contraindication", (
                f"nitrate with HR {ctx.hr:g} > 100 and no heart failure: the "
                "tachycardia of hypovolaemia or bleeding falls further with a "
                "vasodilator (ACCF/AHA 2013 STEMI; AHA/ACC 2014 NSTE-ACS, class III)"
            )
        if stenosis := next(
            (e for e in ctx.open_dx if _AORTIC_STENOSIS_DX.search(e.diagnosis)), None
        ):
            return "contraindication", (
                f"nitrate while {stenosis.diagnosis} is open: a fixed outflow "
                "obstruction is preload dependent and a vasodilator can cause collapse "
                "(the syncope of severe aortic stenosis is exertional); echocardiogram "
                "first (Vahanian A et al. ESC/EACTS 2021 valvular heart disease; "
                "Brignole M et al. ESC 2018 syncope)"
            )
    if "thrombolytic" in classes and (lytic := _lytic_window(order, ctx)):
        return lytic  # a hard contraindication is named before the threshold
    if (why := _below_threshold(order, classes, ctx)) is not None:
        return "treatment_threshold", why
    if allergic := sorted(classes & ctx.allergy):
        return "allergy", f"documented {allergic[0]} allergy (AAAAI/ACAAI 2022)"
    if ctx.pop.pregnancy == "pregnant":
        for cls in sorted(classes & PREGNANCY_CONTRAINDICATED.keys()):
            return "pregnancy", f"{cls} in pregnancy: {PREGNANCY_CONTRAINDICATED[cls]}"
        weeks = ctx.pop.gestation_weeks
        if "nsaid" in classes and (weeks is None or weeks >= NSAID_PREGNANCY_WEEKS):
            return "pregnancy", (
                "NSAID in pregnancy >= 20 weeks or of unknown gestation (FDA 2020)"
            )
        if (why := _uti_antibiotic_in_pregnancy(classes, weeks)) is not None:
            return "pregnancy", why
    return _allergen_gate(order, ctx)


_NOT_POINTING: Final = frozenset(
    {
        "tachycardia", "anticoagulation", "antiplatelet", "weakness", "dizziness",
        "fatigue", "vomiting", "nausea", "dyspnea", "headache", "hypertension",
        "diabetes", "smoking", "alcohol_use", "syncope", "presyncope",
    }
)  # fmt: skip
"""Findings that every sick patient shares or risk factors: they keep a bleed on a
complaint's list but do not point to it (a stroke in the window with tachycardia is not
a GI bleed). resp41: a faint is as much the embolism's as a bleed's (syncope in 17 % of
PE: Prandoni P et al. NEJM 2016;375:1524); only active bleeding contraindicates the
heparin of a suspected PE (Konstantinides SV et al. ESC 2019, table 9 and section 5:
anticoagulation while the CTPA is awaited)."""


def _pointed_to(entry: DifferentialEntry) -> bool:
    """Whether something documented points to ``entry`` (a contraindication needs it).

    A GI bleed only listed on the complaint's differential (upper GI bleeding on the
    'weakness' list, supported by nothing or by tachycardia or an anticoagulant) must
    not withhold a lytic from a stroke in its window; a ruled-in entry, a rule or a
    discriminating finding (melaena, haematemesis) does. Dissection and intracranial
    haemorrhage block whenever they are open (imaging excludes them first).
    """
    if entry.status == "ruled_in":
        return True
    for ev in entry.evidence_for:
        if ev.kind == "rule":
            return True
        concept = ev.text.split(" (", 1)[0].strip().lower()
        if ev.kind == "finding" and concept not in _NOT_POINTING:
            return True
    return False


def _allergen_gate(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    if order.kind != "medication":
        return None
    name = order.name.lower()
    for word in sorted(ctx.allergens):
        if word in name:
            return "allergy", f"documented allergy to {word}"
    return None


_ACS_TARGET: Final = re.compile(r"(?i)myocardial infarction|angina|coronary")
_MESENTERIC_TARGET: Final = re.compile(
    r"(?i)mesenteric|infarction of (?:the )?intestine|ischa?emic bowel"
)
"""Acute mesenteric ischaemia, suspected on its pathway's criteria (sudden abdominal
pain with an embolic source, and pain out of proportion or a raised lactate:
``pathways_surgical.mesenteric_ischaemia``), is anticoagulated with unfractionated
heparin at once, unless contraindicated, while CT angiography and the surgeon are
arranged (Bjorck M et al. ESVS 2017, Eur J Vasc Endovasc Surg 2017;53:460; Bala M et
al. WSES 2022, World J Emerg Surg 2022;17:54): the treatment threshold does not wait
for the CT."""
_HIT_TARGET: Final = re.compile(r"(?i)heparin-induced thrombocytopenia|possible hit\b")
"""Heparin-induced thrombocytopenia: at an intermediate or high 4Ts probability the
guideline stops heparin and starts a non-heparin anticoagulant while the PF4 assay is
awaited (Cuker A et al. ASH 2018 HIT, recommendations 3.1-3.2): the suspicion is
treated, it is no diagnosis waiting for its test."""
_AF_TARGET: Final = re.compile(r"(?i)atrial fibrillation|atrial flutter")
"""Stroke prevention in AF is decided by CHA2DS2-VA(Sc) for AF documented at any rate
and whatever brought the patient (Joglar JA et al. 2023 ACC/AHA/ACCP/HRS AF 6.3; Van
Gelder IC et al. ESC 2024 AF): the rhythm read from an ECG is not a working diagnosis
waiting for a test, so the treatment threshold does not withhold the decision."""
_ISCHAEMIC_ECG: Final = _rx(
    r"st[- ]?(?:segment )?elevations?|ste\b|stemi|st[- ]?(?:segment )?depressions?"
)
"""Ischaemic ST changes on the ECG: with ischaemic symptoms they make ACS the working
diagnosis, anticoagulated at once (Byrne RA et al. ESC 2023 ACS guideline. Eur Heart J
2023;44:3720: parenteral anticoagulation for all patients at diagnosis)."""


def _below_threshold(
    order: Order, classes: frozenset[str], ctx: _Context
) -> str | None:
    target = order.for_diagnosis or ctx.working
    if not classes.intersection(HIGH_RISK_CLASSES) or target is None:
        return None
    if ctx.acute.high_risk_pe:
        return None  # ESC 2019: shock with RV dysfunction: treat, do not wait
    if (
        "anticoagulant" in classes
        and "thrombolytic" not in classes
        and _ACS_TARGET.search(target)
        and (
            _documented(_ISCHAEMIC_ECG, ctx.texts)
            or new_lbbb_stated(ctx.texts)
            # cardio48: the Wellens T waves are an NSTE-ACS's ECG (de Zwaan 1982)
            or _documented(medical.WELLENS_PATTERN, ctx.texts)
        )
    ):
        return None  # ESC 2023 ACS: anticoagulate at the working diagnosis (ECG)
    if (
        "anticoagulant" in classes
        and "thrombolytic" not in classes
        and ctx.acute.mesenteric
        and _MESENTERIC_TARGET.search(target)
    ):
        return None  # ESVS 2017; WSES 2022: heparin once AMI is suspected, CTA now
    if _AF_TARGET.search(f"{target} {order.reason}") and _documented(
        cardiac.AF_RHYTHM, ctx.texts
    ):
        return None  # AF on the ECG is a fact: its stroke prevention is decided now
    if (
        "anticoagulant" in classes
        and "heparin" not in classes
        and _HIT_TARGET.search(f"{target} {order.reason}")
    ):
        return None  # ASH 2018 3.1-3.2: a non-heparin anticoagulant before the assay
    entry = L.find(ctx.ledger, target)
    if entry is None or entry.status == "ruled_in":
        return None
    p = entry.probability or 0.0
    if entry.status != "ruled_out" and p >= TREAT_THRESHOLD:
        return None
    if _lysis_on_the_scan(order, classes, entry, ctx):
        return None
    if (
        entry.status != "ruled_out"
        and "anticoagulant" in classes
        and "thrombolytic" not in classes
        and (
            _pe_likely(target, ctx.texts)
            or _EMPIRIC_PE.search(order.reason)
            or EMPIRIC_UNTIL_TESTED.search(order.reason)
            or (
                ctx.pop.pregnancy == "pregnant"
                and entry.status == "cannot_exclude"
                and _VTE_TARGET.search(target)
                and _PREGNANCY_LMWH.search(order.name)
            )
        )
    ):
        return None  # ESC 2019; RCOG GTG 37b: anticoagulate while imaging is awaited
    return (
        f"{target} not confirmed (p={p:.2f} < {TREAT_THRESHOLD}): "
        "test before anticoagulation or lysis (ESC 2019; treatment threshold)"
    )


_HYPOTHETICAL: Final = re.compile(
    r"(?i)\b(?:exclude|excluding|rule out|r/o|evaluate for|assess for|concern for|"
    r"risk of|screen for|look for|if|unless|possible|suspected)\b[^.;:\n]{0,30}$|\?\s*$"
)


def _documented(pattern: re.Pattern[str], texts: Sequence[str]) -> bool:
    """Whether ``pattern`` is asserted as a fact: not negated, asked or tested for.

    "CT to exclude intracranial haemorrhage" is a test's purpose, not a history.
    """
    return any(
        _text.asserted(pattern, [t[m.start() :]])
        and not _HYPOTHETICAL.search(t[max(0, m.start() - 40) : m.start()])
        and _text.asserted(pattern, [t[max(0, m.start() - 40) : m.end()]])
        for t in texts
        for m in pattern.finditer(t)
    )


_VTE_TARGET: Final = re.compile(r"(?i)embolism|thrombosis of .*veins")
_PREGNANCY_LMWH: Final = re.compile(
    r"(?i)low-molecular-weight heparin by booking weight"
)
"""A venous thromboembolism (PE, DVT) as the order's diagnosis, and the LMWH of
pregnancy. peds54: in pregnancy every suspected VTE is treated with LMWH until
objective testing excludes it, unless contraindicated (RCOG Green-top 37b 2015,
1.1.1-1.2.1): a woman at 28 weeks with a pleuritic pain, SpO2 93, a PE named and a
thrombosis on the leg Doppler had every heparin blocked below the ESC threshold."""
_EMPIRIC_PE: Final = re.compile(r"(?i)\bPE likely by Wells\b")
"""The PE protocol's empiric anticoagulation: the planner gave it only on a Wells score
> 4 (``OrderSpec.pretest``, with the reasoner's judgement of the leading diagnosis:
``treatment.with_leading_judgement``), so the treatment threshold is met (ESC 2019)."""


EMPIRIC_UNTIL_TESTED: Final = re.compile(
    r"(?i)\btreat until objective testing excludes it\b"
)
"""A protocol whose guideline anticoagulates a suspicion until the test excludes it:
suspected DVT or PE in pregnancy (RCOG Green-top 37b 2015, 1.2.1: LMWH unless
contraindicated until objective testing), so the treatment threshold is met."""


def _pe_likely(target: str, texts: Sequence[str]) -> bool:
    """Whether a documented Wells > 4 or "PE likely" allows empiric anticoagulation.

    ESC 2019: anticoagulate before imaging at that probability (``EMPIRIC_WELLS``).
    """
    if "embol" not in target.lower():
        return False
    scores = [
        float(m.group(1))
        for t in texts
        for m in _WELLS_DOCUMENTED.finditer(t)
        if _text.asserted(_WELLS_DOCUMENTED, [t[m.start() :]])
    ]
    if scores:
        return max(scores) > EMPIRIC_WELLS
    return _text.asserted(_PE_LIKELY, texts)


def _lowest(analyte: str, texts: Sequence[str]) -> float | None:
    """The lowest measured value of ``analyte`` in the visible text, if any."""
    values = [r.value for t in texts for r in results_of(t, analyte) if not r.below]
    return min(values) if values else None


def _highest(analyte: str, texts: Sequence[str]) -> float | None:
    """The highest measured value of ``analyte`` in the visible text, if any."""
    values = [r.value for t in texts for r in results_of(t, analyte) if not r.below]
    return max(values) if values else None


RAISED_CREATININE_MG_DL: Final = 1.5
"""A creatinine of 1.5 mg/dL (133 umol/L) or more is renal impairment for an NSAID,
whatever its unit in the note (``pathways_pain.RENAL_IMPAIRMENT``'s threshold; KDIGO
2012 AKI: 1.5 x a normal baseline)."""


PLATELET_FLOORS: Final = (
    (
        frozenset({"thrombolytic"}),
        100.0,
        "no thrombolysis below 100 x10^9/L (AHA/ASA 2019 acute ischaemic stroke)",
    ),
    (
        frozenset({"anticoagulant"}),
        50.0,
        "no full-dose anticoagulation below 50 x10^9/L: reduced-dose heparin only "
        "after haematology review (ISTH 2018, Samuelson Bannow BT et al. J Thromb "
        "Haemost 2018;16:1246; SCAI 2016 cardio-oncology: UFH 30-50 U/kg for PCI)",
    ),
    (
        frozenset({"antiplatelet"}),
        10.0,
        "no antiplatelet below 10 x10^9/L (SCAI 2016 cardio-oncology: aspirin above "
        "10, dual antiplatelet above 30 x10^9/L)",
    ),
)
"""(drug classes, lowest platelet count in 10^9/L, source) for antithrombotic orders."""


def _platelet_gate(classes: frozenset[str], ctx: _Context) -> str | None:
    """Why a measured thrombocytopenia withholds an antithrombotic, if it does."""
    if ctx.platelets is None:
        return None
    for risky, floor, source in PLATELET_FLOORS:
        if classes & risky and ctx.platelets < floor:
            drug = sorted(classes & risky)[0]
            return f"{drug} with platelets {ctx.platelets:g} x10^9/L: {source}"
    return None


_ACS_ASPIRIN: Final = _rx(
    r"myocardial infarction|\bstemi\b|\bnstemi\b|\bacs\b|acute coronary|"
    r"unstable angina|nste-acs"
)
"""The aspirin of an acute coronary syndrome (its load or its protocol)."""
_P2Y12: Final = _rx(r"p2y12|clopidogrel|ticagrelor|prasugrel")
ASPIRIN_ALLERGY_P2Y12: Final = Order(
    kind="medication",
    name="clopidogrel 600 mg PO loading dose, then 75 mg daily, the single "
    "antiplatelet while the allergy stands; cardiology for a desensitisation decision",
    reason="an acute coronary syndrome with an aspirin allergy: a P2Y12 inhibitor "
    "instead (Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1, class I: clopidogrel "
    "for aspirin hypersensitivity; aspirin desensitisation is a specialist decision)",
)
POTASSIUM_FIRST: Final = Order(
    kind="medication",
    name="potassium chloride 10-20 mEq/h IV with cardiac monitoring until K >= 3.5 "
    "mmol/L, then start the insulin infusion",
    reason="potassium < 3.5 mmol/L before insulin (ADA hyperglycaemic crises 2024)",
)
BP_BEFORE_LYSIS: Final = Order(
    kind="medication",
    name="labetalol 10-20 mg IV over 1-2 min (may repeat once) or nicardipine 5 mg/h "
    "IV titrated by 2.5 mg/h every 5-15 min to BP < 185/110 mmHg, the ceiling for "
    "reperfusion treatment",
    reason="BP must be < 185/110 before thrombolysis and < 180/105 for 24 h after "
    "(AHA/ASA 2019 acute ischaemic stroke)",
)
LYTIC_BP_GATE: Final = "BP above 185/110: lower it before any lytic (AHA/ASA 2019)"


PREGNANCY_ANALGESIA: Final = Order(
    kind="medication",
    name="paracetamol (acetaminophen) 1 g PO every 6 h as needed, max 4 g/day",
    reason="the analgesic of pregnancy when an NSAID is withheld from 20 weeks "
    "(FDA 2020 drug safety communication; ACOG)",
)


def _enabler(order: Order, gate: tuple[OrderGate, str], ctx: _Context) -> Order | None:
    """The order that makes a blocked one possible, if the block is reversible now.

    Insulin waits for potassium >= 3.5 (ADA 2024): replace potassium first. A stroke
    lytic waits for BP < 185/110 (AHA/ASA 2019): lower it, then reassess. An NSAID
    withheld in pregnancy still leaves the pain: paracetamol instead (FDA 2020), and
    so does one withheld for age, the kidneys or bleeding (``_analgesic_instead``). A
    beta-lactam the allergy gate withholds, with no safe choice in its own name, still
    leaves the infection: a named regimen of its indication (AAAAI/ACAAI 2022).
    """
    if gate[0] == "pregnancy" and "nsaid" in drug_classes(order.name):
        return PREGNANCY_ANALGESIA
    if gate[0] == "pregnancy" and {"nitrofurantoin", "trimethoprim"} & drug_classes(
        order.name
    ):
        return PREGNANCY_UTI_ANTIBIOTIC
    if "nonaspirin_nsaid" in drug_classes(order.name):
        return _analgesic_instead(order, ctx)
    if gate[0] == "contraindication" and gate[1].startswith("nitrofurantoin with"):
        return nitrofurantoin.KIDNEY_UTI_ANTIBIOTIC
    if (
        gate[0] == "allergy"
        and _ACS_ASPIRIN.search(
            f"{order.name} {order.reason} {order.for_diagnosis or ''}"
        )
        and "aspirin" in drug_classes(order.name)
    ):
        return ASPIRIN_ALLERGY_P2Y12
    if gate[0] == "allergy" and _safe_alternatives(order, ctx) is None:
        return _allergy_alternative(order, ctx)
    if gate[0] != "contraindication":
        return None
    if (
        "insulin_infusion" in drug_classes(order.name)
        and ctx.potassium is not None
        and ctx.potassium < INSULIN_MIN_POTASSIUM
    ):
        return POTASSIUM_FIRST
    text = f"{order.name} {order.reason} {order.for_diagnosis or ''}".lower()
    if gate[1] == LYTIC_BP_GATE and "stemi" not in text and "myocardial" not in text:
        return BP_BEFORE_LYSIS
    return None


ANALGESIA_INSTEAD: Final = Order(
    kind="medication",
    name="paracetamol 1 g IV or PO every 6 h, max 4 g/day (3 g if frail or < 50 kg)",
    reason="the NSAID is withheld: paracetamol instead, and a titrated IV opioid "
    "if pain stays severe (WHO analgesic ladder; ACEP 2017 acute pain; AGS Beers "
    "2023; EAU 2024 urolithiasis: paracetamol or an opioid when NSAIDs are "
    "contraindicated)",
)

CHILD_ANALGESIA_INSTEAD: Final = ANALGESIA_INSTEAD.model_copy(
    update={"name": "paracetamol 15 mg/kg PO or IV (weight-based)"}
)
"""A child's paracetamol is per kilogram (RCEM 2021 pain in children; BNFC)."""


def _given(order: Order, ctx: _Context) -> bool:
    """Whether a plan order reaches the patient: no gate withholds it whole."""
    if order.kind != "medication" or reversal.is_reversal(order.name):
        return True
    return _gate(order, ctx) is None or _safe_alternatives(order, ctx) is not None


_PROHIBITION: Final = re.compile(
    r"(?i)(?:^|,|\band\b)\s*(?:no|stop(?:ping)?|avoid(?:ing)?|hold(?:ing)?|withhold\w*"
    r"|discontinu\w*|cease|never|do not (?:give|use|start|prescribe|restart)"
    r"|don'?t (?:give|use|start))(?![A-Za-z])"
)
"""A clause that stops or forbids a drug ("stop the NSAID", "no opioids, ... or
NSAIDs", "hold antiplatelet drugs"): from its word to the clause's end."""
_FORBIDDEN_CLASSES: Final = (
    (
        re.compile(r"(?i)opioids?|opiates?|morphine|fentanyl|diamorphine|codeine"),
        re.compile(
            r"(?i)opioid|morphine|fentanyl|diamorphine|hydromorphone|oxycodone|"
            r"codeine|tramadol|pethidine"
        ),
    ),
    (
        re.compile(
            r"(?i)nsaids?|ibuprofen|naproxen|ketorolac|diclofenac|"
            r"anti-?inflammator"
        ),
        re.compile(rf"(?i){pain.NSAID_ORDERS}"),
    ),
)
"""(a class a prohibition names, the orders of that class)."""


def _top_clauses(name: str) -> list[str]:
    """``name`` split at each ';' outside parentheses."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(name):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == ";" and depth <= 0:
            out.append(name[start:k])
            start = k + 1
    return [*out, name[start:]]


def _prohibition_split(name: str) -> tuple[str, str]:
    """An order's clauses that give, and its clauses that stop or forbid a drug.

    readers48 (medgi47's request): "stop the NSAID (if it must continue: ...;
    paracetamol for the pain instead); full-dose PPI" gives a PPI and no analgesic;
    "no opioids, antidiarrhoeals, anticholinergics or NSAIDs" gives nothing. The
    forbidding clause runs from its word to the end of its ';' clause, asides in
    parentheses with it.
    """
    acting: list[str] = []
    barred: list[str] = []
    for clause in _top_clauses(name):
        m = _PROHIBITION.search(clause)
        acting.append(clause if m is None else clause[: m.start()])
        if m is not None:
            barred.append(clause[m.start() :])
    return ";".join(acting), "; ".join(barred)


def _forbidden_by_plan(order: Order, barred: Sequence[str]) -> bool:
    """Whether the plan forbids ``order``'s drug class ("no opioids": no morphine).

    The plan's prohibition is a decision for this patient (BSG 2019 acute severe
    colitis: no opioids, anticholinergics or NSAIDs, which can precipitate toxic
    megacolon); a pathway's generic analgesic does not override it.
    """
    if order.kind != "medication":
        return False
    name = pathways.unconditional(order.name)
    return any(
        members.search(name) and any(named.search(b) for b in barred)
        for named, members in _FORBIDDEN_CLASSES
    )


def _analgesic_instead(order: Order, ctx: _Context) -> Order | None:
    """Paracetamol for a withheld NSAID whose order keeps no safe analgesic.

    Analgesia does not vanish with the NSAID (WHO ladder; ACEP 2017); paracetamol
    passes the same gates (allergy; not after an overdose or with liver failure).
    """
    safe = _safe_alternatives(order, ctx)
    if safe is not None and _is_analgesic(safe.name):
        return None
    if pain.paracetamol_barred(ctx.texts):
        return None
    child = ctx.pop.age_within(0, years(16) - 1) is True
    instead = CHILD_ANALGESIA_INSTEAD if child else ANALGESIA_INSTEAD
    return instead if _gate(instead, ctx) is None else None


PERICARDITIS_STEROID: Final = Order(
    kind="medication",
    name="prednisone 0.2-0.5 mg/kg/day PO (low dose) with colchicine, tapered "
    "slowly once symptom-free",
    reason="the first-line anti-inflammatory is withheld: a low-dose corticosteroid "
    "with colchicine once a bacterial or tuberculous cause is unlikely (Adler Y et "
    "al. ESC 2015 pericardial diseases, class IIa)",
)
_PERICARDITIS: Final = _rx(r"pericarditis")


def _anti_inflammatory_instead(order: Order, ctx: _Context) -> Order | None:
    """The condition's own second-line anti-inflammatory for a withheld NSAID.

    An NSAID given for pericarditis treats the inflammation, not only the pain:
    withheld, it leaves a low-dose corticosteroid with colchicine (ESC 2015, class
    IIa), through the same gates. Gout's own order already offers prednisolone or
    colchicine beside naproxen (ACR 2020), so it needs nothing here.
    """
    if "nonaspirin_nsaid" not in drug_classes(order.name):
        return None
    if not _PERICARDITIS.search(f"{order.reason} {order.for_diagnosis or ''}"):
        return None
    if _text.asserted(_REDUCED_EF, ctx.texts):
        # cardio49: with a failing ventricle the pericarditis is a myocarditis's
        # (Adler Y et al. ESC 2015 3.1.7), whose immunosuppression waits for a
        # biopsy excluding infection (Caforio ALP et al. ESC 2013 myocarditis 5)
        return None
    return PERICARDITIS_STEROID if _gate(PERICARDITIS_STEROID, ctx) is None else None


def _allergy_alternative(order: Order, ctx: _Context) -> Order | None:
    """The first named regimen for a withheld beta-lactam that passes every gate.

    ``allergy_alternatives`` (AAAAI/ACAAI 2022), dosed for the patient.
    """
    severe = "aminopenicillin_side_chain" in ctx.allergy  # anaphylaxis, SJS/TEN/DRESS
    for alt in allergy_alternatives.candidates(order, drug_classes(order.name), severe):
        if _gate(alt, ctx) is None:
            dosed = _dose(alt, ctx.pop)
            return dosed[0] if dosed else alt
    return None


_ANTIBIOTIC: Final = _rx(r"antibiotic|antimicrobial")
_ANTIBIOTIC_CLASSES: Final = frozenset(
    {
        "penicillin",
        "cephalosporin",
        "fluoroquinolone",
        "macrolide",
        "tetracycline",
        "sulfonamide",
    }
)
_POST_NEGATION: Final = re.compile(
    r"(?i)^[^.;\n]{0,25}\b(?:negative|neg\b|not detected|not isolated|cleared)"
)
ESBL_CARBAPENEM: Final = Order(
    kind="medication",
    name="carbapenem for ESBL history (e.g. meropenem)",
    reason="prior ESBL-producing isolate (IDSA 2023 AMR guidance)",
)
PRIOR_CULTURES: Final[tuple[tuple[re.Pattern[str], Order], ...]] = (
    (
        _rx(r"mrsa\b|methicillin[- ]resistant"),
        Order(
            kind="medication",
            name="add MRSA coverage (e.g. vancomycin, weight-based)",
            reason="prior MRSA culture (IDSA 2014 SSTI; ATS/IDSA 2019 CAP)",
        ),
    ),
    (_rx(r"esbl\b|extended[- ]spectrum beta"), ESBL_CARBAPENEM),
    (
        _rx(r"pseudomonas"),
        Order(
            kind="medication",
            name="antipseudomonal coverage (e.g. cefepime or piperacillin-tazobactam)",
            reason="prior Pseudomonas isolate (ATS/IDSA 2019 CAP)",
        ),
    ),
)
"""Organisms in earlier cultures that change empiric antibiotics."""


ESBL_WHY: Final = (
    "prior ESBL-producing isolate: a cephalosporin or piperacillin-tazobactam is "
    "unreliable empiric cover; the carbapenem replaces it (Tamma PD et al. IDSA 2023 "
    "AMR guidance; Harris PNA et al. MERINO, JAMA 2018)"
)
_PIPERACILLIN: Final = _rx(r"piperacillin")


def _esbl_superseded(orders: Sequence[Order], cultures: Sequence[Order]) -> list[Order]:
    """Cephalosporin and piperacillin orders an ESBL history's carbapenem replaces."""
    if ESBL_CARBAPENEM not in cultures:
        return []
    return [
        o
        for o in orders
        if o.kind == "medication"
        and ("cephalosporin" in drug_classes(o.name) or _PIPERACILLIN.search(o.name))
    ]


def _prior_cultures(orders: Sequence[Order], texts: Sequence[str]) -> list[Order]:
    """Coverage for resistant organisms documented earlier, when treating infection."""
    treats = any(
        o.kind == "medication"
        and (_ANTIBIOTIC.search(o.name) or drug_classes(o.name) & _ANTIBIOTIC_CLASSES)
        for o in orders
    )
    if not treats:
        return []
    out: list[Order] = []
    for rx, order in PRIOR_CULTURES:
        if any(
            not _POST_NEGATION.search(text[m.end() :])
            and _text.asserted(rx, [text[: m.end()]])
            for text in texts
            for m in rx.finditer(text)
        ):
            out.append(order)
    return out


_UNKNOWN_ONSET: Final = _rx(
    r"wake-?up stroke|woke (?:up )?(?:with|and (?:was|could)|unable)|on waking|"
    r"upon waking|(?:time of )?(?:symptom )?onset (?:is |was )?(?:unknown|unclear|"
    r"not known|uncertain)|unknown (?:time of )?onset|unwitnessed onset"
)
"""A stroke whose onset is unknown, or noticed on waking (AHA/ASA 2019 3.5.1)."""
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|h\b)?"
_LKW_CLOCK: Final = re.compile(
    rf"(?i)\blast (?:known|seen) (?:well|normal)[^.;\n]{{0,12}}?\bat {_CLOCK}"
)
_FOUND_CLOCK: Final = re.compile(
    rf"(?i)\b(?:found|woke|noticed|discovered)\b[^.;\n]{{0,40}}?\bat {_CLOCK}"
)
UNKNOWN_ONSET_WHY: Final = (
    "onset unknown or noticed on waking: IV lysis only within 4.5 h of last known "
    "well, or with an MRI DWI-FLAIR mismatch (AHA/ASA 2019 3.5.1; WAKE-UP trial); "
    "CT angiography for thrombectomy up to 24 h (DAWN, DEFUSE-3)"
)


def _clock(m: re.Match[str]) -> float:
    hour, minute, half = int(m[1]) % 24, int(m[2] or 0), (m[3] or "").lower()
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour + minute / 60


def _unknown_onset(texts: Sequence[str]) -> str | None:
    """Why the stroke lytic window cannot be established, if it cannot."""
    if _text.asserted(_UNKNOWN_ONSET, texts):
        return UNKNOWN_ONSET_WHY
    joined = "\n".join(texts)
    lkw, found = _LKW_CLOCK.search(joined), _FOUND_CLOCK.search(joined)
    if lkw is None or found is None or not all(m[2] or m[3] for m in (lkw, found)):
        return None  # "at 10" and "at 11" without am/pm or minutes are ambiguous
    hours = (_clock(found) - _clock(lkw)) % 24
    if hours <= STROKE_LYTIC_HOURS:
        return None
    return (
        f"last known well ~{hours:g} h before the deficit was found: outside the "
        f"{STROKE_LYTIC_HOURS:g} h lytic window (AHA/ASA 2019 stroke)"
    )


THROMBECTOMY_HOURS: Final = 24.0
"""Hours from last known well to which thrombectomy is considered for an anterior
large-vessel occlusion (AHA/ASA 2019 3.7.2: DAWN and DEFUSE 3 selection)."""


def _lytic_window(order: Order, ctx: _Context) -> tuple[OrderGate, str] | None:
    text = f"{order.name} {order.reason} {order.for_diagnosis or ''}".lower()
    stemi = "stemi" in text or "myocardial" in text
    limit = STEMI_LYTIC_HOURS if stemi else STROKE_LYTIC_HOURS
    pe = ctx.acute.high_risk_pe and bool(re.search(r"\bpe\b|embol", text))
    hours = ctx.hours if stemi or pe else _stroke_hours(ctx)
    if hours is not None and hours > limit and not pe:
        return "time_window", (
            f"symptoms for ~{hours:g} h: outside the {limit:g} h lytic window "
            + ("(ACC/AHA 2013 STEMI)" if stemi else "(AHA/ASA 2019 stroke)")
            + (
                "; thrombectomy for a large-vessel occlusion stays open to 24 h from"
                " last known well (AHA/ASA 2019 3.7.2; DAWN, DEFUSE 3)"
                if not stemi and hours <= THROMBECTOMY_HOURS
                else ""
            )
        )
    if not stemi and not pe and (why := _unknown_onset(ctx.texts)) is not None:
        return "time_window", why
    high_sbp, high_dbp = LYTIC_MAX_BP
    if (ctx.sbp or 0) > high_sbp or (ctx.dbp or 0) > high_dbp:
        return "contraindication", LYTIC_BP_GATE
    if acute.recent_major_surgery(ctx.texts):
        return "contraindication", (
            "major surgery within 3 weeks: systemic thrombolysis contraindicated "
            "(ESC 2019 PE table 9; ESC 2017 STEMI; AHA/ASA 2019 stroke: 14 days); "
            "embolectomy or catheter-directed therapy for high-risk PE"
        )
    if (
        reversal.on_anticoagulant(ctx.texts, _ON_ANTICOAGULANT)
        and not stemi
        and not _vka_with_low_inr(ctx.texts)
    ):
        return "contraindication", (
            "on an anticoagulant: lytic contraindicated until levels are known "
            "(AHA/ASA 2019)"
        )
    return None


LYTIC_MAX_INR: Final = 1.7
"""On a vitamin K antagonist, IV alteplase is reasonable at an INR up to 1.7 (AHA/ASA
2019 acute ischaemic stroke 3.5); the INR does not measure a direct oral
anticoagulant."""


def _vka_with_low_inr(texts: Sequence[str]) -> bool:
    """Only a vitamin K antagonist documented, and every measured INR <= 1.7."""
    inrs = [r.value for t in texts for r in results_of(t, "inr") if not r.below]
    if not inrs or max(inrs) > LYTIC_MAX_INR:
        return False
    agents = reversal.documented(texts)
    return bool(agents) and all(a.id == "vka" for a in agents)


_ALTERNATIVE: Final = re.compile(r"\s+/\s+|\s+or\s+")
_CONDITION: Final = re.compile(r"(?i)\b(?:if|once|when|unless|until)\b|[<>]")


_INNER_CHOICE: Final = re.compile(
    r"^(?P<head>[^()]*\()(?P<choice>[^()]*(?:\s+or\s+|\s+/\s+)[^()]*)"
    r"(?P<tail>\)[^()]*)$"
)
"""A choice of drugs inside the only brackets of an order name."""


_COMBINED: Final = re.compile(r"\s+\+\s+|\s+plus\s+")
"""The join of a combination order ("ibuprofen + acetaminophen")."""


def _is_analgesic(part: str) -> bool:
    """Whether a component names a simple analgesic (NSAID, paracetamol, opioid)."""
    return bool(
        drug_classes(part) & {"nonaspirin_nsaid", "opioid"}
        or order_concepts.CONCEPTS["acetaminophen"].search(part)
    )


def _safe_components(order: Order, ctx: _Context) -> Order | None:
    """The safe part of a blocked multimodal analgesic combination, if any.

    "ibuprofen + acetaminophen" while a bleed is open keeps acetaminophen: the
    components of multimodal analgesia are given independently (WHO analgesic ladder;
    ACEP 2017 / Hachimi-Idrissi S et al. EuSEM 2020 acute pain), so an unsafe NSAID
    does not withhold the analgesic that is safe. Combination antibiotic regimens are
    not split (half a regimen is not adequate cover).
    """
    parts = [p.strip(" ,") for p in _COMBINED.split(order.name) if p.strip(" ,")]
    if len(parts) < 2 or not all(_is_analgesic(p) for p in parts):
        return None
    safe = [
        p for p in parts if _gate(order.model_copy(update={"name": p}), ctx) is None
    ]
    if not safe:
        return None
    return order.model_copy(update={"name": " + ".join(safe)})


def _safe_alternatives(order: Order, ctx: _Context) -> Order | None:
    """The alternatives of a blocked medication that pass every gate, if any.

    "acetaminophen / NSAID" in pregnancy keeps acetaminophen: one unsafe alternative
    does not withhold the safe one; a combination keeps its safe analgesic
    (``_safe_components``).
    """
    if order.kind != "medication":
        return None
    if (components := _safe_components(order, ctx)) is not None:
        return components
    # "second-line uterotonic if atony persists: A or B": the heading's condition
    # is not an alternative; the choices follow the last colon.
    head, colon, body = order.name.rpartition(": ")
    if not colon:
        head, body = "", order.name
    if _CONDITION.search(_ASIDE.sub("", body)):
        return None  # "X if hypotensive or lactate >= 4": the "or" joins conditions
    tail = ""
    inner = _INNER_CHOICE.match(body)
    if inner is not None and all(
        p.strip() for p in _ALTERNATIVE.split(inner["choice"])
    ):
        # "oral analgesia (paracetamol or ibuprofen)": the choice is in the brackets
        head = f"{head}: {inner['head']}" if head else inner["head"]
        body, tail = inner["choice"], inner["tail"]
    parts = [p.strip(" ,") for p in _ALTERNATIVE.split(body) if p.strip(" ,")]
    if len(parts) < 2:
        return None
    if head and _gate(order.model_copy(update={"name": head}), ctx) is not None:
        # ledger26: the shared head is itself withheld ("permissive hypotension:
        # fluid or blood only ..."): no choice after it makes the order safe
        return None
    safe = [
        p for p in parts if _gate(order.model_copy(update={"name": p}), ctx) is None
    ]
    if not safe:
        return None
    if tail:
        return order.model_copy(update={"name": f"{head}{' or '.join(safe)}{tail}"})
    return order.model_copy(
        update={"name": (f"{head}: " if head else "") + " or ".join(safe)}
    )


_CAP: Final = re.compile(r"(?i)\b(?:max(?:imum)?\.?|min(?:imum)?\.?|up to)\s*$")
_BAND: Final = re.compile(
    r"(?i)^\s*(?:(?:if|for|when|in)?\s*(?:[<>]=?|under|over|below|above)\s*\d+\s*"
    r"(?:kg|years?)\b|\(?\s*(?:ages?|aged)\s*\d+)"
)
"""A dose followed by its weight or age band ("2.5 mg if < 20 kg", "250 mcg (ages
2-11)", "150 mcg under 6 years") is a paediatric dose (BNF for Children: doses by
weight or age band; RCUK 2021: IM adrenaline by age band, no weight needed)."""
_CHILDREN_PAREN: Final = re.compile(r"(?i)\s*\(children\b[^()]*\)")
"""The children's doses of an adult order ("0.5 mg IM (children by age: ...)"): an
adult's order goes without them."""
AGE_INDEPENDENT_DOSE: Final = _rx(
    r"tdap|dtap|\btd\b|tetanus toxoid|tetanus immune globulin|\btig\b|honey\b"
)
"""Orders whose dose is the same at every age (CDC ACIP 2018/2020: one 0.5 mL vaccine
dose; tetanus immune globulin 250 units IM for children and adults; honey 10 mL for a
swallowed button battery from 1 year, NCPC 2018)."""


def _keep_cap(name: str) -> Callable[[re.Match[str]], str]:
    """Substitution that removes a fixed dose, keeping caps and band doses.

    A per-kg dose's cap or floor ("max 0.3 mg") and a dose stated for a weight or age
    band ("2.5 mg if < 20 kg") are paediatric doses, not adult ones.
    """

    def sub(m: re.Match[str]) -> str:
        keep = _CAP.search(name[: m.start()]) or _BAND.match(name[m.end() :])
        return m.group(0) if keep else ""

    return sub


_ADULT_MAP_TARGET: Final = re.compile(r"(?i)\bmap\s*(?:>=|≥|of|above|over)\s*65\s*mmhg")
"""The adult vasopressor target (SSC 2021: MAP 65 mmHg); in a child the target is an
age-appropriate MAP, between the 5th and 50th centile for age (SSC children 2020,
Weiss SL et al. Pediatr Crit Care Med 2020;21:e52)."""
CHILD_MAP_TARGET: Final = "an age-appropriate MAP (5th-50th centile for age)"


def _dose(order: Order, pop: Population) -> tuple[Order, str] | None:
    if order.kind != "medication" or AGE_INDEPENDENT_DOSE.search(order.name):
        return None
    child = pop.age_within(0, years(CHILD_DOSING_YEARS) - 1)
    if child is True and _ADULT_MAP_TARGET.search(order.name):
        aged = _ADULT_MAP_TARGET.sub(CHILD_MAP_TARGET, order.name)
        order = order.model_copy(update={"name": aged})
        if (dosed := _dose(order, pop)) is not None:
            return dosed[0], f"adult MAP target replaced; {dosed[1]}"
        return order, "adult MAP target replaced (SSC children 2020)"
    name = order.name
    uncapped = _FIXED_DOSE.sub(_keep_cap(name), name)
    if child is True and uncapped != name:
        stripped = _EMPTIED_ADULT.sub("", " ".join(uncapped.split())).strip(" ,;+-")
        if "/kg" not in stripped and not _FIXED_DOSE.search(stripped):
            stripped += " (weight-based paediatric dose)"
        return order.model_copy(update={"name": stripped}), "adult fixed dose removed"
    adult = pop.age_within(years(CHILD_DOSING_YEARS), None)
    if adult is True and _FIXED_DOSE.search(name):
        clean = _CHILDREN_PAREN.sub("", _PER_KG_PAREN.sub("", name))
        if clean != name:
            clean = " ".join(clean.split())
            return order.model_copy(update={"name": clean}), "paediatric dose removed"
    return None


def _one_of_class(
    orders: Sequence[Order], ledger: Sequence[DifferentialEntry], drug_class: str
) -> tuple[list[Order], list[Order]]:
    """Keep one medication of ``drug_class``, the must-not-miss cause's first.

    Propranolol for a thyroid storm is kept over a generic AF rate-control order;
    heparin for mesenteric ischaemia over the AF's oral anticoagulation plan.
    """
    same = [
        o
        for o in orders
        if o.kind == "medication" and drug_class in drug_classes(o.name)
    ]
    if len(same) < 2:
        return list(orders), []

    def cause_first(o: Order) -> int:
        entry = L.find(ledger, o.for_diagnosis) if o.for_diagnosis else None
        return 0 if entry is not None and entry.must_not_miss else 1

    keep = min(same, key=lambda o: (cause_first(o), same.index(o)))
    dropped = [o for o in same if o is not keep]
    return [o for o in orders if not any(o is d for d in dropped)], dropped


ONE_OF_CLASS: Final = (
    (
        "av_nodal_blocker",
        "one AV-nodal blocker at a time: another is already ordered for the cause "
        "(AHA/ACC/HRS 2023 AF: IV beta-blocker with IV diltiazem or verapamil risks "
        "bradycardia, AV block and hypotension)",
    ),
    (
        "anticoagulant",
        "one anticoagulant at a time: another is already ordered for the cause "
        "(ISMP 2020 duplicate therapy; CHEST 2012 antithrombotic therapy: a "
        "parenteral and an oral anticoagulant overlap only in a planned switch)",
    ),
)
"""Drug classes of which a trace orders one medication, and why."""


_CT: Final = _rx(r"ct\b|cta\b|ct[- ]?angio\w*|computed tomograph\w*")
_STAGED: Final = _rx(
    r"(?:if|once|when|until) (?:\w+ )?stable|stabili[sz]\w*|(?:if|when) unstable|"
    r"bedside"
)
UNSTABLE_CT_REASON: Final = (
    "shock: the unstable patient is resuscitated and assessed at the bedside (eFAST, "
    "echocardiography) before going to CT (ATLS 10th ed.; ESC 2019 PE: bedside "
    "echocardiography when CT is unsafe)"
)


def _after_stabilisation(order: Order, ctx: _Context) -> Order | None:
    """A CT ordered for a patient in shock waits until the patient is stable.

    Shock is hypotension, or an injured patient whose haemorrhage goes to theatre
    (a shock index >= 1 with free fluid on FAST: ATLS 10th ed. ch. 5).
    """
    if order.kind != "diagnostic" or ctx.sbp is None:
        return None
    if ctx.sbp >= pathways.hypotension_sbp(ctx.pop) and not ctx.to_theatre_for_bleeding:
        return None
    if not _CT.search(order.name) or _STAGED.search(order.name):
        return None
    staged = f"once haemodynamically stable: {order.name}"
    return order.model_copy(update={"name": staged})


_FOCAL_DEFICIT: Final = _rx(
    r"(?:arm|leg|face|facial|sided|limb|one-sided|unilateral) "
    r"(?:and (?:arm |leg |face )?)?weakness|hemipar\w*|hemipleg\w*|facial droop|"
    # trauma52: the weakness named before its limb ("weakness of her left arm and leg")
    r"weakness of (?:his |her |the )?(?:left |right )?(?:arm|leg|face|side)|"
    r"slurred speech|dysarthri\w*|aphasi\w*|focal (?:neuro\w* )?deficits?|"
    r"visual field (?:loss|defect)|hemianop\w*"
)
_DEFICIT_RESOLVED: Final = _rx(
    r"(?:fully |completely )?resolved|back to (?:normal|baseline)|fully recovered|"
    r"recovered fully|lasted (?:about |around )?\d+ ?min\w*|transient"
)
_BRAIN_IMAGED: Final = _rx(
    r"(?:ct|mri|imaging)\W{1,4}(?:\w+\W+){0,4}?(?:no|without) (?:\w+ )?"
    r"(?:ha?emorrhage|bleed\w*|blood)|(?:ct|mri) (?:head|brain)\W{1,3}"
    r"(?:negative|normal|unremarkable)|(?:negative|normal|unremarkable) "
    r"(?:ct|mri) (?:head|brain)|no acute intracranial|infarct on (?:ct|mri)"
)
BRAIN_IMAGING_FIRST: Final = (
    "an ongoing focal deficit: brain imaging excludes haemorrhage before any "
    "antithrombotic (AHA/ASA 2019 acute ischaemic stroke, Powers WJ et al. Stroke "
    "2019;50:e344, 4.8; a transient deficit that has resolved may get aspirin at once, "
    "NICE NG128)"
)


_CLAUSE_BREAK: Final = re.compile(r"[.;,:!?\n]|\b(?:but|then|while|whereas)\b", re.I)


def _deficit_hours(texts: Sequence[str]) -> float | None:
    """The focal deficit's own age, from the durations stated in its clauses.

    readers42 (cardio42): "fevers for 10 days, sudden left arm weakness an hour ago"
    is a one-hour deficit; another symptom's duration is not its onset (AHA/ASA 2019
    acute ischaemic stroke: the window runs from the deficit's own last known well).
    None when no deficit clause states a duration.
    """
    found: list[float] = []
    for text in texts:
        for clause in _CLAUSE_BREAK.split(text):
            if _FOCAL_DEFICIT.search(clause):
                found += _text.stated_hours((clause,))
    return max(found) if found else None


def _stroke_hours(ctx: _Context) -> float | None:
    """Hours since the deficit began: last known well, its own clause, or any."""
    if _text.last_known_well_stated(ctx.texts) or ctx.deficit_hours is None:
        return ctx.hours
    return ctx.deficit_hours


def _after_brain_imaging(order: Order, ctx: _Context) -> Order | None:
    """An antithrombotic or lytic for an ongoing focal deficit waits for imaging."""
    if order.kind != "medication" or order.name.lower().startswith("once "):
        return None
    if not drug_classes(order.name) & {"antiplatelet", "anticoagulant", "thrombolytic"}:
        return None
    if not _text.asserted(_FOCAL_DEFICIT, ctx.texts):
        return None
    if _text.asserted(_DEFICIT_RESOLVED, ctx.texts) or _text.asserted(
        _BRAIN_IMAGED, ctx.texts
    ):
        return None
    staged = f"once brain imaging has excluded haemorrhage: {order.name}"
    return order.model_copy(update={"name": staged})


_REPERFUSION_CONSULT: Final = _rx(r"reperfusion|thrombectomy")
BEYOND_REPERFUSION: Final = (
    "beyond 24 h from last known well no lysis or thrombectomy is offered (AHA/ASA "
    "2019 3.5, 3.7.2; DAWN, DEFUSE 3): stroke unit care and secondary prevention"
)


_TODAY: Final = _rx(
    r"today|this (?:morning|afternoon|evening)|tonight|earlier today|an? (?:hour|few"
    r" hours|couple of hours) ago|\d+ (?:min\w*|hours?|hrs?) ago"
)
_DAYS_AGO: Final = _rx(
    r"(?:\d+|a|one|two|three|four|five|six|seven|several|a few) (?:days?|weeks?"
    r"|months?) ago|yesterday|last (?:night|week|month)|(?:days?|weeks?) before"
)
_SENTENCE: Final = re.compile(r"[^.;\n]+")


def _deficit_dated_today(texts: Sequence[str]) -> bool:
    """A focal deficit whose nearest date before it in its sentence is today's.

    trauma48: "neck pain after a manipulation 2 days ago, today vertigo, slurred
    speech and double vision" is a deficit of today: the window runs from the
    deficit's own onset, not from the neck pain's (AHA/ASA 2019 3.5; Biller J et
    al. AHA/ASA 2014 cervical dissection: the stroke follows the dissection's pain).
    """
    for text in texts:
        for sent in _SENTENCE.finditer(text):
            words = sent.group(0)
            for m in _FOCAL_DEFICIT.finditer(words):
                before = words[: m.start()]
                today = [t.end() for t in _TODAY.finditer(before)]
                dated = [d.end() for d in _DAYS_AGO.finditer(before)]
                if today and (not dated or today[-1] > dated[-1]):
                    return True
    return False


def _beyond_reperfusion(order: Order, ctx: _Context) -> Order | None:
    """A stroke team's reperfusion decision, asked beyond every reperfusion window."""
    if order.kind != "consult" or not _REPERFUSION_CONSULT.search(order.name):
        return None
    hours = _stroke_hours(ctx)
    if hours is None or hours <= THROMBECTOMY_HOURS:
        return None
    if not _text.last_known_well_stated(ctx.texts) and _deficit_dated_today(ctx.texts):
        return None
    name = (
        "stroke team / neurology: stroke unit admission, swallow screen and "
        f"secondary prevention (deficit ~{hours:g} h old: past the acute windows)"
    )
    return order.model_copy(update={"name": name, "reason": BEYOND_REPERFUSION})


def _after_stemi_criteria(order: Order, ctx: _Context) -> Order | None:
    """The catheter laboratory beside a leading STEMI mimic waits for STEMI criteria."""
    return leading_gates.qualify(order, ctx.leading)


def _naloxone_for_breathing(order: Order, ctx: _Context) -> Order | None:
    """Naloxone waits for depressed breathing; its observation for a dose given."""
    return naloxone.stage(order, ctx.texts, ctx.rr)


_NSTE_ACS_TARGET: Final = re.compile(r"(?i)non-st elevation|unstable angina")
OAC_ACS_HEPARIN_MAX_INR: Final = 2.5
"""On warfarin, additional parenteral anticoagulation for NSTE-ACS only at an INR
below 2.5 (Collet JP et al. ESC 2020 NSTE-ACS, 5.2.9; Byrne RA et al. ESC 2023 ACS)."""
_OAC_STAGED: Final = "at angiography, or once the oral anticoagulant has worn off"
ORAL_ANTICOAGULANT_FIRST: Final = (
    "NSTE-ACS on an oral anticoagulant: no upfront parenteral anticoagulant on top of "
    "a DOAC, or of warfarin at an INR of 2.5 or more; angiography without "
    "interrupting it, and low-dose parenteral anticoagulation in the catheter "
    "laboratory whatever the time of the last DOAC dose (Collet JP et al. ESC 2020 "
    "NSTE-ACS, 5.2.9; Byrne RA et al. ESC 2023 ACS; Capodanno D et al. "
    "ESC/EHRA consensus 2019)"
)


def _after_oral_anticoagulant(order: Order, ctx: _Context) -> Order | None:
    """The NSTE-ACS heparin waits while a documented oral anticoagulant acts."""
    if order.kind != "medication" or _OAC_STAGED in order.name:
        return None
    classes = drug_classes(order.name)
    if "anticoagulant" not in classes or "thrombolytic" in classes:
        return None
    target = order.for_diagnosis or ctx.working
    if target is None or not _NSTE_ACS_TARGET.search(target):
        return None
    on = {a.id for a in reversal.documented(ctx.texts)}
    if not on & {"factor_xa", "dabigatran"}:
        if "vka" not in on:
            return None
        inrs = [r.value for t in ctx.texts for r in results_of(t, "inr")]
        if inrs and max(inrs) < OAC_ACS_HEPARIN_MAX_INR:
            return None
    staged = (
        f"{_OAC_STAGED} (DOAC: 24 h after the last dose; warfarin: INR below "
        f"{OAC_ACS_HEPARIN_MAX_INR:g}): {order.name}"
    )
    return order.model_copy(update={"name": staged})


_LYSIS_CONSULT: Final = _rx(r"iv lysis|thromboly\w*|alteplase|tenecteplase")
_AORTIC_DISSECTION_DX: Final = _rx(r"aortic dissection|acute aortic syndrome")
NO_LYSIS_IN_DISSECTION: Final = (
    "an aortic dissection is open: thrombolysis is contraindicated until the aorta is "
    "imaged (Powers WJ et al. AHA/ASA 2019 3.5.1; Mazzolai L et al. ESC 2024 "
    "peripheral arterial and aortic diseases)"
)


def _lysis_after_aorta(order: Order, ctx: _Context) -> Order | None:
    """The stroke team asked for no IV lysis beside an open aortic dissection.

    cardio52: a dissection presenting as stroke kept "IV lysis to 4.5 h" in the
    stroke consult's words; the lytic itself is blocked by the haemorrhage gate.
    """
    if order.kind != "consult" or not _LYSIS_CONSULT.search(order.name):
        return None
    if not any(_AORTIC_DISSECTION_DX.search(e.diagnosis) for e in ctx.open_dx):
        return None
    name = (
        "stroke team / neurology: no IV lysis while an aortic dissection is open (CT "
        "angiography of the aorta with the head and neck first); thrombectomy decided "
        "after the aorta is imaged"
    )
    return order.model_copy(update={"name": name, "reason": NO_LYSIS_IN_DISSECTION})


STEMI_CRITERIA_FIRST: Final = (
    "a STEMI mimic leads (ESC 2015 pericardial diseases; Wang K et al. NEJM 2003): the "
    "catheter laboratory only on STEMI criteria (ACC/AHA 2013 STEMI)"
)
_STAGERS: Final[
    tuple[tuple[Callable[[Order, _Context], Order | None], str, str], ...]
] = (
    (_after_stabilisation, "stabilise_before_ct", UNSTABLE_CT_REASON),
    (_after_brain_imaging, "brain_imaging_first", BRAIN_IMAGING_FIRST),
    (_after_stemi_criteria, "stemi_criteria_first", STEMI_CRITERIA_FIRST),
    (_after_oral_anticoagulant, "oral_anticoagulant_first", ORAL_ANTICOAGULANT_FIRST),
    (_beyond_reperfusion, "beyond_reperfusion_window", BEYOND_REPERFUSION),
    (_lysis_after_aorta, "lysis_after_aortic_imaging", NO_LYSIS_IN_DISSECTION),
    (_naloxone_for_breathing, "naloxone_for_breathing", naloxone.BREATHING_FIRST),
)
"""Orders kept but deferred until a condition is met, with the floor that says so."""


NO_NEW_PREGNANCY_DAYS: Final = 21.0
"""readers56: days after a birth within which no new pregnancy can have begun (FSRH
CEU guidance, Contraception after pregnancy 2017: no contraception is needed before
day 21); the birth's own hCG stays positive for weeks (Korhonen J et al. Clin Chem
1997;43:2155), so a pregnancy test then measures the birth, not a new pregnancy."""


def _needs_pregnancy_test(
    pop: Population, orders: Sequence[Order], texts: Sequence[str]
) -> bool:
    if pop.sex != "F" or pop.pregnancy != "unknown" or not pop.pregnancy_possible:
        return False
    if pop.age_within(years(12), years(51) - 1) is False:
        return False
    if not any(_irradiates(o) for o in orders):
        return False
    days = birth_days_ago(texts)
    return days is None or days >= NO_NEW_PREGNANCY_DAYS


_ASIDE: Final = re.compile(r"\([^()]*\)")
_NOT_DONE: Final = re.compile(
    r"(?i)\b(?:no|not|avoid\w*|without|instead of|rather than|unless|if|when|once|"
    r"before)\b[^;,]*"
)
"""A remark in brackets, or a span that negates or defers a test ("no routine CT",
"lumbar puncture (CT first if focal deficit)", "ultrasound; CT if nondiagnostic"):
not the imaging the order performs now."""


def modality(order: Order) -> str:
    """The part of a diagnostic order's name that says what is done now.

    Asides in brackets and negated or conditional spans are left out, so the
    pregnancy prerequisite keys on the test the order performs, not on every word of
    its name.
    """
    return _NOT_DONE.sub(" ", _ASIDE.sub(" ", order.name))


def _irradiates(order: Order) -> bool:
    if order.kind != "diagnostic":
        return False
    return (
        RADIATION_IMAGING.search(modality(order)) is not None
        and NEGLIGIBLE_DOSE.search(order.name) is None
    )


INPATIENT_ORDERS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (
        _rx(r"magnesium sulfate[^;]*\d g/h"),
        "magnesium sulfate infusion (ACOG PB 222: labour and delivery unit)",
    ),
    (
        _rx(r"insulin (?:infusion|drip)"),
        "insulin infusion (ADA 2024: inpatient, hourly glucose)",
    ),
    (_rx(r"emergency dialysis"), "emergency dialysis (UK Kidney Association 2020)"),
    (
        _rx(r"then IV ceftriaxone within the hour, not delayed for investigations"),
        "IV antibiotics for a fever without a spleen, in hospital until the cultures "
        "answer (Davies JM et al. BCSH/BSH 2011; Rubin LG, Schaffner W. NEJM "
        "2014;371:349), readers54",
    ),
    (
        _rx(r"continuous bladder irrigation"),
        "continuous bladder irrigation for clot retention (EAU 2024; Avellino GJ et "
        "al. Urol Clin North Am 2019;46:205)",
    ),
    (
        _rx(
            r"nil by mouth[;,] (?:nasogastric|iv (?:isotonic )?crystalloid)|"
            r"nasogastric (?:tube )?(?:decompression|on free drainage)"
        ),
        "nil by mouth with IV fluids or nasogastric decompression (Ten Broek RPG et "
        "al. Bologna 2017, World J Emerg Surg 2018;13:24: inpatient non-operative "
        "care)",
    ),
    (
        _rx(r"emergency-release blood|massive transfusion"),
        "blood for haemorrhagic shock (ATLS 10th ed.)",
    ),
    (
        # an emergency consultation to remove a foreign body in the department ends
        # in a discharge when the removal leaves no injury (ENT UK / NPIS nasal
        # button battery: emergency removal; admission only for a mucosal burn)
        _rx(
            r"(?:[\w/]+ emergent(?:ly)?\b|emergently)(?!:? removal of the (?:button "
            r"battery|foreign body))"
        ),
        "an emergency specialist consultation",
    ),
    (
        _rx(r"acetylcysteine iv"),
        "IV acetylcysteine (ANZ 2020: a 20-21 h infusion with repeat bloods)",
    ),
    (_rx(r"haemodialysis|hemodialysis"), "extracorporeal removal (EXTRIP 2015)"),
    (_rx(r"ivig\b"), "IVIG and echocardiography (AHA 2017 Kawasaki disease)"),
    (_rx(r"pericardiocentesis"), "pericardial drainage (ESC 2015)"),
    (
        _rx(r"calcium gluconate[^;]{0,120}then an infusion"),
        "IV calcium infusion with ECG monitoring for symptomatic hypocalcaemia "
        "(Turner J et al. Society for Endocrinology 2016)",
    ),
    (
        _rx(r"plasma exchange|plasmapheresis"),
        "plasma exchange (Gertz MA. Blood 2018 hyperviscosity; ASFA 2023: an "
        "apheresis unit, inpatient)",
    ),
    (_rx(r"alteplase|tenecteplase|thrombolysis"), "thrombolysis (monitored bed)"),
    (_rx(r"fasciotomy"), "fasciotomy (BOAST 10)"),
    (
        _rx(r"(?:adrenaline|epinephrine)[^;]{0,20}infusion"),
        "a vasopressor infusion (RCUK 2021)",
    ),
    (_rx(r"cyproheptadine|dantrolene"), "a toxidrome under treatment (Boyer 2005)"),
    (
        _rx(r"(?:liposomal )?amphotericin b[^;]{0,40} iv"),
        "IV amphotericin B induction for cryptococcal meningitis, with daily pressure"
        " control and monitoring of potassium, magnesium and creatinine (Perfect JR et"
        " al. IDSA 2010; WHO 2022)",
    ),
    (
        _rx(r"rifampicin[^;]{0,120}with (?:dexamethasone|prednisolone)"),
        "tuberculous meningitis: four drugs with a corticosteroid, started and watched"
        " in hospital (Thwaites G et al. BIS, J Infect 2009;59:167; WHO 2022)",
    ),
    (
        _rx(r"potassium chloride iv infusion"),
        "IV potassium under cardiac monitoring (Kardalas 2018: severe hypokalaemia)",
    ),
    (
        _rx(r"mri of the hip before any discharge"),
        "an occult hip fracture not yet excluded (NICE CG124 1.2.1)",
    ),
    (
        _rx(r"enema reduction"),
        "image-guided enema reduction under the paediatric surgeons, with "
        "observation for recurrence and perforation (APSA 2021, Kelley-Quon LI et al.)",
    ),
    (
        _rx(r"iv rehydration in hospital"),
        "IV rehydration after a bolus for shock (NICE CG84 1.3.3)",
    ),
    (
        _rx(r"\biv\b[^;]*\bwith admission\b"),
        "IV antibiotics with admission: orbital cellulitis, or an infant's or an "
        "unexaminable eye's periorbital cellulitis (RCOphth; NICE CKS periorbital "
        "cellulitis 2022), peds36",
    ),
    (
        _rx(r"deferoxamine|desferrioxamine"),
        "deferoxamine infusion for severe iron poisoning (AAPCC 2005)",
    ),
    (
        _rx(r"a regional block \(serratus anterior or erector spinae\)"),
        "a regional block and pulmonary care for three or more rib fractures at 65 "
        "or older or with a STUMBL risk factor (EAST 2016, Galvagno SM et al.; Bulger "
        "EM et al. J Trauma 2000; Battle C et al. Crit Care 2014)",
    ),
)
"""Kept orders that cannot continue at home: the patient they were ordered for is not
discharged from the ED (disposition follows what the patient needs)."""


@dataclass(frozen=True)
class ObservationOrder:
    """An order that takes hours in the ED, and the wording that shows them done."""

    pattern: re.Pattern[str]
    why: str
    done: re.Pattern[str] | None = None
    """The visible text documenting the observation already completed, if any."""


OBSERVATION_ORDERS: Final[tuple[ObservationOrder, ...]] = (
    ObservationOrder(
        _rx(r"fetal monitoring[^;]*\bat least \d"),
        "at least 4 h of fetal monitoring after trauma from 20 weeks (ATLS 10th ed.;"
        " ACOG trauma in pregnancy)",
    ),
    ObservationOrder(
        _rx(
            r"(?:nebuli[sz]ed|racemic|inhaled|l-)\s*(?:epinephrine|adrenaline)|"
            r"racepinephrine|(?:epinephrine|adrenaline) (?:1:1000 )?nebuli[sz]\w*"
        ),
        "nebulised epinephrine wears off within 2 h: 2-4 h of observation for rebound"
        " stridor after the dose, not discharge straight after it (Canadian Paediatric"
        " Society croup 2017; RCH Melbourne croup guideline)",
        OBSERVED_HOURS,
    ),
    ObservationOrder(
        _rx(r"contraction monitoring \(cardiotocography\) before discharge"),
        "pain from 20 weeks: fetal heart rate and contraction monitoring and an "
        "obstetric review before she goes home (ACOG CO 667, 2016; ACOG PB 171)",
        _rx(
            r"(?:ctg|cardiotocograph\w*|non-?stress test|nst|fetal monitoring)\W+"
            r"(?:\w+\W+){0,4}?(?:reactive|reassuring|normal)"
        ),
    ),
    ObservationOrder(
        _rx(r"chest and pelvic radiographs and efast in the resuscitation bay"),
        "trauma imaging and re-examination after a high-risk mechanism before any "
        "discharge (ATLS 10th ed.; Newgard CD et al. CDC field triage 2021)",
    ),
    ObservationOrder(
        _rx(
            r"oxygen adjusted now to spo2 88-92 % \(venturi 24-28 %\) pending the "
            r"blood gas"
        ),
        "oxygen in COPD: adjusted to the 88-92 % target with a blood "
        "gas 30-60 min after the change before any discharge (O'Driscoll BR et al. "
        "BTS 2017 emergency oxygen 8.12-8.13, 10.5)",
    ),
    ObservationOrder(
        _rx(r"neurological observations \(gcs every 30 min\)"),
        "a head injury with a GCS below 15 is observed half-hourly until the GCS is "
        "15, and imaged if it is not 15 by 2 h (NICE NG232 2023 1.4.7, 1.8)",
    ),
)
"""Kept orders that take hours in hospital but no admission: the patient is not
discharged from the ED before they are done (observation)."""


def observation_need(orders: Sequence[Order], text: str = "") -> str | None:
    """Return why ``orders`` need an observation stay (None when none does).

    An observation the visible ``text`` documents as already done ("observed for 4
    hours afterwards with no stridor") needs no second one.
    """
    for order in orders:
        for need in OBSERVATION_ORDERS:
            if need.pattern.search(order.name) and not (
                need.done is not None and need.done.search(text)
            ):
                return f"{need.why}: '{order.name[:60]}'"
    return None


def inpatient_need(orders: Sequence[Order]) -> str | None:
    """Return why ``orders`` rule out discharge (None when none of them does)."""
    for order in orders:
        for pattern, why in INPATIENT_ORDERS:
            if pattern.search(order.name):
                return f"{why}: '{order.name[:60]}'"
    return None


PREGNANCY_TEST: Final = Order(
    kind="diagnostic",
    name="urine or serum hCG (pregnancy test)",
    reason="prerequisite before radiation/contrast imaging in a woman of 12-50 "
    "(ACOG Committee Opinion 723, 2017)",
)

PREGNANCY_TEST_ORDER: Final = re.compile(r"(?i)hcg|pregnancy test")


_EMERGENCY_BLOOD: Final = _rx(r"emergency-release blood")
"""The resuscitation layer's order for haemorrhagic shock (``agents.pathways``)."""


_HB_FALL: Final = _rx(
    r"(?:hb|hgb|ha?emoglobin)\s*(?:of\s*|was\s*|is\s*)?(\d+(?:\.\d+)?)\s*"
    r"(?:g/dl|g/l)?[^.;]{0,40}?\b(?:baseline|usual|down from|previously|"
    r"last (?:month|year|week))\s*(?:of\s*|was\s*|is\s*)?(\d+(?:\.\d+)?)"
)
_TRANSFUSED: Final = _rx(
    r"transfused|received \d+ units?|(?:\d+|two|three|four) units? of (?:packed )?"
    r"(?:red cells|rbc|prbc|blood)"
)


def _g_dl(value: float) -> float:
    return value / 10 if value > 25 else value  # a value in g/L


def _major_bleed(view: StageView, pop: Population) -> bool:
    """Whether the visit documents a major bleed.

    ACC 2020 ECDP on bleeding on oral anticoagulants, figure 2; ISTH: haemodynamic
    instability or a critical site (``pathways.bleeding_on_anticoagulant``), a
    haemoglobin fall >= 2 g/dL from a stated baseline, a haemoglobin below 8 g/dL
    (the transfusion threshold with cardiovascular disease, ACG 2021), or blood
    already transfused.
    """
    if pathways.bleeding_on_anticoagulant(view, pop):
        return True
    texts = _text.visible_texts(view)
    hb = _lowest("hemoglobin", texts)
    if hb is not None and hb < 8.0:
        return True
    for t in texts:
        for m in _HB_FALL.finditer(t):
            if _g_dl(float(m[2])) - _g_dl(float(m[1])) >= 2.0:
                return True
    if _typed_hb_fall(texts):
        return True
    return _text.asserted(_TRANSFUSED, texts)


def _typed_hb_fall(texts: Sequence[str]) -> bool:
    """A haemoglobin >= 2 g/dL below an earlier value as the typed reader reads it.

    "Hb 88 g/L (133 last month)", "Hb 79 (121 three weeks ago)": the earlier value
    written after today's (``rules.hb_fall``; vasc40: ISTH major bleeding, Schulman S
    et al. J Thromb Haemost 2005;3:692).
    """
    return any(
        f.concept == "hemoglobin_fall"
        for t in texts
        for f in _text.per_text(result_findings, t)
    )


def check(
    result: TreatmentResult,
    view: StageView,
    ledger: Sequence[DifferentialEntry],
    hits: Sequence[NoteHit] = (),
) -> tuple[TreatmentResult, tuple[FloorEvent, ...]]:
    """Return the plan after the safety layer, plus one event per change.

    Args:
        result: The backend's treatment plan.
        view: What the treatment stage may see.
        ledger: The current rule-out ledger.
        hits: Retrieved prior-note chunks (read for documented allergies only).

    Returns:
        The checked plan (blocked orders on ``blocked``) and the events.
    """
    pop = view_population(view)
    texts = _text.visible_texts(view)
    allergy, allergens = allergy_classes([*texts, *(h.chunk.text for h in hits)])
    required = pathways.required_orders(view, pop, ledger)
    ctx = _Context(
        pop=pop,
        texts=texts,
        open_dx=open_diagnoses(ledger),
        ledger=tuple(ledger),
        working=result.working_diagnosis,
        allergy=allergy,
        allergens=allergens,
        sbp=view.vitals.systolic_bp,
        dbp=view.vitals.diastolic_bp,
        pde5=_text.asserted(_PDE5, texts),
        hours=_text.symptom_hours(texts),
        deficit_hours=_deficit_hours(texts),
        hr=view.vitals.heart_rate,
        rr=view.vitals.respiratory_rate,
        rv_infarction=_text.asserted(cardiac.RV_INFARCTION, texts),
        rv_dysfunction=_text.asserted(acute.RV_DYSFUNCTION, texts),
        potassium=_lowest("potassium", texts),
        platelets=_lowest("platelets", texts),
        creatinine=_highest("creatinine", texts),
        pe_suspected=pe_suspected(view, texts),
        acute=_Acute.read(view, pop),
        haemorrhagic_shock=any(
            _EMERGENCY_BLOOD.search(o.name) for o, _pattern in required
        ),
        to_theatre_for_bleeding=any(
            trauma.TO_THEATRE_FOR_BLEEDING.search(o.name) for o, _ in required
        ),
        nil_by_mouth=any(surgical.NIL_BY_MOUTH.search(o.name) for o, _ in required),
        leading=leading_gates.read(
            texts,
            ledger,
            result.working_diagnosis,
            view.vitals.systolic_bp,
            pathways.hypotension_sbp(pop),
            febrile_limp=msk.febrile_limp(view, pop)
            and not msk.neurological_signs(view),
            pecarn_low_risk=trauma.pecarn_low_risk(view, pop),
            adult_head_low_risk=trauma.adult_head_low_risk(view, pop),
        ),
        known=resulted.read(texts),
        picture=picture_gates.read(texts, pop, [o for o, _ in required], ledger),
    )
    events: list[FloorEvent] = []
    first: list[Order] = []
    given = [have for have in result.orders if _given(have, ctx)]
    # a clause that stops or forbids a drug gives none: it meets no requirement to
    # give a drug, and a drug of the class it forbids is not added (readers48)
    split = [_prohibition_split(have.name) for have in given]
    # medgi50: a test that names a drug gives none ("cortisol sample if it does not
    # delay hydrocortisone", a drug level, G6PD before rasburicase): it meets no
    # requirement to give the drug (Endocrine Society 2016: hydrocortisone now)
    acting = [
        a
        for (a, _), have in zip(split, given, strict=True)
        if have.kind != "diagnostic"
    ]
    barred = [b for _, b in split if b]
    for o, satisfied_by in required:
        if _forbidden_by_plan(o, barred):
            continue
        gives = o.kind == "medication" and not _PROHIBITION.match(o.name)
        plan = acting if gives else [have.name for have in given]
        # One order per intervention: a requirement met by the plan, or now (its
        # unconditional clauses) by an earlier pathway's order, is not written
        # again: two pathways holding one anticoagulant give one hold (ISMP 2020).
        # A plan order the gates withhold meets nothing: the pain of an older
        # adult whose ketorolac Beers withholds is still treated (ACEP 2017).
        if not any(satisfied_by.search(have) for have in plan) and not (
            any(
                satisfied_by.search(pathways.unconditional(f.name))
                for f in first
                if not (gives and f.kind == "diagnostic")
            )
        ):
            first.append(o)
    events += [
        FloorEvent(floor="required_order", before="", after=o.name, reason=o.reason)
        for o in first
    ]
    cultures = [
        o
        for o in _prior_cultures(
            (*first, *result.orders), [*texts, *(h.chunk.text for h in hits)]
        )
        if not any(
            w in have.name.lower()
            for have in result.orders
            for w in (
                "vancomycin",
                "meropenem",
                "ertapenem",
                "cefepime",
                "piperacillin",
            )
        )
    ]
    events += [
        FloorEvent(floor="prior_culture", before="", after=o.name, reason=o.reason)
        for o in cultures
    ]
    kept: list[Order] = []
    blocked = list(result.blocked)
    superseded = _esbl_superseded((*first, *result.orders), cultures)
    for order in superseded:
        blocked.append(
            BlockedOrder(order=order, gate="contraindication", reason=ESBL_WHY)
        )
        events.append(
            FloorEvent(
                floor="order_contraindication",
                before=order.name,
                after=ESBL_CARBAPENEM.name,
                reason=ESBL_WHY,
            )
        )
    for order in (*first, *result.orders, *cultures):
        if order in superseded:
            continue
        if order.kind == "medication" and reversal.is_reversal(order.name):
            chosen = reversal.resolve(
                order,
                texts,
                major=_major_bleed(view, pop),
                unstable=bool(pathways.bleeding_on_anticoagulant(view, pop)),
            )
            if chosen.name != order.name:
                events.append(
                    FloorEvent(
                        floor="reversal_by_drug",
                        before=order.name,
                        after=chosen.name,
                        reason="reversal chosen by the documented anticoagulant (ACC "
                        "2020 ECDP; ASH 2018)",
                    )
                )
                order = chosen
        if gate := _gate(order, ctx):
            safe = _safe_alternatives(order, ctx)
            blocked.append(BlockedOrder(order=order, gate=gate[0], reason=gate[1]))
            events.append(
                FloorEvent(
                    floor=f"order_{gate[0]}",
                    before=order.name,
                    after=safe.name if safe else "blocked",
                    reason=gate[1],
                )
            )
            for enabler in (
                _enabler(order, gate, ctx),
                _anti_inflammatory_instead(order, ctx),
            ):
                if enabler is not None and enabler not in kept:
                    kept.append(enabler)
                    events.append(
                        FloorEvent(
                            floor="required_order",
                            before="",
                            after=enabler.name,
                            reason=enabler.reason,
                        )
                    )
            if safe is None:
                continue
            order = safe
        for stage_order, floor, why in _STAGERS:
            if (staged := stage_order(order, ctx)) is not None:
                events.append(
                    FloorEvent(
                        floor=floor, before=order.name, after=staged.name, reason=why
                    )
                )
                order = staged
        if (adjusted := picture_gates.adjust(order, ctx.picture)) is not None:
            events.append(
                FloorEvent(
                    floor="fits_the_picture",
                    before=order.name,
                    after=adjusted[0].name,
                    reason=adjusted[1],
                )
            )
            order = adjusted[0]
        if dosed := _dose(order, pop):
            events.append(
                FloorEvent(
                    floor="weight_based_dose",
                    before=order.name,
                    after=dosed[0].name,
                    reason=dosed[1],
                )
            )
            order = dosed[0]
        kept.append(order)
    kept = naloxone.waiting_last(kept)
    if ASPIRIN_ALLERGY_P2Y12 in kept and any(
        _P2Y12.search(o.name) for o in kept if o != ASPIRIN_ALLERGY_P2Y12
    ):
        kept.remove(ASPIRIN_ALLERGY_P2Y12)  # the protocol's own P2Y12 load stands
    if (moved := picture_gates.decompression_first(kept, ctx.picture)) != kept:
        events.append(
            FloorEvent(
                floor="decompression_first",
                before=kept[0].name,
                after=moved[0].name,
                reason="tension pneumothorax with shock or hypoxia: decompress before "
                "anything else is done for the chest (ATLS 10th ed. ch. 4)",
            )
        )
        kept = moved
    for drug_class, why in ONE_OF_CLASS:
        kept, doubled = _one_of_class(kept, ledger, drug_class)
        for order in doubled:
            blocked.append(
                BlockedOrder(order=order, gate="contraindication", reason=why)
            )
            events.append(
                FloorEvent(
                    floor="order_contraindication",
                    before=order.name,
                    after="blocked",
                    reason=why,
                )
            )
    kept, moot = stability.moot_when_unstable(kept)
    events += [
        FloorEvent(
            floor="stable_branch_moot",
            before=order.name,
            after="",
            reason="a cardioversion is ordered now: the patient is unstable, the "
            "stable branch of the tachycardia algorithm does not apply (AHA 2020 "
            "ACLS; ERC 2021 ALS)",
        )
        for order in moot
    ]
    kept, same = order_concepts.deduplicate(kept)
    events += [
        FloorEvent(
            floor="same_order_concept",
            before=dup.name,
            after=instead.name,
            reason="one order per concept (drug and route, or procedure): "
            + ", ".join(sorted(order_concepts.concepts(dup)))
            + " is already ordered (ISMP 2020 duplicate therapy)",
        )
        for dup, instead in same
    ]
    kept, rerouted = nil_by_mouth.iv_when_nil_by_mouth(kept)
    events += [
        FloorEvent(
            floor="nil_by_mouth_route",
            before=before.name,
            after=after.name,
            reason="nil by mouth is ordered: the IV route of a 'PO or IV' drug (RCEM"
            " 2021 pain in children; APSA 2021)",
        )
        for before, after in rerouted
    ]
    if (at := weigh_first.weigh_first(kept, pop, texts)) is not None:
        kept.insert(at, weigh_first.WEIGH)
        events.append(
            FloorEvent(
                floor="required_order",
                before="",
                after=weigh_first.WEIGH.name,
                reason=weigh_first.WEIGH.reason,
            )
        )
    if _needs_pregnancy_test(pop, kept, texts):
        at = next(i for i, o in enumerate(kept) if _irradiates(o))
        test_at = next(
            (i for i, o in enumerate(kept) if PREGNANCY_TEST_ORDER.search(o.name)),
            None,
        )
        if test_at is None or test_at > at:  # the test goes before the imaging
            kept.insert(at, PREGNANCY_TEST if test_at is None else kept.pop(test_at))
            events.append(
                FloorEvent(
                    floor="pregnancy_test_first",
                    before=kept[at + 1].name,
                    after=f"{kept[at].name}, then {kept[at + 1].name}",
                    reason=PREGNANCY_TEST.reason,
                )
            )
    if not events:
        return result, ()
    checked = result.model_copy(
        update={"orders": tuple(kept), "blocked": tuple(blocked)}
    )
    return checked, tuple(events)
