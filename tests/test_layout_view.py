"""A layout's view (side or top-down): kept in its JSON, set by both planners from the prompt, and drawn as ground
seen from above by the preview and the editor canvas (a top-down route over a side-on street showed a car
climbing into the sky)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pipelines.backends.llm import OpenAIChatBackend
from pipelines.core.layout import Layout, LayoutError, LayoutObject
from pipelines.lvd.canvas import editor_canvas
from pipelines.lvd.llm_planner import LLMPlanner
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.preview import PreviewRenderer, PreviewSettings
from pipelines.lvd.preview_backgrounds import BACKGROUND_KINDS, render_background
from tests.helpers.fake_openai_server import FakeOpenAIServer

TOP_DOWN_ROUTE = ("A top-down viewed video of a moving car from the lower left corner to the upper left corner, "
                  "then to the upper right corner")
CAR_ANSWER = (
    "Reasoning: The car drives along the three corners.\n"
    + "\n".join(f"Frame {k + 1}: [{{'id': 0, 'name': 'car', 'box': [{x}, {y}, 96, 64]}}]"
                for k, (x, y) in enumerate([(20, 420), (20, 240), (20, 30), (200, 30), (300, 30), (400, 30)]))
    + "\nBackground keyword: street"
)


def one_box_layout(**fields) -> Layout:
    car = LayoutObject(id=0, name="car", boxes=((0.1, 0.6, 0.3, 0.8), (0.5, 0.2, 0.7, 0.4)))
    return Layout(objects=(car,), num_keyframes=2, background="street", **fields).validate()


def test_the_view_survives_json_and_older_layouts_read_as_side_views():
    layout = one_box_layout(view="top-down")
    assert Layout.from_json(layout.to_json()).view == "top-down"
    saved = json.loads(layout.to_json())
    del saved["view"]  # a layout written before views existed
    assert Layout.from_dict(saved).view == "side"


@pytest.mark.parametrize("view", ["overhead", "", "TOP-DOWN"])
def test_an_unknown_view_is_refused_naming_the_views_there_are(view):
    saved = json.loads(one_box_layout().to_json())
    saved["view"] = view
    if not view:  # empty is "not given": a side view, as for an older file
        assert Layout.from_dict(saved).view == "side"
        return
    with pytest.raises(LayoutError, match=r"view must be one of 'side', 'top-down'"):
        Layout.from_dict(saved)


@pytest.mark.parametrize(("prompt", "view"), [
    (TOP_DOWN_ROUTE, "top-down"),
    ("Seen from above, two dogs walk across a park from left to right", "top-down"),
    ("A bird's-eye view of a cat crossing a room to the left", "top-down"),
    ("A car drives from left to right along a street", "side"),
    ("A ball falls from above onto the floor", "side"),  # where the fall starts, not where the camera is
])
def test_the_physics_planner_says_which_view_it_planned(prompt, view):
    assert PhysicsPlanner().plan(prompt).layout.view == view


def test_the_llm_planner_takes_the_view_from_the_prompt_as_lvd_text_has_none():
    with FakeOpenAIServer() as server:
        server.answer(CAR_ANSWER)
        server.answer(CAR_ANSWER)
        planner = LLMPlanner(OpenAIChatBackend(server.base_url, "fake-model", timeout_s=5, max_retries=0, backoff_s=0.01))
        assert planner.plan(TOP_DOWN_ROUTE).layout.view == "top-down"
        assert planner.plan("A car drives from the left of a street to its right").layout.view == "side"


def _is_sky(pixel: np.ndarray) -> bool:
    r, g, b = (int(v) for v in pixel)
    return b > r + 40 and b > g  # the side view's sky: clearly bluer than red


@pytest.mark.parametrize("kind_keyword", ["street", "park", "beach", "kitchen", "snow", ""])
def test_ground_seen_from_above_has_no_sky_and_no_horizon(kind_keyword):
    side = render_background(kind_keyword, 96, 64)
    above = render_background(kind_keyword, 96, 64, "top-down")
    if kind_keyword in ("street", "park", "beach", "snow"):
        assert _is_sky(side[1, 48])  # the side view these kinds have: sky at the top
    assert not _is_sky(above[1, 48])
    # no horizon: the top and the bottom of the frame are the same ground (mean colours within a few levels)
    top, bottom = above[: 32].reshape(-1, 3).mean(0), above[32:].reshape(-1, 3).mean(0)
    assert np.abs(top - bottom).max() < 6, (top, bottom)


def test_every_kind_has_a_ground_from_above():
    for kind_keyword in ["space", "night", "underwater", "pool", "sea", "room", "road", "sand", "snow", "grass", ""]:
        image = render_background(kind_keyword, 40, 30, "top-down")
        assert image.shape == (30, 40, 3) and image.dtype == np.uint8
    assert len(BACKGROUND_KINDS) == 11  # a kind added later needs its ground from above


def test_the_preview_and_the_editor_draw_a_planned_top_down_route_over_ground():
    layout = PhysicsPlanner().plan(TOP_DOWN_ROUTE).layout
    frames = PreviewRenderer().render_frames(layout, PreviewSettings(width=128, height=128, fps=4))
    canvas = editor_canvas(layout, 0, 128, 128)
    for image in (frames[0], canvas):
        assert not _is_sky(image[2, 64]), image[2, 64]  # the car starts at the lower left: the top is ground
    side = PhysicsPlanner().plan("A car drives from left to right along a street").layout
    assert _is_sky(editor_canvas(side, 0, 128, 128)[2, 64])
