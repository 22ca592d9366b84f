"""Prompts in the voices of held-out sets 92 and 93 (tests/helpers/blind_set_92.py, blind_set_93.py), in new words.

- "Exit" said in its plain form after "and", "to" or a modal ("should enter on the left and exit on the right",
  "wants it to exit by the left") is the verb of leaving, never the noun "an exit": the entrance and the exit are one
  crossing of the frame.
- A sentence that opens on an -s verb with its object's article right after it ("Matches the ticket.", "Lights the
  set beautifully.") is a reviewer's verdict whose subject, the work, is left unsaid: the -s word is no plural thing,
  and its object is the work's, never drawn.
- Hearsay's frame, "the story goes that", "the old tale runs that", "word has it that", is the voice passing the
  clause on: the story is no thing, and the clause after it is the scene.
- "Never goes away (again)" denies a going as "never leaves" does: a thing that comes in the second half and never
  goes away is there from then to the end, not there all along.
- A sight no one had, "nobody saw a dog in the first half", "no one spotted a cat early on", is no such thing then,
  as "you will not see a dog" is: the one that comes later is the same one, never a second.
- A teller's aside on what people did after it all, "Nobody slept after that.", "No one spoke afterwards.", says
  nothing of the thing in view: "nobody" or "no one" with an act of its own is no absence then.
- A bare half asked and answered with "no" and a noun, "In the second half? No dog.", is the thing's absence then,
  as "in the second half, no dog" is; a bare "No." or "Yes, ..." stays a reply to the question. "Is a horse seen
  ...?" asks after a horse: "seen" after a noun is no second word of its name.
- A count and its thing asked after in a question ("Why is this without three birds?", "Where are my two dogs?") and
  said again in a later sentence are the same things, never a second group.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, leftward", [
    ("The red bus must enter on the left side and exit on the right side.", "bus", False),
    ("A trotting horse will enter on the right side and exit on the left side.", "horse", True),
    ("We'd like the dog to enter at the left side of the shot and exit at the right side.", "dog", False),
    ("Could the ball enter on the right side and exit on the left side?", "ball", True),
])
def test_exit_in_its_plain_form_is_the_verb_of_leaving(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("A ball rolls to the right. Marks the brief, no notes.", ["ball"]),
    ("A bird flies to the left. Watches the budget too, well done.", ["bird"]),
    ("Two dogs nap, and no cat is there. Lights the set beautifully.", ["dog", "dog"]),
])
def test_a_verdict_opening_on_its_verb_draws_nothing(prompt, drawn):
    assert names(prompt) == drawn


def test_a_verdict_opening_on_its_verb_leaves_the_one_thing_to_its_halves():
    prompt = "Brief: a red kite in the first half, no kite in the second half. Matches the storyboard."
    condition = planned_condition(prompt)
    assert lvd.visibility("kite", False, condition)


@pytest.mark.parametrize("prompt, drawn", [
    ("The story goes that two brown dogs sat by the gate the whole time.", ["brown dog", "brown dog"]),
    ("The old tale runs that three flying birds stayed in view all along.", ["bird", "bird", "bird"]),
    ("The legend went that five moving cars idled in a row, and nothing else.", ["car"] * 5),
    ("Well, the rumour goes that one red ball rolled to the left.", ["red ball"]),
])
def test_hearsays_frame_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, query", [
    ("No horse for the opening half. In the second half a horse appears, and it never goes away.", "horse"),
    ("Until the midpoint there is no ball; in the second half a ball shows up and never goes away again.", "ball"),
    ("There is no kite early on. In the second half a kite appears and never goes away.", "kite"),
])
def test_never_going_away_keeps_a_late_arrival_to_the_end(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("Nobody spotted a horse during the first half. In the second half a horse trots in and stays.", "horse"),
    ("No one saw a kite in the first half; then, in the second half, a kite drifts into view.", "kite"),
    ("Not a soul noticed a ball in the first half. Later, in the second half, a ball rolls in.", "ball"),
])
def test_a_sight_nobody_had_is_no_such_thing_then(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A grey van drove from the left side to the right side. No one breathed after that.", "van", False),
    ("A dog trotted from the right side to the left side. No one slept after that.", "dog", True),
    ("Then a moving car crossed from the left side to the right side, and nobody spoke after that.", "car", False),
])
def test_what_nobody_did_afterwards_is_no_absence(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("During the first half a dog naps on the rug. In the second half? No dog.", "dog"),
    ("A ball sits still in the first half. In the second half?? No ball anywhere.", "ball"),
    ("In the first half a horse grazes. For the second half? No horse, not one.", "horse"),
])
def test_a_half_asked_and_answered_no_thing_is_its_absence_then(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Why is the cut missing two brown dogs? The clip should show two brown dogs the whole time.", "dog", 2),
    ("Where are the five moving cars? We need five moving cars in view throughout.", "car", 5),
    ("How did this pass without four red balls? The shot must hold four red balls from start to finish.", "ball", 4),
])
def test_a_count_asked_after_and_said_again_is_one_group(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
