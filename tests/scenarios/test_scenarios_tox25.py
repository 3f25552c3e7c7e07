"""Toxicology and environmental emergencies, session 25 (tox25, issue 10).

Written from: UKHSA 2022 'Carbon monoxide: recognising and treating' and Wolf SJ et al.
ACEP clinical policy: carbon monoxide poisoning, Ann Emerg Med 2017;69:98 (headache,
nausea or dizziness with a combustion source in the home - boiler, gas fire, paraffin
heater, wood or coal stove, car exhaust in an enclosed space - or shared by the
household and easing away from home; the pulse oximeter reads normal, so the history
alone must raise it at triage).
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CALM = vitals(88, 126, 80, 16, 99)


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _co_flag(out: ReasoningOutput) -> bool:
    return any("carbon monoxide" in f for f in _triage(out).red_flags)


def test_household_headache_with_a_new_gas_fire_is_esi_2(reason: Reason) -> None:
    """A grandmother and the grandson staying with her share a headache since a gas
    fire was fitted: suspected CO poisoning at triage (ESI 2) although SpO2 is 99 %."""
    out = reason(
        make_case(
            "headache",
            age=67,
            sex="F",
            vitals=_CALM,
            one_liner=(
                "67F pounding headache and feeling sick for two days; her grandson "
                "staying with her has the same, new gas fire fitted last week."
            ),
        )
    )
    assert _triage(out).esi <= 2 and _co_flag(out), _triage(out)


def test_couple_with_dizziness_easing_at_work_is_esi_2(reason: Reason) -> None:
    """Husband and wife both dizzy with headaches that ease when they leave for work:
    the household pattern of CO exposure with no source named yet (UKHSA 2022)."""
    out = reason(
        make_case(
            "dizziness",
            age=58,
            sex="M",
            vitals=_CALM,
            one_liner=(
                "58M dizzy with headaches since the weekend, his wife has similar, "
                "both better once they get to work."
            ),
        )
    )
    assert _triage(out).esi <= 2 and _co_flag(out), _triage(out)


def test_family_with_colds_is_not_carbon_monoxide(reason: Reason) -> None:
    """Named guard: a febrile headache with a cough while the children have colds is
    a viral illness pattern, not a household CO exposure."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="F",
            vitals=_CALM,
            one_liner="36F headache, cough and runny nose, her children have colds.",
        )
    )
    assert not _co_flag(out), _triage(out)


def test_suspected_household_co_is_not_sent_home_before_oxygen(reason: Reason) -> None:
    """A shared headache in a house heated by a coal stove, carboxyhaemoglobin not yet
    measured: 100 % oxygen for hours and the home made safe first, not Discharge
    (UKHSA 2022; Weaver LK. NEJM 2009;360:1217)."""
    out = reason(
        make_case(
            "headache",
            age=54,
            sex="M",
            vitals=_CALM,
            one_liner="54M headache, light-headed for 3 days, his wife has the same.",
            ed_note=(
                "HPI: 54-year-old man with a dull headache, light-headedness and "
                "nausea for 3 days; his wife has the same headache. They heat the "
                "cottage with an old coal stove. No fever, no neck stiffness.\nExam: "
                "GCS 15, no focal deficit, fundi normal. SpO2 99 % on air."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def _toxic_alcohol_open(out: ReasoningOutput) -> list[tuple[str, str]]:
    rec = next(r for r in out.trace if r.stage == "assessment")
    rows = [
        (d.diagnosis.lower(), d.status) for d in getattr(rec.output, "differential", ())
    ]
    return [
        (n, st)
        for n, st in rows
        if any(w in n for w in ("methanol", "glycol", "other alcohols"))
        and st in ("cannot_exclude", "ruled_in")
    ]


def test_antifreeze_found_by_a_relative_is_not_negated(reason: Reason) -> None:
    """'No alcohol on his breath, his wife found an empty antifreeze bottle': the
    negation ends at the comma where a new subject speaks (NegEx clause boundary), so
    the ethylene glycol ingestion is read and a toxic alcohol is in the differential
    (AACT 2018 toxic alcohols: osmolar gap, fomepizole)."""
    out = reason(
        make_case(
            "intoxicated",
            age=56,
            sex="M",
            vitals=vitals(108, 132, 80, 30, 98),
            one_liner=(
                "56M slurred and staggering, no alcohol on his breath, his wife found "
                "an empty antifreeze bottle in the shed."
            ),
            ed_note=(
                "HPI: 56-year-old man, slurred speech and unsteady gait since the "
                "afternoon. No alcohol on his breath, his wife found an empty "
                "antifreeze bottle in the shed.\nExam: GCS 14, nystagmus, Kussmaul "
                "breathing.\nResults: pH 7.18, bicarbonate 9, anion gap 27."
            ),
        )
    )
    assert _toxic_alcohol_open(out), out.trace[1].output
