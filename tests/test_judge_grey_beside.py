"""Which tracks may be the prompt's subject when a washed-out one is seen beside one of the named hue: a grey or white
ball rolling behind the red apple thrown is another thing (a body is in one place at a time), while a grey track seen
alone, or on the red body itself (its dark half, its blur), may still be the subject."""

from __future__ import annotations

import numpy as np

from pipelines.eval.scene_movers import prompt_subjects
from pipelines.eval.tracking import Track

GREY, RED = (147.0, 151.0, 142.0), (117.0, 30.0, 24.0)


def _track(track_id: int, frames: range, rgb: tuple[float, float, float], x0: float, x1: float, y: float) -> Track:
    n = len(frames)
    centroids = np.stack([np.linspace(x0, x1, n), np.full(n, y)], axis=1)
    boxes = np.concatenate([centroids - 8, centroids + 8], axis=1)
    return Track(track_id, np.asarray(frames), centroids, boxes, np.full(n, 256.0), np.tile(np.asarray(rgb), (n, 1)))


def test_a_grey_ball_rolling_clear_of_the_red_one_is_another_thing():
    red = _track(0, range(13, 54), RED, 400, 520, 400)
    grey = _track(1, range(30, 54), GREY, 620, 660, 350)
    assert prompt_subjects([red, grey], ("red",)) == [True, False]


def test_a_grey_track_seen_while_no_red_one_is_may_be_the_subject():
    red = _track(0, range(30, 54), RED, 400, 520, 400)
    grey = _track(1, range(0, 28), GREY, 100, 380, 300)
    assert prompt_subjects([red, grey], ("red",)) == [True, True]


def test_a_grey_track_on_the_red_body_may_be_a_part_of_it():
    red = _track(0, range(10, 40), RED, 400, 520, 400)
    dark_half = _track(1, range(10, 40), GREY, 404, 524, 406)
    assert prompt_subjects([red, dark_half], ("red",)) == [True, True]
