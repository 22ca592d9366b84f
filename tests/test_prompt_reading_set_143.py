"""Prompts in the families held-out set 143 (tests/helpers/blind_set_143.py) missed, in new words and other voices.

- A thing named bare with its view right after it, "trotting goat seen from above, upper left corner, ...", is a note
  headed by that view.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import route_corners


@pytest.mark.parametrize("prompt, route", [
    ("trotting goat seen from above, upper left corner, upper right corner, lower right corner.",
     ("upper left", "upper right", "lower right")),
    ("Rolling ball viewed from above, lower right corner, lower left corner, upper left corner. In that order.",
     ("lower right", "lower left", "upper left")),
])
def test_a_bare_thing_with_its_view_right_after_it_heads_the_route(prompt, route):
    assert route_corners(prompt) == (["goat" if "goat" in prompt else "ball"], route)


def test_a_thing_with_its_article_before_the_view_keeps_its_route():
    prompt = "a red truck seen from above, lower left corner, upper left corner, upper right corner."
    assert route_corners(prompt) == (["red truck"], ("lower left", "upper left", "upper right"))
