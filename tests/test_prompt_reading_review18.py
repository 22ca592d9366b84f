"""Ordinary prompts a review found misread after the seventeenth round of phrasings, each fixed by narrowing its rule.

An ellipsis is a pause only right after a time ("in the second half... it vanishes"); elsewhere it still ends a
sentence or marks a self-correction ("A red... a blue ball"). A label before a colon drops as a speaker only when it
names no thing ("Dog: I run ..." is the dog). A wait still going on ("We wait for a ball to roll in") is no absence. A
"nothing more" fences off only a clip being presented, and "nothing more than a blur" fences nothing. A past-tense
watcher ("and a cat watched it") is as much in the scene as "and a cat watches it", and one the tables do not know
("and the fisherman saw it") is noted as not drawn. A question on where a thing ends takes any count or owner
("Where do five balls end up?"). "The end of the tape and it rolls" names a tape, and "the track end" a place.
"""

import pytest

from pipelines.lvd.pattern_chess_and_notice_voices import (
    looks_like_pattern_chess_or_notice,
    pattern_chess_and_notice_in_plain_words,
)
from tests.helpers.planned import PLANNER, centres, names


def _moving(prompt: str) -> list[str]:
    """The names of the things whose box centre changes over the clip."""
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    moved = []
    for obj in layout.objects:
        boxes = [b for b in obj.boxes if b is not None]
        if boxes and abs(boxes[0][0] - boxes[-1][0]) + abs(boxes[0][1] - boxes[-1][1]) > 0.1:
            moved.append(obj.name)
    return sorted(moved)


# ------------------------------------------------------------ 1. an ellipsis: a pause only right after a time
@pytest.mark.parametrize("prompt, drawn", [
    ("A red... a blue ball rolls to the right.", ["blue ball"]),
    ("Deeper and deeper... a green dog walks to the left.", ["green dog"]),
])
def test_an_ellipsis_not_after_a_time_is_no_pause(prompt, drawn):
    assert names(prompt) == drawn
    assert _moving(prompt) == drawn


def test_the_corners_after_ellipses_are_the_route():
    prompt = ("And look down, from high above, at a moving ball. Lower left corner... lower right corner... upper right "
              "corner. Deeper with every corner it reaches.")
    track = centres(prompt)["ball"]
    assert track[0][0] < 0.35 and track[0][1] > 0.65
    assert track[-1][0] > 0.65 and track[-1][1] < 0.35


# ------------------------------------------------------------ 2. "Dog: I run ...": a label that names a thing
def test_a_label_that_names_a_thing_is_that_thing_speaking():
    assert names("Dog: I run from the left to the right.") == ["dog"]
    assert names("Player: I grab it. GM: A ball rolls away.") == ["ball"]


# ------------------------------------------------------------ 3. a wait still going on is no absence
def test_a_wait_still_going_on_is_no_absence():
    prompt = "We wait for a ball to roll in from the left."
    assert names(prompt) == ["ball"]
    track = centres(prompt)["ball"]
    assert None not in track[5:], track


# ------------------------------------------------------------ 4. "nothing more" in a plain scene fences nothing
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog sleeps on a rug. Two cats play nearby, nothing more.", ["cat", "cat", "dog"]),
    ("A dog chases a cat around the yard. Two birds sit on a branch, and nothing else.", ["bird", "bird", "cat", "dog"]),
    ("Three balls roll to the left, nothing more than a blur. A dog watches them.", ["ball", "ball", "ball", "dog"]),
])
def test_nothing_more_in_a_plain_scene_drops_nothing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 5. a past-tense watcher is in the scene
def test_a_past_tense_watcher_is_drawn():
    prompt = "A red ball rolled to the right, and a cat watched it."
    assert names(prompt) == ["cat", "red ball"]
    assert _moving(prompt) == ["red ball"]


def test_an_unknown_watcher_is_left_out_with_a_note():
    plan = PLANNER.plan("A red ball rolled to the right, and the fisherman saw it.")
    assert [o.name for o in plan.layout.objects] == ["red ball"]
    assert any("'fisherman'" in note and "not drawn" in note for note in plan.notes), plan.notes


# ------------------------------------------------------------ 11. a question on where a thing ends, any count or owner
@pytest.mark.parametrize("prompt, drawn", [
    ("Where does my ball end up? On the left side, having rolled in from the right side.", ["ball"]),
    ("Where do five balls end up? On the left side, having rolled in from the right side.", ["ball"] * 5),
])
def test_where_any_named_thing_ends_up_is_its_end(prompt, drawn):
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert sorted(o.name for o in layout.objects) == drawn
    for obj in layout.objects:
        start, end = (obj.boxes[0][0] + obj.boxes[0][2]) / 2, (obj.boxes[-1][0] + obj.boxes[-1][2]) / 2
        assert end < 0.4 and start > end + 0.2, (start, end)


@pytest.mark.parametrize("closing", ["Deeper with each breath you take in.", "Deeper with every corner it reaches now."])
def test_a_deepening_line_of_any_length_moves_nothing(closing):
    prompt = ("And look down, from high above, at a moving ball. Lower left corner... lower right corner... upper right "
              "corner. " + closing)
    track = centres(prompt)["ball"]
    assert track[-1][0] > 0.65 and track[-1][1] < 0.35


# ------------------------------------------------------------ 8. a real tape or film crew is no part of the clip
@pytest.mark.parametrize("prompt, drawn", [
    ("A kitten bats at the end of the tape and it rolls to the left.", ["kitten", "tape"]),
    ("The first half of the tape, a dog sits on the left.", ["dog"]),
])
def test_a_tape_named_on_is_a_thing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 9. "the track end" is a place, "Shift start." a heading
def test_a_span_before_its_edge_after_an_article_is_a_place():
    assert pattern_chess_and_notice_in_plain_words("a train waits at the track end, then leaves.") == \
        "a train waits at the track end, then leaves."
    assert pattern_chess_and_notice_in_plain_words("shift end: the cat is on the right.") \
        == "at the end, the cat is on the right."
    assert names("A train waits at the track end, then leaves.") == ["train"]


def test_the_headings_pass_opens_only_on_a_heading():
    """A bare "end" beside an occasion word is no heading unless it heads a sentence, so the pass stays shut."""
    place, heading = "a train waits at the track end, then leaves.", "shift end: the cat is on the right."
    assert not looks_like_pattern_chess_or_notice(set(place.replace(",", "").rstrip(".").split()), place)
    assert looks_like_pattern_chess_or_notice({"shift", "end", "the", "cat", "is", "on", "right"}, heading)
