"""The judge on what a camera films, round six: a dropped thing leaves rest downward, so one that climbs from where
it was let go is pulled up, even when it is near the top of the frame and leaves through the border after a few
samples (too few and too short for a flight's parabola)."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import expectation_from_prompt

SKY, FIELD, BALL = (190, 205, 225), (95, 120, 70), (200, 40, 30)
SIZE, HORIZON, RADIUS, FPS = 480, 300, 22, 16.0
GRAVITY = 1800.0  # pixels/s² at the ball's distance


def _noisy(frames: list[np.ndarray], sigma: float = 2.0) -> np.ndarray:
    rng = np.random.default_rng(0)
    clip = np.stack(frames).astype(np.int16) + rng.normal(0, sigma, (len(frames), *frames[0].shape)).round().astype(np.int16)
    return np.clip(clip, 0, 255).astype(np.uint8)


def _ball_let_go_near_the_top(pull: float, n: int = 40, hold: int = 10) -> np.ndarray:
    """A ball held with its top at the frame's top edge for ``hold`` frames, then let go; ``pull`` is its acceleration
    in pixels/s² (down positive): gravity drops it onto the field, an upward pull takes it out through the top."""
    frames = []
    for i in range(n):
        t = max(0.0, (i - hold) / FPS)
        y = min(RADIUS + 0.5 * pull * t * t, 440 - RADIUS)
        frame = np.full((SIZE, 640, 3), SKY, np.uint8)
        frame[HORIZON:] = FIELD
        if y > -RADIUS:
            cv2.circle(frame, (320, round(y)), RADIUS, BALL, -1, cv2.LINE_AA)
        frames.append(frame)
    return _noisy(frames)


def test_a_dropped_ball_is_expected_to_leave_rest_downward_a_thrown_one_is_not():
    assert expectation_from_prompt("someone drops a ball").dropped
    assert expectation_from_prompt("a ball falls straight down and hits the ground").dropped  # "hits" is no throw
    assert not expectation_from_prompt("a ball is thrown up and falls back down").dropped
    assert not expectation_from_prompt("a bird flies across the sky").dropped


def test_a_dropped_ball_that_climbs_out_through_the_top_breaks_gravity():
    prompt = "someone drops a ball"
    judge = MotionJudge()
    right = judge.score(Video(_ball_let_go_near_the_top(GRAVITY), FPS), prompt)
    wrong = judge.score(Video(_ball_let_go_near_the_top(-GRAVITY), FPS), prompt)
    assert "gravity" in wrong.details["laws_violated"]
    assert "gravity" not in right.details["laws_violated"]
    assert right.pc - wrong.pc > 0.2


def test_a_thrown_ball_may_climb_from_rest():
    clip = _ball_let_go_near_the_top(-GRAVITY)
    thrown = MotionJudge().score(Video(clip, FPS), "a ball is thrown up into the air")
    assert "gravity" not in thrown.details["laws_violated"]

