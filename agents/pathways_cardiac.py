"""Cardiac rhythm pathway read from its own published criteria.

An unstable tachyarrhythmia: a documented non-sinus tachycardia at >= 150/min in an
adult with hypotension, acutely altered mentation, signs of shock, ischaemic chest
discomfort or acute heart failure is cardioverted (synchronised) at once (Panchal AR
et al. AHA 2020 ACLS adult tachycardia with a pulse; Joglar JA et al. AHA/ACC/ACCP/HRS
2023 AF, class 1: haemodynamically unstable AF with rapid ventricular response).
Rate-slowing drugs that lower the pressure are withheld at a measured hypotension by
``agents.leading_gates``. A sinus tachycardia is not cardioverted: its cause is
treated. Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from agents._text import visible_texts
from agents.pathway_orders import required as _req
from agents.pathways_acute import AcuteRequired, asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["CARDIAC_PATHWAYS", "unstable_tachyarrhythmia"]

_rx = word_start

TACHY_UNSTABLE_HR: Final = 150.0
"""AHA 2020 ACLS: a rate of 150/min or more is likely the cause of instability."""
HYPOTENSION_SBP: Final = 90.0

_ARRHYTHMIA: Final = _rx(
    r"atrial fibrillation|\baf\b|a-?fib\w*|atrial flutter|flutter|"
    r"supraventricular tachy\w*|\bsvt\b|re-?entr\w* tachy\w*|avnrt|avrt|"
    r"ventricular tachy\w*|\bvt\b|wide[- ]complex tachy\w*|narrow[- ]complex tachy\w*|"
    r"rapid ventricular response|\brvr\b"
)
_SINUS: Final = _rx(r"sinus tachy\w*")
_UNSTABLE: Final = _rx(
    r"cool (?:and )?(?:clammy |mottled )?(?:peripher\w*|extremit\w*|skin)|"
    r"cold (?:and )?(?:clammy )?(?:peripher\w*|extremit\w*)|mottl\w*|clammy|"
    r"(?:cardiogenic )?shock|confus\w*|altered mental\w*|drowsy|obtunded|"
    r"chest pain|chest tightness|ischa?emic (?:chest )?(?:pain|discomfort)|"
    r"pulmonary o?edema|(?:acute )?heart failure|syncop\w*"
)


def unstable_tachyarrhythmia(view: StageView, pop: Population) -> list[AcuteRequired]:
    """AHA 2020 ACLS; AHA/ACC/HRS 2023 AF: synchronised cardioversion when unstable."""
    if pop.age_within(years(18), None) is not True:
        return []
    hr, sbp = view.vitals.heart_rate, view.vitals.systolic_bp
    if hr is None or hr < TACHY_UNSTABLE_HR:
        return []
    texts = visible_texts(view)
    if not asserted(_ARRHYTHMIA, texts) or asserted(_SINUS, texts):
        return []
    low = sbp is not None and sbp < HYPOTENSION_SBP
    if not (low or asserted(_UNSTABLE, texts)):
        return []
    why = f"SBP {sbp:g}" if low and sbp is not None else "signs of poor perfusion"
    src = "AHA 2020 ACLS tachycardia with a pulse; AHA/ACC/HRS 2023 AF (class 1)"
    return [
        _req(
            "procedure",
            "synchronised cardioversion now (procedural sedation if conscious): AF "
            "120-200 J biphasic, flutter or SVT 50-100 J, monomorphic VT 100 J; "
            "polymorphic VT is defibrillated",
            f"unstable tachyarrhythmia (HR {hr:g}, {why}) ({src})",
            r"cardiover\w*",
        ),
    ]


CARDIAC_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (unstable_tachyarrhythmia,)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
