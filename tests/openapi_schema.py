"""Schemathesis schemas of an in-process app, loaded without starting the app.

``schemathesis.openapi.from_asgi`` fetches ``/openapi.json`` through the app, which
starts its lifespan (the reasoner's build and warm-up) at import: every xdist worker
collecting the module paid it, whichever worker ran the module's tests (perf52:
~15 % of a worker's collection). :func:`from_app` builds the same schema from the
app's own ``openapi()`` (what the ``/openapi.json`` route returns), as ``from_asgi``
does from the response; the lifespan starts at the first call of a test case, as it
did for the test's later calls.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis

LOCATION = "/openapi.json"


def from_app(app: Any) -> Any:
    """``schemathesis.openapi.from_asgi(LOCATION, app)`` without running ``app``."""
    raw = json.loads(json.dumps(app.openapi()))  # as the route's JSON response
    schema = schemathesis.openapi.from_dict(raw)
    schema.app = app
    schema.location = LOCATION
    return schema
