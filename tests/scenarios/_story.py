"""Helpers for scenario files that tell one story at triage and in the note.

Used by peds49-56. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Any

from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case


def esi(out: ReasoningOutput) -> int:
    """The final ESI level (asserted present)."""
    esi = out.final.esi
    assert esi is not None
    return esi


def partial_vitals(
    hr: float,
    sbp: float | None,
    rr: float,
    spo2: float,
    t: float,
    dbp: float = 70,
    pain: float | None = None,
) -> dict[str, float]:
    """Vital signs with the blood pressure and a pain score optional."""
    v = {"heart_rate": hr, "respiratory_rate": rr, "spo2": spo2, "temperature_c": t}
    if sbp is not None:
        v |= {"systolic_bp": sbp, "diastolic_bp": dbp}
    if pain is not None:
        v["pain"] = pain
    return v


def tell(
    reason: Reason,
    cc: str,
    text: str,
    vitals: dict[str, float],
    age: int | None = None,
    sex: str | None = None,
    **extra: Any,
) -> ReasoningOutput:
    """The story told at triage (the one-liner) and in the note."""
    return reason(
        make_case(
            cc, age=age, sex=sex, vitals=vitals, one_liner=text, ed_note=text, **extra
        )
    )


def at_triage(
    reason: Reason,
    cc: str,
    age: int,
    sex: str,
    v: dict[str, float],
    one_liner: str,
    case_id: str,
    **extra: Any,
) -> ReasoningOutput:
    """The triage one-liner alone (no note), under its own case id."""
    return reason(
        make_case(
            cc,
            age=age,
            sex=sex,
            vitals=v,
            one_liner=one_liner,
            case_id=case_id,
            **extra,
        )
    )


def told(
    reason: Reason,
    cc: str,
    age: int,
    sex: str,
    vitals: tuple[float | None, ...],
    one_liner: str,
    note: str,
    **extra: Any,
) -> ReasoningOutput:
    """One-liner and note; vitals (HR, SBP, DBP, RR, SpO2, T), None if not taken."""
    keys = ("heart_rate", "systolic_bp", "diastolic_bp", "respiratory_rate", "spo2")
    keys += ("temperature_c",)
    v = {k: x for k, x in zip(keys, vitals, strict=False) if x is not None}
    return reason(
        make_case(
            cc, age=age, sex=sex, vitals=v, one_liner=one_liner, ed_note=note, **extra
        )
    )


# --- an adult's mild lethargy ---
