"""A stated usual oxygen saturation, and a triage SpO2 at it (private to the rules).

ESI v4 handbook ch.6: at decision point D the nurse *considers* ESI 2 for an SpO2
below 92 %; a saturation that is the patient's known usual one is no new danger.
People with chronic lung disease at risk of hypercapnia live at and are treated to
88-92 % (O'Driscoll BR et al. BTS guideline for oxygen use in adults 2017; RCP NEWS2
2017 SpO2 scale 2). A saturation below ``USUAL_FLOOR`` is hypoxaemia whatever the
usual one (BTS 2017: below 88 % needs oxygen).
"""

from __future__ import annotations

import re
from typing import Final

USUAL_FLOOR: Final = 88.0
"""SpO2 below which no stated usual saturation excuses it (BTS 2017 target floor)."""

_SAT: Final = r"(?:oxygen saturations?|o2 sat\w*|saturations?|sats?|spo2|pulse ox\w*)"
_VALUE: Final = (
    r"(?P<low>[89]\d)(?: ?%)?(?: ?(?:-|to|–) ?(?P<high>[89]\d|100))? ?%?(?![0-9])"
)
_USUAL: Final = tuple(
    re.compile(r"(?i)(?<![a-z])" + form + _VALUE)
    for form in (
        rf"(?:usual|baseline|normal|habitual) {_SAT}(?: \w+){{0,3}}? (?:is |of |runs? "
        r"|sits? |around |about |at |between |: ?)*",
        rf"{_SAT} (?:\w+ )?(?:usually|normally|always|typically|habitually"
        r"|chronically) (?:runs? |is |are |sits? |stays? |around |about |at "
        r"|between )*",
        r"(?:her|his|their|the patient'?s) (?:usual|baseline)(?: is| of)? ",
    )
)
"""A saturation stated as the usual one: "her usual oxygen saturation is 91%",
"baseline SpO2 of 90%", "sats always run 90-92%", "SpO2 91% (her usual 90-92%)"."""
_VALUE_THEN_USUAL: Final = re.compile(
    rf"(?i)(?<![a-z]){_SAT}:? ?(?P<low>[89]\d) ?%(?: on (?:(?:\d+(?:\.\d+)? ?l(?:/min)?"
    r"|room air|her home oxygen|his home oxygen|home oxygen|oxygen)))?,? (?:which is "
    r"|that is |at )?(?:her|his|their) (?:usual|baseline)(?![a-z])"
)
"""The value first, called the usual one after it ("SpO2 91% on 2 L, her usual": esi34;
BTS 2017 target range 88-92 % in chronic hypercapnic lung disease)."""


def usual_spo2(text: str | None) -> float | None:
    """The lower bound of the usual saturation the text states, if any."""
    if not text:
        return None
    found = [m for rx in (*_USUAL, _VALUE_THEN_USUAL) if (m := rx.search(text))]
    if not found:
        return None
    return float(min(found, key=lambda m: m.start()).group("low"))


def at_usual_saturation(spo2: float | None, text: str | None) -> bool:
    """Whether a triage SpO2 below 92 % is the patient's stated usual one.

    True when a usual saturation is stated, the SpO2 is at or above its lower
    bound, and the SpO2 is not below ``USUAL_FLOOR``.
    """
    if spo2 is None or spo2 >= 92 or spo2 < USUAL_FLOOR:
        return False
    usual = usual_spo2(text)
    return usual is not None and spo2 >= usual
