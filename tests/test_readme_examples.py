"""The README's examples, executed as written: the gradio_client ones against a launched studio on its
defaults, every answer checked against the sketch in the comment under it
(``# video = "/tmp/gradio/<hash>/video.mp4"``), the cheap command lines from another folder, and the
TOML examples through the config loader."""

from __future__ import annotations

import ast
import dataclasses
import io
import json
import os
import re
import shlex
import subprocess
import sys
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from pipelines.core.config import load_config
from pipelines.core.layout import Layout
from pipelines.core.video import video_info
from tests.conftest import launched_studio
from tests.helpers.doc_claims import check, parse_sketch, sketches_after

ROOT = Path(__file__).resolve().parent.parent
README_URL = "http://127.0.0.1:7860/"


def api_blocks() -> list[str]:
    section = ROOT.joinpath("README.md").read_text().split("\n## API (gradio_client)\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def statements_with_sketches(block: str):
    """Each top-level statement with the ``# name = ...`` sketches written on the comment lines after it."""
    lines = block.splitlines()
    body = ast.parse(block).body
    for index, statement in enumerate(body):
        following = body[index + 1].lineno - 1 if index + 1 < len(body) else len(lines)
        yield statement, sketches_after(lines[statement.end_lineno:following])


@pytest.fixture(scope="module")
def studio_url(tmp_path_factory):
    """A studio of its own (the examples add videos to the arena and vote)."""
    with launched_studio(tmp_path_factory.mktemp("readme-runs")) as url:
        yield url


def test_the_readme_api_examples_run_and_answer_as_their_comments_say(studio_url):
    blocks = api_blocks()
    assert len(blocks) == 4 and README_URL in blocks[0], "the API section's examples moved: update this test"
    namespace: dict = {}
    checked = []
    for number, block in enumerate(blocks, start=1):
        for statement, sketches in statements_with_sketches(block.replace(README_URL, studio_url)):
            code = compile(ast.Module([statement], type_ignores=[]), f"README.md API example {number}", "exec")
            with redirect_stdout(io.StringIO()):
                exec(code, namespace)
            for name, sketch in sketches.items():
                assert name in namespace, f"example {number} sketches {name!r}, which the code never sets"
                check(namespace[name], sketch, name)
                checked.append(name)
    assert checked == ["plan", "video", "record", "video", "record", "update", "result", "pair", "vote", "rows"]
    assert namespace["vote"]["choice"] == "A" and namespace["rows"][0]["rank"] == 1


def test_a_sketch_catches_the_answer_it_does_not_describe(tmp_path):
    """The README once sketched the video as ``{"video": ...}``; gradio_client hands back a path."""
    clip = tmp_path / "video.mp4"
    clip.write_bytes(b"\0")
    with pytest.raises(AssertionError, match="sketched as a dict"):
        check(str(clip), parse_sketch('{"video": "/tmp/.../preview.mp4", ...}'), "video")
    check(str(clip), parse_sketch('"/tmp/gradio/<hash>/video.mp4"'), "video")
    with pytest.raises(AssertionError, match=r"\.mp4 file path"):
        check(str(tmp_path / "absent.mp4"), parse_sketch('"/tmp/gradio/<hash>/video.mp4"'), "video")
    sketch = parse_sketch('{"variants": [{"label", "scores": {"sa", "pc", ...}}, ...], "seed": 7, "status": "a"|"b"|...}')
    check({"variants": [{"label": "base", "scores": {"sa": None, "pc": 0.5}}], "seed": 7, "status": "b"}, sketch, "r")
    with pytest.raises(AssertionError, match=r"r\['variants'\]\[0\]\['scores'\] lacks the sketched keys \['pc'\]"):
        check({"variants": [{"label": "base", "scores": {"sa": None}}], "seed": 7, "status": "b"}, sketch, "r")
    with pytest.raises(AssertionError, match=r"r\['seed'\] is sketched as a number"):
        check({"variants": [{"label": "base", "scores": {"sa": 1, "pc": 1}}], "seed": "7", "status": "b"}, sketch, "r")


# ------------------------------------------------------------------ command line
def bash_commands(heading: str) -> list[list[str]]:
    """The ``python -m pipelines ...`` commands of the first bash block under ``heading``, continuation lines
    joined and comments dropped, as argument lists."""
    section = ROOT.joinpath("README.md").read_text().split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1).replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.startswith("python -m pipelines ")]


def run_readme_command(argv: list[str], cwd: Path) -> str:
    """As the README says to run it from another folder: PYTHONPATH pointing at the repository."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, *argv[1:]], cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"{shlex.join(argv)} failed:\n{done.stderr[-2000:]}"
    return done.stdout


def test_the_readme_plan_and_render_commands_run_as_written(tmp_path):
    commands = [argv for argv in bash_commands("## Command line") if argv[3] in ("plan", "render")]
    assert [argv[3] for argv in commands] == ["plan", "plan", "render", "render"], "update this test"
    tmp_path.joinpath("prompts.txt").write_text("a ball rolls to the left\na cup falls off a table\n")
    first = run_readme_command(commands[0], tmp_path)  # "JSON line to stdout"
    (line,) = first.splitlines()
    planned = json.loads(line)
    assert planned["prompt"] == "a red ball bounces twice on a wooden floor" and Layout.from_dict(planned["layout"])
    tmp_path.joinpath("layout.json").write_text(json.dumps(planned["layout"]))
    run_readme_command(commands[1], tmp_path)
    rows = [json.loads(row) for row in tmp_path.joinpath("layouts.jsonl").read_text().splitlines()]
    assert [row["prompt"] for row in rows] == ["a ball rolls to the left", "a cup falls off a table"]
    assert all(Layout.from_dict(row["layout"]) for row in rows)
    run_readme_command(commands[2], tmp_path)
    assert video_info(tmp_path / "preview.mp4")["width"] == 512 and tmp_path.joinpath("preview.gif").stat().st_size
    run_readme_command(commands[3], tmp_path)
    info = video_info(tmp_path / "preview.mp4")
    assert (info["width"], info["height"], info["fps"]) == (832, 480, 16.0)
    records = [json.loads(p.read_text()) for p in tmp_path.glob("runs/*/*/record.json")]
    assert sorted(r["kind"] for r in records) == ["plan"] * 3 + ["render"] * 2, "a run record per plan and render"


# ------------------------------------------------------------------ configuration
def test_the_readme_toml_examples_load_and_the_limits_table_lists_the_defaults(tmp_path):
    blocks = re.findall(r"```toml\n(.*?)```", ROOT.joinpath("README.md").read_text(), re.S)
    assert len(blocks) == 2, "the README's TOML examples changed: update this test"
    for number, block in enumerate(blocks, start=1):
        path = tmp_path / f"example-{number}.toml"
        path.write_text(block)
        load_config(path)  # an unknown key or a bad value raises, naming it
    limits_table = tomllib.loads(blocks[0])["limits"]
    defaults = load_config(None).limits
    assert limits_table == {f.name: getattr(defaults, f.name) for f in dataclasses.fields(defaults)}, \
        "the Limits section shows every [limits] setting with its default"
