"""Immunocompromise: the one declaration, read from words, drugs, doses and counts.

Research software, not for clinical use. Every reader uses it: the facts
(``ClinicalFacts.immunocompromised``, concept ``immunocompromised``, through
``results.result_findings``), pneumonia's admission criterion
(``admission_criteria``) and triage's fever screen (``_esi_patterns``, which adds
the febrile-risk groups that are not immunocompromise: asplenia, sickle cell disease,
haematological malignancy, a low neutrophil count). The criteria are the high-level
immunosuppression of the IDSA guideline (Rubin LG et al. Clin Infect Dis
2014;58:e44) as operationalised for pneumonia by the consensus on the
immunocompromised host that the ATS/IDSA 2019 CAP guideline excludes (Metlay JP et al.
Am J Respir Crit Care Med 2019;200:e45; Ramirez JA et al. Chest 2020;158:1896):

- stated immunocompromise or immunodeficiency ("immunosuppressed", "on
  immunosuppressants", "primary immunodeficiency");
- a solid-organ or haematopoietic stem-cell transplant recipient (not a candidate,
  a donor, or someone awaiting one);
- cancer chemotherapy: current wording, a stated time within 6 weeks, or a present
  mention with no time; not a stated time beyond 6 weeks, a year, or a completed
  course (NICE NG151: anticancer treatment within 6 weeks);
- HIV with a CD4 count < 200 cells/uL (or < 14 %), AIDS; HIV with no CD4 count
  counts (it cannot be excluded), a latest CD4 >= 200 does not;
- corticosteroids >= 20 mg prednisone-equivalent a day for >= 14 days, or a
  cumulative dose > 600 mg; a dose >= 20 mg with no duration stated, or a
  glucocorticoid taken with no dose stated ("lupus on prednisone", "long-term
  steroids"), counts (it cannot be excluded; hydrocortisone, usually a replacement
  dose, only with its dose); a stated short burst or a lower dose does not;
- biological immune modulators, DMARDs and other immunosuppressive drugs (B-cell and
  lymphocyte depleting antibodies, TNF antagonists, IL-6 blockade, abatacept, JAK
  inhibitors, MS disease-modifying drugs, transplant immunosuppressants,
  azathioprine, methotrexate, cyclophosphamide). Hydroxychloroquine is not counted
  (not immunosuppressive at its doses; IDSA 2014 does not list it);
- neutrophils < 0.5 x 10^9/L (``results``: neutropenia, which implies it).

A mention counts when its ConText status is present or historical (not "no
chemotherapy", not "if she starts rituximab", not a relative's) and no stop or past
course is worded at it ("stopped", "completed", "HIV negative").
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.memo import RecentByIdentity
from cases.number_words import number_value
from cases.rx import guarded

__all__ = [
    "AGRANULOCYTOSIS_DRUGS",
    "ASPLENIA",
    "CD4_BELOW",
    "CHEMO_WEEKS",
    "HIV_IMMUNOSUPPRESSED",
    "IMMUNOCOMPROMISED",
    "SOURCE",
    "STEROID_CUMULATIVE_MG",
    "STEROID_DAYS",
    "STEROID_MG",
    "asplenia",
    "immunocompromise",
    "immunocompromise_findings",
]

AGRANULOCYTOSIS_DRUGS: Final = (
    r"carbimazole|methimazole|thiamazole|propylthiouracil|clozapine"
)
"""Drugs whose agranulocytosis presents as fever, sore throat or mouth ulcers (an
alternation: MHRA 2019 carbimazole; Ross DS et al. ATA 2016 hyperthyroidism; clozapine
SmPC / REMS). Not immunocompromise by themselves: a fever on one of them is."""
IMMUNOCOMPROMISED: Final = "immunocompromised"
"""The concept (and ``ClinicalFacts`` fact) this module produces."""
SOURCE: Final = (
    "Rubin LG et al. 2013 IDSA clinical practice guideline for vaccination of the"
    " immunocompromised host. Clin Infect Dis 2014;58:e44 (high-level"
    " immunosuppression); Metlay JP et al. ATS/IDSA CAP guideline. Am J Respir Crit"
    " Care Med 2019;200:e45; Ramirez JA et al. Treatment of CAP in immunocompromised"
    " adults, consensus statement. Chest 2020;158:1896"
)

_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"
ASPLENIA: Final = guarded(
    re.compile(
        rf"(?i){_B}(?:asplen\w*|hyposplen\w*|splenectom\w*|post-?\s?splenectomy"
        r"|spleen (?:was |had been |has been )?(?:removed|taken out)"
        r"|removal of (?:the|his|her|their) spleen"
        rf"|(?:has|have|with) no (?:functioning )?spleen|without a spleen){_E}"
    )
)
"""No spleen, by operation or disease (readers54; concept ``asplenia``): a febrile-risk
group, not immunocompromise (Davies JM et al. BCSH/BSH 2011: a fever without a spleen
is overwhelming post-splenectomy infection until shown otherwise). Its own "no" is the
finding ("has no spleen"), not a negation of it."""


def asplenia(text: str | None) -> bool:
    """Whether ``text`` states the patient has no spleen, now or since an operation.

    A standing condition: a splenectomy told as history ("spleen removed in 2009",
    "after a car crash years ago") is the patient's asplenia now (ConText historical
    counts); a negated one ("no history of splenectomy", "not asplenic"), a
    hypothetical or a relative's does not (triage55).
    """
    if not text:
        return False
    return any(
        context_status(text, m.start(), m.end()) in ("present", "historical")
        for m in ASPLENIA.finditer(text)
    )


_STATED: Final = guarded(
    re.compile(
        rf"(?i){_B}(?:immunocompromis\w*|immunosuppressed|immuno-?suppression"
        r"|immunosuppress(?:ive|ant)s?(?: (?:therapy|drugs?|medications?|treatment))?"
        r"|(?:primary |combined |common variable )?immunodeficien\w*|cvid|scid"
        rf"|hypogammaglobulin(?:a)?emi\w*){_E}"
    )
)
_TRANSPLANT: Final = guarded(
    re.compile(
        rf"(?i){_B}(?:(?:kidney|renal|liver|hepatic|heart|cardiac|lung|pancreas"
        r"|intestin\w*|solid[- ]organ|organ|stem[- ]cell|bone marrow|allogeneic"
        r"|autologous|haematopoietic|hematopoietic)(?: stem cell)?"
        r"(?:[- ](?:and|/)[- ]?\w+)? transplant(?:ed|ation|s)?"
        r"|transplant (?:recipient|patient|pt)|post-?transplant|s/p (?:\w+ )?transplant"
        rf"|hsct|bmt|sot recipient){_E}"
    )
)
_TRANSPLANT_NOT: Final = guarded(
    re.compile(
        r"(?i)(?:awaiting|listed for|candidate for|evaluation for|work-?up for"
        r"|pending|referred for|on the (?:\w+ )?list for|donor)\W+(?:\w+\W+){0,3}$"
    )
)
_TRANSPLANT_NOT_AFTER: Final = guarded(
    re.compile(
        r"(?i)^\W*(?:candida(?:te|cy)|evaluation|work-?up|list(?:ing)?|donor"
        r"|donation|referral)"
    )
)
_DRUGS: Final = guarded(
    re.compile(
        rf"(?i){_B}(?:rituximab|ocrelizumab|ofatumumab|obinutuzumab|ublituximab"
        r"|alemtuzumab|anti-?CD20|infliximab|adalimumab|etanercept|golimumab"
        r"|certolizumab|TNF[- ]?(?:alpha )?(?:inhibitor|antagonist|blocker)s?"
        r"|tocilizumab|sarilumab|abatacept|tofacitinib|baricitinib|upadacitinib"
        r"|ruxolitinib|JAK inhibitors?|natalizumab|fingolimod|siponimod|ozanimod"
        r"|cladribine|tacrolimus|ciclosporin|cyclosporine?|mycophenol\w*|cellcept"
        r"|sirolimus|everolimus|azathioprine|mercaptopurine|belatacept|basiliximab"
        r"|antithymocyte globulin|methotrexate|cyclophosphamide"
        rf"|anti-?rejection (?:drugs?|medications?|therapy)){_E}"
    )
)
_CHEMO: Final = guarded(
    re.compile(rf"(?i){_B}(?:chemo(?:therapy)?|chemoradiation|chemoradiotherapy){_E}")
)
_CHEMO_NAMED: Final = guarded(
    re.compile(
        rf"{_B}(?:(?i:docetaxel|paclitaxel|nab-?paclitaxel|cabazitaxel|carboplatin"
        r"|cisplatin|oxaliplatin|doxorubicin|epirubicin|daunorubicin|idarubicin"
        r"|fluorouracil|capecitabine|gemcitabine|irinotecan|topotecan|etoposide"
        r"|vincristine|vinorelbine|vinblastine|ifosfamide|cytarabine|pemetrexed"
        r"|eribulin|temozolomide|bendamustine|azacitidine|decitabine|fludarabine"
        r"|trabectedin)|5-?FU|R-?CHOP|FOLFOX|FOLFIRI(?:NOX)?|FEC(?:-T)?|ABVD"
        rf"|BEACOPP|AC-T|EC-T|BEP|FLOT|ECX|EOX|CAPOX|XELOX){_E}"
    )
)
"""A cytotoxic drug or regimen named for chemotherapy, read as chemotherapy with the
same 6-week window (``_chemo``): BNF ch.8 cytotoxic drugs; NICE NG151 2020
(anticancer treatment within 6 weeks). A regimen's capitals must be written as
capitals ("bep" or "flot" in lower case is no regimen; a bare CHOP may be a
hospital). Immunotherapy, hormone and targeted drugs are not listed (no expected
neutropenia)."""
_HIV: Final = guarded(re.compile(rf"(?i){_B}(?:hiv|aids){_E}"))
_HIV_NOT_AFTER: Final = guarded(
    re.compile(
        r"(?i)^\W{0,3}(?:-?\s*(?:neg(?:ative)?\b|-ve\b)|(?:status )?unknown"
        r"|test\w*(?!(?: \w+){0,3} (?:reactive|positive))"
        r"|screen\w*|(?:viral )?load (?:test|request)|prep\b|pep\b|exposure|risk)"
    )
)
_HIV_NOT_BEFORE: Final = guarded(
    re.compile(r"(?i)(?:negative|neg|tested|test|screen\w*|prep|pep|for)\W+$")
)
_CD4: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])CD4\+?(?:\s*(?:T[- ]cell|cell|lymphocyte))?"
        r"(?:\s*count)?\s*(?:of|is|was|:|=)?\s*(?P<cmp><)?\s*(?P<v>\d+(?:\.\d+)?)"
        r"\s*(?P<pct>%)?"
    )
)
CD4_BELOW: Final = 200.0
"""CD4 count (cells/uL) below which HIV is high-level immunosuppression."""
CD4_PCT_BELOW: Final = 14.0
"""CD4 percentage below which HIV counts (Ramirez 2020)."""
_NOT_CURRENT_BEFORE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:stopped|discontinued|completed|finished|off|held"
        r"|came off|weaned off|former(?:ly)?|previously on)\W+(?:\w+\W+){0,3}$"
    )
)
_NOT_CURRENT_AFTER: Final = guarded(
    re.compile(
        r"(?i)^\W*(?:\w+\W+){0,3}?(?:completed|finished|stopped|discontinued"
        r"|held|in remission)(?![A-Za-z])"
    )
)
"""A stop or a past course worded at the mention ("stopped rituximab", "chemotherapy
completed in 2015", "off tacrolimus")."""
_WEEKS: Final = {"day": 1 / 7, "week": 1.0, "wk": 1.0, "month": 4.35, "year": 52.0}
_AGO: Final = guarded(
    re.compile(
        r"(?i)(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s*"
        r"(days?|weeks?|wks?|months?|years?)\s+(?:ago|prior|earlier|before)"
    )
)
_YEAR: Final = guarded(re.compile(r"(?<![0-9])(?:19|20)\d\d(?![0-9])"))
_CURRENT: Final = guarded(
    re.compile(
        r"(?i)\b(?:on|receiving|currently|ongoing|undergoing|recent(?:ly)?|"
        r"active|current|last (?:cycle|dose)|cycle \d+|mid-?cycle)\b"
    )
)
CHEMO_WEEKS: Final = 6.0
"""Chemotherapy within this many weeks counts (NICE NG151; IDSA: during and shortly
after)."""

_STEROID_FACTOR: Final = {
    "prednisone": 1.0,
    "prednisolone": 1.0,
    "methylprednisolone": 1.25,
    "dexamethasone": 6.67,
    "hydrocortisone": 0.25,
}
"""Anti-inflammatory equivalence to prednisone (BNF; Liu D et al. Allergy Asthma Clin
Immunol 2013;9:30)."""
_STEROID: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?P<drug>prednisone|prednisolone|methylprednisolone|"
        r"dexamethasone|hydrocortisone)[^.;\n]{0,25}?(?P<dose>\d+(?:\.\d+)?)\s*mg"
        r"(?P<tail>[^.;\n]{0,60})"
    )
)
_STEROID_UNDOSED: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?:on|long[- ]term|chronic|maintenance|daily"
        r"|home)\s+(?:oral\s+|systemic\s+)?(?:(?:cortico)?steroids?|prednisone"
        r"|prednisolone|methylprednisolone|dexamethasone)"
        r"|steroid[- ]dependent)(?![A-Za-z0-9])"
    )
)
_DURATION: Final = guarded(
    re.compile(
        r"(?i)(?:for|x|over|since|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?"
        r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s*(days?|weeks?|wks?|"
        r"months?|years?)"
    )
)
STEROID_MG: Final = 20.0
STEROID_DAYS: Final = 14.0
STEROID_CUMULATIVE_MG: Final = 600.0
"""Ramirez 2020: >= 20 mg/day for >= 14 days, or a cumulative dose > 600 mg."""


def _weeks(number: str, unit: str) -> float:
    value = number_value(number)
    key = unit.lower().rstrip("s")
    return value * _WEEKS["week" if key == "wk" else key]


def _counts(text: str, start: int, end: int) -> bool:
    """Present or past, and not stopped or completed where it is worded."""
    if context_status(text, start, end) not in ("present", "historical"):
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    return not (_NOT_CURRENT_BEFORE.search(before) or _NOT_CURRENT_AFTER.search(after))


def _line(text: str, m: re.Match[str], reach: int = 60) -> str:
    return (
        re.split(r"[.;\n]", text[max(0, m.start() - reach) : m.start()])[-1]
        + (re.split(r"[.;\n]", text[m.start() : m.end() + reach])[0])
    )


def _chemo(text: str, m: re.Match[str]) -> bool:
    """Within 6 weeks: a stated time, current wording, or a present undated mention."""
    status = context_status(text, m.start(), m.end())
    if status not in ("present", "historical"):
        return False
    line = _line(text, m)
    ago = _AGO.search(line)
    if ago is not None:  # "completed chemotherapy 2 weeks ago" still counts
        return _weeks(ago.group(1), ago.group(2)) <= CHEMO_WEEKS
    if _CURRENT.search(line):
        return _counts(text, m.start(), m.end())
    if _YEAR.search(line) or status != "present":
        return False
    return _counts(text, m.start(), m.end())


def _steroid(m: re.Match[str]) -> bool:
    dose = float(m.group("dose")) * _STEROID_FACTOR[m.group("drug").lower()]
    tail = m.group("tail")
    duration = _DURATION.search(tail)
    if duration is not None:
        days = 7 * _weeks(duration.group(1), duration.group(2))
        return (dose >= STEROID_MG and days >= STEROID_DAYS) or (
            dose * days > STEROID_CUMULATIVE_MG
        )
    return dose >= STEROID_MG  # no duration stated: >= 14 days cannot be excluded


def _latest_cd4(text: str) -> tuple[float, bool] | None:
    """The last CD4 stated (value, is a percentage), or None."""
    found = [(float(c.group("v")), bool(c.group("pct"))) for c in _CD4.finditer(text)]
    return found[-1] if found else None


def _cd4_low(cd4: tuple[float, bool]) -> bool:
    value, pct = cd4
    return value < (CD4_PCT_BELOW if pct else CD4_BELOW)


def _hiv_counts(text: str, start: int, end: int) -> bool:
    """An HIV or AIDS the note asserts, present or past.

    A stop word beside it ("stopped antiretrovirals two years ago", "off ART") is the
    treatment's, not the infection's: HIV is lifelong, and untreated it is the
    advanced disease the opportunistic infections come from (WHO 2021 consolidated
    HIV guidelines, advanced HIV disease; BHIVA 2011 opportunistic infection
    guidelines). Only the chemotherapy and immunosuppressant courses end
    (``_counts``); the infection's own negatives are ``_HIV_NOT_AFTER`` and
    ``_HIV_NOT_BEFORE``.
    """
    return context_status(text, start, end) in ("present", "historical")


def _hiv(text: str, m: re.Match[str], cd4: tuple[float, bool] | None) -> bool:
    if m.group(0).lower() == "aids":
        return _hiv_counts(text, m.start(), m.end())
    if _HIV_NOT_AFTER.search(text[m.end() : m.end() + 30]) or _HIV_NOT_BEFORE.search(
        text[max(0, m.start() - 20) : m.start()]
    ):
        return False
    return (cd4 is None or _cd4_low(cd4)) and _hiv_counts(text, m.start(), m.end())


_STEMS: Final[dict[str, tuple[str, ...]]] = {
    "stated": ("immun", "cvid", "scid", "hypogamma"),
    "transplant": ("transplant", "hsct", "bmt", "sot recipient"),
    "drugs": (
        "mab", "cept", "cd20", "tnf", "tinib", "jak", "fingolimod", "siponimod",
        "ozanimod", "cladribine", "limus", "sporin", "mycophenol", "cellcept",
        "azathioprine", "mercaptopurine", "globulin", "methotrexate",
        "cyclophosphamide", "rejection",
    ),
    "chemo": ("chemo",),
    "named": (
        "taxel", "platin", "rubicin", "fluorouracil", "5fu", "5-fu", "capecit",
        "gemcit", "tecan", "etoposide", "vin", "ifosfamide", "cytarabine",
        "pemetrexed", "eribulin", "temozolomide", "bendamustine", "citabine",
        "fludarabine", "trabectedin", "chop", "folf", "fec", "abvd", "beacopp",
        "ac-t", "ec-t", "bep", "flot", "ecx", "eox", "capox", "xelox",
    ),
    "hiv": ("hiv", "aids"),
    "cd4": ("cd4",),
    "steroid": ("pred", "dexameth", "hydrocort", "steroid"),
}  # fmt: skip
"""Lower-case stems one of which each reader's words contain: a text with none of
them is not scanned by that reader's regex (most notes name no immunosuppression;
the substring test costs a fraction of the regex scan)."""


def _spans(text: str) -> list[tuple[int, int]]:
    """Every qualifying statement, as (start, end)."""
    low = text.lower()
    has = {k: any(stem in low for stem in v) for k, v in _STEMS.items()}
    cd4 = _latest_cd4(text) if has["cd4"] else None
    spans = [
        (m.start(), m.end())
        for rx, key in ((_STATED, "stated"), (_DRUGS, "drugs"))
        if has[key]
        for m in rx.finditer(text)
        if _counts(text, m.start(), m.end())
    ]
    if has["transplant"]:
        spans += [
            (m.start(), m.end())
            for m in _TRANSPLANT.finditer(text)
            if not _TRANSPLANT_NOT.search(text[max(0, m.start() - 40) : m.start()])
            and not _TRANSPLANT_NOT_AFTER.search(text[m.end() : m.end() + 20])
            and _counts(text, m.start(), m.end())
        ]
    if has["chemo"]:
        spans += [
            (m.start(), m.end()) for m in _CHEMO.finditer(text) if _chemo(text, m)
        ]
    if has["named"]:
        spans += [
            (m.start(), m.end()) for m in _CHEMO_NAMED.finditer(text) if _chemo(text, m)
        ]
    if has["hiv"]:
        spans += [
            (m.start(), m.end()) for m in _HIV.finditer(text) if _hiv(text, m, cd4)
        ]
    if cd4 is not None and _cd4_low(cd4):
        spans += [
            (m.start(), m.end())
            for m in _CD4.finditer(text)
            if _counts(text, m.start(), m.end())
        ][-1:]
    if has["steroid"]:
        spans += _steroid_spans(text)
    return spans


def _steroid_spans(text: str) -> list[tuple[int, int]]:
    doses = list(_STEROID.finditer(text))
    spans = [
        (m.start(), m.end())
        for m in doses
        if _steroid(m) and _counts(text, m.start(), m.end())
    ]
    return spans + [
        (m.start(), m.end())
        for m in _STEROID_UNDOSED.finditer(text)
        if not any(abs(d.start() - m.start()) <= 40 for d in doses)
        and _counts(text, m.start(), m.end())
    ]


def immunocompromise(text: str | None) -> Finding | None:
    """The first statement of immunocompromise in ``text``, or None.

    Args:
        text: Free text of the current visit (never prior notes).

    Returns:
        A present ``immunocompromised`` finding quoting what states it.

    Kept for the last texts asked (``_FOUND``): the facts, the pathways, triage and
    the admission criteria each ask about the same texts.
    """
    if not text:
        return None
    return _FOUND.get_or_compute((text,), lambda: _immunocompromise(text))


_FOUND: Final[RecentByIdentity[Finding | None]] = RecentByIdentity(64)
"""``immunocompromise`` of the last texts asked, found by the text's identity."""


def _immunocompromise(text: str) -> Finding | None:
    spans = _spans(text)
    if not spans:
        return None
    start, end = min(spans)
    return Finding(
        concept=IMMUNOCOMPROMISED,
        status="present",
        text=text[start:end],
        start=start,
        end=end,
    )


HIV_IMMUNOSUPPRESSED: Final = "hiv_immunosuppressed"
"""HIV counted as immunocompromise (CD4 < 200, AIDS, or no CD4 stated): the group
in which a subacute meningitis is cryptococcal until the antigen says otherwise
(WHO 2022 cryptococcal disease guidelines; Perfect JR et al. IDSA 2010)."""


def _hiv_finding(text: str) -> Finding | None:
    if "hiv" not in text.lower() and "aids" not in text.lower():
        return None
    cd4 = _latest_cd4(text) if "cd4" in text.lower() else None
    low = cd4 is not None and _cd4_low(cd4)  # a low CD4 counts whatever the wording
    m = next((m for m in _HIV.finditer(text) if low or _hiv(text, m, cd4)), None)
    if m is None:
        return None
    return Finding(
        concept=HIV_IMMUNOSUPPRESSED,
        status="present",
        text=m.group(0),
        start=m.start(),
        end=m.end(),
    )


def immunocompromise_findings(text: str | None) -> tuple[Finding, ...]:
    """``immunocompromise`` (at most one finding) and, with it, an HIV that counts."""
    found = immunocompromise(text)
    if found is None or text is None:
        return ()
    hiv = _hiv_finding(text)
    return (found,) if hiv is None else (found, hiv)
