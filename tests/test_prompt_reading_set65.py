"""Prompts in the voices of held-out sets 65 and 66 (tests/helpers/blind_set_65.py, blind_set_66.py), in new words.

- A call to wait said alone ("Hang on!", "Oh wait!", "Wait, wait, there is more!") is the listener's: nothing waits, so
  a route told after it starts where it is said to.
- A clause whose subject is nobody or nothing ("No one threw it!", "Nobody hit it") moves nothing: the route keeps its
  stops; "nobody leaves" and "no one is there at first" still say what is in view.
- A bare halt said last ("Then it stops.", "Finally it rests.") ends the route, shown for a moment: the route's middle
  stop stays at the clip's middle, and a lone move that halts still ends at rest.
- The thing of a visibility statement named again in a later aside or joke ("Typical kite behaviour!", "It simply
  vanishes!", "Ghosted by a horse!"), or in a billed heading the body tells again ("Presenting the disappearing goat!"),
  is the same thing: one thing, gone in the second half.

Each layout is checked with LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Hang on! From above, a rolling ball goes from the lower left corner to the lower right corner, then to the upper "
         "right corner.", "ball", BL_BR_TR),
        ("Oh wait! Top-down: a walking dog heads from the lower right corner to the upper right corner, and then to the "
         "upper left corner.", "dog", BR_TR_TL),
        ("Wait, wait, there is more! Seen from overhead, a moving car goes from the lower left corner to the upper left "
         "corner, then to the upper right corner.", "car", BL_TL_TR),
        # guard: a wait with more words is no call said alone, and this one already read well
        ("Hold on a second. From directly above, a lively cat walks from the lower right corner to the lower left "
         "corner, then to the upper left corner.", "cat", BR_BL_TL),
    ],
)
def test_a_call_to_wait_said_alone_moves_nothing(prompt, query, route):
    assert names(prompt) == [query]
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "tail",
    ["No one threw it!", "Nobody hit it, I swear.", "Nothing stops it.", "And nobody dropped it!"],
)
def test_a_clause_whose_subject_is_nobody_moves_nothing(tail):
    prompt = ("From above, a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
              "right corner. " + tail)
    assert names(prompt) == ["ball"]
    assert lvd.sequential("ball", BL_BR_TR, planned_condition(prompt))


def test_nobody_leaving_still_keeps_everyone_in_view():
    prompt = "Two sleepy dogs lie on the grass, and nobody leaves."
    assert lvd.numeracy("dog", 2, planned_condition(prompt)), names(prompt)
    assert all(box is not None for obj in PLANNER.plan(prompt).layout.objects for box in obj.boxes)


def test_no_one_there_at_first_is_still_an_empty_start():
    prompt = "No one is there at first; in the second half a walking dog comes in."
    assert lvd.visibility("dog", True, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("From overhead, a lively cat goes from the lower right corner to the lower left corner, then to the upper left "
         "corner. Then it stops.", "cat", BR_BL_TL),
        ("Seen from above, a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
         "right corner. Finally it rests.", "ball", BL_BR_TR),
        ("From above: a walking dog goes from the lower right corner to the upper right corner, then to the upper left "
         "corner, and then it sits.", "dog", BR_TR_TL),
    ],
)
def test_a_bare_halt_said_last_keeps_the_routes_middle_stop(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_lone_move_that_halts_still_ends_at_rest():
    boxes = PLANNER.plan("A ball rolls to the right and then stops.").layout.objects[0].boxes
    assert boxes[-1] == boxes[-2]  # at rest over the last keyframes
    assert boxes[-2][0] > boxes[0][0] + 0.3  # after rolling right
    assert boxes[2] != boxes[3]  # still rolling at the middle


@pytest.mark.parametrize(
    "prompt, query",
    [
        ("A flying kite in the first half, and in the second half, no kite. Typical kite behaviour, folks!", "kite"),
        ("A swimming duck in the first half, then no duck in the second half. It simply vanishes!", "duck"),
        ("A walking horse in the first half; in the second half, no horse. Ghosted by a horse, again!", "horse"),
        ("Presenting the disappearing goat! A grazing goat in view for the first half, and no goat in the second half.",
         "goat"),
        ("The vanishing kite! A flying kite in the frame for the first half, and no kite in the second half!", "kite"),
        ("Behold, the disappearing duck: a swimming duck in the first half and no duck in the second half.", "duck"),
    ],
)
def test_a_thing_gone_and_named_again_in_an_aside_or_heading_is_one_thing(prompt, query):
    assert names(prompt) == [query]
    assert lvd.visibility(query, False, planned_condition(prompt))


def test_a_performers_thanks_adds_nothing():
    assert names("A lively cat sits in the middle. Thank you, you have been a wonderful audience!") == ["cat"]


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("The dog chases a ball! The ball rolls to the left.", ["ball", "dog"]),  # a sentence, not a heading
        ("Say hello to the pink bird! It flies to the left.", ["pink bird"]),  # the body never names it again
    ],
)
def test_an_opening_that_is_no_restated_heading_stays(prompt, drawn):
    assert names(prompt) == drawn


def test_a_heading_with_a_colour_of_its_own_keeps_the_colour():
    assert any(name.startswith("red ") for name in names("The red car: a car drives to the left."))
