"""Glue between wire types and the reasoner: a request body to its ``Case``."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from api.errors import APIError, clean_errors
from api.schemas import CaseBody, ErrorDetail
from cases.models import Case

logger = logging.getLogger(__name__)


InputShape = Literal["case", "row", "fhir"]


@dataclass(frozen=True)
class CaseInput:
    """The case a request carries, its wire shape and (FHIR only) the import report."""

    case: Case
    shape: InputShape
    report: dict[str, Any] | None = None


def read_input(body: CaseBody, max_text_chars: int | None = None) -> CaseInput:
    """Turn a validated request (case, flat row or FHIR bundle) into a ``CaseInput``.

    Args:
        body: The validated request.
        max_text_chars: Longest accepted text field (None: no limit).

    Raises:
        APIError: 422 when a text field is too long (naming it), or when a row or a
            bundle cannot be read; for a bundle each detail names the entry, the
            resource ("Type/id") and the element path.
    """
    got = _read_case(body, max_text_chars)
    if body.triage_scale is None or body.triage_scale == got.case.triage_scale:
        return got
    case = got.case.model_copy(update={"triage_scale": body.triage_scale})
    return CaseInput(case, got.shape, got.report)


def _read_case(body: CaseBody, max_text_chars: int | None) -> CaseInput:
    if max_text_chars is not None:
        check_text(body, max_text_chars)
    if body.fhir is None:
        case, shape = to_case(body)
        return CaseInput(case, shape)
    from cases.fhir import FHIRValidationError, read_bundle

    try:
        got = read_bundle(body.fhir, encounter_id=body.encounter_id)
    except FHIRValidationError as exc:
        details = [
            ErrorDetail(
                loc=[
                    "body",
                    "fhir",
                    *_entry_loc(i.entry),
                    *i.path.replace("[", ".").replace("]", "").split("."),
                ],
                msg=f"{i.resource} {i.path}: {i.message}"[:300],
                type="fhir_validation",
            )
            for i in exc.issues
        ]
        raise APIError(
            422, "FHIR bundle is not valid R4 input", details=details
        ) from None
    except (TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        logger.warning("FHIR bundle not readable: %s", type(exc).__name__)
        raise APIError(
            422, f"FHIR bundle could not be read ({type(exc).__name__})"
        ) from None
    return CaseInput(got.case, "fhir", got.report.model_dump(mode="json"))


def _entry_loc(entry: int | None) -> list[str | int]:
    return [] if entry is None else ["entry", entry, "resource"]


def _text_problems(
    value: object, loc: list[str | int], limit: int
) -> Iterator[ErrorDetail]:
    """Yield located over-long strings in ``value``."""
    if isinstance(value, str):
        if len(value) > limit:
            msg = f"text longer than {limit} characters (REASONER_MAX_TEXT_CHARS)"
            yield ErrorDetail(loc=loc, msg=msg, type="string_too_long")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _text_problems(key, [*loc, str(key)], limit)
            yield from _text_problems(item, [*loc, str(key)], limit)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _text_problems(item, [*loc, i], limit)


def check_text(body: CaseBody, max_chars: int) -> None:
    """Refuse over-long text fields, naming each one.

    Raises:
        APIError: 422 with one detail per offending field.
    """
    sent: dict[str, object] = {}  # row and bundle as sent: no copy to walk them
    if body.case is not None:
        sent["case"] = body.case.model_dump(exclude_none=True)
    if body.row is not None:
        sent["row"] = body.row
    if body.fhir is not None:
        sent["fhir"] = body.fhir
    details = list(_text_problems(sent, ["body"], max_chars))[:50]
    if details:
        raise APIError(422, "text field too long", details=details)


def to_case(body: CaseBody) -> tuple[Case, Literal["case", "row"]]:
    """Turn a validated case or row request into the ``Case`` the graph receives.

    A flat row is parsed whole by ``cases.erreason.case_from_row``, which uses any
    gold columns only to redact them from the ED note and one-liner; the gold labels
    themselves stay in ``LabelledCase.gold`` and are dropped here.

    Raises:
        APIError: 422 when a flat row cannot be parsed into a case.
    """
    if body.case is not None:
        return body.case, "case"
    from cases.erreason import case_from_row

    try:
        labelled = case_from_row(body.row or {})
    except ValidationError as exc:
        details = clean_errors(exc.errors())
        for d in details:
            d.loc[:0] = ["body", "row"]
        raise APIError(
            422, "row is not a valid ER-Reason case", details=details
        ) from None
    except (ValueError, TypeError, KeyError) as exc:
        key = getattr(exc, "column", None)
        raise APIError(
            422,
            "row is not a valid ER-Reason case",
            details=[
                ErrorDetail(
                    loc=["body", "row", *([key] if key else [])],
                    msg=_row_message(exc),
                    type="row_parse_error",
                )
            ],
        ) from None
    return labelled.case, "row"


def _row_message(exc: Exception) -> str:
    from cases.errors import DataError

    if isinstance(exc, DataError):  # messages carry no note text or identifiers
        return exc.message[:200]
    return f"could not parse row ({type(exc).__name__})"
