"""The fuzzed schemas are the app's own ``/openapi.json``, loaded without a lifespan.

test_api_schema.py and test_api_threads.py build their schemathesis schema at import
from the app's ``openapi()`` (tests/openapi_schema.py) instead of fetching
``/openapi.json`` through the started app: the same document, so the same
operations are fuzzed, and no xdist worker starts an app for a module whose tests
another worker runs (perf53).
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import APISettings
from tests.fakes import FakeReasoner
from tests.openapi_schema import LOCATION, from_app


def test_the_schema_is_the_apps_openapi_json_and_nothing_started() -> None:
    started: list[int] = []

    def factory() -> FakeReasoner:
        started.append(1)
        return FakeReasoner()

    app = create_app(
        api_settings=APISettings(max_body_bytes=50_000), reasoner_factory=factory
    )
    schema = from_app(app)
    assert not started  # no lifespan: no reasoner built
    served = TestClient(app).get(LOCATION)  # outside `with`: no lifespan either
    assert served.status_code == 200
    assert schema.raw_schema == served.json()
    assert schema.app is app and schema.location == LOCATION
    paths = {o.ok().path for o in schema.get_all_operations()}
    # the operations of both modules' fuzzing: the threads' and the rest
    assert "/reason" in paths and any(p.startswith("/threads") for p in paths)
    assert not started
