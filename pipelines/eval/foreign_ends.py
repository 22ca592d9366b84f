"""A track's first or last sample that is another thing: the tracker hopped onto a far blob of another colour and size.

The tracker chains blobs by the nearest predicted centroid within a wide gate, so at a clip's ends, where a hand-held
camera's pan brings in the frame's border and clouds or a swaying plant show as blobs, a track can open on such a
blob and go on with the object the next frame (a cloud at the top, then the ball held low down). Read as the object,
that sample is a jump, and a jump down into where the ball then rests reads as a fall that landed and sank. A
sample in the clip's first or last CLIP_END_FRAMES frames, at an end of its track, is that other thing when every witness says so at once: the step from it is a jump (no overlap of
the boxes, TELEPORT_STEP or more), its colour is not the object's (SAME_COLOUR off the median of the rest) and its blob
is not the object's size (STEADY_AREA off the area of the samples beside it). A teleport keeps the object's colour and
size; a colour change or a size pop keeps its place."""

from __future__ import annotations

import numpy as np

from .appearance import SHADOW_SLANT, shadow_samples
from .law_basics import MIN_TRACK_SAMPLES, boxes_overlap
from .laws_every_track import SAME_COLOUR, STEADY_AREA, TELEPORT_STEP
from .tracking import Track, Tracking

CLIP_END_FRAMES = 2  # a hop is looked for in the clip's first and last frames, where the pan shows the most border
BESIDE = 3  # samples next to an end whose area is the object's there


def without_foreign_ends(track: Track, frame_height: float, num_frames: int) -> Track:
    """``track`` less its end samples that are another thing (module docstring) in a clip of ``num_frames``; the
    track itself when none is. A hop later in the clip is left to the continuity laws: mid-clip, where the border shows
    little, a far blob of another colour is as likely the body's own glitch."""
    first, last = 0, track.length
    while (track.frames[first] < CLIP_END_FRAMES and last - first > MIN_TRACK_SAMPLES
           and _foreign(track, first, range(first + 1, last), frame_height)):
        first += 1
    while (track.frames[last - 1] >= num_frames - CLIP_END_FRAMES and last - first > MIN_TRACK_SAMPLES
           and _foreign(track, last - 1, range(last - 2, first - 1, -1), frame_height)):
        last -= 1
    if first == 0 and last == track.length:
        return track
    keep = slice(first, last)
    return Track(track.track_id, track.frames[keep], track.centroids[keep], track.boxes[keep], track.areas[keep],
                 track.colors[keep])


def _foreign(track: Track, end: int, rest: range, frame_height: float) -> bool:
    """Whether sample ``end`` is another thing than the samples ``rest`` (nearest first)."""
    nearest = rest[0]
    overlap = boxes_overlap(track.boxes[end], track.boxes[nearest])
    step = float(np.linalg.norm(track.centroids[end] - track.centroids[nearest])) / frame_height
    if overlap or step < TELEPORT_STEP:
        return False
    own_colour = np.median(track.colors[list(rest)], axis=0)
    if float(np.abs(track.colors[end] - own_colour).max()) <= SAME_COLOUR:
        return False
    own_area = float(np.median(track.areas[list(rest[:BESIDE])]))
    area = float(track.areas[end])
    return max(area, own_area) > STEADY_AREA * max(min(area, own_area), 1e-9)


def split_at_hops(tracks: list[Track], tracking: Tracking) -> list[Track]:
    """The tracks cut in two wherever one hops onto another thing mid-clip (``_hops_at``); the part after a hop goes on
    under a new number. Where a body passes behind a post, its blob shrinks at the post's edge until it is gone, and
    the tracker's wide gate then chains on the nearest blob left (the post's edge, a plant): read as the body, that is
    a teleport that also changes colour and size. Cut, the body's own pieces can be joined across the cover, and a
    piece that is another thing is judged as one. A hop onto the track's own shadow is no other thing: the shadow
    trimming and untangling take it off."""
    out: list[Track] = []
    next_id = max((t.track_id for t in tracks), default=-1) + 1
    for track in tracks:
        start, shade = 0, None
        for k in range(1, track.length):
            if k - start < MIN_TRACK_SAMPLES or not _jumps_at(track, k, tracking.height):
                continue
            shade = _own_shadow_samples(track, tracking) if shade is None else shade
            if not _hops_at(track, start, k, ~shade):
                continue
            out.append(_part(track, slice(start, k), track.track_id if start == 0 else next_id))
            next_id += start > 0
            start = k
        out.append(track if start == 0 else _part(track, slice(start, track.length), next_id))
        next_id += start > 0
    return out


def _jumps_at(track: Track, k: int, frame_height: float) -> bool:
    """Whether the step into sample ``k`` is a jump: no overlap of the boxes, TELEPORT_STEP or more, and far enough
    from the track's end that MIN_TRACK_SAMPLES follow it."""
    if k + MIN_TRACK_SAMPLES > track.length or boxes_overlap(track.boxes[k - 1], track.boxes[k]):
        return False
    return float(np.linalg.norm(track.centroids[k] - track.centroids[k - 1])) / frame_height >= TELEPORT_STEP


def _hops_at(track: Track, start: int, k: int, body: np.ndarray) -> bool:
    """Whether sample ``k`` is another thing than the samples from ``start`` before it, seen in the BESIDE samples
    either side of the jump that are the body (``body``, bool [N]: not its own shadow): across the jump the colour
    changes by more than SAME_COLOUR, each side keeping one colour, and the area by more than STEADY_AREA. A teleport
    keeps the body's colour and size, a colour change or a size pop its place (a fast body that changes colour
    between two jumps changes it within a side); a side that is all shadow is the body's own, no other thing."""
    window = np.arange(track.length)
    before = window[max(start, k - BESIDE):k][body[max(start, k - BESIDE):k]]
    after = window[k:k + BESIDE][body[k:k + BESIDE]]
    if not len(before) or not len(after):
        return False
    colours = np.median(track.colors[before], axis=0), np.median(track.colors[after], axis=0)
    if float(np.abs(colours[0] - colours[1]).max()) <= SAME_COLOUR:
        return False
    if not all(_one_colour(track.colors[side], colour) for side, colour in zip((before, after), colours)):
        return False  # the colour changed before the jump or after it, not at it: the body's own change on its way
    areas = float(np.median(track.areas[before])), float(np.median(track.areas[after]))
    return max(areas) > STEADY_AREA * max(min(areas), 1e-9)


def _one_colour(colours: np.ndarray, median: np.ndarray) -> bool:
    return bool((np.abs(colours - median).max(axis=1) <= SAME_COLOUR).all())


def _own_shadow_samples(track: Track, tracking: Tracking) -> np.ndarray:
    """bool [N]: the samples that are the track's own shadow: a darker shade of the backdrop keeping its chromaticity
    (``appearance.shadow_samples``) that lies below the body's samples (those that are no shade) and within their
    width, widened by SHADOW_SLANT times the drop, as a shadow cast by a low light may be; none without a backdrop."""
    if tracking.background is None:
        return np.zeros(track.length, dtype=bool)
    shade = shadow_samples(track, tracking)
    if not shade.any() or shade.all():
        return np.zeros(track.length, dtype=bool)
    body = ~shade
    body_x0, body_x1 = float(track.boxes[body, 0].min()), float(track.boxes[body, 2].max())
    body_y = float(track.centroids[body, 1].min())
    drop = track.centroids[:, 1] - body_y
    half_width = (track.boxes[:, 2] - track.boxes[:, 0]) / 2
    reach = half_width + SHADOW_SLANT * np.maximum(drop, 0.0)
    beside = (track.centroids[:, 0] >= body_x0 - reach) & (track.centroids[:, 0] <= body_x1 + reach)
    return shade & (drop > 0) & beside


def _part(track: Track, keep: slice, track_id: int) -> Track:
    return Track(track_id, track.frames[keep], track.centroids[keep], track.boxes[keep], track.areas[keep],
                 track.colors[keep])
