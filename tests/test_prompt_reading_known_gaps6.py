"""A sixth round of phrasings the planner was known to misread, each as a class of wording, in new prompts.

After a bare pass-by ("a car drives past the dog"), a later clause that says which side of the reference the mover ends on ("By
the end it is to the left of the dog", "finally it is on the dog's left", "in the end ...", "when the clip ends ...", "... by the
end it has driven to the left of the dog") is where that same pass finishes: the pass goes from the other side to that one, and
the mover does not first go by one way and then jump back. Likewise a start told after the move it belongs to ("A cat walks to the
right. It started on the left.", "At first it was on the right.") is where that move began, not a second leg back to it. Each
prompt is checked with LVD's own predicates, and the restated starts also with a path that never turns back.
"""

import pytest

from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, planned_condition


def x_track(prompt, name):
    """The box-centre x of the one object called ``name``, at each keyframe it is drawn."""
    found = [o for o in PLANNER.plan(prompt).layout.objects if o.name.split()[-1] == name]
    assert len(found) == 1, [o.name for o in PLANNER.plan(prompt).layout.objects]
    return [(b[0] + b[2]) / 2 for b in found[0].boxes if b is not None]


def never_turns_back(track, leftward):
    sign = -1 if leftward else 1
    return all(sign * (later - earlier) >= -1e-6 for earlier, later in zip(track, track[1:]))


# (mover, reference, ends on the reference's left, prompt)
PASS_THEN_END_SIDE = [
    ("car", "dog", True, "A car drives past the dog. By the end it is to the left of the dog."),
    ("car", "dog", True, "A car drives past the dog. At the end it is on the dog's left."),
    ("car", "dog", False, "A car drives past the dog. In the end the car is to the dog's right."),
    ("car", "dog", True, "A car drives past the dog. Finally it is on the dog's left."),
    ("car", "dog", True, "A car drives past the dog. When the clip ends it is to the dog's left."),
    ("horse", "cow", True, "There is a cow. A horse trots past it. By the end it is to the left of the cow."),
    ("bus", "tree", True, "A bus rolls by a tree; by the close it sits to the left of the tree."),
    ("boat", "duck", True, "A boat glides past a duck. At the very end, the boat is left of the duck."),
    ("bird", "ball", True, "A bird flies over the ball. By the final frame it is to the ball's left."),
    ("dog", "cat", False, "A dog runs past a cat and, by the end, is on the cat's right."),
    ("car", "dog", True, "The car passes the dog. By the end of the video the car is to the left of the dog."),
    ("cat", "lamp", True, "A cat walks past a lamp. In the last moments it is left of the lamp."),
    ("goat", "rock", False, "A goat walks past a rock. By the end, the goat is to the rock's right."),
    ("car", "dog", True, "A car drives past the dog. It is to the left of the dog at the end."),
    ("van", "tree", False, "A van drives past a tree. It is on the tree's right at the end."),
    ("car", "dog", True, "A car drives past the dog. By the end it has driven to the left of the dog."),
    ("bike", "bench", False, "A bike rides past a bench. By the end it has moved to the bench's right."),
]

# (mover, moves leftward, prompt)
MOVE_THEN_RESTATED_START = [
    ("cat", False, "A cat walks to the right. It started on the left."),
    ("dog", True, "A dog runs to the left. It had started on the right."),
    ("ball", True, "A ball rolls leftward. It began at the right."),
    ("cat", False, "A cat walks right; it began on the left."),
    ("car", True, "A car drives to the left. At first it was on the right."),
    ("cat", False, "A cat walks to the right. It starts on the left."),
    ("cat", False, "A cat walks to the right. It was on the left at the start."),
    ("car", True, "A car drives to the left. Originally it was on the right."),
]


@pytest.mark.parametrize("mover, reference, leftward, prompt", PASS_THEN_END_SIDE)
def test_an_end_side_said_after_a_bare_pass_is_where_that_pass_finishes(mover, reference, leftward, prompt):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))
    assert never_turns_back(x_track(prompt, mover), leftward)


@pytest.mark.parametrize("mover, leftward, prompt", MOVE_THEN_RESTATED_START)
def test_a_start_told_after_the_move_is_where_that_move_began(mover, leftward, prompt):
    assert bench.one_object_motion(mover, leftward, planned_condition(prompt))
    assert never_turns_back(x_track(prompt, mover), leftward)


@pytest.mark.parametrize("prompt, mover, leftward", [
    ("A cat walks to the right. Starting on the left, a dog runs up.", "cat", False),  # a new subject's start, not the cat's
    ("A car drives to the left. Then it starts on the right again and drives left.", "car", True),  # a new leg after "then"
])
def test_a_start_that_opens_a_new_clause_or_leg_is_not_restated(prompt, mover, leftward):
    assert bench.one_object_motion(mover, leftward, planned_condition(prompt))


def test_a_side_said_at_first_after_a_pass_is_still_where_it_starts():
    prompt = "A car drives past the dog. At first it was to the dog's right."
    assert bench.two_object_motion("car", "dog", True, planned_condition(prompt))
