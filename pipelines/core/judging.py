"""Protocols for physics judges and captioners, and the video value they read.

A judge turns (video, prompt) into semantic adherence (SA) and physical commonsense (PC) in
[0, 1]; a captioner describes the motion it sees. ``kind`` tells the UI what a score is: a VLM's
probability or our embedded motion metrics, which must never be presented as a VLM score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .scrub import ScrubbedError

JUDGE_KINDS = ("vlm", "motion", "remote")
# How a VLM judge/captioner picks its frames: "get-index" is mPLUG-Owl-Video's rule, which
# VideoCon-Physics inherits (the default); "segment-middle" takes each segment's middle frame once.
FRAME_SAMPLINGS = ("get-index", "segment-middle")


class JudgeError(ScrubbedError):
    """A judge or captioner could not score; the message says what to fix."""


@dataclass(frozen=True)
class Video:
    """Decoded frames (uint8 [T, H, W, 3]) and their rate; the unit every judge reads."""

    frames: np.ndarray
    fps: float

    @classmethod
    def load(cls, path: str | Path, max_frames: int | None = None) -> "Video":
        from .video import read_video

        frames, fps = read_video(path, max_frames=max_frames)
        return cls(frames, fps)

    @property
    def num_frames(self) -> int:
        return int(self.frames.shape[0])

    @property
    def duration_s(self) -> float:
        return self.num_frames / self.fps if self.fps else 0.0


def segment_middle_indices(num_frames: int, count: int) -> list[int]:
    """Indices of the middle frame of ``count`` equal segments (VideoCon-Physics frame sampling).

    With fewer frames than segments every frame is used once.
    """
    if num_frames <= 0:
        raise JudgeError("the video has no frames")
    if count >= num_frames:
        return list(range(num_frames))
    return [min(num_frames - 1, int((i + 0.5) * num_frames / count)) for i in range(count)]


def get_index_frames(num_frames: int, count: int) -> list[int]:
    """mPLUG-Owl-Video's ``get_index``: segments of (T − 1)/count frames, offset by half a segment
    (floored), positions rounded half to even. A clip shorter than ``count`` frames repeats frames,
    so the model always sees ``count`` of them, as VideoCon-Physics was trained."""
    if num_frames <= 0:
        raise JudgeError("the video has no frames")
    size = (num_frames - 1) / count
    start = int(size / 2)
    return [start + int(round(size * i)) for i in range(count)]


def sample_frame_indices(num_frames: int, count: int, sampling: str = "get-index") -> list[int]:
    """The frames a VLM judge or captioner reads (``FRAME_SAMPLINGS``)."""
    if sampling == "get-index":
        return get_index_frames(num_frames, count)
    if sampling == "segment-middle":
        return segment_middle_indices(num_frames, count)
    raise JudgeError(f"frame sampling must be one of {', '.join(FRAME_SAMPLINGS)}, got {sampling!r}")


def instruction_with_objects(instruction: str, objects: Sequence[str] = ()) -> str:
    """A captioner's instruction naming the scene's main objects first (PhyT2V's official captioner is
    told what the video is of), so the description follows those objects."""
    names = [str(o).strip() for o in objects if str(o).strip()]
    return f"The video shows {', '.join(names)}. {instruction}" if names else instruction


@dataclass(frozen=True)
class JudgeScores:
    sa: float | None  # semantic adherence in [0, 1]; None when the judge does not measure it
    pc: float | None  # physical commonsense in [0, 1]
    judge_id: str
    kind: str  # one of JUDGE_KINDS
    details: dict[str, Any] = field(default_factory=dict)  # raw answers, sub-metrics, rule labels

    def to_dict(self) -> dict[str, Any]:
        return {"sa": self.sa, "pc": self.pc, "judge_id": self.judge_id, "kind": self.kind, "details": self.details}


@dataclass(frozen=True)
class Caption:
    text: str
    captioner_id: str
    details: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class PhysicsJudge(Protocol):
    judge_id: str
    kind: str

    def score(self, video: Video, prompt: str) -> JudgeScores:
        ...


@runtime_checkable
class Captioner(Protocol):
    captioner_id: str

    def caption(self, video: Video, prompt: str | None = None) -> Caption:
        ...
