"""Prompts the reader failed in a held-out set of long, rich requests (tests/helpers/blind_set_23.py), in new words.

Setting clauses about the light or the weather, seasons before a time of day, route times said as "the
halfway mark" or "the final stretch", a clip that a route "ends", and a sighting said before a route's times.
"""

import pytest

from tests.helpers.planned import PLANNER, names


def centres(prompt, name=None, num_keyframes=6):
    """(x, y) centre of the named (or only) object at every keyframe; None where it is out of view."""
    layout = PLANNER.plan(prompt, num_keyframes=num_keyframes).layout
    if name is None:
        assert len(layout.objects) == 1, [o.name for o in layout.objects]
        boxes = layout.objects[0].boxes
    else:
        boxes = next(o for o in layout.objects if o.name == name).boxes
    return [None if b is None else (round((b[0] + b[2]) / 2, 3), round((b[1] + b[3]) / 2, 3)) for b in boxes]


def region(point):
    """The quarter of the frame a centre lies in, as LVD's sequential check names it."""
    x, y = point
    return ("lower " if y > 0.5 else "upper ") + ("left" if x < 0.5 else "right")


def route(prompt, num_keyframes=6):
    """Regions at the first, middle and last keyframe (the three places a sequential prompt names)."""
    path = centres(prompt, num_keyframes=num_keyframes)
    assert all(p is not None for p in path), path
    return [region(path[k]) for k in (0, num_keyframes // 2, -1)]


# ------------------------------------------------------------------ clauses about the light and the weather
@pytest.mark.parametrize(
    "prompt",
    [
        "A goat trots from the left to the right as the daylight slowly fades.",
        "A pony ambles rightward while the wind gently dies down.",
        "As the sun sinks low, a hen walks from the left over to the right.",
        "A heron glides to the right while the light fades to grey.",
    ],
)
def test_a_clause_about_the_light_or_weather_moves_and_hides_nothing(prompt):
    assert len(names(prompt)) == 1
    path = centres(prompt)
    assert all(p is not None for p in path), path  # "fades", "dies down", "sinks", "clears" are the setting's
    assert path[0][0] < 0.35 and path[-1][0] > 0.65


def test_a_light_clause_after_a_two_object_pass_keeps_the_passer_in_view():
    prompt = "A fox, which begins on the left of a van, trots past it and finishes on the van's right as the evening light fades."
    fox, van = centres(prompt, "fox"), centres(prompt, "van")
    assert all(p is not None for p in fox + van)
    assert fox[0][0] < van[0][0] and fox[-1][0] > van[-1][0]


@pytest.mark.parametrize("season", ["spring", "fall", "autumn", "summer", "winter"])
def test_a_season_before_a_time_of_day_is_no_move(season):
    prompt = f"On a bright {season} afternoon, an owl flies from the left of a crate to the right of the crate."
    assert names(prompt) == ["crate", "owl"]
    owl = centres(prompt, "owl")
    assert all(b[0] >= a[0] for a, b in zip(owl, owl[1:]))  # one way across, no spring or fall first
    assert len({y for _, y in owl}) == 1


# ------------------------------------------------------------------ route times said in other words
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Shot from overhead, a hare begins in the upper right, gets to the lower right by the halfway mark, "
         "and finishes the clip in the lower left.", ["upper right", "lower right", "lower left"]),
        ("Seen from above, a puck starts in the lower left, slides to the upper left by the halfway point, "
         "and for the final stretch glides across to the upper right.", ["lower left", "upper left", "upper right"]),
        ("From directly above, a beetle begins in the upper left, is in the lower left by the midpoint, "
         "and for the last leg scuttles over to the lower right.", ["upper left", "lower left", "lower right"]),
        ("From overhead, a duck starts in the lower right, swims to the upper right, "
         "and ends its journey in the upper left.", ["lower right", "upper right", "upper left"]),
    ],
)
def test_halfway_marks_final_stretches_and_ending_the_clip_are_route_words(prompt, expected):
    assert len(names(prompt)) == 1
    assert route(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "From overhead, a duck starts in the lower right, swims to the upper right by the halfway mark, and ends the clip in the "
        "upper left.",
        "Seen from above, a hare hops to the upper left by the halfway point and finishes its run in the upper right.",
    ],
)
def test_the_halfway_mark_and_ending_the_clip_are_read_not_reported(prompt):
    notes = PLANNER.plan(prompt).notes
    assert not [n for n in notes if "did not understand" in n], notes


@pytest.mark.parametrize(
    "prompt",
    [
        "Looking down from above, we see a hare that starts in the upper left, hops to the lower left by the midpoint, "
        "and ends in the lower right.",
        "From overhead, a crab is seen starting in the lower right, scuttling to the upper right by the midpoint, "
        "and then over to the upper left.",
    ],
)
def test_a_sighting_before_a_route_with_a_by_time_is_in_view_from_the_start(prompt):
    path = centres(prompt)
    assert all(p is not None for p in path), path


def test_a_sighting_by_the_midpoint_still_says_when_it_comes_into_view():
    path = centres("A rabbit is visible by the midpoint and not before.", num_keyframes=8)
    assert path[0] is None and path[-1] is not None


# ------------------------------------------------------------------ a side said with a posture, or late
@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("A hen is perched to the left of a crate; it slowly hops past until, by the end, it is to the crate's right.",
         "hen", "crate", False),
        ("At first a fox is hunched to the left of a barrel; it creeps past, and at the close it is on the barrel's right.",
         "fox", "barrel", False),
        ("A pony is standing to the right of a van at the start; it walks past it and at the end it is to the van's left.",
         "pony", "van", True),
        ("A goose is crouched on the right of a bench, then it waddles past, and at the end it is on the bench's left.",
         "goose", "bench", True),
        ("A lamb is to the left of a tractor; it trots past, and by the end it is to the tractor's right.", "lamb",
         "tractor", False),
        # a side said in a clause that began "at first" / "initially" is where it begins, whatever the verb
        ("At first a swan is gliding to the right of a raft; slowly it drifts past until, by the end, it is on the raft's left.",
         "swan", "raft", True),
        ("Initially a calf is grazing on the left of a shed, and then it ambles past, ending on the shed's right.",
         "calf", "shed", False),
    ],
)
def test_a_posture_beside_a_reference_is_the_start_and_a_late_side_is_the_end(prompt, mover, reference, leftward):
    path = [x for x, _ in centres(prompt, mover)]
    still = [x for x, _ in centres(prompt, reference)]
    assert len(set(still)) == 1
    if leftward:
        path, still = [-x for x in path], [-x for x in still]
    assert path[0] < still[0] < path[-1]
    assert all(a <= b for a, b in zip(path, path[1:]))  # one way past it, never back


# ------------------------------------------------------------------ routes with their times said around them
@pytest.mark.parametrize(
    "prompt, expected",
    [
        # a goal said again with a time is when that leg ends, not a trip back to it
        ("From above, a hare hops from the upper left to the lower left and then to the lower right, "
         "being in the lower left right at the midpoint.", ["upper left", "lower left", "lower right"]),
        # a where-clause that only says it is at the place just named
        ("From overhead, a goat trots from the upper right, where it waits at first, to the upper left by the midpoint, "
         "and then down to the lower left by the end.", ["upper right", "upper left", "lower left"]),
        ("Seen from above, a crab scuttles from the lower left, where it is initially, to the lower right, "
         "and then up to the upper right.", ["lower left", "lower right", "upper right"]),
        # a trailing move that says no place tells how the path went; it is no extra leg
        ("From above, a puck slides from the upper left down to the lower left and then over to the lower right, "
         "losing speed as it goes.", ["upper left", "lower left", "lower right"]),
        ("From high above, a duck swims from the lower right to the upper right and then to the upper left, "
         "reaching the first by the midpoint and the second by the end.", ["lower right", "upper right", "upper left"]),
        # the next clause's time is not the last leg's
        ("From straight above, a cart waits in the upper left at the start; by the midpoint it has been pushed down to "
         "the lower left, and by the end it has been pushed across to the lower right.",
         ["upper left", "lower left", "lower right"]),
        ("Overhead, a ball is in the lower right at first; by the midpoint it has rolled to the upper right, "
         "and by the end it has rolled over to the upper left.", ["lower right", "upper right", "upper left"]),
    ],
)
def test_a_route_keeps_its_legs_when_times_and_asides_are_said_around_them(prompt, expected):
    assert len(names(prompt)) == 1
    assert route(prompt) == expected
    assert route(prompt, num_keyframes=9) == expected


def test_a_goal_said_again_with_the_midpoint_sets_when_that_leg_ends():
    prompt = ("From above, a hare hops from the upper left to the lower left and then to the lower right, "
              "being in the lower left at the midpoint.")
    path = centres(prompt, num_keyframes=9)
    assert path[4] == pytest.approx((0.2, 0.78), abs=0.02)  # keyframe 4 of 0..8 is the midpoint
    assert path[-1][0] > 0.7 and path[-1][1] > 0.5  # and it goes on to the lower right, not back


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # "slowing down" is how fast it goes, not a turn downward on the last leg
        ("From overhead, a fox trots from the lower right up to the upper right and then across to the upper left, "
         "slowing down as it goes.", ["lower right", "upper right", "upper left"]),
        ("Seen from above, a kart drives from the upper left to the upper right, then settles down and rolls over to "
         "the upper left again.", ["upper left", "upper right", "upper left"]),
        # "for the remaining stretch": the leg after the one said
        ("Filmed from above, a cat starts in the upper right, is in the lower right by the midpoint, "
         "and for the remaining stretch pads over to the lower left.", ["upper right", "lower right", "lower left"]),
        ("From high overhead, a toad begins in the lower left, has hopped to the upper left by the halfway mark, "
         "and spends the last stretch hopping over to the upper right.", ["lower left", "upper left", "upper right"]),
    ],
)
def test_easing_words_and_the_remaining_stretch_leave_the_legs_as_said(prompt, expected):
    assert len(names(prompt)) == 1
    assert route(prompt) == expected


@pytest.mark.parametrize("said", ["by the halfway point", "by the halfway mark", "by the midpoint"])
def test_a_goal_reached_by_the_midpoint_is_reached_then_not_set_off_for_then(said):
    prompt = f"From above, a fox trots from the lower right up to the upper right {said} and then across to the upper left."
    path = centres(prompt, num_keyframes=9)
    assert path[4] == pytest.approx((0.8, 0.22), abs=0.02)  # at the goal at the midpoint (keyframe 4 of 0..8)
    assert path[2][1] < 0.7  # already well under way a quarter in


# ------------------------------------------------------------------ more setting words and route asides
@pytest.mark.parametrize(
    "prompt",
    [
        "Under a hazy afternoon sun, a hen struts from the left of a crate to the crate's right.",
        "Beneath the pale winter sky, a hen struts from the left of a crate to the crate's right.",
    ],
)
def test_the_sun_or_sky_overhead_is_no_object(prompt):
    assert names(prompt) == ["crate", "hen"]


def test_photographed_straight_down_names_the_view_not_a_way_down():
    prompt = ("Photographed straight down, a vole starts in the upper right, scurries to the upper left by the midpoint, "
              "and then over to the lower left.")
    path = centres(prompt, num_keyframes=9)
    assert all(y == pytest.approx(0.22, abs=0.02) for _, y in path[:5])  # it keeps to the top until the last leg
    assert route(prompt) == ["upper right", "upper left", "lower left"]


def test_arriving_at_an_earlier_goal_at_the_midpoint_is_when_that_leg_ends():
    prompt = ("From overhead, a kite is drifting from the upper right to the upper left and after that down to the lower left, "
              "arriving at the upper left precisely at the midpoint.")
    path = centres(prompt, num_keyframes=9)
    assert all(p is not None for p in path), path  # arriving at a place is no late entrance
    assert path[4] == pytest.approx((0.2, 0.22), abs=0.02)
    assert route(prompt, num_keyframes=9) == ["upper right", "upper left", "lower left"]
