"""ProPhy's training losses as pure functions of tensors, and the physics maps they compare against.

* Flow matching: the backbone's own objective on the (preferred) training videos, with PhyGDPO's
  conventions (``pipelines/phygdpo/losses.py``: x_t = (1 − t)·x0 + t·x1, x0 = data, x1 = noise).
* Category BCE: the semantic router's category logits against the sample's physics categories.
* Alignment: where the refinement router sends tokens vs where the physics happens. The paper
  distils a VLM's physics attention maps into the refinement router; those maps are used when a
  batch provides them. The documented fallback is a layout (LVD stage 1): the boxes of the objects
  a planner places, interpolated to each latent frame — the objects are where the dynamics are.

Alignment, concretely: for every token, the router's mass on the experts of the sample's category
groups should be high inside the map and low outside (where ``ambient`` and other groups take it).
Physics regions are often small, so the BCE is balanced: the inside and the outside each weigh half.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor

PROBABILITY_EPS = 1e-6


def flow_matching_loss(v_pred: Tensor, x0: Tensor, x1: Tensor) -> Tensor:
    """Mean over the batch of PhyGDPO's per-sample flow-matching error ‖v − (x1 − x0)‖²."""
    from ..phygdpo.losses import flow_matching_error

    return flow_matching_error(v_pred, x0, x1).mean()


def category_loss(category_logits: Tensor, labels: Tensor, labelled: Tensor) -> Tensor:
    """Multi-label BCE of [B, C] logits against 0/1 ``labels``, over the ``labelled`` [B] samples only.

    Zero (still attached to the graph) when no sample is labelled, so a step never fails on it.
    """
    per_sample = F.binary_cross_entropy_with_logits(category_logits.float(), labels.float(), reduction="none").mean(-1)
    return _masked_mean(per_sample, labelled, like=category_logits)


def category_accuracy(category_logits: Tensor, labels: Tensor, labelled: Tensor) -> float:
    """Share of labelled samples whose most likely category is one of their labels (NaN if none is labelled)."""
    if not bool(labelled.any()):
        return float("nan")
    top = category_logits.argmax(-1)
    hits = labels.gather(-1, top.unsqueeze(-1)).squeeze(-1) > 0
    return float(hits[labelled].float().mean())


def alignment_loss(group_probs: Tensor, target: Tensor, target_groups: Tensor, valid: Tensor) -> Tensor:
    """Balanced BCE between the router mass on each sample's target groups and its physics map.

    ``group_probs`` [B, N, G]: router mass per expert group for each token; ``target`` [B, N] in [0, 1];
    ``target_groups`` [B, G] bool: the groups meant to cover the map (the sample's categories);
    ``valid`` [B] bool: samples that have a map and a category. Per sample:
    ½·Σ m·(−log p)/Σ m + ½·Σ (1−m)·(−log(1−p))/Σ (1−m), with p the mass on the target groups; a side
    with no weight (an all-zero or all-one map) is left out. Mean over valid samples; zero if none.
    """
    mass = (group_probs.float() * target_groups.to(group_probs.device, torch.float32).unsqueeze(1)).sum(-1)
    p = mass.clamp(PROBABILITY_EPS, 1.0 - PROBABILITY_EPS)
    m = target.to(p.device, torch.float32)
    inside_weight, outside_weight = m.sum(-1), (1.0 - m).sum(-1)
    inside = -(m * p.log()).sum(-1) / inside_weight.clamp_min(PROBABILITY_EPS)
    outside = -((1.0 - m) * (1.0 - p).log()).sum(-1) / outside_weight.clamp_min(PROBABILITY_EPS)
    has_inside, has_outside = inside_weight > PROBABILITY_EPS, outside_weight > PROBABILITY_EPS
    sides = has_inside.float() + has_outside.float()
    per_sample = (inside * has_inside + outside * has_outside) / sides.clamp_min(1.0)
    return _masked_mean(per_sample, valid.to(p.device) & (sides > 0), like=group_probs)


def _masked_mean(values: Tensor, mask: Tensor, *, like: Tensor) -> Tensor:
    mask = mask.to(values.device)
    if not bool(mask.any()):
        return like.sum() * 0.0
    return values[mask].mean()


# ---------------------------------------------------------------------- physics maps on the token grid
def latent_frame_groups(num_video_frames: int, num_latent_frames: int) -> list[list[int]]:
    """Video frames behind each latent frame: Wan's VAE keeps frame 0 alone, then groups of 4."""
    if num_video_frames == 4 * (num_latent_frames - 1) + 1:
        return [[0]] + [list(range(4 * f - 3, 4 * f + 1)) for f in range(1, num_latent_frames)]
    raise ValueError(f"{num_video_frames} video frames do not map onto {num_latent_frames} latent frames "
                     f"(Wan needs {4 * (num_latent_frames - 1) + 1})")


def resize_map_to_grid(physics_map: Any, grid: Sequence[int], *, normalise: bool = True) -> Tensor:
    """A [T, H, W] physics map (VLM attention over video frames, any resolution) → float32 [F, h, w].

    Time: T equal to the latent frames is kept; T = 4(F−1)+1 video frames are averaged per latent
    frame as the VAE groups them; anything else is resampled linearly. Space: area-averaged when
    shrinking, bilinear when growing. ``normalise`` rescales each frame to max 1 (attention maps have
    arbitrary scale; a frame with no attention stays zero).
    """
    frames, height, width = (int(v) for v in grid)
    maps = torch.as_tensor(np.asarray(physics_map, dtype=np.float32))
    if maps.ndim != 3:
        raise ValueError(f"a physics map must be [frames, height, width], got shape {tuple(maps.shape)}")
    if maps.shape[0] == frames:
        timed = maps
    elif maps.shape[0] == 4 * (frames - 1) + 1:
        timed = torch.stack([maps[group].mean(0) for group in latent_frame_groups(maps.shape[0], frames)])
    else:
        timed = F.interpolate(maps.permute(1, 2, 0).reshape(1, -1, maps.shape[0]), size=frames, mode="linear",
                              align_corners=True).reshape(maps.shape[1], maps.shape[2], frames).permute(2, 0, 1)
    if timed.shape[1] >= height and timed.shape[2] >= width:
        spatial = F.adaptive_avg_pool2d(timed.unsqueeze(1), (height, width)).squeeze(1)
    else:
        spatial = F.interpolate(timed.unsqueeze(1), size=(height, width), mode="bilinear", align_corners=False).squeeze(1)
    spatial = spatial.clamp_min(0.0)
    if normalise:
        peak = spatial.flatten(1).amax(-1).view(-1, 1, 1)
        spatial = torch.where(peak > 0, spatial / peak.clamp_min(1e-12), spatial)
    return spatial


def layout_token_map(layout: Any, grid: Sequence[int]) -> np.ndarray:
    """Fallback physics map from a layout: 1 on the tokens inside any present object's box, per latent frame."""
    from ..core.layout import box_to_token_mask, interpolate_latent_frames

    frames, height, width = (int(v) for v in grid)
    boxes = interpolate_latent_frames(layout, 4 * (frames - 1) + 1)
    mask = np.zeros((frames, height, width), dtype=bool)
    for obj in range(boxes.boxes.shape[0]):
        for f in range(frames):
            if boxes.present[obj, f]:
                mask[f] |= box_to_token_mask(boxes.boxes[obj, f], height, width)
    return mask.astype(np.float32)
