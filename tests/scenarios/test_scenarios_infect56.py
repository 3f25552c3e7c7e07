"""infect56 (session 56): travel, rickettsiae, the CNS and sepsis's scope.

Written from guidelines, not from shared data: a fever with an inoculation eschar after a
safari in southern Africa is African tick-bite fever treated with doxycycline on
suspicion, its malaria films repeated since Kruger is a malaria area (Biggs HM et al.
CDC MMWR Recomm Rep 2016;65(2):1; Jensenius M et al. Clin Infect Dis 2003;36:1411;
Lalloo DG et al. UK malaria treatment guidelines 2016, J Infect 2016;72:635; WHO World
Malaria Report 2023; UKHSA ACMP malaria prevention guidelines 2024).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (e8bc0d7e) -------------------------


def test_fever_with_an_eschar_after_a_kruger_safari_gets_doxycycline_and_films(
    reason: Reason,
) -> None:
    """CDC 2016; Jensenius 2003: fever, headache and a black crust with a red halo
    after a southern African game park is African tick-bite fever, doxycycline now;
    Kruger is a malaria area, so the films are repeated (Lalloo 2016)."""
    out = reason(
        make_case(
            "fever",
            age=52,
            sex="M",
            vitals=vitals(96, 132, 80, 16, 98, 38.6),
            one_liner="52M fever and aches after a game drive holiday",
            ed_note=(
                "Safari in the Kruger park, home 5 days ago. Three days of fever, "
                "headache and aching muscles. Two painless black scabs with a red "
                "halo on the ankle and thigh, tender inguinal nodes. One malaria "
                "film negative."
            ),
        )
    )
    assert O.medication_ordered(out, r"doxycycline"), O.order_names(out)
    assert O.ordered(out, r"blood films.*(?:repeat|three)"), O.order_names(out)
    assert _code(out).startswith("A77"), _code(out)


# --- guards: nearby cases that must not change ------------------------------------


def test_a_burn_eschar_is_no_tick_bite(reason: Reason) -> None:
    """A full-thickness burn's eschar is the burn's (ABA ABLS 2018), not a
    rickettsial inoculation eschar (CDC 2016): no doxycycline for it."""
    out = reason(
        make_case(
            "burn",
            age=40,
            sex="M",
            vitals=vitals(104, 128, 78, 18, 98, 38.2),
            one_liner="40M hot oil burn to the forearm 3 days ago, now feverish",
            ed_note=(
                "Hot oil burn to the left forearm 3 days ago, dressed at home. Now "
                "a leathery white full-thickness area with an eschar, surrounding "
                "redness, fever and headache."
            ),
        )
    )
    assert not O.medication_ordered(out, r"doxycycline"), O.order_names(out)
