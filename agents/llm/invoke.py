"""One chat-model call with transport failures turned into the two typed errors.

Every LLM path (the stage refiner, the single-prompt baselines, SCT) calls the model
through :func:`invoke_model`, so a timeout is always ``ModelTimeoutError`` and an
unreachable or faulty endpoint ``ModelEndpointError``: the API maps them to 504/502
and the harness counts them as endpoint failures, never as answers.
"""

from __future__ import annotations

import httpx
import openai
from langchain_core.messages import BaseMessage
from langchain_core.runnables import Runnable

from agents.errors import ModelEndpointError, ModelTimeoutError

_REQUEST_STATUS = frozenset({400, 413, 422})
"""HTTP statuses that are the request's fault (re-raised as they are)."""


async def invoke_model(
    runnable: Runnable[list[BaseMessage], object], msgs: list[BaseMessage]
) -> object:
    """Call the endpoint, turning transport failures into the two raised errors."""
    try:
        return await runnable.ainvoke(msgs)
    except (openai.APITimeoutError, httpx.TimeoutException, TimeoutError) as exc:
        raise ModelTimeoutError(f"model call timed out ({type(exc).__name__})") from exc
    except (openai.APIConnectionError, httpx.TransportError, ConnectionError) as exc:
        raise ModelEndpointError(f"model endpoint unreachable ({exc})") from exc
    except openai.APIStatusError as exc:
        if exc.status_code in _REQUEST_STATUS:
            raise
        raise ModelEndpointError(f"model endpoint HTTP {exc.status_code}") from exc
    except IndexError as exc:
        # langchain-openai indexes ``choices[0]``: an endpoint that answers 200 with
        # an empty ``choices`` list sent no answer at all (a faulty server).
        raise ModelEndpointError("model endpoint answered with no choices") from exc


def reply_text_and_tokens(reply: object) -> tuple[str, int, int]:
    """A plain chat reply's text and its (prompt, completion) token counts."""
    meta = getattr(reply, "usage_metadata", None) or {}
    content = getattr(reply, "content", "")
    text = content if isinstance(content, str) else str(content)
    return text, int(meta.get("input_tokens", 0)), int(meta.get("output_tokens", 0))
