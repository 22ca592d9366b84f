"""Readings the session-34 tidying (behaviour-identical) must keep, in new words.

- A mail reply's bare refusal and correction, "No - green!", "Nope: four.", puts the colour or count right in the
  quoted request (the refusal is now matched once and the correction sliced off after it).
- A court transcript's speakers and the examiner's heading ("MS. PARK:", "THE COURT:", "BY MR. OKAFOR:") are the
  record's, never drawn, whether its turns read "Q." or "Q:" (the court's mark is now built from the same pieces as
  the speaker and examiner patterns).
- The readers that step through words with the shared ``vocabulary.WORD_RE`` read an ordinary prompt as before.

Each layout is checked by LVD's own predicates or the planned names.
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


def test_a_bare_refusal_puts_the_colour_right_in_the_quoted_request():
    """ "> a yellow kite ..." / "No - green!": one kite, green."""
    assert names("On Tue, Marta wrote:\n> a yellow kite drifts to the left.\nNo - green!") == ["green kite"]


def test_a_bare_refusal_puts_the_count_right_in_the_quoted_request():
    """ "> two brown horses ..." / "Nope: four.": four horses."""
    assert lvd.numeracy("horse", 4, planned_condition("> two brown horses trot across the field.\nNope: four."))


def test_an_agreeing_reply_still_completes_the_quoted_request():
    """ "Yes, and ...": no refusal, the quote's kite kept beside the reply's dog."""
    assert names("> a yellow kite drifts to the left.\nYes, and a dog sits below it.") == ["dog", "yellow kite"]


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Q: What do you see in the clip?\nA: A dog walks from left to right.\nMS. PARK: Objection.\n"
     "THE COURT: Overruled.\nQ: And is there anything else?\nA: Nothing else.", "dog", False),
    ("BY MR. OKAFOR:\nQ: What crosses the clip?\nA: A red car drives right to left.\nQ: Is anything else there?\n"
     "A: No, just the car.\nMR. OKAFOR: Nothing further, Your Honor.", "car", True),
    ("Q: What do you see in the clip?\nA: A dog walks from left to right.\nQ: And is there anything else?\n"
     "A: Nothing else.", "dog", False),  # a plain quiz, no mark of the court: the quiz reader's, read the same
])
def test_the_court_record_is_never_drawn(prompt, query, leftward):
    condition = planned_condition(prompt)
    assert lvd.numeracy(query, 1, condition)
    assert lvd.one_object_motion(query, leftward, condition)


def test_an_ordinary_prompt_reads_as_before():
    """Two things, one moving: the word-stepping readers add and drop nothing."""
    prompt = "A black cat walks from right to left while a white ball sits still."
    assert names(prompt) == ["black cat", "white ball"]
    assert lvd.one_object_motion("cat", True, planned_condition(prompt))
