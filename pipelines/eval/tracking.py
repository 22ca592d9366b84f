"""What moves in a video, measured from pixels: objects found and followed frame to frame.

This is the embedded judge's and captioner's eye (the embedded backends in docs/architecture.md): no model and no weights, only
OpenCV and numpy on downscaled frames, so a clip of 81 frames takes a fraction of a second.

Tracking: the background is the temporal median of the frames (the model lives in backdrop.py); a pixel is foreground where it
differs from it by more than the video's noise allows (after removing each frame's global brightness offset, so flicker does not
turn the whole frame into "motion"); a morphological opening drops thin structures (a preview's trails, text strokes, noise
specks) and a closing rejoins what is left of one object (a sprite and its label chip); connected components are blobs; blobs are
chained into tracks by the nearest predicted centroid, gated by distance and size. "Ghosts" (places where an object sat for most
of the clip, which the median background remembers) are recognised by their edges: a ghost's outline exists in the background but
not in the frame. Where ghosts show, the background is re-estimated from the frames in which they showed (those frames saw the
true background) and the frames are swept again. A place an object covered in every frame (a car that drives less than its own
length) is never seen bare; where it lies between two same-coloured pieces of one object, it is painted from the backdrop around
it, kept only if the painted place lies within the pieces' extent (backdrop of the object's colour sprawls beyond it) and that
rejoins the pieces. A clip where nothing moved at the analysis size, or only small objects in broken tracks (a far ball that
fades in and out of a few analysis pixels), is tracked again finer by closer_look.py.

Positions are in pixels of the input video, origin top-left, y pointing down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .backdrop import (
    bridged_places,
    color_difference,
    fill_from_around,
    foreground_threshold,
    initial_background,
    is_ghost,
    joined_extent,
    largest_channel,
    lies_between_pieces,
    repair_background,
    shows_backdrop,
    sobel_magnitude,
)
from .camera_motion import CameraMotion, estimate_camera_motion, stabilised

# ------------------------------------------------------------------------------ settings
MAX_REPAIRS = 3  # background repairs (each followed by a sweep) at most
MERGE_GROWTH = 1.3  # a blob this many times the size of the object followed there may hold a second object ...
MERGE_COLOUR = 60.0  # ... whose pixels differ from that object's colour by more than this (largest RGB channel)
HOP_SIZES = 3.0  # a blob this many body sizes a frame off where a track was going, in another colour, is another thing
EARLIER_REACH = 1.0  # a smaller blob in a frame before a track's first sample, this many body sizes off the way the
# track's motion leads back, of its colour, is the same body before it grew enough to start a track
BLURRED_STEP = 0.5  # of its size, moved down in a frame: a fall fast enough for its blur to make the body larger


@dataclass(frozen=True)
class TrackingSettings:
    max_side: int = 160  # frames are downscaled so their longest side is at most this
    min_difference: float = 24.0  # 0-255 colour difference below which a pixel is background
    noise_factor: float = 3.5  # ... or below this many times the video's median difference
    opening_px: int = 3  # structures thinner than this (trails, text, specks) are not objects
    closing_px: int = 5  # parts of one object closer than this are joined
    min_area_fraction: float = 0.0015  # blobs smaller than this share of the frame start no track ...
    continue_area_share: float = 0.25  # ... but one this share of that size may continue one (an object that shrank)
    gate_fraction: float = 0.35  # a blob farther than this share of the diagonal starts a new track
    max_size_ratio: float = 4.0  # ... as does one more than this many times larger or smaller
    max_gap: int = 2  # frames a track may go unseen (occlusion, a missed blob) and continue

    def __post_init__(self) -> None:
        if not (isinstance(self.max_side, int) and self.max_side >= 16):
            raise ValueError(f"max_side must be an integer >= 16, got {self.max_side!r}")
        if not self.opening_px >= 1:
            raise ValueError(f"opening_px must be >= 1, got {self.opening_px!r}")


# --------------------------------------------------------------------------------- tracks


@dataclass
class Track:
    """One object followed over time; arrays have one row per frame it was seen in."""

    track_id: int
    frames: np.ndarray  # int [N] frame indices, increasing
    centroids: np.ndarray  # float [N, 2] (x, y) in video pixels
    boxes: np.ndarray  # float [N, 4] (x0, y0, x1, y1) in video pixels
    areas: np.ndarray  # float [N] in video pixels²
    colors: np.ndarray  # float [N, 3] median RGB of the blob

    @property
    def length(self) -> int:
        return len(self.frames)

    @property
    def first_frame(self) -> int:
        return int(self.frames[0])

    @property
    def last_frame(self) -> int:
        return int(self.frames[-1])

    @property
    def color(self) -> tuple[float, float, float]:
        median = np.median(self.colors, axis=0)
        return (float(median[0]), float(median[1]), float(median[2]))

    def extent(self) -> float:
        """The larger side of the box its centroid sweeps (pixels): how far it travels."""
        span = self.centroids.max(axis=0) - self.centroids.min(axis=0)
        return float(span.max())

    def summary(self, fps: float, width: int, height: int) -> dict[str, Any]:
        """Plain numbers for run records and the UI (positions normalised to the frame)."""
        scale = np.array([width, height], dtype=float)
        start, end = self.centroids[0] / scale, self.centroids[-1] / scale
        return {
            "id": self.track_id,
            "first_frame": self.first_frame,
            "last_frame": self.last_frame,
            "appear_s": round(self.first_frame / fps, 3),
            "disappear_s": round((self.last_frame + 1) / fps, 3),
            "frames_seen": self.length,
            "start_xy": [round(float(v), 4) for v in start],
            "end_xy": [round(float(v), 4) for v in end],
            "mean_area_fraction": round(float(self.areas.mean()) / (width * height), 5),
            "color_rgb": [round(c) for c in self.color],
        }


@dataclass
class Tracking:
    """Everything the metrics and the captioner read, at the analysis (downscaled) resolution."""

    tracks: list[Track]
    width: int  # of the input video
    height: int
    fps: float
    num_frames: int
    gray: np.ndarray  # float32 [T, h, w] downscaled luminance, 0-255
    foreground: np.ndarray  # bool [T, h, w]: pixels of tracked blobs (ghosts excluded)
    static_mask: np.ndarray  # bool [h, w]: never foreground, far from anything that moved
    threshold: float  # the colour difference used for the foreground
    notes: list[str] = field(default_factory=list)
    rgb: np.ndarray | None = None  # uint8 [T, h, w, 3] downscaled frames: is an object still there where it was lost?
    background: np.ndarray | None = None  # float32 [h, w, 3] the backdrop the foreground was measured against
    largest_change: np.ndarray | None = None  # float32 [h, w] each pixel's largest colour difference from it
    camera: CameraMotion | None = None  # the camera's motion in these analysis pixels (a finer look reuses it)

    @property
    def foreground_fraction(self) -> np.ndarray:
        return self.foreground.reshape(self.num_frames, -1).mean(axis=1)


@dataclass
class _Blob:
    centroid: np.ndarray  # (x, y) in analysis pixels
    box: np.ndarray  # (x0, y0, x1, y1) in analysis pixels
    area: float
    color: np.ndarray
    label: int  # in the frame's connected-component label image


def validate_frames(frames: np.ndarray, fps: float) -> None:
    """Raise ``ValueError`` with what to change unless ``frames`` is uint8 [T, H, W, 3] and fps > 0."""
    if not isinstance(frames, np.ndarray) or frames.ndim != 4 or frames.shape[-1] != 3:
        shape = getattr(frames, "shape", None)
        raise ValueError(f"frames must be a numpy array [T, H, W, 3] (RGB), got shape {shape}")
    if frames.dtype != np.uint8:
        raise ValueError(f"frames must be uint8 (0-255), got {frames.dtype}")
    if min(frames.shape[:3]) < 1:
        raise ValueError(f"the video is empty (shape {list(frames.shape)})")
    if not (isinstance(fps, (int, float)) and math.isfinite(fps) and fps > 0):
        raise ValueError(f"fps must be a positive number, got {fps!r}")


def luminance(frames: np.ndarray) -> np.ndarray:
    """Rec. 601 luma of RGB frames as float32 0-255 (what viewers perceive as flicker)."""
    return frames.astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)  # float32 already


def find_blobs(mask: np.ndarray, rgb: np.ndarray, min_area: float) -> tuple[list[_Blob], np.ndarray]:
    """Connected components of ``mask`` larger than ``min_area``, and their label image.

    A blob's colour is the median of its pixels one pixel in from its outline, where the
    blurred difference image does not mix in the background.
    """
    import cv2

    count, labels, stats, centroids = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    core = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    blobs = []
    for label in range(1, count):
        left, top, w, h, area = stats[label]
        box = (slice(top, top + h), slice(left, left + w))  # (each blob looked at in its box only)
        inside = labels[box] == label
        if area < min_area:
            labels[box][inside] = 0
            continue
        cored = inside & core[box]
        pixels = rgb[box][cored] if cored.any() else rgb[box][inside]
        blobs.append(_Blob(centroids[label].astype(float), np.array([left, top, left + w, top + h], float),
                           float(area), np.median(pixels, axis=0), label))
    return blobs, labels


def _associate(tracks: list[dict], blobs: list[_Blob], t: int, settings: TrackingSettings, diagonal: float,
               min_area: float = 0.0, smaller_before: list[_Blob] | None = None) -> list[_Blob]:
    """Greedy nearest-prediction matching: cheapest pairs first, within the distance and size gates; a blob
    left over starts a track when it is at least ``min_area`` (smaller ones may only continue a track, and are
    returned: one may yet continue a later track backwards). ``smaller_before``: the blobs too small to start a
    track in the frame before (``_grown_in_place``)."""
    live = [tr for tr in tracks if t - tr["frames"][-1] <= settings.max_gap + 1]
    pairs = []
    for i, tr in enumerate(live):  # (a small blob matches only within the size gate of the track it continues)
        last = tr["centroids"][-1]
        gap = t - tr["frames"][-1]
        velocity = (last - tr["centroids"][-2]) / (tr["frames"][-1] - tr["frames"][-2]) if len(tr["frames"]) > 1 else 0.0
        predicted = last + velocity * gap
        for j, blob in enumerate(blobs):
            distance = min(np.linalg.norm(blob.centroid - predicted), np.linalg.norm(blob.centroid - last))
            size_ratio = max(blob.area, tr["areas"][-1]) / max(1.0, min(blob.area, tr["areas"][-1]))
            if distance <= settings.gate_fraction * diagonal and size_ratio <= settings.max_size_ratio \
                    and not _another_thing(tr, blob, distance / gap) \
                    and not _grown_in_place(tr, blob, distance / gap, smaller_before or [], settings):
                pairs.append((distance / diagonal + 0.1 * math.log(size_ratio), i, j))
    used_tracks, used_blobs = set(), set()
    for _, i, j in sorted(pairs):
        if i in used_tracks or j in used_blobs:
            continue
        used_tracks.add(i)
        used_blobs.add(j)
        _extend(live[i], blobs[j], t)
    smaller = []
    for j, blob in enumerate(blobs):
        if j in used_blobs:
            continue
        if blob.area >= min_area:
            tracks.append({"frames": [], "centroids": [], "boxes": [], "areas": [], "colors": []})
            _extend(tracks[-1], blob, t)
        else:
            smaller.append(blob)
    return smaller


def _extend_backwards(tracks: list[dict], smaller: list[list[_Blob]], settings: TrackingSettings) -> None:
    """A body too small to start a track (a held can a few analysis pixels across) is picked up only once its fall
    blurs it larger, yet it was there before: each track that opens falling is taken back through the smaller
    blobs left over in the frames before its first sample, as the tracker carries one forward with them. A blob
    continues it backwards when it lies within EARLIER_REACH body sizes of the way back its first two samples
    lead (a falling body covered less than its first step in the frame before: anywhere between that step taken
    back and where it starts), within the size gate and of its colour."""
    for track in sorted(tracks, key=lambda tr: -len(tr["frames"])):  # (the longest tracks have first pick)
        if not _opens_falling(track):
            continue
        while track["frames"][0] > 0:
            first = track["frames"][0]
            earlier = None
            for t in range(first - 1, max(-1, first - settings.max_gap - 2), -1):
                near = [(distance, blob) for blob in smaller[t]
                        if (distance := _off_the_way_back(track, blob, first - t, settings)) is not None]
                if near:
                    earlier = t, min(near, key=lambda pair: pair[0])[1]
                    break
            if earlier is None:
                break
            t, blob = earlier
            smaller[t] = [other for other in smaller[t] if other is not blob]
            for name, value in (("frames", t), ("centroids", blob.centroid), ("boxes", blob.box), ("areas", blob.area),
                                ("colors", blob.color)):
                track[name].insert(0, value)


def _opens_falling(track: dict) -> bool:
    """The track's first step goes down more than sideways, by BLURRED_STEP of its size or more: a body speeding up
    from rest, which its own blur makes larger as it goes (a thing that rolls or flies in is as large at its first
    sample as before it; a piece that creeps down as a ball lands on its shadow is not yet smeared by any blur)."""
    if len(track["frames"]) < 2:
        return False
    step = (np.asarray(track["centroids"][1], float) - np.asarray(track["centroids"][0], float)) / (
        track["frames"][1] - track["frames"][0])
    return bool(step[1] > abs(step[0]) and step[1] >= BLURRED_STEP * math.sqrt(track["areas"][0]))


def _off_the_way_back(track: dict, blob: _Blob, gap: int, settings: TrackingSettings) -> float | None:
    """How far ``blob``, ``gap`` frames before the track's first sample, lies from the way back its motion leads
    (analysis pixels), or None where it is no earlier sample of it (too far, too large or small, another colour)."""
    start = np.asarray(track["centroids"][0], float)
    step = np.zeros(2)
    if len(track["frames"]) > 1:
        step = (np.asarray(track["centroids"][1], float) - start) / (track["frames"][1] - track["frames"][0])
    back = start - step * gap
    along = blob.centroid - back
    span = start - back
    share = float(np.clip(np.dot(along, span) / max(float(np.dot(span, span)), 1e-9), 0.0, 1.0))
    distance = float(np.linalg.norm(along - share * span))
    size_ratio = max(blob.area, track["areas"][0]) / max(1.0, min(blob.area, track["areas"][0]))
    colour = np.median(np.asarray(track["colors"][:3]), axis=0)
    if (distance > EARLIER_REACH * math.sqrt(max(blob.area, track["areas"][0])) or size_ratio > settings.max_size_ratio
            or float(np.max(np.abs(np.asarray(blob.color, float) - colour))) > MERGE_COLOUR):
        return None
    return distance


def _another_thing(track: dict, blob: _Blob, step: float) -> bool:
    """A body does not hop many of its own sizes in a frame and change colour as it lands: a blob that far from
    where the track was going, in another colour, is something else (a second ball coming into view as the shade
    under a falling one ends), however wide the distance gate."""
    size = math.sqrt(max(blob.area, track["areas"][-1]))
    if step <= HOP_SIZES * size:
        return False
    colour = np.median(np.asarray(track["colors"][-3:]), axis=0)
    return float(np.max(np.abs(np.asarray(blob.color, float) - colour))) > MERGE_COLOUR


def _grown_in_place(track: dict, blob: _Blob, step: float, smaller_before: list[_Blob],
                    settings: TrackingSettings) -> bool:
    """A body too small to start a track (a held can a few analysis pixels across) is a smaller blob frame after
    frame in one place until it grows past the start size; the blob it grows into is that body, not the far end of
    a hop from a track that opened elsewhere (a blob of the pan's border, seen once, that would drag the can's track
    out to the frame's edge). A blob within its own size of a smaller blob of the frame before, of the same size
    within the size gate, does not continue a track seen once (no path yet to predict from) from HOP_SIZES of its
    sizes a frame away or more. Place and size
    only: a small blob's colour swings by tens of levels from frame to frame as the backdrop blurs into it, so a
    colour test would put the decision on a knife edge."""
    size = math.sqrt(max(blob.area, track["areas"][-1]))
    if len(track["frames"]) > 1 or step <= HOP_SIZES * size:  # (a track with a path is gated on where it led)
        return False
    reach = math.sqrt(blob.area)
    return any(float(np.linalg.norm(blob.centroid - before.centroid)) <= reach
               and max(blob.area, before.area) <= settings.max_size_ratio * max(1.0, min(blob.area, before.area))
               for before in smaller_before)


def _split_merge(blob: _Blob, blob_mask: np.ndarray, rgb: np.ndarray, tracks: list[dict], t: int,
                 settings: TrackingSettings, min_area: float) -> list[tuple[_Blob, np.ndarray]]:
    """Two objects that touch make one blob; when a blob grew past the object followed there by parts of
    another colour, they are split off so the two stay two tracks (two boxes in contact, pushed apart).

    The followed object is the live track whose last box overlaps the blob; the blob is split when it is
    MERGE_GROWTH times that track's median size and the pixels far from the track's colour (opened, so an
    object's own anti-aliased rim does not count) make up at least half the growth. Far pixels that lie mostly
    in the object's last box, and smaller than it, are its own other tones (the lit top of a dark, shaded ball that
    reaches its shadow on the floor), not another object, which comes from outside: they stay with it.
    """
    import cv2

    for track in tracks:
        if t - track["frames"][-1] > settings.max_gap + 1:
            continue
        box = track["boxes"][-1]
        if box[0] >= blob.box[2] or blob.box[0] >= box[2] or box[1] >= blob.box[3] or blob.box[1] >= box[3]:
            continue
        recent = float(np.median(track["areas"]))  # its whole history: a merge may grow over several frames
        if blob.area < MERGE_GROWTH * recent:
            continue
        colour = np.median(np.asarray(track["colors"][-3:]), axis=0)
        far = blob_mask & (largest_channel(np.abs(rgb.astype(np.float32) - colour)) > MERGE_COLOUR)
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (settings.opening_px, settings.opening_px))
        far = cv2.morphologyEx(far.astype(np.uint8), cv2.MORPH_OPEN, kernel) > 0
        count, labels = cv2.connectedComponents(far.astype(np.uint8))  # the other object, its ghost: each apart
        others = [part for part in (labels == k for k in range(1, count))
                  if not (_mostly_within(part, box) and part.sum() < recent)]
        if sum(int(part.sum()) for part in others) < max(min_area, 0.5 * (blob.area - recent)):
            continue
        masks = [blob_mask & ~np.any(others, axis=0), *others]
        return [(part, mask) for mask in masks if (part := _blob_of(mask, rgb)) is not None]
    return [(blob, blob_mask)]


def _mostly_within(mask: np.ndarray, box: np.ndarray) -> bool:
    """At least half of ``mask``'s pixels lie in ``box`` (x0, y0, x1, y1)."""
    ys, xs = np.nonzero(mask)
    inside = (xs >= box[0]) & (xs < box[2]) & (ys >= box[1]) & (ys < box[3])
    return bool(inside.mean() >= 0.5) if len(xs) else True


def _blob_of(mask: np.ndarray, rgb: np.ndarray) -> _Blob | None:
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return None
    box = np.array([xs.min(), ys.min(), xs.max() + 1, ys.max() + 1], float)
    return _Blob(np.array([xs.mean(), ys.mean()]), box, float(len(xs)), np.median(rgb[mask], axis=0), -1)


def _extend(track: dict, blob: _Blob, t: int) -> None:
    track["frames"].append(t)
    track["centroids"].append(blob.centroid)
    track["boxes"].append(blob.box)
    track["areas"].append(blob.area)
    track["colors"].append(blob.color)


@dataclass
class _Pass:
    """One sweep of foreground detection and association against a background estimate."""

    foreground: np.ndarray  # bool [T, h, w]
    ghosts: np.ndarray  # bool [T, h, w]
    tracks: list[dict]
    difference: np.ndarray
    threshold: float


def _detect(small: np.ndarray, smoothed: np.ndarray, background: np.ndarray, gray: np.ndarray,
            settings: TrackingSettings, threshold: float | None = None) -> _Pass:
    import cv2

    num_frames, h, w = gray.shape
    difference = color_difference(smoothed, background)
    threshold = foreground_threshold(difference,
                                     settings.min_difference, settings.noise_factor) if threshold is None else threshold
    opening = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (settings.opening_px, settings.opening_px))
    closing = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (settings.closing_px, settings.closing_px))
    min_area = max(2.0, settings.min_area_fraction * h * w)
    background_edges = sobel_magnitude(luminance(background[None].astype(np.uint8))[0])
    diagonal = math.hypot(w, h)
    foreground = np.zeros((num_frames, h, w), dtype=bool)
    ghosts = np.zeros((num_frames, h, w), dtype=bool)
    tracks: list[dict] = []
    smaller: list[list[_Blob]] = [[] for _ in range(num_frames)]  # blobs too small to start a track, left over
    for t in range(num_frames):
        mask = cv2.morphologyEx((difference[t] > threshold).astype(np.uint8), cv2.MORPH_OPEN, opening)
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, closing)  # rejoin a sprite and its label, split shading
        blobs, labels = find_blobs(mask, small[t], settings.continue_area_share * min_area)
        if not blobs:
            continue
        frame_edges = sobel_magnitude(gray[t])
        kept = []
        for whole in blobs:
            for blob, blob_mask in _split_merge(whole, labels == whole.label, small[t], tracks, t, settings, min_area):
                if (is_ghost(blob_mask.astype(np.uint8), frame_edges, background_edges)
                        or shows_backdrop(blob_mask, smoothed[t], background, threshold)):
                    ghosts[t] |= blob_mask
                else:
                    foreground[t] |= blob_mask
                    kept.append(blob)
        smaller[t] = _associate(tracks, kept, t, settings, diagonal, min_area, smaller[t - 1] if t else None)
    _extend_backwards(tracks, smaller, settings)
    return _Pass(foreground, ghosts, tracks, difference, threshold)


def analysis_frames(frames: np.ndarray, max_side: int) -> np.ndarray:
    """Frames whose longest side is at most ``max_side``: each pixel the mean of a k×k block (k whole, so
    OpenCV's fast area path runs; averaging tames noise), then a bilinear step to the exact size.
    About twice as fast as one area resize by a fractional factor at 832×480."""
    import cv2

    _, h, w, _ = frames.shape
    scale = max_side / max(h, w)
    if scale >= 1:
        return frames
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    k = int(1 / scale)
    if k < 2:  # small frames: one area resize is cheap
        return np.stack([cv2.resize(frame, size, interpolation=cv2.INTER_AREA) for frame in frames])
    block = (max(1, w // k), max(1, h // k))
    crop_h, crop_w = block[1] * k, block[0] * k
    out = np.empty((len(frames), size[1], size[0], 3), np.uint8)
    for i, frame in enumerate(frames):
        small = cv2.resize(frame[:crop_h, :crop_w], block, interpolation=cv2.INTER_AREA)
        out[i] = small if block == size else cv2.resize(small, size, interpolation=cv2.INTER_LINEAR)
    return out


def track_objects(frames: np.ndarray, fps: float, settings: TrackingSettings | None = None,
                  camera: CameraMotion | None = None) -> Tracking:
    """Find and follow what moves in ``frames`` (uint8 [T, H, W, 3]); see the module docstring.

    When a pass finds ghosts, their pixels get the background seen in the ghost frames and another pass runs (up to MAX_REPAIRS
    times, while new ghosts show), so an object that rests for most of the clip is followed while it rests (instead of vanishing
    into the background and leaving a ghost where it arrives). ``camera``: the camera's motion in the analysis pixels, when
    another look at the clip has estimated it already.
    """
    settings = settings or TrackingSettings()
    validate_frames(frames, fps)
    _, height, width, _ = frames.shape
    return track_analysed(analysis_frames(frames, settings.max_side), fps, settings, width, height, camera)


def track_analysed(small: np.ndarray, fps: float, settings: TrackingSettings, width: int, height: int,
                   camera: CameraMotion | None = None) -> Tracking:
    """``track_objects`` on frames already at the analysis size, of a video ``width`` x ``height`` pixels."""
    import cv2

    num_frames, h, w = small.shape[:3]
    gray = luminance(small)
    notes: list[str] = []
    camera = estimate_camera_motion(gray) if camera is None else camera
    if camera.unknown:
        notes.append(f"camera motion unknown: {camera.unknown}; frames judged as filmed, not looked at closer")
    if camera.moved:  # judged in the reference frame's view: the backdrop holds still, a zoom is no size change
        small = stabilised(small, camera)
        gray = luminance(small)
        notes.append(f"moving camera: frames held still against it (up to {camera.largest_shift(w, h):.1f} px at "
                     f"{max(w, h)} px, zoom {camera.zoom().min():.3f}-{camera.zoom().max():.3f})")
    smoothed = np.stack([cv2.GaussianBlur(frame, (5, 5), 1.0) for frame in small])  # pixel noise down ~3x
    background, corrected = initial_background(smoothed, settings.min_difference)
    sweep = _detect(small, smoothed, background, gray, settings)
    if sweep.threshold > settings.min_difference:
        notes.append(f"noisy video: foreground threshold raised to {sweep.threshold:.0f}/255")
    repairs = 0
    # a repair from a few frames can leave a blend, and uncover another ghost (a box that rested, then was
    # pushed away): repair again while a pass shows ghosts
    while repairs < MAX_REPAIRS and sweep.ghosts.any():
        background = repair_background(smoothed, background, sweep.ghosts, sweep.foreground)
        sweep = _detect(small, smoothed, background, gray, settings, sweep.threshold)
        repairs += 1
    bridged = bridged_places(smoothed, sweep.foreground, sweep.difference > sweep.threshold, settings.min_difference)
    if bridged.any():  # an object that covered a place all clip long: the place is the object's, not the backdrop's
        filled = fill_from_around(background, bridged, settings.min_difference, joined_extent(bridged, sweep.foreground))
        # a band inside the object's extent, not backdrop that merely has its colour (a lawn behind a green shirt)
        if lies_between_pieces(largest_channel(np.abs(filled - background)) > 0, sweep.foreground):
            joined = _detect(small, smoothed, filled, gray, settings, sweep.threshold)
            if len(joined.tracks) < len(sweep.tracks) and not joined.ghosts.any():  # it rejoined the pieces, only that
                background, sweep, corrected = filled, joined, True
    if repairs or corrected:
        notes.append("something stayed still for most of the clip: background repaired where it was seen absent")

    scale = np.array([width / w, height / h])
    tracks = [
        Track(
            track_id=i,
            frames=np.asarray(raw["frames"], dtype=int),
            centroids=(np.asarray(raw["centroids"]) + 0.5) * scale,  # pixel i's centre is i + 0.5
            boxes=np.asarray(raw["boxes"]) * np.concatenate([scale, scale]),
            areas=np.asarray(raw["areas"]) * scale.prod(),
            colors=np.asarray(raw["colors"], dtype=float),
        )
        for i, raw in enumerate(sweep.tracks)
    ]
    ever_moved = cv2.dilate(sweep.foreground.any(axis=0).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    static_mask = ~ever_moved & ~(sweep.difference > sweep.threshold).any(axis=0)
    return Tracking(tracks, width, height, float(fps), num_frames, gray, sweep.foreground, static_mask,
                    sweep.threshold, notes, small, background, sweep.difference.max(axis=0), camera)
