"""The embedded motion judge: each metric against an exact computation, then whole synthetic videos
with known physics (gravity, bounces, flicker, stillness, noise) and a video from the preview renderer.

The drawing helpers here are shared with tests/test_motion_captioner.py and tests/bench/bench_motion.py.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from pipelines.core.judging import JudgeError, PhysicsJudge, Video
from pipelines.eval.motion import (
    FIT_WEIGHT,
    FLICKER_SCALE,
    GRAVITY_WEIGHT,
    PC_WEIGHTS,
    bounce_indices,
    combine_pc,
    fit_trajectory,
    motion_smoothness,
    temporal_flicker,
)
from pipelines.eval.motion_judge import SCORE_LABEL, MotionJudge
from pipelines.eval.tracking import Track, track_objects

FPS = 16.0
H, W = 120, 160
JUDGE = MotionJudge()


# ------------------------------------------------------------------------- drawing helpers
def backdrop(height: int = H, width: int = W) -> np.ndarray:
    """A vertical gradient with a darker floor band: smooth, but not flat."""
    y = np.linspace(0.0, 1.0, height)[:, None, None]
    image = np.array([205, 215, 230]) * (1 - y) + np.array([150, 160, 140]) * y
    image = np.broadcast_to(image, (height, width, 3)).copy()
    image[int(0.92 * height):] = (120, 100, 80)
    return image.astype(np.uint8)


def sprite_video(positions, radius=8.0, color=(220, 30, 30), height: int = H, width: int = W,
                 radii=None) -> np.ndarray:
    """One disc per frame at ``positions`` (x, y in pixels; None = absent), anti-aliased, sub-pixel."""
    import cv2

    base = backdrop(height, width)
    frames = []
    for i, position in enumerate(positions):
        frame = base.copy()
        if position is not None:
            r = radius if radii is None else radii[i]
            centre = (round(float(position[0]) * 16), round(float(position[1]) * 16))
            cv2.circle(frame, centre, round(float(r) * 16), color, -1, cv2.LINE_AA, 4)
        frames.append(frame)
    return np.stack(frames)


def thrown_positions(n=36, x0=20.0, vx=3.0, y0=40.0, vy=-4.0, g=0.5):
    """A throw under constant gravity ``g`` px/frame² (exact parabola)."""
    return [(x0 + vx * i, y0 + vy * i + 0.5 * g * i * i) for i in range(n)]


def bouncing_positions(n=64, x0=16.0, vx=2.0, y0=20.0, floor=100.0, g=0.5, restitution=0.8):
    """Exact free fall from rest at ``y0``, bouncing on ``floor``; returns positions and bounce times (frames).

    With no rebound left (restitution 0) the ball lies on the floor from its first impact on.
    """
    flights = []  # (start time, start height, start vertical velocity, gravity)
    t, y, v = 0.0, y0, 0.0
    while t < n:
        # y(t') = y + v t' + g t'^2 / 2 reaches the floor at the positive root
        hit = (-v + math.sqrt(v * v + 2 * g * (floor - y))) / g
        flights.append((t, y, v, g))
        rebound = restitution * (v + g * hit)
        t, y, v = t + hit, floor, -rebound
        if rebound < 1e-6:
            flights.append((t, floor, 0.0, 0.0))
            break
    positions = []
    for i in range(n):
        start, ys, vs, gs = max(f for f in flights if f[0] <= i)
        dt = i - start
        positions.append((x0 + vx * i, ys + vs * dt + 0.5 * gs * dt * dt))
    return positions, [f[0] for f in flights[1:] if f[0] < n]


def jittered(positions, amount=12.0, seed=0):
    rng = np.random.default_rng(seed)
    return [(x + rng.uniform(-amount, amount), y + rng.uniform(-amount, amount)) for x, y in positions]


def thrown_ball_preview(width=416, height=240, fps=FPS) -> np.ndarray:
    """The studio's own preview of the embedded planner's "thrown ball" layout (labels and trails on)."""
    from pipelines.lvd.physics_planner import PhysicsPlanner
    from pipelines.lvd.preview import PreviewRenderer, PreviewSettings

    layout = PhysicsPlanner().plan("a red ball is thrown from the left to the right").layout
    return PreviewRenderer().render_frames(layout, PreviewSettings(width=width, height=height, fps=fps))


def finite_numbers(value) -> bool:
    """Every float anywhere in a details structure is finite (no NaN/inf leaks into run records)."""
    if isinstance(value, dict):
        return all(finite_numbers(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(finite_numbers(v) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return True


def scored(frames: np.ndarray, fps: float = FPS):
    result = JUDGE.score(Video(frames, fps), "a ball")
    assert result.kind == "motion" and result.sa is None and result.details["label"] == SCORE_LABEL
    assert finite_numbers(result.details)
    assert result.pc is None or 0.0 <= result.pc <= 1.0
    return result


# ------------------------------------------------------------------------------ pure metrics
def test_combine_pc_is_the_weighted_mean_of_available_parts():
    parts = {"smoothness": 0.5, "flicker": 1.0, "trajectory": 0.25}
    expected = (0.3 * 0.5 + 0.3 * 1.0 + 0.4 * 0.25) / 1.0
    assert combine_pc(parts) == pytest.approx(expected)
    assert combine_pc({**parts, "trajectory": None}) == pytest.approx((0.3 * 0.5 + 0.3 * 1.0) / 0.6)
    assert combine_pc({k: None for k in parts}) is None
    assert sum(PC_WEIGHTS.values()) == pytest.approx(1.0)


def test_smoothness_of_steady_translation_is_one_and_of_reversals_is_low():
    steady = np.zeros((5, 32, 32, 2), np.float32)
    steady[..., 0] = 2.0
    result = motion_smoothness(steady)
    assert result.acceleration_ratio == pytest.approx(0.0, abs=1e-6) and result.score == pytest.approx(1.0)
    assert result.pairs_measured == 4
    shaking = steady.copy()
    shaking[1::2, ..., 0] = -2.0  # the flow reverses every frame: |a| = 2|v|
    result = motion_smoothness(shaking)
    assert result.acceleration_ratio == pytest.approx(2.0, rel=1e-5)
    assert result.score == pytest.approx(math.exp(-2.0), rel=1e-5)
    assert motion_smoothness(np.zeros((5, 32, 32, 2), np.float32)).score is None  # nothing moves


def test_flicker_is_the_mean_absolute_change_of_still_pixels():
    offsets = np.array([0.0, 6.0, 2.0, 2.0, 10.0])
    gray = np.full((5, 8, 8), 100.0, np.float32) + offsets[:, None, None].astype(np.float32)
    still = np.ones((8, 8), bool)
    expected = np.abs(np.diff(offsets)).mean()  # (6 + 4 + 0 + 8) / 4
    result = temporal_flicker(gray, still)
    assert result.mean_change == pytest.approx(expected) and result.global_change == pytest.approx(expected)
    assert result.score == pytest.approx(math.exp(-expected / FLICKER_SCALE))
    assert temporal_flicker(gray[:1], still).score is None  # one frame: no change to measure
    assert temporal_flicker(gray, np.zeros((8, 8), bool)).score is None  # nothing still


def _track(xs, ys, frames=None) -> Track:
    n = len(xs)
    centroids = np.stack([xs, ys], axis=1).astype(float)
    boxes = np.concatenate([centroids - 4, centroids + 4], axis=1)
    return Track(0, np.arange(n) if frames is None else np.asarray(frames), centroids, boxes,
                 np.full(n, 64.0), np.zeros((n, 3)))


def test_fit_recovers_exact_gravity_in_frame_heights_per_second_squared():
    t = np.arange(30, dtype=float)
    g_px = 0.4  # px / frame²
    fit = fit_trajectory(_track(10 + 2 * t, 20 - 3 * t + 0.5 * g_px * t * t), FPS, H)
    (segment,) = fit.segments
    assert segment.acceleration[1] == pytest.approx(g_px * FPS**2 / H, rel=1e-9)
    assert segment.acceleration[0] == pytest.approx(0.0, abs=1e-9)
    assert fit.residual == pytest.approx(0.0, abs=1e-9) and fit.bounces == []
    assert fit.score == pytest.approx(FIT_WEIGHT + GRAVITY_WEIGHT)
    upward = fit_trajectory(_track(10 + 2 * t, 100 - 0.5 * g_px * t * t), FPS, H)  # accelerating up
    assert upward.gravity_score == 0.0 and upward.score == pytest.approx(FIT_WEIGHT)


def test_fit_uses_frame_numbers_so_gaps_do_not_bend_the_parabola():
    frames = np.array([0, 1, 2, 5, 6, 7, 8, 11, 12])
    t = frames.astype(float)
    fit = fit_trajectory(_track(3 * t, 0.25 * t * t, frames=frames), FPS, H)
    assert fit.segments[0].acceleration[1] == pytest.approx(0.5 * FPS**2 / H) and fit.residual < 1e-9


def test_bounces_are_the_lowest_points_of_an_exact_bouncing_path():
    positions, bounce_times = bouncing_positions()
    y = np.array([p[1] for p in positions])
    found = bounce_indices(y, H)
    assert len(found) == len(bounce_times) >= 2
    for index, time in zip(found, bounce_times):
        assert abs(index - time) <= 1  # sampled at whole frames
    assert bounce_indices(np.array([p[1] for p in thrown_positions()]), H) == []  # an arc's apex is no bounce


def test_jitter_is_not_cut_into_unfittable_pieces():
    y = np.array([p[1] for p in jittered(thrown_positions(), 12.0)])
    found = bounce_indices(y, H)
    edges = [0, *found, len(y) - 1]
    assert all(b - a >= 4 for a, b in itertools.pairwise(edges))


# ------------------------------------------------------------------------ synthetic videos
@pytest.fixture(scope="module")
def thrown():
    return scored(sprite_video(thrown_positions()))


def test_judge_satisfies_the_protocol():
    assert isinstance(JUDGE, PhysicsJudge) and JUDGE.kind == "motion"


def test_a_ball_under_gravity_beats_one_that_jumps_about(thrown):
    jumpy = scored(sprite_video(jittered(thrown_positions(), 12.0)))
    assert thrown.details["trajectory"]["score"] > 0.8
    assert thrown.details["trajectory"]["score"] > jumpy.details["trajectory"]["score"] + 0.3
    assert "smoothness" in jumpy.details["laws_violated"] and not thrown.details["violations"]
    assert thrown.pc > jumpy.pc + 0.2
    (fit,) = thrown.details["trajectory"]["fits"]
    # measured vertical acceleration = the drawn 0.5 px/frame², downward, in frame heights / s²
    assert fit["segments"][0]["accel_y"] == pytest.approx(0.5 * FPS**2 / H, rel=0.1)


def test_bouncing_ball_bounces_are_found_and_it_stays_plausible():
    positions, bounce_times = bouncing_positions()
    result = scored(sprite_video(positions))
    (fit,) = result.details["trajectory"]["fits"]
    assert len(fit["bounce_frames"]) == len(bounce_times)
    for found, time in zip(fit["bounce_frames"], bounce_times):
        assert abs(found - time) <= 1.5
    assert fit["score"] > 0.8
    for segment in fit["segments"]:  # the same gravity in every flight
        assert segment["accel_y"] == pytest.approx(0.5 * FPS**2 / H, rel=0.15)


def test_flicker_is_detected_and_does_not_break_tracking(thrown):
    clean = sprite_video(thrown_positions())
    rng = np.random.default_rng(1)
    pumped = np.clip(clean.astype(np.int16) + rng.integers(-20, 21, size=(len(clean), 1, 1, 1)), 0, 255).astype(np.uint8)
    flickering = scored(pumped)
    assert thrown.details["flicker"]["score"] > 0.95
    assert flickering.details["flicker"]["score"] < 0.3
    assert flickering.details["flicker"]["global_change"] > 5.0  # brightness pumping, not pixel noise
    assert flickering.pc < thrown.pc
    assert len(flickering.details["trajectory"]["fits"]) == 1  # the ball is still followed


def test_static_video_has_defined_scores_and_says_so():
    result = scored(sprite_video([(80.0, 60.0)] * 24))
    assert result.details["motion_detected"] is False
    assert result.details["violations"] == [] and result.details["trajectory"]["score"] is None
    assert result.pc == pytest.approx(result.details["flicker"]["score"], abs=1e-4) and result.pc > 0.95
    assert any("no motion" in note for note in result.details["notes"])


def test_single_frame_and_tiny_videos_do_not_fail():
    single = scored(sprite_video([(80.0, 60.0)]))
    assert single.pc is None and any("single frame" in note for note in single.details["notes"])
    tiny = scored(sprite_video([(1.0 + 0.3 * i, 3.0) for i in range(10)], radius=1.0, height=6, width=8))
    assert tiny.pc is not None


def test_very_noisy_video_raises_the_threshold_and_keeps_the_ball():
    clean = sprite_video(thrown_positions())
    rng = np.random.default_rng(2)
    noisy = np.clip(clean + rng.normal(0, 40, clean.shape), 0, 255).astype(np.uint8)
    result = scored(noisy)
    assert any("noisy" in note for note in result.details["notes"])
    assert len(result.details["trajectory"]["fits"]) == 1
    assert result.details["trajectory"]["score"] > 0.7
    assert result.details["flicker"]["score"] < 0.5  # per-pixel noise is temporal instability too


def test_an_object_resting_for_most_of_the_clip_is_followed_while_it_rests():
    positions, _ = bouncing_positions(n=24, vx=0.0, restitution=0.0)
    frames = sprite_video(positions + [positions[-1]] * 40)  # lands at frame ~16, then rests for 48 frames
    tracking = track_objects(frames, FPS)
    (track,) = [tr for tr in tracking.tracks if tr.length >= 6]
    assert track.first_frame == 0 and track.last_frame == len(frames) - 1
    assert any("background repaired" in note for note in tracking.notes)


def test_unreadable_frames_raise_a_judge_error():
    with pytest.raises(JudgeError, match="uint8"):
        JUDGE.score(Video(np.zeros((3, 8, 8, 3), np.float32), FPS), "x")
    with pytest.raises(JudgeError, match="fps"):
        JUDGE.score(Video(np.zeros((3, 8, 8, 3), np.uint8), 0.0), "x")
    with pytest.raises(JudgeError, match="violation_weight"):
        MotionJudge(violation_weight=1.5)


# ------------------------------------------------------------------- the studio's own preview
def test_preview_of_a_thrown_ball_is_tracked_despite_labels_and_trails():
    """Trails (3 px at 512) and label text are thin: the opening removes them, so one object remains."""
    frames = thrown_ball_preview()
    result = scored(frames)
    long_tracks = [t for t in result.details["tracks"] if t["frames_seen"] >= 6]
    assert len(long_tracks) == 1
    (track,) = long_tracks
    assert track["frames_seen"] == len(frames)
    assert track["end_xy"][0] - track["start_xy"][0] > 0.4  # left to right
    assert track["end_xy"][1] > track["start_xy"][1]  # ends lower
    assert result.details["trajectory"]["score"] > 0.5 and result.pc > 0.6
