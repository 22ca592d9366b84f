"""The judge on what a camera films, round eight. A ball that vanishes and comes back in front of a dark crate whose
top edge runs across it: in the frame before it came back, the sharp pixels at that edge are the crate's dark face,
close to the dark ball's colour, while the backdrop model (built from blurred frames) is a blend of the crate and the
sky there; compared like with like, nothing of the ball was there, so it did vanish. A block that falls out of view
through the bottom edge and shows up again at rest on it, as whole as before, did not come in through the border: it
appears from nowhere. A ball in front of a crate of nearly its colour shrinks in the foreground, not in size. A ball
gone for ten frames that the tracker picks up two frames after it came back was still gone for eight. A jump across
a portrait frame is measured against its width, the shorter side, not its height."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_every_track import check_continuity
from pipelines.eval.laws_teleport import check_teleports
from pipelines.eval.physics_checks import check_tracking, expectation_from_prompt
from pipelines.eval.tracking import Track, Tracking, TrackingSettings, track_objects

FPS = 15.0
SKY, FLOOR, CRATE, BALL = (195, 215, 204), (120, 90, 50), (45, 40, 20), (75, 40, 8)


def _ball_past_a_crate(hidden: range, n: int = 40, w: int = 320, h: int = 240, crate_top: int = 110,
                       below_top: int = 4) -> np.ndarray:
    """320x240: a dark orange ball flying level across the sky, 5 px a frame, its centre ``below_top`` px under the top
    edge of a dark crate it passes in front of; not drawn in the frames of ``hidden``. Light grain on every frame."""
    backdrop = np.zeros((h, w, 3), np.uint8)
    backdrop[:] = FLOOR
    backdrop[:140] = SKY
    backdrop[crate_top:170, 180:260] = CRATE
    grain = np.random.default_rng(0)
    frames = []
    for i in range(n):
        frame = backdrop.copy()
        if i not in hidden:
            cv2.circle(frame, (70 + 5 * i, crate_top + below_top), 12, BALL, -1, cv2.LINE_AA)
        frames.append(np.clip(frame + grain.normal(0, 2, frame.shape), 0, 255).astype(np.uint8))
    return np.stack(frames)


def _messages(frames: np.ndarray) -> list[str]:
    tracking = track_objects(frames, FPS, TrackingSettings())
    return [v.message for v in check_tracking(tracking, expectation_from_prompt("a ball flies across the yard"))]


def test_a_ball_that_comes_back_in_front_of_a_dark_edge_of_the_backdrop_did_vanish():
    assert _messages(_ball_past_a_crate(range(18, 26))) == ["object 0 vanishes for 8 frames (18–25)"]


def test_the_same_ball_seen_all_along_breaks_no_law():
    assert _messages(_ball_past_a_crate(range(0))) == []


GRAVEL, BLOCK = (110, 110, 105), (225, 225, 220)


def _block_falls_to_the_bottom_edge(hidden: range, n: int = 40, w: int = 320, h: int = 240) -> np.ndarray:
    """320x240: a pale block dropped at frame 0 that falls under gravity until frame 10, where it rests cut by the
    bottom edge of the frame (a third of it out of view); not drawn in the frames of ``hidden``."""
    grain = np.random.default_rng(1)
    frames = []
    for i in range(n):
        frame = np.full((h, w, 3), GRAVEL, np.uint8)
        if i not in hidden:
            top = round(60 + 160 * min(i, 10) ** 2 / 100)  # from y 60 to 220: the block is 30 px tall
            frame[top:top + 30, 150:180] = BLOCK
        frames.append(np.clip(frame + grain.normal(0, 2, frame.shape), 0, 255).astype(np.uint8))
    return np.stack(frames)


def _block_messages(frames: np.ndarray) -> list[str]:
    tracking = track_objects(frames, FPS, TrackingSettings())
    return [v.message for v in check_tracking(tracking, expectation_from_prompt("a white block falls to the floor"))
            if v.law == "continuity"]


def test_a_block_that_shows_up_again_at_rest_on_the_border_it_fell_to_appears_from_nowhere():
    messages = _block_messages(_block_falls_to_the_bottom_edge(range(12, 22)))
    assert len(messages) == 1 and messages[0].endswith("appears from nowhere at frame 22")


def test_a_block_resting_on_the_border_all_along_does_not_appear():
    assert _block_messages(_block_falls_to_the_bottom_edge(range(0))) == []


def _ball_rolls_in(n: int = 40, w: int = 320, h: int = 240) -> np.ndarray:
    """A ball that rolls in through the left edge at frame 15, 6 px a frame."""
    frames = []
    for i in range(n):
        frame = np.full((h, w, 3), GRAVEL, np.uint8)
        if i >= 15:
            cv2.circle(frame, (-10 + 6 * (i - 15), 180), 14, BALL, -1, cv2.LINE_AA)
        frames.append(frame)
    return np.stack(frames)


def test_a_ball_that_rolls_in_through_the_border_comes_in():
    assert _block_messages(_ball_rolls_in()) == []


def test_a_ball_passing_in_front_of_a_crate_of_nearly_its_colour_keeps_its_size():
    """Where the backdrop behind it is close to its colour the foreground keeps only the parts of it that stand apart
    (its lit top against the sky): its blob shrinks there, though the ball does not."""
    assert _messages(_ball_past_a_crate(range(0), below_top=20)) == []


GRASS, RED = (60, 140, 60), (200, 40, 40)


def _ball_picked_up_late(hidden: range, picked_up: int, n: int = 40, w: int = 320, h: int = 240) -> list[str]:
    """A red ball crossing grass, 4 px a frame, not drawn in the frames of ``hidden``; as the tracker may number it:
    one track until the frame before ``hidden``, the next from ``picked_up`` on (it found the ball late)."""
    background = np.full((h, w, 3), GRASS, np.uint8)
    rgb = np.repeat(background[None], n, axis=0)
    xs = 40.0 + 4.0 * np.arange(n)
    for i in range(n):
        if i not in hidden:
            cv2.circle(rgb[i], (round(xs[i]), 120), 10, RED, -1)
    tracks = []
    for k, frames in enumerate((np.arange(hidden.start), np.arange(picked_up, n))):
        centroids = np.stack([xs[frames], np.full(len(frames), 120.0)], axis=1)
        tracks.append(Track(k, frames, centroids, np.concatenate([centroids - 10, centroids + 10], axis=1),
                            np.full(len(frames), 314.0), np.tile(np.asarray(RED, float), (len(frames), 1))))
    tracking = Tracking(tracks, w, h, FPS, n, rgb.mean(axis=-1).astype(np.float32), np.zeros((n, h, w), bool),
                        np.ones((h, w), bool), 24.0, rgb=rgb, background=background.astype(np.float32))
    return [v.message for v in check_continuity([TrackGeometry(t, tracking) for t in tracks], tracking,
                                                expectation_from_prompt("a red ball rolls across the lawn"))]


def test_a_ball_the_tracker_picks_up_two_frames_after_it_came_back_was_still_gone():
    assert _ball_picked_up_late(range(15, 25), picked_up=27) == ["object 0 vanishes for 12 frames (15–26)"]


def test_a_ball_the_tracker_only_lost_for_a_while_did_not_vanish():
    assert _ball_picked_up_late(range(15, 15), picked_up=27) == []


def _rolls_across_a_portrait_frame(jump: float) -> list[str]:
    """A ball 30 px across rolling 5 px a frame along the floor of a 240x416 (portrait) frame, 40 samples, shifted
    sideways by ``jump`` px from sample 20 on."""
    w, h, n = 240, 416, 40
    frames = np.arange(n)
    xs = 40.0 + 3.0 * frames + np.where(frames >= 20, jump, 0.0)
    centroids = np.stack([xs, np.full(n, 380.0)], axis=1)
    ball = Track(0, frames, centroids, np.concatenate([centroids - 15, centroids + 15], axis=1), np.full(n, 900.0),
                 np.tile(np.asarray(RED, float), (n, 1)))
    tracking = Tracking([ball], w, h, FPS, n, np.zeros((n, 52, 30), np.float32), np.zeros((n, 52, 30), bool),
                        np.ones((52, 30), bool), 24.0)
    return [v.message for v in check_teleports(TrackGeometry(ball, tracking))]


def test_a_jump_of_a_sixth_of_a_portrait_frames_width_is_a_teleport():
    assert _rolls_across_a_portrait_frame(40.0) == ["object 0 jumps 0.10 frame heights between frames 19 and 20"]


def test_a_steady_roll_across_a_portrait_frame_is_no_teleport():
    assert _rolls_across_a_portrait_frame(0.0) == []
