"""A known noun that only frames the scene is no thing in it: the screen or poster that shows the scene, the window or
balcony the watcher looks from, a control tower or a museum the prompt is addressed to, a heading's label. LVD's
numeracy counts every box, so such a noun drawn beside "two cats" fails the count. A known noun that something in
the scene lands on, leaves, passes or sits on, or that is counted or coloured, is still drawn.

The prompts are written for this rule in voices of their own; the guards are physics prompts and plain placements.
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # the subject of a verb that presents the scene's things
        ("The poster features five birds perched in a row.", ["bird"] * 5),
        ("The picture has two cats and nothing else.", ["cat"] * 2),
        ("The painting features two horses and nothing else.", ["horse"] * 2),
        ("The window is filled with five birds.", ["bird"] * 5),
        ("The painting is of four boats.", ["boat"] * 4),
        ("The poster is full of two cats.", ["cat"] * 2),
        ("My screen is full of five balloons floating up.", ["balloon"] * 5),
        ("The window frames three birds.", ["bird"] * 3),
        ("Our old television displays three dogs sitting still.", ["dog"] * 3),
        ("The mirror shows two cats and nothing more.", ["cat"] * 2),
        ("The tv is showing two dogs running.", ["dog"] * 2),
        ("My window looks out on three cows.", ["cow"] * 3),
        ("Up on the screen: four horses standing still.", ["horse"] * 4),
        # where the watcher is, or what they look through
        ("From the tower, I count four boats.", ["boat"] * 4),
        ("Through the window, two dogs play in the snow.", ["dog"] * 2),
        ("From the roof, we watch four cars.", ["car"] * 4),
        ("Looking out the window, I see two dogs.", ["dog"] * 2),
        ("Three sheep graze quietly, seen through the window.", ["sheep"] * 3),
        ("Peering through the door, I spot two rabbits.", ["rabbit"] * 2),
        ("Four birds hop about, as seen from the window.", ["bird"] * 4),
        ("The view from my window: four sheep.", ["sheep"] * 4),
        ("From the window seat, we watched two planes.", ["plane"] * 2),
        # an address or a heading
        ("Tower, this is Flight Seven: two planes circle overhead.", ["plane"] * 2),
        ("Control tower, do you read? Two planes are circling.", ["plane"] * 2),
        ("Tower, two planes are circling.", ["plane"] * 2),
        ("Dear table, here are two cats.", ["cat"] * 2),
        ("Mirror, mirror: three birds sitting still.", ["bird"] * 3),
        ("Dear old window, show me five ducks.", ["duck"] * 5),
        ("Poster 3: four horses standing in a field.", ["horse"] * 4),
        ("Screen: two dogs, nothing else.", ["dog"] * 2),
        ("On the poster: three dogs running to the right.", ["dog"] * 3),
        ("From up in the tower, I spy three boats.", ["boat"] * 3),
        # a clip word after "first", "final" or "last" is a moment of the clip
        ("Four birds perch, from first picture to final picture.", ["bird"] * 4),
    ],
)
def test_framing_known_nouns_are_not_counted(prompt, expected):
    assert names(prompt) == expected
    assert lvd.numeracy(expected[0], len(expected), planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("The television shows a dog appearing in the second half.", "dog", True),
        ("Through the window, a cat is visible at first and then gone.", "cat", False),
        ("Mirror, mirror, a bird shows up halfway through.", "bird", True),
        ("From the tower, I see a boat that vanishes midway.", "boat", False),
    ],
)
def test_a_framing_known_noun_leaves_the_one_thing_seen(prompt, query, appears):
    assert names(prompt) == [query]
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("The television shows a car driving to the left.", "car", True),
        ("Through my window, a cat walks to the right.", "cat", False),
        ("Tower, a plane is flying from right to left.", "plane", True),
        ("The painting depicts a horse galloping to the right.", "horse", False),
    ],
)
def test_a_framing_known_noun_leaves_the_one_thing_moving(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_framing_known_noun_is_reported_in_the_notes():
    notes = PLANNER.plan("The poster features five birds perched in a row.").notes
    assert any("'poster'" in note and "not drawn" in note for note in notes), notes


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # something in the scene acts on the noun, or it is counted or coloured: it is drawn
        ("A ball rolls off the table.", ["ball", "table"]),
        ("A bird flies past the window.", ["bird", "window"]),
        ("Two cats sit on the red sofa.", ["cat", "cat", "red sofa"]),
        ("A cat knocks a picture off the wall.", ["cat", "picture", "wall"]),
        ("A book falls off the desk.", ["book", "desk"]),
        ("A dog runs toward the tower.", ["dog", "tower"]),
        ("Through the window, a bird flies into the mirror.", ["bird", "mirror"]),
        ("Two posters and a cat.", ["cat", "poster", "poster"]),
        ("A red poster falls to the floor.", ["red poster"]),
        ("The box holds two balls.", ["ball", "ball", "box"]),
        ("Exhibit A: four apples on a plate.", ["apple"] * 4 + ["plate"]),
        ("Table, two chairs and a lamp.", ["chair", "chair", "lamp", "table"]),
        ("A cat jumps out of the window.", ["cat", "window"]),
        ("A cat plays with my ball.", ["ball", "cat"]),
        ("A dog runs in and out the door.", ["dog", "door"]),
        ("From the roof, a cat jumps to the ground.", ["cat", "roof"]),
        ("The television falls off the table.", ["table", "television"]),
        ("A painting hangs on the wall above two cats.", ["cat", "cat", "painting", "wall"]),
        ("The poster falls as two cats watch.", ["cat", "cat", "poster"]),
        ("A dog runs to the last tree.", ["dog", "tree"]),
        ("Hey window, two birds are flying past you.", ["bird", "bird", "window"]),
        ("Ball: static. Bird: flies from the ball's right to the ball's left.", ["ball", "bird"]),
    ],
)
def test_known_nouns_that_take_part_are_drawn(prompt, expected):
    assert names(prompt) == expected
