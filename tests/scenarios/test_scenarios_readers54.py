"""readers54 (issue 10): vital signs written in the running text of the note (a later
re-assessment beside the triage set, the gaps of a partial record, a GCS with no
record, a rate in words), a natriuretic peptide as a result, "+ve Murphy's", and other
patients as an exposure's possible sources.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Seymour CW et al. JAMA 2016;315:762 (qSOFA at the most abnormal value of the
  episode); Evans L et al. Surviving Sepsis Campaign 2021; NICE NG51 (2016/2024).
- ER-Reason's official acuity script (its vitals cascade reads the labelled values of
  the running text when there is no vitals block); ATLS 10th ed.; ESI v4 handbook.
- McDonagh TA et al. ESC 2021 heart failure; Maisel AS et al. NEJM 2002;347:161.
- Yokoe M et al. Tokyo Guidelines 2018 (Murphy's sign); Harkema H et al. ConText, J
  Biomed Inform 2009;42:839 (experiencer).

Each scenario asserts safety properties; each target failed on main bd85a5fa before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_shock_on_reassessment_after_normal_triage_is_worked_as_sepsis(
    reason: Reason,
) -> None:
    """A 70-year-old with two days of fever and dysuria, triaged at HR 94, BP 132/76,
    RR 18; "Reviewed after 90 minutes: HR 128, BP 80/46, RR 28, now drowsy." The later
    measurement of the same visit counts (Seymour 2016: qSOFA at the worst value, here
    3): septic shock gets cultures, antibiotics within the hour and 30 mL/kg of
    crystalloid, and is admitted (SSC 2021), while the triage level stays that of the
    triage set."""
    case = make_case(
        "fever",
        age=70,
        sex="M",
        vitals=vitals(94, 132, 76, 18, 97, 38.6),
        ed_note="70M two days of fever and dysuria with left loin pain. Reviewed after "
        "90 minutes: HR 128, BP 80/46, RR 28, now drowsy.",
    )
    out = reason(case)
    assert O.ordered(out, "blood culture"), O.order_names(out)
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone"), O.order_names(out)
    assert O.ordered(out, "30 mL/kg"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_running_text_vitals_fill_a_record_holding_only_a_temperature(
    reason: Reason,
) -> None:
    """A 79-year-old with a productive cough whose record holds only a temperature of
    38.4; the note: "Resp rate 30, BP 86/52, sats 87% on air, crackles at the right
    base". With no vitals block the labelled values of the text are the measurement
    (the ER-Reason acuity script's own fallback): a hypoxic, hypotensive pneumonia is
    given oxygen and antibiotics and admitted (BTS CAP 2009: CURB-65 >= 3), not
    observed for missing vitals."""
    case = make_case(
        "cough",
        age=79,
        sex="M",
        vitals={"temperature_c": 38.4},
        ed_note="79M productive cough for 3 days. Resp rate 30, BP 86/52, sats 87% on "
        "air, crackles at the right base.",
    )
    out = reason(case)
    assert O.ordered(out, "oxygen"), O.order_names(out)
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_a_gcs_of_7_in_the_note_with_no_record_is_triaged_emergent(
    reason: Reason,
) -> None:
    """A man found collapsed in the street after a fight, no vitals recorded, the note
    "GCS 7 (E1 V2 M4), blood from the left ear": with no record the note's measurement
    is the first one, its GCS with it; a GCS of 8 or less is an airway at risk
    (ATLS 10th ed.), ESI 1 (ESI v4 decision point A), never a level-4 head injury."""
    case = make_case(
        "head injury",
        age=41,
        sex="M",
        ed_note="41M found collapsed in the street after a fight. GCS 7 (E1 V2 M4), "
        "blood from the left ear.",
    )
    out = reason(case)
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_a_heart_rate_written_in_words_is_read(reason: Reason) -> None:
    """A 33-year-old with a sudden racing heart, no vitals recorded, the dictated note
    "heart rate of one hundred and seventy, BP 118/76": a rate of 170 is a danger-zone
    tachycardia (ESI v4 decision point D), ESI 2 with an ECG and monitoring."""
    case = make_case(
        "palpitations",
        age=33,
        sex="M",
        ed_note="33M sudden racing heart for half an hour. Heart rate of one hundred "
        "and seventy, BP 118/76.",
    )
    out = reason(case)
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.ordered(out, "ecg"), O.order_names(out)


def test_an_nt_probnp_in_thousands_supports_heart_failure(reason: Reason) -> None:
    """An 80-year-old man with ten days of increasing breathlessness, sleeping on
    three pillows, crackles at both bases and "NT-proBNP 6,200 pg/mL": an NT-proBNP
    above the age cut-off (1800 pg/mL over 75: ICON, Januzzi 2006; ESC 2021) makes
    acute heart failure likely: a loop diuretic is given and he is admitted."""
    case = make_case(
        "shortness of breath",
        age=80,
        sex="M",
        vitals=vitals(100, 152, 90, 24, 92, 36.6),
        ed_note="80M increasing breathlessness for 10 days, sleeps on three pillows. "
        "Crackles at both bases. NT-proBNP 6,200 pg/mL.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "furosemide", "diuretic"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_plus_ve_murphys_with_fever_is_not_sent_home(reason: Reason) -> None:
    """A 52-year-old with right upper quadrant pain for two days, "+ve Murphy's",
    vomiting and a temperature of 38.5: the abbreviation before the sign is Murphy's
    sign, and with fever it is acute cholecystitis until an ultrasound says otherwise
    (TG18): ultrasound ordered, not discharged."""
    case = make_case(
        "abdominal pain",
        age=52,
        sex="M",
        vitals=vitals(100, 130, 80, 18, 98, 38.5),
        ed_note="52M RUQ pain for 2 days, +ve Murphy's, vomiting.",
    )
    out = reason(case)
    assert O.ordered(out, "ultrasound"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_other_patients_on_chemotherapy_are_not_the_porter(reason: Reason) -> None:
    """A porter with a sharps injury from a bin on "a ward with patients on
    chemotherapy and one with HIV": those patients are the possible sources (ConText
    experiencer), so the porter has no neutropenic or immunocompromised differential;
    his exposure gets baseline bloods and a PEP decision (US PHS 2013)."""
    case = make_case(
        "needlestick injury",
        age=35,
        sex="M",
        vitals=vitals(78, 126, 80, 14, 99, 36.6),
        ed_note="35M porter, sharps injury from a used needle in a bin on a ward with "
        "patients on chemotherapy and one with HIV. Source unknown.",
    )
    out = reason(case)
    assert not O.proposes(out, "neutropenia"), O.diagnoses_proposed(out)
    assert O.ordered(out, "pep", "post-exposure"), O.order_names(out)


def test_guard_a_plan_pressure_and_a_normal_exam_change_nothing(
    reason: Reason,
) -> None:
    """Guard: an inversion ankle injury with normal triage vitals whose note says "if
    BP 85/50 or faint, return": a conditional number is no measurement (ConText
    hypothetical), so the Ottawa-negative sprain goes home."""
    case = make_case(
        "ankle injury",
        age=27,
        sex="F",
        vitals=vitals(76, 120, 74, 14, 99, 36.7),
        ed_note="27F inversion injury, walked in. No bony tenderness at either "
        "malleolus or the navicular. Advised to return if BP 85/50 or faint.",
    )
    out = reason(case)
    assert O.dispo(out) == "Discharge", O.dispo(out)
    assert not O.ordered(out, "lactate", "blood culture"), O.order_names(out)


def test_a_headache_worse_lying_flat_and_on_straining_is_imaged(
    reason: Reason,
) -> None:
    """A 41-year-old woman with three weeks of headache "worse when she lies down and
    when she strains on the toilet", no vomiting, a normal examination: a headache
    that changes with posture or is brought on by Valsalva is a NICE CG150 (1.1.1) red
    flag of raised intracranial pressure: a CT head is ordered before any primary
    headache is named (not a migraine cocktail home without imaging)."""
    case = make_case(
        "headache",
        age=41,
        sex="F",
        vitals=vitals(72, 122, 76, 14, 99, 36.6),
        ed_note="41F headache for three weeks, worse when she lies down and when she "
        "strains on the toilet. No vomiting. Neurological examination normal.",
    )
    out = reason(case)
    assert O.ordered(out, "ct head"), O.order_names(out)


def test_guard_a_usual_migraine_without_red_flags_is_not_imaged(
    reason: Reason,
) -> None:
    """Guard: a 29-year-old with her usual migraine with aura, "not worse lying down
    or on coughing", no vomiting: no red flag (NICE CG150 1.1.1; do not image a
    primary headache for reassurance, NICE CG150 1.1.3): no CT, home."""
    case = make_case(
        "headache",
        age=29,
        sex="F",
        vitals=vitals(70, 116, 72, 14, 99, 36.7),
        ed_note="29F her usual migraine with aura, same as previous attacks. Not worse "
        "lying down or on coughing. No vomiting.",
    )
    out = reason(case)
    assert not O.ordered(out, "ct head"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_a_fever_after_splenectomy_gets_ceftriaxone_at_once(reason: Reason) -> None:
    """A 36-year-old "splenectomised after a cycling accident as a teenager", shivery
    with a temperature of 38.4 since the morning and a headache, otherwise looking
    well: a fever without a spleen is overwhelming post-splenectomy infection until
    proven otherwise, treated with empirical antibiotics at once after blood cultures
    (Davies JM et al. BCSH/BSH 2011; NICE NG51), not sent home as a viral illness."""
    case = make_case(
        "fever",
        age=36,
        sex="M",
        vitals=vitals(104, 118, 72, 18, 98, 38.4),
        ed_note="36M splenectomised after a cycling accident as a teenager. Shivery "
        "since this morning with a headache. Otherwise looks well.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime"), O.order_names(out)
    assert O.ordered(out, "blood culture"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_guard_a_spleen_not_palpable_is_no_asplenia(reason: Reason) -> None:
    """Guard: a 30-year-old with a sore throat and a temperature of 38.1, "spleen not
    palpable, no lymphadenopathy elsewhere": an examination finding, not an absent
    spleen, so no post-splenectomy line is added."""
    case = make_case(
        "sore throat",
        age=30,
        sex="F",
        vitals=vitals(92, 118, 74, 16, 99, 38.1),
        ed_note="30F sore throat for 2 days. Spleen not palpable, no lymphadenopathy "
        "elsewhere.",
    )
    out = reason(case)
    assert not any("splenectomy" in (o.reason or "") for o in O.orders(out)), [
        o.reason for o in O.orders(out)
    ]


def test_polyuria_with_ketonaemia_reads_a_bare_glucose_as_mmol(reason: Reason) -> None:
    """(peds54's request) A 14-year-old with three weeks of polydipsia and polyuria,
    vomiting today, "BM 27, ketones 5.1, pH 7.18": the osmotic symptoms and a ketonaemia
    of DKA make the bare 27 mmol/L (ISPAD 2022; BSPED 2021), so the DKA is treated:
    fluids and an insulin infusion without a bolus."""
    case = make_case(
        "vomiting",
        age=14,
        sex="M",
        vitals=vitals(120, 110, 68, 30, 99, 36.9),
        ed_note="14M three weeks of polydipsia and polyuria, vomiting today. "
        "Glucose 27, ketones 5.1, pH 7.18.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "insulin infusion"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_last_period_in_words_opens_an_ectopic(reason: Reason) -> None:
    """(peds54's request) A 25-year-old with left iliac fossa pain since the morning,
    "last period 8 weeks ago": amenorrhoea with pain is an ectopic until a pregnancy
    test answers (NICE NG126 1.3.1): an hCG is ordered and she is not sent home before
    it."""
    case = make_case(
        "abdominal pain",
        age=25,
        sex="F",
        vitals=vitals(94, 116, 70, 16, 99, 36.8),
        one_liner="25F left lower abdominal pain, last period 8 weeks ago",
        ed_note="Left iliac fossa pain since this morning. Last period 8 weeks ago.",
    )
    out = reason(case)
    assert O.ordered(out, "hcg"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_a_glucometer_reading_below_hhs_is_no_hhs(reason: Reason) -> None:
    """(medgi54's request) A 62-year-old with type 2 diabetes, "glucometer 27 mmol/L",
    thirsty for a week, eating and drinking, ketones 0.3, pH 7.39: the meter's reading
    is the glucose; below 30 mmol/L without hyperosmolality there is no HHS (JBDS-IP
    2022), so no HHS hourly monitoring is ordered."""
    case = make_case(
        "high blood sugar",
        age=62,
        sex="M",
        vitals=vitals(82, 136, 80, 16, 98, 36.7),
        ed_note="62M type 2 diabetes on metformin. Glucometer 27 mmol/L, thirsty for a "
        "week. Eating and drinking. Ketones 0.3 mmol/L, venous pH 7.39.",
    )
    out = reason(case)
    assert not O.ordered(out, "osmolality hourly"), O.order_names(out)
