"""A ball that vanishes mid-flight may leave a faded copy of itself in the next frame (motion blur, the codec's ghost
of the frame before). Where the tracker's foreground holds nothing there, that one frame is no sign the tracker merely
lost a body still there: a body still there stays in the frames after it too. A body the foreground still holds there
(the tracker followed its blob under another number) was lost, not gone."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_every_track import check_continuity
from pipelines.eval.physics_checks import expectation_from_prompt
from pipelines.eval.tracking import Track, Tracking

FPS = 15.0
GRASS, RED = np.asarray((60, 140, 60), float), np.asarray((200, 40, 40), float)
LAST_SEEN = 12  # the track's last frame


def _continuity_of_a_ball_lost_at(shown_after: list[float], n: int = 30, w: int = 320, h: int = 240,
                                   in_foreground: bool = False) -> list[str]:
    """A red ball 20 px across thrown sideways over grass at 4 px a frame, followed up to frame LAST_SEEN; in the
    frames after that it is drawn, where its motion carries it, at the opacities of ``shown_after`` (1: the ball,
    0: nothing), then not at all; with ``in_foreground`` the tracker's foreground holds it in the first of those frames.
    The continuity messages for 'a red ball is thrown across the yard'."""
    xs = 60.0 + 4.0 * np.arange(n)
    rgb = np.repeat(np.full((h, w, 3), GRASS, np.uint8)[None], n, axis=0)
    foreground = np.zeros((n, h, w), bool)
    for i in range(n):
        opacity = 1.0 if i <= LAST_SEEN else (shown_after[i - LAST_SEEN - 1] if i - LAST_SEEN - 1 < len(shown_after) else 0.0)
        x = round(xs[i])
        rgb[i, 110:130, x - 10:x + 10] = np.round(opacity * RED + (1 - opacity) * GRASS).astype(np.uint8)
        foreground[i, 110:130, x - 10:x + 10] = in_foreground and i == LAST_SEEN + 1
    frames = np.arange(LAST_SEEN + 1)
    centroids = np.stack([xs[frames], np.full(len(frames), 120.0)], axis=1)
    ball = Track(0, frames, centroids, np.concatenate([centroids - 10, centroids + 10], axis=1),
                 np.full(len(frames), 400.0), np.tile(RED, (len(frames), 1)))
    tracking = Tracking([ball], w, h, FPS, n, rgb.mean(axis=-1).astype(np.float32), foreground,
                        np.ones((h, w), bool), 24.0, rgb=rgb, background=rgb[-1].astype(np.float32))
    return [v.message for v in check_continuity([TrackGeometry(ball, tracking)], tracking,
                                                expectation_from_prompt("a red ball is thrown across the yard"))]


def test_a_ball_that_leaves_a_one_frame_ghost_vanishes():
    assert _continuity_of_a_ball_lost_at([0.75]) == [f"object 0 vanishes mid-frame at frame {LAST_SEEN + 1}"]


def test_a_ball_the_tracker_lost_that_stays_in_view_did_not_vanish():
    assert _continuity_of_a_ball_lost_at([1.0] * 30) == []


def test_a_ball_with_no_ghost_vanishes():
    assert _continuity_of_a_ball_lost_at([]) == [f"object 0 vanishes mid-frame at frame {LAST_SEEN + 1}"]


def test_a_ball_the_foreground_still_holds_the_next_frame_was_lost_not_gone():
    assert _continuity_of_a_ball_lost_at([1.0], in_foreground=True) == []
