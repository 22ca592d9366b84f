"""Prompt reading in writing styles the LVD families are rarely asked in: lists, parentheticals,
instructions to the camera, passive voice, British spelling and time words (our own phrasings)."""

from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import read_prompt

PLANNER = PhysicsPlanner()


def plan(prompt):
    return PLANNER.plan(prompt).layout


def counts(prompt):
    found: dict[str, int] = {}
    for entity in read_prompt(prompt).entities:
        found[entity.noun] = found.get(entity.noun, 0) + entity.count
    return found


def centre_x(box):
    return (box[0] + box[2]) / 2


# ------------------------------------------------------------------ counts
def test_the_others_and_the_subjects_are_not_objects():
    assert counts("Five geese are filmed, each one well apart from the others") == {"goose": 5}
    assert counts("Subjects: two cats and a dog") == {"cat": 2, "dog": 1}


def test_a_count_said_after_its_noun_replaces_the_assumed_two():
    assert counts("Subjects: sheep. Number of them: four.") == {"sheep": 4}
    assert counts("Animals shown: horses. Their number: 6") == {"horse": 6}
    assert counts("Some horses. Then a 3") == {"horse": 2}  # no "number": the lone 3 is not a count


def test_a_count_survives_commas_and_degree_words_between_its_describing_words():
    assert counts("Five very fluffy, quite scruffy well-groomed rabbits sit in a row") == {"rabbit": 5}
    assert counts("2 truly charming, rather wonderful lively ducks") == {"duck": 2}
    assert counts("A dog, a cat and a bird") == {"dog": 1, "cat": 1, "bird": 1}  # a list still lists
