"""Thiamine before glucose where Wernicke encephalopathy threatens.

Research software, not for clinical use. Glucose given to a thiamine-depleted patient
can precipitate Wernicke encephalopathy; the depleted patients an emergency
department sees are read from the visible text only:

- prolonged vomiting in pregnancy (hyperemesis gravidarum, or vomiting with ketonuria,
  weight loss or fluids not kept down): thiamine for every woman admitted with
  prolonged vomiting, before any dextrose (RCOG green-top 69, 2016, 7.x);
- a harmful or dependent drinker who is malnourished or at risk of it (vomiting, not
  eating, a low glucose): parenteral thiamine, then oral (NICE CG100 1.1.3; RCP
  Thomson AD et al. Alcohol Alcohol 2002;37:513: thiamine before glucose);
- a malnourished adult with a low glucose (starvation: NICE CG32 refeeding, thiamine
  before feeding and before glucose).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from agents._text import each_text, lab_results, visible_texts
from agents.pathway_orders import required as _req
from agents.pathways_acute import AcuteRequired, asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["NUTRITION_PATHWAYS", "thiamine_before_glucose"]

_rx = word_start

LOW_GLUCOSE_MG_DL: Final = 72.0
"""Glucose < 4.0 mmol/L (72 mg/dL): hypoglycaemia to treat (JBDS 2022)."""
_HYPEREMESIS: Final = _rx(r"hyperemesis\w*")
_VOMITING: Final = _rx(r"vomit\w*|emesis")
_DEPLETED_IN_PREGNANCY: Final = _rx(
    r"ketonuria|(?:urine|urinary) ketones|ketones (?:\d\+|\++|in the urine)|"
    r"weight (?:loss|down)|lost \d+(?:\.\d)? ?kg|(?:unable to|cannot|can't|not) "
    r"keep(?:ing)? (?:anything|fluids?|food|water|liquids?)[^.;\n]{0,10} down"
)
"""Prolonged vomiting in pregnancy as RCOG GTG 69 defines hyperemesis: ketonuria,
weight loss or dehydration (fluids not kept down)."""
_ALCOHOL_DEPENDENCE: Final = _rx(
    r"alcohol (?:use disorder|dependen\w*|abuse|excess)|alcoholi[cs]\w*|"
    # medgi52: "heavy alcohol (use)", "excess alcohol": a harmful drinker (NICE CG100)
    r"(?:heavy|excess\w*) (?:alcohol|etoh|ethanol)\b|"
    r"heavy drink\w*|drinks? (?:heavily|daily|every day|a (?:litre|liter|bottle)|"
    r"\d+ (?:bottles|litres|liters|cans|pints|units))|(?:litres?|liters?|bottles?|"
    r"pints|cans|units) of (?:vodka|whisky|whiskey|gin|rum|wine|beer|cider|spirits|"
    r"alcohol) (?:a|per|every) day"
)
_MALNOURISHED: Final = _rx(
    r"malnourish\w*|malnutrition|cachexi\w*|cachectic|emaciated|"
    r"bmi (?:of |is )?(?:1[0-7]|[5-9])(?:\.\d)?\b|"
    r"(?:not|hardly|barely|has not|hasn't) (?:been )?eat(?:en|ing)|"
    r"poor (?:oral )?intake|not eaten"
)

_INTOXICATED: Final = _rx(
    r"\bdrunk\b|intoxicat\w*|smell\w* (?:strongly )?of alcohol|"
    r"alcohol on (?:his|her|their) breath|ethanol (?:level|intoxication)|inebriated"
)
"""Acute alcohol intoxication: with a low glucose, the alcohol-induced hypoglycaemia of
depleted glycogen stores (a malnourished drinker until shown otherwise; RCEM 2015
alcohol guidance, NICE CG100 1.1.3)."""


def _low_glucose(texts: tuple[str, ...]) -> bool:
    values = [r.value for rs in each_text(lab_results, "glucose", texts) for r in rs]
    return bool(values) and min(values) < LOW_GLUCOSE_MG_DL


def thiamine_before_glucose(view: StageView, pop: Population) -> list[AcuteRequired]:
    """Thiamine, before any glucose, for a patient at risk of Wernicke's."""
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    hyperemesis = pop.pregnancy == "pregnant" and (
        asserted(_HYPEREMESIS, texts)
        or (asserted(_VOMITING, texts) and asserted(_DEPLETED_IN_PREGNANCY, texts))
    )
    malnourished = asserted(_MALNOURISHED, texts)
    low = _low_glucose(texts)
    drinking = asserted(_ALCOHOL_DEPENDENCE, texts) or asserted(_INTOXICATED, texts)
    drinker = drinking and (malnourished or low or asserted(_VOMITING, texts))
    if hyperemesis:
        why = "prolonged vomiting in pregnancy (RCOG green-top 69, 2016)"
    elif drinker:
        why = "alcohol dependence at risk of malnutrition (NICE CG100 1.1.3)"
    elif malnourished and low:
        why = "malnutrition with a low glucose (NICE CG32 refeeding)"
    else:
        return []
    # lead51: a low glucose is treated at once; the thiamine goes with it, not before it
    # (JBDS-IP 2023 hypoglycaemia: "do not delay glucose to give thiamine")
    when = (
        "with the glucose (the glucose is not delayed for it)"
        if low
        else "before any glucose is given"
    )
    return [
        _req(
            "medication",
            f"thiamine IV (Pabrinex, or thiamine 100-500 mg) {when}, then oral "
            "thiamine",
            f"Wernicke encephalopathy prevention: {why}",
            r"thiamine|pabrinex",
        )
    ]


NUTRITION_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (thiamine_before_glucose,)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
