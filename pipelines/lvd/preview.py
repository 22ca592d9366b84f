"""The "preview" generator: draws a layout as an animated video on the CPU in milliseconds.

It is a drawing of the layout (shaded sprites moving along the interpolated boxes over a
procedural background), not a video model: it lets a user check a plan's motion before
spending GPU minutes, and gives every stage a real video to work with when no model is
available. The UI labels its output "preview".
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..core.errors import PhyStudioError
from ..core.generation import CancelToken
from ..core.layout import Layout, LayoutObject, interpolate_frames, keyframe_times
from ..core.video import write_gif, write_mp4

PREVIEW_BACKEND_ID = "preview"
MIN_SIDE, MAX_SIDE = 16, 4096
MAX_FRAMES = 1000

RGB = tuple[int, int, int]


class PreviewError(PhyStudioError, ValueError):
    """Settings or a layout the preview cannot draw; the message says what to change."""


@dataclass(frozen=True)
class PreviewSettings:
    width: int = 512
    height: int = 512
    num_frames: int | None = None  # None: the layout's own duration at ``fps``
    fps: float = 8.0
    trails: bool = True
    labels: bool = True
    show_keyframe_marker: bool = False

    def __post_init__(self) -> None:
        for name in ("width", "height"):
            value = getattr(self, name)
            if not isinstance(value, int) or not MIN_SIDE <= value <= MAX_SIDE:
                raise PreviewError(f"preview {name} must be an integer in [{MIN_SIDE}, {MAX_SIDE}], got {value!r}")
        if not (isinstance(self.fps, (int, float)) and math.isfinite(self.fps) and 0 < self.fps <= 120):
            raise PreviewError(f"preview fps must be in (0, 120], got {self.fps!r}")
        if self.num_frames is not None and (not isinstance(self.num_frames, int) or not 1 <= self.num_frames <= MAX_FRAMES):
            raise PreviewError(f"num_frames must be an integer in [1, {MAX_FRAMES}] or None, got {self.num_frames!r}")

    def frame_count(self, layout: Layout) -> int:
        """``num_frames``, or the keyframes' span ((K-1) / keyframe_fps seconds) at ``fps``, plus the first frame."""
        if self.num_frames is not None:
            return self.num_frames
        if not layout.keyframe_fps > 0:
            raise PreviewError(f"layout keyframe_fps must be positive, got {layout.keyframe_fps!r}")
        seconds = (layout.num_keyframes - 1) / layout.keyframe_fps
        count = round(seconds * self.fps) + 1
        if count > MAX_FRAMES:
            raise PreviewError(f"the layout lasts {seconds:g} s = {count} frames at {self.fps:g} fps (limit {MAX_FRAMES}); lower fps")
        return count


@dataclass(frozen=True)
class RenderResult:
    video_path: Path
    gif_path: Path | None
    num_frames: int
    fps: float
    width: int  # of the encoded video (odd sizes are padded to even, see write_mp4)
    height: int
    timings: dict[str, float] = field(default_factory=dict)


# ------------------------------------------------------------------------------ colours
NAMED_COLORS: dict[str, RGB] = {
    "red": (215, 38, 38),
    "blue": (38, 92, 218),
    "green": (40, 165, 70),
    "yellow": (245, 208, 40),
    "orange": (245, 135, 30),
    "purple": (135, 60, 185),
    "violet": (150, 95, 210),
    "pink": (242, 130, 178),
    "magenta": (215, 45, 170),
    "brown": (128, 78, 40),
    "black": (28, 28, 30),
    "white": (245, 245, 242),
    "gray": (135, 135, 140),
    "grey": (135, 135, 140),
    "silver": (192, 192, 200),
    "gold": (212, 172, 50),
    "golden": (212, 172, 50),
    "cyan": (40, 200, 222),
    "teal": (28, 135, 135),
    "turquoise": (60, 205, 190),
    "navy": (25, 40, 110),
    "beige": (225, 205, 165),
    "tan": (205, 170, 125),
    "maroon": (125, 25, 35),
    "lime": (140, 220, 50),
}
_SHADE_WORDS = {"light": 0.45, "pale": 0.55, "bright": 0.15, "dark": -0.45, "deep": -0.3}
# Fallback colours for objects without one, far from each other and from the backgrounds.
ID_PALETTE: tuple[RGB, ...] = (
    (230, 90, 50),
    (60, 110, 230),
    (245, 190, 40),
    (170, 70, 200),
    (30, 180, 160),
    (235, 80, 150),
    (120, 200, 60),
    (150, 95, 55),
    (70, 70, 90),
    (250, 150, 110),
)


def parse_color(text: str) -> RGB | None:
    """A colour from free text: '#rrggbb', 'red', 'dark blue', 'light-grey'; None if it names none."""
    text = text.strip().lower()
    hex_match = re.fullmatch(r"#?([0-9a-f]{6})", text)
    if hex_match:
        digits = hex_match.group(1)
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    words = re.findall(r"[a-z]+", text)
    for i in range(len(words) - 1, -1, -1):
        base = NAMED_COLORS.get(words[i])
        if base is None:
            continue
        amount = _SHADE_WORDS.get(words[i - 1], 0.0) if i > 0 else 0.0
        return _lighten(base, amount) if amount >= 0 else _darken(base, -amount)
    return None


def object_color(obj: LayoutObject) -> RGB:
    """The ``color`` attribute, else a colour word in the name ('red ball'), else a stable one by id."""
    attributes = obj.attribute_dict
    for key in ("color", "colour"):
        if key in attributes:
            parsed = parse_color(attributes[key])
            if parsed is not None:
                return parsed
    from_name = parse_color(obj.name)
    return from_name if from_name is not None else ID_PALETTE[obj.id % len(ID_PALETTE)]


def _lighten(color: RGB, amount: float) -> RGB:
    return tuple(int(round(c + (255 - c) * amount)) for c in color)  # type: ignore[return-value]


def _darken(color: RGB, amount: float) -> RGB:
    return tuple(int(round(c * (1 - amount))) for c in color)  # type: ignore[return-value]


def _mix(a: np.ndarray, b: RGB, weight_b: float) -> tuple[float, float, float]:
    return tuple(float(x) * (1 - weight_b) + y * weight_b for x, y in zip(a, b))  # type: ignore[return-value]


# ------------------------------------------------------------------------------- shapes
ROUND_WORDS = frozenset(
    "ball balloon sun moon orb sphere bubble planet globe apple orange coin wheel tire tyre egg marble "
    "football basketball soccerball baseball volleyball tennisball beachball snowball donut doughnut "
    "plate pizza cookie clock head melon watermelon peach tomato cherry grape pearl drop droplet".split()
)


def sprite_shape(name: str) -> str:
    """'ellipse' for round things (by a keyword in the name, plurals too), else 'rounded_rect'."""
    for word in re.findall(r"[a-z]+", name.lower()):
        if word in ROUND_WORDS or (word.endswith("s") and word[:-1] in ROUND_WORDS):
            return "ellipse"
    return "rounded_rect"


# --------------------------------------------------------------------------- backgrounds
_BACKGROUND_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    # Checked in this order: "park at night" is night, "hotel pool" is water.
    ("space", frozenset("space galaxy universe cosmos".split())),
    ("night", frozenset("night nighttime midnight starry stars dark".split())),
    ("underwater", frozenset("underwater reef aquarium seabed".split())),
    ("pool", frozenset("pool swimming".split())),
    ("water", frozenset("sea ocean lake river pond water waves harbor harbour bay".split())),
    (
        "indoor",
        frozenset(
            "room kitchen office bedroom bathroom classroom hall hallway studio indoor indoors house home lab "
            "laboratory gym restaurant library living museum garage shop store bar cafe table desk".split()
        ),
    ),
    ("road", frozenset("street road city highway parking track avenue town alley".split())),
    ("sand", frozenset("beach desert dune dunes sand".split())),
    ("snow", frozenset("snow snowy ski winter ice glacier".split())),
    (
        "grass",
        frozenset(
            "garden park field meadow forest yard backyard playground lawn grass farm countryside hill hills "
            "mountain mountains outdoor outdoors stadium court pitch woods".split()
        ),
    ),
)
BACKGROUND_KINDS = tuple(kind for kind, _ in _BACKGROUND_WORDS) + ("plain",)


def background_kind(keyword: str) -> str:
    """Which procedural scene a background keyword gets (see ``BACKGROUND_KINDS``)."""
    words = set(re.findall(r"[a-z]+", (keyword or "").lower()))
    for kind, vocabulary in _BACKGROUND_WORDS:
        if words & vocabulary:
            return kind
    return "plain"


def render_background(keyword: str, width: int, height: int) -> np.ndarray:
    """The scene behind the sprites, read-only and cached: it is drawn once per (kind, size)."""
    return _background(background_kind(keyword), int(width), int(height))


@lru_cache(maxsize=32)
def _background(kind: str, width: int, height: int) -> np.ndarray:
    painter = _PAINTERS[kind]
    image = painter(width, height)
    image = np.ascontiguousarray(np.clip(image, 0, 255).astype(np.uint8))
    image.setflags(write=False)
    return image


def _vertical(height: int, width: int, stops: list[tuple[float, RGB]]) -> np.ndarray:
    """A float image whose colour changes top to bottom through ``stops`` (position in [0, 1], colour)."""
    y = (np.arange(height, dtype=np.float32) + 0.5) / height
    positions = [p for p, _ in stops]
    column = np.stack([np.interp(y, positions, [c[ch] for _, c in stops]) for ch in range(3)], axis=-1)
    return np.repeat(column[:, None, :].astype(np.float32), width, axis=1)


def _grid(height: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    return ys / height, xs / width


def _sky_and_ground(width: int, height: int, horizon: float, ground: list[tuple[float, RGB]]) -> np.ndarray:
    sky = [(0.0, (88, 148, 222)), (horizon, (192, 221, 245))]
    image = _vertical(height, width, sky + [(horizon + 1e-3, ground[0][1])] + [(horizon + (1 - horizon) * p, c) for p, c in ground])
    _clouds(image, width, height, horizon)
    return image


def _clouds(image: np.ndarray, width: int, height: int, horizon: float) -> None:
    import cv2

    layer = np.zeros((height, width), np.float32)
    s = min(width, height)
    for cx, cy, r in ((0.2, 0.12, 0.06), (0.27, 0.1, 0.05), (0.72, 0.2, 0.055), (0.79, 0.18, 0.045)):
        if cy + r < horizon:
            cv2.ellipse(layer, (int(cx * width), int(cy * height)), (int(2.2 * r * s), int(r * s)), 0, 0, 360, 1.0, -1)
    layer = cv2.GaussianBlur(layer, (0, 0), max(1.0, 0.015 * s))[..., None] * 0.8
    image[:] = image * (1 - layer) + 250 * layer


def _paint_grass(width: int, height: int) -> np.ndarray:
    horizon = 0.6
    image = _sky_and_ground(width, height, horizon, [(0.0, (118, 178, 84)), (1.0, (62, 124, 46))])
    ys, xs = _grid(height, width)
    ground = ys > horizon
    stripes = 7.0 * np.sin(2 * np.pi * (xs * 6 + ys * 2))  # mowing stripes
    image[ground] += stripes[ground][:, None]
    return image


def _paint_road(width: int, height: int) -> np.ndarray:
    import cv2

    horizon = 0.58
    image = _sky_and_ground(width, height, horizon, [(0.0, (150, 150, 155)), (0.08, (118, 118, 122)), (1.0, (78, 78, 82))])
    y = int((horizon + 0.55 * (1 - horizon)) * height)
    dash = max(4, width // 16)
    for x in range(0, width, 2 * dash):
        cv2.line(image, (x, y), (x + dash, y), (235, 225, 170), max(1, height // 128))
    return image


def _paint_sand(width: int, height: int) -> np.ndarray:
    horizon = 0.6
    image = _sky_and_ground(width, height, horizon, [(0.0, (236, 214, 166)), (1.0, (206, 178, 124))])
    ys, xs = _grid(height, width)
    ground = ys > horizon
    ripples = 6.0 * np.sin(2 * np.pi * (ys * 28 + 0.6 * np.sin(2 * np.pi * xs * 2)))
    image[ground] += ripples[ground][:, None]
    return image


def _paint_snow(width: int, height: int) -> np.ndarray:
    return _sky_and_ground(width, height, 0.6, [(0.0, (238, 243, 250)), (1.0, (212, 222, 236))])


def _paint_water(width: int, height: int, horizon: float = 0.42, deep: RGB = (16, 62, 112), shallow: RGB = (44, 122, 172)) -> np.ndarray:
    sky = [(0.0, (130, 186, 235)), (horizon, (202, 226, 246))] if horizon > 0 else []
    image = _vertical(height, width, sky + [(horizon + 1e-3, shallow), (1.0, deep)])
    ys, xs = _grid(height, width)
    water = ys > horizon
    depth = np.clip((ys - horizon) / max(1e-3, 1 - horizon), 0, 1)
    # Wave crests get wider and farther apart toward the viewer.
    waves = 14.0 * np.clip(np.sin(2 * np.pi * (6 / (0.15 + depth) + 0.8 * np.sin(2 * np.pi * xs * 3))), 0.6, 1.0) - 8.4
    image[water] += waves[water][:, None]
    return image


def _paint_pool(width: int, height: int) -> np.ndarray:
    return _paint_water(width, height, horizon=0.0, deep=(30, 130, 185), shallow=(92, 200, 222))


def _paint_underwater(width: int, height: int) -> np.ndarray:
    image = _vertical(height, width, [(0.0, (60, 150, 190)), (0.85, (14, 58, 96)), (0.851, (150, 135, 95)), (1.0, (110, 98, 66))])
    ys, xs = _grid(height, width)
    rays = 10.0 * np.clip(np.sin(2 * np.pi * (xs * 5 + ys * 1.5)), 0, 1) * (1 - ys)
    return image + rays[..., None]


def _stars(image: np.ndarray, width: int, height: int, bottom: float) -> None:
    rng = np.random.default_rng(20240901)  # fixed: the same sky on every render
    count = max(8, width * height // 1800)
    xs = rng.integers(0, width, count)
    ys = rng.integers(0, max(1, int(bottom * height)), count)
    brightness = rng.uniform(120, 255, count)
    image[ys, xs] = brightness[:, None]


def _paint_night(width: int, height: int) -> np.ndarray:
    image = _vertical(height, width, [(0.0, (6, 10, 34)), (0.78, (32, 44, 86)), (0.781, (16, 22, 30)), (1.0, (8, 12, 18))])
    _stars(image, width, height, bottom=0.75)
    return image


def _paint_space(width: int, height: int) -> np.ndarray:
    image = _vertical(height, width, [(0.0, (4, 4, 14)), (1.0, (16, 10, 34))])
    _stars(image, width, height, bottom=1.0)
    return image


def _paint_indoor(width: int, height: int) -> np.ndarray:
    import cv2

    floor_top = 0.66
    image = _vertical(
        height,
        width,
        [(0.0, (228, 218, 198)), (floor_top - 0.02, (206, 194, 172)), (floor_top - 0.0199, (150, 118, 86)),
         (floor_top, (150, 118, 86)), (floor_top + 1e-3, (176, 124, 78)), (1.0, (136, 92, 52))],
    )
    plank = max(3, int(0.065 * height))
    top = int(floor_top * height)
    for i, y in enumerate(range(top + plank, height, plank)):
        cv2.line(image, (0, y), (width - 1, y), (110, 72, 40), 1)
        offset = (i % 3) * width // 3
        for x in range(offset, width, width // 2):
            cv2.line(image, (x, y - plank + 1), (x, y - 1), (118, 78, 44), 1)
    return image


def _paint_plain(width: int, height: int) -> np.ndarray:
    return _vertical(height, width, [(0.0, (236, 236, 239)), (0.7, (212, 212, 217)), (0.701, (196, 196, 201)), (1.0, (176, 176, 182))])


_PAINTERS = {
    "space": _paint_space,
    "night": _paint_night,
    "underwater": _paint_underwater,
    "pool": _paint_pool,
    "water": _paint_water,
    "indoor": _paint_indoor,
    "road": _paint_road,
    "sand": _paint_sand,
    "snow": _paint_snow,
    "grass": _paint_grass,
    "plain": _paint_plain,
}


# ------------------------------------------------------------------------------ drawing
_SHIFT = 4  # OpenCV sub-pixel bits: coordinates are in 1/16 pixel, so slow motion stays smooth
_ONE = 1 << _SHIFT
_ARC = np.linspace(0.0, np.pi / 2, 7)
_CORNER_ARCS = [  # (corner x side, corner y side, angles), clockwise from top-left in image coordinates
    (0, 0, _ARC + np.pi),
    (1, 0, _ARC + 1.5 * np.pi),
    (1, 1, _ARC),
    (0, 1, _ARC + 0.5 * np.pi),
]


@dataclass(frozen=True)
class _Sprite:
    """Everything about one object that does not change from frame to frame."""

    shape: str
    color: RGB
    body: RGB
    highlight: RGB
    gloss: RGB
    outline: RGB
    label: str
    chip: RGB

    @classmethod
    def of(cls, obj: LayoutObject) -> "_Sprite":
        color = object_color(obj)
        luminance = 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]
        outline = _lighten(color, 0.5) if luminance < 60 else _darken(color, 0.55)
        text = obj.label.encode("ascii", "replace").decode("ascii")  # Hershey fonts are ASCII-only
        return cls(
            shape=sprite_shape(obj.name),
            color=color,
            body=_darken(color, 0.28),
            highlight=_lighten(color, 0.38),
            gloss=_lighten(color, 0.8),
            outline=outline,
            label=text,
            chip=_darken(color, 0.5) if luminance > 60 else _lighten(color, 0.25),
        )


def _fixed(value: float) -> int:
    return int(round(value * _ONE))


def _rounded_rect(x0: float, y0: float, x1: float, y1: float, radius: float) -> np.ndarray:
    """Polygon (1/16-pixel int32 points) of a rectangle with round corners."""
    points = []
    for side_x, side_y, angles in _CORNER_ARCS:
        cx = x1 - radius if side_x else x0 + radius
        cy = y1 - radius if side_y else y0 + radius
        points.append(np.stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)], axis=1))
    return np.round(np.concatenate(points) * _ONE).astype(np.int32)


def _drawing_box(box: np.ndarray, edge: float) -> np.ndarray:
    """OpenCV coordinates (pixel i's centre is i, not i + 0.5) of the shape whose outline ends at ``box``."""
    x0, y0, x1, y1 = box - 0.5
    inset_x = min(edge, (x1 - x0) / 4)
    inset_y = min(edge, (y1 - y0) / 4)
    return np.array([x0 + inset_x, y0 + inset_y, x1 - inset_x, y1 - inset_y])


def _draw_ellipse(frame: np.ndarray, box: np.ndarray, sprite: _Sprite, line: int) -> None:
    import cv2

    x0, y0, x1, y1 = box
    cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
    aa = cv2.LINE_AA

    def ellipse(dx: float, dy: float, sx: float, sy: float, color: RGB, thickness: int = -1) -> None:
        center = (_fixed(cx + dx * w), _fixed(cy + dy * h))
        axes = (_fixed(max(0.5, sx * w / 2)), _fixed(max(0.5, sy * h / 2)))
        cv2.ellipse(frame, center, axes, 0, 0, 360, color, thickness, aa, _SHIFT)

    ellipse(0, 0, 1, 1, sprite.body)
    if min(w, h) >= 8:  # below that the shading is sub-pixel noise
        ellipse(-0.07, -0.07, 0.8, 0.8, sprite.color)
        ellipse(-0.15, -0.17, 0.44, 0.4, sprite.highlight)
        ellipse(-0.2, -0.22, 0.14, 0.12, sprite.gloss)
    ellipse(0, 0, 1, 1, sprite.outline, line)


def _draw_rounded_rect(frame: np.ndarray, box: np.ndarray, sprite: _Sprite, line: int) -> None:
    import cv2

    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    radius = 0.2 * min(w, h)
    outer = _rounded_rect(x0, y0, x1, y1, radius)
    aa = cv2.LINE_AA
    cv2.fillPoly(frame, [outer], sprite.body, aa, _SHIFT)
    if min(w, h) >= 8:
        lit = _rounded_rect(x0 + 0.05 * w, y0 + 0.05 * h, x1 - 0.1 * w, y1 - 0.14 * h, 0.8 * radius)
        cv2.fillPoly(frame, [lit], sprite.color, aa, _SHIFT)
        gloss_h = 0.14 * h
        band = _rounded_rect(x0 + 0.12 * w, y0 + 0.1 * h, x1 - 0.18 * w, y0 + 0.1 * h + gloss_h, 0.45 * gloss_h)
        cv2.fillPoly(frame, [band], sprite.highlight, aa, _SHIFT)
    cv2.polylines(frame, [outer], True, sprite.outline, line, aa, _SHIFT)


TRAIL_HORIZONS = 4  # a trail reaches back four fade spans (about 6 s); beyond that it had faded to its floor anyway


def _draw_trail(frame: np.ndarray, background: np.ndarray, centers: np.ndarray, present: np.ndarray,
                t: int, color: RGB, thickness: int, horizon: float) -> None:
    """The centre path of the last ``TRAIL_HORIZONS`` fading spans up to frame ``t``, fading into the background with
    age (gaps where absent). Older segments are left out, so a frame costs the same however long the video is."""
    import cv2

    height, width = background.shape[:2]
    for j in range(max(1, t - int(TRAIL_HORIZONS * horizon)), t + 1):
        if not (present[j - 1] and present[j]):
            continue
        alpha = max(0.25, 1.0 - (t - j) / horizon)
        (ax, ay), (bx, by) = centers[j - 1], centers[j]
        mx = min(width - 1, max(0, int((ax + bx) / 2)))
        my = min(height - 1, max(0, int((ay + by) / 2)))
        shade = _mix(background[my, mx], color, alpha)
        cv2.line(frame, (_fixed(ax - 0.5), _fixed(ay - 0.5)), (_fixed(bx - 0.5), _fixed(by - 0.5)),
                 shade, thickness, cv2.LINE_AA, _SHIFT)


def _draw_label(frame: np.ndarray, box: np.ndarray, sprite: _Sprite, scale: float) -> None:
    """``name #id`` on a chip of the object's colour, above the box (below or inside near the top edge)."""
    import cv2

    height, width = frame.shape[:2]
    font, font_scale, thickness = cv2.FONT_HERSHEY_SIMPLEX, 0.42 * scale, max(1, round(scale))
    (text_w, text_h), baseline = cv2.getTextSize(sprite.label, font, font_scale, thickness)
    pad = max(2, round(3 * scale))
    chip_h = text_h + baseline + 2 * pad
    x0, y0, _, y1 = box
    left = int(min(max(0.0, x0), width - text_w - 2 * pad))
    top = int(y0) - chip_h - 1
    if top < 0:
        top = int(y1) + 1 if int(y1) + 1 + chip_h <= height else int(y0) + 1
    cv2.rectangle(frame, (left, top), (left + text_w + 2 * pad, top + chip_h), sprite.chip, -1)
    cv2.putText(frame, sprite.label, (left + pad, top + pad + text_h), font, font_scale, (255, 255, 255), thickness, cv2.LINE_AA)


def _draw_keyframe_marker(frame: np.ndarray, keyframe: int, num_keyframes: int, scale: float) -> None:
    import cv2

    text = f"key {keyframe + 1}/{num_keyframes}"
    font, font_scale, thickness = cv2.FONT_HERSHEY_SIMPLEX, 0.45 * scale, max(1, round(scale))
    (text_w, text_h), baseline = cv2.getTextSize(text, font, font_scale, thickness)
    pad = max(2, round(4 * scale))
    cv2.rectangle(frame, (pad, pad), (3 * pad + text_w, 3 * pad + text_h + baseline), (250, 200, 40), -1)
    cv2.putText(frame, text, (2 * pad, 2 * pad + text_h), font, font_scale, (20, 20, 20), thickness, cv2.LINE_AA)


def draw_order(boxes: np.ndarray, indices: list[int]) -> list[int]:
    """Back to front: lower on screen is nearer and drawn later, except that an object lying mostly
    inside a larger one's box (a ball in front of the table it fell from) is drawn after it, so a
    layout's small objects are never hidden by the scenery around them.

    One vectorised pass over the pairs: the pairwise overlaps are computed by numpy at once, so
    even the largest layout the limits allow costs microseconds per frame.
    """
    if len(indices) < 2:
        return list(indices)
    b = np.asarray(boxes, dtype=np.float64)[indices]
    area = np.clip(b[:, 2] - b[:, 0], 0, None) * np.clip(b[:, 3] - b[:, 1], 0, None)
    wide = np.clip(np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0]), 0, None)
    tall = np.clip(np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1]), 0, None)
    # encloses[o, c]: c is larger than o and covers at least 80% of o
    encloses = (area[None, :] > area[:, None]) & (wide * tall >= 0.8 * area[:, None])
    raised = np.where(encloses, b[None, :, 3] + 1e-3, -np.inf).max(axis=1)
    depth = np.maximum(b[:, 3], raised)
    return [indices[i] for i in np.argsort(depth, kind="stable")]


def keyframe_frame_indices(num_keyframes: int, num_frames: int) -> dict[int, int]:
    """Video frame index → keyframe index, for the frame nearest each keyframe's time."""
    marks: dict[int, int] = {}
    for k, time_k in enumerate(keyframe_times(num_keyframes)):
        marks.setdefault(int(round(time_k * (num_frames - 1))), k)
    return marks


# ----------------------------------------------------------------------------- renderer
class PreviewRenderer:
    """Draws layouts as videos: the embedded, CPU-only "preview" generator backend."""

    backend_id = PREVIEW_BACKEND_ID

    def __init__(self, settings: PreviewSettings | None = None) -> None:
        self.settings = settings or PreviewSettings()

    def render_frames(self, layout: Layout, settings: PreviewSettings | None = None,
                      cancel: CancelToken | None = None) -> np.ndarray:
        """``uint8 [T, H, W, 3]`` RGB frames; the same layout and settings always give the same pixels.

        Boxes map by normalised coordinates, so a layout drawn for another aspect is stretched
        to ``settings``' size rather than cropped. ``cancel`` (Stop, or its deadline) is checked
        before each frame.
        """
        settings = settings or self.settings
        layout.validate()
        width, height = settings.width, settings.height
        num_frames = settings.frame_count(layout)
        tracks = interpolate_frames(layout, num_frames)
        boxes = tracks.boxes * np.array([width, height, width, height], dtype=np.float64)
        centers = np.stack([(boxes[..., 0] + boxes[..., 2]) / 2, (boxes[..., 1] + boxes[..., 3]) / 2], axis=-1)
        sprites = [_Sprite.of(obj) for obj in layout.objects]
        background = render_background(layout.background, width, height)
        scale = min(width, height) / 512
        line = max(1, round(1.5 * scale))
        edge = line / 2 + 0.5  # the outline's half width plus its anti-aliased fringe
        trail_thickness = max(1, round(3 * scale))
        trail_horizon = max(2.0, 1.5 * settings.fps)  # a trail fades over about 1.5 s
        marks = keyframe_frame_indices(layout.num_keyframes, num_frames) if settings.show_keyframe_marker else {}

        frames = np.empty((num_frames, height, width, 3), dtype=np.uint8)
        for t in range(num_frames):
            if cancel is not None:
                cancel.raise_if_cancelled()
            frame = frames[t]
            np.copyto(frame, background)
            visible = [o for o in range(len(sprites)) if tracks.present[o, t]]
            visible = draw_order(boxes[:, t], visible)
            if settings.trails:
                for o in visible:
                    _draw_trail(frame, background, centers[o], tracks.present[o], t, sprites[o].color,
                                trail_thickness, trail_horizon)
            for o in visible:
                draw = _draw_ellipse if sprites[o].shape == "ellipse" else _draw_rounded_rect
                draw(frame, _drawing_box(boxes[o, t], edge), sprites[o], line)
            if settings.labels:
                for o in visible:
                    _draw_label(frame, boxes[o, t], sprites[o], scale)
            if t in marks:
                _draw_keyframe_marker(frame, marks[t], layout.num_keyframes, scale)
        return frames

    def render_video(
        self,
        layout: Layout,
        out_path: str | Path,
        settings: PreviewSettings | None = None,
        gif_path: str | Path | None = None,
        gif_max_side: int | None = None,
        cancel: CancelToken | None = None,
    ) -> RenderResult:
        """Render and write the MP4 (and a looping GIF when ``gif_path`` is given)."""
        settings = settings or self.settings
        started = time.perf_counter()
        frames = self.render_frames(layout, settings, cancel)
        timings = {"render_s": time.perf_counter() - started}
        started = time.perf_counter()
        video_path = write_mp4(frames, out_path, settings.fps)
        timings["encode_mp4_s"] = time.perf_counter() - started
        written_gif = None
        if gif_path is not None:
            started = time.perf_counter()
            written_gif = write_gif(frames, gif_path, settings.fps, max_side=gif_max_side)
            timings["encode_gif_s"] = time.perf_counter() - started
        return RenderResult(
            video_path=video_path,
            gif_path=written_gif,
            num_frames=len(frames),
            fps=float(settings.fps),
            width=settings.width + settings.width % 2,
            height=settings.height + settings.height % 2,
            timings=timings,
        )
