"""Export a trained LoRA in diffusers' format, with a small JSON saying what produced it.

The weights go through peft's ``get_peft_model_state_dict`` and diffusers'
``WanPipeline.save_lora_weights`` (alpha/rank metadata included), so the file loads with
``WanPipeline.load_lora_weights`` anywhere and with our ``load_lora_variant`` in the studio.
``phystudio_lora.json`` records base model, data file + hash, hyperparameters and step: the
run record of a Compare/arena video can then say exactly which training produced its LoRA.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import torch
from torch import nn

from .latent_cache import file_sha256
from .lora_sr import ADAPTER_NAME, unwrap
from .run_files import write_json_atomic

LORA_WEIGHTS_NAME = "pytorch_lora_weights.safetensors"
METADATA_NAME = "phystudio_lora.json"
METADATA_FORMAT = "phystudio-lora/1"


def lora_state_dict(transformer: nn.Module, dtype: torch.dtype | None = None) -> dict[str, torch.Tensor]:
    """The adapters' weights under peft's adapter-free names (``blocks.0.attn1.to_q.lora_A.weight``)."""
    from peft.utils import get_peft_model_state_dict

    state = get_peft_model_state_dict(unwrap(transformer), adapter_name=ADAPTER_NAME)
    return {k: (v.detach().to("cpu", dtype=dtype) if dtype else v.detach().to("cpu")).contiguous() for k, v in state.items()}


def export_lora(transformer: nn.Module, folder: str | Path, metadata: dict[str, Any],
                dtype: torch.dtype | None = None) -> Path:
    """Write ``pytorch_lora_weights.safetensors`` + ``phystudio_lora.json`` into ``folder``; returns the folder."""
    from diffusers import WanPipeline

    model = unwrap(transformer)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    state = lora_state_dict(model, dtype)
    adapter_config = model.peft_config[ADAPTER_NAME].to_dict()
    WanPipeline.save_lora_weights(folder, transformer_lora_layers=state, weight_name=LORA_WEIGHTS_NAME,
                                  transformer_lora_adapter_metadata=adapter_config)
    weights = folder / LORA_WEIGHTS_NAME
    record = {
        "format": METADATA_FORMAT,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "weights": LORA_WEIGHTS_NAME,
        "weights_sha256": file_sha256(weights),
        "weights_bytes": weights.stat().st_size,
        "dtype": str(next(iter(state.values())).dtype).removeprefix("torch."),
        "lora": {"rank": adapter_config["r"], "alpha": adapter_config["lora_alpha"],
                 "targets": sorted(adapter_config["target_modules"]), "layers": len(state) // 2},
        **metadata,
    }
    write_json_atomic(folder / METADATA_NAME, record)
    return folder


def read_lora_metadata(folder: str | Path) -> dict[str, Any]:
    """The JSON written next to the weights ({} for a LoRA from elsewhere)."""
    file = Path(folder) / METADATA_NAME
    return json.loads(file.read_text(encoding="utf-8")) if file.is_file() else {}

