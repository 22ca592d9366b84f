"""Prompts in the voices of a held-out set (tests/helpers/blind_set_42.py), in new words.

A stage magician's patter ("keep your eyes on ...", "watch closely!", "and now"), a listing of a hand-made
diorama or snow globe whose mechanism moves its figures ("the mechanism makes X trot", "that the motor pulls
from A to B", "sends X gliding") and a video-game walkthrough ("at the start of the level", "on screen",
"you'll see X appear", "by the end of the stage") are read for the scene they describe: the address, the
diorama and its drive are never things, a causative move is the figure moving, and the level is the clip.
Each layout is checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.showcase_voices import showcase_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the magician's address and "keep your eyes on" are never things
        ("Keep your eyes on three grazing horses, my friends, and only those three. Watch closely!", "horse", 3),
        ("And now, keep your eyes on two parked trucks - nothing else at all!", "truck", 2),
        ("Keep your eyes on one swimming duck and nothing else; watch carefully!", "duck", 1),
        # the diorama, the snow globe and their drive are the frame, never things
        ("This little wooden diorama features two trotting horses that the mechanism makes gallop; nothing else is "
         "inside.", "horse", 2),
        ("Hand-painted snow globe with three swimming ducks, kept moving by the motor, and no other figures.", "duck", 3),
        ("This home-made model features one grazing goat, which the mechanism makes graze and turn; nothing else is "
         "in it.", "goat", 1),
        # the level and the stage are the clip, "on screen" in view
        ("At the start of the level, two sailing boats are on screen, and no other thing turns up in the stage.",
         "boat", 2),
        ("Throughout this stage you will see three drifting kites, and nothing else appears on screen.", "kite", 3),
        ("At the start of the level, four grazing sheep are on screen; by the end of the stage there is still "
         "nothing else.", "sheep", 4),
    ],
)
def test_showcase_voices_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("This wooden diorama features a parked truck that the mechanism brings out in the second half; in the "
         "first half no truck is in view.", "truck", True),
        ("At the start of the level there is no goat on screen. In the second half of the stage you'll see a "
         "grazing goat appear, and it stays.", "goat", True),
        ("This hand-made snow globe shows a swimming duck in the first half; then the mechanism hides it, and "
         "there is no duck for the whole second half.", "duck", False),
        ("At the start of the level a drifting kite is on screen; in the second half you'll see it is gone, and "
         "there is no kite by the end of the stage.", "kite", False),
    ],
)
def test_showcase_voices_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("This wooden diorama features a truck that the mechanism pulls from the left of the scene to the right.",
         "truck", RIGHTWARD),
        ("Hand-made snow globe with a horse that the mechanism makes trot from right to left across the scene.",
         "horse", LEFTWARD),
        ("Handcrafted diorama: the motor sends a duck gliding from the left of the scene to the right.", "duck",
         RIGHTWARD),
        ("This little model features a goat that the mechanism carries from the right side across to the left "
         "side.", "goat", LEFTWARD),
        ("Keep your eyes on a horse as it trots from left to right - and now, watch closely!", "horse", RIGHTWARD),
        ("In the level you'll see a truck drive from the right side of the screen to the left side.", "truck",
         LEFTWARD),
    ],
)
def test_a_driven_or_watched_figure_moves_its_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("This wooden diorama features a goat fixed in place and a truck that the mechanism pulls from the left "
         "of the goat to the right of the goat.", "truck", "goat", RIGHTWARD),
        ("At the start of the level a horse stands still and a duck is to the right of the horse; then you'll "
         "see the duck swim past, and by the end of the stage the duck is to the left of the horse.", "duck",
         "horse", LEFTWARD),
    ],
)
def test_a_driven_figure_passes_a_still_one(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("This snow globe, viewed from overhead, features a duck that the mechanism glides from the bottom left "
         "corner up to the top left corner, then across to the top right corner.", "duck",
         ("lower left", "upper left", "upper right")),
        ("In this top-down level, a goat starts in the bottom right corner of the screen; then you'll see it "
         "walk up to the top right corner, and by the end of the stage it is in the top left corner.", "goat",
         ("lower right", "upper right", "upper left")),
        ("Keep your eyes on a truck, seen from directly above: it drives from the bottom left corner up to the "
         "top left corner, then over to the top right corner - watch closely!", "truck",
         ("lower left", "upper left", "upper right")),
    ],
)
def test_a_showcase_route_is_the_figures_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("keep your eyes on two dogs. watch closely!", "two dogs."),
        ("this handcrafted diorama features a cat that the mechanism makes walk to the left.",
         "a cat that walks to the left."),
        ("the motor makes them spin.", "they spin."),
        ("then you will see the car drive past.", "then the car drives past."),
        ("at the start of the level, a dog is on screen.", "at the start, a dog is in view."),
        ("a dog walks onto the stage.", "a dog walks onto the stage."),  # a stage in the scene stays
        ("a dog walks across the stage.", "a dog walks across the stage."),
    ],
)
def test_showcase_words_are_read_as_the_scene(said, plain):
    assert showcase_in_plain_words(said) == plain
