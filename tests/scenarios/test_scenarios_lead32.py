"""A fixed pupil in an alert patient is no herniation (lead, session 32).

Transtentorial herniation after head injury is a dilating, unreactive pupil with a
falling consciousness (Brain Trauma Foundation 4th ed. 2016; ATLS 10th ed.):
hyperosmolar
therapy is for that. A fixed mid-dilated pupil in an alert patient with a painful red
eye is acute angle-closure glaucoma (AAO Preferred Practice Pattern 2020): pressure-
lowering drops, acetazolamide and an ophthalmologist, not hypertonic saline and an ICU.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HERNIATION = ("hypertonic saline", "signs of herniation", "transtentorial")


def test_acute_angle_closure_is_not_treated_as_herniation(reason: Reason) -> None:
    """AAO PPP 2020: an alert 67-year-old with a red painful eye, haloes, vomiting, a
    hazy cornea and a fixed mid-dilated pupil gets pressure-lowering treatment and an
    ophthalmologist; no herniation orders, no ICU bed."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=67,
            sex="F",
            vitals=vitals(92, 162, 90, 16, 98),
            one_liner="67F painful red left eye, headache, vomiting",
            ed_note=(
                "67F long-sighted, sudden severe left eye pain and headache since this"
                " evening in a dark cinema, seeing haloes around lights, vomiting"
                " twice. Alert and oriented. Left eye red, hazy cornea, pupil fixed and"
                " mid-dilated, eye hard to palpation. Visual acuity 6/60 left."
            ),
        )
    )
    assert not O.ordered(out, *_HERNIATION), O.orders(out)
    assert O.ordered(out, "acetazolamide", "timolol", "pilocarpine"), O.orders(out)
    assert O.disposition(out).admit_level != "icu", O.disposition(out)


def test_blown_pupil_with_falling_consciousness_after_head_injury_is_treated(
    reason: Reason,
) -> None:
    """BTF 2016; ATLS 10th ed. (guard for the rule above): a 34-year-old after an
    assault, GCS 7, right pupil fixed and dilated: hyperosmolar therapy and an
    emergency neurosurgeon."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=34,
            sex="M",
            vitals=vitals(58, 182, 96, 10, 95),
            one_liner="34M assaulted, struck head, GCS 7",
            ed_note=(
                "34M punched and kicked in the head, found on the ground. GCS 7 (E1 V2"
                " M4). Right pupil fixed and dilated, left reactive. Scalp haematoma."
            ),
        )
    )
    assert O.ordered(out, "mannitol", "hypertonic saline"), O.orders(out)
    assert O.ordered(out, "neurosurg"), O.orders(out)
