"""Evaluation datasets: the bundled demo, ER-Reason files and the public adapters.

Each dataset is scored only on the stages its loader declares. Loaders live in
``cases`` (``cases.erreason`` and ``cases.adapters.*``) and are imported lazily, so
this module imports fast and a missing loader becomes a clear notice, not a crash.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from cases.labels import STAGE_ORDER, StageName
from cases.models import LabelledCase

log = logging.getLogger(__name__)

REPO: Final = Path(__file__).resolve().parents[2]
DATASETS: Final = (
    "demo",
    "er_reason",
    "ktas",
    "esi_handbook",
    "medrbench",
    "mimic_demo",
)

CREDENTIALED: Final = frozenset({"er_reason"})
"""Datasets under a data-use agreement: remote model endpoints are refused."""

_LOADERS: Final = {
    "demo": ("cases.erreason", "load_erreason"),
    "er_reason": ("cases.erreason", "load_erreason"),
    "ktas": ("cases.adapters.ktas", "load_ktas"),
    "esi_handbook": ("cases.adapters.esi_handbook", "load_esi_handbook"),
    "medrbench": ("cases.adapters.medrbench", "load_medrbench"),
    "mimic_demo": ("cases.adapters.mimic_demo", "load_mimic_demo"),
}


class DatasetError(ValueError):
    """The dataset cannot be loaded (message names the file, row and column)."""


@dataclass
class EvalDataset:
    """Loaded cases plus what the harness needs to score and describe them."""

    name: str
    path: Path
    cases: list[LabelledCase]
    stages: tuple[StageName, ...]
    sha256: str
    notices: list[str] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)
    credentialed: bool = False
    """Loaded under a data-use agreement (see :data:`CREDENTIALED`)."""


def hash_path(path: Path) -> str:
    """sha256 over the sorted relative names and contents of the data files."""
    digest = hashlib.sha256()
    files = (
        [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    )
    for p in files:
        if p.suffix in {".py", ".pyc", ".yaml", ".md"} or "__pycache__" in p.parts:
            continue
        digest.update(str(p.relative_to(path) if path.is_dir() else p.name).encode())
        with p.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _resolve_loader(name: str) -> tuple[Callable[..., Any], Path | None]:
    module_name, attr = _LOADERS[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise DatasetError(
            f"dataset '{name}': loader module {module_name} is not available ({exc})"
        ) from exc
    fn = getattr(module, attr, None)
    if not callable(fn):
        raise DatasetError(f"dataset '{name}': {module_name} has no {attr}()")
    default = getattr(module, "DEFAULT_PATH", None) or getattr(
        module, "DEFAULT_DIR", None
    )
    return fn, Path(default) if default else None


def _unpack(result: Any) -> tuple[list[LabelledCase], Any]:
    """Accept (cases, report), an object with .cases/.report, or a list of cases."""
    if isinstance(result, tuple) and len(result) == 2:
        return list(result[0]), result[1]
    cases = getattr(result, "cases", None)
    if cases is not None:
        return list(cases), getattr(result, "report", None)
    return list(result), None


def _report_dict(report: Any) -> dict[str, Any]:
    if report is None:
        return {}
    if hasattr(report, "model_dump"):
        return report.model_dump(mode="json")  # type: ignore[no-any-return]
    return dict(report) if isinstance(report, dict) else {"report": str(report)}


def _loader_notices(rep: dict[str, Any]) -> list[str]:
    """Missing files, skipped suites and skipped rows, as one line each."""
    notices = [
        f"missing file {f}: its suites are skipped"
        for f in rep.get("missing_files", [])
    ]
    notices += [f"suite skipped: {s}" for s in rep.get("skipped_suites", [])]
    if rep.get("skipped"):
        notices.append(f"rows skipped by the loader: {rep['skipped']}")
    return notices


def _stages_to_score(
    name: str,
    cases: list[LabelledCase],
    stages: tuple[str, ...] | None,
    notices: list[str],
) -> tuple[StageName, ...]:
    """The requested stages the loader's cases support (all of them by default)."""
    declared = {s for c in cases for s in c.stages} or set(STAGE_ORDER)
    chosen = tuple(s for s in STAGE_ORDER if s in declared)
    if stages:
        unsupported = [s for s in stages if s not in declared]
        if unsupported:
            notices.append(f"dataset '{name}' cannot score stages {unsupported}")
        chosen = tuple(s for s in STAGE_ORDER if s in stages and s in declared)
    return chosen


def load_dataset(
    name: str, data: Path | None = None, stages: tuple[str, ...] | None = None
) -> EvalDataset:
    """Load a dataset by name.

    Args:
        name: One of :data:`DATASETS`.
        data: Data directory (required for ``er_reason``; others have defaults).
        stages: Stages requested by the user; intersected with the loader's.

    Returns:
        The dataset, with notices for skipped suites and stages.

    Raises:
        DatasetError: Unknown name, missing directory, or a loader error (the
            loader's message names file, row and column).
    """
    if name not in DATASETS:
        raise DatasetError(f"unknown dataset '{name}' (choose from {DATASETS})")
    loader, default = _resolve_loader(name)
    kwargs: dict[str, Any] = {}
    if name == "demo":
        from cases.demo import DEMO_DIR, ER_REASON_DEMO_CSV

        default, kwargs = DEMO_DIR, {"csv_name": ER_REASON_DEMO_CSV.name}
    path = data or default
    if path is None:
        raise DatasetError("dataset 'er_reason' needs --data DIR (the user's files)")
    if not path.exists():
        raise DatasetError(f"dataset '{name}': {path} does not exist")
    try:
        cases, report = _unpack(loader(path, **kwargs))
    except (ValueError, KeyError, OSError) as exc:
        raise DatasetError(f"dataset '{name}': {exc}") from exc
    rep = _report_dict(report)
    if not cases:
        raise DatasetError(
            f"dataset '{name}': no case could be loaded from {path} "
            f"(rows read: {rep.get('rows_read', 0)}, skipped: {rep.get('skipped', {})})"
            + "".join(f"\n  {issue}" for issue in rep.get("issues", [])[:10])
        )
    notices = _loader_notices(rep)
    chosen = _stages_to_score(name, cases, stages, notices)
    return EvalDataset(
        name=name,
        path=path,
        cases=cases,
        stages=chosen,
        sha256=hash_path(path),
        notices=notices,
        report=rep,
        credentialed=name in CREDENTIALED,
    )
