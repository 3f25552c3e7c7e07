"""Time-critical presentations read from the whole triage text, whatever the complaint.

Private to :mod:`agents.offline.rules.esi`. A triage nurse reads the complaint as
written ("L side weakness", "WEAKNESS, LEFT ARM AND FACE"), not the category it was
filed under, so each pattern is checked on all triage text (chief complaint, the triage
vitals block) whatever complaint matched. Each pattern names the guideline that makes it
an ESI-2 high-risk situation (ESI v4 handbook ch.4: "high-risk situation").

In a long narrative (a vignette, > ``CC_MAX_CHARS``) a mention only counts when its
clause carries no negation or history cue ("denies", "no", "history of", "years
ago"). Research software, not for clinical use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Protocol

from agents.offline.knowledge.dental_block import dental_block, dental_block_words
from agents.offline.knowledge.semantic import NORMAL_BREATHING
from agents.offline.rules._onset_course import chronic_neuro_symptoms_span
from agents.offline.rules.cauda_equina_words import (
    CAUDA_EQUINA_FLAGS,
    SPINE_OR_SCIATICA,
)
from agents.offline.rules.child_ingestion import (
    CHILD_INGESTION_AGES,
    CHILD_ONE_PILL_INGESTION,
    CHILD_OPIOID_INGESTION,
)
from agents.offline.rules.compartment_words import (
    CRUSHED_LIMB,
    PASSIVE_STRETCH,
    TENSE_COMPARTMENT,
)
from agents.offline.rules.facts import SECOND_HALF_WEEKS, ClinicalFacts
from agents.offline.rules.findings import (
    EXERTIONAL_SYNCOPE_WORDS,
    context_status,
    local_deficit_spans,
    negative_prefix,
    plain_quotes,
)
from agents.offline.rules.immunocompromise import (
    AGRANULOCYTOSIS_DRUGS,
    asplenia,
    immunocompromise,
)
from agents.offline.rules.pain_rating import NOW_CUE, PAIN_SCALE_TOP, WORDED_RATING
from agents.offline.rules.passive_ideation import PASSIVE_IDEATION_WORDS
from agents.offline.rules.stopped import stopped, withdrawn
from agents.offline.rules.uterine_force_words import FORCE_TO_TRUNK
from cases.models import Vitals
from cases.rx import Prefilter, guard_of, guarded, may_match, whole_letters

CC_MAX_CHARS: Final = 80
"""Longer 'chief complaints' are narratives: only unnegated, current clauses count."""


class Searches(Protocol):
    """What a time-critical pattern needs: ``search`` (a compiled regex has it)."""

    def search(self, string: str, /) -> object | None:
        """A match (truthy) where the text states the pattern, else None."""


NON_BLANCHING_RASH: Final = (
    r"non-?blanch\w*|(?:does not|doesn'?t|did not|won'?t) blanch"
    r"|purpur\w*|petechia\w*|purple (?:\w+ )?(?:rash|spots|blotches|dots)"
    r"|(?:does not|doesn'?t|do not|don'?t|did not|won'?t) (?:fade|go away"
    r"|disappear|turn white)(?: \w+){0,3} (?:pressed|pressure|pressing|glass)"
)
"""A non-blanching (petechial or purpuric) rash as written, the glass test included
(NICE NG240 2024: fever with a non-blanching rash is meningococcal disease until
proved otherwise); shared by triage and the order gates."""


@dataclass(frozen=True)
class TimeCritical:
    """One time-critical pattern and the guideline behind it."""

    name: str
    pattern: Searches
    source: str
    requires: re.Pattern[str] | None = None
    """A second pattern that must also appear in the triage text."""
    requires_also: re.Pattern[str] | None = None
    """A third pattern that must also appear (a triad read as all of its parts)."""
    absent_finding: bool = False
    """The pattern names an absence ("no flatus passed"): it is read on the whole
    triage text (its own "no" is the finding, not a negation of it)."""
    requires_history: bool = False
    """``requires`` names a standing condition (a known cancer): it is read in the
    history too ("diagnosed with lung cancer last month"), not only in the current
    clauses, where the patient's own and not negated (ConText status present or
    historical)."""
    female_of_childbearing_age: bool = False
    male: bool = False
    """Counts only when the patient is not recorded as female."""
    female: bool = False
    """Counts only when the patient is not recorded as male (any age, any test)."""
    min_age: int | None = None
    """Counts from this age only (unknown age counts)."""
    max_age: int | None = None
    """Counts up to this age only (unknown age does not count)."""
    not_home_unevaluated: bool = False
    """Forbids a Discharge forecast until an ED evaluation is visible (floors)."""
    points_to: tuple[str, ...] = ()
    """Knowledge-base diagnoses the pattern is about: the triage finding points to
    them, so their imaging and consults are indicated (``triage_points_to``)."""
    gestation_from: int | None = None
    """The pattern also counts when the population (``cases.population``, the one
    reader of pregnancy and gestation: "35+2 weeks", "at 34/40", "G2P1 at 34/40",
    "positive hCG") documents a pregnancy of at least this many weeks (0: any)."""
    household: bool = False
    """The pattern counts in a relative's clause too: a household member's symptoms
    are the patient's exposure, not family history (UKHSA 2022 carbon monoxide)."""
    early_pregnancy_only: bool = False
    """An ectopic pregnancy's pattern: it does not count once the pregnancy is known to
    be intrauterine or past early pregnancy (``ectopic_excluded``; triage38)."""
    spares: Callable[[str, str], str] | None = None
    """Blanks, in one clause (given the whole joined text), the spans this pattern
    must not read: a deficit of both legs is the cord's or the cauda equina's, not a
    stroke's (``not_stroke_spans``)."""


_rx = whole_letters

_COMBUSTION_SOURCE: Final = (
    r"generator|furnace|charcoal|exhaust(?: fumes)?|boiler|flue|chimney"
    r"|(?:gas|space|paraffin|kerosene|oil|propane|calor gas|portable|patio)"
    r" (?:heater|fire|stove|cooker|oven|boiler|appliance)s?"
    r"|(?:wood|coal|log)[- ]?(?:burning )?(?:stove|burner|fire)s?"
    r"|(?:barbecue|bbq) (?:indoors|inside|in the (?:tent|house|room|caravan))"
    r"|(?:engine|car|motor|vehicle) (?:running|idling|left running)"
    r"|heating (?:came|went|was (?:turned|switched|put)|turned|switched|put) on"
)
"""Combustion sources of carbon monoxide in a home (UKHSA 2022 carbon monoxide:
recognising and treating; NHS: boilers, gas fires and cookers, paraffin heaters,
wood or coal stoves, blocked flues and chimneys, generators, barbecues indoors, car
exhaust in an enclosed space; Wolf SJ et al. ACEP clinical policy 2017)."""

_HOUSEHOLD_SAME: Final = (
    r"(?:partner|wife|husband|children|child|kids|son|daughter|baby|family"
    r"|household|everyone|flatmates?|housemates?|parents|mother|father|mum|dad"
    r"|rest of the (?:family|house(?:hold)?))"
    r"(?: \w+){0,4} (?:ha(?:ve|s|d)|got|with|feel\w*|complain\w*)"
    r"(?: of)? (?:the same|similar|a similar|headaches?)"
)
"""Other members of the household with the same symptoms (UKHSA 2022: 'are others
in the home, including pets, unwell with similar symptoms?')."""

_BETTER_AWAY: Final = (
    r"better (?:when|once|after|outside|away|out of|at work|in the fresh air)"
    r"|(?:worse|only) (?:at|in the) (?:home|house|flat)"
    r"|(?:improv\w*|settl\w*|go\w* away) (?:when|once|after) (?:\w+ ){0,2}"
    r"(?:leav\w*|left|go\w* out|outside)"
)
"""Symptoms that ease away from the home and return there: the CO pattern (UKHSA
2022; Wolf SJ et al. ACEP clinical policy 2017)."""

_CO_SOURCE: Final = (
    "ACEP clinical policy: carbon monoxide poisoning 2017 and UKHSA 2022 (headache,"
    " nausea or dizziness with a combustion source, or shared by the household and"
    " better away from home; pulse oximetry reads normal)"
)


FEBRILE_RISK: Final = guarded(
    re.compile(
        r"(?i)(?<![a-z])(?:neutropeni\w*"
        r"|asplen\w*|splenectom\w*|sickle cell|leuka?emi\w*|lymphoma\w*|myeloma"
        # readers54: no spleen in other words (BSH 2011 asplenia; hyposplenism)
        r"|hyposplen\w*|(?:has|with) no spleen|spleen (?:was |had been )?removed"
        r"|(?:anc|neutrophil\w*|neutrophil count|white (?:blood )?(?:cell )?count|wbc)"
        r"(?: count)?(?: (?:of|was|is|=|:))? ?0?\.\d+"
        r"|(?:low|very low) (?:white (?:blood )?(?:cell )?counts?|neutrophil counts?"
        r"|counts)"
        rf"|{AGRANULOCYTOSIS_DRUGS})"
        r"(?![a-z])"
    )
)
"""Febrile-risk groups beside immunocompromise worded at triage (IDSA 2010 / ASCO-IDSA
2018 febrile neutropenia: a haematological malignancy, a neutrophil count below 1.0
(0.x x10^9/L) or a "low count"; functional asplenia, NHLBI 2014 sickle cell disease);
a drug that causes agranulocytosis (carbimazole, methimazole, propylthiouracil,
clozapine: fever or sore throat needs an urgent neutrophil count, ATA 2016, MHRA 2019).
Immunocompromise itself is the one declaration, ``rules.immunocompromise`` (IDSA
2014 / ATS-IDSA 2019)."""


_AGRANULOCYTOSIS_DRUG: Final = re.compile(rf"(?i){AGRANULOCYTOSIS_DRUGS}")


class _Immunocompromise:
    """``Searches`` for immunocompromise or a febrile-risk group in one text.

    A febrile-risk group counts when it is the patient's and stated (ConText: not
    "father has leukaemia", not "no sickle cell disease"), as immunocompromise does.
    """

    def search(self, string: str, /) -> object | None:
        for m in FEBRILE_RISK.finditer(string):
            if _AGRANULOCYTOSIS_DRUG.fullmatch(m.group(0)) and withdrawn(
                _AGRANULOCYTOSIS_DRUG, [string]
            ):
                continue  # stopped weeks ago: the neutrophils have recovered
            if context_status(string, m.start(), m.end()) in _STATED:
                return m
        return immunocompromise(string)


_STATED: Final = frozenset({"present", "historical", "differential"})


class _CurrentAnticoagulant:
    """``Searches`` for an anticoagulant in current use (``rules.stopped``).

    One stopped before the visit ("warfarin stopped after the bleed") is none: NICE
    NG232 1.4.11 concerns current anticoagulation.
    """

    def search(self, string: str, /) -> object | None:
        for m in _ANTICOAGULANT_NAMES.finditer(string):
            if not stopped(string, m.start(), m.end()):
                return m
        return None


_ANTICOAGULANT_NAMES: Final = _rx(
    r"(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|dabigatran|"
    r"pradaxa|edoxaban|blood thinners?|anticoagula\w*)"
)
_CURRENT_ANTICOAGULANT: Final = _CurrentAnticoagulant()


IMMUNOCOMPROMISE: Final = _Immunocompromise()
"""The time-critical "fever with immunocompromise" pattern's reader."""


def immunocompromise_words(facts: ClinicalFacts) -> bool:
    """Whether the triage text's current clauses word an immunocompromised state.

    Immunocompromise as declared in ``rules.immunocompromise`` or a febrile-risk
    group (``FEBRILE_RISK``); an asplenia is a standing condition read on the whole
    triage text (``rules.immunocompromise.asplenia``: "has no spleen", whose "no" the
    clauses blank, and a splenectomy told as history are the patient's asplenia now;
    triage55, BSH 2011).
    """
    return any(IMMUNOCOMPROMISE.search(t) for t in _texts(facts) if t) or asplenia(
        plain_quotes(facts.chief_complaint or "")
    )


_SIDE = r"(?:l|r|lt|rt|left|right|one|uni(?:lateral)?)"
_LIMB = r"(?:arm|leg|hand|foot|face|facial|side|extremit(?:y|ies)|body)"
_DEFICIT = r"(?:weak(?:ness|er)?|numb(?:ness)?|paralys[ie]s|paralyzed|droop\w*|drift)"
_MOTOR = r"(?:weak(?:ness|er)?|paralys[ie]s|paralyzed|droop\w*|drift|clums(?:y|iness))"
"""A motor sign of one limb; a clumsy hand or arm is lost coordination (AHA/ASA 2019:
sudden loss of balance or coordination; ROSIER, Nor AM et al. Lancet Neurol 2005:
arm or leg weakness or clumsiness), as the family words it ("his right hand clumsy")."""
_SENSORY_LOSS = (
    r"(?:numb(?:ness)?(?: and (?:tingl\w*|pins and needles))?"
    r"|(?:loss of|lost|reduced|decreased|altered) (?:sensation|feeling))"
)
"""A sensory loss written before its side ("numbness of the right arm and face",
"numbness and tingling of the left hand", "loss of sensation in the right leg"): the
same BE-FAST numbness as "right arm numbness" (AHA/ASA 2019: sudden numbness of the
face, arm or leg, especially on one side). Tingling alone is not a sensory loss."""
_LINK = (
    r"(?:is|was|went|became|become|felt|feels|got|gone|seemed|seems|looked|looks"
    r"|suddenly|had gone|has gone|has become|had become)"
)
"""Verbs linking a limb to its deficit ("her right arm was weak", "his face looked
droopy"): the same BE-FAST sign in the family's words."""
_PREGNANT = (
    r"(?:pregnan\w*|missed (?:her |my |a |two |\w+ )?(?:last )?(?:periods?|menses)|"
    r"(?:period|menses)(?: \w+){0,2} (?:[5-9]|1[0-6]|five|six|seven|eight|nine|ten"
    r"|eleven|twelve) ?(?:wks?|weeks?) (?:ago|late|overdue)|"
    r"g\d ?p\d|(?:lmp|last (?:menstrual )?period)(?: \w+){0,3} (?:[5-9]|1[0-6]"
    r"|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:wks?|weeks?) ago"
    r"|(?:period|menses) (?:is |was |has been )?(?:(?:a |one |two |three |four"
    r"|\d+ )?(?:days?|wks?|weeks?) )?(?:late|overdue)"
    r"|(?:[5-9]|1[0-6]|five|six|seven|eight|nine|ten) ?(?:wks?|weeks?) since"
    r" (?:her |my |the )?(?:last (?:menstrual )?period|lmp)"
    r"|late (?:period|menses))"
)
"""Possible pregnancy: worded ("pregnant", "? pregnancy", "G2P1"), or amenorrhoea (a
missed or late period, a last menstrual period 5-16 weeks ago: ACEP 2017 early
pregnancy, ectopic pregnancy presents at 5-10 weeks' gestation). A documented
pregnancy (a positive test, a gestational age) is the population's
(``TimeCritical.gestation_from``)."""
POSSIBLY_PREGNANT: Final = _rx(_PREGNANT)
"""``_PREGNANT`` compiled: a pregnancy worded or an amenorrhoea told (peds54: the
picture gates read it before a contrast CT)."""
_SEVERE: Final = r"(?:severe|excruciating|unbearable|intense|worst|agoni[sz]ing)"
_BELLY: Final = (
    r"(?:abdom\w*|belly|stomach|tummy|pelvi\w*|lower quadrant|iliac fossa|groin"
    r"|(?:left|right|one) side|flank|lower back|back)"
)
_PREGNANCY_PAIN: Final = (
    r"(?:abdom\w*|belly|stomach|tummy|pelvi\w*|lower quadrant|iliac fossa|groin"
    r"|adnex\w*)(?: [\w-]+){0,2} (?:pain|cramp\w*|ache|discomfort|tender\w*)"
    r"|(?:pain|cramp\w*|ache|discomfort)(?: [\w-]+){0,3} (?:in|of|low in|low on|on"
    r"|across) (?:the |her |my )?(?:[\w-]+ ){0,2}(?:abdom\w*|belly|stomach|tummy"
    r"|pelvi\w*|side|lower quadrant|groin)|(?<!leg )(?<!calf )(?<!foot )cramp\w*"
    r"|[rl]lq (?:pain|tender\w*)"
)
"""Abdominal or pelvic pain as worded at triage (cramping in pregnancy is the
uterus's unless a leg's)."""
_LATERAL: Final = _rx(
    r"right|left|one side|one-sided|unilateral|lower quadrant|iliac fossa|adnex\w*"
    r"|[rl]lq|shoulder"
)
_MILD_PAIN: Final = _rx(
    r"mild\w*|slight\w*|light|minor|niggl\w*|twinges?|period[- ]like|like (?:a |her"
    r" )?(?:light |usual )?period|(?:[0-4]) ?/ ?10|(?:one|two|three|four) out of ten"
)


def mild_midline_cramps(clause: str, joined: str) -> str:
    """``clause`` blanked when the pregnancy's pain is mild and not one-sided.

    ESI v4 handbook Table 4-1: the ectopic pregnancy of a stable patient is
    pregnancy with *lower quadrant* pain; a known pregnancy's mild midline cramping
    with stable vital signs (a threatened miscarriage) is labs and an ultrasound, ESI
    3 (NICE NG126 2019: pain on one side, shoulder-tip pain, dizziness and fainting
    are the ectopic's; ACOG PB 200 2018). Unqualified pain ("ABDOMINAL PAIN, 6
    WEEKS PREGNANT") stays a possible ectopic.
    """
    return " " * len(clause) if _mild_midline(joined) else clause


def _mild_midline(joined: str) -> bool:
    return bool(_MILD_PAIN.search(joined)) and not _LATERAL.search(joined)


def mild_midline_pain(facts: ClinicalFacts) -> bool:
    """Whether the triage text words only mild, midline pain (``mild_midline_cramps``).

    Read by decision point B for a pregnancy known from the record: the complaint's
    "known pregnancy" high-risk history yields to a stable patient's mild cramping.
    """
    return _mild_midline(" | ".join(triage_clauses(facts)))


_LATE_GESTATION: Final = _rx(
    r"(?:2\d|3\d|4[0-2])(?:\+\d)? ?(?:weeks?|wks?|/40)|third trimester"
)
"""A gestation of 20 weeks or more as worded ("30 weeks", "34+2 weeks", "at 32/40")."""
_NOT: Final = r"(?<!no )(?<!denies )(?<!without )(?<!not )"
_PREGNANCY_DANGER: Final = _rx(
    r"faint\w*|syncop\w*|passed out|blacked out|collaps\w*"
    r"|shoulder[- ]?tip (?:pain|ache)|pain (?:in|at|to) (?:her |the |my )?(?:left"
    r" |right )?shoulder[- ]?tip"
    rf"|{_SEVERE}(?: [\w-]+){{0,3}} {_BELLY}(?: [\w-]+)? (?:pain|cramp\w*)"
    rf"|{_SEVERE}(?: [\w-]+){{0,2}} (?:pain|cramp\w*) (?:in|at|to|across|of|low in)"
    rf" (?:her |the |my |his )?(?:[\w-]+ ){{0,2}}{_BELLY}"
    rf"|{_BELLY}(?: [\w-]+){{0,2}} (?:pain|cramp\w*)[^.;|]{{0,30}}(?:[7-9]|10) ?/ ?10"
    # anywhere in the triage text (its clauses are joined by " | ", negated spans
    # already blanked)
    rf"|(?:dizz\w*|light-?headed).{{0,300}}?{_NOT}(?:pain|cramp\w*|bleed\w*"
    r"|spotting)"
    rf"|{_NOT}(?:pain|cramp\w*|bleed\w*|spotting).{{0,300}}?(?:dizz\w*"
    r"|light-?headed)"
)
"""What makes a pregnancy with pain a high-risk situation (ESI v4 handbook Table 4-1:
ectopic pregnancy = pregnant with *severe* lower quadrant pain; spontaneous abortion =
bleeding *and tachycardia*, read from the vitals by ``bleeding_with_compromise``; NICE
NG126 2019 1.1-1.2: fainting, shoulder-tip pain, dizziness with pain or bleeding are
the symptoms of a possibly ruptured ectopic pregnancy; an abruption's pain is severe
and constant). Mild cramping, light spotting, a dysuria or a toothache in pregnancy is a
stable patient whom decision point C grades (labs and an ultrasound: ESI 3)."""


_BOTH_LEGS_MOTOR: Final = (
    r"(?:both|two|bilateral|either) (?:lower )?(?:legs?|lower limbs?|lower extremit"
    r"(?:y|ies))(?: \w+){0,3} (?:motor )?(?:weak(?:ness)?|paralys[ie]s|paralyzed"
    r"|heav(?:y|iness)|dead|gave way|giving way|give way|buckl\w*)"
    r"|(?:weak(?:ness)?|paralys[ie]s|heav(?:y|iness)) (?:\w+ ){0,2}(?:of |in |on )?"
    r"(?:both|either|the two) (?:\w+ )?(?:legs|lower limbs|lower extremities)"
    r"|(?:legs|lower limbs|lower extremities)(?: \w+){0,3} (?:weak|paralyzed|heavy"
    r"|dead|gave way|giving way|buckl\w*)"
    r"|(?:para|quadri|tetra)(?:paresis|pleg\w*)"
    r"|(?:can'?t|cannot|could not|couldn'?t|unable to) (?:move|lift|use) (?:\w+ )?"
    r"(?:both |either |his |her |my )?legs"
)
"""Weakness of both legs (paraparesis): a lesion of the spinal cord or the cauda
equina, or a neuropathy (Guillain-Barre), not a hemispheric stroke."""
_BOTH_LEGS_RX: Final = _rx(_BOTH_LEGS_MOTOR)
_BOTH_LEGS_DEFICIT: Final = _rx(
    rf"{_BOTH_LEGS_MOTOR}"
    r"|(?:both|two|bilateral|either) (?:lower )?(?:legs?|lower limbs?)(?: \w+){0,3}"
    r" (?:numb\w*|tingl\w*)|numb\w* (?:\w+ ){0,2}(?:of |in |on )?(?:both|either)"
    r" (?:\w+ )?legs|legs(?: \w+){0,3} numb\w*"
)
_PAST_STROKE: Final = _rx(
    r"(?:old|remote|prior|previous|past|known) (?:\w+ )?(?:strokes?|cvas?|infarcts?)"
    r"|post[- ]?stroke|(?:strokes?|cvas?) in (?:19|20)\d\d"
    r"|(?:strokes?|cvas?) (?:\d+|a|an|two|three|four|five|several|many)"
    r" (?:years?|months?) ago"
)
"""A stroke named as past ("bedbound after an old stroke", "post-stroke", "stroke in
2019", "CVA two years ago"): the history the lexicon reads as ``prior_stroke``, not
signs of a stroke now (AHA/ASA 2019: the deficit is new)."""
_PAIN_LIMITED: Final = _rx(
    r"(?:can'?t|cannot|could not|couldn'?t|unable to|not able to|won'?t|will not)"
    r" (?:\w+ ){0,4}?(?:move|lift|raise|use|bend|straighten|bear weight on)"
    r"(?: \w+){0,6}? (?:because (?:of (?:the )?pain|it hurts|the pain"
    r"|(?:(?:his|her|my|the) )?(?:\w+ )?(?:hurts|is (?:so |too )?(?:sore|painful)))"
    r"|due to (?:the )?pain"
    r"|(?:for|from) (?:the )?pain|as it hurts|it hurts too much"
    r"|(?:it'?s|it is) too painful)"
    r"|(?:weak\w*|reduced (?:strength|movement|range))(?: \w+){0,4}?"
    r" (?:limited by|due to|because of|from) (?:the )?pain"
    r"|pain[- ]limited (?:movement|strength|range|weakness)"
)
"""A limb the patient will not move because it hurts ("cannot lift her arm above her
head because of the pain", "weakness limited by pain"): the injury's guarding, not a
neurological deficit (handbook ch.4 asks for a *new neurological* deficit; AHA/ASA
2019 BE-FAST weakness is painless; an injured limb's pain is graded at decision
points B and C, esi32)."""
_INJURED_ARM: Final = _rx(
    r"(?:fell|fall(?:en|ing)?|landed|injur\w*|hurt|hit|dislocat\w*|fractur\w*"
    r"|broke|broken|sprain\w*|strain\w*|twist\w*|pulled|wrench\w*|tackl\w*"
    r"|lifting|bruis\w*|blow|punch\w*|kicked|struck|stabbed|cut|slashed|crush\w*"
    r"|caught|trapped)(?: [\w'-]+){0,5} (?:shoulder|arm|elbow|wrist|forearm|hand"
    r"|collar ?bone|clavicle|humerus|outstretched hand)s?"
    r"|(?:shoulder|arm|elbow|wrist|forearm|hand|collar ?bone|clavicle|humer\w*)s?"
    r"(?: [\w'-]+){0,2} (?:pain|injur\w*|dislocat\w*|fractur\w*|sprain\w*"
    r"|swollen|swelling|deform\w*|sore|hurts?|trauma|lacerat\w*|wound|cut)"
)
"""An injured or painful arm or shoulder named at triage ("fell off his bike onto the
right shoulder", "injured her shoulder at work", "shoulder pain", "dislocated
shoulder", "fell on an outstretched hand")."""
_ONE_ARM_NOT_USED: Final = _rx(
    r"(?:(?:can'?t|cannot|could not|couldn'?t|unable to|not able to) (?:\w+ ){0,2}?"
    r"(?:move|lift|raise|use) (?:(?:his|her|my|the|their) )?"
    rf"|{_SENSORY_LOSS} (?:of |in |on )?(?:the |his |her |my )?)"
    r"(?:(?:left|right|lt|rt|l|r) )?(?:arm|hand|shoulder)"
    r"(?! (?:and|or|&|,) (?:\w+ )?(?:leg|face|side))"
)
"""One arm not lifted or used, or numb: after an injury to that arm or shoulder, the
injury's loss of function or a nerve cut by its wound (rotator cuff tear, dislocation,
fracture, a wrist laceration: ESI v4 handbook ch.5 resources), not a new neurological
deficit (ch.4; AHA/ASA 2019 BE-FAST arm weakness is painless and sudden). A deficit
worded as weakness, a drooping face or speech, or an arm *and* a leg, still reads as a
stroke."""
_CHRONIC_SENSORY: Final = _rx(
    r"(?:numb\w*|tingl\w*|pins and needles|(?:loss of|reduced|decreased)"
    r" (?:sensation|feeling))(?=[^|.;]*?\b(?:for (?:the (?:last|past) )?(?:(?:\d+"
    r"|two|three|four|five|six|several|a few|a couple of|many) )?(?:weeks|months"
    r"|years)|for (?:a |one )(?:week|month|year)|(?:weeks|months|years) ago"
    r"|since last (?:week|month|year)|worse at night|at night))"
)
"""A numbness stated as lasting weeks or more, or nocturnal (carpal tunnel,
neuropathy): not the sudden numbness of a stroke (AHA/ASA 2019), whose window is
hours."""


def chronic_numbness_spans(clause: str, joined: str) -> str:
    """``clause`` with its numbness blanked when the text states it is chronic.

    Numbness of weeks or months (``_CHRONIC_SENSORY``: a diabetic's neuropathy,
    carpal tunnel) is not the acute loss of perfusion of limb ischaemia, whose
    threatened limb is hours old (Bjorck M et al. ESVS 2020: acute is < 2 weeks).
    """
    if not _CHRONIC_SENSORY.search(joined):
        return clause
    return _NUMB_WORD.sub(lambda m: " " * len(m.group(0)), clause)


_NUMB_WORD: Final = _rx(r"numb\w*|tingl\w*|pins and needles")
_MOTOR_WORDS: Final = _rx(
    r"weak\w*|droop\w*|slurr\w*|speech|paralys\w*|can'?t (?:move|lift|grip|walk)"
    r"|cannot (?:move|lift|grip|walk)|clums\w*|falls?|vision|confus\w*"
)


def chronic_sensory_only(facts: ClinicalFacts) -> bool:
    """Numbness or tingling that has lasted weeks or months, with nothing motor.

    The knowledge base's ``chronic_neuro_symptoms`` (no recent change, no sudden
    onset: ``_onset_course``) worded as a sensory symptom of weeks, months or nights
    (``_CHRONIC_SENSORY``: carpal tunnel, a neuropathy), with no weakness, droop,
    speech, gait or visual word. No stroke work-up (a stroke is sudden: Powers WJ et
    al. AHA/ASA 2019); at most a neuropathy's blood screen (England JD et al. AAN,
    Neurology 2009;72:185; NICE CKS carpal tunnel 2023: examination and a splint).
    """
    if not facts.has("chronic_neuro_symptoms"):
        return False
    clauses = triage_clauses(facts)
    joined = " | ".join(clauses)
    return bool(_CHRONIC_SENSORY.search(joined)) and not _MOTOR_WORDS.search(joined)


_SINCE_BIRTH: Final = _rx(
    r"(?:[\w'-]+ ){0,4}(?:since|from) birth|congenital(?: [\w'-]+){0,3}"
)
"""A deficit present since birth ("a right hemiparesis since birth" of cerebral palsy):
the child's baseline, not a new deficit (AHA/ASA 2019: the deficit that counts is new;
ESI v4 handbook ch.4)."""
_BASELINE_CHUNK: Final = _rx(
    r"(?:[\w'-]+ ){0,6}(?:(?:that|which) )?(?:(?:is|are|was|remains?) )?(?:at (?:his"
    r" |her |their )?baseline|(?:his|her|their) baseline|unchanged|as (?:usual|always))"
)
_NOT_BASELINE: Final = _rx(
    r"worse\w*|new|increas\w*|more|than|not|differen\w*|sudden\w*|today|acute\w*"
)


_DEFICIT_STATE: Final = _rx(
    r"weak\w*|droop\w*|aphasi\w*|dysphasi\w*|dysarthri\w*|slurr\w*|hemipar\w*"
    r"|hemipleg\w*|palsy|paralys\w*|paralyz\w*|deficits?|numb\w*|speech|confus\w*"
    r"|non-?verbal|limp\w*|ataxi\w*|blind\w*"
)
"""Deficits and lasting states a baseline statement may qualify; anything else (a pain
"unchanged with nitroglycerin") keeps its words."""


def _blank_if_unchanged(m: re.Match[str]) -> str:
    """A state called baseline or unchanged is blanked; 'worse than baseline' is not.

    AHA/ASA 2019: pre-stroke disability is the baseline; the deficit that counts is new
    (ConText historical: "aphasic at baseline", "weakness unchanged from his old
    stroke").
    """
    chunk = m.group(0)
    if _NOT_BASELINE.search(chunk) or not _DEFICIT_STATE.search(chunk):
        return chunk  # "chest pain unchanged with nitro" is today's pain
    return " " * len(chunk)


_LMN_FACE: Final = _rx(
    r"(?:can'?t|cannot|could not|couldn'?t|unable to|not able to|does not|doesn'?t)"
    r" (?:\w+ ){0,2}(?:wrinkle|raise|lift|furrow|frown|move) (?:\w+ ){0,3}"
    r"(?:forehead|brow|eyebrows?)"
    r"|(?:forehead|brow) (?:is |was )?(?:also )?(?:involved|not spared|weak|flat"
    r"|smooth|droop\w*)|forehead involvement|(?:including|involving|takes in|and)"
    r" (?:the |his |her )?(?:forehead|brow)"
    r"|(?:can'?t|cannot|could not|couldn'?t|unable to) (?:fully )?(?:close|shut)"
    r" (?:his |her |my |the )?(?:left |right )?eye(?:lid)?"
)
"""A facial palsy that takes the forehead (or eye closure) in: the lower motor
neurone, the nerve itself, not a hemispheric stroke, which spares the forehead
(Baugh RF et al. AAO-HNS clinical practice guideline: Bell's palsy 2013; Fahimi J
et al. Ann Emerg Med 2014;63:428)."""
_FACIAL_MOTOR: Final = _rx(
    r"(?:(?:left|right|one) (?:side of (?:the |his |her |my )?)?)?(?:face|facial|mouth"
    r"|lip)(?: \w+){0,2} (?:droop\w*|weak\w*|palsy|paralys[ie]s|paralyzed|sag\w*)"
    r"|facial (?:nerve )?(?:droop|palsy|weakness|paralysis)"
    r"|(?:droop\w*|sag\w*) (?:of )?(?:the |his |her |my )?(?:\w+ ){0,3}(?:(?:the |his"
    r" |her |my )(?=face|mouth|lip))?(?:face|mouth|lip)"
)


_TETANUS_SOURCE: Final = (
    "Yen LM, Thwaites CL. Tetanus. Lancet 2019;393:1657 (trismus first; generalised"
    " reflex spasms threaten the airway: benzodiazepine, airway, ICU); WHO tetanus"
    " position paper 2017; ESI v4 handbook ch.3-4"
)
_TRISMUS: Final = (
    r"trismus|lock ?jaw|(?:jaw|jaws) stiff(?:ness|ening)|stiff(?:ness of the)? jaws?\b"
    r"|jaw (?:is |was |has )?(?:locked|clamped"
    r"|(?:gone |become )?stiff)|locked jaw|(?:cannot|can'?t|unable to|could not"
    r"|couldn'?t) open (?:his |her |my |the )?mouth"
)
"""Trismus in clinical and lay words."""
_PORTAL_OR_UNVACCINATED: Final = (
    r"wounds?|cut|cuts|puncture\w*|nail|thorn|splinter|bite|bitten|graze\w*"
    r"|lacerat\w*|(?:stepped|trod|trodden|stood) on|rusty|barbed wire|garden fork"
    r"|inject\w*|ulcer\w*|tattoo\w*|tetanus|unvaccinated"
    r"|(?:not|never) (?:been )?vaccinated|no (?:\w+ )?vaccin\w*|vaccination record"
)
"""A portal of entry for Clostridium tetani or no immunity (WHO 2017): trismus without
one is a dental, tonsillar or dystonic sign."""
_LOCAL_TRISMUS: Final = _rx(
    r"tooth|teeth|dental|wisdom|molar|gums?|tonsil\w*|quinsy|peritonsillar|throat"
    r"|(?:jaw|mandib\w*) (?:\w+ )?(?:fractur\w*|dislocat\w*|broken)|punched"
    r"|dystoni\w*|haloperidol|metoclopramide|prochlorperazine|antipsychotic\w*"
)
"""Where trismus is local or a drug's: a dental or peritonsillar abscess (SDCEP 2016;
NICE CKS sore throat), a jaw fracture or dislocation, an acute dystonic reaction."""
_TRISMUS_RX: Final = _rx(_TRISMUS)


def local_trismus_spans(clause: str, joined: str) -> str:
    """``clause`` with trismus blanked when the text gives it a local cause (triage40).

    A dental, tonsillar or jaw cause, or a dopamine antagonist's dystonia, explains
    trismus; tetanus is read from it after a wound only without one (Yen LM, Thwaites
    CL. Lancet 2019: trismus from a local cause is the commonest mimic).
    """
    if not _LOCAL_TRISMUS.search(joined):
        return clause
    return _TRISMUS_RX.sub(lambda m: " " * len(m.group(0)), clause)


_SIDELESS_LEG_DEFICIT: Final = _rx(
    r"(?:lower )?(?:legs?|lower limbs?|lower extremit(?:y|ies)) (?:motor )?"
    r"(?:weak(?:ness|er)?|heav(?:y|iness)|numb(?:ness)?|paralys[ie]s)"
    r"|(?:weak(?:ness)?|heaviness|numbness) (?:of |in )(?:the |his |her |my )?"
    r"(?:legs?|lower limbs?)"
)
"""A leg deficit worded without a side: 'leg weakness', 'weakness in the legs'."""
_SIDE_RX: Final = _rx(rf"{_SIDE}|hemi\w*|one-sided")
_WEAK_LEGS: Final = _rx(r"(?:weak|heavy|numb)\w* legs")


def not_one_leg(joined: str) -> bool:
    """Whether a sideless leg deficit is not a stroke's, by the whole text (triage40).

    A stroke is a sudden deficit of one side (Powers WJ et al. AHA/ASA 2019; BE-FAST).
    A bare "leg weakness" complaint keeps the stroke reading (its side and onset are
    unknown: safety first) unless the triage text names no side and says the deficit is
    of both legs (the cord's, cauda equina's or a neuropathy's: its own pattern,
    ``_BOTH_LEGS_MOTOR``, keeps the new one high risk) or has lasted months or weeks
    with no recent change or sudden onset (``chronic_neuro_symptoms_span``: a
    neuropathy, a myopathy, deconditioning; Merino JG et al. Stroke 2013;44:1300).
    """
    if _SIDE_RX.search(joined):
        return False
    return bool(
        _BOTH_LEGS_DEFICIT.search(joined)
        or _WEAK_LEGS.search(joined)
        or chronic_neuro_symptoms_span(joined) is not None
    )


_CORD_CONCERN: Final = _rx(
    r"cancer|malignan\w*|metasta\w*|tumou?rs?|myeloma|lymphoma|carcinoma|chemo\w*"
    r"|fever\w*|febrile|inject\w*|ivdu|epidural|incontinen\w*|retention|saddle"
    r"|perine\w*|bowels?|bladder|(?:can'?t|cannot|unable to|no longer) (?:\w+ )?"
    r"(?:walk|stand)|falls?|fell|falling|back pain|worse\w*|progress\w*|increas\w*"
    r"|now|trauma|injur\w*"
)
"""What keeps a long-standing weakness of both legs an emergency: a cancer (NICE NG234
2023 MSCC), an infection or injecting (epidural abscess), a sphincter or saddle
symptom (GIRFT 2023 cauda equina), back pain, a gait newly lost, a fall, or any
progression."""


def unchanged_for_months_spans(clause: str, joined: str) -> str:
    """``clause`` with a weakness of both legs blanked when long-standing (triage40).

    NICE NG234 (2023) and GIRFT (2023) ask for an emergency MRI for a *new* or
    progressing weakness of both legs; one present for weeks or months with no recent
    change or sudden onset (``chronic_neuro_symptoms_span``) and none of
    ``_CORD_CONCERN`` is assessed by its resources (ESI v4 handbook ch.5), not as a
    high-risk situation.
    """
    if chronic_neuro_symptoms_span(joined) is None or _CORD_CONCERN.search(joined):
        return clause
    return _BOTH_LEGS_RX.sub(lambda m: " " * len(m.group(0)), clause)


_ANAL_TEARING: Final = _rx(
    r"anus|anal|perianal|fissure|(?:in|at|around|from) (?:the |my |his |her |their )?"
    r"(?:back passage|bottom|rectum)|(?:on|when|while|with|during|after) (?:\w+ ){0,2}"
    r"(?:opening (?:my |his |her |their |the )?bowels|passing (?:a |hard )?(?:stools?"
    r"|motions?)|defa?ecat\w*|bowel (?:motions?|movements?|actions?)|(?:a )?poo\w*"
    r"|going to the toilet)"
)
"""The anus and defecation: a tearing pain there is an anal fissure's (NICE CKS anal
fissure 2023: a tearing pain on passing stool), never an aorta's."""


def anal_tearing_spans(clause: str, joined: str) -> str:  # noqa: ARG001
    """``clause`` blanked when its tearing pain is the anus's, on opening the bowels.

    AHA/ACC 2022 reads an abrupt tearing chest, back or abdominal pain as a
    dissection's; "sharp tearing pain on opening bowels" is an anal fissure's
    (NICE CKS 2023), graded by its pain and resources (ESI v4 handbook ch.5).
    """
    return " " * len(clause) if _ANAL_TEARING.search(clause) else clause


_ORBITAL_BLOW: Final = _rx(
    r"(?:punch\w*|hit|struck|kick\w*|elbow\w*|head-?butt\w*|blow|fist|ball|assault"
    r"\w*|bang\w*|thump\w*)[^.;]{0,40}\b(?:eye|orbit\w*|cheek\w*|face|cheekbone)"
    r"|(?:eye|orbit\w*|cheek\w*|face|cheekbone)[^.;]{0,20}\b(?:was |got )?(?:punch\w*"
    r"|hit|struck|kicked|elbowed)"
)
"""A blow to the eye, cheek or face told (trauma48's request)."""
_ORBIT_SIGNS: Final = _rx(
    r"double vision|diplopia|(?:seeing|sees|saw|see) double"
    r"|numb\w*(?: \w+){0,3} (?:cheek|upper lip|lip|side of (?:the )?nose|teeth|gum)"
    r"|(?:cheek|upper lip)(?: \w+){0,2} (?:is |feels |felt )?numb\w*"
)
"""Diplopia and an infraorbital numbness: an orbital floor fracture's signs after a
blow (entrapment on upgaze; Joseph JM, Glavas IP. Clin Ophthalmol 2011;5:95; ACR
Appropriateness Criteria orbits 2022), not a stroke's."""


def orbital_blow_spans(clause: str, joined: str) -> str:
    """``clause`` with an orbit's diplopia and cheek numbness blanked after a blow."""
    if not _ORBITAL_BLOW.search(joined):
        return clause
    return _ORBIT_SIGNS.sub(lambda m: " " * len(m.group(0)), clause)


def not_stroke_spans(clause: str, joined: str) -> str:
    """``clause`` with the deficits a stroke does not explain blanked.

    Weakness of both legs is a spinal cord, cauda equina or peripheral lesion, not
    a stroke (a hemispheric stroke weakens one side: AHA/ASA 2019 BE-FAST); a facial
    palsy that involves the forehead is the facial nerve's (AAO-HNS 2013 Bell's
    palsy), so its facial words are blanked when the text states the forehead (or
    eye closure) is involved; a stroke named as past (``_PAST_STROKE``) is history;
    a limb not moved because it hurts (``_PAIN_LIMITED``) is guarding; a "leg
    weakness" with no side is both legs' or a chronic course's when the text says so
    (``not_one_leg``). Any other deficit - an arm, speech, one side - still reads as a
    stroke.
    """
    out = _PAST_STROKE.sub(" ", _BOTH_LEGS_DEFICIT.sub(" ", clause))
    out = orbital_blow_spans(out, joined)  # peds48: an orbital floor fracture's
    if not_one_leg(joined):
        out = _SIDELESS_LEG_DEFICIT.sub(lambda m: " " * len(m.group(0)), out)
    out = _SINCE_BIRTH.sub(" ", _PAIN_LIMITED.sub(" ", out))
    out = _CHRONIC_SENSORY.sub(lambda m: " " * len(m.group(0)), out)
    if _INJURED_ARM.search(joined):
        out = _ONE_ARM_NOT_USED.sub(" ", out)
    for a, b in local_deficit_spans(out):
        out = out[:a] + " " * (b - a) + out[b:]
    if dental_block(joined):  # a dental block's numb lip and thick speech
        for a, b in dental_block_words(out):
            out = out[:a] + " " * (b - a) + out[b:]
    if _LMN_FACE.search(joined):
        out = _FACIAL_MOTOR.sub(" ", out)
    return out


_TEETHING: Final = _rx(
    r"teeth\w*|teething|cutting (?:a |his |her )?(?:new )?tooth|chew\w* on (?:his |her"
    r" |the )?(?:everything|things|toys|hands|fingers|fists?)"
)
_DROOL: Final = _rx(r"drool\w*")
_AIRWAY_BEYOND_DROOL: Final = _rx(
    r"stridor|(?:can'?t|cannot|unable to|won'?t|trouble|difficulty) (?:\w+ )?swallow\w*"
    r"|throat|tongue|muffled|breath\w*|fever\w*|febrile|choked|swallowed|burn\w*"
    r"|smoke|sting|hives|swell\w*|swollen"
)


def teething_drool_spans(clause: str, joined: str) -> str:
    """``clause`` with a teething infant's drooling blanked (esi29).

    Drooling with chewing and fussiness is what teething does (AAP, Massignan C et
    al. Pediatrics 2016;137:e20153501: salivation, irritability, gum rubbing); it is
    the airway's sign when the child cannot swallow, has stridor, a fever, a swollen
    neck or mouth, or swallowed or breathed something (ESI v4 handbook ch.3-4).
    """
    if _TEETHING.search(joined) and not _AIRWAY_BEYOND_DROOL.search(joined):
        return _DROOL.sub(" ", clause)
    return clause


_ONE_SIDED_DROOL: Final = _rx(
    r"drool\w*(?: \w+){0,2} (?:from|out of|at|on) (?:the )?(?:left|right|one|l|r)"
    r"(?: (?:side|corner))?(?: of)? (?:the |her |his |their )?(?:mouth|lips?)"
    r"|drool\w*(?: \w+){0,2} (?:from|out of|at) (?:the )?corner of (?:the |her |his"
    r" |their )?(?:mouth|lips?)"
)


def drool_not_airway_spans(clause: str, joined: str) -> str:
    """``clause`` with a drooling that is no airway sign blanked.

    A teething infant's drooling (``teething_drool_spans``), and saliva escaping from
    one side or corner of the mouth: the lip seal lost in a facial palsy (Bell's
    palsy, a stroke's facial droop), not the pooled secretions of a patient who
    cannot swallow (ESI v4 handbook ch.3-4 airway compromise; AAO-HNS 2013 Bell's
    palsy). Stridor, a swallow that fails, a swollen tongue or throat keep it.
    """
    clause = teething_drool_spans(clause, joined)
    if _ONE_SIDED_DROOL.search(joined) and not _AIRWAY_BEYOND_DROOL.search(joined):
        return _ONE_SIDED_DROOL.sub(" ", clause)
    return clause


_LOW_VOLTAGE: Final = _rx(
    r"(?<![\d,.])[1-9]\d{0,2} ?v(?:olts?)?\b|household|domestic|mains|low[- ]voltage"
    r"|plug|(?:wall |power |electric\w* )?(?:socket|outlet)|appliance"
    r"|light (?:switch|fitting|bulb|socket)|extension (?:lead|cord)|toaster|kettle"
)
"""A low-voltage source stated (under 1,000 V; ABA 2018): a household supply or
appliance."""
_ELECTRICAL_DANGER: Final = _rx(
    r"lightning|high[- ]voltage|power line|pylon|overhead (?:line|cable)|third rail"
    r"|substation|\d+(?:\.\d+)? ?kv\b|\b\d{1,3}(?:[, ]\d{3})+ ?v(?:olts?)?\b"
    r"|\b\d{4,} ?v(?:olts?)?\b|unconscious\w*|loss of consciousness|\bloc\b"
    r"|knocked (?:out|unconscious)|passed out|black(?:ed)? out|collaps\w*|faint\w*"
    r"|syncop\w*|arrest|cpr\b|burn\w*|entry (?:and|or) exit|exit wound|entry wound"
    r"|chest pain|palpitat\w*|short\w* of breath|breathless\w*|irregular"
    r"|(?:could ?n[o']?t|unable to) let go|held on|thrown|tetan\w*|spasm\w*"
    r"|wet|bath\w*|shower|water|pregnan\w*|confus\w*|seiz\w*|weak\w*|numb\w*"
    r"|paralys\w*|dark urine|cola"
)
"""Why an electrical injury stays high risk whatever the voltage: high voltage or
lightning, loss of consciousness, a burn, a cardiac symptom, tetany ('could not let
go'), a wet contact, pregnancy, or a neurological sign (Arnoldo B et al. EAST/ABA
2006; ABA 2018 Advanced Burn Life Support)."""
_SHOCK_SIGN_DENIED: Final = re.compile(
    r"(?i)\b(?:no|denies|denied|without|nil|not)\b[^.;|]*$"
)
_ELECTRICAL_WORDS: Final = _rx(
    r"electrocut\w*|electrical (?:injury|burn)|live wire|electric(?:al)? shock"
)


def low_voltage_spans(clause: str, joined: str) -> str:
    """``clause`` with an uncomplicated low-voltage shock's words blanked (peds44).

    A shock from a household supply or appliance (under 1,000 V) with no loss of
    consciousness, burn, cardiac or neurological symptom, tetany, wet contact or
    pregnancy needs an ECG and no monitored stay once the ECG is normal (Arnoldo B et
    al. EAST/ABA practice guidelines for electrical injury, J Burn Care Res
    2006;27:439; Bailey B et al. Acad Emerg Med 2007: no late arrhythmia after an
    asymptomatic low-voltage shock): no high-risk situation at ESI decision point B
    (the level follows its resources: the ECG). Any such finding stated and not
    denied keeps the pattern (a 230 V tingle changing a light fitting was ESI 2).
    """
    if not _LOW_VOLTAGE.search(joined):
        return clause
    for m in _ELECTRICAL_DANGER.finditer(joined):
        before = joined[max(0, m.start() - 40) : m.start()]
        if not _SHOCK_SIGN_DENIED.search(before):
            return clause
    return _ELECTRICAL_WORDS.sub(" ", clause)


_OTHER_DEFICITS: Final = (
    "unilateral_weakness",
    "speech_disturbance",
    "ataxia",
    "vision_loss",
    "altered_mental_status",
)
"""Deficits beyond the face that keep a facial palsy on the stroke pathway."""


def facial_nerve_palsy_only(facts: ClinicalFacts) -> bool:
    """Whether the deficit is a facial palsy of the nerve, with nothing else.

    The forehead (or eye closure) is involved and no limb, speech, gait or vision
    deficit is stated: Bell's palsy (AAO-HNS 2013; usually ESI 3-4 when there is no
    other deficit), not a stroke's facial weakness, which spares the forehead.
    """
    texts = _texts(facts)
    if not _LMN_FACE.search(" | ".join(texts)):
        return False
    if any(facts.has(c) for c in _OTHER_DEFICITS):
        return False
    return not any(r.startswith("signs of stroke") for r in time_critical(facts))


_POSTPARTUM: Final = _rx(
    r"(?:post-?partum|after (?:giving birth|delivery)|recently delivered"
    r"|after (?:a |an |her )?(?:c-?section|c section|cesarean|caesarean"
    r"|vaginal delivery)(?: section)?"
    r"|(?:delivered|gave birth)(?: to)?(?: (?:a|her|twins|the))?(?: baby)?"
    r"(?: \w+){0,2} (?:days?|weeks?) ago"
    r"|(?:pod|post-?op(?:erative)? day) ?\d{1,2} (?:from|after|s/p|post)"
    r" (?:an? |her )?(?:c-?section|c section|cesarean|caesarean)"
    r"|(?:c-?section|c section|cesarean|caesarean|svd|nsvd|vaginal delivery)"
    r"(?: section)?(?: \w+){0,2} (?:\d{1,2}|one|two|three|four|five|six|a few)"
    r" (?:days?|weeks?) ago)"
)
"""The puerperium worded at triage (up to 6 weeks after a birth: ACOG PB 222)."""


_TREATMENT_COURSE: Final = _rx(
    r"(?:(?:a|one|two|three|four|five|six|seven|\d{1,2}|several|few|couple of)"
    r" (?:days?|weeks?)(?:'s?)?|course) (?:course )?of (?:oral |iv )?(?:\w+ )?"
    r"(?:penicillin|amoxicillin|co-?amoxiclav|augmentin|antibiotics?|sulfa\w*)"
)
"""An antibiotic taken as a course for days ("not better after a week of
amoxicillin"): a treatment that failed, not an allergen met minutes to hours before
(WAO 2020: anaphylaxis follows the exposure within minutes to a few hours)."""


def treatment_course_spans(clause: str, joined: str) -> str:  # noqa: ARG001
    """``clause`` with an antibiotic course's span blanked (triage53).

    A rash, hives, swelling or wheeze still reads the reaction by its own words.
    """
    return _TREATMENT_COURSE.sub(lambda m: " " * len(m.group(0)), clause)


_KNOWN_EPILEPSY: Final = _rx(
    r"(?:known|history of|diagnosed|background of) (?:\w+ ){0,2}epilep\w*"
    r"|epileptic|on (?:\w+ ){0,2}(?:levetiracetam|keppra|sodium valproate|valproate"
    r"|lamotrigine|carbamazepine|phenytoin)|(?:his|her|their) usual (?:seizures?|fits?)"
    r"|usual (?:seizures?|fits?)|typical (?:seizures?|fits?)"
)
"""A known epilepsy: a headache after one of the patient's usual seizures is a
post-ictal one (NICE NG217 2022), judged by the seizure's own criteria."""


def known_epilepsy_spans(clause: str, joined: str) -> str:
    """``clause`` blanked when the seizure is a known epilepsy's (triage53)."""
    return " " * len(clause) if _KNOWN_EPILEPSY.search(joined) else clause


PATTERNS: Final[tuple[TimeCritical, ...]] = (
    TimeCritical(
        "signs of stroke (focal deficit)",
        _rx(
            rf"(?:{_SIDE}[- ]?(?:sided? |side )?(?:{_LIMB} )?(?:motor )?{_DEFICIT}"
            rf"|{_SIDE}[- ]?(?:sided? )?{_LIMB}(?:,? (?:and |or )?{_LIMB})+ {_DEFICIT}"
            rf"|{_MOTOR},? (?:of |in |on )?(?:the |his |her |my )?"
            rf"(?:{_SIDE}[- ]?(?:sided? )?)?{_LIMB}"
            rf"|{_LIMB} (?:and \w+ )?{_MOTOR}|fac(?:e|ial) numb\w*"
            rf"|(?:{_SIDE}[- ]?(?:sided? )?)?{_LIMB}(?: \w+)? {_LINK} (?:\w+ ){{0,2}}"
            rf"{_MOTOR}"
            rf"|{_SIDE}[- ]?(?:sided? )?{_LIMB}(?: \w+)? {_LINK} (?:\w+ )?numb\w*"
            rf"|{_SENSORY_LOSS} (?:of |in |on |down |over |affecting )?(?:the |his |her"
            rf" |my )?{_SIDE}[- ]?(?:sided? )?(?:side of (?:the |his |her |my )?)?"
            rf"(?:{_LIMB}|mouth)"
            r"|(?:could not|couldn'?t|can'?t|cannot|unable to|trouble|difficulty)"
            r" (?:\w+ )?(?:find(?:ing)?|get(?:ting)?|form(?:ing)?) (?:out )?"
            r"(?:the |his |her |my |any )?(?:right )?words|word[- ]finding"
            r"|(?:words|speech) (?:\w+ ){0,3}(?:jumbled|garbled|muddled|mixed up"
            r"|(?:came|coming|comes|come) out (?:all )?"
            r"(?:wrong|jumbled|muddled|garbled))"
            # triage55: the family's words for a dysphasia ("his words were muddled",
            # "jumbled speech"): ROSIER speech disturbance (Nor 2005), AHA/ASA 2019
            r"|(?:jumbled|garbled|muddled|mixed[- ]up) (?:up )?(?:words|speech)"
            rf"|{_SIDE} (?:arm|hand|leg) (?:would not|wouldn'?t|will not|won'?t"
            r"|could not|couldn'?t|can'?t|cannot) (?:hold|grip|grasp|lift|move)"
            r"|(?:hemi|mono)(?:paresis|plegia)|facial palsy"
            r"|facial droop"
            r"|(?:mouth|face) (?:is |has |had )?(?:droop\w*|dropped|sagg(?:ed|ing))"
            r"|slurred speech|slurring|dysarthria|aphasi[ac]"
            r"|speech (?:is |was |became |has been )?(?:slurred|garbled)"
            r"|can'?t (?:talk|speak|get (?:the )?words out)|trouble speaking"
            r"|(?:can'?t|cannot|could not|couldn'?t|unable to) (?:move|lift|feel|use) "
            r"(?:his |her |my |the )?"
            rf"(?:{_SIDE} )?(?:arm|leg|hand|side)|(?<!heat )stroke|cva(?! ?tender)"
            r"|tia|code stroke)"
        ),
        "AHA/ASA 2019 acute ischaemic stroke (BE-FAST; thrombolysis/thrombectomy"
        " window); ESI v4 handbook ch.4",
        not_home_unevaluated=True,
        points_to=("ischemic_stroke", "intracranial_hemorrhage", "tia"),
        spares=not_stroke_spans,
    ),
    TimeCritical(
        "signs of stroke (sudden neurological symptom)",
        _rx(
            r"(?:sudden(?:ly)?|acute|abrupt)(?: onset(?: of)?)? (?:\w+ )?"
            r"(?:weakness|numbness|confusion|vision loss|loss of vision|blindness"
            r"|trouble (?:speaking|walking)|double vision|imbalance|stagger\w*"
            r"|veering|loss of balance"
            r"|blurr(?:ed|y) vision|visual disturbance)"
            r"|(?:sudden(?:ly)?|abrupt(?:ly)?)(?: \w+){0,3} (?:lost|loss of|losing)"
            r" (?:the |his |her |my )?(?:vision|sight)"
            r"|(?:lost|loss of|losing) (?:the |his |her |my )?(?:vision|sight)"
            r"(?: \w+){0,5} (?:suddenly|abruptly|all at once)"
        ),
        "AHA/ASA 2019 (sudden weakness, numbness, confusion, vision or gait loss);"
        " BE-FAST eyes: sudden blurred, double or lost vision",
        not_home_unevaluated=True,
        points_to=("ischemic_stroke", "intracranial_hemorrhage"),
        spares=not_stroke_spans,
    ),
    TimeCritical(
        "posterior circulation signs (diplopia/ataxia)",
        _rx(
            r"(?:double vision|diplopia|(?:seeing|sees|saw|see) double|ataxi\w*"
            r"|can'?t walk straight)"
        ),
        "ACEP GRACE-3 2023 acute dizziness; AHA/ASA 2019",
        not_home_unevaluated=True,
        points_to=("posterior_stroke",),
        spares=orbital_blow_spans,
    ),
    TimeCritical(
        "neck manipulation or strain with a neurological symptom (possible cervical"
        " artery dissection)",
        _rx(
            r"chiropract\w*|osteopath\w* (?:\w+ )?(?:manipulat\w*|adjust\w*)"
            r"|(?:neck|cervical|spinal) (?:manipulat\w*|adjust\w*|crack\w*)"
            r"|(?:manipulat\w*|adjust\w*|crack\w*) (?:of )?(?:the |his |her |my )?neck"
            r"|neck (?:\w+ )?(?:strain\w*|twist\w*|jerk\w*|hyperextend\w*)"
            r"|neck (?:was |were |being |got |had been )?(?:manipulat\w*|adjust\w*"
            r"|crack\w*)"
        ),
        "Biller J et al. AHA/ASA scientific statement, cervical arterial dissections"
        " and cervical manipulative therapy (Stroke 2014;45:3155): neck pain after"
        " manipulation or minor neck strain with dizziness, vertigo, unsteadiness,"
        " Horner's, visual or speech symptoms is a dissection until CT/MR angiography;"
        " ESI v4 handbook ch.4 (high risk)",
        requires=_rx(r"neck|cervical|occipit\w*|head\w*"),
        requires_also=_rx(
            r"dizz\w*|vertig\w*|unsteady|off balance|ataxi\w*|horner\w*|ptosis"
            r"|double vision|diplopia|blurr\w* vision|visual|slurr\w*|dysarthri\w*"
            r"|numb\w*|weak\w*|tinnitus|faint\w*|collaps\w*"
        ),
        not_home_unevaluated=True,
        points_to=("cervical_artery_dissection",),
    ),
    TimeCritical(
        "sudden severe headache (possible subarachnoid haemorrhage)",
        _rx(
            r"(?:thunderclap|worst headache|"
            r"(?:sudden(?:ly)?|abrupt|explosive)(?: onset(?: of)?)?"
            r"(?: \w+){0,2} headache|"
            r"headache (?:that )?(?:came on|started|began) (?:suddenly|abruptly)|"
            r"headache,? (?:maximal|peak\w*|worst) (?:at|within \w+ (?:of )?) ?onset)"
        ),
        "ACEP clinical policy: acute headache 2019 (Godwin; sudden-onset severe"
        " headache, Ottawa SAH rule population); ESI v4 handbook ch.4",
        not_home_unevaluated=True,
        points_to=("subarachnoid_hemorrhage",),
    ),
    TimeCritical(
        "airway compromise",
        _rx(
            r"(?:stridor|drool\w*|can'?t swallow|unable to swallow|"
            r"throat (?:is |feels? |felt )?(?:tight\w*|closing|swell\w*)"
            r"|tongue swell\w*|"
            # triage54 (cardio54's request): the tongue swelling after another part
            # ("tongue and lips swelling up"), a swollen tongue, and the voice changed
            # by a swelling upper airway (thick, muffled: Ishoo stages III-IV)
            r"tongue (?:and (?:the )?(?:lips?|face|mouth) )?(?:is |are |has been"
            r" |have been |getting |became |started )?(?:swell\w*|swollen)"
            r"|swollen tongue|swelling of (?:the |his |her |their )?tongue"
            r"|(?:thick|muffled|hot[- ]potato) voice|voice (?:is |sounds? |has become"
            r" |became |now )?(?:thick\w*|muffled|hot[- ]potato)|"
            r"hoarse\w*|singed|soot)"
        ),
        "ESI v4 handbook ch.3-4 (airway compromise); ATLS 10th ed. (inhalation injury);"
        " Ishoo E et al. Otolaryngol Head Neck Surg 1999;121:263 (angioedema of the"
        " tongue and larynx, stages III-IV: ICU, airway readiness); Bernstein JA et al."
        " Int J Emerg Med 2017;10:15",
        # hoarseness needs its context (burn, smoke, allergy, swelling, stridor):
        # a hoarse voice with a barky cough and no stridor at rest is mild croup,
        # Westley <= 2, treated with oral dexamethasone and sent home (CPS 2017)
        # ... nor with a sore throat alone, nor a stated absence of stridor: hoarseness
        # with a sore throat is laryngitis (AAO-HNS 2018 hoarseness guideline:
        # laryngoscopy only after 4 weeks or with red flags such as stridor)
        requires=_rx(
            r"(?:(?<!no )stridor|drool\w*|swallow|(?<!sore )throat|tongue|burn\w*|fire"
            r"|smoke|allerg\w*|sting|hives|swell\w*)"
        ),
        not_home_unevaluated=True,
        spares=drool_not_airway_spans,
    ),
    TimeCritical(
        "venomous snakebite with local or systemic envenomation",
        _rx(
            r"(?:snake|rattlesnake|rattler|adder|viper|cobra|copperhead|cottonmouth"
            r"|water moccasin|mamba|krait|taipan|pit viper)s?(?: ?bites?| bit\w*)"
            r"|bitten (?:\w+ ){0,4}by (?:a |an )?(?:\w+ )?(?:snake|rattlesnake|rattler"
            r"|adder|viper|cobra|copperhead|cottonmouth|water moccasin|mamba|krait"
            r"|taipan)"
        ),
        "WHO 2016 guidelines for the management of snakebites; Lavonas EJ et al. BMC"
        " Emerg Med 2011 (pit viper envenomation: progressive swelling or systemic"
        " signs need antivenom now); ESI v4 handbook ch.4 (high risk)",
        requires=_rx(
            r"swell\w*|swollen|tingl\w*|numb\w*|bleed\w*|bruis\w*|blister\w*"
            r"|vomit\w*|faint\w*|dizz\w*|droop\w*|(?:double|blurred) vision"
            r"|weak\w*|metallic taste|(?:rattlesnake|rattler|adder|viper|cobra"
            r"|copperhead|cottonmouth|moccasin|mamba|krait|taipan)"
        ),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "possible anaphylaxis",
        _rx(
            r"anaphyla\w*|hives|urticaria|welts|allergic reaction|(?<![a-z] )allerg\w*"
            r"|stung|(?<![a-z])(?:bee |wasp |hornet |insect |jellyfish )?stings?"
            r"|(?:ate|eaten"
            r"|eating|bit into|tasted|took|taken|taking|given|after|exposed to"
            r"|contact with)(?: \w+){0,4} (?:peanuts?|nuts?|shellfish|shrimp|crab"
            r"|lobster|eggs?|cookies?|candy|cake|sesame|penicillin|amoxicillin|sulfa"
            r"|antibiotics?|new (?:medicine|medication|drug|pills?))"
        ),
        "WAO/AAAAI anaphylaxis 2020 (two organ systems after an allergen)",
        spares=treatment_course_spans,
        # a second organ system: breathing stated normal ("breathing fine") is none
        # (WAO 2020: respiratory compromise is dyspnoea, wheeze, stridor, hypoxaemia)
        requires=_rx(
            r"(?:anaphyla\w*|throat|breath\w*\b(?! (?:is |was )?(?:fine|normal|ok|okay"
            r"|comfortabl\w*|easy|unlaboured|unlabored|unaffected))|wheez\w*|tongue"
            r"|lips?|faint\w*|vomit\w*|dizz\w*|lightheaded|short of breath|sob)"
        ),
        points_to=("anaphylaxis",),
    ),
    TimeCritical(
        "upper GI bleeding",
        _rx(
            r"(?:vomit\w* (?:up )?blood|hematemesis|haematemesis|coffee[- ]ground"
            r"|black(?:,? (?:and )?(?:tarry|sticky|tar-like|foul[- ]smelling|loose"
            r"|runny|maroon))* (?:bowel movements?|stools?|poops?)"
            r"|(?:stools?|bowel movements?)(?: \w+){0,2} (?:black|tarry|like tar)"
            r"|tarry stools?|melena|melaena)"
        ),
        "ACG 2021 upper GI bleeding; ESI v4 handbook ch.4",
        points_to=("upper_gi_bleed",),
    ),
    TimeCritical(
        "lower GI bleeding in an older adult",
        _rx(
            r"(?:hematochezia|haematochezia|rectal bleed\w*|anal bleed\w*|brbpr|"
            r"blood(?:y)? (?:in )?(?:the )?stools?|bloody diarrh\w*)"
        ),
        "ACG 2023 acute lower GI bleeding (age > 60 predicts severe bleeding)",
        min_age=65,
        points_to=("lower_gi_bleed",),
    ),
    TimeCritical(
        "pregnancy with severe abdominal pain, fainting or shoulder-tip pain"
        " (ectopic, abruption)",
        _rx(_PREGNANT),
        "ESI v4 handbook Table 4-1 (ectopic pregnancy: pregnant with severe lower"
        " quadrant pain); NICE NG126 2019 ectopic pregnancy (fainting, shoulder-tip"
        " pain, dizziness with pain or bleeding); ACOG PB 200 (2018); stable bleeding"
        " or mild cramping is judged by resources",
        requires=_PREGNANCY_DANGER,
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        points_to=("ectopic_pregnancy", "placental_abruption"),
        gestation_from=0,
    ),
    TimeCritical(
        "pregnancy with one-sided or unqualified abdominal pain (possible ectopic)",
        _rx(_PREGNANCY_PAIN),
        "ESI v4 handbook Table 4-1 (ectopic pregnancy: pregnant with lower quadrant"
        " pain); NICE NG126 2019 (abdominal or pelvic pain with amenorrhoea); ACOG PB"
        " 193 (2018); a known pregnancy's mild midline cramping (threatened"
        " miscarriage, stable) is judged by resources",
        requires=_rx(_PREGNANT),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        points_to=("ectopic_pregnancy",),
        spares=mild_midline_cramps,
        early_pregnancy_only=True,
    ),
    TimeCritical(
        "trauma in pregnancy from 20 weeks (abruption)",
        _rx(FORCE_TO_TRUNK),
        "ACOG Committee Opinion 775 (2019) and ATLS 10th ed.: after any injury whose"
        " force can reach the uterus from 20 weeks, at least 4-6 h of fetal monitoring"
        " for abruption; ESI v4 handbook ch.4 (high risk)",
        requires=_LATE_GESTATION,
        requires_also=_rx(_PREGNANT),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        points_to=("placental_abruption",),
    ),
    TimeCritical(
        "neck pain after an injury at age >= 65 (possible cervical spine fracture)",
        _rx(
            r"neck (?:pain|ache|tender\w*|hurts|is (?:sore|tender|painful))|sore neck"
            r"|tender\w* (?:over|of|at|in) (?:the )?(?:top of |back of |upper )?"
            r"(?:the |her |his |my )?(?:neck|cervical spine|c-?spine)"
            r"|(?:cervical|c-?spine|midline neck) (?:\w+ )?(?:pain|tender\w*)"
            r"|c[1-7] (?:\w+ )?tender\w*|odontoid|dens"
        ),
        "Canadian C-spine rule (Stiell IG et al. JAMA 2001;286:1841: age >= 65 is a"
        " high-risk factor, imaging whatever the mechanism); NICE NG232 (2023) head"
        " injury: CT cervical spine at 65 or over with neck pain; odontoid fracture"
        " after a ground-level fall in older adults; ESI v4 handbook ch.4 high risk",
        requires=_rx(
            r"(?<!no )(?<!denies )(?<!without )(?<!not )(?:fall|fell|falls|tripped"
            r"|slipped|collision|crash|mvc|rear-ended|hit (?:her|his|their) head"
            r"|struck|injur\w*|trauma|accident)"
        ),
        min_age=65,
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "back pain with a cauda equina red flag",
        _rx(
            rf"(?:{CAUDA_EQUINA_FLAGS}"
            r"|bilateral (?:sciatica|leg (?:pain|weakness|numbness)|radicular\w*)"
            r"|sciatica (?:in|down) both legs|(?:pain|numbness|weakness|tingling)"
            r" (?:down|in|of) both legs|both legs (?:are |feel |have gone |went )?"
            r"(?:weak|numb|heavy|dead))"
        ),
        "GIRFT 2023 national suspected cauda equina syndrome pathway and NICE NG59"
        " (2016): back pain with saddle anaesthesia, new bladder or bowel dysfunction,"
        " or bilateral leg symptoms needs an emergency MRI (Greenhalgh S et al."
        " Musculoskelet Sci Pract 2018 red flags framework); ESI v4 handbook ch.4",
        requires=_rx(rf"(?:{SPINE_OR_SCIATICA})"),
        not_home_unevaluated=True,
        points_to=("cauda_equina",),
    ),
    TimeCritical(
        "ascending or rapidly progressive weakness of both legs (possible"
        " Guillain-Barre syndrome)",
        _rx(
            r"(?:ascending (?:weakness|paralysis|numbness|paraesthesia\w*"
            r"|paresthesia\w*)"
            r"|weakness (?:\w+ ){0,2}(?:spreading|ascending|moving|creeping) up"
            r"|(?:progressive|worsening|rapidly progressive) weakness (?:of|in) "
            r"(?:both|all four|the) (?:legs|limbs|arms and legs|legs and arms))"
        ),
        "van Doorn PA et al. EAN/PNS Guillain-Barre syndrome guideline 2023 (a"
        " rapidly progressive bilateral weakness may reach respiratory failure within"
        " hours: about 20-30 % are ventilated); ESI v4 handbook ch.4",
        not_home_unevaluated=True,
        points_to=("guillain_barre",),
    ),
    TimeCritical(
        "myasthenia gravis with swallowing or breathing difficulty (possible"
        " myasthenic crisis)",
        _rx(
            r"(?:(?:trouble|difficulty|problems?) (?:swallowing|breathing|talking)"
            r"|dysphagi\w*|choking|chokes|cannot swallow|can'?t swallow|nasal (?:speech"
            r"|voice)|slurred speech|breathless\w*|short(?:ness)? of breath|"
            r"dyspno?ea\w*|(?:weak|poor) cough|cannot count|can'?t count)"
        ),
        "Sanders DB et al. international consensus guidance for myasthenia gravis"
        " 2016/2020 (bulbar or respiratory weakness heralds crisis: about 15-20 % of"
        " patients, intubation by vital capacity, not by oxygen saturation); ESI v4"
        " handbook ch.4 high-risk situation",
        requires=_rx(r"myasthen\w*"),
        not_home_unevaluated=True,
        points_to=("myasthenic_crisis",),
    ),
    TimeCritical(
        "neck swelling after neck surgery (possible expanding haematoma)",
        _rx(
            r"(?:neck|throat|incision|wound)(?: \w+){0,3} (?:is |are |has been |getting"
            r" |became |feels? )?(?:swell\w*|swollen|tight\w*|bulg\w*)"
            r"|swell\w* (?:\w+ ){0,4}(?:neck|incision|wound)|ha?ematoma"
            r"|(?:tight\w*|pressure) in (?:her |his |the )?(?:neck|throat)"
            r"|(?:trouble|difficulty) (?:breathing|swallowing)|stridor"
        ),
        "Iliff HA et al. DAS/BAETS/RCS guidelines: management of haematoma after"
        " thyroid surgery. Anaesthesia 2022;77:82 (an expanding neck haematoma"
        " compresses the airway: SCOOP at the bedside, airway team now); ESI v4"
        " handbook ch.4 high-risk situation",
        requires=_rx(
            r"(?:thyroid|parathyroid|neck|carotid|anterior cervical(?: spine)?)"
            r"(?: \w+)? (?:surgery|operation)|(?:hemi)?(?:thyroid|parathyroid)ectomy"
            r"|carotid endarterectomy|acdf|anterior cervical discectomy"
        ),
        requires_also=_rx(
            r"yesterday|today|this morning|last night|(?:\d+|one|two|three|four|five"
            r"|six|a few|several) (?:hours?|days?) (?:ago|after|since|post|following)"
            r"|(?:post-?op\w*|pod) (?:day )?\d+|day (?:\d+|one|two|three) (?:after"
            r"|post|following)|post-?op\w*|discharged"
        ),
        not_home_unevaluated=True,
    ),
    # triage36: oncological and metabolic emergencies worded at triage
    TimeCritical(
        "face or neck swelling with cancer (possible superior vena cava obstruction)",
        _rx(
            r"(?:face|facial|neck)(?: \w+){0,3} (?:is |are |has been |have been"
            r" |getting |became |look\w* |feels? )?(?:swell\w*|swollen|puffy|puffed)"
            r"|(?:swell\w*|swollen|puffy) (?:\w+ ){0,3}(?:face|neck)"
        ),
        "Wilson LD et al. NEJM 2007;356:1862 (superior vena cava syndrome: airway and"
        " cerebral oedema); UKONS 24-hour triage tool 2016 (red); ESI v4 handbook ch.4"
        " high-risk situation",
        requires=_rx(
            r"cancer|carcinoma|lymphoma|malignan\w*|tumou?r|mass in (?:the |his |her )?"
            r"(?:chest|lung|mediastinum)|metasta\w*|oncolog\w*|chemo\w*"
        ),
        requires_history=True,
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "little or no urine, cramps or palpitations days after starting chemotherapy"
        " (possible tumour lysis syndrome)",
        _rx(
            r"(?:little|less|no|not much|reduced|decreased|low|hardly any|scant\w*)"
            r" (?:\w+ )?(?:urine|wee|pee|urinating|passing urine)|(?:not|hardly|barely)"
            r" (?:passing|making|producing) (?:\w+ )?urine|oligur\w*|anur\w*"
            r"|(?:muscle )?cramps|twitch\w*|palpitations"
        ),
        "Cairo MS, Bishop M. Br J Haematol 2004;127:3; Jones GL et al. BCSH tumour"
        " lysis syndrome 2015 (laboratory TLS within 3 days before to 7 days after"
        " starting therapy); ESI v4 handbook ch.4 high-risk situation",
        requires=_rx(
            r"(?:first|started|start\w*|began|new|cycle (?:1|one) of|initial)"
            r" (?:\w+ ){0,2}(?:chemo\w*|cycle|treatment|induction)"
            r"|(?:chemo\w*|induction) (?:\w+ ){0,2}(?:started|began)"
        ),
        requires_also=_rx(
            r"(?:\d|one|two|three|four|five|six|seven|a few|several) days? ago"
            r"|yesterday|this week|last week|days? (?:\d|one|two|three|four|five|six"
            r"|seven)\b"
        ),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "headache with features of raised intracranial pressure (worse lying down or"
        " on waking, with visual disturbance)",
        _rx(
            r"(?:blurr\w*|double|dimm\w*|greying|graying|loss of|transient) (?:\w+ )?"
            r"vision|visual (?:obscuration|disturbance|loss|blurring)\w*|diplopia"
            r"|seeing double"
        ),
        "NICE CG150 (2012, updated 2021) headache red flags (a headache that changes"
        " with posture, with visual disturbance: raised intracranial pressure);"
        " Saposnik G et al. AHA/ASA 2011 cerebral venous thrombosis; ESI v4 handbook"
        " ch.4 high-risk situation",
        requires=_rx(r"headache|head ache|head pain|migraine"),
        requires_also=_rx(
            r"worse (?:when |on |while )?(?:lying|lies|lie|bending|coughing|straining"
            r"|waking|in the morning)|wakes? (?:\w+ ){0,2}(?:with|from) (?:the |a )?"
            r"headache|(?:on|upon) waking|worse (?:first thing|in the mornings?)"
        ),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "jaundice in the first 24 hours of life",
        _rx(r"jaundic\w*|yellow\w*"),
        "NICE CG98 (2010, updated 2023) neonatal jaundice 1.2.5: visible jaundice in"
        " the first 24 hours needs a serum bilirubin within 2 hours (haemolysis);"
        " ESI v4 handbook ch.4 high-risk situation",
        requires=_rx(
            r"(?:\d{1,2}|one|two|three|six|twelve|eighteen|twenty)[- ]hours?[- ]old"
            r"|born (?:today|this morning|last night|overnight|(?:\d{1,2}|a few"
            r"|several) hours ago)|(?:first|1st) day of life|less than (?:24|one day)"
        ),
        max_age=0,
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "vomiting or collapse on long-term steroids or with adrenal insufficiency"
        " (possible adrenal crisis)",
        _rx(
            r"vomit\w*|diarrho?ea\w*|collaps\w*|faint\w*|dizz\w*|light-?headed"
            r"|low (?:bp|blood pressure)|hypotensi\w*"
        ),
        "Simpson H et al. Society for Endocrinology emergency guidance: adrenal crisis."
        " Clin Med 2020;20:371 (a steroid-dependent patient who is vomiting or"
        " hypotensive needs parenteral hydrocortisone now); Rushworth RL et al. NEJM"
        " 2019; ESI v4 handbook ch.4 high-risk situation",
        requires=_rx(
            r"addison\w*|adrenal insufficien\w*|hypoadrenal\w*|hypopituitar\w*"
            r"|congenital adrenal hyperplasia|steroid[- ]dependen\w*"
            r"|(?:long[- ]term|chronic|maintenance|regular|daily) (?:oral )?"
            r"(?:steroids?|glucocorticoids?|prednisolone|prednisone|hydrocortisone)"
        ),
        requires_also=_rx(
            r"vomit\w*|diarrho?ea\w*|collaps\w*|low (?:bp|blood pressure)"
            r"|hypotensi\w*|(?:cannot|can'?t|unable to) keep (?:\w+ ){0,3}down"
        ),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "new weakness of both legs (possible spinal cord or cauda equina compression)",
        _rx(_BOTH_LEGS_MOTOR),
        "NICE NG234 (2023) metastatic spinal cord compression and GIRFT 2023"
        " suspected cauda equina pathway: new weakness of both legs needs an"
        " emergency MRI of the whole spine; van Doorn PA et al. EAN/PNS 2023"
        " Guillain-Barre syndrome; ESI v4 handbook ch.4 high-risk situation",
        not_home_unevaluated=True,
        spares=unchanged_for_months_spans,
        points_to=(
            "malignant_spinal_cord_compression",
            "cauda_equina",
            "spinal_epidural_abscess",
            "guillain_barre",
        ),
    ),
    TimeCritical(
        "vertigo with inability to walk or stand (possible posterior stroke)",
        _rx(
            r"(?:cannot|can'?t|unable to|could not|couldn'?t|not able to)"
            r" (?:walk|stand|sit up)"
        ),
        "ACEP GRACE-3 2023 acute dizziness (Edlow JA et al.: severe gait or truncal"
        " ataxia, unable to walk or stand, in acute vestibular syndrome is a central"
        " sign)",
        requires=_rx(r"(?:vertig\w*|dizz\w*|(?:room|world) (?:is )?spinning|spins)"),
        not_home_unevaluated=True,
        points_to=("posterior_stroke",),
    ),
    TimeCritical(
        "button battery or magnet ingestion",
        _rx(r"(?:button |disc |disk |coin )?batter(?:y|ies)|magnets?"),
        "NASPGHAN 2015 / ESGE 2016 ingested foreign bodies: an oesophageal button"
        " battery is removed within 2 hours, multiple magnets perforate bowel",
        requires=_rx(r"(?:swallow\w*|ingest\w*|ate|eaten|put in (?:his|her) mouth)"),
    ),
    TimeCritical(
        "high-risk trauma mechanism",
        _rx(
            r"(?:eject(?:ed|ion)(?! fraction)|rollover|roll-over|pedestrian\w*|"
            r"ped struck|"
            r"(?:hit|struck) by (?:a )?(?:car|vehicle|truck|bus|train)|"
            r"(?:fall|fell) (?:from|off) (?:a |the |his |her )?"
            r"(?:(?:\d(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth)[- ]"
            r"(?:floor|stor(?:y|ey)) )?(?:height|roof|balcony|"
            r"\d{2,} ?(?:feet|ft|foot)|(?:\d(?:st|nd|rd|th)?|second|third|fourth"
            r"|fifth|sixth)[- ](?:floor|stor(?:y|ey|ies)))|"
            r"(?:fall|fell|fallen) (?:of )?(?:about |approximately |over |around )?"
            r"(?:[1-9]\d|ten|twelve|fifteen|twenty|thirty) ?(?:feet|ft|foot)|"
            r"(?:fall|fell|fallen) (?:of )?(?:about |approximately |over |around )?"
            r"(?:[3-9]|\d{2}) ?(?:m|metres|meters)(?![a-z])|"
            # triage51: the height after the thing fallen from ("fell from a ladder 3
            # metres", "fell off a 4 m scaffold", "fell off the roof, about 12 feet")
            r"(?:fall|fell|fallen) (?:from|off) (?!standing|(?:a |the |his |her )?"
            r"(?:bed|chair|toilet|sofa|couch|stool|step)\b)(?:a |an |the |his |her"
            r" |their )?(?:[\w-]+,? ){0,2}(?:of |about |approximately |over |around"
            r" |some )*(?:(?:[3-9]|\d{2})(?:\.\d)? ?(?:m|metres|meters)|(?:[1-9]\d|ten"
            r"|twelve|fifteen|twenty|thirty) ?(?:feet|ft|foot))(?![a-z])"
            r"(?! (?:away|from|along|to)\b)|"
            r"motorcycl\w* (?:crash|collision|accident|wreck|vs|versus)|motorcyclist"
            r"|(?:crash\w*|wreck\w*|fell|thrown|ejected) (?:on|off|from) (?:a |his |her"
            r" |the )?motorcycle|^motorcycle$|gunshot|gsw|(?:was|were|been|got"
            r"|being) shot(?! (?:of|for|with)\b)|(?<!flu )(?<!tetanus )(?<!booster )"
            r"(?<!vaccine )(?<!allergy )(?<!steroid )(?<!cortisone )(?<!b12 )(?<!a )"
            r"shot (?:in|to|through) (?:the |his |her |my )?[a-z]+|stab(?:bed|s)?"
            r"(?: wounds?)?|stabbing(?!,?(?: \w+)? (?:pain|pains|ache|sensation"
            r"|headache|discomfort))|"
            r"high[- ]speed|(?:[3-9]\d|1\d\d) ?(?:mph|miles an hour|km/h)|"
            r"atv|all[- ]terrain|dirt ?bike|snowmobile|thrown (?:from|off|over)|"
            r"run over|"
            r"impale\w*|intrusion|"
            r"death in (?:the )?same vehicle|"
            # trauma30: crushed or mangled extremity, entrapment (field triage 2021
            # injury pattern; 2011 step 3 prolonged extrication); crush syndrome
            r"crush syndrome|(?:trapped|pinned|entrapped|crushed) (?:\w+ ){0,3}"
            r"(?:under|beneath) (?:a |an |the )?(?:\w+ ){0,2}(?:wall|vehicle|car|"
            r"truck|lorry|tractor|machine\w*|rubble|debris|beam|tree|pallet)|"
            r"(?:prolonged|lengthy) extrication|mangled (?:\w+ )?(?:limb|leg|arm|"
            rf"extremity)|{CRUSHED_LIMB})"
        ),
        "CDC/ACS-COT National Guideline for Field Triage of Injured Patients 2021"
        " (crushed or mangled extremity); Sasser SM et al. MMWR 2012 (2011 field"
        " triage: prolonged extrication); ATLS 10th ed.",
    ),
    TimeCritical(
        "sickle cell pain crisis",
        _rx(r"sickle(?:[- ]cell)?|hb ?ss|hemoglobin ss|haemoglobin ss"),
        "ESI v4 handbook ch.4 (sickle cell crisis is a high-risk situation); NHLBI"
        " 2014 sickle cell disease expert panel (analgesia within 60 minutes)",
        requires=_rx(
            r"pain(?!less)\w*|crisis|crises|\w*aches?|aching|hurt\w*|chest|fever\w*|priapism"
        ),
    ),
    TimeCritical(
        "fall of unclear cause in an older adult",
        _rx(
            r"(?:does not|doesn'?t|did not|didn'?t|can'?t|cannot|unable to|not able to)"
            r" (?:\w+ ){0,2}(?:remember|recall|know|explain)(?: \w+){0,3} (?:fall\w*"
            r"|fell|happened|how|why|what)|found (?:\w+ ){0,3}(?:on the floor|on the"
            r" ground|down)|(?:dizz\w*|lightheaded|light-headed|blacked out|passed out"
            r"|(?:legs?|knees?) (?:gave|giving) (?:out|way)|went weak|felt faint)"
            r"(?: \w+){0,5} (?:fell|fall\w*|collaps\w*|went down)"
            r"|(?:fell|fall\w*)(?: \w+){0,4} after (?:feeling|getting|becoming|going)"
            r" (?:dizzy|lightheaded|light-headed|faint|weak)|unwitnessed fall"
            r"|(?:unclear|unknown|not sure) (?:why|how|what caused|cause|mechanism)"
        ),
        "ESI v4 handbook (practice-case principle: an older adult whose fall has no"
        " clear cause is ESI 2 until a cardiac or neurological cause is excluded);"
        " ACEP/AGS geriatric ED guidelines 2014 (falls)",
        requires=_rx(r"fell|fall\w*|found|collaps\w*|went down|on the floor"),
        min_age=65,
    ),
    TimeCritical(
        "injury or fall on anticoagulation",
        _CURRENT_ANTICOAGULANT,
        "ACEP clinical policy: mild TBI 2008 (anticoagulated head injury)",
        requires=_rx(r"(?:head|fall|fell|hit|struck|mvc|trauma|injur\w*)"),
        points_to=("subdural_hematoma",),
    ),
    # triage40 (vasc40's request): a bleed out of sight on an anticoagulant - new
    # flank, groin, loin, thigh or abdominal pain with light-headedness, pallor or a
    # haemoglobin named - is a possible major bleed at a critical site (retroperitoneal,
    # iliopsoas): reversal within the hour (Tomaselli GF et al. ACC 2020 ECDP on
    # bleeding on oral anticoagulants, JACC 2020;76:594); ESI v4 handbook ch.4
    TimeCritical(
        "new flank, groin or abdominal pain on an anticoagulant with light-headedness,"
        " pallor or a haemoglobin named (possible retroperitoneal or major bleed)",
        _CURRENT_ANTICOAGULANT,
        "Tomaselli GF et al. 2020 ACC expert consensus decision pathway on bleeding in"
        " patients on oral anticoagulants (JACC 2020;76:594: a critical-site bleed or a"
        " haemoglobin fall >= 2 g/dL is major); ESI v4 handbook ch.4",
        requires=_rx(
            r"flank|groin|loin|retroperiton\w*|psoas|thigh|abd\w* pain|belly pain"
            r"|stomach pain|abdominal (?:swelling|distension)"
        ),
        requires_also=_rx(
            r"dizz\w*|light-?headed\w*|faint\w*|near-?syncop\w*|syncop\w*|collaps\w*"
            r"|pale|pallor|clammy|h(?:a?e)?moglobin|hb|hgb"
        ),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "head injury with drowsiness, confusion, a seizure or repeated vomiting",
        _rx(
            r"hit (?:his |her |their |the )?(?:head|forehead)|head (?:injur\w*|strike"
            r"|trauma)|(?:struck|bang\w*|bump\w*) (?:his |her |their |the )?head"
        ),
        "NICE NG232 2023 (1.4.7: CT head within 1 h for a GCS below 15 at 2 h, a"
        " post-traumatic seizure, a focal deficit or more than one vomit; drowsiness"
        " is a red flag, and alcohol does not explain it away); ESI v4 handbook ch.3"
        " (new lethargy or confusion is level 2)",
        requires=_rx(
            r"sleepy|drows\w*|letharg\w*|confus\w*|disorient\w*|seiz\w*|fitt?ing"
            r"|convuls\w*|unequal pupils|gcs (?:1[0-4]|[3-9])\b"
            r"|vomit\w* (?:twice|two times|three times|\d+ times|x ?[2-9]|repeatedly"
            r"|several times|more than once)|(?:repeated|recurrent|persistent) vomiting"
        ),
        not_home_unevaluated=True,
        points_to=("subdural_hematoma",),
    ),
    TimeCritical(
        "haemophilia with a possible bleed or injury",
        _rx(r"ha?emophili\w*|factor (?:viii|8|ix|9) deficien\w*|christmas disease"),
        "Srivastava A et al. WFH Guidelines for the Management of Hemophilia, 3rd ed."
        " (Haemophilia 2020;26 Suppl 6): factor replacement as soon as possible,"
        " ideally within 2 h of a suspected bleed, before imaging; Bullard MJ et al."
        " CTAS 2016 (CJEM 2017;19:S18): a congenital bleeding disorder with a bleed is"
        " a first-order modifier; ESI v4 handbook ch.4 (high risk)",
        requires=_rx(
            r"bleed\w*|blood|swell\w*|swollen|ha?emarthros\w*|bruis\w*|ha?ematoma"
            r"|injur\w*|fall|fell|hit|struck|trauma\w*|head\w*|joint|knee|elbow|ankle"
            r"|hip|muscle|pain(?!less)\w*|vomit\w*"
        ),
        not_home_unevaluated=True,
        points_to=("haemophilia_bleed",),
    ),
    TimeCritical(
        "suicidal or homicidal ideation",
        _rx(
            r"(?:suicid\w*|(?:hurt|harm|kill|shoot|hang|drown|poison)\w*"
            r" (?:him|her|my|your|them)sel(?:f|ves)"
            r"|end(?:s|ing)? (?:his|her|my|their) (?:own )?li(?:fe|ves)"
            r"|(?:take|taking|took) (?:his|her|my)"
            r" (?:own )?life|end(?:ing)? it all|(?:want(?:s|ed)?|wish(?:es|ed)?) to die"
            r"|(?:want(?:s|ed)?|wish(?:es|ed)?) (?:(?:s?he|i) (?:was|were) )?"
            r"(?:to be )?dead"
            r"|(?:does not|doesn'?t|did not|didn'?t|do not|don'?t) want to (?:live|be"
            r" alive|wake up)|better off dead|no (?:reason|point) (?:in |to )?living"
            # tox31: passive ideation, a wish to be dead (ASQ; C-SSRS question 1)
            rf"|{PASSIVE_IDEATION_WORDS}"
            r"|(?:kill|hurt|harm)\w* (?:someone|others|people|anyone|anybody)"
            # esi29: an intent verb before killing a person named by a pronoun ("how
            # to kill him", "thinking about killing her"), not "the pain is killing me"
            r"|(?:to|about|of|on) (?:kill|stab|shoot)(?:ing)? (?:him|her|them)\b"
            r"|(?:kill|hurt|harm|stab|shoot)(?:ing)? (?:his|her|my|their|the)"
            r" (?:neighbou?rs?"
            r"|wife|husband|partner|girlfriend|boyfriend|mother|father|parents?"
            r"|family|child\w*|kids?|son|daughter|boss|brother|sister)"
            r"|voices (?:\w+ ){0,3}(?:telling|tell|told|command\w*|order\w*)"
            r" (?:him|her|them|me) to (?:kill|hurt|harm|jump)"
            r"|homicidal"
            # preparatory acts of a plan (C-SSRS suicidal behaviour, Posner K et al.
            # Am J Psychiatry 2011): gathering the means, goodbye notes, giving away
            r"|(?:sav(?:e|es|ed|ing)(?: up)?|stockpil\w*|hoard\w*|stash\w*)"
            r" (?:[\w']+ ){0,4}(?:pills|tablets|medicines|medications|meds)"
            r"|(?:decided|going|plan\w*|want\w*|intend\w*|tried|trying) to end it"
            r"(?! (?:with|between|off)\b)"
            r"|(?:plan\w*|intend\w*|going|decided|threaten\w*) to (?:take|swallow)"
            r" (?:them all|all (?:of )?(?:them|his|her|my|the|their)\b)"
            r"|(?:belt|rope|ligature|noose)s? (?:\w+ ){0,2}"
            r"(?:a?round|tied to) (?:his|her|their|my) (?:own )?neck"
            r"|(?:tried|attempt\w*|trying) to hang"
            r"|(?:goodbye|farewell|suicide) (?:notes?|letters?|messages?)"
            r"|giv\w* away (?:his|her|my|their|all) (?:\w+ )?(?:belongings|possessions"
            r"|things))"
        ),
        "ESI v4 handbook ch.4 (suicidal/homicidal ideation is high risk)",
        points_to=("suicidal_ideation",),
    ),
    TimeCritical(
        "new psychotic symptoms after childbirth (possible postpartum psychosis)",
        _rx(
            r"believ\w* (?:\w+ ){0,4}(?:(?:has|had|have|was|were|is|are|been) )?"
            r"(?:swapped|switched|replaced|possessed|poison\w*|evil|the devil|dead"
            r"|not (?:hers|his|theirs|mine|real|her baby|his baby|my baby))"
            # peds56: "thinks the baby is not hers", as a husband tells it (a
            # delusion about the baby; not "thought she had food poisoning")
            r"|(?:thinks?|thought|convinced|insists?) (?:that )?(?:the|her|his)"
            r" (?:baby|son|daughter) (?:\w+ ){0,2}"
            r"(?:(?:has|had|have|was|were|is|are|been) )?(?:swapped|switched|replaced"
            r"|possessed|evil|the devil|not (?:hers|his|theirs|real|her baby|his baby))"
            r"|hearing voices|hears voices|hallucinat\w*|delusion\w*|paranoi\w*"
            r"|psychos[ie]s|psychotic"
        ),
        "Royal College of Psychiatrists / NICE CG192 (2014, 2020) 1.10.1: suspected"
        " postpartum psychosis is referred for a face-to-face assessment within 4 hours"
        " (risk of suicide and infanticide; MBRRACE-UK); ESI v4 handbook ch.4 (a"
        " psychiatric patient at risk to self or others is high risk)",
        requires=_rx(
            r"postpartum|post-partum|postnatal|post-natal|puerper\w*|gave birth"
            r"|giving birth|(?:after|since) (?:the |her |a )?(?:delivery|birth"
            r"|caesarean|c-section)|newborn|new baby"
            r"|(?:baby|son|daughter) (?:was )?born"
            # peds56: "had her baby 9 days ago" (the findings lexicon's "had her baby")
            r"|had (?:her|a|the) (?:first |second |new )?baby"
        ),
        female=True,
        points_to=("postpartum_psychosis",),
    ),
    TimeCritical(
        "swollen red eye with fever and pain on eye movement (possible orbital"
        " cellulitis)",
        _rx(
            r"pain(?:ful)? (?:on|with) (?:moving (?:the |his |her |their |my )?eyes?"
            r"|eye movements?|looking (?:around|up|down|sideways|to the side|left"
            r"|right))"
            r"|(?:sore|hurts?|painful|pain) (?:\w+ ){0,2}(?:on|when|with) (?:looking"
            r" (?:around|up|down|sideways|to the side|left|right)|moving (?:the |his"
            r" |her |their |my )?eyes?)"
            r"|(?:bulging|protruding) eye|eye (?:is )?(?:bulging|protruding|pushed"
            r" forward)|proptos\w*|ophthalmopleg\w*"
        ),
        "Royal College of Ophthalmologists; NICE NG141 (2019) cellulitis: orbital"
        " cellulitis (pain on eye movement, proptosis, reduced vision or eye"
        " movements: Chandler JR 1970) is admitted for IV antibiotics and CT of the"
        " orbits, a threat to sight and life (cavernous sinus, brain abscess); ESI"
        " v4 handbook ch.4",
        requires=_rx(r"eye\w*|eyelids?|orbit\w*|periorbital"),
        requires_also=_rx(r"fever\w*|febrile|temp\w*(?: \w+){0,2} (?:3[89]|4[0-2])"),
        not_home_unevaluated=True,
        points_to=("orbital_cellulitis",),
    ),
    TimeCritical(
        "chemical exposure to the eye",
        _rx(
            r"(?:chemical|bleach|lye|alkali\w*|acid|cement|lime|drain cleaner|"
            r"oven cleaner|ammonia|pepper spray|chlorine|caustic|corrosive|solvent"
            r"|detergent|disinfectant|degreaser|hypochlorite|hydroxide"
            r"|clean(?:ing|er) (?:solution|product|fluid|liquid|spray))"
        ),
        "ESI v4 handbook ch.4 (chemical splash to the eyes: irrigate at once);"
        " AAO ocular chemical injury",
        # peds45 (trauma45's request): the splash must reach an eye or the face; an
        # oven cleaner on the back of a hand is a skin burn, not this (ABLS 2018)
        requires=_rx(
            r"(?:splash\w*|spray\w*|squirt\w*)[^.;\n]{0,60}?\b(?:eyes?|face)\b"
            r"|\b(?:eyes?|face)\b[^.;\n]{0,60}?(?:splash\w*|spray\w*|squirt\w*)"
            r"|(?:in|into|got in) (?:his |her |my |the |both )?(?:\w+ )?eyes?"
        ),
        points_to=("chemical_eye_injury",),
    ),
    TimeCritical(
        "blood or body-fluid exposure (post-exposure prophylaxis window)",
        _rx(
            r"(?:needle ?stick|stuck (?:\w+ )?(?:by|with) (?:a |an )?(?:\w+ )?needle"
            r"|sharps injury|(?:blood|body fluid) (?:splash|exposure))"
        ),
        "CDC 2018 occupational HIV/HBV post-exposure prophylaxis (start within"
        " hours); ESI v4 handbook ch.4",
    ),
    TimeCritical(
        "missed dialysis (possible hyperkalaemia or fluid overload)",
        _rx(
            r"(?:missed|skipped|no|did not (?:go|get)|didn'?t (?:go|get)|has not had"
            r"|hasn'?t had)(?: \w+){0,3} (?:dialysis|ha?emodialysis|sessions?"
            r"|treatments?|runs?)"
        ),
        "ESI v4 handbook ch.4 (a dialysis patient who has missed dialysis is high"
        " risk); KDIGO 2020 / UK Kidney Association 2020 hyperkalaemia",
        requires=_rx(r"dialys\w*|ha?emodialys\w*|esrd|end[- ]stage renal"),
        # triage56: not sent home before the potassium, the ECG and the missed
        # dialysis are seen to (UK Kidney Association 2020)
        not_home_unevaluated=True,
    ),
    # meta28: a measured severe hyperkalaemia (>= 6.5 mmol/L) or one with its ECG
    # changes needs calcium and insulin-glucose within minutes (UK Kidney Association
    # 2020): a time-sensitive treatment, ESI ch.4's high-risk situation. The clause
    # splitter keeps a decimal point inside its value (``_CLAUSE``: "6.6").
    TimeCritical(
        "severe hyperkalaemia (potassium >= 6.5 mmol/L or with ECG changes)",
        _rx(
            r"(?:hyperkala?emi\w*|potassium|k\+?)(?: (?:of|is|was|level|now))*"
            r"(?: ?[:=])? ?(?:[7-9](?:\.\d+)?|6\.[5-9]\d*)(?!\d|\.\d)"
            r"|(?:hyperkala?emi\w*|potassium|k\+?)(?: \S+){0,3} with (?:\w+ )?"
            r"(?:ecg|ekg) changes"
        ),
        "UK Kidney Association 2020 hyperkalaemia guideline (K >= 6.5 mmol/L or ECG"
        " changes: IV calcium and insulin-glucose now); ESI v4 handbook ch.4",
        points_to=("hyperkalemia",),
    ),
    # classic30: mutism or stupor with immobility, posturing or refusal to eat and drink
    # is catatonia until examined: a lorazepam challenge treats it, antipsychotics can
    # turn it malignant, and dehydration and rhabdomyolysis follow (Bush G et al. Acta
    # Psychiatr Scand 1996;93:129; Rasmussen SA et al. Psychiatr Clin North Am 2016).
    TimeCritical(
        "possible catatonia (mute or stuporous and immobile)",
        _rx(r"catatoni\w*|waxy flexibility|mute\b|mutism|stupor\w*"),
        "Bush G et al. Acta Psychiatr Scand 1996 (Bush-Francis catatonia screen);"
        " Rasmussen SA et al. Psychiatr Clin North Am 2016 (malignant catatonia);"
        " ESI v4 handbook ch.4 (new altered responsiveness)",
        requires=_rx(
            r"motionless|immobil\w*|postur\w*|not (?:eating|drinking|moving)"
            r"|stopped (?:eating|drinking|moving)|staring|stares|rigid\w*|waxy"
            r"|catatoni\w*|negativism"
        ),
    ),
    # classic30b: tetany (carpopedal spasm, Trousseau or Chvostek sign, laryngospasm)
    # with a low calcium or a long QT is symptomatic hypocalcaemia: IV calcium under ECG
    # monitoring now (Turner J et al. Society for Endocrinology 2016); ESI v4 ch.4
    TimeCritical(
        "symptomatic hypocalcaemia (tetany with a low calcium or a long QT)",
        _rx(
            r"tetan\w*|carpopedal spasm|trousseau\w*|chvostek\w*|laryngospasm"
            r"|(?:perioral|circumoral|peri-oral) (?:tingl\w*|numb\w*|paraesthe\w*)"
            r"|(?:tingl\w*|numb\w*|pins and needles) (?:\w+ ){0,2}around the mouth"
            r"|(?:hand|finger|carpal) (?:cramps?|spasms?)|cramps? (?:of|in) the hands"
        ),
        "Turner J et al. Endocr Connect 2016;5:G7 (Society for Endocrinology acute"
        " hypocalcaemia: IV calcium gluconate with ECG monitoring); ESI v4 handbook"
        " ch.4",
        requires=_rx(
            r"hypocalca?emi\w*|low (?:ionised |ionized |adjusted )?calcium"
            r"|(?:adjusted |corrected )?(?:calcium|ca) (?:of |is |was )?"
            r"(?:0\.\d+|1\.[0-8]\d*|[3-6](?:\.\d+)? ?mg)(?![\d.])"
            r"|(?:ionised|ionized) (?:calcium|ca) (?:of |is |was )?0\.\d+"
            r"|qtc\W{0,3}(?:of |is |was )?(?:4[6-9]\d|[5-7]\d\d)|(?:long|prolonged) qt"
        ),
        points_to=("hypocalcemia",),
    ),
    # triage40: generalised tetanus (reflex spasms, risus sardonicus, opisthotonus with
    # a clear mind) closes the airway (laryngospasm) and stops breathing within hours:
    # IV benzodiazepine, airway, ICU (Yen LM, Thwaites CL. Lancet 2019;393:1657; WHO
    # 2017 tetanus); trismus after a wound is its first sign. ESI v4 handbook ch.3-4
    TimeCritical(
        "possible generalised tetanus (reflex spasms, risus sardonicus, opisthotonus)",
        _rx(
            r"risus sardonicus|sardonic (?:grin|smile)|opisthoton\w*"
            r"|tetanic (?:muscle )?spasms?|(?:generali[sz]ed|whole[- ]body)"
            r" (?:\w+ ){0,2}spasms?|spasms? (?:\w+ ){0,3}(?:triggered|provoked|set off"
            r"|brought on) by (?:noise|sound|touch|light|being touched)"
        ),
        _TETANUS_SOURCE,
        not_home_unevaluated=True,
        points_to=("tetanus",),
    ),
    TimeCritical(
        "trismus after a wound (possible tetanus)",
        _rx(_TRISMUS),
        _TETANUS_SOURCE,
        requires=_rx(_PORTAL_OR_UNVACCINATED),
        not_home_unevaluated=True,
        points_to=("tetanus",),
        spares=local_trismus_spans,
    ),
    # triage40: respiratory diphtheria - an adherent grey pseudomembrane on the tonsils
    # or pharynx, a bull neck - obstructs the airway and its toxin the heart: airway
    # team, isolation, antitoxin (WHO 2024 clinical management of diphtheria; UKHSA
    # 2022 diphtheria guidelines); ESI v4 handbook ch.4 (airway threat)
    TimeCritical(
        "possible respiratory diphtheria (pseudomembrane or bull neck)",
        _rx(
            r"pseudo-?membran\w*|bull[- ]?neck\w*|(?:grey|gray|greyish|grayish)"
            r" (?:\w+ )?membranes?"
        ),
        "WHO 2024 clinical management of diphtheria; UKHSA 2022 public health control"
        " and management of diphtheria (airway obstruction, myocarditis: antitoxin);"
        " ESI v4 handbook ch.4",
        not_home_unevaluated=True,
    ),
    # triage40: a blood pH below 7.20 at triage is a critical result (severe
    # acidaemia: DKA, sepsis, a toxin, shock): ISPAD 2022 (pH < 7.2 moderate-severe
    # DKA, cerebral oedema risk in a child); ADA 2024 hyperglycaemic crises
    TimeCritical(
        "severe acidaemia (a stated blood pH below 7.20)",
        _rx(
            r"(?<!urine )(?<!urinary )(?<!dipstick )(?<!pleural )(?<!fluid )(?<!stool )"
            r"(?<!gastric )(?<!vaginal )(?<!oesophageal )(?<!esophageal )"
            r"p ?h:? ?(?:of |is |was |= ?)?"
            r"(?:6\.[89]\d?|7\.[01]\d?)(?![\d.])"
        ),
        "ISPAD 2022 clinical practice consensus: DKA (pH < 7.2 moderate, < 7.1 severe);"
        " ADA 2024 hyperglycaemic crises (Umpierrez GE et al.); ESI v4 handbook ch.4",
        not_home_unevaluated=True,
    ),
    # classic30b: a paraprotein (Waldenstrom, myeloma) with mucosal bleeding or visual
    # disturbance and a neurological symptom is symptomatic hyperviscosity, treated by
    # plasma exchange within hours (Gertz MA. Blood 2018;132:1379); ESI v4 ch.4
    TimeCritical(
        "possible hyperviscosity syndrome (paraprotein with bleeding or visual loss"
        " and neurological symptoms)",
        _rx(
            r"waldenstr\w*|macroglobulin\w*|hyperviscosity|paraprotein\w*|myeloma"
            r"|igm\b"
        ),
        "Gertz MA. Acute hyperviscosity: syndromes and management. Blood"
        " 2018;132:1379; ESI v4 handbook ch.4",
        requires=_rx(
            r"nose ?bleeds?|epistaxis|bleeding gums|gum bleed\w*|mucosal bleed\w*"
            r"|blurred vision|blurry vision|visual (?:loss|disturbance)|vision loss"
            r"|retinal (?:vein|venous|ha?emorrhag\w*)"
        ),
        requires_also=_rx(
            r"confus\w*|muddled|drows\w*|unsteady|ataxi\w*|headaches?|dizz\w*"
            r"|vertigo|stupor\w*|seizur\w*|somnolen\w*"
        ),
        points_to=("hyperviscosity_syndrome",),
    ),
    TimeCritical(
        "bleeding after tonsillectomy",
        _rx(r"(?:adeno)?tonsillectom\w*|tonsils? (?:\w+ )?(?:removed|out|taken out)"),
        "AAO-HNS 2019 tonsillectomy guideline (Mitchell RB et al.: secondary"
        " haemorrhage in the first two weeks can be life-threatening, emergency"
        " evaluation); ESI v4 handbook ch.4 (post-procedure complications)",
        requires=_rx(r"bleed\w*|blood\w*|ha?emorrhag\w*|clots?"),
    ),
    # esi29: heavy vaginal bleeding (a pad soaked in an hour or less: ACOG Practice
    # Bulletin 225, 2020, medication abortion, and ACOG PB 200, 2018, early
    # pregnancy loss: seek care) with symptoms of blood loss (dizziness on standing,
    # fainting) is haemorrhage before the pressure falls: ESI v4 ch.4 high risk
    TimeCritical(
        "heavy vaginal bleeding with symptoms of blood loss",
        _rx(
            r"soak\w* (?:through )?(?:\w+ ){0,2}(?:pads?|tampons?|towels?)(?: \w+){0,2}"
            r" (?:every|an|each|per|in (?:an|under|less than)) (?:\d+ |few |half )?"
            r"(?:hour|hr|minutes?|mins?)|(?:pads?|tampons?) (?:every|each) (?:\d+|few"
            r"|half) (?:an )?(?:hour|minutes?|mins?)"
        ),
        "ACOG Practice Bulletins 225 (2020) and 200 (2018): soaking pads hourly is"
        " heavy bleeding; ESI v4 handbook ch.4 (haemorrhage with symptoms of blood"
        " loss)",
        requires=_rx(
            r"dizz\w*|light-?headed\w*|faint\w*|passed out|pass out|syncop\w*|pale"
            r"|collaps\w*|weak"
        ),
        female=True,
    ),
    # esi29: a painful red eye or falling vision in the days after intraocular
    # surgery or an intravitreal injection is endophthalmitis until shown otherwise:
    # same-day ophthalmology for vitreous tap and intravitreal antibiotics (AAO PPP
    # Cataract in the Adult Eye 2021; Endophthalmitis Vitrectomy Study 1995)
    TimeCritical(
        "possible endophthalmitis after eye surgery or injection",
        _rx(
            r"(?:cataract|eye|lens|retina\w*|glaucoma|vitre\w*|corneal?) (?:\w+ )?"
            r"(?:surgery|operation|procedure|replacement|transplant)|vitrectomy"
            r"|trabeculectomy|intravitreal|(?:anti-?vegf|eye) injections?"
            r"|(?:injections?|shots?) (?:in|into) (?:his |her |the )?eye"
        ),
        "AAO Preferred Practice Pattern Cataract in the Adult Eye 2021 (post-operative"
        " endophthalmitis: emergency referral); Endophthalmitis Vitrectomy Study Group"
        " 1995; ESI v4 handbook ch.4 (post-procedure complications)",
        requires=_rx(
            r"pain(?!less)\w*|red|redness|blur\w*|vision (?:\w+ ){0,3}(?:wors\w*|worse|"
            r"getting|loss|lost|decreas\w*|dropp\w*|fading|dim\w*)|(?:losing|lost|"
            r"loss of) (?:\w+ )?vision|(?:can'?t|cannot) see|pus|discharge|hypopyon"
        ),
        points_to=("endophthalmitis",),
    ),
    TimeCritical(
        "shock from an implanted defibrillator",
        _rx(
            r"(?:defibrillator|a?icd)(?: \w+){0,2} (?:shock\w*|fired|firing|went off"
            r"|discharg\w*)|shock\w* by (?:his |her |the |my )?(?:defibrillator|a?icd)"
        ),
        "HRS/EHRA/APHRS/SOLAECE 2015 expert consensus on ICD programming and shocks"
        " (more than one shock: emergency evaluation, electrical storm); ESI v4"
        " handbook ch.4",
        points_to=("ventricular_tachycardia",),
    ),
    TimeCritical(
        "repeated shocks from an implanted defibrillator",
        _rx(
            r"(?:two|three|four|five|six|several|multiple|repeated|recurrent|[2-9]"
            r"|\d\d) (?:\w+ )?(?:shocks|discharges)|shocked (?:\w+ )?(?:twice|(?:two"
            r"|three|four|five|several|multiple|[2-9]) times)|electrical storm"
            r"|vt storm"
        ),
        "Zeppenfeld K et al. ESC 2022 ventricular arrhythmias (electrical storm:"
        " monitored bed, urgent evaluation); HRS/EHRA/APHRS/SOLAECE 2015 ICD"
        " programming consensus (more than one shock: emergency evaluation and device"
        " interrogation); ESI v4 handbook ch.4",
        requires=_rx(
            r"a?icd|defibrillator|cardioverter|(?:crt-?d|s-?icd)|electrical storm"
            r"|vt storm"
        ),
        points_to=("ventricular_tachycardia",),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "near-hanging or strangulation (airway, vascular and cord injury; a suicide"
        " attempt)",
        _rx(
            r"(?:(?:found|was|been|attempted|tried|trying) (?:\w+ ){0,2}hang\w*"
            r"|hanging attempt|near[- ]hanging|hanged (?:him|her|them)self)"
            r"(?! (?:out|around|about|onto|on to|up|over|off|basket|from (?:a|the)"
            r" (?:bar|branch|ledge)))"
            r"|ligature (?:around|round|on) (?:the |his |her |their )?neck"
            r"|(?:strangled|choked|throttled) (?:\w+ ){0,2}by (?!(?:a |the )?food)\w+"
            r"|(?:manual|non-?fatal) strangulation|tried to strangle"
        ),
        "ESI v4 handbook ch.4 (a suicide attempt and a mechanism that can hide airway,"
        " vascular or spinal injury are high risk); de Boos J. Review of near-hanging"
        " (Emerg Med Australas 2006); EAST 2021 / Training Institute on Strangulation"
        " Prevention 2021: non-fatal strangulation with loss of consciousness needs"
        " CT angiography of the neck vessels",
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "deep frostbite (thrombolysis window)",
        # triage54 (trauma54's request): frozen digits told without the word, after a
        # night in the cold ("fingers black-blue and numb after a night out on the
        # mountain"); the colour or numbness words below are required as before
        _rx(
            r"frost-?bit\w*|frost-?nip\w*|(?:fingers?|toes?|hands?|feet|foot)"
            r"(?: \w+){0,3} (?:froze|frozen)|frozen (?:fingers?|toes?|hands?|feet)"
            r"|(?:fingers?|toes?|hands?|feet)(?: [\w-]+){0,5} (?:after|from)"
            r" (?:a |the )?(?:nights?|hours?|days?) (?:\w+ ){0,2}(?:on the mountain"
            r"|in the snow|outside in the cold|in the cold|out in the cold|sub-?zero"
            r"|below freezing)"
        ),
        "Wilderness Medical Society 2019 frostbite guideline (McIntosh SE et al.:"
        " rapid rewarming; thrombolysis or iloprost within 24 hours for deep"
        " frostbite)",
        requires=_rx(
            r"white|hard|numb\w*|waxy|gr[ae]y|blue|black|blister\w*|(?:can'?t|cannot"
            r"|unable to) feel"
        ),
    ),
    TimeCritical(
        "postpartum haemorrhage",
        _rx(
            r"post-?partum|after (?:giving birth|delivery)|(?:delivered|gave birth)"
            r"(?: to)?(?: (?:a|her|twins|the))?(?: baby)?(?: \w+){0,4} (?:ago|today"
            r"|yesterday|this morning|last night)"
        ),
        "ACOG Practice Bulletin 183 (2017) postpartum haemorrhage (heavy bleeding"
        " after birth; tachycardia is an early sign); AWHONN MFTI 2015",
        requires=_rx(
            r"soak\w*|heavy (?:vaginal )?bleed\w*|bleeding heavily|(?:large|big)"
            r" clots|ha?emorrhag\w*|gush\w* (?:of )?blood|pads? (?:every|an|per|each)"
        ),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "fever with a bulging fontanelle (possible meningitis)",
        _rx(r"bulging (?:anterior )?fontanel\w*|fontanel\w* (?:is )?bulging"),
        "NICE NG143 2019 fever in under 5s (bulging fontanelle: red, high risk of"
        " serious illness); NICE NG240 2024 meningitis",
        requires=_rx(r"fever\w*|febrile|temp\w*|hot|irritab\w*|vomit\w*"),
        max_age=2,
        points_to=("meningitis",),
    ),
    TimeCritical(
        # peds49 (lead49's request): "something flew into his eye while hammering metal
        # on metal" was ESI 4: a high-velocity fragment penetrates the globe with
        # little pain (an intraocular foreign body until imaging says otherwise)
        "high-velocity eye injury (possible penetrating injury or intraocular foreign"
        " body)",
        _rx(
            r"(?:hammer\w*|chisel\w*)(?: \w+){0,4} (?:metal|steel|iron|nail|stone"
            r"|concrete)|metal on metal|nail ?gun|explosi\w*|shrapnel|fireworks?"
            r"|high[- ]velocity|gunshot|pellet"
        ),
        "RCEM / RCOphth eye injury guidance; AAO open globe PPP (a hammering or"
        " high-velocity mechanism: an intraocular foreign body until an orbital"
        " x-ray or CT excludes it); ESI v4 handbook ch.4 (penetrating eye injury)",
        requires=_rx(r"eyes?\b|eyeball|globe|cornea\w*|ocular|orbit\w*"),
        not_home_unevaluated=True,
        points_to=("open_globe_injury",),
    ),
    TimeCritical(
        "possible testicular torsion",
        _rx(r"(?:testic\w*|testes|scrot\w*)"),
        "AUA / EAU paediatric urology: acute scrotal pain is torsion until proven"
        " otherwise (salvage falls after 6 hours)",
        # triage38: "painless" is no pain, and a painless swelling is a tumour's or a
        # hydrocele's, for an ultrasound (EAU testicular cancer 2023), not torsion
        requires=_rx(
            r"(?:pain(?!less)\w*|(?<!painless )swell\w*|ache|aching|tender\w*)"
        ),
        male=True,
        points_to=("testicular_torsion",),
    ),
    TimeCritical(
        "possible ovarian torsion",
        _rx(
            r"(?:ovar\w*|adnex\w*)(?: \w+){0,2} (?:cyst\w*|mass\w*|torsion)"
            r"|dermoid\w*|(?:ovar\w*|adnex\w*) (?:pain|torsion)"
        ),
        "ACOG Committee Opinion 783 (2019) adnexal torsion: sudden severe pelvic pain,"
        " often with vomiting, with an adnexal mass is torsion until proven otherwise;"
        " ovarian salvage depends on the time to surgery",
        requires=_rx(r"(?:sudden\w*|abrupt\w*|acute onset|severe|excruciating|worst)"),
        requires_also=_rx(r"(?:pain(?!less)\w*|ache|aching|cramp\w*)"),
        female=True,
        not_home_unevaluated=True,
        points_to=("ovarian_torsion",),
    ),
    TimeCritical(
        "possible ovarian torsion (sudden one-sided pelvic pain with vomiting)",
        _rx(
            r"(?:sudden\w*|abrupt\w*|acute[- ]onset)(?: \w+){0,4}? (?:right|left"
            r"|one[- ]sided|unilateral)(?: \w+){0,2}? (?:lower abdom\w*|pelvi\w*"
            r"|iliac fossa|lower quadrant|adnex\w*|rlq|llq)"
        ),
        "ACOG Committee Opinion 783 (2019) adnexal torsion: the sudden onset of"
        " severe unilateral lower abdominal or pelvic pain, with nausea and vomiting in"
        " about 70 %, is the classic presentation (Houry D, Abbott JT. Emerg Med Clin"
        " North Am 2001); ovarian salvage depends on the time to surgery",
        requires=_rx(r"vomit\w*|nause\w*|retch\w*|throw\w* up|threw up|emesis"),
        female=True,
        not_home_unevaluated=True,
        points_to=("ovarian_torsion",),
    ),
    TimeCritical(
        "possible ischaemic priapism",
        _rx(
            r"(?:priapism|(?:persistent|prolonged|painful|sustained) erection|erection)"
        ),
        "AUA/SMSNA 2022 priapism guideline: ischaemic priapism is an emergency"
        " (decompression; tissue damage after 4-6 hours)",
        male=True,
    ),
    TimeCritical(
        "vaginal bleeding in the second half of pregnancy",
        _rx(r"(?:third trimester|3rd trimester|late pregnancy)"),
        "ACOG 2019 (Obstetric Care Consensus: placenta accreta/previa) and AWHONN"
        " Maternal-Fetal Triage Index 2015: vaginal bleeding at >= 20 weeks is"
        " abruption or previa until proven otherwise",
        # a wound's bleeding ("cut her finger ..., bleeding controlled") is not the
        # uterus's: bare "bleeding" counts unless it is a wound's or stopped
        requires=_rx(
            r"(?:vaginal(?:ly)? bleed\w*|(?<!nose )(?<!gum )(?<!gums )bleeding"
            r"(?! (?:is |was |has |now )?(?:controlled|stopped|settled|under control)"
            r"| from (?:a |the |her |his |my )?(?:cut|wound|finger|hand|lip|nose|gums?"
            r"|mouth|head|scalp|leg|arm|knee|foot|toe))"
            r"|spotting|pv bleed\w*|passing clots)"
        ),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        gestation_from=SECOND_HALF_WEEKS,
    ),
    TimeCritical(
        "abdominal pain in the second half of pregnancy (abruption, preterm labour)",
        _rx(r"(?:third trimester|3rd trimester|late pregnancy)"),
        "RCOG Green-top 63 (2011) and ACOG: abdominal pain from 20 weeks, with or"
        " without bleeding, is abruption (concealed) or preterm labour until shown"
        " otherwise; AWHONN Maternal-Fetal Triage Index 2015. Before 20 weeks a stable"
        " pregnancy with mild pain is graded by resources (ESI v4 handbook Table 4-1)",
        requires=_rx(
            r"(?:abdom\w*|belly|stomach|tummy|uter\w*|pelvi\w*|lower quadrant)"
            r"(?: \w+){0,2} (?:pain|cramp\w*|tight\w*)|contractions?"
            r"|(?:pain|cramp\w*|tightenings?) (?:in|of|across) (?:her |the |my )?"
            r"(?:lower )?(?:abdom\w*|belly|stomach|tummy|bump)"
        ),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        points_to=("placental_abruption", "preterm_labor"),
        gestation_from=SECOND_HALF_WEEKS,
    ),
    TimeCritical(
        "possible open globe injury",
        _rx(
            r"(?:penetrat\w*|punctur\w*|ruptur\w*|lacerat\w*)(?: to| of| in)?"
            rf"(?: the| his| her| my)?(?: {_SIDE})? (?:eye|globe|eyeball|cornea)"
            r"|(?:metal|glass|projectile|pellet|bb|fish ?hook|wire|shrapnel)"
            r"(?: \w+){0,4} (?:in|into|hit|struck|flew into|went into|stuck in)"
            rf"(?: the| his| her| my)?(?: {_SIDE})? eye"
            r"|eye (?:was |got )?(?:struck|hit|punctured|penetrated) by"
            r"|(?:hit|struck|poked|injured)(?: \w+){0,2} (?:in|on)"
            r" (?:the |his |her |my )?"
            rf"(?:{_SIDE} )?eye(?: \w+){{0,3}} (?:by|with) (?:a |an )?(?:\w+ ){{0,3}}"
            r"(?:metal|glass|projectile|pellet|bb|wire|shrapnel|nail)"
            r"|(?:grinding|hammering)(?: \w+){0,4},? (?:something |debris |a piece )?"
            r"(?:flew|went|got) (?:in|into)"
        ),
        "AAO Preferred Practice / ACEP: a penetrating or high-velocity eye injury is an"
        " open globe until proven otherwise (shield, no pressure, emergent"
        " ophthalmology)",
        requires=_rx(r"(?:eyes?|globe|eyeball|ocular|cornea)"),
    ),
    TimeCritical(
        "electrical or lightning injury",
        _rx(
            r"(?:electrocut\w*|electrical (?:injury|burn)|high[- ]voltage"
            r"|power line|lightning|live wire"
            # triage39: a stated voltage of 1,000 V or more ("an 11,000 volt line",
            # "11 kV") is high voltage (ABA 2018: >= 1,000 V)
            r"|\d+(?:\.\d+)? ?kv\b|\b\d{1,3}(?:[, ]\d{3})+ ?v(?:olts?)?\b"
            r"|\b\d{4,} ?v(?:olts?)?\b)"
        ),
        "American Burn Association 2018 / ATLS 10th ed.: electrical injury (deep tissue"
        " damage, arrhythmia; ECG and monitoring; high voltage >= 1,000 V)",
        spares=low_voltage_spans,
    ),
    TimeCritical(
        "possible carbon monoxide poisoning",
        _rx(
            r"(?:carbon monoxide|co (?:poisoning|exposure|level|alarm)"
            rf"|(?:{_COMBUSTION_SOURCE})(?! \w+ (?:off|fine)))"
        ),
        _CO_SOURCE,
        household=True,
        requires=_rx(
            r"(?:headache|dizz\w*|nause\w*|vomit\w*|confus\w*|faint\w*|syncop\w*"
            r"|carbon monoxide|co poisoning|family|household|everyone)"
        ),
    ),
    TimeCritical(
        "possible carbon monoxide poisoning",
        _rx(_HOUSEHOLD_SAME),
        _CO_SOURCE,
        household=True,
        requires=_rx(r"(?:headaches?|dizz\w*|nause\w*|muddled|confus\w*)"),
        requires_also=_rx(_BETTER_AWAY),
    ),
    TimeCritical(
        "possible toxic ingestion in a child",
        _rx(
            r"(?:swallow\w*|ingest\w*|ate|eaten|took|got into|chewed)"
            r"(?: \w+'?s?){0,4} (?:pills?|tablets?|medications?|meds|capsules?"
            r"|patch(?:es)?)"
            r"|(?:pills?|tablets?|capsules?)(?: \w+){0,2} in (?:his|her|the|their)"
            r" mouth|found (?:\w+ ){0,2}with (?:\w+'?s? ){0,6}(?:pills?|tablets?"
            r"|medications?|meds|capsules?|pill bottle)"
            r"|(?:pills?|tablets?|capsules?) (?:\w+ ){0,2}(?:are|were|is|was) missing"
        ),
        "AAPCC / Bar-Oz B et al. Paediatr Drugs 2004: one adult tablet can kill a"
        " toddler ('one pill can kill'); ESI v4 handbook ch.3 (overdose)",
        max_age=12,
    ),
    TimeCritical(
        # tox32: the named drug said, not the word 'tablets' ('chewed grandad's
        # amlodipine')
        "possible toxic ingestion in a child",
        CHILD_ONE_PILL_INGESTION,
        "Bar-Oz B et al. Paediatr Drugs 2004: a named drug of which one adult tablet"
        " can kill a toddler; ESI v4 handbook ch.3 (overdose)",
        min_age=CHILD_INGESTION_AGES[0],
        max_age=CHILD_INGESTION_AGES[1],
    ),
    TimeCritical(
        "known diabetes with vomiting and deep breathing, thirst and polyuria or a"
        " high glucose (possible DKA)",
        # triage54: "not diabetic", "non-diabetic" name no diabetes
        _rx(r"(?<!not )(?<!non-)(?<!non )(?:diabet\w*|type 1|t1dm|insulin)"),
        "ISPAD 2022 clinical practice consensus: diabetic ketoacidosis (vomiting,"
        " abdominal pain and deep sighing breathing in a child with diabetes are DKA"
        " until proven otherwise); ADA 2024 hyperglycaemic crises (Umpierrez GE et al."
        " Diabetes Care 2024: polyuria, polydipsia and vomiting over a day or two,"
        " insulin omission the commonest trigger); JBDS-IP 2023 DKA in adults; JBDS-IP"
        " 2017 DKA in pregnancy",
        requires=_rx(
            r"vomit\w*|throwing up|abd\w* pain|belly pain|stomach pain|n/v|n&v"
            r"|nausea and vomiting"
        ),
        requires_also=_rx(
            r"kussmaul|(?:deep|rapid|fast|heavy|sighing)(?: \w+){0,2} breath\w*"
            r"|breath\w* (?:fast|deep\w*|hard|heav\w*|rapid\w*)|fruity|drows\w*"
            # triage54 (medgi54's request): Kussmaul breathing told as breathlessness
            # ("vomiting and breathless": JBDS-IP 2023 DKA, symptoms include
            # shortness of breath), and a pregnant diabetic's vomiting (JBDS-IP 2017
            # DKA in pregnancy: DKA at lower glucose, fetal loss; ketones urgently)
            r"|breathless\w*|short(?:ness)? of breath|dyspn\w*"
            r"|pregnan\w*|\d+ ?(?:weeks?|/40)(?: pregnant| gestation)"
            r"|polyuri\w*|polydips\w*|(?:ran|run|running) out of (?:\w+ )?insulin"
            r"|(?:missed|stopped|omitted) (?:\w+ )?insulin(?: doses?)?"
            # vomiting with a high glucose or a DKA history: ketones now (JBDS
            # 2023 / ISPAD 2022 sick-day rules: DKA until ketones say otherwise)
            r"|hyperglyc\w*|high (?:blood )?(?:sugars?|glucose)|(?:sugars?|glucose)"
            r" (?:\w+ ){0,3}(?:high|[3-9]\d\d)|(?:prior|previous|history of|recurrent)"
            r" (?:\w+ ){0,2}dka"
        ),
        points_to=("dka",),
    ),
    TimeCritical(
        "danger to others (violent or agitated)",
        _rx(
            r"(?:(?:became|becoming|is|was|being|acting|got|turned) violent"
            r"|violent (?:behaviou?r|outbursts?|towards?|with)"
            r"|combative|assaultive|threaten\w* (?:staff|others|people"
            r"|(?:his |her )?family|to (?:kill|hurt|harm))"
            r"|agitated and (?:hallucinating|paranoid|psychotic|aggressive))"
        ),
        "ESI v4 handbook ch.3 (a patient who is a danger to self or others is high"
        " risk); AAEP Project BETA 2012 (agitation)",
    ),
    TimeCritical(
        "increased work of breathing",
        _rx(
            r"(?:using |use of |uses )?accessory muscles?(?: use)?|retracti\w+"
            r"|(?:intercostal|subcostal|suprasternal) (?:retractions?|indrawing)"
            r"|tripod\w*|nasal flaring|grunting|head bobbing"
            r"|speak\w* (?:only )?in (?:short |single |one[- ]word )?(?:phrases|words)"
            r"|(?:unable to|can'?t|cannot|could not|couldn'?t) (?:speak|talk|finish"
            r"|complete) (?:in )?(?:full |complete |whole )?sentences"
        ),
        "CTAS 2016 respiratory distress modifier (moderate: increased work of"
        " breathing, speaking in phrases or clipped sentences, level 2); ESI v4"
        " handbook ch.4 (respiratory distress) and ch.6 (paediatric assessment"
        " triangle: work of breathing, Dieckmann RA et al. Pediatr Emerg Care 2010)",
    ),
    TimeCritical(
        "fever with a non-blanching rash (possible meningococcal disease)",
        _rx(NON_BLANCHING_RASH),
        "NICE NG240 2024 meningitis and meningococcal disease (fever with a"
        " non-blanching rash: treat as meningococcal disease); ESI v4 handbook ch.6",
        requires=_rx(
            r"(?:fever\w*|febrile|temp\w*|hot to (?:the )?touch|chills|(?:felt|feels?"
            r"|feeling|been|is|was) (?:very )?hot|shiver\w*|rigou?rs?"
            r"|t:? ?(?:3[89]|4[0-2])(?:[.,]\d)? ?°? ?c)"
        ),
        # triage36: NICE NG240 1.1: a febrile child or adult with a non-blanching rash
        # is assessed and observed, never sent home from triage (an alert 5-year-old
        # went home as 'cellulitis')
        not_home_unevaluated=True,
        points_to=("meningitis",),
    ),
    TimeCritical(
        "possible hyperglycaemic crisis (DKA/HHS)",
        _rx(
            r"(?:dka|ketoacidosis|hyperosmolar)"
            r"|(?:sugar|glucose|bs|bg|cbg|fsbs|fsbg|glucometer|fingerstick|accu-?che?c?k)"
            r"(?: \w+){0,4}? (?:(?:is|of|was|reads?|at|over|above|>|:|=) ?)?"
            r"(?:[3-9]\d\d|2[5-9]\d|(?:1[89]|[2-9]\d)(?:\.\d)? ?mmol|hi(?:gh)? reading"
            r"|reads? (?:hi|high))(?![\d.])"
        ),
        "ADA consensus: hyperglycemic crises in adult patients with diabetes"
        " (Kitabchi AE et al. Diabetes Care 2009; glucose > 250 mg/dL); CTAS 2016"
        " blood glucose modifier (> 18 mmol/L with symptoms: level 2)",
        requires=_rx(
            r"(?:vomit\w*|nause\w*|abd\w* pain|belly pain|stomach pain"
            r"|breath\w* (?:fast|deep\w*|hard|heavy)|kussmaul|short of breath|sob"
            r"|rapid breathing|confus\w*|letharg\w*|drows\w*|fruity|dka|ketoacidosis"
            r"|hyperosmolar)"
        ),
    ),
    TimeCritical(
        # peds29b: ketonuria is a result, not a crisis: starvation ketosis is common in
        # vomiting and in the vomiting of pregnancy (RCOG green-top 69, 2016); DKA is
        # ketones with diabetes or hyperglycaemia and acidosis (ADA 2024)
        "possible hyperglycaemic crisis (DKA/HHS)",
        _rx(r"keton\w*|keto(?:tic|sis)|ketoacido\w*|beta[- ]?hydroxybutyrate|bhb"),
        "ADA 2024 hyperglycaemic crises (Umpierrez GE et al. Diabetes Care 2024: DKA"
        " is diabetes or hyperglycaemia with ketonaemia and acidosis); RCOG green-top"
        " 69 (2016: ketonuria in the vomiting of pregnancy)",
        requires=_rx(
            r"(?:vomit\w*|nause\w*|abd\w* pain|belly pain|stomach pain"
            r"|breath\w* (?:fast|deep\w*|hard|heavy)|kussmaul|short of breath|sob"
            r"|rapid breathing|confus\w*|letharg\w*|drows\w*|fruity)"
        ),
        requires_also=_rx(
            r"diabet\w*|insulin|t[12]dm|iddm|niddm|\w+gliflozin|sglt2|hyperglyc\w*"
        ),
    ),
    TimeCritical(
        "anginal equivalent with diaphoresis (possible ACS)",
        _rx(
            r"(?:indigestion|heartburn|epigastric (?:pain|discomfort|pressure|burning)"
            r"|upper (?:abdominal|abdomen|stomach) (?:pain|discomfort|pressure)"
            r"|jaw (?:pain|discomfort|ache|pressure|tightness)"
            r"|(?:left )?arm (?:pain|discomfort|heaviness|ache)"
            r"|(?:pain|pressure|discomfort|ache|aching|tightness|heaviness)"
            r" (?:in|into|to|going (?:to|into|down)|radiating (?:to|into|down))"
            r" (?:his |her |my |the )?(?:left )?(?:jaw|arm|shoulder))"
        ),
        "AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021: pain,"
        " pressure or discomfort in the jaw, arm or upper abdomen are anginal"
        " equivalents, diaphoresis raises the likelihood of ACS); ESI v4 handbook"
        " ch.4 (possible ACS is high risk)",
        requires=_rx(
            r"(?:sweat\w*|diaphore\w*|clammy|short(?:ness)? of breath|sob|dyspn\w*"
            r"|breathless\w*|winded|exert\w*|shovel\w*|climbing)"
        ),
        min_age=30,
        # triage56: a possible ACS is not sent home before its ECG and troponin
        # (Gulati M et al. AHA/ACC 2021 chest pain guideline), whatever the complaint
        not_home_unevaluated=True,
        points_to=("stemi", "nstemi", "unstable_angina"),
    ),
    TimeCritical(
        "upper back pressure with sweating or breathlessness (possible ACS)",
        _rx(
            r"(?:heav\w*|pressure|tight\w*|squeez\w*|discomfort) (?:\w+ ){0,2}"
            r"(?:across|in|between|over) (?:his |her |my |the )?(?:upper back"
            r"|shoulder blades|back)"
        ),
        "AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021: chest"
        " pain includes pressure, tightness or discomfort in the shoulders, arms,"
        " neck, back, upper abdomen or jaw; women and people with diabetes more often"
        " present so); ESI v4 handbook ch.4 (possible ACS is high risk)",
        requires=_rx(
            r"(?:sweat\w*|diaphore\w*|clammy|short(?:ness)? of breath|sob|dyspn\w*"
            r"|breathless\w*)"
        ),
        min_age=30,
        # triage56: a possible ACS is not sent home before its ECG and troponin
        # (Gulati M et al. AHA/ACC 2021 chest pain guideline), whatever the complaint
        not_home_unevaluated=True,
        points_to=("stemi", "nstemi", "unstable_angina"),
    ),
    TimeCritical(
        "excess or unknown-quantity ingestion (possible overdose)",
        _rx(
            r"(?:took|swallowed|ingested|ate|taken|drank)(?: \w+){0,2}"
            r" (?:unknown (?:amount|number|quantity)|handful|(?:whole |entire )?bottle"
            r"|(?:a )?(?:large|big|huge) (?:amount|number|quantity|dose|handful)"
            r"|(?:a lot|lots) of (?:\w+ )?(?:pills|tablets|medication|medicine|meds)"
            r"|too many|(?:[1-9]\d+|twenty|thirty|forty|fifty)(?: \w+){0,3}"
            r" (?:pills|tablets|caps\w*)"
            r"|(?:all|rest) of (?:his|her|my|the) (?:pills|tablets|meds|medications))"
        ),
        "ESI v4 handbook ch.4 (overdose: toxic ingestion is high risk); AAPCC"
        " poison centre referral guidelines (unknown quantity: assume a toxic dose)",
    ),
    TimeCritical(
        # tox31: a toddler's opioid (one adult tablet can kill; delayed depression)
        "opioid ingestion by a young child",
        CHILD_OPIOID_INGESTION,
        "Sachdeva DK, Stadnyk JM. J Emerg Med 2005;29:77; Hayes BD et al. Pediatrics"
        " 2008;121:e782; ESI v4 handbook ch.4 (toxic ingestion is high risk)",
        min_age=CHILD_INGESTION_AGES[0],
        max_age=CHILD_INGESTION_AGES[1],
        household=True,
    ),
    TimeCritical(
        "toxic alcohol, caustic or pesticide ingestion",
        _rx(
            r"(?:drank|drink\w*|swallow\w*|ingest\w*|ate|took|sipped)(?: \w+){0,3}"
            r" (?:antifreeze|anti-freeze|ethylene glycol|methanol|wood alcohol"
            r"|windshield (?:washer )?fluid|brake fluid|drain cleaner|lye|oven cleaner"
            r"|paraquat|weed ?killer|pesticide|insecticide|rat poison|organophosphate"
            r"|caustic\w*)"
            r"|(?:antifreeze|anti-freeze|ethylene glycol|methanol|drain cleaner|lye"
            r"|paraquat|pesticide|organophosphate|caustic) (?:ingestion|poisoning"
            r"|overdose)"
        ),
        "ESI v4 handbook ch.4 (toxic ingestion is high risk); EXTRIP / AACT toxic"
        " alcohols (fomepizole before acidosis: the history is the only early sign);"
        " ESGE 2020 caustic ingestion (endoscopy within 12-24 h)",
        points_to=("toxic_alcohol_poisoning",),
    ),
    TimeCritical(
        "tearing or ripping pain (possible aortic dissection)",
        _rx(
            r"(?:tearing|ripping|shearing)(?: \w+){0,3} (?:pain|sensation|feeling)"
            # esi33: not a coordinated symptom ("foreign body sensation and tearing":
            # the eye's lacrimation)
            r"|(?:pain|sensation)(?: (?!and\b|or\b|with\b)\w+){0,3} (?:tearing|ripping)"
            r"|(?:like|as if|as though) (?:\w+ ){0,3}(?:tearing|ripping|being (?:torn"
            r"|ripped))"
        ),
        "AHA/ACC 2022 aortic disease guideline (Isselbacher EM et al.: abrupt severe"
        " tearing or ripping pain, ADD-RS high-risk pain feature); CTAS 2016 (chest"
        " pain, non-cardiac features, ripping or tearing: level 2); Rogers AM et al."
        " Circulation 2011;123:2213 (ADD-RS >= 1: imaging before home); ACEP clinical"
        " policy thoracic aortic dissection 2015",
        min_age=18,
        points_to=("aortic_dissection",),
        not_home_unevaluated=True,
        spares=anal_tearing_spans,
    ),
    TimeCritical(
        "submersion (drowning) with symptoms",
        _rx(
            r"drown\w*|submersion|submerged|(?:pulled|rescued|fished) (?:out )?"
            r"(?:of |from )?(?:the |a )?(?:pool|water|lake|river|sea|ocean|bath\w*)"
            r"|(?:fell|fallen|found) (?:face ?down )?(?:in|into) (?:the |a )?"
            r"(?:pool|water|lake|river|sea|ocean|bath\w*)"
        ),
        "Wilderness Medical Society 2019 drowning guideline (Schmidt AC et al.: any"
        " symptom after submersion, such as cough, needs ED evaluation and 4-6 h"
        " observation); AHA 2020 drowning",
        requires=_rx(
            r"(?:cough\w*|breath\w*|short of breath|sob|vomit\w*|letharg\w*"
            r"|drows\w*|confus\w*|unresponsive|blue|cyano\w*|cpr|foam\w*)"
        ),
    ),
    TimeCritical(
        "postpartum with headache, vision change or breathlessness",
        _POSTPARTUM,
        "ACOG Practice Bulletin 222 (2020) gestational hypertension and"
        " pre-eclampsia: postpartum pre-eclampsia up to 6 weeks after delivery"
        " (headache, visual disturbance); AHA 2019 peripartum cardiomyopathy",
        requires=_rx(
            r"(?:headache|vision|visual|blurr\w*|seizure|short(?:ness)? of breath|sob"
            r"|dyspn\w*|breathless\w*|chest pain|swelling|confus\w*)"
        ),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        points_to=("preeclampsia_severe",),
    ),
    TimeCritical(
        # peds48 (lead48's request): the prodrome before any blister was ESI 3
        "rash with a sore mouth, eyes or genitals after a new high-risk drug"
        " (possible Stevens-Johnson syndrome / toxic epidermal necrolysis)",
        _rx(
            r"lamotrigine|carbamazepine|oxcarbazepine|phenytoin|phenobarb\w*"
            r"|allopurinol|co-?trimoxazole|sulfamethoxazole|trimethoprim-sulfa\w*"
            r"|septrin|bactrim|sulfasalazine|sulphasalazine|sulfonamide\w*|nevirapine"
            r"|piroxicam|meloxicam|modafinil|abacavir"
        ),
        "Creamer D et al. UK guidelines for SJS/TEN 2016, Br J Dermatol 2016;174:1194"
        " (a rash with mucosal involvement after a new drug: suspect SJS/TEN, stop"
        " the drug, same-day dermatology); Mockenhaupt M et al. EuroSCAR, J Invest"
        " Dermatol 2008;128:35 (the high-risk drugs); ESI v4 handbook ch.4",
        requires=_rx(r"rash\w*|spots|blister\w*|red skin|skin (?:is )?peeling"),
        requires_also=_rx(
            r"sore (?:mouth|lips?|eyes?|throat)|mouth (?:ulcer\w*|sore\w*)"
            r"|(?:ulcer\w*|sore\w*|blister\w*|crust\w*) (?:in|on|of) (?:the |his"
            r" |her |my )?(?:mouth|lips?|genital\w*)|(?:red|sore|gritty|painful)"
            r" eyes?|conjunctiv\w*|(?:lips?|mouth) (?:\w+ )?(?:blister\w*|crust\w*"
            r"|peel\w*|bleed\w*|sore)|genital (?:ulcer\w*|sore\w*)|mucos\w*"
        ),
        not_home_unevaluated=True,
        points_to=("sjs_ten",),
    ),
    TimeCritical(
        # peds48: a diver's spinal decompression sickness was ESI 3 (no high-risk
        # pattern for diving: the complaint 'numbness' counted one resource)
        "neurological, breathing or joint symptoms after a dive"
        " (decompression illness)",
        _rx(
            # not a dive into shallow water (the cervical spine's: NEXUS, ATLS)
            r"scuba|dived(?! (?:\w+ )?(?:into|in|off|onto))|diving(?! (?:\w+ )?(?:into"
            r"|in|off|onto|board))|(?:a |the |his |her )dive\b|dive to \d+|surfac\w*"
            r" (?:from|after) (?:a |the )?dive|decompression (?:illness|sickness)"
            r"|the bends"
        ),
        "UHMS 2018 best practice guidelines for decompression illness; Vann RD et"
        " al. Lancet 2011;377:153 (neurological DCS and arterial gas embolism: 100 %"
        " oxygen and recompression without delay); ESI v4 handbook ch.4 (high risk)",
        requires=_rx(
            r"numb\w*|tingl\w*|pins and needles|weak\w*|paralys\w*|cannot (?:walk"
            r"|move|feel)|confus\w*|dizz\w*|vertigo|headache|vision|visual|speech"
            r"|slurr\w*|unconscious|collaps\w*|seizure|short(?:ness)? of breath"
            r"|breathless\w*|dyspn\w*|chest pain|cough\w*|(?:passing|pass) urine"
            r"|retention|incontinen\w*|marbl\w*|mottl\w*|chokes"
            # peds49: pain-only (type I) DCS, a deep joint ache hours after surfacing,
            # is recompressed too (UHMS 2018; Vann RD et al. Lancet 2011)
            r"|(?:joint|shoulder|elbow|knee|hip|wrist)s? (?:\w+ ){0,2}"
            r"(?:pain|ache|aching)"
            r"|(?:ache|aching|pain) (?:\w+ ){0,2}(?:in|of)"
            r" (?:the |his |her |my |both )?"
            r"(?:\w+ )?(?:joints?|shoulders?|elbows?|knees?|hips?|wrists?)"
        ),
        points_to=("decompression_sickness",),
        not_home_unevaluated=True,
    ),
    TimeCritical(
        # peds48: a puerperal fever or heavy bleeding was ESI 3 (tachycardia alone
        # left to the nurse's judgement at decision point D)
        "postpartum fever or heavy bleeding (puerperal sepsis, secondary haemorrhage)",
        _POSTPARTUM,
        "RCOG GTG 64b 2012 bacterial sepsis following pregnancy (fever, offensive"
        " lochia, tachycardia: sepsis can progress within hours; MBRRACE-UK);"
        " RCOG GTG 52 2016 (secondary postpartum haemorrhage: endometritis, retained"
        " tissue); ESI v4 handbook ch.4 (high risk)",
        # a fever counts with a pelvic source (lochia, uterus, wound, bleeding); a
        # mastitis' fever with a red breast is no puerperal sepsis at triage; peds49:
        # an offensive lochia with no fever, rigors or heavy loss (normal vitals) is
        # an endometritis' work-up by its resources (ESI 3), the danger-zone vitals
        # and sepsis screens still lifting a febrile or tachycardic woman
        requires=_rx(
            r"(?:heavy (?:\w+ ){0,2}(?:bleed\w*|lochia|loss)"
            r"|haemorrhag\w*|hemorrhag\w*|soak\w*|clots\b|gush\w*"
            r"|(?:fever\w*|febrile|rigou?rs)[^.;]{0,60}(?:lochia|abdom\w*|pelvi\w*"
            r"|uter\w*|womb|wound|bleed\w*)"
            r"|(?:lochia|abdom\w*|pelvi\w*|uter\w*|womb|wound|bleed\w*)[^.;]{0,60}"
            r"(?:fever\w*|febrile|rigou?rs))"
        ),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        points_to=("puerperal_sepsis",),
    ),
    TimeCritical(
        "abnormal appearance in a child (paediatric assessment triangle)",
        _rx(
            r"inconsolab\w*|(?:weak|high-?pitched|feeble|moaning) cry"
            r"|(?:not|isn'?t|is not) (?:interacting|interactive|engaging|consolable)"
            r"|poor eye contact|(?:not|won'?t) (?:make|making) eye contact"
            r"|listless|glassy[- ]eyed"
            r"|(?:doesn'?t|does not) (?:recogni[sz]e|respond to)"
            r" (?:his |her )?(?:parents?|mother|father|mom|dad)"
        ),
        "ESI v4 handbook ch.6 (paediatric assessment triangle: an abnormal"
        " appearance is high risk); Dieckmann RA et al. Pediatr Emerg Care 2010"
        " (TICLS: tone, interactiveness, consolability, look/gaze, speech/cry)",
        max_age=12,
    ),
    TimeCritical(
        "bilious vomiting in a young child (possible malrotation with volvulus)",
        _rx(
            r"bil(?:ious|e)[- ](?:stained )?(?:vomit\w*|emesis)|vomit\w*(?: \w+){0,3}"
            r" (?:green|bil(?:e|ious))|green (?:vomit\w*|emesis)|\(bilious\)"
        ),
        "APSA / Nelson Textbook of Pediatrics 21st ed.: bilious vomiting in an infant"
        " is malrotation with midgut volvulus until proven otherwise (surgical"
        " emergency)",
        max_age=5,
    ),
    # triage54: an older adult's large-bowel obstruction (sigmoid volvulus,
    # obstructing cancer) told as a swollen abdomen without flatus
    TimeCritical(
        "abdominal distension with no flatus in an older adult (possible large-bowel"
        " obstruction or volvulus)",
        _rx(
            r"no (?:wind|flatus|gas)\b|(?:wind|flatus|gas) (?:or (?:stools?|faeces)"
            r" )?(?:not |has not been |hasn'?t been )?passed|(?:unable|not able|cannot"
            r"|can'?t) (?:to )?pass (?:any )?(?:wind|flatus|gas)|not (?:passed|passing"
            r"|passing any|passed any) (?:wind|flatus|gas)|obstipat\w*"
            r"|absolute constipation"
        ),
        "ESI v4 handbook Table 3-1 (an older adult's acute abdomen is high risk: high"
        " mortality); Tian BWCA et al. 2023 WSES guidelines on sigmoid volvulus. World"
        " J Emerg Surg 2023;18:34 (CT and endoscopic decompression without delay:"
        " ischaemia and perforation)",
        requires=_rx(
            r"distend\w*|distension|bloated (?:\w+ )?(?:abdomen|belly|stomach|tummy)"
            r"|(?:swollen|swelling of|tight|distended) (?:\w+ ){0,2}(?:abdomen|belly"
            r"|stomach|tummy)|(?:abdomen|belly|stomach|tummy) (?:\w+ ){0,2}(?:swollen"
            r"|tight|distended|bloated)|volvulus"
        ),
        min_age=65,
        absent_finding=True,
        not_home_unevaluated=True,
        points_to=("bowel_obstruction", "sigmoid_volvulus"),
    ),
    TimeCritical(
        "late pregnancy: cord, membranes, labour or reduced fetal movement",
        _rx(r"(?:third trimester|3rd trimester|term pregnan\w*|full term)"),
        "AWHONN Maternal-Fetal Triage Index 2015 (cord prolapse: MFTI 1; decreased"
        " fetal movement, ruptured membranes, preterm labour: MFTI 2); ACOG 2020"
        " (cord prolapse)",
        requires=_rx(
            r"(?:cord|waters? (?:broke|broken|(?:has|have) (?:broken|gone))"
            r"|ruptur\w* (?:of )?(?:the )?membranes"
            r"|leaking fluid|gush of fluid|contractions|in labou?r|urge to push"
            r"|crowning|(?:baby|fetus)(?: \w+){0,2} (?:has not|hasn'?t|not|stopped)"
            r" (?:moved|moving|kicking)|(?:decreased|reduced|less|no) fetal movements?"
            r"|(?:decreased|reduced) movements?)"
        ),
        female_of_childbearing_age=True,
        not_home_unevaluated=True,
        gestation_from=SECOND_HALF_WEEKS,
    ),
    TimeCritical(
        "syncope during exertion",
        _rx(EXERTIONAL_SYNCOPE_WORDS),
        "ACC/AHA/HRS 2017 syncope guideline (Shen WK et al.: syncope during exertion"
        " is a high-risk feature of a cardiac cause)",
        # cardio44: the flag is about the cardiac causes (Brignole M et al. ESC 2018
        # syncope, Table 5): an unconfirmed leader gives way to them, not to a faint
        points_to=("arrhythmic_syncope", "hypertrophic_cardiomyopathy"),
    ),
    TimeCritical(
        "possible acute angle-closure glaucoma",
        _rx(
            r"halo(?:e?s)?(?: around lights)?|(?:sudden|severe|acute)(?: \w+){0,2}"
            r" eye pain|painful,? red(?: \w+)? eye|red,? painful(?: \w+)? eye"
        ),
        "AAO Preferred Practice Pattern: primary angle-closure disease 2020 (acute"
        " angle closure: painful red eye, halos, blurred vision, nausea: lower the"
        " pressure within hours; lead32: a painful red eye with headache or vomiting"
        " is the same picture)",
        requires=_rx(r"(?:halo(?:e?s)?|blurr\w*|vomit\w*|nause\w*|headache|red eye)"),
    ),
    TimeCritical(
        "possible acute angle-closure glaucoma",
        _rx(
            r"blurr\w*|(?:decreas\w*|reduc\w*|diminish\w*|poor|dim\w*|cloudy|hazy)"
            r" (?:\w+ )?vision|vision (?:is |has |went |got )?(?:\w+ )?(?:blurr\w*|dim"
            r"|cloudy|hazy|foggy)"
        ),
        "AAO Preferred Practice Pattern: primary angle-closure disease 2020 (acute"
        " angle closure: blurred vision with an aching eye or brow and nausea or"
        " vomiting, read as the triad whatever the complaint word)",
        requires=_rx(
            r"eye (?:pain|ache)|(?:pain(?!less)\w*|ach\w*|hurt\w*|sore)"
            r" (?:in |around |behind )?(?:the |her |his |my )?(?:\w+ )?eyes?"
            r"|eye (?:is |was )?(?:\w+ )?(?:pain(?!less)\w*|sore|hurt\w*)"
            r"|(?:ocular|orbital|brow) (?:pain|ache)"
            r"|headache"
        ),
        requires_also=_rx(r"nause\w*|vomit\w*|threw up|throwing up|red eye|eye is red"),
    ),
    TimeCritical(
        "possible acute limb ischaemia",
        _rx(
            r"(?:cold|pale|white|blue|mottled|pulseless|numb|dusky)"
            r"(?:,? (?:and )?(?:cold|pale|white|blue|mottled|pulseless|numb|dusky"
            r"|painful|pale-looking))*"
            r" (?:\w+ )?(?:legs?|foot|feet|arms?|hands?|limbs?)"
            r"|(?:legs?|foot|feet|arms?|hands?|limbs?) (?:\w+ ){0,2}(?:(?:painful|numb"
            r"|cold|pale|white),? (?:and )?)*(?:cold|pale|white|blue|mottled"
            r"|pulseless)"
            # pain with paraesthesia of one limb: two of the 6 Ps ("sudden severe pain
            # and numbness of the left leg")
            r"|(?:pain(?!less)\w*|ache\w*) (?:and|with) (?:numbness|tingling|coldness"
            r"|pallor"
            r"|pins and needles|par(?:a)?esthesi\w*) (?:of|in) (?:the |his |her |my )?"
            r"(?:(?:left|right|l|r) )?(?:legs?|foot|feet|arms?|hands?|limbs?)"
        ),
        "ESVS 2020 acute limb ischaemia (Bjorck M et al.: the 6 Ps; a cold, pale limb"
        " with sensory or motor loss threatens the limb within hours: heparin and a"
        " vascular consult now); ESI v4 handbook ch.4 (neurovascular compromise)",
        requires=_rx(
            r"(?:sudden\w*|pain(?!less)\w*|woke|numb\w*|tingl\w*|(?:can'?t|cannot"
            r"|unable to)"
            r" (?:feel|move)|weak\w*|atrial fibrillation|a-?fib|af)"
        ),
        requires_also=_rx(
            r"cold|pulseless|no pulse|white|mottled|(?:can'?t|cannot|unable to) feel"
            r"|numb\w*|paralys\w*|(?:can'?t|cannot|unable to) move"
        ),
        points_to=("acute_limb_ischemia",),
        spares=chronic_numbness_spans,
    ),
    TimeCritical(
        "venomous snakebite",
        _rx(
            r"(?:snake|rattlesnake|rattler|pit viper|copperhead|cottonmouth|viper"
            r"|adder|cobra|mamba)(?: \w+){0,2} (?:bite|bitten)"
            r"|bitten by (?:a |an )?(?:\w+ )?(?:snake|rattlesnake|rattler|viper"
            r"|copperhead|cottonmouth|adder|cobra)"
        ),
        "Lavonas EJ et al. BMC Emerg Med 2011 unified treatment algorithm for pit"
        " viper envenomation (progressive swelling: antivenom); WHO 2016 snakebite"
        " guidelines",
    ),
    TimeCritical(
        "possible compartment syndrome",
        _rx(
            r"compartment syndrome|pain(?: \w+){0,4} (?:with|on) passive"
            r" (?:stretch\w*|movement|extension|flexion)|tense(?:,| and)? swollen"
            rf"|swollen(?:,| and) tense|pain out of proportion|{PASSIVE_STRETCH}"
        ),
        "BOAST 2016 acute compartment syndrome (pain out of proportion and on passive"
        " stretch: fasciotomy within hours); ESI v4 handbook ch.4",
        requires=_rx(
            r"(?:arm|forearm|leg|calf|thigh|hand|foot|limb|extremit\w*|crush\w*|cast"
            r"|fracture\w*|finger|toe)s?"
        ),
    ),
    TimeCritical(
        # trauma31: "forearm fracture, tense forearm": a tense compartment after a
        # fracture or a crush is the sign itself (BOAST 10), not a swelling to rest
        "possible compartment syndrome",
        _rx(TENSE_COMPARTMENT),
        "BOAST 2016 acute compartment syndrome (a tense compartment after a fracture"
        " or crush: fasciotomy within hours); ESI v4 handbook ch.4",
        requires=_rx(
            r"fractur\w*|crush\w*|cast|back-?slab|plaster|splint\w*|trapped|pinned"
        ),
    ),
    TimeCritical(
        # lead35: pain escalating despite opioids in a fractured or casted limb is
        # the earliest sign, before the stretch sign (BOAST 10: increasing pain and
        # analgesic requirement)
        "possible compartment syndrome",
        _rx(
            r"pain(?: \w+){0,3} (?:not (?:helped|relieved|controlled|touched) by"
            r"|unrelieved by|uncontrolled by|despite"
            r"|(?:increasing|escalating|worsening) despite)"
            r"(?: \w+){0,2} (?:morphine|opioids?|opiates?|analgesi\w*"
            r"|painkillers|pain relief)"
        ),
        "BOAST 10 2016 acute compartment syndrome (increasing pain and analgesic"
        " requirement after a fracture or in a cast: split the cast, fasciotomy within"
        " hours); ESI v4 handbook ch.4",
        requires=_rx(
            r"fractur\w*|crush\w*|cast|back-?slab|plaster|splint\w*|trapped|pinned"
        ),
    ),
    TimeCritical(
        # peds41 (vasc41's request): "entire leg massively swollen and purple" was ESI 3
        "possible phlegmasia (a whole leg swollen and blue)",
        _rx(
            r"(?:whole|entire|full) (?:left |right )?(?:leg|lower limb)(?: \w+){0,3}"
            r" (?:swollen|swelling|oedema\w*|edema\w*)"
            r"|(?:swollen|swelling) (?:\w+ ){0,3}(?:to|up to|into) the (?:groin|thigh)"
            r"|(?:massive\w*|gross\w*|huge\w*) swollen (?:left |right )?"
            r"(?:leg|lower limb)"
            r"|(?:swollen|swelling) (?:\w+ ){0,2}(?:whole|entire) (?:left |right )?leg"
            r"|(?:whole|entire) (?:left |right )?(?:leg|lower limb)"
            r" (?:is |was )?(?:dusky|blue|purple|cyanos\w*|cyanotic)"
        ),
        "Kakkos SK et al. ESVS 2021 venous thrombosis (phlegmasia cerulea dolens:"
        " limb-threatening iliofemoral DVT, thrombus removal); ESI v4 handbook ch.4"
        " (a threatened limb)",
        requires=_rx(
            r"(?:dusky|blue|bluish|purple|purplish|violaceous|cyanos\w*|cyanotic"
            r"|mottl\w*)(?! (?:and )?bruis)"
        ),
        points_to=("phlegmasia_cerulea_dolens",),
    ),
    TimeCritical(
        "fever with immunocompromise",
        IMMUNOCOMPROMISE,
        "IDSA/ASCO febrile neutropenia 2018; NHLBI 2014 sickle cell disease expert"
        " panel (fever >= 38.5 C: urgent evaluation, functional asplenia); ESI v4"
        " handbook ch.4 (fever in an immunocompromised patient)",
        requires=_rx(
            r"(?:fever\w*|febrile|chills|rigors|temp\w*(?: \w+){0,2} (?:3[89]|4[0-2]))"
        ),
        points_to=("neutropenic_fever",),
    ),
    TimeCritical(
        "sudden loss of vision in one eye (curtain or shade)",
        _rx(
            r"(?:dark |black |grey |gray )?(?:curtain|shade|veil|shadow)"
            r" (?:\w+ ){0,2}(?:came|coming|come|fell|falling|went|moving|drawn|pulled)"
            r" (?:\w+ ){0,1}(?:down|over|across|up)"
            r"|(?:went|goes|gone|turned) (?:dark|black|blank) in (?:one|his|her|my|the)"
            r" (?:left |right )?eye"
        ),
        "ESI v4 handbook ch.4 (sudden loss of vision is high risk); AAO 2019"
        " retinal and ophthalmic artery occlusions and posterior vitreous detachment /"
        " retinal break PPPs (a curtain over the field: urgent same-day assessment)",
        not_home_unevaluated=True,
        points_to=("crao", "retinal_detachment"),
    ),
    TimeCritical(
        "breathlessness with a venous thromboembolism risk factor (possible PE)",
        _rx(
            r"short(?:ness)? of breath|\bsob\b|dyspn\w*|breathless\w*|(?:trouble"
            r"|difficulty) breathing|(?:can'?t|cannot|could not|couldn'?t) (?:catch"
            r"|get) (?:my|his|her|their) breath"
        ),
        "ESC 2019 acute PE (Konstantinides SV et al.: sudden dyspnoea or pleuritic"
        " pain with a provoking factor - surgery or immobilisation in the past 4"
        " weeks, oestrogen, a long journey - is a clinical suspicion of PE; Wells"
        " 1.5 for each); ESI v4 handbook ch.4 (a condition that can easily"
        " deteriorate)",
        requires=_rx(
            r"(?:surgery|operation|operated on|arthroplasty|replacement)(?: \w+){0,3}"
            r" (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve|fourteen|few|several|couple of) (?:days?|weeks?) ago"
            r"|(?:days?|weeks?) (?:after|since|post) (?:\w+ ){0,2}(?:surgery|operation)"
            r"|post-?op(?:erative)?(?: day)?|(?:long|long-haul|\d+ ?(?:h|hrs?|hours?))"
            r" (?:flight|plane ride|drive|car ride|bus ride)|bed-?(?:ridden|bound)"
            r"|immobili[sz]\w*|(?:leg|ankle) (?:is )?in a cast|birth control pills?"
            r"|oral contraceptives?|\bocps?\b|(?:estrogen|oestrogen)"
            # peds56: pregnancy and the puerperium (ESC 2019 Table 1; RCOG GTG 37b
            # 2015: a pregnant woman with a sudden breathlessness or a pleuritic pain
            # is tested for VTE expeditiously and given LMWH until it is excluded)
            r"|(?<!not )(?<!non-)(?<!non )pregnant|\d+ ?(?:weeks?|wks?)'? gestation"
            r"|postpartum|post-partum|gave birth|(?:after|since) (?:the |her )?"
            r"(?:birth|delivery|caesarean|cesarean|c-section)"
        ),
        requires_also=_rx(
            r"sudden\w*|abrupt\w*|all at once|pleuritic|(?:hurts|painful"
            r"|pain(?!less)\w*)"
            r" (?:\w+ ){0,2}(?:when|to|on) (?:s?he |i )?(?:breathes?|breathing|take a"
            r" (?:deep )?breath|breath(?:es)? in)|cough\w* (?:up )?blood|ha?emoptysis"
        ),
        min_age=12,
        not_home_unevaluated=True,
        points_to=("pulmonary_embolism",),
    ),
    TimeCritical(
        "alcohol withdrawal with tremor or hallucinations",
        _rx(
            r"(?:stopped|quit|stop|cut (?:back|down)|not had a|hasn'?t had a|last)"
            r" (?:\w+ ){0,2}(?:drinking|drink|drinks|alcohol|booze)"
            # the drinking named first ("drinks a bottle of vodka a day, stopped two
            # days ago"), or the seizure named as the withdrawal's
            r"|(?:drinks|drinking|drinker|alcohol\w*)(?: [\w,-]+){0,8}"
            r" (?:stopped|quit|cut (?:back|down)|ran out)"
            r"|(?:alcohol|etoh)[- ]withdrawal seizures?|withdrawal seizures?"
        ),
        "ASAM 2020 alcohol withdrawal management (tremor, sweating and"
        " hallucinations after stopping heavy drinking: risk of seizures and"
        " delirium tremens); ESI v4 handbook ch.4 (a condition that can easily"
        " deteriorate)",
        requires=_rx(
            r"tremor\w*|tremul\w*|trembl\w*|shak(?:y|ing|es)(?! chills)|hallucinat\w*"
            r"|seiz\w*|convuls\w*|(?:had|has had) (?:a )?fit\b"
            r"|seeing (?:things|bugs|spiders|insects|people)|(?:bugs|spiders|insects)"
            r" (?:on|crawling)|hearing things|withdrawal|(?:had|has had) (?:a )?"
            r"seizures? (?:when|after)"
        ),
        min_age=12,
        points_to=("alcohol_withdrawal",),
    ),
    # triage53 (trauma53's request): neck pain with midline tenderness after a
    # dangerous mechanism is a cervical spine injury until CT (immobilised meanwhile)
    TimeCritical(
        "possible cervical spine injury (midline neck tenderness after an injury)",
        _rx(
            r"midline (?:\w+ ){0,2}(?:tender\w*|pain\w*)|tender\w* (?:\w+ ){0,3}"
            r"(?:over |at |of )?(?:the )?(?:c ?[1-7]\b|cervical spin\w*|spinous"
            r" process\w*)|(?:c-?spine|cervical spine) (?:\w+ ){0,2}tender\w*"
        ),
        "Stiell IG et al. The Canadian C-spine rule. JAMA 2001;286:1841 (dangerous"
        " mechanism: a fall from 3 feet or 5 stairs, an axial load); Hoffman JR et al."
        " NEXUS. N Engl J Med 2000;343:94 (midline tenderness); NICE NG41 2016 spinal"
        " injury (immobilise, CT within 1 hour); ESI v4 handbook ch.4",
        requires=_rx(
            r"fell|falls?\b|fallen|dive\w*|diving|collision|crash\w*|roll-?over"
            r"|ejected|thrown|axial|landed on (?:\w+ )?(?:head|neck)|hit by|struck by"
            r"|rtc|mvc|rta|motorbike|motorcycle|bicycle|horse|tackle\w*|whiplash"
            r"|injur\w*|trauma"
        ),
        requires_also=_rx(r"neck|cervical|c ?[1-7]\b|c-?spine"),
        not_home_unevaluated=True,
    ),
    # triage53 (cardio53's request): a faint during exertion is arrhythmic or
    # outflow-obstructive until shown otherwise
    TimeCritical(
        "syncope during exertion",
        _rx(
            r"(?:faint\w*|passed out|pass(?:es|ing)? out|collaps\w*|syncop\w*|blacked"
            r" out|black(?:s|ing)? out)(?: \w+){0,3} (?:while|during|when|on|after)"
            r" (?:\w+ )?(?:running|exercis\w*|exertion|climbing|walking up|playing"
            r"|jogging|cycling|swimming|training|sports?|football|lifting|exerting)"
            r"|(?:exertional|effort|exercise[- ]induced) (?:syncope|collapse|faint\w*)"
            r"|(?:faint\w*|passed out|collaps\w*) climbing"
        ),
        "Brignole M et al. ESC 2018 syncope guidelines, Table 5 (syncope during"
        " exertion: high risk, admit or syncope unit); Shen WK et al. ACC/AHA/HRS 2017"
        " syncope; ESI v4 handbook ch.4",
        not_home_unevaluated=True,
    ),
    TimeCritical(
        "syncope with a known structural heart disease",
        _rx(
            r"hypertrophic (?:obstructive )?cardiomyopathy|\bhocm\b|\bhcm\b"
            r"|aortic stenosis|pulmonary (?:arterial )?hypertension|\bpah\b"
            r"|arrhythmogenic (?:right ventricular )?cardiomyopathy|brugada|long qt"
        ),
        "Brignole M et al. ESC 2018 syncope guidelines, Table 5 (severe structural"
        " heart disease: high risk); Ommen SR et al. AHA/ACC 2020 HCM (unexplained"
        " syncope: sudden death risk); Humbert M et al. ESC/ERS 2022 pulmonary"
        " hypertension (syncope: high-risk feature); ESI v4 handbook ch.4",
        requires=_rx(
            r"faint\w*|syncop\w*|passed out|pass(?:es|ing)? out|collaps\w*"
            r"|blacked out|black(?:s|ing)? out|loss of consciousness"
        ),
        not_home_unevaluated=True,
    ),
    # triage53 (lead53's request): levodopa missed in Parkinson's disease
    TimeCritical(
        "Parkinson's disease with levodopa doses missed (vomiting or unable to"
        " swallow)",
        _rx(
            r"parkinson\w*|levodopa|l-?dopa|co-?careldopa|co-?beneldopa|sinemet"
            r"|madopar|stalevo|rotigotine"
        ),
        "NICE NG71 2017 Parkinson's disease (do not withdraw antiparkinsonian"
        " medicines abruptly: acute akinesia, neuroleptic malignant-like syndrome);"
        " Newman EJ et al. The parkinsonism-hyperpyrexia syndrome. Neurocrit Care"
        " 2009;10:136; Parkinson's UK Get It On Time (time-critical medication); ESI"
        " v4 handbook ch.4",
        requires=_rx(
            r"miss(?:ed|ing)? (?:\w+ ){0,3}(?:doses?|levodopa|medications?|meds"
            r"|tablets|pills)|(?:not|unable to|can'?t|cannot|couldn'?t) (?:\w+ ){0,2}"
            r"(?:take|keep down|swallow)|vomit\w*|nil by mouth|\bnbm\b"
            r"|swallow\w* (?:is )?(?:poor|unsafe)|poor swallow"
        ),
        not_home_unevaluated=True,
    ),
    # triage53: a widow or funnel-web spider's bite with systemic features is
    # envenoming, not a sting (local pain alone is mild latrodectism)
    TimeCritical(
        "venomous spider bite with systemic envenoming (latrodectism, funnel-web)",
        _rx(
            r"black widow|widow spiders?|red-?back(?: spiders?)?|red back spiders?"
            r"|latrodect\w*|funnel[- ]?web\w*|(?:brown )?recluse(?: spiders?)?"
            r"|loxoscel\w*|wandering spiders?|phoneutria"
        ),
        "Isbister GK, Fan HW. Spider bite. Lancet 2011;378:2039 (latrodectism:"
        " regional or generalised pain, sweating, abdominal rigidity, hypertension need"
        " parenteral opioids and observation; funnel-web: life-threatening, antivenom);"
        " ESI v4 handbook ch.4 (high risk) and ch.5 (IV medication)",
        requires=_rx(
            r"cramp\w*|spasms?|rigid\w*|sweat\w*|diaphore\w*|vomit\w*|nause\w*"
            r"|abdom\w*|belly|stomach|chest|muscle\w*|hypertens\w*|tingl\w*|drool\w*"
            r"|salivat\w*|twitch\w*|fasciculat\w*|confus\w*|agitat\w*|short of breath"
            r"|breathless\w*|(?:severe|intense|excruciating|spreading) pain"
        ),
        not_home_unevaluated=True,
    ),
    # triage53: the first days of chemotherapy for a lymphoma or leukaemia are tumour
    # lysis's window (Cairo-Bishop laboratory TLS: potassium, phosphate, urate,
    # creatinine), whatever the complaint the referral names
    TimeCritical(
        "possible tumour lysis syndrome (chemotherapy just started for a lymphoma or"
        " leukaemia, with abnormal bloods, less urine or cramps)",
        _rx(
            r"lymphoma|leuka?emi\w*|burkitt\w*|lymphoblastic|\baml\b|\bcll\b"
            r"|myeloma"
        ),
        "Jones GL et al. BSH guideline for the management of tumour lysis syndrome."
        " Br J Haematol 2015;169:661 (first 72 h after chemotherapy; hyperkalaemia is"
        " the arrhythmic risk); Cairo MS, Bishop M. Br J Haematol 2004;127:3; ESI v4"
        " handbook ch.4 (high risk)",
        requires=_rx(
            r"(?:start\w*|began|begun|commenced|first (?:dose|cycle|course)|cycle 1"
            r"|day \d{1,2} of)(?: \w+){0,3} (?:chemo\w*|induction|venetoclax"
            r"|treatment)|chemo\w*(?: \w+){0,3} (?:\d|one|two|three|four|five|a few)"
            r" days? ago|chemo\w*(?: \w+){0,2} (?:yesterday|this week)"
        ),
        requires_also=_rx(
            r"bloods?\b|blood (?:tests?|results?)|potassium|\bk\b|urate|uric|phosphate"
            r"|creatinine|kidney|renal|less urine|passing less|not passing|little urine"
            r"|reduced urine|urine output|cramp\w*|palpitat\w*|tingl\w*|twitch\w*"
        ),
        not_home_unevaluated=True,
    ),
    # triage53: a new seizure in a headache (SNNOOP10: neurological dysfunction) is a
    # space-occupying lesion, a CNS infection or a bleed until imaged
    TimeCritical(
        "headache with a new seizure (space-occupying lesion, CNS infection or"
        " haemorrhage)",
        _rx(r"headaches?"),
        "Do TP et al. Red and orange flags for secondary headaches in clinical"
        " practice: SNNOOP10 list. Neurology 2019;92:134 (neurological dysfunction,"
        " including seizures); NICE CKS headache assessment 2024; ESI v4 handbook ch.4",
        requires=_rx(
            r"(?<!no )(?:seizures?|seizing|seized|convuls\w*|fitt(?:ed|ing)"
            r"|(?:had|having|with|then|and) (?:a |one |another )?fits?\b)"
        ),
        spares=known_epilepsy_spans,
        not_home_unevaluated=True,
    ),
    # triage53: a seizure after MDMA (water loading) or another stimulant is acute
    # hyponatraemia or sympathomimetic toxicity until the sodium is back
    TimeCritical(
        "seizure after ecstasy or a stimulant (acute hyponatraemia, sympathomimetic"
        " toxicity)",
        _rx(
            r"ecstasy|\bmdma\b|\bmolly\b|amphetamine\w*|methamphetamine|\bmeth\b"
            r"|cocaine|crack|mephedrone|cathinone\w*|bath salts"
        ),
        "Spasovski G et al. ESE/ESICM/ERBP clinical practice guideline on"
        " hyponatraemia. Eur J Endocrinol 2014;170:G1 (a seizure with acute"
        " hyponatraemia: 150 mL 3% saline now); Campbell GA, Rosner MH. Clin J Am Soc"
        " Nephrol 2008;3:1852 (MDMA and water loading); ESI v4 handbook ch.4",
        requires=_rx(
            r"(?<!no )(?:seizures?|seizing|seized|convuls\w*|fitt(?:ed|ing)"
            r"|(?:had|having|with|then|and) (?:a |one |another )?fits?\b)"
        ),
        not_home_unevaluated=True,
    ),
    # triage53: a diabetic on an SGLT2 inhibitor who vomits or breathes fast has a
    # ketoacidosis whatever the glucose until the ketones are measured
    TimeCritical(
        "possible euglycaemic ketoacidosis (unwell on an SGLT2 inhibitor)",
        _rx(
            r"\w*gliflozin|sglt-?2(?: inhibitors?)?|forxiga|jardiance|invokana"
            r"|steglatro|synjardy|xigduo|glyxambi|qtern"
        ),
        "MHRA Drug Safety Update 2016 and 2020 (SGLT2 inhibitors: diabetic"
        " ketoacidosis, may be euglycaemic; peri-operative risk); JBDS-IP 02 The"
        " management of diabetic ketoacidosis in adults, 2023; ESI v4 handbook ch.4",
        requires=_rx(
            r"vomit\w*|nause\w*|abdominal pain|belly pain|(?<!no )breathless\w*"
            r"|short of breath|rapid breathing|kussmaul|drows\w*|ketones?|ketosis"
            r"|dehydrat\w*"
        ),
        not_home_unevaluated=True,
    ),
    # triage53: gastrointestinal symptoms after eating wild mushrooms are amatoxin's
    # until the delay is known (a delay of 6 h or more is its signature)
    TimeCritical(
        "wild mushroom ingestion with gastrointestinal symptoms (possible amatoxin)",
        _rx(
            r"(?:wild|foraged|forest|woodland|field|garden|unknown|unidentified)"
            r" mushrooms?|mushrooms? (?:\w+ ){0,3}(?:picked|foraged|found|gathered)"
            r"|(?:picked|foraged|gathered) (?:\w+ ){0,2}mushrooms?|toadstools?"
            r"|death ?caps?|amanita|destroying angels?"
        ),
        "Diaz JH. Syndromic diagnosis and management of confirmed mushroom"
        " poisonings. Crit Care Med 2005;33:427 (symptoms 6 h or more after eating:"
        " amatoxin, liver failure); EASL 2017 acute liver failure; ESI v4 handbook"
        " ch.4 (high-risk ingestion)",
        requires=_rx(
            r"vomit\w*|diarrh\w*|abdominal|belly|stomach|cramp\w*|jaundice\w*"
            r"|yellow|sick"
        ),
        not_home_unevaluated=True,
    ),
)
"""The time-critical patterns, each an ESI-2 high-risk situation on its own."""

_DENIED_MECHANISM: Final = (
    r"(?:did not|didn'?t|never)(?= (?:fall|fell|hit|strike|struck|bump|land|trip))"
)
"""An injury's mechanism denied ("did not fall", "didn't hit her head"): a negation
cue there only, never before a sign ("did not pass urine" is retention), esi32."""
_FORWARD_CUE = re.compile(
    r"(?i)(?<![a-z])(?:no|denies|denied|without|negative(?: for)?|history of"
    # esi33: a drug the patient is not taking ("is not on blood thinners")
    r"|(?:is |are |was )?not (?:on|taking)|isn'?t (?:on|taking)"
    r"|(?:does|did) not take|doesn'?t take|takes no"
    r"|allergic to|allergies ?:|allergies (?:include|are|to)|allergy to|nkda"
    r"|hx of|h/o|prior(?! to)|previous|family (?:history|hx)"
    r"|(?:mother|father|brother|sister|sibling)(?:'s)? (?:history|had|has had|died)"
    # a past lesion's lasting deficit ("residual left arm weakness"), a remote event
    # (ConText historical triggers, Harkema 2009; AHA/ASA 2019: baseline disability)
    r"|residual|long-?standing|remote"
    # a deficit called chronic, baseline or old ("baseline left-sided weakness from a
    # stroke in 2018", "chronic right leg weakness, unchanged"): the patient's usual
    # state, not a new deficit (AHA/ASA 2019: pre-stroke disability is baseline)
    r"|chronic|baseline|(?<![-\w])old(?= (?:[\w-]+ ){0,2}(?:weak\w*|droop\w*|deficits?"
    r"|hemipar\w*|palsy|numb\w*|aphasi\w*|dysarthri\w*|paralys\w*))"
    # the stroke behind a lasting state ("bedbound since a stroke"), not a new one
    r"|(?:since|after|following) (?:a|an|his|her|their) (?:\w+ )?(?:stroke|cva)"
    r"(?! (?:today|yesterday|this|last night|tonight|earlier|an? (?:hour|few)"
    r"|\d+ (?:min|hour|hr)))"
    r"|(?:not|isn'?t|wasn'?t|aren'?t)(?= (?:drool|vomit|bleed|cough|wheez|febrile"
    r"|feverish|short of breath|sweat|diaphoretic|in (?:any |acute |obvious )?distress"
    r"|dizzy|light-?headed|swollen|swelling|hurt|hurting|painful|tender))"
    # an injury's mechanism denied ("she did not fall", "didn't hit her belly"), esi32
    rf"|{_DENIED_MECHANISM})"
    r"(?![a-z])"
)
"""Negation, history, family-history and allergy-list cues ("allergic to sulfa",
"Allergies: penicillin (hives)" record a past reaction, not an exposure now) whose
scope runs forward (NegEx, Chapman
WW et al. J Biomed Inform 2001;34:301; ConText, Harkema H et al. J Biomed Inform
2009;42:839). A parent named as the informant ("mother states the baby is limp") is
not family history: only a relative's own history or death is. A bare "not" negates a
verb, which at triage is usually the sign itself ("could not move his arm", "not
breathing", "not drinking"), so it is a cue only before a sign whose absence it states
("is not drooling", "is not vomiting", "not in distress", "lips are not swollen", "it
does not hurt"); "did not" only before an injury's mechanism ("did not fall", "didn't
hit her head"), never before a sign ("did not pass urine" is retention)."""
_BACKWARD_CUE = re.compile(
    r"(?i)(?<![a-z])(?:(?:years?|yrs?|months?|mos?) ago|last (?:year|month)"
    r"|in the past|as a (?:child|baby|teenager|toddler|kid)|in (?:his |her )?childhood"
    r"|left over from|residual from)(?![a-z])"
)
"""History cues that follow what they qualify ("a stroke two years ago", "anaphylaxis
to peanuts as a child", "a droop left over from Bell's palsy"): the whole clause is
history."""
_PRESENT_AFTER_ASIDE: Final = re.compile(
    r"(?i),\s*(?:and\s+)?(?:now\s+)?(?:has|have|is|are|presents?|presenting|presented"
    r"|reports?|complains?|comes?|came|developed|started|began|woke|arrives?|arrived"
    r"|was brought)(?![a-z])"
)
"""The sentence's own verb after a comma ("..., intubated two years ago, has had a weak
voice since yesterday"; "diagnosed with lung cancer last month, presenting with a
swollen face"): what follows the dated aside is today's presentation."""


def _history_aside_blanked(clause: str, cue: re.Match[str]) -> str:
    """The clause with a backward cue's aside (between commas) blanked, or "" if all.

    ConText (Harkema 2009) gives a backward historical trigger the sentence before
    it; when the dated event sits in an aside between commas and the sentence goes on
    with its own verb ("a woman with myasthenia, intubated for a crisis two years ago,
    has had trouble swallowing since yesterday"), only the aside is history (esi32);
    so is a dated event that opens the sentence, up to its comma (triage54).
    """
    start = clause.rfind(",", 0, cue.start())
    after = _PRESENT_AFTER_ASIDE.search(clause, cue.end())
    if after is None or "," in clause[cue.end() : after.start()]:
        return ""
    # triage54: a dated history that opens the sentence ("a 71-year-old diagnosed
    # with lung cancer last month, presenting with a swollen face") is blanked from
    # the clause's start; the presentation after its comma stays today's
    start = max(start, 0)
    return clause[:start] + " " * (after.start() - start) + clause[after.start() :]


_SCOPE_END = re.compile(
    r"(?i)(?:,\s*(?:and\s+)?(?:has|have|had|is|was|with|reports?|endorses?|complains?"
    r"|noted|found|appears|looks|says|states|tells)(?![a-z])"
    # a list item that is the subject of its own verb opens a new clause ("denies
    # fever, chest pain started an hour ago": the pain is asserted; NegEx/ConText,
    # as rules.findings reads a note)
    # triage53: a measured value after a comma ("no loss of consciousness, GCS 15,
    # neck pain with midline tenderness") is an observation, not a denied item
    r"|,\s*(?=(?:gcs|hr|bp|spo2|sats?|rr|temp\w*|pulse|heart rate|avpu)\s*:?\s*\d)"
    r"|,\s*(?=(?:(?!(?:and|or|nor)\s)[a-z-]+\s+){1,3}(?:started|starts|began|begins"
    r"|worsened|worsens|radiates|developed|came on|comes on|appeared|(?:is|was|are"
    r"|were) (?:worse|worsening|getting|severe|constant|new|ongoing|present))(?![a-z]))"
    r"|(?<![a-z])(?:but|however|though|although|except|yet|presents?|presenting"
    r"|presented|reports?|reporting|endorses?|complains?|c/o|says|said|states|stated"
    r"|tells|told|describes?|now|today|currently|this (?:morning|afternoon|evening)"
    r"|tonight|which|who|arrives?|arrived|comes?|came|brought|developed|began|started"
    r"|woke|suddenly|has|is|was|are|were|asks?|asked|asking|wants?|wanted"
    r"|requests?|requested|and (?:now|then|he|she|they)"
    # peds49: an acute-on-chronic change ends a chronic or history cue's scope ("known
    # chronic low back pain, worse for 2 days with new pain down both legs": ConText
    # terminators, Harkema 2009); "without new" stays inside a negation
    r"|worse (?:for|since|over|in|after|today|this)|(?:getting|got|became|becoming)"
    r" worse|worsen(?:ed|ing)? (?:for|since|over)|with (?:a |an )?new)(?![a-z]))"
)
"""Where a forward cue's scope ends (ConText terminators: a new predicate, 'but',
'now', 'presents'): "with no past history says he suddenly could not move his arm"
keeps the weakness; "denies weakness, numbness, or slurred speech" has none, so the
whole list stays negated."""
_CLAUSE = re.compile(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))+")
"""A narrative's clauses: a full stop ends one, a decimal point does not ("potassium
6.6 mmol/L" is one value, not "potassium 6" and "6 mmol/L")."""
_CONTRAST = re.compile(r"(?i),?\s+(?:but|however|although|though|except)\s+")
"""ConText terminators (Harkema H et al. J Biomed Inform 2009): a cue's scope ends at
'but' ("thinking about hurting herself but has no plan": the ideation is asserted)."""


_NEGATED_SPAN = re.compile(
    r"(?i)(?<![a-z])(?:no|denies|denied|without|negative for"
    rf"|{_DENIED_MECHANISM})(?: (?!but\b|and\b)"
    r"[a-z/-]+){1,3}"
)
"""A negated phrase in a short complaint ("8 WEEKS PREGNANT, SPOTTING, NO PAIN"): up to
three words after the cue, to the next comma (NegEx scope, Chapman 2001)."""


_NO_HISTORY = re.compile(
    r"(?i)(?<![a-z])(?:no|without|denies(?: any)?)(?: (?:significant|prior|past"
    r"|known|previous|relevant|other|chronic))*(?: (?:medical|cardiac|surgical"
    r"|psychiatric))?(?: (?:history|hx|pmh|problems|illness\w*|conditions))"
    r"(?: of note| of(?: (?!and\b|or\b|but\b|now\b|with\b|who\b|presents?\b"
    r"|presenting\b|today\b)[a-z/-]+){1,3})?(?![a-z])"
)
"""A negated past history ("no significant past history", "no known medical
problems") negates only itself: what follows is the present illness. medgi55: the
condition it names is negated with it, to the next comma or conjunction ("no history of
cancer, face swollen": no cancer; NegEx, Chapman WW et al. 2001)."""


_OF: Final = re.compile(r"\s+of(?![a-z])")


def _no_history_blanked(clause: str) -> str:
    """``clause`` with each negated past history blanked (``_NO_HISTORY``).

    "no significant past history" negates only itself; "no history of splenectomy"
    negates what it names too, to the next comma or scope terminator (NegEx, Chapman
    2001; triage55: the splenectomy was read as an asplenia), never past it: "no
    history of trauma, sudden weakness of the left arm" keeps the weakness.
    """
    out = clause
    for m in _NO_HISTORY.finditer(clause):
        stop = m.end()
        if _OF.match(clause, stop):
            end = _SCOPE_END.search(clause, stop)
            comma = clause.find(",", stop)
            stops = [e for e in (end.start() if end else -1, comma) if e >= 0]
            stop = min(stops) if stops else len(clause)
        out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
    return out


_STATED_NORMAL: Final = re.compile(
    rf"(?i)(?<![a-z])(?:{NORMAL_BREATHING}|(?:[a-z]+ (?:and|or) )?[a-z]+ (?:is|are"
    r"|was|were|looks?|looked) (?=not (?:swollen|swelling|painful|tender)(?![a-z])))"
)
"""Spans that state an absence: breathing stated normal, and the subject of a negated
sign ("her lips and tongue are not swollen": NegEx post-negation, Chapman 2001), whose
"not" the forward cue then blanks with the sign."""


def _current(clause: str) -> str:
    """The clause with each negated or historical span blanked, or "" if all history.

    A forward cue blanks the text from the cue to the next scope terminator (or the
    clause end); a backward cue ("years ago") makes the whole clause history; normal
    breathing and a negated sign's subject are blanked (``_STATED_NORMAL``).
    """
    if m := _BACKWARD_CUE.search(clause):
        clause = _history_aside_blanked(clause, m)
        if not clause:
            return ""
    out = _no_history_blanked(clause)
    out = _BASELINE_CHUNK.sub(_blank_if_unchanged, out)
    out = _STATED_NORMAL.sub(lambda m: " " * len(m.group(0)), out)
    pos = 0
    while m := _FORWARD_CUE.search(out, pos):
        end = _SCOPE_END.search(out, m.end())
        stop = end.start() if end else len(out)
        out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
        pos = stop
    return out if out.strip() else ""


_HISTORY_CUE = re.compile(
    r"(?i)(?<![a-z])(?:history of|hx of|h/o|prior(?! to)|previous|family (?:history|hx)"
    r"|(?:mother|father|brother|sister|sibling)(?:'s)? (?:history|had|has had|died)"
    r"|allergic to|allergies ?:|allergies (?:include|are|to)|allergy to|nkda"
    r"|residual|long-?standing|remote)"
    r"(?![a-z])"
)


def _history_blanked(text: str) -> str:
    """A short complaint with its historical spans blanked ("H/O CVA, NOW FALL").

    Negation in a short complaint keeps its three-word scope (``_NEGATED_SPAN``);
    a history cue reaches to the next comma or terminator, a backward cue ("a stroke
    two years ago") makes the whole complaint history.
    """
    if _BACKWARD_CUE.search(text):
        return ""
    pos = 0
    while m := _HISTORY_CUE.search(text, pos):
        end = _SCOPE_END.search(text, m.end())
        comma = text.find(",", m.end())
        stops = [e for e in (end.start() if end else -1, comma) if e >= 0]
        stop = min(stops) if stops else len(text)
        text = text[: m.start()] + " " * (stop - m.start()) + text[stop:]
        pos = stop
    return text


def _texts(facts: ClinicalFacts) -> list[str]:
    """Triage text to read: the complaint, or the current clauses of a narrative."""
    return list(_texts_of(facts.chief_complaint or ""))


@functools.lru_cache(maxsize=1024)
def _texts_of(complaint: str) -> tuple[str, ...]:
    """:func:`_texts` of one complaint (cached: several rules read the same text)."""
    cc = plain_quotes(complaint)
    if len(cc) <= CC_MAX_CHARS:
        return (_history_blanked(_NEGATED_SPAN.sub(" ", cc)),)
    return tuple(
        _current(clause)
        for m in _CLAUSE.finditer(cc)
        for clause in _CONTRAST.split(m.group(0))
    )


def triage_clauses(facts: ClinicalFacts) -> list[str]:
    """The triage text's current clauses, typeset quotes read as ASCII.

    A short complaint is one clause; a narrative gives its clauses without negation or
    history cues.
    """
    return [t for t in _texts(facts) if t]


_DIGIT: Final = _rx(
    r"fingers?|fingertips?|thumbs?|toes?|toenails?|fingernails?|nail ?beds?"
    r"|phalan\w*|tuft|(?:pip|dip|ip) joint|digits?|pinky|pinkie"
)
_LIMB_ABOVE_DIGIT: Final = _rx(
    r"tibi\w*|fibul\w*|femurs?|femoral|thighs?|shins?|legs?|forearms?|arms?"
    r"|humer\w*|radius|radial|ulna\w*|wrists?|ankles?|elbows?|knees?|hips?|pelvi\w*"
    r"|metacarp\w*|metatars\w*|hands?|foot|feet|clavic\w*|calcane\w*"
)


_OPEN_WORDS: Final = _rx(
    r"open (?:\w+ )?(?:fracture|deformity)|compound|bones?|protrud\w*"
)
_PART_CLAUSE: Final = re.compile(r"[.;,:\n]|\band\b|\bbut\b", re.I)
_FRACTURE_WORDS: Final = _rx(
    r"fractur\w*|broken|break|deform\w*|protrud\w*|compound|crooked|angulat\w*"
    r"|sticking (?:out|through)|poking (?:out|through)"
)
_HIGH_ENERGY: Final = _rx(
    r"motor ?(?:cycl\w*|bike)|motor vehicle|mvc|crash\w*|collision|struck by|run over"
    r"|(?:fell|fall\w*|jumped) (?:from|off) (?:a |the )?(?:height|roof|ladder|balcony"
    r"|scaffold\w*|building|horse|\d+)|gunshot|shot|blast|explosion|crush\w*"
)


def _open_clauses(facts: ClinicalFacts) -> list[str]:
    """The triage text's clauses that name an open fracture or a bone seen."""
    return [
        c
        for t in triage_clauses(facts)
        for c in _PART_CLAUSE.split(t)
        if _OPEN_WORDS.search(c)
    ]


def bone_seen_without_fracture(facts: ClinicalFacts) -> bool:
    """Whether the open wound worded is only bone seen in a wound, no fracture.

    "Bone visible" at the base of a pretibial flap or a scalp laceration, or "exposed
    bone" in a chronic ulcer, names a wound's depth, not a broken bone: an open
    fracture needs a fracture (BOAST 4, BOA/BAPRAS 2017: a fracture communicating
    with a wound). Without a fracture, deformity or high-energy mechanism worded, the
    wound is graded by its resources (x-ray, repair: ESI v4 handbook ch.5).
    """
    text = " | ".join(triage_clauses(facts))
    return not (_FRACTURE_WORDS.search(text) or _HIGH_ENERGY.search(text))


def open_wound_not_high_risk(facts: ClinicalFacts) -> bool:
    """Whether the open wound worded is no high-risk open fracture (decision point B).

    A finger's or toe's (``open_digit_fracture_only``) or bone seen in a wound with no
    fracture (``bone_seen_without_fracture``).
    """
    if not any(
        f.concept == "open_wound" and f.status == "present" for f in facts.findings
    ):
        return False
    return open_digit_fracture_only(facts) or bone_seen_without_fracture(facts)


def open_digit_fracture_only(facts: ClinicalFacts) -> bool:
    """Whether the open fracture worded is of a finger or toe (no limb above named).

    An open fracture of a long bone or a joint above the digits needs antibiotics
    within the hour and a limb-threat assessment (BOAST 4, BOA/BAPRAS 2017 open
    fractures): a high-risk situation (ESI v4 handbook ch.4). An open fracture of a
    finger or toe (a crushed fingertip, an open tuft fracture) is a stable patient
    managed by the hand service (BSSH Hand Trauma Standards 2021; no benefit of
    urgent antibiotics in open distal phalanx fractures: Metcalfe D et al. J Hand
    Surg Eur 2016;41:423): graded by its resources (x-ray, repair: ESI 3).
    """
    if not any(
        f.concept == "open_wound" and f.status == "present" for f in facts.findings
    ):
        return False
    clauses = _open_clauses(facts) or [" | ".join(triage_clauses(facts))]
    return all(_DIGIT.search(c) and not _LIMB_ABOVE_DIGIT.search(c) for c in clauses)


NOT_HOME_UNEVALUATED: Final = tuple(p.name for p in PATTERNS if p.not_home_unevaluated)
"""Patterns that forbid a Discharge forecast until an ED evaluation the reasoner could
judge is visible (AHA/ASA 2019 stroke-unit care; ESI v4 ch.4 airway compromise; ACEP
2019 acute headache: CT/LP for subarachnoid haemorrhage first; ACOG 2018/2020 ectopic
pregnancy, pre-eclampsia)."""


_PREFILTER: Final = Prefilter(tuple(p.pattern for p in PATTERNS))
"""The time-critical patterns' required strings, looked for once per text."""
_BITS: Final = tuple(1 << i for i in range(len(PATTERNS)))
"""``PATTERNS[i]``'s bit in ``_PREFILTER.candidates``."""


POINTS_TO: Final[dict[str, tuple[str, ...]]] = {
    p.name: p.points_to for p in PATTERNS if p.points_to
}
"""Pattern name -> the knowledge-base diagnoses it is about."""


def time_critical(facts: ClinicalFacts) -> list[str]:
    """Time-critical patterns present in the triage text, with their sources.

    Args:
        facts: Clinical facts at triage (chief complaint, vitals block, sex, age, and
            the population's pregnancy and gestational age).

    Returns:
        "name (source)" for each matching pattern; empty when none matches.
    """
    pop = facts.population
    weeks = pop.gestation_weeks if pop.pregnancy == "pregnant" else None
    return list(
        _time_critical(
            facts.chief_complaint or "",
            facts.sex,
            facts.age,
            pop.pregnancy,
            weeks,
            ectopic_excluded(facts),
        )
    )


EARLY_PREGNANCY_WEEKS: Final = 14
"""NICE NG126 2023 (ectopic pregnancy and miscarriage) covers early pregnancy, up to
13 completed weeks; an ectopic presents at 5-10 weeks (ACOG PB 193 2018; ACEP clinical
policy on early pregnancy 2017)."""
ABRUPTION_WEEKS: Final = 20
"""From 20 weeks abdominal pain is a placental abruption's or labour's (ACOG CO 775
2019; RCOG Green-top 63): the known pregnancy stays a high-risk situation."""
_ASSISTED_CONCEPTION: Final = _rx(
    r"ivf|in vitro|icsi|assisted (?:reproduct\w*|conception)|embryo transfer"
    r"|fertility (?:treatment|drugs?)|ovulation induction|clomi\w*"
)
"""Assisted conception, after which a heterotopic pregnancy (~1 in 100) keeps an
ectopic possible beside a seen intrauterine one (RCOG Green-top 21, 2016)."""


def ectopic_excluded(facts: ClinicalFacts) -> bool:
    """Whether this pregnancy is known not to be an ectopic one (triage38).

    An intrauterine pregnancy seen on a scan of this pregnancy (the knowledge base's
    ``intrauterine_pregnancy``, ``_this_pregnancy``) without assisted conception
    (heterotopic pregnancy after spontaneous conception ~1 in 30,000: RCOG Green-top
    21, 2016; ACOG PB 193 2018), or a documented gestation of 14 weeks or more (past
    early pregnancy, NICE NG126). Then the ectopic's criteria (ESI v4 handbook ch.4:
    possible ectopic, haemodynamically stable) do not apply and pain is judged by the
    other decision points (threatened miscarriage: labs and an ultrasound, ESI 3).
    """
    pop = facts.population
    weeks = pop.gestation_weeks if pop.pregnancy == "pregnant" else None
    if weeks is not None and weeks >= EARLY_PREGNANCY_WEEKS:
        return True
    if not facts.has("intrauterine_pregnancy"):
        return False
    return not any(_ASSISTED_CONCEPTION.search(t) for t in triage_clauses(facts))


def pregnancy_not_high_risk(facts: ClinicalFacts) -> bool:
    """Whether a known pregnancy is no high-risk situation by itself (triage38).

    Before 20 weeks an abdominal complaint's "known pregnancy" stands for the ectopic
    (ESI v4 handbook ch.4); when the ectopic is excluded (``ectopic_excluded``) and the
    gestation is under 20 weeks (no abruption yet: ACOG CO 775 2019), the pain is
    judged by its own findings and resources.
    """
    pop = facts.population
    weeks = pop.gestation_weeks if pop.pregnancy == "pregnant" else None
    return ectopic_excluded(facts) and (weeks is None or weeks < ABRUPTION_WEEKS)


def _gestation_counts(p: TimeCritical, pregnancy: str, weeks: int | None) -> bool:
    """Whether the documented pregnancy reaches the pattern's ``gestation_from``."""
    if p.gestation_from is None or pregnancy != "pregnant":
        return False
    return p.gestation_from == 0 or (weeks is not None and weeks >= p.gestation_from)


@functools.lru_cache(maxsize=1024)
def _time_critical(
    complaint: str,
    sex: str | None,
    age: int | None,
    pregnancy: str = "unknown",
    weeks: int | None = None,
    not_ectopic: bool = False,
) -> tuple[str, ...]:
    """:func:`time_critical` of one complaint, patient and pregnancy (cached)."""
    texts = [t for t in _texts_of(complaint) if t]
    if not texts:
        return ()
    joined = " | ".join(texts)
    out: list[str] = []
    # Each text's required strings are looked for once (``Prefilter``): a pattern
    # none of whose strings a text names cannot match there (``may_match``). A
    # pattern's spared spans are blanked after the prefilter (blanking only removes).
    scanned = [(t, _PREFILTER.candidates(t)) for t in texts]
    for bit, p in zip(_BITS, PATTERNS, strict=True):
        read = [
            t if p.spares is None else p.spares(t, joined)
            for t, may in scanned
            if may & bit
        ]
        if p.absent_finding:
            read = [plain_quotes(complaint)]
        if not (
            any(_patients(p.pattern, t, p.household) for t in read)
            or _gestation_counts(p, pregnancy, weeks)
        ):
            continue
        if p.requires is not None and not (
            p.requires.search(joined)
            or (p.requires_history and _in_history(p.requires, complaint))
        ):
            continue
        if p.requires_also is not None and not p.requires_also.search(joined):
            continue
        if p.early_pregnancy_only and not_ectopic:
            continue
        if p.female_of_childbearing_age and (
            pregnancy == "not_pregnant" or not _may_be_pregnant(sex, age)
        ):
            continue  # a documented negative: a negative test, "not pregnant"
        if p.male and sex == "F":
            continue
        if p.female and sex == "M":
            continue
        if p.min_age is not None and age is not None and age < p.min_age:
            continue
        if p.max_age is not None and (age is None or age > p.max_age):
            continue
        out.append(f"{p.name} [{p.source}]")
    return tuple(out)


def _in_history(pattern: re.Pattern[str], complaint: str) -> bool:
    """Whether ``pattern`` names the patient's own present or past condition."""
    text = plain_quotes(complaint)
    return any(
        context_status(text, m.start(), m.end()) in ("present", "historical")
        and not negative_prefix(text, m.start())
        for m in pattern.finditer(text)
    )


def _patients(pattern: Searches, text: str, household: bool = False) -> bool:
    """Whether ``pattern`` matches ``text`` somewhere as the patient's own.

    A relative's state is not the patient's ("her brother has sickle cell disease",
    "father had a stroke at 50"): ConText's experiencer (``rules.findings``), read on
    the clause the negation and history cues left (``_current``). A ``household``
    pattern (a shared exposure) reads the relative's clause too. A mention with a
    "non-" prefix is negated ("projectile non-bilious vomiting": NegEx reads "non" as
    a pre-negation; Chapman WW et al. 2001).
    """
    if not isinstance(pattern, re.Pattern) or household:
        return pattern.search(text) is not None
    if not may_match(pattern, text):
        return False
    return any(
        context_status(text, m.start(), m.end()) != "family"
        and not negative_prefix(text, m.start())
        for m in guard_of(pattern).finditer(text)
    )


_STRIDOR_WHEN_UPSET: Final = _rx(
    r"stridor(?: \w+){0,2} (?:only )?(?:when|with|while|on) (?:crying|cries|upset"
    r"|agitat\w*|coughing|active|exertion)|no stridor at rest"
)
_OTHER_AIRWAY: Final = _rx(
    r"drool\w*|(?:can'?t|cannot|unable to) swallow|throat (?:is |feels? )?(?:tight\w*"
    r"|closing|swell\w*)|tongue swell\w*|singed|soot|stridor at rest|tripod\w*"
)


def stridor_only_when_upset(facts: ClinicalFacts) -> bool:
    """Stridor heard only when the child cries or is upset, no other airway sign.

    Westley croup score (Westley CR et al. Am J Dis Child 1978;132:484): stridor with
    agitation scores 1, at rest 2; mild croup (no stridor at rest, no retractions) is
    treated with oral dexamethasone and discharged (Bjornson CL, Johnson DW. CMAJ
    2013;185:1317). It is not the handbook's airway compromise (ch.4), which stridor
    at rest is.
    """
    text = plain_quotes(facts.chief_complaint or "")
    # peds48: an airway sign denied ("no drooling") is none: read the current clauses
    return bool(_STRIDOR_WHEN_UPSET.search(text)) and not any(
        _OTHER_AIRWAY.search(t) for t in _texts(facts)
    )


def _may_be_pregnant(sex: str | None, age: int | None) -> bool:
    if sex == "M":
        return False
    return age is None or 10 <= age <= 55


_RESPONSE_VERB: Final = (
    r"(?:respon\w*|react\w*|open (?:his |her |their )?eyes|wake|waken\w*|rous\w*"
    r"|stir\w*)"
)
_VOICE_STIMULUS: Final = (
    r"(?:(?:a |his |her |their |the )?(?:loud )?(?:voice|verbal(?: \w+)?|speech"
    r"|shout\w*|name)|(?:being |is |she is |he is )?(?:spoken|talked|called|shouted)"
    r"(?: to| at)?)"
)
_NO_RESPONSE_TO_VOICE: Final = re.compile(
    # negation + a response (or "answer or <response>") + to/when + a voice stimulus:
    # "does not answer or open her eyes when spoken to", "no response to verbal
    # stimuli", "will not wake when his name is called" (AVPU P or U, Table 3-3)
    r"(?i)(?<![a-z])(?:does not|doesn'?t|did not|didn'?t|will not|won'?t|cannot|can'?t"
    r"|could not|couldn'?t|unable to|fails? to|not|no|without)"
    r"(?: (?:answer\w*|speak\w*|talk\w*|respon\w*) (?:or|and|nor))? "
    + _RESPONSE_VERB
    + r"(?: \w+){0,2}? (?:to|when|on) "
    + _VOICE_STIMULUS
)
_UNRESPONSIVE_TO_VOICE = re.compile(
    r"(?i)(?:(?:does not|doesn'?t|not|un)\s?respon\w* to (?:voice|verbal|speech)"
    r"|respon\w* only to (?:pain|painful|noxious)"
    r"|(?:does not|doesn'?t|did not|didn'?t|not|no) (?:respon\w*|react\w*)"
    r" (?:\w+ ){0,2}to (?:a |his |her )?(?:loud )?(?:shout\w*|voice)"
    r"|only respon\w* to (?:pain|painful|noxious|sternal rub)"
    # the other common word order: "responds to pain only", "responsive to painful
    # stimuli only" (AVPU P: ACS ATLS 10th ed.)
    r"|respon\w* to (?:pain|painful|noxious|sternal rub)(?: stimul\w*)? only"
    r"|(?:does not|doesn'?t|did not|didn'?t|will not|won'?t) open (?:his |her |their )?"
    r"eyes (?:\w+ ){0,2}(?:to|when) (?:voice|verbal|speech|(?:his |her )?name|spoken"
    r"|called|talked|asked)"
    r"|(?:withdraws?|withdrawing|locali[sz]\w*) (?:\w+ ){0,2}(?:to|from) (?:a )?pain"
    r"|(?:withdraws?|withdrawing|moans?|moaning|groans?|groaning|grimac\w*|locali[sz]\w*)"
    r" (?:\w+ ){0,5}(?:to|when|with|on|from) (?:a |his |her )?(?:painful stimul\w*"
    r"|sternal rub|sternum (?:is |was )?rubbed|pinch\w*|nail[- ]?bed pressure"
    r"|trapezius squeeze))"
)
_VITALS_NORMAL = re.compile(
    r"(?i)\b(?:vital signs?|vitals|vs)\b[^.;]{0,25}\b(?:within normal limits|wnl|"
    r"normal|unremarkable|stable)\b|\bno abnormal vital signs?\b|\bVSS\b"
    r"|\b(?:obs|observations)\b[^.;]{0,15}\b(?:within normal limits|wnl|normal)\b"
)
"""Vital signs recorded as normal without values ("vital signs within normal limits",
"VSS" / "vital signs stable", "obs normal")."""


def responds_only_to_pain(facts: ClinicalFacts) -> bool:
    """Whether the triage text says the patient does not respond to voice (AVPU P/U)."""
    text = plain_quotes(facts.chief_complaint or "")
    return bool(
        _UNRESPONSIVE_TO_VOICE.search(text) or _NO_RESPONSE_TO_VOICE.search(text)
    )


def vitals_documented_normal(facts: ClinicalFacts) -> bool:
    """Whether the triage text documents the vitals as normal without their values."""
    return bool(_VITALS_NORMAL.search(facts.chief_complaint or ""))


_SEVERE_PAIN_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:severe|excruciating|unbearable|agoni[sz]ing|intolerable"
    r"|uncontrolled|uncontrollable|intractable|refractory"
    r"|writhing(?: in)?)(?: [a-z]+){0,2} (?:pain|[a-z]*ache|cramp(?:s|ing)?)(?![a-z])"
    r"|(?<![a-z])worst (?:[a-z]+ ){0,2}(?:s?he|they|i) (?:has |have |had )?ever"
    r" (?:had|felt|experienced)"
    r"|(?<![a-z])worst (?:[a-z]+ )?(?:pain|[a-z]*ache) of (?:his|her|my|their)"
    r" li(?:fe|ves)"
)
_NEGATED_BEFORE = re.compile(r"(?i)(?<![a-z])(?:no|not|denies|without)(?![a-z])")


def stated_severe_pain(facts: ClinicalFacts) -> bool:
    """Whether the triage text states the pain as severe ("severe abdominal pain").

    ESI v4 handbook ch.3: severe pain/distress is judged by the patient's rating *or*
    the nurse's observation; a complaint written "severe <site> pain" records it. Read
    on the complaint or a narrative's current, unnegated clauses.
    """
    for text in _texts(facts):
        for m in _SEVERE_PAIN_WORDS.finditer(text):
            if not _NEGATED_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
                return True
    return False


DEHYDRATION_MAX_AGE: Final = 3
"""The Clinical Dehydration Scale was validated from 1 to 36 months."""
_DEHYDRATION_SIGNS: Final = (
    _rx(
        r"(?:unable to|can'?t|won'?t|will not) (?:drink"
        r"|keep (?:anything|fluids|liquids) down"
        r"|hold (?:anything|fluids|liquids) down)|not (?:drinking|feeding)"
        r"|refus\w+ (?:to drink|fluids|feeds?|(?:the |her |his )?bottles?)"
    ),
    _rx(
        r"(?:hasn'?t|has not|hadn'?t|had no|no|without)(?: had)?(?: a)? wet"
        r"(?: a)? diapers?|(?:no|decreased|little|minimal) urine(?: output)?"
        r"|(?:not|hasn'?t) (?:peed|peeing|urinated|urinating)"
    ),
    _rx(r"(?:very |extremely )?dry (?:mucous membranes|mucosa|mouth|lips)"),
    _rx(r"sunken (?:eyes|fontanel\w*)|no tears|without tears|tearless"),
    _rx(r"letharg\w*|listless|floppy|limp|hard to (?:wake|rouse|arouse)"),
)
"""Signs of the Clinical Dehydration Scale (Friedman JN et al. J Pediatr 2004;145:
201-7: appearance, eyes, mucous membranes, tears) and of intake and urine output."""


def dehydrated_young_child(facts: ClinicalFacts) -> list[str]:
    """Signs of significant dehydration in a child under 3: a high-risk situation.

    ESI v4 handbook Table 3-1: a 9-month-old with vomiting and diarrhoea who is unable
    to drink, has not wet a diaper for hours and has very dry mucous membranes is
    high risk (ESI 2); the same child drinking, with a wet diaper and tears, is not.
    Two or more distinct signs are required. The negated wording is the sign itself
    ("hasn't wet a diaper"), so the whole triage text is read.
    """
    if facts.age is None or facts.age >= DEHYDRATION_MAX_AGE:
        return []
    text = plain_quotes(facts.chief_complaint or "")
    signs = sum(1 for rx in _DEHYDRATION_SIGNS if rx.search(text))
    if signs < 2:
        return []
    return [
        f"signs of significant dehydration in a child under {DEHYDRATION_MAX_AGE}"
        " (ESI v4 handbook Table 3-1; Clinical Dehydration Scale, Friedman 2004)"
    ]


_FLACCID = _rx(r"flaccid|floppy|limp|hypotoni\w*|no (?:muscle )?tone|poor tone")
FLACCID_MAX_AGE: Final = 2


def flaccid_infant(facts: ClinicalFacts) -> list[str]:
    """A flaccid (floppy, limp) infant: an ESI 1 presentation.

    ESI v4 handbook ch.2 lists the flaccid baby among patients needing an immediate
    life-saving intervention, and its paediatric Table 6-2 counts decreased muscle tone
    among the signs of respiratory failure. Infants and toddlers under
    ``FLACCID_MAX_AGE`` years (unknown age counts when the text says baby or infant).
    """
    text = plain_quotes(facts.chief_complaint or "")
    if not _FLACCID.search(text):
        return []
    young = facts.age is not None and facts.age < FLACCID_MAX_AGE
    baby_words = re.search(r"(?i)(?<![a-z])(?:baby|infant|newborn|neonate)", text)
    if not (young or (facts.age is None and baby_words)):
        return []
    return ["flaccid infant (decreased tone; ESI v4 handbook ch.2, Table 6-2)"]


_CHANGE_FROM_USUAL: Final = _rx(
    r"not acting (?:right|normal|like (?:him|her|them)sel(?:f|ves))"
    r"|(?:is not|isn'?t|not|wasn'?t) (?:him|her)self|acting (?:strange\w*|odd\w*|funny"
    r"|weird\w*|bizarre\w*)"
)
"""A family's report of a change from the usual self: new confusion unless the nurse
finds the patient oriented (``_ORIENTED``)."""
_ORIENTED: Final = _rx(
    r"(?<!not )(?<!n't )(?:alert and )?oriented(?: (?:x ?|times )?[34]| to (?:person"
    r"|time|place))?"
    r"|knows (?:where (?:s?he|they) (?:is|are)|(?:the )?(?:date|day|year))"
    r"|answers? (?:\w+ ){0,2}(?:appropriately|correctly|sensibly)"
)
"""The nurse's finding of orientation (GCS verbal 5; Teasdale G, Jennett B. Lancet
1974): with it, "not himself" is not new confusion (ESI v4 handbook ch.3)."""
_NEW_CONFUSION: Final = _rx(
    r"acting confused"
    r"|(?:is not|isn'?t|not|has not been|hasn'?t been|stopped) making (?:any )?sense"
    r"|(?:keeps?|kept) asking (?:where|who|what day|the same)"
    r"|(?:does not|doesn'?t|did not|didn'?t|can'?t|cannot) (?:tell|say) (?:us )?where"
    r"|(?:hard|difficult|unable) to (?:wake|rouse|arouse)(?: up)?|won'?t wake up"
    r"|(?:will not|won'?t|would not|wouldn'?t|can'?t|cannot|could not|couldn'?t)"
    r" (?:be )?(?:wake|woken|roused|aroused)(?: up)? (?:properly|fully)"
    r"|only (?:groans|moans|grunts|mumbles)"
    r"|(?:does not|doesn'?t|did not|didn'?t) (?:know|recogni[sz]e)"
    r" (?:where|who|what (?:day|year|month|time)|the (?:date|year)"
    r"|(?:his|her) (?:wife|husband|family|daughter|son|mother"
    r"|father))"
    # triage39: "much sleepier", "sleepier since yesterday": a comparative of the
    # usual self is a change in responsiveness (lethargy), whatever follows it
    r"|(?:more|very|unusually) (?:sleepy|drowsy|confused)|sleepier\b"
    r"|(?:does not|doesn'?t|did not|didn'?t|can'?t|cannot|could not|couldn'?t)"
    r" (?:know|remember|tell (?:us |me |the nurse )?|say|give) (?:his|her|their)"
    r" (?:own )?name"
    r"|(?:can'?t|cannot|could not|couldn'?t|does not|doesn'?t|unable to|won'?t|will"
    r" not) follow (?:simple )?(?:commands|instructions)"
    r"|(?:mumbl|talk|speak|babbl)\w* (?:\w+ )?(?:nonsense|gibberish)|incoherent\w*"
    r"|(?:mix|mixes|mixed|mixing) up (?:\w+ ){0,3}(?:names|people|days|words|family"
    r"|grandchildren|children|kids)|(?:got|gets|getting) lost (?:in|on the way to)"
    r" (?:his|her|their) (?:own )?(?:home|house|street|neighbou?rhood)"
    r"|oriented only to (?:person|self|(?:his|her|their) (?:own )?name)"
    r"|oriented to (?:person|self) only"
    r"|(?:responds?|responding|responsive|reacts?|rousable|arousable)(?: only)? to"
    r" (?:verbal|voice|speech|(?:a )?loud voice|being spoken to|(?:his|her|their)"
    r" name)(?: (?:stimul\w*|commands?|cues?))?"
    r"|(?:only )?opens? (?:his |her |their )?eyes (?:only )?(?:to|when)"
    r" (?:voice|speech|verbal|(?:(?:he|she|they) (?:is|are) )?(?:spoken|talked) to"
    r"|(?:his|her|their) name is (?:called|shouted|said)|(?:shouted|called) at)"
)
"""How families and nurses word new confusion, lethargy or disorientation (ESI v4
handbook ch.3: "new onset confusion, lethargy, or disorientation" is level 2; the
CAM's acute change from baseline, Inouye 1990). The negated wordings are the sign, so
the whole triage text is read. Disorientation to person (does not know his own name),
inability to follow commands and incoherent speech are the orientation and attention
items of the GCS verbal score and the CAM (Teasdale G, Jennett B. Lancet 1974).
Oriented only to person is disorientation to time and place; a patient who responds,
or opens the eyes, only to voice is AVPU V (GCS eye opening 3): lethargy, new
altered mental status at B (ESI v4 handbook ch.3; AVPU: ACS ATLS 10th ed.)."""


def new_confusion_words(facts: ClinicalFacts) -> bool:
    """Whether the triage text words a new change in mentation ("not acting right").

    A change from the usual self reported by the family counts unless the triage
    text finds the patient oriented; disorientation itself always counts.
    """
    text = plain_quotes(facts.chief_complaint or "")
    if _NEW_CONFUSION.search(text):
        return True
    return bool(_CHANGE_FROM_USUAL.search(text)) and not _ORIENTED.search(text)


_LONGSTANDING: Final = _rx(
    r"(?:for|over|x) (?:the )?(?:past |last )?(?:[2-9]|\d{2}|two|three|four|five|six"
    r"|seven|several|few|many|a couple of) (?:days|weeks|months|years)"
    r"|(?:[2-9]|\d{2}|two|three|four|five|six|seven|several|few|many) (?:days|weeks"
    r"|months|years) (?:of|with)|x ?[2-9] ?(?:d|days)\b"
    r"|(?:for|over) (?:a|one|the past|the last) (?:week|month|year)"
    r"|since last (?:week|month)|chronic"
    r"|(?:her|his|my|the) usual (?:\w+ )?(?:pain|ache|headache|migraine|attack"
    r"|episode)s?"
    r"(?! (?:med\w*|relie\w*|kill\w*|tablets?|pills?|drugs?|patch\w*|regimen))"
    r"|like (?:her|his|my) (?:usual|other|previous|typical)"
)
"""Pain present for days or longer, or the patient's usual pain ("her usual
migraine"), not her usual pain *medicine* failing ("her usual pain medicine no longer
controls it" is uncontrolled pain)."""
_DISTRESS: Final = _rx(
    r"writh\w*|moan\w*|groan\w*|crying|screaming|doubled over|diaphore\w*|sweat\w*"
    r"|clammy|pale|ashen|can'?t (?:sit|lie|keep) still|rocking|pacing|grimac\w*"
)
"""Behavioural and autonomic signs of distress a nurse observes (ESI v4 handbook
ch.4, severe pain/distress: the rating is weighed with what the nurse sees)."""


_WORDED_RATING: Final = WORDED_RATING
"""A pain rating in the triage text (``pain_rating``: one pattern with the findings)."""


def worded_pain_rating(facts: ClinicalFacts) -> float | None:
    """The patient's 0-10 pain rating as the triage text words it, or None.

    ESI v4 handbook ch.4 (severe pain/distress): the nurse asks the patient to rate
    the pain on a 0-10 scale; a rating written in the triage narrative is that
    rating when no pain score was charted. A rating above the scale ("20/10") is the
    patient's way of saying the worst pain: the top of the scale. Of two ratings,
    the one given now is the triage rating.
    """
    for text in _texts(facts):
        plain = plain_quotes(text)
        found = list(_WORDED_RATING.finditer(plain))
        if not found:
            continue
        now = [
            m for m in found if _NOW_CUE.search(plain[max(0, m.start() - 20) : m.end()])
        ]
        m = (now or found)[0]
        value = float(next(g for g in m.groups() if g is not None))
        return min(value, PAIN_SCALE_TOP)
    return None


_NOW_CUE: Final = NOW_CUE


_OBSERVED_PAIN_DISTRESS: Final = _rx(
    r"writh\w*|doubled over|(?:can'?t|cannot|unable to) (?:sit|lie|keep) still"
    r"|(?:crying|screaming|moaning|groaning) (?:out )?(?:in|with|from) (?:the )?pain"
    r"|(?:crying|screaming|moaning|groaning|sobbing) (?:out )?(?:and|while)"
    r" (?:holding|clutching|gripping)"
)
"""Behaviour a nurse sees in a patient in severe pain (ESI v4 handbook ch.4: severe
pain/distress is judged by the rating *or* by observation)."""


def observed_pain_distress(facts: ClinicalFacts) -> bool:
    """Whether the triage text records distress from pain ("writhing")."""
    return any(_OBSERVED_PAIN_DISTRESS.search(t) for t in triage_clauses(facts))


def longstanding_pain_without_distress(facts: ClinicalFacts, v: Vitals) -> bool:
    """Severe pain of days' standing, with no observed distress, in an adult under 65.

    ESI v4 handbook ch.4: a pain rating of 7/10 or more prompts the question "would
    you give this patient your last open bed?". Pain present for days (or the
    patient's usual pain) with no observed distress and no tachycardia does not
    take it (the handbook's answer for a two-day migraine rated 20/10: ESI 3); acute
    pain, observed distress or an older patient still can.
    """
    if facts.age is not None and facts.age >= 65:
        return False
    if v.heart_rate is not None and v.heart_rate > 100:
        return False
    clauses = triage_clauses(facts)
    if any(_DISTRESS.search(t) for t in clauses):
        return False
    return any(_LONGSTANDING.search(t) for t in clauses)


_BOTH_ANKLES: Final = _rx(
    r"both (?:ankles|legs|feet|lower legs|calves)|bilateral (?:ankle|leg|pedal|lower"
    r" (?:limb|extremity)) (?:swelling|oedema|edema)|(?:ankles|legs|feet) (?:are |were"
    r" )?(?:both )?swollen|swollen (?:ankles|legs|feet)|pedal (?:oedema|edema)"
)
_ON_EXERTION: Final = _rx(
    r"on exertion|exertional|(?:walking|climbing|going) up (?:the )?(?:stairs|hills?)"
    r"|(?:when|while|on) (?:walking|climbing|exercising)|\bdoe\b|after (?:walking"
    r"|climbing)"
)
_AT_REST: Final = _rx(
    r"at rest|orthopn\w*|lying flat|(?:paroxysmal nocturnal|\bpnd\b)|wakes? (?:\w+ )?"
    r"(?:up )?(?:breathless|short of breath|gasping)|sudden\w*|chest pain|haemopty\w*"
    r"|hemopty\w*|calf|one leg|(?:left|right) (?:leg|calf|ankle)"
)


def exertional_breathlessness_with_both_ankles(facts: ClinicalFacts) -> bool:
    """Both ankles swollen with breathlessness only on exertion (peds48).

    The leg-swelling complaint's breathlessness is high risk as a swollen leg's
    pulmonary embolism (Wells PS et al. 2003; ESI v4 handbook ch.4); a bilateral,
    dependent oedema with breathlessness on exertion only (no breathlessness at rest,
    orthopnoea, sudden onset, chest pain, haemoptysis or a single swollen leg) is a
    heart failure or a drug's oedema to work up (NICE NG106 2018: NT-proBNP, ECG),
    not a high-risk situation; the danger-zone vitals still judge it (decision D).
    """
    texts = _texts(facts)
    return (
        any(_BOTH_ANKLES.search(t) for t in texts)
        and any(_ON_EXERTION.search(t) for t in texts)
        and not any(_AT_REST.search(t) for t in texts)
    )


_LETHARGY_WORD: Final = _rx(r"letharg\w*")
_MILD_LETHARGY: Final = _rx(
    r"(?:mild(?:ly)?|slight(?:ly)?|a (?:bit|little)(?: of)?|somewhat|vague)"
    r" (?:\w+ )?letharg\w*"
)
_NOT_CONFUSED: Final = _rx(
    r"(?:no|not|denies|without) (?:any )?(?:confusion|confused|drowsiness|drowsy)"
    r"|\balert\b|\boriented\b|orientated"
)
MILD_LETHARGY_ADULT_YEARS: Final = 16
_AMS_NOT_LETHARGY: Final = (
    "altered_mental_status",
    "confusion",
    "disorientation",
    "unresponsive",
)


def mild_lethargy_only(facts: ClinicalFacts) -> bool:
    """Whether an adult's only 'lethargy' is a mild tiredness, not the handbook's.

    ESI v4 handbook ch.4: new onset lethargy is level 2 as a change in the level of
    consciousness (sleepy, slow to respond, hard to rouse). An adult whose every
    lethargy word is qualified as mild or slight, and whom the triage text finds
    alert or not confused ("mild lethargy for a week after a viral illness, no
    confusion"), is describing fatigue: judged by resources. A child keeps it
    (NICE NG143: a child not responding normally is a red feature), as does any other
    altered-mentation concept or wording.
    """
    if facts.age is None or facts.age < MILD_LETHARGY_ADULT_YEARS:
        return False
    if not facts.has("lethargy"):
        return False
    if any(
        f.concept in _AMS_NOT_LETHARGY and f.status == "present" for f in facts.findings
    ):
        return False
    text = plain_quotes(facts.chief_complaint or "")
    words = list(_LETHARGY_WORD.finditer(text))
    mild = {m.end() for m in _MILD_LETHARGY.finditer(text)}
    return (
        bool(words)
        and all(w.end() in mild for w in words)
        and bool(_NOT_CONFUSED.search(text))
    )
