"""infect45 (session 45): infection, sepsis, fever, urinary infections.

Written from guidelines, not from shared data: pain beyond the skin with dusky skin is a
necrotising infection for the surgeon (Stevens DL et al. IDSA SSTI 2014); a diabetic
foot ulcer that probes to bone is osteomyelitis until shown otherwise (Senneville E et
al. IWGDF/IDSA 2023); infectious mononucleosis gets no antibiotic and its palatal
petechiae are no meningococcal rash (Luzuriaga K, Sullivan JL. NEJM 2010; NICE NG240);
cellulitis with systemic signs is treated intravenously (IDSA 2014); a sore throat
with four Centor criteria is tested or treated for group A streptococcus (Shulman ST et
al. IDSA 2012; NICE NG84); blood cultures follow NICE NG51's risk (NEWS2 >= 5 or a
high-risk criterion) and a suspected infection, not a low-risk influenza-like illness
or an afebrile delirium.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_BLOOD_CULTURES = r"blood cultures"
_ORAL_CEFALEXIN = r"cephalexin|cefalexin"
_IV_CELLULITIS = r"cefazolin|flucloxacillin 2 g IV|ceftriaxone|clindamycin 600 mg IV"
_ANTIBIOTIC = (
    r"penicillin|amoxicillin(?! or ampicillin gives)|ceftriaxone|vancomycin|"
    r"cephalexin|cefalexin|azithromycin|clindamycin"
)


# --- targets: each fails on the session's base (9793a369) -------------------------


def test_pain_beyond_the_skin_with_dusky_patches_goes_to_the_surgeon(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014 (Clin Infect Dis 2014;59:e10): severe pain out
    of proportion to the skin with hard signs (dusky or necrotic skin, bullae,
    crepitus) is a necrotising soft tissue infection: emergency surgical exploration
    and debridement with broad antibiotics, not imaging first (Wong CH et al. J Bone
    Joint Surg Am 2003;85:1454)."""
    out = reason(
        make_case(
            "leg pain",
            age=49,
            sex="M",
            vitals=vitals(128, 92, 54, 24, 96, 38.9),
            one_liner="49M severe thigh pain and fever",
            ed_note=(
                "Small cut on the thigh four days ago. Since yesterday severe pain in "
                "the thigh far beyond what the skin shows, swelling, dusky patches "
                "and a bruise-like area spreading. Fever. WBC 22, lactate 3.8."
            ),
        )
    )
    assert O.ordered(out, r"surgery emergently|debridement"), O.orders(out)
    assert O.medication_ordered(out, "clindamycin"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_diabetic_ulcer_that_probes_to_bone_is_imaged_cultured_and_treated(
    reason: Reason,
) -> None:
    """Senneville E et al. IWGDF/IDSA 2023 diabetes-related foot infections: an ulcer
    in a person with diabetes whose floor the probe touches is osteomyelitis until shown
    otherwise: plain x-ray first, deep tissue culture, and with systemic signs a
    severe infection treated with parenteral antibiotics in hospital."""
    out = reason(
        make_case(
            "foot pain",
            age=70,
            sex="F",
            vitals=vitals(104, 128, 76, 18, 97, 38.3),
            one_liner="70F diabetic, infected ulcer on the heel",
            ed_note=(
                "Type 2 diabetes with neuropathy. Heel ulcer for two months, now "
                "five days of spreading redness, swelling and discharge. Probe "
                "touches bone. WBC 14."
            ),
        )
    )
    assert O.ordered(out, r"x-ray of the foot"), O.orders(out)
    assert O.medication_ordered(out, r"piperacillin|amoxicillin-clavulanate"), O.orders(
        out
    )


def test_mononucleosis_with_palatal_petechiae_gets_no_antibiotic(
    reason: Reason,
) -> None:
    """Luzuriaga K, Sullivan JL. N Engl J Med 2010;362:1993: infectious mononucleosis
    is treated supportively, without antibiotics (an aminopenicillin gives most a rash),
    and the spleen is protected from contact sport; petechiae on the palate are one of
    its signs (Ebell MH. JAMA 2004;292:2382), not the skin's non-blanching rash of
    meningococcal disease (NICE NG240 2024)."""
    out = reason(
        make_case(
            "sore throat",
            age=20,
            sex="F",
            vitals=vitals(94, 116, 70, 16, 99, 38.0),
            one_liner="20F ten days of sore throat and exhaustion",
            ed_note=(
                "Ten days of sore throat, fevers and exhaustion. Enlarged tonsils with "
                "exudate, petechiae on the palate, posterior cervical "
                "lymphadenopathy. Spleen tip palpable. Monospot positive."
            ),
        )
    )
    assert not O.medication_ordered(out, _ANTIBIOTIC), O.orders(out)
    assert not O.ordered(out, _BLOOD_CULTURES), O.orders(out)
    assert O.ordered(out, r"contact sport"), O.orders(out)


def test_cellulitis_with_fever_and_tachycardia_is_treated_intravenously(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014 (figure 1): non-purulent cellulitis with
    systemic signs of infection (temperature > 38, heart rate > 90, white count > 12) is
    moderate and treated with a parenteral antibiotic (penicillin, ceftriaxone,
    cefazolin or clindamycin); not oral cefalexin and home."""
    out = reason(
        make_case(
            "leg swelling",
            age=47,
            sex="M",
            vitals=vitals(110, 128, 76, 20, 97, 38.7),
            one_liner="47M red hot shin with fever and rigors",
            ed_note=(
                "Four days of spreading redness, heat and tenderness of the left shin "
                "from a cut, now fever and rigors. No pus, no blisters, no crepitus, "
                "pain in keeping with the appearance. WBC 15.2."
            ),
        )
    )
    assert O.medication_ordered(out, _IV_CELLULITIS), O.orders(out)
    assert not O.medication_ordered(out, _ORAL_CEFALEXIN), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_sore_throat_with_four_centor_criteria_is_tested_for_strep(
    reason: Reason,
) -> None:
    """Shulman ST et al. IDSA 2012 group A streptococcal pharyngitis (Clin Infect Dis
    2012;55:e86) and NICE NG84 2018: fever, tonsillar exudate, tender anterior
    cervical nodes ("front neck glands") and no cough (Centor 4; FeverPAIN >= 4)
    make streptococcal pharyngitis likely: a rapid antigen test and penicillin or
    amoxicillin when positive (NICE: an immediate antibiotic); home."""
    out = reason(
        make_case(
            "sore throat",
            age=23,
            sex="M",
            vitals=vitals(100, 124, 76, 16, 99, 38.6),
            one_liner="23M a day of very sore throat and fever",
            ed_note=(
                "A day of severe sore throat and fever. No cough, no runny nose. "
                "Red swollen tonsils with exudate, tender front neck glands."
            ),
        )
    )
    assert O.ordered(out, r"strep antigen|penicillin|amoxicillin"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_an_influenza_like_illness_at_news2_2_gets_no_blood_cultures(
    reason: Reason,
) -> None:
    """NICE NG51 (2016, updated 2024): an adult with suspected infection and NEWS2
    below 5 without a high-risk criterion is at low risk of sepsis: the source is
    treated on clinical judgement, blood cultures are not routine (RCP NEWS2 2017
    chart 1: heart rate 104 and temperature 38.7 score 1 each)."""
    out = reason(
        make_case(
            "fever",
            age=29,
            sex="F",
            vitals=vitals(104, 120, 74, 18, 98, 38.7),
            one_liner="29F two days of fever, aches and cough",
            ed_note=(
                "Two days of fever, muscle aches, headache and a dry cough. Eating "
                "and drinking. Chest clear. No rash, no neck stiffness. No medical "
                "history."
            ),
        )
    )
    assert not O.ordered(out, _BLOOD_CULTURES), O.orders(out)


def test_an_afebrile_drug_induced_delirium_gets_no_blood_cultures(
    reason: Reason,
) -> None:
    """NICE CG103 delirium: look for and treat the cause (here an anticholinergic
    drug); NICE NG51 and Evans L et al. SSC 2021 take blood cultures when infection is
    suspected, and nothing suggests one: afebrile, no source, normal observations."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="M",
            vitals=vitals(76, 140, 80, 16, 97, 36.7),
            one_liner="84M muddled since a new tablet",
            ed_note=(
                "Son says he has been muddled and sleepy for two days since "
                "amitriptyline was started for shingles pain. No fever, no cough, no "
                "urinary symptoms, no fall. Drowsy but rousable, no focal signs. "
                "Urine dip negative."
            ),
        )
    )
    assert not O.ordered(out, _BLOOD_CULTURES), O.orders(out)


# --- guards: right on the base, must stay right ---------------------------------------


def test_guard_mild_cellulitis_stays_oral_and_home(reason: Reason) -> None:
    """Stevens DL et al. IDSA SSTI 2014: cellulitis without systemic signs is mild:
    an oral antibiotic active against streptococci, the margin marked, home."""
    out = reason(
        make_case(
            "leg swelling",
            age=58,
            sex="F",
            vitals=vitals(80, 130, 78, 14, 98, 37.0),
            one_liner="58F red warm patch on the shin",
            ed_note=(
                "Three days of a red, warm, tender patch on the right shin spreading "
                "from a scratch. No fever, feels well. No pus, no blisters."
            ),
        )
    )
    assert O.medication_ordered(out, _ORAL_CEFALEXIN), O.orders(out)
    assert not O.medication_ordered(out, r"cefazolin"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_a_viral_sore_throat_gets_no_antibiotic(reason: Reason) -> None:
    """NICE NG84 2018: a sore throat with cough and coryza and no fever (FeverPAIN 0-1)
    is viral: no antibiotic, analgesia, home."""
    out = reason(
        make_case(
            "sore throat",
            age=31,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99, 37.2),
            one_liner="31F sore throat with a cold",
            ed_note="Three days of sore throat, runny nose and cough. No fever.",
        )
    )
    assert not O.medication_ordered(out, _ANTIBIOTIC), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_urosepsis_at_high_news2_keeps_its_blood_cultures(
    reason: Reason,
) -> None:
    """NICE NG51 / Evans L et al. SSC 2021: suspected sepsis at NEWS2 >= 7 (here rigors,
    loin pain, heart rate 122, systolic 92, lactate 3.2): blood cultures before
    antibiotics within the hour."""
    out = reason(
        make_case(
            "fever",
            age=72,
            sex="F",
            vitals=vitals(122, 92, 54, 26, 95, 39.1),
            one_liner="72F rigors and right loin pain",
            ed_note=(
                "Two days of burning urine, now right loin pain, rigors and vomiting. "
                "Right renal angle tenderness. Urine dip nitrite and leucocytes "
                "positive. Lactate 3.2."
            ),
        )
    )
    assert O.ordered(out, _BLOOD_CULTURES), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_guard_a_non_blanching_rash_with_fever_still_gets_ceftriaxone(
    reason: Reason,
) -> None:
    """NICE NG240 2024: fever with a non-blanching rash on the skin is meningococcal
    disease until shown otherwise: parenteral ceftriaxone at once."""
    out = reason(
        make_case(
            "rash",
            age=20,
            sex="M",
            vitals=vitals(126, 100, 60, 24, 97, 39.0),
            one_liner="20M fever and a purple rash",
            ed_note=(
                "Unwell since this morning with fever, vomiting and cold hands. "
                "Purple spots on the legs that do not fade under a glass."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)


def test_breathless_drug_injector_with_cavitating_nodules_is_worked_as_endocarditis(
    reason: Reason,
) -> None:
    """Delgado V et al. ESC 2023 endocarditis; Fowler VG et al. Duke-ISCVID 2023: in a
    person who injects drugs, fever with multiple cavitating lung nodules (septic
    pulmonary emboli) and a tricuspid murmur is right-sided endocarditis: three blood
    culture sets, an echocardiogram, admission; coded I33.0, not pneumonia."""
    out = reason(
        make_case(
            "shortness of breath",
            age=33,
            sex="M",
            vitals=vitals(116, 114, 68, 26, 93, 38.9),
            one_liner="33M injects drugs, breathless and febrile",
            ed_note=(
                "Injects heroin. Ten days of fevers and sweats, three days of "
                "breathlessness and pleuritic pain, some blood-streaked sputum. "
                "Pansystolic murmur at the left sternal edge louder on inspiration. "
                "CT chest: multiple peripheral cavitating nodules in both lungs."
            ),
        )
    )
    assert O.ordered(out, r"(?:three|3) sets of blood cultures"), O.orders(out)
    assert O.ordered(out, "echocardiog"), O.orders(out)
    assert out.final.icd10 == "I33.0", out.final


def test_a_new_soft_murmur_with_a_prosthetic_valve_and_fever_is_endocarditis(
    reason: Reason,
) -> None:
    """Fowler VG et al. Duke-ISCVID 2023; Delgado V et al. ESC 2023: fever with a
    prosthetic valve and a new regurgitant murmur is prosthetic-valve endocarditis
    until cultures and a transoesophageal echo say otherwise: worked as endocarditis,
    not as an unexplained fever."""
    out = reason(
        make_case(
            "fever",
            age=68,
            sex="F",
            vitals=vitals(98, 128, 74, 18, 97, 38.5),
            one_liner="68F fevers, mechanical mitral valve",
            ed_note=(
                "Mechanical mitral valve replaced three years ago, on warfarin. Two "
                "weeks of fevers and night sweats, no cough, no urinary symptoms. New "
                "soft pansystolic murmur. CRP 88."
            ),
        )
    )
    assert O.ordered(out, r"(?:three|3) sets of blood cultures"), O.orders(out)
    plan = O.treatment(out)
    assert plan is not None and "endocarditis" in plan.working_diagnosis.lower(), plan


def test_a_well_child_with_pneumonia_treated_at_home_gets_no_chest_x_ray(
    reason: Reason,
) -> None:
    """Harris M et al. BTS 2011 community-acquired pneumonia in children (Thorax
    2011;66 Suppl 2:ii1): a chest x-ray is not routine, and a child well enough to be
    treated at home does not need one: oral amoxicillin and safety-netting."""
    out = reason(
        make_case(
            "cough",
            age=6,
            sex="M",
            vitals=vitals(112, None, None, 24, 97, 38.4),
            one_liner="6-year-old with fever and a wet cough",
            ed_note=(
                "Three days of fever and a wet cough. Running around, eating and "
                "drinking. Crackles at the left base. Not breathless at rest."
            ),
        )
    )
    assert not O.ordered(out, r"chest x-ray"), O.orders(out)
    assert O.medication_ordered(out, "amoxicillin"), O.orders(out)


def test_a_mans_lower_urinary_infection_is_treated_for_seven_days(
    reason: Reason,
) -> None:
    """NICE NG109 2018 (1.1.10): a man with a lower urinary tract infection has a urine
    culture before an antibiotic and 7 days of nitrofurantoin or trimethoprim, not the
    non-pregnant woman's shorter course."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=52,
            sex="M",
            vitals=vitals(82, 130, 80, 14, 99, 36.9),
            one_liner="52M burning and frequency",
            ed_note=(
                "Two days of burning when passing urine and frequency. No fever, no "
                "loin pain, no testicular pain. Urine dip nitrite and leucocytes "
                "positive."
            ),
        )
    )
    assert O.ordered(out, "urine culture"), O.orders(out)
    assert O.medication_ordered(out, r"7 days"), O.orders(out)
    assert not O.medication_ordered(out, r"x5 days"), O.orders(out)


def test_burning_on_passing_urine_is_a_urinary_symptom_not_bacteriuria(
    reason: Reason,
) -> None:
    """Nicolle LE et al. IDSA 2019 asymptomatic bacteriuria: pyuria is asymptomatic
    only without a urinary symptom; "burning on passing urine" is dysuria, so an
    epididymitis with it is not told "no antibiotic for bacteriuria" (Street EJ et
    al. BASHH 2020 epididymo-orchitis: ceftriaxone and doxycycline)."""
    out = reason(
        make_case(
            "scrotal pain",
            age=26,
            sex="M",
            vitals=vitals(88, 124, 76, 16, 99, 37.6),
            one_liner="26M four days of a sore swollen testicle",
            ed_note=(
                "Four days of gradually worse right testicular pain and swelling, "
                "burning on passing urine. New partner. Tender swollen epididymis, "
                "testis lies normally, cremasteric reflex present. Urine dip "
                "leucocytes positive."
            ),
        )
    )
    assert not O.ordered(out, r"no antibiotic and no urine culture"), O.orders(out)
    assert O.medication_ordered(out, "doxycycline"), O.orders(out)


def test_guard_a_hypoxic_child_with_pneumonia_keeps_the_chest_x_ray(
    reason: Reason,
) -> None:
    """Harris M et al. BTS 2011: a child with hypoxaemia (SpO2 < 92 %) or respiratory
    distress has severe pneumonia, is admitted and has a chest x-ray."""
    out = reason(
        make_case(
            "cough",
            age=4,
            sex="F",
            vitals=vitals(150, None, None, 48, 89, 39.0),
            one_liner="4-year-old with fever, cough and fast breathing",
            ed_note=(
                "Two days of fever and cough, today breathing fast and working hard "
                "to breathe. Crackles at the right base. SpO2 89 % on air."
            ),
        )
    )
    assert O.ordered(out, r"chest x-ray"), O.orders(out)
