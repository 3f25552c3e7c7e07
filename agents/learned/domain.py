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

_TINY: Final = 1e-3
"""Typical distances below this count as zero (rounding in the distance)."""
_CHUNK: Final = 256
"""Rows per block when partitioning a distance matrix."""
_ELEMENTWISE: Final = 8
"""Up to this many queries, distances are computed element-wise (no BLAS call)."""

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


def knn_distances(points: FloatArray, queries: FloatArray, k: int) -> FloatArray:
    """Mean Euclidean distance of each query to its ``k`` nearest ``points``.

    Plain numpy on purpose: scikit-learn's threaded neighbour search, and threaded
    BLAS for a single query, spin-wait on a busy machine (measured 100-300 ms per
    visit against 0.2 ms element-wise). Many queries (fitting) use one matrix
    product.
    """
    if len(queries) <= _ELEMENTWISE:
        diff = queries[:, None, :] - points[None, :, :]
        dist = np.sqrt((diff * diff).sum(axis=2))
    else:
        centre = points.mean(axis=0)  # smaller norms, less cancellation
        points, queries = points - centre, queries - centre
        sq = (
            (queries**2).sum(axis=1)[:, None]
            + (points**2).sum(axis=1)[None, :]
            - 2.0 * queries @ points.T
        )
        dist = np.sqrt(np.maximum(sq, 0.0))
    k = min(k, points.shape[0])
    nearest = np.partition(dist, k - 1, axis=1)[:, :k]
    return np.asarray(nearest.mean(axis=1), dtype=np.float64)


def loo_distances(points: FloatArray, k: int = DOMAIN_K) -> FloatArray:
    """Mean distance of every row to its ``k`` nearest *other* rows."""
    return _loo_from_squared(_squared_distances(points), k)


def _squared_distances(points: FloatArray, dedupe: bool = False) -> FloatArray:
    """All pairwise squared Euclidean distances of ``points`` (one matrix product).

    With ``dedupe`` the product runs over the distinct rows only and is spread back
    (complaint embeddings: visits share a handful of complaint texts).
    """
    if dedupe:
        distinct, inverse = np.unique(points, axis=0, return_inverse=True)
        if len(distinct) < len(points):
            inverse = inverse.reshape(-1)
            sq_distinct = _squared_distances(distinct)
            return np.asarray(sq_distinct[np.ix_(inverse, inverse)], dtype=np.float64)
    centred = points - points.mean(axis=0)  # smaller norms, less cancellation
    norms = (centred**2).sum(axis=1)
    sq = np.asarray(centred @ centred.T, dtype=np.float64)
    # in place: four n x n temporaries fewer on 4,000 visits (128 MB each)
    sq *= -2.0
    sq += norms[:, None]
    sq += norms[None, :]
    np.maximum(sq, 0.0, out=sq)
    return sq


def _loo_from_squared(sq: FloatArray, k: int) -> FloatArray:
    """Leave-one-out mean distance to the ``k`` nearest other rows.

    Each row's nearest point is itself at distance 0 (a duplicate is 0 too, so the
    ``k + 1`` nearest include one zero either way).
    """
    m = min(k + 1, sq.shape[0])
    out = np.empty(sq.shape[0], dtype=np.float64)
    for start in range(0, sq.shape[0], _CHUNK):  # row blocks stay in cache
        block = np.partition(sq[start : start + _CHUNK], m - 1, axis=1)[:, :m]
        out[start : start + _CHUNK] = np.sqrt(block).sum(axis=1) / k
    return out


@dataclass(frozen=True)
class DomainModel:
    """A fitted domain check: transform, training points and their LOO distances."""

    transform: Any
    points: FloatArray
    train_distances: FloatArray
    k: int = DOMAIN_K

    def distances(self, x: FloatArray) -> FloatArray:
        """Mean distance of each row of ``x`` to its ``k`` nearest training rows."""
        return knn_distances(self.points, self.transform.transform(x), self.k)

    def threshold(self, alpha: float) -> float:
        """The ``1 - alpha`` quantile of the training rows' LOO distances."""
        return float(np.quantile(self.train_distances, 1.0 - alpha))


def _balance(structured: FloatArray, complaint: FloatArray) -> float:
    """Complaint-block weight giving both blocks the same typical LOO distance.

    The median, or the mean when most visits share their complaint text with their
    neighbours (median 0); 1 when the complaints are all alike.
    """
    for stat in (np.median, np.mean):
        d_s, d_c = float(stat(structured)), float(stat(complaint))
        if d_c > _TINY and d_s > _TINY:
            return d_s / d_c
    return 1.0


def fit_domain(x: FloatArray, n_structured: int, k: int = DOMAIN_K) -> DomainModel:
    """Fit the domain check on training rows (structured columns first).

    Args:
        x: Training feature matrix (:func:`agents.learned.features.feature_matrix`).
        n_structured: Number of structured columns.
        k: Neighbours averaged in the distance.

    Returns:
        The fitted check (choose the threshold with :meth:`DomainModel.threshold`).
    """
    if len(x) <= k + 1:
        raise ValueError(
            f"domain check: {len(x)} training rows, need more than {k + 1}"
        )
    unweighted = _transform(n_structured, x.shape[1], 1.0).fit(x)
    points = unweighted.transform(x)
    n_s = points.shape[1] - (x.shape[1] - n_structured)
    # the blocks' squared distances add up: computed once per block, the
    # weighted space's leave-one-out distances need no third matrix product
    sq_s = _squared_distances(points[:, :n_s])
    sq_c = _squared_distances(points[:, n_s:], dedupe=True)
    weight = _balance(_loo_from_squared(sq_s, k), _loo_from_squared(sq_c, k))
    sq_s += weight * weight * sq_c
    del sq_c
    transform = _transform(n_structured, x.shape[1], weight).fit(x)
    points = np.asarray(transform.transform(x), dtype=np.float64)
    return DomainModel(transform, points, _loo_from_squared(sq_s, k), k)


class DomainCheck:
    """A loaded domain check with its threshold (what the tool consults)."""

    def __init__(
        self, transform: Any, points: FloatArray, threshold: float, k: int = DOMAIN_K
    ) -> None:
        """Wrap the artifact's fitted transform, training points and threshold.

        The fitted transform's parameters are read out once so that a visit is
        mapped with a few numpy operations (the ColumnTransformer call costs
        ~10 ms per visit on a busy machine); :meth:`project` equals
        ``transform.transform`` (tested).
        """
        self.transform = transform
        self.points = np.asarray(points, dtype=np.float64)
        self.threshold = float(threshold)
        self.k = k
        structured = transform.named_transformers_["structured"]
        union, scaler = structured.steps[0][1], structured.steps[-1][1]
        imputer = union.transformer_list[0][1]
        self._n = len(imputer.statistics_)
        self._fill = np.nan_to_num(np.asarray(imputer.statistics_, dtype=np.float64))
        self._mean = np.asarray(scaler.mean_, dtype=np.float64)
        self._scale = np.asarray(scaler.scale_, dtype=np.float64)
        weights = transform.transformer_weights or {}
        self._w_structured = float(weights.get("structured", 1.0))
        self._w_complaint = float(weights.get("complaint", 1.0))

    def project(self, x: FloatArray) -> FloatArray:
        """Map feature rows into the check's space (same as the fitted transform)."""
        s = x[:, : self._n]
        missing = np.isnan(s)
        filled = np.where(missing, self._fill, s)
        z = (np.hstack([filled, missing]) - self._mean) / self._scale
        c = x[:, self._n :]
        norm = np.linalg.norm(c, axis=1, keepdims=True)
        unit = np.divide(c, norm, out=np.zeros_like(c), where=norm > 0)
        return np.hstack([self._w_structured * z, self._w_complaint * unit])

    def check(self, x: FloatArray) -> list[DomainResult]:
        """Return the distance and threshold of every row of ``x``."""
        dist = knn_distances(self.points, self.project(x), self.k)
        return [DomainResult(float(d), self.threshold) for d in dist]
