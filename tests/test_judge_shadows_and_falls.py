"""The judge on what a camera over a 3-D scene shows: a short hold before a fall, a landing the tracker missed, a
near-black body over a light floor, and a shadow cast sideways by a slanting light. Tracks are built by hand, so
each check sees exactly the path or colour it is about."""

from __future__ import annotations

import numpy as np

from pipelines.eval.appearance import shade_of_backdrop
from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_ballistic import check_ballistic
from pipelines.eval.physics_checks import is_shadow
from pipelines.eval.tracking import Track, Tracking

H, W, FPS = 480, 640, 17.0
DROPPED = Expectation("ball", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False, source="prompt")
FLOOR = (160.0, 165.0, 165.0)


def _tracking(tracks: list[Track], frames: int) -> Tracking:
    h, w = 96, 128
    background = np.broadcast_to(np.asarray(FLOOR, np.float32), (h, w, 3)).copy()
    return Tracking(tracks, W, H, FPS, frames, np.zeros((frames, h, w), np.float32), np.zeros((frames, h, w), bool),
                    np.ones((h, w), bool), 24.0, background=background)


def _track(track_id: int, frames, xs, ys, half: float = 12.0, colour=(200.0, 40.0, 40.0)) -> Track:
    frames = np.asarray(frames)
    centroids = np.stack([np.asarray(xs, float), np.asarray(ys, float)], axis=1)
    boxes = np.concatenate([centroids - half, centroids + half], axis=1)
    return Track(track_id, frames, centroids, boxes, np.full(len(frames), (2 * half) ** 2),
                 np.tile(np.asarray(colour, float), (len(frames), 1)))


def _drop(path: str, frames: np.ndarray) -> np.ndarray:
    """y of a ball held for 4 frames (under the 0.2 s that counts as a hold), then falling 120 px to rest."""
    t = np.maximum(frames - 3, 0) / FPS
    fall = 10.0 * (frames - 3).clip(0) if path == "constant" else 0.5 * 1600.0 * t**2
    return np.minimum(100.0 + fall, 220.0)


def _gravity(track: Track, frames: int) -> list:
    tracking = _tracking([track], frames)
    return [v for v in check_ballistic(TrackGeometry(track, tracking), tracking, DROPPED) if v.law == "gravity"]


def test_a_constant_speed_fall_after_a_short_hold_breaks_gravity_and_a_fall_from_rest_does_not():
    frames = np.arange(34)
    constant = _track(0, frames, np.full(34, 300.0), _drop("constant", frames))
    accelerating = _track(0, frames, np.full(34, 300.0), _drop("gravity", frames))
    assert [v.message for v in _gravity(constant, 34)] == ["object 0 falls without speeding up (frames 0–15); "
                                                          "gravity accelerates a fall"]
    assert _gravity(accelerating, 34) == []


def test_a_fall_whose_landing_the_tracker_missed_still_speeds_up():
    """A ball held, then dropped, as a tracker measured it (y in pixels of an 832-high frame): frames 21-22, where
    it landed, are lost, and frame 23 is already on the way back up, far off the parabola of the fall."""
    ys = [376.0] * 11 + [380, 391, 401, 415, 430, 449, 469, 491, 516, 544, 564, 551, 539, 532, 525, 520, 518, 519,
                         523, 530, 538, 550, 561]
    frames = list(range(21)) + list(range(23, 36))
    track = _track(0, frames, np.full(len(frames), 280.0), np.asarray(ys) * H / 832, half=20.0)
    assert _gravity(track, 36) == []


def test_a_near_black_body_over_a_light_floor_is_no_shadow_but_a_grey_darkening_is():
    scale = 96 / H  # background pixels per video pixel
    black = _track(0, [0], [300.0], [200.0], colour=(8.0, 8.0, 9.0))
    shade = _track(1, [0], [300.0], [200.0], colour=(90.0, 93.0, 92.0))
    assert not shade_of_backdrop(black, 0, _tracking([black], 1).background, scale, scale)
    assert shade_of_backdrop(shade, 0, _tracking([shade], 1).background, scale, scale)


def test_a_shadow_cast_sideways_by_a_slanting_light_is_recognised_as_the_balls_shadow():
    """The shadow lies 60 px below the ball's centre and 50 px to its side: beyond the ball's width, within the
    distance a light 45° or more above the ground casts it."""
    frames = np.arange(12)
    ball = _track(0, frames, 300.0 + 2 * frames, 200.0 + 3 * frames, colour=(200.0, 40.0, 40.0))
    shadow = _track(1, frames, 350.0 + 2 * frames, 260.0 + 3 * frames, half=8.0, colour=(90.0, 93.0, 92.0))
    tracking = _tracking([ball, shadow], 12)
    assert is_shadow(shadow, [ball, shadow], tracking)
    assert not is_shadow(ball, [ball, shadow], tracking)


def test_a_dark_body_flying_across_under_a_still_blob_of_sky_is_no_shadow_of_it():
    """A small dark bird in a shade of the sky's colour flies level 300 px across, 80 px under a wide blob of sky
    the tracker followed where it stays: it lies below that blob, within the reach a low light gives a shadow, in
    every frame, yet it goes sideways where the blob does not. A ball's shadow sliding along under it still is one."""
    frames = np.arange(30)
    sky = _track(0, frames, np.full(30, 320.0), np.full(30, 100.0), half=150.0, colour=(170.0, 190.0, 215.0))
    bird = _track(1, frames, 170.0 + 10.0 * frames, np.full(30, 180.0), half=6.0, colour=(90.0, 93.0, 92.0))
    tracking = _tracking([sky, bird], 30)
    assert not is_shadow(bird, [sky, bird], tracking)
    ball = _track(2, frames, 170.0 + 10.0 * frames, np.full(30, 120.0), colour=(200.0, 40.0, 40.0))
    assert is_shadow(bird, [ball, bird], _tracking([ball, bird], 30))


def test_the_shadow_of_a_ball_dropped_straight_down_slides_toward_its_foot_under_a_slanting_light():
    """A ball dropped straight down 190 px, its shadow on the floor cast as far sideways as the ball is above it (a
    light 45° over the ground): the ball goes nowhere sideways, while the shadow slides 190 px toward the spot below
    it as the drop closes. It still goes along with the ball: the slant changes as the drop does."""
    frames = np.arange(20)
    ys = 100.0 + 10.0 * frames
    ball = _track(0, frames, np.full(20, 300.0), ys, colour=(200.0, 40.0, 40.0))
    shadow = _track(1, frames, 300.0 + (320.0 - ys), np.full(20, 320.0), half=8.0, colour=(90.0, 93.0, 92.0))
    tracking = _tracking([ball, shadow], 20)
    assert is_shadow(shadow, [ball, shadow], tracking)
