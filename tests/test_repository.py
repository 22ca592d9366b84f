"""Promises about the repository itself: the README's commands, CI, and the import boundaries."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    section = ROOT.joinpath("README.md").read_text().split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_readme_gives_exactly_two_setup_commands_and_ci_runs_the_test_one():
    install_and_run, run_tests = readme_commands()
    assert install_and_run.endswith("python app.py") and "requirements.txt" in install_and_run
    ci_lines = [line.strip() for line in ROOT.joinpath(".ci/run").read_text().splitlines()]
    assert run_tests in ci_lines, "CI must run the README's test command verbatim"


def test_torch_pinned_exactly():
    lines = ROOT.joinpath("requirements.txt").read_text().splitlines()
    assert "torch==2.13.0" in lines
    pinned = [line for line in lines if line and not line.startswith("#")]
    assert all("==" in line for line in pinned), [line for line in pinned if "==" not in line]


def test_pipelines_never_imports_gradio():
    offenders = [str(path.relative_to(ROOT)) for path in ROOT.joinpath("pipelines").rglob("*.py")
                 if re.search(r"^\s*(import gradio|from gradio)", path.read_text(), re.MULTILINE)]
    assert offenders == []


def test_startup_imports_no_heavy_libraries():
    code = ("import sys, app; from studio.ui import build_ui; import studio.layout_tab, studio.generate_tab, "
            "studio.evaluate_tab, studio.system_tab; import pipelines.cli; from pipelines.services import Services; "
            "print(sorted(m for m in ('torch', 'diffusers', 'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
