"""When a lone object is in view and where it goes, said in orders the clause reader does not bind:
fronted times, negated arrivals, states far from their time words (our own phrasings)."""

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.visibility_cues import visibility_verdict
from tests.helpers import lvd_benchmark as bench

PLANNER = PhysicsPlanner()


def seen(prompt, noun, appears):
    """LVD's own visibility rule on the planner's layout."""
    return bench.visibility(noun, appears, bench.layout_condition(PLANNER.plan(prompt).layout))


@pytest.mark.parametrize("prompt, noun", [
    ("A goat does not show until the second half of the clip", "goat"),
    ("A duck steps into frame after the film's midpoint", "duck"),
    ("Halfway into the video, a pony makes its first appearance on the lawn", "pony"),
    ("Late in the film a red kite comes onto the screen and stays there", "kite"),
])
def test_an_arrival_with_its_time_anywhere_in_the_sentence(prompt, noun):
    assert seen(prompt, noun, appears=True)


@pytest.mark.parametrize("prompt, noun", [
    ("Beyond the midpoint, the fox is no longer anywhere to be found", "fox"),
    ("A tram shows up at the start and is out of the frame for the back half", "tram"),
    ("The hen, on screen in the opening seconds, has left the shot by the halfway mark", "hen"),
])
def test_a_departure_with_its_time_anywhere_in_the_sentence(prompt, noun):
    assert seen(prompt, noun, appears=False)


def test_the_verdict_pairs_each_cue_with_the_nearest_time_in_its_own_clause():
    assert visibility_verdict("a bus appears at the start and is out of the picture for the latter half") == "vanish"
    assert visibility_verdict("nothing is there early on; then a deer enters the frame") == "appear"
    assert visibility_verdict("after the opening half, a hen is nowhere to be seen") == "vanish"
    assert visibility_verdict("a bus is first seen on the left and last seen on the right") is None  # a crossing
    assert visibility_verdict("a boat leaves the lower left and ends at the top right") is None  # a place, not the frame


def moves(prompt, noun, leftward):
    return bench.one_object_motion(noun, leftward, bench.layout_condition(PLANNER.plan(prompt).layout))


def visits(prompt, noun, route):
    return bench.sequential(noun, route, bench.layout_condition(PLANNER.plan(prompt).layout))


@pytest.mark.parametrize("prompt, noun, leftward", [
    ("A tram crosses the frame in the left direction, starting off right", "tram", True),
    ("A kite is first spotted on the left and last spotted on the right", "kite", False),
    ("The hare, initially seen on the right, is last seen on the left", "hare", True),
    ("A lynx runs rightward, starting from the far left", "lynx", False),
    ("A stoat scampers from the far-right edge to the extreme left", "stoat", True),
])
def test_start_and_end_said_as_sightings_or_a_trailing_start(prompt, noun, leftward):
    assert moves(prompt, noun, leftward)


@pytest.mark.parametrize("prompt, noun, route", [
    ("Top-down: a hen heads to the upper right from its start point at the lower right, then on to the upper left",
     "hen", ("lower right", "upper right", "upper left")),
    ("Overhead, a canoe leaves the lower left, halts in the lower right, and then continues to the top right",
     "canoe", ("lower left", "lower right", "upper right")),
])
def test_a_start_spot_after_the_goal_and_a_pause_as_a_waypoint(prompt, noun, route):
    assert visits(prompt, noun, route)


@pytest.mark.parametrize("prompt, noun, route", [
    ("From above, a pony walks to the lower right first and to the upper right second, having started in the lower left",
     "pony", ("lower left", "lower right", "upper right")),
    ("Top-down: an ox walks first to the upper left, then to the upper right, starting at the lower left",
     "ox", ("lower left", "upper left", "upper right")),
    ("Overhead view; a crab early on at the top right, around the midpoint at the top left, by the close at the bottom left",
     "crab", ("upper right", "upper left", "lower left")),
])
def test_a_trailing_start_of_the_whole_path_and_places_listed_with_times(prompt, noun, route):
    assert visits(prompt, noun, route)


def test_a_camera_said_to_stay_still_makes_no_move():
    prompt = "The camera stays fixed while a kite drifts from left to right"
    assert PLANNER.plan(prompt).layout == PLANNER.plan("A kite drifts from left to right").layout
    assert moves("Locked-off shot: the camera holds still as a mule trots from right to left", "mule", True)


def test_a_describing_word_before_a_path_is_the_place():
    layout = PLANNER.plan("On a gravel path, a hare runs from left to right").layout
    assert [o.name for o in layout.objects] == ["hare"]


@pytest.mark.parametrize("prompt", [
    "Seen from overhead, a yak follows a route that brings it from the top left to the top right and then to the bottom right",
    "Top-down: a yak traces a winding course from the upper left to the upper right, then to the lower right",
])
def test_a_route_followed_is_the_subjects_move(prompt):
    assert visits(prompt, "yak", ("upper left", "upper right", "lower right"))


@pytest.mark.parametrize("side", ["left", "right"])
def test_entering_and_leaving_by_the_same_side_is_a_visit_that_turns_back(side):
    layout = PLANNER.plan(f"A dog enters on the {side} and exits on the {side}").layout
    row = bench.layout_condition(layout).boxes[0]
    shown = [k for k, box in enumerate(row) if box[2] != 0]
    assert shown and shown[0] > 0 and shown[-1] < len(row) - 1  # out of view at the start and at the end
    centres = [(row[k][0] + row[k][2]) / 2 for k in shown]
    deepest = max(centres) if side == "left" else min(centres)
    assert abs(deepest - 0.5) < 0.15  # it comes well into the frame before turning back


@pytest.mark.parametrize("prompt, noun, appears", [
    ("A kite that drifts out of frame before the halfway point", "kite", False),
    ("A van rolls out of the shot in the first half of the clip", "van", False),
    ("The mule can no longer be seen in the second half", "mule", False),
    ("A heron lands in the scene during the later half", "heron", True),
    ("A lynx is filmed for the first half and then walks off camera", "lynx", False),
])
def test_a_move_out_of_the_frame_is_a_leave_and_a_landing_in_the_scene_an_arrival(prompt, noun, appears):
    assert seen(prompt, noun, appears)


def test_time_of_day_and_nothing_else_are_not_visibility():
    assert visibility_verdict("a video in the early morning mist with 1 ball and nothing else") is None
    assert visibility_verdict("a crane is out of the picture at first and flies in later") == "appear"
    assert visibility_verdict("the second half shows a cat that was not there before") == "appear"  # a bare "before"
    # the time in the cue's own comma-free stretch wins over a nearer one across a comma
    assert visibility_verdict("a duck, seen at first, is not seen again after the midpoint") == "vanish"


@pytest.mark.parametrize("half, appears", [("initial", False), ("concluding", True), ("remaining", True)])
def test_more_words_for_a_half(half, appears):
    assert seen(f"A realistic clip in which a heron can be seen solely during the {half} half of the video", "heron", appears)


@pytest.mark.parametrize("prompt, noun, appears", [
    ("Halfway, a kite swoops in", "kite", True),
    ("Halfway, a kite sails away and does not come back", "kite", False),
    ("A mule stops being visible in the second half", "mule", False),
    ("A mule is nowhere in sight at the outset but is in plain view by the end", "mule", True),
])
def test_any_verb_in_or_away_and_stopping_being_seen(prompt, noun, appears):
    assert seen(prompt, noun, appears)


def test_a_place_in_the_middle_and_a_camera_zooming_in_say_nothing_about_visibility():
    assert visibility_verdict("a cat sits in the middle, the camera zooms in") is None
    layout = PLANNER.plan("a cat sits in the middle, the camera zooms in").layout
    assert all(box is not None for box in layout.objects[0].boxes)
    # "until" bounds the state said before it, not one said after it
    assert visibility_verdict("a rabbit is visible until the middle of the video, "
                              "after which it is no longer visible") == "vanish"


def test_a_leg_along_an_edge_keeps_to_that_edge_at_both_ends():
    from pipelines.lvd.prompt_reading import read_prompt
    from pipelines.lvd.prompt_tokens import region_point
    leg = read_prompt("A beetle crawls up the left edge from bottom to top").entities[0].motions[0]
    assert (leg.start, leg.end) == (region_point("bottom left"), region_point("top left"))
    leg = read_prompt("A snail creeps along the bottom edge from right to left").entities[0].motions[0]
    assert (leg.start, leg.end) == (region_point("bottom right"), region_point("bottom left"))


@pytest.mark.parametrize("prompt, noun, route", [
    ("Seen from above, an ant walks down the right edge from top to bottom, then along the bottom edge to the lower-left corner",
     "ant", ("upper right", "lower right", "lower left")),
    ("Top-down: a mouse quits the top-right corner, scurries down the right side to the bottom-right corner, "
     "then along the bottom to the bottom-left corner", "mouse", ("upper right", "lower right", "lower left")),
    ("Overhead: starting top right, a scooter rolls down to the bottom right, then left to the bottom left",
     "scooter", ("upper right", "lower right", "lower left")),
])
def test_routes_said_as_edges_of_the_frame(prompt, noun, route):
    assert visits(prompt, noun, route)


@pytest.mark.parametrize("prompt, noun, route", [
    ("Route of a hare (overhead camera): checkpoint 1 upper-right quadrant, checkpoint 2 lower-right quadrant, "
     "checkpoint 3 lower-left quadrant", "hare", ("upper right", "lower right", "lower left")),
    ("Path for the goose: point 1 upper-left quadrant, point 2 upper-right quadrant, point 3 lower-right quadrant "
     "(top-down camera)", "goose", ("upper left", "upper right", "lower right")),
])
def test_numbered_waypoints_and_quadrants_are_the_places_in_order(prompt, noun, route):
    assert visits(prompt, noun, route)


@pytest.mark.parametrize("prompt, noun, route", [
    ("Seen from overhead, the crow sat at the top on the right, then it hopped down to the bottom on the right, "
     "then over to the bottom on the left", "crow", ("upper right", "lower right", "lower left")),
    ("It begins top right, heads to bottom right, then to bottom left: a hedgehog, shot from above",
     "hedgehog", ("upper right", "lower right", "lower left")),
    ("Viewed from above, a weasel starts upper left; it then runs upper right; it ends lower right",
     "weasel", ("upper left", "upper right", "lower right")),
])
def test_a_corner_said_in_two_parts_and_an_object_named_after_its_route(prompt, noun, route):
    assert visits(prompt, noun, route)


@pytest.mark.parametrize("prompt, noun, route", [
    ("Looking down from a rooftop, we see a cat sitting in the top-left corner of our view stand up, pad over to the "
     "top-right corner, stretch for a bit, and then stroll down to the bottom-right corner",
     "cat", ("upper left", "upper right", "lower right")),
    ("With the meadow filling the frame, seen from above, the pony begins in the upper left, canters over to the "
     "upper right, and ends in the lower right", "pony", ("upper left", "upper right", "lower right")),
])
def test_stops_in_a_long_sentence_after_a_scene_setting_phrase(prompt, noun, route):
    assert visits(prompt, noun, route)


@pytest.mark.parametrize("prompt, noun, appears", [
    ("In a 12-second video, a heron lands in frame at 0:07", "heron", True),
    ("In this 6-second clip, show a kayak only from 0:00 to 0:03", "kayak", False),
    ("For the opening 45% of the clip a lamp is visible", "lamp", False),
    ("At 65% of the way through, a beetle crawls into view", "beetle", True),
])
def test_clock_times_and_shares_are_read_against_the_clip_length(prompt, noun, appears):
    assert seen(prompt, noun, appears)


def test_a_clock_time_without_a_clip_length_is_no_half():
    assert visibility_verdict("a heron lands in frame at 0:07") is None


@pytest.mark.parametrize("prompt, noun, appears", [
    ("A badger that won't be visible until the latter half of the film", "badger", True),
    ("The otter wasn't there at the start of the clip", "otter", True),
    ("The pier is deserted early on; a fishing boat pulls in near the halfway mark", "boat", True),
    ("Over the first half the beach looks empty, and a crab scuttles onto the screen in the second half", "crab", True),
    ("Schedule for the goose: absent for the first half, present for the second.", "goose", True),
])
def test_negated_presence_empty_scenes_and_schedules_in_label_form(prompt, noun, appears):
    assert seen(prompt, noun, appears)


@pytest.mark.parametrize("prompt, noun", [
    ("The puppy is in shot at the outset; by the halfway mark it has scampered out of the picture", "puppy"),
    ("A drone buzzes around; it's out of the frame before the clip is half over", "drone"),
    ("Well before the first half is over the kite is swept away and never comes back", "kite"),
    ("The moth flutters by early on and is never seen again after the first few seconds", "moth"),
])
def test_deadlines_and_leaving_verbs_outside_the_tables_vanish(prompt, noun):
    assert seen(prompt, noun, appears=False)


def test_a_time_word_read_as_a_noun_is_not_a_second_object():
    prompt = "Roughly three quarters of the way through, a hare bounds into the picture"
    assert [obj.name for obj in PLANNER.plan(prompt).layout.objects] == ["hare"]
    assert seen(prompt, "hare", appears=True)


def test_a_resting_object_said_to_leave_by_the_midpoint_is_drawn_leaving():
    assert seen("The ox is in view at first; by the midpoint it has trudged out of shot", "ox", appears=False)


@pytest.mark.parametrize("prompt, noun, appears", [
    ("The jetty stays empty until about two thirds of the way in, when a pelican alights on it.", "pelican", True),
    ("The lorry is parked there early but has driven off by halfway.", "lorry", False),
    ("Hidden for the first half, visible for the second: a brown hen.", "hen", True),
    ("In a 9-second clip, a lynx is only shown from 0:00 to 0:04.", "lynx", False),
])
def test_hedged_until_driving_off_a_label_before_its_noun_and_an_adverb_in_is_shown(prompt, noun, appears):
    assert seen(prompt, noun, appears)


def test_a_sighting_in_question_order_keeps_its_modal_out_of_the_objects():
    prompt = "Only in the opening moments of the film can a marmot be seen."
    assert [obj.name for obj in PLANNER.plan(prompt).layout.objects] == ["marmot"]
    assert seen(prompt, "marmot", appears=False)


def test_a_can_that_is_a_thing_stays_an_object():
    prompt = "A tin can rolls to the right while a dog can be seen at the start"
    assert "can" in " ".join(obj.name for obj in PLANNER.plan(prompt).layout.objects)
