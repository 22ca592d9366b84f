"""Prompts in the voices of a held-out set (tests/helpers/blind_set_53.py), in new words.

Any record the writer keeps ("Ranger's log.", "Ship's log,", "Shot notes:", "Lighting cues.", "Traffic report:") is
the writer's, never a thing, and its closings ("Nothing else reported.", "All clear.", "House lights up.") add nothing.
The start and end of any span of the writer's day ("start of the match", "end of patrol") and a projectionist's "open
on" / "close on" and cues are the clip's moments; a journey's legs ("continue to ...", "your destination is ...") are
the mover's next places; imperatives to the maker ("keep ... in view", "hold them to the close") describe the scene, and
a lone "it left" is a departure. A real log, a house in the scene and a destination things go to stay what they are.
Each layout is checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.satnav_projection_and_dispatch_voices import satnav_projection_and_dispatch_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Ranger's log: two grazing goats in view for the whole patrol. Nothing else reported. All clear.", "goat", 2),
        ("Ship's log. Three swimming ducks sighted from the start of the voyage to its end. No other reports.", "duck", 3),
        ("Lighting cues: open on four parked trucks; hold them through to the last cue. House lights up.", "truck", 4),
        ("Start of the match: one trotting horse in view. End of the match: still in view. Nothing else logged.", "horse", 1),
        ("Traffic report, overhead camera. Keep two parked trucks in view from the start until you arrive at the end.", "truck",
         2),
        ("You have three drifting kites in view from the start, and you will still have them at arrival.", "kite", 3),
    ],
)
def test_a_record_and_its_closings_add_no_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query1, query2, colour1, colour2",
    [
        # a route heading read as "it goes:" names the thing after it: its colour stays with it
        ("Route: a blue truck and a white goat stay side by side from start to end.", "truck", "goat", "blue", "white"),
        ("Route guidance: a green kite beside a black horse for the whole drive.", "kite", "horse", "green", "black"),
    ],
)
def test_a_colour_after_a_route_heading_stays(prompt, query1, query2, colour1, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Start of patrol: a grazing goat reported. Halfway through it left. No goat for the rest of the patrol.",
         "goat", False),
    ],
)
def test_a_lone_it_left_is_a_departure(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Shot notes. Open on a trotting horse at the right side of the frame; close on it at the left side.", "horse", True),
        ("Start of the match: grazing goat, left side of the frame. End of the match: right side of the frame.",
         "goat", False),
        ("Open on a red truck at the left side of the frame. Closing cue: the truck on the right side.", "truck", False),
    ],
)
def test_opening_and_closing_shots_are_the_ends_of_a_move(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Start of the match: a duck on the left of a box, the box still. End of the match: the duck on the right of the "
         "box.", "duck", "box", False),
        ("Open on a goat on the right of a truck, the truck not moving. Last cue: the goat on the left of the truck.",
         "goat", "truck", True),
    ],
)
def test_a_mover_passes_a_still_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Ship's log, seen from above. Start of the voyage: a swimming duck in the lower left corner. Halfway: the lower "
         "right corner. End of the voyage: the upper right corner.", "duck", BL_BR_TR),
        ("Lighting cues, top-down shot. Open on a red truck in the lower right corner; middle cue, the upper right "
         "corner; closing cue, the upper left corner.", "truck", BR_TR_TL),
        ("Viewed from straight above: a drifting kite starts in the lower left corner. Head to the upper left corner. "
         "Your final destination is the upper right corner.", "kite", BL_TL_TR),
        ("Overhead shot. Open on a trotting horse in the lower right corner, then the lower left corner, and close on "
         "it in the upper left corner.", "horse", BR_BL_TL),
    ],
)
def test_legs_cues_and_shift_moments_are_a_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # a real log, a house the scene holds and a place things go to stay things
        ("A log floats down the river.", ["log"]),
        ("The log, soaked through, drifts past a duck.", ["duck", "log"]),
        ("A cat walks past a house.", ["cat", "house"]),
    ],
)
def test_real_things_stay(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "text, plain",
    [
        # a mover's own "heads to" keeps its verb; only the driver's legs are rewritten
        ("a dog heads to the lower left corner.", "a dog heads to the lower left corner."),
        # "the cat on the left" keeps its side
        ("the cat on the left.", "the cat on the left."),
        ("the bird's destination is a nest.", "the bird's destination is a nest."),
        ("continue to the upper left corner.", "then it moves to the upper left corner."),
    ],
)
def test_only_the_voices_phrases_are_rewritten(text, plain):
    assert satnav_projection_and_dispatch_in_plain_words(text) == plain
