"""A body that lands, hops a few times too little to show as landings, comes to rest and then sinks into the floor has
sunk. A ball's last hops, each rising a pixel or two of the analysis size, used to read as "it bounced off the line
and never landed again" (a sink never rises), so the sink that followed its rest went unmeasured: hand-held footage of
a tennis ball sinking 60 % of its height into a wooden floor scored as high as the one resting on it. A body lying
still on a surface is held up by it, whatever hops came before (``sinking.measure_sink_after_coming_to_rest``); the
top of a hop, still for a few samples at a high frame rate, is no rest on the surface."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.sinking import measure_sink, measure_sink_after_coming_to_rest
from tests.helpers.judged import laws_named, through_mp4
from tests.helpers.physics_clips_hand import make_pair

HEIGHT = 0.1  # the body's height in frame heights
FLOOR = 0.8  # where its bottom edge lands
PIXEL = 1 / 90  # one analysis pixel in frame heights (a 160 x 90 analysis size)
FALL = FLOOR - 0.3 + 0.3 * (np.arange(12) / 11) ** 2  # bottom edge: a drop from rest ending on FLOOR
HOPS = FLOOR - np.array([0.01, 0.02, 0.01, 0.0, 0.005, 0.0])  # two pixels up and back, slower than a landing shows
REST = np.full(8, FLOOR)


def _edges(after_bottom: np.ndarray, after_top: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.concatenate([FALL - HEIGHT, after_top]), np.concatenate([FALL, after_bottom])


def _hops_rest_then(top_going: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Edges of the drop, its small hops, a rest, then the top edge coming down by ``top_going`` (a floor drawn over
    the body hides what goes into it: the bottom edge stays on the line)."""
    bottom = np.concatenate([HOPS, REST, np.full(len(top_going), FLOOR)])
    top = np.concatenate([HOPS - HEIGHT, REST - HEIGHT, FLOOR - HEIGHT + top_going])
    return _edges(bottom, top)


def test_small_hops_after_the_landing_hid_the_sink_that_follows_the_rest():
    top, bottom = _hops_rest_then(np.minimum(np.arange(1, 9) * 0.012, 0.06))
    assert measure_sink(top, bottom, pixel=PIXEL) is None  # the hops rise off the line: no landing after them
    sink = measure_sink_after_coming_to_rest(top, bottom, len(FALL) - 1, pixel=PIXEL)
    assert sink is not None and sink.depth == pytest.approx(0.6, abs=PIXEL / HEIGHT)  # (a hop within a pixel is rest)
    assert sink.first > sink.landing > len(FALL)  # measured from where it came to rest


def test_a_body_that_hops_and_rests_has_sunk_nothing():
    top, bottom = _hops_rest_then(np.zeros(8))
    sink = measure_sink_after_coming_to_rest(top, bottom, len(FALL) - 1, pixel=PIXEL)
    assert sink is not None and sink.first == sink.landing and sink.depth <= PIXEL / HEIGHT + 1e-9


def test_the_top_of_a_hop_held_still_is_no_rest_on_the_surface():
    """A bounce whose top holds within a pixel for four samples (a high frame rate), then falls back onto the floor
    and rests: measured from its top the landing would read as sinking half its height."""
    apex = np.full(4, FLOOR - 0.05)
    bottom = np.concatenate([FLOOR - np.array([0.02, 0.04]), apex, FLOOR - np.array([0.04, 0.02]), np.full(10, FLOOR)])
    top, bottom = _edges(bottom, bottom - HEIGHT)
    sink = measure_sink_after_coming_to_rest(top, bottom, len(FALL) - 1, pixel=PIXEL)
    assert sink is None or sink.first == sink.landing


def test_a_hop_two_pixels_high_is_no_rest():
    """A bouncy ball's last hops as the independent renderer's clip reads them (160 px analysis size): its blurred box a
    pixel or two taller and higher than at rest. Each edge there stays within a pixel of its median, yet spans two;
    taken for a rest, the ball lying still after it would read as sunk 44 % of its height."""
    pixel = 1 / 160
    bottom = np.array([133, 133, 132, 131, 132, 133] + [134] * 12) * pixel
    top = np.array([125, 124, 123, 123, 123, 125] + [127] * 12) * pixel
    top, bottom = _edges(bottom, top)
    sink = measure_sink_after_coming_to_rest(top, bottom, len(FALL), pixel=pixel)
    assert sink is not None and sink.first == sink.landing and sink.depth == pytest.approx(0.0, abs=1e-9)


def test_a_ball_rolling_on_after_its_hops_is_not_at_rest():
    """The third renderer's ball rolls on slowly after its last hops, its blurred box losing its top rows as it slows:
    the edges hold still, the centre does not, and the shrinking box is no sink."""
    pixel = 1 / 92
    bottom = np.full(24, FLOOR)
    top = FLOOR - np.array([8] * 6 + [6] * 8 + [5] * 10) * pixel
    across = 0.57 - 0.005 * np.arange(24)
    top, bottom = _edges(bottom, top)
    across = np.concatenate([np.full(len(FALL), 0.57), across])
    sink = measure_sink_after_coming_to_rest(top, bottom, len(FALL), across=across, pixel=pixel)
    assert sink is None or sink.first == sink.landing
    assert measure_sink_after_coming_to_rest(top, bottom, len(FALL), pixel=pixel).first > len(FALL)  # (held still)


def test_hand_held_tennis_ball_sinking_after_its_last_hops_scores_below_the_one_at_rest():
    pair = make_pair("sinks", 3005)
    judge = MotionJudge()
    right, wrong = (judge.score(Video(through_mp4(clip, pair.fps), pair.fps), pair.prompt)
                    for clip in (pair.right, pair.wrong))
    assert "support" in laws_named(wrong) and "support" not in laws_named(right)
    assert right.pc > wrong.pc
