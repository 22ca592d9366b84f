"""A thing said to sit, rest, stand, wait or simply be on one side of another stays there, still.

A state verb ("sits", "lies", "is parked", "sleeps", "stays", "is"), or no verb at all ("a lamb to the left of a
goat"), with a single side of a reference says where the object is for the whole clip; only a motion verb, a second
side ("... and ends up on its left"), or a late time ("by the end it is on its left") makes it move. A group said to
be on one side keeps every member on that side. Motion verbs with one side still move the object to that side, and
LVD's two-object moves still cross.
"""

import pytest

from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, planned_condition


def x_tracks(prompt, name):
    """Box-centre x at each keyframe, one list per drawn object called ``name``."""
    found = [o for o in PLANNER.plan(prompt).layout.objects if o.name.split()[-1] == name]
    assert found, [o.name for o in PLANNER.plan(prompt).layout.objects]
    return [[(b[0] + b[2]) / 2 for b in obj.boxes if b is not None] for obj in found]


def still(track):
    return max(track) - min(track) < 1e-6


# (thing, reference, on the reference's left, prompt): a state verb with one side
STATE_ON_ONE_SIDE = [
    ("rabbit", "bench", False, "A rabbit sits to the right of a bench."),
    ("goat", "tree", True, "A goat is to the left of the tree."),
    ("horse", "tree", False, "A horse stands to the right of a tree."),
    ("dog", "sofa", True, "A dog lies on the left of a sofa."),
    ("duck", "boat", False, "A duck waits on the boat's right."),
    ("bus", "post", True, "A bus is parked to the left of a lamp post."),
    ("puppy", "basket", False, "A puppy sleeps to the right of a basket."),
    ("cat", "chair", True, "A cat stays left of the chair."),
    ("parrot", "lamp", True, "A parrot perches to the left of a lamp."),
    ("ball", "box", False, "The ball is resting to the right of the box."),
    ("horse", "barrel", True, "A horse remains to the left of the barrel."),
    ("fox", "car", False, "In a quiet street, a fox is lying to the right of a parked car."),
    ("kitten", "ball", False, "Two kittens sit to the right of a ball."),
    ("sheep", "cow", True, "Three sheep rest to the left of a cow."),
    ("dog", "cat", True, "Two dogs lie on the left of a cat."),
    ("lamb", "goat", True, "A lamb to the left of a goat."),  # no verb at all: where it is
    ("pig", "cow", False, "Two pigs on the cow's right, in a farmyard."),
]


@pytest.mark.parametrize("thing, reference, leftward, prompt", STATE_ON_ONE_SIDE)
def test_a_state_with_one_side_stays_still_on_that_side(thing, reference, leftward, prompt):
    (reference_x,) = x_tracks(prompt, reference)
    sign = -1 if leftward else 1
    for track in x_tracks(prompt, thing):
        assert still(track), track
        assert all(sign * (x - r) > 0 for x, r in zip(track, reference_x)), (track, reference_x)


# (mover, reference, ends on the reference's left, prompt): a motion verb, a second side or a late time moves it
MOVES_TO_A_SIDE = [
    ("dog", "bench", True, "A dog runs to the left of the bench."),
    ("car", "tree", False, "A car drives to the right of the tree."),
    ("horse", "tree", True, "A horse stands to the right of a tree and ends up on its left."),
    ("rabbit", "bench", True, "A rabbit is on the right of a bench at first; by the end it is on its left."),
    ("cat", "dog", False, "A cat waits to the left of the dog, then runs to its right."),
    ("fox", "hen", False, "A fox to the left of a hen trots to its right."),
    ("cat", "dog", False, "A realistic lively video of a scene with a lively cat moving from the left of a walking dog to its "
                          "right"),
]


@pytest.mark.parametrize("mover, reference, leftward, prompt", MOVES_TO_A_SIDE)
def test_a_move_with_a_side_still_moves_there(mover, reference, leftward, prompt):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))
    (track,) = x_tracks(prompt, mover)
    assert not still(track)


def test_a_state_said_before_a_move_holds_until_the_move():
    """"waits to the left of the dog, then runs to its right": still on the left at first, not already crossing."""
    (track,) = x_tracks("A cat waits to the left of the dog, then runs to its right.", "cat")
    assert track[0] == pytest.approx(track[1]) == pytest.approx(track[2])


@pytest.mark.parametrize("prompt", [
    "A cat sits beside the dog.",
    "A dog lies in front of the sofa.",
    "A cat sits behind the box.",
    "A cat sits next to the dog.",
])
def test_a_state_by_another_thing_with_no_side_stays_still(prompt):
    for obj in PLANNER.plan(prompt).layout.objects:
        assert still([(b[0] + b[2]) / 2 for b in obj.boxes if b is not None]), obj.name


def test_a_state_then_a_late_side_moves_once_and_arrives_by_then():
    """"is to the left of the goat. By the end it is to the goat's right": still at first, then one move that is over by
    the end, neither a crossing from the start nor a jump at the last keyframe."""
    prompt = "A lamb is to the left of the goat. By the end it is to the goat's right."
    assert bench.two_object_motion("lamb", "goat", False, planned_condition(prompt))
    (track,) = x_tracks(prompt, "lamb")
    assert track[0] == pytest.approx(track[1])
    assert track[-2] == pytest.approx(track[-1])


def test_a_state_with_one_side_in_one_half_is_seen_there_then():
    """"is on the right of the bench only in the second half": it appears on that side, it does not walk there."""
    layout = PLANNER.plan("A goat is on the right of the bench only in the second half.").layout
    goat = next(o for o in layout.objects if o.name == "goat")
    bench_x = next((b[0] + b[2]) / 2 for o in layout.objects if o.name == "bench" for b in o.boxes)
    shown = [(b[0] + b[2]) / 2 for b in goat.boxes if b is not None]
    assert goat.boxes[0] is None and shown and still(shown) and shown[0] > bench_x


@pytest.mark.parametrize("prompt", [
    "A hen is to the left of a fox at the end.",
    "A hen sits on the fox's left in the end.",
])
def test_a_state_with_one_side_said_for_the_end_is_where_it_ends(prompt):
    """A lone side said with a late time is where the thing is by then, so it comes from the other side."""
    assert bench.two_object_motion("hen", "fox", True, planned_condition(prompt))
