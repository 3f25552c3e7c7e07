import pytest

from cases.vitals import (
    NO_VITALS,
    extract_vitals,
    extract_vitals_report,
    format_vitals,
    vitals_cascade_official,
)

EPIC_BLOCK = (
    "HPI: cough.\nTriage Vital Signs:\nBP: (!) 142/88\nPulse: (!) 104\nResp: 22\n"
    "Temp: 38.3 °C (100.9 °F)\nTempSrc: Oral\nSpO2: 93 %\nPain Score: 7\n\n"
    "Physical Exam:\nHENT: normal. Pulse 60 on recheck."
)


def test_epic_multiline_block_parses_every_field():
    report = extract_vitals_report(EPIC_BLOCK)
    v = report.vitals
    assert (v.systolic_bp, v.diastolic_bp, v.heart_rate, v.respiratory_rate) == (
        142,
        88,
        104,
        22,
    )
    assert (v.temperature_c, v.spo2, v.pain) == (38.3, 93, 7)
    assert report.source == "triage_block"
    assert v.raw is not None and "HENT" not in v.raw and "recheck" not in v.raw


def test_table_like_single_line():
    v = extract_vitals(
        "BP: 142/88 | Pulse: 104 | Resp: 22 | Temp: 38.3 °C (100.9 °F) | SpO2: 93%"
    )
    assert (
        v.systolic_bp,
        v.heart_rate,
        v.respiratory_rate,
        v.temperature_c,
        v.spo2,
    ) == (
        142,
        104,
        22,
        38.3,
        93,
    )


@pytest.mark.parametrize(
    ("text", "expected_c"),
    [
        ("Vitals: Temp 98.6 °F (37 °C), HR 80", 37.0),
        ("Vital signs: Temp(Src) 36.8 °C (Oral), Pulse 70", 36.8),
        ("Vital signs: T 102.2˚F, HR 90", 39.0),
        ("Vital signs: Temp 101, HR 90", 38.3),
    ],
)
def test_temperature_units_convert_to_celsius(text, expected_c):
    assert extract_vitals(text).temperature_c == pytest.approx(expected_c, abs=0.05)


def test_reversed_order_and_spo2_pain_variants():
    v = extract_vitals("Vitals: Pain 8/10, O2 sat 94% on RA, RR 18, HR 120, BP 90/60")
    assert (v.pain, v.spo2, v.respiratory_rate, v.heart_rate) == (8, 94, 18, 120)
    assert (v.systolic_bp, v.diastolic_bp) == (90, 60)


def test_missing_fields_stay_none():
    v = extract_vitals("Vital signs: BP 128/84, HR 76.")
    assert v.respiratory_rate is None and v.spo2 is None and v.temperature_c is None


def test_implausible_values_rejected_but_raw_kept():
    report = extract_vitals_report("Vital signs: Pulse 0, SpO2 140 %, BP 80/120, RR 16")
    v = report.vitals
    assert v.heart_rate is None and v.spo2 is None and v.systolic_bp is None
    assert v.respiratory_rate == 16
    assert set(report.rejected) == {"heart_rate=0", "spo2=140", "blood_pressure=80/120"}
    assert v.raw is not None and "140" in v.raw


@pytest.mark.parametrize(
    "text",
    ["No vital signs available.", "", None, "Patient has had pain for 2 days. 120/80"],
)
def test_no_vitals(text):
    report = extract_vitals_report(text)
    assert report.n_found == 0 and report.vitals.raw is None


def test_inline_labelled_values_without_block():
    report = extract_vitals_report("Arrived with HR of 130 and BP was 85/50, SpO2 88%.")
    assert report.source == "inline"
    assert (
        report.vitals.heart_rate,
        report.vitals.systolic_bp,
        report.vitals.spo2,
    ) == (
        130,
        85,
        88,
    )


def test_pulse_ox_is_not_heart_rate():
    v = extract_vitals("Vitals: pulse ox 91%, HR 77")
    assert v.spo2 == 91 and v.heart_rate == 77


def test_format_vitals_roundtrip():
    v = extract_vitals(EPIC_BLOCK)
    again = extract_vitals("Vitals: " + format_vitals(v))
    assert again.model_dump(exclude={"raw"}) == v.model_dump(exclude={"raw"})


class TestOfficialCascade:
    def test_pattern1_block_up_to_hent(self):
        out = vitals_cascade_official(EPIC_BLOCK)
        assert out.startswith("Triage Vital Signs:") and out.endswith("Physical Exam:")

    def test_pattern2_any_header_to_exam(self):
        out = vitals_cascade_official("Vital Signs BP 120/80\nConstitutional: well")
        assert out == "Vital Signs BP 120/80"

    def test_pattern3_named_fields_with_trailing_text(self):
        out = vitals_cascade_official("Seen today. BP 120/80 and stable.")
        assert out == "Vital Signs: BP 120/80 and stable."

    def test_pattern4_abbreviations(self):
        assert vitals_cascade_official("HR 88, RR 16") == "Vital Signs: HR 88 RR 16"

    def test_pattern5_bp_window(self):
        out = vitals_cascade_official("x" * 150 + " 120/80 " + "y" * 150)
        assert (
            out.startswith("Possible Vital Signs: ") and len(out) == 22 + 100 + 6 + 100
        )

    def test_fallbacks(self):
        assert vitals_cascade_official(float("nan")) == NO_VITALS
        assert vitals_cascade_official("nothing here") == NO_VITALS


def test_epic_columnar_table():
    text = (
        "Triage Vital Signs [01/02 10:14]\n"
        "BP\tTemp\tTemp src\tPulse\tResp\tSpO2\tWeight\n"
        "(!) 158/96\t98.4 °F (36.9 °C)\tOral\t(!) 112\t18\t95 %\t70 kg\n"
        "\nPhysical Exam:"
    )
    v = extract_vitals(text)
    assert (
        v.systolic_bp,
        v.temperature_c,
        v.heart_rate,
        v.respiratory_rate,
        v.spo2,
    ) == (
        158,
        36.9,
        112,
        18,
        95,
    )


def test_misaligned_columnar_table_is_not_guessed():
    v = extract_vitals("Triage Vital Signs\nBP Pulse Resp\n120/80 88")
    assert v.heart_rate is None and v.respiratory_rate is None


def test_palpated_systolic_pressure_is_read_without_a_diastolic():
    v = extract_vitals("Vital signs on arrival: BP 70/palp, HR 128, RR 40.")
    assert v.systolic_bp == 70 and v.diastolic_bp is None and v.heart_rate == 128


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("The patient rates her pain as 9/10. Vital signs normal.", 9.0),
        ("abdominal cramping that she rates as 5/10. She denies fever.", 5.0),
        ("Pain is 7 out of 10 in the right flank.", 7.0),
        ("Pain 4/10.", 4.0),
    ],
)
def test_pain_score_in_narrative_wording(text: str, pain: float) -> None:
    """ESI handbook vignettes word pain scores in sentences; each is the 0-10 score."""
    assert extract_vitals(text).pain == pain


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("BP 78 by palpation, HR 148, RR 36.", "systolic_bp", 78.0),
        ("Blood pressure 90 systolic, pulse 130.", "systolic_bp", 90.0),
        ("SBP 84, HR 120.", "systolic_bp", 84.0),
        ("The pulse oximeter reads 79% on room air.", "spo2", 79.0),
        ("monitor displaying a saturation of 79 percent", "spo2", 79.0),
        ("oximetry shows 88 percent", "spo2", 88.0),
        ("He is breathing 40 a minute.", "respiratory_rate", 40.0),
        ("40 breaths/min", "respiratory_rate", 40.0),
        ("T 37.7, P 78, R 16, BP 128/74", "heart_rate", 78.0),
        ("T 37.7, P 78, R 16, BP 128/74", "respiratory_rate", 16.0),
        ("BP 120/80 P 80 after the R side", "heart_rate", None),
    ],
)
def test_vitals_as_triage_notes_write_them(
    text: str, field: str, value: float | None
) -> None:
    """esi27: a systolic pressure by palpation or labelled systolic, an oximeter
    reading in words, a rate in words, one-letter P and R inside a run of vitals."""
    assert getattr(extract_vitals(text), field) == value


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("58M collapsed while shovelling snow", 58, "Male"),
        ("Pt is a 45 y/o F with cough", 45, "Female"),
        ("38 y/o healthy M with toothache", 38, "Male"),
        ("Woman, 72, with COPD", 72, "Female"),
        ("A man of 76 with COPD", 76, "Male"),
        ("says her 72 year old mother is not herself", 72, "Female"),
        ("EMS bring in a woman aged 88", 88, "Female"),
        ("His ICD fired. T 98.5 F, HR 90", None, None),
        ("a 14F Foley catheter was placed", None, None),
    ],
)
def test_age_and_sex_as_triage_notes_write_them(
    text: str, age: int | None, sex: str | None
) -> None:
    """esi27: '58M', '45 y/o F', 'woman, 72', 'a man of 76'; never a temperature's
    unit ('98.5 F') or a catheter's French size ('14F')."""
    from cases.adapters._common import demographics_from_text

    d = demographics_from_text(text)
    assert (d.age, d.sex) == (age, sex)
