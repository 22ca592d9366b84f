"""What the judge tests share: a clip sent the way the studio sends it, and the laws a score names."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from pipelines.core.video import read_video, write_mp4


def through_mp4(frames: np.ndarray, fps: float) -> np.ndarray:
    """The frames as a clip sent to the judge brings them: through an H.264 MP4 file and back (its codec blurs and
    shifts colours, which a law must survive), cropped to the frames' own size."""
    with tempfile.TemporaryDirectory() as folder:
        decoded, _ = read_video(write_mp4(frames, Path(folder) / "clip.mp4", fps))
    return decoded[:, : frames.shape[1], : frames.shape[2]]


def laws_named(scores) -> list[str]:
    """The law of each violation a judge's score reports, in its order."""
    return [v["law"] for v in scores.details["violations"]]
