"""Tests for findings extraction (negation, history) and ClinicalFacts."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, extract_findings, extract_measurements
from cases.models import Arrival, Demographics, Vitals
from cases.views import StageView

KB = load_knowledge()


def statuses(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in extract_findings(text, KB)}


def test_denies_list_is_negated() -> None:
    assert statuses("Denies chest pain, shortness of breath.") == {
        "chest_pain": "absent",
        "dyspnea": "absent",
    }


def test_history_of_pe_on_apixaban() -> None:
    got = statuses("History of PE on apixaban")
    assert got["pulmonary_embolism"] == "historical"
    assert got["anticoagulation"] == "present"


def test_no_focal_deficits() -> None:
    assert statuses("No focal deficits.") == {"focal_deficit": "absent"}


def test_but_ends_negation_scope_and_denies_starts_one() -> None:
    got = statuses("Patient reports chest pain but denies diaphoresis")
    assert got == {"chest_pain": "present", "diaphoresis": "absent"}
    got = statuses("No fever but has productive cough.")
    assert got["fever"] == "absent" and got["cough"] == "present"


def test_spans_point_at_the_text() -> None:
    text = "Pt c/o substernal chest pressure, diaphoretic."
    for f in extract_findings(text, KB):
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("Negative for hemoptysis.", "hemoptysis", "absent"),
        ("Abdomen soft without guarding or rebound.", "rebound", "absent"),
        ("PE was ruled out by CTA.", "pulmonary_embolism", "absent"),
        ("Troponin negative x2.", "troponin_normal", "present"),
        ("Not intoxicated.", "intoxication", "absent"),
        ("h/o DVT in 2019", "dvt", "historical"),
        ("Prior MI, now with chest pain", "prior_mi", "historical"),
        ("Prior to arrival he had chest pain.", "chest_pain", "present"),
        ("Non-radiating chest pain.", "chest_pain", "present"),
        ("s/p fall, hit head", "head_injury", "present"),
        ("Family history: father with MI at 50.", "family_history_cad", "present"),
        ("pt denies SI/HI", "suicidal_ideation", "absent"),
        ("Assessment: NSTEMI.", "nstemi", "present"),
        ("No acute distress. Complains of chest pain.", "chest_pain", "present"),
        ("She did not go to dialysis yesterday.", "missed_dialysis", "present"),
        ("He says he has been shot.", "penetrating_trauma", "present"),
        ("No sickle cell crisis this year.", "sickle_cell_crisis", "absent"),
        ("Medics are externally pacing him.", "external_pacing", "present"),
        ("Drowsy mentality since morning.", "altered_mental_status", "present"),
        ("She is working hard at breathing.", "respiratory_distress", "present"),
        (
            "Right leg shortened and externally rotated.",
            "shortened_rotated_leg",
            "present",
        ),
        # A new clause after a comma ends a history cue's reach as it ends a negation's
        (
            "No known medical problems, was found unresponsive.",
            "unresponsive",
            "present",
        ),
        # A time anchor opens a new event (ConText termination)
        ("Not anticoagulated, pain 4 hours ago, vomited", "vomiting", "present"),
        # An allergy list records a past reaction
        ("Allergy: penicillin - anaphylaxis.", "anaphylaxis", "historical"),
    ],
)
def test_negation_and_history_cases(text: str, concept: str, status: str) -> None:
    assert statuses(text).get(concept) == status


def test_past_medical_history_section_is_historical_until_next_header() -> None:
    text = "PMH: HTN, DM2, CAD s/p stent\nHPI: 55M with chest pressure."
    got = statuses(text)
    assert got["hypertension"] == got["diabetes"] == got["cad"] == "historical"
    assert got["chest_pressure"] == "present"


def test_family_history_does_not_become_patient_history() -> None:
    got = statuses("Family History: diabetes in mother, CAD in father.")
    assert got.get("diabetes") == "family"  # another person's, never the patient's
    assert got.get("family_history_cad") == "present"


def test_prior_note_source_makes_present_historical() -> None:
    got = {
        f.concept: f.status
        for f in extract_findings(
            "Chest pain. Troponin elevated.", KB, source="prior_note"
        )
    }
    assert set(got.values()) == {"historical"}


def test_empty_input() -> None:
    assert extract_findings(None, KB) == ()
    assert extract_findings("   ", KB) == ()
    assert extract_measurements(None) == {}


def test_measurements() -> None:
    m = extract_measurements("GCS 14. WBC 15.2, BUN: 25, Hct 28, Hgb 9.1, EF 35%")
    assert m == {
        "gcs": 14.0,
        "wbc": 15.2,
        "bun": 25.0,
        "hematocrit": 28.0,
        "hemoglobin": 9.1,
        "ef_pct": 35.0,
    }


def _view(**kw: object) -> StageView:
    base: dict[str, object] = {
        "stage": "treatment",
        "patient_id": "p",
        "encounter_id": "e",
        "demographics": Demographics(age=67, sex="Male"),
        "chief_complaint": "CHEST PAIN",
        "arrival": Arrival(),
        "vitals": Vitals(heart_rate=88, systolic_bp=150),
    }
    base.update(kw)
    return StageView(**base)  # type: ignore[arg-type]


def test_facts_from_view_with_prior_notes() -> None:
    view = _view(ed_text="Chest pressure radiating to the left arm. Denies fever.")
    facts = ClinicalFacts.from_view(
        view, KB, extra_texts=[("echo", "Known CAD. EF 35%."), ("hp", "Hemoptysis.")]
    )
    assert facts.age == 67 and facts.sex == "M"
    assert facts.has("chest_pressure") and facts.has("chest_pain")  # implied
    assert facts.denied("fever") and facts.has("absent:fever")
    assert "cad" in facts.historical and facts.known("cad") and not facts.has("cad")
    assert "hemoptysis" in facts.historical
    assert facts.measurements["prior_ef_pct"] == 35.0
    assert "prior note" in facts.evidence["cad"]


def test_present_wins_over_denied_and_age_from_text() -> None:
    facts = ClinicalFacts.from_texts(
        [("cc", "chest pain"), ("note", "54 y.o. female. ROS: denies chest pain.")], KB
    )
    assert facts.has("chest_pain") and not facts.denied("chest_pain")
    assert facts.age == 54 and facts.sex == "F"
    assert facts.status("fever") is None


def test_measured_vitals_become_present_findings_and_implausible_ones_do_not():
    from agents.offline.rules.facts import ClinicalFacts, vital_sign_findings
    from cases.models import Vitals

    found = vital_sign_findings(
        Vitals(heart_rate=124, systolic_bp=88, temperature_c=38.4, spo2=92)
    )
    # HR 124 is also above CRASH-2's 110 (trauma25: tranexamic acid's haemorrhage)
    assert {f.concept for f in found} == {
        "tachycardia",
        "tachycardia_over_110",
        "hypotension",
        "fever",
        "sbp_under_100",  # lead35: an adult's (or unknown age's) SBP < 100
    }
    assert vital_sign_findings(Vitals(heart_rate=0, systolic_bp=400)) == []
    assert vital_sign_findings(Vitals()) == []
    facts = ClinicalFacts.from_findings(
        (), KB, vitals=Vitals(heart_rate=40, systolic_bp=120)
    )
    assert "bradycardia" in facts.present and "hypotension" not in facts.present


def test_sbp_under_100_is_an_adult_threshold_only():
    """Rushworth 2019 (adrenal crisis): an adult's systolic < 100; a child's 95 is
    normal for age (PALS 2020) and not read against the adult threshold."""
    from agents.offline.rules.facts import vital_sign_findings
    from cases.models import Vitals
    from cases.population import Population

    low = Vitals(systolic_bp=96)
    adult = Population(age_days_min=40 * 365, age_days_max=40 * 365)
    child = Population(age_days_min=6 * 365, age_days_max=6 * 365)
    assert "sbp_under_100" in {f.concept for f in vital_sign_findings(low, adult)}
    assert "sbp_under_100" not in {f.concept for f in vital_sign_findings(low, child)}
    normal = {f.concept for f in vital_sign_findings(Vitals(systolic_bp=104), adult)}
    assert "sbp_under_100" not in normal


def test_negation_scope_is_bounded_so_extraction_stays_linear():
    """Issue 16: an unbounded scope rescanned the whole 'sentence' per mention.

    A trigger reaches SCOPE_CHARS characters; a mention further away in the same
    run-on text is not negated by it (and the work per mention is bounded).
    """
    from agents.offline.rules.findings import SCOPE_CHARS

    filler = ", ".join(["stable"] * 60)  # no sentence break, no concept
    assert len(filler) > SCOPE_CHARS
    far = extract_findings(f"denies {filler}, chest pain", KB)
    near = extract_findings("denies nausea, vomiting, fever, chills or chest pain", KB)
    assert [f.status for f in far if f.concept == "chest_pain"] == ["present"]
    assert [f.status for f in near if f.concept == "chest_pain"] == ["absent"]


def test_glucose_in_mmol_per_litre_is_kept_in_mg_per_dl() -> None:
    """A glucose of 48 mmol/L is 864 mg/dL, not a hypoglycaemia of 48 mg/dL (failed
    on main: ESI and CTAS read it as hypoglycaemia)."""
    assert extract_measurements("Glucose 48 mmol/L")["glucose"] == pytest.approx(864)
    assert extract_measurements("glucose 2.1 mmol/L")["glucose"] == pytest.approx(37.8)
    assert extract_measurements("glucose 62")["glucose"] == 62
