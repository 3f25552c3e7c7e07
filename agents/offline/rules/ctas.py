"""CTAS / KTAS triage level from what is visible at triage (research use only).

The Canadian Triage and Acuity Scale grades the presenting complaint by first-order
modifiers (respiratory distress, haemodynamic stability, level of consciousness,
temperature, pain, bleeding disorder, mechanism of injury) and complaint-specific
second-order modifiers; it never counts expected resources, as ESI does. The Korean
Triage and Acuity Scale adapts it with the same modifiers and levels. Sources:

- Bullard MJ et al. Revisions to the Canadian Emergency Department Triage and Acuity
  Scale (CTAS) Guidelines 2016. CJEM 2017;19(S2):S18-S27 (``CTAS_2016``);
- the CTAS National Working Group adult participant manual and its first-order
  modifier card (``CTAS_MANUAL``);
- Park J, Lim T. Korean Triage and Acuity Scale (KTAS). J Korean Soc Emerg Med
  2017;28:547-551 (``KTAS``);
- the CEDIS presenting-complaint list with CTAS levels (Grafstein E et al. CJEM
  2008;10:151-173) for the complaint-specific levels.

Life threat and high risk are shared with ESI, in every scale: every ESI
decision-point A reason (an immediate life-saving intervention) is CTAS level 1
(resuscitation), and ESI's mandatory decision-point B criteria (a high-risk situation,
new confusion) are CTAS level-2 presentations (chest pain with cardiac features, stroke
symptoms, anaphylaxis, suicidal intent, ...). Where ESI only *considers* level 2
(severe pain, danger-zone vitals) or counts resources (levels 3-5), CTAS grades by its
own modifiers, so a site-scale level may be less urgent than ESI there and only there.
The level is the most urgent modifier found; a recognised complaint is graded no lower
than 4 when acute, 5 when chronic or minor (ESI expects no resource), an unrecognised
one by the resources predictable from its text (3 for a work-up, else no lower than
4), an adult's empty complaint (no triage text at all) by the
first-order modifiers alone, no lower than 4 (flagged: outside what the KB knows).
Children (under ``ADULT_AGE``) are graded by the paediatric CTAS modifiers (Warren DW
et al. Revisions to the Canadian Triage and Acuity Scale paediatric guidelines
(PaedsCTAS). CJEM 2008;10:224-243; Gravel J et al. CJEM 2013;15:1-9): the same
respiratory (SpO2), consciousness, pain, glucose and bleeding modifiers, heart and
respiratory rates read against the normal range for age, and the age-banded
temperature modifier; ESI's life-threat and high-risk criteria (paediatric ones
included: a febrile infant, a dehydrated young child, a flaccid infant) still bind.
"""

from __future__ import annotations

import re
from typing import Final

from pydantic import BaseModel, ConfigDict

from agents.offline.knowledge.models import ComplaintSpec
from agents.offline.rules._esi_lsi import hypoperfusion_signs
from agents.offline.rules._esi_patterns import (
    immunocompromise_words,
    stated_severe_pain,
    triage_clauses,
    worded_pain_rating,
)
from agents.offline.rules._esi_resources import _WORK_UP_SENT
from agents.offline.rules._esi_risk import (
    OLDER_ADULT_AGE,
    RESPIRATORY_VITALS,
    TARGET_ORGAN_SYMPTOMS,
    avpu,
    avpu_at_baseline,
    respiratory_gradable,
)
from agents.offline.rules._scoring import gcs
from agents.offline.rules.esi import RESOURCE_FINDINGS, EsiAssessment
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import MG_DL_PER_MMOL_GLUCOSE
from agents.schemas import RuleResult
from cases.labels import TriageScale
from cases.models import Vitals
from cases.vitals import plausible_vitals

__all__ = [
    "CTAS_SOURCE",
    "CtasAssessment",
    "Modifier",
    "ctas_triage",
    "fever_graded_by_temperature",
    "perfusion_signs",
    "postural_symptoms",
    "site_graded_reasons",
    "site_mandatory_floor",
    "usual_pain",
]

CTAS_2016: Final = (
    "Bullard MJ et al. Revisions to the CTAS guidelines 2016. CJEM 2017;19(S2):S18-S27"
)
CTAS_MANUAL: Final = "CTAS National Working Group, adult participant manual (2016)"
CEDIS: Final = "CEDIS presenting complaint list with CTAS levels (Grafstein CJEM 2008)"
KTAS: Final = "Park J, Lim T. KTAS. J Korean Soc Emerg Med 2017;28:547-551"
CTAS_SOURCE: Final = f"{CTAS_2016}; {CTAS_MANUAL}; {KTAS}"
NEWS2: Final = "Royal College of Physicians. NEWS2 2017 (vital-sign bands)"

ADULT_AGE: Final = 15
"""KTAS adult modifiers apply from 15 years (KTAS has a paediatric version below it;
paediatric CTAS applies under 17). Younger patients are graded by the paediatric
modifiers (``_paediatric``)."""
PERIPHERAL_PAIN: Final = frozenset(
    {
        "extremity_injury",
        "laceration",
        "back_pain",
        "neck_pain",
        "dental_pain",
        "ear_pain",
        "sore_throat",
        "burn",
        "rash_cellulitis",
        "skin_abscess",
        "bite_or_sting",
        "animal_bite",
        "leg_swelling",
        "shingles",
        "eyelid_lesion",
        "contact_dermatitis",
        "nasal_sinus",
        "epistaxis",
        "anorectal",
        "wound_recheck",
        "allergic_reaction",
        "facial_swelling",
    }
)
"""Complaints whose pain is peripheral: skin, soft tissue, musculoskeletal, teeth, ear,
nose or throat (CTAS 2016 pain modifier); an allergic reaction's pain is that of the
skin and soft tissue it swells (hives, lips, face), its airway and circulation being
graded by the first-order modifiers and ESI's anaphylaxis criteria; a facial swelling's
pain is that of the face's soft tissue (as a facial injury's, ``facial_only``), its
airway threat (angioedema, Ludwig angina) graded by the airway modifiers and ESI's
high-risk criteria. Pain with any other complaint is graded as central (a body
cavity: head, chest, abdomen, pelvis; or an organ: eye, testis), also when its site
is not known (a fever, a cough): CTAS assigns the more urgent level when in doubt."""
_CHRONIC: Final = re.compile(r"(?i)\b(?:chronic|recurrent|long[- ]standing)\b")
_USUAL_PAIN: Final = re.compile(
    r"(?i)\b(?:(?:like|as|same as|similar to|typical of)"
    r" (?:her|his|my|their|the patient'?s) (?:usual|normal|typical|regular|known)"
    r"|(?:her|his|my|their) usual (?:\w+ ){0,2}(?:pain|migraines?|headaches?|flares?"
    r"|attacks?|crisis|crises)|(?:usual|typical) (?:migraine|headache|pain)s?"
    r" (?:for (?:her|him|them)|as before))\b"
)
_UNLIKE_USUAL: Final = re.compile(
    r"(?i)\b(?:not|never|unlike|different|differs|worse|more severe|stronger"
    r"|than|new|first)\b[^.;]{0,25}$"
)
"""A pain stated to be like the patient's usual pain ("migraine like her usual
migraines", "his usual sickle cell pain"); a comparison that says it is not
("not like her usual", "worse than her usual", "different from his usual headaches")
is an acute change and stays acute."""


def usual_pain(text: str | None) -> bool:
    """Whether a complaint says the pain is the patient's usual, known pain.

    CTAS 2016 pain modifier (Bullard MJ et al. CJEM 2017;19(S2):S18; participant
    manual): chronic pain, a known pain syndrome with the pain as usual, is graded
    one level less urgent than acute pain of the same severity and site. A pain
    stated as unlike, worse than or different from the usual is acute.
    """
    if not text:
        return False
    for m in _USUAL_PAIN.finditer(text):
        if not _UNLIKE_USUAL.search(text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


_PERIPHERAL_SITE: Final = re.compile(
    r"(?i)\b(?:arms?|forearms?|elbows?|wrists?|hands?|fingers?|thumbs?|fingernails?"
    r"|shoulders?|hips?|legs?|thighs?|femur|knees?|kneecaps?|shins?|calf|calves"
    r"|ankles?|foot|feet|heels?|toes?|toenails?|limbs?|extremit(?:y|ies)|joints?"
    r"|muscles?|muscular|myalgias?|lumbar|sacral|sacrum|coccyx|coccygeal|tailbone"
    r"|skin|bruis(?:e|ed|es|ing))\b"
)
"""Words naming a peripheral pain site (CTAS 2016 pain modifier: skin, soft tissue,
the axial skeleton and the extremities), read from a complaint the knowledge base
does not recognise."""
_CENTRAL_SITE: Final = re.compile(
    r"(?i)\b(?:head|headaches?|chest|thorax|thoracic|abd\w*|belly|stomach|epigastr\w*"
    r"|pelv\w*|groin|flank|loin|eyes?|ocular|testi\w*|scrot\w*|rect\w*|vagin\w*"
    r"|heart|lungs?|kidneys?|renal|neck|throat)\b"
)
"""Words naming a central site (a body cavity or an organ): with one of these the pain
is central, whatever else the complaint names (CTAS: the more urgent reading when in
doubt)."""
LOCAL_COMPLAINTS: Final = frozenset(
    {
        "eye_complaint",
        "eye_foreign_body",
        "eyelid_lesion",
        "conjunctivitis_complaint",
        "ear_pain",
        "hearing_loss",
        "dental_pain",
        "nasal_sinus",
        "contact_dermatitis",
        "shingles",
        "wound_recheck",
        "medication_refill",
    }
)
"""Complaints of a sense organ, the teeth or the skin, or an administrative need,
whose presentations CTAS does not grade by the circulation: the haemodynamic
modifier's "vital signs at the ends of normal *as they relate to the presenting
complaint*" (level 3) does not apply to them; compromise (2) and shock (1) still do."""


_FACE: Final = re.compile(
    r"(?i)\b(?:face|facial|cheeks?|jaw|mandib\w*|maxill\w*|zygom\w*|chin|lips?"
    r"|nose|nasal|eyebrows?)\b"
)
_CRANIAL: Final = re.compile(
    r"(?i)\b(?:head|skull|scalp|forehead|temple|occiput|occipital|concuss\w*"
    r"|unconscious|knocked out|eyes?|eyeball|ocular|orbits?|orbital|vision)\b"
)
"""A facial injury (the face's soft tissue and skeleton: like the nose, lips, ears
and teeth, peripheral in the pain modifier) is read apart from a head injury (the
cranial cavity) and from an eye injury (an organ): both central."""


def facial_only(text: str | None) -> bool:
    """Whether an injury text names the face and neither the cranium nor an eye."""
    if not text:
        return False
    return bool(_FACE.search(text)) and not _CRANIAL.search(text)


_OFF_LEGS: Final = re.compile(
    r"(?i)\b(?:(?:gone |went |been )?off"
    r" (?:(?:his|her|their|my|your|the) )?(?:legs|feet)"
    r"|(?:legs?|knees?) (?:gave|give|gives|giving|have given|has given|went|going)"
    r" (?:way|out|from under))\b"
)
"""Idioms of functional decline or collapse ("off her legs", "legs gave way"): they
name the legs but no pain there; in an older adult they are a non-specific
presentation of systemic illness (sepsis, electrolyte disturbance, stroke; British
Geriatrics Society Silver Book II, 2021), never a peripheral pain site."""


def peripheral_site(text: str | None) -> bool:
    """Whether a complaint names only peripheral pain sites (limb, back, muscle, skin).

    CTAS 2016: peripheral pain arises in the skin, soft tissue, axial skeleton or
    extremities; central pain in a body cavity (head, chest, abdomen, pelvis) or an
    organ. A text naming a central site as well, or no site, is not peripheral; the
    legs of "off her legs" or "her legs gave way" (``_OFF_LEGS``) are no site.
    """
    if not text:
        return False
    text = _OFF_LEGS.sub(" ", text)
    return bool(_PERIPHERAL_SITE.search(text)) and not _CENTRAL_SITE.search(text)


FRAILTY_CTAS: Final = (
    "Bullard MJ et al. CTAS 2016 (CJEM 2017;19(S2):S18) frailty modifier and its"
    " geriatric guidance (Bullard MJ, Melady D, Emond M et al. CJEM 2017): a frail"
    " older adult (Clinical Frailty Scale >= 5) whose complaint would be CTAS 4 or 5"
    " is triaged 3"
)
_DEPENDENT: Final = re.compile(
    r"(?i)\b(?:nursing[- ]home|care[- ]home|residential care|long[- ]term care"
    r"|assisted living|bed[- ]?bound|bed[- ]?ridden|chair[- ]?bound"
    r"|wheelchair[- ]?(?:bound|user)|house[- ]?bound"
    r"|(?:needs?|requires?|requiring|needing) (?:help|assistance) (?:with|for)"
    r" (?:\w+ ){0,2}(?:washing|dressing|bathing|toileting|eating|feeding|walking"
    r"|transfers|personal care|daily activities|adls?)"
    r"|dependent (?:for|in|on (?:carers|others) for) (?:\w+ ){0,2}(?:adls?|care"
    r"|activities)|(?:fully|totally) dependent)\b"
)
"""Words stating the dependence the Clinical Frailty Scale grades 5 and above (help
with instrumental or personal activities of daily living, care-home residence,
bed- or chair-bound: Rockwood K et al. CMAJ 2005;173:489)."""
_DECLINE: Final = re.compile(
    r"(?i)\b(?:not coping|(?:unable to|can'?t|cannot) cope"
    r"|(?:new|reduced|decreased|worsening) mobility|less mobile)\b"
)
"""An acute loss of function in an older adult ("not coping", "reduced mobility",
with the idioms of ``_OFF_LEGS``): a non-specific presentation of systemic illness
(BGS Silver Book II 2021)."""


def frail_older_adult(facts: ClinicalFacts) -> bool:
    """Whether the triage text states an older adult's frailty (CTAS 2016 modifier).

    CTAS 2016 grades frailty, not age: an older adult (65 or over, the population the
    Clinical Frailty Scale was validated in; age unknown is not assumed old) whose
    text states frailty (the lexicon's ``frailty``: frail, CFS 5-8) or the dependence
    CFS >= 5 describes (``_DEPENDENT``).
    """
    if facts.age is None or facts.age < OLDER_ADULT_AGE:
        return False
    if facts.has("frailty"):
        return True
    return any(_DEPENDENT.search(t) for t in triage_clauses(facts))


def acute_functional_decline(facts: ClinicalFacts) -> bool:
    """Whether an older adult's text states an acute loss of function.

    "Off her legs", "legs gave way" (``_OFF_LEGS``), "not coping", "reduced
    mobility" (``_DECLINE``): BGS Silver Book II 2021.
    """
    if facts.age is None or facts.age < OLDER_ADULT_AGE:
        return False
    return any(_OFF_LEGS.search(t) or _DECLINE.search(t) for t in triage_clauses(facts))


def _frailty(facts: ClinicalFacts) -> list[Modifier]:
    """CTAS 2016 frailty modifier: a frail older adult is not triaged below 3.

    It only raises a complaint that would be 4 or 5 (the level is the most urgent
    modifier, so a first-order modifier at 1-2 still binds).
    """
    if not frail_older_adult(facts):
        return []
    return [
        Modifier(
            level=3,
            text="frail older adult (dependence stated): not below 3",
            source=FRAILTY_CTAS,
            criterion="frailty",
        )
    ]


PREHOSPITAL_CTAS: Final = (
    "Prehospital CTAS (Ontario Base Hospital Group CTAS reference v4.2, 2020): CVA"
    " onset within 6 h 2, beyond 6 h or resolved 3"
)
SYNCOPE_BRADYCARDIA: Final = 50.0
"""A syncope's suspected rate change below this heart rate: bradycardia is a rate
below 50 (Kusumoto FM et al. 2018 ACC/AHA/HRS bradycardia guideline; ESI's own
symptomatic-bradycardia criterion, HR < 50). A rate of 50 is the lower end of normal
(haemodynamic modifier, 3), not a rate change."""
COMPLAINT_LEVEL: Final[dict[str, tuple[int, str, str]]] = {
    "shortness_of_breath": (
        3,
        "mild respiratory distress (dyspnoea, no increased work of breathing)",
        f"{CTAS_MANUAL}: respiratory distress modifier",
    ),
    "seizure": (
        3,
        "seizure resolved, back to baseline (post-ictal or active: by consciousness)",
        f"{CEDIS}: seizure",
    ),
    "syncope": (
        3,
        "syncope, now at baseline (2 with a new dysrhythmia or rate change)",
        f"{CEDIS}: syncope",
    ),
    "dizziness": (
        3,
        "dizziness as presyncope, now at baseline (2 with a rate change)",
        f"{CEDIS}: syncope/presyncope",
    ),
    "gi_bleeding": (
        3,
        "GI bleeding, haemodynamically stable (2 with compromise)",
        f"{CTAS_2016}: vomiting blood is level 2 with haemodynamic compromise",
    ),
    "chest_pain": (
        3,
        "chest pain, non-cardiac features (graded by pain; cardiac features: 2)",
        f"{CTAS_2016}: chest pain",
    ),
    # med28b: acute memory loss is a new neurological change whose mimics (stroke,
    # hypoglycaemia, seizure) are excluded in the ED (Hodges & Warlow 1990): not a
    # level-4 minor complaint; confusion or a focal sign grade it higher
    "amnesia": (
        3,
        "acute memory loss, alert, no focal sign (confusion or a focal sign: 2)",
        f"{CTAS_2016}: level of consciousness modifier; Hodges & Warlow 1990",
    ),
}
"""Complaint-specific level when no first-order modifier is more urgent."""

ADULT_TACHYCARDIA: Final = 100.0
"""An adult heart rate above 100 is a tachycardia (the sign of volume loss the CTAS
dehydration modifier names)."""
FLUID_LOSS_COMPLAINTS: Final = frozenset({"nausea_vomiting", "diarrhea"})
"""Complaints graded by the CTAS dehydration modifier (vomiting and/or nausea,
diarrhoea)."""
FLUID_LOSS_FINDINGS: Final = ("vomiting", "diarrhea")
"""Findings of fluid loss that bring the modifier to another complaint's text
("vomiting all day, thirsty, little urine" matched as a urinary complaint)."""
KTAS_MOHW: Final = (
    "Korean Ministry of Health and Welfare, KTAS levels explained (briefing of"
    " 6 Sept 2024): diarrhoea without symptoms of dehydration is KTAS 5"
)
_DEHYDRATION_WORDS: Final = re.compile(
    r"(?i)(?<![a-z])(?:dehydrat\w*|thirst\w*|dry (?:mouth|mucous membranes|mucosa"
    r"|lips|tongue)|(?:concentrated|dark) urine|(?:decreased|reduced|little|less"
    r"|minimal|no|poor) (?:urine|urination|oral intake|intake|fluid intake)"
    r"|(?:unable to|can'?t|cannot|could not|couldn'?t|not able to)"
    r" (?:drink|eat or drink|keep (?:anything|fluids|liquids|water|food) down"
    r"|tolerate (?:fluids|liquids|oral intake|po))|not (?:drinking|keeping"
    r" (?:anything|fluids) down))(?![a-z])"
)
_DEHYDRATION_NEGATED: Final = re.compile(
    r"(?i)(?<![a-z])(?:no|not|denies|denied|without|nil)(?![a-z])[^.;,]{0,20}$"
)
DEHYDRATION_FINDINGS: Final = ("oliguria", "presyncope", "polyuria")
"""Lexicon findings that are symptoms of volume loss: reduced urine, feeling faint
(postural), thirst (read with polyuria by the lexicon)."""


def _dehydration_symptoms(facts: ClinicalFacts) -> bool:
    """Whether the triage text states a symptom of dehydration (CTAS mild dehydration).

    Thirst, concentrated or reduced urine, a dry mouth, poor intake or fluids not kept
    down, feeling faint; a negation just before the words removes them ("no reduced
    urine" is read as negated, "reduced urine" is not).
    """
    if any(facts.has(c) for c in DEHYDRATION_FINDINGS):
        return True
    text = facts.chief_complaint or ""
    for m in _DEHYDRATION_WORDS.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if m.group(0).lower().startswith(("no ", "not ", "unable", "can", "could")):
            return True
        if not _DEHYDRATION_NEGATED.search(before):
            return True
    return False


def _dehydration(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, tachycardic: bool
) -> list[Modifier]:
    """CTAS dehydration modifier for vomiting / nausea and diarrhoea.

    Severe (shock) dehydration is graded by the haemodynamic modifier (1). Moderate
    dehydration (2) is the card's signs together: "dry mucous membranes, tachycardia,
    decreased skin turgor and decreased urine output", read as a tachycardia (HR over
    ``ADULT_TACHYCARDIA``) with a symptom of dehydration (a dry mouth, reduced urine,
    fluids not kept down, thirst, feeling faint) and a fluid loss. Mild dehydration
    is a complaint of thirst and concentrated urine with a history of fluid loss or
    poor intake, vital signs stable (3); a tachycardia alone (one sign of the
    moderate list) is read as at least mild dehydration with these complaints.
    Ongoing loss without any symptom or sign of dehydration is potential dehydration
    (4): the KTAS example is diarrhoea without symptoms of dehydration at KTAS 5.
    """
    named = complaint is not None and complaint.id in FLUID_LOSS_COMPLAINTS
    if not (named or any(facts.has(c) for c in FLUID_LOSS_FINDINGS)):
        return []
    src = f"{CTAS_MANUAL}: dehydration modifier (vomiting and/or nausea, diarrhoea)"
    symptoms = _dehydration_symptoms(facts)
    if symptoms and tachycardic:
        # triage52: the card's moderate dehydration is the signs together (dry
        # mucous membranes, tachycardia, reduced urine): a symptom of dehydration
        # with a tachycardia over 100 and a fluid loss is level 2, not 3
        text = "moderate dehydration (tachycardia with symptoms and fluid loss)"
        return [Modifier(level=2, text=text, source=src)]
    if symptoms or (named and tachycardic):
        why = "symptoms" if symptoms else "tachycardia"
        text = f"mild dehydration ({why} with fluid loss, vital signs stable)"
        return [Modifier(level=3, text=text, source=src)]
    if not named:
        return []  # another complaint, graded by its own modifiers
    text = "potential dehydration (fluid loss without symptoms of dehydration)"
    return [Modifier(level=4, text=text, source=f"{src}; {KTAS_MOHW}")]


class Modifier(BaseModel):
    """One CTAS/KTAS modifier that applied, with the level it gives.

    ``criterion`` names the modifier family (``CtasAssessment.decided_by``): an ESI
    criterion kept on the site scale (``A:resuscitation``, ``A:site-2``,
    ``B:high-risk``, ``B:site-3``, ``missing-vitals``), a first-order modifier
    (``respiratory``, ``haemodynamic:compromise``, ``haemodynamic:ends-of-normal``,
    ``frailty``,
    ``consciousness``, ``temperature``, ``pain:<site>-<band>[-chronic]``,
    ``glucose``, ``bleeding-disorder``), a second-order one (``hypertension``,
    ``dehydration``, ``complaint:<id>``, ``complaint:unrecognised...``,
    ``complaint:empty``) or the least urgent level of a recognised complaint
    (``floor:acute-complaint``, ``floor:minor``, ``floor:chronic``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    level: int
    text: str
    source: str
    criterion: str = ""


class CtasAssessment(BaseModel):
    """The site-scale level with every modifier that applied (most urgent first).

    ``decided_by`` names the criteria of the modifiers that set the level (joined by
    "+" when several give it), as ``EsiAssessment.decided_by`` does for ESI.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    level: int
    modifiers: tuple[Modifier, ...]
    rule: RuleResult
    decided_by: str = ""


def _as(criterion: str, mods: list[Modifier]) -> list[Modifier]:
    """``mods`` with ``criterion`` named where a modifier does not name its own."""
    return [
        m if m.criterion else m.model_copy(update={"criterion": criterion})
        for m in mods
    ]


def _respiratory(
    facts: ClinicalFacts, spo2: float | None, rr: float | None
) -> list[Modifier]:
    """CTAS respiratory distress modifier.

    SpO2 < 90 severe (1), < 92 moderate (2), 92-94 mild (3); increased work of breathing
    moderate (2). CTAS gives no adult rate cut-offs: the NEWS2 3-point band (RR >= 25)
    is read as tachypnoea (mild) and RR >= 30 as increased work of breathing (moderate).
    """
    src = f"{CTAS_MANUAL}: respiratory distress modifier"
    out: list[Modifier] = []
    if spo2 is not None and spo2 < 90:
        out.append(
            Modifier(
                level=1,
                text=f"severe respiratory distress (SpO2 {spo2:g} %)",
                source=src,
            )
        )
    elif spo2 is not None and spo2 < 92:
        out.append(
            Modifier(
                level=2,
                text=f"moderate respiratory distress (SpO2 {spo2:g} %)",
                source=src,
            )
        )
    elif spo2 is not None and spo2 <= 94:
        out.append(
            Modifier(
                level=3, text=f"mild respiratory distress (SpO2 {spo2:g} %)", source=src
            )
        )
    if facts.has("respiratory_distress") or (rr is not None and rr >= 30):
        what = f"RR {rr:g}" if rr is not None and rr >= 30 else "stated"
        out.append(
            Modifier(
                level=2,
                text=f"moderate respiratory distress ({what})",
                source=f"{src}; rate band: {NEWS2}",
            )
        )
    elif rr is not None and rr >= 25:
        out.append(
            Modifier(
                level=3,
                text=f"mild respiratory distress (tachypnoea, RR {rr:g})",
                source=f"{src}; rate band: {NEWS2}",
            )
        )
    return out


COMPROMISE_HR: Final = 120.0
"""Adult heart rate from which tachycardia is read as haemodynamic compromise: ATLS
10th ed. class III haemorrhage (HR 120-140) and the ESI v4 danger-zone margin (handbook
ch.6); 111-119 is in the NEWS2 2-point band (ends of normal). ktas20 tried the NEWS2
3-point band (HR >= 131, ATLS 120 kept for bleeding or injury): one KTAS 1-2 visit of
the held-out half went under-triaged for one over-triage fixed, so 120 stays (the
under-triage of a level-2 patient is the dangerous direction)."""


HYPOTENSION_SBP: Final = 90.0
"""Adult hypotension is a systolic pressure below 90 mmHg (the lower limit of the
normal range: the project's ``hypotension`` finding, ``facts``; Surviving Sepsis and
ATLS use the same bound). The CTAS card reads "suspected hypotension (lower than
normal blood pressure)" as compromise (2) and "vital signs at the upper and lower ends
of normal" as level 3, so a systolic of exactly 90 is the end of normal, not below
it. NEWS2 (which scores <= 90 with 3 points) is an early-warning score, not the
definition of the normal range."""


_PALE: Final = re.compile(
    r"(?i)\b(?:pale|pallor|ashen)\b(?! (?:stools?|faec\w*|fec\w*|urine|yellow))"
)
"""Pallor stated at triage ("pale and sweaty", "looks pale"); pale stools or urine are
no skin sign."""
_NOT_DIAPHORESIS: Final = re.compile(
    r"(?i)\b(?:hot (?:flush|flash)\w*|menopaus\w*|hyperhidros\w*|night sweats?"
    r"|sweaty (?:palms|hands|feet)|excessive sweating)\b"
)
"""Sweating that is no sign of perfusion: menopausal vasomotor symptoms (NICE NG23),
night sweats, primary focal hyperhidrosis."""


_POSTURAL: Final = re.compile(
    r"(?i)\b(?:(?:dizz\w*|light-?headed\w*|faint\w*|pass(?:ed|es|ing)? out"
    r"|black(?:ed|s|ing)? out|collaps\w*|syncop\w*) (?:\w+ ){0,3}(?:on|when|upon"
    r"|after|while|whenever) (?:\w+ )?(?:standing|stood|stands?|getting up|gets up"
    r"|got up|sitting up|sits up|sat up|rising)"
    r"|(?:postural|orthostatic) (?:dizziness|hypotension|drop|syncope|symptoms"
    r"|light-?headedness))\b"
)
_POSTURAL_NEGATED: Final = re.compile(
    r"(?i)\b(?:no|not|denies|denied|without|nil)\b[^.;,]{0,15}$"
)
"""Postural hypotension by history: dizziness, light-headedness or fainting on
standing or sitting up (the card's "postural hypotension (by history)"; its
level-2 example "vomiting blood, dizzy on sitting up"; McGee S et al. JAMA
1999;281:1022: postural dizziness as a sign of hypovolaemia). Vertigo on turning in
bed or looking up (positional, BPPV) is no postural symptom."""


def postural_symptoms(facts: ClinicalFacts) -> bool:
    """Whether the triage text states postural symptoms, not negated just before."""
    for c in triage_clauses(facts):
        for m in _POSTURAL.finditer(c):
            if not _POSTURAL_NEGATED.search(c[max(0, m.start() - 20) : m.start()]):
                return True
    return False


def perfusion_signs(facts: ClinicalFacts, t: float | None) -> str | None:
    """The sign of borderline perfusion the triage text states, or None.

    CTAS adult first-order haemodynamic modifier (CTAS participant manual 2016 card):
    haemodynamic compromise (2) is "evidence of borderline perfusion: pale, history
    of diaphoresis, unexplained tachycardia, postural hypotension (by history) or
    suspected hypotension", whatever the vital signs. Read here: cool, clammy,
    mottled or ashen skin, a slow capillary refill or weak pulses
    (``hypoperfusion_signs`` without its adult pallor clause), pallor, postural
    symptoms by history (``postural_symptoms``) and diaphoresis, the last only
    without a fever (T >= 38 degC or a stated fever: sweating is a febrile patient's
    heat loss, graded by the temperature modifier) and not as hot flushes, night
    sweats or hyperhidrosis (``_NOT_DIAPHORESIS``).
    """
    clauses = triage_clauses(facts)
    if hypoperfusion_signs(facts, adult=False, clauses=clauses):
        return "cool, clammy or mottled skin, slow capillary refill or weak pulses"
    if any(_PALE.search(c) for c in clauses):
        return "pale"
    if postural_symptoms(facts):
        return "postural symptoms by history"
    febrile = (t is not None and t >= FEVER_C) or facts.has("fever")
    other = any(_NOT_DIAPHORESIS.search(c) for c in clauses)
    if facts.has("diaphoresis") and not (febrile or other):
        return "diaphoresis"
    return None


PRESSURE_UNRELATED_COMPLAINTS: Final = frozenset(
    {"extremity_injury", "back_pain", "neck_pain", "myalgia", "sore_throat"}
)
"""Complaints whose presentation a low-normal systolic pressure alone does not bear
on: a musculoskeletal pain or injury of a limb, the back or the neck, and a sore
throat (the temperature modifier grades its sepsis). The CTAS card's level 3 is
"vital signs at the upper and lower ends of normal *as they relate to the presenting
complaint*, especially if they differ from the patient's normal values"
(``_haemodynamic``)."""
USUAL_HEADACHE_COMPLAINT: Final = "headache"
"""The headache complaint, whose usual (known recurrent) form a low-normal systolic
pressure does not bear on (``own_normal_pressure``)."""
OWN_NORMAL_PULSE: Final = 100.0
"""The upper limit of the normal adult resting heart rate (60-100): with a pulse at or
below it, a systolic of 91-100 is no sign of a failing circulation by itself."""


def own_normal_pressure(
    complaint: ComplaintSpec | None,
    hr: float | None,
    age: int | None,
    sbp: float | None = None,
    usual_headache: bool = False,
) -> bool:
    """Whether a systolic of 91-100 is read as the patient's own normal pressure.

    CTAS card: vital signs at the ends of normal count (level 3) "as they relate to
    the presenting complaint, especially if they differ from the patient's normal
    values". A younger adult (under ``OLDER_ADULT_AGE``: an older adult's usual
    systolic is higher, so 91-100 is lower than expected for the patient, which the
    card grades) with a normal pulse (at most ``OWN_NORMAL_PULSE``) and a complaint
    the pressure does not bear on (``PRESSURE_UNRELATED_COMPLAINTS``: a sprain, a
    back strain, a sore throat) has a low-normal systolic as the normal range itself
    (hypotension is below 90: ``HYPOTENSION_SBP``), no modifier: triage52 (a
    24-year-old's sore throat with BP 96/62 and HR 74 was KTAS 3). Any other
    complaint (a bleed, a fluid loss, a faint, a fever, an abdominal pain), an older
    adult, a pulse over 100 or one not recorded keep the band (3), and so does a
    systolic of 90 itself, the lowest value of the normal range (NEWS2 scores 90 or
    less 3 points, 91-100 two). triage53: a headache stated to be the patient's usual
    one (``usual_headache``: "like her usual migraines", ``usual_pain``) is a known
    recurrent pain the pressure does not bear on either (a 31-year-old's usual
    migraine at 98/64 and HR 72 was KTAS 3 by the pressure alone).
    """
    unrelated = complaint is not None and (
        complaint.id in PRESSURE_UNRELATED_COMPLAINTS
        or (usual_headache and complaint.id == USUAL_HEADACHE_COMPLAINT)
    )
    return (
        (sbp is None or sbp > HYPOTENSION_SBP)
        and unrelated
        and hr is not None
        and hr <= OWN_NORMAL_PULSE
        and age is not None
        and age < OLDER_ADULT_AGE
    )


def _haemodynamic(
    hr: float | None,
    sbp: float | None,
    complaint: ComplaintSpec | None = None,
    perfusion: str | None = None,
    age: int | None = None,
    usual_headache: bool = False,
) -> list[Modifier]:
    """CTAS haemodynamic stability modifier.

    Compromise (2) and vital signs at the ends of normal (3). CTAS names the signs
    (unexplained tachycardia, bradycardia, suspected hypotension) without adult numbers:
    HR >= ``COMPROMISE_HR``, HR <= 40 (NEWS2 3 points) and a systolic pressure below
    the normal range (``HYPOTENSION_SBP``) are read as compromise; the NEWS2 2-point
    bands (HR 111-119, SBP 90-100: a systolic of 90 is the lower end of the normal
    range itself) and a bradycardia of 41-50 (NEWS2 scores it 1 point, but it is below
    the resting range of 60-100) as the ends of normal. Shock (1) is ESI decision
    point A's hypotension/shock. The ends of normal count "as they relate to the
    presenting complaint" (the CTAS card): not for a complaint of a sense organ, the
    teeth or the skin (``LOCAL_COMPLAINTS``), nor a younger adult's low-normal
    systolic with a normal pulse and a musculoskeletal complaint or a sore throat
    (``own_normal_pressure``; ``age`` in years). ``perfusion``: a sign of borderline
    perfusion stated at triage (``perfusion_signs``: pallor, diaphoresis, clammy
    skin), which the card grades as compromise (2) with any vital signs.
    """
    src = f"{CTAS_MANUAL}: haemodynamic stability modifier; bands: {NEWS2}, ATLS"
    bad = [
        *(
            [f"HR {hr:g}"]
            if hr is not None and (hr <= 40 or hr >= COMPROMISE_HR)
            else []
        ),
        *([f"SBP {sbp:g}"] if sbp is not None and sbp < HYPOTENSION_SBP else []),
        *([perfusion] if perfusion else []),
    ]
    if bad:
        text = f"haemodynamic compromise ({', '.join(bad)})"
        return [
            Modifier(
                level=2, text=text, source=src, criterion="haemodynamic:compromise"
            )
        ]
    if complaint is not None and complaint.id in LOCAL_COMPLAINTS:
        return []
    low_normal = sbp is not None and sbp <= 100
    edge = [
        *([f"HR {hr:g}"] if hr is not None and (hr <= 50 or hr >= 111) else []),
        *(
            [f"SBP {sbp:g}"]
            if low_normal
            and not own_normal_pressure(complaint, hr, age, sbp, usual_headache)
            else []
        ),
    ]
    if edge:
        text = f"vital signs at the ends of normal ({', '.join(edge)})"
        crit = "haemodynamic:ends-of-normal"
        return [Modifier(level=3, text=text, source=src, criterion=crit)]
    return []


def _consciousness(facts: ClinicalFacts, esi: EsiAssessment) -> list[Modifier]:
    """CTAS level-of-consciousness modifier.

    GCS 3-9 (1), 10-13 or new confusion (2); AVPU P/U is unresponsive to voice (1) and V
    an impaired level (2), unless the text states it is the patient's baseline
    (``avpu_at_baseline``: the card grades a change from baseline).
    """
    src = f"{CTAS_MANUAL}: level of consciousness modifier"
    g = gcs(facts)
    level = avpu(facts)
    if (g is not None and g <= 9) or level in ("P", "U"):
        what = f"GCS {g:g}" if g is not None and g <= 9 else f"AVPU {level}"
        return [Modifier(level=1, text=f"unconscious ({what})", source=src)]
    new_v = level == "V" and not avpu_at_baseline(facts)
    if (g is not None and g <= 13) or new_v or esi.altered_mental_status:
        what = (
            f"GCS {g:g}"
            if g is not None and g <= 13
            else "AVPU V"
            if new_v
            else "new confusion"
        )
        return [
            Modifier(
                level=2, text=f"impaired level of consciousness ({what})", source=src
            )
        ]
    return []


FEVER_C: Final = 38.0
"""CTAS adult temperature modifier: fever is a temperature of 38.0 degC or more."""
SIRS_LOW_C: Final = 36.0
"""SIRS temperature criterion on the low side: below 36 degC (Bone RC et al. Chest
1992)."""


def _temperature(
    facts: ClinicalFacts,
    t: float | None,
    hr: float | None,
    rr: float | None,
    unstable: bool,
) -> list[Modifier]:
    """CTAS adult temperature modifier.

    Fever with immunosuppression or looking septic (3 SIRS
    criteria, or haemodynamic compromise, moderate respiratory distress or altered
    consciousness) -> 2; looking unwell (2 SIRS criteria) -> 3; fever alone -> 4.
    SIRS at triage counts the temperature, HR > 90 and RR > 20 (Bone, Chest 1992;
    no white cell count yet); its temperature criterion is > 38 or < 36 degC, so a
    temperature below 36 with both rate criteria is three SIRS criteria, "looks
    septic" (2), as a fever with them is. Hypothermia otherwise: core < 32 degC -> 2,
    32-35 -> 3.
    """
    src = f"{CTAS_MANUAL}: temperature modifier (SIRS: Bone RC et al. Chest 1992)"
    if t is None:
        return []
    if t < SIRS_LOW_C and hr is not None and hr > 90 and rr is not None and rr > 20:
        text = f"temperature {t:g} C with HR {hr:g} and RR {rr:g}: looks septic"
        return [Modifier(level=2, text=f"{text} (3 SIRS criteria)", source=src)]
    if t < 32.0:
        return [
            Modifier(
                level=2,
                text=f"moderate hypothermia ({t:g} C)",
                source=f"{CEDIS}: hypothermia",
            )
        ]
    if t < 35.0:
        return [
            Modifier(
                level=3,
                text=f"mild hypothermia ({t:g} C)",
                source=f"{CEDIS}: hypothermia",
            )
        ]
    if t < FEVER_C:
        return []
    count = 1 + int(hr is not None and hr > 90) + int(rr is not None and rr > 20)
    immuno = facts.known("immunocompromised") or immunocompromise_words(facts)
    if immuno:
        return [Modifier(level=2, text=f"fever {t:g} C, immunocompromised", source=src)]
    if count >= 3 or unstable:
        why = f"{count} SIRS criteria" if count >= 3 else "with unstable signs"
        return [
            Modifier(level=2, text=f"fever {t:g} C, looks septic ({why})", source=src)
        ]
    if count == 2:
        return [
            Modifier(
                level=3,
                text=f"fever {t:g} C, looks unwell (2 SIRS criteria)",
                source=src,
            )
        ]
    return [Modifier(level=4, text=f"fever {t:g} C, appears well", source=src)]


def _pain(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, score: float | None
) -> list[Modifier]:
    """CTAS pain modifier (severity, central vs peripheral, acute vs chronic).

    Central (body cavity or organ) acute 8-10 -> 2, 4-7 -> 3, < 4 -> 4;
    peripheral acute 8-10 -> 3, 4-7 -> 4, < 4 -> 5; chronic pain one level less
    urgent. Without a charted score, the rating the triage text words ("flank pain
    9/10", ``worded_pain_rating``: the patient's self-report, as CTAS asks) is the
    score (triage54: a renal colic "9/10, writhing" was KTAS 4, while ESI read the
    same rating); pain stated as severe without a score is read as 8-10. The site is the
    one the complaint names: a text naming only peripheral sites (``peripheral_site``:
    a limb, joint, the back, a muscle, the skin) has peripheral pain whatever
    complaint it was matched to by meaning ("elbow painful swelling" is not an
    allergic reaction's pain), except a chest-pain match (arm pain as an anginal
    equivalent stays central).
    """
    worded = score is None and (score := worded_pain_rating(facts)) is not None
    stated = score is None and stated_severe_pain(facts)
    if stated:
        score = 8.0
    if score is None or score <= 0:
        return []
    cc = facts.chief_complaint
    if complaint is None:
        central = not peripheral_site(cc)
    elif complaint.id != "chest_pain" and peripheral_site(cc):
        central = False  # the site the complaint names, whatever it was matched to
    elif complaint.id == "head_injury" and facial_only(cc):
        central = False
    else:
        central = complaint.id not in PERIPHERAL_PAIN
    if central:
        level = 2 if score >= 8 else 3 if score >= 4 else 4
    else:
        level = 3 if score >= 8 else 4 if score >= 4 else 5
    chronic = bool(_CHRONIC.search(cc or "")) or usual_pain(cc)
    level = min(level + int(chronic), 5)
    band = "severe" if score >= 8 else "moderate" if score >= 4 else "mild"
    text = (
        f"{band} {'central' if central else 'peripheral'}"
        f" {'chronic' if chronic else 'acute'} pain"
        + (
            " (stated severe)"
            if stated
            else f" ({score:g}/10{' as worded' if worded else ''})"
        )
    )
    site = "central" if central else "peripheral"
    crit = f"pain:{site}-{band}" + ("-chronic" if chronic else "")
    return [
        Modifier(
            level=level,
            text=text,
            source=f"{CTAS_2016}: pain modifier",
            criterion=crit,
        )
    ]


HTN_SYMPTOM_COMPLAINTS: Final = frozenset(
    {
        "headache",
        "chest_pain",
        "shortness_of_breath",
        "stroke_symptoms",
        "altered_mental_status",
        "nausea_vomiting",
        "eye_complaint",
        "seizure",
    }
)
"""Complaints that are symptoms of hypertensive end-organ effect: headache, nausea and
vomiting (encephalopathy), chest pain, dyspnoea, neurological or visual symptoms,
confusion, seizure (CTAS 2016 hypertension modifier "with symptoms"; Whelton PK et al.
ACC/AHA 2017 hypertension guideline s11.2, the target-organ manifestations of a
hypertensive emergency). Dizziness, generalised weakness and syncope are not among
them (ktas32): they are graded by their own modifiers (presyncope at baseline 3,
syncope at 60 and over ESI's high risk), the pressure by its band without symptoms."""
HTN_SYMPTOM_FINDINGS: Final = (*TARGET_ORGAN_SYMPTOMS, "vomiting")
"""Findings stated anywhere in the triage text that are symptoms of hypertension
whatever the complaint ("dizzy with a headache and blurred vision"): the target-organ
symptoms ESI reads for a possible hypertensive emergency (``_esi_risk``, ACC/AHA
2017) and vomiting (hypertensive encephalopathy)."""


def _blood_pressure(
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    sbp: float | None,
    dbp: float | None,
) -> list[Modifier]:
    """CTAS hypertension (second-order modifier).

    SBP >= 220 or DBP >= 130 with symptoms -> 2, without -> 3;
    SBP 200-219 or DBP 110-129 with symptoms -> 3, without -> 4. Symptoms are a
    complaint that is one (``HTN_SYMPTOM_COMPLAINTS``) or one stated with another
    complaint (``HTN_SYMPTOM_FINDINGS``).
    """
    src = f"{CTAS_2016}: hypertension"
    symptoms = (
        complaint is not None and complaint.id in HTN_SYMPTOM_COMPLAINTS
    ) or any(facts.has(c) for c in HTN_SYMPTOM_FINDINGS)
    s, d = sbp or 0.0, dbp or 0.0
    shown = f"BP {s:g}/{d:g}" if dbp is not None else f"SBP {s:g}"
    with_ = "with symptoms" if symptoms else "without symptoms"
    if s >= 220 or d >= 130:
        return [
            Modifier(
                level=2 if symptoms else 3,
                text=f"severe hypertension ({shown}) {with_}",
                source=src,
            )
        ]
    if s >= 200 or d >= 110:
        return [
            Modifier(
                level=3 if symptoms else 4,
                text=f"hypertension ({shown}) {with_}",
                source=src,
            )
        ]
    return []


HYPOGLYCAEMIA_SYMPTOMS: Final = (
    "confusion",
    "altered_mental_status",
    "behaviour_change",
    "diaphoresis",
    "tremor",
    "seizure",
    "focal_deficit",
)
"""CTAS blood glucose modifier, glucose < 3 mmol/L: symptomatic means confusion,
diaphoresis, behavioural change, seizure or an acute focal deficit (the autonomic
tremor of neuroglycopenia's warning phase with them: ADA Standards of Care 2024 s6)."""
HYPERGLYCAEMIA_SYMPTOMS: Final = (
    "dyspnea",
    "tachypnea",
    "vomiting",
    "polyuria",
    "weakness",
    "confusion",
    "altered_mental_status",
)
"""CTAS blood glucose modifier, glucose > 18 mmol/L: symptomatic means dyspnoea,
dehydration (vomiting), tachypnoea, thirst, polyuria or weakness."""


HYPOGLYCAEMIA_COMPLAINTS: Final = frozenset(
    {"altered_mental_status", "seizure", "stroke_symptoms", "psychiatric"}
)
"""Presenting complaints that are themselves the card's symptoms of hypoglycaemia
(confusion, seizure, an acute focal deficit, behavioural change)."""
HYPERGLYCAEMIA_COMPLAINTS: Final = frozenset(
    {"shortness_of_breath", "nausea_vomiting", "diarrhea", "weakness"}
)
"""Presenting complaints that are themselves the card's symptoms of hyperglycaemia
(dyspnoea, dehydration from vomiting or diarrhoea, weakness)."""


def _glucose(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, impaired: bool
) -> list[Modifier]:
    """CTAS blood glucose modifier.

    Glucose < 3 mmol/L (54 mg/dL) or > 18 mmol/L (324 mg/dL) with symptoms -> 2,
    without -> 3. Symptoms are the card's own for each derangement: an impaired
    consciousness (``impaired``: confusion), the symptoms stated in the text
    (``HYPOGLYCAEMIA_SYMPTOMS``, ``HYPERGLYCAEMIA_SYMPTOMS``) or a presenting complaint
    that is one of them (``HYPOGLYCAEMIA_COMPLAINTS``, ``HYPERGLYCAEMIA_COMPLAINTS``).
    Another complaint is no symptom of the sugar: a twisted ankle with a glucose of
    21 mmol/L is an asymptomatic hyperglycaemia (3), not level 2.
    The measurement is in mg/dL, one convention with ESI and the typed results
    (``findings.glucose_mg_dl``: "1.8 mmol/L" is 32.4, a bare "2.1" is mmol/L, a bare
    whole 10-35 is ambiguous and not read).
    """
    value = facts.measurements.get("glucose")
    if value is None or value <= 0:
        return []
    mmol = value / MG_DL_PER_MMOL_GLUCOSE
    src = f"{CTAS_MANUAL}: blood glucose modifier"
    if not (mmol < 3.0 or mmol > 18.0):
        return []
    low = mmol < 3.0
    kind = "hypoglycaemia" if low else "hyperglycaemia"
    named = HYPOGLYCAEMIA_SYMPTOMS if low else HYPERGLYCAEMIA_SYMPTOMS
    own = HYPOGLYCAEMIA_COMPLAINTS if low else HYPERGLYCAEMIA_COMPLAINTS
    symptomatic = (
        impaired
        or any(facts.has(c) for c in named)
        or (complaint is not None and complaint.id in own)
    )
    shown = f"glucose {mmol:.1f} mmol/L, {value:.0f} mg/dL"
    text = f"{kind} ({shown})" + (" with symptoms" * symptomatic)
    return [Modifier(level=2 if symptomatic else 3, text=text, source=src)]


MAJOR_BLEED_SITES: Final = frozenset(
    {"head_injury", "trauma", "fall", "gi_bleeding", "neck_pain", "back_pain"}
)
"""Complaints whose bleeding is life- or limb-threatening in a bleeding disorder
(head, neck, chest, abdomen, pelvis, spine; CTAS bleeding-disorder modifier)."""
MINOR_BLEED_SITES: Final = frozenset(
    {
        "epistaxis",
        "dental_pain",
        "laceration",
        "extremity_injury",
        "vaginal_bleeding",
        "anorectal",
    }
)
"""Complaints whose bleeding is moderate or minor in a bleeding disorder (nose, mouth,
joints, menorrhagia, abrasions, superficial lacerations)."""


_BLEED_WORD: Final = re.compile(
    r"(?i)\b(?:bleed\w*|blood\w*|ha?emorrha\w*|ooz\w*|hematoma|haematoma)"
)
"""A complaint naming a bleeding (for the bleeding-disorder modifier)."""
ANTICOAGULATION_REASON: Final = "known anticoagulation"
"""ESI's high-risk history reason for an anticoagulated patient (``esi.py``)."""


def _bleeding_disorder(
    facts: ClinicalFacts, complaint: ComplaintSpec | None
) -> list[Modifier]:
    """CTAS bleeding-disorder modifier (congenital or acquired, anticoagulants).

    A life- or limb-threatening site -> 2, a moderate or minor one -> 3. A bleeding
    the knowledge base has no complaint for (a post-operative bleed: CEDIS
    'post-operative complication') is at least moderate, 3: its site is not named,
    and the first-order modifiers raise it if the bleed is major.
    """
    if not facts.known("anticoagulation"):
        return []
    src = f"{CTAS_MANUAL}: bleeding disorder modifier"
    if complaint is None:
        if not _BLEED_WORD.search(facts.chief_complaint or ""):
            return []
        text = "anticoagulated, bleeding at a site the complaint does not name"
        return [Modifier(level=3, text=text, source=src)]
    if complaint.id in MAJOR_BLEED_SITES:
        text = f"anticoagulated, possible major bleed ({complaint.id})"
        return [Modifier(level=2, text=text, source=src)]
    if complaint.id in MINOR_BLEED_SITES:
        text = f"anticoagulated, minor or moderate bleed ({complaint.id})"
        return [Modifier(level=3, text=text, source=src)]
    return []


PAEDS_CTAS: Final = (
    "Warren DW et al. PaedsCTAS guidelines. CJEM 2008;10:224-243 (first-order"
    " modifiers for children)"
)
APLS_NORMAL: Final = (
    "ALSG. Advanced Paediatric Life Support, 6th ed. 2016 (normal heart and"
    " respiratory rates by age)"
)
_PAEDS_RANGES: Final = (
    # (up to age in years, HR low, HR high, RR high), APLS 6th ed. normal ranges.
    (0, 110.0, 160.0, 40.0),
    (1, 100.0, 150.0, 35.0),
    (4, 95.0, 140.0, 30.0),
    (11, 80.0, 120.0, 25.0),
    (ADULT_AGE, 60.0, 100.0, 20.0),
)
"""Normal heart-rate range and upper respiratory rate by age band: under 1 year, 1-2,
2-5, 5-12 and 12 years on (APLS 6th ed.). A rate outside the range is a vital sign
at the ends of normal (3); beyond the ESI v4 danger-zone limit for age (handbook
Figure 6-1: < 3 months 180/50, 3 months-3 years 160/40, 3-8 years 140/30) it is
haemodynamic compromise or moderate respiratory distress (2). From 9 years the
handbook's band (100/20) is the adult one, below the APLS upper limit of a school
child: there the danger zone is the APLS upper limit + 20 beats or + 10 breaths (the
margins of ``_esi_risk.dz_uptriage``)."""
PAEDS_BRADY_HR: Final = 60.0
"""PALS 2020: a child's heart rate below 60 with poor perfusion needs CPR; below 60 is
read as haemodynamic compromise (2) whatever the perfusion seen at triage."""


def _paeds_range(age: int) -> tuple[float, float, float]:
    """(HR low, HR high, RR high) of the APLS normal range for ``age`` years."""
    for upto, lo, hi, rr in _PAEDS_RANGES:
        if age <= upto:
            return lo, hi, rr
    return 60.0, 100.0, 20.0


def _paeds_danger(age: int, young_infant: bool) -> tuple[float, float]:
    """(HR, RR) from which a child's rate is compromise / moderate distress."""
    if age == 0 and young_infant:
        return 180.0, 50.0
    if age < 3:
        return 160.0, 40.0
    if age <= 8:
        return 140.0, 30.0
    _, hi, rr = _paeds_range(age)
    return hi + 20.0, rr + 10.0


QUIET_TACHYPNOEA_MARGIN: Final = 10.0
"""Breaths a minute beyond the danger-zone rate within which a tachypnoea with a
saturation of 95 % or more and no increased work of breathing is mild distress."""
QUIET_TACHYPNOEA_SPO2: Final = 95.0
"""PaedsCTAS mild respiratory distress keeps SpO2 at 95 % or more (moderate: 92-94)."""


def _paeds_rates(
    age: int,
    young_infant: bool,
    hr: float | None,
    rr: float | None,
    spo2: float | None = None,
    laboured: bool = True,
) -> list[Modifier]:
    """PaedsCTAS haemodynamic and respiratory-rate modifiers by age.

    triage53: PaedsCTAS (Warren DW et al. CJEM 2008;10:224) grades respiratory
    distress by the work of breathing and the saturation, not the rate alone: mild
    distress (3) is tachypnoea with no obvious increased work of breathing and SpO2
    >= 95 %, moderate (2) adds increased work of breathing or SpO2 92-94 %. A rate
    just beyond the ESI danger zone (within ``QUIET_TACHYPNOEA_MARGIN``) with a
    recorded SpO2 >= 95 % and no work of breathing worded (``laboured`` false) is
    mild (a febrile 4-year-old at RR 34, SpO2 97 was KTAS 2); a saturation not
    recorded, or any sign of work, keeps moderate (the more urgent in doubt).
    """
    lo, hi, rr_hi = _paeds_range(age)
    hr_dz, rr_dz = _paeds_danger(age, young_infant)
    src = f"{PAEDS_CTAS}; ranges: {APLS_NORMAL}; danger zone: ESI v4 handbook ch.6"
    out: list[Modifier] = []
    if hr is not None and (hr > hr_dz or hr < PAEDS_BRADY_HR):
        text = f"haemodynamic compromise for age {age} (HR {hr:g})"
        out.append(Modifier(level=2, text=text, source=src))
    elif hr is not None and (hr > hi or hr < lo):
        text = f"heart rate outside the normal range for age {age} (HR {hr:g})"
        out.append(Modifier(level=3, text=text, source=src))
    quiet = (
        not laboured
        and spo2 is not None
        and spo2 >= QUIET_TACHYPNOEA_SPO2
        and rr is not None
        and rr <= rr_dz + QUIET_TACHYPNOEA_MARGIN
    )
    if rr is not None and rr > rr_dz and quiet:
        text = (
            f"mild respiratory distress for age {age} (RR {rr:g} beyond the danger"
            f" zone, SpO2 {spo2:g}, no increased work of breathing)"
        )
        out.append(Modifier(level=3, text=text, source=src))
    elif rr is not None and rr > rr_dz:
        text = f"moderate respiratory distress for age {age} (RR {rr:g})"
        out.append(Modifier(level=2, text=text, source=src))
    elif rr is not None and rr > rr_hi:
        text = f"mild respiratory distress for age {age} (tachypnoea, RR {rr:g})"
        out.append(Modifier(level=3, text=text, source=src))
    return out


def _paeds_spo2(facts: ClinicalFacts, spo2: float | None) -> list[Modifier]:
    """PaedsCTAS respiratory modifier: SpO2 (the adult bands) and stated distress."""
    return _respiratory(facts, spo2, None)


def _paeds_temperature(
    facts: ClinicalFacts, t: float | None, young_infant: bool, unstable: bool
) -> list[Modifier]:
    """PaedsCTAS temperature modifier by age band.

    Under 3 months: 38.0 degC or more -> 2. From 3 months: 38.5 or more with
    immunocompromise or looking septic (an unstable modifier) -> 2, looking unwell (a
    rate outside the normal range, ``unstable`` false) -> 3 under 3 years and when
    unwell, otherwise -> 4 (well-appearing). Hypothermia as in adults.
    """
    if t is None:
        return []
    if t < 35.0:
        level = 2 if t < 32.0 else 3
        src = f"{CEDIS}: hypothermia"
        return [Modifier(level=level, text=f"hypothermia ({t:g} C)", source=src)]
    src = f"{PAEDS_CTAS}: temperature modifier"
    if young_infant and t >= FEVER_C:
        text = f"fever {t:g} C under 3 months"
        return [Modifier(level=2, text=text, source=src)]
    if t < 38.5:
        return []
    if facts.known("immunocompromised") or immunocompromise_words(facts):
        text = f"fever {t:g} C, immunocompromised"
        return [Modifier(level=2, text=text, source=src)]
    if unstable:
        text = f"fever {t:g} C, looks septic (unstable signs)"
        return [Modifier(level=2, text=text, source=src)]
    age = facts.age or 0
    if age < 3:
        text = f"fever {t:g} C at 3-36 months"
        return [Modifier(level=3, text=text, source=src)]
    return [Modifier(level=4, text=f"fever {t:g} C, appears well", source=src)]


def _young_infant(facts: ClinicalFacts) -> bool:
    """Under 3 months, or an infant whose age in days is not known to be older."""
    if facts.age != 0:
        return False
    youngest = facts.population.age_days_min
    return youngest is None or youngest < 90


WORK_OF_BREATHING: Final = (
    "respiratory_distress",
    "grunting",
    "stridor",
    "wheezing",
    "dyspnea",
    "apnea",
)
"""Signs or symptoms of increased work of breathing (recession, nasal flaring, head
bobbing, grunting, stridor, wheeze, breathlessness, apnoea): PaedsCTAS moderate
distress with a rate beyond the danger zone."""


def _paediatric(
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    esi: EsiAssessment,
    v: Vitals,
) -> list[Modifier]:
    """Every PaedsCTAS modifier that applies to a child."""
    age = facts.age or 0
    young = _young_infant(facts)
    laboured = any(facts.has(c) for c in WORK_OF_BREATHING)
    rates = _paeds_rates(age, young, v.heart_rate, v.respiratory_rate, v.spo2, laboured)
    resp = _paeds_spo2(facts, v.spo2)
    conscious = _consciousness(facts, esi)
    unstable = any(m.level <= 2 for m in (*rates, *resp, *conscious))
    unwell = unstable or any(m.level <= 3 for m in rates)
    temp = _paeds_temperature(facts, v.temperature_c, young, unstable)
    if unwell and temp and temp[0].level == 4:
        text = temp[0].text.replace("appears well", "looks unwell (rates for age)")
        temp = [Modifier(level=3, text=text, source=temp[0].source)]
    return [
        *_from_esi(esi, facts, complaint, v),
        *_as("paeds:rates", rates),
        *_as("respiratory", resp),
        *_as("consciousness", conscious),
        *_as("paeds:temperature", temp),
        *_pain(facts, complaint, v.pain),
        *_as("glucose", _glucose(facts, complaint, bool(conscious))),
        *_as("bleeding-disorder", _bleeding_disorder(facts, complaint)),
        *_complaint(complaint, None, esi, facts, child=True),
        *_as(
            "dehydration",
            _dehydration(facts, complaint, any(m.level <= 3 for m in rates)),
        ),
    ]


def _unassessed(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, v: Vitals
) -> bool:
    """Whether a CTAS modifier the time-critical complaint needs cannot be graded.

    The missing vital signs are the complaint's ``vitals_required`` (with heart rate
    and blood pressure from ``OLDER_ADULT_AGE``), as ESI's decision point D reads
    them. A missing heart rate or blood pressure leaves the haemodynamic modifier
    ungraded; a missing saturation or rate leaves the respiratory modifier ungraded
    only when the other sign cannot grade it (``respiratory_gradable``).
    """
    required = set(complaint.vitals_required) if complaint else set()
    if (facts.age or 0) >= OLDER_ADULT_AGE:
        required |= {"heart_rate", "systolic_bp"}
    missing = {n for n in required if getattr(v, n, None) is None}
    if not missing:
        return True  # what ESI found missing is not known here: keep its reading
    if missing - RESPIRATORY_VITALS:
        return True
    return not respiratory_gradable(facts, v)


SEXUAL_ASSAULT_TRIAGE: Final = (
    "CTAS-based triage provider manual (2012), sexual assault algorithm: level 2 with"
    " altered consciousness, abnormal vital signs or severe emotional distress, level 3"
    " otherwise, level 4 beyond 24 h"
)
PEP_TIMING: Final = (
    "CDC 2018 / USPHS occupational HIV and HBV post-exposure prophylaxis: start as soon"
    " as possible, within hours; the CTAS level-3 time to physician (30 min) meets it"
)
SITE_LEVEL3_PRESENTATIONS: Final[dict[str, str]] = {
    "sexual_assault": SEXUAL_ASSAULT_TRIAGE,
    "blood or body-fluid exposure (post-exposure prophylaxis window)": PEP_TIMING,
}
"""ESI decision-point B high-risk situations that CTAS/KTAS grade at level 3, not 2:
ESI places a sexual assault and a blood or body-fluid exposure at ESI 2 (privacy,
the prophylaxis window); the CTAS-based scales grade a sexual assault by what
goes with it (consciousness, vital signs, severe distress: their own first-order
modifiers and ESI's severe-distress criterion, which stay level 2) and otherwise at
3, and the prophylaxis window is met by level 3's 30 minutes. Keyed by the reason
text before its source bracket."""


STROKE_WINDOW_HOURS: Final = 24.0
"""Hours from onset to which a stroke may still be offered reperfusion: IV lysis to
4.5 h, thrombectomy for a large-vessel occlusion to 24 h from last known well
(Powers WJ et al. AHA/ASA 2019 3.5, 3.7.2; DAWN, DEFUSE 3)."""
LATE_STROKE: Final = (
    f"{CTAS_2016} / {CEDIS}: symptoms of CVA beyond the treatment window are level 3"
    f" ({PREHOSPITAL_CTAS}); window: AHA/ASA 2019 (thrombectomy to 24 h)"
)
STROKE_DEFICIT_REASONS: Final = frozenset(
    {
        "signs of stroke",
        "signs of stroke (focal deficit)",
        "signs of stroke (sudden neurological symptom)",
        "posterior circulation signs (diplopia/ataxia)",
        "focal_deficit",
        "unilateral_weakness",
        "facial_droop",
        "speech_disturbance",
        "ataxia",
    }
)
"""ESI high-risk reasons that name the deficit of a stroke (ESI binds them at 2 at any
time from onset; CTAS/KTAS grade them by the treatment window)."""
_RECENT_CHANGE: Final = re.compile(
    r"(?i)\b(?:sudden(?:ly)?|abrupt(?:ly)?|acute onset|worse\w*|worsen\w*"
    r"|progress\w*|fluctuat\w*|today|this (?:morning|afternoon|evening)|tonight"
    r"|last (?:known|seen) (?:well|normal)|lkw|woke)\b"
)
"""Words of a change within the window (a new or worsening deficit, a timed onset):
with one of them a stated older onset does not put the deficit beyond the window."""
_INJURY_CONCEPTS: Final = ("fall", "head_injury", "bleeding_or_trauma", "mvc")
"""Findings of an injury: a deficit after one is a subdural or a traumatic lesion
until imaged (ESI and CTAS grade it by the injury), not a stroke graded by its
window."""


_RESOLVED_DEFICIT: Final = re.compile(
    r"(?i)\b(?:(?:now |has |have |had |since |all |completely |fully )?(?:resolved"
    r"|recovered|disappeared|went away)|back to (?:normal|baseline|(?:his|her|their)"
    r" (?:normal|usual|baseline))|transient\w*|tia|lasted (?:about |around )?\d+"
    r"|lasting (?:about |around )?\d+ ?(?:min|mins|minutes|seconds|secs)\b)"
)
_DEFICIT_NOT_OVER: Final = re.compile(
    r"(?i)\b(?:still|ongoing|persist\w*|continu\w*|remains?|worse\w*|again"
    r"|recurr\w*|repeated|fluctuat\w*|several|multiple|(?:two|three|2|3)"
    r" (?:\w+ )?(?:episodes|times|attacks|tias)|partial\w*|not (?:fully|completely)"
    r"|except|but)\b"
)
"""A deficit told as over ("right arm weakness for 20 minutes, now resolved", "TIA",
"slurred speech yesterday, back to normal now"), and the words that say it is not,
or that it recurs (a crescendo TIA is treated as a stroke in evolution: AHA/ASA
2021 secondary prevention; NICE NG128 1.1.3)."""


def stroke_symptoms_resolved(facts: ClinicalFacts) -> bool:
    """Whether stroke symptoms are told as fully resolved, once, on no anticoagulant.

    CTAS 2016 / CEDIS and the prehospital CTAS reference grade symptoms of CVA that
    have resolved at level 3: no reperfusion is offered to a deficit that has gone,
    and a TIA is assessed by a specialist within 24 hours (NICE NG128 2019 1.1.3;
    AHA/ASA 2021), the site level-3 time to physician (30 min) meeting it. ESI keeps
    level 2 (handbook ch.4: TIA is high risk). Kept at 2: a deficit still present
    in part, recurring or fluctuating (``_DEFICIT_NOT_OVER``: a crescendo TIA), or a
    patient on an anticoagulant (a haemorrhage until imaged).
    """
    if facts.known("anticoagulation"):
        return False
    text = facts.chief_complaint or ""
    if not _RESOLVED_DEFICIT.search(text):
        return False
    return not _DEFICIT_NOT_OVER.search(text)


def late_stroke_symptoms(facts: ClinicalFacts, complaint: ComplaintSpec | None) -> bool:
    """Whether stroke symptoms are stated to have begun beyond the treatment window.

    CTAS 2016 and the CEDIS list grade symptoms of CVA at level 2 within the window of
    treatment and at 3 beyond it or resolved (``stroke_symptoms_resolved``,
    triage52). Every duration the triage text states must exceed
    ``STROKE_WINDOW_HOURS`` ("weakness for 3 days"), with no word of a recent change
    (``_RECENT_CHANGE``: "worse since this morning", "sudden"); an onset not stated is
    taken as within the window (the more urgent level when in doubt). A deficit with
    another complaint or after an injury (a fall, a head injury: a subdural) is not
    read here.
    """
    if complaint is None or complaint.id != "stroke_symptoms":
        return False
    if any(facts.has(c) for c in _INJURY_CONCEPTS):
        return False
    text = facts.chief_complaint or ""
    if stroke_symptoms_resolved(facts):
        return True
    if _RECENT_CHANGE.search(text):
        return False
    from agents._text import stated_hours

    hours = stated_hours((text,))
    return bool(hours) and min(hours) > STROKE_WINDOW_HOURS


IDEATION_REASONS: Final = frozenset(
    {"suicidal_ideation", "suicidal or homicidal ideation"}
)
"""ESI high-risk reasons that name suicidal ideation (ESI v4 ch.4 binds them at 2)."""
IDEATION_WITHOUT_PLAN: Final = (
    f"{CTAS_2016} / {CEDIS}: depression or suicidal ideation is level 2 with a clear"
    " plan, an attempt, active intent or a flight risk, and level 3 without them"
    " (Prehospital CTAS, Ontario Base Hospital Group CTAS reference v4.2, 2020)"
)
_ACTED: Final = re.compile(
    r"(?i)attempt|tried|inflicted|self[- ]?(?:harm|injur)|inten[dt]|note|plan"
)
"""Words of an attempt, a self-harm, an intent or a plan in a suicidal-ideation
mention ("suicide attempt", "self-inflicted", "suicidal intent", "plan to kill")."""
_ACTED_CONCEPTS: Final = (
    "suicide_plan_stated",
    "suicide_preparatory_act",
    "overdose",
    "homicidal_ideation",
    "hallucinations",
    "agitation",
)
"""Findings that make suicidal ideation a level-2 presentation on the CTAS-based
scales: a plan, intent or preparation stated, an ingestion (an attempt), homicidal
ideation, or psychosis and agitation (CTAS mental health: acute psychosis, severe
agitation 2)."""


def ideation_without_plan(facts: ClinicalFacts) -> bool:
    """Whether suicidal ideation is stated to come without a plan.

    CTAS 2016 grades suicidal ideation at level 2 with a clear plan, an attempt,
    active intent or a flight risk, and at 3 without them (the prehospital CTAS
    reference v4.2 words level 2 the same way). The text must say there is no plan
    ("no plan", "denies a plan": ``suicide_plan_denied``); ideation with the plan
    not asked stays 2 (the more urgent level when in doubt), as does any mention of
    an attempt, self-harm, intent or a plan (``_ACTED``), or of an ingestion,
    homicidal ideation, hallucinations or agitation (``_ACTED_CONCEPTS``), whatever
    its negation status (a negation read across a list must not hide an overdose:
    "no plan, took 20 tablets"). ESI keeps level 2
    (handbook ch.4); the patient's safety (observation, a safe room) is the
    treatment stage's, whatever the level.
    """
    if not facts.has("suicidal_ideation") or not facts.has("suicide_plan_denied"):
        return False
    return not any(
        f.concept in _ACTED_CONCEPTS
        or (f.concept == "suicidal_ideation" and _ACTED.search(f.text))
        for f in facts.findings
    )


LSI_SITE_LEVEL2: Final[dict[str, str]] = {
    "hypoglycaemia with altered mentation": (
        f"{CTAS_MANUAL}: blood glucose modifier (glucose < 3 mmol/L with symptoms,"
        " confusion among them, 2) and level of consciousness (GCS 10-13 2; level 1"
        " only when unconscious, GCS 3-9)"
    ),
    "low point-of-care glucose with altered mentation": (
        f"{CTAS_MANUAL}: blood glucose modifier (glucose < 3 mmol/L with symptoms 2);"
        " level of consciousness (level 1 only when unconscious, GCS 3-9)"
    ),
}
"""ESI decision-point A reasons (an immediate life-saving intervention: IV dextrose,
ESI v4 Table 3-1) that the CTAS-based scales grade at level 2 by their own
modifiers: the card's glucose modifier tops out at 2 and its level 1 for
consciousness is the unconscious patient (responds to pain only, GCS 3-9), which
the consciousness modifier and ESI's AVPU P/U reason still grade at 1. Keyed by the
reason text before its parenthesis."""


FEVER_CO_FINDING: Final = "fever"
"""The ESI high-risk reason naming a fever as a complaint's co-finding (a headache, a
back, flank, neck or anorectal pain, a seizure with fever: the complaint's
``high_risk_findings``). ESI binds it at 2 (handbook ch.4: could this be high risk?);
the adult CTAS card grades a fever by its temperature modifier (immunocompromised or
looking septic 2, looking unwell 3, appearing well 4) beside the complaint's own
modifiers, so a measured temperature grades it there. The ESI reasons that carry the
danger beside the fever stay level 2: neck stiffness or altered mentation (possible
meningitis), immunosuppression, injection drug use or a prosthetic valve
(endocarditis), and a fever in an infant."""
FEVER_BY_TEMPERATURE: Final = (
    f"{CTAS_MANUAL}: temperature modifier (a fever is graded by immune status and the"
    " SIRS criteria, not by the complaint it comes with); Bullard 2017: second-order"
    " modifiers are defined for their own complaints"
)


def fever_graded_by_temperature(facts: ClinicalFacts) -> bool:
    """Whether the adult temperature modifier grades a fever found with the complaint.

    An adult (``ADULT_AGE`` on, or age not stated) with a plausible temperature
    recorded: the modifier can grade it. Without a temperature the fever is only
    worded, the modifier cannot grade it and ESI's level 2 stands (the more urgent
    level when in doubt); a child keeps ESI's reading (the paediatric modifiers grade
    fever by age band and a febrile seizure is not simple by default).
    """
    if facts.age is not None and facts.age < ADULT_AGE:
        return False
    v, _ = plausible_vitals(facts.vitals)
    return v.temperature_c is not None


TESTICULAR_REASONS: Final = frozenset(
    {"testicular_pain", "possible testicular torsion"}
)
"""ESI high-risk reasons naming testicular pain (ESI binds any at 2: torsion until shown
otherwise)."""
TORSION_WINDOW_HOURS: Final = 24.0
"""Hours from onset past which a torsed testis is seldom saved: salvage is about 97 %
within 6 h, about 40 % at 19-24 h, about a quarter at 24-48 h and under a tenth later
(Mellick LB et al. Pediatr Emerg Care 2019;35:821, systematic review); EAU paediatric
urology guideline (acute scrotum). Beyond it the urgency is the pain's, not the
salvage window's."""
_GRADUAL: Final = re.compile(r"(?i)\b(?:gradual\w*|insidious\w*|slowly)\b")


def scrotal_pain_graded_by_pain(facts: ClinicalFacts) -> bool:
    """Whether an adult's testicular pain is graded by the pain modifier, not held at 2.

    ESI binds any testicular pain at 2 (torsion until shown otherwise: AUA / EAU). The
    CTAS-based scales keep a suspected torsion at 2, an acute scrotum of sudden onset
    whose testis may still be saved, and grade a scrotal pain the text states to have
    come on gradually or to have lasted beyond ``TORSION_WINDOW_HOURS`` (every stated
    duration; the epididymitis picture, or a torsion past salvage) by the pain
    modifier, the testis being a central organ (severe 2, moderate 3, mild 4). Any word
    of a sudden or recent onset or change (``_RECENT_CHANGE``), vomiting (a torsion
    sign), a child, or no pain score recorded keeps 2 (the more urgent level in doubt).
    """
    if facts.age is not None and facts.age < ADULT_AGE:
        return False
    v, _ = plausible_vitals(facts.vitals)
    if v.pain is None and not stated_severe_pain(facts):
        return False
    text = facts.chief_complaint or ""
    if _RECENT_CHANGE.search(text) or facts.has("vomiting"):
        return False
    from agents._text import stated_hours

    hours = stated_hours((text,))
    late = bool(hours) and min(hours) > TORSION_WINDOW_HOURS
    return late or bool(_GRADUAL.search(text))


HAEMOPTYSIS_REASON: Final = "hemoptysis"
"""The ESI high-risk reason naming haemoptysis (a cough's or a respiratory complaint's
co-finding; ESI binds it at 2)."""
_SCANT: Final = re.compile(
    r"(?i)streak\w*|tinged|fleck\w*|specks?\b|spots? of blood|stained|scant\w*"
    r"|(?:a )?(?:little|small amount of|trace of) blood"
)
"""Words of blood-streaked or blood-tinged sputum (minor haemoptysis)."""


def scant_haemoptysis(facts: ClinicalFacts) -> bool:
    """Whether every haemoptysis the triage text states is blood-streaked sputum.

    Each present mention must carry a word of streaks or tinge (``_SCANT``: "blood
    tinged sputum", "streaks of blood in the sputum") and nothing in the text may
    read as massive haemoptysis (``pathways_respiratory.MASSIVE_HAEMOPTYSIS``: named
    massive, 100 mL or more, cupfuls). A bare "haemoptysis" or "coughing up blood"
    is of unknown volume and keeps ESI's level 2 (the more urgent level in doubt); the
    respiratory, haemodynamic and bleeding-disorder modifiers grade the rest.
    Sources: Ibrahim WH. Eur Respir J 2008;32:1131 (massive: 100 mL or more); NICE
    NG12 2015 (unexplained haemoptysis at 40 and over is referred on the
    suspected-cancer pathway, not treated as an emergency); CTAS adult card
    (respiratory and haemodynamic first-order modifiers).
    """
    from agents.pathways_respiratory import MASSIVE_HAEMOPTYSIS

    said = [
        f for f in facts.findings if f.concept == "hemoptysis" and f.status == "present"
    ]
    text = facts.chief_complaint or ""
    return (
        bool(said)
        and all(_SCANT.search(f.text) for f in said)
        and not MASSIVE_HAEMOPTYSIS.search(text)
    )


DYSPNOEA_CONCEPTS: Final = (
    "dyspnea",
    "respiratory_distress",
    "tachypnea",
    "wheezing",
    "stridor",
    "hypoxaemia",
)
"""Findings that state breathlessness or a sign of it (CTAS respiratory distress)."""


def haemoptysis_without_dyspnoea(
    facts: ClinicalFacts, complaint: ComplaintSpec | None
) -> bool:
    """Whether a breathing complaint is haemoptysis alone, no breathlessness stated.

    CEDIS lists haemoptysis as a respiratory complaint of its own (Grafstein E et
    al. CJEM 2008), graded by the first-order modifiers (respiratory distress,
    haemodynamics, bleeding disorder); the knowledge base files it under the
    shortness-of-breath complaint, whose level 3 is the card's *mild respiratory
    distress* (dyspnoea without increased work of breathing). Sputum with blood
    and no dyspnoea, tachypnoea, wheeze, stridor or hypoxaemia in the text is no
    respiratory distress, so that level does not apply; the measured SpO2 and
    respiratory rate still grade it (``_respiratory``), and a bare "haemoptysis"
    keeps ESI's level 2 unless it is blood-streaked (``scant_haemoptysis``).
    """
    if complaint is None or complaint.id != "shortness_of_breath":
        return False
    said = any(
        f.concept == "hemoptysis" and f.status == "present" for f in facts.findings
    )
    return said and not any(facts.has(c) for c in DYSPNOEA_CONCEPTS)


def anticoagulation_graded_by_bleeding(
    facts: ClinicalFacts, complaint: ComplaintSpec | None
) -> bool:
    """Whether the bleeding-disorder modifier grades this anticoagulated patient.

    ESI binds any anticoagulated patient with a bleeding-prone complaint at 2 (its
    high-risk history). The CTAS bleeding-disorder modifier grades the same patient
    by the site of the bleed: life- or limb-threatening (head, neck, chest, abdomen,
    pelvis, spine, GI tract) 2, moderate or minor (nose, mouth, joints, menorrhagia,
    abrasions, superficial lacerations) 3 (CTAS adult participant manual 2016; Bullard
    MJ et al. CJEM 2017). Where that modifier applies at 3 (``MINOR_BLEED_SITES``, or
    a bleeding with no complaint of the knowledge base) ESI's reason sets no site
    level; at a major site the modifier gives 2 itself.
    """
    mods = _bleeding_disorder(facts, complaint)
    return bool(mods) and all(m.level == 3 for m in mods)


GI_BLEED_REASONS: Final = frozenset(
    {
        "hematemesis",
        "melena",
        "upper GI bleeding",
        "lower GI bleeding in an older adult",
    }
)
"""ESI high-risk reasons naming a GI bleed (ESI binds any at 2: handbook ch.4)."""
GI_BLEED_BY_HAEMODYNAMICS: Final = (
    f"{CTAS_2016} / {CTAS_MANUAL}: vomiting blood (or blood in the stool) is level 2"
    " with haemodynamic compromise (the card's example: vomiting blood, dizzy on"
    " sitting up) or a bleeding disorder (the GI tract is a major site), level 3 with"
    " stable vital signs"
)
_SMALL_BLEED: Final = re.compile(
    r"(?i)\b(?:streak\w*|fleck\w*|specks?|spots? of|tinged|stained|scant\w*"
    r"|(?:a )?(?:little|small amount of|trace of|few drops of|drops? of) (?:\w+ )?blood"
    r"|(?:small|minor) (?:amount|volume|bleed)\w*)"
)
"""Words of a small GI bleed (streaks or flecks of blood in the vomit, a little blood
on the paper, a few drops): the volume is stated to be small."""
_LARGE_BLEED: Final = re.compile(
    r"(?i)\b(?:massive|large (?:amount|volume)s?|lots of|a lot of|cup\w*|bucket\w*"
    r"|bowl\w*|litres?|liters?|pints?|torrential|profuse\w*|copious\w*|clots?"
    r"|projectile|syncop\w*|faint\w*|collaps\w*|pass(?:ed)? out)\b"
)
"""Words of a large-volume GI bleed or of its collapse: the more urgent level stays."""
_GI_BLEED_HIGH_RISK: Final = (
    "varices",
    "chronic_liver_disease",
    "liver_disease",
    "anticoagulation",
    "haemophilia",
    "haemophilia_b",
)
"""Histories with which a GI bleed stays level 2 on the site scale: a suspected
variceal bleed (de Franchis R et al. Baveno VII. J Hepatol 2022;76:959: vasoactive
drugs as soon as a variceal bleed is suspected, endoscopy within 12 h) and a
bleeding disorder (CTAS bleeding-disorder modifier, the GI tract a major site)."""


def gi_bleed_graded_by_haemodynamics(facts: ClinicalFacts) -> bool:
    """Whether an adult's small GI bleed is graded by the first-order modifiers.

    ESI binds any haematemesis or melaena at 2 (handbook ch.4), and a lower GI bleed
    from 65. The CTAS-based scales grade a GI bleed by the haemodynamic modifier
    (shock 1; compromise 2: the card's own example is "vomiting blood, dizzy on
    sitting up"; pale, diaphoretic, unexplained tachycardia, postural symptoms or
    suspected hypotension, ``perfusion_signs``) and by the bleeding-disorder modifier
    (an anticoagulated patient's GI bleed, a major site: 2); a GI bleed with stable
    vital signs is level 3 (``COMPLAINT_LEVEL["gi_bleeding"]``). Read here only when
    the text states the bleed is small (``_SMALL_BLEED``: streaks, flecks, a little
    blood), as ``scant_haemoptysis`` reads a cough's blood: a bare "haematemesis" or
    "melaena" is of unknown volume and keeps 2 (CTAS: the more urgent level when in
    doubt). Kept at 2 as well: a child (not graded here), a heart rate or blood
    pressure not recorded (the modifier cannot grade it), a large bleed or a collapse
    worded (``_LARGE_BLEED``), known varices or liver disease (a suspected variceal
    bleed: Baveno VII 2022) or a bleeding disorder.
    """
    if facts.age is not None and facts.age < ADULT_AGE:
        return False
    v, _ = plausible_vitals(facts.vitals)
    if v.heart_rate is None or v.systolic_bp is None:
        return False
    if any(facts.known(c) or facts.has(c) for c in _GI_BLEED_HIGH_RISK):
        return False
    clauses = triage_clauses(facts)
    if any(_LARGE_BLEED.search(t) for t in clauses):
        return False
    return any(_SMALL_BLEED.search(t) for t in clauses)


def site_graded_reasons(
    facts: ClinicalFacts, complaint: ComplaintSpec | None = None
) -> frozenset[str]:
    """ESI high-risk reasons the site scale grades by its own modifiers here.

    A fever with a temperature recorded (``fever_graded_by_temperature``), testicular
    pain of gradual or late onset (``scrotal_pain_graded_by_pain``),
    blood-streaked sputum (``scant_haemoptysis``) and an anticoagulated patient's
    moderate or minor bleed (``anticoagulation_graded_by_bleeding``): ESI keeps them
    at 2; on the CTAS-based scales they set no level of their own (Bullard 2017:
    second-order modifiers belong to their complaints; the first-order modifiers
    grade every complaint).
    """
    out: set[str] = set()
    if anticoagulation_graded_by_bleeding(facts, complaint):
        out.add(ANTICOAGULATION_REASON)
    if fever_graded_by_temperature(facts):
        out.add(FEVER_CO_FINDING)
    if scrotal_pain_graded_by_pain(facts):
        out |= TESTICULAR_REASONS
    if scant_haemoptysis(facts):
        out.add(HAEMOPTYSIS_REASON)
    if gi_bleed_graded_by_haemodynamics(facts):
        out |= GI_BLEED_REASONS
    return frozenset(out)


def _lsi_site_level2(reason: str) -> bool:
    """Whether an ESI life-saving reason is a level-2 presentation on the site scale."""
    return reason.split(" (")[0] in LSI_SITE_LEVEL2


def _site_level3(
    reason: str, late_stroke: bool = False, ideation_only: bool = False
) -> bool:
    """Whether an ESI high-risk reason is a level-3 presentation on the site scale."""
    key = reason.split(" [")[0]
    return (
        key in SITE_LEVEL3_PRESENTATIONS
        or (late_stroke and key in STROKE_DEFICIT_REASONS)
        or (ideation_only and key in IDEATION_REASONS)
    )


def _from_esi(
    esi: EsiAssessment,
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    v: Vitals,
) -> list[Modifier]:
    """Life threat and high-risk situations shared with ESI, kept in every scale.

    ESI decision-point A reasons are CTAS level 1 (resuscitation); its mandatory
    decision-point B criteria (a high-risk situation, new confusion) are level-2
    presentations in CTAS too (chest pain with cardiac features, stroke symptoms,
    anaphylaxis, suicidal intent, GI bleeding in an older adult, ...). ESI's
    *considered* criteria (severe pain at B, danger-zone vitals at D) and its resource
    count are not carried over: CTAS grades pain and vital signs by its own modifiers.
    A time-critical complaint reaching ESI decision point D with a vital sign not
    recorded (``esi.unassessable_vitals``; ESI holds it at level 3 until measured) is
    level 2 here while the CTAS modifier that vital grades cannot be graded from what
    was recorded (``_unassessed``): a breathing complaint without a saturation but
    with a normal recorded rate is graded by the respiratory modifier.
    """
    out = [
        Modifier(
            level=1,
            text=f"resuscitation: {r.split(' [')[0]}",
            source=f"{CTAS_2016}: level 1 (ESI decision point A)",
            criterion="A:resuscitation",
        )
        for r in esi.life_saving_reasons
        if not _lsi_site_level2(r)
    ]
    out += [
        Modifier(
            level=2,
            text=f"{r.split(' (')[0]}: level 2 on the site scale",
            source=LSI_SITE_LEVEL2[r.split(" (")[0]],
            criterion="A:site-2",
        )
        for r in esi.life_saving_reasons
        if _lsi_site_level2(r)
    ]
    graded = site_graded_reasons(facts, complaint)
    kept = [
        r
        for r in esi.high_risk_reasons
        if r not in esi.life_saving_reasons
        and r not in esi.screen_reasons
        and r.split(" [")[0] not in graded
    ]
    late = late_stroke_symptoms(facts, complaint)
    window = (
        " (resolved)"
        if late and stroke_symptoms_resolved(facts)
        else " (onset beyond the treatment window)"
    )
    ideation = ideation_without_plan(facts)
    out += [
        Modifier(
            level=2,
            text=r.split(" [")[0],
            source=f"{CTAS_2016}: level-2 presentation (ESI high-risk situation)",
            criterion="B:high-risk",
        )
        for r in kept
        if not _site_level3(r, late, ideation)
    ]
    out += [
        Modifier(
            level=3,
            text=f"{r.split(' [')[0]}: level 3 on the site scale"
            + (
                " (without a plan)"
                if r.split(" [")[0] in IDEATION_REASONS
                else window
                if late and r.split(" [")[0] in STROKE_DEFICIT_REASONS
                else ""
            ),
            source=_level3_source(r.split(" [")[0]),
            criterion="B:site-3",
        )
        for r in kept
        if _site_level3(r, late, ideation)
    ]
    if graded & GI_BLEED_REASONS and any(
        r.split(" [")[0] in GI_BLEED_REASONS for r in esi.high_risk_reasons
    ):
        out.append(
            Modifier(
                level=3,
                text="GI bleeding with stable vital signs: level 3 on the site scale",
                source=GI_BLEED_BY_HAEMODYNAMICS,
                criterion="B:site-3",
            )
        )
    if esi.unassessable_vitals and _unassessed(facts, complaint, v):
        out.append(
            Modifier(
                level=2,
                text="time-critical complaint whose modifier vitals were not recorded",
                source="ESI v4 handbook ch.6 (CTAS cannot grade the modifier)",
                criterion="missing-vitals",
            )
        )
    return out


def _level3_source(key: str) -> str:
    """The source grading an ESI high-risk reason at level 3 on the site scale."""
    if key in SITE_LEVEL3_PRESENTATIONS:
        return SITE_LEVEL3_PRESENTATIONS[key]
    return IDEATION_WITHOUT_PLAN if key in IDEATION_REASONS else LATE_STROKE


def site_mandatory_floor(
    esi: EsiAssessment,
    late_stroke: bool = False,
    ideation_only: bool = False,
    fever_by_temperature: bool = False,
    graded: frozenset[str] = frozenset(),
) -> int:
    """ESI's mandatory floor as it binds a CTAS/KTAS level.

    ESI decision point A (an immediate life-saving need) binds level 1, and its
    decision-point B presentations (a high-risk situation, new confusion) bind level
    2, as in ``EsiAssessment.mandatory_floor``, except the physiological screen scores
    ESI reads at B (qSOFA, the older adult's SIRS screen, NEWS2 >= 7:
    ``EsiAssessment.screen_reasons``). CTAS and KTAS have no screen-score modifier:
    they grade the same vital signs one by one (respiratory distress by SpO2 and the
    work of breathing, haemodynamic stability, level of consciousness, and fever with
    the SIRS criteria in the temperature modifier; CTAS adult first-order modifier
    card; Bullard 2017), so a screen alone sets no site level; its components set the
    level their own modifiers give. A sexual assault and a blood or body-fluid
    exposure (``SITE_LEVEL3_PRESENTATIONS``) are level-3 presentations there, and so
    are the signs of a stroke stated to have begun beyond the treatment window
    (``late_stroke``: ``late_stroke_symptoms``) and suicidal ideation stated to come
    without a plan (``ideation_only``: ``ideation_without_plan``). A fever found with
    an adult's complaint whose temperature was recorded (``fever_by_temperature``:
    ``fever_graded_by_temperature``) binds nothing here: the temperature modifier
    grades it; nor do the other reasons the site grades by its own modifiers for this
    patient (``graded``: ``site_graded_reasons``, the fever among them). A
    decision-point A reason the site grades by its own modifier at 2
    (``LSI_SITE_LEVEL2``: symptomatic hypoglycaemia short of unconsciousness) binds 2.
    """
    lsi = esi.life_saving_reasons
    if any(not _lsi_site_level2(r) for r in lsi) or (
        not lsi and esi.mandatory_floor <= 1
    ):
        return esi.mandatory_floor
    if lsi:
        return 2
    presentations = [
        r
        for r in esi.high_risk_reasons
        if r not in esi.screen_reasons
        and not _site_level3(r, late_stroke, ideation_only)
        and not (fever_by_temperature and r.split(" [")[0] == FEVER_CO_FINDING)
        and r.split(" [")[0] not in graded
    ]
    if presentations or esi.altered_mental_status:
        return min(esi.mandatory_floor, 2)
    return 5


def _complaint(
    complaint: ComplaintSpec | None,
    hr: float | None,
    esi: EsiAssessment,
    facts: ClinicalFacts,
    *,
    empty: bool = False,
    no_dyspnoea: bool = False,
    child: bool = False,
    measured: bool = False,
) -> list[Modifier]:
    """Complaint-specific (second-order) modifiers; unrecognised: by what is known.

    An unrecognised complaint whose resources ESI predicted from what the text says
    (a simple procedure, a limb injury, a minor condition or a non-resource need:
    ESI v4 handbook ch.5) at one or none is graded like a recognised complaint
    (``_no_modifier``: CTAS level 4, or 5 for a non-urgent visit needing no
    resource), not held at 3 for want of a complaint name; the first-order
    modifiers and ESI's high-risk criteria still bind. One whose resources ESI
    could not predict is graded by ``_unrecognised_default``: 3 when a work-up is
    predictable from the text, otherwise by the first-order modifiers alone, no
    lower than 4. One that names only a peripheral site (a limb, the back, a
    muscle, the skin: ``peripheral_site``) is graded by the first-order modifiers,
    its pain as peripheral pain, and otherwise as an acute less urgent complaint
    (4): the site is known, only the name is not.

    An adult's empty complaint (``empty``: no complaint or triage text recorded, the
    heart rate and blood pressure measured) has no second-order modifier to apply:
    the first-order modifiers (vitals, consciousness, pain, temperature), which the
    card applies to every complaint (Bullard MJ et al. CJEM 2017;19 Suppl 2:S18),
    grade it alone, no lower than 4, the card's level for an acute complaint no
    modifier raises; never 5, which needs a complaint known to be minor or chronic.
    Its text says the complaint is outside what is known, so the trace shows it.

    ``no_dyspnoea``: the breathing complaint is haemoptysis with no breathlessness
    stated (``haemoptysis_without_dyspnoea``): its mild-distress level is not given.

    ``child``: graded by the paediatric modifiers, whose unrecognised complaint is
    held at 3 as before (no site or first-order default is derived for children
    here: PaedsCTAS grades infants by modifiers this module does not all read).
    ``measured``: the heart rate and blood pressure were recorded, so the
    first-order modifiers could be read; without them an unrecognised complaint
    stays at 3, as an empty one does.
    """
    if complaint is None and empty:
        return [
            Modifier(
                level=4,
                text="no complaint recorded (outside what we know): graded by the"
                " first-order modifiers alone, not below 4",
                source=f"{CTAS_2016}: first-order modifiers; {CTAS_SOURCE}",
                criterion="complaint:empty",
            )
        ]
    text = None if child else facts.chief_complaint
    if complaint is None and peripheral_site(text):
        return [
            Modifier(
                level=4,
                text="unrecognised complaint at a peripheral site (limb, back,"
                " muscle or skin): acute, less urgent",
                source=f"{CTAS_2016}: pain modifier (peripheral pain); {CTAS_SOURCE}",
                criterion="complaint:unrecognised-peripheral",
            )
        ]
    if complaint is None:
        if esi.expected_resources is not None and esi.expected_resources <= 1:
            minor = esi.expected_resources == 0 and esi.level == 5
            return [
                Modifier(
                    level=5 if minor else 4,
                    text="unrecognised complaint, ESI predicts"
                    f" {esi.expected_resources} resource(s): "
                    + ("minor complaint" if minor else "acute, less urgent"),
                    source=f"{CTAS_SOURCE}; ESI v4 handbook ch.5",
                    criterion="complaint:unrecognised-resources",
                )
            ]
        if child or not measured:
            return [
                Modifier(
                    level=3,
                    text="unrecognised complaint: not graded below 3",
                    source=CTAS_SOURCE,
                    criterion="complaint:unrecognised",
                )
            ]
        return [_unrecognised_default(facts, esi)]
    out: list[Modifier] = []
    if (
        complaint.id in ("syncope", "dizziness")
        and hr is not None
        and (hr < SYNCOPE_BRADYCARDIA or hr >= 120)
    ):
        out.append(
            Modifier(
                level=2,
                text=f"syncope with a suspected rate change (HR {hr:g})",
                source=f"{CEDIS}: syncope",
                criterion="complaint:syncope-rate",
            )
        )
    if complaint.id in COMPLAINT_LEVEL and not no_dyspnoea:
        level, what, source = COMPLAINT_LEVEL[complaint.id]
        crit = f"complaint:{complaint.id}"
        out.append(Modifier(level=level, text=what, source=source, criterion=crit))
    if complaint.id == "stroke_symptoms" and not _CHRONIC.search(text or ""):
        out.append(
            Modifier(
                level=3,
                text="stroke symptoms, resolved or past the treatment window"
                " (2 within it or with a deficit now)",
                source=f"{CEDIS}: symptoms of CVA; {PREHOSPITAL_CTAS}",
                criterion="complaint:stroke_symptoms",
            )
        )
    return out


_WORK_UP_NAMED: Final = re.compile(
    r"(?i)(?<![a-z])(?:work[- ]?up|w/u|r/o|rule out|transfus\w*)(?![a-z])"
)
"""A complaint that names the work-up it came for ("anaemia work-up", "r/o DVT", "for
transfusion"): laboratory tests with imaging or an IV treatment, two resources (ESI
v4 handbook ch.5)."""


def work_up_predicted(facts: ClinicalFacts, esi: EsiAssessment) -> str | None:
    """Why an unrecognised complaint predicts two or more resources, or None.

    ESI v4 handbook ch.5: the nurse predicts resources from the presentation. When the
    knowledge base has no card for the complaint, a work-up is still predictable when
    ESI counted two or more resources (a procedure, a hot joint), a finding that
    implies one is present (``RESOURCE_FINDINGS``: dyspnoea, syncope, chest pain,
    GI bleeding, a focal deficit, hypotension, a deformity, an open wound), a
    physician sent the patient in or a known disease flares (``_WORK_UP_SENT``), the
    complaint names its work-up (``_WORK_UP_NAMED``), or an older adult's function
    has acutely declined (``acute_functional_decline``: serious illness presents
    non-specifically in older adults, British Geriatrics Society Silver Book II,
    2021; ACEP/AGS/ENA Geriatric ED guidelines 2014). Age alone is no longer a
    reason (ktas36): CTAS 2016 grades an older adult's frailty, not the age
    (``_frailty``, every complaint), and an independent 80-year-old's unnamed
    complaint with no modifier is 4 as a younger adult's is.
    """
    if esi.expected_resources is not None and esi.expected_resources >= 2:
        return f"ESI predicts {esi.expected_resources} resources"
    if acute_functional_decline(facts):
        return f"an older adult's acute loss of function ({facts.age})"
    found = next((c for c in RESOURCE_FINDINGS if facts.has(c)), None)
    if found is not None:
        return f"{found.replace('_', ' ')} stated"
    clauses = triage_clauses(facts)
    if any(_WORK_UP_SENT.search(t) for t in clauses):
        return "sent in by a physician, or a known disease flaring"
    if any(_WORK_UP_NAMED.search(t) for t in clauses):
        return "the work-up named"
    return None


def _unrecognised_default(facts: ClinicalFacts, esi: EsiAssessment) -> Modifier:
    """The level of a complaint the knowledge base has no card for.

    CTAS applies its first-order modifiers (respiratory distress, haemodynamics,
    consciousness, temperature, pain, bleeding disorder, mechanism) to every
    presenting complaint (Bullard MJ et al. CJEM 2017;19 Suppl 2:S18), and ESI's
    life-threat and high-risk criteria are read from the whole triage text whatever
    the complaint: those raise an unknown complaint as they raise a known one. What
    the missing card would add is its second-order modifiers; in their place the
    resources predictable from the text (ESI v4 handbook ch.5: ``work_up_predicted``)
    give 3, the level of a presentation needing a work-up. With none of these, the
    complaint is graded as an acute complaint no modifier raises: 4, CTAS "less
    urgent" (the level ``_no_modifier`` gives a known complaint), never 5, which
    needs a complaint known to be minor or chronic; the trace says the complaint is
    outside what we know. Only when the heart rate and blood pressure were measured
    (``_complaint``'s ``measured``): unread modifiers raise nothing.
    """
    if (why := work_up_predicted(facts, esi)) is not None:
        return Modifier(
            level=3,
            text=f"unrecognised complaint, a work-up predicted ({why})",
            source=f"{CTAS_SOURCE}; ESI v4 handbook ch.5",
            criterion="complaint:unrecognised-work-up",
        )
    return Modifier(
        level=4,
        text="unrecognised complaint (outside what we know): graded by the"
        " first-order modifiers alone, not below 4",
        source=f"{CTAS_2016}: first-order modifiers; {CTAS_SOURCE}",
        criterion="complaint:unrecognised",
    )


PAIN_GRID_5: Final = (
    f"{CTAS_2016}: pain modifier (peripheral acute pain < 4 is level 5); {KTAS}"
    " (the same pain table); PaedsCTAS (Warren 2008, Gravel 2013): the same table"
)
PAIN_GRADED_COMPLAINTS: Final = frozenset(
    {"extremity_injury", "back_pain", "neck_pain", "myalgia"}
)
"""Peripheral complaints that are the pain itself (a sprain, a strain, a bruise, a
musculoskeletal back or neck pain), which the pain modifier grades: mild acute
peripheral pain is level 5 there. Other peripheral complaints carry a concern of
their own beside the pain (a wound to close, a burn to dress, a cellulitis to treat,
a swollen leg's DVT, an allergy's airway), graded by their second-order modifiers and
held at 4 when acute (CTAS level 4 examples: laceration requiring closure, minor
burn, cellulitis)."""


def _no_modifier(
    facts: ClinicalFacts, complaint: ComplaintSpec, esi: EsiAssessment
) -> Modifier:
    """The least urgent level a recognised complaint is graded at.

    CTAS level definitions: 4 (less urgent) is an acute condition that would benefit
    from intervention within 1-2 hours; 5 (non-urgent) a condition that may be acute
    but non-urgent (ESI expects no resource for it) or part of a chronic problem.
    """
    chronic = bool(_CHRONIC.search(facts.chief_complaint or ""))
    if chronic or (esi.expected_resources == 0 and esi.level == 5):
        why = "chronic problem" if chronic else "minor complaint"
        crit = "floor:chronic" if chronic else "floor:minor"
        text = f"{complaint.id}: {why}"
        return Modifier(level=5, text=text, source=CTAS_SOURCE, criterion=crit)
    v, _ = plausible_vitals(facts.vitals)
    grid = _pain(facts, complaint, v.pain)
    if grid and grid[0].level == 5 and complaint.id in PAIN_GRADED_COMPLAINTS:
        text = f"{complaint.id}: {grid[0].text}, no other modifier"
        return Modifier(
            level=5, text=text, source=PAIN_GRID_5, criterion="floor:peripheral-mild"
        )
    text = f"{complaint.id}: acute, less urgent"
    crit = "floor:acute-complaint"
    return Modifier(level=4, text=text, source=CTAS_SOURCE, criterion=crit)


def ctas_triage(
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    esi: EsiAssessment,
    scale: TriageScale = "CTAS",
) -> CtasAssessment:
    """Grade a presentation on the CTAS / KTAS five-level scale.

    Args:
        facts: Clinical facts at triage (the same the ESI assessment read).
        complaint: The matched chief-complaint spec, or None when unrecognised.
        esi: The ESI v4 assessment of the same facts (its life-threat and high-risk
            reasons are CTAS level-1 and level-2 presentations).
        scale: "CTAS" or "KTAS" (same modifiers; names the rule).

    Returns:
        The level (the most urgent modifier), every modifier that applied (most
        urgent first) and a rule result for the trace.
    """
    v, _ = plausible_vitals(facts.vitals)
    hr, sbp, rr, spo2 = v.heart_rate, v.systolic_bp, v.respiratory_rate, v.spo2
    adult = facts.age is None or facts.age >= ADULT_AGE
    mods: list[Modifier]
    if not adult:
        mods = _paediatric(facts, complaint, esi, v)
        if complaint is not None:
            mods.append(_no_modifier(facts, complaint, esi))
    else:
        resp = _respiratory(facts, spo2, rr)
        haemo = _haemodynamic(
            hr,
            sbp,
            complaint,
            perfusion_signs(facts, v.temperature_c),
            facts.age,
            usual_pain(facts.chief_complaint),
        )
        conscious = _consciousness(facts, esi)
        unstable = any(m.level <= 2 for m in (*resp, *haemo, *conscious))
        temp = _temperature(facts, v.temperature_c, hr, rr, unstable)
        fluid = _dehydration(
            facts, complaint, hr is not None and hr > ADULT_TACHYCARDIA
        )
        mods = [
            *_from_esi(esi, facts, complaint, v),
            *_as("respiratory", resp),
            *haemo,
            *_as("consciousness", conscious),
            *_as("temperature", temp),
            *_pain(facts, complaint, v.pain),
            *_as(
                "hypertension",
                _blood_pressure(facts, complaint, sbp, v.diastolic_bp),
            ),
            *_as("glucose", _glucose(facts, complaint, bool(conscious))),
            *_as("bleeding-disorder", _bleeding_disorder(facts, complaint)),
            *_complaint(
                complaint,
                hr,
                esi,
                facts,
                empty=not (facts.chief_complaint or "").strip()
                and hr is not None
                and sbp is not None,
                no_dyspnoea=haemoptysis_without_dyspnoea(facts, complaint),
                measured=hr is not None and sbp is not None,
            ),
            *_as("dehydration", fluid),
            *_frailty(facts),
        ]
        if complaint is not None:
            mods.append(_no_modifier(facts, complaint, esi))
    if not mods:
        mods = [
            Modifier(
                level=3,
                text="no modifier applies",
                source=CTAS_SOURCE,
                criterion="none",
            )
        ]
    mods.sort(key=lambda m: m.level)
    level = mods[0].level
    name = "KTAS" if scale == "KTAS" else "CTAS 2016"
    if not adult:
        name = "KTAS paediatric" if scale == "KTAS" else "PaedsCTAS"
    why = "; ".join(m.text for m in mods if m.level == level)
    rule = RuleResult(
        name=name,
        source=CTAS_SOURCE,
        inputs={
            "age": facts.age,
            "complaint": complaint.id if complaint else None,
            "heart_rate": hr,
            "systolic_bp": sbp,
            "diastolic_bp": v.diastolic_bp,
            "respiratory_rate": rr,
            "spo2": spo2,
            "temperature_c": v.temperature_c,
            "pain": v.pain,
            "gcs": gcs(facts),
            "avpu": avpu(facts),
            "esi_level": esi.level,
        },
        missing=esi.rule.missing,
        score=float(level),
        interpretation=f"{name} {level}: {why}",
        applicable=True,
    )
    decided_by = "+".join(dict.fromkeys(m.criterion for m in mods if m.level == level))
    return CtasAssessment(
        level=level, modifiers=tuple(mods), rule=rule, decided_by=decided_by
    )
