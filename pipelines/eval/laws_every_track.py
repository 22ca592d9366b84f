"""Laws every track obeys, whatever the prompt says: continuity (no teleport, no vanishing, no appearing from
nowhere) and smoothness; its size and colour are ``laws_looks``'s. Each check returns its violations (see
``physics_checks``)."""

from __future__ import annotations

import numpy as np

from .law_basics import MAX_GAP_FRAMES, STILL, Expectation, TrackGeometry, Violation, clip01, shed_piece
from .laws_teleport import STEADY_AREA
from .tracking import Tracking

SAME_COLOUR = 40.0  # largest RGB channel difference of "the same colour" (lost object still in place)
STILL_THERE_FRAMES = 1  # frames after the next one a lost object seen there only faintly must still show in ...
FOREGROUND_SHARE = 0.5  # ... unless the tracker's foreground covers this share of where it shows: a body, not a trace
ENTERING_SAMPLES = 5  # a track starting at the border comes in through it when, over this many samples, it travels
ENTERING_SHARE = 0.5  # ... this share of its size, or its size grows by as much (more of it shows)
ALONG_SHARE = 0.5  # of its size: how far apart the moves of two pieces of one body followed side by side may end
REJOIN_SIDEWAYS = 0.5  # object sizes ... plus REJOIN_SLACK frame heights: how far from its sideways motion a
REJOIN_SLACK = 0.02  # track missed for a few frames may take up again (centroid noise of blurred sprites)
JITTER_FLOOR = 0.008  # frame heights / frame²: median deviation of the acceleration below this is smooth
JITTER_SPAN = 0.02  # ... and this much above the floor is full severity
JITTER_ONSET_TRIPLES = 4  # a shake that starts partway runs over at least this many frame triples to the track's end
JITTER_QUIET_TRIPLES = 5  # ... after at least this many triples before it, which measure the body's own noise ...
JITTER_RISE = 3.0  # ... most of which deviate this many times more than the track's own triples before it did, and
# by a full-severity jitter at least: judged on fewer samples than a whole track, a late shake must be a plain one
JITTER_SHAKING_SHARE = 0.25  # "most of which": this quantile of the late triples (the lower quartile, so a hop onto
# another blob as the body leaves the frame is no shake)


def check_continuity(geometries: list[TrackGeometry], tracking: Tracking, expectation: Expectation) -> list[Violation]:
    """Tracks that end or start inside the frame, mid-clip: vanishing, teleporting, appearing."""
    if expectation.may_vanish:
        return []
    last = tracking.num_frames - 1
    ends = [g for g in geometries if g.track.last_frame < last - 1 and not g.touches[-1] and not _resting(g, tracking, -1)]
    starts = [g for g in geometries if g.track.first_frame > 1 and not _comes_in(g) and not _resting(g, tracking, 0)]
    violations, used = [], set()
    for end in ends:
        later = [s for s in starts if s.track.first_frame > end.track.last_frame and id(s) not in used]
        step = end.xy[-1] - end.xy[-2] if end.track.length >= 2 else 0.0
        next_frame = end.track.last_frame + 1
        resumed_first = min(later, key=lambda s: s.track.first_frame) if later else None
        if resumed_first is None:
            lost = _still_there(end, tracking, next_frame, step)
        else:
            lost = _rejoins(end, resumed_first) or _seen_through_gap(end, resumed_first, tracking)
        if lost or _handed_over(end, geometries, next_frame):
            if later:
                used.add(id(min(later, key=lambda s: s.track.first_frame)))
            continue  # the tracker lost it against the background; it is still there
        if not later:
            violations.append(Violation("continuity", end.track.track_id, (end.track.last_frame, end.track.last_frame),
                                        0.8,
                                        f"object {end.track.track_id} vanishes mid-frame at frame {end.track.last_frame + 1}"))
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
        if id(start) not in used and not _picked_up_late(start, tracking) \
                and not _split_off(start, geometries, tracking):
            violations.append(Violation("continuity", start.track.track_id, (start.track.first_frame,) * 2, 0.8,
                                        f"object {start.track.track_id} appears from nowhere at frame {start.track.first_frame}"))
    return violations


def _still_there(end: TrackGeometry, tracking: Tracking, next_frame: int, step) -> bool:
    """The object's colour shows where the track left it (resting there, or gone on by its last step) in the next
    frame: the tracker lost a body that is still there. Where the tracker's foreground holds nothing at that place
    (``_in_foreground``), what shows is a faint trace unless it is still there in the STILL_THERE_FRAMES after: a body
    that vanishes leaves its blurred ghost or the codec's fading copy for a frame only, then the backdrop."""
    places = [p for p in (end.xy[-1], end.xy[-1] + step) if visible(end, tracking, next_frame, p)]
    if not places:
        return False
    if any(_in_foreground(end, tracking, next_frame, p) for p in places):
        return True
    return all(visible(end, tracking, frame, end.xy[-1])
               or visible(end, tracking, frame, end.xy[-1] + step * (frame - end.track.last_frame))
               for frame in range(next_frame + 1, min(next_frame + 1 + STILL_THERE_FRAMES, tracking.num_frames)))


def _in_foreground(g: TrackGeometry, tracking: Tracking, frame: int, xy: np.ndarray) -> bool:
    """Whether the tracker's foreground covers FOREGROUND_SHARE of the patch ``visible`` looks at, at ``xy``."""
    x, y, r = _patch_at(g, tracking.foreground.shape[1], xy)
    patch = tracking.foreground[frame, max(0, y - r):max(0, y + r + 1), max(0, x - r):max(0, x + r + 1)]
    return bool(patch.size) and float(patch.mean()) >= FOREGROUND_SHARE


def _seen_through_gap(end: TrackGeometry, start: TrackGeometry, tracking: Tracking) -> bool:
    """Every frame between the end of one track and the start of the next shows the object (``visible``): walking on
    from where the first left it (resting there, or going on by its last step) and back from where the next found it
    (or a step before). Only then did the tracker merely lose it; a ball gone for ten frames that the tracker picks
    up two frames late was still gone for eight."""
    ended, resumed = end.track.last_frame, start.track.first_frame
    step_end = end.xy[-1] - end.xy[-2] if end.track.length >= 2 else 0.0
    step_start = start.xy[1] - start.xy[0] if start.track.length >= 2 else 0.0
    forward = ended  # the last frame known to show it, walking on
    while forward + 1 < resumed and (visible(end, tracking, forward + 1, end.xy[-1])
                                     or visible(end, tracking, forward + 1, end.xy[-1] + step_end * (forward + 1 - ended))):
        forward += 1
    backward = resumed  # ... and walking back
    while backward - 1 > forward and (visible(start, tracking, backward - 1, start.xy[0])
                                      or visible(start, tracking, backward - 1,
                                                 start.xy[0] - step_start * (resumed - backward + 1))):
        backward -= 1
    return backward - 1 <= forward


def _comes_in(g: TrackGeometry) -> bool:
    """The track starts at the frame's border and comes in through it: over its first samples it travels, or grows
    (more of it shows), by ENTERING_SHARE of its size. A body that starts at the border where it then stays, as whole
    as it will be (a block resting at the bottom edge, half out of the frame), came from nowhere, as one inside would."""
    if not g.touches[0]:
        return False
    first = slice(0, min(g.track.length, ENTERING_SAMPLES))
    size = float(np.median(g.size))
    travel = float(np.linalg.norm(g.xy[first] - g.xy[0], axis=1).max())
    growth = float(np.median(g.size[first.stop:])) / max(float(g.size[0]), 1e-9) if g.track.length > first.stop else 1.0
    return travel > ENTERING_SHARE * size or growth > 1.0 + ENTERING_SHARE


def _rejoins(end: TrackGeometry, start: TrackGeometry) -> bool:
    """The next track takes up within MAX_GAP_FRAMES where this one's motion leads: one object the tracker missed for a
    frame or two (a small blurred ball over a brick wall breaks into pieces). Across the gap the sideways motion carries
    on (forward from the end or backward from the start); the vertical may turn at a bounce, so it need only be within
    the distance the object covers at its speed. A teleport lands sideways off both predictions."""
    gap = start.track.first_frame - end.track.last_frame
    if not 0 < gap <= MAX_GAP_FRAMES or end.track.length < 2 or start.track.length < 2:
        return False
    v_end = (end.xy[-1] - end.xy[-2]) / max(1, end.frames[-1] - end.frames[-2])
    v_start = (start.xy[1] - start.xy[0]) / max(1, start.frames[1] - start.frames[0])
    size = max(float(np.median(end.size)), float(np.median(start.size)))
    sideways = min(abs(end.xy[-1, 0] + v_end[0] * gap - start.xy[0, 0]), abs(start.xy[0, 0] - v_start[0] * gap - end.xy[-1, 0]))
    vertical = abs(start.xy[0, 1] - end.xy[-1, 1]) - max(abs(v_end[1]), abs(v_start[1])) * gap
    return bool(sideways <= REJOIN_SIDEWAYS * size + REJOIN_SLACK and vertical <= size)


def _handed_over(end: TrackGeometry, geometries: list[TrackGeometry], frame: int) -> bool:
    """Another track goes on within the object's own size of where this one ended, in the next frame: the
    tracker split or merged the blobs of one large, slow object and followed it under another number. Where the two
    were followed side by side before, the other moved along with this one (pieces of one body move together): a
    still thing the object passed (a road marking the backdrop model lost under a car) takes nothing over."""
    reach = float(np.median(end.size))
    for other in geometries:
        if other is end:
            continue
        at = np.nonzero(other.frames == frame)[0]
        if len(at) and float(np.linalg.norm(other.xy[at[0]] - end.xy[-1])) < max(reach, float(np.median(other.size))) \
                and _moved_along(end, other):
            return True
    return False


def _moved_along(end: TrackGeometry, other: TrackGeometry) -> bool:
    """Over the frames both tracks share (two or more), the other's displacement is within ALONG_SHARE of this one's
    size of this one's (true where they share too few frames to tell)."""
    shared, in_end, in_other = np.intersect1d(end.frames, other.frames, return_indices=True)
    if len(shared) < 2:
        return True
    moved = end.xy[in_end[-1]] - end.xy[in_end[0]]
    moved_other = other.xy[in_other[-1]] - other.xy[in_other[0]]
    return float(np.linalg.norm(moved - moved_other)) <= ALONG_SHARE * float(np.median(end.size))


def _split_off(start: TrackGeometry, geometries: list[TrackGeometry], tracking: Tracking) -> bool:
    """The track starts inside the box of another that was there before: the tracker split one object's blob in two
    (a two-coloured ball turning). Or inside its box of the frame before, where the other left that box at once: the
    tracker swapped two blobs that met (a ball landing on its shadow). Or any blob the tracker followed, scenery too,
    shed it (``shed_piece``). A body that jumps into the box of one that stays, whole, has appeared."""
    first = start.track.first_frame
    x, y = start.track.centroids[0]
    for other in geometries:
        if other is start or other.track.first_frame >= first:
            continue
        now, before = np.nonzero(other.frames == first)[0], np.nonzero(other.frames == first - 1)[0]
        boxes = [other.track.boxes[now[0]]] if len(now) else []
        if len(before) and (not len(now) or not _inside(other.track.centroids[now[0]], other.track.boxes[before[0]])):
            boxes.append(other.track.boxes[before[0]])
        if any(_inside((x, y), box) for box in boxes):
            return True
    return any(shed_piece(other, start.track) for other in tracking.tracks)


def _inside(xy, box) -> bool:
    return bool(box[0] <= xy[0] <= box[2] and box[1] <= xy[1] <= box[3])


def _picked_up_late(g: TrackGeometry, tracking: Tracking) -> bool:
    """The track's colour was already where it starts (or one step back along its motion) the frame before:
    the tracker picked up an object that was there (e.g. a blob split from a slowing one), nothing appeared."""
    step = g.xy[1] - g.xy[0] if g.track.length >= 2 else 0.0
    before = g.track.first_frame - 1
    return visible(g, tracking, before, g.xy[0]) or visible(g, tracking, before, g.xy[0] - step)


def _resting(g: TrackGeometry, tracking: Tracking, end: int) -> bool:
    """The track's first (end=0) or last (end=-1) samples stand still and its colour is still where it stood
    the frame outside the track: a resting object the background model absorbed. Standing still alone is no
    evidence (a slow ball that vanishes also stood nearly still before it went)."""
    n = min(4, g.track.length)
    xy = g.xy[:n] if end == 0 else g.xy[-n:]
    if np.linalg.norm(xy - xy.mean(axis=0), axis=1).max() >= STILL:
        return False
    outside = g.track.first_frame - 1 if end == 0 else g.track.last_frame + 1
    return visible(g, tracking, outside, g.xy[end])


def visible(g: TrackGeometry, tracking: Tracking, frame: int, xy: np.ndarray) -> bool:
    """Whether the track's colour is at ``xy`` (frame heights) in ``frame``: the tracker lost it, it did not vanish."""
    if tracking.rgb is None or not 0 <= frame < tracking.num_frames:
        return False
    x, y, r = _patch_at(g, tracking.rgb.shape[1], xy)
    patch = _smoothed_patch(tracking.rgb[frame], x, y, r).reshape(-1, 3)
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


def _patch_at(g: TrackGeometry, height: int, xy: np.ndarray) -> tuple[int, int, int]:
    """The analysis pixel at ``xy`` (frame heights) in a frame ``height`` pixels tall, and the radius of the patch
    around it that ``visible`` and ``_in_foreground`` look at: a quarter of the track's typical size."""
    return int(xy[0] * height), int(xy[1] * height), max(1, int(0.25 * float(np.median(g.size)) * height))


def _smoothed_patch(frame: np.ndarray, x: int, y: int, r: int) -> np.ndarray:
    """The frame's pixels within ``r`` of (x, y), blurred as the tracker blurs the frames it builds the backdrop from:
    at an edge of the backdrop (the top of a dark crate against the sky) the sharp pixels match neither side of the
    blended backdrop model, and the dark side may pass for a dark object that is not there."""
    import cv2

    pad = 2  # the blur's reach
    y0, x0 = max(0, y - r - pad), max(0, x - r - pad)
    window = frame[y0:max(y0, y + r + 1 + pad), x0:max(x0, x + r + 1 + pad)]
    if not window.size:  # the place lies outside the frame (a motion carried on past the border): nothing shows there
        return window.reshape(0, frame.shape[-1])
    around = cv2.GaussianBlur(window, (5, 5), 1.0)
    top, left = max(0, y - r) - y0, max(0, x - r) - x0
    return around[top:top + (y + r + 1 - max(0, y - r)), left:left + (x + r + 1 - max(0, x - r))]


def check_jitter(g: TrackGeometry) -> list[Violation]:
    """Median deviation of the frame-to-frame acceleration from its local median (bounces are rare, jitter is
    everywhere), over the whole track or over its end from where the body starts shaking.

    A body that starts to shake partway shows it only in the triples after that: the whole track's median hides a shake
    over its last third. The end counts when most of its triples (the lower quartile, so a hop onto another blob as
    the body leaves the frame is not a shake) deviate well beyond the body's own measurement noise before it (a blurred
    or half-segmented blob's centroid wobbles by a pixel or two all along, more once it moves fast; a shake of its own
    moves it by its size).
    """
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
    deviations = np.linalg.norm(accel - local, axis=1)
    areas = np.array([g.track.areas[i:i + 3] for i in triples])
    # a body shaken moves whole, its blob keeping its area; a tracker hopping between pieces, leaves or another ball
    # moves the centroid as the blob grows and shrinks
    whole = areas.max(axis=1) <= STEADY_AREA * areas.min(axis=1)
    deviation, onset = float(np.median(deviations)), 0
    for k in range(JITTER_QUIET_TRIPLES, len(deviations) - JITTER_ONSET_TRIPLES + 1):
        shaking = float(np.quantile(np.where(whole[k:], deviations[k:], 0.0), JITTER_SHAKING_SHARE))
        if shaking > max(deviation, JITTER_FLOOR + JITTER_SPAN, JITTER_RISE * float(np.median(deviations[:k]))):
            deviation, onset = shaking, k
    severity = clip01((deviation - JITTER_FLOOR) / JITTER_SPAN)
    if severity <= 0:
        return []
    start = int(g.frames[triples[onset]] if onset else g.frames[0])
    since = f" from frame {start}" if onset else ""
    return [Violation("smoothness", g.track.track_id, (start, int(g.frames[-1])), severity,
                      f"object {g.track.track_id} jitters{since}: its position shakes by about {deviation:.3f} frame "
                      f"heights every frame")]
