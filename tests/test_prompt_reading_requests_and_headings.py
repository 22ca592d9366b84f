"""Readings a whole-change reread found lost, each kept here.

- A request to the maker of the clip, "Can you show the ball rolling to the left?", holding a move, a place or a way,
  is the scene asked for: its move stays, even where a still thing of that kind is told after it.
- A two-word heading before a thing's own words, "Hollow birch log, a frog hops off it", is a caption for a log when
  what follows points back at it, or when its first word tells what befell the thing ("Rotting pine log."): the log
  stays. A writer's heading, "Night session log,", still goes.
- "with no dog in the frame at first" hangs the denial on the dog alone: the ball told before it is seen all along.
- "What's red? The ball." is read as "What is red? The ball.": one red ball.
"""

import pytest

from tests.helpers.planned import PLANNER, names


def _moves(prompt: str, kind: str, leftward: bool) -> bool:
    """Whether some drawn thing of ``kind`` crosses at least a third of the frame the way asked."""
    for obj in PLANNER.plan(prompt).layout.objects:
        shown = [b for b in obj.boxes if b is not None]
        if kind in obj.name and shown:
            step = (shown[-1][0] + shown[-1][2]) / 2 - (shown[0][0] + shown[0][2]) / 2
            if (-step if leftward else step) > 0.3:
                return True
    return False


@pytest.mark.parametrize("prompt, kind, leftward", [
    ("Can you show the ball rolling to the left? A ball lies on a table.", "ball", True),
    ("Will you animate the bird flying to the right? A small bird sits on a branch.", "bird", False),
    ("Could you make the dog run to the left? A brown dog stands on grass.", "dog", True),
    ("Would you render the car driving slowly to the right? A red car waits at the curb.", "car", False),
])
def test_a_request_to_the_maker_keeps_its_move(prompt, kind, leftward):
    assert _moves(prompt, kind, leftward)


def test_a_question_to_the_listeners_still_names_the_thing_once():
    assert names("Can you see the dog? A dog runs to the right.") == ["dog"]


@pytest.mark.parametrize("prompt, other", [
    ("Hollow birch log, a frog hops off it to the left.", "frog"),
    ("Fallen tree log, a squirrel runs along it to the right.", "squirrel"),
    ("Rotting pine log. A beetle crawls to the left on it.", "beetle"),
    ("Floating river log, a duck swims past it to the right.", "duck"),
    ("Mossy cedar log, a lizard climbs onto it from the left.", "lizard"),
])
def test_a_heading_for_a_real_log_keeps_the_log(prompt, other):
    drawn = names(prompt)
    assert other in drawn and any("log" in name for name in drawn), drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Night session log, a dog runs to the right.", ["dog"]),
    ("Evening patrol log, a cat walks left and it stops.", ["cat"]),
])
def test_a_writers_heading_still_goes(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "A ball rolls right, with no dog in the frame at first.",
    "A cat walks to the left, with no bird on screen at first.",
])
def test_a_denial_hung_on_with_leaves_the_thing_told_before_in_view(prompt):
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    assert len(layout.objects) == 1 and all(box is not None for box in layout.objects[0].boxes)


@pytest.mark.parametrize("prompt, drawn", [
    ("What's red? The ball. A ball rolls to the left.", ["red ball"]),
    ("Which one's blue? The car. A car drives to the right.", ["blue car"]),
])
def test_a_colour_asked_with_a_contraction_colours_the_thing_once(prompt, drawn):
    assert names(prompt) == drawn
