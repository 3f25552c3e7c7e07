"""The LLM backend: settings, model factory, refiner, prompts, output mapping, pricing.

Provider-aware code lives in ``agents.llm.settings`` (re-exported here; importing this
package stays light). The refiner (``agents.llm.refiner.make_refiner``) turns the
offline outcome of a stage into the final one; ``agents.llm.local_server`` runs the
bundled local model. See ``agents/llm/README.md``. Never imports ``agents.offline``.
"""

from agents.llm.settings import (
    DataUseError,
    LLMSettings,
    ModelEndpointError,
    ModelTimeoutError,
    StructuredOutputMethod,
    check_endpoint_allowed,
    endpoint_host,
    make_chat_model,
    model_id,
    sampling_models,
)

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
