"""What a thing let go does, as the prompt says and physics demands: one the prompt says rises (a balloon let go, a
bubble, a sky lantern, smoke) is lifted by buoyancy, so it never falls like a dropped body; a dropped one never
rebounds above where it was let go (a bounce loses energy). See ``physics_checks``."""

from __future__ import annotations

import numpy as np

from .law_basics import STILL, TrackGeometry, Violation
from .laws_ballistic import HIGHER, MIN_FLIGHT_TRAVEL, SAG_OK, STILL_STEP

FALL_DROP = 0.05  # frame heights: a descent this far, speeding up all the way, is no sway, bob or tracking noise
MIN_FALL_SAMPLES = 3  # samples (two steps, the second longer) that show a descent speeding up: a fall from half the
# frame lasts about a third of a second, four samples at 12 fps, the first of them often still near rest
MAX_FALL_GAP = 2  # frames a descent may go unseen between two samples and still be measured as one
SMOOTH_MISS = 0.1  # share of the drop the samples may miss the fitted parabola by: more is a jump, not a fall
FOLLOWED_SHARE = 0.5  # share of the clip's frames a track must be seen in to be the thing the prompt speaks of: a
# released balloon is in view from its release on, while a short track is clutter (a leaf, a passer-by) or a piece
# the tracker hopped onto
DETOUR = 1.5  # times the straight line from its first place to its last that a fall's path may be: a longer way
# zigzags, the tracker hopping between things, not one body falling


def check_buoyancy(g: TrackGeometry, subject: str | None, num_frames: int) -> list[Violation]:
    """A thing lighter than the air around it feels a net force upward (none at its terminal speed), so it never
    speeds up on the way down. Each descent (a run of samples none of which climbs by more than STILL: wind may carry
    it down a little) is measured like a flight: the sag of its least-squares parabola over the distance covered,
    about 1 for a fall from rest, 0 at constant speed; a smooth descent of FALL_DROP or more that sags SAG_OK or more
    fell like a rock. Only a track followed through FOLLOWED_SHARE of the ``num_frames`` is held to it."""
    y = g.xy[:, 1]
    if g.track.length < FOLLOWED_SHARE * num_frames:
        return []
    steps = np.diff(y)
    start = 0
    for end in range(1, len(y) + 1):
        if end < len(y) and steps[end - 1] > -STILL and g.frames[end] - g.frames[end - 1] <= MAX_FALL_GAP:
            continue
        for last in _ends_of_descent(y, start, end - 1):
            violation = _fall(g, start, last, subject)
            if violation is not None:
                return [violation]
        start = end
    return []


def _ends_of_descent(y: np.ndarray, first: int, last: int) -> list[int]:
    """Where the descent over samples ``first`` to ``last`` got down: the first sample within STILL of its lowest (a
    landed body rests there after), and the first from which, having stepped down by more than STILL, it steps down
    by no more: where it landed, when the blob goes on creeping down a little after the landing (a blur trail fading,
    the body's shadow joining it), so its lowest place lies some samples on. The earlier comes first: a fall that
    breaks a law is reported up to where it got down, never on through the creep after it."""
    lowest = first + int(np.argmax(y[first:last + 1] >= float(y[first:last + 1].max()) - STILL))
    steps = np.diff(y[first:last + 1])
    moving = np.nonzero(steps > STILL)[0]
    if not len(moving):
        return [lowest]
    stops = np.nonzero(steps[moving[0]:] <= STILL)[0]
    landed = last if not len(stops) else first + int(moving[0] + stops[0])
    return sorted({lowest, landed})


def _fall(g: TrackGeometry, first: int, last: int, subject: str | None) -> Violation | None:
    """The descent from sample ``first`` to ``last`` (where it got down) as a violation, when it falls like a dropped
    body."""
    y = g.xy[:, 1]
    drop = float(y[last] - y[first])
    if last - first + 1 < MIN_FALL_SAMPLES or drop < FALL_DROP:
        return None
    span = slice(first, last + 1)
    ts = g.t[span] - g.t[first]
    fit = np.polyfit(ts, y[span], 2)
    sag = float(fit[0]) * float(ts[-1]) ** 2  # 0.5·a·T² with a = 2·(the fit's t² term)
    miss = float(np.sqrt(np.mean((np.polyval(fit, ts) - y[span]) ** 2)))
    path = float(np.linalg.norm(np.diff(g.xy[span], axis=0), axis=1).sum())
    if sag / drop < SAG_OK or miss > SMOOTH_MISS * drop or path > DETOUR * float(np.linalg.norm(g.xy[last] - g.xy[first])):
        return None
    tid, frames = g.track.track_id, (int(g.frames[first]), int(g.frames[last]))
    what = f"a {subject}" if subject else "a thing"
    return Violation("buoyancy", tid, frames, 1.0,
                     f"object {tid} falls {drop:.2f} frame heights speeding up like a dropped body (frames "
                     f"{frames[0]}–{frames[1]}); {what} told to rise is lifted, not pulled down")


ABOVE_SAMPLES = 2  # samples a rebound must stay above the release for: one is a tracking spike


def check_rebound_below_release(g: TrackGeometry) -> list[Violation]:
    """A body let go from rest has, at its release, all the energy it will ever have: after it lands (the end of its
    first descent, MIN_FLIGHT_TRAVEL or more) no rebound takes it back above the release height (lower y is higher)
    by more than HIGHER, in ABOVE_SAMPLES samples or more. The release is where the track stood still before the
    descent; on a track first seen already falling, the apex of the descent's parabola (where a fall from rest
    started, fitted to the samples before the landing one, which the contact may slow), when that lies above the
    first sample. The flights' own energy law compares rebounds with the first
    flight, which a short drop (a few samples, the floor band a ball's size deep) may not make."""
    a = g.start
    y = g.xy[:, 1]
    if len(y) - a < MIN_FALL_SAMPLES + ABOVE_SAMPLES:
        return []
    steps = np.diff(y[a:])
    landing = a + next((i for i, step in enumerate(steps) if step < -STILL_STEP and y[a + i] - y[a] >= MIN_FLIGHT_TRAVEL),
                       len(steps))
    if landing >= len(y) - 1:
        return []
    release = float(y[a])
    if a == 0 and (g.track.first_frame > 1 or abs(float(steps[0])) > STILL):  # first seen on the way down
        if landing - a < MIN_FALL_SAMPLES:  # (the landing sample itself may be slowed by the contact)
            return []
        curve, slope, height = np.polyfit(g.t[a:landing] - g.t[a], y[a:landing], 2)
        if curve <= 0:
            return []  # no fall speeding up: it may have been thrown down, from anywhere
        release = min(release, float(height - slope**2 / (4 * curve)))
    above = np.nonzero(y[landing:] < release - HIGHER)[0]
    if len(above) < ABOVE_SAMPLES:
        return []
    tid, first = g.track.track_id, landing + int(above[0])
    gain = float(release - y[landing:].min())
    return [Violation("energy", tid, (int(g.frames[landing]), int(g.frames[first])), 1.0,
                      f"object {tid} rebounds {gain:.2f} frame heights above where it was let go (frame "
                      f"{g.frames[first]}); a bounce loses energy")]
