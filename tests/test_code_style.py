"""One code style everywhere, checked here so CI enforces it.

ruff (settings in pyproject.toml) checks pyflakes' rules, isort's import order (standard library, third
party, then this repository, each block sorted) and line length (``line-length``, code, comments and strings
alike). On top of it, one rule ruff has no switch for: inside
``pipelines/`` and ``studio/`` a module imports its own package's modules relatively (``from ..core.layout
import Layout``), and only code outside a package (``app.py``, ``studio/`` using ``pipelines``, tests)
names it absolutely. Fix order findings with ``ruff check --select I --fix .``.

A Python file over ``LONG_FILE_LINES`` lines (product code and tests alike: a long test file hides which
behaviour it covers just as a long module hides its seams) says why in its header, in a line
``# Long file: <reason>`` before its first statement after the docstring; the usual answer is to split it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipelines", "studio")
# Citations of documents that are not in the repository, and talk about how the work was organised.
FOREIGN_REFERENCES = re.compile(r"DESIGN( §|\.md)|\.\./shared|round-\d (contract|protocol)|\bthe lead\b|proposed to the")
LONG_FILE_LINES = 600
LONG_FILE_SOURCES = ("pipelines/**/*.py", "studio/**/*.py", "tests/**/*.py", "app.py")
LONG_FILE_REASON = re.compile(r"^# Long file: \S.{19,}$")  # a reason of a few words, not a bare marker


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def absolute_self_imports(root: Path, package: str) -> list[str]:
    found = []
    for path in sorted(root.joinpath(package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            names = ([node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else
                     [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            if any(name == package or name.startswith(package + ".") for name in names):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_packages_import_their_own_modules_relatively():
    for package in PACKAGES:
        assert absolute_self_imports(ROOT, package) == [], f"import {package}'s own modules relatively (from .x / ..x)"


def test_the_check_sees_absolute_self_imports_at_any_depth(tmp_path):
    package = tmp_path / "pipelines" / "core"
    package.mkdir(parents=True)
    package.joinpath("probe.py").write_text("from .layout import Layout\n\n\ndef probe():\n"
                                            "    from pipelines.core.layout import Box\n    import pipelines.cli\n",
                                            encoding="utf-8")
    assert absolute_self_imports(tmp_path, "pipelines") == ["pipelines/core/probe.py:5", "pipelines/core/probe.py:6"]


def test_code_tests_and_docs_cite_only_what_the_repository_holds():
    files = [path for pattern in ("pipelines/**/*.py", "studio/**/*.py", "tests/**/*.py", "docs/**/*.md", "*.md",
                                  "app.py", "assets/**/*.md")
             for path in ROOT.glob(pattern) if path.resolve() != Path(__file__).resolve()]
    offenders = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}" for path in files
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if FOREIGN_REFERENCES.search(line)]
    assert offenders == []


def long_files_without_reason(root: Path) -> list[str]:
    """``path: N lines`` for each file over LONG_FILE_LINES whose header has no ``# Long file:`` reason."""
    found = []
    for path in sorted({path for pattern in LONG_FILE_SOURCES for path in root.glob(pattern)}):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        if len(lines) <= LONG_FILE_LINES:
            continue
        body = ast.parse(text, str(path)).body
        has_docstring = bool(body) and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str)
        code = body[1:] if has_docstring else body
        header = lines[: code[0].lineno - 1] if code else lines
        if not any(LONG_FILE_REASON.match(line) for line in header):
            found.append(f"{path.relative_to(root)}: {len(lines)} lines")
    return found


def test_files_over_the_length_limit_say_why():
    offenders = long_files_without_reason(ROOT)
    assert offenders == [], (f"files over {LONG_FILE_LINES} lines: split them by concern, or state why not in a "
                             "'# Long file: <reason>' line before the first statement after the docstring:\n"
                             + "\n".join(offenders))


def test_the_length_check_wants_a_reason_in_the_header(tmp_path):
    package = tmp_path / "pipelines"
    package.mkdir()
    filler = "".join(f"VALUE_{i} = {i}\n" for i in range(LONG_FILE_LINES))
    reason = "# Long file: one table that reads best as a whole\n"
    files = {
        "unmarked.py": '"""Doc."""\n' + filler,
        "at_the_limit.py": filler,
        "marked_before_docstring.py": reason + '"""Doc."""\n' + filler,
        "marked_after_docstring.py": '"""Doc."""\n\n' + reason + "\nimport os\n" + filler,
        "marked_too_late.py": '"""Doc."""\nimport os\n' + reason + filler,
        "bare_marker.py": "# Long file: long\n" + filler,
    }
    for name, text in files.items():
        package.joinpath(name).write_text(text, encoding="utf-8")
    assert long_files_without_reason(tmp_path) == [
        f"pipelines/bare_marker.py: {LONG_FILE_LINES + 1} lines",
        f"pipelines/marked_too_late.py: {LONG_FILE_LINES + 3} lines",
        f"pipelines/unmarked.py: {LONG_FILE_LINES + 1} lines",
    ]
