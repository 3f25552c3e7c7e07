"""ESI v4 decision point C: what is and is not a resource (handbook ch.5, Table 5-1).

Private to :mod:`agents.offline.rules.esi`. The handbook counts *resources* (labs,
ECG, imaging, IV fluids, IV/IM/nebulised medication, a specialty consult, a simple
procedure = 1, a complex procedure = 2) and lists what is *not* one: history and
physical examination, point-of-care testing, a saline lock, oral medication, tetanus
immunisation, prescription refills, a phone call to the primary care provider, simple
wound care (dressings, recheck), crutches, splints and slings. A visit whose only need
is on the second list is ESI 5 whatever complaint word it was filed under.

The same chapter asks the nurse to predict resources from the presentation, so an
unrecognised complaint is not ESI 3 by default when the presentation is one the
handbook resolves with examination and oral or topical treatment (a cold, a sore
throat, an earache, an itchy rash, an insect bite: ch.5 and ch.9 level-5 examples).
Each concept is a synonym set read on the triage text's current clauses (negation and
history spans removed by the ConText machinery of ``_esi_patterns``). Research
software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules._esi_risk import (
    OLDER_ADULT_AGE,
    TARGET_ORGAN_SYMPTOMS,
    peripartum,
)
from agents.offline.rules.burn_extent import stated_tbsa
from agents.offline.rules.facts import (
    AFEBRILE_C,
    ClinicalFacts,
    hypotension_sbp,
    hypothermia_c,
)
from agents.offline.rules.fever_days import PROLONGED_FEVER_DAYS, fever_days
from agents.offline.rules.findings import FEVER_C, plain_quotes
from cases.models import Vitals
from cases.population import Population
from cases.rx import whole_letters
from cases.vitals import FEVER_WORDS

_rx = whole_letters

_A_DRUG: Final = (
    r"(?!(?:breath|energy|money|time|patience|house|home|room|car|apartment|building"
    r"|place|food|water|gas|fuel|steam|road)\b)[a-z]{4,}"
)
"""A word after "ran out of his ..." that may name a medicine (esi29: "ran out of her
sertraline"), not breath, a place or a supply that is none."""

NOT_RESOURCES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "prescription refill",
        _rx(
            r"refill\w*|(?:ran|run|runs) out of (?:\w+ ){0,3}(?:medication|medicine"
            r"|meds|pills|prescription|inhaler|tablets)\w*"
            r"|(?:renew|new) (?:\w+ )?prescription"
            # esi29: a drug named after the possessive ("ran out of her sertraline"),
            # not breath, a place or a supply that is no medicine
            rf"|(?:ran|run|runs) out of (?:his|her|my|their) {_A_DRUG}"
            r"|prescriptions? (?:\w+ ){0,2}(?:renew\w*|repeat\w*|extended|rewritten)"
            r"|needs? (?:more|a new supply of) (?:\w+ )?(?:medication|meds|pills)"
            rf"|running (?:low|out) (?:of|on) (?:his |her |my |their )?{_A_DRUG}"
            rf"|(?:days?|doses?|pills|tablets) of (?:his |her |my |their )?{_A_DRUG}"
            r" left"
        ),
    ),
    (
        "suture or staple removal",
        _rx(
            r"(?:stitches|sutures|staples) (?:\w+ ){0,2}(?:out|removed|taken out"
            r"|removal)|(?:remove|take out|taking out) (?:\w+ ){0,2}(?:stitches"
            r"|sutures|staples)|(?:suture|staple|stitch) removal"
            r"|(?:stitches|sutures|staples)(?: [\w-]+){0,20} (?:have|get|having"
            r"|getting) (?:them|it) (?:taken out|removed|out)"
        ),
    ),
    (
        "wound recheck or dressing change",
        _rx(
            r"(?:wound|boil|abscess|incision|cut|laceration|burn|stitches|sutures"
            r"|packing)(?: \w+){0,3} (?:re-?)?check\w*|re-?check\w*"
            r"|(?:come|came|coming) back (?:\w+ ){0,7}(?:look at|check|see) (?:my |his"
            r" |her |the )?(?:burn|wound|cut|boil|abscess|incision|stitches|blister)"
            r"|(?:told|asked|instructed) to (?:come back|return) (?:\w+ ){0,4}"
            r"(?:checked|check\w*|re-?check\w*|looked at|seen again)"
            r"|dressing chang\w*|chang\w* (?:\w+ ){0,2}dressing|packing (?:changed"
            r"|removed|change|taken out|pulled)|(?:remove|take out|pull out)"
            r" (?:the |his |her |my )?packing"
            r"|(?:make sure|see if|see whether|check that)"
            r" (?:\w+ ){0,3}(?:is |it'?s )?healing"
        ),
    ),
    (
        "a point-of-care test",
        _rx(
            r"(?:wants?|needs?|asks? for|requests?|come in for|came in for|here for)"
            r" (?:\w+ ){0,2}(?:pregnancy tests?|(?:blood )?(?:sugar|glucose) (?:check"
            r"\w*|test\w*)|(?:blood pressure|bp) (?:check\w*|recheck\w*|taken))"
            r"|(?:blood pressure|bp) (?:\w+ ){0,2}(?:check\w*|recheck\w*)"
        ),
    ),
    (
        "crutches, a splint or a sling",
        _rx(
            r"(?:wants?|would like|needs?|asks? for|requests?|came (?:in|back) for"
            r"|here for|returns? for) (?:\w+ ){0,3}(?:crutches|sling|splint)"
            r"|(?:sling|splint|crutches) (?:\w+ ){0,2}(?:rubs?|rubbing|uncomfortable"
            r"|too (?:tight|loose|big|small)|broke|broken|fell off|(?:is |are )?loose)"
        ),
    ),
    (
        "a vaccination (like tetanus immunisation, Table 5-1)",
        _rx(
            r"(?:wants?|asks?|asking|would like|needs?|here for|came (?:in )?for"
            r"|(?:can|could) (?:\w+ )?get) (?:\w+ ){0,3}(?:flu|influenza|covid(?:-19)?"
            r"|pneumonia|shingles|tetanus|hepatitis b?) (?:shot|jab|vaccin\w*|booster"
            r"|immuni[sz]ation)"
        ),
    ),
    (
        "a request for an oral medication (emergency contraception)",
        _rx(r"morning[- ]after pill|emergency contracepti\w*|plan b(?: pill)?"),
    ),
    (
        "routine nail care",
        _rx(
            # a nail and a care word anywhere in the clause ("thick toenails he cannot
            # clip himself", "wants his nails cut"), not an injured or infected nail
            r"^(?!.*(?:ingrown|in-grown|paronych|infect|pus|abscess|bleed|torn|ripped"
            r"|crush|injur|nail gun|(?:on|with|by|a|rusty) nail\b))"
            r"(?=.*\b(?:toe|finger)?nails?\b)"
            r"(?=.*\b(?:trim\w*|clip\w*|cut|cutting|thick\w*|hard|overgrown)\b).*"
        ),
    ),
    (
        "a note for work or school",
        _rx(
            r"(?:work|school|doctor'?s?|sick|excuse) (?:note|slip|form|letter)"
            r"|note (?:\w+ ){0,2}for (?:his |her |my |the )?(?:work|school|employer"
            r"|professor|teacher|boss|job|coach)|note (?:[\w'-]+ ){0,6}(?:go|going|come"
            r"|coming|get|getting) back to (?:work|school|class|nursery|daycare)"
            r"|(?:clearance|cleared) to (?:return"
            r" to )?(?:work|school|play)"
        ),
    ),
)
"""Needs the handbook's Table 5-1 does not count as resources, as worded at triage."""
_TETANUS: Final = _rx(r"tetanus|td(?:ap)? (?:shot|booster)")
_SUPERFICIAL_WOUND: Final = _rx(
    r"abrasions?|scrap(?:e|es|ed)|road (?:burn|rash)|graz(?:e|es|ed)|skinned"
    r"|scratch(?:es|ed)?"
)
"""Tetanus immunisation is not a resource, nor is simple wound care of a superficial
wound (Table 5-1); a laceration that needs repair is (a simple procedure)."""

_OPEN_WOUND: Final = (
    r"(?<!healing )(?<!healed )(?<!sutured )(?<!stitched )(?<!glued )(?<!closed )"
    r"(?:lacerat\w*|lacs?|gash\w*)\b(?! (?:(?!(?:be|to|get|needs?|wants?|requir\w*)"
    r" )\w+ ){0,4}(?:sutured|stitched|repaired|closed|glued|stapled))"
)
"""A laceration ("lac" in triage shorthand) not yet closed: one already closed ("a
laceration on his forearm sutured 10 days ago", "lac was glued") is a recheck or a
removal; one still to close ("needs to be sutured") is open."""
_NEEDS_A_RESOURCE: Final = _rx(
    r"(?:needs?|requir\w*|will need|wants?) (?:\w+ ){0,2}(?:(?:stitches|sutures)(?!"
    r" (?:\w+ ){0,2}(?:out|removed|taken out|removal))|x-?rays?"
    r"|labs?|blood (?:work|tests?)|iv|antibiotics|shot for (?:the )?pain)"
    r"|swollen|swelling|deformit\w*|gaping|deep (?:cut|laceration|wound)"
    r"|(?:still|actively|keeps?) bleeding|bleeding (?:through|heavily)"
    r"|(?:can'?t|cannot|unable to) (?:bear weight|walk|move)|red streak\w*"
    r"|pus|draining|spreading|fever\w*|febrile|worse|wors(?:en|ens|ened|ening)"
    r"|more painful|wheez\w*"
    rf"|{_OPEN_WOUND}|(?<!from a )(?<!from the )(?<!from his )(?<!from her )cut"
    r" (?:on|to|in|across) |punctur\w*|(?:stepped|stuck)"
    r" (?:on|with) (?:a )?(?:nail|needle)|bit(?:e|ten) by"
)
"""Wordings that a resource is needed beyond the non-resource request (a wound that
is spreading or draining, an injury that needs an x-ray, a cut that needs sutures; not
the stitches to be taken out of a cut closed before: triage39)."""
_NAIL_PUNCTURE: Final = _rx(
    r"punctur\w*|(?:stepped|trod|stood) on (?:a |an )?(?:\w+ )?(?:nail|tack|drawing"
    r" pin|thorn)"
)
"""A puncture from a nail or a thorn: cleaned (simple wound care) with a tetanus
booster if due, no resource by itself (ESI v4 Table 5-1); a needle-stick is not one
(source testing: labs)."""
_FOOT_AT_RISK: Final = (
    "diabetes",
    "type_1_diabetes",
    "type_2_diabetes",
    "pad",
    "immunocompromised",
)
"""Histories in which a puncture is not simple wound care (IWGDF/IDSA 2023 diabetic
foot: every wound assessed for infection and ischaemia; immunosuppression)."""
_MINOR_WOUND: Final = _rx(
    r"heal\w*|scab\w*|small (?:cut|nick|puncture|wound|scratch)|nick(?:ed)?\b"
    r"|(?:cut|wound|puncture) (?:\w+ ){0,2}(?:has )?stopped bleeding"
)
"""A wound worded as small or healing: simple wound care (Table 5-1)."""

_EARACHE: Final = _rx(r"ear ?ache|ear pain|(?:pulling|tugging) at (?:his |her )?ear")
MINOR_CONDITIONS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "upper respiratory symptoms",
        _rx(
            r"runny nose|stuffy nose|(?:nasal|sinus|head) congestion|congested"
            r"|sneez\w*|(?:a |the |bad )?cold(?: symptoms)?(?! (?:hands|feet|skin"
            r"|exposure|water|weather|and clammy))|flu-?like|sniffles"
        ),
    ),
    (
        "sore throat",
        _rx(
            r"(?:sore|scratchy|raw|itchy) throat|throat (?:\w+ ){0,3}(?:sore|scratchy)"
        ),
    ),
    ("earache", _EARACHE),
    (
        "itchy or localised rash",
        _rx(
            r"itch\w*|poison (?:ivy|oak|sumac)|jock (?:itch|rot)|athlete'?s foot"
            r"|tinea\b(?: \w+)?|ringworm|fungal (?:rash|skin infection)"
            r"|canker sores?|mouth ulcers?|(?:sores?|ulcers?) (?:\w+ )?(?:inside|in)"
            r" (?:his |her |my |the )?(?:\w+ )?(?:mouth|lips?|cheeks?)"
            r"|sunburn\w*|cold sore|pimples?|acne|warts?|(?:diaper|nappy) rash"
            r"|rash (?:\w+ ){0,2}(?:in|on|around) (?:the |his |her )?(?:diaper|nappy)"
            r"|(?:mosquito|insect|bug|flea"
            r"|ant) bites?"
        ),
    ),
    ("head lice or scabies", _rx(r"(?:head )?lice|nits|scabies|pinworms?")),
    ("hiccups", _rx(r"hiccups?|hiccough\w*|hiccupping")),
)
"""Presentations the handbook resolves by examination and oral or topical treatment
(ch.5: no resource; ch.9 level-5 practice cases), in a well patient."""

_SYSTEMIC: Final = _rx(
    r"short(?:ness)? of breath|(?:trouble|difficulty) breathing|wheez\w*|chest"
    r"|swallow\w*|drool\w*|stridor|stiff neck|(?:lips?|tongue|face) (?:\w+ )?swell\w*"
    r"|swollen (?:lips?|tongue|face)|vomit\w*|lethargic|letharg\w*|not eating"
    r"|not drinking|blisters? (?:all )?over|peeling|purple|bruis\w*|petechia\w*"
)
"""Wordings that take a 'minor' presentation out of the level-5 group (breathing,
swallowing, systemic or spreading features)."""
WELL_MAX_TEMP_C: Final = 39.0
"""Handbook ch.6: from 3 months, fever up to 39 C with normal vitals is judged by
resources; above it in a young child is a danger-zone prompt."""


_EARLIER_VISIT: Final = _rx(
    r"(?:was|were|been|got) (?:seen|treated|diagnosed|evaluated|checked)(?: \w+){0,5}"
    r" (?:for|with) [^.;]*?(?=,? (?:but|now|today|tonight|since|although|though"
    r"|however|and (?:now|it|the|he|she|his|her|this|that|is|has))\b|[.;]|$)"
)
"""The problem an earlier visit was for ("was seen here two days ago for a red, swollen
shin"): at a recheck it describes then, not now; a wording of the present (worse,
spreading, draining) is read in the text's other clauses (esi29)."""


def non_resource_need(facts: ClinicalFacts) -> str | None:
    """The Table 5-1 non-resource the visit asks for, when it asks for nothing else.

    Args:
        facts: Clinical facts at triage.

    Returns:
        The need's name (e.g. "prescription refill"), or None when no such request
        is worded or another wording says a resource is needed.
    """
    clauses = triage_clauses(facts)
    needs = [t for t in clauses if _NEEDS_A_RESOURCE.search(_EARLIER_VISIT.sub(" ", t))]
    tetanus = any(_TETANUS.search(t) for t in clauses)
    if (
        needs
        and tetanus
        and not any(facts.known(c) for c in _FOOT_AT_RISK)
        and not any(
            _NEEDS_A_RESOURCE.search(
                _NAIL_PUNCTURE.sub(" ", _EARLIER_VISIT.sub(" ", t))
            )
            for t in needs
        )
    ):
        # triage39: a nail's puncture and a tetanus booster, nothing else worded
        return "tetanus immunisation and simple care of a puncture wound"
    if needs:
        return None
    for name, rx in NOT_RESOURCES:
        if any(rx.search(t) for t in clauses):
            return name
    if tetanus and any(
        _SUPERFICIAL_WOUND.search(t) or _MINOR_WOUND.search(t) for t in clauses
    ):
        return "tetanus immunisation and simple care of a superficial wound"
    return None


_RAISED_BP: Final = _rx(
    r"(?:blood pressure|bp)(?: \w+){0,3} (?:was |is |of |reading )?(?:high|elevated"
    r"|raised|up|1[4-9]\d|2[0-4]\d)|(?:high|elevated|raised) (?:blood pressure|bp)"
)
_ASYMPTOMATIC: Final = _rx(
    r"asymptomatic|(?:has |with |having |reports |denies )?no (?:other )?symptoms"
    r"|feels? (?:fine|well|ok(?:ay)?)|(?:has |had )?no complaints"
)
_TARGET_ORGAN: Final = (*TARGET_ORGAN_SYMPTOMS, "pregnancy", "postpartum")
"""Symptoms of acute target-organ injury, and pregnancy (pre-eclampsia): with them a
raised blood pressure is not 'asymptomatic' (ACC/AHA 2017; ACOG 2020)."""


def asymptomatic_raised_bp(facts: ClinicalFacts) -> bool:
    """A raised blood pressure found elsewhere, no symptom, in a non-pregnant adult.

    ACEP clinical policy: asymptomatic elevated blood pressure (Wolf SJ et al. Ann
    Emerg Med 2013;62:59; Level B/C): routine testing for target-organ injury is not
    required and the patient is referred for follow-up, so the visit needs no
    resource (handbook ch.5: a recheck of a vital sign is not one).
    """
    if facts.age is not None and facts.age < 18:
        return False
    if any(facts.has(c) for c in _TARGET_ORGAN):
        return False
    if peripartum(facts):
        return False  # ACOG 2020: evaluate for pre-eclampsia
    text = facts.chief_complaint or ""
    return bool(_RAISED_BP.search(text) and _ASYMPTOMATIC.search(text))


def minor_condition(facts: ClinicalFacts) -> str | None:
    """A presentation resolved by examination and oral/topical treatment, if worded.

    Returns:
        Its name, or None when none is worded or a breathing, swallowing or systemic
        feature is (those need a work-up).
    """
    clauses = triage_clauses(facts)
    if well_child_chickenpox(facts, clauses):
        return CHICKENPOX_WELL_CHILD
    if any(_SYSTEMIC.search(t) for t in clauses):
        return None
    for name, rx in MINOR_CONDITIONS:
        if any(rx.search(t) for t in clauses):
            return name
    if asymptomatic_raised_bp(facts):
        return "asymptomatic raised blood pressure (ACEP clinical policy 2013)"
    return None


_EAR_AT_RISK: Final = (
    "diabetes",
    "type_1_diabetes",
    "type_2_diabetes",
    "immunocompromised",
)
_EAR_PERSISTING: Final = _rx(
    r"despite|not (?:\w+ )?(?:better|improv\w*|settl\w*"
    r"|working|helping)|fail\w*|(?:\d+|several|two|three|four|five|six) weeks?"
    r"|worse at night|night pain|granulation|headache|facial (?:weakness|droop)"
)


def necrotising_otitis_risk(facts: ClinicalFacts) -> bool:
    """An earache in a diabetic or immunocompromised adult that persists or fails.

    NICE CKS otitis externa (2023) and Rubin Grandis J et al. Lancet Infect Dis
    2004;4:34: in diabetes or immunosuppression, ear pain persisting for weeks or worse
    at night, granulation, or otitis not settling on topical treatment is necrotising
    (malignant) otitis externa until a CT and the inflammatory markers say otherwise,
    with IV antibiotics and ENT the same day: at least two resources (ESI v4 ch.5), not
    a level-5 earache (lead44's request, peds45).
    """
    if facts.age is not None and facts.age < 18:
        return False
    if not any(facts.known(c) for c in _EAR_AT_RISK):
        return False
    clauses = triage_clauses(facts)
    if not any(_EARACHE.search(t) for t in clauses):
        return False
    return any(_EAR_PERSISTING.search(t) for t in clauses)


CHICKENPOX_WELL_CHILD: Final = "chickenpox in a well child"
_CHICKENPOX: Final = _rx(r"chicken ?pox|varicella")
_POX_COMPLICATION: Final = _rx(
    r"short(?:ness)? of breath|(?:trouble|difficulty) breathing|breathless\w*"
    r"|cough\w*|chest|drows\w*|sleepy|letharg\w*|confus\w*|unsteady|wobbly"
    r"|headache|stiff neck|bleed\w*|blood\w*|purple|bruis\w*|petechia\w*"
    r"|not (?:drinking|eating|feeding)|vomit\w*|pain(?!less)\w*|hot|spread\w*"
    r"|swollen|swelling|cellulitis|eyes?|pregnan\w*|chemo\w*|steroid\w*|immun\w*"
    r"|leuka?emi\w*|transplant\w*|exposed|exposure|contact|vaccin\w*"
)
"""What takes chickenpox out of self-care (NICE CKS chickenpox 2023): breathing or
chest symptoms (pneumonitis), drowsiness, unsteadiness or headache (encephalitis,
cerebellitis), bleeding into the spots, a hot, painful, swollen or spreading skin
(secondary bacterial or group A streptococcal infection), dehydration, the eye,
pregnancy or immunosuppression; an exposure or a vaccine question is another visit."""


def well_child_chickenpox(facts: ClinicalFacts, clauses: list[str]) -> bool:
    """Chickenpox named in a child of 1-17 with no complicating feature worded.

    NICE CKS chickenpox (2023): an otherwise well child is managed at home with
    paracetamol, fluids and an emollient or antihistamine; no test or antiviral. ESI v4
    handbook ch.5: examination and oral or topical treatment, no resource (level 5),
    though the spots are everywhere (the widespread blistering that otherwise takes a
    rash out of the minor group is the disease itself). Infants under 1 (neonatal
    varicella), adults (pneumonitis) and the immunocompromised are not this.
    """
    if facts.age is None or not 1 <= facts.age < 18 or facts.immunocompromised:
        return False
    if not any(_CHICKENPOX.search(t) for t in clauses):
        return False
    return not any(_POX_COMPLICATION.search(t) for t in clauses)


YOUNG_INFANT_DAYS: Final = 90
"""Under 3 months an infant is judged by the handbook's febrile-infant criteria (ch.6:
1-28 days ESI 2 at >= 38.0 C, 1-3 months consider ESI 2); a no-resource visit only
with a measured normal temperature (``well_for_level_five``, triage39); an older
infant's diaper rash is examined and treated topically like anyone's (esi29)."""


def well_for_level_five(
    v: Vitals, age: int | None, age_days: int | None = None
) -> bool:
    """Vitals that let a non-resource visit stay ESI 5 (<= 39 C, >= 35 C, SBP >= 90).

    An infant under ``YOUNG_INFANT_DAYS`` (any infant when only the year of age is
    known) only with a measured temperature of 36.5 to 37.9 C: ESI v4 handbook ch.6
    asks more of the young infant only for fever (1-28 days level 2, 29-90 days
    consider 2) and hypothermia (< 36.5 C under 90 days, Table 6-3); otherwise a
    child is triaged by resources and the danger zone like anyone (triage39: a well
    7-week-old's sticky eye or nappy rash is level 5). Danger-zone heart and
    respiratory rates and hypoxia are checked by the caller.
    """
    febrile = v.temperature_c is not None and v.temperature_c >= WELL_MAX_TEMP_C
    low_bp = v.systolic_bp is not None and v.systolic_bp < _low_sbp(age, age_days)
    young = (
        age_days < YOUNG_INFANT_DAYS
        if age_days is not None
        else age is not None and age < 1
    )
    normothermic = (
        v.temperature_c is not None
        and YOUNG_INFANT_LOW_C <= v.temperature_c < FEBRILE_INFANT_C
    )
    # triage40: hypothermia (< 35 C, WMS 2019) is not a well patient's visit:
    # rewarming, a glucose and an ECG (ERC 2021), whatever minor word the text has
    cold = v.temperature_c is not None and v.temperature_c < hypothermia_c(None)
    return not (febrile or low_bp or cold or (young and not normothermic))


def _low_sbp(age: int | None, age_days: int | None) -> float:
    """The systolic pressure below which a patient is not 'well' for level 5.

    PALS 2020 for a child under 10 (``facts.hypotension_sbp``: < 60 neonates, < 70
    infants, < 70 + 2 x age): a 4-year-old's SBP 84 is normal (triage39); 90 from 10
    years and at an unknown age.
    """
    days = age_days if age_days is not None or age is None else age * 365
    if days is None:
        return 90.0
    return hypotension_sbp(Population(age_days_min=days, age_days_max=days))


YOUNG_INFANT_LOW_C: Final = 36.5
"""ESI v4 handbook Table 6-3: an infant under 90 days below 36.5 C is level 2."""
FEBRILE_INFANT_C: Final = 38.0
"""ESI v4 handbook ch.6: fever in an infant is 38.0 C or more."""


_REPAIR: Final = _rx(
    rf"gaping|gapes|{_OPEN_WOUND}|(?:needs?|will need|requir\w*) (?:\w+ ){{0,2}}"
    r"(?:stitches"
    r"|sutures|staples|glue)"
    r"|(?:deep|long|\d ?-?(?:cm|centimeters?|inch\w*)) (?:\w+ )?cut"
    # triage37: a wound's size worded after its number ("4 cm deep", "3 cm long")
    r"|\d ?-?(?:cm|centimeters?|inch\w*) (?:deep|long)"
)
"""A wound that needs closing: laceration repair is a simple procedure, one resource
(handbook Table 5-1)."""


def needs_wound_repair(facts: ClinicalFacts) -> bool:
    """Whether the triage text words a wound that needs closing (one resource)."""
    return any(_REPAIR.search(t) for t in triage_clauses(facts))


_LOST_FUNCTION: Final = _rx(
    r"(?:can'?t|cannot|could not|couldn'?t|unable to|not able to) (?:\w+ )?(?:bend"
    r"|straighten|flex|extend|move|feel)(?: \w+){0,5} (?:fingers?|thumbs?|toes?|hand"
    r"|wrist)|(?:fingers?|thumbs?|fingertips?|toes?) (?:\w+ )?(?:is |are |feels? )?numb"
    r"|tendons?(?: \w+)? (?:exposed|visible|cut|lacerated|injur\w*)"
)
"""A wound with lost movement or feeling beyond it (a cut tendon or digital nerve):
repair plus a specialty consultation, two resources (handbook Table 5-1)."""


_BODY_PART: Final = (
    r"(?:wound|cut|laceration|skin|it|hand|palm|fingers?|thumb|foot|sole|heel|toes?"
    r"|arm|forearm|leg|knee|shin|scalp|face|lip|chin|eye)"
)
_RETAINED_BODY: Final = _rx(
    r"(?:glass|metal|wood|splinters?|shards?|fragments?|pieces?|something|foreign"
    r" (?:body|object))(?: \w+){0,3} (?:is |are |may be |might be |could be |still )?"
    r"(?:still )?(?:(?:in|inside) (?:the |his |her |my |their )?(?:left |right )?"
    rf"{_BODY_PART}|inside|stuck in|embedded|lodged|left in)(?![a-z])"
    r"|foreign (?:body|object) in (?:the |his |her )?(?:wound|cut)"
)
"""A wound that may hold a foreign body (glass, metal, wood): a radiograph or
ultrasound looks for it before closure (ACEP/EMRA wound care; Steele MT et al. Ann
Emerg Med 1998: glass is seen on plain films), an imaging resource beside the repair."""


def wound_with_retained_body(facts: ClinicalFacts) -> bool:
    """Whether a wound that needs repair may hold a foreign body (imaging + repair)."""
    clauses = triage_clauses(facts)
    wound = any(_REPAIR.search(t) or _CUT.search(t) for t in clauses)
    return wound and any(_RETAINED_BODY.search(t) for t in clauses)


_DISTAL_NERVE: Final = _rx(
    r"(?:numb(?:ness)?|tingl\w*|pins and needles|paraesthesi\w*|paresthesi\w*"
    r"|(?:lost|loss of|no|reduced) (?:feeling|sensation))(?: [\w-]+){0,4}"
    r" (?:fingers?|thumbs?|fingertips?|toes?)"
    r"|(?:fingers?|thumbs?|fingertips?|toes?)(?: [\w-]+){0,2} (?:is |are |feels? |went"
    r" |gone )?(?:numb|tingl\w*)"
)
"""Lost feeling in the digits beyond an injury ("pins and needles in the thumb, index
and middle fingers", "numb thumb and index finger"): a nerve compromised by the
fracture or dislocation (the median nerve of a perilunate dislocation or a displaced
distal radius fracture: acute carpal tunnel syndrome)."""


def injured_limb_with_lost_feeling(facts: ClinicalFacts) -> bool:
    """Whether a limb injury is worded with numb or tingling digits (triage55).

    A closed injury with a distal nerve deficit needs imaging and an orthopaedic or
    hand surgeon's urgent reduction or decompression (BSSH/BOAST; Herzberg G et al. J
    Hand Surg Am 1993: a perilunate dislocation's median nerve; CTAS 2016 limb injury
    with neurovascular compromise): two resources (handbook Table 5-1: imaging and a
    specialty consultation or procedural sedation), never one x-ray.
    """
    if not limb_injury(facts):
        return False
    return any(_DISTAL_NERVE.search(t) for t in triage_clauses(facts))


def wound_with_lost_function(facts: ClinicalFacts) -> bool:
    """Whether a wound is worded with lost movement or feeling distal to it."""
    clauses = triage_clauses(facts)
    wound = any(_REPAIR.search(t) or _CUT.search(t) for t in clauses)
    return wound and any(_LOST_FUNCTION.search(t) for t in clauses)


_CUT: Final = _rx(r"cut|cuts|wounds?|sliced|glass|knife|blade")

SIMPLE_PROCEDURES: Final = _rx(
    r"fish(?:ing)? ?hook|splinter|sliver|(?:earring|stud|piercing)s?(?: [\w-]+){0,8}"
    r" (?:stuck|embedded|buried|(?:can ?not|can'?t|won'?t) (?:be )?(?:come|taken|get))"
    r"|(?:ring|rings) (?:\w+ ){0,2}(?:stuck|tight|won'?t come"
    r" off|removed?)|ingrown (?:toe)?nail|(?:bead|pea|bean|pebble|eraser|toy|object"
    r"|bug|insect|something)(?: \w+){0,3} (?:in|into|up) (?:his |her |my |the )?"
    r"(?:left |right )?(?:ear|nose|nostril)|(?:bug|insect|moth|beetle|cockroach|fly)"
    r" (?:\w+ )?(?:crawled|flew|got|went) (?:in|into)"
    r"|(?:tooth|teeth) (?:was |were )?(?:pulled|extracted|removed)(?: \w+){0,8}"
    r" (?:bleed\w*|ooz\w*)|(?<!eye )socket (?:\w+ ){0,3}(?:bleed\w*|ooz\w*)"
    r"|(?:foley|catheter) (?:\w+ ){0,2}(?:change"
    r"|changed|replaced|blocked|clogged|fell out|came out|not draining"
    r"|stopped draining)"
)
"""Needs met by one simple procedure (Table 5-1: simple procedure = 1 resource):
removing a fish hook, splinter, ring or a foreign body from the ear or nose (a live
insect included), an ingrown nail, a catheter change, and (esi29) a tooth socket that
keeps bleeding after an extraction: local pressure with a haemostatic agent or a
suture (SDCEP 2022 management of dental patients taking anticoagulants or antiplatelet
drugs; Kumbargere Nagraj S et al. Cochrane 2018 post-extraction bleeding)."""


def simple_procedure(facts: ClinicalFacts) -> bool:
    """Whether the triage text words a need met by one simple procedure."""
    return any(SIMPLE_PROCEDURES.search(t) for t in triage_clauses(facts))


_SEDATION: Final = _rx(
    r"(?:needs?|needing|will need|would need|requires?|requiring|under|with|for)"
    r" (?:\w+ ){0,3}?(?:procedural |conscious |moderate |deep |ketamine )?sedation"
    r"|(?:needs?|will need|would need|requires?|has) to be sedated"
    r"|sedated (?:for|to) (?:the |a |his |her )?(?:repair|reduction|relocation"
    r"|suturing|sutures?|removal|closure)"
)
"""A procedure worded as needing procedural sedation ("will need sedation to have it
sutured", "needs to be sedated for the reduction")."""
_NO_SEDATION: Final = _rx(r"without (?:\w+ )?sedation|no (?:\w+ )?sedation")


def procedural_sedation(facts: ClinicalFacts) -> bool:
    """Whether the triage text says a procedure will need procedural sedation.

    ESI v4 handbook ch.5, Table 5-1: a complex procedure, such as one under
    conscious (procedural) sedation, counts as two resources; a child's laceration
    repair under ketamine or a reduction under sedation is ESI 3, not 4.
    """
    return any(
        _SEDATION.search(t) and not _NO_SEDATION.search(t)
        for t in triage_clauses(facts)
    )


_WORK_UP_SENT: Final = _rx(
    r"(?:doctor|physician|gp|surgeon|specialist|clinic|[a-z]+ologist)s?"
    r" (?:\w+ ){0,2}(?:told|sent|referred|advised|asked|instructed|wants?|wanted)"
    r"(?: \w+){0,3} (?:to )?(?:come|go|attend|the (?:emergency|ed|er)\b)"
    r"|sent (?:in |here )?by (?:his |her |their |the )?(?:doctor|physician|gp"
    r"|surgeon|specialist|clinic|[a-z]+ologist)"
    r"|acting up|flar(?:e|es|ed|ing)(?: up)?"
)
"""A physician sending the patient in, or a known disease flaring ("my colitis is
acting up"): the sender or the disease predicts a work-up, not a minor visit."""


_STATED_WELL: Final = _rx(
    r"asymptomatic|no (?:other )?(?:symptoms|complaints)|feels? (?:otherwise )?(?:well"
    r"|fine|ok(?:ay)?)|otherwise (?:well|healthy)|(?:acting|behaving) (?:normally"
    r"|(?:like )?(?:him|her)self)|playing(?: \w+){0,2} normally|is playing"
    # a documented negative names what was asked and is not there ("no fever")
    r"|no|not|denies|without"
)
"""A well state or a documented negative stated at triage ("playing and acting
normally", "no fever")."""


def symptomless_presentation(facts: ClinicalFacts, pain: float | None) -> bool:
    """Whether no symptom, sign or pain is worded: only history, medicines or none.

    For an unrecognised complaint (handbook ch.5: the nurse predicts resources from
    the presentation, by experience with similar ones): a request or a local problem
    the lexicon knows no symptom of (a hook to remove, a referral, a swallowed
    non-toxic sweet) is a visit of at most one resource, not the unknown
    presentation's default of a work-up. Not when pain is rated, a physician sent
    the patient or a known disease flares (``_WORK_UP_SENT``).
    """
    if pain is not None and pain > 0:
        return False
    clauses = triage_clauses(facts)
    if any(_WORK_UP_SENT.search(t) for t in clauses):
        return False
    if facts.present - load_knowledge().history_concepts:
        return False
    # something must be understood: a documented negative or a stated well state
    # ("no fever", "feels well", "playing normally"); an empty or unreadable text
    # keeps the unknown presentation's default
    return bool(_STATED_WELL.search(facts.chief_complaint or ""))


_INJURY: Final = _rx(
    # one group: every alternative whole-word ("hit" is not the one in "within",
    # "rolled" not the one in "controlled"); "hurt" is an injury when something or
    # someone was hurt ("hurt his wrist", "got hurt"), not the pain of "my calf hurts"
    r"(?:injur\w*|hurt(?= (?:his|her|my|their|the|a|an|him|herself|himself|myself)"
    r"(?![a-z]))|(?:got|get|gets|getting|was|were|been) hurt|twist\w*|jam+ed"
    r"|sprain\w*|fell|fall|tripped|slipped|landed|hit|struck|kicked|rolled|bumped|foosh"
    # triage39: "after falling off a scooter" is an injury
    r"|falling (?:off|from|down|over|onto|on)|fallen"
    r"|stubb\w*|playing|jumping|trampoline|sports?|swung|swinging|yanked"
    r"|pulled (?:\w+ ){0,2}by (?:the |his |her )?(?:arms?|hands?))"
)


def injury_swelling(facts: ClinicalFacts) -> bool:
    """Whether a swelling is worded as the result of an injury.

    An injury needs an x-ray, not a DVT or cellulitis work-up (handbook ch.5
    predicts resources from the cause).
    """
    return any(_INJURY.search(t) for t in triage_clauses(facts))


_LIMB_NAMES: Final = (
    r"fingers?|fingertips?|thumbs?|toes?|hands?|wrists?|forearms?|elbows?|shoulders?"
    r"|arms?|ankles?|foot|feet|knees?|legs?|shins?|calf|calves|hips?|collarbones?"
    r"|clavicles?"
)
_LIMB_PART: Final = _rx(_LIMB_NAMES)


def limb_injury(facts: ClinicalFacts) -> bool:
    """Whether the triage text words an injury to a limb (one x-ray, handbook ch.5)."""
    clauses = triage_clauses(facts)
    return any(_INJURY.search(t) for t in clauses) and any(
        _LIMB_PART.search(t) for t in clauses
    )


_LIMB_WORDS: Final = rf"(?:palms?|{_LIMB_NAMES})"
_SIGN: Final = (
    r"(?:pain(?!less)\w*|tender\w*|swollen|swelling|deform\w*|hurts?|hurting|sore)"
)
_BONY_INJURY: Final = _rx(
    rf"{_SIGN} (?:\w+ ){{0,3}}(?:in |of |to |at |on |around )?(?:the |his |her |my "
    rf"|their )?(?:left |right |lt |rt )?(?P<a>{_LIMB_WORDS})"
    rf"|(?P<b>{_LIMB_WORDS}) (?:\w+ ){{0,2}}(?:is |are |feels? "
    rf"|looks? )?(?:pain(?!less)\w*"
    r"|tender|swollen|swelling|deform\w*|hurts?|sore)"
)
"""A painful, swollen or deformed limb (handbook ch.5: imaging is one resource; the
nurse predicts the x-ray from the injured limb, as the Ottawa rules do: Stiell IG et
al. JAMA 1993/1994)."""
_NO_WEIGHT: Final = _rx(
    r"(?:can'?t|cannot|unable to|won'?t) (?:bear weight|weight[- ]bear|walk on)"
    r"|(?:in|wearing) a sling|(?:arm|wrist|ankle|leg) (?:\w+ )?splinted|deform\w*"
)
"""An injured limb that cannot bear weight, is held in a sling or is deformed."""
_WOUND_ON: Final = _rx(
    rf"(?:lacerat\w*|cut|gash\w*|wound)(?: \w+){{0,4}}? (?:on|to|of|in|across)"
    rf" (?:the |his |her |my |their )?(?:left |right |lt |rt )?(?P<a>{_LIMB_WORDS})"
    rf"|(?P<b>{_LIMB_WORDS}) (?:lacerat\w*|cut|gash\w*|wound)"
    rf"|(?:cut|gashed|lacerated|sliced) (?:his |her |my |their |the )?(?:left |right )?"
    rf"(?P<c>{_LIMB_WORDS})"
)
_LIMB_STEM: Final = {
    "fingers": "finger",
    "thumbs": "thumb",
    "toes": "toe",
    "feet": "foot",
}


def _limbs(pattern: re.Pattern[str], clauses: list[str]) -> set[str]:
    out: set[str] = set()
    for t in clauses:
        for m in pattern.finditer(t):
            word = next((g for g in m.groups() if g), "").lower()
            if word:
                out.add(_LIMB_STEM.get(word, word))
    return out


_ABRASION_COMPLAINTS: Final = ("trauma", "fall", "extremity_injury")
"""Complaints under which a minor fall's grazes present (a bicycle fall, a trip)."""
_EYE: Final = _rx(r"eyes?|cornea\w*")


def superficial_abrasions_only(facts: ClinicalFacts, complaint_id: str | None) -> bool:
    """Grazes or scrapes from a minor fall, nothing else worded (triage53).

    ESI v4 handbook ch.5, Table 5-1: simple wound care (cleaning, dressings) is not a
    resource; a patient who needs only that is level 5. Not when the text words a
    need beyond it (``_NEEDS_A_RESOURCE``: swelling, a deformity, a cut to close,
    fever), a painful, swollen or non-weight-bearing limb (an x-ray), a head injury,
    an eye (a corneal abrasion is examined with fluorescein and a slit lamp), or the
    patient is 65 or over (an older adult's fall is worked up for its cause: ACEP /
    AGS / ENA Geriatric ED guidelines 2014).
    """
    if complaint_id not in _ABRASION_COMPLAINTS:
        return False
    if facts.age is not None and facts.age >= OLDER_ADULT_AGE:
        return False
    clauses = triage_clauses(facts)
    if not any(_SUPERFICIAL_WOUND.search(t) for t in clauses):
        return False
    if any(
        _NEEDS_A_RESOURCE.search(t)
        or _NO_WEIGHT.search(t)
        or _BONY_INJURY.search(t)
        or _EYE.search(t)
        for t in clauses
    ):
        return False
    return not (needs_wound_repair(facts) or facts.has("head_injury"))


BREATH_HOLDING_MIN_DAYS: Final = 183
BREATH_HOLDING_MAX_AGE: Final = 6
"""Breath-holding spells begin from about 6 months and are outgrown by school age
(Leung AKC et al. Curr Pediatr Rev 2019;15:22; DiMario FJ. Pediatrics 2001;107:265)."""
_RECOVERED: Final = _rx(
    r"(?:fully |completely |quickly |since )?recovered|back to normal"
    r"|(?:now|since) (?:\w+ ){0,2}(?:well|fine|normal|alert|awake|playing|smiling"
    # triage55: a toddler's own return to play in the parent's words
    r"|running (?:about|around)|babbling|chatting|laughing|interacting|active)"
    r"|back to (?:him|her|them)sel(?:f|ves)|back to (?:his|her) (?:normal|usual) self"
    r"|came (?:round|around|to)(?: (?:straight away|at once|immediately|quickly"
    r"|within (?:a|\w+) (?:seconds?|minutes?)))"
)
"""A spell told as over: the child recovered, back to normal or to play, or "came
round straight away" (Leung 2019: a spell ends within about a minute and the child
returns to normal activity)."""


def breath_holding_spell_over(facts: ClinicalFacts) -> bool:
    """A young child's breath-holding spell, provoked and told as over (triage54).

    A cyanotic or pallid spell provoked by crying, anger or a fright in a child of 6
    months to 6 years who has recovered is diagnosed from the history and examination;
    a full blood count and ferritin (iron deficiency) and, for pallid, frequent or
    atypical spells, an ECG are the most it needs (Leung 2019; DiMario 2001): at most
    one resource (ESI v4 handbook ch.5: ESI 4), not a BRUE's monitored work-up (AAP
    2016 excludes an event explained by a breath-holding spell).
    """
    if not facts.has("breath_holding_trigger"):
        return False
    pop = facts.population
    if facts.age is None or facts.age > BREATH_HOLDING_MAX_AGE:
        return False
    if facts.age < 1 and (
        pop.age_days_min is None or pop.age_days_min < BREATH_HOLDING_MIN_DAYS
    ):
        return False
    return any(_RECOVERED.search(t) for t in triage_clauses(facts))


def injured_limb_needs_xray(facts: ClinicalFacts) -> bool:
    """Whether a limb injury needs an x-ray beyond the wound on it.

    A limb that cannot bear weight, is in a sling or is deformed, or a painful,
    swollen limb other than the one the wound is on (the pain of a laceration is the
    wound's own): handbook ch.5 counts the x-ray as a resource of its own.
    """
    if not limb_injury(facts):
        return False
    clauses = triage_clauses(facts)
    if any(_NO_WEIGHT.search(t) for t in clauses):
        return True
    return bool(_limbs(_BONY_INJURY, clauses) - _limbs(_WOUND_ON, clauses))


_JOINT: Final = r"(?:knee|hip|ankle|elbow|shoulder|wrist|joint)"
_HOT_JOINT: Final = _rx(
    rf"{_JOINT}(?: \w+){{0,4}} (?:red|warm|hot|swollen|swelling|tender)(?:,? (?:and )?"
    r"(?:red|warm|hot|swollen|tender|painful))+"
    # meta28: the side may stand before the joint ("a hot, swollen right knee")
    rf"|(?:red|warm|hot|swollen)(?:,? (?:and )?(?:red|warm|hot|swollen|tender))+"
    rf" (?:(?:left|right) )?{_JOINT}"
)
_PROSTHESIS: Final = _rx(
    rf"{_JOINT} (?:replacement|arthroplasty|prosthes[ie]s)|(?:replaced|artificial)"
    rf" {_JOINT}"
)


_FEVER_WORDS: Final = _rx(FEVER_WORDS)
_NAMED_JOINT: Final = r"(?:knee|hip|ankle|elbow|shoulder|wrist)"
_JOINT_PAIN: Final = _rx(
    rf"{_NAMED_JOINT} pain(?!s)|painful,? (?:(?:left|right) )?{_NAMED_JOINT}"
    rf"|pain in (?:the |his |her |my )?(?:(?:left|right) )?{_NAMED_JOINT}"
)


def _febrile_joint(facts: ClinicalFacts, clauses: list[str]) -> bool:
    """One painful named joint with a fever, worded or measured at triage.

    BSR/BSAC 2006 (Coakley G et al. Rheumatology 2006;45:1039) and EULAR 2006: a
    painful joint with fever is septic arthritis until aspirated, in adults and
    children alike (the Kocher predictors grade a child's hip, they do not decide
    the work-up).
    """
    if not any(_JOINT_PAIN.search(t) for t in clauses):
        return False
    temperature = facts.vitals.temperature_c
    measured = temperature is not None and temperature >= FEVER_C
    return measured or any(_FEVER_WORDS.search(t) for t in clauses)


def hot_joint(facts: ClinicalFacts) -> bool:
    """A red, warm, swollen joint (possible septic arthritis), or a painful prosthesis.

    Septic arthritis and prosthetic-joint infection are excluded by blood tests, an
    x-ray and joint aspiration or an orthopaedic consult (EULAR 2006 septic
    arthritis; IDSA 2013 prosthetic joint infection): two or more resources
    (handbook Table 5-1). So is a painful joint with fever (``_febrile_joint``).
    """
    clauses = triage_clauses(facts)
    hot = any(_HOT_JOINT.search(t) for t in clauses) or _febrile_joint(facts, clauses)
    prosthesis = any(_PROSTHESIS.search(t) for t in clauses)
    return hot and (prosthesis or not any(_INJURY.search(t) for t in clauses))


_GOUT_KNOWN: Final = _rx(
    r"known gout|history of gout|h/o gout|(?:his|her|their) (?:usual |previous |past )?"
    r"gout(?! medic\w*)|previous (?:gout )?(?:attacks|flares)|(?:like|as in|same as)"
    r" (?:his|her|their) (?:previous|usual|past|other|last) (?:gout )?(?:attacks?"
    r"|flares?|episodes?)|recurrent gout"
)
_GOUT_SITE: Final = _rx(
    r"big toe|great toe|first mtp|1st mtp|podagra|instep|midfoot|ankle|knee"
)


def recurrent_gout_flare(facts: ClinicalFacts) -> bool:
    """A known gout's typical flare in a foot, ankle or knee, afebrile and uninjured.

    ACR 2020 gout guideline (FitzGerald JD et al. Arthritis Care Res 2020;72:744) and
    EULAR 2018 diagnosis recommendations (Richette P et al. Ann Rheum Dis 2020;79:31):
    a typical recurrent flare in a patient with known gout is diagnosed clinically and
    treated by mouth (colchicine, an NSAID or prednisolone): no resource (handbook
    Table 5-1). Not with fever, an injury, a prosthetic joint or immunosuppression
    (septic arthritis must be excluded first: BSR/BOA 2006).
    """
    clauses = triage_clauses(facts)
    if not any(_GOUT_KNOWN.search(t) for t in clauses):
        return False
    if not any(_GOUT_SITE.search(t) for t in clauses):
        return False
    temperature = facts.vitals.temperature_c
    if (temperature is not None and temperature >= FEVER_C) or facts.has("fever"):
        return False
    if any(_INJURY.search(t) or _PROSTHESIS.search(t) for t in clauses):
        return False
    return not facts.known("immunocompromised")


_INGROWN: Final = _rx(r"ingrow(?:n|ing) (?:toe ?)?nail")
_INGROWN_SEVERE: Final = _rx(
    r"pus|purulen\w*|discharg\w*|ooz\w*|granulation|abscess|(?<!no )(?<!without )"
    r"spread\w*|recurr\w*|keeps? (?:getting|coming)|again|remov\w*|avulsion"
    r"|taken off|cut out|diabet\w*|peripheral arterial|immuno\w*|fever\w*"
)
"""What makes an ingrowing toenail more than mild (NICE CKS 2023): pus or
granulation, spreading infection, recurrence or a request for removal, or a foot at
risk (diabetes, arterial disease, immunosuppression)."""


_INGROWN_MILD: Final = _rx(
    r"(?:a little|slight\w*|some|mild\w*|minor) (?:\w+ )?(?:red\w*|swell\w*|swollen"
    r"|pain(?!less)\w*|sore\w*|tender\w*)|no pus"
)
"""The mild form worded (NICE CKS 2023: slight redness or swelling at the nail fold,
no pus)."""


def mild_ingrown_toenail(facts: ClinicalFacts) -> bool:
    """An ingrowing toenail worded as mild, without pus, spread, recurrence or risk.

    NICE CKS ingrown toenail (2023): a mild ingrowing nail (pain and redness at the
    nail fold, no pus or granulation) is treated conservatively (soaks, a cotton
    wisp, footwear, straight nail cutting); partial nail avulsion, a simple procedure
    (handbook Table 5-1: one resource), is for moderate or severe, recurrent or failed
    cases, and a foot at risk goes to podiatry urgently.
    """
    clauses = triage_clauses(facts)
    if not any(_INGROWN.search(t) for t in clauses):
        return False
    if not any(_INGROWN_MILD.search(t) for t in clauses):
        return False  # a bare "ingrown toenail" is the procedure's visit (Table 5-1)
    return not facts.has("fever") and not any(
        _INGROWN_SEVERE.search(t) for t in clauses
    )


_PLANNED: Final = _rx(
    r"as (?:planned|arranged|scheduled|booked|instructed|directed)|scheduled|booked"
    r"|(?:daily|next|weekly|second|third|regular) (?:\w+ ){0,3}(?:dose|infusion"
    r"|treatment)|(?:told|asked|sent|called|referred|instructed|advised)"
    r" (?:\w+ ){0,4}to (?:come|return|go) (?:in|back|to)|come (?:in|back) for"
    r"|(?:and|then) to come (?:in|back)"
)
"""A visit arranged beforehand (a scheduled procedure or treatment, a recall for a
test result), as worded at triage."""
_FEELS_WELL: Final = _rx(
    r"feels? (?:\w+ )?(?:well|fine|ok(?:ay)?|normal)|(?:is |otherwise )well"
    r"|no (?:new )?(?:symptoms|complaints)|asymptomatic|(?:has )?no (?:bleeding"
    r"|bruising|pain|fever)"
)
_PLANNED_IV: Final = _rx(
    r"(?:intravenous|iv) (?:\w+ ){0,2}(?:antibiotics?|medication|medicine|iron"
    r"|infusion|treatment|therapy|dose)|infusion|(?:antibiotic|iron) (?:drip|infusion)"
)
_RESULT: Final = _rx(
    r"(?:inr|potassium|sodium|ha?emoglobin|hb|platelets?|white (?:cell|count)"
    r"|blood (?:test|count|sugar|results?|work)|labs?|lab (?:test|results?)"
    r"|test results?|results?)(?: \w+){0,5} (?:was|were|is|are|came back|showed"
    r"|of|at|high|low|abnormal|raised|elevated)"
)
_ECG_RESULT: Final = _rx(r"potassium")
"""An abnormal potassium needs an ECG beside the repeat test (ESI Table 5-1: two
resources; KDIGO 2020 hyperkalaemia: ECG in every patient with a raised potassium)."""


def planned_visit_resources(facts: ClinicalFacts) -> int | None:
    """Resources of a pre-arranged visit by a patient who feels well, if worded.

    ESI v4 handbook ch.5 asks what *this* visit will use: a scheduled catheter
    change is one simple procedure, a planned dose of IV antibiotics or an infusion
    one IV medication, a recall for an abnormal blood result in a well patient a
    repeat test (labs, one; two when it is a potassium, which needs an ECG) - not
    the work-up of the complaint word it was filed under, nor the older adult's
    extra resources (the visit's need is already named).

    Returns:
        The expected resources, or None when the visit is not worded as planned by a
        well patient or its need is not one of these.
    """
    clauses = triage_clauses(facts)
    if not any(_PLANNED.search(t) for t in clauses):
        return None
    if not _FEELS_WELL.search(facts.chief_complaint or ""):
        return None  # read on the whole text: 'no bleeding' is itself a negation
    if any(_NEEDS_A_RESOURCE.search(t) for t in clauses):
        return None
    if any(SIMPLE_PROCEDURES.search(t) for t in clauses):
        return 1
    if any(_PLANNED_IV.search(t) for t in clauses):
        return 1
    if any(_RESULT.search(t) for t in clauses):
        return 2 if any(_ECG_RESULT.search(t) for t in clauses) else 1
    return None


SKIN_INFECTION_COMPLAINTS: Final = (
    "rash_cellulitis",
    "skin_abscess",
    "animal_bite",
    "wound_recheck",
)
"""Complaints of a skin or soft-tissue infection (or a bite or wound that can become
one: a wound brought back with fever is a wound infection, not a dressing)."""


def febrile_cough(complaint_id: str | None, v: Vitals, age: int | None) -> bool:
    """Whether an adult's cough comes with a measured fever: a chest film and labs.

    ACP/CDC 2016 (Harris AM et al. Ann Intern Med 2016;164:425): pneumonia is
    suspected, and a chest radiograph taken, when a cough comes with a temperature
    > 38 C (or a heart rate > 100, a respiratory rate > 24, focal chest signs); the
    handbook counts the film and the blood tests of a suspected pneumonia as two
    resources (ch.5, Table 5-1).
    """
    return (
        complaint_id == "cough"
        and (age is None or age >= 18)
        and v.temperature_c is not None
        and v.temperature_c >= 38.0
    )


COUGH_RED_FLAGS: Final = ("weight_loss", "night_sweats", "hemoptysis", "tb_exposure")
"""A cough's systemic or exposure red flags (NICE NG12 2015 1.1.1-1.1.2; NICE NG33
2016 TB 1.2.1)."""


def red_flag_cough(complaint_id: str | None, facts: ClinicalFacts) -> bool:
    """Whether a cough comes with weight loss, night sweats, haemoptysis or TB contact.

    ACP/CDC 2016's symptomatic care is for an acute cough (Harris AM et al. Ann
    Intern Med 2016;164:425: under 3 weeks, no systemic sign); a cough with weight
    loss, night sweats, haemoptysis or a known TB contact is TB or a cancer until a
    chest x-ray says otherwise (NICE NG33 2016: chest x-ray and three sputum samples
    for suspected pulmonary TB; NICE NG12 2015: chest x-ray within 2 weeks): a film and
    laboratory tests, two resources (ESI v4 handbook ch.5, Table 5-1).
    """
    return complaint_id == "cough" and any(facts.has(c) for c in COUGH_RED_FLAGS)


BLEEDING_SIGNS: Final = ("petechiae", "purpura", "mucosal_bleeding", "nosebleed")
"""Signs beside bruising of a low platelet count or a coagulopathy (ASH 2019 ITP;
NICE NG12 2015 1.10-1.11)."""


def bruising_with_bleeding_signs(
    complaint_id: str | None, facts: ClinicalFacts
) -> bool:
    """Whether bruising comes with petechiae, purpura or mucosal bleeding.

    peds47: bruising with petechiae or bleeding gums is a low platelet count (ITP,
    leukaemia, a marrow failure) or a coagulopathy until the full blood count, film
    and clotting say otherwise, seen by haematology the same day (NICE NG12 2015
    1.10-1.11: immediate specialist assessment of a child's unexplained petechiae;
    Neunert C et al. ASH 2019 ITP): laboratory tests and a specialty consultation, two
    resources (ESI v4 handbook ch.5, Table 5-1).
    """
    return complaint_id == "bruising" and any(facts.has(c) for c in BLEEDING_SIGNS)


def ophthalmic_zoster(facts: ClinicalFacts) -> bool:
    """Whether shingles involves the ophthalmic division (trauma47's request).

    Herpes zoster ophthalmicus, or vesicles on the tip or side of the nose
    (Hutchinson's sign: nasociliary branch, eye involvement likely), threatens the eye
    with keratitis, uveitis and raised pressure: same-day ophthalmology with a slit
    lamp and pressure measurement beside the antiviral (NICE CKS shingles 2023; Cohen
    EJ, Jeng BH. NEJM 2020;383:2270): a consultation and a procedure, two resources
    (ESI v4 handbook ch.5, Table 5-1).
    """
    return facts.has("zoster_ophthalmic")


_SUDDEN_DEAFNESS: Final = _rx(
    r"sudden\w*|suddenly|(?:woke|waking|wakened) (?:up )?(?:\w+ ){0,2}(?:with|deaf"
    r"|unable|and (?:could(?:n'?t| not)|can(?:'?t|not)))|overnight|abrupt\w*|"
    r"over (?:a few|\d|one|two|three) (?:hours?|days?)"
)


def sudden_hearing_loss(complaint_id: str | None, facts: ClinicalFacts) -> bool:
    """Whether a hearing loss is sudden (trauma47's request).

    A sudden sensorineural hearing loss (over 72 hours or less) is referred at once
    to be seen by ENT within 24 hours, with audiometry and a course of oral
    corticosteroid (NICE CKS hearing loss 2023; Chandrasekhar SS et al. AAO-HNS
    2019): a specialty consultation, one resource (ESI v4 handbook ch.5).
    """
    if complaint_id != "hearing_loss":
        return False
    return any(_SUDDEN_DEAFNESS.search(t) for t in triage_clauses(facts))


def febrile_skin_infection(
    complaint_id: str | None, v: Vitals, age: int | None
) -> bool:
    """Whether an adult's skin infection comes with fever: labs and IV antibiotics.

    IDSA 2014 skin and soft-tissue infection guideline (Stevens DL et al. Clin Infect
    Dis 2014;59:e10): cellulitis or an abscess with systemic signs (temperature
    > 38 C) is moderate and treated with intravenous antibiotics, and the handbook
    counts blood tests and IV antibiotics as two resources (ch.5, Table 5-1; a saline
    lock is none). A child's rash with fever is usually viral and is not read here.
    IDSA 2014's systemic signs are SIRS's, whose temperature criterion is > 38 or
    < 36 C: a skin complaint with a low temperature counts alike (classic30: a
    generalised red skin that loses heat, Rothe MJ et al. Clin Dermatol 2005;23:206).
    """
    t = v.temperature_c
    return (
        complaint_id in SKIN_INFECTION_COMPLAINTS
        and (age is None or age >= 18)
        and t is not None
        and (t >= 38.0 or t < AFEBRILE_C[0])
    )


ADULT_DZ_HR: Final = 100.0
"""The handbook's danger-zone heart rate above the age of 8 (ch.6, Figure 6-1)."""


def febrile_tachycardia(v: Vitals, age: int | None) -> bool:
    """Whether an adult is febrile (>= 38 C) with a danger-zone heart rate (> 100).

    The handbook's one- and no-resource examples of a febrile complaint are *healthy*
    patients (Table 3-4: "healthy 19-year-old with sore throat and fever", 4 or 5).
    Fever with a heart rate above the adult danger zone is two SIRS criteria (Bone RC
    et al. Chest 1992;101:1644) and NICE NG51's moderate-to-high risk with a suspected
    infection (heart rate 91-130: venous blood tests, lactate, clinical review); NICE
    NG84 (2018) sends a sore throat that is systemically very unwell, or may be a
    suppurative complication, to hospital. Blood tests and IV fluids or a parenteral
    antibiotic: two resources (ESI v4 handbook ch.5, Table 5-1); decision point D then
    weighs the heart rate (``_esi_risk.dz_uptriage``). Adults only: a child's heart
    rate is judged by its age band and the paediatric fever criteria (ch.6).
    """
    return (
        age is not None
        and age >= 18
        and v.temperature_c is not None
        and v.temperature_c >= FEVER_C
        and v.heart_rate is not None
        and v.heart_rate > ADULT_DZ_HR
    )


_LIMP: Final = _rx(
    r"limp\w*|refus\w* to (?:walk|bear weight|weight[- ]bear|stand)|"
    r"(?:won'?t|will not|not) (?:walk|bear weight|weight[- ]bear)\w*|"
    r"non[- ]weight[- ]bearing"
)
"""A child's limp or refusal to walk or bear weight (the limping child)."""


def febrile_limp(
    complaint_id: str | None, v: Vitals, age: int | None, facts: ClinicalFacts
) -> bool:
    """Whether a child's limp comes with fever: blood tests and imaging.

    A febrile child who limps or will not bear weight has septic arthritis or
    osteomyelitis until a blood count, ESR and CRP, a blood culture and an
    ultrasound of the joint say otherwise (Kocher MS et al. J Bone Joint Surg Am
    1999;81:1662; ACR Appropriateness Criteria acutely limping child 2018; Herman
    MJ, Martinek M. Pediatr Rev 2015;36:184): labs and imaging, two resources of
    different types (ESI v4 handbook ch.5, Table 5-1).
    """
    t = v.temperature_c
    if t is None or t < FEVER_C or (age is not None and age >= 18):
        return False
    return complaint_id == "limp" or any(_LIMP.search(c) for c in triage_clauses(facts))


NG143_UNDER: Final = 5
"""NICE NG143 (fever in under 5s) covers children under 5 years."""


def prolonged_fever_child(facts: ClinicalFacts) -> bool:
    """Whether a child under 5 has had fever for 5 days or more: labs and imaging.

    NICE NG143 (2019, updated 2021) grades a fever of 5 days or longer amber: blood
    tests (FBC, CRP, blood culture) and a urine test, and Kawasaki disease is
    considered (AHA 2017, McCrindle BW et al.: CRP, ESR, blood count, albumin, ALT,
    urinalysis and an echocardiogram); the handbook counts the labs and the imaging as
    two resources (ESI v4 ch.5, Table 5-1; ch.6: a febrile child's work-up sets the
    level). peds44: a 3-year-old with 6 days of fever, red eyes, cracked lips and a
    rash (Kawasaki disease) was ESI 4 by the rash complaint's one resource.
    """
    if facts.age is None or facts.age >= NG143_UNDER:
        return False
    return fever_days(triage_clauses(facts)) >= PROLONGED_FEVER_DAYS


_HIGH_GLUCOSE_TEXT: Final = _rx(
    r"(?:bs|bg|cbg|fsbs|fingerstick|finger stick|glucometer|blood sugars?"
    r"|blood glucose|sugars?|glucose)(?: \w+){0,3}?(?: is| of| was| reads?| at|:|="
    r"| over| above| greater than| more than| >)? ?"
    r"(?:(?<![\d.])(?:2[5-9]\d|[3-9]\d\d)(?! ?(?:mmol|%|\d|min|hour|hr|year|day))"
    r"|(?:hi|high)(?= on (?:the|his|her|my) (?:meter|glucometer)))"
)
_HYPERGLYCAEMIC_SYMPTOMS: Final = _rx(
    r"(?:thirst\w*|polyuri\w*|polydips\w*|(?:urinat\w*|peeing|passing urine|drinking)"
    r" (?:\w+ ){0,2}(?:a lot|all the time|constantly|frequently|more)|vomit\w*"
    r"|nause\w*|weak\w*|tired|fatigue\w*|blurr\w* vision)"
)


def symptomatic_hyperglycaemia(facts: ClinicalFacts) -> bool:
    """Whether a worded glucose >= 250 mg/dL comes with hyperglycaemic symptoms.

    ADA Standards of Care 2024 and the ADA consensus on hyperglycaemic crises
    (Umpierrez GE et al. Diabetes Care 2024;47:1257): a glucose >= 250 mg/dL with
    symptoms is assessed for ketoacidosis or a hyperosmolar state (a metabolic panel,
    ketones, a blood gas) and volume loss is replaced intravenously: labs and IV
    fluids, two resources (ESI v4 handbook ch.5, Table 5-1).
    """
    clauses = triage_clauses(facts)
    return any(_HIGH_GLUCOSE_TEXT.search(t) for t in clauses) and (
        facts.has("polyuria")
        or facts.has("polydipsia")
        or any(_HYPERGLYCAEMIC_SYMPTOMS.search(t) for t in clauses)
    )


_DEFORMED_LIMB: Final = _rx(
    rf"{_LIMB_WORDS}(?: \w+){{0,3}} (?:is|looks|was|appears|seems) (?:\w+ ){{0,2}}"
    r"(?:bent|crooked|deformed|angulated|out of (?:shape|place|line))"
    r"|dinner[- ]fork|bayonet deformity"
    # triage42: a digit or limb "bent sideways" / "pointing the wrong way" (a joint
    # dislocated or a fracture angulated: an x-ray and a reduction); not "bent
    # backwards", a hyperextension's mechanism
    rf"|{_LIMB_WORDS} (?:\w+ ){{0,2}}(?:bent|pointing|sticking out|angled)"
    r" (?:sideways|the wrong way|at an angle)"
    r"|(?:visibly|obviously|clearly|grossly) (?:bent|crooked|deformed|angulated)"
    r"|at an? (?:odd|abnormal|awkward|unnatural|strange) angle"
    # classic31: a dislocated joint is imaged and reduced, usually under procedural
    # sedation (Gottlieb M. J Emerg Med 2020 shoulder dislocation; handbook Table 5-1)
    r"|dislocat\w*(?! (?:\w+ ){0,2}(?:reduced|put back|relocated))|"
    r"(?:shoulder|elbow|hip|knee|kneecap|patella|finger|thumb|ankle)s? "
    r"(?:\w+ ){0,2}(?:popped|came|slipped|went) out|"
    r"(?:shoulder|elbow|hip|knee|kneecap|patella|finger|thumb|ankle)s? "
    r"(?:is |was |looks |feels )?out of (?:place|joint|its socket)"
)


_AMPUTATION: Final = _rx(
    r"amputat\w*|severed|(?:cut|chopp\w*|slic\w*|sawn|sawed|took|taken|tore|torn"
    r"|ripp\w*|clipp\w*|crush\w*) off (?:the )?(?:(?:tip|end|top) of )?(?:his |her"
    r" |my |the |a |one )?(?:\w+ ){0,2}(?:finger|thumb|toe)s?"
    r"|(?:finger|thumb|toe)(?:tip)?s? (?:\w+ ){0,2}(?:was |were |is |are )?(?:cut"
    r"|chopped|sliced|torn|ripped|sawn) off"
)
"""A traumatic amputation of a digit (or more), as worded at triage."""


_PUNCH_TO_TEETH: Final = _rx(
    r"fight bite|clenched[- ]fist (?:injury|wound|bite)|(?:punch\w*|hit|struck"
    r"|thump\w*)(?: \w+){0,4} (?:in|on) (?:the )?(?:mouth|teeth|tooth|jaw)"
    r"|(?:on|against|into) (?:\w+ )?(?:someone'?s|somebody'?s|his|her|their|a|the)"
    r" (?:\w+ )?(?:teeth|tooth)"
)
_KNUCKLE_WOUND: Final = _rx(
    r"cut|cuts|wound|laceration|graze\w*|puncture\w*|break in the skin|broken skin"
    r"|skin broken|tooth mark\w*|teeth marks?|fight bite|clenched[- ]fist"
)


def fight_bite(facts: ClinicalFacts) -> bool:
    """A wound of the hand from a punch to someone's mouth (a clenched-fist injury).

    The tooth inoculates the joint of the knuckle: an x-ray (a metacarpal head
    fracture, a tooth fragment), exploration through the range of movement and a
    hand surgery consultation for a washout, two resources of different types (ESI
    v4 handbook Table 5-1; BSSH Hand Trauma Standards 2021; Stevens DL et al. IDSA
    SSTI 2014: human bites). A punch without a wound is an injured hand (an x-ray).
    """
    clauses = triage_clauses(facts)
    return any(_PUNCH_TO_TEETH.search(t) for t in clauses) and any(
        _KNUCKLE_WOUND.search(t) for t in clauses
    )


_ANIMAL_BITE: Final = _rx(
    r"(?:cat|dog|animal|human|rat|ferret|monkey|horse|pig|puppy|kitten)(?:'?s)? bites?"
    r"|bitten by (?:a |the |his |her |their )?(?:\w+ )?"
    r"(?:cat|dog|kitten|puppy|rat|child|person|man|woman)|bite wound"
)
_BITE_INFECTED: Final = _rx(
    r"infect\w*|pus|discharg\w*|(?:red|hot|warm|swollen)\W+(?:\w+\W+){0,3}"
    r"(?:hot|warm|swollen|red|tender)|spreading|lymphangit\w*|red (?:streak|line)"
    r"|streak\w* (?:up|along|running)|tracking up"
)
_BITE_DEEP_OR_SPREADING: Final = _rx(
    r"hand|finger|thumb|knuckle|wrist|palm|joint|lymphangit\w*|red (?:streak|line)"
    r"|streak\w* (?:up|along|running)|tracking up|spreading"
)


def infected_bite(facts: ClinicalFacts) -> bool:
    """An animal or human bite already infected, on the hand or spreading up the limb.

    IDSA 2014 skin and soft-tissue infections (Stevens DL et al. Clin Infect Dis
    2014;59:e10, animal bites): an infected bite of the hand, or one spreading as
    lymphangitis, is treated with intravenous antibiotics (ampicillin-sulbactam), with
    a radiograph for bone or joint penetration and a hand surgery consultation for a
    closed-space infection (BSSH Hand Trauma Standards 2021): two resources (ESI v4
    handbook Table 5-1), not the one oral antibiotic course of a fresh bite.
    """
    clauses = triage_clauses(facts)
    if not any(_ANIMAL_BITE.search(t) for t in clauses):
        return False
    if not (facts.has("cellulitis") or any(_BITE_INFECTED.search(t) for t in clauses)):
        return False
    return any(_BITE_DEEP_OR_SPREADING.search(t) for t in clauses)


def postpartum_endometritis_signs(facts: ClinicalFacts) -> bool:
    """An offensive lochia with pelvic pain or a tender uterus after a birth.

    RCOG Green-top 64b (2012) 4.1: offensive vaginal discharge with lower abdominal
    pain or uterine tenderness after a birth is genital tract sepsis's own picture, a
    fever or not: blood tests and cultures, a swab, IV antibiotics and an ultrasound
    for retained products, at least two resources (ESI v4 handbook Table 5-1), not a
    discharge's one swab.
    """
    return (
        facts.has("postpartum")
        and facts.has("foul_vaginal_discharge")
        and any(
            facts.has(c)
            for c in ("uterine_tenderness", "pelvic_pain", "abdominal_pain")
        )
    )


def infected_operated_wound(facts: ClinicalFacts) -> bool:
    """An operation's wound infected, with fever or beside a joint replacement.

    A surgical site infection with systemic signs is treated as sepsis's (NICE NG125
    2019: bloods, cultures, IV antibiotics), and one over a joint replacement is a
    prosthetic joint infection until shown otherwise (Osmon DR et al. IDSA 2013:
    ESR/CRP, blood cultures, a radiograph and the orthopaedic surgeon's aspiration):
    labs plus imaging or a consultation, two resources (ESI v4 Table 5-1). A red
    port site with no fever and no implant is an oral-antibiotic wound.
    """
    if not facts.has("surgical_wound_infected"):
        return False
    t = facts.vitals.temperature_c
    febrile = facts.has("fever") or (t is not None and t >= FEVER_C)
    return febrile or any(_PROSTHESIS.search(t) for t in triage_clauses(facts))


_TWO_RESOURCE_PRESENTATIONS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        # triage55 (trauma55's request): hydrofluoric acid on the skin binds calcium
        # (hypocalcaemia, hypomagnesaemia, QT prolongation, VF): calcium gluconate
        # gel or infiltration, serial calcium and magnesium and an ECG (ABA ABLS 2018;
        # McKee D et al. Burns 2014): two resources of different types, not a
        # simple chemical burn's dressing
        "hydrofluoric acid exposure",
        _rx(r"hydrofluoric|hf acid|hydrogen fluoride"),
    ),
    (
        # classic31: a finger infected along its flexor sheath (Kanavel's signs): IV
        # antibiotics and a hand surgery consultation (Kennedy CD et al. Hand 2017)
        "flexor tenosynovitis",
        _rx(
            r"kanavel|flexor (?:tendon )?sheath|pain (?:on|with) passive extension|"
            r"fusiform(?: \w+){0,2} swelling|flexor tenosynovitis|(?:finger|digit)"
            r"(?:\W+\w+){0,4}\W+held (?:bent|flexed|curled|in (?:slight )?flexion)"
        ),
    ),
    (
        # a degloving (the skin torn off the deep fascia): x-ray, wound irrigation and
        # a plastic surgery consultation for the flap (Latifi R et al. J Emerg Trauma
        # Shock 2014;7:228)
        "degloving injury",
        _rx(
            r"deglov\w*|skin (?:\w+ ){0,2}(?:stripped|peeled|torn|ripped|pulled)"
            r" (?:off|away|back)|(?:stripped|peeled|tore|ripped) (?:\w+ ){0,2}skin off"
        ),
    ),
    (
        # muscle pain with dark urine: CK and renal function, and IV fluids to keep
        # the urine flowing (Bosch X et al. N Engl J Med 2009;361:62)
        "suspected rhabdomyolysis",
        _rx(
            r"rhabdo\w*|(?:cola|coke|tea|dark|brown)[- ]colou?red urine|(?:dark|brown|"
            r"black) (?:brown )?urine(?= (?:\w+ ){0,8}(?:muscle|thigh|calf|exercis\w*|"
            r"workout|spin|gym|crush\w*|long lie|on the floor))|(?:muscle|thigh|"
            r"calf|leg)\w* (?:\w+ ){0,6}(?:dark|brown|black|cola|tea)\W(?:\w+ )?urine"
        ),
    ),
    (
        # acute urinary retention: a urethral catheter (a procedure) and a urinalysis
        # and renal function (labs) (EAU 2024 non-neurogenic male LUTS; NICE CKS
        # acute urinary retention)
        "acute urinary retention",
        _rx(
            r"(?:urinary|acute) retention|retention of urine|(?:unable|cannot|can'?t|"
            r"could ?n[o']t|not able) to (?:pass (?:any )?urine|urinate|void|pee|wee)"
            r"|(?:has ?n[o']t|has not|not) (?:passed urine|urinated|voided|peed)"
            r" (?:\w+ ){0,2}(?:for|since|in)"
        ),
    ),
    (
        # msk28: trismus or a peritonsillar bulge is a collection beside the tonsil or
        # the tooth: drainage (a procedure) by ENT or maxillofacial surgery (a
        # consultation), often with IV antibiotics (Tintinalli 9th ed. ch. 246;
        # SDCEP 2016; NICE CKS dental abscess 2023)
        "peritonsillar or dental space infection with trismus",
        _rx(
            r"(?<!no )(?<!without )(?:trismus|quinsy|peritonsillar (?:abscess|bulge|"
            r"swelling)|uvula (?:\w+ )?deviat\w*|limited mouth opening|(?:cannot|"
            r"can'?t|unable to) open (?:his |her |their |the )?mouth"
            # esi29: trismus in lay words, and the muffled ("hot potato") voice of a
            # peritonsillar abscess (IDSA 2012 pharyngitis guideline: suppurative
            # complications; Galioto NJ. Am Fam Physician 2017;95:501)
            r"|(?:hurts?|painful|difficult|hard|trouble|struggl\w*) (?:\w+ )?(?:to )?"
            r"open(?:ing)? (?:his |her |their |the )?mouth|(?:muffled|hot[- ]potato)"
            r" voice|voice (?:\w+ )?(?:sounds? |is )?muffled)"
        ),
    ),
    (
        # complaint31: ascites to be tapped: the paracentesis (a procedure) with the
        # ascitic cell count and culture (labs), and IV albumin after a large-volume tap
        # (Biggins SW et al. AASLD 2021 practice guidance, ascites and SBP. Hepatology
        # 2021;74:1014: a diagnostic tap in every patient with ascites seen in the ED)
        "ascites for paracentesis",
        _rx(
            r"paracentes\w*|ascit\w* (?:\w+ ){0,2}tap\w*|tap\w* (?:\w+ ){0,3}(?:for )?"
            r"ascit\w*"
        ),
    ),
    (
        # esi29: gross haematuria with clots (after a urological procedure or not):
        # a catheter and bladder washout (a procedure) and a blood count and renal
        # function (labs) (EAU 2023 non-muscle-invasive bladder cancer and AUA 2020
        # microhaematuria: visible haematuria with clots is evaluated urgently;
        # Loeb S et al. AUA prostate biopsy complications 2013)
        "visible haematuria with clots",
        _rx(
            r"(?:urine|pee|urinat\w*)(?: \w+){0,8} (?:blood )?clots?"
            r"|clots? (?:of blood )?(?:in|with) (?:the |his |her )?(?:urine|pee)"
        ),
    ),
    (
        # peds50 (lead50's request): flashes or floaters with a shadow or curtain in the
        # field are a retinal detachment until the retina is seen: a same-day
        # ophthalmology consultation and an ocular ultrasound (RCOphth 2021 retinal
        # detachment; ACEP 2020 point-of-care ocular ultrasound), two resources
        "flashes or floaters with a field shadow (retinal detachment)",
        _rx(
            r"(?:flash\w*|floaters?)(?:\W+\w+){0,12}\W+(?:shadow|curtain|veil|cloud)\w*"
            r"|(?:shadow|curtain|veil)\w*(?:\W+\w+){0,12}\W+(?:flash\w*|floaters?)"
        ),
    ),
    (
        # peds50 (lead50's request): a blow to the eye with double vision, a gaze
        # that will not go up or a numb cheek is an orbital floor fracture with
        # entrapment or an infraorbital nerve injury: a CT of the orbits and an
        # ophthalmology consultation (RCEM/BAOMS facial trauma; Joseph JM, Glavas IP.
        # Clin Ophthalmol 2011;5:95), two resources
        "blow to the eye with diplopia or a numb cheek (orbital floor fracture)",
        _rx(
            r"(?:punch\w*|hit|struck|kick\w*|elbow\w*|head-?butt\w*|blow|ball)"
            r"(?: \w+){0,6} (?:eye|orbit|cheekbone)(?:\W+\w+){0,8}\W+"
            r"(?:double vision|diplopia|numb\w*|(?:can'?t|cannot|unable to) look up)"
        ),
    ),
)
"""Presentations that need two resources of different types however they are filed
(ESI v4 handbook ch.5, Table 5-1: labs, IV fluids, a procedure, a consultation)."""


def two_resource_presentation(facts: ClinicalFacts) -> str | None:
    """The name of a two-resource presentation the triage text words, if any."""
    clauses = triage_clauses(facts)
    return next(
        (name for name, rx in _TWO_RESOURCE_PRESENTATIONS
         if any(rx.search(t) for t in clauses)),
        None,
    )  # fmt: skip


REFERRAL_BURN_TBSA: Final = 10.0
"""ABA burn-centre referral criteria 2022: partial-thickness burns over 10 % TBSA."""


def burn_for_referral(facts: ClinicalFacts) -> bool:
    """Whether the triage text states a burn of 10 % TBSA or more.

    Over 10 % TBSA partial thickness is an ABA burn-centre referral (a consultation);
    from 15 % formal IV fluids are started (ISBI 2016 practice guidelines; British
    Burn Association 2018) and the pain needs IV analgesia: two resources of
    different types (ESI v4 handbook Table 5-1), ESI 3 at least, whatever complaint
    the words were matched to (triage39). Larger burns are decision point A
    (``_esi_lsi``: fluid resuscitation).
    """
    text = " ".join(triage_clauses(facts))
    if not _BURN_WORD.search(text):
        return False
    tbsa = stated_tbsa(text)
    return tbsa is not None and tbsa >= REFERRAL_BURN_TBSA


_BURN_WORD: Final = _rx(r"burn\w*|scald\w*")


def traumatic_amputation(facts: ClinicalFacts) -> bool:
    """Whether the triage text words a traumatic amputation (a digit or more).

    An amputation needs an x-ray (bone involvement, the amputated part) and a hand
    or plastic surgery consultation for replantation or revision (BSSH 2023 standards
    for hand trauma; ASSH), two resources of different types (handbook Table 5-1).
    """
    return any(_AMPUTATION.search(t) for t in triage_clauses(facts))


def deformed_limb(facts: ClinicalFacts) -> bool:
    """Whether the triage text words a visibly deformed limb.

    A deformed (angulated) fracture or a dislocated joint needs imaging and a
    reduction, usually under procedural sedation, a complex procedure: two or more
    resources (ESI v4 handbook ch.5, Table 5-1; the handbook's deformed-extremity
    examples are level 3).
    """
    if any(facts.has(c) for c in DISLOCATION_FINDINGS):
        return True
    return any(_DEFORMED_LIMB.search(t) for t in triage_clauses(facts))


DISLOCATION_FINDINGS: Final = (
    "shoulder_dislocation",
    "hip_dislocation",
    "knee_dislocation",
)
"""The knowledge base's dislocation findings, read with their signs ("shoulder squared
off", "loss of the deltoid contour": BESS/BOA 2015): a dislocated joint is imaged and
reduced, usually under procedural sedation (ESI v4 handbook Table 5-1: two resources;
triage42: a shoulder written by its signs was ESI 4)."""


_FLANK: Final = _rx(
    r"(?:flank|kidney|loin|costovertebral|cva|side of (?:his|her) back"
    r"|(?:right|left) (?:side of (?:the |his |her |my )?)?back|(?:right|left)[- ]sided"
    r" back|back (?:\w+ ){0,2}(?:on|in) (?:the |his |her |my )?(?:right|left) side)"
)
"""Flank pain as worded, a one-sided back pain included ("pain in her right back",
"my back hurts on the right side")."""


def urinary_flank_pain(complaint_id: str | None, facts: ClinicalFacts) -> bool:
    """Whether a urinary complaint also states flank or loin pain (two resources).

    Flank pain with urinary symptoms or blood in the urine is worked up as flank
    pain: a ureteric stone or an upper-tract infection, with a urinalysis and blood
    tests and non-contrast CT (Pearle MS et al. AUA 2014 surgical management of
    stones; EAU 2023 urolithiasis guideline: imaging in acute flank pain), two
    resources, as the knowledge base's flank-pain complaint counts them (ESI v4
    handbook ch.5). A denied flank pain ("no back or side pain") is not read.
    """
    return complaint_id == "urinary_symptoms" and any(
        _FLANK.search(t) for t in triage_clauses(facts)
    )


def febrile_flank_infection(
    complaint_id: str | None, v: Vitals, age: int | None, facts: ClinicalFacts
) -> bool:
    """Whether an adult's febrile urinary complaint needs labs and IV antibiotics.

    IDSA 2011 (Gupta K et al. Clin Infect Dis 2011;52:e103): fever with flank pain
    or costovertebral tenderness is acute pyelonephritis, worked up with a urine
    culture and blood tests and treated with an initial parenteral dose: labs and
    IV antibiotics, two resources (ESI v4 handbook ch.5, Table 5-1); so is any
    febrile urinary infection from 65 (EAU 2023: complicated UTI).
    """
    febrile_urinary = (
        complaint_id == "urinary_symptoms"
        and (age is None or age >= 18)
        and v.temperature_c is not None
        and v.temperature_c >= 38.0
    )
    if not febrile_urinary:
        return False
    # from 65 a febrile urinary infection is a complicated one whatever the flank:
    # blood and urine cultures and a parenteral first dose (EAU 2023 urological
    # infections guideline, complicated UTI and urosepsis)
    older = age is not None and age >= OLDER_ADULT_AGE
    return older or any(_FLANK.search(t) for t in triage_clauses(facts))


_HIP_FRACTURE_LEG: Final = _rx(
    r"(?:legs?|limb|hip|foot|feet|it)(?: \w+){0,4} (?:short(?:er|ened)"
    r"|(?:turned|turns|rotated|rolled|rolls|pointing|points|lying|lies) out(?:wards?)?"
    r"|externally rotated)"
    r"|(?:shortened|externally rotated) (?:and (?:externally )?rotated )?(?:\w+ ){0,2}"
    r"(?:legs?|limb|hip)|external(?:ly)? rotat\w* (?:of )?(?:the |his |her )?(?:\w+ )?"
    r"(?:legs?|limb|hip)"
)
"""The leg of a displaced hip fracture: shortened and externally rotated (Parker M,
Johansen A. BMJ 2006;333:27, hip fracture: the classical posture)."""
_HIP_OR_GROIN: Final = _rx(r"hips?|groin")
_CANNOT_STAND: Final = _rx(
    r"(?:can'?t|cannot|could ?not|couldn'?t|unable to|won'?t|not able to)"
    r" (?:\w+ ){0,2}(?:stand|get up|bear weight|weight[- ]bear|walk"
    r"|put (?:any )?weight)"
)


def suspected_hip_fracture(facts: ClinicalFacts) -> bool:
    """Whether the triage text describes a suspected hip fracture.

    A shortened, externally rotated leg at any age, or an older adult with hip or
    groin pain who cannot stand or bear weight after a fall (NICE CG124 hip fracture
    2011, updated 2023: imaging, analgesia on arrival - intravenous opioid or a nerve
    block - and orthopaedic / orthogeriatric care). Imaging, parenteral analgesia and
    a specialty consultation are three resources (ESI v4 handbook ch.5, Table 5-1),
    whatever the complaint word (a fall, a leg injury, an unmatched narrative).
    """
    clauses = triage_clauses(facts)
    if any(_HIP_FRACTURE_LEG.search(t) for t in clauses):
        return True
    older = facts.age is not None and facts.age >= OLDER_ADULT_AGE
    return (
        older
        and any(_HIP_OR_GROIN.search(t) for t in clauses)
        and any(_CANNOT_STAND.search(t) for t in clauses)
        and limb_injury(facts)
    )


_BELLY_PAIN: Final = _rx(
    r"(?:stomach|belly|tummy|abdomen|abdominal|tum)(?: \w+){0,2} (?:hurts?|hurting"
    r"|aches?|aching|pain(?!less)\w*|cramp\w*|sore)|(?:pain|cramp\w*"
    r"|ache) (?:\w+ ){0,3}"
    r"(?:across|in|around|over) (?:the |his |her |my )?(?:\w+ )?(?:stomach|belly"
    r"|tummy|abdomen|navel|umbilicus)"
)
"""Abdominal pain as patients and nurses word it ("my stomach hurts", "cramping pain
across his belly")."""


def older_abdominal_pain(facts: ClinicalFacts) -> bool:
    """Whether an older adult presents with abdominal pain (two or more resources).

    From 65, abdominal pain is surgical or vascular far more often than in younger
    adults, and benign-looking presentations are not benign: in a prospective
    multicentre cohort of ED patients >= 65 with abdominal pain, 58 % were admitted
    and 18 % needed surgery or a procedure (Lewis LM et al. J Emerg Med
    2005;28:121). Labs and CT (with IV fluids or analgesia if vomiting) are the
    expected work-up: two or more resources (ESI v4 handbook ch.5 predicts resources
    from the patient; ACEP Geriatric ED guidelines 2014), whatever complaint word the
    narrative was matched to (radiation to the shoulder blade is not a shoulder
    injury).
    """
    if facts.age is None or facts.age < OLDER_ADULT_AGE:
        return False
    return facts.has("abdominal_pain") or any(
        _BELLY_PAIN.search(t) for t in triage_clauses(facts)
    )


_BACK_RED_FLAGS: Final = _rx(
    r"fell|fall\w*|mvc|crash\w*|accident|collision|hit by|struck|trauma|injur\w*"
    r"|fever\w*|febrile|chills|rigors|cancer|tumou?r|malignan\w*|metasta\w*"
    r"|weight loss|night (?:pain|sweats)|steroids?|prednis\w*|osteopor\w*"
    r"|(?:iv|intravenous|injecti\w*) drugs?|inject\w*|immuno\w*|hiv|transplant"
    r"|weak\w*|numb\w*|tingl\w*|saddle|bladder|bowel|incontinen\w*|retention"
    r"|(?:can'?t|cannot|unable to) (?:walk|pass urine|pee|stand)|foot drop"
    r"|both legs|legs? (?:gave|giving) way|flank|kidney|blood in|urin\w*"
    r"|tearing|ripping|abdom\w*|belly|chest"
)
"""Red flags of low back pain that call for imaging or labs (ACR Appropriateness
Criteria low back pain 2021; Qaseem A et al. ACP 2017; NICE NG59 2016): trauma,
fever or infection risk (injection drug use, immunosuppression), cancer or weight
loss, steroid use or osteoporosis, a neurological deficit or bladder / bowel change
(cauda equina), and pain that may be visceral (flank, urine, abdomen, a tearing
pain)."""
BACK_STRAIN_MAX_AGE: Final = 50
"""ACR 2021 / ACP 2017: from 50 the risk of cancer and fracture makes age itself a
flag for a work-up."""


_MECHANICAL_BACK: Final = _rx(
    r"lift\w*|bend\w*|bent|twist\w*|strain\w*|pull\w*|tweak\w*|carr(?:y|ied|ying)"
    r"|shovel\w*|gardening|mov(?:e|ed|ing) (?:\w+ ){0,2}(?:furniture|boxes|sofa|couch"
    r"|house|bed|fridge|wardrobe)|spasms?|muscular|mechanical|stiff\w*"
)
"""How a mechanical (musculoskeletal) back pain is worded: its strain and its
behaviour. A bare 'back pain' says nothing of either and keeps the complaint's
count."""


def uncomplicated_back_pain(facts: ClinicalFacts, pain: float | None) -> bool:
    """Acute mechanical low back pain with no red flag in an adult under 50.

    Imaging is not indicated for acute non-specific low back pain without red flags
    (ACR Appropriateness Criteria 2021; Qaseem A et al. Ann Intern Med 2017;166:514),
    and its treatment is oral analgesia, heat and advice (not resources, handbook
    ch.5 Table 5-1). The text must word the mechanical cause (a lift, a twist, a
    strain); a rating of 7/10 or more is judged at decision point B first and may
    need parenteral analgesia, so it is not counted here.
    """
    if facts.age is None or not 18 <= facts.age < BACK_STRAIN_MAX_AGE:
        return False
    if pain is not None and pain >= 7:
        return False
    if any(facts.has(c) for c in ("fever", "pregnancy", "hematuria")):
        return False
    clauses = triage_clauses(facts)
    if not any(_MECHANICAL_BACK.search(t) for t in clauses):
        return False
    return not any(_BACK_RED_FLAGS.search(t) for t in clauses)


_NECK_STRAIN: Final = _rx(
    r"slept (?:\w+ ){0,2}(?:awkward\w*|funny|wrong\w*)|sleeping (?:\w+ ){0,2}"
    r"(?:awkward\w*|funny|wrong\w*)|woke (?:up )?with|crick|torticollis|wry neck"
    r"|stiff\w*|strain\w*|pull\w*|spasms?|muscular|mechanical"
)
"""How a mechanical (non-specific) neck pain is worded: its cause and its stiffness."""
_NECK_RED_FLAGS: Final = _rx(
    r"fell|fall\w*|crash\w*|collision|accident|hit|struck|injur\w*|trauma\w*|dive\w*"
    r"|rear[- ]?ended|shunt\w*|whiplash|car|vehicle|mvc|rta|bike|motor\w*|sports?"
    r"|rugby|tackl\w*|midline|bony|spine|spinal"
    r"|diving|fever\w*|febrile|hot|shiver\w*|rigors?|headache|photophob\w*|rash"
    r"|vomit\w*|confus\w*|numb\w*|tingl\w*|weak\w*|dizz\w*|vertig\w*|double vision"
    r"|slurr\w*|droop\w*|manipulat\w*|chiropract\w*|cancer|weight loss|inject\w*"
    r"|(?:can'?t|cannot|unable to) (?:move|turn|bend)|chest|jaw|arm pain|throat"
    r"|swallow\w*|swell\w*"
)
"""Red flags of neck pain that call for imaging, labs or a specialist (NICE CKS neck
pain - non-specific 2023 and acute torticollis; ACR Appropriateness Criteria cervical
neck pain or radiculopathy 2018; Biller J et al. AHA/ASA 2014 cervical dissection):
trauma or manipulation, fever or meningism, a neurological symptom, dissection
symptoms, cancer or injection drug use, a neck that cannot be moved at all, a pain
that may be cardiac or a deep neck infection."""


def uncomplicated_neck_pain(facts: ClinicalFacts, pain: float | None) -> bool:
    """Non-specific (mechanical) neck pain or a wry neck, no red flag, 18 to 49.

    NICE CKS (neck pain - non-specific, 2023; acute torticollis): examination, oral
    analgesia and advice, no imaging or blood test without a red flag (ACR 2018):
    no resource (ESI v4 handbook ch.5, Table 5-1). A rating of 7/10 or more is
    decision point B's first, and from 50 age itself is a flag (as for the back).
    """
    if facts.age is None or not 18 <= facts.age < BACK_STRAIN_MAX_AGE:
        return False
    if pain is not None and pain >= 7:
        return False
    # a stiff neck worded with its mechanical cause is a wry neck; meningism comes
    # with fever, headache, photophobia, a rash or vomiting (the red flags below)
    if any(facts.has(c) for c in ("fever", "focal_deficit")):
        return False
    clauses = triage_clauses(facts)
    if not any(_NECK_STRAIN.search(t) for t in clauses):
        return False
    return not any(_NECK_RED_FLAGS.search(t) for t in clauses)


_DIABETIC_FOOT_SITE: Final = _rx(r"foot|feet|toes?|heel|sole|ankle|shin")
_ULCER: Final = _rx(r"ulcers?|ulcerat\w*|sores?|wounds?|blisters?")
_INFECTED_SIGNS: Final = _rx(
    r"red\w*|swollen|swelling|pus|purulent|discharg\w*|smell\w*|odou?r\w*|spread\w*"
    r"|hot|warm|black\w*|gangren\w*|infect\w*|cellulitis|ooz\w*|weep\w*"
)


def diabetic_foot_infection(facts: ClinicalFacts) -> bool:
    """A diabetic's foot ulcer worded with signs of infection or absent pulses.

    IWGDF/IDSA 2023 diabetic foot infection guideline (Senneville E et al. Clin
    Infect Dis 2023): every infected diabetic foot ulcer gets plain radiographs
    (osteomyelitis, gas, a foreign body) and inflammatory markers, with cultures
    and often parenteral antibiotics: x-ray and labs, two resources (ESI v4 handbook
    ch.5, Table 5-1).
    """
    if not facts.known("diabetes"):
        return False
    clauses = triage_clauses(facts)
    joined = " | ".join(clauses)
    return (
        bool(_DIABETIC_FOOT_SITE.search(joined))
        and bool(_ULCER.search(joined))
        and bool(
            _INFECTED_SIGNS.search(joined)
            or facts.has("pedal_pulses_reduced")
            or _ABSENT_FOOT_PULSES.search(plain_quotes(facts.chief_complaint or ""))
        )
    )


_ABSENT_FOOT_PULSES: Final = _rx(
    r"(?:no|absent|impalpable|non-?palpable|not palpable|cannot feel|can'?t feel"
    r"|unable to feel) (?:\w+ ){0,2}pulses?(?! (?:deficit|differential))"
    r"|pulses? (?:\w+ ){0,2}(?:absent|impalpable|not palpable|not felt|not found)"
    r"|pulseless"
)
"""Foot pulses stated absent with a diabetic's foot ulcer (read in the whole triage
text: "no pulses" is a finding worded as a negative), or faint: an ischaemic ulcer
(peripheral artery disease), which the IWGDF 2023 PAD guideline (Fitridge R et al.
Diabetes Metab Res Rev 2024) sends for urgent vascular imaging and a vascular
surgeon's opinion, with x-ray and labs for the ulcer: two resources (ESI v4 handbook
ch.5), ESI 3 at least (triage52: "diabetic with foot wound, no pulses" was ESI 4)."""


_NOSEBLEED_SETTLED: Final = _rx(
    r"(?:stopped|settled|has stopped|had stopped|no longer bleeding|not bleeding now"
    r"|dried up)"
)
_STILL_BLEEDING: Final = _rx(
    r"still (?:bleeding|oozing|dripping)|(?:keeps?|kept) (?:bleeding|starting)"
    r"|started again|restart\w*|again|recurr\w*|(?:blood|bleeding) (?:\w+ ){0,2}"
    r"(?:throat|mouth)|back of (?:his|her|the) throat|both (?:sides|nostrils)"
    r"|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|anticoag\w*"
    r"|blood thinners?(?! \w+ (?:not|no))|haemophilia|hemophilia|dizz\w*|faint\w*"
    r"|light-?headed|pale"
)
"""A nosebleed that goes on, comes back, runs down the throat (posterior), or in a
patient on an anticoagulant or antiplatelet, or with symptoms of blood loss: packing,
labs or a consult may be needed (AAO-HNS 2020 epistaxis guideline, Tunkel DE et al.
Otolaryngol Head Neck Surg 2020;162:S1)."""
_NO_THINNER: Final = _rx(
    r"(?:takes|taking|on) no (?:blood thinners?|anticoagulants?)"
    r"|not on (?:any )?(?:blood thinners?|anticoagulants?)"
)


def settled_nosebleed(facts: ClinicalFacts) -> bool:
    """A nosebleed that stopped before triage, with no sign it will need more.

    AAO-HNS 2020 (Tunkel DE et al.): a nosebleed that has stopped with compression
    needs examination of the nose and advice; packing, cautery or a consult are for
    bleeding that persists or recurs. Examination is not a resource (Table 5-1).
    """
    text = plain_quotes(facts.chief_complaint or "")
    if not _NOSEBLEED_SETTLED.search(text):
        return False
    return not _STILL_BLEEDING.search(_NO_THINNER.sub(" ", text))


_THINNER: Final = _rx(
    r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|anticoag\w*"
    r"|blood thinners?"
)


def anticoagulated_nosebleed_stopped(facts: ClinicalFacts) -> bool:
    """An anticoagulated patient's nosebleed that stopped with pressure (triage54).

    ``settled_nosebleed`` less its anticoagulant words: the bleed has stopped and
    shows no sign of going on, coming back, running down the throat or of blood
    loss. AAO-HNS 2020 (Tunkel DE et al.): first-line care (compression, then
    cautery or packing if it recurs) comes before any reversal of the anticoagulant;
    the INR is checked (one resource), the drug is no high risk by itself.
    """
    text = plain_quotes(facts.chief_complaint or "")
    if not (_NOSEBLEED_SETTLED.search(text) and _THINNER.search(text)):
        return False
    return not _STILL_BLEEDING.search(_THINNER.sub(" ", _NO_THINNER.sub(" ", text)))


SPONTANEOUS_BLEED_WORDS: Final = _rx(
    r"spontaneous\w*|on (?:its|their) own|without (?:any )?(?:injury|trauma|cause)"
    r"|(?:new|unexplained|easy) bruis\w*|bruis\w* (?:easily|without)"
)
"""Words of a bleed with no local cause: spontaneous, on its own, new or unexplained
bruising."""
SPONTANEOUS_BLEEDING_SIGNS: Final = ("petechiae", "purpura")
"""Signs that make a mucosal bleed a platelet or clotting problem until tested."""


def spontaneous_mucosal_bleeding(facts: ClinicalFacts) -> bool:
    """Gum bleeding with no local cause: a blood count and clotting screen are due.

    Spontaneous mucosal bleeding, or with petechiae, purpura or new bruising, is how
    thrombocytopenia (immune thrombocytopenia, leukaemia, TTP) or a coagulopathy
    presents; a full blood count, film and clotting screen are the first tests
    (Provan D et al. International consensus report on ITP. Blood Adv 2019;3:3780;
    Neunert C et al. ASH 2019 ITP guideline): laboratory tests, one ESI resource
    (handbook Table 5-1). Gums that bleed on brushing (gingivitis) are not it.
    """
    if not facts.has("mucosal_bleeding"):
        return False
    text = plain_quotes(facts.chief_complaint or "")
    return bool(SPONTANEOUS_BLEED_WORDS.search(text)) or any(
        facts.has(c) for c in SPONTANEOUS_BLEEDING_SIGNS
    )


_SINUS_HEADACHE: Final = _rx(
    r"sinus(?:es)? (?:headache|pressure|pain|congestion)|sinusitis|sinus infection"
    r"|(?:headache|pain|pressure) (?:\w+ ){0,3}(?:over|in|behind)"
    r" (?:the |his |her |my )?(?:sinus\w*|cheeks?|cheekbones?)"
)
_SINUS_HEADACHE_RED_FLAG: Final = _rx(
    r"fever\w*|febrile|rigors?|neck|stiff\w*|worst|sudden\w*|thunderclap|explosive"
    r"|vomit\w*|confus\w*|drows\w*|weak\w*|numb\w*|tingl\w*|vision|visual|see\w*"
    r"|double|blur\w*|seiz\w*|faint\w*|passed out|collaps\w*|injur\w*|hit|fell|fall"
    r"|pregnan\w*|postpartum|cancer|immuno\w*|hiv|transplant|anticoag\w*|warfarin"
    r"|thinners?|swell\w*|swollen|eyes?|orbit\w*|rash|wak(?:e|es|ing)|woke|exert\w*"
    r"|jaw|scalp|temple|tooth|teeth|dental|severe|\b(?:[7-9]|10) ?/ ?10"
)
"""A sinus headache's red flags (SNNOOP10, Do TP et al. Neurology 2019;92:134; IDSA 2012
complicated sinusitis: periorbital swelling, visual change, meningism; Chow AW et al.
Clin Infect Dis 2012;54:e72). A flag word anywhere in the triage text, negated or not,
keeps the headache's resources (the safe reading)."""
SINUS_HEADACHE_MAX_AGE: Final = 50
"""A new headache from 50 is a red flag (SNNOOP10 "older age"); below it a sinus
headache without a flag is examined and treated orally."""


def sinus_headache(facts: ClinicalFacts) -> bool:
    """A headache worded as sinus pressure in an adult under 50, without a red flag.

    Uncomplicated rhinosinusitis is a clinical diagnosis: no imaging or laboratory test
    (Rosenfeld RM et al. AAO-HNS adult sinusitis 2015; Chow AW et al. IDSA 2012); oral
    analgesia and saline or an intranasal steroid: no resource (ESI v4 handbook ch.5,
    what a typical patient with this presentation needs).
    """
    if facts.age is None or not 18 <= facts.age < SINUS_HEADACHE_MAX_AGE:
        return False
    clauses = triage_clauses(facts)
    if not any(_SINUS_HEADACHE.search(t) for t in clauses):
        return False
    return not any(_SINUS_HEADACHE_RED_FLAG.search(t) for t in clauses)


NO_CT_HEAD_AGES: Final = (1, 65)
"""Ages (years, from and below) at which a head bump is judged by the NICE NG232 CT
criteria here: under 1 a scalp bruise or swelling over 5 cm is itself a criterion;
from 65 any loss of consciousness or amnesia is (NICE NG232 2023)."""
_NO_LOC: Final = _rx(
    r"(?:no|denies|without|nil) (?:\w+ ){0,3}(?:loss of consciousness|loc\b|black"
    r"\w*|knock\w* out)|(?:did not|didn'?t|never|not) (?:lose consciousness|pass"
    r"(?:ed)? out|black(?:ed)? out|get knocked out|knocked out)"
    r"|(?:cried|crying) (?:\w+ )?(?:straight away|immediately|at once|right away)"
)
"""Loss of consciousness asked and denied (a child who cried at once did not lose
it: NICE NG232 2023 1.4.11)."""
_DANGEROUS_HEAD_MECHANISM: Final = _rx(
    r"fell (?:down|from|off)|fall from|stairs|steps|ladder|roof|balcony|height|metres"
    r"|meters|feet|car\b|vehicle|collision|crash\w*|rtc|mvc|rta|pedestrian|cycl\w*"
    r"|bike|motorbike|motorcycle|horse|ejected|assault\w*|punch\w*|kick\w*|bat\b"
    r"|golf|hammer|thrown|shaken|nobody saw|unwitnessed|fit\b|seizure|fainted"
)
"""A dangerous or unclear mechanism (NICE NG232 2023: a fall from over 1 m or 5
stairs, a road traffic collision, a high-speed projectile; an assault or an
unwitnessed injury is taken out of the low-risk bump here too)."""
_HEAD_BUMP_RED_FLAGS: Final = (
    "loss_of_consciousness",
    "vomiting",
    "altered_mental_status",
    "confusion",
    "lethargy",
    "focal_deficit",
    "seizure",
    "amnesia",
    "retrograde_amnesia",
    "skull_fracture_signs",
    "basilar_skull_fracture_signs",
    "headache",
    "intoxication",
)
"""NICE NG232 2023 CT-head criteria worded at triage (and a headache, kept here to be
safe)."""


def minor_head_bump(facts: ClinicalFacts) -> bool:
    """A head bump that meets none of the NICE NG232 CT criteria, LOC denied.

    NICE NG232 2023 (head injury: assessment and early management): without a
    criterion (GCS < 15, vomiting, a seizure, a focal deficit, signs of a skull
    fracture, amnesia, loss of consciousness, an anticoagulant or bleeding
    disorder, a dangerous mechanism) no CT is indicated and the patient goes home
    with advice: no resource (ESI v4 handbook ch.5, Table 5-1), level 5, not the
    head-injury complaint's usual CT (triage39). Ages 1 to 64 only
    (``NO_CT_HEAD_AGES``); loss of consciousness must be asked and denied.
    """
    low, high = NO_CT_HEAD_AGES
    if facts.age is None or not low <= facts.age < high:
        return False
    if any(facts.has(c) for c in _HEAD_BUMP_RED_FLAGS):
        return False
    if any(facts.known(c) for c in ("anticoagulation", "haemophilia", "haemophilia_b")):
        return False
    clauses = triage_clauses(facts)
    if any(_DANGEROUS_HEAD_MECHANISM.search(t) for t in clauses):
        return False
    return bool(_NO_LOC.search(plain_quotes(facts.chief_complaint or "")))


_RED_EYE: Final = _rx(
    r"(?:red|pink|itchy|watery|sticky|crusty|goopy|bloodshot) eyes?|eyes? (?:redness"
    r"|discharge|crusting|itch\w*)|pink ?eye|conjunctivitis|eyes? (?:is |are |was "
    r"|were |has been |have been |looks? |went |turned |became )?(?:red|pink"
    r"|bloodshot|crusted|crusty|sticky|goopy)"
)
"""A red eye worded by its state ("eye is red", triage39: "eye has been red and
sticky since yesterday")."""
_RED_EYE_RED_FLAG: Final = _rx(
    r"pain(?!less)\w*|hurts?|ache|vision|visual|see\w*|blur\w*|photophob\w*|light"
    r"|halos?|contact lens\w*|contacts|injur\w*|trauma|hit|struck|poked|chemical"
    r"|splash\w*|bleach|alkali|acid|foreign body|something in|scratch\w*|weld\w*"
    r"|grind\w*|swell\w*|swollen|fever\w*|febrile|headache|vomit\w*|newborn|neonat\w*"
)
"""A red eye's red flags (AAO Preferred Practice Pattern Conjunctivitis 2018; Cronau H
et al. Am Fam Physician 2010;81:137): pain, reduced or blurred vision, photophobia,
contact lens wear, trauma or a chemical, lid or orbital swelling, fever, headache with
halos or vomiting (angle closure), a newborn."""


_VISION_NORMAL: Final = _rx(
    r"(?:vision|visual acuity|sight) (?:is |was )?(?:normal|fine|ok(?:ay)?|unchanged"
    r"|intact|unaffected|good)|normal (?:vision|visual acuity)"
)


def simple_red_eye(facts: ClinicalFacts) -> bool:
    """A red, itchy or discharging eye with none of the red-eye red flags.

    Conjunctivitis without pain, visual loss, photophobia, contact lens wear or
    injury is diagnosed by examination (visual acuity and a penlight or slit lamp
    are the examination, not a resource: handbook ch.5, Table 5-1) and treated
    supportively or topically (AAO PPP Conjunctivitis 2018).
    """
    clauses = triage_clauses(facts)
    if not any(_RED_EYE.search(t) for t in clauses):
        return False
    return not any(
        _RED_EYE_RED_FLAG.search(_VISION_NORMAL.sub(" ", t)) for t in clauses
    )


_GI_COMPLICATION: Final = _rx(
    r"blood\w*|bloody|black|tarry|vomit\w*|throw\w* up|threw up|fever\w*|febrile"
    r"|chills|(?:severe|bad|worst) (?:\w+ )?(?:pain|cramp\w*)|antibiotics?|hospital"
    r"|travel\w*|abroad|chemo\w*|immuno\w*|hiv|transplant|pregnan\w*|(?:for|over)"
    r" (?:a |one |two |\d+ )?(?:weeks?|months?)"
)
"""Features of diarrhoea that call for stool tests, blood tests or IV fluids (Shane
AL et al. IDSA 2017 infectious diarrhoea: blood, fever, severe pain, recent
antibiotics or hospital stay, travel, immunocompromise, duration >= 7 days)."""


_KEEPING_UP: Final = _rx(
    r"drink\w*|watery|(?:keeps?|keeping|kept) (?:\w+ ){0,3}down|wet (?:nappies"
    r"|nappy|diapers?)|passing (?:urine|water)|eating"
)
"""Wordings that the losses are watery and replaced by mouth (WHO 2005 / NICE CG84
assessment of dehydration): without one, a bare 'diarrhoea' keeps its count."""


def uncomplicated_diarrhoea(facts: ClinicalFacts) -> bool:
    """Acute watery diarrhoea kept up with by mouth, no complicating feature.

    IDSA 2017 (Shane AL et al. Clin Infect Dis 2017;65:e45): diagnostic testing is
    not recommended for uncomplicated acute watery diarrhoea; oral rehydration is
    the treatment. Neither is a resource (handbook ch.5 Table 5-1). The text must
    say the stool is watery or the patient drinks; the caller asks the vital signs,
    age and the rehydration test first.
    """
    if any(facts.has(c) for c in ("fever", "melena", "hematochezia")):
        return False
    clauses = triage_clauses(facts)
    if not any(_KEEPING_UP.search(t) for t in clauses):
        return False
    if facts.has("vomiting") and not any(_FLUIDS_KEPT_DOWN.search(t) for t in clauses):
        return False
    if any(_PERSISTENT_VOMITING.search(t) for t in clauses):
        return False
    return not any(_GI_COMPLICATION.search(_VOMITING.sub(" ", t)) for t in clauses)


_FLUIDS_KEPT_DOWN: Final = _rx(
    r"(?:keeps?|keeping|kept|holding|holds?|tolerat\w*) (?:\w+ ){0,3}(?:down|fluids"
    r"|liquids|water|drinks?)|drinking (?:\w+ ){0,2}(?:well|normally|fine|ok(?:ay)?"
    r"|without (?:any )?(?:trouble|problems?|difficulty))"
)
"""Vomiting with fluids kept down: oral rehydration and a PO antiemetic, no resource
(IDSA 2017; NICE CKS gastroenteritis 2023; ESI v4 Table 5-1; triage39)."""
_VOMITING: Final = _rx(r"vomit\w*|throw\w* up|threw up")
_PERSISTENT_VOMITING: Final = _rx(
    r"(?:persistent|repeated|constant|continuous|non-?stop|projectile) (?:\w+ )?vomit"
    r"\w*|vomit\w* (?:\w+ ){0,3}(?:[4-9]|\d{2}|four|five|six|seven|eight|nine|ten"
    r"|many|several|multiple) times|vomit\w* (?:everything|all day|all night)"
)
"""Vomiting that is itself a reason for IV fluids or labs (NICE CKS 2023)."""
_VOMITING_RED_FLAG: Final = _rx(
    r"blood\w*|bloody|coffee[- ]grounds?|black|tarry|bil(?:e|ious)|green|fever\w*"
    r"|febrile|chills|rigors?|pain(?!less)\w*|cramp\w*|tender\w*|headache|head"
    r"|confus\w*|drows\w*|sleepy|letharg\w*|diabet\w*|insulin|chemo\w*|ketone\w*"
    r"|ketotic|weight|dizz\w*|faint\w*|light-?headed"
)
"""What takes vomiting out of oral care: blood or bile, fever, pain, a head injury or
headache, drowsiness, diabetes, chemotherapy, ketonuria or weight loss, postural
symptoms (NICE CKS gastroenteritis 2023; RCOG Green-top 69 2016 and ACOG PB 189 2018:
ketonuria, weight loss or dehydration make it hyperemesis)."""
_WEEKS_OF_IT: Final = _rx(
    r"(?:for|over) (?:a |one |two |three |\d+ )?(?:weeks?|months?)"
)
"""Vomiting for weeks: investigated (NICE CKS 2023), unless it is early pregnancy's,
whose nausea lasts weeks by nature (peak at 9 weeks: ACOG PB 189 2018)."""


_FLUIDS_NOT_KEPT: Final = _rx(
    r"(?:can ?not|can'?t|unable to|not able to|won'?t|will not|could ?n[o']t|not|isn'?t"
    r"|is not) (?:\w+ ){0,2}(?:keep\w*|hold\w*|tolerat\w*) (?:\w+ ){0,3}"
    r"(?:down|fluids|liquids|water|drinks?)|(?:can ?not|can'?t|unable to|not able to"
    r"|not managing to|won'?t|will not|refus\w*(?: to)?) (?:\w+ ){0,1}drink\w*"
)
"""Fluids worded as not kept down ("cannot keep fluids down", "unable to drink")."""
_MANAGING_TO_DRINK: Final = _rx(
    r"(?<!not )(?:managing|manages|able) to (?:\w+ )?(?:drink|keep)\w*"
)
"""Oral intake kept, in the patient's words ("managing to drink": PUQE's intake)."""


def vomiting_kept_down(facts: ClinicalFacts) -> bool:
    """Vomiting with fluids kept down and no red flag: oral care, one resource at most.

    An adult's acute vomiting (gastroenteritis) kept up with by mouth needs no blood
    test or IV fluid (NICE CKS gastroenteritis 2023; IDSA 2017); nausea and vomiting
    of early pregnancy with oral intake kept and no ketonuria, weight loss or
    dehydration is treated with oral antiemetics as an outpatient (RCOG Green-top 69
    2016; ACOG PB 189 2018: PUQE mild or moderate). ESI v4 handbook Table 5-1: PO
    medication and a point-of-care urine test are not resources. The caller asks the
    vital signs, the age, the gestation and the rehydration test.
    """
    if any(facts.has(c) for c in ("fever", "hematemesis", "bilious_vomiting")):
        return False
    if any(facts.has(c) for c in ("ketosis", "weight_loss", "abdominal_pain")):
        return False
    clauses = triage_clauses(facts)
    if not any(
        _FLUIDS_KEPT_DOWN.search(t) or _MANAGING_TO_DRINK.search(t) for t in clauses
    ):
        return False
    if any(_FLUIDS_NOT_KEPT.search(t) for t in clauses):
        return False
    if any(_PERSISTENT_VOMITING.search(t) for t in clauses):
        return False
    if not facts.has("pregnancy") and any(_WEEKS_OF_IT.search(t) for t in clauses):
        return False
    return not any(_VOMITING_RED_FLAG.search(t) for t in clauses)


_IMMUNISED: Final = _rx(
    r"(?:shots|vaccin\w*|immuni[sz]ations?|jabs)(?: \w+){0,2} (?:are |is )?(?:all )?"
    r"(?:up[- ]to[- ]date|current|complete)"
    r"|(?:fully |up[- ]to[- ]date on (?:his |her |their )?)"
    r"(?:immuni[sz]ed|vaccinated|shots|vaccines|immuni[sz]ations)"
)
_CHILD_UNWELL: Final = _rx(
    r"letharg\w*|floppy|limp|drows\w*|sleepy|hard to wake|won'?t wake|not (?:drinking"
    r"|feeding|eating|wetting)|no wet|refus\w* (?:to )?(?:drink|feed|eat)|inconsolab\w*"
    r"|mottled|blue|grey|gray|rash|purple|spots|stiff|seiz\w*|fit\b|bulging|breath\w*"
    r"|grunt\w*|bil(?:e|ious)|green|blood\w*|bloody|black|tarry|severe|screaming"
)
"""NICE NG143 (2019, fever in under 5s: amber and red features) and NICE CG84 (2009,
gastroenteritis in under 5s: red flags): reduced responsiveness, poor feeding or
urine output, mottled or pale skin, a rash, neck stiffness, a seizure, a bulging
fontanelle, breathing difficulty, bilious or bloody losses, severe pain."""
CHILD_MINOR_MIN_DAYS: Final = 90
"""From 3 months the handbook judges a child's fever by its resources (ch.6)."""
FEBRILE_SOURCE_UNDER_YEARS: Final = 3
"""Under 3 years the handbook asks for immunisations up to date and an obvious source
before a febrile child is judged by resources alone (ch.6, paediatric fever)."""


HIGH_FEVER_SOURCE_MIN_DAYS: Final = 182
"""From 6 months a temperature of 39 C or more is no NICE NG143 amber feature by
itself (3-6 months it is); the handbook's 'consider ESI 3' above 39 C (ch.6, 3-36
months) is for incomplete immunisations or no obvious source."""


def _child_days(facts: ClinicalFacts) -> int | None:
    pop = facts.population
    if pop.age_days_min is not None:
        return pop.age_days_min
    return None if facts.age is None else facts.age * 365


def febrile_child_with_source(facts: ClinicalFacts, v: Vitals) -> bool:
    """A well child from 3 months with a fever and an obvious minor source.

    ESI v4 handbook ch.6 (paediatric fever): from 3 months to 3 years, with a
    temperature above 39.0 C, the nurse considers ESI 3 when the immunisations are
    incomplete or there is no obvious source; otherwise, as in an older child, the
    level follows the resources. So a fever of 39 C or more counts here only with the
    immunisations stated up to date, from ``HIGH_FEVER_SOURCE_MIN_DAYS``.
    A cold, a sore throat or an earache in a child playing and drinking (NICE NG143
    green features) is examined and given an oral antipyretic: no resource (Table
    5-1). Under 3 years the text must say the immunisations are up to date.
    """
    days = _child_days(facts)
    if days is None or days < CHILD_MINOR_MIN_DAYS or (facts.age or 0) >= 18:
        return False
    clauses = triage_clauses(facts)
    immunised = any(_IMMUNISED.search(t) for t in clauses)
    high = v.temperature_c is not None and v.temperature_c >= WELL_MAX_TEMP_C
    if high and not (immunised and days >= HIGH_FEVER_SOURCE_MIN_DAYS):
        return False
    if any(_CHILD_UNWELL.search(t) for t in clauses):
        return False
    if (facts.age or 0) < FEBRILE_SOURCE_UNDER_YEARS and not immunised:
        return False
    return minor_condition(facts) is not None


_CHILD_DRINKING: Final = _rx(
    r"(?:still |is |keeps? )?(?:drinking|taking (?:sips|fluids|the bottle|the breast)"
    r"|breast-?feeding|feeding)(?! (?:poorly|less|badly))"
)
_PASSING_URINE: Final = _rx(
    r"wet (?:nappies|nappy|diapers?)|(?:passing|passed) urine|(?:peeing|urinating)"
    r"(?! (?:less|little))"
)


def gastroenteritis_child_keeping_up(facts: ClinicalFacts) -> bool:
    """A child of 1 to 17 with vomiting or diarrhoea who drinks and passes urine.

    NICE CG84 (2009) diarrhoea and vomiting in children: without clinical dehydration
    or a red flag, oral fluids are the treatment and blood tests are not routine;
    persistent vomiting or failed oral rehydration (``needs_rehydration``, read by the
    caller) is not this. Oral fluids and an oral antiemetic are no resource (ESI v4
    handbook Table 5-1). Under 1 year (higher risk of dehydration) the count stays.
    """
    if facts.age is None or not 1 <= facts.age < 18 or facts.has("fever"):
        return False
    if not (facts.has("vomiting") or facts.has("diarrhea")):
        return False
    clauses = triage_clauses(facts)
    if any(_CHILD_UNWELL.search(t) for t in clauses):
        return False
    return any(_CHILD_DRINKING.search(t) for t in clauses) and any(
        _PASSING_URINE.search(t) for t in clauses
    )


_SKIN_TEAR: Final = _rx(r"skin tears?")


def dressed_skin_tear(facts: ClinicalFacts) -> bool:
    """A skin tear whose bleeding has stopped, worded with nothing needing repair.

    International Skin Tear Advisory Panel (LeBlanc K et al. Adv Skin Wound Care
    2018;31:S1): skin tears are realigned and dressed, not sutured; that is simple
    wound care, not a resource (ESI v4 handbook Table 5-1). A gaping cut or a wound
    still bleeding keeps its repair.
    """
    clauses = triage_clauses(facts)
    if not any(_SKIN_TEAR.search(t) for t in clauses):
        return False
    return not any(_NEEDS_A_RESOURCE.search(t) for t in clauses) and not any(
        _REPAIR.search(_SKIN_TEAR.sub(" ", t)) for t in clauses
    )


_FULL_SENTENCES: Final = _rx(
    r"(?<!not )(?<!unable to )(?<!cannot )(?<!can't )(?<!cant )"
    r"(?:speaking|talking|speaks|talks|speak|talk) (?:in )?(?:full|complete|whole)"
    r" sentences"
)
"""Read on the whole complaint text: the triage clauses blank it as a normal state."""
MILD_ASTHMA_MIN_SPO2: Final = 95.0
MILD_ASTHMA_MAX_HR: Final = 100.0
MILD_ASTHMA_MAX_RR: Final = 24.0
CHILD_ASTHMA_MAX_HR: Final = 120.0
CHILD_ASTHMA_MAX_RR: Final = 30.0
"""A child of 5 to 11 (GINA 2024, children 6-11 years: severe is pulse > 120 or
respiratory rate > 30; the handbook's 3-8 year danger zone is HR > 140, RR > 30)."""


def mild_asthma_attack(facts: ClinicalFacts, v: Vitals) -> bool:
    """A known asthmatic's mild attack: wheeze, full sentences, SpO2 >= 95, HR <= 100.

    GINA 2024 (management of exacerbations in acute care): talks in sentences, not
    agitated, heart rate and saturation near normal is a mild exacerbation treated
    with a short-acting bronchodilator by nebuliser or spacer; no routine blood gas or
    chest film. One resource (nebulised medication, ESI v4 handbook Table 5-1). The
    saturation must be recorded; ages 5 to 64, afebrile, never intubated, only. A
    child under 12 is judged by the child's limits (``CHILD_ASTHMA_MAX_HR``, esi33).
    """
    if facts.age is None or not 5 <= facts.age < OLDER_ADULT_AGE:
        return False
    if not (facts.known("asthma") and facts.has("wheezing")) or facts.has("fever"):
        return False  # a febrile flare is also filmed for pneumonia (GINA 2024)
    if facts.known("intubated"):
        return False  # GINA 2024: a past intubation for asthma is a risk of death
    if v.temperature_c is not None and v.temperature_c >= 38.0:
        return False
    if v.spo2 is None or v.spo2 < MILD_ASTHMA_MIN_SPO2:
        return False
    child = facts.age < 12
    max_hr = CHILD_ASTHMA_MAX_HR if child else MILD_ASTHMA_MAX_HR
    max_rr = CHILD_ASTHMA_MAX_RR if child else MILD_ASTHMA_MAX_RR
    if v.heart_rate is not None and v.heart_rate > max_hr:
        return False
    if v.respiratory_rate is not None and v.respiratory_rate > max_rr:
        return False
    return bool(_FULL_SENTENCES.search(plain_quotes(facts.chief_complaint or "")))


_KERATITIS_SIGN: Final = _rx(
    r"pain(?!less)\w*|hurts?|photophob\w*|light (?:\w+ ){0,2}hurts?|(?:hurts?"
    r"|sensitiv\w*)"
    r" (?:\w+ ){0,2}light|blur\w*|(?:can'?t|cannot) see|white spot"
)


def contact_lens_keratitis(facts: ClinicalFacts) -> bool:
    """A contact-lens wearer's painful red eye, photophobia or blur (esi29).

    AAO Preferred Practice Pattern Bacterial Keratitis 2018: contact-lens wear is
    the leading risk of microbial (Pseudomonas) keratitis; a painful red eye in a
    wearer needs slit-lamp examination by ophthalmology the same day and corneal
    scrapings for culture of an infiltrate: a consultation and a lab, two resources
    (ESI v4 handbook Table 5-1).
    """
    if not facts.has("contact_lens"):
        return False
    return facts.has("eye_pain") or any(
        _KERATITIS_SIGN.search(t) for t in triage_clauses(facts)
    )


_THROAT: Final = _rx(
    r"sore throat|throat (?:pain|hurts?|is sore)|tonsil\w*|pharyngit\w*"
    r"|(?:pain(?!less)\w*|hurts?|difficult\w*|trouble) (?:\w+ ){0,2}swallow\w*"
    r"|odynophag\w*"
)
_NECK_SWELLING: Final = _rx(
    r"(?:neck|jaw) (?:is |has |looks? )?(?:swollen|swelling)(?! (?:\w+ )?(?:glands?"
    r"|nodes?|lymph))|swollen (?:neck|jaw)(?! (?:\w+ )?(?:glands?|nodes?|lymph))"
    r"|swelling (?:\w+ ){0,2}(?:of|in|on|under|below) (?:the |his |her |their )?"
    r"(?:(?:left |right |one |either )?(?:side of (?:the |his |her )?)?)?(?:neck|jaw"
    r"|chin|tongue)"
)


def throat_with_neck_swelling(facts: ClinicalFacts) -> bool:
    """A sore throat worded with a swelling of the neck or jaw (not its glands).

    NICE NG84 (2018) sore throat: a suspected severe suppurative complication
    (quinsy, parapharyngeal or retropharyngeal abscess, cellulitis of the neck) is
    referred to hospital; a deep neck space infection is imaged (contrast CT of the
    neck) and treated with IV antibiotics and an ENT opinion (Tintinalli 9th ed. ch.
    246): two resources or more (ESI v4 handbook ch.5, Table 5-1). Swollen glands
    (tender nodes) are tonsillitis's own sign and are not read.
    """
    clauses = triage_clauses(facts)
    joined = " | ".join(clauses)
    return bool(_THROAT.search(joined)) and any(
        _NECK_SWELLING.search(t) for t in clauses
    )


_IMPROVING: Final = _rx(
    r"smaller|shrunk|shrinking|shrinks|improv\w*|better|healing well"
    r"|less (?:red|swollen|painful|sore)|going down|gone down|fading|receding|settling"
)


def improving_course(facts: ClinicalFacts) -> bool:
    """Whether the triage text states the problem is getting better (esi29).

    At a planned recheck an improving course is the expected one: the earlier visit's
    findings (a red, swollen joint treated two days ago) are no new work-up
    (handbook ch.5: resources are predicted from the presentation today).
    """
    return any(_IMPROVING.search(t) for t in triage_clauses(facts))


_POSITIONAL_TRIGGER: Final = _rx(
    r"(?:roll\w*|turn\w*) over in bed|turn\w* in bed|(?:turn\w*|mov\w*) (?:her |his "
    r"|the )?head|looking up|look\w* up|lying (?:down|back)|lie down|sitting up|"
    r"getting (?:up|out of bed)|bending (?:down|over)|head movements?|positional|"
    r"(?:changing|change of|changes? in) position"
)
_BRIEF_SPELLS: Final = _rx(
    r"brief|(?:a few|several|\d{1,2}) seconds|seconds at a time|(?:under|less than|"
    r"within) (?:a|one|1) minute|(?:under|less than) (?:a )?minute|fleeting"
    # triage55: the spell's seconds as told ("seconds of spinning", "lasts seconds")
    r"|(?:lasts?|lasting|for|only|just) (?:a )?seconds"
    r"|seconds of (?:spinning|vertigo|dizziness|the room spinning)"
)
_CONTINUOUS_VERTIGO: Final = _rx(
    r"constant|continuous|persistent|all the time|(?:can ?not|can'?t|unable to) "
    r"(?:walk|stand)|falling to|veer\w*"
)
_POSITIONAL_RED_FLAGS: Final = (
    "headache",
    "neck_pain",
    "hearing_loss",
    "tinnitus",
    "diplopia",
    "focal_deficit",
    "ataxia",
    "speech_disturbance",
    "numbness",
    "syncope",
    "chest_pain",
    "palpitations",
    "head_injury",
)
"""Beside positional vertigo, signs of another cause: a central (stroke) or
cardiovascular one, a labyrinthine one with hearing loss, or an injury (Edlow JA et
al. ACEP GRACE-3 2023; Bhattacharyya N et al. AAO-HNS BPPV 2017)."""


def positional_vertigo(facts: ClinicalFacts) -> bool:
    """peds43: brief spells of vertigo brought on by head position, nothing else.

    Episodic vertigo triggered by a change of head position (rolling over in bed,
    looking up), each spell lasting seconds to under a minute, with no other
    neurological or hearing symptom, is benign paroxysmal positional vertigo: a
    bedside diagnosis (Dix-Hallpike) and treatment (a repositioning manoeuvre), no
    imaging or laboratory test (Bhattacharyya N et al. AAO-HNS clinical practice
    guideline BPPV update 2017; Edlow JA et al. ACEP GRACE-3 2023: the triggered
    episodic vestibular syndrome). ESI v4 handbook ch.5: at most one resource.
    """
    if facts.age is None or facts.age < 18:
        return False
    if any(facts.has(c) for c in _POSITIONAL_RED_FLAGS):
        return False
    clauses = triage_clauses(facts)
    if not any(_POSITIONAL_TRIGGER.search(t) for t in clauses):
        return False
    if not any(_BRIEF_SPELLS.search(t) for t in clauses):
        return False
    return not any(_CONTINUOUS_VERTIGO.search(t) for t in clauses)
