"""The continuity law within one track: a body does not jump from one place to another between two frames."""

from __future__ import annotations

import numpy as np

from .law_basics import MAX_GAP_FRAMES, TrackGeometry, Violation, steady_velocity
from .tracking import Tracking

TELEPORT_STEP = 0.12  # frame heights in one frame (or TELEPORT_SIZES of the object's own sizes, if less) ...
TELEPORT_SIZES = 2.0  # ... a small or far object jumps by its own measure: twice its width, keeping its size
STEADY_AREA = 1.4  # (its area in the samples either side of the step within this ratio: a blob whose area swings
# is a fragment the tracker follows, whose centre moves as pieces join and leave it)
TELEPORT_FACTOR = 3.0  # ... and this many times the steps just before and after it: a jump, not motion
CLIPPED_SHARE = 0.8  # of the track's median box width (height): a narrower box shows part of the body (a post covers
# the rest)
COVER_RUN = 3  # samples in a row in which a box's edge stays at a still thing in front while its other edge travels


def check_teleports(g: TrackGeometry, tracking: Tracking | None = None,
                    cut: np.ndarray | None = None) -> list[Violation]:
    """A jump: one step far beyond the steps around it, or one the motion on both sides cannot explain.

    The second test extrapolates the motion at constant velocity from the two samples before the step
    and, backwards, from the two after it; a teleport misses both predictions by its shift, however fast
    the object moves (a fast fall at a low frame rate has big steps, and so would hide a jump among
    them). Where the vertical motion turns from down to up (a bounce) only the horizontal miss counts.
    A step counts as a jump from TELEPORT_STEP, or from TELEPORT_SIZES times the object's median size when that
    is less and the object keeps its area around the step (STEADY_AREA), or its area changes only with what a still
    thing in front hides of it (``cut_by_a_cover``: a car jumping ahead as it goes behind a post): a far ball a
    twentieth of the frame high that skips two of its widths in one frame has jumped, though the skip is a small share
    of the frame. Such a steady object also jumps from TELEPORT_STEP of the frame's shorter side (a portrait frame's
    width) where it leaves its own outline (the step is more than its size): a ball crossing a sixth of a portrait
    frame's width at once.
    Where a blob is cut, the step is measured between the places its uncovered sides put the body (``_seen_steps``):
    a ball passing behind a post shows its front before the post and its back after it.
    ``cut``: ``cut_by_a_cover(g, tracking)`` when the caller has it already (the size law reads it too).
    """
    steps = _seen_steps(g)  # (a body partly hidden: between the centres its uncovered sides place)
    if len(steps) < 3:
        return []
    around = np.maximum(np.concatenate([[0.0], steps[:-1]]), np.concatenate([steps[1:], [0.0]]))
    areas = g.track.areas
    steady = np.maximum(areas[:-1], areas[1:]) <= STEADY_AREA * np.minimum(areas[:-1], areas[1:])
    cut = cut_by_a_cover(g, tracking) if cut is None else cut
    steady |= cut[:-1] | cut[1:]  # (its seen step places the body from the uncovered side)
    size = float(np.median(g.size))
    across = max(TELEPORT_STEP * g.shorter_side, size)  # (a portrait frame's height is its longer side)
    far = np.where(steady, min(TELEPORT_STEP, across, TELEPORT_SIZES * size), TELEPORT_STEP)
    jumps = list(np.nonzero((steps > far) & (steps > TELEPORT_FACTOR * around))[0])
    misses = _prediction_misses(g)
    if not jumps and len(misses):
        typical = float(np.median(misses))
        jumps = list(np.nonzero((misses > TELEPORT_STEP) & (misses > 2 * TELEPORT_FACTOR * typical))[0])
    return [Violation("continuity", g.track.track_id, (int(g.frames[i]), int(g.frames[i + 1])), 1.0,
                      f"object {g.track.track_id} jumps {float(np.linalg.norm(g.xy[i + 1] - g.xy[i])):.2f} frame heights "
                      f"between frames {g.frames[i]} and {g.frames[i + 1]}")
            for i in jumps[:1]]


def _prediction_misses(g: TrackGeometry) -> np.ndarray:
    """For each step i (sample i to i + 1), the smaller of the forward and backward constant-velocity misses
    (0 where a side has too few samples), frame heights."""
    xy, f = g.xy, g.frames.astype(float)
    n = len(xy)
    misses = np.zeros(max(n - 1, 0))
    for i in range(1, n - 2):
        y = xy[i - 1:i + 3, 1]
        turns = np.diff(y).max() > 0 and np.diff(y).min() < 0 and int(np.argmax(y)) in (1, 2)
        axes = slice(0, 1) if turns else slice(0, 2)
        # (a bounce: only the sideways miss counts)
        if f[i + 1] - f[i] > MAX_GAP_FRAMES:  # across frames the body went unseen (behind a post): under a constant
            # acceleration it covers the mean of its velocities either side, a curve no straight walk follows
            before, after = slice(max(0, i - 3), i + 1), slice(i + 1, min(n, i + 5))
            between = steady_velocity(f[before], xy[before]) + steady_velocity(f[after], xy[after])
            misses[i] = float(np.linalg.norm((xy[i + 1] - xy[i] - 0.5 * between * (f[i + 1] - f[i]))[axes]))
            continue
        forward = xy[i + 1] - (xy[i] + (xy[i] - xy[i - 1]) * (f[i + 1] - f[i]) / (f[i] - f[i - 1]))
        backward = xy[i] - (xy[i + 1] - (xy[i + 2] - xy[i + 1]) * (f[i + 1] - f[i]) / (f[i + 2] - f[i + 1]))
        misses[i] = min(float(np.linalg.norm(forward[axes])), float(np.linalg.norm(backward[axes])))
    return misses


def _seen_steps(g: TrackGeometry) -> np.ndarray:
    """Per step, frame heights per frame: between the nearest of the centres the two blobs' sides place. A body
    partly hidden behind something in front (or cut by the border) keeps its outline on the side away from the cover,
    so its centre lies half the body's whole width (height) in from that side; the centroid of the part seen lies off
    it, and skips across a post in one frame. Only a box narrower (lower) than CLIPPED_SHARE of the track's median is
    read so: a whole blob, or one grown by a merge, keeps its centroid."""
    boxes = g.track.boxes / g.height
    moves = []
    for axis in (0, 1):
        low, high = boxes[:, axis], boxes[:, axis + 2]
        whole = float(np.median(high - low))
        clipped = (high - low) < CLIPPED_SHARE * whole
        centres = np.stack([g.xy[:, axis], np.where(clipped, low + whole / 2, g.xy[:, axis]),
                            np.where(clipped, high - whole / 2, g.xy[:, axis])], axis=1)  # [N, 3]
        moves.append(np.abs(centres[1:, :, None] - centres[:-1, None, :]).min(axis=(1, 2)))
    return np.hypot(moves[0], moves[1]) / np.maximum(np.diff(g.frames), 1)


def cut_by_a_cover(g: TrackGeometry, tracking: Tracking | None = None) -> np.ndarray:
    """bool [N]: samples whose box a still thing in front cuts (a car going behind a post, or coming out from behind
    it): for COVER_RUN samples in a row one edge of the box stays put, within an analysis pixel, while the other
    travels the same way every step, and the box is narrower than CLIPPED_SHARE of the track's usual width.
    Its blob then shrinks or grows with what the cover hides, not with its size; a pop moves both edges in one step.
    Only a cover standing up in front (a post, a trunk) is read so: a box whose bottom or top edge holds while it
    shortens is a body sinking into what it stands on (or rising out of it), which the size law must still see."""
    boxes, frames = g.track.boxes, g.track.frames
    cut = np.zeros(len(boxes), bool)
    if len(boxes) < COVER_RUN:
        return cut
    pixel = 1.0 if tracking is None or tracking.rgb is None else tracking.width / tracking.rgb.shape[2]
    left, right = boxes[:, 0], boxes[:, 2]
    narrow = right - left < CLIPPED_SHARE * float(np.median(right - left))
    runs = np.lib.stride_tricks.sliding_window_view  # each window of COVER_RUN samples (COVER_RUN - 1 steps)
    in_a_row = (runs(np.diff(frames), COVER_RUN - 1) == 1).all(axis=1)
    for still, moving in ((left, right), (right, left)):
        steps = runs(np.diff(moving), COVER_RUN - 1)
        travels = (steps > 0.5 * pixel).all(axis=1) | (steps < -0.5 * pixel).all(axis=1)
        held = np.ptp(runs(still, COVER_RUN), axis=1) <= pixel
        for k in np.flatnonzero(travels & held & in_a_row):
            cut[k:k + COVER_RUN] |= narrow[k:k + COVER_RUN]
    return cut
