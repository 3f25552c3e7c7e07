"""Order-safety layer and population filter: gates, prerequisites, doses, limits."""

from __future__ import annotations

from agents.order_safety import allergy_classes, check, drug_classes
from agents.population import PopulationLimits, excluded_reason, rule_excluded, years
from agents.schemas import DifferentialEntry, Order, TreatmentResult
from cases.models import Case, Demographics
from cases.population import population_of
from cases.views import StageView, build_view


def _view(text: str, **demo: object) -> StageView:
    case = Case(
        patient_id="p",
        encounter_id="e",
        demographics=Demographics.model_validate(demo),
        chief_complaint="CHEST PAIN",
        one_liner=text,
        ed_note=text,
    )
    return build_view(case, "treatment")


def _plan(*orders: Order) -> TreatmentResult:
    return TreatmentResult(working_diagnosis=None, orders=orders)


DISSECTION = DifferentialEntry(
    diagnosis="Dissection of thoracic aorta",
    status="cannot_exclude",
    must_not_miss=True,
    probability=0.3,
    changed_by="treatment",
)
ASPIRIN = Order(kind="medication", name="aspirin 324 mg chewed", reason="ACS")


def test_antiplatelet_blocked_while_dissection_is_open_and_recorded() -> None:
    view = _view("tearing pain", age=60, sex="Male")
    checked, events = check(_plan(ASPIRIN), view, [DISSECTION])
    assert not any("aspirin" in o.name for o in checked.orders)
    assert [b.gate for b in checked.blocked] == ["contraindication"]
    assert "Dissection" in checked.blocked[0].reason
    assert any(e.floor == "order_contraindication" for e in events)


def test_ruled_out_dissection_does_not_block() -> None:
    ruled_out = DISSECTION.model_copy(
        update={"status": "ruled_out", "probability": 0.0}
    )
    view = _view("chest pressure", age=60, sex="Male")
    checked, _ = check(_plan(ASPIRIN), view, [ruled_out])
    assert any("aspirin" in o.name for o in checked.orders)


def test_allergy_classes_and_cross_reactivity() -> None:
    classes, words = allergy_classes(["Allergies: amoxicillin (hives). NKDA to food"])
    assert "penicillin" in classes and "amoxicillin" in words
    assert allergy_classes(["Allergies: NKDA"]) == (frozenset(), frozenset())
    assert "nsaid" in allergy_classes(["allergic to aspirin"])[0]


def test_pregnancy_test_inserted_before_ct_for_a_woman_of_19() -> None:
    ct = Order(kind="diagnostic", name="CT abdomen/pelvis with contrast", reason="x")
    view = _view("RLQ pain", age=19, sex="Female")
    checked, _ = check(_plan(ct), view, [])
    names = [o.name for o in checked.orders]
    hcg = next(i for i, n in enumerate(names) if "hCG" in n)
    assert hcg < names.index(ct.name)


def test_pregnancy_prerequisite_keys_on_the_test_performed() -> None:
    """ACOG CO 723: the hCG precedes imaging with radiation; an order that names CT
    only to say it is not done, or as a bracketed aside, performs no imaging."""
    view = _view("headache", age=25, sex="Female")
    for name in (
        "clinical assessment; no routine CT",
        "lumbar puncture (CT first if focal deficit or AMS)",
        "MRI brain with DWI (CT insensitive)",
    ):
        order = Order(kind="diagnostic", name=name, reason="x")
        checked, _ = check(_plan(order), view, [])
        assert not any("hCG" in o.name for o in checked.orders), name
    for name in ("renal ultrasound or low-dose CT", "CT abdomen if US equivocal"):
        order = Order(kind="diagnostic", name=name, reason="x")
        checked, _ = check(_plan(order), view, [])
        assert any("hCG" in o.name for o in checked.orders), name


def test_a_planned_pregnancy_test_is_moved_before_the_imaging() -> None:
    """ACOG CO 723: the hCG already in the plan clears the imaging only if it comes
    first."""
    ct = Order(kind="diagnostic", name="CT abdomen/pelvis with contrast", reason="x")
    hcg = Order(kind="diagnostic", name="urine hCG now", reason="x")
    checked, events = check(_plan(ct, hcg), _view("RLQ pain", age=22, sex="F"), [])
    names = [o.name for o in checked.orders]
    assert names.index(hcg.name) < names.index(ct.name)
    assert names.count(hcg.name) == 1
    assert any(e.floor == "pregnancy_test_first" for e in events)


def test_child_gets_no_fixed_adult_dose_adult_loses_paediatric_one() -> None:
    epi = Order(
        kind="medication", name="epinephrine 0.5 mg IM (0.01 mg/kg)", reason="x"
    )
    child, _ = check(_plan(epi), _view("hives", age=4), [])
    adult, _ = check(_plan(epi), _view("hives", age=40), [])
    assert (
        "0.5 mg" not in child.orders[-1].name and "0.01 mg/kg" in child.orders[-1].name
    )
    assert adult.orders[-1].name == "epinephrine 0.5 mg IM"


def test_drug_classes() -> None:
    assert {"antiplatelet", "aspirin", "nsaid"} <= drug_classes("aspirin 324 mg")
    assert "thrombolytic" in drug_classes("alteplase if eligible within 4.5 h")
    assert "thrombolytic" not in drug_classes("outpatient follow-up")


def test_population_limits_exclude_only_known_facts() -> None:
    torsion = PopulationLimits(sex="M")
    assert excluded_reason(torsion, population_of(Demographics(sex="Female")))
    assert excluded_reason(torsion, population_of(Demographics())) is None
    adult = PopulationLimits(min_age_days=years(18))
    assert excluded_reason(adult, population_of(Demographics(age_days=18)))
    assert excluded_reason(adult, population_of(Demographics())) is None
    pregnant = PopulationLimits(pregnancy="possible")
    assert excluded_reason(pregnant, population_of(Demographics(age=30, sex="M")))


def test_adult_rules_never_run_in_a_neonate() -> None:
    neonate = population_of(Demographics(age_days=18))
    for rule in ("curb65", "qsofa", "heart", "perc", "wells_pe", "sirs"):
        assert rule_excluded(rule, neonate) is not None
    assert rule_excluded("curb65", population_of(Demographics(age=70))) is None


def test_anticoagulant_waits_for_a_likely_or_confirmed_diagnosis() -> None:
    """ESC 2019 PE: heparin on high clinical probability, not on a possibility."""
    heparin = Order(
        kind="medication",
        name="heparin per VTE protocol",
        reason="PE",
        for_diagnosis="Pulmonary embolism",
    )
    pe = DifferentialEntry(
        diagnosis="Pulmonary embolism",
        status="cannot_exclude",
        must_not_miss=True,
        probability=0.2,
        changed_by="treatment",
    )
    view = _view("dyspnoea, cancer", age=66, sex="Male")
    possible, _ = check(_plan(heparin), view, [pe])
    assert [b.gate for b in possible.blocked] == ["treatment_threshold"]
    likely, _ = check(
        _plan(heparin), view, [pe.model_copy(update={"probability": 0.7})]
    )
    assert any("heparin" in o.name for o in likely.orders)


def test_allergy_to_a_trigger_never_blocks_the_treatment_named_after_it() -> None:
    """'Allergic reaction to bee sting, treated with epinephrine': epinephrine stays."""
    classes, words = allergy_classes(
        ["Allergic reaction to bee sting last year, treated with epinephrine."]
    )
    assert "epinephrine" not in words and not classes
    epi = Order(kind="medication", name="epinephrine 0.5 mg IM", reason="anaphylaxis")
    view = _view("Allergic reaction to bee sting, treated with epinephrine", age=30)
    checked, _ = check(_plan(epi), view, [])
    assert any("epinephrine" in o.name for o in checked.orders)
