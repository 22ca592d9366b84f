"""Prompts the reader failed in a held-out set of reworded prompts (tests/helpers/blind_set_21.py), in new words.

Tag lists mix the subject with words about the picture itself; those words are never drawn.
"""

import pytest

from pipelines.lvd.object_classes import singular
from tests.helpers.planned import PLANNER, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("cinematic, a horse running, soft focus, warm feel", ["horse"]),
        ("three balls rolling, clean composition, high detail", ["ball"] * 3),
        ("one rabbit hopping, a calm one, looks lifelike", ["rabbit"]),
        ("two balls bounce, sharp detail, real feel", ["ball"] * 2),
        ("a duck swims, real please", ["duck"]),
    ],
)
def test_words_about_the_picture_are_never_objects(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("word", ["focus", "bonus", "virus", "glass"])
def test_a_short_singular_ending_in_s_keeps_its_s(word):
    assert singular(word) == word


def test_short_plurals_ending_in_us_still_lose_their_s():
    assert (singular("emus"), singular("menus")) == ("emu", "menu")


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("You can't spot the horse until the second half.", (False, True)),
        ("rabbit spotted during first half, never seen during second half", (True, False)),
        ("empty scene at start, walking dog shows up in second half, lively", (False, True)),
    ],
)
def test_a_negated_or_bare_sighting_says_in_which_half_an_object_is_seen(prompt, expected):
    assert seen_in(prompt) == expected


def centre_x(prompt, name, keyframe):
    layout = PLANNER.plan(prompt).layout
    box = next(o for o in layout.objects if o.name == name).boxes[keyframe]
    return (box[0] + box[2]) / 2


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("a duck passing the horse, from the horse's right to the horse's left", "duck", "horse", True),
        ("A horse rests. A duck, on the horse's right, swims across to the horse's left.", "duck", "horse", True),
        ("cat crossing the car, from the car's left to the car's right", "cat", "car", False),
    ],
)
def test_sides_named_with_the_reference_possessive_move_the_mover_across_it(prompt, mover, reference, leftward):
    start, end = centre_x(prompt, mover, 0), centre_x(prompt, mover, -1)
    ref_start, ref_end = centre_x(prompt, reference, 0), centre_x(prompt, reference, -1)
    assert (start > ref_start and end < ref_end) if leftward else (start < ref_start and end > ref_end)
