"""Ordinary prompts the storyteller's and the unit test's and EDL's readers (set 150's voices) once misread, in new
words, with the voice's own case beside each.

- A relative clause with no "that" ("the kite he was flying", "the box it was in") is no storyteller's fronted "a
  brown bird it was": only an "it was" closing its clause fronts a thing.
- "devil a" inside a name ("a dust devil a little to the left") is no "divil a dog": only at a clause's start or
  after a comma, "and" or "but" is it "none".
- Prose written around an EDL or a unit test ("A cat walks from left to right." above the event lines or the test)
  says the scene, as the comments and docstrings do.

Each layout is checked by LVD's own predicates.
"""

import time

import pytest

from pipelines.lvd.storyteller_voice import storyteller_in_plain_words
from pipelines.lvd.unit_test_and_edl_voices import unit_test_and_edl_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition, ways_and_presence

EVENT = "002  B007C003 V     C        00:00:10:00 00:00:16:00 01:00:00:00 01:00:06:00"


@pytest.mark.parametrize("prompt, query, leftward", [
    ("The drone she was piloting glides from left to right.", "drone", False),
    ("A cat naps. The mouse it is chasing scurries from right to left.", "mouse", True),
    ("A man kicks the ball he is dribbling to the left side.", "ball", True),
    ("The dog it was who ran from right to left.", "dog", True),
])
def test_a_relative_clause_with_no_that_is_no_fronted_thing(prompt, query, leftward):
    """"The drone she was piloting" is the drone, moving as told from the side it starts on, not "the drone was there"
    with its move lost."""
    condition = planned_condition(prompt)
    start = lvd._cx(lvd._box(condition, [query])[0])
    assert lvd.one_object_motion(query, leftward, condition) and (start > 0.65 if leftward else start < 0.35)


def test_a_thing_a_relative_clause_names_is_there_throughout():
    """"The kite he is holding" rising later is there from the start, not only in the second half."""
    assert ways_and_presence("The yellow kite he is holding rises up in the second half.")["yellow kite"][1] == "111111"


def test_a_thing_a_relative_clause_names_stays_where_told():
    """"The crate it was in stays on the right": the crate on the right, still."""
    way, shown = ways_and_presence("A cat runs to the left. The crate it was in stays on the right.")["crate"]
    row = lvd._box(planned_condition("A cat runs to the left. The crate it was in stays on the right."), ["crate"])
    assert (way, shown) == ("", "111111") and lvd._cx(row[0]) > 0.6


def test_a_thrower_in_a_relative_clause_stays_put():
    """"A boy throws the stone he is holding from left to right": the stone flies, the boy stays."""
    assert ways_and_presence("A boy throws the stone he is holding from left to right.")["boy"][0] == ""


@pytest.mark.parametrize("prompt, things, colours", [
    ("A grey cat it was, and a white dog beside it, the two of them there from start to finish.", ("cat", "dog"),
     ("grey", "white")),
    ("Two brown horses they were. A black cow stood by them the whole while.", ("horse", "cow"), ("brown", "black")),
])
def test_a_fronted_thing_closing_its_clause_is_still_there(prompt, things, colours):
    """The storyteller's own "a grey cat it was," keeps reading as a grey cat."""
    assert lvd.attribution(*things, *colours, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("A dust devil a little to the right spins in the middle.", ["dust devil"]),
    ("A blue devil a dog and a cat stand in a row.", ["blue devil", "cat", "dog"]),
])
def test_devil_a_inside_a_name_is_no_none(prompt, drawn):
    """"devil a" mid-phrase names the devil and keeps what follows."""
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "A cat sat on the left the whole time, and divil a dog was in it at all.",
    "A cat sat on the left the whole time, but nary a dog was in it.",
])
def test_divil_a_after_and_or_but_is_still_none(prompt):
    assert names(prompt) == ["cat"]


@pytest.mark.parametrize("prompt, query, leftward", [
    (f"A horse gallops from right to left.\n{EVENT}\n* COMMENT: shot on a long lens", "horse", True),
    (f"TITLE: DAILIES\nA bird flies from left to right.\n{EVENT}\n* FROM CLIP NAME: B007C003\n* COMMENT: locked off",
     "bird", False),
])
def test_prose_around_an_edl_says_the_scene(prompt, query, leftward):
    """A sentence above the event lines is the scene, as a comment is; the event and clip-name lines add nothing."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_an_edl_with_prose_counts_its_things():
    prompt = f"Three ducks float on the left.\n{EVENT}\n* NOTE: grade it cool"
    assert lvd.numeracy("duck", 3, planned_condition(prompt))


def test_an_edl_comment_still_says_the_clip():
    prompt = f"TITLE: SELECTS\nFCM: NON-DROP FRAME\n{EVENT}\n* COMMENT: DOG RUNS FRAME LEFT TO FRAME RIGHT, HEAD TO TAIL."
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A green car drives from right to left.\n\ndef test_car(clip):\n    assert clip.has('car')", "green car", True),
    ("import pytest\nA dog runs from left to right.\n\n@pytest.mark.slow\ndef test_dog(clip):\n"
     "    assert clip.has('dog')", "dog", False),
])
def test_prose_above_a_unit_test_says_the_scene(prompt, query, leftward):
    """An unindented sentence that is no code is prose, as a comment is; the import, decorator and head add nothing."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_prose_above_a_unit_test_places_its_things():
    """"Three birds perch on the right." above a count check: three birds, on the right, counted once."""
    condition = planned_condition("Three birds perch on the right.\ndef test_birds(clip):\n"
                                  "    assert clip.count('bird') == 3")
    assert lvd.numeracy("bird", 3, condition)
    assert all(lvd._cx(row[0]) > 0.5 for row in condition.boxes)


def test_a_unit_tests_docstring_still_says_the_clip():
    prompt = ('def test_cat(clip):\n    """A lively cat runs from right to left."""\n'
              '    assert clip.has("lively cat")')
    assert lvd.one_object_motion("cat", True, planned_condition(prompt))


@pytest.mark.parametrize("rewrite, trigger", [
    (storyteller_in_plain_words, "the big red kite he was flying, devil a "),
    (unit_test_and_edl_in_plain_words, f"A cat sits here.\n{EVENT}\n* NOTE: x\n"),
    (unit_test_and_edl_in_plain_words, "def test_x(clip):\nA cat is there.\n    assert clip.has('cat')\n"),
])
def test_a_long_repeat_of_a_prose_line_is_read_fast(rewrite, trigger):
    prompt = (trigger * 2000)[:2000]
    start = time.perf_counter()
    rewrite(prompt)
    assert time.perf_counter() - start < 0.1
