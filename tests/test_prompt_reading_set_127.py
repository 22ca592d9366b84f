"""Prompts in the families that held-out set 127 (tests/helpers/blind_set_127.py) missed, told in other words and
other voices.

- Whether a thing is there, answered by a bare retort of absence, "Is there a ball at first? There is not.", or where
  it is, answered "Nowhere.": no such thing then, and the one of its kind told later is that thing.
- The body the listeners sit as, "members of the committee", "ladies and gentlemen of the court": never drawn.
- An advocate's "I put it to you that ...": the clause is the clip's statement, the speaker no part of it; a past
  told in a reported clause, "swore that a bird flew", stays that past.
- A thing rolled or pushed "to the left of the dog and the dog sits": the dog after "and" starts its own clause,
  no object of the roll.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.reported_clauses import reported_clauses_told
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition

LEFTWARD, RIGHTWARD = True, False


@pytest.mark.parametrize("prompt, query, appears", [
    ("Is there a ball in the first half? There is not. A rolling ball shows up in the second half and stays.",
     "ball", True),
    ("Were there any cars in the opening half? There were none. Then, in the second half, a moving car drives in.",
     "car", True),
    ("Was there a dog in the second half? There wasn't. A walking dog trots about in the first half.", "dog", False),
])
def test_a_bare_retort_of_absence_answers_whether_a_thing_is_there(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("Where is the dog in the first half? Nowhere. In the second half a walking dog trots in and stays.", "dog", True),
    ("Where's the car in the second half? Nowhere to be seen, folks. A moving car in the first half, then it is gone.",
     "car", False),
    ("So where was the ball in the first half? Nowhere! It rolls in during the second half.", "ball", True),
])
def test_a_thing_asked_after_and_answered_nowhere_is_absent_then(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_thing_asked_after_and_answered_by_a_place_is_there():
    prompt = "Where is the cat in the first half? On the left. In the second half it is gone."
    assert lvd.visibility("cat", False, planned_condition(prompt))


def test_a_thing_nowhere_near_another_is_still_drawn():
    assert sorted(names("Where was the cat? Nowhere near the dog. The cat sits on the right and the dog on the left."))\
        == ["cat", "dog"]


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Members of the committee, a moving car, from the left side of the frame to the right side.", "car", RIGHTWARD),
    ("Ladies and gentlemen of the court: a walking dog goes from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Esteemed members of the board, a rolling ball, from the right of the frame to its left. Thank you.",
     "ball", LEFTWARD),
])
def test_the_body_the_listeners_sit_as_is_never_drawn(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_the_listeners_body_adds_no_thing():
    assert names("Ladies and gentlemen of the jury, two cats sit on a sofa.") == ["cat", "cat"]


def test_people_walking_are_drawn_when_no_one_is_spoken_to():
    assert "lady" in names("A lady of the court walks from the left to the right.")


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("I put it to the court that the cat stayed still while a car drove from the right of the cat to the left of "
     "the cat.", "car", "cat", LEFTWARD),
    ("She puts it to you that a ball sat still as a dog ran from the left of the ball to the right of the ball.",
     "dog", "ball", RIGHTWARD),
    ("We put it to the panel that a bird flew from the right of the car to the left of the car while the car stayed "
     "still.", "bird", "car", LEFTWARD),
])
def test_an_advocates_put_it_to_you_frames_the_clips_statement(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_putting_a_thing_somewhere_keeps_the_one_who_puts_it():
    assert sorted(names("A girl picks up a ball and puts it to the left of the box.")) == ["ball", "box", "girl"]


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("a ball rolls from the left of the cat to the right of the cat and the cat sits there.", "ball", "cat",
     RIGHTWARD),
    ("The ball rolled from the right of the car to the left of the car and the car stayed put.", "ball", "car",
     LEFTWARD),
    ("lol a ball bounced from the left of the dog to the right of the dog and the dog just sat.", "ball", "dog",
     RIGHTWARD),
])
def test_the_thing_after_and_opens_its_own_clause_once_the_roll_has_its_way(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_thing_thrown_with_its_way_first_is_still_the_object():
    prompt = "A girl throws to the left of the dog a ball."
    assert lvd.two_object_motion("ball", "dog", LEFTWARD, planned_condition(prompt))


def test_a_thing_rolled_by_someone_keeps_the_roll():
    prompt = "A man rolls a ball from the right of the dog to the left of the dog and the dog sits."
    assert lvd.two_object_motion("ball", "dog", LEFTWARD, planned_condition(prompt))


@pytest.mark.parametrize("said, plain", [
    ("i put it to you that a cat ran to the left.", "a cat ran to the left."),
    ("the witness swore that a bird flew from the left of the car.", "a bird flew from the left of the car."),
    ("the rules require that a bird fly to the left.", "a bird flies to the left."),
])
def test_a_reported_past_stays_past_and_a_bare_verb_becomes_present(said, plain):
    assert reported_clauses_told(said) == plain


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A girl throws to the left of the dog and the ball lands there.", "ball", "dog", LEFTWARD),
    ("A woman throws to the right of the cat and the ball lands there.", "ball", "cat", RIGHTWARD),
])
def test_a_thing_after_and_is_still_what_a_creature_threw(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A man rolls to the left of the dog and the dog sits.", "man", "dog", LEFTWARD),
    ("A ball rolls to the left of the dog and the cat.", "ball", "dog", LEFTWARD),
])
def test_a_roll_with_its_way_told_ends_at_and(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing", [
    ("Is there a cat? There isn't one, there are two cats sitting on the left.", "cat"),
    ("Was there a dog at first? There was not one, there were three dogs lying by the fence.", "dog"),
])
def test_a_retort_putting_the_count_right_is_no_absence(prompt, thing):
    drawn = [obj for obj in PLANNER.plan(prompt).layout.objects if obj.name == thing]
    assert drawn and all(obj.boxes[0] is not None for obj in drawn)
