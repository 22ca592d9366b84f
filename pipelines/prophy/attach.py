"""Connect a ``ProPhyModule`` to diffusers' ``WanTransformer3DModel`` with hooks, never a fork.

Three kinds of hook, all registered under one name (``PROPHY_HOOK``) in diffusers' ``HookRegistry``
and removed together:

* a hook on ``condition_embedder`` appends the prior tokens to the projected text tokens,
  so every block's cross-attention receives ``[text; prior]``;
* a wrapper around every block's ``attn2`` processor splits them off again: the library processor
  attends to the text exactly as before, and on the prior blocks a *decoupled* attention to the
  prior tokens (the same form Wan's I2V models use for their image tokens) is added through a
  zero-initialised per-channel gate. A joint softmax over ``[text; prior]`` would change the
  backbone's output the moment the module is attached; the gated form leaves it bit-identical
  until training opens the gates;
* hooks on the refinement blocks add the token-routed expert update to the block output.

A hook on the transformer itself keeps the token grid of each call and, for inspection, reads the
label the pipeline puts on each call (``cache_context("cond", step_index=i)``) to record the
conditional branch at one step. The attachment is found through that named hook, not through an
attribute on the transformer. One backbone serves the base model and ProPhy variants: ``disable()``
turns every hook into a pass-through for the next calls, ``detach()`` removes them. ``ProPhyVariant`` wraps this for the
generator: load a file once, ``activate``/``deactivate`` per call.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from ..backends.model_hooks import call_hook, registry
from ..core.errors import PhyStudioError
from .io import load_prophy, prophy_file_hash, read_prophy_header, resolve_prophy_file
from .module import ProPhyModule, Routing, SemanticOutput

PROPHY_HOOK = "phystudio_prophy"  # the hooks' name in the transformer's (and its blocks') HookRegistry
_VARIANT_NAME = re.compile(r"^[A-Za-z0-9_-]+$")  # the rule LoRA variant names follow
REGISTERED_NAME = "prophy_branch"  # submodule name when attached for training (DDP/FSDP must see the params)


class ProPhyAttachError(PhyStudioError, ValueError):
    """The module cannot be attached to this transformer (the message says why and what to do)."""


def prior_attention(attn: Any, hidden_states: Tensor, prior_tokens: Tensor, gate: Tensor,
                    projected_query: Tensor | None = None) -> Tensor:
    """Gated attention of the image tokens to the prior tokens, through the block's own projections.

    Returns ``W_out · (gate ⊙ softmax(QKᵀ/√d)V)`` without the output bias (the text path already
    added it), i.e. the term Wan's I2V processor adds for image tokens, scaled per channel.
    ``projected_query``: ``attn.to_q(hidden_states)`` when the text path already computed it.

    With only a few prior tokens it is cheaper to push each head's gated values through ``W_out``
    first (P·H vectors) and mix those with the attention probabilities ([N, H·P] @ [H·P, dim]) than
    to attend and then project every image token ([N, dim] @ [dim, dim]).
    """
    if projected_query is None:
        projected_query = attn.to_q(hidden_states)
    heads = attn.heads
    query = attn.norm_q(projected_query).unflatten(2, (heads, -1)).transpose(1, 2)  # [B, H, N, d_h]
    key = attn.norm_k(attn.to_k(prior_tokens)).unflatten(2, (heads, -1)).transpose(1, 2)  # [B, H, P, d_h]
    value = attn.to_v(prior_tokens)
    value = (value * gate.to(value.dtype)).unflatten(2, (heads, -1))  # [B, P, H, d_h]
    weight = attn.to_out[0].weight.to(value.dtype).unflatten(1, (heads, -1))  # [dim, H, d_h]
    projected = torch.einsum("bphk,dhk->bhpd", value, weight)  # [B, H, P, dim]
    logits = query.float() @ key.float().transpose(-1, -2) / math.sqrt(query.shape[-1])
    probs = logits.softmax(-1).to(value.dtype)  # [B, H, N, P]
    batch, _, tokens, count = probs.shape
    mixed = probs.permute(0, 2, 1, 3).reshape(batch, tokens, heads * count)
    return mixed @ projected.reshape(batch, heads * count, -1)


class ProPhyCrossAttention:
    """Wraps one block's ``attn2`` processor (see the module docstring)."""

    def __init__(self, base: Any, block: int, attachment: ProPhyAttachment):
        self.base, self.block, self.attachment = base, block, attachment

    def __call__(self, attn: Any, hidden_states: Tensor, encoder_hidden_states: Tensor | None = None,
                 attention_mask: Tensor | None = None, rotary_emb: Any = None, **kwargs: Any) -> Tensor:
        attachment = self.attachment
        if not attachment.enabled or encoder_hidden_states is None:
            return self.base(attn, hidden_states, encoder_hidden_states, attention_mask, rotary_emb, **kwargs)
        count = attachment.num_prior_tokens
        text, prior = encoder_hidden_states[:, :-count], encoder_hidden_states[:, -count:]
        gate = attachment.module.prior_gate(self.block)
        if gate is None:
            return self.base(attn, hidden_states, text, attention_mask, rotary_emb, **kwargs)
        # Keep the query projection the library computes for the text, instead of a second to_q pass.
        # The hook goes on whatever module is ``to_q`` now (a LoRA wrapper once adapters are loaded).
        queries: list[Tensor] = []
        handle = attn.to_q.register_forward_hook(lambda module, args, output: queries.append(output))
        try:
            out = self.base(attn, hidden_states, text, attention_mask, rotary_emb, **kwargs)
        finally:
            handle.remove()
        query = queries[0] if len(queries) == 1 else None
        return out + prior_attention(attn, hidden_states, prior, gate, query).to(out.dtype)


@dataclass
class _Capture:
    """Which transformer calls to record for inspection: the conditional branch at one step, or the last."""

    step: int | None
    active: bool = False


class ProPhyAttachment:
    """The hooks joining one ``ProPhyModule`` to one transformer; at most one per transformer.

    After each forward, ``semantic`` holds that call's semantic router output and ``routing`` each
    refinement block's routing (with their autograd graphs: the training losses read them), and
    ``grid`` the (frames, height, width) token grid of that call.
    """

    def __init__(self, transformer: Any, module: ProPhyModule, *, register: bool = False):
        check_fits(transformer, module)
        if attachment_of(transformer) is not None:
            raise ProPhyAttachError("a ProPhy module is already attached to this transformer: detach it first "
                                    "(or let ProPhyVariant.activate switch modules)")
        self.transformer, self.module, self.registered = transformer, module, register
        self.enabled = True
        self.semantic: SemanticOutput | None = None
        self.routing: dict[int, Routing] = {}
        self.grid: tuple[int, int, int] | None = None
        self.captured: dict[int, Routing] = {}
        self._capture: _Capture | None = None
        self._processors: dict[int, Any] = {}
        module.to(device=_device_of(transformer))
        if register:
            transformer.add_module(REGISTERED_NAME, module)
        self._install()

    @property
    def num_prior_tokens(self) -> int:
        return self.module.config.prior_tokens

    # ------------------------------------------------------------------ switching
    def enable(self) -> None:
        self.enabled = True

    def disable(self) -> None:
        """Every hook passes through: the backbone computes exactly what it computes without ProPhy."""
        self.enabled = False

    @contextmanager
    def disabled(self) -> Iterator[None]:
        previous = self.enabled
        self.enabled = False
        try:
            yield
        finally:
            self.enabled = previous

    def detach(self) -> None:
        """Remove every hook and restore the original processors."""
        for index, original in self._processors.items():
            attention = self.transformer.blocks[index].attn2
            if not isinstance(attention.processor, ProPhyCrossAttention) or attention.processor.attachment is not self:
                raise ProPhyAttachError(f"block {index}'s cross-attention processor was replaced after ProPhy was "
                                        "attached (e.g. layout guidance is active): remove that wrapper first")
        for index, original in self._processors.items():
            self.transformer.blocks[index].attn2.set_processor(original)
        self._processors = {}
        registry(self.transformer).remove_hook(PROPHY_HOOK, recurse=True)
        if self.registered and REGISTERED_NAME in self.transformer._modules:
            del self.transformer._modules[REGISTERED_NAME]
        self.semantic, self.routing, self.captured = None, {}, {}

    # ------------------------------------------------------------------ inspection
    @contextmanager
    def capturing(self, step: int | None = None) -> Iterator[dict[int, Routing]]:
        """Record the refinement routing (on the CPU) of the pipeline's conditional calls: the call of
        denoising ``step`` (0-based), or the last one when ``step`` is None."""
        self.captured = {}
        self._capture = _Capture(step)
        try:
            yield self.captured
        finally:
            self._capture = None

    # ------------------------------------------------------------------ hooks
    def _install(self) -> None:
        transformer = self.transformer
        hook = call_hook(pre=self._before_forward, labelled=True)
        hook.attachment = self  # how ``attachment_of`` finds it
        registry(transformer).register_hook(hook, PROPHY_HOOK)
        registry(transformer.condition_embedder).register_hook(call_hook(post=self._append_prior), PROPHY_HOOK)
        for index, block in enumerate(transformer.blocks):
            self._processors[index] = block.attn2.processor
            block.attn2.set_processor(ProPhyCrossAttention(block.attn2.processor, index, self))
        for index in self.module.refinement_blocks:
            registry(transformer.blocks[index]).register_hook(call_hook(post=self._refine_hook(index)), PROPHY_HOOK)

    def _before_forward(self, transformer: Any, args: tuple, kwargs: dict, label: Any) -> None:
        if not self.enabled:
            return
        hidden = kwargs.get("hidden_states", args[0] if args else None)
        p_t, p_h, p_w = transformer.config.patch_size
        _, _, frames, height, width = hidden.shape
        self.grid = (frames // p_t, height // p_h, width // p_w)
        self.semantic, self.routing = None, {}
        if next(self.module.parameters()).device != hidden.device:  # offload hooks moved the backbone
            self.module.to(hidden.device)
        capture = self._capture
        if capture is not None:
            conditional = label is not None and label.name == "cond"
            capture.active = conditional and (capture.step is None or label.step_index == capture.step)

    def _append_prior(self, embedder: Any, args: tuple, kwargs: dict, output: tuple) -> tuple | None:
        if not self.enabled:
            return None
        raw = kwargs.get("encoder_hidden_states", args[1] if len(args) > 1 else None)
        temb, timestep_proj, text, image = output
        semantic = self.module.prior(text, real_token_mask(raw))
        self.semantic = semantic
        return temb, timestep_proj, torch.cat([text, semantic.prior_tokens.to(text.dtype)], dim=1), image

    def _refine_hook(self, index: int):
        refiner = self.module.refiner(index)

        def hook(block: Any, args: tuple, kwargs: dict, output: Tensor) -> Tensor | None:
            if not self.enabled:
                return None
            embeds = kwargs.get("encoder_hidden_states", args[1] if len(args) > 1 else None)
            update, routing = refiner(output, embeds[:, -self.num_prior_tokens:])
            self.routing[index] = routing
            if self._capture is not None and self._capture.active:
                self.captured[index] = Routing(*(t.detach().to("cpu") for t in routing))
            return output + update.to(output.dtype)

        return hook


def real_token_mask(raw_embeds: Tensor) -> Tensor:
    """[B, L] True for real prompt tokens: Wan zero-pads prompt embeddings, so padding rows are exactly zero.
    A row with no nonzero token (embeddings not from WanPipeline) counts every token as real."""
    mask = raw_embeds.detach().abs().amax(-1) > 0
    return torch.where(mask.any(1, keepdim=True), mask, torch.ones_like(mask))


def check_fits(transformer: Any, module: ProPhyModule) -> None:
    """The module was built for this backbone's width and depth."""
    config = transformer.config
    dim = config.num_attention_heads * config.attention_head_dim
    layers = len(transformer.blocks)
    if (module.dim, module.num_layers) != (dim, layers):
        raise ProPhyAttachError(f"this ProPhy module was built for a Wan transformer with width {module.dim} and "
                                f"{module.num_layers} blocks, but this one has width {dim} and {layers} blocks: "
                                "use a ProPhy file trained on this model")


def attachment_of(transformer: Any) -> ProPhyAttachment | None:
    """The attachment whose named hook sits on ``transformer`` (None when ProPhy is not attached)."""
    hook = registry(transformer).get_hook(PROPHY_HOOK)
    return hook.attachment if hook is not None else None


def attach_prophy(transformer: Any, module: ProPhyModule, *, register: bool = False) -> ProPhyAttachment:
    """Attach ``module`` (enabled). ``register=True`` also makes it a submodule of the transformer, so
    optimisers, ``accelerate.prepare`` (DDP/FSDP) and ``.to()`` see its parameters during training."""
    return ProPhyAttachment(transformer, module, register=register)


def appended_token_count(transformer: Any) -> int:
    """How many prior tokens the next call appends after the text tokens (0 without an active branch).

    For code that reads the cross-attention's key sequence itself (layout guidance): the text is
    ``encoder_hidden_states[:, :L - count]``.
    """
    attachment = attachment_of(transformer)
    return attachment.num_prior_tokens if attachment is not None and attachment.enabled else 0


def detach_prophy(transformer: Any) -> None:
    attachment = attachment_of(transformer)
    if attachment is not None:
        attachment.detach()


def _device_of(transformer: Any) -> torch.device:
    return next(transformer.parameters()).device


class ProPhyVariant:
    """A ProPhy file shown as a generator variant: loaded on first use, switched on/off per call.

    Several variants may share one backbone; activating one detaches another's hooks (its module
    stays loaded), so switching costs no file reads after the first call.
    """

    file_format = "prophy"

    def __init__(self, name: str, path: str | Path):
        if not _VARIANT_NAME.match(name or ""):
            raise ProPhyAttachError(f"ProPhy variant name {name!r} must use letters, digits, '-' or '_' only")
        self.name = name
        self.path = resolve_prophy_file(path)
        self.file_hash = prophy_file_hash(self.path)
        self._module: ProPhyModule | None = None

    def __repr__(self) -> str:
        return f"ProPhyVariant({self.name!r}, {str(self.path)!r})"

    def header(self) -> dict[str, Any]:
        """Config, backbone shape and training metadata stored in the file."""
        return read_prophy_header(self.path)

    def load(self) -> ProPhyModule:
        if self._module is None:
            self._module = load_prophy(self.path)
        return self._module

    def activate(self, target: Any) -> ProPhyAttachment:
        """Attach (or re-enable) this module on ``target``: a ``WanPipeline`` or its transformer."""
        from ..core.generation import GenerationError

        transformer = _transformer_of(target)
        module = self.load()
        current = attachment_of(transformer)
        if current is not None and current.module is not module:
            current.detach()
            current = None
        if current is None:
            try:
                current = attach_prophy(transformer, module)
            except ProPhyAttachError as exc:  # a module trained for another backbone size
                raise GenerationError(f"ProPhy variant {self.name!r} does not fit this model: {exc}") from None
        current.enable()
        return current

    def deactivate(self, target: Any) -> None:
        current = attachment_of(_transformer_of(target))
        if current is not None and current.module is self._module:
            current.disable()

    def check_request(self, request: Any) -> None:
        """The biased cross-attention re-computes attention over the keys it is given, which would bypass
        ProPhy's gated prior-token attention in the guided blocks."""
        from ..core.generation import GenerationError

        if request.guidance.mode == "attention-bias":
            raise GenerationError("attention-bias guidance does not combine with a ProPhy variant yet: choose "
                                  "energy guidance (lvd-weak / lvd-benchmark) or guidance off for this variant")


def _transformer_of(target: Any) -> Any:
    return getattr(target, "transformer", target)


def deactivate_prophy(target: Any) -> None:
    """Base-model calls: whatever ProPhy module is attached passes through (``target``: pipeline or transformer)."""
    current = attachment_of(_transformer_of(target))
    if current is not None:
        current.disable()
