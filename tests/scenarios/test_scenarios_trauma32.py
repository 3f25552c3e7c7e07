"""Trauma leftovers of session 31 (trauma32): fall heights, compartment and burn codes,
the nasal button battery's disposition.

Each scenario is written from a named guideline; assertions are safety properties or
the code the documented facts select (ICD-10-CM Official Guidelines), never strings
of the shared files.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

# --- a ground-level fall on an anticoagulant (trauma32) ---
# NICE NG232 2023 head injury (1.4.11: anticoagulated adult with a head injury -> CT
# head within 8 h); ACEP clinical policy mild TBI 2023; CDC/ACS-COT field triage 2021
# (a fall of more than 3 m, not a fall from standing, is a high-risk mechanism).


def test_an_older_patients_fall_at_home_is_no_high_energy_mechanism(
    reason: Reason,
) -> None:
    """NICE NG232 / ACEP 2023: an 82-year-old man on apixaban who fell at home and hit
    his head gets a CT head; "82M" in the one-liner is his age and sex, not an 82-metre
    fall: no resuscitation-bay eFAST, pelvic film or whole-body CT."""
    out = reason(
        make_case(
            "FALL",
            age=82,
            sex="M",
            vitals=vitals(76, 156, 88, 16, 96, 36.7),
            one_liner="82M fall on apixaban, head strike",
            ed_note=(
                "82-year-old man on apixaban fell at home and hit his head. No LOC, "
                "GCS 15, small occipital haematoma. No neck pain."
            ),
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"ct head|head ct"), names
    assert not O.ordered(out, "efast", "whole-body ct", "pelvic radiograph"), names


def test_a_6_metre_fall_from_scaffolding_keeps_the_trauma_imaging(
    reason: Reason,
) -> None:
    """Guard. CDC/ACS-COT 2021; ATLS 10th ed.: a 6 m fall ("34m fell 6m") is a
    high-risk mechanism: chest and pelvic films and eFAST."""
    out = reason(
        make_case(
            "FALL",
            age=34,
            sex="M",
            vitals=vitals(104, 128, 80, 20, 98),
            one_liner="34M 6m fall from scaffolding",
            ed_note="Fell 6 m from scaffolding onto concrete. GCS 15. Back pain.",
        )
    )
    assert O.ordered(out, "efast", "pelvic"), [o.name for o in O.orders(out)]


# --- compartment syndrome coded by its site (trauma32) ---
# BOAST 10 (2016) acute compartment syndrome (forearm and leg; pain on passive stretch,
# a tense compartment); ICD-10-CM FY2024 T79.A1- upper extremity, T79.A2- lower.


def test_a_forearm_compartment_syndrome_is_coded_to_the_upper_extremity(
    reason: Reason,
) -> None:
    """BOAST 10; ICD-10-CM T79.A1-: a tense forearm with pain on passive finger
    extension after a crush is compartment syndrome of the upper extremity."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=27,
            sex="M",
            vitals=vitals(104, 136, 84, 18, 99),
            one_liner="forearm crushed in a press, tense forearm",
            ed_note=(
                "Right forearm trapped in a press at work 2 hours ago. Forearm tense "
                "and swollen, pain out of proportion, severe pain on passive "
                "extension of the fingers. Radial pulse present. X-ray: no fracture."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T79.A1"), out.final.icd10


def test_a_leg_compartment_syndrome_stays_lower_extremity(reason: Reason) -> None:
    """Guard. BOAST 10: a tense calf with pain on passive dorsiflexion of the toes in
    a cast is compartment syndrome of the lower extremity (T79.A2-)."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=30,
            sex="M",
            vitals=vitals(100, 132, 80, 18, 99),
            one_liner="tibial fracture in a cast, tense calf",
            ed_note=(
                "Closed tibial shaft fracture in an above-knee cast since this "
                "morning. Escalating pain, tense calf compartment, severe pain on "
                "passive dorsiflexion of the toes."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T79.A2"), out.final.icd10


# --- a button battery in the nose: removed now, then home (trauma32) ---
# ENT UK / National Poisons Information Service: a button battery in the nose is an
# emergency removal; admission only for an injury it has caused; National Capital
# Poison Center 2018 guideline (removal at once, no drops).


def test_a_nasal_button_battery_is_removed_now_and_the_child_is_not_admitted(
    reason: Reason,
) -> None:
    """ENT UK / NPIS; NCPC 2018: ENT removes the battery at once (ESI 2); with no
    bleeding, no burn described and comfortable breathing the child goes home after
    removal: no ward admission for the consultation alone."""
    out = reason(
        make_case(
            "NASAL FOREIGN BODY",
            age=4,
            sex="M",
            vitals=vitals(110, 100, 62, 22, 99),
            one_liner="4M put a button battery up his right nostril 1 h ago",
            ed_note=(
                "4-year-old boy pushed a button battery from a toy into his right "
                "nostril 1 hour ago. Mild nasal discomfort, no bleeding, breathing "
                "comfortably, did not swallow anything. Battery visible in the right "
                "nasal vestibule."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.ordered(out, "removal of the button battery"), [
        o.name for o in O.orders(out)
    ]
    assert O.disposition(out).disposition not in {"Admit", "OR Admit"}, O.disposition(
        out
    ).rationale


# --- a burn's third-degree extent (trauma32) ---
# ICD-10-CM FY2024 T31 (4th character: total %TBSA in tens; 5th: third-degree extent;
# Official Guidelines I.C.19.d.6); ABA ABLS 2018 (full thickness is third degree).


def test_a_burn_is_coded_by_its_documented_third_degree_extent(reason: Reason) -> None:
    """ICD-10-CM T31: 45 % TBSA of which 25 % full thickness is T31.42 (40-49 % with
    20-29 % third degree), not T31.40."""
    out = reason(
        make_case(
            "BURN",
            age=38,
            sex="M",
            vitals=vitals(118, 126, 78, 22, 97),
            one_liner="house fire, extensive burns",
            ed_note=(
                "Escaped a house fire 40 minutes ago. Burns of chest, abdomen, both "
                "arms and the right leg estimated 45% TBSA, of which 25% full "
                "thickness. No stridor, voice normal. Weight 80 kg."
            ),
        )
    )
    assert out.final.icd10 == "T31.42", out.final.icd10
