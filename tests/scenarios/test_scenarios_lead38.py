"""lead38 (issue 10): presentations a physician's review found mishandled.

Written from the sources named in each docstring, never from rows of the shared data:

- Goldfrank's Toxicologic Emergencies 11th ed. ch. 56 and antidote A15; Wason S et al.
  JAMA 1981;246:1102 (isoniazid seizures and pyridoxine);
- Kardaun SH et al. RegiSCAR (Br J Dermatol 2013;169:1071); Shiohara T, Mizukawa Y.
  Allergol Int 2019;68:301 (DRESS);
- Riordan T. Clin Microbiol Rev 2007;20:622 (Lemierre syndrome);
- Brandt LJ et al. ACG 2015 colon ischaemia (Am J Gastroenterol 2015;110:18);
- Lamb CA et al. BSG 2019 IBD (Gut 2019;68:s1); Truelove SC, Witts LJ. BMJ 1955;
- Stanghellini V et al. Rome IV 2016; Ruberto AJ et al. Ann Emerg Med 2022;79:206
  (cannabinoid hyperemesis);
- CDC ACIP tetanus (Liang JL et al. MMWR 2018;67(RR-2)).

Each target scenario failed on main bd622d5 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_isoniazid_overdose_that_keeps_seizing_gets_pyridoxine(
    reason: Reason,
) -> None:
    """Goldfrank 11th ed. ch. 56: isoniazid seizures resist benzodiazepines and stop
    with pyridoxine, gram for gram (5 g when the amount is unknown); an ICU bed."""
    out = reason(
        make_case(
            "overdose",
            age=31,
            sex="F",
            vitals=vitals(128, 132, 80, 26, 94, 37.4),
            one_liner="31F swallowed her isoniazid supply, fitting",
            ed_note="31-year-old on isoniazid for latent TB swallowed the whole "
            "bottle, about 30 tablets, 90 minutes ago. Generalised tonic-clonic "
            "seizure continuing after lorazepam. Blood gas pH 7.05, lactate 12.",
        )
    )
    assert O.medication_ordered(out, "pyridoxine"), [o.name for o in O.orders(out)]
    assert O.proposes(out, "antimycobacterial"), sorted(O.diagnoses_proposed(out))
    assert O.disposition(out).disposition != "Discharge"


def test_a_seizure_with_missed_antiepileptics_gets_no_pyridoxine(
    reason: Reason,
) -> None:
    """Guard: a known epileptic who missed her levetiracetam and had one seizure took no
    isoniazid: no antidote for a poisoning that is not there."""
    out = reason(
        make_case(
            "seizure",
            age=29,
            sex="F",
            vitals=vitals(96, 128, 78, 16, 98, 36.9),
            one_liner="29F known epilepsy, missed doses, one seizure, now alert",
            ed_note="29-year-old with epilepsy on levetiracetam, ran out 3 days ago. "
            "One generalised seizure at home, now back to normal, GCS 15, no injury.",
        )
    )
    assert not O.medication_ordered(out, "pyridoxine")


def test_fever_rash_eosinophilia_after_a_new_anticonvulsant_is_dress(
    reason: Reason,
) -> None:
    """RegiSCAR (Kardaun 2013): a rash weeks after carbamazepine with fever, facial
    oedema, eosinophilia and a raised ALT is DRESS: stop the drug, a corticosteroid for
    the liver, dermatology, admission; not an antihistamine and home."""
    out = reason(
        make_case(
            "rash",
            age=36,
            sex="F",
            vitals=vitals(106, 118, 72, 18, 98, 38.5),
            one_liner="36F fever and rash, carbamazepine started 5 weeks ago",
            ed_note="36-year-old started carbamazepine 5 weeks ago for trigeminal "
            "neuralgia. Three days of fever and a spreading red rash over the trunk "
            "and limbs with a puffy face. Tender cervical lymph nodes. Eosinophils "
            "1.9 x10^9/L, ALT 260 U/L.",
        )
    )
    assert O.proposes(out, "eosinophilia"), sorted(O.diagnoses_proposed(out))
    assert O.ordered(out, "stop the culprit"), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "prednisolone", "methylprednisolone")
    assert O.disposition(out).disposition != "Discharge"


def test_hives_the_day_after_amoxicillin_is_not_dress(reason: Reason) -> None:
    """Guard (RegiSCAR: DRESS starts 2-8 weeks after the drug, with fever and organ
    involvement): itchy wheals a day into amoxicillin without fever are urticaria."""
    out = reason(
        make_case(
            "rash",
            age=28,
            sex="M",
            vitals=vitals(82, 126, 78, 14, 99, 36.8),
            one_liner="28M itchy hives a day after starting amoxicillin",
            ed_note="28-year-old started amoxicillin yesterday for a chest infection. "
            "Itchy raised wheals on the trunk since this morning. No fever, no lip or "
            "tongue swelling, no wheeze.",
        )
    )
    assert not O.proposes(out, "eosinophilia")


def test_sore_throat_then_neck_swelling_and_cavitating_nodules_is_lemierre(
    reason: Reason,
) -> None:
    """Riordan 2007: an oropharyngeal infection followed by a tender swollen neck and
    septic pulmonary emboli is Lemierre syndrome: anaerobic blood cultures, an
    anti-anaerobic IV regimen, CT of the neck, admission; not pharyngitis and home."""
    out = reason(
        make_case(
            "neck pain",
            age=17,
            sex="F",
            vitals=vitals(118, 108, 64, 22, 95, 39.1),
            one_liner="17F tonsillitis last week, now neck swelling, rigors, cough",
            ed_note="17-year-old had tonsillitis 6 days ago. Now rigors, a painful "
            "swollen left side of the neck and a cough with blood-streaked sputum. "
            "Chest x-ray: multiple cavitating nodules in both lungs.",
        )
    )
    assert O.proposes(out, "lemierre"), sorted(O.diagnoses_proposed(out))
    assert O.medication_ordered(out, "piperacillin", "metronidazole")
    assert O.ordered(out, "ct of the neck", "ct neck")
    assert O.disposition(out).disposition != "Discharge"


def test_thumbprinting_with_bloody_diarrhoea_in_an_older_adult_is_colon_ischaemia(
    reason: Reason,
) -> None:
    """ACG 2015 (Brandt): sudden crampy pain then bloody diarrhoea in an older adult
    with thumbprinting on CT is colon ischaemia: fluids, bowel rest, a surgeon; not
    haemorrhoids."""
    out = reason(
        make_case(
            "abdominal pain",
            age=81,
            sex="M",
            vitals=vitals(94, 138, 80, 18, 97, 37.2),
            one_liner="81M cramping left abdominal pain and bloody diarrhoea",
            ed_note="81-year-old with peripheral arterial disease. Cramping left-sided "
            "abdominal pain since last night, then three episodes of bloody "
            "diarrhoea. Left iliac fossa tender, soft. CT: thumbprinting of the "
            "sigmoid colon, no free gas.",
        )
    )
    assert O.proposes(out, "ischemia of large intestine"), sorted(
        O.diagnoses_proposed(out)
    )
    treatment = O.treatment(out)
    assert treatment is not None
    assert "hemorrhoid" not in (treatment.working_diagnosis or "").lower()
    assert O.ordered(out, "surgery", "surgical")


def test_a_severe_ulcerative_colitis_flare_gets_iv_steroid_and_no_antidiarrhoeal(
    reason: Reason,
) -> None:
    """BSG 2019 / Truelove and Witts: known ulcerative colitis with frequent bloody
    stools and a tachycardia is acute severe colitis: IV hydrocortisone, stool tests,
    gastroenterology and surgery; no loperamide or opioid."""
    out = reason(
        make_case(
            "rectal bleeding",
            age=27,
            sex="M",
            vitals=vitals(116, 112, 70, 18, 98, 38.2),
            one_liner="27M ulcerative colitis, 10 bloody stools a day",
            ed_note="27-year-old with ulcerative colitis on mesalazine. A week of "
            "worsening bloody diarrhoea, now 10 times a day with cramps. Abdomen "
            "tender, not distended. Hb 9.8.",
        )
    )
    assert O.medication_ordered(out, "hydrocortisone", "methylprednisolone"), [
        o.name for o in O.orders(out)
    ]
    assert not O.medication_ordered(out, "loperamide", "morphine", "codeine")
    assert O.disposition(out).disposition != "Discharge"


def test_heavy_cannabis_use_with_hot_shower_relief_is_cannabinoid_hyperemesis(
    reason: Reason,
) -> None:
    """Rome IV / HaVOC (Ruberto 2022): recurrent vomiting in a heavy cannabis user
    relieved by hot showers is cannabinoid hyperemesis: haloperidol or droperidol and
    capsaicin, no opioid, cessation advice."""
    out = reason(
        make_case(
            "vomiting",
            age=23,
            sex="F",
            vitals=vitals(92, 122, 74, 16, 99, 36.7),
            one_liner="23F another bout of vomiting, smokes cannabis every day",
            ed_note="23-year-old who smokes cannabis several times a day for 3 years. "
            "Fourth similar episode of recurrent vomiting; she spends hours in hot "
            "showers for relief. Abdomen soft and non-tender.",
        )
    )
    assert O.proposes(out, "cannabinoid hyperemesis"), sorted(O.diagnoses_proposed(out))
    assert O.medication_ordered(out, "haloperidol", "droperidol", "capsaicin")
    assert not O.medication_ordered(out, "morphine", "oxycodone", "hydromorphone")


def test_vomiting_without_cannabis_is_not_cannabinoid_hyperemesis(
    reason: Reason,
) -> None:
    """Guard (Rome IV needs prolonged cannabis use): a day of vomiting and diarrhoea
    after a family meal with no cannabis is gastroenteritis."""
    out = reason(
        make_case(
            "vomiting",
            age=34,
            sex="M",
            vitals=vitals(88, 124, 76, 16, 99, 37.4),
            one_liner="34M vomiting and diarrhoea since yesterday",
            ed_note="34-year-old, vomiting and watery diarrhoea since yesterday after "
            "a family meal; two relatives unwell too. Denies drug or cannabis use. "
            "Abdomen soft.",
        )
    )
    assert not O.proposes(out, "cannabinoid hyperemesis")


def test_a_vaccine_against_rabies_is_not_the_tetanus_history(reason: Reason) -> None:
    """CDC ACIP 2018: tetanus immune globulin is for a tetanus-prone wound with fewer
    than three tetanus doses; 'never vaccinated against rabies' says nothing about
    tetanus, and no wound was found."""
    out = reason(
        make_case(
            "animal bite",
            age=41,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99, 36.6),
            one_liner="41F bat flew into her face while camping, unsure if bitten",
            ed_note="41-year-old, a bat flew into her face in a tent last night; she "
            "is unsure whether she was bitten. No wound seen. Never vaccinated against "
            "rabies.",
        )
    )
    assert not O.medication_ordered(out, "tetanus immune globulin"), [
        o.name for o in O.medications(out)
    ]


def test_a_never_vaccinated_farmer_with_a_soil_wound_gets_tig(reason: Reason) -> None:
    """Guard (CDC ACIP 2018): a soil-contaminated laceration in a man never vaccinated
    against tetanus gets the vaccine and tetanus immune globulin."""
    out = reason(
        make_case(
            "laceration",
            age=58,
            sex="M",
            vitals=vitals(80, 136, 82, 14, 98, 36.8),
            one_liner="58M deep cut to the shin from a rake, soil in the wound",
            ed_note="58-year-old farmer cut his shin on a rake in the field; the wound "
            "is deep and contaminated with soil. He has never been vaccinated.",
        )
    )
    assert O.medication_ordered(out, "tetanus immune globulin"), [
        o.name for o in O.medications(out)
    ]


def test_an_encephalitis_with_a_focal_sign_is_not_admitted_as_a_stroke(
    reason: Reason,
) -> None:
    """Fernandes 2013 (stroke mimics); IDSA 2008: dysphasia with fever, a normal CT and
    a lymphocytic CSF is an encephalitis: aciclovir and admission, and the disposition
    does not call it an ischaemic stroke for the stroke unit."""
    out = reason(
        make_case(
            "confusion",
            age=52,
            sex="M",
            vitals=vitals(102, 134, 80, 18, 97, 38.7),
            one_liner="52M fever, confusion and muddled speech for 2 days",
            ed_note="52-year-old with 2 days of fever and headache, now confused with "
            "word-finding difficulty. CT head normal. Lumbar puncture: CSF white "
            "cells 90 (lymphocytes), protein 0.8 g/L, glucose normal.",
        )
    )
    assert O.medication_ordered(out, "aciclovir", "acyclovir")
    rationale = O.disposition(out).rationale.lower()
    assert "ischaemic stroke" not in rationale, rationale
    assert O.disposition(out).disposition != "Discharge"


def test_a_pleural_fluid_glucose_is_not_the_blood_glucose(reason: Reason) -> None:
    """BTS 2023 pleural infection: a low glucose and pH in a tapped parapneumonic
    effusion mark an empyema (drain, IV antibiotics with anaerobic cover); they are no
    hypoglycaemia to treat with dextrose."""
    out = reason(
        make_case(
            "shortness of breath",
            age=61,
            sex="F",
            vitals=vitals(104, 128, 78, 22, 94, 38.4),
            one_liner="61F pneumonia 2 weeks ago, still febrile, large effusion",
            ed_note="61-year-old treated for pneumonia two weeks ago, still febrile "
            "with left-sided pleuritic pain. Ultrasound: septated left effusion. "
            "Diagnostic tap: turbid fluid, pH 7.0, glucose 1.5 mmol/L.",
        )
    )
    assert not O.medication_ordered(out, "dextrose", "glucagon"), [
        o.name for o in O.medications(out)
    ]
    assert O.ordered(out, "chest drain"), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_a_blood_glucose_beside_a_pleural_effusion_is_still_read(
    reason: Reason,
) -> None:
    """Guard (ADA 2024: < 3.0 mmol/L is level 2 hypoglycaemia): a drowsy diabetic with
    a capillary glucose of 2.2 and an effusion on the film gets glucose."""
    out = reason(
        make_case(
            "altered mental status",
            age=70,
            sex="M",
            vitals=vitals(92, 138, 82, 18, 95, 36.9),
            one_liner="70M on insulin, drowsy, capillary glucose 2.2",
            ed_note="70-year-old on insulin, found drowsy. Capillary glucose 2.2 "
            "mmol/L. Chest x-ray: small right pleural effusion.",
        )
    )
    assert O.medication_ordered(out, "dextrose", "glucose", "glucagon")


def test_no_lumbar_puncture_over_a_ring_enhancing_lesion(reason: Reason) -> None:
    """ESCMID 2024 brain abscess; IDSA 2004: a ring-enhancing lesion with fever and a
    deficit is a brain abscess until drained: neurosurgery, ceftriaxone with
    metronidazole, and no lumbar puncture."""
    out = reason(
        make_case(
            "headache",
            age=46,
            sex="F",
            vitals=vitals(90, 134, 82, 16, 98, 38.0),
            one_liner="46F headache 10 days, fever, new right hand clumsiness",
            ed_note="46-year-old with chronic sinusitis. Ten days of worsening "
            "headache and fever, now clumsiness of the right hand. Contrast CT: a "
            "ring-enhancing lesion in the left parietal lobe with oedema.",
        )
    )
    lps = [o.name for o in O.orders(out) if "lumbar puncture" in o.name.lower()]
    assert not [n for n in lps if not n.lower().startswith("no ")], lps
    assert O.ordered(out, "neurosurgery")
    assert O.medication_ordered(out, "metronidazole")


def test_meningitis_with_a_normal_ct_keeps_its_lumbar_puncture(
    reason: Reason,
) -> None:
    """Guard (NICE NG240): fever, neck stiffness and a normal CT without a mass: the
    lumbar puncture stands."""
    out = reason(
        make_case(
            "headache",
            age=24,
            sex="M",
            vitals=vitals(108, 124, 76, 18, 98, 39.0),
            one_liner="24M fever, headache, neck stiffness",
            ed_note="24-year-old, a day of fever, severe headache and photophobia. "
            "Neck stiffness. GCS 15, no focal signs, no rash. CT head normal.",
        )
    )
    assert "lumbar puncture" not in " ".join(O.blocked_names(out))


def test_trismus_and_spasms_after_a_puncture_wound_is_tetanus(
    reason: Reason,
) -> None:
    """WHO 2017; Yen and Thwaites 2019: trismus with painful spasms after a wound in an
    unvaccinated adult is tetanus: immune globulin, metronidazole, spasm control, an
    ICU; never home."""
    out = reason(
        make_case(
            "neck stiffness",
            age=62,
            sex="F",
            vitals=vitals(112, 156, 94, 22, 97, 37.8),
            one_liner="62F cannot open her mouth, spasms, thorn injury 9 days ago",
            ed_note="62-year-old gardener pricked her hand on a rose thorn 9 days ago. "
            "Now trismus, a stiff neck and painful spasms of the back set off by "
            "noise. Alert. No tetanus vaccination on record.",
        )
    )
    assert O.proposes(out, "tetanus"), sorted(O.diagnoses_proposed(out))
    assert O.medication_ordered(out, "tetanus immune globulin")
    assert O.medication_ordered(out, "metronidazole")
    assert O.disposition(out).disposition != "Discharge"


def test_a_descending_paralysis_with_cranial_palsies_gets_antitoxin(
    reason: Reason,
) -> None:
    """CDC 2021 (Rao): a symmetric descending paralysis starting with diplopia, ptosis
    and dysarthria in an alert afebrile adult is botulism: antitoxin on suspicion and
    serial vital capacity."""
    out = reason(
        make_case(
            "weakness",
            age=51,
            sex="F",
            vitals=vitals(84, 128, 78, 18, 96, 36.7),
            one_liner="51F drooping eyelids, double vision, weakness spreading down",
            ed_note="51-year-old ate home-preserved fish 36 hours ago. Drooping "
            "eyelids, double vision and slurred speech, then weakness spreading "
            "downwards into both arms. Alert, no sensory loss.",
        )
    )
    assert O.medication_ordered(out, "antitoxin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vital capacity")


def test_blasts_on_the_film_call_the_haematologist(reason: Reason) -> None:
    """Röllig and Ehninger 2015; Ganzel 2012: blasts on the film with a white count over
    100 is an acute leukaemia with hyperleukocytosis: haematology emergently, tumour
    lysis prophylaxis, red cells held."""
    out = reason(
        make_case(
            "fatigue",
            age=58,
            sex="F",
            vitals=vitals(108, 124, 72, 24, 92, 37.9),
            one_liner="58F tired and bruised, white count 160 with blasts",
            ed_note="58-year-old with 3 weeks of tiredness and easy bruising, now "
            "short of breath. WBC 160 x10^9/L, blasts on the film, platelets 22.",
        )
    )
    assert O.ordered(out, "haematology", "hematology"), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_muffled_clicks_on_a_mechanical_valve_get_heparin_and_surgeons(
    reason: Reason,
) -> None:
    """ESC/EACTS 2021: a mechanical valve with an inadequate INR, heart failure and
    muffled clicks is obstructive valve thrombosis: IV heparin, echo, cardiology and
    cardiac surgery emergently."""
    out = reason(
        make_case(
            "shortness of breath",
            age=57,
            sex="M",
            vitals=vitals(114, 102, 64, 26, 91, 36.8),
            one_liner="57M mechanical aortic valve, INR 1.3, breathless",
            ed_note="57-year-old with a mechanical aortic valve replacement on "
            "warfarin, INR subtherapeutic at 1.3. Three days of breathlessness. "
            "Muffled valve clicks. Bibasal crackles.",
        )
    )
    assert O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "cardiac surgery")


def test_a_facial_palsy_with_vesicles_in_the_ear_gets_an_antiviral(
    reason: Reason,
) -> None:
    """AAO-HNS 2013; Sweeney and Gilden 2001: a facial palsy with ear vesicles is Ramsay
    Hunt syndrome, not Bell's palsy: an antiviral with the steroid, eye care, ENT."""
    out = reason(
        make_case(
            "facial droop",
            age=66,
            sex="F",
            vitals=vitals(78, 142, 84, 14, 98, 37.1),
            one_liner="66F left facial weakness and a painful ear with blisters",
            ed_note="66-year-old, two days of burning left ear pain, now vesicles in "
            "the left ear canal and weakness of the whole left face including the "
            "forehead. Limbs normal.",
        )
    )
    assert O.medication_ordered(out, "valaciclovir", "aciclovir", "acyclovir")


def test_pain_on_eye_movement_with_an_rapd_is_optic_neuritis_not_a_stroke(
    reason: Reason,
) -> None:
    """ONTT (Beck 1992); Petzold 2022: days of monocular blur with pain on eye movement
    and an RAPD is optic neuritis: MRI of the brain and orbits, neuro-ophthalmology;
    no thrombolysis."""
    out = reason(
        make_case(
            "blurred vision",
            age=32,
            sex="F",
            vitals=vitals(72, 116, 70, 14, 99, 36.7),
            one_liner="32F blurred left eye for 4 days, hurts to move it",
            ed_note="32-year-old, 4 days of blurred vision in the left eye with pain "
            "on eye movement; colours look washed out. Left relative afferent "
            "pupillary defect. Fundus normal. Neuro exam otherwise normal.",
        )
    )
    assert O.proposes(out, "optic neuritis"), sorted(O.diagnoses_proposed(out))
    assert O.ordered(out, "mri brain and orbits")
    assert not O.medication_ordered(out, *O.LYTIC)


def test_tenosynovitis_pustules_and_migratory_arthralgia_is_gonococcal(
    reason: Reason,
) -> None:
    """CDC STI 2021; BASHH 2019: tenosynovitis, painless pustules and migratory joint
    pains in a sexually active adult are disseminated gonococcal infection: IV
    ceftriaxone, cultures and NAATs, admission; not a sprain."""
    out = reason(
        make_case(
            "joint pain",
            age=21,
            sex="M",
            vitals=vitals(100, 122, 74, 16, 99, 38.3),
            one_liner="21M fever, migratory joint pains, pustules on the fingers",
            ed_note="21-year-old, new partner last month. Four days of fever and "
            "migratory joint pains, now a painful left ankle and tenosynovitis of "
            "the right wrist. A few painless pustules on the fingers.",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone"), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_a_febrile_traveller_from_south_east_asia_with_low_platelets_is_dengue(
    reason: Reason,
) -> None:
    """WHO 2009 dengue: fever after Vietnam with thrombocytopenia and warning signs
    (abdominal pain, persistent vomiting, bleeding gums): dengue with admission, IV
    crystalloid by the haematocrit, malaria films repeated, no NSAIDs."""
    out = reason(
        make_case(
            "fever",
            age=33,
            sex="M",
            vitals=vitals(104, 104, 68, 20, 98, 38.0),
            one_liner="33M fever since returning from Vietnam, vomiting, gum bleeding",
            ed_note="33-year-old returned from Vietnam a week ago. Six days of fever "
            "and aches, now abdominal pain, persistent vomiting and bleeding gums. "
            "Platelets 35, white count 2.8.",
        )
    )
    assert O.proposes(out, "dengue"), sorted(O.diagnoses_proposed(out))
    assert O.ordered(out, "malaria"), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.disposition(out).disposition != "Discharge"


def test_a_ruptured_bakers_cyst_without_dvt_is_not_anticoagulated(
    reason: Reason,
) -> None:
    """Fritschy 2006; Langsfeld 1997: calf pain and swelling with a ruptured popliteal
    cyst and no DVT on ultrasound: analgesia and rest, no anticoagulation."""
    out = reason(
        make_case(
            "calf pain",
            age=63,
            sex="M",
            vitals=vitals(80, 134, 82, 14, 98, 36.7),
            one_liner="63M sudden calf pain and swelling, knee arthritis",
            ed_note="63-year-old with knee osteoarthritis. Sudden pain and swelling of "
            "the left calf after climbing a ladder. Ultrasound: ruptured popliteal "
            "cyst, no DVT.",
        )
    )
    meds = [o.name for o in O.medications(out)]
    assert not O.medication_ordered(
        out, "heparin", "enoxaparin", "apixaban", "rivaroxaban"
    ), meds
    assert O.disposition(out).disposition == "Discharge"


def test_a_blue_massively_swollen_leg_over_a_dvt_gets_the_vascular_team(
    reason: Reason,
) -> None:
    """ESVS 2021; Chinsakchai 2011: an iliofemoral DVT with a massively swollen, blue
    leg is phlegmasia cerulea dolens: heparin, elevation, vascular surgery or IR for
    thrombus removal, admission; not home on a tablet."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="M",
            vitals=vitals(110, 106, 64, 20, 96, 37.1),
            one_liner="66M leg became massively swollen and blue overnight",
            ed_note="66-year-old with pancreatic cancer. Overnight the right leg "
            "became massively swollen and the leg is blue, very painful. Duplex: "
            "occlusive "
            "iliofemoral DVT.",
        )
    )
    assert O.ordered(out, "vascular surgery", "interventional radiology")
    assert O.disposition(out).disposition != "Discharge"


def test_a_plain_calf_dvt_confirmed_on_ultrasound_stays_a_dvt(reason: Reason) -> None:
    """Guard (NICE NG158): a swollen calf with a popliteal DVT on ultrasound and a
    pink, warm foot is a DVT for a DOAC, not phlegmasia."""
    out = reason(
        make_case(
            "leg swelling",
            age=49,
            sex="F",
            vitals=vitals(84, 128, 80, 14, 99, 36.8),
            one_liner="49F swollen left calf for 3 days",
            ed_note="49-year-old, 3 days of a swollen, aching left calf after a long "
            "flight. Foot pink and warm, pulses present. Ultrasound: popliteal DVT.",
        )
    )
    treatment = O.treatment(out)
    assert treatment is not None
    assert "phlegmasia" not in (treatment.working_diagnosis or "").lower()
    assert O.medication_ordered(out, "apixaban", "rivaroxaban")


def test_st_elevation_measured_in_the_inferior_leads_is_a_stemi(
    reason: Reason,
) -> None:
    """ESC 2023 ACS 3.2.1: ST elevation of at least 1 mm in two contiguous leads (II,
    III and aVF) is the STEMI working diagnosis even when an older patient presents
    confused and sweaty rather than with chest pain: aspirin and the cath lab."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="F",
            vitals=vitals(56, 98, 60, 20, 95, 36.5),
            one_liner="84F suddenly confused, grey and sweaty",
            ed_note="84-year-old, suddenly confused this morning, grey and sweaty, "
            "vomited once. ECG: ST elevation 2 mm in II, III and aVF with ST "
            "depression in I and aVL.",
        )
    )
    assert O.medication_ordered(out, "aspirin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "cath lab", "primary pci")


def test_widespread_st_elevation_with_pr_depression_is_no_stemi(
    reason: Reason,
) -> None:
    """Guard (ESC 2015 pericardial diseases): widespread concave ST elevation with PR
    depression and pleuritic pain relieved sitting forward is pericarditis: no cath
    lab."""
    out = reason(
        make_case(
            "chest pain",
            age=29,
            sex="M",
            vitals=vitals(96, 126, 78, 16, 99, 37.6),
            one_liner="29M sharp chest pain, better sitting forward",
            ed_note="29-year-old, a cold last week, now sharp central chest pain worse "
            "lying flat and on inspiration, better sitting forward. ECG: widespread "
            "concave ST elevation with PR depression; ST elevation in II, III and aVF "
            "and V2-V6, no reciprocal change.",
        )
    )
    assert not O.ordered(out, "cath lab", "primary pci"), [
        o.name for o in O.orders(out)
    ]


def test_crushing_chest_pain_with_sweating_is_not_forecast_home_unevaluated(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain; Swap and Nagurney 2005: crushing central chest pain
    with sweating at triage, no ED evaluation yet, is not forecast home: ECG and
    troponin first."""
    out = reason(
        make_case(
            "A 61-year-old man with 40 minutes of crushing central chest pain and "
            "sweating. BP 148/88, HR 90, RR 18, SpO2 97%.",
            age=61,
            sex="M",
            vitals=vitals(90, 148, 88, 18, 97, 36.8),
        )
    )
    assert O.disposition(out).disposition != "Discharge"


def test_a_febrile_seven_week_old_is_not_forecast_home_unevaluated(
    reason: Reason,
) -> None:
    """AAP 2021 febrile infant (Pantell): a febrile infant of 8-60 days has a
    urinalysis, inflammatory markers and a blood culture before any decision to go
    home."""
    out = reason(
        make_case(
            "fever",
            sex="M",
            demographics={"age_days": 48},
            vitals=vitals(166, 82, 50, 42, 98, 38.3),
            one_liner="48-day-old with a temperature of 38.3, feeding well",
        )
    )
    assert O.disposition(out).disposition != "Discharge"


def test_an_irreducible_groin_lump_with_vomiting_is_an_incarcerated_hernia(
    reason: Reason,
) -> None:
    """HerniaSurge 2018; WSES 2017: a groin lump that will not go back in, painful, with
    vomiting is an incarcerated hernia for the surgeons today, not home."""
    out = reason(
        make_case(
            "A 64-year-old woman has had a lump in her groin for months; since this "
            "morning it is painful and will not go back in, and she has vomited. "
            "HR 98, BP 138/82.",
            age=64,
            sex="F",
            vitals=vitals(98, 138, 82, 18, 98, 37.0),
        )
    )
    assert O.proposes(out, "hernia"), sorted(O.diagnoses_proposed(out))
    assert O.disposition(out).disposition != "Discharge"


def test_a_reproducible_chest_wall_pain_at_triage_is_not_held_as_acs(
    reason: Reason,
) -> None:
    """Guard (ESI v4 ch.3; Proulx 2009): sharp chest pain reproduced by pressing on the
    chest after lifting, without an ACS feature, is not held for an ACS work-up."""
    out = reason(
        make_case(
            "A 34-year-old man with sharp left chest pain since lifting boxes "
            "yesterday, reproduced by pressing on the chest wall. BP 126/78, HR 76.",
            age=34,
            sex="M",
            vitals=vitals(76, 126, 78, 14, 99, 36.7),
        )
    )
    assert "ACS with a typical feature" not in O.disposition(out).rationale


def test_a_stab_wound_to_the_abdomen_is_not_forecast_home_unevaluated(
    reason: Reason,
) -> None:
    """ATLS 10th ed.; EAST 2010 (Como): a penetrating abdominal wound is evaluated by a
    surgeon (eFAST, CT or exploration) before any decision to go home, even when the
    triage record is all there is."""
    out = reason(
        make_case(
            "stab wound to the abdomen",
            age=29,
            sex="M",
            vitals=vitals(90, 130, 78, 18, 98, 36.8),
        )
    )
    assert O.disposition(out).disposition != "Discharge"


def test_a_kitchen_knife_cut_to_the_finger_may_go_home(reason: Reason) -> None:
    """Guard (ATLS is for the torso): a clean knife cut to a finger is no penetrating
    torso wound and is not held for a surgeon."""
    out = reason(
        make_case(
            "cut finger with a kitchen knife",
            age=35,
            sex="F",
            vitals=vitals(78, 122, 76, 14, 99, 36.7),
        )
    )
    assert "penetrating wound of the chest" not in O.disposition(out).rationale
