"""Prompts in the voices of held-out set 134 (tests/helpers/blind_set_134.py), in new words.

- A traveller's change on the way, "transfers at B", "changes at B", "connects in B", is a stop at B between the
  route's start and its end; a change said of a moment, "the light changes at the end", or a handing over, "transfers
  the ball", is no stop; nor is a change said before any start in its sentence ("a boy changes in the left corner",
  "the picture changes at the left side").
- An itinerary's journey labels over a place, "Departure: left side.", "Transfer: upper left corner.", "Arrival: right
  of the box.", are where its traveller is at the start, on the way and at the end, never the watcher's own coming and
  going; the same labels over things ("Arrival: three parked cars.", "Departure: a bird flies away ...") head those
  things as before.
- The field naming the itinerary's thing, "Traveller:", "Passenger:", said after the route, is that route's mover; a
  thing named only by its side in the route, "left of the box", is a place the route goes by, never its mover.

Each layout is checked by LVD's own predicates or by its objects' centres. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition, ways_of


@pytest.mark.parametrize("prompt, query, route", [
    ("Looking straight down: a trotting dog sets out from the upper left corner, changes at the lower left corner and "
     "ends up in the lower right corner.", "dog", ("upper left", "lower left", "lower right")),
    ("From high overhead, a bird flies out of the upper right corner, connects in the upper left corner and arrives at "
     "the lower left corner.", "bird", ("upper right", "upper left", "lower left")),
    ("Top-down view. A red car left the upper right corner, transferred at the lower right corner and finished in the "
     "lower left corner.", "car", ("upper right", "lower right", "lower left")),
])
def test_a_change_on_the_way_is_a_stop_between_start_and_end(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_change_said_of_a_moment_or_a_handing_over_is_no_stop():
    walked = centres("A cat walks from the left side to the right side while the light changes at the end.")["cat"]
    assert walked[0][0] < 0.35 and walked[-1][0] > 0.65  # the walk is whole, no stop put in it
    assert names("A boy transfers the ball to the girl.") == ["ball", "boy", "girl"]


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Point of departure: right side. Arrival point: left side. Passenger: a horse, galloping.", "horse", True),
    ("Departure: the right edge of the frame. Arrival: the far left. Traveler: a rolling ball.", "ball", True),
    ("Departure: right side of the frame; arrival: left side. Passenger: a small dog, trotting all the way.", "dog",
     True),
])
def test_journey_labels_over_sides_move_the_traveller(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Top-down view. Departure: upper right corner. Change: upper left corner. Arrival: lower left corner. "
     "Passenger: a cat.", "cat", ("upper right", "upper left", "lower left")),
    ("Bird's-eye view. Departure: lower left corner. Connection: upper left corner. Arrival: upper right corner. "
     "Traveller: a red ball, rolling.", "ball", ("lower left", "upper left", "upper right")),
])
def test_journey_labels_over_corners_are_the_travellers_stops(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Departure: right of the box. Arrival: left of the box. Traveler: a dog, running. The box stays put.",
     "dog", "box", True),
    ("Departure: right of the red car. Arrival: left of the red car. Passenger: a cat, walking. The car is parked.",
     "cat", "car", True),
])
def test_a_thing_named_by_its_side_in_the_route_is_no_mover(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_journey_labels_over_things_head_those_things():
    assert names("Arrival: three parked cars. Departure: the same three parked cars, still there.") == ["car"] * 3
    assert ways_of("Departure: a bird flies away to the left.") == {"bird": "left"}
    assert ways_of("Arrival: a dog walks in from the right and sits.") == {"dog": "left"}


@pytest.mark.parametrize("prompt, mover, way", [
    ("A boy changes in the left corner of the room and then runs to the right side.", "boy", "right"),
    ("The picture changes at the left side as a ball rolls from the right side to the left side.", "ball", "left"),
])
def test_a_change_not_chained_after_a_begun_route_is_no_stop(prompt, mover, way):
    """A change of clothes or of a picture is no traveller's stop: only the mover goes, and the way it was told."""
    assert {name: went for name, went in ways_of(prompt).items() if went} == {mover: way}


def test_a_thing_changing_beside_a_route_does_not_hold_up_its_mover():
    driven = centres("A traffic light changes on the left side while a car drives from the left side to the right "
                     "side.")["car"]
    assert driven[0][0] < driven[3][0] < driven[7][0]  # the car keeps going, never waiting at the light's place


def test_a_side_of_a_thing_inside_a_longer_route_field_keeps_the_records_subject():
    """Only a field that is a side alone ("Departure: right of the dog.") names its thing as a place; "left to right of
    the bench" is a route of its own, and the record's subject is still drawn."""
    assert "dog" in names("Direction of movement: left to right of the bench. Subject: a dog, walking.")


def test_a_journey_noun_naming_a_place_of_its_own_moves_nothing():
    """"Arrival hall:" is a hall's place, no journey's end: the standing passengers under it stay where they are."""
    layout = PLANNER.plan("Arrival hall: right side of the frame. Passengers: three people, standing.").layout
    assert [obj.name for obj in layout.objects] == ["person"] * 3
    for person in layout.objects:
        shown = [box for box in person.boxes if box is not None]
        assert abs((shown[-1][0] + shown[-1][2]) / 2 - (shown[0][0] + shown[0][2]) / 2) < 0.1


def test_a_change_off_the_way_says_where_its_thing_is():
    """"A hose connects at the lower left corner" puts the hose there, still, and draws no "connect"; the dog told to
    run after it still runs."""
    assert ways_of("A hose connects at the lower left corner to a tap and a dog runs from the right side to the left "
                   "side.") == {"dog": "left", "hose": "", "tap": ""}
    assert "change" not in names("A traffic light changes on the left side while a car drives from the left side to "
                                 "the right side.")


def test_a_side_said_as_a_doing_after_departure_leaves_the_watchers_leaving():
    """"Departure: left empty, ..." says how the watcher left the place, no journey's start: the car seen on arrival is
    there at the start and gone at the departure."""
    parked = centres("On arrival: a red car on the right. Departure: left empty, the right side has no car.")["red car"]
    assert parked[0] is not None and parked[-1] is None
