"""Every pathway declares the diagnosis it acts on (or explicitly none)."""

from __future__ import annotations

from agents import pathway_dx, pathways
from agents.offline.knowledge.loader import load_knowledge
from agents.schemas import Evidence


def test_every_pathway_declares_its_diagnosis() -> None:
    names = [name for name, _ in pathways.PATHWAYS]
    assert len(names) == len(set(names)), "pathway names must be unique"
    missing = [n for n in names if n not in pathway_dx.ACTS_ON]
    assert not missing, f"pathways without an ActsOn declaration: {missing}"
    stale = [n for n in pathway_dx.ACTS_ON if n not in names]
    assert not stale, f"ActsOn declared for pathways that do not exist: {stale}"


def test_declared_diagnoses_are_in_the_knowledge_base() -> None:
    kb = load_knowledge()
    for name, acts in pathway_dx.ACTS_ON.items():
        assert acts, name
        for act in acts:
            if act.diagnosis is None:
                assert act.why, f"{name}: an explicit 'none' needs its reason"
            else:
                assert act.diagnosis in kb.diagnoses, f"{name}: {act.diagnosis}"


def test_verdict_evidence_is_typed_and_carries_the_criteria() -> None:
    fired = [
        (
            "incarcerated_hernia",
            [("general surgery emergently", "an incarcerated hernia (WSES 2017)")],
        ),
        ("tetanus", [("Tdap", "tetanus-prone wound (CDC ACIP)")]),
        (
            "temperature",
            [
                (
                    "active cooling now",
                    "temperature 41 with altered mentation after heat exposure or "
                    "exertion: heat stroke (WMS 2019)",
                )
            ],
        ),
    ]
    verdicts = pathway_dx.verdicts_of(fired)
    assert [v.diagnosis for v in verdicts] == ["incarcerated_hernia", "heat_stroke"]
    hernia = verdicts[0]
    assert hernia.strength == "defines"
    assert hernia.evidence.text.startswith("pathway criteria met:")
    assert "WSES 2017" in hernia.evidence.text
    assert pathway_dx.pathway_strength(hernia.evidence) == "defines"
    other = Evidence(kind="rule", rule="qsofa", text="x")
    assert pathway_dx.pathway_strength(other) is None


def test_a_pathway_that_did_not_fire_gives_no_verdict() -> None:
    assert pathway_dx.verdicts_of([("incarcerated_hernia", [])]) == ()


def test_cooling_without_heat_or_exertion_names_no_heat_stroke() -> None:
    """tox19: WMS 2019: without heat exposure or exertion the hyperthermia's cause is
    open (NMS, serotonin toxicity, a drug, sepsis): cooling, but no heat stroke."""
    fired = [
        (
            "temperature",
            [
                (
                    "active cooling now",
                    "temperature 40.4 with altered mentation with no heat exposure or "
                    "exertion documented: a drug-induced hyperthermia or infection "
                    "until shown otherwise (WMS 2019)",
                )
            ],
        )
    ]
    assert pathway_dx.verdicts_of(fired) == ()
