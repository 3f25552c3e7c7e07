"""Older adults' care needs read from their own guidelines: unsafe mobility, a long lie.

An older adult who cannot mobilise safely now (new inability to stand, walk, bear
weight or transfer from bed to chair, or stated unsafe to go home) is not sent home
whatever the usual disposition of the diagnosis: a stable vertebral or pubic ramus
fracture is outpatient care only for a patient who can walk (ACEP/AGS/ENA/SAEM
Geriatric Emergency Department Guidelines 2014, and the ACEP Geriatric ED
Accreditation (GEDA) criteria 2023: functional and mobility assessment before
discharge, physiotherapy and occupational therapy in the ED or an observation stay;
NICE CG161 falls in older people 2013: multifactorial falls assessment). The need
ends when the note documents the patient mobilising safely again; an immobility that
is the patient's baseline (bed-bound, wheelchair user) is no new need.

A head injury on an anticoagulant, at any adult age and whatever the GCS: a CT head
within 8 hours of the injury (NICE CG176 head injury, 2023 update, 1.4.12, which
older adults on anticoagulants make common) with the anticoagulant's effect measured;
the Canadian CT Head Rule excluded anticoagulated patients (Stiell IG et al. Lancet
2001;357:1391) and does not spare the scan. A subdural haematoma stays open until the
scan.

Parkinson's disease (and dementia with Lewy bodies): the usual dopaminergic doses are
time-critical (a missed or late levodopa dose worsens rigidity, swallowing and
confusion, and stopping it can cause a parkinsonism-hyperpyrexia syndrome: NICE NG71
2017 1.5.x, medicines in hospital on time; Parkinson's UK 'Get it on time'), and
dopamine-blocking antiemetics and antipsychotics are avoided (AGS Beers Criteria 2023
table 3; NICE CG103 delirium 1.6.3): the order gate in ``agents.order_safety``
withholds them.

A faint, near-faint or fall on standing in an older adult taking a peripheral
alpha-1 blocker: the drug is withheld or reduced and the blood-pressure-lowering
drugs reviewed (ESC 2018 syncope 5.2: drug-induced orthostatic hypotension is treated
by withdrawing or reducing the vasoactive drug, class IIa; AGS Beers Criteria 2023:
avoid peripheral alpha-1 blockers as antihypertensives, a high risk of orthostatic
hypotension). Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents import reversal
from agents._text import current, visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.pathways_acute import asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "OLDER_ADULT_YEARS",
    "OLDER_PATHWAYS",
    "PARKINSON_DISEASE",
    "UNSAFE_MOBILITY_SOURCE",
    "alpha_blocker_orthostasis",
    "anticoagulated_head_injury",
    "cannot_mobilise",
    "hypnotic_fall",
    "lay_long",
    "long_lie",
    "older_long_lie",
    "parkinsons_medication",
    "recurrent_falls",
    "unsafe_mobility",
]

_rx = word_start

OLDER_ADULT_YEARS: Final = 65
"""The geriatric ED guidelines' older adult (ACEP 2014; GEDA 2023)."""
UNSAFE_MOBILITY_SOURCE: Final = (
    "ACEP/AGS/ENA/SAEM geriatric ED guidelines 2014; ACEP GEDA 2023; NICE CG161"
)

_MOVE: Final = (
    r"(?:stand\w*|walk\w*|weight[- ]?bear\w*|bear (?:any )?weight|mobili[sz]\w*|"
    r"ambulat\w*|get (?:up|off the floor)|transfer\w*|"
    r"get out of (?:the |a |her |his )?(?:bed|chair)|"
    r"get from (?:the )?(?:bed|trolley|chair))"
)
_CANNOT_MOVE: Final = _rx(
    r"(?:unable|not able|inability|cannot|can ?not|can't|could not|couldn't|"
    r"(?:has|have|had) not been able|hasn't been able|did not manage|failed) "
    rf"(?:\w+ ){{0,2}}?(?:to )?{_MOVE}|"
    r"(?:unsafe|not safe) (?:to (?:go )?home|to mobili[sz]e|on (?:her|his) feet|"
    r"mobility)|"
    r"off (?:her|his) legs|immobile|non-?ambulatory|"
    r"(?:needs|needed|requires|required) (?:two|2) (?:people|persons|staff|nurses) "
    r"to (?:stand|transfer|mobili[sz]e)"
)
_BASELINE: Final = _rx(
    r"bed-?(?:bound|ridden|bed bound)|wheelchair[- ](?:user|bound)|uses a wheelchair|"
    r"non-?ambulatory at baseline|(?:at|her|his) baseline (?:mobility|function)|"
    r"hoist transfers?|(?:chronically|long[- ]?term) immobile"
)
_MOBILE_NOW: Final = _rx(
    r"(?:now|is now|then|later|subsequently|after analgesia) (?:\w+ ){0,2}?"
    r"(?:walking|mobili[sz]ing|ambulating|weight[- ]?bearing|standing)|"
    r"mobili[sz]ing (?:safely|independently)|walks? (?:safely|unaided|independently|"
    r"normally)|walking (?:safely|unaided|independently|normally)|"
    r"safe(?:ly)? (?:to mobili[sz]e|mobil\w*|on (?:her|his) feet)|"
    r"(?:walking|mobili[sz]ing|ambulating) (?:\w+ ){0,2}?(?:with|on) (?:crutches|"
    r"(?:a|her|his|the) (?:zimmer )?(?:frame|stick|walker|cane))|"
    r"independently mobile|steady on (?:her|his) feet|"
    r"cleared by (?:the )?(?:physio\w*|pt\b|ot\b|occupational)"
)


def cannot_mobilise(view: StageView, pop: Population) -> bool:
    """Whether an older adult's visible text documents a new unsafe mobility now."""
    if pop.age_within(years(OLDER_ADULT_YEARS), None) is not True:
        return False
    texts = visible_texts(view)
    if not current(_CANNOT_MOVE, texts):
        return False
    return not (asserted(_MOBILE_NOW, texts) or asserted(_BASELINE, texts))


def unsafe_mobility(view: StageView, pop: Population) -> list[Required]:
    """An older adult who cannot mobilise safely: physiotherapy and OT first."""
    if not cannot_mobilise(view, pop):
        return []
    return [
        _req(
            "consult",
            "physiotherapy and occupational therapy: mobility, transfers and home "
            "safety before any discharge; falls assessment",
            f"an older adult who cannot mobilise safely now ({UNSAFE_MOBILITY_SOURCE})",
            r"physio\w*|occupational therap\w*",
        )
    ]


_HEAD_BLOW: Final = _rx(
    r"(?:hit|hits|hitting|bump\w*|bang\w*|knock\w*|struck|strik\w*|smack\w*|"
    r"whack\w*)\W+(?:\w+\W+){0,4}?(?:head|forehead|scalp|occiput)\b|"
    r"head (?:injur\w*|trauma|strike|bump|knock)|"
    r"(?:blow|bump|knock|bang) (?:to|on) (?:the |his |her )?(?:head|forehead)|"
    r"(?:scalp|forehead|occipital) (?:haematoma|hematoma|laceration|wound|bruis\w*)|"
    r"head laceration"
)


def anticoagulated_head_injury(view: StageView, pop: Population) -> list[Required]:
    """A head injury on an anticoagulant: CT head whatever the GCS (NICE CG176)."""
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not current(_HEAD_BLOW, texts) or not reversal.on_anticoagulant(texts):
        return []
    src = (
        "NICE CG176 head injury 2023, 1.4.12: on an anticoagulant, CT within 8 h "
        "whatever the GCS; the Canadian CT Head Rule excluded anticoagulated patients"
    )
    return [
        _req(
            "diagnostic",
            "non-contrast CT head within 8 hours of the injury",
            f"head injury on an anticoagulant ({src})",
            r"ct (?:of the )?(?:head|brain)|head ct|ct scan of the head",
        ),
        _req(
            "diagnostic",
            "INR, aPTT, platelet count (anticoagulant effect)",
            f"on an anticoagulant: reversal if the scan shows a bleed ({src})",
            r"\binr\b|coagulation|anti-?xa",
        ),
    ]


_HOURS: Final = (
    r"(?:\d+|an?|one|two|three|four|five|six|eight|ten|twelve|several|many|some|"
    r"(?:\d+|a few)(?: to |-)\d+) (?:\+ )?hours?"
)
_LONG_LIE: Final = _rx(
    r"long lie|"
    rf"(?:about |around |approximately |nearly |over |~)?{_HOURS} (?:lying )?on the "
    r"(?:floor|ground)|"
    r"(?:lying|lay|lain|laid|left|been) on the (?:floor|ground) (?:\w+ ){0,2}?(?:for "
    rf"(?:about |around |approximately |nearly |over |at least )?{_HOURS}|overnight|"
    r"all night|since (?:last night|yesterday))|"
    r"on the (?:\w+ )?(?:floor|ground)(?: of (?:the |his |her |their )?\w+)? "
    r"(?:overnight|all night|since (?:last night|yesterday))|"
    # lead41: "on the floor for about 12 hours" without its verb
    r"on the (?:floor|ground) for (?:about |around |approximately |nearly |over |at "
    rf"least )?{_HOURS}|"
    r"found on the (?:floor|ground) (?:\w+ ){0,3}?(?:the )?next (?:morning|day)|"
    # geri38: "found on the bedroom floor ..., had been there since last night"
    r"found (?:lying )?on the (?:\w+ )?(?:floor|ground)\b[^.]{0,80}?\b(?:(?:had )?been "
    r"there|lying there|lain there) (?:\w+ ){0,2}?(?:since (?:last night|yesterday)|"
    rf"overnight|all night|for {_HOURS})|"
    # trauma47: "found on the floor this morning after a night there", "spent the night
    # on the floor": a night down is a long lie (Fleming & Brayne 2008: an hour or more)
    r"found (?:lying )?on the (?:\w+ )?(?:floor|ground)\b[^.]{0,80}?\bafter (?:a|the) "
    r"(?:whole |entire )?night (?:there|lying there|on (?:it|the (?:\w+ )?"
    r"(?:floor|ground)))|"
    r"(?:spent|after) (?:a|the) (?:whole |entire )?night (?:lying )?on the (?:\w+ )?"
    r"(?:floor|ground)|"
    r"(?:could not|couldn't|unable to|was unable to|cannot|can't) get (?:\w+ )?up\W+"
    r"(?:\w+\W+){0,8}?(?:overnight|all night|(?:the )?next (?:morning|day)|"
    rf"{_HOURS} later|{_HOURS} on the (?:floor|ground))|"
    # lead52: found down, the time on the floor unknown: a long lie until shown
    # otherwise (JRCALC 2022 falls in older adults; Fleming & Brayne 2008)
    r"found (?:by (?:\w+ ){1,3}?)?(?:lying )?on (?:the )?(?:\w+ )?(?:floor|ground)\b"
    r"[^.]{0,80}?\b(?:unsure|not sure|uncertain|unclear|unknown|does not know|"
    r"doesn't know|cannot say|can't say) how long|"
    r"(?:unknown|uncertain|unclear) (?:time|length of time|duration) (?:down|on the "
    r"(?:floor|ground))|time (?:down|on the (?:floor|ground)) (?:is |was )?(?:unknown|"
    r"uncertain|unclear)"
)
"""A long lie: on the floor an hour or more, unable to get up (Fleming J, Brayne C.
BMJ 2008;337:a2227: an hour or more; half of those who lie long die within 6 months),
or found down for a time nobody knows."""


_PIGMENTED_URINE: Final = _rx(
    r"dark (?:brown |red |coloured |colored )?urine|"
    r"urine (?:is |was |looks? )?(?:very )?dark|cola[- ]colou?red urine|"
    r"tea[- ]colou?red urine|myoglobinuria"
)
"""Dark, cola- or tea-coloured urine: pigment (myoglobin) until the urinalysis says
otherwise (Bosch X et al. NEJM 2009;361:62)."""


def lay_long(view: StageView, pop: Population) -> bool:
    """Whether an adult's visible text documents a long lie (an hour or more down)."""
    if pop.age_within(years(16), None) is False:
        return False
    return asserted(_LONG_LIE, visible_texts(view))


def older_long_lie(view: StageView, pop: Population) -> bool:
    """Whether an older adult (65 or over) lay long: no forecast home before the CK."""
    older = pop.age_within(years(OLDER_ADULT_YEARS), None) is True
    return older and lay_long(view, pop)


def long_lie(view: StageView, pop: Population) -> list[Required]:
    """After a long lie: CK for rhabdomyolysis and pressure-area care.

    Immobility on the floor crushes muscle and skin: CK, creatinine, potassium and
    the urine for myoglobin (Bosch X et al. NEJM 2009;361:62), and the skin over the
    sacrum, hips and heels inspected with a pressure-ulcer risk assessment and a
    pressure-redistributing surface (NICE CG179 2014 pressure ulcers 1.1, 1.4).
    """
    if not lay_long(view, pop):
        return []
    fluids = (
        [
            _req(
                "medication",
                "IV isotonic crystalloid started early for the dark urine, titrated "
                "to a urine output of about 1-2 mL/kg/h before the muscle enzyme "
                "result is back "
                "(smaller boluses with reassessment in heart or kidney failure)",
                "pigmented urine after a long lie: rhabdomyolysis until the CK says "
                "otherwise; early volume prevents the kidney injury (Bosch X et al. "
                "NEJM 2009;361:62; KDIGO 2012 AKI 3.1)",
                r"iv (?:isotonic )?(?:crystalloid|fluid|saline)|crystalloid|0\.9 ?%",
            )
        ]
        if asserted(_PIGMENTED_URINE, visible_texts(view))
        else []
    )
    # trauma51: the CK first; the fluids' words named the CK ("while the CK is
    # awaited") and stood in for its order, which was then never placed
    return [
        _req(
            "diagnostic",
            "CK, creatinine, potassium and urinalysis for myoglobin (blood on dipstick "
            "without red cells); ECG",
            "rhabdomyolysis after a long lie (Bosch X et al. NEJM 2009;361:62)",
            r"\bck\b|creatine kinase",
        ),
        *fluids,
        _req(
            "procedure",
            "pressure-area care: inspect the sacrum, hips and heels, pressure-ulcer "
            "risk assessment, a pressure-redistributing mattress, repositioning and "
            "dressings for any pressure injury",
            "skin damage after a long lie (NICE CG179 2014 pressure ulcers 1.1, 1.4; "
            "Fleming J, Brayne C. BMJ 2008;337:a2227)",
            r"pressure[- ](?:area|ulcer|injur|redistribut)",
        ),
    ]


PARKINSON_DISEASE: Final = _rx(
    r"parkinson'?s disease|parkinson disease|(?<!wolff-)(?<!wolff )parkinson'?s\b"
    r"(?![- ]white)|idiopathic parkinsonism|(?:dementia with )?lewy bod(?:y|ies)"
)
"""Parkinson's disease or dementia with Lewy bodies in words (not Wolff-Parkinson-White,
not a drug-induced parkinsonism)."""
_NO_PD_DRUGS: Final = _rx(r"not on (?:any )?(?:treatment|medication)|untreated")


def parkinsons_medication(view: StageView, pop: Population) -> list[Required]:
    """Parkinson's disease: the usual doses on time, no dopamine antagonist.

    NICE NG71 (2017) Parkinson's disease 1.5 (medicines in hospital: on time; if nil
    by mouth a nasogastric route or a rotigotine patch, not a gap); NICE CG103 (2023)
    delirium 1.6.3 and AGS Beers Criteria 2023 (avoid antipsychotics except
    quetiapine, clozapine or pimavanserin, and metoclopramide, prochlorperazine and
    promethazine in Parkinson's disease): domperidone or ondansetron for nausea.
    """
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(PARKINSON_DISEASE, texts) or asserted(_NO_PD_DRUGS, texts):
        return []
    src = (
        "NICE NG71 2017 1.5 (time-critical medicines in hospital); NICE CG103 "
        "delirium 1.6.3; AGS Beers Criteria 2023 (Parkinson's disease)"
    )
    return [
        _req(
            "medication",
            "usual Parkinson's medication (levodopa, dopamine agonist) at its usual "
            "times, no dose missed or late; if nil by mouth: nasogastric levodopa or a "
            "rotigotine patch; no dopamine-blocking antiemetic or antipsychotic "
            "(domperidone or ondansetron for nausea)",
            f"Parkinson's disease: dopaminergic doses are time-critical ({src})",
            r"levodopa|parkinson'?s medication|co-?careldopa|co-?beneldopa",
        )
    ]


_ALPHA_BLOCKER: Final = _rx(
    r"doxazosin|prazosin|terazosin|alfuzosin|tamsulosin|cardura|flomax"
)
_ON_STANDING: Final = _rx(
    r"syncop\w*|faint\w*|passed out|blacked out|light-?headed\w*|light headed\w*|"
    r"presyncop\w*|near[- ]syncope|slumped|fell|falls?\b|orthostatic|postural "
    r"(?:hypotension|drop|dizziness)|"
    r"dizz\w* (?:\w+ ){0,2}?(?:on|when|after) (?:standing|getting up|rising|sitting up)"
)


def alpha_blocker_orthostasis(view: StageView, pop: Population) -> list[Required]:
    """An older adult who faints or falls on an alpha-1 blocker: withhold, review.

    ESC 2018 syncope 5.2 (drug-induced orthostatic hypotension: withdraw or reduce
    the vasoactive drug, class IIa); AGS Beers Criteria 2023 (peripheral alpha-1
    blockers: avoid as antihypertensives, orthostatic hypotension).
    """
    if pop.age_within(years(OLDER_ADULT_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not current(_ON_STANDING, texts) or not asserted(_ALPHA_BLOCKER, texts):
        return []
    return [
        _req(
            "medication",
            "withhold or reduce the alpha-1 blocker (doxazosin, prazosin, tamsulosin) "
            "and review every blood-pressure-lowering drug; lying and standing blood "
            "pressure before discharge",
            "a faint or fall on an alpha-1 blocker in an older adult (ESC 2018 "
            "syncope 5.2, drug-induced orthostatic hypotension; AGS Beers Criteria "
            "2023)",
            r"alpha-?1 blocker|doxazosin|prazosin|tamsulosin",
        )
    ]


_RECURRENT_FALLS: Final = _rx(
    r"(?:second|third|fourth|fifth|sixth|\d(?:nd|rd|th)|several|multiple|recurrent|"
    r"repeated|frequent) falls?\b|(?:two|three|four|five|several|multiple|\d) falls\b|"
    r"fallen (?:\w+ ){0,2}?(?:twice|two|three|four|several|\d) times|"
    r"falls? (?:\w+ ){0,3}?again\b"
)
"""Falls that recur: two or more in the past year (NICE CG161 1.1.2; World Falls
Guidelines 2022)."""
_LYING_STANDING_BP: Final = (
    r"lying and standing|orthostatic (?:bp|blood pressure|vital)|"
    r"postural (?:bp|blood pressure)"
)
"""An order that already measures the blood pressure lying and standing."""
FALLS_SOURCE: Final = (
    "NICE CG161 2013 falls in older people 1.1.2 (multifactorial falls risk assessment"
    " after a fall or with recurrent falls); Montero-Odasso M et al. World Guidelines"
    " for Falls Prevention 2022 (Age Ageing 2022;51:afac205); ESC 2018 syncope"
    " (orthostatic hypotension)"
)


def recurrent_falls(view: StageView, pop: Population) -> list[Required]:
    """Recurrent falls in an older adult: look for the cause, refer for prevention.

    NICE CG161 (1.1.2): an older person who reports recurrent falls gets a
    multifactorial falls risk assessment: lying and standing blood pressure (a fall of
    20 systolic or 10 diastolic within 3 minutes is orthostatic hypotension), an ECG
    for an arrhythmia, a review of the drugs that cause falls (antihypertensives,
    diuretics, sedatives), gait and balance, vision, continence and home hazards, and
    a falls service referral (World Falls Guidelines 2022: high risk).
    """
    if pop.age_within(years(OLDER_ADULT_YEARS), None) is not True:
        return []
    if not asserted(_RECURRENT_FALLS, visible_texts(view)):
        return []
    return [
        _req(
            "diagnostic",
            "lying and standing blood pressure, ECG, capillary glucose and a "
            "medication review for fall-risk drugs (antihypertensives, diuretics, "
            "sedatives)",
            f"recurrent falls in an older adult: the cause ({FALLS_SOURCE})",
            _LYING_STANDING_BP,
        ),
        _req(
            "consult",
            "falls service referral: multifactorial falls risk assessment (gait and "
            "balance, vision, continence, home hazards)",
            f"recurrent falls in an older adult: prevention ({FALLS_SOURCE})",
            r"falls? (?:service|clinic|team|assessment|prevention)",
        ),
    ]


_HYPNOTIC: Final = _rx(
    r"zopiclone|zolpidem|zaleplon|eszopiclone|temazepam|nitrazepam|lormetazepam|"
    r"loprazolam|triazolam|flurazepam|sleeping (?:tablet|pill)s?|z-?drugs?"
)
"""The hypnotics taken for sleep: the Z-drugs and the benzodiazepines used as
hypnotics (a benzodiazepine given in the department for a seizure or a withdrawal is
not the patient's night-time drug)."""
_FELL: Final = _rx(
    r"fell\b|falls?\b|fallen\b|found on the floor|tripped|slipped|"
    r"lost (?:her|his) (?:balance|footing)"
)
HYPNOTIC_FALL_SOURCE: Final = (
    "AGS Beers Criteria 2023 (benzodiazepines and Z-drugs: avoid in older adults, "
    "falls and fractures; with a history of falls: avoid); Seppala LJ et al. "
    "STOPPFall 2021 (Age Ageing 2021;50:1189); NICE CG161 1.1.2 and 1.1.8.1 "
    "(psychotropic medication reviewed after a fall)"
)


def hypnotic_fall(view: StageView, pop: Population) -> list[Required]:
    """An older adult who falls on a Z-drug or hypnotic benzodiazepine: review it.

    AGS Beers Criteria 2023: benzodiazepines and the Z-drugs (zopiclone, zolpidem)
    raise falls, fractures and delirium in older adults, to be avoided, above all
    after a fall; STOPPFall 2021 lists them first among the fall-risk drugs to
    deprescribe; NICE CG161 (1.1.2, 1.1.8.1): a fall brings a falls assessment with a
    review of psychotropic drugs, stopped where possible (tapered after long use:
    withdrawal). Lying and standing blood pressure looks for orthostatic hypotension.
    """
    if pop.age_within(years(OLDER_ADULT_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not current(_FELL, texts) or not asserted(_HYPNOTIC, texts):
        return []
    return [
        _req(
            "medication",
            "stop the hypnotic (Z-drug or benzodiazepine) started recently, or agree "
            "a taper with the GP after long use (no abrupt stop); sleep hygiene "
            "advice instead",
            f"a fall on a sedative hypnotic in an older adult ({HYPNOTIC_FALL_SOURCE})",
            r"hypnotic|zopiclone|zolpidem|z-?drug|benzodiazepine|temazepam",
        ),
        _req(
            "diagnostic",
            "lying and standing blood pressure and a falls risk assessment (gait, "
            "vision, continence, home hazards) with falls service referral",
            f"a fall in an older adult on a fall-risk drug ({HYPNOTIC_FALL_SOURCE})",
            _LYING_STANDING_BP,
        ),
    ]


OLDER_PATHWAYS: Final = (
    unsafe_mobility,
    anticoagulated_head_injury,
    long_lie,
    parkinsons_medication,
    alpha_blocker_orthostasis,
    recurrent_falls,
    hypnotic_fall,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
