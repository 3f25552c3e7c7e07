"""A walk-in adult triaged on the KTAS scale: the case the KTAS scenario files share."""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case


def ktas_walk_in(
    reason: Reason,
    complaint: str,
    v: dict[str, float],
    *,
    age: int,
    case_id: str,
    pain: float | None = None,
    one_liner: str | None = None,
) -> ReasoningOutput:
    """The reasoner's output for a walk-in with ``complaint`` on the KTAS scale.

    Asserts the output is on the KTAS scale with a site level.
    """
    vv = dict(v)
    if pain is not None:
        vv["pain"] = pain
    case = make_case(
        complaint,
        age=age,
        vitals=vv,
        one_liner=one_liner,
        triage_scale="KTAS",
        case_id=case_id,
        arrival={"mode": "walk-in"},
    )
    out = reason(case)
    assert out.final.triage_scale == "KTAS" and out.final.site_level is not None
    return out
