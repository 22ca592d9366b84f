"""Laws every track obeys on how it looks, whatever the prompt says: it keeps its size (beyond what moving in depth or
turning a flat side to the camera explains) and its colours. Each check returns its violations (see
``physics_checks``)."""

from __future__ import annotations

import math

import numpy as np

from .appearance import (
    colour_shares,
    core_pixels,
    outside,
    palette,
    palette_change,
    palette_loss,
    sample_box,
    shadow_samples,
)
from .law_basics import Expectation, TrackGeometry, Violation, clip01
from .laws_every_track import REJOIN_SIDEWAYS, REJOIN_SLACK, SAME_COLOUR
from .laws_teleport import STEADY_AREA, cut_by_a_cover
from .tracking import Tracking

MIN_SIZE_SAMPLES = 8  # shorter stretches are too few to tell a size step from the tracker merging a blob
SIZE_POP = 1.4  # linear size ratio between the medians either side of one frame: a pop
SIZE_DRIFT = 1.6  # linear size ratio over the track with no depth motion: a change of size
SIZE_LASTING = 1.45  # linear size ratio between the first and last 40 % of the samples
CAMOUFLAGE_SHARE = 0.25  # of a box's backdrop in the object's colour: its blob's size says little there ...
WHOLLY_CAMOUFLAGED = 0.9  # ... unless nearly all of it is, in each sample compared: the blob loses alike in every one
HANDOVER_GROWTH = 4.0  # area ratio between a track that ends and the one going on in its place the next frame: the
# tracker's own size gate (TrackingSettings.max_size_ratio), so it is a size pop, not the tracker losing the object;
# where the step at the cut itself breaks it, the medians either side need only differ by SIZE_POP (``_handover_bar``)
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
    next frame and HANDOVER_GROWTH times larger or smaller in area (SIZE_POP in linear size where the step at the cut
    broke that gate: ``_handover_bar``), or after a few frames unseen (up to HANDOVER_GAP) and SIZE_DRIFT times larger
    or smaller in linear size. The tracker does not follow a blob across such a step, and a
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
            if ratio > _handover_bar(end, start, gap) and not (cut and after > before):
                linear = float(np.sqrt(ratio))
                violations.append(Violation("size", end.track.track_id, (end.track.last_frame, start.track.first_frame),
                                            clip01((linear - 1.0) / 0.5),
                                            f"object {end.track.track_id} changes size {linear:.1f}× at frame "
                                            f"{start.track.first_frame} without moving in depth"))
                break
    return violations


def _handover_bar(end: TrackGeometry, start: TrackGeometry, gap: int) -> float:
    """The area ratio between the medians either side of a handover that makes it a size pop. The next frame, where
    the step itself (last sample against first) broke the tracker's size gate, that step is why the tracker cut the
    track, so the medians need only differ as much as a pop within one track (SIZE_POP, linear); elsewhere the tracker
    may have cut it for another reason and they must break the gate themselves. After a gap, SIZE_DRIFT (linear)."""
    if gap != 1:
        return SIZE_DRIFT**2
    last, first = float(end.track.areas[-1]), float(start.track.areas[0])
    seam = max(last, first) / max(min(last, first), 1e-9)
    return SIZE_POP**2 if seam > HANDOVER_GROWTH else HANDOVER_GROWTH


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
        if len(before) and len(after):
            after = after[:stop - start]
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
