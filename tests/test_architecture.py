"""The import direction of the pipeline, as docs/ARCHITECTURE.md draws it.

Each part of ``auditor`` (a folder or a top-level module) and the rule library ``checks``
stands on a floor; a part may import its own floor's modules only from itself and any part on a
lower floor, never one above (that would be an import running back up the pipeline). No
module imports itself through a loop of other modules. A new part must be given a floor here
and in the architecture document, so the picture cannot drift from the code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOORS: tuple[frozenset[str], ...] = (
    frozenset({"auditor", "errors", "model", "pdfium_lock", "text", "timelimit"}),
    frozenset({"extract", "findings", "outputs"}),
    frozenset({"read", "registry", "grounding", "identity", "ocr_evidence", "sections"}),
    frozenset({"assess", "config", "runner", "reference"}),
    frozenset({"checks"}),
    frozenset({"engine"}),
    frozenset({"decisions", "render"}),
    frozenset({"batch", "pairing"}),
    frozenset({"web"}),
    frozenset({"cli"}),
    frozenset({"__main__"}),
)
"""Floors from the ground up: the order in which data flows from a file to a reviewer."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in ("auditor", "checks"):
        for path in (ROOT / package).rglob("*.py"):
            found[_module_name(path)] = path
    return found


@cache
def _tree(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once for all the tests here."""
    return ast.parse(path.read_text(encoding="utf-8"))


def _imports(path: Path, known: dict[str, Path]) -> Iterator[str]:
    tree = _tree(path)
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        yield from (target for target in targets if target in known)


def _part(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "checks":
        return "checks"
    return parts[1] if len(parts) > 1 else "auditor"


def _floor(part: str) -> int:
    for number, floor in enumerate(FLOORS):
        if part in floor:
            return number
    raise AssertionError(f"{part} has no floor: add it to FLOORS and docs/ARCHITECTURE.md")


@cache
def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {
        module: {target for target in _imports(path, known) if target != module}
        for module, path in known.items()
    }


def test_every_part_has_a_floor() -> None:
    for module in _graph():
        _floor(_part(module))


def test_no_import_runs_back_up_the_pipeline() -> None:
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in _graph().items()
        for target in targets
        if _part(target) != _part(module) and _floor(_part(target)) >= _floor(_part(module))
    )
    assert upward == []


def test_no_module_imports_itself_through_a_loop() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    loops: list[str] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                loops.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert loops == []


def test_the_architecture_document_names_every_part() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = sorted(
        part for floor in FLOORS for part in floor if part not in ("auditor",) and part not in text
    )
    assert missing == []


TEXT_BLOCKS = frozenset({"Paragraph", "Cell"})
"""The document model's text-bearing types: a rule that imports one reads the text itself."""


def _checks_reading_text() -> list[str]:
    """Rule modules that import a text-bearing block type or walk the document's blocks."""
    found: list[str] = []
    for path in sorted((ROOT / "checks").rglob("*.py")):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and node.module == "auditor.model":
                found += [
                    f"{path.name}: imports {a.name}" for a in node.names if a.name in TEXT_BLOCKS
                ]
            elif (
                isinstance(node, ast.For | ast.comprehension)
                and isinstance(node.iter, ast.Attribute)
                and node.iter.attr in ("blocks", "tables", "paragraphs")
            ):
                found.append(f"{path.name}:{node.iter.lineno}: walks .{node.iter.attr}")
    return found


def test_rules_read_facts_not_the_text() -> None:
    """``checks`` reads the reading's facts; the text is read once, in ``auditor/read/``."""
    assert _checks_reading_text() == []


def _id_calls() -> list[str]:
    """Calls of the builtin ``id()`` in ``auditor`` and ``checks``."""
    found: list[str] = []
    for package in ("auditor", "checks"):
        for path in sorted((ROOT / package).rglob("*.py")):
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno}"
                for node in ast.walk(_tree(path))
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "id"
            ]
    return found


def test_objects_are_told_apart_by_their_own_identity_not_id() -> None:
    """No ``id()`` keys: frozen values compare by value, other objects by an index or ``is``."""
    assert _id_calls() == []


FACT_LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"model"}),
    frozenset({"labels"}),
    frozenset({"roles", "clauses"}),
    frozenset({"headers"}),
    frozenset({"text", "tables"}),
    frozenset({"build"}),
)
"""The modules of ``auditor/read/facts/`` from the ground up (its ``__init__`` re-exports)."""


def _fact_layer(module: str) -> int:
    name = module.removeprefix("auditor.read.facts.")
    return next(number for number, layer in enumerate(FACT_LAYERS) if name in layer)


def test_the_fact_model_is_read_in_layers() -> None:
    """Each module of the fact package imports only the layers below it, never its face."""
    package = "auditor.read.facts"
    inside = sorted(module for module in _graph() if module.startswith(f"{package}."))
    assert sorted(f"{package}.{name}" for layer in FACT_LAYERS for name in layer) == inside
    wrong = sorted(
        f"{module} -> {target}"
        for module in inside
        for target in _graph()[module]
        if target == package
        or (target.startswith(f"{package}.") and _fact_layer(target) >= _fact_layer(module))
    )
    assert wrong == []
