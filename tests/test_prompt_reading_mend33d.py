"""Regressions of session 33's new readers on ordinary prompts, each read again as the start commit read it.

A reply under a quote putting a colour right ("No, red.") swaps the quote's colour instead of adding one; a reply
swapping the thing alone ("make it a puppy") keeps the quote's way. A titled name after a verb ("chases Bella") and
"chat" as a verb ("kids chat") are no stream's emote. A name of two words opening a sentence ("Aunt Mabel arrived")
is its own subject, never an unseen one taking the verb from the clip's thing.
"""

import pytest

from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import names, planned_condition, ways_and_presence, ways_of


# ------------------------------------------------------------ 1. a colour put right swaps the quote's colour
@pytest.mark.parametrize("prompt, drawn", [
    ("> a green van drives from right to left\nNo, white.", ["white van"]),
    ("> a black horse stands on the left\nNo, brown!", ["brown horse"]),
    ("> a small red kite flies across\nNope, yellow.", ["small yellow kite"]),
])
def test_a_reply_putting_a_colour_right_swaps_the_quotes_colour(prompt, drawn):
    """The new colour replaces the quote's colour: one colour drawn, not both."""
    assert [name.replace("small ", "") for name in names(prompt)] == [drawn[0].replace("small ", "")]


def test_a_reply_putting_a_colour_right_keeps_the_quotes_way():
    """The quoted sentence's way across is kept with the colour put right."""
    condition = planned_condition("> a green van drives from right to left\nNo, white.")
    assert bench.one_object_motion("white van", True, condition)


@pytest.mark.parametrize("prompt, count", [
    ("> Two dogs nap on the porch.\nNo, three.", 3),
    ("> Four birds sit on the wire.\nNo, two.", 2),
])
def test_a_reply_putting_a_count_right_still_counts(prompt, count):
    """The count correction the reply reader was written for keeps working."""
    assert bench.numeracy("", count, planned_condition(prompt))


# ------------------------------------------------------------ 2. a reply swapping the thing alone keeps the quote's way
@pytest.mark.parametrize("prompt, thing, leftward", [
    ("> a cat walks from right to left\nmake it a kitten", "kitten", True),
    ("> a horse gallops from left to right\nmake it a pony.", "pony", False),
    ("> a car drives from right to left\na truck instead.", "truck", True),
])
def test_a_reply_swapping_the_thing_keeps_the_quotes_way(prompt, thing, leftward):
    """"make it a kitten" puts the kitten in the quoted sentence; the quote's motion stays."""
    assert names(prompt) == [thing]
    assert bench.one_object_motion(thing, leftward, planned_condition(prompt))


def test_a_reply_naming_a_scene_of_its_own_still_replaces_the_quote():
    """A reply saying no with things of its own is the scene, as before."""
    assert names("> Two cats nap on the bed.\nNo, two dogs.") == ["dog", "dog"]


# ------------------------------------------------------------ 3. a verb's named object and "chat" as a verb
@pytest.mark.parametrize("prompt, drawn", [
    ("A girl and a boy chat on a porch while a kitten follows Milo", {"girl": "", "boy": "", "kitten": ""}),
    ("A boy texts on his iPad as a dog chases Rosie", {"boy": "", "dog": "right"}),
])
def test_a_name_after_a_verb_is_no_emote(prompt, drawn):
    """The named one is someone unseen the verb acts on, so the drawn things move as the sentence says alone."""
    assert ways_of(prompt) == drawn


@pytest.mark.parametrize("prompt, thing", [
    ("ok chat, one sleepy dog stays to the end Kappa", "dog"),
    ("chat a single red ball rolls around PogChamp", "ball"),
])
def test_a_streamers_emote_is_still_dropped(prompt, thing):
    """The stream's voice: the emote closing the line is no thing."""
    assert [name.split()[-1] for name in names(prompt)] == [thing]


# ------------------------------------------------------------ 4. a two-word name opening a sentence is its own subject
def test_a_two_word_name_riding_moves_the_horse():
    """"Sir Gawain rides ... on a horse": the horse carries the way across."""
    condition = planned_condition("Sir Gawain rides from left to right on a horse.")
    assert bench.one_object_motion("horse", False, condition)


@pytest.mark.parametrize("prompt", [
    "Uncle Ted arrived from the left with a pie.",
    "Uncle Ted showed up from the left with a pie.",
])
def test_a_two_word_name_arriving_brings_the_thing(prompt):
    """"Uncle Ted arrived ... with a pie": the pie comes in the second half, not from the first frame."""
    assert bench.visibility("pie", True, planned_condition(prompt))


def test_a_labels_unknown_value_is_still_its_own_subject():
    """"Patched: ghost sprites popping up." stays the label's: the clip's dog is there from the first frame."""
    prompt = "Patched: ghost sprites popping up. One dog sits on the left from start to finish."
    read = ways_and_presence(prompt)
    assert list(read) == ["dog"] and "." not in read["dog"][1]
