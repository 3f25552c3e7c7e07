"""When a measured osmolar gap points to a toxic alcohol.

Research software, not for clinical use. An osmolar gap above 10 mOsm/kg is
non-specific: ethanol, alcoholic and diabetic ketoacidosis, lactic acidosis and renal
failure raise it to 10-25 (Kraut JA, Kurtz I. Clin J Am Soc Nephrol 2008;3:208;
Schelling JR et al. Ann Intern Med 1990;113:580: alcoholic ketoacidosis), so ethanol
is subtracted first (mg/dL / 3.7: Purssell RA et al. Ann Emerg Med 2001;38:653;
Goldfrank's 11th ed. ch. 106) and the remaining gap suggests methanol or ethylene
glycol only when it is high (> 25) or sits beside a high-anion-gap acidosis that
ketosis does not explain (AACT: Barceloux DG et al. J Toxicol Clin Toxicol 2002;
EXTRIP 2015). A raised lactate does not explain it away: glycolate reads as lactate
on many analysers (ethylene glycol's "lactate gap"). A stated ingestion is read by
the text elsewhere, whatever the gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from agents.offline.rules.results import LabResult

__all__ = [
    "ANION_GAP_HIGH",
    "BICARBONATE_LOW",
    "ETHANOL_MG_DL_PER_MOSM",
    "KETOACIDOSIS_KETONES",
    "suggestive_gap",
]

GAP_RAISED: Final = 10.0
"""mOsm/kg above which a gap is raised at all (Kraut & Kurtz 2008)."""
GAP_HIGH: Final = 25.0
"""mOsm/kg above which a gap alone suggests a toxic alcohol: ketoacidosis and lactic
acidosis rarely raise it further (Kraut & Kurtz 2008)."""
ETHANOL_MG_DL_PER_MOSM: Final = 3.7
"""Serum ethanol (mg/dL) per mOsm/kg of osmolar gap (Purssell 2001)."""
ANION_GAP_HIGH: Final = 12.0
"""mmol/L above which the anion gap is high (Kraut JA, Madias NE. CJASN 2007)."""
BICARBONATE_LOW: Final = 18.0
"""mmol/L at or below which bicarbonate is low (ADA 2024 hyperglycaemic crises)."""
KETOACIDOSIS_KETONES: Final = 3.0
"""Blood beta-hydroxybutyrate (mmol/L) of a ketoacidosis (ADA 2024 consensus)."""


def suggestive_gap(results: Sequence[LabResult]) -> LabResult | None:
    """The osmolar gap result that suggests a toxic alcohol, if any.

    The largest stated gap, less the smallest stated ethanol's share, is above
    ``GAP_HIGH``, or above ``GAP_RAISED`` with an acidosis ketosis does not explain.
    """
    gaps = [r for r in results if r.analyte == "osmolar_gap" and not r.below]
    if not gaps:
        return None
    worst = max(gaps, key=lambda r: r.value)
    ethanol = min((r.value for r in results if r.analyte == "ethanol"), default=0.0)
    gap = worst.value - ethanol / ETHANOL_MG_DL_PER_MOSM
    if gap > GAP_HIGH or (gap > GAP_RAISED and _unexplained_acidosis(results)):
        return worst
    return None


def _unexplained_acidosis(results: Sequence[LabResult]) -> bool:
    """A high anion gap (or a low bicarbonate with no gap stated) without ketosis."""
    gaps = [r.value for r in results if r.analyte == "anion_gap"]
    acidosis = any(g > ANION_GAP_HIGH for g in gaps) or (
        not gaps
        and any(
            r.analyte == "bicarbonate" and r.value <= BICARBONATE_LOW for r in results
        )
    )
    ketosis = any(
        r.analyte == "ketones" and r.value >= KETOACIDOSIS_KETONES and not r.below
        for r in results
    )
    return acidosis and not ketosis
