"""The video-generator protocol: request → frames, with progress, cancel and clear failures.

Every generator (the embedded preview, Wan2.1 through diffusers, the tiny random Wan used in
tests) takes the same ``GenerationRequest`` so tabs, the CLI and batch evaluation never care
which one is behind the service. Plain data only here: no torch import.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Protocol, runtime_checkable

import numpy as np

from .errors import PhyStudioError
from .layout import Layout

GUIDANCE_MODES = ("off", "energy", "attention-bias")
# Which backbone's energy scale ``loss_threshold`` is written for (mapped in ``pipelines.lvd.guidance_energy``).
THRESHOLD_REFERENCES = ("modelscope", "zeroscope", "per-frame-head", "raw")
WAN_NEGATIVE_PROMPT = (
    "bright colors, overexposed, static, blurred details, subtitles, style, artwork, painting, picture, still, "
    "overall gray, worst quality, low quality, JPEG artifacts, ugly, deformed, extra fingers, poorly drawn hands, "
    "poorly drawn face, malformed limbs, fused fingers, still picture, cluttered background, walking backwards"
)


class GenerationError(PhyStudioError, RuntimeError):
    """Generation failed for a reason the user can act on (the message says what to change)."""


class GenerationCancelled(GenerationError):
    """The user pressed stop; partial work was discarded and memory freed."""


class GenerationTimedOut(GenerationCancelled):
    """The work ran past its time limit and was stopped like a press of Stop; the message names the limit."""


@dataclass(frozen=True)
class GuidanceConfig:
    """Layout-grounded guidance settings (LVD stage 2 on Wan's DiT); see ``pipelines.lvd.guidance``.

    Defaults are LVD's benchmark setting (LVD paper and its official code); ``preset`` names fill them in.
    """

    mode: str = "off"
    blocks: tuple[int, ...] | None = None  # None: the backend's default block selection
    guided_steps: int = 10  # energy: first K denoising steps; attention-bias: steps with the bias on
    iterations: int = 5  # energy: gradient steps per guided denoising step (M)
    topk_fraction: float = 0.75  # p in k = max(1, floor(p·|region|))
    fg_weight: float = 1.0
    bg_weight: float = 4.0
    com_weight: float = 0.03  # centre-of-mass term; 0 turns it off
    loss_scale: float = 5.0
    loss_threshold: float = 200.0  # LVD's gate: iterate while the previous (unscaled) energy is above this
    threshold_reference: str = "modelscope"  # the backbone whose energy scale loss_threshold is set for
    step_size: float = 1.0  # η: latents ← latents − η·σ_t·∇E
    bias_strength: float = 2.0  # attention-bias: logit bonus inside the box, penalty outside
    fast_path: bool = True  # energy: run only up to the last guided block and backprop through those
    capture_attention: bool = True  # keep per-object cross-attention maps for the viewer
    background_prompt: bool = True  # guided runs append ", {background} background" to the prompt, as LVD
    preset: str = ""  # the named preset these values are ("lvd-weak", ...); "" when a user changed them

    @property
    def label(self) -> str:
        """What records and history tables call this setting: the preset's name, else "custom <mode>"."""
        return self.preset or f"custom {self.mode}"

    def __post_init__(self) -> None:
        if self.mode not in GUIDANCE_MODES:
            raise GenerationError(f"guidance mode must be one of {', '.join(GUIDANCE_MODES)}, got {self.mode!r}")
        if not 0 < self.topk_fraction <= 1:
            raise GenerationError(f"top-k fraction must be in (0, 1], got {self.topk_fraction}")
        if self.guided_steps < 0 or self.iterations < 0:
            raise GenerationError("guided steps and iterations cannot be negative")
        if self.threshold_reference not in THRESHOLD_REFERENCES:
            raise GenerationError(f"threshold reference must be one of {', '.join(THRESHOLD_REFERENCES)}, "
                                  f"got {self.threshold_reference!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


GUIDANCE_PRESETS: dict[str, GuidanceConfig] = {
    "off": GuidanceConfig(mode="off", preset="off"),
    "lvd-benchmark": GuidanceConfig(mode="energy", guided_steps=10, iterations=5, topk_fraction=0.75, fg_weight=1.0,
                                    bg_weight=4.0, com_weight=0.03, loss_scale=5.0, loss_threshold=200.0,
                                    preset="lvd-benchmark"),
    "lvd-weak": GuidanceConfig(mode="energy", guided_steps=10, iterations=1, topk_fraction=0.25, fg_weight=1.0,
                               bg_weight=2.0, com_weight=0.0, loss_scale=2.5, loss_threshold=250.0, preset="lvd-weak"),
    "attention-bias": GuidanceConfig(mode="attention-bias", guided_steps=10, bias_strength=2.0, preset="attention-bias"),
}


@dataclass(frozen=True)
class GenerationRequest:
    prompt: str
    negative_prompt: str = WAN_NEGATIVE_PROMPT
    layout: Layout | None = None
    guidance: GuidanceConfig = field(default_factory=GuidanceConfig)
    seed: int = 0
    width: int = 832
    height: int = 480
    num_frames: int = 81
    steps: int = 50
    cfg_scale: float = 5.0
    fps: int = 16
    variant: str | None = None  # a named LoRA adapter; None is the base model

    def settings(self) -> dict[str, Any]:
        """What a run record stores about the request (the layout is stored separately)."""
        data = asdict(self)
        data.pop("layout")
        data["has_layout"] = self.layout is not None
        return data


def require_layout(layout: Layout | None, needed_by: str, *, otherwise: str = "set guidance to off") -> Layout:
    """The one check for a step that steers by a layout: the layout must exist and hold at least one object."""
    if layout is None or not layout.objects:
        raise GenerationError(f"{needed_by} needs a layout with at least one object: plan one in the Layout tab "
                              f"or {otherwise}")
    return layout


def check_guidance_layout(guidance: GuidanceConfig, layout: Layout | None) -> None:
    """Guidance other than "off" pulls each object's attention into its boxes, so it needs a layout."""
    if guidance.mode != "off":
        require_layout(layout, f"guidance mode {guidance.mode!r}")


@dataclass(frozen=True)
class AttentionMaps:
    """Captured text cross-attention per object: ``maps[o]`` is ``[latent_frames, grid_h, grid_w]``
    (mean over heads and guided blocks, at ``step``), with the object's token positions."""

    object_ids: tuple[int, ...]
    token_positions: tuple[tuple[int, ...], ...]
    maps: tuple[np.ndarray, ...]
    step: int
    in_box_share: tuple[float, ...] = ()


@dataclass
class GenerationResult:
    frames: np.ndarray  # uint8 [T, H, W, 3]
    fps: float
    backend_id: str
    model_id: str = ""
    variant: str | None = None
    lora_hash: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    attention: AttentionMaps | None = None
    info: dict[str, Any] = field(default_factory=dict)  # anything else worth recording (peak memory, ...)


ProgressCallback = Callable[[int, int, str], None]  # (step, total, message)


def item_printer(prefix: Callable[[int, int], str]) -> ProgressCallback:
    """For command lines: one stderr line per finished item of a batch (not per denoising step, which would
    flood a log); ``prefix(position, total)`` names the item, e.g. "[losers 3/10]"."""
    import sys

    last = {"position": -1}

    def report(position: int, total: int, message: str) -> None:
        if position != last["position"] and position < total:
            last["position"] = position
            print(f"{prefix(position, total)} {message.split(' — ')[0]}", file=sys.stderr, flush=True)

    return report


class CancelToken:
    """Set from any thread (the UI's stop button); generators check it between steps.

    A token can also carry a deadline (``timeout_s`` from now, by ``clock``) and a ``parent``: it counts as
    cancelled once its parent is, so one Stop reaches every step of a multi-step job while each step keeps its
    own time limit.
    """

    def __init__(self, timeout_s: float | None = None, *, parent: "CancelToken | None" = None,
                 clock: Callable[[], float] = time.monotonic, limit_name: str = "") -> None:
        self._event = threading.Event()
        self._parent = parent
        self._clock = clock
        self._timeout_s = timeout_s
        self._deadline = None if timeout_s is None else clock() + timeout_s
        self._limit_name = limit_name

    def cancel(self) -> None:
        self._event.set()

    @property
    def timed_out(self) -> bool:
        if self._deadline is not None and self._clock() >= self._deadline:
            return True
        return self._parent is not None and self._parent.timed_out

    @property
    def cancelled(self) -> bool:
        if self._event.is_set() or self.timed_out:
            return True
        return self._parent is not None and self._parent.cancelled

    def raise_if_cancelled(self) -> None:
        if self._deadline is not None and self._clock() >= self._deadline:
            setting = f" ({self._limit_name})" if self._limit_name else ""
            raise GenerationTimedOut(f"stopped after the time limit of {self._timeout_s:g} s{setting}; "
                                     "ask for fewer frames, steps or objects")
        if self._parent is not None:
            self._parent.raise_if_cancelled()
        if self._event.is_set():
            raise GenerationCancelled("generation stopped by the user")


@runtime_checkable
class VideoGenerator(Protocol):
    backend_id: str

    def variants(self) -> list[str]:
        """Names accepted as ``GenerationRequest.variant`` (LoRA adapters, ProPhy checkpoints...)."""
        ...

    def generate(self, request: GenerationRequest, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> GenerationResult:
        ...
