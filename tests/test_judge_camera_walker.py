"""The camera's motion is still found when a large body that holds many of the backdrop's corners in the middle frame
walks away from them (a walker's limbs on hand-held footage): its corners are not counted as a second motion."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.eval import camera_motion
from pipelines.eval.camera_motion import estimate_camera_motion
from tests.test_judge_handheld import FRAMES, HEIGHT, WIDTH, corner_error, textured_canvas

BODY_TOP, BODY_HEIGHT, BODY_WIDTH = 30, 60, 40
WALK_PX = 2.0  # a frame: its corners leave the backdrop's motion a few frames from the middle one, and are
# outvoting it only some frames farther off, where the camera was already followed
CLOUD_ROWS = 30  # the sky above drifts by 0.3 px a frame: within a fit's tolerance near the middle frame, not by the ends


def walker_under_drifting_clouds() -> tuple[np.ndarray, list[np.ndarray]]:
    """A shaken, panning camera over a backdrop whose top band drifts, and a patchy body crossing the frame at 2 px a
    frame whose patches shift inside it every frame (limbs swinging), in the middle of the frame at the middle frame;
    and each frame's canvas → frame map of the still backdrop."""
    ground, sky = textured_canvas(), textured_canvas(7)
    patches = np.where(np.random.default_rng(1).random((12, 8)) > 0.5, 170, 90).astype(np.uint8)
    body = cv2.resize(patches, (BODY_WIDTH, BODY_HEIGHT), interpolation=cv2.INTER_NEAREST)
    frames, maps = [], []
    for t in range(FRAMES):
        dx, dy = 0.4 * t + 1.2 * np.sin(1.3 * t), np.sin(0.9 * t + 1)
        matrix = np.array([[1, 0, dx - 90], [0, 1, dy - 70]], np.float32)
        frame = cv2.warpAffine(ground, matrix, (WIDTH, HEIGHT))
        drifted = matrix + np.array([[0, 0, 0.3 * t], [0, 0, 0]], np.float32)
        frame[:CLOUD_ROWS] = cv2.warpAffine(sky, drifted, (WIDTH, HEIGHT))[:CLOUD_ROWS]
        left = int(round((WIDTH - BODY_WIDTH) / 2 + WALK_PX * (t - FRAMES // 2)))
        lo, hi = max(0, left), min(WIDTH, left + BODY_WIDTH)
        if hi > lo:
            frame[BODY_TOP:BODY_TOP + BODY_HEIGHT, lo:hi] = np.roll(body, 2 * t, axis=0)[:, lo - left:hi - left]
        frames.append(frame)
        maps.append(np.vstack([matrix, [0, 0, 1]]))
    return np.stack(frames).astype(np.float32), maps


def test_a_walker_in_the_middle_frame_leaves_the_camera_known():
    frames, maps = walker_under_drifting_clouds()
    motion = estimate_camera_motion(frames)
    assert not motion.unknown and motion.moved
    # measured, not made up: most frames within a fifth of a pixel (a few, the body over their corners, within 2)
    errors = [corner_error(motion, maps, frame) for frame in range(FRAMES)]
    assert np.median(errors) < 0.2 and max(errors) < 2.5


def test_the_walkers_corners_are_what_kept_the_camera_unknown(monkeypatch):
    """Every corner kept (the walker's too), the same clip reads as one of several motions."""
    monkeypatch.setattr(camera_motion, "_off_the_movers", lambda images, reference, corners, window: corners)
    frames, _ = walker_under_drifting_clouds()
    assert estimate_camera_motion(frames).unknown
