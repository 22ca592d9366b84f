"""PhyGDPO losses as pure functions of per-sample flow-matching errors (PhyGDPO paper, Eq. 2–14).

Convention (rectified flow, as diffusers' FlowMatchEulerDiscreteScheduler and Wan use it):
x_t = (1 − t)·x0 + t·x1 with x0 the data latents and x1 the Gaussian noise, so t = 0 is data,
t = 1 is noise, and the model predicts the velocity x1 − x0. (Wan takes ``1000·t`` as its timestep.)

The implicit reward of a video is r = −β·T·(ℓθ − ℓψ): a policy that fits the video better than the
reference (lower error) gives it a positive reward. The trainer computes the errors — policy with
gradients, reference under ``no_grad`` — and these functions turn them into losses, so tests can
check every formula exactly (trl style). Winner errors are [B], loser errors [B, K]; losses are [B].

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor

from .train_config import TIMESTEP_MODES

# DiffSynth-Studio's training grid (the official PhyGDPO trainer): 1000 shifted sigmas.
DIFFSYNTH_TRAIN_STEPS = 1000
# Keeps t inside the open interval (0, 1) where float32 rounding of the shift or sigmoid would reach an end.
T_MARGIN = 1e-5


def flow_matching_error(v_pred: Tensor, x0: Tensor, x1: Tensor) -> Tensor:
    """ℓ = mean ‖v − (x1 − x0)‖² over all but the batch dim → [B], in float32.

    float32 because the loss only sees differences of these errors (policy − reference, winner −
    loser), which are far smaller than the errors themselves and vanish in a bf16 mean.
    """
    if not v_pred.shape == x0.shape == x1.shape:
        shapes = ", ".join(str(tuple(x.shape)) for x in (v_pred, x0, x1))
        raise ValueError(f"v_pred, x0 and x1 must have one shape, got {shapes}")
    if v_pred.ndim < 2:
        raise ValueError(f"expected a batch of latents [B, ...], got shape {tuple(v_pred.shape)}")
    residual = v_pred.float() - (x1.float() - x0.float())
    return residual.square().flatten(1).mean(dim=1)


def implicit_rewards(err_policy: Tensor, err_reference: Tensor, beta: float, T: float = 1.0) -> Tensor:
    """r = −β·T·(ℓθ − ℓψ) (Eq. 4 with Eq. 13; the h/2ε scale is absorbed in β)."""
    return -beta * T * (err_policy - err_reference)


def plackett_luce_loss(err_pol_w: Tensor, err_ref_w: Tensor, err_pol_l: Tensor, err_ref_l: Tensor,
                       beta: float, T: float = 1.0) -> Tensor:
    """Exact −log p(x_w ≻ every loser) under Plackett-Luce at one timestep (Eq. 2–5, 7) → [B].

    −log softmax([r_w, r_l1 … r_lK])[0] = log(1 + Σ_j exp(r_lj − r_w)); costs all K losers per step.
    """
    r_w, r_l = _group_rewards(err_pol_w, err_ref_w, err_pol_l, err_ref_l, beta, T)
    logits = torch.cat([r_w.unsqueeze(1), r_l], dim=1)
    return torch.logsumexp(logits, dim=1) - r_w


def plackett_luce_upper_bound(err_pol_w: Tensor, err_ref_w: Tensor, err_pol_l: Tensor, err_ref_l: Tensor,
                              beta: float, T: float = 1.0, alpha: Tensor | None = None,
                              gamma: Tensor | None = None) -> Tensor:
    """Σ_j γ_j·(−log σ(α_j·(r_w − r_lj))) per group (Eq. 9 / 14) → [B].

    With r = −β·T·(ℓθ − ℓψ) this is Eq. 14's −γ_j log σ(−α_j β T[(ℓθ_w − ℓψ_w) − (ℓθ_lj − ℓψ_lj)]).
    It bounds ``plackett_luce_loss`` from above wherever 0 < α_j ≤ 1 and γ_j ≥ 1/α_j (Ineq. 8;
    ``rewarding.keeps_bound_condition``); α = γ = 1 (the default) is the plain bound. A sum of
    pairwise terms, so a trainer may also sample one loser per step and stay unbiased up to a factor K.
    α and γ broadcast against the [B, K] loser errors.
    """
    r_w, r_l = _group_rewards(err_pol_w, err_ref_w, err_pol_l, err_ref_l, beta, T)
    margins = r_w.unsqueeze(1) - r_l
    if alpha is not None:
        margins = alpha * margins
    pair_losses = -F.logsigmoid(margins)
    if gamma is not None:
        pair_losses = gamma * pair_losses
    return pair_losses.sum(dim=1)


def dpo_pair_loss(err_pol_w: Tensor, err_ref_w: Tensor, err_pol_l: Tensor, err_ref_l: Tensor,
                  beta: float, T: float = 1.0) -> Tensor:
    """Diffusion-DPO: −log σ(r_w − r_l) for one loser per winner (all [B]) → [B]; PL with K = 1."""
    r_w = implicit_rewards(err_pol_w, err_ref_w, beta, T)
    r_l = implicit_rewards(err_pol_l, err_ref_l, beta, T)
    return -F.logsigmoid(r_w - r_l)


def sample_timesteps(n: int, generator: torch.Generator | None = None, *, mode: str = "shifted-uniform",
                     shift: float = 3.0, mean: float = 0.0, std: float = 1.0) -> Tensor:
    """n training timesteps in (0, 1), float32, on the generator's device (CPU without one).

    "shifted-uniform": u = torch.rand(n) and t = s·u / (1 + (s − 1)·u) with s = ``shift``, the
    mapping Wan's flow-matching scheduler applies to its sigmas (s > 1 favours noisier t; 3.0 for
    480p). "logit-normal": t = sigmoid(mean + std·torch.randn(n)) (SD3-style). "diffsynth-grid": a
    uniform draw from the 1000 shifted sigmas of ``diffsynth_grid`` (the official trainer's timesteps).
    All are clamped to [T_MARGIN, 1 − T_MARGIN] so float32 rounding never yields exactly 0 or 1.
    """
    if mode not in TIMESTEP_MODES:
        raise ValueError(f"unknown timestep mode {mode!r}: use one of {', '.join(TIMESTEP_MODES)}")
    device = generator.device if generator is not None else torch.device("cpu")
    if mode == "shifted-uniform":
        if shift <= 0:
            raise ValueError(f"shift must be > 0 (1.0 = plain uniform), got {shift}")
        u = torch.rand(n, generator=generator, device=device)
        t = shift * u / (1.0 + (shift - 1.0) * u)
    elif mode == "diffsynth-grid":
        index = torch.randint(DIFFSYNTH_TRAIN_STEPS, (n,), generator=generator, device=device)
        t = diffsynth_grid(shift).to(device=device, dtype=torch.float32)[index]
    else:
        if std <= 0:
            raise ValueError(f"std of the logit-normal must be > 0, got {std}")
        t = torch.sigmoid(mean + std * torch.randn(n, generator=generator, device=device))
    return t.clamp(T_MARGIN, 1.0 - T_MARGIN)


def diffsynth_grid(shift: float) -> Tensor:
    """DiffSynth's training sigmas, float64 [1000]: 1000 evenly spaced σ from 1 down to (not including) 0,
    each shifted as σ' = s·σ / (1 + (s − 1)·σ)."""
    if shift <= 0:
        raise ValueError(f"shift must be > 0 (1.0 = plain uniform), got {shift}")
    sigmas = torch.linspace(1.0, 0.0, DIFFSYNTH_TRAIN_STEPS + 1, dtype=torch.float64)[:-1]
    return shift * sigmas / (1.0 + (shift - 1.0) * sigmas)


def diffsynth_timestep_weight(t: Tensor, shift: float) -> Tensor:
    """DiffSynth's per-sample loss weight w(t) at each t (nearest grid point), float32 like ``t``'s shape.

    On the grid's timesteps x = 1000·σ', y = exp(−2·((x − 500)/1000)²); w = (y − min y) scaled so w
    averages 1 over the grid. Mid-range t weigh most (≈ 2.08 with shift 5); t near 1 almost nothing.
    """
    grid = diffsynth_grid(shift)
    steps = DIFFSYNTH_TRAIN_STEPS
    y = torch.exp(-2.0 * ((grid * steps - steps / 2) / steps) ** 2)
    weights = (y - y.min()) * (steps / (y - y.min()).sum())
    nearest = (grid[None, :] - t.detach().double().cpu().reshape(-1, 1)).abs().argmin(dim=1)
    return weights[nearest].reshape(t.shape).to(device=t.device, dtype=torch.float32)


def noisy_latents(x0_data: Tensor, noise: Tensor, t: Tensor | float) -> tuple[Tensor, Tensor]:
    """(x_t, target) with x_t = (1 − t)·x0 + t·x1, x0 = ``x0_data`` (clean latents), x1 = ``noise``,
    and target velocity x1 − x0.

    ``t`` is a scalar or matches the leading dims of the latents ([B] for [B, C, F, H, W], or [B]
    for [B, K, C, F, H, W] to noise a winner's losers at its t). It is cast to the latents' dtype
    so bf16 latents stay bf16.
    """
    if noise.shape != x0_data.shape:
        raise ValueError(f"noise must match the latents' shape {tuple(x0_data.shape)}, got {tuple(noise.shape)}")
    t = torch.as_tensor(t, dtype=x0_data.dtype, device=x0_data.device)
    if t.shape != x0_data.shape[: t.ndim]:
        raise ValueError(f"t of shape {tuple(t.shape)} must match the leading dims of latents {tuple(x0_data.shape)}")
    t = t.reshape(t.shape + (1,) * (x0_data.ndim - t.ndim))
    return (1.0 - t) * x0_data + t * noise, noise - x0_data


def _group_rewards(err_pol_w: Tensor, err_ref_w: Tensor, err_pol_l: Tensor, err_ref_l: Tensor,
                   beta: float, T: float) -> tuple[Tensor, Tensor]:
    if err_pol_w.ndim != 1 or err_pol_w.shape != err_ref_w.shape:
        raise ValueError(f"winner errors must both be [B], got {tuple(err_pol_w.shape)} and {tuple(err_ref_w.shape)}")
    batch = err_pol_w.shape[0]
    if err_pol_l.ndim != 2 or err_pol_l.shape[0] != batch or err_pol_l.shape != err_ref_l.shape:
        raise ValueError(f"loser errors must both be [B, K] with B = {batch}, "
                         f"got {tuple(err_pol_l.shape)} and {tuple(err_ref_l.shape)}")
    return implicit_rewards(err_pol_w, err_ref_w, beta, T), implicit_rewards(err_pol_l, err_ref_l, beta, T)
