"""Ordinary prompts the talk-page, complaint-letter and free-verse readers took for their voices: a request about how
the clip is shown ("make sure it is played in slow motion"), a clause of the writer's own that names a thing or a view
("since we are filming from above"), a word before "(talk)" that signs nothing ("a parrot (talk)") and a line going
"into" a thing after a "from" line. Each is read as the plain prompt it is, and each voice's own case still reads."""

import time

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers.lvd_benchmark import attribution, layout_condition, numeracy, one_object_motion, two_object_motion

PLANNER = PhysicsPlanner()


def condition(prompt):
    return layout_condition(PLANNER.plan(prompt).layout)


@pytest.mark.parametrize("prompt, mover, leftward", [
    ("Make sure the video is played at half speed: a ball rolls from left to right.", "ball", False),
    ("Please make sure this clip is shown in colour, with a car driving from right to left.", "car", True),
    ("Please ensure the video is played back smoothly and a dog walks from left to right.", "dog", False),
    ("Make sure it is shown from the front: a horse trots to the right.", "horse", False),
])
def test_how_the_clip_is_shown_is_no_later_showing(prompt, mover, leftward):
    """A request about this showing (its speed, its view) is not a wish about later showings: the scene after it
    stays."""
    assert one_object_motion(mover, leftward, condition(prompt))


def test_a_later_showing_turned_down_still_hides_nothing():
    """The complaint's own request ("never be played again") is still dropped: the still ball is in view."""
    prompt = ("Dear Sir or Madam,\n\nThe film in my room showed a dog walking from the left of the car to the right of "
              "the car while the car stays still. I ask that this clip never be played again.\n\nYours faithfully,\n"
              "Ms. R. Penn")
    assert two_object_motion("dog", "car", False, condition(prompt))


@pytest.mark.parametrize("prompt, mover, leftward", [
    ("Keep the background empty since we only want one bird flying from right to left.", "bird", True),
    ("From the moment we spot the dog, it runs from left to right.", "dog", False),
])
def test_a_writers_clause_naming_a_thing_stays(prompt, mover, leftward):
    """"since we only want one bird", "from the moment we spot the dog": the writer's clause names the clip's thing."""
    assert one_object_motion(mover, leftward, condition(prompt))


def test_a_writers_clause_naming_a_view_stays():
    """"since we are filming from above" keeps its view: the car is drawn as seen from above, as without the clause."""
    with_clause = condition("Since we are filming from above, a car drives to the top left corner.")
    plain = condition("Filmed from above, a car drives to the top left corner.")
    assert with_clause.boxes == plain.boxes


def test_the_writers_arrival_still_hides_nothing():
    """"ever since we arrived at the hotel" is the guest's own moment, no thing and no time of the clip."""
    prompt = ("Dear Manager,\n\nThe screen in our room has shown a blue cat next to a yellow ball, both in view "
              "throughout, ever since we arrived at the hotel.\n\nYours sincerely,\nMr. T. Vane")
    assert attribution("cat", "ball", "blue", "yellow", condition(prompt))


@pytest.mark.parametrize("prompt, check", [
    ("Three kids (talk) stand in a row, and nothing else.", lambda c: numeracy("kid", 3, c)),
    ("A crow (talk) flies from right to left.", lambda c: one_object_motion("crow", True, c)),
    ("A cartoon dog (talk/bark) runs to the left while a ball sits on the right.",
     lambda c: one_object_motion("dog", True, c)),
])
def test_a_sound_note_in_brackets_is_no_signature(prompt, check):
    """A word before "(talk)" with no time stamp after it is a thing with a note on its sound, not who signed."""
    assert check(condition(prompt))


def test_a_bare_name_before_its_stamp_still_signs():
    """"Osric (talk) 10:02, 5 May 2026 (UTC)" signs a reply even without "--": the signer and month are no things."""
    prompt = ("== Summary ==\nTwo sitting cats, in view the whole clip, nothing else.\n:'''Keep'''. Osric (talk) "
              "10:02, 5 May 2026 (UTC)")
    assert numeracy("cat", 2, condition(prompt))


@pytest.mark.parametrize("prompt, mover", [
    ("a green ball\nfrom the left\ninto a bin on the right", "ball"),
    ("a bird\nfrom the right\ntowards the tree on the left", "bird"),
    ("Scene 2: a red ball\nfrom the left\nto a box on the right", "ball"),
])
def test_a_line_going_into_a_thing_is_the_movers_goal(prompt, mover):
    """After a "from" line, a line going "into"/"towards"/"to" a thing is the mover's goal: the mover moves."""
    assert one_object_motion(mover, "from the right" in prompt, condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("a dog\nfrom the right of the ball\nto the left of the ball\nthe ball stays still", "dog", "ball", True),
])
def test_verse_route_split_over_lines_still_joins(prompt, mover, reference, leftward):
    """The free-verse route over two lines ("from the right of the ball / to the left of the ball") is one route."""
    assert two_object_motion(mover, reference, leftward, condition(prompt))


def test_verse_span_split_over_lines_still_joins():
    """"from the opening of the clip / to its close" is one span, no thing called "close"."""
    assert numeracy("cat", 2, condition("two walking cats\nfrom the opening of the clip\nto its close\nnothing else"))


@pytest.mark.parametrize("unit", ["a b (talk) ", "since we arrived at the ", "make sure it is not shown to ",
                                  "from a\nto the right\n"])
def test_hostile_repeats_plan_fast(unit):
    """Each changed trigger repeated to 2,000 characters plans quickly (the patterns are linear)."""
    prompt = "a cat. " + unit * (2000 // len(unit))
    start = time.perf_counter()
    PLANNER.plan(prompt)
    assert time.perf_counter() - start < 0.5
