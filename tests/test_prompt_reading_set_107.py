"""Prompts in the voices of held-out set 107 (tests/helpers/blind_set_107.py), in new words.

- Quoted words under a short heading that name a thing are the scene told, 'Chorus: "a red ball rolls ..."',
  'Libretto: "two dogs sleep ..."', the heading the writer's label over them; quoted words naming nothing, a motto or a
  password, stay said and never shown.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ('Chorus: "The box stays still, and a cat runs from the left of the box to the right of the box."',
     "cat", "box", False),
    ('Aria: "A horse trots from the right of the tree to the left of the tree; the tree stays put."',
     "horse", "tree", True),
    ('Anthem: "The dog keeps still while a ball rolls from the left of the dog to the right of the dog."',
     "ball", "dog", False),
])
def test_quoted_words_under_a_heading_that_name_things_are_the_scene(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ('Libretto: "Three sleepy cats lie there from start to finish."', "cat", 3),
    ('Refrain: "Two parked cars, and nothing else, the whole time!"', "car", 2),
    ('Hymn: "Four sleeping dogs lie still the whole time, and nothing else."', "dog", 4),
])
def test_a_quoted_count_under_a_heading_is_drawn(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_quoted_words_naming_nothing_stay_said():
    assert names('Chant: "Roll on and on." Two parked cars stay the whole time.') == ["car", "car"]
