"""infect54: the readers changed this session, called directly (no graph).

ICD-10-CM FY2024 I.C.19.b: a bite is an open wound coded by its site. WHO 2009 dengue /
ACDP VHF 2015 (2023): bleeding gums are a mucosal ooze, not blood loss. Lalloo DG et al.
UK malaria guidelines 2016: three negative films exclude malaria, one does not.
"""

from __future__ import annotations

from agents.offline.rules._wound_site import wound_site_spans
from agents.pathways_acute import blood_loss_now
from agents.pathways_medical import _FILMS_NEGATIVE_X3


def test_a_bite_is_a_wound_of_its_site() -> None:
    assert [s for s, _, _ in wound_site_spans("Bitten on the left calf by a dog.")] == [
        "wound_lower_leg"
    ]
    assert [s for s, _, _ in wound_site_spans("Dog bite to the right forearm.")] == [
        "wound_forearm"
    ]


def test_biting_down_is_no_wound() -> None:
    assert wound_site_spans("He bites down on the gauze with his hand on it.") == []


def test_gums_bleeding_are_no_blood_loss() -> None:
    assert not blood_loss_now(["Fever for 2 days. Gums bleeding this morning."])
    assert blood_loss_now(["Vomiting blood this morning."])


def test_three_negative_films_not_one() -> None:
    assert _FILMS_NEGATIVE_X3.search("Malaria films negative x3.")
    assert _FILMS_NEGATIVE_X3.search("three negative blood films")
    assert not _FILMS_NEGATIVE_X3.search("Malaria film negative x1.")
