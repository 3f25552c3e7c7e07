"""peds55 (session 55): children's and obstetric pathways from sources.

Written from guidelines, not from shared data: a painless fever in sickle cell disease
is cultured and given ceftriaxone, a cough gets the x-ray before acute chest syndrome
is treated (NHLBI 2014; ASH 2020; BSH 2015); a febrile child back from an endemic area
is worked up for malaria (WHO 2023; Lalloo 2016); HUS before its count is worked and
admitted (UKHSA 2023; Fakhouri 2017); a stable pregnancy of unknown location goes home
with serial hCG (NICE NG126 2023; RCOG GTG 21); a pain from 20 weeks without a sign of
abruption gets no emergency bundle and is coded O26.89- (RCOG GTG 63; ICD-10-CM
I.C.15.a); a postpartum psychosis is read through "not slept" (NICE CG192; NegEx); a
child's febrile UTI is treated by mouth (NICE NG224 2022; AAP 2011); a febrile child's
pulse is read at 37 C for the monitor (Thompson 2009; APLS); the summary's code is the
final's; a toddler's reduced urine output in gastroenteritis is dehydration (NICE CG84;
KDIGO 2012); a shocked infant's SVT is the working diagnosis (AHA PALS 2020; APLS). One
reasoner run per case. Research software, not for clinical use."""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios._story import told as _case
from tests.scenarios.conftest import Reason

# --- sickle cell disease ---


def test_a_painless_fever_in_sickle_cell_gets_ceftriaxone_not_an_opioid(
    reason: Reason,
) -> None:
    """NHLBI 2014 (Yawn BP et al. JAMA 2014): a fever >= 38.5 C in sickle cell disease
    is cultured and given parenteral ceftriaxone (functional asplenia); the crisis's
    opioid is for its pain (NICE CG143; ASH 2020), and acute chest syndrome is a new
    infiltrate (BSH 2015): a cough with a clear chest and SpO2 98 % gets the x-ray,
    not the macrolide (was a vaso-occlusive crisis with morphine for a painless
    4-year-old)."""
    out = _case(
        reason,
        "FEVER",
        4,
        "F",
        (138, 100, 60, 26, 98, 38.8),
        "4-year-old girl with HbSS, hot since this afternoon",
        "Sickle cell disease (HbSS) on penicillin V. Temperature 38.8 since the "
        "afternoon and a slight cough. Playing, no pain anywhere, no limp, chest "
        "clear, spleen not felt, SpO2 98 %.",
    )
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime"), O.order_names(out)
    assert O.ordered(out, r"chest x-?ray"), O.order_names(out)
    assert not O.medication_ordered(out, "morphine", "hydromorphone", "opioid")
    assert not O.ordered(out, "macrolide", "azithromycin"), O.order_names(out)
    assert "crisis" not in O.working(out).lower(), O.working(out)


def test_guard_a_febrile_sickle_crisis_with_pain_keeps_its_opioid(
    reason: Reason,
) -> None:
    """Guard (NICE CG143 1.1.1; NHLBI 2014): the same child with her usual leg pain
    keeps the parenteral opioid within 30 minutes and the ceftriaxone."""
    out = _case(
        reason,
        "LEG PAIN",
        9,
        "M",
        (124, 108, 64, 22, 98, 38.7),
        "9-year-old boy with HbSS, painful legs like his usual crises, feverish",
        "Sickle cell disease (HbSS). Painful crisis in both thighs since last night, "
        "pain 8/10, not helped by ibuprofen. Temperature 38.7. Chest clear, no cough, "
        "SpO2 98 %.",
    )
    assert O.medication_ordered(out, "morphine", "hydromorphone", "opioid")
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime"), O.order_names(out)


# --- malaria in a child ---


def test_a_febrile_child_back_from_west_africa_is_worked_as_malaria(
    reason: Reason,
) -> None:
    """WHO guidelines for malaria 2023; Lalloo DG et al. UK malaria treatment
    guidelines 2016 (its paediatric section): a febrile child back from an endemic
    area has malaria until three films are negative: it stays on the differential and
    the child does not go home before the films answer (was discharged with malaria
    off the differential: the entry was for adults); no adult fixed tablet dose."""
    out = _case(
        reason,
        "FEVER",
        7,
        "F",
        (128, 102, 62, 24, 98, 39.1),
        "7-year-old girl, fevers and vomiting for 3 days, back from Ghana last week",
        "Visited grandparents in Accra for a month, returned 8 days ago, no "
        "antimalarials taken. Fevers with shivering, headache, vomited twice, a dry "
        "cough. Chest clear. Liver and spleen just palpable. Alert, neck supple.",
    )
    assert O.proposes(out, "malaria"), O.diagnoses_proposed(out)
    assert O.ordered(out, r"thick and thin|blood films?"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert not O.ordered(out, r"80/480"), O.order_names(out)


# --- HUS before its count ---


def test_an_oliguric_child_after_bloody_diarrhoea_is_worked_and_admitted_as_hus(
    reason: Reason,
) -> None:
    """UKHSA 2023 STEC guidance; NICE CKS; Fakhouri F et al. Lancet 2017: pallor,
    bruising and a falling urine output days after bloody diarrhoea are HUS until the
    count says otherwise: worked as HUS (its kidney injury is HUS's own: ICD-10-CM
    I.A.13), no antibiotic, nephrology, admitted; the final names the sign, not an
    abstention (was "acute kidney failure", an observation bed and no final)."""
    out = _case(
        reason,
        "DECREASED URINE OUTPUT",
        3,
        "F",
        (128, 104, 66, 26, 99, 36.8),
        "3-year-old girl, pale and tired, hardly any wet nappies, had bloody diarrhoea",
        "Bloody diarrhoea for 4 days last week after a farm visit, now settled. Since "
        "yesterday pale, tired, puffy face and only one wet nappy today. A few bruises "
        "on the legs. No fever. Bloods sent.",
    )
    working = O.working(out).lower()
    assert "hemolytic" in working or "haemolytic" in working, O.working(out)
    assert O.dispo(out) == "Admit", O.dispo(out)
    assert out.final.icd10, out.final
    assert not O.medication_ordered(out, "ceftriaxone", "azithromycin", "ciprofloxacin")


# --- a pregnancy of unknown location ---


def test_a_stable_pregnancy_of_unknown_location_goes_home_with_serial_hcg(
    reason: Reason,
) -> None:
    """NICE NG126 2023 1.4; RCOG Green-top 21: a positive test with an empty uterus,
    no adnexal mass and no free fluid in a well woman is a pregnancy of unknown
    location, followed by two serum hCGs 48 h apart in the early pregnancy unit with
    advice to return, not an observation bed or theatre (was observed, no repeat
    hCG)."""
    out = _case(
        reason,
        "VAGINAL BLEEDING",
        26,
        "F",
        (78, 122, 76, 14, 99, 36.7),
        "26-year-old, about 6 weeks pregnant, brown spotting for a day",
        "Positive pregnancy test 10 days ago. Light brown spotting since yesterday, "
        "mild period-like cramps. Abdomen soft, non-tender. Serum hCG 1,420 IU/L. "
        "Transvaginal ultrasound: empty uterus, no adnexal mass, no free fluid.",
    )
    assert O.ordered(out, r"48 h"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)
    assert not O.ordered(out, "methotrexate"), O.order_names(out)


def test_guard_an_empty_uterus_with_free_fluid_is_not_sent_home(
    reason: Reason,
) -> None:
    """Guard (NICE NG126 1.4-1.5; RCOG GTG 21): free fluid and tenderness beside an
    empty uterus is a possible ruptured ectopic: not home."""
    out = _case(
        reason,
        "ABDOMINAL PAIN",
        26,
        "F",
        (96, 118, 74, 16, 99, 36.9),
        "26-year-old, about 6 weeks pregnant, left-sided pelvic pain",
        "Positive pregnancy test last week. Left iliac fossa pain since this morning, "
        "tender with guarding on the left. Serum hCG 2,300 IU/L. Transvaginal "
        "ultrasound: empty uterus, moderate free fluid in the pouch of Douglas.",
    )
    assert O.dispo(out) != "Discharge", O.dispo(out)


# --- pain in the second half of pregnancy ---


def test_groin_pains_at_22_weeks_with_a_soft_uterus_get_no_abruption_bundle(
    reason: Reason,
) -> None:
    """RCOG Green-top 63 (2011): an abruption shows itself by bleeding, a tender or
    hypertonic uterus, fetal compromise or maternal shock; sharp groin pains on
    turning with a soft, non-tender uterus and a normal fetal heart get an obstetric
    review, not "obstetrics emergently" and a 4-unit crossmatch; the pain is coded in
    chapter 15 by trimester (ICD-10-CM I.C.15.a: O26.89-, was R10.9)."""
    out = _case(
        reason,
        "ABDOMINAL PAIN",
        29,
        "F",
        (86, 116, 72, 16, 99, 36.8),
        "29-year-old, 21 weeks pregnant, sharp pains low in both sides when she moves",
        "First pregnancy at 21 weeks, booking bloods and anomaly scan normal. Sharp "
        "pains in both groins when turning in bed or getting up, for 2 days. No "
        "bleeding, no fluid loss, no tightenings. Uterus soft and non-tender, fundus "
        "at the umbilicus, fetal heart 150. Urine dipstick negative.",
    )
    assert not O.ordered(out, r"crossmatch|large-bore"), O.order_names(out)
    assert not O.ordered(out, r"obstetrics emergently"), O.order_names(out)
    assert (out.final.icd10 or "").startswith("O"), out.final.icd10


def test_guard_a_concealed_abruption_keeps_its_crossmatch(reason: Reason) -> None:
    """Guard (RCOG GTG 63): constant pain with a hard, tender uterus at 32 weeks and
    no bleeding is a concealed abruption: two large-bore IVs and a crossmatch."""
    out = _case(
        reason,
        "ABDOMINAL PAIN",
        33,
        "F",
        (112, 108, 66, 20, 98, 36.9),
        "33-year-old, 32 weeks pregnant, constant severe tummy pain for an hour",
        "Third pregnancy at 32 weeks. Constant severe abdominal pain for an hour, no "
        "bleeding. Uterus hard and tender throughout. Fetal heart 150.",
    )
    assert O.ordered(out, r"crossmatch|large-bore"), O.order_names(out)


# --- postpartum psychosis ---


def test_a_new_delusion_about_the_baby_after_a_birth_is_postpartum_psychosis(
    reason: Reason,
) -> None:
    """NICE CG192 (2014, updated 2020) 1.10.1; RCOG Good Practice 14: a new psychosis
    in the weeks after a birth is a psychiatric emergency: perinatal psychiatry
    within 4 h, the baby's safety, an organic screen and admission. "Not slept for 3
    nights" denies nothing after it (NegEx pseudo-trigger): it had negated the
    agitation and the delusion, and she was worked as suicidal ideation; "8 days
    after her first baby" is the puerperium."""
    out = _case(
        reason,
        "BEHAVIOR CHANGE",
        27,
        "F",
        (100, 124, 78, 18, 99, 36.8),
        "8 days after her first baby, not sleeping, thinks the baby is not hers",
        "Baby born 8 days ago. Not slept for 3 nights, agitated, pacing, says the "
        "hospital swapped her baby and that the midwives are poisoning her. No fever, "
        "no headache. BP 124/78.",
    )
    assert "psychosis" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"perinatal|psychiatr"), O.order_names(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


# --- a child's febrile urinary infection ---


def test_a_well_toddlers_febrile_uti_is_treated_by_mouth(reason: Reason) -> None:
    """NICE NG224 2022 1.2 (children 3 months to 16 years): an upper urinary infection
    in a child who is well and taking fluids is treated with oral cefalexin or
    co-amoxiclav for 7-10 days (Roberts KB et al. AAP 2011: oral as effective as
    parenteral); IV only if oral is not tolerated or the child is seriously unwell
    (was IV ceftriaxone and a bed for IV antibiotics)."""
    out = _case(
        reason,
        "FEVER",
        2,
        "F",
        (136, 98, 60, 26, 99, 38.8),
        "2-year-old girl, fever for 2 days, crying when she wees",
        "Fever for 2 days, cries passing urine, smelly urine. Eating and drinking, "
        "playing. No vomiting. Right loin tender. Clean catch urine dipstick: nitrite "
        "positive, leucocytes positive. Well perfused, capillary refill under 2 s.",
    )
    assert O.medication_ordered(out, "cefalexin", "co-amoxiclav"), O.order_names(out)
    assert not O.medication_ordered(out, "ceftriaxone"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_guard_a_six_week_olds_urinary_infection_stays_parenteral(
    reason: Reason,
) -> None:
    """Guard (NICE NG224 2022; NICE NG143): under 3 months a febrile urinary infection
    is treated parenterally in hospital."""
    out = _case(
        reason,
        "FEVER",
        0,
        "M",
        (176, None, None, 48, 98, 38.4),
        "6-week-old, fever and feeding less",
        "Fever since this morning, feeding less. Catheter urine dipstick: nitrite and "
        "leucocytes positive.",
        demographics={"age_days": 44},
    )
    assert not O.medication_ordered(out, "cefalexin"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


# --- a febrile child's pulse and the plan's monitoring ---


def test_a_teenagers_strep_throat_pulse_is_the_fevers_no_cardiac_monitor(
    reason: Reason,
) -> None:
    """Thompson M et al. Lancet 2009 / APLS: a child's pulse rises about 10/min per
    degree of fever; from 5 years the disposition reads it at 37 C (peds54), and so
    does the plan's monitoring: 108/min at 38.6 C is about 92 (NICE NG84: a strep
    throat is treated at home; was continuous cardiac monitoring)."""
    out = _case(
        reason,
        "SORE THROAT",
        14,
        "M",
        (108, 122, 74, 18, 99, 38.6),
        "14-year-old, sore throat and fever, no cough",
        "Two days of sore throat and fever, painful swallowing, drinking. No cough. "
        "Tonsillar exudate, tender anterior cervical nodes. Rapid strep test "
        "positive. No drooling, no trismus, uvula central.",
    )
    assert not O.ordered(out, r"continuous (?:cardiac )?monitoring"), O.order_names(out)


def test_guard_a_childs_pulse_fast_beyond_its_fever_keeps_the_monitor(
    reason: Reason,
) -> None:
    """Guard (ESI v4 danger zone; APLS): 150/min at 38.2 C in a 10-year-old is about
    138 at 37 C, still beyond the danger zone: monitored."""
    out = _case(
        reason,
        "SORE THROAT",
        10,
        "F",
        (150, 104, 64, 24, 98, 38.2),
        "10-year-old, sore throat and fever",
        "Sore throat and fever since yesterday, drinking. Tonsils red, no exudate.",
    )
    assert O.ordered(out, r"continuous (?:cardiac )?monitoring"), O.order_names(out)


# --- the summary's code ---


def test_the_summary_codes_a_childs_dka_as_the_final_does(reason: Reason) -> None:
    """ICD-10-CM FY2024 (E10.1- type 1 diabetes with ketoacidosis; ISPAD 2022): the
    clinician's summary names the leading diagnosis with the code the final stage
    documented (was E11.10 beside a final E10.10 for a known type 1 diabetic)."""
    out = _case(
        reason,
        "VOMITING",
        11,
        "F",
        (126, 110, 68, 30, 99, 36.9),
        "11-year-old with type 1 diabetes, vomiting and breathing deeply",
        "Type 1 diabetes since age 7, missed insulin doses. Vomiting, abdominal pain, "
        "deep sighing breaths. GCS 15. Glucose 26 mmol/L, pH 7.12, bicarbonate 8, "
        "blood ketones 5.2.",
    )
    assert (out.final.icd10 or "").startswith("E10"), out.final.icd10
    top = out.final.summary.top_diagnoses[0]
    assert top.icd10 == out.final.icd10, (top, out.final.icd10)


# --- a child's gastroenteritis passing less urine ---


def test_a_toddlers_gastroenteritis_passing_less_urine_gets_no_kidney_workup(
    reason: Reason,
) -> None:
    """NICE CG84 2009 1.2-1.3: reduced urine output during diarrhoea and vomiting is a
    symptom of clinical dehydration, treated with oral rehydration; no routine blood
    test, no IV fluid unless rehydration fails (KDIGO 2012's urine-output criterion is
    a measured output): was a BMP and "IV fluids if prerenal" for a kidney injury."""
    out = _case(
        reason,
        "VOMITING",
        2,
        "M",
        (138, 96, 60, 28, 99, 37.5),
        "2-year-old, vomiting and runny poo since yesterday, passing less urine",
        "Vomiting and watery diarrhoea since yesterday, brother had the same. Taking "
        "sips. Passing less urine. Alert, dry lips, capillary refill 2 s, warm hands. "
        "Abdomen soft.",
    )
    assert not O.ordered(out, r"IV fluids if prerenal"), O.order_names(out)
    assert not O.ordered(out, r"^BMP"), O.order_names(out)
    assert O.ordered(out, r"oral rehydration"), O.order_names(out)


def test_guard_a_raised_creatinine_after_vomiting_is_still_a_kidney_injury(
    reason: Reason,
) -> None:
    """Guard (KDIGO 2012 2.1.1; NICE NG148): a creatinine rise defines the kidney
    injury, whatever fluid was lost."""
    out = _case(
        reason,
        "VOMITING",
        68,
        "M",
        (104, 108, 66, 18, 97, 36.9),
        "68-year-old, vomiting and diarrhoea for 3 days, passing little urine",
        "Vomiting and diarrhoea for 3 days. Passing little urine. Dry mucous "
        "membranes. Creatinine 2.6 mg/dL (baseline 1.0).",
    )
    assert O.proposes(out, "kidney"), O.diagnoses_proposed(out)


# --- a shocked infant's SVT ---


def test_a_shocked_infants_svt_is_the_working_diagnosis(reason: Reason) -> None:
    """Topjian AA et al. AHA PALS 2020; APLS; RCUK 2021: a narrow-complex tachycardia
    at 285/min without P waves in a grey, hypotensive 2-month-old is SVT with shock,
    cardioverted first; the crackles and the enlarged liver are its heart failure (was
    worked as "pneumonia", then "sepsis", beside the cardioversion)."""
    out = _case(
        reason,
        "DIFFICULTY BREATHING",
        0,
        "F",
        (280, 58, 30, 62, 92, 36.7),
        "10-week-old, grey and breathing fast, feeding poorly since yesterday",
        "Grey, mottled, capillary refill 5 s, floppy. Monitor: regular narrow complex "
        "tachycardia 280/min, no P waves. Liver 3 cm below the costal margin, fine "
        "crackles at both bases. No fever.",
        demographics={"age_days": 70},
    )
    assert "supraventricular" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"cardiover"), O.order_names(out)
