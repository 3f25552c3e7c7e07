"""Text reading: hypoxaemic cough, AVPU word orders, one glucose unit convention.

Sources: NICE NG138 / CG191 and the BTS CAP guideline (Lim WS et al. Thorax 2009;64
s3): pneumonia in hospital is confirmed or excluded by a chest radiograph; ATS/IDSA
2019 (Metlay JP et al. AJRCCM 2019;200:e45); Metlay JP et al. JAMA 1997;278:1440
(SpO2 < 94-95 % and RR > 24 raise the likelihood of pneumonia in a coughing adult).
AVPU: ACS ATLS 10th ed., Resuscitation Council UK ABCDE; ESI v4 handbook Table 3-3
(responds only to a painful stimulus: ESI 1). Glucose: ADA Standards of Care 2024 s6
(level 2 hypoglycaemia < 54 mg/dL, 3.0 mmol/L); a bare glucose of 10-35 is either a
hyperglycaemia in mmol/L or a hypoglycaemic coma in mg/dL, so it is read by one
convention everywhere.

Vignettes are written from these sources, never from rows of the shared data;
properties, not strings.
"""

from __future__ import annotations

from tests.scenarios._orders import medication_ordered, ordered
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage_flags(out) -> list[str]:  # type: ignore[no-untyped-def]
    rec = next(r for r in out.trace if r.stage == "triage")
    return [f.lower() for f in rec.output.red_flags]


def test_coryzal_cough_with_spo2_92_gets_a_chest_radiograph(reason: Reason) -> None:
    # Runny nose and cough for a week, now breathless, SpO2 92 %: not a cold until
    # the film says so (NICE NG138).
    out = reason(
        make_case(
            "COUGH",
            age=52,
            sex="F",
            vitals=vitals(90, 128, 76, 20, 92, 37.4),
            one_liner="52F week of runny nose and cough, now breathless",
            ed_note="Coryza and dry cough for 7 days, breathless on stairs since "
            "yesterday. No chest pain.",
            case_id="text30-cough-92",
        )
    )
    assert ordered(out, r"chest x-?ray", r"\bcxr\b", "chest radiograph")


def test_cough_with_tachypnoea_26_gets_a_chest_radiograph(reason: Reason) -> None:
    out = reason(
        make_case(
            "COUGH",
            age=38,
            sex="M",
            vitals=vitals(96, 124, 78, 26, 96, 37.6),
            one_liner="38M cough for 4 days, breathing fast",
            ed_note="Cough with a little clear sputum for 4 days and a sore throat.",
            case_id="text30-cough-rr26",
        )
    )
    assert ordered(out, r"chest x-?ray", r"\bcxr\b", "chest radiograph")


def test_avpu_p_written_in_the_one_liner_is_esi_1(reason: Reason) -> None:
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=47,
            sex="M",
            vitals=vitals(104, 138, 84, 12, 96),
            one_liner="47M found in a doorway, AVPU P, smells of alcohol",
            case_id="text30-avpu-p",
        )
    )
    assert out.final.esi == 1


def test_p_on_avpu_is_esi_1(reason: Reason) -> None:
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=77,
            sex="F",
            vitals=vitals(92, 150, 86, 16, 97),
            one_liner="77F brought from home by daughter, P on AVPU since this morning",
            case_id="text30-p-on-avpu",
        )
    )
    assert out.final.esi == 1


def test_responds_to_painful_stimuli_only_is_esi_1(reason: Reason) -> None:
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=83,
            sex="M",
            vitals=vitals(88, 142, 80, 16, 96),
            one_liner="83M nursing home resident, responds to painful stimuli only",
            case_id="text30-pain-only",
        )
    )
    assert out.final.esi == 1


def test_confused_dka_with_a_bare_glucose_26_is_no_hypoglycaemia(
    reason: Reason,
) -> None:
    # Type 1 diabetes, vomiting, confused, "glucose 26" (mmol/L, unit unwritten): a
    # hyperglycaemic crisis. Dextrose and a hypoglycaemia reason at triage are wrong.
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=24,
            sex="F",
            vitals=vitals(120, 112, 68, 30, 98),
            one_liner="24F type 1 diabetic, vomiting, confused, glucose 26",
            ed_note="Polyuria, polydipsia, vomiting, drowsy and confused. Glucose 26.",
            case_id="text30-dka-bare",
        )
    )
    assert not any("hypoglyc" in f for f in _triage_flags(out))
    assert not medication_ordered(out, "dextrose", "glucagon")


def test_a_stated_low_glucose_with_confusion_is_still_esi_1(reason: Reason) -> None:
    # Guard: "glucose 2" (mmol/L by its range) with confusion is hypoglycaemia now.
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=70,
            sex="M",
            vitals=vitals(100, 146, 82, 16, 97),
            one_liner="70M on insulin, confused and sweaty at home, glucose 2",
            case_id="text30-hypo-2",
        )
    )
    assert out.final.esi == 1
    assert medication_ordered(out, "dextrose", "glucagon")


def test_ideation_after_a_negated_verb_phrase_is_read(reason: Reason) -> None:
    # "not wanting to go on" negates the wish, not the ideation after the comma
    # (ConText: a verb phrase's negation ends at its clause; Harkema 2009).
    out = reason(
        make_case(
            "FATIGUE",
            age=36,
            sex="M",
            vitals=vitals(78, 126, 78, 16, 99),
            one_liner="36M tired all the time, not wanting to go on, suicidal ideation",
            case_id="text30-si-verb-phrase",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert ordered(out, "psychiatr", "suicide risk", "1:1")


def test_tablets_taken_after_no_plan_is_an_overdose(reason: Reason) -> None:
    # "no plan, took 25 tablets": the denial is of a plan; the ingestion is asserted
    # (ConText termination at a new predicate). NICE NG225: self-harm by overdose.
    out = reason(
        make_case(
            "NAUSEA",
            age=19,
            sex="F",
            vitals=vitals(96, 118, 72, 16, 99),
            one_liner="19F nauseated, thoughts of dying, no plan, took 25 tablets "
            "of her mother's sertraline 2 hours ago",
            case_id="text30-od-after-no-plan",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.disposition != "Discharge"
