"""Prompts in the voices of held-out sets 115 and 116 (tests/helpers/blind_set_115.py, blind_set_116.py) and of set
112's last miss, in new words.

- A sentence that is only a route, paused on with an ellipsis, "From the left side to the right side... a car.",
  heads the thing told after it, as a colon does: the route is that thing's, from the bottom to the top too.
- A particle of setting off set apart by a comma from the route told right after it, "rolls away, the right side to
  the left side", "runs off, from A to B", starts that route: the mover stays in view to its end.
- A closing bidding or question turning the listener's eyes to the thing told, "Follow it?", "Follow it closely.",
  "Keep following it with your eyes!", adds nothing to its route (never a "follow" of the thing itself).
- A thing of the scene spoken to by its bare name, "Hello, bird!", is the "you" of the next sentence where that "you"
  goes by a side of another thing, "You fly from the left of the car to ...", even though the scene never names it
  again: only the thing called can make that move.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition, ways_and_presence


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Left side to right side... a rolling ball. Lovely, isn't it?", "ball", False),
    ("From the right edge of the screen to the left edge… one walking dog. Wow.", "dog", True),
    ("All the way from the left to the right... a horse. Gallop on, friend.", "horse", False),
    ("From the right side to the left side... the old tram. Ding ding.", "tram", True),
    ("The left side of the frame to the right side ... a cat, quiet as ever.", "cat", False),
])
def test_a_route_paused_on_with_an_ellipsis_is_the_thing_told_after_it(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_corner_route_paused_on_with_an_ellipsis_keeps_its_stops():
    prompt = ("Seen from above. From the upper left corner to the lower left corner, then to the lower right corner... "
              "a dog.")
    assert lvd.sequential("dog", ("upper left", "lower left", "lower right"), planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing, rises", [
    ("From the bottom to the top... a balloon.", "balloon", True),
    ("From the top to the bottom... a feather.", "feather", False),
])
def test_a_route_from_bottom_to_top_paused_on_with_an_ellipsis_is_the_thing_told_after_it(prompt, thing, rises):
    heights = [centre[1] for centre in centres(prompt)[thing]]
    assert (heights[0] - heights[-1] if rises else heights[-1] - heights[0]) > 0.4


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Off it goes: a car drives away, the left side of the frame to the right side.", "car", False),
    ("The dog runs off, from the right side to the left side. Good boy.", "dog", True),
    ("A bird flies off, right to left.", "bird", True),
    ("And then the ball rolls away, from the left side to the right side!", "ball", False),
])
def test_a_particle_of_setting_off_before_a_route_keeps_the_mover_in_view(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert ways_and_presence(prompt)[query][1] == "111111"


@pytest.mark.parametrize("prompt", [
    "A cat runs off, quickly.",
    "A car drives away, never to return.",
])
def test_a_particle_of_setting_off_with_no_route_after_it_is_left_alone(prompt):
    thing = names(prompt)[0]
    assert ways_and_presence(prompt)[thing][1] != "111111"


@pytest.mark.parametrize("prompt, name, route", [
    ("Seen from above, a truck drives from the upper right corner to the lower right corner, then to the lower left "
     "corner. Following it?", "truck", ("upper right", "lower right", "lower left")),
    ("Top-down view: a cat walks from the lower left corner to the upper left corner, then to the upper right corner. "
     "Follow it closely?", "cat", ("lower left", "upper left", "upper right")),
    ("From overhead, a horse trots from the lower right corner to the upper right corner and then to the upper left "
     "corner. Keep following it with your eyes!", "horse", ("lower right", "upper right", "upper left")),
    ("Bird's-eye view: two ducks... no, a duck swims from the upper left corner to the upper right corner, then to the "
     "lower right corner. Follow it?", "duck", ("upper left", "upper right", "lower right")),
])
def test_a_closing_bidding_to_follow_the_thing_adds_nothing_to_its_route(prompt, name, route):
    assert lvd.sequential(name, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Hey, little dog! You run from the right of the ball to the left of the ball; the ball stays put.", "dog", "ball",
     True),
    ("Good morning, cat! You walk from the left of the box to the right of the box, and the box does not move.", "cat",
     "box", False),
    ("Oh, horse! You trot from the right side of the tree to the left side of the tree, and the tree stays still.",
     "horse", "tree", True),
    ("Hi there, duck! You then swim from the left of the boat to the right of the boat. The boat keeps still.", "duck",
     "boat", False),
])
def test_a_thing_spoken_to_whose_you_goes_by_another_things_side_is_that_mover(prompt, mover, reference, leftward):
    condition = planned_condition(prompt)
    assert lvd.two_object_motion(mover, reference, leftward, condition)


@pytest.mark.parametrize("prompt, drawn", [
    ("Oh boy! You run from the left of the car to the right of the car.", ["car"]),  # a cry, no thing
    ("Hey kids! You walk from the left of the ball to the right of the ball.", ["ball"]),  # the audience
    ("Hello, duck! You swim to the left while a boat floats on the right.", ["boat"]),  # no side of the boat
])
def test_a_cry_the_audience_or_a_you_going_by_no_side_stays_no_thing(prompt, drawn):
    assert names(prompt) == drawn
