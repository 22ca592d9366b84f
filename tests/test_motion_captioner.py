"""The embedded captioner: words for measured motion (directions, falling, bounces, appearing,
growing, colours), checked on synthetic sprites with known motion and on the studio's preview."""

from __future__ import annotations

import re

import numpy as np
import pytest

from pipelines.core.judging import Captioner, JudgeError, Video
from pipelines.eval.motion_captioner import CAPTION_LABEL, MotionCaptioner, color_name, path_roughness, region_name
from tests.test_motion_judge import (
    FPS,
    _track,
    bouncing_positions,
    jittered,
    sprite_video,
    thrown_ball_preview,
    thrown_positions,
)

CAPTIONER = MotionCaptioner()
RED, BLUE, GREEN = (220, 30, 30), (40, 90, 220), (50, 170, 70)
W_EDGE = 163.0  # just past the right border of the 160-pixel-wide test frames


def caption(frames: np.ndarray, fps: float = FPS):
    result = CAPTIONER.caption(Video(frames, fps))
    assert result.details["label"] == CAPTION_LABEL and result.text.endswith(".")
    return result


def test_captioner_satisfies_the_protocol():
    assert isinstance(CAPTIONER, Captioner)


@pytest.mark.parametrize(
    "positions, phrase, horizontal",
    [
        ([(20 + 3.0 * i, 60) for i in range(40)], "moves from the left to the right", "right"),
        ([(140 - 3.0 * i, 60) for i in range(40)], "moves from the right to the left", "left"),
        ([(80, 12 + 0.12 * i * i) for i in range(28)], "falls, speeding up", None),  # gravity from rest
        ([(80, 108 - 2.5 * i) for i in range(36)], "rises", None),
    ],
    ids=["left-to-right", "right-to-left", "falling", "rising"],
)
def test_direction_of_a_moving_sprite(positions, phrase, horizontal):
    result = caption(sprite_video(positions))
    (facts,) = result.details["tracks"]
    assert phrase in result.text, result.text
    assert facts["moved"] and not facts["erratic"]
    if horizontal == "right":
        assert facts["dx"] > 0.5 and "left" not in result.text.split("to the")[-1]
    elif horizontal == "left":
        assert facts["dx"] < -0.5
    else:
        assert abs(facts["dx"]) < 0.02 and "to the" not in result.text
    if phrase == "rises":
        assert "falls" not in result.text and "speeding up" not in result.text  # steady speed


def test_a_horizontal_throw_falls_while_moving_right_and_leaves_the_frame():
    result = caption(sprite_video(thrown_positions(vy=0.0, y0=20.0)))
    assert "to the right while falling, speeding up" in result.text, result.text
    assert "leaves the frame at the bottom" in result.text


def test_bounces_are_counted_and_placed():
    positions, bounce_times = bouncing_positions()
    result = caption(sprite_video(positions))
    assert len(bounce_times) == 2
    assert "bounces twice on the bottom of the frame" in result.text, result.text


def test_jumping_about_is_called_erratic_not_bouncing():
    result = caption(sprite_video(jittered(thrown_positions(), 12.0)))
    assert "erratically" in result.text and "bounces" not in result.text, result.text


def test_appearing_growing_and_disappearing():
    n = 40
    radii = [4.0 + 0.5 * max(0, i - 16) for i in range(n)]  # appears at frame 16, then grows 4 -> 15.5 px
    grower = [None] * 16 + [(112.0, 38.0)] * (n - 16)
    result = caption(sprite_video(grower, radii=radii, color=BLUE))
    assert f"appears at {16 / FPS:.1f} s in the top right" in result.text, result.text
    assert "grows (approaching)" in result.text
    vanisher = [(40.0, 80.0)] * 30 + [None] * 10  # present 30 frames, gone for the last 10
    result = caption(sprite_video(vanisher, color=GREEN))
    assert f"disappears at {30 / FPS:.1f} s" in result.text, result.text
    assert not re.search(r"\bappears\b", result.text)


def test_an_object_that_lands_and_rests_comes_to_rest():
    positions, _ = bouncing_positions(n=24, vx=0.0, restitution=0.0, x0=80.0)
    result = caption(sprite_video(positions + [positions[-1]] * 40))
    assert "falls, speeding up" in result.text and "comes to rest in the bottom" in result.text, result.text
    assert not re.search(r"\b(dis)?appears\b", result.text)


@pytest.mark.parametrize("rgb, name", [(RED, "red"), (BLUE, "blue"), (GREEN, "green")])
def test_colour_of_a_sprite_is_named(rgb, name):
    result = caption(sprite_video([(20 + 3.0 * i, 60) for i in range(30)], color=rgb))
    assert result.text.startswith(f"A {name} object"), result.text


def test_colour_names_of_reference_and_shaded_colours():
    assert color_name((215, 38, 38)) == "red" and color_name((155, 27, 27)) == "red"  # the preview's body shade
    assert color_name((38, 92, 218)) == "blue" and color_name((27, 66, 157)) == "blue"
    assert color_name((40, 165, 70)) == "green" and color_name((245, 208, 40)) == "yellow"
    assert color_name((250, 250, 250)) == "white" and color_name((20, 20, 20)) == "black"


def test_regions_and_roughness():
    assert region_name(0.1, 0.1) == "top left" and region_name(0.5, 0.5) == "centre"
    assert region_name(0.9, 0.5) == "right" and region_name(0.5, 0.9) == "bottom"
    t = np.arange(20, dtype=float)
    assert path_roughness(_track(3 * t, 0.1 * t * t)) < 0.1  # smooth accelerating path
    zigzag = 3 * t + np.where(np.arange(20) % 2, 5.0, -5.0)
    assert path_roughness(_track(zigzag, np.zeros(20))) > 1.0


def test_static_and_single_frame_videos():
    assert caption(sprite_video([(80.0, 60.0)] * 20)).text == "Nothing moves: the scene is static."
    assert "single still frame" in caption(sprite_video([(80.0, 60.0)])).text
    with pytest.raises(JudgeError, match="uint8"):
        CAPTIONER.caption(Video(np.zeros((2, 4, 4, 3), np.int32), FPS))


def test_an_object_entering_from_a_side_enters_rather_than_appears():
    n = 40
    entering = [None] * 10 + [(W_EDGE - 3.0 * (i - 10), 60.0) for i in range(10, n)]  # from beyond the right edge
    result = caption(sprite_video(entering, color=GREEN))
    assert f"enters the frame from the right at {10 / FPS:.1f} s" in result.text, result.text
    assert "to the left" in result.text


def test_two_objects_are_described_in_order_of_appearance():
    import cv2

    frames = sprite_video([(20 + 3.0 * i, 40) for i in range(40)], color=RED)
    for i in range(20, 40):  # a blue disc enters at frame 20 and falls on the right
        cv2.circle(frames[i], (130, int(20 + 0.2 * (i - 20) ** 2)), 8, BLUE, -1, cv2.LINE_AA)
    result = caption(frames)
    first, second = result.text.split(". ")[:2]
    assert first.startswith("A red object moves from the left to the right")
    assert second.startswith("A second, blue object appears at 1.2 s") and "falls" in second, result.text


def test_preview_of_a_thrown_ball_is_described_as_moving_right_and_bouncing():
    """The preview draws labels and fading trails; the caption must still follow the one ball."""
    result = caption(thrown_ball_preview())
    assert result.text.startswith("A red object moves from the left to the right"), result.text
    assert "bounces" in result.text and ("falls" in result.text or "down" in result.text)
    assert len(result.details["tracks"]) == 1
