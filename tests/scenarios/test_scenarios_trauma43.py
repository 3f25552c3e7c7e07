"""trauma43 (session 43): trauma, burns, the older adult's falls and neurology.

Written from the sources named in each docstring, never from rows of the shared data:
- ILAE 2015 (Trinka E et al. Epilepsia 2015;56:1515); Glauser T et al. AES 2016
  convulsive status epilepticus; NICE NG217 (2022);
- American Burn Association ABLS 2018 and referral criteria 2022; Arnoldo B et al.
  EAST/ABA 2006 electrical injury;
- RCEM 2020 chemical eye injury; Eslani M et al. Surv Ophthalmol 2014;59:364;
- NICE NG232 (2023) head injury (1.4.7, 1.4.11, 1.10); Stiell IG et al. Canadian CT
  head rule, Lancet 2001;357:1391; Carney N et al. Brain Trauma Foundation 4th ed. 2017;
  ATLS 10th ed. ch. 4-6; NICE CG89 child maltreatment;
- Galvagno SM et al. EAST 2016 thoracic pain; ACR Appropriateness Criteria rib
  fractures 2018; AGS Beers Criteria 2023;
- Stassen NA et al. EAST 2012 blunt splenic injury; Coccolini F et al. WSES 2017.

Each target scenario failed on main 2307b2d4 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_a_convulsion_going_on_for_fifteen_minutes_gets_a_benzodiazepine(
    reason: Reason,
) -> None:
    """ILAE 2015 (t1 = 5 min) and AES 2016: a convulsion still going on after five
    minutes is convulsive status epilepticus, written in words or digits: a
    benzodiazepine now and a second-line drug (levetiracetam, fosphenytoin or
    valproate) if it continues; not a work-up of 'epilepsy' with drug levels."""
    out = reason(
        make_case(
            "seizure",
            age=52,
            sex="F",
            vitals=vitals(124, 158, 92, 24, 93),
            one_liner="52F known epilepsy, has been seizing continuously for fifteen "
            "minutes, jerking all four limbs",
        )
    )
    assert O.ordered(out, "lorazepam", "midazolam", "diazepam"), O.order_names(out)
    assert O.ordered(out, "levetiracetam", "fosphenytoin", "valproate"), O.order_names(
        out
    )


def test_a_two_minute_seizure_now_recovered_is_not_status(reason: Reason) -> None:
    """Guard. NICE NG217 (2022): a single seizure of two minutes that has stopped, the
    patient back to normal, is no status epilepticus: no benzodiazepine."""
    out = reason(
        make_case(
            "seizure",
            age=29,
            sex="M",
            vitals=vitals(88, 128, 78, 16, 98),
            one_liner="29M first generalised seizure at work lasting two minutes, now "
            "back to his normal self, examination normal",
        )
    )
    assert not O.medication_ordered(out, "lorazepam", "midazolam"), O.order_names(out)


def test_a_high_voltage_line_written_with_a_space_is_an_electrical_injury(
    reason: Reason,
) -> None:
    """ABA ABLS 2018; Arnoldo B et al. EAST/ABA 2006: an injury of 1,000 V or more
    (written '33 000 volt', the SI thousands) is a high-voltage electrical injury:
    ECG and cardiac monitoring, CK and urine myoglobin, the burn centre; not home
    with a dressing and ibuprofen."""
    out = reason(
        make_case(
            "burn",
            age=38,
            sex="M",
            vitals=vitals(94, 132, 80, 18, 98),
            one_liner="38M electrician touched a 33 000 volt cable at work, burn on "
            "the left palm and an exit burn on the right heel",
        )
    )
    assert O.ordered(out, "ecg", "cardiac monitoring"), O.order_names(out)
    assert O.ordered(out, "ck"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_corrosive_splashed_in_one_eye_is_irrigated_at_once(reason: Reason) -> None:
    """RCEM 2020 chemical eye injury; Eslani 2014: a chemical splashed into an eye is
    irrigated at once, on the history, to a neutral pH, and seen by ophthalmology;
    not a fluorescein look for an abrasion."""
    out = reason(
        make_case(
            "eye injury",
            age=34,
            sex="F",
            vitals=vitals(84, 126, 78, 16, 99),
            one_liner="34F splashed in her left eye with drain cleaner while cleaning, "
            "painful red watering eye",
        )
    )
    assert O.ordered(out, "irrigation"), O.order_names(out)
    assert O.ordered(out, "ophthalmolog"), O.order_names(out)


def test_a_basal_skull_fracture_in_words_gets_its_ct(reason: Reason) -> None:
    """NICE NG232 (2023) 1.4.7: any sign of a basal skull fracture (panda eyes, CSF
    from the ear or nose) is a CT head within 1 hour; the low-risk gate of a GCS 15
    head strike must not withhold it. The signs name the fracture of the base (ICD-10-CM
    S02.1-)."""
    out = reason(
        make_case(
            "head injury",
            age=38,
            sex="F",
            vitals=vitals(82, 136, 82, 16, 98),
            one_liner="38F fell down the stairs and struck her head, bruising around "
            "both eyes, clear fluid leaking from the right ear, GCS 15",
        )
    )
    assert O.ordered(out, "ct head"), (O.order_names(out), O.blocked_names(out))
    assert not any("ct head" in b.lower() for b in O.blocked_names(out))
    final = out.final
    assert final is not None and (final.icd10 or "").startswith("S02.1"), final


def test_a_blown_pupil_after_a_blow_is_treated_before_the_scan(reason: Reason) -> None:
    """Brain Trauma Foundation 4th ed. 2017; ATLS 10th ed. ch. 6: a head injury with a
    depressed consciousness and a unilateral dilated pupil is herniation from an
    expanding haematoma until the CT shows otherwise: hyperosmolar therapy and the
    neurosurgeon now, not only if the CT shows a bleed."""
    out = reason(
        make_case(
            "head injury",
            age=24,
            sex="M",
            vitals=vitals(58, 182, 96, 12, 97),
            one_liner="24M struck on the head with a baseball bat, talked at first, "
            "now GCS 9 with a dilated left pupil",
        )
    )
    assert O.ordered(out, "mannitol", "hypertonic"), O.order_names(out)
    assert O.ordered(out, "neurosurgery emergently"), O.order_names(out)


def test_an_infant_with_a_tense_fontanelle_after_a_fall_is_scanned(
    reason: Reason,
) -> None:
    """NICE NG232 (2023) 1.4.11: a child's head injury with a tense fontanelle is a CT
    head within 1 hour; an intracranial sign after a short fall in an infant is
    where maltreatment is considered (NICE CG89): paediatrics and child protection."""
    out = reason(
        make_case(
            "vomiting",
            vitals=vitals(162, 90, 56, 40, 98),
            one_liner="4-month-old girl dropped onto a tiled floor by her brother "
            "yesterday, now vomiting and irritable, tense anterior fontanelle",
            demographics={"age": 0, "age_days": 124, "sex": "F"},
        )
    )
    assert O.ordered(out, "ct head"), O.order_names(out)
    assert O.ordered(out, "child protection", "safeguarding"), O.order_names(out)


def test_tender_ribs_after_a_fall_are_a_chest_wall_injury(reason: Reason) -> None:
    """ATLS 10th ed. ch. 4; EAST 2016; ACR Appropriateness Criteria rib fractures 2018:
    rib tenderness after a blow is a chest wall injury (contusion, S20.2-, until the
    film shows a fracture): a chest film, regular paracetamol, breathing exercises;
    no NSAID at 80 (AGS Beers 2023)."""
    out = reason(
        make_case(
            "chest injury",
            age=80,
            sex="M",
            vitals=vitals(84, 138, 80, 18, 96),
            one_liner="80M tripped and hit his left side on the arm of a chair, tender "
            "left ribs, pain on deep breathing",
        )
    )
    assert O.ordered(out, "chest radiograph", "chest x-ray", "ct chest"), O.order_names(
        out
    )
    assert not O.medication_ordered(out, "ibuprofen", "naproxen"), O.order_names(out)
    final = out.final
    assert final is not None and (final.icd10 or "").startswith("S20.2"), final


def test_rib_fractures_on_the_film_keep_the_fracture_code(reason: Reason) -> None:
    """Guard. ICD-10-CM S22.4-: fractures of three ribs shown on CT are the fractures
    (multiple, by side), not a contusion; admitted at 70 (EAST 2016)."""
    out = reason(
        make_case(
            "chest injury",
            age=70,
            sex="F",
            vitals=vitals(92, 140, 82, 20, 95),
            one_liner="70F fell against a wall, tender right ribs, CT shows fractures "
            "of the right 6th, 7th and 8th ribs, no pneumothorax",
        )
    )
    final = out.final
    assert final is not None and (final.icd10 or "").startswith("S22.4"), final
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_an_older_adults_new_confusion_after_a_head_strike_is_scanned_now(
    reason: Reason,
) -> None:
    """Canadian CT head rule (Stiell 2001): disorientation after a head injury at 65
    or older is high risk: a CT head now, not a GCS recheck at two hours."""
    out = reason(
        make_case(
            "head injury",
            age=81,
            sex="F",
            vitals=vitals(80, 158, 86, 16, 96),
            one_liner="81F fell in the hallway and hit her head, GCS 14, more confused "
            "than usual according to her daughter",
        )
    )
    cts = [n for n in O.order_names(out) if "ct head" in n.lower()]
    assert cts and not any("if the gcs" in n.lower() for n in cts), cts


def test_a_minor_head_injury_going_home_gets_written_advice(reason: Reason) -> None:
    """NICE NG232 (2023) 1.10: everyone sent home after a head injury leaves with
    verbal and written advice and a responsible adult; no CT without a criterion."""
    out = reason(
        make_case(
            "head injury",
            age=29,
            sex="M",
            vitals=vitals(74, 124, 76, 14, 99),
            one_liner="29M hit his head on a low beam, no loss of consciousness, no "
            "vomiting, no amnesia, GCS 15, not on blood thinners",
        )
    )
    assert O.ordered(out, "head-injury advice"), O.order_names(out)
    assert not O.ordered(out, "ct head"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_a_stable_seat_belt_injury_is_admitted_to_a_ward_bed(reason: Reason) -> None:
    """EAST 2012 (Stassen) and WSES 2017: a haemodynamically normal suspected
    solid-organ injury is CT'd and managed non-operatively with serial examinations
    on a monitored ward bed; intensive care is for instability or a high-grade
    injury."""
    out = reason(
        make_case(
            "motor vehicle crash",
            age=36,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 99),
            one_liner="36M restrained driver in a car crash, seat-belt bruise across "
            "the lower abdomen, abdominal pain",
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "ward", d


def test_a_seat_belt_injury_in_shock_stays_in_intensive_care(reason: Reason) -> None:
    """Guard. ATLS 10th ed. ch. 3 and 5: the same injury with a pulse of 128 and a
    systolic of 88 is haemorrhage: intensive care (or theatre)."""
    out = reason(
        make_case(
            "motor vehicle crash",
            age=36,
            sex="M",
            vitals=vitals(128, 88, 54, 26, 96),
            one_liner="36M restrained driver in a car crash, seat-belt bruise across "
            "the lower abdomen, abdominal pain, pale and clammy",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR", "OR Admit") and d.admit_level == "icu", d


def test_a_gcs_of_13_after_an_assault_is_not_forecast_home(reason: Reason) -> None:
    """NICE NG232 (2023) 1.4.7 and 1.9.1: a GCS below 15 after a head injury is a CT
    head and observation until the GCS is 15; a patient whose GCS has not returned to
    15 after imaging is kept in, whatever the imaging shows."""
    out = reason(
        make_case(
            "assault",
            age=27,
            sex="M",
            vitals=vitals(92, 142, 86, 18, 98),
            one_liner="27M punched in the head outside a bar an hour ago, GCS 13, "
            "vomited twice",
        )
    )
    assert O.ordered(out, "ct head"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_slipped_epiphysis_gets_no_abuse_bloods(reason: Reason) -> None:
    """AAOS / BSCOS: an overweight adolescent's limp with knee pain and lost internal
    rotation of the hip is a slipped capital femoral epiphysis: hip films, no weight
    bearing, orthopaedics. With no injury and no concern (AAP 2015: the abuse work-up
    follows a sentinel injury or an unsuitable explanation) there are no abuse
    bloods."""
    out = reason(
        make_case(
            "knee pain",
            age=14,
            sex="M",
            vitals=vitals(86, 122, 74, 16, 99),
            one_liner="14M overweight, limping with right knee pain for a month, "
            "reduced internal rotation of the right hip",
        )
    )
    assert O.ordered(out, "hips"), O.order_names(out)
    assert not O.ordered(out, "von willebrand", "skeletal survey"), O.order_names(out)
