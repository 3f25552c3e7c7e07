"""Naloxone, and the observation after it, follow what the patient needs and got.

Naloxone treats opioid-associated respiratory depression: it is titrated to the
breathing, not given to wake an alert patient who breathes normally (Boyer EW. NEJM
2012;367:146; ACMT/AACT position statement on naloxone; Lavonas EJ et al. AHA 2020
opioid-associated emergencies: a suspected opioid overdose with a pulse and abnormal
breathing). Depressed breathing is read from a measured rate below 12/min (Hoffman JR
et al. Ann Emerg Med 1991;20:246: RR <= 12 predicted the response to naloxone) or
from the documented words (apnoea, agonal or shallow breathing, respiratory
depression, unresponsive with pinpoint pupils). Otherwise the order waits for them.

The observation of at least 4 h after the last dose (re-sedation as naloxone wears
off: Boyer 2012; Clarke SF et al. Emerg Med J 2005;22:612) is unconditional only when
naloxone was given or is given now; otherwise it says so.

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents._text import asserted
from agents.schemas import Order
from cases.rx import word_start

__all__ = ["BREATHING_FIRST", "GIVEN_FIRST", "stage", "waiting_last"]

DEPRESSED_RR: Final = 12.0
_NALOXONE: Final = re.compile(r"(?i)^\s*naloxone\b")
_OBSERVE_AFTER: Final = re.compile(
    r"(?i)^\s*observe\b[^;]*\bafter (?:the )?last naloxone"
)
_STAGED: Final = re.compile(r"(?i)^\s*(?:only )?if\b")
_DEPRESSED: Final = word_start(
    r"apno\w*|apne\w*|agonal|respiratory depression|respiratory arrest|"
    r"hypoventilat\w*|shallow (?:breathing|respirations?)|not breathing|"
    r"(?:breathing|respirations?) (?:slow|shallow|depressed)\w*|"
    r"(?:pinpoint|miotic) pupils? (?:and|with) (?:\w+ )?unresponsive\w*|"
    r"unresponsive\w* (?:\w+ ){0,6}?(?:pinpoint|miotic) pupils?"
)
"""Breathing that naloxone treats, in words (Boyer 2012; Hoffman 1991)."""
_GIVEN: Final = word_start(
    r"(?:gave|given|administered|received|got|responded to|response to|"
    r"woke (?:up )?(?:with|after)|reversed with) (?:\w+ ){0,3}?(?:naloxone|narcan)|"
    r"(?:naloxone|narcan)\b[^.;]{0,40}\b(?:given|administered|by (?:paramedics|ems|"
    r"ambulance|bystanders?|police|friends?))"
)
"""Naloxone documented as already given (before arrival or in the department)."""
BREATHING_FIRST: Final = (
    "naloxone for respiratory depression (RR < 12, apnoea or shallow breathing with "
    "reduced consciousness), titrated to the breathing: none for an alert patient who "
    "breathes normally (Boyer EW. NEJM 2012; ACMT/AACT naloxone position statement; "
    "AHA 2020 opioid-associated emergencies)"
)
GIVEN_FIRST: Final = (
    "the observation after naloxone follows a dose given (re-sedation as naloxone "
    "wears off: Boyer EW. NEJM 2012; Clarke SF et al. Emerg Med J 2005;22:612)"
)


def depressed_breathing(texts: Sequence[str], rr: float | None) -> bool:
    """A measured rate below 12/min, or depressed breathing in the notes."""
    return (rr is not None and rr < DEPRESSED_RR) or asserted(_DEPRESSED, texts)


def stage(order: Order, texts: Sequence[str], rr: float | None) -> Order | None:
    """The naloxone order, or the observation after it, made conditional if needed."""
    if _STAGED.match(order.name):
        return None
    if order.kind == "medication" and _NALOXONE.match(order.name):
        if depressed_breathing(texts, rr):
            return None
        return order.model_copy(
            update={
                "name": "only if breathing becomes depressed (RR < 12, apnoea, or "
                f"shallow breathing with falling consciousness): {order.name}"
            }
        )
    if order.kind == "monitoring" and _OBSERVE_AFTER.match(order.name):
        if depressed_breathing(texts, rr) or asserted(_GIVEN, texts):
            return None
        return order.model_copy(update={"name": f"if naloxone is given: {order.name}"})
    return None


_WAITING: Final = re.compile(
    r"(?i)^\s*only if breathing becomes depressed\b|^\s*if naloxone is given:"
)


def waiting_last(orders: Sequence[Order]) -> list[Order]:
    """``orders`` with the naloxone orders that wait for depressed breathing moved last.

    infect48: a cold, drowsy man breathing 12/min with normal pupils had "only if
    breathing becomes depressed ...: naloxone trial" first in his plan, before the
    rewarming, glucose and ECG he needed now; an order held for a condition that has
    not happened is listed after what is done now (the order's own words unchanged).
    """
    now = [o for o in orders if not _WAITING.match(o.name)]
    return now + [o for o in orders if _WAITING.match(o.name)]
