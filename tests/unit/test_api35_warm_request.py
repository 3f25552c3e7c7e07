"""``REASONER_WARM_REQUEST``: one SYNTHETIC /reason request before the server listens.

A FAKE reasoner (tests.fakes) under the real app lifespan records the cases it is
given; the warm-up request goes through the whole app in process (middleware, auth,
validation, the reasoning thread, the response), so its status is the app's answer.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from api.app import create_app
from api.settings import APISettings
from api.warm_request import WARM_UP_PATIENT
from cases.labels import NOTE_TYPES
from graph.settings import Settings
from tests.fakes import FakeReasoner

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True)
def _gc_state() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


async def _start(
    api: APISettings, fake: FakeReasoner, settings: Settings | None = None
) -> dict[str, object] | None:
    app = create_app(settings, api_settings=api, reasoner_factory=lambda: fake)
    async with app.router.lifespan_context(app):
        warm = app.state.warm_up
        assert warm is None or isinstance(warm, dict)
        return warm


async def test_one_synthetic_case_with_every_note_type_before_listening() -> None:
    fake = FakeReasoner()
    warm = await _start(APISettings(warm_request=True), fake)
    assert warm is not None and warm["request_status"] == 200
    assert len(fake.cases) == 1
    case = fake.cases[0]
    assert case.patient_id == WARM_UP_PATIENT and case.source == "warm-up"
    assert {n.note_type for n in case.prior_notes} == set(NOTE_TYPES)
    assert all(n.patient_id == WARM_UP_PATIENT for n in case.prior_notes)


async def test_off_by_default_and_without_the_warm_up() -> None:
    fake = FakeReasoner()
    await _start(APISettings(), fake)
    assert fake.cases == []
    await _start(APISettings(warm_request=True, warm_up=False), fake)
    assert fake.cases == []


async def test_the_configured_key_is_sent() -> None:
    fake = FakeReasoner()
    warm = await _start(APISettings(warm_request=True, api_key="k-123"), fake)
    assert warm is not None and warm["request_status"] == 200
    assert len(fake.cases) == 1


async def test_no_notes_when_request_notes_are_persisted() -> None:
    """Persisted notes enter the shared index: the synthetic notes must not."""
    fake = FakeReasoner()
    settings = Settings(persist_request_notes=True)
    warm = await _start(APISettings(warm_request=True), fake, settings)
    assert warm is not None and warm["request_status"] == 200
    assert len(fake.cases) == 1 and fake.cases[0].prior_notes == ()


async def test_a_failing_warm_up_request_does_not_stop_the_start() -> None:
    fake = FakeReasoner(exc=RuntimeError("scripted"))
    warm = await _start(APISettings(warm_request=True), fake)
    assert warm is not None and warm["request_status"] not in (0, 200)
    assert "error" not in warm  # readiness is the warm-up's, not this request's


def test_python_m_api_turns_it_on() -> None:
    code = (
        "import os, api.__main__ as m, uvicorn; "
        "uvicorn.run = lambda *a, **k: print(os.environ['REASONER_WARM_REQUEST']); "
        "m.main(['--workers', '1'])"
    )
    env = {k: v for k, v in os.environ.items() if k != "REASONER_WARM_REQUEST"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )
    assert out.stdout.strip() == "true", out.stderr[-500:]
