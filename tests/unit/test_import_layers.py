"""Imports point one way: cases <- retrieval <- agents <- graph <- api / evals.

Within ``agents``, the offline (rules) backend and the LLM backend never import each
other, and the knowledge base never imports the rules that read it (no cycle). A
private module (``pkg/_x.py``) is imported only from inside ``pkg``. Every
import statement counts: module level, function-local and ``TYPE_CHECKING`` blocks
alike (read from the source with ``ast``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYER = {"cases": 0, "retrieval": 1, "agents": 2, "graph": 3, "api": 4, "evals": 4}
SEPARATE = (("agents.offline", "agents.llm"), ("api", "evals"))
BELOW = (("agents.offline.knowledge", "agents.offline.rules"),)
"""(lower, upper): the rules read the knowledge base, never the other way round."""


def _module(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path) -> list[tuple[int, str]]:
    """Return ``(line, imported module)`` for every in-repo import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    me = _module(path, root).split(".")
    is_pkg = path.name == "__init__.py"
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = me if is_pkg else me[:-1]
                base = base[: len(base) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            found.append((node.lineno, mod))
            found += [(node.lineno, f"{mod}.{a.name}") for a in node.names]
    return [(n, m) for n, m in found if m.split(".")[0] in LAYER]


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _violations(root: Path = ROOT) -> list[str]:
    """Return one message per offending import statement and rule."""
    out: dict[tuple[str, int, str], str] = {}
    for top in LAYER:
        for path in sorted((root / top).rglob("*.py")):
            me = _module(path, root)
            for line, target in _imports(path, root):
                where = (str(path.relative_to(root)), line)
                if LAYER[target.split(".")[0]] > LAYER[top]:
                    out.setdefault((*where, "up"), f"{where} imports {target} (upward)")
                for a, b in SEPARATE:
                    if (_inside(me, a) and _inside(target, b)) or (
                        _inside(me, b) and _inside(target, a)
                    ):
                        msg = f"{where} imports {target} ({a} and {b} must stay apart)"
                        out.setdefault((*where, a), msg)
                for low, high in BELOW:
                    if _inside(me, low) and _inside(target, high):
                        msg = f"{where} imports {target} ({low} is below {high})"
                        out.setdefault((*where, low), msg)
                owner = _private_owner(target)
                if owner is not None and not _inside(me, owner):
                    msg = f"{where} imports {target} (private to {owner})"
                    out.setdefault((*where, "private"), msg)
    return list(out.values())


def _private_owner(module: str) -> str | None:
    """The package a private module (``pkg._x``) belongs to, if ``module`` is one."""
    parts = module.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


def test_imports_point_one_way():
    assert _violations() == []


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("from graph.build import compile_graph\n", "cases/x.py", "upward"),
        ("import api.app\n", "evals/x.py", "stay apart"),
        ("def f():\n    from agents.llm import x\n", "agents/offline/x.py", "apart"),
        (
            "def f():\n    from agents.offline.rules import RULES\n",
            "agents/offline/knowledge/x.py",
            "is below",
        ),
        ("from graph._review import review_update\n", "api/x.py", "private to graph"),
        (
            "from agents.offline.rules._esi_risk import avpu\n",
            "agents/learned/x.py",
            "private to agents.offline.rules",
        ),
    ],
)
def test_the_check_sees_a_violation(tmp_path, source, module, expected):
    for top in LAYER:
        (tmp_path / top).mkdir()
    target = tmp_path / module
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(source)
    found = _violations(tmp_path)
    assert len(found) == 1 and expected in found[0], found
