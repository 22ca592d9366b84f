"""ProPhy training as an Objective for the PhyGDPO trainer (``phygdpo.objective.Objective``): the trainer orchestrates,
this decides which parameters train (the ProPhy branch only; the backbone is frozen) and how a
batch becomes a loss.

ProPhy learns from the preferred video of each group (``winner_latents``): flow matching through the
backbone with the branch attached, plus the category cross-entropy on the semantic router, the alignment
of the refinement router with physics maps (``losses.py``). Losers are not used.

Batch keys beyond the latent cache's: ``physics_maps`` (per sample a [T, H, W] map of where the
physics happens in that video, or None) and ``layouts`` (per sample a ``Layout`` or None). The
trainer fills them from each winner's ``meta.physics`` or, lacking one, from the embedded tracker
on the winner video (``pipelines/prophy/supervision.py``). Only a batch built in code without
either falls back to the embedded physics planner's layout of the prompt (``maps = "auto"``).

The ``[prophy]`` TOML table holds the ``ProPhyConfig`` keys plus ``timesteps``, ``shift``, ``maps``
and ``init`` (a ProPhy file to continue from; its architecture wins over the table's).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from .attach import ProPhyAttachment, attach_prophy
from .config import ProPhyConfig, ProPhyConfigError, config_keys, prompt_categories
from .io import PROPHY_FILE, load_prophy, save_prophy
from .losses import (
    alignment_loss,
    alignment_terms,
    category_accuracy,
    category_loss,
    flow_matching_loss,
    layout_token_map,
    load_balance_loss,
    resize_map_to_grid,
    routing_metrics,
    summarise_loads,
)
from .module import ProPhyModule

MAP_SOURCES = ("auto", "batch", "planner", "none")
TRAIN_KEYS = ("timesteps", "shift", "maps", "init", "map_vlm")
LOSS_WEIGHT_KEYS = ("flow_weight", "align_weight", "category_weight", "balance_weight")


@dataclass(frozen=True)
class ProPhyTrainSettings:
    """``maps``: where alignment targets come from. auto = batch maps, else batch layouts, else the
    embedded physics planner (the trainer always gives a map: the winner's own or the tracker's);
    batch = batch maps/layouts only; planner = always plan the prompt; none = no alignment.
    ``map_vlm``: a chat VLM (folder or hub id) whose attention makes the maps of winners without one;
    empty = the embedded tracker makes them."""

    timesteps: str = "shifted-uniform"
    shift: float = 3.0
    maps: str = "auto"
    init: str = ""
    map_vlm: str = ""

    def __post_init__(self) -> None:
        from ..phygdpo.train_config import TIMESTEP_MODES

        if self.timesteps not in TIMESTEP_MODES:
            raise ProPhyConfigError(f"[prophy] timesteps must be one of {', '.join(TIMESTEP_MODES)}, got {self.timesteps!r}")
        if not isinstance(self.shift, (int, float)) or not self.shift > 0:
            raise ProPhyConfigError(f"[prophy] shift must be > 0 (1 = plain uniform), got {self.shift!r}")
        if self.maps not in MAP_SOURCES:
            raise ProPhyConfigError(f"[prophy] maps must be one of {', '.join(MAP_SOURCES)}, got {self.maps!r}")
        if not isinstance(self.map_vlm, str):
            raise ProPhyConfigError(f"[prophy] map_vlm must be a VLM folder or hub id (text), got {self.map_vlm!r}")


def read_prophy_section(section: Mapping[str, Any] | None,
                        loss_section: Mapping[str, Any] | None = None) -> tuple[ProPhyConfig, ProPhyTrainSettings]:
    """Parse the ``[prophy]`` table; ``timesteps``/``shift`` default to the ``[loss]`` table's when it has them."""
    section = dict(section or {})
    allowed = (*config_keys(), *TRAIN_KEYS)
    unknown = sorted(set(section) - set(allowed))
    if unknown:
        raise ProPhyConfigError(f"unknown key(s) in [prophy]: {', '.join(unknown)}; known: {', '.join(allowed)}")
    train = {key: section.pop(key) for key in TRAIN_KEYS if key in section}
    for key in ("timesteps", "shift"):
        if key not in train and loss_section and key in loss_section:
            train[key] = loss_section[key]
    return ProPhyConfig.from_dict(section), ProPhyTrainSettings(**train)


class ProPhyObjective:
    """Objective protocol implementation; one instance per training run."""

    name = "prophy"
    export_folder = "prophy"  # the trainer writes <output_dir>/prophy/prophy.safetensors
    export_label = "ProPhy module"

    def __init__(self, config: ProPhyConfig | None = None, settings: ProPhyTrainSettings | None = None):
        self.config = config or ProPhyConfig()
        self.settings = settings or ProPhyTrainSettings()
        self.module: ProPhyModule | None = None
        self.attachment: ProPhyAttachment | None = None
        self._planned: dict[str, Any] = {}
        self._planner: Any = None

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None,
                     loss_section: Mapping[str, Any] | None = None) -> ProPhyObjective:
        return cls(*read_prophy_section(section, loss_section))

    @classmethod
    def from_config(cls, config: Any) -> ProPhyObjective:
        """From the trainer's ``TrainConfig``: its ``[prophy]`` table, timesteps/shift from ``[loss]``."""
        loss = config.loss
        return cls.from_section(config.prophy, {"timesteps": loss.timesteps, "shift": loss.shift})

    # ------------------------------------------------------------------ protocol
    def attach(self, transformer: Any) -> list[torch.nn.Parameter]:
        """Freeze the backbone, attach a fresh (or ``init``) ProPhy branch, return its parameters."""
        if self.attachment is not None:
            raise RuntimeError("ProPhyObjective.attach was already called; one objective trains one branch")
        transformer.requires_grad_(False)
        if self.settings.init:
            module = load_prophy(self.settings.init)
            weights = {key: getattr(self.config, key) for key in LOSS_WEIGHT_KEYS}
            self.config = dataclasses.replace(module.config, **weights)
            module.config = self.config
        else:
            config = transformer.config
            module = ProPhyModule(self.config, config.num_attention_heads * config.attention_head_dim,
                                  len(transformer.blocks))
        module.train()
        module.requires_grad_(True)
        self.module = module
        self.attachment = attach_prophy(transformer, module, register=True)
        return list(module.parameters())

    def loss(self, transformer: Any, batch: dict, step_rng: torch.Generator) -> tuple[Tensor, dict[str, float]]:
        forward = self._forward(transformer, batch, step_rng)
        attachment, module = self._attached()
        flow, labels, labelled = forward["flow"], forward["labels"], forward["labelled"]
        category = category_loss(attachment.semantic.category_logits, labels, labelled)
        targets, valid, target_groups = forward["targets"], forward["valid"], forward["target_groups"]
        groups, count = module.expert_groups, len(module.group_names)
        routings = list(attachment.routing.values())
        if routings:
            align = torch.stack([alignment_loss(module.group_probabilities(r), targets, target_groups, valid)
                                 for r in routings]).mean()
            balance = torch.stack([expert_balance(r, groups, count) for r in routings]).mean()
            with torch.no_grad():
                terms = [alignment_terms(module.group_probabilities(r), targets, target_groups) for r in routings]
                inside = torch.stack([t[0] for t in terms]).mean(0)
                outside = torch.stack([t[1] for t in terms]).mean(0)
        else:
            align = balance = flow * 0.0
            inside = outside = torch.zeros(len(labels))
        weights = self.config
        total = (weights.flow_weight * flow + weights.align_weight * align + weights.category_weight * category
                 + weights.balance_weight * balance)
        mapped = bool(valid.any())
        metrics = {
            "loss": float(total.detach()),
            "flow_matching": float(flow.detach()),
            "alignment": float(align.detach()) if mapped else math.nan,
            "alignment_inside": float(inside[valid].mean()) if mapped else math.nan,
            "alignment_ambient": float(outside[valid].mean()) if mapped else math.nan,
            "load_balance": float(balance.detach()),
            "category_loss": float(category.detach()) if bool(labelled.any()) else math.nan,
            "category_accuracy": category_accuracy(attachment.semantic.category_logits.detach(), labels, labelled),
            "labelled_share": float(labelled.float().mean()),
            "mapped_share": float(valid.float().mean()),
        }
        return total, metrics

    @torch.no_grad()
    def evaluate(self, transformer: Any, batch: dict, step_rng: torch.Generator) -> dict[str, float]:
        """Held-out metrics of one batch: flow matching, semantic accuracy, and per refinement block
        averaged, routing-vs-map AUC/IoU, ambient share outside the maps, per-expert load and entropy."""
        forward = self._forward(transformer, batch, step_rng)
        attachment, module = self._attached()
        labels, labelled = forward["labels"], forward["labelled"]
        metrics = {"flow_matching": float(forward["flow"]),
                   "category_accuracy": category_accuracy(attachment.semantic.category_logits, labels, labelled)}
        per_block = [routing_metrics(module.group_probabilities(r), r.indices, module.expert_groups, forward["targets"],
                                     forward["target_groups"], forward["valid"], self.config.num_refinement_experts)
                     for r in attachment.routing.values()]
        for key in (per_block[0] if per_block else {}):
            values = [m[key] for m in per_block if not math.isnan(m[key])]
            metrics[key] = sum(values) / len(values) if values else math.nan
        return metrics

    @staticmethod
    def summarise_evaluation(metrics: dict[str, float]) -> dict[str, float]:
        """Held-out averages plus the least used expert's share of the load."""
        return summarise_loads(metrics)

    def _forward(self, transformer: Any, batch: dict, step_rng: torch.Generator) -> dict[str, Any]:
        """One denoising forward with the branch on: flow-matching loss, labels and physics-map targets."""
        from ..phygdpo.losses import noisy_latents, sample_timesteps

        attachment, _ = self._attached()
        attachment.enable()
        x0 = batch["winner_latents"]
        size = x0.shape[0]
        noise = torch.randn(x0.shape, generator=step_rng, device=step_rng.device, dtype=torch.float32)
        noise = noise.to(device=x0.device, dtype=x0.dtype)
        t = sample_timesteps(size, step_rng, mode=self.settings.timesteps, shift=self.settings.shift).to(x0.device)
        x_t, _ = noisy_latents(x0, noise, t)
        embeds = batch["prompt_embeds"].to(device=x0.device)
        v_pred = transformer(hidden_states=x_t, timestep=t * 1000.0, encoder_hidden_states=embeds,
                             return_dict=False)[0]
        labels, labelled = self.labels(batch, device=x0.device)
        targets, valid = self.targets(batch, attachment.grid, labelled, device=x0.device)
        target_groups = torch.cat([labels > 0, torch.zeros_like(labels[:, :1], dtype=torch.bool)], dim=1)
        return {"flow": flow_matching_loss(v_pred, x0, noise), "labels": labels, "labelled": labelled,
                "targets": targets, "valid": valid, "target_groups": target_groups}

    def state_dict_to_export(self, transformer: Any) -> dict[str, Tensor]:
        _, module = self._attached()
        return {key: value.detach().cpu() for key, value in module.state_dict().items()}

    def export(self, transformer: Any, folder: Path, metadata: dict) -> Path:
        """Write ``folder/prophy.safetensors`` (config and ``metadata`` embedded); returns its path."""
        _, module = self._attached()
        return save_prophy(module, Path(folder) / PROPHY_FILE, {"objective": self.name, **dict(metadata)})

    # ------------------------------------------------------------------ labels and maps
    def labels(self, batch: Mapping[str, Any], device: Any = "cpu") -> tuple[Tensor, Tensor]:
        """([B, C] 0/1 category labels, [B] labelled) from the group categories, else the keyword classifier."""
        prompts = list(batch["prompt"])
        groups = _per_sample(batch.get("category"), len(prompts))
        labels = torch.zeros(len(prompts), len(self.config.categories))
        for row, (label, prompt) in enumerate(zip(groups, prompts)):
            for category in prompt_categories(label, prompt, self.config):
                labels[row, self.config.categories.index(category)] = 1.0
        return labels.to(device), (labels.sum(-1) > 0).to(device)

    def targets(self, batch: Mapping[str, Any], grid: tuple[int, int, int], labelled: Tensor,
                device: Any = "cpu") -> tuple[Tensor, Tensor]:
        """([B, F·h·w] physics maps on the token grid, [B] valid) following ``settings.maps``."""
        prompts = list(batch["prompt"])
        size = len(prompts)
        tokens = grid[0] * grid[1] * grid[2]
        maps = torch.zeros(size, tokens)
        valid = torch.zeros(size, dtype=torch.bool)
        if self.settings.maps == "none":
            return maps.to(device), valid.to(device)
        given_maps = _per_sample(batch.get("physics_maps"), size)
        given_layouts = _per_sample(batch.get("layouts"), size)
        for row in range(size):
            token_map = None
            if self.settings.maps in ("auto", "batch") and given_maps[row] is not None:
                token_map = resize_map_to_grid(_to_numpy(given_maps[row]), grid)
            elif self.settings.maps in ("auto", "batch") and given_layouts[row] is not None:
                token_map = torch.from_numpy(layout_token_map(given_layouts[row], grid))
            elif self.settings.maps in ("auto", "planner"):
                layout = self._plan(prompts[row])
                token_map = None if layout is None else torch.from_numpy(layout_token_map(layout, grid))
            if token_map is not None:
                maps[row] = token_map.reshape(-1)
                valid[row] = True
        return maps.to(device), valid.to(device) & labelled.to(device)

    def _plan(self, prompt: str) -> Any:
        """The embedded physics planner's layout of ``prompt`` (cached); None when it cannot read the prompt."""
        if prompt not in self._planned:
            from ..core.layout import LayoutError
            from ..core.planning import PlannerError
            from ..lvd.physics_planner import PhysicsPlanner

            self._planner = self._planner or PhysicsPlanner()
            try:
                self._planned[prompt] = self._planner.plan(prompt).layout
            except (PlannerError, LayoutError):
                self._planned[prompt] = None
        return self._planned[prompt]

    def _attached(self) -> tuple[ProPhyAttachment, ProPhyModule]:
        if self.attachment is None or self.module is None:
            raise RuntimeError("call ProPhyObjective.attach(transformer) before loss/export")
        return self.attachment, self.module


def expert_balance(routing: Any, groups: Tensor, count: int) -> Tensor:
    """Mean of the Switch term over all experts (every expert gets tokens, as in MoE practice) and
    within each group (every expert of a group stays alive whatever share the group takes)."""
    everyone = torch.zeros_like(groups)
    return 0.5 * (load_balance_loss(routing.probs, routing.indices, everyone, 1)
                  + load_balance_loss(routing.probs, routing.indices, groups, count))


def _per_sample(value: Any, size: int) -> list[Any]:
    """A batch entry as one item per sample (None everywhere when the batch lacks it)."""
    if value is None:
        return [None] * size
    items = list(value)
    if len(items) != size:
        raise ValueError(f"batch entry has {len(items)} items for {size} prompts")
    return items


def _to_numpy(value: Any) -> Any:
    return value.detach().float().cpu().numpy() if isinstance(value, Tensor) else value
