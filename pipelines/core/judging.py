"""Protocols for physics judges and captioners, and the video value they read.

A judge turns (video, prompt) into semantic adherence (SA) and physical commonsense (PC) in
[0, 1]; a captioner describes the motion it sees. ``kind`` tells the UI what a score is: a VLM's
probability or our embedded motion metrics, which must never be presented as a VLM score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .scrub import ScrubbedError

JUDGE_KINDS = ("vlm", "motion", "remote")


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
