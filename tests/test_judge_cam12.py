"""The judge on what a camera films, round twelve: the same scores for less work. Every law that asks whether a track
lies over a shade of the ground measured each other track's shade anew for every track it was asked about (n² for n
tracks); the shades are measured once per check. A track that travels steadily is a body whatever its colour, so the
costly look at whether its core shows the backdrop's colour is skipped for it.

And one law read more truly: at a few frames a second a ball reaches the floor between two samples, and the flight's
last sample shows it slowed by the contact; a fall only ever speeds up, so a last step less than half the one before
it lies past the landing and is left out of the fall's parabola, as one after frames the tracker missed already was.
A body's track that reads as a shade of the ground for a few samples while no other track turns back with it is one
blob holding the body and its shadow merged: no swap of the two to undo."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval import appearance, scene_movers
from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_ballistic import check_ballistic
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import check_tracking, expectation_from_prompt
from pipelines.eval.tracking import Track, Tracking
from tests.helpers import physics_clips_cam

FPS = 24.0
FLOOR = (150, 150, 145)
SHADE = tuple(0.6 * c for c in FLOOR)  # a darker shade of the floor, in its tint: what a shadow looks like


def _tracking(tracks: list[Track], n: int, w: int = 240, h: int = 160) -> Tracking:
    """A still grey floor with ``tracks`` on it (their pixels are not drawn: the shade laws read the tracks' colours
    against the backdrop)."""
    rgb = np.empty((n, h, w, 3), np.uint8)
    rgb[:] = FLOOR
    return Tracking(tracks, w, h, FPS, n, rgb.mean(axis=-1).astype(np.float32), np.zeros((n, h, w), bool),
                    np.ones((h, w), bool), 30.0, rgb=rgb, background=np.full((h, w, 3), FLOOR, np.float32))


def _patch(k: int, n: int, colour: tuple, x: float, y: float, step: float) -> Track:
    """A patch 16 px across first seen at (``x``, ``y``), moving ``step`` px a frame to the right, in ``colour``."""
    frames = np.arange(n)
    centroids = np.stack([x + step * frames, np.full(n, y)], axis=1)
    return Track(k, frames, centroids, np.concatenate([centroids - 8, centroids + 8], axis=1), np.full(n, 201.0),
                 np.tile(np.asarray(colour, float), (n, 1)))


def test_each_tracks_shade_is_measured_a_few_times_not_once_per_other_track(monkeypatch):
    """Six patches in a shade of the floor (six shadows, or grey balls on grey gravel), each asked whether another
    one's shade lies below it: before, 6 x 5 measures of the others' shades came on top of each one's own."""
    calls = []
    measure = appearance.shaded_samples
    monkeypatch.setattr(appearance, "shaded_samples", lambda track, tracking: calls.append(1) or measure(track, tracking))
    n, count = 12, 6
    tracks = [_patch(k, n, SHADE, 30 + 30 * k, 30 + 20 * k, 0.5) for k in range(count)]
    check_tracking(_tracking(tracks, n))
    assert 0 < len(calls) <= 3 * count


def test_a_track_that_travels_steadily_is_not_read_for_the_backdrops_colour(monkeypatch):
    """A patch of the floor's own colour crossing the frame 6 px a frame: a body however it is coloured
    (``travels_steadily``), so whether its core shows the backdrop's colour is never asked."""
    def never(*_):
        raise AssertionError("a steady traveller's colour was read against the backdrop")

    monkeypatch.setattr(scene_movers, "backdrop_coloured", never)
    n = 30
    track = _patch(0, n, FLOOR, 30, 80, 6.0)
    assert scene_movers.scene_moving([track], _tracking([track], n)) == [False]


def test_a_fall_whose_last_sample_lies_past_an_unseen_landing_still_speeds_up():
    """Cam seed 381 of higher_rebound (19 frames at 8 fps): the yellow ball falls 1, 8, 18, 27 and 36 px a frame, then
    2 px: it hit the floor between those two samples. The parabola through that last one read 'falls without speeding
    up', and the right clip scored under the wrong one that rebounds too high (0.262 vs 0.321)."""
    pair = physics_clips_cam.make_pair("higher_rebound", 381)
    judge = MotionJudge()
    right, wrong = (judge.score(Video(clip, pair.fps), pair.prompt) for clip in (pair.right, pair.wrong))
    assert "gravity" not in [v["law"] for v in right.details["violations"]]
    assert "energy" in [v["law"] for v in wrong.details["violations"]]
    assert right.pc > wrong.pc + 0.05


def test_a_ball_merged_with_its_shadow_for_a_few_frames_is_no_swap():
    """Cam seed 376 of higher_rebound: a grey ball over green-grey ground lands on its shadow; for three frames its blob
    holds both (a shade of the ground), then splits into the ball's dark and lit halves for a few frames before they
    join again. The shadow's track, going on with the lit half, was taken for a swap and the tails exchanged: 'appears
    from nowhere', 'changes size 1.5x' on the right clip (0.204 against the wrong clip's 0.245, which rebounds too high)."""
    pair = physics_clips_cam.make_pair("higher_rebound", 376)
    judge = MotionJudge()
    right, wrong = (judge.score(Video(clip, pair.fps), pair.prompt) for clip in (pair.right, pair.wrong))
    assert right.details["violations"] == []
    assert [v["law"] for v in wrong.details["violations"]] == ["energy"]
    assert right.pc > wrong.pc + 0.2



def _fall_laws(ys: list[float]) -> list[str]:
    """The ballistic laws broken by a ball 12 px across at these heights (one sample a frame at 8 fps, drifting left
    as it goes) in a 640 x 360 clip, for 'a ball is dropped and falls to the floor'."""
    n = len(ys)
    centroids = np.stack([np.linspace(216, 190, n), np.asarray(ys, float)], axis=1)
    ball = Track(0, np.arange(n), centroids, np.concatenate([centroids - 6, centroids + 6], axis=1), np.full(n, 110.0),
                 np.tile([200.0, 190.0, 90.0], (n, 1)))
    tracking = _tracking([ball], n, 640, 360)
    tracking.fps = 8.0
    expectation = expectation_from_prompt("a ball is dropped and falls to the floor")
    return [v.law for v in check_ballistic(TrackGeometry(ball, tracking), tracking, expectation)]


BOUNCES_ON = [170.8, 163.6, 165.6, 176.8, 197.6, 192.2, 187.3, 191.8, 197.9, 195.8, 204.5]


def test_a_fall_speeding_up_to_a_landing_between_samples_keeps_gravity_and_one_at_constant_speed_breaks_it():
    """Seed 381's heights: steps of 1, 8, 18, 27, 36 px, then 2 px as the floor stops it between two samples. The
    same drop at a constant 18 px a frame, with its last step slowed alike, still falls without speeding up."""
    assert "gravity" not in _fall_laws([94.4, 95.2, 103.6, 121.8, 148.9, 184.5, 186.9, *BOUNCES_ON])
    assert "gravity" in _fall_laws([94.4, 95.2, 113.2, 131.2, 149.2, 167.2, 185.2, 187.6, *BOUNCES_ON])
