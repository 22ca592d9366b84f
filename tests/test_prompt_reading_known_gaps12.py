"""A twelfth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A timed "no ..." of a group named before ("two ducks swim; in the second half, no ducks") is that group gone then, not
one more member; members of a counted group told apart by colour, each with a clause of its own ("two dogs run; the
brown one goes left and the white one goes right"), are things of their own; a follower whose verb names no one ("a
second bird follows (it)") follows the last other thing named; a speaker's topic with a relative clause after a comma
("a few words about three dogs, which run ...") is the scene; a fronted "before" clause ("Before it stops, a ball
rolls right") comes after the move it times; a move said to last "until the end" keeps its mover in view to the end,
and "right until the end" after a move is its way; "the end of the first half" is the midpoint; and "..., and neither
of them leaves" is a denial, not a departure.
"""

import pytest

from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, centres, names, planned_condition


def tracks(prompt, keyframes=6):
    """Each object's (name, box centres) in the order the layout lists them (objects of one name kept apart)."""
    layout = PLANNER.plan(prompt, num_keyframes=keyframes).layout
    return [(obj.name, [None if b is None else ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in obj.boxes])
            for obj in layout.objects]


# ------------------------------------------------------------ 1. a timed denial of a group named before
@pytest.mark.parametrize("prompt, noun", [
    ("Two ducks swim in the first half. In the second half, no ducks.", "duck"),
    ("Three birds are in view at first; in the second half, no birds at all.", "bird"),
    ("Two cars are parked during the first half, but no cars in the second half.", "car"),
])
def test_a_timed_denial_of_a_group_is_the_group_gone(prompt, noun):
    found = tracks(prompt)
    assert len(found) == int(prompt.split()[0] == "Three") + 2, found  # no extra member
    assert bench.visibility(noun, False, planned_condition(prompt))
    assert all(track[-1] is None for _, track in found), found


# ------------------------------------------------------------ 2. members told apart by colour, each its own move
@pytest.mark.parametrize("prompt, left, right", [
    ("Two dogs run; the brown one goes left and the white one goes right.", "brown dog", "white dog"),
    ("There are two balls; the green one rolls right and the yellow one rolls left.", "yellow ball", "green ball"),
    ("Show two cats: a black one walking left and a white one walking right.", "black cat", "white cat"),
])
def test_members_told_apart_by_colour_each_move_their_own_way(prompt, left, right):
    found = centres(prompt)
    assert sorted(found) == sorted((left, right)), found
    assert found[left][-1][0] < found[left][0][0] - 0.3 and found[right][-1][0] > found[right][0][0] + 0.3, found


def test_a_third_member_told_apart_keeps_still_while_the_others_move():
    found = centres("Three cats play; the black one runs left, the white one runs right, and the gray one sits.")
    assert found["gray cat"][0] == found["gray cat"][-1], found
    assert found["black cat"][-1][0] < found["black cat"][0][0] and found["white cat"][-1][0] > found["white cat"][0][0], found


def test_members_told_apart_without_moves_keep_their_relation():
    found = centres("There are two cars; the red one is parked behind the blue one.")
    assert sorted(found) == ["blue car", "red car"], found


# ------------------------------------------------------------ 3. a follower whose verb names no one
@pytest.mark.parametrize("prompt, leftward", [
    ("A bird flies to the right, and a second bird follows it.", False),
    ("A dog runs to the left, and a second dog follows it.", True),
    ("A cat walks left; a second cat follows.", True),
    ("A dog runs right and a puppy follows.", False),
])
def test_a_follower_with_no_one_named_follows_the_last_thing_named(prompt, leftward):
    found = tracks(prompt)
    assert len(found) == 2, found
    for _, track in found:
        moved = track[-1][0] - track[0][0]
        assert (moved < -0.2) if leftward else (moved > 0.2), found


def test_as_follows_is_no_following():
    found = centres("A cat sits. The ball moves as follows: it rolls left.")
    assert found["cat"][0] == found["cat"][-1], found


# ------------------------------------------------------------ 4. a speaker's topic with a relative clause
@pytest.mark.parametrize("prompt, noun, count", [
    ("I'll say a few words about three walking dogs, which run to the right.", "dog", 3),
    ("I'll say a few words about a ball, which rolls to the left.", "ball", 1),
])
def test_a_topic_with_a_relative_clause_after_a_comma_is_the_scene(prompt, noun, count):
    assert names(prompt) == [noun] * count


# ------------------------------------------------------------ 5. a fronted "before" clause
@pytest.mark.parametrize("prompt, leftward", [
    ("Before it stops, a ball rolls right.", False),
    ("Before it comes to rest, a car drives to the left.", True),
])
def test_a_fronted_before_clause_times_the_end_of_the_move(prompt, leftward):
    track = tracks(prompt)[0][1]
    assert bench.one_object_motion(prompt.split(", a ")[1].split()[0], leftward, planned_condition(prompt))
    assert abs(track[1][0] - track[0][0]) > 0.05, track  # moving at once, not waiting for the stop
    assert track[-1] == track[-2], track  # and still at the end


def test_a_fronted_before_that_names_a_time_stays_a_time():
    track = tracks("Before the midpoint, a ball rolls right.")[0][1]
    assert track[2][0] > track[0][0] + 0.3 and track[-1] == track[-2], track


# ------------------------------------------------------------ 6. "until the end" after a move; the first half's end
@pytest.mark.parametrize("prompt", [
    "From the start, a dog is in view; it walks to the right until the end.",
    "A dog is in view at the start; it walks to the right until the end.",
    "At the start, a dog is visible, and it walks right until the end.",
])
def test_a_move_until_the_end_keeps_its_mover_in_view(prompt):
    assert bench.one_object_motion("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, appears", [
    ("From the start, the bird is absent until the end of the first half.", True),
    ("A bird is hidden until the end of the first half.", True),
    ("A cat is visible until the end of the first half.", False),
    ("A dog appears at the start of the second half.", True),
])
def test_the_end_of_the_first_half_is_the_midpoint(prompt, appears):
    noun = next(word for word in ("bird", "cat", "dog") if word in prompt)
    assert bench.visibility(noun, appears, planned_condition(prompt))


def test_the_whole_visible_clip_is_unchanged_by_a_lasting_state():
    found = centres("A cat is visible at the start; it leaves before the midpoint and stays away until the end.", keyframes=6)
    assert found["cat"][0] is not None and found["cat"][-1] is None, found


# ------------------------------------------------------------ 7. a denial of leaving joined to its clause
@pytest.mark.parametrize("prompt, count", [
    ("Two dogs are playing in the park, and neither of them leaves.", 2),
    ("Three cars are parked, but not one of them drives away.", 3),
    ("Three cars are parked and none of them disappears.", 3),
])
def test_a_joined_denial_of_leaving_keeps_everyone(prompt, count):
    found = tracks(prompt)
    assert len(found) == count and all(track[-1] is not None for _, track in found), found


@pytest.mark.parametrize("prompt, count", [
    ("Neither of the two birds flies away.", 2),
    ("Three dogs play. None of the dogs runs off.", 3),
])
def test_a_denial_of_leaving_that_names_the_group_keeps_it(prompt, count):
    found = tracks(prompt)
    assert len(found) == count and all(track[0] == track[-1] for _, track in found), found


# ------------------------------------------------------------ 8. "one" after an absence, before a verb that is also a noun
@pytest.mark.parametrize("prompt, noun", [
    ("There is no bird at first, but one flies in and stays until the end.", "bird"),
    ("No ball at first; then one rolls in from the left.", "ball"),
])
def test_one_after_an_absence_is_the_thing_denied_even_before_a_noun_like_verb(prompt, noun):
    assert names(prompt) == [noun]
    assert bench.visibility(noun, True, planned_condition(prompt))


# ------------------------------------------------------------ 9. the clip's own halfway said as a clause; "has shown up"
@pytest.mark.parametrize("prompt, noun, appears", [
    ("By the time the clip is half over, a car has shown up.", "car", True),
    ("A bird has flown away by the time the video is half done.", "bird", False),
    ("By the midpoint, a car has shown up.", "car", True),
])
def test_the_clip_being_half_over_is_the_midpoint(prompt, noun, appears):
    assert bench.visibility(noun, appears, planned_condition(prompt))


# ------------------------------------------------------------ 10. colours shared out "respectively"
@pytest.mark.parametrize("prompt, noun, first, second", [
    ("Two cats, red and blue respectively, sit on a mat.", "cat", "red", "blue"),
    ("There are two balls, red and white respectively.", "ball", "red", "white"),
])
def test_colours_said_respectively_are_one_per_member(prompt, noun, first, second):
    assert names(prompt) == sorted((f"{first} {noun}", f"{second} {noun}"))


# ------------------------------------------------------------ 11. a pass said after the way; presence before a pass
@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A ball rolls to the right; it passes a box on the way.", "ball", "box", False),
    ("A ball rolls left, passing a chair that stands still.", "ball", "chair", True),
    ("A ball rolls to the right and passes a box.", "ball", "box", False),
])
def test_a_pass_said_after_the_way_is_that_way(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, leftward", [
    ("Both a cat and a dog are present; the cat walks past the dog to the left.", True),
    ("A cat and a dog are visible. The cat walks past the dog to the right.", False),
])
def test_things_said_present_before_a_pass_start_on_its_far_side(prompt, leftward):
    assert bench.two_object_motion("cat", "dog", leftward, planned_condition(prompt))


# ------------------------------------------------------------ 12. a command's thing ends before its relative clause
@pytest.mark.parametrize("prompt, noun, appears", [
    ("Show a dog that leaves in the middle of the video and does not return.", "dog", False),
    ("Show a dog that leaves halfway through.", "dog", False),
    ("Add a cat that appears halfway through.", "cat", True),
])
def test_a_shown_thing_s_relative_clause_is_its_own(prompt, noun, appears):
    assert bench.visibility(noun, appears, planned_condition(prompt))


# ------------------------------------------------------------ 13. "as fast as it can"; a jump out of sight
def test_a_pronoun_before_can_makes_it_the_modal():
    assert names("A dog runs as fast as it can to the right.") == ["dog"]
    assert bench.one_object_motion("dog", False, planned_condition("A dog runs as fast as it can to the right."))


def test_a_jump_out_of_sight_is_gone():
    prompt = "A cat is on the wall, and halfway through it jumps down out of sight."
    assert bench.visibility("cat", False, planned_condition(prompt))


# ------------------------------------------------------------ 14. "and the second ball is purple" after "is orange"
@pytest.mark.parametrize("prompt, noun, first, second", [
    ("The first ball is orange and the second ball is purple.", "ball", "orange", "purple"),
    ("One ball is red and the second ball is blue.", "ball", "red", "blue"),
])
def test_a_second_thing_after_a_described_one_is_another(prompt, noun, first, second):
    assert names(prompt) == sorted((f"{first} {noun}", f"{second} {noun}"))


# ------------------------------------------------------------ 15. carried away; an ordinal with no noun
def test_a_thing_taken_away_is_gone():
    assert bench.visibility("ball", False, planned_condition("Halfway through, the ball is picked up and taken away."))


@pytest.mark.parametrize("prompt, noun, count", [
    ("A cat sits at the window. A second cat joins it, and then a third.", "cat", 3),
    ("Two birds sit on a wire, and later a third.", "bird", 3),
])
def test_a_bare_ordinal_is_one_more_of_the_kind_named(prompt, noun, count):
    assert names(prompt) == [noun] * count


# ------------------------------------------------------------ 16. a still relative clause, then the mover's way
@pytest.mark.parametrize("prompt, leftward", [
    ("A dog runs past a cat that is sleeping, from left to right.", False),
    ("A dog runs past a cat that sleeps, from right to left.", True),
])
def test_a_way_after_a_still_relative_clause_is_the_mover_s(prompt, leftward):
    assert bench.two_object_motion("dog", "cat", leftward, planned_condition(prompt))


def test_a_moving_relative_clause_keeps_its_route_after_a_comma():
    prompt = "Show a bird that flies from the lower left corner to the lower right corner, then to the upper right corner."
    assert bench.sequential("bird", ("lower left", "lower right", "upper right"), planned_condition(prompt))


# ------------------------------------------------------------ 17. a time after "and then" is the later clause's
@pytest.mark.parametrize("prompt", [
    "A ball is visible, and then in the second half it isn't.",
    "A ball is visible, and then, in the second half, it is not.",
])
def test_a_presence_before_and_then_is_not_timed_by_the_later_clause(prompt):
    assert bench.visibility("ball", False, planned_condition(prompt))


# ------------------------------------------------------------ 18. a setting's side is the frame's
@pytest.mark.parametrize("prompt, noun, leftward", [
    ("A cat pads slowly toward the right side of the room.", "cat", False),
    ("A cat walks to the left side of the street.", "cat", True),
])
def test_a_side_of_the_setting_is_the_frame_s_side(prompt, noun, leftward):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


def test_a_side_of_a_thing_stays_that_thing_s():
    assert names("A cat walks to the right side of the table.") == ["cat", "table"]


# ------------------------------------------------------------ 19. a state set off by commas; passing a bench on the way
@pytest.mark.parametrize("prompt", [
    "A car drives past a truck, which is parked, from right to left.",
    "A car drives past a truck that is parked, from right to left.",
])
def test_a_way_after_a_parked_reference_s_aside_is_the_mover_s(prompt):
    assert bench.two_object_motion("car", "truck", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A boy walks left and passes a bench.", "boy", "bench", True),
    ("A man runs to the right and passes a tree.", "man", "tree", False),
])
def test_a_person_passing_something_no_hand_can_pass_goes_past_it(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_person_still_hands_on_a_ball():
    found = centres("A boy passes a ball to a girl.")
    assert found["boy"][0] == found["boy"][-1] and found["ball"][-1][0] > found["ball"][0][0] + 0.3, found


def test_neither_with_a_noun_denies_the_leaving():
    found = tracks("A dog barks at two cats, and neither cat runs away.")
    assert len(found) == 3 and all(track[-1] is not None for _, track in found), found


# ------------------------------------------------------------ 20. a definite plural named first is two or more
@pytest.mark.parametrize("prompt, noun", [
    ("The cats sleep on the sofa.", "cat"),
    ("The dogs run to the left.", "dog"),
])
def test_a_definite_plural_with_none_named_before_is_two(prompt, noun):
    assert bench.numeracy(noun, 2, planned_condition(prompt))


def test_a_definite_plural_after_its_group_is_that_group():
    assert names("Three birds sit on a wire. The birds then fly away.") == ["bird"] * 3


# ------------------------------------------------------------ 21. members told apart by size; a place set off by commas
@pytest.mark.parametrize("prompt, noun, first, second", [
    ("Of the two balls, the larger one is red and the smaller one is blue.", "ball", "red", "blue"),
    ("Two cats: the bigger one is black, the smaller one is white.", "cat", "black", "white"),
])
def test_members_told_apart_by_size_take_one_colour_each(prompt, noun, first, second):
    assert names(prompt) == sorted((f"{first} {noun}", f"{second} {noun}"))


def test_a_reference_s_place_set_off_by_commas_leaves_the_way_to_the_mover():
    prompt = "A dog runs past a tree, which stands on the right, to the left."
    assert bench.two_object_motion("dog", "tree", True, planned_condition(prompt))


def test_a_state_word_like_asleep_is_no_thing():
    assert names("Can you show me two dogs (both asleep) on a rug?") == ["dog", "dog"]


# ------------------------------------------------------------ 22. "by" after a verb of going is a pass
@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A horse gallops by a barn, from the left to the right.", "horse", "barn", False),
    ("A car drives by a house; it is heading left.", "car", "house", True),
    ("A ball rolls past a box; it goes to the left.", "ball", "box", True),
])
def test_going_by_a_thing_is_passing_it(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, noun", [
    ("Twelve wolves by the harbour.", "wolf"),
    ("A car parked by the curb.", "car"),
])
def test_being_by_a_place_is_still_the_place(prompt, noun):
    assert set(names(prompt)) == {noun}


def test_the_one_ahead_is_no_thing():
    assert names("Show four ducks swimming, each following the one ahead.") == ["duck"] * 4


def test_a_verb_after_a_list_of_coloured_members_is_their_verb():
    prompt = "Two birds, a blue one and a red one, fly to the left."
    assert names(prompt) == ["blue bird", "red bird"]
    assert bench.one_object_motion("red bird", True, planned_condition(prompt))


# ------------------------------------------------------------ 23. "neither A nor B" denies the verb of both
def test_neither_nor_is_both_absent_then():
    prompt = "Neither the cat nor the dog is visible in the second half."
    assert bench.visibility("cat", False, planned_condition(prompt)) and bench.visibility("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt", ["Neither a car nor a bus moves.", "Neither the cat nor the dog leaves."])
def test_neither_nor_with_a_verb_keeps_both_still_and_there(prompt):
    found = tracks(prompt)
    assert len(found) == 2 and all(track[0] == track[-1] for _, track in found), found


@pytest.mark.parametrize("prompt", [
    "The red ball and the blue ball do not appear until the midpoint.",
    "Neither the red ball nor the blue ball appears until the midpoint.",
])
def test_things_that_do_not_appear_until_a_time_arrive_then(prompt):
    condition = planned_condition(prompt)
    assert bench.visibility("red ball", True, condition) and bench.visibility("blue ball", True, condition)


# ------------------------------------------------------------ "until the end of the clip" lasts to the end
@pytest.mark.parametrize("prompt, noun, count", [
    ("Three walking dogs are in the frame until the end of the clip.", "dog", 3),
    ("Two cats sit in view, holding there until the end of the video. Nothing else is in it.", "cat", 2),
])
def test_a_presence_until_the_end_of_the_clip_is_there_throughout(prompt, noun, count):
    # "of the clip" after "the end" is the clip's end, not a place's: the things were read as arriving halfway
    assert bench.numeracy(noun, count, planned_condition(prompt))
    assert all(box is not None for name, track in tracks(prompt) if name == noun for box in track)
