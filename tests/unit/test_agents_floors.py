"""Safety floors: they fire after any backend and are recorded in the trace."""

from __future__ import annotations

import pytest

from agents import floors
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline.knowledge import load_knowledge
from agents.offline.triage import reason_triage
from agents.schemas import (
    DifferentialEntry,
    DispositionResult,
    Evidence,
    TriageResult,
)
from agents.stage import run_stage
from cases.labels import ESI_TO_ACUITY
from cases.models import Case, Demographics, Vitals
from cases.views import build_view

pytestmark = pytest.mark.anyio


def _case(
    complaint: str = "CHEST PAIN",
    age: int = 67,
    note: str | None = None,
    **vitals: float,
) -> Case:
    return Case(
        patient_id="p1",
        encounter_id="e1",
        chief_complaint=complaint,
        demographics=Demographics(age=age, sex="Male"),
        vitals=Vitals(**vitals),
        ed_note=note
        or "HPI: chest pain.\nMedical Decision Making\nObserved in the ED.",
    )


@pytest.fixture(scope="module")
def ctx() -> AgentContext:
    return AgentContext(knowledge=load_knowledge())


def test_triage_floor_raises_unsafe_acuity(ctx):
    view = build_view(
        _case(heart_rate=128, systolic_bp=84, respiratory_rate=26, spo2=89), "triage"
    )
    floor, _ = floors.esi_floor(view, ctx)
    assert floor <= 2
    unsafe = TriageResult(acuity="Non-Urgent", esi=5, rationale="fake model output")
    raised, events = floors.enforce("triage", unsafe, view, (), ctx)
    assert raised.esi == floor and raised.acuity != "Non-Urgent"
    assert events and events[0].floor == "esi_decision_point"
    assert "ESI 5" in events[0].before


def test_triage_floor_leaves_safe_answers_alone(ctx):
    view = build_view(
        _case(heart_rate=80, systolic_bp=120, respiratory_rate=14, spo2=99), "triage"
    )
    safe = TriageResult(acuity="Immediate", esi=1, rationale="x")
    assert floors.enforce("triage", safe, view, (), ctx) == (safe, ())


def test_site_scale_floor_keeps_life_threat_not_resources(ctx):
    # ESI's mandatory criteria (A -> 1, B -> 2) bind the KTAS level; ESI's resource
    # count does not (CTAS/KTAS grade mild central pain at 4: Bullard CJEM 2017)
    shock = _case(heart_rate=128, systolic_bp=70, respiratory_rate=26, spo2=89)
    view = build_view(shock.model_copy(update={"triage_scale": "KTAS"}), "triage")
    wrong = TriageResult(
        acuity="Less Urgent", esi=4, scale="KTAS", site_level=4, rationale="x"
    )
    raised, events = floors.enforce("triage", wrong, view, (), ctx)
    assert isinstance(raised, TriageResult)
    assert raised.site_level == 1 and raised.acuity == "Immediate" and raised.esi == 1
    assert any("KTAS 4" in e.before for e in events)
    mild = _case("ABDOMINAL PAIN", 70, heart_rate=80, systolic_bp=130, spo2=99)
    view = build_view(mild.model_copy(update={"triage_scale": "KTAS"}), "triage")
    esi3 = TriageResult(
        acuity="Less Urgent", esi=3, scale="KTAS", site_level=4, rationale="x"
    )
    assert floors.enforce("triage", esi3, view, (), ctx) == (esi3, ())


def test_site_scale_level_two_modifier_binds_a_learned_answer(ctx):
    # a heart rate of 125 is a CTAS/KTAS level-2 modifier (haemodynamic
    # instability, Bullard CJEM 2017) but only a "consider" criterion in ESI
    # (decision point D): at a KTAS site a learned answer of 4 is lifted to 2
    case = _case("ANKLE PAIN", 40, heart_rate=125, systolic_bp=130, spo2=98)
    view = build_view(case.model_copy(update={"triage_scale": "KTAS"}), "triage")
    learned = TriageResult(
        acuity="Less Urgent", esi=4, scale="KTAS", site_level=4, rationale="x"
    )
    raised, events = floors.enforce("triage", learned, view, (), ctx)
    assert isinstance(raised, TriageResult)
    assert raised.site_level == 2 and raised.acuity == "Emergent"
    assert any("KTAS level-2 modifier" in e.reason for e in events)
    calm = _case("ANKLE PAIN", 40, heart_rate=80, systolic_bp=130, spo2=98)
    view = build_view(calm.model_copy(update={"triage_scale": "KTAS"}), "triage")
    _, events = floors.enforce("triage", learned, view, (), ctx)
    assert not any(e.after.startswith("KTAS") for e in events)


async def test_ktas_case_answers_in_its_scale_with_esi_traced(ctx):
    case = _case("ABDOMINAL PAIN", 70, heart_rate=80, systolic_bp=130, spo2=99)
    case = case.model_copy(
        update={"triage_scale": "KTAS", "vitals": Vitals(heart_rate=80, pain=2)}
    )
    view = build_view(case, "triage")
    out = reason_triage(StageInput(stage="triage", view=view), ctx)
    assert isinstance(out.result, TriageResult)
    assert out.result.scale == "KTAS" and out.result.site_level is not None
    assert out.result.acuity == ESI_TO_ACUITY[out.result.site_level]
    assert [r.name for r in out.rules] == ["ESI v4", "KTAS"]


def test_no_discharge_with_danger_zone_vitals(ctx):
    # an ankle sprain with tachycardia: ESI floor 3, so the vitals rule decides
    view = build_view(
        _case(
            "ANKLE PAIN",
            30,
            "HPI: twisted ankle.\nMedical Decision Making\nSprain.",
            heart_rate=135,
            systolic_bp=120,
            respiratory_rate=16,
            spo2=98,
        ),
        "disposition",
    )
    out, events = floors.enforce(
        "disposition",
        DispositionResult(disposition="Discharge", rationale="x"),
        view,
        (),
        ctx,
    )
    assert out.disposition == "Admit"
    assert events[0].floor == "no_unsafe_discharge" and "heart_rate" in events[0].reason


def test_no_discharge_with_open_must_not_miss_above_threshold(ctx):
    view = build_view(
        _case(
            "COUGH", 30, heart_rate=80, systolic_bp=120, respiratory_rate=14, spo2=99
        ),
        "disposition",
    )
    open_pe = DifferentialEntry(
        diagnosis="Pulmonary embolism",
        must_not_miss=True,
        status="cannot_exclude",
        probability=0.3,
        changed_by="assessment",
    )
    low_pe = open_pe.model_copy(update={"probability": 0.01})
    discharge = DispositionResult(disposition="Discharge", rationale="x")
    out, events = floors.enforce("disposition", discharge, view, (open_pe,), ctx)
    assert out.disposition == "Observation" and "Pulmonary embolism" in events[0].reason
    assert floors.enforce("disposition", discharge, view, (low_pe,), ctx) == (
        discharge,
        (),
    )


class _FakeUnsafeRefiner:
    """A fake LLM refiner that always answers ESI 5 (no model can run in unit tests)."""

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        bad = TriageResult(acuity="Non-Urgent", esi=5, rationale="fake")
        return StageOutcome(
            status="ok", result=bad, rules=offline.rules, model_id="fake"
        )


async def test_floor_applies_after_refiner_and_is_recorded(ctx):
    hybrid = AgentContext(
        knowledge=ctx.knowledge,
        backend="hybrid",
        refiner=_FakeUnsafeRefiner(),
        model_id="fake",
    )
    case = _case(heart_rate=130, systolic_bp=82, respiratory_rate=28, spo2=88)
    result, _, record = await run_stage("triage", {"case": case}, hybrid, reason_triage)
    assert record.backend == "hybrid" and record.model_id == "fake"
    assert result.esi <= 2
    assert [f.floor for f in record.floors_fired] == ["esi_decision_point"]


# --- issue 16: a floor that text cannot switch off -------------------------------

DISCHARGE = DispositionResult(disposition="Discharge", rationale="fake model output")


def _dispo(ctx, case: Case, triage_esi: int | None = None):
    view = build_view(case, "disposition")
    return floors.enforce("disposition", DISCHARGE, view, (), ctx, (), triage_esi)


def _ankle(note: str) -> Case:
    body = f"HPI: twisted ankle.\n{note}\nMedical Decision Making\nSprain."
    return _case("ANKLE PAIN", 30, body, heart_rate=135, respiratory_rate=16, spo2=98)


def test_negated_stability_does_not_allow_discharge_in_shock(ctx):
    note = "HPI: chest pain. Patient is not hemodynamically stable.\nMedical Decision"
    case = _case(note=note, heart_rate=134, systolic_bp=78, spo2=85)
    out, events = _dispo(ctx, case)
    assert out.disposition == "Admit" and events


@pytest.mark.parametrize(
    "note",
    [
        "Vital signs normalized.",  # wording without numbers documents nothing
        "Tachycardia resolved, hemodynamically stable, vitals WNL.",
        "No repeat vitals were obtained. HR 88 at home per patient.",
        "Repeat vitals not obtained: HR 90.",
        "Repeat vitals: HR 128, RR 16, SpO2 97%.",  # still in the danger zone
        "Repeat vitals: BP 120/80.",  # no heart rate: tachycardia not re-measured
    ],
)
def test_danger_zone_needs_numbers_back_in_range(ctx, note):
    out, events = _dispo(ctx, _ankle(note))
    assert out.disposition == "Admit", note
    assert "repeat vitals" in events[0].reason


@pytest.mark.parametrize(
    "note",
    [
        "Repeat vitals: HR 88, RR 16, SpO2 98%.",
        "Recheck vital signs HR 92 | BP 124/78 | SpO2 99% prior to discharge.",
    ],
)
def test_documented_repeat_vitals_in_range_allow_discharge(ctx, note):
    assert _dispo(ctx, _ankle(note)) == (DISCHARGE, ())


def test_discharge_floor_keys_on_objective_severity_not_an_esi_2_label(ctx):
    """ESI handbook ch.9 / ACEP NSTE-ACS 2018: an ESI 2 label (a high-risk complaint,
    severe pain, a model's answer) does not by itself forbid discharge after a
    negative work-up; ESI 1 (a life-saving intervention) does."""
    calm = _case("ANKLE PAIN", 30, heart_rate=80, respiratory_rate=14, spo2=99)
    assert _dispo(ctx, calm) == (DISCHARGE, ())  # ESI 4-5: allowed
    assert _dispo(ctx, calm, triage_esi=2) == (DISCHARGE, ())  # a label alone
    out, events = _dispo(ctx, calm, triage_esi=1)
    assert out.disposition == "Admit" and "ESI 1" in events[0].reason


def test_altered_mentation_at_triage_blocks_discharge(ctx):
    """NEWS2 (RCP 2017) and ESI v4 decision point B: new confusion is severity."""
    confused = _case(
        "FALL",
        70,
        "HPI: fall at home.\nMedical Decision Making\nFall.",
        heart_rate=80,
        respiratory_rate=14,
        spo2=99,
    )
    confused = confused.model_copy(
        update={"vitals": confused.vitals.model_copy(update={"raw": "Mental: verbal"})}
    )
    out, events = _dispo(ctx, confused)
    assert out.disposition == "Observation" and "mentation" in events[0].reason


def test_news2_red_parameter_blocks_discharge_until_repeat_vitals(ctx):
    """RCP 2017: a single red NEWS2 parameter (SBP <= 90) needs urgent review."""
    low_bp = _case(
        "ANKLE PAIN", 30, heart_rate=84, respiratory_rate=16, spo2=98, systolic_bp=88
    )
    out, events = _dispo(ctx, low_bp)
    assert out.disposition == "Admit" and "NEWS2" in events[0].reason
    rechecked = low_bp.model_copy(
        update={
            "ed_note": "HPI: twisted ankle.\nRepeat vitals: BP 118/74, HR 80, RR 14,"
            " SpO2 99%.\nMedical Decision Making\nSprain."
        }
    )
    assert _dispo(ctx, rechecked) == (DISCHARGE, ())


def test_open_must_not_miss_needs_a_visible_ed_evaluation(ctx):
    """Without any ED course in view the disposition is a triage forecast: the
    must-not-miss floor judges an ED evaluation that did not exclude the diagnosis."""
    triage_only = _case(
        "COUGH", 30, heart_rate=80, systolic_bp=120, respiratory_rate=14, spo2=99
    ).model_copy(update={"ed_note": None})
    open_pe = DifferentialEntry(
        diagnosis="Pulmonary embolism",
        must_not_miss=True,
        status="cannot_exclude",
        probability=0.3,
        changed_by="assessment",
    )
    view = build_view(triage_only, "disposition")
    assert floors.enforce("disposition", DISCHARGE, view, (open_pe,), ctx) == (
        DISCHARGE,
        (),
    )


def test_apply_takes_the_assigned_triage_esi(ctx):
    calm = _case("ANKLE PAIN", 30, heart_rate=80, respiratory_rate=14, spo2=99)
    inp = StageInput(
        stage="disposition",
        view=build_view(calm, "disposition"),
        previous={"triage": TriageResult(acuity="Immediate", esi=1, rationale="x")},
    )
    out = floors.apply(inp, StageOutcome(status="ok", result=DISCHARGE), ctx)
    assert out.result.disposition == "Admit"


@pytest.mark.parametrize(
    "complaint",
    ["SUDDEN TROUBLE SPEAKING", "LEFT ARM WEAKNESS", "DOUBLE VISION AND ATAXIA"],
)
def test_unevaluated_stroke_signs_are_never_forecast_home(ctx, complaint):
    """AHA/ASA 2019: a patient with stroke signs is evaluated (and usually cared for in
    a stroke unit) before anyone plans discharge; a triage-only record, or a note the
    reasoner could not judge (no differential), must not end in Discharge."""
    case = _case(
        complaint, 67, heart_rate=84, systolic_bp=150, respiratory_rate=16, spo2=97
    ).model_copy(update={"ed_note": None})
    out, events = _dispo(ctx, case)
    assert out.disposition == "Observation"
    assert "time-critical" in events[0].reason


def test_children_are_not_scored_by_the_adult_news2(ctx):
    """RCP 2017 excludes under-16s from NEWS2: a 2-year-old's normal heart rate of 130
    and respiratory rate of 30 (NEWS2 red for an adult) do not block discharge, while
    the ESI handbook's danger zone for age (HR > 160 at 1-3 y) does."""
    toddler = _case(
        "EAR PAIN", 2, heart_rate=130, respiratory_rate=30, spo2=98
    ).model_copy(update={"ed_note": None})
    assert _dispo(ctx, toddler) == (DISCHARGE, ())
    tachy = toddler.model_copy(
        update={"vitals": toddler.vitals.model_copy(update={"heart_rate": 190})}
    )
    out, events = _dispo(ctx, tachy)
    assert out.disposition == "Admit"
    assert "danger-zone vitals for age" in events[0].reason


def test_a_confirmed_inpatient_must_not_miss_is_not_discharged(ctx):
    """A made must-not-miss diagnosis whose usual care is in hospital (PE here) is not
    sent home by any backend; a confirmed one treated at home (DVT on an anticoagulant,
    CHEST 2021) is left to the admission criteria."""
    view = build_view(
        _case(
            "COUGH", 30, heart_rate=80, systolic_bp=120, respiratory_rate=14, spo2=99
        ),
        "disposition",
    )
    made_pe = DifferentialEntry(
        diagnosis="Pulmonary embolism",
        must_not_miss=True,
        status="ruled_in",
        probability=0.95,
        evidence_for=(
            Evidence(kind="finding", text="CT pulmonary angiogram: embolus"),
        ),
        changed_by="disposition",
    )
    out, events = floors.enforce("disposition", DISCHARGE, view, (made_pe,), ctx)
    assert out.disposition == "Admit" and "confirmed" in events[0].reason
    made_dvt = made_pe.model_copy(
        update={
            "diagnosis": "Acute embolism and thrombosis of unspecified deep veins of"
            " unspecified lower extremity"
        }
    )
    assert floors.enforce("disposition", DISCHARGE, view, (made_dvt,), ctx) == (
        DISCHARGE,
        (),
    )


@pytest.mark.parametrize(
    ("complaint", "note"),
    [
        (
            "FEVER",
            "HPI: breast cancer, chemotherapy 9 days ago, fever 38.6 C.\n"
            "Medical Decision Making\nANC 0.2. Febrile neutropenia.",
        ),
        (
            "COUGH",
            "HPI: multiple sclerosis on ocrelizumab, cough and fever.\n"
            "Medical Decision Making\nChest X-ray: right lower lobe consolidation."
            " Community-acquired pneumonia, CURB-65 0.",
        ),
    ],
)
def test_no_backend_discharges_febrile_neutropenia_or_immunocompromised_pneumonia(
    ctx, complaint: str, note: str
):
    """ASCO/IDSA 2018 (MASCC not >= 21) and ATS/IDSA 2019 (immunocompromised host):
    the floor holds a model's Discharge through the admission criteria."""
    case = _case(
        complaint,
        45,
        note,
        heart_rate=96,
        systolic_bp=124,
        respiratory_rate=18,
        spo2=97,
        temperature_c=38.6,
    )
    out, events = _dispo(ctx, case, 3)
    assert out.disposition == "Admit", events
    assert events and "admission criterion" in events[0].reason


def test_a_resolved_level_one_presentation_is_observed_not_admitted_by_the_floor(ctx):
    """ADA 2024 s6: corrected hypoglycaemia, awake and eating: a model's Discharge is
    held to observation for recurrence, not raised to an admission; a febrile
    neutropenia in the same note still admits (ASCO/IDSA 2018)."""
    note = (
        "HPI: type 1 diabetes, found confused, glucose 31 mg/dL, GCS 11.\n"
        "Medical Decision Making\nDextrose 50% 25 g IV with full recovery; repeat"
        " glucose 142 mg/dL, ate a meal."
    )
    case = _case(
        "HYPOGLYCEMIA", 34, note, heart_rate=92, systolic_bp=128, respiratory_rate=16
    )
    out, events = _dispo(ctx, case, 1)
    assert out.disposition == "Observation" and "resolved" in events[0].reason
    sick = _case(
        "HYPOGLYCEMIA",
        34,
        note + " Chemotherapy 9 days ago; ANC 0.2. Febrile neutropenia.",
        heart_rate=92,
        systolic_bp=128,
        respiratory_rate=16,
        temperature_c=38.6,
    )
    out, events = _dispo(ctx, sick, 1)
    assert out.disposition == "Admit", events
