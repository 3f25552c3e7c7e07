"""Paediatric and trauma scenarios (session 26, paeds26), written from guidelines.

Sources: WHO analgesic ladder and ACEP 2017 acute pain (severe pain after a non-opioid
gets an opioid); EAU 2024 urolithiasis (NSAID first for renal colic, an opioid when
it is insufficient); BNF (ketorolac every 4-6 h); RCUK 2021 / EAACI 2021 anaphylaxis
(IM adrenaline by age band, 150 mcg under 6 years, no weight needed); ATLS 10th ed.
ch. 9 and ABA ABLS 2018 (stridor after smoke is an inhalation injury: airway now,
100 % oxygen); ESI v4 handbook ch.6 danger-zone heart rates by age; ATLS 10th ed.
ch. 5 and 7 (pelvic binder in shock; guarding is not paralysis); EAST 2011 / BOAST 4
(open fracture antibiotics within 1 h). Each asserts a safety property, not exact
strings; the wording differs from the paeds26 review cases.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

OPIOID = ("morphine", "fentanyl", "hydromorphone", "opioid")


def _esi(out: object) -> int | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, TriageResult):
            return record.output.esi
    return None


def test_renal_colic_still_severe_after_an_nsaid_gets_an_opioid_not_a_second_nsaid(
    reason: Reason,
) -> None:
    """WHO ladder / EAU 2024: an NSAID first; severe pain after it gets an opioid.
    BNF: the NSAID just given is not repeated within its interval."""
    out = reason(
        make_case(
            "RENAL COLIC",
            age=44,
            sex="Female",
            vitals=vitals(104, 150, 88, 20, 98),
            one_liner="44 y.o. woman with left loin-to-groin colic",
            ed_note="HPI: sudden colicky left flank pain to the groin since this "
            "morning, nausea, previous ureteric stone. Ibuprofen 400 mg given at "
            "triage an hour ago, pain now 8/10, pacing. Urine dip: blood 3+, nitrite "
            "negative. Creatinine 70. Afebrile.",
        )
    )
    assert O.medication_ordered(out, *OPIOID)
    assert not O.medication_ordered(out, *O.NSAID)


def test_severe_renal_colic_gets_the_opioid_step_beside_the_nsaid(
    reason: Reason,
) -> None:
    """EAU 2024 / ACEP 2017: an NSAID does not stand for the opioid of severe pain."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=36,
            sex="Male",
            vitals=vitals(96, 146, 90, 18, 99),
            one_liner="36 y.o. man with right renal colic, pain 10/10",
            ed_note="HPI: right loin pain radiating to the groin for 3 hours, "
            "writhing, pain 10/10, known kidney stones. No analgesia yet. Urinalysis: "
            "blood 3+, nitrite negative. Creatinine 82. Afebrile.",
        )
    )
    assert O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *OPIOID)


def test_preschool_anaphylaxis_adrenaline_by_age_band_and_before_any_weighing(
    reason: Reason,
) -> None:
    """RCUK 2021 / EAACI 2021: IM adrenaline 150 mcg under 6 years, given at once;
    no weight is needed, so no weighing order comes before it."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=3,
            sex="Male",
            vitals=vitals(156, 82, 48, 38, 92),
            one_liner="3 y.o. boy with hives, swollen lips and wheeze after cashew",
            ed_note="HPI: ate a cashew biscuit 15 minutes ago, then hives all over, "
            "lip and tongue swelling, barking cough and wheeze. Known nut allergy. "
            "Exam: urticaria, angioedema, wheeze with recession.",
        )
    )
    epi = [o.name for o in O.medications(out) if "epinephrine" in o.name.lower()]
    assert epi and all("150 mcg" in n and "/kg" not in n for n in epi), epi
    weigh = O.first_index(out, r"\bweigh\b")
    first_epi = O.first_index(out, "epinephrine")
    assert first_epi is not None and (weigh is None or weigh > first_epi)
    assert O.fixed_doses(out) == []


def test_adult_anaphylaxis_adrenaline_carries_no_childrens_bands(
    reason: Reason,
) -> None:
    """Guard, RCUK 2021: an adult's IM adrenaline is 0.5 mg; the age bands are for
    children."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=29,
            sex="Female",
            vitals=vitals(128, 84, 50, 26, 93),
            one_liner="29 y.o. woman with hives and wheeze after a wasp sting",
            ed_note="HPI: stung by a wasp 10 minutes ago, widespread hives, throat "
            "tightness and wheeze. Exam: urticaria, wheeze.",
        )
    )
    epi = [o.name for o in O.medications(out) if "epinephrine" in o.name.lower()]
    assert epi and all("0.5 mg" in n and "mcg" not in n for n in epi), epi


def test_stridor_after_a_house_fire_is_esi_1_with_oxygen_not_anaphylaxis_drugs(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 9 / ABLS 2018: stridor after smoke is an inhalation injury
    with a closing airway (ESI 1: airway now); 100 % oxygen whatever the SpO2 (CO);
    no allergen, no skin signs: not anaphylaxis (WAO 2020)."""
    out = reason(
        make_case(
            "SMOKE INHALATION",
            age=52,
            sex="Female",
            vitals=vitals(112, 142, 86, 26, 94),
            one_liner="52 y.o. woman carried out of a house fire, stridor, soot",
            ed_note="HPI: trapped in a smoke-filled bedroom for several minutes. "
            "Hoarse, noisy breathing. Exam: inspiratory stridor, carbonaceous "
            "sputum, singed nasal hairs, soot in the oropharynx, wheeze.",
        )
    )
    assert _esi(out) == 1
    assert O.ordered(out, r"100 ?% oxygen")
    assert not O.ordered(out, r"titrated to spo2")
    assert not O.medication_ordered(out, "epinephrine", "antihistamine")
    assert O.ordered(out, "intubat")


def test_toddler_with_a_normal_heart_rate_for_age_is_not_in_haemorrhagic_shock(
    reason: Reason,
) -> None:
    """Guard, ESI v4 ch.6 / PALS: HR 125 is normal at 2 years (danger zone > 160); a
    minor fall with normal perfusion keeps no haemorrhagic shock open."""
    out = reason(
        make_case(
            "FALL",
            age=2,
            sex="Female",
            vitals={"heart_rate": 125, "respiratory_rate": 28, "spo2": 99},
            one_liner="2 y.o. girl slipped off a kitchen chair, bumped her forehead",
            ed_note="HPI: slipped off a kitchen chair onto a rug, cried at once, no "
            "loss of consciousness, no vomiting, playing normally. Exam: small "
            "frontal bruise, alert, running around, capillary refill under 2 s.",
        )
    )
    assert not any("shock" in d for d in out.final.summary.open_must_not_miss)
    assert _esi(out) not in (1, 2)


def test_legs_not_moved_for_pelvic_pain_are_not_a_cord_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 7: a limb not moved for pain is guarding, not paralysis; no
    vasopressor for 'neurogenic shock' in a bleeding pelvic fracture (ch. 3, 5)."""
    out = reason(
        make_case(
            "MOTOR VEHICLE COLLISION",
            age=41,
            sex="Male",
            vitals=vitals(122, 84, 52, 24, 97),
            one_liner="41 y.o. man, car driver in a side impact, pelvic pain",
            ed_note="HPI: driver in a side-impact collision at speed. GCS 15. Severe "
            "pain in the pelvis, unable to move his legs because of the pain. Exam: "
            "sensation intact in both legs, pelvis unstable, perineal bruising. Pelvic "
            "radiograph: open-book pelvic fracture.",
        )
    )
    assert O.ordered(out, "pelvic binder")
    assert not O.medication_ordered(out, "norepinephrine", "noradrenaline")
    assert not O.ordered(out, r"mri (?:of the )?(?:cervical )?spine")


def test_tender_pelvis_in_shock_after_a_crash_is_bound_and_open_fracture_covered(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5: a tender pelvis in haemorrhagic shock after injury is
    bound before imaging; EAST 2011 / BOAST 4: an open fracture gets IV antibiotics
    within 1 h."""
    out = reason(
        make_case(
            "MOTORCYCLE CRASH",
            age=27,
            sex="Male",
            vitals=vitals(134, 80, 46, 28, 95),
            one_liner="27 y.o. motorcyclist, high-speed crash, hypotensive",
            ed_note="HPI: motorcyclist thrown over the handlebars at speed. Exam: "
            "talking, chest clear, abdomen soft, pelvis tender on palpation, open "
            "deformity of the left lower leg with bone ends in the wound. Pale, "
            "cold hands, capillary refill 4 s.",
        )
    )
    assert O.ordered(out, "pelvic binder")
    assert O.medication_ordered(out, "cefazolin", "cephalosporin", "antibiotic")
