"""The embedded judge prefers right physics: rendered right/wrong pairs per law, driven-motion controls,
and the law checks against exact computations.

The pairs come from tests/helpers/physics_clips.py (tests/bench/bench_judge_pairs.py runs more seeds).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from pipelines.core.judging import Video
from pipelines.eval.motion import Track, Tracking
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import (
    UNKNOWN,
    VIOLATION_WEIGHT,
    Violation,
    check_tracking,
    expectation_from_prompt,
    penalty,
)
from tests.helpers.physics_clips import CONTROLS, FAMILIES, make_pair

JUDGE = MotionJudge()
SEEDS = (41, 42)
EXPECTED_LAW = {"constant_fall": "gravity", "higher_rebound": "energy", "upward_fall": "gravity",
                "no_gravity": "gravity", "teleport": "continuity", "jitter": "smoothness", "vanish": "continuity",
                "size_pop": "size", "colour_change": "colour"}


def _score(frames: np.ndarray, fps: float, prompt: str):
    return JUDGE.score(Video(frames, fps), prompt)


@pytest.mark.parametrize("family", FAMILIES + CONTROLS)
def test_right_physics_wins_every_pair_by_a_clear_margin(family):
    for seed in SEEDS:
        pair = make_pair(family, seed)
        right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
        assert right.details["violations"] == [], (family, seed, right.details["violations"])
        assert right.pc > 0.9
        assert right.pc - wrong.pc > 0.2, (family, seed, wrong.details["violations"])
        if family in EXPECTED_LAW:  # the penalty names the law that was broken
            assert EXPECTED_LAW[family] in wrong.details["laws_violated"], (family, seed, wrong.details["violations"])
        assert right.sa is None and wrong.sa is None


def test_driven_motion_at_constant_speed_is_not_penalised_but_a_dropped_thing_doing_it_is():
    pair = make_pair("car", 43)
    car = _score(pair.right, pair.fps, "a car drives along the road")
    assert car.details["expectation"]["self_propelled"] and car.details["violations"] == []
    # the same pixels said to be a dropped ball: moving level without ever falling breaks gravity
    ball = _score(pair.right, pair.fps, "a ball is dropped")
    assert "gravity" in ball.details["laws_violated"] and ball.pc < car.pc - 0.3


def test_the_prompt_decides_which_laws_apply():
    dropped = expectation_from_prompt("a red ball is dropped and bounces on the floor")
    assert dropped.ballistic and not dropped.self_propelled and dropped.source == "prompt"
    for prompt in ("a car drives along the road", "a person walks across the street", "a bird flies across the sky"):
        expectation = expectation_from_prompt(prompt)
        assert expectation.self_propelled and not expectation.ballistic, prompt
    assert expectation_from_prompt("") == UNKNOWN
    assert not expectation_from_prompt("a balloon rises into the sky").ballistic  # buoyant, not ballistic


def test_pc_is_stability_times_the_penalty_of_each_violation():
    violations = [Violation("gravity", 0, (0, 5), 1.0, "a"), Violation("size", 0, (3, 4), 0.5, "b")]
    assert penalty(violations) == pytest.approx((1 - VIOLATION_WEIGHT) * (1 - 0.5 * VIOLATION_WEIGHT))
    assert penalty([]) == 1.0
    pair = make_pair("higher_rebound", 44)
    wrong = _score(pair.wrong, pair.fps, pair.prompt)
    expected = wrong.details["pc_parts"]["stability"] * penalty(
        [Violation(v["law"], v["track"], tuple(v["frames"]), v["severity"], v["message"]) for v in wrong.details["violations"]])
    assert wrong.pc == pytest.approx(expected, abs=2e-3)  # severities are rounded in the details


def _tracking(ys, xs=None, fps=16.0, height=100, width=160, size=8.0) -> Tracking:
    """A Tracking holding one track with exact centroids (pixels), for checks without rendering."""
    n = len(ys)
    xs = np.linspace(40, 120, n) if xs is None else np.asarray(xs, float)
    centroids = np.stack([xs, np.asarray(ys, float)], axis=1)
    boxes = np.concatenate([centroids - size / 2, centroids + size / 2], axis=1)
    track = Track(0, np.arange(n), centroids, boxes, np.full(n, size * size), np.tile([200.0, 30.0, 30.0], (n, 1)))
    gray = np.zeros((n, 10, 16), np.float32)
    return Tracking([track], width, height, fps, n, gray, gray.astype(bool), np.ones((10, 16), bool), 24.0)


def test_gravity_law_uses_the_sag_of_the_fitted_parabola():
    dropped = expectation_from_prompt("a ball is dropped")
    t = np.arange(14, dtype=float)
    free_fall = 10 + 0.35 * t * t  # from rest: sag equals the distance fallen
    assert [v.law for v in check_tracking(_tracking(free_fall), dropped)] == []
    steady = 10 + (free_fall[-1] - 10) * t / t[-1]  # the same fall at constant speed: no sag
    (violation,) = check_tracking(_tracking(steady), dropped)
    assert violation.law == "gravity" and violation.severity == 1.0 and "without speeding up" in violation.message
    rising = 90 - 0.35 * t * t  # accelerating upward
    (violation,) = check_tracking(_tracking(rising), dropped)
    assert violation.law == "gravity" and "upward" in violation.message
    # a self-propelled object may do all of that
    assert check_tracking(_tracking(steady), expectation_from_prompt("a bird flies across the sky")) == []
    assert check_tracking(_tracking(steady), UNKNOWN) == []


def test_energy_law_flags_a_rebound_above_the_drop():
    def bounce_path(restitution):
        ys, y, v, g, floor = [], 20.0, 0.0, 0.6, 85.0
        for _ in range(60):
            ys.append(y)
            for _ in range(20):
                y, v = y + v / 20 + 0.5 * g / 400, v + g / 20
                if y > floor and v > 0:
                    y, v = floor - (y - floor), -restitution * v
        return ys

    dropped = expectation_from_prompt("a ball is dropped and bounces")
    assert check_tracking(_tracking(bounce_path(0.7)), dropped) == []
    laws = [v.law for v in check_tracking(_tracking([max(y, 6.0) for y in bounce_path(1.25)]), dropped)]
    assert "energy" in laws


def test_a_teleport_is_a_jump_far_beyond_the_steps_around_it():
    xs = np.concatenate([np.linspace(20, 60, 10), np.linspace(120, 140, 10)])
    ys = np.full(20, 50.0)
    (violation,) = check_tracking(_tracking(ys, xs), expectation_from_prompt("a car drives along the road"))
    assert violation.law == "continuity" and violation.frames == (9, 10)
    # a fast but steady motion is no teleport
    assert check_tracking(_tracking(ys, np.linspace(0, 150, 20)), UNKNOWN) == []


def test_judge_details_name_each_violation_with_law_frames_and_severity():
    pair = make_pair("teleport", 45)
    wrong = _score(pair.wrong, pair.fps, pair.prompt)
    assert wrong.details["violations"]
    for v in wrong.details["violations"]:
        assert set(v) == {"law", "track", "frames", "severity", "message"}
        assert 0 < v["severity"] <= 1 and v["frames"][0] <= v["frames"][1] and v["message"]
    assert math.isclose(wrong.details["pc_parts"]["violation_factor"],
                        math.prod(1 - VIOLATION_WEIGHT * v["severity"] for v in wrong.details["violations"]), abs_tol=2e-3)
