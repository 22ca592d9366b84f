"""A twenty-second round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A list of denials before the thing meant ("not a horse, nor a cow, but a sheep") rules out every thing it lists, not
only the last one.
"""

import pytest

from tests.helpers.planned import names, ways_of


# ------------------------------------------------------------ 1. a list of denials before "but" rules out each of them
@pytest.mark.parametrize("prompt, drawn", [
    ("Not a horse, nor a cow, but a sheep walks to the right.", ["sheep"]),
    ("Not a car, not a truck, but a bus drives to the left.", ["bus"]),
    ("A cat sleeps. Not a dog, not a bird, but a horse runs in.", ["cat", "horse"]),
    ("Not two cats, not three, but four cats sit.", ["cat"] * 4),
    # guards: a lone denial and a denial in an aside read as before
    ("Not a cat but a dog runs to the left.", ["dog"]),
    ("A dog, not a cat, runs to the right.", ["dog"]),
])
def test_a_list_of_denials_rules_out_each_thing_it_lists(prompt, drawn):
    assert names(prompt) == drawn


def test_the_thing_meant_after_a_list_of_denials_keeps_its_way():
    assert ways_of("Not a car, not a truck, but a bus drives to the left.") == {"bus": "left"}
