"""langgraph.json opens the compiled graph the way ``langgraph dev`` does."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from langgraph.pregel import Pregel
from langgraph_cli.config import validate_config_file

from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from cases.labels import STAGE_ORDER

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "langgraph.json"


def _load_graph(spec: str) -> object:
    """Resolve ``./path/file.py:attr`` as the LangGraph server does.

    The file is imported from its path (the config's ``dependencies`` make the repo
    importable), then ``attr`` is a compiled graph or a factory returning one.
    """
    path_part, attr = spec.rsplit(":", 1)
    path = (CONFIG.parent / path_part).resolve()
    module_spec = importlib.util.spec_from_file_location("studio_graph", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    module_spec.loader.exec_module(module)
    target = getattr(module, attr)
    return target if isinstance(target, Pregel) else target()


def test_config_is_valid_and_names_the_graph():
    config = validate_config_file(CONFIG)
    assert json.loads(CONFIG.read_text())["graphs"] == config["graphs"]
    assert list(config["graphs"]) == ["er_reasoner"]


def test_graph_runs_a_demo_case_without_a_run_context(monkeypatch):
    monkeypatch.setenv("REASONER_RETRIEVAL", "false")
    monkeypatch.setenv("REASONER_BACKEND", "rules")
    graph = _load_graph(validate_config_file(CONFIG)["graphs"]["er_reasoner"])
    assert isinstance(graph, Pregel)
    assert set(STAGE_ORDER) <= set(graph.nodes)
    case = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases[0].case
    out = asyncio.run(graph.ainvoke({"case": case}))
    trace = out["trace"]
    assert [r.stage for r in trace] == list(STAGE_ORDER)
    assert all(r.status != "error" for r in trace), [r.error for r in trace]
    assert out["triage"] is not None


@pytest.mark.parametrize("bad", ["./graph/studio.py:nope", "./graph/missing.py:x"])
def test_a_wrong_graph_path_fails_to_load(bad):
    with pytest.raises((AttributeError, FileNotFoundError)):
        _load_graph(bad)


def test_a_runs_own_context_wins_over_the_default():
    from langgraph.runtime import Runtime

    from graph.build import _default_context

    seen = []

    async def node(state, runtime):
        seen.append(runtime.context)
        return {}

    bound = _default_context(node, "default")
    assert bound.__name__ == "node"
    asyncio.run(bound({}, Runtime(context="own")))
    asyncio.run(bound({}, Runtime(context=None)))
    assert seen == ["own", "default"]
