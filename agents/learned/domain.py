"""Applicability domain of a fitted model: is this visit like the ones it was fitted on?

Research software, not for clinical use. A learned model should only speak on visits
like those it was fitted on. The check is a k-nearest-neighbour distance (the mean
distance to the ``k`` nearest training visits) in a space of two equally weighted
blocks:

- the structured features (median-imputed, with a missing-value indicator for
  *every* column, so a value that was never missing in training but is missing now
  counts as unusual), standardised;
- the complaint embedding (unit length), scaled so that its median leave-one-out
  neighbour distance on the training rows equals the structured block's.

The threshold is the ``1 - alpha`` quantile of the training rows' leave-one-out
distances (each row against the others), so a visit drawn like the training rows is
refused with probability about ``alpha``. ``alpha`` is chosen at fit time by
cross-validation on the training split (``evals.erreason.fit.choose_domain_alpha``).
Everything is a scikit-learn estimator, stored in the skops artifact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

DOMAIN_K: Final = 5
"""Neighbours averaged in the distance."""

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class DomainResult:
    """One visit's distance to the training visits and the fitted threshold."""

    distance: float
    threshold: float

    @property
    def inside(self) -> bool:
        """True when the visit is within the fitted domain (the model may speak)."""
        return self.distance <= self.threshold

    def describe(self) -> str:
        """The check in words, for the trace."""
        if self.inside:
            return (
                f"inside the fitted domain (distance {self.distance:.2f} <= "
                f"threshold {self.threshold:.2f})"
            )
        return (
            f"outside the fitted domain: not used (distance {self.distance:.2f} > "
            f"threshold {self.threshold:.2f})"
        )


def _transform(n_structured: int, n_total: int, complaint_weight: float) -> Any:
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import MissingIndicator, SimpleImputer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.preprocessing import Normalizer, StandardScaler

    structured = make_pipeline(
        make_union(
            SimpleImputer(strategy="median", keep_empty_features=True),
            MissingIndicator(features="all"),
        ),
        StandardScaler(),
    )
    return ColumnTransformer(
        [
            ("structured", structured, slice(0, n_structured)),
            ("complaint", Normalizer(), slice(n_structured, n_total)),
        ],
        transformer_weights={"structured": 1.0, "complaint": complaint_weight},
    )


def loo_distances(points: FloatArray, k: int = DOMAIN_K) -> FloatArray:
    """Mean distance of every row to its ``k`` nearest *other* rows."""
    from sklearn.neighbors import NearestNeighbors

    n = min(k + 1, len(points))
    dist, _ = (
        NearestNeighbors(n_neighbors=n, algorithm="brute").fit(points).kneighbors()
    )
    # kneighbors() without X already leaves each row itself out
    return np.asarray(dist[:, : n - 1].mean(axis=1), dtype=np.float64)


@dataclass(frozen=True)
class DomainModel:
    """A fitted domain check: transform, training points and the LOO distances."""

    transform: Any
    neighbours: Any
    train_distances: FloatArray
    k: int = DOMAIN_K

    def distances(self, x: FloatArray) -> FloatArray:
        """Mean distance of each row of ``x`` to its ``k`` nearest training rows."""
        dist, _ = self.neighbours.kneighbors(self.transform.transform(x))
        return np.asarray(dist.mean(axis=1), dtype=np.float64)

    def threshold(self, alpha: float) -> float:
        """The ``1 - alpha`` quantile of the training rows' LOO distances."""
        return float(np.quantile(self.train_distances, 1.0 - alpha))


def fit_domain(x: FloatArray, n_structured: int, k: int = DOMAIN_K) -> DomainModel:
    """Fit the domain check on training rows (structured columns first).

    Args:
        x: Training feature matrix (:func:`agents.learned.features.feature_matrix`).
        n_structured: Number of structured columns.
        k: Neighbours averaged in the distance.

    Returns:
        The fitted check (choose the threshold with :meth:`DomainModel.threshold`).
    """
    from sklearn.neighbors import NearestNeighbors

    if len(x) <= k + 1:
        raise ValueError(
            f"domain check: {len(x)} training rows, need more than {k + 1}"
        )
    unweighted = _transform(n_structured, x.shape[1], 1.0).fit(x)
    points = unweighted.transform(x)
    n_s = points.shape[1] - (x.shape[1] - n_structured)
    d_structured = float(np.median(loo_distances(points[:, :n_s], k)))
    d_complaint = float(np.median(loo_distances(points[:, n_s:], k)))
    weight = d_structured / d_complaint if d_complaint > 1e-9 else 1.0
    transform = _transform(n_structured, x.shape[1], weight).fit(x)
    points = transform.transform(x)
    neighbours = NearestNeighbors(n_neighbors=k, algorithm="brute").fit(points)
    return DomainModel(transform, neighbours, loo_distances(points, k), k)


class DomainCheck:
    """A loaded domain check with its threshold (what the tool consults)."""

    def __init__(self, transform: Any, neighbours: Any, threshold: float) -> None:
        """Wrap the artifact's fitted transform, neighbours and threshold."""
        self.transform = transform
        self.neighbours = neighbours
        self.threshold = float(threshold)

    def check(self, x: FloatArray) -> list[DomainResult]:
        """Return the distance and threshold of every row of ``x``."""
        dist, _ = self.neighbours.kneighbors(self.transform.transform(x))
        return [DomainResult(float(d), self.threshold) for d in dist.mean(axis=1)]
