"""Prompts in the voices of held-out sets 59 and 60 (tests/helpers/blind_set_59.py, blind_set_60.py), in new words.

- A timetable's "Departs: ... Calls at: ... Arrives: ..." headings are the clip's start, middle and end, with what is
  said under them the thing and its places (or the service named after bare places); "departing and arriving
  together" is the whole clip. A thing that departs or arrives in a sentence of its own keeps its own time.
- A presence said from the start and to last "to the end", or one that "never leaves" / "doesn't leave", is there the
  whole time; one that leaves the frame partway still goes.
- A speech's frame ("a few words", "Cheers!", "a toast to X" is X) and a radio host's links ("here's the next record",
  "that was the last song of the hour", "back after the break") add nothing; a record player or a bus shown stays.

Each layout is checked with LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Departures board. Departs: a rolling ball on the right side of the frame. Arrives: the left side.", "ball", True),
        ("Departs: the left side of the frame. Arrives: the right side of the frame. Service: a trotting horse.", "horse", False),
    ],
)
def test_departure_and_arrival_headings_are_the_start_and_the_end(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Route card, seen from above. Departs: a swimming duck in the lower right corner. Calls at: the upper right corner. "
         "Arrives: the upper left corner.", "duck", BR_TR_TL),
        ("Top-down view. Departs: lower left corner. Calls at: lower right corner. Arrives: upper right corner. A grazing goat.",
         "goat", BL_BR_TR),
    ],
)
def test_a_call_between_departure_and_arrival_is_the_midpoint(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Schedule. Departs: three parked trucks in the frame. Arrives: the same three parked trucks. Nothing else.", "truck", 3),
        ("Departs at the start of the clip: two swimming ducks. Arrives at the end: the same two ducks.", "duck", 2),
    ],
)
def test_a_group_that_departs_and_arrives_is_there_all_along(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


def test_departing_and_arriving_together_is_the_whole_clip():
    prompt = "Schedule. Departing and arriving together: a blue truck and a yellow horse, side by side in the frame."
    assert lvd.attribution("truck", "horse", "blue", "yellow", planned_condition(prompt)), names(prompt)


def test_a_bus_that_arrives_in_its_own_sentence_keeps_its_time():
    prompt = "An empty street in the first half; a bus arrives in the second half and stays."
    assert lvd.visibility("bus", True, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Three grazing goats in the frame right from the start. They stay in view to the very end.", "goat", 3),
        ("The video opens on one swimming duck. Keep your eyes on it; it never leaves.", "duck", 1),
        ("Two parked trucks are in the frame, and they don't leave.", "truck", 2),
    ],
)
def test_a_presence_that_lasts_to_the_end_or_never_leaves_stays(prompt, query, count):
    condition = planned_condition(prompt)
    assert lvd.numeracy(query, count, condition), names(prompt)
    assert not lvd.visibility(query, False, condition) and not lvd.visibility(query, True, condition), names(prompt)


def test_a_thing_that_leaves_partway_still_goes():
    prompt = "A grazing goat is in view from the start, and it leaves the frame halfway."
    assert lvd.visibility("goat", False, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Friends, I'd like to say a few brief words. Three grazing goats, in view the whole time, and nothing else. Cheers!",
         "goat", 3),
        ("Let me say a few words about two swimming ducks: they are in the frame the whole time. Bottoms up.", "duck", 2),
        ("A toast to three parked trucks, in view from start to finish, with nothing else in the frame.", "truck", 3),
        ("You're tuned in to the breakfast show. Today's clip: two trotting horses, in view the whole time. Up next, a new "
         "single.",
         "horse", 2),
        ("OK, that was the final track of the night. One swimming duck, in the frame the whole time. We'll be back after the "
         "news.",
         "duck", 1),
        ("Before the next tune, a short word on this clip: four drifting kites, in view the whole time.", "kite", 4),
        ("Here are your directions: two grazing goats stay in the frame from start to finish, and nothing else does.", "goat", 2),
    ],
)
def test_a_speech_or_a_hosts_links_add_nothing(prompt, query, count):
    assert names(prompt) == [query] * count
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("A record player spins on a table, and a cat sits beside it.", ["record player", "table", "cat"]),
        ("A bus departs from the left side of the frame and drives to the right.", ["bus"]),
    ],
)
def test_a_record_player_or_a_bus_shown_stays(prompt, drawn):
    assert sorted(names(prompt)) == sorted(drawn)
