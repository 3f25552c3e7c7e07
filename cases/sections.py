"""Split an ED provider note into presentation, exam, MDM and final-course sections.

Headings follow ER-Reason's code: the note is cut at the first case-insensitive
"Final Disposition and ED Course" (any whitespace between words), and the H&P part
("ED_Presentations" in V1) is everything before the first "Medical Decision".
When the official heading is missing, :func:`cut_before_final_disposition` falls back
to a line-initial disposition/impression heading, but still reports
``heading_found=False`` so the harness can count those notes.
"""

from __future__ import annotations

import re
from typing import Final

from pydantic import BaseModel, ConfigDict

from cases.memo import RecentByIdentity

FINAL_DISPOSITION_HEADING: Final = re.compile(
    r"(?i)final\s+disposition\s+and\s+ed\s+course"
)
"""The official cut pattern of ``disposition.py`` / ``final_diagnosis.py``."""

MDM_HEADING: Final = re.compile(r"(?i)medical\s+decision")
"""The start of Medical Decision Making (V1 cut "ED_Presentations" here)."""

EXAM_HEADING: Final = re.compile(
    r"(?im)^[ \t]*(?:physical\s+exam(?:ination)?|exam(?:ination)?)\b[ \t]*:?"
)

FALLBACK_CUT_HEADINGS: Final = re.compile(
    r"(?im)^[ \t]*(?:final\s+dispo\w*|ed\s+course(?:\s+and\s+disposition)?|"
    r"disposition|clinical\s+impressions?|final\s+diagnos[ie]s|ed\s+diagnos[ie]s|"
    r"final\s+impressions?|diagnos[ie]s)\b[^\n]{0,40}?:"
)
"""Line-initial headings after which outcome text usually follows (fallback only)."""


class NoteSections(BaseModel):
    """An ED note split at its headings; missing parts are empty strings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    presentation: str
    """H&P: everything before "Medical Decision" (the whole pre-cut note if absent)."""
    exam: str
    """From the physical-exam heading up to MDM (empty when no exam heading)."""
    mdm: str
    """From "Medical Decision" up to the final-disposition cut."""
    final_course: str
    """From the "Final Disposition and ED Course" heading to the end."""
    pre_disposition: str
    """The note before the final-disposition cut (what disposition/diagnosis read)."""
    cut_heading_found: bool
    """Whether the official "Final Disposition and ED Course" heading was found."""
    fallback_cut_used: bool
    """Whether a fallback heading cut the note because the official one was missing."""
    mdm_heading_found: bool


def cut_before_final_disposition(
    text: str, *, fallback: bool = True
) -> tuple[str, bool, bool]:
    """Keep only the part of a note before "Final Disposition and ED Course".

    Args:
        text: The ED provider note.
        fallback: When the official heading is missing, cut at the first
            line-initial fallback heading (e.g. "Disposition:", "Clinical
            Impression:"). ``False`` reproduces the official behaviour (keep all).

    Returns:
        ``(kept_text, official_heading_found, fallback_used)``; the kept text is
        stripped, as in the official ``clean_ed_note``.
    """
    kept, cut_at, found = _cut(text, fallback=fallback)
    return kept, found, cut_at is not None and not found


def _cut(text: str, *, fallback: bool) -> tuple[str, int | None, bool]:
    match = FINAL_DISPOSITION_HEADING.search(text)
    if match:
        return text[: match.start()].strip(), match.start(), True
    if fallback and (alt := FALLBACK_CUT_HEADINGS.search(text)):
        return text[: alt.start()].strip(), alt.start(), False
    return text.strip(), None, False


_PARTS: Final[RecentByIdentity[tuple[str, bool]]] = RecentByIdentity(16)
"""``presentation_part`` of the last notes by identity: a request's views and stage
facts split the same note ~4.6 times (perf39), and the same part object lets the
per-text memos downstream find its digest by identity (``cases.memo.text_digest``)."""


def presentation_part(text: str) -> tuple[str, bool]:
    """Return the H&P part of a note (before "Medical Decision") and whether it was cut.

    Without an MDM heading the text before the final-disposition cut is returned, so
    outcome sections never come along. Kept for the last notes by identity.
    """
    return _PARTS.get_or_compute((text,), lambda: _presentation_part(text))


def _presentation_part(text: str) -> tuple[str, bool]:
    match = MDM_HEADING.search(text)
    if match:
        return text[: match.start()].strip(), True
    kept, _, _ = cut_before_final_disposition(text)
    return kept, False


def split_note(text: str | None) -> NoteSections:
    """Split an ED provider note into its sections.

    Args:
        text: The ED provider note; None gives empty sections.

    Returns:
        The sections and which headings were found.
    """
    text = text or ""
    pre, cut_at, cut_found = _cut(text, fallback=True)
    final_course = text[cut_at:].strip() if cut_at is not None else ""
    mdm_match = MDM_HEADING.search(pre)
    presentation = pre[: mdm_match.start()].strip() if mdm_match else pre
    mdm = pre[mdm_match.start() :].strip() if mdm_match else ""
    exam_match = EXAM_HEADING.search(presentation)
    exam = presentation[exam_match.start() :].strip() if exam_match else ""
    return NoteSections(
        presentation=presentation,
        exam=exam,
        mdm=mdm,
        final_course=final_course,
        pre_disposition=pre,
        cut_heading_found=cut_found,
        fallback_cut_used=cut_at is not None and not cut_found,
        mdm_heading_found=mdm_match is not None,
    )
