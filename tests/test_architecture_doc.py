"""docs/architecture.md cannot drift from the code silently.

Every file or folder it names in backticks exists (a glob such as ``*_cli.py`` matches one), every dotted name
(``lvd.guidance.LayoutGuidance``) is defined where it says, every ``Class.member`` is a member of that class, every other code
name (``latent_frame_of``, ``MethodSet``) occurs in the code, every protocol is defined in the file its table names, and every
package of ``pipelines/`` is described. A bare or partial path (``wan.py``, ``core/layout.py``) resolves against the repository,
``pipelines/``, or a folder the same section named before it.
"""

from __future__ import annotations

import ast
import builtins
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
FILE_SUFFIXES = (".py", ".md")
SOURCE_ROOTS = ("pipelines", "studio", "tests", "docs")
DATA_SUFFIXES = (".json", ".jsonl", ".csv", ".toml", ".log", ".txt", ".safetensors", ".mp4")
CODE_SOURCES = ("pipelines/**/*.py", "studio/**/*.py", "app.py")
IDENTIFIER = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\(\))?$")
MEMBER = re.compile(r"^([A-Z][A-Za-z0-9]*)\.([a-z_][a-z0-9_]*)(?:\(\))?$")
DOTTED = re.compile(r"^([a-z_][a-z0-9_]*(?:[./][a-z_][a-z0-9_]*)*)\.([A-Za-z_][A-Za-z0-9_]*)(?:\(\))?$")


def sections(text: str) -> list[tuple[str, list[str]]]:
    """(heading, backticked spans in order) for each ``##`` section; code blocks are skipped."""
    found: list[tuple[str, list[str]]] = [("", [])]
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    for line in text.splitlines():
        if line.startswith("## "):
            found.append((line[3:].strip(), []))
        found[-1][1].extend(re.findall(r"`([^`\n]+)`", line))
    return found


def names_a_file(span: str) -> bool:
    """A repository path: a ``.py``/``.md`` file, or a folder under one of the source roots."""
    return span.endswith(FILE_SUFFIXES) or (span.endswith("/") and span.split("/")[0] in SOURCE_ROOTS)


def resolve(span: str, bases: list[Path]) -> Path | None:
    for base in bases:
        if "*" in span:
            match = next(iter(sorted(base.glob(span))), None)
            if match is not None:
                return match
        elif (base / span).exists():
            return base / span
    return None


def code_index(root: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Every word of the code, and each class's members (methods and class-level names, inherited
    ones from the code's own base classes included)."""
    words: set[str] = set()
    own: dict[str, set[str]] = {}
    bases: dict[str, set[str]] = {}
    for path in sorted({path for pattern in CODE_SOURCES for path in root.glob(pattern)}):
        text = path.read_text(encoding="utf-8")
        words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                own.setdefault(node.name, set()).update(defined_names(node))
                bases.setdefault(node.name, set()).update(b.id for b in node.bases if isinstance(b, ast.Name))

    def members_of(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        found = set(own.get(name, ()))
        for base in bases.get(name, set()) - seen:
            found |= members_of(base, seen | {name})
        return found

    return words, {name: members_of(name) for name in own}


def defined_names(scope: Path | ast.ClassDef) -> set[str]:
    """Top-level names of a module file, or the names a class body defines."""
    body = scope.body if isinstance(scope, ast.ClassDef) else ast.parse(scope.read_text(encoding="utf-8")).body
    names = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def doc_findings(doc: Path, root: Path) -> list[str]:
    """What the doc names that the tree under ``root`` does not hold."""
    findings = []
    words, members = code_index(root)
    for heading, spans in sections(doc.read_text(encoding="utf-8")):
        bases = [root, root / "pipelines"]
        for span in spans:
            dotted, member, identifier = DOTTED.match(span), MEMBER.match(span), IDENTIFIER.match(span)
            if span.endswith(DATA_SUFFIXES):
                continue  # a file a run writes, not one of the repository's
            if names_a_file(span):
                found = resolve(span.rstrip("/"), bases)
                if found is None:
                    findings.append(f"{heading or 'top'}: `{span}` does not exist")
                    continue
                folder = found if found.is_dir() else found.parent
                if folder not in bases:
                    bases.append(folder)
            elif member and member.group(1) in members:
                if member.group(2) not in members[member.group(1)]:
                    findings.append(f"{heading}: `{span}`: class {member.group(1)} has no {member.group(2)}")
            elif member:
                findings.append(f"{heading}: `{span}`: no class {member.group(1)} in the code")
            elif identifier and re.search(r"[A-Z_]", span) and span not in dir(builtins):
                if identifier.group(1) not in words:
                    findings.append(f"{heading}: `{span}` occurs nowhere in the code")
            elif dotted and not dotted.group(1).startswith(("torch", "accelerate", "diffusers")):
                module = resolve(dotted.group(1).replace(".", "/") + ".py", bases)
                if module is None:
                    continue  # an attribute of an object (``Services.generate``), not a module path
                if dotted.group(2) not in defined_names(module):
                    findings.append(f"{heading}: `{span}`: {module.relative_to(root)} defines no {dotted.group(2)}")
    return findings


def undescribed_packages(doc: Path, root: Path) -> list[str]:
    text = doc.read_text(encoding="utf-8")
    packages = sorted(p.parent.name for p in (root / "pipelines").glob("*/__init__.py"))
    return [name for name in packages if f"`pipelines/{name}/`" not in text and f"`{name}/`" not in text]


def protocol_rows(doc: Path) -> list[tuple[list[str], str]]:
    """(protocol names, defining file) for each row of the Protocols table."""
    text = doc.read_text(encoding="utf-8")
    table = text.split("## Protocols", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1].startswith("`") and cells[1].endswith(".py`"):
            names = re.findall(r"`([A-Za-z_]\w*)`", cells[0])
            rows.append((names, cells[1].strip("`")))
    return rows


def test_every_path_and_name_the_architecture_doc_gives_exists():
    assert doc_findings(DOC, ROOT) == []


def test_every_package_is_described():
    assert undescribed_packages(DOC, ROOT) == []


def test_protocols_are_named_as_the_code_names_them():
    rows = protocol_rows(DOC)
    assert len(rows) >= 8
    missing = [f"{name} in {file}" for names, file in rows for name in names
               if name not in defined_names(resolve(file, [ROOT, ROOT / "pipelines"]))]
    assert missing == []


def test_the_doc_check_finds_what_is_not_there(tmp_path):
    (tmp_path / "pipelines" / "core").mkdir(parents=True)
    (tmp_path / "pipelines" / "core" / "layout.py").write_text("class Layout:\n    pass\n", encoding="utf-8")
    (tmp_path / "pipelines" / "lvd").mkdir()
    (tmp_path / "pipelines" / "lvd" / "__init__.py").write_text("", encoding="utf-8")
    doc = tmp_path / "architecture.md"
    (tmp_path / "app.py").write_text("class Base:\n    def generate(self):\n        return load_run\n\n\n"
                                     "class Services(Base):\n    pass\n", encoding="utf-8")
    doc.write_text("## Layers\n`pipelines/core/` has `layout.py` and `core.layout.Layout`; not `gone.py`,\n"
                   "`core.layout.Missing`, `pipelines/old/`, `*_cli.py`.\n\n## Other\n`layout.py` again;\n"
                   "`Services.generate` and `load_run()` but not `Services.score`, `Studio.run` or `LoadRun`;\n"
                   "`record.json` is written by a run\n", encoding="utf-8")
    assert doc_findings(doc, tmp_path) == [
        "Layers: `gone.py` does not exist",
        "Layers: `core.layout.Missing`: pipelines/core/layout.py defines no Missing",
        "Layers: `pipelines/old/` does not exist",
        "Layers: `*_cli.py` does not exist",
        "Other: `layout.py` does not exist",  # the folder named in another section does not count here
        "Other: `Services.score`: class Services has no score",
        "Other: `Studio.run`: no class Studio in the code",
        "Other: `LoadRun` occurs nowhere in the code",
    ]
    assert undescribed_packages(doc, tmp_path) == ["lvd"]
