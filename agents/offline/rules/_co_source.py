"""The source of a carbon monoxide exposure, as ICD-10-CM codes it.

ICD-10-CM FY2024 codes the toxic effect of carbon monoxide by its source: T58.0-
motor vehicle exhaust, T58.1- utility gas (a gas boiler, fire or heater), T58.2-
incomplete combustion of other domestic fuels (coal, coke, kerosene, wood,
charcoal), T58.9- source unspecified. Read beside the lexicon's ``co_exposure``
(which the same words also give) so a poisoning's code names its source. Private to
``agents.offline.rules.findings`` (the caller reads each span's ConText status: a
relative's own boiler is not the patient's). Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from cases.rx import scan, word_start

__all__ = ["CO_SOURCES", "co_source_spans"]

CO_SOURCES: Final = {
    "co_source_gas": word_start(
        r"gas (?:boiler|fire|heater|cooker|appliance|water heater|furnace)s?\b"
    ),
    "co_source_solid_fuel": word_start(
        r"charcoal (?:burning|burner|grill|barbecue|bbq)|(?:barbecue|bbq) (?:indoors"
        r"|in the tent)|paraffin heater|kerosene heater|wood[- ](?:burning )?stove"
        r"|wood burning stove|coal (?:stove|fire)|log burner|camping stove"
    ),
    "co_source_exhaust": word_start(
        r"(?:car )?exhaust fumes|car exhaust|(?:car |the |a |running )?engine (?:was )?"
        r"(?:running|left running|left on)|running engine"
    ),
}
"""Finding -> its words: the source concepts the CO entry's code variants read."""


def co_source_spans(text: str) -> list[tuple[str, int, int]]:
    """``(concept, start, end)`` of each carbon monoxide source named."""
    return [
        (concept, *m.span())
        for concept, rx in CO_SOURCES.items()
        for m in scan(rx, text)
    ]
