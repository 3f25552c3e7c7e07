"""The words of a habitual low blood pressure: one source for every reader.

"Says her blood pressure is always low", "known low BP", "baseline systolic 85": the
patient's usual pressure, which with a normal heart rate and no sign of hypoperfusion
or blood loss is rechecked, not treated as shock (ESI v4 handbook ch.3 and ch.6: level
1 is hypotension *with* signs of hypoperfusion; decision point D reads HR, RR and
SpO2). Read by ESI decision point B (``_esi_lsi.well_low_blood_pressure``) and the
resuscitation pathway (``agents.pathways.resuscitation``). Research software, not for
clinical use.
"""

from __future__ import annotations

from typing import Final

__all__ = ["KNOWN_LOW_BP"]

KNOWN_LOW_BP: Final = (
    r"(?:blood pressure|bp)(?: \w+){0,2} (?:always|usually|normally|often|naturally)"
    r"(?: \w+){0,2} low|(?:blood pressure|bp) (?:runs|running) low"
    r"|(?:usual|baseline|normal|known) (?:low )?(?:bp|blood pressure|systolic)"
    r"|(?:known|chronic(?:ally)?|constitutional(?:ly)?) (?:low blood pressure"
    r"|hypotension|hypotensive)|low blood pressure is normal for (?:her|him|them)"
)
"""A stated habitual low blood pressure (regex body)."""
