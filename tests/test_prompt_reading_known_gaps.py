"""Phrasings the planner was known to misread, each as a class of wording, in new prompts.

Each group below is one mechanism: a singular that ends in s, a fraction of the clip, the picture named
as the thing crossed, colours shared over a counted group, and so on.
"""

import pytest

from pipelines.lvd.object_classes import singular
from tests.helpers.planned import PLANNER, names


@pytest.mark.parametrize("word", ["ibis", "iris", "chassis", "trellis", "mantis", "lens"])
def test_a_noun_ending_in_is_or_ns_is_already_singular(word):
    assert singular(word) == word


@pytest.mark.parametrize("plural, single", [("irises", "iris"), ("ibises", "ibis"), ("lenses", "lens"), ("taxis", "taxi"),
                                            ("muffins", "muffin"), ("kittens", "kitten")])
def test_plurals_of_those_singulars_and_of_known_stems_still_lose_their_ending(plural, single):
    assert singular(plural) == single


@pytest.mark.parametrize("prompt, expected", [
    ("an ibis wades to the left", ["ibis"]),
    ("the old chassis rolls down a slope", ["chassis"]),
    ("two irises sway in a breeze", ["iris", "iris"]),
])
def test_unknown_singulars_in_s_are_drawn_under_their_own_name(prompt, expected):
    assert names(prompt) == expected
