"""A fast throw at a few frames a second, seen for five frames before it leaves through the top of the frame: too
few samples for a flight's sag share, yet gravity bends even that short path. One that flies out in a straight line
breaks gravity; one that bends as gravity bends it does not."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge

H, W, FPS, FRAMES = 480, 832, 12.0, 24
RADIUS = 0.04  # frame heights
PROMPT = "an orange ball is thrown across the room and lands on the floor"


def _backdrop() -> np.ndarray:
    """A still wall of soft grey blotches (texture, so the camera estimate has corners and the ball stands out)."""
    rng = np.random.default_rng(5)
    coarse = rng.uniform(150, 200, size=(H // 16 + 1, W // 16 + 1))
    return np.repeat(np.repeat(coarse, 16, axis=0), 16, axis=1)[:H, :W, None].repeat(3, axis=2)


def _throw(heights: list[float]) -> np.ndarray:
    """The clip of an orange ball whose centre is at ``heights`` (frame heights, one per frame from the first) while
    it moves right by 0.06 frame heights a frame; gone afterwards."""
    frames = np.tile(_backdrop(), (FRAMES, 1, 1, 1))
    yy, xx = np.mgrid[0:H, 0:W]
    for k, y in enumerate(heights):
        x = 0.25 + 0.06 * k
        disk = (xx / H - x) ** 2 + (yy / H - y) ** 2 <= RADIUS**2
        frames[k][disk] = (235, 120, 30)
    return frames.astype(np.uint8)


def _gravity_messages(frames: np.ndarray) -> tuple[float, list[str]]:
    scores = MotionJudge().score(Video(frames, FPS), PROMPT)
    return scores.pc, [v["message"] for v in scores.details["violations"] if v["law"] == "gravity"]


# constant speed, 0.16 frame heights a frame up, out through the top after the fifth frame
STRAIGHT = [0.70, 0.54, 0.38, 0.22, 0.06, -0.10]
# the same launch slowed by gravity: 0.02 frame heights a frame per frame, what a ball of this size (a quarter metre
# across or less) feels at 12 frames a second
ARC = [0.70 - 0.20 * k + 0.01 * k * k for k in range(6)]


def test_a_throw_leaving_the_view_in_a_straight_line_breaks_gravity():
    _, messages = _gravity_messages(_throw(STRAIGHT))
    assert any("leaves the view in a straight line" in message for message in messages)


def test_a_throw_leaving_the_view_bent_by_gravity_is_judged_better():
    arc_pc, arc_messages = _gravity_messages(_throw(ARC))
    straight_pc, _ = _gravity_messages(_throw(STRAIGHT))
    assert arc_messages == []
    assert arc_pc > straight_pc
