"""One body the tracker lost for a few frames and found again: two tracks with a gap between them that is no
vanishing, joined into one track before any law runs, so every law (a fall's gravity, a bounce's energy, the body's
support) measures the whole flight and not two pieces of it. Across the gap the body either shows on its path (a
flight curves: a straight walk from either end misses it near the apex) or is hidden by a still thing in front of it
(a post, a pillar, a tree trunk).

The body shows where the path holds one thing, alike from frame to frame, clearly unlike the backdrop there: a fast
body's tracked pieces are blurred into the sky where the tracker lets go and takes up, so the colour they learned
may be far from the body itself. The evidence for a hider is the hider itself. Where the body's motion, carried
across the gap from both ends, puts it in every frame of the gap, the frame shows the backdrop model (something
still is there, nothing moving), and that backdrop is one thing (alike along the way) unlike the backdrop the body
was last and first seen against. A body that stops showing over the same floor or sky it flew over (a glitch that
blanks it) has nothing in front of it to hide it.

A body longer than the still thing is wide is never hidden whole: while it passes, the tracker follows two pieces at
once, one on each side (``join_pieces_either_side_of_a_cover``). In hand-held footage the pieces are more and their
numbers hop (the light body, the dark wheels and shade, the piece beyond the post): what moves as one is one body
(``join_pieces_moving_as_one``), measured by its far edges, which no piece hidden or dropped moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .law_basics import TrackGeometry, steady_velocity, touch_border
from .laws_every_track import SAME_COLOUR
from .tracking import Track, Tracking

HIDER_CONTRAST = 2.0  # times the tracker's foreground threshold: how far the hider's colour lies from the backdrop at
# both ends of the gap (a different thing, not the floor seen on)
HIDER_ALIKE = 1.0  # times that threshold: how alike the hider's colour is across the gap's frames (one thing)
STILL_THERE = 1.0  # times that threshold: how close each gap frame is to the backdrop model where the body should be
VELOCITY_SAMPLES = 4  # samples at each end of a track its velocity there is fitted over
OFF_PATH_SIZES = 1.0  # body sizes (plus OFF_PATH_SLACK frame heights): how far off its own path across the gap the
OFF_PATH_SLACK = 0.03  # next track may take up (blurred, cut pieces move their centres)
SAME_SIZE = 1.2  # most ratio of the pieces' median sizes (each median over its whole samples) for one body
MAX_CUT_SAMPLES = 2  # samples at each cut end that may be dropped as cut by the cover
ONE_PATH = 0.25  # share of the body's size (root of its area) by which its kept samples may miss one steady path
CROSSING_SLACK = 2  # frames beyond the time a body needs to pass the cover that a join may drop (blurred ends)
CUT_AREA = 0.7  # share of a piece's median area below which a sample at its cut end shows only part of the body


def seen_or_hidden_across(end: TrackGeometry, start: TrackGeometry, tracking: Tracking,
                          shows_body: Callable[[int, np.ndarray], bool]) -> bool:
    """Whether the gap between ``end`` (a track that stops mid-frame) and ``start`` (the next one) is one body the
    tracker lost: the next track is as big (SAME_SIZE) and takes up where its motion at both ends leads, and in every
    frame between, the body's path (the cubic between the two ends, with their velocities: a flight curves, so a
    straight walk from either end misses it near the apex) either shows the body (``shows_body(frame, xy)``, or one
    thing unlike the backdrop) or lies behind one still thing unlike the backdrop at either end."""
    if tracking.rgb is None or tracking.background is None or end.track.length < 2 or start.track.length < 2:
        return False
    ended, resumed = int(end.track.last_frame), int(start.track.first_frame)
    gap = resumed - ended
    if gap < 2:
        return False
    sizes = sorted((float(np.median(end.size)), float(np.median(start.size))))
    if sizes[1] > SAME_SIZE * max(sizes[0], 1e-9):
        return False  # a body keeps its size behind a cover: whole pieces either side that differ are two things
    v_end, v_start = _velocity(end, slice(-VELOCITY_SAMPLES, None)), _velocity(start, slice(0, VELOCITY_SAMPLES))
    size = sizes[1]
    # under a constant acceleration (gravity, or none) a body covers the mean of its two end velocities times the
    # time: taken up off that, up or down or sideways, it jumped, it was not hidden
    off_path = float(np.abs(end.xy[-1] + 0.5 * (v_end + v_start) * gap - start.xy[0]).max())
    if off_path > OFF_PATH_SIZES * size + OFF_PATH_SLACK:
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
    return _one_thing(hiders, threshold) and all(
        e is not None and float(np.abs(hider - e).max()) > HIDER_CONTRAST * threshold for e in ends)


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
    return steady_velocity(g.frames[samples], g.xy[samples])


def _hermite(p0: np.ndarray, m0: np.ndarray, p1: np.ndarray, m1: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Points of the cubic from p0 to p1 with end tangents m0, m1 (per unit of s), at s in (0, 1)."""
    s = s[:, None]
    return ((2 * s ** 3 - 3 * s ** 2 + 1) * p0 + (s ** 3 - 2 * s ** 2 + s) * m0 + (-2 * s ** 3 + 3 * s ** 2) * p1
            + (s ** 3 - s ** 2) * m1)


def _window(shape: tuple[int, ...], xy: np.ndarray, r: int) -> tuple[slice, slice] | None:
    """The square of half-width ``r`` pixels around ``xy`` (frame heights), or None off the frame: a path's point
    off the frame shows neither the body nor what hides it, so it can say nothing of the gap."""
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


def join_hidden_pieces(geometries: list[TrackGeometry], tracking: Tracking,
                       shows_track: Callable[[TrackGeometry, int, np.ndarray], bool]) -> list[TrackGeometry]:
    """The tracks with each piece that goes on another across a gap (``seen_or_hidden_across``) joined to it, under
    the first piece's number. A piece ending mid-frame is joined to the first later one, starting mid-frame, that
    takes it up; ``shows_track(piece, frame, xy)`` says whether the piece's own colour is at ``xy`` then."""
    last = tracking.num_frames - 1
    pieces = sorted(geometries, key=lambda g: g.track.first_frame)
    k = 0
    while k < len(pieces):
        end = pieces[k]
        if end.track.last_frame >= last - 1 or end.touches[-1]:
            k += 1
            continue
        resumed = next((s for s in pieces if s.track.first_frame > end.track.last_frame + 1 and not s.touches[0]
                        and seen_or_hidden_across(end, s, tracking, lambda f, xy: shows_track(end, f, xy))), None)
        if resumed is None:
            k += 1
            continue
        pieces.remove(resumed)
        pieces[k] = TrackGeometry(_joined(end.track, resumed.track), tracking)  # it may take up a third piece too
    order = {id(g.track): i for i, g in enumerate(geometries)}
    return sorted(pieces, key=lambda g: order.get(id(g.track), len(order)))


def _joined(first: Track, second: Track) -> Track:
    """One track of both, less the samples at the cut ends where only part of the body showed (its blob shrank by
    CUT_AREA): their centres are not the body's, so they would bend its path and pop its size where it met the cover."""
    keep_first = _whole_up_to(first.areas[::-1])
    keep_second = _whole_up_to(second.areas)
    first_part = slice(0, first.length - keep_first)
    second_part = slice(keep_second, None)
    return Track(first.track_id, *(
        np.concatenate([getattr(first, name)[first_part], getattr(second, name)[second_part]])
        for name in ("frames", "centroids", "boxes", "areas", "colors")))


def _whole_up_to(areas_from_cut: np.ndarray) -> int:
    """How many samples, counted from the cut end, show the body cut (area below CUT_AREA of the piece's median): at
    most MAX_CUT_SAMPLES (a cover's edge cuts a body for a frame or two; a body shrinking for longer really shrank),
    leaving at least two."""
    whole = areas_from_cut >= CUT_AREA * float(np.median(areas_from_cut))
    cut = int(np.argmax(whole)) if whole.any() else 0
    return min(cut, MAX_CUT_SAMPLES, max(0, len(areas_from_cut) - 2))


COVER_PINNED = 2.0  # analysis pixels: how far the pieces' edges at the cover may wander (a still thing stays put) ...
PINNED_SHARE = 0.25  # ... or this share of how far their far edges travel meanwhile (a soft, blurred edge wanders)
ONE_LENGTH = 0.25  # share of the body's length (far edge to far edge) by which it may change while it passes: the
# far edges of two pieces of one body move together
MIN_SHARED = 2  # frames both pieces are seen in, each side of the cover


@dataclass(frozen=True)
class _Cover:
    """A still thing in front of a body, between two of its pieces: along ``axis`` (0: x, 1: y) from ``low`` to
    ``high`` in video pixels, with ``slack`` pixels around it within which a box is cut by it."""

    axis: int
    low: float
    high: float
    slack: float

    def cuts(self, box: np.ndarray) -> bool:
        return bool(box[self.axis] <= self.high + self.slack and box[self.axis + 2] >= self.low - self.slack)


def join_pieces_either_side_of_a_cover(geometries: list[TrackGeometry], tracking: Tracking) -> list[TrackGeometry]:
    """The tracks with the two pieces of one body that passes behind a narrow still thing (a post, a tree trunk) joined
    into one: while it passes, one piece shrinks on the side it leaves and another grows on the side it enters, both
    seen at once, so the tracker follows two blobs, one vanishing and one appearing at the cover, each changing size.
    Two tracks are one body passing when, in every frame they share, they lie side by side with a gap between their
    facing edges that stays put (``_cover_between``) and shows the backdrop model there (a still thing), their far
    edges move together (the body's length holds), and they have one colour. The joined track keeps only the
    samples clear of the cover: where it cuts the body, the visible parts measure neither its size nor its centre."""
    pieces = sorted(geometries, key=lambda g: g.track.first_frame)
    joined = True
    while joined:
        joined = False
        for leaving in pieces:
            for entering in pieces:
                if not (leaving.track.first_frame < entering.track.first_frame <= leaving.track.last_frame
                        < entering.track.last_frame):
                    continue
                cover = _cover_between(leaving.track, entering.track, tracking)
                whole = None if cover is None else _clear_of(cover, leaving.track, entering.track)
                if whole is None:
                    continue
                pieces[pieces.index(leaving)] = TrackGeometry(whole, tracking)
                pieces.remove(entering)
                joined = True
                break
            if joined:
                break
    order = {id(g.track): i for i, g in enumerate(geometries)}
    return sorted(pieces, key=lambda g: order.get(id(g.track), len(order)))


def _cover_between(leaving: Track, entering: Track, tracking: Tracking) -> _Cover | None:
    """The still thing between the two tracks in the frames they share, or None where they are no two pieces of one
    body either side of one (module-level ``join_pieces_either_side_of_a_cover``)."""
    if tracking.rgb is None or tracking.background is None:
        return None
    shared, at_leaving, at_entering = np.intersect1d(leaving.frames, entering.frames, return_indices=True)
    if len(shared) < MIN_SHARED:
        return None
    if float(np.abs(np.asarray(leaving.color) - np.asarray(entering.color)).max()) >= SAME_COLOUR:
        return None
    pixel = tracking.width / tracking.rgb.shape[2]  # video pixels per analysis pixel
    a, b = leaving.boxes[at_leaving], entering.boxes[at_entering]
    for axis in (0, 1):
        across = 1 - axis
        side_by_side = (np.minimum(a[:, across + 2], b[:, across + 2]) > np.maximum(a[:, across], b[:, across])).all()
        if not side_by_side:
            continue
        for first, second in ((a, b), (b, a)):  # ``first`` lies before the cover along the axis, ``second`` after it
            low, high = first[:, axis + 2], second[:, axis]
            if (high - low < 0.5 * pixel).any():
                continue  # touching or overlapping: one blob would hold them
            length = second[:, axis + 2] - first[:, axis]
            travel = min(np.ptp(first[:, axis]), np.ptp(second[:, axis + 2]))  # of the far edges, as the body passes
            wander = float(max(np.ptp(low), np.ptp(high)))
            pinned = wander <= max(COVER_PINNED * pixel, PINNED_SHARE * travel)
            together = float(np.ptp(length)) <= ONE_LENGTH * float(np.median(length))
            narrow = float(np.median(high - low)) < 0.5 * float(np.median(length))
            if not (pinned and together and narrow):
                continue
            cover = _Cover(axis, float(np.median(low)), float(np.median(high)), max(COVER_PINNED * pixel, wander))
            if _still_between(cover, shared, first, second, tracking):
                return cover
    return None


def _still_between(cover: _Cover, frames: np.ndarray, first: np.ndarray, second: np.ndarray,
                   tracking: Tracking) -> bool:
    """Whether the gap between the pieces shows the backdrop model in most shared frames: something still is there,
    not a third thing or a part of the body in the backdrop's colour that moves with it."""
    across = 1 - cover.axis
    differences = []
    for k, frame in enumerate(frames):
        middle = np.empty(2)
        middle[cover.axis] = 0.5 * (cover.low + cover.high)
        near_edge = max(first[k, across], second[k, across])
        far_edge = min(first[k, across + 2], second[k, across + 2])
        middle[across] = 0.5 * (near_edge + far_edge)
        xy = middle / tracking.height
        behind, seen = _backdrop(tracking, xy, 0), _seen(tracking, int(frame), xy, 0)
        if behind is None or seen is None:
            return False
        differences.append(float(np.abs(seen - behind).max()))
    return float(np.median(differences)) <= STILL_THERE * float(tracking.threshold)


def _clear_of(cover: _Cover, leaving: Track, entering: Track) -> Track | None:
    """One track of the samples of both pieces whose boxes the cover does not cut, in frame order; None when either
    piece keeps fewer than two (nothing of it is seen whole, so its motion there is unknown)."""
    keep_leaving = np.array([not cover.cuts(box) for box in leaving.boxes]) & (leaving.frames < entering.first_frame)
    keep_entering = np.array([not cover.cuts(box) for box in entering.boxes]) & (entering.frames > leaving.last_frame)
    if keep_leaving.sum() < 2 or keep_entering.sum() < 2:
        return None
    whole = Track(leaving.track_id, *(
        np.concatenate([getattr(leaving, name)[keep_leaving], getattr(entering, name)[keep_entering]])
        for name in ("frames", "centroids", "boxes", "areas", "colors")))
    return whole if _one_path_across(cover, whole, int(keep_leaving.sum())) else None


def _one_path_across(cover: _Cover, whole: Track, kept_before: int) -> bool:
    """Whether the kept samples either side of the cover are one body passing it: together they follow one steady
    path (a body behind a post keeps its speed; a quadratic allows gravity or braking) within ONE_PATH of its size,
    and the frames dropped between them are no more than it needs to pass the cover at that speed (CROSSING_SLACK
    frames more for blur). Two bodies of one colour in a row, or one that jumps, give a joined track the cover does
    not explain."""
    frames = whole.frames.astype(np.float64)
    offsets = frames - frames[0]
    fit = np.polyfit(offsets, whole.centroids, 2 if len(frames) > 3 else 1)
    misses = np.abs(whole.centroids - np.stack([np.polyval(fit[:, k], offsets) for k in range(2)], axis=1))
    size = float(np.median(np.sqrt(whole.areas)))
    if float(misses.max()) > ONE_PATH * size:
        return False
    axis = cover.axis
    speed = abs(float(steady_velocity(frames, whole.centroids)[axis]))
    length = float(np.median(whole.boxes[:, axis + 2] - whole.boxes[:, axis]))
    passing = length + (cover.high - cover.low) + 2 * cover.slack
    dropped = float(frames[kept_before] - frames[kept_before - 1] - 1)
    return dropped <= passing / max(speed, 1e-9) + CROSSING_SLACK


NEAR_SHARE = 0.5  # of the pieces' joint extent along an axis: the widest gap (a post in front) between two pieces of
# one body, which overlap along the other axis (side by side) or along this one (one above the other)
MIN_SHARED_MOVING = 3  # frames two pieces are seen in together, moving, to tell they move as one ...
MOSTLY_NEAR = 0.75  # ... near one another in this share of them at least
OWN_SPEED = 1 / 3  # least share of the joint box's speed each piece's centre keeps (a piece shrinking behind a post
# or growing out of it moves its centre at half the body's speed; a still thing beside a body keeps none)
LEAST_TRAVEL = 0.25  # share of the joint box's length it travels while both are seen: a body driving past, not a sway
GAP_TRAVELS = 0.5  # share of the pieces' speed at which the backdrop between them moves along: two bodies, not one
# body behind a still thing (whose gap keeps none of it)
WHOLE_LENGTH = 0.8  # share of the joint track's median length below which a sample shows only part of the body


def join_pieces_moving_as_one(geometries: list[TrackGeometry], tracking: Tracking,
                              limbs: set[int] | None = None) -> list[TrackGeometry]:
    """The tracks with the pieces of one long body joined into one track: a car or a walker that the tracker cut into
    several blobs (a post in front of it, its dark wheels and its light body, a shirt and legs), whose numbers hop
    from one piece to another as they shrink, grow and meet. Pieces are one body when, in every frame they share
    (MIN_SHARED_MOVING or more), they lie beside or above one another across no more than a narrow gap, the box
    around both keeps its length while it travels (a rigid body's far edges move together), and each piece moves
    with it. The joined track is the box around its pieces, centred on that box (a piece hidden moves the pieces'
    mean, not the far edges), less the samples in which part of it is hidden inside the frame; where that box does
    not follow one steady path the pieces stay as they were, and the numbers of those that are the body's swinging
    parts (``_limbs_of_a_trunk``) are added to ``limbs``: they still show where the body went, but are not judged."""
    tracks = [g.track for g in geometries]
    group = list(range(len(tracks)))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(len(tracks)):
        for j in range(i + 1, len(tracks)):
            if root(i) != root(j) and _move_as_one(tracks[i], tracks[j], tracking):
                group[root(j)] = root(i)
    members: dict[int, list[int]] = {}
    for i in range(len(tracks)):
        members.setdefault(root(i), []).append(i)
    out = list(geometries)
    for indices in members.values():
        if len(indices) < 2:
            continue
        whole = _one_body([tracks[i] for i in indices], tracking)
        if whole is None:
            if limbs is not None:
                limbs.update(tracks[i].track_id for i in _limbs_of_a_trunk(indices, tracks, tracking))
            continue
        keep = min(indices)  # where the first of the pieces stood
        out[keep] = TrackGeometry(whole, tracking)
        for i in indices:
            if i != keep:
                out[i] = None
    return [g for g in out if g is not None]


def _limbs_of_a_trunk(indices: list[int], tracks: list[Track], tracking: Tracking) -> list[int]:
    """The pieces of a group that moves as one but keeps no one length (a walker: legs and arms swing about the trunk,
    so the box around them widens and narrows with each stride) that are the body's swinging parts: each seen only
    while the trunk (the piece followed longest) is, beside it, moving along with it, and taken up and let go while
    the trunk goes on (a piece that goes or comes with the trunk shows the body itself going or coming). The trunk
    measures the body; a leg's piece, taken up and let go as the stride parts it from the shirt and joins it again,
    has no continuity or steadiness of its own to judge."""
    trunk = max(indices, key=lambda i: (tracks[i].length, float(np.median(tracks[i].areas))))
    body = tracks[trunk]
    limbs = []
    for i in indices:
        piece = tracks[i]
        if i == trunk or piece.first_frame < body.first_frame or piece.last_frame > body.last_frame:
            continue
        if piece.first_frame == body.first_frame and piece.last_frame == body.last_frame:
            continue  # followed over the trunk's own frames: never taken up or let go, so a part of the body itself
        if not ((piece.first_frame > body.first_frame or piece.first_frame == 0)
                and (piece.last_frame < body.last_frame or piece.last_frame == tracking.num_frames - 1)):
            continue  # the trunk went when it went, or came when it came: the body's own coming or going
        if np.isin(piece.frames, body.frames).mean() >= MOSTLY_NEAR and _move_as_one(body, piece, tracking):
            limbs.append(i)
    return limbs


def _near(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two boxes overlap along one axis and lie within NEAR_SHARE of their joint extent along the other."""
    gaps = np.maximum(a[:2], b[:2]) - np.minimum(a[2:], b[2:])  # per axis; negative where they overlap
    extent = np.maximum(a[2:], b[2:]) - np.minimum(a[:2], b[:2])
    return bool((gaps < 0).any() and (gaps <= NEAR_SHARE * extent).all())


def _joint(boxes: np.ndarray) -> np.ndarray:
    return np.concatenate([boxes[:, :2].min(axis=0), boxes[:, 2:].max(axis=0)])


def _move_as_one(a: Track, b: Track, tracking: Tracking) -> bool:
    """Whether two tracks may be pieces of one body moving (``join_pieces_moving_as_one``): in the frames they share,
    nearly always beside or above one another (the tracker may hop one of them onto a third piece for a frame), the
    box around them travels, each moves along with it, and they touch or are parted only by something in front
    (``_backdrop_between``). Whether the box around all the pieces keeps its length is asked of them together
    (``_one_body``): one piece may be followed under a third number for a while."""
    pixel = tracking.width / tracking.rgb.shape[2] if tracking.rgb is not None else 1.0
    shared, at_a, at_b = np.intersect1d(a.frames, b.frames, return_indices=True)
    if len(shared) < MIN_SHARED_MOVING:
        return False
    boxes_a, boxes_b = a.boxes[at_a], b.boxes[at_b]
    near = np.array([_near(p, q) for p, q in zip(boxes_a, boxes_b)])
    if near.sum() < MIN_SHARED_MOVING or near.mean() < MOSTLY_NEAR:
        return False
    joint = np.stack([_joint(np.stack([p, q])) for p, q in zip(boxes_a, boxes_b)])
    velocity = steady_velocity(shared, 0.5 * (joint[:, :2] + joint[:, 2:]))
    axis = int(np.argmax(np.abs(velocity)))
    length = joint[:, axis + 2] - joint[:, axis]
    travel = abs(float(velocity[axis])) * float(shared[-1] - shared[0])
    if travel < max(LEAST_TRAVEL * float(np.median(length)), 2 * pixel):
        return False
    for centroids in (a.centroids[at_a], b.centroids[at_b]):
        own = float(steady_velocity(shared, centroids)[axis])
        if own * float(velocity[axis]) <= 0 or abs(own) < OWN_SPEED * abs(float(velocity[axis])):
            return False
    return not _backdrop_between(boxes_a[near], boxes_b[near], shared[near], axis, float(velocity[axis]), tracking)


def _backdrop_between(boxes_a: np.ndarray, boxes_b: np.ndarray, frames: np.ndarray, axis: int, speed: float,
                      tracking: Tracking) -> bool:
    """Whether two tracks moving together are parted by the backdrop itself: two bodies side by side (two balls
    dropped together, two cars nose to tail). Pieces of one body touch, or the gap between them shows a part of the
    body unlike the backdrop, or a still thing in front (a post: the backdrop model holds it, but the gap stays put
    along ``axis``, the way they move, while the body passes, as ``_cover_between`` asks; a gap between two bodies
    travels that way with them, at their ``speed`` in video pixels per frame). The gap's speed is its slope over all
    those frames: a piece the tracker hops for a frame or two moves one gap, not the trend."""
    if tracking.rgb is None or tracking.background is None:
        return False
    pixel = tracking.width / tracking.rgb.shape[2]
    gap_frames, middles, differences = [], [], []
    for p, q, frame in zip(boxes_a, boxes_b, frames):
        gaps = np.maximum(p[:2], q[:2]) - np.minimum(p[2:], q[2:])
        if gaps.max() < 0.5 * pixel:
            continue  # touching or overlapping: nothing between them to look at
        middle = 0.5 * (np.maximum(p[:2], q[:2]) + np.minimum(p[2:], q[2:]))  # gap's middle, and the overlap's across
        xy = middle / tracking.height
        behind, seen = _backdrop(tracking, xy, 0), _seen(tracking, int(frame), xy, 0)
        if behind is None or seen is None:
            continue
        gap_frames.append(frame)
        middles.append(middle[axis])
        differences.append(float(np.abs(seen - behind).max()))
    if len(differences) < MIN_SHARED:
        return False
    if float(np.median(differences)) > STILL_THERE * float(tracking.threshold):
        return False  # something unlike the backdrop lies between them: a part of the body, or a mover in front
    gap_speed = float(steady_velocity(np.asarray(gap_frames), np.asarray(middles)[:, None])[0])
    return gap_speed * speed > 0 and abs(gap_speed) >= GAP_TRAVELS * abs(speed)  # it travels with them: no still thing


def _one_body(pieces: list[Track], tracking: Tracking) -> Track | None:
    """One track of the box around the pieces in each frame (``join_pieces_moving_as_one``), or None where it is no
    one body on one steady path. In each frame the pieces near the largest one (or near those joined to it) make
    the body; a piece elsewhere that frame (the tracker hopped onto something else) is left out of it."""
    frames = np.unique(np.concatenate([p.frames for p in pieces]))
    boxes, areas, colours = [], [], []
    for frame in frames:
        seen = [(p.boxes[k], p.areas[k], p.colors[k]) for p in pieces for k in np.nonzero(p.frames == frame)[0]]
        seen.sort(key=lambda s: -s[1])
        body = [seen[0]]
        rest = seen[1:]
        grew = True
        while grew:
            grew = False
            for s in list(rest):
                if any(_near(s[0], b[0]) for b in body):
                    body.append(s)
                    rest = [r for r in rest if r is not s]  # by identity: == on the boxes' arrays is ambiguous
                    grew = True
        boxes.append(_joint(np.stack([b[0] for b in body])))
        areas.append(sum(float(b[1]) for b in body))
        colours.append(body[0][2])
    boxes, areas = np.asarray(boxes, np.float64), np.asarray(areas, np.float64)
    centres = 0.5 * (boxes[:, :2] + boxes[:, 2:])
    velocity = steady_velocity(frames, centres)
    axis = int(np.argmax(np.abs(velocity)))
    length = boxes[:, axis + 2] - boxes[:, axis]
    at_border = touch_border(boxes, tracking.width, tracking.height)
    typical = float(np.median(length))
    if float(length.max()) > typical / WHOLE_LENGTH:
        return None  # a body keeps its length: the box grew around something else beside it
    whole = (length >= WHOLE_LENGTH * typical) | at_border
    inside = whole & ~at_border  # a box the border cuts is no measure of where the body's middle is
    if whole.sum() < 2:
        return None
    centres[:, 1 - axis], across_whole = _across_middle(boxes, 1 - axis, whole)
    whole &= across_whole
    inside &= across_whole
    if whole.sum() < 2:
        return None
    if inside.sum() >= 3:
        offsets = (frames[inside] - frames[inside][0]).astype(np.float64)
        fit = np.polyfit(offsets, centres[inside], 2 if inside.sum() > 3 else 1)
        misses = np.abs(centres[inside] - np.stack([np.polyval(fit[:, k], offsets) for k in range(2)], axis=1))
        if float(misses.max()) > ONE_PATH * float(np.sqrt(np.median(areas[whole]))):
            return None
    # the pieces' blobs shrink as a post hides one or the tracker drops one: the body's size is its length, scaled
    # to an area by the body's usual shape
    shape = float(np.median(areas[whole] / np.maximum(length[whole], 1.0) ** 2))
    return Track(pieces[0].track_id, frames[whole], centres[whole], boxes[whole], shape * length[whole] ** 2,
                 np.asarray(colours, np.float64)[whole])


def _across_middle(boxes: np.ndarray, across: int, whole: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The body's middle across its motion, from the steadier of its two edges there (a car's roof, not the wheels
    and shade that come and go under it; a walker's head, not the feet) and its usual height; and which samples show
    that edge where the samples around show it (not a frame in which only the pieces below it were followed)."""
    low, high = boxes[:, across], boxes[:, across + 2]
    height = float(np.median((high - low)[whole]))
    steps = [float(np.median(np.abs(np.diff(edge[whole])))) for edge in (low, high)]
    edge, middle = (low, low + 0.5 * height) if steps[0] <= steps[1] else (high, high - 0.5 * height)
    kept = np.nonzero(whole)[0]
    around = np.array([np.median(edge[kept[max(0, k - 2):k + 3]]) for k in range(len(kept))])
    shown = np.zeros_like(whole)
    shown[kept] = np.abs(edge[kept] - around) <= ONE_PATH * height
    return middle, shown
