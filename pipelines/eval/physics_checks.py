"""Explicit physical laws checked on measured object tracks: what the embedded judge penalises, and why.

The prompt says what each object is and what moves it (the studio's prompt reading and knowledge base):
a dropped, thrown or bouncing ball or passive thing is *ballistic* (gravity shapes its path while it is
in the air); a car, a walker, a bird or a swimmer is *self-propelled* (any speed, any path is its own
doing). Laws checked on every track, whatever the prompt says:

- continuity: objects do not teleport, vanish mid-frame or appear from nowhere (leaving and entering
  through the frame's border is fine; "appears"/"disappears"/"breaks" in the prompt allow it);
- size: an object does not change size unless it moves in depth (the prompt says closer/farther);
- colour: an object keeps its colour;
- smoothness: positions do not jitter frame to frame.

Laws checked on ballistic tracks only, per flight (the stretch between bounces, before it rests):

- gravity: a flight accelerates downward; a fall at constant speed, a straight line through the air or
  an upward acceleration breaks it. Measured as the sag of the flight's least-squares parabola,
  0.5·a_y·T², against the vertical distance it covers (about 1 for a drop from rest, more for an arc,
  0 for a straight line);
- energy: no rebound rises above the height it fell from (nothing adds energy);
- support: after a bounce shows where the floor is, the object does not go below it, and after it lands
  it does not go on down into what stopped it (sinking through the floor).

A hold before the motion (a ball held still, then dropped) is no part of any flight. With a prompt that
names nothing the judge cannot know what was dropped: only the laws for every object apply, except that a
track which shows a free fall (a descent speeding up like gravity, then a landing) is held to energy,
support and gravity from then on; its first descent is not judged, since a constant-speed descent could
be a bird or a lift.

Each violation has a severity in [0, 1]; the judge multiplies PC by (1 − VIOLATION_WEIGHT·severity)
for each, so a single clear violation costs about half the score.

Units: positions in frame heights, y pointing down; time in seconds (frames / fps).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .motion import Track, Tracking, bounce_indices, rest_start

STILL = 0.006  # frame heights: a track whose last (first) samples stay this close rested there
MIN_HOLD_S = 0.2  # a track this long at its first place before moving was held there (a fall from rest
# under gravity leaves STILL within 0.1 s)
SAME_COLOUR = 40.0  # largest RGB channel difference of "the same colour" (lost object still in place)
EDGE_MARGIN = 0.03  # share of the frame: a box this close to the border may be entering or leaving
MIN_TRACK_SAMPLES = 3  # shorter tracks are noise, not objects
TELEPORT_STEP = 0.12  # frame heights in one frame ...
TELEPORT_FACTOR = 3.0  # ... and this many times the steps just before and after it: a jump, not motion
MAX_GAP_FRAMES = 3  # a track resumed within this many frames was only missed by the tracker
JITTER_FLOOR = 0.008  # frame heights / frame²: median deviation of the acceleration below this is smooth
JITTER_SPAN = 0.02  # ... and this much above the floor is full severity
MIN_SIZE_SAMPLES = 8  # shorter stretches are too few to tell a size step from the tracker merging a blob
SIZE_POP = 1.4  # linear size ratio between the medians either side of one frame: a pop
SIZE_DRIFT = 1.6  # linear size ratio over the track with no depth motion: a change of size
SIZE_LASTING = 1.45  # linear size ratio between the first and last 40 % of the samples  # linear size ratio over the track with no depth motion: a change of size
COLOUR_CHANGE = 60.0  # largest RGB channel difference between the medians before and after a frame
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
VIOLATION_WEIGHT = 0.55


@dataclass(frozen=True)
class Expectation:
    """What the prompt says about the moving objects (merged over the scene when it names several)."""

    subject: str | None
    ballistic: bool  # gravity shapes its path in the air
    self_propelled: bool
    depth_change: bool  # the object or camera changes distance: size may change
    may_vanish: bool  # the prompt lets things appear, disappear or break apart
    source: str
    bounces: bool = False  # the prompt says it bounces: landing dead breaks elasticity
    friction: bool = False  # it slides or rolls with nothing pushing it: it may not speed up  # "prompt" when the knowledge base knew the objects, else "none"

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "ballistic": self.ballistic, "self_propelled": self.self_propelled,
                "depth_change": self.depth_change, "may_vanish": self.may_vanish, "source": self.source,
                "bounces": self.bounces, "friction": self.friction}


UNKNOWN = Expectation(None, ballistic=False, self_propelled=False, depth_change=False, may_vanish=False, source="none")
FALL_SHOWN = Expectation(None, ballistic=True, self_propelled=False, depth_change=False, may_vanish=False,
                         source="motion")  # no prompt, but the track fell freely: the laws of a falling body apply
BALLISTIC_MOBILITY = ("ball", "passive")
SELF_PROPELLED = ("walker", "vehicle", "flyer", "swimmer", "glider", "flutter")


def expectation_from_prompt(prompt: str) -> Expectation:
    """Read the prompt with the studio's prompt reader and knowledge base; UNKNOWN when it names no object."""
    from ..lvd.prompt_reading import read_prompt
    from ..phyt2v.knowledge import scene_object_laws

    if not isinstance(prompt, str) or not prompt.strip():
        return UNKNOWN
    moving = [obj for obj in scene_object_laws(read_prompt(prompt)) if obj.expects_motion() or obj.in_flight]
    if not moving:
        return UNKNOWN
    propelled = any(obj.mobility in SELF_PROPELLED for obj in moving)
    ballistic = not propelled and all(
        obj.in_flight and "gravity" in obj.laws and not {"buoyancy", "drag"} & set(obj.laws) for obj in moving)
    vanish = any({"appear", "disappear", "break"} & set(obj.kinds) or "fracture" in obj.laws for obj in moving)
    depth = any(obj.camera_relative is not None for obj in moving)
    bounces = ballistic and any(obj.bounces for obj in moving)
    friction = not propelled and not ballistic and all("friction" in obj.laws for obj in moving)
    return Expectation(moving[0].name, ballistic, propelled, depth, vanish, "prompt", bounces, friction)


@dataclass(frozen=True)
class Violation:
    law: str  # gravity | energy | support | continuity | size | colour | smoothness
    track: int
    frames: tuple[int, int]  # first and last frame where it shows
    severity: float  # 0..1
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"law": self.law, "track": self.track, "frames": list(self.frames),
                "severity": round(self.severity, 3), "message": self.message}


def penalty(violations: list[Violation], weight: float = VIOLATION_WEIGHT) -> float:
    """Π (1 − weight·severity): the factor PC keeps after the violations."""
    return float(math.prod(1.0 - weight * v.severity for v in violations))


def _clip01(value: float) -> float:
    return float(min(1.0, max(0.0, value)))


class _Geometry:
    """A track in frame heights and seconds, with which samples touch the frame's border."""

    def __init__(self, track: Track, tracking: Tracking) -> None:
        h, w = float(tracking.height), float(tracking.width)
        self.track = track
        self.frames = track.frames
        self.t = track.frames / tracking.fps
        self.xy = track.centroids / h
        self.bottom = track.boxes[:, 3] / h
        self.size = np.sqrt(track.areas) / h
        margin_x, margin_y = EDGE_MARGIN * w, EDGE_MARGIN * h
        boxes = track.boxes
        self.touches = ((boxes[:, 0] <= margin_x) | (boxes[:, 2] >= w - margin_x)
                        | (boxes[:, 1] <= margin_y) | (boxes[:, 3] >= h - margin_y))
        self.touches_top = boxes[:, 1] <= margin_y
        self.start = _motion_start(self.xy, self.t)  # samples before it are a hold before the motion starts
        rest = rest_start(track.centroids, tracking.height, min_samples=max(3, math.ceil(0.25 * tracking.fps)))
        self.moving = np.arange(track.length) < (track.length if rest is None else rest)  # a resting object may
        # sink into the background model (it shrinks, changes colour): its size and colour are not measured


def _motion_start(xy: np.ndarray, t: np.ndarray) -> int:
    """Index of the sample from which the object moves: a hold at its first place (a ball held, then dropped)
    is not part of any flight. Holds shorter than MIN_HOLD_S are kept (a drop from rest starts slowly)."""
    away = np.nonzero(np.linalg.norm(xy - xy[0], axis=1) > STILL)[0]
    if not len(away) or away[0] < 3 or t[away[0] - 1] - t[0] < MIN_HOLD_S:
        return 0
    return int(away[0]) - 1  # the last sample at rest is where it was released


def check_tracking(tracking: Tracking, expectation: Expectation = UNKNOWN) -> list[Violation]:
    """Every law that applies, over every track; see the module docstring."""
    tracks = [tr for tr in tracking.tracks if tr.length >= MIN_TRACK_SAMPLES]
    geometries = [_Geometry(tr, tracking) for tr in tracks]
    violations = _continuity(geometries, tracking, expectation)
    for g in geometries:
        violations += _teleports(g)
        violations += _jitter(g)
        violations += _size(g, expectation)
        violations += _colour(g)
        if expectation.ballistic:
            violations += _ballistic(g, tracking, expectation)
        elif expectation.source == "none":
            violations += _after_a_shown_fall(g, tracking)
        if expectation.friction:
            violations += _friction(g)
    return violations


# ------------------------------------------------------------------------------ every track
def _continuity(geometries: list[_Geometry], tracking: Tracking, expectation: Expectation) -> list[Violation]:
    """Tracks that end or start inside the frame, mid-clip: vanishing, teleporting, appearing."""
    if expectation.may_vanish:
        return []
    last = tracking.num_frames - 1
    ends = [g for g in geometries if g.track.last_frame < last - 1 and not g.touches[-1] and not _still(g, -1)]
    starts = [g for g in geometries if g.track.first_frame > 1 and not g.touches[0] and not _still(g, 0)]
    violations, used = [], set()
    for end in ends:
        later = [s for s in starts if s.track.first_frame > end.track.last_frame and id(s) not in used]
        step = end.xy[-1] - end.xy[-2] if end.track.length >= 2 else 0.0
        next_frame = end.track.last_frame + 1
        resumed_first = min(later, key=lambda s: s.track.first_frame) if later else None
        if (_visible(end, tracking, next_frame, end.xy[-1]) or _visible(end, tracking, next_frame, end.xy[-1] + step)
                or _handed_over(end, geometries, next_frame)
                or (resumed_first is not None
                    and _visible(resumed_first, tracking, resumed_first.track.first_frame - 1, resumed_first.xy[0]))):
            if later:
                used.add(id(min(later, key=lambda s: s.track.first_frame)))
            continue  # the tracker lost it against the background; it is still there
        if not later:
            violations.append(Violation("continuity", end.track.track_id, (end.track.last_frame, end.track.last_frame),
                                        0.8, f"object {end.track.track_id} vanishes mid-frame at frame {end.track.last_frame + 1}"))
            continue
        resumed = min(later, key=lambda s: s.track.first_frame)
        used.add(id(resumed))
        gap = resumed.track.first_frame - end.track.last_frame
        span = (end.track.last_frame, resumed.track.first_frame)
        if gap <= MAX_GAP_FRAMES:
            message = f"object {end.track.track_id} jumps to another place between frames {span[0]} and {span[1]}"
        else:
            message = f"object {end.track.track_id} vanishes for {gap - 1} frames ({span[0] + 1}–{span[1] - 1})"
        violations.append(Violation("continuity", end.track.track_id, span, 1.0, message))
    for start in starts:
        if id(start) not in used and not _picked_up_late(start, tracking):
            violations.append(Violation("continuity", start.track.track_id, (start.track.first_frame,) * 2, 0.8,
                                        f"object {start.track.track_id} appears from nowhere at frame {start.track.first_frame}"))
    return violations


def _handed_over(end: _Geometry, geometries: list[_Geometry], frame: int) -> bool:
    """Another track goes on within the object's own size of where this one ended, in the next frame: the
    tracker split or merged the blobs of one large, slow object and followed it under another number."""
    reach = float(np.median(end.size))
    for other in geometries:
        if other is end:
            continue
        at = np.nonzero(other.frames == frame)[0]
        if len(at) and float(np.linalg.norm(other.xy[at[0]] - end.xy[-1])) < max(reach, float(np.median(other.size))):
            return True
    return False


def _picked_up_late(g: _Geometry, tracking: Tracking) -> bool:
    """The track's colour was already where it starts (or one step back along its motion) the frame before:
    the tracker picked up an object that was there (e.g. a blob split from a slowing one), nothing appeared."""
    step = g.xy[1] - g.xy[0] if g.track.length >= 2 else 0.0
    before = g.track.first_frame - 1
    return _visible(g, tracking, before, g.xy[0]) or _visible(g, tracking, before, g.xy[0] - step)


def _still(g: _Geometry, end: int) -> bool:
    """The track's first (end=0) or last (end=-1) samples stand still: a resting object the background
    model absorbed, not one that vanished or appeared."""
    n = min(4, g.track.length)
    xy = g.xy[:n] if end == 0 else g.xy[-n:]
    return bool(np.linalg.norm(xy - xy.mean(axis=0), axis=1).max() < STILL)


def _visible(g: _Geometry, tracking: Tracking, frame: int, xy: np.ndarray) -> bool:
    """Whether the track's colour is at ``xy`` (frame heights) in ``frame``: the tracker lost it, it did not vanish."""
    if tracking.rgb is None or not 0 <= frame < tracking.num_frames:
        return False
    h, w = tracking.rgb.shape[1:3]
    scale = h  # analysis pixels per frame height
    x, y = int(xy[0] * scale), int(xy[1] * scale)
    r = max(1, int(0.25 * float(np.median(g.size)) * scale))
    patch = tracking.rgb[frame, max(0, y - r):y + r + 1, max(0, x - r):x + r + 1].reshape(-1, 3)
    if not len(patch):
        return False
    seen = np.median(patch, axis=0)
    to_object = float(np.abs(seen - np.asarray(g.track.color)).max())
    if tracking.background is not None:  # a pale object on a pale backdrop: "close to its colour" is not enough,
        # what is there must look more like the object than like the backdrop at that place (unless the backdrop
        # model there is the object itself: it rested there and was absorbed, so the backdrop says nothing)
        backdrop = np.median(tracking.background[max(0, y - r):y + r + 1, max(0, x - r):x + r + 1].reshape(-1, 3), axis=0)
        distinct = float(np.abs(backdrop - np.asarray(g.track.color)).max()) > tracking.threshold
        if distinct and to_object >= float(np.abs(seen - backdrop).max()):
            return False
    return to_object < SAME_COLOUR


def _teleports(g: _Geometry) -> list[Violation]:
    """A jump: one step far beyond the steps around it, or one the motion on both sides cannot explain.

    The second test extrapolates the motion at constant velocity from the two samples before the step
    and, backwards, from the two after it; a teleport misses both predictions by its shift, however fast
    the object moves (a fast fall at a low frame rate has big steps, and so would hide a jump among
    them). Where the vertical motion turns from down to up (a bounce) only the horizontal miss counts.
    """
    steps = np.linalg.norm(np.diff(g.xy, axis=0), axis=1) / np.maximum(np.diff(g.frames), 1)
    if len(steps) < 3:
        return []
    around = np.maximum(np.concatenate([[0.0], steps[:-1]]), np.concatenate([steps[1:], [0.0]]))
    jumps = list(np.nonzero((steps > TELEPORT_STEP) & (steps > TELEPORT_FACTOR * around))[0])
    misses = _prediction_misses(g)
    if not jumps and len(misses):
        typical = float(np.median(misses))
        jumps = list(np.nonzero((misses > TELEPORT_STEP) & (misses > 2 * TELEPORT_FACTOR * typical))[0])
    return [Violation("continuity", g.track.track_id, (int(g.frames[i]), int(g.frames[i + 1])), 1.0,
                      f"object {g.track.track_id} jumps {float(np.linalg.norm(g.xy[i + 1] - g.xy[i])):.2f} frame heights "
                      f"between frames {g.frames[i]} and {g.frames[i + 1]}")
            for i in jumps[:1]]


def _prediction_misses(g: _Geometry) -> np.ndarray:
    """For each step i (sample i to i + 1), the smaller of the forward and backward constant-velocity misses
    (0 where a side has too few samples), frame heights."""
    xy, f = g.xy, g.frames.astype(float)
    n = len(xy)
    misses = np.zeros(max(n - 1, 0))
    for i in range(1, n - 2):
        forward = xy[i + 1] - (xy[i] + (xy[i] - xy[i - 1]) * (f[i + 1] - f[i]) / (f[i] - f[i - 1]))
        backward = xy[i] - (xy[i + 1] - (xy[i + 2] - xy[i + 1]) * (f[i + 1] - f[i]) / (f[i + 2] - f[i + 1]))
        y = xy[i - 1:i + 3, 1]
        if np.diff(y).max() > 0 and np.diff(y).min() < 0 and int(np.argmax(y)) in (1, 2):  # a bounce
            forward, backward = forward[:1], backward[:1]
        misses[i] = min(float(np.linalg.norm(forward)), float(np.linalg.norm(backward)))
    return misses


def _jitter(g: _Geometry) -> list[Violation]:
    """Median deviation of the frame-to-frame acceleration from its local median (bounces are rare, jitter is everywhere)."""
    consecutive = np.nonzero(np.diff(g.frames) == 1)[0]
    y = g.xy[:, 1]
    landings = {i for i in range(2, len(y) - 2)  # down for two steps, then up for two (or resting): a bounce
                if y[i - 2] < y[i - 1] < y[i] and y[i] >= y[i + 1] >= y[i + 2] and y[i] > y[i + 2]}
    # a bounce turns the motion within one frame: the triples around it are no jitter (shaking has no such runs)
    triples = [i for i in consecutive if i + 1 in set(consecutive) and not landings & {i, i + 1, i + 2}]
    if len(triples) < 5:
        return []
    xy = g.xy
    accel = np.array([xy[i + 2] - 2 * xy[i + 1] + xy[i] for i in triples])
    local = np.stack([np.median(accel[max(0, k - 2):k + 3], axis=0) for k in range(len(accel))])
    deviation = float(np.median(np.linalg.norm(accel - local, axis=1)))
    severity = _clip01((deviation - JITTER_FLOOR) / JITTER_SPAN)
    if severity <= 0:
        return []
    return [Violation("smoothness", g.track.track_id, (int(g.frames[0]), int(g.frames[-1])), severity,
                      f"object {g.track.track_id} jitters: its position shakes by about {deviation:.3f} frame heights every frame")]


def _split_medians(values: np.ndarray, valid: np.ndarray, window: int = 3):
    """For each split k, the medians of ``window`` valid samples before and from k (None where too few)."""
    index = np.nonzero(valid)[0]
    for j in range(window, len(index) - window + 1):
        before, after = values[index[j - window:j]], values[index[j:j + window]]
        yield index[j], np.median(before, axis=0), np.median(after, axis=0)


def _size(g: _Geometry, expectation: Expectation) -> list[Violation]:
    if expectation.depth_change:
        return []
    size = float(np.median(g.size))
    valid = ~g.touches & g.moving
    if float(g.bottom.max() - g.bottom.min()) > size:  # it lands somewhere: contact squashes, shadows, merges
        valid &= g.bottom < g.bottom.max() - 0.5 * size
    if valid.sum() < MIN_SIZE_SAMPLES:
        return []
    worst, at = 1.0, None
    for k, before, after in _split_medians(g.size, valid, window=max(3, int(valid.sum()) // 5)):
        ratio = max(before, after) / max(min(before, after), 1e-9)
        if ratio > worst:
            worst, at = ratio, k
    tid = g.track.track_id
    if at is not None and worst > SIZE_POP:
        return [Violation("size", tid, (int(g.frames[at - 1]), int(g.frames[at])), _clip01((worst - 1.0) / 0.5),
                          f"object {tid} changes size {worst:.1f}× at frame {g.frames[at]} without moving in depth")]
    settled = ~g.touches
    if settled.sum() >= 10:  # a change that lasts, seen wherever it is measurable (also landed or resting)
        sizes = g.size[settled]
        part = max(4, int(0.4 * len(sizes)))
        first, last = float(np.median(sizes[:part])), float(np.median(sizes[-part:]))
        ratio = max(first, last) / max(min(first, last), 1e-9)
        if ratio > SIZE_LASTING:
            return [Violation("size", tid, (int(g.frames[0]), int(g.frames[-1])), _clip01((ratio - 1.0) / 0.5),
                              f"object {tid} changes size {ratio:.1f}× during the clip without moving in depth")]
    sizes = g.size[valid]
    smooth = np.array([np.median(sizes[max(0, i - 2):i + 3]) for i in range(len(sizes))])
    drift = float(smooth.max() / max(smooth.min(), 1e-9))
    if drift > SIZE_DRIFT:
        return [Violation("size", tid, (int(g.frames[0]), int(g.frames[-1])), _clip01((drift - 1.0) / 1.0),
                          f"object {tid} grows or shrinks {drift:.1f}× without moving in depth")]
    return []


def _colour(g: _Geometry) -> list[Violation]:
    colours = g.track.colors
    worst, at = 0.0, None
    for k, before, after in _split_medians(colours, g.moving, window=4):
        change = float(np.abs(after - before).max())
        if change > worst:
            worst, at = change, k
    if at is None or worst <= COLOUR_CHANGE:
        return []
    tid = g.track.track_id
    return [Violation("colour", tid, (int(g.frames[at - 1]), int(g.frames[at])), _clip01(worst / (1.5 * COLOUR_CHANGE)),
                      f"object {tid} changes colour at frame {g.frames[at]}")]


# ------------------------------------------------------------------------------ ballistic
def _flights(g: _Geometry, tracking: Tracking, floor_y: float | None = None) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) sample indices of the flights: runs in the air, above the floor band, split at bounces.

    The floor is the lowest the object gets; samples within a band of it (its size) are contact,
    rolling or rest, which say nothing about free flight (``floor_y``: where it landed, when it then sank
    below). Also returns whether the object ever left the floor band.
    """
    y = g.xy[:, 1]
    size = float(np.median(g.size))
    floor_y = float(y.max()) if floor_y is None else floor_y
    airborne = (y < floor_y - max(FLOOR_BAND, 0.5 * size)) & (np.arange(len(y)) >= g.start)
    if 0 < g.start < len(y) - 1 and airborne[g.start + 1]:
        airborne[g.start] = True  # released from a hold: the release is the flight's first point
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
    for run in (list(run) for _, run in itertools.groupby(index, key=lambda i: bool(airborne[i]))):
        if not airborne[run[0]] or len(run) < 2:
            continue
        a, b = run[0], run[-1]
        bounces = bounce_indices(g.track.centroids[a:b + 1, 1], tracking.height)
        edges = [a, *(a + i for i in bounces), b]
        flights += [(p, q) for p, q in itertools.pairwise(edges) if q > p]
    return flights, bool(airborne.any())


def _friction(g: _Geometry) -> list[Violation]:
    """A thing sliding or rolling with nothing pushing it only slows down (after its first third, the push)."""
    consecutive = np.nonzero(np.diff(g.frames) == 1)[0]
    if len(consecutive) < 6:
        return []
    speed = np.abs(np.diff(g.xy[:, 0]))[consecutive]
    smooth = np.array([np.median(speed[max(0, i - 1):i + 2]) for i in range(len(speed))])
    start = len(smooth) // 3
    for i in range(start + 1, len(smooth)):
        slowest = float(smooth[start:i].min())
        if smooth[i] > SPEED_UP * slowest + SPEED_UP_MIN:
            frame = int(g.frames[consecutive[i]])
            tid = g.track.track_id
            return [Violation("friction", tid, (frame, frame + 1), 0.8,
                              f"object {tid} speeds up at frame {frame} while sliding with nothing pushing it")]
    return []


def _sag_share(g: _Geometry, a: int, b: int, weak_gravity: float) -> float | None:
    """The sag of the flight's least-squares parabola over the vertical distance it covers (module docstring);
    None when the flight is too short or too small to judge."""
    span = slice(a, b + 1)
    if b - a + 1 < MIN_UPWARD_SAMPLES:
        return None
    ys, ts = g.xy[span, 1], g.t[span] - g.t[a]
    if float(np.abs(np.diff(g.xy[span], axis=0)).sum(axis=0).max()) < MIN_FLIGHT_TRAVEL:
        return None
    duration = float(ts[-1])
    sag = 0.5 * 2.0 * float(np.polyfit(ts, ys, 2)[0]) * duration**2
    return sag / max(float(ys.max() - ys.min()), 0.5 * weak_gravity * duration**2, 1e-6)


def _after_a_shown_fall(g: _Geometry, tracking: Tracking) -> list[Violation]:
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
    after = [v for v in _ballistic(g, tracking, FALL_SHOWN) if v.law in ("energy", "support")
             or (v.law == "gravity" and v.frames[0] >= g.frames[shown] and "one level" not in v.message)]
    return [Violation(v.law, v.track, v.frames, v.severity, v.message + " (seen falling freely before)") for v in after]


def _ballistic(g: _Geometry, tracking: Tracking, expectation: Expectation) -> list[Violation]:
    sinking = _sinks(g)
    flights, left_floor = _flights(g, tracking, float(g.xy[sinking[0].landing, 1]) if sinking else None)
    tid = g.track.track_id
    y = g.xy[:, 1]
    size = float(np.median(g.size[~g.touches])) if (~g.touches).any() else float(np.median(g.size))
    weak_gravity = WEAK_GRAVITY * GRAVITY_PER_SIZE * size  # frame heights / s²
    violations: list[Violation] = []
    travel = float(np.abs(np.diff(g.xy, axis=0)).sum(axis=0).max())
    if not left_floor and travel >= MIN_FLIGHT_TRAVEL and g.touches.mean() < 0.5:
        frames = (int(g.frames[0]), int(g.frames[-1]))
        violations.append(Violation("gravity", tid, frames, 1.0,
                                    f"object {tid} moves on one level, never falling, though it was dropped or thrown"))
    for a, b in flights:
        share = _sag_share(g, a, b, weak_gravity)
        if share is None or (b - a + 1 < MIN_FLIGHT_SAMPLES and share >= -UPWARD):
            continue
        ys = y[a:b + 1]
        frames = (int(g.frames[a]), int(g.frames[b]))
        if share < SAG_OK:
            if share < -UPWARD:
                message = f"object {tid} accelerates upward in the air (frames {frames[0]}–{frames[1]}); gravity pulls down"
                severity = 1.0
            else:
                falling = ys[-1] - ys[0] > 0.5 * (ys.max() - ys.min()) and ys[-1] > ys[0]
                message = (f"object {tid} falls without speeding up (frames {frames[0]}–{frames[1]}); gravity accelerates a fall"
                           if falling else f"object {tid} flies in a straight line with no gravity (frames {frames[0]}–{frames[1]})")
                severity = _clip01((SAG_OK - share) / SAG_SPAN)
            violations.append(Violation("gravity", tid, frames, severity, message))
    violations += _energy(g, flights)
    violations += _support(g, flights) or [v.violation for v in sinking]
    landed = len(flights) >= 1 and float(y[flights[0][1]:].max()) >= float(y.max()) - FLOOR_BAND
    if expectation.bounces and len(flights) == 1 and landed and flights[0][1] < len(y) - MIN_TRACK_SAMPLES \
            and not any(b - a >= 1 and float(y[a:b + 1].min()) < y.max() - 2 * FLOOR_BAND for a, b in flights[1:]):
        a = flights[0][1]
        violations.append(Violation("elasticity", tid, (int(g.frames[a]), int(g.frames[-1])), 0.6,
                                    f"object {tid} lands at frame {g.frames[a]} and stays down; it should bounce"))
    return violations


def _energy(g: _Geometry, flights: list[tuple[int, int]]) -> list[Violation]:
    """No rebound rises above the highest point of the flight before it (lower y is higher)."""
    if len(flights) < 2:
        return []
    y, tid = g.xy[:, 1], g.track.track_id
    peaks = [float(y[a:b + 1].min()) for a, b in flights]
    for number in range(1, len(flights)):
        a, b = flights[number]
        before = min(peaks[:number])
        gain = before - peaks[number]
        left_through_top = b == len(y) - 1 and g.touches_top[b] and not g.touches_top[:a + 1].any()
        if gain > HIGHER or left_through_top:
            severity = 1.0 if left_through_top else _clip01(0.5 + gain / 0.1)
            return [Violation("energy", tid, (int(g.frames[a]), int(g.frames[b])), severity,
                              f"object {tid} rebounds higher than it fell from (frame {g.frames[a]}); a bounce loses energy")]
    return []


def _support(g: _Geometry, flights: list[tuple[int, int]]) -> list[Violation]:
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


def _sinks(g: _Geometry) -> list[_Sinking]:
    """After it lands, an object rests on (or bounces off) what stopped it; it does not go on down into it.

    The landing is the first sample where a fall stops abruptly (the step shrinks to a third or turns up);
    the floor is then the lowest of that sample and the next (a landing sampled a frame early is higher).
    Going on down by more than half its size (plus, when the floor is the landing sample alone, a third of the
    last fall step: the sampling error) and staying there is sinking through what should hold it.
    """
    y, bottom = g.xy[:, 1], g.bottom
    steps = np.diff(y) / np.maximum(np.diff(g.frames), 1)
    size = float(np.median(g.size[~g.touches])) if (~g.touches).any() else float(np.median(g.size))
    landing = next((i for i in range(max(1, g.start), len(steps))
                    if steps[i - 1] > max(IMPACT_STEP, 0.1 * size) and steps[i] < LANDING_SLOWDOWN * steps[i - 1]), None)
    if landing is None or len(y) - landing < 4:
        return []
    fall_step = float(steps[landing - 1])
    floor = float(bottom[landing:landing + 2].max()) if steps[landing] > 0 else float(bottom[landing])
    depth = bottom[landing + 1:] - floor
    # a landing sampled a frame early: the floor already takes the next sample when the fall went on into it
    allowed = max(BELOW_FLOOR, SINK_SIZE * size) + (0.0 if steps[landing] > 0 else LANDING_SLOWDOWN * fall_step)
    if not (depth[-3:] > allowed).all():
        return []
    first = landing + 1 + int(np.nonzero(depth > allowed)[0][0])
    tid = g.track.track_id
    sunk = float(depth[-3:].min())
    return [_Sinking(landing, Violation("support", tid, (int(g.frames[first]), int(g.frames[-1])), _clip01(sunk / allowed - 0.5),
                                        f"object {tid} sinks {sunk:.2f} frame heights into the surface it landed on "
                                        f"(from frame {g.frames[first]})"))]
