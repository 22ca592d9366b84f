"""Prompts in the families held-out set 137 (tests/helpers/blind_set_137.py) missed, in new words and other voices.

- A report's "Observation:" saying again the things its "Hypothesis:" or "Question:" named is one group; a question
  answered by a statement that names its things anew, "Question: can a dog pass a ball ...? Observation: a dog runs
  ...", tells them once; "Method: observe." answers no question; a route asked after, "where does a cat walk?", is
  told by an observation of bare corners.
- An auto-reply's polite bidding, "Please picture four dogs ...", asks the reader to imagine them: no picture drawn.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Hypothesis: three parked cars stay in view for the whole clip. Observation: three parked cars from first frame "
     "to last; nothing else turned up. Conclusion: confirmed.", "car", 3),
    ("Question: two sleeping cats, the whole clip? Method: observe. Observation: two sleeping cats in view the whole "
     "time, nothing else. Conclusion: yes.", "cat", 2),
    ("Aim: one red ball, start to end? Procedure: look. Result: one red ball in view the whole clip, nothing else.",
     "ball", 1),
])
def test_an_observation_restating_the_question_is_one_group(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Question: does a dog get past a ball that stays still? Observation: a dog runs from the left of the ball to the "
     "right of the ball. Conclusion: it does.", "dog", "ball", False),
    ("Question: can a cat walk by a car that stays still? Finding: a cat walks from the right of the car to the left "
     "of the car.", "cat", "car", True),
])
def test_a_question_answered_by_a_statement_naming_its_things_anew_tells_them_once(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))
    assert names(prompt) == sorted((mover, reference))


@pytest.mark.parametrize("prompt, query, route", [
    ("Question: viewed from above, where does a running cat run? Observation: upper left corner, then lower left "
     "corner, then lower right corner. Conclusion: done.", "cat", ("upper left", "lower left", "lower right")),
    ("Question: from above, which way does a flying bird fly? Observation: upper right corner, then upper left corner, "
     "then lower left corner.", "bird", ("upper right", "upper left", "lower left")),
])
def test_a_route_asked_after_is_told_by_the_observed_corners(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, things", [
    # the answer names a colour the question does not: both are read
    ("Question: is there a ball? Observation: a red ball and a dog sit still.", ["dog", "red ball"]),
    # two groups that really add up stay both
    ("Hypothesis: two cats sit. Observation: two more cats sit beside them.", ["cat", "cat", "cat", "cat"]),
])
def test_over_reach_of_the_report_reading(prompt, things):
    assert names(prompt) == things


@pytest.mark.parametrize("prompt, query, count", [
    ("Thanks for writing. I am out of the office. Please picture two flying birds in the clip from start to finish and "
     "nothing else. I will reply when I am back.", "bird", 2),
    ("Kindly imagine three parked cars in view the whole time, and nothing else.", "car", 3),
])
def test_a_polite_bidding_to_picture_is_no_picture(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))

