"""What the Wan backend knows about the things that ride on it: variants and denoising methods.

The backend loads the model, prepares one run and decodes it; everything a paper adds to that is
one of two shapes, and the backend sees only these protocols (``pipelines.services`` hands it the
concrete ones):

* a ``ModelVariant`` changes the backbone for the calls that ask for it (a LoRA adapter, a
  ProPhy branch) and can be switched on and off between calls;
* a ``DenoisingMethod`` takes part in one denoising run (layout guidance, ProPhy's routing
  inspection): it may reword the prompt, install hooks while the run lasts, change the latents
  before the first step and after each step, and turn the decoded frames into its own result.

Plain types only (no torch): tensors and pipelines are ``Any`` here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .generation import AttentionMaps, CancelToken, GenerationRequest


@runtime_checkable
class ModelVariant(Protocol):
    """A named change to the backbone, switched per call; recorded in run records by file and hash."""

    name: str
    path: Path
    file_hash: str
    file_format: str

    def activate(self, pipe: Any) -> None:
        """Make the next calls of ``pipe`` use this variant (raises ``GenerationError`` if it cannot)."""

    def deactivate(self, pipe: Any) -> None:
        """Make the next calls of ``pipe`` run without this variant."""

    def check_request(self, request: GenerationRequest) -> None:
        """Raise ``GenerationError`` when this variant cannot serve ``request`` (e.g. a method it does not combine with)."""


class VariantKind(Protocol):
    """Opens one kind of variant file (e.g. a ProPhy export) as a ``ModelVariant``."""

    def recognises(self, path: str | Path) -> bool:
        """Whether ``path`` (a file or a folder) holds a variant of this kind."""

    def open(self, name: str, path: str | Path) -> ModelVariant:
        """Read the file's header (not the weights); raise ``GenerationError`` naming the problem."""


@dataclass
class DenoisingRun:
    """One prepared run, as the methods see it: embeddings, initial latents and the schedule are made once."""

    pipe: Any
    request: GenerationRequest
    prompt: str  # what the text encoder read
    prompt_embeds: Any  # the conditional branch's embeddings, in the transformer's dtype
    negative_embeds: Any  # None without classifier-free guidance
    timesteps: Any  # the scheduler's timesteps for ``request.steps``
    sigmas: list[float]
    device: Any
    cancel: CancelToken
    attention_kwargs: dict[str, Any] | None = None


@dataclass
class MethodOutcome:
    """What a guiding method hands back: the frames, the attention it captured, a report for the run record."""

    frames: Any  # uint8 [T, H, W, 3]; None when the run was not decoded
    attention: AttentionMaps | None = None
    report: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class DenoisingMethod(Protocol):
    """Takes part in one denoising run through step hooks (see the module docstring)."""

    label: str  # shown in progress messages ("" for none)

    def prompt(self, pipe: Any, request: GenerationRequest) -> str:
        """The text the encoder reads; also where a method rejects a request it cannot serve."""

    def attached(self, run: DenoisingRun) -> AbstractContextManager[None]:
        """Install hooks and processors for the run; remove them on exit, however the run ends."""

    def first_latents(self, latents: Any) -> Any:
        """The latents entering step 0."""

    def step_end(self, step: int, latents: Any) -> Any | None:
        """After step ``step``: the latents entering the next step, or None to keep the pipeline's."""

    def finish(self, frames: Any) -> Any:
        """The method's result for the decoded frames (uint8 [T, H, W, 3], or None when not decoded)."""


@dataclass(frozen=True)
class MethodSet:
    """The variants and methods a backend may use; ``pipelines.services`` builds the concrete set."""

    variant_kinds: Mapping[str, VariantKind] = field(default_factory=dict)  # settings key ("prophy") → opener
    guidance: Callable[[GenerationRequest], DenoisingMethod] | None = None  # for requests with guidance on
    inspection: Callable[[GenerationRequest], DenoisingMethod] | None = None  # ProPhy routing inspection
