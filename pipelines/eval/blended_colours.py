"""A body's colour seen through its own motion blur: a fast throw smears the body over the backdrop in one exposure,
so each pixel of its streak is a mix of the body's colour and the backdrop behind it. A purple apple flying across a
pale wall shows pale mauve, and its own dark purple once it lands on the floor: no colour change. A mix with the
backdrop lies on the line between the body's colour and that backdrop; a new paint does not.
"""

from __future__ import annotations

import numpy as np

from .appearance import core_pixels, sample_box
from .tracking import Track, Tracking

BLEND_RESIDUAL = 20.0  # 0-255: how far a sample's colour may lie off the line between a body colour and its backdrop
BLEND_SHARE = 0.75  # of the samples on one side of a change that the other side's colour, blended, must explain
SIDE_SAMPLES = 8  # samples each side of the change compared (the nearest ones)


def blended_across(track: Track, tracking: Tracking, valid: np.ndarray, at: int) -> bool:
    """Whether the colours either side of sample ``at`` are one body colour mixed with the backdrops behind it: the
    samples of one side (their core's median colour) lie on the lines between the other side's colour and their own
    backdrops. ``valid``: bool [N], the samples the colour law measures."""
    if tracking.rgb is None or tracking.background is None:
        return False
    before = [k for k in range(at) if valid[k]][-SIDE_SAMPLES:]
    after = [k for k in range(at, track.length) if valid[k]][:SIDE_SAMPLES]
    seen = {k: _colour_and_backdrop(track, tracking, k) for k in before + after}
    seen = {k: v for k, v in seen.items() if v is not None}
    before, after = [k for k in before if k in seen], [k for k in after if k in seen]
    if not before or not after:
        return False
    return any(_explained(np.median([seen[k][0] for k in one], axis=0), [seen[k] for k in other])
               for one, other in ((before, after), (after, before)))


def _explained(body: np.ndarray, samples: list[tuple[np.ndarray, np.ndarray]]) -> bool:
    """Whether BLEND_SHARE of ``samples`` (colour, backdrop) lie within BLEND_RESIDUAL of a mix of ``body`` and their
    backdrop (the body's share between 0 and 1)."""
    close = 0
    for colour, backdrop in samples:
        towards = body - backdrop
        reach = float(towards @ towards)
        share = float(np.clip((colour - backdrop) @ towards / reach, 0.0, 1.0)) if reach > 0 else 0.0
        close += float(np.abs(backdrop + share * towards - colour).max()) <= BLEND_RESIDUAL
    return close >= BLEND_SHARE * len(samples)


def _colour_and_backdrop(track: Track, tracking: Tracking, k: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Sample ``k``'s core median colour and the backdrop model's median colour under its blob; None without pixels."""
    pixels = core_pixels(track, tracking, k)
    box = sample_box(track, k, tracking.background.shape, tracking)
    under = tracking.background[box][tracking.foreground[track.frames[k]][box]]
    if not len(pixels) or not len(under):
        return None
    return np.median(pixels, axis=0).astype(np.float64), np.median(under, axis=0).astype(np.float64)
