"""Prompts in the voices of held-out sets 81 and 82 (tests/helpers/blind_set_81.py, blind_set_82.py), in new words.

- A hypnotist's "look down, from high above, at a ball" is the view from above however the "from" is set off, so a
  verbless list of corners joined by pauses ("Upper right corner... lower right corner...") is the ball's route.
- An air-traffic controller's call to everyone on the channel ("Tower to all stations:", "All stations, Tower:") names
  the caller, no tower in the clip, and its orders ("Hold short.", "Stand by.", "Wilco.") are no things or moves.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


@pytest.mark.parametrize(
    "prompt, name",
    [
        ("Then peer down, from way up above, at a walking dog. Upper right corner... lower right corner... lower left "
         "corner.", "dog"),
        ("And gaze down, from high above, on a rolling ball. Upper right corner... lower right corner... lower left "
         "corner. Calmer with every breath you take.", "ball"),
    ],
)
def test_a_verbless_corner_list_after_a_look_from_high_above_is_the_route(prompt, name):
    assert names(prompt) == [name]
    assert PLANNER.plan(prompt).layout.view == "top-down"
    path = centres(prompt)[name]
    start, middle, end = path[0], path[len(path) // 2], path[-1]
    assert start[0] > 0.6 and start[1] < 0.4  # upper right
    assert middle[0] > 0.6 and middle[1] > 0.45  # on the way down the right side, or at its lower corner
    assert end[0] < 0.4 and end[1] > 0.6  # lower left



def test_a_call_to_all_stations_names_its_caller_no_thing():
    prompt = "Tower to all aircraft: three parked trucks on the apron for the whole clip. Wilco."
    assert names(prompt) == ["truck"] * 3
    assert all(len(set(obj.boxes)) == 1 and None not in obj.boxes for obj in PLANNER.plan(prompt).layout.objects)


def test_stand_by_after_a_call_to_all_stations_is_no_standing_still():
    prompt = "Ground to all units, stand by: one rolling ball, first frame to last, and no other traffic. Roger."
    assert names(prompt) == ["ball"]
    path = centres(prompt)["ball"]
    assert path[-1][0] - path[0][0] > 0.5 and None not in path


def test_the_moving_thing_after_a_signed_call_is_the_one_that_passes():
    prompt = "All units, Tower: traffic, a cat, from the left of the car to the right of the car. The car stays parked. " \
             "Stand by. Roger."
    assert names(prompt) == ["car", "cat"]
    found = centres(prompt)
    cat, car = found["cat"], found["car"]
    assert len(set(car)) == 1
    assert cat[0][0] < car[0][0] - 0.1 and abs(cat[len(cat) // 2][0] - car[0][0]) < 0.15 and cat[-1][0] > car[0][0] + 0.1
