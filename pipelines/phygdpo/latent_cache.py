"""VAE latents and text embeddings computed once, kept on disk, reused by every step and run.

The official PhyGDPO code runs the Wan VAE and the UMT5 text encoder on every training step.
Their outputs never change while the backbone trains, so we encode each video and prompt once:
training then needs neither model in GPU memory (UMT5-XXL alone is ~11 GB in bf16), and a
second run over the same data starts at once. Entries are keyed by the content hash of the
video file (or the prompt text), a fingerprint of the encoder, and the preprocessing settings,
so a changed video, another VAE or another resolution can never be served a stale latent.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from ..core.errors import PhyStudioError
from .groups import PreferenceGroup

CACHE_FORMAT = 1


class LatentCacheError(PhyStudioError, RuntimeError):
    """A video or prompt that could not be encoded; the message names the group and the file."""


@dataclass(frozen=True)
class CachedGroup:
    """One group as the training loop sees it: cache files instead of videos."""

    group_id: str
    prompt: str
    category: str | None
    prompt_file: Path
    winner_file: Path
    loser_files: tuple[Path, ...]
    loser_sa: tuple[float | None, ...]
    loser_pc: tuple[float | None, ...]


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def module_fingerprint(module: Any) -> str:
    """Identity of an encoder: its class and config, plus either its weight files or its weights.

    A model loaded from disk (``config._name_or_path`` is a folder: a local checkpoint or the hub
    cache's snapshot folder, whose path holds the revision) is identified by that folder and the
    names, sizes and modification times of its weight files, so a multi-GB encoder is not
    re-hashed on every start. A model built in memory (the tiny Wan) has no files: its
    parameters and buffers themselves are hashed.
    """
    config = getattr(module, "config", None)
    config_dict = config.to_dict() if hasattr(config, "to_dict") else dict(config or {})
    source = str(config_dict.pop("_name_or_path", "") or getattr(config, "_name_or_path", "") or "")
    # Private keys ("_use_default_values" is a set turned list, in hash order) and versions are not identity.
    config_dict = {k: v for k, v in config_dict.items()
                   if not k.startswith("_") and k not in ("transformers_version", "torch_dtype", "dtype")}
    digest = hashlib.sha256()
    digest.update(type(module).__name__.encode())
    digest.update(json.dumps(config_dict, sort_keys=True, default=str).encode())
    folder = Path(source) if source else None
    weight_files = _weight_files(folder) if folder is not None and folder.is_dir() else []
    if weight_files:
        digest.update(str(folder.resolve()).encode())
        for file in weight_files:
            stat = file.stat()
            digest.update(f"{file.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    else:
        for name, tensor in sorted(module.state_dict().items()):
            digest.update(name.encode())
            digest.update(str(tuple(tensor.shape)).encode())
            digest.update(tensor.detach().to("cpu").contiguous().view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()[:32]


def tokenizer_fingerprint(tokenizer: Any) -> str:
    """Vocabulary and rules of a tokenizer, without the padding/truncation state each call leaves behind."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is not None:
        spec = json.loads(backend.to_str())
        spec.pop("truncation", None)
        spec.pop("padding", None)
    else:
        spec = tokenizer.get_vocab()
    text = json.dumps(spec, sort_keys=True)
    return hashlib.sha256(f"{type(tokenizer).__name__}|{text}".encode()).hexdigest()[:32]


class LatentCache:
    """Disk cache of Wan VAE latents per video and UMT5 embeddings per prompt.

    ``pipe`` is a ``WanPipeline`` (only its vae, text_encoder and tokenizer are used). Latents are
    stored normalised the way ``WanPipeline`` denormalises them before decoding:
    (z − latents_mean) / latents_std, with z the mode of the VAE's posterior.
    """

    def __init__(self, folder: str | Path, pipe: Any, *, width: int, height: int, frames: int, fps: float = 16.0,
                 max_sequence_length: int = 512, storage_dtype: str = "bfloat16", device: str | torch.device = "cpu"):
        self.folder = Path(folder)
        self.pipe = pipe
        self.width, self.height, self.frames, self.fps = int(width), int(height), int(frames), float(fps)
        self.max_sequence_length = int(max_sequence_length)
        self.storage_dtype = getattr(torch, storage_dtype)
        self.device = torch.device(device)
        self.hits = 0
        self.misses = 0
        self.vae_hash = module_fingerprint(pipe.vae)
        self.text_hash = hashlib.sha256(
            f"{module_fingerprint(pipe.text_encoder)}|{tokenizer_fingerprint(pipe.tokenizer)}".encode()).hexdigest()[:32]
        self._file_hashes: dict[tuple[str, int, int], str] = {}

    # ------------------------------------------------------------------ keys
    def video_key(self, path: str | Path) -> str:
        spec = f"video|v{CACHE_FORMAT}|{self._content_hash(Path(path))}|{self.vae_hash}|{self.width}x{self.height}x" \
               f"{self.frames}@{self.fps:g}|{self.storage_dtype}"
        return hashlib.sha256(spec.encode()).hexdigest()[:40]

    def prompt_key(self, prompt: str) -> str:
        spec = f"prompt|v{CACHE_FORMAT}|{prompt}|{self.text_hash}|{self.max_sequence_length}|{self.storage_dtype}"
        return hashlib.sha256(spec.encode()).hexdigest()[:40]

    def video_file(self, path: str | Path) -> Path:
        return self.folder / "videos" / f"{self.video_key(path)}.safetensors"

    def prompt_file(self, prompt: str) -> Path:
        return self.folder / "prompts" / f"{self.prompt_key(prompt)}.safetensors"

    # ------------------------------------------------------------------ get-or-compute
    def video_latents(self, path: str | Path) -> torch.Tensor:
        """Latents [C, F', H/8, W/8] of one video, from disk when cached."""
        file = self.video_file(path)
        if file.is_file():
            self.hits += 1
            return load_tensor(file)
        self.misses += 1
        latents = self.encode_video(path).to(self.storage_dtype)
        _save_tensor(file, latents, {"source": str(path), "vae": self.vae_hash})
        return latents

    def prompt_embeds(self, prompt: str) -> torch.Tensor:
        """UMT5 embeddings [tokens, D] of one prompt (padding stripped; collate pads it back with zeros)."""
        file = self.prompt_file(prompt)
        if file.is_file():
            self.hits += 1
            return load_tensor(file)
        self.misses += 1
        embeds = self.encode_prompt(prompt).to(self.storage_dtype)
        _save_tensor(file, embeds, {"prompt": prompt[:200], "text_encoder": self.text_hash})
        return embeds

    def prepare(self, groups: Sequence[PreferenceGroup], *, shard: tuple[int, int] = (0, 1),
                progress: Callable[[int, int, str], None] | None = None) -> list[CachedGroup]:
        """Encode what is missing (this process's ``shard`` = (index, count) of it) and map every
        group to its cache files. Run it on every process, then wait for all before reading."""
        rank, world = shard
        items = [(g, m.video) for g in groups for m in g.members] + [(g, None) for g in groups]
        todo = items[rank::world]
        for done, (group, video) in enumerate(todo, start=1):
            try:
                if video is None:
                    self.prompt_embeds(group.prompt)
                else:
                    self.video_latents(video)
            except LatentCacheError:
                raise
            except Exception as exc:
                what = f"video {video}" if video is not None else "its prompt"
                raise LatentCacheError(f"group {group.group_id!r}: could not encode {what}: "
                                       f"{type(exc).__name__}: {exc}") from exc
            if progress is not None:
                progress(done, len(todo), f"encoded {group.group_id}")
        return [CachedGroup(
            group_id=g.group_id, prompt=g.prompt, category=g.category, prompt_file=self.prompt_file(g.prompt),
            winner_file=self.video_file(g.winner.video), loser_files=tuple(self.video_file(m.video) for m in g.losers),
            loser_sa=tuple(m.sa for m in g.losers), loser_pc=tuple(m.pc for m in g.losers)) for g in groups]

    # ------------------------------------------------------------------ encoders
    def load_frames(self, path: str | Path) -> np.ndarray:
        """uint8 [frames, height, width, 3]: sampled in time, resized to cover, centre-cropped."""
        from ..core.video import read_video

        path = Path(path)
        limit = None
        if self.fps > 0:  # sampling from the start at self.fps never needs more than this at 120 fps
            limit = int(np.ceil(self.frames * 120.0 / self.fps)) + 1
        frames, source_fps = read_video(path, max_frames=limit)
        indices = sample_frame_indices(len(frames), source_fps, self.frames, self.fps)
        return np.stack([resize_cover(frames[i], self.width, self.height) for i in indices])

    def encode_video(self, path: str | Path) -> torch.Tensor:
        vae = self.pipe.vae
        frames = self.load_frames(path)
        pixels = torch.from_numpy(frames).permute(3, 0, 1, 2).unsqueeze(0)  # [1, 3, F, H, W]
        pixels = pixels.to(self.device, dtype=vae.dtype) / 127.5 - 1.0
        with torch.no_grad():
            z = vae.encode(pixels).latent_dist.mode()
            mean = torch.tensor(vae.config.latents_mean).view(1, -1, 1, 1, 1).to(z)
            inverse_std = 1.0 / torch.tensor(vae.config.latents_std).view(1, -1, 1, 1, 1).to(z)
            latents = (z - mean) * inverse_std
        return latents[0].float().cpu()

    def encode_prompt(self, prompt: str) -> torch.Tensor:
        with torch.no_grad():
            embeds, _ = self.pipe.encode_prompt(prompt, do_classifier_free_guidance=False,
                                                max_sequence_length=self.max_sequence_length, device=self.device)
        # WanPipeline zero-fills the rows after the prompt's tokens; keep only the real ones.
        real = embeds[0].abs().amax(dim=-1).nonzero()
        length = int(real.max()) + 1 if real.numel() else 0
        return embeds[0, :length].float().cpu()

    def _content_hash(self, path: Path) -> str:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        if key not in self._file_hashes:
            self._file_hashes[key] = file_sha256(path)
        return self._file_hashes[key]


def sample_frame_indices(available: int, source_fps: float, frames: int, target_fps: float) -> list[int]:
    """Indices of ``frames`` frames: at ``target_fps`` from the start when the clip is long enough,
    else (or with target_fps 0 or an unknown source fps) spread evenly over the whole clip."""
    if target_fps > 0 and source_fps > 0:
        step = source_fps / target_fps
        if round((frames - 1) * step) < available:
            return [round(i * step) for i in range(frames)]
    return [round(float(x)) for x in np.linspace(0, available - 1, frames)]


def resize_cover(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    """Scale so the frame covers width×height, then crop the centre (no letterboxing, no stretching)."""
    import cv2

    h, w = frame.shape[:2]
    scale = max(width / w, height / h)
    new_w, new_h = max(width, round(w * scale)), max(height, round(h * scale))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    resized = cv2.resize(frame, (new_w, new_h), interpolation=interpolation) if (new_w, new_h) != (w, h) else frame
    top, left = (new_h - height) // 2, (new_w - width) // 2
    return np.ascontiguousarray(resized[top: top + height, left: left + width])


def load_tensor(file: Path) -> torch.Tensor:
    from safetensors.torch import load_file

    return load_file(str(file))["tensor"]


def _weight_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".safetensors", ".bin", ".pt", ".pth", ".gguf"))


def _save_tensor(file: Path, tensor: torch.Tensor, metadata: dict[str, str]) -> None:
    """Atomic write: processes filling the cache together never read half a file."""
    from safetensors.torch import save_file

    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(f".{file.stem}.{uuid.uuid4().hex[:8]}.partial")
    save_file({"tensor": tensor.contiguous()}, str(partial), metadata={k: str(v) for k, v in metadata.items()})
    os.replace(partial, file)
