"""A track's first or last sample that is another thing: the tracker hopped onto a far blob of another colour and size.

The tracker chains blobs by the nearest predicted centroid within a wide gate, so at a clip's ends, where a hand-held camera's pan
brings in the frame's border and clouds or a swaying plant show as blobs, a track can open on such a blob and go on with the
object the next frame (a cloud at the top, then the ball held low down). Read as the object, that sample is a jump, and a jump
down into where the ball then rests reads as a fall that landed and sank. A sample in the clip's first or last CLIP_END_FRAMES
frames, at an end of its track, is that other thing when every witness says so at once: the step from it is a jump (no overlap of
the boxes, TELEPORT_STEP or more), its colour is not the object's (SAME_COLOUR off the median of the rest) and its blob is not the
object's size (STEADY_AREA off the area of the samples beside it). A teleport keeps the object's colour and size; a colour change
or a size pop keeps its place.
Mid-clip a single such sample is as likely the body's own glitch, but a track that hops onto another blob and stays on
it to its end, every sample of another colour and the run of another size (``_before_a_foreign_run``), has followed
another thing: the body lost against the backdrop as it came to rest, the nearest blob in the gate was a plant's leaf.
It ends where it hopped, and the continuity laws judge that end (the body still there, or vanished)."""

from __future__ import annotations

import numpy as np

from .law_basics import MIN_TRACK_SAMPLES, boxes_overlap
from .laws_every_track import SAME_COLOUR
from .laws_teleport import STEADY_AREA, TELEPORT_STEP
from .tracking import Track

CLIP_END_FRAMES = 2  # a hop is looked for in the clip's first and last frames, where the pan shows the most border
FOREIGN_RUN = 3  # samples: a track that hops mid-clip onto another blob and stays on it this long, every sample of
# another colour and the run of another size, ends where it hopped (the body does not glitch into a new look and keep it)
BESIDE = 3  # samples next to an end whose area is the object's there


def without_foreign_ends(track: Track, frame_height: float, num_frames: int) -> Track:
    """``track`` less its end samples that are another thing (module docstring) in a clip of ``num_frames``; the
    track itself when none is. A lone hop later in the clip is left to the continuity laws: mid-clip, where the border
    shows little, a far blob of another colour is as likely the body's own glitch; a run of FOREIGN_RUN samples or more
    on it to the track's end is not (``_before_a_foreign_run``)."""
    first, last = 0, track.length
    while (track.frames[first] < CLIP_END_FRAMES and last - first > MIN_TRACK_SAMPLES
           and _foreign(track, first, range(first + 1, last), frame_height)):
        first += 1
    while (track.frames[last - 1] >= num_frames - CLIP_END_FRAMES and last - first > MIN_TRACK_SAMPLES
           and _foreign(track, last - 1, range(last - 2, first - 1, -1), frame_height)):
        last -= 1
    last = _before_a_foreign_run(track, first, last, frame_height)
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


def _before_a_foreign_run(track: Track, first: int, last: int, frame_height: float) -> int:
    """Where the samples ``first:last`` end once a trailing run of FOREIGN_RUN or more samples that the tracker hopped onto
    mid-clip is cut off: the step onto the run is a jump (no overlap, TELEPORT_STEP or more), every sample of the run is
    off the colour of the samples before (SAME_COLOUR) and the run's area is off theirs (STEADY_AREA). A body losing
    itself against the backdrop as it comes to rest leaves the tracker's nearest-blob gate reaching for the next blob in
    reach (a plant's leaf at the border): that leaf is no part of the body's path, while a teleport keeps the body's
    colour and size and a colour change or size pop keeps its place. ``last`` when there is no such run."""
    lowest = first + MIN_TRACK_SAMPLES
    if last - FOREIGN_RUN < lowest:
        return last
    steps = np.linalg.norm(np.diff(track.centroids[lowest - 1:last - FOREIGN_RUN + 1], axis=0), axis=1) / frame_height
    for hop in lowest + np.flatnonzero(steps >= TELEPORT_STEP)[::-1]:
        if boxes_overlap(track.boxes[hop], track.boxes[hop - 1]):
            continue
        before, run = range(hop - 1, first - 1, -1), range(hop, last)
        own_colour = np.median(track.colors[list(before)], axis=0)
        if float(np.abs(track.colors[list(run)] - own_colour).max(axis=1).min()) <= SAME_COLOUR:
            continue
        own_area = float(np.median(track.areas[list(before[:BESIDE])]))
        area = float(np.median(track.areas[list(run)]))
        if max(area, own_area) > STEADY_AREA * max(min(area, own_area), 1e-9):
            return int(hop)
    return last
