"""obpeds39 (session 39): paediatric and obstetric population limits, ninth review.

Written from guidelines, not from shared data: a gestation is read however a note
writes it ("at 37 weeks of pregnancy", "Pregnant, 22 weeks"); an ectopic pregnancy is
early pregnancy's, not that of 16 weeks or the third trimester (NICE NG126 2023; RCOG
Green-top 21); the appendix displaced upward in late pregnancy still migrates (SAGES
2017); chickenpox and a chickenpox contact in pregnancy are managed as such (RCOG
Green-top 13 2015; UKHSA 2023); a child's SVT hypotensive for age is cardioverted
(AHA PALS 2020); drooling beside a deep neck infection threatens the airway and defers
the lumbar puncture (Tintinalli 9th ed. ch. 246; NICE CG102); a pregnant woman's
cystitis is treated for 7 days (NICE NG109 2018).
"""

from __future__ import annotations

from cases.population import gestation_weeks_from_text, pregnancy_from_text
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _open_mnm(out: ReasoningOutput) -> str:
    return " ".join(out.final.summary.open_must_not_miss).lower()


def _procedures(out: ReasoningOutput, word: str) -> list[str]:
    return [
        o.name.lower()
        for o in O.orders(out)
        if o.kind == "procedure" and word in o.name.lower()
    ]


# --- how a gestation is written ------------------------------------------------


def test_gestation_written_around_the_pregnancy_is_read() -> None:
    """RCOG / NICE notes write a gestation as 'at 37 weeks of pregnancy', '28 weeks of
    gestation', 'Pregnant, 20 weeks', 'pregnant at 24 weeks', '12 weeks by dates': each
    is this pregnancy's gestation (NICE NG109, NG126 act on it)."""
    for text, weeks in (
        ("29-year-old woman at 37 weeks of pregnancy with dysuria", 37),
        ("Seen at 28 weeks of gestation with pain", 28),
        ("Pregnant, 20 weeks. Painless bleeding.", 20),
        ("She is pregnant at 24 weeks and has a cough", 24),
        ("12 weeks by dates, bleeding since this morning", 12),
        ("twin pregnancy, 30 weeks, headache", 30),
    ):
        assert gestation_weeks_from_text(text) == weeks, text
        assert pregnancy_from_text(text) == "pregnant", text


def test_guideline_spans_and_durations_are_no_gestation() -> None:
    """Guard: a guideline's span ('in the first 12 weeks of pregnancy'), a duration
    after the state ('pregnant, 3 weeks of cough') or a hedged state are no
    gestation (a wrong gestation gates drugs and imaging)."""
    assert gestation_weeks_from_text("avoid in the first 12 weeks of pregnancy") is None
    assert gestation_weeks_from_text("pregnant, 3 weeks of cough") is None
    assert gestation_weeks_from_text("? pregnant, 8 weeks late") is None
    assert pregnancy_from_text("avoid in the first 12 weeks of pregnancy") != "pregnant"


def test_cystitis_at_37_weeks_of_pregnancy_gets_no_nitrofurantoin(
    reason: Reason,
) -> None:
    """NICE NG109 2018 / BNF: nitrofurantoin is avoided at term (neonatal haemolysis);
    'at 37 weeks of pregnancy' is term, so cefalexin for 7 days with a culture."""
    out = reason(
        make_case(
            "DYSURIA",
            age=31,
            sex="F",
            vitals=vitals(86, 116, 70, 16, 99, 36.8),
            one_liner="31-year-old at 37 weeks of pregnancy, burning passing urine",
            ed_note="At 37 weeks of pregnancy. Burning and frequency for a day. No "
            "fever, no loin pain, no contractions. Urine dip nitrite positive, "
            "leucocytes positive.",
        )
    )
    assert not O.medication_ordered(out, "nitrofurantoin")
    assert O.medication_ordered(out, "cefalexin", "cephalexin")


# --- ectopic pregnancy is early pregnancy's ------------------------------------


def test_pain_at_16_weeks_is_not_worked_up_as_an_ectopic(reason: Reason) -> None:
    """NICE NG126 2023 (early pregnancy to 13 completed weeks); RCOG Green-top 21:
    at 16 weeks an ectopic pregnancy is no longer a live question: no transvaginal
    scan for it, no ectopic label, not held for it."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=27,
            sex="F",
            vitals=vitals(84, 114, 70, 16, 99, 36.7),
            one_liner="27-year-old, 16 weeks pregnant, aching in both groins on moving",
            ed_note="16 weeks pregnant. A week of sharp pains in both groins when "
            "turning in bed or standing up. No bleeding, no fever, no urinary "
            "symptoms. Abdomen soft, uterus size as expected, fetal heart heard.",
        )
    )
    assert "ectopic" not in O.working(out)
    assert "ectopic" not in _open_mnm(out)
    assert not O.ordered(out, "transvaginal")


def test_third_trimester_pain_has_no_ectopic_work_up(reason: Reason) -> None:
    """NICE NG126 2023; RCOG Green-top 21: a pregnancy named in its third trimester is
    past early pregnancy: no hCG or transvaginal scan for an ectopic, which stays off
    the open must-not-miss list; the pre-eclampsia care stays (ACOG PB 222)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=33,
            sex="F",
            vitals=vitals(90, 164, 110, 18, 98, 36.8),
            one_liner="33-year-old in the third trimester with epigastric pain",
            ed_note="Third trimester of her second pregnancy. Epigastric and right "
            "upper quadrant pain since last night, nausea. BP 164/110. Urine protein "
            "2+. Platelets 80, ALT 210.",
        )
    )
    assert "ectopic" not in _open_mnm(out)
    assert not O.ordered(out, r"\bhcg\b", "transvaginal")
    assert O.medication_ordered(out, "magnesium")


def test_painless_bleeding_at_22_weeks_is_no_ectopic(reason: Reason) -> None:
    """RCOG Green-top 27a / 63: bleeding at 22 weeks ('Pregnant, 22 weeks') is an
    antepartum haemorrhage: the placenta located before any vaginal examination,
    obstetrics; not an ectopic pregnancy."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=30,
            sex="F",
            vitals=vitals(94, 114, 72, 18, 99, 36.8),
            one_liner="30-year-old with painless bright red bleeding",
            ed_note="Pregnant, 22 weeks. Painless bright red bleeding, about a cupful. "
            "Uterus soft and non-tender. Fetal heart 148.",
        )
    )
    assert "ectopic" not in O.working(out)
    assert O.ordered(out, "placenta")


def test_early_pregnancy_one_sided_pain_keeps_the_ectopic(reason: Reason) -> None:
    """Guard (NICE NG126 2023; ACOG PB 193): at 6 weeks without a scan, one-sided
    pain and spotting is an ectopic pregnancy until the scan says otherwise."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=26,
            sex="F",
            vitals=vitals(100, 110, 68, 18, 99, 36.8),
            one_liner="26-year-old, 6 weeks pregnant, right-sided pain and spotting",
            ed_note="6 weeks since her last period, positive pregnancy test, no scan "
            "yet. Right iliac fossa pain since yesterday, brown spotting. Right "
            "adnexal tenderness.",
        )
    )
    assert "ectopic" in O.working(out)
    assert O.ordered(out, "transvaginal", "ultrasound")


# --- the displaced appendix of late pregnancy ----------------------------------


def test_appendicitis_at_28_weeks_pain_right_sided_at_the_umbilicus(
    reason: Reason,
) -> None:
    """SAGES 2017; ACOG CO 775 2019; Tintinalli ch. 84: late in pregnancy the appendix
    lies at the umbilicus, so central pain moving to the right side at the level of
    the umbilicus is its migration: appendicitis with a surgeon, not
    chorioamnionitis with delivery, and a negative dip argues against
    pyelonephritis (Deville 2004)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=29,
            sex="F",
            vitals=vitals(110, 114, 70, 20, 98, 38.0),
            one_liner="29-year-old, 28 weeks pregnant, pain moved from the navel",
            ed_note="28 weeks pregnant. Central pain since yesterday, now right "
            "sided at the level of the umbilicus, worse on walking. Off her food, "
            "vomited once. Tender with guarding right side at umbilical level; uterus "
            "soft, non-tender. Urine dip negative. WCC 15.",
        )
    )
    assert "append" in O.working(out)
    assert "chorioamnionitis" not in O.working(out)
    assert O.ordered(out, "surgery")


def test_pyelonephritis_at_28_weeks_with_a_positive_dip_stays(reason: Reason) -> None:
    """Guard (NICE NG111; ACOG 2023): loin pain, rigors and a nitrite-positive dip at
    28 weeks is pyelonephritis: IV antibiotic and admission."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=24,
            sex="F",
            vitals=vitals(114, 112, 68, 20, 98, 38.8),
            one_liner="24-year-old, 28 weeks pregnant, left loin pain and rigors",
            ed_note="28 weeks pregnant. Dysuria for 3 days, now left loin pain, "
            "fever and rigors. Left renal angle tenderness. Uterus soft. Urine dip "
            "nitrite and leucocytes positive.",
        )
    )
    assert "pyelonephritis" in O.working(out)
    assert O.disposition(out).disposition != "Discharge"


# --- chickenpox and pregnancy --------------------------------------------------


def test_pregnant_chickenpox_contact_is_tested_not_given_pprom_care(
    reason: Reason,
) -> None:
    """RCOG Green-top 13 (2015); UKHSA 2023: a non-immune pregnant woman exposed to
    chickenpox has her VZV IgG checked and antiviral (or VZIG) prophylaxis; no
    rupture of the membranes is suggested, so no erythromycin or betamethasone."""
    out = reason(
        make_case(
            "EXPOSURE",
            age=29,
            sex="F",
            vitals=vitals(80, 112, 70, 14, 99, 36.7),
            one_liner="29-year-old, 18 weeks pregnant, her daughter has chickenpox",
            ed_note="18 weeks pregnant. Her daughter has had chickenpox since "
            "yesterday. She cannot remember having chickenpox. Well, no rash, no "
            "fever.",
        )
    )
    assert O.ordered(out, "igg")
    assert O.medication_ordered(out, "aciclovir", "acyclovir", "immunoglobulin")
    assert not O.medication_ordered(out, "betamethasone", "erythromycin")


def test_immune_pregnant_contact_needs_no_prophylaxis(reason: Reason) -> None:
    """RCOG Green-top 13 (2015) 4.1: a definite past chickenpox means immunity: no
    test and no prophylaxis, and no obstetric admission care (no betamethasone)."""
    out = reason(
        make_case(
            "EXPOSURE",
            age=34,
            sex="F",
            vitals=vitals(78, 112, 70, 14, 99, 36.7),
            one_liner="34-year-old, 24 weeks pregnant, her son has chickenpox",
            ed_note="24 weeks pregnant. Her son has chickenpox. She had chickenpox "
            "as a child. Well, no rash.",
        )
    )
    assert not O.medication_ordered(out, "aciclovir", "acyclovir", "betamethasone")
    assert O.disposition(out).disposition == "Discharge"


def test_varicella_pneumonia_in_pregnancy_gets_iv_aciclovir(reason: Reason) -> None:
    """RCOG Green-top 13 (2015) 6.3: chickenpox with cough, breathlessness and
    hypoxaemia in pregnancy is varicella pneumonia: IV aciclovir, chest film,
    obstetrics and critical care, admission."""
    out = reason(
        make_case(
            "RASH",
            age=28,
            sex="F",
            vitals=vitals(116, 106, 62, 28, 90, 38.5),
            one_liner="28-year-old, 25 weeks pregnant, chickenpox for 4 days, now "
            "breathless",
            ed_note="25 weeks pregnant. Chickenpox rash for 4 days, since yesterday "
            "a dry cough and breathlessness. SpO2 90 % in air, crackles at both bases.",
        )
    )
    assert O.medication_ordered(out, "iv aciclovir", "intravenous aciclovir")
    assert O.disposition(out).disposition != "Discharge"


def test_chickenpox_in_pregnancy_within_a_day_gets_oral_aciclovir(
    reason: Reason,
) -> None:
    """RCOG Green-top 13 (2015) 6.2: a pregnant woman seen within 24 h of the
    chickenpox rash is given oral aciclovir; it is no urticaria."""
    out = reason(
        make_case(
            "RASH",
            age=26,
            sex="F",
            vitals=vitals(84, 114, 70, 14, 99, 37.5),
            one_liner="26-year-old, 21 weeks pregnant, chickenpox spots since this "
            "morning",
            ed_note="21 weeks pregnant. Itchy spots on her chest and back since this "
            "morning; her niece had chickenpox 2 weeks ago. No cough, no "
            "breathlessness. Chest clear.",
        )
    )
    assert O.medication_ordered(out, "aciclovir", "acyclovir")
    assert "urticaria" not in O.working(out)


def test_pprom_keeps_its_latency_antibiotic(reason: Reason) -> None:
    """Guard (NICE NG25; RCOG GTG 73): a gush of fluid at 30 weeks keeps the PPROM
    care (erythromycin, corticosteroids)."""
    out = reason(
        make_case(
            "LEAKING FLUID",
            age=27,
            sex="F",
            vitals=vitals(86, 114, 70, 16, 99, 36.8),
            one_liner="27-year-old, 30 weeks pregnant, sudden gush of clear fluid",
            ed_note="30 weeks pregnant. Gush of clear fluid from the vagina 2 hours "
            "ago, still leaking. No contractions, no bleeding.",
        )
    )
    assert O.medication_ordered(out, "erythromycin")


def test_cord_felt_after_the_waters_break_is_a_cord_prolapse(reason: Reason) -> None:
    """RCOG Green-top 50 (2014): a cord seen or felt after the membranes rupture is an
    overt cord prolapse, the diagnosis that decides the care (presenting part
    elevated, category-1 caesarean), not the preterm rupture's latency care."""
    out = reason(
        make_case(
            "LEAKING FLUID",
            age=31,
            sex="F",
            vitals=vitals(98, 122, 76, 18, 99, 36.8),
            one_liner="31-year-old, 35 weeks pregnant, waters broke, cord felt",
            ed_note="35 weeks pregnant, breech. Waters broke 15 minutes ago and "
            "she can feel the cord in the vagina. Cord palpable in the vagina.",
        )
    )
    assert out.final.icd10 == "O69.0XX0"
    assert O.ordered(out, "elevate the presenting part", "fill the bladder")


# --- a child's SVT by PALS age band --------------------------------------------


def test_infant_svt_hypotensive_for_age_is_cardioverted(reason: Reason) -> None:
    """AHA PALS 2020: an infant of 1-12 months is hypotensive below 70 mmHg; SVT with
    hypotension is unstable: synchronised cardioversion 0.5-1 J/kg."""
    out = reason(
        make_case(
            "POOR FEEDING",
            sex="F",
            demographics={"age_days": 150},
            vitals=vitals(285, 65, 34, 58, 95, 36.9),
            one_liner="5-month-old, pale and sweaty, heart rate 285",
            ed_note="5-month-old, off feeds and grey for 10 hours. Heart rate 285, "
            "narrow QRS, no P waves. BP 65/34, capillary refill 4 seconds.",
        )
    )
    assert _procedures(out, "cardiover")


def test_child_svt_below_70_plus_twice_age_is_cardioverted(reason: Reason) -> None:
    """AHA PALS 2020: from 1 to 10 years hypotension is < 70 + 2 x age (82 mmHg at
    6): SVT at 76 mmHg is unstable: synchronised cardioversion."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=6,
            sex="M",
            vitals=vitals(240, 76, 44, 30, 97, 36.8),
            one_liner="6-year-old with a racing heart for 3 hours, pale and dizzy",
            ed_note="6-year-old, heart racing for 3 hours, dizzy and pale. Narrow "
            "complex regular tachycardia 240. BP 76/44.",
        )
    )
    assert _procedures(out, "cardiover")


def test_stable_child_svt_starts_with_vagal_manoeuvres(reason: Reason) -> None:
    """Guard (AHA PALS 2020): a well-perfused 9-year-old in SVT at BP 104 gets vagal
    manoeuvres and adenosine, not a cardioversion now."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=9,
            sex="F",
            vitals=vitals(225, 104, 66, 24, 99, 36.7),
            one_liner="9-year-old with a sudden fast heartbeat, otherwise well",
            ed_note="9-year-old, sudden racing heart an hour ago. Pink, warm, "
            "capillary refill 2 seconds. Narrow complex regular tachycardia 225.",
        )
    )
    assert O.ordered(out, "vagal", "valsalva")
    assert not _procedures(out, "cardiover")


# --- deep neck infection -------------------------------------------------------


def test_drooling_child_with_a_neck_swelling_gets_an_airway_plan(
    reason: Reason,
) -> None:
    """Tintinalli 9th ed. ch. 246; Craig & Schunk 2003: a febrile child drooling with a
    swelling in the neck has a deep neck infection threatening the airway: the airway
    team, kept sitting up, and no lumbar puncture while it is threatened (NICE CG102
    2010 1.3.2)."""
    out = reason(
        make_case(
            "FEVER",
            age=4,
            sex="F",
            vitals=vitals(146, 100, 60, 30, 97, 39.2),
            one_liner="4-year-old with fever, drooling and a swollen neck",
            ed_note="4-year-old, fever for 3 days, now drooling and off food and "
            "drink, will not turn her head. Tender swelling in the neck on the left. "
            "No stridor.",
        )
    )
    assert O.ordered(out, "airway team")
    assert not O.ordered(out, "lumbar puncture")


def test_tonsillitis_gets_no_airway_team(reason: Reason) -> None:
    """Guard (NICE NG84): exudative tonsillitis swallowing fluids, no drooling, no
    trismus: no airway team."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=20,
            sex="M",
            vitals=vitals(94, 120, 74, 16, 99, 38.1),
            one_liner="20-year-old with sore throat and fever for 2 days",
            ed_note="Sore throat and fever for 2 days, swallowing fluids, no "
            "drooling, normal voice. Tonsils enlarged with exudate.",
        )
    )
    assert not O.ordered(out, "airway team")


# --- cystitis in pregnancy -----------------------------------------------------


def test_pregnant_cystitis_gets_seven_days(reason: Reason) -> None:
    """NICE NG109 2018 1.1.11: a pregnant woman's lower UTI: nitrofurantoin for 7 days
    (not the non-pregnant 3-5 days), with a culture."""
    out = reason(
        make_case(
            "DYSURIA",
            age=25,
            sex="F",
            vitals=vitals(80, 112, 70, 14, 99, 36.8),
            one_liner="25-year-old, 22 weeks pregnant, dysuria and frequency",
            ed_note="22 weeks pregnant. Dysuria and frequency for 2 days, no fever, "
            "no loin pain. Urine dip nitrite positive.",
        )
    )
    meds = [o.name.lower() for o in O.medications(out) if "nitrofurantoin" in o.name]
    assert meds and all("7 days" in m for m in meds)


def test_non_pregnant_cystitis_keeps_the_short_course(reason: Reason) -> None:
    """Guard (NICE NG109; IDSA 2011): a non-pregnant woman's cystitis keeps the short
    nitrofurantoin course."""
    out = reason(
        make_case(
            "DYSURIA",
            age=30,
            sex="F",
            vitals=vitals(80, 116, 72, 14, 99, 36.8),
            one_liner="30-year-old, not pregnant, dysuria for 2 days",
            ed_note="Dysuria and frequency for 2 days. Pregnancy test negative. No "
            "fever or loin pain. Urine dip nitrite positive.",
        )
    )
    meds = [o.name.lower() for o in O.medications(out) if "nitrofurantoin" in o.name]
    assert meds and not any("7 days" in m for m in meds)
