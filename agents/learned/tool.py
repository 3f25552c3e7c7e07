"""Learned tools in the stage pipeline: the fitted model and similar past visits.

Research software, not for clinical use. :func:`apply_learned` runs after the offline
reasoner and before any LLM refiner and the safety floors:

- applicability domain: a visit unlike the fitted visits (distance to the nearest
  training visits above the fitted threshold) gets a not-applicable tool result
  ("outside the fitted domain: not used", with distance and threshold), the
  rules' answer stands and no similar past visits are shown;
- triage: the learned acuity model's probabilities and top features, and the
  similar past visits, are added as decision-tool results; the model's
  least-expected-cost level becomes the offline answer (the rules' ESI v4 result
  stays in the trace beside it);
- disposition: the learned admission model and the similar past visits are added;
  a predicted admission lifts a rules' Discharge to Admit, a predicted discharge
  turns the rules' answer into Discharge.

The ESI decision-point floor and the no-unsafe-discharge floor apply afterwards, as
for every backend; the LLM prompts list these results with the other tools.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from agents.contracts import StageInput, StageOutcome
from agents.learned.artifact import read_manifest
from agents.learned.library import CaseLibrary
from agents.offline.knowledge import KnowledgeBase
from agents.schemas import DispositionResult, RuleResult, TriageResult
from cases.labels import ESI_TO_ACUITY, Acuity
from retrieval.embeddings import Embedder, SentenceTransformerEmbedder

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

    from agents.learned.model import LearnedModel


@dataclass(frozen=True)
class LearnedTools:
    """What a fitted artifact offers the stages (either part may be absent)."""

    model: LearnedModel | None = None
    library: CaseLibrary | None = None
    k: int = 5
    """Similar past visits shown per stage."""

    def clear_caches(self) -> None:
        """Forget memoised predictions and searches (benchmarks time cold cases)."""
        if self.model is not None:
            self.model.clear_cache()
        if self.library is not None:
            self.library.clear_cache()


def load_learned(
    folder: Path | str,
    *,
    embedder: Embedder | None = None,
    client: ClientAPI | None = None,
    k: int = 5,
    use_model: bool = True,
) -> LearnedTools:
    """Load and verify an artifact folder into :class:`LearnedTools`.

    Args:
        folder: Artifact folder (``python -m evals.erreason fit --out FOLDER``).
        embedder: Embedder to share with the note store (default: a new MiniLM).
        client: Chroma client for the case library (default: in-memory Chroma).
        k: Similar past visits shown per stage.
        use_model: False keeps only the similar-visit evidence.

    Raises:
        agents.learned.artifact.ArtifactError: The artifact is unusable.
    """
    # scikit-learn (~3 s to import here) loads only when a model is used: every
    # server start imports this module through the stage pipeline.
    from agents.learned.model import LearnedModel

    embedder = embedder or SentenceTransformerEmbedder()
    manifest = read_manifest(folder)
    model = LearnedModel(folder, embedder=embedder) if use_model else None
    library = CaseLibrary.from_artifact(
        folder, manifest, embedder=embedder, client=client
    )
    return LearnedTools(model=model, library=library, k=k)


def _similar(tools: LearnedTools, inp: StageInput) -> RuleResult | None:
    if tools.library is None:
        return None
    v = inp.view
    hits = tools.library.search(
        v.chief_complaint,
        v.vitals,
        v.demographics.age,
        patient_id=v.patient_id,
        encounter_id=v.encounter_id,
        k=tools.k,
    )
    return tools.library.evidence(hits)


def apply_learned(
    inp: StageInput,
    outcome: StageOutcome,
    tools: LearnedTools,
    knowledge: KnowledgeBase,
) -> StageOutcome:
    """Add the learned tools' results to a triage or disposition outcome.

    Args:
        inp: The stage input (its view is the only data read).
        outcome: The offline reasoner's outcome.
        tools: The loaded learned tools.
        knowledge: The knowledge base (for the rules' features).

    Returns:
        The outcome with the tools' rule results added and, when a model is
        present, its decision as the answer (floors still apply afterwards).
    """
    if inp.stage not in ("triage", "disposition") or outcome.status != "ok":
        return outcome
    pred = tools.model.predict(inp.view, knowledge) if tools.model else None
    added: list[RuleResult] = []
    result = outcome.result
    if inp.stage == "triage" and isinstance(result, TriageResult):
        rule = tools.model.acuity_rule(pred) if tools.model and pred else None
        added += [rule] if rule is not None else []
        if pred is not None and pred.acuity_level is not None:
            result = _learned_triage(result, pred.acuity_level, pred.acuity_probs or {})
    elif inp.stage == "disposition" and isinstance(result, DispositionResult):
        rule = tools.model.disposition_rule(pred) if tools.model and pred else None
        added += [rule] if rule is not None else []
        if pred is not None and pred.admit is not None:
            result = _learned_disposition(result, pred.admit, pred.admit_prob or 0.0)
    # a visit outside the fitted domain has no "similar" past visits to show
    similar = _similar(tools, inp) if pred is None or pred.domain.inside else None
    if similar is not None:
        added.append(similar)
    if not added:
        return outcome
    return replace(outcome, result=result, rules=(*outcome.rules, *added))


def _learned_triage(
    result: TriageResult, level: int, probs: dict[int, float]
) -> TriageResult:
    words: dict[Acuity, float] = {ESI_TO_ACUITY[c]: p for c, p in probs.items()}
    if result.site_level is not None:
        # a KTAS/CTAS site: the model (fitted on the site's levels) answers the site
        # level; the rules' ESI level stays in the trace
        note = f"learned model: {result.scale} {level}" + (
            "" if level == result.site_level else f" (rules: {result.site_level})"
        )
        update: dict[str, object] = {"site_level": level}
    else:
        note = f"learned model: ESI {level}" + (
            "" if level == result.esi else f" (rules: ESI {result.esi})"
        )
        update = {"esi": level}
    return result.model_copy(
        update={
            **update,
            "acuity": ESI_TO_ACUITY[level],
            "probabilities": words,
            "rationale": f"{note}; {result.rationale}",
        }
    )


def _learned_disposition(
    result: DispositionResult, admit: bool, p_admit: float
) -> DispositionResult:
    choice = result.disposition
    level: Literal["ward", "icu"] | None = result.admit_level
    if admit and choice == "Discharge":
        choice, level = "Admit", "ward"
    elif not admit and choice in ("Admit", "Observation"):
        choice, level = "Discharge", None
    note = f"learned model: P(admit) {p_admit:.2f}" + (
        "" if choice == result.disposition else f" (rules: {result.disposition})"
    )
    return result.model_copy(
        update={
            "disposition": choice,
            "admit_level": level,
            "probabilities": {
                "Admit": round(p_admit, 4),
                "Discharge": round(1 - p_admit, 4),
            },
            "rationale": f"{note}; {result.rationale}",
        }
    )
