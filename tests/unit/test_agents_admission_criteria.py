"""Published admission criteria: met inside their validated population only."""

from __future__ import annotations

import pytest

from agents.offline.rules import ClinicalFacts
from agents.offline.rules.admission import (
    ADMISSION_THRESHOLD,
    MISSED_ADMISSION_COST,
    OBSERVATION_BELOW,
    admission_decision,
    decision_band,
)
from agents.offline.rules.admission_criteria import admission_criteria, spesi
from cases.models import Vitals
from cases.population import Population

NORMAL = Vitals(
    heart_rate=80, respiratory_rate=16, spo2=98, systolic_bp=128, diastolic_bp=76
)


def _facts(
    age: int,
    present: tuple[str, ...] = (),
    measurements: dict[str, float] | None = None,
    known: tuple[str, ...] = (),
    **vitals: float,
) -> ClinicalFacts:
    days = age * 365
    return ClinicalFacts(
        age=age,
        population=Population(age_days_min=days, age_days_max=days),
        vitals=NORMAL.model_copy(update=vitals),
        present=frozenset(present),
        historical=frozenset(known),
        measurements=measurements or {},
    )


def _met(facts: ClinicalFacts, ruled_in: tuple[str, ...] = ()) -> dict[str, str]:
    return {c.rule.name: c.disposition for c in admission_criteria(facts, ruled_in)}


def test_curb65_3_admits_and_2_observes() -> None:
    """BTS 2009: CURB-65 >= 3 hospital, 2 short-stay (Lim 2003)."""
    severe = _facts(80, ("pneumonia",), {"bun": 30}, respiratory_rate=32)
    assert _met(severe)["CURB-65"] == "Admit"
    moderate = _facts(80, ("pneumonia",), {"bun": 30})
    assert _met(moderate)["CURB-65"] == "Observation"
    assert "CURB-65" not in _met(_facts(40, ("pneumonia",)))


def test_curb65_never_outside_pneumonia_or_in_a_child() -> None:
    """CURB-65 is a severity score of diagnosed pneumonia in adults (Lim 2003)."""
    assert "CURB-65" not in _met(
        _facts(80, ("cough",), {"bun": 30}, respiratory_rate=32)
    )
    child = _facts(10, ("pneumonia",), {"bun": 30}, respiratory_rate=32)
    assert "CURB-65" not in _met(child)


def test_glasgow_blatchford_needs_gi_bleeding() -> None:
    """ACG 2021: GBS > 1 is not for outpatient care; GBS only with GI bleeding."""
    bleed = _facts(60, ("melena",), {"bun": 30, "hemoglobin": 10.5}, heart_rate=104)
    assert _met(bleed)["Glasgow-Blatchford"] == "Admit"
    no_bleed = _facts(60, ("abdominal_pain",), {"bun": 30, "hemoglobin": 10.5})
    assert "Glasgow-Blatchford" not in _met(no_bleed)


def test_dka_needs_hyperglycaemia_acidosis_and_ketones() -> None:
    """ADA 2009/2024: glucose, acidosis and ketones together; severe to ICU."""
    labs = {"glucose": 480, "ph": 6.95, "bicarbonate": 8, "anion_gap": 26}
    dka = _facts(
        24, ("glucose_high", "acidemia", "bicarbonate_low", "anion_gap_high"), labs
    )
    [met] = admission_criteria(dka)
    assert (met.disposition, met.level) == ("Admit", "icu")
    hyperglycaemia_only = _facts(24, ("glucose_high",), {"glucose": 480})
    assert admission_criteria(hyperglycaemia_only) == []


def test_lactate_4_counts_only_with_suspected_infection() -> None:
    """SSC 2021: lactate >= 4 in suspected infection; not in anaphylaxis or trauma."""
    sepsis = _facts(58, ("fever", "lactate_high_severe"), {"lactate": 4.2})
    assert _met(sepsis)["Lactate in suspected infection"] == "Admit"
    seizure = _facts(58, ("seizure", "lactate_high_severe"), {"lactate": 6.0})
    assert "Lactate in suspected infection" not in _met(seizure)
    anaphylaxis = _facts(
        58, ("fever", "anaphylaxis", "lactate_high_severe"), {"lactate": 4.2}
    )
    assert "Lactate in suspected infection" not in _met(anaphylaxis)


def test_spesi_only_for_a_confirmed_pe() -> None:
    """ESC 2019: sPESI >= 1 is not for early discharge; only once PE is confirmed."""
    facts = _facts(84, ("dyspnea",), heart_rate=114)
    assert spesi(facts).score == 2
    assert "sPESI" not in _met(facts)
    assert _met(facts, ("pulmonary_embolism",))["sPESI"] == "Admit"
    young = _facts(40, ("dyspnea",))
    assert spesi(young).score == 0
    assert "sPESI" not in _met(young, ("pulmonary_embolism",))


@pytest.mark.parametrize(
    ("p", "admit"), [(0.1, False), (0.32, False), (0.34, True), (0.49, True)]
)
def test_expected_cost_threshold(p: float, admit: bool) -> None:
    """Pauker & Kassirer 1980: admit from P >= 1 / (1 + cost of a missed admission)."""
    assert pytest.approx(1 / (1 + MISSED_ADMISSION_COST)) == ADMISSION_THRESHOLD
    result = admission_decision(p)
    assert result.score == pytest.approx(p)
    verdict = result.interpretation.split(":", 1)[0]
    assert (verdict in ("observe", "admit")) == admit
    assert verdict == decision_band(p)


@pytest.mark.parametrize(
    ("p", "verdict"),
    [(0.2, "discharge"), (0.34, "observe"), (0.49, "observe"), (0.5, "admit")],
)
def test_uncertain_need_is_observation(p: float, verdict: str) -> None:
    """Observation care decides whether admission is needed (CMS BPM ch. 6 20.6):
    between the cost threshold and 1/2 the verdict is observe, above it admit."""
    assert ADMISSION_THRESHOLD < OBSERVATION_BELOW
    assert decision_band(p) == verdict


def test_csrs_high_risk_only_in_syncope_with_an_ecg() -> None:
    """CSRS (CMAJ 2016) >= 4 with its ECG documented, in syncope only."""
    facts = _facts(
        71, ("troponin_elevated",), {"qtc_ms": 495}, known=("cad",), systolic_bp=84
    )
    met = admission_criteria(facts, (), "syncope", "QTc 495 ms")
    assert "Canadian Syncope Risk Score" in {c.rule.name for c in met}
    assert not [
        c
        for c in admission_criteria(facts, (), "chest_pain", "QTc 495 ms")
        if c.rule.name == "Canadian Syncope Risk Score"
    ]
    no_ecg = _facts(71, ("troponin_elevated",), known=("cad",), systolic_bp=84)
    assert not [
        c
        for c in admission_criteria(no_ecg, (), "syncope", "")
        if c.rule.name == "Canadian Syncope Risk Score"
    ]


@pytest.mark.parametrize(
    ("text", "failed"),
    [
        ("Persistent vomiting, unable to tolerate oral fluids or medications.", True),
        ("Not tolerating PO despite ondansetron.", True),
        ("Unable to take anything by mouth.", True),
        ("Intractable vomiting.", True),
        ("Tolerating oral fluids after ondansetron.", False),
        ("Not taking oral contraceptives.", False),
        ("Not taking her oral antibiotics as prescribed.", False),
    ],
)
def test_failed_oral_intake_is_read_only_when_written(text: str, failed: bool) -> None:
    """IDSA/ESCMID 2010: hospital when oral therapy cannot be taken, not otherwise."""
    from agents.offline.rules.admission_criteria import ORAL_FAILURE

    assert bool(ORAL_FAILURE.search(text)) is failed


@pytest.mark.parametrize(
    ("present", "text", "met"),
    [
        (("glucose_low",), "on glipizide 10 mg daily", True),
        (("hypoglycemia",), "takes Lantus 30 units at night", True),
        (("glucose_low",), "on metformin only", False),
        ((), "on glipizide 10 mg daily", False),
    ],
)
def test_hypoglycaemia_on_a_long_acting_agent_is_observed(
    present: tuple[str, ...], text: str, met: bool
) -> None:
    """ADA 2024 s6; Goldfrank's ch. 47: sulfonylurea or long-acting insulin
    hypoglycaemia recurs after correction -> observation; the drug alone is nothing."""
    found = {
        c.rule.name: c.disposition
        for c in admission_criteria(_facts(70, present), (), None, text)
    }
    name = "Hypoglycaemia on a long-acting agent"
    assert (found.get(name) == "Observation") is met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("on glipizide 10 mg daily", True),
        ("No sulfonylurea, no overdose", False),
        ("denies taking glyburide", False),
    ],
)
def test_a_negated_long_acting_agent_is_not_counted(text: str, met: bool) -> None:
    """A negated mention is not the patient's drug (the rule's input is the drug)."""
    found = admission_criteria(_facts(50, ("glucose_low",)), (), None, text)
    assert any(
        c.rule.name == "Hypoglycaemia on a long-acting agent" for c in found
    ) is (met)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("multiple sclerosis on ocrelizumab", True),
        ("rheumatoid arthritis on rituximab every 6 months", True),
        ("renal transplant on tacrolimus", True),
        ("on prednisone 20 mg daily for polymyalgia", True),
        ("prednisone 40 mg for 5 days for asthma", False),
        ("not on chemotherapy", False),
        ("HIV negative", False),
        ("HIV with CD4 count 85", True),
        ("chemotherapy completed in 2015, in remission", False),
        ("awaiting kidney transplant", False),
        ("CD4 count 150", True),
        ("no past medical history", False),
    ],
)
def test_pneumonia_in_an_immunocompromised_host_is_admitted(
    text: str, met: bool
) -> None:
    """ATS/IDSA 2019 excludes immunocompromised hosts; definition Ramirez 2020."""
    found = admission_criteria(_facts(45, ("pneumonia",)), (), None, text)
    name = "Pneumonia in an immunocompromised host"
    assert any(c.rule.name == name and c.disposition == "Admit" for c in found) is met
    cough = admission_criteria(_facts(45, ("cough",)), (), None, text)
    assert not any(c.rule.name == name for c in cough)  # pneumonia only


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("", True),
        ("MASCC 14, high risk", True),
        ("MASCC score of 20", True),
        ("MASCC 23: low risk, oncology follow-up", False),
    ],
)
def test_febrile_neutropenia_is_admitted_unless_mascc_21(text: str, met: bool) -> None:
    """ASCO/IDSA 2018: MASCC >= 21 may be outpatient; otherwise IV antibiotics."""
    facts = _facts(60, ("neutropenia", "fever"))
    found = admission_criteria(facts, (), None, text)
    assert any(c.rule.name == "Febrile neutropenia (MASCC)" for c in found) is met
    afebrile = admission_criteria(_facts(60, ("neutropenia",)), (), None, text)
    assert not any(c.rule.name == "Febrile neutropenia (MASCC)" for c in afebrile)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("epinephrine 0.5 mg IM once with prompt response; urticaria fading", "Obs"),
        ("symptoms resolved after epinephrine IM", "Obs"),
        ("epinephrine IM x3 without sustained response; epinephrine infusion", "Adm"),
        ("persistent wheeze after epinephrine", "Adm"),
    ],
)
def test_anaphylaxis_is_observed_once_resolved(text: str, target: str) -> None:
    """WAO 2020; RCUK 2021: observe 6-12 h after resolution; admit if it persists."""
    found = admission_criteria(_facts(30, ("anaphylaxis",)), (), None, text)
    met = [c for c in found if c.rule.name.startswith("Anaphylaxis")]
    assert met and met[0].disposition.startswith(target)
    assert met[0].instead_of_admission is (target == "Obs")


def test_hyperemesis_rcog_gtg69_admission_and_day_care() -> None:
    """RCOG GTG 69 (2016): ketonuria with > 5 % weight loss -> hospital; ketonuria
    alone -> day-care IV rehydration (observation); only for ruled-in hyperemesis."""
    pregnant = _facts(28, present=("pregnancy", "vomiting", "ketosis"))
    severe = "Urine ketones 3+. Weight loss 6 % of pre-pregnancy weight."
    ruled_in = ("hyperemesis_gravidarum",)
    name = "Hyperemesis gravidarum admission criteria"
    assert [
        c.disposition
        for c in admission_criteria(pregnant, ruled_in, text=severe)
        if c.rule.name == name
    ] == ["Admit"]
    assert [
        c.disposition
        for c in admission_criteria(pregnant, ruled_in, text="ketones 2+")
        if c.rule.name == name
    ] == ["Observation"]
    settled = _facts(28, present=("pregnancy", "vomiting"))
    assert name not in _met(settled, ruled_in)
    assert name not in {
        c.rule.name for c in admission_criteria(pregnant, (), text=severe)
    }
