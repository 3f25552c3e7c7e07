"""The presenting part of a one-liner: what is known when the patient arrives.

A one-liner ("74 y.o. female with atrial fibrillation off anticoagulation presenting
with right-sided weakness and aphasia") states the patient's history and presenting
symptoms, the same facts the triage nurse hears from the patient, the family or the
ambulance crew (ESI v4 handbook ch.2: the triage history; AHA/ASA 2019: EMS stroke
pre-notification). What a one-liner may add after the evaluation (results, imaging,
a diagnosis, the ED course: "found to have", "CT showing", "admitted") is not
triage-time information, so the text is cut at the first such cue. The cut errs
towards less text: a cue word anywhere ends the presentation.
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


def presenting_part(one_liner: str | None) -> str | None:
    """Return the history-and-presentation part of ``one_liner`` (None if empty).

    Args:
        one_liner: A one-sentence summary of the visit, already scrubbed of outcome
            words (``cases.redaction.scrub_outcome_text``).

    Returns:
        The text before the first after-evaluation cue, stripped of trailing
        punctuation and joining words; None when nothing is left.
    """
    if not one_liner:
        return None
    m = _AFTER_EVALUATION.search(one_liner)
    text = one_liner[: m.start()] if m else one_liner
    text = re.sub(r"(?i)[\s,;:(-]*(?:and|with|who|,)?\s*$", "", text).strip()
    return text or None
