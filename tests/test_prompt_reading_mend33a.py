"""Two readers of this session, kept to their own voices: a dictionary entry and a to-do list's items.

A dictionary entry's part of speech is always in small letters and followed by the entry's body (a sense number, a
usage example in quotes, a usage label or a definition), so a compass point or a title after a comma ("Overhead view,
N. is up", "Night street, Det. Harris says ...", "top view, n. is up.") opens no entry and the whole scene is read. A
to-do list's item that only describes ("[x] red") or only moves with no thing of its own ("[x] rolls from left to
right") runs on with the item next to it, so its words stay the listed thing's. Each is checked with LVD's predicates.
"""

import pytest

from pipelines.lvd.dictionary_entries import dictionary_entry_in_plain_words, looks_like_dictionary_entry
from pipelines.lvd.thread_form_and_sitrep_voices import tick_boxes_read
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import centres, names, planned_condition

LEFTWARD, RIGHTWARD = True, False


# ------------------------------------------------------------ 1. a compass point or a title is no part of speech
@pytest.mark.parametrize("prompt, mover", [
    ('Top-down shot, N. is at the top: a bus marked "express" goes from the lower left corner to the upper right '
     'corner.', "bus"),
    ("Satellite view, N. up. A horse runs from the lower left corner to the upper right corner, e.g. racing a rival.",
     "horse"),
    ("overhead shot, n. is up. a cat walks from the lower left corner to the upper right corner, example: a tabby.",
     "cat"),
])
def test_a_compass_point_after_a_comma_opens_no_dictionary_entry(prompt, mover):
    """The scene's own route is kept: the mover goes from the lower left corner to the upper right one."""
    assert not looks_like_dictionary_entry(prompt)
    track = centres(prompt)[mover]
    assert track[0][0] < 0.4 and track[0][1] > 0.6  # lower left
    assert track[-1][0] > 0.6 and track[-1][1] < 0.4  # upper right


@pytest.mark.parametrize("prompt, mover, leftward", [
    ('Dark alley, Det. Moore shouts "halt" as a woman runs from right to left.', "woman", LEFTWARD),
    ('quiet lane, det. moore yells "wait" as a boy walks from left to right.', "boy", RIGHTWARD),
])
def test_a_title_after_a_comma_opens_no_dictionary_entry(prompt, mover, leftward):
    assert bench.one_object_motion(mover, leftward, planned_condition(prompt))


def test_quoted_things_after_a_compass_point_keep_their_move():
    prompt = 'aerial view, N. at the top: "three boats" sail from left to right.'
    condition = planned_condition(prompt)
    assert bench.numeracy("boat", 3, condition) and bench.one_object_motion("boat", RIGHTWARD, condition)


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("glide, v. 1. To move smoothly. 'A swan swims from the left of the boat to the right of the boat while the boat "
     "stays still.'", "swan", "boat", RIGHTWARD),
    ('Stroll, n. 2) A slow walk. "a man walks from the right of the bench to the left of the bench, the bench staying '
     'still."', "man", "bench", LEFTWARD),
])
def test_a_dictionary_entrys_usage_example_is_still_the_scene(prompt, mover, reference, leftward):
    assert looks_like_dictionary_entry(prompt)
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_an_entry_with_a_definition_and_a_usage_label_is_still_read():
    assert dictionary_entry_in_plain_words("ramble, n. A long walk. Usage: a dog walks to the left.") == (
        "a dog walks to the left.")


# ------------------------------------------------------------ 2. a to-do item that only describes or only moves
def test_a_describing_item_is_the_listed_things_colour():
    prompt = "[x] a ball\n[x] blue\n[x] bounces from right to left"
    condition = planned_condition(prompt)
    assert names(prompt) == ["blue ball"]
    assert bench.one_object_motion("ball", LEFTWARD, condition)


def test_a_describing_item_colours_every_listed_thing():
    prompt = "[x] two balls\n[x] yellow\n[x] bouncing from right to left"
    condition = planned_condition(prompt)
    assert names(prompt) == ["yellow ball"] * 2
    assert bench.numeracy("ball", 2, condition) and bench.one_object_motion("ball", LEFTWARD, condition)


def test_describing_items_under_a_heading_are_the_listed_things_colours():
    """As the start commit read it: the colours go on the listed things (one colour for all, as it was)."""
    prompt = "Requirements:\n[x] three balls\n[x] green and blue\n[x] rolling from right to left"
    condition = planned_condition(prompt)
    assert all(name.endswith(" ball") for name in names(prompt))
    assert bench.numeracy("ball", 3, condition) and bench.one_object_motion("ball", LEFTWARD, condition)


def test_a_describing_item_is_run_on_not_closed():
    assert tick_boxes_read("[x] a ball\n[x] big and shiny\n[x] rolls to the left") == (
        "a ball\nbig and shiny\nrolls to the left.")


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("[ ] the tree stays still\n[ ] a dog runs from the left of the tree to the right of the tree\n[x] bin day",
     "dog", "tree", RIGHTWARD),
    ("[x] pay the rent\n[ ] a car drives from the right of the house to the left of the house\n[ ] the house stays "
     "still\n[ ] tax return", "car", "house", LEFTWARD),
])
def test_a_chore_item_still_closes_the_clips_item(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))
