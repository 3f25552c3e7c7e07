"""Scenarios (medr32, issue 10): a finished anticoagulant course is no current use.

A provoked venous thromboembolism is treated for a fixed 3 to 6 months and the
anticoagulant is then stopped (Stevens SM et al. CHEST 2021 VTE guideline; Ortel TL et
al. ASH 2020 VTE treatment). A history that says the course was completed or finished
years ago documents no drug on board: the NSTE-ACS heparin is given now, not deferred
until an oral anticoagulant 'wears off' (Collet JP et al. ESC 2020 NSTE-ACS 5.2.9), and
a DOAC taken more than 48 h ago does not exclude IV thrombolysis for an acute ischaemic
stroke (Powers WJ et al. AHA/ASA 2019, 3.5). A current anticoagulant stays one.
Research software, not for clinical use.
"""

from __future__ import annotations

from agents.schemas import Order
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_OAC_WAIT = "oral_anticoagulant_first"


def _floors(out: ReasoningOutput) -> set[str]:
    return {f.floor for r in out.trace for f in r.floors_fired}


def _heparin(out: ReasoningOutput) -> list[Order]:
    return [o for o in O.medications(out) if O.mentions(o, ("heparin", "enoxaparin"))]


def _nstemi(history: str) -> Case:
    return make_case(
        "CHEST PAIN",
        age=61,
        sex="M",
        vitals=vitals(94, 146, 88, 18, 97),
        ed_note=(
            "61M with 50 minutes of central chest pressure on exertion radiating "
            f"to the left arm with diaphoresis. {history} Hypertension, smoker. "
            "ECG: 2 mm ST depression V4-V6. Troponin elevated at 0.9."
        ),
    )


def test_nste_acs_heparin_now_after_a_completed_doac_course(reason: Reason) -> None:
    """ESC 2020 NSTE-ACS: parenteral anticoagulation at diagnosis, no OAC on board."""
    out = reason(
        _nstemi(
            "Past history: provoked pulmonary embolism 6 years ago after knee surgery, "
            "completed 6 months of apixaban."
        )
    )
    assert _heparin(out)
    assert _OAC_WAIT not in _floors(out)


def test_nste_acs_heparin_now_after_a_finished_warfarin_course(reason: Reason) -> None:
    """CHEST 2021: a provoked DVT's fixed course ends; 'finished' is a stop."""
    out = reason(
        _nstemi(
            "History: DVT of the left leg in 2016, finished a 3-month course of "
            "warfarin."
        )
    )
    assert _heparin(out)
    assert _OAC_WAIT not in _floors(out)


def test_nste_acs_heparin_waits_for_a_current_doac(reason: Reason) -> None:
    """ESC 2020 5.2.9: on a DOAC, no upfront parenteral anticoagulant (control)."""
    out = reason(
        _nstemi(
            "Atrial fibrillation on apixaban 5 mg twice daily, last dose this morning."
        )
    )
    assert _OAC_WAIT in _floors(out)


def test_stroke_lysis_not_withheld_for_a_course_finished_years_ago(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.5: only a DOAC within 48 h excludes alteplase."""
    out = reason(
        make_case(
            "RIGHT SIDED WEAKNESS",
            age=68,
            sex="F",
            vitals=vitals(84, 172, 94, 16, 97),
            ed_note=(
                "68F last known well 75 minutes ago with sudden right arm and leg "
                "weakness, right facial droop and expressive aphasia. NIHSS 9. "
                "History: hypertension; DVT in 2018, completed 3 months of "
                "rivaroxaban. Glucose 6.2 mmol/L. Non-contrast CT head: no "
                "haemorrhage."
            ),
        )
    )
    assert O.medication_ordered(out, *O.LYTIC)


def _head_injury(history: str) -> Case:
    return make_case(
        "HEAD INJURY",
        age=44,
        sex="M",
        vitals=vitals(80, 132, 82, 14, 98),
        ed_note=(
            "44M tripped and struck his head on a door frame 1 hour ago, now GCS 15, "
            "no vomiting, no amnesia, mild headache, no neck pain. " + history
        ),
    )


def test_head_injury_after_a_finished_course_is_not_anticoagulated(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.11: CT for current anticoagulant treatment, not a past course."""
    out = reason(
        _head_injury(
            "Past medical history: DVT in 2017, completed 3 months of rivaroxaban."
        )
    )
    assert not O.ordered(out, r"\bct head\b", r"\binr\b")


def test_head_injury_on_a_current_doac_gets_ct(reason: Reason) -> None:
    """NICE NG232 1.4.11: an anticoagulated head injury has a CT head (control)."""
    out = reason(
        _head_injury("Past medical history: atrial fibrillation on rivaroxaban.")
    )
    assert O.ordered(out, r"\bct head\b")
