"""Pathway criteria met at triage: high-risk situations (ESI decision point B).

The ESI v4 handbook's high-risk principle (Gilboy N et al., AHRQ 2012/2020 ed., ch.4):
a patient whose condition could deteriorate, or who needs time-critical treatment, is
level 2 ("would you give your last open bed to this patient?"). The must-not-miss
pathways (``agents.pathways`` and its ``pathways_*`` modules) declare, from their own
guidelines, when such a condition is present; where those criteria can be met from
what triage sees, triage asks the very same criteria instead of a second copy: each
pathway below is run on the triage view (chief complaint, the triage vitals block and
narrative, demographics; no note, no later text) and, when it fires, the presentation
is a high-risk situation. CTAS/KTAS grade ESI's mandatory level-2 criteria at level 2
(``agents.offline.rules.ctas``), so the site's scale follows.

A criterion marked ``life_saving`` is more than a high-risk situation: met, the
patient needs an immediate life-saving intervention (ESI v4 handbook ch.3, decision
point A, level 1): an upper airway closing now, an umbilical cord prolapse.

Some criteria are triage's own where the pathway needs findings a triage nurse cannot
see or no pathway exists: a brief resolved unexplained event in an infant that is not
lower risk (AAP 2016), ear pain with otorrhoea in an older diabetic or
immunocompromised adult (suspected necrotising otitis externa, read with the pathway's
own ear and risk-factor words), a temporal headache with visual or jaw symptoms at 50
or over (giant cell arteritis, BSR 2020), Charcot's triad, and lithium with a
neurological sign (read with the lithium pathway's own words). Pathways whose firing
does not itself make the patient high risk (tetanus, a pregnancy test for possible
ectopic, imaging rules) are not asked. Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from agents import pathways
from agents import pathways_acute as acute
from agents import pathways_child as child
from agents import pathways_medical as medical
from agents import pathways_specialty as specialty
from agents import pathways_surgical as surgical
from agents import pathways_tox as tox
from agents import pathways_vascular as vascular
from agents._reads import Reuse, reused_runs
from agents._text import new_texts, visible_texts
from agents.offline.rules.esi import (
    ESI_LIFE_SAVING,
    LONG_QTC_REASON,
    TEMPERATURE_EXTREME,
)
from agents.pathways_acute import asserted
from agents.pathways_medical import CHOLESTASIS, EAR, INFLAMMATION, noe_risk
from cases.memo import HashMemo, RecentByIdentity
from cases.population import Population, view_population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "TRIAGE_CRITERIA",
    "TriageCriterion",
    "pathway_high_risk",
    "triage_text",
    "triage_view",
]

ESI_HIGH_RISK: Final = "ESI v4 handbook ch.4 high-risk situation"

_rx = word_start


@dataclass(frozen=True)
class TriageCriterion:
    """A high-risk situation triage reads with a pathway's own criteria."""

    name: str
    met: Callable[[StageView, Population], bool]
    source: str
    life_saving: bool = False
    """Met, the patient needs an immediate life-saving intervention (decision point
    A, level 1) rather than being at high risk (B, level 2)."""


def _fires(
    pathway: Callable[[StageView, Population], Sequence[object]],
) -> Callable[[StageView, Population], bool]:
    """Whether ``pathway`` asks for orders on this view: its criteria are met."""

    def met(view: StageView, pop: Population) -> bool:
        return bool(pathway(view, pop))

    return met


def _preterm_labour(view: StageView, pop: Population) -> bool:
    """Preterm labour's pathway met, unless the tightenings are false labour.

    peds43: irregular, painless tightenings with nothing else are assessed, not
    treated as preterm labour (ACOG PB 171 2016; ``pathways_medical.false_labour``).
    """
    return bool(medical.preterm_labour(view, pop)) and not medical.false_labour(view)


# --- necrotising otitis externa suspected at triage ---

_OTORRHOEA: Final = _rx(
    r"otorrh\w*|discharg\w* (?:from|in) (?:the |his |her |my )?(?:\w+ )?ears?|"
    r"(?:ear|ears) (?:is |are )?(?:discharg\w*|drain\w*|leak\w*|oozing)|"
    r"(?:pus|fluid) (?:from|in) (?:the |his |her |my )?(?:\w+ )?ears?"
)
NOE_MIN_AGE: Final = 60


def otitis_externa_high_risk(view: StageView, pop: Population) -> bool:
    """Ear pain with otorrhoea in an older diabetic or immunocompromised adult.

    Necrotising otitis externa: pain and exudate are the obligatory criteria of Cohen
    & Friedman (J Laryngol Otol 1987;101:216) in the population it affects, older
    diabetic or immunocompromised patients (Carfrae MJ, Kesser BW. Otolaryngol Clin
    North Am 2008;41:537); granulation tissue or a facial palsy (the pathway's own
    criteria, ``agents.pathways_medical.necrotising_otitis``) is found on examination,
    after triage.
    """
    if pop.age_within(365 * NOE_MIN_AGE, None) is not True:
        return False
    texts = visible_texts(view)
    return asserted(EAR, texts) and asserted(_OTORRHOEA, texts) and noe_risk(texts)


def _noe(view: StageView, pop: Population) -> bool:
    return bool(medical.necrotising_otitis(view, pop)) or otitis_externa_high_risk(
        view, pop
    )


# --- acute cholangitis suspected at triage ---

_RUQ_PAIN: Final = _rx(
    r"(?:right upper quadrant|ruq|right upper (?:abdominal|abdomen|belly|stomach)|"
    r"upper (?:abdominal|abdomen|belly|stomach)|epigastric|abdominal|abdomen|belly|"
    r"stomach) (?:pain|tenderness|ache)|(?:pain|tenderness) (?:in|under) (?:the )?"
    r"(?:right upper|ruq|right ribs|upper abdomen)|biliary colic"
)


def charcot_triad(view: StageView, pop: Population) -> bool:
    """Fever, jaundice and upper abdominal pain in an adult: suspected cholangitis.

    Tokyo Guidelines 2018 (Kiriyama S et al. J Hepatobiliary Pancreat Sci
    2018;25:17): systemic inflammation (A) with cholestasis (B) is a *suspected*
    diagnosis, read with the pathway's own fever and jaundice words; imaging (C,
    the pathway's definite criterion) comes later. Charcot's triad (fever, jaundice,
    right upper quadrant pain) is its specific bedside form.
    """
    if pop.age_within(365 * 16, None) is not True:
        return False
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    febrile = (t is not None and t >= 38.0) or asserted(INFLAMMATION, texts)
    return febrile and asserted(CHOLESTASIS, texts) and asserted(_RUQ_PAIN, texts)


def _cholangitis(view: StageView, pop: Population) -> bool:
    return bool(medical.cholangitis(view, pop)) or charcot_triad(view, pop)


# --- giant cell arteritis threatening sight, suspected at triage ---

_JAW_CLAUDICATION: Final = _rx(
    r"jaw (?:pain|ache|claudication|tiredness|fatigue) (?:\w+ ){0,2}(?:chewing|eating)|"
    r"jaw claudication|pain (?:in the jaw )?(?:on|when|with) chewing"
)
_CRANIAL_ARTERITIS: Final = _rx(
    r"(?:scalp|temporal artery|temple) (?:\w+ ){0,2}tender\w*|tender (?:\w+ ){0,2}"
    r"(?:scalp|temporal artery|temple)|temporal (?:headache|pain)"
)
"""The cranial symptoms of giant cell arteritis besides jaw claudication (BSR 2020 GCA
guideline: new temporal headache, scalp tenderness)."""
_VISUAL_DISTURBANCE: Final = _rx(
    r"(?:blurr\w*|loss of|los\w* (?:the )?|dim\w*|double|reduced|decreased|transient "
    r"(?:loss of |blurring of )?)(?:\w+ ){0,2}vision|vision (?:loss|blurr\w*)|"
    r"amaurosis(?: fugax)?|diplopia|visual (?:loss|disturbance|blurring)"
)


def sight_threatening_arteritis(view: StageView, pop: Population) -> bool:
    """At 50 or over, a cranial symptom of GCA with a visual disturbance or jaw pain.

    Mackie SL et al. BSR 2020 GCA guideline (Rheumatology 2020;59:e1): suspected GCA
    with visual symptoms (or jaw claudication, the feature that predicts sight loss)
    is an emergency: glucocorticoids and same-day assessment; ACR 1990 criteria start
    at 50. Read on the triage words; the ESI handbook's high-risk principle (sight
    that can be lost within hours) gives level 2.
    """
    if pop.age_within(365 * 50, None) is not True:
        return False
    texts = visible_texts(view)
    return asserted(_CRANIAL_ARTERITIS, texts) and (
        asserted(_VISUAL_DISTURBANCE, texts) or asserted(_JAW_CLAUDICATION, texts)
    )


# --- an upper airway closing now (decision point A) ---

_OBSTRUCTING: Final = _rx(
    r"(?:unable to|can'?t|cannot|can not|not able to|difficulty|trouble) (?:\w+ ){0,2}"
    r"(?:swallow\w*|handl\w*|manag\w*) (?:\w+ ){0,2}(?:saliva|secretions|spit)|"
    r"pooling (?:of )?(?:oral )?secretions|tripod\w*|sniffing position|"
    r"tongue (?:\w+ ){0,3}(?:elevated|raised|pushed (?:up|back|posteriorly)|"
    r"displaced)|(?:elevated|raised) (?:\w+ ){0,2}(?:floor of (?:the )?mouth|tongue)"
)
"""Signs that the upper airway is closing, beyond stridor: secretions that cannot be
swallowed, the tripod or sniffing posture, the tongue pushed up by the mouth floor
(Tintinalli 9th ed. ch.246-247)."""


_BREATHING_AFFECTED: Final = _rx(
    r"respiratory distress|(?:struggling|working hard|fighting|labou?ring) (?:\w+ )?"
    r"to breathe|(?:difficulty|trouble) breathing|short(?:ness)? of breath|"
    r"breathless\w*|dyspn\w*|gasping|cyano\w*|(?:lips?|face) (?:\w+ )?blue"
)
"""Breathing itself affected, as worded at triage (Tintinalli ch. 246: the airway is
closing when breathing is laboured)."""
_HYPOXAEMIA_SPO2: Final = 92.0
"""SpO2 below 92 % (BTS 2017 emergency oxygen; the ESI handbook's danger zone)."""


def upper_airway_closing(view: StageView, pop: Population) -> bool:
    """A threatened upper airway with signs of obstruction: airway team now.

    ESI v4 handbook ch.3 (decision point A: the patient *requires an immediate
    life-saving intervention*; Table 3-1 airway support, surgical airway) and ch.6
    Table 6-2 (respiratory compromise with stridor is level 1). A throat, mouth-floor
    or neck infection or swelling with stridor is the specialty pathway's threatened
    airway (``agents.pathways_specialty.threatened_upper_airway``, a high-risk
    situation); with secretions that cannot be swallowed (drooling beside that
    stridor), a tripod or sniffing posture or the tongue pushed up, the airway is
    closing and must be secured now in a controlled setting (Tintinalli 9th ed.
    ch.246-247; Frerk C et al. Difficult Airway Society 2015). Stridor alone, or
    croup's stridor only when crying, stays at decision point B.

    triage38: secretions not swallowed (drooling, a muffled voice) are the obstruction
    only beside an airway sign (stridor or noisy breathing, the tripod or sniffing
    posture, the tongue pushed up) or breathing itself affected (distress worded, SpO2
    below 92 %). An adult sitting up, speaking, drooling with a muffled voice and
    saturating well needs the airway team within minutes but no intervention now:
    decision point B, level 2 (ESI v4 handbook ch.3-4: level 1 is an immediate
    life-saving intervention, not a risk of one; Tintinalli ch. 246).
    """
    if not specialty.threatened_upper_airway(view, pop):
        return False
    texts = visible_texts(view)
    if not (asserted(_OBSTRUCTING, texts) or asserted(specialty.DROOLING, texts)):
        return False
    spo2 = view.vitals.spo2
    return (
        asserted(specialty.AIRWAY_THREAT, texts)
        or asserted(_BREATHING_AFFECTED, texts)
        or (spo2 is not None and spo2 < _HYPOXAEMIA_SPO2)
    )


# --- suspected physical abuse of a young child ---

_ABUSE_WORDED: Final = _rx(
    r"(?:suspect\w*|suspicio\w*|concern\w*|worr\w*|possible|query|likely|probable)"
    r" (?:\w+ ){0,3}(?:child |physical )?(?:abuse|maltreatment|non-?accidental"
    r" (?:injury|injuries|trauma))|non-?accidental (?:injury|injuries|trauma)|nai\b|"
    r"shaken (?:baby|infant)|inflicted (?:injury|injuries|head (?:injury|trauma))"
)
"""A suspicion of abuse worded at triage (AAP 2015: "non-accidental injury", NAI,
abusive head trauma)."""
ABUSE_MAX_YEARS: Final = 4
"""The population of the sentinel-injury criteria (TEN-4-FACESp, Pierce MC et al. JAMA
Netw Open 2021: children under 4; AAP 2015: fractures in non-ambulant children)."""


def suspected_abuse_young_child(view: StageView, pop: Population) -> bool:
    """A sentinel injury of physical abuse, or a worded suspicion, in a child under 4.

    ESI v4 handbook ch.4 (decision point B: a high-risk situation, "would you give
    your last open bed to this patient?"): a sentinel injury (an infant's bruise,
    TEN-4-FACESp bruising, a fracture in a non-ambulant child) precedes severe or
    fatal abuse (Sheets LK et al. Pediatrics 2013;131:701) and the child needs
    protection, a skeletal survey and, in an infant, neuroimaging for occult head
    injury before anyone goes home (AAP 2015, Christian CW, Pediatrics
    2015;135:e1337; NICE CG89). The pathway's own criteria
    (``agents.pathways_child.physical_abuse``) are asked, and a suspicion the triage
    text words in a child of that age, and any injury of a pre-mobile infant
    (``agents.pathways_child.pre_mobile_injury``).
    """
    if bool(child.physical_abuse(view, pop)):
        return True
    if pop.age_within(0, 365 * ABUSE_MAX_YEARS - 1) is not True:
        return False
    texts = visible_texts(view)
    if child.pre_mobile_injury(view, pop):
        return True
    if not asserted(_ABUSE_WORDED, texts):
        return False
    return any(_current_suspicion(t) for t in texts)


_PAST_BEFORE: Final = _rx(
    r"(?:history of|hx of|previous|prior|past|old|known)(?: \w+){0,2} ?$"
)
_PAST_AFTER: Final = _rx(
    r"^[^.;,]*?(?:in the past|previously|years? ago|last year|months ago|resolved)"
)


def _current_suspicion(text: str) -> bool:
    """Whether a suspicion of abuse is worded as present, not as past history."""
    for m in _ABUSE_WORDED.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if not (_PAST_BEFORE.search(before) or _PAST_AFTER.search(text[m.end() :])):
            return True
    return False


TRIAGE_CRITERIA: Final[tuple[TriageCriterion, ...]] = (
    TriageCriterion(
        "upper airway closing (stridor or swelling with secretions, tripod, tongue"
        " pushed up): airway now",
        upper_airway_closing,
        "Tintinalli 9th ed. ch.246-247; Difficult Airway Society 2015",
        life_saving=True,
    ),
    TriageCriterion(
        "heat stroke (core temperature >= 40 °C with altered mentation after heat or"
        " exertion): cooling now",
        acute.heat_stroke,
        "Lipman GS et al. WMS heat illness 2019 (cool first, transport second); ESI v4"
        " handbook ch.3 (level 1: immediate life-saving intervention)",
        life_saving=True,
    ),
    TriageCriterion(
        "umbilical cord prolapse: relieve compression now",
        _fires(specialty.cord_prolapse),
        "RCOG Green-top Guideline 50, 2014; AWHONN Maternal-Fetal Triage Index 2015"
        " (cord prolapse: MFTI 1)",
        life_saving=True,
    ),
    TriageCriterion(
        "suspected physical abuse of a young child (sentinel injury)",
        suspected_abuse_young_child,
        "AAP 2015 (Christian CW); Sheets LK et al. Pediatrics 2013; TEN-4-FACESp"
        " (Pierce MC et al. 2021); NICE CG89 (an absent, unsuitable or changing"
        " explanation)",
    ),
    TriageCriterion(
        "orbital cellulitis signs",
        _fires(child.orbital_cellulitis),
        "Chandler 1970; RCH Melbourne orbital cellulitis guideline (post-septal signs:"
        " IV antibiotics, CT, emergent ophthalmology)",
    ),
    TriageCriterion(
        "possible airway foreign body",
        _fires(child.airway_foreign_body),
        "Tintinalli 9th ed. ch.124 (choking episode with chest signs: bronchoscopy; a"
        " partial obstruction can become complete)",
    ),
    TriageCriterion(
        "iron ingestion",
        _fires(child.iron_poisoning),
        "AAPCC 2005 iron ingestion guideline (Manoguerra AS et al.)",
    ),
    TriageCriterion(
        "brief resolved unexplained event, not lower risk",
        child.brue_not_lower_risk,
        "AAP 2016 BRUE guideline (Tieder JS et al. Pediatrics 2016;137:e20160590)",
    ),
    TriageCriterion(
        "possible necrotising otitis externa",
        _noe,
        "Cohen & Friedman 1987; Carfrae & Kesser 2008 (skull-base osteomyelitis)",
    ),
    TriageCriterion(
        "preterm labour",
        _preterm_labour,
        "ACOG Practice Bulletin 171 (2016); AWHONN Maternal-Fetal Triage Index 2015"
        " (preterm labour: MFTI 2)",
    ),
    TriageCriterion(
        LONG_QTC_REASON,
        _fires(medical.torsades),
        "AHA scientific statement (Drew BJ et al. Circulation 2010;121:1047)",
    ),
    TriageCriterion(
        "possible myxoedema coma",
        _fires(medical.myxoedema_coma),
        "ATA 2014 hypothyroidism guideline (Jonklaas J et al.)",
    ),
    TriageCriterion(
        "possible acute cholangitis",
        _cholangitis,
        "Tokyo Guidelines 2018 (Kiriyama S et al.; suspected: inflammation with"
        " cholestasis)",
    ),
    TriageCriterion(
        "Wellens pattern",
        _fires(medical.wellens),
        "de Zwaan C et al. Am Heart J 1982;103:730 (critical LAD stenosis)",
    ),
    TriageCriterion(
        "possible acute aortic syndrome (ADD-RS >= 2)",
        _fires(acute.aortic_syndrome),
        "AHA/ACC 2022 aortic disease guideline; ADD-RS (Rogers AM et al. Circulation"
        " 2011)",
    ),
    TriageCriterion(
        "possible leaking abdominal aortic aneurysm (pain with collapse or"
        " hypotension at 50 or more)",
        _fires(vascular.leaking_aaa),
        "ESVS 2024 abdominal aorto-iliac aneurysm guideline (Wanhainen A et al.)",
    ),
    TriageCriterion(
        "possible high-risk pulmonary embolism",
        _fires(acute.pulmonary_embolism_shock),
        "ESC 2019 acute pulmonary embolism guideline",
    ),
    TriageCriterion(
        "possible cardiac tamponade",
        _fires(acute.cardiac_tamponade),
        "ESC 2015 pericardial diseases guideline",
    ),
    TriageCriterion(
        "possible spinal cord or cauda equina compression",
        _fires(acute.spinal_emergency),
        "NICE NG234 2023 spinal metastases and cord compression; GIRFT 2023 cauda"
        " equina (emergency MRI)",
    ),
    TriageCriterion(
        "possible compartment syndrome",
        lambda view, pop: (
            bool(acute.compartment_syndrome(view, pop))
            or acute.compartment_warning(view, pop)
        ),
        "BOAST 2016 acute compartment syndrome",
    ),
    TriageCriterion(
        "possible intussusception",
        _fires(acute.intussusception),
        "APSA 2021 intussusception (Kelley-Quon LI et al.)",
    ),
    TriageCriterion(
        "antepartum haemorrhage",
        _fires(acute.antepartum_haemorrhage),
        "RCOG Green-top 63; AWHONN Maternal-Fetal Triage Index 2015",
    ),
    TriageCriterion(
        "paracetamol ingestion needing acetylcysteine now",
        _fires(acute.paracetamol),
        "Chiew AL et al. Med J Aust 2020 (ANZ paracetamol guideline)",
    ),
    TriageCriterion(
        "suspected toxic alcohol (methanol or ethylene glycol)",
        _fires(pathways.toxic_alcohol),
        "Barceloux DG et al. AACT methanol and ethylene glycol guidelines (fomepizole"
        " on suspicion, before levels); Roberts DM et al. EXTRIP 2015; ESI v4 handbook"
        " ch.4 (toxic ingestion is high risk)",
    ),
    TriageCriterion(
        "lithium toxicity",
        _fires(acute.lithium),
        "EXTRIP 2015 lithium",
    ),
    TriageCriterion(
        "possible serotonin syndrome",
        _fires(acute.serotonin),
        "Hunter criteria (Dunkley EJ et al. QJM 2003); Boyer & Shannon NEJM 2005",
    ),
    TriageCriterion(
        "possible neuroleptic malignant syndrome",
        _fires(acute.neuroleptic_malignant),
        "Strawn JR et al. Am J Psychiatry 2007",
    ),
    TriageCriterion(
        TEMPERATURE_EXTREME,
        _fires(acute.temperature),
        "WMS 2019 accidental hypothermia and heat illness guidelines",
    ),
    TriageCriterion(
        "salicylate toxicity",
        _fires(tox.salicylate),
        "AAPCC 2007 salicylate guideline; EXTRIP 2015",
    ),
    TriageCriterion(
        "calcium-channel blocker poisoning",
        _fires(tox.calcium_channel_blocker),
        "St-Onge M et al. Crit Care Med 2017 (CCB poisoning)",
    ),
    TriageCriterion(
        "cholinergic toxidrome",
        _fires(tox.cholinergic),
        "Eddleston M et al. Lancet 2008 (organophosphate poisoning)",
    ),
    TriageCriterion(
        "smoke inhalation or carbon monoxide",
        _fires(tox.smoke_inhalation),
        "ACEP clinical policy: carbon monoxide 2017; ABA 2018 inhalation injury",
    ),
    TriageCriterion(
        "possible adrenal crisis",
        _fires(tox.adrenal_crisis),
        "Endocrine Society 2016 adrenal insufficiency (Bornstein SR et al.)",
    ),
    TriageCriterion(
        "possible lithium toxicity (on lithium with a neurological sign)",
        acute.lithium_toxicity_suspected,
        "EXTRIP 2015 lithium (Decker BS et al. Clin J Am Soc Nephrol 2015); ESI v4 "
        "handbook ch.4 high-risk situation",
    ),
    TriageCriterion(
        "possible giant cell arteritis with visual or jaw symptoms",
        sight_threatening_arteritis,
        "Mackie SL et al. BSR 2020 giant cell arteritis guideline (visual symptoms or "
        "jaw claudication: same-day assessment and glucocorticoids)",
    ),
    TriageCriterion(
        "mucosal erosions with epidermal detachment (possible Stevens-Johnson "
        "syndrome / toxic epidermal necrolysis or pemphigus)",
        specialty.mucocutaneous_detachment,
        "Creamer D et al. UK SJS/TEN guidelines 2016 (a dermatological emergency: "
        "burn centre or ICU)",
    ),
    TriageCriterion(
        "bleeding from a dialysis access (fistula or graft)",
        _fires(vascular.dialysis_access_bleeding),
        "Jose MD et al. Fatal dialysis vascular access hemorrhage. Am J Kidney Dis "
        "2017;70:570 (exsanguination); ESI v4 handbook ch.4 high-risk situation",
    ),
    TriageCriterion(
        "possible superior vena cava obstruction",
        _fires(tox.svc_syndrome),
        "Wilson LD et al. N Engl J Med 2007 (SVC syndrome)",
    ),
    TriageCriterion(
        "possible septic shock in a child",
        _fires(pathways.paediatric_sepsis),
        "Surviving Sepsis Campaign children 2020 (Weiss SL et al.)",
    ),
    TriageCriterion(
        "major bleeding on an anticoagulant",
        _fires(pathways.bleeding_on_anticoagulant),
        "ACC 2020 expert consensus on bleeding on oral anticoagulants (Tomaselli GF"
        " et al.)",
    ),
    *(  # a surgical pathway asking for an emergent order (its own branches decide)
        TriageCriterion(name, met, source)
        for name, met, source in surgical.TRIAGE_HIGH_RISK
    ),
    *(  # a specialty pathway (obstetric, airway, skin) whose criteria are met
        TriageCriterion(name, met, source)
        for name, met, source in specialty.TRIAGE_HIGH_RISK
    ),
)
"""The pathway criteria triage asks, each a high-risk situation when met."""


_ALERT: Final = _rx(
    r"(?:stroke|stemi|trauma|sepsis|code)\w* (?:alert|activation|call|team)|code \w+"
    r"|pre-?(?:alert|notif\w*)"
)
"""Arrival information that is itself triage text: an EMS pre-alert or a team
activation ("ambulance, stroke alert"; AHA/ASA 2019 EMS pre-notification)."""


def triage_text(view: StageView) -> str | None:
    """All triage-time text of ``view``: complaint, presenting history, arrival alert.

    The chief complaint alone ("WEAKNESS") hides what the triage history says
    ("sudden right-sided weakness"); the ESI v4 handbook (ch.2-4) triages on the
    complaint *and* the triage history, so the presenting part of the one-liner
    (``StageView.presentation``: history and symptoms, nothing learned after
    arrival) and an EMS pre-alert in the arrival mode are read with the complaint.
    """
    parts = [view.chief_complaint, view.presentation]
    mode = view.arrival.mode
    if mode and _ALERT.search(mode):
        parts.append(mode)
    kept = [p.strip().rstrip(".") for p in parts if p and p.strip()]
    return ". ".join(kept) if kept else view.chief_complaint


def triage_view(view: StageView) -> StageView:
    """``view`` reduced to what triage sees, its triage text as the complaint.

    No one-liner beyond its presenting part, no ED note; the complaint field holds
    :func:`triage_text` (match the complaint on the original view's field). The
    answer for the very same view object is reused.
    """
    return _VIEWS.get_or_compute((view,), lambda: _triage_view(view))


def _triage_view(view: StageView) -> StageView:
    text = triage_text(view)
    if view.one_liner is None and view.ed_text is None and text == view.chief_complaint:
        return view
    return view.model_copy(
        update={"one_liner": None, "ed_text": None, "chief_complaint": text}
    )


_VIEWS: Final[RecentByIdentity[StageView]] = RecentByIdentity(64)


def pathway_high_risk(view: StageView) -> tuple[str, ...]:
    """The pathway criteria met by the triage-time part of ``view``.

    Only triage-time information is read (``triage_view``): the criteria a later
    stage's notes meet are the pathways' business, not triage's. The answer for the
    very same view object is reused (the triage stage and its floors ask alike).

    Args:
        view: A stage view (its triage fields are read).

    Returns:
        "name [source; ESI v4 handbook ch.4 high-risk situation]" for each criterion
        met, in table order; empty when none is.
    """
    return _RECENT.get_or_compute((view,), lambda: _pathway_high_risk(view))


_RECENT: Final[RecentByIdentity[tuple[str, ...]]] = RecentByIdentity(64)


def _pathway_high_risk(view: StageView) -> tuple[str, ...]:
    triage = triage_view(view)
    if not visible_texts(triage):
        return ()
    pop = view_population(triage)
    met = reused_runs(
        _BY_READS,
        pathways.reuse_key(triage, pop),
        triage,
        new_texts(triage),
        _RUNS,
        pop,
    )
    return tuple(_LABELS[name] for name, _ in met)


_RUNS: Final = tuple((c.name, c.met) for c in TRIAGE_CRITERIA)
_LABELS: Final = {
    c.name: f"{c.name} [{c.source}; "
    f"{ESI_LIFE_SAVING if c.life_saving else ESI_HIGH_RISK}]"
    for c in TRIAGE_CRITERIA
}
_BY_READS: Final[HashMemo[list[Reuse[bool]]]] = HashMemo(128)
"""The criteria met on a triage view, reused across requests as the view-only
pathways' verdicts are (``agents._reads``): by what the triage view shows besides
its triage text (the complaint with the presenting history: new in every request)
and the population, with the answers the criteria got from that text. 128 views
hold the 41 demo patients' triage views with room to spare."""
