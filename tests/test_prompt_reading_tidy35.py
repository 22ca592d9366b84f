"""Tidying of the prompt readers (session 35): what the tidied code must keep reading, and the cases it now makes
explicit.

- Verse: a line that is a clause of its own opens a new sentence after one that has its subject, the sentence being
  the text after the last sentence end, even one inside a line ("the morning goes. a dog / walks on ...").

Each layout is checked by LVD's own predicates.
"""

import pytest

from pipelines.lvd import companions
from pipelines.lvd.verse_voice import verse_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("poem, prose", [
    ("across the frame the morning goes. a dog\nwalks on from left to right\nit does not stop",
     "across the frame the morning goes. a dog walks from left to right. it does not stop"),
    ("the wind is still; a cat / from the right of the frame / it walks to the left / the cat goes on",
     "the wind is still; a cat, from the right of the frame. it walks to the left. the cat goes"),
])
def test_a_verse_sentence_starts_after_a_stop_inside_a_line(poem, prose):
    """The sentence a clause line follows is read from the last stop, wherever it fell: the joining carries it on
    line by line rather than splitting the whole joined text again."""
    assert verse_in_plain_words(poem) == prose


def test_a_verse_with_a_stop_inside_a_line_keeps_its_move():
    condition = planned_condition("across the frame the morning goes. a dog\nwalks on from left to right\n"
                                  "it does not stop")
    assert lvd.one_object_motion("dog", False, condition)
    assert lvd.numeracy("dog", 1, condition)


def test_a_fronted_participle_whose_object_is_not_named_after_it_has_no_doer():
    """The planner only asks about an object it found after the participle, so this is the helper's own contract:
    asked about one named nowhere after it, it answers "no doer" rather than raising StopIteration."""
    text = "riding, a knight goes left"
    found = list(companions._WORD.finditer(text))
    owners: list[int | None] = [None] * len(found)  # nothing after "riding" is the object asked about (thing 0)
    assert companions._fronted_doer(text, found, [], owners, thing=0, at=0) is None


def test_a_fronted_participles_doer_still_rides_its_object():
    """"Riding a horse, a knight goes left": the knight and the horse are one pair, going left together."""
    condition = planned_condition("Riding a brown horse, a knight goes from the right of the frame to the left.")
    assert lvd.one_object_motion("knight", True, condition)
    assert lvd.one_object_motion("horse", True, condition)


@pytest.mark.parametrize("prompt, query, count", [
    ("Q: What was in the video?\nA: Three yellow balls.\nMR. DE LA CRUZ: Objection. Asked and answered.\n"
     "Q: How many balls?\nA: Three.", "ball", 3),
    ("Q: What was on the footage?\nA: One car.\nMS. ST JOHN: Objection.\nQ: One car?\nA: Yes, one car.", "car", 1),
    ("Q: What was in the video?\nA: Two red apples.\nMS. ORTEGA: Objection. Leading.\nQ: How many apples?\nA: Two.",
     "apple", 2),
])
def test_counsel_of_any_name_marks_a_court_transcript(prompt, query, count):
    """With "Q:"/"A:" turns the court's only mark may be counsel's line; a name of two or three words ("DE LA CRUZ",
    "ST JOHN") marks it as one word ("ORTEGA") does, so the count asked again is the same things, not more."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_multi_word_counsels_objection_names_no_thing():
    prompt = ("Q: What did the recording show?\nA: A horse.\nMR. VAN DER BERG: Objection, the witness is guessing "
              "about the dog.\nQ: Just the horse?\nA: Just one horse.")
    assert names(prompt) == ["horse"]


def test_a_plain_quiz_stays_a_quiz():
    """No court mark at all: "Q:"/"A:" lines are the quiz reader's, as before."""
    prompt = "Q: What is in the clip?\nA: A brown dog.\nQ: Which way does it walk?\nA: From left to right."
    condition = planned_condition(prompt)
    assert lvd.numeracy("dog", 1, condition)
    assert lvd.one_object_motion("dog", False, condition)
