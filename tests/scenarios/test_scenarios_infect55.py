"""infect55 (session 55): travel, HIV, sexual exposure and toxicology.

Written from guidelines, not from shared data: a febrile traveller from a malaria area
(a volunteer's stay, India or Pakistan) has films until three are negative, a stay
five or more years before is no exposure (Lalloo DG et al. UK malaria treatment
guidelines 2016, J Infect 2016;72:635; WHO World Malaria Report 2023; CDC Yellow Book
2024); severe falciparum malaria gets careful fluids, not the sepsis bundle's 30 mL/kg
(WHO guidelines for malaria 2023; Hanson J et al. Crit Care Med 2013;41:972); a fever
with an eosinophilia after a freshwater swim in Africa is acute schistosomiasis (Ross AG
et al. Lancet Infect Dis 2007;7:218; Clerinx J, Van Gompel A 2011); a lake triathlon
with jaundice and a kidney injury is severe leptospirosis (WHO 2003); Pneumocystis
pneumonia is treated with co-trimoxazole and prednisolone (BHIVA OI 2011; NIH/CDC/IDSA
OI 2023), ring-enhancing lesions in advanced HIV as toxoplasmosis (NIH/CDC/IDSA OI 2023)
and a positive blood cryptococcal antigen with a headache as cryptococcal meningitis
(WHO 2022 cryptococcal disease guidelines); a split condom within 72 h gets the PEP
decision and emergency contraception (Cresswell F et al. BHIVA/BASHH PEP 2021; FSRH
2017); local anaesthetic toxicity gets lipid emulsion and no more local anaesthetic
(Neal JM et al. ASRA 2020); a brain abscess on CT is no stroke to reperfuse and a
hypoechoic liver lesion with fever is a liver abscess (Bodilsen J et al. ESCMID 2024;
Lardiere-Deguelte S et al. J Visc Surg 2015).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (cee594c7) -------------------------


def test_fever_and_eosinophilia_after_a_lake_swim_in_uganda_is_katayama_fever(
    reason: Reason,
) -> None:
    """Ross AG et al. Lancet Infect Dis 2007; Clerinx 2011: fever, wheals and an
    eosinophilia weeks after freshwater contact in Africa is acute schistosomiasis:
    serology now and later, infectious diseases; the malaria films still repeated."""
    out = reason(
        make_case(
            "fever",
            age=22,
            sex="M",
            vitals=vitals(100, 124, 76, 18, 98, 38.3),
            one_liner="22M evening fevers and hives after a summer in Uganda",
            ed_note=(
                "Volunteered at a school in Uganda and swam in Lake Victoria most "
                "weekends, home 4 weeks ago. 10 days of evening fevers, dry cough, "
                "itchy wheals and loose stools. Eosinophils 2.9 x10^9/L. One malaria "
                "film negative."
            ),
        )
    )
    assert _code(out) == "B65.9", _code(out)
    assert O.ordered(out, r"schistosom"), O.order_names(out)
    assert O.ordered(out, r"blood films.*(?:repeat|three)"), O.order_names(out)


def test_a_volunteer_back_from_malawi_with_fever_gets_malaria_films(
    reason: Reason,
) -> None:
    """Lalloo DG et al. UK 2016: a fever after a stay in a malaria area is malaria
    until three films are negative, whatever word tells the stay."""
    out = reason(
        make_case(
            "fever",
            age=30,
            sex="F",
            vitals=vitals(104, 120, 74, 18, 98, 38.8),
            one_liner="30F fevers and headache, volunteered in Malawi",
            ed_note=(
                "Volunteered at a rural hospital in Malawi for 3 months, home 10 "
                "days. 3 days of fevers, rigors, headache and aching. No cough, no "
                "urinary symptoms. Alert."
            ),
        )
    )
    assert O.ordered(out, r"blood films"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_tertian_fevers_after_pakistan_get_malaria_films(reason: Reason) -> None:
    """UKHSA imported malaria 2023; Lalloo 2016: most of the UK's vivax malaria comes
    from South Asia; a febrile traveller from Pakistan has films now."""
    out = reason(
        make_case(
            "fever",
            age=41,
            sex="M",
            vitals=vitals(102, 128, 80, 18, 98, 38.7),
            one_liner="41M fevers every other day since visiting family in Pakistan",
            ed_note=(
                "Visited family in Punjab, Pakistan for 2 months, returned 5 months "
                "ago. A week of fevers on alternate days with shaking chills and "
                "sweats. No cough, dysuria or rash."
            ),
        )
    )
    assert O.ordered(out, r"blood films"), O.order_names(out)


def test_severe_falciparum_gets_careful_fluids_not_thirty_ml_per_kg(
    reason: Reason,
) -> None:
    """WHO guidelines for malaria 2023; Hanson J et al. 2013: adults with severe
    malaria are not fluid-depleted and boluses bring pulmonary oedema: IV artesunate
    with careful fluids, no 30 mL/kg bolus."""
    out = reason(
        make_case(
            "fever",
            age=46,
            sex="F",
            vitals=vitals(122, 100, 60, 26, 95, 39.2),
            one_liner="46F drowsy and yellow, back from Nigeria 10 days ago",
            ed_note=(
                "Visited family in Nigeria, back 10 days, no prophylaxis. Fever and "
                "rigors 5 days, now drowsy (GCS 13) and jaundiced. Film: Plasmodium "
                "falciparum 8%. Lactate 4.6, creatinine 190, bilirubin 70."
            ),
        )
    )
    assert O.medication_ordered(out, r"artesunate"), O.order_names(out)
    assert not O.medication_ordered(out, r"30 ?ml/kg"), O.order_names(out)
    assert O.medication_ordered(out, r"careful"), O.order_names(out)


def test_hiv_with_exertional_desaturation_and_perihilar_haze_is_pcp(
    reason: Reason,
) -> None:
    """BHIVA OI 2011; NIH/CDC/IDSA OI 2023: HIV with a low CD4, a dry cough,
    desaturation on walking and bilateral perihilar haze is Pneumocystis pneumonia:
    high-dose co-trimoxazole and prednisolone when hypoxaemic."""
    out = reason(
        make_case(
            "cough",
            age=44,
            sex="F",
            vitals=vitals(106, 118, 72, 24, 94, 37.9),
            one_liner="44F HIV off treatment, CD4 60, dry cough and breathless",
            ed_note=(
                "HIV, stopped antiretrovirals a year ago, CD4 60. Four weeks of dry "
                "cough and breathlessness. SpO2 94% at rest dropping to 86% walking "
                "across the room. Chest clear. CXR: bilateral perihilar haze."
            ),
        )
    )
    assert O.medication_ordered(out, r"co-trimoxazole"), O.order_names(out)
    assert O.medication_ordered(out, r"prednisolone"), O.order_names(out)


def test_a_split_condom_last_night_gets_the_pep_decision_and_contraception(
    reason: Reason,
) -> None:
    """Cresswell F et al. BHIVA/BASHH PEP 2021: within 72 h the PEP decision is
    made by the partner and the act; FSRH 2017: emergency contraception is offered
    after unprotected sex; no ectopic work-up for a request for advice."""
    out = reason(
        make_case(
            "sexual exposure",
            age=23,
            sex="F",
            vitals=vitals(80, 116, 72, 14, 99, 36.6),
            one_liner="23F condom broke last night, partner's HIV status unknown",
            ed_note=(
                "Sex with a new male partner last night and the condom broke. His HIV "
                "status is unknown. Not using contraception. Wants advice on HIV "
                "and pregnancy. Well."
            ),
        )
    )
    assert O.ordered(out, r"pep decided"), O.order_names(out)
    assert O.medication_ordered(out, r"emergency contraception"), O.order_names(out)
    assert not O.ordered(out, r"transvaginal"), O.order_names(out)


def test_a_positive_blood_crag_with_headache_is_treated_as_cryptococcal_meningitis(
    reason: Reason,
) -> None:
    """WHO 2022 cryptococcal disease guidelines; Perfect JR et al. IDSA 2010: in HIV
    a positive blood CrAg with a headache is cryptococcal meningitis until the CSF
    says otherwise: amphotericin B with flucytosine, the opening pressure measured."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="F",
            vitals=vitals(94, 128, 80, 18, 98, 37.9),
            one_liner="36F HIV CD4 25, headache for 10 days",
            ed_note=(
                "HIV not on treatment, CD4 25. Ten days of headache and vomiting. "
                "GCS 15, no focal deficit. CT head normal. Serum CrAg positive."
            ),
        )
    )
    assert O.medication_ordered(out, r"amphotericin"), O.order_names(out)
    assert O.ordered(out, r"opening pressure"), O.order_names(out)


def test_seizure_after_a_lidocaine_infiltration_gets_lipid_and_no_more_anaesthetic(
    reason: Reason,
) -> None:
    """Neal JM et al. ASRA LAST checklist 2020; AAGBI 2010: seizures and
    cardiovascular toxicity after a local anaesthetic: lipid emulsion, and no
    further local anaesthetic (the wound waits)."""
    out = reason(
        make_case(
            "seizure",
            age=38,
            sex="F",
            vitals=vitals(48, 80, 44, 14, 95, 36.7),
            one_liner="38F fitted while a forearm laceration was being repaired",
            ed_note=(
                "Forearm laceration being repaired; about 35 mL of 2% lidocaine "
                "infiltrated. Tingling around the mouth then a generalised seizure. "
                "Now HR 48, QRS wide, BP 80/44."
            ),
        )
    )
    assert O.medication_ordered(out, r"lipid emulsion"), O.order_names(out)
    assert not O.ordered(out, r"under local an"), O.order_names(out)


def test_jaundice_and_kidney_injury_after_a_lake_triathlon_is_leptospirosis(
    reason: Reason,
) -> None:
    """WHO 2003 human leptospirosis: a febrile illness after freshwater exposure with
    jaundice or a kidney injury is severe leptospirosis: IV penicillin or
    ceftriaxone, admitted."""
    out = reason(
        make_case(
            "fever",
            age=33,
            sex="F",
            vitals=vitals(110, 106, 64, 20, 97, 38.9),
            one_liner="33F fever and sore calves a week after an open-water triathlon",
            ed_note=(
                "Open-water triathlon 9 days ago. Fever, headache and calf pain for 5 "
                "days; now yellow with red eyes. Bilirubin 95, creatinine 240, "
                "platelets 70."
            ),
        )
    )
    assert O.medication_ordered(out, r"benzylpenicillin|ceftriaxone"), O.order_names(
        out
    )
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_a_febrile_hypoechoic_liver_lesion_is_a_liver_abscess(reason: Reason) -> None:
    """Lardiere-Deguelte S et al. J Visc Surg 2015: a hypoechoic liver lesion with
    fever is an abscess: cultures, ceftriaxone with metronidazole, drainage,
    admitted."""
    out = reason(
        make_case(
            "abdominal pain",
            age=55,
            sex="M",
            vitals=vitals(104, 126, 76, 18, 97, 38.6),
            one_liner="55M fever and right upper quadrant pain for 10 days",
            ed_note=(
                "10 days of fevers, night sweats and right upper quadrant pain. "
                "Ultrasound: 6 cm hypoechoic lesion in the right lobe of the liver. "
                "WBC 17."
            ),
        )
    )
    assert O.medication_ordered(out, r"metronidazole"), O.order_names(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_a_brain_abscess_on_ct_gets_no_stroke_reperfusion_line(reason: Reason) -> None:
    """Merino JG et al. Stroke 2013; Bodilsen J et al. ESCMID 2024: a ring-enhancing
    lesion explains the deficit: neurosurgery and antibiotics, no stroke team for
    reperfusion and no lytic."""
    out = reason(
        make_case(
            "weakness",
            age=52,
            sex="F",
            vitals=vitals(96, 142, 86, 18, 97, 38.1),
            one_liner="52F a week of headache and fever, now right hand weakness",
            ed_note=(
                "Sinusitis a month ago. A week of headache and fevers; today right arm "
                "and face weakness, right arm 3/5. CT head with contrast: 2.5 cm "
                "ring-enhancing lesion left frontal lobe with oedema."
            ),
        )
    )
    assert O.medication_ordered(out, r"metronidazole"), O.order_names(out)
    assert not O.ordered(out, r"reperfusion"), O.order_names(out)
    assert not O.medication_ordered(out, r"alteplase|tenecteplase"), O.order_names(out)


def test_ring_enhancing_lesions_in_advanced_hiv_are_treated_as_toxoplasmosis(
    reason: Reason,
) -> None:
    """NIH/CDC/IDSA OI 2023 (Toxoplasma gondii encephalitis): HIV with a low CD4 and
    ring-enhancing lesions with a neurological symptom: pyrimethamine, sulfadiazine
    and folinic acid now, imaging repeated for the response."""
    out = reason(
        make_case(
            "confusion",
            age=39,
            sex="F",
            vitals=vitals(92, 130, 80, 16, 98, 37.6),
            one_liner="39F HIV CD4 40, confused with a left arm weakness",
            ed_note=(
                "HIV, not on antiretrovirals, CD4 40. A week of headache and "
                "confusion, left arm weakness. MRI: several ring-enhancing lesions "
                "in the basal ganglia."
            ),
        )
    )
    assert O.medication_ordered(out, r"pyrimethamine"), O.order_names(out)


# --- guards: pass on base and branch ---------------------------------------------


def test_guard_a_vfr_trip_two_weeks_ago_after_settling_here_years_ago_keeps_films(
    reason: Reason,
) -> None:
    """Lalloo 2016: visiting friends and relatives carries the highest risk; a
    settlement years ago does not date this trip."""
    out = reason(
        make_case(
            "fever",
            age=48,
            sex="M",
            vitals=vitals(104, 126, 78, 18, 98, 38.9),
            one_liner="48M fever and rigors after visiting family",
            ed_note=(
                "Moved to the UK 15 years ago, back from visiting family in Lagos 2 "
                "weeks ago. 3 days of fevers, rigors and headache."
            ),
        )
    )
    assert O.ordered(out, r"blood films"), O.order_names(out)


def test_guard_a_pneumonia_eight_years_after_ghana_gets_no_malaria_films(
    reason: Reason,
) -> None:
    """Guard (Lalloo DG et al. UK 2016): falciparum malaria presents within 3 months
    and nearly always within a year; a trip 8 years ago is no exposure of this fever
    (a dated past stay is historical: ``findings.context_status``)."""
    out = reason(
        make_case(
            "fever",
            age=50,
            sex="F",
            vitals=vitals(100, 130, 78, 20, 96, 38.4),
            one_liner="50F fever and productive cough for 3 days",
            ed_note=(
                "Returned from working in Ghana 8 years ago and has not travelled "
                "since. 3 days of fever, green sputum and right pleuritic pain. "
                "Crackles right base. CXR: right lower lobe consolidation."
            ),
        )
    )
    assert not O.ordered(out, r"blood films?|malaria"), O.order_names(out)


def test_guard_septic_shock_without_malaria_keeps_thirty_ml_per_kg(
    reason: Reason,
) -> None:
    """Evans L et al. SSC 2021: sepsis with hypotension or a lactate >= 4 keeps the
    30 mL/kg crystalloid."""
    out = reason(
        make_case(
            "fever",
            age=70,
            sex="M",
            vitals=vitals(124, 82, 44, 26, 94, 39.1),
            one_liner="70M fever, rigors and dysuria, BP 82/44",
            ed_note=(
                "Two days of dysuria and rigors, now confused. Urine dip nitrites "
                "positive. Lactate 5.2."
            ),
        )
    )
    assert O.medication_ordered(out, r"30 ?ml/kg"), O.order_names(out)
