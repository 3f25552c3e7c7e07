"""Dataset adapters: public datasets mapped onto ``LabelledCase`` (+ a load report).

Use :func:`load_adapter` with a registry name; each adapter declares the stages it
can score. Default paths point at ``../shared/data`` (never copied into the repo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cases.adapters import esi_handbook, ktas, medrbench, mimic_demo
from cases.adapters._common import SHARED_DATA_ROOT
from cases.reports import AdapterResult


@dataclass(frozen=True)
class AdapterSpec:
    """One registered dataset adapter."""

    name: str
    """Registry key, also written to ``Case.source``."""
    stages: tuple[str, ...]
    """Stages this dataset can score."""
    default_path: Path
    """Where the data lives by default (a file or a folder)."""
    load: Callable[[Path], AdapterResult]
    """Loader taking the path (file or folder, as ``default_path``)."""


ADAPTERS: Final[dict[str, AdapterSpec]] = {
    spec.name: spec
    for spec in (
        AdapterSpec(ktas.NAME, ktas.STAGES, ktas.DEFAULT_PATH, ktas.load_ktas),
        AdapterSpec(
            esi_handbook.NAME,
            esi_handbook.STAGES,
            esi_handbook.DEFAULT_PATH,
            esi_handbook.load_esi_handbook,
        ),
        AdapterSpec(
            medrbench.NAME,
            medrbench.STAGES,
            medrbench.DEFAULT_DIR,
            medrbench.load_medrbench,
        ),
        AdapterSpec(
            mimic_demo.NAME,
            mimic_demo.STAGES,
            mimic_demo.DEFAULT_DIR,
            mimic_demo.load_mimic_demo,
        ),
    )
}


def load_adapter(name: str, path: Path | str | None = None) -> AdapterResult:
    """Load a registered dataset by name.

    Args:
        name: One of ``ADAPTERS`` ("ktas", "esi_handbook", "medrbench", "mimic_demo").
        path: Override the default file/folder.

    Returns:
        The adapter's cases, report and scorable stages.

    Raises:
        KeyError: If ``name`` is not registered.
        cases.errors.DataError: If the data is missing or malformed.
    """
    spec = ADAPTERS[name]
    return spec.load(Path(path) if path is not None else spec.default_path)


__all__ = ["ADAPTERS", "SHARED_DATA_ROOT", "AdapterSpec", "load_adapter"]
