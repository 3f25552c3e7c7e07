"""The LLM ``StageRefiner``: bounded structured output over the offline outcome.

Bad model output never raises. In ``llm`` mode an unusable answer becomes a
``status="error"`` outcome (no result, the offline rule results kept as evidence, the
failure in ``error``, ``error_kind="output_invalid"``), so benchmarks never silently
score the rules as the model.
In ``hybrid`` mode the offline outcome is returned unchanged with the failure recorded
in ``error`` and ``disagreements``. Endpoint failures and timeouts do raise
(:class:`~agents.llm.ModelEndpointError`, :class:`~agents.llm.ModelTimeoutError`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import openai
from langchain_core.exceptions import OutputParserException
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError

from agents.contracts import StageInput, StageOutcome, StageRefiner
from agents.llm.invoke import invoke_model, reply_text_and_tokens
from agents.llm.mapping import Mode, map_output
from agents.llm.output import LLM_OUTPUTS, LLMOutput, vote_key
from agents.llm.pricing import load_prices, usage
from agents.llm.prompts import PROMPT_VERSION, stage_prompt
from agents.llm.settings import (
    LLMSettings,
    check_endpoint_allowed,
    make_chat_model,
    model_id,
    sampling_models,
)
from agents.schemas import Backend, StageName
from cases.labels import TriageScale

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

__all__ = ["LLMRefiner", "make_refiner"]

logger = logging.getLogger(__name__)

_MAX_PRINCIPLES_CHARS = 3000
# Client errors that depend on the request (context overflow, schema rejected for
# this prompt): recorded on the stage, not raised.


@dataclass(frozen=True)
class _Sample:
    parsed: LLMOutput | None
    error: str | None
    prompt: int
    completion: int


def _tokens(raw: object) -> tuple[int, int]:
    _, prompt, completion = reply_text_and_tokens(raw)
    return prompt, completion


class LLMRefiner:
    """Refine or replace each stage's offline outcome with a chat model.

    Args:
        model: Any LangChain chat model (``make_chat_model`` or a test fake).
        settings: The effective LLM settings (output method, seed, price table).
        mode: ``llm`` (the model answers) or ``hybrid`` (the rules' labels stand
            unless the model escalates).
        step_back: Prepend principles generated once per stage and model (cached in
            memory and under ``settings.principles_dir``).
        self_consistency: Samples per stage; the majority label wins.
    """

    def __init__(
        self,
        model: BaseChatModel,
        settings: LLMSettings,
        mode: Literal["llm", "hybrid"],
        step_back: bool = False,
        self_consistency: int = 1,
    ) -> None:
        self.model = model
        self.settings = settings
        self.mode: Mode = mode
        self.step_back = step_back
        self.k = max(1, self_consistency)
        self.model_id = model_id(settings)
        self.prices = load_prices(settings.price_table)
        self._principles: dict[tuple[StageName, TriageScale], str] = {}
        self._locks: dict[tuple[StageName, TriageScale], asyncio.Lock] = {}
        kwargs = {}
        if settings.structured_output_method is not None:
            kwargs["method"] = settings.structured_output_method
        self._runnables: dict[StageName, list[Runnable[list[BaseMessage], object]]] = {
            stage: [
                m.with_structured_output(schema, include_raw=True, **kwargs)
                for m in sampling_models(model, settings, self.k)
            ]
            for stage, schema in LLM_OUTPUTS.items()
        }

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        """Return the LLM (or hybrid) outcome for ``inp.stage``; see the module doc."""
        scale = inp.view.triage_scale if inp.stage == "triage" else "ESI"
        principles, p_in, p_out = await self.principles(inp.stage, scale)
        messages = stage_prompt(inp.stage, scale).render(inp, offline.rules, principles)
        samples = await asyncio.gather(
            *(self._sample(r, messages) for r in self._runnables[inp.stage])
        )
        prompt = p_in + sum(s.prompt for s in samples)
        completion = p_out + sum(s.completion for s in samples)
        tokens = usage(self.model_id, prompt, completion, self.prices)
        base = replace(
            offline,
            tokens=tokens,
            model_id=self.model_id,
            prompt_version=PROMPT_VERSION,
        )
        valid = [s.parsed for s in samples if s.parsed is not None]
        if not valid:
            errors = "; ".join(dict.fromkeys(s.error or "no output" for s in samples))
            return self._invalid(base, f"llm output invalid: {errors}")
        chosen, votes = _vote(valid)
        mapped = map_output(chosen, inp, offline, self.mode, votes)
        if mapped.result is None:
            return self._invalid(
                base, "llm output invalid: " + "; ".join(mapped.problems)
            )
        return replace(
            base,
            status="ok",
            result=mapped.result,
            citations=mapped.citations or offline.citations,
            disagreements=mapped.disagreements,
            error="; ".join(mapped.problems) or None,
        )

    def _invalid(self, base: StageOutcome, message: str) -> StageOutcome:
        logger.info("llm output unusable for a stage (mode=%s)", self.mode)
        if self.mode == "hybrid":
            return replace(base, error=message, disagreements=(message,))
        return replace(
            base,
            status="error",
            result=None,
            citations=(),
            error=message,
            error_kind="output_invalid",
        )

    async def _sample(
        self, runnable: Runnable[list[BaseMessage], object], msgs: list[BaseMessage]
    ) -> _Sample:
        try:
            out = await invoke_model(runnable, msgs)
        except openai.APIStatusError as exc:
            return _Sample(None, f"HTTP {exc.status_code} for this request", 0, 0)
        except (
            openai.LengthFinishReasonError,
            openai.ContentFilterFinishReasonError,
        ) as exc:
            # The tokens were spent (e.g. a small model looping until max_tokens).
            used = getattr(exc.completion, "usage", None)
            prompt = int(getattr(used, "prompt_tokens", 0) or 0)
            completion = int(getattr(used, "completion_tokens", 0) or 0)
            return _Sample(None, type(exc).__name__, prompt, completion)
        except (OutputParserException, ValidationError, ValueError) as exc:
            return _Sample(None, type(exc).__name__, 0, 0)
        if not isinstance(out, dict):  # include_raw=True returns a dict
            return _Sample(None, "unexpected structured-output shape", 0, 0)
        prompt, completion = _tokens(out.get("raw"))
        parsed = out.get("parsed")
        if isinstance(parsed, BaseModel) and not out.get("parsing_error"):
            return _Sample(parsed, None, prompt, completion)  # type: ignore[arg-type]
        err = out.get("parsing_error")
        reason = type(err).__name__ if err else "no structured output"
        return _Sample(None, reason, prompt, completion)

    async def principles(
        self, stage: StageName, scale: TriageScale = "ESI"
    ) -> tuple[str | None, int, int]:
        """Return the step-back principles for ``stage`` and the tokens spent now.

        Generated once per stage, triage scale, model and prompt version; cached in
        memory and on disk, so later cases (and later runs) spend no tokens on them.
        """
        if not self.step_back:
            return None, 0, 0
        key = (stage, scale)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self._principles:
                return self._principles[key], 0, 0
            path = self._principles_path(stage, scale)
            if path.is_file():
                self._principles[key] = path.read_text(encoding="utf-8")
                return self._principles[key], 0, 0
            prompt = stage_prompt(stage, scale)
            msgs: list[BaseMessage] = [
                SystemMessage(content=prompt.system.split("\n", 1)[0]),
                HumanMessage(content=prompt.step_back),
            ]
            raw = await invoke_model(self.model, msgs)
            text = str(getattr(raw, "content", "")).strip()[:_MAX_PRINCIPLES_CHARS]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            self._principles[key] = text
            p_in, p_out = _tokens(raw)
            return text, p_in, p_out

    def _principles_path(self, stage: StageName, scale: TriageScale = "ESI") -> Path:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", self.model_id)
        site = "" if scale == "ESI" else f"__{scale}"
        name = f"{slug}__{stage}{site}__{PROMPT_VERSION}.txt"
        return Path(self.settings.principles_dir) / name


def _vote(valid: list[LLMOutput]) -> tuple[LLMOutput, dict[str, float] | None]:
    """Return the first sample carrying the majority label, and the vote shares."""
    if len(valid) == 1:
        return valid[0], None
    counts = Counter(vote_key(v) for v in valid)
    winner = counts.most_common(1)[0][0]
    chosen = next(v for v in valid if vote_key(v) == winner)
    return chosen, {k: n / len(valid) for k, n in counts.items()}


def make_refiner(
    settings: LLMSettings,
    backend: Backend,
    *,
    credentialed: bool = False,
    model: BaseChatModel | None = None,
) -> StageRefiner | None:
    """Build the refiner for ``backend`` (None for rules, oracle and review).

    Args:
        settings: The effective LLM settings.
        backend: The run's backend.
        credentialed: Whether credentialed data is loaded (data-use-safe check).
        model: A ready chat model (tests); built from ``settings`` when None.

    Raises:
        DataUseError: When the endpoint is refused for credentialed data.
    """
    if backend not in ("llm", "hybrid"):
        return None
    check_endpoint_allowed(settings, credentialed)
    chat = model if model is not None else make_chat_model(settings)
    return LLMRefiner(
        chat,
        settings,
        mode="llm" if backend == "llm" else "hybrid",
        step_back=settings.step_back,
        self_consistency=settings.self_consistency,
    )
