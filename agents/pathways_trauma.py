"""Haemorrhage control and decompression after injury, read from their own criteria.

Checked whatever the differential says (like ``agents.pathways_surgical``), so an
injured patient whose complaint names only the mechanism ("stab wound", "fall from
height", "head injury") gets the definitive treatment the documented findings call for:

- penetrating cardiac injury: a penetrating wound of the chest with blood in the
  pericardium (effusion on eFAST or echocardiography) or signs of tamponade goes to
  the operating room for decompression and repair; needle pericardiocentesis is only
  a bridge (ATLS 10th ed. ch. 4; Seamon MJ et al. EAST 2015 emergency department
  thoracotomy, J Trauma Acute Care Surg 2015;79:159);
- haemodynamically abnormal abdominal haemorrhage: hypotension or an adult's shock
  index of 1 or more after injury with free intraperitoneal fluid on FAST goes to
  laparotomy, not to CT (ATLS 10th ed. ch. 5);
- penetrating abdominal wound with evisceration or peritonitis: laparotomy, a single
  preoperative antibiotic dose, the eviscerated contents covered with saline-soaked
  dressings (ATLS 10th ed. ch. 5; Como JJ et al. EAST 2010 selective nonoperative
  management, J Trauma 2010;68:721; Goldberg SR et al. EAST 2012 antibiotics, J Trauma
  Acute Care Surg 2012;73:S321);
- pelvic ring injury with hypotension: pelvic haemorrhage control by preperitoneal
  packing or angioembolisation with the binder on (Coccolini F et al. WSES 2017 pelvic
  trauma, World J Emerg Surg 2017;12:5; Cullinane DC et al. EAST 2011 pelvic
  haemorrhage, J Trauma 2011;71:1850);
- traumatic intracranial mass lesion: a subdural haematoma thicker than 10 mm, an
  extradural one of 15 mm or more, or a midline shift above 5 mm is evacuated whatever
  the GCS (Bullock MR et al. Surgical management of acute subdural / epidural
  haematomas, Neurosurgery 2006;58:S16 and S7); signs of herniation (a unilateral
  dilated or fixed pupil, extensor posturing) get hyperosmolar therapy now, the head
  raised and the blood pressure kept up (Carney N et al. Brain Trauma Foundation 4th
  ed., Neurosurgery 2017;80:6; ATLS 10th ed. ch. 6);
- a child's minor head trauma by the PECARN rules, which differ under 2 years and
  from 2: high risk, CT head; intermediate risk, observation in the department or CT
  by shared decision; low risk, no CT (Kuppermann N et al. Lancet 2009;374:1160);
- a child's cervical spine after blunt trauma by the PECARN factors (neck pain,
  torticollis, altered mental status, a focal deficit, a high-risk crash, diving):
  immobilised and imaged, CT with altered mental status or a deficit, radiographs
  otherwise (Leonard JC et al. Ann Emerg Med 2011;58:145; Lancet Child Adolesc Health
  2024;8:482); the Canadian C-spine rule excluded children under 16;
- suspected elder abuse or neglect at 60 or older (the CDC and NCEA definition): two
  of the published red flags (the patient's own account of being hit or pushed, an
  injury the history does not explain or a delay in seeking care, patterned or
  differently aged bruises or bruises in protected sites, neglect, a carer who answers
  for the patient or will not leave) call for safeguarding: the patient interviewed
  alone, injuries documented, an adult protective services (safeguarding) referral,
  and no discharge back to the suspected abuser (Lachs MS, Pillemer KA. N Engl J Med
  2015;373:1947; Rosen T et al. Clin Geriatr Med 2018;34:435; Wiglesworth A et al. J
  Am Geriatr Soc 2009;57:1191; ACEP/AGS/ENA/SAEM geriatric ED guidelines 2014);
- a degloving (skin torn off the deep fascia): plastic surgery emergently, the flap
  kept and covered, antibiotic cover of the contaminated devitalised wound (Latifi R
  et al. J Emerg Trauma Shock 2014;7:228).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents._text import (
    any_kept,
    each_kept,
    each_text,
    floats_of,
    injury_now,
    sentence_end,
    sentence_start,
    visible_texts,
)
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.cord_words import CORD_SYMPTOM
from agents.offline.rules.facts import (
    hypotension_sbp,
    recorded_avpu,
    triage_record_findings,
)
from agents.offline.rules.findings import DANGEROUS_FALL_M, FALL_HEIGHT, fall_metres
from agents.offline.rules.injury_words import STAB
from agents.offline.rules.pupils import unequal_in
from agents.offline.rules.retrograde_amnesia import RETROGRADE_AMNESIA_30
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import Required
from agents.pathway_orders import child as _child
from agents.pathway_orders import required as _req
from agents.pathways_acute import asserted
from agents.population import years
from agents.reversal import ANY_ANTICOAGULANT, on_anticoagulant
from agents.schemas import Order, OrderGate
from agents.shock_index import abnormal_shock_index
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "DEGLOVING",
    "ELDER_ABUSE_AGE",
    "HEAD_WOUND",
    "INTRACRANIAL_BLEED",
    "SHOCK_INDEX_ABNORMAL",
    "TO_THEATRE_FOR_BLEEDING",
    "TRAUMA_PATHWAYS",
    "WOUND_CARE",
    "elder_abuse",
    "face_wound_reduced_consciousness",
    "head_injury_gcs_below_15",
    "head_wound_closure",
    "herniation_signs",
    "injury_hours",
    "internal_bleeding_open",
    "older_chest_wall_unimaged",
    "order_gate",
]

_rx = word_start

_INJURY: Final = _rx(
    r"mvc|mva|motor vehicle|collision|crash|fell|fall\b|fallen|assault\w*|trauma\w*|"
    rf"injur\w*|struck|gunshot|shot\b|{STAB}|knife|impaled|kicked|"
    r"punched|thrown from|run over|hit by"
)
"""An injury of this visit (ATLS 10th ed.): the pathways act on it only when
``injury_now`` says it is not dated to the past."""


def _hypotensive(view: StageView, pop: Population) -> bool:
    sbp = view.vitals.systolic_bp
    return sbp is not None and sbp < hypotension_sbp(pop)


# --- penetrating cardiac injury ---

_CHEST_SITE: Final = (
    r"(?:chest|precordi\w*|thora\w*|stern\w*|parastern\w*|cardiac box|intercostal|"
    r"epigastri\w*|nipple|axilla\w*)"
)
_PENETRATING_CHEST: Final = _rx(
    rf"(?:{STAB}|gunshot|gsw|shot|penetrating|knife|impaled|knifed) "
    rf"(?:\w+ ){{0,8}}{_CHEST_SITE}|"
    rf"{_CHEST_SITE} (?:\w+ ){{0,3}}(?:stab(?:bed|s)?\b|gunshot|penetrating) "
    r"(?:\w+ )?wounds?"
)
"""A penetrating wound of the chest or the cardiac box (ATLS 10th ed. ch. 4)."""
_PERICARDIAL_BLOOD: Final = _rx(
    r"pericardial (?:effusion|fluid|collection|blood|clot)|h(?:a)?emopericardium|"
    r"(?:fluid|blood) (?:\w+ ){0,2}(?:in|within|around) the (?:pericardi\w*|heart)|"
    r"positive (?:pericardial|cardiac) (?:window|view)|tamponade"
)
"""Blood in the pericardium on eFAST or echocardiography (any size after a
penetrating wound: ATLS 10th ed.)."""
_TAMPONADE_SIGNS: Final = _rx(
    r"muffled|distant heart (?:sounds|tones)|heart (?:sounds|tones) (?:are )?"
    r"(?:muffled|distant|quiet)|jvp (?:is )?(?:raised|elevated|high)|"
    r"(?:raised|elevated|distended) (?:jvp|jugular ven\w*|neck veins)|"
    r"jugular venous distension|jvd\b|pulsus paradoxus|"
    r"(?:right (?:ventric\w*|atri\w*)|rv|ra)\W+(?:\w+\W+){0,2}?(?:diastolic )?collapse"
)


def penetrating_cardiac(view: StageView, pop: Population) -> list[Required]:
    """A penetrating chest wound with blood in the pericardium: the operating room."""
    texts = visible_texts(view)
    if not injury_now(_PENETRATING_CHEST, texts):
        return []
    blood = asserted(_PERICARDIAL_BLOOD, texts)
    signs = asserted(_TAMPONADE_SIGNS, texts) or _hypotensive(view, pop)
    if not blood:
        return []
    src = (
        "ATLS 10th ed. ch. 4; Seamon MJ et al. EAST 2015 emergency department "
        "thoracotomy"
    )
    what = "pericardial blood with tamponade signs" if signs else "pericardial blood"
    return [
        _req(
            "consult",
            "trauma / cardiothoracic surgery emergently: to the operating room for "
            "pericardial decompression and cardiac repair (sternotomy or "
            "thoracotomy); resuscitative thoracotomy in the ED if the patient arrests; "
            "needle pericardiocentesis only as a bridge while the surgeon is awaited",
            f"penetrating chest wound with {what}: penetrating cardiac injury ({src})",
            r"sternotomy|thoracotomy|pericardial window",
        ),
    ]


# --- abdominal haemorrhage with hypotension ---

_FAST_POSITIVE: Final = _rx(
    r"free (?:intra-?peritoneal |intra-?abdominal |abdominal )?fluid|"
    r"h(?:a)?emoperitoneum|positive (?:e?fast|focused assessment)|"
    r"e?fast (?:scan |exam\w* )?(?:is |was )?positive|"
    r"fluid in (?:the )?(?:morison\W?s pouch|hepatorenal|splenorenal|"
    r"(?:recto|vesico)\w* pouch|pouch of douglas|pelvis|abdomen)"
)
"""Free intraperitoneal fluid on FAST after injury: haemoperitoneum (ATLS 10th ed.;
specificity 94-100 %, Stengel D et al. Cochrane 2018;CD012669)."""


SHOCK_INDEX_ABNORMAL: Final = 1.0
"""An adult's shock index (heart rate / systolic pressure) of 1 or more after injury:
haemodynamically abnormal (ATLS 10th ed. ch. 3: class III haemorrhage, tachycardia
before the pressure falls; a shock index >= 1 predicts massive transfusion, Olaussen A
et al. Emerg Med J 2014;31:1003)."""
TO_THEATRE_FOR_BLEEDING: Final = _rx(r"laparotomy and haemorrhage control")
"""The order that sends an injured patient's haemorrhage to theatre (its CT waits)."""


def _haemodynamically_abnormal(view: StageView, pop: Population) -> str | None:
    """Hypotension, or a shock index abnormal for age, as the reason; else None."""
    if _hypotensive(view, pop):
        return "hypotension"
    v = view.vitals
    # trauma31: the adult cut-off from 16, SIPA below (``agents.shock_index``)
    si = abnormal_shock_index(v.heart_rate, v.systolic_bp, pop)
    return None if si is None else f"a shock index of {si:.1f}"


def abdominal_haemorrhage(view: StageView, pop: Population) -> list[Required]:
    """Haemodynamically abnormal after injury with a positive FAST: laparotomy.

    Hypotension or an adult's shock index >= 1 (ATLS 10th ed. ch. 5: the
    haemodynamically abnormal patient with free fluid goes to the operating room,
    not to CT).
    """
    texts = visible_texts(view)
    abnormal = _haemodynamically_abnormal(view, pop)
    if abnormal is None or not injury_now(_INJURY, texts):
        return []
    if not asserted(_FAST_POSITIVE, texts):
        return []
    src = "ATLS 10th ed. ch. 5"
    return [
        _req(
            "consult",
            "trauma surgery emergently: to the operating room for laparotomy and "
            "haemorrhage control (CT only if the patient responds to resuscitation)",
            f"{abnormal} after injury with free intraperitoneal fluid on FAST ({src})",
            r"laparotomy",
        ),
    ]


# --- penetrating abdominal wound: laparotomy indications ---

_PENETRATING_ABDOMEN: Final = _rx(
    rf"(?:{STAB}|gunshot|gsw|shot|penetrating|knife|impaled|knifed) "
    r"(?:\w+ ){0,8}(?:abdom\w*|belly|flank|umbilic\w*|iliac fossa|(?:left|right) "
    r"(?:upper|lower) quadrant|epigastri\w*|hypochondri\w*|groin|lower back|loin)|"
    r"(?:abdom\w*|flank) (?:\w+ ){0,3}(?:stab(?:bed|s)?\b|gunshot|penetrating)"
)
_EVISCERATION: Final = _rx(
    r"eviscerat\w*|(?:omentum|bowel|intestine|small bowel|viscera) "
    r"(?:(?!not\b|no\b|never\b|nor\b)\w+ ){0,3}"
    r"(?:protrud\w*|herniat\w*|exposed|visible|extrud\w*|coming out|hanging out)|"
    r"(?:protruding|exposed|extruding) (?:omentum|bowel|viscera)"
)
"""Omentum or bowel out of the wound; a negation between ("omentum not visible") is
no evisceration (injury39: the denial sits inside the match, where ConText's
trigger-before-the-term reading cannot see it)."""
_GENERALISED_PERITONITIS: Final = _rx(
    r"(?:generali[sz]ed|diffuse) (?:peritonism|peritonitis|guarding|rigidity)|"
    r"peritonitis|board[- ]like|rigid abdomen|abdom\w* (?:is )?rigid"
)
"""ATLS 10th ed. ch. 5 and EAST (Como JJ et al. J Trauma 2010;68:721): after a
penetrating abdominal wound, haemodynamic abnormality, peritonitis or evisceration
calls for laparotomy; the stable patient without them may be managed selectively."""


def _selective_management(view: StageView, pop: Population) -> list[Required]:
    """The haemodynamically normal patient: CT and serial examination (EAST 2010)."""
    if _hypotensive(view, pop):
        return []
    src = (
        "Como JJ et al. EAST 2010 selective nonoperative management, J Trauma "
        "2010;68:721"
    )
    return [
        _req(
            "diagnostic",
            "CT abdomen and pelvis with IV contrast (rectal contrast for a flank or "
            "back wound) and serial abdominal examinations by the surgical team; "
            "theatre if peritonitis or haemodynamic instability develops",
            f"penetrating abdominal, flank or back wound, haemodynamically normal, "
            f"no peritonitis or evisceration: selective nonoperative management "
            f"({src})",
            r"ct (?:of the )?abdomen|ct abd|serial (?:abdominal )?exam",
        )
    ]


def penetrating_torso(texts: Sequence[str]) -> bool:
    """A penetrating wound of the chest, abdomen, flank or back asserted this visit.

    ATLS 10th ed. ch. 4-5; Como JJ et al. EAST 2010: every penetrating torso wound is
    evaluated by a surgeon (eFAST, CT or exploration) before any decision to go home.
    """
    return injury_now(_PENETRATING_ABDOMEN, texts) or injury_now(
        _PENETRATING_CHEST, texts
    )


def penetrating_abdomen(view: StageView, pop: Population) -> list[Required]:
    """A penetrating abdominal wound with evisceration or peritonitis: laparotomy.

    Without them, and haemodynamically normal: CT and serial examination.
    """
    texts = visible_texts(view)
    if not injury_now(_PENETRATING_ABDOMEN, texts):
        return []
    eviscerated = asserted(_EVISCERATION, texts)
    if not (eviscerated or asserted(_GENERALISED_PERITONITIS, texts)):
        return _selective_management(view, pop)
    why = "evisceration" if eviscerated else "peritonitis"
    src = "ATLS 10th ed. ch. 5; Como JJ et al. EAST 2010, J Trauma 2010;68:721"
    out = [
        _req(
            "consult",
            "trauma surgery emergently: to the operating room for laparotomy",
            f"penetrating abdominal wound with {why} ({src})",
            r"laparotomy",
        ),
        _req(
            "medication",
            "a single preoperative dose of IV antibiotic with aerobic and anaerobic "
            "cover (cefoxitin 2 g, or cefazolin 2 g with metronidazole 500 mg)",
            "penetrating abdominal injury: one preoperative dose, stopped within "
            "24 h (Goldberg SR et al. EAST 2012, J Trauma Acute Care Surg "
            "2012;73:S321)",
            r"cefoxitin|metronidazole|piperacillin|ertapenem",
        ),
    ]
    if eviscerated:
        out.append(
            _req(
                "procedure",
                "cover the eviscerated omentum or bowel with sterile saline-soaked "
                "dressings; do not push it back in the emergency department",
                f"evisceration after a penetrating wound ({src})",
                r"saline-soaked|moist\w* (?:sterile )?dressing",
            )
        )
    return out


# --- blunt abdominal trauma: CT when haemodynamically normal ---

_BLUNT_MECHANISM: Final = _rx(
    r"mvc|mva|motor vehicle|collision|crash\w*|fell(?! pregnant)|fall\b(?! in )|"
    r"fallen|assault\w*|"
    r"kicked|punched|struck|thrown from|run over|hit by|handlebar\w*|blow to|"
    r"tackled|injury: yes|"
    # trauma43: the fall's first words and a blow by the side ("slipped in the
    # bathroom and hit her right side on the sink")
    r"slipped(?! (?:dis[ck]|capital|upper|femoral|rib))|tripped|"
    r"(?:hit|bang\w*|knock\w*|struck) (?:his|her|their) (?:\w+ ){0,2}(?:side|chest|"
    r"ribs?|flank|back|abdomen|belly|stomach|tummy) (?:on|against|into)"
)
"""Blunt force of this visit; "Injury: yes" is the triage record's structured injury
field (``cases.adapters.ktas``; KTAS: Moon SH et al. Clin Exp Emerg Med 2019;6:6): an
injury whose mechanism is not written is managed as blunt (ATLS 10th ed.), a
penetrating wound having its own words and pathway."""
_ABDOMINAL_INJURY_SIGN: Final = _rx(
    r"seat[- ]?belt (?:sign|bruis\w*|abrasion|mark\w*)|"
    r"(?:abdominal wall|abdominal|flank|periumbilical) (?:bruis\w*|ecchymos\w*|"
    r"abrasion\w*)|(?:bruis\w*|ecchymos\w*) (?:\w+ ){0,3}(?:abdom\w*|flank)|"
    r"(?:abdom\w*|flank|upper quadrant|iliac fossa) (?:is |was )?(?:\w+ ){0,2}"
    r"(?<!non-)(?<!non)tender\w*|(?<!non-)(?<!non)tender\w* (?:\w+ ){0,3}"
    r"(?:abdom\w*|flank|upper quadrant|iliac fossa)|guarding|peritonism|"
    r"rebound tender\w*|abdom\w* (?:is |was )?distended|"
    r"(?:abd|abdom\w*|belly|stomach|flank) {1,2}(?:pain|ache)"
)
"""Signs of an intra-abdominal injury after blunt force: the seat-belt sign (hollow
viscus and mesenteric injury, Chandler CF et al. Am Surg 1997;63:885), abdominal wall
bruising, tenderness, guarding (Hoff WS et al. EAST blunt abdominal trauma, J Trauma
2002;53:602), and abdominal pain itself (Nishijima DK et al. JAMA 2012;307:1517:
abdominal pain and tenderness each about as informative; neither excludes an injury;
ACR Appropriateness Criteria blunt abdominal trauma: CT with IV contrast for the
haemodynamically normal adult with abdominal symptoms or signs)."""
_STRONG_ABDOMINAL_INJURY_SIGN: Final = _rx(
    r"seat[- ]?belt (?:sign|bruis\w*|abrasion|mark\w*)|guarding|peritonism|"
    r"rebound tender\w*|abdom\w* (?:is |was )?distended|rigid\w*"
)
"""The signs with a likelihood ratio for an intra-abdominal injury after blunt force
(Nishijima DK et al. JAMA 2012;307:1517: seat-belt sign LR+ 5.6-9.9, rebound 6.5,
distension 3.8, guarding 3.7; tenderness alone about 1): the injury is suspected, not
only kept open, until the CT."""
STRONG_SIGN_REASON: Final = "guarding, rebound, distension or a seat-belt sign"
"""The reason's words of a strong sign (``agents.pathway_dx`` matches them)."""
_ABDOMINAL_CT_DONE: Final = _rx(
    r"ct (?:\w+ ){0,3}(?:abdom\w*|a/?p\b)|computed tomograph\w* (?:\w+ ){0,3}abdom\w*"
)


def blunt_abdomen_ct(view: StageView, pop: Population) -> list[Required]:
    """Blunt force with abdominal signs, haemodynamically normal: CT abdomen/pelvis.

    EAST (Hoff 2002) and ACR Appropriateness Criteria (blunt abdominal trauma): the
    haemodynamically normal adult with abdominal findings gets CT with IV contrast;
    a negative FAST does not exclude hollow viscus or mesenteric injury. In pregnancy
    the indicated CT is not withheld (ACOG Committee Opinion 723, 2017; ACOG 2019
    trauma in pregnancy). Children follow PECARN (not here); the abnormal patient
    with a positive FAST goes to laparotomy (``abdominal_haemorrhage``).
    """
    if pop.age_within(0, years(16) - 1) is not False:
        return []
    texts = visible_texts(view)
    if not injury_now(_BLUNT_MECHANISM, texts) or injury_now(
        _PENETRATING_ABDOMEN, texts
    ):
        return []
    if not asserted(_ABDOMINAL_INJURY_SIGN, texts) or asserted(
        _ABDOMINAL_CT_DONE, texts
    ):
        return []
    abnormal = _haemodynamically_abnormal(view, pop)
    if abnormal is not None and asserted(_FAST_POSITIVE, texts):
        return []
    src = (
        "Hoff WS et al. EAST blunt abdominal trauma, J Trauma 2002;53:602; ACR "
        "Appropriateness Criteria blunt abdominal trauma"
    )
    if pop.pregnancy == "pregnant":
        src += "; ACOG Committee Opinion 723: indicated CT is not withheld in pregnancy"
    signs = "abdominal signs"
    if asserted(_STRONG_ABDOMINAL_INJURY_SIGN, texts):
        signs = f"{STRONG_SIGN_REASON} (Nishijima DK et al. JAMA 2012: LR+ 3.7-9.9)"
    return [
        _req(
            "diagnostic",
            "bedside FAST, then CT abdomen and pelvis with IV contrast once "
            "haemodynamically normal; serial abdominal examinations by the surgical "
            "team",
            f"{signs} after blunt injury: solid-organ, hollow viscus or "
            f"mesenteric injury; a negative FAST does not exclude it ({src})",
            r"ct (?:of the )?abdomen|ct abd|ct (?:chest,? )?abdomen|pan-?scan|"
            r"trauma ct|whole[- ]body ct",
        )
    ]


# --- high-risk mechanism: the adjuncts of the primary and secondary survey ---

_HIGH_ENERGY: Final = _rx(
    r"(?:pedestrian|cyclist|bicyclist|(?:on|riding) (?:a|his|her|their) "
    r"(?:bike|bicycle)) (?:\w+ ){0,4}(?:struck|hit|knocked down|run over)|"
    r"(?:struck|hit|knocked down|run over) by (?:a |an |the )?(?:\w+ )?(?:car|"
    r"vehicle|van|bus|truck|lorry|motorcycle|motorbike)|ejected|(?:partial |"
    r"complete )?ejection from|roll-?over|"
    r"high[- ]speed (?:\w+ ){0,3}(?:collision|crash|mvc|rtc|impact)|head-on "
    r"(?:collision|crash)|(?:collision|crash) at (?:high|highway|motorway) speed|"
    r"(?:motorcycle|motorbike|motorcyclist) (?:\w+ ){0,2}(?:crash|collision|"
    r"accident)|(?:death|fatality|died) in (?:the )?same (?:vehicle|car|passenger "
    r"compartment)|(?:passenger compartment|cabin) intrusion"
)
"""High-risk mechanisms of the CDC 2021 field triage guideline (Newgard CD et al. J
Trauma Acute Care Surg 2022;93:e49): a pedestrian or cyclist struck by a vehicle,
ejection, rollover, a high-speed or head-on crash, a motorcycle crash, a death in the
same vehicle, intrusion; a fall from ``DANGEROUS_FALL_M`` or more is read by height."""
_TRAUMA_IMAGING_DONE: Final = _rx(
    r"(?:pan-?scan|trauma (?:ct|series)|whole[- ]body ct|ct (?:\w+ ){0,4}"
    r"(?:chest|abdom\w*|pelvis|c-?spine|cervical)|(?:chest|pelvi\w*) (?:x-?ray|"
    r"radiograph|film|xr)s?|cxr|e?fast) (?:\w+ ){0,3}(?:normal|negative|"
    r"unremarkable|clear|no (?:acute |free |intra-?abdominal )?(?:injury|fluid|"
    r"fracture|abnormality|pneumothorax))"
)
"""The trauma imaging already resulted in the note (the adjuncts are done)."""


def high_risk_mechanism_imaging(view: StageView, pop: Population) -> list[Required]:
    """A high-risk mechanism in an adult: chest and pelvic films and eFAST, then CT.

    ATLS 10th ed. (adjuncts to the primary survey: chest and pelvic radiographs and
    eFAST; secondary survey: CT of the regions injured); ACR Appropriateness Criteria
    major blunt trauma 2019 (CT with IV contrast of the regions at risk, whole-body
    CT after a high-energy mechanism); a normal pressure does not exclude an injury
    the mechanism predicts (CDC 2021 field triage). Children follow PECARN; a
    penetrating wound has its own pathway; shock has ``abdominal_haemorrhage``.
    """
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    fall = _fall_metres(texts)
    if not (
        injury_now(_HIGH_ENERGY, texts)
        or (
            fall is not None and fall >= DANGEROUS_FALL_M and injury_now(_INJURY, texts)
        )
    ):
        return []
    if injury_now(_PENETRATING_ABDOMEN, texts) or asserted(_TRAUMA_IMAGING_DONE, texts):
        return []
    src = (
        "ATLS 10th ed. adjuncts to the primary survey; ACR Appropriateness Criteria "
        "major blunt trauma 2019; Newgard CD et al. CDC field triage 2021"
    )
    name = "chest and pelvic radiographs and eFAST in the resuscitation bay"
    if _haemodynamically_abnormal(view, pop) is None:
        # the abnormal patient's CT waits for haemorrhage control (other pathways)
        name += (
            "; CT with IV contrast of the injured regions (or whole-body CT); "
            "re-examination before any discharge"
        )
    return [
        _req(
            "diagnostic",
            name,
            f"high-risk mechanism of injury: injuries the vital signs do not yet "
            f"show ({src})",
            r"pelvi\w* (?:x-?ray|radiograph)|chest and pelvic|pan-?scan|trauma ct|"
            r"whole[- ]body ct|trauma series",
        )
    ]


# --- the thoracolumbar spine and the heels after an axial load (NICE NG41 2016) ---

_AXIAL_LOAD: Final = _rx(
    r"(?:land\w*|fell|fall\w*|jump\w*|dropp\w*) (?:\w+ ){0,6}?(?:on|onto) "
    r"(?:his |her |their |both |the )?(?:feet|heels|buttocks|bottom)|"
    r"axial (?:load\w*|compression)"
)
"""A fall or jump that lands on the feet, heels or buttocks: the load travels up the
spine (NICE NG41 2016 1.5: axial loading, a dangerous mechanism; Walters JL et al.
Injury 2014: a spinal fracture in about 1 in 10 calcaneal fractures)."""
_HEEL_INJURY: Final = _rx(
    r"(?:heels?|calcane\w*|os calcis|hindfoot|hind foot) (?:\w+ ){0,4}?(?:swollen|"
    r"swelling|pain\w*|tender\w*|bruis\w*|deform\w*|broad\w*)|(?:swollen|swelling of|"
    r"painful|"
    r"pain in|tender|tenderness over|bruised|bruising of) (?:\w+ ){0,2}?heels?"
)
"""A heel injured after a fall from height: the calcaneus's (BOAST; Tintinalli 9th
ed. ch. 274: lateral and axial calcaneal views, CT for the fracture's pattern)."""
_SPINE_IMAGED: Final = _rx(
    r"(?:ct|mri|x-?rays?|radiographs?|films?) (?:\w+ ){0,3}(?:thoracic|lumbar|"
    r"thoracolumbar|whole) spine|(?:thoracic|lumbar|thoracolumbar|whole) spine (?:ct|"
    r"mri|x-?rays?|radiographs?|films?)|pan-?scan|whole[- ]body ct|trauma ct"
)
"""The thoracolumbar spine already imaged or ordered as such in the note."""
THORACOLUMBAR_SOURCE: Final = (
    "NICE NG41 2016 spinal injury: assessment and initial imaging 1.5 (CT of the "
    "thoracic and lumbosacral spine for a dangerous mechanism with back pain or "
    "tenderness, or a new neurological sign); ATLS 10th ed. ch. 7"
)


def thoracolumbar_injury_imaging(view: StageView, pop: Population) -> list[Required]:
    """A dangerous mechanism with a painful or tender back: a spinal CT, precautions.

    NICE NG41 2016 1.5 suspects a thoracic or lumbosacral spine injury in an adult
    after a dangerous mechanism (a fall from more than 3 m, an axial load, a
    high-energy collision) with back pain, midline tenderness or a new neurological
    sign, and images it with CT (a whole-body CT's reformats where one is done); the
    spine is protected (log-roll, flat) until cleared (ATLS 10th ed. ch. 7). A heel
    injured in a fall onto the feet is filmed (lateral and axial calcaneal views) and
    its spine examined: the axial load fractures both (Walters JL et al. Injury 2014).
    trauma50: a 4 m fall onto the heels with L1 tenderness had neither.
    """
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    fall = _fall_metres(texts)
    high_fall = fall is not None and fall >= DANGEROUS_FALL_M
    axial = injury_now(_AXIAL_LOAD, texts)
    dangerous = high_fall or axial or injury_now(_HIGH_ENERGY, texts)
    if not dangerous or not injury_now(_INJURY, texts):
        return []
    has = present_facts(view, load_knowledge()).has
    out: list[Required] = []
    back = has("thoracolumbar_tenderness") or has("back_pain")
    if back and not asserted(_SPINE_IMAGED, texts):
        out.append(
            _req(
                "diagnostic",
                "CT of the thoracic and lumbar spine (the spinal reformats of a "
                "trauma CT if one is done); spinal precautions (flat, log-roll) and "
                "a documented neurological examination of the legs, saddle "
                "sensation and anal tone until it is cleared",
                "a dangerous mechanism with a painful or tender back "
                f"({THORACOLUMBAR_SOURCE})",
                r"\bct (?:\w+ ){0,3}(?:thoracic|lumbar|thoracolumbar|whole) spine|"
                r"mri (?:\w+ ){0,3}whole spine|pan-?scan|whole[- ]body ct|trauma ct",
            )
        )
    if (high_fall or axial) and asserted(_HEEL_INJURY, texts):
        out.append(
            _req(
                "diagnostic",
                "radiographs of both heels (lateral and axial calcaneal views), CT "
                "if a fracture is seen; examine the spine (a calcaneal fracture "
                "carries a spinal fracture in about 1 in 10)",
                "a fall from height onto the feet with an injured heel: the calcaneus "
                "and the spine take the load (Walters JL et al. Injury 2014; NICE NG41 "
                "2016; Tintinalli 9th ed. ch. 274)",
                r"calcane\w*|heels? (?:x-?ray|radiograph)|os calcis",
            )
        )
    return out


# --- blunt chest wall injury: the chest film ---

_CHEST_WALL_SIGN: Final = _rx(
    r"(?:chest wall|ribs?|costal|(?:left |right )?lateral chest) (?:\w+ ){0,3}"
    r"(?:tender\w*|bruis\w*|crepitus|ecchymos\w*|deformit\w*)|(?:tender\w*|"
    r"bruis\w*|crepitus|ecchymos\w*) (?:\w+ ){0,4}(?:ribs?|chest wall)|"
    r"(?:pain|painful) (?:\w+ ){0,3}(?:breath\w*|inspiration|cough\w*) (?:\w+ ){0,3}"
    r"after (?:\w+ ){0,3}(?:fall|fell|blow|collision|crash|assault)|"
    r"(?:chest|chest wall|rib) {1,2}(?:pain|ache)"
)
"""Signs of a blunt chest wall injury (rib point tenderness, bruising, crepitus), and
chest pain after blunt force (ACR Appropriateness Criteria rib fractures 2018: a
chest radiograph for suspected rib fractures after blunt trauma; ATLS 10th ed.:
pneumothorax and haemothorax are found by the film, not by the pain)."""
OLDER_CHEST_CT_AGE: Final = 65


def blunt_chest_wall_films(view: StageView, pop: Population) -> list[Required]:
    """Blunt chest wall injury in an adult: a chest radiograph (CT chest from 65).

    ACR Appropriateness Criteria rib fractures 2018: a chest radiograph after blunt
    chest injury (pneumothorax, haemothorax, contusion, the fractures that change
    care); in older adults, where every fracture raises pneumonia and death, CT chest
    finds what films miss (EAST 2016, Galvagno SM et al.; Bulger EM et al. J Trauma
    2000;48:1040). Children are left to their own rules.
    """
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not (injury_now(_BLUNT_MECHANISM, texts) and asserted(_CHEST_WALL_SIGN, texts)):
        return []
    if injury_now(_PENETRATING_CHEST, texts) or asserted(_TRAUMA_IMAGING_DONE, texts):
        return []
    older = pop.age_within(years(OLDER_CHEST_CT_AGE), None) is True
    src = (
        "ACR Appropriateness Criteria rib fractures 2018; Galvagno SM et al. EAST "
        "2016, J Trauma Acute Care Surg 2016;81:936"
    )
    name = "chest radiograph (rib fractures, pneumothorax, haemothorax)"
    if older:
        name += f"; CT chest at {OLDER_CHEST_CT_AGE} or older"
    return [
        _req(
            "diagnostic",
            name,
            f"blunt chest wall injury ({src})",
            r"chest (?:x-?ray|radiograph)|cxr|chest and pelvic radiographs|"
            r"ct (?:of the )?chest|chest ct|pan-?scan|whole[- ]body ct",
        )
    ]


STUMBL_SPO2: Final = 95
STUMBL_RR: Final = 20
_CHRONIC_LUNG: Final = _rx(
    r"copd\b|emphysema|chronic (?:obstructive|lung)|bronchiectasis|(?:pulmonary|lung) "
    r"fibrosis|interstitial lung|home oxygen"
)


def older_chest_wall_unimaged(view: StageView, pop: Population) -> str | None:
    """Why an older adult's blunt chest wall injury may not go home before its CT.

    At 65 or older each rib fracture raises pneumonia and death (Bulger EM et al. J
    Trauma 2000;48:1040); the STUMBL score's risk factors known before imaging (age,
    an anticoagulant, chronic lung disease, an SpO2 below 95 %: Battle
    C et al. Injury 2014;45:1396) and a fast respiratory rate mean the CT chest and
    an analgesia plan (regional block, incentive spirometry) come before any discharge
    (Galvagno SM et al. EAST 2016; BGS / TARN rib fractures in older people). trauma53
    (lead53's L11): an 84-year-old on apixaban with tender right 6th-8th ribs.
    """
    if pop.age_within(years(OLDER_CHEST_CT_AGE), None) is not True:
        return None
    texts = visible_texts(view)
    if not (injury_now(_BLUNT_MECHANISM, texts) and asserted(_CHEST_WALL_SIGN, texts)):
        return None
    if injury_now(_PENETRATING_CHEST, texts) or asserted(_TRAUMA_IMAGING_DONE, texts):
        return None
    v = view.vitals
    risks = [
        name
        for name, met in (
            ("an anticoagulant", on_anticoagulant(texts)),
            ("chronic lung disease", asserted(_CHRONIC_LUNG, texts)),
            (
                f"SpO2 below {STUMBL_SPO2} %",
                v.spo2 is not None and v.spo2 < STUMBL_SPO2,
            ),
            (
                f"respiratory rate above {STUMBL_RR}",
                v.respiratory_rate is not None and v.respiratory_rate > STUMBL_RR,
            ),
        )
        if met
    ]
    if not risks:
        return None
    return (
        f"an older adult's blunt chest wall injury with {', '.join(risks)}: CT chest "
        "and an analgesia plan (regional block, incentive spirometry) before any "
        "discharge (Battle C et al. Injury 2014;45:1396 STUMBL; Galvagno SM et al. "
        "EAST 2016; Bulger EM et al. J Trauma 2000)"
    )


# --- pelvic haemorrhage ---

_PELVIC_RING: Final = _rx(
    r"unstable pelvi\w*|pelvi\w* instability|pelvic ring (?:injury|disruption|"
    r"fracture)|open[- ]book|pelvic fractures?|fractur\w* (?:\w+ ){0,3}pelvi\w*|"
    r"(?:symphys\w*|sacroiliac|si joint) (?:\w+ ){0,3}(?:diastasis|disruption|"
    r"widening|widened)|(?:diastasis|disruption|widening) (?:\w+ ){0,3}"
    r"(?:symphys\w*|sacroiliac|si joint)|(?:vertical shear|lateral compression|"
    r"anteroposterior compression|apc) (?:\w+ ){0,2}(?:injury|fracture)"
)
"""A pelvic ring injury on examination or the pelvic film (ATLS 10th ed.; WSES 2017)."""


def pelvic_haemorrhage(view: StageView, pop: Population) -> list[Required]:
    """A pelvic ring injury with hypotension: packing or angioembolisation."""
    texts = visible_texts(view)
    if not (_hypotensive(view, pop) and injury_now(_INJURY, texts)):
        return []
    if not asserted(_PELVIC_RING, texts):
        return []
    src = (
        "Coccolini F et al. WSES 2017 pelvic trauma; Cullinane DC et al. EAST 2011 "
        "pelvic haemorrhage; ATLS 10th ed. ch. 5"
    )
    return [
        _req(
            "consult",
            "trauma surgery and interventional radiology emergently: to the operating "
            "room or angiography suite for pelvic haemorrhage control "
            "(preperitoneal packing with external fixation, or angioembolisation; "
            "laparotomy first if FAST is positive); binder kept on",
            f"pelvic ring injury with hypotension ({src})",
            r"preperitoneal|angioemboli|pelvic packing",
        ),
    ]


# --- traumatic intracranial mass lesion ---

INTRACRANIAL_BLEED: Final = _rx(
    r"(?:subdural|extradural|epidural|intracranial|intracerebral|intraparenchymal|"
    r"subarachnoid)\s+(?:h(?:a)?emorrhag\w*|h(?:a)?ematoma|bleed\w*|collection)|"
    r"\b(?:a?sdh|edh|ich)\b|midline shift|brain contusion|cerebral contusion|"
    r"contusional"
)
"""An intracranial haemorrhage named in the note (CT) or its mass effect."""
_MM: Final = r"(\d{1,2}(?:\.\d)?)\s*mm"
_SHIFT: Final = (
    re.compile(rf"(?i){_MM}\s+(?:of\s+)?(?:\w+\s+){{0,2}}midline shift"),
    re.compile(rf"(?i)midline shift\s+(?:of\s+|is\s+|measur\w*\s+)?{_MM}"),
)
_THICK: Final = (
    (
        "subdural",
        re.compile(rf"(?i){_MM}\s+(?:thick\s+)?(?:\w+\s+){{0,4}}?(?:subdural|sdh\b)"),
    ),
    (
        "extradural",
        re.compile(
            rf"(?i){_MM}\s+(?:thick\s+)?(?:\w+\s+){{0,4}}?"
            r"(?:extradural|epidural|edh\b)"
        ),
    ),
    (
        "subdural",
        re.compile(
            rf"(?i)(?:subdural|sdh)\b[^.;]{{0,40}}?{_MM}\s+(?:thick|in thickness)"
        ),
    ),
    (
        "extradural",
        re.compile(
            rf"(?i)(?:extradural|epidural|edh)\b[^.;]{{0,40}}?{_MM}\s+"
            r"(?:thick|in thickness)"
        ),
    ),
)
SDH_EVACUATE_MM: Final = 10.0
"""Bullock 2006: an acute subdural haematoma > 10 mm thick is evacuated, any GCS."""
EDH_EVACUATE_MM: Final = 15.0
"""Bullock 2006: an extradural haematoma >= 15 mm thick (or > 30 cm3) is evacuated."""
SHIFT_EVACUATE_MM: Final = 5.0
"""Bullock 2006: a midline shift > 5 mm from a subdural or extradural haematoma."""

_HERNIATION: Final = _rx(
    r"(?:unequal|asymmetric\w*|anisocori\w*|blown|fixed and dilated|fixed,? dilated|"
    r"dilated,? (?:non-?reactive|unreactive|fixed)|non-?reactive|unreactive)"
    r"(?: \w+){0,2} pupils?|pupils? (?:are |is )?(?:unequal|asymmetric\w*|blown)|"
    r"anisocori\w*|(?:dilated|blown|fixed) (?:left|right) pupil|"
    r"(?:left|right|one) pupil (?:is )?(?:larger|dilated|blown|fixed|"
    r"non-?reactive|unreactive|sluggish)|extensor posturing|decerebrat\w*|"
    r"cushing\W?s? (?:triad|response|reflex)"
)
"""Clinical signs of transtentorial herniation (BTF 4th ed.; ATLS 10th ed. ch. 6)."""


def herniation_signs(texts: Sequence[str]) -> bool:
    """Whether the note documents signs of transtentorial herniation."""
    return bool(asserted(_HERNIATION, texts)) or any_kept(unequal_in, texts)


def _mass_lesion(texts: Sequence[str]) -> str | None:
    """The surgical criterion an intracranial haematoma meets, if any (Bullock 2006)."""
    for found in each_kept(_mass_lesion_in, texts):
        if found:
            return found
    return None


def _mass_lesion_in(t: str) -> str | None:
    """``_mass_lesion`` in one text (kept per text, recorded)."""
    for rx in _SHIFT:
        for m in rx.finditer(t):
            if float(m.group(1)) > SHIFT_EVACUATE_MM:
                return f"midline shift {m.group(1)} mm > {SHIFT_EVACUATE_MM:g} mm"
    for kind, rx in _THICK:
        limit = SDH_EVACUATE_MM if kind == "subdural" else EDH_EVACUATE_MM
        for m in rx.finditer(t):
            mm = float(m.group(1))
            if (mm > limit) if kind == "subdural" else (mm >= limit):
                return f"{kind} haematoma {m.group(1)} mm thick"
    return None


def intracranial_mass_lesion(view: StageView, _pop: Population) -> list[Required]:
    """A traumatic intracranial haematoma meeting surgical criteria, or herniating."""
    texts = visible_texts(view)
    if not asserted(INTRACRANIAL_BLEED, texts):
        return []
    lesion = _mass_lesion(texts)
    herniating = herniation_signs(texts)
    if lesion is None and not herniating:
        return []
    btf = "Carney N et al. Brain Trauma Foundation 4th ed. 2017; ATLS 10th ed. ch. 6"
    out: list[Required] = []
    if herniating:
        out += [
            _req(
                "medication",
                "hyperosmolar therapy now: mannitol 0.25-1 g/kg IV or hypertonic "
                "saline (3 % 250 mL or 23.4 % 30 mL via a central line)",
                f"signs of transtentorial herniation ({btf})",
                r"mannitol|hypertonic",
            ),
            _req(
                "procedure",
                "head of the bed 30 degrees, head midline, collar loosened; SBP kept "
                ">= 100-110 mmHg and SpO2 > 90 %; brief hyperventilation (PaCO2 "
                "30-35 mmHg) only as a bridge to surgery",
                f"cerebral perfusion in raised intracranial pressure ({btf})",
                r"head of the bed|head-up|30 degrees",
            ),
        ]
    why = lesion or "signs of herniation"
    out.append(
        _req(
            "consult",
            "neurosurgery emergently: to the operating room for craniotomy and "
            "evacuation of the haematoma",
            f"traumatic intracranial haematoma: {why} (Bullock MR et al. "
            f"Neurosurgery 2006;58:S16, S7; {btf})",
            r"craniotomy|evacuat|burr hole",
        )
    )
    return out


HERNIATION_GCS: Final = 12
"""A GCS of 12 or less beside a herniation sign: the depressed consciousness that makes
a dilated pupil transtentorial herniation, not a local iris injury (BTF 4th ed.)."""
_DEPRESSED: Final = _rx(
    r"drows\w*|obtunded|unresponsive|unconscious|comatose|deteriorat\w*|"
    r"(?:gcs|consciousness|conscious level) (?:\w+ ){0,2}(?:fall\w*|dropp\w*|declin\w*)"
)


def head_injury_herniation(view: StageView, _pop: Population) -> list[Required]:
    """Herniation signs after a head injury, before any scan: treat, scan, operate.

    A head injury with a unilateral dilated or unreactive pupil, extensor posturing or
    Cushing's response and a depressed consciousness (GCS <= 12, or drowsy,
    deteriorating) is transtentorial herniation from an expanding haematoma until the
    CT shows otherwise: hyperosmolar therapy now, the head up, the CT immediately and
    neurosurgery at once (Carney N et al. BTF 4th ed. 2017; ATLS 10th ed. ch. 6: the
    'talk and die' extradural haematoma). trauma43: a lucid interval, GCS 10 and a
    dilated pupil after a blow got a CT "within 1 h" and neurosurgery only if the CT
    showed a bleed. Once the CT names the bleed ``intracranial_mass_lesion`` speaks.
    """
    texts = visible_texts(view)
    if not injury_now(_HEAD_STRIKE, texts) or asserted(INTRACRANIAL_BLEED, texts):
        return []
    if not herniation_signs(texts):
        return []
    scores = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    low = min((g for g in scores if 3 <= g <= 15), default=15)
    if low > HERNIATION_GCS and not asserted(_DEPRESSED, texts):
        return []
    btf = "Carney N et al. Brain Trauma Foundation 4th ed. 2017; ATLS 10th ed. ch. 6"
    why = "head injury with a depressed consciousness and signs of herniation"
    return [
        _req(
            "medication",
            "hyperosmolar therapy now: mannitol 0.25-1 g/kg IV or hypertonic "
            "saline (3 % 250 mL or 23.4 % 30 mL via a central line)",
            f"{why} ({btf})",
            r"mannitol|hypertonic",
        ),
        _req(
            "procedure",
            "head of the bed 30 degrees, head midline, collar loosened; SBP kept "
            ">= 100-110 mmHg and SpO2 > 90 %; airway secured (intubation) if the GCS "
            "is 8 or less or falling; brief hyperventilation (PaCO2 30-35 mmHg) only "
            "as a bridge to surgery",
            f"cerebral perfusion in raised intracranial pressure ({btf})",
            r"head of the bed|head-up|30 degrees",
        ),
        _req(
            "diagnostic",
            "non-contrast CT head immediately (on the way to theatre if needed)",
            f"{why}: an expanding haematoma until shown otherwise ({btf})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
        _req(
            "consult",
            "neurosurgery emergently: craniotomy for an expanding haematoma, now",
            f"{why} (Bullock MR et al. Neurosurgery 2006;58:S7; {btf})",
            r"neurosurgery emergently|craniotomy|evacuat|burr hole",
        ),
    ]


# --- minor head injury: the Canadian CT head rule ---

_HEAD_STRIKE: Final = _rx(
    r"hit (?:his|her|their|the) (?:head|forehead|face)|head (?:injury|strike|trauma)|"
    r"struck (?:his|her|their|the back of (?:his|her|their)) head|"
    r"bang\w* (?:his|her|their) head|(?:forehead|scalp|occipital) (?:abrasion|"
    r"laceration|haematoma|hematoma|wound)|"
    r"(?:abrasion|laceration|haematoma|hematoma|bruise|graze|lump|swelling|wound) "
    r"(?:on|to|over) (?:the |his |her |their )?(?:forehead|scalp|occiput)\b|"
    r"(?:kick|punch|hit|struck|strik|head-?butt|elbow|kne|bump|bang|knock|thump|"
    r"smash)\w* (?:\w+ ){0,2}(?:in|on|to|into) the (?:head|forehead|back of the "
    r"head|side of the head)|"
    r"(?:blow|kick|punch|strike|hit|bottle|bat|brick|knee|elbow) to the head|"
    r"bump\w* (?:his|her|their) (?:head|forehead)|head-?butted|"
    r"knocked (?:out|unconscious)(?! (?:\w+ ){0,2}(?:tooth|teeth|incisors?))"
)
_MINOR_HEAD_ENTRY: Final = _rx(
    r"loss of consciousness|\bloc\b|lost consciousness|knocked out|"
    r"amnesi\w*|(?:does not|doesn't|cannot|can't) remember (?:the )?(?:fall|event|"
    r"injury|incident)|disorient\w*"
)
"""Canadian CT head rule population: witnessed loss of consciousness, definite
amnesia or witnessed disorientation (Stiell IG et al. Lancet 2001;357:1391)."""
_CONFUSED: Final = _rx(r"confus\w*|muddled|not (?:making sense|himself|herself)")
"""Confusion after the injury: the Canadian rule's disorientation in the words a
relative uses ("more confused than usual")."""
_CCHR_RISK: Final = _rx(
    r"vomit\w* (?:twice|two times|three times|\d+ times|x ?[2-9]|repeatedly|"
    r"several times|more than once)|(?:repeated|recurrent|persistent) vomiting|"
    r"open (?:skull )?fracture|depressed (?:skull )?fracture|palpable (?:skull )?"
    r"(?:fracture|depression|step)|haemotympanum|hemotympanum|raccoon eyes|"
    r"panda eyes|battle\W?s sign|csf (?:otorrh|rhinorrh)\w*|(?:pedestrian|cyclist) "
    r"(?:struck|hit)|struck by a (?:car|vehicle|van|bus|truck|lorry)|ejected|"
    r"fall from (?:a )?height|fell (?:down )?(?:a flight of )?(?:\d+|five|six|seven|"
    r"eight|ten) (?:stairs|steps)|down (?:a flight of )?stairs"
)
"""Canadian CT head rule high/medium-risk findings read in words: vomiting >= 2
episodes, suspected open or depressed skull fracture, signs of basal skull fracture,
a dangerous mechanism (pedestrian struck, ejection, fall from > 3 ft or 5 stairs)."""
_BASAL_SKULL: Final = _rx(
    r"haemotympanum|hemotympanum|raccoon eyes|panda eyes|battle\W?s sign|"
    r"csf (?:otorrh|rhinorrh)\w*|(?:clear|watery) fluid (?:\w+ ){0,2}from "
    r"(?:the|his|her|their) (?:nose|ear|nostril)\w*|(?:bruis\w*|ecchymos\w*) "
    r"(?:\w+ ){0,2}(?:behind the ears?|over the mastoid)|"
    # trauma43: the raccoon eyes in words ("bruising around both eyes")
    r"(?:bruis\w*|ecchymos\w*|black(?:ened)?) (?:\w+ ){0,1}(?:around|of) "
    r"(?:both|the two) eyes|(?:bilateral|both) (?:periorbital|peri-orbital) "
    r"(?:bruis\w*|ecchymos\w*|haematomas?|hematomas?)|(?:bilateral|two) black eyes"
)
"""NICE NG232 2023 (1.4.7): signs of a basal skull fracture (haemotympanum, 'panda'
eyes, CSF leak from the ear or nose, Battle's sign)."""
_NG232_ONE_HOUR: Final = (
    (
        "more than one episode of vomiting",
        _rx(
            r"vomit\w* (?:\w+ ){0,2}(?:twice|two times|three times|\d+ times|"
            r"(?:three|four|five|several|many) (?:separate |discrete |more )?times|"
            r"x ?[2-9]|repeatedly|several times|more than once|again)|"
            r"(?:repeated|recurrent|persistent) vomiting|"
            r"(?:two|three|four|five|several|\d+) (?:episodes of |bouts of )?vomit\w*"
        ),
    ),
    (
        "a suspected open or depressed skull fracture",
        _rx(
            r"(?:open|compound|depressed) skull fracture|depressed fracture|"
            r"palpable (?:skull )?(?:fracture|depression|step)|"
            r"(?:step|depression) (?:deformity )?in the skull|skull (?:step|depression)"
        ),
    ),
    ("a sign of a basal skull fracture", _BASAL_SKULL),
    (
        "a post-traumatic seizure",
        _rx(r"seizure|convuls\w*|fitted|fitting|had a fit\b|\bseized\b"),
    ),
    ("a focal neurological deficit", _rx(r"focal (?:neuro\w* )?(?:deficit|signs?)")),
)
"""NICE NG232 2023 (1.4.7): the adult criteria for a CT head within 1 hour whatever the
loss of consciousness: vomiting more than once, a suspected open or depressed skull
fracture, any sign of a basal skull fracture (haemotympanum, panda eyes, CSF leak from
the ear or nose, Battle's sign), a post-traumatic seizure, a focal neurological
deficit (the GCS criteria are read from the score)."""
NG232_FALL_M: Final = 1.0
"""NICE NG232 2023 (1.4.9): a fall from a height of more than 1 metre (or 5 stairs) is
a dangerous mechanism (the Canadian rule's 3 feet)."""
CCHR_AGE: Final = 65
_GCS: Final = re.compile(r"(?i)\bGCS\W{0,3}(?:of|is|was)?\s*(\d{1,2})\b")


def minor_head_injury_ct(view: StageView, pop: Population) -> list[Required]:
    """Canadian CT head rule met: a non-contrast CT head (Stiell 2001; NICE NG232)."""
    if _child(pop) or pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not injury_now(_HEAD_STRIKE, texts):
        return []
    scores = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    gcs = [g for g in scores if 3 <= g <= 15]
    low = min(gcs, default=15)
    if low < 13:
        return _gcs_below_13_ct(low)  # not a minor head injury: CT by its severity
    urgent = [why for why, rx in _NG232_ONE_HOUR if asserted(rx, texts)]
    if urgent:
        return _ng232_one_hour_ct(urgent)
    old = pop.age_within(years(CCHR_AGE), None) is True
    # trauma43: an older adult's new confusion is the rule's witnessed disorientation
    # (Stiell 2001: GCS 13-15 with disorientation; age >= 65 a high-risk factor)
    # readers47: a retrograde amnesia of 30 minutes or more in words ("cannot remember
    # the events for an hour before the injury") is both the rule's amnesia and its
    # medium-risk criterion (Stiell 2001; NICE NG232 2023 1.4.9)
    retro = asserted(RETROGRADE_AMNESIA_30, texts)
    entry = (
        retro
        or asserted(_MINOR_HEAD_ENTRY, texts)
        or (old and asserted(_CONFUSED, texts))
    )
    if not entry:
        return _gcs_below_15_ct(low, asserted(_TWO_HOURS_ON, texts))
    high = (_fall_metres(texts) or 0.0) > NG232_FALL_M
    if not (old or low < 15 or high or retro or asserted(_CCHR_RISK, texts)):
        return []
    why = (
        f"age >= {CCHR_AGE}"
        if old
        else "more than 30 minutes of retrograde amnesia"
        if retro
        else "a high- or medium-risk criterion"
    )
    src = "Stiell IG et al. Lancet 2001;357:1391; NICE NG232 2023 (1.4.7)"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head",
            f"minor head injury with loss of consciousness, amnesia or disorientation "
            f"and {why} (Canadian CT head rule; {src})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
    ]


def head_injury_gcs_below_15(texts: Sequence[str]) -> str | None:
    """Why a head injury whose GCS is below 15 now may not go home, or None.

    NICE NG232 2023 (1.9, 1.4.7): a patient goes home after a head injury only with a
    GCS of 15 (and a CT that shows nothing where one was indicated); a GCS below 15
    is observed half-hourly and scanned within 1 h if it is still below 15 two hours
    after the injury, and alcohol does not explain it away. trauma53: a drunk man
    found with a forehead laceration and a GCS of 13 was forecast home beside his CT.
    """
    if not injury_now(_HEAD_STRIKE, texts):
        return None
    scores = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    gcs = [g for g in scores if 3 <= g <= 15]
    if not gcs or gcs[-1] >= ADVICE_GCS:
        return None
    return (
        f"a head injury with GCS {gcs[-1]} < 15: neurological observations and the CT "
        "head before any discharge, which needs a GCS of 15; alcohol does not explain "
        "a low GCS away (NICE NG232 2023 1.4.7, 1.9)"
    )


ADVICE_GCS: Final = 15
"""A GCS of 15: the minor head injury whose patient may go home (NICE NG232 1.9)."""


def head_injury_advice(view: StageView, _pop: Population) -> list[Required]:
    """NICE NG232 2023 (1.10): written head-injury advice for whoever goes home.

    Every patient with a head injury who may go home (GCS 15, no NG232 one-hour CT
    criterion, no sign of herniation) leaves with verbal and written advice, for
    them and the adult who will be with them: the symptoms to return for, and a
    responsible adult for the first 24 hours; a child's or a player's return to
    sport is graded (NICE NG232 1.10.1-1.10.4; Patricios JS et al. Concussion in
    Sport Group 2023). trauma43: the minor head injuries sent home left with no
    advice at all.
    """
    texts = visible_texts(view)
    if not injury_now(_HEAD_STRIKE, texts):
        return []
    scores = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    if min((g for g in scores if 3 <= g <= 15), default=15) < ADVICE_GCS:
        return []
    if herniation_signs(texts) or asserted(_DEPRESSED, texts):
        return []
    if any(asserted(rx, texts) for _, rx in _NG232_ONE_HOUR):
        return []
    if asserted(CORD_SYMPTOM, texts):
        return []  # a cord deficit stays in (NICE NG41 2016; NG232 1.4.7 focal deficit)
    src = "NICE NG232 2023 (1.10); Patricios JS et al. Br J Sports Med 2023;57:695"
    return [
        _req(
            "procedure",
            "on discharge: verbal and written head-injury advice for the patient and "
            "the responsible adult who will stay with them for the first 24 h "
            "(return at once for drowsiness, confusion, repeated vomiting, a worsening "
            "headache, a seizure, weakness, visual change or clear fluid from the nose "
            "or ear); no contact sport until symptom-free and cleared",
            f"head injury going home ({src})",
            r"head[- ]injury (?:advice|instructions|discharge)|concussion advice",
        )
    ]


def _ng232_one_hour_ct(reasons: Sequence[str]) -> list[Required]:
    """NICE NG232 2023 (1.4.7): an adult head injury with a 1-hour criterion.

    Vomiting more than once, a suspected open, depressed or basal skull fracture, a
    post-traumatic seizure or a focal deficit is a CT head within 1 hour whether or
    not consciousness was lost (the Canadian rule's population is narrower).
    """
    src = "NICE NG232 2023 (1.4.7); ATLS 10th ed. ch. 6"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head within 1 h",
            f"head injury with {', '.join(reasons)} ({src})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
    ]


def _gcs_below_13_ct(low: int) -> list[Required]:
    """NICE NG232 2023 (1.4.7): GCS below 13 after a head injury, CT within 1 h.

    GCS below 13 on initial assessment in the ED is a CT head within 1 hour;
    alcohol does not explain it away.
    """
    src = "NICE NG232 2023 (1.4.7); ATLS 10th ed. ch. 6"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head within 1 h",
            f"head injury with GCS {low} < 13 on assessment ({src})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
    ]


_TWO_HOURS_ON: Final = _rx(
    r"(?:[2-9]|1[0-9]|two|three|four|five|six|several) (?:hours?|hrs?|h) (?:after|since"
    r"|post)(?: the| his| her| their)? (?:injury|fall|incident|trauma|head injury)|"
    r"(?:fell|fall|hit|struck|kicked|punched|assaulted|injured|bumped|banged)\b"
    r"[^.;]{0,60}?\b(?:[2-9]|1[0-9]|two|three|four|five|six|several) (?:hours?|hrs?)"
    r" ago"
)
"""The GCS's time stated as two hours or more after the injury (NICE NG232 1.4.7):
"GCS 13 ... 2 hours after the fall", or an injury "2 hours ago" assessed now."""


def _gcs_below_15_ct(low: int, two_hours_on: bool = False) -> list[Required]:
    """NICE NG232 2023 (1.4.7) outside the Canadian rule's population.

    An adult head injury with a GCS below 15 needs a CT head within 1 h if the GCS is
    still below 15 two hours after the injury, whatever the loss of consciousness;
    intoxication does not exempt (the rule has no intoxication exclusion), so the GCS
    is followed, not explained away. With the GCS documented two hours or more after
    the injury (``two_hours_on``) the CT is due now.
    """
    if low >= 15:
        return []
    src = "NICE NG232 2023 (1.4.7)"
    if two_hours_on:
        return [
            _req(
                "diagnostic",
                "non-contrast CT head within 1 h",
                f"head injury with GCS {low} < 15 two hours or more after the "
                f"injury; intoxication does not explain it away ({src})",
                r"ct (?:of the )?head|head ct|ct brain",
            ),
        ]
    return [
        _req(
            "diagnostic",
            "neurological observations (GCS every 30 min); non-contrast CT head within "
            "1 h if the GCS is below 15 two hours after the injury",
            f"head injury with GCS {low} < 15 ({src})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
    ]


# --- minor head trauma in a child: PECARN ---

PECARN_SOURCE: Final = "Kuppermann N et al. PECARN. Lancet 2009;374:1160"
_PECARN_AMS: Final = _rx(
    r"drows\w*|letharg\w*|confus\w*|agitat\w*|somnolen\w*|slow (?:to respond|"
    r"verbal)|repetitive question\w*|altered (?:mental|conscious)\w*"
)
_PECARN_SKULL: Final = _rx(
    r"palpable (?:skull )?(?:fracture|depression|step)|depressed (?:skull )?fracture|"
    r"haemotympanum|hemotympanum|raccoon eyes|panda eyes|battle\W?s sign|"
    r"csf (?:otorrh|rhinorrh)\w*|(?:periorbital|retroauricular|mastoid) bruis\w*"
)
_NON_FRONTAL: Final = r"(?:occipit|pariet|tempor)\w*"
_SIZE: Final = r"(?:\d+(?:\.\d+)?|a few) ?(?:x ?\d+(?:\.\d+)? ?)?(?:cm|mm|centimet\w*)"
"""A size written between the swelling and its site ("swelling 6 cm over the
parietal scalp", peds48)."""
_NON_FRONTAL_HAEMATOMA: Final = _rx(
    rf"{_NON_FRONTAL} (?:scalp )?(?:ha?ematoma|swelling|lump|bump|"
    rf"boggy)|(?:boggy|large) (?:\w+ ){{0,2}}{_NON_FRONTAL}|"
    r"(?:ha?ematoma|swelling|lump|bump) (?:\w+ ){0,3}(?:back|side) of (?:the |his |"
    r"her )?head|"
    rf"(?:ha?ematoma|swelling|lump|bump) (?:{_SIZE} )?(?:over|on|of) (?:the )?"
    rf"(?:\w+ ){{0,2}}{_NON_FRONTAL}"
)
_PECARN_LOC: Final = _rx(
    r"loss of consciousness|lost consciousness|knocked out|\bloc\b"
)
_PECARN_NOT_NORMAL: Final = _rx(
    r"not (?:acting|behaving) (?:normally|like (?:him|her)self|(?:his|her) usual)|"
    r"not (?:him|her)self|acting (?:abnormally|strangely|oddly)"
)
_PECARN_VOMIT: Final = _rx(r"vomit\w*")
_PECARN_HEADACHE: Final = _rx(r"severe headache|worst headache|headache (?:is )?severe")
_PECARN_MECHANISM: Final = _rx(
    r"ejected|roll-?over|(?:pedestrian|cyclist|bicyclist|on (?:a|his|her) bike) "
    r"(?:\w+ ){0,4}(?:struck|hit|knocked down)|(?:struck|hit|knocked down) by a "
    r"(?:car|vehicle|van|bus|truck|lorry)|high[- ]impact|(?:golf club|baseball bat|"
    r"cricket bat|bat|hockey stick) (?:\w+ ){0,3}head|down (?:a flight of )?stairs"
)


def _fall_metres(texts: Sequence[str]) -> float | None:
    found = [m for heights in each_text(_falls_in, None, texts) for m in heights]
    return max(found, default=None)


def _falls_in(_: None, text: str) -> tuple[float, ...]:
    return tuple(fall_metres(m) for m in FALL_HEIGHT.finditer(text))


def _pecarn(view: StageView, pop: Population) -> tuple[str, list[str]] | None:
    """PECARN risk group of a child's minor head trauma and its factors, or None.

    None when PECARN does not apply (no child, no head strike today, GCS < 14);
    ("high", []) for altered mental status, GCS 14 or a skull fracture sign;
    ("intermediate", factors) or ("low", []) otherwise (Kuppermann 2009).
    """
    if pop.age_within(0, years(18) - 1) is not True:
        return None
    texts = visible_texts(view)
    if not injury_now(_HEAD_STRIKE, texts):
        return None
    gcs = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    low = min((g for g in gcs if 3 <= g <= 15), default=15)
    if low < 14:
        return None  # not minor head trauma: CT by the severity itself
    under2 = pop.age_within(0, years(2) - 1) is True
    if low == 14 or asserted(_PECARN_AMS, texts) or asserted(_PECARN_SKULL, texts):
        return "high", []
    height = _fall_metres(texts)
    limit = 0.9 if under2 else 1.5
    factors = [
        name
        for name, met in (
            ("non-frontal scalp haematoma",
             under2 and asserted(_NON_FRONTAL_HAEMATOMA, texts)),
            ("loss of consciousness", asserted(_PECARN_LOC, texts)),
            ("not acting normally", under2 and asserted(_PECARN_NOT_NORMAL, texts)),
            ("vomiting", not under2 and asserted(_PECARN_VOMIT, texts)),
            ("severe headache", not under2 and asserted(_PECARN_HEADACHE, texts)),
            ("a severe mechanism",
             asserted(_PECARN_MECHANISM, texts)
             or (height is not None and height > limit)),
        )
        if met
    ]  # fmt: skip
    return ("intermediate", factors) if factors else ("low", [])


INFANT_SWELLING_CM: Final = 5.0
"""NICE NG232 2023 (1.4.11): under 1 year, a bruise, swelling or laceration of more
than 5 cm on the head is a CT head within 1 hour."""
_HEAD_MARK_CM: Final = _rx(
    r"(\d+(?:\.\d+)?) ?(?:cm|centimet\w*)\b(?:[^.;\n]{0,40}?)\b(?:swelling|"
    r"ha?ematoma|bruis\w*|lump|laceration|boggy)|(?:swelling|ha?ematoma|bruis\w*|lump|"
    r"laceration)\b[^.;\n]{0,30}?\b(\d+(?:\.\d+)?) ?(?:cm|centimet\w*)\b"
)
_ON_THE_HEAD: Final = _rx(
    r"scalp|head|forehead|frontal|pariet\w*|occipit\w*|tempor\w*|skull|vertex"
)


def _head_marks_cm(texts: Sequence[str]) -> list[float]:
    """Sizes (cm) of bruises, swellings or lacerations in a sentence on the head."""
    sizes: list[float] = []
    for text in texts:
        for m in _HEAD_MARK_CM.finditer(text):
            lo = sentence_start(text, m.start(), ".;")
            hi = sentence_end(text, m.end(), ".;")
            if _ON_THE_HEAD.search(text, lo, hi):
                sizes.append(float(m.group(1) or m.group(2)))
    return sizes


def infant_head_swelling_ct(view: StageView, pop: Population) -> list[Required]:
    """NICE NG232 2023 (1.4.11): under 1 year, a head mark > 5 cm: CT head within 1 h.

    A bruise, swelling or laceration of more than 5 cm on the head of a child under
    1 year after a head injury is a CT criterion (a skull fracture and an
    intracranial injury under a large haematoma; PECARN's non-frontal scalp
    haematoma, Kuppermann 2009), whatever the GCS and behaviour.
    """
    if pop.age_within(0, years(1) - 1) is not True:
        return []
    texts = visible_texts(view)
    if not injury_now(_HEAD_STRIKE, texts):
        return []
    big = [cm for cm in _head_marks_cm(texts) if cm > INFANT_SWELLING_CM]
    if not big:
        return []
    return [
        _req(
            "diagnostic",
            "non-contrast CT head within 1 h",
            f"head injury under 1 year with a {max(big):g} cm swelling, bruise or "
            f"laceration (> {INFANT_SWELLING_CM:g} cm; NICE NG232 2023 1.4.11; "
            f"{PECARN_SOURCE})",
            r"ct (?:of the )?head|head ct|ct brain",
        )
    ]


_INFANT_FALL: Final = _rx(
    r"rolled off|fell|fallen|fall\b|dropped|slipped (?:out of|from)|bump\w* (?:his|her|"
    r"their|the) head|hit (?:his|her|their|the) head|head (?:injury|trauma|strike)|"
    r"banged (?:his|her|their) head"
)
"""A fall or head strike told of an infant ("rolled off the bed", "was dropped")."""
_TENSE_FONTANELLE: Final = _rx(
    r"(?:bulging|tense|full) (?:anterior )?fontanel\w*|fontanel\w* (?:is )?(?:bulging|"
    r"tense|full)"
)
FONTANELLE_OPEN_YEARS: Final = 2
"""The anterior fontanelle closes by about 18-24 months (Kiesler J, Richer R. Pediatr
Rev 2003;24:175): after 2 years there is none to bulge."""


def infant_tense_fontanelle_ct(view: StageView, pop: Population) -> list[Required]:
    """NICE NG232 2023 (1.4.11): a fall or head injury with a tense fontanelle.

    A child's head injury with a tense or bulging fontanelle is a CT head within 1 hour
    (an intracranial injury raising the pressure), and an intracranial sign after a
    short fall or no stated injury in an infant is where maltreatment is considered
    (NICE CG89 1.2.11: an intracranial injury without major accidental trauma in a
    child under 3; Narang SK et al. AAP 2020 abusive head trauma). trauma43: a
    3-month-old irritable and vomiting with a bulging fontanelle after "rolling off the
    bed" was labelled an upper respiratory infection with no scan.
    """
    if pop.age_within(0, years(FONTANELLE_OPEN_YEARS) - 1) is not True:
        return []
    texts = visible_texts(view)
    if not (injury_now(_INFANT_FALL, texts) and asserted(_TENSE_FONTANELLE, texts)):
        return []
    src = "NICE NG232 2023 (1.4.11); NICE CG89 (1.2.11); Narang SK et al. AAP 2020"
    return [
        _req(
            "diagnostic",
            "non-contrast CT head within 1 h",
            f"a child's fall or head injury with a tense or bulging fontanelle ({src})",
            r"ct (?:of the )?head|head ct|ct brain",
        ),
        _req(
            "consult",
            "paediatrics and the child protection team: an infant's intracranial "
            "sign after a short fall; skeletal survey and a dilated retinal "
            "examination if the CT shows an intracranial injury",
            f"an intracranial injury without major accidental trauma is where "
            f"maltreatment is considered ({src})",
            r"child protection|safeguarding",
        ),
    ]


_LACERATION: Final = _rx(
    r"lacerations?|gaping (?:cut|wound)|(?:deep |open )?cut (?:to|on|under|over|"
    r"above|below) (?:the |his |her )?\w+|wound (?:needs|needing|requires|requiring)"
    r" (?:sutur|repair|closure|stitch)\w*"
)
"""A wound that needs closing (a laceration, a gaping cut)."""
_CANNOT_KEEP_STILL: Final = _rx(
    r"inconsolable|uncooperative|combative|(?:will not|won't|cannot|can't|unable to)"
    r" (?:let anyone (?:near|close|touch)|keep still|hold still|stay still|lie still|"
    r"tolerate (?:the )?(?:repair|suturing|closure))|too (?:distressed|upset|"
    r"frightened|scared) (?:for|to)|needs? (?:procedural )?sedation|sedation (?:for|to"
    r"|needed)"
)
"""A child who cannot keep still for a wound repair."""
KETAMINE_MIN_DAYS: Final = 90
"""Ketamine's absolute contraindication: under 3 months (Green SM et al. ACEP 2011)."""


def child_laceration_sedation(view: StageView, pop: Population) -> list[Required]:
    """A child's laceration that cannot be closed with the child awake: ketamine.

    Green SM, Roback MG, Kennedy RM, Krauss B. ACEP clinical practice guideline for
    emergency department ketamine dissociative sedation: 2011 update. Ann Emerg Med
    2011;57:449: topical anaesthetic first, then ketamine 1-1.5 mg/kg IV (4-5 mg/kg
    IM) with monitoring and airway equipment; recent food intake is no reason to
    delay (Godwin SA et al. ACEP clinical policy procedural sedation 2014). Not under
    3 months (absolute contraindication); 3-12 months is a relative one.
    """
    if pop.age_within(KETAMINE_MIN_DAYS, years(18) - 1) is not True:
        return []
    texts = visible_texts(view)
    if not (asserted(_LACERATION, texts) and asserted(_CANNOT_KEEP_STILL, texts)):
        return []
    src = "Green SM et al. ACEP ketamine guideline 2011; ACEP PSA clinical policy 2014"
    return [
        _req(
            "medication",
            "topical anaesthetic on the wound first (lidocaine-adrenaline-tetracaine"
            " gel for 20-30 min)",
            f"a child's laceration repair ({src})",
            r"lidocaine|let gel|topical ana?esthe",
        ),
        _req(
            "medication",
            "procedural sedation for the repair: ketamine 1-1.5 mg/kg IV (or 4-5 mg/kg"
            " IM) by a sedation-trained clinician with continuous SpO2 and cardiac"
            " monitoring and airway equipment at the bedside; a recent meal is no"
            " reason to delay",
            f"a child who cannot keep still for the repair ({src})",
            r"ketamine|procedural sedation",
        ),
    ]


_PECARN_EXCLUDED: Final = _rx(
    r"(?:vp |ventricul\w* |csf )?shunts?|ha?emophilia|bleeding disorder|von willebrand"
    r"|coagulopathy|thrombocytop\w*|brain tumou?r|non-?accidental|\bnai\b"
    r"|safeguarding|focal (?:neuro\w* )?deficit"
)
"""What PECARN excluded or does not cover (Kuppermann 2009: shunts, bleeding
disorders, brain tumours; suspected abuse; a focal deficit is imaged)."""


def pecarn_low_risk(view: StageView, pop: Population) -> bool:
    """A child's minor head trauma with no PECARN factor: no CT (ciTBI < 0.05 %).

    A mild headache is no factor (only a severe one is), so a head CT asked for by
    the differential's subdural haematoma is withheld (Kuppermann 2009; ALARA).
    Not for a child PECARN excluded (a shunt, a bleeding disorder, an
    anticoagulant, a brain tumour), suspected abuse or a focal deficit.
    """
    risk = _pecarn(view, pop)
    if risk is None or risk[0] != "low":
        return False
    if infant_head_swelling_ct(view, pop) or infant_tense_fontanelle_ct(view, pop):
        return False  # peds48: NICE NG232 1.4.11's own infant criteria ask the CT
    texts = visible_texts(view)
    return not (asserted(_PECARN_EXCLUDED, texts) or asserted(ANY_ANTICOAGULANT, texts))


_NICE_CT_FACTOR: Final = _rx(
    r"vomit\w*|threw up|seiz\w*|convuls\w*|clopidogrel|ticagrelor|prasugrel|"
    r"dipyridamole|intoxicat\w*|drunk|alcohol on (?:his|her|their) breath"
)
"""Findings that put an adult head injury in NICE NG232's CT criteria or outside its
assessable population: vomiting, a seizure, an antiplatelet other than aspirin,
intoxication (the examination cannot be trusted)."""


def adult_head_low_risk(view: StageView, pop: Population) -> bool:
    """An adult (16-64) head strike with no NICE NG232 CT criterion: no head CT.

    GCS 15, no loss of consciousness, amnesia or disorientation (outside the Canadian
    CT head rule's population), no vomiting, seizure, skull fracture sign, dangerous
    mechanism, focal deficit, bleeding disorder, current anticoagulant (a finished
    course is none: ``reversal.on_anticoagulant``) or antiplatelet other than aspirin:
    NICE NG232 2023 (1.4.7-1.4.12) asks no CT, so a head CT asked for by the
    differential's subdural haematoma (a mild headache weighs toward it) is withheld.
    """
    if pop.age_within(years(16), years(CCHR_AGE) - 1) is not True:
        return False
    texts = visible_texts(view)
    if not injury_now(_HEAD_STRIKE, texts):
        return False
    scores = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    if min((g for g in scores if 3 <= g <= 15), default=15) < 15:
        return False
    risks = (
        _MINOR_HEAD_ENTRY,
        _CCHR_RISK,
        _PECARN_SKULL,
        _PECARN_EXCLUDED,
        RETROGRADE_AMNESIA_30,  # readers47: NICE NG232 1.4.9, in words
    )
    # trauma43: every NG232 one-hour criterion is a risk here too (a basal skull
    # fracture worded "clear fluid running from the nose" held the CT back)
    one_hour = tuple(rx for _, rx in _NG232_ONE_HOUR)
    if any(asserted(rx, texts) for rx in (*risks, *one_hour, _NICE_CT_FACTOR)):
        return False
    return not on_anticoagulant(texts)


_LOC_MINUTES: Final = _rx(
    r"(?:knocked out|unconscious|loss of consciousness|lost consciousness|\bloc\b)"
    r"[^.;]{0,25}?\b(\d+(?:\.\d+)?) ?min"
)
_LOC_SIX_PLUS: Final = _rx(
    r"(?:knocked out|unconscious|loss of consciousness|lost consciousness|\bloc\b)"
    r"[^.;]{0,25}?\b(?:six|seven|eight|nine|ten|fifteen|twenty|several) min"
)
_VOMIT_COUNT: Final = _rx(
    r"vomit\w* (?:\w+ ){0,2}(\d+|three|four|five|six|several|many) (?:separate |"
    r"discrete |more )?times"
)
_CHILD_DROWSY: Final = _rx(r"(?:abnormal\w*|unusual\w*|very|excessive\w*) drows\w*")
_WORD_COUNT: Final = {"three": 3, "four": 4, "five": 5, "six": 6, "several": 3,
                      "many": 3}  # fmt: skip
CHILD_LOC_MIN: Final = 5.0
CHILD_VOMITS: Final = 3
"""NICE NG232 2023 (1.4.11): a child's witnessed loss of consciousness lasting more
than 5 minutes and three or more discrete episodes of vomiting are risk factors."""


def _ng232_child_factors(texts: Sequence[str]) -> list[str]:
    """NICE NG232 2023 (1.4.11)'s second list for a child's head injury.

    Witnessed loss of consciousness over 5 minutes, abnormal drowsiness, three or
    more discrete episodes of vomiting, a dangerous mechanism (a fall from more than
    3 m): more than one is a CT head within 1 hour; one alone, observation for at
    least 4 hours (the PECARN intermediate group's observation).
    """
    loc = any(v > CHILD_LOC_MIN for v in floats_of(_LOC_MINUTES, texts)) or asserted(
        _LOC_SIX_PLUS, texts
    )
    high = (_fall_metres(texts) or 0.0) > DANGEROUS_FALL_M
    return [
        name
        for name, met in (
            ("loss of consciousness over 5 minutes", loc),
            ("abnormal drowsiness", asserted(_CHILD_DROWSY, texts)),
            ("three or more episodes of vomiting", _vomits(texts) >= CHILD_VOMITS),
            ("a fall from more than 3 m", high),
        )
        if met
    ]


def _vomits(texts: Sequence[str]) -> int:
    """The largest number of vomiting episodes stated ("vomited three times")."""
    words = [m.group(1).lower() for t in texts for m in _VOMIT_COUNT.finditer(t)]
    return max(
        (int(w) if w.isdigit() else _WORD_COUNT.get(w, 0) for w in words), default=0
    )


def pecarn_head(view: StageView, pop: Population) -> list[Required]:
    """PECARN: a child's minor head trauma (GCS >= 14), by age under 2 or 2 and over.

    High risk (altered mental status, GCS 14, a palpable or basal skull fracture):
    CT head (ciTBI about 4 %). Intermediate risk (under 2: a non-frontal scalp
    haematoma, loss of consciousness >= 5 s, a severe mechanism or a fall > 0.9 m,
    not acting normally; from 2: loss of consciousness, vomiting, a severe mechanism
    or a fall > 1.5 m, severe headache): observation in the department or CT by
    shared decision (ciTBI about 1 %). Low risk: no CT (Kuppermann 2009).
    """
    risk = _pecarn(view, pop)
    if risk is None or risk[0] == "low":
        return []
    level, factors = risk
    child_factors = _ng232_child_factors(visible_texts(view))
    if level == "intermediate" and len(child_factors) > 1:
        return [
            _req(
                "diagnostic",
                "non-contrast CT head within 1 h",
                f"a child's head injury with more than one NICE NG232 risk factor "
                f"({', '.join(child_factors)}; NICE NG232 2023 1.4.11)",
                r"ct (?:of the )?head|head ct|ct brain",
            )
        ]
    if level == "high":
        return [
            _req(
                "diagnostic",
                "non-contrast CT head",
                f"PECARN high risk: altered mental status or a skull fracture sign "
                f"(ciTBI about 4 %; {PECARN_SOURCE})",
                r"ct (?:of the )?head|head ct|ct brain",
            )
        ]
    return [
        _req(
            "procedure",
            "observe in the department with repeated neurological checks until 4-6 h "
            "after the injury; CT head if symptoms worsen or persist, with several "
            "risk factors, under 3 months, or by shared decision with the parents",
            f"PECARN intermediate risk ({', '.join(factors)}): ciTBI about 1 %, "
            f"observation or CT ({PECARN_SOURCE})",
            r"observ\w* (?:\w+ ){0,4}(?:neuro|4-6 h)|ct (?:of the )?head|head ct",
        )
    ]


CSPINE_CT_GCS: Final = 12
"""NICE NG232 2023 (1.5.x): CT cervical spine within 1 h for an adult head injury with
GCS 12 or less on initial assessment (imaged with the CT head)."""


def head_injury_cspine_ct(view: StageView, pop: Population) -> list[Required]:
    """An adult head injury with GCS <= 12: CT of the cervical spine with the head."""
    if _child(pop) or pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not (injury_now(_HEAD_STRIKE, texts) or asserted(INTRACRANIAL_BLEED, texts)):
        return []
    if not injury_now(_INJURY, texts):
        return []
    gcs = [
        int(m.group(1))
        for t in texts
        for m in _GCS.finditer(t)
        if 3 <= int(m.group(1)) <= 15
    ]
    if not gcs or min(gcs) > CSPINE_CT_GCS:
        return []
    src = "NICE NG232 2023 head injury (cervical spine imaging); ATLS 10th ed. ch. 7"
    return [
        _req(
            "diagnostic",
            "CT head and CT cervical spine within 1 h; spinal motion restriction "
            "until cleared",
            f"head injury with GCS {min(gcs)} <= {CSPINE_CT_GCS} ({src})",
            r"ct (?:of the )?(?:c-?spine|cervical)|cervical spine ct",
        ),
    ]


# --- a child's cervical spine after blunt trauma (PECARN) ---

_PECARN_NECK: Final = _rx(
    r"neck (?:pain|ache)|painful neck|(?:his|her|their|the) neck (?:hurts|is sore|"
    r"is tender)|neck (?:hurts|is sore)|sore neck|torticollis|wry neck|"
    r"(?:holds?|holding|held) (?:his|her|their|the) head (?:\w+ ){0,2}(?:tilted|"
    r"to one side|to the (?:left|right))|"
    r"(?:midline|cervical) (?:spine |spinal )?tenderness"
)
_PECARN_DEFICIT: Final = _rx(
    r"(?:weakness|paraesthesi\w*|paresthesi\w*|numbness|tingling) (?:\w+ ){0,3}"
    r"(?:arms?|hands?|legs?|limbs?|extremities)|not moving (?:his|her|their) "
    r"(?:arms?|legs?|limbs?)|focal neurological (?:deficit|signs?|findings?)"
)
_PECARN_CSPINE_MECHANISM: Final = _rx(
    r"head[- ]on|roll-?over|rolled over|ejected|(?:died|dead|killed) (?:\w+ ){0,3}"
    r"(?:at the scene|in the (?:same )?(?:crash|collision|vehicle|car))|"
    r"(?:occupant|passenger|driver) (?:\w+ ){0,3}(?:died|was killed)|"
    r"(?:motorway|highway|high) speed|diving|dived"
)
_PECARN_BLUNT: Final = _rx(
    r"mvc|mva|motor vehicle|collision|crash\w*|car seat|fell|fall\b|fallen|"
    r"tackle\w*|assault\w*|struck|hit by|thrown|diving|dived|trampoline"
)
PECARN_CSPINE_SOURCE: Final = (
    "Leonard JC et al. Ann Emerg Med 2011;58:145 (PECARN cervical spine injury"
    " factors); Leonard JC et al. Lancet Child Adolesc Health 2024;8:482; NICE NG232"
    " 2023 (cervical spine imaging in children)"
)


PECARN_CSPINE_CT_GCS: Final = 8
"""Leonard JC et al. 2024: high risk (CT) is a GCS of 3-8 (or AVPU not alert) or a
focal neurological deficit; GCS 9-14 is non-low risk (radiographs)."""


def pecarn_cspine(view: StageView, pop: Population) -> list[Required]:
    """PECARN: a child's cervical spine after blunt trauma, imaged on its factors.

    Under 16 the Canadian C-spine rule does not apply and NEXUS enrolled few young
    children. Neck pain or torticollis, altered mental status, a focal neurological
    deficit or a high-risk crash (head-on, rollover, ejection, a death in the crash,
    high speed) or diving: the spine is immobilised and imaged. The 2024 rule's high
    risk (GCS 3-8, a focal deficit) goes to CT; a GCS of 9-14 or the other factors to
    radiographs first, sparing a young child's thyroid the CT dose (Leonard 2011;
    2024).
    """
    if not _child(pop):
        return []
    texts = visible_texts(view)
    if not injury_now(_PECARN_BLUNT, texts):
        return []
    gcs = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    lowest = min((g for g in gcs if 3 <= g <= 15), default=15)
    altered = lowest < 15
    deficit = asserted(_PECARN_DEFICIT, texts)
    neck = asserted(_PECARN_NECK, texts)
    crash = asserted(_PECARN_CSPINE_MECHANISM, texts)
    if not (altered or deficit or neck or crash):
        return []
    ct = deficit or lowest <= PECARN_CSPINE_CT_GCS
    test = (
        "CT cervical spine (GCS 8 or less or a neurological deficit)"
        if ct
        else "cervical spine radiographs (AP, lateral and, if able, open-mouth views); "
        "CT if inadequate or abnormal"
    )
    return [
        _req(
            "procedure",
            "cervical spine immobilisation (manual in-line stabilisation, then "
            "blocks or a collar) until imaging clears it",
            f"PECARN cervical spine injury factor ({PECARN_CSPINE_SOURCE})",
            r"collar|immobili|in-line",
        ),
        _req(
            "diagnostic",
            test,
            f"a child with a PECARN cervical spine injury factor: the spine is "
            f"imaged ({PECARN_CSPINE_SOURCE})",
            r"(?:ct|x-?ray|radiograph\w*|mri) (?:of the )?(?:c-?spine|cervical)|"
            r"(?:c-?spine|cervical spine) (?:ct|x-?ray|radiograph\w*|mri|imaging)",
        ),
    ]


# --- tranexamic acid: within 3 h of injury ---

_HOURS: Final = r"(?P<h>\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?|h)\b"
_INJURY_TIME: Final = (
    re.compile(
        rf"(?i)\b(?:injur\w*|crash|collision|accident|fall|fell|assault\w*|stabbed|"
        rf"{STAB}|shot|struck|hit)\b[^.;]{{0,30}}?\b(?:about |approximately |"
        rf"around |~)?{_HOURS}\s+(?:ago|earlier|before (?:arrival|presentation))"
    ),
    re.compile(
        rf"(?i){_HOURS}\s+(?:after|since|from)\s+(?:the\s+)?(?:injury|crash|"
        r"collision|accident|fall|assault|stabbing|shooting)"
    ),
)
TXA_WINDOW_H: Final = 3.0
"""CRASH-2 (Lancet 2011;377:1096): tranexamic acid given more than 3 h after injury
raised death from bleeding (RR 1.44); CRASH-3 (Lancet 2019;394:1713): within 3 h."""


def injury_hours(texts: Sequence[str]) -> float | None:
    """Hours since the injury as the note states them ("injured 5 hours ago")."""
    found = [
        float(m.group("h"))
        for t in texts
        for rx in _INJURY_TIME
        for m in rx.finditer(t)
    ]
    return max(found, default=None)


_TXA: Final = _rx(r"tranexamic|txa")


def internal_bleeding_open(texts: Sequence[str]) -> bool:
    """Whether an internal bleed is open after an injury of this visit (ATLS).

    A high-risk mechanism, or blunt force with abdominal signs, with no trauma
    imaging resulted yet.
    """
    if asserted(_TRAUMA_IMAGING_DONE, texts):
        return False
    if injury_now(_HIGH_ENERGY, texts):
        return True
    return injury_now(_BLUNT_MECHANISM, texts) and asserted(
        _ABDOMINAL_INJURY_SIGN, texts
    )


def order_gate(order: Order, texts: tuple[str, ...]) -> tuple[OrderGate, str] | None:
    """Tranexamic acid more than 3 h after the injury (CRASH-2) is withheld."""
    if order.kind != "medication" or not _TXA.search(order.name):
        return None
    hours = injury_hours(texts)
    if hours is None or hours <= TXA_WINDOW_H or not injury_now(_INJURY, texts):
        return None
    return "contraindication", (
        f"injury {hours:g} h ago: tranexamic acid started more than "
        f"{TXA_WINDOW_H:g} h after injury raised death from bleeding (CRASH-2, "
        "Lancet 2011;377:1096; CRASH-3 2019: within 3 h)"
    )


# --- suspected elder abuse or neglect ---

ELDER_ABUSE_AGE: Final = 60
"""Elder abuse is defined from 60 (CDC 2016 uniform definitions; NCEA)."""
_ELDER_DISCLOSURE: Final = _rx(
    r"(?:says|said|states|stated|reports|reported|told|tells|discloses|disclosed|"
    r"alleges|alleged|claims) (?:\w+ ){0,3}(?:was |had been |got |is being |has been )?"
    r"(?:pushed|shoved|hit|struck|kicked|slapped|punched|beaten|grabbed|tied|"
    r"locked in|thrown)|(?:son|daughter|husband|wife|partner|carer|caregiver|"
    r"grandson|granddaughter|nephew|niece) (?:\w+ ){0,2}(?:pushed|shoved|hit|kicked|"
    r"slapped|punched|beat|grabbed|hurt|threatened) (?:her|him|them)"
)
_ELDER_UNEXPLAINED: Final = _rx(
    r"(?:history|story|account|explanation|mechanism) (?:\w+ ){0,3}(?:inconsistent|"
    r"does not (?:match|fit|explain)|doesn't (?:match|fit|explain)|implausible|"
    r"changing|changed|vague)|inconsistent (?:history|story|account|explanation)|"
    r"(?:changing|conflicting|differing) (?:histories|stories|accounts)|"
    r"delay\w* (?:in )?(?:seeking|presentation|presenting)|delayed presentation|"
    r"(?:brought|presents?|presented|seen|came) (?:in )?(?:\w+ ){0,3}(?:\d+|two|three|"
    r"four|five|six|seven|several) days after (?:the |a |an )?(?:\w+ )?(?:fall|injury|"
    r"incident)|unexplained (?:injur\w+|bruis\w+|fractures?)|"
    # trauma53: the carer's blanket explanation ("son says she falls a lot") for
    # injuries of different ages at sites a fall does not bruise (Lachs & Pillemer
    # 2015; Wiglesworth A et al. J Am Geriatr Soc 2009;57:1191)
    r"(?:son|daughter|husband|wife|partner|carer|caregiver|relative|grandson|"
    r"granddaughter) (?:\w+ ){0,2}(?:says|said|states|stated|reports|claims|explains) "
    r"(?:that )?(?:she|he|they) (?:just )?(?:falls|fell|bruises|bumps into things|is "
    r"clumsy) (?:a lot|often|all the time|easily|frequently)"
)
_ELDER_PATTERNED: Final = _rx(
    r"(?:grip|fingertip|finger[- ]?tip|finger|hand[- ]?print|slap|ligature|rope|cord|"
    r"belt|bite|restraint)[- ]?(?:\w+ )?(?:pattern\w*|marks?|bruis\w*)|"
    r"pattern\w* (?:bruis\w*|injur\w*|marks?)|bruis\w* (?:\w+ ){0,3}(?:different|"
    r"differing|various) (?:colou?rs|ages|stages)|(?:different|differing|various) "
    r"(?:colou?rs|ages|stages) (?:\w+ ){0,2}(?:of )?(?:bruis|heal)\w*|bruis\w* "
    r"(?:\w+ ){0,5}(?:inner (?:arms?|thighs?)|genital\w*|ears?|neck|soles?)"
)
_ELDER_NEGLECT: Final = _rx(
    r"(?:pressure (?:sore|ulcer|injury)|bed ?sore|decubitus ulcer)\w*|unkempt|"
    r"(?:soiled|urine[- ]soaked|faeces|feces)|poor (?:personal )?hygiene|"
    r"malnourish\w*|cachectic|emaciated|(?:severely |clinically )?dehydrated|"
    r"(?:medication|medicines|tablets) (?:\w+ ){0,2}(?:withheld|not given)"
)
_ELDER_CARER: Final = _rx(
    r"(?:son|daughter|husband|wife|partner|carer|caregiver|relative|family member) "
    r"(?:\w+ ){0,2}(?:answers (?:for|on behalf of)|speaks for|(?:refuses|reluctant|"
    r"unwilling|declines) to leave|will not leave|won't leave|insists on staying)|"
    # trauma53: the patient's deference or fear before the carer ("looks at her son
    # before answering"; Lachs & Pillemer 2015: a patient fearful of the caregiver)
    r"(?:looks|glances|looked|glanced) (?:at|to|towards) (?:her|his|their|the) (?:son|"
    r"daughter|husband|wife|partner|carer|caregiver|relative|grandson|granddaughter) "
    r"before (?:answering|speaking|replying)|(?:afraid|frightened|fearful|scared) of "
    r"(?:her|his|their|the) (?:son|daughter|husband|wife|partner|carer|caregiver|"
    r"grandson|granddaughter)"
)
_ELDER_FLAGS: Final = (
    ("her or his own account of being hurt", _ELDER_DISCLOSURE),
    ("an injury the history does not explain or a delay in seeking care",
     _ELDER_UNEXPLAINED),
    ("patterned or differently aged bruising", _ELDER_PATTERNED),
    ("signs of neglect", _ELDER_NEGLECT),
    ("a carer who answers for the patient or will not leave, or a patient who defers "
     "to or fears the carer", _ELDER_CARER),
)  # fmt: skip
"""The red-flag groups of Lachs & Pillemer 2015 and Rosen 2018 (two are needed)."""
ELDER_ABUSE_FLAGS: Final = 2


def elder_abuse(view: StageView, pop: Population) -> list[Required]:
    """Two red flags of elder abuse at 60 or older: safeguarding, a safe place."""
    if pop.age_within(years(ELDER_ABUSE_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    flags = [name for name, rx in _ELDER_FLAGS if asserted(rx, texts)]
    if len(flags) < ELDER_ABUSE_FLAGS:
        return []
    why = "; ".join(flags)
    src = (
        "Lachs MS, Pillemer KA. N Engl J Med 2015;373:1947; Rosen T et al. Clin "
        "Geriatr Med 2018;34:435"
    )
    out = [
        _req(
            "consult",
            "safeguarding: social work and an adult protective services referral "
            "(mandated reporting in most US states); interview the patient alone, "
            "away from the carer; assess decision-making capacity; no discharge back "
            "to the suspected abuser",
            f"suspected elder abuse: {why} ({src})",
            r"safeguarding|adult protective",
        ),
        _req(
            "diagnostic",
            "document every injury on a body map with photographs after a full skin "
            "examination (inner arms and thighs, ears, neck, back, genitals); image "
            "painful or deformed sites",
            f"patterned and occult injuries are looked for and recorded ({src}; "
            "Wiglesworth A et al. J Am Geriatr Soc 2009;57:1191)",
            r"body map",
        ),
    ]
    if "signs of neglect" in flags:
        out.append(
            _req(
                "diagnostic",
                "full blood count, electrolytes, urea and creatinine, CK, albumin; "
                "levels of prescribed drugs",
                f"neglect: dehydration, malnutrition, withheld or excess medication "
                f"({src})",
                r"albumin|electrolytes|creatinine",
            )
        )
    return out


# --- a wound's retained foreign body ---

_WOUND: Final = (
    rf"(?:cut|cuts|lacerat\w*|wound\w*|puncture\w*|{STAB}|stepped|trod|embedded|"
    r"slash\w*|gash\w*|impaled)"
)
_RADIO_OPAQUE: Final = (
    r"(?:glass|broken bottle|bottle|window ?panes?|windows?|windscreen|windshield|"
    r"mirror|metal (?:shard|fragment|splinter|sliver|filing)s?|shrapnel|"
    r"(?:rusty|metal|iron|steel|roofing) nails?|(?<=on a )nails?)"
)
_ORGANIC: Final = r"(?:wood\w*|splinters?|thorns?|cactus|bamboo|twig|stick)"
GLASS_WOUND: Final = _rx(
    rf"{_RADIO_OPAQUE}\b[^.;]{{0,60}}?\b{_WOUND}|{_WOUND}\b[^.;]{{0,60}}?\b"
    rf"{_RADIO_OPAQUE}\b"
)
"""A wound from glass or metal, both named in one sentence."""
ORGANIC_FOREIGN_BODY: Final = _rx(
    rf"{_ORGANIC}\b[^.;]{{0,60}}?\b(?:{_WOUND}|driven|broke off|stuck|foreign body|"
    r"retained|inside)|(?:retained|embedded) (?:\w+ ){0,2}" + _ORGANIC
)
"""A wooden or plant splinter in the tissues."""
_WOUND_IMAGED: Final = _rx(
    r"(?:x-?ray|radiograph|film|ultrasound|\bus\b)\w*\W+(?:\w+\W+){0,6}?(?:no|"
    r"negative|clear|shows?|showed|revealed|seen)"
)
_LIMB: Final = _rx(
    r"hands?|fingers?|thumbs?|palms?|wrists?|forearms?|arms?|elbows?|feet|foot|"
    r"soles?|toes?|heels?|ankles?|legs?|shins?|knees?"
)
"""A limb wound: its film is far from the pelvis (ACR-SPR 2018: no pregnancy test)."""
FOREIGN_BODY_SOURCE: Final = (
    "Tintinalli 9th ed. ch. 51 soft tissue foreign bodies; Manthey DE et al. Ann "
    "Emerg Med 1996;28:7 (glass >= 2 mm seen on plain films in about 99 %); NICE CKS "
    "lacerations; ACEP clinical policy penetrating extremity trauma 1999"
)


def _foreign_body_wound_care() -> Required:
    """Exploration, irrigation and removal of a wound's foreign body."""
    return _req(
        "procedure",
        "wound care under local anaesthesia: explore the wound to its base in a "
        "bloodless field, remove any foreign body (guided by the imaging), irrigate "
        "copiously; no primary closure over a retained fragment, and puncture wounds "
        "are left open",
        f"a wound that may hold glass, metal or wood: what is missed on inspection is "
        f"the leading cause of infection and delayed healing ({FOREIGN_BODY_SOURCE}; "
        "NICE CKS lacerations and puncture wounds)",
        r"irrigat|wound care|debrid",
    )


def wound_foreign_body(view: StageView, _pop: Population) -> list[Required]:
    """A glass, metal or wooden wound is imaged, explored and cleaned.

    Retained foreign bodies are missed in wounds that are only looked at, and are a
    leading cause of wound infection and litigation: glass and metal are seen on a
    plain radiograph (glass of 2 mm or more in about 99 %: Manthey 1996), wood and
    plant matter are radiolucent and are looked for with ultrasound (Tintinalli 9th
    ed. ch. 51; NICE CKS lacerations); the wound is then explored, the foreign body
    removed and the wound irrigated (orders37). A clean cut from a knife needs
    neither; a wound already imaged keeps its wound care. Tetanus follows the
    immunisation history (``agents.pathways.tetanus``).
    """
    texts = visible_texts(view)
    glass = asserted(GLASS_WOUND, texts)
    organic = not glass and asserted(ORGANIC_FOREIGN_BODY, texts)
    if not (glass or organic):
        return []
    care = [_foreign_body_wound_care()]
    if asserted(_WOUND_IMAGED, texts):
        return care
    if glass:
        film = "extremity radiograph" if asserted(_LIMB, texts) else "plain radiograph"
        return [
            _req(
                "diagnostic",
                f"{film} of the wound (two views) for retained glass or metal before "
                "it is explored and closed",
                f"a glass or metal wound: a retained fragment is seen on the film "
                f"({FOREIGN_BODY_SOURCE})",
                r"x-?ray|radiograph|plain film",
            ),
            *care,
        ]
    return [
        _req(
            "diagnostic",
            "ultrasound of the wound for a retained wooden or plant foreign body "
            "(radiolucent on plain films), then removal",
            f"a wooden or plant splinter: invisible on x-ray, seen on ultrasound "
            f"({FOREIGN_BODY_SOURCE})",
            r"ultrasound|sonograph",
        ),
        *care,
    ]


# --- degloving ---

DEGLOVING: Final = _rx(
    r"deglov\w*|skin (?:\w+ ){0,2}(?:stripped|peeled|torn|ripped|pulled) (?:off|away|"
    r"back)|(?:stripped|peeled|tore|ripped) (?:\w+ ){0,2}skin off|avulsion of (?:the )?"
    r"skin|skin avulsion|avulsed (?:skin|flap)"
)
"""Skin and subcutaneous tissue torn off the deep fascia (a degloving or avulsion)."""
DEGLOVING_SOURCE: Final = (
    "Latifi R et al. J Emerg Trauma Shock 2014;7:228 (degloving soft-tissue "
    "injuries); ATLS 10th ed. ch. 8"
)


def degloving(view: StageView, _pop: Population) -> list[Required]:
    """A degloving: the plastic surgeon, the flap kept, a contaminated wound covered.

    The avulsed flap has lost much of its blood supply: it is not trimmed or thrown
    away in the department, and its viability is judged and debrided in the operating
    room; the torn-off tissue is a contaminated, devitalised wound (antibiotic cover,
    tetanus by ``agents.pathways.tetanus``).
    """
    texts = visible_texts(view)
    if not injury_now(DEGLOVING, texts):
        return []
    src = DEGLOVING_SOURCE
    return [
        _req(
            "consult",
            "plastic surgery emergently: the flap's viability judged, debridement and "
            "repair or reconstruction in the operating room; the flap is not trimmed "
            "or discarded in the ED",
            f"degloving injury: the avulsed flap's blood supply is torn ({src})",
            r"plastic",
        ),
        _req(
            "procedure",
            "irrigate and remove gross contamination, lay the flap back without "
            "tension, saline-soaked sterile dressing, elevate the limb; hourly "
            "distal neurovascular and flap capillary-refill checks",
            f"degloving wound care while theatre is arranged ({src})",
            r"saline-soaked|irrigat",
        ),
        _req(
            "medication",
            "cefazolin 2 g IV (clindamycin 600 mg IV if beta-lactam allergy)",
            f"a contaminated wound with devitalised tissue ({src}; Tintinalli 9th ed. "
            "ch. 46: antibiotic prophylaxis of contaminated and crushed wounds)",
            r"cefazolin|clindamycin|antibiotic|co-amoxiclav|flucloxacillin",
        ),
    ]


# --- an injured patient with reduced consciousness: trauma team, spine, CT ---

REDUCED_CONSCIOUSNESS_GCS: Final = 12
"""NICE NG232 2023: GCS 12 or less after a head injury is CT head and cervical spine
within 1 h; AVPU P is about GCS 8 and U about 3 (Kelly CA et al. EMJ 2004;21:158)."""
INJURED_UNCONSCIOUS_SOURCE: Final = (
    "ATLS 10th ed. ch. 1-2 and 7 (primary survey; spinal motion restriction for the"
    " injured patient with altered consciousness); NICE NG41 2016 spinal injury; NICE"
    " NG232 2023 head injury; ACS-COT national field triage guideline 2021"
)


_HEAD_INJURY_SIGN: Final = _rx(
    r"falling|scalp (?:haematoma|hematoma|laceration|wound|swelling|bruis\w*)"
    r"|head (?:wound|laceration|haematoma|hematoma)|boggy scalp"
    r"|(?:bottom|foot) of (?:the |a )?(?:\w+ ){0,3}(?:stairs|steps|staircase)"
    r"|battle'?s sign|raccoon eyes|ha?emotympanum|cerebrospinal fluid (?:from|leak)"
    r"|csf (?:otorrh|rhinorrh)\w*"
    r"|blood (?:from|in) (?:the |his |her )?(?:left |right )?ear"
)
"""The external signs of a head injury (ATLS 10th ed. ch. 6: scalp wound or haematoma,
basal skull fracture signs: Battle's sign, periorbital ecchymosis, haemotympanum, CSF
otorrhoea; NICE NG232 1.3) and a patient found at the foot of the stairs: an injury
of this visit even when no one saw it happen."""


def _reduced_consciousness(view: StageView) -> str | None:
    """'AVPU P/U' or 'GCS n' when consciousness is reduced to GCS 12 or less."""
    avpu = recorded_avpu(view.vitals.raw)
    if avpu in ("P", "U"):
        return f"AVPU {avpu}"
    texts = visible_texts(view)
    gcs = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    low = min((g for g in gcs if 3 <= g <= 15), default=15)
    return f"GCS {low}" if low <= REDUCED_CONSCIOUSNESS_GCS else None


def _level_gcs(level: str) -> int:
    """The GCS a reduced-consciousness label stands for (AVPU P about 8, U about 3)."""
    return {"AVPU P": 8, "AVPU U": 3}.get(level) or int(level.split()[-1])


def injured_unconscious(view: StageView, pop: Population) -> list[Required]:
    """An injury of this visit with GCS <= 12 (or AVPU P/U): the major-trauma bundle.

    An injured patient who cannot be assessed has a cervical spine injury and an
    intracranial injury until imaging clears them: trauma team and primary survey
    (airway with manual in-line stabilisation), CT head and cervical spine within the
    hour (ATLS 10th ed.; NICE NG41, NG232; a GCS of 13 or less is the highest trauma
    activation: ACS-COT 2021). A child with GCS 9-12 has the spine imaged by PECARN
    (radiographs first), the head by CT.
    """
    texts = visible_texts(view)
    injured = (
        injury_now(_INJURY, texts)
        or injury_now(_HEAD_INJURY_SIGN, texts)
        or triage_record_findings(view.vitals)
    )
    if not injured:
        return []
    level = _reduced_consciousness(view)
    if level is None:
        return []
    why = f"injury with reduced consciousness ({level}) ({INJURED_UNCONSCIOUS_SOURCE})"
    low = _level_gcs(level)
    if _child(pop) and low > PECARN_CSPINE_CT_GCS:
        imaging = _req(
            "diagnostic",
            "CT head within 1 h (the cervical spine by PECARN: radiographs first)",
            why,
            r"ct (?:of the )?head|head ct",
        )
    else:
        imaging = _req(
            "diagnostic",
            "CT head and cervical spine within 1 h",
            why,
            r"ct (?:of the )?(?:head and )?(?:c-?spine|cervical)|cervical spine ct",
        )
    return [
        _req(
            "consult",
            "trauma team activation; ATLS primary survey (airway with cervical spine"
            " protection, breathing, circulation with eFAST, disability, exposure)",
            why,
            r"trauma team|primary survey",
        ),
        _req(
            "procedure",
            "cervical spine motion restriction (manual in-line stabilisation for"
            " airway management, then blocks or a collar) until imaging clears it",
            why,
            r"collar|immobili|in-line|motion restriction",
        ),
        imaging,
    ]


WOUND_CARE: Final = (
    "wound care: examine depth, tendons and nerves; irrigate and close "
    "(sutures, adhesive strips or glue) under local anaesthesia; tetanus by "
    "immunisation status"
)
"""A wound's care and closure (NICE CKS lacerations; UKHSA Green Book ch. 30)."""
_HEAD_WOUND_WORD: Final = r"(?:lacerations?|wounds?|cuts?|gash(?:es)?|splits?)"
_HEAD_SITE: Final = (
    r"(?:scalp|forehead|occipital|occiput|parietal|eyebrow|brow|chin|head)"
)
HEAD_WOUND: Final = _rx(
    rf"{_HEAD_SITE} {_HEAD_WOUND_WORD}\b|"
    rf"{_HEAD_WOUND_WORD} (?:to|on|of|over|in) (?:the |his |her |their )?"
    rf"(?:back of the |left |right |top of the )?{_HEAD_SITE}\b"
)
"""A skin wound of the scalp, forehead, brow or chin, named with its site."""
_NOT_A_SIMPLE_WOUND: Final = _rx(
    r"gunshot|shot|bullet|stab\w*|penetrat\w*|impaled|entry wound|exit wound|"
    r"skull fracture|fracture of (?:the )?skull|brain (?:matter|tissue)|"
    r"burn\w*|scald\w*|bit(?:e|es|ten)\b|infect\w*|pus\b|purulent|cellulitis|"
    r"abscess\w*|dehisc\w*|surgical wound|operation|post-?op\w*|ulcer\w*"
)
"""A head wound that is no fresh simple laceration: a missile or blade that may have
entered the skull, a fracture beneath it, a burn, a bite, an infected or surgical
wound: each has its own care, not primary closure in the ED (ATLS 10th ed. ch. 6;
NICE CKS bites and lacerations; ABA 2022)."""


def head_wound_closure(view: StageView, _pop: Population) -> list[Required]:
    """A scalp or facial wound is closed whatever the visit is worked up as.

    A head wound beside an intoxication, a fall or a seizure is the same wound: it is
    examined (a skull fracture felt for through the scalp, a galeal tear), irrigated
    and closed, with tetanus by immunisation status (NICE CKS lacerations 2023;
    Tintinalli 9th ed. ch. 43 face and scalp lacerations; UKHSA Green Book ch. 30).
    The head injury itself follows NICE NG232 (``minor_head_injury_ct``). A wound
    that may hold glass or wood has its own care (``wound_foreign_body``), and so
    has a penetrating, fractured, burnt, bitten, infected or surgical one.
    """
    texts = visible_texts(view)
    if (
        not asserted(HEAD_WOUND, texts)
        or asserted(_NOT_A_SIMPLE_WOUND, texts)
        or wound_foreign_body(view, _pop)
    ):
        return []
    return [
        _req(
            "procedure",
            WOUND_CARE,
            "a scalp or facial wound is examined (skull fracture, galea), irrigated "
            "and closed whatever the visit is worked up as (NICE CKS lacerations "
            "2023; Tintinalli 9th ed. ch. 43; UKHSA Green Book ch. 30)",
            r"wound care|irrigat\w*|sutur\w*|staple\w*|wound closure|laceration repair|"
            r"\bglue\b",
        )
    ]


_FACE_WOUND: Final = _rx(
    r"(?:face|facial|lip|cheek|nose|nasal|eyelid|jaw|chin|eyebrow|brow|forehead|"
    r"scalp|head) (?:lac\w*|wound|cut|gash|abrasion|injur\w*|trauma|contusion|"
    r"bruis\w*|haematoma|hematoma)|"
    r"(?:lac\w*|wound|cut|gash|abrasion|injur\w*|bruis\w*) (?:to|on|of|over) (?:the |"
    r"his |her |their )?(?:left |right )?(?:face|lip|cheek|nose|eyelid|jaw|chin|"
    r"eyebrow|brow|forehead|scalp)\b"
)
"""A wound or injury of the face or head, named with its site ("face laceration",
"scalp lac.", "cut to the lip")."""
_GCS_BELOW_15: Final = 15


def face_wound_reduced_consciousness(
    view: StageView, pop: Population
) -> list[Required]:
    """A face or head wound with a recorded AVPU V, or a GCS of 13-14: a head injury.

    trauma56 (lead55's leftover): "face laceration" recorded at triage with a patient
    responding to voice only was repaired and observed with no word of the brain.
    NICE NG232 2023 excludes superficial injuries of the face from its head injury,
    but a face struck hard enough to split it, in a patient whose consciousness is
    reduced, is a head injury with a GCS below 15 (ATLS 10th ed. ch. 6: altered
    consciousness after injury is a brain injury until shown otherwise): the GCS is
    measured and followed, and a CT head within 1 hour follows a GCS below 13, or
    one still below 15 two hours after the injury (NICE NG232 1.4.7). AVPU V stands
    for about GCS 13 (Kelly CA et al. Emerg Med J 2004;21:158). P or U, or a GCS of
    12 or less, is the major-trauma bundle's (``injured_unconscious``); a head strike
    in words is the Canadian rule's (``minor_head_injury_ct``).
    """
    if _child(pop):
        return []
    texts = visible_texts(view)
    if not asserted(_FACE_WOUND, texts) or injury_now(_HEAD_STRIKE, texts):
        return []
    if _reduced_consciousness(view) is not None:
        return []
    gcs = [int(m.group(1)) for t in texts for m in _GCS.finditer(t)]
    low = min((g for g in gcs if 3 <= g <= 15), default=None)
    if recorded_avpu(view.vitals.raw) == "V":
        level = "AVPU V (about GCS 13)"
    elif low is not None and low < _GCS_BELOW_15:
        level = f"GCS {low}"
    else:
        return []
    return [
        _req(
            "diagnostic",
            "GCS now and every 30 min; non-contrast CT head within 1 h if the GCS is "
            "below 13, or still below 15 two hours after the injury",
            f"a face or head wound with reduced consciousness, {level}: a head "
            "injury until shown otherwise (NICE NG232 2023 1.4.7; ATLS 10th ed. "
            "ch. 6; Kelly CA et al. Emerg Med J 2004;21:158)",
            r"ct (?:of the )?head|head ct|ct brain",
        )
    ]


TRAUMA_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[Required]], ...]
] = (
    penetrating_cardiac,
    abdominal_haemorrhage,
    penetrating_abdomen,
    blunt_abdomen_ct,
    high_risk_mechanism_imaging,
    thoracolumbar_injury_imaging,
    blunt_chest_wall_films,
    pelvic_haemorrhage,
    intracranial_mass_lesion,
    head_injury_herniation,
    minor_head_injury_ct,
    face_wound_reduced_consciousness,
    pecarn_head,
    infant_head_swelling_ct,
    infant_tense_fontanelle_ct,
    child_laceration_sedation,
    pecarn_cspine,
    head_injury_cspine_ct,
    injured_unconscious,
    elder_abuse,
    degloving,
    wound_foreign_body,
    head_wound_closure,
    head_injury_advice,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
