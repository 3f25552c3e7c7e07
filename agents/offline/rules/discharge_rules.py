"""Decision rules validated for ED discharge: low risk lowers open must-not-miss.

An ED physician does not admit every chest pain or syncope for which a serious cause
cannot be excluded by history alone: validated rules identify patients whose risk of a
serious outcome is below the testing threshold once their inputs (ECG, troponin) are
documented. Each rule applies only when its inputs are present, and lowers named
must-not-miss diagnoses by its published likelihood ratio (odds update); nothing is
lowered without the rule's inputs. Research software, not for clinical use.

- HEART <= 3 with a documented ECG and troponin: 30-day MACE 0.9-1.7 % (Backus BE et
  al. Int J Cardiol 2013;168:2153; ACEP clinical policy NSTE-ACS 2018, level B).
- Canadian Syncope Risk Score <= 0 (very low / low risk: 30-day serious outcome
  0.3-0.7 %; Thiruganasambandamoorthy V et al. CMAJ 2016;188:E289) with a documented
  ECG.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.registry import RULES
from agents.schemas import RuleResult
from cases.rx import word_start

__all__ = [
    "LOW_EJECTION_FRACTION_WORDS",
    "LowRisk",
    "canadian_syncope_risk_score",
    "esc_high_risk_syncope",
    "low_risk_rules",
    "serious_syncope_condition",
]


@dataclass(frozen=True)
class LowRisk:
    """A rule that found the patient low risk and the diagnoses it lowers."""

    rule: RuleResult
    lowers: frozenset[str]
    likelihood_ratio: float


ACS: Final = frozenset({"stemi", "nstemi", "unstable_angina"})
SYNCOPE_SERIOUS: Final = frozenset(
    {
        "arrhythmic_syncope",
        "pulmonary_embolism",
        "aortic_dissection",
        "upper_gi_bleed",
        "subarachnoid_hemorrhage",
        "intracranial_hemorrhage",
        "ruptured_aaa",
        "nstemi",
        "ventricular_tachycardia",
    }
)
HEART_LR: Final = 0.2
"""Negative LR of HEART <= 3 for 30-day MACE (~1.7 % vs ~13 % overall, Backus 2013)."""
CSRS_LR: Final = 0.2
"""Negative LR of CSRS <= 0 (serious outcome ~0.7 % vs 3.6 % overall, CMAJ 2016)."""
CSRS_SOURCE: Final = (
    "Thiruganasambandamoorthy V et al. Canadian Syncope Risk Score. CMAJ 2016;188:E289"
)
_VASOVAGAL_TRIGGER = re.compile(
    r"(?i)\b(?:prodrome|warm(?:th)?|nause\w*|prolonged standing|standing for|"
    r"blood draw\w*|needle|venipuncture|sight of blood|fear|emotional|pain(?:ful)? "
    r"stimul\w*|crowded|hot room)\b"
)
_VASOVAGAL_DX = re.compile(r"(?i)\b(?:vasovagal|neurally mediated|reflex syncope)\b")
_QTC = re.compile(r"(?i)\bqtc\s*(?:of|is|was|:)?\s*(\d{3})")
_QRS = re.compile(
    r"(?i)\bqrs(?: duration| width)?\s*(?:of|is|was|:)?\s*(\d{2,3})\s*(?:ms|msec)\b"
)
_AXIS = re.compile(
    r"(?i)\b(?:(left|right) axis deviation|left anterior (?:fascicular |hemi-?)block"
    r"|lafb|lahb|left posterior (?:fascicular |hemi-?)block|lpfb)\b"
    r"|\b(?:qrs )?axis\s*(?:of|is|was|:)?\s*(?:\+)?(-?\d{1,3})\s*(?:deg|°)"
)
_ECG_READ = re.compile(
    r"(?i)\b(?:ecg|ekg)\s*(?::|shows|showed|demonstrates|with)"
    r"\s*(?!pending|not |ordered)"
    # a reading written straight after the test: "ECG sinus rhythm, normal intervals"
    r"|\b(?:ecg|ekg)\s+(?:(?:is|was)\s+)?(?:normal|sinus|nsr)\b"
)
_NEGATED = re.compile(r"(?i)\b(?:no|without|not|negative for)\W+(?:\w+\W+){0,2}$")
_CARDIAC = ("cad", "chf", "atrial_fibrillation", "prior_mi", "stent", "cabg")


def _asserted(text: str, start: int) -> bool:
    return not _NEGATED.search(text[max(0, start - 30) : start])


def _asserted_number(pattern: re.Pattern[str], text: str) -> float | None:
    """The last asserted numeric reading of ``pattern`` (group 1) in ``text``."""
    value = None
    for m in pattern.finditer(text):
        if _asserted(text, m.start()):
            value = float(m.group(1))
    return value


def _vasovagal_trigger(text: str) -> bool:
    """A documented vasovagal trigger or prodrome (not "no prodrome")."""
    return any(_asserted(text, m.start()) for m in _VASOVAGAL_TRIGGER.finditer(text))


def _abnormal_axis(text: str) -> bool:
    """A QRS axis below -30 or above 100 degrees (CSRS item), as documented."""
    for m in _AXIS.finditer(text):
        if not _asserted(text, m.start()):
            continue
        if m.group(2) is None:
            return True
        if not -30 <= float(m.group(2)) <= 100:
            return True
    return False


def canadian_syncope_risk_score(facts: ClinicalFacts, text: str) -> RuleResult:
    """Canadian Syncope Risk Score from the documented findings (ED items only).

    Items: predisposition to vasovagal symptoms (-1), heart disease history (+1), any
    SBP < 90 or > 180 (+2), troponin elevated (+2), QTc > 480 ms (+2), ED diagnosis of
    vasovagal syncope (-2). Abnormal QRS axis/duration and an ED diagnosis of cardiac
    syncope are counted only when documented (not read here: scored 0). Applicable
    when an ECG is documented (normal ECG or a QTc value).
    """
    v = facts.vitals
    qtc = facts.measurements.get("qtc_ms")
    if qtc is None and (
        m := re.search(r"(?i)\bqtc\s*(?:of|is|was|:)?\s*(\d{3})", text)
    ):
        qtc = float(m.group(1))
    qrs = _asserted_number(_QRS, text)
    items = {
        "vasovagal predisposition": -1 if _vasovagal_trigger(text) else 0,
        "heart disease": 1 if any(facts.known(c) for c in _CARDIAC) else 0,
        "SBP < 90 or > 180": 2
        if v.systolic_bp is not None and not 90 <= v.systolic_bp <= 180
        else 0,
        "troponin elevated": 2
        if facts.has("troponin_elevated") or facts.has("troponin_markedly_elevated")
        else 0,
        "QTc > 480": 2 if qtc is not None and qtc > 480 else 0,
        "abnormal QRS axis": 1 if _abnormal_axis(text) else 0,
        "QRS duration > 130": 1 if qrs is not None and qrs > 130 else 0,
        "ED diagnosis vasovagal": -2 if _VASOVAGAL_DX.search(text) else 0,
    }
    ecg = (
        facts.has("ecg_normal")
        or qtc is not None
        or qrs is not None
        or bool(_ECG_READ.search(text))
    )
    score = float(sum(items.values()))
    return RuleResult(
        name="Canadian Syncope Risk Score",
        source=CSRS_SOURCE,
        inputs={k: float(p) for k, p in items.items()},
        missing=() if ecg else ("ecg",),
        score=score,
        interpretation=(
            f"{score:g}: {'low' if score <= 0 else 'not low'} risk"
            f" (30-day serious outcome {'<= 0.7 %' if score <= 0 else '> 0.7 %'})"
        ),
        applicable=ecg,
    )


ESC_SYNCOPE_MAJOR_NOW: Final = (
    "exertional_syncope", "supine_syncope", "palpitation_syncope", "ecg_nsvt",
    "ecg_bifascicular_block", "ecg_brugada_type1", "ecg_av_block",
)  # fmt: skip
"""Major high-risk features of syncope documented now (Brignole M et al. ESC 2018
syncope, Eur Heart J 2018;39:1883, Table 5): syncope during exertion or supine,
palpitations immediately followed by syncope, non-sustained VT, bifascicular block, a
type 1 Brugada pattern, a high-grade AV block."""
ESC_SYNCOPE_MAJOR_HISTORY: Final = ("chf",)
"""ESC 2018 Table 5's severe structural heart disease (heart failure, low LVEF), also
when only in the past history."""
SERIOUS_SYNCOPE_CONDITIONS: Final = ("ecg_nsvt", "ecg_av_block", "ecg_brugada_type1")
"""Serious conditions found at the first evaluation of syncope (Shen WK et al.
ACC/AHA/HRS 2017 syncope, Circulation 2017;136:e60, Table 5: ventricular tachycardia,
symptomatic conduction disease or Mobitz II / third-degree block, an inheritable
arrhythmia syndrome), beside moderate-to-severe LV dysfunction
(``LOW_EJECTION_FRACTION_WORDS``)."""
LOW_EJECTION_FRACTION_WORDS: Final = (
    r"hfref\b|(?:heart failure with )?reduced ejection fraction|"
    r"(?:lv)?ef\W{0,3}(?:of |was |is |= ?)?(?:[5-9]|[1-3]\d|40) ?%|"
    r"ejection fraction (?:of |was |is |= ?)?(?:[5-9]|[1-3]\d|40) ?%|"
    r"systolic (?:heart )?failure|(?:severe(?:ly)?|moderate(?:ly)?) (?:impaired|"
    r"reduced) (?:lv|left ventricular) (?:systolic )?function|poor lv function"
)
"""A left-ventricular ejection fraction of 40 % or less in words (moderate or severe
LV systolic dysfunction: Lang RM et al. ASE/EACVI chamber quantification 2015)."""
_LOW_EF: Final = word_start(LOW_EJECTION_FRACTION_WORDS)


def esc_high_risk_syncope(facts: ClinicalFacts) -> tuple[str, ...]:
    """The ESC 2018 major high-risk features of syncope that ``facts`` document.

    With one, the Canadian Syncope Risk Score's low-risk discharge does not apply
    (ESC 2018 4.1.2: high-risk patients get an early intensive evaluation, in an ED
    observation or syncope unit or in hospital, not a discharge).
    """
    return tuple(c for c in ESC_SYNCOPE_MAJOR_NOW if facts.has(c)) + tuple(
        c for c in ESC_SYNCOPE_MAJOR_HISTORY if facts.known(c)
    )


def serious_syncope_condition(facts: ClinicalFacts, text: str) -> tuple[str, ...]:
    """The serious conditions of syncope documented (ACC/AHA/HRS 2017, Table 5).

    With one, the patient is evaluated in hospital (ACC/AHA/HRS 2017 3.2, class I),
    not in the structured ED observation protocol, which is for intermediate risk
    with no serious condition found (class IIa).
    """
    found = tuple(c for c in SERIOUS_SYNCOPE_CONDITIONS if facts.has(c))
    low_ef = any(_asserted(text, m.start()) for m in _LOW_EF.finditer(text))
    return found + (("ejection fraction <= 40 %",) if low_ef else ())


def low_risk_rules(
    facts: ClinicalFacts, complaint_id: str | None, texts: Sequence[str | None]
) -> list[LowRisk]:
    """Validated discharge rules that find this patient low risk.

    Args:
        facts: Facts from the visible text at disposition.
        complaint_id: The matched complaint id, if any.
        texts: The visible text (one-liner, ED note) for items read from wording.

    Returns:
        One entry per applicable rule with a low-risk result; empty otherwise.
    """
    out: list[LowRisk] = []
    if complaint_id in ("chest_pain", None) or facts.has("chest_pain"):
        heart = RULES["heart"](facts)
        if heart.applicable and heart.score is not None and heart.score <= 3:
            out.append(LowRisk(heart, ACS, HEART_LR))
    if complaint_id == "syncope" and not esc_high_risk_syncope(facts):
        text = " ".join(t for t in texts if t)
        csrs = canadian_syncope_risk_score(facts, text)
        if csrs.applicable and csrs.score is not None and csrs.score <= 0:
            out.append(LowRisk(csrs, SYNCOPE_SERIOUS, CSRS_LR))
    return out
