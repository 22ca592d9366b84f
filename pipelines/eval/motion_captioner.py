"""The embedded captioner: says in words what the tracker measured in the pixels.

PhyT2V compares a caption of the generated video with the prompt; without a VLM we can still
report the motion that is really there (directions, falling, bounces, appearing, approaching,
colours), and, just as important, not report what is not. It reads the video only, never the
layout that produced it, so a generator that ignored its layout gets an honest description.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..core.judging import Caption, JudgeError, Video
from .closer_look import track_objects_or_look_closer
from .motion import fit_trajectory
from .tracking import Track, Tracking, TrackingSettings

MOTION_CAPTIONER_ID = "motion-captioner"
CAPTION_LABEL = "measured motion (not a VLM caption)"

# Reference colours for naming a blob's median colour (nearest in CIELAB, where distance
# roughly follows perceived difference). Shaded sprites are darker than their base colour, so
# the table has dark shades too, under the same names.
COLOR_TABLE: tuple[tuple[str, tuple[int, int, int]], ...] = (
    ("red", (210, 40, 40)), ("red", (140, 25, 25)),
    ("orange", (245, 135, 30)), ("yellow", (240, 210, 40)),
    ("green", (50, 170, 70)), ("green", (25, 95, 40)),
    ("cyan", (40, 200, 220)), ("blue", (40, 90, 220)), ("blue", (25, 40, 120)),
    ("purple", (135, 60, 185)), ("pink", (240, 130, 180)), ("brown", (130, 80, 40)),
    ("white", (245, 245, 245)), ("gray", (128, 128, 128)), ("black", (25, 25, 25)),
)
MOVE_FRACTION = 0.1  # net travel (share of the frame side) that counts as moving in a direction
ARC_FRACTION = 0.08  # rise and fall both larger than this share of the height: an arc
ACCEL_WORD_MIN = 0.3  # frame heights / s² for "speeding up" / "slowing down"
SLOW_SPEED, FAST_SPEED = 0.15, 0.8  # frame sides per second
ERRATIC_ROUGHNESS = 0.6  # path roughness (see ``path_roughness``) above which motion is "erratic"
EDGE_MARGIN = 0.02  # boxes within this share of a border touch it (cut off, or leaving)
SIZE_CHANGE = 1.5  # area ratio (end / start) for "grows" (or 1 / ratio for "shrinks")
MAX_DESCRIBED = 5
ORDINALS = ("", "second", "third", "fourth", "fifth")
COUNT_WORDS = {1: "once", 2: "twice"}


def color_name(rgb: tuple[float, float, float] | np.ndarray) -> str:
    """The nearest name in ``COLOR_TABLE`` to an RGB colour (0-255), compared in CIELAB."""
    import cv2

    names = [name for name, _ in COLOR_TABLE]
    palette = np.array([color for _, color in COLOR_TABLE] + [tuple(rgb)], dtype=np.float32)[None] / 255.0
    lab = cv2.cvtColor(palette, cv2.COLOR_RGB2Lab)[0]
    return names[int(np.argmin(np.linalg.norm(lab[:-1] - lab[-1], axis=1)))]


def region_name(x: float, y: float) -> str:
    """'top left', 'centre', 'bottom', ... for a point in normalised frame coordinates."""
    column = "left" if x < 1 / 3 else "right" if x > 2 / 3 else ""
    row = "top" if y < 1 / 3 else "bottom" if y > 2 / 3 else ""
    return " ".join(w for w in (row, column) if w) or "centre"


def _side(x: float) -> str:
    return "left" if x < 1 / 3 else "right" if x > 2 / 3 else "centre"


def _times(count: int) -> str:
    return COUNT_WORDS.get(count, f"{count} times")


def _touches_edge(box: np.ndarray, width: int, height: int) -> str | None:
    x0, y0, x1, y1 = box
    if x0 <= EDGE_MARGIN * width:
        return "left"
    if x1 >= (1 - EDGE_MARGIN) * width:
        return "right"
    if y0 <= EDGE_MARGIN * height:
        return "top"
    if y1 >= (1 - EDGE_MARGIN) * height:
        return "bottom"
    return None


def path_roughness(track: Track) -> float | None:
    """Median |second difference| / median |first difference| of the centroid path.

    Steady or smoothly accelerating motion (a throw, a car speeding up) stays well under 0.5;
    a path that jumps about every frame is near or above 1. A single bounce is one sample of
    the median and does not count. None for fewer than 4 samples.
    """
    if track.length < 4:
        return None
    gaps = np.diff(track.frames)[:, None]
    velocity = np.diff(track.centroids, axis=0) / gaps
    acceleration = np.diff(velocity, axis=0)
    speed = float(np.median(np.linalg.norm(velocity, axis=1)))
    return float(np.median(np.linalg.norm(acceleration, axis=1))) / max(speed, 1e-6)


def track_facts(track: Track, tracking: Tracking) -> dict[str, Any]:
    """What the words are built from, as data (also returned in the caption's details)."""
    w, h, fps, last_frame = tracking.width, tracking.height, tracking.fps, tracking.num_frames - 1
    xy = track.centroids / np.array([w, h])
    start, end = xy[0], xy[-1]
    fit = fit_trajectory(track, fps, h)
    steps = np.diff(track.centroids, axis=0) / np.diff(track.frames)[:, None]
    speed = float(np.median(np.linalg.norm(steps, axis=1))) * fps / max(w, h) if len(steps) else 0.0
    moved = track.extent() >= MOVE_FRACTION / 2 * min(w, h)
    settles = moved and fit.rest_frame is not None and track.last_frame == last_frame
    inside = [i for i, box in enumerate(track.boxes) if _touches_edge(box, w, h) is None]  # whole, not cut by the border
    size_ratio = float(track.areas[inside[-3:]].mean() / track.areas[inside[:3]].mean()) if len(inside) >= 2 else 1.0
    leaves = track.last_frame < last_frame
    vertical_accel = [seg.acceleration[1] for seg in fit.segments]
    roughness = path_roughness(track)
    return {
        "track": track.track_id,
        "color": color_name(track.color),
        "start_xy": [round(float(v), 4) for v in start],
        "end_xy": [round(float(v), 4) for v in end],
        "start_region": region_name(*start),
        "end_region": region_name(*end),
        "dx": round(float(end[0] - start[0]), 4),
        "dy": round(float(end[1] - start[1]), 4),
        "rise": round(float(start[1] - xy[:, 1].min()), 4),
        "fall": round(float(end[1] - xy[:, 1].min()), 4),
        "speed": round(speed, 4),
        "moved": bool(moved),
        "roughness": None if roughness is None else round(roughness, 3),
        "erratic": bool(moved and roughness is not None and roughness > ERRATIC_ROUGHNESS),
        "bounce_frames": fit.bounces,
        "bounce_y": [round(float(track.centroids[list(track.frames).index(f), 1] / h), 3) for f in fit.bounces],
        "accel_y": round(float(np.mean(vertical_accel)), 3) if vertical_accel else None,
        "size_ratio": round(size_ratio, 3),
        "appears_s": round(track.first_frame / fps, 2) if track.first_frame > 0 else None,
        "entry_edge": _touches_edge(track.boxes[0], w, h) if track.first_frame > 0 else None,
        "disappears_s": round((track.last_frame + 1) / fps, 2) if leaves else None,
        "exit_edge": _touches_edge(track.boxes[-1], w, h) if leaves else None,
        "comes_to_rest": bool(settles),
        "rest_s": round(fit.rest_frame / fps, 2) if settles else None,
    }


def _vertical_words(f: dict[str, Any]) -> tuple[str, str] | None:
    """(with a horizontal move, alone): 'while falling, speeding up' / 'falls, speeding up'.

    "Falls" is kept for motion that speeds up downward; steady downward motion (walking
    toward the camera, say) only "moves down".
    """
    accel = f["accel_y"]
    if f["rise"] > ARC_FRACTION and f["fall"] > ARC_FRACTION:
        return "along an arc (up, then down)", "rises, then falls"
    if f["dy"] >= MOVE_FRACTION:
        if accel is not None and accel > ACCEL_WORD_MIN:
            return "while falling, speeding up", "falls, speeding up"
        return "while moving down", "moves down"
    if f["dy"] <= -MOVE_FRACTION:
        if accel is not None and accel > ACCEL_WORD_MIN:
            return "while rising, slowing down", "rises, slowing down"
        return "while rising", "rises"
    return None


def _motion_clause(f: dict[str, Any]) -> str:
    """Direction and vertical profile: 'moves from the left to the right while falling, speeding up'."""
    if not f["moved"]:
        return f"stays in the {f['start_region']}"
    speed = "slowly " if f["speed"] < SLOW_SPEED else "quickly " if f["speed"] > FAST_SPEED else ""
    if f["erratic"]:
        return "moves erratically (its path fits no steady motion)"
    horizontal = "right" if f["dx"] >= MOVE_FRACTION else "left" if f["dx"] <= -MOVE_FRACTION else None
    vertical = _vertical_words(f)
    if horizontal:
        start, end = _side(f["start_xy"][0]), _side(f["end_xy"][0])
        path = f"from the {start} to the {end}" if start != end and end == horizontal else f"to the {horizontal}"
        return f"moves {speed}{path}" + (f" {vertical[0]}" if vertical else "")
    if vertical:
        return f"{speed}{vertical[1]}"
    return f"moves {speed}about in the {f['start_region']}, ending where it started"


def _join(subject: str, clauses: list[str], ending: str | None) -> str:
    if ending:
        clauses = [*clauses, ending]
    if len(clauses) == 1:
        return f"{subject} {clauses[0]}."
    joiner = ", then " if ending else " and "
    return f"{subject} {', '.join(clauses[:-1])}{joiner}{clauses[-1]}."


def _subject(color: str, ordinal: int) -> str:
    return f"A {color} object" if ordinal == 0 else f"A {ORDINALS[ordinal]}, {color} object"


def describe_track(f: dict[str, Any], ordinal: int) -> str:
    """One sentence per object, clauses in the order things happen."""
    clauses: list[str] = []
    if f["appears_s"] is not None:
        clauses.append(f"enters the frame from the {f['entry_edge']} at {f['appears_s']:.1f} s" if f["entry_edge"]
                       else f"appears at {f['appears_s']:.1f} s in the {f['start_region']}")
    clauses.append(_motion_clause(f))
    bounces = len(f["bounce_frames"])
    if bounces and not f["erratic"]:
        where = " on the bottom of the frame" if min(f["bounce_y"]) > 2 / 3 else ""
        clauses.append(f"bounces {_times(bounces)}{where}")
    if f["size_ratio"] >= SIZE_CHANGE:
        clauses.append("grows (approaching)")
    elif f["size_ratio"] <= 1 / SIZE_CHANGE:
        clauses.append("shrinks (receding)")
    ending = None
    if f["comes_to_rest"]:
        ending = f"comes to rest in the {f['end_region']}"
    elif f["disappears_s"] is not None:
        ending = (f"leaves the frame at the {f['exit_edge']} at {f['disappears_s']:.1f} s" if f["exit_edge"]
                  else f"disappears at {f['disappears_s']:.1f} s")
    return _join(_subject(f["color"], ordinal), clauses, ending)


def significant(tracks: list[Track], num_frames: int) -> list[Track]:
    """Tracks seen long enough to describe, in order of appearance (larger first on ties)."""
    min_length = max(3, min(6, round(0.1 * num_frames))) if num_frames >= 3 else num_frames
    kept = [tr for tr in tracks if tr.length >= min_length]
    return sorted(kept, key=lambda tr: (tr.first_frame, -float(tr.areas.mean())))


class MotionCaptioner:
    """Captioner describing tracked motion in words; ``details`` holds the measured facts."""

    def __init__(self, settings: TrackingSettings | None = None, captioner_id: str = MOTION_CAPTIONER_ID) -> None:
        self.settings = settings or TrackingSettings()
        self.captioner_id = captioner_id

    def caption(self, video: Video, prompt: str | None = None) -> Caption:
        """Describe ``video``; ``prompt`` is ignored (the caption reports pixels, not intent)."""
        try:
            tracking = track_objects_or_look_closer(video.frames, video.fps, self.settings)
        except ValueError as exc:
            raise JudgeError(f"the motion captioner cannot read this video: {exc}") from None
        tracks = significant(tracking.tracks, tracking.num_frames)
        movers = [track_facts(track, tracking) for track in tracks]
        sentences = [describe_track(f, i) for i, f in enumerate(movers[:MAX_DESCRIBED])]
        if len(movers) > MAX_DESCRIBED:
            sentences.append(f"{len(movers) - MAX_DESCRIBED} more changing regions are not described.")
        if float(np.mean(tracking.foreground_fraction)) > 0.5:
            sentences.append("Most of the frame changes over time (camera motion, lighting or a cut), "
                             "so separate objects may be missed.")
        if not sentences:
            sentences.append("Nothing moves: the scene is static." if tracking.num_frames > 1
                             else "A single still frame: there is no motion to describe.")
        details = {
            "label": CAPTION_LABEL,
            "tracks": movers,
            "track_summaries": [tr.summary(tracking.fps, tracking.width, tracking.height) for tr in tracks],
            "notes": tracking.notes,
        }
        return Caption(text=" ".join(sentences), captioner_id=self.captioner_id, details=details)
