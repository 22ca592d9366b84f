"""Prompts the reader failed in a held-out set of everyday paraphrases (tests/helpers/blind_set_24.py), in new words.

A "look" describes the picture; "along with" adds a second object; bringing a thing into the clip is an
arrival; "until the clip reaches its second half" bounds a state; "after that" and a trailing "after" are
the later part. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, names


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Show 3 walking horses with a natural, sunny look.", ["horse", "horse", "horse"]),
        ("Two goats, calm and curious, in footage that looks cinematic.", ["goat", "goat"]),
    ],
)
def test_a_look_describes_the_picture_and_adds_no_object(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Please show a green truck along with a white horse.", ["green truck", "white horse"]),
        ("Could you show a cat along with a blue ball?", ["blue ball", "cat"]),
    ],
)
def test_along_with_adds_a_second_object_not_a_place(prompt, expected):
    assert names(prompt) == expected


def seen(prompt: str) -> list[bool]:
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return [box is not None for box in layout.objects[0].boxes]


@pytest.mark.parametrize(
    "prompt",
    [
        "Bring a dog into the scene only after the midpoint has gone by.",
        "Bring a goat into the footage only once the halfway point is behind it.",
        "The trotting horse is missing until the clip reaches its second half.",
        "The duck is hidden till the footage gets to the second half.",
    ],
)
def test_late_arrivals_said_in_new_ways(prompt):
    shown = seen(prompt)
    assert not shown[0] and shown[-1], shown


@pytest.mark.parametrize(
    "prompt",
    [
        "A calm goat is seen only in the first half, and after that it is absent.",
        "Keep a duck in the opening half only, and nowhere after.",
        "A van is visible in the first half, and thereafter it is missing.",
        "A calm hen shows up only in the first half, and afterwards it is nowhere.",
    ],
)
def test_after_that_or_a_trailing_after_is_the_later_part(prompt):
    shown = seen(prompt)
    assert shown[0] and not shown[-1], shown


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("The horses on the hill are 3 in all, each one trotting.", ["horse", "horse", "horse"]),
        ("The sheep in the green meadow were five in total, and each one grazes.", ["sheep"] * 5),
        ("The ducks are two in number.", ["duck", "duck"]),
    ],
)
def test_a_count_said_as_the_plurals_state_counts_it(prompt, expected):
    assert names(prompt) == expected


def centres_x(prompt: str) -> list[float]:
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return [(box[0] + box[2]) / 2 for box in layout.objects[0].boxes]


@pytest.mark.parametrize(
    "prompt, rightward",
    [
        ("A dog begins over on the left and finishes over at the right.", True),
        ("The goat starts off on the right and finishes over on the left.", False),
    ],
)
def test_over_on_a_side_is_that_side(prompt, rightward):
    xs = centres_x(prompt)
    assert (xs[-1] - xs[0] > 0.3) if rightward else (xs[0] - xs[-1] > 0.3), xs


def centres(prompt: str) -> list[tuple[float, float]]:
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in layout.objects[0].boxes]


@pytest.mark.parametrize(
    "prompt, first_goal, last_goal",
    [
        # (x, y) quadrants, y grows downward: the fronted "before ..." leg comes after the main clause's leg
        ("Before heading down to the lower right, a truck drives from the upper left across to the upper right.", (1, 0), (1, 1)),
        ("Before climbing to the top left, a cat walks from the bottom right to the bottom left.", (0, 1), (0, 0)),
    ],
)
def test_a_fronted_before_leg_is_the_last_leg(prompt, first_goal, last_goal):
    points = centres(prompt)
    middle, end = points[len(points) // 2], points[-1]

    def quadrant(point):
        return (int(point[0] > 0.5), int(point[1] > 0.5))

    assert quadrant(middle) == first_goal and quadrant(end) == last_goal, points


def test_looks_is_a_verb_of_seeming_not_a_noun():
    assert names("A lamb (white) grazes while a horse (brown) looks on.") == ["brown horse", "white lamb"]
