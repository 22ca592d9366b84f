"""When the closer look replaces the usual one: a finer look at hand-held footage that follows a small ball all clip
long is kept though it also picks up specks of cloud and hill line, which show for a frame or stay where they are;
one that cuts what moves into more, shorter pieces is not, nor one that follows the ball longer but also cuts its
blur into a piece beside it (the one thing followed twice)."""

from __future__ import annotations

import numpy as np

from pipelines.eval.closer_look import _followed_better
from pipelines.eval.tracking import Track, Tracking

W, H, FPS, FRAMES = 480, 832, 25.0, 62


def _track(track_id: int, first: int, length: int, start_y: float, end_y: float, x: float = 200.0) -> Track:
    frames = np.arange(first, first + length)
    ys = np.linspace(start_y, end_y, length) * H
    centroids = np.stack([np.full(length, x), ys], axis=1)
    boxes = np.concatenate([centroids - 8, centroids + 8], axis=1)
    return Track(track_id, frames, centroids, boxes, np.full(length, 256.0), np.tile([60.0, 120.0, 60.0], (length, 1)))


def _tracking(tracks: list[Track]) -> Tracking:
    shape = (FRAMES, 16, 10)
    return Tracking(tracks, W, H, FPS, FRAMES, np.zeros(shape, np.float32), np.zeros(shape, bool),
                    np.ones(shape[1:], bool), 24.0)


USUAL = _tracking([_track(0, 0, 7, 0.55, 0.68), _track(1, 0, 1, 0.56, 0.56, x=350.0)])  # the ball, lost after 7 frames


def test_a_closer_look_following_the_ball_is_kept_despite_specks_of_scenery():
    """The ball followed over 51 frames, with six one-frame specks of cloud at the first frame and three still bits
    of the hill line: more tracks than the usual look, yet the one thing that moves is followed far longer."""
    specks = [_track(2 + i, 0, 1, 0.55 + 0.005 * i, 0.55 + 0.005 * i, x=40.0 * i) for i in range(6)]
    still = [_track(8 + i, 45, 15, 0.57, 0.571, x=100.0 + 60 * i) for i in range(3)]
    closer = _tracking([_track(0, 0, 51, 0.61, 0.85), *specks, *still])
    assert _followed_better(closer, USUAL)


def test_a_closer_look_that_cuts_what_moves_into_short_pieces_is_not_kept():
    """One piece a little longer than the usual look's longest, the rest of the flight in pieces of 6 frames: the
    closer look follows what moves in more, shorter pieces, and the usual look stays."""
    pieces = [_track(0, 0, 14, 0.55, 0.62)] + [_track(1 + i, 14 + 6 * i, 6, 0.62 + 0.04 * i, 0.66 + 0.04 * i)
                                               for i in range(4)]
    usual = _tracking([_track(0, 0, 7, 0.55, 0.62), _track(1, 10, 12, 0.62, 0.85)])
    assert not _followed_better(_tracking(pieces), usual)


def test_a_closer_look_that_follows_nothing_longer_is_not_kept():
    assert not _followed_better(_tracking([_track(0, 0, 7, 0.55, 0.68)]), USUAL)


def _falling_then_resting(track_id: int, first: int, length: int, start_y: float, land_y: float, land_at: int,
                          x: float = 200.0) -> Track:
    """A ball falling from ``start_y`` to ``land_y`` by frame ``land_at`` (accelerating), resting there after."""
    frames = np.arange(first, first + length)
    share = np.clip((frames - first) / max(1, land_at - first), 0.0, 1.0) ** 2
    ys = (start_y + (land_y - start_y) * share) * H
    centroids = np.stack([np.full(length, x), ys], axis=1)
    boxes = np.concatenate([centroids - 14, centroids + 14], axis=1)
    return Track(track_id, frames, centroids, boxes, np.full(length, 784.0), np.tile([60.0, 120.0, 60.0], (length, 1)))


BALL_USUAL = _tracking([_falling_then_resting(0, 0, 29, 0.36, 0.72, 8)])  # the usual look: the ball, 29 frames
BALL_ALL_CLIP = _falling_then_resting(0, 0, 62, 0.36, 0.72, 8)  # a closer look's: the whole clip, in one piece


def test_a_closer_look_following_the_ball_in_one_piece_is_kept():
    assert _followed_better(_tracking([BALL_ALL_CLIP]), BALL_USUAL)


def test_a_closer_look_that_splits_the_falling_ball_into_pieces_beside_it_is_not_kept():
    """The same fall followed all clip long, but the finer look also cuts the ball's blur into a second piece
    that falls beside it for five frames, a few pixels off: the thing is followed twice there, and the laws would
    read that piece as an object appearing from nowhere and vanishing. The usual look, one piece, stays."""
    blur_piece = _falling_then_resting(1, 3, 5, 0.42, 0.68, 7, x=206.0)
    assert not _followed_better(_tracking([BALL_ALL_CLIP, blur_piece]), BALL_USUAL)


def test_a_second_thing_far_from_the_ball_is_no_piece_of_it():
    """Something else moving across the frame while the ball falls, far from it, leaves the closer look kept."""
    walker = _track(1, 0, 30, 0.2, 0.2, x=60.0)
    walker.centroids[:, 0] = np.linspace(40.0, 160.0, 30)
    walker.boxes = np.concatenate([walker.centroids - 8, walker.centroids + 8], axis=1)
    assert _followed_better(_tracking([BALL_ALL_CLIP, walker]), BALL_USUAL)
