"""The judge on what a camera films of small or far objects: a small ball that fades into a dark floor at the
analysis size is followed at a closer look; a grey ball against a pale sky (a darker shade of the sky, like a
shadow) is not cut from its track; a far ball that skips two of its widths in one frame has jumped; a ball that
pops to several times its area, which the tracker follows as two tracks, changes size."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.closer_look import track_objects_or_look_closer
from pipelines.eval.law_basics import UNKNOWN, TrackGeometry
from pipelines.eval.laws_looks import check_size_across_handover
from pipelines.eval.laws_teleport import check_teleports
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import Track, Tracking, TrackingSettings, track_objects

SKY, GROUND = (185, 195, 210), (70, 120, 50)


def _noisy(frames: list[np.ndarray], seed: int = 0, sigma: float = 2.5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    clip = np.stack(frames).astype(np.int16) + rng.normal(0, sigma, (len(frames), *frames[0].shape)).round().astype(np.int16)
    return np.clip(clip, 0, 255).astype(np.uint8)


def _ball_over_a_dark_floor(radius: int, floor=(120, 90, 70), n: int = 40) -> np.ndarray:
    """832×480: a brown ball crossing from a pale wall down over a floor close to its own colour."""
    backdrop = np.full((480, 832, 3), SKY, np.uint8)
    backdrop[240:] = floor
    frames = []
    for t in range(n):
        frame = backdrop.copy()
        cv2.circle(frame, (150 + 12 * t, 40 + 9 * t), radius, (90, 60, 40), -1, cv2.LINE_AA)
        frames.append(frame)
    return _noisy(frames)


def test_a_small_ball_lost_against_a_dark_floor_is_followed_at_a_closer_look():
    clip = _ball_over_a_dark_floor(radius=10)
    usual = track_objects(clip, 20.0, TrackingSettings())
    assert usual.tracks and max(tr.length for tr in usual.tracks) < 0.8 * len(clip)  # the ball fades out at 160 px
    looked = track_objects_or_look_closer(clip, 20.0, TrackingSettings())
    assert [(tr.first_frame, tr.last_frame) for tr in looked.tracks] == [(0, len(clip) - 1)]
    assert any("tracked at 320 px" in note for note in looked.notes)


def test_a_ball_followed_well_is_not_looked_at_again():
    clip = _ball_over_a_dark_floor(radius=14, floor=(130, 100, 80))
    looked = track_objects_or_look_closer(clip, 20.0, TrackingSettings())
    assert [(tr.first_frame, tr.last_frame) for tr in looked.tracks] == [(0, len(clip) - 1)]
    assert looked.gray.shape[1:] == track_objects(clip, 20.0, TrackingSettings()).gray.shape[1:]
    assert not any("tracked at" in note for note in looked.notes)


def _grey_ball_dropped_from_the_sky(ball=(85, 90, 98), fps: float = 10.0, n: int = 30) -> np.ndarray:
    """640×360: a grey ball (its colour a darker shade of the sky) falls past the horizon onto the grass."""
    backdrop = np.full((360, 640, 3), SKY, np.uint8)
    backdrop[240:] = GROUND
    frames = []
    for t in range(n):
        frame = backdrop.copy()
        y = min(40.0 + 0.5 * 1500.0 * (t / fps) ** 2, 300.0)
        cv2.circle(frame, (320, round(y)), 14, ball, -1, cv2.LINE_AA)
        frames.append(frame)
    return _noisy(frames, sigma=2.0)


def test_a_grey_ball_against_a_pale_sky_keeps_its_fall():
    score = MotionJudge().score(Video(_grey_ball_dropped_from_the_sky(), 10.0),
                                "a grey ball is dropped and falls onto the ground")
    assert score.details["violations"] == []
    assert score.pc > 0.8


def _rolling(xs: np.ndarray, size_px: float, height: int = 832, width: int = 480) -> tuple[Track, Tracking]:
    n = len(xs)
    centroids = np.stack([xs, np.full(n, 0.4 * height)], axis=1)
    half = size_px / 2
    boxes = np.concatenate([centroids - half, centroids + half], axis=1)
    track = Track(0, np.arange(n), centroids, boxes, np.full(n, size_px**2), np.tile([20.0, 18.0, 20.0], (n, 1)))
    tracking = Tracking([track], width, height, 30.0, n, np.zeros((n, 8, 8), np.float32), np.zeros((n, 8, 8), bool),
                        np.ones((8, 8), bool), 24.0)
    return track, tracking


def test_a_far_ball_that_skips_two_of_its_widths_in_one_frame_jumps():
    steps = np.full(40, 6.0)  # a ball 36 px across rolling 6 px a frame in a frame 832 px high ...
    steps[25] = 80.0  # ... skips 80 px (under 0.12 frame heights, over twice its width) in one frame
    track, tracking = _rolling(80.0 + np.cumsum(steps), size_px=36.0)
    assert [v.frames for v in check_teleports(TrackGeometry(track, tracking))] == [(24, 25)]
    smooth, tracking = _rolling(80.0 + np.cumsum(np.full(40, 6.0)), size_px=36.0)
    assert check_teleports(TrackGeometry(smooth, tracking)) == []


def test_a_fragment_whose_area_swings_as_pieces_join_it_does_not_jump_by_its_own_size():
    steps = np.full(40, 6.0)
    steps[25] = 80.0
    track, tracking = _rolling(80.0 + np.cumsum(steps), size_px=36.0)
    track.areas[::2] *= 1.6  # a piece of floor or shadow the tracker follows: its area swings frame to frame
    assert check_teleports(TrackGeometry(track, tracking)) == []


def test_a_large_body_moving_by_less_than_its_width_in_one_frame_does_not_jump():
    steps = np.full(40, 6.0)
    steps[25] = 80.0  # the same 80 px step by a body 200 px across: a shove, not a jump out of place
    track, tracking = _rolling(80.0 + np.cumsum(steps), size_px=200.0)
    assert check_teleports(TrackGeometry(track, tracking)) == []


def _falling(frames: np.ndarray, side_px: float, track_id: int) -> Track:
    centroids = np.stack([np.full(len(frames), 300.0), 100.0 + 8.0 * frames], axis=1)
    half = side_px / 2
    return Track(track_id, frames, centroids, np.concatenate([centroids - half, centroids + half], axis=1),
                 np.full(len(frames), side_px**2), np.tile([130.0, 78.0, 103.0], (len(frames), 1)))


def _handover_sizes(before_px: float, after_px: float) -> list[str]:
    tracks = [_falling(np.arange(0, 15), before_px, 0), _falling(np.arange(15, 30), after_px, 1)]
    tracking = Tracking(tracks, 832, 480, 24.0, 30, np.zeros((30, 8, 8), np.float32), np.zeros((30, 8, 8), bool),
                        np.ones((8, 8), bool), 24.0)
    return [v.message for v in check_size_across_handover([TrackGeometry(t, tracking) for t in tracks], UNKNOWN)]


def test_a_ball_that_pops_to_five_times_its_area_where_the_tracker_starts_a_new_track_changes_size():
    assert _handover_sizes(24.0, 54.0) == ["object 0 changes size 2.2× at frame 15 without moving in depth"]
    assert _handover_sizes(54.0, 24.0) == ["object 0 changes size 2.2× at frame 15 without moving in depth"]


def test_a_track_handed_over_at_its_own_size_keeps_its_size():
    assert _handover_sizes(24.0, 30.0) == []
