"""Ordinary prompts that the Geordie spellings and the widened speech opening of set 156 had misread, in new words.

- A Geordie's "gan", "nee" and "aal" are also a name, a maiden name and the Dutch eel: "a boy named Gan", "Gan the
  donkey", "Mrs Brown, nee White", "an aal": each is "go", "no", "all" only where its place says so ("gan from the
  left", "nee birds", "aal the way"), and the Geordie voice keeps reading.
- "A short note on a shelf, a dog walks ...": a note, update or reminder opens a speech only as a heading closed by a
  colon that names no thing ("A very short note on today's video:"); a note on a shelf is a thing of the scene.

Each layout is checked by LVD's own predicates or by the planned boxes' places.
"""

import time

import pytest

from pipelines.lvd.spelling_repair import repaired_spelling
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition, ways_of


def _still_at(prompt: str, name: str) -> float:
    """The x of ``name``'s centre, asserting it never moves."""
    xs = {round(c[0], 3) for c in centres(prompt)[name] if c is not None}
    assert len(xs) == 1, (prompt, xs)
    return xs.pop()


def test_a_girl_named_gan_sits_still():
    """"named Gan" is a name: no "go" that walks the girl off beside the van."""
    prompt = "a girl named Gan sits to the left of a parked van"
    assert _still_at(prompt, "girl") < _still_at(prompt, "van")


@pytest.mark.parametrize("prompt, name, right", [
    ("Gan the donkey stands still on the right side of the frame", "donkey", True),
    ("Prof. Gan holds a mug on the left side of the frame", "mug", False),
])
def test_gan_as_a_name_keeps_the_side(prompt, name, right):
    """"Gan the donkey", "Prof. Gan holds": no "go the donkey" that loses its side."""
    x = _still_at(prompt, name)
    assert x > 0.6 if right else x < 0.4


def test_a_baby_named_nee_is_drawn():
    """"a baby named Nee" is no "no baby": the baby is drawn on its side."""
    prompt = "a baby named Nee naps on the right side of the frame"
    drawn = names(prompt)
    assert len(drawn) == 1 and drawn[0].startswith("baby")
    assert _still_at(prompt, drawn[0]) > 0.6


def test_a_maiden_name_keeps_its_side():
    """"Mrs Brown, nee White, stands still on the left side": no "no White" that takes the woman off her side."""
    prompt = "Mrs Brown, nee White, stands still on the left side of the frame"
    assert all(_still_at(prompt, name) < 0.4 for name in names(prompt))


def test_an_aal_is_the_eel_drawn():
    """"an aal" is the Dutch eel, no "an all": it is drawn."""
    assert "aal" in names("a heron catches an aal in the second half of the video")


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Howay, watch the dog gan from the left side o' the frame to the right side.", "dog", False),
    ("Howay pet, a cat runs aal the way from the right side to the left side.", "cat", True),
])
def test_the_geordie_gan_and_aal_still_go(prompt, query, leftward):
    """The voice set 156 was written in: "gan from" is "go from", "aal the way" "all the way"."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_the_geordie_nee_before_a_thing_is_still_no():
    """"nee birds" is no birds: the birds come in in the second half only."""
    prompt = "There's nee birds in the first half, then two flying birds come in for the second half."
    assert lvd.visibility("bird", True, planned_condition(prompt))


def test_the_geordie_little_words_read_in_their_places():
    assert repaired_spelling("divvent gan oot, we'll gan doon to the left") == \
        "don't go out, we'll go down to the left"
    assert repaired_spelling("there's nee car at aal, that's aal") == "there's no car at all, that's all"
    assert repaired_spelling("a panda named gan gan, lady jane, nee grey, an aal") == \
        "a panda named gan gan, lady jane, nee grey, an aal"


def test_nee_repeated_is_not_read_as_no():
    """A hostile "nee nee nee ..." names no thing after its "nee": it stays as written, so it plans quickly."""
    PLANNER.plan("a cat")
    start = time.perf_counter()
    PLANNER.plan("nee " * 500)
    assert time.perf_counter() - start < 0.5
    assert repaired_spelling("nee " * 4) == "nee " * 4


def test_a_note_on_a_shelf_is_drawn():
    """"A short note on a shelf, a dog walks ...": the note is the scene's, and the dog still walks right."""
    prompt = "A short note on a shelf, a dog walks from left to right for the whole video."
    assert any("note" in name for name in names(prompt))
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


def test_a_note_on_its_own_is_drawn_and_falls():
    """"A short note. It falls ...": no heading (no colon), so the note is the thing that falls."""
    prompt = "A short note. It falls from the top of the frame to the bottom over the whole clip."
    track = [c for c in centres(prompt)["short note"] if c is not None]
    assert track[-1][1] > track[0][1]


def test_a_note_on_the_counter_beside_a_spoon():
    """"A brief note on the counter, a spoon lies still on the right": the note and counter drawn, the spoon right."""
    prompt = "A brief note on the counter, a spoon lies still on the right for the whole video."
    assert any("note" in name for name in names(prompt))
    assert _still_at(prompt, "spoon") > 0.6
    assert ways_of(prompt)["spoon"] == ""


@pytest.mark.parametrize("prompt, check", [
    ("A very short note on today's video: two flying birds, start to finish.",
     lambda c: lvd.numeracy("bird", 2, c)),
    ("A quick reminder about the clip: one moving ball rolls from left to right.",
     lambda c: lvd.one_object_motion("ball", False, c)),
])
def test_a_heading_note_on_the_clip_is_no_thing(prompt, check):
    """The captain's voice: "a very short note on ...:" heading the clip is no note to draw."""
    assert check(planned_condition(prompt))
    assert not any("note" in name or "reminder" in name for name in names(prompt))
