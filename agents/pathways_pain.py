"""Documented pain is treated: an analgesic when the plan has none.

ACEP policy statement "Optimizing the treatment of acute pain in the emergency
department" (2017, reaffirmed 2023): pain is assessed and treated promptly with a
multimodal plan. The pathway reads the visible text only:

- pain is documented as moderate or severe: a pain score of 4 or more (0-10 numeric
  or verbal scale, VAS, FLACC or FACES), or pain with a painful injury or condition
  (fracture, dislocation, renal colic, appendicitis, burn); severe at a score of 7 or
  more or in severe words;
- adults: paracetamol (not after a paracetamol overdose or with liver failure); an
  NSAID for an injury or renal colic below 65 without pregnancy, renal impairment or a
  bleed (EAU 2024 urolithiasis: NSAIDs first for renal colic; NICE CG124 and AGS Beers
  2023: no NSAID in an older adult with a hip fracture); a titrated IV opioid for
  severe pain (fentanyl, not morphine, with renal impairment), held with hypotension,
  hypoxia or a slow respiratory rate;
- children (under 16) per kilogram (RCEM best practice "Management of pain in
  children" 2021; APLS 7th ed.): paracetamol and ibuprofen, intranasal fentanyl for
  severe pain from one year; an infant's opioid is a per-kg dose after weighing, with
  monitoring;
- a hip fracture: paracetamol whatever else is ordered (NICE CG124 1.4.2) and a
  fascia iliaca (or femoral nerve) block (NICE CG124 1.4.4).

Early analgesia does not hide acute abdominal pain or delay its diagnosis (Manterola
C et al. Cochrane Database Syst Rev 2011;CD005660): an abdominal cause is no reason to
wait for the surgeon. Every order passes the order-safety gates afterwards (no NSAID
with a bleed, haemorrhage, dissection, ACS or an anticoagulant; allergies;
pregnancy). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from agents import reversal
from agents._text import asserted, each_kept, visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.pathways_acute import AcuteRequired
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "NSAID_GIVEN",
    "PAIN_PATHWAYS",
    "RENAL_IMPAIRMENT",
    "documented_pain",
    "pain_relief",
    "paracetamol_barred",
]

_rx = word_start

MODERATE: Final = 4
"""A pain score of 4-6 of 10 is moderate, 7-10 severe (ACEP 2017; RCEM 2021)."""
SEVERE: Final = 7

_SCORE_AFTER: Final = re.compile(
    r"(?i)\b(?:pain|vas|nrs|score|severity|rated|rates|hurts?)\b[^.;\n]{0,30}?"
    r"(?<![\d/.])(\d{1,2})\s*(?:/|out of)\s*10\b(?![/.]\d)"
)
_SCORE_BEFORE: Final = re.compile(
    r"(?i)(?<![\d/.])(\d{1,2})\s*(?:/|out of)\s*10\b(?![/.]\d)\s*"
    r"(?:pain|severity|\w+ pain)"
)
_SCALE: Final = re.compile(
    r"(?i)\b(?:flacc|faces|wong[- ]baker|pain score|pain scale)\s*(?:score\s*)?"
    r"(?:of|is|was|:|=)?\s*(\d{1,2})\b(?!\s*(?:/|out of)\s*(?!10\b)\d)"
)
"""A pain scale's value: numeric rating out of 10, VAS in tenths, FLACC and FACES 0-10
(Merkel SI et al. Pediatr Nurs 1997;23:293; Hicks CL et al. Pain 2001;93:173)."""

_SEVERE_WORDS: Final = _rx(
    r"(?:severe|excruciating|agoni[sz]ing|unbearable|intense|worst) "
    r"(?:\w+ ){0,3}(?:pain|ache)|writhing|"
    r"(?:screams?|screaming|cries|crying|inconsolabl\w*)[^.;\n]{0,40}"
    r"(?:mov\w+|touch\w*|handl\w*)|"
    # peds29b: a child screaming with the legs drawn up scores the top of FLACC's cry
    # and legs items (Merkel 1997): severe pain (RCEM 2021 pain in children)
    r"(?:screams?|screaming|inconsolabl\w*)[^.;\n]{0,50}(?:draw\w*|pull\w*) "
    r"(?:\w+ )?(?:legs?|knees?) up|(?:screams?|screaming|inconsolabl\w*)"
    r"[^.;\n]{0,50}(?:legs?|knees?) (?:drawn|pulled) up"
)
_PAIN: Final = _rx(r"pain(?!less)\w*|ache\w*|sore\b|tender\w*|hurts?\b|colic\w*")
_PAINFUL_CONDITION: Final = _rx(
    r"fractur\w*|dislocat\w*|renal colic|ureteric colic|(?:kidney|ureteric|renal) "
    r"(?:stones?|calcul\w*)|appendicitis|burns?\b|burnt|scald\w*|"
    r"intussuscept\w*"  # peds29b: paroxysmal severe colic (APSA 2021; RCEM 2021)
)
"""Conditions whose pain is moderate or worse on their own (ACEP 2017)."""
_INJURY_OR_COLIC: Final = _rx(
    r"fractur\w*|dislocat\w*|sprain\w*|renal colic|ureteric colic|"
    r"(?:kidney|ureteric|renal) (?:stones?|calcul\w*)"
)
"""Where an NSAID is a first-line analgesic (EAU 2024 urolithiasis; RCEM 2021)."""
_CHILD_HEADACHE: Final = _rx(r"headache\w*|migraine\w*")
_NOT_PRIMARY_HEADACHE: Final = _rx(
    r"head (?:injury|trauma)|hit (?:his|her|the) head|thunderclap|worst headache|"
    r"neck stiffness|stiff neck|meningism|papilloedema|papilledema|shunt"
)
"""peds53: a child's headache is treated with ibuprofen (or paracetamol), not an
opioid (Oskoui M et al. AAN/AHS practice guideline: acute treatment of migraine in
children and adolescents. Neurology 2019;93:487; RCEM 2021 pain in children): the
step for a headache that fails is an antiemetic (prochlorperazine or metoclopramide)
with an NSAID and fluids, and opioids worsen and prolong it. An injured head, a
thunderclap, meningism or a shunt keep the ordinary ladder."""
_EYE: Final = r"(?:the |his |her |my |both |an? )?(?:right |left |r |l )?eyes?\b"
OCULAR_SURFACE: Final = _rx(
    r"(?:chemical|alkali\w*|acid|bleach|cement|lime|caustic|corrosive|oven cleaner|"
    r"drain cleaner|ammonia|lye|solvent|detergent)s? (?:\w+ ){0,6}?(?:in|into|to) "
    rf"{_EYE}|splash\w* (?:\w+ ){{0,5}}?(?:in|into|to) {_EYE}|"
    r"corneal (?:abrasion|foreign body|epithelial defect)|"
    r"foreign body (?:in|on) (?:the )?(?:cornea|eye)|arc eye|welder'?s flash|"
    r"welding flash|flash burn|photokeratitis"
)
"""Pain of the ocular surface (a chemical in the eye, a corneal abrasion or foreign
body, a flash burn): a topical anaesthetic relieves it and lets the eye be opened,
irrigated and examined; a systemic opioid is not the first step (RCEM 2020 chemical
eye injury; Wipperman JL et al. Am Fam Physician 2013;87:114; Eslani M et al. Surv
Ophthalmol 2014;59:364)."""
_TOPICAL_ANAESTHETIC: Final = (
    r"topical an(?:a)?esthe\w*|tetracaine|amethocaine|proxymetacaine|proparacaine|"
    r"oxybuprocaine|benoxinate"
)
_HIP_FRACTURE: Final = _rx(
    r"(?:hip|femoral neck|neck of (?:the )?femur|nof|intracapsular|extracapsular|"
    r"intertrochanteric|pertrochanteric|subtrochanteric|trochanteric)\b[^.;\n]{0,40}?"
    r"fractur\w*|fractur\w* (?:of )?(?:the )?(?:left |right |l |r )?"
    r"(?:hip|femoral neck|neck of (?:the )?femur)"
)
RENAL_IMPAIRMENT: Final = _rx(
    r"ckd\b|chronic kidney|renal (?:failure|impairment|insufficiency)|"
    r"acute kidney|aki\b|dialysis|ha?emodialysis|raised creatinine|"
    r"e?gfr (?:of |is |was |=|: ?)?(?:<|less than )?(?:[0-9]|[12]\d)\b(?!\.\d)|"
    r"creatinine (?:of |is |was )?(?:1[3-9]\d|[2-9]\d\d|\d{4}) ?(?:umol|µmol|micromol)|"
    r"creatinine (?:of |is |was )?(?:[2-9]|1\.[5-9])(?:\.\d+)? ?mg"
)
"""Renal impairment: NSAIDs avoided, morphine's metabolites accumulate (BNF;
creatinine above ~130 umol/L or 1.5 mg/dL, or an eGFR under 30, read as impaired;
KDIGO 2012 CKD 3.1.19: no NSAID with a GFR < 30)."""
_BLEED: Final = _rx(
    r"mela?ena|ha?ematemesis|coffee[- ]ground|rectal bleed\w*|pr bleed\w*|"
    r"ha?ematochezia|gi bleed\w*|peptic ulcer|dissection"
)  # an anticoagulant: ``reversal.on_anticoagulant`` (current use, not a stopped one)
_NO_PARACETAMOL: Final = _rx(
    r"overdos\w*|liver failure|hepatic failure|acute liver injury|"
    r"(?:paracetamol|acetaminophen|tylenol)[^.;\n]{0,30}(?:ingest\w*|tablets|level)"
)
_MILD_DRUGS: Final = (
    r"paracetamol|acetaminophen|ibuprofen|ketorolac|naproxen|diclofenac"
)
_STRONG_DRUGS: Final = (
    r"morphine|fentanyl|hydromorphone|ketamine|methoxyflurane|penthrox|entonox|nitrous"
)


def _given(drugs: str) -> re.Pattern[str]:
    """Analgesia of ``drugs`` documented as already given in this visit."""
    return _rx(
        r"(?:given|received|administered|had|gave)\s+(?:\w+\s+){0,3}?"
        rf"(?:iv |im |in |intranasal |oral )?(?:{drugs})|"
        rf"(?:{drugs})[^.;\n]{{0,25}}"
        r"(?:given|administered|by (?:the )?(?:paramedics?|ambulance|ems)|"
        r"in (?:the )?(?:ambulance|triage)|pre-?hospital)"
    )


NSAID_GIVEN: Final = _given(r"ibuprofen|ketorolac|naproxen|diclofenac|nsaids?\b")
"""An NSAID documented as given in this visit: the next NSAID dose waits for its
interval (BNF: ketorolac every 4-6 h, ibuprofen every 6-8 h; two NSAIDs are not
combined)."""
_GIVEN: Final = _given(rf"{_MILD_DRUGS}|{_STRONG_DRUGS}|analgesi\w*")
"""Analgesia already given in this visit: the plan is reassessed, not repeated."""
_GIVEN_BEYOND_MILD: Final = _given(rf"{_STRONG_DRUGS}|analgesi\w*")
"""A strong (or unnamed) analgesic already given: reassessed, not escalated here.
Only paracetamol or an NSAID given, with pain still severe, is the WHO ladder's next
step: an opioid (WHO 1986/2018; ACEP 2017; EAU 2024 renal colic: NSAID first, an
opioid when the NSAID is insufficient)."""
_UNRESPONSIVE: Final = _rx(r"unresponsive|gcs (?:of )?(?:[3-8])\b|comatose|obtunded")

NSAID_ORDERS: Final = r"ibuprofen|naproxen|ketorolac|diclofenac|nsaids?\b"
_NSAID_ORDERS: Final = NSAID_ORDERS
ANALGESIC_ORDERS: Final = (
    rf"paracetamol|acetaminophen|{_NSAID_ORDERS}|"
    r"morphine|fentanyl|hydromorphone|oxycodone|opioid|analgesi|ketamine|nitrous|"
    r"entonox|methoxyflurane|penthrox|nerve block|fascia iliaca|ha?ematoma block|"
    r"prochlorperazine|migraine cocktail|"
    # trauma52: a triptan is the primary headache's own analgesic (NICE CG150 1.3.8,
    # 1.3.23: a triptan for migraine and cluster headache, no opioid or paracetamol
    # for a cluster attack; Robbins MS et al. AHS 2016)
    r"\w*triptan"
)
"""An order already in the plan that treats pain: nothing is added."""
_NON_NSAID_ANALGESIC: Final = ANALGESIC_ORDERS.replace(f"|{_NSAID_ORDERS}|", "|")
"""Where an NSAID is barred, an NSAID in the plan treats nothing (the order-safety
gates withhold it), so only another analgesic satisfies the pathway."""
_BLOCK_ORDERS: Final = r"nerve block|fascia iliaca|femoral block|regional block"
_STRONG_ANALGESIC: Final = (
    r"morphine|fentanyl|diamorphine|hydromorphone|oxycodone|opioid|ketamine|"
    r"nitrous|entonox|methoxyflurane|penthrox|nerve block|fascia iliaca|"
    r"ha?ematoma block"
)
"""An order that treats severe pain in a child (RCEM 2021: intranasal fentanyl or
diamorphine, IV morphine, ketamine, inhaled analgesia or a block)."""


def _scores(texts: tuple[str, ...]) -> list[int]:
    return [score for found in each_kept(_scores_in, texts) for score in found]


def _scores_in(text: str) -> tuple[int, ...]:
    """The pain scores written in one text (kept per text: every view asks)."""
    return tuple(
        int(m[1])
        for pattern in (_SCORE_AFTER, _SCORE_BEFORE, _SCALE)
        for m in pattern.finditer(text)
        if int(m[1]) <= 10
    )


def documented_pain(texts: tuple[str, ...]) -> str | None:
    """Return "severe" or "moderate" when the text documents such pain, else None.

    The highest documented score counts (a score taken after analgesia is no reason
    to withhold it: the drug documented as given is read by ``_GIVEN``).
    """
    scores = _scores(texts)
    top = max(scores, default=-1)
    if top >= SEVERE or asserted(_SEVERE_WORDS, texts):
        return "severe"
    if top >= MODERATE:
        return "moderate"
    if asserted(_PAINFUL_CONDITION, texts) and asserted(_PAIN, texts):
        return "moderate"
    return None


def paracetamol_barred(texts: tuple[str, ...]) -> bool:
    """Whether paracetamol is withheld: an overdose or liver failure is documented."""
    return asserted(_NO_PARACETAMOL, texts)


def _no_opioid(view: StageView) -> bool:
    v = view.vitals
    return (
        (v.systolic_bp is not None and v.systolic_bp < 90)
        or (v.spo2 is not None and v.spo2 < 90)
        or (v.respiratory_rate is not None and v.respiratory_rate < 10)
    )


def _topical_anaesthetic() -> Required:
    """Topical anaesthetic drops for ocular surface pain (``OCULAR_SURFACE``)."""
    return _req(
        "medication",
        "topical anaesthetic eye drops now (tetracaine 1 % or proxymetacaine 0.5 %), "
        "repeated as needed to open, irrigate and examine the eye",
        "ocular surface pain: the drops relieve it and allow irrigation and "
        "examination; a systemic opioid is not the first step (RCEM 2020 chemical "
        "eye injury; Wipperman JL et al. Am Fam Physician 2013;87:114)",
        _TOPICAL_ANAESTHETIC,
    )


def _with_child_score(
    level: str | None, view: StageView, pop: Population
) -> str | None:
    """``level`` raised by a child's recorded triage pain score (peds47).

    RCEM best practice "Management of pain in children" (2021) and its clinical
    standard: a child in moderate (4-6) or severe (7-10) pain has analgesia within 20
    minutes of arrival, the score recorded at triage being the one that counts. A
    12-year-old's appendicitis at 7/10 in the triage vitals got none while the same
    score written in the note was treated. Adults keep the text's documented pain.
    """
    score = view.vitals.pain
    if score is None or pop.age_within(0, years(16) - 1) is not True:
        return level
    if score >= SEVERE:
        return "severe"
    if score >= MODERATE and level is None:
        return "moderate"
    return level


_NOW_PAIN_FREE: Final = _rx(
    r"(?:now|currently) pain[- ]free|pain[- ]free (?:now|at rest now)|no pain now|"
    r"(?:pain|it) (?:has )?(?:now )?(?:completely )?(?:resolved|gone) "
    r"(?:now|completely)"
)
"""cardio52: pain stated over now ("severe central chest pain 3 days ago ... now pain
free"): documented pain that is past needs no analgesic now (ACEP 2017 treats the
pain the patient has); a pain score recorded at triage still counts."""


def pain_relief(view: StageView, pop: Population) -> list[AcuteRequired]:
    """An analgesic plan for documented moderate or severe pain (ACEP 2017)."""
    texts = visible_texts(view)
    level = _with_child_score(documented_pain(texts), view, pop)
    if level is None or asserted(_UNRESPONSIVE, texts):
        return []
    if asserted(_NOW_PAIN_FREE, texts) and view.vitals.pain is None:
        return []  # cardio52: the pain written is over now ("now pain free")
    # analgesia already given is reassessed, not repeated; severe pain after only
    # paracetamol or an NSAID climbs to the opioid step (WHO ladder; EAU 2024)
    escalate_only = asserted(_GIVEN, texts)
    if escalate_only and (level != "severe" or asserted(_GIVEN_BEYOND_MILD, texts)):
        return []
    src = "ACEP 2017 acute pain in the ED"
    why = f"documented {level} pain is treated now ({src})"
    severe = level == "severe"
    renal = asserted(RENAL_IMPAIRMENT, texts)
    injury = asserted(_INJURY_OR_COLIC, texts)
    hip = asserted(_HIP_FRACTURE, texts)
    nsaid_ok = (
        injury
        and not hip
        and not renal
        and pop.pregnancy != "pregnant"
        and pop.age_within(years(65), None) is not True
        and not asserted(_BLEED, texts)
        and not reversal.on_anticoagulant(texts)
    )
    barred = (
        renal
        or asserted(_BLEED, texts)
        or reversal.on_anticoagulant(texts)
        or (pop.pregnancy == "pregnant" and (pop.gestation_weeks or 20) >= 20)
    )
    treats = _NON_NSAID_ANALGESIC if barred else ANALGESIC_ORDERS
    surface = asserted(OCULAR_SURFACE, texts)
    child_headache = (
        pop.age_within(0, years(16) - 1) is True
        and asserted(_CHILD_HEADACHE, texts)
        and not asserted(_NOT_PRIMARY_HEADACHE, texts)
        and not injury
    )
    if child_headache and not barred:
        nsaid_ok = pop.age_within(0, years(0.25)) is not True
    opioid_ok = severe and not _no_opioid(view) and not surface and not child_headache
    paracetamol_ok = not paracetamol_barred(texts)
    infant = pop.age_within(0, years(1) - 1) is True
    child = pop.age_within(0, years(16) - 1) is True
    out: list[Required] = [_topical_anaesthetic()] if surface else []

    def add(name: str, reason: str, satisfied_by: str = treats) -> None:
        out.append(_req("medication", name, reason, satisfied_by))

    if escalate_only:
        paracetamol_ok = nsaid_ok = False

    if child:
        child_src = "RCEM 2021 pain in children; APLS"
        if paracetamol_ok:
            add(
                "paracetamol 15 mg/kg PO or IV (weight-based)"
                + ("; weigh the infant first" if infant else ""),
                f"{why}; per kg in a child ({child_src})",
            )
        # each step of the ladder is met only by its own kind: paracetamol does not
        # stand for ibuprofen, nor either for the opioid of severe pain (RCEM 2021)
        if nsaid_ok and pop.age_within(0, years(0.25)) is not True:
            add(
                "ibuprofen 10 mg/kg PO (weight-based)",
                f"{why} ({child_src})",
                _NSAID_ORDERS,
            )
        if opioid_ok:
            add(
                "IV morphine 0.05-0.1 mg/kg titrated with SpO2 and sedation "
                "monitoring, after weighing"
                if infant
                else "intranasal fentanyl 1.5 mcg/kg (weight-based)",
                f"severe pain in a child ({child_src})",
                _STRONG_ANALGESIC,
            )
    else:
        if paracetamol_ok:
            add(
                "paracetamol 1 g IV or PO",
                f"{why}; multimodal analgesia, first line"
                + ("; every 6 h with a hip fracture (NICE CG124 1.4.2)" if hip else ""),
                # NICE CG124: paracetamol beside a block or an opioid, not instead
                r"paracetamol|acetaminophen" if hip else treats,
            )
        if nsaid_ok:
            add(
                "NSAID: ibuprofen 400 mg PO or ketorolac 15 mg IV",
                f"{why}; NSAID first line for injury and renal colic (EAU 2024 "
                "urolithiasis; RCEM)",
            )
        if opioid_ok:
            older = pop.age_within(years(65), None) is True
            add(
                "IV fentanyl 25-50 mcg titrated to effect (renal impairment)"
                if renal
                else "IV morphine 1-2.5 mg titrated every 5 min to effect (older adult)"
                if older
                else "IV morphine 2.5-5 mg titrated every 5 min to effect",
                f"severe pain: titrated IV opioid with sedation and SpO2 monitoring "
                f"({src}"
                + (
                    "; an NSAID alone does not treat severe pain of an injury or "
                    "colic: the opioid when it is insufficient, WHO ladder; EAU 2024)"
                    if injury or escalate_only
                    else ")"
                ),
                # paracetamol alone does not treat severe pain (ACEP 2017 multimodal);
                # nor does an NSAID the severe pain of an injury or colic (EAU 2024)
                _STRONG_ANALGESIC
                if injury or escalate_only
                else treats.replace("paracetamol|acetaminophen|", ""),
            )
    if hip:
        out.append(
            _req(
                "procedure",
                "fascia iliaca block (or femoral nerve block)",
                "hip fracture: a peripheral nerve block beside systemic analgesia "
                "(NICE CG124 1.4.4)",
                _BLOCK_ORDERS,
            )
        )
    return out


PAIN_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (pain_relief,)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
