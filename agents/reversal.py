"""Anticoagulant reversal chosen by the documented drug, never a list of every agent.

Each anticoagulant class has its own reversal (Tomaselli GF et al. 2020 ACC Expert
Consensus Decision Pathway on bleeding in patients on oral anticoagulants, JACC
2020;76:594; Cuker A et al. ASH 2018 VTE guideline: optimal management of
anticoagulation therapy, Blood Adv 2018;2:3257; Frontera JA et al. Neurocritical Care
Society/SCCM 2016 reversal of antithrombotics in intracranial haemorrhage):

- vitamin K antagonist (warfarin): 4-factor PCC by INR and weight plus vitamin K
  5-10 mg IV;
- dabigatran (direct thrombin inhibitor): idarucizumab 5 g IV;
- factor Xa inhibitor (apixaban, rivaroxaban, edoxaban): andexanet alfa, or 4-factor
  PCC 50 units/kg;
- unfractionated heparin: protamine 1 mg per 100 units given in the last 2-3 h;
- low-molecular-weight heparin: protamine 1 mg per 1 mg enoxaparin in the last 8 h
  (partial reversal).

An anticoagulant documented without its name gets no guessed agent: the plan says
the drug is unknown and what to find out first. An anticoagulant worded as stopped
("stopped warfarin 1y ago after a fall", "apixaban discontinued in 2021", "previously
on rivaroxaban") is no current anticoagulation, unless the stop was within
``rules.stopped.STOPPED_HOURS`` (a DOAC taken in the last 48 h still contraindicates
thrombolysis: Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke, section 3.5;
"held this morning" stays current). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents._text import any_text, asserted
from agents.offline.rules.findings import context_status
from agents.offline.rules.stopped import planned, stopped
from agents.schemas import Order
from cases.rx import word_start

__all__ = [
    "AGENTS",
    "ANY_ANTICOAGULANT",
    "STABLE_DOAC_GI_BLEED",
    "Anticoagulant",
    "agent",
    "documented",
    "found",
    "is_reversal",
    "on_anticoagulant",
    "resolve",
]


_rx = word_start


@dataclass(frozen=True)
class Anticoagulant:
    """An anticoagulant class: the names it is written as and its reversal."""

    id: str
    label: str
    names: re.Pattern[str]
    reversal: str


_VKA: Final = (
    r"warfarin|coumadin|jantoven|acenocoumarol|phenprocoumon|vitamin k antagonist|vka\b"
)
_DABIGATRAN: Final = r"dabigatran|pradaxa"
_FACTOR_XA: Final = (
    r"apixaban|eliquis|rivaroxaban|xarelto|edoxaban|savaysa|lixiana|betrixaban|"
    r"factor xa inhibitor"
)
_LMWH: Final = (
    r"enoxaparin|lovenox|clexane|dalteparin|fragmin|tinzaparin|lmwh\b|"
    r"low[- ]molecular[- ]weight heparin"
)
_UFH: Final = r"heparin (?:infusion|drip)|unfractionated heparin|\bufh\b"

AGENTS: Final[tuple[Anticoagulant, ...]] = (
    Anticoagulant(
        "vka",
        "warfarin (vitamin K antagonist)",
        _rx(_VKA),
        "4-factor PCC 25-50 units/kg by INR and weight plus vitamin K 5-10 mg IV by "
        "slow infusion (recheck INR after PCC)",
    ),
    Anticoagulant(
        "dabigatran",
        "dabigatran (direct thrombin inhibitor)",
        _rx(_DABIGATRAN),
        "idarucizumab 5 g IV (two 2.5 g doses); if unavailable, 4-factor PCC 50 "
        "units/kg and consider haemodialysis",
    ),
    Anticoagulant(
        "factor_xa",
        "factor Xa inhibitor",
        _rx(_FACTOR_XA),
        "andexanet alfa (dose by agent, dose and time since the last dose) or "
        "4-factor PCC 50 units/kg",
    ),
    Anticoagulant(
        "lmwh",
        "low-molecular-weight heparin",
        _rx(_LMWH),
        "protamine 1 mg per 1 mg enoxaparin (per 100 anti-Xa units of dalteparin or "
        "tinzaparin) given in the last 8 h, max 50 mg IV slowly (partial reversal)",
    ),
    Anticoagulant(
        "heparin",
        "unfractionated heparin",
        _rx(_UFH),
        "stop the infusion; protamine 1 mg per 100 units of heparin given in the last "
        "2-3 h, max 50 mg IV slowly",
    ),
)
"""Anticoagulant classes, each with its own reversal (ACC 2020 ECDP; ASH 2018)."""

ANY_ANTICOAGULANT: Final = _rx(
    "|".join(
        (r"anticoagula\w*|blood thinners?|doac\b|noac\b|heparin", _VKA, _DABIGATRAN,
         _FACTOR_XA, _LMWH)
    )
)  # fmt: skip
"""Any anticoagulant, named or not ("on a blood thinner", "anticoagulated")."""

UNKNOWN_AGENT: Final = (
    "anticoagulant not named: identify the drug and the time of the last dose "
    "(medication list, pharmacy, family) and send INR, aPTT and anti-Xa / thrombin "
    "time, then reverse by the drug (4-factor PCC plus vitamin K for warfarin, "
    "idarucizumab for dabigatran, andexanet alfa or 4-factor PCC for a factor Xa "
    "inhibitor, protamine for heparin)"
)

_REVERSAL_AGENT: Final = _rx(
    r"4-?f(?:actor)?[- ]?pcc|prothrombin complex|idarucizumab|andexanet|protamine"
)
_REVERSE: Final = _rx(r"revers\w*|antidote")
_INTRACRANIAL_DX: Final = _rx(
    r"\w*subdural|\w*intracranial|\w*intracerebral|subarachnoid|epidural|extradural"
)
_INTRACRANIAL_BLEED: Final = _rx(
    r"(?:subdural|intracranial|intracerebral|subarachnoid|epidural|extradural|"
    r"intraparenchymal)\s+(?:hemorrhag\w*|haemorrhag\w*|hematoma|haematoma|"
    r"bleed\w*|blood)|\b(?:sdh|ich|sah|edh)\b"
)
_SPINAL_DX: Final = _rx(r"spinal epidural|spinal (?:haematoma|hematoma)")
_SPINAL_BLEED: Final = _rx(
    r"spinal (?:epidural |subdural )?(?:haematoma|hematoma|haemorrhag\w*|hemorrhag\w*)"
    r"|epidural (?:haematoma|hematoma|collection) (?:\w+ ){0,4}"
    r"(?:spine|spinal|canal|cord)"
)
"""trauma54: a spinal epidural haematoma is shown by the MRI, not a CT of the head
(Kreppel D et al. Neurosurg Rev 2003;26:1): its reversal waits for that image."""
_HYPOTHETICAL: Final = re.compile(
    r"(?i)\b(?:exclude|excluding|rule out|r/o|evaluate for|assess for|concern for|"
    r"risk of|screen for|look for|if|unless|possible|suspected|\?)[^.;:\n]{0,40}$"
)


def agent(agent_id: str) -> Anticoagulant:
    """The anticoagulant class with this id ("vka", "dabigatran", "factor_xa", ...)."""
    return next(a for a in AGENTS if a.id == agent_id)


def is_reversal(name: str) -> bool:
    """Whether an order name reverses an anticoagulant (not an anticoagulant itself).

    A named reversal agent, or "reverse"/"antidote" with an anticoagulant named
    ("anticoagulation reversal", "reverse the blood thinner"); "reverse
    Trendelenburg" is not one.
    """
    return _REVERSAL_AGENT.search(name) is not None or (
        _REVERSE.search(name) is not None and ANY_ANTICOAGULANT.search(name) is not None
    )


def on_anticoagulant(
    texts: Sequence[str], names: re.Pattern[str] = ANY_ANTICOAGULANT
) -> bool:
    """Whether an anticoagulant (``names``) is documented, not negated, not stopped.

    The memoised ``asserted`` scan answers most texts (no anticoagulant named); a
    mention then counts unless it is negated, hypothetical, a relative's or stopped
    (``rules.stopped``).
    """
    if not asserted(names, texts):
        return False
    return any_text(_taken_in, names, texts)


def _taken_in(names: re.Pattern[str], text: str) -> bool:
    """``on_anticoagulant``'s second step in one text (a recorded ask)."""
    return any(
        context_status(text, m.start(), m.end())
        not in ("absent", "hypothetical", "family")
        and not stopped(text, m.start(), m.end())
        and not planned(text, m.start(), m.end())
        for m in names.finditer(text)
    )


def documented(texts: Sequence[str]) -> tuple[Anticoagulant, ...]:
    """The anticoagulant classes documented (not negated, not stopped) in ``texts``."""
    return tuple(a for a in AGENTS if on_anticoagulant(texts, a.names))


def found(pattern: re.Pattern[str], texts: Sequence[str]) -> bool:
    """Whether ``pattern`` is stated as found: not negated, not only sought.

    "CT to exclude intracranial haemorrhage" is a test's purpose, not a finding.
    """
    return any_text(_found_in, pattern, texts)


def _found_in(pattern: re.Pattern[str], t: str) -> bool:
    """``found`` in one text (a recorded ask)."""
    return any(
        asserted(pattern, [t[max(0, m.start() - 40) : m.end()]])
        and not _HYPOTHETICAL.search(t[max(0, m.start() - 50) : m.start()])
        for m in pattern.finditer(t)
    )


_MECHANICAL_VALVE: Final = _rx(
    r"(?:mechanical|metallic|metal)\s+(?:(?:mitral|aortic|tricuspid|heart|prosthetic)\s+)?"
    r"valve|(?:mechanical|metallic)\s+(?:mvr|avr)\b|st\.? jude\b"
)
"""A mechanical heart valve, whose thrombosis risk off anticoagulation is high (mitral
above all: Vahanian A et al. ESC/EACTS 2021 valvular heart disease 11.3)."""
MECHANICAL_VALVE_ADVICE: Final = (
    "mechanical heart valve: cardiology the same day (the valve's thrombosis risk "
    "against the bleed; when and how to restart anticoagulation once haemostasis is "
    "secure)"
)
"""medgi53 (issue 10): a bleed on warfarin with a metallic mitral valve was reversed
with PCC and vitamin K with no word of the valve: the reversal and the restart are
weighed with cardiology (Vahanian A et al. ESC/EACTS 2021 VHD 11.3.1; Tomaselli GF et
al. ACC 2020 ECDP: the restart's timing by the thrombotic risk; Gralnek IM et al.
ESGE 2021 UGIB: restart warfarin once haemostasis is secure, high-risk patients with
cardiology)."""
_FOR_MAJOR: Final = re.compile(r"(?i)\bfor major bleed\w*")
"""A reversal written for major bleeding only (the GI-bleed protocols)."""
MAJOR_BLEED_CRITERIA: Final = (
    "haemodynamic instability, haemoglobin fall >= 2 g/dL or below 8 g/dL, "
    ">= 2 units transfused, or a critical site"
)


_DOAC_IDS: Final = frozenset({"dabigatran", "factor_xa"})
STABLE_DOAC_GI_BLEED: Final = (
    "no reversal agent while the GI bleed is haemodynamically stable (Abraham NS et "
    "al. ACG-CAG 2022: suggest against PCC and andexanet in GI bleeding on a DOAC; "
    "Oakland K et al. BSG 2019 LGIB: reversal for a life-threatening bleed): the drug "
    "clears in 12-48 h; check renal function and the time of the last dose"
)


def resolve(
    order: Order, texts: Sequence[str], *, major: bool = True, unstable: bool = True
) -> Order:
    """Rewrite a reversal order to the reversal of the documented anticoagulant.

    For an intracranial diagnosis, reversal waits for the CT that shows the bleed
    (NICE NG232 2023: image first; Frontera 2016: reverse once haemorrhage is
    confirmed); the order says so until the text documents it. A reversal written
    'for major bleeding' when the visit documents no major bleed (``major`` False)
    holds the drug now and reverses only if the bleed becomes major: a non-major
    bleed needs the anticoagulant held and local measures, not PCC (ACC 2020 ECDP,
    Tomaselli GF et al. JACC 2020;76:594, figure 2: major = haemodynamic
    instability, a haemoglobin fall >= 2 g/dL or >= 2 units transfused, or a
    critical site).

    A GI bleed on a direct oral anticoagulant (dabigatran, a factor Xa inhibitor)
    that is major by the haemoglobin alone, with no haemodynamic instability and no
    critical site (``unstable`` False), has the drug held and no reversal agent: the
    guidelines differ (ACC 2020 ECDP reverses a major bleed), and the GI guidelines
    decide a GI bleed's (Abraham NS et al. ACG-CAG 2022 periendoscopic management of
    anticoagulants, Am J Gastroenterol 2022;117:542: suggest against PCC and against
    andexanet in GI bleeding on a DOAC; Oakland K et al. BSG 2019 LGIB, Gut
    2019;68:776: reversal agents for life-threatening haemorrhage); a warfarin bleed
    keeps its PCC and vitamin K (BSG 2019; Gralnek IM et al. ESGE 2021).
    """
    agents = documented(texts)
    if agents:
        what = "; ".join(f"{a.label}: {a.reversal}" for a in agents)
        name = f"reverse the documented anticoagulant and hold further doses, {what}"
    else:
        name = UNKNOWN_AGENT
    target = f"{order.for_diagnosis or ''} {order.name}"
    if _SPINAL_DX.search(target):
        if not found(_SPINAL_BLEED, texts):
            name = f"if the MRI shows a spinal epidural haematoma: {name}"
    elif _INTRACRANIAL_DX.search(target) and not found(_INTRACRANIAL_BLEED, texts):
        name = f"if CT shows intracranial haemorrhage: {name}"
    elif not major and _FOR_MAJOR.search(order.name):
        held = "; ".join(a.label for a in agents) or "the anticoagulant"
        undo = "; ".join(f"{a.label}: {a.reversal}" for a in agents) or name
        name = (
            f"hold further doses of {held} (no major bleeding documented); reverse "
            f"only if the bleed becomes major ({MAJOR_BLEED_CRITERIA}): {undo}"
        )
    elif (
        not unstable
        and _FOR_MAJOR.search(order.name)
        and agents
        and all(a.id in _DOAC_IDS for a in agents)
    ):
        held = "; ".join(a.label for a in agents)
        undo = "; ".join(f"{a.label}: {a.reversal}" for a in agents)
        name = (
            f"hold further doses of {held}; {STABLE_DOAC_GI_BLEED}; reverse only if "
            f"the bleed becomes life-threatening (haemodynamic instability despite "
            f"resuscitation): {undo}"
        )
    if any(a.id == "vka" for a in agents) and found(_MECHANICAL_VALVE, texts):
        name = f"{name}; {MECHANICAL_VALVE_ADVICE}"
    source = "ACC 2020 ECDP bleeding on oral anticoagulants; ASH 2018"
    reason = order.reason if source in order.reason else f"{order.reason} ({source})"
    return order.model_copy(update={"name": name, "reason": reason})
