"""A tenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A thing placed by a clause with no verb takes no co-subject ("a dog sits on the left, and another dog runs to the
right": only the second runs; "a cat on the left, a dog on the right"), and a pass that is told to end where its
reference sits ends beyond it; a route's opening place ("starts in the lower left corner, drives to ...") is where the
move starts, at once; "till" is "until"; things of one kind told apart by their sides or their order ("the left
balloon is red and the right balloon is yellow", "the car on the left is white, and the one on the right is black",
"on the left is a pink bird", "the second car", "the blue one") are one thing each, and member colours said with "is"
("the first is green") are shared out; a support is the place where the prompt says how many things there are on it; a
count said later of a definite plural ("keep count of the cats. There are three of them.") or with "the same" and no
count before is the group's count, and "naught else" and "a fourth ball does not appear" are fences; a colour said of
every member ("all of them blue") is the group's; "the former" and "the latter" are pronouns; a sound cue ("At the
first whistle,") and the wind that pushes a thing are no things; "comes rolling in" is an arrival; "but the second
half does" says the other half's state in full and "neither is visible" is an absence; a way said before its mover
("to the left goes a dog") is its way, and "neither"/"nor" name nothing; a denied way, said before the way meant or
after it ("to the right, not to the left"), is dropped; and a prompt over the limit that names no object in what is
read says the limit.
"""

import pytest

from pipelines.core.planning import PlannerError
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import MAX_PROMPT_CHARS
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, centres, names, planned_condition


def tracks(prompt, keyframes=6):
    """Each object's box centres in the order the layout lists them (objects of one name kept apart)."""
    layout = PLANNER.plan(prompt, num_keyframes=keyframes).layout
    return [[None if b is None else ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in obj.boxes] for obj in layout.objects]


# ------------------------------------------------------------ 1. a placed subject takes no co-subject
@pytest.mark.parametrize("prompt", [
    "One dog sits on the left, and another dog runs to the right.",
    "A cat sits on the left, and a second cat walks to the right.",
])
def test_a_thing_placed_without_a_verb_stays_while_the_next_one_moves(prompt):
    still, mover = tracks(prompt)
    assert abs(still[0][0] - still[-1][0]) < 0.02 and still[0][0] < 0.4, still
    assert mover[-1][0] > mover[0][0] + 0.3, mover


@pytest.mark.parametrize("prompt, left, right", [
    ("A cat on the left, a dog on the right.", "cat", "dog"),
    ("A ball is on the right, a box is on the left.", "box", "ball"),
])
def test_a_comma_list_of_placements_places_each(prompt, left, right):
    found = centres(prompt)
    assert all(c[0] < 0.4 for c in found[left]) and all(c[0] > 0.6 for c in found[right]), found


def test_a_pass_to_the_side_its_reference_is_on_ends_beyond_it():
    assert bench.two_object_motion("cat", "dog", False, planned_condition(
        "A cat on the left, a dog on the right; the cat walks past the dog to the right."))


# ------------------------------------------------------------ 2. routes and goals
@pytest.mark.parametrize("prompt", [
    "A car starts in the lower left corner, drives to the lower right corner, and ends in the upper right corner.",
    "A ball begins in the upper left corner, rolls to the upper right corner, then to the lower right corner.",
])
def test_a_route_s_opening_place_is_left_at_once(prompt):
    track = tracks(prompt)[0]
    assert abs(track[1][0] - track[0][0]) > 0.05, track  # on its way by the second keyframe


def test_a_place_then_a_later_sentence_s_move_still_waits():
    track = tracks("A dog sits on the left. It runs to the right.")[0]
    assert track[1] == track[0] and track[-1][0] > 0.7, track  # a sit said on its own lasts a while


@pytest.mark.parametrize("prompt, leftward", [
    ("A car is driving over till it is on the right side.", False),
    ("A dog walks till it is on the left.", True),
])
def test_till_is_until(prompt, leftward):
    noun = prompt.split()[1]
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


# ------------------------------------------------------------ 3. things told apart by side or order
@pytest.mark.parametrize("prompt, noun, first, second", [
    ("The left balloon is red and the right balloon is yellow.", "balloon", "red", "yellow"),
    ("The car on the left is white, and the one on the right is black.", "car", "white", "black"),
    ("On the left is a pink bird, and on the right is a gray bird.", "bird", "pink", "gray"),
    ("The first car is orange; the second car is purple.", "car", "orange", "purple"),
    ("There are two balls: the first is green and the second is red.", "ball", "green", "red"),
    ("Both balls are on the floor: the former is yellow and the latter is green.", "ball", "yellow", "green"),
    ("Two cats sit together; one of them is gray, the other is orange.", "cat", "gray", "orange"),
])
def test_things_told_apart_are_one_each(prompt, noun, first, second):
    assert bench.attribution(noun, noun, first, second, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "A red car and a blue car: the red one drives left, the blue one stays still.",
    "A red car and a blue car. The red one drives left. The blue one stays.",
])
def test_the_colour_one_is_the_thing_named_in_that_colour(prompt):
    found = centres(prompt)
    assert sorted(found) == ["blue car", "red car"], found
    assert found["red car"][-1][0] < found["red car"][0][0] - 0.3, found
    assert abs(found["blue car"][-1][0] - found["blue car"][0][0]) < 0.02, found


@pytest.mark.parametrize("prompt, drawn", [
    ("Three birds (all of them blue) fly past.", ["blue bird"] * 3),
    ("Four balls, every one of them green, lie on the floor.", ["green ball"] * 4),
    ("Two cats, each black, sit still.", ["black cat"] * 2),
    ("Two cats, one of them black.", ["cat", "cat"]),  # one member's colour is no colour of the group
])
def test_a_colour_said_of_every_member_is_the_group_s(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, noun, leftward", [
    ("To the left goes a dog.", "dog", True),
    ("Towards the right runs the black cat.", "cat", False),
])
def test_a_way_said_before_its_mover_is_that_mover_s(prompt, noun, leftward):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


def test_neither_and_nor_name_no_thing():
    assert names("A dog neither stops nor turns as it runs to the right.") == ["dog"]


def test_the_sides_told_apart_are_where_each_is():
    found = centres("The left balloon is red and the right balloon is yellow.")
    assert found["red balloon"][0][0] < 0.4 < 0.6 < found["yellow balloon"][0][0], found


def test_a_single_side_mention_places_and_does_not_move():
    track = tracks("The left balloon is red.")[0]
    assert all(abs(c[0] - track[0][0]) < 0.02 for c in track) and track[0][0] < 0.4, track


def test_a_kind_named_before_its_sides_is_left_to_the_group():
    assert names("Two dogs: the dog on the left is brown and the dog on the right is white.").count("dog") <= 2


# ------------------------------------------------------------ 4. counts
@pytest.mark.parametrize("prompt, noun, count", [
    ("There are five apples on the table.", "apple", 5),
    ("On the shelf there are two balls that never move.", "ball", 2),
    ("Keep count of the lively cats. There are three of them.", "cat", 3),
    ("The dogs play outside. There are four of them.", "dog", 4),
    ("At the end, the same four moving cars are still in the frame.", "car", 4),
    ("There are two cats, and the former is asleep while the latter is awake.", "cat", 2),
    ("Three lively cats. Naught else is there.", "cat", 3),
])
def test_the_count_is_the_group_s(prompt, noun, count):
    assert bench.numeracy(noun, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("Three balls roll; a fourth ball does not appear.", ["ball"] * 3),
    ("Two cats sit, and a third one never comes.", ["cat"] * 2),
    ("A dog runs left; a second dog does not appear until the end.", ["dog"] * 2),  # it comes then
])
def test_a_further_member_denied_adds_nothing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A glass falls off a table.", ["glass", "table"]),  # the table matters to the fall
    ("Three balls on a table.", ["ball", "ball", "ball", "table"]),  # no count said of the table's load
])
def test_a_support_that_matters_is_still_drawn(prompt, drawn):
    assert names(prompt) == drawn


def test_the_same_count_said_again_adds_nothing():
    assert bench.numeracy("car", 4, planned_condition(
        "Four moving cars drive around. At the end, the same four moving cars are still in the frame."))


# ------------------------------------------------------------ 5. cues, weather, arrivals, denials
@pytest.mark.parametrize("prompt, drawn", [
    ("At the first whistle, a dog runs left.", ["dog"]),
    ("When the whistle blows, a dog runs to the right.", ["dog"]),
    ("At the sound of the bell, a cat runs to the right.", ["cat"]),
    ("Pushed by the wind, a ball rolls left.", ["ball"]),
    ("A dog carries a whistle to the left.", ["dog", "whistle"]),  # a whistle the scene acts on is a thing
])
def test_a_sound_cue_or_the_wind_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn
    assert PLANNER.plan(prompt).layout.background not in ("whistle", "bell", "sound")


def test_a_sound_cue_after_which_a_thing_appears_is_a_later_time():
    assert bench.visibility("cat", True, planned_condition("After the bell rings, a cat appears."))


@pytest.mark.parametrize("prompt, noun, appears", [
    ("Two birds fly in the first half, and in the second half neither is visible.", "bird", False),
    ("Two dogs play at first; in the second half, neither of them is there.", "dog", False),
    ("The first half has no cat in it, but the second half does.", "cat", True),
    ("The first half has a dog in it, the second half none.", "dog", False),
])
def test_the_other_half_said_by_ellipsis_or_neither(prompt, noun, appears):
    assert bench.visibility(noun, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, noun", [
    ("After a while, a ball comes rolling in.", "ball"),
    ("Halfway through, a dog comes running in.", "dog"),
])
def test_coming_with_a_participle_is_that_arrival(prompt, noun):
    assert bench.visibility(noun, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, noun, leftward", [
    ("The dog does not go left; it goes right.", "dog", False),
    ("A ball bounces to the right, not to the left.", "ball", False),
    ("A cat walks to the left, not to the right.", "cat", True),
])
def test_a_denied_way_is_dropped_and_the_way_meant_kept(prompt, noun, leftward):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


# ------------------------------------------------------------ 6. a prompt past the limit says the limit
def test_a_long_prompt_with_no_object_in_what_is_read_names_the_limit():
    prompt = "The weather is pleasant today and " * 150 + "a red ball rolls."
    with pytest.raises(PlannerError, match=rf"{len(prompt):,} characters; the limit is {MAX_PROMPT_CHARS:,}"):
        PhysicsPlanner().plan(prompt)
    with pytest.raises(PlannerError, match="limit"):
        PhysicsPlanner().plan("x" * 5000)


def test_a_long_prompt_that_names_a_thing_early_is_read_with_a_note():
    result = PhysicsPlanner().plan("A red ball rolls to the left. " + "It is a calm day. " * 200)
    assert [o.name for o in result.layout.objects] == ["red ball"]
    assert any(f"the limit is {MAX_PROMPT_CHARS:,}" in note for note in result.notes), result.notes
