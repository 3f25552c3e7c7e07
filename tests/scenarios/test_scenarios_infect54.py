"""infect54 (session 54): infection, sepsis, travel, bites and toxicology.

Written from guidelines, not from shared data: a fever after travel to a malaria area
is malaria until three films are negative, one negative film excluding nothing
(Lalloo DG et al. UK malaria treatment guidelines 2016, J Infect 2016;72:635; UKHSA
2023; WHO guidelines for malaria 2023); vivax malaria is treated, its liver stages
cured after a G6PD test, and coded B51.9 (WHO 2023; ICD-10-CM FY2024); a possible viral
haemorrhagic fever in shock is worked as the VHF and its bleeding gums are no
haemorrhage to crossmatch (ACDP / UKHSA VHF risk assessment 2015/2023); the serum
cryptococcal antigen is a blood test not held for a deferred lumbar puncture (WHO 2022
cryptococcal disease guidelines); carbamazepine poisoning gets multiple-dose charcoal
and EXTRIP's dialysis criteria (Ghannoum M et al. EXTRIP 2014; Lavonas EJ et al. AHA
2023); a bite is coded as an open bite of its site and a bat in a sleeper's room as
Z20.3 (ICD-10-CM FY2024; UKHSA rabies 2024); S. aureus bacteraemia in a device carrier
brings the device team (Blomström-Lundqvist C et al. EHRA 2020; Delgado V et al. ESC
2023); carbon monoxide poisoning in pregnancy is sequenced O9A.21- (ICD-10-CM FY2024
I.C.15.a.1); a GHB coma's sinus bradycardia at a normal pressure gets no atropine
(Busardo FP, Jones AW. Curr Neuropharmacol 2015;13:47); a herpetic whitlow is not
incised (Wu IB, Schwartz RA. Cutis 2007;79:193); HIV PEP follows the partner's status
and the act (Cresswell F et al. BHIVA/BASHH 2021).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (bd85a5fa) -------------------------


def test_a_fever_after_lake_malawi_with_one_negative_film_keeps_malaria_open(
    reason: Reason,
) -> None:
    """Lalloo DG et al. UK 2016; UKHSA 2023: any febrile traveller from a malaria area
    has films repeated at 12-24 h and again (three sets); one negative film does not
    exclude malaria, whatever other source seems likely; not sent home meanwhile."""
    out = reason(
        make_case(
            "fever",
            age=27,
            sex="F",
            vitals=vitals(96, 116, 70, 16, 99, 38.4),
            one_liner="27F fever, hives and cough after swimming in Lake Malawi",
            ed_note=(
                "Swam in Lake Malawi on a gap year, returned 3 weeks ago. One week "
                "of fever, dry cough, itchy hives, headache. Eosinophils 3.8. Malaria "
                "film negative x1."
            ),
        )
    )
    assert O.ordered(out, r"blood films.*(?:repeat|three)"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_vivax_on_the_film_is_treated_and_coded(reason: Reason) -> None:
    """WHO 2023; Lalloo DG et al. UK 2016: vivax malaria gets an artemisinin
    combination or chloroquine now and a G6PD test before primaquine; B51.9."""
    out = reason(
        make_case(
            "fever",
            age=28,
            sex="F",
            vitals=vitals(102, 118, 70, 16, 99, 38.6),
            one_liner="28F intermittent fevers 4 months after a trip to India",
            ed_note=(
                "Travelled in India for 6 weeks, returned 4 months ago. Fevers every "
                "other day with rigors for a week. Film: Plasmodium vivax 0.3%. hCG "
                "negative."
            ),
        )
    )
    assert _code(out) == "B51.9", _code(out)
    assert O.medication_ordered(out, r"artemether|chloroquine"), O.order_names(out)
    assert O.ordered(out, r"g6pd"), O.order_names(out)


def test_a_possible_ebola_with_gums_bleeding_in_shock_is_worked_as_a_vhf(
    reason: Reason,
) -> None:
    """ACDP / UKHSA 2015/2023: a possible VHF is isolated and worked as such, its
    sepsis bundle beside; bleeding gums are a mucosal ooze, not blood loss to
    crossmatch and transfuse."""
    out = reason(
        make_case(
            "fever",
            age=38,
            sex="F",
            vitals=vitals(112, 96, 60, 22, 97, 39.2),
            one_liner="38F nurse back from an Ebola unit in DRC 9 days ago, fever",
            ed_note=(
                "Worked in an Ebola treatment unit in the Democratic Republic of "
                "Congo, returned 9 days ago. Fever, myalgia, diarrhoea and vomiting "
                "for 2 days. Gums bleeding this morning."
            ),
        )
    )
    assert "haemorrhagic fever" in O.working(out).lower() or (
        "hemorrhagic fever" in O.working(out).lower()
    ), O.working(out)
    assert O.ordered(out, r"isolat"), O.order_names(out)
    assert not O.ordered(out, r"crossmatch|massive transfusion"), O.order_names(out)


def test_the_serum_cryptococcal_antigen_is_not_held_for_a_deferred_lp(
    reason: Reason,
) -> None:
    """WHO 2022 cryptococcal disease guidelines: the blood antigen is sent now in HIV
    with a low CD4 and a headache; a lumbar puncture deferred for papilloedema does
    not hold it."""
    out = reason(
        make_case(
            "headache",
            age=34,
            sex="M",
            vitals=vitals(96, 128, 80, 16, 98, 38.1),
            one_liner="34M with HIV off treatment, 2 weeks of worsening headache",
            ed_note=(
                "HIV diagnosed 2 years ago, stopped antiretrovirals. CD4 40 last "
                "month. Two weeks of worsening headache, vomiting, blurred vision. "
                "Mild neck stiffness. Papilloedema. CT head normal."
            ),
        )
    )
    assert O.ordered(out, r"serum cryptococcal antigen"), O.order_names(out)


def test_a_carbamazepine_overdose_is_worked_as_carbamazepine_poisoning(
    reason: Reason,
) -> None:
    """Ghannoum M et al. EXTRIP carbamazepine 2014; AACT/EAPCCT 1999: multiple-dose
    charcoal, repeated levels and the dialysis criteria; T42.1X- (ICD-10-CM FY2024),
    not an opioid overdose."""
    out = reason(
        make_case(
            "overdose",
            age=30,
            sex="M",
            vitals=vitals(118, 104, 62, 10, 95, 36.6),
            one_liner="30M took a bottle of carbamazepine, drowsy and jerky",
            ed_note=(
                "Took about 60 carbamazepine 200 mg tablets 4 hours ago. GCS 10, "
                "nystagmus, myoclonic jerks, ataxia. QRS 104."
            ),
        )
    )
    assert _code(out).startswith("T42.1X"), _code(out)
    assert O.medication_ordered(out, r"multiple-dose activated charcoal"), (
        O.order_names(out)
    )
    assert "opioid" not in O.working(out).lower(), O.working(out)


def test_a_dog_bite_of_the_calf_is_coded_an_open_bite_of_the_lower_leg(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.b: a bite is an open wound coded by its site (S81.85-);
    UKHSA rabies 2024: a dog bite in Thailand gets rabies post-exposure treatment."""
    out = reason(
        make_case(
            "dog bite",
            age=35,
            sex="F",
            vitals=vitals(78, 118, 74, 14, 99, 36.8),
            one_liner="35F bitten by a stray dog in Thailand 5 days ago",
            ed_note=(
                "Bitten on the left calf by a stray dog in Bangkok 5 days ago, broke "
                "the skin, washed it. No rabies vaccine before or since."
            ),
        )
    )
    assert _code(out).startswith("S81.85"), _code(out)
    assert O.medication_ordered(out, r"rabies"), O.order_names(out)


def test_a_bat_in_a_sleepers_bedroom_is_coded_as_a_rabies_exposure(
    reason: Reason,
) -> None:
    """UKHSA rabies 2024: a bat in the room of a sleeping person is a possible
    exposure; with no bite it is Z20.3 (ICD-10-CM FY2024), not an injury."""
    out = reason(
        make_case(
            "animal exposure",
            age=41,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99, 36.7),
            one_liner="41F woke to find a bat flying in her bedroom",
            ed_note=(
                "Woke in the night and found a bat in her bedroom, window open. No "
                "bite or scratch seen or felt. The bat flew out and was not caught."
            ),
        )
    )
    assert _code(out) == "Z20.3", _code(out)
    assert O.medication_ordered(out, r"rabies"), O.order_names(out)


def test_staph_aureus_in_a_pacemaker_carriers_blood_brings_the_device_team(
    reason: Reason,
) -> None:
    """EHRA 2020 CIED infection consensus; ESC 2023 endocarditis: S. aureus
    bacteraemia with a device is a device infection until TOE and the device team
    exclude it (extraction cures it)."""
    out = reason(
        make_case(
            "fever",
            age=77,
            sex="M",
            vitals=vitals(104, 118, 66, 20, 96, 38.7),
            one_liner="77M with a pacemaker, fevers; GP blood cultures grew S. aureus",
            ed_note=(
                "Dual-chamber pacemaker fitted 8 months ago. Two weeks of fevers and "
                "sweats. GP blood cultures grew Staphylococcus aureus in 2 of 2 sets. "
                "Pocket not red. No new murmur heard."
            ),
        )
    )
    assert O.ordered(out, r"device (?:\(pacing\) )?team"), O.order_names(out)


def test_co_poisoning_at_24_weeks_is_sequenced_in_the_pregnancy_chapter(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.15.a.1: a poisoning complicating pregnancy is O9A.21- by
    trimester first; the fetal monitoring and hyperbaric referral stay."""
    out = reason(
        make_case(
            "headache",
            age=29,
            sex="F",
            vitals=vitals(104, 112, 68, 18, 98, 36.8),
            one_liner="29F 24 weeks pregnant, headache, CO alarm went off at home",
            ed_note=(
                "24 weeks pregnant. Headache and nausea since the morning, her partner "
                "has a headache too. Carbon monoxide alarm was sounding; old gas "
                "boiler. COHb 14%."
            ),
        )
    )
    assert _code(out) == "O9A.212", _code(out)
    assert O.ordered(out, r"fetal"), O.order_names(out)
    assert O.ordered(out, r"hyperbaric"), O.order_names(out)


def test_a_ghb_coma_at_hr_48_and_a_normal_pressure_gets_no_atropine(
    reason: Reason,
) -> None:
    """Busardo FP, Jones AW 2015: GHB's bradycardia needs no treatment at a normal
    pressure; the coma is the drug's, no instability sign (AHA 2020 bradycardia)."""
    out = reason(
        make_case(
            "unresponsive",
            age=24,
            sex="M",
            vitals=vitals(48, 104, 62, 12, 95, 35.8),
            one_liner="24M found unrousable at a party after 'G'",
            ed_note=(
                "Friends say he drank GHB ('G') mixed in juice, no other drugs. GCS 6, "
                "snoring. Pupils 3 mm reactive. HR 48 sinus. Glucose 6.1."
            ),
        )
    )
    assert not O.medication_ordered(out, r"atropine"), O.order_names(out)


def test_a_split_condom_without_a_partner_known_to_have_hiv_gets_no_reflex_pep(
    reason: Reason,
) -> None:
    """Cresswell F et al. BHIVA/BASHH PEP 2021 table 1 (peds54's request): PEP is
    recommended by the partner's status and the act; a split condom during vaginal sex
    with a partner of unknown status at no stated risk is no reflex PEP course."""
    out = reason(
        make_case(
            "MEDICATION REQUEST",
            age=19,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99, 36.7),
            one_liner="Condom split last night, wants emergency contraception",
            ed_note=(
                "Unprotected intercourse 14 hours ago, condom split. Last period 12 "
                "days ago. Not on contraception. Well."
            ),
        )
    )
    assert not O.ordered(out, r"HIV PEP now"), O.order_names(out)


# --- guards: nearby cases that must not change ---------------------------------------


def test_guard_three_negative_films_end_the_malaria_work_up(reason: Reason) -> None:
    """Lalloo DG et al. UK 2016: three negative films exclude malaria."""
    out = reason(
        make_case(
            "fever",
            age=30,
            sex="M",
            vitals=vitals(92, 124, 76, 16, 99, 38.2),
            one_liner="30M fever after Ghana, films done",
            ed_note=(
                "Returned from Ghana 2 weeks ago. Fever for 4 days, sore throat. Three "
                "malaria films negative over 48 hours."
            ),
        )
    )
    assert not O.ordered(out, r"three sets"), O.order_names(out)


def test_guard_a_bradycardic_overdose_in_shock_keeps_atropine(reason: Reason) -> None:
    """AHA 2020 bradycardia; Lavonas EJ et al. AHA 2023: a beta-blocker overdose with
    HR 42 and SBP 72 is unstable: atropine stays."""
    out = reason(
        make_case(
            "overdose",
            age=45,
            sex="F",
            vitals=vitals(42, 72, 40, 14, 96, 36.4),
            one_liner="45F took 40 propranolol tablets 2 hours ago, dizzy",
            ed_note="Took about 40 propranolol 80 mg tablets two hours ago. Drowsy.",
        )
    )
    assert O.medication_ordered(out, r"atropine"), O.order_names(out)


def test_grouped_vesicles_on_a_finger_pulp_are_a_herpetic_whitlow(
    reason: Reason,
) -> None:
    """Wu IB, Schwartz RA. Cutis 2007;79:193: a herpetic whitlow is not incised; an
    oral antiviral when seen early; B00.89 (ICD-10-CM FY2024)."""
    out = reason(
        make_case(
            "finger pain",
            age=26,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99, 37.2),
            one_liner="26F dental nurse, painful blisters on the tip of a finger",
            ed_note=(
                "Three days of burning pain then a cluster of small clear and cloudy "
                "vesicles on the pulp of the right index finger. No fluctuance. Had a "
                "cold sore last week."
            ),
        )
    )
    assert _code(out) == "B00.89", _code(out)
    assert O.medication_ordered(out, r"aciclovir|valaciclovir"), O.order_names(out)
    assert not O.ordered(out, r"incision and drainage(?!;)"), O.order_names(out)


def test_guard_a_split_condom_with_a_partner_who_has_hiv_keeps_pep(
    reason: Reason,
) -> None:
    """Cresswell F et al. BHIVA/BASHH PEP 2021: receptive anal sex with a partner with
    HIV off treatment: PEP now."""
    out = reason(
        make_case(
            "unprotected sex",
            age=31,
            sex="M",
            vitals=vitals(80, 126, 78, 14, 99, 36.6),
            one_liner="31M condom split with his partner who has HIV",
            ed_note=(
                "Condom split during receptive anal sex 20 hours ago with his partner "
                "who has HIV and stopped his treatment."
            ),
        )
    )
    assert O.medication_ordered(out, r"HIV PEP now"), O.order_names(out)
