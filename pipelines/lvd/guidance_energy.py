"""LVD's layout energy as pure functions of tensors: attention maps and box masks in, a scalar out.

For an object o on latent frame f, one of its tokens j and one head h, with ``a`` the attention of
the frame's image cells to token j and ``M`` the object's box mask on the token grid:

    fg = 1 − mean(topk(a⊙M, k_fg))        k_fg = max(1, ⌊p·|M|⌋)     (1 where the object is absent)
    bg = mean(topk(a⊙(1−M), k_bg))        k_bg = max(1, ⌊p·|1−M|⌋)
    com = ‖c(a_f) − c(M_f)‖² + ‖(c(a_f+1) − c(a_f)) − (c(M_f+1) − c(M_f))‖²

with ``c`` the centre of mass in token-grid cells (rows, columns). The position term needs the
object on frame f, the velocity term on f and f+1 (the last frame has no velocity term).
Per frame and token, ``w_fg·fg + w_bg·bg`` is summed over heads and ``w_com·com`` averaged over heads;
that is summed over frames, averaged over the object's tokens, and the sum over objects and guided
blocks is divided by objects × blocks, as LVD's official code does. The energy therefore grows with
heads and frames: ``threshold_scale`` maps a threshold set for another backbone onto this one.
On a frame where the object is absent the whole frame is background, so the bg term suppresses it;
fg there is the constant 1 (an empty box has nothing to reward), which keeps the energy's level
equal to LVD's for the threshold test.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import torch


@dataclass(frozen=True)
class EnergySettings:
    topk_fraction: float = 0.75
    fg_weight: float = 1.0
    bg_weight: float = 4.0
    com_weight: float = 0.03

    @classmethod
    def from_config(cls, config: Any) -> "EnergySettings":
        """Read the energy fields of a ``GuidanceConfig``."""
        return cls(config.topk_fraction, config.fg_weight, config.bg_weight, config.com_weight)


def topk_counts(masks: "torch.Tensor", fraction: float) -> tuple["torch.Tensor", "torch.Tensor"]:
    """``k_fg, k_bg = max(1, ⌊p·|region|⌋)`` per mask; ``masks`` is ``[..., cells]`` of 0/1."""
    import torch

    inside = masks.sum(-1)
    outside = masks.shape[-1] - inside
    k_fg = torch.clamp(torch.floor(inside * fraction), min=1).long()
    k_bg = torch.clamp(torch.floor(outside * fraction), min=1).long()
    return k_fg, k_bg


def topk_mean(values: "torch.Tensor", k: "torch.Tensor") -> "torch.Tensor":
    """Mean of the ``k`` largest entries along the last dim, with a different ``k`` per row."""
    k = k.expand(values.shape[:-1])
    top = values.topk(int(k.max()), dim=-1).values
    return top.cumsum(-1).gather(-1, (k - 1).unsqueeze(-1)).squeeze(-1) / k.to(values.dtype)


def center_of_mass(maps: "torch.Tensor") -> tuple["torch.Tensor", "torch.Tensor"]:
    """Centre of mass ``(row, column)`` in cells of non-negative maps ``[..., grid_h, grid_w]``."""
    import torch

    grid_h, grid_w = maps.shape[-2:]
    rows = torch.arange(grid_h, dtype=maps.dtype, device=maps.device)
    cols = torch.arange(grid_w, dtype=maps.dtype, device=maps.device)
    total = maps.sum((-2, -1)).clamp_min(torch.finfo(maps.dtype).tiny)
    return (maps.sum(-1) * rows).sum(-1) / total, (maps.sum(-2) * cols).sum(-1) / total


def object_energy(attention: "torch.Tensor", masks: "torch.Tensor", settings: EnergySettings) -> "torch.Tensor":
    """Energy of one object in one block: ``attention`` ``[heads, frames, grid_h, grid_w, tokens]``,
    ``masks`` ``[frames, grid_h, grid_w]`` (0/1). fg/bg summed and com averaged over heads, summed over
    frames, mean over tokens."""
    heads, frames, grid_h, grid_w, tokens = attention.shape
    maps = attention.permute(0, 1, 4, 2, 3)  # [H, F, T, gh, gw]
    cells = maps.reshape(heads, frames, tokens, grid_h * grid_w)
    mask = masks.to(attention.dtype).reshape(1, frames, 1, grid_h * grid_w)
    present = mask.sum(-1) > 0  # [1, F, 1]
    k_fg, k_bg = topk_counts(mask, settings.topk_fraction)
    fg = 1 - topk_mean(cells * mask, k_fg)  # an empty box gives topk of zeros: fg = 1, as LVD
    bg = topk_mean(cells * (1 - mask), k_bg)
    loss = (settings.fg_weight * fg + settings.bg_weight * bg).sum(0)  # [F, T], summed over heads
    if settings.com_weight:
        com = _com_loss(maps, masks.to(attention.dtype), present.reshape(frames)).mean(0)  # averaged over heads
        loss = loss + settings.com_weight * com
    return loss.sum(0).mean()


def _com_loss(maps: "torch.Tensor", masks: "torch.Tensor", present: "torch.Tensor") -> "torch.Tensor":
    """Position + velocity centre-of-mass term per ``[H, F, T]`` (zero where it does not apply)."""
    import torch

    att_r, att_c = center_of_mass(maps)  # [H, F, T]
    box_r, box_c = center_of_mass(masks)  # [F]
    box_r, box_c = box_r[None, :, None], box_c[None, :, None]
    position = ((att_r - box_r) ** 2 + (att_c - box_c) ** 2) * present[None, :, None]
    velocity = torch.zeros_like(position)
    if maps.shape[1] > 1:
        both = (present[:-1] & present[1:])[None, :, None]
        d_att_r, d_att_c = att_r[:, 1:] - att_r[:, :-1], att_c[:, 1:] - att_c[:, :-1]
        d_box_r, d_box_c = box_r[:, 1:] - box_r[:, :-1], box_c[:, 1:] - box_c[:, :-1]
        step = ((d_att_r - d_box_r) ** 2 + (d_att_c - d_box_c) ** 2) * both
        velocity = torch.cat([step, torch.zeros_like(position[:, :1])], dim=1)
    return position + velocity


def layout_energy(attention: "Sequence[torch.Tensor] | torch.Tensor", masks: "torch.Tensor",
                  token_groups: Sequence[Sequence[int]], settings: EnergySettings) -> "torch.Tensor":
    """LVD's energy over guided blocks and objects (module docstring), before ``loss_scale``.

    ``attention[b]``: ``[heads, frames, grid_h, grid_w, columns]``, the block's attention of image
    cells to the object-token columns; ``masks``: ``[objects, frames, grid_h, grid_w]``;
    ``token_groups[o]``: object o's column indices into ``columns``.
    """
    import torch

    blocks = list(attention)
    if not blocks or not token_groups:
        raise ValueError("layout energy needs at least one guided block and one object")
    total = torch.zeros((), dtype=blocks[0].dtype, device=blocks[0].device)
    for block in blocks:
        for o, columns in enumerate(token_groups):
            index = torch.as_tensor(list(columns), device=block.device, dtype=torch.long)
            total = total + object_energy(block.index_select(-1, index), masks[o], settings)
    return total / (len(blocks) * len(token_groups))


# LVD's guided cross-attention layers on ModelScope/Zeroscope's UNet (down 1, down 2 ×2, up 1 ×2, up 2)
# have 10, 20, 20, 20, 20 and 10 heads (64-dimensional heads on 640 and 1280 channels); the energy is
# divided by the number of layers, so one unit of LVD's threshold covers their mean, 50/3 heads.
LVD_MEAN_HEADS = 50 / 3
THRESHOLD_REFERENCES: dict[str, float | None] = {
    "modelscope": 16 * LVD_MEAN_HEADS,  # 16 frames (README: threshold 250 for weak guidance, 200 benchmark)
    "zeroscope": 24 * LVD_MEAN_HEADS,  # 24 frames (README: threshold 350 for weak guidance)
    "per-frame-head": 1.0,  # the threshold is already per frame and head
    "raw": None,  # compare the energy as computed on this backbone, unmapped
}


def threshold_scale(reference: str, frames: int, heads: int) -> float:
    """Factor from a threshold's reference units to this backbone's energy: the energy sums fg/bg over
    heads and frames, so a threshold meaning the same per frame and head scales with frames × heads.
    (The centre-of-mass term is averaged over heads, so for it the mapping is exact only per frame.)"""
    if reference not in THRESHOLD_REFERENCES:
        raise ValueError(f"threshold reference must be one of {', '.join(THRESHOLD_REFERENCES)}, got {reference!r}")
    units = THRESHOLD_REFERENCES[reference]
    return 1.0 if units is None else frames * heads / units


def in_box_share(maps: np.ndarray, masks: np.ndarray) -> float:
    """Share of an object's attention mass (``maps`` ``[frames, grid_h, grid_w]``) inside its boxes;
    frames where the object is absent count as outside."""
    maps = np.asarray(maps, dtype=np.float64)
    total = maps.sum()
    return float((maps * np.asarray(masks, dtype=bool)).sum() / total) if total > 0 else 0.0
