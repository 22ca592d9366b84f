"""The hand-made scene two judge test files share: a ball dropped in front of a pale wall onto a grained wooden floor,
drawn without any renderer so a test controls every pixel of the body it judges."""

from __future__ import annotations

import cv2
import numpy as np

WIDTH, HEIGHT, FPS, FRAMES = 320, 192, 20.0, 40
FLOOR = 150  # row of the floor's top


def backdrop() -> np.ndarray:
    """A pale wall over a wooden floor with a grain to it."""
    rng = np.random.default_rng(5)
    frame = np.empty((HEIGHT, WIDTH, 3), np.float32)
    frame[:FLOOR] = (205, 190, 180)
    grain = cv2.resize(rng.random((12, 40)).astype(np.float32), (WIDTH, HEIGHT - FLOOR))[..., None]
    frame[FLOOR:] = np.array((150, 100, 60), np.float32) * (0.85 + 0.3 * grain)
    return frame


def dropped_ball_rows(constant_speed: bool = False, radius: int = 8, top: float = 30.0) -> np.ndarray:
    """Row of the dropped ball's centre per frame: from rest at row ``top``, bouncing (restitution 0.6); or, wrong,
    coming down at one speed."""
    ppm, rest = 200.0, FLOOR + 6 - radius
    t = np.arange(FRAMES) / FPS
    if constant_speed:
        return np.minimum(top + 160.0 * t, rest)
    rows, y, v = [], top, 0.0
    for _ in range(FRAMES):
        rows.append(y)
        for _ in range(20):
            dt = 1 / FPS / 20
            v += 9.81 * ppm * dt
            y += v * dt
            if y >= rest:
                y, v = rest, -0.6 * v if abs(v) > 60 else 0.0
    return np.array(rows)
