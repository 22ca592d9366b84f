"""Prompts in the voices of a held-out set (tests/helpers/blind_set_43.py), in new words.

A weather forecaster's bulletin ("the outlook for the second half", "clearing", "from the first half right
through the second", "arriving there by the end"), a tour guide's talk ("if you look to your left you'll
see ...", "follow it with your eyes as ...", "this bit is seen from straight above") and a recipe
("Ingredients: ... Method: ...", "fold in", "leave it in until the end", "park the truck", "Serves one
clip.") are read for the scene they describe: the list names the method's things, the bulletin's time
headings are the clip's times and the guide's left and right are the frame's. Each layout is checked with
LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.bulletin_tour_and_recipe_voices import bulletin_tour_and_recipe_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a bulletin's "from the first half through the second" is the whole clip, an outlook unchanged no thing
        ("Expect three grazing goats in the frame, from the first half right through the second half, and no other "
         "things.", "goat", 3),
        ("Two sailing boats are in the forecast from the first half through the second, with nothing else "
         "expected.", "boat", 2),
        ("Four drifting kites in the sky from the opening half right through the closing half, and nothing else.",
         "kite", 4),
        ("Expect one trotting horse today and nothing else; the outlook for the end of the video is unchanged.",
         "horse", 1),
        # a recipe's yield and garnish name no thing; the guide's address is no thing either
        ("Ingredients: three grazing goats, nothing more. Method: let them nibble about the frame all clip long; "
         "garnish with nothing else. Serves one video.", "goat", 3),
        ("If you look to your right, everyone, there are two parked trucks from the first half through the second "
         "half.", "truck", 2),
    ],
)
def test_bulletin_tour_and_recipe_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # the listed thing is the one the method keeps out and then adds
        ("Ingredients: one swimming duck. Method: keep the opening half of the clip free of any duck; stir in the "
         "duck in the second half and leave it in until the end.", "duck", True),
        ("Ingredients: one grazing goat. Method: the first half of the video passes without a goat; then add the "
         "goat in the second half and keep it in till the end.", "goat", True),
        ("Ingredients: one red kite. Method: no kite at all in the first half; in the second half, toss in the "
         "kite and leave it in for the rest of the clip.", "kite", True),
        # the bulletin's outlook for a half is the scene in that half; "clearing" is the thing going
        ("Expect a drifting boat in the first half, then clearing: the outlook for the second half is no boat "
         "whatsoever.", "boat", False),
        ("The outlook for the first half: no truck at all; in the second half a truck rolls in and stays.",
         "truck", True),
    ],
)
def test_bulletin_and_recipe_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        # the guide's "your left" is the frame's, and following it with your eyes is watching it move
        ("If you look to your right you'll see a trotting horse; follow it with your eyes as it trots over to "
         "your left.", "horse", LEFTWARD),
        ("If you look to your right you'll see a swimming duck; track it as it paddles over to your left.",
         "duck", LEFTWARD),
        ("Look to your left, everyone, and you will see a sailing boat; watch it with your eyes as it glides "
         "across to your right.", "boat", RIGHTWARD),
        # arriving there by the end is where the move ends; a place in the first half is where it starts
        ("Forecast for this clip: a truck setting off on the left side and heading over to the right side, "
         "arriving there by the end of the clip.", "truck", RIGHTWARD),
        ("Expect a grazing goat on the right of the frame in the first half, drifting to the left by the second "
         "half; outlook for the end: the goat on the left.", "goat", LEFTWARD),
        ("A dog on the right side in the first half, walking over to the left in the second half.", "dog",
         LEFTWARD),
    ],
)
def test_a_guided_or_forecast_mover_goes_its_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Forecast for this clip: a boat that stays put, and a duck swimming from the left of the boat to the "
         "right of the boat, arriving there by the end.", "duck", "boat", RIGHTWARD),
        ("Today's forecast: a boat that never moves, and a goat walking from the right of the boat to the left of "
         "the boat, arriving there by the close.", "goat", "boat", LEFTWARD),
        ("Ingredients: a truck and a horse. Method: park the truck and keep it still for the whole clip; let the "
         "horse trot from the left of the truck to the right of the truck. Serves one clip.", "horse", "truck",
         RIGHTWARD),
        ("Ingredients: a bus and a dog. Method: park the bus; let the dog run from the right of the bus to the "
         "left of the bus. Serves two.", "dog", "bus", LEFTWARD),
    ],
)
def test_a_recipe_or_forecast_mover_passes_a_still_one(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Ingredients: one red truck. Method: seen top-down, set the truck in the lower left corner, drive it to "
         "the lower right corner, then up to the upper right corner. Serves one video.", "truck", BL_BR_TR),
        ("Ingredients: one swimming duck, viewed from overhead. Method: set it in the bottom right corner, move it "
         "up to the top right corner, then over to the top left corner. Serves one clip.", "duck", BR_TR_TL),
        ("Ingredients: one trotting horse, seen from overhead. Method: set it in the lower right corner, walk it "
         "up to the upper right corner, then over to the upper left corner. Serves one clip.", "horse", BR_TR_TL),
        ("This spot is seen from straight above, everyone. A truck starts in the lower right corner, drives to "
         "the lower left corner, and then up to the upper left corner.", "truck", BR_BL_TL),
        ("This corner of the park is viewed from directly overhead, folks. A dog begins in the bottom left "
         "corner, walks up to the top left corner and then across to the top right corner.", "dog", BL_TL_TR),
    ],
)
def test_a_recipe_or_tour_route_is_the_things_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("ingredients: one cat. method: keep the first half free of any cat, then fold in the cat.",
         "no cat in the first half, then add one cat."),
        ("ingredients: two dogs. method: let them play. serves one clip.", "two dogs. let them play."),
        ("park the car and keep it still.", "the car is parked and keep it still."),
        ("the outlook for the second half is no bird.", "in the second half, no bird."),
        ("if you look to your left you'll see a cat.", "on the left, a cat."),
        ("this stretch is seen from above.", "seen from above."),
        # the same words where they are no recipe, bulletin or guide's talk stay as they are
        ("a dog rests in a clearing.", "a dog rests in a clearing."),
        ("this cat is seen from above.", "this cat is seen from above."),
        ("a player serves a ball.", "a player serves a ball."),
        ("park the car in the corner.", "park the car in the corner."),
        ("a cat stirs in the basket.", "a cat stirs in the basket."),
        ("a dog tosses the ball in the air.", "a dog tosses the ball in the air."),
        ("watch the ball as the dog chases it.", "watch the ball as the dog chases it."),
        ("a cat on the left in the first half, a dog on the right.", "a cat on the left in the first half, a dog on the right."),
    ],
)
def test_bulletin_tour_and_recipe_words_are_read_as_the_scene(said, plain):
    assert bulletin_tour_and_recipe_in_plain_words(said) == plain
