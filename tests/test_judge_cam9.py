"""The judge on what a camera films, round nine. A ball that leaves the frame fast, whose motion carried on puts it
past the border in the frames after the track ends: nothing of it can show there, and looking must not fail."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_every_track import _visible
from pipelines.eval.tracking import Track, Tracking

FPS = 15.0
GRASS, RED = (60, 140, 60), (200, 40, 40)


def _tracking_of_a_ball_at(x: float, n: int = 6, w: int = 320, h: int = 240) -> tuple[Track, Tracking]:
    frames = np.arange(n)
    centroids = np.stack([np.full(n, x), np.full(n, 120.0)], axis=1)
    ball = Track(0, frames, centroids, np.concatenate([centroids - 10, centroids + 10], axis=1), np.full(n, 314.0),
                 np.tile(np.asarray(RED, float), (n, 1)))
    rgb = np.repeat(np.full((h, w, 3), GRASS, np.uint8)[None], n, axis=0)
    tracking = Tracking([ball], w, h, FPS, n, rgb.mean(axis=-1).astype(np.float32), np.zeros((n, h, w), bool),
                        np.ones((h, w), bool), 24.0, rgb=rgb, background=rgb[0].astype(np.float32))
    return ball, tracking


def test_looking_for_a_ball_past_the_border_finds_nothing_there():
    ball, tracking = _tracking_of_a_ball_at(300.0)
    g = TrackGeometry(ball, tracking)
    for place in ((1.6, 0.5), (-0.3, 0.5), (0.5, -0.4), (0.5, 1.5)):  # right of, left of, above and below the frame
        assert not _visible(g, tracking, 3, np.asarray(place))
