import json
import re

import numpy as np
import pytest

from pipelines.core.layout import (
    Layout,
    LayoutError,
    LayoutObject,
    add_object,
    box_to_token_mask,
    delete_keyframe,
    insert_keyframe,
    interpolate_frames,
    interpolate_latent_frames,
    latent_frame_count,
    latent_frame_times,
    remove_object,
    set_box,
)
from studio.layout_state import LayoutSession


def ball_layout() -> Layout:
    boxes = ((0.0, 0.5, 0.2, 0.7), (0.2, 0.3, 0.4, 0.5), (0.4, 0.5, 0.6, 0.7), None, None, (0.8, 0.5, 1.0, 0.7))
    dog = tuple((0.1 * k, 0.1, 0.1 * k + 0.3, 0.4) for k in range(6))
    return Layout(objects=(LayoutObject(0, "ball", boxes, (("color", "red"),)), LayoutObject(3, "dog", dog)),
                  background="garden", reasoning="the ball bounces").validate()


def test_json_round_trip_keeps_everything():
    layout = ball_layout()
    again = Layout.from_json(layout.to_json())
    assert again == layout
    assert again.objects[0].attribute_dict == {"color": "red"}
    data = json.loads(layout.to_json())
    assert data["version"] == 1 and data["num_keyframes"] == 6 and data["background"] == "garden"
    assert data["objects"][0]["boxes"][3] is None


def test_minimal_json_form_is_enough():
    data = {"version": 1, "num_keyframes": 2, "background": "room",
            "objects": [{"id": 5, "name": "cup", "boxes": [[0.1, 0.1, 0.2, 0.2], None]}]}
    layout = Layout.from_dict(data)
    assert layout.objects[0].boxes == ((0.1, 0.1, 0.2, 0.2), None)
    assert layout.aspect == 1.0


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["objects"][0]["boxes"].__setitem__(0, [0.5, 0.5, 2.3, 0.9]), "outside the canvas"),
        (lambda d: d["objects"][0]["boxes"].__setitem__(0, [0.5, 0.5, 0.5, 0.9]), "zero area"),
        (lambda d: d["objects"][0]["boxes"].pop(), "has 5 keyframe boxes, but the layout has 6"),
        (lambda d: d["objects"][1].__setitem__("id", 0), "duplicate object id 0"),
        (lambda d: d.__setitem__("version", 7), "unsupported layout version 7"),
        (lambda d: d["objects"][0]["boxes"].__setitem__(1, "left"), "objects[0] ('ball', id 0), keyframe 2: expected null"),
        (lambda d: d["objects"][0].pop("name"), "missing field 'name'"),
    ],
)
def test_validation_names_the_problem(mutate, message):
    data = ball_layout().to_dict()
    mutate(data)
    with pytest.raises(LayoutError, match=re.escape(message)):
        Layout.from_dict(data)


def test_invalid_json_text_is_a_layout_error():
    with pytest.raises(LayoutError, match="not valid JSON"):
        Layout.from_json("{'objects': ")


def test_unknown_id_in_edit():
    with pytest.raises(LayoutError, match="unknown object id 9"):
        set_box(ball_layout(), 9, 0, (0.1, 0.1, 0.2, 0.2))


def test_interpolation_matches_hand_computation():
    layout = ball_layout()
    # 11 frames over 6 keyframes: frame i sits at keyframe position i / 2.
    frames = interpolate_frames(layout, 11)
    ball, dog = frames.boxes
    np.testing.assert_allclose(ball[0], [0.0, 0.5, 0.2, 0.7])
    np.testing.assert_allclose(ball[1], [0.1, 0.4, 0.3, 0.6])  # halfway between keyframes 1 and 2
    np.testing.assert_allclose(ball[3], [0.3, 0.4, 0.5, 0.6])
    np.testing.assert_allclose(dog[7], [0.35, 0.1, 0.65, 0.4])
    # Presence follows the nearest keyframe (the earlier one on a tie): keyframes 4 and 5 are absent.
    assert frames.present[0].tolist() == [True] * 6 + [False] * 4 + [True]
    # Next to an absent keyframe the present box is held, not blended with nothing.
    np.testing.assert_allclose(ball[5], [0.4, 0.5, 0.6, 0.7])
    assert np.isnan(ball[6]).all() and np.isnan(ball[9]).all()
    np.testing.assert_allclose(ball[10], [0.8, 0.5, 1.0, 0.7])


def test_interpolation_uneven_frame_count():
    layout = Layout(objects=(LayoutObject(0, "car", ((0.0, 0.0, 0.2, 0.2), (0.6, 0.4, 0.8, 0.6))),), num_keyframes=2)
    frames = interpolate_frames(layout, 4)  # t = 0, 1/3, 2/3, 1
    np.testing.assert_allclose(frames.boxes[0, 1], [0.2, 0.4 / 3, 0.4, 0.2 + 0.4 / 3])
    np.testing.assert_allclose(frames.boxes[0, 2], [0.4, 0.8 / 3, 0.6, 0.2 + 0.8 / 3])


def test_wan_latent_frames():
    assert latent_frame_count(81) == 21
    assert latent_frame_count(49) == 13
    with pytest.raises(LayoutError, match="4k\\+1"):
        latent_frame_count(80)
    times = latent_frame_times(81)
    # latent 0 is video frame 0; latent j >= 1 covers frames 4j-3..4j, centred on 4j - 1.5.
    np.testing.assert_allclose(times * 80, [0.0] + [4 * j - 1.5 for j in range(1, 21)])
    boxes = interpolate_latent_frames(ball_layout(), 81)
    assert boxes.boxes.shape == (2, 21, 4)
    dog_x0 = boxes.boxes[1, :, 0]
    np.testing.assert_allclose(dog_x0, 0.5 * times)  # dog's x_min goes 0 → 0.5 linearly


def test_token_mask():
    mask = box_to_token_mask((0.25, 0.0, 0.75, 0.5), 4, 8)
    expected = np.zeros((4, 8), dtype=bool)
    expected[0:2, 2:6] = True
    assert (mask == expected).all()
    tiny = box_to_token_mask((0.51, 0.51, 0.52, 0.52), 4, 4)
    assert tiny.sum() == 1 and tiny[2, 2]
    assert not box_to_token_mask(None, 4, 4).any()
    assert not box_to_token_mask((np.nan,) * 4, 4, 4).any()


def test_set_box_propagation_modes():
    layout = ball_layout()
    shifted = set_box(layout, 3, 1, (0.2, 0.2, 0.5, 0.5), propagate="shift")  # dog moved by (+0.1, +0.1)
    dog = shifted.object(3).boxes
    np.testing.assert_allclose(dog[2], (0.3, 0.2, 0.6, 0.5))
    np.testing.assert_allclose(dog[0], (0.0, 0.1, 0.3, 0.4))  # earlier keyframes untouched
    copied = set_box(layout, 3, 1, (0.2, 0.2, 0.5, 0.5), propagate="copy")
    assert all(b == (0.2, 0.2, 0.5, 0.5) for b in copied.object(3).boxes[1:])
    single = set_box(layout, 3, 1, (0.2, 0.2, 0.5, 0.5))
    assert single.object(3).boxes[2] == layout.object(3).boxes[2]
    hidden = set_box(layout, 3, 4, None, propagate="shift")
    assert hidden.object(3).boxes[4:] == (None, None)
    # Scaling: doubling the width doubles later widths about their centres.
    scaled = set_box(layout, 3, 0, (0.0, 0.1, 0.6, 0.4), propagate="shift")
    x0, _, x1, _ = scaled.object(3).boxes[1]
    assert x1 - x0 == pytest.approx(0.6) and (x0 + x1) / 2 == pytest.approx(0.4)


def test_object_and_keyframe_edits():
    layout = ball_layout()
    added = add_object(layout, "  blue box ")
    assert added.objects[-1].id == 4 and added.objects[-1].name == "blue box"
    assert len(added.objects[-1].boxes) == 6
    with pytest.raises(LayoutError, match="needs a name"):
        add_object(layout, " ")
    assert remove_object(added, 0).object_ids == [3, 4]
    inserted = insert_keyframe(layout, 0)
    assert inserted.num_keyframes == 7
    np.testing.assert_allclose(inserted.object(0).boxes[1], (0.1, 0.4, 0.3, 0.6))
    assert inserted.object(0).boxes[2] == layout.object(0).boxes[1]
    deleted = delete_keyframe(layout, 5)
    assert deleted.num_keyframes == 5 and deleted.validate()
    two = Layout(objects=(), num_keyframes=2)
    with pytest.raises(LayoutError, match="at least 2 keyframes"):
        delete_keyframe(two, 0)


def test_undo_redo_history():
    state = LayoutSession()
    first = ball_layout()
    second = remove_object(first, 0)
    state.push(first)
    state.push(second)
    assert state.undo() and state.layout == first
    assert state.redo() and state.layout == second
    assert not state.redo()
    state.undo()
    state.push(add_object(first, "cat"))
    assert not state.redo(), "a new edit clears the redo history"


def test_boxes_may_overhang_an_edge_by_one_canvas():
    from pipelines.core.layout import MAX_OVERHANG, check_box, fit_overhang, in_view

    assert check_box((0.9, 0.5, 1.3, 0.6)) == (0.9, 0.5, 1.3, 0.6)  # entering or leaving: not squashed
    assert check_box((-MAX_OVERHANG, 0.5, -0.9, 0.6))
    assert in_view((0.9, 0.5, 1.3, 0.6)) and not in_view((1.05, 0.5, 1.3, 0.6))
    assert fit_overhang((2.5, 0.5, 2.9, 0.6))[2] == 1 + MAX_OVERHANG
    with pytest.raises(LayoutError, match="outside the canvas"):
        check_box((0.5, 0.5, 2.3, 0.9))
