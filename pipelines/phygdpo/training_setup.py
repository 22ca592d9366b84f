"""What a run sets up before its first step: accelerate and its precision, the base model, its dtype,
FSDP2 sharding, TensorBoard, and freeing what the cached encoders no longer need."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import torch

from .run_files import RunFiles
from .sharding import shard_frozen_backbone, sharded_parameter_bytes
from .train_config import TrainConfig
from .training_errors import TrainingError


def make_accelerator(config: TrainConfig) -> tuple[Any, str]:
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


def start_tensorboard(accelerator: Any, config: TrainConfig, files: RunFiles) -> bool:
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


def shard_backbone(config: TrainConfig, accelerator: Any, transformer: Any, params: list, files: RunFiles) -> Any:
    """FSDP2 over the frozen backbone (sharding.py)."""
    compute = torch.bfloat16 if accelerator.mixed_precision == "bf16" else None
    model = shard_frozen_backbone(transformer, params, accelerator.device, accelerator.num_processes, compute)
    local, whole = sharded_parameter_bytes(model)
    files.log(f"FSDP2: frozen backbone sharded over {accelerator.num_processes} process(es), "
              f"{local / 2**20:.1f} of {whole / 2**20:.1f} MiB on this one; trainable tensors replicated")
    return model


def backbone_dtype(config: TrainConfig, accelerator: Any) -> torch.dtype:
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


def free_memory() -> None:
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
