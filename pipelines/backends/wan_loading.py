"""Wan2.1 through diffusers: loading the pipeline, choosing its scheduler, decoding its latents.

Kept apart from the generator (``wan.py``) and the denoising loop (``wan_denoising.py``) so that
code that only needs to decode or build a scheduler (ProPhy inspection, benchmarks) does not pull
in the generator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import numpy as np

from ..core.generation import GenerationError

DEFAULT_WAN_MODEL = "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"


def load_wan_pipeline(model: str, dtype: str) -> Any:
    """``WanPipeline.from_pretrained`` with the VAE in float32; failures name --wan-model and what was tried."""
    import torch
    from diffusers import AutoencoderKLWan, WanPipeline

    local = Path(model).expanduser()
    source, tried = (str(local), f"the local folder {local}") if local.exists() else (model, f"the Hugging Face hub id {model!r}")
    try:
        vae = AutoencoderKLWan.from_pretrained(source, subfolder="vae", dtype=torch.float32)
        return WanPipeline.from_pretrained(source, vae=vae, dtype=getattr(torch, dtype))
    except Exception as exc:  # missing files, no network and no cached copy, not a Wan checkpoint
        reason = (str(exc).strip().splitlines() or [""])[0][:300]
        raise GenerationError(
            f"could not load Wan2.1 from {tried} ({type(exc).__name__}: {reason}); set --wan-model to a diffusers "
            f"Wan folder or a hub id (e.g. {DEFAULT_WAN_MODEL}), already in the cache when offline"
        ) from exc


def enable_memory_features(pipe: Any, *, cache_threshold: float, offload: str, device: str) -> None:
    """FirstBlockCache (threshold > 0) and CPU offloading ("model" or "group"), as the settings ask."""
    import torch

    if cache_threshold > 0:
        from diffusers import FirstBlockCacheConfig

        pipe.transformer.enable_cache(FirstBlockCacheConfig(threshold=cache_threshold))
    if offload == "model":
        pipe.enable_model_cpu_offload(device=device)
    elif offload == "group":
        pipe.enable_group_offload(onload_device=torch.device(device), offload_type="leaf_level", use_stream=True)


def default_flow_shift(width: int, height: int) -> float:
    """Wan's recommendation: 3.0 for 480p, 5.0 for 720p."""
    return 5.0 if min(width, height) >= 720 else 3.0


def build_scheduler(kind: str, checkpoint_config: Mapping[str, Any], flow_shift: float) -> Any:
    """A fresh scheduler of ``kind`` ("unipc" or "euler"), built from the checkpoint's scheduler config."""
    from diffusers import FlowMatchEulerDiscreteScheduler, UniPCMultistepScheduler

    config = dict(checkpoint_config)
    if kind == "euler":
        return FlowMatchEulerDiscreteScheduler(num_train_timesteps=config.get("num_train_timesteps", 1000),
                                               shift=flow_shift)
    if config.get("_class_name") == "UniPCMultistepScheduler":
        return UniPCMultistepScheduler.from_config(config, flow_shift=flow_shift)
    return UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                   num_train_timesteps=config.get("num_train_timesteps", 1000), flow_shift=flow_shift)


def decode_latents(pipe: Any, latents: Any) -> np.ndarray:
    """Denormalise Wan latents and decode them with the pipeline's VAE: uint8 [T, H, W, 3]."""
    import torch
    from diffusers.utils.torch_utils import get_module_execution_device

    vae = pipe.vae
    with torch.no_grad():
        latents = latents.to(get_module_execution_device(vae), dtype=vae.dtype)
        mean = torch.tensor(vae.config.latents_mean).view(1, vae.config.z_dim, 1, 1, 1).to(latents)
        inverse_std = 1.0 / torch.tensor(vae.config.latents_std).view(1, vae.config.z_dim, 1, 1, 1).to(latents)
        # The pipeline's own arithmetic (divide by 1/std), so frames match output_type="np" bit for bit.
        video = vae.decode(latents / inverse_std + mean, return_dict=False)[0]
        frames = pipe.video_processor.postprocess_video(video, output_type="np")[0]
    pipe.maybe_free_model_hooks()
    return to_uint8(frames)


def to_uint8(frames: np.ndarray) -> np.ndarray:
    """Frames in [0, 1] → uint8, rounded (uint8 input is returned as is)."""
    if frames.dtype == np.uint8:
        return frames
    return (np.clip(frames, 0.0, 1.0) * 255.0).round().astype(np.uint8)
