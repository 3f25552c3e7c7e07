"""Process settings, read once at start (env prefix ``REASONER_``, nesting ``__``).

Precedence: code defaults < environment / ``.env`` < the few per-request options the
API whitelists. Nodes never read the environment; ``graph.runtime.make_context`` turns
these settings into an ``AgentContext``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from agents.llm import LLMSettings
from agents.schemas import StageName

ReasonerBackend = Literal["rules", "llm", "hybrid"]


class Settings(BaseSettings):
    """Reasoner settings (``REASONER_BACKEND``, ``REASONER_LLM__BASE_URL``, …)."""

    model_config = SettingsConfigDict(
        env_prefix="REASONER_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
        frozen=True,
    )

    backend: ReasonerBackend = "rules"
    """``rules``: offline deterministic reasoner; ``llm`` / ``hybrid`` use ``llm``."""

    top_k: int = Field(default=5, ge=1, le=50)
    """Prior-note chunks retrieved per stage."""

    chroma_path: str = ".er_reasoner/chroma"
    """Directory of the persistent Chroma note index."""

    chroma_url: str | None = None
    """A Chroma server URL; when set it is used instead of ``chroma_path``."""

    retrieval: bool = True
    """Set false to run without a note store (stages then see no prior notes)."""

    checkpoint_path: str = ".er_reasoner/checkpoints.sqlite"
    """SQLite checkpoint file; ``:memory:`` keeps checkpoints in process memory."""

    interrupt_before: tuple[StageName, ...] = ()
    """Stages to pause before for clinician review (threads only)."""

    checkpoint_url: SecretStr | None = None
    """``postgresql://user:password@host:5432/db``: checkpoints and the review audit
    go to PostgreSQL (shared by every API replica) instead of ``checkpoint_path``."""

    llm: LLMSettings = Field(default_factory=LLMSettings)
    """Chat-model endpoint for the llm / hybrid backends."""

    embed_int8: bool = False
    """Embed prior-note chunks and retrieval queries with the int8 variant of the
    MiniLM graph (quantised at start-up from the packaged weights): ~1.8x less CPU a
    chunk, but other vectors (cosine ~0.99), so citations can differ: off by default
    (benchmarks/RESULTS.md, perf28). The complaint matcher keeps the float model.
    perf40 re-measured int8 for the matcher too (the one model call of a returning
    patient's request): -8 % CPU a request, but 12 of 311 complaints matched another
    complaint and ESI 1-2 under-triage rose 0 -> 2.7 % (read) / 6.7 % (score); retrieval
    top-5 sets agreed in 91 % of demo searches: the float model stays the default.
    Note that on alone it adds a second (int8) model call for a new complaint, the
    retrieval query the matcher's float vector served: it pays only for new notes."""

    persist_request_notes: bool = False
    """Write the prior notes a case carries into the persistent note index. Off for
    the API (request notes are indexed in memory for the run only); the harness
    turns it on (its per-dataset index caches embeddings across runs). Searches
    are scoped to the case's own notes either way."""

    credentialed_data: bool = False
    """Credentialed data (ER-Reason, PhysioNet DUA) is processed: refuse model
    endpoints that are not loopback, listed in ``llm.allowed_hosts`` or explicitly
    allowed (``llm.allow_remote_with_credentialed_data``). The harness sets it when it
    loads ER-Reason; set ``REASONER_CREDENTIALED_DATA=true`` for an API serving it."""

    learned_model: str | None = None
    """Folder of a fitted artifact (``python -m evals.erreason fit --out DIR``): its
    learned acuity/disposition model and similar past visits become decision tools
    in the triage and disposition stages (floors still apply). Unset: off."""

    similar_k: int = Field(default=5, ge=1, le=20)
    """Similar past visits shown per stage when the artifact has a case library."""

    def public(self) -> dict[str, object]:
        """Return the effective settings without secrets (for meta and eval headers)."""
        data = self.model_dump(mode="json", exclude={"llm"})
        data["llm"] = self.llm.public()
        return data
