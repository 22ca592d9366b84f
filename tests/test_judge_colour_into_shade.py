"""A ball that turns a colour the floor's shade happens to have: its samples in that shade are left out of the colour
law where the tracker may have followed its shadow for a while, but a shadow hands the ball back in its old colours.
Where the ball, once out of that shade, keeps the new colours and its old ones never come back, the shade was the ball:
it changed colour."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_looks import check_colour
from pipelines.eval.tracking import Track, Tracking

FPS = 15.0
FLOOR, TILE = (150, 110, 115), (60, 60, 160)  # a pink floor, then a blue tile from x = 250 on
YELLOW, SHADE = (200, 170, 30), (100, 73, 77)  # SHADE: the floor's colour at two thirds of its light
TURNS, OUT_OF_SHADE = 16, 32  # samples: the ball turns at the first, reaches the blue tile at the second


def _colour_of_a_ball_rolling(colour_after_shade, n: int = 36, w: int = 320, h: int = 240) -> list[str]:
    """A ball 20 px across rolling right at 6 px a frame over the floor, then the tile: yellow until TURNS, SHADE
    from then on over the floor, ``colour_after_shade`` over the tile. The colour messages."""
    background = np.full((h, w, 3), FLOOR, np.uint8)
    background[:, 250:] = TILE
    rgb = np.repeat(background[None], n, axis=0)
    foreground = np.zeros((n, h, w), bool)
    xs = 60.0 + 6.0 * np.arange(n)
    xs[OUT_OF_SHADE:] = 270.0 + 2.0 * np.arange(n - OUT_OF_SHADE)  # on the tile, slowing
    colours = []
    for i in range(n):
        colour = YELLOW if i < TURNS else SHADE if i < OUT_OF_SHADE else colour_after_shade
        x = round(xs[i])
        rgb[i, 110:130, x - 10:x + 10] = colour
        foreground[i, 110:130, x - 10:x + 10] = True
        colours.append(colour)
    frames = np.arange(n)
    centroids = np.stack([xs, np.full(n, 120.0)], axis=1)
    ball = Track(0, frames, centroids, np.concatenate([centroids - 10, centroids + 10], axis=1), np.full(n, 400.0),
                 np.asarray(colours, float))
    tracking = Tracking([ball], w, h, FPS, n, rgb.mean(axis=-1).astype(np.float32), foreground,
                        np.ones((h, w), bool), 24.0, rgb=rgb, background=background.astype(np.float32))
    return [v.message for v in check_colour(TrackGeometry(ball, tracking), tracking, [])]


def test_a_ball_that_keeps_the_shade_colour_out_of_the_shade_changed_colour():
    messages = _colour_of_a_ball_rolling(SHADE)
    assert len(messages) == 1 and messages[0].startswith("object 0 changes colour at frame 1")


def test_a_ball_that_comes_out_of_the_shade_yellow_kept_its_colour():
    assert _colour_of_a_ball_rolling(YELLOW) == []
