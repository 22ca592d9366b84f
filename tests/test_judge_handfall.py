"""The judge on hand-held footage of falls, rebounds and sinks: which samples of a track are the subject the prompt
speaks of, and what the laws of a falling body measure on them."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.foreign_ends import without_foreign_ends
from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_ballistic import _heights_past_the_border
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.sinking import measure_sink_from_rest
from pipelines.eval.tracking import Track, TrackingSettings, _associate, _Blob
from tests.helpers.judged import laws_named, through_mp4
from tests.helpers.physics_clips_hand import make_pair

HEIGHT = 360.0


def _falling_ball(first_centre=None, first_colour=(200, 40, 40), first_area=400.0) -> Track:
    """A red ball 20 px across falling from y = 100 to rest at 300 px; its first sample optionally another blob."""
    ys = np.minimum(100 + 4.0 * np.arange(16) ** 2, 300.0)
    centres = np.stack([np.full(16, 200.0), ys], axis=1)
    colours = np.tile(np.array([200.0, 40.0, 40.0]), (16, 1))
    areas = np.full(16, 400.0)
    if first_centre is not None:
        centres[0], colours[0], areas[0] = first_centre, first_colour, first_area
    half = np.sqrt(areas)[:, None] / 2
    boxes = np.concatenate([centres - half, centres + half], axis=1)
    return Track(0, np.arange(16), centres, boxes, areas, colours)


def test_a_track_opening_on_a_far_blob_of_another_colour_and_size_starts_with_the_object():
    hopped = _falling_ball(first_centre=(320.0, 20.0), first_colour=(150.0, 175.0, 205.0), first_area=1200.0)
    kept = without_foreign_ends(hopped, HEIGHT, 40)
    assert kept.first_frame == 1 and kept.length == hopped.length - 1


def test_a_hop_onto_another_blob_away_from_the_clips_ends_stays_in_the_track():
    """The pan shows the most border, and the fill around it, in the clip's first and last frames; a hop later on
    is left to the continuity laws."""
    hopped = _falling_ball(first_centre=(320.0, 20.0), first_colour=(150.0, 175.0, 205.0), first_area=1200.0)
    later = Track(0, hopped.frames + 10, hopped.centroids, hopped.boxes, hopped.areas, hopped.colors)
    assert without_foreign_ends(later, HEIGHT, 40) is later


def test_a_jump_that_keeps_the_objects_colour_or_size_stays_in_the_track():
    same_colour = _falling_ball(first_centre=(320.0, 20.0), first_area=1200.0)  # a teleport keeps the colour
    same_size = _falling_ball(first_centre=(320.0, 20.0), first_colour=(150.0, 175.0, 205.0))  # ... or the size
    near = _falling_ball(first_centre=(205.0, 95.0), first_colour=(150.0, 175.0, 205.0), first_area=1200.0)
    for track in (same_colour, same_size, near):
        assert without_foreign_ends(track, HEIGHT, 40) is track


def test_a_hand_held_drop_whose_track_opens_on_a_cloud_is_judged_from_the_can():
    """Hand tune seed 178 (constant_fall): the can's track opened on a cloud at the top of the frame, so the jump
    down to the held can read as a teleport and as a fall that landed and sank (0.17, the wrong clip's constant-speed
    fall 0.38)."""
    pair = make_pair("constant_fall", 178)
    right = MotionJudge().score(Video(through_mp4(pair.right, pair.fps), pair.fps), pair.prompt)
    assert "support" not in laws_named(right) and "continuity" not in laws_named(right)


def _blob(x: float, y: float, area: float) -> _Blob:
    side = np.sqrt(area) / 2
    return _Blob(np.array([x, y]), np.array([x - side, y - side, x + side, y + side]), area,
                 np.array([110.0, 160.0, 130.0]), -1)


def test_a_blob_grown_where_a_smaller_one_sat_is_no_far_tracks_next_sample():
    """Analysis pixels of hand tune seed 178 (constant_fall): a blob of the pan's border seen once at the frame's
    right edge started a track; two frames on, the held can (a smaller blob in place all along) is 64 px off, inside
    the 0.35-diagonal gate. Its colour is the same here, so only where the can was the frame before tells them apart."""
    border = {"frames": [2], "centroids": [np.array([156.5, 51.2])], "boxes": [np.array([153.0, 49, 160, 54])],
              "areas": [22.0], "colors": [np.array([110.0, 160.0, 130.0])]}
    can, can_before = _blob(95.1, 34.5, 15.0), _blob(94.5, 33.0, 16.0)
    settings, diagonal = TrackingSettings(), float(np.hypot(160, 90))
    tracks = [dict((key, list(value)) for key, value in border.items())]
    left = _associate(tracks, [can], 4, settings, diagonal, 21.6, smaller_before=[can_before])
    assert tracks[0]["frames"] == [2] and left == [can]
    unseen_before = [dict((key, list(value)) for key, value in border.items())]
    _associate(unseen_before, [can], 4, settings, diagonal, 21.6, smaller_before=[])
    assert unseen_before[0]["frames"] == [2, 4]  # nothing in place the frame before: the gate alone decides
    near = [dict(border, frames=[2], centroids=[np.array([100.0, 36.0])], areas=[22.0], boxes=[np.zeros(4)],
                 colors=[np.array([110.0, 160.0, 130.0])])]
    _associate(near, [can], 4, settings, diagonal, 21.6, smaller_before=[can_before])
    assert near[0]["frames"] == [2, 4]  # a track a step away takes it up


def _geometry(centres: np.ndarray, half: float = 10.0, height: int = 360, fps: float = 20.0) -> TrackGeometry:
    """A TrackGeometry of a 20 px object at ``centres`` (pixels) as the tracker sees it: the blob, and so its box
    and centroid, is only the part inside the frame."""
    boxes = np.clip(np.concatenate([centres - half, centres + half], axis=1), 0, height)
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    seen = (boxes[:, :2] + boxes[:, 2:]) / 2
    track = Track(0, np.arange(len(centres)), seen, boxes, areas, np.tile([200.0, 40.0, 40.0], (len(centres), 1)))
    return TrackGeometry(track, SimpleNamespace(height=height, width=height, fps=fps))


def test_a_box_cut_by_the_top_border_puts_the_centre_half_the_objects_height_above_its_bottom_edge():
    ys = 200.0 - 30.0 * np.arange(8)  # straight up at constant speed, out through the top: 200 ... -10 px
    g = _geometry(np.stack([np.full(8, 100.0), ys], axis=1))
    assert g.xy[-1, 1] * 360 > ys[-1] + 5  # the blob's centroid lags behind ...
    assert np.allclose(_heights_past_the_border(g) * 360, ys)  # ... its bottom edge does not


def test_a_throw_flying_straight_up_out_of_a_hand_held_frame_breaks_gravity_in_full():
    """Hand tune seed 185 (no_gravity): the bottle of the wrong clip flies in a straight line up out of the frame; its
    last samples, cut by the top border, seemed to slow down, so the flight's parabola sagged nearly enough and the
    straight line cost only 0.14 of a violation (the wrong clip scored 0.71, the right one 0.47)."""
    pair = make_pair("no_gravity", 185)
    wrong = MotionJudge().score(Video(through_mp4(pair.wrong, pair.fps), pair.fps), pair.prompt)
    assert max(v["severity"] for v in wrong.details["violations"] if v["law"] == "gravity") >= 0.9


REST_LINE, REST_TOP = 0.81, 0.64  # a bottle 0.17 frame heights tall resting on the floor


def test_a_track_that_opens_on_the_object_at_rest_measures_a_sink_from_that_rest():
    """The floor hides what goes into it: the bottom edge stays on the line, the top edge comes down 0.1 (0.6 of the
    height) after ten samples at rest; a pixel of the analysis (0.011) of quantisation noise on both edges."""
    noise = np.tile([0.0, 0.011, 0.0, -0.011], 10)[:40]
    top = REST_TOP + np.concatenate([np.zeros(10), np.linspace(0.0, 0.1, 30)]) + noise
    bottom = REST_LINE + noise[::-1]
    sink = measure_sink_from_rest(top, bottom, pixel=0.0111)
    assert sink is not None and sink.first > sink.landing and sink.depth > 0.4
    resting = measure_sink_from_rest(np.full(40, REST_TOP) + noise, bottom, pixel=0.0111)
    assert resting is not None and resting.first == resting.landing  # at rest all along: no sink


def test_a_track_that_does_not_open_at_rest_is_not_measured_from_its_start():
    falling = np.linspace(0.3, 0.64, 40)  # still on its way down
    assert measure_sink_from_rest(falling, falling + 0.17, pixel=0.0111) is None


def test_a_hand_held_sink_whose_track_opens_with_the_bottle_at_rest_breaks_support():
    """Hand tune seed 188 (sinks): the bottle's fall and its rest were two tracks, so the one that sinks showed no
    landing and the sink went unmeasured (the wrong clip scored 0.11, the right one 0.06)."""
    pair = make_pair("sinks", 188)
    wrong = MotionJudge().score(Video(through_mp4(pair.wrong, pair.fps), pair.fps), pair.prompt)
    assert "support" in laws_named(wrong)


def test_a_hand_held_slow_sink_whose_last_sample_reads_a_pixel_short_breaks_support():
    """Hand tune seed 1164 (sinks): the ball's top edge ended 0.30, 0.40 and 0.40 of its height below its resting
    place, the first a rounding short of the threshold, so no sink was found (wrong 0.807, right 0.806)."""
    pair = make_pair("sinks", 1164)
    judge = MotionJudge()
    wrong = judge.score(Video(through_mp4(pair.wrong, pair.fps), pair.fps), pair.prompt)
    right = judge.score(Video(through_mp4(pair.right, pair.fps), pair.fps), pair.prompt)
    assert "support" in laws_named(wrong) and "support" not in laws_named(right)
    assert right.pc > wrong.pc + 0.1
