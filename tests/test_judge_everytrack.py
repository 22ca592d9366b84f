"""The laws every track obeys (continuity, size, colour, smoothness), held on the track the prompt speaks of: in
hand-held footage other things move too (a second ball rolling behind, pieces of a plant or of the steadied frame's
border), and a right clip must not be charged for them, while its wrong twin's one violation still counts."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.core.judging import Video
from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_every_track import unblurred_ratio
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.subject_choice import main_subject
from pipelines.eval.tracking import Track
from tests.helpers.judged import through_mp4
from tests.helpers.physics_clips_hand import make_pair

DROP = Expectation("soda can", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False,
                   source="prompt", dropped=True, colours=("green",))


class _Frame:
    """The little of a Tracking a TrackGeometry reads: the analysis frame's size."""

    width, height, fps = 200, 100, 20.0


def _track(track_id: int, frames, xs, ys, size: float = 8.0) -> TrackGeometry:
    frames = np.asarray(frames)
    xy = np.stack([np.broadcast_to(np.asarray(xs, float), frames.shape), np.broadcast_to(np.asarray(ys, float), frames.shape)], 1)
    boxes = np.concatenate([xy - size / 2, xy + size / 2], axis=1)
    track = Track(track_id, frames, xy, boxes, np.full(len(frames), size * size), np.full((len(frames), 3), 90.0))
    return TrackGeometry(track, _Frame())


def test_a_level_roller_seen_beside_the_falling_subject_is_another_thing():
    """A dropped can falls 40 px while a second body of its colour rolls level 60 px away at the same time and a
    third sways in place at the side: only the fall is what the prompt tells of; the can's own track, taken up again
    on the floor after a break, stays the subject, and so does a body seen only while the can is not."""
    t = np.arange(12)
    can = _track(0, t, 100, 20 + 40 * (t / 11) ** 2)
    on_floor = _track(1, np.arange(14, 30), 101, 64)
    roller = _track(2, np.arange(0, 30), np.linspace(40, 90, 30), 75, size=5)
    plant = _track(3, np.arange(16, 30), 10 + 2 * np.sin(np.arange(14)), 50)
    later = _track(4, np.arange(32, 40), 150, 64)
    chosen = main_subject([can, on_floor, roller, plant, later], [True] * 5, DROP)
    assert chosen == [True, True, False, False, True]


def test_several_moving_things_in_the_prompt_keep_every_candidate():
    t = np.arange(12)
    tracks = [_track(0, t, 100, 20 + 40 * (t / 11) ** 2), _track(1, t, np.linspace(40, 90, 12), 75)]
    two = Expectation("ball", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False,
                      source="prompt", things=2)
    assert main_subject(tracks, [True, True], two) == [True, True]


def test_a_dropped_green_can_beside_a_green_ball_rolling_behind_keeps_its_lead_over_the_teleport():
    """Hand seed 261: the can falls beside a green ball rolling level behind it and the steadied frame's pale border;
    before, the rolling ball was held to the drop (no gravity) and the border's pieces to size and smoothness, and the
    right clip scored below the wrong one, whose can jumps."""
    pair = make_pair("teleport", 261)
    right = MotionJudge().score(Video(through_mp4(pair.right, pair.fps), pair.fps), pair.prompt)
    wrong = MotionJudge().score(Video(through_mp4(pair.wrong, pair.fps), pair.fps), pair.prompt)
    assert "gravity" not in right.details["laws_violated"]
    assert right.pc > wrong.pc


def test_motion_blur_explains_a_fast_blob_larger_than_the_same_body_at_rest():
    """A body 0.04 frame heights across, moving 0.05 a frame, may show a blob up to sqrt(1 + 0.05 / 0.04) = 1.5 times
    as large with the shutter open the whole frame; at rest or equally fast, and where the slow one is the larger (blur
    never shrinks a blob), the ratio stands as measured."""
    assert unblurred_ratio(np.array([0.06, 0.05]), np.array([0.04, 0.0])) == pytest.approx(1.0, abs=1e-6)
    assert unblurred_ratio(np.array([0.06, 0.05]), np.array([0.04, 0.05])) == pytest.approx(1.5)
    assert unblurred_ratio(np.array([0.04, 0.05]), np.array([0.06, 0.0])) == pytest.approx(1.5)


def test_a_blurred_throw_that_lands_and_rests_does_not_change_size():
    """Hand size_pop seed 261 (right): a yellow can thrown at 25 fps with the shutter open most of the frame measures
    1.5 times as large in flight as at rest on the floor; that was charged as a change of size without moving in
    depth."""
    pair = make_pair("size_pop", 261)
    right = MotionJudge().score(Video(through_mp4(pair.right, pair.fps), pair.fps), pair.prompt)
    assert "size" not in right.details["laws_violated"]
