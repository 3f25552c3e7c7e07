"""The unprofiled CPU breakdown's step wrapping (``benchmarks.cpu_parts``).

Only what is wrapped and counted is asserted: no clock value (no timing assertion).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest

from benchmarks import cpu_parts


@pytest.fixture
def modules() -> Iterator[tuple[types.ModuleType, types.ModuleType]]:
    """A module whose outer step calls its inner step, and an importer of the outer."""
    own = types.ModuleType("_perf55_steps")
    exec(  # the two functions of a module of their own
        "def inner(x):\n    return x + 1\n\ndef outer(x):\n    return inner(x) * 2\n",
        own.__dict__,
    )
    user = types.ModuleType("_perf55_user")
    user.outer = own.outer  # type: ignore[attr-defined]  # "from own import outer"
    sys.modules[own.__name__] = own
    sys.modules[user.__name__] = user
    cpu_parts._clock.clear()
    cpu_parts._calls.clear()
    yield own, user
    del sys.modules[own.__name__], sys.modules[user.__name__]
    cpu_parts._clock.clear()
    cpu_parts._calls.clear()


def test_steps_wrapped_where_bound_and_counted(
    modules: tuple[types.ModuleType, types.ModuleType],
) -> None:
    own, user = modules
    missing = cpu_parts.wrap_steps(
        (
            ("_perf55_steps", "outer", "outer step"),
            ("_perf55_steps", "inner", "inner step"),
            ("_perf55_steps", "gone", "a renamed step"),
            ("_perf55_absent_module", "f", "an absent module"),
        )
    )
    assert missing == ["_perf55_steps.gone", "_perf55_absent_module.f"]
    assert user.outer(1) == 4  # the importer's binding is the wrapped one
    assert own.outer(2) == 6  # the answers are unchanged
    assert cpu_parts._calls == {"outer step": 2, "inner step": 2}
    assert set(cpu_parts._clock) == {"outer step", "inner step"}
    assert not cpu_parts._nested  # every wrapped call closed its frame
