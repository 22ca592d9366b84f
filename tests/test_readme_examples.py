"""The README's gradio_client examples, executed as written against a launched studio on its defaults, with
every answer checked against the sketch in the comment under it (``# video = "/tmp/gradio/<hash>/video.mp4"``)."""

from __future__ import annotations

import ast
import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest

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
