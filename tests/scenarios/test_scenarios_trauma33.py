"""Trauma leftovers of session 32 (trauma33): rib fractures under 65 with a risk
factor, smoke exposure without a burn, the positive Ottawa ankle rule.

Each scenario is written from a named guideline; assertions are safety properties,
never strings of the shared files.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HOME = {"Discharge"}

# --- three or more rib fractures under 65 with a risk factor (trauma33) ---
# STUMBL score (Battle C et al. Crit Care 2014;18:R98): age, number of rib fractures,
# chronic lung disease, pre-injury anticoagulation and SpO2 predict pulmonary
# complications; EAST 2016 (Galvagno SM et al.) multimodal and regional analgesia.


def test_three_rib_fractures_with_copd_and_spo2_94_are_admitted(
    reason: Reason,
) -> None:
    """STUMBL (Battle 2014): a 58-year-old smoker with COPD, three rib fractures and
    SpO2 94 % is at risk of pneumonia and respiratory failure: multimodal analgesia
    with a regional block, incentive spirometry and admission, not home."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=58,
            sex="M",
            vitals=vitals(96, 138, 84, 22, 94),
            one_liner="58M fell off a ladder, 3 right rib fractures",
            ed_note=(
                "58-year-old smoker with COPD fell from a stepladder onto his right "
                "side. CXR: fractures of right ribs 5, 6 and 7, no pneumothorax. "
                "Splinting, pain 8/10 on deep breathing."
            ),
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"regional|epidural|serratus|erector"), names
    assert O.ordered(out, r"spirometr"), names
    assert O.disposition(out).disposition not in _HOME, O.disposition(out)


def test_three_rib_fractures_on_apixaban_are_admitted(reason: Reason) -> None:
    """STUMBL (Battle 2014): pre-injury anticoagulation is a risk factor: three rib
    fractures at 50 on apixaban with normal saturations still need admission with
    multimodal analgesia."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=50,
            sex="F",
            vitals=vitals(88, 132, 80, 18, 97),
            one_liner="50F on apixaban for AF, fell down stairs, 3 rib fractures",
            ed_note=(
                "50-year-old woman on apixaban for atrial fibrillation fell down four "
                "stairs onto her left side. CXR: left 6th, 7th and 8th rib fractures, "
                "no pneumothorax. Chest clear."
            ),
        )
    )
    assert O.ordered(out, r"regional|epidural|serratus|erector"), [
        o.name for o in O.orders(out)
    ]
    assert O.disposition(out).disposition not in _HOME, O.disposition(out)


def test_a_single_rib_fracture_in_a_well_adult_goes_home(reason: Reason) -> None:
    """Guard. EAST 2016; STUMBL low score: one undisplaced rib fracture at 44, SpO2
    98 %, no lung disease, no anticoagulant: oral analgesia and home."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=44,
            sex="M",
            vitals=vitals(84, 130, 80, 16, 98),
            one_liner="44M single rib fracture after fall from bicycle",
            ed_note=(
                "Fell from his bicycle onto his left side. Tender left 8th rib; CXR "
                "single undisplaced rib fracture, no pneumothorax. No lung disease, "
                "not anticoagulated."
            ),
        )
    )
    assert not O.ordered(out, r"regional block|epidural"), [
        o.name for o in O.orders(out)
    ]
    assert O.disposition(out).disposition in _HOME, O.disposition(out)


# --- smoke exposure without a burn (trauma33) ---
# ABA burn-centre referral criteria 2022 (burns and inhalation injury); ATLS 10th ed.
# ch. 9 (signs of inhalation injury); ACEP clinical policy carbon monoxide 2017 (COHb).


def test_smoke_exposure_without_burns_or_airway_signs_gets_no_burn_centre(
    reason: Reason,
) -> None:
    """ABA 2022 / ATLS ch. 9: a woman who left a kitchen fire with no burn, no singed
    hairs, no soot and a normal voice has no referral criterion: COHb, no emergency
    burn-centre consultation and no admission for one."""
    out = reason(
        make_case(
            "SMOKE INHALATION",
            age=41,
            sex="F",
            vitals=vitals(88, 130, 80, 16, 98),
            one_liner="41F smoke exposure from kitchen fire, no burns",
            ed_note=(
                "Escaped a small kitchen fire after a few minutes in smoke. No burns, "
                "no singed nasal hair, no soot in mouth, voice normal, no stridor. "
                "Chest clear. COHb 3%."
            ),
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.ordered(out, r"burns? cent|burns? unit"), names
    assert "burn centre" not in O.disposition(out).rationale, O.disposition(out)


def test_a_house_fire_with_singed_hairs_and_soot_keeps_the_burn_centre(
    reason: Reason,
) -> None:
    """Guard. ATLS ch. 9; ABA 2022: facial burns, singed nasal hairs and soot in the
    mouth after a house fire are an inhalation injury: burn-centre referral."""
    out = reason(
        make_case(
            "BURN",
            age=36,
            sex="M",
            vitals=vitals(104, 134, 82, 22, 95),
            one_liner="36M house fire, facial burns, singed nasal hairs",
            ed_note=(
                "Rescued from a house fire. Superficial burns to the face, singed "
                "nasal hairs and soot in the mouth. Voice slightly hoarse."
            ),
        )
    )
    assert O.ordered(out, r"burns? cent|burns? unit"), [o.name for o in O.orders(out)]


def test_a_hand_burn_in_a_house_fire_keeps_the_burn_centre(reason: Reason) -> None:
    """Guard. ATLS ch. 9: confinement in a burning house with a burn suggests an
    inhalation injury; the referral stays."""
    out = reason(
        make_case(
            "BURN",
            age=45,
            sex="F",
            vitals=vitals(96, 128, 78, 18, 97),
            one_liner="45F burn to right hand escaping a house fire",
            ed_note="Partial thickness burn to the right hand escaping a house fire.",
        )
    )
    assert O.ordered(out, r"burns? cent|burns? unit"), [o.name for o in O.orders(out)]


# --- the positive Ottawa ankle rule (trauma33) ---
# Stiell IG et al. JAMA 1993;269:1127; Bachmann LM et al. BMJ 2003;326:417.


def test_an_ankle_injury_unable_to_bear_weight_gets_films(reason: Reason) -> None:
    """Ottawa ankle rule: unable to bear weight (four steps) after an inversion
    injury is a positive rule: ankle radiographs before a sprain is diagnosed."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=40,
            sex="F",
            vitals=vitals(84, 128, 78, 14, 99),
            one_liner="40F inversion injury, unable to bear weight",
            ed_note=(
                "Rolled her right ankle stepping off a kerb. Unable to bear weight, "
                "lateral ankle swelling."
            ),
        )
    )
    assert O.ordered(out, r"ankle x-?ray|x-?ray[^;]*ankle|radiograph"), [
        o.name for o in O.orders(out)
    ]


def test_an_ottawa_negative_ankle_sprain_gets_no_films(reason: Reason) -> None:
    """Guard. Ottawa ankle rule negative (walks, no bone tenderness): no x-ray."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=30,
            sex="M",
            vitals=vitals(78, 124, 76, 14, 99),
            one_liner="30M twisted ankle, walking",
            ed_note=(
                "Twisted his left ankle playing basketball. Walked in. No malleolar or "
                "midfoot bone tenderness. Swelling anterior to the lateral malleolus."
            ),
        )
    )
    assert not O.ordered(out, r"ankle x-?ray|x-?ray[^;]*ankle"), [
        o.name for o in O.orders(out)
    ]
