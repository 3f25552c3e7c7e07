"""infect53 (session 53): infection, sepsis, toxicology, bites and envenoming.

Written from guidelines, not from shared data: a sympathomimetic toxidrome is told by
its signs, and its heat is no sepsis (Holstege CP, Borek HA. Crit Care Clin 2012;28:479;
Lavonas EJ et al. AHA 2023 poisoning: benzodiazepines, cooling, no prone restraint);
ecstasy and the amphetamines have their own codes (ICD-10-CM FY2024 T43.64-, T43.62-);
streptococcal toxic shock is treated on hypoperfusion and organ failure, the CDC's
SBP <= 90 being a surveillance definition (CDC 2010 STSS; Evans L et al. SSC 2021;
UKHSA iGAS 2023: clindamycin); a black widow's bite is latrodectism, not a surgical
abdomen (Isbister GK, Fan HW. Lancet 2011); Papua New Guinea is no VHF area (ACDP /
UKHSA 2015/2023); impetigo (NICE NG153 2020); diabetic foot osteomyelitis on the plain
film (IWGDF/IDSA 2023); GHB coma (Busardo FP, Jones AW 2015; ICD-10-CM T41.29-); a
venomous snake's bite without envenoming is observed (WHO 2016; Warrell DA. BMJ 2005);
an overdose taken on impulse is self-harm (NICE NG225 2022); a fire victim's coma and
shock is cyanide poisoning (Anseeuw K et al. 2013); a needlestick from a source with
HIV is Z20.6; a possible VHF is not crossmatched (ACDP / UKHSA 2015/2023);
meningococcal disease is suspected on a non-blanching rash or meningism (NICE NG240
2024 1.4).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (b24000b7) -------------------------


def test_a_febrile_paranoid_man_with_big_pupils_and_sweating_is_sympathomimetic(
    reason: Reason,
) -> None:
    """Holstege CP, Borek HA 2012; Lavonas EJ et al. AHA 2023: agitation or psychosis,
    tachycardia, mydriasis, diaphoresis and heat are a sympathomimetic toxidrome, the
    drug untold: a benzodiazepine, cooling, no prone restraint; its heat is no sepsis
    to give antibiotics for."""
    out = reason(
        make_case(
            "agitation",
            age=27,
            sex="M",
            vitals=vitals(140, 170, 100, 24, 97, 38.8),
            one_liner="27M brought by police, convinced he is being followed",
            ed_note=(
                "Shouting that people are following him, paranoid, has not slept for "
                "two days. Drenched in sweat, pupils dilated, tremulous. No neck "
                "stiffness, no rash, chest clear. No psychiatric history."
            ),
        )
    )
    assert O.medication_ordered(out, r"benzodiazepine|lorazepam|diazepam|midazolam"), (
        O.order_names(out)
    )
    assert O.ordered(out, r"never prone"), O.order_names(out)
    assert not O.medication_ordered(out, r"antibiotic"), O.order_names(out)
    assert "sepsis" not in O.working(out).lower(), O.working(out)


def test_a_seizure_at_a_festival_after_ecstasy_is_mdma_toxicity(reason: Reason) -> None:
    """Holstege 2012 (a stimulant's seizure and heat); ICD-10-CM FY2024 Table of Drugs:
    ecstasy T43.64-; the hyponatraemic seizure gets hypertonic saline (ESE 2014)."""
    out = reason(
        make_case(
            "seizure",
            age=21,
            sex="M",
            vitals=vitals(126, 146, 88, 22, 97, 39.2),
            one_liner="21M fitted at a music festival after ecstasy",
            ed_note=(
                "Took ecstasy pills 5 hours ago and drank a lot of water. A "
                "generalised seizure in the ambulance, now drowsy and confused. "
                "Sodium 120. Temperature 39.2."
            ),
        )
    )
    assert _code(out) == "T43.641A", _code(out)
    assert O.medication_ordered(out, r"benzodiazepine|lorazepam"), O.order_names(out)
    assert O.ordered(out, r"hypertonic"), O.order_names(out)


def test_strep_toxic_shock_at_sbp_94_with_organ_failure_gets_clindamycin(
    reason: Reason,
) -> None:
    """CDC 2010 STSS (a surveillance definition: SBP <= 90); Evans L et al. SSC 2021
    (lactate >= 4 is hypoperfusion); UKHSA iGAS 2023 / IDSA 2014: clindamycin with the
    beta-lactam; A48.3."""
    out = reason(
        make_case(
            "fever and rash",
            age=41,
            sex="M",
            vitals=vitals(128, 94, 52, 26, 95, 39.4),
            one_liner="41M sore throat then a red rash all over and faint",
            ed_note=(
                "Sore throat for 4 days. Since yesterday a sunburn-like rash over the "
                "whole trunk, vomiting, dizzy standing up. Rapid strep test positive. "
                "BP 94/52 after a litre of saline. Creatinine 250, platelets 70, "
                "ALT 190, lactate 4.6."
            ),
        )
    )
    assert O.medication_ordered(out, r"clindamycin"), O.order_names(out)
    assert _code(out) == "A48.3", _code(out)


def test_a_black_widow_bite_with_belly_cramps_is_no_surgical_abdomen(
    reason: Reason,
) -> None:
    """Isbister GK, Fan HW. Lancet 2011; Clark RF et al. 1992: latrodectism's rigid,
    non-tender abdomen is the venom's spasm: opioid analgesia, no CT or surgeon;
    T63.311A."""
    out = reason(
        make_case(
            "spider bite",
            age=45,
            sex="F",
            vitals=vitals(108, 168, 98, 20, 98, 37.0),
            one_liner="45F bitten by a black widow spider while gardening in Texas",
            ed_note=(
                "Felt a sting on her forearm 2 hours ago while pulling weeds and saw a "
                "black widow spider. Now severe cramping abdominal pain, sweating, "
                "abdomen rigid but not tender. Bowel sounds normal."
            ),
        )
    )
    assert not O.ordered(out, r"\bct abdom|ct a/p"), O.order_names(out)
    assert not O.ordered(out, r"general surgery"), O.order_names(out)
    assert O.medication_ordered(out, r"morphine|opioid"), O.order_names(out)
    assert _code(out) == "T63.311A", _code(out)


def test_a_fever_after_papua_new_guinea_is_malaria_not_an_isolated_vhf(
    reason: Reason,
) -> None:
    """ACDP / UKHSA VHF 2015 (2023): the VHF areas are sub-Saharan Africa and the CCHF
    belt, not Papua New Guinea; a febrile traveller from there is tested for malaria
    (UK malaria guidelines 2016; WHO 2023)."""
    out = reason(
        make_case(
            "fever",
            age=39,
            sex="F",
            vitals=vitals(106, 124, 74, 18, 98, 39.1),
            one_liner="39F fever and rigors after returning from Papua New Guinea",
            ed_note=(
                "Returned from Papua New Guinea a week ago. Fever and rigors, "
                "headache, aches, a small nosebleed this morning. Platelets 95."
            ),
        )
    )
    assert not O.ordered(out, r"isolat"), O.order_names(out)
    assert O.ordered(out, r"malaria|blood films?"), O.order_names(out)


def test_golden_crusts_round_the_mouth_are_impetigo(reason: Reason) -> None:
    """NICE NG153 2020: localised non-bullous impetigo in a well patient gets hydrogen
    peroxide 1 % cream (a topical antibiotic if unsuitable); L01.01."""
    out = reason(
        make_case(
            "rash",
            age=33,
            sex="M",
            vitals=vitals(76, 126, 78, 14, 99, 36.8),
            one_liner="33M crusted sores on his chin for 5 days",
            ed_note=(
                "Golden crusted sores on the chin and around the mouth for 5 days, "
                "spreading a little. No fever, otherwise well."
            ),
        )
    )
    assert _code(out) == "L01.01", _code(out)
    assert O.ordered(out, r"hydrogen peroxide|fusidic"), O.order_names(out)


def test_cortical_erosion_under_a_diabetic_toe_ulcer_is_treated(reason: Reason) -> None:
    """Senneville E et al. IWGDF/IDSA 2023: an ulcer with bone erosion on the plain film
    is osteomyelitis: an antibiotic after a deep or bone specimen, the foot team."""
    out = reason(
        make_case(
            "foot ulcer",
            age=71,
            sex="F",
            vitals=vitals(92, 138, 78, 16, 97, 37.4),
            one_liner="71F with type 2 diabetes, an ulcer on her big toe for a month",
            ed_note=(
                "Type 2 diabetes with neuropathy. Ulcer on the tip of the left big toe "
                "for 4 weeks, the toe red and swollen. X-ray shows cortical erosion of "
                "the distal phalanx. Foot pulses present. ESR 88."
            ),
        )
    )
    assert O.medication_ordered(out, r"amoxicillin|doxycycline|piperacillin"), (
        O.order_names(out)
    )
    assert _code(out).startswith("E11"), _code(out)


def test_a_coma_after_ghb_is_ghb_toxicity_not_an_opioid_overdose(
    reason: Reason,
) -> None:
    """Busardo FP, Jones AW 2015: GHB's coma is supported (airway, monitoring); no
    antidote. ICD-10-CM FY2024 Table of Drugs: gamma-hydroxybutyrate T41.29-."""
    out = reason(
        make_case(
            "unresponsive",
            age=26,
            sex="F",
            vitals=vitals(52, 106, 62, 10, 94, 35.8),
            one_liner="26F found unconscious at a house party after taking GHB",
            ed_note=(
                "Friends say she drank GHB at a party an hour ago. GCS 6, snoring, "
                "pupils small. Glucose 5.8."
            ),
        )
    )
    assert _code(out) == "T41.291A", _code(out)
    assert O.ordered(out, r"airway"), O.order_names(out)


def test_an_adder_bite_without_envenoming_is_observed_and_coded(
    reason: Reason,
) -> None:
    """WHO 2016; Warrell DA. BMJ 2005;331:1244: a viper's bite without a sign is
    observed for 24 h with repeat bloods, no antibiotic; ICD-10-CM codes contact with a
    venomous snake in T63.0- (the European adder T63.09-)."""
    out = reason(
        make_case(
            "snake bite",
            age=55,
            sex="F",
            vitals=vitals(80, 130, 80, 16, 99, 36.7),
            one_liner="55F bitten on the hand by an adder in her garden 1 hour ago",
            ed_note=(
                "Bitten on the back of the right hand by an adder an hour ago. Two "
                "puncture marks, no swelling, no vomiting, no dizziness. Clotting and "
                "platelets normal."
            ),
        )
    )
    assert _code(out) == "T63.091A", _code(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert not O.medication_ordered(out, r"amoxicillin|co-amoxiclav|antibiotic\b"), (
        O.order_names(out)
    )


def test_an_overdose_taken_on_impulse_after_a_row_is_self_harm(reason: Reason) -> None:
    """NICE NG225 2022: self-poisoning whatever its motive is self-harm; ICD-10-CM
    I.C.19.e.5.b codes the intent as documented: T39.1X2A."""
    out = reason(
        make_case(
            "overdose",
            age=22,
            sex="M",
            vitals=vitals(92, 122, 74, 16, 99, 36.8),
            one_liner="22M took paracetamol after a row with his father",
            ed_note=(
                "After an argument at home he took 20 paracetamol 500 mg tablets on "
                "impulse 2 hours ago, then told his sister. Regrets it now."
            ),
        )
    )
    assert _code(out) == "T39.1X2A", _code(out)


def test_a_fire_victims_coma_and_shock_is_cyanide_poisoning(reason: Reason) -> None:
    """Anseeuw K et al. Eur J Emerg Med 2013: smoke inhalation with an altered
    consciousness and shock is treated as cyanide poisoning (hydroxocobalamin)."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=60,
            sex="M",
            vitals=vitals(120, 80, 46, 26, 94, 36.4),
            one_liner="60M pulled from a burning house, drowsy and hypotensive",
            ed_note=(
                "Rescued from a house fire after 20 minutes in the smoke. Soot in the "
                "nostrils, GCS 9. COHb 12 %."
            ),
        )
    )
    assert O.proposes(out, r"cyanide"), sorted(O.diagnoses_proposed(out))
    assert O.medication_ordered(out, r"hydroxocobalamin"), O.order_names(out)


def test_a_needlestick_from_a_patient_with_hiv_is_coded_z20_6(reason: Reason) -> None:
    """ICD-10-CM FY2024: exposure to HIV is Z20.6 (Z77.21 is a body fluid of unknown
    status); PEP now (UKHSA 2021)."""
    out = reason(
        make_case(
            "needlestick injury",
            age=29,
            sex="M",
            vitals=vitals(80, 124, 76, 14, 99, 36.7),
            one_liner="29M junior doctor, needlestick from a patient known to have HIV",
            ed_note=(
                "Hollow needle into his finger while taking blood 40 minutes ago. "
                "Washed and bled. Hepatitis B immune."
            ),
        )
    )
    assert _code(out) == "Z20.6", _code(out)
    assert O.ordered(out, r"\bpep\b|post-exposure"), O.order_names(out)


def test_septic_shock_without_a_rash_gets_no_meningococcal_protocol(
    reason: Reason,
) -> None:
    """NICE NG240 2024 1.4: meningococcal disease is suspected on a non-blanching rash
    or meningism; a septic shock with mottling and no rash is not notified for its
    contacts' chemoprophylaxis (peds53's request)."""
    out = reason(
        make_case(
            "fever",
            age=52,
            sex="M",
            vitals=vitals(132, 82, 46, 26, 95, 39.3),
            one_liner="52M fever, rigors and vomiting, mottled knees",
            ed_note=(
                "Fever and rigors since last night, vomiting and diarrhoea. Mottled "
                "knees, cold hands. No rash. Lactate 5.1."
            ),
        )
    )
    assert not O.ordered(out, r"chemoprophylaxis|notify public health"), O.order_names(
        out
    )
    assert O.medication_ordered(out, r"antibiotic|ceftriaxone|piperacillin"), (
        O.order_names(out)
    )


def test_a_possible_vhf_with_bleeding_gums_gets_no_crossmatch(reason: Reason) -> None:
    """ACDP / UKHSA VHF 2015 (2023): a possible VHF is isolated and sampled only as the
    infection consultant directs; its shock is capillary leak, not a haemorrhage to
    crossmatch and transfuse (WHO 2016 VHF clinical management)."""
    out = reason(
        make_case(
            "fever",
            age=33,
            sex="M",
            vitals=vitals(120, 98, 60, 22, 98, 39.2),
            one_liner="33M fever and bleeding gums 8 days after returning from Liberia",
            ed_note=(
                "Returned from Monrovia, Liberia, 8 days ago after working in a "
                "hospital there. Fever, myalgia and vomiting for 3 days, bleeding gums "
                "since this morning. Platelets 60."
            ),
        )
    )
    assert O.ordered(out, r"isolat"), O.order_names(out)
    assert not O.ordered(out, r"crossmatch|massive transfusion"), O.order_names(out)


def test_local_anaesthetic_toxicity_keeps_its_if_arrest_plan(reason: Reason) -> None:
    """Neal JM et al. ASRA 2020 LAST checklist: lipid now, and the plan if the heart
    stops (small adrenaline doses, no vasopressin, calcium-channel or beta-blockers or
    lidocaine); a contingency is not CPR ordered on a patient with a pulse."""
    out = reason(
        make_case(
            "seizure",
            age=49,
            sex="F",
            vitals=vitals(40, 80, 42, 12, 96, 36.6),
            one_liner="49F fitted during a femoral nerve block",
            ed_note=(
                "Femoral nerve block with 30 mL bupivacaine 0.5 % for a hip fracture. "
                "Perioral tingling then a seizure; now bradycardic at 40 with broad "
                "complexes."
            ),
        )
    )
    assert O.medication_ordered(out, r"lipid emulsion"), O.order_names(out)
    assert O.ordered(out, r"if arrest"), O.order_names(out)


# --- guards: pass on the base and on the branch -----------------------------------


def test_guard_a_calm_relapse_of_schizophrenia_gets_no_toxidrome_treatment(
    reason: Reason,
) -> None:
    """Hallucinations with normal vital signs, pupils and skin are no sympathomimetic
    toxidrome: no benzodiazepine or cooling lines (Holstege 2012)."""
    out = reason(
        make_case(
            "psychosis",
            age=34,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 99, 36.7),
            one_liner="34F known schizophrenia, voices back after stopping olanzapine",
            ed_note=(
                "Stopped her olanzapine 2 months ago, hearing voices again. Calm and "
                "cooperative, pupils normal, not sweaty. Denies drug use."
            ),
        )
    )
    assert not O.ordered(out, r"active cooling|never prone"), O.order_names(out)


def test_guard_urosepsis_with_shock_gets_no_clindamycin(reason: Reason) -> None:
    """SSC 2021: a urinary source is treated by its own antibiotic; clindamycin is for
    a toxin-mediated (streptococcal or staphylococcal) shock."""
    out = reason(
        make_case(
            "fever",
            age=78,
            sex="F",
            vitals=vitals(120, 86, 48, 24, 95, 38.8),
            one_liner="78F dysuria for 3 days, now confused and hypotensive",
            ed_note=(
                "Dysuria and frequency, now confused. Urine dip nitrites positive. No "
                "rash, no sore throat. Lactate 4.2, creatinine 190."
            ),
        )
    )
    assert not O.medication_ordered(out, r"clindamycin"), O.order_names(out)
    assert O.medication_ordered(out, r"antibiotic|ceftriaxone|piperacillin"), (
        O.order_names(out)
    )
