"""PhyGDPO training: LoRA-SR reference, objective at step 0, learning, resume, export, launch, stop.

The tiny Wan (pipelines/backends/tiny_wan.py) runs the real diffusers/peft/accelerate code paths
in milliseconds per step; every check compares against an independent computation.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
from pipelines.phygdpo.checkpoints import latest_checkpoint
from pipelines.phygdpo.data import GroupBatches
from pipelines.phygdpo.groups import read_groups
from pipelines.phygdpo.latent_cache import LatentCache
from pipelines.phygdpo.lora_sr import CopiedReference, LoraSwitchReference, attach_lora, predict_velocity
from pipelines.phygdpo.objective import PhyGDPOObjective, SFTObjective
from pipelines.phygdpo.run_files import METRIC_COLUMNS
from pipelines.phygdpo.train_cli import run_train_command
from pipelines.phygdpo.train_config import (
    DEFAULT_LORA_TARGETS,
    LoraSection,
    LossSection,
    TrainConfigError,
    config_from_dict,
    dump_train_config,
    load_train_config,
)
from pipelines.phygdpo.trainer import lr_factor, train
from pipelines.phygdpo.training_errors import TrainingError
from tests.helpers.ports import free_port
from tests.helpers.same import assert_same_float
from tests.helpers.tiny_train import TINY_FRAMES, TINY_SIZE, make_tiny_groups, tiny_config_dict, write_tiny_config

ROOT = Path(__file__).resolve().parent.parent
SEQ = 16  # max_sequence_length of the tiny configs


@pytest.fixture(autouse=True)
def one_thread():
    """Two shared cores: one intra-op thread is ~3× faster than two fighting other jobs for them."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny_pipe():
    return build_tiny_wan_pipeline(seed=0)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groups")
    return make_tiny_groups(folder, groups=4, losers=2)


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("latent-cache")


def _config(groups, out, cache, **sections):
    sections.setdefault("data", {})["cache_dir"] = str(cache)
    return config_from_dict(tiny_config_dict(groups, out, **sections))


def _factory(pipe):
    return lambda: copy.deepcopy(pipe)


def _batch(pipe, groups_file, cache_dir, batch_size=4):
    cache = LatentCache(cache_dir, pipe, width=TINY_SIZE, height=TINY_SIZE, frames=TINY_FRAMES,
                        max_sequence_length=SEQ, storage_dtype="float32")
    items = cache.prepare(read_groups(groups_file))
    return GroupBatches(items, batch_size=batch_size, max_sequence_length=SEQ).batch(0)


def _random_lora(transformer, seed=3):
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in transformer.named_parameters():
            if "lora_B" in name:
                param.copy_(torch.randn(param.shape, generator=generator) * 0.2)


def _inputs(seed=0, batch=2):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(batch, 16, 2, 4, 4, generator=g), torch.rand(batch, generator=g),
            torch.randn(batch, SEQ, 32, generator=g))


def _sigmoid_weights(sa, pc):
    """Eq. 10, sigmoid form, paper constants — written out again here, independent of rewarding.py."""
    s = lambda x: 1.0 / (1.0 + math.exp(-x))
    v = 1.0 - (sa + pc) / 2.0
    alpha = 0.5 + 0.5 * s(5.0 * (v - 0.5))
    return alpha, (1.0 + 0.6 * s(2.0 * (v - 0.4))) / alpha


# ---------------------------------------------------------------------------------------- LoRA-SR
def test_reference_is_the_base_model_exactly_and_only_lora_trains(tiny_pipe):
    policy = copy.deepcopy(tiny_pipe.transformer)
    base = copy.deepcopy(tiny_pipe.transformer)  # never gets adapters
    copied = CopiedReference(policy)
    params = attach_lora(policy, rank=4, alpha=4.0)
    assert len(params) == 2 * len(DEFAULT_LORA_TARGETS) * 2  # A and B × 10 targets × 2 blocks
    assert {id(p) for p in policy.parameters() if p.requires_grad} == {id(p) for p in params}
    _random_lora(policy)
    x, t, embeds = _inputs()
    with torch.no_grad():
        expected = predict_velocity(base, x, t, embeds)
        lora_out = predict_velocity(policy, x, t, embeds)
    assert not torch.allclose(lora_out, expected)  # the adapters do something ...
    assert torch.equal(LoraSwitchReference().predict(policy, x, t, embeds), expected)  # ... and the switch removes it
    assert torch.equal(copied.predict(policy, x, t, embeds), expected)
    # The switch leaves the adapters on and trainable afterwards.
    assert all(p.requires_grad for p in params)
    with torch.no_grad():
        assert torch.equal(predict_velocity(policy, x, t, embeds), lora_out)

    objective = PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0))
    batch = {"prompt_embeds": embeds, "winner_latents": x, "loser_latents": torch.randn(2, 2, 16, 2, 4, 4),
             "loser_sa": torch.rand(2, 2), "loser_pc": torch.rand(2, 2)}
    loss, _ = objective.loss(policy, batch, torch.Generator().manual_seed(0))
    loss.backward()
    with_grad = {n for n, p in policy.named_parameters() if p.grad is not None}
    assert with_grad == {n for n, p in policy.named_parameters() if ".lora_" in n}
    assert all(p.grad.abs().sum() > 0 for n, p in policy.named_parameters() if ".lora_B." in n)


def test_step_zero_policy_equals_reference(tiny_pipe, data, shared_cache):
    """LoRA B starts at zero, so θ = ψ: every margin is 0 and each loser costs γ·log 2 (bound) / the
    group log(1 + K) (exact Plackett-Luce)."""
    batch = _batch(tiny_pipe, data, shared_cache)
    groups = read_groups(data)
    expected_bound = np.mean([sum(_sigmoid_weights(m.sa, m.pc)[1] * math.log(2.0) for m in g.losers) for g in groups])
    for groupwise, expected in (("upper-bound", expected_bound), ("exact", math.log(3.0))):
        transformer = copy.deepcopy(tiny_pipe.transformer)
        objective = PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=LossSection(groupwise=groupwise))
        objective.attach(transformer)
        loss, metrics = objective.loss(transformer, batch, torch.Generator().manual_seed(1))
        assert metrics["margin"] == 0.0 and metrics["reward_accuracy"] == 0.0
        assert loss.item() == pytest.approx(expected, rel=1e-6)
    sft = SFTObjective(lora=LoraSection(rank=4, alpha=4.0))
    transformer = copy.deepcopy(tiny_pipe.transformer)
    sft.attach(transformer)
    loss, metrics = sft.loss(transformer, batch, torch.Generator().manual_seed(1))
    assert "margin" not in metrics and loss.item() > 0


def test_lr_schedule_warms_up_then_decays_to_lr_end():
    f = lambda s: lr_factor(s, lr=1e-5, lr_end=1e-6, warmup_steps=4, max_steps=104)
    assert [f(s) for s in range(4)] == pytest.approx([0.25, 0.5, 0.75, 1.0])
    assert f(54) == pytest.approx((1e-6 + 9e-6 * 0.5) / 1e-5)
    assert f(104) == pytest.approx(0.1)


# ---------------------------------------------------------------------------------------- training
@pytest.fixture(scope="module")
def trained(tiny_pipe, data, shared_cache, tmp_path_factory):
    out = tmp_path_factory.mktemp("trained")
    config = _config(data, out, shared_cache, optim={"max_steps": 12, "lr": 1e-2, "lr_end": 1e-3},
                     loss={"beta": 500.0}, train={"log_every": 4, "checkpoint_every": 0})
    return train(config, pipeline_factory=_factory(tiny_pipe))


def test_training_makes_the_policy_prefer_winners(trained, tiny_pipe, data, shared_cache):
    assert trained.state == "done" and trained.step == 12
    status = json.loads((trained.output_dir / "status.json").read_text())
    assert status == {"state": "done", "step": 12, "max_steps": 12, "error": "", "lora_dir": str(trained.lora_dir)}
    with open(trained.output_dir / "metrics.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0][: len(METRIC_COLUMNS)]) == METRIC_COLUMNS
    assert [int(r[0]) for r in rows[1:]] == [4, 8, 12]
    # Evaluate the exported LoRA, loaded by diffusers into a fresh pipeline, on fixed noise.
    pipe = copy.deepcopy(tiny_pipe)
    pipe.load_lora_weights(str(trained.lora_dir), weight_name="pytorch_lora_weights.safetensors")
    batch = _batch(pipe, data, shared_cache)
    objective = PhyGDPOObjective(settings=LossSection(beta=500.0))
    for seed in range(3):
        with torch.no_grad():
            _, metrics = objective.loss(pipe.transformer, batch, torch.Generator().manual_seed(100 + seed))
        assert metrics["margin"] > 0.02, metrics  # step 0 gives exactly 0
        assert metrics["reward_accuracy"] >= 0.75, metrics


def test_exported_lora_loads_in_wan_pipeline_and_as_studio_variant(trained, tiny_pipe, data):
    from pipelines.backends.lora import activate_variant, load_lora_variant

    kwargs = {"prompt": "a red ball falls on the ground", "height": 32, "width": 32, "num_frames": 5,
              "num_inference_steps": 2, "output_type": "latent"}
    run = lambda p: p(**kwargs, generator=torch.Generator().manual_seed(0)).frames
    base = run(copy.deepcopy(tiny_pipe))
    diffusers_pipe = copy.deepcopy(tiny_pipe)
    diffusers_pipe.load_lora_weights(str(trained.lora_dir), weight_name="pytorch_lora_weights.safetensors")
    with_lora = run(diffusers_pipe)
    assert not torch.allclose(with_lora, base)
    studio_pipe = copy.deepcopy(tiny_pipe)
    variant = load_lora_variant(studio_pipe, "phygdpo", trained.lora_dir)
    assert variant.file_format == "diffusers" and variant.layers == 2 * len(DEFAULT_LORA_TARGETS)
    activate_variant(studio_pipe, "phygdpo")
    assert_same_float(run(studio_pipe), with_lora)  # two pipelines, each loading the file: equal to a tolerance
    activate_variant(studio_pipe, None)
    assert_same_float(run(studio_pipe), base)

    meta = json.loads((trained.lora_dir / "phystudio_lora.json").read_text())
    assert meta["base_model"] == "tiny" and meta["objective"] == "phygdpo" and meta["step"] == 12
    assert meta["reference"] == "lora-switch"
    assert meta["data"]["groups_sha256"] == hashlib.sha256(Path(data).read_bytes()).hexdigest()
    assert meta["hyperparameters"]["lora"]["rank"] == 4 and meta["hyperparameters"]["loss"]["beta"] == 500.0
    assert meta["weights_sha256"] == hashlib.sha256((trained.lora_dir / meta["weights"]).read_bytes()).hexdigest()


def test_resume_reproduces_the_uninterrupted_run(tiny_pipe, data, shared_cache, tmp_path):
    """4 steps straight vs stopped after 2 + resumed: same losses, same adapters (optimizer, schedule,
    RNG for LoRA dropout and the step counter all come back from the checkpoint)."""
    sections = {"optim": {"max_steps": 4, "grad_accum": 2}, "lora": {"dropout": 0.1}}
    straight = train(_config(data, tmp_path / "a", shared_cache, **sections), pipeline_factory=_factory(tiny_pipe))
    config = _config(data, tmp_path / "b", shared_cache, **sections)
    first = train(config, pipeline_factory=_factory(tiny_pipe), on_step=lambda step, metrics: step == 2)
    assert (first.state, first.step) == ("stopped", 2)
    assert json.loads((tmp_path / "b" / "status.json").read_text())["state"] == "stopped"
    assert latest_checkpoint(tmp_path / "b").name == "step-2"
    second = train(config, resume=True, pipeline_factory=_factory(tiny_pipe))
    resumed = [h["loss"] for h in first.history] + [h["loss"] for h in second.history]
    assert resumed == [h["loss"] for h in straight.history]
    from safetensors.torch import load_file

    a = load_file(str(straight.lora_dir / "pytorch_lora_weights.safetensors"))
    b = load_file(str(second.lora_dir / "pytorch_lora_weights.safetensors"))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    with open(tmp_path / "b" / "metrics.csv", newline="") as handle:
        assert [row["step"] for row in csv.DictReader(handle)] == ["1", "2", "3", "4"]
    checkpoint = latest_checkpoint(tmp_path / "b")
    assert not list(checkpoint.glob("model*"))  # adapters only, never the frozen backbone


# ---------------------------------------------------------------------------------------- errors
def test_config_and_data_errors_say_what_to_change(data, tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[loss]\nbetta = 500\n')
    with pytest.raises(TrainConfigError, match=r"unknown key\(s\) in \[loss\]: betta; known keys: objective, beta"):
        load_train_config(bad)
    bad.write_text('[loss]\nbeta = "high"\n')
    with pytest.raises(TrainConfigError, match=r"\[loss\] beta must be a number"):
        load_train_config(bad)
    bad.write_text('[optimizer]\nlr = 1e-5\n')
    assert run_train_command(_args(bad)) == 2
    assert "unknown section(s) [optimizer]" in capsys.readouterr().err
    config = config_from_dict(tiny_config_dict(data, tmp_path / "o", loss={"T": 2.0}))
    bad.write_text(dump_train_config(config))
    assert load_train_config(bad).to_dict() == config.to_dict()  # what config.resolved.toml relies on
    assert load_train_config(bad).with_overrides(max_steps=7).optim.max_steps == 7
    bad.write_text('[data]\nframes = 80\n')
    with pytest.raises(TrainConfigError, match=r"4k\+1.*try 77 or 81"):
        load_train_config(bad)

    missing = write_tiny_config(tmp_path / "m.toml", tmp_path / "nowhere" / "groups.jsonl", tmp_path / "out-m")
    assert run_train_command(_args(missing)) == 1
    assert "no groups file at" in capsys.readouterr().err
    status = json.loads((tmp_path / "out-m" / "status.json").read_text())
    assert status["state"] == "failed" and "no groups file" in status["error"]

    broken = make_tiny_groups(tmp_path / "broken", groups=2, losers=1)
    (tmp_path / "broken" / "g1_loser0.mp4").unlink()
    config = config_from_dict(tiny_config_dict(broken, tmp_path / "out-b"))
    with pytest.raises(TrainingError, match=r"1 video\(s\) in 1 group\(s\).*g1: .*g1_loser0\.mp4"):
        train(config)


def test_out_of_memory_fails_with_what_to_lower(tiny_pipe, data, shared_cache, tmp_path):
    class OutOfMemory(SFTObjective):
        def loss(self, transformer, batch, step_rng):
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")

    config = _config(data, tmp_path / "out", shared_cache, loss={"reference": "copy"})
    with pytest.raises(TrainingError) as caught:
        train(config, objective=OutOfMemory(lora=LoraSection(rank=4, alpha=4.0)), pipeline_factory=_factory(tiny_pipe))
    message = str(caught.value)
    assert message.startswith("out of memory at step 0: lower [data] width/height/frames (now 32×32×5)")
    assert "[optim] batch_size (now 1" in message and 'groupwise = "one-loser"' in message
    assert 'reference = "lora-switch"' in message
    status = json.loads((tmp_path / "out" / "status.json").read_text())
    assert status["state"] == "failed" and status["error"] == message


@pytest.mark.parametrize("sections", [
    {"loss": {"objective": "sft"}},
    {"loss": {"reference": "copy", "groupwise": "one-loser", "reward": "none", "timesteps": "logit-normal",
              "shared_noise": False}, "data": {"losers_per_group": 1}},
], ids=["sft", "copy-one-loser"])
def test_other_objective_settings_train(tiny_pipe, data, shared_cache, tmp_path, sections):
    config = _config(data, tmp_path / "out", shared_cache, optim={"max_steps": 2}, **sections)
    result = train(config, pipeline_factory=_factory(tiny_pipe))
    assert result.state == "done" and all(math.isfinite(h["loss"]) for h in result.history)
    meta = json.loads((result.lora_dir / "phystudio_lora.json").read_text())
    assert meta["objective"] == config.loss.objective
    if config.loss.objective == "sft":
        assert "margin" not in result.history[0] and "reference" not in meta
    else:  # one loser, α = γ = 1: each step's loss at θ = ψ is exactly log 2
        assert result.history[0]["loss"] == pytest.approx(math.log(2.0)) and meta["reference"] == "copy"
        assert "1 loser(s) per group" in (tmp_path / "out" / "train.log").read_text()


def _args(config_path, **overrides):
    import argparse

    return argparse.Namespace(config=Path(config_path), resume=False, max_steps=None, output_dir=None, **overrides)


# ---------------------------------------------------------------------------------------- processes
def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}


def test_accelerate_launch_runs_two_processes(data, tmp_path):
    """DDP over two gloo processes on CPU, each encoding half of the latent cache. accelerate 1.15 refuses
    --cpu with --multi_gpu, and --cpu alone starts one process; --multi_gpu with ACCELERATE_USE_CPU=1
    starts two CPU processes."""
    config = write_tiny_config(tmp_path / "train.toml", data, tmp_path / "out", optim={"max_steps": 2})
    command = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
               "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
               "--main_process_port", str(free_port()),
               str(ROOT / "tests" / "helpers" / "tiny_train.py"), "--config", str(config)]
    done = subprocess.run(command, cwd=ROOT, env={**_env(), "ACCELERATE_USE_CPU": "1"}, capture_output=True,
                          text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    log = (tmp_path / "out" / "train.log").read_text()
    assert "2 process(es)" in log and "MULTI_CPU" in log, log
    assert "effective batch 2 groups" in log and "latent cache: 8/8 on this process" in log
    assert "0 hit(s), 16 newly encoded" in log  # the two shards together, counted once
    status = json.loads((tmp_path / "out" / "status.json").read_text())
    assert (status["state"], status["step"]) == ("done", 2)
    assert (tmp_path / "out" / "lora" / "pytorch_lora_weights.safetensors").is_file()


def test_sigterm_checkpoints_exports_and_stops(tiny_pipe, data, shared_cache, tmp_path):
    """A real SIGTERM to this process mid-run (as the Train tab's Stop sends it to the trainer)."""
    config = _config(data, tmp_path / "out", shared_cache, optim={"max_steps": 1000}, train={"checkpoint_every": 0})
    handler_before = signal.getsignal(signal.SIGTERM)

    def terminate_at_step_3(step, metrics):
        if step == 3:
            os.kill(os.getpid(), signal.SIGTERM)

    result = train(config, pipeline_factory=_factory(tiny_pipe), on_step=terminate_at_step_3)
    assert (result.state, result.step) == ("stopped", 3)
    status = json.loads((tmp_path / "out" / "status.json").read_text())
    assert (status["state"], status["step"]) == ("stopped", 3)
    assert Path(status["lora_dir"], "pytorch_lora_weights.safetensors").is_file()
    assert json.loads(Path(status["lora_dir"], "phystudio_lora.json").read_text())["state"] == "stopped"
    assert latest_checkpoint(tmp_path / "out").name == "step-3"
    assert "SIGTERM received" in (tmp_path / "out" / "train.log").read_text()
    assert signal.getsignal(signal.SIGTERM) is handler_before



def test_gpu_bench_runs_tiny_on_cpu():
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "gpu_phygdpo_bench.py"), "--tiny"],
                          cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    modes = {r["mode"]: r for r in summary["results"]}
    assert set(modes) == {"lora-sr", "lora-copy", "full-copy", "sft"}
    assert modes["full-copy"]["trainable"] == sum(p.numel() for p in build_tiny_wan_pipeline().transformer.parameters())
    # 2 blocks × (8 attention linears 24→24 + 2 FFN linears 24↔32), rank 4: r·(in + out) each
    assert modes["lora-sr"]["trainable"] == modes["sft"]["trainable"] == 2 * (8 * 4 * (24 + 24) + 2 * 4 * (24 + 32))
    assert {"peak lora-sr/full-copy", "peak lora-sr/lora-copy", "time lora-sr/sft"} <= set(summary["ratios"])


def test_launched_copies_that_each_run_alone_are_refused(data, tmp_path, monkeypatch):
    """`accelerate launch --multi_gpu` on a CPU machine without ACCELERATE_USE_CPU starts lone copies that
    would overwrite each other's output folder: the trainer refuses and says what to run instead."""
    monkeypatch.setenv("WORLD_SIZE", "2")
    config = config_from_dict(tiny_config_dict(data, tmp_path / "out"))
    with pytest.raises(TrainingError, match=r"2 processes were launched but each runs alone.*ACCELERATE_USE_CPU=1"):
        train(config)


def test_metadata_says_the_exact_loss_uses_no_reward_weights():
    from pipelines.phygdpo.objective import PhyGDPOObjective, describe
    from pipelines.phygdpo.train_config import LossSection

    exact = describe(PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=LossSection(groupwise="exact")))
    bound = describe(PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=LossSection(reward="tanh")))
    assert exact["reward"] == "none (exact Plackett-Luce)" and bound["reward"] == "tanh"
