"""The paper's single-prompt baselines (``--solver baseline``), beside the graph.

One chat-model call per standard task with exactly the inputs and answer format of
the ER-Reason v3 task (ERREASON_SPEC §2, §5, §6.1), zero-shot or step-back:

- acuity: age, sex, race, chief complaint and the triage vital-signs text; one of the
  five acuity words;
- disposition: age, sex, chief complaint, **the gold primary ED diagnosis name** (the
  paper shows it deliberately; the graph solver never sees it) and the ED note cut
  before "Final Disposition and ED Course" with outcome words redacted; one of nine
  labels (Expired is not offered) on the last line;
- final diagnosis: age, sex, chief complaint, the most recent prior discharge summary
  and the cut, redacted ED note; answered ``[ICD-10 CODE] [DIAGNOSIS NAME]``.

Step-back asks the same model once per task for general principles (cached on disk per
model and task) and prepends them. Each answer becomes the same typed
``StageRecord`` the graph writes, so both solvers share one record format and one
scoring. The reply is parsed exactly (``corrected`` parsers); ``paper`` scoring then
re-parses the rendered label with the official substring parsers, which reproduces
their bugs for every reply that names one label. Research software, not for clinical
use.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.llm.invoke import invoke_model, reply_text_and_tokens
from agents.llm.pricing import PriceTable, load_prices, usage
from agents.schemas import (
    DiagnosisResult,
    DispositionResult,
    StageRecord,
    StageResult,
    TriageResult,
)
from cases.labels import ACUITY_TO_ESI, OFFERED_DISPOSITIONS, StageName
from cases.models import Case
from cases.views import build_view
from evals.erreason.parsing import (
    corrected_parse_acuity,
    corrected_parse_disposition,
    corrected_parse_icd,
    strip_think,
)

Condition = Literal["zero_shot", "step_back"]
BaselineTask = Literal["triage", "disposition", "diagnosis"]
BASELINE_TASKS: Final[tuple[BaselineTask, ...]] = ("triage", "disposition", "diagnosis")
PROMPT_VERSION: Final = "erreason-v3-baseline-1"
DISPOSITION_OPTIONS: Final = tuple(d for d in OFFERED_DISPOSITIONS if d != "Expired")

SYSTEM_PROMPTS: Final[dict[BaselineTask, str]] = {
    "triage": "You are an experienced emergency department triage nurse.",
    "disposition": "You are an experienced emergency department physician.",
    "diagnosis": (
        "You are an experienced emergency department physician. Answer with the "
        "final ED diagnosis as [CODE] [DIAGNOSIS NAME] and nothing else."
    ),
}
_PRINCIPLES_ASK: Final[dict[BaselineTask, str]] = {
    "triage": (
        "State the general principles of Emergency Severity Index triage: for each of "
        "the five levels (Immediate, Emergent, Urgent, Less Urgent, Non-Urgent) give "
        "the vital-sign thresholds, symptom patterns, chief-complaint traits and risk "
        "factors that place a patient there."
    ),
    "disposition": (
        "State the general principles that decide an emergency department "
        "disposition: the clinical factors behind each of these outcomes: "
        + ", ".join(DISPOSITION_OPTIONS)
        + "."
    ),
    "diagnosis": (
        "State general frameworks for reaching a final emergency department "
        "diagnosis: how to integrate the chief complaint, past medical history, the "
        "ED note and red flags, and how to choose the most specific ICD-10-CM code."
    ),
}


def _patient(case: Case, *, race: bool = False) -> str:
    d = case.demographics
    parts = [f"Age: {d.age if d.age is not None else 'unknown'}"]
    parts.append(f"Sex: {d.sex or 'unknown'}")
    if race:
        parts.append(f"Race: {d.race or 'unknown'}")
    parts.append(f"Chief complaint: {case.chief_complaint or 'unknown'}")
    return "\n".join(parts)


def _vitals_text(case: Case) -> str:
    v = build_view(case, "triage").vitals
    if v.raw:
        return v.raw
    bp = (
        f"{v.systolic_bp:.0f}/{v.diastolic_bp:.0f}"
        if v.systolic_bp is not None and v.diastolic_bp is not None
        else None
    )
    named = (
        ("BP", bp),
        ("Heart Rate", v.heart_rate),
        ("Resp", v.respiratory_rate),
        ("Temp", f"{v.temperature_c} °C" if v.temperature_c is not None else None),
        ("SpO2", f"{v.spo2}%" if v.spo2 is not None else None),
    )
    text = ", ".join(f"{k} {val}" for k, val in named if val is not None)
    return text or "No vital signs available"


def _latest_discharge_summary(case: Case) -> str:
    summaries = [n for n in case.prior_notes if n.note_type == "discharge_summary"]
    if not summaries:
        return "None available"
    latest = max(summaries, key=lambda n: (n.year or 0, str(n.date or "")))
    return latest.text


def task_prompt(task: BaselineTask, case: Case, dx_name: str | None) -> str:
    """The user message of one v3 task (inputs and answer format of the paper)."""
    if task == "triage":
        return (
            f"{_patient(case, race=True)}\nVital signs: {_vitals_text(case)}\n\n"
            "Assign the triage acuity. Answer with exactly one of: Immediate, "
            "Emergent, Urgent, Less Urgent, Non-Urgent. No explanation."
        )
    note = build_view(case, task).ed_text or "No ED note available"
    if task == "disposition":
        return (
            f"{_patient(case)}\nPrimary ED diagnosis: {dx_name or 'unknown'}\n\n"
            f"<ed_note>\n{note}\n</ed_note>\n\n"
            "Choose the ED disposition from: " + ", ".join(DISPOSITION_OPTIONS) + ".\n"
            "Give only the disposition, on the last line, with no explanation."
        )
    return (
        f"{_patient(case)}\n\n<past_medical_history>\n"
        f"{_latest_discharge_summary(case)}\n</past_medical_history>\n\n"
        f"<ed_note>\n{note}\n</ed_note>\n\n"
        "Give the final ED diagnosis as [ICD-10 CODE] [DIAGNOSIS NAME], for example "
        "'J18.9 Pneumonia, unspecified'. Nothing else."
    )


def _typed(task: BaselineTask, reply: str) -> StageResult | None:
    """The reply as the stage's typed result, or ``None`` when it names no answer."""
    if task == "triage":
        acuity = corrected_parse_acuity(reply)
        if acuity is None:
            return None
        return TriageResult(acuity=acuity, esi=ACUITY_TO_ESI[acuity], rationale="")
    if task == "disposition":
        dispo = corrected_parse_disposition(reply)
        return DispositionResult(disposition=dispo, rationale="") if dispo else None
    code = corrected_parse_icd(reply)
    if code is None:
        return None
    dotted = code if len(code) <= 3 else f"{code[:3]}.{code[3:]}"
    text = strip_think(reply).strip().splitlines()[0] if reply.strip() else ""
    name = re.sub(r"^\W*\[?[A-Za-z]\d\d\.?[0-9A-Za-z]*\]?\W*", "", text).strip()
    return DiagnosisResult(icd10=dotted, name=name or dotted)


@dataclass(frozen=True)
class BaselineOutput:
    """A baseline run of one case: the encounter id and its typed stage records."""

    case_id: str
    trace: tuple[StageRecord, ...]


@dataclass
class BaselineSolver:
    """Runs the v3 single-prompt baselines; same ``run`` shape as ``Reasoner``.

    Attributes:
        model: The chat model (``agents.llm.make_chat_model``).
        model_id: Recorded in every stage record and used for pricing.
        condition: ``zero_shot`` or ``step_back``.
        principles_dir: Where step-back principles are cached per model and task.
        dx_names: Encounter id -> gold primary ED diagnosis name, shown to the
            disposition task only, as in the paper.
        tasks: The tasks to answer (the others are absent from the trace).
    """

    model: BaseChatModel
    model_id: str
    condition: Condition = "zero_shot"
    principles_dir: Path = Path(".er_reasoner/principles")
    dx_names: Mapping[str, str] = field(default_factory=dict)
    tasks: tuple[BaselineTask, ...] = BASELINE_TASKS
    prices: PriceTable = field(default_factory=load_prices)
    _principles: dict[BaselineTask, str] = field(default_factory=dict, init=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    async def _call(self, messages: list[BaseMessage]) -> tuple[str, int, int]:
        return reply_text_and_tokens(await invoke_model(self.model, messages))

    async def principles(self, task: BaselineTask) -> tuple[str, int, int]:
        """Step-back principles for ``task``: generated once per model, then cached."""
        async with self._lock:
            if task in self._principles:
                return self._principles[task], 0, 0
            slug = hashlib.sha256(self.model_id.encode()).hexdigest()[:12]
            path = self.principles_dir / slug / f"{task}.txt"
            if path.exists():
                self._principles[task] = path.read_text(encoding="utf-8")
                return self._principles[task], 0, 0
            text, p_in, p_out = await self._call(
                [
                    SystemMessage(SYSTEM_PROMPTS[task]),
                    HumanMessage(_PRINCIPLES_ASK[task]),
                ]
            )
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            self._principles[task] = text
            return text, p_in, p_out

    async def answer(self, task: BaselineTask, case: Case) -> StageRecord:
        """One task's answer as a stage record (``abstained`` when off the list)."""
        started, t0 = datetime.now(UTC), time.perf_counter()
        user = task_prompt(task, case, self.dx_names.get(case.encounter_id))
        p_in = p_out = 0
        if self.condition == "step_back":
            rules, p_in, p_out = await self.principles(task)
            user = f"Using the following clinical principles:\n{rules}\n\n{user}"
        reply, c_in, c_out = await self._call(
            [SystemMessage(SYSTEM_PROMPTS[task]), HumanMessage(user)]
        )
        output = _typed(task, reply)
        return StageRecord(
            stage=task,
            status="ok" if output is not None else "abstained",
            output=output,
            seen_fields=build_view(case, task).exposed_fields,
            backend="llm",
            model_id=self.model_id,
            prompt_version=f"{PROMPT_VERSION}-{self.condition}",
            started_at=started,
            latency_ms=(time.perf_counter() - t0) * 1000,
            tokens=usage(self.model_id, p_in + c_in, p_out + c_out, self.prices),
            error=None if output is not None else "answer not in the option list",
        )

    async def run(
        self,
        case: Case,
        *,
        thread_id: str | None = None,
        overrides: Mapping[StageName, StageResult] | None = None,
    ) -> BaselineOutput:
        """Answer every task of ``case`` (``thread_id``/``overrides`` are unused)."""
        del thread_id, overrides  # the single-prompt baseline has no stages to inject
        trace = tuple([await self.answer(task, case) for task in self.tasks])
        return BaselineOutput(case.encounter_id, trace)
