"""peds56 (session 56): paediatric and obstetric emergencies from sources.

Written from guidelines, not from shared data: a postpartum psychosis told as a
delusion about the baby ("thinks the baby is not hers", "had her baby 9 days ago") is
high risk at the door and worked as puerperal psychosis (NICE CG192 2014, updated 2020,
1.10.1; RCOG Good Practice 14; ESI v4 handbook ch.4); tissue in the cervical os is a
miscarriage under way, and its vagal bradycardia (cervical shock) is treated by clearing
the os, not by atropine and pacing (ACOG PB 200 2018; NICE NG126 2023 1.6; Queensland
Clinical Guidelines, Early pregnancy loss 2022). One reasoner run per case. Research
software, not for clinical use."""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._story import told as _case
from tests.scenarios.conftest import Reason


def _esi(out: ReasoningOutput) -> int:
    for r in out.trace:
        if isinstance(r.output, TriageResult):
            return r.output.esi
    raise AssertionError("no triage record")


# --- postpartum psychosis told as a delusion about the baby ---


def test_a_mother_who_thinks_her_baby_is_not_hers_is_high_risk_puerperal_psychosis(
    reason: Reason,
) -> None:
    """NICE CG192 (2014, updated 2020) 1.10.1: a suspected postpartum psychosis is
    assessed face to face within 4 hours (suicide and infanticide: MBRRACE-UK); ESI v4
    handbook ch.4: a psychiatric patient at risk to others is high risk. "Thinks the
    baby is not hers" and "the baby has been swapped" are delusions, "hears a voice" a
    hallucination, "had her baby 9 days ago" the puerperium (was ESI 4, an unspecified
    psychosis, observed)."""
    out = _case(
        reason,
        "PSYCHIATRIC EVALUATION",
        29,
        "F",
        (98, 124, 78, 16, 99, 36.7),
        "had her baby 10 days ago, partner says she thinks the baby is not hers",
        "Partner reports she has barely slept for 4 nights, is restless and believes "
        "the baby has been swapped at the hospital; hears a voice telling her to keep "
        "him safe. No previous mental illness.",
    )
    assert _esi(out) <= 2, _esi(out)
    assert "puerperal psychosis" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"perinatal|psychiatr"), O.order_names(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_guard_a_postpartum_mother_who_thought_she_had_food_poisoning_is_no_psychosis(
    reason: Reason,
) -> None:
    """Guard: "thought she had food poisoning" after a birth is no delusion about the
    baby; the triage pattern reads the baby's delusions only."""
    out = _case(
        reason,
        "VOMITING",
        30,
        "F",
        (88, 118, 72, 16, 99, 36.9),
        "had her baby 3 weeks ago, vomiting since a takeaway, thought she had food "
        "poisoning",
        "Vomited 4 times since a takeaway last night, loose stools. Alert, well "
        "perfused, abdomen soft.",
    )
    assert "psychosis" not in O.working(out).lower(), O.working(out)
    assert _esi(out) >= 3, _esi(out)


# --- cervical shock ---


def test_tissue_in_the_os_with_a_slow_pulse_is_a_miscarriage_cleared_not_paced(
    reason: Reason,
) -> None:
    """ACOG PB 200 (2018); NICE NG126 (2023): tissue in the cervical os is a miscarriage
    under way (the pregnancy is intrauterine, no ectopic). Cervical shock (Queensland
    Clinical Guidelines, Early pregnancy loss 2022): products distending the os cause a
    vagal bradycardia and hypotension that settle once they are removed with sponge
    forceps. Was an ectopic pregnancy with atropine then pacing, dopamine or
    epinephrine."""
    out = _case(
        reason,
        "VAGINAL BLEEDING",
        33,
        "F",
        (46, 86, 52, 16, 98, 36.6),
        "33yo, 9 weeks pregnant, heavy bleeding and cramps, fainted in the toilet",
        "Heavy bleeding with clots since this morning, crampy lower pain. Pale, "
        "clammy. Speculum: tissue visible in the open cervical os.",
    )
    assert "ectopic" not in O.working(out).lower(), O.working(out)
    assert "abortion" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"sponge forceps|cervical shock"), O.order_names(out)
    assert not O.ordered(out, r"transcutaneous pacing|dopamine"), O.order_names(out)


def test_guard_a_slow_pulse_in_early_pregnancy_without_tissue_keeps_the_acls_drugs(
    reason: Reason,
) -> None:
    """Guard: without products in the os, a bradycardia with hypotension keeps the
    ACLS algorithm's atropine (AHA 2020)."""
    out = _case(
        reason,
        "VAGINAL BLEEDING",
        33,
        "F",
        (44, 84, 50, 16, 98, 36.6),
        "33yo, 9 weeks pregnant, spotting, dizzy and slow pulse",
        "Light spotting. Dizzy, pale. Cervical os closed, no tissue seen.",
    )
    assert not O.ordered(out, r"sponge forceps|cervical shock"), O.order_names(out)
    assert O.ordered(out, r"atropine"), O.order_names(out)


# --- anaphylaxis with vomiting in a child ---


def test_a_childs_anaphylaxis_with_vomiting_gets_no_gastroenteritis_deficit(
    reason: Reason,
) -> None:
    """RCUK 2021 emergency treatment of anaphylaxis: IM adrenaline, then for shock a
    10 mL/kg crystalloid bolus in a child; vomiting after a food allergen with hives is
    the anaphylaxis's gut (Sampson HA et al. 2006 criterion 2), not a gastroenteritis
    (NICE CG84 1.3.3's 100 mL/kg deficit over 24 h was ordered)."""
    out = _case(
        reason,
        "ALLERGIC REACTION",
        3,
        "F",
        (158, 80, 44, 36, 93, 36.9),
        "3yo ate cashew cake 10 minutes ago, hives all over, wheezy, vomited twice",
        "Known nut allergy. Generalised hives, swollen lips, wheeze, vomited twice, "
        "pale and floppy. No adrenaline given before arrival.",
    )
    assert O.medication_ordered(out, r"epinephrine|adrenaline"), O.order_names(out)
    assert not O.ordered(out, r"deficit 100 ml/kg|iv rehydration"), O.order_names(out)


# --- a toddler found with iron tablets ---


def test_a_toddler_found_with_iron_tablets_is_worked_as_iron_poisoning(
    reason: Reason,
) -> None:
    """Manoguerra AS et al. AAPCC iron guideline 2005: a young child found with an
    open medicine has an exploratory ingestion until shown otherwise; vomiting within
    6 h is iron's toxicity: serum iron at 4-6 h, an abdominal film, the poison centre
    (was worked as "hypoglycaemia" with a CT head and a troponin)."""
    out = _case(
        reason,
        "POISONING",
        2,
        "M",
        (120, 98, 60, 24, 99, 36.8),
        "2yo found with mum's iron tablets, several may be missing, vomited once",
        "Ferrous fumarate tablets, up to 8 missing about an hour ago. Vomited once, no "
        "blood. Alert and playing, abdomen soft.",
    )
    assert "iron" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"serum iron"), O.order_names(out)
    assert not O.ordered(out, r"ct head|troponin"), O.order_names(out)


# --- an ectopic seen on the early pregnancy scan ---


def test_an_ectopic_on_the_transvaginal_scan_is_worked_as_an_ectopic(
    reason: Reason,
) -> None:
    """NICE NG126 (2023) 1.4-1.5: an inhomogeneous adnexal mass beside an empty uterus
    is an ectopic pregnancy on the scan (Kirk E et al. Hum Reprod 2007: most tubal
    ectopics are seen as such a mass), not a pregnancy of unknown location (seen
    neither in nor outside the uterus); "transvaginal scan" is the ultrasound as UK
    notes chart it. It was sent home on the PUL's serial hCG, coded O20.9."""
    out = _case(
        reason,
        "VAGINAL BLEEDING",
        26,
        "F",
        (84, 122, 76, 14, 99, 36.7),
        "26yo, 7 weeks pregnant, spotting",
        "Light brown spotting and a mild left-sided ache. Transvaginal scan: empty "
        "uterus, inhomogeneous left adnexal mass 20 mm, no free fluid. Serum hCG 1,300 "
        "IU/L. Haemodynamically stable, abdomen soft.",
    )
    assert "ectopic" in O.working(out).lower(), O.working(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert (out.final.icd10 or "").startswith("O00"), out.final.icd10


def test_guard_an_empty_uterus_with_no_mass_stays_a_pregnancy_of_unknown_location(
    reason: Reason,
) -> None:
    """Guard (NICE NG126 2023 1.4): an empty uterus with no adnexal mass and no fluid
    is a pregnancy of unknown location, followed by serial hCG as an outpatient."""
    out = _case(
        reason,
        "VAGINAL BLEEDING",
        27,
        "F",
        (80, 122, 76, 14, 99, 36.7),
        "27yo, 5 weeks pregnant, spotting",
        "Light spotting, no pain. Transvaginal scan: empty uterus, no adnexal mass, no "
        "free fluid. Serum hCG 900 IU/L. Abdomen soft.",
    )
    assert O.ordered(out, r"repeat serum hcg"), O.order_names(out)
    assert O.dispo(out) not in ("Admit", "OR Admit"), O.dispo(out)


# --- HUS after the diarrhoea has settled ---


def test_a_pale_petechial_child_after_bloody_diarrhoea_is_worked_as_hus_not_gastro(
    reason: Reason,
) -> None:
    """UKHSA 2023 STEC guidance; Fakhouri F et al. Lancet 2017;390:681: HUS follows
    STEC's bloody diarrhoea by 5-10 days; a child who becomes pale, puffy and petechial
    has it until the count, film and creatinine say otherwise: worked and admitted
    with the paediatric nephrologist (was "noninfective gastroenteritis" with oral
    rehydration, observed)."""
    out = _case(
        reason,
        "DIARRHOEA",
        4,
        "M",
        (130, 116, 76, 26, 98, 37.1),
        "4yo pale and puffy-eyed, bloody diarrhoea last week",
        "Bloody diarrhoea a week ago after a petting farm, settled 2 days ago. Now "
        "pale, puffy eyelids, tired, scattered petechiae on the shins. Moist mucosa.",
    )
    assert "hemolytic-uremic" in O.working(out).lower(), O.working(out)
    assert O.dispo(out) == "Admit", O.dispo(out)
    assert not O.ordered(out, r"oral rehydration"), O.order_names(out)


def test_guard_a_toddlers_watery_diarrhoea_stays_gastroenteritis(
    reason: Reason,
) -> None:
    """Guard (NICE CG84): watery diarrhoea without blood or a sign of HUS stays a
    gastroenteritis, rehydrated by mouth."""
    out = _case(
        reason,
        "DIARRHOEA",
        2,
        "F",
        (126, 96, 60, 26, 99, 37.5),
        "2yo watery poo and vomiting since yesterday",
        "Six watery stools, vomited twice, keeping sips down. Alert, moist mucosa, "
        "normal capillary refill. No blood in the stool.",
    )
    assert "gastroenteritis" in O.working(out).lower(), O.working(out)


# --- a primary postpartum haemorrhage named ---


def test_a_heavy_bleed_an_hour_after_a_home_birth_with_a_fast_pulse_is_a_pph(
    reason: Reason,
) -> None:
    """ACOG PB 183 (2017), reVITALize: a primary postpartum haemorrhage is a loss of
    1,000 mL or more, or a bleed with signs of hypovolaemia, within 24 h of the birth
    (RCOG GTG 52: >= 500 mL); the atony bundle and the code O72.1 follow (was
    finalised as abnormal uterine bleeding, N93.9)."""
    out = _case(
        reason,
        "VAGINAL BLEEDING",
        29,
        "F",
        (124, 94, 56, 22, 98, 36.8),
        "29yo gave birth at home an hour ago, still bleeding heavily",
        "Home birth an hour ago, placenta complete. Heavy bleeding since, about a "
        "litre. Uterus soft and boggy. Pale and sweaty.",
    )
    assert (out.final.icd10 or "").startswith("O72"), out.final.icd10
    assert O.medication_ordered(out, r"oxytocin"), O.order_names(out)
    assert O.medication_ordered(out, r"tranexamic"), O.order_names(out)


# --- a sudden breathlessness in pregnancy at the door ---


def test_a_sudden_pleuritic_breathlessness_at_30_weeks_is_high_risk(
    reason: Reason,
) -> None:
    """RCOG GTG 37b (2015): a pregnant woman with symptoms of VTE is tested
    expeditiously and given LMWH until it is excluded; ESC 2019 Table 1: pregnancy and
    the puerperium provoke VTE; ESI v4 handbook ch.4: a condition that can easily
    deteriorate is high risk (was ESI 3: the pattern knew surgery, flights and
    oestrogen, not pregnancy)."""
    out = _case(
        reason,
        "SHORTNESS OF BREATH",
        30,
        "F",
        (112, 120, 74, 22, 95, 36.9),
        "30yo, 31 weeks pregnant, suddenly breathless, sharp pain on breathing in",
        "Sudden breathlessness an hour ago with a right-sided pleuritic pain. No "
        "cough, no fever. Chest clear.",
    )
    assert _esi(out) <= 2, _esi(out)


def test_guard_a_woman_not_pregnant_with_a_sudden_breathlessness_is_not_flagged_for_it(
    reason: Reason,
) -> None:
    """Guard: "not pregnant" names no pregnancy; with no other VTE risk factor the PE
    pattern does not fire (a well woman with normal vital signs stays ESI 3 or
    lower)."""
    out = _case(
        reason,
        "SHORTNESS OF BREATH",
        30,
        "F",
        (84, 120, 74, 16, 99, 36.9),
        "30yo, not pregnant, suddenly breathless after a panic attack, sharp pain on "
        "breathing in",
        "Anxious, settled in the department. Chest clear.",
    )
    assert _esi(out) >= 3, _esi(out)


# --- a febrile child's threatened upper airway (triage56's request) ---


def test_a_febrile_drooling_child_sitting_forward_gets_no_needles_before_the_airway(
    reason: Reason,
) -> None:
    """APLS 6th ed.; RCH Melbourne acute upper airway obstruction guideline: a febrile
    child drooling, sitting forward with a muffled voice has a threatened upper airway
    (epiglottitis until shown otherwise); venepuncture or a cannula that upsets the
    child can complete the obstruction, so they wait for the airway team (the fever
    protocol's FBC, CRP and blood culture were ordered before it)."""
    out = _case(
        reason,
        "DROOLING",
        4,
        "M",
        (148, None, None, 32, 92, 39.4),
        "4yo unimmunised, high fever, drooling, sitting forward, muffled voice, soft "
        "stridor",
        "High fever since this afternoon. Drooling, sitting forward, muffled voice, "
        "soft inspiratory stridor. Unimmunised.",
    )
    assert O.ordered(out, r"airway team|anaesthe"), O.order_names(out)
    assert not O.ordered(out, r"blood culture|\bfbc\b|cannula"), O.order_names(out)


# --- a prolonged febrile seizure that has stopped (readers56's request) ---


def test_a_25_minute_febrile_seizure_that_stopped_is_complex_and_gets_no_benzodiazepine(
    reason: Reason,
) -> None:
    """AAP 2011 (Subcommittee on Febrile Seizures): a febrile seizure of 15 minutes
    or more is complex, coded R56.01 (ICD-10-CM FY2024), not simple; a seizure that
    "stopped after buccal midazolam" is over, and a benzodiazepine now is for one
    still going (AES 2016; APLS 6th ed.; NICE NG217 1.4). Was "simple febrile
    convulsions" with a benzodiazepine ordered."""
    out = _case(
        reason,
        "SEIZURE",
        3,
        "F",
        (146, 100, 60, 28, 97, 39.3),
        "3yo generalised seizure 25 minutes at home, stopped after buccal midazolam",
        "Generalised seizure lasting 25 minutes at home, stopped after buccal "
        "midazolam given by the paramedics. Now drowsy. Temp 39.3.",
    )
    assert "simple" not in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, r"benzodiazepine now"), O.order_names(out)


def test_guard_a_child_still_seizing_on_arrival_keeps_the_benzodiazepine(
    reason: Reason,
) -> None:
    """Guard (AES 2016; APLS): a febrile child convulsing for 10 minutes and still
    seizing on arrival gets a benzodiazepine now."""
    out = _case(
        reason,
        "SEIZURE",
        3,
        "F",
        (160, 100, 60, 30, 96, 39.3),
        "3yo seizing for 10 minutes, still seizing on arrival",
        "Generalised tonic-clonic seizure for 10 minutes, ongoing seizure in the "
        "department. Temp 39.3.",
    )
    assert O.ordered(out, r"benzodiazepine|midazolam|lorazepam"), O.order_names(out)
