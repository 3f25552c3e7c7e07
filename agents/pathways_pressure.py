"""A crisis-range blood pressure beside another working diagnosis: organ damage sought.

Research software, not for clinical use. A pressure above 180/120 mmHg is a
hypertensive crisis (Whelton PK et al. ACC/AHA 2017 11.2); whatever else the visit is
worked as, the clinician looks for acute hypertension-mediated organ damage - the
fundi (haemorrhages, exudates, papilloedema), an ECG, the creatinine and a
urinalysis - and rechecks the pressure after rest and analgesia. Without organ
damage it is severe hypertension, not an emergency: no intravenous drug and no
rapid lowering, the oral treatment resumed or started and the patient reviewed
within a week (McEvoy JW et al. ESC 2024 hypertension guideline section 12; Wolf SJ
et al. ACEP clinical policy, asymptomatic elevated blood pressure, Ann Emerg Med
2013;62:59). A headache alone does not make it an emergency. A symptom of acute
organ damage (confusion, a seizure, a focal deficit, visual loss, chest pain,
breathlessness, aortic pain, a raised creatinine), a pregnancy or the weeks after a
birth, a high cord injury or a stimulant are left to their own entries
(hypertensive emergency, stroke, dissection, pre-eclampsia, autonomic dysreflexia,
sympathomimetic toxicity).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from agents.offline.knowledge import load_knowledge
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.population import years
from cases.population import Population
from cases.views import StageView

__all__ = ["PRESSURE_PATHWAYS", "crisis_pressure_beside"]

ADULT_AGE: Final = 18
"""ACC/AHA 2017 and ESC 2024 are adult guidelines (children: AAP 2017)."""
_OWN_ENTRY: Final = (
    "pregnancy",
    "postpartum",
    "second_half_pregnancy",
    "focal_deficit",
    "high_spinal_cord_injury",
    "tearing_pain",
    "intimal_flap",
    "pulse_deficit",
    "altered_mental_status",
    "confusion",
    "seizure",
    "chest_pain",
    "dyspnea",
    "vision_loss",
    "papilledema",
    "hypertensive_retinopathy",
    "creatinine_high",
    "rales",
    "cxr_pulmonary_edema",
    "thunderclap_headache",
    "cocaine_use",
    "stimulant_use",
)
"""Documented, the pressure belongs to an entry of its own (see the module doc)."""


def crisis_pressure_beside(view: StageView, pop: Population) -> list[Required]:
    """An adult's pressure above 180/120, no sign of its own emergency: look for one."""
    if pop.age_within(years(ADULT_AGE), None) is not True:
        return []
    facts = present_facts(view, load_knowledge())
    if not facts.has("hypertensive_crisis_bp"):
        return []
    if any(facts.has(c) for c in _OWN_ENTRY):
        return []
    return [
        _req(
            "diagnostic",
            "blood pressure above 180/120: look for acute organ damage (fundoscopy, "
            "12-lead ECG, creatinine and urinalysis) and recheck after rest and "
            "analgesia; without organ damage no IV antihypertensive: resume or start "
            "the oral drug and review within a week",
            "severe hypertension is an emergency only with acute organ damage (ESC "
            "2024 hypertension section 12; ACC/AHA 2017 11.2; ACEP 2013 asymptomatic "
            "elevated blood pressure)",
            # an order that already lowers the pressure (a stroke's, a bleed's, an
            # aorta's) is that entry's plan for it
            r"organ damage|antihypertensive|fundoscop|nicardipine|labetalol|"
            r"clevidipine|nitroprusside|esmolol|lower (?:the )?(?:sbp|bp|blood "
            r"pressure|systolic|map)\b",
        )
    ]


PRESSURE_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[Required]], ...]
] = (crisis_pressure_beside,)
