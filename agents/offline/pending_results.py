"""The condition a discharge carries while the imaging that decides it is pending.

Research software, not for clinical use. A plan that images to exclude an injury or
a must-not-miss diagnosis (CT of the cervical spine after a fall at 78, a radiograph
of a tender wrist) has not excluded it until the result is read: a discharge chosen
before then is conditional on that result, and the immobilisation the plan applies
(collar, splint) stays until the result clears the injury. The cervical collar
stays until the spine is cleared clinically (NEXUS, Hoffman JR et al. N Engl J Med
2000;343:94; Canadian C-spine rule, Stiell IG et al. JAMA 2001;286:1841) or by a
negative CT (Patel MB et al. EAST guideline. J Trauma Acute Care Surg 2015;78:430);
a suspected fracture stays splinted until imaged (NICE NG38 2016). Tests still
pending at ED discharge are the commonest results never followed up (Callen J et
al. J Gen Intern Med 2012;27:1334), so the discharge names the test it waits for;
a laboratory test that returns after the visit (a culture, serology, a PCR or swab,
or any test the note states is pending) is named too, for its follow-up (Callen
2012; Joint Commission NPSG.02.03.01 on reporting results).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents.schemas import Order

__all__ = ["pending_imaging_condition", "pending_laboratory_condition"]

_MODALITIES: Final[dict[str, str]] = {
    "CT": r"ct\b|computed tomograph",
    "radiograph": r"x-?rays?\b|radiographs?\b|films?\b|plain film",
    "MRI": r"mri\b|magnetic resonance",
    "ultrasound": r"ultrasound|sonograph|e?fast scan|efast\b",
}
"""Imaging modalities, each named as orders and notes name them."""

_SECOND_LINE: Final = re.compile(
    r"(?i)normal radiographs|not available|at \d+\s*-\s*\d+ days|follow-?up|"
    r"outpatient|if (?:the )?(?:radiograph|x-?ray|ct)s? (?:is|are) (?:normal|negative)|"
    r"within \d+(?:\s*-\s*\d+)? (?:days|weeks?)\b"
)
"""An imaging order for later (after normal radiographs, at 10-14 days, in clinic,
within 1-2 weeks: trauma45, a GCA's fast-track ultrasound after starting steroids, BSR
2020): not what the ED discharge waits for."""

_RESULT: Final = (
    r"[^.;\n]{0,60}?(?::\s*(?!pending|ordered|requested|awaited)\w|\b(?:shows?|showed|"
    r"shown|reveal(?:s|ed)|demonstrat(?:es|ed)|confirm(?:s|ed)|negative|positive|"
    r"normal|unremarkable|no (?:acute |evidence of )?(?:fracture|injury|"
    r"abnormality|bleed|dislocation)|without (?:fracture|injury)|cleared?)\b)"
)
"""A result stated after the modality in the same clause ("CT C-spine: no fracture",
"X-ray shows a distal radius fracture"); "pending" or "ordered" is no result."""

_IMMOBILISE: Final = re.compile(
    r"(?i)\b(?:collar|splint|spica|cast|sling|immobili[sz])"
)
"""A procedure order that immobilises the suspected injury."""

_CERVICAL: Final = re.compile(r"(?i)\bcervical|\bc-?spine")
"""An order imaging the cervical spine (the C-spine rules decide its clearance)."""


def _modality(name: str) -> str | None:
    """The imaging modality an order's name starts with (its first named), or None."""
    best: tuple[int, str] | None = None
    for label, body in _MODALITIES.items():
        m = re.search(rf"(?i)\b(?:{body})", name)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), label)
    return best[1] if best else None


def _resulted(modality: str, texts: Sequence[str]) -> bool:
    """Whether the visible texts state a result of this modality."""
    rx = re.compile(rf"(?i)\b(?:{_MODALITIES[modality]}){_RESULT}")
    return any(rx.search(t) for t in texts)


def _short(name: str) -> str:
    """The order's name without its parenthesised reason, at most a few words."""
    head = name.split(" (")[0].strip()
    words = head.split()
    return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")


def pending_imaging_condition(
    orders: Sequence[Order], texts: Sequence[str]
) -> list[str]:
    """The discharge condition for imaging the plan orders with no visible result.

    ``orders`` are the ED plan's (already gated: a test resulted in this visit's
    text is not re-ordered); ``texts`` are the visit's visible texts. Returns one
    rationale clause naming the first pending study (and the immobilisation that
    stays), or nothing when no imaging is pending.
    """
    pending = [
        o
        for o in orders
        if o.kind == "diagnostic"
        and not _SECOND_LINE.search(o.name)
        and (mod := _modality(o.name)) is not None
        and not _resulted(mod, texts)
    ]
    if not pending:
        return []
    held = [
        _short(o.name)
        for o in orders
        if o.kind == "procedure" and _IMMOBILISE.search(o.name)
    ]
    test = _short(pending[0].name)
    keep = (
        f"; immobilisation ({held[0]}) kept until the result clears the injury"
        if held
        else ""
    )
    cites = (
        "NEXUS, Hoffman JR et al. N Engl J Med 2000;343:94; Canadian C-spine rule,"
        " Stiell IG et al. JAMA 2001;286:1841; "
        if _CERVICAL.search(pending[0].name)
        else ""
    )
    return [
        f"{test} result not yet visible: discharge only once it is read and excludes"
        " the injury or diagnosis it was ordered for"
        + keep
        + f" ({cites}tests pending at discharge go unfollowed: Callen J et al."
        " J Gen Intern Med 2012;27:1334)"
    ]


_PENDING_WORD: Final = re.compile(
    r"(?i)\b(?:pending|awaited|outstanding|to follow|not yet (?:back|resulted))\b"
)
_NO_PENDING: Final = re.compile(r"(?i)\bno (?:\w+ )?(?:results? )?(?:pending|awaited)")
_LAB: Final = re.compile(
    r"(?i)\b(?:cultures?|serolog\w*|pcr|naat|swabs?|monospot|titres?|titers?|"
    r"levels?|smears?|panel|screen|antibod\w*|antigen|hiv|hepatitis|syphilis|"
    r"chlamydia|gonorr\w*|tsh|ferritin|b12|folate|tests?|bloods?|labs?)\b"
)
_BEFORE: Final = re.compile(
    r"(?i)\s*(?:,|\b(?:were|was|is|are|has been|have been|sent|taken|collected|"
    r"drawn|done|result|results)\b|\bpending\b|\bawaited\b|\boutstanding\b)"
)
_AFTER_VISIT: Final = re.compile(r"(?i)\b(?:cultures?|serolog\w*|pcr|naat|swabs?)\b")
"""Tests whose result comes after an ED visit (Callen 2012): a plan order of one is
pending at discharge by nature."""
_IMAGING: Final = re.compile("(?i)\\b(?:" + "|".join(_MODALITIES.values()) + ")")


def _stated_pending(texts: Sequence[str]) -> list[str]:
    """Laboratory tests the visible text states are pending.

    "Urine culture sent, result pending" names "Urine culture": the words before
    'sent' or 'pending'.
    """
    named: list[str] = []
    for text in texts:
        for clause in re.split(r"[.;\n]", text):
            m = _PENDING_WORD.search(clause)
            if m is None or _NO_PENDING.search(clause) or _IMAGING.search(clause):
                continue
            before = clause[: m.start()]
            head = _BEFORE.split(before, maxsplit=1)[0].strip(" ,:")
            if not _LAB.search(head):  # "urine sent for culture, result awaited"
                head = " ".join(_BEFORE.sub(" ", before).split())
            words = head.split()[-6:]
            if words and _LAB.search(" ".join(words)):
                named.append(" ".join(words))
    return named


def pending_laboratory_condition(
    orders: Sequence[Order], texts: Sequence[str]
) -> list[str]:
    """The discharge clause naming laboratory tests whose results come later.

    Tests the visible text states are pending, then the plan's cultures, serology,
    PCR and swabs (results that return after an ED visit). Nothing when none.
    """
    named = _stated_pending(texts)
    named += [
        _short(o.name)
        for o in orders
        if o.kind == "diagnostic"
        and _AFTER_VISIT.search(o.name)
        and not _IMAGING.search(o.name)
    ]
    unique = list(dict.fromkeys(n.lower() for n in named))
    if not unique:
        return []
    return [
        "pending at discharge: "
        + ", ".join(unique[:4])
        + "; the discharge names who follows the result up and how the patient is "
        "told (tests pending at discharge go unfollowed: Callen J et al. J Gen "
        "Intern Med 2012;27:1334; Joint Commission NPSG.02.03.01)"
    ]
