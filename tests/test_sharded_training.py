"""DDP and FSDP over two gloo processes on CPU equal one process on the same data, across a stop and resume.

One process with ``grad_accum = 2`` and two processes with ``grad_accum = 1`` see the same groups in the
same order and draw the same noise (the trainer seeds it by the batch's global slot), so every step's
loss and the exported LoRA / ProPhy file must agree. The two processes stop after 2 of 4 steps and a
new launch resumes from the checkpoint, so steps 3-4 only match if adapters, optimizer moments, the
schedule and the step counter all came back (on this CPU the files come out bit-identical; the check
keeps the tolerance for separately run processes).
"""

from __future__ import annotations

import copy
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
from pipelines.phygdpo.train_config import config_from_dict
from pipelines.phygdpo.trainer import train
from pipelines.phygdpo.training_errors import TrainingError
from pipelines.phygdpo.training_setup import refuse_unshardable
from tests.helpers.ports import free_port
from tests.helpers.same import assert_same_float
from tests.helpers.tiny_train import make_tiny_groups, tiny_config_dict, write_tiny_config

ROOT = Path(__file__).resolve().parent.parent
STEPS, STOP_AT = 4, 2
OBJECTIVES = {
    "lora-sr": {"loss": {"objective": "phygdpo", "reference": "lora-switch"}},
    # maps from the embedded planner: the alignment loss and the refinement routing take part too
    "prophy": {"loss": {"objective": "prophy"}, "prophy": {"maps": "planner"}},
}
EXPORTED = {"lora-sr": "pytorch_lora_weights.safetensors", "prophy": "prophy.safetensors"}


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return make_tiny_groups(tmp_path_factory.mktemp("groups"), groups=4, losers=2)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("latent-cache")


@pytest.fixture(scope="module")
def tiny_pipe():
    return build_tiny_wan_pipeline(seed=0)  # what [model] base = "tiny" loads in the launched processes


def _sections(objective, cache, strategy, grad_accum):
    sections = copy.deepcopy(OBJECTIVES[objective])
    sections["optim"] = {"max_steps": STEPS, "grad_accum": grad_accum}
    sections["data"] = {"cache_dir": str(cache)}
    sections["train"] = {"strategy": strategy, "checkpoint_every": 0}
    return sections


def _metrics(out):
    with open(out / "metrics.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def _launch(script_args, processes=2):
    command = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", str(processes),
               "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
               "--main_process_port", str(free_port()), *map(str, script_args)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "ACCELERATE_USE_CPU": "1"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]


@pytest.mark.parametrize("objective", sorted(OBJECTIVES))
@pytest.mark.parametrize("strategy", ["ddp", "fsdp"])
def test_two_processes_stopped_and_resumed_equal_one_process(strategy, objective, data, cache, tiny_pipe, tmp_path):
    torch.set_num_threads(1)
    one_config = config_from_dict(tiny_config_dict(data, tmp_path / "one", **_sections(objective, cache, "ddp", 2)))
    one = train(one_config, pipeline_factory=lambda: copy.deepcopy(tiny_pipe))
    assert (one.state, one.step) == ("done", STEPS)

    two_config = write_tiny_config(tmp_path / "two.toml", data, tmp_path / "two", **_sections(objective, cache, strategy, 1))
    helper = ROOT / "tests" / "helpers" / "sharded_train.py"
    _launch([helper, "--config", two_config, "--stop-at", STOP_AT])  # its own launch, as an operator's stop is
    _launch([helper, "--config", two_config, "--resume"])

    log = (tmp_path / "two" / "train.log").read_text()
    assert "2 process(es)" in log and "MULTI_CPU" in log, log
    assert "effective batch 2 groups" in log  # = 1 process × grad_accum 2
    if strategy == "fsdp":
        assert "FSDP2: frozen backbone sharded over 2 process(es)" in log, log
    assert f"resumed from {tmp_path / 'two' / 'checkpoints' / f'step-{STOP_AT}'} at step {STOP_AT}" in log, log
    two = _metrics(tmp_path / "two")
    # steps 1-2 before the stop, 3-4 after the resume in new processes
    assert [int(row["step"]) for row in two] == list(range(1, STEPS + 1))
    # Every step: the loss (averaged over the processes) and the clipped gradient's norm equal one process's.
    assert_same_float([float(row["loss"]) for row in two], [h["loss"] for h in one.history])
    assert_same_float([float(row["grad_norm"]) for row in two], [h["grad_norm"] for h in one.history])
    assert all(float(row["grad_norm"]) > 1e-4 for row in two)  # every step moved the weights: not two untouched inits

    # The resumed run ends on one process's weights: adapters, optimizer moments, schedule and step came back.
    exported_one = load_file(str(one.lora_dir / EXPORTED[objective]))
    exported_two = load_file(str(tmp_path / "two" / one.lora_dir.name / EXPORTED[objective]))  # lora/ or prophy/
    assert exported_one.keys() == exported_two.keys()
    for key in exported_one:
        assert_same_float(exported_two[key], exported_one[key])
    status = json.loads((tmp_path / "two" / "status.json").read_text())
    assert (status["state"], status["step"]) == ("done", STEPS)


def test_accelerates_own_fsdp_launch_is_refused_with_what_to_run(data, tmp_path, monkeypatch):
    """`accelerate launch --use_fsdp` (or a config with distributed_type: FSDP) would wrap the model in
    accelerate's FSDP1 behind the trainer's back: refused before anything loads, saying what to launch."""
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")
    config = config_from_dict(tiny_config_dict(data, tmp_path / "out", train={"strategy": "fsdp"}))
    with pytest.raises(TrainingError, match=r"launched with accelerate's FSDP.*--multi_gpu.*strategy = \"fsdp\""):
        train(config)
    assert not (tmp_path / "out" / "status.json").exists()


def test_fsdp_refuses_a_copied_reference_before_loading_anything(data, tmp_path):
    config = config_from_dict(tiny_config_dict(data, tmp_path / "out", loss={"reference": "copy"},
                                               train={"strategy": "fsdp"}))
    with pytest.raises(TrainingError, match=r"reference = \"copy\" keeps a whole unsharded second backbone"):
        refuse_unshardable(config, processes=2)
    refuse_unshardable(config, processes=1)  # one process: nothing is sharded, the copy is allowed


def test_fsdp_with_one_process_trains_unsharded_and_says_so(data, cache, tiny_pipe, tmp_path):
    torch.set_num_threads(1)
    config = config_from_dict(tiny_config_dict(data, tmp_path / "out", **_sections("lora-sr", cache, "fsdp", 1)))
    result = train(config, pipeline_factory=lambda: copy.deepcopy(tiny_pipe))
    assert (result.state, result.step) == ("done", STEPS)
    assert "with one process: nothing to shard, training unsharded" in (tmp_path / "out" / "train.log").read_text()


def test_replicated_gradients_are_averaged_and_unused_ones_stay_none(tmp_path):
    """As one process with grad_accum = 2 sees them: the mean of the two processes' gradients; a tensor only
    one process used gets half of its gradient; one nobody used keeps None, so AdamW skips it (a zero
    gradient would still decay its moments and apply weight decay)."""
    import torch.multiprocessing as mp

    from tests.helpers.sharded_train import average_gradients_worker

    mp.spawn(average_gradients_worker, args=(2, free_port(), str(tmp_path)), nprocs=2, join=True)
    for rank in (0, 1):
        grads = torch.load(tmp_path / f"grads-{rank}.pt")
        assert torch.equal(grads["everywhere"], torch.tensor([1.0, 2.0, 3.0]) * (1 + 2) / 2)
        assert torch.equal(grads["rank0_only"], torch.full((3,), 4.0) / 2)
        assert grads["nowhere"] is None
