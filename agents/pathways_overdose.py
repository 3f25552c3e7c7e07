"""An overdose stated in the record, whatever the chief complaint.

A patient who says she took 30 tablets is a poisoning first, whether the triage box
says NAUSEA, DIZZINESS or ABDOMINAL PAIN: the history of the ingestion is the
diagnosis (ICD-10-CM Official Guidelines FY2024 I.C.19.e.5.b: an overdose of a drug is
a poisoning by it) and the work-up every overdose gets follows it (AACT/EAPCCT
position statements; Goldfrank's Toxicologic Emergencies 11th ed. ch. 4 "initial
evaluation of the patient with a poisoning"):

- paracetamol and salicylate levels: a co-ingestion is silent for the first day and
  treatable only then (Sporer KA, Khayam-Bashi H. Am J Emerg Med 1996;14:443:
  unsuspected paracetamol in 0.3 % of overdoses; Chiew AL et al. Med J Aust 2020);
- a 12-lead ECG (QRS and QTc) and monitoring: sodium-channel blockade and QT
  prolongation are the lethal effects of the commonest overdoses (Goldfrank ch. 15;
  Isbister GK et al. J Toxicol Clin Toxicol 2004;42:277: citalopram QT);
- the poison centre (AAPCC; EAPCCT);
- from 12 years a psychosocial assessment and a safe environment until it is done:
  self-poisoning is self-harm irrespective of the motive (NICE NG225 2022; ACEP
  clinical policy: psychiatric patients 2017); a younger child's ingestion is
  exploratory (AAP), and a recreational drug taken for its effect (heroin, cocaine)
  is outside NG225's self-harm.

The ingested agent named in the same sentence picks the poisoning the pathway acts on
(``agents.pathway_dx``); serotonergic and QT-prolonging agents are
flagged for the order gate (``serotonergic_overdose``, ``qt_overdose``): ondansetron is
both (5-HT3 antagonist: FDA 2014 serotonin syndrome labelling; FDA 2012 QT drug safety
communication). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents._text import each_kept, visible_texts
from agents.offline.rules.child_ingestion import (
    CHILD_INGESTION_AGES,
    CHILD_INGESTION_VERB,
)
from agents.offline.rules.findings import context_status, sign_findings
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "OVERDOSE_AGENTS",
    "OVERDOSE_PATHWAYS",
    "OverdoseAgent",
    "child_ingestion_agents",
    "overdose_agents",
    "qt_overdose",
    "serotonergic_overdose",
    "stated_overdose",
]

_rx = word_start


@dataclass(frozen=True)
class OverdoseAgent:
    """A drug class taken in overdose, the poisoning it is, and its gate flags."""

    label: str
    pattern: re.Pattern[str]
    diagnosis: str | None
    """The knowledge base's poisoning by it (None: none there)."""
    serotonergic: bool = False
    qt: bool = False
    recreational: bool = False
    """Taken for its effect, not to self-harm (NICE NG225 excludes it)."""


OVERDOSE_AGENTS: Final[tuple[OverdoseAgent, ...]] = (
    # worst first: a mixed overdose acts on the first named here
    OverdoseAgent(
        "tricyclic antidepressant",
        _rx(
            r"amitriptyline|nortriptyline|imipramine|doxepin|clomipramine|"
            r"desipramine|dosulepin|dothiepin|tricyclics?|tcas?\b"
        ),
        "tca_overdose",
        serotonergic=True,
        qt=True,
    ),
    OverdoseAgent(
        "calcium-channel blocker",
        _rx(
            r"verapamil|diltiazem|amlodipine|nifedipine|felodipine|"
            r"calcium[- ]channel blockers?"
        ),
        "ccb_toxicity",
    ),
    OverdoseAgent(
        "beta-blocker",
        _rx(
            r"metoprolol|atenolol|propranolol|bisoprolol|carvedilol|nadolol|"
            r"labetalol|sotalol|beta[- ]?blockers?"
        ),
        "beta_blocker_toxicity",
    ),
    OverdoseAgent(
        "methadone", _rx(r"methadone"), "opioid_overdose", serotonergic=False, qt=True
    ),
    OverdoseAgent(
        "tramadol", _rx(r"tramadol|tapentadol"), "opioid_overdose", serotonergic=True
    ),
    OverdoseAgent(
        "opioid",
        _rx(
            r"buprenorphine|suboxone|subutex|oxycodone|oxycontin|hydrocodone|"
            r"morphine|codeine|co-?codamol|hydromorphone|fentanyl|opioids?\b|"
            r"opiates?\b"
        ),
        "opioid_overdose",
    ),
    OverdoseAgent(
        "heroin",
        _rx(r"heroin|diamorphine|smack\b"),
        "opioid_overdose",
        recreational=True,
    ),
    OverdoseAgent(
        "stimulant",
        _rx(
            r"cocaine|crack\b|(?:meth)?amphetamines?|methamphetamine|mdma|ecstasy|"
            r"mephedrone"
        ),
        "sympathomimetic_toxicity",
        recreational=True,
    ),
    OverdoseAgent("digoxin", _rx(r"digoxin"), "digoxin_toxicity"),
    OverdoseAgent("clonidine", _rx(r"clonidine|guanfacine"), "clonidine_toxicity"),
    OverdoseAgent(
        "lithium",
        # a lithium coin cell or button battery is no lithium salt (NCPC 2018)
        _rx(r"lithium(?![\w -]{0,24}(?:batter|cells?\b|coin|button))"),
        "lithium_toxicity",
        serotonergic=True,
    ),
    OverdoseAgent(
        "carbamazepine",
        _rx(r"carbamazepine|tegretol"),
        "carbamazepine_toxicity",
        qt=True,
    ),
    OverdoseAgent(
        "SSRI",
        _rx(
            r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|"
            r"ssris?\b"
        ),
        "ssri_overdose",
        serotonergic=True,
        qt=True,
    ),
    OverdoseAgent(
        "SNRI",
        _rx(r"venlafaxine|desvenlafaxine|duloxetine|milnacipran|snris?\b"),
        "snri_overdose",
        serotonergic=True,
        qt=True,
    ),
    OverdoseAgent(
        "antipsychotic",
        _rx(
            r"quetiapine|olanzapine|haloperidol|risperidone|chlorpromazine|"
            r"clozapine|aripiprazole|droperidol|fluphenazine|antipsychotics?\b"
        ),
        "antipsychotic_overdose",
        qt=True,
    ),
    OverdoseAgent(
        "sulfonylurea",
        _rx(
            r"sul(?:f|ph)onylureas?|gliclazide|glipizide|glibenclamide|glyburide|"
            r"glimepiride|chlorpropamide|tolbutamide"
        ),
        "sulfonylurea_poisoning",
    ),
    OverdoseAgent(
        "benzodiazepine",
        _rx(
            r"diazepam|lorazepam|alprazolam|clonazepam|temazepam|oxazepam|"
            r"nitrazepam|benzodiazepines?|benzos?\b|xanax|valium"
        ),
        "benzodiazepine_overdose",
    ),
    OverdoseAgent(
        "salicylate",
        _rx(r"aspirin|salicylates?\b|oil of wintergreen"),
        "salicylate_toxicity",
    ),
    OverdoseAgent(
        "paracetamol",
        _rx(r"paracetamol|acetaminophen|tylenol|apap\b|panadol"),
        "acetaminophen_overdose",
    ),
    OverdoseAgent(
        "iron",
        _rx(r"ferrous \w+|iron (?:tablets?|pills?|supplements?)"),
        "iron_poisoning",
    ),
)
"""Drug classes read beside a stated overdose, worst first."""

_OVERDOSE_WORD: Final = _rx(r"overdos\w*|self[- ]poison\w*")
_SENTENCE_END: Final = re.compile(r"[.!?;](?=\s|$)|\n")
SELF_HARM_AGE_YEARS: Final = 12
"""From this age an overdose is assessed as self-harm (NICE NG225; younger children's
ingestions are mostly exploratory, AAP)."""


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of an overdose stated as present in one text."""
    spans = [
        (f.start, f.end)
        for f in sign_findings(text)
        if f.concept == "overdose" and f.status == "present"
    ]
    spans += [
        m.span()
        for m in _OVERDOSE_WORD.finditer(text)
        if context_status(text, *m.span()) == "present"
    ]
    return tuple(spans)


def _sentence(text: str, start: int, end: int) -> str:
    left = max((e.end() for e in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


def _agents_in(text: str) -> tuple[OverdoseAgent, ...] | None:
    """The agents named beside a stated overdose in ``text`` (None: no overdose)."""
    spans = _spans(text)
    if not spans:
        return None
    named = {
        a.label
        for start, end in spans
        for a in OVERDOSE_AGENTS
        if a.pattern.search(_sentence(text, start, end))
    }
    return tuple(a for a in OVERDOSE_AGENTS if a.label in named)


def _named_in(text: str) -> tuple[OverdoseAgent, ...]:
    """The agents ``text`` names as present (no negation, history or family)."""
    return tuple(
        a
        for a in OVERDOSE_AGENTS
        if any(
            context_status(text, *m.span()) == "present"
            for m in a.pattern.finditer(text)
        )
    )


def overdose_agents(texts: Sequence[str]) -> tuple[OverdoseAgent, ...] | None:
    """The agents of an overdose stated in ``texts``; None when no overdose is.

    The agents are those named in the sentence of the overdose; when none is there
    (a complaint of "OVERDOSE", "took 30 of her pills") those the texts name as
    present elsewhere ("found unresponsive after injecting heroin"). An empty tuple
    is an overdose of an agent not named.
    """
    found: list[OverdoseAgent] | None = None
    # Text by text through recorded asks (``each_kept``): a view's pathway verdicts
    # are then reused across requests (``agents._reads``).
    for agents in each_kept(_agents_in, texts):
        if agents is not None:
            found = [*(found or []), *(a for a in agents if a not in (found or []))]
    if found == []:
        named = each_kept(_named_in, texts)
        found = [a for a in OVERDOSE_AGENTS if any(a in n for n in named)]
    return None if found is None else tuple(found)


def stated_overdose(view: StageView) -> bool:
    """Whether an overdose is stated in what the stage sees."""
    return overdose_agents(visible_texts(view)) is not None


def serotonergic_overdose(texts: Sequence[str]) -> bool:
    """An overdose of a serotonergic drug is stated."""
    return any(a.serotonergic for a in overdose_agents(texts) or ())


def qt_overdose(texts: Sequence[str]) -> bool:
    """An overdose of a QT-prolonging drug is stated."""
    return any(a.qt for a in overdose_agents(texts) or ())


def stated_overdose_workup(view: StageView, pop: Population) -> list[Required]:
    """AACT/EAPCCT; NICE NG225: the work-up of any stated overdose."""
    agents = overdose_agents(visible_texts(view))
    if agents is None:
        return []
    what = "; ".join(a.label for a in agents) or "agent not named"
    src = "AACT/EAPCCT; Goldfrank's 11th ed. ch. 4"
    out = [
        _req(
            "diagnostic",
            "paracetamol (acetaminophen) and salicylate levels",
            f"overdose stated: {what}: a co-ingested paracetamol or salicylate is "
            "silent early and treatable only then (Sporer KA, Khayam-Bashi H. Am J "
            f"Emerg Med 1996; {src})",
            r"(?:paracetamol|acetaminophen|apap)\b[^;]{0,40}level|"
            r"salicylate\b[^;]{0,20}level",
        ),
        _req(
            "diagnostic",
            "12-lead ECG (QRS and QTc) and continuous cardiac monitoring",
            "sodium-channel blockade and QT prolongation of an overdose (Goldfrank's "
            "11th ed. ch. 15)",
            r"ecg\b|electrocardiogra\w*|12-lead",
        ),
        _req(
            "consult",
            "poison centre / toxicology",
            f"expert advice on the agent, dose and timing ({src})",
            r"poison|toxicolog\w*",
        ),
    ]
    if pop.age_within(years(SELF_HARM_AGE_YEARS), None) is False:
        return out
    if agents and all(a.recreational for a in agents):
        return out  # a drug taken for its effect: NICE NG225's self-harm excludes it
    why = (
        "self-poisoning is self-harm irrespective of the motive (NICE NG225 2022; "
        "ACEP clinical policy: psychiatric patients 2017)"
    )
    return [
        *out,
        _req(
            "monitoring",
            "1:1 observation, remove means of self-harm, no leaving before assessment",
            why,
            r"1:1|one-to-one|sitter|suicide precaution",
        ),
        _req(
            "consult",
            "mental health: psychosocial assessment and suicide risk once medically "
            "fit",
            why,
            r"psychiatr\w*|mental health|psychosocial",
        ),
    ]


def _child_agents_in(text: str) -> tuple[OverdoseAgent, ...]:
    """The agents named in a sentence with an ingestion verb stated as present."""
    named = {
        a.label
        for m in CHILD_INGESTION_VERB.finditer(text)
        if context_status(text, *m.span()) == "present"
        for a in OVERDOSE_AGENTS
        if a.pattern.search(_sentence(text, *m.span()))
    }
    return tuple(a for a in OVERDOSE_AGENTS if a.label in named)


def child_ingestion_agents(
    texts: Sequence[str], pop: Population
) -> tuple[OverdoseAgent, ...]:
    """The drugs a young child is said to have swallowed, chewed or got into.

    Only between ``CHILD_INGESTION_AGES`` (from 1 year: a newborn's mother's drug is
    no ingestion; to 11: from 12 an overdose is assessed as self-harm, NICE NG225);
    an unknown age reads nothing.
    """
    low, high = CHILD_INGESTION_AGES
    if pop.age_within(years(low), years(high + 1) - 1) is not True:
        return ()
    found: list[OverdoseAgent] = []
    for agents in each_kept(_child_agents_in, texts):
        found += [a for a in agents if a not in found]
    return tuple(found)


def child_ingestion_workup(view: StageView, pop: Population) -> list[Required]:
    """A young child's ingestion of a named drug is a poisoning by it.

    One adult tablet of an opioid, a sulfonylurea, clonidine, a calcium-channel
    blocker or a tricyclic can kill a toddler, and the toxicity may come hours later
    (Bar-Oz B et al. Paediatr Drugs 2004;6:123; Henry K, Harris CR. Emerg Med Clin
    North Am 2006;24:367): the ingestion is the history of the poisoning (ICD-10-CM
    I.C.19.e.5.b; accidental unless stated otherwise), worked up by the agent's own
    protocol with the poison centre, whether or not the word "overdose" is written.
    """
    agents = child_ingestion_agents(visible_texts(view), pop)
    if not agents:
        return []
    what = "; ".join(a.label for a in agents)
    return [
        _req(
            "consult",
            "poison centre / toxicology",
            f"ingestion by a young child: {what}: one adult tablet can kill a toddler "
            "and the toxicity may be delayed (Bar-Oz B et al. Paediatr Drugs 2004; "
            "AAPCC)",
            r"poison|toxicolog\w*",
        )
    ]


OVERDOSE_PATHWAYS: Final = (stated_overdose_workup, child_ingestion_workup)
