"""What holds a body that rolls or slides on a floor: gravity keeps it there. It may hop off a bump, but then it
climbs slower and slower; nothing it rolls on can lift it away faster and faster. See ``physics_checks``."""

from __future__ import annotations

import numpy as np

from .law_basics import TrackGeometry, Violation

FLOOR_SIZES = 0.5  # its sizes above the lowest it gets: still on the floor (tracking noise, a bumpy lawn)
LIFT_SIZES = 1.0  # a climb this many of its sizes (and LIFT_MIN) off the floor has left it
LIFT_MIN = 0.05  # frame heights
MIN_CLIMB_SAMPLES = 4  # a parabola through fewer says nothing about how the climb speeds up
PULLED_UP = 0.3  # a climb whose parabola bends up by this share of its height speeds up: pulled, not thrown
MAX_GAP = 2  # frames the tracker may miss inside the climb


def check_lift_off(g: TrackGeometry) -> list[Violation]:
    """The rolling body climbs off its floor speeding up (gravity turned upward): measured on its highest climb, from
    the last sample on the floor (within FLOOR_SIZES of its lowest level) to its highest point clear of the frame's
    border (a body cut by the top border seems to slow down as it leaves), as the upward bend of the climb's
    least-squares parabola over the height it gains. A hop over a bump bends down, a steady climb (a ramp) not at
    all."""
    clear = np.nonzero(~g.touches)[0]
    if len(clear) < MIN_CLIMB_SAMPLES:
        return []
    y = g.xy[:, 1]
    size = float(np.median(g.size))
    level = np.array([np.median(y[max(0, i - 1):i + 2]) for i in range(len(y))])  # one sample's noise is no floor
    floor = float(level.max())
    top = int(clear[np.argmin(y[clear])])
    rise = floor - float(y[top])
    if rise < max(LIFT_SIZES * size, LIFT_MIN):
        return []
    on_floor = np.nonzero(y[:top] >= floor - FLOOR_SIZES * size)[0]
    start = int(on_floor[-1]) if len(on_floor) else 0
    climb = slice(start, top + 1)
    if top - start + 1 < MIN_CLIMB_SAMPLES or np.any(np.diff(g.frames[climb]) > MAX_GAP):
        return []
    t = g.t[climb] - g.t[start]
    bend = -float(np.polyfit(t, y[climb], 2)[0]) * float(t[-1]) ** 2  # 0.5·(upward acceleration)·T²
    gained = float(y[start] - y[top])
    if gained <= 0 or bend < PULLED_UP * gained:
        return []
    tid = g.track.track_id
    frames = (int(g.frames[start]), int(g.frames[top]))
    return [Violation("gravity", tid, frames, 1.0,
                      f"object {tid} leaves the floor it rolls on and climbs faster and faster "
                      f"(frames {frames[0]}–{frames[1]}, {gained:.2f} frame heights)")]
