"""Prompts in the voices of a held-out set (tests/helpers/blind_set_31.py), in new words.

A nature-documentary narrator ("Look closely as ...", "they have the pond all to themselves", "the only
visitor around"), a young child retelling a clip ("a really really big horsey", "it hopped and hopped", "and
then ... and then ... the end") and a stock-footage search ("horse x3 grazing, field, 4k, no other animals",
"duck swimming, second half of clip only") are read for what is in the scene: pet names are their class,
a multiplier is a count, repetition says one thing once, generic nouns and restated noun phrases add no
things. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.story_voices import story_voices_in_plain_words
from tests.helpers.planned import centres, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("horse x3 grazing, open field, cinematic, no other animals", ["horse"] * 3),
        ("2x goat resting, barn, natural light, nothing else in shot", ["goat", "goat"]),
        ("duck \u00d75 swimming, pond, stock footage", ["duck"] * 5),
        ("Look closely: across the dunes, a single horse trots along. For the moment, it is the only visitor around.", ["horse"]),
        ("Out on the marsh, four ducks paddle in a line. Today they are the only creatures in view.", ["duck"] * 4),
        ("At the river bend, two ducks preen. For the moment they are the only birds around.", ["duck", "duck"]),
        ("cat x1 napping, porch, warm tones", ["cat"]),
        ("Astonishingly, three goats have the hillside all to themselves, both sleepy and content.", ["goat"] * 3),
        ("Two horses have the paddock to themselves, both calm and steady.", ["horse", "horse"]),
        ("There was a horse, just one horse, a really really big horsey, and it was trotting and trotting.", ["horse"]),
        ("I saw a kitty, a very very fluffy kitty, and it was sleeping.", ["cat"]),
        ("A birdie sat on a fence and it sang and sang.", ["bird", "fence"]),
    ],
)
def test_story_voices_add_only_the_named_things(prompt, expected):
    assert names(prompt) == expected


def test_differently_coloured_appositives_stay_two_things():
    assert names("I saw a green ball, a yellow ball.") == ["green ball", "yellow ball"]


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("In the beginning there wasn't any horse, no horse at all, and then in the second half a horse trotted in!", False,
         True),
        ("Keep watching. During the first half nothing moves; then, in the second half, a duck waddles into view.", False, True),
        ("duck swimming, first half of video only, empty pond second half", True, False),
        ("goat grazing, only in the second half of the clip", False, True),
    ],
)
def test_told_and_searched_visibility(prompt, first, second):
    assert seen_in(prompt) == (first, second)


def test_a_childs_repeated_move_between_sides_goes_right():
    (xs,) = [[c[0] for c in row] for row in centres("The horse was on the left and then it trotted and trotted and then it "
                                                     "was on the right.", keyframes=6).values()]
    assert xs[0] < 0.4 and xs[-1] > 0.6, xs


@pytest.mark.parametrize(
    "prompt, route",
    [
        ("We were looking down and the goat was in the top left corner and then the bottom left corner and then the "
         "bottom right corner, the end.", ("upper left", "lower left", "lower right")),
        ("From way up high looking down, the duck was at the top right, and then the top left, and then the bottom left, "
         "and then it stopped.", ("upper right", "upper left", "lower left")),
    ],
)
def test_a_childs_route_seen_from_above_is_followed(prompt, route):
    (track,) = centres(prompt, keyframes=6).values()
    for where, (x, y) in zip(route, (track[0], track[3], track[-1])):
        assert (y > 0.5) == where.startswith("lower") and (x < 0.5) == where.endswith("left"), (where, track)


def test_the_rewrites_in_words():
    assert story_voices_in_plain_words("horse x3 grazing, field") == "3 horse grazing, field"
    assert story_voices_in_plain_words("4x4 truck on a road") == "4x4 truck on a road"  # a kind of truck, not a count
    assert story_voices_in_plain_words("a doggy ran and ran") == "a dog ran"
    assert story_voices_in_plain_words("a goat walked. and then it ran and then it stopped") == \
        "a goat walked. then it ran."
    assert story_voices_in_plain_words("we were looking down at a cat") == "we were looking down at a cat"  # a gaze, not a view
    assert story_voices_in_plain_words("i was looking down and a cat sat") == "seen from above and a cat sat"
    assert story_voices_in_plain_words("there was no horse, no horse at all.") == "there was no horse."
    assert story_voices_in_plain_words("two dogs have the yard to themselves.") == "two dogs are in the yard."


def test_plain_prompts_are_kept():
    for text in ("a red ball, a blue ball, and a green cube.", "a cat walks left and then right.",
                 "an empty road for the first half, then a car drives in.", "both cats run to the left.",
                 "a sled slides right, but it moves only in the second half."):
        assert story_voices_in_plain_words(text) == text
