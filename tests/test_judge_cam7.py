"""The judge on what a camera films, round seven: a ball that lands on its shadow may leave the tracker with the two
numbers swapped (the ball's track goes on along the shadow, the shadow's with the ball, its shadow samples cut off), and
the ball's new track then starts where the ball was the frame before: it does not appear from nowhere; or the shadow's
track may go on with a part of the ball (the red half of a red and black ball): that is no shadow turning red; and a
thrown ball flying a straight line with no gravity, so level that no piece of it is a flight long enough to judge,
still breaks gravity."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_ballistic import check_ballistic
from pipelines.eval.laws_every_track import check_continuity
from pipelines.eval.physics_checks import check_tracking
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


def test_a_body_appearing_in_the_box_a_ball_had_the_frame_before_while_the_ball_goes_on_appears_from_nowhere():
    frames = np.arange(30)
    ys = 60.0 + 9.0 * frames
    ball = _track(0, frames, np.full(30, 320.0), ys)  # falls on: its track does not leave for another place
    later = np.arange(15, 30)
    behind = _track(1, later, np.full(15, 320.0), np.full(15, ys[14] - 10.0))  # in its box of frame 14, not of 15
    assert _continuity(ball, behind) == ["object 1 appears from nowhere at frame 15"]


SKY, GRASS, SHADE = (200, 190, 225), (80, 135, 55), (48, 80, 34)  # the shade: the grass at 60 % of its light
RED, BLACK = (200, 30, 30), (20, 20, 22)
GROUND, RADIUS = 205, 12


def _ball_lands_on_its_shadow(n: int = 40, landed: int = 30) -> tuple[Tracking, int]:
    """320x240: a red and black ball (red on top) falling onto grass until frame ``landed``, its shadow under it on the
    grass; as the tracker may number them: the ball's track all along, and a track that follows the shadow, then at
    ``landed`` the blob of both, then the ball's red half. Returns the tracking and the second track's number."""
    w, h = 320, 240
    background = np.full((h, w, 3), GRASS, np.uint8)
    background[:120] = SKY
    rgb, foreground = np.zeros((n, h, w, 3), np.uint8), np.zeros((n, h, w), bool)
    ball, shadow = {"boxes": [], "centroids": [], "colors": []}, {"boxes": [], "centroids": [], "colors": []}
    for i in range(n):
        y = 50.0 + (GROUND - RADIUS - 50.0) * min(i, landed) ** 2 / landed**2
        frame = background.copy()
        cv2.ellipse(frame, (160, GROUND), (16, 4), 0, 0, 360, SHADE, -1)
        cv2.ellipse(frame, (160, round(y)), (RADIUS, RADIUS), 0, 180, 360, RED, -1)
        cv2.ellipse(frame, (160, round(y)), (RADIUS, RADIUS), 0, 0, 180, BLACK, -1)
        rgb[i] = frame
        foreground[i] = np.abs(frame.astype(int) - background).max(axis=-1) > 0
        ball["boxes"].append([160 - RADIUS, y - RADIUS, 160 + RADIUS, y + RADIUS])
        ball["centroids"].append([160.0, y])
        ball["colors"].append([110.0, 25.0, 26.0])
        if i < landed:
            shadow["boxes"].append([144, GROUND - 4, 176, GROUND + 4])
            shadow["centroids"].append([160.0, float(GROUND)])
            shadow["colors"].append(list(SHADE))
        elif i == landed:  # one blob of the ball and its shadow, as it lands on it
            shadow["boxes"].append([144, y - RADIUS, 176, GROUND + 4])
            shadow["centroids"].append([160.0, (y - RADIUS + GROUND + 4) / 2])
            shadow["colors"].append([110.0, 60.0, 40.0])
        else:
            shadow["boxes"].append([160 - RADIUS, y - RADIUS, 160 + RADIUS, y])
            shadow["centroids"].append([160.0, y - RADIUS / 2])
            shadow["colors"].append(list(RED))
    frames = np.arange(n)
    tracks = [Track(k, frames, np.array(part["centroids"], float), np.array(part["boxes"], float),
                    np.full(n, 400.0), np.array(part["colors"], float)) for k, part in enumerate((ball, shadow))]
    tracking = Tracking(tracks, w, h, FPS, n, rgb.mean(axis=-1).astype(np.float32), foreground, np.zeros((h, w), bool),
                        24.0, rgb=rgb, background=background.astype(np.float32))
    return tracking, 1


def test_a_shadows_track_that_goes_on_with_the_red_half_of_the_ball_is_no_colour_change():
    tracking, handed = _ball_lands_on_its_shadow()
    laws = [(v.law, v.track) for v in check_tracking(tracking, DROPPED)]
    assert ("colour", handed) not in laws
    assert ("continuity", handed) not in laws  # its red half starts inside the ball's box: split off, not appearing


def test_a_body_in_a_shade_of_the_grass_that_turns_red_with_nothing_above_it_is_a_change():
    tracking, handed = _ball_lands_on_its_shadow()
    tracking.tracks = [tracking.tracks[handed]]  # no ball above casts it: the dark green body is a body of its own
    laws = [(v.law, v.track) for v in check_tracking(tracking, DROPPED)]
    assert ("colour", handed) in laws



THROWN = Expectation("box", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False, source="prompt")


def _gravity_on_a_level_throw(first_frame: int) -> list[str]:
    """A box thrown level, seen from above as it goes away: 60 samples from ``first_frame`` on, crossing 1.2 px a frame
    while it drifts 0.15 px a frame down the frame, its blob merging with something behind it at sample 35 (its centre
    steps 6 px down): so little descent that the band around its lowest point, taken for the floor, leaves only its
    first 19 samples in the air, too little travel for a flight to judge, and the step spoils the band's steady glide."""
    i = np.arange(60)
    box = _track(0, first_frame + i, 390.0 - 1.2 * i, 180.0 + 0.15 * i + np.where(i >= 35, 6.0, 0.0))
    h, w = 72, 128
    frames = first_frame + 60
    tracking = Tracking([box], W, H, FPS, frames, np.zeros((frames, h, w), np.float32), np.zeros((frames, h, w), bool),
                        np.ones((h, w), bool), 24.0)
    return [v.message for v in check_ballistic(TrackGeometry(box, tracking), tracking, THROWN) if v.law == "gravity"]


def test_a_thrown_box_flying_a_straight_line_too_level_for_a_judged_flight_breaks_gravity():
    assert _gravity_on_a_level_throw(0) == ["object 0 flies in a straight line with no gravity (frames 0–59)"]


def test_a_straight_piece_the_tracker_picked_up_mid_clip_may_be_the_roll_after_the_bounces():
    assert _gravity_on_a_level_throw(20) == []
