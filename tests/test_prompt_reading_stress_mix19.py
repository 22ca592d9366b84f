"""Motion, relations and routes told in a voice's own words: each test is a rule of English.

Each states the objects drawn, who moves, and where things are at the start, the middle and the end.
"""

import pytest

from tests.helpers.planned import centres, route_corners


def _side(x: float) -> str:
    return "left" if x < 0.4 else "right" if x > 0.6 else "middle"


def _sides(prompt: str) -> dict[str, tuple[str, str, str]]:
    """Each object's side of the frame at the start, halfway (between keyframes 2 and 3 of six) and the end."""
    found = centres(prompt, 6)
    return {name: (_side(row[0][0]), _side((row[2][0] + row[3][0]) / 2), _side(row[-1][0])) for name, row in found.items()}


def _still(row) -> bool:
    return len({c for c in row if c is not None}) == 1


# ------------------------------------------------------------ 1. "right where it is": "right" stresses the place
@pytest.mark.parametrize("prompt, mover, still", [
    ("A cat walks from the right of a ball to its left; the ball sits right where it started.", "cat", "ball"),
    ("A dog trots past a car, from its left to its right. The car is parked right where it was.", "dog", "car"),
])
def test_right_before_where_stresses_the_place_and_names_no_side(prompt, mover, still):
    found = centres(prompt, 6)
    assert sorted(found) == sorted([mover, still])
    assert _still(found[still]) and not _still(found[mover])


# ------------------------------------------------------------ 2. a corner's side and height in either order
@pytest.mark.parametrize("prompt, thing, corners", [
    ("Viewed from overhead, a ball rolls from the left-hand corner at the bottom to the right-hand corner at the "
     "bottom and on to the right-hand corner at the top.", "ball", ("lower left", "lower right", "upper right")),
    ("From above: a dog trots from the bottom corner on the right to the top corner on the right, then on to the top "
     "corner on the left.", "dog", ("lower right", "upper right", "upper left")),
    ("Looking down on it all: a cat waits in the right-hand corner at the bottom, pads to the corner at the bottom on "
     "the left, and ends in the top corner on the left.", "cat", ("lower right", "lower left", "upper left")),
    ("Shot from overhead, a bird starts in the right-hand bottom corner, flies to the left-hand bottom corner, then to "
     "the left-hand top corner.", "bird", ("lower right", "lower left", "upper left")),
])
def test_a_corner_said_side_first_or_with_its_height_after_the_word_corner_is_that_corner(prompt, thing, corners):
    assert route_corners(prompt) == ([thing], corners)


# ------------------------------------------------------------ 3. ", last on the left": a comma's "last" is the last step
@pytest.mark.parametrize("prompt, thing, sides", [
    ("In the footage a dog is seen first on the left, last on the right.", "dog", ("left", "left", "right")),
    ("Playback: a ball is seen first at the left, last at the right.", "ball", ("left", "left", "right")),
    ("A bird can be seen first on the right, last on the left.", "bird", ("right", "right", "left")),
])
def test_last_after_a_bare_comma_before_a_place_is_where_the_move_ends(prompt, thing, sides):
    assert _sides(prompt) == {thing: sides}


# ------------------------------------------------------------ 4. "with the current": the flow a thing goes with is no thing
@pytest.mark.parametrize("prompt, thing, sides", [
    ("A bird sails with the wind from the left over to the right.", "bird", ("left", "middle", "right")),
    ("A ball bobs with the tide, right to left.", "ball", ("right", "middle", "left")),
    ("A dog paddles against the current from the right to the left.", "dog", ("right", "middle", "left")),
    ("Pushed by the swell, a ball floats from the left to the right.", "ball", ("left", "middle", "right")),
])
def test_the_water_or_air_a_thing_goes_with_is_no_thing_and_takes_no_move(prompt, thing, sides):
    assert _sides(prompt) == {thing: sides}


# ------------------------------------------------------------ 5. a commentator's "comes in from A ... leaves on B" crosses
@pytest.mark.parametrize("prompt, thing, sides", [
    ("Folks, a dog comes in from the left and exits on the right!", "dog", ("left", "middle", "right")),
    ("Everybody, a cat came in from the right and it's leaving on the left.", "cat", ("right", "middle", "left")),
])
def test_an_entrance_with_a_way_out_later_in_its_sentence_is_one_crossing_in_view(prompt, thing, sides):
    found = centres(prompt, 6)
    assert all(box is not None for box in found[thing])
    assert _sides(prompt) == {thing: sides}


# ------------------------------------------------------------ 6. "never leaves its place": it stays, in view and still
@pytest.mark.parametrize("prompt, mover, still", [
    ("A ball rolls from the right of a cat to its left, and the cat never leaves its place.", "ball", "cat"),
    ("A car never leaves its post as a dog runs past it from its left to its right.", "dog", "car"),
])
def test_a_denied_leaving_of_its_own_place_keeps_the_thing_in_view_and_still(prompt, mover, still):
    found = centres(prompt, 6)
    assert sorted(found) == sorted([mover, still])
    assert all(box is not None for box in found[still]) and _still(found[still]) and not _still(found[mover])


# ------------------------------------------------------------ 7. the end's place said first, then the start's
@pytest.mark.parametrize("prompt, thing, sides", [
    ("In the end a cat is on the right; in the beginning it was on the left.", "cat", ("left", "middle", "right")),
])
def test_a_place_at_the_end_then_one_at_the_start_is_a_move_from_the_second_to_the_first(prompt, thing, sides):
    assert _sides(prompt) == {thing: sides}


def test_the_end_then_the_start_of_a_relation_moves_the_first_thing_past_the_still_one():
    found = centres("At the end a cat is to the left of a ball; at the start it was to the ball's right. The ball "
                    "stays put.", 6)
    assert sorted(found) == ["ball", "cat"] and _still(found["ball"])
    assert found["cat"][0][0] > found["ball"][0][0] > found["cat"][-1][0]


def test_the_end_then_the_start_of_a_route_seen_from_above_is_that_route_in_order():
    drawn, (start, _, end) = route_corners("From above: finally the dog is in the upper left corner; at first it was in "
                                           "the lower right corner.")
    assert (drawn, start, end) == (["dog"], "lower right", "upper left")


# ------------------------------------------------------------ 8. a side left on the way elsewhere is where it sets off
@pytest.mark.parametrize("prompt, thing, sides", [
    ("A cat leaves the left side and trots over to the right side.", "cat", ("left", "right")),
    ("A bird flies toward the right, leaving the left behind.", "bird", ("left", "right")),
])
def test_a_side_left_with_the_next_place_said_or_left_behind_is_where_the_move_starts_in_view(prompt, thing, sides):
    found = centres(prompt, 6)
    assert list(found) == [thing] and all(box is not None for box in found[thing])
    assert (_side(found[thing][0][0]), _side(found[thing][-1][0])) == sides
