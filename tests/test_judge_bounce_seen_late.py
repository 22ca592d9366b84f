"""A dropped ball whose fall the tracker saw only in part (motion blur lost a few frames of it): where the landing
comes a sample or two after the first sample, or lies between the flight's last two samples, the fall and the
rebound must not be fitted as one flight bending up like an upward fall; a ball that really climbs still breaks
gravity."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_ballistic import check_ballistic
from pipelines.eval.tracking import Track, Tracking

H, W, FPS = 480, 832, 15.0
DROPPED = Expectation("ball", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False,
                      source="prompt", bounces=True, dropped=True)
HALF = 14.0  # half the ball's box, pixels


def _gravity(samples: dict[int, float], frames: int = 37) -> list[str]:
    """The gravity violations of one ball tracked at ``samples`` (frame: centre height in frame heights)."""
    index = np.array(sorted(samples))
    centroids = np.stack([np.full(len(index), 0.83 * H), np.array([samples[f] for f in index]) * H], axis=1)
    boxes = np.concatenate([centroids - HALF, centroids + HALF], axis=1)
    track = Track(0, index, centroids, boxes, np.full(len(index), (2 * HALF) ** 2),
                  np.tile([230.0, 230.0, 225.0], (len(index), 1)))
    h, w = 48, 84
    tracking = Tracking([track], W, H, FPS, frames, np.zeros((frames, h, w), np.float32),
                        np.zeros((frames, h, w), bool), np.ones((h, w), bool), 24.0)
    return [v.message for v in check_ballistic(TrackGeometry(track, tracking), tracking, DROPPED) if v.law == "gravity"]


def _at_rest(first: int, last: int, y: float) -> dict[int, float]:
    return {f: y for f in range(first, last + 1)}


def test_a_landing_two_samples_after_the_release_cuts_the_flight():
    # held at 0.45, lost for two frames of blurred fall, seen on the floor at frame 4, then the rebound
    seen = {0: 0.45, 1: 0.46, 4: 0.80, 5: 0.70, 7: 0.62, 8: 0.67, 9: 0.71, 11: 0.76, 12: 0.78}
    assert _gravity({**seen, **_at_rest(13, 36, 0.78)}) == []


def test_a_short_fall_whose_last_sample_lies_past_an_unseen_landing_is_no_upward_fall():
    # picked up falling at frame 5, frame 9 missed, frame 10 already rebounding off the floor near 0.84
    seen = {5: 0.55, 6: 0.61, 7: 0.66, 8: 0.72, 10: 0.81, 11: 0.74, 12: 0.71, 13: 0.68, 14: 0.66, 15: 0.65, 16: 0.65,
            17: 0.66, 18: 0.69, 19: 0.73, 20: 0.78, 21: 0.83}
    assert _gravity({**seen, **_at_rest(22, 36, 0.84)}) == []


def test_a_dropped_ball_that_climbs_from_the_hold_still_breaks_gravity():
    climb = {0: 0.45, 1: 0.45, 2: 0.44, 3: 0.42, 4: 0.38, 5: 0.33, 6: 0.27, 7: 0.20, 8: 0.12}
    assert any("upward" in message or "climbs" in message for message in _gravity(climb))


def test_a_short_fall_that_slows_in_the_air_breaks_gravity_though_its_last_sample_was_missed():
    # thrown down, slowing step after step (0.10, 0.08, 0.06 a frame), frame 9 missed, then at rest just below:
    # the slowing is seen before any landing could be, so the missed frame does not excuse it
    slowing = {5: 0.30, 6: 0.40, 7: 0.48, 8: 0.54, 10: 0.60}
    assert any("upward" in message for message in _gravity({**slowing, **_at_rest(11, 36, 0.615)}))
