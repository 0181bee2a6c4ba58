"""Rules for ui/ checked on the source (parsed once, with the layering test's parser):

- screens never catch service errors: the operation runner (ui/operations.py) routes `ValidationError` to the
  fields, `DomainError` to a message, anything else to the exception dialog;
- screens never probe each other with `hasattr` and never load code with `importlib`: they inherit
  ScreenBehaviour and open records through `ctx.navigator`.
"""

from __future__ import annotations

import ast

from tests.test_layering import _package

# Doors whose refusal is the answer, shown in place next to its field (login, password change, the lock cover,
# the import wizard's file page), name the error classes they answer to the runner (`answers=`): none is
# caught by hand any more.
INLINE_ANSWERS: dict[str, set[str]] = {}
# The runner itself is where service errors are routed.
ROUTER = ("ui/operations.py",)


def _error_classes() -> set[str]:
    """DomainError and every class of domain/ and services/ that derives from it, by name."""
    bases: dict[str, set[str]] = {}
    for rel, (tree, _imports) in _package().items():
        if rel.startswith(("domain/", "services/")):
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                                        for b in node.bases}
    errors = {"DomainError"}
    while True:
        more = {name for name, parents in bases.items() if parents & errors} - errors
        if not more:
            return errors
        errors |= more


def _caught(handler: ast.ExceptHandler) -> set[str]:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return {k.id if isinstance(k, ast.Name) else getattr(k, "attr", "") for k in kinds if k is not None}


def _ui_modules(skip: tuple[str, ...] = ()):
    for rel, (tree, _imports) in _package().items():
        if rel.startswith("ui/") and not rel.startswith(skip):
            yield rel, tree


def test_the_error_classes_are_found():
    assert {"DomainError", "ValidationError", "StaleRecordError", "LoginError", "DuplicateRecordError",
            "DocumentFileError"} <= _error_classes()


def test_no_screen_catches_service_errors():
    errors = _error_classes()
    offenders = [f"{rel}:{node.lineno} except {sorted(_caught(node) & errors)}"
                 for rel, tree in _ui_modules(tuple(INLINE_ANSWERS) + ROUTER)
                 for node in ast.walk(tree)
                 if isinstance(node, ast.ExceptHandler) and _caught(node) & errors]
    assert offenders == [], "call services through ui.operations.run_operation"


def test_no_screen_probes_with_hasattr_or_loads_with_importlib():
    offenders = []
    for rel, tree in _ui_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "hasattr":
                offenders.append(f"{rel}:{node.lineno} hasattr")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                if any(n == "importlib" or n.startswith("importlib.") and n != "importlib.resources"
                       for n in names):
                    offenders.append(f"{rel}:{node.lineno} importlib")
    assert offenders == [], "inherit ui.screen.ScreenBehaviour and open records through ctx.navigator"


def test_the_inline_answers_catch_only_what_they_answer():
    errors = _error_classes()
    caught = {rel: set() for rel in INLINE_ANSWERS}
    for rel, tree in _ui_modules():
        if rel in INLINE_ANSWERS:
            for node in ast.walk(tree):
                if isinstance(node, ast.ExceptHandler):
                    caught[rel] |= _caught(node) & errors
    assert caught == INLINE_ANSWERS, "a new service error caught by hand: route it through the runner"


def _module_imports() -> dict[str, set[str]]:
    """Module → the package's modules it imports (`from pkg import module` counts as importing the module)."""
    names = {rel: rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for rel in _package()}
    known = set(names.values())
    edges = {}
    for rel, (tree, _imports) in _package().items():
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = names[rel].split(".")[:-1] if not rel.endswith("__init__.py") else names[rel].split(".")
                    base = base[:len(base) - (node.level - 1)]
                    module = ".".join([*base, node.module] if node.module else base)
                else:
                    module = (node.module or "").removeprefix("equilibri_desktop.")
                found |= {module, *(f"{module}.{alias.name}" for alias in node.names)}
        edges[names[rel]] = {name.removeprefix("equilibri_desktop.") for name in found} & known - {names[rel]}
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while (top := stack.pop()) != node:
                group.add(top)
            group.add(node)
            if len(group) > 1:
                groups.append(frozenset(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycles():
    """STYLE.md: no import cycles anywhere, counting imports inside functions and those made only for type
    checking (a helper typed with its owner's class still depends on it)."""
    cycles = sorted(sorted(group) for group in _cycles(_module_imports()))
    assert cycles == [], ("a helper imports back what imports it: pass it what it needs instead (a signal, a "
                          "callable, a small Protocol in a module of its own)")


def test_the_cycle_finder_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset({"a", "b", "c"})]
