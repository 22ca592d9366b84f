"""Prompts in the voices of held-out sets 57 and 58 (tests/helpers/blind_set_57.py, blind_set_58.py), in new words.

- A group in view at the start and said again to last at the end ("they are still there at the end", "all four remain
  at the end", "three kites at the start. three kites at the end", "Close: the same four, none gone") is there the
  whole time, and so is one said again at the midpoint on its way there.
- The watcher's arrival and leaving and the camera's rolling and stopping ("On arrival: ... Before I left: ...", "as
  the tape rolls ... when the tape ends") are the clip's start and end where both edges are named; a thing that
  arrives or leaves the frame keeps its own time.
- An address to listeners, a greeting and a thanks, a radio call-up and acknowledgements, a teller the tables do not
  know ("the lifeguard reports ...") and a puzzle's closing that sends the reader to count add nothing; a read-back is
  one group, and a count asked before any thing is named, or a known thing that speaks, stays.
- A thing labelled without its article ("Swimming duck: lower right corner at the start, ...") or followed by bare
  sides with moments ("trotting horse, left side of the frame at the start, ...") takes the places listed; in a radio
  transcript a speaker's label said in a turn is an address, "negative, no horse" a denial, a turn asking after or
  following a thing ("duck status?", "follow the truck.") adds nothing to the answer, and "no duck. It did not come
  back." says the absence once.

Each layout is checked with LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Two parked trucks in view at the start, and they are still there at the end.", "truck", 2),
        ("Three grazing goats in view at the start; they are still in view at the end.", "goat", 3),
        ("A grazing goat is visible at the start of the video and still visible at its end.", "goat", 1),
        ("Three swimming ducks were in the frame at the start; every one of them stayed until the end.", "duck", 3),
        ("Four drifting kites are present at the start and all four remain at the end.", "kite", 4),
    ],
)
def test_a_group_that_lasts_to_the_end_is_there_all_along(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # a presence at the start with no lasting said is still the start's alone
        ("A trotting horse is in view at the start, but by the end it is gone.", "horse", False),
        ("Nothing is in view at the start; a horse arrives in the second half and remains at the end.", "horse", True),
    ],
)
def test_a_start_said_alone_still_ends(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Ladies and gentlemen, may I have your attention for a brief demonstration. Three swimming ducks stay in view the "
         "whole time. Thank you.", "duck", 3),
        ("Could I have your undivided attention for this little presentation. Two parked trucks, there the whole time.",
         "truck", 2),
        ("Dispatch, this is the night desk. Two grazing goats in the frame the whole time. Copy that.", "goat", 2),
        ("Confirm two drifting kites in view. Affirmative, two drifting kites, the whole time. Roger.", "kite", 2),
        ("Confirm three swimming ducks in view. Confirmed, three swimming ducks, the whole time.", "duck", 3),
        ("BASE: Confirm two moving cars in the frame. UNIT: Two moving cars confirmed, the whole time. Over.", "car", 2),
        ("Puzzle card. Three walking dogs in view the whole time, and nothing else. Count the dogs to crack the combination.",
         "dog", 3),
        ("Two rolling balls stay in view the whole time. How many balls do you see? That's your answer.", "ball", 2),
        ("The note reads: two swimming ducks in view the whole time. The password is how many ducks.", "duck", 2),
        ("Please direct your attention to the screen. Two walking dogs in view the whole time. How many dogs? That is "
         "the answer.", "dog", 2),
        ("Three moving balls stay in view the whole time. Enter the number of balls to open the door.", "ball", 3),
        ("Riddle: two flying birds in view the whole time. How many birds are there? Write it down.", "bird", 2),
        ("Two moving cars in view the whole time. Tally the cars and that is your code.", "car", 2),
    ],
)
def test_an_address_a_call_and_a_puzzle_closing_add_nothing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # "this is a cat" shows a thing, no station calling; a count asked before any is named is the prompt's own
        ("Look, this is a cat. It walks to the left.", ["cat"]),
        ("How many cats? Two cats walk to the left.", ["cat", "cat"]),
    ],
)
def test_a_thing_shown_or_counted_first_stays(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Inspection notes. On arrival: two parked trucks in view. Before I left: the same two trucks, still there.",
         "truck", 2),
        ("Camera notes. Three trotting horses in view at roll camera. Three trotting horses in view when we wrap.", "horse", 3),
        ("Two swimming ducks in view when we start rolling, and still there at the end.", "duck", 2),
        ("On arrival, two lively cats in view. On departure, both cats still there.", "cat", 2),
        ("Three moving cars in view as the tape rolls, and still in view when the tape ends.", "car", 3),
        ("Three drifting kites in view at the start. Three drifting kites in view at the end.", "kite", 3),
        ("At the start, two parked trucks are in view. At the midpoint, still two. At the end, still two.", "truck", 2),
        ("Opening: four trotting horses. Close: the same four, none gone.", "horse", 4),
    ],
)
def test_a_watch_from_arrival_to_leaving_is_the_whole_clip(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("On arrival, a swimming duck on the right side of the frame. Before leaving, the duck on the left side.", "duck",
         True),
        ("Visit record. At arrival, a swimming duck on the left side of the frame. When we left, the duck on the right "
         "side.", "duck", False),
        ("A trotting horse on the left side of the frame when the camera starts rolling; the horse on the right side when "
         "the camera stops.", "horse", False),
    ],
)
def test_places_at_arrival_and_leaving_are_the_start_and_the_end(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # a thing that arrives or leaves the frame is no watcher's visit
        ("A car arrives at the end.", "car", True),
        ("A bird is on the right at the start and flies to the left before leaving the frame.", "bird", False),
    ],
)
def test_a_things_own_arrival_and_leaving_stay(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Plan view from above. Swimming duck: lower right corner at the start, lower left corner next, upper left corner "
         "at the end.", "duck", BR_BL_TL),
        ("Overhead shot. Trotting horse: lower left corner first, then lower right corner, then upper right corner.",
         "horse", BL_BR_TR),
        ("Plan view. Drifting kite. Lower left corner at the start. Lower right corner next. Upper right corner at the end.",
         "kite", BL_BR_TR),
        ("PILOT: Kite track, seen from above? TOWER: Lower left corner first, then the upper left corner, then the upper "
         "right corner. A drifting kite.", "kite", BL_TL_TR),
        ("PILOT: Overhead view, follow the truck. TOWER: Red truck in the lower right corner, then the upper right corner, "
         "then the upper left corner.", "truck", BR_TR_TL),
        ("SPOTTER: Follow the kite, overhead view. HOST: A drifting kite in the lower left corner, then the lower right "
         "corner, then the upper right corner.", "kite", BL_BR_TR),
    ],
)
def test_a_labelled_or_asked_about_mover_takes_the_places_listed(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("PILOT: Any horse in the first half? TOWER: Negative, no horse. A trotting horse arrives at the midpoint and "
         "stays.", "horse", True),
        ("PILOT: Duck status? TOWER: A swimming duck for the first half, Pilot, then none.", "duck", False),
        ("In the first half, a swimming duck in view. In the second half, no duck. It did not come back.", "duck", False),
        ("A swimming duck in the first half, no duck in the second half, that is the whole plot.", "duck", False),
    ],
)
def test_a_radio_answer_tells_when_a_thing_is_there(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


def test_an_address_to_passengers_and_its_thanks_are_no_things():
    prompt = "Attention, passengers: a flying bird in the first half, no bird in the second half. Thank you for flying with us."
    assert names(prompt) == ["bird"]
    assert lvd.visibility("bird", False, planned_condition(prompt))


def test_a_speakers_label_said_as_an_address_is_no_thing():
    prompt = "PILOT: Tower, confirm two grazing goats in the frame. TOWER: Confirmed, two grazing goats the whole time, Pilot."
    assert lvd.numeracy("goat", 2, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Trotting horse, left side of the frame at the start, right side at the end.", "horse", False),
        ("Trotting horse, right side of the frame at the start. Left side at the end.", "horse", True),
        ("Swimming duck. Right side of the frame at the start. Left side at the end.", "duck", True),
        ("Trotting horse: left side of the frame at the start; right side of the frame at the end.", "horse", False),
        # after the thing's own verb the sides are read as they stand
        ("A swimming duck swims from left to right: left side at the start, right side at the end.", "duck", False),
    ],
)
def test_bare_sides_listed_with_moments_are_the_things_places(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("The lifeguard reports two swimming ducks in the frame the whole time.", ["duck", "duck"]),
        ("The umpire reports one swimming duck in the frame for the whole game, start to finish.", ["duck"]),
        ("A cat says two birds fly left.", ["bird", "bird", "cat"]),
    ],
)
def test_a_teller_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn
