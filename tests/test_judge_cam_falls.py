"""The judge on falls a camera filmed, with tracks built by hand: an object that rises from the first sample after a
hold too short to count as one (its lowest band is no floor it rolled on); a second, jittering track of a body at
rest (its noise adds up to a long path but it goes nowhere, so it does not "move on one level"); and a piece of a
two-coloured ball that the tracker split off (it does not appear from nowhere)."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_ballistic import check_ballistic
from pipelines.eval.laws_every_track import check_continuity
from pipelines.eval.tracking import Track, Tracking

H, W, FPS = 360, 640, 15.0
DROPPED = Expectation("ball", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False, source="prompt")


def _tracking(tracks: list[Track], frames: int) -> Tracking:
    h, w = 72, 128
    return Tracking(tracks, W, H, FPS, frames, np.zeros((frames, h, w), np.float32), np.zeros((frames, h, w), bool),
                    np.ones((h, w), bool), 24.0)


def _track(frames, xs, ys, half: float = 12.0) -> Track:
    frames = np.asarray(frames)
    centroids = np.stack([np.asarray(xs, float), np.asarray(ys, float)], axis=1)
    boxes = np.concatenate([centroids - half, centroids + half], axis=1)
    return Track(0, frames, centroids, boxes, np.full(len(frames), (2 * half) ** 2),
                 np.tile([200.0, 40.0, 40.0], (len(frames), 1)))


def _gravity(ys, xs=None, half: float = 12.0) -> list[str]:
    frames = np.arange(len(ys))
    track = _track(frames, np.full(len(ys), 320.0) if xs is None else xs, ys, half)
    tracking = _tracking([track], len(ys) + 20)
    return [v.message for v in check_ballistic(TrackGeometry(track, tracking), tracking, DROPPED) if v.law == "gravity"]


def _released(direction: int, hold_noise: float) -> np.ndarray:
    """y in pixels: two frames at rest (under the 0.2 s of a hold; the second off by ``hold_noise``), then gravity's
    acceleration, up (direction −1) or down (+1), for six frames: only its last four leave the band of its own size
    (40 px) around where it started."""
    t = np.arange(1, 7) / FPS
    return np.concatenate([[120.0, 120.0 + hold_noise], 120.0 + direction * 0.5 * 1500.0 * t**2])


def test_an_object_that_rises_faster_and_faster_from_a_short_hold_breaks_gravity():
    for noise in (0.0, 0.4):  # a still last hold sample, or one a fraction of a pixel down (the encoder's noise)
        assert _gravity(_released(-1, noise), half=20.0) == ["object 0 accelerates upward in the air (frames 0–7); gravity pulls "
                                                             "down"]


def test_the_same_release_falling_down_keeps_gravity():
    assert _gravity(_released(+1, 0.4), half=20.0) == []


def test_a_jittering_track_at_rest_does_not_move_on_one_level_but_a_level_slide_does():
    rng = np.random.default_rng(0)
    n = 40
    resting = 260.0 + rng.choice([-2.5, 2.5], n)  # a box at rest, its blob's centre jumping a few pixels each frame
    drifting = 300.0 + np.linspace(0.0, 14.0, n)  # ... and creeping sideways by under 4% of the frame
    assert _gravity(resting, drifting) == []
    sliding = 100.0 + np.linspace(0.0, 200.0, n)
    assert _gravity(resting, sliding) == ["object 0 moves on one level, never falling, though it was dropped or thrown"]


def _continuity(*tracks: Track) -> list[str]:
    tracking = _tracking(list(tracks), 30)
    return [v.message for v in check_continuity([TrackGeometry(t, tracking) for t in tracks], tracking, DROPPED)]


def test_a_piece_split_off_a_tracked_ball_does_not_appear_from_nowhere_but_a_new_body_elsewhere_does():
    frames = np.arange(30)
    ball = _track(frames, np.full(30, 320.0), 100.0 + 6.0 * frames, half=15.0)
    later = np.arange(8, 30)
    piece = Track(1, later, ball.centroids[8:] + [6.0, -6.0], ball.boxes[8:] + [6.0, -6.0, 6.0, -6.0], ball.areas[8:] / 3,
                  ball.colors[8:])  # one colour of a two-coloured ball, now a blob of its own inside the ball's box
    elsewhere = Track(1, later, piece.centroids + [150.0, 0.0], piece.boxes + [150.0, 0.0, 150.0, 0.0], piece.areas,
                      piece.colors)
    assert _continuity(ball, piece) == []
    assert _continuity(ball, elsewhere) == ["object 1 appears from nowhere at frame 8"]
