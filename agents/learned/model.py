"""The learned acuity/disposition model as a decision tool (research use only).

Loads a verified artifact (``agents.learned.artifact``), turns a stage view into the
triage-time feature row, and returns calibrated probabilities, the decision under the
artifact's cost rule and the features that moved the answer most. Contributions are
measured by occlusion: each feature group in turn is set to its training baseline
(median, or the mean complaint embedding) and the change in the probability of the
chosen answer is that group's contribution. The result is a ``RuleResult`` like every
other decision tool, so every backend sees it; the safety floors apply after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import sklearn

from agents.learned.artifact import (
    MODEL_FILE,
    ArtifactError,
    load_estimators,
    read_manifest,
)
from agents.learned.decision import (
    ACUITY_TOOL,
    DISPOSITION_TOOL,
    FULL_FLOOR,
    HANDBOOK_FLOOR,
    decide_acuity,
)
from agents.learned.domain import DOMAIN_K, DomainCheck, DomainResult
from agents.learned.features import (
    STRUCTURED,
    TEXT_GROUP,
    VisitFeatures,
    feature_groups,
    feature_matrix,
    visit_features,
)
from agents.offline.knowledge import KnowledgeBase
from agents.schemas import RuleResult
from cases.labels import ESI_TO_ACUITY
from cases.views import StageView
from retrieval.embeddings import Embedder, SentenceTransformerEmbedder

TOP_FEATURES: Final = 5
_CACHE: Final = 512


@dataclass(frozen=True)
class Contribution:
    """How much one feature group moved the probability of the chosen answer."""

    group: str
    value: str
    delta: float


@dataclass(frozen=True)
class LearnedPrediction:
    """One visit's calibrated probabilities, decisions and top contributions.

    Outside the applicability domain only ``features`` and ``domain`` are set.
    """

    features: VisitFeatures
    domain: DomainResult
    acuity_probs: dict[int, float] | None = None
    acuity_level: int | None = None
    acuity_top: tuple[Contribution, ...] = ()
    admit_prob: float | None = None
    admit: bool | None = None
    admit_top: tuple[Contribution, ...] = ()


class LearnedModel:
    """A fitted artifact ready to predict (load once per process)."""

    def __init__(self, folder: Path | str, *, embedder: Embedder | None = None) -> None:
        """Load and verify the artifact in ``folder``.

        Args:
            folder: Artifact folder written by ``python -m evals.erreason fit``.
            embedder: The MiniLM embedder to share (default: a new one, lazily loaded).

        Raises:
            ArtifactError: The artifact is missing, tampered, of another feature
                version, or holds neither model.
        """
        self.folder = Path(folder)
        self.manifest = read_manifest(self.folder)
        est = load_estimators(self.folder)
        self.acuity: Any = est.get("acuity")
        self.disposition: Any = est.get("disposition")
        baseline = est.get("baseline")
        if self.acuity is None and self.disposition is None:
            raise ArtifactError(f"{self.folder / MODEL_FILE}: holds no fitted model")
        if not isinstance(baseline, np.ndarray) or baseline.ndim != 1:
            raise ArtifactError(f"{self.folder / MODEL_FILE}: no feature baseline")
        self.baseline: npt.NDArray[np.float64] = baseline.astype(np.float64)
        domain = est.get("domain")
        if (
            not isinstance(domain, dict)
            or "transform" not in domain
            or not isinstance(domain.get("points"), np.ndarray)
        ):
            raise ArtifactError(
                f"{self.folder / MODEL_FILE}: no applicability-domain check"
            )
        stated = self.manifest["domain"]
        if domain.get("threshold") != stated.get("threshold") or domain.get(
            "k", DOMAIN_K
        ) != stated.get("k", DOMAIN_K):
            raise ArtifactError(
                f"{self.folder}: the manifest's applicability domain (threshold "
                f"{stated.get('threshold')!r}) disagrees with the model file's "
                f"({domain.get('threshold')!r}); refusing the artifact"
            )
        self.domain = DomainCheck(
            domain["transform"],
            domain["points"],
            float(domain["threshold"]),
            int(domain.get("k", DOMAIN_K)),
        )
        self.embedder: Embedder = embedder or SentenceTransformerEmbedder()
        n_emb = len(self.baseline) - len(STRUCTURED)
        groups = feature_groups(n_emb)
        self._groups: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            self._groups.setdefault(g, []).append(i)
        acu = self.manifest.get("acuity") or {}
        dis = self.manifest.get("disposition") or {}
        self.classes: tuple[int, ...] = tuple(acu.get("classes", ()))
        self.under_weight = float(acu.get("under_weight", 1.0))
        self.threshold = float(dis.get("threshold", 0.5))
        self.floor = str(acu.get("floor", FULL_FLOOR))
        """The floor policy the acuity decision was fitted for."""
        self.with_text = self.manifest.get("inputs", "matrix") == "matrix+text"
        """Whether the estimators also read the complaint text (n-gram bag)."""
        self.version = (
            f"{self.manifest.get('training', {}).get('dataset', '?')}-"
            f"{self.manifest['files'][MODEL_FILE][:12]}"
        )
        self.source = (
            f"scikit-learn model fitted by `evals.erreason fit` on "
            f"{self.manifest.get('training', {}).get('description', 'a labelled set')}"
            f"; artifact {self.version}, features {self.manifest['feature_version']}"
        )
        self._cache: OrderedDict[tuple[object, ...], LearnedPrediction] = OrderedDict()
        self._lock = threading.Lock()

    def clear_cache(self) -> None:
        """Forget memoised predictions."""
        with self._lock:
            self._cache.clear()

    # ------------------------------------------------------------------ predict
    def predict(self, view: StageView, knowledge: KnowledgeBase) -> LearnedPrediction:
        """Predict acuity and admission for one visit (memoised per triage view)."""
        key = (
            view.encounter_id,
            view.chief_complaint,
            view.demographics,
            view.arrival,
            view.vitals,
        )
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        feats = visit_features(view, knowledge)
        x = feature_matrix([feats], self.embedder)
        pred = self._predict_row(feats, x)
        with self._lock:
            self._cache[key] = pred
            while len(self._cache) > _CACHE:
                self._cache.popitem(last=False)
        return pred

    def _predict_row(
        self, feats: VisitFeatures, x: npt.NDArray[np.float64]
    ) -> LearnedPrediction:
        names = list(self._groups)
        occluded = np.repeat(x, len(names) + 1, axis=0)
        for row, name in enumerate(names, start=1):
            cols = self._groups[name]
            occluded[row, cols] = self.baseline[cols]
        out: dict[str, Any] = {"features": feats}
        with sklearn.config_context(
            assume_finite=False, skip_parameter_validation=True
        ):
            out["domain"] = self.domain.check(x)[0]
            if out["domain"].inside:
                out |= self._probabilities(feats, names, occluded)
        return LearnedPrediction(**out)

    def _probabilities(
        self, feats: VisitFeatures, names: list[str], occluded: npt.NDArray[np.float64]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        rows: Any = occluded
        if self.with_text:
            from agents.learned.variants import with_text

            # the complaint-text group's occluded row loses its n-grams too
            texts = ["" if name == TEXT_GROUP else feats.text for name in ["", *names]]
            rows = with_text(occluded, texts)
        if self.acuity is not None:
            probs = self.acuity.predict_proba(rows)
            level = int(decide_acuity(probs[:1], self.classes, self.under_weight)[0])
            col = self.classes.index(level)
            out["acuity_probs"] = {
                c: round(float(p), 4)
                for c, p in zip(self.classes, probs[0], strict=True)
            }
            out["acuity_level"] = level
            out["acuity_top"] = self._top(feats, names, probs[:, col])
        if self.disposition is not None:
            probs = self.disposition.predict_proba(rows)
            col = list(self.disposition.classes_).index(1)
            admit = bool(probs[0, col] >= self.threshold)
            p_choice = probs[:, col] if admit else 1.0 - probs[:, col]
            out["admit_prob"] = round(float(probs[0, col]), 4)
            out["admit"] = admit
            out["admit_top"] = self._top(feats, names, p_choice)
        return out

    def _top(
        self,
        feats: VisitFeatures,
        names: list[str],
        p_choice: npt.NDArray[np.float64],
    ) -> tuple[Contribution, ...]:
        values = feats.named()
        deltas = [
            (name, float(p_choice[0] - p_choice[i])) for i, name in enumerate(names, 1)
        ]
        deltas.sort(key=lambda t: -abs(t[1]))
        top = []
        for name, delta in deltas[:TOP_FEATURES]:
            if abs(delta) < 1e-4:
                break
            if name in values:
                shown = "n/a" if values[name] is None else f"{values[name]:g}"
            elif name == "complaint_text":
                shown = repr(feats.text[:60]) if feats.text else "none"
            else:
                members = [n for n in STRUCTURED if n in values and name in n]
                shown = ",".join(f"{values[m]:g}" for m in members if values[m])
                shown = shown or "-"
            top.append(Contribution(group=name, value=shown, delta=round(delta, 4)))
        return tuple(top)

    # -------------------------------------------------------------- rule results
    def _not_used(self, name: str, pred: LearnedPrediction) -> RuleResult:
        d = pred.domain
        return RuleResult(
            name=name,
            source=self.source,
            version=self.version,
            inputs={
                "domain_distance": round(d.distance, 3),
                "domain_threshold": round(d.threshold, 3),
            },
            interpretation=d.describe()
            + "; this visit is unlike the visits the model was fitted on (no "
            "similar past visits shown)",
            applicable=False,
        )

    def acuity_rule(self, pred: LearnedPrediction) -> RuleResult | None:
        """Return the acuity prediction as a decision-tool result (None if absent).

        Outside the applicability domain: a not-applicable result saying so, with
        the distance and the threshold.
        """
        if self.acuity is None:
            return None
        if not pred.domain.inside:
            return self._not_used(ACUITY_TOOL, pred)
        if pred.acuity_probs is None or pred.acuity_level is None:
            return None
        level = pred.acuity_level
        probs = " / ".join(f"{pred.acuity_probs[c]:.2f}" for c in self.classes)
        inputs: dict[str, float | int | bool | str | None] = {
            f"p_esi{c}": p for c, p in pred.acuity_probs.items()
        }
        inputs |= {f"top:{c.group}": c.value for c in pred.acuity_top}
        inputs["domain_distance"] = round(pred.domain.distance, 3)
        inputs["domain_threshold"] = round(pred.domain.threshold, 3)
        inputs["floor"] = self.floor
        return RuleResult(
            name=ACUITY_TOOL,
            source=self.source,
            version=self.version,
            inputs=inputs,
            score=float(level),
            interpretation=(
                f"ESI {level} ({ESI_TO_ACUITY[level]}); P(ESI "
                f"{'/'.join(str(c) for c in self.classes)}) = {probs}; "
                f"under-triage cost x{self.under_weight:g}; "
                + (
                    "held to the ESI handbook's mandatory criteria (severe pain and "
                    "danger-zone vitals weighed as features); "
                    if self.floor == HANDBOOK_FLOOR
                    else ""
                )
                + "top features: "
                + _contrib_text(pred.acuity_top)
                + f"; {pred.domain.describe()}"
            ),
        )

    def disposition_rule(self, pred: LearnedPrediction) -> RuleResult | None:
        """Return the admission prediction as a decision-tool result, if any.

        Outside the applicability domain: a not-applicable result saying so.
        """
        if self.disposition is None:
            return None
        if not pred.domain.inside:
            return self._not_used(DISPOSITION_TOOL, pred)
        if pred.admit_prob is None:
            return None
        inputs: dict[str, float | int | bool | str | None] = {
            "p_admit": pred.admit_prob,
            "threshold": self.threshold,
        }
        inputs |= {f"top:{c.group}": c.value for c in pred.admit_top}
        inputs["domain_distance"] = round(pred.domain.distance, 3)
        inputs["domain_threshold"] = round(pred.domain.threshold, 3)
        word = "admit" if pred.admit else "discharge"
        return RuleResult(
            name=DISPOSITION_TOOL,
            source=self.source,
            version=self.version,
            inputs=inputs,
            score=pred.admit_prob,
            interpretation=(
                f"{word} (P(admit) {pred.admit_prob:.2f}, admit at >= "
                f"{self.threshold:.2f}); top features: "
                + _contrib_text(pred.admit_top)
                + f"; {pred.domain.describe()}"
            ),
        )


def _contrib_text(top: tuple[Contribution, ...]) -> str:
    if not top:
        return "none"
    return ", ".join(f"{c.group}={c.value} ({c.delta:+.2f})" for c in top)
