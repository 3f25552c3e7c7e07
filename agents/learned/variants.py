"""Candidate estimators for the learned acuity and admission models (research use).

The fit's own estimator is ``evals.erreason.fit.make_estimator`` (logistic
regression); this module builds the alternatives measured against it by
``benchmarks.learned_variants`` (cross-validation on the training split only):
an ordinal (Frank-Hall cumulative) logistic regression, histogram gradient boosting,
and a character n-gram bag of the complaint text. Inputs are a DataFrame from
:func:`with_text`: the feature matrix's columns by position, then ``text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import numpy as np
import numpy.typing as npt

TEXT_COMPONENTS: Final = 8
NGRAM_FEATURES: Final = 300
"""Most frequent complaint character n-grams kept: all of them (2,292 on 4,000
resampled KTAS visits) made each logistic regression ~12x slower (9.6 vs 1.05 s CPU)
for no read-half CV gain (benchmarks/RESULTS.md, issue 11 fifth pass)."""
ORDINAL_C: Final = 0.1
"""Inverse regularisation of every model here (the fit's CV choice on KTAS)."""

FloatMatrix = npt.NDArray[np.float64]


def with_text(x: FloatMatrix, texts: Sequence[str]) -> npt.NDArray[np.object_]:
    """Return ``x``'s columns plus the complaint text as a last column (object array).

    A plain array, not a DataFrame: scikit-learn checks a DataFrame's dtypes column
    by column on every call (~420 columns here), which made one visit's prediction
    several times slower; the numeric blocks are converted back to float64 by the
    transformers that read them.
    """
    out = np.empty((x.shape[0], x.shape[1] + 1), dtype=object)
    out[:, :-1] = x
    out[:, -1] = list(texts)
    return out


def complaint_ngrams() -> Any:
    """The complaint's character 2-4-gram TF-IDF bag (the fit's and the variants')."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 4),
        min_df=3,
        max_features=NGRAM_FEATURES,
        sublinear_tf=True,
    )


def _columns(n_structured: int, ngrams: bool, scale: bool) -> Any:
    from sklearn.compose import ColumnTransformer
    from sklearn.decomposition import PCA
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    structured: Any = (
        make_pipeline(
            SimpleImputer(
                strategy="median", add_indicator=True, keep_empty_features=True
            ),
            StandardScaler(),
        )
        if scale
        else "passthrough"
    )
    parts: list[tuple[str, Any, Any]] = [
        ("structured", structured, slice(0, n_structured)),
        (
            "complaint",
            PCA(TEXT_COMPONENTS, random_state=0),
            lambda f: list(range(n_structured, f.shape[1] - 1)),
        ),
    ]
    if ngrams:
        parts.append(("ngrams", complaint_ngrams(), lambda f: f.shape[1] - 1))
    return ColumnTransformer(parts)


class CumulativeLogit:
    """Frank-Hall ordinal classifier: one binary model of P(y <= k) per cut.

    Level probabilities are the differences of the cumulative ones (made monotone
    and renormalised). scikit-learn compatible (``fit`` / ``predict_proba`` /
    ``classes_``).
    """

    def __init__(self, n_structured: int, ngrams: bool = False) -> None:
        """Remember the layout (the binary models are built at fit time)."""
        self.n_structured = n_structured
        self.ngrams = ngrams

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """scikit-learn convention: the constructor arguments."""
        del deep  # no nested estimators before fit
        return {"n_structured": self.n_structured, "ngrams": self.ngrams}

    def set_params(self, **params: Any) -> CumulativeLogit:
        """scikit-learn convention: set constructor arguments."""
        for k, v in params.items():
            setattr(self, k, v)
        return self

    def fit(self, x: Any, y: npt.NDArray[np.int64]) -> CumulativeLogit:
        """Fit one logistic regression per cut between adjacent levels."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        self.classes_ = np.unique(y)
        self.cuts_ = [
            make_pipeline(
                _columns(self.n_structured, self.ngrams, scale=True),
                LogisticRegression(C=ORDINAL_C, max_iter=3000),
            ).fit(x, (y <= k).astype(int))
            for k in self.classes_[:-1]
        ]
        return self

    def predict_proba(self, x: Any) -> FloatMatrix:
        """Level probabilities from the cumulative ones."""
        cum = np.column_stack([m.predict_proba(x)[:, 1] for m in self.cuts_])
        cum = np.maximum.accumulate(cum, axis=1)
        cum = np.hstack([cum, np.ones((cum.shape[0], 1))])
        probs = np.diff(cum, axis=1, prepend=0.0)
        probs = np.clip(probs, 1e-6, None)
        out: FloatMatrix = probs / probs.sum(axis=1, keepdims=True)
        return out


def make_variant(name: str, n_structured: int, task: str) -> Any:
    """Build an unfitted candidate estimator.

    Args:
        name: ``lr``, ``lr_struct``, ``lr_ngrams``, ``ordinal``, ``ordinal_ngrams``
            or ``hgb``.
        n_structured: Number of structured columns (the embedding follows them).
        task: ``acuity`` or ``admit`` (the ordinal model needs ``acuity``).

    Raises:
        ValueError: An unknown name, or an ordinal model for admission.
    """
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    if name.startswith("ordinal"):
        if task != "acuity":
            raise ValueError("the ordinal model is for acuity levels only")
        return CumulativeLogit(n_structured, ngrams=name.endswith("ngrams"))
    if name in ("lr", "lr_ngrams"):
        return make_pipeline(
            _columns(n_structured, name == "lr_ngrams", scale=True),
            LogisticRegression(C=ORDINAL_C, max_iter=3000),
        )
    if name == "lr_struct":
        from sklearn.compose import ColumnTransformer
        from sklearn.impute import SimpleImputer
        from sklearn.preprocessing import StandardScaler

        cols = ColumnTransformer(
            [
                (
                    "structured",
                    make_pipeline(
                        SimpleImputer(
                            strategy="median",
                            add_indicator=True,
                            keep_empty_features=True,
                        ),
                        StandardScaler(),
                    ),
                    slice(0, n_structured),
                )
            ]
        )
        return make_pipeline(cols, LogisticRegression(C=ORDINAL_C, max_iter=3000))
    if name == "hgb":
        return make_pipeline(
            _columns(n_structured, False, scale=False),
            HistGradientBoostingClassifier(
                max_iter=150,
                learning_rate=0.05,
                max_leaf_nodes=15,
                min_samples_leaf=20,
                l2_regularization=1.0,
                random_state=0,
            ),
        )
    raise ValueError(f"unknown model variant {name!r}")
