"""infect42 (session 42): infection, sepsis, fever, urinary and toxicology-with-fever.

Written from guidelines, not from shared data: the fever of a neuroleptic malignant
syndrome or an alcohol withdrawal delirium whose criteria are met, with no sign of
infection, is no sepsis to give empirical antibiotics for (Singer M et al. Sepsis-3,
JAMA 2016;315:801; Evans L et al. SSC 2021; Gurrera RJ et al. 2011; ASAM 2020); fever,
rigors and loin pain are a pyelonephritis to treat (EAU 2024); a dip negative for
nitrite and leucocytes makes cystitis unlikely (NICE NG109 2018; SIGN 160); a chancre
is treated with benzathine penicillin and genital herpes with an antiviral (CDC STI
2021); toxic shock syndrome is A48.3 and a kidney infection in pregnancy O23.0- by its
trimester (ICD-10-CM FY2024 I.C.15.a.3); more sputum, now yellow, in a COPD
exacerbation is treated with an antibiotic (GOLD 2024).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_SEPSIS_ANTIBIOTIC = (r"broad-spectrum iv antibiotics",)


def _code(out: ReasoningOutput) -> str:
    """The final ICD-10-CM code ('' if none)."""
    return out.final.icd10 or ""


# --- targets: each fails on the session's base (cfcfdad2) -------------------------


def test_delirium_tremens_fever_without_a_source_gets_no_sepsis_antibiotics(
    reason: Reason,
) -> None:
    """ASAM 2020 alcohol withdrawal; DSM-5-TR: a fever with tremor, hallucinations and
    sweating three days after heavy drinking stopped is the withdrawal's autonomic
    hyperactivity: benzodiazepine and IV thiamine, infection looked for. Sepsis-3 and
    SSC 2021: with no sign of infection (chest clear, dip negative) no empirical
    broad-spectrum antibiotics."""
    out = reason(
        make_case(
            "confusion",
            age=58,
            sex="M",
            vitals=vitals(132, 168, 96, 24, 96, 38.6),
            one_liner="58M heavy drinker, agitated and seeing things",
            ed_note=(
                "Drinks a litre of vodka daily, last drink 3 days ago. Agitated, "
                "tremulous, visual hallucinations, disorientated, sweating. Chest "
                "clear, no cough, urine dip negative, no rash, no neck stiffness."
            ),
        )
    )
    assert O.medication_ordered(out, "benzodiazepine", "lorazepam", "diazepam")
    assert O.medication_ordered(out, "thiamine"), O.orders(out)
    assert not O.medication_ordered(out, *_SEPSIS_ANTIBIOTIC), O.orders(out)
    # DSM-5-TR withdrawal delirium (disorientated): ICD-10-CM FY2024 F10.231
    assert _code(out) == "F10.231", _code(out)


def test_neuroleptic_malignant_syndrome_gets_no_sepsis_antibiotics(
    reason: Reason,
) -> None:
    """Gurrera RJ et al. J Clin Psychiatry 2011;72:1222 and Strawn JR et al. 2007: a
    fever of 40.1 with lead-pipe rigidity, confusion and a CK of 12000 a week after a
    haloperidol depot is NMS (stop the antipsychotic, cool, benzodiazepine); its fever
    is no suspected infection (Sepsis-3; SSC 2021: no empirical sepsis antibiotics)."""
    out = reason(
        make_case(
            "fever",
            age=34,
            sex="M",
            vitals=vitals(124, 168, 98, 22, 97, 40.1),
            one_liner="34M on haloperidol, rigid and feverish",
            ed_note=(
                "Started haloperidol depot a week ago. Fever 40.1, lead-pipe "
                "rigidity, confusion, sweating. CK 12000."
            ),
        )
    )
    assert O.medication_ordered(out, "stop the antipsychotic"), O.orders(out)
    assert not O.medication_ordered(out, *_SEPSIS_ANTIBIOTIC), O.orders(out)
    assert _code(out) == "G21.0", _code(out)


def test_fever_rigors_and_loin_pain_is_treated_as_pyelonephritis(
    reason: Reason,
) -> None:
    """Bonkat G et al. EAU Guidelines on urological infections 2024: fever, chills and
    flank pain suggest pyelonephritis: urine culture, then an antibiotic (ceftriaxone
    or a fluoroquinolone by local resistance); at 71 blood cultures too."""
    out = reason(
        make_case(
            "fever",
            age=71,
            sex="F",
            vitals=vitals(104, 118, 70, 22, 95, 38.7),
            ed_note="Fever, rigors and right loin pain for 2 days. Lactate 1.1 mmol/L.",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "ciprofloxacin"), O.orders(out)
    assert O.ordered(out, "urine culture"), O.orders(out)
    assert _code(out) == "N10", _code(out)


def test_dysuria_with_a_negative_dip_gets_no_nitrofurantoin(reason: Reason) -> None:
    """NICE NG109 (2018) and UKHSA diagnosis of UTI (2020): in a woman under 65 a
    dipstick negative for nitrite and leucocytes makes a UTI unlikely (consider other
    causes); Deville WL et al. BMC Urol 2004;4:4 (LR- ~0.2). No antibiotic on it."""
    out = reason(
        make_case(
            "dysuria",
            age=28,
            sex="F",
            vitals=vitals(80, 118, 74, 14, 99, 36.8),
            ed_note=(
                "Dysuria and frequency for 2 days. Urine dip negative for nitrites "
                "and leukocytes. Pregnancy test negative."
            ),
        )
    )
    assert not O.medication_ordered(out, "nitrofurantoin"), O.orders(out)


def test_painless_genital_ulcer_gets_benzathine_penicillin(reason: Reason) -> None:
    """Workowski KA et al. CDC STI Treatment Guidelines 2021 (syphilis; genital ulcer
    disease): a painless indurated ulcer with rubbery inguinal nodes in a man who has
    sex with men is treated presumptively with benzathine penicillin G 2.4 million
    units IM, with syphilis serology, HSV NAAT and an HIV test (A51.0)."""
    out = reason(
        make_case(
            "genital sore",
            age=31,
            sex="M",
            vitals=vitals(72, 130, 80, 14, 99, 36.7),
            one_liner="31M painless ulcer on the penis",
            ed_note=(
                "Single painless indurated ulcer on the shaft for a week, rubbery "
                "inguinal nodes. Men who have sex with men."
            ),
        )
    )
    assert O.medication_ordered(out, "benzathine penicillin"), O.orders(out)
    assert O.ordered(out, "syphilis serology"), O.orders(out)
    assert not O.ordered(out, "scrotal doppler"), O.orders(out)
    assert _code(out) == "A51.0", _code(out)


def test_first_episode_genital_herpes_gets_an_antiviral(reason: Reason) -> None:
    """CDC STI Treatment Guidelines 2021 (genital herpes): painful vesicles and
    ulcers with tender inguinal nodes are a first clinical episode: valaciclovir or
    aciclovir for 7-10 days, HSV NAAT, syphilis and HIV tests (A60.-)."""
    out = reason(
        make_case(
            "genital sore",
            age=24,
            sex="F",
            vitals=vitals(84, 118, 72, 14, 99, 37.6),
            one_liner="24F painful blisters on the vulva",
            ed_note=(
                "Three days of painful vesicles and shallow ulcers on the labia, "
                "dysuria, tender inguinal nodes. New partner."
            ),
        )
    )
    assert O.medication_ordered(out, "valaciclovir", "aciclovir", "valacyclovir")
    assert _code(out).startswith("A60"), _code(out)


def test_toxic_shock_from_a_tampon_is_coded_as_toxic_shock(reason: Reason) -> None:
    """CDC/CSTE 2011 clinical criteria; Lappin E, Ferguson AJ. Lancet Infect Dis
    2009;9:281: fever, a diffuse sunburn-like erythroderma and hypotension with a
    tampon in place is toxic shock syndrome: the tampon out, clindamycin with broad
    cover, fluids, ICU; coded A48.3 (ICD-10-CM FY2024), not sepsis A41.9."""
    out = reason(
        make_case(
            "rash",
            age=19,
            sex="F",
            vitals=vitals(128, 78, 40, 24, 97, 39.4),
            one_liner="19F fever, rash and low blood pressure during her period",
            ed_note=(
                "Using tampons, day 3 of period. Fever, vomiting, diffuse red "
                "sunburn-like rash, dizziness. Tampon in situ."
            ),
        )
    )
    assert O.ordered(out, "tampon"), O.orders(out)
    assert O.medication_ordered(out, "clindamycin"), O.orders(out)
    assert _code(out) == "A48.3", _code(out)


def test_pyelonephritis_at_26_weeks_is_coded_second_trimester(reason: Reason) -> None:
    """ICD-10-CM FY2024 I.C.15.a and I.C.15.a.3: a kidney infection in pregnancy is
    O23.0-, the second trimester from 14 to < 28 weeks (O23.02); ACOG: admitted for
    IV antibiotics."""
    out = reason(
        make_case(
            "fever",
            age=27,
            sex="F",
            vitals=vitals(112, 104, 62, 20, 98, 38.9),
            one_liner="27F 26 weeks pregnant, fever and loin pain",
            ed_note=(
                "G1 at 26 weeks. Two days of dysuria then fever, rigors, left loin "
                "pain and vomiting. Left renal angle tenderness. Urine dip nitrite "
                "and leucocytes positive. Fetal heart 150."
            ),
        )
    )
    assert _code(out) == "O23.02", _code(out)
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)
    assert O.disposition(out).disposition.startswith("Admit")


def test_pyelonephritis_at_28_weeks_is_coded_third_trimester(reason: Reason) -> None:
    """ICD-10-CM FY2024 I.C.15.a.3: the third trimester starts at 28 weeks 0 days
    (O23.03)."""
    out = reason(
        make_case(
            "flank pain",
            age=26,
            sex="F",
            vitals=vitals(108, 116, 70, 18, 98, 38.7),
            one_liner="26F 28 weeks pregnant, fever, right flank pain, dysuria",
            ed_note=(
                "26-year-old woman, 28 weeks pregnant. Two days of dysuria and "
                "frequency, now right flank pain, fever and rigors. Tender right "
                "flank and right renal angle. Urinalysis: nitrites and leukocytes "
                "positive. WBC 16. Fetal heart 145. No contractions, no vaginal "
                "bleeding."
            ),
        )
    )
    assert _code(out) == "O23.03", _code(out)


def test_copd_exacerbation_with_sputum_now_yellow_gets_an_antibiotic(
    reason: Reason,
) -> None:
    """GOLD 2024 report ch. 5: an exacerbation with more sputum that has turned
    purulent is treated with an antibiotic (amoxicillin or doxycycline, 5 days)
    beside the bronchodilator and prednisolone."""
    out = reason(
        make_case(
            "cough",
            age=66,
            sex="F",
            vitals=vitals(90, 138, 80, 20, 93, 37.0),
            one_liner="66F COPD, more cough, same breathlessness",
            ed_note=(
                "COPD, usual SpO2 92-93%. 4 days of more sputum, now yellow. Walking "
                "as usual, no confusion. CXR no consolidation."
            ),
        )
    )
    assert O.medication_ordered(out, "amoxicillin", "doxycycline"), O.orders(out)


def test_acute_prostatitis_gets_a_fourteen_day_quinolone(reason: Reason) -> None:
    """NICE NG110 (2018) and EAU 2024: fever, dysuria, perineal pain and a tender boggy
    prostate are acute bacterial prostatitis: a urine culture, then 14 days of
    ciprofloxacin or ofloxacin (N41.0)."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=64,
            sex="M",
            vitals=vitals(102, 132, 78, 18, 98, 38.4),
            one_liner="64M fever, dysuria, perineal pain",
            ed_note=(
                "Two days of dysuria, frequency, perineal pain and fever. Tender boggy "
                "prostate. Urine dip nitrite positive."
            ),
        )
    )
    assert O.medication_ordered(out, r"ciprofloxacin.*14 days"), O.orders(out)
    assert O.ordered(out, "urine culture"), O.orders(out)
    assert _code(out) == "N41.0", _code(out)


def test_encephalitis_is_not_referred_to_neurosurgery_before_imaging(
    reason: Reason,
) -> None:
    """IDSA 2008 and ABN/BIA 2012 encephalitis: fever, strange behaviour, dysphasia and
    a focal seizure get IV aciclovir at once, CT then LP. AHA/ASA 2022 ICH 3.1 and 6:
    a haemorrhage is diagnosed on imaging before neurosurgery is called; before the CT
    the call is conditional, not a referral."""
    out = reason(
        make_case(
            "confusion",
            age=63,
            sex="F",
            vitals=vitals(102, 138, 82, 18, 97, 38.6),
            one_liner="63F fever and strange behaviour",
            ed_note=(
                "Two days of fever and headache, now talking nonsense and "
                "word-finding difficulty. Focal seizure in the department. No rash, no "
                "neck stiffness."
            ),
        )
    )
    assert O.medication_ordered(out, "aciclovir", "acyclovir"), O.orders(out)
    assert not any(
        o.kind == "consult" and o.name.strip().lower() == "neurosurgery"
        for o in O.orders(out)
    ), O.orders(out)


# --- guards: pass before and after ---------------------------------------------------


def test_guard_withdrawal_with_pneumonia_keeps_its_antibiotics(reason: Reason) -> None:
    """BTS / NICE CG191 pneumonia; SSC 2021: a drinker in withdrawal with a productive
    cough, crackles and a consolidation has an infection: antibiotics beside the
    benzodiazepine and thiamine (the withdrawal explains no pneumonia)."""
    out = reason(
        make_case(
            "confusion",
            age=61,
            sex="M",
            vitals=vitals(124, 142, 84, 26, 92, 38.9),
            one_liner="61M drinker in withdrawal with a productive cough",
            ed_note=(
                "Drinks heavily, last drink 2 days ago. Tremulous, sweating, "
                "hallucinating. Productive cough with green sputum, crackles at the "
                "right base, CXR right lower lobe consolidation."
            ),
        )
    )
    assert O.medication_ordered(
        out, *_SEPSIS_ANTIBIOTIC, "ceftriaxone", "amoxicillin", "co-amoxiclav"
    ), O.orders(out)
    assert O.medication_ordered(out, "thiamine"), O.orders(out)


def test_guard_nms_with_a_urinary_infection_keeps_its_antibiotic(
    reason: Reason,
) -> None:
    """Gurrera 2011 with SSC 2021: NMS with dysuria and a nitrite-positive dip has an
    infection too; it is treated beside the NMS care."""
    out = reason(
        make_case(
            "fever",
            age=36,
            sex="M",
            vitals=vitals(118, 160, 96, 22, 97, 39.8),
            one_liner="36M on olanzapine, rigid, fever, dysuria",
            ed_note=(
                "Schizophrenia on olanzapine. Lead-pipe rigidity, confusion, sweating. "
                "CK 9000. Also dysuria and frequency 3 days, urine dip nitrite "
                "positive."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", *_SEPSIS_ANTIBIOTIC), O.orders(out)
    assert O.medication_ordered(out, "stop the antipsychotic"), O.orders(out)


def test_guard_serotonin_syndrome_gets_cyproheptadine_not_antibiotics(
    reason: Reason,
) -> None:
    """Boyer EW, Shannon M. NEJM 2005; Hunter criteria (Dunkley 2003): sertraline with
    tramadol, clonus, hyperreflexia and a fever of 39.4: stop the drugs, benzodiazepine,
    cooling, cyproheptadine; no sepsis antibiotics."""
    out = reason(
        make_case(
            "agitation",
            age=27,
            sex="F",
            vitals=vitals(128, 158, 92, 24, 98, 39.4),
            one_liner="27F on sertraline took tramadol, agitated",
            ed_note=(
                "Takes sertraline 200 mg; started tramadol for back pain two days "
                "ago and took extra today. Agitated, sweating, tremor, inducible "
                "ankle clonus, hyperreflexia, dilated pupils, diarrhoea. No cough, no "
                "urinary symptoms."
            ),
        )
    )
    assert O.medication_ordered(out, "cyproheptadine"), O.orders(out)
    assert not O.medication_ordered(out, *_SEPSIS_ANTIBIOTIC), O.orders(out)


def test_guard_cystitis_with_a_positive_dip_gets_nitrofurantoin(
    reason: Reason,
) -> None:
    """NICE NG109 (2018): a woman under 65 with dysuria, frequency and a dip positive
    for nitrite and leucocytes has cystitis: nitrofurantoin, home."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=28,
            sex="F",
            vitals=vitals(82, 118, 74, 14, 99, 36.8),
            one_liner="28F dysuria and frequency",
            ed_note=(
                "Two days of dysuria, frequency and urgency. No fever, no loin pain. "
                "Urine dip nitrite positive, leucocytes positive. Not pregnant."
            ),
        )
    )
    assert O.medication_ordered(out, "nitrofurantoin"), O.orders(out)


def test_guard_afebrile_renal_colic_gets_no_antibiotic(reason: Reason) -> None:
    """EAU 2024 urolithiasis: sudden colicky loin-to-groin pain with haematuria and no
    fever is renal colic: NSAID analgesia and imaging, no antibiotic (loin pain alone
    is not a pyelonephritis)."""
    out = reason(
        make_case(
            "flank pain",
            age=38,
            sex="M",
            vitals=vitals(96, 138, 84, 18, 99, 36.9),
            one_liner="38M sudden left loin-to-groin pain",
            ed_note=(
                "Sudden severe colicky left loin pain radiating to the groin, "
                "vomiting, cannot lie still. Afebrile. Urine dip blood 3+, nitrite "
                "negative."
            ),
        )
    )
    assert not O.medication_ordered(out, "ceftriaxone", "ciprofloxacin"), O.orders(out)
    assert _code(out).startswith("N2"), _code(out)


def test_guard_urethritis_keeps_its_gonorrhoea_and_chlamydia_treatment(
    reason: Reason,
) -> None:
    """CDC STI Treatment Guidelines 2021: purulent urethral discharge is treated for
    gonorrhoea (ceftriaxone 500 mg IM) and chlamydia (doxycycline), not syphilis."""
    out = reason(
        make_case(
            "urethral discharge",
            age=24,
            sex="M",
            vitals=vitals(76, 128, 78, 14, 99, 36.9),
            one_liner="24M penile discharge and dysuria",
            ed_note=(
                "Three days of purulent urethral discharge and dysuria. Unprotected "
                "sex with a new partner. No fever."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)
    assert O.medication_ordered(out, "doxycycline"), O.orders(out)
    assert not O.medication_ordered(out, "benzathine penicillin"), O.orders(out)


def test_guard_pyelonephritis_outside_pregnancy_stays_n10(reason: Reason) -> None:
    """EAU 2024: a non-pregnant woman's pyelonephritis is N10 with ceftriaxone (or a
    fluoroquinolone) after the urine culture."""
    out = reason(
        make_case(
            "fever",
            age=34,
            sex="F",
            vitals=vitals(104, 118, 72, 18, 98, 38.9),
            one_liner="34F fever, rigors and right loin pain",
            ed_note=(
                "Three days of dysuria and frequency, now fever with rigors and right "
                "loin pain. Right renal angle tenderness. Urine dip nitrite positive, "
                "leucocytes positive. Not pregnant. Eating and drinking."
            ),
        )
    )
    assert _code(out) == "N10", _code(out)
    assert O.medication_ordered(out, "ceftriaxone", "ciprofloxacin"), O.orders(out)


def test_guard_lower_uti_in_a_man_stays_a_uti(reason: Reason) -> None:
    """NICE NG109 (2018): a man with dysuria, frequency and a positive dip, afebrile and
    without perineal pain, has a lower UTI (urine culture, an antibiotic), not a
    prostatitis."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=58,
            sex="M",
            vitals=vitals(84, 136, 82, 14, 98, 36.9),
            one_liner="58M burning on passing urine",
            ed_note=(
                "Three days of dysuria and frequency. No fever, no perineal or loin "
                "pain. Urine dip nitrite and leucocytes positive."
            ),
        )
    )
    assert _code(out) == "N39.0", _code(out)
    assert O.ordered(out, "urine culture"), O.orders(out)


def test_guard_dysuria_with_discharge_and_a_negative_dip_is_not_imaged(
    reason: Reason,
) -> None:
    """NICE NG109 (2018) and UKHSA 2020: dysuria with a vaginal discharge, a new partner
    and a dip negative for nitrite, leucocytes and blood is not a cystitis: look for a
    vaginitis or an STI (CDC STI 2021); no nitrofurantoin, and no kidney imaging for a
    stone nothing points to."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=29,
            sex="F",
            vitals=vitals(78, 122, 76, 14, 99, 36.8),
            one_liner="29F stinging on passing urine",
            ed_note=(
                "Two days of dysuria. No frequency, no urgency, no fever, no loin "
                "pain. New sexual partner. Some vaginal discharge. Urine dip: nitrite "
                "negative, leucocytes negative, blood negative. hCG negative."
            ),
        )
    )
    assert not O.medication_ordered(out, "nitrofurantoin"), O.orders(out)
    assert not O.ordered(out, r"\bct\b", "ultrasound"), O.orders(out)
