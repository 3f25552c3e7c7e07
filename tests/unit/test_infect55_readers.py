"""infect55: the readers changed this session, called directly (no graph).

Lalloo DG et al. UK malaria guidelines 2016: a stay in a malaria area told by any
travel word (a volunteer's, a swim), not a country of birth; BHIVA 2011: saturation
falling on walking; WHO 2022 cryptococcal disease: a positive blood CrAg, not a
pending one; BHIVA/BASHH PEP 2021, FSRH 2017: a condom failure within 72 h; ConText
(Harkema 2009): the subject of advice asked for is hypothetical.
"""

from __future__ import annotations

from agents.offline.rules._travel import malaria_travel_spans
from agents.offline.rules._worded_signs import worded_sign_spans
from agents.offline.rules.csf_organisms import serum_crag_positive
from agents.offline.rules.findings import context_status


def _signs(text: str) -> set[str]:
    return {c for c, _, _ in worded_sign_spans(text)}


def test_a_volunteers_stay_and_a_lake_swim_are_travel() -> None:
    assert malaria_travel_spans("Volunteered at a clinic in Malawi, home 2 weeks.")
    assert malaria_travel_spans("Swam in Lake Victoria in Uganda last month.")
    assert malaria_travel_spans("Visited family in Punjab, Pakistan.")


def test_a_country_of_birth_is_no_travel() -> None:
    assert not malaria_travel_spans("Born in Nigeria, has lived in Leeds for 25 years.")


def test_saturation_falling_on_walking_without_on() -> None:
    assert "exertional_desaturation" in _signs(
        "SpO2 93% at rest dropping to 84% walking 20 m."
    )
    assert "exertional_desaturation" not in _signs(
        "SpO2 97% at rest dropping to 95% walking."
    )


def test_a_condom_failure_within_72_hours() -> None:
    assert "sexual_exposure_recent" in _signs(
        "Condom split last night with a new partner."
    )
    assert "sexual_exposure_recent" not in _signs(
        "Unprotected sex with a new partner 3 weeks ago."
    )


def test_a_positive_blood_crag_not_a_pending_one() -> None:
    assert serum_crag_positive("CT normal. Serum CrAg positive.")
    assert serum_crag_positive("Serum cryptococcal antigen (lateral flow): positive.")
    assert not serum_crag_positive("Serum CrAg sent, result awaited.")
    assert not serum_crag_positive("Serum cryptococcal antigen negative.")


def test_advice_asked_about_is_hypothetical() -> None:
    text = "Wants advice on HIV and pregnancy."
    start = text.index("pregnancy")
    assert context_status(text, start, start + len("pregnancy")) != "present"
