"""Drawing one preview frame's parts with OpenCV at sub-pixel precision: shaded sprites, fading trails,
labels, the keyframe marker, and the order that keeps small objects in front of the scenery."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..core.layout import LayoutObject
from .preview_colors import RGB, darken, lighten, mix, object_color

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
class Sprite:
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
    def of(cls, obj: LayoutObject) -> "Sprite":
        color = object_color(obj)
        luminance = 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]
        outline = lighten(color, 0.5) if luminance < 60 else darken(color, 0.55)
        text = obj.label.encode("ascii", "replace").decode("ascii")  # Hershey fonts are ASCII-only
        return cls(
            shape=sprite_shape(obj.name),
            color=color,
            body=darken(color, 0.28),
            highlight=lighten(color, 0.38),
            gloss=lighten(color, 0.8),
            outline=outline,
            label=text,
            chip=darken(color, 0.5) if luminance > 60 else lighten(color, 0.25),
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


def drawing_box(box: np.ndarray, edge: float) -> np.ndarray:
    """OpenCV coordinates (pixel i's centre is i, not i + 0.5) of the shape whose outline ends at ``box``."""
    x0, y0, x1, y1 = box - 0.5
    inset_x = min(edge, (x1 - x0) / 4)
    inset_y = min(edge, (y1 - y0) / 4)
    return np.array([x0 + inset_x, y0 + inset_y, x1 - inset_x, y1 - inset_y])


def draw_ellipse(frame: np.ndarray, box: np.ndarray, sprite: Sprite, line: int) -> None:
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


def draw_rounded_rect(frame: np.ndarray, box: np.ndarray, sprite: Sprite, line: int) -> None:
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


def draw_trail(frame: np.ndarray, background: np.ndarray, centers: np.ndarray, present: np.ndarray,
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
        shade = mix(background[my, mx], color, alpha)
        cv2.line(frame, (_fixed(ax - 0.5), _fixed(ay - 0.5)), (_fixed(bx - 0.5), _fixed(by - 0.5)),
                 shade, thickness, cv2.LINE_AA, _SHIFT)


def draw_label(frame: np.ndarray, box: np.ndarray, sprite: Sprite, scale: float) -> None:
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


def draw_keyframe_marker(frame: np.ndarray, keyframe: int, num_keyframes: int, scale: float) -> None:
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
