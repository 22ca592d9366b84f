"""The import structure, read from the source: no circles, and no module imports from a higher layer.

Every ``import`` counts, including the lazy ones inside functions and those under ``TYPE_CHECKING``:
a lazy import still ties the two modules together. Layers, lowest first, and why each sits where it does:
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LAYERS = (
    # 0: plain data, protocols and file formats (no model code), so every other layer can share them.
    ("core", ("pipelines", "pipelines.core")),
    # 1: model adapters (Wan through diffusers, chat and vision models); they know methods only through core's protocols.
    ("backends", ("pipelines.backends",)),
    # 2: the papers' methods and the studio's research tools, built on the adapters and on each other.
    ("methods", ("pipelines.lvd", "pipelines.phyt2v", "pipelines.phygdpo", "pipelines.prophy", "pipelines.eval",
                 "pipelines.arena", "pipelines.compare")),
    # 3: the one place that chooses concrete backends and wires the methods into them.
    ("services", ("pipelines.services",)),
    # 4: what people run: the CLI (and each method's command-line front end), the studio, the app.
    ("entry", ("pipelines.cli", "pipelines.__main__", "studio", "app")),
)
# A method's command-line front end (``pipelines/<method>/<name>_cli.py``) lives beside its method but is an
# entry point: it builds ``Services`` from the command line.
ENTRY_SUFFIX = "_cli"
# Known exceptions: (importer, imported) → why. Keep empty; prefer moving the code.
ALLOWED: dict[tuple[str, str], str] = {}


def source_modules(root: Path = ROOT) -> dict[str, tuple[Path, bool]]:
    """Module name → (file, is a package) for the project's own code."""
    files = [*root.glob("pipelines/**/*.py"), *root.glob("studio/**/*.py"), root / "app.py"]
    modules = {}
    for file in files:
        if not file.is_file() or "__pycache__" in file.parts:
            continue
        parts = list(file.relative_to(root).with_suffix("").parts)
        package = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if package else parts)] = (file, package)
    return modules


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the project modules it imports (``from x import y`` counts ``x.y`` when y is a module)."""
    modules = source_modules(root)
    graph: dict[str, set[str]] = {}
    for name, (file, package) in modules.items():
        parent = name if package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = parent.split(".")[:len(parent.split(".")) - node.level + 1]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module or ""
                for alias in node.names:
                    submodule = f"{module}.{alias.name}"
                    targets.add(submodule if submodule in modules else module)
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def layer_of(module: str) -> int:
    if module.rpartition(".")[2].endswith(ENTRY_SUFFIX):
        return len(LAYERS) - 1
    best, level = -1, None
    for index, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, level = len(prefix), index
    assert level is not None, f"{module} is in no layer: add it to LAYERS in tests/test_import_layers.py"
    return level


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{importer} ({LAYERS[layer_of(importer)][0]}) imports {imported} ({LAYERS[layer_of(imported)][0]})"
                  for importer, targets in graph.items() for imported in targets
                  if layer_of(imported) > layer_of(importer) and (importer, imported) not in ALLOWED)


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_graph_sees_lazy_and_relative_imports():
    graph = import_graph()
    assert "pipelines.lvd.guidance" in graph["pipelines.services"]  # imported inside a function
    assert "pipelines.backends.wan_denoising" in graph["pipelines.lvd.guidance"]  # ``from ..backends.x import``
    assert "pipelines.core.methods" in graph["pipelines.backends.wan"]


def test_no_import_circles():
    found = circles(import_graph())
    assert not found, "import circles:\n" + "\n".join(" ↔ ".join(group) for group in found)


def test_no_module_imports_from_a_higher_layer():
    found = upward_imports(import_graph())
    assert not found, "imports from a higher layer:\n" + "\n".join(found)


def test_the_wan_backend_knows_methods_only_through_core():
    graph = import_graph()
    for module in ("pipelines.backends.wan", "pipelines.backends.wan_denoising", "pipelines.backends.wan_loading"):
        assert all(layer_of(target) <= layer_of(module) for target in graph[module]), module


def test_the_checks_catch_what_they_are_for():
    graph = {"pipelines.backends.wan": {"pipelines.prophy.inspect"},
             "pipelines.prophy.inspect": {"pipelines.backends.wan"}, "pipelines.core.text": set()}
    assert circles(graph) == [["pipelines.backends.wan", "pipelines.prophy.inspect"]]
    assert upward_imports(graph) == ["pipelines.backends.wan (backends) imports pipelines.prophy.inspect (methods)"]
    assert layer_of("pipelines.eval.eval_cli") == layer_of("studio.ui") == 4
