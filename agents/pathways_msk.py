"""Musculoskeletal pathways read from their own published criteria.

Checked whatever the differential says (like ``agents.pathways_acute``):

- a febrile child who limps or will not bear weight: septic arthritis or
  osteomyelitis until the Kocher criteria say otherwise (fever > 38.5 °C,
  non-weight-bearing, ESR > 40 mm/h, WBC > 12 x10^9/L: Kocher MS et al. J Bone Joint
  Surg Am 1999;81:1662, validated in children; CRP > 2 mg/dL: Caird MS et al. J Bone
  Joint Surg Am 2006;88:1251): blood count, CRP and ESR, blood culture, ultrasound of
  the hip, orthopaedics, antibiotics after aspiration and culture (Woods CR et al.
  IDSA/PIDS 2023 acute bacterial arthritis in children); no head CT without a
  neurological sign (the limp is not a seizure);
- an adult with fever and a hot or swollen joint: septic arthritis until the joint is
  aspirated, gout or pseudogout history notwithstanding (crystals and sepsis coexist):
  aspirate for cell count, Gram stain, culture and crystals before antibiotics, blood
  cultures, then IV antibiotics and orthopaedics (Coakley G et al. BSR/BOA guideline
  for the hot swollen joint in adults. Rheumatology 2006;45:1039; Margaretten ME et al.
  JAMA 2007;297:1478);
- an occult scaphoid fracture: anatomical snuffbox or scaphoid tubercle tenderness, or
  pain on axial thumb loading, after a fall on the hand, with a normal or pending
  radiograph: immobilise and arrange MRI (NICE NG38 2016 fractures (non-complex) 1.1;
  BSSH / RCEM 2021 suspected scaphoid fracture guidance);
- an occult elbow fracture: a raised posterior fat pad without a fracture line
  (Irshad F et al. Injury 1997; Skaggs DL, Mirzayan R. J Bone Joint Surg Am 1999);
- an occult hip fracture: an older adult who fell with hip or groin pain or cannot bear
  weight and whose radiographs show no fracture: MRI (CT if MRI is not available
  within 24 h) before any discharge (NICE CG124 hip fracture 2011/2023, 1.2.1);
- an acute ankle or foot injury with any Ottawa ankle or foot rule criterion
  (malleolar, navicular or fifth-metatarsal-base bone tenderness, or unable to bear
  weight for four steps; a limp is bearing weight): ankle or foot radiographs before
  any label (Stiell IG et al. JAMA 1993;269:1127);
- an acute knee injury with any Ottawa knee rule criterion (age 55 or older, isolated
  patellar tenderness, fibular head tenderness, cannot flex to 90 degrees, cannot bear
  weight for 4 steps): knee radiographs (Stiell IG et al. JAMA 1996;275:611,
  sensitivity ~99 % for fracture, Bachmann LM et al. Ann Intern Med 2004;140:121);
- a toddler (under 5, afebrile) who limps or will not bear weight after a minor
  twist or fall, or with bony tenderness of the leg: radiographs of the leg (the whole
  tibia and fibula when the child cannot point to the pain); a normal film does not
  exclude a toddler's fracture (RCH Melbourne clinical practice guideline, the
  limping child; Halsey MF et al. J Pediatr Orthop 2001;21:152; Ottawa rules are not
  validated under 5, Dowling S et al. Acad Emerg Med 2009;16:277);
- a blow to the face with a sign of a facial fracture (cheek or upper-lip numbness
  of the infraorbital nerve, double vision or restricted eye movement, a step in the
  orbital rim, a flattened cheekbone, malocclusion, trismus): CT of the facial bones,
  and the eye examined for entrapment (ACR Appropriateness Criteria Facial Trauma 2022;
  Tintinalli's Emergency Medicine 9th ed., face and jaw injuries).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents._text import any_kept, injury_now, searched, visible_texts
from agents.crp import crp_mg_dl, matches_in
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.injury_words import STAB
from agents.offline.rules.joint_signs import HOT_JOINT
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import required as _req
from agents.pathways_acute import FEVER, AcuteRequired, asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "MSK_PATHWAYS",
    "crushed",
    "febrile_hot_joint",
    "febrile_limp",
    "kocher_count",
    "neurological_signs",
]

_rx = word_start

# --- the febrile child who limps (Kocher 1999; Caird 2006) ---

CHILD_YEARS: Final = 18
"""Kocher and Caird studied children and adolescents (under 18)."""
KOCHER_TEMP_C: Final = 38.5
KOCHER_ESR: Final = 40.0
KOCHER_WBC: Final = 12.0
CAIRD_CRP_MG_DL: Final = 2.0
URGENT_PREDICTORS: Final = 2
"""Two Kocher predictors: ~40 % septic arthritis; three ~93 % (Kocher 1999)."""

_LIMB: Final = _rx(
    r"limp\w*|refus\w* to (?:walk|bear weight|weight[- ]bear|stand|crawl|"
    r"move (?:the|his|her) (?:leg|arm))|won'?t (?:walk|bear weight|stand)|"
    r"will not (?:walk|bear weight|stand)|"
    r"(?:unable|cannot|can't|not able) to (?:walk|bear weight|weight[- ]bear)|"
    r"non[- ]?weight[- ]bearing|not (?:weight[- ]bearing|walking|bearing weight)|"
    r"pseudo-?paralysis|(?:hip|knee|ankle|joint) (?:pain|swelling)|"
    r"(?:painful|swollen|hot) (?:(?:left|right) )?(?:hip|knee|ankle|joint)|"
    r"(?:will not|won'?t|cannot|can'?t|unable to|refus\w* to) put (?:any )?weight|"
    r"pain on (?:passive )?(?:movement|motion|rotation)|held (?:flexed|in flexion)|"
    r"(?:holds|holding) (?:the |his |her )?(?:right |left )?(?:hip|leg|knee) flexed"
)
_LEG_ACHE: Final = _rx(
    r"(?:leg|thigh|limb) (?:pain|swelling)|(?:legs|limbs) (?:hurt|ache)"
)
"""Pain in a whole leg: a limb complaint, unless a purpuric rash explains it."""
_PURPURA: Final = _rx(r"purpur\w*|non-?blanching|petechia\w*")
"""Leg pain, cold hands and feet with a non-blanching rash are early signs of
meningococcal septicaemia (Thompson MJ et al. Lancet 2006;367:397; NICE NG240 2024),
not of a septic joint: antibiotics are not deferred to a joint aspiration."""
_NON_WEIGHT: Final = _rx(
    r"refus\w* to (?:walk|bear weight|weight[- ]bear|stand)|won'?t (?:walk|bear weight|"
    r"stand)|will not (?:walk|bear weight|stand)|(?:unable|cannot|can't|not able) to "
    r"(?:walk|bear weight|weight[- ]bear)|non[- ]?weight[- ]bearing|"
    r"not (?:weight[- ]bearing|walking|bearing weight)|"
    r"(?:will not|won'?t|cannot|can'?t|unable to|refus\w* to) put (?:any )?weight"
)
_NEURO: Final = _rx(
    r"seizur\w*|convuls\w*|focal (?:neuro\w* )?(?:deficit|signs?)|hemipar\w*|"
    r"weakness of (?:the )?(?:arm|leg|face)|facial droop|(?:reduced|decreased|altered) "
    r"(?:consciousness|level of consciousness|gcs)|unresponsive|obtunded|lethargic|"
    r"head (?:injury|trauma)|bulging fontanelle|papill?o?edema|ataxi\w*"
)
"""Neurological signs that would justify brain imaging in a febrile limping child."""
_TEMP_VALUE: Final = re.compile(
    r"(?i)\b(?:temp(?:erature)?|t)\W{0,4}(3[5-9](?:\.\d)?|4[0-2](?:\.\d)?)\s*°?\s*c?\b"
)
_ESR: Final = re.compile(
    r"(?i)\besr\W{0,4}(?:of |was |is )?(\d{1,3})(?:\s*mm(?:/h(?:r|our)?)?)?"
)
_WBC: Final = re.compile(
    r"(?i)\b(?:wbc|white (?:blood )?(?:cell )?count|leukocytes)\W{0,4}(?:of |was |is )?"
    r"(\d{1,2}(?:\.\d+)?)"
)


def febrile_limp(view: StageView, pop: Population) -> bool:
    """A child with fever who limps, will not bear weight or has a painful joint."""
    if pop.age_within(0, years(CHILD_YEARS) - 1) is not True:
        return False
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    fever = (t is not None and t >= 38.0) or asserted(FEVER, texts)
    limb = asserted(_LIMB, texts) or (
        asserted(_LEG_ACHE, texts) and not asserted(_PURPURA, texts)
    )
    return fever and limb


def kocher_count(view: StageView) -> tuple[int, int]:
    """Return (predictors present, predictors measured) of Kocher's and Caird's.

    Fever > 38.5 °C, non-weight-bearing, ESR > 40, WBC > 12, CRP > 2 mg/dL.
    """
    texts = visible_texts(view)
    temps = [float(m.group(1)) for m in matches_in(_TEMP_VALUE, texts)]
    if view.vitals.temperature_c is not None:
        temps.append(view.vitals.temperature_c)
    esr = [float(m.group(1)) for m in matches_in(_ESR, texts)]
    wbc = [float(m.group(1)) for m in matches_in(_WBC, texts)]
    crp = crp_mg_dl(texts)
    known = [
        (bool(temps), any(v > KOCHER_TEMP_C for v in temps)),
        (True, asserted(_NON_WEIGHT, texts)),
        (bool(esr), any(v > KOCHER_ESR for v in esr)),
        (bool(wbc), any(v > KOCHER_WBC for v in wbc)),
        (bool(crp), any(v > CAIRD_CRP_MG_DL for v in crp)),
    ]
    return sum(hit for _, hit in known), sum(measured for measured, _ in known)


def neurological_signs(view: StageView) -> bool:
    """Whether a neurological sign is documented (a reason for brain imaging)."""
    return asserted(_NEURO, visible_texts(view))


def septic_joint_child(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Kocher 1999 / Caird 2006; IDSA/PIDS 2023: the febrile limping child."""
    if not febrile_limp(view, pop):
        return []
    present, measured = kocher_count(view)
    src = (
        f"Kocher/Caird predictors {present} of {measured} measured (fever > 38.5 °C, "
        "non-weight-bearing, ESR > 40, WBC > 12, CRP > 2 mg/dL; Kocher 1999, Caird "
        "2006); IDSA/PIDS 2023 paediatric bacterial arthritis"
    )
    urgency = "emergently" if present >= URGENT_PREDICTORS else "urgently"
    return [
        _req(
            "diagnostic",
            "CBC with differential, CRP and ESR",
            f"septic arthritis or osteomyelitis in a febrile limping child ({src})",
            r"\bcrp\b|c-reactive",
        ),
        _req(
            "diagnostic",
            "blood culture before antibiotics",
            f"the organism in 40 % of septic joints ({src})",
            r"blood cultures?",
        ),
        _req(
            "diagnostic",
            "ultrasound of the hip (or the painful joint) for an effusion; "
            "radiograph of the limb",
            f"an effusion guides aspiration (ACR Appropriateness Criteria limping "
            f"child 2018; {src})",
            r"ultrasound[^;]{0,30}(?:hip|joint)|hip ultrasound",
        ),
        _req(
            "consult",
            f"orthopaedics {urgency}: ultrasound-guided joint aspiration (Gram stain, "
            "culture, cell count), washout if septic",
            src,
            r"orthop\w*\s+(?:emergent|urgent|consult|review|now|same)\w*|^orthop\w*$",
        ),
        _req(
            "medication",
            "IV anti-staphylococcal antibiotic (weight-based, e.g. cefazolin; "
            "clindamycin or vancomycin where MRSA is common) after joint aspiration "
            "and blood culture; at once if septic or unstable",
            src,
            r"cefazolin|clindamycin|vancomycin|ceftriaxone|cefuroxime|flucloxacillin|"
            r"(?:iv|intravenous|empiric\w*|broad-spectrum) (?:\w+ )?antibiotic",
        ),
    ]


# --- the adult hot swollen joint (BSR/BOA 2006) ---


def febrile_hot_joint(view: StageView, pop: Population) -> bool:
    """An adult with fever and a hot or swollen joint (the child: ``febrile_limp``)."""
    if pop.age_within(years(CHILD_YEARS), None) is not True:
        return False
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    fever = (t is not None and t >= 38.0) or asserted(FEVER, texts)
    return fever and asserted(HOT_JOINT, texts)


def septic_joint_adult(view: StageView, pop: Population) -> list[AcuteRequired]:
    """BSR/BOA 2006: a febrile adult's hot swollen joint is septic until aspirated."""
    if not febrile_hot_joint(view, pop):
        return []
    src = (
        "fever with a hot swollen joint: septic arthritis until aspirated, whatever "
        "the gout history (Coakley G et al. BSR/BOA hot swollen joint in adults, "
        "Rheumatology 2006;45:1039)"
    )
    return [
        _req(
            "diagnostic",
            "joint aspiration before antibiotics: synovial white cell count, Gram "
            "stain, culture and crystal microscopy",
            src,
            r"(?:joint )?aspirat\w*|arthrocentes\w*",
        ),
        _req(
            "diagnostic",
            "blood cultures before antibiotics; CBC, CRP, creatinine",
            f"bacteraemia in about a third of septic joints ({src})",
            r"blood cultures?",
        ),
        _req(
            "medication",
            "IV antibiotic after aspiration and blood cultures (flucloxacillin or "
            "cefazolin; vancomycin where MRSA is likely or with penicillin "
            "anaphylaxis), not delayed beyond the aspiration",
            src,
            r"cefazolin|clindamycin|vancomycin|ceftriaxone|cefuroxime|flucloxacillin|"
            r"(?:iv|intravenous|empiric\w*|broad-spectrum) (?:\w+ )?antibiotic",
        ),
        _req(
            "consult",
            "orthopaedics: washout if the aspirate is purulent or Gram-positive",
            src,
            r"orthop\w*",
        ),
    ]


# --- occult fractures (NICE NG38; BSSH/RCEM; NICE CG124) ---

_SCAPHOID_SIGN: Final = _rx(
    r"(?:anatomical )?snuff ?box (?:tender\w*|pain)|tender\w* (?:\w+ ){0,3}"
    r"(?:anatomical )?snuff ?box|scaphoid (?:tubercle )?tender\w*|"
    r"tender\w* (?:\w+ ){0,3}scaphoid|"
    r"(?:pain on |painful )(?:axial )?(?:loading|compression) of the thumb|"
    r"(?:thumb|telescoping) (?:axial )?(?:loading|compression) (?:is )?painful|"
    r"scaphoid (?:fracture )?(?:suspected|not excluded)|suspected scaphoid"
)
_FRACTURE_SHOWN: Final = _rx(r"fractur\w*|broken")
_FILM_NORMAL: Final = _rx(
    r"(?:x-?rays?|radiographs?|films?|views)\W{1,4}(?:\w+\W+){0,6}?(?:no|without) "
    r"(?:\w+ )?(?:fracture|bony injury)|(?:x-?rays?|radiographs?|films?)\W{1,4}"
    r"(?:are |were |is |was )?(?:normal|negative|unremarkable)|(?:normal|negative|"
    r"unremarkable) (?:\w+ )?(?:x-?rays?|radiographs?|films?)|no fracture (?:is )?seen"
)
_HIP: Final = _rx(
    r"(?:hip|groin)\w* (?:pain|tender\w*)|pain (?:in|at|over) "
    r"(?:the |his |her |their )?(?:\w+ )?(?:hip|groin)|"
    r"tender\w* (?:over )?(?:the )?(?:\w+ )?(?:hip|greater trochanter)|"
    # injury39: a sore or painful hip in lay words ("complains of a sore right hip")
    # readers47: the plural ("no head injury, sore hips")
    r"(?:sore|painful|aching) (?:\w+ )?hips?|hips? (?:is |was |are |were |feels? )?"
    r"(?:sore|painful)|"
    r"hip hurts|"
    r"pain on (?:log[- ]?roll\w*|hip rotation|rotation of the hip)|"
    r"(?:unable|cannot|can't|not able) to (?:bear weight|weight[- ]bear|walk|stand)|"
    r"non[- ]?weight[- ]bearing"
)
_FALL: Final = _rx(r"fall\w*|fell|slipp\w*|tripp\w*|found on the floor|found down")
OLDER_ADULT_YEARS: Final = 65
"""NICE CG124 applies to adults; an occult fracture after a low-energy fall is a
disease of older adults (Cannon J et al. J Bone Joint Surg Br 2009: 2-10 %)."""


def occult_scaphoid(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE NG38 / BSSH-RCEM: suspected scaphoid fracture, film normal or pending."""
    if pop.age_within(years(10), None) is False:
        return []  # the scaphoid ossifies late: under 10 other injuries lead
    texts = visible_texts(view)
    if not asserted(_SCAPHOID_SIGN, texts):
        return []
    src = "NICE NG38 2016 fractures (non-complex); BSSH/RCEM 2021 suspected scaphoid"
    films = asserted(_FRACTURE_SHOWN, texts) and not asserted(_FILM_NORMAL, texts)
    if films:
        return []  # a fracture seen on the film is treated as a fracture
    return [
        _req(
            "procedure",
            "immobilise in a removable wrist splint or below-elbow cast (thumb spica) "
            "until the scaphoid is imaged",
            f"a suspected scaphoid fracture is immobilised whatever the first "
            f"radiograph shows: 20 % are occult ({src})",
            r"immobili\w*|splint|thumb spica|cast\b",
        ),
        _req(
            "diagnostic",
            "MRI of the wrist (first-line for a suspected scaphoid fracture with "
            "normal radiographs; CT or repeat radiographs at 10-14 days if MRI is not "
            "available)",
            src,
            r"\bmri\b|repeat (?:x-?ray|radiograph)",
        ),
        _req(
            "consult",
            "fracture clinic or hand surgery follow-up within 1-2 weeks",
            f"a missed scaphoid fracture risks non-union and avascular necrosis "
            f"({src})",
            r"fracture clinic|hand surg\w*",
        ),
    ]


def suspected_hip_fracture(texts: Sequence[str], pop: Population) -> bool:
    """Hip or groin pain, or no weight borne, after a fall at 65 or over.

    NICE CG124 1.2.1: a hip fracture until the films exclude it.
    """
    if pop.age_within(years(OLDER_ADULT_YEARS), None) is not True:
        return False
    return asserted(_FALL, texts) and asserted(_HIP, texts)


def occult_hip(view: StageView, pop: Population) -> list[AcuteRequired]:
    """NICE CG124 1.2.1: suspected hip fracture: films, then MRI or CT if normal."""
    texts = visible_texts(view)
    if not suspected_hip_fracture(texts, pop):
        return []
    src = "NICE CG124 hip fracture (2011, updated 2023) 1.2.1"
    if not asserted(_FILM_NORMAL, texts):
        return [
            _req(
                "diagnostic",
                "AP pelvis and lateral hip radiographs before any discharge",
                f"hip or groin pain or inability to bear weight after a fall at 65 or "
                f"over: a hip fracture until the films exclude it, whatever leads; an "
                f"anticoagulant makes a fracture or bleed more consequential ({src}; "
                f"NICE NG232)",
                r"(?:hip|pelvi\w*)[^;]{0,30}(?:x-?rays?|radiographs?|films?)|"
                r"(?:x-?rays?|radiographs?|films?)[^;]{0,30}(?:hip|pelvi\w*)",
            ),
        ]
    return [
        _req(
            "diagnostic",
            "MRI of the hip before any discharge (CT if MRI is not available within "
            "24 h)",
            f"hip or groin pain or inability to bear weight after a fall with normal "
            f"radiographs: an occult hip fracture until MRI excludes it ({src})",
            r"\bmri\b[^;]{0,20}hip|hip[^;]{0,20}\bmri\b",
        ),
    ]


# --- the injured wrist (NICE NG38 2016; Amsterdam wrist rules) ---

_WRIST_SITE: Final = r"(?:wrists?|distal (?:radius|ulna|forearm)|snuff ?box|scaphoid)"
_WRIST_SIGN: Final = _rx(
    rf"(?:swollen|swelling|tender\w*|deform\w*|bruis\w*|pain(?!less)\w*|sore|"
    rf"angulat\w*) (?:\w+ ){{0,4}}?{_WRIST_SITE}\b|"
    rf"{_WRIST_SITE} (?:\w+ ){{0,3}}?(?:swollen|swelling|tender\w*|deform\w*|"
    r"bruis\w*|pain(?!less)\w*|hurts|sore)"
)
"""A swollen, tender, painful or deformed wrist or distal forearm."""
_WRIST_INJURY: Final = _rx(
    r"fell|falls?\b|falling|fallen|landed|tripped|slipped|foosh|outstretched (?:hand|"
    r"arm)|came off|knocked (?:off|over)|crash\w*|collid\w*|injur\w*|trauma\w*|"
    r"twist\w*|bent back|hyperextend\w*|struck|hit by|punch\w*"
)
_WRIST_FILM: Final = _rx(
    r"(?:x-?rays?|radiographs?|films?|scaphoid views|ct)\b(?:\W+\w+){0,6}?\W+"
    r"(?:wrist|radius|ulna|scaphoid|forearm)|(?:wrist|radius|ulna|scaphoid|forearm) "
    r"(?:\w+ ){0,2}(?:x-?rays?|radiographs?|films?)"
)
WRIST_FILM_MIN_YEARS: Final = 3
"""The Amsterdam paediatric wrist rules were derived and validated from 3 years
(Slaar A et al. Radiology 2016;280:518); younger children are ``toddler_limp_films``'
age, whose falls are judged on their own."""
WRIST_FILM_SOURCE: Final = (
    "NICE NG38 2016 fractures (non-complex): imaging of a suspected fracture; "
    "Walenkamp MMJ et al. Amsterdam wrist rules, Eur Radiol 2015;25:2497 (adults); "
    "Slaar A et al. Radiology 2016;280:518 (children 3-18: swelling or tenderness of "
    "the distal radius after a fall predicts a fracture)"
)


def injured_wrist_films(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A swollen, tender or deformed wrist after a fall or blow: wrist radiographs.

    A fall onto the hand with swelling, tenderness or deformity of the wrist or distal
    forearm is a distal radius, ulna or scaphoid fracture until the film says
    otherwise (about half of children in Slaar 2016): PA and lateral wrist films,
    analgesia and a splint until read. An injury is the wrist's cause, so a septic
    joint's aspiration is not its work-up (EULAR / BSR 2006: a hot swollen joint
    without trauma). A film already reported is read, not re-ordered.
    """
    if pop.age_within(years(WRIST_FILM_MIN_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_WRIST_SIGN, texts) or not injury_now(_WRIST_INJURY, texts):
        return []
    if asserted(_WRIST_FILM, texts):
        return []
    return [
        _req(
            "diagnostic",
            "wrist radiographs (PA and lateral; scaphoid views if the snuffbox is "
            "tender)",
            f"a swollen, tender or deformed wrist after a fall or blow: a distal "
            f"radius, ulna or scaphoid fracture until the film is read "
            f"({WRIST_FILM_SOURCE})",
            r"wrist (?:x-?ray|radiograph|film)|(?:x-?ray|radiograph)\w* (?:of )?"
            r"(?:the )?(?:\w+ )?wrist",
        ),
        _req(
            "procedure",
            "wrist splint and analgesia until the film is read",
            f"comfort and protection of a possible fracture ({WRIST_FILM_SOURCE})",
            r"splint|cast\b|backslab|immobili\w*",
        ),
    ]


_FAT_PAD: Final = _rx(
    r"(?:raised|elevated|displaced|lifted|visible) (?:anterior and |anterior or )?"
    r"posterior fat pads?|(?:raised|elevated|displaced|lifted|positive) "
    r"(?:anterior and posterior |anterior )?fat pads?|fat pad sign|sail sign|"
    r"elbow (?:joint )?effusion"
)
_ELBOW_INJURY: Final = _rx(
    r"elbow\w*|radial head|fell (?:on|onto) (?:an |her |his |the )?outstretched|foosh"
)


def occult_elbow(view: StageView, pop: Population) -> list[AcuteRequired]:
    """A fat pad sign after an elbow injury without a fracture line: occult fracture.

    A raised posterior fat pad means an occult radial head or neck fracture in an
    adult (Irshad F et al. Injury 1997;28:433) and an occult fracture, mostly
    supracondylar, in 76 % of children (Skaggs DL, Mirzayan R. J Bone Joint Surg Am
    1999;81:1429): immobilised and followed up as a fracture.
    """
    texts = visible_texts(view)
    if not (asserted(_ELBOW_INJURY, texts) and asserted(_FAT_PAD, texts)):
        return []
    if asserted(_FRACTURE_SHOWN, texts) and not asserted(_FILM_NORMAL, texts):
        return []
    src = "Irshad 1997 (adults); Skaggs & Mirzayan 1999 (children)"
    child = pop.age_within(0, years(16) - 1) is True
    splint = (
        "above-elbow backslab or collar and cuff, neurovascular check (treat as an "
        "occult supracondylar fracture)"
        if child
        else "broad arm sling with early movement as pain allows (treat as an occult "
        "radial head fracture)"
    )
    return [
        _req(
            "procedure",
            splint,
            f"a fat pad sign without a visible fracture line is an occult fracture "
            f"({src})",
            r"sling|backslab|collar and cuff|immobili\w*|splint|cast\b",
        ),
        _req(
            "consult",
            "fracture clinic follow-up within 1-2 weeks (repeat radiograph if pain "
            "persists)",
            src,
            r"fracture clinic",
        ),
    ]


# --- the Ottawa knee rule (Stiell 1995, 1996; Bulloch 1999 children >= 2 y) ---

_KNEE_INJURY: Final = _rx(
    r"(?:fell|fall\w*|landed|land\w*|struck|hit|kick\w*|tackl\w*|twist\w*|bang\w*|"
    r"knock\w*|collid\w*|injur\w*)\W+(?:\w+\W+){0,6}?(?:on|onto|to|in|of)?\W*"
    r"(?:(?:his|her|the|a|their|right|left|both)\W+){0,2}knees?\b|"
    r"knees?\W+(?:\w+\W+){0,3}?(?:injur\w*|trauma|twist\w*|struck|hit|sprain\w*)"
)
"""An acute knee injury: a blow, fall or twist to the knee (the rule's population)."""
_OTTAWA_KNEE_SIGN: Final = _rx(
    r"(?:isolated )?(?:tender\w*|pain) (?:\w+ ){0,3}(?:patella|patellar|kneecap)\b|"
    r"(?:patellar?|kneecap) (?:bone )?tender\w*|"
    r"(?:tender\w*|pain) (?:\w+ ){0,3}(?:head of the fibula|fibular head)|"
    r"fibular head (?:bone )?tender\w*|"
    r"(?:unable|cannot|can'?t|not able) to (?:flex|bend) (?:\w+ ){0,3}(?:to |beyond |"
    r"past )?90|flex\w* (?:\w+ ){0,3}(?:less than|under|<) ?90|"
    r"(?:unable|cannot|can'?t|not able) to (?:bear weight|weight[- ]bear|walk|take "
    r"(?:4|four) steps)|non[- ]?weight[- ]bearing"
)
"""The Ottawa knee criteria other than age, as notes word them."""
OTTAWA_KNEE_AGE: Final = 55
OTTAWA_KNEE_MIN_YEARS: Final = 2
"""Stiell 1995 (adults); Bulloch K et al. Ann Emerg Med 1999;33:437 (children >= 2)."""
_KNEE_FILM: Final = _rx(
    r"knee (?:x-?rays?|radiographs?|films?)|(?:x-?rays?|radiographs?|films?) of the "
    r"(?:\w+ )?knee"
)


def ottawa_knee_films(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Ottawa knee rule: an acute knee injury with any criterion needs radiographs.

    The rule's criteria (Stiell IG et al. Ann Emerg Med 1995;26:405; validated JAMA
    1996;275:611): age 55 or older, isolated patellar tenderness, fibular head
    tenderness, inability to flex to 90 degrees, inability to bear weight for four
    steps. None present: no film (the rule's point); a film already reported is
    read, not re-ordered.
    """
    if pop.age_within(years(OTTAWA_KNEE_MIN_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_KNEE_INJURY, texts) or asserted(_KNEE_FILM, texts):
        return []
    older = pop.age_within(years(OTTAWA_KNEE_AGE), None) is True
    if not (older or asserted(_OTTAWA_KNEE_SIGN, texts)):
        return []
    src = "Ottawa knee rule: Stiell IG et al. Ann Emerg Med 1995;26:405; JAMA 1996"
    return [
        _req(
            "diagnostic",
            "knee radiographs (AP and lateral)",
            f"an acute knee injury with an Ottawa knee criterion (age >= 55, isolated "
            f"patellar or fibular head tenderness, cannot flex to 90 or bear weight): "
            f"fracture not excluded ({src})",
            r"knee (?:x-?ray|radiograph|film)|"
            r"(?:x-?ray|radiograph)\w* (?:of )?(?:the )?(?:\w+ )?knee",
        ),
    ]


# --- the Ottawa ankle and foot rules (Stiell 1992, 1993; Dowling 2009 >= 5 y) ---

OTTAWA_ANKLE_MIN_YEARS: Final = 5
"""Validated from 5 years (Dowling S et al. Acad Emerg Med 2009;16:277); younger
children are ``toddler_limp_films``'s."""
_ANKLE_FOOT_CUE: Final = re.compile(r"(?i)ankle|foot|feet|malleol|metatars|navicul")
"""Cheap words first: no ankle or foot named, no rule to read."""
_ANKLE_FOOT_INJURY: Final = _rx(
    r"(?:twist\w*|rolled|roll\w*|turn\w*|inver\w*|ever\w*|sprain\w*|injur\w*|fell|"
    r"fall\w*|landed|struck|hit|kick\w*|stubb\w*|went over) (?:\w+ ){0,4}?"
    r"(?:ankle|foot)s?\b|(?:ankle|foot) (?:\w+ ){0,2}(?:injur\w*|trauma|twist\w*|"
    r"sprain\w*|inversion)"
)
"""An acute ankle or foot injury (the rules' population: a blunt injury of the ankle
or midfoot)."""
_ANKLE_FOOT_FILM: Final = _rx(
    r"(?:ankle|foot) (?:x-?rays?|radiographs?|films?)|(?:x-?rays?|radiographs?|"
    r"films?) (?:\w+ ){0,3}(?:ankle|foot)"
)
OTTAWA_ANKLE_SOURCE: Final = (
    "Ottawa ankle and foot rules: Stiell IG et al. Ann Emerg Med 1992;21:384; JAMA "
    "1993;269:1127 (a limp counts as bearing weight); Bachmann LM et al. BMJ "
    "2003;326:417 (sensitivity ~98 %)"
)


def ottawa_ankle_films(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Ottawa ankle and foot rules: any criterion met, radiographs before a label.

    Ankle series for bone tenderness at the posterior edge or tip of either
    malleolus, foot series for tenderness at the base of the fifth metatarsal or the
    navicular, and for either when the patient could not bear weight both
    immediately and in the department (four steps; a limp counts as bearing weight).
    None met: no film (the rule's point, ``ankle_sprain``'s rule-in). A film already
    reported is read, not re-ordered; an unreliable examination is
    ``ottawa_not_applicable``'s.
    """
    texts = visible_texts(view)
    if not searched(_ANKLE_FOOT_CUE, texts):
        return []
    if pop.age_within(years(OTTAWA_ANKLE_MIN_YEARS), None) is not True:
        return []
    if not injury_now(_ANKLE_FOOT_INJURY, texts) or asserted(_ANKLE_FOOT_FILM, texts):
        return []
    facts = present_facts(view, load_knowledge())
    malleolar = facts.has("malleolar_tenderness")
    midfoot = facts.has("midfoot_tenderness")
    no_weight = facts.has("unable_to_bear_weight")
    if not (malleolar or midfoot or no_weight):
        return []
    orders: list[AcuteRequired] = []
    if malleolar or no_weight:
        orders.append(
            _req(
                "diagnostic",
                "ankle radiographs (AP, mortise and lateral): Ottawa ankle rule "
                "positive",
                "malleolar bone tenderness or unable to bear weight for four steps: "
                f"an ankle fracture is not excluded ({OTTAWA_ANKLE_SOURCE})",
                r"ankle (?:x-?ray|radiograph|film)",
            )
        )
    if midfoot:
        orders.append(
            _req(
                "diagnostic",
                "foot radiographs (AP, oblique and lateral): Ottawa foot rule positive",
                "bone tenderness at the base of the fifth metatarsal or the navicular: "
                f"a midfoot fracture is not excluded ({OTTAWA_ANKLE_SOURCE})",
                r"foot (?:x-?ray|radiograph|film)",
            )
        )
    return orders


# --- the knee dislocation (Medina 2014; Mills 2004) ---

_KNEE_DISLOCATION: Final = _rx(
    r"knees? (?:joint )?(?:fracture[- ])?dislocat\w*|dislocat\w* (?:of )?(?:his |her |"
    r"their |the |a )?(?:(?:right|left) )?knee(?! ?cap)\b|knee (?:was |is |had )?"
    r"(?:been )?dislocated|tibio-?femoral dislocat\w*|"
    r"multi-?ligament\w* knee injur\w*"
)
"""A tibiofemoral (knee) dislocation, reduced or not (a patellar one is not)."""
_GLOBAL_INSTABILITY: Final = _rx(
    r"unstable in (?:all|every|multiple|several|three|3) (?:directions|planes)|"
    r"(?:gross|global|multi-?directional) (?:ligamentous )?(?:instability|laxity)|"
    r"grossly unstable"
)
"""trauma55: a knee unstable in every direction after an injury has torn several
ligaments: a multiligament injury is a knee dislocation that reduced itself until the
popliteal artery is cleared (Medina 2014; ACS ATLS 10th ed. ch. 8)."""
_KNEE: Final = _rx(r"knees?\b")
_LIMB_PULSE_DEFICIT: Final = _rx(
    r"(?:pulses?|dorsalis pedis|posterior tibial|\bdp\b|\bpt\b)\W+(?:\w+\W+){0,4}?"
    r"(?:weak\w*|diminished|reduced|decreased|absent|impalpable|not palpable|"
    r"asymmetr\w*|faint|thready)|(?:weak\w*|diminished|reduced|decreased|absent|"
    r"impalpable|faint|thready|no) (?:\w+ ){0,2}(?:foot |pedal |distal |popliteal |"
    r"dorsalis pedis |posterior tibial )pulses?|cold (?:pale |white )?foot|"
    r"(?:pale|white|mottled) (?:cold )?foot|expanding (?:popliteal )?ha?ematoma"
)
"""A pulse deficit or a hard sign of arterial injury below the knee (EAST: Fox N et
al. J Trauma Acute Care Surg 2012;73:S315, hard signs go to theatre or angiography)."""
KNEE_DISLOCATION_SOURCE: Final = (
    "Medina O et al. Clin Orthop Relat Res 2014;472:2621 (popliteal artery injury in "
    "18 %, nerve injury in 25 % of knee dislocations); Mills WJ et al. J Trauma "
    "2004;56:1261 (ABI < 0.9); Fox N et al. EAST 2012 lower-extremity arterial injury"
)


def knee_dislocation(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A knee dislocation, even reduced: the popliteal artery until ABI or CTA clear it.

    A spontaneously reduced dislocation looks like a sprain; the Ottawa knee rule is
    about fractures and was not derived in it (Stiell 1995: multiple injuries and
    obvious deformity excluded). Every one has an ankle-brachial index and serial
    pulse checks; an ABI < 0.9 or a pulse deficit, CT angiography and the vascular
    surgeon; the knee is reduced, splinted and observed in hospital.
    """
    texts = visible_texts(view)
    multiligament = injury_now(_GLOBAL_INSTABILITY, texts) and asserted(_KNEE, texts)
    if not (injury_now(_KNEE_DISLOCATION, texts) or multiligament):
        return []
    src = KNEE_DISLOCATION_SOURCE
    orders = [
        _req(
            "diagnostic",
            "ankle-brachial index of both legs now and serial pulse and "
            "neurovascular checks every 1-2 h; CT angiography if the ABI is < 0.9 or "
            "the pulses are unequal",
            f"a knee dislocation, even reduced, can injure the popliteal artery "
            f"with a palpable pulse ({src})",
            r"ankle[- ]brachial|\babi\b",
        ),
        _req(
            "consult",
            "orthopaedics emergently: reduction if still dislocated, splint in 15-20 "
            "degrees of flexion, films after reduction; admission for serial "
            "neurovascular checks for 24 h (peroneal nerve: foot drop)",
            f"knee dislocation ({src})",
            r"orthop\w*[^;]{0,60}(?:reduc\w*|dislocat\w*)",
        ),
    ]
    if asserted(_LIMB_PULSE_DEFICIT, texts):
        orders.append(
            _req(
                "consult",
                "vascular surgery emergently and CT angiography of the leg now "
                "(theatre without imaging if the limb is ischaemic)",
                f"a pulse deficit after a knee dislocation is a popliteal artery "
                f"injury until imaged; ischaemia over 6-8 h costs the limb ({src})",
                r"vascular surg\w*",
            )
        )
    return orders


# --- a limb threatened by its own injury (BOAST ankle 2016; ATLS 10th ed. ch. 8) ---

_INJURED_BONE_OR_JOINT: Final = _rx(
    r"dislocat\w*|fracture[- ]dislocat\w*|fractur\w*|broken (?:\w+ )?(?:leg|arm|ankle|"
    r"wrist|elbow|knee|hip|femur|tibia|humerus)|deform\w*|angulat\w*|out of joint|"
    r"s-shaped"
)
"""A fracture, a dislocation or a deformed limb worded for this injury."""
_SKIN_AT_RISK: Final = _rx(
    r"skin(?: \w+){0,5}\W+(?:is |was |looks |now )?(?:(?:white|pale|shiny) (?:and )?)?"
    r"(?:tented|tenting|blanched|blanching|tight and white|white and tight)|"
    r"(?:tented|tenting of|blanched) (?:the )?skin|skin tenting"
)
"""Skin tented or blanched over a displaced fracture or dislocation: pressure necrosis
within hours unless the joint is reduced (BOAST 'Management of ankle fractures'
2016). trauma53: its colour before the verb ("skin over the inner ankle white and
tented")."""
_OWN_PROTOCOL: Final = _rx(r"supracondylar")
"""A child's supracondylar fracture is reduced in theatre by its own protocol (BOAST 11
2020: the pulseless hand is explored or reduced there, not manipulated in the ED)."""
_ABI: Final = re.compile(
    r"(?i)\b(?:(?:ankle|arterial)[- ](?:brachial|pressure)(?: pressure)? index"
    r"|\babi\b|\bapi\b)\W{0,4}(?:of |was |is |=|:)?\s*([01]\.\d{1,2})\b"
)
"""An ankle-brachial or arterial pressure index with its value ("ABI 0.8")."""
_LIMB_TRAUMA: Final = _rx(
    rf"lacerat\w*|{STAB}|gunshot|shot|wound\w*|injur\w*|dislocat\w*|fractur\w*|"
    r"crush\w*|trauma\w*"
)
"""An injury of this visit beside an arterial index (penetrating or blunt)."""
ARTERIAL_INDEX_CUTOFF: Final = 0.9
"""An ABI or API below 0.9 after limb trauma: arterial injury, sensitivity ~95 %,
specificity ~97 % (Mills WJ et al. J Trauma 2004;56:1261; Fox N et al. EAST 2012)."""
THREATENED_LIMB_SOURCE: Final = (
    "BOA BOAST 'Management of ankle fractures' 2016 (a dislocated or grossly deformed "
    "ankle is reduced and splinted at once, before radiographs if the skin or the foot "
    "is threatened; neurovascular status re-checked after); ATLS 10th ed. ch. 8 "
    "(realign a deformed limb with lost pulses, re-check, vascular surgery if they do "
    "not return); Fox N et al. EAST 2012 lower-extremity arterial injury (J Trauma "
    "Acute Care Surg 2012;73:S315: hard signs to theatre, ABI < 0.9 CT angiography)"
)


_PENETRATING_LIMB: Final = _rx(
    rf"(?:gunshot|gsw|(?:was|been|got) shot|{STAB}|stab wounds?|knife "
    r"wounds?|knifed|impaled) (?:\w+ ){0,6}?(?:thighs?|groin|legs?|calf|calves|knee|"
    r"popliteal|upper arm|arm|axilla|elbow|antecubital)|(?:thigh|groin|leg|calf|"
    r"upper arm|arm|axillary) (?:gunshot|stab|knife) wounds?"
)
"""A gunshot or stab wound of a limb near its major arteries (thigh, groin, knee, calf,
upper arm, axilla, elbow): the forearm, hand and foot are the wound's own pathways."""
PENETRATING_LIMB_SOURCE: Final = (
    "Fox N et al. EAST practice management guideline: evaluation and management of "
    "penetrating lower extremity arterial trauma, J Trauma Acute Care Surg "
    "2012;73:S315; Feliciano DV et al. Western Trauma Association, J Trauma "
    "2011;70:1551 (extremity vascular injury); ATLS 10th ed. ch. 8"
)


def penetrating_limb_artery(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A gunshot or stab wound of a limb: the artery examined and indexed, the film.

    Hard signs (pulsatile bleeding, an expanding haematoma, absent pulses, a bruit or
    thrill, ischaemia) go to theatre; without them an arterial pressure index of the
    injured limb, and CT angiography when it is below 0.9 or a soft sign is present
    (EAST 2012; WTA 2011); a gunshot wound's limb is filmed for a fracture and
    fragments (ATLS 10th ed. ch. 8).
    """
    texts = visible_texts(view)
    # trauma50: "26M shot in the right thigh" (``rules.limb_artery_words``) too
    if not (
        injury_now(_PENETRATING_LIMB, texts)
        or present_facts(view, load_knowledge()).has("limb_penetrating")
    ):
        return []
    src = PENETRATING_LIMB_SOURCE
    return [
        _req(
            "diagnostic",
            "hard signs of arterial injury (pulsatile bleeding, expanding haematoma, "
            "absent distal pulses, bruit or thrill, ischaemia: theatre) and an "
            "ankle- or arterial-brachial index of the injured limb; CT angiography if "
            "the index is < 0.9 or a soft sign is present",
            f"a penetrating wound of a limb near its major arteries ({src})",
            r"ankle[- ]brachial|arterial[- ](?:brachial|pressure)|\babi\b|\bapi\b",
        ),
        _req(
            "diagnostic",
            "radiographs of the injured limb (fracture, retained fragments)",
            f"a penetrating limb wound: bone and retained fragments ({src})",
            r"x-?rays?|radiograph\w*|films?",
        ),
    ]


def _low_arterial_index(texts: tuple[str, ...]) -> bool:
    """An ankle-brachial or arterial pressure index below 0.9 written in the texts."""
    return any_kept(_low_index_in, texts)


def _low_index_in(text: str) -> bool:
    """``_low_arterial_index`` of one text (kept per text, recorded)."""
    return any(float(m.group(1)) < ARTERIAL_INDEX_CUTOFF for m in _ABI.finditer(text))


def threatened_limb(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """An injured limb whose perfusion or skin is threatened: reduce now, the surgeons.

    A fracture, dislocation or deformity with a pale, cold or pulseless limb, or with
    the skin tented or blanched over it, is realigned and splinted at once under
    analgesia or procedural sedation (before radiographs when the limb is threatened),
    the pulses, capillary refill and sensation re-checked after, and orthopaedics
    called emergently (BOAST ankle 2016; ATLS 10th ed. ch. 8). Lost perfusion that
    does not return after reduction is an arterial injury: vascular surgery, CT
    angiography or theatre (EAST 2012). An ankle-brachial or arterial pressure index
    below 0.9 after limb trauma is CT angiography and the vascular surgeon (EAST 2012;
    Mills 2004). A limb's arteries are the vascular surgeon's, not the hand surgeon's.
    """
    texts = visible_texts(view)
    low_index = _low_arterial_index(texts) and injury_now(_LIMB_TRAUMA, texts)
    if not (low_index or injury_now(_INJURED_BONE_OR_JOINT, texts)):
        return []
    lost_perfusion = present_facts(view, load_knowledge()).has(
        "neurovascular_compromise"
    )
    skin = asserted(_SKIN_AT_RISK, texts)
    if not (lost_perfusion or skin or low_index):
        return []
    src = THREATENED_LIMB_SOURCE
    orders: list[AcuteRequired] = []
    bone_or_joint = injury_now(_INJURED_BONE_OR_JOINT, texts)
    own_protocol = asserted(_OWN_PROTOCOL, texts)
    if bone_or_joint and (lost_perfusion or skin) and not own_protocol:
        orders.append(
            _req(
                "procedure",
                "reduce (realign) the deformity now under analgesia or procedural "
                "sedation, before radiographs when the limb's perfusion or skin is "
                "threatened; splint; re-check pulses, capillary refill and sensation "
                "after, and radiographs after",
                f"a fracture or dislocation with a pale, cold or pulseless limb or "
                f"tented skin ({src})",
                r"reduc\w*|realign\w*",
            )
        )
    if bone_or_joint:
        orders.append(
            _req(
                "consult",
                "orthopaedics emergently (admission)",
                f"a fracture or dislocation threatening the limb ({src})",
                r"orthop\w*[^;]{0,20}emergent\w*",
            )
        )
    if lost_perfusion or low_index:
        orders.append(
            _req(
                "consult",
                "vascular surgery emergently (perfusion not restored by any "
                "reduction, or an ankle-brachial or arterial pressure index < 0.9): "
                "CT angiography of the limb, or theatre without imaging for an "
                "ischaemic limb",
                f"an arterial injury until imaged; ischaemia beyond 6 h costs the limb "
                f"({src})",
                r"vascular surg\w*",
            )
        )
    return orders


# --- a deformed limb after an injury (ATLS 10th ed. ch. 8; RCEM pain 2021) ---

_DEFORMED: Final = _rx(
    r"deform\w*|angulat\w*|bent|out of joint|s-shaped|dinner[- ]fork"
)
"""Cheap words first: a deformity worded in the text."""
DEFORMED_LIMB_SOURCE: Final = (
    "ATLS 10th ed. ch. 8 (splint a deformed limb, films of the joints above and "
    "below); RCEM Best Practice Guideline: management of pain in adults 2021 and "
    "in children 2017 (analgesia within 20 min of arrival for moderate or severe pain)"
)


def deformed_limb(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A limb deformed by an injury: analgesia, a splint and films before any label.

    A deformity after an injury is a displaced fracture or a dislocation until the
    film says otherwise: analgesia now (an analgesic is not withheld until the film
    confirms the fracture), a splint in the position of comfort, radiographs of the
    deformed bone with the joints above and below, and orthopaedics for reduction.
    A threatened limb is ``threatened_limb``'s; a child's supracondylar fracture
    keeps its own protocol (BOAST 11).
    """
    texts = visible_texts(view)
    if not searched(_DEFORMED, texts):
        return []
    if not injury_now(_INJURED_BONE_OR_JOINT, texts) or asserted(_OWN_PROTOCOL, texts):
        return []
    facts = present_facts(view, load_knowledge())
    if not facts.has("deformity"):
        return []
    src = DEFORMED_LIMB_SOURCE
    return [
        _req(
            "medication",
            "analgesia within 20 min by pain score: paracetamol, and intranasal "
            "fentanyl or IV morphine titrated for severe pain (a child's dose by "
            "weight); a regional block where it fits (haematoma or Bier's block, "
            "fascia iliaca block)",
            f"a deformed limb after an injury is a displaced fracture or dislocation "
            f"({src})",
            r"analges\w*|morphine|fentanyl|opioid|fascia iliaca|nerve block",
        ),
        _req(
            "procedure",
            "splint the deformed limb in the position of comfort; check and record "
            "pulses, capillary refill and sensation before and after",
            f"a deformed limb after an injury ({src})",
            r"splint|backslab|immobili\w*|sling|reduc\w*|realign\w*",
        ),
        _req(
            "diagnostic",
            "radiographs of the deformed bone or joint, with the joints above and "
            "below",
            f"a deformity is a fracture or dislocation until filmed ({src})",
            r"x-?rays?|radiograph\w*",
        ),
        _req(
            "consult",
            "orthopaedics for reduction (closed reduction under a block or procedural "
            "sedation) and follow-up",
            f"a displaced fracture or dislocation is reduced ({src})",
            r"orthop\w*",
        ),
    ]


# --- crush injury (Sever & Vanholder ERA-EDTA/ISN 2012; Better & Stein 1990) ---

_TRAPPED_HOURS: Final = _rx(
    r"(?:trapped|pinned|stuck|entrapped) (?:\w+ ){0,6}?for (?:over |more than |about |"
    r"around |nearly |almost )?(?:\d{1,2}|one|two|three|four|five|six|several|many) "
    r"(?:hours?|hrs?)|(?:\d{1,2}|one|two|three|four|five|six|several) (?:hours?|hrs?) "
    r"(?:of )?(?:entrapment|trapped|pinned)|crush syndrome|prolonged entrapment"
)
"""A body or limb trapped for an hour or more, or a crush syndrome named: muscle
necrosis releases potassium and myoglobin on release (Better OS, Stein JH. NEJM
1990;322:825; Sever MS, Vanholder R. Nephrol Dial Transplant 2012;27:i1)."""
_CRUSHED_PIGMENT: Final = _rx(
    r"crush\w*[^.;]{0,80}(?:dark|brown|cola|tea)[- ]colou?red urine|crush\w*[^.;]{0,80}"
    r"(?:dark urine|myoglobin\w*|rhabdo\w*)"
)
"""A crush with dark urine, myoglobinuria or rhabdomyolysis named in its sentence."""
CRUSH_SOURCE: Final = (
    "Sever MS, Vanholder R. ERA-EDTA/ISN recommendations for the management of crush "
    "victims in mass disasters, Nephrol Dial Transplant 2012;27(Suppl 1):i1; Better "
    "OS, Stein JH. NEJM 1990;322:825; Bosch X et al. NEJM 2009;361:62"
)


_SWALLOWED_STUCK: Final = _rx(
    r"(?:food|meat|steak|chicken|beef|pork|bread|bone|bolus|coin|pill|tablet)s? "
    r"(?:\w+ ){0,3}stuck|stuck (?:\w+ ){0,3}(?:in|behind|at) (?:the |his |her |my )?"
    r"(?:lower |upper |mid )?(?:o?esophag\w*|gullet|throat|sternum|breastbone)"
)
"""gi40: food or a tablet stuck in the gullet for hours is an impaction (ESGE 2016
foreign bodies), not a body trapped: no crush-syndrome fluids or compartments."""


def crushed(texts: tuple[str, ...]) -> bool:
    """A prolonged entrapment, a crush syndrome, or a crush with pigmenturia."""
    trapped = injury_now(_TRAPPED_HOURS, texts) and not asserted(
        _SWALLOWED_STUCK, texts
    )
    return trapped or asserted(_CRUSHED_PIGMENT, texts)


def crush_injury(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A prolonged entrapment or a crush with pigmenturia: fluids, potassium, the ECG.

    Early, generous isotonic saline (about 1 L/h at first, before release when
    possible, then to a urine output of about 200-300 mL/h), potassium-free fluids,
    CK, potassium, creatinine, calcium and urine myoglobin, an ECG and monitoring for
    hyperkalaemia, and the crushed compartments checked (Sever & Vanholder 2012;
    Better & Stein 1990). NSAIDs are withheld by the order gate (nephrotoxic).
    """
    if not crushed(visible_texts(view)):
        return []
    src = CRUSH_SOURCE
    return [
        _req(
            "medication",
            "IV isotonic saline early, about 1 L/h at first (before release if still "
            "trapped), then to a urine output of 200-300 mL/h; no potassium-containing "
            "fluids",
            f"crush syndrome: pigment kidney injury and hypovolaemia ({src})",
            r"crystalloid|saline|iv fluids?",
        ),
        _req(
            "diagnostic",
            "CK, potassium, creatinine, calcium, phosphate and urine myoglobin; "
            "12-lead ECG and cardiac monitoring for hyperkalaemia",
            f"hyperkalaemia on release and rhabdomyolysis ({src})",
            r"\bck\b|creatine kinase",
        ),
        _req(
            "procedure",
            "check the crushed limb's compartments (pain on passive stretch, tense "
            "compartments) and distal pulses; orthopaedics for a compartment syndrome",
            f"a compartment syndrome under the crush (BOAST 10; {src})",
            r"compartment",
        ),
    ]


# --- the Ottawa rules outside their validated population (Stiell 1992, 1995) ---

_ANKLE_KNEE_INJURY: Final = _rx(
    r"(?:twist\w*|rolled|inver\w*|sprain\w*|injur\w*|fell|fall\w*|landed|struck|"
    r"hit|kick\w*) (?:\w+ ){0,4}?(?:ankle|foot|midfoot|knee)s?\b|"
    r"(?:ankle|foot|midfoot|knee) (?:\w+ ){0,2}(?:injur\w*|trauma|twist\w*|sprain\w*)"
)
_OTTAWA_UNRELIABLE: Final = _rx(
    r"(?:peripheral |diabetic |sensory )neuropath\w*|(?:reduced|decreased|diminished|"
    r"absent|impaired|altered|loss of) (?:\w+ ){0,2}sensation (?:\w+ ){0,3}"
    r"(?:feet|foot|legs?|ankles?|lower limbs?)|sensation (?:is )?(?:reduced|"
    r"decreased|diminished|absent|impaired) (?:\w+ ){0,3}"
    r"(?:feet|foot|legs?|ankles?|lower limbs?)|"
    r"intoxicated|drunk|smells? of alcohol|paraplegi\w*|spinal cord injury"
)
"""What the Ottawa ankle and knee rules cannot be applied in: an unreliable
examination from intoxication or reduced sensation of the legs (neuropathy,
paraplegia): Stiell IG et al. Ann Emerg Med 1992;21:384 and JAMA 1993;269:1127;
Stiell 1995 (knee: paraplegia, altered consciousness excluded); Bachmann LM et al.
BMJ 2003;326:417."""
_ANKLE_KNEE_FILM: Final = _rx(
    r"(?:ankle|foot|knee) (?:x-?rays?|radiographs?|films?)|(?:x-?rays?|radiographs?|"
    r"films?) (?:\w+ ){0,3}(?:ankle|foot|knee)"
)


def ottawa_not_applicable(view: StageView, pop: Population) -> list[AcuteRequired]:
    """An ankle, foot or knee injury where the Ottawa rules cannot be applied: films.

    The rules rest on palpation and weight bearing reported by the patient; with
    reduced sensation of the legs or intoxication they were not validated, and the
    ACR recommends radiographs when they cannot be applied (ACR Appropriateness
    Criteria Acute Trauma to the Ankle 2020, to the Knee 2019). A neuropathic foot
    may hide a fracture or an early Charcot joint.
    """
    if pop.age_within(years(OTTAWA_KNEE_MIN_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not injury_now(_ANKLE_KNEE_INJURY, texts) or asserted(_ANKLE_KNEE_FILM, texts):
        return []
    if not asserted(_OTTAWA_UNRELIABLE, texts):
        return []
    return [
        _req(
            "diagnostic",
            "radiographs of the injured ankle, foot or knee (the Ottawa rules cannot "
            "be applied)",
            "reduced sensation of the legs or intoxication: the Ottawa ankle and knee "
            "rules were not validated in them (Stiell 1992, 1995; ACR Appropriateness "
            "Criteria acute ankle trauma 2020, acute knee trauma 2019)",
            r"(?:x-?ray|radiograph)\w*",
        ),
    ]


# --- the limping toddler (RCH limping child guideline; Halsey 2001) ---

TODDLER_YEARS: Final = 5
"""Under 5 the Ottawa ankle rule is not validated (Dowling 2009) and a toddler's
fracture (a spiral tibial fracture after a trivial twist) shows only as a limp."""
_TODDLER_INJURY: Final = _rx(
    r"twist\w*|fell|fall\w*|tripped|trip\w* over|jump\w*|slide|slipped|trampoline|"
    r"caught (?:his|her|their) (?:foot|leg)|landed"
)
_LEG_BONE_TENDER: Final = _rx(
    r"(?:tender\w*|pain\w*) (?:\w+ ){0,4}(?:over|of|at|on|along) (?:\w+ ){0,3}"
    r"(?:tibia\w*|fibula\w*|shin|femur|femoral shaft|metatars\w*|calcane\w*|"
    r"malleol\w*)|(?:tibia\w*|tibial|fibula\w*|fibular|shin|bony) (?:\w+ ){0,2}"
    r"tender\w*|bony tenderness|point tenderness"
)
_LEG_FILM: Final = _rx(
    r"(?:x-?rays?|radiographs?|films?) (?:\w+ ){0,4}(?:tibia\w*|fibula\w*|leg|shin|"
    r"ankle|foot|femur|limb)|(?:tibia\w*|fibula\w*|leg|shin|ankle|foot|femur|limb) "
    r"(?:x-?rays?|radiographs?|films?)"
)


def toddler_limp_films(view: StageView, pop: Population) -> list[AcuteRequired]:
    """An afebrile toddler who limps after a minor injury or has bony tenderness."""
    if pop.age_within(0, years(TODDLER_YEARS) - 1) is not True:
        return []
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if (t is not None and t >= 38.0) or asserted(FEVER, texts):
        return []
    if not asserted(_LIMB, texts) or asserted(_LEG_FILM, texts):
        return []
    if not (asserted(_TODDLER_INJURY, texts) or asserted(_LEG_BONE_TENDER, texts)):
        return []
    src = "RCH limping child guideline; Halsey MF et al. J Pediatr Orthop 2001"
    return [
        _req(
            "diagnostic",
            "radiographs (AP and lateral) of the painful leg, the whole tibia and "
            "fibula if the child cannot point to the pain; a normal film does not "
            "exclude a toddler's fracture: boot or cast and review in 7-10 days if "
            "the limp persists",
            f"a toddler who limps after a minor twist or fall, or with bony "
            f"tenderness: a toddler's fracture is not excluded ({src})",
            r"x-?ray|radiograph|film",
        ),
    ]


# --- facial fractures (ACR AC Facial Trauma 2022) ---

_FACE: Final = (
    r"(?:face|facial|cheek\w*|zygom\w*|malar|jaw|mandib\w*|maxill\w*|orbit\w*|"
    r"eye|nose|nasal|chin|temple)"
)
_FACIAL_BLOW: Final = _rx(
    rf"(?:punch\w*|hit|struck|kick\w*|assault\w*|head-?butt\w*|elbow\w*|"
    rf"blow|fell|fall\w*|landed|trauma|injur\w*)\W+(?:\w+\W+){{0,6}}?{_FACE}\b|"
    rf"{_FACE}\W+(?:\w+\W+){{0,3}}?(?:injur\w*|trauma)"
)
"""A blow to the face (the mechanism of a facial fracture)."""
_FACIAL_FRACTURE_SIGN: Final = _rx(
    r"numb\w* (?:\w+ ){0,5}(?:cheek|upper lip|infraorbital|side of (?:the )?nose)|"
    r"(?:cheek|upper lip|infraorbital)\w* (?:\w+ ){0,2}(?:numb\w*|"
    r"(?:hypo|par)a?esthesi\w*)|infraorbital (?:nerve )?(?:hypo|par|an)a?esthesi\w*|"
    r"diplopia|double vision|(?:restricted|painful|limited|reduced) (?:up|upward )?"
    r"(?:gaze|eye movements?)|enophthalm\w*|step(?:-off| off| deformity)|"
    r"flatten\w* (?:\w+ ){0,2}(?:cheek|malar|zygom)\w*|malocclusion|"
    r"(?:teeth|bite) (?:do not|don'?t|does not|doesn'?t) (?:meet|fit)|trismus|"
    r"sublingual ha?ematoma|mobile (?:maxilla|segment)|jaw (?:deviat\w*|deformity)"
)
"""Signs of a facial fracture: infraorbital nerve numbness (zygomaticomaxillary or
orbital floor), diplopia or restricted gaze (orbital floor, entrapment), a rim step,
a flat malar eminence, malocclusion or trismus (mandible, zygomatic arch)."""
_EYE_SIGN: Final = _rx(
    r"diplopia|double vision|(?:restricted|painful|limited|reduced) (?:up|upward )?"
    r"(?:gaze|eye movements?)|enophthalm\w*"
)
_FACE_CT: Final = _rx(
    r"ct (?:of )?(?:the )?(?:facial|face|maxillofacial|orbits?)|"
    r"(?:facial|maxillofacial|orbital) (?:bones? )?ct"
)


def facial_fracture_signs(view: StageView, _pop: Population) -> list[AcuteRequired]:
    """A blow to the face with a fracture sign: CT of the facial bones.

    ACR Appropriateness Criteria Facial Trauma (2022): non-contrast CT of the
    maxillofacial bones is the examination for a suspected facial fracture (plain
    films miss them); numbness of the cheek or upper lip is the infraorbital nerve of
    a zygomaticomaxillary or orbital floor fracture, and double vision or restricted
    gaze needs an eye examination for entrapment the same day. A facial bruise
    without such a sign is judged clinically.
    """
    texts = visible_texts(view)
    if not asserted(_FACIAL_BLOW, texts) or not asserted(_FACIAL_FRACTURE_SIGN, texts):
        return []
    if asserted(_FACE_CT, texts):
        return []  # imaged already: the report is read
    src = "ACR Appropriateness Criteria Facial Trauma 2022"
    orders = [
        _req(
            "diagnostic",
            "CT of the facial bones (maxillofacial CT without contrast)",
            f"a blow to the face with a sign of a facial fracture ({src})",
            r"ct\b[^;]{0,30}(?:fac|maxillo|orbit)",
        ),
        _req(
            "consult",
            "maxillofacial surgery follow-up (advise not to blow the nose)",
            f"a facial fracture is reviewed by maxillofacial surgery ({src})",
            r"maxillofacial|oral (?:and|&) maxillofacial|omfs|plastic surg\w*",
        ),
    ]
    if asserted(_EYE_SIGN, texts):
        orders.append(
            _req(
                "consult",
                "ophthalmology the same day (orbital floor entrapment)",
                f"double vision or restricted gaze after a facial blow ({src})",
                r"ophthalm\w*",
            )
        )
    return orders


MSK_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (
    septic_joint_child,
    septic_joint_adult,
    occult_scaphoid,
    injured_wrist_films,
    occult_hip,
    occult_elbow,
    ottawa_knee_films,
    ottawa_ankle_films,
    knee_dislocation,
    penetrating_limb_artery,
    threatened_limb,
    deformed_limb,
    crush_injury,
    ottawa_not_applicable,
    toddler_limp_films,
    facial_fracture_signs,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
