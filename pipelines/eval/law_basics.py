"""What the physics checks share: what the prompt leads the judge to expect, a violated law, and a track
measured in frame heights and seconds (y pointing down) with which samples touch the frame's border."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .motion import rest_start
from .tracking import Track, Tracking, TrackingSettings

# the tracker's own bridging: a track resumed within this many frames, or a step across no more, was only missed by it
MAX_GAP_FRAMES = TrackingSettings.max_gap + 1

STILL = 0.006  # frame heights: a track whose last (first) samples stay this close rested there
MIN_HOLD_S = 0.2  # a track this long at its first place before moving was held there (a fall from rest
# under gravity leaves STILL within 0.1 s)
EDGE_MARGIN = 0.03  # share of the frame: a box this close to the border may be entering or leaving
MIN_TRACK_SAMPLES = 3  # shorter tracks are noise, not objects
VIOLATION_WEIGHT = 0.55
SHED_SHARE = 0.5  # of a new track's first area: what the blob it left must lose in that frame for it to be a piece shed
SHED_STANDOUT = 2.0  # ... and that loss, times the blob's own area change into and out of the neighbouring frames
# (the pieces shed in hand-held clips stood 2.5-6 times above it; a swaying plant's swing is its own size)


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
    friction: bool = False  # it slides or rolls with nothing pushing it: it may not speed up
    solid_contact: bool = False  # one body goes to or into another: they meet, and stop at contact
    dropped: bool = False  # let go from rest (it falls before anything throws it): its first move is down
    turning_size: float = 1.0  # times its apparent size may change by turning alone (a flat thing fluttering down)
    rises: bool = False  # buoyancy lifts it (a balloon let go, a bubble) or the prompt says it goes up on its own
    colours: tuple[str, ...] = ()  # the colour the prompt gives each moving thing; empty when one of them has none
    things: int = 1  # how many moving bodies the prompt tells of ("two red balls are dropped": 2)
    walks: bool = False  # one walker alone (a person, a dog): its legs and arms swing about its trunk

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "ballistic": self.ballistic, "self_propelled": self.self_propelled,
                "depth_change": self.depth_change, "may_vanish": self.may_vanish, "source": self.source,
                "bounces": self.bounces, "friction": self.friction, "solid_contact": self.solid_contact,
                "dropped": self.dropped, "turning_size": self.turning_size, "rises": self.rises,
                "colours": list(self.colours), "things": self.things, "walks": self.walks}


UNKNOWN = Expectation(None, ballistic=False, self_propelled=False, depth_change=False, may_vanish=False, source="none")
FALL_SHOWN = Expectation(None, ballistic=True, self_propelled=False, depth_change=False, may_vanish=False,
                         source="motion")  # no prompt, but the track fell freely: the laws of a falling body apply

@dataclass(frozen=True)
class Violation:
    law: str  # gravity | energy | support | buoyancy | continuity | size | colour | smoothness
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


def clip01(value: float) -> float:
    return float(min(1.0, max(0.0, value)))


def boxes_overlap(a, b) -> bool:
    """Whether two (x0, y0, x1, y1) boxes share a point: one blob landed on, or is, the other."""
    return bool(a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3])


class TrackGeometry:
    """A track in frame heights and seconds, with which samples touch the frame's border."""

    def __init__(self, track: Track, tracking: Tracking) -> None:
        h, w = float(tracking.height), float(tracking.width)
        self.track = track
        self.height = h  # pixels per frame height
        self.width = w  # pixels
        self.shorter_side = min(w, h) / h  # frame heights
        self.frames = track.frames
        self.t = track.frames / tracking.fps
        self.xy = track.centroids / h
        self.bottom = track.boxes[:, 3] / h
        self.size = np.sqrt(track.areas) / h
        self.touches = touch_border(track.boxes, w, h)
        self.touches_top = track.boxes[:, 1] <= EDGE_MARGIN * h
        self.start = _motion_start(self.xy, self.t)  # samples before it are a hold before the motion starts
        rest = rest_start(track.centroids, tracking.height, min_samples=max(3, math.ceil(0.25 * tracking.fps)))
        self.moving = np.arange(track.length) < (track.length if rest is None else rest)  # a resting object may
        # sink into the background model (it shrinks, changes colour): its size and colour are not measured


def shed_piece(other: Track, piece: Track) -> bool:
    """Whether ``piece`` is a body going on out of ``other``'s blob, not a new one: where it starts, or one step back
    along its motion, lay inside other's box the frame before, and other lost SHED_SHARE of the piece's first area
    from that frame to the next. A block held in front of a hill line merges with it; as it falls out of it, the hill's
    blob shrinks by what the block takes along. A blob whose area swings every frame (a swaying plant, a sky blob) can
    meet the test by chance: the loss must also stand SHED_STANDOUT times above the blob's area change the frame before
    and the frame after, so a blob that swings by as much every frame excuses no body popping in beside it."""
    first = piece.first_frame
    before, now = np.nonzero(other.frames == first - 1)[0], np.nonzero(other.frames == first)[0]
    if other.track_id == piece.track_id or not len(before) or not len(now):
        return False
    loss = other.areas[before[0]] - other.areas[now[0]]
    if loss < SHED_SHARE * piece.areas[0] or loss < SHED_STANDOUT * _neighbouring_swing(other, first):
        return False
    step = piece.centroids[1] - piece.centroids[0] if piece.length >= 2 else np.zeros(2)
    x0, y0, x1, y1 = other.boxes[before[0]]
    return any(bool(x0 <= x <= x1 and y0 <= y <= y1) for x, y in (piece.centroids[0], piece.centroids[0] - step))



def _neighbouring_swing(track: Track, frame: int) -> float:
    """The larger |area change| of ``track`` from frame − 2 to frame − 1 and from frame to frame + 1 (0 where it
    lacks those frames): how much its blob changes on its own around a loss at ``frame``."""
    areas = dict(zip(track.frames.tolist(), track.areas.tolist()))
    steps = ((frame - 2, frame - 1), (frame, frame + 1))
    changes = [abs(areas[b] - areas[a]) for a, b in steps if a in areas and b in areas]
    return float(max(changes, default=0.0))


def touch_border(boxes: np.ndarray, width: float, height: float) -> np.ndarray:
    """bool [N]: boxes (video pixels) within EDGE_MARGIN of a border: the body may be cut off, entering or leaving."""
    margin_x, margin_y = EDGE_MARGIN * width, EDGE_MARGIN * height
    return ((boxes[:, 0] <= margin_x) | (boxes[:, 2] >= width - margin_x)
            | (boxes[:, 1] <= margin_y) | (boxes[:, 3] >= height - margin_y))


def _motion_start(xy: np.ndarray, t: np.ndarray) -> int:
    """Index of the sample from which the object moves: a hold at its first place (a ball held, then dropped)
    is not part of any flight. Holds shorter than MIN_HOLD_S are kept (a drop from rest starts slowly)."""
    away = np.nonzero(np.linalg.norm(xy - xy[0], axis=1) > STILL)[0]
    if not len(away) or away[0] < 3 or t[away[0] - 1] - t[0] < MIN_HOLD_S:
        return 0
    return int(away[0]) - 1  # the last sample at rest is where it was released


def steady_velocity(frames: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Velocity (units per frame) as the slope over a few samples, not one step: where a body is cut by a cover or
    blurred, one step between its pieces can be a fraction of its true step. Zero with fewer than two frames."""
    frames, xy = np.asarray(frames, np.float64), np.asarray(xy, np.float64)
    if len(frames) < 2 or frames[-1] == frames[0]:
        return np.zeros(xy.shape[1:])
    return np.polyfit(frames - frames[0], xy, 1)[0]
