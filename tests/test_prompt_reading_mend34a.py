"""Prose wrapped wholly in brackets and ending on a face or an emoji's short code is prose, not a Lisp file.

"(A red car ... :o)" has a colon before a letter, as a Lisp keyword has, but ":o", ":D", ":P" are faces and ":duck:"
a short code; a form that opens on a sentence ("(A ball bounces :right to left)") or holds a clause's comma or stop
is prose too. Each keeps its own reading, while a Lisp file's forms (a one-letter keyword with its value included)
are still read as forms. Each layout is checked by LVD's own predicates.
"""

import pytest

from pipelines.lvd.lisp_forms import lisp_in_plain_words, looks_like_lisp
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, planned_condition


@pytest.mark.parametrize("prompt, query, appears", [
    ("(A pink bus appears in the first half and disappears in the second half :o)", "pink bus", False),
    ("(A white horse is missing in the first half and arrives in the second half :D)", "white horse", True),
])
def test_a_bracketed_sentence_ending_on_a_face_keeps_its_halves(prompt, query, appears):
    """A face (":o", ":D") is no keyword: the sentence's halves say when its coloured thing is there."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_bracketed_sentence_keeps_its_colours_and_second_thing():
    prompt = "(A black cat sits to the right of a still blue ball :o)"
    assert lvd.attribution("cat", "ball", "black", "blue", planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("(Four fish swim from right to left in the second half :D)", "fish", 4),
    ("(three red birds fly from right to left :bird:)", "bird", 3),
])
def test_a_bracketed_sentence_keeps_its_count(prompt, query, count):
    """Neither a face nor a short code (":bird:") turns a sentence's words into one-word forms."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("(An orange car drives left. A house stays still on the right :P)", "car", True),
    ("(a horse runs right to left) (a dog sits still on the left :P)", "horse", True),
    ("(A ball rolls :right to left)", "ball", True),
])
def test_a_bracketed_sentence_keeps_its_way(prompt, query, leftward):
    """Sentences in brackets, and a sentence opening a form before its ":right", move their thing their way."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_bracketed_aside_with_a_comma_keeps_its_colours():
    prompt = "(Two dogs (one brown, one gray) stand side by side :D)"
    assert lvd.attribution("dog", "dog", "brown", "gray", planned_condition(prompt))


def test_a_bracketed_sentence_keeps_its_thing_on_another():
    """"(a dog sleeps on the bed :p)": the dog is drawn on the bed, not on the floor beside it."""
    placed = centres("(a dog sleeps on the bed :p)")
    dog, bed = placed["dog"][0], placed["bed"][0]
    assert dog[1] < bed[1]


@pytest.mark.parametrize("prose", [
    "(A ball bounces :right to left)",
    "(a cat naps :zzz:)",
    "(one dog, two cats :D)",
    "(a bird sings) (a dog barks :P)",
])
def test_faces_short_codes_and_sentences_are_no_lisp(prose):
    assert not looks_like_lisp(prose)
    assert lisp_in_plain_words(prose) == prose


@pytest.mark.parametrize("prompt, query, count", [
    ("(defclip pack :shows (running-wolf :n 3))", "wolf", 3),
    (";; a flock\n(defclip sky :things (flying-birds :count five) :whole-clip t) ;; :D", "bird", 5),
    ("(defclip parade :shows (marching-dog :count two) :together t) ;; :P :dog:", "dog", 2),
])
def test_a_lisp_file_is_still_read_as_forms(prompt, query, count):
    """A one-letter keyword with its value (":n 3") is a keyword; faces and short codes in a ";;" comment, and a
    defining form's two bare symbols before its first keyword ("defclip sky"), leave a Lisp file read as forms."""
    assert looks_like_lisp(prompt)
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_an_ordinary_prompt_keeps_its_reading():
    assert lvd.one_object_motion("car", False, planned_condition("A red car drives from left to right."))
