"""Prompts in the voices of held-out set 133 (tests/helpers/blind_set_133.py), in new words.

- A kind named bare as a label's value, "Species: sleepy dog.", "Type: red car.", then counted in a later sentence,
  "Headcount: two sleepy dogs", is the counted things' kind, never one more of them.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, thing, count", [
    ("Species: sleepy dog. Headcount: two sleepy dogs, on screen the whole time. Nothing else.", "dog", 2),
    ("Type: red car. Mood: calm. Number: four red cars.", "car", 4),
    ("Card. Kind: swimming duck. Quantity: three swimming ducks, in view throughout. Notes: nothing else.", "duck", 3),
    ("Class: horse. Temperament: gentle. Count: one horse, start to finish.", "horse", 1),
    ("Breed: tabby cat. Five tabby cats nap the whole time.", "cat", 5),
])
def test_a_bare_kind_counted_later_is_the_kind_of_the_counted_things(prompt, thing, count):
    assert lvd.numeracy(thing, count, planned_condition(prompt))
    assert len(names(prompt)) == count


@pytest.mark.parametrize("prompt, expected", [
    ("Species: sleepy dog. It naps on the left. Two cats walk past.", ["dog", "cat", "cat"]),  # never counted again
    ("Type: car. It is parked on the left. Two cars drive past it.", ["car", "car", "car"]),  # pointed back to first
    ("Breed: tabby cat. Two cats walk left.", ["cat", "cat", "cat"]),  # counted without its describing word
    ("A duck. Three ducks swim left.", ["duck", "duck", "duck", "duck"]),  # one brought in by an article
    ("No cat. Two dogs sit.", ["dog", "dog"]),
])
def test_a_kind_said_with_its_own_article_or_never_counted_stays_a_thing(prompt, expected):
    assert sorted(names(prompt)) == sorted(expected)
