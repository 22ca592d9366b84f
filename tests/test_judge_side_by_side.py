"""Two bodies that move as one but have the backdrop between them are two bodies, not the pieces of one: two balls
dropped side by side a body apart, or two boxes slid nose to tail at one speed, stay two tracks when the judge joins
the pieces of a car or a walker (pieces of one body touch, or only something in front parts them)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from pipelines.eval.law_basics import MIN_TRACK_SAMPLES, TrackGeometry
from pipelines.eval.occlusion import join_pieces_moving_as_one
from pipelines.eval.tracking import track_objects
from tests.helpers.wood_floor_drop import FLOOR, FPS, FRAMES, backdrop

RED = (200, 30, 30)
RADIUS = 8
GAP = 2 * RADIUS  # a body's width of wall between the two


def two_balls_dropped_side_by_side() -> np.ndarray:
    """Seen from far off, so that they fall all clip long and land just as it ends: one steady (quadratic) path."""
    t = np.arange(FRAMES) / FPS
    top, bottom = 2.0 * RADIUS, FLOOR - 2.0 * RADIUS
    rows = top + (bottom - top) * (t / t[-1]) ** 2
    frames = []
    for row in rows:
        frame = backdrop()
        for column in (140, 140 + 2 * RADIUS + GAP):
            cv2.circle(frame, (column, int(round(row))), RADIUS, RED, -1, cv2.LINE_AA)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)


def two_boxes_nose_to_tail() -> np.ndarray:
    """Two red boxes slid along the floor one behind the other at one speed, a box's length apart."""
    length, height = 4 * RADIUS, 2 * RADIUS
    frames = []
    for left in np.linspace(10.0, 150.0, FRAMES):
        frame = backdrop()
        for start in (left, left + length + GAP):
            x = int(round(start))
            cv2.rectangle(frame, (x, FLOOR - height), (x + length, FLOOR), RED, -1)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)


@pytest.mark.parametrize("clip", [two_balls_dropped_side_by_side, two_boxes_nose_to_tail])
def test_two_bodies_moving_together_apart_stay_two_tracks(clip):
    tracking = track_objects(clip(), FPS)
    geometries = [TrackGeometry(t, tracking) for t in tracking.tracks if t.length >= MIN_TRACK_SAMPLES]
    moving = sorted(round(float(np.median(g.track.centroids[:, 0]))) for g in geometries
                    if g.track.length >= FRAMES // 2)
    assert len(moving) == 2, [(g.track.track_id, g.track.length) for g in geometries]  # each followed whole
    joined = join_pieces_moving_as_one(geometries, tracking)
    assert len(joined) == len(geometries)
    assert sorted(round(float(np.median(g.track.centroids[:, 0]))) for g in joined
                  if g.track.length >= FRAMES // 2) == moving
