"""Object-token cross-attention for Wan's DiT: explicit probabilities, a logit bias, and capture.

Wan's ``WanAttnProcessor`` sends attention to ``dispatch_attention_fn`` (flash/SDPA), which never
materialises the probabilities. Guidance needs them only for the object tokens' columns, so
``ObjectAttentionProcessor`` wraps the library processor of the text cross-attention (``attn2``) of
the guided blocks: the block output is the library's own, and beside it the processor recomputes
``softmax(QKᵀ/√d)`` for those columns alone, in chunks of image tokens. Wan's cross-attention has
no text mask (the prompt is zero-padded to 512 and the padding still gets keys), so the softmax
denominator is a logsumexp over the real prompt tokens only.

All settings live on a shared ``GuidanceSession`` (diffusers passes only the LoRA scale through
``attention_kwargs``). A named hook in the transformer's diffusers ``HookRegistry`` reads the label
the pipeline puts on each transformer call (``cache_context("cond")`` / ``("uncond")``) and tells
the processors whether the call is the conditional branch: guidance and capture act on it alone,
since the token positions belong to the prompt, not to the negative prompt. A call outside the
pipeline's loop (the energy forward) carries no label and is the caller's own, conditional, call.
``guided_attention`` installs all of it and restores the original processors afterwards.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..backends.model_hooks import call_hook, registry
from ..core.errors import PhyStudioError

if TYPE_CHECKING:  # pragma: no cover
    import torch

DEFAULT_CHUNK_TOKENS = 4096
WAN_TEXT_TOKENS = 512  # Wan pads prompts to 512 tokens; I2V models put image tokens before them
BRANCH_HOOK = "phystudio_guidance_branch"  # the hook's name in the transformer's HookRegistry


class GuidanceSetupError(PhyStudioError, ValueError):
    """The model or request cannot be guided as asked (the message says what to change)."""


class StopForward(Exception):
    """Raised once the last guided block has recorded its map: the energy needs nothing after it."""


@dataclass
class GuidanceSession:
    """What the guided processors of one generation share (mutable; one per generation).

    ``phase`` is ``idle`` (plain library path), ``energy`` (the gradient forward: keep maps with
    their graph) or ``denoise`` (the pipeline's own forward: bias and/or capture when switched on).
    """

    columns: "torch.Tensor"  # token positions of all objects, unique and sorted, [J]
    num_real_tokens: int
    chunk_tokens: int = DEFAULT_CHUNK_TOKENS
    cell_bias: "torch.Tensor | None" = None  # attention-bias: [image tokens, J] logit offsets
    phase: str = "idle"
    stop_after: int | None = None  # energy fast path: the block whose map ends the forward
    bias_on: bool = False
    capture_on: bool = False
    is_conditional: bool = True
    energy_maps: dict[int, "torch.Tensor"] = field(default_factory=dict)  # block → [H, N, J]
    captured: dict[int, "torch.Tensor"] = field(default_factory=dict)  # block → [N, J], mean over heads

    @property
    def active(self) -> bool:
        return self.is_conditional and (self.phase == "energy" or (self.phase == "denoise" and
                                                                   (self.bias_on or self.capture_on)))

    def record(self, block: int, probabilities: "torch.Tensor") -> None:
        """Keep ``[1, H, N, J]`` probabilities: with their graph for the energy, head-averaged for the viewer."""
        if self.phase == "energy":
            self.energy_maps[block] = probabilities[0]
        if self.phase == "denoise" and self.capture_on:
            self.captured[block] = probabilities[0].detach().mean(0).cpu()


def object_token_probabilities(query: "torch.Tensor", key: "torch.Tensor", columns: "torch.Tensor",
                               num_real_tokens: int, *, bias: "torch.Tensor | None" = None,
                               chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> "torch.Tensor":
    """``softmax(QKᵀ/√d + bias)`` restricted to ``columns``, normalised over the first ``num_real_tokens`` keys.

    ``query`` ``[B, N, H, D]`` and ``key`` ``[B, S, H, D]`` are laid out as diffusers' processors hold
    them; ``bias`` ``[N, J]`` is added to the logits of the columns. Returns float32 ``[B, H, N, J]``.
    Image tokens are processed in chunks; under autograd each chunk is checkpointed so backward
    stores the chunk inputs only, not its ``[H, chunk, S]`` logits.
    """
    import torch
    from torch.utils.checkpoint import checkpoint

    keys = key[:, :num_real_tokens].float().transpose(1, 2)  # [B, H, S, D]
    scale = 1.0 / math.sqrt(query.shape[-1])
    columns = columns.to(query.device)

    def chunk_probabilities(q: "torch.Tensor", chunk_bias: "torch.Tensor | None") -> "torch.Tensor":
        logits = torch.matmul(q.float().transpose(1, 2), keys.transpose(-1, -2)) * scale  # [B, H, n, S]
        if chunk_bias is not None:
            logits = logits.index_add(-1, columns, chunk_bias.to(logits.dtype).expand(*logits.shape[:-1], -1))
        return torch.exp(logits.index_select(-1, columns) - torch.logsumexp(logits, dim=-1, keepdim=True))

    use_checkpoint = torch.is_grad_enabled() and (query.requires_grad or keys.requires_grad)
    parts = []
    for start in range(0, query.shape[1], chunk_tokens):
        q = query[:, start:start + chunk_tokens]
        chunk_bias = None if bias is None else bias[start:start + chunk_tokens]
        if use_checkpoint:
            parts.append(checkpoint(chunk_probabilities, q, chunk_bias, use_reentrant=False))
        else:
            parts.append(chunk_probabilities(q, chunk_bias))
    return torch.cat(parts, dim=2)


class ObjectAttentionProcessor:
    """Wraps a block's ``attn2`` processor (see the module docstring); inactive calls go straight through."""

    def __init__(self, base: Any, block: int, session: GuidanceSession):
        self.base = base
        self.block = block
        self.session = session

    def __call__(self, attn: Any, hidden_states: "torch.Tensor", encoder_hidden_states: "torch.Tensor | None" = None,
                 attention_mask: "torch.Tensor | None" = None, rotary_emb: Any = None, **kwargs: Any) -> "torch.Tensor":
        session = self.session
        if not session.active:
            return self.base(attn, hidden_states, encoder_hidden_states, attention_mask, rotary_emb, **kwargs)
        biased = session.phase == "denoise" and session.bias_on
        if attn.add_k_proj is not None and biased:
            raise GuidanceSetupError("attention-bias guidance supports text-to-video Wan only (this model has an image branch)")
        # Wan puts the I2V image context before the 512 text tokens; only the text part has object tokens.
        text = encoder_hidden_states if attn.add_k_proj is None else encoder_hidden_states[:, -WAN_TEXT_TOKENS:]
        query = attn.norm_q(attn.to_q(hidden_states)).unflatten(2, (attn.heads, -1))
        # The biased output attends to every key, padding included, as the library does; the
        # probabilities need the real prompt tokens' keys only (norm_k works token by token).
        keyed = text if biased else text[:, :session.num_real_tokens]
        key = attn.norm_k(attn.to_k(keyed)).unflatten(2, (attn.heads, -1))
        bias = session.cell_bias if biased else None
        if session.phase == "energy" or session.capture_on:
            probabilities = object_token_probabilities(query, key, session.columns, session.num_real_tokens,
                                                       bias=bias, chunk_tokens=session.chunk_tokens)
            session.record(self.block, probabilities)
            if session.phase == "energy" and session.stop_after == self.block:
                raise StopForward  # fast path: skip this attention's output and everything after it
        if biased:
            return self._biased_attention(attn, query, key, text, bias)
        return self.base(attn, hidden_states, encoder_hidden_states, attention_mask, rotary_emb, **kwargs)

    def _biased_attention(self, attn: Any, query: "torch.Tensor", key: "torch.Tensor", text: "torch.Tensor",
                          bias: "torch.Tensor") -> "torch.Tensor":
        """Cross-attention with ``bias`` added to the object columns' logits (SDPA takes an additive mask)."""
        import torch
        from diffusers.models.attention_dispatch import AttentionBackendName, dispatch_attention_fn

        value = attn.to_v(text).unflatten(2, (attn.heads, -1))
        mask = torch.zeros(1, 1, query.shape[1], key.shape[1], dtype=query.dtype, device=query.device)
        mask[..., self.session.columns.to(query.device)] = bias.to(device=query.device, dtype=query.dtype)
        hidden = dispatch_attention_fn(query, key, value, attn_mask=mask, backend=AttentionBackendName.NATIVE)
        hidden = hidden.flatten(2, 3).type_as(query)
        return attn.to_out[1](attn.to_out[0](hidden))


@contextmanager
def guided_attention(transformer: Any, blocks: Sequence[int], session: GuidanceSession) -> Iterator[GuidanceSession]:
    """Install ``ObjectAttentionProcessor`` on ``blocks``' text cross-attention; restore on exit."""
    num_blocks = len(transformer.blocks)
    bad = [b for b in blocks if not 0 <= b < num_blocks]
    if bad:
        raise GuidanceSetupError(f"guided blocks {bad} do not exist: the transformer has blocks 0-{num_blocks - 1}")
    def read_branch(module: Any, args: tuple, kwargs: dict, label: Any) -> None:
        session.is_conditional = label is None or label.name == "cond"  # no label: a direct (energy) call

    originals = {}
    hooks = registry(transformer)
    hooks.register_hook(call_hook(pre=read_branch, labelled=True), BRANCH_HOOK)
    try:
        for b in blocks:
            attention = transformer.blocks[b].attn2
            originals[b] = attention.processor
            attention.set_processor(ObjectAttentionProcessor(attention.processor, b, session))
        yield session
    finally:
        hooks.remove_hook(BRANCH_HOOK, recurse=False)
        for b, processor in originals.items():
            transformer.blocks[b].attn2.set_processor(processor)
