"""Therapeutic use or poisoning exposure: how a drug mention is worded.

Research software, not for clinical use. A drug named in a note is a poisoning
exposure only when an overdose is worded or the amount exceeds a therapeutic dose;
"fever despite paracetamol", "mother gave ibuprofen", "tried paracetamol 1 g without
relief" and "on amitriptyline for neuropathic pain" name a medication taken as
directed, not an ingestion to treat (ICD-10-CM Official Guidelines I.C.19.e.5: a
correct drug properly taken is an adverse effect or nothing, a poisoning needs an
overdose, a wrong substance or a wrong route; Dart RC et al. Expert consensus
guidelines for acetaminophen poisoning. JAMA Netw Open 2023;6:e2327739: assessment
from a single ingestion above 150 mg/kg or 7.5 g, or a repeated supratherapeutic
ingestion above 4 g a day in adults).

A mention reads as therapeutic when its sentence words no overdose, no stated amount
is above the drug's maximum therapeutic dose (single dose, or a day's dose from a
stated interval), and either a therapeutic cue stands before it in its clause
("despite", "given", "tried", "treated with", "on", "regular", ...), a purpose or
regimen follows it ("for the fever", "prn", "every 6 hours", "without relief"), or a
dose within the therapeutic range is stated with it. Maximum doses: BNF 2024 adult
maxima (paracetamol 1 g per dose, 4 g a day; ibuprofen 800 mg, 2.4 g a day; aspirin
1 g, 4 g a day), BNF for Children per kilogram (paracetamol 20 mg/kg, ibuprofen
10 mg/kg), amitriptyline 150 mg a day, diphenhydramine 50 mg, ferrous sulfate 200 mg
elemental-salt tablets three times a day (600 mg a day); any other drug counts by its
wording only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from cases.rx import guarded

__all__ = [
    "EXPOSURE_CONCEPTS",
    "overdose_worded",
    "supratherapeutic",
    "therapeutic_use",
]

EXPOSURE_CONCEPTS: Final = frozenset(
    {
        "acetaminophen_ingestion",
        "aspirin_ingestion",
        "tca_ingestion",
        "iron_ingestion",
        "anticholinergic_exposure",
        # toxpsych39: "takes oral lorazepam when offered" is a medication history
        "benzodiazepine_ingestion",
        # metab40: "ibuprofen for the fever" is a remedy, not an NSAID overdose
        "nsaid_ingestion",
        "aspirin_named",
    }
)
"""Lexicon concepts that name a drug as a poisoning exposure (findings.yaml): a
therapeutic mention of the drug is no such finding."""


@dataclass(frozen=True)
class _Max:
    single_mg: float
    daily_mg: float
    per_kg_mg: float | None = None


_MAXIMA: Final = (
    (re.compile(r"(?i)paracetamol|acetaminophen|tylenol|panadol|apap"),
     _Max(1000.0, 4000.0, 20.0)),
    (re.compile(r"(?i)ibuprofen|advil|motrin|nurofen"), _Max(800.0, 2400.0, 10.0)),
    (re.compile(r"(?i)aspirin|\basa\b|acetylsalicylic"), _Max(1000.0, 4000.0)),
    (re.compile(r"(?i)amitriptyline|nortriptyline|imipramine|doxepin|clomipramine"),
     _Max(150.0, 300.0)),
    (re.compile(r"(?i)diphenhydramine|benadryl|doxylamine"), _Max(50.0, 300.0)),
    (re.compile(r"(?i)ferrous|iron"), _Max(200.0, 600.0)),
)  # fmt: skip

_COUNT_WORD: Final = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|hundred)"
)
"""A count of ten or more in words ("forty", "twenty-eight")."""
_OVERDOSE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:overdos\w*|OD|too (?:many|much)|handful|(?:whole|entire|"
        r"full) (?:bottle|box|pack\w*|strip|supply)|bottle of|all (?:of )?(?:her|his|"
        r"their|the|my) (?:tablets|pills|medication\w*)|intentional\w*|deliberate\w*|"
        r"suicid\w*|self[- ]?harm\w*|staggered|supra-?therapeutic|excess\w*|extra "
        r"(?:doses?|tablets|pills)|more than (?:prescribed|recommended|directed|the "
        r"(?:maximum|recommended))|ingest\w*|accidental\w*|got into|found with|"
        r"poison\w*|toxicity|empty (?:bottle|box|pack\w*|blister\w*)|"
        # a whole number of 10 or more, the drug's name between ("16 paracetamol
        # 500mg tablets"); "500 mg tablets" is a strength, never "50 x 0 mg tablets"
        r"(?<!\d)\d{2,}(?!\d)\s*(?:x\s*)?(?:[a-z]{4,}\s+)?(?:\d+\s*(?:mg|g)\s*)?"
        r"(?:tablets|tabs|pills|caps\w*)|"
        # a count of units before the drug: "40 x amitriptyline 50 mg", "30x codeine"
        r"(?<!\d)\d{2,}(?!\d)\s*x\s*(?:\d+\s*(?:mg|g)\s+)?[a-z]{4,}|"
        # toxpsych39: a count of someone's supply: "about 40 of her alprazolam"
        r"(?<!\d)\d{2,}(?!\d)\s+of\s+(?:her|his|their|my|the)\s+[a-z]{4,}|"
        # infect49: the count in words ("forty 300 mg aspirin tablets", "twenty-eight
        # amlodipine 10 mg tablets") and a pack taken ("took a packet of aspirin")
        rf"{_COUNT_WORD}\s+(?:x\s*)?(?:of\s+(?:her|his|their|my|the)\s+)?"
        r"(?:[a-z]{4,}\s+)?(?:\d+\s*(?:mg|g)\s*)?(?:[a-z]{4,}\s+)?"
        r"(?:tablets|tabs|pills|caps\w*)|"
        r"(?:took|taken|swallowed|ingested)\s+(?:a|an|the|two|three|\d+)\s+"
        r"(?:packets?|box(?:es)?|packs?|strips?|blister packs?)\s+of)"
        r"(?![A-Za-z])"
    )
)
"""Overdose wording in the sentence (Dart 2023; AAPCC guidelines): an exposure."""
_CUE_BEFORE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:despite|given|gave|giving|gives|received|receiving|"
        r"tried|trying|trial of|treated with|treating with|managed with|responded to|"
        r"relieved (?:by|with)|relief (?:with|from)|improved (?:with|on|after)|"
        r"(?:currently |regularly )?on|regular|usual|home|prescribed|started on|"
        r"alternating|alternates?|dose of|doses of|administered|premedicated with|"
        r"antipyretics? (?:such as|like|including)|"
        # a sign re-measured after the dose: "heart rate 86 after paracetamol"
        r"(?:heart rate|hr|pulse|temperature|temp|fever)\W+(?:[\w.]+\W+){0,4}?"
        r"(?:after|following))(?![A-Za-z])[^.;,\n]{0,40}$"
    )
)
_TAKEN_FOR: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:fevers?|febrile|temp(?:erature)?s?|pyrexi\w*|pain|"
        r"headaches?|aches?|aching|sore throat|earache|toothache)(?![A-Za-z])"
        r"(?:[^.;\n]|\.(?=\d)){0,60}?,\s*(?:and\s+|so\s+)?(?:took|taken|had|has taken"
        r"|has had)"
        r"\s+(?:some\s+|a\s+(?:dose|tablet)\s+of\s+|(?:his|her|their)\s+(?:usual\s+)?"
        r"|one\s+|two\s+|1\s+|2\s+)?$"
    )
)
"""A dose taken for the symptom its sentence just named ("temperature spike to 38.7
at home, took paracetamol", "headache since noon, had some ibuprofen"): a remedy, no
ingestion to treat. A count before the drug ("took 30 paracetamol") is not read so."""
_COUNT_AFTER: Final = re.compile(
    r"(?i)\d+\s*(?:x(?![a-z])|(?:[a-z]+\s+)?(?:tablets?|tabs?|pills?|caps(?:ules)?)"
    r"(?![a-z]))|(?<![a-z])x\s*\d+"
)
"""A count of units after the remedy ("took paracetamol and 20 ibuprofen tablets"):
an amount the remedy cue does not vouch for ("2 hours ago" is a time)."""
_CUE_AFTER: Final = guarded(
    re.compile(
        r"(?i)^[^.;\n]{0,40}?(?<![A-Za-z])(?:for (?:the |his |her |their )?(?:pain|"
        r"fever|temperature|headache|aches?|discomfort|symptoms|neuropath\w*|"
        r"sleep|insomnia|anaemia|anemia|allerg\w*|itch\w*)|prn|as needed|as "
        r"required|q\s?\d+\s?h|every \d+ (?:hours|hrs|h)|(?:once|twice|three times|"
        r"four times) (?:a|per) day|daily|bd|bid|tds|tid|qds|qid|without (?:relief|"
        r"effect|improvement)|with (?:no|little|minimal|some|partial|good) (?:relief|"
        r"effect|improvement)|did not help|helped|not helping|"
        # toxpsych39: a medication history's schedule ("takes oral lorazepam when
        # offered", "at night")
        r"when (?:offered|needed|required)|at (?:night|bedtime)|nightly)(?![A-Za-z])"
    )
)
_DOSE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*(mg/kg|mg|g|grams?)(?![A-Za-z])"
    )
)
_INTERVAL: Final = guarded(
    re.compile(r"(?i)(?:q\s?|every\s)(\d+)\s?(?:h|hrs?|hours)(?![A-Za-z])")
)
_SENTENCE: Final = re.compile(r"[.;\n](?=\s|$)")
_REACH: Final = 120


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _REACH)
    stops = [m.end() for m in _SENTENCE.finditer(text, lo, start)]
    hi_match = _SENTENCE.search(text, end, min(len(text), end + _REACH))
    return (stops[-1] if stops else lo), (
        hi_match.start() if hi_match else min(len(text), end + _REACH)
    )


def overdose_worded(text: str, start: int, end: int) -> bool:
    """Whether the sentence of ``text[start:end]`` words an overdose."""
    lo, hi = _sentence(text, start, end)
    return _OVERDOSE.search(text, lo, hi) is not None


def _maximum(drug: str) -> _Max | None:
    return next((m for rx, m in _MAXIMA if rx.search(drug)), None)


def _dose_state(text: str, start: int, end: int, hi: int) -> str:
    """'above', 'within' or 'none': the amount stated with the mention."""
    near = text[max(0, start - 20) : min(hi, end + 30)]
    limits = _maximum(text[start:end])
    doses = list(_DOSE.finditer(near))
    if not doses:
        return "none"
    if limits is None:
        return "within"
    interval = _INTERVAL.search(near)
    for m in doses:
        value, unit = float(m.group(1)), m.group(2).lower()
        if unit == "mg/kg":
            if limits.per_kg_mg is not None and value > limits.per_kg_mg:
                return "above"
            continue
        mg = value * 1000.0 if unit.startswith("g") else value
        daily = mg * 24.0 / max(1, int(interval.group(1))) if interval else mg
        if mg > limits.single_mg or daily > limits.daily_mg:
            return "above"
    return "within"


def supratherapeutic(text: str, start: int, end: int) -> bool:
    """Whether the drug at ``text[start:end]`` is stated at more than its maximum dose.

    A single or daily amount above the drug's maximum (paracetamol 1 g / 4 g a day)
    is a supratherapeutic ingestion (Dart RC et al. JAMA Netw Open 2023; UK CHM
    2012), whatever the reason it was taken.
    """
    _, hi = _sentence(text, start, end)
    return _dose_state(text, start, end, hi) == "above"


def therapeutic_use(text: str, start: int, end: int) -> bool:
    """Whether the drug named at ``text[start:end]`` is worded as taken as directed.

    Args:
        text: The text (a note, a complaint).
        start: Start of the drug mention.
        end: End of the drug mention.

    Returns:
        True for a therapeutic mention ("fever despite paracetamol", "tried
        ibuprofen", "took paracetamol 1 g for the headache"); False when an overdose
        is worded, an amount beyond a therapeutic dose is stated, or nothing says how
        the drug was taken ("took paracetamol" alone stays an exposure).
    """
    lo, hi = _sentence(text, start, end)
    if _OVERDOSE.search(text, lo, hi):
        return False
    dose = _dose_state(text, start, end, hi)
    if dose == "above":
        return False
    before = text[lo:start]
    after = text[end:hi]
    return bool(
        dose == "within"
        or _CUE_BEFORE.search(before)
        or _CUE_AFTER.search(after)
        or (_TAKEN_FOR.search(before) is not None and not _COUNT_AFTER.search(after))
        or _remedy_for_earlier_symptom(text, start, end, before, after)
    )


_BARE_TAKE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:took|taken|had|has taken|has had)\s+(?:some\s+|(?:his|her"
    r"|their)\s+(?:usual\s+)?)?$"
)
_REMEDY_SYMPTOM: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:fevers?|febrile|temp(?:erature)?s?|pyrexi\w*|pain\w*"
    r"|headaches?|aches?|aching|sore throat|earache|toothache|3[89](?:\.\d)?\s*"
    r"(?:°\s*)?c?)(?![A-Za-z])"
)
_REMEDY_REACH: Final = 400


def _remedy_for_earlier_symptom(
    text: str, start: int, end: int, before: str, after: str
) -> bool:
    """Whether a bare "took paracetamol" is the remedy of a symptom named earlier.

    readers51 (medgi51): "Fever 38.3 since yesterday ... drinking well, took
    paracetamol." The drug taken with no amount, no count and no overdose or intent
    word anywhere near, in a note that has named a fever or a pain before it, is the
    symptom's remedy (as ``_TAKEN_FOR`` reads it in one sentence), not an ingestion
    to treat (Dart RC et al. JAMA Netw Open 2023: the exposure is an amount above the
    therapeutic dose or an intent).
    """
    if not _BARE_TAKE.search(before) or _COUNT_AFTER.search(after[:40]):
        return False
    lo, hi = max(0, start - _REMEDY_REACH), min(len(text), end + _REMEDY_REACH)
    if _OVERDOSE.search(text, lo, hi):
        return False
    return _REMEDY_SYMPTOM.search(text, lo, start) is not None
