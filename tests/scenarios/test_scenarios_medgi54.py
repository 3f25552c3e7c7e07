"""medgi54 (issue 10): a first adrenal crisis told by its pigmentation gets
hydrocortisone and no 3 % saline, a suspected acute promyelocytic leukaemia gets ATRA
and blood products on suspicion, a cholangitis's duct stone is no ureteric stone, an
Ogilvie syndrome on CT is worked as one, a described liver abscess is drained, a
corrosive swallowed by the mouthful is a caustic ingestion (no tetanus for its mouth
burns), a fluctuant perianal swelling is drained, a soft abdomen "despite severe pain"
is mesenteric ischaemia's, DKA in pregnancy calls obstetrics, abdominal pain with
reddish urine sends a porphobilinogen, sarcoidosis's hypercalcaemia gets prednisolone,
an overdose after a row is self-harm, and a priapism's rigid shaft is no neuroleptic
malignant syndrome.

Sources (named in each docstring): Bornstein SR et al. Endocrine Society 2016 primary
adrenal insufficiency; Sanz MA et al. ELN 2019 APL; Williams E et al. BSG 2017 and
Skolarikos A et al. EAU 2024; Alavi K et al. ASCRS 2021 and Naveed M et al. ASGE 2020;
Lardiere-Deguelte S et al. J Visc Surg 2015; Chirica M et al. WSES-ESGE 2019 and CDC
ACIP 2018; Vogel JD et al. ASCRS 2016 / Gaertner WB et al. 2022; Bjorck M et al. ESVS
2017 and Bala M et al. WSES 2022; JBDS-IP 2017 DKA in pregnancy; Stein PE et al.
BIPNET 2017; Walsh J et al. Society for Endocrinology 2016; NICE NG225 2022; Salonia A
et al. EAU 2022 priapism and Gurrera RJ et al. 2011.

Written from those guidelines, never from rows of the shared data. Each target failed on
main bd85a5fa (/tmp/base54) before its fix; the guards (named so) hold on both."""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- endocrine ----------------------------------------------------------------------


def test_a_pigmented_hypotensive_low_sodium_high_potassium_gets_hydrocortisone(
    reason: Reason,
) -> None:
    """Bornstein SR et al. Endocrine Society 2016 (1.1, 3.1); Rushworth RL et al.
    NEJM 2019: hypotension with hyponatraemia, hyperkalaemia and hyperpigmentation is
    primary adrenal insufficiency in crisis: hydrocortisone at once, before any
    confirmation, with 0.9 % saline; its vomiting is the crisis's, no 3 % bolus."""
    out = reason(
        make_case(
            "vomiting",
            age=42,
            sex="M",
            vitals=vitals(124, 76, 40, 22, 97, 37.0),
            one_liner="42M a month of weight loss and tiredness, vomiting for 2 days, "
            "light-headed",
            ed_note="Darkening of the skin over the knuckles and pigmented gums. "
            "Sodium 121, potassium 6.0, glucose 4.1, creatinine 150. No steroid use.",
        )
    )
    assert O.medication_ordered(out, r"hydrocortisone"), O.order_names(out)
    assert not O.ordered(out, r"3 ?% hypertonic"), O.order_names(out)
    assert _code(out) == "E27.2", (_code(out), out.final.diagnosis_name)


def test_a_diarrhoea_kidney_injury_on_an_ace_inhibitor_is_no_adrenal_crisis_guard(
    reason: Reason,
) -> None:
    """Guard. Bornstein 2016: the crisis criterion needs pigmentation or a low
    glucose; a dehydrated man on ramipril with a high potassium and low sodium is a
    prerenal kidney injury (KDIGO 2012)."""
    out = reason(
        make_case(
            "diarrhea",
            age=71,
            sex="M",
            vitals=vitals(108, 92, 54, 18, 97, 36.9),
            one_liner="71M watery diarrhoea for 5 days, on ramipril and furosemide",
            ed_note="Dry mucous membranes. Sodium 129, potassium 5.8, glucose 7.2, "
            "creatinine 240 (baseline 95).",
        )
    )
    assert not O.medication_ordered(out, r"hydrocortisone"), O.order_names(out)
    assert _code(out) != "E27.2", _code(out)


def test_dka_at_thirty_weeks_calls_obstetrics_with_fetal_monitoring(
    reason: Reason,
) -> None:
    """JBDS-IP 2017 management of DKA in pregnancy: obstetric and critical care input
    at once, continuous fetal monitoring, left lateral tilt; the fetus recovers as the
    mother's acidosis is corrected."""
    out = reason(
        make_case(
            "vomiting",
            age=31,
            sex="F",
            vitals=vitals(118, 104, 60, 26, 98, 36.9),
            one_liner="31F type 1 diabetic, 30 weeks pregnant, vomiting and breathless "
            "since last night",
            ed_note="Glucose 15.2, blood ketones 5.0, pH 7.15, bicarbonate 9. Fetal "
            "heart rate 170.",
        )
    )
    assert O.ordered(out, r"obstetric"), O.order_names(out)
    assert O.ordered(out, r"fetal heart"), O.order_names(out)
    assert O.medication_ordered(out, r"insulin"), O.order_names(out)


def test_dka_outside_pregnancy_calls_no_obstetrician_guard(reason: Reason) -> None:
    """Guard. JBDS-IP 2023 DKA: a man's DKA has no obstetric line."""
    out = reason(
        make_case(
            "vomiting",
            age=36,
            sex="M",
            vitals=vitals(116, 108, 64, 26, 98, 36.9),
            one_liner="36M type 1 diabetic vomiting since last night",
            ed_note="Glucose 26, blood ketones 5.4, pH 7.12, bicarbonate 8.",
        )
    )
    assert not O.ordered(out, r"obstetric"), O.order_names(out)


def test_sarcoidosis_hypercalcaemia_gets_prednisolone_after_fluids(
    reason: Reason,
) -> None:
    """Walsh J et al. Society for Endocrinology emergency guidance 2016; El-Hajj
    Fuleihan G et al. Endocrine Society 2023: the calcitriol-driven hypercalcaemia of
    sarcoidosis gets isotonic saline, then a glucocorticoid."""
    out = reason(
        make_case(
            "weakness",
            age=52,
            sex="F",
            vitals=vitals(92, 122, 74, 16, 98, 36.8),
            one_liner="52F with sarcoidosis, thirsty, constipated and muddled "
            "for a week",
            ed_note="Adjusted calcium 3.42, PTH suppressed, creatinine 130 (baseline "
            "80). No cancer known.",
        )
    )
    assert O.medication_ordered(out, r"prednisolone"), O.order_names(out)
    assert O.medication_ordered(out, r"saline"), O.order_names(out)


# ---- haematology --------------------------------------------------------------------


def test_a_film_of_abnormal_promyelocytes_with_bleeding_gets_atra_and_blood_products(
    reason: Reason,
) -> None:
    """Sanz MA et al. ELN 2019 APL (Blood 2019;133:1630): suspected APL is treated on
    suspicion: ATRA at once, cryoprecipitate, platelets and plasma for its
    coagulopathy, admitted; not TTP's 'no platelet transfusion'."""
    out = reason(
        make_case(
            "bruising",
            age=36,
            sex="F",
            vitals=vitals(98, 118, 72, 18, 98, 37.4),
            one_liner="36F nosebleeds and bruises for five days",
            ed_note="Gum oozing. WCC 1.9, Hb 90, platelets 22, PT 20 s, fibrinogen "
            "0.9. Film: abnormal promyelocytes, suspected acute promyelocytic "
            "leukaemia.",
        )
    )
    assert O.medication_ordered(out, r"retinoic|ATRA"), O.order_names(out)
    assert O.ordered(out, r"cryoprecipitate"), O.order_names(out)
    assert not O.ordered(out, r"no platelet transfusion"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_ttp_keeps_its_no_platelet_line_guard(reason: Reason) -> None:
    """Guard. Zheng XL et al. ISTH 2020: presumed TTP gets no platelets unless
    life-threatening bleeding."""
    out = reason(
        make_case(
            "altered mental status",
            age=29,
            sex="F",
            vitals=vitals(100, 134, 82, 18, 98, 37.3),
            one_liner="29F confused this morning, bruises on her legs",
            ed_note="Hb 74, platelets 9, schistocytes on the film, LDH 1500, "
            "haptoglobin undetectable, PT normal, creatinine 120.",
        )
    )
    assert O.ordered(out, r"no platelet transfusion"), O.order_names(out)


# ---- biliary, bowel and liver -------------------------------------------------------


def test_a_cholangitis_with_a_duct_stone_on_ultrasound_is_no_infected_kidney(
    reason: Reason,
) -> None:
    """Williams E et al. BSG 2017; Kiriyama S et al. TG18: a stone in a dilated bile
    duct with fever and jaundice is a cholangitis for biliary drainage, not an
    obstructed infected kidney for a nephrostomy (EAU 2024 needs a urinary stone)."""
    out = reason(
        make_case(
            "fever",
            age=70,
            sex="F",
            vitals=vitals(118, 96, 56, 22, 95, 38.9),
            one_liner="70F rigors, yellow eyes and right upper quadrant pain",
            ed_note="Bilirubin 70, ALP 390. CBD 12 mm with a stone on ultrasound. "
            "Creatinine 140.",
        )
    )
    assert not O.ordered(out, r"nephrostomy|urology"), O.order_names(out)
    assert not _code(out).startswith("N13"), _code(out)


def test_an_infected_ureteric_stone_keeps_its_decompression_guard(
    reason: Reason,
) -> None:
    """Guard. Skolarikos A et al. EAU 2024: an obstructing ureteric stone with fever is
    decompressed emergently."""
    out = reason(
        make_case(
            "flank pain",
            age=48,
            sex="M",
            vitals=vitals(116, 104, 62, 20, 97, 38.8),
            one_liner="48M right loin pain and rigors",
            ed_note="CT KUB: 8 mm obstructing stone in the right mid ureter with "
            "hydronephrosis.",
        )
    )
    assert O.ordered(out, r"nephrostomy|stent"), O.order_names(out)


def test_colonic_dilatation_without_mechanical_obstruction_is_ogilvie_syndrome(
    reason: Reason,
) -> None:
    """Alavi K et al. ASCRS 2021; Naveed M et al. ASGE 2020: acute colonic
    pseudo-obstruction (K59.81) after surgery on opioids: nil by mouth, the opioid
    stopped, decompression and the surgeons; no oral rehydration."""
    out = reason(
        make_case(
            "abdominal distension",
            age=79,
            sex="F",
            vitals=vitals(96, 136, 78, 18, 96, 37.1),
            one_liner="79F three days after a knee replacement, belly swelling up",
            ed_note="On morphine. Distended, tympanic, soft, non-tender. CT: dilated "
            "colon with the caecum at 10 cm, no mechanical obstruction.",
        )
    )
    assert _code(out) == "K59.81", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"nil by mouth"), O.order_names(out)
    assert not O.ordered(out, r"oral rehydration"), O.order_names(out)


def test_a_coffee_bean_volvulus_stays_a_volvulus_guard(reason: Reason) -> None:
    """Guard. Alavi K et al. ASCRS 2021: a coffee-bean sigmoid is a sigmoid
    volvulus (K56.2), not a pseudo-obstruction."""
    out = reason(
        make_case(
            "abdominal distension",
            age=85,
            sex="M",
            vitals=vitals(108, 112, 66, 20, 95, 37.2),
            one_liner="85M no stool or flatus for 3 days, belly bloated",
            ed_note="Distended tympanic abdomen. Abdominal film: coffee-bean sign.",
        )
    )
    assert _code(out) == "K56.2", _code(out)


def test_a_febrile_multiloculated_liver_lesion_is_drained_as_an_abscess(
    reason: Reason,
) -> None:
    """Lardiere-Deguelte S et al. J Visc Surg 2015;152:231: a hypoechoic,
    multiloculated liver lesion with fever is a pyogenic abscess: blood cultures,
    ceftriaxone with metronidazole and percutaneous drainage, admitted."""
    out = reason(
        make_case(
            "fever",
            age=72,
            sex="F",
            vitals=vitals(108, 118, 70, 20, 96, 38.9),
            one_liner="72F diabetic, fevers and a right-sided ache for 10 days",
            ed_note="Tender liver edge. Ultrasound: 7 cm multiloculated lesion in the "
            "right lobe. WCC 18, CRP 210.",
        )
    )
    assert _code(out) == "K75.0", (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"metronidazole"), O.order_names(out)
    assert O.ordered(out, r"drainage"), O.order_names(out)


def test_a_fluctuant_swelling_beside_the_anus_is_incised_and_drained(
    reason: Reason,
) -> None:
    """Vogel JD et al. ASCRS 2016; Gaertner WB et al. ASCRS 2022: an anorectal
    abscess is diagnosed by examination and drained promptly (K61.0)."""
    out = reason(
        make_case(
            "anorectal",
            age=35,
            sex="F",
            vitals=vitals(90, 126, 78, 16, 99, 37.6),
            one_liner="35F painful lump by her bottom for 2 days",
            ed_note="Tender fluctuant swelling at 7 o'clock beside the anus.",
        )
    )
    assert O.ordered(out, r"incision and drainage"), O.order_names(out)
    assert _code(out) == "K61.0", _code(out)


def test_severe_pain_with_a_soft_abdomen_in_af_is_worked_as_mesenteric_ischaemia(
    reason: Reason,
) -> None:
    """Bjorck M et al. ESVS 2017; Bala M et al. WSES 2022: severe abdominal pain with
    a soft, barely tender abdomen in atrial fibrillation is acute mesenteric ischaemia
    until CT angiography: heparin and the vascular surgeon at once."""
    out = reason(
        make_case(
            "abdominal pain",
            age=77,
            sex="M",
            vitals=vitals(112, 138, 82, 20, 96, 36.8),
            one_liner="77M sudden central abdominal pain 3 hours ago, in atrial "
            "fibrillation off anticoagulation",
            ed_note="Abdomen soft and only mildly tender despite severe pain. "
            "Lactate 4.2.",
        )
    )
    assert "mesenteric" in O.working(out).lower() or _code(out).startswith("K55"), (
        O.working(out),
        _code(out),
    )
    assert O.medication_ordered(out, r"heparin"), O.order_names(out)


def test_abdominal_pain_with_dark_reddish_urine_sends_a_porphobilinogen(
    reason: Reason,
) -> None:
    """Stein PE et al. BIPNET Ann Clin Biochem 2017;54:188: unexplained abdominal
    pain with dark or reddish urine is tested for an acute porphyria (urine
    porphobilinogen)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=30,
            sex="F",
            vitals=vitals(112, 150, 94, 18, 99, 37.0),
            one_liner="30F two days of severe abdominal pain, started a new "
            "contraceptive pill last month",
            ed_note="Soft abdomen. Dark reddish urine. Sodium 126. CT abdomen normal.",
        )
    )
    assert O.ordered(out, r"porphobilinogen"), O.order_names(out)


# ---- toxicology and self-harm -------------------------------------------------------


def test_a_mouthful_of_drain_cleaner_is_a_caustic_ingestion_without_tetanus(
    reason: Reason,
) -> None:
    """Chirica M et al. WSES-ESGE 2019 caustic ingestion: airway assessment, nil by
    mouth, no emesis or charcoal, endoscopy within 12-24 h; a deliberate alkali is
    T54.3X2A. Its mouth burns are mucosal, no tetanus-prone wound (CDC ACIP 2018)."""
    out = reason(
        make_case(
            "ingestion",
            age=38,
            sex="M",
            vitals=vitals(104, 132, 80, 20, 98, 36.9),
            one_liner="38M swallowed a mouthful of oven cleaner an hour ago to kill "
            "himself",
            ed_note="Drooling, pain on swallowing, burns on the tongue. No stridor.",
        )
    )
    assert _code(out).startswith("T54"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"endoscopy"), O.order_names(out)
    assert not O.ordered(out, r"tetanus"), O.order_names(out)


def test_an_overdose_after_a_row_is_coded_as_self_harm(reason: Reason) -> None:
    """NICE NG225 2022: self-poisoning is self-harm irrespective of motive; an
    overdose after a row is intentional (ICD-10-CM FY2024 I.C.19.e.5.b: T39.1X2A)."""
    out = reason(
        make_case(
            "overdose",
            age=19,
            sex="F",
            vitals=vitals(90, 116, 72, 16, 99, 36.8),
            one_liner="19F took about 30 paracetamol tablets 2 hours ago after a row "
            "with her mother",
            ed_note="Alert, tearful. No other drugs. Level due at 4 hours.",
        )
    )
    assert _code(out) == "T39.1X2A", (_code(out), out.final.diagnosis_name)


# ---- urology ------------------------------------------------------------------------


def test_a_sickle_priapism_gets_no_neuroleptic_malignant_syndrome_orders(
    reason: Reason,
) -> None:
    """Salonia A et al. EAU 2022 priapism: a rigid shaft with a soft glans is an
    ischaemic priapism's sign, not the muscle rigidity of NMS (Gurrera RJ et al. J
    Clin Psychiatry 2011): no 'stop the antipsychotic' for a man on no drug."""
    out = reason(
        make_case(
            "penile problem",
            age=22,
            sex="M",
            vitals=vitals(98, 128, 78, 18, 99, 37.0),
            one_liner="22M with sickle cell anaemia, painful erection for 6 hours",
            ed_note="Rigid shaft, soft glans. Takes no regular medication.",
        )
    )
    assert not O.ordered(out, r"antipsychotic"), O.order_names(out)
    assert O.ordered(out, r"urology"), O.order_names(out)


# ---- requests and the kidney --------------------------------------------------------


def test_a_known_recurrent_sigmoid_volvulus_distended_again_is_worked_as_the_volvulus(
    reason: Reason,
) -> None:
    """Tian BWCA et al. WSES 2023 colonic volvulus; Alavi K et al. ASCRS 2021: a
    sigmoid volvulus decompressed before recurs in most; distended and obstipated
    again it is the volvulus until imaged: CT, endoscopic detorsion, the surgeons,
    admitted (triage54's request)."""
    out = reason(
        make_case(
            "abdominal distension",
            age=84,
            sex="M",
            vitals=vitals(94, 130, 76, 18, 96, 36.9),
            one_liner="84M with recurrent sigmoid volvulus, bloated again and "
            "unable to pass wind since this morning",
            ed_note="Last endoscopic decompression 6 months ago. Tympanic distended "
            "abdomen, mildly tender, no peritonism.",
        )
    )
    assert _code(out) == "K56.2", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"detorsion|sigmoidoscop"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_an_old_womans_tight_swollen_belly_without_wind_or_stool_is_no_gastroenteritis(
    reason: Reason,
) -> None:
    """Ten Broek RPG et al. Bologna 2017; Taylor MR, Lalani N. Acad Emerg Med 2013:
    distension with absolute constipation and vomiting is a bowel obstruction until
    imaged: nil by mouth, IV fluid, the surgeon; no oral rehydration, not home
    (triage54's request)."""
    out = reason(
        make_case(
            "abdominal distension",
            age=83,
            sex="F",
            vitals=vitals(96, 132, 78, 18, 96, 36.8),
            one_liner="83-year-old woman with 2 days of a swollen tight abdomen, "
            "no wind or stool passed, colicky pain, vomited twice",
        )
    )
    assert not O.ordered(out, r"oral rehydration"), O.order_names(out)
    assert O.ordered(out, r"surg"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_a_glucose_below_the_hhs_range_gets_no_hhs_monitoring_or_precipitant_search(
    reason: Reason,
) -> None:
    """Mustafa OG et al. JBDS-IP HHS 2022: HHS needs a glucose >= 30 mmol/L and an
    osmolality > 320; an eating, drinking man with a glucometer's 27, no ketones and a
    normal pH gets neither its hourly monitoring nor its precipitant search while HHS
    is only not yet excluded (lead54's request)."""
    out = reason(
        make_case(
            "high blood sugar",
            age=58,
            sex="M",
            vitals=vitals(82, 136, 80, 16, 98, 36.8),
            one_liner="58M glucose 27 on his meter, feels thirsty",
            ed_note="Type 2 diabetes on metformin. Glucometer 27 mmol/L, thirsty for "
            "10 days. Eating and drinking. Ketones 0.3 mmol/L, venous pH 7.39, "
            "bicarbonate 26.",
        )
    )
    assert not O.ordered(out, r"osmolality hourly"), O.order_names(out)
    assert not O.ordered(out, r"for the precipitant"), O.order_names(out)


def test_hhs_keeps_its_hourly_monitoring_guard(reason: Reason) -> None:
    """Guard. JBDS-IP 2022: a glucose of 48 with an osmolality of 352 is HHS, with
    hourly glucose, sodium and osmolality and its precipitant sought."""
    out = reason(
        make_case(
            "weakness",
            age=79,
            sex="F",
            vitals=vitals(112, 104, 60, 20, 96, 37.2),
            one_liner="79F drowsy and dry for 3 days",
            ed_note="Type 2 diabetes. Glucose 48 mmol/L, calculated osmolality 352, "
            "ketones 0.5, pH 7.36.",
        )
    )
    assert O.ordered(out, r"osmolality hourly"), O.order_names(out)


def test_reduced_urine_output_lists_no_sexually_transmitted_infection(
    reason: Reason,
) -> None:
    """KDIGO 2012 AKI; NICE NG148: reduced urine output is the kidney's sign (a
    bladder scan, the pre-renal and septic kidney, the potassium), not a dysuria
    complaint's sexually transmitted infection or vaginitis."""
    out = reason(
        make_case(
            "reduced urine output",
            age=85,
            sex="M",
            vitals=vitals(96, 108, 60, 18, 96, 36.8),
            one_liner="85M passing very little urine for two days after a chest cold",
            ed_note="On ramipril. Dry. Bladder scan 80 mL. Creatinine 260 (baseline "
            "100), potassium 5.6.",
        )
    )
    names = " ".join(
        e.diagnosis.lower()
        for r in out.trace
        for e in getattr(r.output, "differential", ()) or ()
    )
    assert "sexually transmitted" not in names, names
    assert "vaginitis" not in names, names
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_emphysematous_pyelonephritis_gets_one_broad_antibiotic_without_ceftriaxone(
    reason: Reason,
) -> None:
    """Skolarikos A et al. EAU 2024 urological infections: emphysematous
    pyelonephritis gets a broad-spectrum agent (piperacillin-tazobactam or a
    carbapenem) and drainage; the simple pyelonephritis's ceftriaxone is not added
    beside it."""
    out = reason(
        make_case(
            "flank pain",
            age=61,
            sex="F",
            vitals=vitals(114, 96, 58, 22, 96, 38.8),
            one_liner="61F diabetic with right loin pain and rigors",
            ed_note="Glucose 22. CT: gas in the right renal parenchyma, no "
            "obstruction. Creatinine 170.",
        )
    )
    assert O.medication_ordered(out, r"piperacillin|carbapenem|meropenem"), (
        O.order_names(out)
    )
    assert not O.medication_ordered(out, r"ceftriaxone"), O.order_names(out)


def test_a_stone_at_the_right_puj_gets_no_tamsulosin(reason: Reason) -> None:
    """Skolarikos A et al. EAU 2024 urolithiasis: medical expulsive therapy is for
    distal ureteric stones; a stone at the pelviureteric junction of a single kidney
    with no urine is decompressed, not given tamsulosin."""
    out = reason(
        make_case(
            "flank pain",
            age=58,
            sex="F",
            vitals=vitals(94, 148, 88, 18, 98, 36.8),
            one_liner="58F with one kidney, left loin pain and no urine since the "
            "morning",
            ed_note="Right nephrectomy in the past. CT KUB: 8 mm stone at the left PUJ "
            "with hydronephrosis. Creatinine 350 (baseline 95). Afebrile.",
        )
    )
    assert not O.medication_ordered(out, r"tamsulosin"), O.order_names(out)
    assert O.ordered(out, r"nephrostomy|stent"), O.order_names(out)


def test_a_febrile_pneumonias_confusion_gets_no_hypertonic_saline_for_its_sodium(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014 1.2: a symptom is the hyponatraemia's only when no
    other condition explains it; a febrile pneumonia's confusion with a sodium of 127
    is treated by its cause, not a 3 % infusion (infect54's request)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=66,
            sex="M",
            vitals=vitals(110, 126, 74, 26, 90, 39.3),
            one_liner="66M fever, cough and diarrhoea after a cruise",
            ed_note="Confused at times. Crackles right base, chest x-ray right lower "
            "lobe consolidation. Sodium 127.",
        )
    )
    assert not O.ordered(out, r"3 ?% hypertonic"), O.order_names(out)


def test_an_afebrile_confused_hyponatraemia_keeps_one_hypertonic_dose_guard(
    reason: Reason,
) -> None:
    """Guard. Spasovski G et al. ESE 2014 1.2: moderately severe symptoms (confusion)
    with no other cause get one 150 mL 3 % infusion."""
    out = reason(
        make_case(
            "altered mental status",
            age=74,
            sex="F",
            vitals=vitals(84, 138, 80, 16, 97, 36.7),
            one_liner="74F muddled for two days, started sertraline last month",
            ed_note="Euvolaemic. Sodium 122, urine osmolality 480, urine sodium 50. "
            "No fever, chest clear.",
        )
    )
    assert O.ordered(out, r"3 ?% hypertonic"), O.order_names(out)


def test_an_ibuprofen_overdose_on_purpose_is_coded_by_its_agent(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.e.5.b and the Table of Drugs: a deliberate ibuprofen
    overdose is T39.312A (propionic acid derivatives, intentional self-harm), not
    T50.902A, kept for a drug that is not identified."""
    out = reason(
        make_case(
            "overdose",
            age=27,
            sex="F",
            vitals=vitals(90, 118, 72, 16, 99, 36.8),
            one_liner="27F took 30 ibuprofen tablets 2 hours ago on purpose",
            ed_note="Took 30 x 400 mg ibuprofen tablets on purpose. Weight 58 kg. "
            "Nausea. GCS 15.",
        )
    )
    assert _code(out) == "T39.312A", (_code(out), out.final.diagnosis_name)
