"""infect52 (session 52): infection, sepsis, toxicology, bites and envenoming.

Written from guidelines, not from shared data: a seizure and a broad-complex
bradycardia after a Bier's block is local anaesthetic toxicity treated with lipid
(Neal JM et al. ASRA 2020; AAGBI 2010); a metformin user's lactic acidosis at a normal
glucose is no DKA to be given insulin (Calello DP et al. EXTRIP 2015; Umpierrez GE et
al. ADA 2024); a heat stroke with a focal chest sign keeps its antibiotics (Evans L et
al. SSC 2021; Bouchama A 2022); a febrile rash after tick bites gets doxycycline now
(Biggs HM et al. CDC 2016); black necrosis of the palate in DKA is mucormycosis
(Cornely OA et al. ECMM 2019); a bleeding febrile traveller from West Africa is
isolated as a possible VHF (ACDP / UKHSA 2015/2023); a condom failure with a partner
with HIV gets PEP (Cresswell F et al. BHIVA/BASHH 2021); an infected joint replacement
is no flexor tenosynovitis and is coded T84.5- (IDSA 2013 PJI); a fluctuant swelling
is incised (IDSA SSTI 2014); chronic salicylism gets no sepsis antibiotics (EXTRIP
2015); measles by its clinical case definition (CSTE 2013; UKHSA 2024); a febrile rash
with mouth ulcers after condomless sex gets an HIV test (BHIVA/BASHH/BIA 2020); rigors
as a parenteral feed starts are a line infection (Mermel LA et al. IDSA 2009);
valproate's hyperammonaemia gets carnitine and the drug held (Perrott J et al. 2010);
a macaque bite gets B virus prophylaxis (Cohen JI et al. 2002); a Centor 4/4 sore
throat under a fever complaint is strep throat (NICE NG84; IDSA 2012).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (093cc3ae) -------------------------


def test_a_seizure_after_a_biers_block_is_local_anaesthetic_toxicity(
    reason: Reason,
) -> None:
    """Neal JM et al. ASRA LAST checklist 2020; AAGBI 2010: CNS and cardiovascular
    toxicity after a regional block is treated with 20 % lipid emulsion, not worked as
    a first seizure for an outpatient EEG."""
    out = reason(
        make_case(
            "seizure",
            age=72,
            sex="M",
            vitals=vitals(42, 80, 48, 12, 96, 36.5),
            one_liner="72M fitted during manipulation of a wrist fracture",
            ed_note=(
                "A Bier's block with prilocaine for a distal radius fracture; the cuff "
                "leaked. Perioral tingling, then a tonic-clonic seizure. Now "
                "bradycardic 42 with broad complexes."
            ),
        )
    )
    assert O.medication_ordered(out, r"lipid emulsion"), O.order_names(out)
    assert not O.ordered(out, r"outpatient neurology"), O.order_names(out)


def test_metformin_lactic_acidosis_at_a_normal_glucose_gets_no_insulin(
    reason: Reason,
) -> None:
    """Calello DP et al. EXTRIP metformin 2015; Umpierrez GE et al. ADA 2024: an
    acidosis with a lactate of 16 and a glucose of 6.5 on metformin is MALA; the 'K' of
    DKA is not Kussmaul breathing at a normal glucose."""
    out = reason(
        make_case(
            "shortness of breath",
            age=69,
            sex="F",
            vitals=vitals(116, 92, 50, 32, 97, 36.0),
            one_liner="69F on metformin, vomiting for 3 days, breathing deeply",
            ed_note=(
                "Type 2 diabetes on metformin 1 g twice daily, carried on taking it "
                "through 3 days of diarrhoea. Deep sighing breathing. Venous pH 6.95, "
                "lactate 16, bicarbonate 6, creatinine 420, glucose 6.5."
            ),
        )
    )
    assert "metformin" in O.working(out), O.working(out)
    assert not O.medication_ordered(out, r"insulin infusion"), O.order_names(out)
    assert O.ordered(out, r"haemodialysis"), O.order_names(out)


def test_a_heat_stroke_with_crackles_at_one_base_keeps_its_antibiotic(
    reason: Reason,
) -> None:
    """Evans L et al. SSC 2021; Bouchama A et al. 2022 (classic heat stroke in older
    adults often carries an infection): a focal chest sign is a clue to infection, so
    the sepsis antibiotic is not withheld as a sterile SIRS."""
    out = reason(
        make_case(
            "confusion",
            age=86,
            sex="M",
            vitals=vitals(128, 96, 58, 28, 93, 40.8),
            one_liner="86M found confused in a hot flat during a heatwave",
            ed_note=(
                "Found on the floor of his flat in a heatwave, skin hot and dry, GCS "
                "12. Coughing for two days before. Crackles at the left base. Lactate "
                "3.2, CK 1800."
            ),
        )
    )
    assert O.medication_ordered(out, r"antibiotic"), O.order_names(out)
    assert O.ordered(out, r"cooling"), O.order_names(out)


def test_a_febrile_rash_after_tick_bites_gets_doxycycline_now(reason: Reason) -> None:
    """Biggs HM et al. CDC MMWR 2016;65(2):1: a tick-borne spotted fever is treated
    with doxycycline on suspicion, without waiting for serology."""
    out = reason(
        make_case(
            "fever",
            age=45,
            sex="F",
            vitals=vitals(110, 118, 70, 20, 98, 39.0),
            one_liner="45F fever and headache after camping in Tennessee",
            ed_note=(
                "Camping in Tennessee last week, removed a tick from her leg. Four "
                "days of fever, severe headache and aching muscles; a spotty rash "
                "started on the wrists and ankles yesterday. Platelets 90, sodium 130."
            ),
        )
    )
    assert O.medication_ordered(out, r"doxycycline"), O.order_names(out)
    assert _code(out).startswith("A77"), _code(out)


def test_black_necrosis_of_the_palate_in_dka_is_mucormycosis(reason: Reason) -> None:
    """Cornely OA et al. ECMM/MSG-ERC 2019: black necrosis of the palate or turbinate in
    ketoacidosis is rhino-orbital mucormycosis: amphotericin and the surgeon now."""
    out = reason(
        make_case(
            "facial pain",
            age=47,
            sex="F",
            vitals=vitals(118, 114, 70, 26, 97, 37.9),
            one_liner="47F with type 1 diabetes in DKA, painful swollen cheek",
            ed_note=(
                "Type 1 diabetes, glucose 29, pH 7.08, ketones 5.8. Three days of "
                "right facial pain and swelling; a black eschar on the hard palate and "
                "necrotic turbinates on the right."
            ),
        )
    )
    assert O.medication_ordered(out, r"amphotericin"), O.order_names(out)
    assert O.ordered(out, r"debridement"), O.order_names(out)
    assert _code(out) == "B46.1", _code(out)


def test_a_bleeding_febrile_traveller_from_west_africa_is_isolated(
    reason: Reason,
) -> None:
    """ACDP / UKHSA VHF risk assessment (2015, updated 2023): a fever within 21 days of
    a VHF-endemic area with bleeding is a high possibility: isolation, enhanced PPE and
    the infection consultant before other samples."""
    out = reason(
        make_case(
            "fever",
            age=36,
            sex="M",
            vitals=vitals(116, 102, 60, 22, 97, 39.2),
            one_liner="36M fever and vomiting, back from Liberia a week ago",
            ed_note=(
                "Returned from Liberia 7 days ago after visiting family in a rural "
                "village. Fever, myalgia, vomiting and diarrhoea; bleeding from his "
                "gums since this morning."
            ),
        )
    )
    assert O.ordered(out, r"isolat"), O.order_names(out)
    assert _code(out) == "A99", _code(out)


def test_a_condom_failure_with_a_partner_with_hiv_gets_pep(reason: Reason) -> None:
    """Cresswell F et al. BHIVA/BASHH PEP 2021: receptive sex with a partner with HIV
    who is not virally suppressed, within 72 h, is PEP now with baseline tests."""
    out = reason(
        make_case(
            "possible HIV exposure",
            age=29,
            sex="F",
            vitals=vitals(82, 118, 72, 14, 99, 36.7),
            one_liner="29F condom broke last night, partner has HIV",
            ed_note=(
                "The condom broke during vaginal sex last night. Her partner has HIV "
                "and has not taken his treatment for a year. Not on PrEP."
            ),
        )
    )
    assert O.medication_ordered(out, r"\bPEP\b"), O.order_names(out)
    assert not O.ordered(out, r"doppler"), O.order_names(out)
    assert _code(out) == "Z20.6", _code(out)


def test_an_infected_knee_replacement_is_no_flexor_tenosynovitis(
    reason: Reason,
) -> None:
    """Osmon DR et al. IDSA 2013 prosthetic joint infection; Kennedy CD et al. Hand
    2017 (Kanavel's signs are the finger's): a replaced knee held in flexion is
    aspirated by orthopaedics and coded T84.5-, not sent to the hand surgeon."""
    out = reason(
        make_case(
            "knee pain",
            age=70,
            sex="M",
            vitals=vitals(106, 132, 78, 18, 97, 38.4),
            one_liner="70M knee replacement 2 years ago, painful hot knee and fever",
            ed_note=(
                "Right total knee replacement two years ago. Four days of a hot, "
                "swollen, painful right knee held in flexion, fever. CRP 210."
            ),
        )
    )
    assert not O.ordered(out, r"hand surg"), O.order_names(out)
    assert _code(out) == "T84.50XA", _code(out)


def test_a_fluctuant_swelling_within_a_cellulitis_is_incised(reason: Reason) -> None:
    """Stevens DL et al. IDSA SSTI 2014: an abscess is recognised by its fluctuance and
    drained; the surrounding cellulitis adds an antibiotic, it does not replace the
    incision."""
    out = reason(
        make_case(
            "arm swelling",
            age=33,
            sex="M",
            vitals=vitals(100, 126, 78, 16, 98, 38.1),
            one_liner="33M injects heroin, red painful lump on the arm",
            ed_note=(
                "Injects into his right antecubital fossa. Five days of a hot, red, "
                "tender swelling with a fluctuant area 4 cm across and redness "
                "spreading around it. No pulsation."
            ),
        )
    )
    assert O.ordered(out, r"incision and drainage"), O.order_names(out)


def test_chronic_salicylism_without_an_infection_sign_gets_no_sepsis_antibiotic(
    reason: Reason,
) -> None:
    """Juurlink DN et al. EXTRIP salicylates 2015; Evans L et al. SSC 2021: an older
    adult's confusion and tachypnoea on regular high-dose aspirin, afebrile and with no
    sign of infection, is salicylism, not a sepsis for cultures and antibiotics."""
    out = reason(
        make_case(
            "confusion",
            age=81,
            sex="F",
            vitals=vitals(106, 134, 72, 28, 97, 36.9),
            one_liner="81F muddled and breathing fast, lots of aspirin for her hip",
            ed_note=(
                "Three weeks of aspirin 900 mg five times a day for hip pain. Ringing "
                "in the ears, vomiting and now confused. Chest clear, urine dip "
                "negative. Salicylate 48 mg/dL, pH 7.42, bicarbonate 15."
            ),
        )
    )
    assert O.medication_ordered(out, r"bicarbonate"), O.order_names(out)
    assert not O.medication_ordered(out, r"broad-spectrum"), O.order_names(out)
    assert not O.ordered(out, r"blood cultures"), O.order_names(out)


def test_fever_rash_and_the_three_cs_in_an_unvaccinated_adult_is_measles(
    reason: Reason,
) -> None:
    """CDC/CSTE 2013 measles clinical case; UKHSA national measles guidelines 2024:
    fever and a rash spreading from behind the ears with cough, coryza or
    conjunctivitis is measles: airborne isolation and notification."""
    out = reason(
        make_case(
            "rash",
            age=21,
            sex="F",
            vitals=vitals(112, 116, 70, 20, 96, 39.0),
            one_liner="21F fever, cough and a rash",
            ed_note=(
                "Never had MMR. Four days of fever, dry cough, runny nose and red "
                "eyes; rash started behind the ears yesterday and is now on the trunk."
            ),
        )
    )
    assert O.ordered(out, r"airborne isolation"), O.order_names(out)
    assert _code(out).startswith("B05"), _code(out)


def test_a_febrile_rash_with_mouth_ulcers_after_condomless_sex_gets_an_hiv_test(
    reason: Reason,
) -> None:
    """BHIVA/BASHH/BIA adult HIV testing guidelines 2020: a glandular-fever-like illness
    with a rash or mouth ulcers after a sexual exposure is tested for primary HIV
    infection with a fourth-generation test."""
    out = reason(
        make_case(
            "rash",
            age=31,
            sex="M",
            vitals=vitals(102, 124, 74, 16, 99, 38.3),
            one_liner="31M fever, rash and sore throat",
            ed_note=(
                "A week of fever, sore throat, aching and painful mouth ulcers; a "
                "blotchy red rash on the chest since yesterday. Condomless sex with a "
                "new partner three weeks ago."
            ),
        )
    )
    assert O.ordered(out, r"HIV antigen/antibody"), O.order_names(out)


def test_rigors_as_a_parenteral_feed_starts_are_a_line_infection(
    reason: Reason,
) -> None:
    """Mermel LA et al. IDSA CRBSI 2009: fever and rigors with line use in a patient
    with a central catheter: paired cultures from the line and a vein, vancomycin
    with Gram-negative cover, a line decision."""
    out = reason(
        make_case(
            "rigors",
            age=52,
            sex="M",
            vitals=vitals(116, 100, 60, 22, 97, 39.3),
            one_liner="52M on home TPN, rigors",
            ed_note=(
                "Intestinal failure on home parenteral nutrition through a Hickman "
                "line. Shaking, rigors 20 minutes after connecting his feed tonight."
            ),
        )
    )
    assert O.ordered(out, r"paired blood cultures"), O.order_names(out)
    assert _code(out) == "T80.211A", _code(out)


def test_valproate_hyperammonaemia_gets_carnitine_and_the_drug_held(
    reason: Reason,
) -> None:
    """Perrott J et al. Ann Pharmacother 2010; Lheureux PE, Hantson P 2009:
    hyperammonaemic encephalopathy on a therapeutic valproate dose: hold the drug,
    L-carnitine; an adverse effect (T42.6X5A), not a poisoning."""
    out = reason(
        make_case(
            "drowsy",
            age=41,
            sex="F",
            vitals=vitals(78, 124, 76, 16, 98, 36.8),
            one_liner="41F on sodium valproate, drowsy and muddled",
            ed_note=(
                "Bipolar disorder on sodium valproate, dose increased last week. Two "
                "days of drowsiness, confusion and vomiting. Afebrile. Ammonia 132, "
                "valproate level in range, ALT normal."
            ),
        )
    )
    assert O.medication_ordered(out, r"carnitine"), O.order_names(out)
    assert O.ordered(out, r"hold valproate"), O.order_names(out)
    assert _code(out) == "T42.6X5A", _code(out)


def test_a_macaque_bite_abroad_gets_b_virus_prophylaxis(reason: Reason) -> None:
    """Cohen JI et al. B Virus Working Group. Clin Infect Dis 2002;35:1191; UKHSA rabies
    2024: a macaque's bite is washed and valaciclovir given, beside rabies PEP."""
    out = reason(
        make_case(
            "animal bite",
            age=27,
            sex="M",
            vitals=vitals(80, 122, 76, 14, 99, 36.7),
            one_liner="27M monkey bite on the forearm in Thailand 2 days ago",
            ed_note=(
                "Bitten on the forearm by a macaque at a temple in Thailand two days "
                "ago; the skin was broken. No rabies vaccine before."
            ),
        )
    )
    assert O.medication_ordered(out, r"valaciclovir"), O.order_names(out)
    assert O.medication_ordered(out, r"rabies"), O.order_names(out)


def test_a_centor_four_sore_throat_under_a_fever_complaint_is_strep_throat(
    reason: Reason,
) -> None:
    """NICE NG84 2018; Shulman ST et al. IDSA 2012; Centor 1981: fever, exudate, tender
    anterior nodes and no cough is a streptococcal throat to test or treat, whatever
    the complaint it came under (lead52's request)."""
    out = reason(
        make_case(
            "fever",
            age=16,
            sex="F",
            vitals=vitals(110, 114, 70, 18, 98, 38.7),
            one_liner="16F fever and a sore throat",
            ed_note=(
                "Sore throat for two days with fever. Tonsillar exudate, tender "
                "anterior cervical nodes, no cough."
            ),
        )
    )
    assert "streptococcal" in O.working(out), O.working(out)


def test_swollen_wrist_tendons_with_finger_pustules_are_disseminated_gonorrhoea(
    reason: Reason,
) -> None:
    """Workowski KA et al. CDC STI guidelines 2021: tenosynovitis with pustular skin
    lesions is disseminated gonococcal infection: NAATs at every site and IV
    ceftriaxone, not only a septic joint's aspirate."""
    out = reason(
        make_case(
            "wrist pain",
            age=25,
            sex="F",
            vitals=vitals(100, 116, 70, 16, 99, 38.1),
            one_liner="25F painful swollen wrist and fever",
            ed_note=(
                "Three days of fever and a painful left wrist with swollen tendons on "
                "the back of the hand; scattered pustules on the fingers. New sexual "
                "partner last month."
            ),
        )
    )
    assert O.ordered(out, r"NAAT"), O.order_names(out)
    assert _code(out) == "A54.42", _code(out)


# --- guards: pass on the base and on the branch --------------------------------------


def test_guard_hyperglycaemic_dka_with_ketones_keeps_its_insulin(
    reason: Reason,
) -> None:
    """Guard. Umpierrez GE et al. ADA 2024: a glucose of 28 with ketones 5.5 and pH
    7.10 in type 1 diabetes is DKA: fixed-rate insulin after fluids."""
    out = reason(
        make_case(
            "vomiting",
            age=24,
            sex="M",
            vitals=vitals(118, 112, 68, 28, 98, 36.8),
            one_liner="24M type 1 diabetes, vomiting and abdominal pain",
            ed_note="Glucose 28 mmol/L, ketones 5.5, pH 7.10, bicarbonate 9.",
        )
    )
    assert O.medication_ordered(out, r"insulin infusion"), O.order_names(out)


def test_guard_an_exertional_heat_stroke_without_an_infection_sign_gets_no_antibiotic(
    reason: Reason,
) -> None:
    """Guard. Lipman GS et al. WMS 2019; Evans L et al. SSC 2021: a runner's heat stroke
    with a clear chest is cooled, not given sepsis antibiotics."""
    out = reason(
        make_case(
            "collapse",
            age=23,
            sex="M",
            vitals=vitals(140, 100, 60, 26, 98, 41.0),
            one_liner="23M collapsed at mile 20 of a marathon, confused",
            ed_note="Hot day. Confused, GCS 13. Chest clear. Rectal temperature 41.0.",
        )
    )
    assert O.ordered(out, r"cooling"), O.order_names(out)
    assert not O.medication_ordered(out, r"antibiotic"), O.order_names(out)


def test_guard_an_adder_bite_without_envenoming_gets_no_rabies_or_antibiotic(
    reason: Reason,
) -> None:
    """Guard. WHO 2016 snakebite; Warrell DA. BMJ 2005: an adder bite is observed with
    repeat bloods; a reptile carries no rabies and the bite needs no prophylactic
    antibiotic (session 51's leftover: the mammal bite's lines)."""
    out = reason(
        make_case(
            "snake bite",
            age=50,
            sex="M",
            vitals=vitals(84, 130, 80, 16, 99, 36.6),
            one_liner="50M bitten on the hand by an adder an hour ago",
            ed_note="Two puncture marks on the back of the hand, no swelling, well.",
        )
    )
    assert not O.medication_ordered(out, r"rabies"), O.order_names(out)
    assert not O.medication_ordered(out, r"amoxicillin"), O.order_names(out)
