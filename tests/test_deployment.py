"""Hosting: Space settings reach the config, a CPU Space falls back to the embedded preview with a notice,
and the ZeroGPU decorator only applies on ZeroGPU hardware."""

from __future__ import annotations

import sys
import types

import pytest

from pipelines.core.config import ConfigError, load_config
from pipelines.core.deployment import Host, cpu_fallback


def test_space_variables_override_the_config_file(tmp_path):
    cfg = tmp_path / "space.toml"
    cfg.write_text('[generator]\nbackend = "wan"\nmodel = "from/file"\nsteps = 30\n')
    environ = {"PHYSTUDIO_CONFIG": str(cfg), "PHYSTUDIO__GENERATOR__MODEL": "Wan-AI/Wan2.1-T2V-14B-Diffusers",
               "PHYSTUDIO__GENERATOR__STEPS": "40", "PHYSTUDIO__GENERATOR__LORAS": '{ phygdpo = "loras/p.safetensors" }',
               "PHYSTUDIO__ARENA__DATABASE_URL": "postgresql+psycopg://arena@db/arena", "UNRELATED": "x"}
    config = load_config(None, {"generator": {"steps": None}}, environ=environ)
    assert config.generator.backend == "wan"  # from the file
    assert config.generator.model == "Wan-AI/Wan2.1-T2V-14B-Diffusers"  # variable beats file
    assert config.generator.steps == 40 and config.generator.loras == {"phygdpo": "loras/p.safetensors"}
    assert config.arena_url == "postgresql+psycopg://arena@db/arena"
    flags_win = load_config(None, {"generator": {"steps": 12}}, environ=environ)
    assert flags_win.generator.steps == 12


def test_bad_space_variables_name_the_problem():
    with pytest.raises(ConfigError, match="PHYSTUDIO__SECTION__KEY"):
        load_config(None, environ={"PHYSTUDIO__GENERATOR": "wan"})
    with pytest.raises(ConfigError, match="generator.steps.*integer"):
        load_config(None, environ={"PHYSTUDIO__GENERATOR__STEPS": "many"})
    with pytest.raises(ConfigError, match="unknown setting 'generator.modle'"):
        load_config(None, environ={"PHYSTUDIO__GENERATOR__MODLE": "x"})


def wan_config():
    return load_config(None, {"generator": {"backend": "wan", "model": "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"}})


def test_cpu_space_falls_back_to_the_preview_with_a_notice():
    config, notice = cpu_fallback(wan_config(), Host(space_id="me/phystudio"), has_cuda=lambda: False)
    assert config.generator.backend == "preview" and "CPU" in notice and "Wan2.1-T2V-1.3B" in notice
    assert config.generator.model == "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"  # the rest of the config is kept


@pytest.mark.parametrize("host, has_cuda", [
    (Host(), False),  # a workstation keeps its config: a wrong one must fail loudly, not silently degrade
    (Host(space_id="me/phystudio"), True),
    (Host(space_id="me/phystudio", zero_gpu=True), False),  # ZeroGPU attaches the GPU per call
])
def test_no_fallback_where_wan_can_run(host, has_cuda):
    config, notice = cpu_fallback(wan_config(), host, has_cuda=lambda: has_cuda)
    assert config.generator.backend == "wan" and notice is None


def test_host_reads_the_space_variables():
    host = Host.from_environ({"SPACE_ID": "me/phystudio", "SPACES_ZERO_GPU": "true", "GRADIO_SERVER_NAME": "0.0.0.0"})
    assert host.on_space and host.zero_gpu and host.server_name == "0.0.0.0"
    assert not Host.from_environ({}).on_space


def test_gpu_task_decorates_only_on_zero_gpu(monkeypatch):
    from studio.zerogpu import gpu_task

    calls = []
    fake = types.ModuleType("spaces")

    def gpu(duration):
        def wrap(fn):
            def leased(*args, **kwargs):
                calls.append(duration)
                return fn(*args, **kwargs)
            return leased
        return wrap

    fake.GPU = gpu
    monkeypatch.setitem(sys.modules, "spaces", fake)

    def handler(x):
        return x + 1

    monkeypatch.delenv("SPACES_ZERO_GPU", raising=False)
    assert gpu_task(60)(handler) is handler
    monkeypatch.setenv("SPACES_ZERO_GPU", "true")
    leased = gpu_task(90)(handler)
    assert leased is not handler and leased(1) == 2 and calls == [90]


@pytest.mark.parametrize("name", ["workstation-24gb.toml", "h100.toml", "space.toml"])
def test_example_configs_load(name):
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "assets" / "configs" / name
    config = load_config(path)
    assert config.generator.backend == "wan" and config.planner.backend == "openai"


def test_example_train_config_loads():
    from pathlib import Path

    from pipelines.phygdpo.train_config import load_train_config

    config = load_train_config(Path(__file__).resolve().parent.parent / "assets" / "configs" / "train-phygdpo-wan1.3b.toml")
    assert (config.lora.rank, config.optim.lr, config.loss.reward, config.data.frames) == (48, 1e-5, "sigmoid", 81)


def test_train_tab_warns_on_zero_gpu(monkeypatch, tmp_path):
    import gradio as gr

    from pipelines.services import Services
    from studio.train_tab import build_train_tab

    def notice_ids(zero_gpu: bool, space: bool = False) -> set[str]:
        services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path)}}))  # reads the host anew
        if zero_gpu:
            monkeypatch.setenv("SPACES_ZERO_GPU", "true")
        else:
            monkeypatch.delenv("SPACES_ZERO_GPU", raising=False)
        if space:
            monkeypatch.setenv("SPACE_ID", "me/phystudio")
        else:
            monkeypatch.delenv("SPACE_ID", raising=False)
        with gr.Blocks() as demo:
            build_train_tab(services)
        return {block.elem_id for block in demo.blocks.values() if getattr(block, "elem_id", None)}

    assert "train-zerogpu-notice" in notice_ids(True)
    assert "train-zerogpu-notice" not in notice_ids(False)
    on_space = notice_ids(False, space=True)
    assert "train-off-notice" in on_space and "train-start" not in on_space  # public Space, no password: no training
    monkeypatch.setenv("PHYSTUDIO_ADMIN_PASSWORD", "operator-secret")
    with_password = notice_ids(False, space=True)  # the operator signs in to train
    assert "train-start" in with_password and "train-operator-notice" in with_password
