"""LoRA variants of one Wan backbone: load each file once as a named adapter, pick one per call.

Compare (base vs PhyGDPO) and the arena switch variants on every click; reloading a 1.3B/14B
backbone each time would cost minutes, so adapters stay resident and only the active one changes.
Two file formats are read: diffusers/peft LoRA files (``pipe.save_lora_weights`` output, with
their alpha metadata) and the official PhyGDPO/DiffSynth release (``blocks.{i}.self_attn.q.lora_A.dpo.weight``,
no prefix, no alpha, scale 1; as Open-PhyGDPO saves them), which is renamed to the original-Wan layout that
diffusers' Wan converter understands.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.generation import GenerationError
from ..core.runs import file_hash

LORA_WEIGHT_NAMES = ("pytorch_lora_weights.safetensors", "pytorch_lora_weights.bin")
_ADAPTER_NAME = re.compile(r"^[A-Za-z0-9_-]+$")
_LORA_KEY = re.compile(r"\.(lora_A|lora_B|lora_down|lora_up)\b")
# Original-Wan/DiffSynth names: "blocks.3.self_attn.q.lora_A.weight", optionally with a peft adapter
# segment ("...lora_A.dpo.weight", PhyGDPO's release) that diffusers' converter does not expect.
_ORIGINAL_WAN_KEY = re.compile(r"^(blocks\.\d+|head\.head|time_projection|text_embedding|time_embedding)\.")
_ADAPTER_SEGMENT = re.compile(r"\.(lora_A|lora_B)\.[A-Za-z0-9_-]+\.weight$")


class LoraError(GenerationError):
    """A LoRA file could not be used; the message names the file and what is wrong with it."""


@dataclass(frozen=True)
class LoraVariant:
    """One loaded adapter, as recorded in run records."""

    name: str
    path: Path  # the weights file actually read
    file_hash: str  # lora_file_hash(path)
    file_format: str  # "diffusers" | "original-wan" | "phygdpo"
    layers: int  # transformer layers the adapter was attached to

    # ``pipelines.core.methods.ModelVariant``: the adapter stays loaded, only its switch changes.
    def activate(self, pipe: Any) -> None:
        activate_variant(pipe, self.name)

    def deactivate(self, pipe: Any) -> None:
        activate_variant(pipe, None)

    def check_request(self, request: Any) -> None:
        """A LoRA serves every request its backbone serves."""


def lora_file_hash(path: str | Path) -> str:
    return file_hash(path)


def resolve_lora_file(path: str | Path) -> Path:
    """The weights file behind ``path``: the file itself, or the LoRA file inside a folder."""
    path = Path(path).expanduser()
    if path.is_file():
        return path
    if path.is_dir():
        for name in LORA_WEIGHT_NAMES:
            if (path / name).is_file():
                return path / name
        candidates = sorted(path.glob("*.safetensors"))
        if len(candidates) == 1:
            return candidates[0]
        raise LoraError(f"LoRA folder {path} holds {len(candidates)} .safetensors files and no "
                        f"{LORA_WEIGHT_NAMES[0]}: point the setting at one file")
    raise LoraError(f"LoRA file not found: {path} (check the LoRA path in the settings, e.g. --wan-lora name=path)")


def read_lora_state_dict(file: Path) -> dict[str, Any]:
    """Tensors of a .safetensors (or torch .bin/.pt) file; a file that is neither gives a LoraError."""
    try:
        if file.suffix == ".safetensors":
            from safetensors.torch import load_file

            return load_file(str(file))
        import torch

        state = torch.load(str(file), map_location="cpu", weights_only=True)
    except Exception as exc:  # truncated file, not a tensor file at all
        raise LoraError(f"could not read LoRA file {file}: {type(exc).__name__}: {exc}") from exc
    if not isinstance(state, dict):
        raise LoraError(f"LoRA file {file} holds a {type(state).__name__}, not a dict of tensors")
    return state


def detect_lora_format(state_dict: dict[str, Any], file: Path | str = "") -> str:
    """``"phygdpo"``, ``"original-wan"`` or ``"diffusers"`` from the key names; LoraError if not a LoRA."""
    lora_keys = [key for key in state_dict if _LORA_KEY.search(key)]
    if not lora_keys:
        sample = ", ".join(list(state_dict)[:3]) or "no tensors"
        raise LoraError(f"{file or 'the file'} is not a LoRA: none of its {len(state_dict)} tensors is named "
                        f"lora_A/lora_B/lora_down/lora_up (first keys: {sample})")
    if all(_ORIGINAL_WAN_KEY.match(key) for key in lora_keys):
        return "phygdpo" if any(_ADAPTER_SEGMENT.search(key) for key in lora_keys) else "original-wan"
    return "diffusers"


def original_wan_to_diffusers_input(state_dict: dict[str, Any]) -> dict[str, Any]:
    """Rename unprefixed original-Wan/PhyGDPO keys to the ``diffusion_model.`` layout diffusers converts.

    PhyGDPO's peft adapter segment (``.dpo``) is dropped; there is no alpha, so the scale stays 1.
    """
    renamed = {}
    for key, tensor in state_dict.items():
        key = _ADAPTER_SEGMENT.sub(lambda m: f".{m.group(1)}.weight", key)
        renamed[f"diffusion_model.{key}"] = tensor
    return renamed


def load_lora_variant(pipe: Any, name: str, path: str | Path) -> LoraVariant:
    """Attach the LoRA at ``path`` to ``pipe.transformer`` as adapter ``name`` (the backbone is untouched)."""
    check_adapter_name(name)
    if name in adapter_names(pipe):
        raise LoraError(f"a LoRA named {name!r} is already loaded; choose another name")
    file = resolve_lora_file(path)
    state_dict = read_lora_state_dict(file)
    file_format = detect_lora_format(state_dict, file)
    expected_layers = sum(1 for key in state_dict if re.search(r"\.(lora_A|lora_down)\b", key))
    try:
        with warnings.catch_warnings():  # several adapters on one model is the point here, not a mistake
            warnings.filterwarnings("ignore", message="Already found a `peft_config` attribute")
            if file_format == "diffusers":  # by path, so diffusers also reads the alpha/rank metadata it saved
                pipe.load_lora_weights(str(file.parent), weight_name=file.name, adapter_name=name)
            else:
                pipe.load_lora_weights(original_wan_to_diffusers_input(state_dict), adapter_name=name)
    except Exception as exc:  # shape mismatch (a LoRA for another Wan size), keys diffusers cannot convert
        from peft import NoMatchingPeftModuleError

        _forget(pipe, name)
        if isinstance(exc, NoMatchingPeftModuleError):
            raise LoraError(f"LoRA {file}: its layers match nothing in the transformer ({file_format} format; "
                            f"{_summary(exc)}); was it trained for another model?") from exc
        raise LoraError(f"LoRA {file} does not fit this Wan transformer ({type(exc).__name__}: {_summary(exc)}); "
                        "was it trained for another model size?") from exc
    attached = _attached_layers(pipe.transformer, name)
    if attached == 0 or attached < expected_layers:
        _forget(pipe, name)
        raise LoraError(f"LoRA {file}: {expected_layers - attached} of its {expected_layers} layers match nothing in "
                        f"the transformer ({file_format} format); was it trained for another model?")
    return LoraVariant(name=name, path=file, file_hash=lora_file_hash(file), file_format=file_format, layers=attached)


def check_adapter_name(name: str) -> None:
    """Adapter names become module keys inside peft layers, so dots and spaces are not allowed."""
    if not _ADAPTER_NAME.match(name or ""):
        raise LoraError(f"LoRA name {name!r} must use letters, digits, '-' or '_' only")


def activate_variant(pipe: Any, name: str | None) -> None:
    """Make ``name`` the only active adapter, or run the bare backbone when ``name`` is None."""
    if name is None:
        if adapter_names(pipe):
            pipe.disable_lora()
        return
    if name not in adapter_names(pipe):
        known = ", ".join(adapter_names(pipe)) or "none"
        raise LoraError(f"no LoRA variant named {name!r} is loaded (loaded: {known})")
    pipe.enable_lora()
    pipe.set_adapters([name], adapter_weights=[1.0])


def adapter_names(pipe: Any) -> list[str]:
    return list(pipe.get_list_adapters().get("transformer", []))


def _attached_layers(transformer: Any, name: str) -> int:
    return sum(1 for module in transformer.modules()
               if hasattr(module, "lora_A") and name in getattr(module, "lora_A", {}))


def _forget(pipe: Any, name: str) -> None:
    """Remove a half-loaded adapter so a failed load leaves the backbone as it was."""
    if name in adapter_names(pipe):
        pipe.delete_adapters(name)


def _summary(exc: BaseException) -> str:
    """The informative line of a library error (torch puts the size mismatch on the second line)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    line = next((line for line in lines if "mismatch" in line), lines[0] if lines else "")
    return line[:300]
