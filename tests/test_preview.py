"""The preview generator: sprites at the interpolated boxes, colours, backgrounds, files."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.core.layout import Layout, LayoutError, LayoutObject, interpolate_frames
from pipelines.core.video import read_video
from pipelines.lvd.preview import PreviewError, PreviewRenderer, PreviewSettings, RenderResult
from pipelines.lvd.preview_backgrounds import background_kind, render_background
from pipelines.lvd.preview_colors import parse_color
from pipelines.lvd.preview_drawing import sprite_shape

BARE = dict(trails=False, labels=False)  # sprites only: every changed pixel belongs to a sprite


def moving(name: str, start, end, num_keyframes: int = 6, object_id: int = 0, **attributes) -> LayoutObject:
    """An object gliding linearly from box ``start`` to box ``end``."""
    a, b = np.asarray(start, float), np.asarray(end, float)
    boxes = tuple(tuple(float(v) for v in a + (b - a) * k / (num_keyframes - 1)) for k in range(num_keyframes))
    return LayoutObject(object_id, name, boxes, tuple(attributes.items()))


def sprite_mask(frame: np.ndarray, background: np.ndarray) -> np.ndarray:
    return np.any(frame != background, axis=-1)


def centroid(mask: np.ndarray) -> tuple[float, float]:
    ys, xs = np.nonzero(mask)
    return float(xs.mean() + 0.5), float(ys.mean() + 0.5)  # pixel i covers [i, i+1)


# ----------------------------------------------------------------------------- frame count
def test_default_frame_count_is_the_keyframe_span_at_fps():
    layout = Layout(objects=(moving("ball", (0.1, 0.1, 0.2, 0.2), (0.7, 0.7, 0.8, 0.8)),), keyframe_fps=2.0)
    frames = PreviewRenderer().render_frames(layout, PreviewSettings(width=64, height=48, fps=10))
    assert frames.shape == (int((6 - 1) / 2.0 * 10) + 1, 48, 64, 3) and frames.dtype == np.uint8
    assert PreviewSettings(fps=8).frame_count(layout) == 21


def test_explicit_frame_count_and_size():
    layout = Layout(objects=(moving("ball", (0.1, 0.1, 0.2, 0.2), (0.7, 0.7, 0.8, 0.8)),))
    frames = PreviewRenderer(PreviewSettings(width=96, height=40, num_frames=7)).render_frames(layout)
    assert frames.shape == (7, 40, 96, 3)


def test_renders_are_deterministic():
    layout = Layout(
        objects=(
            moving("ball", (0.1, 0.1, 0.25, 0.25), (0.7, 0.6, 0.85, 0.75), color="red"),
            moving("car", (0.6, 0.7, 0.9, 0.9), (0.1, 0.7, 0.4, 0.9), object_id=1),
        ),
        background="night park",
    )
    settings = PreviewSettings(width=128, height=96, num_frames=9, show_keyframe_marker=True)
    first = PreviewRenderer().render_frames(layout, settings)
    second = PreviewRenderer().render_frames(layout, settings)
    assert np.array_equal(first, second)


# ------------------------------------------------------------------------- sprite geometry
@pytest.mark.parametrize("name", ["ball", "crate"])
def test_sprite_sits_on_the_interpolated_box(name):
    # A 2:1 frame for a square layout: boxes map by normalised coordinates.
    width, height, num_frames = 240, 120, 11
    layout = Layout(objects=(moving(name, (0.05, 0.1, 0.3, 0.45), (0.62, 0.5, 0.95, 0.9)),), background="garden")
    frames = PreviewRenderer().render_frames(layout, PreviewSettings(width=width, height=height, num_frames=num_frames, **BARE))
    background = render_background("garden", width, height)
    expected = interpolate_frames(layout, num_frames).boxes[0] * [width, height, width, height]
    for t in range(num_frames):
        mask = sprite_mask(frames[t], background)
        x0, y0, x1, y1 = expected[t]
        cx, cy = centroid(mask)
        assert cx == pytest.approx((x0 + x1) / 2, abs=0.5) and cy == pytest.approx((y0 + y1) / 2, abs=0.5)
        ys, xs = np.nonzero(mask)
        assert xs.min() == pytest.approx(x0, abs=1.1) and xs.max() + 1 == pytest.approx(x1, abs=1.1)
        assert ys.min() == pytest.approx(y0, abs=1.1) and ys.max() + 1 == pytest.approx(y1, abs=1.1)
        inside = frames[t, int(y0) + 2 : int(y1) - 2, int(x0) + 2 : int(x1) - 2].astype(float)
        behind = background[int(y0) + 2 : int(y1) - 2, int(x0) + 2 : int(x1) - 2].astype(float)
        assert np.abs(inside - behind).mean() > 30


def test_round_names_get_ellipses_and_others_rounded_rectangles():
    assert sprite_shape("ball") == sprite_shape("Tennis Balls") == sprite_shape("red balloon") == "ellipse"
    assert sprite_shape("car") == sprite_shape("walking woman") == "rounded_rect"
    size = 100
    layout = Layout(
        objects=(
            LayoutObject(0, "ball", ((0.1, 0.3, 0.4, 0.6),)),
            LayoutObject(1, "book", ((0.6, 0.3, 0.9, 0.6),)),
        ),
        num_keyframes=1,
    )
    frame = PreviewRenderer().render_frames(layout, PreviewSettings(width=size, height=size, **BARE))[0]
    mask = sprite_mask(frame, render_background("", size, size))
    # 10% in from a corner: outside an ellipse inscribed in the box, inside a rectangle with round corners.
    assert not mask[33, 13] and mask[33, 63]
    # The box centres are covered by both.
    assert mask[45, 25] and mask[45, 75]


def test_absent_objects_are_not_drawn():
    present, hidden = (0.3, 0.3, 0.5, 0.5), None
    layout = Layout(objects=(LayoutObject(0, "dog", (present, present, present, hidden, hidden, hidden)),), background="room")
    num_frames = 11
    frames = PreviewRenderer().render_frames(layout, PreviewSettings(width=80, height=80, num_frames=num_frames))
    background = render_background("room", 80, 80)
    visible = interpolate_frames(layout, num_frames).present[0]
    assert visible.any() and not visible.all()
    for t in range(num_frames):
        drawn = sprite_mask(frames[t], background).any()
        assert drawn == visible[t], f"frame {t}: drawn={drawn}, present={visible[t]}"


def test_later_lower_objects_are_drawn_on_top():
    # Two overlapping objects: the one whose box reaches lower (nearer the viewer) covers the other.
    far = LayoutObject(0, "car", ((0.2, 0.2, 0.7, 0.6),), (("color", "blue"),))
    near = LayoutObject(1, "crate", ((0.4, 0.4, 0.9, 0.8),), (("color", "red"),))
    for objects in ((far, near), (near, far)):
        frame = PreviewRenderer().render_frames(Layout(objects=objects, num_keyframes=1),
                                                PreviewSettings(width=100, height=100, **BARE))[0]
        overlap = frame[47:55, 47:65].astype(int)  # inside both boxes
        assert (overlap[..., 0] > overlap[..., 2]).all()


# --------------------------------------------------------------------------------- colours
def mean_sprite_color(layout: Layout, size: int = 96) -> np.ndarray:
    frame = PreviewRenderer().render_frames(layout, PreviewSettings(width=size, height=size, num_frames=1, **BARE))[0]
    mask = sprite_mask(frame, render_background(layout.background, size, size))
    return frame[mask].astype(float).mean(axis=0)


@pytest.mark.parametrize(
    "name, attributes, channel",
    [
        ("box", {"color": "red"}, 0),
        ("red ball", {"color": "blue"}, 2),  # the attribute beats a colour word in the name
        ("green cube", {}, 1),
        ("kite", {"colour": "dark green"}, 1),
    ],
)
def test_colour_attribute_is_respected(name, attributes, channel):
    obj = LayoutObject(0, name, ((0.2, 0.2, 0.8, 0.8),), tuple(attributes.items()))
    r, g, b = mean_sprite_color(Layout(objects=(obj,), num_keyframes=1))
    dominant = (r, g, b)[channel]
    others = [v for i, v in enumerate((r, g, b)) if i != channel]
    assert all(dominant > 1.5 * v for v in others), (r, g, b)


def test_objects_without_colour_get_distinct_stable_colours():
    a = LayoutObject(0, "thing", ((0.2, 0.2, 0.8, 0.8),))
    b = LayoutObject(1, "thing", ((0.2, 0.2, 0.8, 0.8),))
    colour_a = mean_sprite_color(Layout(objects=(a,), num_keyframes=1))
    colour_b = mean_sprite_color(Layout(objects=(b,), num_keyframes=1))
    assert np.abs(colour_a - colour_b).max() > 40
    assert np.array_equal(colour_a, mean_sprite_color(Layout(objects=(a,), num_keyframes=1)))


def test_parse_color():
    assert parse_color("red") == (215, 38, 38)
    assert parse_color("#10A0ff") == (16, 160, 255)
    assert parse_color("Grey") == parse_color("gray")
    light, dark, base = parse_color("light blue"), parse_color("dark-blue"), parse_color("blue")
    assert sum(light) > sum(base) > sum(dark)
    assert parse_color("shiny") is None


# ----------------------------------------------------------------------------- backgrounds
def test_background_keyword_changes_the_background():
    size = (64, 48)
    kinds = {kw: background_kind(kw) for kw in ("garden", "kitchen", "ocean", "night sky", "city street", "beach", "")}
    assert kinds == {
        "garden": "grass", "kitchen": "indoor", "ocean": "water", "night sky": "night",
        "city street": "road", "beach": "sand", "": "plain",
    }
    images = {kw: render_background(kw, *size).astype(float) for kw in kinds}
    keys = list(images)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert np.abs(images[a] - images[b]).mean() > 8, (a, b)
    garden = images["garden"]
    top, bottom = garden[1].mean(axis=0), garden[-2].mean(axis=0)
    assert top[2] > top[0] and top[2] > top[1]  # blue sky
    assert bottom[1] > bottom[0] and bottom[1] > bottom[2]  # green grass
    assert images["night sky"].mean() < 50


def test_background_keyword_reaches_the_rendered_frames():
    obj = moving("ball", (0.4, 0.4, 0.5, 0.5), (0.5, 0.4, 0.6, 0.5))
    settings = PreviewSettings(width=64, height=64, num_frames=3, **BARE)
    garden = PreviewRenderer().render_frames(Layout(objects=(obj,), background="garden"), settings)
    ocean = PreviewRenderer().render_frames(Layout(objects=(obj,), background="ocean"), settings)
    assert np.abs(garden[0, 56:].astype(float) - ocean[0, 56:]).mean() > 20  # ground vs water, below the ball


def test_background_is_cached_and_read_only():
    first = render_background("park", 50, 40)
    assert first is render_background("a sunny garden", 50, 40)  # same scene kind and size: one drawing
    assert first.shape == (40, 50, 3) and not first.flags.writeable


# --------------------------------------------------------------------- trails, labels, marker
def test_trails_follow_the_centre_path_so_far():
    width = height = 100
    layout = Layout(objects=(moving("ball", (0.05, 0.45, 0.15, 0.55), (0.85, 0.45, 0.95, 0.55)),))
    num_frames = 9
    with_trail = PreviewRenderer().render_frames(layout, PreviewSettings(width=width, height=height,
                                                                         num_frames=num_frames, labels=False))
    without = PreviewRenderer().render_frames(layout, PreviewSettings(width=width, height=height, num_frames=num_frames, **BARE))
    last = num_frames - 1
    changed = sprite_mask(with_trail[last], without[last])
    ys, xs = np.nonzero(changed)
    assert 8 <= xs.min() <= 10 and xs.max() <= 86  # from the first centre (x=10) up to the current box (x>=85)
    assert abs(ys.mean() + 0.5 - 50) < 1.5  # along the centre line
    assert not sprite_mask(with_trail[0], without[0]).any()  # no path yet on the first frame


def test_labels_are_drawn_next_to_their_box():
    layout = Layout(objects=(LayoutObject(3, "dog", ((0.3, 0.5, 0.7, 0.9),)),), num_keyframes=1)
    settings = PreviewSettings(width=128, height=128, num_frames=1, trails=False)
    labelled = PreviewRenderer().render_frames(layout, settings)[0]
    bare = PreviewRenderer().render_frames(layout, PreviewSettings(width=128, height=128, num_frames=1, **BARE))[0]
    ys, xs = np.nonzero(sprite_mask(labelled, bare))
    assert ys.size > 20
    assert ys.max() < 0.5 * 128 and ys.min() > 0.5 * 128 - 30  # just above the box
    assert xs.min() >= 0.3 * 128 - 1


def test_keyframe_marker_appears_on_keyframe_frames_only():
    layout = Layout(objects=(moving("ball", (0.1, 0.1, 0.2, 0.2), (0.7, 0.7, 0.8, 0.8)),))
    base = PreviewSettings(width=96, height=96, num_frames=11)
    plain = PreviewRenderer().render_frames(layout, base)
    marked = PreviewRenderer().render_frames(layout, PreviewSettings(width=96, height=96,
                                                                     num_frames=11, show_keyframe_marker=True))
    changed = [t for t in range(11) if not np.array_equal(plain[t], marked[t])]
    assert changed == [0, 2, 4, 6, 8, 10]  # keyframe k sits at time k/5, frame 10k/5


# ----------------------------------------------------------------------------- validation
def test_invalid_layouts_and_settings_are_refused():
    broken = Layout(objects=(LayoutObject(0, "ball", ((0.5, 0.5, 2.5, 0.9),)),), num_keyframes=1)
    with pytest.raises(LayoutError, match="outside the canvas"):
        PreviewRenderer().render_frames(broken)
    leaving = Layout(objects=(LayoutObject(0, "ball", ((0.8, 0.5, 1.4, 0.9),)),), num_keyframes=1)
    (frame,) = PreviewRenderer().render_frames(leaving, PreviewSettings(width=40, height=30, num_frames=1))
    assert frame.shape == (30, 40, 3)  # an overhanging box is drawn clipped, not refused
    with pytest.raises(PreviewError, match="width"):
        PreviewSettings(width=4)
    with pytest.raises(PreviewError, match="fps"):
        PreviewSettings(fps=0)
    with pytest.raises(PreviewError, match="num_frames"):
        PreviewSettings(num_frames=0)


def test_an_empty_layout_renders_the_background():
    frames = PreviewRenderer().render_frames(Layout(objects=(), background="beach"),
                                             PreviewSettings(width=40, height=30, num_frames=2))
    assert np.array_equal(frames[0], render_background("beach", 40, 30)) and np.array_equal(frames[1], frames[0])


# --------------------------------------------------------------------------------- files
def test_render_video_writes_playable_files(tmp_path):
    layout = Layout(objects=(moving("ball", (0.1, 0.1, 0.3, 0.3), (0.6, 0.6, 0.8, 0.8), color="red"),), background="garden")
    settings = PreviewSettings(width=96, height=64, fps=8)
    renderer = PreviewRenderer(settings)
    result = renderer.render_video(layout, tmp_path / "out" / "preview.mp4", gif_path=tmp_path / "preview.gif", gif_max_side=48)
    assert isinstance(result, RenderResult)
    assert (result.num_frames, result.fps, result.width, result.height) == (21, 8.0, 96, 64)
    assert set(result.timings) == {"render_s", "encode_mp4_s", "encode_gif_s"}
    frames, fps = read_video(result.video_path)
    assert frames.shape == (21, 64, 96, 3) and fps == 8
    expected = renderer.render_frames(layout)
    assert np.abs(frames.astype(float) - expected).mean() < 3.0
    gif_frames, _ = read_video(result.gif_path)
    assert gif_frames.shape == (21, 32, 48, 3)


def test_an_object_inside_a_larger_box_is_drawn_in_front_of_it():
    table = LayoutObject(0, "table", ((0.1, 0.4, 0.9, 0.9),), (("color", "blue"),))
    ball = LayoutObject(1, "ball", ((0.45, 0.8, 0.55, 0.9),), (("color", "red"),))  # same bottom edge as the table
    frame = PreviewRenderer().render_frames(Layout(objects=(ball, table), num_keyframes=1),
                                            PreviewSettings(width=100, height=100, **BARE))[0]
    centre = frame[83:87, 48:52].astype(int)
    assert (centre[..., 0] > centre[..., 2]).all(), "the ball is visible in front of the table"
