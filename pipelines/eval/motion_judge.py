"""The embedded physics judge: physical commonsense (PC) from motion measured in the pixels.

It is the studio's default judge because it needs no weights and runs on any CPU, and it is
labelled for what it is: "motion metrics (not a VLM score)". It cannot read the prompt, so it
does not claim semantic adherence (SA is None); a VLM or remote judge provides that.

PC = weighted mean of the sub-scores that the video allows measuring (see ``motion.PC_WEIGHTS``:
smoothness 0.3, flicker 0.3, trajectory plausibility 0.4, renormalised over the available ones).
A static video scores on flicker alone (nothing moves, so nothing moves wrongly); a single
frame has nothing to measure and gets PC None with a note saying so.
"""

from __future__ import annotations

import time
from typing import Any

from ..core.judging import JudgeError, JudgeScores, Video
from .motion import (
    PC_WEIGHTS,
    TrackingSettings,
    combine_pc,
    dense_flow,
    motion_smoothness,
    moving_tracks,
    temporal_flicker,
    track_objects,
    trajectory_plausibility,
)

MOTION_JUDGE_ID = "motion-metrics"
SCORE_LABEL = "motion metrics (not a VLM score)"


def _rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(float(value), digits)


class MotionJudge:
    """PhysicsJudge (kind "motion") scoring smoothness, flicker and constant-acceleration fits."""

    kind = "motion"

    def __init__(self, settings: TrackingSettings | None = None, weights: dict[str, float] | None = None,
                 judge_id: str = MOTION_JUDGE_ID) -> None:
        self.settings = settings or TrackingSettings()
        self.weights = dict(weights or PC_WEIGHTS)
        unknown = set(self.weights) - set(PC_WEIGHTS)
        if unknown or any(w < 0 for w in self.weights.values()) or not any(self.weights.values()):
            raise JudgeError(f"weights must be non-negative, not all zero, with keys from {sorted(PC_WEIGHTS)}; got {self.weights}")
        self.judge_id = judge_id

    def score(self, video: Video, prompt: str) -> JudgeScores:
        """Score ``video``; ``prompt`` is part of the protocol but this judge cannot read it."""
        started = time.perf_counter()
        try:
            tracking = track_objects(video.frames, video.fps, self.settings)
        except ValueError as exc:
            raise JudgeError(f"the motion judge cannot read this video: {exc}") from None
        tracked_s = time.perf_counter() - started
        flows = dense_flow(tracking.gray)
        smoothness = motion_smoothness(flows)
        flicker = temporal_flicker(tracking.gray, tracking.static_mask)
        movers = moving_tracks(tracking)
        plausibility = trajectory_plausibility(movers, tracking.fps, tracking.height)
        parts = {"smoothness": smoothness.score, "flicker": flicker.score, "trajectory": plausibility.score}
        pc = combine_pc(parts, self.weights)

        notes = list(tracking.notes)
        motion_detected = bool(movers) or smoothness.score is not None
        if tracking.num_frames < 2:
            notes.append("a single frame holds no motion: nothing to judge, PC is None")
        elif not motion_detected:
            notes.append("no motion detected: PC reflects temporal stability (flicker) only")
        elif plausibility.score is None:
            notes.append("no object moved far enough for long enough to fit a trajectory")
        if flicker.score is None and tracking.num_frames >= 2:
            notes.append("too little still background to measure flicker (camera motion?)")

        details: dict[str, Any] = {
            "label": SCORE_LABEL,
            "sa_note": "the motion judge does not read the prompt, so it does not measure SA",
            "pc_weights": self.weights,
            "pc_parts": {k: _rounded(v) for k, v in parts.items()},
            "smoothness": {"score": _rounded(smoothness.score), "acceleration_ratio": _rounded(smoothness.acceleration_ratio),
                           "frame_pairs": smoothness.pairs_measured},
            "flicker": {"score": _rounded(flicker.score), "mean_change": _rounded(flicker.mean_change, 3),
                        "global_change": _rounded(flicker.global_change, 3),
                        "static_fraction": _rounded(flicker.static_fraction, 3)},
            "trajectory": {"score": _rounded(plausibility.score), "fits": [f.summary() for f in plausibility.fits]},
            "tracks": [tr.summary(tracking.fps, tracking.width, tracking.height) for tr in tracking.tracks],
            "motion_detected": motion_detected,
            "foreground_threshold": round(tracking.threshold, 1),
            "analysis_size": list(tracking.gray.shape[1:][::-1]),
            "notes": notes,
            "timings": {"tracking_s": round(tracked_s, 4), "total_s": round(time.perf_counter() - started, 4)},
        }
        return JudgeScores(sa=None, pc=pc, judge_id=self.judge_id, kind=self.kind, details=details)
