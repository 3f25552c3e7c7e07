"""readers39 (issue 10, pattern 1): mention context and typed results.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Collet JP et al. ESC 2020 NSTE-ACS; Byrne RA et al. ESC 2023 ACS (0/1 h, 0/2 h and
  0/3 h high-sensitivity troponin algorithms); Six AJ et al. Neth Heart J 2008;16:191
  (HEART: the troponin item).
- Chapman WW et al. NegEx. J Biomed Inform 2001;34:301; Harkema H et al. ConText.
  J Biomed Inform 2009;42:839; medspaCy 1.3.1 default rules ("negative", "not
  detected" post-negations).
- Aroor S et al. BE-FAST. Stroke 2017;48:479 (sudden arm weakness, painless).
- ACR Appropriateness Criteria right lower quadrant pain 2022; Nikolaidis P et al.
  AJR 2004;183:889 (a CT with the appendix not visualised: US, MRI or observation).
- NICE CG141 (2012) and Blatchford O et al. Lancet 2000;356:1318 (a falling
  haemoglobin in a GI bleed).

Each scenario asserts safety properties; each failed on main a5779b0 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents import resulted
from agents.offline.knowledge import load_knowledge
from agents.offline.rules._limb_signs import limb_sign_spans
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import result_findings
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(text: str, concept: str) -> set[str]:
    return {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }


def _results(text: str) -> set[str]:
    return {f.concept for f in result_findings(text, age=60, sex="M")}


def _entry(out: object, words: str) -> list[tuple[str, float]]:
    return [
        (e.status, e.probability or 0.0)
        for e in out.final.ledger  # type: ignore[attr-defined]
        if words in e.diagnosis.lower()
    ]


# --- serial troponins --------------------------------------------------------------


def test_serial_troponins_stated_normal_are_a_normal_troponin(reason: Reason) -> None:
    """Serial high-sensitivity troponins normal at 0 and 3 h rule out NSTE-ACS in a
    patient with pain for hours and a non-ischaemic ECG (ESC 2020/2023 0/3 h
    algorithm; the HEART troponin item scores 0): the words with the sampling times
    between ("troponins at 0 and 3 h both normal") are that result, so NSTEMI is not
    the working diagnosis and no suspected-ACS aspirin is given."""
    for text in (
        "Serial troponins at 0 and 3 hours normal.",
        "Troponins at 0 and 1 h both negative.",
        "Troponin x2 normal.",
    ):
        assert {"troponin_normal", "troponin_repeated"} <= _results(text), text
    out = reason(
        make_case(
            "CHEST PAIN",
            age=57,
            sex="M",
            vitals=vitals(78, 138, 84, 16, 98),
            one_liner="57M chest pain",
            ed_note="57-year-old with 5 hours of chest tightness. Hypertension. ECG no "
            "ischaemic changes. Troponins at 0 and 3 h both normal.",
        )
    )
    assert "myocardial infarction" not in O.working(out)
    assert not O.medication_ordered(out, "aspirin")
    assert all(s == "ruled_out" for s, _ in _entry(out, "non-st elevation"))


def test_serial_troponin_values_in_a_row_are_each_read() -> None:
    """Serial values written in a row are separate samples, the last one current
    (ESC 2023 0/1 h and 0/3 h: two samples and their change): "hs-TnT 5 then 6 ng/L"
    is two normal values (repeated); "troponins rising, 90 then 350 ng/L" and
    "0 h 9 ng/L, 3 h 70 ng/L" are raised, never a normal troponin."""
    assert {"troponin_normal", "troponin_repeated"} <= _results("hs-TnT 5 then 6 ng/L.")
    rising = _results("Serial troponins rising, 90 then 350 ng/L.")
    assert "troponin_elevated" in rising and "troponin_normal" not in rising
    labelled = _results("hs-troponin T 0 h 9 ng/L, 3 h 70 ng/L.")
    assert "troponin_elevated" in labelled and "troponin_normal" not in labelled


def test_guard_a_raised_or_pending_troponin_is_no_normal_one() -> None:
    """Guard: a value above the 99th centile at 3 h stays not normal; a troponin
    pending is no result; a creatinine after "and" is no second troponin."""
    assert "troponin_normal" not in _results("Troponin 45 ng/L at 3 h.")
    assert not _results("Troponin pending, repeat planned at 3 h.") & {
        "troponin_normal",
        "troponin_repeated",
        "troponin_elevated",
    }
    assert "troponin_repeated" not in _results("Troponin 8 and creatinine 1.1.")


# --- a negative test written after its disease ------------------------------------


def test_a_negative_test_after_its_disease_negates_it(reason: Reason) -> None:
    """A disease named, then its test, then the verdict ("Influenza - PCR negative",
    "Influenza A/B PCR: negative", "COVID-19 PCR not detected") is a negative test
    (NegEx post-negation; medspaCy's "not detected"): the infection is not asserted
    and does not lead the differential."""
    assert _status("Influenza - PCR negative.", "influenza") == {"absent"}
    assert _status("Influenza A/B PCR: negative.", "influenza") == {"absent"}
    assert _status("COVID-19 PCR not detected.", "covid19") == {"absent"}
    out = reason(
        make_case(
            "FEVER",
            age=30,
            sex="F",
            vitals=vitals(98, 118, 72, 18, 98, 38.3),
            one_liner="30F fever",
            ed_note="30-year-old with fever, cough and aches for 2 days. Influenza - "
            "PCR negative. Chest clear.",
        )
    )
    assert all(p < 0.15 for _, p in _entry(out, "influenza"))


def test_guard_a_positive_or_pending_test_and_true_negations_stand() -> None:
    """Guard: a positive test states the disease, a pending one leaves it possible
    (readers38), and plain negations stay negations."""
    # dx39: the positive test is read as its own concept, which implies influenza
    # (findings.yaml ``implies``; IDSA 2018: a positive RT-PCR confirms influenza)
    flu = "Influenza A PCR positive."
    assert (_status(flu, "influenza") | _status(flu, "influenza_test_positive")) == {
        "present"
    }
    assert _status("COVID swab positive.", "covid19") == {"present"}
    assert _status("Influenza test pending.", "influenza") == {"differential"}
    text = "No chest pain, no dyspnoea. ECG sinus tachycardia."
    assert _status(text, "chest_pain") == {"absent"}
    assert _status(text, "dyspnea") == {"absent"}
    text = "COVID swab negative, productive cough for 3 days."
    assert _status(text, "covid19") == {"absent"}
    assert _status(text, "cough") == {"present"}


# --- an event anchoring a time ------------------------------------------------------


def test_an_event_anchoring_a_time_is_not_negated() -> None:
    """ "No headache or vomiting since the fall": the negation is the symptoms'; the
    fall, named with a definite determiner as the time's anchor, happened (ConText
    scope; the presupposition of a definite description)."""
    text = "No headache or vomiting since the fall. GCS 15."
    assert _status(text, "fall") == {"present"}
    assert _status(text, "headache") == {"absent"}
    text = "No loss of consciousness after the fall."
    assert _status(text, "fall") == {"present"}
    assert _status(text, "loss_of_consciousness") == {"absent"}


def test_a_disease_anchoring_a_time_is_history() -> None:
    """A disease named as a time's anchor happened before ("no seizure since the
    stroke"): history, neither a new stroke nor a negated one (ConText historical)."""
    assert _status("No seizure since the stroke.", "ischemic_stroke") == {"historical"}
    text = "No estrogen since her PE."
    assert _status(text, "pulmonary_embolism") == {"historical"}
    assert _status(text, "hormone_use") == {"absent"}


def test_guard_a_denied_fall_stays_denied() -> None:
    """Guard: a fall denied stays absent; falls since a visit are the target."""
    assert _status("No fall, no head injury.", "fall") == {"absent"}
    assert _status("Dizzy for 2 days. No fall.", "fall") == {"absent"}


# --- painless -------------------------------------------------------------------------


def test_painless_or_denied_pain_does_not_explain_arm_weakness() -> None:
    """A sudden arm that cannot be lifted is BE-FAST arm weakness unless pain or an
    injury explains it; "painless" and "no pain or injury" deny that cause."""
    for text in (
        "Sudden painless weakness, unable to lift his left arm.",
        "Cannot lift her right arm since 40 minutes ago, no pain or injury.",
    ):
        assert any(c == "unilateral_weakness" for c, *_ in limb_sign_spans(text)), text


def test_guard_an_injured_arm_is_no_stroke_sign() -> None:
    """Guard: an arm not lifted after a fall onto it is the injury's pseudoparalysis."""
    text = "Fell onto his right shoulder, cannot lift his right arm, shoulder painful."
    assert not any(c == "unilateral_weakness" for c, *_ in limb_sign_spans(text))


# --- a trend written from admission -------------------------------------------------


def test_a_value_on_admission_then_now_is_a_trend() -> None:
    """ "Hb 13.4 g/dL on admission, now 9.1 g/dL": the current value is the later one
    and the fall is a bleed's sign (NICE CG141; Blatchford 2000), also as the stage
    views write it ("admission" redacted as a disposition word)."""
    for text in (
        "Hb 13.4 g/dL on admission, now 9.1 g/dL.",
        "Hb 13.4 g/dL on [REDACTED], now 9.1 g/dL.",
        "Hb 13.4 g/dL on arrival, now 9.1 g/dL.",
    ):
        found = _results(text)
        assert {"hemoglobin_fall", "hemoglobin_low"} <= found, text


# --- an indeterminate CT abdomen ------------------------------------------------------


def test_a_ct_with_the_appendix_not_seen_is_not_repeated(reason: Reason) -> None:
    """A CT abdomen already read with the appendix not visualised and no secondary
    signs is followed by ultrasound or MRI, or by observation and re-examination,
    not by a second CT (ACR RLQ pain 2022; Nikolaidis 2004)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=31,
            sex="M",
            vitals=vitals(92, 124, 76, 16, 99, 37.7),
            one_liner="31M RLQ pain",
            ed_note="31-year-old with 10 hours of right lower quadrant pain and "
            "nausea. Tender in the RLQ. CT abdomen/pelvis: appendix not "
            "visualised, no free fluid, no fat stranding.",
        )
    )
    assert not O.ordered(out, "ct abdomen")


def test_guard_a_ct_awaited_is_no_result() -> None:
    """Guard: a CT still awaited or planned answers nothing."""
    for text in ("CT abdomen awaited.", "CT abdomen: pending.", "Plan CT abdomen."):
        assert "CT abdomen/pelvis" not in resulted.read([text]).done, text


# --- a bare glucose beside the osmolality of HHS ----------------------------------


def test_a_bare_glucose_beside_an_hhs_osmolality_is_no_hypoglycaemia(
    reason: Reason,
) -> None:
    """ "Glucose 48, osmolality 360" in a drowsy man with type 2 diabetes: 48 mg/dL
    (2.7 mmol/L) cannot make a serum osmolality of 360 (2 Na + glucose + urea)
    without an unmeasured osmole, so the bare glucose is the 48 mmol/L of HHS
    (JBDS-IP HHS 2022: > 320 mOsm/kg with glucose >= 30 mmol/L; ADA 2024), read so
    from the one-liner before the note's unit is seen: no hypoglycaemia ruled in, the
    hyperosmolar state named."""
    out = reason(
        make_case(
            "DROWSY",
            age=77,
            sex="M",
            vitals=vitals(112, 104, 62, 22, 95, 37.4),
            one_liner="77M with type 2 diabetes, drowsy, glucose 48, osmolality 360",
            ed_note="77-year-old with type 2 diabetes, 3 days of polyuria and thirst, "
            "now drowsy. Dry mucosa. Glucose 48 mmol/L, serum osmolality 362 "
            "mOsm/kg, ketones 0.8.",
        )
    )
    assert not any(
        e.status == "ruled_in"
        for e in out.final.ledger
        if "hypoglyc" in e.diagnosis.lower()
    )
    assert "hyperosmola" in (out.final.diagnosis_name or "").lower()


def test_guard_a_low_glucose_with_an_alcohol_stays_low() -> None:
    """Guard: ethanol raises the osmolality and causes hypoglycaemia (Kraut and Kurtz
    2008): beside a named alcohol the bare 48 stays a hypoglycaemia, as it does with
    a normal osmolality or none."""
    from agents.offline.rules.findings import case_glucose_unit

    for text in (
        "Drowsy, ethanol intoxication, glucose 48, osmolality 360.",
        "Drowsy, glucose 48, osmolality 300.",
        "Drowsy, glucose 48.",
    ):
        unit = case_glucose_unit([text])
        found = {f.concept for f in result_findings(text, glucose_unit=unit)}
        assert "glucose_low" in found, text


# --- the cause of a past operation; a multiple of the upper limit -------------------


def test_the_cause_of_a_past_operation_is_no_injury_today(reason: Reason) -> None:
    """ "Splenectomy after car crash" names the operation's cause, history (ConText
    historical): a febrile, tachycardic asplenic man is worked up for sepsis (SSC
    2021), not given tranexamic acid, eFAST and trauma surgery for an injury he does
    not have (CRASH-2 and ATLS are for an injury of this visit)."""
    out = reason(
        make_case(
            "FEVER",
            age=38,
            sex="M",
            vitals=vitals(124, 92, 54, 24, 95, 39.4),
            one_liner="38M splenectomy after car crash, fever and rigors for 6 hours",
            ed_note="38-year-old who had a splenectomy after a road traffic collision "
            "5 years ago, with fever and rigors for 6 hours. Warm peripheries.",
        )
    )
    assert not O.medication_ordered(out, "tranexamic")
    assert not O.ordered(out, "efast", "trauma surgery")
    assert O.ordered(out, "blood culture")


def test_guard_an_injury_today_stays_an_injury() -> None:
    """Guard: a crash of this visit, and an operation needed now for today's injury,
    keep the injury present."""
    assert _status("Car crash 1 hour ago, splenic laceration.", "mvc") == {"present"}
    assert _status("Emergency laparotomy after MVC today.", "mvc") == {"present"}


def test_a_multiple_of_the_upper_limit_is_no_value_in_units() -> None:
    """ "Lipase 4 x ULN" is four times the upper limit of normal, a lipase of
    pancreatitis (>= 3 x ULN: Banks PA et al. Atlanta 2012; AGA 2018), never a lipase
    of 4 U/L read as normal; a multiple of an analyte whose limit is not known here
    is not read at all; "WBC 12.1 x10^9/L" stays a count."""
    assert "lipase_high_3x" in _results("Lipase 4 x ULN.")
    assert "lipase_normal" not in _results("Lipase 2 times the upper limit of normal.")
    assert not _results("ALT 5 x ULN.")
    assert "wbc_high" in _results("WBC 12.1 x10^9/L.")


def test_a_dipstick_list_names_what_it_found() -> None:
    """ "Urine dip: leucocytes and nitrites": a dipstick's list after its name is what
    it found (NICE NG109 2018; SIGN 160): nitrites and leucocytes positive."""
    from agents.offline.rules.reports import report_findings

    found = {f.concept for f in report_findings("Urine dip: leucocytes and nitrites.")}
    assert {"urine_nitrite", "pyuria"} <= found


def test_guard_a_dipstick_list_with_its_negative_is_negative() -> None:
    """Guard: the same list closed by "negative", or a negative dip, finds nothing."""
    from agents.offline.rules.reports import report_findings

    for text in ("Urine dip: leucocytes and nitrites negative.", "Dipstick: negative."):
        found = {f.concept for f in report_findings(text)}
        assert not found & {"urine_nitrite", "pyuria"}, text
