"""infect46 (session 46): infection, sepsis, fever and toxicology.

Written from guidelines, not from shared data: a blood culture that grows an organism is
a bacteraemia treated intravenously with its source sought, and Staphylococcus aureus is
never a contaminant (Holland TL et al. JAMA 2014; Evans L et al. SSC 2021); a turbid
knee aspirate is no pleural infection (Roberts ME et al. BTS 2023) and a septic joint is
washed out (Coakley G et al. BSR/BOA 2006); a systemically unwell diverticulitis gets IV
antibiotics (NICE NG147 2019); erythema migrans is Lyme disease treated with doxycycline
(NICE NG95 2018); severe falciparum malaria gets IV artesunate now (WHO 2023); a
toddler's digoxin ingestion gets activated charcoal (Chyka PA et al. AACT/EAPCCT 2005);
diphenhydramine and a corrosive alkali are coded by their class (ICD-10-CM FY2024);
NICE NG51 thinks of sepsis only when infection is suspected.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_BLOOD_CULTURES = r"blood cultures"
_IV_ANTISTAPH = r"flucloxacillin 2 g IV|cefazolin 2 g IV|vancomycin"


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (f8ebf5cd) -------------------------


def test_staphylococcus_aureus_in_a_blood_culture_is_treated_not_observed(
    reason: Reason,
) -> None:
    """Holland TL, Arnold C, Fowler VG. JAMA 2014;312:1330: S. aureus in any blood
    culture bottle is a bacteraemia, never a contaminant: repeat cultures, IV
    anti-staphylococcal therapy, echocardiography, the line removed, infectious
    diseases input, admission."""
    out = reason(
        make_case(
            "abnormal lab",
            age=61,
            sex="F",
            vitals=vitals(94, 128, 76, 16, 98, 37.5),
            one_liner="61F recalled: Staph aureus grown in a blood culture",
            ed_note=(
                "Had a cannula in her right forearm for an infusion last week; the arm "
                "has been sore since. Microbiology phoned: Staphylococcus aureus grown "
                "in 1 of 2 blood culture bottles taken three days ago. Tired, one "
                "sweat. Tender red line along the old cannula vein."
            ),
        )
    )
    assert O.medication_ordered(out, _IV_ANTISTAPH), O.orders(out)
    assert O.ordered(out, _BLOOD_CULTURES), O.orders(out)
    assert O.ordered(out, r"echocardiogra"), O.orders(out)
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_gram_negative_rods_in_the_blood_get_an_iv_antibiotic_and_a_source_search(
    reason: Reason,
) -> None:
    """Tamma PD et al. IDSA 2023 Gram-negative guidance; Evans L et al. SSC 2021
    (source control): Gram-negative rods in the blood are treated with an IV
    beta-lactam after repeat cultures, and the urinary or biliary source is imaged
    for an obstruction to drain."""
    out = reason(
        make_case(
            "abnormal lab",
            age=66,
            sex="M",
            vitals=vitals(96, 134, 80, 18, 97, 37.7),
            one_liner="66M called back for a positive blood culture",
            ed_note=(
                "Seen two days ago with rigors and sent home. The laboratory rang: the "
                "blood cultures from that visit grew gram negative rods in both "
                "bottles. Feels washed out. Abdomen soft, no loin tenderness."
            ),
        )
    )
    assert O.medication_ordered(out, r"ceftriaxone|piperacillin"), O.orders(out)
    assert O.ordered(out, r"ultrasound"), O.orders(out)
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_a_turbid_knee_aspirate_is_no_pleural_infection(reason: Reason) -> None:
    """Roberts ME et al. BTS pleural disease 2023: a chest drain is for an infected
    pleural effusion; Coakley G et al. BSR/BOA 2006: a septic joint, once aspirated,
    is treated with IV antibiotics and referred for washout; the aspirate already
    done is read, not repeated."""
    out = reason(
        make_case(
            "knee pain",
            age=58,
            sex="F",
            vitals=vitals(98, 132, 78, 18, 98, 38.2),
            one_liner="58F hot swollen left knee, aspirated in the department",
            ed_note=(
                "Three days of a hot, swollen, red left knee, unable to bear weight. "
                "Knee aspirated in the department: turbid fluid, synovial WCC 92,000, "
                "no crystals. Blood cultures sent."
            ),
        )
    )
    assert not O.ordered(out, r"chest drain|pleural"), O.orders(out)
    assert O.ordered(out, r"orthopaedic|washout"), O.orders(out)
    assert not O.ordered(out, r"arthrocentesis"), O.orders(out)


def test_a_febrile_diverticulitis_with_a_high_white_count_gets_an_antibiotic(
    reason: Reason,
) -> None:
    """NICE NG147 2019 1.2.6-1.2.8: a diverticulitis with systemic signs (fever,
    tachycardia, a raised white count) is given an antibiotic (oral co-amoxiclav
    unless admitted), not antibiotics "only if complicated"."""
    out = reason(
        make_case(
            "abdominal pain",
            age=67,
            sex="M",
            vitals=vitals(106, 122, 72, 20, 97, 38.5),
            one_liner="67M left lower abdominal pain and fever",
            ed_note=(
                "Three days of left iliac fossa pain, fever and no appetite. Known "
                "diverticular disease. Tender in the left iliac fossa with guarding, "
                "no generalised peritonism. WBC 16.8, CRP 172."
            ),
        )
    )
    assert O.medication_ordered(out, r"IV antibiotics|ceftriaxone|co-amoxiclav"), (
        O.orders(out)
    )
    assert not O.ordered(out, r"antibiotics only if"), O.orders(out)


def test_an_expanding_ring_after_a_tick_bite_is_treated_as_lyme_disease(
    reason: Reason,
) -> None:
    """NICE NG95 2018 1.2.1, 1.3.2: erythema migrans (an expanding red rash, often
    with central clearing, after a tick bite) is Lyme disease, diagnosed clinically
    and treated with doxycycline for 21 days, without serology."""
    out = reason(
        make_case(
            "rash",
            age=51,
            sex="M",
            vitals=vitals(74, 128, 80, 14, 99, 37.1),
            one_liner="51M spreading red ring on the calf",
            ed_note=(
                "Hiking in the Scottish Highlands three weeks ago, pulled a tick off "
                "his calf. Over ten days a red patch on the calf has spread to 10 cm "
                "with central clearing; not itchy or painful. No joint swelling, no "
                "facial weakness."
            ),
        )
    )
    assert O.medication_ordered(out, r"doxycycline"), O.orders(out)
    assert not O.medication_ordered(out, r"cephalexin|cefalexin"), O.orders(out)
    assert _code(out) == "A69.20", out.final


def test_severe_falciparum_malaria_gets_iv_artesunate_now(reason: Reason) -> None:
    """WHO guidelines for malaria 2023; Lalloo DG et al. UK malaria 2016: falciparum
    on the film with impaired consciousness or hypoglycaemia is severe malaria: IV
    artesunate without delay, not "once films confirm"; no biliary drainage for its
    jaundice."""
    out = reason(
        make_case(
            "confusion",
            age=39,
            sex="M",
            vitals=vitals(118, 98, 60, 24, 96, 39.4),
            one_liner="39M back from Nigeria, fever, now drowsy",
            ed_note=(
                "Returned from Nigeria eight days ago. Four days of fever, now drowsy "
                "and confused, GCS 12. Thin film: Plasmodium falciparum, parasitaemia "
                "6 %. Glucose 3.0 mmol/L, creatinine 230, bilirubin 3.9 mg/dL."
            ),
        )
    )
    assert O.medication_ordered(out, r"IV artesunate 2.4 mg/kg now"), O.orders(out)
    assert not O.ordered(out, r"ERCP|biliary drainage"), O.orders(out)
    assert _code(out).startswith("B50"), out.final


def test_a_toddler_soon_after_a_digoxin_ingestion_gets_activated_charcoal(
    reason: Reason,
) -> None:
    """Chyka PA et al. AACT/EAPCCT 2005 single-dose activated charcoal; Goldfrank's
    Toxicologic Emergencies 11th ed.: charcoal within 1-2 h of a potentially toxic
    amount of an adsorbed drug (digoxin), with the level from 6 h."""
    out = reason(
        make_case(
            "ingestion",
            age=3,
            sex="F",
            vitals=vitals(108, 98, 60, 24, 99, 36.8),
            one_liner="3F swallowed some of grandma's digoxin half an hour ago",
            ed_note=(
                "Found 30 minutes ago chewing her grandmother's digoxin 250 microgram "
                "tablets; up to six tablets missing. Weight 14 kg. Alert and playing, "
                "no vomiting. Heart rate regular."
            ),
        )
    )
    assert O.medication_ordered(out, r"activated charcoal"), O.orders(out)


def test_a_diphenhydramine_overdose_is_coded_as_an_antihistamine(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 Table of Drugs and Chemicals: diphenhydramine is an
    antiallergic drug (T45.0X-), intentional self-harm X2A; Goldfrank's 11th ed.
    ch. 49: benzodiazepines for the anticholinergic agitation."""
    out = reason(
        make_case(
            "overdose",
            age=24,
            sex="F",
            vitals=vitals(126, 138, 84, 18, 98, 37.9),
            one_liner="24F took a box of diphenhydramine to end her life",
            ed_note=(
                "Took about thirty 50 mg diphenhydramine tablets four hours ago "
                "wanting to die. Agitated, picking at the air, dry flushed skin, "
                "pupils dilated, bladder palpable. QRS 98 ms."
            ),
        )
    )
    assert _code(out) == "T45.0X2A", out.final
    assert O.medication_ordered(out, r"benzodiazepine|lorazepam|diazepam"), O.orders(
        out
    )


def test_a_swallowed_alkali_is_coded_as_a_corrosive_alkali(reason: Reason) -> None:
    """ICD-10-CM FY2024 T54.3X-: sodium hydroxide (lye, drain cleaner) is a
    corrosive alkali; Chirica M et al. WSES-ESGE 2019: no charcoal, endoscopy."""
    out = reason(
        make_case(
            "ingestion",
            age=37,
            sex="M",
            vitals=vitals(102, 128, 78, 18, 98, 36.9),
            one_liner="37M drank caustic soda to harm himself",
            ed_note=(
                "Drank a cupful of caustic soda (sodium hydroxide) solution an hour "
                "ago intending to harm himself. Burning mouth, painful swallowing, "
                "drooling. Voice normal, no stridor."
            ),
        )
    )
    assert _code(out) == "T54.3X2A", out.final
    assert O.ordered(out, r"endoscopy"), O.orders(out)


def test_hyperventilation_without_a_sign_of_infection_is_no_sepsis(
    reason: Reason,
) -> None:
    """NICE NG51 (2016, updated 2024) 1.1.1: think sepsis when a sign or symptom
    suggests infection; Sepsis-3: organ dysfunction caused by infection. A panic
    attack's fast breathing with a normal temperature and nothing pointing to an
    infection gets no lactate or sepsis screen."""
    out = reason(
        make_case(
            "hyperventilation",
            age=23,
            sex="F",
            vitals=vitals(106, 122, 76, 28, 99, 36.7),
            one_liner="23F fast breathing and tingling hands after an argument",
            ed_note=(
                "Sudden fast breathing after a row with her flatmate, pins and needles "
                "in both hands and around the lips. Has had the same before. No chest "
                "pain, no leg swelling, not on hormonal contraception. Sats 99 %."
            ),
        )
    )
    assert not O.ordered(out, r"^lactate$|chest x-ray for a source"), O.orders(out)
    assert not O.ordered(out, _BLOOD_CULTURES), O.orders(out)


def test_a_febrile_cellulitis_with_a_penicillin_anaphylaxis_still_gets_iv_cover(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014; NICE NG141 2019: a cellulitis with systemic
    signs is treated intravenously; with a penicillin anaphylaxis the allergy
    alternative (clindamycin, or a dissimilar cephalosporin: AAAAI/ACAAI 2022) is
    given, never nothing."""
    out = reason(
        make_case(
            "leg swelling",
            age=57,
            sex="F",
            vitals=vitals(104, 126, 74, 18, 97, 38.3),
            one_liner="57F red hot shin, fever; penicillin anaphylaxis",
            ed_note=(
                "Four days of spreading redness, heat and tenderness of the left shin, "
                "fever since yesterday. No pus, no fluctuance, no crepitus. WBC 14.2. "
                "Allergies: penicillin (anaphylaxis)."
            ),
        )
    )
    assert O.medication_ordered(out, r"clindamycin|cefazolin|vancomycin"), O.orders(out)
    assert not O.medication_ordered(out, r"^MRSA"), O.orders(out)


# --- guards: right on base and after ------------------------------------------------


def test_guard_pneumonia_at_news2_7_keeps_the_sepsis_bundle(reason: Reason) -> None:
    """NICE NG51 / SSC 2021: suspected infection (cough, consolidation, fever) with
    NEWS2 >= 5 gets blood cultures, a lactate and antibiotics within the hour."""
    out = reason(
        make_case(
            "shortness of breath",
            age=63,
            sex="M",
            vitals=vitals(110, 118, 72, 28, 93, 38.7),
            one_liner="63M cough, fever and breathlessness",
            ed_note=(
                "Three days of productive cough and fever, right pleuritic pain. "
                "Crackles at the right base. WBC 18. CXR right lower lobe "
                "consolidation."
            ),
        )
    )
    assert O.ordered(out, _BLOOD_CULTURES), O.orders(out)
    assert O.ordered(out, r"lactate"), O.orders(out)


def test_guard_a_coagulase_negative_staph_in_one_bottle_is_no_bacteraemia(
    reason: Reason,
) -> None:
    """Hall KK, Lyman JA. Clin Microbiol Rev 2006;19:788: a skin commensal in one of
    two bottles is usually a contaminant; a well afebrile patient is not admitted for
    it."""
    out = reason(
        make_case(
            "abnormal lab",
            age=45,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99, 36.8),
            one_liner="45F recalled for a blood culture result",
            ed_note=(
                "Blood cultures from a clinic visit grew coagulase-negative "
                "staphylococci in 1 of 2 bottles, likely a contaminant. Feels well, "
                "no fever, no lines or prosthetic material."
            ),
        )
    )
    assert not O.medication_ordered(out, r"vancomycin|flucloxacillin|cefazolin"), (
        O.orders(out)
    )


def test_guard_simple_cystitis_stays_oral_and_at_home(reason: Reason) -> None:
    """NICE NG109 2018: a non-pregnant woman's lower UTI is treated with
    nitrofurantoin (or trimethoprim) for 3 days at home, without blood cultures."""
    out = reason(
        make_case(
            "dysuria",
            age=31,
            sex="F",
            vitals=vitals(80, 118, 74, 14, 99, 36.9),
            one_liner="31F two days of burning and frequency",
            ed_note=(
                "Dysuria, frequency and urgency for two days. No fever, no loin pain, "
                "no discharge. Urine hCG negative. Dip nitrite and leucocyte positive."
            ),
        )
    )
    assert O.medication_ordered(out, r"nitrofurantoin|trimethoprim"), O.orders(out)
    assert not O.ordered(out, _BLOOD_CULTURES), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_a_viral_cold_gets_no_antibiotic(reason: Reason) -> None:
    """NICE NG84 2018 (FeverPAIN 0-1) and NICE NG120 / CKS common cold: self-care,
    no antibiotic."""
    out = reason(
        make_case(
            "sore throat",
            age=28,
            sex="M",
            vitals=vitals(86, 122, 76, 14, 99, 37.5),
            one_liner="28M runny nose, sore throat and cough for 3 days",
            ed_note=(
                "Runny nose, sneezing, scratchy throat and a dry cough for three days; "
                "partner has a cold. Throat mildly red, no exudate, no tender nodes."
            ),
        )
    )
    assert not O.medication_ordered(
        out, r"penicillin|amoxicillin|cephalexin|cefalexin|azithromycin|doxycycline"
    ), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
