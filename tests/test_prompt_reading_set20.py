"""Readings fixed after a held-out prompt set (tests/helpers/blind_set_20.py): each case is a class of wording
the reader got wrong before, written here in new words."""

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner

PLANNER = PhysicsPlanner()


def names(prompt):
    return sorted(o.name for o in PLANNER.plan(prompt).layout.objects)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Cinematic look, calm mood: three ducks swimming.", ["duck"] * 3),
        ("A gloomy atmosphere; two owls perch.", ["owl"] * 2),
        ("Cheerful vibe, five kites in the sky", ["kite"] * 5),
    ],
)
def test_the_mood_of_a_clip_is_no_object(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "A bus drives from the left of the picture to the right, never leaving the frame.",
        "A sailboat glides toward the left of the frame without ever leaving it.",
        "A cyclist pedals to the right without leaving the shot.",
    ],
)
def test_never_leaving_the_frame_is_no_exit(prompt):
    layout = PLANNER.plan(prompt).layout
    (mover,) = layout.objects
    assert all(box is not None for box in mover.boxes), mover.boxes
    xs = [box[0] for box in mover.boxes]
    assert xs[0] != xs[-1]  # it still moves
