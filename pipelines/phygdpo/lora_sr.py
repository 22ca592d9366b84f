"""LoRA-Switch Reference (PhyGDPO paper, §2.2): policy and reference share one frozen backbone.

The policy θ is the backbone with trainable LoRA adapters; the reference ψ is the same backbone
with the adapters switched off, evaluated under ``no_grad``. No second copy of a 1.3B/14B model
sits in GPU memory (paper Table 2d: 25.3 GB vs 48.7 GB on Wan2.1-1.3B), and because only the
low-rank adapters move, the policy cannot drift far from its reference. ``CopiedReference`` keeps
the memory-heavy alternative (a frozen deep copy) for the ablation and the benchmark.

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import torch
from torch import nn

from ..core.errors import PhyStudioError
from .train_config import DEFAULT_LORA_TARGETS

ADAPTER_NAME = "default"  # peft's name; the exported file carries no adapter name


class LoraAttachError(PhyStudioError, ValueError):
    """LoRA targets that match nothing, or a model that already carries adapters."""


def unwrap(model: nn.Module) -> nn.Module:
    """The bare transformer inside DDP/FSDP/compile wrappers (accelerate's own unwrapping)."""
    from accelerate.utils import extract_model_from_parallel

    return extract_model_from_parallel(model)


def attach_lora(transformer: nn.Module, *, rank: int = 48, alpha: float = 48.0,
                targets: Sequence[str] = DEFAULT_LORA_TARGETS, dropout: float = 0.0) -> list[nn.Parameter]:
    """Freeze the backbone and add peft LoRA adapters (B zero-initialised, so θ = ψ at step 0).

    Returns the trainable parameters: exactly the adapters' lora_A/lora_B weights.
    """
    from peft import LoraConfig

    if getattr(transformer, "peft_config", None):
        raise LoraAttachError("the transformer already carries LoRA adapters; train from a clean backbone")
    names = [name for name, _ in transformer.named_modules()]
    missing = [t for t in targets if not any(n == t or n.endswith("." + t) for n in names)]
    if missing:
        examples = ", ".join(sorted({n.split(".", 2)[-1] for n in names if n.startswith("blocks.0.")})[:12])
        raise LoraAttachError(f"[lora] targets {', '.join(missing)} match no module of {type(transformer).__name__} "
                              f"(module names in a block: {examples})")
    transformer.requires_grad_(False)
    transformer.add_adapter(LoraConfig(r=rank, lora_alpha=alpha, target_modules=list(targets),
                                       lora_dropout=dropout, init_lora_weights=True), adapter_name=ADAPTER_NAME)
    params = lora_parameters(transformer)
    for param in params:  # adapters train in float32 even on a bf16 backbone (autocast does the matmuls)
        param.data = param.data.float()
    return params


def lora_parameters(transformer: nn.Module) -> list[nn.Parameter]:
    return [p for name, p in unwrap(transformer).named_parameters() if ".lora_A." in name or ".lora_B." in name]


@contextmanager
def reference_mode(transformer: nn.Module) -> Iterator[None]:
    """Inside: the backbone without adapters (ψ), no autograd graph. Adapters come back on exit.

    peft's switch also drops the adapters' ``requires_grad`` while off and restores it on exit,
    so the optimizer and DDP see the same trainable set before and after.
    """
    model = unwrap(transformer)
    model.disable_adapters()
    try:
        with torch.no_grad():
            yield
    finally:
        model.enable_adapters()


def predict_velocity(transformer: nn.Module, latents: torch.Tensor, t: torch.Tensor,
                     prompt_embeds: torch.Tensor) -> torch.Tensor:
    """Wan's velocity prediction at flow time ``t`` ∈ (0, 1) (Wan's timestep is 1000·t)."""
    dtype = input_dtype(transformer)
    return transformer(hidden_states=latents.to(dtype), timestep=t * 1000.0,
                       encoder_hidden_states=prompt_embeds.to(dtype), return_dict=False)[0]


class LoraSwitchReference:
    """ψ = the policy's own backbone with adapters off (the default, memory-free)."""

    mode = "lora-switch"

    def predict(self, policy: nn.Module, latents: torch.Tensor, t: torch.Tensor, prompt_embeds: torch.Tensor) -> torch.Tensor:
        with reference_mode(policy):
            return predict_velocity(policy, latents, t, prompt_embeds)


class CopiedReference:
    """ψ = a frozen deep copy of the backbone taken before the adapters were attached (ablation)."""

    mode = "copy"

    def __init__(self, transformer: nn.Module):
        if getattr(unwrap(transformer), "peft_config", None):
            raise LoraAttachError("copy the reference before attaching LoRA adapters")
        self.model = copy.deepcopy(unwrap(transformer)).requires_grad_(False).eval()

    def to(self, device: Any) -> CopiedReference:
        self.model.to(device)
        return self

    def predict(self, policy: nn.Module, latents: torch.Tensor, t: torch.Tensor, prompt_embeds: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            return predict_velocity(self.model, latents, t, prompt_embeds)


def input_dtype(transformer: nn.Module) -> torch.dtype:
    """The backbone's weight dtype (the patch embedding is never a LoRA target)."""
    return unwrap(transformer).patch_embedding.weight.dtype
