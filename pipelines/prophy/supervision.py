"""Per-video physics supervision for ProPhy: where the physics happens in each training video.

A group's winner may carry ``meta["physics"]`` in ``groups.jsonl``, one of:

* ``{"source": ..., "shape": [T, H, W], "rle": [n0, n1, ...]}``: a binary map per frame, run-length
  coded over the C-ordered array, starting with a run of zeros (an all-zero map is ``[T·H·W]``);
* ``{"source": ..., "frames": ["maps/g1/000.png", ...]}``: one greyscale image per frame, paths
  relative to the groups file's folder (and never outside it), any resolution, brighter = more physics;
* ``{"source": ..., "layout": {...}}``: a layout (the studio's layout JSON) of the objects in the video.

``source`` says who made it: ``"tracker"`` (the embedded tracker on the video itself: what moves,
where), ``"vlm"`` or anything a user's tool writes. The trainer reads it into the batch as
``physics_maps`` / ``layouts``; a winner without it gets a map of its own video (from the VLM of
``[prophy] map_vlm``, vlm_maps.py, else the tracker), never a plan of its prompt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import PhyStudioError

PHYSICS_KEY = "physics"
MAX_MAP_VALUES = 16_000_000  # a map bigger than this (e.g. 81 × 480 × 832 = 32M) must be stored downscaled
MAX_MAP_FRAMES = 1024


class PhysicsSupervisionError(PhyStudioError, ValueError):
    """A physics entry that cannot be used; the message names what is wrong."""


# ---------------------------------------------------------------------- run-length coding
def encode_rle(mask: np.ndarray) -> dict[str, Any]:
    """Binary [T, H, W] mask → ``{"shape", "rle"}`` (runs alternate zeros/ones, zeros first)."""
    mask = np.asarray(mask).astype(bool)
    if mask.ndim != 3:
        raise PhysicsSupervisionError(f"a physics map must be [frames, height, width], got shape {mask.shape}")
    flat = mask.reshape(-1)
    changes = np.flatnonzero(flat[1:] != flat[:-1]) + 1
    edges = np.concatenate([[0], changes, [flat.size]])
    runs = np.diff(edges).tolist()
    if flat.size and flat[0]:
        runs = [0, *runs]
    return {"shape": [int(v) for v in mask.shape], "rle": [int(r) for r in runs]}


def decode_rle(shape: Any, runs: Any) -> np.ndarray:
    """``encode_rle``'s inverse, checked: bounded size, non-negative runs that add up to the shape."""
    if (not isinstance(shape, (list, tuple)) or len(shape) != 3
            or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in shape)):
        raise PhysicsSupervisionError(f"physics 'shape' must be three positive integers [frames, height, width], "
                                      f"got {shape!r}")
    total = math.prod(shape)
    if total > MAX_MAP_VALUES or shape[0] > MAX_MAP_FRAMES:
        raise PhysicsSupervisionError(f"physics map {shape} is too large ({total:,} values; at most "
                                      f"{MAX_MAP_VALUES:,} and {MAX_MAP_FRAMES} frames): store it downscaled")
    if (not isinstance(runs, list) or len(runs) > total + 1
            or not all(isinstance(r, int) and not isinstance(r, bool) and r >= 0 for r in runs)):
        raise PhysicsSupervisionError("physics 'rle' must be a list of non-negative integer run lengths")
    if sum(runs) != total:
        raise PhysicsSupervisionError(f"physics 'rle' covers {sum(runs):,} values but shape {list(shape)} has "
                                      f"{total:,}")
    values = np.zeros(len(runs), dtype=bool)
    values[1::2] = True
    return np.repeat(values, runs).reshape(shape)


# ---------------------------------------------------------------------- entries
def check_entry(entry: Any, where: str = "physics") -> dict[str, Any]:
    """The entry if it has exactly one of rle / frames / layout with the right types (not decoded)."""
    if not isinstance(entry, Mapping):
        raise PhysicsSupervisionError(f"{where} must be an object, got {type(entry).__name__}")
    kinds = [key for key in ("rle", "frames", "layout") if key in entry]
    if len(kinds) != 1:
        raise PhysicsSupervisionError(f"{where} needs exactly one of 'rle' (with 'shape'), 'frames' or 'layout', "
                                      f"got {sorted(entry)}")
    if "frames" in entry:
        frames = entry["frames"]
        if (not isinstance(frames, list) or not frames or len(frames) > MAX_MAP_FRAMES
                or not all(isinstance(f, str) and f for f in frames)):
            raise PhysicsSupervisionError(f"{where} 'frames' must be a list of 1–{MAX_MAP_FRAMES} image paths")
    if "layout" in entry and not isinstance(entry["layout"], Mapping):
        raise PhysicsSupervisionError(f"{where} 'layout' must be a layout object")
    return dict(entry)


def frame_paths(entry: Mapping[str, Any], base: Path) -> list[Path]:
    """The entry's map images resolved inside ``base`` (PhysicsSupervisionError for one outside it)."""
    from ..core.paths import PathEscape, within

    try:
        return [within(base, name) for name in entry.get("frames", [])]
    except PathEscape as exc:
        raise PhysicsSupervisionError(f"physics map image: {exc}") from None


def read_entry(entry: Mapping[str, Any], base: Path) -> tuple[np.ndarray | None, Any]:
    """(float32 [T, H, W] map or None, Layout or None) of one entry; images are read from ``base``."""
    entry = check_entry(entry)
    if "rle" in entry:
        return decode_rle(entry.get("shape"), entry["rle"]).astype(np.float32), None
    if "layout" in entry:
        from ..core.layout import Layout, LayoutError

        try:
            return None, Layout.from_dict(entry["layout"])
        except LayoutError as exc:
            raise PhysicsSupervisionError(f"physics layout: {exc}") from None
    import cv2

    frames = []
    for path in frame_paths(entry, base):
        image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        if image is None:
            raise PhysicsSupervisionError(f"physics map image {path} is missing or not an image")
        if frames and image.shape != frames[0].shape:
            raise PhysicsSupervisionError(f"physics map image {path} is {image.shape[1]}×{image.shape[0]}, the first "
                                          f"is {frames[0].shape[1]}×{frames[0].shape[0]}: all frames need one size")
        frames.append(image)
    stack = np.stack(frames).astype(np.float32) / 255.0
    if stack.size > MAX_MAP_VALUES:
        raise PhysicsSupervisionError(f"physics map images hold {stack.size:,} values (at most {MAX_MAP_VALUES:,}): "
                                      "store them downscaled")
    return stack, None


# ---------------------------------------------------------------------- producers
def tracker_entry(video: str | Path, *, max_frames: int = 161) -> dict[str, Any]:
    """What moves in ``video`` and where, per frame, from the embedded tracker (no model, no prompt)."""
    from ..core.video import read_video
    from ..eval.tracking import track_objects

    frames, fps = read_video(video, max_frames=max_frames)
    tracking = track_objects(frames, fps if fps > 0 else 16.0)
    return {"source": "tracker", **encode_rle(tracking.foreground)}
