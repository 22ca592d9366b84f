"""Prompts in the voices of held-out sets 87 and 90 (tests/helpers/blind_set_87.py, blind_set_90.py), in new words.

- A cook's "while that simmers," is "that" and its verb: "simmers" is a real word, never a mistyped "swimmers", and
  "that" or "this" counts one, so an -s word ending the clause after it is its verb, never a plural thing.
- A host's "keep an eye on the cat" is watching the cat: no eye is drawn, and what the cat does next is its own.
- A sight the viewer is denied, "you won't see a dog in the first half", is no dog then: the dog that shows up later
  is the same one, not a second dog there from the start.
- A person told as one known already who only watches what "nothing else" fences, "the student observes three parked
  cars, and nothing joins them", "the pupil sees nothing else", "the teacher waits for the pupil to notice them", is
  the clip's audience: neither the onlooker nor the one waiting on that sight is drawn; "a man watches two dogs", an
  onlooker brought in, stays in the scene. "They remain, and nothing joins them" fences the things counted before.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


@pytest.mark.parametrize("prompt", [
    "While that simmers, a clip with two sleepy dogs in it, from start to finish.",
    "While that bakes, a video with two sleepy dogs in it, there the whole time.",
])
def test_a_cooks_that_simmers_is_a_pronoun_and_its_verb(prompt):
    assert names(prompt) == ["dog", "dog"]
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1  # in view and still all along


@pytest.mark.parametrize("prompt", [
    "Friends, keep an eye on the sleepy dog: it walks from the right side of the frame to the left side.",
    "Keep a close eye on the dog. It walks from the right to the left.",
])
def test_an_eye_kept_on_a_thing_is_watching_it_no_eye(prompt):
    path = centres(prompt)["dog"]
    assert names(prompt) == ["dog"]
    assert path[0][0] > 0.6 and 0.35 < path[4][0] < 0.65 and path[-1][0] < 0.4  # right, middle, left


@pytest.mark.parametrize("prompt", [
    "At home, friends, you won't see a dog in the first half; in the second half a walking dog shows up and stays.",
    "We never spot a dog in the first half. In the second half a walking dog appears and stays until the end.",
    "You are not going to be seeing a dog in the first half; in the second half a walking dog trots in and stays.",
])
def test_a_sight_the_viewer_is_denied_is_no_such_thing_then(prompt):
    assert names(prompt) == ["dog"]
    path = centres(prompt)["dog"]
    assert path[:3] == [None] * 3 and None not in path[5:]  # gone in the first half, there in the second


@pytest.mark.parametrize("prompt, name, count", [
    ("Lesson: the pupil watches two sleeping cats from the opening of the clip to its close. Nothing else is there. "
     "Patience is the answer.", "cat", 2),
    ("The quiet student observes three parked cars. From the start to the end they remain, and nothing joins them. "
     "So ends the lesson.", "car", 3),
    ("Lesson of stillness: two sleeping cats, there from the opening to the close, and nothing else. The teacher waits "
     "for the pupil to notice them.", "cat", 2),
])
def test_the_onlooker_of_the_fenced_things_is_the_audience(prompt, name, count):
    assert names(prompt) == [name] * count
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1  # in view and still all along


def test_the_onlooker_who_sees_nothing_else_is_not_drawn_and_the_cars_cross():
    prompt = "Three moving cars cross the whole clip, and the pupil sees nothing else."
    assert names(prompt) == ["car"] * 3
    for obj in PLANNER.plan(prompt).layout.objects:
        centres_x = [(box[0] + box[2]) / 2 for box in obj.boxes]
        assert None not in obj.boxes and centres_x[-1] > centres_x[0] + 0.3  # in view all along, going right


def test_an_onlooker_brought_in_stays_in_the_scene():
    assert names("A man watches two dogs sit, and nothing else.") == ["dog", "dog", "man"]
