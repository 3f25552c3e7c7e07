"""Paediatric must-not-miss pathways read from their own published criteria.

Checked whatever the differential says (like ``agents.pathways_acute``), so a child
whose complaint does not name the disease still gets the orders:

- suspected physical abuse: a fracture in an infant or a non-ambulant child,
  bruising by the TEN-4-FACESp rule, a burn of immersion or an implement's shape, or
  an injury whose explanation is absent, unsuitable or changing (Christian CW, AAP
  Committee on Child Abuse and Neglect. Pediatrics 2015;135:e1337; Pierce MC et al.
  JAMA Netw Open 2021;4:e215832; NICE CG89);
- airway foreign body: a choking episode with chest signs (Tintinalli 9th ed.
  ch. 124; Rodríguez H et al. Int J Pediatr Otorhinolaryngol 2012;76 Suppl 1:S84);
- orbital (post-septal) cellulitis at any age: proptosis, painful or restricted eye
  movements, reduced acuity (Chandler JR et al. Laryngoscope 1970;80:1414; RCH
  Melbourne periorbital and orbital cellulitis guideline; AAO);
- iron poisoning (Manoguerra AS et al. AAPCC guideline, Clin Toxicol 2005;43:553;
  Goldfrank's Toxicologic Emergencies 11th ed. ch. 40);
- dehydration with clinical shock from vomiting or diarrhoea: an IV or IO bolus and
  IV rehydration, not oral rehydration (NICE CG84 2009, Table 1 and 1.3.2-1.3.3;
  NICE NG29 2020: 10 mL/kg boluses);
- IgA vasculitis (Henoch-Schönlein purpura) by the EULAR/PRINTO/PReS criteria (Ozen S
  et al. Ann Rheum Dis 2010;69:798: purpura or petechiae with lower-limb predominance
  and one of abdominal pain, arthritis or arthralgia, renal involvement) in an
  afebrile child with a normal platelet count (fever with a non-blanching rash is
  meningococcal disease until shown otherwise, NICE NG240; a low count is another
  disease): urinalysis and blood pressure for nephritis, abdominal ultrasound for
  intussusception when the pain is colicky or severe, analgesia (SHARE 2019, Ozen S et
  al. Rheumatology 2019;58:1607);
- cerebral oedema in paediatric DKA by the bedside criteria (Muir AB et al. Diabetes
  Care 2004;27:1541, adopted by ISPAD 2022, Glaser N et al. Pediatr Diabetes
  2022;23:835): hyperosmolar therapy now, fluids reduced, intensive care;
- fever in an infant of 2-3 months (NICE NG143 2019/2021: a red feature; FBC, blood
  culture, CRP and urine for all, LP and parenteral antibiotics if unwell or the
  white count is abnormal).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents import pathways_results as results
from agents._text import visible_texts
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import infant_lrti
from agents.offline.rules.facts import hypotension_sbp, tachycardia_hr
from agents.offline.rules.results import results_of
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import required as _req
from agents.pathways_acute import AcuteRequired, asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView
from cases.vitals import FEVER_WORDS

__all__ = [
    "CHILD_PATHWAYS",
    "DKA_NAMED",
    "ORAL_REHYDRATION",
    "abusive_head_trauma",
    "bronchiolitis_feeding",
    "brue_higher_risk",
    "brue_lower_risk",
    "brue_not_lower_risk",
    "childhood_abdominal_mass",
    "dehydration_shock",
    "dka_cerebral_oedema",
    "dka_documented",
    "febrile_child_green",
    "febrile_young_infant",
    "iga_vasculitis",
    "infant_gastric_outlet",
    "iron_poisoning",
    "orbital_cellulitis",
    "suspected_hus",
    "unexplained_petechiae",
]

_rx = word_start


def _under(pop: Population, age_years: float) -> bool:
    return pop.age_within(0, years(age_years) - 1) is True


# --- suspected physical abuse ---

_FRACTURE: Final = _rx(r"fractur\w*|broken (?:arm|leg|bone|femur|humerus|rib)\w*")
_NON_AMBULANT: Final = _rx(
    r"not (?:yet )?(?:walking|cruising|mobile|crawling|rolling)|non-?ambulant|"
    r"non-?mobile|pre-?mobile|cannot (?:yet )?walk"
)
_MOBILE: Final = _rx(
    r"(?<!not )(?<!not yet )(?<!isn't )(?<!never )(?<!nor )"
    r"(?:cruis\w*|crawl\w*|walks|walking|(?:pulls?|pulling) (?:\w+ )?(?:up )?to stand)"
)
"""A mobile infant's words, not negated just before ("not walking but crawling" is
mobile; "not yet crawling" is not)."""
_TEN4_BRUISE: Final = _rx(
    r"bruis\w* (?:\w+ ){0,4}(?:torso|chest|abdomen|back|buttock|genital\w*|ears?|"
    r"neck|frenulum|jaw|cheeks?|eyelids?)|(?:torso|chest|abdomen|back|ears?|neck|"
    r"cheeks?) (?:\w+ ){0,2}bruis\w*|torn frenulum|subconjunctival ha?emorrhage|"
    r"patterned bruis\w*"
)
_ANY_BRUISE: Final = _rx(r"bruis\w*")
_PUBLIC_TRAUMA: Final = _rx(
    r"motor vehicle|car (?:crash|accident|collision)|road traffic|\bmvc\b|\bmva\b|"
    r"\brtc\b|collision|struck by a (?:car|vehicle)"
)
"""TEN-4-FACESp applies without a confirmed accident in a public setting (a vehicle
collision explains the bruises; Pierce 2021)."""
_INJURY: Final = _rx(
    r"burn(?:s|ed|t)?\b|scald\w*|bruis\w*|fractur\w*|injur\w*|laceration\w*|"
    r"bite marks?"
)
"""An injury's words; a fever is no burn ("burning up")."""
_MECHANISM: Final = _rx(
    r"fell|falls?\b|fallen|falling|rolled (?:off|out of|from)|dropped|slipped|"
    r"knock\w*|bump\w*|banged|trapped|caught (?:\w+ ){0,2}in|twist\w*|pulled|yanked|"
    r"stepped on|sat on|landed"
)
"""An injury's mechanism as carers tell it (a fall, a roll off a surface, a drop, a
pull): a limb not used after one is a fracture until imaged (AAP 2015)."""
_INCONSISTENT_HISTORY: Final = _rx(
    r"(?:different|differing|conflicting|changing|changed|inconsistent|varying|"
    r"contradictory) (?:\w+ ){0,2}(?:accounts?|stor(?:y|ies)|histor(?:y|ies)|"
    r"explanations?|versions?)|(?:story|history|account|explanation) (?:has |keeps )?"
    r"(?:changed|changes|changing|varies|differs?)|(?:not|in)consistent with (?:the )?"
    r"(?:history|mechanism|account|story|explanation|(?:child's |his |her )?"
    r"develop\w*)|(?:no|without an?) (?:clear |plausible |adequate |suitable )?"
    r"explanation (?:for|of) (?:the |his |her )?(?:injur\w*|burns?|scalds?|bruis\w*|"
    r"fractur\w*)|does not (?:fit|match|explain) (?:the )?(?:injur\w*|history|story|"
    r"mechanism|burns?|bruis\w*)"
)
"""An explanation that is absent, unsuitable or changes between tellings or carers
(NICE CG89 2009, 1.1 and 1.2: alerting features for every injury type)."""
_IMMERSION_PATTERN: Final = _rx(
    r"(?:stocking|glove)[- ](?:and[- ]glove[- ])?(?:distribution|pattern)|"
    r"tide[- ]?(?:marks?|lines?)|immersion (?:burns?|scalds?|injur\w*|pattern)|"
    r"cigarette burns?|burns? in the shape of|(?:patterned|branded) burns?|"
    # injury38: the immersion scald's other signs in the words notes use (NICE CG89
    # 1.2.1; Maguire 2008: symmetrical, clear upper margins, no splash marks)
    r"(?:no|without|absence of) splash(?: marks?| pattern)?|"
    r"symmetrical (?:\w+ )?(?:scalds?|burns?)"
)
"""A burn or scald of immersion (glove or stocking, symmetrical, clear tide-marks) or
in the shape of an implement (NICE CG89 1.2.1; Maguire S et al. Burns 2008;34:1072)."""
_TEN4_AGE_YEARS: Final = 4
_ANY_BRUISE_MONTHS: Final = 4.99
"""TEN-4-FACESp: bruising of the torso, ear, neck, frenulum, angle of jaw, cheek,
eyelid or subconjunctiva in a child under 4 years, or any bruise in an infant of
4.99 months or younger (Pierce 2021)."""


_AHT_AGE_YEARS: Final = 2
"""Abusive head trauma is a disease of infants and toddlers: most are under 1 year,
nearly all under 2 (Narang SK et al. AAP 2020, Pediatrics 2020;145:e20200203)."""
_AHT_NEURO: Final = _rx(
    r"(?:bulging|tense|full) (?:anterior )?fontanel\w*|fontanel\w* (?:is )?(?:bulging|"
    r"tense|full)|seiz\w*|convuls\w*|fitting|letharg\w*|drows\w*|floppy|obtunded|"
    r"unresponsive|(?:stopped|not|stops) breathing|apno?e\w*|retinal ha?emorrhag\w*|"
    r"gcs (?:of )?(?:[3-9]|1[0-4])\b"
)
"""An encephalopathy or raised intracranial pressure in an infant: a bulging fontanelle,
a seizure, a depressed consciousness, apnoea or retinal haemorrhages (AAP 2020)."""


def abusive_head_trauma(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AAP 2020: a sentinel injury of abuse with an infant's encephalopathy: PICU.

    A child under 2 with a sentinel injury of abuse (``_sentinel``; NICE CG89) and a
    bulging fontanelle, a seizure, a depressed consciousness, apnoea or retinal
    haemorrhages has abusive head trauma until a CT head shows otherwise: the CT now,
    neurosurgery and paediatric intensive care for the intracranial injury and its
    seizures and airway, and the retinal examination (Narang SK et al. AAP 2020,
    Pediatrics 2020;145:e20200203; Christian CW AAP 2015; NICE CG89). The safeguarding
    referral comes from ``physical_abuse`` beside it.
    """
    if not _under(pop, _AHT_AGE_YEARS):
        return []
    texts = visible_texts(view)
    why = _sentinel(texts, pop)
    if why is None or not asserted(_AHT_NEURO, texts):
        return []
    src = "Narang SK et al. AAP 2020, Pediatrics 2020;145:e20200203; NICE CG89"
    what = (
        f"{why} with a bulging fontanelle, seizure, depressed consciousness or apnoea"
    )
    return [
        _req(
            "diagnostic",
            "non-contrast CT head now (MRI brain and spine within days)",
            f"suspected abusive head trauma: {what} ({src})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
        _req(
            "monitoring",
            "paediatric ICU bed (PICU): hourly neurological observations, seizure and "
            "airway care",
            f"intracranial injury with seizures, a depressed consciousness or raised "
            f"intracranial pressure in suspected abusive head trauma ({src}; PCCS "
            "2021)",
            r"picu|paediatric intensive|pediatric intensive|icu bed",
        ),
        _req(
            "consult",
            "neurosurgery emergently",
            f"subdural haemorrhage and raised intracranial pressure ({src})",
            r"neurosurg",
        ),
        _req(
            "consult",
            "ophthalmology: dilated retinal examination within 24 h",
            f"retinal haemorrhages in suspected abusive head trauma ({src})",
            r"retinal|ophthalmolog",
        ),
    ]


_LIMB_NOT_USED: Final = _rx(
    r"not (?:moving|using|bearing weight on) (?:(?:his|her|their|the) )?"
    r"(?:left |right )?(?:arm|leg|limb|hand|foot)s?|"
    r"(?:arm|leg|limb|thigh|shoulder) (?:\w+ ){0,2}"
    r"(?:swollen|swelling|deformed|floppy|limp)|"
    r"(?:swollen|swelling of the|deformed) (?:\w+ )?(?:arm|leg|limb|thigh|shoulder)"
)
"""A limb the infant does not move or that is swollen: pseudoparalysis, a fracture
until imaged (AAP 2015, Flaherty EG et al. Pediatrics 2014;133:e477)."""


def pre_mobile_injury(view: StageView, pop: Population) -> bool:
    """An injury, or a limb not moved, in a pre-mobile infant.

    Pre-mobile: 4.99 months or younger, or an infant under 1 stated not yet
    crawling, cruising or walking (``_NON_AMBULANT``).

    Injuries are rare before an infant cruises ("those who don't cruise rarely
    bruise": Sugar NF et al. Arch Pediatr Adolesc Med 1999;153:399); any bruise at
    this age is TEN-4-FACESp positive (Pierce 2021), a fracture in a non-ambulant
    infant is a sentinel injury (Sheets LK et al. Pediatrics 2013;131:701; AAP 2015,
    Christian CW) and the evaluation for abuse (skeletal survey, neuroimaging, child
    protection) starts from the injury, not from a story that explains it.
    """
    texts = visible_texts(view)
    if not _pre_mobile(texts, pop):
        return False
    return asserted(_INJURY, texts) or asserted(_LIMB_NOT_USED, texts)


def _pre_mobile(texts: Sequence[str], pop: Population) -> bool:
    """An infant of 4.99 months or younger, or under 1 stated not yet mobile.

    triage42 (trauma42's request): an older infant stated not yet crawling, cruising
    or walking is pre-mobile too: Sugar 1999 grades by cruising, not age.
    """
    if pop.age_within(0, int(_ANY_BRUISE_MONTHS * 30.4)) is True:
        return True
    return (
        _under(pop, 1)
        and asserted(_NON_AMBULANT, texts)
        and not any(_MOBILE.search(t) for t in texts)
    )


def _sentinel(texts: Sequence[str], pop: Population) -> str | None:
    """What makes a child's injury a sentinel injury of abuse, or None (NICE CG89).

    peds47: a pre-mobile infant's injury, or a limb it does not use after a fall or
    other mechanism, is one too (Sugar NF et al. 1999: "those who don't cruise rarely
    bruise"; Sheets LK et al. Pediatrics 2013;131:701; NICE CG89 1.2: a fracture or
    any injury in a child not independently mobile): triage took it as a sentinel
    injury while the work-up (skeletal survey, neuroimaging, child protection) waited
    for a fracture to be named. A limb not used without a mechanism stays the
    infection's or the triage's (pseudoparalysis of osteomyelitis or septic arthritis).
    """
    infant = _under(pop, 1)
    fracture = asserted(_FRACTURE, texts) and (infant or asserted(_NON_AMBULANT, texts))
    young_infant = pop.age_within(0, int(_ANY_BRUISE_MONTHS * 30.4)) is True
    bruising = not asserted(_PUBLIC_TRAUMA, texts) and (
        asserted(_TEN4_BRUISE, texts) or (young_infant and asserted(_ANY_BRUISE, texts))
    )
    untold = asserted(_INJURY, texts) and asserted(_INCONSISTENT_HISTORY, texts)
    immersion = asserted(_IMMERSION_PATTERN, texts)
    if fracture:
        return "a fracture in a non-ambulant child"
    if bruising:
        return "TEN-4-FACESp bruising"
    if immersion:
        return "a burn of immersion or of an implement's shape"
    if _pre_mobile(texts, pop) and (
        asserted(_INJURY, texts)
        or (asserted(_LIMB_NOT_USED, texts) and _mechanism_told(texts))
    ):
        return "an injury of a pre-mobile infant"
    if untold:
        return "an injury whose explanation is absent, unsuitable or changing"
    return None


def _mechanism_told(texts: Sequence[str]) -> bool:
    """Whether a mechanism of injury is told, read past a limb's "not moving".

    The "not" of "not moving her leg since she rolled off the sofa" is the limb's, not
    the fall's: the limb phrase is set aside before the mechanism's negation is read.
    """
    return asserted(
        _MECHANISM, tuple(_LIMB_NOT_USED.sub("limb unused", t) for t in texts)
    )


def physical_abuse(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AAP 2015 / NICE CG89: a sentinel injury, or an injury explained unsuitably.

    A fracture in an infant or non-ambulant child, TEN-4-FACESp bruising, a burn of
    immersion or in an implement's shape, or any injury whose explanation is absent,
    unsuitable or changes between tellings (NICE CG89 1.1-1.2), in a child under 4.
    """
    if not _under(pop, _TEN4_AGE_YEARS):
        return []
    texts = visible_texts(view)
    infant = _under(pop, 1)
    why = _sentinel(texts, pop)
    if why is None:
        return []
    src = "AAP 2015 (Christian CW, Pediatrics 2015;135:e1337); NICE CG89"
    out = [
        _req(
            "consult",
            "child protection / safeguarding team and paediatrics emergently; admit "
            "to a place of safety while the assessment is completed",
            f"{why} is a sentinel injury of physical abuse ({src})",
            r"child protection|safeguarding",
        ),
        _req(
            "diagnostic",
            "skeletal survey (repeat at 2 weeks)",
            f"occult fractures in a child under 2 with suspected abuse ({src})",
            r"skeletal survey",
        ),
        _req(
            "diagnostic",
            "CBC, PT/aPTT, von Willebrand screen, calcium, phosphate, ALP, vitamin D, "
            "AST/ALT, lipase; urinalysis",
            f"bleeding disorder, bone disease and occult abdominal injury ({src})",
            r"skeletal survey \(|von willebrand|coagulation",
        ),
    ]
    if infant:
        out.append(
            _req(
                "diagnostic",
                "neuroimaging (CT head, or MRI) and a dilated retinal examination",
                f"occult head injury in an infant with suspected abuse ({src})",
                r"ct head|head ct|mri (?:of the )?(?:head|brain)|neuroimaging",
            )
        )
    return out


# --- airway foreign body ---

# An object inhaled or aspirated, not an inhaled medicine ('on inhaled budesonide' is
# asthma treatment) nor a joint or fluid aspirated: a foreign body needs an article or
# a foreign-body word after the verb (Tintinalli 9th ed. ch.124: food, nuts, small toys)
_CHOKING: Final = _rx(
    r"chok\w*|(?:inhaled|aspirated) (?:a |an |some |part of (?:a |an )?|(?:a )?pieces? "
    r"of (?:a |an )?)(?!lot\b|little\b|smoke|fumes?|gas|vapou?r|steam|water)\w+|"
    r"(?:inhaled|aspirated) (?:peanut|nut|coin|bead|popcorn|grape|seed|sweet|candy|"
    r"food|toy|button|marble|lego|pen|crayon)\w*|"
    r"(?:sudden|paroxysm\w*) (?:onset of )?cough\w* (?:while|whilst|after) eating"
)
_CHEST_SIGN: Final = _rx(
    r"(?:reduced|decreased|diminished|absent) (?:air entry|breath sounds)|"
    r"unilateral (?:wheez\w*|hyperinflation)|monophonic wheez\w*|wheez\w*|"
    r"hyperinflat\w*|air trapping|stridor\w*|persistent cough\w*|cough\w*"
)


def airway_foreign_body(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A choking episode with chest signs in a child: bronchoscopy, not discharge."""
    if not _under(pop, 16):
        return []
    texts = visible_texts(view)
    if not (asserted(_CHOKING, texts) and asserted(_CHEST_SIGN, texts)):
        return []
    src = "Tintinalli 9th ed. ch. 124; Rodríguez H et al. IJPORL 2012"
    return [
        _req(
            "consult",
            "ENT / paediatric surgery emergently: rigid bronchoscopy (a normal chest "
            "X-ray does not exclude an airway foreign body)",
            f"witnessed choking with chest signs ({src})",
            r"bronchoscop",
        ),
        _req(
            "diagnostic",
            "inspiratory and expiratory chest X-ray (lateral decubitus films in a "
            "young child)",
            f"air trapping behind a radiolucent foreign body ({src})",
            r"expiratory|decubitus",
        ),
        _req(
            "monitoring",
            "keep the child calm with a parent, nil by mouth, no blind finger sweep; "
            "back blows and chest or abdominal thrusts only if the cough becomes "
            "ineffective",
            f"a partial obstruction can become complete (PALS 2020; {src})",
            r"nil by mouth|npo",
        ),
    ]


# --- orbital cellulitis ---

_LID: Final = _rx(
    r"(?:peri-?orbital|eyelid|lid|eye) (?:\w+ ){0,3}(?:swell\w*|swollen|oedema|"
    r"edema|redness|erythema)|(?:swollen|red) (?:\w+ )?(?:eyelids?|lids?)|"
    r"swollen (?:\w+ ){0,2}eyes?|eye (?:\w+ ){0,2}swollen|periorbital cellulitis|"
    # a stye is a lid swelling (AAO PPP 2018)
    r"orbital cellulitis|\bstyes?\b|hordeol\w*"
)
"""A swelling of the lids or around the eye. A red eye without swelling is the globe's
redness (conjunctival or ciliary injection: conjunctivitis, keratitis, uveitis, acute
angle closure; RCOphth red eye guidance, AAO PPP), no lid sign (lead43)."""
_POSTSEPTAL: Final = _rx(
    r"propto\w*|exophthalm\w*|pain\w* (?:on|with) (?:eye )?(?:movement|moving)|"
    r"painful (?:eye )?movements?|ophthalmopleg\w*|(?:restricted|limited|reduced) "
    r"(?:eye movements?|upgaze|gaze|ocular motility|abduction)|diplopi\w*|"
    r"double vision|(?:reduced|decreased) (?:visual acuity|vision)|"
    r"visual acuity 6/(?:[1-9]\d)|relative afferent pupillary defect|\brapd\b|"
    r"chemosis|orbital cellulitis|post-?septal|"
    r"(?:eye|eyeball) (?:is |looks )?(?:bulg\w*|pushed forward|sticking out)|"
    r"bulging (?:\w+ )?(?:eye|eyeball)|pain\w* (?:when |on )?moving (?:the |his |her |"
    r"my )?eyes?|hurts? to (?:move|look)|eyes?,? (?:\w+ ){0,4}painful to move"
    r"(?! (?:her|his|the|my|their|its|an?) (?!eyes?\b)\w)"
)
"""Post-septal signs (Chandler 1970), also in the family's words at triage: a bulging
eye is proptosis, pain moving the eye is painful ophthalmoplegia (RCH Melbourne);
peds41 (resp41's request): "a swollen red left eye, painful to move" with its comma."""

_ORBITAL_INFECTION: Final = _rx(
    r"fever\w*|febrile|sinusitis|cellulitis|erythema\w*|red(?:ness)?\b|"
    r"(?:a )?cold\b|coryza|\burti\b|nasal discharge|purulent"
)


def orbital_cellulitis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Chandler: lid swelling with post-septal signs is orbital cellulitis."""
    texts = visible_texts(view)
    if not (asserted(_LID, texts) and asserted(_POSTSEPTAL, texts)):
        return []
    t = view.vitals.temperature_c
    if not ((t is not None and t >= 38.0) or asserted(_ORBITAL_INFECTION, texts)):
        return []  # a blow-out fracture also swells the lid and limits upgaze
    src = "RCH Melbourne orbital cellulitis guideline; Chandler 1970; AAO"
    child = _under(pop, 16)
    antibiotic = (
        "IV ceftriaxone 50 mg/kg (max 2 g) plus clindamycin 10 mg/kg or vancomycin "
        "(MRSA risk)"
        if child
        else "IV ceftriaxone 2 g plus vancomycin (MRSA risk); metronidazole if "
        "dental or chronic sinus source"
    )
    return [
        _req(
            "medication",
            antibiotic,
            f"orbital (post-septal) cellulitis: sinus flora and S. aureus ({src})",
            r"ceftriaxone|cefotaxime|ampicillin-sulbactam|piperacillin",
        ),
        _req(
            "diagnostic",
            "CT orbits and sinuses with contrast",
            f"subperiosteal or orbital abscess and cavernous sinus extension ({src})",
            r"ct orbit|orbital ct|mri orbit",
        ),
        _req(
            "consult",
            "ophthalmology and ENT emergently; visual acuity, colour vision and "
            "pupils checked every 1-2 h",
            f"loss of vision and intracranial spread ({src})",
            r"ophthalmolog\w* (?:and ent )?emergent",
        ),
    ]


# --- iron poisoning ---

_IRON: Final = _rx(
    r"ferrous \w+|iron (?:tablets?|pills?|supplements?|overdose|ingestion|"
    r"poisoning)|elemental iron|prenatal vitamins?"
)
_INGESTION: Final = _rx(
    r"swallowed|ingest\w*|overdos\w*|elemental iron|empty (?:bottle|packet|box)|"
    r"accidental(?:ly)?|\d+ (?:tablets|pills)"
)
"""An ingestion, not a patient who takes iron as medication."""
_MG_PER_KG: Final = re.compile(r"(?i)(\d{1,3})\s*mg/kg\s*(?:of\s*)?elemental")
_SERUM_IRON: Final = re.compile(
    r"(?i)(?:serum )?iron(?: level| concentration)?\W{0,4}(\d{1,4}(?:\.\d+)?)\s*"
    r"(umol/l|µmol/l|micromol/l|mcg/dl|ug/dl|µg/dl)"
)
_SEVERE_IRON: Final = _rx(
    r"vomit\w* (?:with )?blood|haematemesis|hematemesis|bloody (?:diarrh\w*|stools?)|"
    r"melaena|melena|letharg\w*|drowsy|confus\w*|obtunded|seizur\w*|shock"
)
IRON_TOXIC_MG_KG: Final = 60.0
"""AAPCC 2005: > 60 mg/kg elemental iron can cause serious toxicity."""
IRON_SEVERE_UMOL: Final = 90.0
"""Serum iron > 90 umol/L (500 mcg/dL) at 4-6 h: severe toxicity, deferoxamine."""


def _hypotension(pop: Population) -> float:
    """PALS 2020 hypotension for age (``facts.hypotension_sbp``).

    < 60 term neonates, < 70 infants, < 70 + 2 x age in years from 1 to 10 years, 90
    from 10 (triage38: a neonate was held to the infant's 70).
    """
    return hypotension_sbp(pop)


def _serum_iron_umol(texts: Sequence[str]) -> float:
    best = 0.0
    for text in texts:
        for m in _SERUM_IRON.finditer(text):
            value = float(m.group(1))
            if "dl" in m.group(2).lower():
                value *= 0.179  # mcg/dL -> umol/L
            best = max(best, value)
    return best


def iron_poisoning(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AAPCC 2005: iron ingestion: X-ray, level, deferoxamine when severe."""
    texts = visible_texts(view)
    if not (asserted(_IRON, texts) and asserted(_INGESTION, texts)):
        return []
    dose = max(
        (float(m.group(1)) for t in texts for m in _MG_PER_KG.finditer(t)), default=0.0
    )
    level = _serum_iron_umol(texts)
    sbp = view.vitals.systolic_bp
    severe = (
        level > IRON_SEVERE_UMOL
        or asserted(_SEVERE_IRON, texts)
        or (sbp is not None and sbp < _hypotension(pop))
    )
    src = "AAPCC 2005 (Manoguerra AS et al.); Goldfrank's 11th ed."
    out = [
        _req(
            "diagnostic",
            "serum iron at 4-6 h, venous gas and lactate, glucose, LFT, coagulation; "
            "abdominal X-ray for radio-opaque tablets",
            f"iron ingestion{f' ~{dose:g} mg/kg' if dose else ''} ({src})",
            r"serum iron",
        ),
        _req(
            "consult",
            "toxicology / poisons centre; no activated charcoal (it does not bind "
            "iron); whole-bowel irrigation if tablets are seen in the gut",
            src,
            r"toxicolog|poison",
        ),
    ]
    if severe or dose > IRON_TOXIC_MG_KG:
        out.insert(
            0,
            _req(
                "medication",
                "deferoxamine IV infusion 15 mg/kg/h (reduce if hypotensive) with IV "
                "fluid resuscitation; intensive care",
                f"severe iron poisoning (serum iron > {IRON_SEVERE_UMOL:g} umol/L, "
                f"shock, acidosis, GI bleeding or altered mentation) ({src})",
                r"deferoxamine|desferrioxamine",
            ),
        )
    return out


# --- dehydration with clinical shock (NICE CG84; NICE NG29) ---

_GUT_LOSS: Final = _rx(
    r"diarrho?ea\w*|loose (?:stools?|motions?)|watery stools?|gastroenteritis|"
    r"\bd(?:&|and)v\b"
)
"""NICE CG84 covers fluid loss from gastroenteritis: diarrhoea, with or without
vomiting (vomiting alone with shock is sepsis, obstruction or DKA until shown
otherwise, each with its own pathway)."""
_DKA: Final = _rx(r"ketoacidosis|\bdka\b|diabet\w*|hyperglyc\w*")
"""DKA has its own, slower rehydration (ISPAD 2022): not this pathway."""
_SHOCK_SIGNS: Final = (
    _rx(
        r"letharg\w*|drowsy|listless|floppy|hard to (?:wake|rouse|arouse)|"
        r"unresponsive|(?:decreased|reduced|altered) (?:level of )?consciousness|"
        r"responds (?:only )?to (?:voice|pain)"
    ),
    _rx(r"mottl\w*|pale skin|pallor|grey skin|ashen"),
    _rx(
        r"(?:cold|cool) (?:hands|feet|peripher\w*|extremit\w*|limbs|legs)|"
        r"(?:peripher\w*|extremit\w*|hands|feet) (?:are |were |feel )?(?:cold|cool)"
    ),
    _rx(r"(?:weak|thready|poor) (?:peripheral )?pulses?"),
    _rx(
        r"(?:capillary refill|cap refill|crt)(?: time)?\W{0,12}(?:of |was |is )?"
        r"(?:>\s*2|[3-9]|\d\d)\s*(?:s\b|sec)|(?:prolonged|delayed|sluggish) "
        r"(?:capillary refill|cap refill|crt)"
    ),
)
"""The 'clinical shock' column of NICE CG84 Table 1 (decreased level of
consciousness, pale or mottled skin, cold extremities, weak peripheral pulses,
prolonged capillary refill; tachycardia and tachypnoea are shared with clinical
dehydration and are not counted)."""
SHOCK_SIGNS_NEEDED: Final = 2
"""Two distinct signs of the shock column, or hypotension for age. One sign alone
(a capillary refill of 3 s: LR+ 4.1 for >= 5 % dehydration, Steiner MJ et al. JAMA
2004;291:2746) is moderate dehydration, which oral or nasogastric rehydration
treats (NICE CG84 1.3.1)."""
ORAL_REHYDRATION: Final = _rx(
    r"oral rehydration|\bors\b|oral fluids|clear fluids|fluid challenge|"
    r"\bodt\b|orally disintegrating"
)
"""Oral fluids and orally disintegrating drugs: not for a child in clinical shock."""


_NOT_GASTRO_SIGNS: Final = _rx(
    r"non-?blanching|petechi\w*|purpur\w*|erythroderm\w*|sunburn-like|neck stiff\w*"
    r"|stiff neck|bulging fontanelle|bilious|rebound tender\w*"
)
_ALLERGIC: Final = _rx(
    r"hives|urticari\w*|wheals?|angio-?o?edema|anaphyla\w*|swollen (?:lips?|tongue)"
    r"|(?:lips?|tongue) (?:\w+ )?swell\w*"
    r"|swelling of (?:the |her |his )?(?:lips?|tongue)"
)
"""peds56: hives or swollen lips beside the vomiting are an anaphylaxis's skin and gut
(Sampson HA et al. 2006 criterion 2; RCUK 2021): its shock gets adrenaline and a
10 mL/kg bolus, never a gastroenteritis deficit of 100 mL/kg over 24 h."""
GASTRO_FEVER_C: Final = 39.0
GASTRO_FEVER_YOUNG_C: Final = 38.0
"""NICE CG84 1.1.3: 38 C or higher under 3 months, 39 C or higher from 3 months."""


def _other_than_gastroenteritis(
    view: StageView, pop: Population, texts: tuple[str, ...]
) -> bool:
    """Signs that point away from gastroenteritis (NICE CG84 2009, 1.1.3).

    A high fever for age, a non-blanching rash or erythroderma (toxic shock), neck
    stiffness, a bulging fontanelle, bilious vomiting or rebound tenderness: the
    shock is septic or surgical, treated by its own pathway, not rehydrated over
    24 h as a gastroenteritis deficit (100 mL/kg would be 5 L at 50 kg).
    """
    temp = view.vitals.temperature_c
    young = pop.age_days_max is not None and pop.age_days_max < 90
    limit = GASTRO_FEVER_YOUNG_C if young else GASTRO_FEVER_C
    return (temp is not None and temp >= limit) or asserted(_NOT_GASTRO_SIGNS, texts)


# --- suspected haemolytic uraemic syndrome after bloody diarrhoea ---

HUS_SOURCE: Final = (
    "NICE CKS gastroenteritis 2022 and UKHSA 2023 STEC guidance (HUS); Fakhouri F et "
    "al. Lancet 2017;390:681; Shane AL et al. IDSA 2017"
)
_HUS_SIGNS: Final = (
    "oliguria",
    "pallor",
    "periorbital_swelling",
    "petechiae",
    "purpura",
)
_HUS_WORDS: Final = _rx(
    r"puffy (?:around the )?eyes|puffy (?:eye)?lids|puffy face|swollen (?:eye)?lids|"
    r"bruis\w*"
)
"""HUS's oedema (puffy eyes) and its low platelets' bruising in the carers' words."""


def hus_suspected(view: StageView, pop: Population) -> bool:
    """A child's bloody diarrhoea with a sign of HUS before the blood count.

    NICE CKS gastroenteritis (2022) and UKHSA (2023): a child with bloody diarrhoea
    who becomes pale, passes less urine, swells (puffy eyes) or bruises or develops
    petechiae has haemolytic uraemic syndrome until the count, film and creatinine
    say otherwise (Fakhouri 2017: anaemia, thrombocytopenia, kidney injury 5-10 days
    after Shiga toxin-producing E. coli).
    """
    if not _under(pop, 16):
        return False
    facts = present_facts(view, load_knowledge())
    if not facts.has("bloody_diarrhea"):
        return False
    return any(facts.has(c) for c in _HUS_SIGNS) or asserted(
        _HUS_WORDS, visible_texts(view)
    )


def suspected_hus(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Bloody diarrhoea with pallor, less urine, oedema or bruising: HUS work-up."""
    if not hus_suspected(view, pop):
        return []
    src = HUS_SOURCE
    return [
        _req(
            "diagnostic",
            "FBC with blood film (schistocytes) and platelets, urea, creatinine and "
            "electrolytes, LDH; stool culture and Shiga toxin (STEC) PCR",
            f"a child's bloody diarrhoea with a sign of HUS ({src})",
            r"film|schistocyt",
        ),
        _req(
            "procedure",
            "no antibiotics, antimotility drugs or NSAIDs (suspected STEC); strict "
            "fluid balance (weight, urine output): volume restored, no large deficit "
            "replacement while oliguric and oedematous",
            f"they raise the risk of HUS or worsen the kidney injury ({src})",
            r"no antibiotics",
        ),
        _req(
            "consult",
            "paediatric nephrology (a unit with paediatric dialysis) the same day",
            f"HUS: a third need dialysis ({src})",
            r"nephrolog",
        ),
    ]


_VOMITING_LOSS: Final = _rx(
    r"vomit\w*|(?:few|no|fewer|less) wet (?:nappies|diapers)|not passing urine|"
    r"no urine"
)
"""Fluid lost by vomiting or not replaced (few wet nappies): with reduced
consciousness and a heart rate beyond the danger zone, hypovolaemic shock (APLS)."""


def _beyond_danger_zone(view: StageView, pop: Population) -> bool:
    """A heart rate above the ESI v4 / PALS danger zone for age (``tachycardia_hr``).

    NICE CG84 Table 1 lists tachycardia in the clinical-shock column too; beyond the
    danger zone (> 160/min at 3 months-3 years) it is the compensated shock of APLS.
    """
    hr = view.vitals.heart_rate
    return hr is not None and hr > tachycardia_hr(pop)


def dehydration_shock(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE CG84: diarrhoea (and vomiting) with clinical shock: IV bolus, IV fluids.

    peds37: vomiting alone counts when the child is drowsy with a heart rate beyond
    the danger zone (triage's child shock, ``_esi_lsi.child_shock_without_skin_signs``;
    NICE CG84 1.3; APLS): the bolus comes first whatever the cause, oral fluids never.
    """
    if not _under(pop, 16):
        return []
    texts = visible_texts(view)
    if asserted(_DKA, texts):
        return []
    fast = _beyond_danger_zone(view, pop)
    drowsy = asserted(_SHOCK_SIGNS[0], texts)
    if not asserted(_GUT_LOSS, texts) and not (
        fast and drowsy and asserted(_VOMITING_LOSS, texts)
    ):
        return []
    if _other_than_gastroenteritis(view, pop, texts):
        return []
    sbp = view.vitals.systolic_bp
    hypotensive = sbp is not None and sbp < _hypotension(pop)
    signs = sum(asserted(rx, texts) for rx in _SHOCK_SIGNS) + fast
    if not (hypotensive or signs >= SHOCK_SIGNS_NEEDED):
        return []
    why = "hypotension for age" if hypotensive else f"{signs} signs of clinical shock"
    src = "NICE CG84 2009 diarrhoea and vomiting in children; NICE NG29 2020"
    out = [
        _req(
            "medication",
            "0.9 % sodium chloride 10 mL/kg IV or IO bolus over < 10 min, reassess "
            "and repeat (senior review after a second bolus)",
            f"gastroenteritis with {why} ({src})",
            r"10(?:-20)? ?ml/kg|20 ?ml/kg",
        ),
        _req(
            "diagnostic",
            "capillary glucose, venous gas, sodium, potassium, urea and creatinine",
            f"hypoglycaemia and sodium disorders after IV fluids ({src})",
            r"electrolytes|\bbmp\b|urea|sodium,",
        ),
    ]
    if asserted(_ALLERGIC, texts):
        return [
            _req(
                "medication",
                "0.9 % sodium chloride 10 mL/kg IV or IO bolus over < 10 min, "
                "reassess and repeat",
                f"anaphylaxis with {why}: adrenaline first, then a bolus (RCUK 2021 "
                "emergency treatment of anaphylaxis)",
                r"10(?:-20)? ?ml/kg|20 ?ml/kg",
            )
        ]
    if hus_suspected(view, pop):
        # peds53: an anuric, puffy-eyed child 5 days into bloody diarrhoea was given
        # the 100 mL/kg deficit over 24 h: HUS's kidneys need the fluid balance
        # (``suspected_hus``), not a gastroenteritis deficit
        return out
    return [
        *out,
        _req(
            "medication",
            "IV rehydration in hospital after the bolus: deficit 100 mL/kg plus "
            "maintenance over 24 h with isotonic fluid (0.9 % sodium chloride with 5 % "
            "glucose), sodium rechecked",
            f"after resuscitation for shock ({src} 1.3.3)",
            r"iv rehydration",
        ),
    ]


# --- a vomiting infant's hypochloraemic alkalosis (pyloric stenosis) ---

CHLORIDE_LOW: Final = 98.0
BICARBONATE_HIGH: Final = 28.0
PH_HIGH: Final = 7.45
"""Outside the reference intervals: chloride < 98 mmol/L with bicarbonate > 28 mmol/L
or pH > 7.45 is a hypochloraemic metabolic alkalosis (``rules.results`` bands)."""
_VOMIT: Final = _rx(r"vomit\w*|emesis|projectile|posset\w*")


PROJECTILE_INFANT_DAYS: Final = (7, 91)
"""Frequent forceful (projectile) vomiting "may suggest hypertrophic pyloric stenosis
in infants up to 2 months old: paediatric surgery referral" (NICE NG1 GORD in children
2015/2019, red-flag table); it presents at 2-12 weeks (Hernanz-Schulman 2003)."""


def projectile_young_infant(view: StageView, pop: Population) -> bool:
    """Projectile vomiting, not bilious, documented now in an infant of 1-13 weeks."""
    low, high = PROJECTILE_INFANT_DAYS
    if pop.age_within(low, high) is not True:
        return False
    facts = present_facts(view, load_knowledge())
    return facts.has("projectile_vomiting") and not facts.has("bilious_vomiting")


def infant_gastric_outlet(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A vomiting infant's alkalosis or projectile vomiting: pyloric stenosis first.

    Gastroenteritis acidifies; vomiting that leaves an infant hypochloraemic and
    alkalotic is gastric-outlet loss. Ultrasound is the test (pyloric muscle >= 3 mm,
    channel >= 15 mm: Hernanz-Schulman M. Radiology 2003;227:319); nil by mouth and IV
    isotonic fluid with glucose (potassium once passing urine) correct the
    alkalosis before a pyloromyotomy, which is never an emergency (APLS 6th ed.;
    Bissonnette B, Sullivan PJ. Can J Anaesth 1991;38:668). Oral rehydration and an
    antiemetic are not its treatment (``order_safety`` blocks them). peds41: projectile
    vomiting without bile in an infant of 1-13 weeks is NICE NG1's red flag for
    pyloric stenosis (``projectile_young_infant``): the gas and electrolytes, the
    ultrasound and the surgical referral whatever the label.
    """
    if not _under(pop, 1):
        return []
    texts = visible_texts(view)
    if not asserted(_VOMIT, texts):
        return []
    if projectile_young_infant(view, pop):
        src = "NICE NG1 2015/2019 red flags; Hernanz-Schulman 2003; APLS 6th ed."
        return [
            _req(
                "diagnostic",
                "venous blood gas, electrolytes (chloride, bicarbonate) and glucose",
                f"projectile vomiting in a young infant: a hypochloraemic alkalosis "
                f"is corrected before any operation ({src})",
                r"blood gas|electrolytes",
            ),
            _req(
                "diagnostic",
                "pyloric ultrasound",
                f"projectile vomiting in an infant up to 3 months: pyloric stenosis "
                f"until the ultrasound says otherwise ({src})",
                r"pyloric ultrasound|ultrasound (?:of the )?pylorus",
            ),
            _req(
                "consult",
                "paediatric surgery (pyloric stenosis suspected)",
                f"NICE NG1 red flag: paediatric surgery referral ({src})",
                r"paediatric surgery|pediatric surgery",
            ),
        ]
    low_cl = any(
        r.value < CHLORIDE_LOW and not r.below
        for t in texts
        for r in results_of(t, "chloride")
    )
    alkalotic = any(
        r.value > BICARBONATE_HIGH for t in texts for r in results_of(t, "bicarbonate")
    ) or any(r.value > PH_HIGH for t in texts for r in results_of(t, "ph"))
    if not (low_cl and alkalotic):
        return []
    src = "Hernanz-Schulman 2003; APLS 6th ed."
    return [
        _req(
            "diagnostic",
            "pyloric ultrasound",
            f"vomiting infant with a hypochloraemic alkalosis: gastric outlet ({src})",
            r"pyloric ultrasound|ultrasound (?:of the )?pylorus",
        ),
        _req(
            "procedure",
            "nil by mouth, IV access, isotonic fluid with dextrose (potassium once "
            "passing urine); electrolytes and gas rechecked before any operation",
            f"correct the alkalosis first: pyloromyotomy is not an emergency ({src})",
            r"nil by mouth|isotonic fluid",
        ),
    ]


# --- cerebral oedema in paediatric DKA (Muir 2004; ISPAD 2022) ---

DKA_NAMED: Final = _rx(r"ketoacidosis|\bdka\b")
"""Diabetic ketoacidosis named (the paediatric DKA readers, ISPAD 2022)."""
_DKA_D: Final = ("glucose_high", "glucose_very_high", "hyperglycemia")
"""The 'D' of DKA by its result: a high glucose (ADA 2024; ISPAD 2022: > 11 mmol/L)."""


def dka_documented(view: StageView, texts: Sequence[str]) -> bool:
    """Diabetic ketoacidosis named, or shown by its results without the word.

    peds54: "known type 1 diabetes ... glucose 31 mmol/L, pH 6.98, ketones 6.1"
    is DKA whether or not the note writes "DKA" (ISPAD 2022: hyperglycaemia > 11
    mmol/L, venous pH < 7.3 or bicarbonate < 18, ketonaemia >= 3): its
    cerebral-oedema criteria and its tachycardia are read as DKA's.
    """
    if asserted(DKA_NAMED, texts):
        return True
    facts = present_facts(view, load_knowledge())
    return (
        facts.has("ketosis")
        and (facts.has("acidemia") or facts.has("bicarbonate_low"))
        and any(facts.has(c) for c in _DKA_D)
    )


_CO_DIAGNOSTIC: Final = _rx(
    r"decorticate|decerebrate|posturing|(?:third|sixth|3rd|6th|cranial) nerve "
    r"palsy|anisocoria|unequal pupils|(?:fixed|unreactive) (?:and )?dilated pupils?|"
    r"cheyne-?stokes|apneusis|(?:abnormal|no) (?:motor|verbal) response to pain"
)
"""Muir 2004 diagnostic criteria: abnormal motor or verbal response to pain,
decorticate or decerebrate posture, cranial nerve palsy, neurogenic breathing."""
_CO_MENTATION: Final = _rx(
    r"drowsy|drowsiness|confus\w*|disorient\w*|obtunded|fluctuating (?:level of )?"
    r"consciousness|(?:decreased|reduced|altered|falling|deteriorating) (?:level of )?"
    r"(?:consciousness|mentation|mental status|gcs)|gcs\W{0,3}(?:[3-9]|1[0-3])\b|"
    r"gcs (?:fell|dropped|fallen|falling)|responds (?:only )?to (?:voice|pain)"
)
_CO_BRADYCARDIA_WORDS: Final = _rx(
    r"bradycardi\w*|(?:heart rate|hr|pulse) (?:is |was |has )?(?:slowing|falling|"
    r"dropping|slowed|fallen|dropped|fell)(?: down)? to \d{2,3}\b|"
    r"(?:heart rate|hr|pulse) (?:is |was )?(?:slowing|falling|dropping)|"
    r"slowing (?:of the )?(?:heart rate|pulse)|cushing\w*"
)
_HR_FALL: Final = re.compile(
    r"(?i)\b(?:hr|heart rate|pulse)\b[^.;]{0,25}?\b(?:fell|dropped|fallen|"
    r"decreased|slowed|went down|down)\s+from\s+(\d{2,3})\s*(?:bpm\s*)?to\s+"
    r"(\d{2,3})"
)
_CO_INCONTINENCE: Final = _rx(
    r"(?:new|age-inappropriate) incontinence|wet (?:the|her|his) bed"
)
_CO_INCONTINENT: Final = _rx(
    r"incontinen\w*|wet (?:himself|herself)|"
    r"passed urine (?:in|into) (?:the|her|his) bed"
)
"""Incontinence in a child past toilet training: age-inappropriate by its age
(peds53: "incontinent of urine" at 11 years; Muir 2004's major criterion)."""
MUIR_CONTINENT_YEARS: Final = 5
"""From 5 years any incontinence is age-inappropriate (NICE CG111: bedwetting is
not treated before 5)."""
_CO_MINOR: Final = (
    _rx(r"vomit\w*"),
    _rx(r"headache\w*"),
    _rx(r"letharg\w*|not easily (?:roused|arousable)"),
)
HR_FALL_BPM: Final = 20
"""Muir 2004 major criterion: a sustained heart-rate fall of more than 20 bpm not
explained by better volume status or sleep."""
MUIR_YOUNG_YEARS: Final = 5
"""Minor criterion: age under 5 years."""
MUIR_DIASTOLIC: Final = 90
"""Minor criterion: diastolic blood pressure above 90 mmHg."""


def _hr_fell(texts: Sequence[str]) -> bool:
    for text in texts:
        for m in _HR_FALL.finditer(text):
            if int(m.group(1)) - int(m.group(2)) > HR_FALL_BPM:
                return True
    return False


def dka_cerebral_oedema(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Muir 2004 / ISPAD 2022: 1 diagnostic, 2 major, or 1 major + 2 minor criteria."""
    if not _under(pop, 18):
        return []
    texts = visible_texts(view)
    if not dka_documented(view, texts):
        return []
    diagnostic = asserted(_CO_DIAGNOSTIC, texts)
    major = sum(
        (
            asserted(_CO_MENTATION, texts),
            _hr_fell(texts) or asserted(_CO_BRADYCARDIA_WORDS, texts),
            asserted(_CO_INCONTINENCE, texts)
            or (
                pop.age_within(years(MUIR_CONTINENT_YEARS), years(18) - 1) is True
                and asserted(_CO_INCONTINENT, texts)
            ),
        )
    )
    dbp = view.vitals.diastolic_bp
    minor = sum(asserted(rx, texts) for rx in _CO_MINOR) + sum(
        (
            dbp is not None and dbp > MUIR_DIASTOLIC,
            pop.age_within(0, years(MUIR_YOUNG_YEARS) - 1) is True,
        )
    )
    if not (diagnostic or major >= 2 or (major >= 1 and minor >= 2)):
        return []
    src = "ISPAD 2022 (Glaser N et al. Pediatr Diabetes 2022;23:835); Muir 2004"
    why = (
        "a diagnostic criterion"
        if diagnostic
        else f"{major} major and {minor} minor criteria"
    )
    return [
        _req(
            "medication",
            "mannitol 0.5-1 g/kg IV over 10-15 min now (or 3 % saline 2.5-5 mL/kg "
            "over 10-15 min); repeat if no response in 30 min",
            f"cerebral oedema in DKA by {why}: treat on the clinical signs, before "
            f"imaging ({src})",
            r"mannitol[^;]*\bnow\b|hypertonic saline now",
        ),
        _req(
            "procedure",
            "reduce the IV fluid rate by one third, no fluid bolus unless in shock; "
            "head of the bed raised 30 degrees, head midline",
            src,
            r"reduce the iv fluid rate",
        ),
        _req(
            "consult",
            "paediatric intensive care emergently; CT head only after treatment has "
            "started; intubate only for failing breathing (no hyperventilation)",
            src,
            r"paediatric intensive care emergently|picu emergently",
        ),
    ]


# --- IgA vasculitis (Henoch-Schönlein purpura) ---

_PURPURA: Final = (
    r"(?:purpur\w*|petechia\w*|non-?blanching|nonblanching|purple (?:raised )?spots"
    r"|raised purple spots)"
)
_LOWER_LIMB: Final = (
    r"(?:legs?|lower limbs?|lower extremit\w*|buttocks?|bottom|shins?|thighs?|calf|"
    r"calves|ankles?|feet|extensor)"
)
_LEG_PURPURA: Final = _rx(
    rf"{_PURPURA}\w* (?:\w+ ){{0,8}}(?:on|over|of|across|to) (?:\w+ ){{0,4}}"
    rf"{_LOWER_LIMB}|{_LOWER_LIMB}\w* (?:\w+ ){{0,3}}{_PURPURA}|palpable purpura"
)
_IGAV_ABDOMEN: Final = _rx(
    r"(?:abdominal|tummy|belly|stomach|abdo) (?:pain|ache|cramp\w*)|colicky (?:\w+ )?"
    r"pain|pain in the abdomen"
)
_IGAV_JOINT: Final = _rx(
    r"arthralgi\w*|arthriti\w*|(?:swollen|painful|sore|tender|puffy) (?:\w+ ){0,2}"
    r"(?:ankles?|knees?|joints?|wrists?|elbows?)|(?:ankles?|knees?|joints?) "
    r"(?:are |is )?(?:swollen|painful|sore|tender|puffy)|joint (?:pain|swelling)"
)
_IGAV_RENAL: Final = _rx(
    r"ha?ematuria|proteinuria|(?:blood|protein) (?:[1-4] ?\+|\+{1,4}|trace)|"
    r"dipstick\W{0,3} (?:\w+ ){0,3}(?:blood|protein)"
)
_FEVER: Final = _rx(FEVER_WORDS)
_PLATELETS_NORMAL: Final = _rx(
    r"(?:platelets?|platelet count|plt) (?:count )?(?:is |are |was |were )?"
    r"(?:normal|fine|ok|okay|within normal limits)\b|normal platelets?(?: count)?\b|"
    r"(?:fbc|full blood count|cbc|blood count) (?:is |was )?(?:normal|unremarkable)\b"
)
"""A platelet count documented normal in words ("platelets normal", "FBC normal"):
a count known, as a number of 150 or more is (peds51)."""
_COUNT_LOW: Final = 150.0
"""Platelets below 150 x 10^9/L: purpura with a low count is not IgA vasculitis
(ITP, leukaemia, meningococcal sepsis)."""


def iga_vasculitis(view: StageView, pop: Population) -> list[AcuteRequired]:
    """EULAR/PRINTO/PReS 2010: leg purpura plus gut, joint or kidney involvement."""
    if not _under(pop, 18):
        return []
    texts = visible_texts(view)
    if not asserted(_LEG_PURPURA, texts):
        return []
    organs = [
        name
        for name, rx in (
            ("abdominal pain", _IGAV_ABDOMEN),
            ("arthritis", _IGAV_JOINT),
            ("renal", _IGAV_RENAL),
        )
        if asserted(rx, texts)
    ]
    t = view.vitals.temperature_c
    febrile = (t is not None and t >= 38.0) or asserted(_FEVER, texts)
    platelets = results.lowest(view, "platelets")
    if platelets is None and asserted(_PLATELETS_NORMAL, texts):
        # peds51: "Platelets normal" is the normal count the criteria ask for
        platelets = _COUNT_LOW
    if not organs or febrile or platelets is None or platelets < _COUNT_LOW:
        return []
    src = "EULAR/PRINTO/PReS 2010 (Ozen S, Ann Rheum Dis 2010;69:798); SHARE 2019"
    why = f"leg purpura with {', '.join(organs)} and a normal platelet count"
    out = [
        _req(
            "diagnostic",
            "urinalysis (blood, protein; urine protein:creatinine ratio), blood "
            "pressure, creatinine",
            f"{why}: IgA vasculitis nephritis is looked for at once and for 6 months "
            f"({src})",
            r"urinalysis|urine protein",
        ),
        _req(
            "medication",
            "paracetamol 15 mg/kg PO (max 1 g) for joint and abdominal pain; an NSAID "
            "only without kidney involvement or gut bleeding",
            f"IgA vasculitis is self-limiting: symptomatic care ({src})",
            r"paracetamol|acetaminophen",
        ),
    ]
    if "abdominal pain" in organs:
        out.append(
            _req(
                "diagnostic",
                "abdominal ultrasound if the pain is severe or colicky, or with "
                "vomiting or blood in the stool (ileo-ileal intussusception)",
                f"intussusception complicates IgA vasculitis ({src})",
                r"abdominal (?:ultrasound|us)\b|ultrasound (?:of the )?abdomen",
            )
        )
    return out


# --- unexplained petechiae or purpura in an afebrile child (NICE NG12 1.11) ---

_PETECHIAL: Final = ("petechiae", "purpura")
_STRAIN_PETECHIAE: Final = _rx(
    r"(?:face|eyes?|eyelids?|neck|cheeks?) (?:\w+ ){0,5}(?:after|from|with|since) "
    r"(?:\w+ ){0,2}(?:cough\w*|vomit\w*|retch\w*|strain\w*)"
)
"""Petechiae of the face and neck after coughing, vomiting or straining: the raised
venous pressure's, explained (NICE NG143 1.2: above the nipple line)."""
PETECHIAE_SOURCE: Final = (
    "NICE NG12 2015 (2023) 1.11.1: immediate specialist assessment for leukaemia in a"
    " child or young person with unexplained petechiae; Neunert C et al. ASH 2019 ITP"
)


def unexplained_petechiae(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG12 1.11.1: an afebrile child's unexplained petechiae: count, film, team.

    peds47: a 4-year-old with new bruises and a pinpoint rash after a cold was worked
    as urticaria and sent home on an antihistamine. Unexplained petechiae in a child
    are leukaemia (or ITP, a bone-marrow failure) until a full blood count and film
    say otherwise: immediate specialist assessment (NICE NG12 1.11.1), with no NSAID
    or intramuscular injection before the count is known (ASH 2019). A febrile child's
    petechiae are meningococcal disease's (NICE NG240, its own pathway); a count
    already resulted, chemotherapy, or petechiae of the face after coughing or
    vomiting are explained and left to their own entries.
    """
    if not _under(pop, 18):
        return []
    facts = present_facts(view, load_knowledge())
    if not any(facts.has(c) for c in _PETECHIAL):
        return []
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if (t is not None and t >= 38.0) or asserted(_FEVER, texts):
        return []
    if facts.has("recent_chemotherapy") or asserted(_STRAIN_PETECHIAE, texts):
        return []
    if results.lowest(view, "platelets") is not None:
        return []
    if asserted(_PLATELETS_NORMAL, texts):
        # peds51 (issue 10): a 7-year-old's leg purpura with aching knees and colicky
        # pain, "platelets normal", kept "paediatric haematology or oncology: immediate"
        # beside the IgA vasculitis it was: a count known normal answers NG12 1.11.1's
        # question (leukaemia, ITP) as a number does
        return []
    why = f"unexplained petechiae in a child ({PETECHIAE_SOURCE})"
    return [
        _req(
            "diagnostic",
            "full blood count with a blood film (platelets, blasts) and a clotting"
            " screen now",
            why,
            r"full blood count|cbc|blood film|platelet",
        ),
        _req(
            "consult",
            "paediatric haematology or oncology: immediate (same-day) specialist"
            " assessment",
            why,
            r"haematolog|hematolog|oncolog",
        ),
        _req(
            "monitoring",
            "no NSAIDs, antiplatelet drugs or intramuscular injections until the"
            " platelet count is known",
            f"a low platelet count bleeds more on them ({PETECHIAE_SOURCE})",
            r"no nsaids",
        ),
    ]


# --- fever in an infant of 2-3 months (past the AAP 2021 bands) ---

_UNWELL: Final = _rx(
    r"appears? (?:unwell|ill|toxic)|(?:unwell|ill|toxic)[- ](?:looking|appearing)|"
    r"looks? (?:unwell|ill|toxic)|letharg\w*|mottl\w*|grunt\w*|floppy|"
    r"(?:weak|high[- ]pitched) cry|bulging fontanelle|difficult to (?:rouse|wake)|"
    r"not (?:rousable|responding)"
)
NICE_WBC_LOW: Final = 5.0
NICE_WBC_HIGH: Final = 15.0
"""NICE NG143 1.3: an infant of 1-3 months with WBC < 5 or > 15 x 10^9/L has an LP
and parenteral antibiotics, as does one who appears unwell."""


def febrile_young_infant(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG143: fever of 38 °C or more under 3 months (61-90 days here).

    A red feature at any appearance: full blood count, blood culture, CRP and a
    urine test for every infant; a lumbar puncture and a parenteral third-generation
    cephalosporin with amoxicillin (listeria) when the infant appears unwell or the
    white count is < 5 or > 15 x 10^9/L. The AAP 2021 bands (8-60 days) are
    ``agents.pathways.febrile_infant``'s.
    """
    low, high = pop.age_days_min, pop.age_days_max
    if low is None or high is None or low <= 60 or high > 90:
        return []
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if not ((t is not None and t >= 38.0) or asserted(_FEVER, texts)):
        return []
    src = "NICE NG143 fever in under 5s (2019, updated 2021)"
    wbc = [r.value for x in texts for r in results_of(x, "wbc")]
    high_risk = asserted(_UNWELL, texts) or any(
        v < NICE_WBC_LOW or v > NICE_WBC_HIGH for v in wbc
    )
    when = "" if high_risk else " if the infant appears unwell or WBC < 5 or > 15"
    return [
        _req(
            "diagnostic",
            "urine sample (catheter or clean catch): dipstick, microscopy and culture",
            f"fever under 3 months: a red feature; a urine test for every infant "
            f"({src})",
            r"urinalysis|urine (?:culture|sample|test|dipstick)",
        ),
        _req("diagnostic", "blood culture", src, r"blood cultures?"),
        _req(
            "diagnostic",
            "full blood count and CRP",
            src,
            r"full blood count|\bfbc\b|\bcbc\b|\bcrp\b",
        ),
        _req(
            "diagnostic",
            f"lumbar puncture{when}",
            f"infants 1-3 months ({src})",
            r"lumbar puncture|\bcsf\b",
        ),
        _req(
            "medication",
            f"parenteral antibiotics{when}: ceftriaxone 80 mg/kg IV (or cefotaxime "
            "50 mg/kg) plus amoxicillin 50 mg/kg IV",
            f"infants 1-3 months ({src})",
            r"ceftriaxone|cefotaxime",
        ),
        _req(
            "consult",
            "paediatrics: assessment and observation",
            f"fever under 3 months is a red feature ({src})",
            r"paediatric|pediatric",
        ),
    ]


# --- brief resolved unexplained event (BRUE): AAP 2016 ---

BRUE_SOURCE: Final = (
    "Tieder JS et al. AAP clinical practice guideline: brief resolved unexplained"
    " events. Pediatrics 2016;137:e20160590"
)
_EVENT: Final = _rx(
    r"stopp\w* breathing|not breathing|apno\w*|apne\w*|pauses? in (?:her |his )?"
    r"breathing|(?:turned|went|going|was) (?:\w+ )?(?:blue|purple|grey|gray|pale|limp"
    r"|floppy|stiff)|cyano\w*|colou?r change|\bbrue\b|\balte\b|apparent "
    r"life-?threatening|brief resolved unexplained"
)
_NOT_LOWER_RISK: Final = _rx(
    r"pre-?term|prematur\w*|ex-?prem\w*|born at (?:2\d|3[01]) ?(?:wks?|weeks?)|"
    # peds51: "a 20-second episode" is its length, not a second event
    r"again|another|(?<![\d-])(?<!\d )second (?:episode|time|event)|twice|several|"
    r"multiple|recurr\w*|"
    r"episodes|(?:[1-9]\d*|one|two|three|few|several) (?:full )?min\w*|a minute|"
    r"cpr|chest compressions|rescue breath\w*|mouth[- ]to[- ]mouth|resuscitat\w*|"
    r"blew (?:in|into)"
)
"""AAP 2016 BRUE lower-risk criteria (all needed): age > 60 days, born at >= 32 weeks,
the first event, lasting < 1 minute, no CPR by a trained provider. Wordings of a
criterion not met."""
BRUE_LOWER_RISK_DAYS: Final = 60
_EXPLAINED_BY_ILLNESS: Final = _rx(
    r"cough\w*|coryza\w*|runny nose|snuffl\w*|(?:nasal|chest) congestion|"
    r"congested|wheez\w*|bronchiolitis|fever\w*|febrile|pyrexi\w*"
)
"""peds51: an event beside a respiratory infection's or a fever's symptoms is
explained (bronchiolitis apnoea: NICE NG9 2021 1.3.3; a febrile infant): AAP 2016's
BRUE is an event that the history and examination leave unexplained (Tieder 2016)."""


def brue_not_lower_risk(view: StageView, pop: Population) -> bool:
    """A brief resolved unexplained event in an infant that is not lower risk.

    Tieder JS et al. AAP clinical practice guideline: brief resolved unexplained
    events. Pediatrics 2016;137:e20160590: an infant under 1 year with a sudden,
    brief, now-resolved episode of cyanosis or pallor, absent or irregular breathing,
    or a marked change in tone is lower risk only when older than 60 days, born at 32
    weeks or later, with a first event lasting under a minute and no CPR; any other
    is higher risk (monitoring, ECG, admission). An infant whose age in days is not
    known is not shown to be lower risk. Triage asks it as a high-risk situation
    (``agents.triage_pathways``).
    """
    if pop.age_within(0, 364) is not True:
        return False
    texts = visible_texts(view)
    if not asserted(_EVENT, texts) or asserted(_EXPLAINED_BY_ILLNESS, texts):
        return False
    young = pop.age_days_min is None or pop.age_days_min <= BRUE_LOWER_RISK_DAYS
    return young or asserted(_NOT_LOWER_RISK, texts)


def brue_higher_risk(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A higher-risk brief resolved unexplained event: admission with monitoring.

    AAP 2016 gives its lower-risk infants brief monitoring and home; an infant who
    is not lower risk (60 days or younger, born before 32 weeks, a repeated or
    minute-long event, CPR) has a higher risk of a serious cause or a recurrence
    (Tieder 2016; Nama N et al. Pediatrics 2021;148:e2020048579): admitted with
    continuous cardiorespiratory monitoring and pulse oximetry, a 12-lead ECG, and
    a search for infection (pertussis), seizure and abuse.
    """
    if not brue_not_lower_risk(view, pop):
        return []
    return [
        _req(
            "monitoring",
            "admission with continuous cardiorespiratory monitoring and pulse "
            "oximetry (higher-risk BRUE)",
            "a brief resolved unexplained event that is not lower risk "
            f"({BRUE_SOURCE})",
            r"admission with continuous cardiorespiratory",
        ),
        _req(
            "diagnostic",
            "12-lead ECG (QTc, pre-excitation, heart block)",
            f"channelopathy or arrhythmia behind the event ({BRUE_SOURCE})",
            r"\becg\b|\bekg\b|electrocardiogram",
        ),
        _req(
            "consult",
            "paediatrics: admission; look for pertussis (nasopharyngeal PCR with a "
            "cough or contact), seizure and abuse (skin, frenulum, fontanelle; "
            "child protection with any injury)",
            f"higher-risk BRUE: a serious cause in about 1 in 20 ({BRUE_SOURCE}; "
            "Nama N et al. Pediatrics 2021)",
            r"paediatric|pediatric",
        ),
    ]


def brue_lower_risk(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A lower-risk brief resolved unexplained event: no routine tests, education.

    AAP 2016: an infant older than 60 days, born at 32 weeks or later, after a first
    event under a minute with no CPR by a trained provider, whose history and
    examination explain nothing, is lower risk: brief monitoring, an ECG may be
    obtained, and blood tests, urine, imaging, EEG and admission should not be
    (their yield is low and false positives lead to harm); the family is educated
    and offered CPR training (Tieder 2016).
    """
    low = pop.age_days_min
    if low is None or low <= BRUE_LOWER_RISK_DAYS:
        return []
    if pop.age_within(0, 364) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_EVENT, texts) or asserted(_NOT_LOWER_RISK, texts):
        return []
    if asserted(_EXPLAINED_BY_ILLNESS, texts):
        return []
    return [
        _req(
            "procedure",
            "lower-risk BRUE: no routine blood tests, urine, chest x-ray, "
            "neuroimaging, EEG or admission; education about BRUE and CPR training "
            "resources for the family; follow-up within 24 h",
            f"older than 60 days, born at 32 weeks or later, a first event under a "
            f"minute without CPR ({BRUE_SOURCE})",
            r"lower-risk brue",
        )
    ]


# --- a child's abdominal mass: imaging and a very urgent specialist referral ---

ABDOMINAL_MASS_SOURCE: Final = (
    "NICE NG12 2015 (updated 2023) 1.11 childhood cancers: a palpable abdominal mass"
    " or an unexplained enlarged abdominal organ, very urgent referral (48 h) for"
    " neuroblastoma and Wilms' tumour; Tintinalli 9th ed. ch. 135"
)
_INTUSSUSCEPTION_SIGNS: Final = ("currant_jelly_stool", "colicky_crying")
_SAUSAGE: Final = _rx(r"sausage[- ]shaped")


def childhood_abdominal_mass(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A child's abdominal mass (not an intussusception's): ultrasound and referral.

    An abdominal mass in a child is a tumour (neuroblastoma, Wilms', hepatoblastoma),
    a hydronephrosis or a cyst until imaged: abdominal ultrasound, and specialist
    (paediatric surgery or oncology) assessment within 48 h (NICE NG12 1.11). The
    sausage-shaped mass of a colicky child is an intussusception, its own pathway.
    """
    if not _under(pop, 16):
        return []
    facts = present_facts(view, load_knowledge())  # the stage's own, when read
    if not facts.has("abdominal_mass"):
        return []
    texts = visible_texts(view)
    if any(facts.has(c) for c in _INTUSSUSCEPTION_SIGNS) or asserted(_SAUSAGE, texts):
        return []
    why = f"a child's abdominal mass: a tumour until imaged ({ABDOMINAL_MASS_SOURCE})"
    return [
        _req(
            "diagnostic",
            "abdominal ultrasound (origin of the mass: liver, kidney, adrenal), then"
            " cross-sectional imaging as advised",
            why,
            r"ultrasound|\bus\b|\bct\b|\bmri\b",
        ),
        _req(
            "consult",
            "paediatric surgery or paediatric oncology within 48 h (neuroblastoma,"
            " Wilms' tumour, hepatoblastoma)",
            why,
            r"oncolog|paediatric surg|pediatric surg",
        ),
    ]


# --- an infant's viral lower respiratory illness: oxygen and feeding (NICE NG9) ---


def bronchiolitis_feeding(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG9: an infant's respiratory illness with poor feeding: NG fluids, admit.

    NICE NG9 (2015, 2021 update) 1.3.8: admit when oral intake falls to 50-75 % of the
    usual volume (or with apnoea, persistent SpO2 below the threshold, severe
    distress); 1.4.8-1.4.10: give fluids by nasogastric or orogastric tube when the
    child cannot take enough by mouth, isotonic IV fluids only if the tube is not
    tolerated or respiratory failure is impending. AAP 2014: supportive care, no
    salbutamol, steroid, antibiotic or routine chest x-ray.
    """
    texts = visible_texts(view)
    if not infant_lrti.picture(texts, pop, view.vitals.respiratory_rate):
        return []
    if not infant_lrti.poor_feeding(texts):
        return []
    src = "NICE NG9 2015/2021 1.3.8, 1.4.8-1.4.10; AAP 2014 (Ralston SL et al.)"
    return [
        _req(
            "procedure",
            "fluids by nasogastric or orogastric tube (isotonic IV fluids if the tube "
            "is not tolerated or respiratory failure is impending); nasal suction "
            "before feeds if blocked; hospital admission",
            f"an infant's viral lower respiratory illness taking under 50-75 % of "
            f"usual feeds ({src})",
            r"nasogastric|orogastric|\bng\b|feeding support|iv fluids",
        )
    ]


# --- a febrile child under 5 graded green (NICE NG143) ---

GREEN_SOURCE: Final = "NICE NG143 fever in under 5s (2019, updated 2021) 1.3, 1.5, 1.6"


def febrile_child_green(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG143 green: a urine test and safety-netting, no routine bloods or film.

    A febrile child under 5 with every green feature documented and no amber or red
    one (``rules.ng143``; the ``ng143_green`` fact) and no apparent source has a urine
    test for a urinary tract infection (NICE NG224 2022) and is assessed for pneumonia;
    blood tests and a chest x-ray are not routine, and the child may go home with the
    carers' safety-net advice (when to come back: the amber and red features).
    """
    if not _under(pop, 5):
        return []
    facts = present_facts(view, load_knowledge())  # the stage's own, when read
    if not facts.has("ng143_green"):
        return []
    return [
        _req(
            "diagnostic",
            "urine sample (clean catch): dipstick, and culture if the dipstick or the"
            " age asks for it (UTI as the source of a fever without one)",
            f"a green febrile child: a urine test, no routine blood tests"
            f" ({GREEN_SOURCE})",
            r"urinalysis|urine (?:culture|sample|test|dipstick)",
        ),
        _req(
            "procedure",
            "safety-net advice for the carers: return with a non-blanching rash, a"
            " child harder to wake, breathing fast or grunting, not drinking, fewer wet"
            " nappies, or a fever for 5 days",
            f"green: care at home with safety-netting ({GREEN_SOURCE})",
            r"safety[- ]net",
        ),
    ]


CHILD_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (
    physical_abuse,
    abusive_head_trauma,
    airway_foreign_body,
    orbital_cellulitis,
    iron_poisoning,
    dehydration_shock,
    suspected_hus,
    dka_cerebral_oedema,
    iga_vasculitis,
    unexplained_petechiae,
    febrile_young_infant,
    febrile_child_green,
    infant_gastric_outlet,
    childhood_abdominal_mass,
    bronchiolitis_feeding,
    brue_higher_risk,
    brue_lower_risk,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
