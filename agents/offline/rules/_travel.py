"""Travel to a malaria- or dengue-endemic area, in words (private to ``rules``).

A fever in a traveller returned from a malaria-endemic area is malaria until three
blood films are negative (Lalloo DG et al. UK malaria treatment guidelines 2016. J
Infect 2016;72:635; CDC Yellow Book 2024). The places are those of sustained
transmission in the WHO World Malaria Report 2023, most imported falciparum malaria
coming from sub-Saharan Africa (travellers visiting friends and relatives the most):
the African countries of the WHO African Region with transmission, their largest
cities, southern Africa's game-park areas (infect56: Kruger in South Africa's
north-east, Botswana, Namibia: low transmission, still a malaria area), and the other
high-burden countries (infect55: India, Pakistan and Afghanistan,
where most of the vivax malaria imported to the UK is acquired: UKHSA malaria imported
into the UK 2023; Lalloo 2016). A place counts only with a travel word
in the same sentence ("back from Nigeria", "visiting family in Lagos, returned 10
days ago", infect55: "volunteered in Malawi, swam in Lake Malawi"): a country of birth
alone is no exposure. Research software, not for
clinical use.

Dengue (lead38): the countries and regions of frequent or continuous transmission in
the WHO dengue guidelines 2009 and the CDC Yellow Book 2024 (South and South-East
Asia, the Pacific islands, Latin America and the Caribbean), where most travellers'
dengue is acquired (Halstead S, Wilder-Smith A. J Travel Med 2019;26:taz062).

Enteric fever (lead39): South Asia (Nabarro LE et al. BIA/UKHSA 2022).

Viral haemorrhagic fever (infect52): the African countries where Lassa, Ebola,
Marburg or Crimean-Congo haemorrhagic fever occur (the malaria places of sub-Saharan
Africa), and the CCHF countries of the Middle East, the Balkans and Central and South
Asia (ACDP / UKHSA VHF risk assessment 2015, updated 2023; UKHSA VHF country list).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded, scan

__all__ = [
    "dengue_travel_spans",
    "enteric_travel_spans",
    "malaria_travel_spans",
    "vhf_travel_spans",
]

_PLACES: Final = (
    r"nigeria|ghana|sierra leone|liberia|guinea|ivory coast|c[oô]te d.ivoire"
    r"|burkina faso|mali|niger|senegal|gambia|togo|benin|cameroon"
    r"|central african republic|(?:democratic republic of (?:the )?)?congo|drc|gabon"
    r"|angola|zambia|malawi|mozambique|tanzania|uganda|kenya|rwanda|burundi"
    r"|south sudan|sudan|ethiopia|somalia|madagascar|zimbabwe|papua new guinea"
    r"|solomon islands|india|pakistan|afghanistan|indian subcontinent"
    r"|lagos|abuja|kano|ibadan|accra|kumasi|freetown|monrovia|conakry|abidjan"
    r"|ouagadougou|bamako|dakar|lom[eé]|cotonou|douala|yaound[eé]|kinshasa"
    r"|brazzaville|luanda|lusaka|lilongwe|blantyre|maputo|dar es salaam|zanzibar"
    r"|kampala|mombasa|kisumu|kigali|juba|khartoum"
    r"|sub-?saharan africa|west africa|east africa|central africa"
    # infect56: southern Africa's countries with transmission and its game-park areas
    # (the north-east of South Africa: Kruger, Limpopo, Mpumalanga; Botswana's
    # Okavango; the Zambezi's Victoria Falls), low-risk but malaria places (WHO World
    # Malaria Report 2023; UKHSA ACMP malaria prevention guidelines 2024)
    r"|botswana|namibia|eswatini|swaziland|kruger|limpopo|mpumalanga|okavango"
    r"|victoria falls"
)
_PLACE: Final = guarded(re.compile(rf"(?i)(?<![A-Za-z])(?:{_PLACES})(?![A-Za-z])"))
_DENGUE_PLACES: Final = (
    r"thailand|vietnam|viet nam|cambodia|laos|myanmar|malaysia|singapore|indonesia"
    r"|bali|philippines|india|sri lanka|bangladesh|maldives|nepal|pakistan"
    r"|brazil|mexico|colombia|peru|bolivia|paraguay|ecuador|venezuela|honduras"
    r"|nicaragua|guatemala|el salvador|costa rica|panama|cuba|dominican republic"
    r"|puerto rico|jamaica|haiti|barbados|trinidad|fiji|samoa|tonga|french polynesia"
    r"|bangkok|phuket|hanoi|ho chi minh city|kuala lumpur|jakarta|manila|delhi"
    r"|mumbai|dhaka|colombo|rio de janeiro|s[aã]o paulo|cancun|canc[uú]n"
    r"|south-?east asia|southeast asia|south asia|latin america|central america"
    r"|south america|the caribbean|the pacific islands"
)
_DENGUE_PLACE: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z])(?:{_DENGUE_PLACES})(?![A-Za-z])")
)
# lead39: enteric fever: most travellers' typhoid and paratyphoid is acquired in South
# Asia (Nabarro LE et al. BIA/UKHSA enteric fever guideline 2022, J Infect 2022;84:469)
_ENTERIC_PLACES: Final = (
    r"india|pakistan|bangladesh|nepal|afghanistan|indian subcontinent|south asia"
    r"|delhi|new delhi|mumbai|kolkata|chennai|bangalore|bengaluru|hyderabad|lahore"
    r"|karachi|islamabad|rawalpindi|dhaka|sylhet|chittagong|kathmandu|kabul"
)
_ENTERIC_PLACE: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z])(?:{_ENTERIC_PLACES})(?![A-Za-z])")
)
# infect52: VHF-endemic places: sub-Saharan Africa (the malaria places without Papua New
# Guinea and the Solomon Islands) and the CCHF belt (ACDP / UKHSA 2015/2023)
# infect53: "Guinea" alone is the West African state, not the end of Papua New Guinea
# (a miner back from Papua New Guinea with a nosebleed was isolated as a VHF)
_VHF_PLACES: Final = (
    _PLACES.replace(
        r"|solomon islands|india|pakistan|afghanistan|indian subcontinent", ""
    )
    .replace(r"|papua new guinea", "")
    .replace(r"|guinea|", r"|(?<!new )guinea|")
    + r"|equatorial guinea|south africa|namibia|botswana|eritrea|djibouti|mauritania"
    r"|turkey|t[uü]rkiye|iran|iraq|afghanistan|pakistan|kosovo|albania|bulgaria"
    r"|georgia|kazakhstan|tajikistan|uzbekistan|saudi arabia|oman|united arab emirates"
)
_VHF_PLACE: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z])(?:{_VHF_PLACES})(?![A-Za-z])")
)
_TRAVEL: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:return\w*|back from|came back|travel\w*|visit\w*|trips?"
    r"|holiday\w*|flew|flight|arriv\w*|been (?:to|in)|went to|stay\w* (?:in|with)"
    r"|spent|working in|worked in|volunteer\w* (?:in|at|with)"
    r"|swam in|swimming in"
    # infect56: a safari is a trip ("game-park safari in Kruger")
    r"|safaris?)(?![A-Za-z])"
)
_SENTENCE: Final = re.compile(r"[.;\n]")


def malaria_travel_spans(text: str) -> list[tuple[int, int]]:
    """Travel to a malaria-endemic place (``_travel_spans``)."""
    return _travel_spans(text, _PLACE)


def dengue_travel_spans(text: str) -> list[tuple[int, int]]:
    """Travel to a dengue-endemic place (``_travel_spans``)."""
    return _travel_spans(text, _DENGUE_PLACE)


def enteric_travel_spans(text: str) -> list[tuple[int, int]]:
    """Travel to South Asia, where enteric fever is acquired (``_travel_spans``)."""
    return _travel_spans(text, _ENTERIC_PLACE)


def vhf_travel_spans(text: str) -> list[tuple[int, int]]:
    """Travel to a VHF-endemic place (``_travel_spans``; ACDP / UKHSA 2015/2023)."""
    return _travel_spans(text, _VHF_PLACE)


def _travel_spans(text: str, places: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans from a travel word to an endemic place in one sentence, in text order.

    Args:
        text: Free text.
        places: The endemic places (malaria's or dengue's).

    Returns:
        (start, end) of each sentence's first travel word and endemic place,
        whichever comes first to whichever comes last.
    """
    out: list[tuple[int, int]] = []
    last_sentence = -1
    for place in scan(places, text):
        start = _sentence_start(text, place.start())
        if start == last_sentence:
            continue
        stop = _sentence_end(text, place.end())
        travel = _TRAVEL.search(text, start, stop)
        if travel is None:
            continue
        last_sentence = start
        out.append((min(travel.start(), place.start()), max(travel.end(), place.end())))
    return out


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE.finditer(text, 0, at)), default=0)


def _sentence_end(text: str, at: int) -> int:
    m = _SENTENCE.search(text, at)
    return m.start() if m else len(text)
