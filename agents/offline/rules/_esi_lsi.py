"""ESI v4 decision point A: presentations needing an immediate life-saving intervention.

Private to :mod:`agents.offline.rules.esi`. The handbook defines level 1 by the
*intervention* the patient needs now (ch.3, Table 3-1: airway/ventilation, electrical
therapy, emergency procedures, major fluid or blood resuscitation, control of major
bleeding, naloxone, dextrose, atropine, adenosine, vasopressors) and lists the
presentations that need one (ch.3 "Examples of ESI level-1 patients"; ch.6 Table 6-2,
"Examples of ESI level-1 conditions" in children). Each rule below reads one of those
presentations from objective evidence (vitals, perfusion signs, mental status) or from
the triage text's current clauses, never from individual records. Research software,
not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._esi_patterns import time_critical, triage_clauses
from agents.offline.rules.burn_extent import stated_tbsa
from agents.offline.rules.facts import ClinicalFacts, tachycardia_hr
from agents.offline.rules.findings import (
    FITTING_NOT_A_FIT,
    hyperglycaemia_worded,
    plain_quotes,
)
from agents.offline.rules.low_bp_words import KNOWN_LOW_BP
from agents.offline.rules.pupils import anisocoria
from cases.models import Vitals
from cases.rx import whole_letters

_rx = whole_letters


_HYPOPERFUSED_SKIN: Final = _rx(
    r"(?:cool|cold)(?:,? (?:and )?(?:clammy|diaphoretic|mottled|pale|sweaty|moist))"
    r"|(?:cool|cold) to (?:the )?touch|clammy|mottl\w*|ashen|dusky|cyanotic"
    r"|(?:skin|extremities|hands|feet) (?:is |are |feels? |looks? )?"
    r"(?:cool|cold|clammy|mottled|ashen|gr[ae]y)"
    r"|(?:pale|ashen|gr[ae]y|mottled|clammy),? (?:and )?(?:cool|cold)"
    r"|(?:cap(?:illary)?(?: refill)?|crt) (?:time )?(?:of |is |was )?"
    r"(?:>|greater than|more than|over|delayed|prolonged|sluggish"
    r"|[4-9](?: ?s| secs?| seconds?))"
    r"|(?:weak|thready|faint|diminished) (?:peripheral |radial |distal )?pulses?"
)
"""Signs of hypoperfusion at the skin and pulses (ESI handbook Table 6-2 "shock with
signs of hypoperfusion": cool/mottled skin, capillary refill > 3-4 s, diminished
pulses; ch.3 level-1 example "chest pain, pale, diaphoretic, BP 70/palp")."""
_PALLOR: Final = _rx(r"pale|pallor")
"""Pallor: a sign of hypoperfusion in a hypotensive adult, too unspecific in a child
(Table 6-2 names cool/mottled skin, capillary refill and pulses)."""


def hypoperfusion_signs(
    facts: ClinicalFacts, *, adult: bool = True, clauses: list[str] | None = None
) -> bool:
    """Whether the triage text records hypoperfusion (skin, capillary refill, pulses).

    In an adult, pallor and diaphoresis count too: in a hypotensive patient they are
    the sympathetic signs of shock (ATLS 10th ed. class III-IV haemorrhage).
    ``clauses`` are the triage clauses when the caller has them already.
    """
    if clauses is None:
        clauses = triage_clauses(facts)
    if any(_HYPOPERFUSED_SKIN.search(t) for t in clauses):
        return True
    return adult and (
        facts.has("diaphoresis") or any(_PALLOR.search(t) for t in clauses)
    )


_KNOWN_LOW_BP: Final = _rx(KNOWN_LOW_BP)
_LOW_BP_SYMPTOMS: Final = (
    "dizziness",
    "presyncope",
    "syncope",
    "altered_mental_status",
    "lethargy",
    "chest_pain",
    "dyspnea",
    "gi_bleeding",
    "hematemesis",
    "melena",
    "vaginal_bleeding",
    "vomiting",
    "diarrhea",
    "fever",
    "diaphoresis",
)
"""Symptoms that make a low blood pressure a possible shock or volume loss."""
YOUNG_ADULT_MAX_AGE: Final = 40
"""Upper age of the young adult whose isolated SBP in the 80s, well and not fast, is
often constitutional (a known low baseline stated: up to 64)."""


def well_low_blood_pressure(facts: ClinicalFacts, v: Vitals) -> bool:
    """Whether an adult's SBP 80-89 is a well patient's, not a high-risk situation.

    ESI v4 handbook ch.6: decision point D reads heart rate, respiratory rate and
    SpO2, not blood pressure; ch.3-4: hypotension *with* signs of hypoperfusion is
    level 1, a situation that could deteriorate is level 2. A young adult (or, with a
    habitual low BP stated, any adult under 65) with SBP 80-89, HR < 100, a normal
    temperature, no hypoperfusion sign and none of the symptoms of shock or volume
    loss (dizziness, fainting, confusion, bleeding, vomiting, fever...) is graded by
    resources; the BP is rechecked (NEWS2 scores it, ``news2_high_risk``).
    """
    sbp, hr, t = v.systolic_bp, v.heart_rate, v.temperature_c
    if sbp is None or sbp < 80 or facts.age is None or facts.age < 16:
        return False
    clauses = triage_clauses(facts)
    limit = 65 if any(_KNOWN_LOW_BP.search(c) for c in clauses) else None
    if facts.age >= (limit or YOUNG_ADULT_MAX_AGE + 1):
        return False
    if hr is None or hr >= 100 or (t is not None and not 36.0 <= t < 38.0):
        return False
    if any(facts.has(c) for c in _LOW_BP_SYMPTOMS):
        return False
    return not hypoperfusion_signs(facts, clauses=clauses)


RELATIVE_HYPOTENSION_DROP: Final = 40.0
"""NICE NG51 (sepsis, 2016/2024) high-risk criterion: a systolic pressure more than 40
mmHg below the patient's normal."""
_USUAL_SBP: Final = _rx(
    r"(?:usual(?:ly)?|normal(?:ly)?|baseline|regular(?:ly)?|habitual(?:ly)?)"
    r" (?:systolic|sbp|bp|blood pressure)(?: (?:is|of|runs|around|about|in the"
    r"|at))*:? ?(\d{2,3})(?:s|/\d{2,3})?\b"
    r"|(?:systolic|sbp|bp|blood pressure) (?:is |runs )?(?:usual(?:ly)?|normal(?:ly)?)"
    r"(?: (?:around|about|in the|at))* ?(\d{2,3})(?:s|/\d{2,3})?\b"
)
"""The patient's usual systolic as the triage text states it ("usually BP 150s",
"normal systolic 140", "BP is usually 160/90")."""


def relative_hypotension(facts: ClinicalFacts, v: Vitals) -> str | None:
    """An adult's systolic more than 40 below the usual one stated at triage (triage54).

    NICE NG51 high-risk criteria for sepsis include a systolic more than 40 mmHg below
    normal; an older adult's "normal-looking" 102 against a usual 150s is a failing
    circulation (ESI v4 handbook ch.4: older adults compensate less; infect54's
    request). Only a usual value the text states counts.
    """
    sbp = v.systolic_bp
    if sbp is None or facts.age is None or facts.age < 16:
        return None
    usual = [
        float(g)
        for t in triage_clauses(facts)
        for m in _USUAL_SBP.finditer(t)
        for g in m.groups()
        if g is not None and 70 <= float(g) <= 250
    ]
    if not usual or max(usual) - sbp <= RELATIVE_HYPOTENSION_DROP:
        return None
    return (
        f"systolic {sbp:g} more than {RELATIVE_HYPOTENSION_DROP:g} below the usual"
        f" {max(usual):g} (NICE NG51 high risk)"
    )


SHOCK_SBP: Final = 90.0
"""Adult hypotension (ATLS; Surviving Sepsis 2021: SBP < 90 or MAP < 65)."""
SEVERE_BRADY_HR: Final = 40.0
"""Handbook level-1 example "weak and dizzy, heart rate 30"; AHA ACLS 2020: a rate
this low with symptoms needs atropine or pacing now."""
PEDS_BRADY_HR: Final = 60.0
"""AHA PALS 2020 paediatric bradycardia: HR < 60 with poor perfusion despite
oxygenation and ventilation -> CPR."""
OPIOID_RR: Final = 10.0
"""Hypoventilation from opioids (AHA 2020 opioid-associated emergency: naloxone for
respiratory depression; the handbook's level-1 example "overdose with a respiratory
rate of 6")."""
HYPOXIA_SPO2: Final = 90.0
"""A sedated toxic patient with SpO2 below this is hypoventilating whatever rate was
counted (AHA 2020 opioid-associated emergency: support ventilation, give naloxone;
handbook Table 3-1: naloxone and BVM ventilation are life-saving interventions)."""
_BRADY_SYMPTOMS: Final = ("dizziness", "presyncope", "weakness", "syncope")
"""The handbook example's symptoms ("weak and dizzy"); chest pain, diaphoresis and
hypotension are read at HR < 50 by the ACLS rule in ``esi``."""

_PUPILS_UNEQUAL: Final = _rx(
    r"(?:unequal|asymmetric\w*|anisocori\w*|blown|fixed and dilated|fixed,? dilated)"
    r"(?: \w+){0,2} pupils?|pupils? (?:are |is )?(?:unequal|asymmetric\w*|blown|fixed)"
    r"|(?:left|right|one) pupil (?:is )?(?:larger|dilated|blown|fixed|nonreactive)"
    r"|(?:dilated|blown|fixed|enlarged|non-?reactive|unreactive)"
    r"(?:,? (?:and )?(?:fixed|dilated|non-?reactive|unreactive))? (?:left|right) pupil"
)
"""Signs of transtentorial herniation (Brain Trauma Foundation 2016; handbook level-1
example "intubated head bleed with unequal pupils"); one side's pupil named dilated or
fixed before it ("a dilated right pupil": trauma44's request, an extradural haematoma
with GCS 10 stayed ESI 2)."""
_MAJOR_BLEEDING: Final = _rx(
    r"(?:arterial|pulsatile|spurting|pumping|exsanguinat\w*)(?: \w+){0,2}"
    r" (?:bleed\w*|hemorrhag\w*|haemorrhag\w*|blood)"
    r"|(?:blood|bleeding) (?:is )?(?:spurting|pulsing|pumping)"
    r"|(?:traumatic )?amputat\w* (?:of |at |through )?(?:the |his |her )?"
    r"(?:left |right )?(?:arm|leg|thigh|forearm|hand|foot|above|below)"
    r"|(?:arm|leg|hand|foot) (?:was |is )?(?:amputated|severed|cut off)"
    r"|tourniquet (?:in place|applied|on)"
)
"""Major external haemorrhage: control of major bleeding is a level-1 intervention
(handbook Table 3-1; ACS-COT Stop the Bleed / ATLS 10th ed.). A finger or toe tip is
not a limb amputation, and "profuse" or "uncontrolled" bleeding (a nosebleed, heavy
menses) is judged by perfusion, not by the word."""
_VENTILATION_NOW: Final = _rx(
    r"(?:placed|started|put|arriv\w*|brought in|transported|maintained)"
    r"(?: him| her| the patient| patient)? on "
    r"(?:cpap|bipap|bi-pap|niv|non-?invasive ventilation)"
    r"|(?:cpap|bipap|bi-pap) (?:was )?(?:started|applied|initiated|in place)"
    r"|(?:assisted|bag[- ]valve[- ]mask|bvm) ventilations?|being bagged"
    r"|needle decompress\w*|needle thoracostomy|chest tube (?:placed|in place)"
    r"|(?:io|intraosseous) (?:line |access )?(?:placed|inserted|started)"
    r"|gasping (?:respirations|breaths|breathing)|agonal"
)
"""A life-saving intervention already under way or needed now (handbook Table 3-1:
BVM ventilation, emergent CPAP/BiPAP, needle decompression, intraosseous access)."""
_UNRESPONSIVE_NOW: Final = _rx(
    r"(?:is|remains|still|arrives?|arrived|presents?|brought in|lying)(?: \w+){0,2}"
    r" (?:unconscious|comatose|unarousable)|unconscious (?:on|at) arrival"
    r"|(?:no|does not|doesn'?t|not) respon\w* (?:even )?to (?:a |the |his |her )?"
    r"(?:firm |hard |deep )?(?:pain|painful|noxious|sternal rub|stimul\w*|anything"
    r"|pinch\w*|trapezius|nail[- ]?bed|supraorbital)"
    r"(?! ?(?:killers?|relie\w*|med\w*|tablets|pills|treatment))"
    r"|(?:moan|groan|grimac|withdraw)\w* (?:only )?to (?:a |the )?(?:pain"
    r"|painful|noxious|sternal rub)|opens (?:his |her )?eyes only to pain"
    # a response *to* a stimulus; "moaning with pain" is distress (decision point B)
    r"|(?:moan|groan|grimac|withdraw)\w* (?:only )?(?:with|from|on) (?:a |the )?"
    r"(?:painful|noxious|sternal rub)"
    r"|(?:decorticate|decerebrate|extensor|flexor) posturing|snoring respirations"
)
"""Unresponsive now (handbook ch.3 Table 3-3: AVPU P or U, "requires a noxious
stimulus", is level 1 whatever the cause); the negated wordings are the sign itself,
so the whole triage text is read. "Knocked out" or "lost consciousness" in the
history is a transient loss of consciousness, not this."""
_FOUND_UNRESPONSIVE: Final = _rx(
    r"found (?:\w+ ){0,2}(?:unresponsive|unconscious|unarousable)"
)
_NOW_AWAKE: Final = _rx(
    r"(?:now|since|currently|has since) (?:\w+ ){0,2}(?:awake|alert|talking|responsive"
    r"|oriented|conversant|answering)|woke up|came (?:to|around)|regained"
    r"|back to (?:baseline|normal|(?:his|her|their) (?:normal|usual) sel(?:f|ves))"
    r"|(?:now|since) (?:\w+ ){0,2}(?:well|fine|normal|pink|breathing normally)"
    r"|acting normal\w*"
    # triage54: a child told back to herself or playing after a spell
    r"|back to (?:him|her|them)sel(?:f|ves)"
    r"|(?:now|since) (?:\w+ ){0,2}(?:playing|smiling|interacting|feeding normally)"
)
"""Found unresponsive and not recorded as awake since: still unresponsive at triage
(handbook Table 3-3, AVPU U). "Found down, now awake and talking" is a transient loss
of consciousness, and an infant who "stopped breathing, now well" a resolved event
(AAP 2016 BRUE), both judged at decision point B."""


_SEIZING: Final = _rx(
    r"(?<!was )(?<!were )(?<!been )(?<!after )(?<!stopped )(?<!-)(?<!ill )"
    r"(?<!tight )(?<!well )(?<!loose )(?:seizing|convulsing|fitting)"
    r"(?! (?:of|for) )(?! (?:\w+ ){0,3}(?:ago|earlier|yesterday|last night"
    r"|this morning|overnight))"
)
"""A seizure worded as going on at triage ("seizing", "still fitting", "convulsing in
the ambulance bay"), not one that was ("was fitting", "seizing an hour ago")."""
_CONTINUOUS_SEIZURE: Final = _rx(
    r"(?:(?:continuous|ongoing|unremitting|non-?stop) (?:\w+ ){0,3}(?:seizures?"
    r"|seizing|convulsions?|convulsing|fitting|fits?)|(?:seizures?|convulsions?"
    r"|fits?) (?:of )?(?:[5-9]|[1-9]\d) ?(?:min|mins|minutes))"
    r"(?! (?:\w+ ){0,3}(?:ago|earlier|yesterday|last night|this morning|overnight))"
)
"""A seizure worded as continuous, or timed at 5 minutes or more, with no time in the
past (triage40: "continuous tonic-clonic seizure 12 minutes"): status epilepticus
going on (Glauser T et al. AES 2016: a seizure of 5 minutes or more)."""
_SEIZURE_OVER: Final = _rx(
    r"post-?ictal|(?:seizures?|fits?|convulsions?|seizing|fitting|convulsing)"
    r" (?:has |had |have )?(?:now )?(?:stopped|ended|resolved|terminated"
    r"|self-terminated|abated|settled)|stopped (?:seizing|fitting|convulsing)"
)
"""The seizure recorded as over: post-ictal, or stopped (ILAE 2015: status is a
seizure that does not stop)."""


def seizing_now(facts: ClinicalFacts, clauses: list[str] | None = None) -> bool:
    """Whether the triage text words a seizure still going on at triage.

    ESI v4 handbook ch.3 (decision point A) and Table 6-2 ("active seizure"): a
    patient convulsing now needs airway management and a benzodiazepine at once (AES
    2016, Glauser T et al.: treat a seizure lasting >= 5 minutes; Trinka E et al. ILAE
    2015). A seizure recorded as over (post-ictal, stopped, awake again) is judged at
    decision point B, whatever the words before it.
    """
    if clauses is None:
        clauses = triage_clauses(facts)
    clauses = [FITTING_NOT_A_FIT.sub(" ", t) for t in clauses]  # "a light fitting"
    if not any(_SEIZING.search(t) or _CONTINUOUS_SEIZURE.search(t) for t in clauses):
        return False
    cc = plain_quotes(facts.chief_complaint or "")
    return not (_SEIZURE_OVER.search(cc) or _NOW_AWAKE.search(cc))


def awake_now(facts: ClinicalFacts) -> bool:
    """Whether the triage text records the patient as awake again ("now alert")."""
    return bool(_NOW_AWAKE.search(plain_quotes(facts.chief_complaint or "")))


_APNOEA_OVER: Final = _rx(
    r"(?:stop\w*|stopped|pause\w*) breathing(?: \w+){0,4} (?:for )?"
    r"(?:about |around |roughly |up to )?\d+ ?(?:s|secs?|seconds?)\b"
    r"|(?:stop\w*|stopped|pause\w*) breathing(?: \w+){0,6}"
    r" (?:this morning|earlier|last night|yesterday|overnight|at home"
    r"|in (?:the |her |his )?(?:cot|sleep|car))"
    r"|apno?e\w* (?:episode|spell|pause)s? (?:\w+ ){0,4}(?:this morning|earlier"
    r"|last night|yesterday|overnight|at home)"
    # triage51 (peds51's request): a bare apnoea told as over ("one apnoea at home
    # this morning", "apnoea lasting 15 seconds")
    r"|apno?e(?:a|as)\b(?: \w+){0,2} (?:this morning|earlier|last night|yesterday"
    r"|overnight|at home)|apno?e(?:a|as)\b(?: \w+){0,3} (?:lasting|lasted|of|for)"
    r" (?:about |around |roughly |up to )?\d+ ?(?:s|secs?|seconds?)\b"
    # triage52 (session 51's leftover): an apnoea told as resolved ("one episode of
    # apnoea, resolved", "an apnoea that resolved with stimulation", "self-resolved")
    r"|(?:apno?e\w*|(?:stop\w*|stopped|pause\w*) breathing)(?: \w+){0,5}?,?"
    r" (?:which |that )?(?:has |had )?(?:self-?|spontaneously )?(?:resolv\w*"
    r"|self-?limit\w*)"
)


def apnoea_episode_over(facts: ClinicalFacts) -> bool:
    """Whether the apnoea told is an episode that ended, the child breathing at triage.

    ESI v4 handbook Table 3-3: apnoea is level 1 when the patient is not breathing
    (bag-valve-mask ventilation now). A pause a parent saw that lasted seconds, or
    one this morning, in an infant breathing at triage with a recorded respiratory
    rate, is a high-risk history (a young infant's apnoea: NICE NG9 1.3.3; AAP 2016
    BRUE), judged at decision point B.
    """
    rr = facts.vitals.respiratory_rate
    if rr is None or rr < 10:
        return False
    return any(_APNOEA_OVER.search(t) for t in triage_clauses(facts))


_LOW_GLUCOSE_TEXT: Final = _rx(
    r"(?:bs|bg|cbg|fsbs|fsbg|fingerstick|finger stick|accu-?che?c?k|glucometer|dextro"
    r"|blood sugar|blood glucose|(?:glucose|sugar) (?:meter|monitor)|sugar)"
    r"(?: \w+){0,2}?(?: is| of| was| reads?|:|=)? ?"
    r"(?:(?<![\d.])(?:[1-4]\d|5[0-3])"
    r"(?! ?(?:mmol|%|\d|min|hour|hr|year|yo|y/o|day|week|month))"
    r"|lo(?:w)?\b)"
)
"""A low point-of-care glucose worded at triage ("BS 35", "glucometer reads LOW"),
never the tail digits of a normal value ("fingerstick 112"):
< 54 mg/dL is level-2 hypoglycaemia (ADA 2023); with altered mentation it needs IV
dextrose now (handbook ch.3 level-1 example)."""


def low_glucose_worded(facts: ClinicalFacts) -> bool:
    """Whether the triage text words a point-of-care glucose < 54 mg/dL ("BS 42").

    ADA Standards of Care 2023: level 2 hypoglycaemia (< 54 mg/dL) is clinically
    significant and needs treatment now; with altered mentation it is level 1
    (:func:`life_saving_presentations`), alert it is a high-risk situation.
    """
    clauses = triage_clauses(facts)
    if not any(_LOW_GLUCOSE_TEXT.search(t) for t in clauses):
        return False
    return not hyperglycaemia_worded(" ".join(clauses))


def _low_glucose_in(text: str) -> bool:
    """A low glucose worded in ``text``, unless the text words hyperglycaemia.

    "HHS, glucose 48" is 48 mmol/L, not 48 mg/dL: no IV dextrose when the unit is
    unstated and the words say hyperglycaemia (ADA 2024 hyperglycaemic crises).
    """
    if not _LOW_GLUCOSE_TEXT.search(text):
        return False
    return not hyperglycaemia_worded(text)


_STATUS_EPILEPTICUS: Final = _rx(
    r"status epilepticus|(?:\d+|two|three|four|five|several|multiple|repeated"
    r"|recurrent|back-to-back|cluster of) seizures(?: \w+){0,6} without"
    r" (?:waking|regaining|returning|recovering|coming (?:to|around)|waking up)"
    r"|(?:seizing|seizures?|convulsing|fitting)(?: \w+){0,4} (?:for|over)"
    r" (?:[5-9]|[1-9]\d|five|ten|fifteen|twenty|thirty) ?(?:min|mins|minutes)"
    r"(?! ago)|(?:seiz\w*|convuls\w*)(?: \w+){0,8} without (?:waking|regaining"
    r"|returning|recovering|coming (?:to|around))(?: up)?(?: \w+){0,3} between"
    r"|(?:seiz\w*|convuls\w*|fit)(?: \w+){0,4} (?:lasted|lasting|going on|gone on"
    r"|continued|continuing)(?: for)?(?: over| more than)?"
    r" (?:[5-9]|[1-9]\d|five|ten|fifteen|twenty|thirty) ?(?:min|mins|minutes)"
    r"|seiz\w*(?: \w+){0,10} still (?:seizing|shaking|jerking|convulsing|fitting)"
)
"""Status epilepticus (Glauser T et al. AES guideline, Epilepsy Curr 2016: a seizure
of 5 minutes or more, or two or more without full recovery between): benzodiazepine
now, an ESI level-1 intervention (handbook Table 6-2, active seizures)."""
_CANNOT_SPEAK_FOR_BREATH: Final = _rx(
    r"too (?:short of breath|breathless|dyspn\w+) to (?:speak|talk|answer)"
    r"|(?:unable|can'?t|cannot) (?:to )?(?:speak|talk|answer)(?: \w+){0,3}"
    r" (?:between breaths|for breath|short of breath)"
)
"""Too breathless to speak: severe respiratory distress (handbook ch.3 level-1
example; BTS/SIGN asthma 2019: life-threatening features)."""
MAJOR_BURN_TBSA: Final = 20
"""ABA/ATLS 10th ed.: burns >= 20 % TBSA in adults (>= 10 % in children) need formal
fluid resuscitation, a level-1 intervention (handbook Table 3-1: significant IV fluid
resuscitation)."""
STRONG_SHOCK_HR: Final = 120.0
"""ATLS 10th ed. class III haemorrhage: HR > 120 with cool, pale skin."""
RESP_FAILURE_RR: Final = 30.0
"""Adult tachypnoea that, with dyspnoea and altered mentation, is respiratory failure
(the handbook's level-1 "severe respiratory distress"; BTS/ATS NIV criteria use RR >
25-30)."""
_INHALATION_CONTEXT: Final = _rx(
    r"smoke\b|smoky|fire\b|flames?\b|burns?\b|burned|burnt|soot\w*|singed|"
    r"carbonaceous|inhalation injury"
)
"""A fire, smoke or burn around the stridor: inhalation injury, not croup."""
_CYANOSIS: Final = _rx(
    r"(?:cyanotic|cyanosis|blue (?:lips|around the (?:lips|mouth))"
    r"|(?:lips|face|mouth) (?:are |is |were |was |look\w* |went |turned |turning )?"
    r"(?:blue|dusky)|(?:turned|went|turning|going) blue|blue-lipped)"
)
_ANGIOEDEMA_AIRWAY_NOISE: Final = _rx(
    r"(?<!no )(?<!not )(?<!without )noisy (?:breathing|respirations?)|stridulous"
)
"""Airway noise in the triage words beside angioedema (peds41, resp41's request: "tongue
swelling, noisy breathing, on lisinopril"): laryngeal involvement, Ishoo stage IV."""
_RESPIRATORY_COMPROMISE: Final = (
    "dyspnea",
    "respiratory_distress",
    "stridor",
    "airway_compromise",
)
"""Breathing or airway findings that with cyanosis are respiratory failure or an
obstructing airway (handbook Table 6-2: cyanosis; ch.3: airway compromise)."""


_LIFE_THREATENING_ASTHMA: Final = _rx(
    r"silent chest|(?:poor|feeble|weak|reduced) respiratory effort|exhausted|"
    r"exhaustion|tiring|(?:pef|peak flow)\w*(?: \w+){0,3} (?:<|less than|under) ?33"
    r"|(?:pef|peak flow)\w*(?: \w+){0,3} (?:[12]\d|3[0-2]) ?%"
)
"""BTS/SIGN 158 (2019) life-threatening asthma: silent chest, poor respiratory effort,
exhaustion, PEF < 33 % of best or predicted (with SpO2 < 92 %, cyanosis, altered
consciousness, arrhythmia or hypotension)."""
LTA_SPO2: Final = 92.0
"""BTS/SIGN 158: SpO2 < 92 % is a life-threatening feature of acute asthma."""


def life_threatening_asthma(
    facts: ClinicalFacts, v: Vitals, altered: bool, joined: str
) -> bool:
    """Acute asthma with a BTS/SIGN 158 life-threatening feature.

    Known asthma (not COPD, whose target saturation is 88-92 %: BTS 2017 emergency
    oxygen), with altered consciousness, SpO2 < 92 %, or a stated silent chest,
    poor respiratory effort, exhaustion, cyanosis or PEF < 33 %:
    immediate oxygen, nebulised bronchodilators, IV magnesium and senior/ICU review
    with readiness to intubate (BTS/SIGN 158 2019; GINA 2024), an ESI level-1 need
    (handbook ch.3: severe respiratory distress).
    """
    if not facts.known("asthma") or facts.known("copd"):
        return False
    hypoxic = v.spo2 is not None and v.spo2 < LTA_SPO2
    worded = bool(_LIFE_THREATENING_ASTHMA.search(joined) or _CYANOSIS.search(joined))
    return altered or hypoxic or worded


CUSHING_HR: Final = 60.0
CUSHING_SBP: Final = 160.0
"""The Cushing response of a rising intracranial pressure: bradycardia (HR < 60) with
hypertension (a systolic of 160 or more) in a head-injured patient whose consciousness
is falling: a late sign of herniation (Cushing 1901; Brain Trauma Foundation 4th ed.
2016; ATLS 10th ed. ch.6), an immediate intervention (ESI handbook ch.3, level 1)."""


AIRWAY_HYPOXIA_SPO2: Final = 90.0
"""SpO2 below which an obstructing upper airway is failing (the handbook's level-1
"SpO2 < 90" with distress, ch.3)."""


def obstructing_airway_in_distress(
    facts: ClinicalFacts, v: Vitals, joined: str
) -> bool:
    """An airway-compromise sign with respiratory distress that needs the airway now.

    The time-critical "airway compromise" sign (hoarseness, soot, singed hair,
    drooling, throat closing, tongue swelling, stridor: ``_esi_patterns``) with a
    worded respiratory distress (accessory muscles, retractions, increased work of
    breathing) after smoke or fire: ATLS 10th ed. ch. 9 and ABA ABLS 2018 list
    hoarseness and accessory-muscle use as signs of airway obstruction that call for
    early intubation; with SpO2 < 90 % whatever the cause. Stridor with retractions
    alone (moderate croup, Westley 3-5: dexamethasone and nebulised epinephrine)
    stays at decision point B (esi32).
    """
    if not any(r.startswith("airway compromise") for r in time_critical(facts)):
        return False
    distressed = facts.has("respiratory_distress") or facts.has(
        "severe_respiratory_distress"
    )
    if not distressed:
        return False
    hypoxic = v.spo2 is not None and v.spo2 < AIRWAY_HYPOXIA_SPO2
    return hypoxic or bool(_INHALATION_CONTEXT.search(joined))


_NECK_SWELLING: Final = _rx(
    r"(?:neck|throat|incision|wound)(?: \w+){0,3} (?:is |are |has been |getting"
    r" |became |feels? )?(?:swell\w*|swollen|bulg\w*)"
    r"|swell\w* (?:\w+ ){0,4}(?:neck|incision|wound)|ha?ematoma"
)
"""A swelling or haematoma of the operated neck (the time-critical pattern's own
swelling words, without its breathing and swallowing words)."""
_BREATHING_COMPROMISED: Final = _rx(
    r"(?:trouble|difficulty|difficult|struggling|hard|laboured|labored) (?:with )?"
    r"(?:breathing|to breathe)|short(?:ness)? of breath|breathless\w*|stridor"
    r"|noisy breathing|can'?t breathe|cannot breathe|unable to breathe"
)
"""Airway compromise in the words of the DAS/BAETS/ENT UK consensus (stridor,
breathing difficulty)."""


def neck_haematoma_compromising_airway(
    facts: ClinicalFacts, v: Vitals, joined: str
) -> bool:
    """A swelling after neck surgery with stridor or breathing difficulty.

    Iliff HA et al. Anaesthesia 2022;77:82 (DAS / BAETS / ENT UK consensus on a
    haematoma after thyroid surgery): with airway compromise (stridor, breathing
    difficulty, falling saturation) the wound is opened at the bedside now (SCOOP:
    skin exposure, cut sutures, open skin, open muscles, pack) while the airway team
    comes, an emergency procedure (ESI v4 handbook ch.3, Table 3-1). The swelling
    without compromise stays the high-risk situation of ``_esi_patterns``.
    """
    after_neck_surgery = any(
        r.startswith("neck swelling after neck surgery") for r in time_critical(facts)
    )
    if not after_neck_surgery or not _NECK_SWELLING.search(joined):
        return False
    hypoxic = v.spo2 is not None and v.spo2 < AIRWAY_HYPOXIA_SPO2
    return (
        hypoxic
        or facts.has("stridor")
        or facts.has("respiratory_distress")
        or bool(_BREATHING_COMPROMISED.search(joined))
    )


_FLUID_LOSS: Final = (
    "vomiting",
    "diarrhea",
    "gi_bleeding",
    "hematemesis",
    "melena",
)
"""Losses that make a child's tachycardia with reduced consciousness hypovolaemic
shock (NICE CG84 1.3: gastroenteritis; APLS 6th ed. shock)."""


def child_shock_without_skin_signs(
    facts: ClinicalFacts, v: Vitals, altered: bool
) -> bool:
    """A child in shock when the triage text records no skin or pulse sign.

    The brain is a perfused organ: reduced consciousness (lethargy, drowsiness, hard
    to rouse) with a heart rate beyond the handbook's danger zone for age after
    vomiting, diarrhoea or bleeding is hypovolaemic shock (NICE CG84 1.3 "decreased
    level of consciousness" with tachycardia: suspected shock, an IV bolus now; APLS
    6th ed.). Fever with a non-blanching rash and such a heart rate, or reduced
    consciousness, is meningococcal shock until shown otherwise (NICE NG240 2024:
    ceftriaxone and fluid resuscitation now). Both need a fluid bolus now (ESI v4
    handbook ch.3, Table 3-1: significant IV fluid resuscitation).
    """
    hr = v.heart_rate
    fast = hr is not None and hr > _peds_hr(facts)
    if altered and fast and any(facts.has(c) for c in _FLUID_LOSS):
        return True
    non_blanching = facts.has("petechiae") or any(
        r.startswith("fever with a non-blanching rash") for r in time_critical(facts)
    )
    t = v.temperature_c
    febrile = facts.has("fever") or (t is not None and t >= 38.0)
    return non_blanching and febrile and fast


_DKA: Final = _rx(r"dka|(?:diabetic )?keto-?acidosis")
"""Diabetic ketoacidosis named at triage (a known DKA under treatment, or a new one)."""
_HR_FALLING: Final = _rx(
    r"(?:heart rate|pulse|hr)(?: \w+){0,2} (?:is |has )?(?:falling|fallen|fell"
    r"|dropp\w*|slow\w*|decreas\w*|come down|gone down)|bradycardi\w*"
)
"""A heart rate slowing without another cause (ISPAD 2022: a sustained deceleration
of more than 20 a minute, a major criterion)."""
_INCONTINENT: Final = _rx(r"wet (?:him|her|them)sel(?:f|ves)|incontinen\w*")
_DKA_OEDEMA_SOURCE: Final = (
    "cerebral oedema in DKA (ISPAD 2022 bedside criteria: 2 major, or 1 major and 2"
    " minor - mannitol or hypertonic saline now, before imaging; Muir AB et al."
    " Diabetes Care 2004;27:1541; BSPED 2021); ESI handbook ch.3 immediate medication"
)


def dka_cerebral_oedema(
    facts: ClinicalFacts, v: Vitals, altered: bool, joined: str
) -> str | None:
    """A child in DKA with ISPAD 2022's bedside criteria of cerebral oedema (triage53).

    Glaser N et al. ISPAD 2022 (Pediatr Diabetes 2022;23:835), after Muir AB et al.
    2004: major criteria are an altered or fluctuating mental state, a sustained heart
    rate deceleration and age-inappropriate incontinence; minor ones vomiting,
    headache, lethargy, a diastolic pressure over 90 and an age under 5. Two major, or
    one major and two minor, call for hyperosmolar therapy at once, without waiting
    for a scan: an immediate life-saving medication (ESI level 1). A headache alone
    in a child with DKA is watched (level 2 by DKA's own reasons).
    """
    if not (_DKA.search(joined) or facts.has("dka") or facts.known("dka")):
        return None
    major = sum(
        (
            (altered and not facts.has("lethargy")) or facts.has("confusion"),
            bool(_HR_FALLING.search(joined)),
            bool(_INCONTINENT.search(joined)),
        )
    )
    minor = sum(
        (
            facts.has("vomiting"),
            facts.has("headache"),
            facts.has("lethargy") or facts.has("drowsiness"),
            v.diastolic_bp is not None and v.diastolic_bp > 90,
            facts.age is not None and facts.age < 5,
        )
    )
    if major >= 2 or (major >= 1 and minor >= 2):
        return _DKA_OEDEMA_SOURCE
    return None


_AIRWAY_BURN: Final = _rx(
    r"singed|soot|carbonaceous|black (?:sputum|phlegm)|burns? (?:to|of|on) (?:\w+ )?"
    r"(?:face|mouth|lips|neck)|facial burns?|house fire|smoke inhal\w*"
    r"|inhalation injur\w*"
)
_VOICE_OR_STRIDOR: Final = _rx(
    r"hoarse\w*|voice (?:\w+ ){0,2}(?:changed|change|croaky|gone|muffled)|stridor"
    r"|drool\w*|can'?t swallow|unable to swallow"
)
_NECK_WOUND: Final = _rx(
    r"(?:stab\w*|knife|glass|slash\w*|shot|gunshot|penetrat\w*|cut|wound)"
    r"(?: \w+){0,6} neck|neck (?:\w+ ){0,2}(?:wound|stab\w*|lacerat\w*)"
)
_NECK_HARD_SIGNS: Final = _rx(
    r"bubbl\w*|air (?:\w+ ){0,2}(?:wound|escap\w*)|sucking|expanding (?:\w+ )?"
    r"(?:swelling|haematoma|hematoma)|hoarse\w*|stridor|subcutaneous emphysema"
    r"|surgical emphysema|crepitus|haemoptysis|hemoptysis|coughing (?:up )?blood"
)


def threatened_airway_after_injury(joined: str) -> str | None:
    """An airway an injury threatens now: intubation is the life-saving act (triage53).

    ATLS 10th ed. ch.2 and ABA 2018 / BBA: an inhalation injury with a changed voice
    or stridor (singed hair, soot, facial burns and a hoarse voice) swells shut within
    hours and is intubated early; a penetrating neck wound with hard signs of
    aerodigestive or vascular injury (air bubbling through the wound, an expanding
    haematoma, a hoarse voice, stridor) needs the airway secured now (EAST 2019
    penetrating neck injury). Both are ESI handbook ch.3 level 1 (an immediate
    airway intervention); a burn or a neck wound without them is level 2 by its own
    high-risk reasons.
    """
    if _AIRWAY_BURN.search(joined) and _VOICE_OR_STRIDOR.search(joined):
        return (
            "inhalation injury with a changed voice or stridor (early intubation;"
            " ATLS 10th ed., ABA 2018; ESI handbook ch.3)"
        )
    if _NECK_WOUND.search(joined) and _NECK_HARD_SIGNS.search(joined):
        return (
            "penetrating neck wound with hard airway or vascular signs (airway now;"
            " ATLS 10th ed.; EAST 2019 penetrating neck injury; ESI handbook ch.3)"
        )
    return None


def life_saving_presentations(
    facts: ClinicalFacts, v: Vitals, altered: bool
) -> list[str]:
    """Presentations the handbook puts at level 1, read from objective evidence.

    Args:
        facts: Clinical facts at triage.
        v: Plausible triage vitals.
        altered: Mental status is altered (AVPU V or worse, GCS < 15, confusion,
            lethargy).

    Returns:
        One reason per presentation found, each naming its source; empty when none.
    """
    reasons: list[str] = []
    child = facts.age is not None and facts.age < 18
    clauses = triage_clauses(facts)
    joined = " | ".join(clauses)
    perfusion = hypoperfusion_signs(facts, adult=not child, clauses=clauses)
    sbp, hr, rr = v.systolic_bp, v.heart_rate, v.respiratory_rate
    if not child and sbp is not None and sbp < SHOCK_SBP and (perfusion or altered):
        reasons.append(
            f"hypotension with signs of hypoperfusion (SBP {sbp:g}; ESI handbook ch.3"
            " level-1 examples, ATLS 10th ed.)"
        )
    if child and perfusion and (altered or (hr is not None and hr >= _peds_hr(facts))):
        reasons.append(
            "shock with signs of hypoperfusion in a child (ESI handbook Table 6-2)"
        )
    elif child and child_shock_without_skin_signs(facts, v, altered):
        reasons.append(
            "shock in a child: tachycardia beyond the danger zone with reduced"
            " consciousness after fluid loss, or with fever and a non-blanching rash"
            " (fluid bolus now; APLS 6th ed.; NICE CG84 1.3; NICE NG240 2024)"
        )
    symptomatic = altered or any(facts.has(c) for c in _BRADY_SYMPTOMS)
    if hr is not None and not child and hr < SEVERE_BRADY_HR and symptomatic:
        reasons.append(
            f"symptomatic severe bradycardia (HR {hr:g}; ESI handbook ch.3 'weak"
            " and dizzy, heart rate 30'; AHA ACLS 2020)"
        )
    if child and hr is not None and hr < PEDS_BRADY_HR and (perfusion or altered):
        reasons.append(f"bradycardia {hr:g} with poor perfusion in a child (PALS 2020)")
    compromise = (
        (sbp is not None and sbp < SHOCK_SBP)
        or (v.spo2 is not None and v.spo2 < 92)
        or facts.has("stridor")
        or facts.has("syncope")
        or facts.has("hypotension")
        or altered
    )
    if compromise and (
        facts.has("anaphylaxis")
        or any(r.startswith("possible anaphylaxis") for r in time_critical(facts))
    ):
        reasons.append(
            "anaphylaxis with hypotension or respiratory compromise (epinephrine now;"
            " ESI handbook Table 6-2, WAO 2020)"
        )
    if (
        facts.has("active_seizure")
        or _STATUS_EPILEPTICUS.search(plain_quotes(facts.chief_complaint or ""))
        or seizing_now(facts, clauses)
    ):
        reasons.append("actively seizing (ESI handbook Table 6-2; AES 2016)")
    non_blanching = facts.has("petechiae") or any(
        r.startswith("fever with a non-blanching rash") for r in time_critical(facts)
    )
    if non_blanching and altered:
        reasons.append(
            "petechial or purpuric rash with altered mental status (ESI handbook"
            " Table 6-2)"
        )
    toxic = facts.has("overdose") or facts.has("opioid_use") or facts.has("miosis")
    hypoxic_sedated = altered and v.spo2 is not None and v.spo2 < HYPOXIA_SPO2
    if toxic and (
        (rr is not None and rr <= OPIOID_RR)
        or facts.has("respiratory_depression")
        or hypoxic_sedated
    ):
        reasons.append(
            "toxic ingestion with respiratory depression (naloxone/ventilation now;"
            " ESI handbook ch.3 'overdose with a respiratory rate of 6')"
        )
    if (facts.has("overdose") or facts.has("tca_ingestion")) and facts.has("qrs_wide"):
        reasons.append(
            "poisoning with a QRS over 100 ms (sodium-channel blockade: IV sodium"
            " bicarbonate now, an ESI life-saving medication; Bruccoleri RE, Burns MM."
            " J Med Toxicol 2016; AACT/TOXBASE tricyclics)"
        )
    cholinergic = facts.has("organophosphate_exposure") or (
        facts.has("miosis") and facts.has("cholinergic_signs")
    )
    if cholinergic and (
        (v.spo2 is not None and v.spo2 < HYPOXIA_SPO2)
        or facts.has("bradycardia")
        or facts.has("respiratory_depression")
    ):
        reasons.append(
            "cholinergic crisis with hypoxaemia or bradycardia (atropine now, an ESI"
            " life-saving medication; Eddleston M et al. Lancet 2008)"
        )
    if child and (oedema := dka_cerebral_oedema(facts, v, altered, joined)):
        reasons.append(oedema)
    if threatened := threatened_airway_after_injury(joined):
        reasons.append(threatened)
    unequal = _PUPILS_UNEQUAL.search(joined) or anisocoria((joined,))
    if unequal and (altered or facts.has("head_injury")):
        reasons.append(
            "unequal pupils with head injury or altered mentation (herniation; Brain"
            " Trauma Foundation 2016)"
        )
    if (
        facts.has("head_injury")
        and altered
        and hr is not None
        and hr < CUSHING_HR
        and sbp is not None
        and sbp >= CUSHING_SBP
    ):
        # triage55 (trauma55's request): a head injury with a falling consciousness
        # and the Cushing response (bradycardia with hypertension) is herniation
        reasons.append(
            f"head injury with altered mentation and a Cushing response (HR {hr:g},"
            f" SBP {sbp:g}): herniation until shown otherwise (airway, osmotherapy,"
            " neurosurgery now; Brain Trauma Foundation 2016; ATLS 10th ed. ch.6)"
        )
    cc = plain_quotes(facts.chief_complaint or "")
    found = _FOUND_UNRESPONSIVE.search(cc) and not _NOW_AWAKE.search(cc)
    if _UNRESPONSIVE_NOW.search(cc) or found:
        reasons.append("unresponsive to voice now (AVPU P/U; ESI handbook Table 3-3)")
    if altered and _low_glucose_in(joined):
        reasons.append(
            "low point-of-care glucose with altered mentation (IV dextrose now; ADA"
            " 2023)"
        )
    distressed = facts.has("dyspnea") or facts.has("respiratory_distress")
    if distressed and _CANNOT_SPEAK_FOR_BREATH.search(joined):
        reasons.append(
            "too breathless to speak: severe respiratory distress (ESI handbook ch.3)"
        )
    if facts.has("stridor") and _INHALATION_CONTEXT.search(joined):
        reasons.append(
            "stridor after smoke or fire: inhalation injury with a closing airway"
            " (early intubation; ATLS 10th ed. ch. 9; ABA ABLS 2018; ESI handbook"
            " ch.3 airway)"
        )
    elif facts.has("angioedema") and (
        facts.has("stridor") or _ANGIOEDEMA_AIRWAY_NOISE.search(joined)
    ):
        reasons.append(
            "angioedema with stridor or noisy breathing: the larynx is involved and"
            " the airway may close (airway team now; Ishoo E et al. Otolaryngol Head"
            " Neck Surg 1999 stage IV; ESI handbook ch.3 airway)"
        )
    elif obstructing_airway_in_distress(facts, v, joined):
        reasons.append(
            "airway compromise with respiratory distress (immediate airway"
            " intervention; ATLS 10th ed. ch. 9; ESI handbook ch.3 and Table 3-1)"
        )
    if neck_haematoma_compromising_airway(facts, v, joined):
        reasons.append(
            "neck swelling after neck surgery with stridor or breathing difficulty:"
            " open the wound now (SCOOP; Iliff HA et al. Anaesthesia 2022, DAS /"
            " BAETS / ENT UK)"
        )
    tbsa = _burn_tbsa(joined)
    if tbsa is not None and tbsa >= (10 if child else MAJOR_BURN_TBSA):
        reasons.append(
            f"major burn ({tbsa:g} % TBSA: fluid resuscitation; ABA 2018, ATLS 10th"
            " ed.)"
        )
    strong_skin = hypoperfusion_signs(facts, adult=False, clauses=clauses)
    if not child and strong_skin and hr is not None and hr >= STRONG_SHOCK_HR:
        reasons.append(
            f"tachycardia {hr:g} with cool/mottled skin or delayed refill (ATLS class"
            " III shock)"
        )
    if _MAJOR_BLEEDING.search(joined):
        reasons.append("major external haemorrhage (ESI handbook Table 3-1)")
    if _VENTILATION_NOW.search(joined):
        reasons.append(
            "ventilatory or procedural life-saving intervention under way (ESI"
            " handbook Table 3-1)"
        )
    compromised = facts.has("respiratory_distress") or (
        facts.has("dyspnea")
        and (
            (v.spo2 is not None and v.spo2 < 92)
            or (rr is not None and rr >= RESP_FAILURE_RR)
        )
    )
    cyanotic = _CYANOSIS.search(joined) and any(
        facts.has(c) for c in _RESPIRATORY_COMPROMISE
    )
    if life_threatening_asthma(facts, v, altered, joined):
        reasons.append(
            "life-threatening asthma (altered consciousness, SpO2 < 92 %, silent "
            "chest, poor effort, exhaustion or cyanosis; BTS/SIGN 158 2019)"
        )
    if cyanotic or (compromised and altered):
        reasons.append(
            "respiratory distress with cyanosis or altered mentation (respiratory"
            " failure; ESI handbook Table 6-2)"
        )
    return reasons


def _peds_hr(facts: ClinicalFacts) -> float:
    """Paediatric danger-zone heart rate (handbook ch.6 by age band).

    ``facts.tachycardia_hr``: > 180 under 3 months, > 160 from 3 months to 3 years,
    > 140 from 3 to 8 years, > 100 over 8 (triage38: under 3 months the band is 180,
    not 160; a 6-week-old's HR 170 is inside it).
    """
    return tachycardia_hr(facts.population)


def _burn_tbsa(text: str) -> float | None:
    """The largest burn TBSA percentage stated in a text mentioning burns."""
    if "burn" not in text.lower():
        return None
    return stated_tbsa(text)  # one reader of the extent (``burn_extent``)
