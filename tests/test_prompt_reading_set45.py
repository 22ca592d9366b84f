"""Prompts in the voices of a held-out set (tests/helpers/blind_set_45.py), in new words.

A telegram ("... STOP NOTHING ELSE IN PICTURE STOP REGARDS"), a naturalist's field notes ("Watched from the
jetty: ...") and a riddle or game of "I spy" ("with my own two eyes", "How many goats? Three! Three goats",
"Guess where the horse goes? ... Look again: now it is ...") are read for the scene they describe: STOP ends
a sentence and the sign-off is no thing, the watcher's place and the speaker's senses are never drawn, an
answered count is said once and the thing a riddle asks about is the one its answer moves. Each layout is
checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.telegram_field_note_and_i_spy_voices import telegram_field_note_and_i_spy_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a telegram's STOP ends a sentence, so "IN PICTURE" is the clip; its sign-off is no thing
        ("TWO SAILING BOATS WHOLE CLIP STOP NOTHING ELSE IN PICTURE STOP REPLY PAID", "boat", 2),
        ("SEND CLIP OF THREE GRAZING GOATS START TO FINISH STOP NOTHING ELSE IN SHOT STOP KIND REGARDS", "goat", 3),
        # where the watcher sits is never in the clip
        ("Notebook, day three. Watched from the jetty: three swimming ducks, in view the whole time. No other "
         "animals.", "duck", 3),
        ("We watched from the bank as one swimming duck paddled about for the whole clip; no other creatures.",
         "duck", 1),
        # ... and present from the start to the end is the whole clip
        ("Sighted from my balcony, two drifting kites, present from the beginning to the end of the clip, nothing "
         "else.", "kite", 2),
        ("Seen from the porch: two grazing goats, present from the start to the end of the clip, and nothing "
         "else.", "goat", 2),
        # the speaker's senses are never things
        ("I spy, with my own two eyes, two trotting horses, and nothing else for the whole clip.", "horse", 2),
        # a count asked and then answered is said once
        ("Guess how many grazing goats I can see? Three! Three grazing goats, for the whole clip, and nothing "
         "else.", "goat", 3),
        ("How many drifting kites are in the sky? Four drifting kites, the whole clip long, nothing more.", "kite", 4),
        ("How many parked trucks wait in the lot? Two! Nothing else is there.", "truck", 2),
        ("Can you guess how many sailing boats I spy? It is three! Three sailing boats, all through the clip, and "
         "nothing else.", "boat", 3),
        # an instrument and a time said with the watcher's place are the watcher's too
        ("Notes. Watched through binoculars from the jetty at dusk: two swimming ducks, in view the whole clip. "
         "Nothing else.", "duck", 2),
        ("THREE GRAZING GOATS STOP IN PICTURE WHOLE CLIP STOP NOTHING ELSE STOP REGARDS", "goat", 3),
    ],
)
def test_telegram_notes_and_i_spy_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Watched from the jetty: no duck at all in the first half of the clip. Later, in the second half, a "
         "swimming duck paddles in and stays.", "duck", True),
        ("FIRST HALF NO HORSE STOP TROTTING HORSE ARRIVES SECOND HALF STOP STAYS TO END STOP REGARDS", "horse", True),
        ("I spy, with my little eye, a drifting kite in the first half of the clip. Look again: in the second "
         "half, no kite at all.", "kite", False),
    ],
)
def test_telegram_notes_and_i_spy_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        # the telegram's later sentences keep its first subject
        ("TROTTING HORSE STARTS LEFT SIDE STOP TROTS TO RIGHT SIDE STOP STAYS THERE STOP REGARDS", "horse", RIGHTWARD),
        ("Observed from the jetty: a swimming duck starts on the right side and paddles to the left side.", "duck",
         LEFTWARD),
        ("Can you guess where the sailing boat goes? It starts on the left side, and by the end it is on the "
         "right side.", "boat", RIGHTWARD),
    ],
)
def test_a_telegram_or_riddle_mover_goes_its_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("PARKED BUS STAYS STILL STOP DOG RUNS FROM RIGHT OF BUS TO LEFT OF BUS STOP REGARDS", "dog", "bus", LEFTWARD),
        # a place watched from that the scene acts on is in the scene
        ("Filmed from the boat: a duck swims from the left of the boat to the right of the boat, and the boat "
         "stays still.", "duck", "boat", RIGHTWARD),
    ],
)
def test_a_telegram_or_field_note_mover_passes_a_still_one(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        # the thing the riddle asks about is the one its answer moves, and each "look again" its next stop
        ("Can you guess where the trotting horse goes? Seen from directly above, it starts in the bottom right "
         "corner. Look again: now it is in the bottom left corner. Look again: now it is in the top left corner.",
         "horse", BR_BL_TL),
        ("Where does a swimming duck go? Seen from straight above, it starts in the bottom left corner. Look once "
         "more: it is in the top left corner. And at the end it is in the top right corner.", "duck", BL_TL_TR),
        ("Guess the red truck's route! Viewed from overhead, it begins in the lower left corner. Look again: now "
         "it is in the lower right corner. Look again: now it is in the upper right corner.", "truck", BL_BR_TR),
        # a telegram drops its articles: the thing it opens a sentence on is one thing named
        ("VIEW FROM OVERHEAD STOP TROTTING HORSE STARTS LOWER RIGHT CORNER STOP THEN UPPER RIGHT CORNER STOP ENDS "
         "UPPER LEFT CORNER STOP REGARDS", "horse", BR_TR_TL),
        ("VIEW FROM DIRECTLY ABOVE STOP RED TRUCK STARTS LOWER RIGHT CORNER STOP GOES TO UPPER RIGHT CORNER STOP "
         "ENDS UPPER LEFT CORNER STOP REGARDS", "truck", BR_TR_TL),
    ],
)
def test_a_telegram_or_riddle_route_is_the_things_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, plain",
    [
        ("TWO CATS STOP NOTHING ELSE STOP REGARDS", "two cats and nothing else"),
        ("two goats whole clip stop nothing else stop reply paid", "two goats whole clip and nothing else"),
        ("Observed from the hide: two cats.", "two cats."),
        ("From the jetty: a duck swims.", "a duck swims."),
        ("We watched from the bank as a duck swims.", "a duck swims."),
        ("Seen through my window, a cat sits.", "a cat sits."),
        ("I spy, with my little eye, a car.", "i spy a car."),
        ("A bird flies past before my very eyes.", "a bird flies past."),
        ("How many cats sit on the mat? Three!", "three cats sit on the mat."),
        ("How many dogs? Two! Two dogs run.", "two dogs run."),
        ("Guess how many cats I spy! Yes, three! Three cats sit.", "three cats sit."),
        ("MOVING BALL STARTS LEFT STOP FLIES OVER CAR STOP REGARDS", "a moving ball starts left and flies over car"),
        ("Watched through my binoculars from the hide at dawn: a cat.", "a cat."),
        ("Can you guess where the red car goes? It starts on the left.", "there is a red car. it starts on the left."),
        ("Guess the two dogs's path? They start on the left.", "there are two dogs. they start on the left."),
        ("A cat, present from the start to the end of the video.", "a cat, present the whole time."),
        # the same words where they are no telegram, viewpoint, sense or riddle stay as they are
        ("The car comes to a stop and waits at the bus stop.", "the car comes to a stop and waits at the bus stop."),
        ("Seen from the left, a car drives in.", "seen from the left, a car drives in."),
        ("Filmed from the boat: the boat drifts left.", "filmed from the boat: the boat drifts left."),
        ("From the roof, a bird flies to the tree.", "from the roof, a bird flies to the tree."),
        ("Seen from the park, a dog runs.", "seen from the park, a dog runs."),
        ("A dog runs to my feet.", "a dog runs to my feet."),
        ("Where is the car? It is on the left.", "where is the car? it is on the left."),
        ("A dog walks from the start of the path to the end of the road.",
         "a dog walks from the start of the path to the end of the road."),
    ],
)
def test_telegram_notes_and_i_spy_words_are_read_as_the_scene(prompt, plain):
    assert telegram_field_note_and_i_spy_in_plain_words(prompt, prompt.lower()) == plain
