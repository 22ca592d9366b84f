"""A body that changes size where it lies, after a flight too short to judge a pop in the air: the lasting size
check still compares its first samples with its last."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.wood_floor_drop import FLOOR, FPS, FRAMES, backdrop, dropped_ball_rows

PROMPT = "A red ball is dropped onto the wooden floor and bounces."
RED = (200, 30, 30)
RADIUS, POPPED, POP_FRAME = 8, 14, 22


def short_drop(pops: bool) -> np.ndarray:
    """A ball let go low over the floor (a few frames in the air); when ``pops``, at POP_FRAME, long after it came to
    rest, it is drawn POPPED pixels in radius instead of RADIUS, its bottom where it was."""
    rows = dropped_ball_rows(radius=RADIUS, top=110.0)
    frames = []
    for i in range(FRAMES):
        frame = backdrop()
        radius = POPPED if pops and i >= POP_FRAME else RADIUS
        bottom = rows[i] + RADIUS
        cv2.circle(frame, (160, int(round(bottom - radius))), radius, RED, -1, cv2.LINE_AA)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)


def test_the_drawn_ball_rests_long_before_it_pops():
    rows = dropped_ball_rows(radius=RADIUS, top=110.0)
    assert np.all(rows[POP_FRAME - 8:] == rows[-1])
    assert rows[-1] + RADIUS <= FLOOR + 6


def test_a_ball_that_pops_where_it_lies_after_a_short_drop_changes_size():
    judge = MotionJudge()
    right = judge.score(Video(short_drop(pops=False), FPS), PROMPT)
    wrong = judge.score(Video(short_drop(pops=True), FPS), PROMPT)
    assert "size" in [v["law"] for v in wrong.details["violations"]]
    assert "size" not in [v["law"] for v in right.details["violations"]]
    assert right.pc > wrong.pc
