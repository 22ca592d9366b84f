"""The embedded physics judge: physical commonsense (PC) from motion measured in the pixels.

It is the studio's default judge because it needs no weights and runs on any CPU, and it is
labelled for what it is: "motion metrics (not a VLM score)". It reads the prompt only to know
what physics to expect (which objects are dropped or thrown, which drive, walk or fly); it does
not measure semantic adherence, so SA is None and a VLM or remote judge provides that.

PC = stability × Π (1 − 0.55·severity) over the violated laws (see ``physics_checks``): stability
is how still the still background stays (flicker); each violation (a fall that does not
accelerate, a rebound higher than the drop, a teleport, a size pop...) names its law and frames
in the details. A single frame has nothing to measure and gets PC None with a note saying so.
The constant-acceleration fits are reported for the record; they do not enter PC, because a
right bouncing path fits piecewise parabolas worse than a wrong straight line fits one.
"""

from __future__ import annotations

import time
from typing import Any

from ..core.judging import JudgeError, JudgeScores, Video
from .closer_look import track_objects_or_look_closer
from .motion import moving_tracks, temporal_flicker, trajectory_plausibility
from .physics_checks import VIOLATION_WEIGHT, check_tracking, expectation_from_prompt, penalty
from .tracking import TrackingSettings

MOTION_JUDGE_ID = "motion-metrics"
SCORE_LABEL = "motion metrics (not a VLM score)"


def _rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(float(value), digits)


class MotionJudge:
    """PhysicsJudge (kind "motion"): background stability times a penalty for each violated law."""

    kind = "motion"

    def __init__(self, settings: TrackingSettings | None = None, violation_weight: float = VIOLATION_WEIGHT,
                 judge_id: str = MOTION_JUDGE_ID) -> None:
        self.settings = settings or TrackingSettings()
        if not (isinstance(violation_weight, (int, float)) and 0.0 < violation_weight <= 1.0):
            raise JudgeError(f"violation_weight must be a number in (0, 1], got {violation_weight!r}")
        self.violation_weight = float(violation_weight)
        self.judge_id = judge_id

    def score(self, video: Video, prompt: str) -> JudgeScores:
        """Score ``video``; ``prompt`` tells which laws apply to what moves (never SA)."""
        started = time.perf_counter()
        try:
            tracking = track_objects_or_look_closer(video.frames, video.fps, self.settings)
        except ValueError as exc:
            raise JudgeError(f"the motion judge cannot read this video: {exc}") from None
        tracked_s = time.perf_counter() - started
        expectation = expectation_from_prompt(prompt)
        flicker = temporal_flicker(tracking.gray, tracking.static_mask)
        movers = moving_tracks(tracking)
        plausibility = trajectory_plausibility(movers, tracking.fps, tracking.height)
        violations = check_tracking(tracking, expectation) if tracking.num_frames >= 2 else []
        stability = flicker.score if flicker.score is not None else 1.0
        kept = penalty(violations, self.violation_weight)
        pc = None if tracking.num_frames < 2 else stability * kept

        notes = list(tracking.notes)
        if tracking.num_frames < 2:
            notes.append("a single frame holds no motion: nothing to judge, PC is None")
        elif not tracking.tracks:
            notes.append("no motion detected: PC reflects temporal stability (flicker) only")
        if flicker.score is None and tracking.num_frames >= 2:
            notes.append("too little still background to measure flicker (camera motion?): stability counts as 1")
        if expectation.source == "none":
            notes.append("the prompt names no object the knowledge base knows: only the laws for every object are checked")

        details: dict[str, Any] = {
            "label": SCORE_LABEL,
            "sa_note": "the motion judge reads the prompt only for which laws apply; it does not measure SA",
            "pc_formula": f"stability × Π(1 − {self.violation_weight}·severity) over violations",
            "pc_parts": {"stability": _rounded(stability), "violation_factor": _rounded(kept)},
            "expectation": expectation.to_dict(),
            "violations": [v.to_dict() for v in violations],
            "laws_violated": sorted({v.law for v in violations}),
            "flicker": {"score": _rounded(flicker.score), "mean_change": _rounded(flicker.mean_change, 3),
                        "global_change": _rounded(flicker.global_change, 3),
                        "static_fraction": _rounded(flicker.static_fraction, 3)},
            "trajectory": {"score": _rounded(plausibility.score), "fits": [f.summary() for f in plausibility.fits]},
            "tracks": [tr.summary(tracking.fps, tracking.width, tracking.height) for tr in tracking.tracks],
            "motion_detected": bool(tracking.tracks),
            "foreground_threshold": round(tracking.threshold, 1),
            "analysis_size": list(tracking.gray.shape[1:][::-1]),
            "notes": notes,
            "timings": {"tracking_s": round(tracked_s, 4), "total_s": round(time.perf_counter() - started, 4)},
        }
        return JudgeScores(sa=None, pc=pc, judge_id=self.judge_id, kind=self.kind, details=details)
