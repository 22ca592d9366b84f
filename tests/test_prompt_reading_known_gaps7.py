"""A seventh round of phrasings the planner was known to misread, each as a class of wording, in new prompts.

A side said right after a verb of being seen ("is seen", "can be spotted", "is visible", "appears") is where the
thing is, not where it walks to. "Hanging", "hangs", "hung" say a thing stays put, so a side said after it places the
next thing beside it; "hang glider" stays one noun.
"""

import pytest

from tests.helpers.planned import PLANNER


def boxes(prompt, name):
    """The boxes of the one object called ``name`` (None where it is not drawn)."""
    found = [o for o in PLANNER.plan(prompt).layout.objects if o.name.split()[-1] == name]
    assert len(found) == 1, [o.name for o in PLANNER.plan(prompt).layout.objects]
    return found[0].boxes


def centre_x(box):
    return (box[0] + box[2]) / 2


def drawn_pairs(prompt, first, second):
    """The two objects' boxes at each keyframe where both are drawn (at least one such keyframe)."""
    pairs = [(a, b) for a, b in zip(boxes(prompt, first), boxes(prompt, second)) if a is not None and b is not None]
    assert pairs, prompt
    return pairs


# (thing, reference, on the reference's left, prompt)
SEEN_BESIDE = [
    ("cat", "dog", True, "A cat is seen to the left of a dog."),
    ("fox", "tree", False, "A fox can be seen to the right of a tree."),
    ("duck", "boat", True, "A duck is visible on the left of a boat."),
    ("goat", "barn", False, "A goat is shown on the barn's right."),
    ("lamp", "sofa", True, "There is a sofa; a lamp is clearly visible to its left."),
    ("horse", "bench", False, "A bench stands in a park, and a horse can be seen to the right of the bench."),
]


@pytest.mark.parametrize("thing, reference, leftward, prompt", SEEN_BESIDE)
def test_a_side_after_a_verb_of_being_seen_is_where_the_thing_stays(thing, reference, leftward, prompt):
    for a, b in drawn_pairs(prompt, thing, reference):
        assert (centre_x(a) < centre_x(b)) == leftward, (a, b)
    track = [centre_x(b) for b in boxes(prompt, thing) if b is not None]
    assert max(track) - min(track) < 0.05, track  # it is there, it does not walk there


# "hang" is a verb of staying put ("a kite hanging still", "a bat hangs motionless"), but never in "hang glider"
HANGING_THEN_BESIDE = [
    ("duck", "kite", True, "A kite is hanging in the air, and a duck on the left of the kite."),
    ("owl", "bat", False, "A bat hangs motionless, and an owl on the right of the bat."),
    ("cat", "lamp", True, "A lamp hung there, with a cat to the left of the lamp."),
]


@pytest.mark.parametrize("thing, reference, leftward, prompt", HANGING_THEN_BESIDE)
def test_a_side_after_a_hanging_thing_places_the_second_thing_beside_it(thing, reference, leftward, prompt):
    for a, b in drawn_pairs(prompt, thing, reference):
        assert (centre_x(a) < centre_x(b)) == leftward, (a, b)


@pytest.mark.parametrize("prompt, leftward", [
    ("A hang glider soars from left to right.", False),
    ("Two hang-gliders drift to the left.", True),
])
def test_a_hang_glider_is_one_thing_that_flies(prompt, leftward):
    layout = PLANNER.plan(prompt).layout
    assert {o.name for o in layout.objects} == {"hang glider"}
    for obj in layout.objects:
        xs = [centre_x(b) for b in obj.boxes if b is not None]
        assert (xs[-1] < xs[0]) == leftward and abs(xs[-1] - xs[0]) > 0.1, xs
