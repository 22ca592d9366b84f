"""Prompts in the voices of a held-out set (tests/helpers/blind_set_48.py), in new words.

A court's exhibit notes ("For the record, ...", "Exhibit 12: the opening half of the tape shows ...", "The witness states ..."), a
podcast's show notes ("Chapters: beginning - ...; midway - ...; ending - ... See you next week!") and a worksheet ("Can you spot
the grazing goats? There are three. Underline your answer.") are read for the scene they tell: the record, the witness, the list's
label and the reader's marks are never things; a labelled list is the clip's three moments; a question and its answer name one
group, counted by the answer; a question answered "No" denies what it asked; "a truck that never moves" draws no "never". Each
layout is checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.exhibit_podcast_and_worksheet_voices import exhibit_podcast_and_worksheet_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES
LEFTWARD, RIGHTWARD = True, False


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the answer's count wins over the question's plural, or over a count the question guessed
        ("Can you spot the grazing goats? There are three, on view from start to end, and nothing else. Underline "
         "your answer!", "goat", 3),
        ("How many drifting kites? Just two! They stay the whole clip, and there is nothing else. Write it in the "
         "space.", "kite", 2),
        ("Count the parked trucks and write the total. Answer: four parked trucks, there the whole time, and "
         "nothing else.", "truck", 4),
        ("Can you find the two swimming ducks? They stay the whole time, and nothing else is there. Answer: three "
         "ducks. Tick one box!", "duck", 3),
        # the record and the recording's length frame the scene
        ("Let the record reflect that two trotting horses appear for the entire length of the recording, and nothing "
         "else.", "horse", 2),
        # "those same" things at later moments are the things named first
        ("Chapters: start - two sailing boats; middle - those same two sailing boats; end - still those two sailing "
         "boats. Nothing else turns up. See you next week!", "boat", 2),
        ("Timestamps: opening - one grazing goat; halfway - that same grazing goat; close - still that goat. Thanks "
         "for tuning in!", "goat", 1),
        # a list of moments with no heading, and the sponsor, who is never in the clip
        ("Intro - two trotting horses; midway - the same two horses; outro - still those two horses. This episode is "
         "sponsored by a hat shop. Thanks for listening!", "horse", 2),
        ("Can you count the drifting kites? Write the number: four. They stay from start to end, and nothing else is "
         "there.", "kite", 4),
        ("Find and circle the three grazing goats. They stay the whole time, and nothing else is there. Answer: three "
         "goats.", "goat", 3),
    ],
)
def test_voices_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # a question answered "No" denies what it asked; the answer's thing is the question's
        ("Is the grazing goat in the first half? No, it is not there. It arrives in the second half and stays to "
         "the end. Circle the right half!", "goat", True),
        ("Can you find the swimming duck? Look in the second half, because in the first half there is no duck. "
         "Underline your answer.", "duck", True),
        # the record, the recording and the witness frame the scene, never a change of its halves
        ("Let the record reflect a parked truck in the first half of the recording and no truck in the second "
         "half. The witness states nothing else appears.", "truck", False),
        ("Exhibit 12: the opening half of the tape shows no horse; the closing half shows a trotting horse. The "
         "witness agrees nothing else appears.", "horse", True),
    ],
)
def test_voices_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        # a bare place at a later moment is where the thing named first is then
        ("Chapters: beginning - a trotting horse on the left side; midway - centre frame; ending - on the right "
         "side. See you next week!", "horse", RIGHTWARD),
        ("Draw an arrow showing where the swimming duck goes: it starts on the right side and ends on the left "
         "side. Tick the box!", "duck", LEFTWARD),
    ],
)
def test_a_listed_or_traced_move_is_the_things_move(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


def test_a_listed_pass_by_moves_the_first_thing_past_the_second():
    prompt = ("Timestamps: start - a goat on the left of a truck; middle - the goat passes the truck; end - the goat "
              "on the right of the truck. The truck stays put. Thanks for tuning in!")
    assert lvd.two_object_motion("goat", "truck", RIGHTWARD, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "A goat walks from the left of a truck that never moves to the right of the truck.",
        "Start: a duck on the right of a boat that never moves; end: the duck on the left of the boat.",
    ],
)
def test_a_thing_that_never_moves_draws_no_never(prompt):
    assert set(names(prompt)) <= {"goat", "truck", "duck", "boat"} and len(names(prompt)) == 2, names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Time codes, seen from straight above: opening - a red truck in the lower left corner; halfway - the lower "
         "right corner; close - the upper right corner. Thanks for listening!", "truck", BL_BR_TR),
        ("For the record, in a top-down view, a trotting horse starting in the lower right corner, reaching the "
         "lower left corner at the midpoint, and finishing in the upper left corner.", "horse", BR_BL_TL),
        ("Seen from above, draw a line showing where the red truck goes. Start: lower right corner. Middle: upper "
         "right corner. End: upper left corner.", "truck", BR_TR_TL),
        ("From straight above, where does the swimming duck go? Lower left corner at the start, upper left corner "
         "in the middle, upper right corner at the end. Write the corners in order.", "duck", BL_TL_TR),
    ],
)
def test_a_listed_or_asked_route_keeps_its_three_stops(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, plain",
    [
        ("let the record show that a cat sits.", "a cat sits."),
        ("exhibit 4: the first half of the footage shows a dog.", "in the first half, there is a dog."),
        ("the witness confirms nothing else appears.", "nothing else appears."),
        ("timestamps: opening - a cat on the left side; halfway - mid-frame; close - the right side. thanks for listening!",
         "at the start, a cat is on the left side; at the midpoint, it is at mid-frame; at the end, it is at the right side."),
        ("can you find the dogs? there are four. tick the box!", "there are four dogs."),
        ("is the car in the second half? no! it is in the first half.",
         "a car is not in the second half. it is in the first half."),
        ("how many sheep? two", "there are two sheep."),
        # the same words where they tell no voice stay as they are
        ("count the cars.", "count the cars."),
        ("how many sheep?", "how many sheep?"),
        ("two dogs find the ball. they play.", "two dogs find the ball. they play."),
        ("a dog runs past a record player.", "a dog runs past a record player."),
        ("colour in the two cats. they sit.", "colour in the two cats. they sit."),
        ("a cat sits near the close of the clip.", "a cat sits near the close of the clip."),
    ],
)
def test_exhibit_show_notes_and_worksheet_words_are_read_as_the_scene(prompt, plain):
    assert exhibit_podcast_and_worksheet_in_plain_words(prompt) == plain
