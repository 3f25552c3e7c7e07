"""Respiratory pathways read from their own published criteria: massive haemoptysis.

Massive (life-threatening) haemoptysis: 100 mL or more of blood coughed up, or any
haemoptysis named massive or life-threatening (Ibrahim WH. Eur Respir J
2008;32:1131: the volume threshold runs from 100 to 600 mL a day and the threat is
asphyxiation, not exsanguination). Its ED care is the airway first: the patient lies
bleeding side down, an airway-skilled clinician intubates with a large tube if the
airway is threatened, an ICU bed; tranexamic acid (Wand O et al. Chest
2018;154:1379: nebulised tranexamic acid stopped the bleeding sooner than placebo);
CT angiography of the chest once the airway is safe, to find the bleeding vessel, and
bronchial artery embolisation by interventional radiology, bronchoscopy or surgery to
stop it (Davidson K, Shojaee S. Chest 2020;157:77; Radchenko C et al. J Thorac Dis
2017;9:S1069). Blood-streaked sputum is not massive haemoptysis: its cause is worked
up by the differential. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents._text import asserted, visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["MASSIVE_HAEMOPTYSIS", "RESPIRATORY_PATHWAYS", "massive_haemoptysis"]

_BLOOD = r"(?:(?:bright(?: red)?|fresh|frank|dark) )?blood"
_ABOUT = (
    r"(?:about |around |approximately |nearly |almost |~ ?|over |more than "
    r"|at least )?"
)
_VOLUME = _ABOUT + r"[1-9]\d{2,3} ?(?:ml|mls|cc)"
MASSIVE_HAEMOPTYSIS: Final = word_start(
    r"(?:massive|large[- ]volume|life[- ]threatening|copious|torrential)"
    r" ha?emoptysis|"
    rf"ha?emoptysis[^.;\n]{{0,40}}?{_VOLUME}|"
    rf"(?:cough\w*|expectorat\w*|bring\w*|brought) (?:up )?(?:{_VOLUME} (?:of )?"
    rf"{_BLOOD}|(?:large|copious|massive) (?:amounts?|volumes?|quantit\w*) of "
    rf"{_BLOOD}|{_ABOUT}(?:a |one |two |a half |half a )?cup(?:s|ful|fuls)? of "
    rf"{_BLOOD}|{_BLOOD}[^.;\n]{{0,60}}?{_VOLUME})"
)
"""Massive haemoptysis in words: named so, or a volume of 100 mL or more (Ibrahim
2008), written before or after the blood ("coughing up bright red blood since this
morning, about 300 mL in the last hour": classic33); a cupful (about 240 mL) counts
however it is hedged ("about a cupful")."""


def massive_haemoptysis(view: StageView, _pop: Population) -> list[Required]:
    """Airway, tranexamic acid, CT angiography and embolisation (Davidson 2020)."""
    if not asserted(MASSIVE_HAEMOPTYSIS, visible_texts(view)):
        return []
    src = "Davidson K, Shojaee S. Chest 2020;157:77; Ibrahim WH. Eur Respir J 2008"
    return [
        _req(
            "procedure",
            "lie the patient bleeding side down (the side of a known lesion), "
            "suction ready",
            f"massive haemoptysis: protect the other lung ({src})",
            r"bleeding side down|bleeding[- ]side|lateral decubitus",
        ),
        _req(
            "consult",
            "anaesthetics and intensive care now: the airway secured if it is "
            "threatened (a large tube, 8.0 or more)",
            f"massive haemoptysis kills by asphyxiation ({src})",
            r"anaesthe\w*[^;]{0,40}airway",
        ),
        _req(
            "monitoring",
            "an ICU bed, airway equipment and suction at the bedside",
            f"massive haemoptysis: the airway may be lost at any time ({src})",
            r"icu bed",
        ),
        _req(
            "medication",
            "tranexamic acid 1 g IV over 10 min (or 500 mg nebulised)",
            "haemoptysis: tranexamic acid shortens the bleeding (Wand O et al. Chest "
            "2018;154:1379)",
            r"tranexamic|\btxa\b",
        ),
        _req(
            "diagnostic",
            "CT angiography of the chest once the airway is safe (the bleeding vessel)",
            f"massive haemoptysis: the bronchial artery to embolise ({src})",
            r"ct (?:pulmonary )?angiogra\w*|ctpa|cta chest",
        ),
        _req(
            "consult",
            "interventional radiology (bronchial artery embolisation) and "
            "respiratory medicine or thoracic surgery (bronchoscopy)",
            f"massive haemoptysis: stop the bleeding ({src}; Radchenko C et al. J "
            "Thorac Dis 2017;9:S1069)",
            r"interventional radiolog\w*|bronchial artery emboli\w*",
        ),
        _req(
            "diagnostic",
            "group and crossmatch, coagulation screen; reverse any anticoagulant",
            f"massive haemoptysis ({src})",
            r"crossmatch|cross-match|coagulation",
        ),
    ]


RESPIRATORY_PATHWAYS: Final = (massive_haemoptysis,)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
