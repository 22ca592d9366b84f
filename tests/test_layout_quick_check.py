"""Layout.validate's quick path for plain boxes accepts nothing the full check refuses."""

from __future__ import annotations

import dataclasses
import math

import pytest

from pipelines.core.layout import DEFAULT_LAYOUT_LIMITS, Layout, LayoutError, LayoutObject, check_box


def _layout(box) -> Layout:
    return Layout(objects=(LayoutObject(id=0, name="ball", boxes=(box,)),), num_keyframes=1)


@pytest.mark.parametrize("box", [
    (math.nan, 0.1, 0.5, 0.5), (0.1, 0.1, math.inf, 0.5), (-math.inf, 0.1, 0.5, 0.5),
    (0.1, 0.1, 0.1, 0.5), (0.1, 0.5, 0.5, 0.5), (0.5, 0.1, 0.2, 0.6),
    (-1.5, 0.1, 0.5, 0.5), (0.1, 0.1, 0.5, 2.5), (True, 0.1, 0.5, 0.5), (0.1, 0.1, 0.5), (0.1, 0.1, 0.5, 0.5, 0.9),
])
def test_every_broken_box_is_still_refused(box):
    with pytest.raises(LayoutError):
        _layout(box).validate()


def test_a_tighter_coordinate_limit_still_applies_to_plain_float_boxes():
    tight = dataclasses.replace(DEFAULT_LAYOUT_LIMITS, max_coordinate=0.5)
    box = (-0.6, 0.1, 0.5, 0.5)
    check_box(box)  # inside the canvas's own overhang...
    with pytest.raises(LayoutError, match="beyond"):
        _layout(box).validate(tight)  # ...but past the operator's limit


def test_plain_boxes_and_mixed_number_types_pass():
    for box in [(0.1, 0.2, 0.3, 0.4), (0, 0, 1, 1), [0.0, 0.0, 1.0, 1.0], (-0.5, 0.1, 0.2, 0.6)]:
        assert _layout(box).validate() is not None


def test_fit_in_view_is_in_view_then_fit_overhang():
    import random

    from pipelines.core.layout import SLIVER_SIDE, fit_in_view, fit_overhang, in_view

    rng = random.Random(5)
    edges = [-3.0, -1.0, -0.5, -1e-4, 0.0, 5e-4, 1.0, 1.0 + 1e-4, 1.5, 2.0, 3.0]
    boxes = []
    for _ in range(6000):
        x0, y0 = (rng.choice(edges + [rng.uniform(-3, 3), rng.uniform(0, 1)]),
                  rng.choice(edges + [rng.uniform(-3, 3), rng.uniform(0, 1)]))
        w, h = (rng.choice([0.0, SLIVER_SIDE * 0.9, SLIVER_SIDE, 1e-3, rng.uniform(0, 2)]) for _ in range(2))
        boxes.append((x0, y0, x0 + w, y0 + h))
    for box in boxes:
        assert fit_in_view(box) == (fit_overhang(box) if in_view(box) else None), box
