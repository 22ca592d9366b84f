"""Words the planner's tables do not know, read by their place in the sentence and their form."""

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import read_prompt

PLANNER = PhysicsPlanner()


def plan(prompt):
    return PLANNER.plan(prompt).layout


def centre_x(box):
    return (box[0] + box[2]) / 2


def counted(prompt):
    """{object name: how many} as the reading has them."""
    return {entity.noun: entity.count for entity in read_prompt(prompt).entities}


# ------------------------------------------------------------------ known two-word names in the plural
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("four golf balls roll across a green", {"golf ball": 4}),
        ("two teddy bears rest on a shelf", {"teddy bear": 2, "shelf": 1}),
        ("3 beach balls float in a pool", {"beach ball": 3}),
        ("a golf ball sits on a tee", {"golf ball": 1}),
    ],
)
def test_plural_of_a_two_word_name_is_that_object_counted(prompt, expected):
    reading = counted(prompt)
    for name, count in expected.items():
        assert reading.get(name) == count, reading
