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
