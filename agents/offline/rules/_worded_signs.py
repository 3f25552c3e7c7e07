"""Findings written as a phrase the lexicon's fixed terms do not hold (readers50).

Private to ``agents.offline.rules.findings``, which gives each span its context
status (negated, historical, ...). Each pattern is one ED documentation convention:

- a symptom abbreviation that names two or three symptoms ("N/V/D", "D&V");
- the abdomen with its signs in a row ("abdomen distended and tender");
- a chest film's shadowing or opacification ("Chest x-ray: patchy bilateral
  shadowing");
- oxygen saturation falling on exertion ("SpO2 drops to 90% on walking");
- a postural blood pressure fall by its numbers ("lying 132/78, BP drops to 102/60 on
  standing"), read by ESC 2018's definition;
- a pull on a child's arm written with the child between ("lifted her by the hand");
- the birth a day or more ago by its count ("2 weeks after a vaginal delivery");
- a corrosive swallowed by its amount ("a mouthful of drain cleaner").
"""

from __future__ import annotations

import re
from typing import Final

from cases.number_words import number_value
from cases.rx import scan

_GI_ABBREVIATIONS: Final = (
    (re.compile(r"(?<![A-Za-z0-9/&+])N\s?[/+&]\s?V\s?[/+&]\s?D(?![A-Za-z0-9])"),
     ("nausea", "diarrhea")),
    (re.compile(r"(?<![A-Za-z0-9/&+])N\s?[/+&]\s?V(?![A-Za-z0-9/&+])"), ("nausea",)),
    (re.compile(r"(?<![A-Za-z0-9/&+])(?:D\s?[&+]\s?V|V\s?[&+]\s?D)(?![A-Za-z0-9/&+])"),
     ("vomiting", "diarrhea")),
)  # fmt: skip
"""ED shorthand for the symptoms of gastroenteritis (NICE CKS 2022): "N/V/D" is
nausea, vomiting and diarrhoea, "D&V" / "D+V" diarrhoea and vomiting, "N/V" nausea and
vomiting. The lexicon reads "N/V" as vomiting; the other symptoms are added here.
Case-sensitive; "NVD" (a normal vaginal delivery) is none of them."""

_ABDOMEN_TENDER: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:abdomen|abdo|tummy|belly)\s+(?:(?:is|was|feels|felt)\s+)?"
    r"(?:(?:soft|distended|distend|tense|firm|swollen|bloated|tympanic|obese|full"
    r"|diffusely|generally|generalised|generalized|mildly|very|markedly|exquisitely"
    r"|quite|guarded|rigid)(?:\s*,\s*|\s+(?:and|but)\s+|\s+)){1,4}"
    r"tender(?![A-Za-z-])"
)
"""The abdomen with its signs in a row ("abdomen distended and tender", "abdomen soft
but tender", "abdo distended, tense and tender"): tenderness is one of them. A
"non-tender" abdomen never matches ("tender" must follow a sign word)."""

_CHEST_FILM: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:chest\s+x-?\s?rays?|chest\s+radiograph\w*|chest\s+films?"
    r"|cxr|c\.x\.r|ct\s+chest|ct\s+thorax|chest\s+ct|pa\s+film|ap\s+film|x-?rays?"
    r"|radiograph\w*|film)(?![A-Za-z])"
)
_PNEUMONIA_ON_FILM: Final = re.compile(
    r"(?i)(?<![A-Za-z])pneumonia\s+(?:(?:seen|shown|confirmed|visible|evident)\s+)?"
    r"on\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:chest\s+)?(?:x-?\s?rays?|films?|cxr"
    r"|radiographs?|imaging|ct)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:chest\s+x-?\s?rays?|chest\s+radiograph\w*|chest\s+films?|cxr"
    r"|ct\s+chest|chest\s+ct|x-?\s?rays?)(?:\s*:\s*|\s+(?:shows?|showed|showing"
    r"|confirms?|confirmed|demonstrates?|demonstrated|reveals?|revealed|consistent\s+with"
    r"|in\s+keeping\s+with)\s+)(?:an?\s+)?(?:[\w-]+\s+){0,4}?pneumonia(?![A-Za-z])"
)
"""readers53 (lead53's request): a pneumonia the film shows ("right lower lobe
pneumonia on x-ray", "CXR: RLL pneumonia", "x-ray shows left basal pneumonia") is the
film's infiltrate as well as the diagnosis (BTS 2009 CAP; NICE NG138: pneumonia
confirmed on the chest film). The span's own ConText status decides ("?pneumonia on
CXR", "no pneumonia on the film")."""
_SHADOWING: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:patchy|bilateral|bibasal|bibasilar|basal|lobar|lobe|zone"
    r"|left|right|lower|upper|middle|mid|alveolar|airspace|air-space|air\s+space"
    r"|consolidative|dense|focal|new|multifocal|segmental|l|r|ll|rl|lll|rll|rml|lul"
    r"|rul)\s+){1,3}(?:shadowing|shadow|opacification|opacities|opacity|changes?\s+of"
    r"\s+consolidation)(?![A-Za-z])"
)
"""A chest film's airspace shadowing ("patchy bilateral shadowing", "right lower zone
opacification", "LLL shadowing"): the infiltrate of a pneumonia (BTS 2009 CAP; NICE
NG138 reads the chest film so). Only in a sentence naming the film, and never
"hilar", "interstitial" or "reticular" shadowing (a qualifier word must open it)."""

_EXERTIONAL_DESAT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:spo2|sats?|saturations?|o2\s+sats?|oxygen\s+saturations?"
    r"|pulse\s+oximetry)\s+(?:of\s+)?(?:\d{2}\s*%\s*(?:at\s+rest\s*)?,?\s*)?"
    r"(?:drops?|dropped|dropping|falls?|fell|falling"
    r"|dips?|dipped|dipping|decreases?|decreased|goes\s+down|went\s+down)"
    r"|desaturat(?:es|ed|ing))\s+(?:to\s+|into\s+the\s+(?:low\s+)?)"
    r"(?P<value>\d{2})\s*%?(?:s)?\s*(?:(?:on|with|after|when|while|during)\s+)?(?:minimal\s+"
    r"|mild\s+|gentle\s+)?(?:walking|walk|exertion|exercise|mobilis\w*|mobiliz\w*"
    r"|ambulat\w*|stairs|moving|activity|a\s+walk|walk\s+test)(?![A-Za-z])"
)
"""Oxygen saturation falling on exertion ("SpO2 drops to 90% on walking", "desaturates
to 86% on exertion", infect55: "SpO2 93% at rest dropping to 84% walking 20 m"):
exertional desaturation (BTS 2017 emergency oxygen; BHIVA 2011: desaturation on
exercise marks Pneumocystis pneumonia). A fall that stays at 94% or
above is no desaturation (``_DESAT_BELOW``)."""
_DESAT_BELOW: Final = 94
_SEX_EXPOSURE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:condom (?:split|broke|burst|came off|failed|failure)"
    r"|(?:unprotected|condomless) (?:(?:anal|vaginal|oral) )?(?:sex|intercourse)"
    r"|(?:sex|intercourse) without a condom)(?![A-Za-z])"
)
_WITHIN_72H: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:last night|yesterday|this morning|earlier today|today"
    r"|tonight|(?:\d{1,2}|a few|few|several) hours? ago|(?:one|two|three|[123]|a) days?"
    r" ago)(?![A-Za-z])"
)
"""infect55: a condom failure or condomless sex dated within 72 hours in its sentence
("met last night ..., condom split"): HIV PEP is decided within 72 h (Cresswell F et al.
BHIVA/BASHH PEP 2021) and emergency contraception given within 72-120 h (FSRH 2017,
amended 2023); an older exposure is for testing, not prophylaxis."""

_BP: Final = r"(?P<{0}>\d{{2,3}})\s*/\s*\d{{2,3}}"
_LYING: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:lying|supine|l)\s*(?:bp|blood\s+pressure)?\s*(?:of|:|=|was)?\s*"
    + _BP.format("sys")
    + r"|(?<![A-Za-z])(?:bp|blood\s+pressure)\s*(?:of\s+)?"
    + _BP.format("sys2")
    + r"\s*(?:lying|supine)(?![A-Za-z])"
)
_STANDING: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:standing|on\s+standing|st)\s*(?:bp|blood\s+pressure)?\s*"
    r"(?:of|:|=|was)?\s*"
    + _BP.format("sys")
    + r"|(?:bp|blood\s+pressure|it|systolic)\s+(?:drops?|dropped|dropping|falls?|fell"
    r"|falling|goes\s+down|went\s+down)\s+(?:from\s+\d{2,3}\s*(?:/\s*\d{2,3})?\s+)?to\s+"
    + _BP.format("sys2")
    + r"\s*(?:mm\s?hg\s*)?(?:on|when|after|upon)\s+(?:standing|sitting\s+up"
    r"|getting\s+up)(?:\s+up)?)(?![A-Za-z0-9])"
)
_POSTURAL_DROP: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:postural|orthostatic)\s+(?:bp\s+|blood\s+pressure\s+)?drop"
    r"(?:\s+(?:of|in\s+systolic(?:\s+bp)?(?:\s+of)?))?\s*(?P<drop>\d{2,3})?"
)
_STANDING_BELOW: Final = 90
_FALL_AT_LEAST: Final = 20
"""ESC 2018 syncope (Brignole M et al. Eur Heart J 2018;39:1883), classical orthostatic
hypotension: a sustained fall in systolic pressure of 20 mmHg or more, or a standing
systolic below 90 mmHg."""

_ARM_PULL: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:pulled|pulling|lifted|lifting|swung|swinging|yanked|yanking"
    r"|tugged|tugging|jerked|jerking|hauled|picked)\s+(?:(?:her|him|them|the\s+(?:child"
    r"|baby|boy|girl|toddler))\s+)?(?:up\s+)?(?:by|on)\s+(?:the|her|his|their|one"
    r"|both)\s+(?:(?:left|right|outstretched)\s+)?(?:arms?|hands?|wrists?|forearms?)"
    r"(?![A-Za-z])"
)
"""A longitudinal pull on a child's arm with the child named between ("lifted her by
the hand over a step", "swung him by the arms"): the mechanism of a pulled elbow
(Tintinalli 9th ed. ch. 141; RCH clinical practice guideline). The lexicon holds the
forms without the child ("swung by the arms")."""


_NUMBER: Final = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+few|few|several)"
)
_BIRTH: Final = (
    r"(?:(?:a|an|her|the)\s+)?(?:(?:normal|spontaneous|vaginal|assisted|instrumental"
    r"|forceps|ventouse|emergency|elective|caesarean|cesarean)\s+){0,2}(?:delivery"
    r"|birth|caesarean(?:\s+section)?|cesarean(?:\s+section)?|c-?section|section|labour"
    r"|labor)"
)
_AFTER_BIRTH: Final = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{_NUMBER}\s*(?P<unit>days?|weeks?|wks?|/7|/52)\s+"
    rf"(?:after|since|post|following|from)\s+{_BIRTH}"
    rf"|(?:delivered|gave\s+birth|had\s+(?:her|the|a)\s+baby|{_BIRTH})\s+"
    rf"{_NUMBER}\s*(?P<unit2>days?|weeks?|wks?|/7|/52)\s+ago"
    rf"|{_NUMBER}\s*(?P<unit3>days?|weeks?|wks?|/7|/52)\s+(?:post-?\s?partum"
    r"|post-?\s?natal|post-?\s?delivery|post\s+(?:c-?section|caesarean|cesarean)))"
    r"(?![A-Za-z0-9])"
)
"""The birth a day or more before ("2 weeks after a vaginal delivery", "gave birth 10
days ago", "3/52 postpartum"): a bleed now is a secondary postpartum haemorrhage (24
hours to 12 weeks after birth: RCOG Green-top 52, 2016; ICD-10-CM O72.2). A count of
hours never matches."""


_MONTHS: Final = r"(?:[1-5]|a|one|two|three|four|five)\s*(?:months?|/12)"
_MONTHS_AFTER_BIRTH: Final = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{_MONTHS}\s+(?:after|since|post|following|from)\s+{_BIRTH}"
    rf"|(?:delivered|gave\s+birth|had\s+(?:her|the|a)\s+baby|{_BIRTH})\s+{_MONTHS}\s+ago"
    rf"|{_MONTHS}\s+(?:post-?\s?partum|post-?\s?natal|post-?\s?delivery"
    r"|post\s+(?:c-?section|caesarean|cesarean)))(?![A-Za-z0-9])"
)
"""readers51 (cardio51): a birth up to five months before ("gave birth 2 months ago",
"3 months postpartum") is the postpartum period still: peripartum cardiomyopathy is
diagnosed to 5 months after delivery (Bauersachs J et al. HFA 2019 PPCM position
statement) and a secondary PPH to 12 weeks (RCOG Green-top 52). Six months or more is
none."""


_CORROSIVE: Final = (
    r"(?:drain|oven|toilet\s+bowl)\s+cleaner|caustic\s+soda|sodium\s+hydroxide"
    r"|potassium\s+hydroxide|lye|bleach|battery\s+acid|sulph?uric\s+acid"
    r"|hydrochloric\s+acid|descaler|corrosive"
)
_CAUSTIC_SWALLOWED: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:drank|drunk|swallowed|ingested|gulped|took|taken|had)\s+"
    r"(?:(?:a|an|some|the|half\s+a|about\s+a|approximately\s+a)\s+)?"
    r"(?:(?:small|large|big|full|single)\s+)?(?:mouthful|mouthfuls|sip|sips|swig|swigs"
    r"|gulp|gulps|cupful|cup|glass|glassful|capful|bottle|bottleful|\d+\s*ml|\d+\s*mL)"
    r"\s+of\s+(?:(?:a|an|the|her|his|their|some)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_CORROSIVE})(?![A-Za-z])"
)
"""medgi54: a corrosive swallowed by the amount ("swallowed a mouthful of drain cleaner
(sodium hydroxide)", "drank a cup of bleach"): the lexicon holds the verb next to the
product only. Its management (airway, nil by mouth, no emesis, charcoal or
neutralisation, endoscopy within 12-24 h) is the corrosive's (Chirica M et al.
WSES-ESGE caustic ingestion guidelines. World J Emerg Surg 2019;14:26)."""


_COUNT_WORD: Final = re.compile(rf"(?i)(?<![A-Za-z0-9]){_NUMBER}(?![A-Za-z0-9])")
_UNIT_DAYS: Final = {"d": 1.0, "/7": 1.0, "w": 7.0, "/52": 7.0}


def after_birth_days(text: str) -> list[tuple[float, int, int]]:
    """``(days, start, end)`` of each birth a counted number of days or weeks ago.

    readers56: "gave birth 10 days ago", "2 weeks after a vaginal delivery", "3/52
    postpartum" (``_AFTER_BIRTH``), for a reader that needs how long ago it was.
    """
    out: list[tuple[float, int, int]] = []
    for m in _AFTER_BIRTH.finditer(text):
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        # "a few days": the last count; "3/52": not the shorthand's 52
        counts = list(_COUNT_WORD.finditer(re.sub(r"/\d+", "", m.group(0))))
        if not counts:
            continue
        word = counts[-1].group(0).lower()
        n = float(word) if word.isdigit() else number_value(word.split()[-1])
        per = _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit[:1], 1.0))
        out.append((n * per, m.start(), m.end()))
    return out


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), text.rfind(";", 0, pos))
    ends = [i for i in (text.find(".", pos), text.find("\n", pos)) if i >= 0]
    return lo + 1, min(ends) if ends else len(text)


def _postural(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in scan(_STANDING, text):
        standing = int(m.group("sys") or m.group("sys2"))
        lo, _ = _sentence(text, m.start())
        lying = None
        for n in _LYING.finditer(text, max(0, lo - 160), m.start()):
            lying = int(n.group("sys") or n.group("sys2"))
        if standing < _STANDING_BELOW or (
            lying is not None and lying - standing >= _FALL_AT_LEAST
        ):
            out.append(("orthostatic_hypotension", m.start(), m.end()))
    for m in scan(_POSTURAL_DROP, text):
        drop = m.group("drop")
        if drop is None or int(drop) >= _FALL_AT_LEAST:
            out.append(("orthostatic_hypotension", m.start(), m.end()))
    return out


def worded_sign_spans(text: str) -> list[tuple[str, int, int]]:
    """``(concept, start, end)`` of the findings above, in no particular order."""
    out: list[tuple[str, int, int]] = []
    for rx, concepts in _GI_ABBREVIATIONS:
        for m in scan(rx, text):
            out.extend((c, m.start(), m.end()) for c in concepts)
    out.extend(("abdominal_tenderness", *m.span()) for m in scan(_ABDOMEN_TENDER, text))
    for m in scan(_SEX_EXPOSURE, text):
        lo, hi = _sentence(text, m.start())
        if _WITHIN_72H.search(text, lo, hi):
            out.append(("sexual_exposure_recent", m.start(), m.end()))
    for m in scan(_SHADOWING, text):
        lo, _ = _sentence(text, m.start())
        if _CHEST_FILM.search(text, lo, m.start()):
            out.append(("cxr_infiltrate", m.start(), m.end()))
    if "neumonia" in text:
        out.extend(
            ("cxr_infiltrate", *m.span()) for m in scan(_PNEUMONIA_ON_FILM, text)
        )
    for m in scan(_EXERTIONAL_DESAT, text):
        if int(m.group("value")) < _DESAT_BELOW:
            out.append(("exertional_desaturation", m.start(), m.end()))
    if re.search(r"(?i)standing|postural|orthostatic", text):
        out.extend(_postural(text))
    out.extend(("arm_pull_mechanism", *m.span()) for m in scan(_ARM_PULL, text))
    if re.search(
        r"(?i)cleaner|caustic|hydroxide|lye|bleach|acid|descaler|corrosive", text
    ):
        out.extend(
            ("caustic_ingestion", *m.span()) for m in scan(_CAUSTIC_SWALLOWED, text)
        )
    # readers51 (perf51): the gate names every birth word _AFTER_BIRTH reads
    if re.search(
        r"(?i)deliver|birth|partum|natal|section|labou?r|baby|caesarean|cesarean", text
    ):
        out.extend(
            ("postpartum_after_first_day", *m.span())
            for rx in (_AFTER_BIRTH, _MONTHS_AFTER_BIRTH)
            for m in scan(rx, text)
        )
    return out
