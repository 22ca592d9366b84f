"""What a ProPhy branch decided for a prompt: its category belief and where each expert acted.

* ``category_distribution``: the semantic router's distribution over physics categories (text only,
  no denoising).
* ``inspect_prompt``: one generation with the routing of the conditional branch recorded at one
  denoising step; per refinement block, each token's most probable expert as a [F, H/16, W/16] array
  (the latent token grid: frames × (H/8)/2 × (W/8)/2), plus the decoded frames.
* ``expert_overlay``: those choices painted over the decoded frames (RGB, numpy/cv2), one colour
  family per physics category, grey for ``ambient``.
* ``category_figure`` / ``expert_usage_figure``: plotly figures for the studio (plotly imported inside).
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core.layout import latent_frame_of
from .config import AMBIENT

# Base colours (RGB) of the default categories; other categories get evenly spaced hues.
CATEGORY_COLOURS = {"mechanics": (66, 133, 244), "optics": (251, 188, 5), "thermal": (234, 67, 53),
                    "material": (52, 168, 83), AMBIENT: (150, 150, 150)}


@dataclass(frozen=True)
class ProPhyInspection:
    prompt: str
    categories: dict[str, float]  # semantic router: category → probability (sums to one)
    group_names: tuple[str, ...]  # refinement expert groups: the categories, then ambient
    expert_groups: tuple[int, ...]  # group index of each refinement expert
    expert_choice: dict[int, np.ndarray]  # refinement block → [F, h, w] int: each token's most probable expert
    expert_probs: dict[int, np.ndarray]  # refinement block → [F, h, w, E] float32 router probabilities
    step: int | None  # denoising step recorded (None = the last)
    frames: np.ndarray | None = None  # decoded video, uint8 [T, H, W, 3]

    def group_choice(self, block: int) -> np.ndarray:
        """[F, h, w] group index (into ``group_names``) of each token's chosen expert."""
        return np.asarray(self.expert_groups)[self.expert_choice[block]]


def _require_attachment(transformer: Any) -> Any:
    from .attach import attachment_of

    attachment = attachment_of(transformer)
    if attachment is None or not attachment.enabled:
        raise ValueError("no active ProPhy module on this transformer: activate a ProPhy variant first")
    return attachment


def category_distribution(pipe: Any, prompt: str) -> dict[str, float]:
    """The semantic router's category probabilities for ``prompt``, from the text alone."""
    import torch

    from .attach import real_token_mask

    transformer = pipe.transformer
    attachment = _require_attachment(transformer)
    with torch.no_grad():
        embeds, _ = pipe.encode_prompt(prompt, do_classifier_free_guidance=False, max_sequence_length=512,
                                       device=pipe._execution_device)
        embeds = embeds.to(transformer.dtype)
        text = transformer.condition_embedder.text_embedder(embeds)
        attachment.module.to(text.device)
        semantic = attachment.module.prior(text, real_token_mask(embeds))
    probs = semantic.category_probabilities()[0].cpu().tolist()
    return dict(zip(attachment.module.config.categories, probs))


def inspect_prompt(pipe: Any, prompt: str, *, negative_prompt: str | None = None, height: int = 480,
                   width: int = 832, num_frames: int = 81, steps: int = 50, cfg_scale: float = 5.0, seed: int = 0,
                   step: int | None = None, decode: bool = True) -> ProPhyInspection:
    """Generate once with the active ProPhy branch and record its routing at denoising ``step`` (None: the last)."""
    from ..backends.wan_denoising import denoise
    from ..core.generation import GenerationRequest

    request = GenerationRequest(prompt=prompt, negative_prompt=negative_prompt or "", height=height, width=width,
                                num_frames=num_frames, steps=steps, cfg_scale=cfg_scale, seed=seed)
    return denoise(pipe, request, RoutingInspection(step), decode=decode).outcome


class RoutingInspection:
    """The inspection as a denoising method (``pipelines.core.methods.DenoisingMethod``): while the run
    lasts, the attached branch records the routing of the pipeline's conditional call at ``step``."""

    label = ""

    def __init__(self, step: int | None = None):
        self.step = step
        self._pipe: Any = None
        self._prompt = ""
        self._captured: dict[int, Any] = {}

    def prompt(self, pipe: Any, request: Any) -> str:
        _require_attachment(pipe.transformer)
        if self.step is not None and not 0 <= self.step < request.steps:
            raise ValueError(f"step must be in 0..{request.steps - 1} (or None for the last), got {self.step}")
        self._pipe, self._prompt = pipe, request.prompt
        return request.prompt

    @contextmanager
    def attached(self, run: Any) -> Iterator[None]:
        with _require_attachment(run.pipe.transformer).capturing(self.step) as captured:
            self._captured = captured
            yield

    def first_latents(self, latents: Any) -> Any:
        return latents

    def step_end(self, step: int, latents: Any) -> None:
        return None

    def finish(self, frames: np.ndarray | None) -> ProPhyInspection:
        attachment = _require_attachment(self._pipe.transformer)
        module, grid = attachment.module, attachment.grid
        choice, probs = {}, {}
        for block, routing in self._captured.items():
            choice[block] = routing.indices[0, :, 0].reshape(grid).numpy().astype(np.int64)
            probs[block] = routing.probs[0].reshape(*grid, -1).float().numpy()
        return ProPhyInspection(prompt=self._prompt, categories=category_distribution(self._pipe, self._prompt),
                                group_names=module.group_names,
                                expert_groups=tuple(module.config.refinement_expert_groups()),
                                expert_choice=choice, expert_probs=probs, step=self.step, frames=frames)


# ---------------------------------------------------------------------- overlays
def group_colour(name: str, index: int, count: int) -> tuple[int, int, int]:
    if name in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[name]
    r, g, b = colorsys.hsv_to_rgb((index / max(1, count)) % 1.0, 0.75, 0.95)
    return int(r * 255), int(g * 255), int(b * 255)


def expert_palette(group_names: tuple[str, ...], expert_groups: tuple[int, ...]) -> np.ndarray:
    """[E, 3] uint8: each expert in its group's colour, lighter for the group's later experts."""
    palette = np.zeros((len(expert_groups), 3), dtype=np.float64)
    for expert, group in enumerate(expert_groups):
        members = [e for e, g in enumerate(expert_groups) if g == group]
        rank = members.index(expert)
        base = np.asarray(group_colour(group_names[group], group, len(group_names)), dtype=np.float64)
        lighten = 0.45 * rank / max(1, len(members) - 1) if len(members) > 1 else 0.0
        palette[expert] = base + (255.0 - base) * lighten
    return palette.round().astype(np.uint8)


def expert_overlay(frames: np.ndarray, expert_choice: np.ndarray, palette: np.ndarray, *,
                   alpha: float = 0.45) -> np.ndarray:
    """Blend each token's expert colour over ``frames`` (uint8 [T, H, W, 3]); ``expert_choice`` [F, h, w]."""
    import cv2

    frames = np.asarray(frames)
    if frames.ndim != 4 or frames.shape[-1] != 3:
        raise ValueError(f"frames must be uint8 [T, H, W, 3], got shape {frames.shape}")
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must be in [0, 1], got {alpha}")
    count, height, width = frames.shape[:3]
    latent_frames = expert_choice.shape[0]
    out = np.empty_like(frames)
    for t in range(count):
        cells = expert_choice[latent_frame_of(t, count, latent_frames)].astype(np.int32)
        colour = palette[cv2.resize(cells, (width, height), interpolation=cv2.INTER_NEAREST)]
        blended = (1.0 - alpha) * frames[t].astype(np.float32) + alpha * colour.astype(np.float32)
        out[t] = np.clip(blended.round(), 0, 255).astype(np.uint8)
    return out


def inspection_overlay(inspection: ProPhyInspection, block: int | None = None, *, alpha: float = 0.45) -> np.ndarray:
    """``expert_overlay`` of an inspection's decoded frames, for ``block`` (default: the first refinement block)."""
    if inspection.frames is None:
        raise ValueError("this inspection has no decoded frames (inspect_prompt(..., decode=True))")
    block = min(inspection.expert_choice) if block is None else block
    palette = expert_palette(inspection.group_names, inspection.expert_groups)
    return expert_overlay(inspection.frames, inspection.expert_choice[block], palette, alpha=alpha)


# ---------------------------------------------------------------------- plotly
def category_figure(categories: dict[str, float], title: str = "Semantic router: physics categories") -> Any:
    import plotly.graph_objects as go

    names = list(categories)
    colours = [f"rgb{group_colour(name, i, len(names))}" for i, name in enumerate(names)]
    figure = go.Figure(go.Bar(x=names, y=[categories[n] for n in names], marker_color=colours))
    figure.update_layout(title=title, yaxis=dict(title="probability", range=[0, 1]), margin=dict(l=40, r=10, t=40, b=30))
    return figure


def expert_usage_figure(inspection: ProPhyInspection, block: int | None = None) -> Any:
    """Stacked bars per latent frame: the share of tokens whose chosen expert belongs to each group."""
    import plotly.graph_objects as go

    block = min(inspection.expert_choice) if block is None else block
    groups = inspection.group_choice(block)
    frames = groups.shape[0]
    figure = go.Figure()
    for index, name in enumerate(inspection.group_names):
        share = (groups == index).reshape(frames, -1).mean(axis=1)
        figure.add_trace(go.Bar(x=list(range(frames)), y=share, name=name,
                                marker_color=f"rgb{group_colour(name, index, len(inspection.group_names))}"))
    figure.update_layout(barmode="stack", title=f"Refinement experts, block {block}",
                         xaxis=dict(title="latent frame"), yaxis=dict(title="share of tokens", range=[0, 1]),
                         margin=dict(l=40, r=10, t=40, b=30))
    return figure
