"""Prompts in the voices of held-out sets 103 and 104 (tests/helpers/blind_set_103.py, blind_set_104.py), in new words.

- A note naming its thing before a route noun and saying the route was taken down, "rolling ball path recorded, A to
  B", is that thing's move.
- A note's view set off by commas before or after its thing named bare, "from overhead, rolling ball, A to B", heads
  the note, whatever word ("hey", "um") is set off beside it.
- A bid closing the prompt that the listener go along with what was told, "..., jump with it all.", "Just bounce along
  with it!", is no move of a thing.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition


@pytest.mark.parametrize("prompt, query, route", [
    ("Walking dog route, lower left corner, lower right corner, upper right corner.",
     "dog", ("lower left", "lower right", "upper right")),
    ("Overhead shot. Rolling ball trajectory recorded, upper left corner to lower left corner to lower right corner.",
     "ball", ("upper left", "lower left", "lower right")),
    ("Aerial view; moving car path noted: upper right corner to upper left corner, then lower left corner.",
     "car", ("upper right", "upper left", "lower left")),
])
def test_a_route_noun_said_taken_down_is_its_things_move(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Hey, viewed from overhead, rolling ball, upper left corner to the lower left corner, then the lower right corner.",
     "ball", ("upper left", "lower left", "lower right")),
    ("Okay, galloping horse, seen from overhead, lower right corner to upper right corner, then upper left corner.",
     "horse", ("lower right", "upper right", "upper left")),
    ("Swimming fish, um, from directly above, upper right corner to the lower right corner, then the lower left corner.",
     "fish", ("upper right", "lower right", "lower left")),
    ("So, rolling ball, viewed from overhead, lower left corner to the lower right corner, then the upper right corner.",
     "ball", ("lower left", "lower right", "upper right")),
])
def test_a_view_set_off_beside_a_bare_thing_heads_its_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("From above, a moving ball goes from the lower left corner to the upper left corner, then to the upper right "
     "corner, jump with it all.", "ball", ("lower left", "upper left", "upper right")),
    ("From above, a rolling ball, lower right corner, upper right corner, upper left corner. Just bounce along with it, "
     "friends!", "ball", ("lower right", "upper right", "upper left")),
    ("From overhead, rolling ball, upper right corner, lower right corner, lower left corner, now spin with it all.",
     "ball", ("upper right", "lower right", "lower left")),
])
def test_a_closing_bid_to_go_along_with_it_moves_nothing(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))
