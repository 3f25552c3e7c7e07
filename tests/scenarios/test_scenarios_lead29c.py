"""The lead's session-29 review, third part: a line infection on dialysis, bleeding in
early pregnancy with an intrauterine pregnancy on the scan, a provoked first seizure.

Written from: Mermel LA et al. IDSA 2009 catheter-related bloodstream infection
guideline (paired cultures, vancomycin with Gram-negative cover); ACOG Practice
Bulletin 200 (2018) early pregnancy loss and ACOG PB 193 (a documented intrauterine
pregnancy all but excludes an ectopic one), ACOG PB 181 (2017) Rh D immune globulin
(one dose); ASAM 2020 alcohol withdrawal (it needs heavy, prolonged drinking) and
ACEP 2014 seizure policy (a first unprovoked seizure back to baseline may go home).
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ANTI_D = re.compile(r"(?i)anti-?d|rh(?:o)?\(?d?\)? immune globulin|rhogam")


def test_rigors_during_dialysis_through_a_tunnelled_line_is_a_line_infection(
    reason: Reason,
) -> None:
    """Fever and rigors starting during haemodialysis through a tunnelled catheter:
    catheter-related bloodstream infection is named and treated with vancomycin
    after paired cultures (IDSA 2009)."""
    out = reason(
        make_case(
            "FEVER",
            age=63,
            sex="F",
            vitals=vitals(110, 102, 60, 20, 96, 38.9),
            one_liner="63F on haemodialysis via a tunnelled line, rigors on dialysis.",
            ed_note=(
                "HPI: end-stage renal disease on haemodialysis via a left tunnelled "
                "line, rigors during haemodialysis today, fever 38.9. No cough, no "
                "abdominal pain. Exit site erythema."
            ),
        )
    )
    assert "catheter" in (out.final.diagnosis_name or "").lower(), out.final
    assert O.medication_ordered(out, "vancomycin"), O.medications(out)


def test_bleeding_with_a_live_intrauterine_pregnancy_is_not_held_for_ectopic(
    reason: Reason,
) -> None:
    """Light bleeding at 7 weeks, stable, a live intrauterine pregnancy on
    transvaginal ultrasound: threatened miscarriage; ectopic pregnancy is not held
    open, and Rh D immune globulin is ordered once."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=29,
            sex="F",
            vitals=vitals(82, 118, 72, 16, 99),
            one_liner="29F, 7 weeks pregnant, spotting since last night.",
            ed_note=(
                "HPI: G1 at 7 weeks, light spotting and mild cramps. Stable.\n"
                "Transvaginal ultrasound: intrauterine gestational sac with a yolk "
                "sac. Blood group A Rh negative."
            ),
        )
    )
    open_mnm = [e.diagnosis for e in out.final.ledger if e.status == "cannot_exclude"]
    assert not any("ectopic" in d.lower() for d in open_mnm), open_mnm
    anti_d = [m.name for m in O.medications(out) if _ANTI_D.search(m.name)]
    assert len(anti_d) <= 1, anti_d


def test_first_seizure_without_drinking_is_not_held_for_alcohol_withdrawal(
    reason: Reason,
) -> None:
    """A first seizure after sleep deprivation, back to normal, no alcohol use: not
    held in hospital for alcohol withdrawal (ASAM 2020)."""
    out = reason(
        make_case(
            "SEIZURE",
            age=21,
            sex="M",
            vitals=vitals(106, 128, 76, 16, 98),
            one_liner="21M first seizure after an all-night study session, now alert.",
            ed_note=(
                "HPI: first generalised tonic-clonic seizure for 1 minute after no "
                "sleep for 30 h, no alcohol or drugs reported. GCS 15, neuro exam "
                "normal, tongue bitten. Glucose 5.4, sodium 140, ECG normal."
            ),
        )
    )
    open_mnm = [e.diagnosis for e in out.final.ledger if e.status == "cannot_exclude"]
    assert not any("withdrawal" in d.lower() for d in open_mnm), open_mnm
