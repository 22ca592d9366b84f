"""Wan2.1 text-to-video through diffusers' ``WanPipeline``, behind the VideoGenerator protocol.

The pipeline loads once per process through the ModelManager (the 1.3B model takes a minute to
load, the 14B several); variants ride on that one backbone: LoRA adapters (``lora.py``) and the
kinds ``pipelines.services`` hands in (ProPhy), all as ``core.methods.ModelVariant``. Every call
runs the one denoising path (``wan_denoising.denoise``) with at most one method from the
``MethodSet`` (layout guidance, ProPhy inspection), reports every step, stops between steps when
the user cancels, and turns an out-of-memory failure into advice instead of a dead app. This
module imports no method: it knows them only through the protocols in ``pipelines.core.methods``.
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

from ..core.generation import (
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GenerationResult,
    ProgressCallback,
)
from ..core.methods import DenoisingMethod, MethodOutcome, MethodSet, ModelVariant
from ..core.models import ModelManager
from .lora import LoraError, LoraVariant, check_adapter_name, load_lora_variant, resolve_lora_file
from .wan_denoising import Denoised, denoise
from .wan_loading import DEFAULT_WAN_MODEL, build_scheduler, default_flow_shift, enable_memory_features, load_wan_pipeline

log = logging.getLogger(__name__)

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


class WanGenerator:
    """Wan2.1 text-to-video. ``pipeline_factory`` (a no-argument callable returning a ``WanPipeline``)
    replaces ``from_pretrained``, e.g. with ``build_tiny_wan_pipeline`` for tests and the tiny-wan mode;
    everything after loading (LoRAs, cache, offload, scheduler, seeding, decoding) runs either way.
    ``methods``: the variant kinds and denoising methods this generator may use (``services.wan_methods()``);
    without them it generates plain and LoRA requests only."""

    backend_id = "wan"

    def __init__(self, settings: WanSettings | None = None, *, manager: ModelManager | None = None,
                 pipeline_factory: Callable[[], Any] | None = None, methods: MethodSet | None = None):
        self.settings = settings or WanSettings()
        self.model_id = str(self.settings.model)
        self.manager = manager or ModelManager(device=self.settings.device)
        self.model_key = f"wan:{self.model_id}"
        self.methods = methods or MethodSet()
        self._factory = pipeline_factory
        self._lora_paths: dict[str, str] = dict(self.settings.loras)
        self._variants: dict[str, LoraVariant] = {}
        self._lora_errors: dict[str, str] = {}
        self._opened: dict[str, tuple[str, ModelVariant]] = {}  # name → (kind, variant) for non-LoRA variants
        for name, path in self.settings.prophy.items():
            self._opened[name] = ("prophy", self._variant_kind("prophy").open(name, path))
        self._scheduler_config: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.manager.register(self.model_key, self._load, label=f"Wan2.1 {self.model_id}", mover=self._move)

    def __repr__(self) -> str:
        return f"WanGenerator(model={self.model_id!r}, offload={self.settings.offload!r}, variants={self.variants()})"

    # ------------------------------------------------------------------ variants
    def variants(self) -> list[str]:
        """LoRA names (loaded with the backbone on first use) and opened variants such as ProPhy modules
        (attached per call); None in a request is the base model."""
        return [*self._lora_paths, *self._opened]

    def variant_info(self, name: str) -> Any:
        """File, hash and format of a loaded variant (None before a LoRA's backbone is loaded)."""
        return self._variants.get(name) or (self._opened[name][1] if name in self._opened else None)

    def add_variant(self, name: str, path: str | Path) -> None:
        """Register a LoRA or another variant kind's file (e.g. one just trained). A LoRA is attached now if
        the backbone is loaded, else on load; other kinds are attached when a call asks for them."""
        if name in self.variants():
            raise LoraError(f"a variant named {name!r} already exists; choose another name")
        for kind_name, kind in self.methods.variant_kinds.items():
            if kind.recognises(path):
                check_adapter_name(name)
                self._opened[name] = (kind_name, kind.open(name, path))
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
        return [name for name, (kind, _variant) in self._opened.items() if kind == "prophy"]

    def _variant_kind(self, name: str) -> Any:
        kind = self.methods.variant_kinds.get(name)
        if kind is None:
            raise GenerationError(f"this Wan generator has no {name} support: build it with pipelines.services "
                                  f"(wan_generator) to use --wan-{name} variants")
        return kind

    def inspect_prophy(self, request: GenerationRequest) -> Any:
        """Generate ``request`` with its ProPhy variant and record how the routers decided (for the studio's
        inspector): the semantic router's categories and each token's refinement expert, per latent frame."""
        validate_request(request)
        if request.variant not in self.prophy_variants():
            known = ", ".join(self.prophy_variants()) or "none loaded (--prophy name=path)"
            raise GenerationError(f"{request.variant!r} is not a ProPhy variant; ProPhy variants: {known}")
        if self.methods.inspection is None:
            raise GenerationError("this Wan generator has no ProPhy inspection: build it with pipelines.services")
        denoised, _load_s = self._generate(request, self.methods.inspection(request), None, None,
                                           failure="ProPhy inspection failed")
        return denoised.outcome

    # ------------------------------------------------------------------ generate
    def generate(self, request: GenerationRequest, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> GenerationResult:
        validate_request(request)
        self._check_variant_known(request.variant)
        variant = self.variant_info(request.variant) if request.variant in self._opened else None
        if variant is not None:
            variant.check_request(request)
        method = self._guidance_method(request)
        started = time.perf_counter()
        denoised, load_s = self._generate(request, method, progress, cancel, failure="Wan2.1 generation failed")
        result = self._result(request, denoised)
        result.timings = {"load_s": load_s, **denoised.timings, "total_s": time.perf_counter() - started}
        return result

    def _generate(self, request: GenerationRequest, method: DenoisingMethod | None,
                  progress: ProgressCallback | None, cancel: CancelToken | None, *, failure: str) -> tuple[Denoised, float]:
        """Load, switch variants, set the scheduler and run ``denoise``; errors become ``GenerationError``."""
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
                    return self._run(pipe, request, method, report, cancel), load_s
                except GenerationCancelled:
                    _free_memory()
                    raise
                except GenerationError:  # already says what to change
                    raise
                except Exception as exc:
                    _free_memory()
                    if _is_out_of_memory(exc):
                        raise GenerationError(_oom_advice(request, self.settings)) from exc
                    raise GenerationError(f"{failure}: {type(exc).__name__}: {exc}") from exc

    def _run(self, pipe: Any, request: GenerationRequest, method: DenoisingMethod | None,
             report: ProgressCallback, cancel: CancelToken) -> Denoised:
        import torch

        self._check_model_limits(pipe, request)
        self._switch_variants(pipe, request.variant)
        pipe.scheduler = build_scheduler(self.settings.scheduler, self._scheduler_config, self._flow_shift(request))
        on_cuda = str(pipe._execution_device).startswith("cuda")
        if on_cuda:
            torch.cuda.reset_peak_memory_stats()
        denoised = denoise(pipe, request, method, progress=report, cancel=cancel)
        denoised.info = {"device": str(pipe._execution_device)}
        if on_cuda:
            denoised.info["peak_cuda_memory_gb"] = torch.cuda.max_memory_allocated() / 2**30
        return denoised

    def _result(self, request: GenerationRequest, denoised: Denoised) -> GenerationResult:
        info: dict[str, Any] = {**denoised.info, "dtype": self.settings.dtype, "scheduler": self.settings.scheduler,
                                "flow_shift": self._flow_shift(request), "offload": self.settings.offload,
                                "cache_threshold": self.settings.cache_threshold}
        attention = None
        if isinstance(denoised.outcome, MethodOutcome):
            attention = denoised.outcome.attention
            info["guidance"] = denoised.outcome.report
        variant = self.variant_info(request.variant) if request.variant else None
        if variant is not None:
            info["lora_file"], info["lora_format"] = str(variant.path), variant.file_format
        return GenerationResult(frames=denoised.frames, fps=float(request.fps), backend_id=self.backend_id,
                                model_id=self.model_id, variant=request.variant,
                                lora_hash=variant.file_hash if variant else None,
                                timings={}, attention=attention, info=info)

    def _switch_variants(self, pipe: Any, name: str | None) -> None:
        """Turn every variant off but the one this call asks for (None: the base model)."""
        if name is not None and name not in self._opened and name not in self._variants:
            raise LoraError(f"LoRA variant {name!r} failed to load: {self._lora_errors[name]}")
        chosen = self.variant_info(name) if name is not None else None
        for variant in [*self._variants.values(), *(v for _kind, v in self._opened.values())]:
            if variant is not chosen:
                variant.deactivate(pipe)
        if chosen is not None:
            chosen.activate(pipe)

    def _flow_shift(self, request: GenerationRequest) -> float:
        return self.settings.flow_shift or default_flow_shift(request.width, request.height)

    def _guidance_method(self, request: GenerationRequest) -> DenoisingMethod | None:
        """The layout-guidance method for guided requests; None when guidance is off."""
        if request.guidance.mode == "off":
            return None
        if self.methods.guidance is None:
            raise GenerationError("this Wan generator has no layout guidance: build it with pipelines.services")
        return self.methods.guidance(request)

    # ------------------------------------------------------------------ loading
    def _load(self) -> Any:
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
        enable_memory_features(pipe, cache_threshold=self.settings.cache_threshold, offload=self.settings.offload,
                               device=device)
        return pipe

    def _move(self, pipe: Any, device: str) -> Any:
        """Offload hooks place the weights themselves; otherwise the whole pipeline moves."""
        return pipe if self.settings.offload != "none" else pipe.to(device)

    def _is_loaded(self) -> bool:
        return any(s.key == self.model_key and s.where != "not loaded" for s in self.manager.status())

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
