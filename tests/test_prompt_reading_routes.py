"""A thing's route read however it is said: the corners by other names, the middle stop told after the end, the
route before its thing, the thing named in a heading and again, a watcher's bare verb, a route noun for the move,
ordinals and a step word after "and" before the stops, a still verb or "where it stops" at the last stop, places
labelled with the clip's moments (the thing labelled after them), and a move said bare with its places said after it.

Each case is a prompt in our own words checked by LVD's predicate on the planned layout; the guards check that the
rewrites leave alone what they are not about.
"""

import pytest

from pipelines.lvd.frame_corner_names import corners_in_plain_words
from pipelines.lvd.route_phrasings import routes_in_plain_words
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = bench.SEQUENTIAL_ROUTES

ROUTES = [
    # the corners by other names
    ("A grey cat walks from the corner at lower right to the corner at upper right, then on to the corner at upper left.",
     "cat", BR_TR_TL),
    ("Seen from above, a dog trots from the frame's bottom-left to the frame's top-left and then to the frame's top-right.",
     "dog", BL_TL_TR),
    ("A red car drives from the lower left-hand corner to the lower right-hand corner and then to the upper right-hand corner.",
     "car", BL_BR_TR),
    ("A ball rolls from the south-east corner to the south-west corner, then up to the north-west corner.", "ball", BR_BL_TL),
    ("Seen from above, a dog trots from the SE corner to the NE corner and then to the NW corner.", "dog", BR_TR_TL),
    # the middle stop told after the end, or before the clause
    ("A bird flies from the lower right corner to the upper left corner by way of the upper right corner.", "bird", BR_TR_TL),
    ("A dog runs from the bottom left corner to the top right corner, stopping off at the bottom right corner along the way.",
     "dog", BL_BR_TR),
    ("Via the upper left corner, a cat gets from the lower left corner to the upper right corner.", "cat", BL_TL_TR),
    ("A car drives from the lower right corner to the upper left corner, passing through the lower "
     "left corner.", "car", BR_BL_TL),
    # the route before its thing
    ("From the bottom right corner over to the bottom left and up to the top left: a rolling ball.", "ball", BR_BL_TL),
    ("Lower left corner, then upper left corner, then upper right corner - that's the route of a walking dog.", "dog", BL_TL_TR),
    ("Setting off in the lower right corner, climbing to the upper right corner and ending in the "
     "upper left corner, is a small bird.",
     "bird", BR_TR_TL),
    ("The route: the lower right corner, then the upper right corner, then the upper left corner; the traveller is a cat.",
     "cat", BR_TR_TL),
    # the thing named in a heading and again after it
    ("From above, a cat: a white cat goes from the lower left corner to the lower right corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    # a watcher's bare verb is the thing's
    ("From up high we watch a brown dog run from the bottom right corner to the top right corner and "
     "then to the top left corner.",
     "dog", BR_TR_TL),
    # a route noun for the move
    ("There is a bird. Its route: the lower left corner, the upper left corner, the upper right corner.", "bird", BL_TL_TR),
    ("The path of a ball: bottom right corner > bottom left corner > top left corner.", "ball", BR_BL_TL),
    ("Filmed from a drone: the first stop of a white dog after the lower right corner is the upper right corner, and its last "
     "stop is the upper left corner.", "dog", BR_TR_TL),
    # ordinals and "and then" before the stops
    ("A dog is first in the bottom left corner, second in the bottom right corner and third in the top right corner.",
     "dog", BL_BR_TR),
    ("A cat is first in the lower right corner, then in the lower left corner and then in the upper "
     "left corner.", "cat", BR_BL_TL),
    # a step with no verb after a semicolon
    ("Overhead, a cat is in the bottom left corner; then it walks to the bottom right corner; then to the top right corner.",
     "cat", BL_BR_TR),
    # the way said before the places it goes by
    ("The cat goes up and over: it is at the bottom left corner, then at the top left corner, and finally at the top right "
     "corner.", "cat", BL_TL_TR),
    # the last stop said with a still verb or "where it stops"
    ("A ball rolls from the lower left corner to the upper left corner and rests in the upper right corner.", "ball", BL_TL_TR),
    ("Top-down, a dog: / a walking dog, lower right corner, / lower left corner, // then the upper "
     "left corner, / where it comes to a halt.",
     "dog", BR_BL_TL),
    # stops labelled with the clip's moments
    ("A bird. Start: the lower right corner; middle: the upper right corner; end: the upper left corner.", "bird", BR_TR_TL),
    ("Start point: the bottom right corner. Midway point: the bottom left corner. End point: the top left corner. Object: a cat.",
     "cat", BR_BL_TL),
    # a move said bare, its places in the sentences after it
    ("A dog walks. At first it is in the lower left corner, halfway through it is in the lower right "
     "corner, and at the end it is "
     "in the upper right corner.", "dog", BL_BR_TR),
    ("A car drives around. First it is in the bottom right corner, then in the top right corner, and "
     "last in the top left corner.",
     "car", BR_TR_TL),
    # phrasal verbs of setting off, going and stopping
    ("A dog kicks off in the lower right corner, pops over to the lower left corner and pulls up in the upper left corner.",
     "dog", BR_BL_TL),
    # the route fronted before its thing and verb
    ("From the lower right corner, up to the upper right corner, and over to the upper left corner, "
     "a cat walks.", "cat", BR_TR_TL),
    ("Up from the bottom left corner to the top left corner and then across to the top right corner runs a brown dog.",
     "dog", BL_TL_TR),
    # a thing and its route with no verb at all, a bare corner after "and" the next goal
    ("Seen from above: a brown dog / from the lower right corner / to the upper right / and the upper left", "dog", BR_TR_TL),
    # ... also as what a clip is of (the car went straight from the first corner to the last)
    ("A top-down viewed video of a moving car from the lower left corner to the upper left corner and then to the upper "
     "right corner", "car", BL_TL_TR),
    ("A picture of a dog from the lower right corner to the upper right corner and then to the upper left corner.", "dog",
     BR_TR_TL),
    # the places listed before the clause whose pronoun object stands for them
    ("The bottom left corner, the top left corner, the top right corner: in that order, a bird visits them.", "bird", BL_TL_TR),
    # leaving from a place toward a goal sets off from it; arriving at a place after that reaches it
    ("A white car departs from the bottom-right, arriving first at the top-right and later at the top-left.", "car", BR_TR_TL),
    # getting from a place is going from it
    ("A car gets from the bottom left corner to the top left corner and then to the top right corner.", "car", BL_TL_TR),
]


@pytest.mark.parametrize("prompt, noun, route", ROUTES)
def test_a_route_however_said_visits_its_three_corners_in_order(prompt, noun, route):
    assert bench.sequential(noun, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("From above, a cat: a white cat goes from the lower left corner to the lower right corner, then to the upper right corner.",
     ["white cat"]),
    ("From up high we watch a brown dog run from the bottom right corner to the top right corner and "
     "then to the top left corner.",
     ["brown dog"]),
    ("Going from the lower left corner to the lower right corner, and then on to the upper right corner, is a yellow ball.",
     ["yellow ball"]),
])
def test_the_thing_of_a_route_is_drawn_once_and_named_by_its_own_words(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, noun, leftward", [
    ("I notice a moving car make its way from the left to the right.", "car", False),
    ("You will see a white cat go from the right side to the left side.", "cat", True),
    # a step word after "and", or "last" after the place, is the next place, not one more word for the first
    ("A bird is first on the right and last on the left.", "bird", True),
    ("A dog flies by; it is on the left first and on the right last.", "dog", False),
    ("A ball rolls. It is first on the right and finally on the left.", "ball", True),
    # the sides labelled with the clip's moments
    ("A grey cat — starting point: left; end point: right.", "cat", False),
    ("A dog leaves from the right and trots to the left.", "dog", True),
    # the frame's sides by the compass
    ("Seen from above, a car heads west across the frame.", "car", True),
    ("From overhead, a cat travels from the west side to the east side.", "cat", False),
])
def test_a_one_way_move_however_said_goes_that_way(prompt, noun, leftward):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


# ------------------------------------------------------------------ guards
@pytest.mark.parametrize("text", [
    "a cat walks from the lower left corner to the upper right corner",
    "a dog sits in the left corner on the top shelf",
    "a ball rolls to the far corner of the room",
])
def test_corners_already_plain_are_left_alone(text):
    assert corners_in_plain_words(text) == text


@pytest.mark.parametrize("text", [
    "a red ball: a blue ball rolls from the left to the right",  # two colours: two balls
    "a cat: a dog walks from the left to the right",  # two things
    "a dog runs to the upper right corner. a cat sits in the lower left corner",  # another sentence, another thing
    "i see a dog and a cat on the left",  # no bare verb after the thing
    "a cat goes to the upper left from the lower left and then to the upper right",  # "left from": a side, not a leaving
    "a ball from the lower left corner rolls to the upper left corner",  # its verb is after the route
    "a flying bird flies from the lower left corner to the upper left corner",  # "flies" is its verb, not an insect
    "a cat arrives in the lower left corner and then walks to the upper left corner",  # arriving first is coming into view
    "a realistic lively video of a top-down viewed scene in which a cat initially on the lower left of the scene. "
    "it first moves to the upper left of the scene and then moves to the upper right of the scene",
])
def test_what_is_no_route_phrasing_is_left_alone(text):
    assert routes_in_plain_words(text) == text


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A bird flies from left to right, passing a cat on the way; the cat stays put.", "bird", "cat", False),
    ("Top-down: a ball rolls from the east of a dog to its west.", "ball", "dog", True),
])
def test_a_move_past_another_thing_keeps_its_way(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_watched_things_bare_verb_is_made_no_noun():
    said = routes_in_plain_words("we watch a squirrel leave the lower right corner and go to the upper left corner")
    assert said == "we watch a squirrel leave the lower right corner and go to the upper left corner"  # "leaves": leaf
    assert routes_in_plain_words("i see a moving ball go to the left") == "i see a moving ball goes to the left"


def test_labelled_places_before_any_thing_keep_their_labels_for_the_thing_after_them():
    assert routes_in_plain_words("starting point: the bottom right corner. end point: the top left. object: a beetle.") \
        == "start: bottom right corner. end: top left. object: a beetle."
    assert routes_in_plain_words("a cat. starting point: the bottom right corner. end point: the top left.") \
        == "a cat. at the start it is in the bottom right corner. at the end it is in the top left."


def test_a_route_noun_heading_no_thing_yet_is_dropped_not_made_a_pronoun():
    assert routes_in_plain_words("the route: the lower left corner, then the upper left corner; the traveller is a dog.") \
        == "a dog: the lower left corner, then the upper left corner."
    assert routes_in_plain_words("a cat. its path: the lower left corner, then the upper left corner.") \
        == "a cat. it goes the lower left corner, then the upper left corner."
