"""Triage-time features of one visit for the learned acuity and disposition models.

Research software, not for clinical use. A visit becomes one row: structured vitals,
age, sex, arrival, mental state (AVPU), pain and injury; the offline rules' own
outputs at triage (ESI v4 level, decision-point floor and letter, expected
resources, danger-zone vitals, qSOFA, SIRS, shock index; the CTAS/KTAS level of
``agents.offline.rules.ctas`` and how many of its modifiers grade the visit level
1-2 and level 3, computed for every visit whatever the site's scale); and the chief
complaint embedded with the offline MiniLM. Only the triage view is read, so the
same row is built at fit time and in the triage and disposition stages. Missing
values stay NaN (the models impute them); nothing is invented.

:data:`FEATURE_VERSION` names this layout; an artifact fitted on another layout is
refused at load time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from agents.offline.knowledge import KnowledgeBase
from agents.offline.rules import avpu, ctas_triage, esi_triage, plausible_vitals
from agents.offline.rules.vitals import qsofa, sirs
from agents.offline.stage_facts import facts_with_notes
from cases.models import Case
from cases.views import StageView, build_view
from retrieval.embeddings import Embedder, encode_queries

FEATURE_VERSION: Final = "triage-features-2"
"""Layout of :data:`STRUCTURED` plus the MiniLM complaint embedding."""

VITALS: Final = (
    "heart_rate",
    "systolic_bp",
    "diastolic_bp",
    "respiratory_rate",
    "temperature_c",
    "spo2",
    "pain",
)
STRUCTURED: Final[tuple[str, ...]] = (
    "age",
    "male",
    "arrival_ambulance",
    "arrival_walk_in",
    *VITALS,
    "shock_index",
    "avpu",
    "injury",
    "complaint_missing",
    "complaint_matched",
    "esi_level",
    "esi_floor",
    "esi_point_a",
    "esi_point_b",
    "esi_point_c",
    "esi_point_d",
    "esi_high_risk",
    "esi_altered_mental_status",
    "esi_severe_pain",
    "expected_resources",
    "danger_zone_vitals",
    "qsofa",
    "sirs",
    "site_level",
    "site_modifiers_urgent",
    "site_modifiers_level3",
)
"""Names of the structured columns, in matrix order (the embedding follows them)."""

TEXT_GROUP: Final = "complaint_text"
"""Group name of the embedding columns (one group in contributions)."""

_GROUP: Final[dict[str, str]] = {
    "esi_point_a": "esi_decision_point",
    "esi_point_b": "esi_decision_point",
    "esi_point_c": "esi_decision_point",
    "esi_point_d": "esi_decision_point",
    "arrival_ambulance": "arrival",
    "arrival_walk_in": "arrival",
    "complaint_missing": TEXT_GROUP,
    "site_modifiers_urgent": "site_level",
    "site_modifiers_level3": "site_level",
}
_AVPU_LEVEL: Final = {"A": 0.0, "V": 1.0, "P": 2.0, "U": 3.0}
_INJURY_RX: Final = re.compile(r"(?i)\binjury\s*:\s*yes\b")
_INJURY_CONCEPTS: Final = ("trauma", "fall", "mvc", "penetrating_trauma")
_NAN: Final = math.nan

FloatMatrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class VisitFeatures:
    """One visit's structured row, its complaint text and the rules' floor."""

    values: tuple[float, ...]
    """Structured values in :data:`STRUCTURED` order (NaN when unknown)."""
    text: str
    """The chief complaint as embedded ('' when none was recorded)."""
    esi_level: int
    """The offline rules' ESI level."""
    esi_floor: int
    """The ESI decision-point floor (no answer may be less urgent)."""
    esi_mandatory_floor: int = 5
    """The floor from the handbook's mandatory criteria only (A; B high-risk or new
    confusion): ``EsiAssessment.mandatory_floor``."""
    rules_level: int = 3
    """The rules' own answer in the site's scale (the CTAS/KTAS level at a KTAS/CTAS
    site, else the ESI level): what answers outside the model's domain."""
    life_threat_floor: int = 5
    """The floor a learned answer meets in the real graph (``agents.floors``): the
    mandatory floor, and at a KTAS/CTAS site also the site scale's level-1 and level-2
    modifiers (the CTAS/KTAS level when it is 1 or 2)."""

    def named(self) -> dict[str, float | None]:
        """Return the structured values by name (None for NaN), for the trace."""
        return {
            n: (None if math.isnan(v) else round(v, 3))
            for n, v in zip(STRUCTURED, self.values, strict=True)
        }


def feature_groups(n_embedding: int) -> list[str]:
    """Return the contribution group of every matrix column."""
    return [_GROUP.get(n, n) for n in STRUCTURED] + [TEXT_GROUP] * n_embedding


def _flag(value: bool | None) -> float:
    return _NAN if value is None else float(value)


def _num(value: float | None) -> float:
    return _NAN if value is None else float(value)


def _arrival(mode: str | None) -> tuple[float, float]:
    if not mode:
        return _NAN, _NAN
    text = mode.lower()
    return float("ambulance" in text or "ems" in text), float("walk" in text)


def _male(sex: str | None) -> float:
    if not sex:
        return _NAN
    first = sex.strip().lower()[:1]
    return 1.0 if first == "m" else 0.0 if first == "f" else _NAN


def visit_features(view: StageView, knowledge: KnowledgeBase) -> VisitFeatures:
    """Build the feature row of one triage view.

    Args:
        view: The triage view of the visit (``cases.views.build_view(case,
            "triage")``); later views work too but only their triage fields count.
        knowledge: The knowledge base the offline rules use (complaint matching).

    Returns:
        The visit's features.
    """
    facts = facts_with_notes(view, (), knowledge)
    complaint = knowledge.match_complaint(view.chief_complaint)
    esi = esi_triage(facts, complaint)
    vitals, _ = plausible_vitals(view.vitals)
    ambulance, walk_in = _arrival(view.arrival.mode)
    hr, sbp = vitals.heart_rate, vitals.systolic_bp
    shock = hr / sbp if hr is not None and sbp else None
    level = avpu(facts)
    injury = bool(_INJURY_RX.search(view.vitals.raw or "")) or any(
        facts.has(c) for c in _INJURY_CONCEPTS
    )
    text = (view.chief_complaint or "").strip()
    q, s = qsofa(facts), sirs(facts)
    site = ctas_triage(facts, complaint, esi)
    values: list[float] = [
        _NAN if view.demographics.age is None else float(view.demographics.age),
        _male(view.demographics.sex),
        ambulance,
        walk_in,
        *(_num(getattr(vitals, n)) for n in VITALS),
        _NAN if shock is None else shock,
        _AVPU_LEVEL.get(level or "", _NAN),
        float(injury),
        float(not text),
        float(complaint is not None),
        float(esi.level),
        float(esi.floor),
        *(float(esi.decision_point == p) for p in "ABCD"),
        float(esi.high_risk or esi.life_saving_intervention),
        float(esi.altered_mental_status),
        float(esi.severe_pain),
        _NAN if esi.expected_resources is None else float(esi.expected_resources),
        float(len(esi.danger_zone_vitals)),
        _NAN if q.score is None else float(q.score),
        _NAN if s.score is None else float(s.score),
        float(site.level),
        float(sum(m.level <= 2 for m in site.modifiers)),
        float(sum(m.level == 3 for m in site.modifiers)),
    ]
    return VisitFeatures(
        values=tuple(values),
        text=text,
        esi_level=int(esi.level),
        esi_floor=int(esi.floor),
        esi_mandatory_floor=int(esi.mandatory_floor),
        rules_level=site.level if view.triage_scale != "ESI" else int(esi.level),
        life_threat_floor=min(
            int(esi.mandatory_floor),
            site.level if view.triage_scale != "ESI" and site.level <= 2 else 5,
        ),
    )


def case_features(case: Case, knowledge: KnowledgeBase) -> VisitFeatures:
    """Build the feature row of a case from its triage view."""
    return visit_features(build_view(case, "triage"), knowledge)


def feature_matrix(rows: Sequence[VisitFeatures], embedder: Embedder) -> FloatMatrix:
    """Stack structured values and complaint embeddings into one float matrix.

    Complaint texts are embedded once each (duplicates share a vector, repeats hit
    the embedder's query cache); a visit without a complaint gets a zero vector and
    ``complaint_missing = 1``.

    Args:
        rows: Feature rows.
        embedder: The offline MiniLM (or any :class:`~retrieval.embeddings.Embedder`).

    Returns:
        Array of shape ``(len(rows), len(STRUCTURED) + embedder.dim)``.
    """
    structured = np.array([r.values for r in rows], dtype=np.float64).reshape(
        len(rows), len(STRUCTURED)
    )
    texts = sorted({r.text for r in rows if r.text})
    vectors = encode_queries(embedder, texts) if texts else None
    index = {t: i for i, t in enumerate(texts)}
    emb = np.zeros((len(rows), embedder.dim), dtype=np.float64)
    if vectors is not None:
        for i, r in enumerate(rows):
            if r.text:
                emb[i] = vectors[index[r.text]]
    return np.hstack([structured, emb])
