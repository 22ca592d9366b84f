"""The tracker paints in a place an object covered all clip long (a car that drives less than its own length) only
where that place lies within the extent of the pieces it joins: a band between two pieces of one body is inside the
body. Hand-held footage of a walker in a shirt the colour of the lawn behind him showed still lawn beside the walker's
pieces: about a quarter of the analysis frame was painted in, most of it far outside the walker, and kept because the
tracks fell from 20 to 19; the walker who walks steadily was charged with continuity and smoothness breaks below the
one who vanishes mid-walk."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.backdrop import lies_between_pieces
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.judged import through_mp4
from tests.helpers.physics_clips_hand import make_pair


def _car_in_two_pieces(frames: int = 6) -> np.ndarray:
    """A car (rows 20-29) whose middle, columns 30-49, the background kept: each frame shows its front and back."""
    foreground = np.zeros((frames, 60, 100), bool)
    for t in range(frames):
        foreground[t, 20:30, 22 - t:30] = True
        foreground[t, 20:30, 50:58 + t] = True
    return foreground


def test_a_band_between_two_pieces_lies_between_them():
    band = np.zeros((60, 100), bool)
    band[19:31, 29:51] = True  # the kept middle, one pixel wider all round (the fill's dilation)
    assert lies_between_pieces(band, _car_in_two_pieces())


def test_backdrop_of_the_pieces_colour_sprawling_beyond_them_is_no_band():
    lawn = np.zeros((60, 100), bool)
    lawn[19:31, 29:51] = True
    lawn[30:60, 0:100] = True  # the lawn below the car, touching both pieces, far larger than the car
    assert not lies_between_pieces(lawn, _car_in_two_pieces())
    assert not lies_between_pieces(np.zeros((60, 100), bool), _car_in_two_pieces())  # nothing painted


def test_a_walker_on_a_lawn_of_the_shirts_colour_beats_the_one_who_vanishes():
    """Hand person 2600 (park, 20 fps, blurred, a plant): before, right 0.001 (five continuity and five smoothness
    breaks) below the walker who vanishes."""
    pair = make_pair("person", 2600)
    judge = MotionJudge()
    right = judge.score(Video(through_mp4(np.asarray(pair.right), pair.fps), pair.fps), pair.prompt)
    wrong = judge.score(Video(through_mp4(np.asarray(pair.wrong), pair.fps), pair.fps), pair.prompt)
    assert right.pc > wrong.pc + 0.2, (right.pc, wrong.pc)
