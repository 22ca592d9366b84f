"""A twenty-first round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A moment opening a sentence ("Halfway through,", "Midway,") times the bare thing it introduces, whatever the relative
clause of staying after it says ("which remains there"). A simile's describing word goes with a bare noun too ("as
white as new snow"). A thing said to come in by an edge once its absence ends ("No dog in the first half, then a dog
runs in from the left") comes in past that edge then, never popping up inside the frame. A request to the listener to
hand the speaker a thing ("pass me the salt", "could you grab the mug") is the speaker's world where the clip is told
apart right after it ("then watch:", "on screen"), and an imperative's goal ("throw the ball to the left") is where
its move goes.
"""

import pytest

from tests.helpers.planned import centres, names


def _shown(prompt: str, thing: str) -> list[bool]:
    return [c is not None for c in centres(prompt)[thing]]


# ------------------------------------------------------------ 1. a fronted moment times the bare thing it introduces
@pytest.mark.parametrize("prompt, thing", [
    ("Halfway through, a green cup, which remains there.", "green cup"),
    ("Midway, a yellow dog, which remains.", "yellow dog"),
    ("Halfway through the video, a red box.", "red box"),
    ("A cat sleeps on the left. Half-way through, a white bird, which lingers.", "white bird"),
    ("Midway through, a car which remains.", "car"),
])
def test_a_fronted_moment_times_the_thing_it_introduces(prompt, thing):
    shown = _shown(prompt, thing)
    assert not any(shown[:3]) and all(shown[5:]), shown


# ------------------------------------------------------------ 2. a simile's describing word before a bare noun
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog as white as new snow.", ["white dog"]),
    ("A bird as black as burnt toast flies to the left.", ["black bird"]),
    ("A ball as green as spring grass and a cat.", ["cat", "green ball"]),
    # the verb right after a bare simile noun stays the thing's
    ("A box as red as blood sits on the right.", ["red box"]),
])
def test_a_colour_said_by_a_simile_with_a_described_noun_is_the_things(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. an entrance after an absence comes in past the edge
@pytest.mark.parametrize("prompt, thing, from_left", [
    ("No cat during the first half; then a cat trots in from the left.", "cat", True),
    ("There is no car at first, then a car drives in from the left.", "car", True),
    ("A ball rests on the right. In the second half, a dog walks in from the left.", "dog", True),
    ("No bird in the first half. In the second half, a bird flies in from the right.", "bird", False),
])
def test_an_entrance_after_an_absence_comes_in_past_its_edge(prompt, thing, from_left):
    row = centres(prompt)[thing]
    shown = [c for c in row if c is not None]
    assert not any(c is not None for c in row[:3]) and all(c is not None for c in row[5:]), row
    first, last = shown[0][0], shown[-1][0]
    assert (first < 0.0 and last > first + 0.4) if from_left else (first > 0.8 and last < first - 0.4), row


# ------------------------------------------------------------ 4. a request to hand the speaker a thing
@pytest.mark.parametrize("prompt, drawn", [
    ("Pass me the teapot, then watch: a cat walks to the left.", ["cat"]),
    ("Kindly hand me the mug; on screen, a bird flies to the right.", ["bird"]),
    ("Could you grab the towel for me, then look: a ball bounces.", ["ball"]),
    ("Bring me that lamp, please, then watch: a car drives to the left.", ["car"]),
    # with no clip told apart, or no request to the speaker, the thing stays in the scene
    ("Pass me the teapot.", ["teapot"]),
    ("Pass the ball, then watch: a dog runs to the left.", ["ball", "dog"]),
])
def test_a_request_to_hand_the_speaker_a_thing_is_the_speakers_world(prompt, drawn):
    assert names(prompt) == drawn


def test_the_clip_told_after_a_request_takes_the_whole_clip():
    row = centres("Please hand me the spoon, then watch: a dog runs to the right.")["dog"]
    assert row[1][0] > row[0][0] + 0.02 and row[-1][0] > row[0][0] + 0.4, row


@pytest.mark.parametrize("prompt, thing, leftward", [
    ("Pass the ball to the left.", "ball", True),
    ("Kick the ball to the left.", "ball", True),
    ("Toss the ball to the left.", "ball", True),
])
def test_an_imperatives_goal_is_where_its_move_goes(prompt, thing, leftward):
    row = centres(prompt)[thing]
    assert (row[-1][0] < row[0][0] - 0.3) if leftward else (row[-1][0] > row[0][0] + 0.3), row
