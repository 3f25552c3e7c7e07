"""What the patient needs, read from the visible ED text: the level of care it implies.

Disposition follows what the patient needs, not the usual disposition of a diagnosis:
a ventilated asthmatic needs an ICU whatever asthma's usual disposition. Each need is a
documented intervention or state with the level of care it requires and the guideline
behind it. A mention only counts when its clause carries no negation, plan or
hypothetical cue ("no intubation", "may need BiPAP", "not a tPA candidate").
Research software, not for clinical use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

from agents.offline.rules._esi_risk import avpu
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import another_persons, past_intubation
from cases.memo import HashMemo, text_digest
from cases.rx import whole_letters

CareLevel = Literal["icu", "or", "ward"]
"""Level of care: intensive care, operating room, hospital ward."""


@dataclass(frozen=True)
class CareNeed:
    """One documented need and the care level it requires."""

    name: str
    level: CareLevel
    source: str


@dataclass(frozen=True)
class _NeedPattern:
    name: str
    level: CareLevel
    pattern: re.Pattern[str]
    source: str


_rx = whole_letters


_SCCM = "Nates JL et al. SCCM ICU admission guideline. Crit Care Med 2016;44:1553"
NEEDS: Final[tuple[_NeedPattern, ...]] = (
    _NeedPattern(
        "invasive mechanical ventilation",
        "icu",
        _rx(
            r"(?:intubated|intubation|mechanical(?:ly)? ventilat\w*|on (?:the )?vent"
            r"(?:ilator)?|ventilator settings|rsi performed|endotracheal tube placed)"
        ),
        _SCCM,
    ),
    _NeedPattern(
        "non-invasive ventilation",
        "icu",
        _rx(
            r"(?:bipap|bi-pap|cpap|nippv|"
            r"non-?invasive (?:positive pressure )?ventil\w*)"
        ),
        _SCCM + "; ERS/ATS NIV guideline 2017",
    ),
    _NeedPattern(
        "vasopressor infusion",
        "icu",
        _rx(
            r"(?:norepinephrine|levophed|vasopressin|phenylephrine drip|"
            r"epinephrine (?:drip|infusion)|dopamine (?:drip|infusion)|pressors?|"
            r"vasopressors?)"
        ),
        _SCCM + "; Surviving Sepsis Campaign 2021",
    ),
    _NeedPattern(
        "thrombolysis given",
        "icu",
        # dx38: 'lytic' alone is also the radiologist's bone lesion ('lytic lesion of
        # the tibia': Kransdorf MJ, Murphey MD. ACR appropriateness, primary bone
        # tumours), no thrombolysis
        _rx(
            r"(?:alteplase|tpa|tenecteplase|tnk|thromboly\w*|"
            r"lytics?(?! (?:bone |bony |expansile )?(?:lesions?|areas?|foci|focus|"
            r"metastas[ie]s|deposits?|appearances?|changes?|destruction)))"
        ),
        "Powers WJ et al. AHA/ASA 2019: post-thrombolysis monitoring in an ICU or"
        " stroke unit for 24 h",
    ),
    _NeedPattern(
        "hypertonic saline",
        "icu",
        _rx(
            r"(?:3 ?%(?: hypertonic)?(?: sodium chloride| saline| nacl)|"
            r"hypertonic saline)"
        ),
        "Spasovski G et al. hyponatraemia guideline. Eur J Endocrinol 2014;170:G1"
        " (severe hyponatraemia); Carney N et al. Brain Trauma Foundation 4th ed."
        " 2017 (raised intracranial pressure); " + _SCCM,
    ),
    _NeedPattern(
        "insulin infusion",
        "icu",
        _rx(r"insulin (?:drip|infusion|gtt)"),
        "ADA Standards of Care 2024 (DKA/HHS on an insulin infusion)",
    ),
    _NeedPattern(
        "massive transfusion",
        "icu",
        # Bare "MTP" is also the metatarsophalangeal joint ("hot swollen 1st MTP"):
        # count it only with a word that says the protocol ran.
        _rx(
            r"(?:massive transfusion|mtp (?:activated|initiated|called|started|running|"
            r"protocol)|(?:after|activated|initiated|called|started|post|during) "
            r"(?:the )?mtp)"
        ),
        "ACS TQIP massive transfusion guideline 2014",
    ),
    _NeedPattern(
        "return of spontaneous circulation after arrest",
        "icu",
        _rx(r"(?:rosc|return of spontaneous circulation|post-?arrest)"),
        "Panchal AR et al. AHA 2020 post-cardiac arrest care",
    ),
    _NeedPattern(
        "emergency operation",
        "or",
        _rx(
            r"(?:to (?:the )?(?:or|operating room)|emergent(?:ly)? (?:surgery|repair|"
            r"laparotomy|operation)|exploratory laparotomy|taken to surgery|"
            r"for emergent repair|surgical emergency|operative exploration|"
            r"(?:surgical |operative )?debridement)"
        ),
        "ACS: emergency general surgery; SVS AAA guideline 2018",
    ),
    _NeedPattern(
        "operation planned by the surgical team",
        "ward",
        _rx(
            r"(?:consult\w* (?:for|regarding) (?:an? )?|(?:planned|scheduled|booked|"
            r"accepted) for (?:an? )?)(?:urgent |laparoscopic |open |operative |"
            r"surgical )?(?:appendectomy|appendicectomy|cholecystectomy|laparotomy|"
            r"hernia repair|orif|open reduction|internal fixation|fixation|"
            r"hemiarthroplasty|arthroplasty|surgery|operation|operative management|"
            r"surgical management)"
        ),
        "Di Saverio S et al. WSES Jerusalem guidelines 2020 (appendicitis: surgery);"
        " NICE CG124 hip fracture 2011 (surgery on the day of or after admission)",
    ),
    _NeedPattern(
        # orders35: a chest drain in place, or ordered now (not "if large"), is
        # inpatient care on a ward whose staff manage drains
        "a chest drain",
        "ward",
        _rx(
            r"(?:chest (?:drain|tube)s? (?:\w+ ){0,2}(?:in situ|in place|inserted|"
            r"placed|bubbling|swinging|draining)|(?:inserted|placed|put in) (?:an? )?"
            r"(?:intercostal|chest) (?:drain|tube)|chest drain \(tube thoracostomy|"
            r"chest drain (?:\w+ ){0,2}now\b|then tube thoracostomy)"
        ),
        "Havelock T et al. BTS pleural procedures guideline 2010 (chest drains are "
        "managed on a ward by staff trained in their care); Roberts ME et al. BTS "
        "pleural disease guideline 2023",
    ),
)
"""Documented needs with the care level each requires."""

_BLOCK = re.compile(
    r"(?i)(?<![a-z])(?:no|not|without|denies|declined|refused|withheld|contraindicat\w*|"
    r"candidate|consider\w*|may|might|if|possible|possibly|discuss\w*|unless|avoid\w*|"
    r"outside|history of|prior(?! to)|previous|h/o|hold)(?![a-z])"
)
_CLAUSE_END = re.compile(r"[.;!?\n]")


_FORWARD_ONLY: Final = frozenset({"no", "without", "denies"})
"""Negation cues that scope forward only (NegEx pre-negation triggers: Chapman WW et
al. J Biomed Inform 2001;34:301): after a comma that follows the mention they open a
list item of their own ("chest drain in situ, bubbling, no blood in the drain")."""


def _blocked(text: str, start: int, stop: int, m: re.Match[str]) -> bool:
    """Whether a cue in the clause ``text[start:stop]`` negates or defers ``m``.

    A forward-only cue after the mention and a comma names another item of a list,
    not this one; any other cue in the clause blocks it.
    """
    for cue in _BLOCK.finditer(text, start, stop):
        if (
            cue.group().lower() in _FORWARD_ONLY
            and cue.start() >= m.end()
            and "," in text[m.end() : cue.start()]
        ):
            continue
        return True
    return False


def _unblocked(pattern: re.Pattern[str], text: str, newborn_other: bool) -> bool:
    """Whether ``pattern`` occurs in a clause of ``text`` free of ``_BLOCK`` cues.

    A clause under another person's label ("Twin B: intubated", a newborn's in a
    mother's note: ``findings.another_persons``) is that person's need; a mention
    dated before this visit ("intubated at birth", "intubated two years ago":
    ``findings.past_intubation``) is history, no need now (esi32).
    """
    ends: list[int] | None = None
    for m in pattern.finditer(text):
        if ends is None:  # clause boundaries once per text: linear in its length
            ends = [e.end() for e in _CLAUSE_END.finditer(text)]
        k = bisect.bisect_right(ends, m.start())
        start = ends[k - 1] if k else 0
        stop = ends[k] if k < len(ends) else len(text)
        if (
            not _blocked(text, start, stop, m)
            and not another_persons(text, m.start(), newborn_other=newborn_other)
            and not past_intubation(text, m.start(), m.end())
        ):
            return True
    return False


def care_needs(*texts: str | None, newborn_other: bool = False) -> tuple[CareNeed, ...]:
    """Return the needs documented in ``texts`` (first mention of each).

    Args:
        texts: Visible text (one-liner, ED note before the disposition).
        newborn_other: The patient is no newborn: a newborn's label names another
            person ("Baby: intubated" in a mother's note).

    Returns:
        The needs found, in ``NEEDS`` order; empty when none is documented.
    """
    found: set[int] = set()
    for text in texts:
        if text:
            found |= _needs_in(text, newborn_other)
    return tuple(
        CareNeed(need.name, need.level, need.source)
        for i, need in enumerate(NEEDS)
        if i in found
    )


_FOUND: HashMemo[frozenset[int]] = HashMemo(1024)
"""The ``NEEDS`` indices documented in a text, by the text's SHA-256 (no text kept):
a returning patient's notes and a request's repeated note parts are scanned once."""


def _needs_in(text: str, newborn_other: bool) -> frozenset[int]:
    return _FOUND.get_or_compute(
        text_digest(text) + (b"n" if newborn_other else b""),
        lambda: frozenset(
            i
            for i, need in enumerate(NEEDS)
            if _unblocked(need.pattern, text, newborn_other)
        ),
    )


_PLANNED_NAMES: Final = frozenset(
    {
        "invasive mechanical ventilation",
        "non-invasive ventilation",
        "vasopressor infusion",
        "hypertonic saline",
        "emergency operation",
        "massive transfusion",
        "a chest drain",
    }
)
"""Needs that an order of the ED plan itself implies (not only a documented course):
the level of care follows the treatment ordered (SCCM 2016: ICU by the support
needed; Spasovski G et al. 2014: hypertonic saline where sodium can be checked every
few hours; ACS TQIP 2014: a massive transfusion protocol is intensive care)."""
PLANNED_ONLY: Final[tuple[_NeedPattern, ...]] = (
    _NeedPattern(
        "a threatened upper airway watched by the airway team",
        "icu",
        _rx(r"(?:airway team|double set-?up|secure the airway in a controlled)"),
        "Frerk C et al. Difficult Airway Society 2015; Cook TM et al. NAP4 2011 "
        "(upper-airway obstruction: senior airway and ENT at hand, a controlled "
        "airway in theatre if it closes); Guldfred LA et al. J Laryngol Otol "
        "2008;122:818 (most adults with epiglottitis are observed, not intubated)",
    ),
    _NeedPattern(
        "emergent pericardial drainage",
        "or",
        _rx(r"(?:pericardiocentesis|pericardial (?:window|decompression|drainage))"),
        "Adler Y et al. ESC 2015 pericardial diseases guideline (tamponade with "
        "haemodynamic compromise: urgent drainage, cath lab or operating room); "
        "ATLS 10th ed.",
    ),
    _NeedPattern(
        "primary PCI",
        "icu",
        _rx(r"(?:cath(?:eter)? lab\w*|primary pci)"),
        "Byrne RA et al. ESC 2023 ACS (STEMI: primary PCI, then an intensive or "
        "intermediate cardiac care unit, class I)",
    ),
    _NeedPattern(
        "hyperbaric oxygen",
        "ward",
        _rx(r"hyperbaric"),
        "Weaver LK et al. NEJM 2002;347:1057 (three hyperbaric sessions within 24 h "
        "for CO poisoning with loss of consciousness, neurological signs, COHb > 25 "
        "% or pregnancy; UHMS 2019): a referral to a hyperbaric centre, not home",
    ),
    _NeedPattern(
        "three days of IV pulsed methylprednisolone",
        "ward",
        _rx(r"methylprednisolone (?:250|500|1000|500-1000) ?mg[^;]{0,30}\b3 days"),
        "Mackie SL et al. BSR 2020 giant cell arteritis guideline (visual symptoms: IV "
        "methylprednisolone 0.25-1 g daily for up to 3 days, same-day ophthalmology); "
        "Maz M et al. ACR/VF 2021 GCA: daily infusions are hospital care",
    ),
    _NeedPattern(
        "a therapeutic heparin infusion",
        "ward",
        _rx(
            r"(?:unfractionated )?heparin (?:[^;,]{0,40}\b)?(?:infusion|drip)|"
            r"(?:ufh|heparin) infusion"
        ),
        "Garcia DA et al. CHEST 2012 parenteral anticoagulants (an unfractionated "
        "heparin infusion is titrated to the aPTT or anti-Xa level every 6 h: "
        "hospital care)",
    ),
)
"""Needs read from a planned order only: a pericardiocentesis already done in the ED
(documented text) does not send the patient to a procedure room again; a heparin
infusion started in the ED is titrated in hospital."""
MONITORED_BED: Final = _NeedPattern(
    "a high-dependency or ICU bed",
    "icu",
    _rx(r"(?:high-dependency|hdu|icu) bed"),
    _SCCM + " (admission by the monitoring the patient needs)",
)
"""The ED plan's own monitoring order for a monitored bed (alcohol withdrawal
delirium: ASAM 2020): the disposition follows it, not a ward."""
_CONDITION_ASIDE = re.compile(r"(?i)\([^()]*\b(?:unless|if)\b[^()]*\)")
"""A condition in parentheses ("(unless contraindicated)"): the order stands."""
_PLAN_BLOCK = re.compile(
    r"(?i)(?<![a-z])(?:no|not|without|avoid\w*|hold|withheld|contraindicat\w*|"
    r"declined|refused)(?![a-z])"
)
"""Negations of an order name ("avoid positive-pressure ventilation until drained");
a condition ("if severe symptoms") does not block: the plan orders it for this
patient."""
_ONLY_IF: Final = re.compile(r"(?i)\s*only if\b")
"""An order made conditional on a test not yet done ("only if STEMI criteria are met
...", ``agents.leading_gates.qualify``) is no plan yet."""


_AIRWAY_PLAN: Final = re.compile(
    r"(?i)airway team|double set-?up|secure the airway in a controlled"
)
"""The airway team's plan for a threatened upper airway ("secure the airway in a
controlled setting (awake fibreoptic intubation)"): a controlled airway held ready,
not a patient already on a ventilator (Frerk C et al. DAS 2015; Guldfred 2008)."""
_MTP_CONDITIONAL: Final = re.compile(
    r"(?i)massive transfusion(?: protocol)?\s+(?:if|when|should)(?![a-z])"
)
"""A massive transfusion protocol held for a condition ("massive transfusion protocol
if ongoing haemorrhage", "if unstable"): the ACS TQIP 2014 massive transfusion
guideline makes activation a decision on its own criteria (ABC score >= 2, persistent
haemodynamic instability, active bleeding needing an operation or angioembolisation,
transfusion in the trauma bay); a protocol kept in reserve is not yet the intensive
care an activated one is (emergency-release blood is inpatient care already:
``order_safety.inpatient_need``)."""


def _planned(need: _NeedPattern, name: str) -> bool:
    """Whether the order ``name`` orders ``need`` for this patient now."""
    # a need named only inside a conditional aside ("(surgical debridement if an
    # infected wound is the source)") is not ordered now
    return (
        need.pattern.search(_CONDITION_ASIDE.sub(" ", name)) is not None
        and not _PLAN_BLOCK.search(_CONDITION_ASIDE.sub(" ", name))
        and not _ONLY_IF.match(name)
        and not (need.name == "massive transfusion" and _MTP_CONDITIONAL.search(name))
        and not (
            need.name == "invasive mechanical ventilation" and _AIRWAY_PLAN.search(name)
        )
    )


def planned_needs(
    order_names: Sequence[str], monitoring_names: Sequence[str] = ()
) -> tuple[CareNeed, ...]:
    """Return the needs that the ED plan's orders imply.

    Args:
        order_names: Names of the plan's medication, procedure and consult orders.
        monitoring_names: Names of its monitoring orders (a monitored bed only).

    Returns:
        The needs found, in ``NEEDS``, ``PLANNED_ONLY`` then ``MONITORED_BED`` order.
    """
    patterns = [n for n in NEEDS if n.name in _PLANNED_NAMES] + list(PLANNED_ONLY)
    found = [need for need in patterns if any(_planned(need, n) for n in order_names)]
    if any(_planned(MONITORED_BED, n) for n in monitoring_names):
        found.append(MONITORED_BED)
    return tuple(CareNeed(need.name, need.level, need.source) for need in found)


_ESE_2014 = "Spasovski G et al. hyponatraemia guideline. Eur J Endocrinol 2014;170:G1"
SEVERE_HYPONATRAEMIA: Final = (
    "vomiting",
    "seizure",
    "status_epilepticus",
    "lethargy",
    "unresponsive",
    "respiratory_distress",
    "cardiac_arrest",
)
"""Severe symptoms of hyponatraemia (Spasovski 2014, table of symptom severity:
vomiting, cardiorespiratory distress, abnormal and deep somnolence, seizures, coma
GCS <= 8); drowsiness counts here, on the side of monitoring."""
COMA_GCS: Final = 8.0
"""GCS at or below which ESE 2014 calls the depressed consciousness coma."""


def severe_hyponatraemia_symptoms(facts: ClinicalFacts) -> bool:
    """Whether a severe symptom of hyponatraemia (ESE 2014) is documented now."""
    gcs = facts.measurements.get("gcs")
    return (
        any(facts.has(c) for c in SEVERE_HYPONATRAEMIA)
        or (gcs is not None and gcs <= COMA_GCS)
        or avpu(facts) in ("P", "U")
    )


def hyponatraemia_level(
    needs: Sequence[CareNeed], facts: ClinicalFacts
) -> tuple[CareNeed, ...]:
    """``needs`` with hypertonic saline for moderately severe symptoms as ward care.

    Spasovski 2014 (ESE/ESICM/ERBP): severe symptoms get repeated 150 mL 3 % saline
    boluses with the sodium checked every 20 min, in an environment where close
    biochemical and clinical monitoring can be provided (an ICU or high-dependency
    bed); moderately severe symptoms (nausea without vomiting, confusion, headache) a
    single 150 mL infusion, then treatment of the cause with the sodium checked
    after 1, 6 and 12 h: hospital care, not by itself intensive care (SCCM 2016: ICU
    by the support needed). Hypertonic saline without a measured low sodium (raised
    intracranial pressure) keeps its level.
    """
    low = facts.has("sodium_low") or facts.has("sodium_low_profound")
    if not low or severe_hyponatraemia_symptoms(facts):
        return tuple(needs)
    return tuple(
        replace(
            n,
            name="hypertonic saline for moderately severe hyponatraemia",
            level="ward",
            source=_ESE_2014 + " (a single 150 mL infusion; sodium at 1, 6 and 12 h)",
        )
        if n.name == "hypertonic saline"
        else n
        for n in needs
    )
