"""infect43 (session 43): infection, sepsis, fever, urinary, hepatobiliary infections.

Written from guidelines, not from shared data: a febrile diabetic's back pain two weeks
after an epidural injection, with a raised ESR, is a spinal epidural abscess until the
MRI says otherwise (Darouiche RO. N Engl J Med 2006;355:2012; Davis DP et al. J Emerg
Med 2004;26:285); the long-term catheter of a septic patient is replaced and the urine
cultured from the new one (NICE NG113 2018; Hooton TM et al. IDSA 2009; Evans L et al.
SSC 2021 source control); a septic miscarriage is treated at once with its own regimen
and evacuation, not the outpatient PID regimen or a chorioamnionitis's delivery
(Eschenbach DA. Obstet Gynecol 2015;125:1042; ACOG PB 200; CDC STI 2021); days of fever
before a focal seizure and dysphasia are encephalitis, not a haemorrhage (Solomon T et
al. ABN/BIA 2012; Schwarz S et al. Neurology 2000;54:354); an alcoholic hepatitis with
undilated ducts is not a cholangitis to treat with piperacillin-tazobactam (Crabb DW et
al. AASLD 2019; Kiriyama S et al. TG18); a urosepsis whose lactate fell below 4 after
fluids, with no vasopressor, is no septic shock for the ICU (Singer M et al. Sepsis-3,
JAMA 2016;315:801).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    """The final ICD-10-CM code ('' if none)."""
    return out.final.icd10 or ""


# --- targets: each fails on the session's base (2307b2d4) -------------------------


def test_febrile_back_pain_after_an_epidural_injection_is_not_discharged(
    reason: Reason,
) -> None:
    """Darouiche RO. N Engl J Med 2006;355:2012; Davis DP et al. J Emerg Med
    2004;26:285: back pain with fever in a diabetic two weeks after an epidural steroid
    injection, spinal tenderness and an ESR of 95 is a spinal epidural abscess until a
    gadolinium MRI of the whole spine excludes it; most harm comes from the delay before
    the deficit. Blood cultures, a spinal surgeon, and no discharge before the MRI."""
    out = reason(
        make_case(
            "back pain",
            age=58,
            sex="M",
            vitals=vitals(102, 136, 82, 18, 98, 38.3),
            one_liner="58M diabetic, back pain and fever after an injection",
            ed_note=(
                "Type 2 diabetes. Lumbar epidural steroid injection two weeks ago. "
                "Five "
                "days of worsening severe low back pain, night pain, fever. Tender "
                "over "
                "L4. Legs: normal power, sensation and reflexes, no urinary retention. "
                "ESR 95, CRP 160."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.ordered(out, "mri whole spine"), O.orders(out)
    assert O.ordered(out, "spine surgery"), O.orders(out)
    assert "abscess" in O.working(out), O.working(out)


def test_septic_patient_with_a_long_term_catheter_has_it_replaced(
    reason: Reason,
) -> None:
    """NICE NG113 (2018) 1.1.4 and Hooton TM et al. IDSA CAUTI guideline, Clin Infect
    Dis 2010;50:625: a long-term catheter of a patient with a suspected catheter-
    associated infection is replaced and the urine cultured from the new catheter,
    without delaying the antibiotic; Evans L et al. SSC 2021: source control of a
    possibly infected device."""
    out = reason(
        make_case(
            "altered mental status",
            age=79,
            sex="M",
            vitals=vitals(106, 102, 60, 22, 96, 38.7),
            one_liner="79M long-term catheter, fever and confusion",
            ed_note=(
                "Long-term urethral catheter for retention, changed 6 weeks ago. "
                "Fever, "
                "rigors, more confused since yesterday. Cloudy urine in the bag. Chest "
                "clear."
            ),
        )
    )
    assert O.ordered(out, "replace a catheter"), O.orders(out)
    assert O.ordered(out, "blood cultures"), O.orders(out)


def test_septic_miscarriage_gets_its_own_regimen_not_the_pid_one(
    reason: Reason,
) -> None:
    """Eschenbach DA. Obstet Gynecol 2015;125:1042; ACOG PB 200 (2018); RCOG GTG 64b:
    fever, rigors, foul discharge and a tender uterus with retained products a week
    after a miscarriage is a septic abortion: broad-spectrum IV antibiotics with
    anaerobic cover within the hour and urgent evacuation, not conditional on a new
    pregnancy test. CDC STI 2021's PID criteria apply when no other cause is found:
    no outpatient PID regimen."""
    out = reason(
        make_case(
            "fever",
            age=24,
            sex="F",
            vitals=vitals(124, 92, 54, 24, 97, 39.2),
            one_liner="24F fever and pelvic pain after miscarriage last week",
            ed_note=(
                "24-year-old woman who miscarried at 11 weeks last week. Fever, "
                "rigors, "
                "offensive vaginal discharge, lower abdominal pain. Uterine "
                "tenderness, "
                "cervical os open. WBC 19, lactate 2.8. Ultrasound: retained products "
                "of conception."
            ),
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    assert any("metronidazole" in n and "gentamicin" in n for n in names), names
    assert not any(n.startswith("if hcg positive") for n in names), names
    assert not O.medication_ordered(out, "doxycycline"), O.orders(out)
    assert O.ordered(out, "uterine evacuation"), O.orders(out)
    assert _code(out) == "O03.37", _code(out)


def test_septic_incomplete_miscarriage_is_no_chorioamnionitis(reason: Reason) -> None:
    """ACOG Committee Opinion 712 (2017): intraamniotic infection is a pregnancy in
    progress, treated by delivery; after a miscarriage the infected uterus is a septic
    abortion (Eschenbach 2015; ACOG PB 200), and its code is no longer 'without
    complication' (ICD-10-CM FY2024 O03.0 / O03.37, not O03.4)."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=32,
            sex="F",
            vitals=vitals(118, 98, 58, 22, 97, 38.8),
            one_liner="32F fever and bleeding after an incomplete miscarriage",
            ed_note=(
                "Miscarriage at 9 weeks eight days ago, told some tissue remained. Now "
                "fever, rigors, lower abdominal pain and foul-smelling vaginal "
                "bleeding. "
                "Tender uterus, cervical os open. Lactate 2.6. hCG positive. "
                "Ultrasound: retained products of conception."
            ),
        )
    )
    assert not O.ordered(out, "delivery is the treatment"), O.orders(out)
    assert O.ordered(out, "uterine evacuation"), O.orders(out)
    assert _code(out) in ("O03.0", "O03.37"), _code(out)


def test_fever_then_dysphasia_and_a_focal_seizure_is_worked_as_encephalitis(
    reason: Reason,
) -> None:
    """Solomon T et al. ABN/BIA 2012 and Tunkel AR et al. IDSA 2008: two days of fever
    and headache, then confusion, word-finding difficulty and a focal seizure, is HSV
    encephalitis until the CSF PCR says otherwise: aciclovir now, CT then LP, MRI and
    EEG (G04.90 / B00.4). The fever of an intracerebral haemorrhage follows the bleed
    (Schwarz S et al. Neurology 2000;54:354): not the working diagnosis here."""
    out = reason(
        make_case(
            "confusion",
            age=63,
            sex="F",
            vitals=vitals(102, 138, 82, 18, 97, 38.6),
            one_liner="63F fever and strange behaviour",
            ed_note=(
                "Two days of fever and headache, now talking nonsense and word-finding "
                "difficulty. Focal seizure in the department. No rash, no neck "
                "stiffness."
            ),
        )
    )
    assert O.medication_ordered(out, "aciclovir", "acyclovir"), O.orders(out)
    assert "encephalitis" in O.working(out), O.working(out)
    assert _code(out) in ("G04.90", "B00.4"), _code(out)


def test_alcoholic_hepatitis_with_undilated_ducts_gets_no_cholangitis_treatment(
    reason: Reason,
) -> None:
    """Crabb DW et al. NIAAA 2016 (Gastroenterology 2016;150:785) and AASLD 2019: a
    heavy drinker's jaundice with AST 210, ALT 80 and no dilated bile duct is an
    alcoholic hepatitis, whose raised white count is common without infection: the
    infection screen, not empirical piperacillin-tazobactam; TG18's imaging criterion
    is unmet, so no ERCP (Kiriyama S et al. TG18 2018)."""
    out = reason(
        make_case(
            "jaundice",
            age=44,
            sex="F",
            vitals=vitals(102, 114, 68, 18, 98, 37.5),
            one_liner="44F heavy drinker, jaundiced for three weeks",
            ed_note=(
                "Drinks a bottle of wine and more daily, last drink 4 days ago. Three "
                "weeks of jaundice and abdominal swelling. Tender enlarged liver. "
                "Bilirubin 11 mg/dL, AST 210, ALT 80, INR 2.0, WBC 14. Ultrasound: no "
                "bile duct dilatation, small ascites. Diagnostic tap: 90 "
                "neutrophils/mm3. Chest X-ray clear, urine dip negative."
            ),
        )
    )
    assert not O.medication_ordered(out, "piperacillin"), O.orders(out)
    assert not O.ordered(out, "ercp"), O.orders(out)
    assert _code(out).startswith("K70.1"), _code(out)


def test_urosepsis_whose_lactate_cleared_after_fluids_is_not_sent_to_icu(
    reason: Reason,
) -> None:
    """Singer M et al. Sepsis-3, JAMA 2016;315:801: septic shock needs a vasopressor
    for a MAP >= 65 and a lactate > 2 despite adequate fluids; Evans L et al. SSC 2021:
    resuscitation guided by the lactate's fall. A lactate of 4.1 on arrival, 1.4 after
    fluids, with a normal blood pressure, is sepsis that responded: a ward, no ICU."""
    out = reason(
        make_case(
            "fever",
            age=58,
            sex="F",
            vitals=vitals(96, 118, 70, 18, 97, 37.8),
            ed_note=(
                "Urinary sepsis on treatment. Lactate improving, 4.1 on arrival now "
                "1.4 "
                "after fluids."
            ),
        )
    )
    dispo = O.disposition(out)
    assert dispo.admit_level != "icu", dispo
    assert dispo.disposition != "Discharge", dispo


def test_pustules_tenosynovitis_and_a_hot_knee_are_disseminated_gonorrhoea(
    reason: Reason,
) -> None:
    """Workowski KA et al. CDC STI Treatment Guidelines 2021 (disseminated gonococcal
    infection): flitting joint pains, a tenosynovitis of the wrist, a few painless
    pustules and a hot knee in a young woman with a new partner: ceftriaxone 1 g IV
    every 24 h, NAAT of every exposed site, joint aspirate and blood cultures, HIV and
    syphilis tests, admission (A54.42)."""
    out = reason(
        make_case(
            "joint pain",
            age=23,
            sex="F",
            vitals=vitals(102, 118, 72, 18, 99, 38.4),
            one_liner="23F painful wrist and knee, spots on the hands",
            ed_note=(
                "Three days of pain moving between the wrists and knees, now a hot "
                "swollen right knee and painful tendons over the back of the left "
                "wrist. A few painless pustules on the hands. New sexual partner."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone 1 g"), O.orders(out)
    assert O.ordered(out, "naat"), O.orders(out)
    assert _code(out) == "A54.42", _code(out)


def test_cystitis_at_12_weeks_is_coded_in_the_pregnancy_chapter(reason: Reason) -> None:
    """ICD-10-CM FY2024 I.C.15.a: a condition in a pregnant patient is a complication
    of the pregnancy (chapter 15) unless the provider says otherwise: a lower urinary
    infection at 12 weeks is O23.4-, not N39.0; NICE NG109: nitrofurantoin 7 days and
    a urine culture."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=26,
            sex="F",
            vitals=vitals(84, 112, 68, 16, 99, 36.8),
            one_liner="26F 12 weeks pregnant, stinging on passing urine",
            ed_note=(
                "12 weeks pregnant. Two days of dysuria and frequency. No fever, no "
                "loin pain. Urine dip nitrite positive, leucocytes positive."
            ),
        )
    )
    assert O.medication_ordered(out, "nitrofurantoin"), O.orders(out)
    assert _code(out).startswith("O23.4"), _code(out)


# --- guards: pass on base and after --------------------------------------------------


def test_septic_shock_on_noradrenaline_still_goes_to_icu(reason: Reason) -> None:
    """Sepsis-3 septic shock (a vasopressor and a lactate of 4.8 after 30 mL/kg):
    intensive care (SSC 2021; Nates JL et al. SCCM 2016)."""
    out = reason(
        make_case(
            "fever",
            age=66,
            sex="M",
            vitals=vitals(124, 84, 48, 26, 94, 38.9),
            one_liner="66M fever and low blood pressure, on noradrenaline",
            ed_note=(
                "Pneumonia on CXR (left lower lobe). After 30 mL/kg crystalloid MAP "
                "58, "
                "noradrenaline started. Repeat lactate 4.8."
            ),
        )
    )
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_cholangitis_with_a_dilated_duct_keeps_antibiotics_and_drainage(
    reason: Reason,
) -> None:
    """Kiriyama S et al. TG18: rigors, right upper quadrant pain and jaundice with a
    common bile duct of 11 mm and a distal stone is a definite acute cholangitis:
    blood cultures, piperacillin-tazobactam (Gomi H et al. TG18), biliary drainage."""
    out = reason(
        make_case(
            "fever",
            age=79,
            sex="F",
            vitals=vitals(108, 118, 70, 20, 96, 39.3),
            one_liner="79F fever, jaundice, RUQ pain",
            ed_note=(
                "79-year-old woman with rigors, right upper quadrant pain and jaundice "
                "for two days. Alert and oriented. WBC 18, bilirubin 6.2 mg/dL, "
                "albumin "
                "2.6 g/dL, creatinine 0.9 mg/dL, INR 1.1, platelets 210. Ultrasound: "
                "common bile duct dilated to 11 mm with a distal stone."
            ),
        )
    )
    assert O.medication_ordered(out, "piperacillin"), O.orders(out)
    assert O.ordered(out, "ercp"), O.orders(out)


def test_pelvic_inflammatory_disease_keeps_its_regimen(reason: Reason) -> None:
    """CDC STI 2021: pelvic pain with cervical motion and adnexal tenderness, a
    discharge, hCG negative, no recent pregnancy: ceftriaxone, doxycycline and
    metronidazole."""
    out = reason(
        make_case(
            "abdominal pain",
            age=22,
            sex="F",
            vitals=vitals(98, 118, 72, 16, 99, 38.2),
            one_liner="22F lower abdominal pain and discharge",
            ed_note=(
                "Three days of bilateral lower abdominal pain, vaginal discharge, "
                "dyspareunia. Cervical motion tenderness and adnexal tenderness. hCG "
                "negative. Tolerating fluids."
            ),
        )
    )
    assert O.medication_ordered(out, "doxycycline"), O.orders(out)
    assert _code(out) == "N73.9", _code(out)


def test_urinary_delirium_gets_no_aciclovir(reason: Reason) -> None:
    """An older adult's delirium with fever, dysuria and a positive dip, no headache,
    neck stiffness, focal sign or seizure, is a urinary infection (Nicolle LE et al.
    IDSA 2019; NICE NG109): no encephalitis work-up."""
    out = reason(
        make_case(
            "altered mental status",
            age=84,
            sex="F",
            vitals=vitals(104, 122, 70, 20, 95, 38.3),
            one_liner="84F more confused, fever, smelly urine",
            ed_note=(
                "Nursing home resident with mild dementia, more confused than usual "
                "for "
                "a day, fever, new urinary incontinence and dysuria. No headache, no "
                "neck stiffness, no focal signs, no seizure. Urine dip nitrite and "
                "leucocytes positive."
            ),
        )
    )
    assert not O.medication_ordered(out, "aciclovir", "acyclovir"), O.orders(out)
    assert O.ordered(out, "urine culture"), O.orders(out)


def test_mechanical_low_back_pain_gets_no_spinal_mri(reason: Reason) -> None:
    """NICE NG59 (2016) and ACP 2017: acute low back pain after lifting, afebrile, no
    red flag, no deficit: no imaging, analgesia and advice to stay active."""
    out = reason(
        make_case(
            "back pain",
            age=35,
            sex="M",
            vitals=vitals(78, 128, 78, 14, 99, 36.8),
            one_liner="35M low back pain after lifting",
            ed_note=(
                "Low back pain since lifting a sofa yesterday, worse on bending. No "
                "fever, no leg weakness or numbness, no bladder or bowel change. Walks "
                "normally."
            ),
        )
    )
    assert not O.ordered(out, "mri"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
