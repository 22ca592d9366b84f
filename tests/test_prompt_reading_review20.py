"""Ordinary prompts a review found misread after the twentieth round of phrasings, each fixed by narrowing its rule."""

import pytest

from pipelines.lvd.clip_headings import record_headings_in_plain_words
from pipelines.lvd.reported_clauses import reported_clauses_told
from pipelines.lvd.scenery import drop_setting_words
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


# ------------------------------------------------------------ 3. "then lands" is the verb, "the dry lands" the country
@pytest.mark.parametrize("text", [
    "a duck flies across the sky then lands on the water",
    "a duck flies over the lake and lands on a rock",
    "a swan glides over the pond then lands in the reeds",
])
def test_a_landing_after_a_joining_word_stays_a_landing(text):
    assert drop_setting_words(text) == text


@pytest.mark.parametrize("text, read", [
    ("a bird flies over the dry lands", "a bird flies over the dry countryside"),
    ("an eagle soars over the distant lands to the right", "an eagle soars over the distant countryside to the right"),
])
def test_lands_described_after_their_article_are_the_country(text, read):
    assert drop_setting_words(text) == read


@pytest.mark.parametrize("prompt", [
    "A duck flies across the sky then lands on the water",
    "A swan glides over the pond then lands in the reeds.",
])
def test_a_bird_that_lands_stops_before_the_far_edge(prompt):
    assert [name for name, _ in _drawn(prompt)] in (['duck'], ['swan'])
    boxes = [b for b in PLANNER.plan(prompt, num_keyframes=6).layout.objects[0].boxes if b is not None]
    assert (boxes[-1][0] + boxes[-1][2]) / 2 < 0.75


# ------------------------------------------------------------ 4. a thing of the scene told something stays in it
@pytest.mark.parametrize("prompt, drawn", [
    ("The boy tells the dog that a ball rolls to the left.", [("ball", "left"), ("dog", "still")]),
    ("The girl told the cat that two birds fly to the right.", [("bird", "right"), ("bird", "right"), ("cat", "still")]),
    ("The guide tells the officer that a ball rolls to the left.", [("ball", "left")]),
])
def test_a_reported_clause_told_to_a_thing_keeps_the_thing(prompt, drawn):
    assert _drawn(prompt) == drawn


# ------------------------------------------------------------ 14. a bare verb is a subjunctive only in a reported clause
@pytest.mark.parametrize("text", [
    "the dog sees a ball that the sheep push to the left.",
    "two sheep walk to a fence that the sheep jump over the wall.",
])
def test_a_relative_clause_keeps_its_own_verb(text):
    assert reported_clauses_told(text) == text


@pytest.mark.parametrize("text, read", [
    ("the rule demands that a red car drive to the left.", "a red car drives to the left."),
    ("we suggest that a red car drive to the left.", "we suggest that a red car drives to the left."),
    ("it is vital that a bird fly to the right.", "it is vital that a bird flies to the right."),
    ("build a ramp so that a car can drive to the left.", "build a ramp so that a car drives to the left."),
    ("a ball that a cat can reach rolls to the left.", "a ball that a cat reaches rolls to the left."),
])
def test_a_reported_or_purpose_clause_says_its_verb_plainly(text, read):
    assert reported_clauses_told(text) == read


# ------------------------------------------------------------ 10. "called" straight before a quote names the thing
@pytest.mark.parametrize("text", [
    'a parrot called "polly" flies to the left.',
    'a boat called "hope" sails to the right.',
])
def test_a_name_in_quotes_after_called_stays(text):
    assert record_headings_in_plain_words(text) == text


def test_words_called_out_after_a_comma_are_said():
    assert record_headings_in_plain_words('a girl calls, "come here!" a dog runs to the left.') == (
        "a girl calls. a dog runs to the left.")


@pytest.mark.parametrize("prompt, drawn", [
    ('A parrot called "Polly" flies to the left.', [("parrot", "left")]),
    ('A boat called "Hope" sails to the right.', [("boat", "right")]),
])
def test_a_thing_named_in_quotes_moves_its_way(prompt, drawn):
    assert _drawn(prompt) == drawn


# ------------------------------------------------------------ a modal "can" after its subject is no tin can
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog can run to the left.", [("dog", "left")]),
    ("The bird can fly from the left to the right.", [("bird", "right")]),
    ("Two cats can walk to the right.", [("cat", "right"), ("cat", "right")]),
])
def test_a_modal_can_after_its_subject_draws_no_can(prompt, drawn):
    assert _drawn(prompt) == drawn


@pytest.mark.parametrize("prompt", ["A can rolls to the left.", "A dog kicks a can to the left.", "Two cats and a can."])
def test_a_can_after_a_determiner_is_still_the_tin(prompt):
    assert "can" in [name for name, _ in _drawn(prompt)]
