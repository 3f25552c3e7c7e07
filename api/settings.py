"""API-only settings (pydantic-settings, env prefix ``REASONER_``).

The reasoning settings (backend, retrieval, model endpoint) live in
``graph.settings.Settings``; this object adds what only the HTTP layer needs. Both read
the same ``REASONER_`` environment namespace, so one ``.env`` configures the service.
"""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DISCLAIMER = "Research software, not for clinical use."


class APISettings(BaseSettings):
    """HTTP-layer settings: auth, CORS, body limit, timeouts, logging."""

    model_config = SettingsConfigDict(
        env_prefix="REASONER_", env_file=".env", extra="ignore", frozen=True
    )

    api_key: SecretStr | None = Field(
        default=None,
        description="When set, every /reason call needs this value in X-API-Key",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Allowed CORS origins; empty = CORS off"
    )
    max_body_bytes: int = Field(
        default=2_000_000, ge=1, description="Largest accepted request body"
    )
    request_timeout_s: float = Field(
        default=120.0, gt=0, description="Wall-time budget of one /reason call"
    )
    ready_timeout_s: float = Field(
        default=5.0, gt=0, description="Budget of the /readyz backend probe"
    )
    warm_up: bool = Field(
        default=True,
        description="Load the embedding model, tables and lexicons at start-up "
        "(the server accepts requests only after); false: load on first use",
    )
    warm_request: bool = Field(
        default=False,
        description="After the warm-up, send one SYNTHETIC /reason request with a "
        "prior note of each type through the app in process (api.warm_request): "
        "what a worker's first requests loaded (route state, note index and "
        "readers) is loaded before it listens. `python -m api` turns it on; off by "
        "default for in-process apps (tests)",
    )
    max_pending: int = Field(
        default=16,
        ge=0,
        description="Reasoning requests admitted at once per server process "
        "(running + waiting); more get 503 with Retry-After. 0 = unbounded",
    )
    host: str = Field(default="127.0.0.1", description="python -m api: bind address")
    port: int = Field(default=8000, ge=1, le=65535, description="python -m api: port")
    workers: int = Field(
        default=0,
        ge=0,
        description="python -m api: server processes (0 = one per CPU core; 1 when "
        "requests write to an on-disk Chroma index: persist_request_notes without "
        "a Chroma server)",
    )
    reuse_port: bool = Field(
        default=True,
        description="python -m api with several workers (Linux): each worker listens "
        "on its own SO_REUSEPORT socket, so the kernel spreads connections over the "
        "workers; false: uvicorn's shared socket (one worker may take a client's "
        "whole burst of keep-alive connections)",
    )
    worker_healthcheck_s: int = Field(
        default=60,
        ge=1,
        description="python -m api: seconds a worker may take to answer uvicorn's "
        "health ping before it is killed and replaced (uvicorn's default 5 s is "
        "too short while a worker loads the embedding model)",
    )
    start_barrier_s: float = Field(
        default=60.0,
        gt=0,
        description="python -m api with several workers: seconds the first warm "
        "worker waits for the others' warm-up before all warm ones listen (so the "
        "first clients reach every worker); past it they start without the late one",
    )
    balance_connections: bool = Field(
        default=True,
        description="python -m api with SO_REUSEPORT workers: a worker holding more "
        "than its share of the open connections closes one after its response "
        "(Connection: close), so the client reconnects and the kernel places it "
        "again; false: connections stay where the kernel's hash put them",
    )
    keep_alive_s: int = Field(
        default=75,
        ge=1,
        description="python -m api: seconds an idle keep-alive connection stays "
        "open. Longer than the clients' own idle expiry (httpx: 5 s), so the "
        "client, not the server, closes idle connections: with uvicorn's default "
        "of 5 s both closed at once and a request sent in that instant was reset",
    )
    log_requests: bool = Field(
        default=True,
        description="Access log lines (method, path, status, latency, request id)",
    )
    max_text_chars: int = Field(
        default=200_000,
        ge=1,
        description="Longest accepted text field (note, complaint, row cell); "
        "longer ones get a 422 naming the field",
    )
    gc_freeze: bool = Field(
        default=False,
        description="After the warm-up, move every object loaded so far out of the "
        "garbage collector's reach (gc.freeze) and collect the youngest generation "
        "every 7,000 instead of 700 net allocations: no full collections of the "
        "start-up heap (0.2-0.5 s pauses measured) and ~1 ms less CPU per request; "
        "first the regex code file's entries leave memory and the freed heap is "
        "given back to the system (~45 MB a worker). "
        "`python -m api` turns it on; off by default for in-process apps (tests)",
    )
    offload: bool = Field(
        default=True,
        description="Run reasoning on a dedicated worker thread and event loop, so "
        "CPU-bound stages never block the server's loop (health checks, timeouts)",
    )

    @field_validator("api_key")
    @classmethod
    def _key_not_blank(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            raise ValueError(
                "REASONER_API_KEY is set but empty: set a key, or unset the variable "
                "to run without authentication"
            )
        return value

    def public(self) -> dict[str, object]:
        """Return the settings without secrets, for response ``meta``."""
        data = self.model_dump(mode="json", exclude={"api_key"})
        data["api_key_set"] = self.api_key is not None
        return data
