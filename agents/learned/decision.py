"""Decision rules on calibrated probabilities (shared by fitting and inference).

Acuity: the level with the least expected cost under a cost matrix in which calling a
visit less urgent than it is (under-triage) costs ``under_weight`` times more per
level than calling it more urgent (over-triage). The fit chooses ``under_weight`` so
that cross-validated under-triage, after the ESI decision-point floor, does not rise
above the rules'. Disposition: admit when the calibrated probability of admission
reaches ``threshold``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

ACUITY_LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)
ACUITY_TOOL: Final = "Learned acuity model"
"""Name of the learned acuity model's decision-tool result."""
DISPOSITION_TOOL: Final = "Learned disposition model"
"""Name of the learned admission model's decision-tool result."""
HANDBOOK_FLOOR: Final = "handbook"
"""Floor policy of a model fitted for the ESI handbook's split: only the mandatory
criteria (A; B high-risk situation, new confusion/lethargy/disorientation) floor its
answer; the "consider" criteria (severe pain, danger-zone vitals, vitals not
assessable) are its features (``esi_severe_pain``, ``danger_zone_vitals``,
``esi_floor``)."""
FULL_FLOOR: Final = "full"
"""Floor policy of a model held to every criterion the rules floor on."""


def cost_matrix(classes: Sequence[int], under_weight: float) -> npt.NDArray[np.float64]:
    """Return ``C[k, j]``: the cost of answering level ``k`` when the truth is ``j``.

    Levels are ESI-like (1 most urgent); ``k > j`` is under-triage.
    """
    c = np.zeros((len(classes), len(classes)))
    for a, k in enumerate(classes):
        for b, j in enumerate(classes):
            c[a, b] = (k - j) * under_weight if k > j else (j - k)
    return c


def decide_acuity(
    probs: npt.NDArray[np.float64], classes: Sequence[int], under_weight: float
) -> npt.NDArray[np.int64]:
    """Return the least-expected-cost level of every row of ``probs``.

    Args:
        probs: Calibrated probabilities, shape ``(n, len(classes))``.
        classes: The level of each column.
        under_weight: Cost of one level of under-triage relative to over-triage.

    Returns:
        The chosen level per row.
    """
    expected = probs @ cost_matrix(classes, under_weight).T
    levels: npt.NDArray[np.int64] = np.asarray(classes, dtype=np.int64)[
        np.argmin(expected, axis=1)
    ]
    return levels


def apply_floor(
    levels: npt.NDArray[np.int64], floors: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Raise each level to its ESI decision-point floor (never less urgent)."""
    return np.minimum(levels, floors)
