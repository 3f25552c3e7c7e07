"""readers56 (issue 10): how clinicians write what the readers must read - a CSF panel
written once after its specimen ("CSF: WCC 640 (neutrophils 85%) ..."), the birth of
the patient's own baby ("baby born 8 days ago", "her baby was born last week"), a
regular heart rate in words.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Tunkel AR et al. IDSA bacterial meningitis. Clin Infect Dis 2004;39:1267 (CSF white
  cells >= 5/uL a pleocytosis; a neutrophil predominance, a CSF glucose < 40 mg/dL or a
  CSF:serum ratio < 0.4 bacterial); van de Beek D et al. ESCMID 2016; McGill F et al. UK
  joint specialist societies meningitis guideline, J Infect 2016;72:405; NICE NG240 2024
  (bacterial meningitis is treated and admitted).
- WHO / ACOG Committee Opinion 736 (the puerperium: six weeks after the birth); NICE
  NG133 2019 1.7 (postnatal pre-eclampsia: a pressure >= 150/100, severe features,
  magnesium sulfate); ACOG PB 222 2020; RCOG Green-top 64b 2012 (bacterial sepsis
  following pregnancy: IV antibiotics within 1 h, admission).
- AAP 2021 febrile infant (Pantell RH et al. Pediatrics 2021;148:e2021052228): an
  8-21-day-old with fever is cultured, given parenteral antibiotics and admitted.
- Brugada J et al. ESC 2019 SVT (a regular narrow tachycardia: vagal manoeuvres, then
  adenosine); Harkema H et al. ConText, J Biomed Inform 2009;42:839 (experiencer).

Each scenario asserts safety properties; each target failed on main e8bc0d7e before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_a_neutrophilic_csf_written_as_wcc_is_admitted_as_meningitis(
    reason: Reason,
) -> None:
    """A 30-year-old with a day of headache, fever and photophobia whose LP reads "CSF
    WCC 640 (neutrophils 85%), protein 1.8 g/L, glucose 1.0 (serum 5.5)". The British
    "WCC" is the CSF white cell count: a neutrophilic pleocytosis with a CSF:serum
    glucose of 0.18 is bacterial meningitis (IDSA 2004; McGill 2016): the empirical
    regimen and admission (NICE NG240), not an observation bed."""
    case = make_case(
        "headache",
        age=30,
        sex="M",
        vitals=vitals(104, 124, 76, 18, 98, 38.4),
        ed_note="Headache and fever since yesterday, photophobia. No rash. LP: CSF WCC "
        "640 (neutrophils 85%), protein 1.8 g/L, glucose 1.0 (serum 5.5). Gram stain "
        "awaited.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "ceftriaxone"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_guard_a_normal_csf_written_as_wcc_starts_no_meningitis_regimen(
    reason: Reason,
) -> None:
    """Guard: a headache with a low fever and "CSF WCC 2, protein 0.3 g/L, glucose 3.6
    (serum 5.4)": a normal CSF white cell count makes bacterial meningitis very
    unlikely (IDSA 2004; ESCMID 2016): no empirical meningitis regimen."""
    case = make_case(
        "headache",
        age=30,
        sex="F",
        vitals=vitals(92, 118, 72, 16, 99, 37.6),
        ed_note="Headache and low fever for 2 days, photophobia. No neck stiffness, no "
        "rash. LP: CSF WCC 2, protein 0.3 g/L, glucose 3.6 (serum 5.4). Gram stain no "
        "organisms.",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "ceftriaxone"), O.order_names(out)


def test_baby_born_8_days_ago_with_a_severe_pressure_is_postnatal_pre_eclampsia(
    reason: Reason,
) -> None:
    """A 29-year-old, "Baby born 8 days ago", with a headache, flashing lights, BP
    164/106 and 2+ proteinuria. Eight days after the birth is the puerperium: a severe
    pressure with headache and visual signs is postnatal pre-eclampsia with severe
    features (NICE NG133 1.7; ACOG PB 222): magnesium sulfate, an antihypertensive and
    hospital care, not a migraine."""
    case = make_case(
        "headache",
        age=29,
        sex="F",
        vitals=vitals(84, 164, 106, 16, 99, 36.8),
        one_liner="29F headache, baby born 8 days ago",
        ed_note="Baby born 8 days ago, normal delivery. Headache since yesterday, "
        "seeing flashing lights. BP 164/106 and 158/104. Urine protein 2+.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "magnesium"), O.order_names(out)
    assert O.medication_ordered(out, "labetalol", "nifedipine", "hydralazine"), (
        O.order_names(out)
    )
    assert "migraine" not in O.working(out).lower(), O.working(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_a_fever_after_her_baby_was_born_last_week_is_puerperal_sepsis(
    reason: Reason,
) -> None:
    """A 28-year-old, "her baby was born last week", with a fever, offensive lochia and
    lower abdominal tenderness: a genital tract sepsis of the puerperium until shown
    otherwise (RCOG Green-top 64b): IV antibiotics within the hour and admission, not
    a viral illness sent home."""
    case = make_case(
        "fever",
        age=28,
        sex="F",
        vitals=vitals(88, 122, 74, 16, 99, 37.9),
        ed_note="Her baby was born last week, vaginal delivery. Fever, offensive "
        "lochia, lower abdominal tenderness.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "IV"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_guard_an_8_day_old_born_8_days_ago_is_no_puerperium(reason: Reason) -> None:
    """Guard: an 8-day-old, "born 8 days ago at term", feeding less with a rectal
    temperature of 38.4: the note's birth is the patient's own, not a mother's
    puerperium (ConText experiencer). A febrile neonate is cultured, given
    ampicillin with gentamicin or cefotaxime and admitted (AAP 2021); no magnesium."""
    case = make_case(
        "fever",
        sex="M",
        vitals={"heart_rate": 168, "respiratory_rate": 56, "spo2": 97,
                "temperature_c": 38.4},
        demographics={"age_days": 8},
        ed_note="Born 8 days ago at term, normal delivery. Feeding less since this "
        "morning, temperature 38.4 rectal. Mother well.",
    )  # fmt: skip
    out = reason(case)
    assert O.medication_ordered(out, "ampicillin"), O.order_names(out)
    assert not O.medication_ordered(out, "magnesium"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_a_regular_heart_rate_in_words_is_worked_as_svt(reason: Reason) -> None:
    """A 27-year-old with sudden palpitations for 30 minutes, "Heart rate one hundred
    and seventy, regular", no rate in the record: a regular tachycardia of 170 with
    palpitations is an SVT (ESC 2019 SVT): vagal manoeuvres, then adenosine."""
    case = make_case(
        "palpitations",
        age=27,
        sex="F",
        vitals={"systolic_bp": 112, "diastolic_bp": 72, "respiratory_rate": 18,
                "spo2": 99, "temperature_c": 36.7},
        one_liner="27F racing heart 30 minutes",
        ed_note="Sudden palpitations 30 minutes ago. Heart rate one hundred and "
        "seventy, regular. No chest pain. BP 112/72.",
    )  # fmt: skip
    out = reason(case)
    assert O.ordered(out, "adenosine"), O.order_names(out)
    assert O.ordered(out, "vagal"), O.order_names(out)


def test_tablets_after_an_argument_with_the_count_in_the_note_is_self_harm(
    reason: Reason,
) -> None:
    """A 22-year-old: the triage line says "took tablets after an argument with her
    boyfriend", the note "about thirty paracetamol 500 mg tablets 3 hours ago". An
    overdose after a row is self-harm whatever its motive (NICE NG225 2022; Hawton K et
    al. Lancet 2012;379:2373), though the conflict and the count are written in
    different texts: coded as intentional self-harm (ICD-10-CM I.C.19.e.5.b), with the
    psychosocial assessment."""
    case = make_case(
        "overdose",
        age=22,
        sex="F",
        vitals=vitals(88, 116, 72, 16, 99, 36.7),
        one_liner="22F took tablets after an argument with her boyfriend",
        ed_note="Took about thirty paracetamol 500 mg tablets 3 hours ago. No other "
        "drugs, no alcohol. Weight 60 kg.",
    )
    out = reason(case)
    assert out.final.icd10.endswith("2A"), (out.final.icd10, out.final.diagnosis_name)
    assert O.ordered(out, "psychosocial"), O.order_names(out)


def test_a_calcium_written_ca_in_myeloma_is_treated_as_hypercalcaemia(
    reason: Reason,
) -> None:
    """A 68-year-old with myeloma, a week of thirst, constipation and confusion, "Ca
    3.6, creatinine 160". "Ca" is how clinicians abbreviate the (adjusted) calcium: 3.6
    mmol/L is a severe hypercalcaemia (Society for Endocrinology 2016: >= 3.5 mmol/L),
    treated with IV saline and a bisphosphonate and admitted, not a weakness work-up."""
    case = make_case(
        "weakness",
        age=68,
        sex="F",
        vitals=vitals(90, 132, 78, 16, 97, 36.8),
        ed_note="Known myeloma. Thirsty, constipated, confused for a week. Ca 3.6, "
        "creatinine 160.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "saline"), O.order_names(out)
    assert O.medication_ordered(out, "zoledron", "pamidron", "bisphosphon"), (
        O.order_names(out)
    )
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_no_pregnancy_test_before_a_ctpa_a_week_after_the_birth(
    reason: Reason,
) -> None:
    """A 33-year-old who "delivered last week by caesarean section", suddenly breathless
    with a swollen calf: a PE of the puerperium, imaged by CTPA (RCOG GTG 37b). No new
    pregnancy can have begun within 21 days of a birth (FSRH 2017), and the birth's own
    hCG stays positive for weeks: no pregnancy test is put before the imaging."""
    case = make_case(
        "shortness of breath",
        age=33,
        sex="F",
        vitals=vitals(114, 118, 74, 24, 93, 37.2),
        one_liner="33F breathless, delivered last week",
        ed_note="Delivered last week by caesarean section. Sudden breathlessness and "
        "right-sided pleuritic pain this morning. Left calf swollen and tender.",
    )
    out = reason(case)
    assert not O.ordered(out, "pregnancy test"), O.order_names(out)


def test_guard_a_ct_in_a_woman_who_gave_birth_two_months_ago_keeps_the_test(
    reason: Reason,
) -> None:
    """Guard: a 30-year-old who "gave birth 2 months ago", with right lower abdominal
    pain for CT: past 21 days a new pregnancy is possible (FSRH 2017), so the
    pregnancy test before radiation stays (ACOG Committee Opinion 723)."""
    case = make_case(
        "abdominal pain",
        age=30,
        sex="F",
        vitals=vitals(96, 122, 76, 18, 99, 37.9),
        ed_note="Gave birth 2 months ago. Periumbilical pain moving to the right iliac "
        "fossa since yesterday, anorexia, tender RIF with guarding.",
    )
    out = reason(case)
    if any(
        "ct " in o.name.lower() and "hcg" not in o.name.lower() for o in O.orders(out)
    ):
        assert O.ordered(out, "hcg", "pregnancy test"), O.order_names(out)
