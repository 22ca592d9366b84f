"""Prompts in the voices of a held-out set (tests/helpers/blind_set_47.py), in new words.

A film trailer ("In a world where ... Coming soon."), a nursery rhyme ("no goat, no goat, not a single goat") and
a radio exchange with a read-back ("Base, this is Unit Sierra: ..., over. Unit Sierra, copy: ...") are read for the
scene they tell: the sign-offs, the station and the call signs are never things, a read-back restates the call so
nothing is drawn twice, an absence then an arrival of one kind is one thing appearing, a label-colon half is that
half's scene, and a route told in the past has the same stops. Each layout is checked with LVD's own predicates.
(The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.trailer_rhyme_and_radio_voices import trailer_rhyme_and_radio_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the trailer's frame and sign-offs add nothing; what holds the screen is in view
        ("In a world where two grazing goats own the screen from the opening moment to the final moment, nothing "
         "else ever turns up. This winter, they are the whole story. Coming soon.", "goat", 2),
        ("Three sailing boats. Nothing else. From the opening frame to the final frame, all three remain in the "
         "picture. Only in cinemas.", "boat", 3),
        ("In a world where one trotting horse rules the screen, nothing else shows up. This season.", "horse", 1),
        # the station, the call sign and the read-back are never things or a second lot
        ("Base, this is Unit Sierra: two parked trucks in view for the whole clip, over. Unit Sierra, copy: two "
         "parked trucks, whole clip. Confirm nothing else, over. Affirmative, nothing else.", "truck", 2),
        ("Control, this is Car Tango: three drifting kites in view the whole time, over. Car Tango, roger: three "
         "drifting kites, start to end, over.", "kite", 3),
        ("Ground, this is Unit Kilo: one swimming duck in view for the whole clip, over. Wilco, one swimming duck. "
         "Confirm nothing else, over. Affirmative, nothing else.", "duck", 1),
    ],
)
def test_trailer_and_radio_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # an absence said again and again, then an arrival of the same kind: one thing appearing
        ("In the first half, no goat, no goat, not one goat; in the second half a grazing goat came along, and it "
         "stayed until the clip was done.", "goat", True),
        ("In a world where the first half holds no horse at all, everything changes: in the second half, a "
         "trotting horse arrives, and it stays until the end. This winter.", "horse", True),
        # label-colon halves: a kind named, then denied, is the same thing leaving
        ("The first half: a swimming duck. The second half: no duck. It is gone for good. Coming soon.", "duck",
         False),
        ("The first half: a parked truck. The second half: no truck. It never comes back.", "truck", False),
    ],
)
def test_voices_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("In the first half, no kite, no kite, not a single kite; in the second half a drifting kite came along.",
         "kite", 1),
        ("The first half: a sailing boat. The second half: no boat. It is gone.", "boat", 1),
    ],
)
def test_an_absence_and_a_presence_of_one_kind_are_one_thing(prompt, query, count):
    assert len([name for name in names(prompt) if name == query]) == count, names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        # a route told in the past tense after "went round:" has the same three stops
        ("Seen from above, a red truck went around: it started in the lower right corner, by the middle it was in "
         "the upper right corner, and at the end it was in the upper left corner.", "truck", BR_TR_TL),
        ("Seen from above, a trotting horse moved round: it began in the lower left corner, by the middle it was in "
         "the lower right corner, and at the end it was in the upper right corner.", "horse", BL_BR_TR),
        # a read-back restates the same route: no second thing, no second leg
        ("Base, this is Unit Sierra: view from straight above, a grazing goat starts in the lower right corner, is "
         "in the lower left corner at the midpoint, ends in the upper left corner, over. Unit Sierra, copy: top-down "
         "view, goat in the lower right, then the lower left at the midpoint, then the upper left at the end. "
         "Confirm nothing else, over. Affirmative, nothing else.", "goat", BR_BL_TL),
    ],
)
def test_a_past_or_read_back_route_is_the_things_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, plain",
    [
        ("in a world where a cat sits, nothing else shows up. this summer. coming soon.",
         "a cat sits, nothing else shows up."),
        ("no dog, no dog, not a single dog; then a dog came.", "no dog; then a dog came."),
        ("the second half: no cat.", "in the second half, no cat."),
        ("the first half: a cat. the second half: no cat.", "in the first half, a cat is there. in the second half, the cat is "
                                                            "gone."),
        ("a cat went round: it started in the left.", "a cat started in the left."),
        ("tower, this is clip echo: a dog, over. clip echo, roger: a dog. confirm nothing else, over. affirmative, nothing else.",
         "a dog. nothing else."),
        # the same words where they tell no voice stay as they are
        ("a cat stays in the picture frame.", "a cat stays in the picture frame."),
        ("a ball rolls over the dog.", "a ball rolls over the dog."),
        ("no cat, but a dog walks.", "no cat, but a dog walks."),
        ("a dog walks round the ball.", "a dog walks round the ball."),
    ],
)
def test_trailer_rhyme_and_radio_words_are_read_as_the_scene(prompt, plain):
    assert trailer_rhyme_and_radio_in_plain_words(prompt) == plain
