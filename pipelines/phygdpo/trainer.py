"""The training loop: accelerate does the devices, the objective does the loss (trl style).

One function, ``train(config)``, runs the same on a laptop CPU, one GPU, or many GPUs under
``accelerate launch`` (DDP by default; on request FSDP2 shards the frozen backbone, sharding.py).
Everything a user or the studio's Train tab needs to follow or recover a run lands in the output
folder (docs/architecture.md, "Training"):
metrics.csv, train.log, status.json, checkpoints/step-N/ (full resume: adapters, optimizer,
schedule, RNG, step) and lora/ (the exported adapters). SIGINT/SIGTERM finish the current step,
save a checkpoint and the LoRA, and end the run as "stopped".

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

import functools
import gc
import math
import os
import resource
import shutil
import time
import traceback
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from ..core.errors import PhyStudioError
from .data import GroupBatches, GroupDataError, batch_to, mixed_seed
from .export import write_json_atomic
from .groups import GroupFormatError, PreferenceGroup, groups_path, read_groups
from .heldout import add_physics_maps, evaluate_heldout, split_heldout
from .latent_cache import LatentCache, LatentCacheError, file_sha256
from .lora_sr import LoraAttachError, unwrap
from .objective import Objective, build_objective, describe
from .run_files import RunFiles, StopSignal
from .sharding import ShardingError, average_gradients, shard_frozen_backbone, sharded_parameter_bytes
from .train_config import TrainConfig, TrainConfigError, dump_train_config

CHECKPOINT_MARKER = "phystudio_checkpoint.json"  # written last: a checkpoint without it is incomplete
TRAINABLE_FILE = "trainable_{}.safetensors"
PHYSICS_RECORD = "physics_maps.jsonl"  # each group's physics map entry and who made it (vlm, tracker, given)


class TrainingError(PhyStudioError, RuntimeError):
    """A run that cannot start or continue; the message says what to change."""


@dataclass
class TrainResult:
    state: str  # "done" | "stopped"
    step: int
    output_dir: Path
    lora_dir: Path | None
    history: list[dict[str, float]] = field(default_factory=list)  # one entry per optimizer step (this process's view)


@dataclass
class TrainProgress:
    """The step counter, saved with every checkpoint (accelerate's custom state)."""

    step: int = 0

    def state_dict(self) -> dict[str, int]:
        return {"step": self.step}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.step = int(state["step"])


# ---------------------------------------------------------------------------------------- schedule
def lr_factor(step: int, *, lr: float, lr_end: float, warmup_steps: int, max_steps: int) -> float:
    """Linear warm-up to ``lr``, then cosine decay to ``lr_end`` at ``max_steps`` (as a factor of lr)."""
    if step < warmup_steps:
        return (step + 1) / warmup_steps
    progress = min(1.0, (step - warmup_steps) / max(1, max_steps - warmup_steps))
    return (lr_end + (lr - lr_end) * 0.5 * (1.0 + math.cos(math.pi * progress))) / lr


# ---------------------------------------------------------------------------------------- entry point
def train(config: TrainConfig, *, resume: bool = False, objective: Objective | None = None,
          pipeline_factory: Callable[[], Any] | None = None,
          on_step: Callable[[int, dict[str, float]], bool | None] | None = None) -> TrainResult:
    """Run (or resume) a training; raises TrainingError with advice when it cannot go on.

    ``pipeline_factory`` replaces loading ``[model] base`` (tests, benchmarks). ``on_step(step,
    metrics)`` is called after every optimizer step; returning True stops the run the way a
    signal does (checkpoint, export, state "stopped"), for callers that run the trainer in-process.
    """
    out = config.output_dir
    accelerator, precision_note = _make_accelerator(config)
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
        message = _failure_message(exc, config, progress.step)
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


def unscored_losers_note(groups: list[PreferenceGroup], config: TrainConfig) -> str:
    """A log line saying how many losers lack SA or PC and what ``[loss] unscored`` does with them
    ("" when all are scored or no reward weights are used); raises under ``unscored = "error"``."""
    if config.loss.objective != "phygdpo" or config.loss.reward == "none" or config.loss.groupwise == "exact":
        return ""
    losers = [m for g in groups for m in g.losers]
    missing = [m for m in losers if m.sa is None or m.pc is None]
    if not missing:
        return ""
    no_sa = sum(m.sa is None for m in missing)
    no_pc = sum(m.pc is None for m in missing)
    counts = f"{len(missing)} of {len(losers)} losers lack a score ({no_sa} without SA, {no_pc} without PC)"
    rule = config.loss.unscored
    if rule == "error":
        raise TrainingError(f"{counts} and [loss] unscored = \"error\": judge them (e.g. with a judge that gives "
                            f"both SA and PC) or set unscored = \"neutral\" or \"available\"")
    if rule == "available":
        return f"{counts}: unscored = \"available\", their violation uses the score they have (v = 1 − PC without SA)"
    return (f"{counts}: unscored = \"neutral\", they get α = γ = 1, i.e. no physics-guided weight "
            f"(set [loss] unscored = \"available\" to use the score they have)")


def _train(config: TrainConfig, accelerator: Any, files: RunFiles, stop: StopSignal, progress: TrainProgress,
           resume: bool, objective: Objective | None, pipeline_factory: Callable[[], Any] | None,
           on_step: Callable[[int, dict[str, float]], bool | None] | None) -> TrainResult:
    from accelerate.utils import set_seed

    out, optim = config.output_dir, config.optim
    rank, world, device = accelerator.process_index, accelerator.num_processes, accelerator.device
    set_seed(config.train.seed, device_specific=True)  # LoRA dropout draws from the global RNGs
    refuse_unshardable(config, world)
    groups_file, groups = _read_groups(config)
    files.log(f"{len(groups)} groups from {groups_file}")
    unscored_note = unscored_losers_note(groups, config)
    if unscored_note:
        files.log(unscored_note)
    if accelerator.is_main_process:
        (out / "config.resolved.toml").write_text(dump_train_config(config), encoding="utf-8")

    uses_losers = config.loss.objective == "phygdpo"  # SFT and ProPhy train on winners alone
    pipe = pipeline_factory() if pipeline_factory is not None else load_base_pipeline(config, device)
    items = _fill_cache(config, pipe, groups, accelerator, files, losers=uses_losers, data_folder=groups_file.parent)
    if config.loss.objective == "prophy" and config.prophy.get("maps", "auto") in ("auto", "batch"):
        items = _physics_maps(config, items, groups, device, files, main=accelerator.is_main_process)
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
    _free_memory()

    transformer.to(device)
    weight_dtype = _weight_dtype(config, accelerator)
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
        model = _shard(config, accelerator, transformer, params, files)
        optimizer = accelerator.prepare(optimizer)  # plain AdamW over the replicated trainable tensors
    else:
        if config.train.strategy == "fsdp":
            files.log("[train] strategy = \"fsdp\" with one process: nothing to shard, training unsharded")
        model, optimizer = accelerator.prepare(transformer, optimizer)
    accelerator.register_for_checkpointing(scheduler, progress)
    _register_state_hooks(accelerator, model)

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
    tracker = _start_tensorboard(accelerator, config, files)
    history: list[dict[str, float]] = []
    window: list[dict[str, float]] = []
    started = time.perf_counter()
    first_step = progress.step
    state = "done"
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    if evaluating and progress.step == 0:
        _report_heldout(files, accelerator, tracker, 0, evaluation())

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
            _report(files, accelerator, tracker, window, progress.step, optim.max_steps,
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
        _report(files, accelerator, tracker, window, progress.step, optim.max_steps,
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
    local = torch.tensor([_mean([m.get(k, math.nan) for m in collected]) for k in keys], device=device, dtype=torch.float64)
    averaged = accelerator.reduce(local, reduction="mean") if accelerator.num_processes > 1 else local
    row = dict(zip(keys, averaged.tolist()))
    row.update(lr=lr, grad_norm=float(grad_norm))
    return row


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _report_heldout(files: RunFiles, accelerator: Any, tracker: bool, step: int, metrics: dict[str, float]) -> None:
    """A metrics row of held-out numbers only (step 0, before any training)."""
    files.metrics({"step": step, **metrics})
    files.log(f"step {step} held-out: " + heldout_summary(metrics))
    if tracker:
        accelerator.log({k: v for k, v in metrics.items() if not math.isnan(v)}, step=step)


def heldout_summary(metrics: dict[str, float]) -> str:
    """The held-out numbers a person reads first, for the log line."""
    shown = ("heldout_margin", "heldout_positive_share", "heldout_error_winner", "heldout_error_losers",
             "heldout_flow_matching", "heldout_category_accuracy", "heldout_routing_auc", "heldout_category_routing_auc", "heldout_routing_iou",
             "heldout_ambient_outside", "heldout_load_min", "heldout_load_entropy")
    return "  ".join(f"{k[len('heldout_'):]} {metrics[k]:+.4g}" for k in shown if k in metrics)


def _report(files: RunFiles, accelerator: Any, tracker: bool, window: list[dict[str, float]], step: int,
            max_steps: int, seconds_per_step: float, heldout: dict[str, float] | None = None) -> None:
    """Average the steps since the last report into one metrics row, one log line, one tracker point."""
    keys = [k for k in window[-1] if k != "step"]
    row = {k: _mean([r.get(k, math.nan) for r in window]) for k in keys}
    row.update(heldout or {})
    row["step"] = step
    row["peak_memory_gb"] = window[-1]["peak_memory_gb"]
    row["lr"] = window[-1]["lr"]
    files.metrics(row)
    eta = time.strftime("%H:%M:%S", time.gmtime(seconds_per_step * (max_steps - step)))
    parts = [f"step {step}/{max_steps}", f"loss {row['loss']:.4f}"]
    if not math.isnan(row.get("margin", math.nan)):
        parts += [f"margin {row['margin']:+.4f}", f"acc {row.get('reward_accuracy', math.nan):.2f}"]
    parts += [f"lr {row['lr']:.2e}", f"|g| {row['grad_norm']:.3g}", f"{row['seconds_per_step']:.2f} s/step",
              f"peak {row['peak_memory_gb']:.2f} GB", f"ETA {eta}"]
    files.log("  ".join(parts))
    if heldout:
        files.log(f"step {step} held-out: " + heldout_summary(heldout))
    if tracker:
        accelerator.log({k: v for k, v in row.items() if k != "step" and not math.isnan(v)}, step=step)


def _stop_requested(stop: StopSignal, accelerator: Any) -> bool:
    """Every process must stop at the same step, or the others wait forever in a collective."""
    if accelerator.num_processes == 1:
        return stop.requested
    flag = torch.tensor([1.0 if stop.requested else 0.0], device=accelerator.device)
    return bool(accelerator.reduce(flag, reduction="sum").item() > 0)


# ---------------------------------------------------------------------------------------- setup helpers
def _make_accelerator(config: TrainConfig) -> tuple[Any, str]:
    from accelerate import Accelerator
    from accelerate.state import AcceleratorState

    # Each train() call sets its own precision and plugins; accelerate keeps them process-wide and
    # refuses a change, so forget the previous call's (the process group itself is kept).
    AcceleratorState._reset_state(reset_partial_state=False)
    if os.environ.get("ACCELERATE_USE_FSDP", "").lower() == "true":
        # accelerate's FSDP1 plugin would wrap the model itself (bf16 backbone and float32 adapters in one flat
        # tensor fail) and hide the optimizer from the trainer's sharding; one way to shard, chosen in train.toml.
        raise TrainingError("this run was launched with accelerate's FSDP (distributed_type: FSDP / --use_fsdp): "
                            "launch it as multi-GPU (distributed_type: MULTI_GPU / --multi_gpu) and set [train] "
                            "strategy = \"fsdp\" in the training config; the trainer shards the backbone itself")
    on_cpu = os.environ.get("ACCELERATE_USE_CPU", "").lower() in ("1", "true", "yes") or not torch.cuda.is_available()
    precision, note = resolve_mixed_precision(config.train.mixed_precision, on_cpu)
    log_with = "tensorboard" if config.train.tensorboard and _has_tensorboard() else None
    # No accelerate FSDP plugin: the trainer shards the backbone itself (sharding.py says why).
    accelerator = Accelerator(mixed_precision=precision, log_with=log_with, project_dir=str(config.output_dir))
    launched = int(os.environ.get("WORLD_SIZE", "1"))
    if launched > 1 and accelerator.num_processes == 1:
        # Several launched copies that each think they are alone would overwrite one output folder.
        raise TrainingError(f"{launched} processes were launched but each runs alone (no GPU for each and no CPU "
                            "process group): on CPU use `ACCELERATE_USE_CPU=1 accelerate launch --multi_gpu "
                            f"--num_processes {launched} -m pipelines train ...`; on GPUs check --num_processes "
                            "against the visible devices")
    return accelerator, note


def resolve_mixed_precision(requested: str, on_cpu: bool) -> tuple[str, str]:
    """The precision that can actually run here, and a log line when it differs from the config."""
    if requested == "no" or not on_cpu:
        if requested == "bf16" and not on_cpu and not torch.cuda.is_bf16_supported():
            return "fp16", "this GPU has no bf16: training with fp16 mixed precision instead"
        return requested, ""
    if requested == "fp16":
        return "no", "fp16 mixed precision needs a GPU: training in float32 on CPU"
    try:
        with torch.autocast("cpu", dtype=torch.bfloat16):
            probe = torch.ones(2, 2) @ torch.ones(2, 2)
        if probe.dtype != torch.bfloat16:
            raise RuntimeError("autocast left the matmul in float32")
    except Exception as exc:  # very old CPUs / builds without bf16 kernels
        return "no", f"bf16 autocast is not supported on this CPU ({exc}): training in float32"
    return "bf16", ""


def _has_tensorboard() -> bool:
    import importlib.util

    return importlib.util.find_spec("tensorboard") is not None or importlib.util.find_spec("tensorboardX") is not None


def _start_tensorboard(accelerator: Any, config: TrainConfig, files: RunFiles) -> bool:
    if not accelerator.log_with:
        return False
    flat = {f"{section}/{key}": (value if isinstance(value, (int, float, str, bool)) else str(value))
            for section, values in config.to_dict().items() for key, value in values.items()}
    accelerator.init_trackers("tensorboard", config=flat)
    files.log(f"TensorBoard logs in {config.output_dir / 'tensorboard'}")
    return True


def refuse_unshardable(config: TrainConfig, processes: int) -> None:
    """Settings FSDP cannot honour, refused before anything is loaded or encoded."""
    if config.train.strategy != "fsdp" or processes == 1:
        return
    if config.loss.objective == "phygdpo" and config.loss.reference == "copy":
        raise TrainingError("[loss] reference = \"copy\" keeps a whole unsharded second backbone on every process, "
                            "which defeats [train] strategy = \"fsdp\": use reference = \"lora-switch\" (the same "
                            "reference, no copy) or strategy = \"ddp\"")


def _shard(config: TrainConfig, accelerator: Any, transformer: Any, params: list, files: RunFiles) -> Any:
    """FSDP2 over the frozen backbone (sharding.py)."""
    compute = torch.bfloat16 if accelerator.mixed_precision == "bf16" else None
    model = shard_frozen_backbone(transformer, params, accelerator.device, accelerator.num_processes, compute)
    local, whole = sharded_parameter_bytes(model)
    files.log(f"FSDP2: frozen backbone sharded over {accelerator.num_processes} process(es), "
              f"{local / 2**20:.1f} of {whole / 2**20:.1f} MiB on this one; trainable tensors replicated")
    return model


def _weight_dtype(config: TrainConfig, accelerator: Any) -> torch.dtype:
    """bf16 backbone on CUDA under bf16 mixed precision (DDP or FSDP: FSDP units hold only the backbone,
    so its dtype never meets the float32 adapters'); float32 on CPU."""
    if config.model.dtype != "auto":
        return getattr(torch, config.model.dtype)
    on_cuda = accelerator.device.type == "cuda"
    return torch.bfloat16 if on_cuda and accelerator.mixed_precision == "bf16" else torch.float32


def load_base_pipeline(config: TrainConfig, device: Any) -> Any:
    """The Wan pipeline named by ``[model] base``: "tiny", a local diffusers folder or a hub id."""
    if config.model.base == "tiny":
        from ..backends.tiny_wan import build_tiny_wan_pipeline

        return build_tiny_wan_pipeline(seed=0)
    from diffusers import AutoencoderKLWan, WanPipeline

    base = config.model.base
    local = Path(base).expanduser()
    source = str(local) if local.exists() else base
    text_dtype = torch.bfloat16 if getattr(device, "type", str(device)) == "cuda" else torch.float32
    try:
        vae = AutoencoderKLWan.from_pretrained(source, subfolder="vae", dtype=torch.float32)  # Wan's VAE wants float32
        return WanPipeline.from_pretrained(source, vae=vae, dtype=text_dtype)
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [""])[0][:300]
        where = f"the local folder {local}" if local.exists() else f"the hub id {base!r} (no network: it must be cached)"
        raise TrainingError(f"[model] base: could not load Wan2.1 from {where} ({type(exc).__name__}: {reason}); "
                            "use \"tiny\", a diffusers Wan folder or a cached hub id") from exc


def _read_groups(config: TrainConfig) -> tuple[Path, list[PreferenceGroup]]:
    if not config.data.groups:
        raise TrainingError("[data] groups is not set: point it at a groups.jsonl file or the folder holding it")
    file = groups_path(config.data.groups)
    if not file.is_file():
        raise TrainingError(f"[data] groups: no groups file at {file} (point it at a groups.jsonl or its folder; "
                            "build one with PhyAugPipe or the arena's export)")
    try:
        groups = read_groups(file, check_videos=False)
    except GroupFormatError as exc:
        raise TrainingError(f"[data] groups: {exc}") from None
    if not groups:
        raise TrainingError(f"[data] groups: {file} holds no groups")
    lonely = [g.group_id for g in groups if not g.losers]
    if lonely and config.loss.objective == "phygdpo":
        raise TrainingError(f"[data] groups: {len(lonely)} group(s) of {file} have no losers ({', '.join(lonely[:5])}"
                            f"{' …' if len(lonely) > 5 else ''}): PhyGDPO needs at least one per group; SFT and ProPhy "
                            "train on winners alone")
    _check_physics(file, groups)
    missing = [(g.group_id, str(m.video)) for g in groups for m in g.members if not Path(m.video).is_file()]
    if missing:
        shown = "; ".join(f"{gid}: {video}" for gid, video in missing[:5])
        bad_groups = len({gid for gid, _ in missing})
        raise TrainingError(f"[data] groups: {len(missing)} video(s) in {bad_groups} group(s) of {file} do not exist "
                            f"({shown}{' …' if len(missing) > 5 else ''}); fix the paths or remove those groups")
    return file, groups


def _physics_maps(config: TrainConfig, items: list, groups: list[PreferenceGroup], device: Any, files: RunFiles, *,
                  main: bool) -> list:
    """Maps for winners without one: the VLM of ``[prophy] map_vlm`` when set, else the embedded tracker;
    the main process records every group's entry (with its source) in ``physics_maps.jsonl``."""
    from ..prophy.supervision import PhysicsSupervisionError
    from ..prophy.vlm_maps import VLMMapMaker

    model = str(config.prophy.get("map_vlm", "") or "").strip()
    files.log(f"physics maps for winners without one: {'VLM ' + repr(model) if model else 'embedded tracker'} "
              f"({'[prophy] map_vlm' if model else '[prophy] map_vlm is not set'})")
    try:
        maker = VLMMapMaker(model, device=str(device)) if model else None
        filled = add_physics_maps(items, {g.group_id: g.winner.video for g in groups}, files.log, map_maker=maker,
                                  record=config.output_dir / PHYSICS_RECORD if main else None)
    except PhysicsSupervisionError as exc:
        raise TrainingError(f"[prophy] map_vlm: {exc}") from None
    del maker
    _free_memory()
    return filled


def _check_physics(file: Path, groups: list[PreferenceGroup]) -> None:
    """Refuse a winner's ``meta.physics`` that cannot be read, before any encoding starts."""
    from ..prophy.supervision import PhysicsSupervisionError, check_entry, frame_paths

    for group in groups:
        entry = group.winner.meta.get("physics")
        if entry is None:
            continue
        try:
            frame_paths(check_entry(entry, f"group {group.group_id!r} winner meta.physics"), file.parent)
        except PhysicsSupervisionError as exc:
            raise TrainingError(f"[data] groups: {file}: {exc}") from None


def _fill_cache(config: TrainConfig, pipe: Any, groups: list[PreferenceGroup], accelerator: Any,
                files: RunFiles, *, losers: bool = True, data_folder: Path | None = None) -> list:
    """Encode missing latents/embeddings, sharded over the processes, then wait for all of them."""
    d = config.data
    device = accelerator.device
    for module in (pipe.vae, pipe.text_encoder):
        module.to(device)
    cache = LatentCache(config.cache_dir, pipe, width=d.width, height=d.height, frames=d.frames, fps=d.fps,
                        max_sequence_length=d.max_sequence_length, storage_dtype=d.cache_dtype, device=device)
    last_report = [0.0]

    def report(done: int, total: int, message: str) -> None:
        if time.perf_counter() - last_report[0] > 10 or done == total:
            last_report[0] = time.perf_counter()
            files.log(f"latent cache: {done}/{total} on this process ({message})")

    error: Exception | None = None
    items: list = []
    try:
        items = cache.prepare(groups, shard=(accelerator.process_index, accelerator.num_processes), progress=report,
                              losers=losers, data_folder=data_folder)
    except Exception as exc:  # every process must learn of it, or the others wait at the next collective forever
        error = exc
    counts = torch.tensor([cache.hits, cache.misses, int(error is not None)], device=device)
    if accelerator.num_processes > 1:
        counts = accelerator.reduce(counts, reduction="sum")
    if error is not None:
        raise error
    if int(counts[2]):
        raise TrainingError("another training process could not fill the latent cache (its error is in its output)")
    files.log(f"latent cache {config.cache_dir}: {int(counts[0])} hit(s), {int(counts[1])} newly encoded")
    return items


def _register_state_hooks(accelerator: Any, model: Any) -> None:
    """Checkpoints hold the trainable tensors only (MBs of adapters, not GBs of frozen backbone).

    Under FSDP the model is not accelerate's (``models`` is empty) and its trainable tensors are
    replicated, so they are written from ``model`` the same way.
    """
    from safetensors.torch import load_file, save_file

    def save_hook(models: list, weights: list, output_dir: str) -> None:
        if accelerator.is_main_process:
            for index, model in enumerate(models[: len(weights)] or [held]):
                trainable = {n: p.detach().to("cpu").contiguous() for n, p in unwrap(model).named_parameters()
                             if p.requires_grad}
                save_file(trainable, os.path.join(output_dir, TRAINABLE_FILE.format(index)))
        weights.clear()  # accelerate would otherwise write the whole backbone

    def load_hook(models: list, input_dir: str) -> None:
        for index, model in enumerate(models or [held]):
            file = os.path.join(input_dir, TRAINABLE_FILE.format(index))
            if not os.path.isfile(file):
                raise TrainingError(f"checkpoint {input_dir} has no {TRAINABLE_FILE.format(index)}: it was not "
                                    "written by this trainer")
            state = load_file(file)
            module = unwrap(model)
            trainable = {n for n, p in module.named_parameters() if p.requires_grad}
            if set(state) != trainable:
                raise TrainingError(f"checkpoint {input_dir} does not match this model's trainable parameters "
                                    f"({len(set(state) ^ trainable)} differ): were [lora] or [loss] changed?")
            module.load_state_dict(state, strict=False)
        models.clear()  # loaded here; accelerate must not look for full model files

    held = model
    accelerator.register_save_state_pre_hook(save_hook)
    accelerator.register_load_state_pre_hook(load_hook)


# ---------------------------------------------------------------------------------------- checkpoints, export
def checkpoint_dir(output_dir: Path, step: int) -> Path:
    return Path(output_dir) / "checkpoints" / f"step-{step}"


def latest_checkpoint(output_dir: Path) -> Path | None:
    """The complete checkpoint with the highest step (one interrupted while saving has no marker)."""
    folder = Path(output_dir) / "checkpoints"
    found = [(int(p.name.split("-", 1)[1]), p) for p in folder.glob("step-*")
             if p.name.split("-", 1)[1].isdigit() and (p / CHECKPOINT_MARKER).is_file()] if folder.is_dir() else []
    return max(found)[1] if found else None


def save_checkpoint(accelerator: Any, output_dir: Path, step: int, keep: int) -> Path:
    folder = checkpoint_dir(output_dir, step)
    accelerator.save_state(str(folder))
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        write_json_atomic(folder / CHECKPOINT_MARKER, {"step": step, "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
        complete = sorted((int(p.name.split("-", 1)[1]), p) for p in folder.parent.glob("step-*")
                          if (p / CHECKPOINT_MARKER).is_file())
        for _, old in complete[:-keep] if keep else []:
            shutil.rmtree(old, ignore_errors=True)
    accelerator.wait_for_everyone()
    return folder


def export_trained(accelerator: Any, model: Any, objective: Objective, config: TrainConfig, groups_file: Path,
                   step: int, state: str) -> Path:
    """Write the LoRA (main process) with its provenance. Under FSDP the trained tensors are replicated
    (never sharded), so this is exactly the one-process export."""
    folder = config.output_dir / getattr(objective, "export_folder", "lora")
    metadata = {
        "base_model": config.model.base,
        "step": step,
        "state": state,
        "processes": accelerator.num_processes,
        "data": {"groups": str(groups_file), "groups_sha256": file_sha256(groups_file)},
        "hyperparameters": config.to_dict(),
        **{k: v for k, v in describe(objective).items() if k != "objective"},
    }
    if accelerator.is_main_process:
        objective.export(unwrap(model), folder, metadata)
    accelerator.wait_for_everyone()
    return folder


# ---------------------------------------------------------------------------------------- memory
def peak_memory_gb(device: Any) -> float:
    """Peak CUDA memory allocated by this process, or its peak resident memory on CPU."""
    if getattr(device, "type", str(device)) == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**30
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux


def _free_memory() -> None:
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def _failure_message(exc: BaseException, config: TrainConfig, step: int) -> str:
    if isinstance(exc, torch.OutOfMemoryError) or (isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()):
        d, o, ls, t = config.data, config.optim, config.loss, config.train
        hints = [f"lower [data] width/height/frames (now {d.width}×{d.height}×{d.frames})",
                 f"lower [optim] batch_size (now {o.batch_size}; raise grad_accum to keep the effective batch)"]
        if ls.objective == "phygdpo" and ls.groupwise != "one-loser":
            hints.append(f"use [loss] groupwise = \"one-loser\" or a smaller [data] losers_per_group "
                         f"(now {d.losers_per_group or 'all'})")
        if ls.reference == "copy":
            hints.append("use [loss] reference = \"lora-switch\" (no second copy of the model)")
        if not t.gradient_checkpointing:
            hints.append("set [train] gradient_checkpointing = true")
        if t.mixed_precision == "no":
            hints.append("set [train] mixed_precision = \"bf16\"")
        if t.strategy == "ddp":
            hints.append("on several GPUs, shard the model with [train] strategy = \"fsdp\"")
        return f"out of memory at step {step}: " + "; ".join(hints)
    if isinstance(exc, (TrainingError, TrainConfigError, GroupDataError, LatentCacheError, LoraAttachError,
                        ShardingError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"

