"""Final-diagnosis agent: an ICD-10-CM code and name.

The final diagnosis is reasoned, not copied: the ledger is re-scored with everything the
stage may see (findings, typed results, decision rules), the physician's stated
impression ("Impression: community-acquired pneumonia", "consistent with renal colic")
counts as one more piece of evidence (``differential.IMPRESSION_LR``), and the leading
entry that is not ruled out is the answer. When the documented evidence does not
support it enough (``adequately_supported``) the stage abstains rather than name it;
with an unknown complaint the case lies outside the knowledge base and the abstention
carries the typed flag ``out_of_scope``. Codes are checked against ICD-10-CM
(``simple_icd_10_cm``); an invalid code abstains.
"""

from __future__ import annotations

import math
import re
from typing import Final

from agents import ledger as L
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline import differential
from agents.offline.knowledge import DiagnosisSpec, KnowledgeBase, verified_icd10
from agents.offline.rules import ClinicalFacts
from agents.schemas import DiagnosisResult, DifferentialEntry

HEADED: Final[re.Pattern[str]] = re.compile(
    r"(?im)(?:^|(?<=[.;] ))\s*(?:clinical\s+|ed\s+|final\s+|working\s+)?"
    r"(?:impression|assessment|diagnos[ie]s)\s*(?:and plan)?\s*[:\-]\s*"
    r"(?P<s>[^\n]{3,200})"
)
"""An impression / assessment / diagnosis line: the strongest statement."""
INLINE: Final[re.Pattern[str]] = re.compile(
    r"(?i)(?<!less )(?<!not )(?<!\w)(?:consistent with|most likely|likely|suspected"
    r"|diagnosed with|presumed)\s+(?P<s>[^.\n;,]{3,120})"
)
"""Inline wording ("consistent with X"); 'unlikely' / 'less likely' never match."""
_ALIAS_RX: dict[str, re.Pattern[str]] = {}


def _alias_rx(kb: KnowledgeBase) -> re.Pattern[str]:
    rx = _ALIAS_RX.get(kb.version)
    if rx is None:
        aliases = {
            a.lower()
            for s in kb.diagnoses.values()
            for a in (s.name, *s.synonyms, s.id.replace("_", " "))
            if len(a) >= 3
        }
        alts = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        rx = re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])", re.IGNORECASE)
        _ALIAS_RX[kb.version] = rx
    return rx


def stated_diagnosis(text: str | None, kb: KnowledgeBase) -> DiagnosisSpec | None:
    """Return the first KB diagnosis named in an impression-like statement."""
    if not text:
        return None
    rx = _alias_rx(kb)
    for pattern in (HEADED, INLINE):
        for m in pattern.finditer(text):
            statement = m.group("s")
            if re.match(r"\s*(?:no|not|without|negative)\b", statement, re.I):
                continue
            found = rx.search(statement)
            if found is not None:
                spec = differential.spec_for(kb, found.group(0))
                if spec is not None:
                    return spec
    return None


def valid_icd10(code: str) -> bool:
    """Return whether ``code`` is a valid ICD-10-CM item (with or without the dot).

    Codes in the knowledge base's manifest (checked when it was written) answer
    without importing simple_icd_10_cm, whose first import parses the whole code
    table (seconds of CPU that stalled the first request of every server process).
    """
    if code in verified_icd10():
        return True
    import simple_icd_10_cm as cm

    return bool(cm.is_valid_item(code))


MIN_SUPPORT: Final[float] = math.log(5.0)
"""Summed log-LR the final diagnosis needs from current evidence: an LR of 5 is a
'moderate' change in probability (McGee S. J Gen Intern Med 2002;17:647)."""


def adequately_supported(
    entry: DifferentialEntry,
    facts: ClinicalFacts,
    kb: KnowledgeBase,
    stated: DiagnosisSpec | None,
    complaint_known: bool,
) -> bool:
    """Whether the final diagnosis is supported enough to be stated.

    A decision rule that ruled it in, the physician's impression, or documented
    findings and results with a summed log-LR >= ``MIN_SUPPORT`` support it; with a
    known complaint a symptom-level diagnosis (ICD-10-CM chapter R, e.g. unspecified
    abdominal pain) is the honest answer when nothing more specific is supported.
    """
    spec = differential.spec_for(kb, entry.diagnosis)
    if entry.status == "ruled_in" or spec is None:
        return True
    if stated is not None and stated.id == spec.id:
        return True
    if complaint_known and spec.icd10.startswith("R"):
        return True
    return differential.entry_support(spec, facts) >= MIN_SUPPORT


def reason_diagnosis(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Pick the final diagnosis: the leading ledger entry after re-scoring."""
    kb = ctx.knowledge
    stated = stated_diagnosis(inp.view.ed_text, kb)
    ledger, rules, cites, facts = differential.restage(
        kb, inp.view, inp.hits, inp.ledger, "diagnosis", mention=True, impression=stated
    )
    working = L.working(ledger)
    if working is None or not working.icd10:
        return StageOutcome(
            status="abstained",
            error="no diagnosis with an ICD-10 code",
            ledger=ledger,
            flags=("out_of_scope",),
        )
    known = kb.match_complaint(inp.view.chief_complaint) is not None
    if not adequately_supported(working, facts, kb, stated, known):
        # A known complaint keeps its workup (summary next step); an unknown one
        # with nothing supported lies outside the knowledge base.
        return StageOutcome(
            status="abstained",
            error="no diagnosis is supported enough by the documented findings, "
            "results or rules to be named (summed LR < 5)"
            + ("" if known else "; outside the knowledge base"),
            ledger=ledger,
            flags=() if known else ("out_of_scope",),
        )
    if not valid_icd10(working.icd10):
        return StageOutcome(
            status="abstained", error="knowledge-base code is not valid"
        )
    why = "leading diagnosis on the re-scored ledger" + (
        f"; physician's impression weighed as evidence: {stated.name}"
        if stated is not None
        else ""
    )
    result = DiagnosisResult(
        icd10=working.icd10,
        name=working.diagnosis,
        probability=working.probability,
        differential=ledger[:5],
        rationale=why,
    )
    return differential.ok_outcome(result, cites, rules, ledger)
