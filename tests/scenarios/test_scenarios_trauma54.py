"""trauma54 (session 54): a lytic for a stopped DOAC, cold feet, a wrist, a chest wound.

Written from the sources named in each docstring, never from rows of the shared data:
- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (3.5: the last DOAC dose
  decides); Strbian D et al. ESO 2023 basilar artery occlusion; ICD-10-CM FY2024 I63;
- Imray CHE et al. J R Army Med Corps 2011 and Heil K et al. Br Med Bull 2016
  (non-freezing cold injury); McIntosh SE et al. WMS 2019 (frostbite);
- Posner K et al. Am J Psychiatry 2011 (C-SSRS); NICE NG225 2022 self-harm;
- Herzberg G et al. J Hand Surg Am 1993; Stanbury SJ, Elfar JC. JAAOS 2011
  (perilunate dislocation); ACS ATLS 10th ed. 2018 ch. 4 (open pneumothorax, blunt
  aortic injury); Fox N et al. EAST 2015 (blunt traumatic aortic injury);
- Kreppel D et al. Neurosurg Rev 2003 (spinal epidural haematoma); Tomaselli GF et
  al. ACC 2020 ECDP; Horlocker TT et al. ASRA 2018;
- Workowski KA et al. CDC STI 2021 (sexual assault); ICD-10-CM FY2024 I.C.19.f;
- NICE NG217 2022 (an established diagnosis of dissociative seizures).

Each target scenario failed on main (bd85a5fa) before its fix; each guard passes on
both. One reasoner run per test.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_a_basilar_occlusion_off_anticoagulation_keeps_its_lytic(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.5: a DOAC stopped two months ago does not contraindicate IV
    lysis; the "2 h ago" beside "off anticoagulation" dates the stroke, not a dose.
    The embolic basilar occlusion on the CTA is coded by its mechanism (I63.12)."""
    out = reason(
        make_case(
            "dizzy double vision",
            age=74,
            sex="M",
            vitals=vitals(112, 176, 94, 18, 95),
            one_liner="74M AF off anticoagulation, sudden vertigo, double vision and "
            "slurred speech 2 h ago, now drowsy",
            ed_note="Known atrial fibrillation, stopped apixaban 2 months ago. "
            "Sudden vertigo, double vision and slurred speech; drowsy now, GCS 12. "
            "Dysarthria, skew deviation, left arm and leg weak 2/5. CT head: no "
            "haemorrhage. CT angiogram: occlusion of the mid basilar artery by "
            "embolus, likely cardioembolic from AF.",
        )
    )
    assert O.medication_ordered(out, "alteplase", "tenecteplase"), (
        O.order_names(out),
        O.blocked_names(out),
    )
    assert out.final.icd10 == "I63.12", (out.final.icd10, O.working(out))


def test_guard_a_doac_taken_this_morning_still_blocks_the_lytic(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.5: a DOAC dose within 48 h contraindicates IV lysis."""
    out = reason(
        make_case(
            "weakness",
            age=71,
            sex="F",
            vitals=vitals(88, 168, 92, 16, 97),
            one_liner="71F sudden right arm and leg weakness and slurred speech 1 h "
            "ago, on apixaban for AF, last dose this morning",
            ed_note="Right face, arm and leg weakness, dysarthria, NIHSS 9. CT head: "
            "no haemorrhage.",
        )
    )
    assert not O.medication_ordered(out, "alteplase", "tenecteplase"), O.order_names(
        out
    )


def test_no_flow_in_the_basilar_artery_is_coded_to_the_basilar_artery(
    reason: Reason,
) -> None:
    """ESO 2023; ICD-10-CM FY2024 I63.22: an occlusion of the basilar artery on the
    CT angiogram is the posterior circulation's infarct, coded to the basilar artery
    when the mechanism is not stated."""
    out = reason(
        make_case(
            "collapse",
            age=63,
            sex="F",
            vitals=vitals(76, 168, 88, 16, 96),
            one_liner="63F sudden dizziness then could not move her right side, "
            "speech slurred",
            ed_note="Today at 14:00 sudden severe vertigo, vomiting, diplopia, then "
            "weakness of the right arm and leg and slurred speech. GCS 14. "
            "Dysarthria, right hemiparesis 3/5. CT head: no bleed. CTA: no flow in "
            "the distal basilar artery.",
        )
    )
    assert out.final.icd10 == "I63.22", (out.final.icd10, O.working(out))
    assert O.dispo(out) != "Discharge"


def test_feet_wet_in_boots_for_days_are_a_non_freezing_cold_injury(
    reason: Reason,
) -> None:
    """Imray 2011; Heil 2016: days of cold, wet feet, numb and white then red, hot
    and painful, are a non-freezing cold injury: warmed slowly in room air, never by
    rapid water-bath rewarming (frostbite's), and the shelter addressed."""
    out = reason(
        make_case(
            "foot pain",
            age=52,
            sex="M",
            vitals=vitals(92, 132, 80, 16, 97, 36.4),
            one_liner="52M sleeping rough, both feet painful and swollen after days in "
            "wet boots",
            ed_note="Has worn the same wet socks and boots for about 6 days; nights "
            "cold and wet but not below freezing. Feet were numb, white and cold; "
            "now red, hot, swollen and burning. No blisters, no black tissue, "
            "pulses present.",
        )
    )
    assert out.final.icd10 == "T69.029A", (out.final.icd10, O.working(out))
    assert not O.ordered(out, "rapid rewarming"), O.order_names(out)
    assert O.ordered(out, "dry footwear|warm, dry place"), O.order_names(out)


def test_both_feet_numb_after_days_in_wet_boots_is_no_haemorrhage(
    reason: Reason,
) -> None:
    """Imray 2011: both feet numb and pale after 4 days in wet wellingtons is a cold
    injury of both feet; numbness of both feet is no hemisphere's territory (AHA/ASA
    2019 BE-FAST), so no intracerebral haemorrhage is worked."""
    out = reason(
        make_case(
            "both feet numb",
            age=23,
            sex="F",
            vitals=vitals(84, 118, 72, 14, 99, 36.7),
            one_liner="23F after 4 days at a muddy festival in wellingtons, feet numb "
            "and pale",
            ed_note="Feet wet in wellington boots the whole time, air temperature 6-10 "
            "C. Feet pale, wrinkled, cold and numb. Pulses palpable, no blisters.",
        )
    )
    assert "haemorrhage" not in O.working(out) and "hemorrhage" not in O.working(out)
    assert out.final.icd10 == "T69.029A", (out.final.icd10, O.working(out))


def test_fingers_frozen_hard_with_haemorrhagic_blisters_are_deep_frostbite(
    reason: Reason,
) -> None:
    """McIntosh SE et al. WMS 2019: fingers frozen hard after a night at -15 C, with
    haemorrhagic blisters once thawed, are deep frostbite: the frostbite centre for
    imaging and iloprost or thrombolysis within 24 h, not a limb pain sent home."""
    out = reason(
        make_case(
            "cold fingers",
            age=41,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 98, 36.1),
            one_liner="41M climber, fingers numb after a night out on the mountain",
            ed_note="Bivouacked at minus 15 C last night. Fingers of both hands were "
            "white and frozen hard; thawed in the car 6 hours ago. Now grey-blue "
            "fingertips with haemorrhagic blisters on three fingers.",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, "iloprost|thrombolysis"), O.order_names(out)


def test_a_rope_bought_and_belongings_given_away_is_a_suicide_plan(
    reason: Reason,
) -> None:
    """C-SSRS (Posner 2011): gathering the means and giving belongings away are
    preparatory acts, suicidal behaviour; NICE NG225 2022: a psychosocial
    assessment before leaving, a safe place meanwhile."""
    out = reason(
        make_case(
            "fall",
            age=72,
            sex="M",
            vitals=vitals(78, 138, 84, 14, 98),
            one_liner="72M fall at home, grazed hand",
            ed_note="Tripped on his step, grazed his right palm; no head injury. "
            "Widowed 3 months ago. Tells the nurse quietly he has been giving his "
            "things away and has bought a rope. Lives alone.",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, "psychiatr|mental health"), O.order_names(out)


def test_a_spilled_teacup_lunate_is_a_perilunate_dislocation_reduced_today(
    reason: Reason,
) -> None:
    """Herzberg 1993; Stanbury & Elfar 2011: a lunate tipped out of the radius on the
    lateral film after a fall on the outstretched hand, with median paraesthesiae, is
    reduced today by orthopaedics, the median nerve checked; not a sprain home."""
    out = reason(
        make_case(
            "wrist injury",
            age=24,
            sex="M",
            vitals=vitals(90, 134, 82, 16, 99),
            one_liner="24M came off motorbike onto an outstretched hand, wrist swollen",
            ed_note="Fell onto the outstretched right hand. Tingling in the thumb, "
            "index and middle finger. X-ray: lateral shows the lunate tipped volarly "
            "('spilled teacup'), perilunate dislocation.",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, "reduction"), O.order_names(out)
    assert O.ordered(out, "median nerve"), O.order_names(out)


def test_a_chest_wound_that_sucks_and_bubbles_gets_a_vented_dressing(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4: an open pneumothorax is covered at once with a vented
    (three-sided) dressing, the drain through a separate site."""
    out = reason(
        make_case(
            "stab wound",
            age=27,
            sex="M",
            vitals=vitals(118, 112, 70, 30, 90),
            one_liner="27M stabbed in the right chest 15 minutes ago",
            ed_note="3 cm wound at the 5th intercostal space mid-axillary line that "
            "sucks and bubbles with breathing. Reduced breath sounds on the right.",
        )
    )
    assert O.ordered(out, "vented|three-sided"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_a_widened_mediastinum_after_a_head_on_collision_is_an_aortic_injury(
    reason: Reason,
) -> None:
    """ATLS ch. 4; EAST 2015: a widened mediastinum after a deceleration injury is a
    blunt aortic injury until CT angiography excludes it; a deformed steering wheel is
    the mechanism's energy, no limb to splint."""
    out = reason(
        make_case(
            "chest pain",
            age=40,
            sex="M",
            vitals=vitals(112, 104, 62, 22, 95),
            one_liner="40M driver in a head-on collision at about 100 km/h, chest pain",
            ed_note="Restrained driver, steering wheel deformed. Central chest and "
            "interscapular pain. Chest film: widened mediastinum, loss of the aortic "
            "knob.",
        )
    )
    assert "aorta" in O.working(out) or "aortic" in O.working(out), O.working(out)
    assert O.ordered(out, "ct angiograph"), O.order_names(out)
    assert not O.ordered(out, "splint"), O.order_names(out)


def test_an_anticoagulated_acute_myelopathy_is_reversed_and_gets_no_lp(
    reason: Reason,
) -> None:
    """Kreppel 2003; ACC 2020 ECDP; ASRA 2018: sudden interscapular pain, then weak
    numb legs with a sensory level on apixaban is a spinal epidural haematoma first:
    the reversal is ready for the MRI, and no lumbar puncture while anticoagulated."""
    out = reason(
        make_case(
            "back pain",
            age=68,
            sex="F",
            vitals=vitals(92, 152, 88, 18, 97),
            one_liner="68F on apixaban, sudden severe upper back pain then legs weak "
            "and numb",
            ed_note="Takes apixaban for AF. Sudden severe pain between the shoulder "
            "blades; within 2 hours both legs weak and numb, cannot pass urine. Legs "
            "2/5, sensory level at T8, bladder 800 mL on scan.",
        )
    )
    assert O.ordered(out, "andexanet|pcc|reverse"), O.order_names(out)
    assert not O.ordered(out, "lumbar puncture"), O.order_names(out)


def test_a_disclosed_rape_is_the_working_diagnosis_not_a_contusion(
    reason: Reason,
) -> None:
    """CDC STI 2021; ICD-10-CM FY2024 I.C.19.f: a disclosed sexual assault is the
    visit's work (forensic examination, emergency contraception, PEP, safety) and is
    sequenced before its bruises."""
    out = reason(
        make_case(
            "assault",
            age=23,
            sex="F",
            vitals=vitals(96, 124, 78, 16, 99),
            one_liner="23F says she was raped last night",
            ed_note="Says a man had vaginal intercourse with her without consent about "
            "14 hours ago; no condom. Bruises on both inner thighs and the left wrist.",
        )
    )
    assert "sexual" in O.working(out), O.working(out)
    assert O.ordered(out, "forensic"), O.order_names(out)


def test_known_dissociative_seizures_diagnosed_last_year_are_not_anaesthetic_toxicity(
    reason: Reason,
) -> None:
    """NICE NG217 2022: "diagnosed ... last year" states no local anaesthetic systemic
    toxicity ("LAST" is its acronym, in capitals); no lipid emulsion or ICU care."""
    out = reason(
        make_case(
            "seizure",
            age=26,
            sex="F",
            vitals=vitals(96, 122, 76, 18, 99),
            one_liner="26F known dissociative seizures, shaking for 10 minutes",
            ed_note="Diagnosed with dissociative (non-epileptic) seizures on video-EEG "
            "by neurology last year; not on antiepileptics. Now alert and oriented, "
            "glucose 5.6.",
        )
    )
    assert "anesthetic" not in O.disposition(out).rationale.lower()
    assert not O.ordered(out, "lipid emulsion"), O.order_names(out)


def test_a_knee_hot_red_and_swollen_with_fever_is_septic_not_cellulitis(
    reason: Reason,
) -> None:
    """BSR/BOA 2006 (Coakley G et al.): a febrile hot swollen joint is septic until
    aspirated; "knee hot, red and swollen" names the joint's heat and redness, not a
    cellulitis; the replaced knee on the other side is not this joint."""
    out = reason(
        make_case(
            "knee swelling",
            age=71,
            sex="F",
            vitals=vitals(104, 128, 72, 18, 96, 38.6),
            one_liner="71F hot swollen left knee for 2 days, fever, cannot bear weight",
            ed_note="Left knee hot, red and swollen 2 days, cannot bear weight, fevers "
            "and rigors. She had her right knee replaced in 2019 and that knee is "
            "fine. Left knee effusion, painful on any passive movement.",
        )
    )
    assert "arthritis" in O.working(out), O.working(out)
    assert O.ordered(out, "arthrocentesis|aspirat"), O.order_names(out)


def test_a_typical_event_of_known_dissociative_seizures_gets_no_first_seizure_ct(
    reason: Reason,
) -> None:
    """NICE NG217 2022; LaFrance WC et al. ILAE 2013: an event typical of dissociative
    seizures diagnosed on video-EEG follows the care plan: no CT head or first-seizure
    clinic, no escalating antiseizure medicine, home once recovered."""
    out = reason(
        make_case(
            "seizure",
            age=26,
            sex="F",
            vitals=vitals(96, 122, 76, 18, 99),
            one_liner="26F known dissociative seizures, shaking for 10 minutes",
            ed_note="Dissociative seizures diagnosed on video-EEG by neurology; not on "
            "antiepileptics. Side-to-side head shaking with eyes tightly shut, talking "
            "within a minute after. Now alert and oriented, glucose 5.6.",
        )
    )
    assert not O.ordered(out, r"\bct head\b"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_guard_known_dissociative_seizures_convulsing_and_hypoxic_are_not_sent_home(
    reason: Reason,
) -> None:
    """NICE NG217 2022: a fifth have epilepsy too; a convulsion still going on with a
    low saturation is treated as status epilepticus whatever the history."""
    out = reason(
        make_case(
            "seizure",
            age=30,
            sex="F",
            vitals=vitals(134, 150, 90, 26, 86),
            one_liner="30F with non-epileptic attack disorder, convulsing for 20 "
            "minutes, still fitting on arrival",
            ed_note="Generalised tonic-clonic movements continuing, cyanosed, "
            "SpO2 86 %.",
        )
    )
    assert O.dispo(out) != "Discharge"


def test_pain_that_began_while_playing_is_no_injury_mechanism(reason: Reason) -> None:
    """ATLS 10th ed. ch. 5: an abdominal injury needs a force; "pain while playing"
    dates the onset. A child's ovarian torsion on the ultrasound gets no eFAST, trauma
    CT or trauma surgeon (peds54's request; ACOG CO 783 2019)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=12,
            sex="F",
            vitals=vitals(118, 112, 70, 20, 99, 37.2),
            one_liner="12yo sudden severe right lower tummy pain with vomiting 3 hours "
            "ago",
            ed_note="Pre-menarchal. Sudden onset severe right iliac fossa pain while "
            "playing, came in waves, vomited three times. Tender right iliac fossa, "
            "no peritonism. Ultrasound: enlarged right ovary 6 cm with peripheral "
            "follicles and reduced flow.",
        )
    )
    assert not O.ordered(out, "efast", "trauma surg"), O.order_names(out)
    assert not O.proposes(out, "injury of intra-abdominal"), O.working(out)
