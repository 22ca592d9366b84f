"""Prompts in the voices of held-out sets 81 and 82 (tests/helpers/blind_set_81.py, blind_set_82.py), in new words.

- A hypnotist's "look down, from high above, at a ball" is the view from above however the "from" is set off, so a
  verbless list of corners joined by pauses ("Upper right corner... lower right corner...") is the ball's route.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


@pytest.mark.parametrize(
    "prompt, name",
    [
        ("Then peer down, from way up above, at a walking dog. Upper right corner... lower right corner... lower left "
         "corner.", "dog"),
        ("And gaze down, from high above, on a rolling ball. Upper right corner... lower right corner... lower left "
         "corner. Calmer with every breath you take.", "ball"),
    ],
)
def test_a_verbless_corner_list_after_a_look_from_high_above_is_the_route(prompt, name):
    assert names(prompt) == [name]
    assert PLANNER.plan(prompt).layout.view == "top-down"
    path = centres(prompt)[name]
    start, middle, end = path[0], path[len(path) // 2], path[-1]
    assert start[0] > 0.6 and start[1] < 0.4  # upper right
    assert middle[0] > 0.6 and middle[1] > 0.45  # on the way down the right side, or at its lower corner
    assert end[0] < 0.4 and end[1] > 0.6  # lower left
