"""The words of an injury that may hide haemorrhage: one source for every reader.

Read by the resuscitation pathway (``agents.pathways``: is a patient in shock bleeding?)
and by ESI decision point B (``_esi_injury.injury_with_compromise``: is an injured
patient with an abnormal shock index high risk?), so triage and treatment agree.
Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules.pain_quality import PAIN_FOLLOWS
from cases.rx import word_start

__all__ = ["BLEEDING_SITE", "HIGH_ENERGY", "STAB", "TRAUMA"]

STAB: Final = (
    r"(?:stab(?:bed|s)?\b(?! of pain)|"
    r"(?<!pain is )(?<!pain was )(?<!pain, )(?<!sharp, )(?<!sharp and )(?<!sharp )"
    r"(?<!as )(?<!and )stabbing\b(?!,?(?: [\w-]+){0,3} (?:pains?|aches?|sensations?|"
    r"headaches?|discomfort|quality|character|twinges?)\b)(?! in (?:the|his|her|my|"
    r"their) ))"
)
"""The stab of a knife as a regex fragment: "stabbed", "stab wound", "after a
stabbing"; not a pain's character ("stabbing central chest pain", "sharp stabbing
pain", "the pain is stabbing", "stabs of pain": SOCRATES, Macleod's Clinical
Examination 14th ed.), which is no penetrating wound (injury40)."""
TRAUMA: Final = word_start(
    r"mvc|mva|motor vehicle|collision|crash|fell|fall\b|assault\w*|trauma\w*|"
    rf"injur\w*|struck|gunshot|{STAB}|domestic violence|kicked|"
    r"punched(?![- ]out)|tackle\w*|"
    r"thrown from"
)
"""An injury's mechanism or the word injury itself."""
HIGH_ENERGY: Final = word_start(
    r"mvc|mva|motor vehicle|collision|crash\w*|motorcycl\w*|motorbike|pedestrian|"
    r"(?:hit|struck|knocked down|run over) by (?:a )?(?:car|vehicle|van|truck|lorry|"
    r"bus)|ejected|roll-?over|fall from (?:a )?height|fell from (?:a )?(?:height|roof|"
    rf"scaffold\w*|balcony|building|bridge)|crush(?!ing{PAIN_FOLLOWS})\w*"
)
"""A high-energy mechanism (ACS-COT / CDC 2021 field triage guideline); "crushing"
with a pain after it is the pain's character ("crushing central chest pain":
``pain_quality``), not a crush."""
BLEEDING_SITE: Final = word_start(
    r"(?:abdom\w*|flank|loin|(?:left|right) upper quadrant|luq|ruq|ribs?|chest wall|"
    r"pelvi\w*|groin|thigh|femur|femoral) (?:\w+ ){0,2}(?:tender\w*|pain|bruis\w*|"
    r"injur\w*|deformit\w*|swelling|swollen|distended|distension|unstable|"
    r"instability)|"
    r"tender\w* (?:\w+ ){0,3}(?:abdomen|flank|loin|upper quadrant|luq|ruq|ribs?|"
    r"pelvis|thigh)|"
    r"seat ?belt (?:sign|bruis\w*|abrasion)|guarding|peritonism|"
    r"(?:femur|femoral shaft|pelvic) fracture|fractured (?:femur|pelvis)"
)
"""Signs of injury where blood is lost unseen: chest, abdomen, pelvis,
retroperitoneum, thigh (ATLS 10th ed. ch. 3)."""
