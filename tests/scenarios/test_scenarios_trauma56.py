"""trauma56 (session 56): neurogenic shock, a cerebellar bleed, a knee, an ankylosed
neck, a face wound with a low GCS, a wound's site, altitude, apoplexy, smoke.

Written from the sources named in each docstring, never from rows of the shared data:
- ACS ATLS 10th ed. 2018 ch. 3, 6, 7, 8, 9; Walters BC et al. AANS/CNS 2013 acute
  cervical spine and spinal cord injuries; Spahn DR et al. European guideline on the
  management of major bleeding after trauma, 5th ed. Crit Care 2019;23:98 (rec. 10);
  Todd NV. Priapism in acute spinal cord injury. Spinal Cord 2011;49:1033;
  Bivalacqua TJ et al. AUA/SMSNA priapism 2022;
- Greenberg SM et al. AHA/ASA 2022 spontaneous ICH (6.2 cerebellar haemorrhage);
  Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (3.7.2-3.7.3); Nogueira RG et
  al. DAWN and Albers GW et al. DEFUSE 3, NEJM 2018;
- Medina O et al. Clin Orthop Relat Res 2014;472:2621 (knee dislocation); Roberts ME
  et al. BTS pleural disease 2023; Erbel R et al. ESC 2014 aortic diseases (spinal
  cord malperfusion); Isselbacher EM et al. ACC/AHA 2022 aortic disease;
- NICE NG232 2023 head injury (1.4.7); Kelly CA et al. Emerg Med J 2004;21:158 (AVPU
  and GCS); ICD-10-CM FY2024 index (wound, open, unspecified site: T14.8) and Official
  Guidelines I.C.19.b;
- NICE NG41 2016 spinal injury; Westerveld LA et al. Eur Spine J 2009;18:145
  (fractures of the ankylosed spine); Stiell IG et al. JAMA 2001 (Canadian C-spine
  rule: known vertebral disease excluded);
- Luks AM et al. WMS acute altitude illness 2019 (Wilderness Environ Med 2019;30:S3);
  Rajasekaran S et al. UK pituitary apoplexy guidelines, Clin Endocrinol 2011;74:9;
  American Burn Association ABLS 2018 (inhalation injury).

Targets: 16 (each failed on main e8bc0d7e before its fix); guards: 9 (passing on both).
One reasoner run per test.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_PERMISSIVE = r"permissive hypotension \(SBP 80-90\)"


def test_a_divers_neurogenic_shock_after_a_negative_efast_is_not_bled(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 7; AANS/CNS 2013: tetraplegia after a dive with HR 48 and SBP
    78, warm feet and a negative eFAST is neurogenic shock: volume then a vasopressor
    for MAP 85-90, no tranexamic acid and no permissive hypotension (Spahn 2019:
    contraindicated with a spinal injury); the priapism of a cord injury is its sign,
    not an ischaemic priapism for aspiration and phenylephrine (Todd 2011)."""
    out = reason(
        make_case(
            "DIVING INJURY",
            age=19,
            sex="M",
            vitals=vitals(48, 78, 42, 20, 96, 36.3),
            one_liner="19M dove into the shallow end of a pool, cannot move his arms "
            "or legs",
            ed_note="Hit his head on the pool floor. Flaccid tetraplegia, sensory "
            "level at the clavicles, priapism, abdominal breathing. Warm peripheries. "
            "eFAST negative.",
        )
    )
    assert not O.medication_ordered(out, "tranexamic"), O.order_names(out)
    assert not O.ordered(out, _PERMISSIVE), O.order_names(out)
    assert not O.ordered(out, "phenylephrine", "corporal aspiration"), O.order_names(
        out
    )
    assert O.medication_ordered(out, "norepinephrine", "noradrenaline"), O.order_names(
        out
    )


def test_a_cord_injury_in_shock_before_the_efast_has_no_permissive_hypotension(
    reason: Reason,
) -> None:
    """Spahn 2019 rec. 10; AANS/CNS 2013: before bleeding is excluded, an injured
    patient in shock is worked up for haemorrhage (tranexamic acid, eFAST), but a
    spinal cord injury's pressure is not held low: the cord needs MAP 85-90."""
    out = reason(
        make_case(
            "DIVING INJURY",
            age=19,
            sex="M",
            vitals=vitals(48, 78, 42, 20, 96, 36.3),
            one_liner="19M dove into the shallow end of a pool, cannot move his arms "
            "or legs",
            ed_note="Hit his head on the pool floor. Flaccid tetraplegia, sensory "
            "level at the clavicles, abdominal breathing.",
        )
    )
    assert O.medication_ordered(out, "tranexamic"), O.order_names(out)
    assert not O.ordered(out, _PERMISSIVE), O.order_names(out)
    assert O.ordered(out, r"MAP kept at 85-90"), O.order_names(out)


def test_guard_a_cord_injury_with_free_fluid_on_the_efast_is_still_bled(
    reason: Reason,
) -> None:
    """Guard. ATLS 10th ed. ch. 7: a cord injury does not explain away bleeding: the
    same diver at HR 48 and SBP 78 with free fluid on the eFAST gets the haemorrhage
    bundle (tranexamic acid)."""
    out = reason(
        make_case(
            "DIVING INJURY",
            age=19,
            sex="M",
            vitals=vitals(48, 78, 42, 20, 96, 36.3),
            one_liner="19M dove into the shallow end of a pool, cannot move his arms "
            "or legs",
            ed_note="Hit his head on the pool floor. Flaccid tetraplegia, sensory "
            "level at the clavicles, abdominal breathing. eFAST positive: free fluid "
            "in Morison's pouch.",
        )
    )
    assert O.medication_ordered(out, "tranexamic"), O.order_names(out)


def test_guard_a_sickle_cell_priapism_is_still_aspirated(reason: Reason) -> None:
    """Guard. AUA/SMSNA 2022: an ischaemic priapism of sickle cell disease beyond 4 h
    is aspirated with intracavernosal phenylephrine; no injury, no cord."""
    out = reason(
        make_case(
            "PENILE PAIN",
            age=22,
            sex="M",
            vitals=vitals(104, 132, 80, 18, 98, 37.0),
            one_liner="22M with sickle cell disease, painful erection for 6 hours",
        )
    )
    assert O.ordered(out, "corporal aspiration", "phenylephrine"), O.order_names(out)


def test_a_measured_cerebellar_haemorrhage_on_ct_goes_to_the_neurosurgeon(
    reason: Reason,
) -> None:
    """AHA/ASA 2022 ICH 6.2: a cerebellar haemorrhage written with its diameter ("3.5
    cm left cerebellar haemorrhage") is the haemorrhage on CT: neurosurgery for
    evacuation with a falling GCS or hydrocephalus, no hypertensive emergency as the
    working label."""
    out = reason(
        make_case(
            "VERTIGO",
            age=69,
            sex="F",
            vitals=vitals(88, 204, 108, 18, 96),
            one_liner="69F sudden vertigo, vomiting and headache, cannot stand",
            ed_note="Sudden occipital headache, vertigo and vomiting 90 min ago, now "
            "drowsy, GCS 13. CT head: 3.5 cm left cerebellar haemorrhage compressing "
            "the fourth ventricle with early hydrocephalus.",
        )
    )
    assert "hemorrhage" in O.working(out) and "hypertensive" not in O.working(out), (
        O.working(out)
    )
    assert O.ordered(out, r"^neurosurg"), O.order_names(out)


def test_a_large_knee_effusion_is_no_pleural_effusion_and_the_lax_knee_a_dislocation(
    reason: Reason,
) -> None:
    """Medina 2014; ATLS 10th ed. ch. 8: "large effusion" written in a knee's
    examination is the joint's (no pleural tap: BTS 2023 is about the chest), and a
    knee unstable to varus and valgus after it 'went out and back' is a dislocation
    that reduced itself: worked as one, not as a sprain."""
    out = reason(
        make_case(
            "KNEE INJURY",
            age=31,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 99),
            one_liner="31M footballer, knee twisted and popped out then back in",
            ed_note="Tackled with the knee hyperextended. Large effusion, grossly "
            "unstable to varus and valgus stress, pedal pulses present.",
        )
    )
    assert not O.ordered(out, "pleural"), O.order_names(out)
    assert "dislocation" in O.working(out), O.working(out)


def test_guard_a_large_effusion_on_the_chest_film_stays_pleural(
    reason: Reason,
) -> None:
    """Guard. BTS 2023: a breathless patient with a large effusion on the chest film
    has the pleural work-up."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=71,
            sex="F",
            vitals=vitals(102, 138, 80, 24, 92),
            one_liner="71F breathless for two weeks, stony dull right base",
            ed_note="Known breast cancer. Stony dull to percussion right base. CXR: "
            "large effusion on the right.",
        )
    )
    assert O.ordered(out, "pleural"), O.order_names(out)


def test_paraplegia_after_a_tearing_pain_is_a_dissection_not_a_myelopathy(
    reason: Reason,
) -> None:
    """ESC 2014 aortic diseases; ACC/AHA 2022: a tearing back pain, then weak numb
    legs with a sensory level and a weaker femoral pulse, is an aortic dissection with
    spinal cord malperfusion: the dissection leads, with no antithrombotic."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=66,
            sex="F",
            vitals=vitals(96, 178, 98, 20, 97),
            one_liner="66F sudden tearing pain between the shoulder blades then both "
            "legs went numb",
            ed_note="Hypertensive. 40 min ago sudden tearing interscapular pain; "
            "within minutes both legs weak and numb. Power 1/5 both legs, sensory "
            "level T9, left femoral pulse weaker than the right.",
        )
    )
    assert "dissection" in O.working(out), O.working(out)
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC), O.order_names(out)


def test_guard_a_sensory_level_without_pain_or_pulse_deficit_stays_a_myelopathy(
    reason: Reason,
) -> None:
    """Guard. Transverse Myelitis Consortium 2002: numbness rising to the umbilicus
    over two days with weak legs and retention, no pain, no injury: a myelopathy."""
    out = reason(
        make_case(
            "LEG WEAKNESS",
            age=34,
            sex="F",
            vitals=vitals(80, 124, 76, 16, 99),
            one_liner="34F two days of numbness rising up to her belly button, legs "
            "weak",
            ed_note="Sensory level at T10, power 3/5 both legs, urinary retention. "
            "No back pain, no injury, no fever. Pulses equal.",
        )
    )
    assert "myelopathy" in O.working(out), O.working(out)


def test_a_wake_up_m1_occlusion_gets_its_thrombectomy_ordered(reason: Reason) -> None:
    """AHA/ASA 2019 3.7.2-3.7.3; DAWN, DEFUSE 3: a large-vessel occlusion found on the
    CTA 7 h after last known well is a thrombectomy candidate to 24 h (selected by
    perfusion imaging): the thrombectomy is ordered; the lytic is not given by the
    clock (AHA/ASA 2019 3.5.1)."""
    out = reason(
        make_case(
            "STROKE ALERT",
            age=58,
            sex="F",
            vitals=vitals(84, 172, 92, 16, 97),
            one_liner="58F woke with left-sided weakness and a facial droop, well at "
            "bedtime",
            ed_note="Last known well 23:30, found at 06:30. NIHSS 16, left "
            "hemiparesis, facial droop, neglect. Not anticoagulated. Non-contrast CT: "
            "no haemorrhage. CTA: right M1 occlusion.",
        )
    )
    assert O.ordered(out, "thrombectomy of the large-vessel"), O.order_names(out)
    assert not O.medication_ordered(out, *O.LYTIC), O.order_names(out)


def test_guard_a_lacunar_stroke_without_an_occlusion_has_no_thrombectomy_order(
    reason: Reason,
) -> None:
    """Guard. AHA/ASA 2019 3.7.2: thrombectomy is for a large-vessel occlusion; a pure
    motor stroke with a negative CT and no occlusion named gets none."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=72,
            sex="M",
            vitals=vitals(78, 168, 90, 16, 97),
            one_liner="72M right arm and leg weak since 1 hour",
            ed_note="Sudden right arm and leg weakness 1 h ago, face spared, speech "
            "normal. Non-contrast CT head: no haemorrhage.",
        )
    )
    assert not O.ordered(out, "thrombectomy of the large-vessel"), O.order_names(out)


def _ktas_case(complaint: str, mental: str, case_id: str) -> object:
    block = (
        "Triage Vital Signs: BP: 132/80 | HR: 86 | RR: 18 | Temp: 36.6 °C | SpO2: 97%"
        f" | Mental: {mental} | Injury: yes"
    )
    return make_case(
        complaint,
        age=48,
        sex="M",
        vitals={**vitals(86, 132, 80, 18, 97, 36.6), "raw": block},
        triage_scale="KTAS",
        case_id=case_id,
        arrival={"mode": "walk-in"},
    )


def test_a_face_wound_responding_to_voice_only_is_a_head_injury_for_ct(
    reason: Reason,
) -> None:
    """NICE NG232 2023 1.4.7; ATLS 10th ed. ch. 6: a face split by a blow or fall in a
    patient who responds to voice only (AVPU V, about GCS 13: Kelly 2004) has a head
    injury with a GCS below 15: the GCS followed and a CT head within 1 h by NICE's
    thresholds, not a wound repair alone."""
    out = reason(_ktas_case("face laceration", "verbal response", "t56-face-v"))
    assert O.ordered(out, r"ct head"), O.order_names(out)


def test_guard_an_alert_face_laceration_has_no_ct_head(reason: Reason) -> None:
    """Guard. NICE NG232: a superficial facial injury with a normal level of
    consciousness is no head injury for a CT."""
    out = reason(_ktas_case("face laceration", "alert", "t56-face-a"))
    assert not O.ordered(out, r"ct head"), O.order_names(out)


def test_an_open_wound_with_no_site_is_coded_to_an_unspecified_region(
    reason: Reason,
) -> None:
    """ICD-10-CM index (wound, open: T14.8) and I.C.19.b: an open wound whose site
    nobody wrote is coded to the unspecified body region, not to the hand."""
    out = reason(_ktas_case("Open Wound", "alert", "t56-open"))
    assert (out.final.icd10 or "").startswith("T14.8"), out.final.icd10


def test_a_scalp_lac_at_triage_is_coded_to_the_scalp(reason: Reason) -> None:
    """ICD-10-CM I.C.19.b: "scalp lac." names its site: S01.01XA, a final code."""
    out = reason(_ktas_case("scalp lac.", "alert", "t56-scalp"))
    assert out.final.icd10 == "S01.01XA", out.final.icd10


def test_guard_a_hand_laceration_keeps_the_hand_code(reason: Reason) -> None:
    """Guard. ICD-10-CM I.C.19.b: a hand wound is coded to the hand (S61.4-)."""
    out = reason(_ktas_case("hand laceration", "alert", "t56-hand"))
    assert (out.final.icd10 or "").startswith("S61.4"), out.final.icd10


def test_neck_pain_after_a_fall_in_ankylosing_spondylitis_is_a_fracture_until_imaged(
    reason: Reason,
) -> None:
    """NICE NG41 2016; Westerveld 2009; Stiell 2001 (the Canadian rule excluded known
    vertebral disease): new neck pain after a fall from standing in ankylosing
    spondylitis is a fracture until imaging shows otherwise, held in the patient's
    own posture (no rigid collar forcing the neck straight), MRI after a negative
    CT; not a neck strain."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=71,
            sex="M",
            vitals=vitals(80, 146, 82, 16, 97),
            one_liner="71M with ankylosing spondylitis tripped and fell, new neck pain",
            ed_note="Ankylosing spondylitis for 40 years, fixed stooped neck. Tripped "
            "on a kerb, fell forwards onto his face, no LOC. New severe neck pain. "
            "Neurologically intact.",
        )
    )
    assert "fracture" in O.working(out), O.working(out)
    assert O.ordered(out, "own pre-injury posture"), O.order_names(out)
    assert not O.ordered(out, r"^cervical collar"), O.order_names(out)


def test_guard_a_low_risk_neck_strain_stays_a_strain(reason: Reason) -> None:
    """Guard. Canadian C-spine rule (Stiell 2001): a 28-year-old rear-ended at low
    speed, sitting in the ED, delayed neck pain, no midline tenderness: a strain."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=28,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            one_liner="28F rear-ended at a junction, neck stiff this morning",
            ed_note="Simple rear-end collision at low speed yesterday, walked away, "
            "neck stiffness started this morning. No midline tenderness, rotates 45 "
            "degrees each way, neurologically intact.",
        )
    )
    assert "strain" in O.working(out), O.working(out)


def test_breathless_at_a_2900_m_resort_is_altitude_illness_with_descent(
    reason: Reason,
) -> None:
    """Luks AM et al. WMS 2019: breathlessness at rest, cough and hypoxaemia two days
    after arriving at 2,900 m is high-altitude pulmonary oedema: oxygen and descent
    (or a portable hyperbaric chamber), not a pneumonia."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=47,
            sex="F",
            vitals=vitals(116, 128, 80, 28, 76, 37.4),
            one_liner="47F snowboarder breathless at rest, pink frothy sputum",
            ed_note="Resort medical centre at 3,100 m. Flew in from sea level 2 days "
            "ago. Cough, breathless on minimal exertion then at rest, crackles at "
            "both bases.",
        )
    )
    assert "altitude" in O.working(out), O.working(out)
    assert O.ordered(out, "descend"), O.order_names(out)


def test_a_haemorrhagic_pituitary_macroadenoma_on_ct_is_the_apoplexy(
    reason: Reason,
) -> None:
    """Rajasekaran 2011: a sudden headache with a third nerve palsy and a haemorrhagic
    pituitary macroadenoma on CT is pituitary apoplexy (E23.6), its low sodium the
    apoplexy's: hydrocortisone now."""
    out = reason(
        make_case(
            "HEADACHE",
            age=52,
            sex="M",
            vitals=vitals(98, 96, 58, 18, 97),
            one_liner="52M thunderclap headache then double vision",
            ed_note="Sudden severe headache 4 h ago with vomiting, then diplopia. Left "
            "third nerve palsy, bitemporal field loss. Na 128. CT head: haemorrhagic "
            "pituitary macroadenoma.",
        )
    )
    assert out.final.icd10 == "E23.6", (out.final.icd10, out.final.diagnosis_name)
    assert O.medication_ordered(out, "hydrocortisone"), O.order_names(out)


def test_a_hoarse_voice_after_smoke_is_an_inhalation_injury(reason: Reason) -> None:
    """ABA ABLS 2018; ATLS 10th ed. ch. 9: a hoarse voice after a house fire is an
    airway sign of inhalation injury: the injury ruled in, the airway secured early."""
    out = reason(
        make_case(
            "SMOKE INHALATION",
            age=36,
            sex="F",
            vitals=vitals(104, 132, 80, 20, 96),
            one_liner="36F rescued from a house fire, voice hoarse",
            ed_note="Trapped in a smoke-filled bedroom for 10 min. Now hoarse voice, "
            "soot in the nostrils, no stridor. No skin burns.",
        )
    )
    ledger = {e.diagnosis.lower(): e.status for e in out.final.ledger}
    assert any(
        "inhalation" in name and status == "ruled_in" for name, status in ledger.items()
    ), ledger


def test_a_lip_laceration_lists_no_hand_or_lower_leg_wound(reason: Reason) -> None:
    """lead56's request; ICD-10-CM S01.5- and I.C.19.b: a wound the complaint puts on
    the lip is the face's: its differential holds no wound of the hand or the shin,
    and it is coded to the lip."""
    out = reason(_ktas_case("lip laceration", "alert", "t56-lip"))
    assert not O.proposes(out, "unspecified hand", "lower leg"), sorted(
        O.diagnoses_proposed(out)
    )
    assert out.final.icd10 == "S01.511A", out.final.icd10


def test_a_painful_hip_at_triage_has_its_symptom_code(reason: Reason) -> None:
    """lead56's request; ICD-10-CM M25.55- and Official Guidelines I.B.4: "hip joint
    pain" with no structure named is coded as the painful hip, not abstained."""
    out = reason(_ktas_case("Lt. hip joint pain", "alert", "t56-hip"))
    assert out.final.icd10 == "M25.559", out.final.icd10


def test_a_chronic_subdurals_mass_effect_gives_no_steroid_reason(
    reason: Reason,
) -> None:
    """Hutchinson PJ et al. Dex-CSDH, NEJM 2020: dexamethasone for a chronic subdural
    haematoma did harm; a haematoma's mass effect is evacuated. The admission reason
    names the neurosurgeon, not dexamethasone for vasogenic oedema."""
    out = reason(
        make_case(
            "CONFUSION",
            age=83,
            sex="F",
            vitals=vitals(78, 150, 82, 16, 97),
            one_liner="83F on aspirin, falls and new confusion for 3 weeks",
            ed_note="Several falls this month, headache and slowness. GCS 14. CT "
            "head: left chronic subdural haematoma 15 mm with 6 mm midline shift.",
        )
    )
    rationale = O.disposition(out).rationale.lower()
    assert "dexamethasone" not in rationale, rationale
    assert not O.medication_ordered(out, "dexamethasone"), O.order_names(out)


def test_guard_a_swollen_nose_still_meets_the_facial_swelling_complaint(
    reason: Reason,
) -> None:
    """Guard. The nose is part of the face (ICD-10-CM S01.2- within S01, the head's
    open wounds): a swollen nose is still worked as a facial swelling (cellulitis,
    dental abscess, angioedema: Tintinalli 9th ed.), not as nasal congestion."""
    out = reason(
        make_case(
            "Nasal swelling",
            age=88,
            sex="F",
            vitals=vitals(105, 124, 84, 16, 97, 36.9),
        )
    )
    assert O.proposes(out, "cellulitis"), sorted(O.diagnoses_proposed(out))
    assert out.final.icd10 != "R09.81", out.final.icd10
