"""A ProPhy checkpoint for the tiny Wan with non-zero weights, as if trained (a fresh one is an exact no-op)."""

from __future__ import annotations

from pathlib import Path


def save_trained_prophy(folder: Path, seed: int = 1, scale: float = 0.3) -> Path:
    import torch

    from pipelines.backends.tiny_wan import TinyWanConfig
    from pipelines.prophy.config import ProPhyConfig
    from pipelines.prophy.io import save_prophy
    from pipelines.prophy.module import ProPhyModule

    tiny = TinyWanConfig()
    torch.manual_seed(0)
    module = ProPhyModule(ProPhyConfig(), tiny.num_heads * tiny.head_dim, tiny.num_layers)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for parameter in module.parameters():
            parameter.add_(torch.randn(parameter.shape, generator=generator) * scale)
    folder.mkdir(parents=True, exist_ok=True)
    return save_prophy(module, folder / "prophy.safetensors", {"step": 7, "note": "random weights for tests"})
