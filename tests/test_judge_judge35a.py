"""The judge on hand-held footage where the tracker, losing a body against the backdrop, hops mid-clip onto another
thing (a plant's leaf at the frame's border) and follows it to its end: that run is no part of the body's path."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.foreign_ends import without_foreign_ends
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import Track
from tests.helpers.judged import laws_named, through_mp4
from tests.helpers.physics_clips_hand import make_pair

HEIGHT = 512.0
RED, GREEN = (195.0, 95.0, 90.0), (82.0, 142.0, 48.0)


def _rolling_can(tail_colour=GREEN, tail_area=100.0, tail=5) -> Track:
    """A red can 20 px across rolling right along the floor (y = 380 px) and slowing, seen for 20 frames; after a gap
    of two frames the track goes on for ``tail`` frames on a still blob at the right border (x = 506 px, y = 298 px)."""
    xs = 300.0 + 110.0 * (1 - (1 - np.arange(20) / 19.0) ** 2)
    centres = np.concatenate([np.stack([xs, np.full(20, 380.0)], axis=1), np.tile([506.0, 298.0], (tail, 1))])
    areas = np.concatenate([np.full(20, 420.0), np.full(tail, tail_area)])
    colours = np.concatenate([np.tile(RED, (20, 1)), np.tile(tail_colour, (tail, 1))])
    half = np.sqrt(areas)[:, None] / 2
    boxes = np.concatenate([centres - half, centres + half], axis=1)
    frames = np.concatenate([np.arange(20), 22 + np.arange(tail)])
    return Track(0, frames, centres, boxes, areas, colours)


def test_a_track_that_hops_mid_clip_onto_a_leaf_and_stays_there_ends_where_it_hopped():
    hopped = _rolling_can()
    kept = without_foreign_ends(hopped, HEIGHT, 60)
    assert kept.length == 20 and kept.last_frame == 19


def test_a_mid_clip_jump_that_keeps_the_bodys_colour_or_size_stays_in_the_track():
    """A teleport keeps the body's colour and size, so its jump is the continuity law's to judge; a single foreign
    sample mid-clip is as likely the body's own glitch."""
    same_colour = _rolling_can(tail_colour=RED)
    same_size = _rolling_can(tail_area=420.0)
    one_sample = _rolling_can(tail=1)
    for track in (same_colour, same_size):
        assert without_foreign_ends(track, HEIGHT, 60) is track
    assert without_foreign_ends(one_sample, HEIGHT, 60).length == one_sample.length


def test_a_hand_held_throw_whose_track_hops_onto_the_plant_at_the_border_is_no_jump():
    """Hand seed 2804 (no_gravity): the thrown red can rolls to rest on the kitchen's tiles, the tracker loses it and
    takes up a leaf of the potted plant at the frame's right border three frames later; that hop read as a jump of 0.24
    frame heights, and the right clip scored as low as the wrong one's straight flight (0.355 both)."""
    pair = make_pair("no_gravity", 2804)
    judge = MotionJudge()
    right = judge.score(Video(through_mp4(pair.right, pair.fps), pair.fps), pair.prompt)
    wrong = judge.score(Video(through_mp4(pair.wrong, pair.fps), pair.fps), pair.prompt)
    assert "continuity" not in laws_named(right)
    assert right.pc > wrong.pc
