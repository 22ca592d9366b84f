"""A predicate said once and lent to a second subject ("so does a dog", "a cat does too") is said again for it."""

import pytest

from pipelines.lvd.elided_predicates import elided_predicates_said
from tests.helpers.planned import centres, names


@pytest.mark.parametrize("prompt, first, second, rightward", [
    ("A cat walks right. So does a dog.", "cat", "dog", True),
    ("A cat walks to the right, and so does a dog.", "cat", "dog", True),
    ("A ball rolls left. A car does too.", "ball", "car", False),
    ("A horse runs to the left, and a dog does the same.", "horse", "dog", False),
    ("A dog runs toward the right side, as does a horse.", "dog", "horse", True),
])
def test_the_lent_move_is_made_by_both(prompt, first, second, rightward):
    found = centres(prompt)
    assert sorted(names(prompt)) == sorted([first, second])
    for name in (first, second):
        track = found[name]
        moved = track[-1][0] - track[0][0]
        assert (moved > 0.3) if rightward else (moved < -0.3), (name, track)


def test_a_lent_predicate_keeps_its_time():
    assert elided_predicates_said("a ball rolls left in the first half, as does a car.") == \
        "a ball rolls left in the first half, and a car rolls left in the first half."


@pytest.mark.parametrize("text", [
    "the dog does not move. neither does a cat.",  # a negated predicate is not copied the wrong way round
    "so does it matter?",
    "what does a dog do?",
    "a dog does a trick on the left.",
])
def test_other_uses_of_do_are_left_alone(text):
    assert elided_predicates_said(text) == text
