"""Layout-grounded guidance for Wan2.1 (LVD stage 2 on a DiT): capture → energy → update.

``LayoutGuidance`` is a denoising method: the backend's one denoising path
(``pipelines.backends.wan_denoising``) runs diffusers' own ``WanPipeline`` unchanged and this module
steers it from the outside, which keeps scheduler, CFG, LoRA scale, offloading and VAE decoding the
library's. ``run_guidance(pipe, request)`` runs that path with this method on a bare pipeline.

* The prompt embeddings and the initial latents are prepared once by that path (the pipeline's own
  ``encode_prompt``/``prepare_latents``, a CPU generator seeded with ``request.seed``), so an
  unguided run equals a plain pipeline call exactly. Guided runs change the prompt text only.
* ``energy`` (LVD): denoising step i needs guided latents x_i *before* its forward. Step 0's are
  guided here before the call; step i+1's inside ``callback_on_step_end`` of step i, which the
  pipeline lets return new ``latents``. Each guided step runs up to ``iterations`` gradient steps
  ``x ← x − η·σ_i·∇(loss_scale·E)`` (σ_i from the scheduler's sigmas: flow matching has no ᾱ) on
  the conditional branch only. Threshold, as LVD's loop: an iteration runs while the *previous*
  iteration's unscaled energy is above ``loss_threshold``; that energy is carried from one guided
  step to the next and starts at 10000 / ``loss_scale``, so the first guided step always updates and
  the iteration that crosses the threshold still updates. The energy is compared in the units of
  ``threshold_reference`` (``guidance_energy.threshold_scale``), so LVD's thresholds keep their
  meaning on Wan's heads and frames. Guided runs append ", {background} background" to the prompt
  when the layout names one (``background_prompt``), as LVD does.
  Fast path: the energy forward stops (``StopForward``) as soon as the last guided block has its
  attention map, and backprop runs through those blocks only; the slow path runs the whole
  network (same gradient). Wan's UniPC scheduler would rebuild guided latents from the unguided
  ones in its corrector, so the corrector is switched off for the steps whose input was updated
  (``scheduler_corrector``).
* ``attention-bias`` (gradient-free, as in Comp-Attn/DyST-XL): during the first ``guided_steps``
  steps the guided blocks add ``+bias_strength`` to the object tokens' logits inside the object's
  box and ``−bias_strength`` outside it (everywhere on frames where the object is absent).
* Every mode (``off`` included) can capture the object tokens' attention at one step, averaged over
  heads and guided blocks, for the viewer and for the in-box share.

Default blocks: up to four evenly spaced blocks in [L/6, L/2) of the L blocks (Wan2.1-1.3B: 5, 8,
11, 14). Early-middle DiT blocks carry the object layout in their cross-attention, and keeping
the last guided block in the first half bounds the fast path's cost to half a forward and backward.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core.generation import (
    AttentionMaps,
    CancelToken,
    GenerationError,
    GenerationRequest,
    GuidanceConfig,
    ProgressCallback,
    check_guidance_layout,
)
from ..core.layout import Layout, LayoutError, box_to_token_mask, interpolate_latent_frames, latent_frame_count
from ..core.methods import DenoisingRun, MethodOutcome
from .attention import WAN_TEXT_TOKENS, GuidanceSession, GuidanceSetupError, StopForward, guided_attention
from .guidance_energy import EnergySettings, in_box_share, layout_energy, threshold_scale
from .tokens import TokenMatch, TokenMatchError, match_object_tokens

if TYPE_CHECKING:  # pragma: no cover
    import torch


# ------------------------------------------------------------------------------------------- layout → grid
@dataclass(frozen=True)
class ObjectMasks:
    """Box masks on the token grid: ``masks[o, f]`` is ``[grid_h, grid_w]``; all False where absent."""

    object_ids: tuple[int, ...]
    masks: np.ndarray  # bool [objects, latent_frames, grid_h, grid_w]
    present: np.ndarray  # bool [objects, latent_frames]

    @property
    def image_token_masks(self) -> np.ndarray:
        """``[objects, image tokens]`` in Wan's order: index = f·gh·gw + h·gw + w."""
        return self.masks.reshape(self.masks.shape[0], -1)


def image_token_index(frame: int, row: int, col: int, grid_h: int, grid_w: int) -> int:
    """Position of a latent frame's grid cell in the transformer's image-token sequence."""
    return frame * grid_h * grid_w + row * grid_w + col


def layout_token_masks(layout: Layout, num_frames: int, grid_h: int, grid_w: int,
                       temporal_stride: int = 4) -> ObjectMasks:
    """Interpolate the layout at each latent frame's time and rasterise boxes on the token grid."""
    boxes = interpolate_latent_frames(layout, num_frames, temporal_stride)
    n_obj, n_frames = boxes.present.shape
    masks = np.zeros((n_obj, n_frames, grid_h, grid_w), dtype=bool)
    for o in range(n_obj):
        for f in range(n_frames):
            if boxes.present[o, f]:
                masks[o, f] = box_to_token_mask(boxes.boxes[o, f], grid_h, grid_w)
    return ObjectMasks(boxes.object_ids, masks, boxes.present.copy())


def attention_bias(token_masks: np.ndarray, token_groups: Sequence[Sequence[int]], num_columns: int,
                   strength: float) -> np.ndarray:
    """``[image tokens, columns]`` logit offsets: +strength where a column's object has its box, −strength
    elsewhere (a column shared by several objects counts as inside any of their boxes)."""
    inside = np.zeros((token_masks.shape[1], num_columns), dtype=bool)
    for o, columns in enumerate(token_groups):
        inside[:, list(columns)] |= token_masks[o][:, None]
    return np.where(inside, strength, -strength).astype(np.float32)


def default_guided_blocks(num_layers: int) -> tuple[int, ...]:
    """Up to four evenly spaced blocks in [L/6, L/2) (module docstring)."""
    start = num_layers // 6
    end = max(start + 1, num_layers // 2)
    count = min(4, end - start)
    return tuple(sorted({int(round(b)) for b in np.linspace(start, end - 1, count)}))


# ------------------------------------------------------------------------------------------------ plan
@dataclass(frozen=True)
class GuidancePlan:
    """Everything about one request that does not change across steps."""

    prompt: str  # cleaned, with any appended object phrases: what the text encoder reads
    tokens: TokenMatch | None
    masks: ObjectMasks | None
    columns: tuple[int, ...]  # unique object token positions
    token_groups: tuple[tuple[int, ...], ...]  # per object: indices into ``columns``
    blocks: tuple[int, ...]
    grid: tuple[int, int, int]  # latent frames, grid_h, grid_w
    capture_step: int | None

    @property
    def guides(self) -> bool:
        return self.masks is not None


def plan_guidance(pipe: Any, request: GenerationRequest, capture_step: int | None = None) -> GuidancePlan:
    """Match object names to tokens, rasterise the layout, choose blocks; errors say what to change."""
    from diffusers.pipelines.wan.pipeline_wan import prompt_clean

    config = request.guidance
    transformer = pipe.transformer
    _, patch_h, patch_w = transformer.config.patch_size
    cell_h, cell_w = pipe.vae_scale_factor_spatial * patch_h, pipe.vae_scale_factor_spatial * patch_w
    if request.height % cell_h or request.width % cell_w:
        raise GenerationError(f"guided Wan needs height and width divisible by {cell_h}×{cell_w}, "
                              f"got {request.height}×{request.width}")
    try:
        grid = (latent_frame_count(request.num_frames, pipe.vae_scale_factor_temporal), request.height // cell_h,
                request.width // cell_w)
    except LayoutError as exc:
        raise GenerationError(str(exc)) from None
    prompt = prompt_clean(request.prompt)
    layout = request.layout
    if layout is None or not layout.objects:
        check_guidance_layout(config, layout)
        return GuidancePlan(prompt, None, None, (), (), (), grid, None)
    prompt = with_background(prompt, layout.background if config.mode != "off" and config.background_prompt else "")
    num_blocks = len(transformer.blocks)
    blocks = tuple(sorted(set(config.blocks))) if config.blocks is not None else default_guided_blocks(num_blocks)
    if not blocks or not all(0 <= b < num_blocks for b in blocks):
        raise GenerationError(f"guided blocks must be a non-empty selection of 0-{num_blocks - 1}, got {config.blocks}")
    try:
        tokens = match_object_tokens(pipe.tokenizer, prompt, [(o.id, prompt_clean(o.name)) for o in layout.objects],
                                     max_length=WAN_TEXT_TOKENS)
    except TokenMatchError as exc:
        raise GenerationError(str(exc)) from None
    if prompt_clean(tokens.prompt) != tokens.prompt:
        raise GenerationError(f"the prompt with appended object names does not survive Wan's text cleaning: "
                              f"{tokens.prompt!r}; put the object names in the prompt")
    columns = tuple(sorted({p for o in layout.objects for p in tokens.positions[o.id]}))
    where = {p: i for i, p in enumerate(columns)}
    groups = tuple(tuple(where[p] for p in tokens.positions[o.id]) for o in layout.objects)
    masks = layout_token_masks(layout, request.num_frames, grid[1], grid[2], pipe.vae_scale_factor_temporal)
    if masks.masks.shape[1] != grid[0]:
        raise GenerationError(f"the layout gives {masks.masks.shape[1]} latent frames, the model {grid[0]}")
    if capture_step is None:
        capture_step = max(0, min(config.guided_steps, request.steps) - 1)
    if not 0 <= capture_step < request.steps:
        raise GenerationError(f"attention capture step {capture_step} is outside the {request.steps} denoising steps")
    capture = capture_step if config.capture_attention else None
    return GuidancePlan(tokens.prompt, tokens, masks, columns, groups, blocks, grid, capture)


def with_background(prompt: str, background: str) -> str:
    """LVD's prompt for a guided run: ``"{prompt}, {background} background"`` when there is a background."""
    from diffusers.pipelines.wan.pipeline_wan import prompt_clean

    background = prompt_clean(background).strip(" ,.")
    return f"{prompt.rstrip(' ,.')}, {background} background" if background else prompt


# ------------------------------------------------------------------------------------------------- run
class GuidanceOutcome(MethodOutcome):
    """Frames (uint8 [T, H, W, 3]), the captured attention, and the report: tokens, blocks, energies, timings."""


def apply_guidance(pipe: Any, request: GenerationRequest, *, progress: ProgressCallback | None = None,
                   cancel: CancelToken | None = None, attention_kwargs: dict[str, Any] | None = None,
                   capture_step: int | None = None) -> tuple[np.ndarray, AttentionMaps | None]:
    """Generate ``request`` with ``pipe`` (a diffusers ``WanPipeline``) under ``request.guidance``.

    Returns uint8 frames ``[T, H, W, 3]`` and the captured attention (``None`` without a layout or
    with ``capture_attention`` off). ``capture_step`` defaults to the last guided step.
    """
    outcome = run_guidance(pipe, request, progress=progress, cancel=cancel, attention_kwargs=attention_kwargs,
                           capture_step=capture_step)
    return outcome.frames, outcome.attention


def run_guidance(pipe: Any, request: GenerationRequest, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None, attention_kwargs: dict[str, Any] | None = None,
                 capture_step: int | None = None, report: dict[str, Any] | None = None) -> GuidanceOutcome:
    """``apply_guidance`` plus a report for the run record (filled into ``report`` when given, so a
    cancelled or failed run still leaves what it did). Runs the backend's one denoising path."""
    from ..backends.wan_denoising import denoise

    method = LayoutGuidance(request, capture_step=capture_step, report=report)
    return denoise(pipe, request, method, progress=progress, cancel=cancel, attention_kwargs=attention_kwargs).outcome


class LayoutGuidance:
    """LVD stage 2 as a denoising method (``pipelines.core.methods.DenoisingMethod``): the plan is made
    from the request when the prompt is asked for, the guided processors live as long as the run, step
    0's latents are guided before the first forward and step i+1's in the callback after step i."""

    def __init__(self, request: GenerationRequest, *, capture_step: int | None = None,
                 report: dict[str, Any] | None = None):
        self.config = request.guidance
        self.capture_step = capture_step
        self.report = report if report is not None else {}
        self.label = f"{self.config.mode} guidance" if self.config.mode != "off" else ""
        self.plan: GuidancePlan | None = None
        self.session: GuidanceSession | None = None
        self._guide: _EnergyGuide | None = None
        self._run: DenoisingRun | None = None
        self._started = time.perf_counter()

    def prompt(self, pipe: Any, request: GenerationRequest) -> str:
        self._started = time.perf_counter()
        config = self.config
        self.plan = plan = plan_guidance(pipe, request, self.capture_step)
        if config.mode == "energy" and getattr(pipe.transformer, "is_cache_enabled", False):
            raise GenerationError("energy guidance needs every block's attention: disable the transformer cache "
                                  "(FirstBlockCache) for guided runs")
        self.report.update({"mode": config.mode, "prompt": plan.prompt, "blocks": list(plan.blocks), "energies": {},
                            "iterations": {}})
        if plan.tokens is not None:
            self.report["tokens"] = {str(i): {"positions": list(p), "rule": plan.tokens.rules[i],
                                              "phrase": plan.tokens.phrases[i]}
                                     for i, p in plan.tokens.positions.items()}
        return plan.prompt

    @contextmanager
    def attached(self, run: DenoisingRun) -> Iterator[None]:
        import torch

        plan, config = self.plan, self.config
        if plan is None or not plan.guides:
            yield
            return
        transformer = run.pipe.transformer
        self._run = run
        self.session = session = build_session(plan, config, run.device)
        masks = torch.as_tensor(plan.masks.masks, device=run.device, dtype=torch.float32)  # type: ignore[union-attr]
        self._guide = _EnergyGuide(transformer, session, plan, config, masks, run.prompt_embeds, run.attention_kwargs,
                                   run.cancel, self.report)
        with guided_attention(transformer, plan.blocks, session), frozen_parameters(transformer), \
                scheduler_corrector(run.pipe.scheduler) as keep_guided:
            self._guide.keep_guided = keep_guided
            self._configure(0)
            yield

    def _configure(self, step: int) -> None:
        session, config = self.session, self.config
        session.phase = "denoise"  # type: ignore[union-attr]
        session.bias_on = config.mode == "attention-bias" and step < config.guided_steps  # type: ignore[union-attr]
        session.capture_on = step == self.plan.capture_step  # type: ignore[union-attr]

    def _guides_energy(self, step: int) -> bool:
        return self._guide is not None and self.config.mode == "energy" and step < self.config.guided_steps

    def first_latents(self, latents: "torch.Tensor") -> "torch.Tensor":
        if not self._guides_energy(0):
            return latents
        return self._guide(latents, 0, self._run.timesteps[0], self._run.sigmas[0])  # type: ignore[misc, union-attr]

    def step_end(self, step: int, latents: "torch.Tensor") -> "torch.Tensor | None":
        if self.session is None:
            return None
        following = step + 1
        if following >= self._run.request.steps:  # type: ignore[union-attr]
            self.session.phase = "idle"
            return None
        self._configure(following)
        if self._guides_energy(following):
            run = self._run
            return self._guide(latents, following, run.timesteps[following], run.sigmas[following])  # type: ignore
        return None

    def finish(self, frames: np.ndarray | None) -> GuidanceOutcome:
        self.report["seconds"] = time.perf_counter() - self._started
        attention = _attention_maps(self.plan, self.session) if self.session is not None else None  # type: ignore[arg-type]
        return GuidanceOutcome(frames, attention, self.report)  # type: ignore[arg-type]


@contextmanager
def scheduler_corrector(scheduler: Any) -> Iterator[Callable[[int], None]]:
    """Yield ``keep_guided(step)``, which stops UniPC's corrector from undoing a guidance update made
    to the latents entering ``step``: the corrector rebuilds them from the latents that entered the
    step before. Schedulers without a corrector are left alone; the setting is restored on exit."""
    if not hasattr(scheduler, "disable_corrector"):
        yield lambda step: None
        return
    original = scheduler.disable_corrector
    scheduler.disable_corrector = list(original)

    def keep_guided(step: int) -> None:
        if step > 0:  # the setting names the step the corrected latents came out of
            scheduler.disable_corrector.append(step - 1)

    try:
        yield keep_guided
    finally:
        scheduler.disable_corrector = original


@contextmanager
def frozen_parameters(module: Any) -> Iterator[None]:
    """Weights need no gradient during guidance; freezing them also stops autograd from saving every
    linear layer's input for a weight gradient, which is most of the energy backward's memory."""
    flags = [(p, p.requires_grad) for p in module.parameters()]
    module.requires_grad_(False)
    try:
        yield
    finally:
        for parameter, flag in flags:
            parameter.requires_grad_(flag)


def build_session(plan: GuidancePlan, config: GuidanceConfig, device: Any) -> GuidanceSession:
    """The processors' shared state for a planned request (attention-bias offsets included)."""
    import torch

    if max(plan.columns) >= plan.tokens.num_tokens:  # type: ignore[union-attr]
        raise GuidanceSetupError("object tokens fall outside the encoded prompt")
    session = GuidanceSession(columns=torch.as_tensor(plan.columns, device=device, dtype=torch.long),
                              num_real_tokens=plan.tokens.num_tokens)  # type: ignore[union-attr]
    if config.mode == "attention-bias":
        bias = attention_bias(plan.masks.image_token_masks, plan.token_groups, len(plan.columns),  # type: ignore[union-attr]
                              config.bias_strength)
        session.cell_bias = torch.as_tensor(bias, device=device)
    return session


class _EnergyGuide:
    """One guided denoising step: up to ``iterations`` × (threshold check on the carried energy →
    energy forward → update), with the energy carried from step to step as in LVD's loop."""

    def __init__(self, transformer: Any, session: GuidanceSession, plan: GuidancePlan, config: GuidanceConfig,
                 masks: "torch.Tensor", prompt_embeds: "torch.Tensor", attention_kwargs: dict | None,
                 cancel: CancelToken, report: dict):
        self.transformer, self.session, self.plan, self.config = transformer, session, plan, config
        self.masks, self.prompt_embeds, self.attention_kwargs = masks, prompt_embeds, attention_kwargs
        self.cancel, self.report = cancel, report
        self.settings = EnergySettings.from_config(config)
        self.keep_guided: Callable[[int], None] = lambda step: None
        frames = plan.grid[0]
        heads = int(transformer.config.num_attention_heads)
        self.units = threshold_scale(config.threshold_reference, frames, heads)  # reference → this backbone
        self.carried = 10000.0 / config.loss_scale if config.loss_scale else float("inf")  # LVD's starting loss
        if config.mode == "energy":
            report["threshold"] = {"reference": config.threshold_reference, "value": config.loss_threshold,
                                   "energy_per_unit": self.units, "on_this_backbone": config.loss_threshold * self.units}

    def __call__(self, latents: "torch.Tensor", step: int, timestep: "torch.Tensor", sigma: float) -> "torch.Tensor":
        import torch

        energies: list[float] = []
        updates = 0
        while updates < self.config.iterations and self.carried > self.config.loss_threshold:
            if self.cancel.cancelled:  # the denoising loop stops the run after this step
                break
            x = latents.detach().requires_grad_(True)
            with torch.enable_grad():
                energy = energy_at(self.transformer, self.session, self.plan, self.masks, self.settings, x, timestep,
                                   self.prompt_embeds, self.attention_kwargs, fast_path=self.config.fast_path)
                energies.append(float(energy.detach()))
                self.carried = energies[-1] / self.units
                if not np.isfinite(energies[-1]):
                    self.report.setdefault("warnings", []).append(f"step {step}: non-finite energy, update skipped")
                    break
                (gradient,) = torch.autograd.grad(energy * self.config.loss_scale, x)
            if not torch.isfinite(gradient).all():
                self.report.setdefault("warnings", []).append(f"step {step}: non-finite energy gradient, update skipped")
                break
            latents = (x - self.config.step_size * sigma * gradient).detach()
            updates += 1
        self.report["energies"][step] = energies
        self.report["iterations"][step] = updates
        if updates:
            self.keep_guided(step)
        return latents.detach()


def energy_at(transformer: Any, session: GuidanceSession, plan: GuidancePlan, masks: "torch.Tensor",
              settings: EnergySettings, latents: "torch.Tensor", timestep: "torch.Tensor", prompt_embeds: "torch.Tensor",
              attention_kwargs: dict | None = None, *, fast_path: bool = True) -> "torch.Tensor":
    """The layout energy E(latents) on the conditional branch (unscaled, differentiable w.r.t. ``latents``).

    Fast path: stop as soon as the last guided block has recorded its map; slow path: run the whole
    network. The guided processors (installed by ``guided_attention``) record the maps this reads.
    """
    previous = session.phase, session.bias_on, session.capture_on
    session.phase, session.bias_on, session.capture_on = "energy", False, False
    session.stop_after = max(plan.blocks) if fast_path else None
    session.energy_maps.clear()
    try:
        transformer(hidden_states=latents.to(transformer.dtype), timestep=timestep.expand(latents.shape[0]),
                    encoder_hidden_states=prompt_embeds, attention_kwargs=attention_kwargs, return_dict=False)
    except StopForward:
        pass
    finally:
        session.phase, session.bias_on, session.capture_on = previous
        session.stop_after = None
    frames, grid_h, grid_w = plan.grid
    maps = []
    for block in plan.blocks:
        probabilities = session.energy_maps.pop(block)  # [H, N, J]
        maps.append(probabilities.reshape(probabilities.shape[0], frames, grid_h, grid_w, -1))
    return layout_energy(maps, masks, plan.token_groups, settings)


def _attention_maps(plan: GuidancePlan, session: GuidanceSession) -> AttentionMaps | None:
    """Per object: the captured maps averaged over guided blocks and the object's tokens, with its in-box share."""
    if plan.capture_step is None or not session.captured:
        return None
    mean = sum(session.captured.values()) / len(session.captured)  # [N, J]
    frames, grid_h, grid_w = plan.grid
    maps, shares = [], []
    for o, group in enumerate(plan.token_groups):
        object_map = mean[:, list(group)].mean(-1).reshape(frames, grid_h, grid_w).numpy()
        maps.append(object_map)
        shares.append(in_box_share(object_map, plan.masks.masks[o]))  # type: ignore[union-attr]
    positions = tuple(plan.tokens.positions[i] for i in plan.masks.object_ids)  # type: ignore[union-attr]
    return AttentionMaps(object_ids=plan.masks.object_ids, token_positions=positions, maps=tuple(maps),  # type: ignore[union-attr]
                         step=plan.capture_step, in_box_share=tuple(shares))
