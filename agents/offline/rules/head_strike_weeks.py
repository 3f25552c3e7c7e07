"""A head strike or fall weeks ago: the injury of a chronic subdural haematoma.

A chronic subdural haematoma follows a head injury, often trivial and often
forgotten, by weeks (three weeks or more by definition; the subacute collection from
days 3-21), in an older adult or one on an antiplatelet or anticoagulant, and
presents with confusion, headache, a falling GCS or a hemiparesis (Kolias AG et al.
Nat Rev Neurol 2014;10:570; Adhiyaman V et al. Postgrad Med J 2002;78:71). ConText
calls "hit her head 3 weeks ago" historical, so the head injury no longer weighs for
the subdural; ``head_injury_weeks_ago`` keeps that history as the haematoma's cause.
Used by ``agents.offline.rules.findings`` (the span given its ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["HEAD_INJURY_WEEKS_AGO", "head_injury_weeks_ago_span"]

HEAD_INJURY_WEEKS_AGO: Final = "head_injury_weeks_ago"

_STRIKE: Final = (
    r"(?:(?:hit|banged|bumped|struck|knocked|bashed|cracked)\s+(?:his\s+|her\s+|their\s+"
    r"|the\s+|my\s+)?(?:head|forehead)"
    r"|head\s+(?:injury|strike|trauma|knock)"
    r"|(?:fell|fall|falls|fallen|tripped|slipped))"
)
_N: Final = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few"
    r"|several)"
)
_WHEN: Final = (
    rf"(?:(?:(?:about|around|nearly|almost|over)\s+)?(?:{_N}\s+weeks?"
    r"|(?:1|2|3|one|two|three|a)\s+months?"
    r"|(?:[7-9]|1\d|2\d|seven|eight|nine|ten|twelve|fourteen|twenty)\s+days)\s+ago"
    r"|(?:last|a)\s+(?:week|month))"
)
"""When, as one group (a week to three months back)."""
_SPAN: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z])(?:{_STRIKE}[^.;]{{0,60}}?\b{_WHEN}"
        rf"|{_WHEN},?\s+(?:\w+\s+){{0,3}}?{_STRIKE})(?![A-Za-z])"
    )
)
"""'hit her head on a kitchen cupboard 3 weeks ago', 'fell and banged his head 3 weeks
ago', 'a fall a month ago', 'two weeks ago she tripped'."""
_HEAD_OR_FALL: Final = re.compile(r"(?i)head|fell|fall|tripped|slipped")


def head_injury_weeks_ago_span(text: str) -> tuple[int, int] | None:
    """The span of a head strike or fall dated a week to three months back, or None."""
    if "ago" not in text.lower() and "last" not in text.lower():
        return None
    if _HEAD_OR_FALL.search(text) is None:
        return None
    m = _SPAN.search(text)
    return None if m is None else m.span()
