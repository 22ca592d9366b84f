"""The closer look: tracking a clip again at a finer size when the usual analysis size saw nothing move, or only
small objects in broken tracks.

A ball 10 px across in an 832x480 clip is under a pixel at the usual analysis size, and a far ball that fades in
and out of a few analysis pixels reads as pieces vanishing and appearing. Looking finer costs several times the
usual sweep, so it is kept apart from ``tracking.py``'s one look and done only where that look needs it, in the
box around what changed at the usual size (``look_closer``), the rest of the frame taken from the usual look.
The judge and the captioner both track through ``track_objects_or_look_closer``.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from .camera_motion import CameraMotion
from .motion import moving_tracks
from .tracking import Track, Tracking, TrackingSettings, track_analysed, track_objects

CLOSER = 3  # a clip where nothing moves at the analysis size is looked at again this many times finer
CLOSER_FOR_FEW = 2  # ... and one where only small, broken tracks move, this many times finer
FEW_SEEN = 0.8  # a track seen in less than this share of the frames is broken ...
SMALL_AREA = 4.0  # ... and small when its median area is under this many times the smallest blob that starts one


def closer_settings(settings: TrackingSettings, frames: np.ndarray, factor: int = CLOSER) -> TrackingSettings | None:
    """Settings that see objects a few pixels across (``factor`` times the analysis size, the same smallest blob in
    analysis pixels), or None when the frames are no larger than the analysis size already. Only for clips where
    nothing moved at the usual size (a ball 10 px across in an 832x480 clip is under a pixel there) or only small
    pieces of tracks did (``only_small_broken_tracks``)."""
    longest = max(frames.shape[1:3])
    if longest <= settings.max_side:
        return None
    side = min(longest, factor * settings.max_side)
    finer = side / settings.max_side
    return replace(settings, max_side=side, min_area_fraction=settings.min_area_fraction / finer**2)


def only_small_broken_tracks(tracking: Tracking, settings: TrackingSettings) -> bool:
    """Every track is small (a few times the smallest blob that starts one) and seen in less than FEW_SEEN of the
    frames: a far ball that flickers in and out of the analysis size, whose pieces read as vanishing and
    appearing. A clip with one object followed well, or any large one, is left as it is."""
    smallest = settings.min_area_fraction * tracking.width * tracking.height
    return bool(tracking.tracks) and all(
        tr.length < FEW_SEEN * tracking.num_frames and float(np.median(tr.areas)) < SMALL_AREA * smallest
        for tr in tracking.tracks)


CHANGE_SHARE = 0.5  # a place whose colour ever left the backdrop by this share of the foreground threshold may hold
# an object too small to survive the analysis size (a far ball's blurred pixel): the closer look covers it ...
CROP_MARGIN = 0.03  # ... plus this share of the frame's longest side around it ...
MAX_CROP_SHARE = 0.5  # ... and looks at the whole frame when that box is more than this share of it


def changed_box(tracking: Tracking) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) in video pixels around every place whose colour ever left the backdrop by CHANGE_SHARE of
    the foreground threshold, widened by CROP_MARGIN; None where nothing changed that much (a still clip)."""
    if tracking.largest_change is None:
        return 0, 0, tracking.width, tracking.height
    ys, xs = np.nonzero(tracking.largest_change > CHANGE_SHARE * tracking.threshold)
    if not len(xs):
        return None
    h, w = tracking.largest_change.shape
    sx, sy = tracking.width / w, tracking.height / h
    margin = CROP_MARGIN * max(tracking.width, tracking.height)
    return (max(0, math.floor(xs.min() * sx - margin)), max(0, math.floor(ys.min() * sy - margin)),
            min(tracking.width, math.ceil((xs.max() + 1) * sx + margin)),
            min(tracking.height, math.ceil((ys.max() + 1) * sy + margin)))


def look_closer(frames: np.ndarray, fps: float, usual: Tracking, closer: TrackingSettings) -> Tracking | None:
    """``track_objects`` at the ``closer`` settings, where it can see something: only the box around what changed
    at the usual size (``changed_box``; a small ball's path is a small part of the frame, and the finer sweep costs
    in proportion to the pixels it looks at), the rest of the frame taken from the usual look, enlarged. None
    where nothing changed."""
    import cv2

    box = changed_box(usual)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    height, width = frames.shape[1:3]
    scale = closer.max_side / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if (x1 - x0) * (y1 - y0) > MAX_CROP_SHARE * width * height:
        return track_objects(frames, fps, closer, _camera_in(usual, (0, 0, width, height), size))
    fx0, fy0 = math.floor(x0 * scale), math.floor(y0 * scale)
    fx1, fy1 = min(size[0], math.ceil(x1 * scale)), min(size[1], math.ceil(y1 * scale))
    vx0, vy0 = math.floor(fx0 / scale), math.floor(fy0 / scale)  # the video pixels those analysis pixels cover
    vx1, vy1 = min(width, math.ceil(fx1 / scale)), min(height, math.ceil(fy1 / scale))
    crop_size = (fx1 - fx0, fy1 - fy0)
    small = np.stack([cv2.resize(frame[vy0:vy1, vx0:vx1], crop_size, interpolation=cv2.INTER_AREA) for frame in frames])
    whole_area, crop_area = size[0] * size[1], crop_size[0] * crop_size[1]
    in_crop = replace(closer, max_side=max(16, *crop_size),  # the same smallest blob and gate, in analysis pixels
                      min_area_fraction=closer.min_area_fraction * whole_area / crop_area,
                      gate_fraction=closer.gate_fraction * math.hypot(*size) / math.hypot(*crop_size))
    part = track_analysed(small, fps, in_crop, vx1 - vx0, vy1 - vy0, _camera_in(usual, (vx0, vy0, vx1, vy1), crop_size))
    offset = np.array([vx0, vy0], float)
    for track in part.tracks:
        track.centroids = track.centroids + offset
        track.boxes = track.boxes + np.concatenate([offset, offset])
    return _placed_in_frame(part, usual, (fx0, fy0, fx1, fy1), size)


def _camera_in(usual: Tracking, box: tuple[int, int, int, int], size: tuple[int, int]) -> CameraMotion | None:
    """The usual look's camera motion in the pixels of a finer look at ``box`` (video pixels x0, y0, x1, y1) resized to
    ``size`` (w, h): estimated once per clip, at the usual size, where it costs least (pixel centres lie at
    (i + 0.5) times a pixel's width in the video in both looks)."""
    if usual.camera is None:
        return None
    usual_px = np.array([usual.width / usual.gray.shape[2], usual.height / usual.gray.shape[1]])
    finer_px = np.array([(box[2] - box[0]) / size[0], (box[3] - box[1]) / size[1]])
    return usual.camera.in_view(usual_px / finer_px, (0.5 * usual_px - np.array(box[:2])) / finer_px - 0.5)


def _placed_in_frame(part: Tracking, usual: Tracking, box: tuple[int, int, int, int], size: tuple[int, int]) -> Tracking:
    """A tracking of the whole frame at the finer analysis ``size`` (w, h): ``part``'s arrays inside ``box`` (its place
    at that size), the usual look's arrays enlarged outside it (nothing moved there)."""
    import cv2

    fx0, fy0, fx1, fy1 = box
    inside = (slice(None), slice(fy0, fy1), slice(fx0, fx1))

    def enlarged(images: np.ndarray) -> np.ndarray:  # (nearest: the still backdrop keeps its pixel noise, for flicker)
        out = np.empty((len(images), size[1], size[0], *images.shape[3:]), images.dtype)
        for image, into in zip(images, out):
            cv2.resize(image, size, dst=into, interpolation=cv2.INTER_NEAREST)
        return out

    rgb = enlarged(usual.rgb)
    rgb[inside] = part.rgb
    gray = enlarged(usual.gray)
    gray[inside] = part.gray
    foreground = np.zeros((usual.num_frames, size[1], size[0]), bool)
    foreground[inside] = part.foreground
    static_mask = enlarged(usual.static_mask[None].astype(np.uint8))[0] > 0
    static_mask[inside[1:]] = part.static_mask
    background = enlarged(usual.background[None])[0]
    background[inside[1:]] = part.background
    largest_change = np.zeros((size[1], size[0]), np.float32)
    largest_change[inside[1:]] = part.largest_change
    return Tracking(part.tracks, usual.width, usual.height, usual.fps, usual.num_frames, gray, foreground, static_mask,
                    part.threshold, part.notes, rgb, background, largest_change,
                    _camera_in(usual, (0, 0, usual.width, usual.height), size))


def _main_mover(tracking: Tracking) -> Track:
    """The track worth judging (``moving_tracks``) that travels farthest, else the one that does of all tracks."""
    return max(moving_tracks(tracking) or tracking.tracks, key=lambda tr: tr.extent())


def _frames_followed_twice(tracking: Tracking) -> int:
    """Frames in which another track lies within the main mover's own size of it (its box's larger side, centroid
    to centroid): the one thing followed as two. A finer look can split a falling ball's blur into two blobs, or
    a landing block's lit edge from its face, and the laws read such a piece as a thing that appears from nowhere,
    jumps and vanishes beside the right fall."""
    if not tracking.tracks:
        return 0
    main = _main_mover(tracking)
    at = {int(frame): i for i, frame in enumerate(main.frames)}
    doubled: set[int] = set()
    for track in tracking.tracks:
        if track is main:
            continue
        for frame, centroid in zip(track.frames, track.centroids):
            i = at.get(int(frame))
            if i is None:
                continue
            x0, y0, x1, y1 = main.boxes[i]
            if math.hypot(*(centroid - main.centroids[i])) <= max(x1 - x0, y1 - y0):
                doubled.add(int(frame))
    return len(doubled)


def _followed_better(closer: Tracking, usual: Tracking) -> bool:
    """The closer look follows the objects longer (its longest track), in longer pieces, and no more often twice:
    its tracks worth judging (``moving_tracks``: long enough, travelling far enough) are as long on average as
    the usual look's or longer, and its main mover has another track beside it in no more frames
    (``_frames_followed_twice``). Only tracks worth judging count as pieces: a finer look at hand-held footage also
    picks up specks of texture, cloud and hill line that show for a frame or two or stay where they are, which are
    no pieces of what moves, and counting them threw away the one look that followed a small ball on a backdrop
    of its own colour. A longer track is no better look when the finer look also cuts the mover's blur into
    pieces beside it: those pieces cut a right fall into things appearing and vanishing."""
    longest = lambda tracking: max(tr.length for tr in tracking.tracks)  # noqa: E731
    if not closer.tracks or longest(closer) <= longest(usual):
        return False
    pieces = moving_tracks(closer)
    if not pieces:
        return False
    usual_pieces = moving_tracks(usual)
    mean_length = lambda tracks: sum(tr.length for tr in tracks) / len(tracks)  # noqa: E731
    if usual_pieces and mean_length(pieces) < mean_length(usual_pieces):
        return False
    return _frames_followed_twice(closer) <= _frames_followed_twice(usual)


def track_objects_or_look_closer(frames: np.ndarray, fps: float, settings: TrackingSettings) -> Tracking:
    """``track_objects``, and when nothing moved at the analysis size, once more at ``closer_settings``: the
    judge and the captioner both need a ball a few pixels across, and a clip with motion costs nothing extra.
    When only small, broken tracks moved, once more at CLOSER_FOR_FEW times the size, kept only where it follows
    them better. Not where the camera's motion is unknown: a finer look would see the same backdrop moving, at
    several times the cost (a panning checkerboard)."""
    tracking = track_objects(frames, fps, settings)
    if tracking.camera is not None and tracking.camera.unknown:
        return tracking
    if not tracking.tracks:
        closer = closer_settings(settings, frames)
        if closer is None:
            return tracking
        looked = look_closer(frames, fps, tracking, closer)
        if looked is None or not looked.tracks:
            return tracking
        looked.notes.append(f"nothing moved at {settings.max_side} px: tracked small objects at {closer.max_side} px")
        return looked
    if not only_small_broken_tracks(tracking, settings):
        return tracking
    closer = closer_settings(settings, frames, CLOSER_FOR_FEW)
    if closer is None:
        return tracking
    looked = look_closer(frames, fps, tracking, closer)
    if looked is None or not _followed_better(looked, tracking):
        return tracking
    looked.notes.append(f"only small pieces of tracks at {settings.max_side} px: tracked at {closer.max_side} px")
    return looked
