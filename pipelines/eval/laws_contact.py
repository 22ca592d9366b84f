"""Laws of solid bodies meeting: two rigid bodies never overlap beyond contact, and a body at rest starts
moving only when something touches it (a push is a cause; a speed-up with nothing touching is not).

The overlap is judged where the prompt says one body goes to or into another (a box slides into a box, a ball
rolls to a wall): in a side view a body passing in front of another is otherwise no violation (it may be nearer
the camera). The body that was hit may have stood still all along, so the background model holds it and no
track follows it: the check looks at the place where the moving body comes to rest, in a frame from before it
got there, and asks whether something other than the backdrop stood there.
"""

from __future__ import annotations

import numpy as np

from .law_basics import TrackGeometry, Violation, clip01
from .tracking import Tracking

CONTACT_GAP = 0.02  # frame heights between two boxes that touch (blur, anti-aliasing, a box drawn loosely)
CONTACT_SHARE = 0.3  # share of its resting box a body may find taken before it got there (rims, blur, contact)
FULL_OVERLAP = 0.3  # ... and CONTACT_SHARE + this or more is full severity
MIN_TRAVEL = 0.05  # frame heights: a body that moved less came to rest where it was


def touching(g: TrackGeometry, others: list[TrackGeometry], frame: int) -> bool:
    """Whether another track's box touches (or overlaps) this track's box in ``frame`` or the frame before."""
    at = np.nonzero(g.frames == frame)[0]
    if not len(at):
        return False
    box = g.track.boxes[at[0]] / g.height
    for other in others:
        if other is g:
            continue
        seen = np.nonzero((other.frames == frame) | (other.frames == frame - 1))[0]
        for k in seen:
            o = other.track.boxes[k] / g.height
            gap_x = max(o[0] - box[2], box[0] - o[2])
            gap_y = max(o[1] - box[3], box[1] - o[3])
            if max(gap_x, gap_y) <= CONTACT_GAP:
                return True
    return False


def check_interpenetration(g: TrackGeometry, tracking: Tracking, others: list[TrackGeometry] = ()) -> list[Violation]:
    """A body that moves into the place where a solid thing stood (and comes to rest overlapping it) went
    through it: the share of its resting box that showed something other than the backdrop before it arrived."""
    import cv2

    if tracking.rgb is None or g.track.length < 6 or g.track.extent() / g.height < MIN_TRAVEL:
        return []
    if g.track.last_frame < tracking.num_frames - 2:
        return []
    rest = np.median(g.track.boxes[-3:], axis=0)
    start = g.track.boxes[0]
    if not (start[2] <= rest[0] or start[0] >= rest[2]):
        return []  # it did not travel there (a body pushed a little way from where it stood)
    before = int(g.frames[0])  # a frame where the body was away from its resting place
    h, w = tracking.rgb.shape[1:3]
    scale = h / g.height
    x0, y0, x1, y1 = (int(round(v * scale)) for v in rest)
    x0, x1, y0, y1 = max(0, x0), min(w, x1), max(0, y0), min(h, y1)
    width = x1 - x0
    if width < 3 or y1 - y0 < 3:
        return []
    frame = cv2.GaussianBlur(tracking.rgb[before], (5, 5), 1.0).astype(np.float32)
    beside = np.zeros(w, bool)
    beside[max(0, x0 - width):x0] = beside[x1:min(w, x1 + width)] = True
    for other in others:  # a tracked body beside the place is no backdrop (the box it will push, still standing)
        if other is not g and (k := np.nonzero(other.frames == before)[0]).size:
            ox0, _, ox1, _ = (int(round(v * scale)) for v in other.track.boxes[k[0]])
            beside[max(0, ox0):max(0, ox1)] = False
    if beside.sum() < 2:
        return []
    backdrop = np.median(frame[y0:y1, beside], axis=1)  # per row: the backdrop beside the place
    taken = (np.abs(frame[y0:y1, x0:x1] - backdrop[:, None, :]).max(axis=-1) > tracking.threshold)
    own = np.abs(frame[y0:y1, x0:x1] - np.asarray(g.track.color)).max(axis=-1) < tracking.threshold
    share = float((taken & ~own).mean())
    if share <= CONTACT_SHARE:
        return []
    tid = g.track.track_id
    return [Violation("solidity", tid, (before, int(g.frames[-1])), clip01((share - CONTACT_SHARE) / FULL_OVERLAP),
                      f"object {tid} ends inside something solid that stood there at frame {before} ({share:.0%} of "
                      f"its box); rigid bodies stop at contact")]
