"""The judge on what a camera films, round seven: a ball that lands on its shadow may leave the tracker with the two
numbers swapped (the ball's track goes on along the shadow, the shadow's with the ball, its shadow samples cut off), and
the ball's new track then starts where the ball was the frame before: it does not appear from nowhere."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_every_track import check_continuity
from pipelines.eval.tracking import Track, Tracking

H, W, FPS = 360, 640, 15.0
DROPPED = Expectation("ball", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False, source="prompt")
HALF = 12.0  # half the ball's box, pixels


def _track(track_id: int, frames, xs, ys) -> Track:
    frames = np.asarray(frames)
    centroids = np.stack([np.asarray(xs, float), np.asarray(ys, float)], axis=1)
    boxes = np.concatenate([centroids - HALF, centroids + HALF], axis=1)
    return Track(track_id, frames, centroids, boxes, np.full(len(frames), (2 * HALF) ** 2),
                 np.tile([200.0, 40.0, 40.0], (len(frames), 1)))


def _continuity(*tracks: Track, frames: int = 30) -> list[str]:
    h, w = 72, 128
    tracking = Tracking(list(tracks), W, H, FPS, frames, np.zeros((frames, h, w), np.float32),
                        np.zeros((frames, h, w), bool), np.ones((h, w), bool), 24.0)
    return [v.message for v in check_continuity([TrackGeometry(t, tracking) for t in tracks], tracking, DROPPED)]


def _swapped_at_landing(shift: float) -> tuple[Track, Track]:
    """A ball falling 9 px a frame whose track, from frame 15, follows its shadow 60 px below; the track that takes up
    the ball at frame 15, resting 9 px below where it was (inside its box of frame 14, not of frame 15), starts
    ``shift`` px sideways of it."""
    frames = np.arange(30)
    ys = 60.0 + 9.0 * frames
    ball_then_shadow = _track(0, frames, np.full(30, 320.0), np.where(frames < 15, ys, ys[14] + 60.0))
    later = np.arange(15, 30)
    ball_again = _track(1, later, np.full(15, 320.0 + shift), np.full(15, ys[14] + 9.0))
    return ball_then_shadow, ball_again


def test_a_track_that_takes_up_the_ball_where_it_was_the_frame_before_does_not_appear_from_nowhere():
    assert _continuity(*_swapped_at_landing(0.0)) == []


def test_a_body_appearing_away_from_the_ball_still_appears_from_nowhere():
    assert _continuity(*_swapped_at_landing(150.0)) == ["object 1 appears from nowhere at frame 15"]
