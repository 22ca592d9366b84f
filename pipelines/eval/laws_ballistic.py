"""Laws of bodies that gravity moves: a flight sags like a parabola, a rebound never gains height, a landed
body stays on what stopped it, and a slide with nothing pushing it only slows. See ``physics_checks``."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from .appearance import shadow_samples
from .law_basics import EDGE_MARGIN, FALL_SHOWN, MIN_TRACK_SAMPLES, STILL, Expectation, TrackGeometry, Violation, clip01
from .laws_contact import touching
from .motion import bounce_indices
from .tracking import Tracking

SAG_OK = 0.35  # a flight whose parabola sags less than this share of its vertical travel is not falling
UPWARD = 0.15  # a sag this far negative (the parabola bends up) is an upward acceleration
SAG_SPAN = 0.25  # ... and SAG_OK − SAG_SPAN or less is full severity
MIN_FLIGHT_SAMPLES = 6  # fewer samples (a keyframe step of a coarse preview) cannot show a fall speeding up
MIN_UPWARD_SAMPLES = 5  # ... but 5 can show an upward acceleration (a preview's straight steps never bend up)
MIN_FLIGHT_TRAVEL = 0.08  # frame heights: shorter flights are too short to judge
GRAVITY_PER_SIZE = 9.81 / 0.25  # metres/s² over a ball's size in metres: g in frame heights/s² per size
WEAK_GRAVITY = 0.15  # a flight should sag at least this share of the gravity its apparent size implies
HIGHER = 0.03  # frame heights a rebound may exceed the drop by (measurement noise)
BELOW_FLOOR = 0.04  # frame heights below an established floor: gone through it
FLOOR_BAND = 0.02  # a flight within this of the lowest point reached, after landing, rolls on the floor
SPEED_UP = 1.5  # a slide this many times faster than its slowest since the push ...
SPEED_UP_MIN = 0.01  # ... plus this many frame heights per frame speeds up with no cause
IMPACT_STEP = 0.01  # frame heights per frame: a fall at least this fast can land visibly
LANDING_SLOWDOWN = 0.35  # a landing shrinks the fall step to this share of the step before (or turns it up)
SINK_SIZE = 0.5  # its sizes an object may end below where it landed (contact squash, shadow, tracking)
SLOW_SINK_SIZE = 0.25  # ... when it got there by a steady descent lasting SLOW_SINK_SAMPLES or more (contact settles at once)
SLOW_SINK_SAMPLES = 4
LANDING_STEP = 0.5  # a fall whose step shrinks to this share of the step before (or turns up) has landed
STILL_STEP = 0.002  # frame heights per sample: a smaller step up is a rest (or tracking noise), not a climb
SLOWING_STEP = 0.002  # frame heights per frame, per frame: a fall's speed dropping by less than this between two steps
# is shake on a steady fall, not a slowing one
RISE_STEPS = 2  # steps up (beyond STILL_STEP) that a dropped body takes from rest before any step down: it is pulled up
RISE_FROM_REST = 0.02  # ... covering at least this many frame heights
LOW_REBOUND = 0.1  # share of the drop: a climb back up by this much (and 2 STILL) after the landing is a bounce
STRAIGHT_MISS = 0.04  # a path whose positions stay within this share of its length of one constant-speed line is straight
MIN_EXIT_SAMPLES = 4  # a path seen until it leaves the view: three steps show whether gravity bent it ...
VISIBLE_BEND = 0.024  # ... where gravity's least bend over them is this many frame heights (4 STILL) or more


def _flights(g: TrackGeometry, tracking: Tracking, floor_y: float | None = None) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) sample indices of the flights: runs in the air, above the floor band, split at bounces.

    The floor is the lowest the object gets; samples within a band of it (its size) are contact,
    rolling or rest, which say nothing about free flight (``floor_y``: where it landed, when it then sank
    below). Also returns whether the object ever left the floor band.
    """
    y = g.xy[:, 1]
    size = float(np.median(g.size))
    floor_y = float(y.max()) if floor_y is None else floor_y
    band = max(FLOOR_BAND, 0.5 * size)
    airborne = (y < floor_y - band) & (np.arange(len(y)) >= g.start)
    if g.start < len(y) - 1 and not airborne[g.start]:  # released from a hold (or from the first sample: a hold
        # too short to count as one): the release is the flight's first point, and so is every sample after it on
        # the way out of the floor band, when it moves steadily away from the hold (a ball held at its lowest point
        # that then rises: the band around the hold is no floor it rolls on)
        left = next((i for i in range(g.start + 1, len(y)) if airborne[i]), None)
        steps = np.diff(y[g.start:left + 1]) if left is not None else np.zeros(0)
        way = float(steps.sum())  # steadily: nearly every step the same way (a slow glide's steps are noisy), not
        moved = steps[np.abs(steps) > STILL_STEP]  # counting the still ones (the last of a short hold)
        if left == g.start + 1 or (len(moved) and abs(way) > FLOOR_BAND and np.mean(np.sign(moved) == np.sign(way)) >= 0.8):
            airborne[g.start:left] = True
    rise = next((i for i in range(g.start, len(y)) if airborne[i]), None)
    if rise is not None and rise > g.start and bool((np.diff(y[g.start:rise + 1]) < -STILL_STEP).all()):
        airborne[g.start:rise] = True  # it starts at its lowest and climbs from the first sample: no floor held it
        # there (a rest would show still samples), so its lowest band is part of the flight (an upward fall)
    flights: list[tuple[int, int]] = []
    index = np.arange(len(y))
    runs = [list(run) for _, run in itertools.groupby(index, key=lambda i: bool(airborne[i]))]
    for run in runs:
        if airborne[run[0]] or run[0] < g.start or len(run) < MIN_FLIGHT_SAMPLES:
            continue
        line = np.polyfit(g.t[run], y[run], 1)
        drift = float(line[0]) * float(g.t[run[-1]] - g.t[run[0]])
        miss = float(np.sqrt(np.mean((y[run] - np.polyval(line, g.t[run])) ** 2)))
        steady = float(np.mean(np.sign(np.diff(y[run])) == np.sign(drift)))
        if abs(drift) > FLOOR_BAND and miss < 0.1 * abs(drift) and steady >= 0.8:
            airborne[run] = True  # a floor is level: gliding steadily up or down through the band is still flight
    for b in [i for i in range(1, len(y) - 1) if airborne[i] and not airborne[i + 1]]:
        while b + 1 < len(y) and not airborne[b + 1] and y[b] - y[b - 1] > STILL_STEP \
                and y[b + 1] - y[b] >= max(STILL_STEP, LANDING_STEP * (y[b] - y[b - 1])):
            b += 1  # still falling as fast into the floor band (a big object's band is deep): not landed yet
            airborne[b] = True
    for run in (list(run) for _, run in itertools.groupby(index, key=lambda i: bool(airborne[i]))):
        if not airborne[run[0]] or len(run) < 2:
            continue
        a, b = run[0], run[-1]
        bounces = bounce_indices(g.track.centroids[a:b + 1, 1], tracking.height)
        edges = sorted({a, *(a + i for i in bounces), *_landings(y, a, b, floor_y - band), b})
        flights += [(p, q) for p, q in itertools.pairwise(edges) if q > p]
    return flights, bool(airborne.any())


def _landings(y: np.ndarray, a: int, b: int, floor_band_top: float) -> list[int]:
    """Samples inside the flight (a, b) that the object came down into, in the floor band, and goes back up from: a
    bounce, however near the flight's ends. ``bounce_indices`` keeps its cuts a few samples from the ends, so jitter
    cannot cut a track into pieces; but where the tracker lost a blurred fall for a few frames, the landing comes a
    sample or two after the release, and the fall and the rebound fitted as one parabola bend up like an upward
    fall."""
    return [i for i in range(a + 1, b)
            if y[i] >= floor_band_top and y[i] - y[i - 1] > STILL_STEP and y[i] - y[i + 1] > STILL_STEP]


def check_friction(g: TrackGeometry, others: list[TrackGeometry] = ()) -> list[Violation]:
    """A thing sliding or rolling with nothing pushing it only slows down (after its first third, the push);
    one of ``others`` touching it when it speeds up is a push."""
    consecutive = np.nonzero(np.diff(g.frames) == 1)[0]
    if len(consecutive) < 6:
        return []
    speed = np.abs(np.diff(g.xy[:, 0]))[consecutive]
    smooth = np.array([np.median(speed[max(0, i - 1):i + 2]) for i in range(len(speed))])
    start = len(smooth) // 3
    for i in range(start + 1, len(smooth)):
        slowest = float(smooth[start:i].min())
        since = int(g.frames[consecutive[start + int(np.argmin(smooth[start:i]))]])
        frame = int(g.frames[consecutive[i]])
        if smooth[i] > SPEED_UP * slowest + SPEED_UP_MIN and not any(
                touching(g, others, f) for f in range(since - 1, frame + 2)):
            tid = g.track.track_id
            return [Violation("friction", tid, (frame, frame + 1), 0.8,
                              f"object {tid} speeds up at frame {frame} while sliding with nothing pushing it")]
    return []


def _sag_share(g: TrackGeometry, a: int, b: int, weak_gravity: float) -> float | None:
    """The sag of the flight's least-squares parabola over the vertical distance it covers (module docstring);
    None when the flight is too short or too small to judge."""
    a = _release(g, a, b)
    span = slice(a, b + 1)
    if b - a + 1 < MIN_UPWARD_SAMPLES:
        return None
    ys, ts = _heights_past_the_border(g)[span], g.t[span] - g.t[a]
    if float(np.abs(np.diff(g.xy[span], axis=0)).sum(axis=0).max()) < MIN_FLIGHT_TRAVEL:
        return None
    duration = float(ts[-1])
    sag = 0.5 * 2.0 * float(np.polyfit(ts, ys, 2)[0]) * duration**2
    return sag / max(float(ys.max() - ys.min()), 0.5 * weak_gravity * duration**2, 1e-6)


def _heights_past_the_border(g: TrackGeometry) -> np.ndarray:
    """The centre's height per sample (frame heights), taken from the box's far edge where the frame's top or bottom
    border cuts the box: there the blob is only the part still in view, whose centroid lags behind the object's
    centre (a ball thrown up out of the frame seems to slow down as it leaves, bending a straight flight into a
    parabola). The far edge is half the object's own height (its box's median height where no border cuts it) from
    its centre."""
    y = g.xy[:, 1].copy()
    boxes = g.track.boxes / g.height
    cut_top, cut_bottom = boxes[:, 1] <= EDGE_MARGIN, boxes[:, 3] >= 1.0 - EDGE_MARGIN
    whole = ~cut_top & ~cut_bottom
    if not whole.any() or whole.all():
        return y
    half = 0.5 * float(np.median(boxes[whole, 3] - boxes[whole, 1]))
    y[cut_top & ~cut_bottom] = boxes[cut_top & ~cut_bottom, 3] - half
    y[cut_bottom & ~cut_top] = boxes[cut_bottom & ~cut_top, 1] + half
    return y


def _straight_path(g: TrackGeometry) -> list[Violation]:
    """A body that gravity moves, whose whole path in view (from its release, off the border) is one straight line at constant
    speed covering MIN_FLIGHT_TRAVEL or more: it flies with no gravity. Only a track followed from the clip's start or from the
    border counts: a piece picked up later may be the roll after the bounces. ``check_ballistic`` asks this only when no flight
    could be judged on its own: a level throw seen from above drifts down the frame with depth, so the band around its lowest
    point, taken for the floor, cuts its path into pieces too short to judge."""
    inside = np.nonzero(~g.touches & (np.arange(g.track.length) >= g.start))[0]
    seen_from_the_start = g.track.first_frame <= 1 or bool(g.touches[0])  # not a piece the tracker picked up later
    if not seen_from_the_start:
        return []
    if len(inside) < MIN_FLIGHT_SAMPLES:
        return _leaves_the_view_unbent(g)
    if np.any(np.diff(g.frames[inside]) > 2):
        return []
    xy, t = g.xy[inside], g.t[inside]
    travel = float(np.linalg.norm(xy[-1] - xy[0]))
    if travel < MIN_FLIGHT_TRAVEL:
        return []
    lines = [np.polyfit(t, xy[:, axis], 1) for axis in (0, 1)]
    miss = float(np.sqrt(np.mean(sum((xy[:, axis] - np.polyval(lines[axis], t)) ** 2 for axis in (0, 1)))))
    if miss >= STRAIGHT_MISS * travel:
        return []
    tid = g.track.track_id
    frames = (int(g.frames[inside[0]]), int(g.frames[inside[-1]]))
    return [Violation("gravity", tid, frames, 1.0,
                      f"object {tid} flies in a straight line with no gravity (frames {frames[0]}–{frames[1]})")]


def _leaves_the_view_unbent(g: TrackGeometry) -> list[Violation]:
    """A body seen from its start until it leaves through the frame's border a few frames later (a fast throw at a
    few frames a second: too few samples for a flight's sag share), whose path over that time T bends down by less
    than WEAK_GRAVITY of 0.5·g·T², the least bend gravity gives it (g from its apparent size, GRAVITY_PER_SIZE: the
    thing assumed a quarter metre, as the other checks do), where that least bend is VISIBLE_BEND or more: it flies
    with no gravity. The heights are read past the border (``_heights_past_the_border``), so the part still in view
    does not seem to slow."""
    path = np.arange(g.start, g.track.length)
    if len(path) < MIN_EXIT_SAMPLES or not g.touches[path[-1]] or np.any(np.diff(g.frames[path]) != 1):
        return []
    in_view = path[~g.touches[path]]
    if not len(in_view) or float(np.linalg.norm(g.xy[path[-1]] - g.xy[path[0]])) < MIN_FLIGHT_TRAVEL:
        return []
    t = g.t[path] - g.t[path[0]]
    least = 0.5 * GRAVITY_PER_SIZE * float(np.median(g.size[in_view])) * float(t[-1]) ** 2
    bend = float(np.polyfit(t, _heights_past_the_border(g)[path], 2)[0]) * float(t[-1]) ** 2
    if least < VISIBLE_BEND or bend >= WEAK_GRAVITY * least:
        return []
    tid, frames = g.track.track_id, (int(g.frames[path[0]]), int(g.frames[path[-1]]))
    return [Violation("gravity", tid, frames, 1.0, f"object {tid} leaves the view in a straight line, bending "
                      f"{bend:.3f} frame heights where gravity bends it {least:.3f} (frames {frames[0]}–{frames[1]})")]


def _release(g: TrackGeometry, a: int, b: int) -> int:
    """The flight's last sample still at its first place: where the fall really starts. A hold too short to
    count as one (under MIN_HOLD_S) bends a least-squares parabola through a fall that then goes on at constant
    speed as if it sped up; from the release, such a fall is the straight line it is, while a fall from rest
    still sags (its slow start lies mostly within STILL, so little of its speeding up is lost)."""
    still = np.linalg.norm(g.xy[a:b + 1] - g.xy[a], axis=1) <= STILL
    moved = np.nonzero(~still)[0]
    return a if not len(moved) else a + max(0, int(moved[0]) - 1)


def check_after_a_shown_fall(g: TrackGeometry, tracking: Tracking) -> list[Violation]:
    """With a prompt that names nothing, a track that shows a free fall (a descent speeding up like gravity,
    then a landing) is a falling body from then on: its rebounds may not gain height, it may not sink into
    what it landed on, and its later flights must sag. Its first descent is not judged: at constant speed
    it could be a bird or a lift, and nothing says it was dropped."""
    sinking = _sinks(g)
    flights, _ = _flights(g, tracking, float(g.xy[sinking[0].landing, 1]) if sinking else None)
    size = float(np.median(g.size[~g.touches])) if (~g.touches).any() else float(np.median(g.size))
    weak_gravity = WEAK_GRAVITY * GRAVITY_PER_SIZE * size
    y = g.xy[:, 1]
    shown = next((b for a, b in flights if b < len(y) - 2 and y[b] - y[a] > 0.5 * (y[a:b + 1].max() - y[a:b + 1].min())
                  and b - a + 1 >= MIN_FLIGHT_SAMPLES and (_sag_share(g, a, b, weak_gravity) or 0.0) >= SAG_OK), None)
    if shown is None:
        return []
    after = [v for v in check_ballistic(g, tracking, FALL_SHOWN) if v.law in ("energy", "support")
             or (v.law == "gravity" and v.frames[0] >= g.frames[shown] and "one level" not in v.message)]
    return [Violation(v.law, v.track, v.frames, v.severity, v.message + " (seen falling freely before)") for v in after]


def check_ballistic(g: TrackGeometry, tracking: Tracking, expectation: Expectation) -> list[Violation]:
    sinking = _sinks(g)
    flights, left_floor = _flights(g, tracking, float(g.xy[sinking[0].landing, 1]) if sinking else None)
    tid = g.track.track_id
    y = g.xy[:, 1]
    size = float(np.median(g.size[~g.touches])) if (~g.touches).any() else float(np.median(g.size))
    weak_gravity = WEAK_GRAVITY * GRAVITY_PER_SIZE * size  # frame heights / s²
    violations: list[Violation] = []
    travel = float(np.ptp(g.xy, axis=0).max())  # how far it got, not its path: a resting track's noise adds up
    if not left_floor and travel >= MIN_FLIGHT_TRAVEL and g.touches.mean() < 0.5:
        frames = (int(g.frames[0]), int(g.frames[-1]))
        violations.append(Violation("gravity", tid, frames, 1.0,
                                    f"object {tid} moves on one level, never falling, though it was dropped or thrown"))
    judged = False
    for a, b in flights:
        share = _sag_share(g, a, b, weak_gravity)
        if share is not None and _past_an_unseen_landing(g, b):
            # that sample, past the landing, bends the parabola straight; a fall without it counts
            without = _sag_share(g, a, b - 1, weak_gravity)
            if without is None and y[b] > y[a] and b - a + 1 < MIN_FLIGHT_SAMPLES \
                    and not _slows_in_the_air(g, a, b - 1):
                continue  # a short fall whose only bend up is the landing (a bounce the tracker saw late)
            share = max(share, without or share) if b - a >= MIN_FLIGHT_SAMPLES else share
        if share is None or (b - a + 1 < MIN_FLIGHT_SAMPLES and share >= -UPWARD):
            continue
        judged = True
        ys = y[a:b + 1]
        frames = (int(g.frames[a]), int(g.frames[b]))
        if share < SAG_OK:
            if share < -UPWARD:
                message = f"object {tid} accelerates upward in the air (frames {frames[0]}–{frames[1]}); gravity pulls down"
                severity = 1.0
            else:
                falling = ys[-1] - ys[0] > 0.5 * (ys.max() - ys.min()) and ys[-1] > ys[0]
                message = (f"object {tid} falls without speeding up (frames {frames[0]}–{frames[1]}); gravity accelerates a fall"
                           if falling else f"object {tid} flies in a straight line with no gravity (frames "
                                           f"{frames[0]}–{frames[1]})")
                severity = clip01((SAG_OK - share) / SAG_SPAN)
            violations.append(Violation("gravity", tid, frames, severity, message))
    if left_floor and not judged and not violations:
        violations += _straight_path(g)
    if expectation.dropped and not any(v.law == "gravity" and v.severity >= 1.0 for v in violations):
        violations += _rise_from_rest(g, tracking)
    violations += _energy(g, flights)
    violations += _support(g, flights) or [v.violation for v in sinking]
    landed = len(flights) >= 1 and float(y[flights[0][1]:].max()) >= float(y.max()) - FLOOR_BAND
    if expectation.bounces and len(flights) == 1 and landed and flights[0][1] < len(y) - MIN_TRACK_SAMPLES \
            and not _bounces_low(y, *flights[0]):
        a = flights[0][1]
        violations.append(Violation("elasticity", tid, (int(g.frames[a]), int(g.frames[-1])), 0.6,
                                    f"object {tid} lands at frame {g.frames[a]} and stays down; it should bounce"))
    return violations


def _past_an_unseen_landing(g: TrackGeometry, b: int) -> bool:
    """Whether a flight's last sample ``b`` may show the object after it landed and turned back up unseen: the tracker
    missed the frames before it, or it came down less than half as far as in the step before (a fall only ever
    speeds up, so between the two samples the floor stopped it: at a few frames a second a ball reaches the floor
    between samples, and the next one shows it slowed by the contact or already rebounding)."""
    if g.frames[b] - g.frames[b - 1] > 1:
        return True
    y = g.xy[:, 1]
    before, last = float(y[b - 1] - y[b - 2]), float(y[b] - y[b - 1])
    return before > 0 and last < 0.5 * before


def _slows_in_the_air(g: TrackGeometry, a: int, b: int) -> bool:
    """Whether a fall slows down step after step over the samples a..b, all seen before it could land: gravity only
    speeds a fall up, so a short fall that slows before its last sample bends up in the air, not at an unseen landing
    (each step must shrink by more than SLOWING_STEP, so shake on a steady fall does not count)."""
    y = g.xy[a:b + 1, 1]
    if len(y) < 3:
        return False
    speeds = np.diff(y) / np.maximum(np.diff(g.frames[a:b + 1]), 1)
    return bool((speeds > 0).all() and (np.diff(speeds) < -SLOWING_STEP).all())


def _bounces_low(y: np.ndarray, a: int, b: int) -> bool:
    """Whether the track, after the flight (a, b) lands, climbs back up and comes down again by LOW_REBOUND of that
    drop: a bounce too low to leave the floor band (a ball dropped from a little above its own size rebounds within
    it), not a body that stays down. A climb with no way back down (rolling away from the camera) is no bounce."""
    drop = float(y[b] - y[a:b + 1].min())
    after = y[b:]
    top = int(np.argmin(after))
    enough = max(2 * STILL, LOW_REBOUND * drop)
    climbed = float(after[:top + 1].max() - after[top])
    return top < len(after) - 1 and min(climbed, float(after[top:].max() - after[top])) >= enough


def _a_caster(g: TrackGeometry, tracking: Tracking) -> bool:
    """Another track of MIN_TRACK_SAMPLES or more that is mostly no shade of the backdrop: a body that may cast the
    shade ``g`` follows. A shade with nothing in the whole clip to cast it is the body itself, dark on a darker
    backdrop or small and far, blurred into the colour around it (a far ball near the top of the frame)."""
    return any(other.track_id != g.track.track_id and other.length >= MIN_TRACK_SAMPLES
               and shadow_samples(other, tracking).mean() < 0.5
               for other in tracking.tracks)


def _rise_from_rest(g: TrackGeometry, tracking: Tracking) -> list[Violation]:
    """A dropped body leaves rest downward: gravity gives it no speed up. One that climbs from where it was let go
    (after a hold, or from its first sample when the clip opens on it standing still) is pulled up, however short
    the climb: an upward fall near the top of the frame leaves through the border after a few samples, too few
    and too short for a flight's parabola. A rebound climbs too, but only after a step down; and a shadow on the
    ground climbs the frame towards the foot of what falls (a slanting light): a track mostly in a shade of the
    backdrop is no body where something else in the clip could cast it (``_a_caster``)."""
    a = g.start
    y = g.xy[a:, 1]
    if len(y) < RISE_STEPS + 1:
        return []
    steps = np.diff(y) / np.maximum(np.diff(g.frames[a:]), 1)
    if a == 0 and (g.track.first_frame > 1 or abs(float(steps[0])) > STILL):
        return []  # not seen at rest: the tracker may have picked it up on a rebound
    down = next((i for i, step in enumerate(steps) if step > STILL_STEP), len(steps))
    climb = float(y[0] - y[:down + 1].min())
    if int((steps[:down] < -STILL_STEP).sum()) < RISE_STEPS or climb < RISE_FROM_REST:
        return []
    if tracking.background is not None and shadow_samples(g.track, tracking).mean() >= 0.5 and _a_caster(g, tracking):
        return []
    tid, frames = g.track.track_id, (int(g.frames[a]), int(g.frames[a + down]))
    return [Violation("gravity", tid, frames, 1.0, f"object {tid} climbs {climb:.2f} frame heights from where it was "
                      f"let go (frames {frames[0]}–{frames[1]}); a dropped thing falls")]


def _energy(g: TrackGeometry, flights: list[tuple[int, int]]) -> list[Violation]:
    """No rebound rises above the highest point of the first flight (lower y is higher; for a drop, where it was
    let go): every bounce loses energy, so each rebound stays below all before it, and rebounds that each gain a
    little, within the measurement noise, add up to a gain past the first (apexes are sampled where the object
    is slowest, so their heights are the most exact a track has)."""
    if len(flights) < 2:
        return []
    y, tid = g.xy[:, 1], g.track.track_id
    peaks = [float(y[a:b + 1].min()) for a, b in flights]
    for number in range(1, len(flights)):
        a, b = flights[number]
        gain = peaks[0] - peaks[number]
        left_through_top = b == len(y) - 1 and g.touches_top[b] and not g.touches_top[:a + 1].any()
        if gain > HIGHER or left_through_top:
            severity = 1.0 if left_through_top else clip01(0.5 + gain / 0.1)
            return [Violation("energy", tid, (int(g.frames[a]), int(g.frames[b])), severity,
                              f"object {tid} rebounds higher than it fell from (frame {g.frames[a]}); a bounce loses energy")]
    return []


def _support(g: TrackGeometry, flights: list[tuple[int, int]]) -> list[Violation]:
    """After a bounce shows where the floor is, the object must not go below it."""
    if len(flights) < 2:
        return []
    contact = slice(0, flights[1][1] + 1)  # the landings sampled up to the end of the second flight
    floor = float(g.bottom[contact].max())
    after = flights[1][1]
    sampling = float(np.abs(np.diff(g.xy[:, 1])).max())  # a landing sampled a frame early can be this far up
    below = np.nonzero(g.bottom[after:] > floor + max(BELOW_FLOOR, 0.5 * float(np.median(g.size))) + sampling)[0]
    if not len(below):
        return []
    first = after + int(below[0])
    tid = g.track.track_id
    return [Violation("support", tid, (int(g.frames[first]), int(g.frames[-1])), 1.0,
                      f"object {tid} goes below the floor it bounced on (frame {g.frames[first]})")]


@dataclass(frozen=True)
class _Sinking:
    landing: int  # sample index where it landed
    violation: Violation


def _sinks(g: TrackGeometry) -> list[_Sinking]:
    """After it lands, an object rests on (or bounces off) what stopped it; it does not go on down into it.

    The landing is the first sample where a fall stops abruptly (the step shrinks to a third or turns up);
    the floor is then the lowest of that sample and the next (a landing sampled a frame early is higher).
    Going on down by more than half its size (plus, when the floor is the landing sample alone, a third of the
    last fall step: the sampling error) and staying there is sinking through what should hold it; a quarter of
    its size is enough when it gets there by a steady descent over several frames (squash and settling on
    contact happen at once, so a slow, lasting descent after the impact is the body going into the surface).
    """
    y, bottom = g.xy[:, 1], g.bottom
    steps = np.diff(y) / np.maximum(np.diff(g.frames), 1)
    size = float(np.median(g.size[~g.touches])) if (~g.touches).any() else float(np.median(g.size))
    landing = next((i for i in range(max(1, g.start), len(steps))
                    if steps[i - 1] > max(IMPACT_STEP, 0.1 * size) and steps[i] < LANDING_STEP * steps[i - 1]), None)
    if landing is None or len(y) - landing < 4:
        return []
    fall_step = float(steps[landing - 1])
    went_on = steps[landing] > 0
    floor = float(bottom[landing:landing + 2].max()) if went_on else float(bottom[landing])
    depth = bottom[landing + 1:] - floor
    share = SLOW_SINK_SIZE if _sinks_steadily(y[landing + 1 if went_on else landing:]) else SINK_SIZE
    # a landing sampled a frame early: the floor already takes the next sample when the fall went on into it
    allowed = max(BELOW_FLOOR, share * size) + (0.0 if went_on else LANDING_SLOWDOWN * fall_step)
    if not (depth[-3:] > allowed).all():
        return []
    first = landing + 1 + int(np.nonzero(depth > allowed)[0][0])
    tid = g.track.track_id
    sunk = float(depth[-3:].min())
    return [_Sinking(landing, Violation("support", tid, (int(g.frames[first]), int(g.frames[-1])), clip01(sunk / allowed - 0.5),
                                        f"object {tid} sinks {sunk:.2f} frame heights into the surface it landed on "
                                        f"(from frame {g.frames[first]})"))]


def _sinks_steadily(y: np.ndarray) -> bool:
    """Whether the descent from y[0] to where the track ends takes SLOW_SINK_SAMPLES or more samples, each step
    down or level (a bounce goes back up; contact settles within a sample or two)."""
    descent = y - y[0]
    final = float(np.median(descent[-3:]))
    if final <= 0:
        return False
    reach = int(np.argmax(descent >= 0.9 * final))
    return reach >= SLOW_SINK_SAMPLES and bool((np.diff(descent[:reach + 1]) >= -0.1 * final / reach).all())
