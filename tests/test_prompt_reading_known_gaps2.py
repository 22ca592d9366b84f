"""More phrasings the planner was known to misread, each as a class of wording, in new prompts.

A place phrase between the subject and its verb, colours shared or split over things, objects that move
as one (pulled, chased, ridden), and the words for shades and for counts past ten.
"""

import pytest

from tests.helpers.planned import PLANNER, names


def track(prompt, name):
    """The named object's box centres (x, y) at every keyframe; the name must be unique in the layout."""
    layout = PLANNER.plan(prompt).layout
    found = [o for o in layout.objects if o.name == name]
    assert len(found) == 1, [o.name for o in layout.objects]
    return [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in found[0].boxes]


def moved(prompt, name):
    xs = [x for x, _ in track(prompt, name)]
    return xs[-1] - xs[0]


# ------------------------------------------------------------ a place phrase between subject and verb
@pytest.mark.parametrize("prompt, mover, place, rightward", [
    ("the kettle on the stove slides to the right", "kettle", "stove", True),
    ("a hamster under the bed scurries to the left", "hamster", "bed", False),
    ("a sparrow above the fence flies to the right", "sparrow", "fence", True),
    ("a kitten beside the chair walks left", "kitten", "chair", False),
    ("a man with a suitcase walks to the right", "man", "suitcase", True),
])
def test_the_subject_named_before_a_place_phrase_is_the_one_that_moves(prompt, mover, place, rightward):
    assert (moved(prompt, mover) > 0.2) if rightward else (moved(prompt, mover) < -0.2)
    assert abs(moved(prompt, place)) < 0.02


def test_a_place_phrase_without_a_way_still_says_where_the_subject_goes():
    # no direction said: "on the table" stays the relation of the move, as before
    assert names("a cup on the table") == ["cup", "table"]


# ------------------------------------------------------------ shared and split colours
@pytest.mark.parametrize("prompt, expected", [
    ("a yellow and a purple kite", ["purple kite", "yellow kite"]),
    ("a white, a black and a brown horse stand still", ["black horse", "brown horse", "white horse"]),
    ("there is an orange and a green balloon", ["green balloon", "orange balloon"]),
])
def test_one_article_per_colour_names_one_thing_per_colour(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("prompt, name, colours", [
    ("a yellow and purple kite", "yellow kite", ["yellow", "purple"]),
    ("a brown-and-white horse trots left", "brown horse", ["brown", "white"]),
    ("a green, white and red flag", "green flag", ["green", "white", "red"]),
])
def test_several_colours_of_one_thing_are_kept_and_the_first_names_it(prompt, name, colours):
    layout = PLANNER.plan(prompt).layout
    assert [o.name for o in layout.objects] == [name]
    attributes = layout.objects[0].attributes
    assert [v for k, v in attributes if k in ("color", "also_color")] == colours


# ------------------------------------------------------------ objects that move as one
@pytest.mark.parametrize("prompt, leader, follower, rightward", [
    ("a sled pulled by a husky moves to the right", "husky", "sled", True),
    ("a sleigh pulled by a reindeer goes left", "reindeer", "sleigh", False),
    ("a wagon drawn by a pony goes left", "pony", "wagon", False),
    ("a tractor tows a trailer to the left", "tractor", "trailer", False),
    ("a fox chased by a hound runs to the right", "fox", "hound", True),
    ("a cat chases a mouse to the left", "mouse", "cat", False),
    ("a girl pushes a pram to the right", "pram", "girl", True),
])
def test_a_pulled_or_chased_thing_moves_with_the_other_and_the_leader_is_ahead(prompt, leader, follower, rightward):
    lead, follow = track(prompt, leader), track(prompt, follower)
    way = 1 if rightward else -1
    for (lx, _), (fx, _) in zip(lead, follow):
        assert way * (lx - fx) > 0  # the leader is ahead at every keyframe
    for xs in (lead, follow):
        assert way * (xs[-1][0] - xs[0][0]) > 0.15  # both travel the said way
    gaps = [lx - fx for (lx, _), (fx, _) in zip(lead, follow)]
    assert max(gaps) - min(gaps) < 0.02  # at a steady distance


def test_a_chase_with_no_way_said_still_moves_both():
    assert moved("a dog chases a bus", "bus") > 0.1
    assert moved("a dog chases a bus", "dog") > 0.1


@pytest.mark.parametrize("prompt, rider, mount, rightward", [
    ("a jockey on a horse gallops to the right", "jockey", "horse", True),
    ("a girl rides a scooter to the left", "girl", "scooter", False),
    ("a monkey on top of a camel walks to the left", "monkey", "camel", False),
])
def test_a_rider_moves_with_what_it_rides_and_sits_on_it(prompt, rider, mount, rightward):
    up, down = track(prompt, rider), track(prompt, mount)
    for (rx, ry), (mx, my) in zip(up, down):
        assert rx == pytest.approx(mx, abs=1e-6)
        assert ry < my  # higher in the picture
    way = down[-1][0] - down[0][0]
    assert way > 0.15 if rightward else way < -0.15


# ------------------------------------------------------------ identity and size said after a description
@pytest.mark.parametrize("prompt, expected", [
    ("a brown animal trots to the right. the brown one was a horse", ["brown horse"]),
    ("a white animal sits on the floor; the white thing is actually a rabbit", ["white rabbit"]),
])
def test_what_a_described_thing_turns_out_to_be_renames_it(prompt, expected):
    assert names(prompt) == expected


def width(prompt, name):
    layout = PLANNER.plan(prompt).layout
    box = next(b for o in layout.objects if o.name == name for b in o.boxes if b is not None)
    return box[2] - box[0]


@pytest.mark.parametrize("prompt, bigger, smaller", [
    ("a green cube and a yellow cube. the green one is a bit bigger", "green cube", "yellow cube"),
    ("a pink bus and a black bus; the pink one is much smaller than the other", "black bus", "pink bus"),
])
def test_a_size_said_relative_to_the_other_scales_the_described_thing(prompt, bigger, smaller):
    assert names(prompt) == sorted([bigger, smaller])  # the LVD names keep their colours
    assert width(prompt, bigger) > 1.1 * width(prompt, smaller)


# ------------------------------------------------------------ shades
@pytest.mark.parametrize("prompt, expected", [
    ("a greyish rabbit hops", ["gray rabbit"]),
    ("a reddish fox runs left", ["red fox"]),
    ("a bluish kite and a yellowish kite", ["blue kite", "yellow kite"]),
    ("a pale-green frog sits", ["green frog"]),
    ("a dark purple car", ["purple car"]),
])
def test_a_shade_is_read_as_the_lvd_colour_it_is_near(prompt, expected):
    assert names(prompt) == expected


# ------------------------------------------------------------ counts past twelve
@pytest.mark.parametrize("prompt, said", [
    ("fourteen pigeons sit on a wire", 14),
    ("twenty apples lie on a table", 20),
    ("thirty-two lemons", 32),
])
def test_a_count_past_twelve_is_read_and_capped_with_a_note(prompt, said):
    result = PLANNER.plan(prompt)
    assert sum(o.name != "wire" and o.name != "table" for o in result.layout.objects) == 12
    assert any(n.startswith(f"{said} ") and "placed 12" in n for n in result.notes), result.notes


def test_a_dozen_is_twelve():
    assert len(PLANNER.plan("a dozen eggs").layout.objects) == 12


# ------------------------------------------------------------ yes/no answers in list-like prompts
@pytest.mark.parametrize("prompt, first, second", [
    ("fox | visible: no (first half), yes (second half)", False, True),
    ("Goat — on screen: yes (1st half); no (2nd half)", True, False),
    ("owl: present? no for the first half and yes for the second half", False, True),
    ("lamp | on: yes (first half), off (second half)", True, False),
    ("rabbit: visible: no (opening half)", False, True),
])
def test_yes_and_no_answers_per_half_say_when_the_thing_is_seen(prompt, first, second):
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    shown = [box is not None for box in layout.objects[0].boxes]
    assert (all(shown[:3]), any(shown[:3])) == (first, first)
    assert (all(shown[5:]), any(shown[5:])) == (second, second)


# ------------------------------------------------------------ frame numbers
@pytest.mark.parametrize("prompt, keyframes, seen", [
    ("a hare sits in frames 1-3", 6, [True, True, True, False, False, False]),
    ("a crow is visible in frames 4 to 6", 6, [False, False, False, True, True, True]),
    ("a kite hovers from frame 2", 6, [False, True, True, True, True, True]),
    ("a goose walks right and is seen in frames 3 to 6 of 8", 8, [False, False, True, True, True, True, False, False]),
    ("a mule is there until frame 5", 8, [True] * 5 + [False] * 3),
])
def test_frame_numbers_say_which_keyframes_show_the_thing(prompt, keyframes, seen):
    layout = PLANNER.plan(prompt, num_keyframes=keyframes).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    assert [box is not None for box in layout.objects[0].boxes] == seen


# ------------------------------------------------------------ the same path
@pytest.mark.parametrize("prompt, first, second", [
    ("a plane flies from the lower left to the upper right, and a drone follows the same path", "plane", "drone"),
    ("a hen and a duck take the same route from the bottom right to the top left", "hen", "duck"),
])
def test_two_things_on_the_same_path_go_one_after_the_other_along_it(prompt, first, second):
    ahead, behind = track(prompt, first), track(prompt, second)
    lead = (ahead[-1][0] - ahead[0][0], ahead[-1][1] - ahead[0][1])
    assert abs(lead[0]) > 0.3 and abs(lead[1]) > 0.2  # the said diagonal
    # the second is where the first was one keyframe before (box bottoms on one track; centres differ by height)
    for k in range(1, len(ahead)):
        assert behind[k][0] == pytest.approx(ahead[k - 1][0], abs=0.01)
    assert behind[-1] != ahead[-1]


# ------------------------------------------------------------ a place named by what it is for
@pytest.mark.parametrize("prompt, expected", [
    ("a woman walks through the car park to the left", ["woman"]),
    ("at the bus station a pigeon waits", ["pigeon"]),
    ("a foal runs to the right in the horse field", ["foal"]),
    ("the cow shed stands still", ["cow shed"]),
])
def test_a_place_named_by_what_it_is_for_draws_no_such_thing(prompt, expected):
    assert names(prompt) == expected


def test_the_mover_beside_a_named_place_still_moves():
    assert moved("a woman walks through the car park to the left", "woman") < -0.2


# ------------------------------------------------------------ a direction before its subject
def test_a_direction_opening_a_later_sentence_belongs_to_that_sentence_s_subject():
    prompt = "Left to right: a grey van. Right to left: a white van."
    assert moved(prompt, "gray van") > 0.2
    assert moved(prompt, "white van") < -0.2


@pytest.mark.parametrize("prompt, rightward", [
    ("Rightward, a pony trots", True),
    ("From right to left: a taxi", False),
    ("Towards the left: a yak walks", False),
])
def test_a_direction_said_before_its_subject_is_its_way(prompt, rightward):
    layout = PLANNER.plan(prompt).layout
    assert len(layout.objects) == 1
    xs = [(b[0] + b[2]) / 2 for b in layout.objects[0].boxes]
    assert (xs[-1] - xs[0] > 0.2) if rightward else (xs[-1] - xs[0] < -0.2)
