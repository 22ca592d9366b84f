"""Size and colour are measured only where the body shows whole: a post passing in front of it (a still thing whose
pixels replace the body's where they overlap) or the frame's edge cuts its box short without the body changing. And a
pop is a pop at rest too: a body lying on the floor that changes size from one frame to the next broke no less."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.judged import laws_named, through_mp4
from tests.helpers.physics_clips_hand import make_pair


def test_an_apple_cut_short_by_a_post_in_front_keeps_its_size_and_colour():
    """Hand-held seed 304: a thrown apple passes behind a post; where the post covers part of it, its box narrows to
    a third and shows the post's edge. That is no size pop and no colour change of the apple."""
    pair = make_pair("size_pop", 304, 832, 480)
    right = MotionJudge().score(Video(through_mp4(pair.right, pair.fps), pair.fps), pair.prompt)
    assert "size" not in laws_named(right) and "colour" not in laws_named(right)


def test_a_block_that_pops_larger_while_resting_on_the_floor_is_a_size_violation():
    """A red block drops onto a grey floor and lies there; near the clip's end it is 1.6 times as wide and tall from
    one frame to the next, with no motion in depth. The pop check must not skip it for having landed."""
    fps, frames = 20.0, np.full((48, 192, 320, 3), 120, np.uint8)
    frames[:, 170:] = 90  # the floor
    for i in range(len(frames)):
        y = min(170, 40 + 0.5 * 9.8 * (i / fps) ** 2 * 192 / 1.2)
        half = 9 if i < 40 else 15
        frames[i, int(y) - 2 * half:int(y), 160 - half:160 + half] = (200, 30, 30)
    score = MotionJudge().score(Video(through_mp4(frames, fps), fps), "a red toy block is dropped onto the floor and lands")
    assert "size" in laws_named(score)


def test_a_block_that_pops_after_landing_is_caught_though_little_of_its_flight_is_measurable():
    """Hand-held seed 310, wrong clip: a thrown block lands and slides, then grows 1.5 times from one frame to the
    next. Too few of its flight's samples show it whole to judge its size in the air, which must not spare the pop on
    the floor."""
    pair = make_pair("size_pop", 310, 832, 480)
    wrong = MotionJudge().score(Video(through_mp4(pair.wrong, pair.fps), pair.fps), pair.prompt)
    assert "size" in laws_named(wrong)
