"""ECG results stated in words that establish a diagnosis or mark high risk.

Research software, not for clinical use. Each pattern is a stated result, read only
when its ConText status (``findings.context_status``) is present: "if the ECG meets
STEMI criteria" gives nothing; "does not meet STEMI criteria" and "no Brugada pattern"
are the ECG reader's negatives, returned as absent.

- ``ecg_stemi_criteria``: the ECG documented as meeting STEMI criteria, or ST
  elevation in the posterior leads V7-V9. ESC 2023 ACS (Byrne RA et al. Eur Heart J
  2023;44:3720, 3.2.1): new ST elevation at the J point in two contiguous leads
  (>= 1 mm; V2-V3 >= 2.5 mm in men < 40, >= 2 mm in men >= 40, >= 1.5 mm in women),
  and ST elevation >= 0.5 mm in V7-V9 for the posterior MI whose standard leads show
  only V1-V3 depression (Fourth Universal Definition of MI, Thygesen K et al.
  Circulation 2018;138:e618). With ischaemic symptoms this is the STEMI working
  diagnosis on which reperfusion is decided.
- ``ecg_brugada_type1``: a type 1 (coved) Brugada pattern. ESC 2018 syncope (Brignole
  M et al. Eur Heart J 2018;39:1883, Table 5) lists it among the major high-risk ECG
  features of syncope; ESC 2022 ventricular arrhythmias (Zeppenfeld K et al. Eur
  Heart J 2022;43:3997) diagnoses Brugada syndrome by it.
- ``ecg_pericarditis_pattern`` (mend33): widespread (diffuse, concave) ST elevation or
  PR depression, one of the four ESC criteria of acute pericarditis (Adler Y et al.
  ESC 2015 pericardial diseases, Eur Heart J 2015;36:2921, 3.1; Spodick's sign), read
  only when the note states no reciprocal ST depression and no STEMI: reciprocal
  change in the opposite territory marks an occlusion MI (O'Gara PT et al. ACC/AHA
  2013 STEMI; Thygesen K et al. Fourth UDMI 2018; Wang K et al. NEJM 2003;349:2128).
- ``ecg_new_lbbb`` (cardio46): a left bundle branch block stated new ("new LBBB",
  "presumed new left bundle branch block") or absent from an earlier ECG ("LBBB, not
  present on the ECG from last year"). ESC 2023 ACS (3.2.1, atypical ECG
  presentations): a bundle branch block with ongoing ischaemic symptoms is managed
  as a STEMI, with a primary PCI strategy; a known LBBB "unchanged from the previous
  ECG" is not new.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.rx import guarded

__all__ = [
    "ecg_findings",
    "new_lbbb_in",
    "new_lbbb_stated",
    "stemi_criteria_denied",
]

_STEMI = r"(?:STEMI|ST[- ](?:segment[- ])?elevation (?:MI|myocardial infarction))"
_POSTERIOR = r"(?:V7\s*(?:-|to|through)\s*V?9|posterior leads?)"
_ECG_STEMI: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"(?:meets?|meeting|met|fulfil+s?|fulfil+ing|satisf(?:y|ies|ying))\s+"
        rf"(?:the\s+)?(?:{_STEMI}\s+criteria|criteria\s+for\s+(?:an?\s+)?{_STEMI})|"
        rf"{_STEMI}\s+criteria\s+(?:are\s+|were\s+)?(?:met|fulfilled)|"
        rf"{_POSTERIOR}[^.;\n]{{0,30}}?ST[- ](?:segment[- ])?elevation|"
        rf"ST[- ](?:segment[- ])?elevation[^.;\n]{{0,30}}?\b(?:in|on)\s+{_POSTERIOR}"
        rf")(?![A-Za-z0-9])"
    )
)
_STE = r"ST[- ](?:segment[- ])?elevations?"
_SEP = r"\s*(?:,|and|&|/)\s*(?:and\s+)?"
_INFERIOR = r"(?:II|III|aVF)"
_LATERAL = r"(?:I|aVL|V5|V6)"
_CONTIGUOUS = (
    rf"{_INFERIOR}(?:{_SEP}{_INFERIOR})+|{_LATERAL}(?:{_SEP}{_LATERAL})+|"
    r"V[1-4]\s*(?:-|to|through)\s*V?[4-6]|V[1-4](?:\s*(?:,|and|&)\s*V[1-6]){2,}"
)
"""Two or more contiguous leads of one territory: inferior (II, III, aVF), lateral (I,
aVL, V5, V6) or a precordial run reaching V4 (ESC 2023 ACS 3.2.1)."""
_ECG_STE_LEADS: Final = guarded(
    re.compile(
        rf"(?<![A-Za-z0-9])(?i:{_STE})(?:\s+(?i:of|up to|by))?"
        r"(?:\s+(?:[1-9]\d?(?:\.\d+)?)\s*mm)?(?:\s+(?i:in|across|over))?\s+(?:leads?\s+)?"
        rf"(?:{_CONTIGUOUS})(?![A-Za-z0-9])"
    )
)
"""ST elevation stated in two contiguous leads of one territory (at least 1 mm when
measured): the ECG criterion of a STEMI (Byrne RA et al. ESC 2023 ACS 3.2.1; Thygesen
K et al. Fourth UDMI 2018), not the widespread elevation of pericarditis. cardio51: the
leads may follow the words directly ("ST elevation V1-V4", "ST elevation II, III,
aVF"), the commonest way an ECG is written in a note."""
_BRUGADA: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:type[- ](?:1|I)\s+Brugada(?:\s+(?:pattern|"
        r"ECG|morphology|syndrome))?|Brugada\s+(?:type[- ](?:1|I)|pattern\s+type"
        r"[- ](?:1|I))|coved\s+(?:type\s+)?ST[- ](?:segment[- ])?elevation"
        r"(?:[^.;\n]|\.\d){0,40}?\bV[12]\b)(?![A-Za-z0-9])"
    )
)
_LBBB = r"(?:LBBB|left\s+bundle[- ]branch\s+block)"
_EARLIER_ECG = (
    r"(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?(?:(?:previous|prior|old|older|earlier"
    r"|last|baseline)(?![A-Za-z0-9])|(?:19|20)\d\d(?!\d)|(?:ecg|ekg|tracing)s?\s+"
    r"(?:of|from|in)\s+(?:(?:19|20)\d\d(?!\d)|last\s+(?:year|month)|\d+\s+(?:years?|"
    r"months?)\s+ago))"
)
_NEW_LBBB: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:(?:new(?:ly)?|presumed\s+new)\s+(?:onset\s+)?"
        rf"{_LBBB}|(?P<cmp>{_LBBB})(?=\W{{0,3}}(?:(?:is|was)\s+)?(?:not\s+(?:present|"
        rf"seen)|absent)\s+(?:on|in|from)\s+{_EARLIER_ECG}))(?![A-Za-z0-9])"
    )
)
"""A new LBBB: named new, or absent from an earlier ECG (the comparison's "not present"
is the earlier study's, not a negation of this one: ConText; readers45)."""
_STEMI_NOT_MET: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9]){_STEMI}\s+criteria\s+(?:are\s+|were\s+)?not\s+"
        r"(?:met|fulfilled)(?![A-Za-z0-9])"
    )
)
"""STEMI criteria stated not met, the negation after the words it negates."""
_STE_WORDS = r"ST[- ](?:segment[- ])?elevations?"
_SPREAD = r"(?:diffuse|widespread|generali[sz]ed|global)"
_SADDLE = r"saddle(?:[- ]shaped)?"
_PERICARDITIS: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:PR[- ](?:segment[- ])?depressions?|"
        rf"{_SPREAD}\s+(?:(?:and\s+)?(?:concave|{_SADDLE}|upsloping)\s+)*{_STE_WORDS}|"
        # readers41: the shape before the spread ("saddle-shaped widespread ST
        # elevation"), and "saddle" alone: the pericarditis shape's own name (Adler Y
        # et al. ESC 2015 pericardial diseases 3.1); "concave" alone is no pericarditis
        # sign (an anterior STEMI's elevation is often concave)
        rf"(?:concave|{_SADDLE}|upsloping)\s+(?:and\s+)?{_SPREAD}\s+{_STE_WORDS}|"
        rf"{_SADDLE}\s+{_STE_WORDS}|"
        rf"concave\s+{_STE_WORDS}\s+in\s+(?:most|all|every|nearly all)\s+"
        r"(?:the\s+)?leads|Spodick'?s?\s+sign)"
        r"(?![A-Za-z0-9])"
    )
)
_OCCLUSION_SIGN: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:reciprocal\s+(?:ST[- ](?:segment[- ])?)?"
        r"(?:depressions?|changes?)|STEMI)(?![A-Za-z0-9])"
    )
)
"""Reciprocal ST depression or a named STEMI: the ST elevation of an occlusion."""
_PATTERNS: Final = (
    (
        "ecg_stemi_criteria",
        ("stemi", "v7", "posterior", "myocardial", "elevation"),
        _ECG_STEMI,
    ),
    ("ecg_brugada_type1", ("brugada", "coved"), _BRUGADA),
    ("ecg_new_lbbb", ("lbbb", "bundle"), _NEW_LBBB),
    (
        "ecg_pericarditis_pattern",
        ("pr depression", "pr-", "pr segment", "elevation", "spodick"),
        _PERICARDITIS,
    ),
)
_NEGATIVES: Final = {"ecg_stemi_criteria": _STEMI_NOT_MET}


def ecg_findings(text: str | None) -> tuple[Finding, ...]:
    """ECG results of ``text`` (the current visit), one per concept.

    The first mention stated present wins; without one, a mention stated absent ("does
    not meet STEMI criteria") is returned as absent: the ECG reader's own negative.
    """
    if not text:
        return ()
    lower = text.lower()
    out: list[Finding] = []
    for concept, cues, rx in _PATTERNS:
        if not any(c in lower for c in cues):
            continue
        if concept == "ecg_pericarditis_pattern" and _occlusion_stated(text):
            continue
        if concept == "ecg_stemi_criteria" and _read_by_leads(text):
            rx = _ECG_STE_LEADS
        absent: Finding | None = None
        for m in rx.finditer(text):
            status = context_status(text, m.start(), m.end())
            if status == "absent" and m.groupdict().get("cmp"):
                status = "present"  # "not present on the ECG of 2022": new now
            if status not in ("present", "absent"):
                continue
            found = Finding(
                concept=concept,
                status=status,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
            )
            if status == "present":
                out.append(found)
                break
            absent = absent or found
        else:
            negative = _NEGATIVES.get(concept)
            if absent is None and negative is not None:
                neg = negative.search(text)
                if neg and context_status(text, neg.start(), neg.end()) == "present":
                    absent = Finding(
                        concept=concept,
                        status="absent",
                        text=neg.group(0),
                        start=neg.start(),
                        end=neg.end(),
                    )
            if absent is not None:
                out.append(absent)
    return tuple(out)


def _read_by_leads(text: str) -> bool:
    """Whether the STEMI criterion is read from a contiguous-lead statement.

    Only when no 'meets STEMI criteria' wording is there, and not for a pericarditis
    pattern without reciprocal change (Adler Y et al. ESC 2015): its lead list is no
    STEMI criterion.
    """
    if _ECG_STEMI.search(text):
        return False
    return not (_PERICARDITIS.search(text) and not _occlusion_stated(text))


def _occlusion_stated(text: str) -> bool:
    """Whether ``text`` states reciprocal ST depression or a STEMI (not negated)."""
    return any(
        context_status(text, m.start(), m.end()) == "present"
        for m in _OCCLUSION_SIGN.finditer(text)
    )


def stemi_criteria_denied(text: str | None) -> bool:
    """Whether ``text`` states that the ECG does not meet STEMI criteria."""
    return any(
        f.concept == "ecg_stemi_criteria" and f.status == "absent"
        for f in ecg_findings(text)
    )


def new_lbbb_stated(texts: Iterable[str | None]) -> bool:
    """Whether any of ``texts`` states a new left bundle branch block (present)."""
    return any(new_lbbb_in(t) for t in texts)


def new_lbbb_in(text: str | None) -> bool:
    """Whether ``text`` states a new left bundle branch block (present).

    A pure reader of one text (``new_lbbb_stated`` text by text), so a pathway can
    keep its answer per text and have it replayed (``agents._text.any_kept``).
    """
    return any(
        f.concept == "ecg_new_lbbb" and f.status == "present"
        for f in ecg_findings(text)
    )
