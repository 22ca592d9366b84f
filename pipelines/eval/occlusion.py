"""One body the tracker lost for a few frames and found again: two tracks with a gap between them that is no
vanishing. Across the gap the body either shows on its path (a flight curves: a straight walk from either end misses
it near the apex) or is hidden by a still thing in front of it (a post, a pillar, a tree trunk).

The body shows where the path holds one thing, alike from frame to frame, clearly unlike the backdrop there: a fast
body's tracked pieces are blurred into the sky where the tracker lets go and takes up, so the colour they learned
may be far from the body itself. The evidence for a hider is the hider itself. Where the body's motion, carried
across the gap from both ends, puts it in every frame of the gap, the frame shows the backdrop model (something
still is there, nothing moving), and that backdrop is one thing (alike along the way) unlike the backdrop the body
was last and first seen against. A body that stops showing over the same floor or sky it flew over (a glitch that
blanks it) has nothing in front of it to hide it.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from .law_basics import TrackGeometry
from .tracking import Track, Tracking

HIDER_CONTRAST = 2.0  # times the tracker's foreground threshold: how far the hider's colour lies from the backdrop at
# both ends of the gap (a different thing, not the floor seen on)
HIDER_ALIKE = 1.0  # times that threshold: how alike the hider's colour is across the gap's frames (one thing)
STILL_THERE = 1.0  # times that threshold: how close each gap frame is to the backdrop model where the body should be
VELOCITY_SAMPLES = 4  # samples at each end of a track its velocity there is fitted over
SIDEWAYS_SIZES = 1.0  # body sizes (plus SIDEWAYS_SLACK frame heights): how far off its sideways motion, carried over
SIDEWAYS_SLACK = 0.03  # the gap from either end, the next track may take up (blurred, cut pieces move their centres)


def seen_or_hidden_across(end: TrackGeometry, start: TrackGeometry, tracking: Tracking,
                          shows_body: Callable[[int, np.ndarray], bool]) -> bool:
    """Whether the gap between ``end`` (a track that stops mid-frame) and ``start`` (the next one) is one body the
    tracker lost: the next track takes up where the sideways motion leads, and in every frame between, the body's
    path (the cubic between the two ends, with their velocities: a flight curves, so a straight walk from either end
    misses it near the apex) either shows the body (``shows_body(frame, xy)``, or one thing unlike the backdrop) or
    lies behind one still thing unlike the backdrop at either end."""
    if tracking.rgb is None or tracking.background is None or end.track.length < 2 or start.track.length < 2:
        return False
    ended, resumed = int(end.track.last_frame), int(start.track.first_frame)
    gap = resumed - ended
    if gap < 2:
        return False
    v_end, v_start = _velocity(end, slice(-VELOCITY_SAMPLES, None)), _velocity(start, slice(0, VELOCITY_SAMPLES))
    size = max(float(np.median(end.size)), float(np.median(start.size)))
    sideways = min(abs(end.xy[-1, 0] + v_end[0] * gap - start.xy[0, 0]), abs(start.xy[0, 0] - v_start[0] * gap - end.xy[-1, 0]))
    if sideways > SIDEWAYS_SIZES * size + SIDEWAYS_SLACK:
        return False
    path = _hermite(end.xy[-1], v_end * gap, start.xy[0], v_start * gap, np.arange(1, gap) / gap)
    r = max(1, int(0.25 * size * tracking.rgb.shape[1]))
    threshold = float(tracking.threshold)
    hiders, bodies = [], []  # what the path lies behind (a still thing), and what shows on it (the body itself)
    for k, xy in enumerate(path, start=ended + 1):
        if shows_body(k, xy):
            continue
        behind, seen = _backdrop(tracking, xy, r), _seen(tracking, k, xy, r)
        if behind is None or seen is None:
            return False
        unlike_backdrop = float(np.abs(seen - behind).max())
        if unlike_backdrop <= STILL_THERE * threshold:
            hiders.append(behind)
        elif unlike_backdrop > HIDER_CONTRAST * threshold:
            bodies.append(seen)
        else:
            return False
    if not _one_thing(bodies, threshold):
        return False
    if not hiders:
        return True
    ends = [_backdrop(tracking, end.xy[-1], r), _backdrop(tracking, start.xy[0], r)]
    hider = np.median(np.asarray(hiders), axis=0)
    return _one_thing(hiders, threshold) and all(e is not None and float(np.abs(hider - e).max()) > HIDER_CONTRAST * threshold for e in ends)


def _one_thing(colours: list[np.ndarray], threshold: float) -> bool:
    """Whether the colours (one per frame) are alike: one thing seen along the way."""
    if not colours:
        return True
    colours = np.asarray(colours)
    return float(np.abs(colours - np.median(colours, axis=0)).max()) <= HIDER_ALIKE * threshold


def _velocity(g: TrackGeometry, samples: slice) -> np.ndarray:
    """The track's velocity (frame heights per frame) at that end, the slope over its few samples there: where the
    tracker takes up or lets go a blurred body its pieces are cut, and one step between them can be a fraction of the
    body's true step, while a flight's sideways motion is steady."""
    frames, xy = np.asarray(g.frames[samples], np.float64), np.asarray(g.xy[samples], np.float64)
    if len(frames) < 2 or frames[-1] == frames[0]:
        return np.zeros(2)
    return np.polyfit(frames - frames[0], xy, 1)[0]


def _hermite(p0: np.ndarray, m0: np.ndarray, p1: np.ndarray, m1: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Points of the cubic from p0 to p1 with end tangents m0, m1 (per unit of s), at s in (0, 1)."""
    s = s[:, None]
    return ((2 * s ** 3 - 3 * s ** 2 + 1) * p0 + (s ** 3 - 2 * s ** 2 + s) * m0 + (-2 * s ** 3 + 3 * s ** 2) * p1
            + (s ** 3 - s ** 2) * m1)


def _window(shape: tuple[int, ...], xy: np.ndarray, r: int) -> tuple[slice, slice] | None:
    h, w = shape[:2]
    x, y = int(xy[0] * h), int(xy[1] * h)
    if not (0 <= x < w and 0 <= y < h):
        return None
    return slice(max(0, y - r), y + r + 1), slice(max(0, x - r), x + r + 1)


def _backdrop(tracking: Tracking, xy: np.ndarray, r: int) -> np.ndarray | None:
    """The backdrop model's median colour around ``xy`` (frame heights); None outside the frame."""
    at = _window(tracking.background.shape, xy, r)
    return None if at is None else np.median(tracking.background[at].reshape(-1, 3), axis=0)


def _seen(tracking: Tracking, frame: int, xy: np.ndarray, r: int) -> np.ndarray | None:
    """The frame's median colour around ``xy``; None outside the frame."""
    at = _window(tracking.rgb.shape[1:], xy, r)
    return None if at is None else np.median(tracking.rgb[frame][at].reshape(-1, 3).astype(np.float32), axis=0)


COVERED_SHORT = 0.85  # of the track's median box width (or height): a box this much narrower may be partly covered
HIDER_SHARE = 0.4  # of the strip where the rest of the body would be: still pixels of a thing unlike its backdrop


def partly_covered(track: Track, tracking: Tracking | None) -> np.ndarray:
    """bool [N]: samples whose box a still thing in front cuts short: the box is narrower (or shorter) than the
    track's median one, and on one side, where the rest of the body would be, the frame shows the backdrop model
    (something still is there) and that backdrop is unlike the backdrop under the body (a post, not the floor a body
    that shrank left bare). Such a box measures the hider's edge, not the body's size or colours."""
    covered = np.zeros(track.length, dtype=bool)
    if tracking is None or tracking.rgb is None or tracking.background is None or track.length < 3:
        return covered
    sx, sy = tracking.rgb.shape[2] / tracking.width, tracking.rgb.shape[1] / tracking.height
    boxes = track.boxes * np.array([sx, sy, sx, sy])
    widths, heights = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
    full_w, full_h = float(np.median(widths)), float(np.median(heights))
    for k in np.nonzero((widths < COVERED_SHORT * full_w) | (heights < COVERED_SHORT * full_h))[0]:
        x0, y0, x1, y1 = (int(round(v)) for v in boxes[k])
        short_w, short_h = int(round(full_w - widths[k])), int(round(full_h - heights[k]))
        strips = []
        if widths[k] < COVERED_SHORT * full_w:
            strips += [(slice(y0, y1), slice(x1, x1 + short_w)), (slice(y0, y1), slice(max(0, x0 - short_w), x0))]
        if heights[k] < COVERED_SHORT * full_h:
            strips += [(slice(y1, y1 + short_h), slice(x0, x1)), (slice(max(0, y0 - short_h), y0), slice(x0, x1))]
        under = np.median(tracking.background[y0:y1 + 1, x0:x1 + 1].reshape(-1, 3), axis=0)
        frame = tracking.rgb[int(track.frames[k])]
        covered[k] = any(_hides(frame, tracking, strip, under) for strip in strips)
    return covered


def _hides(frame: np.ndarray, tracking: Tracking, strip: tuple[slice, slice], under: np.ndarray) -> bool:
    """Whether most of ``strip`` shows a still thing unlike ``under`` (the backdrop under the body)."""
    behind = tracking.background[strip].reshape(-1, 3)
    if len(behind) == 0:
        return False
    seen = frame[strip].reshape(-1, 3).astype(np.float32)
    threshold = float(tracking.threshold)
    still = np.abs(seen - behind).max(axis=-1) < STILL_THERE * threshold
    unlike = np.abs(behind - under).max(axis=-1) > HIDER_CONTRAST * threshold
    return float((still & unlike).mean()) >= HIDER_SHARE
