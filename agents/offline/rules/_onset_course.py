"""A gradual course stated without a sudden or timed onset: the finding gradual_onset.

Private to ``agents.offline.rules.findings``. Stroke and intracerebral haemorrhage
begin suddenly: the AHA/ASA definition is a sudden focal deficit with a time last
known well (Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke; Greenberg SM et al.
AHA/ASA 2022 ICH), and a deficit that came on gradually over days is a mimic more
often than a stroke (toxic or metabolic encephalopathy, tumour, subdural: Hand PJ et
al. Stroke 2006;37:769, an exact onset time OR 2.6 for stroke; Merino JG et al.
Stroke 2013;44:1300, a non-sudden onset among the predictors of a mimic). The
knowledge base weighs the finding against those diagnoses. A sudden, abrupt or timed
onset anywhere in the text wins: the course then is not read as gradual (safety first:
a stroke after days of another complaint stays a stroke).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = [
    "CHRONIC_MEMORY_LOSS",
    "CHRONIC_NEURO_SYMPTOMS",
    "CHRONIC_SWELLING",
    "GRADUAL_ONSET",
    "chronic_memory_loss_span",
    "chronic_neuro_symptoms_span",
    "chronic_swelling_span",
    "gradual_onset_span",
    "sudden_onset",
]

GRADUAL_ONSET: Final = "gradual_onset"

_GRADUAL: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:gradual(?:ly)? (?:onset|in onset|worsening|worse|"
        r"progressive|progressing|increasing|deteriorat\w*|decline|declining)|"
        r"(?:came on|began|started|developed|built up|worsened|progressed|"
        r"deteriorated) (?:gradually|slowly|insidiously|over (?:several |a few |the "
        r"(?:past|last) (?:few |several )?)?(?:days|weeks|\d+ (?:days|weeks)))|"
        r"insidious(?:ly)?(?: onset)?|slowly (?:progressive|progressing|worsening|"
        r"deteriorating)|progressively (?:worsening|worse|deteriorating)|"
        r"(?:worsening|progressive|progressing|deteriorating) over (?:several |a few |"
        r"the (?:past|last) (?:few |several )?)?(?:days|weeks?|\d+ (?:days|weeks))|"
        r"over (?:several |a few |the (?:past|last) (?:few |several )?)?(?:days|"
        r"weeks?|\d+ (?:days|weeks)),? (?:increasingly|progressively|gradually|"
        r"increasing|worsening)|"
        r"increasingly \w+(?: \w+)? over (?:several |a few |the (?:past|last) "
        r"(?:few |several )?)?(?:days|weeks?|\d+ (?:days|weeks))"
        r")(?![A-Za-z0-9])"
    )
)
"""A course stated as gradual: 'gradually worsening', 'insidious onset', 'came on
over several days', 'progressive over the last week', 'over the last 10 days increasing
confusion'."""

_SUDDEN: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:sudden(?:ly)?|abrupt(?:ly)?|acute onset|all at once|"
        r"instantaneous\w*|woke (?:up )?with|last (?:known|seen) (?:well|normal)|"
        r"(?-i:LKW)|onset (?:at|was at|time) \d|witnessed onset)(?![A-Za-z0-9])"
    )
)
"""A sudden or timed onset ('suddenly', 'last known well 09:10', 'woke with')."""


def sudden_onset(text: str) -> bool:
    """Whether the text states a sudden, abrupt or timed onset."""
    return _SUDDEN.search(text) is not None


def gradual_onset_span(text: str) -> tuple[int, int] | None:
    """The span of a gradual course, when the text states no sudden or timed onset."""
    m = _GRADUAL.search(text)
    if m is None or _SUDDEN.search(text) is not None:
        return None
    return m.span()


CHRONIC_SWELLING: Final = "chronic_swelling"

_MONTHS: Final = (
    r"(?:for|over|since|x)\s+(?:the\s+(?:past|last)\s+)?(?:(?:\d+|an?|one|two|three|"
    r"four|five|six|several|many|a\s+few|few)\s*(?:months?|years?|yrs?)|months|years)"
    r"(?!\s+ago)"
)
_SWOLLEN: Final = r"(?:swelling|swollen|o?edema|oedematous|edematous|mass|lump)"
_CHRONIC_SWELLING: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_SWOLLEN}[^.;]{{0,80}}?{_MONTHS}|"
        rf"(?:months|years) of (?:\w+ ){{0,3}}{_SWOLLEN}|"
        rf"(?:chronic|long[- ]?standing) (?:\w+ ){{0,3}}(?:{_SWOLLEN}|lymph\w*dema))"
        r"(?![A-Za-z0-9])"
    )
)
_RECENT_CHANGE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:new(?:ly)?|acute(?:ly)?|sudden(?:ly)?|abrupt(?:ly)?|"
        r"today|yesterday|overnight|this (?:morning|afternoon|evening|week)|"
        r"last night|\d+\s*(?:hours?|hrs?|h|days?|d)\b(?! ago)|"
        r"(?:few|several|two|three|four|five) days|worse(?:ning)? (?:since|over) "
        r"(?:the )?(?:past|last) (?:few )?(?:hours?|days?|week))(?![A-Za-z0-9])"
    )
)
"""A recent change in a long-standing swelling (an acute DVT on chronic venous disease
is still an acute DVT): the chronic reading is then withheld."""
_NO_CHANGE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:no|without|not any) (?:new |recent |acute )?(?:change"
        r"|worsening|deterioration)(?: (?:today|recently|overnight|this (?:morning"
        r"|week)))?(?![A-Za-z0-9])"
    )
)
"""A change denied ("no new change today", "without recent worsening"): ConText's
negation of the change, whose words are then not a recent change (triage40)."""


def _recent_change(text: str) -> bool:
    """Whether the text states a recent change, a denied one aside."""
    if _NO_CHANGE.search(text):
        text = _NO_CHANGE.sub(lambda m: " " * len(m.group(0)), text)
    return _RECENT_CHANGE.search(text) is not None


def chronic_swelling_span(text: str) -> tuple[int, int] | None:
    """The span of a swelling stated to have lasted months or years, unchanged.

    Deep vein thrombosis is an acute event: the Wells score counts only a swelling
    and pain of the present episode and subtracts two points when an alternative
    diagnosis is as likely (Wells PS et al. NEJM 2003;349:1227; NICE NG158 2020); a
    swelling present for months or years is venous insufficiency, lymphoedema or a
    mass until something changes. Any recent change or sudden onset in the text
    withholds it (safety first).
    """
    m = _CHRONIC_SWELLING.search(text)
    if m is None or _recent_change(text) or _SUDDEN.search(text):
        return None
    return m.span()


CHRONIC_NEURO_SYMPTOMS: Final = "chronic_neuro_symptoms"

_NEURO_SYMPTOM: Final = (
    r"(?:numb(?:ness)?|tingl\w*|pins and needles|paraesthesi\w*|paresthesi\w*"
    r"|burning (?:feet|hands)|weak(?:ness)?|clumsiness|clumsy)"
)
_SAME_SYMPTOM: Final = (
    r"(?:(?!diabet|hypertens|history|known|taking|smok|(?<![A-Za-z])on\s)[^.;])"
)
"""A character of the symptom's own statement: the duration of a disease or a drug
("diabetic for 10 years", "on metformin for 3 years") is not the symptom's."""
_CHRONIC_NEURO: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_NEURO_SYMPTOM}{_SAME_SYMPTOM}{{0,80}}?{_MONTHS}|"
        rf"(?:months|years) of (?:\w+ ){{0,3}}{_NEURO_SYMPTOM}|"
        rf"(?:chronic|long[- ]?standing) (?:\w+ ){{0,3}}{_NEURO_SYMPTOM})"
        r"(?![A-Za-z0-9])"
    )
)


def chronic_neuro_symptoms_span(text: str) -> tuple[int, int] | None:
    """The span of numbness, tingling or weakness stated to have lasted months.

    A stroke or TIA is a sudden focal deficit (Powers WJ et al. AHA/ASA 2019; Sacco RL
    et al. AHA/ASA 2013 updated definition of stroke): a sensory or motor symptom
    present for months is a neuropathy, a radiculopathy, an entrapment or another
    slowly progressive lesion, not an acute cerebrovascular event (NICE CKS
    peripheral neuropathy 2023; Merino JG et al. Stroke 2013;44:1300: a non-sudden
    onset predicts a mimic). Any recent change or sudden onset in the text withholds
    it (a new deficit on a chronic neuropathy is read as new: safety first).
    """
    m = _CHRONIC_NEURO.search(text)
    if m is None or _recent_change(text) or _SUDDEN.search(text):
        return None
    return m.span()


CHRONIC_MEMORY_LOSS: Final = "chronic_memory_loss"

_MEMORY: Final = (
    r"(?:forgetful\w*|forgetting (?:things|names|appointments)|memory (?:loss|problems?"
    r"|decline|difficult\w*|impairment|lapses)|cognitive (?:decline|impairment)|"
    r"(?:poor|worsening|declining) memory)"
)
_CHRONIC_MEMORY: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_MEMORY}{_SAME_SYMPTOM}{{0,80}}?{_MONTHS}|"
        rf"(?:months|years) of (?:\w+ ){{0,3}}{_MEMORY}|"
        rf"(?:gradual(?:ly)?|slowly|progressive(?:ly)?) (?:\w+ ){{0,2}}{_MEMORY}"
        rf"{_SAME_SYMPTOM}{{0,80}}?{_MONTHS})"
        r"(?![A-Za-z0-9])"
    )
)


def chronic_memory_loss_span(text: str) -> tuple[int, int] | None:
    """The span of a memory loss stated to have lasted months or years, unchanged.

    Transient global amnesia resolves within 24 hours (Hodges JR, Warlow CP. J
    Neurol Neurosurg Psychiatry 1990;53:834) and delirium is an acute, fluctuating
    disturbance of attention (NICE CG103 2010/2023; DSM-5): forgetfulness over months
    or years is a chronic cognitive impairment, for a memory assessment service (NICE
    NG97 2018 1.2). Any recent change or sudden onset in the text withholds it (a
    delirium on a dementia is read as acute: safety first).
    """
    m = _CHRONIC_MEMORY.search(text)
    if m is None or _recent_change(text) or _SUDDEN.search(text):
        return None
    return m.span()
