"""Ordinary prompts a review found misread after the twentieth round of phrasings, each fixed by narrowing its rule."""

import pytest

from tests.helpers.planned import PLANNER


def _drawn(prompt: str) -> list[tuple[str, str]]:
    """Each object's name and which way it goes across the clip: left, right or still."""
    found = []
    for obj in PLANNER.plan(prompt, num_keyframes=6).layout.objects:
        boxes = [b for b in obj.boxes if b is not None]
        shift = (boxes[-1][0] + boxes[-1][2]) / 2 - (boxes[0][0] + boxes[0][2]) / 2
        found.append((obj.name, "right" if shift > 0.1 else "left" if shift < -0.1 else "still"))
    return sorted(found)


# ================================================================== part A
# ------------------------------------------------------------ 1. "as if" after a verb of seeming says the scene
@pytest.mark.parametrize("prompt, drawn", [
    ("It seems as if two cats walk to the right.", [("cat", "right"), ("cat", "right")]),
    ("It looks as though a red ball rolls to the left.", [("red ball", "left")]),
    ("It feels as if a dog runs to the left.", [("dog", "left")]),
])
def test_as_if_after_a_verb_of_seeming_keeps_its_scene(prompt, drawn):
    assert _drawn(prompt) == drawn


def test_as_if_after_a_move_still_compares():
    assert _drawn("A ball rolls to the right as though a dog chased it.") == [("ball", "right")]


# ------------------------------------------------------------ 2. a thing asked for on screen is the scene's own
@pytest.mark.parametrize("prompt, drawn", [
    ("Bring me a dog in the video running to the right.", [("dog", "right")]),
    ("Fetch me a blue box in the clip sliding to the left.", [("blue box", "left")]),
    ("Pass me the salt, then watch: a dog runs left.", [("dog", "left")]),
])
def test_a_thing_asked_for_in_the_clip_is_drawn(prompt, drawn):
    assert _drawn(prompt) == drawn


def test_a_thing_asked_for_on_screen_keeps_the_thing():
    assert "red ball" in [name for name, _ in _drawn("Give me a red ball on screen that rolls to the left.")]
