"""The tracker where a second ball shares the scene: a track does not hop many body sizes in one frame onto a blob of
another colour. A second ball coming into view was taken as the continuation of whatever track had just ended within
the wide distance gate (the shade under a falling ball, gone as the ball landed on it), and that track then seemed to
leap across the floor and climb: a jump, a size change and a rebound higher than the drop charged to a right clip."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import TrackingSettings, track_objects
from tests.helpers.physics_clips_hand import make_pair

W, H, FRAMES, FPS = 640, 360, 40, 24.0
SHADE_AT = (240, 240)  # a grey patch lying on the floor for the first frames ...
SHADE_UNTIL = 10
BALL_FROM = (440, 220)  # ... and, from the frame it goes, a small blue ball rolling right, 200 px away


def _floor_clip() -> np.ndarray:
    frames = np.empty((FRAMES, H, W, 3), np.uint8)
    frames[:] = (200, 195, 185)
    frames[:, 200:] = (175, 170, 160)  # the floor below the wall
    for t in range(FRAMES):
        if t < SHADE_UNTIL:
            cv2.ellipse(frames[t], SHADE_AT, (32, 14), 0, 0, 360, (95, 92, 88), -1, cv2.LINE_AA)
        else:
            x = BALL_FROM[0] + 3 * (t - SHADE_UNTIL)
            cv2.circle(frames[t], (round(x), BALL_FROM[1]), 9, (40, 70, 200), -1, cv2.LINE_AA)
    return frames


def test_a_track_does_not_hop_many_sizes_onto_a_blob_of_another_colour():
    tracking = track_objects(_floor_clip(), FPS, TrackingSettings())
    shade_tracks = [tr for tr in tracking.tracks if (tr.frames < SHADE_UNTIL).any()]
    assert shade_tracks, "the grey patch is tracked"
    for tr in shade_tracks:
        assert tr.last_frame < SHADE_UNTIL, (
            f"track {tr.track_id} goes on past the patch (frames {tr.first_frame}-{tr.last_frame}, ending at "
            f"{np.round(tr.centroids[-1])}): it hopped onto the blue ball")


def test_a_dropped_ball_whose_shade_ends_as_a_second_ball_shows_keeps_its_right_clip_clean():
    """Hand-held tuning pair: a blue ball dropped on tiles beside a small blue ball rolling by a plant."""
    pair = make_pair("higher_rebound", 760, 832, 480)
    judge = MotionJudge()
    right = judge.score(Video(np.asarray(pair.right), pair.fps), pair.prompt)
    wrong = judge.score(Video(np.asarray(pair.wrong), pair.fps), pair.prompt)
    assert not [v for v in right.details["violations"] if v["law"] in ("continuity", "energy")], \
        right.details["violations"]
    assert right.pc > wrong.pc
