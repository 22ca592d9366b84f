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
