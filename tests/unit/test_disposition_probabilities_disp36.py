"""disp36: disposition probabilities from the evidence, without template numbers.

The admitted mass is split by the ledger's whole mix of usual dispositions (a rare
theatre diagnosis gets its own small share), and an escalation's choice takes the
mass of the dispositions its reason rules out (no fixed lift).
"""

from __future__ import annotations

from agents.offline.disposition import _with_choice, admitted_split


def test_a_rare_theatre_entry_gets_its_own_share_of_the_admitted_mass() -> None:
    """A 0.5 % haemorrhagic-shock entry on a nosebleed's ledger: theatre ~0.5 %."""
    split = admitted_split(
        {
            "Discharge": 0.983,
            "Observation": 0.0,
            "Admit": 0.012,
            "Send to L&D": 0.0,
            "OR Admit": 0.005,
        }
    )
    assert abs(split["OR Admit"] - 0.005) < 1e-9
    assert abs(sum(split.values()) - 1.0) < 1e-9


def test_without_a_ledger_the_admitted_mass_is_a_general_admission() -> None:
    """No diagnosis to split it by: no invented observation share."""
    split = admitted_split(dict.fromkeys(("Discharge", "Observation", "Admit"), 0.0))
    assert split["Admit"] == 1.0
    assert split["Observation"] == 0.0


def test_an_escalation_takes_the_mass_of_what_it_rules_out() -> None:
    """Observation imposed over a discharge forecast: Discharge's mass moves to it."""
    probs = _with_choice(
        {"Discharge": 0.6, "Observation": 0.1, "Admit": 0.3, "OR Admit": 0.0},
        "Observation",
    )
    assert probs["Discharge"] == 0.0
    assert probs["Observation"] == 0.7
    assert probs["Admit"] == 0.3
