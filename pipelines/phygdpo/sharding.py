"""``[train] strategy = "fsdp"``: shard the frozen backbone with FSDP2, replicate what trains.

The memory of a LoRA or ProPhy run is the frozen backbone (Wan2.1-14B: 28 GB in bf16); the trained
adapters or branch are a few hundred MB at most. So each Wan block becomes one ``fully_shard`` unit
holding only frozen weights (all-gathered for its forward and backward, freed after), and the
trainable parameters are left out of every unit (``ignored_params``): they stay ordinary float32
tensors on every process, their gradients are averaged here in one all-reduce, and the optimizer,
checkpoints and the exported file see exactly what one process sees.

This also removes the dtype clash of FSDP1's flat parameters (a bf16 backbone beside float32
adapters in one flat tensor): a unit here only ever holds the backbone's own dtype.

accelerate (1.15) turns its FSDP plugin on only for GPU process groups and silently runs plain
multi-process CPU otherwise, so the trainer calls ``fully_shard`` itself: the code that the CPU
tests run with gloo is the code that runs on GPUs with NCCL.
"""

from __future__ import annotations

import warnings
from typing import Any

import torch
from torch import nn

from ..core.errors import PhyStudioError
from .lora_sr import unwrap


class ShardingError(PhyStudioError, RuntimeError):
    """A model or setting the sharded trainer cannot run; the message says what to change."""


def shard_frozen_backbone(transformer: nn.Module, trainable: list[nn.Parameter], device: torch.device,
                          world: int, compute_dtype: torch.dtype | None = None) -> nn.Module:
    """Apply ``fully_shard`` to every Wan block, then to the rest of the transformer (in place).

    ``compute_dtype`` (bf16 under mixed precision) is the dtype the gathered weights are cast to;
    None computes in the stored dtype.
    """
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

    model = unwrap(transformer)
    blocks = getattr(model, "blocks", None)
    if not isinstance(blocks, nn.ModuleList) or not len(blocks):
        raise ShardingError(f"{type(model).__name__} has no `blocks` list to shard: [train] strategy = \"fsdp\" "
                            "supports Wan transformers; use \"ddp\"")
    if not torch.distributed.is_available() or not torch.distributed.is_initialized():
        raise ShardingError("[train] strategy = \"fsdp\" needs a process group: start the run with "
                            "`accelerate launch` (or set strategy = \"ddp\" for one process)")
    ignored = set(trainable)
    if not all(p.requires_grad for p in ignored):
        raise ShardingError("a trainable parameter does not require gradients")
    with torch.no_grad():  # fresh adapters are drawn per process (seeded by rank): start all from rank 0's, as DDP does
        for p in trainable:
            torch.distributed.broadcast(p.data, src=0)
    mesh = init_device_mesh(device.type, (world,))
    policy = MixedPrecisionPolicy(param_dtype=compute_dtype, reduce_dtype=torch.float32)
    options: dict[str, Any] = {"mesh": mesh, "mp_policy": policy, "ignored_params": ignored}
    # The transformer's output is a view; FSDP2 warns that an in-place op on it would skip its pre-backward
    # hook. The objectives never modify it in place (tests/test_sharded_training.py checks gradients
    # against one process), so the warning would only alarm the operator's log.
    warnings.filterwarnings("ignore", message=r"FSDP2-wrapped module \(.*\) returned a view tensor",
                            category=UserWarning)
    for block in blocks:
        fully_shard(block, reshard_after_forward=True, **options)
    fully_shard(model, **options)  # embeddings, norms and the output head; the root keeps them gathered
    return transformer


def average_gradients(params: list[nn.Parameter], world: int) -> None:
    """Average the replicated parameters' gradients over the processes in one flat all-reduce, as DDP does.

    A parameter no process used (a ProPhy expert no token was routed to) keeps no gradient, so the
    optimizer skips it exactly as it does in one process.
    """
    if world == 1:
        return
    used = torch.tensor([float(p.grad is not None) for p in params], device=params[0].device)
    grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in params]
    flat = torch.cat([used, *(g.reshape(-1).to(torch.float32) for g in grads)])
    torch.distributed.all_reduce(flat)
    offset = len(params)
    for index, (p, g) in enumerate(zip(params, grads)):
        count = g.numel()
        if flat[index] > 0:
            p.grad = (flat[offset: offset + count] / world).view_as(g).to(g.dtype)
        offset += count


def sharded_parameter_bytes(model: nn.Module) -> tuple[int, int]:
    """(bytes of the backbone held by this process, bytes of the whole backbone) for the log."""
    from torch.distributed.tensor import DTensor

    local = whole = 0
    for p in model.parameters():
        if isinstance(p, DTensor):
            local += p.to_local().numel() * p.element_size()
            whole += p.numel() * p.element_size()
    return local, whole
