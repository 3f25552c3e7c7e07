"""The checkpoint serializer, with the project's state types registered.

LangGraph's msgpack serializer warns on (and will later block) every class it
reads back from a checkpoint that is not on its allowlist. The allowlist here is
derived from the graph state's annotations, so a type added to the state is
registered without a second list to keep in step.
"""

from __future__ import annotations

import enum
from functools import cache
from typing import Any, get_args, get_origin, get_type_hints

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from pydantic import BaseModel
from typing_extensions import is_typeddict

from graph.state import ReasoningState

__all__ = ["checkpoint_serde", "state_types"]


def _walk(tp: Any, found: set[type]) -> None:
    if get_origin(tp) is not None or isinstance(tp, type(int | None)):
        for arg in get_args(tp):
            _walk(arg, found)
        return
    if not isinstance(tp, type) or tp in found:
        return
    if issubclass(tp, BaseModel):
        found.add(tp)
        for field in tp.model_fields.values():
            _walk(field.annotation, found)
    elif issubclass(tp, enum.Enum):
        found.add(tp)
    elif is_typeddict(tp):
        for hint in get_type_hints(tp).values():
            _walk(hint, found)


@cache
def state_types() -> frozenset[type]:
    """Return the pydantic models and enums reachable from ``ReasoningState``."""
    found: set[type] = set()
    _walk(ReasoningState, found)
    return frozenset(found)


def checkpoint_serde() -> JsonPlusSerializer:
    """Return a serializer that reads back exactly the state's project types."""
    keys = sorted((t.__module__, t.__name__) for t in state_types())
    return JsonPlusSerializer(allowed_msgpack_modules=keys)
