"""infect44 (session 44): infection, sepsis, fever, urinary, hepatobiliary infections.

Written from guidelines, not from shared data: weeks of fever with a known valve lesion
and splinter haemorrhages is endocarditis until three blood culture sets and an echo
say otherwise (Fowler VG et al. Duke-ISCVID 2023, Clin Infect Dis 2023;77:518; Delgado
V et al. ESC 2023); a liver abscess on CT is drained and treated (Lardiere-Deguelte S
et al. J Visc Surg 2015;152:231); influenza in pregnancy gets oseltamivir whatever the
day of illness (Uyeki TM et al. IDSA 2018); new diarrhoea after an antibiotic course is
tested for C. difficile (McDonald LC et al. IDSA/SHEA 2017); SBP gets albumin
(Sort P et al. NEJM 1999; EASL 2018); an afebrile spreading cellulitis is treated
(Stevens DL et al. IDSA 2014); a necrotising infection of the scrotum is Fournier
gangrene (ICD-10-CM N49.3); TG18 grade II cholangitis gets early drainage
(Kiriyama S et al. 2018).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    """The final ICD-10-CM code ('' if none)."""
    return out.final.icd10 or ""


# --- targets: each fails on the session's base (1ed59164) -------------------------


def test_weeks_of_fever_with_a_valve_lesion_and_splinters_is_endocarditis(
    reason: Reason,
) -> None:
    """Fowler VG et al. Duke-ISCVID 2023 (Clin Infect Dis 2023;77:518): more than mild
    regurgitation or stenosis of a native valve is the 'predisposition' minor
    criterion; with fever and a vascular or immunological phenomenon, infective
    endocarditis is suspected: three blood culture sets before any antibiotic and an
    echocardiogram (Baddour LM et al. AHA 2015; Delgado V et al. ESC 2023). Not a
    discharge."""
    out = reason(
        make_case(
            "fever",
            age=61,
            sex="F",
            vitals=vitals(96, 132, 78, 16, 98, 38.1),
            one_liner="61F three weeks of fevers and sweats",
            ed_note=(
                "Known rheumatic mitral stenosis. Three weeks of fevers, drenching "
                "night sweats and weight loss. Osler nodes on two finger pads, "
                "splinter haemorrhages. Mid-diastolic murmur as before. Chest clear, "
                "urine dip negative."
            ),
        )
    )
    assert O.ordered(out, r"(?:three|3) sets of blood cultures"), O.orders(out)
    assert O.ordered(out, "echocardiog"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_liver_abscess_on_ct_is_drained_and_treated(reason: Reason) -> None:
    """Lardiere-Deguelte S et al. J Visc Surg 2015;152:231; Luebbert C et al.
    Viszeralmedizin 2014;30:334: a pyogenic liver abscess gets blood cultures, IV
    antibiotics covering enteric Gram-negatives and anaerobes (ceftriaxone with
    metronidazole) and percutaneous drainage; admitted; ICD-10-CM K75.0."""
    out = reason(
        make_case(
            "fever",
            age=70,
            sex="F",
            vitals=vitals(104, 128, 72, 20, 97, 38.7),
            one_liner="70F ten days of fevers and rigors",
            ed_note=(
                "Ten days of fevers, rigors and right-sided abdominal ache. Tender "
                "right upper quadrant. WBC 17. CT abdomen: 6 cm abscess in the liver, "
                "right lobe."
            ),
        )
    )
    assert O.medication_ordered(out, "metronidazole"), O.orders(out)
    assert O.ordered(out, "drainage"), O.orders(out)
    assert O.ordered(out, "blood cultures"), O.orders(out)
    assert _code(out) == "K75.0", out.final
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_influenza_in_pregnancy_gets_oseltamivir(reason: Reason) -> None:
    """Uyeki TM et al. IDSA 2018 influenza (recommendations 2-3): pregnancy is a high
    risk of complications, so a pregnant woman with influenza is treated with
    oseltamivir at once whatever the duration of illness; during local influenza
    activity (a household contact) the diagnosis is clinical."""
    out = reason(
        make_case(
            "fever",
            age=33,
            sex="F",
            vitals=vitals(98, 116, 70, 18, 98, 38.3),
            one_liner="33F 30 weeks pregnant, fever and cough",
            ed_note=(
                "30 weeks pregnant. Two days of fever, aches, cough and sore throat; "
                "her children have flu. Alert, chest clear, baby moving well."
            ),
        )
    )
    assert O.medication_ordered(out, "oseltamivir"), O.orders(out)


def test_diarrhoea_after_an_antibiotic_course_is_tested_for_c_difficile(
    reason: Reason,
) -> None:
    """McDonald LC et al. IDSA/SHEA 2017 (Clin Infect Dis 2018;66:e1): unexplained
    new diarrhoea (>= 3 unformed stools in 24 h) after antibiotics in the last three
    months is tested for C. difficile, with contact precautions and no antimotility
    drug while it is pending."""
    out = reason(
        make_case(
            "diarrhea",
            age=58,
            sex="M",
            vitals=vitals(88, 130, 80, 16, 98, 37.4),
            one_liner="58M loose stools after antibiotics",
            ed_note=(
                "Finished a course of co-amoxiclav for a chest infection two weeks "
                "ago. Five days of watery diarrhoea, five times a day, mild cramps. "
                "No blood. Abdomen soft."
            ),
        )
    )
    assert O.ordered(out, "c\\. difficile"), O.orders(out)


def test_spontaneous_bacterial_peritonitis_gets_albumin(reason: Reason) -> None:
    """Sort P et al. N Engl J Med 1999;341:403; EASL 2018 decompensated cirrhosis:
    IV albumin 1.5 g/kg at diagnosis and 1 g/kg on day 3 with the antibiotic in
    spontaneous bacterial peritonitis (kidney injury 33 % -> 10 %, mortality 29 % ->
    10 %); AASLD 2021 for creatinine > 1 mg/dL or bilirubin > 4 mg/dL."""
    out = reason(
        make_case(
            "abdominal pain",
            age=61,
            sex="F",
            vitals=vitals(98, 108, 64, 18, 97, 37.9),
            one_liner="61F cirrhosis, ascites and abdominal pain",
            ed_note=(
                "Cirrhosis from hepatitis C with ascites. Two days of abdominal pain "
                "and fever. Diffusely tender abdomen. Diagnostic paracentesis: ascitic "
                "neutrophils 620 cells/mm3. Creatinine 1.2 mg/dL."
            ),
        )
    )
    assert O.medication_ordered(out, "albumin"), O.orders(out)


def test_an_afebrile_spreading_cellulitis_is_treated(reason: Reason) -> None:
    """Stevens DL et al. IDSA 2014 SSTI; Raff AB, Kroshinsky D. JAMA 2016;316:325:
    cellulitis is a spreading redness with warmth, with or without fever (mild: no
    systemic signs): an oral anti-streptococcal antibiotic, home."""
    out = reason(
        make_case(
            "hand pain",
            age=38,
            sex="M",
            vitals=vitals(78, 124, 76, 14, 99, 36.9),
            one_liner="38M red hand after a scratch",
            ed_note=(
                "Scratched the back of his right hand on a fence four days ago. Now a "
                "red, warm, tender patch over the back of the hand that is spreading. "
                "No fever, no pus, no crepitus. Moves all fingers fully."
            ),
        )
    )
    assert O.medication_ordered(out, "cephalexin|cefalexin|flucloxacillin"), O.orders(
        out
    )


def test_necrotising_infection_of_the_scrotum_is_coded_fournier(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA 2014 SSTI: a necrotising infection of the perineum and
    genitalia is Fournier gangrene: emergency debridement and broad-spectrum cover;
    ICD-10-CM FY2024 N49.3 (male), not M72.6."""
    out = reason(
        make_case(
            "scrotal pain",
            age=57,
            sex="M",
            vitals=vitals(118, 102, 60, 22, 97, 38.6),
            one_liner="57M diabetic, swollen painful scrotum",
            ed_note=(
                "Diabetic. Three days of scrotal pain and swelling, worse today. "
                "Black patches on the scrotal skin, crepitus, pain out of proportion. "
                "WBC 22."
            ),
        )
    )
    assert O.ordered(out, "debridement"), O.orders(out)
    assert _code(out) == "N49.3", out.final


def test_tg18_grade_ii_cholangitis_gets_early_drainage_by_its_grade(
    reason: Reason,
) -> None:
    """Kiriyama S et al. TG18 severity grading (J Hepatobiliary Pancreat Sci
    2018;25:17): two of a white count > 12, a temperature >= 39, age >= 75 and a
    bilirubin >= 5 mg/dL is grade II (moderate); Miura F et al. TG18 flowchart:
    early biliary drainage. The ultrasound that showed the duct is not ordered again."""
    out = reason(
        make_case(
            "abdominal pain",
            age=82,
            sex="F",
            vitals=vitals(102, 134, 76, 20, 96, 39.2),
            one_liner="82F fever, jaundice and right upper quadrant pain",
            ed_note=(
                "A day of right upper quadrant pain, rigors and yellow skin. Alert. "
                "WBC 14.8, bilirubin 3.9 mg/dL, ALP 410, creatinine 0.9 mg/dL. "
                "Ultrasound: dilated common bile duct 12 mm with a stone."
            ),
        )
    )
    assert O.ordered(out, "tg18 grade ii \\(moderate\\)"), O.orders(out)
    assert not O.ordered(out, "^right upper quadrant ultrasound"), O.orders(out)


def test_fever_with_cavitating_lung_nodules_in_a_drug_injector_is_endocarditis(
    reason: Reason,
) -> None:
    """Delgado V et al. ESC 2023 (right-sided endocarditis in people who inject drugs):
    fever, a tricuspid murmur and multiple cavitating lung nodules (septic pulmonary
    emboli, a Duke-ISCVID 2023 vascular phenomenon) are endocarditis, worked as such,
    not a pneumonia: three blood culture sets, an echo."""
    out = reason(
        make_case(
            "fever",
            age=29,
            sex="F",
            vitals=vitals(116, 112, 66, 24, 94, 38.8),
            one_liner="29F injects drugs, fever and breathlessness",
            ed_note=(
                "Injects heroin. A week of fevers, sweats and pleuritic pain. Systolic "
                "murmur at the left sternal edge. CT chest: multiple cavitating "
                "nodules in both lungs."
            ),
        )
    )
    assert "endocarditis" in O.working(out), O.working(out)
    assert O.ordered(out, r"(?:three|3) sets of blood cultures"), O.orders(out)


# --- guards: pass on base and after -------------------------------------------------


def test_pneumonia_with_known_aortic_stenosis_is_no_endocarditis(
    reason: Reason,
) -> None:
    """Duke-ISCVID 2023: a valve lesion is a predisposition, not a sign: a febrile
    pneumonia in a patient with known aortic stenosis and its murmur, without a new
    regurgitation or an embolic or immunological phenomenon, is treated as pneumonia
    (Metlay JP et al. ATS/IDSA 2019), not endocarditis."""
    out = reason(
        make_case(
            "cough",
            age=78,
            sex="M",
            vitals=vitals(102, 128, 74, 22, 94, 38.4),
            one_liner="78M cough and fever",
            ed_note=(
                "Known moderate aortic stenosis. Three days of productive cough and "
                "fever. Ejection systolic murmur as known. Crackles at the right base. "
                "Chest X-ray: right lower lobe consolidation."
            ),
        )
    )
    assert "endocarditis" not in O.working(out), O.working(out)
    assert not O.ordered(out, "echocardiog"), O.orders(out)


def test_cholangitis_grade_i_gets_no_grade_ii_line(reason: Reason) -> None:
    """Kiriyama S et al. TG18: none of the grade II factors and no organ dysfunction is
    grade I (mild): antibiotics, drainage if no response in 24 h; no early-drainage
    line of grade II."""
    out = reason(
        make_case(
            "abdominal pain",
            age=52,
            sex="M",
            vitals=vitals(94, 130, 80, 18, 98, 38.2),
            one_liner="52M right upper quadrant pain, fever, yellow",
            ed_note=(
                "Known gallstones. Two days of right upper quadrant pain, fever and "
                "jaundice. WBC 10.9, bilirubin 2.8 mg/dL, ALP 350. Ultrasound: common "
                "bile duct 10 mm."
            ),
        )
    )
    assert not O.ordered(out, "tg18 grade ii \\(moderate\\)"), O.orders(out)


def test_simple_gastroenteritis_without_antibiotics_is_not_tested_for_c_difficile(
    reason: Reason,
) -> None:
    """Shane AL et al. IDSA 2017 infectious diarrhoea; McDonald LC et al. IDSA/SHEA
    2017: a young adult's acute watery diarrhoea with vomiting and no antibiotic
    exposure is no indication for C. difficile testing."""
    out = reason(
        make_case(
            "vomiting",
            age=26,
            sex="F",
            vitals=vitals(96, 118, 72, 16, 99, 37.5),
            one_liner="26F vomiting and diarrhoea since last night",
            ed_note=(
                "Vomiting and watery diarrhoea since last night, several people at her "
                "work unwell. No antibiotics recently. Drinking small amounts."
            ),
        )
    )
    assert not O.ordered(out, "c\\. difficile"), O.orders(out)


def test_influenza_like_illness_of_a_young_adult_gets_no_oseltamivir(
    reason: Reason,
) -> None:
    """Uyeki TM et al. IDSA 2018: an otherwise healthy outpatient with influenza is not
    at high risk; antivirals are the clinician's choice within 48 h, not required."""
    out = reason(
        make_case(
            "fever",
            age=27,
            sex="M",
            vitals=vitals(92, 124, 76, 16, 98, 38.2),
            one_liner="27M fever and aches",
            ed_note=(
                "Three days of fever, aches, dry cough. Flatmates have flu. Alert, "
                "chest clear, drinking well. No medical problems."
            ),
        )
    )
    assert not O.medication_ordered(out, "oseltamivir"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
