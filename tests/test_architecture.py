"""The package's shape, read from its import graph with `ast` (imports inside functions count):
no import cycles, no stage package importing the orchestration, no module over 450 lines, and
nothing in the product importing the evaluation."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
ORCHESTRATION = ("pipeline.run", "pipeline.cli", "pipeline.bench", "pipeline.__main__")
STAGES = ("ingest", "gloss", "coding", "review", "aggregate", "export", "codebook", "privacy", "records",
          "runtime")
MAX_LINES = 450


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules `name` imports anywhere in its body; `from a import b` counts as an
    import of `a.b` when that is a module, else of `a`."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


@cache
def import_graph() -> dict[str, set[str]]:
    known = modules()
    names = set(known)
    return {name: imported(name, path, names) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def parent_packages(name: str) -> set[str]:
    """Importing pipeline.a.b runs pipeline/__init__ and pipeline/a/__init__ first; those edges
    are not cycles of the code's own making, so they are left out of the graph."""
    parts = name.split(".")
    return {".".join(parts[:end]) for end in range(1, len(parts))}


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "pipeline.errors" in graph["pipeline.cli"]  # a top-level import
    assert "pipeline.run" in graph["pipeline.cli"]     # imported inside _analyze


def test_no_import_cycles():
    graph = {name: targets - parent_packages(name) for name, targets in import_graph().items()}
    assert cycles(graph) == []


@pytest.mark.parametrize("name", sorted(name for name in modules() if name.split(".")[1:2] and
                                        name.split(".")[1] in STAGES))
def test_stage_packages_never_import_the_orchestration(name):
    assert not {target for target in import_graph()[name]
                if any(target == module or target.startswith(module + ".") for module in ORCHESTRATION)}


def test_no_module_is_over_450_lines():
    long = {name: count for name, path in modules().items()
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_nothing_in_the_product_imports_the_evaluation():
    users = set()
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                targets = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(target == "evaluation" or target.startswith("evaluation.") for target in targets):
                    users.add(name)
    assert users == set()
