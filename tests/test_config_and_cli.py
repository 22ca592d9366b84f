import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.cli import main as cli_main
from pipelines.core.config import ConfigError, load_config
from pipelines.core.layout import Layout
from pipelines.core.runs import RunStore

ROOT = Path(__file__).resolve().parent.parent


def run_python(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_app_help_documents_every_flag():
    result = run_python("app.py", "--help")
    assert result.returncode == 0
    for flag in ("--host", "--port", "--share", "--config", "--runs-dir", "--planner", "--generator",
                 "--llm-base-url", "--llm-model", "--llm-api-key-env", "--llm-timeout"):
        assert flag in result.stdout, flag
    assert "never read from flags" in result.stdout


def test_unreachable_llm_server_gives_one_clear_message(tmp_path):
    port = free_port()  # nothing listens there
    result = run_python("app.py", "--planner", "openai", "--llm-model", "qwen", "--llm-base-url",
                        f"http://127.0.0.1:{port}/v1", "--runs-dir", str(tmp_path))
    assert result.returncode == 2
    assert "--llm-base-url" in result.stderr and f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_local_model_names_the_setting(tmp_path):
    result = run_python("app.py", "--planner", "transformers", "--llm-model", str(tmp_path / "nope"))
    assert result.returncode == 2 and "--llm-model" in result.stderr and "Traceback" not in result.stderr


def test_toml_config_and_overrides(tmp_path):
    cfg = tmp_path / "studio.toml"
    cfg.write_text('[server]\nport = 9000\nruns_dir = "r"\n[planner]\nbackend = "openai"\nllm_model = "m"\n')
    config = load_config(cfg, {"server": {"port": 9100, "host": None}})
    assert config.server.port == 9100 and config.server.runs_dir == "r" and config.planner.llm_model == "m"
    assert config.server.host == "127.0.0.1"


@pytest.mark.parametrize("text, message", [
    ("[planner]\nbakend = 'x'", "unknown setting 'planner.bakend'"),
    ("[server]\nport = 'eighty'", "'server.port' must be an integer"),
    ("[planner]\nbackend = 'openai'", "needs a model: set planner.llm_model \\(--llm-model\\)"),
    ("[server\nport = 1", "not valid TOML"),
    ("[generator]\nwidth = 100000", "generator.width must be between"),
])
def test_bad_config_is_named(tmp_path, text, message):
    cfg = tmp_path / "bad.toml"
    cfg.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(cfg)


def test_bad_config_from_app_exits_cleanly(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[planner]\nbakend = 'x'\n")
    result = run_python("app.py", "--config", str(cfg))
    assert result.returncode == 2 and "planner.bakend" in result.stderr and "Traceback" not in result.stderr


def test_cli_plan_writes_jsonl_and_run_records(tmp_path, capsys):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("# physics prompts\na red ball bounces on the floor\n\nthree dogs run to the left\n")
    out = tmp_path / "layouts.jsonl"
    code = cli_main(["plan", "--prompts-file", str(prompts), "--out", str(out), "--runs-dir", str(tmp_path / "runs")])
    assert code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["prompt"] for line in lines] == ["a red ball bounces on the floor", "three dogs run to the left"]
    layouts = [Layout.from_dict(line["layout"]) for line in lines]
    assert len(layouts[1].objects) == 3
    records = RunStore(tmp_path / "runs").records("plan")
    assert len(records) == 2 and all(r.status == "done" and r.backends["planner"] == "physics" for r in records)
    assert {r.inputs["prompt"] for r in records} == {line["prompt"] for line in lines}


def test_cli_plan_to_stdout(tmp_path, capsys):
    assert cli_main(["plan", "--prompt", "a ball falls", "--runs-dir", str(tmp_path)]) == 0
    line = json.loads(capsys.readouterr().out.strip())
    assert line["prompt"] == "a ball falls" and line["layout"]["version"] == 1


def test_cli_render_from_plan_output_and_lvd_text(tmp_path, capsys):
    assert cli_main(["plan", "--prompt", "a red ball rolls to the right", "--out", str(tmp_path / "p.jsonl"),
                     "--runs-dir", str(tmp_path / "runs")]) == 0
    video = tmp_path / "out" / "preview.mp4"
    gif = tmp_path / "out" / "preview.gif"
    code = cli_main(["render", str(tmp_path / "p.jsonl"), "--out", str(video), "--gif", str(gif), "--fps", "4",
                     "--runs-dir", str(tmp_path / "runs")])
    assert code == 0 and video.stat().st_size > 1000 and gif.read_bytes()[:3] == b"GIF"
    from pipelines.core.video import video_info

    info = video_info(video)
    assert info["fps"] == pytest.approx(4) and info["frames"] == 11  # 6 keyframes at 2 fps = 2.5 s at 4 fps, +1
    record = RunStore(tmp_path / "runs").records("render")[0]
    assert record.status == "done" and record.outputs["video"] == "preview.mp4"

    lvd = tmp_path / "layout.txt"
    lvd.write_text("Frame 1: [{'id': 0, 'name': 'cat', 'box': [0, 0, 100, 100]}]\n"
                   "Frame 2: [{'id': 0, 'name': 'cat', 'box': [400, 0, 100, 100]}]\nBackground keyword: room")
    assert cli_main(["render", str(lvd), "--out", str(tmp_path / "cat.mp4"), "--runs-dir", str(tmp_path / "runs")]) == 0


def test_cli_render_bad_layout_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "num_keyframes": 2, "objects": [{"id": 0, "name": "a", "boxes": [[0, 0, 2.5, 1], null]}]}')
    assert cli_main(["render", str(bad), "--out", str(tmp_path / "x.mp4"), "--runs-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "outside the canvas" in err and "keyframe 1" in err
    assert cli_main(["render", str(tmp_path / "missing.json"), "--out", str(tmp_path / "x.mp4")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_plan_empty_prompt_reports_failure(tmp_path, capsys):
    assert cli_main(["plan", "--prompt", "   ", "--runs-dir", str(tmp_path)]) == 1
    line = json.loads(capsys.readouterr().out.strip())
    assert "prompt is empty" in line["error"]


def test_python_m_pipelines_entry_point(tmp_path):
    result = run_python("-m", "pipelines", "plan", "--prompt", "two cats walk to the right", "--runs-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    layout = json.loads(result.stdout)["layout"]
    assert [o["name"] for o in layout["objects"]] == ["cat", "cat"]
    assert re.search(r"\bgradio\b", result.stderr) is None


def test_cli_threshold_reference_and_background_flags_reach_the_guidance(capsys):
    from pipelines.cli import build_parser
    from pipelines.core.options import guidance_from_args

    parser = build_parser()
    args = parser.parse_args(["generate", "--prompt", "a ball", "--out", "v.mp4", "--guidance", "lvd-weak",
                              "--threshold-reference", "raw", "--no-background-prompt"])
    config = guidance_from_args(args)
    assert (config.loss_threshold, config.threshold_reference, config.background_prompt) == (250.0, "raw", False)
    default = guidance_from_args(parser.parse_args(["generate", "--prompt", "a ball", "--out", "v.mp4", "--guidance", "energy"]))
    assert (default.threshold_reference, default.background_prompt) == ("modelscope", True)
    with pytest.raises(SystemExit):
        parser.parse_args(["generate", "--prompt", "a ball", "--out", "v.mp4", "--threshold-reference", "unet"])
    assert "invalid choice: 'unet'" in capsys.readouterr().err
