"""Ordinary quizzes the court-transcript reader took for a cross-examination, its own misreadings of a witness's
answers, and a quiz's colour answer that swallowed the next question's thing.

- A plain "Q:"/"A:" quiz with no mark of the court (no period after "Q", no "BY MS. ..." heading, no other speaker, no
  "Your Honor") is the quiz reader's: its lines before the first question are read, as they always were.
- In a transcript, a line around the turns is said as it is; a question on the witness's certainty states what they are
  to be sure of, which the answer may say more fully; a "when" answer's "it" and a bidding's bare description are the
  thing asked about; a place the witness corrects ("Right to left.") is corrected, "Right." alone a yes.
- "What flies across?" after a colour answered is a question of its own, not the colour of a fly.

Each layout is checked by LVD's predicates or its objects (new prompts in the same voices).
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition


@pytest.mark.parametrize("label", [":", "."])
def test_a_line_before_the_first_question_is_read(label):
    """The plain quiz (":") was taken for a transcript, whose reader dropped the opening line: only the horse was drawn.
    A transcript's (".") opening line is said as it is too."""
    prompt = (f"A frog sits on the right.\nQ{label} What else is there?\nA{label} A horse on the left.\n"
              f"Q{label} Does the horse move?\nA{label} No.")
    assert names(prompt) == ["frog", "horse"]


@pytest.mark.parametrize("label", [":", "."])
def test_a_count_told_before_the_quiz_keeps_its_things(label):
    """"found no object": the opening "Three kites drift up." was dropped and "they" had nothing to colour."""
    prompt = (f"Three kites drift up.\nQ{label} What colour are they?\nA{label} Green.\nQ{label} Where are they?\n"
              f"A{label} On the right.")
    assert lvd.numeracy("kite", 3, planned_condition(prompt))


def test_a_question_on_certainty_keeps_what_it_asks_to_be_sure_of():
    """The certainty question was dropped with its answer: "found no object". The answer says the dog more fully, so
    one dog is drawn; the plain quiz (the quiz reader's, as before) draws the brown dog too."""
    prompt = "Q. Are you certain it was a dog?\nA. Yes, a brown dog on the right.\nQ. Did it move?\nA. No."
    assert names(prompt) == ["brown dog"]
    assert lvd.numeracy("dog", 1, planned_condition(prompt))
    assert "brown dog" in names(prompt.replace("Q.", "Q:").replace("A.", "A:"))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Q: You're sure the duck swims right to left?\nA: Yes, right to left.\nQ: Anything else?\nA: No.", "duck", True),
    ("Q. You're sure the duck swims right to left?\nA. Yes, right to left.\nQ. Nothing further.", "duck", True),
    ("Q. Are you sure the car drives left to right?\nA. No, right to left.\nQ. Nothing further, Your Honor.", "car",
     True),
])
def test_a_way_asked_to_be_sure_of_is_the_things_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("label", [":", "."])
def test_a_when_answers_it_is_the_thing_asked_about(label):
    """"When does the horse appear?" "It appears in the second half.": the horse, seen only later."""
    prompt = (f"Q{label} When does the horse appear?\nA{label} It appears in the second half.\nQ{label} Where?\n"
              f"A{label} On the right.")
    assert lvd.visibility("horse", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Q. Tell us about the car.\nA. Green. It drives right to left.\nQ. Nothing further.", "car", True),
    ("Q. Describe the boat.\nA. Yellow, moving left to right.\nQ. Nothing further, Your Honor.", "boat", False),
    ("Q. Would you describe the duck?\nA. Swims from the right side to the left side.\nQ. Nothing further.", "duck",
     True),
])
def test_a_biddings_bare_description_is_the_thing_asked_about(prompt, query, leftward):
    """The answer alone ("Green. It drives ...") had no thing for its pronoun: "found no object", or a still car."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_bidding_answered_with_a_colour_colours_the_thing():
    prompt = "Q. Can you describe the kite?\nA. Purple and small, on the left.\nQ. Nothing further."
    assert names(prompt) == ["purple kite"]


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Q. The horse gallops left to right?\nA. Right to left.\nQ. Nothing further.", "horse", True),
    ("Q. The horse gallops right to left?\nA. No, left to right.\nQ. Nothing further.", "horse", False),
    ("Q. The horse gallops left to right, correct?\nA. Right.\nQ. Nothing further.", "horse", False),
])
def test_right_alone_is_a_yes_and_a_way_after_it_a_correction(prompt, query, leftward):
    """"Right to left." read as "right" (yes) kept counsel's way."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_place_the_witness_corrects_is_where_the_thing_is():
    """"Right side." was read as "Right." (yes), keeping the frog on the left."""
    prompt = "Q. The frog is on the left?\nA. Right side.\nQ. Nothing further."
    frog = [c for c in centres(prompt)["frog"] if c is not None]
    assert frog and all(x > 0.5 for x, _ in frog)


def test_the_cross_examination_voice_keeps_reading():
    """The court's record around its turns: heading, objection, ruling and closing are no things."""
    prompt = ("BY MR. HALLORAN:\nQ. What do you see in the footage?\nA. A swimming duck.\nMS. REYES: Objection.\n"
              "THE COURT: Overruled.\nQ. Which side does it start on?\nA. The right side.\nQ. And where does it end?\n"
              "A. The left side.\nQ. No doubt in your mind?\nA. None.\nQ. Nothing further, Your Honor.")
    assert names(prompt) == ["duck"]
    assert lvd.one_object_motion("duck", True, planned_condition(prompt))


@pytest.mark.parametrize("asked", ["What colour was the sea?", "What colour is the wall?"])
def test_a_question_after_a_colour_answer_asks_a_thing_of_its_own(asked):
    """"What flies across?" after "Blue." was read as the colour of a fly: a "white fly" standing still."""
    prompt = f"Q: {asked}\nA: Blue.\nQ: What flies across?\nA: A gray bird, left to right."
    assert lvd.one_object_motion("bird", False, planned_condition(prompt))
    assert "gray bird" in names(prompt)


def test_a_colour_asked_by_the_things_name_alone_is_still_its_colour():
    prompt = "Q: What colour is the car?\nA: Red.\nQ: And the dog?\nA: Brown.\nQ: Anything else?\nA: No."
    assert lvd.attribution("car", "dog", "red", "brown", planned_condition(prompt))
