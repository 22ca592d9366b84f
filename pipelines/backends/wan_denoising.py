"""The one denoising path for Wan: prepare once, denoise with the methods' step hooks, decode once.

Every generation goes through ``denoise``: plain, guided (any mode), with a LoRA or ProPhy
variant, and the ProPhy inspection. The prompt embeddings, the initial latents (from a CPU
generator seeded with ``request.seed``, so a seed gives the same noise on every device) and the
schedule are prepared here and handed to diffusers' ``WanPipeline`` unchanged; a method
(``pipelines.core.methods.DenoisingMethod``) contributes through ``callback_on_step_end`` and
the hooks it installs for the run.

Cancelling has one mechanism: between steps the callback sets the pipeline's interrupt flag, the
loop skips the remaining steps, and ``GenerationCancelled`` is raised once the pipeline returns
(or before it starts). Decoding happens here, after the loop, so a cancelled run skips the VAE.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..core.generation import CancelToken, GenerationRequest, ProgressCallback
from ..core.methods import DenoisingMethod, DenoisingRun
from .wan_loading import decode_latents

WAN_TEXT_TOKENS = 512  # Wan pads prompts to 512 tokens


@dataclass
class Denoised:
    frames: np.ndarray | None  # uint8 [T, H, W, 3]; None when not decoded
    latents: Any
    outcome: Any = None  # the method's ``finish`` result
    timings: dict[str, float] = field(default_factory=dict)  # denoise_s, decode_s (the same keys in every mode)
    info: dict[str, Any] = field(default_factory=dict)  # what the caller adds for the run record


def denoise(pipe: Any, request: GenerationRequest, method: DenoisingMethod | None = None, *,
            progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
            attention_kwargs: dict[str, Any] | None = None, decode: bool = True) -> Denoised:
    """Generate ``request`` with ``pipe`` (a diffusers ``WanPipeline`` whose scheduler is already set)."""
    import torch

    cancel = cancel or CancelToken()
    cancel.raise_if_cancelled()
    report = progress or (lambda step, total, message: None)
    prompt = method.prompt(pipe, request) if method is not None else request.prompt
    transformer = pipe.transformer
    device = pipe._execution_device
    with torch.no_grad():
        prompt_embeds, negative_embeds = pipe.encode_prompt(
            prompt=prompt, negative_prompt=request.negative_prompt or None,
            do_classifier_free_guidance=request.cfg_scale > 1.0, num_videos_per_prompt=1,
            max_sequence_length=WAN_TEXT_TOKENS, device=device)
    prompt_embeds = prompt_embeds.to(transformer.dtype)
    negative_embeds = negative_embeds.to(transformer.dtype) if negative_embeds is not None else None
    generator = torch.Generator(device="cpu").manual_seed(int(request.seed))
    latents = pipe.prepare_latents(1, transformer.config.in_channels, request.height, request.width,
                                   request.num_frames, torch.float32, device, generator)
    pipe.scheduler.set_timesteps(request.steps, device=device)
    run = DenoisingRun(pipe=pipe, request=request, prompt=prompt, prompt_embeds=prompt_embeds,
                       negative_embeds=negative_embeds, timesteps=pipe.scheduler.timesteps.clone(),
                       sigmas=[float(s) for s in pipe.scheduler.sigmas], device=device, cancel=cancel,
                       attention_kwargs=attention_kwargs)
    label = f" ({method.label})" if method is not None and method.label else ""

    def on_step_end(pipeline: Any, step: int, _timestep: Any, tensors: dict) -> dict:
        report(step + 1, request.steps, f"denoising step {step + 1}/{request.steps}{label}")
        if cancel.cancelled:
            pipeline._interrupt = True  # the loop skips the remaining steps
            return {}
        update = method.step_end(step, tensors["latents"]) if method is not None else None
        if cancel.cancelled:  # pressed while the method worked on this step
            pipeline._interrupt = True
        return {} if update is None else {"latents": update}

    started = time.perf_counter()
    with method.attached(run) if method is not None else nullcontext():
        if method is not None:
            latents = method.first_latents(latents)
            cancel.raise_if_cancelled()
        with torch.no_grad():
            latents = pipe(prompt_embeds=prompt_embeds, negative_prompt_embeds=negative_embeds, latents=latents,
                           height=request.height, width=request.width, num_frames=request.num_frames,
                           num_inference_steps=request.steps, guidance_scale=request.cfg_scale,
                           attention_kwargs=attention_kwargs, output_type="latent", return_dict=False,
                           callback_on_step_end=on_step_end)[0]
    cancel.raise_if_cancelled()
    timings = {"denoise_s": time.perf_counter() - started}
    frames = None
    if decode:
        report(request.steps, request.steps, "decoding video")
        decode_started = time.perf_counter()
        frames = decode_latents(pipe, latents)
        timings["decode_s"] = time.perf_counter() - decode_started
    outcome = method.finish(frames) if method is not None else None
    return Denoised(frames, latents, outcome, timings)
