"""dispo23 (issue 10): disposition, its level and its diagnosis, held to sources.

Each scenario asserts a property of the trace written from the source in its
docstring, never from rows of the shared data; both directions: a patient the source
lets go home is not kept, and one the source sends to hospital (or to critical care)
is not sent home or to the ward.

- ADA Standards of Care 2024 section 6: level 1 hypoglycaemia (< 70 mg/dL,
  3.9 mmol/L) is an alert value for people treated for diabetes; level 2 (< 54 mg/dL)
  is clinically significant. Cryer PE et al. Endocrine Society guideline. J Clin
  Endocrinol Metab 2009;94:709: without diabetes, hypoglycaemia is Whipple's triad (a
  glucose below about 55 mg/dL with symptoms relieved by glucose); a low-normal
  reading in a well adult is not hypoglycaemia.
- Thiruganasambandamoorthy V et al. Canadian Syncope Risk Score. CMAJ 2016;188:E289
  (an ECG read as "ECG sinus rhythm" is a documented ECG).

Every scenario failed on main (9a84cb6) before the change that made it pass, except
the guards named as such.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(out: ReasoningOutput, name: str) -> str | None:
    """The final-ledger status of the first diagnosis whose name starts ``name``."""
    return next(
        (e.status for e in out.final.ledger if e.diagnosis.lower().startswith(name)),
        None,
    )


def _hypoglycaemia_status(out: ReasoningOutput) -> str | None:
    return _status(out, "hypoglycemia")


# --- hypoglycaemia: ADA level 1 is for diabetes; Whipple's triad otherwise ---


def test_low_normal_glucose_in_a_well_adult_without_diabetes_is_no_hypoglycaemia(
    reason: Reason,
) -> None:
    """Endocrine Society 2009: 3.7 mmol/L in an alert non-diabetic is not hypoglycaemia.

    A fasting adult felt light-headed during a blood test, is well now and eating: no
    hypoglycaemia ruled in, not the final diagnosis, no glucose ordered for it.
    """
    out = reason(
        make_case(
            "LIGHTHEADED",
            age=33,
            sex="Female",
            vitals=vitals(70, 112, 70, 14, 99),
            one_liner="33-year-old woman who felt light-headed while having blood"
            " taken after an overnight fast",
            ed_note="33F healthy, no diabetes, no regular medicines. Fasted since"
            " last night for a cholesterol test; felt light-headed and clammy while"
            " blood was taken, did not lose consciousness. Now feels fine, eating"
            " toast. Fingerstick glucose 3.7 mmol/L. Observations normal, heart"
            " sounds normal, neurological examination normal.",
            case_id="dispo23-g-fasting",
        )
    )
    assert _hypoglycaemia_status(out) != "ruled_in"
    assert not (out.final.icd10 or "").startswith("E16")
    assert not O.medication_ordered(out, "fast-acting glucose", "dextrose")


def test_level_one_glucose_on_insulin_is_hypoglycaemia(reason: Reason) -> None:
    """Guard (passes on main): ADA 2024 level 1 applies on insulin."""
    out = reason(
        make_case(
            "LOW BLOOD SUGAR",
            age=67,
            sex="Female",
            vitals=vitals(88, 146, 82, 16, 98),
            one_liner="67-year-old woman on insulin with a low sugar reading at home",
            ed_note="67F type 1 diabetes on an insulin pump. Felt shaky before"
            " lunch; meter read 3.4 mmol/L; on arrival fingerstick glucose"
            " 3.5 mmol/L, alert and talking.",
            case_id="dispo23-g-insulin",
        )
    )
    assert _hypoglycaemia_status(out) == "ruled_in"


def test_level_two_glucose_without_diabetes_is_still_treated(reason: Reason) -> None:
    """Guard (passes on main): a glucose < 54 mg/dL is treated in anyone (level 2)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=48,
            sex="Male",
            vitals=vitals(96, 128, 78, 16, 98),
            ed_note="48M no diabetes. Sweaty and shaky after a long run without"
            " food. Fingerstick glucose 2.6 mmol/L. Alert.",
            case_id="dispo23-g-level2",
        )
    )
    assert _hypoglycaemia_status(out) == "ruled_in"
    assert O.medication_ordered(out, "glucose", "dextrose")


# --- syncope: an ECG written as "ECG sinus rhythm" is a documented ECG (CSRS) ---


def test_reflex_faint_with_an_ecg_read_in_words_goes_home(reason: Reason) -> None:
    """CSRS 2016: very low risk with a documented ECG; ESC 2018 reflex syncope home.

    A young man fainted at a concert after standing for an hour with a prodrome;
    ECG documented in words: the Canadian Syncope Risk Score applies (not "missing
    ECG") and no must-not-miss keeps him in.
    """
    out = reason(
        make_case(
            "SYNCOPE",
            age=22,
            sex="Male",
            vitals=vitals(68, 118, 72, 14, 99),
            one_liner="22-year-old man who fainted at a crowded concert",
            ed_note="22M well, no medical history. Standing for an hour at a"
            " crowded concert, felt hot, sweaty and sick, vision went grey and he"
            " slumped to the floor for a few seconds; friends say no jerking. Fully"
            " alert straight away. No chest pain, no palpitations, no exertion, no"
            " family history of sudden death. Examination normal. ECG sinus rhythm,"
            " normal intervals. Impression: vasovagal syncope.",
            case_id="dispo23-csrs-words",
        )
    )
    assert "canadian syncope risk score" in O.rules_shown(out)
    assert O.disposition(out).disposition == "Discharge"
