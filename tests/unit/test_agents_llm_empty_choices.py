"""A model endpoint that answers 200 with an empty ``choices`` list (issue 16).

The endpoint is a FAKE (httpx MockTransport) behind the real ChatOpenAI client and
the real refiner call path; it must become the typed ``ModelEndpointError`` (a 502 in
the API, a retryable failure in the harness), not "IndexError in triage stage".
"""

from __future__ import annotations

import httpx
import pytest
from langchain_core.messages import HumanMessage
from langchain_openai import ChatOpenAI

from agents.llm import ModelEndpointError
from agents.llm.invoke import invoke_model
from agents.schemas import TriageResult

pytestmark = pytest.mark.anyio


def _empty_choices(request: httpx.Request) -> httpx.Response:
    body = {
        "id": "fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [],
        "usage": {"prompt_tokens": 1, "completion_tokens": 0, "total_tokens": 1},
    }
    return httpx.Response(200, json=body)


async def test_empty_choices_is_a_typed_endpoint_error():
    chat = ChatOpenAI(
        model="fake",
        api_key="not-needed",
        base_url="http://fake-endpoint/v1",
        max_retries=0,
        http_async_client=httpx.AsyncClient(
            transport=httpx.MockTransport(_empty_choices)
        ),
    )
    runnable = chat.with_structured_output(TriageResult, include_raw=True)
    with pytest.raises(ModelEndpointError, match="no choices"):
        await invoke_model(runnable, [HumanMessage("triage this")])
