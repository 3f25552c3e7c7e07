"""lead41 (session 41): skin emergencies read by site and shape, a bound pelvis.

Written from the sources named in each docstring, never from rows of the shared data:
- NICE CKS shingles (2023); Cohen EJ, Jeng BH. Herpes zoster ophthalmicus. N Engl J
  Med 2020; Liesegang TJ. Ophthalmology 2008;115:S3;
- NICE CKS atopic eczema (2024): eczema herpeticum; Damour A et al. J Clin Med
  2020;9:2985;
- NICE NG141 (2019) cellulitis and erysipelas; Stevens DL et al. IDSA SSTI 2014;
- ATLS 10th ed. ch. 5; Coccolini F et al. WSES 2017 pelvic trauma;
- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke.

Each target scenario failed on main c99462d before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ANTIVIRAL = ("aciclovir", "acyclovir", "valaciclovir", "valacyclovir", "famciclovir")


def test_blisters_on_forehead_and_nose_tip_get_an_antiviral_and_the_eye_seen(
    reason: Reason,
) -> None:
    """NICE CKS shingles 2023 and Cohen & Jeng NEJM 2020: a painful vesicular rash of
    the forehead reaching the tip of the nose (Hutchinson's sign) is herpes zoster
    ophthalmicus: an oral antiviral now, even after 72 h, and same-day ophthalmology;
    not urticaria with an antihistamine."""
    out = reason(
        make_case(
            "rash",
            age=72,
            sex="M",
            vitals=vitals(80, 138, 82, 16, 98),
            one_liner="72M painful blistering rash on the right forehead and the tip "
            "of the nose for 2 days, right eye red and watering",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, *_ANTIVIRAL), names
    assert O.ordered(out, "ophthalmolog"), names
    assert not O.medication_ordered(out, "cetirizine", "antihistamine"), names


def test_punched_out_blisters_on_eczema_are_eczema_herpeticum(reason: Reason) -> None:
    """NICE CKS atopic eczema 2024: clusters of painful punched-out erosions or
    blisters on eczematous skin, spreading fast, with fever, are eczema herpeticum:
    aciclovir at once and same-day specialist care; the child is not sent home with an
    antihistamine, and 'punched-out' is no blow."""
    out = reason(
        make_case(
            "rash",
            age=6,
            sex="M",
            vitals=vitals(120, 100, 60, 24, 98, 38.4),
            one_liner="6M with atopic eczema. Since yesterday clusters of painful "
            "punched-out blisters and erosions on his face, spreading fast, and fever.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, *_ANTIVIRAL), names
    assert O.disposition(out).disposition != "Discharge"
    assert not O.proposes(out, "injury", "contusion"), O.diagnoses_proposed(out)


def test_red_warm_spreading_skin_of_one_shin_is_treated_as_cellulitis(
    reason: Reason,
) -> None:
    """NICE NG141 2019 and IDSA 2014: cellulitis is a clinical diagnosis, acute
    spreading redness and warmth of one limb with or without fever; a well adult gets
    an oral antibiotic and the margins marked, not only a D-dimer."""
    out = reason(
        make_case(
            "leg redness",
            age=50,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98, 37.6),
            one_liner="50M red warm spreading area on the left shin for 2 days after a "
            "small cut, otherwise well",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(
        out, "cephalexin", "cefalexin", "flucloxacillin", "doxycycline", "clindamycin"
    ), names


def test_pain_in_the_pelvis_in_shock_after_a_motorcycle_crash_gets_a_binder(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5 and WSES 2017: a high-energy crash with pelvic pain and
    hypotension is a pelvic ring injury until imaged: a pelvic binder over the greater
    trochanters before imaging, with blood and tranexamic acid."""
    out = reason(
        make_case(
            "motorcycle crash",
            age=34,
            sex="M",
            vitals=vitals(132, 84, 50, 26, 95, 36.2),
            one_liner="34M motorcyclist at 60 mph, pain in pelvis, pale and clammy",
        )
    )
    assert O.ordered(out, "pelvic binder"), [o.name for o in O.orders(out)]


def test_guard_a_punch_to_the_face_is_still_an_injury(reason: Reason) -> None:
    """Guard (ATLS 10th ed.): 'punched in the face' is assault; only 'punched-out'
    describes a lesion."""
    out = reason(
        make_case(
            "facial injury",
            age=24,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 99),
            one_liner="24M punched in the face last night, swollen left cheek",
        )
    )
    assert O.proposes(out, "injury", "contusion", "fracture"), O.diagnoses_proposed(out)


def test_guard_sudden_one_sided_tingling_with_slurred_speech_is_worked_up_as_a_stroke(
    reason: Reason,
) -> None:
    """Guard (AHA/ASA 2019): a sudden one-sided tingling of face, arm and leg with
    slurred speech is a stroke until imaged, whatever the complaint's word: brain
    imaging and the stroke team, haemorrhage kept open until then."""
    out = reason(
        make_case(
            "tingling",
            age=58,
            sex="F",
            vitals=vitals(84, 150, 88, 16, 98),
            one_liner="58F sudden numbness and tingling of the right face, arm and leg "
            "1 h ago, slurred speech",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"\bct\b", "mri"), names
    assert O.ordered(out, "stroke team", "neurolog"), names


def test_an_older_adult_after_a_long_lie_gets_a_ck_and_is_not_sent_home(
    reason: Reason,
) -> None:
    """Fleming & Brayne BMJ 2008 and Bosch NEJM 2009: an 88-year-old found on the
    floor after about 12 hours, unable to get up, needs a CK, creatinine and potassium
    (rhabdomyolysis) and a mobility assessment before any discharge (NICE CG161)."""
    out = reason(
        make_case(
            "fall",
            age=88,
            sex="F",
            vitals=vitals(98, 112, 64, 18, 95, 35.6),
            one_liner="88F found on the floor by her carer this morning, unable to get "
            "up, on the floor for about 12 hours",
        )
    )
    assert O.ordered(out, r"\bck\b", "creatine kinase"), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_a_knocked_out_permanent_tooth_is_replanted_not_a_concussion(
    reason: Reason,
) -> None:
    """IADT 2020 (Fouad AF et al. Dent Traumatol 2020;36:331): a permanent incisor
    knocked out 20 minutes ago is replanted at once (or kept in milk for the dentist),
    with a dental review and tetanus; 'knocked out' said of a tooth is no loss of
    consciousness."""
    out = reason(
        make_case(
            "dental injury",
            age=12,
            sex="F",
            vitals=vitals(92, 112, 70, 18, 99),
            one_liner="12F fell off her bike 20 minutes ago, upper front permanent "
            "tooth knocked out, brought in milk",
        )
    )
    assert O.ordered(out, "replant"), [o.name for o in O.orders(out)]
    assert not O.proposes(out, "with loss of consciousness"), O.diagnoses_proposed(out)


def test_guard_knocked_out_for_two_minutes_is_a_loss_of_consciousness(
    reason: Reason,
) -> None:
    """Guard (NICE NG232 2023): an adult 'knocked out for 2 minutes' by a blow lost
    consciousness: the head-injury assessment stands."""
    out = reason(
        make_case(
            "head injury",
            age=30,
            sex="M",
            vitals=vitals(88, 138, 84, 16, 98),
            one_liner="30M hit on the head with a bat, knocked out for 2 minutes, now "
            "GCS 15, headache",
        )
    )
    assert O.proposes(out, "concussion", "intracranial", "subdural", "head"), (
        O.diagnoses_proposed(out)
    )
    assert not O.proposes(out, "tooth"), O.diagnoses_proposed(out)


def test_a_blood_level_in_the_eye_after_a_ball_is_a_hyphaema_not_a_stroke(
    reason: Reason,
) -> None:
    """Walton W et al. Surv Ophthalmol 2002 and AAO: blood layered in the anterior
    chamber after a squash ball is a traumatic hyphaema: a shield, ophthalmology the
    same day, no NSAID; blurred vision from an injured eye needs no embolic stroke
    work-up."""
    out = reason(
        make_case(
            "eye injury",
            age=16,
            sex="M",
            vitals=vitals(84, 124, 76, 16, 99),
            one_liner="16M hit in the right eye by a squash ball, blurred vision, "
            "blood level in the front of the eye",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "shield"), names
    assert O.ordered(out, "ophthalmolog"), names
    assert not O.ordered(out, "stroke"), names
    assert not O.medication_ordered(out, *O.NSAID[:3]), names


def test_an_itch_worse_at_night_between_the_fingers_with_an_itchy_partner_is_scabies(
    reason: Reason,
) -> None:
    """NICE CKS scabies 2023: an intense itch worse at night, a rash between the
    fingers and on the wrists, and a partner who itches too: permethrin for the
    patient and every close contact the same day, not an antihistamine alone."""
    out = reason(
        make_case(
            "itching",
            age=30,
            sex="M",
            vitals=vitals(76, 126, 78, 14, 99),
            one_liner="30M intensely itchy rash between the fingers and on the wrists "
            "for 3 weeks, worse at night, partner also itchy",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "permethrin", "malathion", "ivermectin"), names
    assert O.ordered(out, "contacts"), names


def test_guard_itchy_weals_after_peanuts_are_not_scabies(reason: Reason) -> None:
    """Guard (EAACI 2022 urticaria; Resus Council UK 2021): itchy weals an hour after
    peanuts are an allergic reaction, not scabies."""
    out = reason(
        make_case(
            "itching",
            age=26,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 99),
            one_liner="26F itchy raised weals over her arms and trunk an hour after "
            "eating peanuts, no lip or tongue swelling, breathing normally",
        )
    )
    assert not O.medication_ordered(out, "permethrin"), [o.name for o in O.orders(out)]


def test_known_eczema_then_spreading_punched_out_blisters_is_eczema_herpeticum(
    reason: Reason,
) -> None:
    """NICE CKS atopic eczema 2024: eczema known from before counts for eczema
    herpeticum when its punched-out blisters spread now; aciclovir and admission for
    a febrile child."""
    out = reason(
        make_case(
            "rash",
            age=6,
            sex="M",
            vitals=vitals(120, 100, 60, 24, 98, 38.4),
            one_liner="6M known atopic eczema, clusters of painful punched-out "
            "blisters and erosions on face spreading fast, fever",
        )
    )
    assert O.medication_ordered(out, *_ANTIVIRAL), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_postpartum_pressure_over_150_100_is_lowered_by_mouth(reason: Reason) -> None:
    """ACOG PB 222 (2020) and NICE NG133 (2019): after the birth a pressure of
    150/100 or more is treated with an oral antihypertensive (enalapril first in
    NICE), beside the pre-eclampsia work-up; not magnesium alone."""
    out = reason(
        make_case(
            "headache",
            age=34,
            sex="F",
            vitals=vitals(88, 158, 104, 16, 99),
            one_liner="34F five days after delivery, severe headache and blurred "
            "vision",
            ed_note="Postnatal day 5. BP 158/104 on repeat. No fever.",
        )
    )
    assert O.medication_ordered(
        out, "antihypertensive", "enalapril", "nifedipine", "labetalol", "amlodipine"
    ), [o.name for o in O.orders(out)]


def test_guard_a_postpartum_headache_at_128_80_gets_no_antihypertensive(
    reason: Reason,
) -> None:
    """Guard (ACOG PB 222; NICE NG133): below 150/100 after the birth no blood
    pressure drug is started."""
    out = reason(
        make_case(
            "headache",
            age=30,
            sex="F",
            vitals=vitals(80, 128, 80, 14, 99),
            one_liner="30F ten days after delivery, frontal headache after poor sleep",
            ed_note="Postnatal day 10. BP 128/80. No visual symptoms. Neuro exam "
            "normal.",
        )
    )
    assert not O.medication_ordered(
        out, "antihypertensive", "enalapril", "nifedipine", "labetalol", "amlodipine"
    ), [o.name for o in O.orders(out)]
