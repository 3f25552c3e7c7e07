"""ER-Reason SCT answered by a chat model, in the paper's four conditions.

Follows the official protocol (ERREASON_SPEC §3): each step is a fresh, stateless call
with the case stem, the fixed pool, the new evidence and the diagnosis it relates to,
and the model's own previous ranking; the reply is JSON with ``dx_updates`` and
``ranked_differential`` (plus ``final_diagnosis`` on the last step). A reply is valid
only when every update is an integer in -2..2 and the ranking, snapped to the pool,
is an exact permutation of it; up to five attempts per step, then the step is
recorded empty (counted invalid) and the previous ranking carries over.

Conditions: ``zero_shot`` (no rationales), ``single_oracle`` (this step's physician
rationale), ``full_oracle`` (all rationales so far) and ``clinical_knowledge`` (all
evidence at once, one pool diagnosis as the answer).
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Final, Literal, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from agents.llm.invoke import invoke_model, reply_text_and_tokens
from agents.schemas import BeliefUpdate, SCTStepResult, StageRecord, TokenUsage
from cases.models import SCTStep

SCTCondition = Literal[
    "zero_shot", "single_oracle", "full_oracle", "clinical_knowledge"
]
SCT_CONDITIONS: Final[tuple[SCTCondition, ...]] = (
    "zero_shot",
    "single_oracle",
    "full_oracle",
    "clinical_knowledge",
)
MAX_ATTEMPTS: Final = 5
T = TypeVar("T")
PROMPT_VERSION: Final = "sct-llm-1"

_SYSTEM: Final = (
    "You are an emergency physician working through a script concordance test. Keep "
    "to the fixed list of diagnoses: never add, drop or rename one. Answer with JSON "
    "only."
)
_FENCE: Final = re.compile(r"```(?:json)?|<think>.*?</think>", re.DOTALL | re.I)
_OBJECT: Final = re.compile(r"\{.*\}", re.DOTALL)


def _alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def snap(name: str, pool: Sequence[str]) -> str | None:
    """The pool entry ``name`` denotes: alphanumeric exact match, then substring."""
    key = _alnum(name)
    if not key:
        return None
    exact = [p for p in pool if _alnum(p) == key]
    if exact:
        return exact[0]
    return next((p for p in pool if key in _alnum(p) or _alnum(p) in key), None)


def parse_json(reply: str) -> dict[str, object] | None:
    """The reply's JSON object (fences and think blocks dropped), or ``None``."""
    text = _FENCE.sub("", reply).strip()
    for candidate in (text, *(m.group(0) for m in [_OBJECT.search(text)] if m)):
        try:
            value = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


def validate_step(
    data: dict[str, object] | None, pool: Sequence[str], timestep: int, final: bool
) -> SCTStepResult | None:
    """A valid step answer, or ``None`` (missing key, bad update, not a permutation)."""
    if data is None:
        return None
    raw_updates, raw_ranking = data.get("dx_updates"), data.get("ranked_differential")
    if not isinstance(raw_updates, list) or not isinstance(raw_ranking, list):
        return None
    if not raw_updates or not raw_ranking:
        return None
    updates = []
    for item in raw_updates:
        if not isinstance(item, dict):
            return None
        value = item.get("update")
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2:
            return None
        updates.append(
            BeliefUpdate(
                diagnosis=str(item.get("diagnosis", "")),
                update=value,
                rationale=str(item.get("rationale", ""))[:500],
            )
        )
    ranking = [snap(str(x), pool) for x in raw_ranking]
    if None in ranking or sorted(map(str, ranking)) != sorted(pool):
        return None
    ranked = tuple(str(r) for r in ranking)
    final_dx = None
    if final:
        final_dx = snap(str(data.get("final_diagnosis") or ""), pool) or ranked[0]
    return SCTStepResult(
        timestep=timestep,
        updates=tuple(updates),
        ranking=ranked,
        final_diagnosis=final_dx,
    )


def step_prompt(
    stem: str,
    pool: Sequence[str],
    step: SCTStep,
    previous: Sequence[str] | None,
    oracle: Sequence[str],
    final: bool,
) -> str:
    """The user message for one step (``oracle``: rationales to show, oldest first)."""
    lines = [
        f"Case: {stem}",
        "Fixed list of diagnoses: " + "; ".join(pool),
        f"New evidence (step {step.timestep}), about {step.differential}: "
        f"{step.evidence}",
        "Your previous ranking: "
        + ("; ".join(previous) if previous else "none (this is the first evidence)"),
    ]
    if oracle:
        lines.append("Physician rationale: " + " | ".join(oracle))
    lines.append(
        'Reply with JSON: {"dx_updates": [{"diagnosis": <name from the list>, '
        '"update": <-2..2>, "rationale": <short>}], "ranked_differential": [<every '
        'diagnosis of the list, most likely first>], "reasoning_summary": <short>'
        + (', "final_diagnosis": <one name from the list>}' if final else "}")
        + ". Updates: +2/-2 strongly and +1/-1 mildly raise/lower the likelihood, 0 "
        "no meaningful change."
    )
    return "\n".join(lines)


def _check_step(
    text: str, *, pool: Sequence[str], timestep: int, final: bool
) -> SCTStepResult | None:
    return validate_step(parse_json(text), pool, timestep, final)


async def _retry(
    model: BaseChatModel, user: str, check: Callable[[str], T | None], tokens: list[int]
) -> T | None:
    """Ask up to ``MAX_ATTEMPTS`` times until ``check`` accepts the reply."""
    for _ in range(MAX_ATTEMPTS):
        reply = await invoke_model(model, [SystemMessage(_SYSTEM), HumanMessage(user)])
        text, p_in, p_out = reply_text_and_tokens(reply)
        tokens[0] += p_in
        tokens[1] += p_out
        answer = check(text)
        if answer is not None:
            return answer
    return None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


async def answer_sct_llm(
    model: BaseChatModel,
    stem: str,
    pool: Sequence[str],
    steps: Sequence[SCTStep],
    *,
    condition: SCTCondition = "zero_shot",
    rationales: Mapping[int, str] | None = None,
    model_id: str = "local",
) -> StageRecord:
    """Answer one SCT case; invalid steps are recorded empty and counted in ``error``.

    Args:
        model: The chat model.
        stem: The case stem.
        pool: The fixed differential pool.
        steps: Evidence in temporal order (gold fields are not read).
        condition: One of ``SCT_CONDITIONS``.
        rationales: Physician rationale by timestep (oracle conditions only).
        model_id: Recorded in the stage record.
    """
    started, t0 = datetime.now(UTC), time.perf_counter()
    names = list(dict.fromkeys(pool))
    rationales = rationales or {}
    tokens = [0, 0]
    results: list[SCTStepResult] = []
    invalid = 0

    if condition == "clinical_knowledge":
        evidence = "\n".join(f"- ({s.differential}) {s.evidence}" for s in steps)
        user = (
            f"Case: {stem}\nFixed list of diagnoses: {'; '.join(names)}\n"
            f"All evidence:\n{evidence}\nName the single most likely diagnosis, "
            "exactly as written in the list, and nothing else."
        )
        dx = await _retry(model, user, lambda t: snap(_first_line(t), names), tokens)
        last = steps[-1].timestep if steps else 0
        invalid = int(dx is None)
        results.append(
            SCTStepResult(timestep=last, updates=(), ranking=(), final_diagnosis=dx)
        )
    else:
        previous: tuple[str, ...] | None = None
        for i, step in enumerate(steps):
            final = i == len(steps) - 1
            shown = {
                "zero_shot": [],
                "single_oracle": [rationales.get(step.timestep, "")],
                "full_oracle": [rationales.get(s.timestep, "") for s in steps[: i + 1]],
            }[condition]
            user = step_prompt(
                stem, names, step, previous, [r for r in shown if r], final
            )
            check = functools.partial(
                _check_step, pool=names, timestep=step.timestep, final=final
            )
            ans = await _retry(model, user, check, tokens)
            if ans is not None:
                results.append(ans)
                previous = ans.ranking
            else:
                invalid += 1
                results.append(
                    SCTStepResult(timestep=step.timestep, updates=(), ranking=())
                )
    return StageRecord(
        stage="assessment",
        status="ok",
        sct_steps=tuple(results),
        backend="llm",
        model_id=model_id,
        prompt_version=f"{PROMPT_VERSION}-{condition}",
        started_at=started,
        latency_ms=(time.perf_counter() - t0) * 1000,
        tokens=TokenUsage(prompt=tokens[0], completion=tokens[1]),
        error=f"{invalid} invalid step answer(s) after {MAX_ATTEMPTS} attempts"
        if invalid
        else None,
    )
