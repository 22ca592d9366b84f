"""A track's first or last sample that is another thing: the tracker hopped onto a far blob of another colour and size.

The tracker chains blobs by the nearest predicted centroid within a wide gate, so at a clip's ends, where a hand-held camera's pan
brings in the frame's border and clouds or a swaying plant show as blobs, a track can open on such a blob and go on with the
object the next frame (a cloud at the top, then the ball held low down). Read as the object, that sample is a jump, and a jump
down into where the ball then rests reads as a fall that landed and sank. A sample in the clip's first or last CLIP_END_FRAMES
frames, at an end of its track, is that other thing when every witness says so at once: the step from it is a jump (no overlap of
the boxes, TELEPORT_STEP or more), its colour is not the object's (SAME_COLOUR off the median of the rest) and its blob is not the
object's size (STEADY_AREA off the area of the samples beside it). A teleport keeps the object's colour and size; a colour change
or a size pop keeps its place."""

from __future__ import annotations

import numpy as np

from .law_basics import MIN_TRACK_SAMPLES, boxes_overlap
from .laws_every_track import SAME_COLOUR
from .laws_teleport import STEADY_AREA, TELEPORT_STEP
from .tracking import Track

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
