"""The editor canvas and the attention overlay: pixels where the data says they should be."""

import numpy as np

from pipelines.core.layout import Layout, LayoutObject
from pipelines.lvd.canvas import MIN_OVERLAY_SIDE, attention_overlay, editor_canvas
from pipelines.lvd.preview_backgrounds import render_background


def test_attention_overlay_colours_the_hot_cell_and_draws_the_box():
    frame = np.full((320, 320, 3), 128, np.uint8)
    heat = np.zeros((4, 4))
    heat[1, 2] = 1.0  # cell spanning x 160..240, y 80..160
    out = attention_overlay(frame, heat, box=(0.0, 0.5, 0.25, 1.0))
    assert out.shape == frame.shape
    hot, cold = out[120, 200].astype(int), out[280, 280].astype(int)
    assert hot[0] > hot[2] + 60, "jet colour map: the peak is red"
    assert cold[2] > cold[0] + 30, "zero attention is blue"
    assert (out[160:320, 1] >= 200).all(), "white box edge along x = 0 from y = 160"


def test_attention_overlay_enlarges_tiny_frames():
    out = attention_overlay(np.zeros((64, 48, 3), np.uint8), np.ones((4, 3)))
    assert min(out.shape[:2]) >= MIN_OVERLAY_SIDE and out.shape[0] * 48 == out.shape[1] * 64


def test_editor_canvas_ghosts_other_keyframes_only():
    layout = Layout(objects=(LayoutObject(0, "ball", ((0.1, 0.1, 0.2, 0.2), (0.5, 0.5, 0.7, 0.7), (0.8, 0.1, 0.9, 0.2))),),
                    num_keyframes=3, background="room")
    canvas = editor_canvas(layout, 0, 100, 100)
    background = render_background("room", 100, 100)
    changed = np.abs(canvas.astype(int) - background.astype(int)).sum(axis=2) > 10
    assert changed[50, 50:70].any(), "the next keyframe's outline is drawn"
    assert not changed[0:8, 0:8].any()
    assert (editor_canvas(None, 0, 100, 100) == render_background("", 100, 100)).all()
