"""False labour (Braxton Hicks tightenings) in the words notes use: one source.

Braxton Hicks tightenings are irregular, painless, do not increase and may stop with
rest or a change of position (ACOG Practice Bulletin 171 2016; ACOG FAQ 004 'How to
tell when labor begins' 2020; NICE NG25 2015/2022 1.4-1.5). ``findings`` reads them as
``braxton_hicks`` and ``pathways_medical.false_labour`` as false labour when nothing
else (membranes, bleeding, backache, pelvic pressure, an established labour) is
written. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from cases.rx import word_start

__all__ = ["BRAXTON_HICKS", "FALSE_LABOUR", "false_labour_spans"]

BRAXTON_HICKS: Final = "braxton_hicks"
_TIGHT: Final = r"(?:tightenings?|contractions?)"
FALSE_LABOUR: Final = word_start(
    r"braxton[- ]hicks|false labou?r|irregular,? (?:and )?(?:painless )?"
    rf"{_TIGHT}|painless,? (?:and )?(?:irregular )?{_TIGHT}|{_TIGHT} (?:that )?"
    r"(?:are |were )?(?:irregular|painless)|"
    rf"{_TIGHT} (?:\w+ ){{0,4}}?(?:that |which )?(?:settle|settles|settled|ease"
    r"|eases|eased|stop|stops|stopped|go away|goes away|went away)"
    r" (?:\w+ ){0,2}?(?:with|when|on|if|after) (?:\w+ ){0,2}?(?:rests?|resting"
    r"|rested|lying down|lies down|lay down|sitting down|sits down"
    r"|a change of position|changing position|changes position)"
)
"""Tightenings written as irregular or painless, or settling with rest or a change of
position ("tightenings on and off that settle when she rests"): false labour."""


def false_labour_spans(text: str) -> list[tuple[str, int, int]]:
    """(``braxton_hicks``, start, end) for each false-labour wording in ``text``."""
    return [(BRAXTON_HICKS, *m.span()) for m in FALSE_LABOUR.finditer(text)]
