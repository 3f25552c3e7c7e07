"""Early-pregnancy ultrasound findings and the unstable ectopic pregnancy (lead, s12).

Sources: ACOG Practice Bulletin 193 (2018) tubal ectopic pregnancy (methotrexate
contraindicated when haemodynamically unstable or ruptured; surgery); ACEP Clinical
Policy on early pregnancy (2017); Moore C et al. Acad Emerg Med 2007;14:755 (free fluid
in Morison's pouch). The ruptured-ectopic case regressed during this session (the
protocol's routine gynaecology consult displaced the emergent one) and is pinned here.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

SHOCK = {
    "heart_rate": 128,
    "systolic_bp": 84,
    "diastolic_bp": 50,
    "respiratory_rate": 24,
    "spo2": 98,
    "temperature_c": 36.6,
}
NOTE = (
    "27F, last menstrual period 7 weeks ago, sudden left lower quadrant pain and "
    "near-syncope. Diffuse peritonism. Urine hCG positive. Bedside ultrasound: free "
    "fluid in Morison's pouch, no intrauterine pregnancy."
)


def _ectopic(reason: Reason, vitals: dict[str, float]):  # type: ignore[no-untyped-def]
    return reason(
        make_case(
            "abdominal pain",
            age=27,
            sex="F",
            vitals=vitals,
            ed_note=NOTE,
            case_id="lead-ectopic",
        )
    )


def test_no_iup_is_not_a_negated_pregnancy(reason: Reason) -> None:
    """'No intrauterine pregnancy' and a positive hCG: ectopic pregnancy leads."""
    out = _ectopic(reason, SHOCK)
    assert out.final.icd10 is not None and out.final.icd10.startswith("O00"), out.final


def test_unstable_ectopic_gets_an_emergent_gynaecology_consult(reason: Reason) -> None:
    """Shock with a suspected ruptured ectopic: emergent operative consult."""
    out = _ectopic(reason, SHOCK)
    treatment = next(r.output for r in out.trace if r.stage == "treatment")
    names = [o.name.lower() for o in treatment.orders]
    emergent = [n for n in names if "emergent" in n]
    assert any("gyn" in n or "obstetric" in n for n in emergent), names
    assert not any(
        "methotrexate" in f"{o.name} {o.reason}".lower()
        and "only when" not in o.reason.lower()
        for o in treatment.orders
    )


def test_unresponsive_to_a_drug_is_not_unresponsiveness(reason: Reason) -> None:
    """'Unresponsive to tamsulosin' is a treatment response, not a mental status."""
    out = reason(
        make_case(
            "difficulty urinating",
            age=68,
            sex="M",
            vitals={
                "heart_rate": 78,
                "systolic_bp": 138,
                "respiratory_rate": 16,
                "spo2": 98,
                "temperature_c": 36.7,
            },
            ed_note=(
                "68M walked in, alert and talking. Lower urinary tract symptoms for "
                "months, unresponsive to tamsulosin. Bladder scan 350 mL."
            ),
            case_id="lead-tamsulosin",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi
    disposition = next(r.output for r in out.trace if r.stage == "disposition")
    assert disposition.admit_level != "icu"
    assert "unresponsive" not in disposition.rationale.lower()


DKA_NOTE = (
    "3 weeks of polyuria, polydipsia and weight loss, now vomiting and abdominal pain, "
    "Kussmaul breathing. Glucose 28 mmol/L, venous pH 7.12, bicarbonate 8, ketones "
    "5.8, potassium 5.1."
)


def _dka_orders(reason: Reason, age: int) -> list[str]:
    out = reason(
        make_case(
            "vomiting and abdominal pain",
            age=age,
            sex="M",
            vitals={
                "heart_rate": 130,
                "systolic_bp": 104,
                "respiratory_rate": 32,
                "spo2": 99,
                "temperature_c": 37.0,
            },
            ed_note=DKA_NOTE,
            case_id=f"lead-dka-{age}",
        )
    )
    treatment = next(r.output for r in out.trace if r.stage == "treatment")
    return [o.name.lower() for o in treatment.orders]


def test_paediatric_dka_is_watched_for_cerebral_oedema(reason: Reason) -> None:
    """ISPAD 2022: hourly neurological observations, mannitol or 3 % saline at hand."""
    assert any("cerebral oedema" in n for n in _dka_orders(reason, 9))
    assert not any("cerebral oedema" in n for n in _dka_orders(reason, 40))


def _co_orders(reason: Reason, note: str) -> list[str]:
    out = reason(
        make_case(
            "headache",
            age=45,
            sex="F",
            vitals={
                "heart_rate": 104,
                "systolic_bp": 128,
                "respiratory_rate": 20,
                "spo2": 99,
                "temperature_c": 36.8,
            },
            ed_note=note,
            case_id="lead-co",
        )
    )
    treatment = next(r.output for r in out.trace if r.stage == "treatment")
    return [o.name.lower() for o in treatment.orders]


def test_severe_co_poisoning_is_referred_for_hyperbaric_oxygen(reason: Reason) -> None:
    """ACEP 2017 / UHMS: confusion after CO exposure -> hyperbaric consultation."""
    severe = _co_orders(
        reason,
        "Found confused in a garage with a running car engine; carbon monoxide "
        "exposure. Carboxyhemoglobin 28 %.",
    )
    assert any("hyperbaric" in n for n in severe), severe


CES_NOTE = (
    "Known lumbar disc prolapse, 2 days of worsening low back pain with bilateral "
    "sciatica, now numbness around the perineum since this morning. Bladder scan "
    "900 mL."
)


BACK_PAIN_VITALS = {
    "heart_rate": 86,
    "systolic_bp": 132,
    "respiratory_rate": 16,
    "spo2": 99,
    "temperature_c": 36.8,
    "pain": 8,
}


def _back_pain(
    reason: Reason,
    note: str,
    case_id: str,
    *,
    age: int,
    sex: str,
    vitals: dict[str, float] = BACK_PAIN_VITALS,
) -> ReasoningOutput:
    return reason(
        make_case(
            "back pain", age=age, sex=sex, vitals=vitals, ed_note=note, case_id=case_id
        )
    )


def test_back_pain_with_saddle_numbness_and_retention_is_cauda_equina(
    reason: Reason,
) -> None:
    """GIRFT national suspected cauda equina pathway 2023 / NICE NG59: saddle
    numbness and painless retention in back pain -> emergency MRI, spinal surgery."""
    out = _back_pain(reason, CES_NOTE, "lead-ces", age=44, sex="F")
    treatment = next(r.output for r in out.trace if r.stage == "treatment")
    assert "cauda equina" in (treatment.working_diagnosis or "").lower()
    assert any("mri" in o.name.lower() for o in treatment.orders)
    assert not any("nsaid" in o.name.lower() for o in treatment.orders)


def test_suspected_cauda_equina_is_admitted(reason: Reason) -> None:
    """GIRFT 2023 / NICE NG59: emergency MRI and spinal assessment, not a discharge."""
    note = (
        "Low back pain with bilateral sciatica for 2 days, now numbness around "
        "the perineum. Bladder scan 900 mL."
    )
    out = _back_pain(reason, note, "lead-ces-dispo", age=44, sex="F")
    assert out.final.disposition == "Admit", out.final.disposition


def test_back_pain_without_red_flags_is_not_admitted_by_the_criterion(
    reason: Reason,
) -> None:
    """Mechanical low back pain without red flags: no admission criterion."""
    note = (
        "Low back pain after lifting a box yesterday. No saddle numbness, "
        "passing urine normally. Normal neurology."
    )
    vitals = {
        "heart_rate": 76,
        "systolic_bp": 124,
        "respiratory_rate": 14,
        "spo2": 99,
        "temperature_c": 36.7,
        "pain": 6,
    }
    out = _back_pain(reason, note, "lead-lbp", age=35, sex="M", vitals=vitals)
    disposition = next(r.output for r in out.trace if r.stage == "disposition")
    assert "cauda equina" not in disposition.rationale.lower()
    assert out.final.disposition == "Discharge", out.final.disposition
