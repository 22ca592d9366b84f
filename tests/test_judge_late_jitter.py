"""A body that starts to shake partway through its flight breaks smoothness, though most of its track is smooth: the
whole track's median deviation hides a shake over its last quarter, the end's own triples do not."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from tests.test_motion_judge import FPS, sprite_video, thrown_positions

FRAMES, SHAKE_FROM = 40, 30


def throw() -> list[tuple[float, float]]:
    """A slow throw that stays in the frame for all 40 frames (apex near frame 15)."""
    return thrown_positions(FRAMES, x0=20.0, vx=3.0, y0=60.0, vy=-3.0, g=0.2)


def shaking_from(positions, start: int, amount: float, seed: int = 3) -> list[tuple[float, float]]:
    """The same path, shaken by up to ``amount`` pixels each way in every frame from ``start`` on."""
    rng = np.random.default_rng(seed)
    return [(x + rng.uniform(-amount, amount), y + rng.uniform(-amount, amount)) if i >= start else (x, y)
            for i, (x, y) in enumerate(positions)]


@pytest.fixture(scope="module")
def judged():
    judge = MotionJudge()
    prompt = "a red ball is thrown across the room"
    right = judge.score(Video(frames=sprite_video(throw()), fps=FPS), prompt)
    wrong = judge.score(Video(frames=sprite_video(shaking_from(throw(), SHAKE_FROM, 6.0)), fps=FPS), prompt)
    return right, wrong


def test_a_shake_over_the_last_quarter_is_jitter(judged):
    right, wrong = judged
    shakes = [v for v in wrong.details["violations"] if v["law"] == "smoothness"]
    assert shakes, wrong.details["violations"]
    assert SHAKE_FROM - 3 <= shakes[0]["frames"][0] <= SHAKE_FROM  # from where it starts, not from the throw
    assert "smoothness" not in right.details["laws_violated"]
    assert right.pc > wrong.pc + 0.2


def test_a_smooth_throw_that_hops_once_at_its_end_is_no_shake():
    """One stray sample at the end (the tracker on another blob as the body leaves) is a jump at most, not a shake."""
    path = throw()
    path[-1] = (path[-1][0] - 25.0, path[-1][1] - 20.0)
    scores = MotionJudge().score(Video(frames=sprite_video(path), fps=FPS), "a red ball is thrown across the room")
    assert "smoothness" not in scores.details["laws_violated"]


def test_a_body_seen_in_varying_pieces_at_the_end_is_no_shake():
    """From frame 30 the ball is seen, in about half the frames, only as a smaller piece off its centre (the part of it
    showing between swaying leaves): the centroid wanders, but the blob's area swings with it from frame to frame,
    which a body shaken whole does not do (the size law still sees the pieces)."""
    rng = np.random.default_rng(7)
    path, radii = throw(), [8.0] * FRAMES
    for i in range(SHAKE_FROM, FRAMES):
        if rng.random() < 0.5:
            angle = rng.uniform(0, 2 * np.pi)
            path[i] = (path[i][0] + 5.0 * np.cos(angle), path[i][1] + 5.0 * np.sin(angle))
            radii[i] = 4.0
    scores = MotionJudge().score(Video(frames=sprite_video(path, radii=radii), fps=FPS),
                                 "a red ball is thrown across the room")
    assert "smoothness" not in scores.details["laws_violated"], scores.details["violations"]
