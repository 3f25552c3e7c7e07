"""An intrauterine pregnancy seen on an earlier scan of this pregnancy is current.

Private to ``agents.offline.rules.findings``. The location of a pregnancy does not
change: an intrauterine pregnancy documented on an earlier scan of the same pregnancy
("a previous ultrasound at 8 weeks showed a live intrauterine pregnancy", "dating scan
at 7 weeks: IUP") is a fact of today's pregnancy, and it makes an ectopic pregnancy very
unlikely except where a heterotopic pregnancy is a risk (assisted reproduction: ~1 in
100; after spontaneous conception ~1 in 30,000) (RCOG Green-top Guideline 21, 2016;
ACOG Practice Bulletin 193, 2018; ACEP clinical policy on early pregnancy 2017). The
history trigger ("previous", "prior", "earlier") qualifies the scan, not the pregnancy.
An intrauterine pregnancy of another, earlier pregnancy ("her previous pregnancy was an
uncomplicated intrauterine pregnancy") stays history.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["INTRAUTERINE_PREGNANCY", "scan_of_this_pregnancy"]

INTRAUTERINE_PREGNANCY: Final = "intrauterine_pregnancy"

_SCAN: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:scan|scanned|ultrasound|ultrasonograph\w*|sonograph\w*|"
    r"sonogram|uss|tvus|tvs|(?-i:US)|epau|epu|epas)(?![A-Za-z])"
)
_OTHER_PREGNANCY: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:previous|prior|last|earlier|first|other|past|older)"
    r"\s+(?:pregnanc\w*|gestations?|child|baby|son|daughter|delivery|births?)"
    r"|pregnanc(?:y|ies)\s+(?:\d+|one|two|three|four|five|several)\s+years?\s+ago"
    r"|(?:years?|yrs?)\s+ago)(?![A-Za-z])"
)


def scan_of_this_pregnancy(sentence: str) -> bool:
    """Whether a sentence reports a scan of the current pregnancy.

    A scan word and no other pregnancy named ("previous pregnancy", "her first child",
    "3 years ago").
    """
    return bool(_SCAN.search(sentence)) and not _OTHER_PREGNANCY.search(sentence)
