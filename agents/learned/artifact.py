"""The fitted-model artifact on disk: skops files behind a manifest with hashes.

Research software, not for clinical use. An artifact is a folder::

    manifest.json        format, feature version, embedding model, decision rules,
                         training provenance and the sha256 of every file below
    model.skops          {"acuity": ..., "disposition": ..., "baseline": ...,
                          "domain": {"transform": ..., "points": ...}}
    library.jsonl        the labelled case library (training split only), optional
    library_vectors.npy  its search vectors, optional
    card.json, card.md, calibration.png   the model card (not needed to predict)

Loading checks, in order: the manifest parses and has this format; its feature
version and embedding model are the ones this code builds; every listed file exists
and matches its sha256 (a tampered or swapped file is refused); the skops file holds
only scikit-learn / numpy types. Any failure raises :class:`ArtifactError` naming
the file and the problem; nothing falls back silently.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Final

from agents.learned.features import FEATURE_VERSION

FORMAT: Final = "er-reasoner-learned/2"
"""Format 2 adds the applicability-domain check (``domain`` in the manifest and in
``model.skops``); format-1 artifacts have none and are refused: refit them."""
MANIFEST: Final = "manifest.json"
MODEL_FILE: Final = "model.skops"
EMBEDDING_MODEL: Final = "sentence-transformers/all-MiniLM-L6-v2"
_TRUSTED_PREFIXES: Final = ("sklearn.", "numpy.", "builtins.")


class ArtifactError(ValueError):
    """The artifact cannot be used (message names the file and the problem)."""


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(folder: Path, manifest: dict[str, Any], files: list[str]) -> None:
    """Hash ``files`` (relative to ``folder``) into ``manifest`` and write it."""
    manifest = dict(manifest)
    manifest["format"] = FORMAT
    manifest["feature_version"] = FEATURE_VERSION
    manifest["embedding_model"] = EMBEDDING_MODEL
    manifest["files"] = {name: sha256_file(folder / name) for name in sorted(files)}
    text = json.dumps(manifest, indent=2, sort_keys=True)
    (folder / MANIFEST).write_text(text + "\n", encoding="utf-8")


def read_manifest(folder: Path | str) -> dict[str, Any]:
    """Read and verify an artifact's manifest and file hashes.

    Args:
        folder: The artifact folder.

    Returns:
        The manifest.

    Raises:
        ArtifactError: Missing folder or manifest, other format or feature version,
            other embedding model, a missing file or a hash mismatch.
    """
    folder = Path(folder)
    path = folder / MANIFEST
    if not path.is_file():
        raise ArtifactError(f"{path}: no model manifest (is this a fitted artifact?)")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ArtifactError(f"{path}: unreadable manifest ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise ArtifactError(
            f"{path}: format {found!r} is not {FORMAT!r}"
            + (
                " (an artifact without the applicability-domain check); refit with "
                "`python -m evals.erreason fit`"
                if found == "er-reasoner-learned/1"
                else ""
            )
        )
    domain = manifest.get("domain")
    if not isinstance(domain, dict) or not isinstance(
        domain.get("threshold"), int | float
    ):
        raise ArtifactError(f"{path}: manifest has no applicability-domain threshold")
    if manifest.get("feature_version") != FEATURE_VERSION:
        raise ArtifactError(
            f"{path}: fitted on feature version {manifest.get('feature_version')!r}, "
            f"this code builds {FEATURE_VERSION!r}; refit with "
            "`python -m evals.erreason fit`"
        )
    if manifest.get("embedding_model") != EMBEDDING_MODEL:
        raise ArtifactError(
            f"{path}: embedding model {manifest.get('embedding_model')!r} is not "
            f"{EMBEDDING_MODEL!r}"
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or MODEL_FILE not in files:
        raise ArtifactError(f"{path}: manifest lists no {MODEL_FILE}")
    for name, expected in files.items():
        target = folder / name
        if not target.is_file():
            raise ArtifactError(f"{target}: listed in the manifest but missing")
        if sha256_file(target) != expected:
            raise ArtifactError(
                f"{target}: sha256 does not match the manifest (file changed or "
                "tampered with); refusing to load it"
            )
    return manifest


def load_estimators(folder: Path | str) -> dict[str, Any]:
    """Load ``model.skops`` after :func:`read_manifest` verified its hash.

    Only scikit-learn, numpy and builtin types are trusted; anything else in the file
    is refused (skops never unpickles arbitrary objects).

    Raises:
        ArtifactError: Untrusted types or an unreadable file.
    """
    import skops.io as sio

    path = Path(folder) / MODEL_FILE
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # skops raises several types on corrupt input
        raise ArtifactError(f"{path}: not a readable skops file ({exc})") from exc
    bad = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
    if bad:
        raise ArtifactError(f"{path}: refusing untrusted types {bad}")
    try:
        loaded = sio.load(path, trusted=untrusted)
    except Exception as exc:
        raise ArtifactError(f"{path}: could not load ({exc})") from exc
    if not isinstance(loaded, dict):
        raise ArtifactError(f"{path}: expected a dict of estimators")
    return loaded


def dump_estimators(folder: Path, estimators: dict[str, Any]) -> None:
    """Write ``model.skops`` (the manifest is written after, with its hash)."""
    import zipfile

    import skops.io as sio

    sio.dump(estimators, folder / MODEL_FILE, compression=zipfile.ZIP_DEFLATED)
