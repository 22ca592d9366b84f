"""Why a training run cannot start or go on, in words that say what to change."""

from __future__ import annotations

import torch

from ..core.errors import PhyStudioError
from .data import GroupDataError
from .latent_cache import LatentCacheError
from .lora_sr import LoraAttachError
from .sharding import ShardingError
from .train_config import TrainConfig, TrainConfigError


class TrainingError(PhyStudioError, RuntimeError):
    """A run that cannot start or continue; the message says what to change."""


def failure_message(exc: BaseException, config: TrainConfig, step: int) -> str:
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
