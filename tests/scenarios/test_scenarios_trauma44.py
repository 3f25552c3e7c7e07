"""trauma44 (session 44): trauma, neurology, the eye and ENT, and the older adult.

Written from the sources named in each docstring, never from rows of the shared data:
- AAO Preferred Practice Pattern; Blair K et al. BMJ 2020 (open globe); RCEM 2020
  chemical eye injury; Walton W et al. Surv Ophthalmol 2002 (traumatic hyphaema);
- Vahanian A et al. ESC/EACTS 2021 valvular heart disease; Brignole M et al. ESC 2018
  syncope;
- Baugh RF et al. AAO-HNS 2013 Bell's palsy; AHA/ASA 2019 acute ischaemic stroke;
- Mackie SL et al. BSR 2020 giant cell arteritis; Do TP et al. SNNOOP10, Neurology
  2019; ICHD-3 2018;
- ACS ATLS 10th ed. ch. 7; Walters BC et al. AANS/CNS 2013; NICE NG41 2016;
- Mac Grory B et al. AHA 2021 scientific statement on central retinal artery
  occlusion;
- Morey AF et al. AUA urotrauma guideline 2020; Kitrey ND et al. EAU 2023;
- Arnoldo B et al. EAST/ABA 2006 electrical injury.

Each target scenario failed on main 1ed59164 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = out.final  # type: ignore[attr-defined]
    return (final.icd10 or "") if final is not None else ""


def test_an_open_globe_from_a_metal_fragment_gets_no_litmus_or_irrigation(
    reason: Reason,
) -> None:
    """AAO PPP; Blair K et al. BMJ 2020: with a suspected open globe nothing touches
    or presses on the eye until it is repaired (rigid shield, CT orbits); litmus and
    irrigation are a chemical injury's care (RCEM 2020), not a metal fragment's."""
    out = reason(
        make_case(
            "eye injury",
            age=38,
            sex="M",
            vitals=vitals(84, 134, 80, 16, 99),
            one_liner="38M grinding metal when a fragment flew into his left eye, "
            "vision blurred, the pupil is peaked towards the wound",
        )
    )
    assert O.ordered(out, "shield"), O.order_names(out)
    assert not O.ordered(out, "conjunctival ph", "irrigat"), O.order_names(out)


def test_a_chemical_splash_keeps_its_irrigation(reason: Reason) -> None:
    """Guard. RCEM 2020 chemical eye injury: an alkali splash is irrigated at once to a
    conjunctival pH of 7-7.5, before anything else."""
    out = reason(
        make_case(
            "eye injury",
            age=41,
            sex="F",
            vitals=vitals(90, 136, 82, 16, 99),
            one_liner="41F splashed in the left eye with drain cleaner (alkali) ten "
            "minutes ago, painful red eye",
        )
    )
    assert O.ordered(out, "irrigat"), O.order_names(out)


def test_a_hyphaema_keeps_its_same_day_ophthalmology(reason: Reason) -> None:
    """Walton W et al. Surv Ophthalmol 2002; AAO PPP: a traumatic hyphaema is seen by
    ophthalmology the same day for the pressure and the re-bleed; the consult is the
    ophthalmologist's examination, not a pressure put on the globe in the ED."""
    out = reason(
        make_case(
            "eye injury",
            age=24,
            sex="M",
            vitals=vitals(80, 128, 78, 16, 99),
            one_liner="24M hit in the left eye by a tennis ball, blurred vision, a "
            "layer of blood in the front of the eye",
        )
    )
    assert O.ordered(out, "ophthalmology"), (O.order_names(out), O.blocked_names(out))
    assert not any("ophthalmology" in b for b in O.blocked_names(out))


def test_exertional_syncope_with_a_murmur_gets_no_nitrate(reason: Reason) -> None:
    """ESC/EACTS 2021 valvular heart disease; ESC 2018 syncope: syncope on exertion with
    an ejection systolic murmur is severe aortic stenosis until the echocardiogram; a
    fixed outflow obstruction is preload dependent and a nitrate can cause collapse."""
    out = reason(
        make_case(
            "syncope",
            age=79,
            sex="F",
            vitals=vitals(76, 116, 72, 16, 96),
            one_liner="79F passed out while climbing stairs, no warning, ejection "
            "systolic murmur, tight chest on exertion for weeks",
        )
    )
    assert not O.medication_ordered(out, "nitroglycerin", "glyceryl trinitrate", "gtn")
    assert O.ordered(out, "echocardiogra"), O.order_names(out)


def test_bells_palsy_under_facial_weakness_is_steroids_and_home(
    reason: Reason,
) -> None:
    """AAO-HNS 2013 Bell's palsy (Baugh RF et al.): an acute facial weakness involving
    the forehead and eye closure, with no other deficit, is Bell's palsy: prednisolone
    within 72 h, eye protection, discharge; no stroke imaging."""
    out = reason(
        make_case(
            "facial weakness",
            age=47,
            sex="F",
            vitals=vitals(78, 132, 80, 14, 99),
            one_liner="47F woke with the right side of her face weak, cannot close her "
            "right eye, forehead also weak, arms and legs normal, speech normal",
        )
    )
    assert O.medication_ordered(out, "prednisolone", "prednisone"), O.order_names(out)
    assert not O.ordered(out, "ct angiography"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_a_drooping_face_including_the_forehead_goes_home(reason: Reason) -> None:
    """AAO-HNS 2013; Fahimi J et al. Ann Emerg Med 2014;63:428: a facial palsy that
    takes the forehead, alone, is the nerve's: not held for the stroke pathway."""
    out = reason(
        make_case(
            "facial droop",
            age=33,
            sex="M",
            vitals=vitals(74, 126, 76, 14, 99),
            one_liner="33M drooping of the left side of his face since this morning "
            "including the forehead, cannot close the left eye, no limb weakness",
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_a_drooping_face_with_a_weak_arm_stays_a_stroke(reason: Reason) -> None:
    """Guard. AHA/ASA 2019: a facial droop with a weak arm is a stroke: imaging and the
    stroke team, not home."""
    out = reason(
        make_case(
            "facial droop",
            age=71,
            sex="M",
            vitals=vitals(88, 176, 94, 16, 97),
            one_liner="71M drooping of the right side of his face and a weak right arm "
            "since an hour ago",
        )
    )
    assert O.ordered(out, "ct"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_new_headache_at_eighty_seven_is_not_treated_as_migraine(
    reason: Reason,
) -> None:
    """BSR 2020 GCA (Mackie SL et al.): a new headache over 50 is giant cell arteritis
    until ESR and CRP say otherwise; SNNOOP10 and ICHD-3: a migraine that begins
    after 50 is rare, so no migraine cocktail (IV prochlorperazine) at 87."""
    out = reason(
        make_case(
            "headache",
            age=87,
            sex="M",
            vitals=vitals(80, 148, 82, 16, 97),
            one_liner="87M new headache for five days, has never had headaches, no "
            "weakness, no visual change",
        )
    )
    assert O.ordered(out, "esr"), O.order_names(out)
    assert not O.medication_ordered(out, "prochlorperazine"), O.order_names(out)


def test_a_young_migraineurs_typical_attack_keeps_its_treatment(
    reason: Reason,
) -> None:
    """Guard. ICHD-3 1.1; AHS 2016 parenteral therapy: a typical attack of a known
    migraine at 29 is treated as migraine."""
    out = reason(
        make_case(
            "headache",
            age=29,
            sex="F",
            vitals=vitals(84, 124, 76, 16, 99),
            one_liner="29F throbbing left-sided headache like her usual migraines, "
            "worse with movement, nausea and vomiting, light hurts her eyes",
        )
    )
    assert O.medication_ordered(
        out, "prochlorperazine", "metoclopramide", "sumatriptan", "ketorolac"
    ), O.order_names(out)


def test_limbs_that_will_not_move_after_a_dive_are_a_cord_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 7; Kirshblum SC et al. ISNCSCI 2011: a cord injury is
    diagnosed by the neurological examination after the injury; it is coded as such
    (S14.1-), and no head-injury advice for going home is given."""
    out = reason(
        make_case(
            "neck injury",
            age=19,
            sex="M",
            vitals=vitals(64, 100, 58, 16, 97),
            one_liner="19M dived into the shallow end of a pool and hit his head, neck "
            "pain, cannot move his arms or legs, numb below the shoulders",
        )
    )
    assert _code(out).startswith("S14.1"), out.final
    assert not O.ordered(out, "head-injury advice"), O.order_names(out)


def test_painless_monocular_loss_with_an_afferent_defect_is_a_crao(
    reason: Reason,
) -> None:
    """AHA 2021 CRAO scientific statement (Mac Grory B et al. Stroke 2021;52:e282):
    sudden painless monocular vision loss with a relative afferent pupillary defect is
    a central retinal artery occlusion, a stroke equivalent (H34.1-)."""
    out = reason(
        make_case(
            "vision loss",
            age=69,
            sex="F",
            vitals=vitals(82, 162, 90, 16, 97),
            one_liner="69F sudden painless loss of vision in the right eye an hour ago",
            ed_note="Right eye hand movements only, relative afferent pupillary "
            "defect on the right. Atrial fibrillation, not anticoagulated.",
        )
    )
    assert _code(out).startswith("H34.1"), out.final
    assert O.ordered(out, "stroke"), O.order_names(out)


def test_blood_in_the_urine_after_a_blow_to_the_loin_is_a_renal_injury(
    reason: Reason,
) -> None:
    """AUA urotrauma guideline 2020 (Morey AF et al.); EAU 2023: visible haematuria
    after blunt trauma is a renal injury until a contrast CT with a delayed phase grades
    it; not a kidney stone."""
    out = reason(
        make_case(
            "flank pain",
            age=31,
            sex="M",
            vitals=vitals(88, 130, 78, 16, 99),
            one_liner="31M tackled hard in a rugby match onto his left side, left loin "
            "pain and blood in his urine since",
        )
    )
    assert _code(out).startswith("S37"), out.final
    assert O.ordered(out, "delayed"), O.order_names(out)


def test_renal_colic_without_an_injury_is_no_renal_trauma(reason: Reason) -> None:
    """Guard. Moore CL et al. BMJ 2014: colicky loin-to-groin pain with blood in the
    urine and no injury is a ureteric stone; no renal trauma work-up."""
    out = reason(
        make_case(
            "flank pain",
            age=38,
            sex="M",
            vitals=vitals(96, 138, 84, 18, 99),
            one_liner="38M sudden colicky right loin pain going to the groin, blood in "
            "the urine, restless, no injury",
        )
    )
    assert not _code(out).startswith("S37"), out.final
    assert not O.ordered(out, "delayed"), O.order_names(out)


def test_an_asymptomatic_household_shock_with_a_sinus_ecg_goes_home(
    reason: Reason,
) -> None:
    """Arnoldo B et al. EAST/ABA 2006; Bailey B et al. Acad Emerg Med 2007: a
    low-voltage shock with no loss of consciousness, burn or symptom and a normal sinus
    ECG needs no monitoring or admission."""
    out = reason(
        make_case(
            "electrical injury",
            age=27,
            sex="M",
            vitals=vitals(78, 124, 76, 14, 99),
            one_liner="27M had a shock from a plug socket at home (230 V), felt a jolt "
            "in his hand, now well",
            ed_note="ECG: sinus rhythm, normal intervals. No burns found. "
            "Asymptomatic.",
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_a_shock_with_loss_of_consciousness_is_monitored(reason: Reason) -> None:
    """Guard. EAST/ABA 2006: loss of consciousness after an electrical injury is
    monitored (delayed arrhythmia), not sent home."""
    out = reason(
        make_case(
            "electrical injury",
            age=45,
            sex="M",
            vitals=vitals(96, 130, 80, 16, 98),
            one_liner="45M electrician knocked out briefly by a 230 V shock, burn on "
            "the right palm",
            ed_note="ECG: sinus rhythm.",
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_long_lie_with_cola_coloured_urine_gets_iv_fluids(reason: Reason) -> None:
    """Bosch X et al. NEJM 2009;361:62; KDIGO 2012 AKI 3.1: after a night on the floor,
    dark (cola-coloured) urine is myoglobin until the urinalysis and CK say otherwise:
    early IV crystalloid beside the CK, not the CK alone."""
    out = reason(
        make_case(
            "fall",
            age=84,
            sex="M",
            vitals=vitals(96, 118, 66, 18, 96),
            one_liner="84M on the floor of his kitchen all night after a fall, unable "
            "to get up. His urine is dark like cola.",
        )
    )
    assert O.medication_ordered(out, "crystalloid", "iv fluid"), O.order_names(out)


def test_a_long_lie_with_clear_urine_gets_no_fluid_order(reason: Reason) -> None:
    """Guard. NICE CG161; Bosch 2009: a long lie is worked up (CK, pressure areas), but
    fluids for pigment are given for pigmented urine, not for every fall."""
    out = reason(
        make_case(
            "fall",
            age=82,
            sex="F",
            vitals=vitals(88, 130, 76, 16, 96),
            one_liner="82F lay on the floor for six hours after a trip, urine clear, "
            "no pain",
        )
    )
    assert O.ordered(out, "ck"), O.order_names(out)
    assert not O.medication_ordered(out, "crystalloid"), O.order_names(out)


def test_tender_ribs_after_a_slip_are_not_held_for_suspected_acs(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4; AHA/ACC 2021 chest pain guideline (acute chest pain without
    trauma): pain at tender ribs after a fall is the injury's; the older patient's
    observation for serial troponins (HEART incomplete) does not apply to it."""
    out = reason(
        make_case(
            "chest injury",
            age=77,
            sex="M",
            vitals=vitals(84, 138, 80, 18, 96),
            one_liner="77M slipped on ice and fell against a step, left-sided chest "
            "pain worse on breathing in, tender over the left lower ribs",
        )
    )
    assert not O.ordered(out, "troponin"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_tender_ribs_with_low_oxygen_and_fast_breathing_stay_in(
    reason: Reason,
) -> None:
    """Guard. EAST 2017 (Kasotakis G et al.); NICE NG39: an older adult with a chest
    wall injury, an oxygen saturation of 92 % and a respiratory rate of 24 is not sent
    home."""
    out = reason(
        make_case(
            "chest injury",
            age=80,
            sex="F",
            vitals=vitals(100, 142, 84, 24, 92),
            one_liner="80F fell against the bath, tender right ribs, painful to "
            "breathe, takes clopidogrel",
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
