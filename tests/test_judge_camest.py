"""The judge's camera estimate on hand-held clips whose true camera path the renderer knows: each frame must be
registered to the reference frame as the true camera would (analysis pixels, the frame's corners)."""

from __future__ import annotations

import numpy as np

from pipelines.eval.camera_motion import estimate_camera_motion
from pipelines.eval.tracking import TrackingSettings, analysis_frames, luminance
from tests.bench.bench_camera_estimate import registration_error, true_camera
from tests.helpers.physics_clips_hand import make_pair


def estimate_and_truth(family: str, seed: int):
    pair = make_pair(family, seed)
    gray = luminance(analysis_frames(pair.right, TrackingSettings().max_side))
    h, w = gray.shape[1:]
    estimate = estimate_camera_motion(gray)
    return estimate, registration_error(estimate, true_camera(family, seed, (w, h)), w, h)


def test_drifting_clouds_do_not_carry_the_camera_estimate():
    """A park under a cloudy sky (tune seed 281): the clouds hold more corners than the grass and the tree line, and
    a fit that follows their drift (a roll spreads it over the frame) put the ends 2.4 px off; the ground's corners,
    as a whole off that fit, have their own fit taken."""
    estimate, error = estimate_and_truth("constant_fall", 281)
    assert estimate.moved and not estimate.unknown
    assert np.median(error) < 0.5 and error.max() < 1.2
