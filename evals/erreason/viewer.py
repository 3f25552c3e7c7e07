"""The run viewer: ``python -m evals.erreason view RUN_DIR [RUN_DIR2]``.

Serves the same pages as the API's ``/ui`` over a harness run: a paged case list with
filters (stage errors, under-triage, unsafe discharge, disagreement with gold or with
a second run) and a case page with gold beside prediction at every stage under the
run's metrics. Lists are paged on the server; a case's trace is read from its line
only when the case is opened. Binds to loopback by default and has no API key: run
data may be credentialed, so do not expose it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, ConfigDict, Field

from evals.erreason.report import summary_rows
from evals.erreason.runindex import FLAGS, CaseRow, Flag, RunIndex

DISCLAIMER = "Research software, not for clinical use."


class RunInfo(BaseModel):
    """One run: name, header facts and headline metrics."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    n_cases: int
    header: dict[str, Any] = Field(description="Dataset, backend, model, commit")
    metrics: list[tuple[str, str, str]] = Field(
        description="(metric, paper, corrected) headline rows"
    )


class RunsOut(BaseModel):
    """The runs being viewed and the number of cases per filter (first run)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    runs: list[RunInfo]
    counts: dict[str, int]
    disclaimer: str = DISCLAIMER


class CasePage(BaseModel):
    """One page of the (filtered) case list."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    total: int
    page: int
    pages: int
    size: int
    items: list[CaseRow]


class CaseOut(BaseModel):
    """One case: its whole JSONL record, and the second run's record when given."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: str
    run: str
    record: dict[str, Any]
    other_run: str | None = None
    other: dict[str, Any] | None = None


_HEADER_KEYS = ("dataset", "backend", "model", "git_commit", "n_cases", "oracle")


def create_viewer_app(run_dirs: Sequence[Path]) -> FastAPI:
    """Build the viewer app over one or two run directories.

    Raises:
        FileNotFoundError: when a directory holds no ``cases.jsonl``.
        ValueError: when not one or two directories are given.
    """
    if not 1 <= len(run_dirs) <= 2:
        raise ValueError("view takes one or two run directories")
    runs = [RunIndex(Path(d)) for d in run_dirs]
    if len(runs) == 2:
        runs[0].compare(runs[1])
    infos = [
        RunInfo(
            name=r.name,
            n_cases=len(r.rows),
            header={k: r.header.get(k) for k in _HEADER_KEYS if k in r.header},
            metrics=summary_rows(r.metrics()),
        )
        for r in runs
    ]
    app = FastAPI(
        title="ER Reasoner run viewer",
        summary=DISCLAIMER,
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )

    summary = RunsOut(runs=infos, counts=runs[0].counts())

    @app.get("/api/runs")
    def list_runs() -> RunsOut:
        """The runs and the filter counts."""
        return summary

    @app.get("/api/cases")
    def list_cases(
        flag: Flag | None = None,
        q: Annotated[str, Query(max_length=200)] = "",
        page: Annotated[int, Query(ge=1)] = 1,
        size: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> CasePage:
        """One page of the first run's cases, optionally filtered."""
        total, items = runs[0].page(flag, q, page, size)
        return CasePage(
            total=total,
            page=page,
            pages=max(1, -(-total // size)),
            size=size,
            items=items,
        )

    @app.get("/api/cases/{case_id}")
    def get_case(case_id: str) -> CaseOut:
        """The whole record of one case (and the second run's, if any)."""
        try:
            record = runs[0].record(case_id)
        except KeyError:
            raise HTTPException(404, "no such case in this run") from None
        out = CaseOut(case_id=case_id, run=runs[0].name, record=record)
        if len(runs) == 2:
            try:
                other = runs[1].record(case_id)
            except KeyError:
                other = None
            out = out.model_copy(update={"other_run": runs[1].name, "other": other})
        return out

    from ui import mount_ui

    mount_ui(app, home="/ui/run.html")
    return app


def serve(app: FastAPI, host: str, port: int) -> None:
    """Serve the viewer app until interrupted."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")


__all__ = ["FLAGS", "create_viewer_app", "serve"]
