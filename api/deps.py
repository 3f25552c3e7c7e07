"""Dependencies: the reasoner on ``app.state``, settings, request id, API-key auth.

All are ``async def``: FastAPI runs a plain ``def`` dependency in its thread pool, a
thread hand-off per dependency per request (four per ``POST /reason``) for a
one-line attribute read; measured in benchmarks/RESULTS.md (serve13).
"""

from __future__ import annotations

import secrets
from typing import Annotated, cast

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from api.errors import APIError
from api.settings import APISettings
from graph.runtime import Reasoner


def get_reasoner(request: Request) -> Reasoner:
    """Return the reasoner the lifespan built.

    With ``APISettings.offload`` it sits behind ``api.offload.OffloadedReasoner``,
    which runs its coroutines on a worker loop and keeps its methods' signatures.
    """
    return cast(Reasoner, request.app.state.reasoner)


async def _reasoner(request: Request) -> Reasoner:
    return get_reasoner(request)


async def get_api_settings(request: Request) -> APISettings:
    """Return the API settings the app was created with."""
    return cast(APISettings, request.app.state.api_settings)


async def get_public_settings(request: Request) -> dict[str, object]:
    """Return the effective settings without secrets (computed once at startup)."""
    return cast(dict[str, object], request.app.state.public_settings)


async def get_request_id(request: Request) -> str:
    """Return the request id assigned by the middleware."""
    rid = getattr(request.state, "request_id", None)
    return rid if isinstance(rid, str) else "-"


_api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="Required only when the server is configured with an API key",
)


async def require_api_key(
    settings: Annotated[APISettings, Depends(get_api_settings)],
    supplied: Annotated[str | None, Security(_api_key_header)] = None,
) -> None:
    """Reject the call unless auth is off or ``X-API-Key`` matches (constant time).

    Raises:
        APIError: 401 when a key is configured and the header is missing or wrong.
    """
    if settings.api_key is None:
        return
    expected = settings.api_key.get_secret_value().encode()
    given = (supplied or "").encode()
    if not secrets.compare_digest(expected, given):
        raise APIError(
            401,
            "missing or invalid API key",
            headers={"WWW-Authenticate": "APIKey"},
        )


ReasonerDep = Annotated[Reasoner, Depends(_reasoner)]
APISettingsDep = Annotated[APISettings, Depends(get_api_settings)]
PublicSettingsDep = Annotated[dict[str, object], Depends(get_public_settings)]
RequestIdDep = Annotated[str, Depends(get_request_id)]
