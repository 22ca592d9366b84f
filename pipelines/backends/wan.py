"""Wan2.1 text-to-video through diffusers' ``WanPipeline``, behind the VideoGenerator protocol.

The pipeline loads once per process through the ModelManager (the 1.3B model takes a minute to
load, the 14B several); LoRA variants ride on that one backbone (see ``lora.py``). Each call
reports every denoising step, stops between steps when the user cancels, and turns an
out-of-memory failure into advice instead of a dead app. Decoding is done here rather than inside
the pipeline call so that a cancelled run skips the VAE (seconds and gigabytes at 480p×81).
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..core.generation import (
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GenerationResult,
    ProgressCallback,
)
from ..core.models import ModelManager
from .lora import LoraError, LoraVariant, activate_variant, check_adapter_name, load_lora_variant, resolve_lora_file

log = logging.getLogger(__name__)

DEFAULT_WAN_MODEL = "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"
RESOLUTION_PRESETS = {"480p": (832, 480), "720p": (1280, 720)}  # name → (width, height)
DTYPES = ("bfloat16", "float16", "float32")
DEVICES = ("auto", "cuda", "cpu")
OFFLOAD_MODES = ("none", "model", "group")
SCHEDULERS = ("unipc", "euler")
SIZE_MULTIPLE = 16  # VAE 8× times the (1, 2, 2) patch
MAX_SIDE = 2048
MAX_FRAMES = 257  # 4·64 + 1; Wan2.1 was trained at 81
MAX_STEPS = 1000
_PATH_LIKE = re.compile(r"^(/|\.|~)|\\|/.*/")  # absolute, relative, home, Windows, or deeper than owner/name


@dataclass(frozen=True)
class WanSettings:
    """How to load and run Wan2.1; flags in parentheses are the CLI options that set them."""

    model: str = DEFAULT_WAN_MODEL  # local diffusers folder or hub id (--wan-model)
    dtype: str = "bfloat16"  # (--wan-dtype); the VAE always runs in float32, as Wan's authors recommend
    device: str = "auto"  # (--wan-device)
    offload: str = "none"  # none | model (enable_model_cpu_offload) | group (leaf-level group offload) (--wan-offload)
    cache_threshold: float = 0.0  # FirstBlockCache threshold; 0 = off, ~0.1 ≈ 1.85× (--wan-cache-threshold)
    scheduler: str = "unipc"  # (--wan-scheduler)
    flow_shift: float | None = None  # None: 3.0 below 720p, 5.0 at 720p and above (--wan-flow-shift)
    resolution: str = "480p"  # default size: "480p", "720p" or "WIDTHxHEIGHT" (--wan-resolution)
    loras: dict[str, str] = field(default_factory=dict)  # variant name → LoRA file or folder (--wan-lora name=path)
    prophy: dict[str, str] = field(default_factory=dict)  # variant name → ProPhy file or folder (--wan-prophy name=path)

    def __post_init__(self) -> None:
        for name, value, allowed, flag in (("dtype", self.dtype, DTYPES, "--wan-dtype"),
                                           ("device", self.device, DEVICES, "--wan-device"),
                                           ("offload", self.offload, OFFLOAD_MODES, "--wan-offload"),
                                           ("scheduler", self.scheduler, SCHEDULERS, "--wan-scheduler")):
            if value not in allowed:
                raise GenerationError(f"Wan {name} ({flag}) must be one of {', '.join(allowed)}, got {value!r}")
        if not str(self.model).strip():
            raise GenerationError("no Wan model given: set --wan-model to a local diffusers folder or a hub id "
                                  f"such as {DEFAULT_WAN_MODEL}")
        if not 0 <= self.cache_threshold < 1:
            raise GenerationError(f"--wan-cache-threshold must be in [0, 1) (0 turns caching off), got {self.cache_threshold}")
        if self.flow_shift is not None and self.flow_shift <= 0:
            raise GenerationError(f"--wan-flow-shift must be positive, got {self.flow_shift}")
        parse_resolution(self.resolution)
        for name in self.loras:
            check_adapter_name(name)
        for name in self.prophy:
            check_adapter_name(name)
            if name in self.loras:
                raise GenerationError(f"variant name {name!r} is used by a LoRA and a ProPhy file; rename one")

    @property
    def default_size(self) -> tuple[int, int]:
        """(width, height) of the ``resolution`` setting."""
        return parse_resolution(self.resolution)


def parse_resolution(text: str) -> tuple[int, int]:
    """ "480p" → (832, 480); "640x368" → (640, 368); anything else → GenerationError."""
    text = str(text).strip().lower()
    if text in RESOLUTION_PRESETS:
        return RESOLUTION_PRESETS[text]
    match = re.fullmatch(r"(\d+)\s*[x×]\s*(\d+)", text)
    if not match:
        raise GenerationError(f"resolution (--wan-resolution) must be {', '.join(RESOLUTION_PRESETS)} or WIDTHxHEIGHT, "
                              f"got {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    check_size(width, height)
    return width, height


def check_size(width: int, height: int) -> None:
    for name, value in (("width", width), ("height", height)):
        if not SIZE_MULTIPLE <= value <= MAX_SIDE:
            raise GenerationError(f"{name} must be between {SIZE_MULTIPLE} and {MAX_SIDE} pixels, got {value}")
        if value % SIZE_MULTIPLE:
            lower = value // SIZE_MULTIPLE * SIZE_MULTIPLE
            raise GenerationError(f"{name} must be a multiple of {SIZE_MULTIPLE} for Wan2.1, got {value} "
                                  f"(try {lower or SIZE_MULTIPLE} or {lower + SIZE_MULTIPLE})")


def validate_request(request: GenerationRequest) -> None:
    """Reject sizes, frame counts and step counts Wan cannot run, before any weights load."""
    check_size(request.width, request.height)
    frames = request.num_frames
    if not 1 <= frames <= MAX_FRAMES:
        raise GenerationError(f"num_frames must be between 1 and {MAX_FRAMES}, got {frames}")
    if frames % 4 != 1:
        lower = (frames - 1) // 4 * 4 + 1
        raise GenerationError(f"num_frames must be 4k+1 for Wan2.1 (the VAE compresses time 4×), got {frames} "
                              f"(try {lower} or {lower + 4})")
    if not 1 <= request.steps <= MAX_STEPS:
        raise GenerationError(f"steps must be between 1 and {MAX_STEPS}, got {request.steps}")
    if request.cfg_scale < 0:
        raise GenerationError(f"CFG scale cannot be negative, got {request.cfg_scale} (1 turns CFG off)")
    if request.fps <= 0:
        raise GenerationError(f"fps must be positive, got {request.fps}")
    if request.guidance.mode != "off" and request.layout is None:
        raise GenerationError(f"guidance mode {request.guidance.mode!r} steers by a layout: plan or draw one first, "
                              "or set guidance to off")


def default_flow_shift(width: int, height: int) -> float:
    """Wan's recommendation: 3.0 for 480p, 5.0 for 720p."""
    return 5.0 if min(width, height) >= 720 else 3.0


class WanGenerator:
    """Wan2.1 text-to-video. ``pipeline_factory`` (a no-argument callable returning a ``WanPipeline``)
    replaces ``from_pretrained``, e.g. with ``build_tiny_wan_pipeline`` for tests and the tiny-wan mode;
    everything after loading (LoRAs, cache, offload, scheduler, seeding, decoding) runs either way."""

    backend_id = "wan"

    def __init__(self, settings: WanSettings | None = None, *, manager: ModelManager | None = None,
                 pipeline_factory: Callable[[], Any] | None = None):
        self.settings = settings or WanSettings()
        self.model_id = str(self.settings.model)
        self.manager = manager or ModelManager(device=self.settings.device)
        self.model_key = f"wan:{self.model_id}"
        self._factory = pipeline_factory
        self._lora_paths: dict[str, str] = dict(self.settings.loras)
        self._variants: dict[str, LoraVariant] = {}
        self._lora_errors: dict[str, str] = {}
        self._prophy: dict[str, Any] = {name: _prophy_variant(name, path) for name, path in self.settings.prophy.items()}
        self._scheduler_config: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.manager.register(self.model_key, self._load, label=f"Wan2.1 {self.model_id}", mover=self._move)

    def __repr__(self) -> str:
        return f"WanGenerator(model={self.model_id!r}, offload={self.settings.offload!r}, variants={self.variants()})"

    # ------------------------------------------------------------------ variants
    def variants(self) -> list[str]:
        """LoRA names (loaded with the backbone on first use) and ProPhy modules (attached per call);
        None in a request is the base model."""
        return [*self._lora_paths, *self._prophy]

    def variant_info(self, name: str) -> LoraVariant | None:
        """File, hash and format of a loaded variant (None before the model is loaded)."""
        return self._variants.get(name)

    def add_variant(self, name: str, path: str | Path) -> None:
        """Register a LoRA or a ProPhy module (e.g. one just trained). A LoRA is attached now if the backbone
        is loaded, else on load; a ProPhy module is attached when a call asks for it."""
        if name in self.variants():
            raise LoraError(f"a variant named {name!r} already exists; choose another name")
        if _is_prophy_file(path):
            check_adapter_name(name)
            self._prophy[name] = _prophy_variant(name, path)
            return
        resolve_lora_file(path)
        with self._lock:
            if name in self._lora_paths:
                raise LoraError(f"a LoRA variant named {name!r} already exists; choose another name")
            check_adapter_name(name)
            if self._is_loaded():
                with self.manager.use(self.model_key) as pipe:
                    self._variants[name] = load_lora_variant(pipe, name, path)
            self._lora_paths[name] = str(path)

    def prophy_variants(self) -> list[str]:
        return list(self._prophy)

    def inspect_prophy(self, request: GenerationRequest) -> Any:
        """Generate ``request`` with its ProPhy variant and record how the routers decided (for the studio's
        inspector): the semantic router's categories and each token's refinement expert, per latent frame."""
        validate_request(request)
        variant = self._prophy.get(request.variant or "")
        if variant is None:
            known = ", ".join(self._prophy) or "none loaded (--prophy name=path)"
            raise GenerationError(f"{request.variant!r} is not a ProPhy variant; ProPhy variants: {known}")
        from ..prophy.inspect import inspect_prompt

        self._check_model_reachable()
        with self._lock, self.manager.use(self.model_key) as pipe:
            self._check_model_limits(pipe, request)
            activate_variant(pipe, None)
            _switch_prophy(pipe.transformer, variant)
            pipe.scheduler = self._scheduler(self.settings.flow_shift or default_flow_shift(request.width, request.height))
            try:
                return inspect_prompt(pipe, request.prompt, negative_prompt=request.negative_prompt,
                                      height=request.height, width=request.width, num_frames=request.num_frames,
                                      steps=request.steps, cfg_scale=request.cfg_scale, seed=request.seed)
            except Exception as exc:
                _free_memory()
                if _is_out_of_memory(exc):
                    raise GenerationError(_oom_advice(request, self.settings)) from exc
                raise GenerationError(f"ProPhy inspection failed: {type(exc).__name__}: {exc}") from exc

    # ------------------------------------------------------------------ generate
    def generate(self, request: GenerationRequest, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> GenerationResult:
        validate_request(request)
        self._check_variant_known(request.variant)
        if request.variant in self._prophy and request.guidance.mode == "attention-bias":
            # The biased cross-attention re-computes attention over the keys it is given, which would bypass
            # ProPhy's gated prior-token attention in the guided blocks.
            raise GenerationError("attention-bias guidance does not combine with a ProPhy variant yet: choose "
                                  "energy guidance (lvd-weak / lvd-benchmark) or guidance off for this variant")
        guidance = self._guidance_entry(request)
        self._check_model_reachable()
        cancel = cancel or CancelToken()
        cancel.raise_if_cancelled()
        report = progress or (lambda step, total, message: None)
        with self._lock:
            started = time.perf_counter()
            if not self._is_loaded():
                report(0, request.steps, f"loading {self.model_id}")
            with self.manager.use(self.model_key) as pipe:
                load_s = time.perf_counter() - started
                try:
                    result = self._run(pipe, request, guidance, report, cancel)
                except GenerationCancelled:
                    _free_memory()
                    raise
                except GenerationError:  # already says what to change
                    raise
                except Exception as exc:
                    _free_memory()
                    if _is_out_of_memory(exc):
                        raise GenerationError(_oom_advice(request, self.settings)) from exc
                    raise GenerationError(f"Wan2.1 generation failed: {type(exc).__name__}: {exc}") from exc
        result.timings = {"load_s": load_s, **result.timings, "total_s": time.perf_counter() - started}
        return result

    def _run(self, pipe: Any, request: GenerationRequest, guidance: Callable | None,
             report: ProgressCallback, cancel: CancelToken) -> GenerationResult:
        import torch

        self._check_model_limits(pipe, request)
        prophy = self._prophy.get(request.variant)
        if request.variant is not None and prophy is None and request.variant not in self._variants:
            raise LoraError(f"LoRA variant {request.variant!r} failed to load: {self._lora_errors[request.variant]}")
        activate_variant(pipe, None if prophy else request.variant)
        _switch_prophy(pipe.transformer, prophy)
        flow_shift = self.settings.flow_shift or default_flow_shift(request.width, request.height)
        pipe.scheduler = self._scheduler(flow_shift)
        on_cuda = str(pipe._execution_device).startswith("cuda")
        if on_cuda:
            torch.cuda.reset_peak_memory_stats()
        timings: dict[str, float] = {}
        attention = None
        denoise_started = time.perf_counter()
        guidance_report = None
        if guidance is not None:  # the guidance module runs the pipeline (and the VAE) itself
            outcome = guidance(pipe, request, progress=report, cancel=cancel)
            cancel.raise_if_cancelled()
            frames, attention, guidance_report = _to_uint8(np.asarray(outcome.frames)), outcome.attention, outcome.report
            timings["generate_s"] = time.perf_counter() - denoise_started
        else:
            latents = self._denoise(pipe, request, report, cancel)
            timings["denoise_s"] = time.perf_counter() - denoise_started
            report(request.steps, request.steps, "decoding video")
            decode_started = time.perf_counter()
            frames = decode_latents(pipe, latents)
            timings["decode_s"] = time.perf_counter() - decode_started
        info: dict[str, Any] = {"device": str(pipe._execution_device), "dtype": self.settings.dtype,
                                "scheduler": self.settings.scheduler, "flow_shift": flow_shift,
                                "offload": self.settings.offload, "cache_threshold": self.settings.cache_threshold}
        if guidance_report is not None:
            info["guidance"] = guidance_report
        if on_cuda:
            info["peak_cuda_memory_gb"] = torch.cuda.max_memory_allocated() / 2**30
        variant = (prophy or self._variants.get(request.variant)) if request.variant else None
        if variant is not None:
            info["lora_file"], info["lora_format"] = str(variant.path), variant.file_format
        return GenerationResult(frames=frames, fps=float(request.fps), backend_id=self.backend_id,
                                model_id=self.model_id, variant=request.variant,
                                lora_hash=variant.file_hash if variant else None,
                                timings=timings, attention=attention, info=info)

    def _denoise(self, pipe: Any, request: GenerationRequest, report: ProgressCallback, cancel: CancelToken):
        import torch

        def on_step_end(pipeline, step, timestep, tensors):
            report(step + 1, request.steps, f"denoising step {step + 1}/{request.steps}")
            if cancel.cancelled:
                pipeline._interrupt = True  # the loop skips the remaining steps
            return {}

        # A CPU generator gives the same initial noise on every device for a seed.
        generator = torch.Generator(device="cpu").manual_seed(int(request.seed))
        with torch.no_grad():
            latents = pipe(prompt=request.prompt, negative_prompt=request.negative_prompt or None,
                           height=request.height, width=request.width, num_frames=request.num_frames,
                           num_inference_steps=request.steps, guidance_scale=request.cfg_scale,
                           generator=generator, output_type="latent", return_dict=False,
                           callback_on_step_end=on_step_end)[0]
        cancel.raise_if_cancelled()
        return latents

    # ------------------------------------------------------------------ loading
    def _load(self) -> Any:
        import torch

        device = self.manager.resolved_device()
        if self.settings.offload != "none" and not device.startswith("cuda"):
            raise GenerationError(f"--wan-offload {self.settings.offload} needs a CUDA GPU, but Wan would run on "
                                  f"{device}: set --wan-offload none")
        pipe = self._factory() if self._factory is not None else load_wan_pipeline(self.settings.model, self.settings.dtype)
        pipe.set_progress_bar_config(disable=True)
        self._scheduler_config = dict(pipe.scheduler.config)
        self._variants, self._lora_errors = {}, {}
        for name, path in self._lora_paths.items():
            try:  # a broken LoRA must not take the base model down with it
                self._variants[name] = load_lora_variant(pipe, name, path)
            except LoraError as exc:
                log.error("LoRA variant %s not loaded: %s", name, exc)
                self._lora_errors[name] = str(exc)
        if self.settings.cache_threshold > 0:
            from diffusers import FirstBlockCacheConfig

            pipe.transformer.enable_cache(FirstBlockCacheConfig(threshold=self.settings.cache_threshold))
        if self.settings.offload == "model":
            pipe.enable_model_cpu_offload(device=device)
        elif self.settings.offload == "group":
            pipe.enable_group_offload(onload_device=torch.device(device), offload_type="leaf_level", use_stream=True)
        return pipe

    def _move(self, pipe: Any, device: str) -> Any:
        """Offload hooks place the weights themselves; otherwise the whole pipeline moves."""
        return pipe if self.settings.offload != "none" else pipe.to(device)

    def _is_loaded(self) -> bool:
        return any(s.key == self.model_key and s.where != "not loaded" for s in self.manager.status())

    def _scheduler(self, flow_shift: float) -> Any:
        """A fresh scheduler of the chosen kind, built from the checkpoint's scheduler config."""
        from diffusers import FlowMatchEulerDiscreteScheduler, UniPCMultistepScheduler

        config = self._scheduler_config
        if self.settings.scheduler == "euler":
            return FlowMatchEulerDiscreteScheduler(num_train_timesteps=config.get("num_train_timesteps", 1000),
                                                   shift=flow_shift)
        if config.get("_class_name") == "UniPCMultistepScheduler":
            return UniPCMultistepScheduler.from_config(config, flow_shift=flow_shift)
        return UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                       num_train_timesteps=config.get("num_train_timesteps", 1000), flow_shift=flow_shift)

    # ------------------------------------------------------------------ checks
    def _check_variant_known(self, variant: str | None) -> None:
        if variant is not None and variant not in self.variants():
            known = ", ".join(self.variants()) or "none configured (--wan-lora name=path, --wan-prophy name=path)"
            raise GenerationError(f"unknown Wan variant {variant!r}; known: {known}")

    def _check_model_reachable(self) -> None:
        """A path-like model that is not a diffusers folder fails here, before anything loads."""
        if self._factory is not None or self._is_loaded():
            return
        folder = Path(self.model_id).expanduser()
        if folder.exists() or _PATH_LIKE.search(self.model_id):
            if not (folder / "model_index.json").is_file():
                raise GenerationError(f"Wan model folder {folder} not found or not a diffusers pipeline (no "
                                      "model_index.json): set --wan-model to a folder saved by diffusers or a hub id "
                                      f"such as {DEFAULT_WAN_MODEL}")

    @staticmethod
    def _check_model_limits(pipe: Any, request: GenerationRequest) -> None:
        """Rotary embeddings cover ``rope_max_seq_len`` positions per axis (1024 in Wan2.1; less in tiny models)."""
        limit = pipe.transformer.config.rope_max_seq_len
        latent_frames = (request.num_frames - 1) // 4 + 1
        grid = (latent_frames, request.height // SIZE_MULTIPLE, request.width // SIZE_MULTIPLE)
        if max(grid) > limit:
            raise GenerationError(f"this Wan model covers at most {limit} positions per axis: at most "
                                  f"{limit * SIZE_MULTIPLE} px per side and {(limit - 1) * 4 + 1} frames")

    @staticmethod
    def _guidance_entry(request: GenerationRequest) -> Callable | None:
        """``run_guidance`` (``apply_guidance`` plus its run-record report) for guided requests; None when off."""
        if request.guidance.mode == "off":
            return None
        from ..lvd.guidance import run_guidance

        return run_guidance


def _is_prophy_file(path: str | Path) -> bool:
    """A ProPhy export (``prophy.safetensors``, or a folder holding one) rather than a LoRA file."""
    path = Path(path).expanduser()
    return (path / "prophy.safetensors").is_file() if path.is_dir() else path.name.endswith("prophy.safetensors")


def _prophy_variant(name: str, path: str | Path) -> Any:
    from ..prophy.attach import ProPhyVariant
    from ..prophy.io import ProPhyFileError

    try:
        return ProPhyVariant(name, path)
    except (ProPhyFileError, ValueError) as exc:
        raise GenerationError(f"ProPhy variant {name!r}: {exc}") from None


def _switch_prophy(transformer: Any, variant: Any | None) -> None:
    """Attach the ProPhy module this call asks for, or let an attached one pass through (base and LoRA calls)."""
    from ..prophy.attach import deactivate_prophy

    if variant is None:
        deactivate_prophy(transformer)
        return
    try:
        variant.activate(transformer)
    except ValueError as exc:  # a module trained for another backbone size
        raise GenerationError(f"ProPhy variant {variant.name!r} does not fit this model: {exc}") from None


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
    return _to_uint8(frames)


def _to_uint8(frames: np.ndarray) -> np.ndarray:
    if frames.dtype == np.uint8:
        return frames
    return (np.clip(frames, 0.0, 1.0) * 255.0).round().astype(np.uint8)


def _is_out_of_memory(exc: BaseException) -> bool:
    import torch

    return isinstance(exc, torch.OutOfMemoryError) or (isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower())


def _oom_advice(request: GenerationRequest, settings: WanSettings) -> str:
    hints = [f"lower the resolution (now {request.width}×{request.height})",
             f"use fewer frames (now {request.num_frames})"]
    if settings.offload == "none":
        hints.append("enable offloading (--wan-offload model, or group for the least memory)")
    if "14B" in settings.model:
        hints.append("use the 1.3B model (--wan-model Wan-AI/Wan2.1-T2V-1.3B-Diffusers)")
    elif "1.3B" not in settings.model:
        hints.append("use the 1.3B model")
    return "out of GPU memory while generating with Wan2.1: " + "; ".join(hints)


def _free_memory() -> None:
    """Drop what a failed or cancelled run left behind, so the next call has the memory back."""
    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
