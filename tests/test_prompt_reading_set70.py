"""Prompts in the voices of held-out set 70 (tests/helpers/blind_set_70.py), in new words.

- "From the movie's opening to its close", "from the shot's beginning to its finish": the whole clip, whatever the
  clip is called; its "close" is no thing.
- "(all) the first half long", "the whole clip long": "long" after a stretch of the clip says for all of it.
- "'tis", "'twas": the old clipped "it is", "it was".
- "Let go (of ...)": to release; its "go" moves nothing, and no second thing comes to go.

Each layout is checked by its objects and their boxes. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, names


def _boxes(prompt: str):
    layout = PLANNER.plan(prompt).layout
    return [(o.name, o.boxes) for o in layout.objects]


@pytest.mark.parametrize(
    "prompt",
    [
        "Two sleepy dogs lie in view from the movie's opening to its close.",
        "Two sleepy dogs lie in view from the scene's start to its close, and naught else.",
        "Two sleepy dogs lie in the frame from the start of the shot to the close of it.",
    ],
)
def test_the_whole_clip_by_any_name_is_a_time_not_a_thing(prompt):
    assert names(prompt) == ["dog", "dog"]
    for _, boxes in _boxes(prompt):
        assert all(box == boxes[0] for box in boxes)  # there, and still, from the first keyframe to the last


def test_a_half_long_is_that_half():
    prompt = "A grey cat sits in the frame the first half long. In the second half it has left, and no cat is there."
    [(name, boxes)] = _boxes(prompt)
    assert name == "gray cat"
    assert [box is not None for box in boxes] == [True, True, True, False, False, False]


def test_the_old_clipped_it_is_read():
    notes = PLANNER.plan("A cat walks in the first half. In the second half 'tis gone; 'twas there before.").notes
    assert not any("tis" in note or "twas" in note for note in notes), notes
    assert [box is not None for _, boxes in _boxes("A cat walks in the first half. In the second half 'tis gone.")
            for box in boxes] == [True, True, True, False, False, False]


def test_letting_go_moves_nothing():
    prompt = "A bird is in view in the first half, and no bird in the second half. Let go of it all."
    [(name, boxes)] = _boxes(prompt)
    assert name == "bird"
    assert [box is not None for box in boxes] == [True, True, True, False, False, False]
