"""A hand-made scene for the judge's tests of a body that passes behind a post: a long orange car drives along a
grey street past a dark post in front of it, narrower than the car, so for a while the car shows on both sides of
the post at once; or a convoy of two short orange cars, one close behind the other. Drawn without any renderer, so
a test controls every pixel."""

from __future__ import annotations

import numpy as np

WIDTH, HEIGHT, FPS, FRAMES = 320, 192, 20.0, 40
ROAD = 110  # row where the street begins under a pale wall
POST = (146, 166)  # columns the post covers
CAR_LENGTH, CAR_HEIGHT, CAR_BOTTOM = 70, 26, 140
PROMPT = "an orange car drives along the street from right to left at a steady speed"
CONVOY_CAR_LENGTH, CONVOY_GAP = 40, 10
CONVOY_PROMPT = "two orange cars drive along the street from right to left at a steady speed, one behind the other"


def backdrop() -> np.ndarray:
    """A pale wall over a grey street with a little grain, and the post in front of both."""
    rng = np.random.default_rng(7)
    frame = np.empty((HEIGHT, WIDTH, 3), np.float32)
    frame[:ROAD] = (200, 196, 186)
    frame[ROAD:] = (92, 94, 98)
    frame += rng.normal(0, 2.0, frame.shape).astype(np.float32)
    return frame


def car_lefts(teleport_at: int | None = None) -> np.ndarray:
    """Column of the car's left end per frame: from the right border to the left at one speed; or, wrong, jumping a
    car's length ahead at ``teleport_at``."""
    lefts = WIDTH - 20 - CAR_LENGTH - 6.0 * np.arange(FRAMES)
    if teleport_at is not None:
        lefts[teleport_at:] -= CAR_LENGTH
    return lefts


def convoy_lefts(teleport_at: int | None = None) -> np.ndarray:
    """[T, 2] columns of the two convoy cars' left ends: entering from the right border at one speed, the second a
    short gap behind the first; or, wrong, both jumping a car's length ahead at ``teleport_at``."""
    first = WIDTH + 15 - CONVOY_CAR_LENGTH - 6.0 * np.arange(FRAMES)
    if teleport_at is not None:
        first[teleport_at:] -= CONVOY_CAR_LENGTH
    return np.stack([first, first + CONVOY_CAR_LENGTH + CONVOY_GAP], axis=1)


def clip(lefts: np.ndarray, car_length: int = CAR_LENGTH) -> np.ndarray:
    """uint8 [T, H, W, 3] frames of the cars (one per column of ``lefts``, or one for a 1-D ``lefts``) at their left
    ends, hidden by the post where they cross."""
    base = backdrop()
    rng = np.random.default_rng(11)
    frames = []
    for row in np.asarray(lefts, np.float64).reshape(len(lefts), -1):
        frame = base.copy()
        for left in row:
            x0, x1 = int(round(left)), int(round(left)) + car_length
            c0, c1 = max(x0, 0), min(x1, WIDTH)
            if c1 > c0:
                frame[CAR_BOTTOM - CAR_HEIGHT:CAR_BOTTOM, c0:c1] = (225, 120, 30)
        frame[:, POST[0]:POST[1]] = (45, 40, 38)
        frame += rng.normal(0, 1.5, frame.shape).astype(np.float32)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)
