"""Training objectives: what trains and how a batch of groups becomes a loss (trl style).

The trainer only orchestrates (devices, precision, accumulation, checkpoints); an objective owns
its trainable modules and its loss. ``PhyGDPOObjective`` is the paper's method: LoRA on a frozen
Wan backbone, reference by LoRA switch (or a frozen copy for the ablation), Plackett-Luce over a
winner and its losers at one shared timestep, physics-guided weights from the judge's scores.
``SFTObjective`` is LoRA-SFT on the winners only, the paper's Table 2d baseline.

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import torch
from torch import Tensor, nn

from .export import export_lora, lora_state_dict
from .lora_sr import CopiedReference, LoraSwitchReference, attach_lora, input_dtype, predict_velocity
from .losses import (
    diffsynth_timestep_weight,
    flow_matching_error,
    implicit_rewards,
    noisy_latents,
    plackett_luce_loss,
    plackett_luce_upper_bound,
    sample_timesteps,
)
from .rewarding import RewardConfig, reward_weights, violation
from .train_config import LoraSection, LossSection

if TYPE_CHECKING:  # pragma: no cover
    from .train_config import TrainConfig


class Objective(Protocol):
    name: str

    def attach(self, transformer: nn.Module) -> list[nn.Parameter]: ...

    def loss(self, transformer: nn.Module, batch: dict, step_rng: torch.Generator) -> tuple[Tensor, dict[str, float]]: ...

    def state_dict_to_export(self, transformer: nn.Module) -> dict[str, Tensor]: ...

    def export(self, transformer: nn.Module, folder: Path, metadata: dict) -> Path: ...


def build_objective(config: TrainConfig) -> Objective:
    """The objective named by ``[loss] objective``."""
    name = config.loss.objective
    if name == "phygdpo":
        return PhyGDPOObjective(lora=config.lora, settings=config.loss)
    if name == "sft":
        return SFTObjective(lora=config.lora, settings=config.loss)
    from ..prophy.objective import ProPhyObjective

    return ProPhyObjective.from_config(config)


@dataclass
class _LoraObjective:
    """Shared by the LoRA objectives: attach adapters, export them."""

    lora: LoraSection = field(default_factory=LoraSection)
    settings: LossSection = field(default_factory=LossSection)
    export_dtype: torch.dtype | None = None  # None: the backbone's dtype (bf16 adapters for a bf16 model)

    def attach(self, transformer: nn.Module) -> list[nn.Parameter]:
        return attach_lora(transformer, rank=self.lora.rank, alpha=self.lora.alpha, targets=self.lora.targets,
                           dropout=self.lora.dropout)

    def state_dict_to_export(self, transformer: nn.Module) -> dict[str, Tensor]:
        return lora_state_dict(transformer, self._export_dtype(transformer))

    def export(self, transformer: nn.Module, folder: Path, metadata: dict) -> Path:
        return export_lora(transformer, folder, {"objective": self.name, **metadata},
                           dtype=self._export_dtype(transformer))

    def _export_dtype(self, transformer: nn.Module) -> torch.dtype:
        """Adapters train in float32 but are applied to the backbone's weights: store them in its dtype."""
        return self.export_dtype or input_dtype(transformer)

    def _timesteps(self, n: int, step_rng: torch.Generator) -> Tensor:
        s = self.settings
        return sample_timesteps(n, step_rng, mode=s.timesteps, shift=s.shift, mean=s.logit_mean, std=s.logit_std)

    def _error_weights(self, t: Tensor) -> Tensor | None:
        """w(t) per sample for ``timestep_weight = "diffsynth"`` (the official trainer's), else None."""
        if self.settings.timestep_weight == "diffsynth":
            return diffsynth_timestep_weight(t, self.settings.shift)
        return None


@dataclass
class PhyGDPOObjective(_LoraObjective):
    name: str = "phygdpo"

    def __post_init__(self) -> None:
        self.reference: LoraSwitchReference | CopiedReference = LoraSwitchReference()
        self.reward = None if self.settings.reward == "none" else RewardConfig.preset(self.settings.reward)

    def attach(self, transformer: nn.Module) -> list[nn.Parameter]:
        if self.settings.reference == "copy":  # before the adapters exist, so the copy is the bare backbone
            self.reference = CopiedReference(transformer)
        return super().attach(transformer)

    def loss(self, transformer: nn.Module, batch: dict, step_rng: torch.Generator) -> tuple[Tensor, dict[str, float]]:
        s = self.settings
        device = batch["winner_latents"].device
        winners = batch["winner_latents"].float()
        losers = batch["loser_latents"].float()
        batch_size, losers_per_group = losers.shape[:2]
        alpha, gamma = self.loser_weights(batch["loser_sa"], batch["loser_pc"])
        unscored = (batch["loser_sa"].isnan() | batch["loser_pc"].isnan()).float().mean().item()
        if s.groupwise == "one-loser":  # the official code: one loser per group and step
            pick = torch.randint(losers_per_group, (batch_size,), generator=step_rng).to(device)
            rows = torch.arange(batch_size, device=device)
            losers, alpha, gamma = losers[rows, pick].unsqueeze(1), alpha[rows, pick][:, None], gamma[rows, pick][:, None]
        members = 1 + losers.shape[1]
        x0 = torch.cat([winners.unsqueeze(1), losers], dim=1)  # [B, 1+K, C, F, H, W]
        t = self._timesteps(batch_size, step_rng).to(device)
        noise_shape = (batch_size, 1 if s.shared_noise else members, *x0.shape[2:])
        noise = torch.randn(noise_shape, generator=step_rng).to(device).expand_as(x0)
        x_t, _ = noisy_latents(x0, noise, t)  # winner and its losers share t (and the noise if shared_noise)
        flat_x0, flat_noise, flat_xt = (v.reshape(batch_size * members, *x0.shape[2:]) for v in (x0, noise, x_t))
        flat_t = t.repeat_interleave(members)
        embeds = batch["prompt_embeds"].repeat_interleave(members, dim=0)

        v_ref = self.reference.predict(transformer, flat_xt, flat_t, embeds)
        err_ref = flow_matching_error(v_ref, flat_x0, flat_noise).view(batch_size, members)
        v_pol = predict_velocity(transformer, flat_xt, flat_t, embeds)
        err_pol = flow_matching_error(v_pol, flat_x0, flat_noise).view(batch_size, members)
        weights = self._error_weights(t)
        if weights is not None:  # DiffSynth weighs every member's error (policy and reference) by w(t)
            err_ref, err_pol = err_ref * weights[:, None], err_pol * weights[:, None]

        args = (err_pol[:, 0], err_ref[:, 0], err_pol[:, 1:], err_ref[:, 1:], s.beta, s.T)
        if s.groupwise == "exact":  # the full PL likelihood has no per-loser α, γ
            per_group = plackett_luce_loss(*args)
        else:
            per_group = plackett_luce_upper_bound(*args, alpha=alpha, gamma=gamma)
        loss = per_group.mean()
        with torch.no_grad():
            rewards = implicit_rewards(err_pol, err_ref, s.beta, s.T)
            margins = rewards[:, :1] - rewards[:, 1:]
            metrics = {"loss": loss.item(), "margin": margins.mean().item(),
                       "reward_accuracy": (margins > 0).float().mean().item(),
                       "error_winner": err_pol[:, 0].mean().item(), "error_losers": err_pol[:, 1:].mean().item(),
                       "unscored_losers": unscored}
        return loss, metrics

    def loser_weights(self, sa: Tensor, pc: Tensor) -> tuple[Tensor, Tensor]:
        """Physics-guided (α, γ) per loser [B, K]; 1 where the reward is off. A loser missing SA or PC
        follows ``[loss] unscored``: "neutral" gives it α = γ = 1 (no physics-guided weight), "available"
        takes its violation from the score it has (v = 1 − PC without SA), "error" refuses it."""
        ones = torch.ones_like(sa, dtype=torch.float32)
        if self.reward is None:
            return ones, ones
        has_sa, has_pc = ~sa.isnan(), ~pc.isnan()
        rule = self.settings.unscored
        if rule == "error" and not bool((has_sa & has_pc).all()):
            raise ValueError("a loser has no SA or PC score and [loss] unscored = \"error\": judge every loser "
                             "or choose unscored = \"neutral\" or \"available\"")
        if rule == "available":
            count = has_sa.float() + has_pc.float()
            mean = (sa.nan_to_num(0.0) + pc.nan_to_num(0.0)) / count.clamp_min(1.0)
            v = violation(mean, mean)  # 1 − mean of the scores it has
            scored = count > 0
        else:
            v = violation(sa.nan_to_num(0.0), pc.nan_to_num(0.0))
            scored = has_sa & has_pc
        alpha, gamma = reward_weights(v.float(), self.reward)
        return torch.where(scored, alpha, ones), torch.where(scored, gamma, ones)


@dataclass
class SFTObjective(_LoraObjective):
    """LoRA-SFT: plain flow matching on the winners only (no reference pass, no losers)."""

    name: str = "sft"

    def loss(self, transformer: nn.Module, batch: dict, step_rng: torch.Generator) -> tuple[Tensor, dict[str, float]]:
        x0 = batch["winner_latents"].float()
        t = self._timesteps(x0.shape[0], step_rng).to(x0.device)
        noise = torch.randn(x0.shape, generator=step_rng).to(x0.device)
        x_t, _ = noisy_latents(x0, noise, t)
        error = flow_matching_error(predict_velocity(transformer, x_t, t, batch["prompt_embeds"]), x0, noise)
        weights = self._error_weights(t)
        loss = (error if weights is None else error * weights).mean()
        return loss, {"loss": loss.item(), "error_winner": loss.item()}


def describe(objective: Any) -> dict[str, Any]:
    """Settings of an objective for metadata and logs."""
    out: dict[str, Any] = {"objective": getattr(objective, "name", type(objective).__name__)}
    reference = getattr(objective, "reference", None)
    if reference is not None:
        out["reference"] = reference.mode
    settings = getattr(objective, "settings", None)
    if settings is not None and hasattr(settings, "groupwise"):
        out["recipe"] = settings.recipe
        out["groupwise"] = settings.groupwise
        out["noise"] = "shared by winner and losers" if settings.shared_noise else "independent per sample"
        out["timesteps"] = f"{settings.timesteps}, shift {settings.shift:g}"
        out["timestep_weight"] = settings.timestep_weight
        out["unscored"] = settings.unscored
        # The exact Plackett-Luce likelihood has no per-loser weights: say so rather than report a reward form.
        out["reward"] = "none (exact Plackett-Luce)" if settings.groupwise == "exact" else settings.reward
    return out

