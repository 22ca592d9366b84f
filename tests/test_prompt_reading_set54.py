"""Prompts in the voices of a held-out set (tests/helpers/blind_set_54.py), in new words.

A short heading that names no thing ("SENSOR LOG.", "Rehearsal sheet:", "Dive computer summary.", "Log ends.",
"Curtain.") is the writer's record, never a thing. Any sequence of time-ordered headings ("Start of dive: ... End of
dive:", "First light, ...; lights out, ...", "Midpoint:") is the clip's moments: what is said under them is where or
whether things are then, and a group said again at a later heading is the group named before. A span from any start
heading to any end heading is the whole clip, and a thing that "opens at" or "closes on" a place starts or ends there.
A real thing in a heading, a real log and "a tableau of three cats" stay what they are. Each layout is checked with
LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.clip_headings import record_headings_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("SENSOR LOG. Start of dive: two swimming ducks in view. End of dive: two swimming ducks in view. Log ends.", "duck", 2),
        ("Rehearsal sheet: four trotting horses on stage from first light to lights out.", "horse", 4),
        ("Dive computer summary. Start of dive to end of dive: one swimming duck in view. Summary ends.", "duck", 1),
        ("Rehearsal sheet. First scene: three drifting kites. Nobody exits; they are still up at the last scene. Curtain.",
         "kite", 3),
        ("TRAIL CAMERA DIGEST: two grazing goats in view from the start of the night. Still two at the end.", "goat", 2),
        ("Field sheet. Start of survey: one trotting horse in view. End of survey: the same horse, on its own.", "horse", 1),
        ("SENSOR LOG. Start of shift: three parked trucks in view. End of shift: all three still in view.", "truck", 3),
    ],
)
def test_a_group_said_again_at_a_later_heading_is_the_same_group(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("SENSOR LOG: start of survey, a grazing goat in view. Midpoint: the goat gone. No goat for the rest of the survey.",
         "goat", False),
        ("Dear Kite Maker, please keep the kite out for the first half: no kite then. In the second half a drifting kite "
         "arrives and stays.", "kite", True),
    ],
)
def test_a_state_under_a_midpoint_heading_is_the_thing_then(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Rehearsal sheet: a trotting horse opens at the right side of the frame and closes at the left side.", "horse", True),
        ("Dive computer summary. A swimming duck opens on the left side of the frame and closes on the right side.",
         "duck", False),
        ("SENSOR LOG: walking dog, left side of the frame at start of survey; right side of the frame at end of survey.",
         "dog", False),
    ],
)
def test_a_thing_that_opens_and_closes_at_places_moves_between_them(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Rehearsal sheet: first light, a goat on the right of a box, the box holding still; lights out, the goat on the "
         "left of the box.", "goat", "box", True),
        ("SENSOR LOG. Start of dive: a duck on the left of a truck, the truck not moving. End of dive: the duck on the "
         "right of the truck.", "duck", "truck", False),
        ("Rehearsal sheet. A box holds still throughout. A horse opens on the left of the box and, by the closing scene, "
         "is on the right of the box.", "horse", "box", False),
    ],
)
def test_relations_at_two_headings_are_the_movers_start_and_end(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # a real thing in a heading, a real log, a tableau of things and a lone "opening" heading stay as they were read
        ("Goat: white, walks left.", ["white goat"]),
        ("A log floats down a river.", ["log"]),
        ("A tableau of three cats.", ["cat", "cat", "cat"]),
        ("SENSOR LOG. A log drifts past a duck.", ["duck", "log"]),
    ],
)
def test_real_things_stay(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "text, plain",
    [
        ("station digest. a duck swims.", "a duck swims."),
        ("rehearsal sheet: a goat walks left.", "a goat walks left."),
        ("a cat walks to the end of the hallway.", "a cat walks to the end of the hallway."),  # a place, not the clip's end
        ("opening beat: a drifting kite.", "opening beat: a drifting kite."),  # one heading alone is no sequence of moments
        ("a dog runs left. nothing else.", "a dog runs left. nothing else."),  # a fence, not a heading
        ("rainy street. a dog runs. slow motion.", "rainy street. a dog runs. slow motion."),  # a setting and a speed
        ("from start of dive to end of dive, a duck swims.", "the whole time, a duck swims."),
    ],
)
def test_only_record_headings_and_moments_are_rewritten(text, plain):
    assert record_headings_in_plain_words(text) == plain
