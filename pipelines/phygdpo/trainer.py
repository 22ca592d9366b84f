"""The training loop: accelerate does the devices, the objective does the loss (trl style).

One function, ``train(config)``, runs the same on a laptop CPU, one GPU, or many GPUs under
``accelerate launch`` (DDP by default; on request FSDP2 shards the frozen backbone, sharding.py).
Everything a user or the studio's Train tab needs to follow or recover a run lands in the output
folder (docs/architecture.md, "Training"):
metrics.csv, train.log, status.json, checkpoints/step-N/ (full resume: adapters, optimizer,
schedule, RNG, step) and lora/ (the exported adapters). SIGINT/SIGTERM finish the current step,
save a checkpoint and the LoRA, and end the run as "stopped".

This file is the loop; what it calls lives beside it: ``training_setup.py`` (accelerate, precision,
base model, sharding), ``training_inputs.py`` (groups, latent cache, physics maps), ``checkpoints.py``
(checkpoints, resume, export), ``training_report.py`` (metrics rows and log lines) and
``training_errors.py`` (the error and its advice).

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

import functools
import math
import time
import traceback
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from .checkpoints import TrainProgress, export_trained, latest_checkpoint, register_state_hooks, save_checkpoint
from .data import GroupBatches, batch_to, mixed_seed
from .heldout import evaluate_heldout, split_heldout
from .objective import Objective, build_objective, describe
from .run_files import RunFiles, StopSignal
from .sharding import average_gradients
from .train_config import TrainConfig, TrainConfigError, dump_train_config
from .training_errors import TrainingError, failure_message
from .training_inputs import fill_latent_cache, fill_physics_maps, read_training_groups, unscored_losers_note
from .training_report import mean_of, peak_memory_gb, report_heldout, report_window
from .training_setup import (
    backbone_dtype,
    free_memory,
    load_base_pipeline,
    make_accelerator,
    refuse_unshardable,
    shard_backbone,
    start_tensorboard,
)


@dataclass
class TrainResult:
    state: str  # "done" | "stopped"
    step: int
    output_dir: Path
    lora_dir: Path | None
    history: list[dict[str, float]] = field(default_factory=list)  # one entry per optimizer step (this process's view)


def lr_factor(step: int, *, lr: float, lr_end: float, warmup_steps: int, max_steps: int) -> float:
    """Linear warm-up to ``lr``, then cosine decay to ``lr_end`` at ``max_steps`` (as a factor of lr)."""
    if step < warmup_steps:
        return (step + 1) / warmup_steps
    progress = min(1.0, (step - warmup_steps) / max(1, max_steps - warmup_steps))
    return (lr_end + (lr - lr_end) * 0.5 * (1.0 + math.cos(math.pi * progress))) / lr


def train(config: TrainConfig, *, resume: bool = False, objective: Objective | None = None,
          pipeline_factory: Callable[[], Any] | None = None,
          on_step: Callable[[int, dict[str, float]], bool | None] | None = None) -> TrainResult:
    """Run (or resume) a training; raises TrainingError with advice when it cannot go on.

    ``pipeline_factory`` replaces loading ``[model] base`` (tests, benchmarks). ``on_step(step,
    metrics)`` is called after every optimizer step; returning True stops the run the way a
    signal does (checkpoint, export, state "stopped"), for callers that run the trainer in-process.
    """
    out = config.output_dir
    accelerator, precision_note = make_accelerator(config)
    files = RunFiles(out, enabled=accelerator.is_main_process, max_steps=config.optim.max_steps)
    stop = StopSignal(files.log)
    progress = TrainProgress()
    stop.install()
    try:
        files.status("running", 0)
        files.log(f"PhyStudio training: objective {config.loss.objective}, base {config.model.base}, "
                  f"{accelerator.num_processes} process(es) on {accelerator.device} ({accelerator.distributed_type}), "
                  f"mixed precision {accelerator.mixed_precision}")
        if precision_note:
            files.log(precision_note)
        return _train(config, accelerator, files, stop, progress, resume, objective, pipeline_factory, on_step)
    except KeyboardInterrupt as exc:
        files.log(f"aborted: {exc}; no checkpoint saved at step {progress.step}")
        files.status("stopped", progress.step, error=f"aborted without saving ({exc})")
        raise TrainingError(f"aborted at step {progress.step} without saving") from None
    except Exception as exc:
        message = failure_message(exc, config, progress.step)
        files.log(f"failed: {message}")
        if not isinstance(exc, (TrainingError, TrainConfigError)):
            files.log(traceback.format_exc().rstrip())
        files.status("failed", progress.step, error=message)
        if isinstance(exc, TrainingError):
            raise
        raise TrainingError(message) from exc
    finally:
        stop.restore()
        accelerator.end_training()


def _train(config: TrainConfig, accelerator: Any, files: RunFiles, stop: StopSignal, progress: TrainProgress,
           resume: bool, objective: Objective | None, pipeline_factory: Callable[[], Any] | None,
           on_step: Callable[[int, dict[str, float]], bool | None] | None) -> TrainResult:
    from accelerate.utils import set_seed

    out, optim = config.output_dir, config.optim
    rank, world, device = accelerator.process_index, accelerator.num_processes, accelerator.device
    set_seed(config.train.seed, device_specific=True)  # LoRA dropout draws from the global RNGs
    refuse_unshardable(config, world)
    groups_file, groups = read_training_groups(config)
    files.log(f"{len(groups)} groups from {groups_file}")
    unscored_note = unscored_losers_note(groups, config)
    if unscored_note:
        files.log(unscored_note)
    if accelerator.is_main_process:
        (out / "config.resolved.toml").write_text(dump_train_config(config), encoding="utf-8")

    uses_losers = config.loss.objective == "phygdpo"  # SFT and ProPhy train on winners alone
    pipe = pipeline_factory() if pipeline_factory is not None else load_base_pipeline(config, device)
    items = fill_latent_cache(config, pipe, groups, accelerator, files, losers=uses_losers, data_folder=groups_file.parent)
    if config.loss.objective == "prophy" and config.prophy.get("maps", "auto") in ("auto", "batch"):
        items = fill_physics_maps(config, items, groups, device, files, main=accelerator.is_main_process)
    items, heldout = split_heldout(items, config.data.heldout)
    evaluating = bool(heldout) and config.train.eval_every > 0
    if evaluating:
        files.log(f"held-out evaluation: {len(heldout)} group(s) never trained on, every {config.train.eval_every} "
                  "step(s) with fixed noise and timesteps")
    elif config.data.heldout > 0:
        files.log(f"no held-out evaluation: {len(items)} group(s) × [data] heldout {config.data.heldout:g} leaves none "
                  "aside" if not heldout else "no held-out evaluation: [train] eval_every = 0")
    transformer = pipe.transformer
    del pipe  # the VAE and text encoder are not needed any more: their outputs are cached
    free_memory()

    transformer.to(device)
    weight_dtype = backbone_dtype(config, accelerator)
    if transformer.dtype != weight_dtype:  # a checkpoint loaded in this dtype keeps its float32 norm layers
        transformer.to(dtype=weight_dtype)
    objective = objective or build_objective(config)
    params = objective.attach(transformer)
    if not params:
        raise TrainingError(f"objective {objective.name} made no parameter trainable")
    trained = sum(p.numel() for p in params)
    total = sum(p.numel() for p in transformer.parameters())
    files.log(f"trainable parameters: {trained:,} of {total:,} ({100 * trained / total:.2f}%), {describe(objective)}")
    if config.train.gradient_checkpointing:
        transformer.enable_gradient_checkpointing()
    transformer.train()

    optimizer = torch.optim.AdamW(params, lr=optim.lr, betas=tuple(optim.betas), weight_decay=optim.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, functools.partial(
        lr_factor, lr=optim.lr, lr_end=optim.lr_end, warmup_steps=optim.warmup_steps, max_steps=optim.max_steps))
    if config.train.strategy == "fsdp" and accelerator.num_processes > 1:
        model = shard_backbone(config, accelerator, transformer, params, files)
        optimizer = accelerator.prepare(optimizer)  # plain AdamW over the replicated trainable tensors
    else:
        if config.train.strategy == "fsdp":
            files.log("[train] strategy = \"fsdp\" with one process: nothing to shard, training unsharded")
        model, optimizer = accelerator.prepare(transformer, optimizer)
    accelerator.register_for_checkpointing(scheduler, progress)
    register_state_hooks(accelerator, model)

    last_saved = -1
    if resume:
        checkpoint = latest_checkpoint(out)
        if checkpoint is None:
            files.log("--resume: no complete checkpoint yet, starting from step 0")
        else:
            accelerator.load_state(str(checkpoint))
            last_saved = progress.step
            files.log(f"resumed from {checkpoint} at step {progress.step}")
    files.start_metrics(progress.step)

    batches = GroupBatches(items, batch_size=optim.batch_size, seed=config.train.seed, rank=rank, world=world,
                           losers_per_group=config.data.losers_per_group,
                           max_sequence_length=config.data.max_sequence_length, use_losers=uses_losers)

    def evaluation() -> dict[str, float]:
        return evaluate_heldout(objective, model, heldout, seed=config.train.seed, device=device,
                                max_sequence_length=config.data.max_sequence_length, autocast=accelerator.autocast)

    files.log(f"{batches.losers_per_group} loser(s) per group, {batches.batches_per_epoch} step(s) per epoch per "
              f"process, effective batch {optim.batch_size * optim.grad_accum * world} groups")
    tracker = start_tensorboard(accelerator, config, files)
    history: list[dict[str, float]] = []
    window: list[dict[str, float]] = []
    started = time.perf_counter()
    first_step = progress.step
    state = "done"
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    if evaluating and progress.step == 0:
        report_heldout(files, accelerator, tracker, 0, evaluation())

    while progress.step < optim.max_steps:
        if _stop_requested(stop, accelerator):
            state = "stopped"
            break
        step_started = time.perf_counter()
        row = _optimizer_step(config, accelerator, model, optimizer, scheduler, objective, params, batches,
                              progress.step, device)
        progress.step += 1
        row.update(step=progress.step, seconds_per_step=time.perf_counter() - step_started,
                   peak_memory_gb=peak_memory_gb(device))
        history.append(row)
        window.append(row)
        due_eval = evaluating and (progress.step % config.train.eval_every == 0 or progress.step == optim.max_steps)
        if progress.step % config.train.log_every == 0 or progress.step == optim.max_steps or due_eval:
            report_window(files, accelerator, tracker, window, progress.step, optim.max_steps,
                    (time.perf_counter() - started) / (progress.step - first_step), evaluation() if due_eval else {})
            window = []
        files.status("running", progress.step)
        if on_step is not None and on_step(progress.step, dict(row)):
            stop.requested = True
        every = config.train.checkpoint_every
        if every and progress.step % every == 0 and progress.step < optim.max_steps:
            save_checkpoint(accelerator, out, progress.step, config.train.keep_checkpoints)
            last_saved = progress.step
    if state == "stopped" and progress.step == first_step:
        files.log(f"stopped before training step {progress.step + 1}: nothing new to save")
        files.status("stopped", progress.step)
        return TrainResult("stopped", progress.step, out, None, history)
    if window:
        report_window(files, accelerator, tracker, window, progress.step, optim.max_steps,
                (time.perf_counter() - started) / max(1, progress.step - first_step))
    if last_saved != progress.step:
        save_checkpoint(accelerator, out, progress.step, config.train.keep_checkpoints)
    lora_dir = export_trained(accelerator, model, objective, config, groups_file, progress.step, state)
    files.log(f"{state} at step {progress.step}; {getattr(objective, 'export_label', 'LoRA')} in {lora_dir}")
    files.status(state, progress.step, lora_dir=lora_dir)
    return TrainResult(state, progress.step, out, lora_dir, history)


def _optimizer_step(config: TrainConfig, accelerator: Any, model: Any, optimizer: Any, scheduler: Any,
                    objective: Objective, params: list, batches: GroupBatches, step: int, device: Any) -> dict[str, float]:
    """One optimizer step over ``grad_accum`` micro-batches; returns metrics averaged over them and processes."""
    accum = config.optim.grad_accum
    world = accelerator.num_processes
    sharded = config.train.strategy == "fsdp" and world > 1
    collected: list[dict[str, float]] = []
    for micro in range(accum):
        global_micro = step * accum + micro
        batch = batch_to(batches.batch(global_micro), device)
        # Noise follows the batch's place in the global order (micro-step × processes + rank), not the
        # rank alone: 2 processes × 1 micro-batch then draw what 1 process × 2 micro-batches draws.
        slot = global_micro * world + accelerator.process_index
        step_rng = torch.Generator().manual_seed(mixed_seed(config.train.seed, 1, slot))
        sync = nullcontext() if micro == accum - 1 or sharded else accelerator.no_sync(model)
        with sync, accelerator.autocast():
            loss, metrics = objective.loss(model, batch, step_rng)
            accelerator.backward(loss / accum)
        collected.append(metrics)
    if sharded:
        average_gradients(params, world)  # the replicated trainable tensors; FSDP only gathers frozen weights
    max_norm = config.optim.max_grad_norm or math.inf
    grad_norm = accelerator.clip_grad_norm_(params, max_norm)
    optimizer.step()
    lr = scheduler.get_last_lr()[0]
    scheduler.step()
    optimizer.zero_grad(set_to_none=True)
    keys = sorted(set().union(*collected))
    local = torch.tensor([mean_of([m.get(k, math.nan) for m in collected]) for k in keys], device=device, dtype=torch.float64)
    averaged = accelerator.reduce(local, reduction="mean") if accelerator.num_processes > 1 else local
    row = dict(zip(keys, averaged.tolist()))
    row.update(lr=lr, grad_norm=float(grad_norm))
    return row


def _stop_requested(stop: StopSignal, accelerator: Any) -> bool:
    """Every process must stop at the same step, or the others wait forever in a collective."""
    if accelerator.num_processes == 1:
        return stop.requested
    flag = torch.tensor([1.0 if stop.requested else 0.0], device=accelerator.device)
    return bool(accelerator.reduce(flag, reduction="sum").item() > 0)
