"""Orders that contradict the documented picture, and orders the picture re-times.

Research software, not for clinical use. Protocol orders are copied from every open
diagnosis; read against what the note already shows, some contradict it:

- biliary drainage (ERCP) and the cholangitis antibiotics without cholestasis: the
  Tokyo Guidelines 2018 (Kiriyama S et al. J Hepatobiliary Pancreat Sci 2018;25:17)
  suspect acute cholangitis only with systemic inflammation AND cholestasis
  (jaundice, bilirubin >= 2 mg/dL, ALP, GGT, AST or ALT > 1.5 x the upper limit) or
  biliary imaging (dilatation, a duct stone, a stricture or a stent); drainage is for
  cholangitis (Miura F et al. TG18 flowchart), while acute cholecystitis gets
  antibiotics and a surgeon for cholecystectomy (Okamoto K et al. TG18 cholecystitis);
- minor-burn wound care (clean and dress, topical agents) beside a major burn:
  >= 20 % TBSA in adults, >= 10 % in children (ATLS 10th ed. ch. 9; ABA 2022
  referral criteria: cover with a clean dry dressing, Parkland fluids, a burn
  centre); and the converse, formal burn-shock fluids (per kg per %TBSA) for a burn
  documented below those sizes, which oral or maintenance fluids serve (ATLS 10th
  ed. ch. 9; ABA 2022 burn resuscitation);
- a transvaginal ultrasound in a child or a patient never sexually active: pelvic
  ultrasound is transabdominal (full bladder) in children and adolescents (ACR-AAPM-
  SPR-SRU practice parameter for pelvic ultrasound 2019; ACOG CO 783 adnexal torsion
  in adolescents);
- complete oesophageal obstruction by a food bolus (drooling, cannot swallow saliva):
  emergency endoscopy, preferably within 6 h, not the 24 h of incomplete obstruction
  (Birk M et al. ESGE 2016 guideline, Endoscopy 2016;48:489; ASGE 2011); not after a
  swallowed button battery, removed within 2 h whatever the symptoms (Mubarak A et
  al. NASPGHAN 2021, JPGN 2021;73:129);
- tension pneumothorax with shock or hypoxia: a clinical diagnosis, decompressed
  before any chest imaging (ATLS 10th ed. ch. 4): chest radiographs wait until after
  decompression, and the decompression is the first order; shock with distended neck
  veins is its obstructive picture, so no pericardiocentesis unless the tamponade is
  itself documented (an effusion, muffled heart sounds, tamponade physiology on echo:
  Adler Y et al. ESC 2015 pericardial diseases), and the exclusion work-up of the
  other shocks it explains (pulmonary embolism, tamponade, anaphylaxis, sepsis without
  a sign of infection) and the stable spontaneous pneumothorax's conservative plan
  (BTS 2023) are withheld;
- orders of an undelivered pregnancy once the baby is born (delivery planning,
  tocolysis, antenatal corticosteroids, fetal monitoring): after birth the care is
  postpartum (third stage, haemorrhage, postpartum pre-eclampsia: ACOG PB 183 and
  222; NICE NG121 intrapartum care); an obstetric consult stays, for the puerperium;
- CT of the abdomen in a pregnant patient who is not injured: ultrasound first, then
  MRI without gadolinium, CT only if these are unavailable or not diagnostic, never
  withheld when needed (ACOG Committee Opinion 723, 2017; ACR Appropriateness
  Criteria, suspected appendicitis in pregnancy); an injured patient's CT is the trauma
  survey's (ATLS 10th ed.; ACOG CO 723);
- the same CT in a woman whose ectopic pregnancy is open, or who tells a late period,
  before any pregnancy test has resulted: it waits for a negative test, a positive
  one starting with the transvaginal ultrasound (NICE NG126 2023 1.3-1.4; ACOG CO
  723 2017; ACR Appropriateness Criteria acute pelvic pain in the reproductive age
  group 2018);
- fetal monitoring before viability (a documented gestation under 24 weeks: ACOG
  Obstetric Care Consensus 6, periviable birth, 2017; intrapartum fetal heart rate
  monitoring, ACOG PB 106, presumes a viable fetus);
- the treatment of a ruptured ectopic (shock transfusion, emergency laparoscopy)
  once the pregnancy is documented intrauterine or an abortion has taken place (an
  ectopic is a pregnancy outside the uterus, ACOG PB 193, 2018; a septic abortion is
  treated by antibiotics and uterine evacuation, Eschenbach DA. Obstet Gynecol
  2015;125:1042); not after assisted reproduction (heterotopic pregnancy, about 1 in
  100 ART pregnancies); its tests stay;
- nebulised adrenaline in mild croup (stridor heard only when the child cries or is
  upset, or none at rest, and no recession, hypoxia or drooling): every child with
  croup gets dexamethasone, nebulised adrenaline is for stridor at rest, moderate or
  severe croup (Westley CR et al. Am J Dis Child 1978;132:484; Ortiz-Alvarez O,
  Mikrogianakis A. CPS croup statement 2017; RCH Melbourne croup guideline);
- a third benzodiazepine in convulsive status epilepticus: at most two doses are
  given, prehospital doses included, before the second-line drug (APLS 6th ed.
  convulsive status algorithm; NICE NG217 2022 1.4; Glauser T et al. AES 2016:
  repeat once; more doses add respiratory depression, not seizure control). A dose
  documented before arrival ("buccal midazolam given by the paramedics") makes the
  ED's first dose the last: the repeat is withheld; two documented doses withhold
  both (the second-line drug is next);
- a D-dimer to exclude pulmonary embolism once a CT angiogram of the chest is
  already ordered (massive haemoptysis: the bleeding vessel): the D-dimer only
  decides whether a patient at non-high pre-test probability needs imaging, and
  the angiogram shows or excludes the embolism itself (Konstantinides SV et al.
  ESC 2019 acute PE. Eur Heart J 2020;41:543, diagnostic algorithm);
- incision, drainage or needle aspiration of a groin swelling that pulsates or has a
  bruit: a femoral (pseudo)aneurysm until a duplex ultrasound or CT angiogram says
  otherwise, above all in a person who injects into the groin (Tintinalli 9th ed.
  ch. 291; Georgiadis GS et al. J Vasc Surg 2005;42:904).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from agents import _text
from agents import pathways_surgical as surgical
from agents.offline.rules.csf_organisms import BACTERIAL, NOT_BACTERIAL, csf_causes
from agents.offline.rules.esi import POSSIBLY_PREGNANT
from agents.offline.rules.findings import context_status
from agents.offline.rules.groin_pulse_words import pulsatile_groin_spans
from agents.offline.rules.injury_words import STAB
from agents.offline.rules.reports import report_findings
from agents.schemas import DifferentialEntry, Order
from cases.population import Population
from cases.rx import word_start

__all__ = [
    "Picture",
    "adjust",
    "decompression_first",
    "gate",
    "intrauterine_seen",
    "read",
]

_rx = word_start
Gate = Literal[
    "contraindication", "population", "treatment_threshold", "already_resulted"
]

_CHEST_CTA: Final = _rx(
    r"ct (?:pulmonary )?angiogra\w* (?:of )?(?:the )?(?:chest|thorax|pulmonary)|"
    r"ctpa\b|ct pulmonary angiogra\w*|chest cta\b|cta (?:of )?(?:the )?chest"
)
"""A CT angiogram of the chest (it shows the pulmonary arteries)."""
_D_DIMER: Final = _rx(r"d-?dimer")
_PERICARDIOCENTESIS: Final = _rx(r"pericardiocentes\w*|pericardial (?:drain|tap)\w*")
_TAMPONADE_SIGNS: Final = _rx(
    r"pericardial (?:effusion|fluid|collection)|ha?emopericardium|tamponade "
    r"physiology|(?:muffled|distant|quiet) heart (?:sounds|tones)|electrical "
    r"alternans|pulsus paradoxus|(?:right (?:ventric\w*|atri\w*)|rv|ra)\W+"
    r"(?:\w+\W+){0,2}?(?:diastolic )?collapse"
)
"""An effusion or a sign of tamponade itself (Adler Y et al. ESC 2015 pericardial
diseases; Roy CL et al. JAMA 2007;297:1810)."""

# --- Convulsive status epilepticus: benzodiazepine doses already given ---

_BENZO: Final = r"(?:midazolam|lorazepam|diazepam|clonazepam|benzodiazepines?)"
_BENZO_GIVEN: Final = _rx(
    r"(?:buccal |intranasal |nasal |rectal |pr |im |iv |intramuscular )?"
    + _BENZO
    + r"(?: \d+(?:\.\d+)? ?mg)?(?: (?:buccal|intranasal|rectal|pr|im|iv))?"
    r"(?: was| were)? (?:given|administered|received)|"
    r"(?:given|gave|received|administered) (?:\w+ ){0,3}" + _BENZO
)
"""A benzodiazepine dose stated as given (paramedics, parents, another hospital)."""
_TWO_BENZO: Final = _rx(
    r"(?:two|2|second|repeat(?:ed)?|further) (?:doses? (?:of )?)?(?:\w+ ){0,2}"
    + _BENZO
    + r"|"
    + _BENZO
    + r"(?: \w+){0,3} (?:twice|x ?2|two doses|2 doses)"
)
"""Two benzodiazepine doses stated as given."""
_STATUS_TARGET: Final = _rx(r"status epilepticus|seizure|convuls\w*|epilep\w*")
_BENZO_ORDER: Final = _rx(_BENZO)

# --- TG18 acute cholangitis ---

_CHOLESTASIS_WORDS: Final = _rx(
    r"jaundice\w*|icter\w*|yellow (?:skin|sclera\w*|eyes)|"
    r"(?:raised|elevated|high|increased|deranged|abnormal) (?:serum |total |direct |"
    r"conjugated )?(?:bilirubin|alkaline phosphatase|alp\b|ggt\b|gamma-?gt\b|"
    r"liver (?:enzymes|tests|function tests)|lfts\b|transaminases)|"
    r"(?:bilirubin|alkaline phosphatase|alp|ggt|lfts|transaminases) (?:is |was |are |"
    r"were )?(?:raised|elevated|high|increased|deranged)|hyperbilirubin\w*|"
    r"transaminitis|cholesta\w*|obstructive (?:liver|pattern)"
)
_BILIARY_IMAGING: Final = _rx(
    r"(?:dilated|dilatation of the|dilation of the) (?:common bile duct|cbd|"
    r"common duct|bile ducts?|biliary (?:tree|ducts?)|intrahepatic (?:bile )?ducts?)|"
    r"(?:common bile duct|cbd|bile ducts?|biliary tree|intrahepatic ducts?) "
    r"(?:is |are |was |were )?(?:dilated|distended)|"
    r"biliary (?:dilatation|dilation|obstruction)|"
    r"choledocholithiasis|(?:cbd|common bile duct|duct) stones?|"
    r"stones? in the (?:common bile|cbd|bile) duct|biliary stricture|biliary stent|"
    r"pneumobilia"
)
_LFT: Final = re.compile(
    r"(?i)\b(?P<a>total bilirubin|bilirubin|t\.? ?bil|alkaline phosphatase|alp|ggt|"
    r"gamma-?gt|ast|alt)\b\s*(?:of|was|is|:|=)?\s*(?P<v>\d+(?:\.\d+)?)\s*"
    r"(?P<u>mg/dl|umol/l|µmol/l|micromol/l|u/l|iu/l)?"
)
LFT_LIMITS: Final[dict[str, float]] = {
    "alp": 1.5 * 130.0,
    "ggt": 1.5 * 60.0,
    "ast": 1.5 * 40.0,
    "alt": 1.5 * 40.0,
}
"""TG18 B-2: > 1.5 x the upper limit of normal (common ULNs, U/L)."""
BILIRUBIN_MG_DL: Final = 2.0
"""TG18 B-1: total bilirubin >= 2 mg/dL (34 umol/L)."""
_CHOLANGITIS: Final = _rx(r"\w*cholangitis")
_DRAINAGE: Final = _rx(
    r"ercp|biliary drainage|biliary decompression|\bptbd|sphincterot"
)


def _lft_raised(texts: Sequence[str]) -> bool:
    return any(_text.per_text(_lft_raised_in, t) for t in texts)


def _lft_raised_in(t: str) -> bool:
    """A raised liver test in one text (kept per text: every stage view asks)."""
    for m in _LFT.finditer(t):
        name, value = (
            m.group("a").lower().replace(".", "").replace(" ", ""),
            float(m.group("v")),
        )
        unit = (m.group("u") or "").lower()
        if "bil" in name:
            mg = value / 17.1 if "mol" in unit or value > 30 else value
            if mg >= BILIRUBIN_MG_DL:
                return True
            continue
        key = (
            "ggt"
            if "gt" in name
            else "alp"
            if name.startswith(("alk", "alp"))
            else name
        )
        if value > LFT_LIMITS.get(key, float("inf")):
            return True
    return False


def _bilirubin_raised(texts: Sequence[str]) -> bool:
    """A total bilirubin >= 2 mg/dL read by the results reader.

    real36: as laboratory tables print it ('Bilirubin, Total 2.6 mg/dL').
    """
    found = _text.each_text(_text.lab_results, "bilirubin", texts)
    return any(r.value >= BILIRUBIN_MG_DL for rs in found for r in rs if not r.below)


def cholestasis(texts: Sequence[str]) -> bool:
    """TG18 criterion B or C: cholestasis or biliary imaging, documented present."""
    return (
        _text.asserted(_CHOLESTASIS_WORDS, texts)
        or _text.asserted(_BILIARY_IMAGING, texts)
        or _lft_raised(texts)
        or _bilirubin_raised(texts)
    )


# --- burns, transvaginal ultrasound, food bolus, tension pneumothorax ---

_MINOR_BURN_CARE: Final = _rx(
    r"(?:clean and )?dress the burn|non-adherent dressing|silver sulfadiazine|"
    r"topical (?:antibiotic|antimicrobial)"
)
_MINOR_BURN_REASON: Final = _rx(r"minor burn\w*")
_COOL_WATER: Final = re.compile(r"(?i)\s*cool (?:running )?water|\s*cool the burn")
MAJOR_BURN_COOLING: Final = (
    "only within 3 h of the burn and while the core temperature is >= 36 C: cool "
    "running water to the burn wound (not the whole patient) for up to 20 min; keep "
    "the patient warm (cover unburned skin, warmed fluids, warm room)"
)
"""Cooling of a major burn: the wound cooled, the patient warmed (ABA ABLS 2018;
ANZBA EMSB 2016)."""
_BURN_SHOCK_FLUIDS: Final = _rx(
    r"(?:ml|ml/kg) (?:x kg x |per )?%\s*tbsa|x %\s*tbsa|parkland"
)
_TRANSVAGINAL: Final = _rx(
    r"transvaginal(?: pelvic)?(?: ultrasound| us| sonograph\w*)?"
)
_NEVER_ACTIVE: Final = re.compile(
    r"(?i)\b(?:never (?:been )?sexually active|not (?:yet )?sexually active|"
    r"no (?:prior )?sexual (?:activity|intercourse|contact)|virgo intacta|virgin|"
    r"has not had (?:sex|sexual intercourse)|denies (?:ever having )?sexual "
    r"(?:activity|intercourse))\b"
)
CHILD_PELVIC_US_YEARS: Final = 16
"""Below this age a pelvic ultrasound is transabdominal unless the adolescent is
sexually active and consents (ACR-AAPM-SPR-SRU 2019)."""
_SEXUALLY_ACTIVE: Final = _rx(r"sexually active|sexual intercourse|unprotected sex")
_FOOD_BOLUS_DX: Final = _rx(r"food|o?esophag\w*|bolus")
_ENDOSCOPY: Final = _rx(r"endoscop\w*|ogd\b|egd\b|o?esophagoscop\w*")
_COMPLETE_OBSTRUCTION: Final = _rx(
    r"drool\w*|(?:cannot|can ?not|can't|unable to|not able to|inability to) "
    r"(?:swallow|manage|handle|clear|tolerate) (?:his |her |their |own |any )?"
    r"(?:own )?(?:saliva|secretions|spit|oral secretions)|spitting (?:out |up )?"
    r"(?:saliva|secretions)|spitting into|total dysphagia|complete (?:o?esophageal )?"
    r"obstruction|absolute dysphagia"
)
EMERGENCY_ENDOSCOPY: Final = (
    "endoscopy emergently, within 6 h (complete obstruction: saliva not "
    "swallowed); no discharge before the bolus is cleared"
)
_STRIDOR_ONLY_UPSET: Final = _rx(
    r"stridor(?: \w+){0,3} (?:only )?(?:when|with|while|on|if) (?:(?:she|he|they) )?"
    r"(?:cry\w*|cries|upset|agitat\w*|distress\w*|coughing|active|exert\w*)"
    # peds53: "stridor only when crying, none at rest": the rest's negation is part of
    # the mild picture, not a negation of the stridor when crying
    r"(?:,? (?:and |but )?(?:none|not|no stridor|absent|quiet) (?:at rest|when (?:calm|"
    r"settled|asleep)))?|"
    r"(?:no|without) (?:\w+ )?stridor (?:at rest|when (?:calm|settled|asleep))|"
    r"mild croup|westley(?: croup)?(?: score)?(?: of| was| is|:)? [0-2]\b"
)
"""Mild croup: stridor only with agitation, none at rest (Westley <= 2)."""
_CROUP_COMPROMISE: Final = _rx(
    r"(?<!no )(?<!without )stridor (?:\w+ )?at rest|resting stridor|(?:moderate|"
    r"severe) croup|westley(?: croup)?(?: score)?(?: of| was| is|:)? (?:[3-9]|1[0-7])"
    r"\b|recession|retraction\w*|indrawing|tracheal tug|drool\w*|cyanos\w*|"
    r"cyanotic|letharg\w*|exhaust\w*"
)
"""Stridor at rest or a sign of moderate or severe croup (Westley >= 3)."""
_NEB_ADRENALINE: Final = _rx(
    r"nebuli[sz]ed (?:l-|racemic )?(?:epinephrine|adrenaline)|racemic epinephrine"
)
_DECOMPRESSION: Final = _rx(
    r"(?:immediate |needle |finger )?decompress\w*|finger thoracostomy|needle "
    r"thoracocentesis"
)
_CHEST_IMAGING: Final = _rx(
    r"chest x-?ray|cxr\b|chest radiograph\w*|portable chest|ct (?:of the )?chest|"
    r"ct thorax|chest ct"
)
_CT_ABDOMEN: Final = _rx(
    r"ct (?:scan )?(?:of )?(?:the )?(?:abdomen|abdo|abdominal|abd\b|a/p)"
    r"(?!\w* angiogra)"
)
_INJURED: Final = _rx(
    rf"trauma\w*|injur\w*|collision|crash\w*|mvc|assault\w*|fell|fall\b|struck|{STAB}|"
    r"gunshot"
)
PREGNANCY_IMAGING: Final = (
    "pregnancy: ultrasound first, then MRI without gadolinium if it is not diagnostic; "
    "CT only if MRI is unavailable or not diagnostic and the diagnosis cannot wait, "
    "never withheld when needed (ACOG Committee Opinion 723, 2017; ACR Appropriateness "
    "Criteria right lower quadrant pain, suspected appendicitis, in pregnancy)"
)
_ECTOPIC_DX: Final = re.compile(r"(?i)^ectopic pregnancy")
ECTOPIC_FIRST: Final = (
    "a pregnancy is possible (an ectopic open or a late period) and no pregnancy "
    "test has resulted: the CT waits "
    "for a negative test; a positive one starts with the transvaginal ultrasound "
    "(NICE NG126 2023 1.3-1.4; ACOG Committee Opinion 723, 2017; ACR Appropriateness "
    "Criteria acute pelvic pain in the reproductive age group 2018)"
)
_TENSION_ASIDE: Final = _rx(
    r"pulmonary embol\w*|cardiac tamponade|anaphyla\w*|sepsis\w*|septic\w*"
)
"""Causes of shock and hypoxia a tension pneumothorax with its signs already explains:
their exclusion work-up (D-dimer, troponin and BNP, blood cultures, an echo and a
cardiologist for drainage) waits on the decompression's response (ATLS 10th ed. ch. 4:
needle or finger decompression, then a chest drain)."""
_SPONTANEOUS_PTX_CARE: Final = _rx(r"by symptoms, not size|conservative care")
"""The stable spontaneous pneumothorax's size-and-symptom plan (BTS 2023), not
tension's."""
_INFECTION_SIGNS: Final = _rx(
    r"fever\w*|febrile|pyrexi\w*|rigou?rs|pus\b|purulent|empyema|infect\w*|"
    r"sputum|cough\w*"
)
_DELIVERED: Final = _rx(
    r"delivered (?:a |her |the |their )?(?:\w+ )?(?:baby|infant|neonate|newborn|"
    r"boy|girl|twins)|(?:baby|infant|newborn) (?:was |has been )?(?:born|delivered)|"
    r"gave birth|(?:after|since) (?:delivering|giving birth)|"
    r"(?:delivery|birth) \d+ (?:days?|weeks?) ago|"
    r"(?:born|delivered) (?:at home|in the car|in the ambulance|"
    r"before arrival|en route|on the way)|birth before arrival|"
    r"precipitous (?:birth|delivery)|postpartum|"
    r"post-partum|after (?:her |the )?delivery|since (?:her |the )?delivery|"
    r"(?:hours?|days?|weeks?) (?:after|post) (?:delivery|birth|caesarean|cesarean)|"
    r"(?:after|post|following) (?:an? |her |the )?(?:\w+ )?"
    r"(?:caesarean|cesarean|c-section)"
)
"""The baby is born (the puerperium has begun)."""
_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few)"
_BIRTH_DAYS_AGO: Final = _rx(
    r"(?:delivered|deliver(?:y|ed) of|gave birth|birth|delivery|born|caesarean"
    r"|cesarean|c-?section|svd|nsvd)(?: \w+){0,4} " + _N + r" (days?|weeks?) ago"
    r"|(?:day|postpartum day|post-?partum day|pp day) (\d{1,2}) (?:post-?partum|after"
    r" (?:delivery|birth))?"
    r"|" + _N + r" (days?|weeks?) (?:post-?partum|after (?:her |the )?(?:delivery"
    r"|birth|caesarean|cesarean|c-?section))"
)
"""How long ago the birth was ("delivered vaginally 9 days ago", "day 9 postpartum",
"2 weeks after her caesarean")."""
_WITHIN_3H_OF_BIRTH: Final = _rx(r"within 3 h(?:ours?)? of (?:birth|delivery)")
_ANTENATAL: Final = _rx(
    r"tocoly\w*|nifedipine for tocolysis|atosiban|antenatal (?:cortico)?steroids?|"
    r"betamethasone|cardiotocograph\w*|ctg\b|fetal (?:heart (?:rate )?)?monitoring|"
    r"continuous fetal|magnesium (?:sulfate|sulphate) for (?:fetal )?neuroprotection"
)
_DELIVERY_PLANNING: Final = _rx(
    r"delivery planning|plan(?:ning)? (?:the |for )?delivery|expedite\w* delivery|"
    r"timing (?:and mode )?of delivery|mode of delivery|induction of labou?r"
)
VIABILITY_WEEKS: Final = 24
_FETAL_MONITORING: Final = _rx(
    r"fetal (?:heart (?:rate )?)?monitoring|cardiotocograph\w*|ctg\b|continuous fetal"
)
_ABORTION: Final = _rx(
    r"(?:self-?induced|induced|surgical|medical|unsafe|illegal|backstreet|septic|"
    r"incomplete|inevitable) (?:abortion|miscarriage)|"
    r"termination of (?:the )?pregnancy|products of conception|retained products"
)
"""An abortion has taken place (or is under way): no fetus to monitor, no ectopic."""
_IUP: Final = r"(?:intrauterine (?:pregnancy|gestation(?:al sac)?)|iup\b)"
_IN_THE_WOMB: Final = (
    r"(?:pregnancy|baby|fetus|foetus) (?:in|inside) the (?:womb|uterus)"
)
"""peds43: the lay words of a scan's intrauterine pregnancy ("the scan showed a
pregnancy in the womb"), as the knowledge base's ``intrauterine_pregnancy`` reads
them."""
_INTRAUTERINE: Final = _rx(
    r"(?:live|viable|single|confirmed|known|documented|definite|established)"
    rf" (?:single )?(?:live )?{_IUP}|"
    rf"{_IUP} (?:was |is |has been )?(?:confirmed|seen|visuali[sz]ed|identified|"
    r"demonstrated|present|noted)|"
    # peds51: "intrauterine pregnancy on scan last week" (NICE NG126 2023)
    rf"{_IUP} on (?:an? |the |her )?(?:\w+ )?(?:scan|ultrasound|tvus|us)\b|"
    rf"{_IUP} with (?:an? )?(?:fetal )?(?:heart ?beat|cardiac activity|fetal pole|"
    r"yolk sac|fetal heart)|"
    r"(?:ultrasound|scan|sonograph\w*|tvus|us)\b[^.;]{0,40}?\b(?:showed|shows|"
    r"demonstrated|demonstrates|confirmed|confirms|revealed|reveals) (?:an? )?"
    rf"(?:single )?(?:live |viable )?(?:{_IUP}|{_IN_THE_WOMB})"
)
"""A pregnancy seen inside the uterus on a scan (ACEP 2017 early pregnancy; ACOG PB
193): a live, confirmed or known IUP, an IUP seen or with cardiac activity, a scan
that showed one. A bare mention ("? IUP", "ectopic vs IUP", "TVUS to confirm an
intrauterine pregnancy", "IUP not confirmed") documents nothing."""
_ART: Final = _rx(
    r"ivf\b|in vitro fertili[sz]ation|assisted reproduction|embryo transfer|"
    r"fertility treatment|\bart\b pregnancy|ovulation induction"
)
_ECTOPIC: Final = _rx(r"ectopic")


_NUMBER: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a few": 3,
}  # fmt: skip


POSTPARTUM_NO_CONCEPTION_DAYS: Final = 21
"""No ovulation before day 21 after a birth (FSRH 2017 contraception after pregnancy:
no contraception needed before day 21; WHO MEC 2015), and hCG takes 2-4 weeks to clear
after a term birth (Korhonen J et al. Hum Reprod 1997): a pregnancy test inside these
days answers nothing."""
_PREGNANCY_TEST_ONLY: Final = _rx(
    r"^\s*(?:(?:urine|serum|quantitative|qualitative|beta[- ]?)\s*)*(?:hcg|b-?hcg"
    r"|pregnancy test)\b(?: now)?(?: \([^)]*\))?\s*$"
)
"""An order that is only a pregnancy test (not one bundled with other tests)."""


def birth_days_ago(texts: Sequence[str]) -> float | None:
    """Days since the birth as worded in a current sentence, or None (peds48)."""
    for text in texts:
        for m in _BIRTH_DAYS_AGO.finditer(text):
            if context_status(text, m.start(), m.end()) not in (
                "present",
                "historical",
            ):
                continue
            groups = [g for g in m.groups() if g is not None]
            number = groups[0].lower()
            value = float(_NUMBER[number]) if number in _NUMBER else float(number)
            unit = groups[1].lower() if len(groups) > 1 else "day"
            return value * (7 if unit.startswith("week") else 1)
    return None


def intrauterine_seen(texts: Sequence[str]) -> bool:
    """Whether a scan documents an intrauterine pregnancy and no assisted reproduction.

    An IUP on ultrasound all but excludes an ectopic pregnancy after spontaneous
    conception (heterotopic pregnancy about 1 in 30,000), not after assisted
    reproduction (about 1 in 100): ACEP clinical policy early pregnancy 2017; Barnhart
    KT. N Engl J Med 2009;361:379.
    """
    return _text.asserted(_INTRAUTERINE, texts) and not _text.asserted(_ART, texts)


_TODAY: Final = _rx(
    r"today|this (?:morning|afternoon|evening)|earlier (?:today|this \w+)|tonight"
    r"|\d{1,2} hours? ago|an hour ago|this visit"
)
_SENTENCES: Final = re.compile(r"[^.;\n]+")
_LOCATING_TEST: Final = _rx(r"hcg|transvaginal|ultrasound|sonograph\w*|\btvus\b|\bus\b")
_LOCATING_TARGET: Final = _rx(r"threatened|ectopic")


def intrauterine_scanned_today(texts: Sequence[str]) -> bool:
    """Whether a scan of this day documents an IUP (no assisted reproduction).

    peds46: RCOG Green-top 21 (2016) and NICE NG126 2023 (1.4, 1.5): a scan that
    shows a viable intrauterine pregnancy excludes an ectopic after spontaneous
    conception and answers the threatened miscarriage's question of location and
    viability: the same day's bleeding needs no repeat scan or hCG (return if the
    bleeding worsens or persists beyond 14 days, NG126 1.5.1). A scan of an earlier
    day does not answer today's viability; assisted reproduction allows a heterotopic
    pregnancy (``intrauterine_seen``).
    """
    if not intrauterine_seen(texts):
        return False
    return any(
        _text.asserted(_INTRAUTERINE, (s,)) and _TODAY.search(s)
        for t in texts
        for s in (m.group(0) for m in _SENTENCES.finditer(t))
    )


_METHOTREXATE: Final = _rx(r"methotrexate")
_INCISE_OR_ASPIRATE: Final = _rx(
    r"incision and drainage|incise|I ?& ?D\b|needle aspiration|aspirat\w* (?:of )?the"
    r" (?:abscess|collection|swelling)|drain(?:age of)? the (?:abscess|collection)"
)
_STAGED: Final = re.compile(r"(?i)^\s*(?:after|only if|if|once|when)\b")


@dataclass(frozen=True)
class Picture:
    """What the documented picture says, read once per plan."""

    cholestasis: bool = True
    major_burn: float | None = None
    small_burn: float | None = None
    """The documented %TBSA when below the formal resuscitation threshold."""
    transabdominal: str | None = None
    """Why the pelvic ultrasound is transabdominal, if so."""
    complete_obstruction: bool = False
    tension: bool = False
    """Tension pneumothorax with shock or hypoxia (the pathway's decompression)."""
    tamponade_signs: bool = False
    """A pericardial effusion or a sign of tamponade itself is documented."""
    infection_signs: bool = False
    """A fever or another sign of infection is documented."""
    pregnant_uninjured: bool = False
    """A documented pregnancy, no injury: abdominal imaging starts with ultrasound."""
    ectopic_untested: bool = False
    """A woman's pregnancy unknown (no test resulted) with an ectopic pregnancy open or
    an amenorrhoea told."""
    delivered: bool = False
    """The baby is born: orders of an undelivered pregnancy no longer apply."""
    birth_days_ago: float | None = None
    """Days since the birth when worded (a day or more: past the first 24 h)."""
    previable: int | None = None
    """The documented gestation in weeks, when under viability."""
    intrauterine: bool = False
    """The pregnancy is documented intrauterine or an abortion has taken place (and
    no assisted reproduction, which allows a heterotopic pregnancy)."""
    abortion: bool = False
    """An abortion has taken place or is under way."""
    iup_today: bool = False
    """A scan of this day documents an intrauterine pregnancy (no assisted
    reproduction): no repeat hCG or scan to locate it (RCOG GTG 21; NICE NG126)."""
    mild_croup: bool = False
    """Croup's stridor only when upset (or none at rest), no sign of compromise."""
    benzodiazepine_doses: int = 0
    """Benzodiazepine doses documented as given before the ED's (0, 1 or 2)."""
    chest_cta: bool = False
    """A CT angiogram of the chest is already required (a pathway's order)."""
    csf_cause: str | None = None
    """A cause the CSF shows outside the empirical bacterial regimen, with no
    bacterium shown (``csf_organisms``)."""
    csf_without_bleed: bool = False
    """The CSF shows an infective cause and no imaging shows intracranial blood."""
    pulsatile_groin: bool = False
    """A groin swelling that pulsates or has a bruit (``groin_pulse_words``)."""


NOTHING: Final = Picture()


def read(
    texts: Sequence[str],
    pop: Population,
    required: Sequence[Order] = (),
    ledger: Sequence[DifferentialEntry] = (),
) -> Picture:
    """Read the picture from the visible text, the population and required orders.

    ``ledger``: the open differential (an ectopic pregnancy still open).
    """
    child = pop.age_years is not None and pop.age_years < 18
    tbsa = surgical.major_burn_percent(tuple(texts))
    limit = surgical.MAJOR_BURN_CHILD if child else surgical.MAJOR_BURN_ADULT
    major = surgical.major_burn_size(tuple(texts), child)
    why: str | None = None
    if any(_NEVER_ACTIVE.search(t) for t in texts):
        why = "never sexually active"
    elif (
        pop.age_years is not None
        and pop.age_years < CHILD_PELVIC_US_YEARS
        and not _text.asserted(_SEXUALLY_ACTIVE, texts)
    ):
        why = f"a child of {pop.age_years}"
    return Picture(
        cholestasis=cholestasis(texts),
        major_burn=major[0] if major else None,
        small_burn=tbsa if tbsa is not None and tbsa < limit else None,
        transabdominal=why,
        # A drooling child after a button battery is no food bolus: the battery
        # comes out within 2 h (NASPGHAN 2021), not in the food-bolus 6 h.
        complete_obstruction=_text.asserted(_COMPLETE_OBSTRUCTION, texts)
        and not surgical.swallowed_battery(texts),
        tension=any(
            o.kind == "procedure" and _DECOMPRESSION.search(o.name) for o in required
        ),
        tamponade_signs=_text.asserted(_TAMPONADE_SIGNS, texts),
        infection_signs=_text.asserted(_INFECTION_SIGNS, texts),
        pregnant_uninjured=pop.pregnancy == "pregnant"
        and not _text.asserted(_INJURED, texts),
        ectopic_untested=pop.pregnancy == "unknown"
        and pop.sex == "F"
        and (
            any(
                _ECTOPIC_DX.search(e.diagnosis) and e.status == "cannot_exclude"
                for e in ledger
            )
            or _text.asserted(POSSIBLY_PREGNANT, texts)
        )
        and not _text.asserted(_INJURED, texts),
        delivered=_text.asserted(_DELIVERED, texts),
        birth_days_ago=birth_days_ago(texts),
        previable=weeks
        if (weeks := pop.gestation_weeks) is not None and weeks < VIABILITY_WEEKS
        else None,
        intrauterine=(abortion := _text.asserted(_ABORTION, texts))
        or intrauterine_seen(texts),
        abortion=abortion,
        iup_today=not abortion and intrauterine_scanned_today(texts),
        mild_croup=_text.asserted(_STRIDOR_ONLY_UPSET, texts)
        and not _text.asserted(_CROUP_COMPROMISE, texts),
        benzodiazepine_doses=benzodiazepine_doses(texts),
        chest_cta=any(o.kind == "diagnostic" and orders_cta(o.name) for o in required),
        csf_cause=csf_not_bacterial(texts),
        csf_without_bleed=csf_without_bleed(texts),
        pulsatile_groin=pulsatile_groin(texts),
    )


def pulsatile_groin(texts: Sequence[str]) -> bool:
    """Whether a groin swelling that pulsates or has a bruit is asserted."""
    return any(
        context_status(t, start, end) == "present"
        for t in texts
        for _, start, end in pulsatile_groin_spans(t)
    )


def csf_without_bleed(texts: Sequence[str]) -> bool:
    """Whether the CSF names a cause and no head imaging shows a haemorrhage."""
    if not csf_causes(texts):
        return False
    return not any(
        f.concept in _IMAGED_BLEED and f.status == "present"
        for t in texts
        for f in report_findings(t)
    )


def csf_not_bacterial(texts: Sequence[str]) -> str | None:
    """The first cause outside the bacterial regimen the CSF shows, if no bacterium."""
    causes = csf_causes(texts)
    if any(c in BACTERIAL for c in causes):
        return None
    return next((c for c in causes if c in NOT_BACTERIAL), None)


_MENINGITIS_COVER: Final = _rx(
    r"ceftriaxone|cefotaxime|vancomycin|ampicillin|gentamicin|meropenem"
)
_MENINGITIS_STEROID: Final = _rx(r"dexamethasone")
_MENINGITIS_TARGET: Final = _rx(r"meningitis|encephalitis")
_CSF_CAUSE_ORDER: Final = re.compile(r"(?i)^the CSF shows ")
"""The reason of ``pathways_cns.csf_organism``'s own orders."""


def _csf_gate(order: Order, p: Picture) -> tuple[Gate, str] | None:
    """The empirical bacterial meningitis regimen once the CSF names another cause."""
    if (
        p.csf_cause is None
        or order.kind != "medication"
        or _CSF_CAUSE_ORDER.search(order.reason)
        or not (
            _MENINGITIS_TARGET.search(order.for_diagnosis or "")
            or _MENINGITIS_TARGET.search(order.reason)
        )
    ):
        return None
    if _MENINGITIS_STEROID.match(order.name):
        if p.csf_cause == "cryptococcal":
            return "contraindication", (
                "the CSF shows Cryptococcus: no adjunctive corticosteroid (it harmed in"
                " cryptococcal meningitis: Beardsley J et al. NEJM 2016;374:542; WHO"
                " 2022); amphotericin B with flucytosine (Perfect JR et al. IDSA 2010)"
            )
        return "treatment_threshold", (
            f"the CSF shows a cause outside the bacterial regimen ({p.csf_cause}):"
            " its adjunctive dexamethasone is not given (the tuberculous regimen"
            " carries its own corticosteroid: Thwaites G et al. BIS 2009; WHO 2022)"
        )
    if not _MENINGITIS_COVER.search(order.name):
        return None
    return "treatment_threshold", (
        f"the CSF shows a cause outside the bacterial regimen ({p.csf_cause}) and no"
        " bacterium: the empirical bacterial meningitis regimen is not the plan; the"
        " cause's own treatment is ordered (BIS 2009 and WHO 2022 tuberculous;"
        " IDSA 2010 cryptococcal; IDSA 2008 aciclovir; McGill F et al. J Infect"
        " 2016;72:405 viral meningitis)"
    )


_IF_CLAUSE: Final = _rx(r"(?:if|unless|only)\b")
"""A clause that orders something only on a condition ("CT angiography if the
radiograph does not explain it"); timing words (once, when) still order it."""


def orders_cta(name: str) -> bool:
    """Whether an order's name orders a chest CT angiogram outright.

    A clause ordering it only if a first test fails (the ACR hemoptysis pathway: a
    radiograph first, CT angiography if it does not explain the bleeding) orders no
    angiogram yet, so it cannot stand in for the D-dimer (real33: the D-dimer was
    withheld for an angiogram nobody had ordered; ESC 2019 acute PE).
    """
    return any(
        _CHEST_CTA.search(clause) and not _IF_CLAUSE.search(clause)
        for clause in name.split(";")
    )


def benzodiazepine_doses(texts: Sequence[str]) -> int:
    """Benzodiazepine doses the text documents as given (2 stands for two or more)."""
    if not _text.asserted(_BENZO_GIVEN, texts):
        return 0
    return 2 if _text.asserted(_TWO_BENZO, texts) else 1


_IMAGED_BLEED: Final = frozenset(
    {"ct_intracranial_hemorrhage", "ct_subdural", "ct_extradural"}
)
_HAEMORRHAGE_TARGET: Final = _rx(
    r"intracerebral hemorrhage|intracranial hemorrhage|subarachnoid hemorrhage"
)


def _csf_bleed_gate(order: Order, p: Picture) -> tuple[Gate, str] | None:
    """A haemorrhage's consult and drugs once the CSF names an infective cause.

    The headache and confusion of a meningitis whose organism the CSF shows are the
    infection's (Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID 2016); an
    intracerebral or subarachnoid haemorrhage is diagnosed by imaging, and its
    neurosurgical referral, pressure lowering and reversal follow the bleed shown
    (Greenberg SM et al. AHA/ASA 2022 ICH 3.1; Hoh BL et al. AHA/ASA 2023 SAH). Its
    CT stays (it also shows hydrocephalus and mass lesions before a repeat LP).
    """
    if (
        not p.csf_without_bleed
        or order.kind not in ("consult", "medication")
        or not _HAEMORRHAGE_TARGET.search(order.for_diagnosis or "")
    ):
        return None
    return "treatment_threshold", (
        "the CSF shows an infective cause of the headache and confusion and no "
        "imaging shows a haemorrhage: the haemorrhage's referral and treatment wait "
        "for a bleed on imaging (AHA/ASA 2022 ICH 3.1; IDSA 2004 meningitis)"
    )


def gate(order: Order, p: Picture) -> tuple[Gate, str] | None:
    """Why the documented picture withholds ``order``, if it does."""
    if (csf := _csf_gate(order, p) or _csf_bleed_gate(order, p)) is not None:
        return csf
    target = order.for_diagnosis or ""
    if (
        not p.cholestasis
        and _CHOLANGITIS.search(target)
        and order.kind in ("medication", "procedure", "consult")
    ) or (not p.cholestasis and _DRAINAGE.search(order.name)):
        return "treatment_threshold", (
            "no cholestasis documented (no jaundice, bilirubin < 2 mg/dL, liver "
            "enzymes not raised, no duct dilatation): acute cholangitis is not even "
            "suspected (TG18: inflammation AND cholestasis or biliary imaging); ERCP "
            "and biliary drainage are for cholangitis, not cholecystitis (TG18)"
        )
    if (
        p.pulsatile_groin
        and order.kind == "procedure"
        and _INCISE_OR_ASPIRATE.search(order.name)
    ):
        return "contraindication", (
            "a groin swelling that pulsates or has a bruit: a femoral (pseudo)aneurysm"
            " until a duplex ultrasound or CT angiogram says otherwise; no incision,"
            " drainage or needle aspiration before imaging (Tintinalli 9th ed. ch. 291;"
            " Georgiadis GS et al. J Vasc Surg 2005;42:904)"
        )
    if p.major_burn is not None and (
        _MINOR_BURN_CARE.search(order.name) or _MINOR_BURN_REASON.search(order.reason)
    ):
        return "contraindication", (
            f"major burn ({p.major_burn:g} % TBSA): no minor-burn wound care; cover "
            "with a clean dry dressing, Parkland fluids and a burn centre "
            "(ATLS 10th ed. ch. 9; ABA 2022)"
        )
    if (
        p.small_burn is not None
        and order.kind == "medication"
        and _BURN_SHOCK_FLUIDS.search(order.name)
    ):
        return "treatment_threshold", (
            f"burn of {p.small_burn:g} % TBSA: below the size that needs formal "
            f"burn-shock fluids ({surgical.MAJOR_BURN_ADULT:g} % in adults, "
            f"{surgical.MAJOR_BURN_CHILD:g} % in children); oral or maintenance fluids "
            "(British Burn Association / NNBC 2012; ISBI 2016)"
        )
    if p.tension and not p.tamponade_signs and _PERICARDIOCENTESIS.search(order.name):
        return "contraindication", (
            "signs of tension pneumothorax (absent breath sounds, tracheal shift): "
            "hypotension with distended neck veins is its obstructive shock; needle "
            "or finger decompression, then a chest drain (ATLS 10th ed. ch. 4), no "
            "pericardiocentesis without a documented effusion or tamponade sign "
            "(ESC 2015 pericardial diseases)"
        )
    if p.tension and not p.tamponade_signs and _tension_aside(order, p):
        return "treatment_threshold", (
            "tension pneumothorax with its signs (absent breath sounds, tracheal "
            "shift, shock or hypoxia) explains the shock: needle or finger "
            "decompression, then a chest drain (ATLS 10th ed. ch. 4); other causes "
            "are worked up only if the decompression does not restore the "
            "circulation, and the stable spontaneous pneumothorax's conservative "
            "plan (BTS 2023) is not tension's"
        )
    if p.delivered and (
        (
            order.kind in ("medication", "procedure", "diagnostic", "monitoring")
            and _ANTENATAL.search(order.name)
        )
        or (order.kind != "consult" and _DELIVERY_PLANNING.search(order.name))
    ):
        return "contraindication", (
            "the baby is already delivered: no tocolysis, antenatal steroids, fetal "
            "monitoring or delivery planning; postpartum care (ACOG PB 183, 222; "
            "NICE NG121)"
        )
    if (
        p.birth_days_ago is not None
        and p.birth_days_ago >= 1
        and order.kind == "medication"
        and _WITHIN_3H_OF_BIRTH.search(order.name)
    ):
        return "treatment_threshold", (
            f"the birth was {p.birth_days_ago:g} days ago: tranexamic acid's benefit "
            "in postpartum haemorrhage is within 3 h of birth (WOMAN trial, Lancet "
            "2017;389:2105; WHO 2017); a secondary haemorrhage is endometritis or "
            "retained tissue until shown otherwise: antibiotics, an ultrasound and the "
            "obstetrician (RCOG GTG 52 2016)"
        )
    if (
        p.birth_days_ago is not None
        and p.birth_days_ago < POSTPARTUM_NO_CONCEPTION_DAYS
        and order.kind == "diagnostic"
        and _PREGNANCY_TEST_ONLY.search(order.name)
    ):
        return "population", (
            f"the birth was {p.birth_days_ago:g} days ago: hCG stays positive for "
            "weeks after a birth and no new pregnancy is possible before day 21 "
            "(FSRH 2017 contraception after pregnancy; WHO MEC 2015): no pregnancy "
            "test before imaging or treatment (peds49)"
        )
    if (p.previable is not None or p.abortion) and _FETAL_MONITORING.search(order.name):
        return "population", (
            "an abortion or a pregnancy before viability (24 weeks): fetal monitoring "
            "changes nothing (ACOG Obstetric Care Consensus 6, 2017)"
        )
    if (
        p.mild_croup
        and order.kind == "medication"
        and _NEB_ADRENALINE.search(order.name)
    ):
        return "treatment_threshold", (
            "mild croup (stridor only when upset, none at rest, no recession): "
            "dexamethasone alone; nebulised adrenaline is for stridor at rest (CPS "
            "2017; RCH croup guideline)"
        )
    if (
        p.benzodiazepine_doses
        and order.kind == "medication"
        and _STATUS_TARGET.search(target)
        and _BENZO_ORDER.search(order.name)
        and (p.benzodiazepine_doses >= 2 or order.name.lower().startswith("repeat"))
    ):
        given = "two doses" if p.benzodiazepine_doses >= 2 else "one dose"
        return "treatment_threshold", (
            f"{given} of a benzodiazepine already given in this episode: at most two"
            " doses, prehospital doses included, then the second-line drug"
            " (APLS convulsive status; NICE NG217 2022; AES 2016)"
        )
    if (
        p.chest_cta
        and order.kind == "diagnostic"
        and _D_DIMER.match(order.name)
        and "pulmonary embol" in target.lower()
    ):
        return "treatment_threshold", (
            "a CT angiogram of the chest is already ordered: it shows or excludes the "
            "embolism itself; a D-dimer only decides whether a patient at non-high "
            "pre-test probability needs imaging (ESC 2019 acute PE, diagnostic "
            "algorithm)"
        )
    if (
        p.iup_today
        and order.kind == "diagnostic"
        and _LOCATING_TARGET.search(target)
        and _LOCATING_TEST.search(order.name)
    ):
        return "already_resulted", (
            "an intrauterine pregnancy was seen on a scan today (no assisted "
            "reproduction): its location and viability are known; no repeat hCG or "
            "scan for the same bleeding (RCOG Green-top 21 2016; NICE NG126 2023 1.5.1:"
            " return if the bleeding worsens or persists beyond 14 days)"
        )
    if (
        p.intrauterine
        and _ECTOPIC.search(target)
        and (
            order.kind in ("procedure", "consult")
            or (order.kind == "medication" and _METHOTREXATE.search(order.name))
        )
    ):
        return "treatment_threshold", (
            "the pregnancy is documented intrauterine or an abortion has taken place: "
            "no ruptured-ectopic treatment (ACOG PB 193); a septic abortion needs "
            "antibiotics and uterine evacuation (Eschenbach 2015)"
        )
    return None


def _tension_aside(order: Order, p: Picture) -> bool:
    """An order for a cause of shock a tension pneumothorax already explains."""
    if _SPONTANEOUS_PTX_CARE.search(order.name):
        return True
    target = order.for_diagnosis or ""
    if not _TENSION_ASIDE.search(target):
        return False
    if re.search(r"(?i)seps|septic", target) and p.infection_signs:
        return False
    if re.search(r"(?i)\blactate\b", order.name):
        return False  # the shock's perfusion is measured whatever its cause
    return order.kind in ("diagnostic", "consult", "medication")


def adjust(order: Order, p: Picture) -> tuple[Order, str] | None:
    """``order`` re-written by the picture (route or timing), with the reason."""
    name = order.name
    if _STAGED.match(name):
        return None
    if p.transabdominal is not None and _TRANSVAGINAL.search(name):
        return order.model_copy(
            update={
                "name": _TRANSVAGINAL.sub(
                    "transabdominal pelvic ultrasound (full bladder)", name, count=1
                )
            }
        ), (
            f"{p.transabdominal}: pelvic ultrasound is transabdominal (ACR-AAPM-SPR-"
            "SRU 2019 pelvic ultrasound; ACOG CO 783)"
        )
    if p.major_burn is not None and _COOL_WATER.match(name):
        return order.model_copy(update={"name": MAJOR_BURN_COOLING}), (
            f"major burn ({p.major_burn:g} % TBSA): cool the burn, warm the patient; "
            "cooling a large burn risks hypothermia, which worsens burn outcomes "
            "(ABA ABLS 2018; ANZBA EMSB 2016: 20 min of cool running water within 3 "
            "h of the burn, with the patient kept warm)"
        )
    if (
        p.complete_obstruction
        and order.kind in ("consult", "procedure")
        and _ENDOSCOPY.search(name)
        and _FOOD_BOLUS_DX.search(f"{order.for_diagnosis or ''} {order.reason}")
        and not name.startswith(EMERGENCY_ENDOSCOPY)
    ):
        rest = name.split(";", 1)[1].strip() if ";" in name else ""
        return order.model_copy(
            update={"name": EMERGENCY_ENDOSCOPY + (f"; {rest}" if rest else "")}
        ), (
            "complete oesophageal obstruction (cannot swallow saliva): emergency "
            "endoscopy within 6 h (ESGE 2016; ASGE 2011)"
        )
    if (
        p.delivered
        and order.kind == "consult"
        and (_DELIVERY_PLANNING.search(order.reason) or _DELIVERY_PLANNING.search(name))
    ):
        return order.model_copy(
            update={
                "name": _DELIVERY_PLANNING.sub("postpartum assessment", name),
                "reason": "postpartum care: the baby is already delivered (third "
                "stage, bleeding, postpartum pre-eclampsia; ACOG PB 183, 222)",
            }
        ), "the baby is already delivered: the consult is for postpartum care"
    if p.pregnant_uninjured and order.kind == "diagnostic" and _CT_ABDOMEN.search(name):
        staged = (
            "abdominal ultrasound first; MRI abdomen/pelvis without gadolinium if not "
            f"diagnostic; {name} only if MRI is unavailable or not diagnostic"
        )
        return order.model_copy(update={"name": staged}), PREGNANCY_IMAGING
    if p.ectopic_untested and order.kind == "diagnostic" and _CT_ABDOMEN.search(name):
        staged = (
            f"if the pregnancy test is negative: {name}; if positive: transvaginal "
            "ultrasound first (ectopic pregnancy), then MRI without gadolinium"
        )
        return order.model_copy(update={"name": staged}), ECTOPIC_FIRST
    if p.tension and order.kind == "diagnostic" and _CHEST_IMAGING.search(name):
        return order.model_copy(update={"name": f"after decompression: {name}"}), (
            "tension pneumothorax with shock or hypoxia is a clinical diagnosis: "
            "decompress first, image after (ATLS 10th ed. ch. 4)"
        )
    return None


def decompression_first(orders: Sequence[Order], p: Picture) -> list[Order]:
    """The decompression of a tension pneumothorax moved to the front of the plan."""
    if not p.tension:
        return list(orders)
    first = [
        o for o in orders if o.kind == "procedure" and _DECOMPRESSION.search(o.name)
    ]
    return first + [o for o in orders if o not in first]
