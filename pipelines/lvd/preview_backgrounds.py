"""The procedural scene behind a preview's sprites, chosen by a keyword of the layout's background."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .preview_colors import RGB

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


def render_background(keyword: str, width: int, height: int, view: str = "side") -> np.ndarray:
    """The scene behind the sprites, read-only and cached: it is drawn once per (kind, view, size).

    A top-down layout gets the same kind of ground seen from above (no sky, no horizon): its boxes move in the
    ground's plane, and a street drawn side-on behind them would show a car climbing into the sky."""
    return _background(background_kind(keyword), view == "top-down", int(width), int(height))


@lru_cache(maxsize=32)
def _background(kind: str, from_above: bool, width: int, height: int) -> np.ndarray:
    image = _paint_from_above(kind, width, height) if from_above else _PAINTERS[kind](width, height)
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
    image = _vertical(height, width, sky + [(horizon + 1e-3, ground[0][1])] +
                      [(horizon + (1 - horizon) * p, c) for p, c in ground])
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


def _paint_water(width: int, height: int, horizon: float = 0.42,
                 deep: RGB = (16, 62, 112), shallow: RGB = (44, 122, 172)) -> np.ndarray:
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
    return _vertical(height, width, [(0.0, (236, 236, 239)), (0.7, (212, 212, 217)),
                                     (0.701, (196, 196, 201)), (1.0, (176, 176, 182))])


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


# The ground each kind shows from above, and its texture (an offset in grey levels over a unit grid).
_GROUND_FROM_ABOVE: dict[str, RGB] = {
    "grass": (92, 150, 64), "road": (92, 92, 97), "sand": (222, 198, 148), "snow": (228, 235, 245),
    "water": (34, 102, 156), "pool": (70, 170, 205), "underwater": (132, 118, 82), "indoor": (160, 110, 66),
    "night": (22, 28, 36), "plain": (214, 214, 219),
}


def _paint_from_above(kind: str, width: int, height: int) -> np.ndarray:
    import cv2

    if kind == "space":  # no ground to look down on
        return _paint_space(width, height)
    image = np.empty((height, width, 3), np.float32)
    image[:] = _GROUND_FROM_ABOVE[kind]
    ys, xs = _grid(height, width)
    aspect = width / max(1, height)
    texture = {
        "grass": lambda: 8.0 * np.sign(np.sin(2 * np.pi * xs * 5)),  # mowing stripes
        "sand": lambda: 6.0 * np.sin(2 * np.pi * (ys * 18 + 0.5 * np.sin(2 * np.pi * xs * aspect * 2))),
        "water": lambda: 10.0 * np.clip(np.sin(2 * np.pi * (ys * 9 + 0.7 * np.sin(2 * np.pi * xs * aspect * 3))), 0.7, 1) - 7,
        "pool": lambda: 8.0 * np.clip(np.sin(2 * np.pi * (ys * 7 + 0.5 * np.sin(2 * np.pi * xs * aspect * 2))), 0.7, 1) - 5.6,
        "indoor": lambda: 10.0 * (np.floor(xs * aspect * 9) % 2) - 5,  # floorboards
    }.get(kind)
    if texture is not None:
        image += texture()[..., None]
    if kind == "road":  # a lane edge each side and a dashed centre line, running across the frame
        edge, thick = (235, 235, 235), max(1, height // 96)
        for y in (int(0.12 * height), int(0.88 * height)):
            cv2.line(image, (0, y), (width - 1, y), edge, thick)
        dash = max(4, width // 16)
        for x in range(0, width, 2 * dash):
            cv2.line(image, (x, height // 2), (x + dash, height // 2), (235, 225, 170), thick)
    return image
