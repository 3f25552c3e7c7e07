"""ESI triage of low-acuity and borderline presentations (esi29, issue 10).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition): decision point C counts resources (Table 5-1) and names what is not one
(oral medication, tetanus, a prescription refill, simple wound care, a point-of-care
test, a note); ch.4 lists high-risk situations; ch.6 the paediatric fever criteria.
Each vignette is written for this file from those principles and the guideline named
in its test, never from shared-file rows. Over-triage guards assert the level is not
raised above what the handbook's algorithm gives; under-triage guards assert the
high-risk level.
"""

from __future__ import annotations

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi29")


# --- Table 5-1: needs that are not resources -------------------------------------


def test_refill_of_a_named_antidepressant_is_level_5(reason: Reason) -> None:
    """Table 5-1: a prescription refill is no resource; no suicidal thought (ch.4)."""
    level = _esi(
        reason,
        "A 36-year-old woman with panic attacks ran out of her escitalopram five days"
        " ago and feels jittery. She has no thoughts of harming herself or anyone"
        " else.",
    )
    assert level == 5


def test_refill_with_a_few_days_of_anticoagulant_left_is_level_5(
    reason: Reason,
) -> None:
    """Table 5-1: a refill of a drug still being taken, no bleeding, is no resource."""
    level = _esi(
        reason,
        "A 71-year-old woman who moved here last week has only three days of her"
        " rivaroxaban left and no local doctor yet. She has no bleeding and feels"
        " well.",
    )
    assert level == 5


def test_packing_removal_after_abscess_drainage_is_level_5(reason: Reason) -> None:
    """Table 5-1: simple wound care (a recheck, packing removed) is no resource."""
    level = _esi(
        reason,
        "A 23-year-old man had a boil on his buttock drained here two days ago and was"
        " told to return to have the packing taken out. He feels fine.",
    )
    assert level == 5


def test_recheck_of_improving_cellulitis_is_level_5(reason: Reason) -> None:
    """Table 5-1: a wound recheck; the earlier visit's swelling is not today's."""
    level = _esi(
        reason,
        "A 52-year-old woman was treated here three days ago for a red, swollen ankle"
        " and started on antibiotic tablets. She was asked to return to have it"
        " checked. The redness has shrunk inside the marked line and she has no fever.",
    )
    assert level == 5


def test_skin_tear_that_stopped_bleeding_is_level_5(reason: Reason) -> None:
    """ISTAP 2018: a skin tear is dressed (simple wound care, Table 5-1)."""
    level = _esi(
        reason,
        "A 90-year-old man caught his arm on the edge of his wheelchair and has a skin"
        " tear on the back of his hand. It stopped bleeding with a little pressure.",
    )
    assert level == 5


def test_school_note_after_chickenpox_is_level_5(reason: Reason) -> None:
    """Table 5-1: a note for school is no resource."""
    level = _esi(
        reason,
        "A father asks for a note saying his 8-year-old daughter can go back to school"
        " after chickenpox. All her spots have scabbed and she is well.",
    )
    assert level == 5


def test_head_lice_and_diaper_rash_are_level_5(reason: Reason) -> None:
    """ch.5: examination and topical treatment (an infant from 3 months included)."""
    lice = _esi(
        reason,
        "A 9-year-old boy was sent home from school with head lice. He has been"
        " scratching his scalp a lot but is otherwise well.",
    )
    nappy = _esi(
        reason,
        "The mother of a 10-month-old boy is worried about a red rash in his nappy"
        " area for two days. He has no fever, is feeding well and is happy.",
    )
    assert lice == 5 and nappy == 5


def test_well_immunised_toddler_with_fever_and_a_cold_is_not_level_3(
    reason: Reason,
) -> None:
    """ch.6: 3 months-3 years, T < 39, immunised, obvious source: by resources."""
    level = _esi(
        reason,
        "A 2-year-old boy has had a cough and a runny nose since yesterday and a fever"
        " of 38.4 C. His shots are up to date. He is eating crackers and playing in the"
        " waiting room.",
    )
    assert level >= 4


def test_toddler_with_fever_and_no_immunisation_statement_keeps_level_3(
    reason: Reason,
) -> None:
    """ch.6 guard: without immunisations stated, under 3 years, ESI 3 is considered."""
    level = _esi(
        reason,
        "A 14-month-old boy has had a temperature of 38.7 C since last night and a"
        " runny nose. He is drinking and playing.",
    )
    assert level <= 3


def test_child_with_gastroenteritis_drinking_and_wetting_is_not_level_3(
    reason: Reason,
) -> None:
    """NICE CG84: no dehydration, oral fluids; no routine tests (Table 5-1)."""
    level = _esi(
        reason,
        "A 4-year-old boy has vomited three times and had diarrhea since this morning."
        " He is still drinking sips of juice, had a wet diaper an hour ago and is"
        " playing with his sister.",
    )
    assert level >= 4


def test_child_vomiting_everything_without_urine_keeps_two_resources(
    reason: Reason,
) -> None:
    """NICE CG84 guard: failed oral fluids and no urine need labs and IV fluids."""
    level = _esi(
        reason,
        "A 5-year-old boy has been vomiting for a day and vomits everything he drinks."
        " He has not passed urine since last night.",
    )
    assert level <= 3


def test_pregnant_woman_with_a_cold_is_not_the_bleeding_complaint(
    reason: Reason,
) -> None:
    """ch.5: a cold in early pregnancy, no bleeding or pain: examination, advice."""
    level = _esi(
        reason,
        "A 29-year-old woman who is 8 weeks pregnant has had a blocked nose and a cough"
        " for five days and wants to know what she can take. She has no bleeding and no"
        " pain.",
    )
    assert level >= 4


def test_mild_asthma_after_running_out_of_inhaler_needs_a_nebuliser(
    reason: Reason,
) -> None:
    """GINA 2024 mild attack: one nebulised bronchodilator (ESI 4), not a refill."""
    level = _esi(
        reason,
        "A 24-year-old man with asthma ran out of his inhaler and has been wheezing"
        " since this morning. He is talking in full sentences. HR 90, RR 18, SpO2 98%.",
    )
    assert level == 4


# --- Table 5-1: one or two resources the presentation implies ----------------------


def test_insect_in_the_ear_is_one_procedure(reason: Reason) -> None:
    """Table 5-1: removal of an ear foreign body is a simple procedure (ESI 4)."""
    level = _esi(
        reason,
        "A 40-year-old man says a moth flew into his left ear while he was camping and"
        " he can hear it fluttering.",
    )
    assert level == 4


def test_peritonsillar_abscess_signs_need_two_resources(reason: Reason) -> None:
    """IDSA 2012: a muffled voice and pain opening the mouth are a quinsy: ESI 3."""
    level = _esi(
        reason,
        "A 20-year-old woman has had a sore throat for four days, now much worse on the"
        " right. Her voice is muffled and it is painful to open her mouth, but she"
        " swallows her saliva and breathes easily.",
    )
    assert level <= 3


def test_clots_in_the_urine_after_a_biopsy_need_two_resources(reason: Reason) -> None:
    """EAU/AUA: visible haematuria with clots: catheter washout and labs (ESI 3)."""
    level = _esi(
        reason,
        "A 70-year-old man had a bladder biopsy two days ago. Today his urine is dark"
        " red with clots in it, though he can still pass it.",
    )
    assert level <= 3


def test_contact_lens_wearer_with_painful_eye_needs_two_resources(
    reason: Reason,
) -> None:
    """AAO PPP Bacterial Keratitis 2018: culture and same-day ophthalmology."""
    level = _esi(
        reason,
        "A 21-year-old man who wears contact lenses has a painful red left eye since"
        " this morning and bright light hurts it.",
    )
    assert level <= 3


# --- ch.4: high-risk situations -----------------------------------------------------


def test_painful_eye_after_cataract_surgery_is_high_risk(reason: Reason) -> None:
    """AAO PPP Cataract 2021: possible endophthalmitis, same-day ophthalmology."""
    level = _esi(
        reason,
        "A 76-year-old man had cataract surgery on his left eye three days ago. Since"
        " this morning the eye aches, looks red and his vision in it has got worse.",
    )
    assert level <= 2


def test_plan_to_kill_another_person_is_high_risk(reason: Reason) -> None:
    """ch.4: homicidal ideation (danger to others) is ESI 2."""
    level = _esi(
        reason,
        "A 50-year-old man says he keeps thinking about killing his neighbor over a"
        " fence dispute and has worked out how he would do it.",
    )
    assert level <= 2


def test_soaking_pads_after_miscarriage_with_dizziness_is_high_risk(
    reason: Reason,
) -> None:
    """ACOG PB 200 (2018): soaking a pad hourly is heavy bleeding; dizzy: ch.4."""
    level = _esi(
        reason,
        "A 32-year-old woman who was told she was miscarrying yesterday has been"
        " soaking through a pad every hour since this morning and feels light-headed"
        " when she stands.",
    )
    assert level <= 2


def test_teething_drool_is_not_airway_compromise(reason: Reason) -> None:
    """AAP: drooling and chewing are teething; no airway sign, no fever: not ch.3-4."""
    level = _esi(
        reason,
        "The father of a 9-month-old girl says she has been drooling a lot, chewing on"
        " her toys and fussy for three days. She has no fever and is feeding well.",
    )
    assert level >= 3


def test_drooling_child_with_stridor_stays_high_risk(reason: Reason) -> None:
    """ch.3-4 guard: drooling with stridor and fever is the airway's sign."""
    level = _esi(
        reason,
        "A 3-year-old boy is drooling, has a fever of 39.5 C and makes a high-pitched"
        " noise when he breathes in. He is sitting forward and will not lie down.",
    )
    assert level <= 2
