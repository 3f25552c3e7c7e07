"""The presenting part of a one-liner: what is known when the patient arrives.

A one-liner ("74 y.o. female with atrial fibrillation off anticoagulation presenting
with right-sided weakness and aphasia") states the patient's history and presenting
symptoms, the same facts the triage nurse hears from the patient, the family or the
ambulance crew (ESI v4 handbook ch.2: the triage history; AHA/ASA 2019: EMS stroke
pre-notification). What a one-liner may add after the evaluation (results, imaging,
a diagnosis, the ED course: "found to have", "CT showing", "admitted") is not
triage-time information, so the text is cut at the first such cue. The cut errs
towards less text: a cue word anywhere ends the presentation, except where the cue
itself is history told at the door (``_told_at_the_door``): a diagnosis made before
this visit ("newly diagnosed AML, started chemotherapy 8 days ago, presenting with
fever"; "diagnosed with lung cancer last month") and treatment given before arrival
("given glucose by the ambulance crew, now alert"; "received chemotherapy 10 days
ago"). ESI v4 handbook ch.2 and ch.4: the triage history includes the past medical
history and the pre-hospital (EMS) report, and a known cancer on chemotherapy or a
pre-hospital treatment is what makes a presentation high risk or changes it.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["presenting_part"]

_AFTER_EVALUATION: Final = re.compile(
    r"(?i)(?<![a-z])(?:found to (?:have|be)|diagnosed|dx(?:'?d)? with|diagnosis of"
    r"|(?:labs?|laboratory|ct|cta|mri|mra|imaging|ecg|ekg|cxr|x-?rays?|ultrasound"
    r"|echo\w*|troponins?|lactate|urinalysis|ua|lp|lumbar puncture|work-?up|studies"
    r"|scan|exam(?:ination)?|cultures?)(?: \w+){0,2}"
    r" (?:show\w*|reveal\w*|demonstrat\w*|notable|significant|confirm\w*|positive"
    r"|negative|concerning|consistent|with|of)"
    r"|concerning for|consistent with|suspicious for|c/f|c/w|likely|suspected"
    r"|secondary to|due to|admitted|admission|transferred|in the (?:ed|er|emergency)"
    r"|ed course|treated with|given|received|intubated|s/p (?:tpa|thrombolysis"
    r"|intubation)|now (?:on|admitted|intubated|improved|resolved))(?![a-z])"
)
"""Cues that what follows was learned or done after arrival (results, imaging, a
diagnosis or its suspicion, treatment, the ED course)."""


_DIAGNOSIS_CUE: Final = re.compile(r"(?i)diagnos|dx")
"""The diagnosis cues of ``_AFTER_EVALUATION`` ("diagnosed", "dx with",
"diagnosis of")."""
_TREATMENT_CUE: Final = re.compile(r"(?i)given|received|treated with")
"""The treatment cues of ``_AFTER_EVALUATION``."""
_EARLIER_DIAGNOSIS: Final = re.compile(
    r"(?i)(?:newly|recently|previously|already|originally|initially|first|just"
    r"|was|were|been|known)\W+$"
)
"""Words before "diagnosed" that date the diagnosis before this visit ("newly
diagnosed", "recently diagnosed", "was diagnosed")."""
_PAST_TIME: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a few|several|couple of) (?:hours?|days?|weeks?|months?|years?|yrs?|wks?)"
    r" (?:ago|before|prior)|yesterday|last (?:night|week|month|year)"
    r"|(?:earlier|before) (?:today|this week|this month)|in (?:19|20)\d\d"
    r"|as an? (?:child|infant|baby|teenager)|at (?:the )?age (?:of )?\d+"
    r"|prior to (?:arrival|presentation)|pta|before (?:arrival|coming in))(?![a-z])"
)
"""A time before this visit in the cue's clause ("2 weeks ago", "last month", "in
2019", "prior to arrival")."""
_BEFORE_ARRIVAL: Final = re.compile(
    r"(?i)(?<![a-z])(?:by (?:the |his |her |their |a )?(?:paramedics?|ems|emts?"
    r"|medics|ambulance(?: crew| staff)?|crew|fire(?: service| department)?"
    r"|(?:school )?nurse|mother|mum|mom|father|dad|parents?|wife|husband|partner"
    r"|family|friends?|carers?|caregivers?|gp|pcp|primary care|doctor|teacher)"
    r"|en route|pre-?hospital|in the field|at the scene|at home|at school"
    r"|(?:at|from|by) (?:an |the )?(?:outside|referring) (?:hospital|facility|clinic)"
    r"|(?:at|by) (?:an |the |his |her )?(?:urgent care|walk-in|clinic|gp|pcp))(?![a-z])"
)
"""Who or where before arrival: a treatment given by the ambulance crew, a parent or
the GP is the pre-hospital history the nurse is told."""
_PRESENTING: Final = re.compile(
    r"(?i)(?<![a-z])(?:present\w*|complain\w*|c/o|brought (?:in|by)|here (?:for|with)"
    r"|comes? in|came in|arriv\w*|sent in|referred)(?![a-z])"
)
"""Words that open the presentation: a cue before them is the history."""
_DANGLING: Final = re.compile(
    r"(?i)[\s,;:(-]*(?:(?<![a-z])(?:and|with|who|newly|recently|was|were|been|then))?"
    r"[\s,;:(-]*$"
)
"""Joining words and the dating words of a cut-off diagnosis cue left at the end."""
_CLAUSE_END: Final = re.compile(r"[.;]|,(?= (?:now|then|and now|who|presenting))")


def _told_at_the_door(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is history told at triage, not the visit.

    A diagnosis cue dated before this visit (``_EARLIER_DIAGNOSIS`` before it, a past
    time in its clause) or standing before the words that open the presentation
    ("presenting with"); a treatment cue given before arrival (``_BEFORE_ARRIVAL``)
    or dated in the past, in its clause.
    """
    cue = text[start:end]
    stop = _CLAUSE_END.search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    past = bool(_PAST_TIME.search(clause))
    if _DIAGNOSIS_CUE.match(cue):
        earlier = bool(_EARLIER_DIAGNOSIS.search(text[max(0, start - 20) : start]))
        return past or (earlier and bool(_PRESENTING.search(text, end)))
    if _TREATMENT_CUE.match(cue):
        return past or bool(_BEFORE_ARRIVAL.search(clause))
    return False


def presenting_part(one_liner: str | None) -> str | None:
    """Return the history-and-presentation part of ``one_liner`` (None if empty).

    Args:
        one_liner: A one-sentence summary of the visit, already scrubbed of outcome
            words (``cases.redaction.scrub_outcome_text``).

    Returns:
        The text before the first after-evaluation cue that is not history told
        at the door (``_told_at_the_door``), stripped of trailing
        punctuation and joining words; None when nothing is left.
    """
    if not one_liner:
        return None
    m = next(
        (
            m
            for m in _AFTER_EVALUATION.finditer(one_liner)
            if not _told_at_the_door(one_liner, m.start(), m.end())
        ),
        None,
    )
    text = one_liner[: m.start()] if m else one_liner
    text = _DANGLING.sub("", text).strip()
    return text or None
