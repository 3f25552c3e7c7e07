"""peds44 (session 44): paediatric and obstetric emergencies, and triage levels.

Written from guidelines, not from shared data: a child still convulsing on arrival is
in status epilepticus and gets a benzodiazepine at once (APLS 6th ed.; Trinka E et al.
ILAE 2015; NICE NG217 2022); a light fitting is no fit; an itch of the palms and soles
in late pregnancy is intrahepatic cholestasis until the bile acids say otherwise (RCOG
Green-top 43 2022), and eclampsia needs a seizure (ACOG Practice Bulletin 222 2020);
tightenings that are irregular or settle with rest are false labour, assessed before
any steroid (ACOG Practice Bulletin 171 2016; NICE NG25 1.4-1.5); no anti-D for a
threatened miscarriage before 12 weeks (NICE NG126 2023 1.7.1; BSH 2014).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


_BENZO = ("lorazepam", "midazolam", "diazepam")


# --- a seizure still going on ---


def test_child_still_having_a_seizure_gets_a_benzodiazepine(reason: Reason) -> None:
    """APLS 6th ed. and NICE NG217 (2022): a convulsion still going on at arrival, five
    minutes or more after it began, is treated at once with a benzodiazepine (ESI v4
    Table 6-2: an active seizure is ESI 1). A feverish 3-year-old 'still having a
    tonic-clonic seizure' was called a simple febrile seizure, ESI 2, with no
    benzodiazepine."""
    out = reason(
        make_case(
            "SEIZURE",
            age=3,
            sex="F",
            vitals=vitals(165, 98, 58, 32, 94, 39.2),
            one_liner="3-year-old girl still having a tonic-clonic seizure that began "
            "at home about 12 minutes ago",
            ed_note="Eyes deviated, all four limbs jerking. No rescue medicine given.",
        )
    )
    assert _esi(out) == 1
    assert O.medication_ordered(out, *_BENZO)
    result = O.treatment(out)
    assert result is not None
    assert "febrile" not in (result.working_diagnosis or "").lower()


def test_febrile_seizure_that_stopped_is_not_treated_as_status(reason: Reason) -> None:
    """Guard: AAP 2011 simple febrile seizure: a brief generalised seizure that has
    stopped, in a child back to normal, needs no benzodiazepine or routine tests."""
    out = reason(
        make_case(
            "SEIZURE",
            age=2,
            sex="M",
            vitals=vitals(140, 96, 58, 28, 98, 38.9),
            one_liner="2-year-old who had a 2-minute generalised seizure at home "
            "with a fever, now back to normal",
            ed_note="Alert, playing, running about. Seizure stopped on its own. Red "
            "throat, coryza. No rash, no neck stiffness.",
        )
    )
    assert not O.medication_ordered(out, *_BENZO)
    assert _esi(out) >= 2


def test_light_fitting_is_no_fit(reason: Reason) -> None:
    """ABA / Arnoldo B et al. 2006: a low-voltage household shock with no loss of
    consciousness, no burn and a normal ECG needs no monitored bed; 'changing a light
    fitting' is no seizure (it was read as one: ESI 1, a seizure work-up and ICU)."""
    out = reason(
        make_case(
            "ELECTRIC SHOCK",
            age=41,
            sex="F",
            vitals=vitals(80, 126, 78, 14, 99),
            one_liner="41-year-old who got a shock from the mains while changing a "
            "ceiling light fitting, tingling in her fingers",
            ed_note="No loss of consciousness, no fall. No burns. ECG sinus rhythm, "
            "normal intervals.",
        )
    )
    assert _esi(out) > 1
    assert not O.medication_ordered(out, *_BENZO, "levetiracetam")
    assert O.disposition(out).admit_level != "icu"


# --- itch in pregnancy and eclampsia ---


def test_itch_of_palms_and_soles_in_pregnancy_gets_bile_acids(reason: Reason) -> None:
    """RCOG Green-top 43 (2022): itching without a rash in pregnancy, typically of the
    palms and soles, is intrahepatic cholestasis until non-fasting bile acids and liver
    tests say otherwise (it was worked up as eclampsia and coded vaginal bleeding)."""
    out = reason(
        make_case(
            "PREGNANCY PROBLEM",
            age=32,
            sex="F",
            vitals=vitals(78, 116, 70, 16, 99),
            one_liner="32-year-old 33 weeks pregnant with itchy palms and soles for "
            "five days, keeping her awake",
            ed_note="No rash, no bleeding, baby moving well.",
        )
    )
    assert O.ordered(out, "bile acid")
    result = O.treatment(out)
    assert result is not None
    assert "eclampsia" not in (result.working_diagnosis or "").lower()
    assert _code(out).startswith("O26.64")


def test_seizure_at_36_weeks_with_high_pressure_is_still_eclampsia(
    reason: Reason,
) -> None:
    """Guard: ACOG PB 222 (2020): a tonic-clonic seizure at 36 weeks with a severe-range
    pressure is eclampsia: magnesium sulfate."""
    out = reason(
        make_case(
            "SEIZURE",
            age=26,
            sex="F",
            vitals=vitals(104, 174, 112, 20, 96),
            one_liner="26-year-old 36 weeks pregnant who had a generalised "
            "tonic-clonic seizure at home, now drowsy",
        )
    )
    assert O.medication_ordered(out, "magnesium")


# --- false labour ---


def test_tightenings_that_settle_with_rest_are_false_labour(reason: Reason) -> None:
    """ACOG PB 171 (2016), ACOG FAQ 004 (2020) and NICE NG25 1.4-1.5: tightenings that
    come and go and settle when the woman rests are false labour until the cervix is
    assessed: no antenatal steroid or GBS penicillin (they were preterm labour, then an
    abruption)."""
    out = reason(
        make_case(
            "CONTRACTIONS",
            age=28,
            sex="F",
            vitals=vitals(82, 114, 70, 16, 99),
            one_liner="28-year-old 33 weeks pregnant with tightenings this evening "
            "that ease when she lies down",
            ed_note="Tightenings irregular and painless. No bleeding, no fluid loss, "
            "baby moving normally. Abdomen soft and non-tender.",
        )
    )
    assert not O.medication_ordered(out, "betamethasone", "dexamethasone")
    assert not O.medication_ordered(out, "penicillin")
    assert O.proposes(out, "false labor")


def test_regular_painful_contractions_keep_the_steroid(reason: Reason) -> None:
    """Guard: ACOG PB 171 / NICE NG25 1.5: regular painful contractions at 31 weeks with
    the cervix dilating are preterm labour: antenatal corticosteroids."""
    out = reason(
        make_case(
            "CONTRACTIONS",
            age=30,
            sex="F",
            vitals=vitals(96, 118, 72, 18, 99),
            one_liner="30-year-old 31 weeks pregnant with regular painful contractions "
            "every 4 minutes for 2 hours",
            ed_note="Cervix 3 cm dilated on speculum. Membranes intact.",
        )
    )
    assert O.medication_ordered(out, "betamethasone", "dexamethasone")


# --- anti-D in early pregnancy ---


def test_no_anti_d_for_threatened_miscarriage_before_12_weeks(reason: Reason) -> None:
    """NICE NG126 (2023) 1.7.1: anti-D is not offered for a threatened miscarriage; BSH
    2014 gives it from 12 weeks (an Rh-negative woman at 8 weeks with an intrauterine
    pregnancy on today's scan was given it)."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=27,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            one_liner="27-year-old 8 weeks pregnant with light spotting since this "
            "morning",
            ed_note="Ultrasound today: live intrauterine pregnancy, 8 weeks. Os "
            "closed. Blood group A Rh negative.",
        )
    )
    assert not O.medication_ordered(out, "anti-d", "rh immune", "immune globulin")


def test_anti_d_kept_for_threatened_miscarriage_at_16_weeks(reason: Reason) -> None:
    """Guard: BSH 2014 (Qureshi H et al.): from 12 weeks an Rh-negative woman with
    bleeding is given anti-D."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=31,
            sex="F",
            vitals=vitals(80, 120, 74, 14, 99),
            one_liner="31-year-old 16 weeks pregnant with light vaginal bleeding today",
            ed_note="Ultrasound: live intrauterine pregnancy. Os closed. Rh negative.",
        )
    )
    assert O.medication_ordered(out, "anti-d", "rh immune", "immune globulin")


# --- triage levels ---


def test_child_with_five_days_of_fever_and_kawasaki_signs_is_esi_3(
    reason: Reason,
) -> None:
    """NICE NG143 (2019/2021): fever for 5 days or longer in a child under 5 is an
    amber feature (blood tests, urine), and Kawasaki disease is considered (AHA 2017:
    labs and an echocardiogram): two resources, ESI 3 at least (ESI v4 ch.5-6). A
    Kawasaki picture under a rash complaint was ESI 4."""
    out = reason(
        make_case(
            "RASH",
            age=2,
            sex="M",
            vitals=vitals(150, 96, 58, 28, 98, 39.3),
            one_liner="2-year-old with fever for 6 days, a red rash, red eyes and "
            "cracked lips",
        )
    )
    assert _esi(out) <= 3


def test_a_short_fever_with_a_rash_stays_low_acuity(reason: Reason) -> None:
    """Guard: a playing 2-year-old with a rash and two days of fever (a viral
    exanthem) is judged by its resources (ESI v4 ch.5): ESI 4-5."""
    out = reason(
        make_case(
            "RASH",
            age=2,
            sex="F",
            vitals=vitals(130, 96, 58, 26, 99, 38.3),
            one_liner="2-year-old with fever for 2 days and a blotchy rash, playing",
        )
    )
    assert _esi(out) >= 4


def test_uncomplicated_household_shock_is_not_high_risk(reason: Reason) -> None:
    """Arnoldo B et al. EAST/ABA 2006 and ABA 2018: a low-voltage (< 1,000 V) household
    shock without loss of consciousness, burn, cardiac symptom or tetany needs an ECG
    and no monitored stay: no high-risk situation at ESI decision point B."""
    out = reason(
        make_case(
            "ELECTRICAL INJURY",
            age=33,
            sex="M",
            vitals=vitals(76, 124, 78, 14, 99),
            one_liner="33-year-old with a brief shock from a 230 V plug socket, felt "
            "a jolt up his arm, feels fine now",
        )
    )
    assert _esi(out) >= 3


def test_household_shock_with_loss_of_consciousness_stays_high_risk(
    reason: Reason,
) -> None:
    """Guard: Arnoldo 2006: loss of consciousness after an electrical injury needs
    cardiac monitoring whatever the voltage: ESI 2 or more urgent."""
    out = reason(
        make_case(
            "ELECTRICAL INJURY",
            age=35,
            sex="M",
            vitals=vitals(88, 130, 80, 16, 99),
            one_liner="35-year-old shocked by a 240 V socket, knocked out for a minute",
        )
    )
    assert _esi(out) <= 2


def test_head_blow_with_a_dilated_pupil_is_esi_1(reason: Reason) -> None:
    """Brain Trauma Foundation 2016 and ESI v4 ch.3 (decision point A): a head injury
    with falling consciousness and one dilated pupil is herniating: immediate airway and
    hyperosmolar therapy, ESI 1 (trauma44's request: 'a dilated right pupil' worded
    before its side was not read, ESI 2)."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=24,
            sex="M",
            vitals=vitals(58, 176, 94, 12, 97),
            one_liner="24-year-old struck on the temple by a golf ball, lucid at "
            "first, now drowsy, GCS 11, with a dilated left pupil",
        )
    )
    assert _esi(out) == 1
