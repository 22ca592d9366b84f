"""A second following of a hand-held clip without the movers' corners is used only where it is better than giving
up: where most of the corners it kept lie within a pixel of its motion in every frame it registers the frames on the
true camera, while one that fits only some frames (the rest filled in between them) is a pixel or more off the true
camera in half of them or more (hand no_gravity 2200's wrong clip lost its floating ball's violation on it), so the
camera stays unknown and the frames are judged as filmed, as the first following left them."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.eval import camera_motion
from pipelines.eval.camera_motion import estimate_camera_motion
from pipelines.eval.tracking import TrackingSettings, analysis_frames, luminance
from tests.bench.bench_camera_estimate import registration_error, true_camera
from tests.helpers.judged import through_mp4
from tests.helpers.physics_clips_hand import make_pair


def filmed(family: str, seed: int, side: str) -> np.ndarray:
    """The clip's luminance at the analysis size, as the judge takes it from an MP4."""
    pair = make_pair(family, seed)
    clip = through_mp4(np.asarray(pair.right if side == "right" else pair.wrong), pair.fps)
    return luminance(analysis_frames(clip, TrackingSettings().max_side))


def off_the_true_camera(motion, family: str, seed: int, gray: np.ndarray) -> np.ndarray:
    """Per frame, how far (analysis pixels) the estimate takes the frame's corners from where the true camera does."""
    h, w = gray.shape[1:]
    return registration_error(motion, true_camera(family, seed, (w, h)), w, h)


@pytest.mark.parametrize("family, seed, side", [("no_gravity", 2200, "wrong"), ("size_pop", 2205, "wrong"),
                                                ("person", 1912, "right")])
def test_a_retry_off_the_backdrop_in_some_frames_leaves_the_camera_unknown(monkeypatch, family, seed, side):
    gray = filmed(family, seed, side)
    estimate = estimate_camera_motion(gray)
    monkeypatch.setattr(camera_motion, "_holds_the_backdrop", lambda *args: True)
    retried = estimate_camera_motion(gray)
    assert not retried.unknown and retried.moved  # the retry gives a motion (person 1912: found in 43 of 46 frames)
    # ... measured, not made up: within a pixel of the true camera in at most 55% of the frames (no_gravity 2200: 54%,
    # size_pop 2205: 24%, person 1912: 47%); the first following gave up, and so does the estimate
    assert np.mean(off_the_true_camera(retried, family, seed, gray) < 1) <= 0.55
    assert estimate.unknown


def test_a_retry_holding_the_backdrop_in_every_frame_is_kept(monkeypatch):
    """A walker in the middle frame (person 2205's right clip): without its corners the backdrop's corners keep to
    the motion in every frame, within a pixel of the true camera in 96% of them (median 0.4 px)."""
    gray = filmed("person", 2205, "right")
    estimate = estimate_camera_motion(gray)
    assert not estimate.unknown and estimate.moved
    error = off_the_true_camera(estimate, "person", 2205, gray)
    assert np.mean(error < 1) >= 0.9 and np.median(error) < 0.5
    monkeypatch.setattr(camera_motion, "_off_the_movers", lambda images, reference, corners, window: corners)
    assert estimate_camera_motion(gray).unknown  # the walker's corners kept, the clip is one of several motions
