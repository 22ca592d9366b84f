"""Prompts in the voices of held-out sets 61 and 62 (tests/helpers/blind_set_61.py, blind_set_62.py), in new words.

- A title the body restates (a headline, a video's, a post's or a chapter's title, told by its capitals at the head of
  the prompt or on a line of its own) is the body's summary: only the body's things are drawn. A title naming a thing
  the body does not, or standing alone, is read as a plain sentence, and a heading in capitals keeps its own readers.
  A body that only points back at the title's things ("The goats ...") keeps the count and colour the title gave; a
  prompt typed all in title case has no title.
- A text adventure's command on a line of its own before the scene ("> LOOK", "> EXAMINE FIELD") is no moment: "you see it
  all from directly above" is the view, and in "you see a ball roll from ..." the plain verb is the ball's.
- Things there at the start of a span and again at its close (a watch, a shift, the clip), with no middle told, are
  there the whole time; "at the end on the right" still goes on to a place of its own.
- "There is no cat; let it go" says the absence again: no second cat comes to leave.
- A log entry's label with its writer ("Logged by the watch:", "Noted by the officer of the watch:") is the record's.
- "Look down from above on a ball: ..." is the view from above of what follows, and its places are the ball's route;
  a thing in the scene that looks down at another stays a thing.

Each layout is checked with LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Three Grazing Goats Share the Meadow. Three grazing goats stand in the frame for the whole video.", "goat", 3),
        ("Pair of Ducks Stays Put: two swimming ducks remain in view from the first frame to the last.", "duck", 2),
        ("Watch: Four Kites, Nothing More\nFour drifting kites are in the frame the whole time, and nothing else is.",
         "kite", 4),
        ("Chapter 2: The Lonely Truck\nA parked truck stays in view the whole time, alone.", "truck", 1),
        ("Two Trotting Horses on Camera All Day - two trotting horses are in view the whole clip through.", "horse", 2),
        # a text adventure's room name on its own line
        ("> LOOK\nDuck Pond\nYou are beside a pond. You see two swimming ducks. There is nothing else here.", "duck", 2),
        ("My Vlog, Episode 4: Three Sleepy Cats. Today three sleepy cats are in the frame from start to end.", "cat", 3),
        ("VIDEO: Two Goats Hold Their Ground. Two grazing goats stay in the frame from the first moment to the last.", "goat", 2),
        ("\u201cThree Ducks at Rest\u201d \u2014 three swimming ducks float in view the whole time.", "duck", 3),
        ("Where Did the Trucks Go? Nowhere. Two parked trucks stay in view from start to end.", "truck", 2),
    ],
)
def test_a_title_the_body_restates_adds_nothing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Goat Wanders In Late. The first half has no goat; a grazing goat walks in during the second half and stays.",
         "goat", True),
        ("Duck Paddles Off Early. A swimming duck is in view for the first half and is gone in the second half.",
         "duck", False),
    ],
)
def test_a_restated_title_keeps_no_thing_in_view_all_along(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Truck Overtakes Resting Horse. The horse does not move while a truck drives from the left of the horse to the "
         "right of the horse.", "truck", "horse", False),
        # "Flies" in a title is its verb, not a thing the body would have to name
        ("Kite Flies Past Still Goat. The goat stays still as a kite drifts from the left of the goat to the right of the "
         "goat.", "kite", "goat", False),
        ("Kite Drifts Past the Still Goat\nThe goat stays still as a kite drifts from the right of the goat to the left "
         "of the goat.", "kite", "goat", True),
    ],
)
def test_a_restated_title_draws_the_mover_once(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        # "Three Corners" in a title is no thing
        ("Duck Visits Three Corners. Seen from above, a swimming duck starts in the lower left corner, paddles to the "
         "lower right corner and ends in the upper right corner.", "duck", BL_BR_TR),
        ("Horse Takes the Long Way Round: viewed from overhead, a trotting horse goes from the lower right corner to the "
         "upper right corner, then to the upper left corner.", "horse", BR_TR_TL),
    ],
)
def test_a_restated_title_keeps_the_bodys_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a title that is the only statement of the scene, or names a thing the body does not, is read
        ("Two Dogs Run Left", "dog", 2),
        ("Three Parked Trucks Fill the Frame.", "truck", 3),
        # a heading in capitals keeps its own readers
        ("EXT. FIELD - DAY. Two grazing goats stand still.", "goat", 2),
        ("TWO KITES STOP NOTHING ELSE STOP", "kite", 2),
    ],
)
def test_a_title_the_body_does_not_restate_is_read(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("Two Grazing Goats. A swimming duck is there as well.", ["duck", "goat", "goat"]),
        ("Truck and Horse at Dawn\nA kite drifts from the left to the right.", ["horse", "kite", "truck"]),
    ],
)
def test_a_title_naming_things_the_body_does_not_stays(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Three Goats on the Hill. The goats stay in the frame the whole time.", "goat", 3),
        ("Two Parked Trucks, No Drivers\nThe trucks stay in view from start to end.", "truck", 2),
    ],
)
def test_a_body_pointing_back_at_the_title_keeps_its_count(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


def test_a_body_pointing_back_at_the_title_keeps_its_colour():
    prompt = "Red Kite Drifts Past a Still Goat. The goat stays still while the kite drifts from its left to its right."
    assert names(prompt) == ["goat", "red kite"]


def test_a_prompt_typed_all_in_title_case_has_no_title():
    prompt = "A Red Kite Drifts To The Left. The Kite Stays In View."
    assert names(prompt) == ["red kite"]
    assert lvd.one_object_motion("kite", True, planned_condition(prompt)), names(prompt)


def test_a_title_alone_keeps_its_motion():
    assert lvd.one_object_motion("dog", True, planned_condition("Walking Dog Heads Left")), names("Walking Dog Heads Left")


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("> LOOK\nYou see it all from straight above. A swimming duck starts in the lower left corner, paddles to the lower "
         "right corner, and ends in the upper right corner.", "duck", BL_BR_TR),
        ("> LOOK AROUND\nYou see it all from overhead. A trotting horse goes from the lower right corner to the "
         "lower left corner, then to the upper left corner.", "horse", BR_BL_TL),
        ("> EXAMINE MEADOW\nFrom above you see a trotting horse trot from the lower left corner to the upper left corner, "
         "then to the upper right corner.", "horse", BL_TL_TR),
        ("> LOOK\nSeen from overhead, you see a drifting kite drift from the lower right corner to the upper right corner, "
         "then to the upper left corner.", "kite", BR_TR_TL),
    ],
)
def test_a_command_line_before_the_scene_keeps_its_route(prompt, query, route):
    assert names(prompt) == [query]
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("> LOOK\nYou see a swimming duck paddle from the right side of the frame to the left side.", "duck", True),
        ("> WAIT\nYou notice a grazing goat wander from the left side to the right side.", "goat", False),
    ],
)
def test_the_plain_verb_after_a_thing_seen_is_its_move(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Sighted at the start of the patrol and again at its close: two swimming ducks, nothing else.", "duck", 2),
        ("Counted at the beginning of the shift and again at its end: four parked trucks in view.", "truck", 4),
        ("Three grazing goats are in the frame at the start and again at the end.", "goat", 3),
        ("Seen at the start of the clip and also at its close: one drifting kite, and nothing else.", "kite", 1),
    ],
)
def test_things_at_both_edges_of_a_span_are_there_all_along(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


def test_a_place_at_the_end_after_both_edges_stays_a_move():
    prompt = "A parked truck is on the left side at the start and at the end on the right side."
    assert lvd.one_object_motion("truck", False, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("A grazing goat is in the frame for the first half. In the second half there is no goat; let it go.", "goat", False),
        ("A swimming duck is in view in the first half, and in the second half no duck, so let go of it.", "duck", False),
        ("No trotting horse in the first half; a trotting horse arrives in the second half and stays.", "horse", True),
    ],
)
def test_letting_go_after_an_absence_adds_no_thing(prompt, query, appears):
    assert names(prompt) == [query]
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Look down from above on a swimming duck: lower left corner first, then the lower right corner, then the upper "
         "right corner.", "duck", BL_BR_TR),
        ("Let your eyes look down on a trotting horse: lower right corner first, then the upper right corner, then the "
         "upper left corner.", "horse", BR_TR_TL),
        ("You look down from straight above on a drifting kite: lower left corner first, then the upper left corner, then the "
         "upper "
         "right corner.", "kite", BL_TL_TR),
    ],
)
def test_looking_down_on_a_thing_is_the_view_of_its_route(prompt, query, route):
    assert names(prompt) == [query]
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_thing_that_looks_down_at_another_stays():
    assert names("A flying bird circles and looks down at a grazing goat.") == ["bird", "goat"]


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Logged by the watch: a trotting horse, on the left side of the frame at the start and the right side at the end.",
         "horse", False),
        ("Recorded by the officer of the watch: a swimming duck, on the right side of the frame at the start and the left "
         "side at the end.", "duck", True),
    ],
)
def test_a_log_label_with_its_writer_is_the_records(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)
