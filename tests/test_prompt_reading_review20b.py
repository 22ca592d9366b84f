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


# item 8: a sight denied with "the" or "any", or before "here", is no such thing then
@pytest.mark.parametrize("prompt", [
    "You cannot see the dog in the first half; in the second half a walking dog shows up and stays.",
    "We never see any dogs here in the first half. In the second half a walking dog appears and stays to the end.",
    "We do not see a dog until the second half of the video.",
    "We don't see the dog until the second half of the video.",
])
def test_a_sight_denied_of_the_thing_is_no_such_thing_then(prompt):
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert [o.name for o in layout.objects] == ["dog"]
    boxes = layout.objects[0].boxes
    assert boxes[:3] == (None,) * 3 and None not in boxes[5:]  # gone in the first half, there in the second


def test_no_birds_here_is_read_as_no_birds():
    from pipelines.lvd.visibility_cues import denied_sightings_as_absence
    assert denied_sightings_as_absence("we never see any birds here.") == "there are no birds here."
    assert denied_sightings_as_absence("you cannot see the dog in the first half") == "there is no dog in the first half"

