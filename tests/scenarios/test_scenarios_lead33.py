"""lead33 (issue 10): visible haematuria with haemodynamic compromise.

Written from the sources named in each docstring, never from rows of the shared data:

- ACS ATLS 10th ed. 2018 ch.3 (classes of haemorrhage); Mutschler M et al. Crit Care
  2013;17:R172 (a shock index >= 1 predicts transfusion);
- ESI v4 Implementation Handbook ch.4 (decision point B: haemodynamic compromise);
- EAU 2024 / Avellino GJ et al. Urol Clin North Am 2019 (clot retention);
- NICE NG12 1.6.1 (painless visible haematuria: suspected-cancer referral, as an
  outpatient when the patient is well).

Each target scenario failed on main 6cdefa4 before its fix; the guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_visible_haematuria_with_a_shock_index_over_one_is_not_sent_home(
    reason: Reason,
) -> None:
    """ATLS ch.3; Mutschler 2013; ESI ch.4: an overt bleed with a shock index >= 1
    and postural dizziness is a class II-III haemorrhage: high risk at triage and
    resuscitated in hospital, not discharged on a forecast."""
    out = reason(
        make_case(
            "hematuria",
            age=71,
            sex="M",
            vitals=vitals(117, 104, 62, 20, 97),
            one_liner="71M visible blood in urine with clots",
            ed_note="71-year-old man passing frank red urine with clots since this "
            "morning, dizzy on standing.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.disposition(out).disposition != "Discharge"


def test_bleeding_compromise_settled_by_documented_repeat_vitals_is_not_this_floor(
    reason: Reason,
) -> None:
    """Guard (ATLS ch.3: the response to resuscitation decides): repeat vitals with
    a normal shock index lift this floor; the rationale does not cite it."""
    out = reason(
        make_case(
            "hematuria",
            age=66,
            sex="M",
            vitals=vitals(112, 108, 64, 18, 98),
            one_liner="66M visible blood in urine",
            ed_note="66-year-old man with painless red urine since yesterday, no clots,"
            " passing urine freely. After 1 L saline repeat vitals: HR 84, BP 132/78, "
            "RR 16, SpO2 98%. Hb 14.1.",
        )
    )
    assert "resuscitation, blood tests and cross-match" not in (
        O.disposition(out).rationale or ""
    )


def test_well_visible_haematuria_keeps_its_outpatient_cancer_pathway(
    reason: Reason,
) -> None:
    """Guard (NICE NG12 1.6.1): painless visible haematuria in a well man with
    normal vitals is referred on the suspected-cancer pathway; this floor does not
    apply (no shock index >= 1)."""
    out = reason(
        make_case(
            "hematuria",
            age=68,
            sex="M",
            vitals=vitals(78, 146, 84, 16, 98),
            one_liner="68M painless visible haematuria",
            ed_note="68-year-old smoker, painless red urine twice this week, no clots, "
            "passing urine freely, no dysuria, no fever.",
        )
    )
    assert O.ordered(out, r"urolog"), O.orders(out)
    assert "resuscitation, blood tests and cross-match" not in (
        O.disposition(out).rationale or ""
    )
