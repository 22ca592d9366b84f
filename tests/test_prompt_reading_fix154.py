"""A mathematician's proof and a route's corners listed with commas alone, read in new words.

- A proof ("Let n denote ...", "Theorem.", "Claim:", "Proof. ...", "Hence ...", "Q.E.D.") states the clip; what its
  proof argues, a conclusion saying a labelled statement again and a supposition it refutes add nothing, and a letter
  it binds is said in its words ("n equals four" of "the number of sleeping dogs" is four sleeping dogs).
- After a heading ("POV:", "Blackout."), corners listed with commas alone ("a dog does lower right corner, lower left
  corner, upper left corner") are a route's stops, never the thing's place.

Each layout is checked by LVD's own predicates; the ordinary prompts read as before.
"""

import contextlib
import time

import pytest

from pipelines.core.planning import PlannerError
from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, planned_condition

BR_BL_TL, BL_TL_TR = lvd.SEQUENTIAL_ROUTES[2], lvd.SEQUENTIAL_ROUTES[1]


# ------------------------------------------------------------ 1. a letter bound to a count is that many things
@pytest.mark.parametrize("prompt, query, count", [
    ("Let n denote the number of sleeping dogs in the video. Claim: n equals four throughout, and nothing else "
     "appears. Q.E.D.", "dog", 4),
    ("Let m be the number of parked cars in the scene. Theorem. m is three from start to finish; nothing else is "
     "shown. QED", "car", 3),
])
def test_a_letter_bound_to_a_count_is_that_many_things(prompt, query, count):
    """The definition goes and "n equals four" is four of the things it counts (no "n" read as "and")."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


# ------------------------------------------------------------ 2. the proof only argues for what was stated
def test_a_proof_restating_positions_keeps_the_crossing():
    """"At the end it lies to the right of where it lay at the start" argues the crossing: one crossing, rightward."""
    prompt = ("Theorem. A dog runs from the left side of the frame to the right side. Proof. At the end it lies to the "
              "right of where it lay at the start. Q.E.D.")
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


def test_a_proof_comparing_frames_keeps_the_relation():
    """"Look at the first frame and the last." is the proof's argument, no moment of the clip."""
    prompt = ("Corollary. The car stays still and a cat walks from the left of the car to the right of the car. Proof. "
              "Look at the first frame and the last. Q.E.D.")
    assert lvd.two_object_motion("cat", "car", False, planned_condition(prompt))


# ------------------------------------------------------------ 3. a conclusion says the statement again
@pytest.mark.parametrize("prompt", [
    "Let the ball stay still. Claim: a dog runs from the right of the ball to the left of the ball. Hence the dog "
    "passes the ball. \u220e",
    "Suppose the ball rests. Lemma: a dog trots from the right of the ball to the left of the ball. Thus the dog goes "
    "past the ball. Q.E.D.",
])
def test_a_conclusion_after_a_statement_is_no_second_move(prompt):
    """"Hence the dog passes the ball" is the pass already stated, never a second pass back."""
    assert lvd.two_object_motion("dog", "ball", True, planned_condition(prompt))


# ------------------------------------------------------------ 4. letters bound to things are those things
def test_letters_bound_to_things_are_said_in_their_words():
    """X is the still bird and Y the cat: "Y walks from the right of X" is the cat passing the bird."""
    prompt = "Let X be a bird that stays still and Y a cat. Claim: Y walks from the right of X to the left of X. Q.E.D."
    assert lvd.two_object_motion("cat", "bird", True, planned_condition(prompt))


def test_letters_bound_in_two_lets_name_the_clip_and_its_thing():
    """"Let V be the clip, and let D be the dog": D walks across V, one dog going left."""
    condition = planned_condition("Let V be the clip, and let D be the dog in it. Theorem. D walks from the right side "
                                  "of V to the left side. \u25a1")
    assert lvd.numeracy("dog", 1, condition)
    assert lvd.one_object_motion("dog", True, condition)


# ------------------------------------------------------------ 5. corners listed with commas alone are a route
@pytest.mark.parametrize("prompt, query, route", [
    ("POV: from above, a dog does lower right corner, lower left corner, upper left corner, in that order.",
     "dog", BR_BL_TL),
    ("Blackout. Top-down, a dog does lower right corner, lower left corner, upper left corner.", "dog", BR_BL_TL),
    ("POV: top-down, a ball does lower left corner, upper left corner, upper right corner. iykyk", "ball", BL_TL_TR),
])
def test_corners_listed_with_commas_after_a_heading_are_a_route(prompt, query, route):
    """The later corners are stops of the route, never "on the lower left corner" for the thing to stand on."""
    assert lvd.sequential(query, route, planned_condition(prompt))


# ------------------------------------------------------------ 6. ordinary prompts read as before
def test_an_ordinary_problem_statement_reads_as_before():
    """A "Let ..." binding no letter and no proof's marks: the narrated reader's framing, one walk to the left."""
    condition = planned_condition("Let a dog walk from the right side of the frame to the left side.")
    assert lvd.numeracy("dog", 1, condition)
    assert lvd.one_object_motion("dog", True, condition)


def test_a_log_still_places_a_thing_on_a_bare_side():
    """A record's bare side after a thing, no corner before it, is still where the thing is."""
    drawn = centres("Log. Lively cat, right side of the frame. Nothing else.")
    assert list(drawn) == ["cat"]
    assert all(centre is not None and centre[0] > 0.6 for centre in drawn["cat"])


@pytest.mark.parametrize("trigger", ["Let n be the number of ", "Claim: Proof. ", "Q.E.D. ", "the number of ",
                                     "POV: a cat, lower left corner, "])
def test_a_hostile_repeat_plans_quickly(trigger):
    """2,000 characters of one trigger plan in well under the budget (the patterns are linear)."""
    planner = PhysicsPlanner()
    prompt = (trigger * (2000 // len(trigger) + 1))[:2000]
    start = time.perf_counter()
    with contextlib.suppress(PlannerError):  # "Q.E.D." alone names nothing to draw
        planner.plan(prompt)
    assert time.perf_counter() - start < 0.5
