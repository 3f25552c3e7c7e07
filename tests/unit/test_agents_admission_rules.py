"""NEWS2 (RCP 2017) and GAPS (Cameron 2015): worked values from the published charts."""

from __future__ import annotations

import pytest

from agents.offline.rules import ClinicalFacts
from agents.offline.rules.admission import (
    GAPS_ADMIT_CUTOFF,
    gaps,
    gaps_probability,
    news2,
    news2_items,
    objective_severity,
    resolved_in_ed,
)
from cases.models import Vitals

NORMAL = Vitals(
    heart_rate=72,
    respiratory_rate=16,
    spo2=98,
    systolic_bp=124,
    temperature_c=36.8,
)


def _facts(age: int = 50, raw: str | None = None) -> ClinicalFacts:
    return ClinicalFacts(age=age, vitals=NORMAL.model_copy(update={"raw": raw}))


@pytest.mark.parametrize(
    ("update", "item", "points"),
    [
        ({"respiratory_rate": 8}, "respiratory_rate", 3),
        ({"respiratory_rate": 11}, "respiratory_rate", 1),
        ({"respiratory_rate": 22}, "respiratory_rate", 2),
        ({"respiratory_rate": 25}, "respiratory_rate", 3),
        ({"spo2": 91}, "spo2", 3),
        ({"spo2": 93}, "spo2", 2),
        ({"spo2": 95}, "spo2", 1),
        ({"systolic_bp": 90}, "systolic_bp", 3),
        ({"systolic_bp": 100}, "systolic_bp", 2),
        ({"systolic_bp": 110}, "systolic_bp", 1),
        ({"systolic_bp": 220}, "systolic_bp", 3),
        ({"heart_rate": 40}, "heart_rate", 3),
        ({"heart_rate": 50}, "heart_rate", 1),
        ({"heart_rate": 110}, "heart_rate", 1),
        ({"heart_rate": 130}, "heart_rate", 2),
        ({"heart_rate": 131}, "heart_rate", 3),
        ({"temperature_c": 35.0}, "temperature_c", 3),
        ({"temperature_c": 36.0}, "temperature_c", 1),
        ({"temperature_c": 39.0}, "temperature_c", 1),
        ({"temperature_c": 39.1}, "temperature_c", 2),
    ],
)
def test_news2_bands_follow_the_rcp_chart(update, item, points):
    assert news2_items(_facts(), NORMAL.model_copy(update=update))[item] == points


def test_news2_normal_vitals_score_zero_and_missing_vitals_are_listed():
    assert news2(_facts(), NORMAL).score == 0
    result = news2(_facts(), Vitals(heart_rate=80, systolic_bp=120))
    assert set(result.missing) == {"respiratory_rate", "spo2", "temperature_c"}


def test_news2_counts_avpu_below_alert_as_three():
    assert (
        news2_items(_facts(raw="Mental: verbal response"), NORMAL)["consciousness"] == 3
    )


def test_gaps_worked_example_and_cutoff():
    """80 y, NEWS2 0, Manchester/ESI 3, ambulance: 8 + 0 + 5 + 5 = 18 >= 17."""
    result = gaps(_facts(age=80), NORMAL, 3, "Ambulance")
    assert result.applicable and result.score == pytest.approx(18.0)
    assert result.score >= GAPS_ADMIT_CUTOFF
    young = gaps(_facts(age=24), NORMAL, 4, "walk-in")
    assert young.score == pytest.approx(2.4)
    assert gaps_probability(young.score or 0) == pytest.approx(0.02)


def test_gaps_probability_curve_is_monotonic_around_the_cutoff():
    probs = [gaps_probability(s) for s in range(0, 45)]
    assert probs == sorted(probs)
    assert 0.45 <= gaps_probability(GAPS_ADMIT_CUTOFF) <= 0.55


def test_gaps_does_not_apply_to_children():
    assert not gaps(_facts(age=6), NORMAL, 3, None).applicable


def test_objective_severity_separates_vitals_from_mentation():
    sev = objective_severity(
        _facts(raw="Mental: alert"), NORMAL.model_copy(update={"spo2": 89}), ()
    )
    assert sev.reasons == sev.vital_reasons and "spo2" in sev.vital_reasons[0]
    confused = objective_severity(_facts(raw="Mental: pain response"), NORMAL, ())
    assert confused.reasons and not confused.vital_reasons
    assert not objective_severity(_facts(), NORMAL, ()).reasons


def test_presenting_problem_rates_stay_inside_their_cohorts():
    """AANZDEM (adults with dyspnoea); nonspecific complaints, fever and abdominal
    pain from 65 y only."""
    from agents.offline.rules.admission import presenting_problem_admission

    dyspnoea = presenting_problem_admission("shortness_of_breath", 18)
    assert dyspnoea is not None and dyspnoea.score == pytest.approx(0.67)
    assert presenting_problem_admission("shortness_of_breath", 17) is None
    assert presenting_problem_admission("weakness", 64) is None
    weak = presenting_problem_admission("weakness", 65)
    assert weak is not None and 0.55 <= (weak.score or 0) <= 0.84
    assert presenting_problem_admission("weakness", None) is None
    assert presenting_problem_admission("abdominal_pain", 64) is None
    older = presenting_problem_admission("abdominal_pain", 80)  # Lewis 2005: 58 %
    assert older is not None and older.score == pytest.approx(0.58)
    assert presenting_problem_admission("fever", 64) is None
    febrile = presenting_problem_admission("fever", 65)
    assert febrile is not None and 0.70 <= (febrile.score or 0) <= 0.90


def test_a_referral_or_transfer_is_a_presenting_context_with_its_own_rate():
    """Hong 2022 (NEDIS adults > 18 y): 62.3 % of referred patients hospitalised."""
    from agents.offline.rules.admission import presenting_problem_admission

    sent = presenting_problem_admission("abdominal_pain", 40, "transfer from clinic")
    assert sent is not None and sent.score == pytest.approx(0.623)
    assert presenting_problem_admission("abdominal_pain", 40, "walk-in") is None
    assert presenting_problem_admission("abdominal_pain", 17, "transfer") is None
    assert presenting_problem_admission(None, 40, "private ambulance") is not None
    weak = presenting_problem_admission("weakness", 80, "transfer")
    assert weak is not None and weak.score == pytest.approx(0.70)  # the higher rate


def test_gaps_scores_any_five_level_scale_level_for_level():
    """Cameron 2015 scored the Manchester category; a KTAS level 2 scores 10 as a
    Manchester 2 would, and the trace names the scale."""
    ktas = gaps(_facts(age=60), NORMAL, 2, "walk-in", "KTAS")
    assert ktas.inputs["triage category"] == 10.0
    assert ktas.inputs["triage level (KTAS)"] == 2
    esi = gaps(_facts(age=60), NORMAL, 4, "walk-in")
    assert esi.inputs["triage category"] == 0.0
    assert esi.inputs["triage level (ESI)"] == 4
    assert (ktas.score or 0) - (esi.score or 0) == pytest.approx(10.0)


def test_the_disposition_stage_feeds_gaps_the_esi_level_at_a_ktas_site():
    """A KTAS visit triaged KTAS 2 and ESI 4: GAPS scores ESI 4 (0 points), the level
    whose admission rates are validated (Tanabe 2004); the reasoner's KTAS level in its
    place lowered the AUC of P(admission) on the KTAS read half (RESULTS, dispo14)."""
    from agents.context import AgentContext
    from agents.contracts import StageInput
    from agents.offline.disposition import reason_disposition
    from agents.offline.knowledge import load_knowledge
    from agents.schemas import TriageResult
    from cases.models import Arrival, Case, Demographics
    from cases.views import build_view

    case = Case(
        patient_id="P-k",
        encounter_id="E-k",
        demographics=Demographics(age=70, sex="Male"),
        chief_complaint="dizziness",
        arrival=Arrival(mode="walk-in"),
        vitals=NORMAL,
        source="ktas",
        triage_scale="KTAS",
    )
    ctx = AgentContext(knowledge=load_knowledge())

    def gaps_of(triage: TriageResult) -> dict[str, object]:
        inp = StageInput(
            stage="disposition",
            view=build_view(case, "disposition"),
            previous={"triage": triage},
        )
        out = reason_disposition(inp, ctx)
        return dict(next(r for r in out.rules if r.name == "GAPS").inputs)

    ktas2 = TriageResult(
        acuity="Emergent", esi=4, scale="KTAS", site_level=2, rationale="x"
    )
    assert gaps_of(ktas2)["triage category"] == 0.0
    assert gaps_of(ktas2)["triage level (ESI)"] == 4
    esi2 = TriageResult(acuity="Emergent", esi=2, rationale="x")
    assert gaps_of(esi2)["triage category"] == 10.0


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Given D50 with full recovery; GCS 15, eating.", True),
        ("epinephrine IM once with prompt response", True),
        ("back to baseline mental status after naloxone", True),
        ("no response to IM epinephrine", False),
        ("hypotension persists after 2 L", False),
        ("recurrent hypoglycaemia after D50", False),
        ("full recovery, then norepinephrine infusion started", False),
        ("given dextrose", False),
        (None, False),
    ],
)
def test_resolved_in_ed(text: str | None, resolved: bool) -> None:
    """SCCM 2016: a resolved level-1 presentation needs monitoring, not an ICU."""
    assert (resolved_in_ed(text) is not None) is resolved


def test_a_resolution_needs_triage_danger_vitals_re_measured() -> None:
    """Wording does not settle a triage shock: later vitals must be back in range."""
    facts = ClinicalFacts(age=40)
    shock = Vitals(heart_rate=130, systolic_bp=78, respiratory_rate=18, spo2=97)
    words = "epinephrine IM with prompt response."
    assert resolved_in_ed(words, facts, shock) is None
    later = words + " One hour later: BP 124/76, HR 88, RR 16, SpO2 99%."
    assert resolved_in_ed(later, facts, shock) == "prompt response"
    still = words + " One hour later: BP 84/50, HR 124."
    assert resolved_in_ed(still, facts, shock) is None
