"""A second following of a hand-held clip without the movers' corners is used only where it is better than giving
up: where it finds nearly every frame and the corners it kept lie within a few tenths of a pixel of its motion in the
typical frame, it registers the frames on the true camera; one that fits only some frames, or the backdrop only
loosely, is a pixel or more off the true camera in half the frames or more (hand no_gravity 2200's wrong clip lost its
floating ball's violation on it), so the camera stays unknown and the frames are judged as filmed, as the first
following left them."""


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
    monkeypatch.setattr(camera_motion, "MIN_RETRY_KNOWN_SHARE", 0.0)
    retried = estimate_camera_motion(gray)
    assert not retried.unknown and retried.moved  # the retry gives a motion (person 1912: found in 43 of 46 frames)
    # ... measured, not made up: within a pixel of the true camera in at most 55% of the frames (no_gravity 2200: 54%,
    # size_pop 2205: 24%, person 1912: 47%); the first following gave up, and so does the estimate
    assert np.mean(off_the_true_camera(retried, family, seed, gray) < 1) <= 0.55
    assert estimate.unknown


@pytest.mark.parametrize("seed", [2205, 1937])
def test_a_retry_holding_the_backdrop_is_kept(monkeypatch, seed):
    """A walker in the middle frame (person 2205's and 1937's right clips): without its corners the backdrop's are
    followed in 27 of 27 and 74 of 77 frames, a median 0.34 and 0.19 px off the motion (in 1937's worst frame more
    than half of them are off it, as they are off the true camera), within a pixel of the true camera in 96% and 100%
    of the frames (median 0.40 and 0.17 px)."""
    gray = filmed("person", seed, "right")
    estimate = estimate_camera_motion(gray)
    assert not estimate.unknown and estimate.moved
    error = off_the_true_camera(estimate, "person", seed, gray)
    assert np.mean(error < 1) >= 0.9 and np.median(error) < 0.5
    monkeypatch.setattr(camera_motion, "_off_the_movers", lambda images, reference, corners, window: corners)
    assert estimate_camera_motion(gray).unknown  # the walker's corners kept, the clip is one of several motions
