"""Trauma leftovers of session 33 (trauma34): several broken ribs coded as one and a
small scald coded without its site and degree beside a 20-29 % extent band.

Each scenario is written from a named guideline or the ICD-10-CM classification;
assertions are safety or coding properties, never strings of the shared files.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _open_entries(out: ReasoningOutput, word: str) -> list[str]:
    """Final-stage differential entries naming ``word`` left unexcluded (the
    assessment reads the one-liner only: the note's extent comes later)."""
    return [
        f"{e.diagnosis} [{e.status}]"
        for r in out.trace
        if isinstance(r.output, DiagnosisResult)
        for e in r.output.differential
        if word in e.diagnosis and e.status != "ruled_out"
    ]


# --- several broken ribs (ICD-10-CM S22.4-) ---
# ICD-10-CM FY2024: S22.3- is a fracture of ONE rib; two or more broken ribs are S22.4-
# (multiple fractures of ribs; 5th character 1 right, 2 left, 3 bilateral, 9 unspecified
# side).


def test_three_right_rib_fractures_are_coded_as_multiple_rib_fractures(
    reason: Reason,
) -> None:
    """ICD-10-CM S22.41XA: three fractured ribs on the right are multiple fractures
    of ribs, right side, not a fracture of one rib (S22.39XA); the treatment's
    working diagnosis names the same injury."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=47,
            sex="M",
            vitals=vitals(90, 136, 82, 18, 97),
            one_liner="47M fell onto the kerb, right chest wall pain",
            ed_note=(
                "47-year-old tripped and fell onto the kerb on his right side. Right "
                "chest wall tender. CXR: fractures of the right 4th, 5th and 6th ribs, "
                "no pneumothorax. Chest clear, SpO2 97%."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("S22.41"), out.final.icd10


def test_two_left_rib_fractures_are_coded_left_multiple(reason: Reason) -> None:
    """ICD-10-CM S22.42XA: two fractured ribs on the left (ribs 8-9) are multiple
    fractures of ribs, left side."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=36,
            sex="F",
            vitals=vitals(86, 124, 78, 16, 98),
            one_liner="36F kicked by a horse, left lower chest pain",
            ed_note=(
                "36-year-old kicked by a horse on the left lower chest. Tender over "
                "the left lower ribs. CXR: left ribs 8-9 fractured, no pneumothorax, "
                "no effusion. Abdomen soft, non-tender."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("S22.42"), out.final.icd10


def test_a_single_rib_fracture_stays_one_rib(reason: Reason) -> None:
    """Guard. ICD-10-CM S22.3-: one fractured rib is not multiple fractures of
    ribs."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=44,
            sex="M",
            vitals=vitals(84, 130, 80, 16, 98),
            one_liner="44M single rib fracture after fall from bicycle",
            ed_note=(
                "44-year-old fell from his bicycle onto his left side. CXR: "
                "undisplaced fracture of the left 7th rib, no pneumothorax. Chest "
                "clear, SpO2 98%."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("S22.4"), out.final.icd10


def test_tender_ribs_without_a_fracture_are_not_multiple_fractures(
    reason: Reason,
) -> None:
    """Guard. Ribs counted in a sentence that names no fracture ("ribs 5-7 tender")
    are no multiple rib fractures (ICD-10-CM codes the documented injury)."""
    out = reason(
        make_case(
            "CHEST WALL INJURY",
            age=30,
            sex="F",
            vitals=vitals(82, 122, 76, 16, 99),
            one_liner="30F fell against a table edge, right chest wall pain",
            ed_note=(
                "30-year-old fell against a table edge. Right ribs 5-7 tender to "
                "palpation, no crepitus. Chest clear, SpO2 99%."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("S22.4"), out.final.icd10


# --- a small burn by site and degree (ICD-10-CM T20-T25, T31) ---
# ICD-10-CM FY2024 T20-T25 code a burn by site and degree (Official Guidelines I.C.19.d:
# the highest degree at the site); T31 by extent, its band read from the documented
# %TBSA. A major burn is >= 20 % TBSA in adults, >= 10 % in children (ATLS 10th ed.
# ch. 9; ABA 2022): a documented extent under 10 % excludes it.


def test_a_small_forearm_scald_is_coded_by_site_and_degree(reason: Reason) -> None:
    """ICD-10-CM T22.2-: a blistered (superficial partial-thickness) 1 % scald of the
    forearm is a second-degree burn of the forearm, not T30.0; a 20-29 % extent band
    is not left open beside a documented 1 %."""
    out = reason(
        make_case(
            "BURN",
            age=29,
            sex="M",
            vitals=vitals(86, 126, 78, 16, 99),
            one_liner="29M hot tea spilt on his right forearm",
            ed_note=(
                "29-year-old spilt hot tea on his right forearm at work. Blistered "
                "area about 1% TBSA, superficial partial thickness, not "
                "circumferential. Cooled under running water for 20 minutes."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T22.2"), out.final.icd10
    assert not _open_entries(out, "20-29%"), _open_entries(out, "20-29%")
    assert not O.ordered(out, "parkland", r"2 mL/kg"), [o.name for o in O.orders(out)]


def test_a_first_degree_hand_burn_is_coded_first_degree(reason: Reason) -> None:
    """ICD-10-CM T23.1-: erythema only, a superficial (first-degree) burn of the
    hand, is coded first degree, not second."""
    out = reason(
        make_case(
            "BURN",
            age=41,
            sex="F",
            vitals=vitals(78, 122, 76, 14, 99),
            one_liner="41F touched a hot oven tray, red painful palm",
            ed_note=(
                "41-year-old touched a hot oven tray. Superficial burn to the palm of "
                "the left hand, erythema only, no blistering. Cooled at home."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T23.1"), out.final.icd10


def test_a_documented_major_burn_keeps_its_extent(reason: Reason) -> None:
    """Guard. ATLS 10th ed. ch. 9: a documented 30 % TBSA burn is a major burn:
    coded by its extent (T31.3-) with Parkland fluids; the under-10 % exclusion
    does not touch it."""
    out = reason(
        make_case(
            "BURN",
            age=38,
            sex="M",
            vitals=vitals(118, 104, 66, 24, 96),
            one_liner="38M house fire, 30% TBSA flame burns",
            ed_note=(
                "38-year-old with flame burns to the chest, abdomen and both arms "
                "after a garage fire outdoors. Estimated 30% TBSA partial thickness. "
                "No facial burns, voice normal, no soot in the mouth."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T31.3"), out.final.icd10
