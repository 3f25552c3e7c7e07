"""infect53: the readers changed this session, called directly (no graph).

ACDP / UKHSA VHF risk assessment 2015 (2023): Guinea is a VHF area, Papua New Guinea is
not. NICE NG225 2022: an overdose taken on impulse is deliberate self-poisoning.
"""

from __future__ import annotations

from agents.offline.rules._travel import malaria_travel_spans, vhf_travel_spans
from agents.offline.rules.self_harm_intent import self_harm_intent_spans


def test_papua_new_guinea_is_no_vhf_area_but_a_malaria_one() -> None:
    text = "Returned from Papua New Guinea 10 days ago"
    assert vhf_travel_spans(text) == []
    assert malaria_travel_spans(text) != []


def test_guinea_and_equatorial_guinea_are_vhf_areas() -> None:
    assert vhf_travel_spans("Returned from Conakry, Guinea, 9 days ago") != []
    assert vhf_travel_spans("back from Equatorial Guinea last week") != []


def test_an_overdose_on_impulse_is_self_harm_intent() -> None:
    assert self_harm_intent_spans("After a row she took 20 tablets on impulse.")
    assert self_harm_intent_spans("He impulsively swallowed his pills.")


def test_impulse_without_an_ingestion_is_no_self_harm_intent() -> None:
    assert not self_harm_intent_spans("He bought a car on impulse.")
