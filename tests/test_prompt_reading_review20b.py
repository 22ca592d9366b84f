"""Prompts a reviewer found misread in the planner, each with one in new words.

Part B:
- The onlooker of things "nothing else" fences is the audience only when told by a word of watching or learning ("the
  pupil") or a word the tables do not know; "the old man watches two dogs play, and nothing else" may be a first
  mention with "the", so the man is drawn.
"""

import pytest

from tests.helpers.planned import PLANNER, names


def _xs(prompt: str) -> dict[str, list[list[float]]]:
    """Each name's box-centre x per keyframe, for every object of that name."""
    found: dict[str, list[list[float]]] = {}
    for obj in PLANNER.plan(prompt).layout.objects:
        found.setdefault(obj.name, []).append([(box[0] + box[2]) / 2 for box in obj.boxes if box is not None])
    return found


# ------------------------------------------------------------------------------------------------------- part B
# item 6: a person brought in with "the" who watches the fenced things may be in the scene
@pytest.mark.parametrize("prompt, drawn", [
    ("The old man watches two dogs play, and nothing else.", ["dog", "dog", "man"]),
    ("The girl watches three ducks swim to the left, and nothing else.", ["duck", "duck", "duck", "girl"]),
    ("The woman looks at two sleeping cats, and nothing more.", ["cat", "cat", "woman"]),
])
def test_a_person_watching_the_fenced_things_is_drawn(prompt, drawn):
    assert names(prompt) == drawn


def test_the_ducks_the_girl_watches_still_swim_left():
    ducks = _xs("The girl watches three ducks swim to the left, and nothing else.")["duck"]
    assert all(path[-1] < path[0] - 0.2 for path in ducks)


@pytest.mark.parametrize("prompt, drawn", [
    ("The young viewer watches two dogs play, and nothing else.", ["dog", "dog"]),
    ("The quiet pupil observes three parked cars, and nothing more.", ["car", "car", "car"]),
])
def test_an_onlooker_named_by_watching_is_the_audience(prompt, drawn):
    assert names(prompt) == drawn
