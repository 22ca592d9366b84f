"""One ``.safetensors`` file per trained ProPhy branch, its config embedded in the file's metadata.

A single file is what the studio shows as a variant and what a run record hashes; keeping the
config inside it means a file can never be loaded with settings other than those it was trained
with. safetensors metadata is str → str, so the config and the caller's metadata are JSON strings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.runs import file_hash
from .config import ProPhyConfig, ProPhyConfigError

PROPHY_FILE = "prophy.safetensors"
FORMAT_NAME = "phystudio-prophy"
FORMAT_VERSION = "1"


class ProPhyFileError(PhyStudioError, ValueError):
    """A ProPhy file that cannot be used; the message names the file and what is wrong."""


def resolve_prophy_file(path: str | Path) -> Path:
    """The file itself, or ``prophy.safetensors`` inside a folder (e.g. a trainer's export folder)."""
    path = Path(path).expanduser()
    if path.is_dir():
        path = path / PROPHY_FILE
    if not path.is_file():
        raise ProPhyFileError(f"ProPhy file not found: {path} (point the setting at a {PROPHY_FILE} file or its folder)")
    return path


def prophy_file_hash(path: str | Path) -> str:
    return file_hash(path)


def save_prophy(module: Any, path: str | Path, metadata: Mapping[str, Any] | None = None) -> Path:
    """Write ``module`` (a ``ProPhyModule``) to ``path`` (a file, or a folder that gets ``prophy.safetensors``)."""
    from safetensors.torch import save_file

    path = Path(path).expanduser()
    if path.suffix != ".safetensors":
        path = path / PROPHY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tensors = {key: value.detach().to("cpu").contiguous() for key, value in module.state_dict().items()}
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "config": json.dumps(module.config.to_dict(), sort_keys=True),
        "dim": str(module.dim),
        "num_layers": str(module.num_layers),
        "metadata": json.dumps(dict(metadata or {}), sort_keys=True, default=str),
    }
    save_file(tensors, str(path), metadata=header)
    return path


def read_prophy_header(path: str | Path) -> dict[str, Any]:
    """Config, backbone shape and the saved metadata, without reading the tensors."""
    from safetensors import safe_open

    file = resolve_prophy_file(path)
    try:
        with safe_open(str(file), framework="pt") as handle:
            raw = handle.metadata() or {}
    except Exception as exc:  # not a safetensors file, truncated
        raise ProPhyFileError(f"could not read {file} as safetensors: {type(exc).__name__}: {exc}") from exc
    if raw.get("format") != FORMAT_NAME:
        raise ProPhyFileError(f"{file} is not a ProPhy file (its metadata has no format={FORMAT_NAME!r}); "
                              "is it a LoRA? LoRA files go in the LoRA settings")
    if raw.get("format_version") != FORMAT_VERSION:
        raise ProPhyFileError(f"{file} has ProPhy format version {raw.get('format_version')!r}; this PhyStudio reads "
                              f"version {FORMAT_VERSION}")
    try:
        config = ProPhyConfig.from_dict(json.loads(raw["config"]))
        shape = {"dim": int(raw["dim"]), "num_layers": int(raw["num_layers"])}
        metadata = json.loads(raw.get("metadata", "{}"))
    except (KeyError, ValueError, TypeError, ProPhyConfigError) as exc:
        raise ProPhyFileError(f"{file} has a damaged ProPhy header: {type(exc).__name__}: {exc}") from exc
    return {"file": file, "config": config, **shape, "metadata": metadata}


def load_prophy(path: str | Path, device: str = "cpu") -> Any:
    """Rebuild the saved ``ProPhyModule`` (float32, eval mode) with exactly the saved weights."""
    from safetensors.torch import load_file

    from .module import ProPhyModule

    header = read_prophy_header(path)
    module = ProPhyModule(header["config"], header["dim"], header["num_layers"])
    state = load_file(str(header["file"]), device=device)
    try:
        module.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise ProPhyFileError(f"{header['file']} does not match its own config ({exc}); the file is damaged") from exc
    return module.to(device).eval()
