"""infect50: the readers of an infected traumatic wound, a puncture of the foot, and
bone in a toe-tip ulcer (IDSA SSTI 2014; Tintinalli 9th ed. ch. 47; IWGDF/IDSA 2023)."""

from __future__ import annotations

from agents.offline.rules._bone_seen import open_digit_spans
from agents.offline.rules._foot_puncture import foot_puncture_spans
from agents.offline.rules._wound_infection import traumatic_wound_infected_spans


def _present(text: str, start: int, end: int) -> bool:
    return "no " not in text[max(0, start - 12) : start].lower()


def _infected(text: str) -> bool:
    return bool(traumatic_wound_infected_spans(text, _present))


def test_a_cut_worded_red_or_purulent_is_an_infected_wound() -> None:
    assert _infected(
        "Small cut on the shin 5 days ago. Erythema 3 cm around the wound."
    )
    assert _infected("Laceration sutured 4 days ago. Pus oozing between the sutures.")
    assert _infected("Grazed knee last week, the graze is now red and weeping.")


def test_a_fresh_clean_cut_is_not_infected() -> None:
    assert not _infected("3 cm clean laceration to the palm, bleeding controlled.")
    assert not _infected("Cut his finger an hour ago, the wound edges are clean.")


def test_an_operation_or_a_bite_is_read_elsewhere() -> None:
    assert not _infected("Appendicectomy 6 days ago, cut healing; the wound is red.")
    assert not _infected("Dog bite cut on the hand, the wound is now red and swollen.")


def test_a_sharp_object_into_the_foot_is_a_puncture_of_the_foot() -> None:
    assert foot_puncture_spans("Stood on a rusty nail this morning.")
    assert foot_puncture_spans("A garden fork went through his boot into the sole.")
    assert foot_puncture_spans("Puncture wound to the heel of the left foot.")


def test_a_nail_elsewhere_is_no_foot_puncture() -> None:
    assert not foot_puncture_spans("Nail gun injury to the left hand.")
    assert not foot_puncture_spans("Walked into a glass door, cut forehead.")
    assert not foot_puncture_spans("Ingrown toenail on the right big toe.")


def test_bone_in_a_toe_tip_ulcer_is_no_open_digit_fracture() -> None:
    assert not open_digit_spans("Ulcer on the tip of the second toe, bone visible.")
    assert open_digit_spans("The fingertip is split with bone visible.")
