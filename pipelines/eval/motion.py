"""Physics metrics of what moves in a video: dense flow, smoothness, flicker and trajectory fits.

The tracks come from ``tracking.track_objects`` (the embedded judge's eye). Metrics are pure functions of arrays, each returning a
score in [0, 1] (higher = more plausible) or None when the video holds nothing to measure; ``combine_pc`` merges the available
ones. Positions are in pixels of the input video, origin top-left, y pointing down, so a positive vertical acceleration points
down, the way gravity does.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .tracking import Track, Tracking


# ------------------------------------------------------------------------------ dense flow
def dense_flow(gray: np.ndarray) -> np.ndarray:
    """Farneback optical flow between consecutive frames: float32 [T−1, h, w, 2] in pixels/frame.

    Pyramid depth shrinks with the frame so tiny videos still work; frames under 8 pixels a
    side have no meaningful flow and give an empty array.
    """
    import cv2

    num_frames, h, w = gray.shape
    if num_frames < 2 or min(h, w) < 8:
        return np.zeros((0, h, w, 2), dtype=np.float32)
    levels = max(0, min(3, int(math.log2(min(h, w) / 8))))
    images = np.clip(gray, 0, 255).astype(np.uint8)
    return np.stack([
        cv2.calcOpticalFlowFarneback(images[t], images[t + 1], None, 0.5, levels, 13, 3, 5, 1.1, 0)
        for t in range(num_frames - 1)
    ])


# --------------------------------------------------------------------------------- metrics
SMOOTHNESS_SCALE = 1.0  # r = 1 (acceleration as large as the speed, every frame) scores e^-1 ≈ 0.37
MOVING_FLOW_PX = 0.5  # flow slower than this (analysis pixels per frame) counts as still
MIN_MOVING_FRACTION = 0.001
FLICKER_SCALE = 4.0  # a mean change of 4 gray levels per frame on still background scores e^-1
MIN_STATIC_FRACTION = 0.02
FLICKER_SAMPLES = 25600  # still pixels per frame at most (an even spread): all of them at the usual analysis size (160 x 160)
RESIDUAL_SCALE = 0.05  # an RMS miss of 5 % of the track's extent scores e^-1
MIN_EXTENT_FRACTION = 0.05  # residuals are normalised by at least this share of the frame height
MIN_SEGMENT_FRAMES = 4  # frames between bounces: fewer cannot test a parabola (3 points fit exactly)
BOUNCE_PROMINENCE = 0.03  # share of the frame height the object must rise on both sides of a bounce
MIN_TRACK_FRAMES = 6
REST_RADIUS = 0.015  # share of the frame height: closer than this to its final place is "at rest"
MIN_REST_S = 0.25  # ... for at least this long (and 3 samples)
MIN_MOVE_FRACTION = 0.03  # tracks that travel less than this share of the frame height are "still"
UPWARD_TOLERANCE = 0.3  # frame heights/s²: upward accelerations smaller than this count as none
FIT_WEIGHT, GRAVITY_WEIGHT = 0.8, 0.2  # per-track plausibility = 0.8 fit + 0.2 gravity direction
PC_WEIGHTS = {"smoothness": 0.3, "flicker": 0.3, "trajectory": 0.4}


@dataclass(frozen=True)
class Smoothness:
    score: float | None
    acceleration_ratio: float | None  # median over frame pairs of Σ|a| / Σ|v| on moving pixels
    pairs_measured: int


def motion_smoothness(flows: np.ndarray, moving_px: float = MOVING_FLOW_PX) -> Smoothness:
    """How steadily things move: Lagrangian flow acceleration relative to flow speed.

    For each pixel moving at v = f_t(x), its acceleration is a = f_{t+1}(x + v) − v (the next
    flow read where the pixel went, so a steadily translating object has a ≈ 0 even though the
    flow at a fixed pixel jumps as its edge passes). Per frame pair r_t = Σ|a| / Σ|v| over
    moving pixels; r is the median over pairs (a bounce or one glitch is one pair, jitter is
    every pair); score = exp(−r / SMOOTHNESS_SCALE). Nothing moving: score None.
    """
    import cv2

    ratios = []
    if len(flows) >= 2:
        h, w = flows.shape[1:3]
        grid_x, grid_y = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
        for t in range(len(flows) - 1):
            velocity = flows[t]
            speed = np.linalg.norm(velocity, axis=-1)
            moving = speed > moving_px
            if moving.mean() < MIN_MOVING_FRACTION:
                continue
            ahead = cv2.remap(flows[t + 1], grid_x + velocity[..., 0], grid_y + velocity[..., 1],
                              cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
            acceleration = np.linalg.norm(ahead - velocity, axis=-1)
            ratios.append(float(acceleration[moving].sum() / speed[moving].sum()))
    if not ratios:
        return Smoothness(None, None, 0)
    ratio = float(np.median(ratios))
    return Smoothness(float(math.exp(-ratio / SMOOTHNESS_SCALE)), ratio, len(ratios))


@dataclass(frozen=True)
class Flicker:
    score: float | None
    mean_change: float | None  # gray levels per frame on still background
    global_change: float | None  # the part shared by the whole still background (brightness pumping)
    static_fraction: float


def temporal_flicker(gray: np.ndarray, static_mask: np.ndarray) -> Flicker:
    """How much still background changes from frame to frame: mean |Δ luma| over static pixels.

    score = exp(−mean_change / FLICKER_SCALE). ``global_change`` (|Δ| of the static mean) tells
    brightness pumping from per-pixel noise. None with fewer than 2 frames or when almost
    nothing stays still (camera motion).
    """
    fraction = float(static_mask.mean()) if static_mask.size else 0.0
    if len(gray) < 2 or fraction < MIN_STATIC_FRACTION:
        return Flicker(None, None, None, fraction)
    places = np.flatnonzero(static_mask)  # a finer look's many pixels say nothing more about a global change
    still = gray.reshape(len(gray), -1)[:, places[::math.ceil(len(places) / FLICKER_SAMPLES)]]
    steps = np.abs(np.diff(still, axis=0))
    mean_change = float(steps.mean())
    global_change = float(np.abs(np.diff(still.mean(axis=1))).mean())
    return Flicker(float(math.exp(-mean_change / FLICKER_SCALE)), mean_change, global_change, fraction)


def bounce_indices(y: np.ndarray, height: float, min_gap: int = MIN_SEGMENT_FRAMES,
                   prominence: float = BOUNCE_PROMINENCE) -> list[int]:
    """Indices of bounces in a vertical track ``y`` (image coordinates, down is positive).

    A bounce is a lowest point (local maximum of y, where vertical velocity turns from down to
    up) from which the object rises by at least ``prominence`` × height on both sides within
    its segment. Candidates are taken lowest first and kept at least ``min_gap`` samples from
    each other and from the ends, so jitter cannot cut a track into unfittable pieces.
    """
    n = len(y)
    candidates = [i for i in range(1, n - 1) if y[i] >= y[i - 1] and y[i] >= y[i + 1] and (y[i] > y[i - 1] or y[i] > y[i + 1])]
    chosen: list[int] = []
    for i in sorted(candidates, key=lambda i: -y[i]):
        if i < min_gap or n - 1 - i < min_gap or any(abs(i - j) < min_gap for j in chosen):
            continue
        left = max([j for j in chosen if j < i], default=0)
        right = min([j for j in chosen if j > i], default=n - 1)
        if y[i] - y[left:i].min() >= prominence * height and y[i] - y[i + 1:right + 1].min() >= prominence * height:
            chosen.append(i)
    return sorted(chosen)


def rest_start(centroids: np.ndarray, height: float, min_samples: int = 3, radius: float = REST_RADIUS) -> int | None:
    """Index of the sample from which the object stays within ``radius`` × height of its final
    position, if it travelled farther than that before and then rested for ``min_samples``."""
    distance = np.linalg.norm(centroids - centroids[-1], axis=1)
    away = np.nonzero(distance > radius * height)[0]
    if not len(away):
        return None  # it never went anywhere
    start = int(away[-1]) + 1
    return start if len(centroids) - start >= min_samples else None


@dataclass(frozen=True)
class SegmentFit:
    start: int  # sample indices into the track, inclusive
    end: int
    acceleration: tuple[float, float]  # (ax, ay) in frame heights / s², + y = downward
    residual: float  # RMS miss of the constant-acceleration fit, in pixels


@dataclass(frozen=True)
class TrajectoryFit:
    track_id: int
    bounces: list[int]  # frame indices of the bounces
    rest_frame: int | None  # frame from which it lies still until its track ends
    segments: list[SegmentFit]
    residual: float | None  # RMS over fitted samples / max(extent, MIN_EXTENT_FRACTION·height)
    fit_score: float | None
    gravity_score: float | None  # share of fitted samples whose vertical acceleration is not upward
    score: float | None

    def summary(self) -> dict[str, Any]:
        return {
            "track": self.track_id,
            "bounce_frames": self.bounces,
            "rest_frame": self.rest_frame,
            "segments": [{"frames": [s.start, s.end], "accel_x": round(s.acceleration[0], 3),
                          "accel_y": round(s.acceleration[1], 3), "residual_px": round(s.residual, 2)}
                         for s in self.segments],
            "residual": None if self.residual is None else round(self.residual, 4),
            "score": None if self.score is None else round(self.score, 4),
        }


def fit_trajectory(track: Track, fps: float, height: int) -> TrajectoryFit:
    """Constant-acceleration fit of a track, piecewise between bounces, up to where it comes to rest.

    Each segment's x(t) and y(t) are fitted with degree-2 polynomials (least squares); the
    acceleration is twice the t² coefficient, reported in frame heights per s² (+y = down).
    Gaps in the track are fine: t is the frame index. score = FIT_WEIGHT·exp(−residual /
    RESIDUAL_SCALE) + GRAVITY_WEIGHT·(share of samples in segments not accelerating upward by
    more than UPWARD_TOLERANCE). None when no segment has MIN_SEGMENT_FRAMES + 1 samples.
    """
    t = track.frames.astype(float)
    x, y = track.centroids[:, 0], track.centroids[:, 1]
    resting = rest_start(track.centroids, height, min_samples=max(3, math.ceil(MIN_REST_S * fps)))
    flight_end = len(t) - 1 if resting is None else resting  # samples at rest say nothing about the flight
    splits = bounce_indices(y[:flight_end + 1], height)
    edges = [0, *splits, flight_end]
    segments, squared, samples, downward = [], 0.0, 0, 0
    for start, end in itertools.pairwise(edges):
        span = slice(start, end + 1)
        if end - start < MIN_SEGMENT_FRAMES:
            continue
        tt = t[span] - t[start]
        coef_x, res_x = _quadratic(tt, x[span])
        coef_y, res_y = _quadratic(tt, y[span])
        accel = (2 * coef_x * fps**2 / height, 2 * coef_y * fps**2 / height)
        count = end - start + 1
        rms = math.sqrt((res_x + res_y) / count)
        segments.append(SegmentFit(int(track.frames[start]), int(track.frames[end]), accel, rms))
        squared += res_x + res_y
        samples += count
        downward += count if accel[1] >= -UPWARD_TOLERANCE else 0
    bounces = [int(track.frames[i]) for i in splits]
    rest_frame = None if resting is None else int(track.frames[resting])
    if not samples:
        return TrajectoryFit(track.track_id, bounces, rest_frame, [], None, None, None, None)
    extent = max(track.extent(), MIN_EXTENT_FRACTION * height)
    residual = math.sqrt(squared / samples) / extent
    fit_score = math.exp(-residual / RESIDUAL_SCALE)
    gravity_score = downward / samples
    score = FIT_WEIGHT * fit_score + GRAVITY_WEIGHT * gravity_score
    return TrajectoryFit(track.track_id, bounces, rest_frame, segments, residual, fit_score, gravity_score, score)


def _quadratic(t: np.ndarray, values: np.ndarray) -> tuple[float, float]:
    """t² coefficient and sum of squared residuals of a least-squares parabola."""
    coefficients = np.polyfit(t, values, 2)
    residuals = values - np.polyval(coefficients, t)
    return float(coefficients[0]), float(residuals @ residuals)


def moving_tracks(tracking: Tracking) -> list[Track]:
    """Tracks long enough to fit and travelling far enough to be worth it."""
    return [tr for tr in tracking.tracks
            if tr.length >= MIN_TRACK_FRAMES and tr.extent() >= MIN_MOVE_FRACTION * tracking.height]


@dataclass(frozen=True)
class Plausibility:
    score: float | None  # frame-count-weighted mean of the fitted tracks' scores
    fits: list[TrajectoryFit]


def trajectory_plausibility(tracks: list[Track], fps: float, height: int) -> Plausibility:
    """Fit every track; combine the scores weighted by how many frames each track covers."""
    fits = [fit_trajectory(tr, fps, height) for tr in tracks]
    scored = [(f.score, tr.length) for f, tr in zip(fits, tracks) if f.score is not None]
    if not scored:
        return Plausibility(None, fits)
    total = sum(weight for _, weight in scored)
    return Plausibility(sum(s * weight for s, weight in scored) / total, fits)


def combine_pc(scores: dict[str, float | None], weights: dict[str, float] = PC_WEIGHTS) -> float | None:
    """Weighted mean of the available sub-scores (weights renormalised over those not None)."""
    available = {k: v for k, v in scores.items() if v is not None and weights.get(k, 0) > 0}
    if not available:
        return None
    total = sum(weights[k] for k in available)
    return float(sum(weights[k] * v for k, v in available.items()) / total)
