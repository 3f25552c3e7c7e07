"""Specialty emergencies (obstetric, airway, skin) read from their criteria.

Checked whatever the differential says (like ``agents.pathways_surgical``), so a
patient whose complaint does not name the emergency ("labor", "sore throat", "rash")
still gets the time-critical orders:

- tissue in the cervical os in early pregnancy (a miscarriage under way): remove it
  at speculum with sponge forceps, which relieves cervical shock, and call
  gynaecology (ACOG Practice Bulletin 200, 2018; NICE NG126, 2023);
- umbilical cord prolapse: relieve the cord compression (elevate the presenting part
  or fill the bladder, knee-chest position) and deliver by category-1 caesarean
  section (RCOG Green-top Guideline 50, Umbilical cord prolapse, 2014; ACOG);
- a threatened upper airway from a throat or neck infection (epiglottitis, Ludwig's
  angina, deep neck abscess) with stridor, inability to swallow secretions or a
  tripod position: the most experienced airway team now, the patient left sitting
  up, no throat examination or sedation before the airway is secured (Tintinalli
  9th ed. ch. 246-247; Frerk C et al. Difficult Airway Society 2015 guidelines, Br J
  Anaesth 2015;115:827);
- Stevens-Johnson syndrome / toxic epidermal necrolysis (blistering or epidermal
  detachment with mucosal erosions): stop the culprit drug, fluids guided by urine
  output, burn centre or ICU, ophthalmology within 24 h, SCORTEN (Creamer D et al.
  UK guidelines for SJS/TEN in adults 2016, Br J Dermatol 2016;174:1194; Bastuji-
  Garin S et al. SCORTEN, J Invest Dermatol 2000;115:149);
- necrotising soft-tissue infection (a skin infection with crepitus, haemorrhagic
  bullae, necrosis or anaesthesia, or with pain out of proportion or oedema beyond the
  erythema and systemic toxicity): emergent surgical debridement and antibiotics with
  clindamycin (Stevens DL et al. IDSA SSTI 2014; Wong CH et al. JBJS Am 2003);
- a lump or ulcer of the lip or oral cavity lasting 3 weeks or more, or growing: an
  urgent suspected-cancer referral for biopsy (NICE NG12 1.8.1-1.8.2).

Each criterion is the guideline's own, read from the visible text (negated,
hypothetical and family mentions do not count), and limited to its population.
Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from agents._text import visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.pathways_acute import FEVER, asserted
from agents.population import years
from agents.shock_index import abnormal_shock_index
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "AIRWAY_THREAT",
    "DROOLING",
    "SPECIALTY_PATHWAYS",
    "TISSUE_IN_OS",
    "TRIAGE_HIGH_RISK",
    "cord_prolapse",
    "csf_shunt_malfunction",
    "deep_neck_infection",
    "epidermal_necrolysis",
    "extensive_detachment",
    "miscarriage_in_os",
    "mucocutaneous_blistering",
    "necrotising_soft_tissue_infection",
    "oral_cancer_referral",
    "sexual_assault_care",
    "threatened_upper_airway",
]

_rx = word_start


# --- umbilical cord prolapse ---

_CORD: Final = r"(?:umbilical )?cord"
_CORD_PROLAPSE: Final = _rx(
    rf"cord prolaps\w*|prolaps\w* (?:of (?:the )?)?{_CORD}|funic presentation|"
    rf"cord presentation|(?:a |the )?loops? of (?:the )?{_CORD}|"
    rf"{_CORD} (?:is |was )?(?:\w+ ){{0,2}}(?:visible|palpable|palpated|felt|seen|"
    rf"protrud\w*|hanging|coming out|presenting) (?:\w+ ){{0,4}}(?:introitus|vagina\w*|"
    rf"vulva\w*|perineum|cervix|os\b)|"
    rf"{_CORD} (?:is |was )?(?:\w+ ){{0,2}}(?:out of|through) (?:the )?(?:vagina|"
    rf"introitus|cervix|os\b)|"
    rf"(?:feel|feels|felt|see|sees|saw|seen) (?:the |a )?{_CORD} (?:\w+ ){{0,3}}"
    rf"(?:in|at|through|from|out of) (?:the |her )?(?:vagina|introitus|cervix|os\b)"
)
"""The cord below or beside the presenting part (RCOG GTG 50: overt prolapse seen or
felt at or beyond the introitus or in the vagina; cord presentation)."""


def cord_prolapse(view: StageView, pop: Population) -> list[Required]:
    """RCOG GTG 50: relieve the compression and deliver by category-1 caesarean."""
    if pop.sex == "M" or pop.pregnancy == "not_pregnant":
        return []
    if pop.age_within(0, years(10) - 1) is True:
        return []
    if not asserted(_CORD_PROLAPSE, visible_texts(view)):
        return []
    src = "RCOG Green-top Guideline 50, umbilical cord prolapse, 2014"
    return [
        _req(
            "procedure",
            "relieve cord compression now: elevate the presenting part by hand "
            "through the vagina, or fill the bladder with 500-750 mL saline through a "
            "urinary catheter; knee-chest or exaggerated left lateral (Sims) position "
            "with head down; handle the cord as little as possible, do not try to "
            "replace it",
            f"a prolapsed cord is compressed by the presenting part and goes into "
            f"spasm: fetal hypoxia within minutes ({src})",
            r"elevat\w* (?:the )?presenting part|fill\w* (?:the )?bladder|knee-?chest",
        ),
        _req(
            "consult",
            "obstetrics, anaesthesia and neonatology emergently: category-1 caesarean "
            "section (decision to delivery within 30 min), or immediate assisted "
            "vaginal birth if fully dilated",
            f"umbilical cord prolapse: delivery is the treatment ({src})",
            r"caesarean|cesarean|c-?section",
        ),
        _req(
            "monitoring",
            "continuous fetal heart rate monitoring until delivery",
            f"fetal bradycardia or decelerations decide the urgency ({src})",
            r"(?:continuous )?fetal (?:heart )?(?:rate )?monitor\w*|\bctg\b|"
            r"cardiotocograph\w*",
        ),
        _req(
            "medication",
            "tocolysis (terbutaline 0.25 mg subcutaneously) while delivery is delayed "
            "and the fetal heart rate stays abnormal",
            f"uterine contractions worsen the cord compression ({src})",
            r"terbutaline|tocoly\w*",
        ),
    ]


# --- threatened upper airway (epiglottitis, Ludwig's angina, deep neck infection) ---

_THROAT: Final = _rx(
    r"sore throat|throat (?:pain|swelling)|odynophag\w*|dysphag\w*|"
    r"refus\w* to swallow|"
    r"(?:neck|submandibular|submental|sublingual|jaw) (?:\w+ ){0,2}swell\w*|"
    r"swell\w* (?:\w+ ){0,3}(?:neck|jaw|chin|tongue|floor of (?:the )?mouth)|"
    r"floor of (?:the )?mouth|epiglott\w*|supraglott\w*|tonsil\w*|peritonsillar|"
    r"retropharyngeal|parapharyngeal|ludwig\w*|deep neck (?:space )?infection|"
    r"quinsy|dental (?:abscess|infection)|tooth\w*|"
    r"muffled (?:\w+ )?voice|hot[ -]potato voice|"
    r"voice (?:is |was |now |sounds )?muffled|"
    # lead37: swallowing named in words is the throat's (NICE CKS sore throat 2023)
    r"(?:difficulty|trouble|pain|painful) (?:with |on )?swallowing|painful to swallow"
)
"""An infection of the throat, mouth floor or neck (Tintinalli 9th ed. ch. 246-247);
a muffled ("hot potato") voice is the supraglottic or peritonsillar swelling itself
(Tintinalli ch. 246; AAP Red Book: epiglottitis)."""
AIRWAY_THREAT: Final = _rx(
    r"stridor\w*|noisy breath\w*|harsh (?:inspiratory )?(?:noise|breath\w*)|"
    r"tripod\w*|sniffing position|"
    r"tongue (?:\w+ ){0,3}(?:elevated|raised|pushed (?:up|back|posteriorly)|"
    r"displaced)|(?:elevated|raised) (?:\w+ ){0,2}(?:floor of (?:the )?mouth|tongue)"
)
"""Signs that the airway is threatened (Tintinalli 9th ed. ch. 246: stridor, in lay
words 'noisy breathing', the tripod or sniffing position; Ludwig's angina: the tongue
pushed up and back by the mouth floor)."""
_SECRETIONS: Final = _rx(
    r"(?:unable to|can't|cannot|can not|not able to|difficulty|trouble) (?:\w+ ){0,2}"
    r"(?:swallow\w*|handl\w*|manag\w*) (?:\w+ ){0,2}(?:saliva|secretions|spit)|"
    r"pooling (?:of )?(?:oral )?secretions"
)
"""Secretions that cannot be swallowed (Tintinalli ch. 246): an airway threat in
epiglottitis, Ludwig's angina or a deep neck abscess."""
_PERITONSILLAR: Final = _rx(
    r"peritonsillar|quinsy|uvula\w* (?:\w+ ){0,2}(?:deviat\w*|displac\w*|pushed|"
    r"shifted)|(?:deviat\w*|displac\w*|push\w*) (?:\w+ ){0,2}uvula|"
    r"(?:unilateral|asymmetric\w*|one-sided) (?:\w+ ){0,2}tonsil\w*|"
    r"tonsil\w* (?:\w+ ){0,3}(?:pushed|displaced) (?:medially|to the midline|across)|"
    r"(?:bulg\w*|fullness|swelling) (?:\w+ ){0,2}(?:soft palate|above the "
    r"(?:left |right )?tonsil)"
)
"""A unilateral peritonsillar process (Galioto NJ. Am Fam Physician 2017;95:501: a
peritonsillar bulge displacing the uvula). Drooling, a muffled voice, trismus and
odynophagia so severe that saliva is not swallowed are the abscess' own features, and
airway compromise is rare (Tintinalli 9th ed. ch. 246; Galioto 2017)."""
_DEEPER: Final = _rx(
    r"epiglott\w*|supraglott\w*|ludwig\w*|floor of (?:the )?mouth|sublingual|"
    r"submental|submandibular|retropharyngeal|parapharyngeal|deep neck|"
    r"neck (?:\w+ ){0,2}swell\w*|swell\w* (?:\w+ ){0,3}neck|"
    r"respiratory distress|(?:struggling|working hard) to breathe|"
    r"short(?:ness)? of breath|dyspn\w*|breathless\w*"
)
"""A process below or beyond the tonsil, or breathing itself affected: secretions
that cannot be swallowed then signal a closing airway (Tintinalli ch. 246-247)."""
DROOLING: Final = _rx(r"drool\w*")
"""Drooling: saliva the patient cannot swallow (Tintinalli 9th ed. ch. 246)."""
_LEANING_FORWARD: Final = _rx(
    r"(?:sitting|sits|sat|leaning|leans|prefers to sit) (?:\w+ ){0,3}(?:leaning )?"
    r"forward"
)
"""Drooling counts with the forward-leaning posture it comes with in epiglottitis
(Tintinalli ch. 246); alone it is common in a peritonsillar abscess that does not
threaten the airway, and leaning forward alone is pericarditis' posture."""
_OESOPHAGEAL_BOLUS: Final = _rx(
    r"food bolus|meat bolus|bolus (?:obstruction|impaction)|food impaction|"
    r"(?:food|meat|steak|chicken|beef|pork|bread) (?:\w+ ){0,2}stuck|"
    r"o?esophageal (?:food |foreign body |bolus )?(?:obstruction|impaction)|"
    r"(?:stuck|lodged|impacted) (?:\w+ ){0,2}(?:in|at) (?:the |his |her |my )?"
    r"(?:lower |upper |mid )?(?:o?esophag\w*|gullet|chest)"
)
"""A swallowed bolus held in the oesophagus: saliva that cannot pass it is the
oesophagus obstructed, an endoscopic emergency, not the airway (Birk M et al. ESGE
2016 foreign bodies, Endoscopy 2016;48:489; ASGE 2011)."""
_HYPOXAEMIA_SPO2: Final = 92.0
"""SpO2 below 92 % (BTS 2017 emergency oxygen): breathing is affected."""


def upper_airway_threatened(texts: Sequence[str], spo2: float | None) -> bool:
    """Whether a throat or neck infection threatens the upper airway (Tintinalli).

    Stridor, the tripod or sniffing position or a raised tongue; secretions that
    cannot be swallowed (not a local peritonsillar abscess, nor a food bolus); or
    drooling with the forward lean of epiglottitis or beside a deeper process.
    """
    # Saliva not swallowed in a peritonsillar abscess with no deeper spread, no
    # breathing difficulty and no hypoxaemia is odynophagia, not a closing airway
    # (Galioto 2017; Tintinalli ch. 246).
    local_pta = (
        asserted(_PERITONSILLAR, texts)
        and not asserted(_DEEPER, texts)
        and (spo2 is None or spo2 >= _HYPOXAEMIA_SPO2)
    )
    # lead37: saliva held back by a food bolus in the oesophagus, with no stridor and
    # no hypoxaemia, is an oesophageal obstruction (ESGE 2016: endoscopy within 6 h),
    # not an airway closing
    oesophageal = asserted(_OESOPHAGEAL_BOLUS, texts) and (
        spo2 is None or spo2 >= _HYPOXAEMIA_SPO2
    )
    threat = asserted(AIRWAY_THREAT, texts) or (
        not oesophageal
        and (
            (asserted(_SECRETIONS, texts) and not local_pta)
            or (asserted(DROOLING, texts) and asserted(_LEANING_FORWARD, texts))
            # obpeds39: drooling beside a process below or beyond the tonsil (a
            # swollen neck, a retropharyngeal or mouth-floor infection) is saliva
            # held back by a deep neck infection, an airway threat (Tintinalli 9th
            # ed. ch. 246; Craig FW, Schunk JE. Pediatrics 2003;111:1394)
            or (
                asserted(DROOLING, texts) and asserted(_DEEPER, texts) and not local_pta
            )
        )
    )
    return threat and asserted(_THROAT, texts)


def threatened_upper_airway(view: StageView, _pop: Population) -> list[Required]:
    """Tintinalli ch. 246-247; DAS 2015: airway team now, patient left sitting up."""
    if not upper_airway_threatened(visible_texts(view), view.vitals.spo2):
        return []
    src = "Tintinalli 9th ed. ch. 246-247; Frerk C et al. Difficult Airway Society 2015"
    return [
        _req(
            "consult",
            "airway team emergently (the most experienced operator, anaesthesia and "
            "ENT): secure the airway in a controlled setting (awake fibreoptic "
            "intubation) with front-of-neck access set up (double set-up)",
            f"an infection threatening the upper airway: obstruction can be sudden "
            f"and complete ({src})",
            r"double set-?up|awake (?:fibre|fiber)optic|airway team",
        ),
        _req(
            "monitoring",
            "keep the patient sitting up in the position they choose, with "
            "continuous SpO2; no supine positioning, no instruments in the pharynx "
            "and no sedation until the airway is secured",
            f"lying flat, instrumenting the pharynx or sedation can precipitate "
            f"complete obstruction ({src})",
            r"sitting up|position of comfort|calm and upright",
        ),
    ]


# --- CSF shunt malfunction (classic31) ---

_CSF_SHUNT: Final = _rx(
    r"(?:vp|v-p|va|ventriculo-?(?:peritoneal|atrial|pleural)|csf|cerebrospinal fluid|"
    r"programmable|hydrocephalus) shunt\w*|shunt\w* for hydrocephalus|"
    r"shunted hydrocephalus|hydrocephalus (?:\w+ ){0,3}shunt\w*|"
    r"shunt (?:revision|insertion|placement|tap)\w*"
)
"""A cerebrospinal fluid shunt in place."""
_RAISED_ICP_SYMPTOM: Final = _rx(
    r"headache\w*|vomit\w*|drows\w*|letharg\w*|sleepy|confus\w*|irritab\w*|"
    r"seizur\w*|fit(?:s|ting)?\b|reduced (?:gcs|conscious\w*)|gcs (?:1[0-4]|[3-9])\b|"
    r"(?:sunset\w*|upgaze|up-?gaze) (?:\w+ )?(?:palsy|paresis|eyes|sign)|"
    r"sluggish upgaze|papilloedema|papilledema|bulging fontanelle"
)
"""Symptoms of a rising intracranial pressure (Paff M et al. 2018)."""
_SHUNT_FAILURE_WORDED: Final = _rx(
    r"shunt (?:malfunction\w*|failure|failing|blockage|obstruction|block\w*)|"
    r"(?:malfunction\w*|blocked|failed|failing|obstructed|broken) shunt"
)
"""A shunt failure named at triage ("shunt malfunction", "blocked shunt")."""
_ACCESS_SHUNT: Final = _rx(
    r"dialys\w*|fistula|av graft|arteriovenous|\bav\b|haemodialys\w*|hemodialys\w*|"
    r"portosystemic|tips\b|pleurx"
)
"""Shunts that carry blood or other fluid, not cerebrospinal fluid."""


def _csf_shunt_failing(texts: Sequence[str]) -> bool:
    """A CSF shunt with raised-pressure symptoms, or a shunt failure named.

    Kahle KT et al. Lancet 2016;387:788 (hydrocephalus): headache, vomiting,
    lethargy or irritability in a shunted patient is a shunt failure until proven
    otherwise; a named malfunction is one when the shunt is not a dialysis access.
    """
    if asserted(_CSF_SHUNT, texts) and asserted(_RAISED_ICP_SYMPTOM, texts):
        return True
    return asserted(_SHUNT_FAILURE_WORDED, texts) and not asserted(_ACCESS_SHUNT, texts)


def csf_shunt_malfunction(view: StageView, _pop: Population) -> list[Required]:
    """A shunted patient with headache, vomiting or drowsiness: a malfunction first.

    CT head compared with the last scan and a shunt series, and neurosurgery now: a
    shunt tap when deteriorating; no lumbar puncture (Paff M et al. Interdiscip
    Neurosurg 2018;13:66; Kestle JRW et al. J Neurosurg Pediatr 2016;17:391;
    Tintinalli 9th ed. neurosurgical devices; Kahle KT et al. Lancet 2016).
    """
    texts = visible_texts(view)
    if not _csf_shunt_failing(texts):
        return []
    src = "Paff M et al. Interdiscip Neurosurg 2018; Kestle JRW et al. 2016"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head (or rapid-sequence MRI) compared with the last scan, "
            "and a shunt series (radiographs of the whole tubing)",
            f"ventricular size and a break or disconnection of the shunt ({src})",
            r"shunt series",
        ),
        _req(
            "consult",
            "neurosurgery emergently: shunt assessment, a shunt tap if deteriorating; "
            "no lumbar puncture",
            f"raised intracranial pressure from a failed shunt ({src})",
            r"neurosurg\w*",
        ),
    ]


# --- Stevens-Johnson syndrome / toxic epidermal necrolysis ---

_DETACHMENT: Final = _rx(
    r"bull(?:ae|a|ous)|epiderm\w* (?:detach\w*|loss|slough\w*)|"
    r"(?:skin|epidermis) (?:is |was )?(?:\w+ ){0,2}(?:peel\w*|slough\w*|detach\w*)|"
    r"peeling (?:\w+ )?rash|"
    r"(?:positive|\+) nikolsky|nikolsky\w* (?:sign )?(?:is )?(?:positive|\+|present)|"
    r"denuded|(?:flaccid|fragile) (?:\w+ )?blister\w*|"
    r"blisters? (?:that |which )?(?:burst|break|rupture)s? easily"
)
"""Epidermal detachment (Creamer 2016: SJS/TEN is epidermal necrosis with detachment;
flaccid bullae, blisters that break easily, a positive Nikolsky sign)."""
_BLISTER: Final = _rx(r"blister\w*")
_CULPRIT: Final = _rx(
    r"lamotrigine|carbamazepine|oxcarbazepine|phenytoin|phenobarbit\w*|allopurinol|"
    r"sulfamethoxazole|co-?trimoxazole|bactrim|septrin|sulfasalazine|sulphasalazine|"
    r"sulfadiazine|nevirapine"
)
"""High-risk culprit drugs (ALDEN: Sassolas B et al. Clin Pharmacol Ther 2010;88:60;
Mockenhaupt M et al. EuroSCAR, J Invest Dermatol 2008;128:35): blisters with mucosal
erosions on one of these is SJS/TEN until shown otherwise; blisters and mouth sores
alone are also hand, foot and mouth disease or herpes."""
_MUCOSAL: Final = _rx(
    r"(?:oral|mouth|buccal|lip|mucosal|genital|vulval|penile|urethral) "
    r"(?:\w+ ){0,2}(?:erosion\w*|ulcer\w*|sores?|blister\w*)|"
    r"(?:erosion\w*|ulcer\w*|sores?) (?:\w+ ){0,3}(?:mouth|lips?|mucosa\w*|genital\w*)|"
    r"(?:crust\w*|erosion\w*) of (?:the )?lips|lips? (?:\w+ ){0,2}crust\w*|"
    r"(?:bilateral |purulent )?conjunctivitis|conjunctival (?:injection|erosion\w*)|"
    r"painful eyes|mucositis"
)
"""Mucous membrane involvement (Creamer 2016: two or more mucosal sites in most)."""
_NAMED: Final = _rx(
    r"stevens-?johnson|\bsjs\b|toxic epidermal necrolysis|epidermal necrolysis|"
    r"sjs/ten"
)
_NEW_DRUG: Final = _rx(
    r"(?:new|newly started|recently started|recent) (?:\w+ ){0,2}(?:drugs?|"
    r"medications?|medicines?|tablets?|antibiotics?|antiepileptics?|anticonvulsants?)|"
    r"(?:started|commenced|began|begun|course of) (?:\w+ ){0,4}(?:\d+|a few|one|two|"
    r"three|four|five|six|seven|eight) (?:days?|weeks?) (?:ago|before|earlier)"
)
"""A drug started recently (Creamer 2016: SJS/TEN follows a new drug within about 8
weeks in most adults; ALDEN scores the interval)."""


def mucocutaneous_detachment(view: StageView, _pop: Population) -> bool:
    """Mucosal erosions with epidermal detachment, or SJS/TEN named.

    A blistering emergency to be seen now (ESI v4 ch.4), whether SJS/TEN or
    pemphigus vulgaris.
    """
    texts = visible_texts(view)
    return asserted(_NAMED, texts) or (
        asserted(_MUCOSAL, texts)
        and (
            asserted(_DETACHMENT, texts)
            or (asserted(_BLISTER, texts) and asserted(_CULPRIT, texts))
        )
    )


def epidermal_necrolysis(view: StageView, pop: Population) -> list[Required]:
    """Creamer 2016 (BAD): SJS/TEN: stop the culprit, fluids, burn unit, eyes.

    SJS/TEN is named, or mucosal erosions with detachment follow a drug (a high-risk
    culprit or a drug started recently; classic31): blistering without a drug is
    also pemphigus vulgaris, which needs a biopsy, not burn-unit fluids and a
    catheter (Harman KE et al. BAD 2017).
    """
    texts = visible_texts(view)
    if not mucocutaneous_detachment(view, pop):
        return []
    if not (
        asserted(_NAMED, texts)
        or asserted(_CULPRIT, texts)
        or asserted(_NEW_DRUG, texts)
    ):
        return []
    src = "Creamer D et al. UK SJS/TEN guidelines 2016, Br J Dermatol 2016;174:1194"
    return [
        _req(
            "medication",
            "stop every possible culprit drug now (drugs started in the last 8 weeks, "
            "e.g. lamotrigine, carbamazepine, allopurinol, sulfonamides, nevirapine)",
            f"early withdrawal of the culprit drug lowers mortality ({src})",
            r"stop (?:the |every |all )?(?:possible )?(?:culprit|causative|suspect)|"
            r"culprit",
        ),
        _req(
            "medication",
            "IV crystalloid guided by a urine output of 0.5-1 mL/kg/h (skin loss as "
            "in a burn, usually less than the Parkland volume); urinary catheter",
            f"fluid and protein loss through the denuded skin ({src})",
            r"iv crystalloid|crystalloid|iv fluid|fluid resus\w*",
        ),
        _req(
            "consult",
            "burn centre or ICU with dermatology (epidermal detachment >= 10 % BSA)",
            f"barrier nursing, warmed room and wound care reduce sepsis ({src})",
            r"burn|intensive care|\bicu\b",
        ),
        _req(
            "consult",
            "ophthalmology within 24 h: lubricants and daily review",
            f"ocular involvement scars the cornea and lids ({src})",
            r"ophthalmolog\w*",
        ),
        _req(
            "diagnostic",
            "SCORTEN on the first day: bicarbonate, glucose, urea, heart rate, "
            "detached BSA, malignancy and age; skin and mucosal swabs, no prophylactic "
            "antibiotics",
            f"SCORTEN predicts mortality (Bastuji-Garin S et al. J Invest Dermatol "
            f"2000;115:149; {src})",
            r"scorten",
        ),
    ]


_EXTENSIVE_DETACHMENT: Final = _rx(
    r"(?:extensive|widespread|diffuse|generali[sz]ed|large areas? of|sheets? of)"
    r" (?:\w+ ){0,2}(?:epiderm\w* (?:detach\w*|loss|slough\w*)|skin (?:detach\w*|"
    r"slough\w*|peel\w*|loss)|denuded skin|bullae|blister\w*|erosions)|"
    r"(?:epiderm\w* (?:detach\w*|loss|slough\w*)|skin (?:detach\w*|slough\w*)|"
    r"bullae|blister\w*) (?:\w+ ){0,3}(?:[1-9]\d|100) ?% (?:of )?(?:the )?"
    r"(?:bsa\b|tbsa\b|body surface)"
)
"""Epidermal detachment worded as extensive (or >= 10 % of the body surface): skin
failure whatever its cause (SJS/TEN, staphylococcal scalded skin, a bullous disease),
with a burn's fluid, heat and protein loss and infection risk (Creamer D et al. UK
SJS/TEN guidelines 2016, Br J Dermatol 2016;174:1194: burn centre or ICU)."""


def extensive_detachment(view: StageView, _pop: Population) -> bool:
    """Whether the text words extensive epidermal detachment (skin failure)."""
    return asserted(_EXTENSIVE_DETACHMENT, visible_texts(view))


def mucocutaneous_blistering(view: StageView, pop: Population) -> list[Required]:
    """Mucosal erosions with detachment and no culprit drug: pemphigus until biopsy.

    Same-day dermatology for a skin biopsy with direct immunofluorescence, the
    corticosteroid after it, admission for extensive disease or poor intake (Harman
    KE et al. BAD 2017 pemphigus vulgaris); SJS/TEN's burn-unit care is for a drug
    reaction (``epidermal_necrolysis``, classic31).
    """
    if not mucocutaneous_detachment(view, pop) or epidermal_necrolysis(view, pop):
        return []
    return [
        _req(
            "consult",
            "dermatology today: skin biopsy for histology and direct "
            "immunofluorescence; systemic corticosteroid once the biopsy is taken; "
            "admission for extensive skin loss or poor oral intake",
            "mucosal erosions with flaccid blisters and no culprit drug: pemphigus "
            "vulgaris until the biopsy (Harman KE et al. BAD 2017)",
            r"dermatolog\w*",
        )
    ]


# --- necrotising soft-tissue infection ---

_NSTI_HARD: Final = _rx(
    r"crepitus|crepitance|subcutaneous (?:gas|emphysema|air)|gas (?:in|within|along|"
    r"tracking)(?: \w+){0,3} (?:soft tissue\w*|fasci\w*|muscle\w*|subcutane\w*)|"
    r"soft[- ]tissue gas|(?:h(?:a)?emorrhagic|violaceous|dusky|bloody) bullae|"
    r"skin necrosis|necrotic skin|(?:dusky|grey|gray|violaceous|purple|black) "
    r"(?:\w+ )?(?:skin|discolou?ration|patch\w*)|"
    r"dishwater (?:fluid|discharge|pus)|(?:skin )?an(?:a)?esthesia over"
)
"""Hard signs of necrotising infection (Wong CH et al. J Bone Joint Surg Am
2003;85:1454; Stevens DL et al. IDSA SSTI 2014): crepitus or gas, haemorrhagic bullae,
skin necrosis or dusky discolouration, dishwater discharge, anaesthesia of the skin."""
_NSTI_SOFT: Final = _rx(
    r"(?:pain|tenderness) (?:\w+ ){0,3}out of proportion|out of proportion to "
    r"(?:the )?(?:exam\w*|findings|skin|appearance|what)|"
    r"(?:pain|tenderness|o(?:e)?dema|swelling|induration) (?:\w+ ){0,3}(?:extend\w* )?"
    r"beyond (?:the )?(?:margin of (?:the )?)?(?:erythema|redness|cellulitis|rash)|"
    r"(?:woody|wooden|tense) (?:o(?:e)?dema|induration|swelling)|rapidly spreading"
)
"""Early signs (IDSA 2014: pain disproportionate to the findings, oedema or tenderness
beyond the erythema, woody induration, rapid progression)."""
_SOFT_TISSUE: Final = _rx(
    r"cellulitis|erythema|redness|red (?:and )?(?:hot|swollen)|skin infection|"
    r"wound infection|abscess|fournier\w*|scrot\w* (?:\w+ ){0,2}swelling|"
    r"perine\w* (?:\w+ ){0,2}(?:pain|swelling)"
)
_NSTI_NAMED: Final = _rx(
    r"necroti[sz]ing (?:fasciitis|soft[- ]tissue infection|infection)|nec fasc|"
    r"\bnsti\b|fournier\w* gangrene|gas gangrene"
)


def necrotising_soft_tissue_infection(
    view: StageView, _pop: Population
) -> list[Required]:
    """IDSA 2014: suspected necrotising infection goes to the surgeon now.

    A skin or soft-tissue infection with a hard sign, or with an early sign and
    systemic toxicity (fever with tachycardia or hypotension), or the infection
    named: emergent surgical exploration and debridement, and broad-spectrum
    antibiotics with clindamycin against toxin production (Stevens DL et al. Clin
    Infect Dis 2014;59:e10).
    """
    texts = visible_texts(view)
    v = view.vitals
    toxic = (v.systolic_bp is not None and v.systolic_bp < 90) or (
        v.heart_rate is not None
        and v.heart_rate > 100
        and v.temperature_c is not None
        and v.temperature_c >= 38.0
    )
    named = asserted(_NSTI_NAMED, texts)
    infected = named or asserted(_SOFT_TISSUE, texts)
    hard = asserted(_NSTI_HARD, texts)
    if not (named or (infected and (hard or (toxic and asserted(_NSTI_SOFT, texts))))):
        return []
    src = "Stevens DL et al. IDSA SSTI guideline, Clin Infect Dis 2014;59:e10"
    return [
        _req(
            "consult",
            "surgery emergently: operative exploration and debridement (imaging must "
            "not delay it; a negative CT does not exclude necrotising infection)",
            f"suspected necrotising soft-tissue infection: mortality rises with every "
            f"hour to debridement ({src})",
            r"surg\w* (?:\w+ )?emergent|emergent\w* surg|debridement",
        ),
        _req(
            "medication",
            "vancomycin + piperacillin-tazobactam + clindamycin IV now (clindamycin "
            "suppresses toxin production)",
            f"empiric therapy of necrotising infection ({src})",
            r"clindamycin",
        ),
        _req(
            "diagnostic",
            "blood cultures, lactate, CK, creatinine and CBC before antibiotics",
            f"severity and organ dysfunction ({src})",
            r"blood cultures?",
        ),
    ]


# --- miscarriage under way: tissue in the cervical os ---

TISSUE_IN_OS: Final = _rx(
    r"products of conception (?:\w+ ){0,3}(?:in|at|through|within|protruding|"
    r"visible|seen) (?:\w+ ){0,3}(?:os|canal|cervix)|"
    r"(?:tissue|clots? and tissue|products) (?:\w+ ){0,2}(?:in|at|through|from|"
    r"protruding (?:from|through)) (?:the |her )?(?:\w+ ){0,1}(?:os|canal|cervix)|"
    r"(?:open|dilated) (?:cervical |internal )?os (?:with|and) (?:\w+ ){0,2}"
    r"(?:tissue|products)|(?:cervical )?os (?:is |was )?open with (?:\w+ ){0,2}"
    r"(?:tissue|products)|"
    r"(?:incomplete|inevitable) (?:miscarriage|abortion)"
)
"""Tissue in or through the cervical os, or a miscarriage named incomplete or
inevitable: the pregnancy is intrauterine and leaving (ACOG PB 200; NICE NG126)."""
_BELOW_20_WEEKS: Final = 20
_FAINT: Final = _rx(
    r"syncop\w*|faint\w*|near[- ]syncope|presyncop\w*|collaps\w*|grey|gray|"
    r"sweaty|clammy|pale"
)


def miscarriage_in_os(view: StageView, pop: Population) -> list[Required]:
    """Tissue in the os: remove it at speculum (cervical shock) and call gynaecology.

    Products of conception held in the cervical canal cause heavy bleeding and a
    vagal "cervical shock" (bradycardia, hypotension); removing them with sponge
    forceps at speculum examination relieves both, before any evacuation (Tintinalli
    9th ed. ch. 98; ACOG Practice Bulletin 200, 2018; NICE NG126, 2023).
    """
    if pop.sex == "M" or pop.pregnancy == "not_pregnant":
        return []
    weeks = pop.gestation_weeks
    if weeks is not None and weeks >= _BELOW_20_WEEKS:
        return []
    texts = visible_texts(view)
    if not asserted(TISSUE_IN_OS, texts):
        return []
    v = view.vitals
    shocked = (
        (v.systolic_bp is not None and v.systolic_bp < 90)
        or (v.heart_rate is not None and v.heart_rate < 60)
        or abnormal_shock_index(v.heart_rate, v.systolic_bp, pop) is not None
        or asserted(_FAINT, texts)
    )
    src = "ACOG Practice Bulletin 200 (2018); NICE NG126 (2023); Tintinalli ch. 98"
    out = [
        _req(
            "procedure",
            "speculum examination: remove the products of conception from the "
            "cervical os with sponge forceps",
            f"tissue held in the os keeps the bleeding going and causes vagal "
            f"(cervical) shock ({src})",
            r"sponge forceps|remov\w* (?:the )?(?:products|tissue)",
        ),
        _req(
            "diagnostic",
            "blood group and Rh status (anti-D immunoglobulin if Rh-negative and "
            "surgical management)",
            f"NICE NG126 1.8 ({src})",
            r"\brh\b|type and (?:screen|crossmatch)",
        ),
    ]
    if shocked:
        out.append(
            _req(
                "consult",
                "gynaecology emergently: miscarriage with haemodynamic compromise "
                "(uterine evacuation if bleeding continues)",
                f"heavy bleeding or shock in a miscarriage ({src})",
                r"gyn\w* emergent\w*|ob/gyn emergent\w*",
            )
        )
    else:
        out.append(
            _req(
                "consult",
                "gynaecology / early pregnancy unit: expectant, medical or surgical "
                "management",
                src,
                r"gyn\w*|early pregnancy",
            )
        )
    return out


# --- suspected oral cancer ---

_ORAL_LESION: Final = (
    r"(?:lump|mass|swelling|lesion|growth|ulcer(?:ation)?|nodule|plaque|tumou?r|"
    r"patch)s?"
)
_ORAL_SITE: Final = (
    r"(?:tongue|lips?|gums?|gingiva\w*|floor of (?:the )?mouth|palate|buccal|"
    r"oral cavity|(?:inside|roof) of (?:the |his |her |their )?mouth)"
)
_ORAL_FINDING: Final = (
    rf"(?:{_ORAL_LESION} (?:\S+ ){{0,5}}(?:on|of|in|at|over|under|along) (?:the |his "
    rf"|her |their )?(?:\S+ ){{0,4}}{_ORAL_SITE}|{_ORAL_SITE}(?:[- ]\S+)?[- ]"
    rf"{_ORAL_LESION}|(?:oral|intra-?oral|lingual|labial|gingival) (?:\S+ )?"
    rf"{_ORAL_LESION})"
)
_PERSISTING: Final = (
    r"(?:(?:(?:[3-9]|[1-9]\d|three|four|five|six|eight|several|many) weeks|"
    r"(?:a few |several |many |\d+ |two |three |six )?months|years)(?! ago\b)|"
    r"(?:enlarg|expand|grow|increas)\w*|progressive\w*|indurat\w*|non-?healing|"
    r"(?:not|never|won'?t|doesn'?t|did not|has not) (?:\w+ )?heal\w*|persistent)"
)
_PERSISTING_BEFORE: Final = (
    r"(?:(?:enlarg|expand|grow)\w*|progressive\w*|indurat\w*|non-?healing|persistent)"
)
_ORAL_PERSISTING: Final = _rx(
    rf"{_ORAL_FINDING}[^.;\n]{{0,90}}?\b{_PERSISTING}|"
    rf"\b{_PERSISTING_BEFORE}\W{{0,2}}(?:\S+ ){{0,3}}{_ORAL_FINDING}"
)
"""A lump, ulcer or patch of the lip or oral cavity worded as lasting 3 weeks or more,
growing or indurated (NICE NG12 1.8.1-1.8.2)."""
_ORAL_EXPLAINED: Final = _rx(
    r"recurr\w*|aphth\w*|angio-?o?edema|herpe\w*|cold sores?|abscess\w*|"
    r"bit (?:his |her |their )?(?:tongue|lip)|denture\w*|"
    r"since (?:waking|this morning|last night)|woke (?:up )?with|sudden\w*|overnight"
)
"""Causes that explain a mouth lesion without a cancer: recurrent aphthous ulcers,
angioedema, herpes labialis, a dental abscess, a bite or an ill-fitting denture; and
a swelling of sudden onset (since waking, overnight), which is angioedema's course,
not a cancer's."""


def oral_cancer_referral(view: StageView, _pop: Population) -> list[Required]:
    """NICE NG12 1.8.1-1.8.2: a persisting oral lesion is a suspected cancer referral.

    Unexplained ulceration of the oral cavity lasting more than 3 weeks, or a lump
    on the lip or in the oral cavity, is referred on the suspected-cancer pathway
    (an appointment within 2 weeks) for biopsy; the ED's part is the referral, not a
    diagnosis of pharyngitis (NICE NG12 2015, updated 2023; Hindle I et al. BMJ
    2000: the delay to biopsy decides the stage).
    """
    texts = visible_texts(view)
    if not asserted(_ORAL_PERSISTING, texts) or asserted(_ORAL_EXPLAINED, texts):
        return []
    return [
        _req(
            "consult",
            "urgent suspected-cancer referral (seen within 2 weeks) to oral and "
            "maxillofacial surgery or ENT for biopsy",
            "a persisting or growing lump or ulcer of the lip or oral cavity (NICE NG12"
            " 2015 1.8.1-1.8.2, suspected cancer: recognition and referral)",
            r"suspected[- ]cancer|2[- ]week|two[- ]week|biops\w*",
        )
    ]


# --- sexual assault (adolescent and adult) ---

_SEXUAL_ASSAULT: Final = _rx(
    r"sexual(?:ly)? (?:assault\w*|abuse\w*|violence)|rape\b|raped\b"
)
_PAST_ASSAULT: Final = _rx(
    r"(?:history of|h/o|childhood|past|previous|prior|remote) (?:\w+ ){0,2}"
    r"(?:sexual|rape)|sexual(?:ly)? abused? (?:as a child|in (?:her |his )?childhood)"
    r"|(?:\d+|many|several) years ago"
)
"""A past assault (childhood abuse in a history) is no acute exposure to treat."""
ASSAULT_CARE_FROM: Final = years(13)
"""CDC 2021 STI treatment guidelines' sexual assault section covers adolescents and
adults; a younger child's abuse is a paediatric safeguarding pathway."""


def sexual_assault_care(view: StageView, pop: Population) -> list[Required]:
    """An acute sexual assault: the time-limited preventive care, offered now.

    Workowski KA et al. CDC STI treatment guidelines 2021 (MMWR Recomm Rep 2021;
    70(4)), "Sexual assault and abuse": pregnancy test and emergency contraception,
    empiric gonorrhoea, chlamydia and trichomonas prophylaxis, hepatitis B
    vaccination, HIV post-exposure prophylaxis assessed (CDC nPEP 2016: start within
    72 h), and a forensic examination by a trained examiner with consent (WHO 2013,
    Responding to intimate partner violence and sexual violence against women).
    """
    if pop.age_within(0, ASSAULT_CARE_FROM - 1) is True:
        return []
    texts = visible_texts(view)
    if not asserted(_SEXUAL_ASSAULT, texts) or asserted(_PAST_ASSAULT, texts):
        return []
    src = "CDC STI treatment guidelines 2021 (Workowski KA et al.); CDC nPEP 2016"
    out = []
    can_conceive = pop.sex != "M" and pop.age_within(ASSAULT_CARE_FROM, years(55))
    if can_conceive is not False:
        out.append(
            _req(
                "diagnostic",
                "urine pregnancy test (it decides contraception and drug choice)",
                f"sexual assault: pregnancy decides contraception and drugs ({src})",
                r"pregnan\w* test|\bhcg\b",
            )
        )
        out.append(
            _req(
                "medication",
                "emergency contraception offered: levonorgestrel 1.5 mg PO within 72 h "
                "or ulipristal 30 mg PO within 120 h of the assault (copper IUD the "
                "most effective)",
                f"sexual assault: prevent pregnancy while it can be prevented ({src})",
                r"emergency contracep\w*|levonorgestrel|ulipristal",
            )
        )
    out += [
        _req(
            "diagnostic",
            "baseline HIV, hepatitis B and syphilis serology; gonorrhoea and chlamydia "
            "NAAT at the exposed sites",
            f"sexual assault: baseline infection status ({src})",
            r"\bhiv\b (?:test|serolog\w*)|naat",
        ),
        _req(
            "medication",
            "HIV post-exposure prophylaxis assessed now: start within 72 h of the "
            "exposure when indicated (28-day course), with hepatitis B vaccination if "
            "not immune",
            f"sexual assault: nPEP works only within 72 h ({src})",
            r"post-?exposure prophylaxis|\bpep\b|\bnpep\b",
        ),
        _req(
            "medication",
            "STI prophylaxis offered: ceftriaxone 500 mg IM once, doxycycline 100 mg "
            "PO twice daily for 7 days, and metronidazole 500 mg PO twice daily for 7 "
            "days in women",
            f"sexual assault: empiric gonorrhoea, chlamydia, trichomonas ({src})",
            r"ceftriaxone|sti prophylaxis",
        ),
        _req(
            "consult",
            "forensic examination by a trained examiner (SANE or sexual assault "
            "referral centre) with consent; advocate, safety assessment and follow-up",
            "sexual assault: evidence, support and safety (WHO 2013; CDC 2021)",
            r"forensic|\bsane\b|sexual assault (?:referral|nurse)",
        ),
    ]
    return out


SPECIALTY_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[Required]], ...]
] = (
    cord_prolapse,
    miscarriage_in_os,
    threatened_upper_airway,
    epidermal_necrolysis,
    mucocutaneous_blistering,
    necrotising_soft_tissue_infection,
    oral_cancer_referral,
    csf_shunt_malfunction,
    sexual_assault_care,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""


def _fires(
    pathway: Callable[[StageView, Population], list[Required]],
) -> Callable[[StageView, Population], bool]:
    def met(view: StageView, pop: Population) -> bool:
        return bool(pathway(view, pop))

    return met


_BELOW_THE_JAW: Final = _rx(
    r"submandibular|submental|sublingual|floor of (?:the )?mouth|ludwig\w*|"
    r"retropharyngeal|parapharyngeal|deep neck|"
    r"(?:neck|jaw|chin) (?:\w+ ){0,2}(?:swell\w*|swollen)|"
    r"(?:swell\w*|swollen) (?:\w+ ){0,2}(?:under|below|beneath) (?:the |his |her )?"
    r"(?:jaw|chin)|"
    r"(?:swell\w*|swollen) (?:\w+ ){0,2}(?:of |in )?(?:the |his |her )?neck"
)
"""Swelling below the jaw or in the neck: the spaces of Ludwig's angina and deep neck
abscesses (Tintinalli 9th ed. ch. 246-247), not the cheek of a dental abscess."""
_SWALLOW_OR_OPEN: Final = _rx(
    r"dysphag\w*|odynophag\w*|(?:difficulty|trouble|pain\w*|unable|cannot|can't|"
    r"can not) (?:\w+ ){0,2}(?:swallow\w*|opening (?:the |his |her )?mouth|open "
    r"(?:the |his |her )?mouth)|trismus|muffled|hot[- ]potato|drool\w*"
)
"""Dysphagia, odynophagia, trismus or a muffled voice: the infection has spread to
the deep spaces around the airway (NICE CKS dental abscess: same-day hospital
referral for difficulty swallowing or breathing; Tintinalli ch. 246-247)."""


def deep_neck_infection(view: StageView, _pop: Population) -> bool:
    """Fever with swelling below the jaw and dysphagia or trismus (high risk).

    A deep neck space infection (Ludwig's angina, a parapharyngeal or retropharyngeal
    abscess) can close the airway within hours: a high-risk situation before any
    airway sign (Tintinalli 9th ed. ch. 246-247; ESI v4 handbook ch. 4).
    """
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    fever = (t is not None and t >= 38.0) or asserted(FEVER, texts)
    return (
        fever and asserted(_BELOW_THE_JAW, texts) and asserted(_SWALLOW_OR_OPEN, texts)
    )


TRIAGE_HIGH_RISK: Final[
    tuple[tuple[str, Callable[[StageView, Population], bool], str], ...]
] = (
    (
        "possible CSF shunt failure (a shunt with headache, vomiting, drowsiness or"
        " irritability)",
        _fires(csf_shunt_malfunction),
        "Kahle KT et al. Lancet 2016;387:788 (shunt failure: a neurosurgical"
        " emergency); Paff M et al. 2018",
    ),
    (
        "threatened upper airway (stridor, secretions, tripod position)",
        _fires(threatened_upper_airway),
        "Tintinalli 9th ed. ch. 246-247",
    ),
    (
        "possible deep neck space infection (fever, swelling below the jaw, "
        "dysphagia or trismus)",
        deep_neck_infection,
        "Tintinalli 9th ed. ch. 246-247; NICE CKS dental abscess",
    ),
    (
        "possible Stevens-Johnson syndrome / toxic epidermal necrolysis",
        _fires(epidermal_necrolysis),
        "Creamer D et al. Br J Dermatol 2016",
    ),
    (
        "extensive epidermal detachment (skin failure, cared for as a burn)",
        extensive_detachment,
        "Creamer D et al. UK SJS/TEN guidelines 2016, Br J Dermatol 2016;174:1194",
    ),
)
"""Time-critical conditions of this module, asked at triage by
``agents.triage_pathways`` (ESI v4 handbook ch. 4 high-risk situations). Cord prolapse
is not here: triage's own late-pregnancy pattern (AWHONN Maternal-Fetal Triage Index
2015) already reads it."""
