"""The colour of each object in a preview: named in its attributes or its name, else a stable one by id."""

from __future__ import annotations

import re

import numpy as np

from ..core.layout import LayoutObject

RGB = tuple[int, int, int]

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
        return lighten(base, amount) if amount >= 0 else darken(base, -amount)
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


def lighten(color: RGB, amount: float) -> RGB:
    return tuple(int(round(c + (255 - c) * amount)) for c in color)  # type: ignore[return-value]


def darken(color: RGB, amount: float) -> RGB:
    return tuple(int(round(c * (1 - amount))) for c in color)  # type: ignore[return-value]


def mix(a: np.ndarray, b: RGB, weight_b: float) -> tuple[float, float, float]:
    return tuple(float(x) * (1 - weight_b) + y * weight_b for x, y in zip(a, b))  # type: ignore[return-value]
