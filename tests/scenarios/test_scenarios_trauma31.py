"""Compartment syndrome, adolescent and child shock, older C-spine, foreign bodies,
stings and burn extent (trauma31).

Written from: BOA/BOAST 10 (2014, revised 2016) acute compartment syndrome (pain out
of proportion, pain on passive stretch, a tense compartment after a fracture or a
crush; split the cast to skin, fasciotomy within 1 h of the decision) and EAST; CDC/
ACS-COT National Guideline for Field Triage of Injured Patients 2021 (crushed,
degloved or mangled extremity); Sever MS, Vanholder R. Nephrol Dial Transplant 2012
(crush: CK, potassium).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _top(out: object) -> list[str]:
    return [d.diagnosis.lower() for d in out.final.summary.top_diagnoses]  # type: ignore[attr-defined]


def test_a_lower_leg_crushed_by_a_load_is_high_risk_at_triage(reason: Reason) -> None:
    """CDC/ACS-COT 2021: a crushed extremity is an injury pattern of high risk, ESI 2
    at the least, whatever fell on it."""
    out = reason(
        make_case(
            "CRUSH INJURY",
            age=38,
            sex="M",
            vitals=vitals(96, 136, 84, 18, 98),
            one_liner="right lower leg crushed by a steel beam on a building site",
            ed_note=(
                "A steel beam fell across his right lower leg an hour ago. Severe "
                "pain, swollen shin, foot warm with pulses."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_tibial_fracture_with_pain_on_passive_stretch_is_compartment_syndrome(
    reason: Reason,
) -> None:
    """BOAST 10: pain on passive stretch and a tense compartment after a tibial
    fracture is compartment syndrome until decompressed: it leads the list, the
    orthopaedic surgeon is called for fasciotomy and CK is sent."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=23,
            sex="M",
            vitals=vitals(104, 140, 82, 18, 99),
            one_liner="closed tibial shaft fracture in a backslab, pain getting worse",
            ed_note=(
                "Closed tibial shaft fracture from a motorbike fall this afternoon, "
                "backslab applied. Pain increasing despite morphine. Tense anterior "
                "compartment, severe pain on passive dorsiflexion of the toes. "
                "Dorsalis pedis palpable."
            ),
        )
    )
    assert any("compartment syndrome" in d for d in _top(out)), _top(out)
    assert O.ordered(out, "fasciotomy"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "creatine kinase", r"\bck\b"), [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge"


def test_a_tense_forearm_after_a_fracture_is_emergent(reason: Reason) -> None:
    """BOAST 10: a tense forearm after a forearm fracture in a child is possible
    compartment syndrome at triage (ESI 2), not a fracture waiting its turn."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=11,
            sex="M",
            vitals=vitals(112, 108, 66, 20, 99),
            one_liner="fell off a trampoline, forearm fracture, forearm tense",
            ed_note=(
                "Fell off a trampoline onto his left arm. Displaced radius and ulna "
                "shaft fractures on X-ray. Forearm swollen and tense, pain out of "
                "proportion."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_a_crushed_toe_is_not_a_crushed_limb(reason: Reason) -> None:
    """Guard: a toe under a dropped box is no limb injury pattern of high risk."""
    out = reason(
        make_case(
            "TOE INJURY",
            age=33,
            sex="F",
            vitals=vitals(80, 122, 76, 14, 99),
            one_liner="dropped a box on her big toe, toe crushed and bruised",
            ed_note="Dropped a heavy box on her right big toe. Bruised, swollen toe.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi
