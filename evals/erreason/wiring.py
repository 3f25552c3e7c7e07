"""Build the reasoner for a harness run: settings, note index, SCT hook, cache."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from agents.llm.sct import SCTCondition
from agents.offline.ehr_review import review_history
from agents.offline.sct import answer_sct
from agents.schemas import SCTStepResult, StageRecord
from cases.models import ClinicalNote, LabelledCase, SCTStep
from evals.erreason.records import EHRReviewLine
from evals.erreason.text import rouge_row

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from evals.erreason.baseline import BaselineSolver
    from graph.runtime import Reasoner
    from graph.settings import Settings

log = logging.getLogger(__name__)


def make_settings(
    *,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    seed: int | None = None,
    chroma_path: Path,
    retrieval: bool | None = None,
    credentialed: bool = False,
    learned_model: Path | None = None,
) -> Settings:
    """``graph.settings.Settings`` for the run: environment first, then given flags.

    Settings come from ``REASONER_*`` variables and ``.env``; an argument overrides
    them only when it is not ``None`` (the user gave the flag). The harness always
    uses in-memory checkpoints and a per-dataset note index at ``chroma_path``.

    Args:
        backend: ``--backend`` when given.
        model: ``--model`` when given.
        base_url: ``--base-url`` when given.
        seed: ``--seed`` when given (the model's sampling seed).
        chroma_path: The per-dataset note index.
        retrieval: ``False`` for ``--no-retrieval``.
        credentialed: Credentialed data (ER-Reason) is loaded: the data-use check
            refuses remote model endpoints (``Settings.credentialed_data``).
        learned_model: ``--learned-model`` when given (a fitted artifact folder).
    """
    from graph.settings import Settings

    env = Settings()
    llm = {
        k: v
        for k, v in (("model", model), ("base_url", base_url), ("seed", seed))
        if v is not None
    }
    top: dict[str, Any] = {
        "chroma_path": str(chroma_path),
        "checkpoint_path": ":memory:",
        "persist_request_notes": True,
        "credentialed_data": credentialed or env.credentialed_data,
    }
    if backend is not None:
        top["backend"] = backend
    if retrieval is not None:
        top["retrieval"] = retrieval
    if learned_model is not None:
        top["learned_model"] = str(learned_model)
    if llm:
        top["llm"] = env.llm.model_copy(update=llm)
    # Validate the merged values (model_copy alone would not).
    return Settings.model_validate(
        {**env.model_dump(), **top, "llm": top.get("llm", env.llm).model_dump()}
    )


def check_data_use(settings: Settings) -> None:
    """Refuse a remote model endpoint while credentialed data is loaded.

    Runs before the reasoner (and its model client) is built, so nothing connects.

    Raises:
        DataUseRefusedError: The message names the settings that allow the endpoint.
    """
    from agents.llm import DataUseError, check_endpoint_allowed

    if settings.backend == "rules" or not settings.credentialed_data:
        return
    try:
        check_endpoint_allowed(settings.llm, credentialed=True)
    except DataUseError as exc:
        raise DataUseRefusedError(str(exc)) from None


class DataUseRefusedError(PermissionError):
    """The data-use safeguard refused the run (the CLI exits 2)."""

    def __str__(self) -> str:
        return (
            f"{self.args[0]} Settings: REASONER_LLM__ALLOWED_HOSTS='[\"host\"]' or "
            "REASONER_LLM__ALLOW_REMOTE_WITH_CREDENTIALED_DATA=true (environment or "
            ".env)."
        )


def make_reasoner(settings: Settings) -> Reasoner:
    """``graph.runtime.Reasoner.from_settings`` (imported lazily)."""
    from graph.runtime import Reasoner

    return Reasoner.from_settings(settings)


def make_baseline(
    settings: Settings,
    condition: str,
    cases: Sequence[LabelledCase],
    principles_dir: Path,
) -> BaselineSolver:
    """The v3 single-prompt baseline solver on the settings' chat model.

    The disposition task is given each case's gold primary ED diagnosis name, as in
    the paper (ERREASON_SPEC §2.2); only this solver ever receives it.

    Raises:
        ValueError: The backend is ``rules`` (the baseline needs a model).
    """
    if settings.backend == "rules":
        raise ValueError(
            "--solver baseline needs a chat model: add --backend llm and --model or "
            "--base-url (or REASONER_BACKEND=llm)"
        )
    from agents.llm import make_chat_model, model_id
    from evals.erreason.baseline import BaselineSolver, Condition

    names = {
        lc.case.encounter_id: lc.gold.diagnosis_name
        for lc in cases
        if lc.gold.diagnosis_name
    }
    return BaselineSolver(
        model=make_chat_model(settings.llm),
        model_id=model_id(settings.llm),
        condition=cast(Condition, condition),
        principles_dir=principles_dir,
        dx_names=names,
    )


def ingest_notes(reasoner: object, cases: Sequence[LabelledCase]) -> int:
    """Index the cases' prior notes in the reasoner's note store (idempotent).

    Returns:
        The number of distinct notes handed to the store (0 without a store).
    """
    store = getattr(getattr(reasoner, "context", None), "store", None)
    if store is None:
        return 0
    notes: dict[str, ClinicalNote] = {}
    for lc in cases:
        for note in lc.case.prior_notes:
            notes.setdefault(note.note_key, note)
    if notes:
        store.add_notes(list(notes.values()))
    return len(notes)


def make_ehr_review_hook(
    reasoner: Reasoner,
) -> Callable[[LabelledCase], Awaitable[EHRReviewLine | None]]:
    """The EHR-review suite (``agents.offline.ehr_review.review_history``).

    The agent gets a copy of the case with ``one_liner`` and ``ed_note`` blanked
    (the reference and the current note are structurally out of reach); the returned
    line holds its one-liner, what it read and the row's ROUGE F against
    ``case.one_liner``.
    """
    ctx = reasoner.context

    async def run(lc: LabelledCase) -> EHRReviewLine | None:
        blind = lc.case.model_copy(update={"one_liner": None, "ed_note": None})
        res = await review_history(blind, ctx)
        return EHRReviewLine(
            one_liner=res.one_liner,
            history=list(res.history),
            has_discharge_summary=any(
                n.note_type == "discharge_summary" for n in lc.case.prior_notes
            ),
            seen_fields=list(res.seen_fields),
            seen_note_keys=list(res.seen_note_keys),
            n_citations=len(res.citations),
            rouge=rouge_row(res.one_liner, lc.case.one_liner),
        )

    return run


def make_sct_hook(
    reasoner: Reasoner, settings: Settings | None = None, condition: str = "zero_shot"
) -> Callable[[LabelledCase], Awaitable[StageRecord | None]]:
    """The SCT suite for a case, by the settings' backend and the paper's condition.

    The agent receives the stem, the pool and the evidence only (gold updates and
    rankings are stripped); physician rationales only in the oracle conditions.
    ``rules``: the offline reasoner (``agents.offline.sct``): single and full oracle
    both add each step's rationale to that step's evidence (its belief state already
    carries earlier steps), and the clinical-knowledge baseline keeps only its final
    answer. ``llm``: ``agents.llm.sct`` with the official protocol (snap, up to five
    attempts, invalid steps counted). ``hybrid``: the LLM, with the offline answer
    in place of every step the LLM left invalid (counted in the record's error).
    """
    ctx = reasoner.context
    cond = cast(SCTCondition, condition)
    backend = settings.backend if settings is not None else "rules"
    chat: tuple[BaseChatModel, str] | None = None  # the model and its id
    if settings is not None and backend != "rules":
        from agents.llm import make_chat_model, model_id

        chat = (make_chat_model(settings.llm), model_id(settings.llm))

    async def run(lc: LabelledCase) -> StageRecord | None:
        steps = [
            SCTStep(
                timestep=s.timestep, differential=s.differential, evidence=s.evidence
            )
            for s in lc.gold.sct_steps
        ]
        stem, pool = lc.case.one_liner or "", list(lc.gold.sct_pool)
        oracle = cond in ("single_oracle", "full_oracle")
        offline = answer_sct(
            stem,
            pool,
            steps,
            ctx,
            rationales={s.differential: s.rationale or "" for s in lc.gold.sct_steps}
            if oracle
            else None,
        )
        if cond == "clinical_knowledge":
            offline = _final_only(offline)
        if chat is None:
            return offline
        from agents.llm.sct import answer_sct_llm

        model, llm_id = chat
        answer = await answer_sct_llm(
            model,
            stem,
            pool,
            steps,
            condition=cond,
            rationales={s.timestep: s.rationale or "" for s in lc.gold.sct_steps},
            model_id=llm_id,
        )
        return _fill_invalid(answer, offline) if backend == "hybrid" else answer

    return run


def _final_only(record: StageRecord) -> StageRecord:
    """Keep one answer: the final diagnosis at the last step (CK baseline shape)."""
    if not record.sct_steps:
        return record
    last = record.sct_steps[-1]
    step = SCTStepResult(
        timestep=last.timestep,
        updates=(),
        ranking=(),
        final_diagnosis=last.final_diagnosis,
    )
    return record.model_copy(update={"sct_steps": (step,)})


def _fill_invalid(llm: StageRecord, offline: StageRecord) -> StageRecord:
    """Hybrid SCT: the offline step wherever the LLM's step is empty."""
    by_t = {s.timestep: s for s in offline.sct_steps}
    steps, filled = [], 0
    for s in llm.sct_steps:
        empty = not s.ranking and s.final_diagnosis is None
        if empty and s.timestep in by_t:
            steps.append(by_t[s.timestep])
            filled += 1
        else:
            steps.append(s)
    error = f"{filled} step(s) answered by the rules" if filled else None
    return llm.model_copy(
        update={"sct_steps": tuple(steps), "backend": "hybrid", "error": error}
    )
