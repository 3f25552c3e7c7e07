"""infect56 (session 56): travel, rickettsiae, the CNS and sepsis's scope.

Written from guidelines, not from shared data: a fever with an inoculation eschar after a
safari in southern Africa is African tick-bite fever treated with doxycycline on
suspicion, its malaria films repeated since Kruger is a malaria area (Biggs HM et al.
CDC MMWR Recomm Rep 2016;65(2):1; Jensenius M et al. Clin Infect Dis 2003;36:1411;
Lalloo DG et al. UK malaria treatment guidelines 2016, J Infect 2016;72:635; WHO World
Malaria Report 2023; UKHSA ACMP malaria prevention guidelines 2024); sepsis's source
screen (blood cultures, SOFA bloods, a chest film) is for suspected infection, not for the
tachycardia of a documented bleed or a known aneurysm's rupture (Evans L et al. Surviving
Sepsis Campaign 2021; NICE NG51 2016/2024 1.1.1; ATLS 10th ed. ch. 3; Wanhainen A et al.
ESVS 2024).
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


_SEPSIS_SCREEN = r"blood cultures|for a source unless one is evident"


def test_an_abruption_in_shock_gets_no_sepsis_source_screen(reason: Reason) -> None:
    """ATLS ch. 3; RCOG GTG 63: a bleeding abruption's tachycardia is haemorrhage;
    SSC 2021 screens for sepsis where infection is suspected: no blood cultures or
    source screen, the lactate kept."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=29,
            sex="F",
            vitals=vitals(124, 100, 62, 20, 98, 36.8),
            one_liner="29F 35 weeks pregnant, sudden constant pain and bleeding",
            ed_note=(
                "Second pregnancy, 35 weeks. Sudden constant abdominal pain 40 "
                "minutes ago with dark vaginal bleeding. Uterus tense and tender. "
                "Fetal heart 110/min. No fever, no urinary symptoms."
            ),
        )
    )
    assert not O.ordered(out, _SEPSIS_SCREEN), O.order_names(out)
    assert O.ordered(out, r"lactate"), O.order_names(out)


def test_a_known_aneurysm_with_pain_and_shock_gets_no_sepsis_source_screen(
    reason: Reason,
) -> None:
    """ESVS 2024: pain, a pulsatile mass and hypotension in a known AAA is rupture;
    SSC 2021: no sepsis screen without a suspected infection."""
    out = reason(
        make_case(
            "abdominal pain",
            age=74,
            sex="M",
            vitals=vitals(112, 96, 58, 20, 96, 36.6),
            one_liner="74M sudden back and tummy pain, known aneurysm, nearly fainted",
            ed_note=(
                "Known 6 cm abdominal aortic aneurysm awaiting repair. Sudden severe "
                "back and abdominal pain 30 minutes ago, nearly fainted. Pulsatile "
                "tender mass. Pale."
            ),
        )
    )
    assert not O.ordered(out, _SEPSIS_SCREEN), O.order_names(out)
    assert O.ordered(out, r"vascular"), O.order_names(out)


# --- guards: nearby cases that must not change ------------------------------------


def test_tachycardic_abdominal_pain_with_no_cause_keeps_its_sepsis_screen(
    reason: Reason,
) -> None:
    """NICE NG51 1.4-1.6: abdominal pain with HR >= 120 and nothing explaining it is
    sepsis from an abdominal source until the lactate says otherwise; a peritonitic
    abdomen keeps its lactate and antibiotics (Sartelli M et al. WSES 2017)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=66,
            sex="M",
            vitals=vitals(126, 112, 70, 22, 96, 37.4),
            one_liner="66M generalised abdominal pain since this morning",
            ed_note=(
                "Generalised abdominal pain since this morning, vomited twice. "
                "Abdomen tender throughout with guarding."
            ),
        )
    )
    assert O.ordered(out, r"lactate"), O.order_names(out)
    assert O.medication_ordered(out, r"antibiotic"), O.order_names(out)



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
