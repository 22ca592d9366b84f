"""ProPhy: a Mixture-of-Physics-Experts branch for Wan's DiT (the ProPhy paper; docs/architecture.md).

Semantic Experts turn the prompt into physics prior tokens that the cross-attention sees next to
the text; Refinement Experts route each video token to a few low-rank experts; training aligns
that routing with physics attention maps (a VLM's when given, a planner's layout otherwise).
The branch attaches to diffusers' ``WanTransformer3DModel`` with hooks, so one backbone serves the
base model, LoRA variants and ProPhy variants.

Modules: ``config`` (settings, categories, keyword classifier; no torch), ``module`` (the experts),
``attach`` (hooks, ``ProPhyVariant``), ``losses``, ``objective`` (trainer objective), ``io`` (files),
``inspect`` (router maps, overlays, figures). Only ``config`` is imported here, so importing the
package stays free of torch.
"""

from .config import AMBIENT, DEFAULT_CATEGORIES, ProPhyConfig, ProPhyConfigError, classify_prompt

__all__ = ["AMBIENT", "DEFAULT_CATEGORIES", "ProPhyConfig", "ProPhyConfigError", "classify_prompt"]
