"""infect51 (session 51): the readers of a pulsatile groin swelling, a bite of the
hand or gone infected, an ankle-brachial index, and the picture gate on incising a
pulsatile groin swelling (Tintinalli 9th ed. ch. 291 and ch. 46; ESC/ESVS 2017 PAD)."""

from __future__ import annotations

from agents import picture_gates
from agents.offline.rules._abpi import abpi_pad_spans
from agents.offline.rules._bite_site import bite_spans
from agents.offline.rules.groin_pulse_words import pulsatile_groin_spans
from agents.schemas import Order


def _concepts(spans: list[tuple[str, int, int]]) -> set[str]:
    return {c for c, _, _ in spans}


def test_a_pulsatile_groin_swelling_is_read_in_its_sentence_or_the_next() -> None:
    assert pulsatile_groin_spans(
        "A painful lump in the right groin, pulsatile, with a bruit."
    )
    text = "Red swelling in the left groin. On examination a fluctuant mass, pulsatile."
    assert pulsatile_groin_spans(text)


def test_a_pulsatile_mass_elsewhere_is_no_groin_swelling() -> None:
    assert not pulsatile_groin_spans(
        "Pulsatile epigastric mass. Groin pain after lifting."
    )
    assert not pulsatile_groin_spans("Throbbing red swelling in the groin.")


def test_a_bite_of_the_hand_and_an_infected_bite_are_read() -> None:
    spans = bite_spans(
        "His cat bit the back of his right hand yesterday. Now red and swollen."
    )
    assert _concepts(spans) == {"bite_hand", "bite_infected"}
    assert "bite_infected" in _concepts(bite_spans("An infected dog bite of the calf."))


def test_a_fresh_bite_is_not_read_as_infected() -> None:
    spans = bite_spans(
        "Bitten by a dog on the forearm an hour ago, two puncture wounds, swollen."
    )
    assert "bite_infected" not in _concepts(spans)
    assert not bite_spans("A bit tender over the hand.")


def test_an_abpi_of_090_or_less_is_pad() -> None:
    assert abpi_pad_spans("ABPI 0.5.")
    assert abpi_pad_spans("ankle-brachial index of 0.72 on the left")
    assert not abpi_pad_spans("ABPI 1.1, ABI 0.95")


def test_a_pulsatile_groin_swelling_withholds_incision() -> None:
    picture = picture_gates.Picture(pulsatile_groin=True)
    incise = Order(kind="procedure", name="incision and drainage", reason="abscess")
    gated = picture_gates.gate(incise, picture)
    assert gated is not None and gated[0] == "contraindication"
    assert picture_gates.gate(incise, picture_gates.NOTHING) is None
    scan = Order(kind="diagnostic", name="duplex ultrasound of the groin", reason="x")
    assert picture_gates.gate(scan, picture) is None
