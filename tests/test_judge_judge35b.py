"""What a body covered all clip long is no bigger than the body. The tracker paints in such a place (a car that drives
less than its own length keeps its middle in the background) and grows it over the background of its colour next to
it, the band's ends; that growth is bounded by the size of the pieces the band joins, so backdrop that merely shares the
body's colour (a lawn, a wall behind a shirt) is never painted in. Hand-held footage of a walker showed 8 bridged
pixels grown over 2,386 (a sixth of the analysis frame), and 352 over 3,012 for the walker who vanishes, whose clip
then kept the fill and scored above the one who walks steadily."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.backdrop import fill_from_around, joined_extent, largest_channel
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.judged import through_mp4
from tests.helpers.physics_clips_hand import make_pair

RED, GREY = (200.0, 50.0, 50.0), (100.0, 100.0, 100.0)


def _car_in_two_pieces(frames: int = 6) -> np.ndarray:
    """A car (rows 20-29) whose middle, columns 30-49, the background kept: each frame shows its front and back."""
    foreground = np.zeros((frames, 60, 100), bool)
    for t in range(frames):
        foreground[t, 20:30, 22 - t:30] = True
        foreground[t, 20:30, 50:58 + t] = True
    return foreground


def _background_with_a_red_lawn() -> tuple[np.ndarray, np.ndarray]:
    """Grey backdrop holding the car's red middle (the bridged band) and, touching it below, a red lawn five times the
    car's size (yet under a quarter of the frame)."""
    background = np.empty((60, 100, 3), np.float32)
    background[:] = GREY
    band = np.zeros((60, 100), bool)
    band[20:30, 30:50] = True
    background[band] = RED
    background[30:42, 10:100] = RED  # 1,080 px of lawn against a car of under 300 px
    return background, band


def test_the_body_a_band_joins_is_the_pieces_on_either_side():
    _, band = _background_with_a_red_lawn()
    assert joined_extent(band, _car_in_two_pieces()) == 2 * 10 * 13  # the last frame: two 10 x 13 pieces
    assert joined_extent(np.zeros((60, 100), bool), _car_in_two_pieces()) == 0


def test_a_band_grows_over_its_colour_no_further_than_its_body():
    background, band = _background_with_a_red_lawn()
    body = joined_extent(band, _car_in_two_pieces())
    painted = largest_channel(np.abs(fill_from_around(background, band, 20.0, body) - background)) > 0
    assert painted[band].any()
    assert not painted[32:42].any(), np.count_nonzero(painted[32:42])  # the lawn stays the backdrop
    # without a body to bound it, the band still grows over the lawn (its ends, a body's length of its colour)
    unbounded = largest_channel(np.abs(fill_from_around(background, band, 20.0) - background)) > 0
    assert unbounded[32:42].sum() > 500


def test_a_walker_beats_the_one_who_vanishes_when_his_shirt_matches_the_backdrop():
    """Hand person 2604 (MP4): before, right 0.667 below wrong 0.731 (the vanishing walker's bridged band grew over
    3,012 px of backdrop of its colour, which the tracker kept)."""
    pair = make_pair("person", 2604)
    judge = MotionJudge()
    right = judge.score(Video(through_mp4(np.asarray(pair.right), pair.fps), pair.fps), pair.prompt)
    wrong = judge.score(Video(through_mp4(np.asarray(pair.wrong), pair.fps), pair.fps), pair.prompt)
    assert right.pc > wrong.pc + 0.2, (right.pc, wrong.pc)
