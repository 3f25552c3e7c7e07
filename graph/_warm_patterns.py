"""The compiled patterns the project's modules hold, for the start-up warm-up.

The scanners keep per-pattern answers (``cases.rx.prepare``: a guarded copy, the
strings and formula a match needs) that a worker otherwise computes as each pattern
meets its first text. This finds the patterns to prepare: those in the globals of
the loaded project modules, in their tuples, lists, sets and dict values, and in
the attributes of the project's own objects held there (rule tables, lexicons).
"""

from __future__ import annotations

import re
import sys
from typing import Final

PACKAGES: Final = frozenset(
    {"agents", "api", "cases", "graph", "knowledge", "retrieval"}
)
"""Top-level packages whose modules are searched (and whose objects are entered)."""
DEPTH: Final = 4
"""Containers and objects entered below a module global (rule tables nest ~3 deep)."""


def project_patterns() -> list[re.Pattern[str]]:
    """Every ``str`` pattern reachable from the loaded project modules, once each."""
    found: dict[int, re.Pattern[str]] = {}
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if name.split(".", 1)[0] in PACKAGES and module is not None:
            for value in list(vars(module).values()):
                _walk(value, DEPTH, found, seen)
    return list(found.values())


def _walk(
    obj: object, depth: int, found: dict[int, re.Pattern[str]], seen: set[int]
) -> None:
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            found[id(obj)] = obj
        return
    if depth <= 0 or id(obj) in seen or isinstance(obj, (str, bytes, int, float)):
        return
    seen.add(id(obj))
    if isinstance(obj, (tuple, list, frozenset, set)):
        children: list[object] = list(obj)
    elif isinstance(obj, dict):
        children = list(obj.values())
    elif type(obj).__module__.split(".", 1)[0] in PACKAGES:
        children = list(getattr(obj, "__dict__", {}).values())
        for slot in getattr(type(obj), "__slots__", ()):
            children.append(getattr(obj, slot, None))
    else:
        return
    for child in children:
        _walk(child, depth - 1, found, seen)
