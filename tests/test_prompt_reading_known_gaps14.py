"""A fourteenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

"two balls like those" after two balls were named is those balls, as "a ball like that" is the ball; "ye dogs," or
"you birds:" calls to the listeners, who are not drawn ("Arr, ye dogs, look at that car"); "right" just before a
place ("sits right beside it", "runs right behind it", "right away") stresses it and names no side; a colour before
a possessor ("a cat sits at a gray ball's left") describes that possessor, whose article stands before the colour; "a
lamp flickers to life on a table where two cats sit" frames the scene as "the lamp" does (a lamp that glows stays).
"runs fast, just like a cat" (item 3 of the round) was already read right; its test guards it.
"""

import pytest

from tests.helpers.planned import PLANNER, names


def _objects(prompt: str) -> list[tuple[str, tuple]]:
    return sorted((o.name, o.attributes) for o in PLANNER.plan(prompt).layout.objects)


# ------------------------------------------------------------ 1. "two balls like those": the same things again
@pytest.mark.parametrize("prompt, drawn", [
    ("Two balls roll left. Two balls like those are red.", ["red ball", "red ball"]),
    ("Two balls roll to the right. Then two balls like those stop.", ["ball", "ball"]),
    ("Three birds fly left. Three birds like these land.", ["bird", "bird", "bird"]),
    ("A ball rolls to the right. A ball like that bounces.", ["ball"]),
])
def test_things_like_those_named_are_those_things(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 5. a colour before a possessor is the possessor's
@pytest.mark.parametrize("prompt, owner, colour", [
    ("A cat sits at a gray ball's left.", "gray ball", "gray"),
    ("A dog stands at a red car's right.", "red car", "red"),
    ("A bird lands at the small blue car's left.", "blue car", "blue"),
])
def test_a_colour_before_a_possessor_describes_it(prompt, owner, colour):
    drawn = dict(_objects(prompt))
    assert drawn[owner] == (("color", colour),), drawn
    assert len(drawn) == 2, drawn


# ------------------------------------------------------------ 2. "ye dogs," / "you birds:": the ones called to
@pytest.mark.parametrize("prompt, drawn", [
    ("Arr, ye dogs, look at that moving car.", ["car"]),
    ("Hey, you cats, watch the dog run to the left.", ["dog"]),
    ("Listen up, you birds: a ball rolls to the right.", ["ball"]),
    ("Ahoy, ye lazy dogs! A car drives to the left.", ["car"]),
    ("Look, you dogs, two cats run to the right.", ["cat", "cat"]),
])
def test_the_ones_called_to_are_not_drawn(prompt, drawn):
    assert names(prompt) == drawn


def test_a_plain_pair_is_still_the_scene():
    assert names("A cat and a book.") == ["book", "cat"]


# ------------------------------------------------------------ 6. "right beside it": a stressed place, no side
@pytest.mark.parametrize("prompt", [
    "A car is in the middle. A dog runs right behind it.",
    "A cat walks right away.",
    "A dog walks in and sits right beside it.",
])
def test_right_before_a_place_is_no_move_to_the_right(prompt):
    assert PLANNER.plan(prompt).layout == PLANNER.plan(prompt.replace(" right ", " ")).layout


@pytest.mark.parametrize("prompt", ["A ball rolls right at the midpoint.", "A dog runs right. A cat sits right there.",
                                    "A sheep walks from the far left to the far right on a windy hillside."])
def test_right_as_a_move_is_still_a_move(prompt):
    first = PLANNER.plan(prompt).layout.objects[0]
    assert first.boxes[-1][0] - first.boxes[0][0] > 0.3, first.boxes


# ------------------------------------------------------------ 4. "a lamp flickers to life on ...": the set frames
@pytest.mark.parametrize("prompt, drawn", [
    ("A lamp flickers to life on a table where two cats sit.", ["cat", "cat", "table"]),
    ("An old TV flickers to life on a dog sitting on a sofa.", ["dog", "sofa"]),
    ("The lamp flickers to life on a table where two cats sit.", ["cat", "cat", "table"]),
    ("A dog sits on a table.", ["dog", "table"]),
    ("A lamp glows on a table.", ["lamp", "table"]),
])
def test_a_set_coming_to_life_frames_what_it_shows(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. "just like a cat": a simile, already read right (guard)
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog runs fast, just like a cat.", ["dog"]),
    ("The dog runs to the left, just like a cat would.", ["dog"]),
    ("A boy runs fast, just like a cat!", ["boy"]),
    ("Two dogs run right, just like cats.", ["dog", "dog"]),
    ("A car races left, much like a horse.", ["car"]),
])
def test_just_like_a_thing_draws_only_the_mover(prompt, drawn):
    assert names(prompt) == drawn
