"""Shared helpers for additive decision rules (internal)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agents.offline.rules._esi_risk import avpu
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import RuleResult

Scalar = float | int | bool | str | None


@dataclass
class Tally:
    """Accumulates points; missing items widen the possible score range.

    An item counts ``points`` when true, 0 when false; a missing item counts 0 in the
    reported score but ``max_points`` in the upper bound, so a rule can say whether the
    missing inputs could change its category.
    """

    inputs: dict[str, Scalar] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    score: float = 0.0
    upper: float = 0.0
    lower: float = 0.0

    def add(
        self, name: str, value: bool | None, points: float, shown: Scalar = None
    ) -> None:
        """Add one criterion: True scores, False does not, None is missing."""
        self.inputs[name] = value if shown is None else shown
        if value is None:
            self.missing.append(name)
            if points > 0:
                self.upper += points
            else:
                self.lower += points
        elif value:
            self.score += points
            self.upper += points
            self.lower += points

    def add_points(
        self, name: str, points: float | None, max_points: float, shown: Scalar = None
    ) -> None:
        """Add a graded item (0..max_points); None is missing."""
        self.inputs[name] = points if shown is None else shown
        if points is None:
            self.missing.append(name)
            self.upper += max_points
        else:
            self.score += points
            self.upper += points
            self.lower += points

    def result(
        self, name: str, source: str, categorise: Callable[[float], str]
    ) -> RuleResult:
        """Build the RuleResult; not applicable when the range spans categories."""
        cat = categorise(self.score)
        stable = categorise(self.upper) == cat and categorise(self.lower) == cat
        text = (
            cat
            if stable
            else (
                f"{cat} on documented inputs; missing {', '.join(self.missing)} could "
                f"change it (range {self.lower:g}-{self.upper:g})"
            )
        )
        return RuleResult(
            name=name,
            source=source,
            inputs=self.inputs,
            missing=tuple(self.missing),
            score=self.score,
            interpretation=text,
            applicable=stable,
        )


def flag(facts: ClinicalFacts, *concepts: str, known: bool = False) -> bool | None:
    """Tri-state status over several synonymous concepts.

    True if any is present (or known, when ``known``), False if any is denied and none
    present, None when none is documented.
    """
    if any(facts.known(c) if known else facts.has(c) for c in concepts):
        return True
    if any(facts.denied(c) for c in concepts):
        return False
    return None


def doc_or_false(value: bool | None) -> bool:
    """History items: not documented counts as absent (reported as None in inputs)."""
    return bool(value)


def gcs(facts: ClinicalFacts) -> float | None:
    """GCS from the note, or 15 when documented alert and oriented with no AMS."""
    if "gcs" in facts.measurements:
        return facts.measurements["gcs"]
    if facts.has("alert_oriented") and not facts.has("altered_mental_status"):
        return 15.0
    return None


def altered(facts: ClinicalFacts) -> bool | None:
    """Altered mentation: GCS < 15, AVPU below A, or AMS/confusion documented."""
    g = facts.measurements.get("gcs")
    if g is not None and g < 15:
        return True
    amt = flag(facts, "altered_mental_status", "confusion", "unresponsive")
    level = avpu(facts)
    if amt or level in ("V", "P", "U"):
        return True
    if facts.has("alert_oriented") or g == 15 or level == "A":
        return False
    return amt
