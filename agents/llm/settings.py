"""LLM backend settings and the model factory: the only provider-aware code.

Settings are read once by the caller (graph settings, CLI flags, a per-request
whitelist); nothing here reads the environment or builds a client at import time.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from agents.errors import ModelEndpointError, ModelTimeoutError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

__all__ = [
    "DataUseError",
    "LLMSettings",
    "ModelEndpointError",
    "ModelTimeoutError",
    "StructuredOutputMethod",
    "check_endpoint_allowed",
    "endpoint_host",
    "make_chat_model",
    "model_id",
    "sampling_models",
]

StructuredOutputMethod = Literal["json_schema", "function_calling", "json_mode"]

# Providers whose chat models accept a ``seed`` keyword (others may reject it).
_SEED_PROVIDERS = frozenset({"openai", "azure_openai", "groq", "fireworks", "together"})
# Where a hosted provider sends data, for the data-use-safe message.
_PROVIDER_HOSTS = {
    "openai": "api.openai.com",
    "azure_openai": "openai.azure.com",
    "anthropic": "api.anthropic.com",
    "google_genai": "generativelanguage.googleapis.com",
    "mistralai": "api.mistral.ai",
    "groq": "api.groq.com",
}


class DataUseError(PermissionError):
    """A remote model endpoint was refused because credentialed data is loaded."""


class LLMSettings(BaseModel):
    """How to reach a chat model. Secrets never leave this object unmasked."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str | None = Field(
        default=None,
        description="'provider:model' for init_chat_model, or a model name when "
        "base_url points at an OpenAI-compatible server",
    )
    base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1",
    )
    api_key: SecretStr | None = None
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int = 512
    timeout_s: float = 60.0
    max_retries: int = 2
    structured_output_method: StructuredOutputMethod | None = None
    allowed_hosts: tuple[str, ...] = Field(
        default=(), description="Non-loopback hosts allowed with credentialed data"
    )
    allow_remote_with_credentialed_data: bool = False
    step_back: bool = Field(
        default=False, description="Prepend cached step-back principles per stage"
    )
    """ER-Reason's step-back condition (principles generated once per task/model)."""
    self_consistency: int = Field(
        default=1, ge=1, le=15, description="Samples per stage; majority vote"
    )
    """Number of samples per stage; needs temperature > 0 to differ."""
    principles_dir: str = Field(
        default=".er_reasoner/principles",
        description="On-disk cache of step-back principles",
    )
    """Directory that caches step-back principles across runs."""
    price_table: str | None = Field(
        default=None, description="YAML/JSON price table overriding the bundled one"
    )
    """User price table path (USD per million tokens); None uses the bundled one."""

    def public(self) -> dict[str, object]:
        """Return the effective settings without secrets (for traces and headers)."""
        data = self.model_dump(exclude={"api_key"})
        data["api_key_set"] = self.api_key is not None
        return data


def model_id(settings: LLMSettings) -> str:
    """Return the id recorded in traces and used for pricing, e.g. 'openai:gpt-4o'."""
    return settings.model or "local"


def make_chat_model(settings: LLMSettings) -> BaseChatModel:
    """Build the chat model the LLM refiner uses.

    With ``base_url`` set, any OpenAI-compatible server (vLLM, llama.cpp, Ollama) is
    reached through ``ChatOpenAI``; otherwise ``settings.model`` is a
    ``provider:model`` string for ``init_chat_model``. Retries with backoff on
    transient errors are the provider client's (``max_retries``).

    Args:
        settings: The effective LLM settings.

    Returns:
        A LangChain chat model.

    Raises:
        ValueError: When neither ``model`` nor ``base_url`` is set.
    """
    if settings.base_url is not None:
        import openai
        from langchain_openai import ChatOpenAI

        key = settings.api_key or SecretStr("not-needed")
        return ChatOpenAI(
            # Own async client: langchain-openai shares a cached one across models,
            # which breaks when a second event loop (a test, a benchmark) uses it.
            http_async_client=openai.DefaultAsyncHttpxClient(),
            base_url=settings.base_url,
            api_key=key,
            model=settings.model or "local",
            temperature=settings.temperature,
            seed=settings.seed,
            max_completion_tokens=settings.max_tokens,
            timeout=settings.timeout_s,
            max_retries=settings.max_retries,
        )
    if not settings.model:
        raise ValueError("LLMSettings needs 'model' (provider:model) or 'base_url'")
    from langchain.chat_models import init_chat_model

    provider = settings.model.split(":", 1)[0] if ":" in settings.model else ""
    kwargs: dict[str, Any] = {
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "timeout": settings.timeout_s,
        "max_retries": settings.max_retries,
    }
    if settings.seed is not None and provider in _SEED_PROVIDERS:
        kwargs["seed"] = settings.seed
    if settings.api_key is not None:
        kwargs["api_key"] = settings.api_key
    return cast("BaseChatModel", init_chat_model(settings.model, **kwargs))


def endpoint_host(settings: LLMSettings) -> str:
    """Return the host a request would go to (provider API host when hosted)."""
    if settings.base_url is not None:
        return (urlsplit(settings.base_url).hostname or "").lower()
    provider = (settings.model or "").split(":", 1)[0]
    return _PROVIDER_HOSTS.get(provider, f"{provider or 'unknown'} (hosted API)")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint_allowed(settings: LLMSettings, credentialed: bool) -> None:
    """Refuse non-loopback model endpoints while credentialed data is loaded.

    ER-Reason's data-use agreement forbids sending its notes to third parties, so
    with ``credentialed=True`` only loopback hosts, hosts in ``allowed_hosts`` or an
    explicit ``allow_remote_with_credentialed_data`` opt-in pass.

    Args:
        settings: The effective LLM settings.
        credentialed: Whether credentialed data (e.g. ER-Reason) is loaded.

    Raises:
        DataUseError: When the endpoint is refused; the message says why.
    """
    if not credentialed or (settings.model is None and settings.base_url is None):
        return
    host = endpoint_host(settings)
    if _is_loopback(host) or host in settings.allowed_hosts:
        return
    if settings.allow_remote_with_credentialed_data:
        return
    raise DataUseError(
        f"Refusing model endpoint '{host}': credentialed data (ER-Reason) is loaded "
        "and its data-use agreement forbids sharing notes with third parties. Use a "
        "loopback server, add the host to allowed_hosts if it is inside your "
        "approved environment, or set allow_remote_with_credentialed_data=true if "
        "your agreement covers this provider (e.g. zero data retention)."
    )


def sampling_models(
    model: BaseChatModel, settings: LLMSettings, k: int
) -> list[BaseChatModel]:
    """Return ``k`` variants of ``model`` for self-consistency sampling.

    OpenAI-compatible models get seeds ``seed, seed+1, ...`` so that samples differ
    even with a fixed seed (temperature must still be > 0); other models are reused
    as they are, since not every provider accepts a seed.
    """
    if k <= 1:
        return [model]
    from langchain_openai import ChatOpenAI

    if isinstance(model, ChatOpenAI) and settings.seed is not None:
        return [
            cast("BaseChatModel", model.bind(seed=settings.seed + i)) for i in range(k)
        ]
    return [model] * k
