"""Prompts in the voices of a held-out set (tests/helpers/blind_set_33.py), in new words.

A diary or eyewitness recollection in the past tense ("Two summers ago I filmed ...", "I held my phone steady and
filmed ...", "and I got it all on camera"), a textbook problem statement ("Suppose ...", "Let ... be the only bodies
in the system", "neglect air resistance") and ad copy ("Meet the squad:", "Right. To. Left.", "steals the show")
are read for the scene alone: the narrator, the framing and the hype are never drawn. Each layout is checked with
LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.narrated_voices import narrated_in_plain_words
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, centres, names

LEFTWARD, RIGHTWARD = True, False
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = bench.SEQUENTIAL_ROUTES

RECOLLECTIONS = bench.hand_written_cases(
    [("Two summers ago I filmed three birds circling over a lake, and nothing else flew by.", "bird", 3),
     ("I held my phone steady and filmed three cats napping in the sun.", "cat", 3),
     ("Earlier this week I shot a video of two dogs playing in the snow, with nothing else in frame.", "dog", 2),
     ("Back in 2019 I filmed two dogs running on a beach with my phone, and nothing else was around.", "dog", 2),
     ("Yesterday afternoon my brother and I filmed two cats chasing each other, and nothing else got in the shot.", "cat", 2)],
    [],
    [("My footage started without any bird; then in the second half a flying bird showed up.", "bird"),
     ("My clip opened without a single ball; a moving ball rolled in only in the second half.", "ball"),
     ("The clip I shot began with no car at all, and a moving car only turned up in the second half.", "car"),
     ("The cat in my footage was not in view during the first half; it only wandered in during the second half.", "cat")],
    [("Last week I filmed a moving car; it was visible in the first half, and in the second half it was missing.", "car")],
    [],
    [("I remember a sleeping dog and a cat creeping from the dog's right side over to its left; I caught it on camera.",
      "cat", "dog", LEFTWARD),
     ("I remember a resting ball and a dog trotting from the ball's left side over to its right.", "dog", "ball", RIGHTWARD)],
    [("I remember shooting it from high above: the car started in the lower left, drove to the upper left, and parked "
      "in the upper right.", "car", BL_TL_TR)],
)

PROBLEM_STATEMENTS = bench.hand_written_cases(
    [("Let two cars be the only bodies in the system, each moving at constant speed.", "car", 2),
     ("Assume that a single dog is the sole object in view and treat its gait as steady.", "dog", 1),
     ("Consider four birds, and assume they are the only objects in the frame.", "bird", 4)],
    [],
    [],
    [("Let a moving car be visible for the first half of the video, after which it is absent.", "car")],
    [],
    [("A resting cat and a ball rolling from the right of the cat to its left.", "ball", "cat", LEFTWARD)],
    [],
)

AD_COPY = bench.hand_written_cases(
    [("Introducing: the trio. Three dogs. Zero chill.", "dog", 3),
     ("Meet the squad: four cats. Fluffy. Fearless. Fabulous.", "cat", 4),
     ("Say hello to two balls. Bouncy down to the last seam.", "ball", 2),
     ("One cat. That's it. That's the ad.", "cat", 1)],
    [],
    [("The first half keeps everyone waiting. The second half unveils a walking dog.", "dog"),
     ("First half? Nothing. Second half? A moving ball steals the show.", "ball")],
    [("The walking dog: in the first half, yes. In the second half, no. Simple.", "dog")],
    [("Right to left. Fast. Fearless. The dog, on the move.", "dog", LEFTWARD),
     ("Right. To. Left. A car on the go — pure speed!", "car", LEFTWARD),
     ("Tail up. Left to right. A cat on the prowl, captured like never before.", "cat", RIGHTWARD),
     ("Left to right — and never looking back. The cat, on the prowl.", "cat", RIGHTWARD),
     ("From left to right. Effortless. A car, in motion.", "car", RIGHTWARD)],
    [("The dog waits. The cat strolls on — from the dog's right to its left.", "cat", "dog", LEFTWARD),
     ("Plot twist! A bird slips from a cat's right to the cat's left. The cat never flinches.", "bird", "cat", LEFTWARD)],
    [],
)


def _described(case) -> str:
    layout = PLANNER.plan(case.prompt).layout
    return "; ".join(f"{o.name}: {['-' if b is None else round((b[0] + b[2]) / 2, 2) for b in o.boxes]}" for o in layout.objects)


@pytest.mark.parametrize("case", RECOLLECTIONS, ids=lambda case: case.prompt[:40])
def test_a_recollection_draws_the_scene_and_never_its_narrator(case):
    assert bench.passes(PLANNER, case), _described(case)


@pytest.mark.parametrize("case", PROBLEM_STATEMENTS, ids=lambda case: case.prompt[:40])
def test_a_problem_statement_draws_the_scene_and_never_its_framing(case):
    assert bench.passes(PLANNER, case), _described(case)


@pytest.mark.parametrize("case", AD_COPY, ids=lambda case: case.prompt[:40])
def test_ad_copy_draws_what_it_sells_and_never_its_hype(case):
    assert bench.passes(PLANNER, case), _described(case)


def test_the_clip_named_after_a_thing_to_draw_keeps_that_thing():
    assert "dog" in narrated_in_plain_words("my clip from the dog's collar shows a ball rolling to the left.")


@pytest.mark.parametrize("prompt, expected", [
    ("A ball rolls down to the bottom of the ramp.", "rolls down to the bottom"),
    ("Realistic down to the whiskers.", "realistic."),
])
def test_only_praise_loses_what_it_goes_down_to(prompt, expected):
    assert expected in narrated_in_plain_words(prompt.lower())


def test_first_person_words_that_are_no_filming_are_left_alone():
    assert names("I shot a ball from the lower left to the upper right.") == ["ball"]
    assert names("Two dogs walk toward each other, meet in the middle and sit.") == ["dog", "dog"]


@pytest.mark.parametrize("text", [
    "a cat hides during the first 50 percent of the clip and shows up after.",
    "a dog is seen in the first half, no dog in the second half.",
    "two dogs walk toward each other and meet in the middle.",
])
def test_look_alikes_of_these_voices_are_left_as_they_are(text):
    assert narrated_in_plain_words(text) == text


def test_a_parked_thing_stays_where_it_is_parked():
    found = centres("A red car parked in the lower left and a bird flying from the left to the right.")
    assert found["red car"][0] == found["red car"][-1], found
