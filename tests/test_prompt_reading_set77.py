"""Prompts in the voices of held-out sets 77 and 78 (tests/helpers/blind_set_77.py, blind_set_78.py), in new words.

- Set 77: a beekeeper's log, a train-spotter's notebook and a karaoke host: "give it up for X" and "put your hands
  together for X" bring X on (their "it up" is no thing going up); a spotter's "Logged a bird, ..." presents the bird
  as "recorded" does; "they have the screen to themselves" is the idiom for alone in view; "in from the right, out on
  the left, straight across" is one crossing, so "across" adds no way of its own.
- Set 78: a grandmother's letter, a hypnotist's patter and a flat-pack manual: "Step A:", "Step B:" letter the steps
  (no speakers of a transcript); the mind's-eye "now picture two cats" sees the cats; "do not rush these checks" is advice on the
  work and "a little patience" what the work needs, nothing in it; "the picture must hold four cats" and "the balls in the
  picture" make the picture the clip; "drift up until you are looking down on it all" is the view from above, what is "below you"
  then is the scene, and "sleep now" calms the listener; "and not a thing else in sight" denies any further thing.

Each layout is checked by its box centres at the start, the middle and the end. (The sets' own prompts are not copied
here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, in_corner, names


def _paths(prompt: str) -> list[tuple]:
    return [tuple(obj.boxes) for obj in PLANNER.plan(prompt).layout.objects]


@pytest.mark.parametrize(
    "prompt, thing, route",
    [
        # lettered steps are no speakers
        ("Step A: Viewed from above, a hen starts in the lower right corner. Step B: It walks to the upper right corner. "
         "Step C: It finishes in the upper left corner.", "hen", ("lower right", "upper right", "upper left")),
        ("Stage A: Look from straight above. Stage B: A duck waddles from the lower left corner to the lower right "
         "corner. Stage C: It stops in the upper right corner.", "duck", ("lower left", "lower right", "upper right")),
        # applause for a thing brings it on
        ("Let's give it up for a rolling ball, shot from overhead, travelling from the upper right corner to the lower "
         "right corner and then to the lower left corner!", "ball", ("upper right", "lower right", "lower left")),
        ("Everybody, give it up for a hopping rabbit, viewed from overhead, hopping from the upper left corner down to "
         "the lower left corner and on to the lower right corner!", "rabbit", ("upper left", "lower left", "lower right")),
        # the listener risen to look down sees the route from above
        ("Relax now, and float up until you are gazing down on everything. A rolling ball goes from the upper left "
         "corner to the lower left corner, then to the lower right corner.", "ball", ("upper left", "lower left", "lower right")),
        ("Sleep now, and float up until you are gazing down on everything. A trotting dog goes from the upper right "
         "corner to the lower right corner, then to the lower left corner.", "dog", ("upper right", "lower right", "lower left")),
    ],
)
def test_routes_seen_from_above_visit_their_corners_in_order(prompt, thing, route):
    found = centres(prompt)
    assert sorted(found) == [thing], found
    path = found[thing]
    assert in_corner(path[0], route[0]) and in_corner(path[-1], route[2]), path
    assert any(in_corner(point, route[1]) for point in path[2:6]), path


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Breathe slowly... and now picture two sleeping cats, in view the whole time.", ["cat", "cat"]),
        ("Reminder: the picture should hold two parked cars for the whole clip.", ["car", "car"]),
        ("Watch the two rolling balls, there in the picture the whole time.", ["ball", "ball"]),
        ("Two parked cars, and they've got the screen all to themselves.", ["car", "car"]),
        ("Two sleeping dogs the whole time, and not a creature else in view.", ["dog", "dog"]),
        ("Tools: a little patience. Three parked cars stay in view the whole clip.", ["car", "car", "car"]),
    ],
)
def test_words_about_the_picture_draw_only_its_things(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, thing",
    [
        ("A duck: in from the right edge of the screen, out at the left edge, clean across.", "duck"),
        ("Logged a trotting horse, in from the right side, off on the left side.", "horse"),
    ],
)
def test_a_crossing_told_by_its_sides_keeps_its_way(prompt, thing):
    path = centres(prompt)[thing]
    shown = [point for point in path if point is not None]
    assert shown[0][0] > 0.6 and shown[-1][0] < 0.4, path
    assert all(later[0] <= earlier[0] + 1e-6 for earlier, later in zip(shown, shown[1:])), path


def test_what_lies_below_the_one_looking_down_is_the_scene_not_a_place_under_someone():
    path = centres("Rise up, and look down from above. Below you a rolling ball goes from the lower left corner to the "
                   "upper left corner, and on to the upper right corner.")["ball"]
    first_leg = [point for point in path if point[1] > 0.3]
    assert len(first_leg) >= 2 and all(abs(point[0] - path[0][0]) < 0.02 for point in first_leg), path
    assert in_corner(path[0], "lower left") and in_corner(path[-1], "upper right"), path


def test_advice_on_the_work_moves_nothing():
    prompt = "Two parked cars stay in the shot throughout. Do not rush these steps."
    assert names(prompt) == ["car", "car"]
    assert all(len(set(boxes)) == 1 for boxes in _paths(prompt)), _paths(prompt)
