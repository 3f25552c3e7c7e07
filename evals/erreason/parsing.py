"""Answer parsers: the official ER-Reason ones (``paper``) and corrected ones.

``paper`` reproduces the released V3 scripts, bugs included, so figures compare with
published ones: acuity substring search in list order (Less Urgent / Non-Urgent parse
as Urgent), disposition last-line-then-whole-response search in list order (OR Admit
parses as Admit), and the diagnosis regex anchored at the start of the response.

``corrected`` matches labels exactly (case-insensitive) and otherwise longest label
first on word boundaries. Our agents emit typed labels, so corrected mode normally takes
the label directly; paper mode renders the typed answer to the text the official prompt
demands and parses it back with the official parser.
"""

from __future__ import annotations

import re
from typing import Final, Literal, TypeVar

from cases.labels import (
    ACUITY_WORDS,
    DISPOSITION_LABELS,
    OFFERED_DISPOSITIONS,
    Acuity,
    Disposition,
)

Mode = Literal["paper", "corrected"]
MODES: Final[tuple[Mode, ...]] = ("paper", "corrected")

_PAPER_DX_RE: Final = re.compile(r"^\[?([A-Z]\d\d\.?[0-9A-Z]*)\]?\s+(.+)", re.DOTALL)
_ANY_CODE_RE: Final = re.compile(r"\b([A-Za-z]\d\d(?:\.?[0-9A-Za-z]{1,4})?)\b")
_THINK_RE: Final = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


def normalise_icd(code: str | None) -> str | None:
    """Normalise an ICD-10 code the way the evaluator does (strip, upper, no dots).

    Args:
        code: A code such as ``" j18.9 "``.

    Returns:
        ``"J189"``, or ``None`` for an empty input.
    """
    if code is None:
        return None
    norm = code.strip().upper().replace(".", "")
    return norm or None


def strip_think(text: str) -> str:
    """Drop ``<think>...</think>`` blocks (reasoning models)."""
    return _THINK_RE.sub("", text).strip()


# ---------------------------------------------------------------- paper parsers


def paper_parse_acuity(response: str | None) -> Acuity | None:
    """Official acuity parser: first case-insensitive substring hit in list order.

    Reproduces the bug: ``"Less Urgent"`` and ``"Non-Urgent"`` contain ``"urgent"``
    and therefore parse as ``"Urgent"``.

    Args:
        response: The raw model reply.

    Returns:
        The parsed label, or ``None`` when no label occurs (an invalid prediction).
    """
    if not response:
        return None
    low = response.lower()
    for word in ACUITY_WORDS:
        if word.lower() in low:
            return word
    return None


def _first_in_list_order(text: str) -> Disposition | None:
    low = text.lower()
    for label in OFFERED_DISPOSITIONS:
        if label.lower() in low:
            return label
    return None


def paper_parse_disposition(response: str | None) -> Disposition | None:
    """Official disposition parser: last line, then the whole reply, in list order.

    Reproduces the bug: ``"OR Admit"`` parses as ``"Admit"`` (checked first), and the
    whole-response fallback returns the first label in list order found anywhere.

    Args:
        response: The raw model reply.

    Returns:
        The parsed label, or ``None`` (invalid prediction).
    """
    if not response or not response.strip():
        return None
    last_line = response.strip().split("\n")[-1].strip()
    return _first_in_list_order(last_line) or _first_in_list_order(response)


def paper_parse_icd(response: str | None) -> str | None:
    """Official diagnosis parser: a code at the very start, then whitespace and a name.

    Args:
        response: The raw reply, e.g. ``"J18.9 Pneumonia, unspecified"``.

    Returns:
        The normalised code (``"J189"``) or ``None``.
    """
    if not response:
        return None
    match = _PAPER_DX_RE.match(response.strip())
    return normalise_icd(match.group(1)) if match else None


# ------------------------------------------------------------ corrected parsers


def _norm_label(text: str) -> str:
    return re.sub(r"[^a-z0-9&]+", " ", text.lower()).strip()


_Label = TypeVar("_Label", bound=str)


def _corrected(response: str | None, labels: tuple[_Label, ...]) -> _Label | None:
    if not response:
        return None
    text = strip_think(response)
    norm = _norm_label(text)
    by_norm = {_norm_label(lab): lab for lab in labels}
    if norm in by_norm:
        return by_norm[norm]
    lines = [ln for ln in (_norm_label(x) for x in text.splitlines()) if ln]
    if lines and lines[-1] in by_norm:
        return by_norm[lines[-1]]
    padded = f" {norm} "
    for key in sorted(by_norm, key=len, reverse=True):
        if f" {key} " in padded:
            return by_norm[key]
    return None


def corrected_parse_acuity(response: str | None) -> Acuity | None:
    """Exact label match, else the longest label found on word boundaries.

    Also accepts ``"ESI 4"``-style answers.
    """
    found = _corrected(response, ACUITY_WORDS)
    if found is not None:
        return found
    match = re.search(r"\besi\s*(?:level\s*)?([1-5])\b", (response or "").lower())
    return ACUITY_WORDS[int(match.group(1)) - 1] if match else None


def corrected_parse_disposition(response: str | None) -> Disposition | None:
    """Exact label match, else the longest label found on word boundaries."""
    return _corrected(response, DISPOSITION_LABELS)


def corrected_parse_icd(response: str | None) -> str | None:
    """The first ICD-10-shaped code anywhere in the reply (any case, any prefix)."""
    if not response:
        return None
    match = _ANY_CODE_RE.search(strip_think(response).replace("*", ""))
    return normalise_icd(match.group(1)) if match else None


# ------------------------------------------------------------------ rendering


def render_acuity(acuity: Acuity | None) -> str:
    """The text the official acuity prompt demands: the word, nothing else."""
    return acuity or ""


def render_disposition(disposition: Disposition | None) -> str:
    """The text the official disposition prompt demands: the label on the last line."""
    return disposition or ""


def render_diagnosis(icd10: str | None, name: str | None) -> str:
    """The text the official diagnosis prompt demands: ``"[CODE] [NAME]"``."""
    return f"{icd10 or ''} {name or ''}".strip()


def parse_acuity(typed: Acuity | None, mode: Mode) -> Acuity | None:
    """Score-ready acuity for ``mode`` from a typed answer."""
    if mode == "corrected":
        return typed
    return paper_parse_acuity(render_acuity(typed))


def parse_disposition(typed: Disposition | None, mode: Mode) -> Disposition | None:
    """Score-ready disposition for ``mode`` from a typed answer."""
    if mode == "corrected":
        return typed
    return paper_parse_disposition(render_disposition(typed))


def parse_icd(icd10: str | None, name: str | None, mode: Mode) -> str | None:
    """Score-ready normalised ICD-10 code for ``mode`` from a typed answer."""
    if mode == "corrected":
        return normalise_icd(icd10)
    return paper_parse_icd(render_diagnosis(icd10, name))
