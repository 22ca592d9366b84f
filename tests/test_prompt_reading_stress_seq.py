"""Routes and motions whose words fall outside the plain forms: a clause after the last stop saying the mover stays
there, in any tense, after a step with no verb of its own.

Each check names what is drawn, which thing moves, and where it is at the start, the middle and the end.
"""

import pytest

from tests.helpers.planned import centres, route_corners


@pytest.mark.parametrize("prompt", [
    "Filmed from overhead, a dog begins in the lower right corner and trots to the lower left corner. Then on to the "
    "upper left corner, where it lay.",
    "Top-down: a dog sets off from the lower right corner and goes to the lower left corner. After that, on to the "
    "upper left corner, and there it remained for a while.",
    "From overhead, a dog starts off in the lower right corner and heads to the lower left corner. Next, over to the upper "
    "left corner, where it sat.",
])
def test_a_clause_saying_the_mover_stays_at_its_last_stop_keeps_the_stop(prompt):
    assert route_corners(prompt) == (["dog"], ("lower right", "lower left", "upper left"))


@pytest.mark.parametrize("prompt", [
    "From my hideout up above, I watch a cat start in the lower left corner, run to the lower right corner and then "
    "to the upper right corner.",
    "From the roof overhead, we see a cat go from the lower left corner to the lower right corner and then up to the "
    "upper right corner.",
])
def test_the_watchers_place_said_with_its_height_is_not_drawn(prompt):
    assert route_corners(prompt) == (["cat"], ("lower left", "lower right", "upper right"))


@pytest.mark.parametrize("prompt", [
    "Viewed from overhead, a ball starts out in the lower right corner of my screen. After that it rolls to the upper "
    "right corner, and last to the upper left corner.",
    "From high above, a ball begins in the lower right of the monitor. Then it rolls to the upper right corner, then "
    "on to the upper left corner.",
])
def test_a_corner_of_the_picture_itself_is_the_framescorner_of(prompt):
    assert route_corners(prompt) == (["ball"], ("lower right", "upper right", "upper left"))


@pytest.mark.parametrize("prompt", [
    "Shot from overhead, a car begins in the lower left corner. Next it rolls to the upper left corner. Finally it "
    "parks in the upper right corner.",
    "From high overhead: a car sets off from the lower left corner. Then it drives to the upper left corner. At last it "
    "parked in the upper right corner.",
])
def test_parking_at_a_new_corner_after_the_steps_is_the_last_stop(prompt):
    assert route_corners(prompt) == (["car"], ("lower left", "upper left", "upper right"))


@pytest.mark.parametrize("prompt, leftward", [
    ("A dog trotted in from the right of the screen and went all the way over to the left of it.", True),
    ("A dog wanders in from the left of the shot... and keeps going, on and on, to the right of it.", False),
])
def test_a_side_of_it_after_a_side_of_the_picture_is_the_pictures_side(prompt, leftward):
    found = centres(prompt, 6)
    assert sorted(found) == ["dog"]
    start, middle, end = found["dog"][0], found["dog"][3], found["dog"][-1]
    assert None not in (start, middle, end)
    assert (start[0] > 0.5, end[0] < 0.5) == (leftward, leftward)
    assert min(start[0], end[0]) < middle[0] < max(start[0], end[0])


@pytest.mark.parametrize("prompt", [
    "Camera overhead. A bird is in the lower left corner. The bird has flown to the lower right corner. The bird is "
    "now in the upper right corner and resting.",
    "From above: a bird in the lower left corner. It has moved to the lower right corner. It is now in the upper right "
    "corner and staying there.",
])
def test_a_still_participle_after_the_place_keeps_the_place(prompt):
    assert route_corners(prompt) == (["bird"], ("lower left", "lower right", "upper right"))


@pytest.mark.parametrize("prompt, leftward", [
    ("A dog trots in from the right side and scampers all the way to the left side.", True),
    ("A dog trots in from the left side and galumphs all the way to the right side.", False),
])
def test_an_unknown_verb_going_on_after_and_or_then_moves_the_same_subject(prompt, leftward):
    found = centres(prompt, 6)
    assert sorted(found) == ["dog"]
    start, end = found["dog"][0], found["dog"][-1]
    assert start is not None and end is not None
    assert (start[0] > 0.5, end[0] < 0.5) == (leftward, leftward)


@pytest.mark.parametrize("prompt", [
    "Viewed from above, a car begins in the upper... no, the lower right corner, drives to the upper right corner and "
    "ends in the upper left corner.",
    "From overhead: a car starts in the lower left, no, the lower right corner, then goes to the upper right corner, "
    "then to the upper left corner.",
])
def test_a_place_taken_back_with_no_is_replaced_by_the_one_said_after(prompt):
    assert route_corners(prompt) == (["car"], ("lower right", "upper right", "upper left"))
