"""The run header (``<out>/run.json``): what produced a run, without secrets."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agents.llm.prompts import PROMPT_VERSION
from evals.erreason.datasets import REPO


class RunMismatchError(ValueError):
    """Resuming a run directory with a different dataset or settings."""


def git_commit() -> str | None:
    """The repo's HEAD commit (``+dirty`` when the tree has changes), or None."""
    try:
        sha = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{sha}+dirty" if dirty else sha


def versions(reasoner: Any) -> dict[str, Any]:
    """Prompt, rule-set and knowledge versions of the reasoner in use."""
    out: dict[str, Any] = {}
    ctx = getattr(reasoner, "context", None)
    if ctx is not None:
        out["ruleset_version"] = getattr(ctx, "ruleset_version", None)
        out["knowledge_version"] = getattr(
            getattr(ctx, "knowledge", None), "version", None
        )
    out["prompt_version"] = PROMPT_VERSION
    return out


def write_header(out: Path, header: dict[str, Any]) -> dict[str, Any]:
    """Write ``run.json`` or, when resuming, check it matches and log the resume.

    Args:
        out: The run directory.
        header: Fresh header fields (``dataset``, ``dataset_sha256``, ``settings``...).

    Returns:
        The header as written.

    Raises:
        RunMismatchError: The directory holds a run of another dataset, another
            dataset version, other stages or another model/backend.
    """
    path = out / "run.json"
    now = datetime.now(UTC).isoformat()
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        for key in (
            "dataset",
            "dataset_sha256",
            "stages",
            "oracle",
            "backend",
            "model",
        ):
            if old.get(key) != header.get(key):
                raise RunMismatchError(
                    f"{path}: cannot resume, '{key}' was {old.get(key)!r} and is now "
                    f"{header.get(key)!r}; use another --out"
                )
        old.setdefault("resumes", []).append(now)
        data: dict[str, Any] = old
    else:
        data = {**header, "started_at": now}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    os.replace(tmp, path)
    return data
