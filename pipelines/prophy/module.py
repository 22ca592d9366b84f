"""ProPhy's physics branch: Semantic Experts (video level) and Refinement Experts (token level).

Two stages, as in the ProPhy paper's Mixture-of-Physics-Experts:

1. ``SemanticExperts`` read the prompt: a router over the pooled text picks a mixture of experts, each
   a bank of learned *prior tokens*; the mixture becomes extra conditioning tokens that the DiT's
   cross-attention sees next to the text. The experts are grouped by physics category, so the same
   router logits give a category classifier (trained with BCE) and the routing weights (softmax).
2. ``RefinementExperts`` sit after chosen DiT blocks: every video token picks its top-k low-rank
   experts, so different regions get different physics updates (the paper's "anisotropic" response).
   The dense router probabilities are what the alignment loss matches to physics attention maps.

Everything that writes into the backbone starts at zero (expert up-projections here, the prior
attention gates in ``ProPhyModule``), so a fresh module leaves the backbone's output unchanged.
This module knows nothing about Wan; ``attach.py`` connects it to diffusers' transformer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from .config import ProPhyConfig

# Smallest weight a selected expert keeps, so "k experts per token" holds even for saturated routers.
MIN_SELECTED_PROBABILITY = 1e-12


class SemanticOutput(NamedTuple):
    expert_logits: Tensor  # [B, S]
    expert_weights: Tensor  # [B, S], softmax: sums to one
    category_logits: Tensor  # [B, C], logsumexp of each category's expert logits (BCE target: labels)
    prior_tokens: Tensor  # [B, P, dim]

    def category_probabilities(self) -> Tensor:
        """[B, C] distribution over categories (sums to one): softmax of the category logits."""
        return self.category_logits.float().softmax(-1)


class Routing(NamedTuple):
    probs: Tensor  # [B, N, E] dense softmax over experts (alignment loss, inspection)
    weights: Tensor  # [B, N, E] top-k probabilities renormalised: exactly k nonzero, sum one
    indices: Tensor  # [B, N, k] chosen experts, most probable first


def group_logsumexp(logits: Tensor, groups: Tensor, num_groups: int) -> Tensor:
    """[..., E] logits → [..., G]: logsumexp over each group's members (softmax mass of a group, in logits)."""
    member = F.one_hot(groups, num_groups).T.to(torch.bool)  # [G, E]
    masked = logits.unsqueeze(-2).masked_fill(~member, float("-inf"))  # [..., G, E]
    return torch.logsumexp(masked, dim=-1)


def group_sum(probs: Tensor, groups: Tensor, num_groups: int) -> Tensor:
    """[..., E] probabilities → [..., G] summed per group."""
    return probs @ F.one_hot(groups, num_groups).to(probs.dtype)


def masked_mean(tokens: Tensor, mask: Tensor) -> Tensor:
    """Mean over the sequence of the tokens where ``mask`` is True ([B, L, D], [B, L] → [B, D])."""
    weights = mask.to(tokens.dtype).unsqueeze(-1)
    return (tokens * weights).sum(1) / weights.sum(1).clamp_min(1.0)


class SemanticExperts(nn.Module):
    """Prompt → physics prior tokens: a soft mixture of per-expert token banks."""

    def __init__(self, dim: int, num_experts: int, num_tokens: int, expert_categories: Sequence[int],
                 num_categories: int, hidden: int):
        super().__init__()
        if len(expert_categories) != num_experts:
            raise ValueError(f"expert_categories has {len(expert_categories)} entries for {num_experts} experts")
        self.num_categories = num_categories
        self.norm = nn.LayerNorm(dim)
        self.router = nn.Sequential(nn.Linear(dim, hidden), nn.SiLU(), nn.Linear(hidden, num_experts))
        # Unit scale, like the projected text tokens the cross-attention keys are computed from.
        self.banks = nn.Parameter(torch.randn(num_experts, num_tokens, dim))
        self.register_buffer("expert_categories", torch.tensor(list(expert_categories), dtype=torch.long),
                             persistent=False)

    def forward(self, text_tokens: Tensor, token_mask: Tensor) -> SemanticOutput:
        pooled = masked_mean(text_tokens, token_mask)
        logits = self.router(self.norm(pooled))
        weights = logits.float().softmax(-1).to(logits.dtype)
        category_logits = group_logsumexp(logits, self.expert_categories, self.num_categories)
        prior = torch.einsum("bs,spd->bpd", weights, self.banks.to(weights.dtype))
        return SemanticOutput(logits, weights, category_logits, prior)


class RefinementExperts(nn.Module):
    """Per-token top-k mixture of low-rank experts; the video-level prior tilts the token router.

    The experts are computed as one rank ``E·r`` projection whose per-expert slices are scaled by the
    (sparse) routing weights, so unchosen experts contribute exactly zero and no token gather is
    needed; the cost is that of a rank-``E·r`` adapter on the block output.
    """

    def __init__(self, dim: int, num_experts: int, top_k: int, rank: int):
        super().__init__()
        if not 1 <= top_k <= num_experts:
            raise ValueError(f"top_k must be in 1..{num_experts}, got {top_k}")
        self.num_experts, self.top_k, self.rank = num_experts, top_k, rank
        self.norm = nn.LayerNorm(dim, elementwise_affine=False, eps=1e-6)
        self.router = nn.Linear(dim, num_experts)
        self.prior_router = nn.Linear(dim, num_experts, bias=False)
        nn.init.normal_(self.router.weight, std=0.02)
        nn.init.zeros_(self.router.bias)
        nn.init.normal_(self.prior_router.weight, std=0.02)
        self.down = nn.Parameter(torch.empty(dim, num_experts * rank))
        nn.init.kaiming_uniform_(self.down, a=math.sqrt(5))
        self.up = nn.Parameter(torch.zeros(num_experts * rank, dim))

    def route(self, normed: Tensor, prior_summary: Tensor | None) -> Routing:
        logits = self.router(normed)
        if prior_summary is not None:
            logits = logits + self.prior_router(prior_summary).unsqueeze(1)
        probs = logits.float().softmax(-1)
        top, indices = probs.topk(self.top_k, dim=-1)
        top = top.clamp_min(MIN_SELECTED_PROBABILITY)
        weights = torch.zeros_like(probs).scatter(-1, indices, top / top.sum(-1, keepdim=True))
        return Routing(probs, weights, indices)

    def forward(self, hidden: Tensor, prior_tokens: Tensor | None = None) -> tuple[Tensor, Routing]:
        """``hidden`` [B, N, dim] → (update to add to ``hidden``, routing)."""
        dtype = self.down.dtype
        normed = self.norm(hidden.to(dtype))
        summary = None if prior_tokens is None else prior_tokens.to(dtype).mean(1)
        routing = self.route(normed, summary)
        inner = F.gelu(normed @ self.down).unflatten(-1, (self.num_experts, self.rank))
        inner = inner * routing.weights.to(dtype).unsqueeze(-1)
        return inner.flatten(-2) @ self.up, routing


def block_key(block: int) -> str:
    return f"block{block}"


class ProPhyModule(nn.Module):
    """All trainable ProPhy parameters for one backbone shape (``dim`` channels, ``num_layers`` blocks)."""

    def __init__(self, config: ProPhyConfig, dim: int, num_layers: int):
        super().__init__()
        self.config, self.dim, self.num_layers = config, int(dim), int(num_layers)
        self.prior_blocks, self.refinement_blocks = config.resolve_blocks(self.num_layers)
        self.semantic = SemanticExperts(dim, config.num_semantic_experts, config.prior_tokens,
                                        config.semantic_expert_categories(), len(config.categories),
                                        config.router_hidden)
        # Per-channel gate on each block's prior-token attention; zero = the backbone as it was.
        self.prior_gates = nn.ParameterDict({block_key(b): nn.Parameter(torch.zeros(dim)) for b in self.prior_blocks})
        self.refinement = nn.ModuleDict({
            block_key(b): RefinementExperts(dim, config.num_refinement_experts, config.top_k, config.adapter_rank)
            for b in self.refinement_blocks})
        self.register_buffer("expert_groups", torch.tensor(config.refinement_expert_groups(), dtype=torch.long),
                             persistent=False)

    @property
    def group_names(self) -> tuple[str, ...]:
        return self.config.group_names

    def prior(self, text_tokens: Tensor, token_mask: Tensor) -> SemanticOutput:
        dtype = self.semantic.banks.dtype
        return self.semantic(text_tokens.to(dtype), token_mask)

    def prior_gate(self, block: int) -> Tensor | None:
        return self.prior_gates.get(block_key(block))

    def refiner(self, block: int) -> RefinementExperts | None:
        key = block_key(block)
        return self.refinement[key] if key in self.refinement else None

    def group_probabilities(self, routing: Routing) -> Tensor:
        """[B, N, G] router mass per expert group (categories, then ambient)."""
        return group_sum(routing.probs, self.expert_groups.to(routing.probs.device), len(self.group_names))
