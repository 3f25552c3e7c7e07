"""The LangGraph state graph that moves a case through the five stages.

Public API: ``Reasoner`` (``graph.runtime``), ``Settings``, ``make_context``,
``build_graph`` / ``compile_graph``, the ``ReasoningInput`` / ``ReasoningOutput`` /
``FinalSummary`` schemas and ``final_summary`` (``graph.summary``). Imported lazily so
``import graph`` stays cheap. ``graph._review`` (the review state update) and
``graph._warmup`` (start-up loading) are private to ``graph.runtime``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.build import build_graph, compile_graph
    from graph.runtime import Reasoner, make_context
    from graph.settings import Settings
    from graph.state import FinalSummary, ReasoningInput, ReasoningOutput
    from graph.summary import final_summary

_LAZY = {
    "Reasoner": "graph.runtime",
    "make_context": "graph.runtime",
    "Settings": "graph.settings",
    "build_graph": "graph.build",
    "compile_graph": "graph.build",
    "FinalSummary": "graph.state",
    "ReasoningInput": "graph.state",
    "ReasoningOutput": "graph.state",
    "final_summary": "graph.summary",
}

__all__ = [
    "FinalSummary",
    "Reasoner",
    "ReasoningInput",
    "ReasoningOutput",
    "Settings",
    "build_graph",
    "compile_graph",
    "final_summary",
    "make_context",
]


def __getattr__(name: str) -> object:
    """Import the public names on first use."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
