"""Support after a landing (pipelines/eval/sinking.py): a body that lands stays on what stopped it.

The measurement on exact box edges (a sink is how far the top edge ends below its resting place, in the
object's own heights, whether the floor hides what goes into it or not), then rendered sinking and resting
clips from our renderer and the independently written one (tests/bench/bench_judge_pairs.py --families sinks
runs many more seeds)."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import check_tracking, expectation_from_prompt
from pipelines.eval.sinking import SINK_SHARE, measure_sink
from pipelines.eval.tracking import Track, Tracking
from tests.helpers import physics_clips, physics_clips_alt

HEIGHT = 0.1  # the object's height in frame heights
FLOOR = 0.8  # where its bottom edge lands
FALL = 0.3 + 0.0125 * np.arange(12) ** 2 - 0.0125 * 121 + FLOOR - 0.3  # bottom edge: a drop from rest ending at FLOOR


def _edges(after_bottom: np.ndarray, after_top: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Top and bottom edges of a drop onto FLOOR followed by the given samples."""
    return np.concatenate([FALL - HEIGHT, after_top]), np.concatenate([FALL, after_bottom])


def test_the_fall_lands_on_the_floor():
    assert FALL[-1] == pytest.approx(FLOOR) and np.all(np.diff(FALL) > 0)


def test_a_body_at_rest_has_sunk_nothing():
    top, bottom = _edges(np.full(10, FLOOR), np.full(10, FLOOR - HEIGHT))
    sink = measure_sink(top, bottom)
    assert sink.landing == len(FALL) - 1 and sink.line == pytest.approx(FLOOR)
    assert sink.height == pytest.approx(HEIGHT) and sink.depth == pytest.approx(0.0, abs=1e-9)
    assert sink.first == sink.landing  # never beyond the threshold


def test_a_body_hidden_by_the_floor_shrinks_from_the_top_down_and_that_is_its_sink():
    """The bottom edge stays on the line, the top edge comes down 0.06 = 0.6 heights over 5 samples."""
    going = np.minimum(np.arange(1, 11) * 0.012, 0.06)
    top, bottom = _edges(np.full(10, FLOOR), FLOOR - HEIGHT + going)
    sink = measure_sink(top, bottom)
    assert sink.depth == pytest.approx(0.6) and sink.going_on == pytest.approx(0.6 - 0.12)
    assert SINK_SHARE < 0.36 and sink.first == len(FALL) + 2  # 0.12, 0.24, then 0.36 heights down


def test_a_sink_read_to_the_analysis_pixel_may_end_one_sample_a_pixel_short_of_the_threshold():
    """An 8-pixel body (pixel 0.0125) whose resting box reads a pixel taller than its height, then whose top edge
    comes down 3-4 pixels: its last samples lie 0.25, 0.375 and 0.375 heights below its resting place. The median is
    a sink; the one sample short of SINK_SHARE is within a pixel of it, the edge's rounding."""
    pixel = 0.0125
    offsets = np.array([-1, -1, -1, -1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 3, 3]) * pixel
    top, bottom = _edges(np.full(len(offsets), FLOOR), FLOOR - HEIGHT + offsets)
    ends = (top[-3:] - (FLOOR - HEIGHT)) / HEIGHT
    assert ends.min() < SINK_SHARE < float(np.median(ends))
    assert measure_sink(top, bottom).first == len(FALL) - 1  # exact edges: a sample short of the threshold is no sink
    sink = measure_sink(top, bottom, pixel=pixel)
    assert sink.first > sink.landing and sink.depth == pytest.approx(0.375)
    resting = measure_sink(*_edges(np.full(15, FLOOR), FLOOR - HEIGHT + np.tile([0.0, pixel], 8)[:15]), pixel=pixel)
    assert resting.first == resting.landing  # a pixel of rounding on a body at rest is still no sink


def test_a_body_settling_two_pixels_lower_whose_top_edge_flickers_by_a_pixel_has_not_sunk():
    """Hand tune seed 1155 (constant_fall, right clip): a 9-pixel apple settles after a blurred landing and its top edge
    flickers between 2 and 3 pixels below the resting place, ending 0.375, 0.25, 0.375 heights (8 pixels here): a
    median past SINK_SHARE and a sample a pixel short, but it went down only 3 pixels, not a pixel past the threshold."""
    pixel = 0.0125
    offsets = np.array([0, 0, 1, 2, 2, 3, 2, 3, 2, 3, 2, 3, 3, 2, 3]) * pixel
    top, bottom = _edges(np.full(len(offsets), FLOOR), FLOOR - HEIGHT + offsets)
    ends = (top[-3:] - (FLOOR - HEIGHT)) / HEIGHT
    assert ends.min() < SINK_SHARE < float(np.median(ends))
    sink = measure_sink(top, bottom, pixel=pixel)
    assert sink.first == sink.landing and sink.going_on == pytest.approx(0.375)


def test_a_body_that_goes_down_whole_has_sunk_as_far_as_it_went_after_the_first_sample():
    """The line is the lower of the landing sample and the next when it went on down (a landing sampled a frame
    early), so the first step of a whole-box sink counts as landing: 0.075 down in steps of 0.015 is 0.6."""
    going = np.minimum(np.arange(1, 11) * 0.015, 0.075)
    top, bottom = _edges(FLOOR + going, FLOOR - HEIGHT + going)
    sink = measure_sink(top, bottom)
    assert sink.line == pytest.approx(FLOOR + 0.015) and sink.depth == pytest.approx(0.6)


def test_a_bounce_settling_and_a_squash_on_contact_are_no_sink():
    rebound = FLOOR - np.array([0.03, 0.045, 0.045, 0.03, 0.0])  # up and back onto the floor
    settled = np.concatenate([rebound, np.full(8, FLOOR)])
    top, bottom = _edges(settled, settled - HEIGHT)
    assert measure_sink(top, bottom).depth == pytest.approx(0.0, abs=1e-9)
    squash = np.full(10, FLOOR - HEIGHT)
    squash[:2] += 0.04  # flattened for two samples on impact, then round again
    top, bottom = _edges(np.full(10, FLOOR), squash)
    assert measure_sink(top, bottom).depth == pytest.approx(0.0, abs=1e-9)


def test_a_bounce_whose_next_landing_the_samples_miss_is_no_sink():
    """Keyframes joined by straight lines (a planned layout, watched): the ball stops at 0.8 on a sample short of
    the floor, rises 0.1 in a bounce, then comes down at a steady 0.03 a sample to 0.9 as the clip ends, with no
    abrupt stop left to see. It left the line, so the line says nothing about where it ends: not a sink, though
    its top edge ends a whole height below its resting place there. A rebound too small to be a visible
    landing's step leaves the line standing, and the same descent reads as a sink."""
    bounce = np.concatenate([FLOOR - np.array([0.05, 0.1, 0.05]), FLOOR + np.array([-0.02, 0.01, 0.04, 0.07, 0.1])])
    top, bottom = _edges(bounce, bounce - HEIGHT)
    assert measure_sink(top, bottom) is None
    bounce[:4] = FLOOR - np.array([0.005, 0.008, 0.005, 0.002])  # a rebound smaller than a visible landing's step
    top, bottom = _edges(bounce, bounce - HEIGHT)
    assert measure_sink(top, bottom) is not None


def test_a_body_that_loses_its_rim_at_once_on_landing_and_stays_so_has_not_sunk():
    """A tracked body at rest can lose a rim to the backdrop model: its top edge 0.04 lower from the first sample
    after the landing, and no lower after; 0.4 heights below its resting place, but it never went on down."""
    top, bottom = _edges(np.full(10, FLOOR), np.full(10, FLOOR - HEIGHT + 0.04))
    sink = measure_sink(top, bottom)
    assert sink.depth == pytest.approx(0.4) and sink.going_on == pytest.approx(0.0, abs=1e-9)
    assert sink.first == sink.landing


def test_rolling_off_an_edge_and_falling_on_is_no_sink():
    t = np.arange(1, 11)
    on = np.minimum(FLOOR + 0.004 * t * t, 0.99)  # rests a moment, then falls far below its own height
    top, bottom = _edges(np.concatenate([np.full(4, FLOOR), on]), np.concatenate([np.full(4, FLOOR), on]) - HEIGHT)
    assert measure_sink(top, bottom) is None


def test_rolling_away_from_the_camera_is_no_sink():
    """Farther away it looks smaller and higher: the top edge comes down relative to the bottom as in a sink,
    but the bottom edge ends 0.6 heights above the landing line, off what it landed on."""
    away = np.minimum(np.arange(1, 11) * 0.01, 0.06)
    top, bottom = _edges(FLOOR - away, FLOOR - HEIGHT + 0.3 * away)
    assert measure_sink(top, bottom) is None


def test_a_body_that_goes_on_along_the_ground_or_out_through_the_bottom_is_not_judged():
    """Coming nearer along a floor seen from above moves a body down the frame as a whole-box sink would;
    a frame border across its bottom hides where it rests."""
    going = np.minimum(np.arange(1, 11) * 0.015, 0.075)
    top, bottom = _edges(FLOOR + going, FLOOR - HEIGHT + going)
    still = np.full(len(top), 0.5)
    assert measure_sink(top, bottom, across=still).depth == pytest.approx(0.6)
    rolling = still + np.concatenate([np.zeros(len(FALL)), 0.04 * np.arange(1, 11)])  # 4 heights on
    assert measure_sink(top, bottom, across=rolling) is None
    framed = np.zeros(len(top), bool)
    framed[-2:] = True
    assert measure_sink(top, bottom, framed) is None


def _tracking(top_px: np.ndarray, bottom_px: np.ndarray, height: int = 100) -> Tracking:
    n = len(top_px)
    boxes = np.stack([np.full(n, 40.0), top_px, np.full(n, 50.0), bottom_px], axis=1)
    centroids = np.stack([np.full(n, 45.0), 0.5 * (top_px + bottom_px)], axis=1)
    track = Track(0, np.arange(n), centroids, boxes, 10.0 * (bottom_px - top_px), np.tile([200.0, 30.0, 30.0], (n, 1)))
    gray = np.zeros((n, 10, 16), np.float32)
    return Tracking([track], 160, height, 16.0, n, gray, gray.astype(bool), np.ones((10, 16), bool), 24.0)


def test_the_judge_names_support_and_the_frames_where_it_sank():
    dropped = expectation_from_prompt("a ball falls to the ground")
    going = np.minimum(np.arange(1, 11) * 0.012, 0.06)
    top, bottom = _edges(np.full(10, FLOOR), FLOOR - HEIGHT + going)
    violations = [v for v in check_tracking(_tracking(100 * top, 100 * bottom), dropped) if v.law == "support"]
    (violation,) = violations
    assert violation.frames == (measure_sink(top, bottom).first, len(top) - 1)
    assert "sinks 60% of its height" in violation.message
    rest_top, rest_bottom = _edges(np.full(10, FLOOR), np.full(10, FLOOR - HEIGHT))
    assert not [v for v in check_tracking(_tracking(100 * rest_top, 100 * rest_bottom), dropped) if v.law == "support"]


JUDGE = MotionJudge()
RENDERED = [(physics_clips.make_pair, 9, False), (physics_clips.make_pair, 12, True),
            (physics_clips_alt.make_pair, 16, True), (physics_clips_alt.make_pair, 21, True)]


@pytest.mark.parametrize(("make_pair", "seed", "varied"), RENDERED)
def test_a_rendered_sink_breaks_support_and_the_resting_clip_does_not(make_pair, seed, varied):
    pair = make_pair("sinks", seed, varied=varied)
    right = JUDGE.score(Video(pair.right, pair.fps), pair.prompt)
    wrong = JUDGE.score(Video(pair.wrong, pair.fps), pair.prompt)
    assert "support" in wrong.details["laws_violated"], (seed, wrong.details["violations"])
    assert "support" not in right.details["laws_violated"], (seed, right.details["violations"])
    assert right.pc - wrong.pc > 0.2
