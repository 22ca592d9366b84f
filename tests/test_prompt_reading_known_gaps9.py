"""A ninth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

An emphatic denial ("not a single other thing enters", "not one dog appears") draws nothing; a route's middle stop said with
"reaches X halfway through", "arriving there halfway through", "is in X by the middle of the video" or after "and" is a stop
reached then, and a landing after a leg is the next stop; the clip's "one-third mark", "one-half mark" and "once the first half is
over" are times; a drifting or buoyant thing said to go to a corner gets there; going into a setting the viewer is inside is
coming into view; "nothing is visible until X comes in" is an empty start; "from A to B, and from B to C" is two legs and a hop
far down follows its path; a definite mention in another colour, "the other cat" after one cat, or "there is" another of its kind,
is another thing; "both of the dogs", "all three of the cats" and "two sheep graze" count the group; "steps out from behind" is an
appearance; "down the road" goes along it, across the picture; and "a cat is on the left and a dog on the right" places each where
its own clause says; and "A cat, a dog and a bird" lists three things.
"""

import pytest

from pipelines.lvd.clip_phrases import clip_phrases_in_words
from pipelines.lvd.prompt_reading import read_prompt
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, centres, names, planned_condition, seen_in


def boxes_by_object(prompt):
    return [obj.boxes for obj in PLANNER.plan(prompt).layout.objects]


# ------------------------------------------------------------ 1. an emphatic denial draws nothing
# (names drawn, prompt)
EMPHATIC_DENIALS = [
    (["dog"], "A dog walks from left to right, and not a single other thing enters."),
    (["cat"], "A cat walks to the left. Not a single dog appears."),
    (["cat", "cat"], "Two cats sit on a bench and not one other animal appears."),
    (["bird"], "There is not a single cloud, and a bird flies to the left."),
    (["plane"], "Not one single bird is in the sky while a plane flies right."),
]


@pytest.mark.parametrize("drawn, prompt", EMPHATIC_DENIALS)
def test_an_emphatic_denial_draws_nothing(drawn, prompt):
    assert names(prompt) == drawn
    for track in boxes_by_object(prompt):
        assert all(box is not None for box in track), track


def test_not_one_but_two_is_still_two():
    assert bench.numeracy("dog", 2, planned_condition("Not one dog but two sit on the grass."))


# ------------------------------------------------------------ 2. a route's middle stop, however it is said
# (noun, route of three corners, prompt)
MIDDLE_STOPS = [
    ("ball", ("lower left", "lower right", "upper right"),
     "A ball rolls from the lower left corner, reaches the lower right corner halfway through, and ends in the upper right "
     "corner."),
    ("kite", ("lower left", "upper left", "upper right"),
     "A kite starts in the lower left corner, reaches the upper left corner at the halfway mark, and ends in the upper right "
     "corner."),
    ("ball", ("lower left", "lower right", "upper right"),
     "A ball rolls from the lower left corner, is in the lower right corner halfway through, and ends in the upper right "
     "corner."),
    ("ball", ("upper left", "upper right", "lower right"),
     "A ball starts in the upper left corner and is in the upper right corner by the middle of the video before ending in the "
     "lower right corner."),
    ("cat", ("lower right", "lower left", "upper left"),
     "A cat starts in the lower right corner and is in the lower left corner halfway through, then ends in the upper left "
     "corner."),
    ("bee", ("lower left", "upper left", "upper right"),
     "A bee travels from the lower left corner to the upper left corner before it finally lands in the upper right corner."),
    ("bird", ("upper left", "upper right", "lower right"),
     "A bird flies from the upper left corner to the upper right corner and lands in the lower right corner."),
    ("car", ("upper left", "upper right", "lower right"),
     "A toy car drives from the upper left corner to the upper right corner, and from the upper right corner to the lower "
     "right corner."),
    ("dog", ("lower right", "lower left", "upper left"),
     "A dog runs from the lower right corner to the lower left corner and from the lower left corner to the upper left corner."),
    ("frog", ("upper left", "upper right", "lower right"),
     "A frog hops from the upper left corner to the upper right corner and, after that, hops to the lower right corner."),
    ("duck", ("lower right", "upper right", "upper left"),
     "A duck paddles from the lower right corner to the upper right corner, arriving there halfway through, and then to "
     "the upper left corner."),
]


@pytest.mark.parametrize("noun, route, prompt", MIDDLE_STOPS)
def test_a_route_middle_stop_is_reached_at_the_middle(noun, route, prompt):
    assert bench.sequential(noun, route, planned_condition(prompt))


def test_a_stop_reached_halfway_is_travelled_to_from_the_start():
    track = centres("A ball rolls from the lower left corner, reaches the lower right corner halfway through, and ends in the "
                    "upper right corner.", keyframes=9)["ball"]
    assert track[0][0] + 0.1 < track[2][0] < track[4][0] - 0.1, track  # a quarter of the way in, it is on its way


def test_arriving_there_is_reaching_the_place_not_coming_into_view():
    assert seen_in("A cat walks to the left and arrives there at the end.") == (True, True)
    assert bench.visibility("dog", True, planned_condition("A dog arrives halfway through."))


def test_a_landing_alone_is_where_the_thing_is():
    assert all(c == (pytest.approx(0.81, abs=0.05), pytest.approx(0.22, abs=0.05))
               for c in centres("A bird lands in the upper right corner.")["bird"])


# ------------------------------------------------------------ 3. the clip's marks and halves said in words
@pytest.mark.parametrize("said, meant", [("at the one-third mark", "one third of the way through"),
                                         ("by the two-thirds mark", "by two thirds of the way through"),
                                         ("at the one-half mark", "halfway through"),
                                         ("by the middle of the video", "by the midpoint"),
                                         ("once the first half is over", "in the second half")])
def test_the_clip_marks_are_its_times(said, meant):
    assert clip_phrases_in_words(f"a cat appears {said}.") == f"a cat appears {meant}."


@pytest.mark.parametrize("noun, appears, prompt", [
    ("duck", False, "A duck swims on the pond, then vanishes at the one-half mark."),
    ("rabbit", True, "A rabbit hops into the frame once the first half is over."),
    ("cat", True, "A cat walks into the room in the second half of the video."),
    ("man", True, "In the second half, a man comes into the kitchen."),
    ("car", True, "Nothing is visible until a car drives in during the second half."),
    ("rabbit", True, "The lawn is empty until a rabbit hops onto it in the second half."),
    ("dog", True, "Nothing is in view until a dog walks in."),
])
def test_times_and_arrivals_said_plainly(noun, appears, prompt):
    assert bench.visibility(noun, appears, planned_condition(prompt))


@pytest.mark.parametrize("noun, prompt", [
    ("fox", "Halfway through the video, a fox steps out from behind a tree."),
    ("cat", "A cat comes out from behind the sofa in the second half."),
])
def test_stepping_out_from_behind_is_appearing(noun, prompt):
    assert bench.visibility(noun, True, planned_condition(prompt))


def test_jumping_into_water_is_no_arrival():
    assert seen_in("A frog jumps into the pond.") == (True, True)


def test_until_a_time_is_still_a_time():
    # a presence said to last until the midpoint ends then ("stays until", "remains until"); a stillness said so ("sits
    # until the midpoint") ends its stillness, not its being there (tests/test_prompt_reading_sets_111_114.py)
    assert bench.visibility("cat", False, planned_condition("A cat is in view until the midpoint."))
    assert bench.visibility("cat", False, planned_condition("A cat stays until the midpoint."))
    assert bench.visibility("dog", False, planned_condition("A dog remains until halfway."))


# ------------------------------------------------------------ 4. drifting things go where they are said to
@pytest.mark.parametrize("noun, route, prompt", [
    ("balloon", ("lower right", "upper right", "upper left"),
     "A balloon drifts from the lower right corner up to the upper right corner and then over to the upper left corner."),
    ("leaf", ("upper left", "lower left", "lower right"),
     "A leaf drifts from the upper left corner to the lower left corner and then to the lower right corner."),
    ("balloon", ("lower left", "upper left", "upper right"),
     "A balloon floats from the lower left corner to the upper left corner and then drifts to the upper right corner."),
])
def test_a_drifting_thing_follows_its_route(noun, route, prompt):
    assert bench.sequential(noun, route, planned_condition(prompt))


def test_a_balloon_with_no_place_still_rises():
    track = centres("A balloon rises.")["balloon"]
    assert track[-1][1] < track[0][1] - 0.2, track


# ------------------------------------------------------------ 5. colours and groups said with "the"
@pytest.mark.parametrize("prompt, noun, first, second", [
    ("The red ball and the blue ball sit on the floor.", "ball", "red", "blue"),
    ("Both the white cat and the black cat sleep on the sofa.", "cat", "white", "black"),
])
def test_a_definite_mention_in_another_colour_is_another_thing(prompt, noun, first, second):
    assert bench.attribution(noun, noun, first, second, planned_condition(prompt))


def test_there_is_after_another_of_its_kind_names_a_new_one():
    assert bench.attribution("dog", "dog", "black", "white", planned_condition(
        "There is a black dog, and beside it there is a white dog."))
    assert names("There is a black dog; it is a big dog.") == ["big black dog"]  # "it is": the one named, described


def test_a_start_said_after_a_dash_corrects_the_first():
    assert bench.one_object_motion("bird", True, planned_condition(
        "A bird flying from left to right — sorry, reversed — from right to left."))


def test_the_other_one_after_a_single_one_is_a_second_one():
    assert bench.attribution("cat", "cat", "black", "orange", planned_condition("One cat is black; the other cat is orange."))
    assert names("A red ball and a blue ball; the other ball rolls.") == ["blue ball", "red ball"]  # one of the two named


def test_a_definite_mention_of_an_uncoloured_thing_colours_it():
    assert names("A ball rolls to the left. The red ball then stops.") == ["red ball"]


@pytest.mark.parametrize("noun, count, prompt", [
    ("sheep", 3, "Two sheep graze while a third sheep sleeps."),
    ("deer", 2, "Two deer doze in the shade."),
    ("dog", 2, "Both of the dogs sit on the grass."),
    ("cat", 3, "All three of the cats sleep."),
    ("car", 2, "Both of the cars are parked, and neither one moves."),
    ("dog", 2, "Two dogs sit. Both of the dogs sleep."),
])
def test_both_of_and_all_of_count_the_group(noun, count, prompt):
    assert bench.numeracy(noun, count, planned_condition(prompt))


# ------------------------------------------------------------ 6. along a level way is across the picture
@pytest.mark.parametrize("noun, leftward, prompt", [
    ("car", False, "The car travels rightward down the road until the video ends."),
    ("man", True, "A man walks up the street to the left."),
])
def test_down_the_road_is_along_it(noun, leftward, prompt):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


def test_down_the_road_alone_goes_across_and_down_a_hill_goes_down():
    road = centres("A car drives down the road.")["car"]
    assert abs(road[-1][0] - road[0][0]) > 0.3 and abs(road[-1][1] - road[0][1]) < 0.05, road
    assert [m.direction for m in read_prompt("A ball rolls down the hill.").entities[0].motions] == ["down"]


# ------------------------------------------------------------ 7. each of two things where its own clause puts it
@pytest.mark.parametrize("prompt, left, right", [
    ("A cat is on the left and a dog is on the right.", "cat", "dog"),
    ("A red ball sits on the left and a yellow ball sits on the right.", "red ball", "yellow ball"),
    ("There is a goat on the right and a sheep on the left.", "sheep", "goat"),
])
def test_each_thing_is_where_its_own_clause_puts_it(prompt, left, right):
    found = centres(prompt)
    assert all(c[0] < 0.4 for c in found[left]) and all(c[0] > 0.6 for c in found[right]), found


def test_a_direction_fronted_in_a_new_sentence_is_still_that_sentence_s():
    found = centres("Left to right: a gray van. Right to left: a white van.")
    assert found["white van"][-1][0] < found["white van"][0][0] - 0.2, found


# ------------------------------------------------------------ 8. a list opened by a counted noun and a comma
@pytest.mark.parametrize("drawn, prompt", [
    (["bird", "cat", "dog"], "A cat, a dog and a bird walk left."),
    (["bird", "cat", "cat", "dog"], "Two cats, a dog and a bird sit."),
    (["plane", "plane"], "Tower, two planes are circling."),  # a bare noun before the comma is still the one called
])
def test_a_list_opened_by_a_counted_noun_names_every_thing(drawn, prompt):
    assert names(prompt) == drawn
