"""Prompts in the voices of a held-out set (tests/helpers/blind_set_51.py), in new words.

A theatre programme frames the clip as a performance: the curtain's rise and fall ("the curtain rises on ...",
"curtain-up", "curtain down", "the curtain call", "as the curtain falls") are the clip's start and end, the interval
its halfway, and the work ("a short work for three horses", "the play traces a kite") never a thing; a cockpit
callout's sighting ("eyes on", "tally") says a thing is there without moving it, and its sign-offs ("Over and out.",
"First officer speaking:") add nothing. A bare place under a moment heading is where the thing named before is then;
"stationary" is staying still; and a moment said after a still thing's relative clause is the mover's. A curtain or
stage the scene acts on stays what it is. Each layout is checked with LVD's own predicates. (The set's own prompts are
not copied here.)
"""

import pytest

from pipelines.lvd.cockpit_and_programme_voices import cockpit_and_programme_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES
TL_BL_BR = ("upper left", "lower left", "lower right")


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the curtain's rise and fall frame the whole clip; neither is drawn, and nothing leaves at the start
        ("The curtain rises on three grazing goats, alone in the frame; they stay in view until curtain down. "
         "Nothing else ever enters.", "goat", 3),
        ("Curtain-up on four swimming ducks; they keep the scene through the interval to the curtain call.", "duck", 4),
        # the work is its cast, and its running time counts nothing
        ("A short work for three trotting horses and nothing else, in view from start to finish. Running time: the "
         "full clip, no interval.", "horse", 3),
        # a sighting and the sign-offs
        ("First officer speaking: tally two parked trucks, the whole clip, nothing else. Over and out.", "truck", 2),
    ],
)
def test_the_frame_of_a_performance_or_a_callout_adds_no_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("A trotting horse holds the first half alone. After the interval, the second half plays without any horse.",
         "horse", False),
        ("Before the interval there is no goat at all. After the interval a grazing goat walks in and stays until the "
         "curtain call.", "goat", True),
        ("When the curtain goes up, there is no duck at all; a swimming duck comes in after the interval and stays "
         "until the curtain falls.", "duck", True),
    ],
)
def test_the_interval_is_halfway(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("The curtain rises on a trotting horse on the left side of the frame; as the curtain falls it has crossed to "
         "the right side.", "horse", False),
        # the sighting places the truck at the start; it is no reason to move it first
        ("Eyes on a red truck on the right side of the frame at the start. It drives across; by the end the truck is on "
         "the left side. Over and out.", "truck", True),
        ("The play traces a drifting kite across the frame, from the left side at curtain-up to the right side at the "
         "curtain call.", "kite", False),
        ("As the curtain rises, a trotting horse stands on the right side of the frame; when the curtain comes down it "
         "has walked to the left side.", "horse", True),
    ],
)
def test_a_crossing_between_the_curtains(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("The curtain rises on a duck on the right of a box that stays still. By curtain down, the duck is on the left "
         "of the box.", "duck", "box", True),
        ("A horse opens on the left of a truck, which never moves, and by the curtain call the horse is on the right of "
         "the truck.", "horse", "truck", False),
        ("A goat starts on the right of a truck, which never moves, and at the end the goat is on the left of the truck.",
         "goat", "truck", True),
        ("Cockpit callout: a box, stationary the whole time, with a goat on the left of the box. At the end the goat is "
         "on the right of the box. Over.", "goat", "box", False),
    ],
)
def test_a_mover_passes_a_still_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Seen from above. At the start: eyes on a red truck in the upper left corner. Midway: the lower left corner. "
         "By the end: the lower right corner. Over and out.", "truck", TL_BL_BR),
        ("Looking down from overhead. At the start: tally a trotting horse in the lower right corner. Halfway through: "
         "the upper right corner. At the end: the upper left corner. Checklist complete.", "horse", BR_TR_TL),
    ],
)
def test_a_bare_place_under_a_heading_is_the_named_things_stop(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # a curtain or a stage the scene acts on is a thing or the place; "over" with an object and a cat's eyes on a
        # ball are no callouts
        ("A cat climbs the curtain.", ["cat", "curtain"]),
        ("A ball rolls over the dog.", ["ball", "dog"]),
        ("A cat with its eyes on a ball sits on the left.", ["ball", "cat"]),
    ],
)
def test_a_real_curtain_or_a_plain_over_stays(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "text, plain",
    [
        ("a cat, eyes on the ball, waits.", "a cat, eyes on the ball, waits."),
        ("a dog sleeps in front of the curtain.", "a dog sleeps in front of the curtain."),
        ("a cat pulls the curtain down.", "a cat pulls the curtain down."),
        ("a cat holds the curtain up, then a dog runs to the curtain.",
         "a cat holds the curtain up, then a dog runs to the curtain."),
        ("from curtain-up to curtain down, a duck.", "from the start to the end, a duck."),
        ("a dog carries the ball across.", "a dog carries the ball across."),
        ("a duck opens stage left.", "a duck starts on the left."),
        ("at the start: a duck at the top left. halfway: the bottom right.",
         "at the start: a duck at the top left. halfway, it is at the bottom right."),
    ],
)
def test_only_the_voices_phrases_are_rewritten(text, plain):
    assert cockpit_and_programme_in_plain_words(text) == plain
