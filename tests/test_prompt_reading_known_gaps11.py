"""An eleventh round of plain phrasings the planner misread: a predicate left out ("so does a dog") is said again
for its subject, the viewer's look "into the frame" brings nothing in, and "still in the frame" with no time of its own
lasts to the end; a way denied in a contraction ("doesn't go left; it goes right") is the way meant."""

import pytest

from pipelines.lvd.elided_predicates import elided_predicates_said
from tests.helpers.planned import PLANNER, centres, names


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


# ------------------------------------------------------------ the viewer's look and a presence said to go on
@pytest.mark.parametrize("prompt, count", [
    ("Look into the frame and you will see three cats.", 3),
    ("Peer into the picture and you will spot two dogs.", 2),
])
def test_looking_into_the_frame_brings_nothing_in(prompt, count):
    """The viewer's look goes into the picture: the things are there throughout, not arriving (nor never seen)."""
    layout = PLANNER.plan(prompt).layout
    assert len(layout.objects) == count
    assert all(box is not None for obj in layout.objects for box in obj.boxes)


def test_walking_into_the_frame_is_still_an_entrance():
    (cat,) = PLANNER.plan("A cat walks into the frame from the left.").layout.objects
    assert cat.boxes[0] is None and cat.boxes[-1] is not None


def test_still_there_with_no_time_of_its_own_lasts_to_the_end():
    layout = PLANNER.plan("Four cars are in the frame when the clip starts. The cars are still in the frame.").layout
    assert len(layout.objects) == 4 and all(box is not None for obj in layout.objects for box in obj.boxes)
    (dog,) = PLANNER.plan("A dog is in the frame at the start. It is still there, then it leaves.").layout.objects
    assert dog.boxes[0] is not None and dog.boxes[-1] is None


@pytest.mark.parametrize("prompt, rightward", [
    ("The dog doesn't go left; it goes right.", True),
    ("A car didn't drive right, it drove left.", False),
])
def test_a_way_denied_in_a_contraction_gives_the_way_meant(prompt, rightward):
    ((start, _), *_, (end, _)) = next(iter(centres(prompt).values()))
    assert (end - start > 0.3) if rightward else (start - end > 0.3), (start, end)
