"""Harness settings: the data-use safeguard (no connection at all) and env precedence.

The connect guard replaces ``socket.socket.connect`` for the test: every attempt to a
non-loopback address is recorded and refused, so a test can prove that the harness
never tried to reach a remote model endpoint (not only that it printed an error).
"""

from __future__ import annotations

import ipaddress
import json
import shutil
import socket
from pathlib import Path

import pytest

from evals.erreason.__main__ import main

REPO = Path(__file__).resolve().parents[2]
REMOTE = "http://10.255.255.1:9/v1"


@pytest.fixture
def connect_guard(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record (and refuse) every connection attempt to a non-loopback address."""
    attempts: list[object] = []
    real = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else None
        try:
            loopback = host is None or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            attempts.append(address)
            raise ConnectionRefusedError(f"connect guard: {address}")
        real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    return attempts


@pytest.fixture
def er_reason_dir(tmp_path: Path) -> Path:
    """A folder shaped like the user's ER-Reason copy (synthetic demo rows)."""
    data = tmp_path / "er"
    data.mkdir()
    shutil.copy(REPO / "cases" / "demo" / "er_reason_demo.csv", data / "er_reason.csv")
    return data


def _argv(data: Path, out: Path, *extra: str) -> list[str]:
    return [
        "--dataset",
        "er_reason",
        "--data",
        str(data),
        "--limit",
        "1",
        "--out",
        str(out),
        "--quiet",
        "--no-plots",
        "--no-retrieval",
        "--cache-dir",
        str(out.parent / "cache"),
        *extra,
    ]


def test_er_reason_with_remote_endpoint_exits_2_without_connecting(
    tmp_path, er_reason_dir, connect_guard, capsys, monkeypatch
):
    monkeypatch.setenv("REASONER_LLM__MAX_RETRIES", "0")
    argv = _argv(er_reason_dir, tmp_path / "run", "--backend", "llm")
    argv += ["--model", "m", "--base-url", REMOTE]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "REASONER_LLM__ALLOWED_HOSTS" in err
    assert "REASONER_LLM__ALLOW_REMOTE_WITH_CREDENTIALED_DATA" in err
    assert connect_guard == []
    assert not (tmp_path / "run" / "cases.jsonl").exists()


def test_remote_endpoint_from_env_is_refused_too(
    tmp_path, er_reason_dir, connect_guard, capsys, monkeypatch
):
    monkeypatch.setenv("REASONER_BACKEND", "hybrid")
    monkeypatch.setenv("REASONER_LLM__BASE_URL", REMOTE)
    monkeypatch.setenv("REASONER_LLM__MODEL", "m")
    assert main(_argv(er_reason_dir, tmp_path / "run")) == 2
    assert "REASONER_LLM__ALLOWED_HOSTS" in capsys.readouterr().err
    assert connect_guard == []


def test_guard_sees_attempts_when_remote_is_allowed(
    tmp_path, er_reason_dir, connect_guard, monkeypatch
):
    """Control: with the explicit opt-in the endpoint is contacted (guard works)."""
    monkeypatch.setenv("REASONER_LLM__ALLOW_REMOTE_WITH_CREDENTIALED_DATA", "true")
    monkeypatch.setenv("REASONER_LLM__MAX_RETRIES", "0")
    monkeypatch.setenv("REASONER_LLM__TIMEOUT_S", "5")
    argv = _argv(er_reason_dir, tmp_path / "run", "--backend", "llm")
    main([*argv, "--model", "m", "--base-url", REMOTE])
    assert connect_guard, "the guard saw no connection attempt"


def test_make_context_refuses_before_building_anything(connect_guard):
    from agents.llm import DataUseError, LLMSettings
    from graph.runtime import make_context
    from graph.settings import Settings

    settings = Settings(
        backend="llm",
        retrieval=False,
        credentialed_data=True,
        llm=LLMSettings(model="m", base_url=REMOTE),
    )
    with pytest.raises(DataUseError):
        make_context(settings)
    assert connect_guard == []


def test_harness_reads_backend_and_llm_settings_from_env(tmp_path, monkeypatch):
    """REASONER_* from the environment reach the run; flags the user gave win."""
    monkeypatch.setenv("REASONER_BACKEND", "llm")
    monkeypatch.setenv("REASONER_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("REASONER_LLM__MODEL", "env-model")
    monkeypatch.setenv("REASONER_LLM__TIMEOUT_S", "4")
    monkeypatch.setenv("REASONER_LLM__MAX_RETRIES", "0")
    monkeypatch.setenv("REASONER_TOP_K", "3")
    out = tmp_path / "run"
    argv = ["--limit", "1", "--out", str(out), "--quiet", "--no-plots"]
    argv += ["--no-retrieval", "--cache-dir", str(tmp_path / "cache")]
    main(argv)
    header = json.loads((out / "run.json").read_text())
    assert header["backend"] == "llm"
    llm = header["settings"]["llm"]
    assert llm["timeout_s"] == 4 and llm["max_retries"] == 0
    assert llm["model"] == "env-model" and header["settings"]["top_k"] == 3
    # a flag the user gave overrides the environment
    out2 = tmp_path / "run2"
    argv2 = [*argv[:3], str(out2), *argv[4:], "--backend", "rules", "--seed", "7"]
    assert main(argv2) == 0
    header2 = json.loads((out2 / "run.json").read_text())
    assert header2["backend"] == "rules"
    assert header2["settings"]["llm"]["timeout_s"] == 4
    assert header2["settings"]["llm"]["seed"] == 7
