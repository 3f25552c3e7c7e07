"""ESI resources from what triage sees: the febrile tachycardic adult, the throat's
neck swelling and posture, a wound that may hold glass, pleuritic pain (triage37).

ESI v4 Implementation Handbook (Gilboy N et al. AHRQ 2012, 2020 edition): ch.4 level 2
is the high-risk situation; ch.5 (Table 5-1) counts resources (labs, imaging, IV
fluids, IV/IM medication, a consultation, a simple procedure one each) and Table 3-4's
low-resource febrile examples are *healthy* patients; ch.6 weighs danger-zone vitals at
decision point D. Each vignette is written for this file from the guideline named in its
docstring, never from shared-file rows; guards keep the forms that must not change.
Triage reads the complaint, the one-liner, the vitals and the note's background
sentences only: the physician's examination in the note is not triage's
(ERREASON_SPEC 6.1), so the cases that carry one assert it was not read.
"""

from __future__ import annotations

from cases.adapters._common import demographics_from_text
from cases.vitals import extract_vitals_report
from tests.scenarios.conftest import Reason, make_case, vitals

_HP_SUPRAGLOTTITIS = (
    "Severe odynophagia, drooling and a muffled voice on examination. Flexible "
    "nasendoscopy: swollen epiglottis. Impression: supraglottitis."
)


# --- the febrile tachycardic adult (NICE NG84 2018; NICE NG51; Bone RC et al. 1992) ---


def test_febrile_tachycardic_adult_sore_throat_is_two_resources(reason: Reason) -> None:
    """NICE NG84 2018 (sore throat: hospital when systemically very unwell) and NICE
    NG51 (suspected infection with a heart rate over 90: venous bloods): fever with an
    adult danger-zone heart rate is not Table 3-4's 'healthy' sore throat, two
    resources (labs, IV fluids or antibiotics): ESI 3, not 5. The physician's
    drooling in the note is not triage's, so it does not make the level 2."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=39,
            sex="F",
            vitals=vitals(112, 124, 76, 20, 97, 38.6),
            ed_note=_HP_SUPRAGLOTTITIS,
        )
    )
    assert out.final.esi == 3


def test_febrile_tachycardic_adult_toothache_is_not_a_no_resource_visit(
    reason: Reason,
) -> None:
    """NICE NG51 moderate-to-high risk (suspected infection, heart rate 91-130):
    blood tests and review; a dental infection with fever and tachycardia is no
    examination-and-prescription visit (ESI v4 Table 5-1): at least ESI 3."""
    out = reason(
        make_case(
            "DENTAL PAIN",
            age=44,
            sex="M",
            vitals=vitals(110, 132, 80, 18, 98, 38.5),
            one_liner="44M toothache for 4 days, now feels hot and shivery",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_healthy_febrile_sore_throat_stays_low_acuity(reason: Reason) -> None:
    """Guard, ESI v4 Table 3-4: a healthy young adult with sore throat and fever and
    a heart rate under 100 is ESI 4 or 5 (a throat swab at most)."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=21,
            sex="F",
            vitals=vitals(94, 116, 72, 16, 99, 38.3),
            one_liner="21F sore throat and fever for 2 days, eating and drinking",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4


def test_febrile_child_sore_throat_is_judged_by_the_childs_band(reason: Reason) -> None:
    """Guard, ESI v4 ch.6: a 7-year-old's heart rate of 118 is inside the 3-8 year
    band (140); a child's tonsillitis with fever stays ESI 4-5."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=7,
            sex="M",
            vitals=vitals(118, 102, 64, 22, 99, 38.7),
            one_liner="7-year-old, sore throat and fever since yesterday, drinking",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4


# --- the throat's airway words at triage (NICE NG84; ENT UK; Guldfred 2008) ---


def test_sore_throat_with_a_swollen_neck_is_two_resources(reason: Reason) -> None:
    """NICE NG84 2018: a suspected suppurative complication (parapharyngeal or
    retropharyngeal abscess, cellulitis of the neck) goes to hospital: contrast CT of
    the neck, bloods, IV antibiotics (Tintinalli 9th ed. ch.246): ESI 3 or more
    urgent, even afebrile."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=33,
            sex="M",
            vitals=vitals(92, 128, 80, 16, 98, 37.6),
            one_liner="33M sore throat for 4 days, now swelling on the right side of "
            "his neck",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_sore_throat_with_swollen_neck_glands_stays_low_acuity(reason: Reason) -> None:
    """Guard: tender swollen glands are tonsillitis's own sign (Centor), no neck
    space infection: ESI 4-5."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=26,
            sex="F",
            vitals=vitals(84, 118, 74, 14, 99, 37.4),
            one_liner="26F sore throat, swollen glands in her neck",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4


def test_sitting_forward_to_breathe_is_respiratory_distress(reason: Reason) -> None:
    """ENT UK / Guldfred LA et al. J Laryngol Otol 2008 (adult supraglottitis sits
    forward to keep the airway open); ESI v4 ch.4: respiratory distress is high
    risk: a sore throat with the patient sitting forward to breathe is ESI 2 or 1."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=52,
            sex="M",
            vitals=vitals(98, 138, 84, 20, 97, 37.9),
            one_liner="52M sore throat since last night, sitting forward to breathe",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


# --- wounds (ACEP/EMRA wound care; Steele MT et al. Ann Emerg Med 1998) ---


def test_wound_that_may_hold_glass_is_two_resources(reason: Reason) -> None:
    """A cut that may hold glass is imaged for the foreign body (Steele 1998: glass is
    radio-opaque) and explored or repaired: two resources (Table 5-1), ESI 3, whether
    or not the text says it needs stitches (a handbook-style narrative)."""
    text = (
        "A 36-year-old woman put her hand through a glass door and has a cut on her "
        "forearm; glass may still be in it. Vital signs: HR 84, BP 126/78, RR 14, "
        "SpO2 99%, T 36.8 C."
    )
    out = reason(
        make_case(
            text,
            demographics=demographics_from_text(text).model_dump(),
            vitals=extract_vitals_report(text).vitals,
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_splinter_without_a_wound_stays_one_resource(reason: Reason) -> None:
    """Guard, ESI v4 Table 5-1: a visible splinter is one simple procedure (ESI 4)."""
    out = reason(
        make_case(
            "FOREIGN BODY IN SKIN",
            age=29,
            sex="M",
            vitals=vitals(76, 122, 76, 14, 99),
            one_liner="29M wooden splinter in his finger since this morning",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4


# --- pleuritic chest pain (Gulati M et al. AHA/ACC 2021 chest pain, Figure 2) ---


def test_pleuritic_pain_on_a_deep_breath_is_not_acs(reason: Reason) -> None:
    """AHA/ACC 2021 Figure 2: sharp pain that varies with respiration is a
    non-ischaemic descriptor; in a young adult with normal vitals it is not 'chest pain
    suggestive of ACS' (ESI ch.4) but an ECG, labs and a chest film: ESI 3."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=32,
            sex="F",
            vitals=vitals(88, 124, 78, 16, 99, 37.2),
            one_liner="32F sharp chest pain on the left, worse on a deep breath, since "
            "a cold last week",
        )
    )
    assert out.final.esi == 3


def test_pleuritic_pain_with_tachycardia_and_low_saturation_stays_high_risk(
    reason: Reason,
) -> None:
    """Guard, AHA/ACC 2021 and ESI ch.4: pleuritic pain with a fast heart and a low
    saturation may be a pulmonary embolism or a pneumothorax: ESI 2 or 1."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=34,
            sex="F",
            vitals=vitals(116, 118, 74, 24, 92, 37.0),
            one_liner="34F sharp right chest pain worse on a deep breath, short of "
            "breath, on the pill",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


# --- Table 5-1 both ways: the diabetic foot, the wry neck ---


def test_infected_diabetic_foot_ulcer_is_two_resources(reason: Reason) -> None:
    """IWGDF/IDSA 2023 (Senneville E et al.): an infected diabetic foot ulcer gets a
    plain x-ray and inflammatory markers (and cultures): two resources, ESI 3."""
    out = reason(
        make_case(
            "FOOT ULCER",
            age=66,
            sex="F",
            vitals=vitals(88, 148, 82, 16, 97, 37.4),
            one_liner="66F with type 2 diabetes, an ulcer under her big toe for 2 "
            "weeks, now red and swollen up to the ankle with pus",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_wry_neck_after_sleeping_awkwardly_needs_no_resource(reason: Reason) -> None:
    """NICE CKS neck pain (non-specific, acute torticollis) 2023; ACR 2018: no imaging
    or bloods without a red flag; examination and oral analgesia: ESI 5."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=31,
            sex="M",
            vitals=vitals(74, 122, 76, 14, 99, 36.7),
            one_liner="31M woke with a stiff painful neck, slept awkwardly on a sofa",
        )
    )
    assert out.final.esi == 5


def test_stiff_neck_with_fever_and_headache_keeps_its_work_up(reason: Reason) -> None:
    """Guard: a stiff neck with fever and headache is meningism until proven otherwise
    (NICE NG240 2024; IDSA 2004): never a no-resource visit (ESI 3 or more urgent)."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=24,
            sex="F",
            vitals=vitals(104, 118, 72, 18, 98, 38.6),
            one_liner="24F stiff neck since this morning with a headache and fever",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_neck_pain_after_a_car_crash_keeps_its_imaging(reason: Reason) -> None:
    """Guard, NEXUS (Hoffman JR et al. NEJM 2000): neck pain after a collision with
    midline tenderness is imaged: at least one resource (ESI 4 or more urgent)."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=36,
            sex="M",
            vitals=vitals(82, 128, 80, 14, 99, 36.8),
            one_liner="36M rear-ended at a junction, stiff neck, tender in the midline",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 4
