"""Ordinary prompts the proof reader and the log's bare sides misread, read as before, and the voices kept.

- "QED" the scene writes or shows ("A whiteboard reads QED.", "Q.E.D. is painted on a wall.") is no proof's close;
  only a close said as its own sentence or ending the text makes a proof.
- "absurd"/"contradiction" refutes a supposition only where one is open and the sentence only says so
  ("Contradiction.", "..., which is absurd."); "an absurd green dog" or "in contradiction, a dog runs" is the scene.
- A conclusion after a labelled statement ("Thus ...", "Hence ...") goes only when it names nothing new: "Thus the
  green bus passes the red van from left to right" after "the green bus is faster" is the clip's move.
- In a log, a bare side after a place said with "the" ("parked at the right edge, left edge a red car") opens a new
  thing's place; only one after a place said bare ("does lower left corner, lower right corner") is a route's stop.
- A letter said in its words stops growing the text past a bound, so a hostile run of the letter plans quickly.
"""

import contextlib
import time

import pytest

from pipelines.core.planning import PlannerError
from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition, ways_of

BL_BR_TR = ("lower left", "lower right", "upper right")


# ------------------------------------------------------------ 1-4. "QED" in the scene is no proof
@pytest.mark.parametrize("prompt, ways", [
    ("A whiteboard reads QED. A cat runs left; in contradiction, a dog runs right.", {"cat": "left", "dog": "right"}),
    ("A pupil writes QED on the chalkboard. A bird flies right, an absurd sight, while a ball sits on the left.",
     {"bird": "right", "ball": ""}),
    ("Q.E.D. is painted on a wall. Suppose a ball rolls from left to right. Then it stops. The dog finds that absurd.",
     {"ball": "right", "dog": ""}),
])
def test_qed_written_in_the_scene_is_no_proof(prompt, ways):
    """The things after a "QED" the scene shows are all drawn, each going its own way."""
    drawn = ways_of(prompt)
    for name, way in ways.items():
        assert any(name in drawn_name and drawn_way == way for drawn_name, drawn_way in drawn.items()), drawn


def test_an_absurd_thing_is_still_drawn():
    """"An absurd green dog" is a thing of the scene, never a refutation."""
    assert "green dog" in names("A boy writes QED on the board. An absurd green dog dances in the middle.")


def test_a_refuted_supposition_still_goes():
    """A proof's "Suppose a cat appears. Contradiction." refutes the cat: no cat, the dog's pass kept."""
    prompt = ("Lemma. The ball stays still and a dog trots from the left of the ball to the right of the ball. Suppose a "
              "cat appears. Contradiction. Q.E.D.")
    assert names(prompt) == ["ball", "dog"]
    assert lvd.two_object_motion("dog", "ball", False, planned_condition(prompt))


def test_a_refutation_at_a_sentence_end_still_goes():
    """"Suppose a cat walks in, which is absurd." goes; the proof's close is its own sentence."""
    prompt = ("Claim: a bird flies from the left side of the frame to the right side. Suppose a cat walks in, which is "
              "absurd. QED")
    assert names(prompt) == ["bird"]
    assert lvd.one_object_motion("bird", False, planned_condition(prompt))


# ------------------------------------------------------------ 5-6. a conclusion naming something new stays
def test_a_conclusion_with_a_new_thing_and_way_is_the_move():
    """"Thus the green bus passes the red van from left to right": the bus's pass, never a still bus alone."""
    condition = planned_condition("Claim: the green bus is faster. Thus the green bus passes the red van from left "
                                  "to right.")
    assert lvd.two_object_motion("bus", "van", False, condition)


def test_a_conclusion_with_a_new_thing_keeps_it():
    """"Hence it beats a dog in the race": the dog is drawn."""
    assert "dog" in names("Lemma: this is the quickest cat. A gray cat runs from the left to the right. Hence it beats a "
                          "dog in the race.")


def test_a_conclusion_saying_the_statement_again_still_goes():
    """"Therefore the cat passes the car" after the stated pass is that pass, never a second one."""
    condition = planned_condition("Claim: the car stays still and a cat runs from the right of the car to the left "
                                  "of the car. Therefore the cat passes the car. QED")
    assert lvd.two_object_motion("cat", "car", True, condition)


# ------------------------------------------------------------ 7-10. a log's new item after a comma stays put
@pytest.mark.parametrize("prompt", [
    "Patrol log: a green bus parked at the right edge, left edge a red car.",
    "Depot log: a van waits at the right side, left side a truck waits.",
    "Night log: a dog sleeps in the upper left corner, lower right corner a ball.",
    "Log. A clock stands at the right side, left side a chair.",
])
def test_a_new_things_bare_side_after_a_place_with_the_is_its_place(prompt):
    """Both things stay where they are: the second side is the new thing's place, no stop of the first's route."""
    assert all(way == "" for way in ways_of(prompt).values()), ways_of(prompt)


def test_corners_listed_bare_with_commas_are_still_a_route():
    """"does lower left corner, lower right corner, upper right corner": each corner a stop of the cat's route."""
    condition = planned_condition("Watch log: from above, a cat does lower left corner, lower right corner, upper "
                                  "right corner.")
    assert lvd.sequential("cat", BL_BR_TR, condition)


# ------------------------------------------------------------ slow input: a letter repeated
def test_a_letter_bound_is_still_said_in_its_words():
    """"Let x be a brown dog. Claim: x runs ...": the dog runs right."""
    condition = planned_condition("Let x be a brown dog. Claim: x runs from the left side of the frame to the right "
                                  "side. Q.E.D.")
    assert lvd.one_object_motion("dog", False, condition)


@pytest.mark.parametrize("repeat", ["x ", "x y "])
def test_a_long_binding_repeated_plans_quickly(repeat):
    """A long binding then 2,000 characters of its letter: the text grows by a bound, never by each use (2-3 s)."""
    planner = PhysicsPlanner()
    prompt = ("Let x be a big fluffy red cat with a small blue hat and a long striped tail. " + repeat * 1000)[:2000]
    best = 9.0
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(PlannerError):
            planner.plan(prompt)
        best = min(best, time.perf_counter() - start)
    assert best < 0.4
