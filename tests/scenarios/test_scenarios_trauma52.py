"""trauma52 (session 52): strokes before the scan, a falling VC, a kicked shin.

Written from the sources named in each docstring, never from rows of the shared data:
- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (3.2, 3.5); Mattle HP et al.
  Lancet Neurol 2011 (basilar artery occlusion); Edlow JA et al. GRACE-3 2023;
- van Doorn PA et al. EAN/PNS 2023 Guillain-Barre syndrome; Lawn ND et al. 2001;
- BOAST 10 (2016) compartment syndrome; McQueen MM et al. JBJS Br 2000;
- Sweeney CJ, Gilden DH 2001 and AAO-HNS 2013 (Ramsay Hunt syndrome);
- BSSH Hand Trauma Standards 2021 (fingertip amputation); Sanyaolu LN et al. Emerg
  Med J 2014 (nasal septal haematoma); ICHD-3 3.1 and NICE CG150 (cluster headache).

Each target scenario failed on main before its fix; each guard passes on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_LYTIC = ("alteplase", "tenecteplase")


def _staged_lytic(out: ReasoningOutput) -> list[str]:
    return [n for n in O.order_names(out) if any(w in n.lower() for w in _LYTIC)]


def test_posterior_stroke_at_ninety_minutes_gets_its_lytic_after_the_scan(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.5; GRACE-3 2023: a disabling posterior circulation stroke 90
    minutes old is thrombolysed once non-contrast CT excludes haemorrhage; the bleed
    the scan answers is no contraindication written before it."""
    out = reason(
        make_case(
            "dizziness",
            age=67,
            sex="M",
            vitals=vitals(88, 178, 96, 18, 97),
            one_liner="67M sudden onset of vertigo, vomiting and unsteadiness 90 "
            "minutes ago, slurred speech, cannot walk unaided, right arm past-pointing "
            "on finger-nose test, no headache, not on anticoagulants",
        )
    )
    lytic = _staged_lytic(out)
    assert lytic, (O.order_names(out), O.blocked_names(out))
    assert all("imaging" in n.lower() for n in lytic), lytic
    assert O.ordered(out, "ct angiography"), O.order_names(out)


def test_weeks_of_headaches_do_not_block_an_hour_old_strokes_lytic(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.2.1, 3.5.1: a hemiparesis and facial droop one hour old is
    thrombolysed once imaging excludes haemorrhage; a few headaches over the weeks
    before are no contraindication written before the scan."""
    out = reason(
        make_case(
            "weakness",
            age=61,
            sex="F",
            vitals=vitals(84, 168, 92, 16, 98),
            one_liner="61F has had a few headaches over the last three weeks, today "
            "sudden weakness of her left arm and leg and left facial droop that "
            "started 1 hour ago, no anticoagulants, glucose 6.1",
        )
    )
    lytic = _staged_lytic(out)
    assert lytic, (O.order_names(out), O.blocked_names(out))
    assert all("imaging" in n.lower() for n in lytic), lytic


def test_guard_a_thunderclap_with_a_deficit_gets_no_lytic(reason: Reason) -> None:
    """AHA/ASA 2023 SAH; AHA/ASA 2019 3.5: a thunderclap headache, the worst of her
    life, with a new deficit is a haemorrhage until the scan says otherwise: no
    thrombolytic is written."""
    out = reason(
        make_case(
            "headache",
            age=52,
            sex="F",
            vitals=vitals(96, 188, 100, 18, 98),
            one_liner="52F sudden worst headache of her life 1 hour ago, peaked "
            "within seconds, vomiting, now slurred speech and right arm weakness",
        )
    )
    assert not O.medication_ordered(out, *_LYTIC), O.order_names(out)


def test_basilar_occlusion_with_small_pupils_is_worked_as_a_stroke(
    reason: Reason,
) -> None:
    """Mattle HP et al. Lancet Neurol 2011; AHA/ASA 2019: sudden double vision and
    slurred speech, then drowsiness and weakness of all four limbs, is a basilar
    artery occlusion: its pontine lesion gives the small pupils and its pressure
    rises with it. Not an opioid poisoning nor a hypertensive emergency: CT
    angiography and the stroke team's reperfusion decision."""
    out = reason(
        make_case(
            "drowsy",
            age=58,
            sex="M",
            vitals=vitals(62, 196, 104, 14, 95),
            one_liner="58M sudden double vision and slurred speech 3 hours ago, now "
            "drowsy, GCS going up and down between 13 and 8, weak in all four limbs, "
            "pupils small, no head injury",
        )
    )
    working = O.working(out).lower()
    assert "infarction" in working or "stroke" in working, O.working(out)
    code = (out.final.icd10 if out.final is not None else None) or ""
    assert not code.startswith(("T40", "I16")), out.final
    assert O.ordered(out, "ct angiography"), O.order_names(out)


def test_guard_pinpoint_pupils_and_slow_breathing_after_heroin_stay_opioid(
    reason: Reason,
) -> None:
    """Hoffman JR et al. Ann Emerg Med 1991; Boyer EW NEJM 2012: depressed
    consciousness, pinpoint pupils and slow breathing after heroin are the opioid
    toxidrome: naloxone for the breathing."""
    out = reason(
        make_case(
            "drowsy",
            age=29,
            sex="M",
            vitals=vitals(58, 112, 70, 6, 88),
            one_liner="29M found drowsy after injecting heroin, pinpoint pupils, "
            "breathing slowly and shallow",
        )
    )
    assert "opioid" in O.working(out).lower() or "heroin" in O.working(out).lower(), (
        O.working(out)
    )
    assert O.medication_ordered(out, "naloxone"), O.order_names(out)


def test_guillain_barre_with_a_falling_vital_capacity_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """van Doorn PA et al. EAN/PNS 2023; Lawn ND et al. Arch Neurol 2001: a
    Guillain-Barre syndrome whose vital capacity has fallen by more than 30 % to 16
    mL/kg, with a weak cough, is at the edge of respiratory failure: ICU, serial
    vital capacity, IVIG; never discharged as weakness."""
    out = reason(
        make_case(
            "weakness",
            age=36,
            sex="M",
            vitals=vitals(108, 128, 78, 22, 96),
            one_liner="36M diagnosed with Guillain-Barre syndrome yesterday, vital "
            "capacity has fallen from 2.4 litres to 1.3 litres over six hours, weight "
            "80 kg, now weaker in the arms, weak cough",
        )
    )
    assert "guillain" in O.working(out).lower(), O.working(out)
    disp = O.disposition(out)
    assert disp.disposition != "Discharge" and disp.admit_level == "icu", disp
    assert O.ordered(out, "vital capacity"), O.order_names(out)


def test_a_kicked_shin_with_stretch_pain_and_escalating_pain_is_compartment_syndrome(
    reason: Reason,
) -> None:
    """BOAST 10 (2016); McQueen MM et al. JBJS Br 2000 (a quarter without a
    fracture): a kicked shin, tight and swollen, with pain worse despite analgesia
    and pain when the toes are pulled down, is an anterior compartment syndrome:
    dressings off, orthopaedics for fasciotomy; not a contusion sent home."""
    out = reason(
        make_case(
            "leg injury",
            age=24,
            sex="M",
            vitals=vitals(100, 130, 80, 16, 99),
            one_liner="24M kicked hard in the shin during football 5 hours ago, tight "
            "swollen front of the lower leg, pain worse despite codeine, pain when his "
            "toes are pulled down, numb first web space",
        )
    )
    assert O.ordered(out, "fasciotomy"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert not O.proposes(out, "scabies"), O.diagnoses_proposed(out)


def test_guard_a_bruised_shin_without_compartment_signs_gets_no_fasciotomy(
    reason: Reason,
) -> None:
    """BOAST 10: a kicked shin with a bruise, soft compartments, comfortable on
    passive movement, walking: a contusion, no fasciotomy."""
    out = reason(
        make_case(
            "leg injury",
            age=22,
            sex="M",
            vitals=vitals(78, 124, 76, 14, 99),
            one_liner="22M kicked in the shin at football an hour ago, bruise over "
            "the shin, compartments soft, walking normally",
        )
    )
    assert not O.ordered(out, "fasciotomy"), O.order_names(out)


def test_facial_palsy_with_blisters_in_the_ear_gets_an_antiviral(
    reason: Reason,
) -> None:
    """Sweeney CJ, Gilden DH 2001; AAO-HNS 2013 (Ramsay Hunt excluded from Bell's
    palsy): a lower motor neurone facial palsy with ear pain and blisters in the ear
    canal is Ramsay Hunt syndrome: an antiviral with prednisolone, eye care, ENT."""
    out = reason(
        make_case(
            "facial weakness",
            age=52,
            sex="M",
            vitals=vitals(80, 134, 82, 14, 99, 37.4),
            one_liner="52M right-sided facial weakness including the forehead since "
            "this morning, severe right ear pain for two days, small blisters in the "
            "right ear canal, cannot close the right eye, no limb weakness",
        )
    )
    assert O.medication_ordered(out, "valaciclovir", "aciclovir"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "B02.21", out.final


def test_a_sliced_off_fingertip_goes_to_the_hand_surgeon(reason: Reason) -> None:
    """BSSH Hand Trauma Standards 2021; Sebastin SJ, Chung KC 2011: a fingertip cut
    off is seen by the hand surgeon the same day, the amputated part kept in
    saline-moistened gauze in a bag on ice; coded as the amputation (S68.-)."""
    out = reason(
        make_case(
            "finger injury",
            age=38,
            sex="M",
            vitals=vitals(84, 132, 80, 14, 99),
            one_liner="38M sliced the tip off his left index finger on a mandolin "
            "slicer 30 minutes ago, bleeding controlled with pressure, no bone "
            "visible, the amputated piece brought in a bag",
        )
    )
    assert O.ordered(out, "hand surgery"), O.order_names(out)
    assert O.ordered(out, "amputated part"), O.order_names(out)
    assert out.final is not None and (out.final.icd10 or "").startswith("S68."), (
        out.final
    )


def test_swelling_on_both_sides_of_the_septum_after_a_punch_is_drained(
    reason: Reason,
) -> None:
    """Sanyaolu LN et al. Emerg Med J 2014; ENT UK: a punched nose blocked on both
    sides by a purple swelling of the septum is a septal haematoma, drained by ENT
    the same day; not a concussion sent home."""
    out = reason(
        make_case(
            "nose injury",
            age=19,
            sex="M",
            vitals=vitals(84, 128, 78, 14, 99),
            one_liner="19M punched on the nose last night, both nostrils blocked, soft "
            "purple swelling on both sides of the nasal septum, nose swollen",
        )
    )
    assert O.ordered(out, "incision and drainage"), O.order_names(out)
    assert "septal" in O.working(out).lower(), O.working(out)


def test_a_cluster_attack_gets_oxygen_and_a_triptan_not_morphine(
    reason: Reason,
) -> None:
    """ICHD-3 3.1; NICE CG150 (1.3.23-1.3.25): a severe pain behind one eye with a
    watering eye, a drooping lid and pacing, the same attack nightly, is cluster
    headache: 100 % oxygen and a subcutaneous triptan; no opioid or paracetamol."""
    out = reason(
        make_case(
            "headache",
            age=35,
            sex="M",
            vitals=vitals(96, 140, 84, 16, 99),
            one_liner="35M excruciating pain behind his left eye for 40 minutes, left "
            "eye watering and red, left eyelid drooping, pacing the room, same attack "
            "at 2 am every night for the past week",
        )
    )
    assert O.ordered(out, "oxygen"), O.order_names(out)
    assert O.medication_ordered(out, "sumatriptan"), O.order_names(out)
    assert not O.medication_ordered(out, "morphine"), O.order_names(out)
