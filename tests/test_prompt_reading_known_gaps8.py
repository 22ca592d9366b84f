"""An eighth round of phrasings the planner was known to misread, each as a class of wording, in new prompts.

Things named and then said to "stay in view until the end" or to be "still in view at the end" are there from the
start to the end, not arriving late; a fence joined by "and" ("and nothing else enters the scene") is dropped as it
is after a comma or a semicolon; a route's last step joined by "and", "then" or "before" straight after a timed step
is a step of its own, with or without a comma; and a real verb's "-ing" form one letter off a layout verb
("barking", "braking") is left alone.
"""

import pytest

from pipelines.lvd.spelling_repair import repaired_word
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, names, planned_condition, seen_in


def boxes_by_object(prompt):
    return [obj.boxes for obj in PLANNER.plan(prompt).layout.objects]


def centre_x(box):
    return (box[0] + box[2]) / 2


# ------------------------------------------------------------ 1. "stay in view until the end" is no arrival
# (noun, count, prompt)
STAY_UNTIL_THE_END = [
    ("sheep", 4, "Four sheep, alone in the frame, and they stay in view until the end."),
    ("cat", 2, "Two cats, all alone in the frame, and they remain visible until the end."),
    ("cow", 2, "Two cows are alone in the shot and they stay until the close."),
    ("dog", 1, "A dog, alone in the shot, and it remains in view until the close."),
    ("goat", 2, "Two goats are alone in the frame and are still in view at the end."),
    ("hen", 3, "Three hens are alone in the shot and they remain visible at the end."),
]


@pytest.mark.parametrize("noun, count, prompt", STAY_UNTIL_THE_END)
def test_things_that_stay_until_the_end_are_there_from_the_start(noun, count, prompt):
    assert names(prompt) == [noun] * count
    for track in boxes_by_object(prompt):
        assert all(box is not None for box in track), track


@pytest.mark.parametrize("prompt", ["A cat is in view at the start. It is kept in view until the end.",
                                    "A hare is in the frame at first. It is held in view until the end."])
def test_a_thing_seen_early_and_kept_until_the_end_never_leaves(prompt):
    assert seen_in(prompt) == (True, True)


def test_an_arrival_said_before_staying_until_the_end_is_still_an_arrival():
    assert bench.visibility("cat", True, planned_condition("A cat appears halfway through and is in view until the end."))


# ------------------------------------------------------------ 2. a fence joined by "and" is a fence
# (noun, count, prompt)
FENCED_WITH_AND = [
    ("horse", 1, "A horse stands in the middle and nothing else enters the scene."),
    ("kite", 2, "Two kites drift over the meadow until the end and nothing else enters the frame."),
    ("goat", 2, "Two goats stand on the right and nothing else comes into view."),
    ("cat", 1, "A cat sits on the left and nothing else ever enters the picture."),
    ("tree", 1, "A tree stands on the right and nobody else turns up."),
    ("bench", 1, "A bench stands on the right and no one else comes into view."),
]


@pytest.mark.parametrize("noun, count, prompt", FENCED_WITH_AND)
def test_a_fence_joined_by_and_keeps_the_things_in_view_throughout(noun, count, prompt):
    assert names(prompt) == [noun] * count
    for track in boxes_by_object(prompt):
        assert all(box is not None for box in track), track
        assert max(map(centre_x, track)) - min(map(centre_x, track)) < 0.05, track  # no walk in from a side


def test_a_joined_clause_that_names_a_new_thing_is_kept():
    assert names("A horse stands in the middle and nothing else moves while a cat sleeps on the left.") == ["cat", "horse"]


# ------------------------------------------------------------ 3. a route's last step without a comma
# (noun, route of three corners, prompt)
ROUTES_WITHOUT_A_COMMA = [
    ("fox", ("upper left", "upper right", "lower right"),
     "Seen from above, a fox starts in the upper left corner, is in the upper right corner halfway through and ends in "
     "the lower right corner."),
    ("rabbit", ("lower right", "lower left", "upper left"),
     "Seen from above, a rabbit starts in the lower right corner, is in the lower left corner at the midpoint then ends "
     "in the upper left corner."),
    ("dog", ("upper right", "upper left", "lower left"),
     "Seen from above, a dog starts in the upper right corner, is in the upper left corner halfway through before "
     "ending in the lower left corner."),
    ("duck", ("lower left", "upper left", "upper right"),
     "Seen from above, a duck starts in the lower left corner, is in the upper left corner halfway through and then "
     "ends in the upper right corner."),
    ("hen", ("upper left", "lower left", "lower right"),
     "Seen from above, a hen starts in the upper left corner, is in the lower left corner halfway through and by the end "
     "it is in the lower right corner."),
    ("goat", ("upper right", "lower right", "lower left"),
     "Seen from above, a goat starts in the upper right corner, is in the lower right corner halfway through and is in "
     "the lower left corner at the end."),
    ("mouse", ("upper left", "lower left", "lower right"),
     "Seen from above, a mouse starts in the upper left corner, is in the lower left corner halfway through and finally "
     "ends in the lower right corner."),
]


@pytest.mark.parametrize("noun, route, prompt", ROUTES_WITHOUT_A_COMMA)
def test_a_route_last_step_reads_the_same_without_a_comma(noun, route, prompt):
    assert bench.sequential(noun, route, planned_condition(prompt))
    with_comma = prompt.replace(" through and", " through, and").replace(" midpoint then", " midpoint, then")
    assert bench.sequential(noun, route, planned_condition(with_comma.replace(" through before", " through, before")))


# ------------------------------------------------------------ 4. a real "-ing" word is not another verb mistyped
def test_barking_is_not_braking():
    assert repaired_word("barking") == "barking"


@pytest.mark.parametrize("count, prompt", [
    (4, "Four barking dogs sit on the lawn."),
    (3, "Three barking dogs run to the left."),
])
def test_barking_dogs_keep_their_count(count, prompt):
    assert bench.numeracy("dog", count, planned_condition(prompt))


@pytest.mark.parametrize("typed, meant", [("wlaking", "walking"), ("jupming", "jumping"), ("mvoing", "moving"),
                                          ("rolilng", "rolling")])
def test_mistyped_verbs_of_motion_are_still_put_right(typed, meant):
    assert repaired_word(typed) == meant
