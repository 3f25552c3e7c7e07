"""infect56 (session 56): travel, rickettsiae, the CNS and sepsis's scope.

Written from guidelines, not from shared data: a fever with an inoculation eschar
after a safari in southern Africa is African tick-bite fever treated with doxycycline
on suspicion, its malaria films repeated since Kruger is a malaria area (Biggs HM et
al. CDC MMWR Recomm Rep 2016;65(2):1; Jensenius M et al. Clin Infect Dis 2003;36:1411;
Lalloo DG et al. UK malaria treatment guidelines 2016, J Infect 2016;72:635; WHO World
Malaria Report 2023; UKHSA ACMP malaria prevention guidelines 2024); sepsis's source
screen (blood cultures, SOFA bloods, a chest film) is for suspected infection, not for
the tachycardia of a documented bleed or a known aneurysm's rupture (Evans L et al.
Surviving Sepsis Campaign 2021; NICE NG51 2016/2024 1.1.1; ATLS 10th ed. ch. 3;
Wanhainen A et al. ESVS 2024); a bladder that empties after its catheter came out is
no retention to re-catheterise (Gravas S et al. EAU non-neurogenic male LUTS 2023) and
an older man's voiding symptoms are not an STI by a young adult's prior (CDC STI
Surveillance 2022), while an older man's urethral discharge after a new partner still
is (CDC STI 2021); a subacute meningitis with a lymphocytic CSF, a high protein and a
low glucose ratio is tuberculous meningitis treated on suspicion with four drugs
(Marais S et al. Lancet Infect Dis 2010;10:803; Thwaites G et al. BIS 2009, J Infect
2009;59:167; NICE NG33); umbilicated anogenital pustules after a febrile prodrome are
mpox, isolated and swabbed (UKHSA mpox guidance 2024; Thornhill JP et al. NEJM
2022;387:679); bloody diarrhoea with fever is tested for its bacteria and parasites
(Shane AL et al. IDSA 2017 infectious diarrhoea guideline); several ring-enhancing
lesions are a stroke mimic, no reperfusion (Merino JG et al. Stroke 2013;44:1300;
NIH/CDC/IDSA OI guidelines 2023); an afebrile confusion with no seizure, focal sign or
CSF pleocytosis is no encephalitis for aciclovir and an LP (Venkatesan A et al.
International Encephalitis Consortium 2013).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (e8bc0d7e) -------------------------


def test_fever_with_an_eschar_after_a_kruger_safari_gets_doxycycline_and_films(
    reason: Reason,
) -> None:
    """CDC 2016; Jensenius 2003: fever, headache and a black crust with a red halo
    after a southern African game park is African tick-bite fever, doxycycline now;
    Kruger is a malaria area, so the films are repeated (Lalloo 2016)."""
    out = reason(
        make_case(
            "fever",
            age=52,
            sex="M",
            vitals=vitals(96, 132, 80, 16, 98, 38.6),
            one_liner="52M fever and aches after a game drive holiday",
            ed_note=(
                "Safari in the Kruger park, home 5 days ago. Three days of fever, "
                "headache and aching muscles. Two painless black scabs with a red "
                "halo on the ankle and thigh, tender inguinal nodes. One malaria "
                "film negative."
            ),
        )
    )
    assert O.medication_ordered(out, r"doxycycline"), O.order_names(out)
    assert O.ordered(out, r"blood films.*(?:repeat|three)"), O.order_names(out)
    assert _code(out).startswith("A77"), _code(out)


_SEPSIS_SCREEN = r"blood cultures|for a source unless one is evident"


def test_an_abruption_in_shock_gets_no_sepsis_source_screen(reason: Reason) -> None:
    """ATLS ch. 3; RCOG GTG 63: a bleeding abruption's tachycardia is haemorrhage;
    SSC 2021 screens for sepsis where infection is suspected: no blood cultures or
    source screen, the lactate kept."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=29,
            sex="F",
            vitals=vitals(124, 100, 62, 20, 98, 36.8),
            one_liner="29F 35 weeks pregnant, sudden constant pain and bleeding",
            ed_note=(
                "Second pregnancy, 35 weeks. Sudden constant abdominal pain 40 "
                "minutes ago with dark vaginal bleeding. Uterus tense and tender. "
                "Fetal heart 110/min. No fever, no urinary symptoms."
            ),
        )
    )
    assert not O.ordered(out, _SEPSIS_SCREEN), O.order_names(out)
    assert O.ordered(out, r"lactate"), O.order_names(out)


def test_a_known_aneurysm_with_pain_and_shock_gets_no_sepsis_source_screen(
    reason: Reason,
) -> None:
    """ESVS 2024: pain, a pulsatile mass and hypotension in a known AAA is rupture;
    SSC 2021: no sepsis screen without a suspected infection."""
    out = reason(
        make_case(
            "abdominal pain",
            age=74,
            sex="M",
            vitals=vitals(112, 96, 58, 20, 96, 36.6),
            one_liner="74M sudden back and tummy pain, known aneurysm, nearly fainted",
            ed_note=(
                "Known 6 cm abdominal aortic aneurysm awaiting repair. Sudden severe "
                "back and abdominal pain 30 minutes ago, nearly fainted. Pulsatile "
                "tender mass. Pale."
            ),
        )
    )
    assert not O.ordered(out, _SEPSIS_SCREEN), O.order_names(out)
    assert O.ordered(out, r"vascular"), O.order_names(out)


def test_free_voiding_after_a_trial_without_catheter_is_not_recatheterised(
    reason: Reason,
) -> None:
    """EAU 2023: acute retention is the inability to void; a man voiding freely with a
    small residual after his catheter came out is not re-catheterised, and at 62 with
    no sexual history his symptoms are no STI to test (CDC STI Surveillance 2022)."""
    out = reason(
        make_case(
            "urinary problem",
            age=62,
            sex="M",
            vitals=vitals(78, 142, 86, 16, 97, 36.8),
            one_liner="62M catheter out yesterday, now voiding freely with frequency",
            ed_note=(
                "Catheterised 2 weeks ago for retention from an enlarged prostate, "
                "catheter removed yesterday. Now voiding freely but passing small "
                "amounts often with a mild ache above the pubis. Post-void residual "
                "70 mL. No fever. Urine dip: leucocytes +, nitrite negative."
            ),
        )
    )
    assert not _code(out).startswith("R33"), _code(out)
    assert not O.ordered(out, r"foley|urethral catheter"), O.order_names(out)
    assert not O.ordered(out, r"NAAT"), O.order_names(out)


def test_a_subacute_lymphocytic_meningitis_with_a_low_glucose_gets_tb_drugs(
    reason: Reason,
) -> None:
    """Marais 2010; BIS 2009: weeks of headache and sweats with a cranial nerve
    palsy and a lymphocytic CSF (protein > 1 g/L, CSF:plasma glucose < 0.5) is
    tuberculous meningitis, four drugs started on suspicion, coded A17.0."""
    out = reason(
        make_case(
            "headache",
            age=41,
            sex="F",
            vitals=vitals(92, 124, 76, 18, 97, 37.9),
            one_liner="41F three weeks of headache, fevers and now double vision",
            ed_note=(
                "Three weeks of worsening headache, fevers, night sweats and weight "
                "loss; double vision for 3 days. Right sixth nerve palsy, neck "
                "stiffness. LP: CSF white cells 180 (lymphocytes 80%), protein "
                "1.8 g/L, glucose 1.9 mmol/L (plasma 6.5). Gram stain negative."
            ),
        )
    )
    assert O.medication_ordered(out, r"rifampicin"), O.order_names(out)
    assert O.ordered(out, r"HIV"), O.order_names(out)
    assert _code(out) == "A17.0", _code(out)


def test_umbilicated_genital_pustules_after_a_prodrome_are_isolated_as_mpox(
    reason: Reason,
) -> None:
    """UKHSA 2024: fever and swollen nodes, then umbilicated vesiculopustular
    anogenital lesions: isolate, swab for MPXV PCR, HIV and STI screen; B04."""
    out = reason(
        make_case(
            "rash",
            age=29,
            sex="M",
            vitals=vitals(96, 128, 80, 16, 98, 38.4),
            one_liner="29M fever then painful spots on the penis and around the anus",
            ed_note=(
                "Two new male partners 2 weeks ago. Fever, aches and tender inguinal "
                "nodes for 3 days, then painful umbilicated pustules on the penis "
                "and perianal skin and two on the fingers."
            ),
        )
    )
    assert O.ordered(out, r"isolat"), O.order_names(out)
    assert O.ordered(out, r"MPXV|mpox"), O.order_names(out)
    assert _code(out) == "B04", _code(out)


def test_bloody_diarrhoea_with_fever_after_travel_gets_a_stool_test(
    reason: Reason,
) -> None:
    """IDSA 2017: bloody diarrhoea is tested for Salmonella, Shigella, Campylobacter
    and STEC, and for parasites after travel; no antimotility drug."""
    out = reason(
        make_case(
            "diarrhoea",
            age=27,
            sex="F",
            vitals=vitals(102, 116, 70, 18, 98, 38.6),
            one_liner="27F bloody diarrhoea and fever after a month in Nepal",
            ed_note=(
                "Back from Nepal 5 days. Two days of bloody diarrhoea 6 times a day "
                "with cramps and fever. Drinking well."
            ),
        )
    )
    assert O.ordered(out, r"stool"), O.order_names(out)


def test_multiple_ring_enhancing_lesions_in_hiv_get_no_stroke_reperfusion(
    reason: Reason,
) -> None:
    """NIH/CDC/IDSA OI 2023: advanced HIV with several ring-enhancing lesions and a
    week's weakness is toxoplasmosis; a mass lesion is a stroke mimic (Merino 2013):
    no stroke team reperfusion line, no lytic."""
    out = reason(
        make_case(
            "weakness",
            age=38,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 98, 37.4),
            one_liner="38F HIV off treatment, a week of left leg weakness and headache",
            ed_note=(
                "HIV, not on antiretrovirals, CD4 40 last month. A week of headache "
                "and progressive left leg weakness. Contrast CT head: multiple "
                "ring-enhancing lesions with surrounding oedema."
            ),
        )
    )
    assert not O.ordered(out, r"reperfusion|thromb|alteplase|tenecteplase"), (
        O.order_names(out)
    )
    assert O.medication_ordered(out, r"pyrimethamine"), O.order_names(out)


def test_an_afebrile_confused_care_home_resident_gets_no_encephalitis_regimen(
    reason: Reason,
) -> None:
    """IEC 2013: encephalitis needs a minor criterion (fever, seizure, focal sign,
    CSF pleocytosis) beside the confusion: a hypothermic confusion with smelly urine
    is sepsis's, no aciclovir or LP (readers56's request)."""
    out = reason(
        make_case(
            "altered mental status",
            age=88,
            sex="F",
            vitals=vitals(96, 98, 58, 22, 95, 35.2),
            one_liner="88F more confused for two days, smelly urine",
            ed_note=(
                "From a nursing home. Two days more confused than usual, smelly "
                "urine, eating less. Cool peripheries. No seizure, no focal "
                "weakness."
            ),
        )
    )
    assert not O.medication_ordered(out, r"aciclovir|acyclovir"), O.order_names(out)
    assert not O.ordered(out, r"lumbar puncture"), O.order_names(out)
    assert O.medication_ordered(out, r"antibiotic|ceftriaxone|piperacillin"), (
        O.order_names(out)
    )


# --- guards: nearby cases that must not change ------------------------------------


def test_a_febrile_confusion_with_a_seizure_keeps_aciclovir(reason: Reason) -> None:
    """IEC 2013 / IDSA 2008: fever, confusion for a day and a new seizure is
    possible encephalitis: aciclovir now and an LP."""
    out = reason(
        make_case(
            "confusion",
            age=45,
            sex="M",
            vitals=vitals(108, 134, 80, 18, 97, 38.8),
            one_liner="45M fever, odd behaviour since yesterday and a seizure today",
            ed_note=(
                "Fever and headache for 3 days, confused and behaving oddly since "
                "yesterday, a generalised seizure this morning. No rash."
            ),
        )
    )
    assert O.medication_ordered(out, r"aciclovir|acyclovir"), O.order_names(out)


def test_watery_diarrhoea_without_fever_or_blood_gets_no_stool_culture(
    reason: Reason,
) -> None:
    """IDSA 2017: an afebrile watery diarrhoea without blood is not routinely
    cultured."""
    out = reason(
        make_case(
            "diarrhoea",
            age=33,
            sex="M",
            vitals=vitals(84, 124, 78, 14, 99, 36.9),
            one_liner="33M watery diarrhoea and vomiting since yesterday",
            ed_note=(
                "Watery diarrhoea 5 times since yesterday and vomited twice, no blood. "
                "Partner had the same last week. Drinking. Abdomen soft."
            ),
        )
    )
    assert not O.ordered(out, r"stool culture"), O.order_names(out)


def test_grouped_painful_genital_vesicles_stay_genital_herpes(reason: Reason) -> None:
    """CDC STI 2021: painful grouped genital vesicles are genital herpes treated with
    an antiviral; no umbilicated pustules, no mpox isolation."""
    out = reason(
        make_case(
            "genital lesion",
            age=24,
            sex="F",
            vitals=vitals(84, 116, 72, 14, 99, 37.2),
            one_liner="24F painful blisters on the vulva for 2 days",
            ed_note=(
                "Two days of painful grouped vesicles on the vulva with dysuria. "
                "Tender inguinal nodes. Not pregnant."
            ),
        )
    )
    assert O.medication_ordered(
        out, r"aciclovir|acyclovir|valaciclovir|valacyclovir"
    ), O.order_names(out)
    assert not O.ordered(out, r"MPXV"), O.order_names(out)


def test_a_neutrophilic_bacterial_meningitis_gets_no_tb_drugs(reason: Reason) -> None:
    """IDSA 2004: a neutrophilic CSF with a very low glucose is bacterial meningitis,
    treated with ceftriaxone; no antituberculous drugs (Marais 2010 needs a
    lymphocytic CSF)."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="M",
            vitals=vitals(118, 112, 70, 22, 97, 39.4),
            one_liner="36M severe headache, fever and neck stiffness since yesterday",
            ed_note=(
                "One day of severe headache, fever, vomiting and neck stiffness, now "
                "drowsy. LP: CSF white cells 2400 (neutrophils 90%), protein 3.1 "
                "g/L, glucose 0.8 mmol/L (plasma 7.0)."
            ),
        )
    )
    assert O.medication_ordered(out, r"ceftriaxone"), O.order_names(out)
    assert not O.medication_ordered(out, r"rifampicin"), O.order_names(out)


def test_a_man_who_cannot_pass_urine_is_still_catheterised(reason: Reason) -> None:
    """EAU 2023: painful inability to void with a palpable bladder is acute retention,
    drained by a urethral catheter."""
    out = reason(
        make_case(
            "urinary retention",
            age=74,
            sex="M",
            vitals=vitals(92, 156, 90, 18, 97, 36.7),
            one_liner="74M unable to pass urine for 10 hours, lower tummy pain",
            ed_note=(
                "Unable to pass urine for 10 hours, severe suprapubic pain. Palpable "
                "tender bladder. Bladder scan 950 mL."
            ),
        )
    )
    assert O.ordered(out, r"foley|urethral catheter|catheter"), O.order_names(out)


def test_an_older_man_with_urethral_discharge_after_a_new_partner_is_tested(
    reason: Reason,
) -> None:
    """CDC STI 2021: urethral discharge after a new partner is urethritis, tested and
    treated whatever the age."""
    out = reason(
        make_case(
            "penile discharge",
            age=58,
            sex="M",
            vitals=vitals(76, 134, 82, 14, 98, 36.8),
            one_liner="58M penile discharge and burning after a new partner",
            ed_note=(
                "New partner 2 weeks ago, no condom. Four days of a yellow urethral "
                "discharge and burning on passing urine. No fever."
            ),
        )
    )
    assert O.ordered(out, r"NAAT"), O.order_names(out)
    assert O.medication_ordered(out, r"ceftriaxone"), O.order_names(out)


def test_tachycardic_abdominal_pain_with_no_cause_keeps_its_sepsis_screen(
    reason: Reason,
) -> None:
    """NICE NG51 1.4-1.6: abdominal pain with HR >= 120 and nothing explaining it is
    sepsis from an abdominal source until the lactate says otherwise; a peritonitic
    abdomen keeps its lactate and antibiotics (Sartelli M et al. WSES 2017)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=66,
            sex="M",
            vitals=vitals(126, 112, 70, 22, 96, 37.4),
            one_liner="66M generalised abdominal pain since this morning",
            ed_note=(
                "Generalised abdominal pain since this morning, vomited twice. "
                "Abdomen tender throughout with guarding."
            ),
        )
    )
    assert O.ordered(out, r"lactate"), O.order_names(out)
    assert O.medication_ordered(out, r"antibiotic"), O.order_names(out)


def test_a_burn_eschar_is_no_tick_bite(reason: Reason) -> None:
    """A full-thickness burn's eschar is the burn's (ABA ABLS 2018), not a
    rickettsial inoculation eschar (CDC 2016): no doxycycline for it."""
    out = reason(
        make_case(
            "burn",
            age=40,
            sex="M",
            vitals=vitals(104, 128, 78, 18, 98, 38.2),
            one_liner="40M hot oil burn to the forearm 3 days ago, now feverish",
            ed_note=(
                "Hot oil burn to the left forearm 3 days ago, dressed at home. Now "
                "a leathery white full-thickness area with an eschar, surrounding "
                "redness, fever and headache."
            ),
        )
    )
    assert not O.medication_ordered(out, r"doxycycline"), O.order_names(out)
