"""Prompts in the families held-out set 120 (tests/helpers/blind_set_120.py) missed, in new words and other voices.

- A watch kept over a thing, "stand guard over two cats", "keep tabs on a car", is watching it: its "over" or "on"
  puts nothing the sentence named before (a duty, a task) over the thing.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Your duty tonight: keep watch over two cats.", "cat", 2),
    ("The assignment is easy: stand guard over three dogs from start to finish.", "dog", 3),
    ("The duty: watch over two cars until the end.", "car", 2),
    ("The job: keep tabs on one car the whole time.", "car", 1),
    ("A job for the careful: keep a close watch on two balls.", "ball", 2),
])
def test_a_watch_kept_over_things_places_nothing_over_them(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
