"""ProPhy exports as generator variants: how the Wan backend recognises and opens them.

``pipelines.services`` hands ``ProPhyFiles`` to the backend as the ``"prophy"`` variant kind
(``pipelines.core.methods.VariantKind``); the backend never imports ProPhy itself.
"""

from __future__ import annotations

from pathlib import Path

from ..core.generation import GenerationError
from .attach import ProPhyVariant
from .io import ProPhyFileError, is_prophy_file


class ProPhyFiles:
    """Recognises a ProPhy module by its safetensors header, whatever the file is called (a folder: its
    ``prophy.safetensors``), and opens it as a ``ProPhyVariant``."""

    def recognises(self, path: str | Path) -> bool:
        return is_prophy_file(path)

    def open(self, name: str, path: str | Path) -> ProPhyVariant:
        try:
            return ProPhyVariant(name, path)
        except (ProPhyFileError, ValueError) as exc:
            raise GenerationError(f"ProPhy variant {name!r}: {exc}") from None
