"""Where the studio runs: a workstation, a Hugging Face Space on CPU, or a ZeroGPU Space.

Spaces set ``SPACE_ID`` (and ``SPACES_ZERO_GPU`` on ZeroGPU hardware); the rest of the studio asks this
module instead of reading the environment itself, so tests can describe any host with a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from .config import GeneratorConfig, StudioConfig

GPU_GENERATORS = ("wan",)


@dataclass(frozen=True)
class Host:
    space_id: str | None = None
    zero_gpu: bool = False
    server_name: str | None = None  # what the platform wants us to listen on (GRADIO_SERVER_NAME)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> "Host":
        zero = environ.get("SPACES_ZERO_GPU", "").strip().lower() in ("1", "true", "yes")
        return cls(space_id=environ.get("SPACE_ID") or None, zero_gpu=zero,
                   server_name=environ.get("GRADIO_SERVER_NAME") or None)

    @property
    def on_space(self) -> bool:
        return self.space_id is not None


def cpu_fallback(config: StudioConfig, host: Host, has_cuda: Callable[[], bool]) -> tuple[StudioConfig, str | None]:
    """A Space without a GPU cannot run Wan: serve the embedded preview instead of failing at start-up,
    and return the banner that says so. Workstations keep their config (a wrong one fails loudly there)."""
    g = config.generator
    if not host.on_space or host.zero_gpu or g.backend not in GPU_GENERATORS or g.device == "cpu" or has_cuda():
        return config, None
    embedded = replace(config, generator=replace(g, backend=GeneratorConfig.backend))
    notice = (f"This Space runs on CPU, so Wan2.1 ({g.model}) is off: videos come from the embedded **preview** "
              "renderer (layouts drawn as moving boxes, not model output). Choose GPU or ZeroGPU hardware in the "
              "Space settings to generate with Wan.")
    return embedded, notice
