"""Support after a landing: a body that came down onto a surface stays on it; it does not go on into it.

Measured on each object against its own landing line and its own height, so it holds whatever the object's
size, the frame's size or the drawing: the landing line is where its bottom edge stopped at its last impact
(a fall that stops abruptly, or turns into a bounce), and at rest its top edge lies one object height above
that line. Sinking shows in the top edge either way the surface is drawn:

- a floor drawn over the object hides what goes into it: the bottom edge stays on the line while the top
  edge comes down (the box shrinks from the top down, and the object may vanish into the floor);
- a floor that hides nothing: the whole box goes on down below the line.

So the sink is how far the top edge ends below its resting place, in object heights:
``(top_at_end − (landing_line − height)) / height``, 0 for a body at rest and 1 for one gone under. A squash
on contact is over within a sample or two and a bounce settles back onto the line, so only where the track
ends counts; a body that leaves the landing line by falling again (it rolled off an edge) moves fast, so a
descent with any step as fast as a landing is a new fall, not a sink.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .law_basics import TrackGeometry, Violation, clip01

IMPACT_HEIGHTS = 0.5  # a landing comes in at least this many object heights per sample ...
LANDING_STEP = 0.5  # ... and the next step shrinks to this share of it (or turns up)
END_SAMPLES = 3  # the track's last samples: where it ends up, all of them below the threshold
MIN_AFTER = 4  # samples after the landing needed to see what it does there
SINK_SHARE = 0.3  # of its height: a top edge ending this far below its resting place sank into the surface
SINK_FULL = 0.7  # ... and this far is full severity
LINE_NOISE = 0.35  # heights: the bottom may end this far above the line (a landing sampled a frame early)


@dataclass(frozen=True)
class Sink:
    """What the object did after its last landing, in its own heights."""

    landing: int  # sample index of the last impact
    line: float  # frame heights: where its bottom edge stopped
    height: float  # frame heights: the object's own height
    depth: float  # how far its top edge ends below where it rests on the line, in heights (0 at rest)
    first: int  # the first sample beyond SINK_SHARE (the landing when it never gets there)


def own_height(top: np.ndarray, bottom: np.ndarray, until: int) -> float:
    """The object's height where it moves least before ``until`` (a motion-blurred box is taller than the
    object, a clipped one shorter): the median height of the slowest third of its samples up to there."""
    tall = bottom[:until + 1] - top[:until + 1]
    middle = 0.5 * (top + bottom)
    speed = np.abs(np.gradient(middle))[:until + 1] if len(middle) > 1 else np.zeros(1)
    slowest = np.argsort(speed, kind="stable")[:max(1, (until + 1) // 3)]
    return float(np.median(tall[slowest]))


def measure_sink(top: np.ndarray, bottom: np.ndarray) -> Sink | None:
    """The sink after the last landing of a track whose box edges are ``top`` and ``bottom`` per sample (frame
    heights, y down); None when it never lands, lands too late to tell, or falls again after landing."""
    if len(top) < MIN_AFTER + 3:
        return None
    middle = 0.5 * (top + bottom)
    steps = np.diff(bottom)
    height_guess = float(np.median(bottom - top))
    impacts = [i for i in range(1, len(steps))
               if steps[i - 1] > IMPACT_HEIGHTS * height_guess and steps[i] < LANDING_STEP * steps[i - 1]]
    if not impacts or len(top) - 1 - impacts[-1] < MIN_AFTER:
        return None
    landing = impacts[-1]
    height = own_height(top, bottom, landing)
    if height <= 0:
        return None
    after = np.diff(middle[landing + 1:])
    if len(after) and float(after.max()) > IMPACT_HEIGHTS * height:
        return None  # it fell again (off an edge): a new flight, not a sink
    bounced = steps[landing] < 0
    line = float(bottom[landing]) if bounced else float(bottom[landing:landing + 2].max())
    resting_top = line - height
    depth = (top[landing + 1:] - resting_top) / height
    ends = depth[-END_SAMPLES:]
    final = float(np.median(ends))
    beyond = np.nonzero(depth > SINK_SHARE)[0]
    first = landing + 1 + int(beyond[0]) if len(beyond) and (ends > SINK_SHARE).all() else landing
    return Sink(landing, line, height, final, first)


def check_sinking(g: TrackGeometry) -> list[Violation]:
    """Support: after its last landing the object does not go on down into the surface (module docstring)."""
    if g.touches[-1]:
        return []  # leaving through the border: no landing line to hold it to
    top = g.track.boxes[:, 1] / g.height
    sink = measure_sink(top, g.bottom)
    if sink is None or sink.first == sink.landing:
        return []
    tid = g.track.track_id
    frames = (int(g.frames[sink.first]), int(g.frames[-1]))
    return [Violation("support", tid, frames, clip01((sink.depth - SINK_SHARE) / (SINK_FULL - SINK_SHARE) + 0.3),
                      f"object {tid} sinks {sink.depth:.0%} of its height into the surface it landed on at frame "
                      f"{g.frames[sink.landing]} (frames {frames[0]}–{frames[1]})")]
