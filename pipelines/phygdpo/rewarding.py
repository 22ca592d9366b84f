"""Physics-guided rewarding (PhyGDPO Eq. 10): judge scores → per-loser weights (α, γ) of the loss.

A loser's physics violation v = 1 − (SA + PC)/2 sets how sharp its comparison with the winner is
(α) and how much it weighs in the loss (γ), so physics-violating losers pull harder. The groupwise
upper bound (Eq. 9) is only a bound while 0 < α ≤ 1 and γ ≥ 1/α (Ineq. 8); the three forms differ
exactly there (PhyGDPO paper, Eq. 10 and Ineq. 8):

- "sigmoid" (default): α = α_min + (1−α_min)·σ(κ_α(v−b_α)),  γ = (1/α)(1 + λ·σ(κ_γ(v−b_γ))).
  α stays in (α_min, 1) and γ ≥ 1/α for every v: the bound always holds.
- "tanh" (paper-literal): α = α_min + (1−α_min)·tanh(κ_α(v−b_α)),  γ = (1 + λ·σ(κ_γ(v−b_γ)))/α_min.
  For v below b_α, α drops under α_min (≈ 0.05 at v = 0.2); with the paper's constants the bound
  breaks for v < 0.4511, i.e. for every loser whose mean score is above ≈ 0.55.
- "official": the sigmoid formulas with the constants the official code effectively runs
  (κ_γ 3.0, b_γ 0.5, λ 0.5). Take it from ``RewardConfig.preset("official")``: constructed by hand,
  the form uses whatever constants it is given.

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from .train_config import WEIGHTED_REWARD_FORMS as FORMS


@dataclass(frozen=True)
class RewardConfig:
    """Form and constants of Eq. 10; the defaults are the paper's constants."""

    form: str = "sigmoid"
    alpha_min: float = 0.5
    kappa_alpha: float = 5.0
    b_alpha: float = 0.5
    kappa_gamma: float = 2.0
    b_gamma: float = 0.4
    lam: float = 0.6

    def __post_init__(self) -> None:
        if self.form not in FORMS:
            raise ValueError(f"unknown reward form {self.form!r}: use one of {', '.join(FORMS)}")
        if not 0.0 < self.alpha_min <= 1.0:
            raise ValueError(f"alpha_min must be in (0, 1] (it is the floor of α), got {self.alpha_min}")
        if self.lam < 0.0:
            raise ValueError(f"lam must be ≥ 0 (a negative λ lets γ fall below 1/α and breaks the bound), got {self.lam}")

    @classmethod
    def preset(cls, name: str) -> RewardConfig:
        """The named form with its constants: the paper's for sigmoid and tanh, the official code's for official."""
        if name == "official":
            return cls(form="official", kappa_gamma=3.0, b_gamma=0.5, lam=0.5)
        if name in FORMS:
            return cls(form=name)
        raise ValueError(f"unknown reward preset {name!r}: use one of {', '.join(FORMS)}")


def violation(sa: Tensor | float, pc: Tensor | float) -> Tensor:
    """v = 1 − (SA + PC)/2 for scores normalised to [0, 1] (VideoPhy-2's 0–5 integers: divide by 5)."""
    sa_t, pc_t = _as_float_tensor(sa), _as_float_tensor(pc)
    for name, scores in (("sa", sa_t), ("pc", pc_t)):
        outside = scores[~((scores >= 0.0) & (scores <= 1.0))]
        if outside.numel():
            raise ValueError(f"{name} scores must lie in [0, 1] (normalise judge scores first); "
                             f"got {outside[:5].tolist()}{' …' if outside.numel() > 5 else ''}")
    return 1.0 - (sa_t + pc_t) / 2.0


def reward_weights(v: Tensor | float, config: RewardConfig = RewardConfig()) -> tuple[Tensor, Tensor]:
    """(α, γ) of Eq. 10 for violations ``v``, each the shape and floating dtype of ``v``."""
    v = _as_float_tensor(v)
    gamma_boost = 1.0 + config.lam * torch.sigmoid(config.kappa_gamma * (v - config.b_gamma))
    if config.form == "tanh":
        alpha = config.alpha_min + (1.0 - config.alpha_min) * torch.tanh(config.kappa_alpha * (v - config.b_alpha))
        return alpha, gamma_boost / config.alpha_min
    alpha = config.alpha_min + (1.0 - config.alpha_min) * torch.sigmoid(config.kappa_alpha * (v - config.b_alpha))
    return alpha, gamma_boost / alpha


def keeps_bound_condition(alpha: Tensor, gamma: Tensor) -> Tensor:
    """Element-wise 0 < α ≤ 1 and γ ≥ 1/α: where Eq. 9 is an upper bound of the PL loss (Ineq. 8)."""
    alpha, gamma = _as_float_tensor(alpha), _as_float_tensor(gamma)
    return (alpha > 0.0) & (alpha <= 1.0) & (gamma >= 1.0 / alpha)


def _as_float_tensor(x: Tensor | float) -> Tensor:
    tensor = torch.as_tensor(x)
    return tensor if tensor.is_floating_point() else tensor.to(torch.get_default_dtype())
