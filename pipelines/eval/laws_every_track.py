"""Laws every track obeys, whatever the prompt says: continuity (no teleport, no vanishing, no appearing from
nowhere), size, colour and smoothness. Each check returns its violations (see ``physics_checks``)."""

from __future__ import annotations

import math

import numpy as np

from .appearance import colour_shares, core_pixels, outside, palette, palette_change, palette_loss, sample_box, shadow_samples
from .law_basics import MAX_GAP_FRAMES, STILL, Expectation, TrackGeometry, Violation, clip01, shed_piece
from .laws_teleport import STEADY_AREA, cut_by_a_cover
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
MIN_SIZE_SAMPLES = 8  # shorter stretches are too few to tell a size step from the tracker merging a blob
SIZE_POP = 1.4  # linear size ratio between the medians either side of one frame: a pop
SIZE_DRIFT = 1.6  # linear size ratio over the track with no depth motion: a change of size
SIZE_LASTING = 1.45  # linear size ratio between the first and last 40 % of the samples
CAMOUFLAGE_SHARE = 0.25  # of a box's backdrop in the object's colour: its blob's size says little there ...
WHOLLY_CAMOUFLAGED = 0.9  # ... unless nearly all of it is, in each sample compared: the blob loses alike in every one
HANDOVER_GROWTH = 4.0  # area ratio between a track that ends and the one going on in its place the next frame: the
# tracker's own size gate (TrackingSettings.max_size_ratio), so it is a size pop, not the tracker losing the object
HANDOVER_SAMPLES = 4  # samples each side needs for its size to count
HANDOVER_GAP = 4  # frames unseen between two tracks across which a size pop still counts
BORDER_CUT = 0.01  # share of the frame's shorter side: a box this close to the border may be cut by it
PALETTE_CHANGE = 0.28  # share of an object's pixels in colours new to it (and of its old ones gone) that is a change
LASTING_S = 0.3  # seconds a colour must show on each side of a change: a turning ball shows its far side within half
# a turn (a 20 cm ball rolling at 1 m/s turns half a turn in 0.3 s), so a new colour seen for less may be its other side
SWAP_FRAMES = 3  # frames after a colour change in which another track may go on in the old colours ...
SWAP_REACH = 3.0  # ... within this many of the object's sizes of where it was: the tracker swapped two blobs
LOST_AT_ONCE = 0.3  # share of its pixels in a colour it loses from one frame to the next, for good, with nothing new
LOSS_PIXELS = 1.0  # core pixels (median) a lost colour must clear LOST_AT_ONCE by: a shake moves a thin stripe's edge
SMEAR_SIZES = 0.5  # of its size moved in one frame: a body smeared by motion blur, whose blob mixes in the backdrop (a
# colour lost where the smear starts or stops is the blur's, not the body's)


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
    h, w = tracking.foreground.shape[1:3]
    x, y = int(xy[0] * h), int(xy[1] * h)
    r = max(1, int(0.25 * float(np.median(g.size)) * h))
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
    h, w = tracking.rgb.shape[1:3]
    scale = h  # analysis pixels per frame height
    x, y = int(xy[0] * scale), int(xy[1] * scale)
    r = max(1, int(0.25 * float(np.median(g.size)) * scale))
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


def _split_medians(values: np.ndarray, valid: np.ndarray, window: int = 3):
    """For each split k, the medians of ``window`` valid samples before and from k (None where too few)."""
    index = np.nonzero(valid)[0]
    for j in range(window, len(index) - window + 1):
        before, after = values[index[j - window:j]], values[index[j:j + window]]
        yield index[j], np.median(before, axis=0), np.median(after, axis=0)


def check_size(g: TrackGeometry, expectation: Expectation, tracking: Tracking | None = None,
               cut: np.ndarray | None = None) -> list[Violation]:
    """A pop (a size step between the medians either side of a frame), a change that lasts (first against last
    samples) or a drift, beyond what moving in depth or turning a flat side to the camera (``turning_size``) explains;
    a pop within what turning explains still counts when it happens from one frame to the next.
    ``cut``: ``cut_by_a_cover(g, tracking)`` when the caller has it already (the teleport law reads it too)."""
    if expectation.depth_change:
        return []
    turning = expectation.turning_size
    size = float(np.median(g.size))
    camouflage = _camouflage_shares(g, tracking)
    cut = cut_by_a_cover(g, tracking) if cut is None else cut
    seen_whole = ~g.touches & (camouflage < CAMOUFLAGE_SHARE) & ~cut  # neither cut by the
    # border or by a still thing in front (a post: its blob shrinks with what the post hides), nor lost against its backdrop
    judged = ~g.touches & g.moving
    if float(g.bottom.max() - g.bottom.min()) > size:  # it lands somewhere: contact squashes, shadows, merges
        judged &= g.bottom < g.bottom.max() - 0.5 * size
    valid = judged & seen_whole
    # on a ground of nearly its own colour all round, the blob loses as much in every sample: they compare there
    alike = judged & (camouflage >= WHOLLY_CAMOUFLAGED)
    measured = valid if valid.sum() >= MIN_SIZE_SAMPLES else alike
    tid = g.track.track_id
    if measured.sum() >= MIN_SIZE_SAMPLES:  # a pop in flight, or a growth as the body reaches the border
        worst, at = 1.0, None
        for samples in (valid, alike):
            if samples.sum() < MIN_SIZE_SAMPLES:
                continue
            for k, before, after in _split_medians(g.size, samples, window=max(3, int(samples.sum()) // 5)):
                ratio = max(before, after) / max(min(before, after), 1e-9)
                if ratio > worst:
                    worst, at = ratio, k
        grown, grown_at = _growth_into_border(g, measured, window=max(3, int(measured.sum()) // 5))
        if grown > max(worst, SIZE_POP * turning):
            worst, at = grown, grown_at
        if turning > 1.0 and worst <= SIZE_POP * turning:
            worst, at = _one_frame_pop(g, measured)  # within what turning explains, only a pop at once counts
        if at is not None and worst > SIZE_POP:
            return _pop_violation(g, worst, at)
    settled = seen_whole
    if settled.sum() >= 10:  # a change that lasts, seen wherever it is measurable: also landed or resting, so a body
        # that pops where it lies after a short flight (too few samples in the air to judge a pop there) is caught
        sizes = g.size[settled]
        part = max(4, int(0.4 * len(sizes)))
        first, last = float(np.median(sizes[:part])), float(np.median(sizes[-part:]))
        ratio = max(first, last) / max(min(first, last), 1e-9)
        if ratio > SIZE_LASTING * turning:
            return [Violation("size", tid, (int(g.frames[0]), int(g.frames[-1])), clip01((ratio - 1.0) / 0.5),
                              f"object {tid} changes size {ratio:.1f}× during the clip without moving in depth")]
    if valid.sum() < MIN_SIZE_SAMPLES:
        return []
    sizes = g.size[valid]
    # whole windows only: at a track's ends a window of two or three samples is one stray blob (the tracker
    # splitting a landing box from its shadow), not a lasting size
    smooth = np.array([np.median(sizes[i - 2:i + 3]) for i in range(2, len(sizes) - 2)])
    drift = float(smooth.max() / max(smooth.min(), 1e-9))
    if drift > SIZE_DRIFT * turning:
        return [Violation("size", tid, (int(g.frames[0]), int(g.frames[-1])), clip01((drift - 1.0) / 1.0),
                          f"object {tid} grows or shrinks {drift:.1f}× without moving in depth")]
    return []


def _pop_violation(g: TrackGeometry, worst: float, at: int | None) -> list[Violation]:
    if at is None or worst <= SIZE_POP:
        return []
    tid = g.track.track_id
    return [Violation("size", tid, (int(g.frames[at - 1]), int(g.frames[at])), clip01((worst - 1.0) / 0.5),
                      f"object {tid} changes size {worst:.1f}× at frame {g.frames[at]} without moving in depth")]


def _camouflage_shares(g: TrackGeometry, tracking: Tracking | None) -> np.ndarray:
    """float [N]: the share of each sample's box whose backdrop lies within twice the foreground threshold of the
    object's colour. CAMOUFLAGE_SHARE or more (a dark ball passing in front of a dark crate): there the foreground
    keeps only the parts of it that stand apart, so its blob shrinks and swells with what lies behind it, not with its
    size; WHOLLY_CAMOUFLAGED or more, it loses as much in every such sample, and they compare among themselves."""
    shares = np.zeros(g.track.length)
    if tracking is None or tracking.background is None:
        return shares
    colour = np.asarray(g.track.color, np.float32)
    near = np.abs(tracking.background - colour).max(axis=-1) < 2 * tracking.threshold
    for k in range(g.track.length):
        shares[k] = near[sample_box(g.track, k, near.shape, tracking)].mean()
    return shares


def _one_frame_pop(g: TrackGeometry, valid: np.ndarray, window: int = 3) -> tuple[float, int | None]:
    """The largest size step from one frame to the next that lasts (the medians of ``window`` valid samples either
    side differ by as much, SIZE_POP or more), and the sample after it: a pop happens at once, while a flat thing
    turning its edge to the camera narrows over several frames."""
    worst, at = 1.0, None
    for k, before, after in _split_medians(g.size, valid, window=window):
        if g.frames[k] - g.frames[k - 1] != 1:
            continue
        step = max(g.size[k], g.size[k - 1]) / max(min(g.size[k], g.size[k - 1]), 1e-9)
        lasting = max(before, after) / max(min(before, after), 1e-9)
        if min(step, lasting) > max(worst, SIZE_POP):
            worst, at = min(step, lasting), k
    return worst, at


def check_size_across_handover(geometries: list[TrackGeometry], expectation: Expectation) -> list[Violation]:
    """A size pop the tracker cut in two: one track ends and another of the same colour goes on where it was, the
    next frame and HANDOVER_GROWTH times larger or smaller in area, or after a few frames unseen (up to HANDOVER_GAP)
    and SIZE_DRIFT times larger or smaller in linear size. The tracker does not follow a blob across such a step, and a
    popped-small object may go unseen until its blob reaches the size that starts a track, so each track keeps its
    own size and ``check_size`` sees none; continuity calls it a hand-over, or the tracker picking it up late.

    After a gap the next track must start where the first one's sideways motion leads (``_rejoins``'s measure). The
    border only cuts an object smaller, so a first track that ends on it counts when the next is smaller still."""
    if expectation.depth_change:
        return []
    violations = []
    for end in geometries:
        if end.track.length < HANDOVER_SAMPLES:
            continue
        cut = bool(_cut_by_border(end)[-HANDOVER_SAMPLES:].any())
        for start in geometries:
            gap = start.track.first_frame - end.track.last_frame
            if (start is end or not 1 <= gap <= HANDOVER_GAP + 1 or (cut and gap == 1) or start.track.length < HANDOVER_SAMPLES
                    or (start.touches if gap == 1 else _cut_by_border(start))[:HANDOVER_SAMPLES].any()):
                continue
            same_colour = float(np.abs(np.asarray(end.track.color) - np.asarray(start.track.color)).max()) < SAME_COLOUR
            if not same_colour or not _continues_there(end, start, gap):
                continue
            before = float(np.median(end.track.areas[-HANDOVER_SAMPLES:]))
            after = float(np.median(start.track.areas[:HANDOVER_SAMPLES]))
            ratio = max(before, after) / max(min(before, after), 1e-9)
            if ratio > (HANDOVER_GROWTH if gap == 1 else SIZE_DRIFT**2) and not (cut and after > before):
                linear = float(np.sqrt(ratio))
                violations.append(Violation("size", end.track.track_id, (end.track.last_frame, start.track.first_frame),
                                            clip01((linear - 1.0) / 0.5),
                                            f"object {end.track.track_id} changes size {linear:.1f}× at frame "
                                            f"{start.track.first_frame} without moving in depth"))
                break
    return violations


def _cut_by_border(g: TrackGeometry) -> np.ndarray:
    """bool [N]: samples whose box reaches the frame's border (within BORDER_CUT of the shorter side): the border
    may hide part of the object there. Tighter than ``TrackGeometry.touches``, which also marks a body merely near it."""
    margin = BORDER_CUT * min(g.width, g.height)
    x0, y0, x1, y1 = g.track.boxes.T
    return (x0 <= margin) | (y0 <= margin) | (x1 >= g.width - margin) | (y1 >= g.height - margin)


def _continues_there(end: TrackGeometry, start: TrackGeometry, gap: int) -> bool:
    """The next track starts within the larger one's size of where this one ended (the next frame), or, after a
    gap, where its sideways motion leads (within REJOIN_SIDEWAYS of its size) and no farther up or down than its
    vertical speed takes it over the gap plus its size (a bounce may turn it there)."""
    reach = max(float(np.median(end.size)), float(np.median(start.size)))
    if gap == 1:
        return float(np.linalg.norm(start.xy[0] - end.xy[-1])) < reach
    step = (end.xy[-1] - end.xy[-2]) / max(1, end.frames[-1] - end.frames[-2])
    sideways = abs(end.xy[-1, 0] + step[0] * gap - start.xy[0, 0])
    vertical = abs(start.xy[0, 1] - end.xy[-1, 1]) - abs(step[1]) * gap
    return bool(sideways <= REJOIN_SIDEWAYS * reach + REJOIN_SLACK and vertical <= reach)


def _growth_into_border(g: TrackGeometry, valid: np.ndarray, window: int) -> tuple[float, int | None]:
    """A size step up at the frame the object starts touching the border. The border only ever clips an object
    (smaller), so growing as it reaches the border is a real change of size, though touching samples are
    otherwise left out (an object leaving the frame shrinks)."""
    for i in range(1, len(g.size)):
        if g.touches[i] and not g.touches[i - 1] and g.moving[i]:
            before = g.size[:i][valid[:i]][-window:]
            after = g.size[i:][g.moving[i:]][:window]
            if len(before) >= window and len(after) >= window:
                ratio = float(np.median(after)) / max(float(np.median(before)), 1e-9)
                return ratio, i
            return 1.0, None
    return 1.0, None


def check_colour(g: TrackGeometry, tracking: Tracking, others: list[TrackGeometry] | None = None) -> list[Violation]:
    """A colour the object never showed before that stays, while one it had is gone (see ``appearance``): the
    palette, not the mean, so a two-coloured sprite that turns or a shaded one that moves keeps its colour. A colour
    only lost counts when it goes from one frame to the next, for good (``palette_loss``): a stripe turning away
    fades; and not where motion blur starts or stops smearing it: a fast body's mixes with the backdrop go at once
    as it lands; and on an object of few pixels in the analysed frames, by more than one of them (LOSS_PIXELS).
    Resting samples count too: the palette of what is left of a sinking object is still its own; samples in a shade
    of the backdrop do not (the tracker followed the object's shadow for a while) unless most of the track is such a
    shade: then it is a dark object on a dark backdrop. A change whose old colours go on in another of ``others`` at
    that place (``_went_on_elsewhere``) is the tracker swapping two blobs, not the object changing."""
    shares = colour_shares(g.track, tracking)
    if shares is None or tracking.background is None:
        return []
    valid = ~shadow_samples(g.track, tracking)
    if valid.mean() < 0.5:
        valid[:] = True  # mostly a darker shade of the backdrop: a dark object (a black ball at dusk), not its shadow
    valid |= _shade_kept_after(shares, valid)
    window = max(4, g.track.length // 8, math.ceil(LASTING_S * tracking.fps))
    worst, at = palette_change(shares, valid, window=window)
    tid = g.track.track_id
    if at is not None and worst > PALETTE_CHANGE and not _went_on_elsewhere(g, shares, valid, at, others, tracking):
        return [Violation("colour", tid, (int(g.frames[at - 1]), int(g.frames[at])), clip01(worst / (2 * PALETTE_CHANGE)),
                          f"object {tid} changes colour at frame {g.frames[at]}: {worst:.0%} of it shows colours it did not "
                          f"have")]
    areas, frames = g.track.areas, g.frames
    smeared = _smeared(g)
    blur_kept = smeared[1:] == smeared[:-1]  # per step; a smear that ends within a frame of the split changes too
    blur_kept &= np.concatenate([blur_kept[1:], [True]])
    steady = np.concatenate([[False], (np.diff(frames) == 1) & blur_kept
                             & (np.maximum(areas[1:], areas[:-1]) <= STEADY_AREA * np.minimum(areas[1:], areas[:-1]))])
    lost, at = palette_loss(shares, valid, steady, window=window, least=LOST_AT_ONCE)
    if at is None or lost <= LOST_AT_ONCE or _went_on_elsewhere(g, shares, valid, at, others, tracking):
        return []
    pixels = float(np.median([len(core_pixels(g.track, tracking, k)) for k in np.nonzero(valid)[0]]))
    if lost <= LOST_AT_ONCE + LOSS_PIXELS / max(pixels, 1.0):
        return []  # on a core of a few pixels, a shake of the camera moves a thin stripe's last pixel out of it
    return [Violation("colour", tid, (int(g.frames[at - 1]), int(g.frames[at])), clip01(lost / (2 * PALETTE_CHANGE)),
                      f"object {tid} loses a colour at frame {g.frames[at]}: {lost:.0%} of it was a colour gone from then on")]


def _shade_kept_after(shares: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """bool [N]: the samples of each run in a shade of the backdrop (not ``valid``) within the track whose colours
    the object keeps once it is out of that shade, while the colours it had before the run do not come back: the
    object turned a colour the backdrop's shade happens to have, it was not the tracker following its shadow for a
    while (which hands the object back in its own colours). Runs at either end of the track are left out."""
    kept = np.zeros(len(valid), dtype=bool)
    shown = valid & (shares.sum(axis=1) > 0)
    start = 0
    while start < len(valid):
        if valid[start]:
            start += 1
            continue
        stop = start
        while stop < len(valid) and not valid[stop]:
            stop += 1
        before, after = np.nonzero(shown[:start])[0], np.nonzero(shown[stop:])[0] + stop
        if len(before) and len(after) and stop > start:
            after = after[:max(1, stop - start)]
            run = palette(shares[start:stop])
            old = palette(shares[before])
            if float(np.median(outside(shares[after], run))) <= PALETTE_CHANGE \
                    and float(np.median(outside(shares[after], old))) > PALETTE_CHANGE:
                kept[start:stop] = True
        start = stop
    return kept


def _smeared(g: TrackGeometry) -> np.ndarray:
    """bool [N]: samples that moved SMEAR_SIZES of the body's (median) size or more since the sample before, per
    frame: motion blur there spreads the body over the backdrop, and its blob shows mixes of the two. Where the body
    stops at once (a landing) those mixes go from one frame to the next, though no colour of the body did."""
    steps = np.linalg.norm(np.diff(g.xy, axis=0), axis=1) / np.maximum(np.diff(g.frames), 1)
    return np.concatenate([[False], steps >= SMEAR_SIZES * float(np.median(g.size))])


def _went_on_elsewhere(g: TrackGeometry, shares: np.ndarray, valid: np.ndarray, at: int,
                       others: list[TrackGeometry] | None, tracking: Tracking) -> bool:
    """Whether another track, within SWAP_REACH of the object's sizes of where it was just before sample ``at``, shows
    in two of the frames from the one before ``at`` to SWAP_FRAMES after it the colours the object had before (at
    least 1 - PALETTE_CHANGE of its pixels in their palette): the old colours did not go, the tracker followed another
    blob under this number (a ball that lands on its shadow: the ball's track goes on along the shadow, the shadow's
    with the ball). A changed object leaves its old colours nowhere."""
    before = valid[:at] & (shares[:at].sum(axis=1) > 0)
    if not before.any():
        return False
    old_colours = palette(shares[:at][before])
    frame, place = int(g.frames[at]), g.xy[at - 1]
    for other in others or []:
        if other is g:
            continue
        near = [k for k in range(other.track.length) if frame - 1 <= other.frames[k] <= frame + SWAP_FRAMES
                and np.linalg.norm(other.xy[k] - place)
                <= SWAP_REACH * max(float(np.median(g.size)), float(np.median(other.size)))]
        if not near:
            continue
        seen = colour_shares(other.track, tracking, near)
        if int(((seen.sum(axis=1) > 0) & (outside(seen, old_colours) <= PALETTE_CHANGE)).sum()) >= 2:
            return True
    return False
