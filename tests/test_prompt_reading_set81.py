"""Prompts in the voices of held-out sets 81 and 82 (tests/helpers/blind_set_81.py, blind_set_82.py), in new words.

- A hypnotist's "look down, from high above, at a ball" is the view from above however the "from" is set off, so a
  verbless list of corners joined by pauses ("Upper right corner... lower right corner...") is the ball's route.
- An air-traffic controller's call to everyone on the channel ("Tower to all stations:", "All stations, Tower:") names
  the caller, no tower in the clip, and its orders ("Hold short.", "Stand by.", "Wilco.") are no things or moves.
- A seminar's "One might object that ...; ..." raises a doubt about the supposed case and answers it: argument, no
  part of the case, so neither the objection nor its answer adds, removes or hides a thing.
- An oracle's "when the first half wanes" (or "ebbs away", "draws to a close") is the first half ending, so what is
  denied then is denied in the second half, and "wanes" is no thing.
- A ransom note's "We are watching." is someone looking, no keeper's watch, so the bare corners listed before it stay
  the route's (not a log's sides); and its "a moving car, lower left corner, to upper left corner, ..." starts at the
  bare corner set off before the first "to".
- A controller's "a dog is cleared across the frame" (or a marshal's "waved across") lets the dog go that way: it
  goes, once, the way the sides after it say.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names, passes_still_thing


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


def test_an_objection_and_its_answer_keep_the_supposed_things_in_view():
    prompt = ("Suppose the clip holds two rolling balls and nothing else, in view throughout. One might object that balls "
              "roll out of frame; stipulate that they are kept in frame.")
    layout = PLANNER.plan(prompt).layout
    assert names(prompt) == ["ball", "ball"]
    assert all(None not in obj.boxes for obj in layout.objects)


def test_an_objection_does_not_take_the_still_thing_away():
    prompt = ("Assume a truck stays parked and a bird flies from the left of the truck to the right of the truck. A critic "
              "might protest that the truck is in the way; it is not.")
    assert names(prompt) == ["bird", "truck"]
    assert passes_still_thing(prompt, "bird", "truck", rightward=True)


def test_an_objection_leaves_the_supposed_absence_as_it_was():
    prompt = ("Suppose no car is there in the first half, and a red car drives in during the second half. It may be objected "
              "that the car was out of shot; the example says it was not there.")
    assert names(prompt) == ["red car"]
    path = centres(prompt)["red car"]
    assert path[0] is None and path[1] is None and path[-1] is not None


@pytest.mark.parametrize(
    "prompt, name",
    [
        ("Hear the prophecy: a sleeping dog in the first half, and once the first half ebbs away, no dog at all.", "dog"),
        ("It is written that a white bird shall perch through the first half, and that when the first half draws to a "
         "close there shall be no bird.", "white bird"),
    ],
)
def test_the_first_half_waning_is_the_second_half(prompt, name):
    assert names(prompt) == [name]
    path = centres(prompt)[name]
    assert path[0] is not None and path[2] is not None and path[-1] is None and path[-2] is None


def test_a_watcher_watching_keeps_no_log_of_the_listed_corners():
    prompt = "Seen from overhead: a trotting horse. Upper left corner, lower left corner, lower right corner. I am watching you."
    assert names(prompt) == ["horse"]
    path = centres(prompt)["horse"]
    assert path[0][0] < 0.35 and path[0][1] < 0.35  # upper left
    assert path[len(path) // 2][0] < 0.35 and path[len(path) // 2][1] > 0.4  # down the left side
    assert path[-1][0] > 0.65 and path[-1][1] > 0.65  # lower right


@pytest.mark.parametrize(
    "prompt, name, first, last",
    [
        ("Seen from above, a rolling ball, upper right corner, to lower right corner, then to lower left corner.", "ball",
         (0.8, 0.2), (0.2, 0.8)),
        ("Viewed from overhead: a trotting horse, upper left corner, to lower left corner, to lower right corner.", "horse",
         (0.2, 0.2), (0.8, 0.8)),
    ],
)
def test_a_bare_corner_after_the_thing_before_its_first_to_is_the_start(prompt, name, first, last):
    assert names(prompt) == [name]
    path = centres(prompt)[name]
    assert abs(path[0][0] - first[0]) < 0.1 and abs(path[0][1] - first[1]) < 0.1
    assert abs(path[-1][0] - last[0]) < 0.1 and abs(path[-1][1] - last[1]) < 0.1
    middle = path[len(path) // 2]
    assert abs(middle[0] - first[0]) < 0.1 and middle[1] > 0.4  # on its way down the first side


@pytest.mark.parametrize(
    "prompt, name",
    [
        ("A trotting horse is waved across the picture, right side to left side.", "horse"),
        ("A black cat is cleared across the frame, from the right side to the left side. Roger.", "black cat"),
    ],
)
def test_a_thing_cleared_or_waved_across_goes_one_way(prompt, name):
    assert names(prompt) == [name]
    xs = [point[0] for point in centres(prompt)[name]]
    assert xs[0] > 0.65 and 0.35 < xs[len(xs) // 2] < 0.65 and xs[-1] < 0.35
    assert all(later <= earlier + 1e-9 for earlier, later in zip(xs, xs[1:]))  # never back the other way
