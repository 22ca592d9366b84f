"""Batches of preference groups from the latent cache, in an order fixed by (seed, step).

Which groups a micro-step sees, and which losers of a larger group it uses, are pure functions
of the seed and the global micro-step counter, sharded across processes. A run resumed from
step N therefore sees exactly the batches the uninterrupted run would have seen, with no
sampler state to save (a torch DataLoader's shuffling would need its RNG restored mid-epoch).

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from ..core.errors import PhyStudioError
from .latent_cache import CachedGroup, load_tensor


class GroupDataError(PhyStudioError, ValueError):
    """Groups that cannot form batches (too few for the processes × batch size, no losers)."""


def mixed_seed(*parts: int) -> int:
    """A well-mixed 63-bit seed from non-negative integers (seed, step, micro-step, rank, ...)."""
    return int(np.random.SeedSequence([int(p) for p in parts]).generate_state(1, dtype=np.uint64)[0] >> np.uint64(1))


@dataclass
class GroupBatches:
    """Deterministic batches: ``batch(m)`` is this process's m-th micro-batch."""

    items: Sequence[CachedGroup]
    batch_size: int
    seed: int = 0
    rank: int = 0
    world: int = 1
    losers_per_group: int = 0  # 0 = the smallest loser count among the groups
    max_sequence_length: int = 512

    def __post_init__(self) -> None:
        if not self.items:
            raise GroupDataError("no preference groups to train on")
        fewest = min(len(item.loser_files) for item in self.items)
        if self.losers_per_group == 0:
            self.losers_per_group = fewest
        if self.losers_per_group > fewest:
            raise GroupDataError(f"[data] losers_per_group = {self.losers_per_group} but some group has only {fewest} "
                                 f"loser(s): lower it (0 uses the smallest count, {fewest})")
        if self.batches_per_epoch == 0:
            raise GroupDataError(f"{len(self.items)} group(s) cannot fill one step of {self.world} process(es) × "
                                 f"batch_size {self.batch_size}: add groups or lower [optim] batch_size")

    @property
    def batches_per_epoch(self) -> int:
        return len(self.items) // (self.world * self.batch_size)

    def indices(self, micro_step: int) -> tuple[int, list[int]]:
        """(epoch, group indices) of this process's batch at global micro-step ``micro_step``."""
        epoch, position = divmod(micro_step, self.batches_per_epoch)
        order = torch.randperm(len(self.items), generator=torch.Generator().manual_seed(mixed_seed(self.seed, epoch)))
        per_step = self.world * self.batch_size
        start = position * per_step + self.rank * self.batch_size
        return epoch, order[start: start + self.batch_size].tolist()

    def batch(self, micro_step: int) -> dict[str, Any]:
        epoch, indices = self.indices(micro_step)
        return collate_groups([self.example(i, epoch) for i in indices], self.max_sequence_length)

    def example(self, index: int, epoch: int) -> dict[str, Any]:
        """One group with ``losers_per_group`` of its losers (a random subset per epoch if it has more)."""
        item = self.items[index]
        chosen = list(range(len(item.loser_files)))
        if len(chosen) > self.losers_per_group:
            generator = torch.Generator().manual_seed(mixed_seed(self.seed, epoch, index, 7))
            chosen = sorted(torch.randperm(len(chosen), generator=generator)[: self.losers_per_group].tolist())
        return {
            "prompt_embeds": load_tensor(item.prompt_file),
            "winner_latents": load_tensor(item.winner_file),
            "loser_latents": torch.stack([load_tensor(item.loser_files[j]) for j in chosen]),
            "loser_sa": [item.loser_sa[j] for j in chosen],
            "loser_pc": [item.loser_pc[j] for j in chosen],
            "category": item.category,
            "prompt": item.prompt,
        }


def collate_groups(examples: list[dict[str, Any]], max_sequence_length: int) -> dict[str, Any]:
    """Stack examples into the batch the objectives read (``objective.Objective.loss``).

    Prompt embeddings are zero-padded to ``max_sequence_length`` as WanPipeline pads them;
    missing judge scores become NaN (the objective then uses the plain, unweighted bound).
    """
    def score(value: float | None) -> float:
        return math.nan if value is None else float(value)

    embeds = torch.zeros(len(examples), max_sequence_length, examples[0]["prompt_embeds"].shape[-1],
                         dtype=examples[0]["prompt_embeds"].dtype)
    for row, example in enumerate(examples):
        tokens = example["prompt_embeds"][:max_sequence_length]
        embeds[row, : tokens.shape[0]] = tokens
    return {
        "prompt_embeds": embeds,
        "winner_latents": torch.stack([e["winner_latents"] for e in examples]),
        "loser_latents": torch.stack([e["loser_latents"] for e in examples]),
        "loser_sa": torch.tensor([[score(v) for v in e["loser_sa"]] for e in examples], dtype=torch.float32),
        "loser_pc": torch.tensor([[score(v) for v in e["loser_pc"]] for e in examples], dtype=torch.float32),
        "category": [e["category"] for e in examples],
        "prompt": [e["prompt"] for e in examples],
    }


def batch_to(batch: dict[str, Any], device: torch.device | str) -> dict[str, Any]:
    return {k: v.to(device, non_blocking=True) if isinstance(v, torch.Tensor) else v for k, v in batch.items()}
