"""ProPhy's training losses and held-out metrics as pure functions of tensors (torch only).

* Flow matching: the backbone's own objective on the preferred training videos, with the
  rectified-flow conventions of the PhyGDPO trainer: x_t = (1 − t)·x0 + t·x1, x0 = data, x1 = noise.
* Category cross-entropy: the semantic router's category distribution against the sample's categories.
* Alignment (with ambient targeting): where the refinement router sends tokens vs where the physics
  happens, as a per-token cross-entropy over expert *groups*: a token inside the physics map should
  put its mass on the sample's category groups, a token outside it on the ``ambient`` group. Inside
  and outside each weigh half. For any routing that is the same for every token of a sample (no
  localisation) the loss is at least ln 2 (reached at half category, half ambient everywhere), so
  the loss can only fall below ln 2 by routing inside and outside differently.
* Load balance: Switch-Transformer's N·Σ f_i·P_i, computed *within* each expert group (the
  categories and ambient), so it keeps every expert of a group alive without fighting the alignment
  loss over how much of the video each group covers (f_i: share of the group's top-k assignments
  that went to expert i, P_i: expert i's share of the group's router mass; 1 when balanced).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor

from ..phygdpo.losses import flow_matching_error

PROBABILITY_EPS = 1e-6
NO_LOCALISATION_FLOOR = math.log(2.0)  # alignment loss of the best token-independent routing


def flow_matching_loss(v_pred: Tensor, x0: Tensor, x1: Tensor) -> Tensor:
    """Mean over the batch of PhyGDPO's per-sample flow-matching error ‖v − (x1 − x0)‖², in float32."""
    return flow_matching_error(v_pred, x0, x1).mean()


def category_loss(category_logits: Tensor, labels: Tensor, labelled: Tensor) -> Tensor:
    """Cross-entropy of the [B, C] category distribution (softmax of the logits, i.e. the semantic
    router's mass per category group) against the labels spread evenly, over ``labelled`` samples.

    A softmax target rather than per-category BCE: it trains exactly the routing mass the prior
    tokens are mixed with, and on the synthetic learning test it learns as fast as a probe trained
    directly (BCE on the grouped logsumexp lagged it by ~10 points at equal steps). Zero (still
    attached to the graph) when no sample is labelled.
    """
    target = labels.float() / labels.float().sum(-1, keepdim=True).clamp_min(1.0)
    per_sample = -(target * category_logits.float().log_softmax(-1)).sum(-1)
    return _masked_mean(per_sample, labelled, like=category_logits)


def category_accuracy(category_logits: Tensor, labels: Tensor, labelled: Tensor) -> float:
    """Share of labelled samples whose most likely category is one of their labels (NaN if none is labelled)."""
    if not bool(labelled.any()):
        return float("nan")
    top = category_logits.argmax(-1)
    hits = labels.gather(-1, top.unsqueeze(-1)).squeeze(-1) > 0
    return float(hits[labelled].float().mean())


def alignment_terms(group_probs: Tensor, target: Tensor, target_groups: Tensor) -> tuple[Tensor, Tensor]:
    """(inside, outside) [B] terms of the alignment loss (zero for a side the map does not have).

    ``group_probs`` [B, N, G]: router mass per expert group (categories, then ambient last) for each
    token; ``target`` [B, N] in [0, 1]; ``target_groups`` [B, G] bool: the groups meant to cover the
    map (the sample's categories).
    inside = Σ m·(−log p_cat)/Σ m, outside = Σ (1−m)·(−log p_ambient)/Σ (1−m).
    """
    probs = group_probs.float()
    on_target = (probs * target_groups.to(probs.device, torch.float32).unsqueeze(1)).sum(-1)
    p_cat = on_target.clamp(PROBABILITY_EPS, 1.0)
    p_amb = probs[..., -1].clamp(PROBABILITY_EPS, 1.0)
    m = target.to(probs.device, torch.float32)
    inside_weight, outside_weight = m.sum(-1), (1.0 - m).sum(-1)
    inside = -(m * p_cat.log()).sum(-1) / inside_weight.clamp_min(PROBABILITY_EPS)
    outside = -((1.0 - m) * p_amb.log()).sum(-1) / outside_weight.clamp_min(PROBABILITY_EPS)
    return inside * (inside_weight > PROBABILITY_EPS), outside * (outside_weight > PROBABILITY_EPS)


def alignment_loss(group_probs: Tensor, target: Tensor, target_groups: Tensor, valid: Tensor) -> Tensor:
    """Balanced per-token group cross-entropy (module docstring): ½·inside + ½·outside per sample.

    A side with no weight (an all-zero or all-one map) is left out. Mean over valid samples; zero
    (attached to the graph) if none.
    """
    m = target.to(group_probs.device, torch.float32)
    has_inside, has_outside = m.sum(-1) > PROBABILITY_EPS, (1.0 - m).sum(-1) > PROBABILITY_EPS
    inside, outside = alignment_terms(group_probs, target, target_groups)
    sides = has_inside.float() + has_outside.float()
    per_sample = (inside + outside) / sides.clamp_min(1.0)
    return _masked_mean(per_sample, valid.to(m.device) & (sides > 0), like=group_probs)


def load_balance_loss(probs: Tensor, indices: Tensor, expert_groups: Tensor, num_groups: int) -> Tensor:
    """Switch-style N·Σ f_i·P_i within each expert group, averaged over the groups that got tokens.

    ``probs`` [B, N, E] dense router probabilities, ``indices`` [B, N, k] chosen experts,
    ``expert_groups`` [E] group of each expert. f (counts of top-k choices) carries no gradient;
    P does, so the term lowers the router mass of the experts a group overuses. A group of one
    expert contributes its constant 1.
    """
    probs = probs.float().reshape(-1, probs.shape[-1])
    experts = probs.shape[-1]
    groups = expert_groups.to(probs.device)
    counts = torch.bincount(indices.reshape(-1).to(probs.device), minlength=experts).float()
    member = F.one_hot(groups, num_groups).float()  # [E, G]
    group_counts = counts @ member  # [G]
    mass = probs.sum(0)  # [E]
    group_mass = mass @ member  # [G]
    f = counts / (group_counts @ member.T).clamp_min(1.0)
    p = mass / (group_mass @ member.T).clamp_min(PROBABILITY_EPS)
    size = member.sum(0)  # experts per group
    per_group = size * ((f * p) @ member)  # [G]
    used = group_counts > 0
    if not bool(used.any()):
        return probs.sum() * 0.0
    return per_group[used].mean()


# ---------------------------------------------------------------------- held-out metrics
def binary_auc(scores: Tensor, labels: Tensor) -> float:
    """Area under the ROC curve (Mann-Whitney U with average ranks for ties); NaN without both classes."""
    scores = scores.detach().double().reshape(-1).cpu()
    labels = labels.detach().bool().reshape(-1).cpu()
    positives, negatives = int(labels.sum()), int((~labels).sum())
    if positives == 0 or negatives == 0:
        return float("nan")
    order = scores.argsort()
    ranks = torch.empty_like(scores)
    sorted_scores = scores[order]
    # average rank within runs of equal scores
    _, inverse, counts = torch.unique_consecutive(sorted_scores, return_inverse=True, return_counts=True)
    ends = counts.cumsum(0).double()
    mean_rank = ends - (counts.double() - 1.0) / 2.0
    ranks[order] = mean_rank[inverse]
    rank_sum = float(ranks[labels].sum())
    return (rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives)


def summarise_loads(metrics: dict[str, float]) -> dict[str, float]:
    """Add ``load_min`` (the least used expert's share) to metrics averaged over several batches."""
    loads = [value for key, value in metrics.items() if key.startswith("load_e")]
    return {**metrics, "load_min": min(loads)} if loads else dict(metrics)


def routing_metrics(group_probs: Tensor, indices: Tensor, expert_groups: Tensor, target: Tensor,
                    target_groups: Tensor, valid: Tensor, num_experts: int) -> dict[str, float]:
    """Localisation and balance of one refinement router on a batch of mapped samples.

    routing_auc: per sample, the AUC of the mass on the physics groups (1 − ambient) as a detector of its map (map ≥ ½), averaged:
    localisation alone; category_routing_auc: the same with the mass on the sample's own category groups, which also rewards
    knowing the category (object tokens that show their category score high even where the maps are noise); routing_iou: per
    sample, IoU of "top-1 expert in a category group" with the map; ambient_outside: share of tokens outside the maps whose top-1
    expert is ambient; load_e{i}: expert i's share of all top-k choices; load_entropy: entropy of that load / ln E (1 = perfectly
    even); router_entropy: mean per-token entropy of the group distribution / ln G.
    """
    probs = group_probs.detach().float()
    groups = expert_groups.to(probs.device)
    top_group = groups[indices[..., 0].to(probs.device)]  # [B, N]
    mask = target.to(probs.device) >= 0.5
    aucs, category_aucs, ious, outside_hits, outside_total = [], [], [], 0.0, 0.0
    for row in range(probs.shape[0]):
        if not bool(valid[row]):
            continue
        wanted = target_groups[row].to(probs.device)
        for scores, into in (((probs[row] * wanted.float()).sum(-1), category_aucs), (1.0 - probs[row, :, -1], aucs)):
            auc = binary_auc(scores, mask[row])
            if not math.isnan(auc):
                into.append(auc)
        chosen = wanted[top_group[row]]
        union = (chosen | mask[row]).sum()
        if int(union) > 0:
            ious.append(float((chosen & mask[row]).sum()) / float(union))
        outside = ~mask[row]
        outside_hits += float((top_group[row][outside] == probs.shape[-1] - 1).sum())
        outside_total += float(outside.sum())
    counts = torch.bincount(indices.reshape(-1).cpu(), minlength=num_experts).double()
    load = counts / counts.sum().clamp_min(1.0)
    nonzero = load[load > 0]
    load_entropy = float(-(nonzero * nonzero.log()).sum() / math.log(num_experts)) if num_experts > 1 else 1.0
    token_entropy = -(probs.clamp_min(1e-12) * probs.clamp_min(1e-12).log()).sum(-1)
    metrics = {
        "routing_auc": float(np.mean(aucs)) if aucs else math.nan,
        "category_routing_auc": float(np.mean(category_aucs)) if category_aucs else math.nan,
        "routing_iou": float(np.mean(ious)) if ious else math.nan,
        "ambient_outside": outside_hits / outside_total if outside_total else math.nan,
        "load_entropy": load_entropy,
        "router_entropy": float(token_entropy.mean() / math.log(probs.shape[-1])),
    }
    metrics.update({f"load_e{i}": float(v) for i, v in enumerate(load)})
    return metrics


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
