"""A stated overdose, passive ideation and a child's opioid (tox31).

Sources: AACT/EAPCCT and Goldfrank's 11th ed. ch. 4 (the work-up of any overdose);
FDA ondansetron labelling 2014 (serotonin syndrome) and drug safety communication 2012
(QT); ASQ and C-SSRS question 1 (a wish to be dead is suicidal ideation); Sachdeva &
Stadnyk 2005 and Hayes 2008 (a toddler's opioid); PCCS 2021 (GCS <= 12 in a child).
"""

from __future__ import annotations

from agents.offline.rules.child_ingestion import CHILD_OPIOID_INGESTION
from agents.offline.rules.passive_ideation import passive_ideation_spans
from agents.order_safety import check, drug_classes
from agents.pathways_overdose import overdose_agents, qt_overdose, serotonergic_overdose
from agents.schemas import Order, TreatmentResult
from cases.models import Case, Demographics
from cases.views import StageView, build_view

ONDANSETRON = Order(kind="medication", name="ondansetron 4 mg IV", reason="nausea")


def _view(text: str) -> StageView:
    case = Case(
        patient_id="p",
        encounter_id="e",
        demographics=Demographics.model_validate({"age": 22, "sex": "Female"}),
        chief_complaint="NAUSEA",
        one_liner=text,
        ed_note=text,
    )
    return build_view(case, "treatment")


def test_the_agent_is_read_in_the_sentence_of_the_overdose() -> None:
    got = overdose_agents(("Took 30 tablets of sertraline this morning.",))
    assert got is not None and [a.label for a in got] == ["SSRI"]
    # the regular medication in another sentence is not the overdose's agent
    got = overdose_agents(("On sertraline for years. Took 20 paracetamol tablets.",))
    assert got is not None and [a.label for a in got] == ["paracetamol"]
    assert overdose_agents(("Takes sertraline 50 mg daily.",)) is None
    assert overdose_agents(("Denies any overdose.",)) is None


def test_ondansetron_is_a_5ht3_antagonist_for_the_gate() -> None:
    assert "5ht3_antagonist" in drug_classes("ondansetron 4 mg ODT")


def test_serotonergic_and_qt_flags() -> None:
    assert serotonergic_overdose(("took 25 tablets of citalopram",))
    assert qt_overdose(("took 25 tablets of citalopram",))
    assert qt_overdose(("overdose of amitriptyline",))
    assert not serotonergic_overdose(("took 20 tablets of metoprolol",))
    # the regular SSRI in another sentence does not make a beta-blocker overdose one
    assert not qt_overdose(("On citalopram. Took 20 tablets of metoprolol.",))


def test_ondansetron_is_withheld_in_a_serotonergic_overdose() -> None:
    plan = TreatmentResult(working_diagnosis=None, orders=(ONDANSETRON,))
    view = _view("Took 30 tablets of her sertraline 3 hours ago. Nauseated.")
    checked, _ = check(plan, view, [])
    assert not any("ondansetron" in o.name for o in checked.orders)
    assert checked.blocked and "overdose" in checked.blocked[0].reason
    plain = _view("Nausea after a takeaway meal. No ingestion.")
    checked, _ = check(plan, plain, [])
    assert any("ondansetron" in o.name for o in checked.orders)


def test_passive_ideation_wordings() -> None:
    for text in (
        "having thoughts of dying",
        "says 'I wish I were dead'",
        "feels her family would be better off if she were dead",
        "wishes he could go to sleep and not wake up",
        "says life is not worth living",
    ):
        assert passive_ideation_spans(text), text
    for text in ("afraid of dying during the panic attack", "better off at home"):
        assert not passive_ideation_spans(text), text


def test_a_childs_opioid_ingestion_wordings() -> None:
    assert CHILD_OPIOID_INGESTION.search(
        "found chewing her father's buprenorphine film"
    )
    assert CHILD_OPIOID_INGESTION.search("drank from grandmother's methadone bottle")
    assert CHILD_OPIOID_INGESTION.search("suspected oxycodone ingestion")
    assert not CHILD_OPIOID_INGESTION.search("mother is on methadone maintenance")
