"""Three voices read by their structure, not by their words: a wiki talk page (headings, indented replies, bold votes,
templates and signed time stamps), free verse (one phrase a line) and a hotel guest's complaint letter (a grievance
said as a feeling, the guest's own stay and moments, a request about later showings, "Yours faithfully" and a room
number under the name). Each prompt is new, in the voice, checked with LVD's own predicates."""

import time

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers.lvd_benchmark import attribution, layout_condition, numeracy, one_object_motion, two_object_motion, visibility

PLANNER = PhysicsPlanner()


def condition(prompt):
    return layout_condition(PLANNER.plan(prompt).layout)


@pytest.mark.parametrize("prompt, query, count", [
    # a signature's date is no count of things called October beside the dogs
    ("== Clip summary ==\nThree walking dogs, in view from start to finish, nothing else.\n:'''Keep''' as is. "
     "--Brackenridge (talk) 14:40, 23 October 2026 (UTC)\n::Fine by me. --Osmund (talk) 15:02, 23 October 2026 (UTC)",
     "dog", 3),
    ("== Edit request ==\nSet the summary to: one flying bird, start to end, nothing else.\n:{{tick}} "
     "[[User:Osmund|Osmund]] ([[User talk:Osmund|talk]]) 07:05, 2 February 2026 (UTC)", "bird", 1),
    # a date in any prose, with its year, counts nothing
    ("On 4 February 2026 the clip showed two lively cats and nothing else.", "cat", 2),
    # the guest's feeling about the screen, and the length of their visit, are no things in the clip
    ("Dear Sir or Madam,\n\nI must express my displeasure with the channel in my suite, which for the duration of our "
     "visit showed two moving cars and nothing else.\n\nYours faithfully,\nMs. K. Arden, Room 12", "car", 2),
    # free verse: a "from" line and its "to" line are one span of the clip
    ("two moving balls\nfrom the opening of the clip\nto its close\nnothing else", "ball", 2),
])
def test_voice_structure_is_no_count(prompt, query, count):
    """Labels, signatures, dates and the writer's own words add no objects beside the count."""
    assert numeracy(query, count, condition(prompt))


def test_the_writers_own_moment_hides_nothing():
    """"from the moment we checked in" is the guest's, not a time or a side a thing enters the clip from."""
    prompt = ("Dear Manager,\n\nThe channel in my room, a red dog next to a white car with both in view throughout, "
              "played on from the moment we checked in.\n\nYours sincerely,\nDr. F. Hale")
    assert attribution("dog", "car", "red", "white", condition(prompt))


def test_a_request_about_later_showings_hides_nothing():
    """"Please ensure it is not shown to other guests": the clip's later showings, not the still object hidden."""
    prompt = ("Dear Sir or Madam,\n\nThe video in my room showed a cat walking from the left of the ball to the right "
              "of the ball while the ball stays still. Please ensure it is not shown to other guests.\n\nYours faithfully,\n"
              "Mr. O. Brand")
    assert two_object_motion("cat", "ball", False, condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("a cat\nfrom the left of the car\nto the right of the car\nthe car stays still", "cat", "car", False),
    ("a ball\nrolls from the right of the cat\nto the left of the cat\nthe cat stays still\nthe cat does not stir",
     "ball", "cat", True),
    ("a car\nfrom the left of the dog\nto the right of the dog\nand the dog stays still", "car", "dog", False),
])
def test_verse_lines_of_a_relation(prompt, mover, reference, leftward):
    """A route split over two lines is one route; a line with its own subject and verb is a sentence of its own."""
    assert two_object_motion(mover, reference, leftward, condition(prompt))


def test_verse_opening_on_a_bare_place():
    """"left side of the frame / a flying bird / to the right side": the first line is where the move starts."""
    assert one_object_motion("bird", False, condition("left side of the frame\na flying bird\nswiftly\nto the right side"))


@pytest.mark.parametrize("prompt, query", [
    ("in the first half of the clip\nno cat\nin the second half\na lively cat\nuntil the end", "cat"),  # times lead
    ("no dog\nin the first half\nthen a walking dog\nin the second half\nuntil the clip ends", "dog"),  # times trail
])
def test_verse_halves(prompt, query):
    """Where the poem's times lead, a time line opens a sentence; where they trail, it ends the phrase before it."""
    assert visibility(query, True, condition(prompt))


@pytest.mark.parametrize("prompt, check", [
    ("A dog walks from the left to the right.", lambda c: one_object_motion("dog", False, c)),
    ("There is no bird in the first half; a flying bird appears in the second half.", lambda c: visibility("bird", True, c)),
    ("Three cats sit from the start of the clip to the end, and nothing else.", lambda c: numeracy("cat", 3, c)),
    ("I am concerned that a red ball sits beside a blue car the whole time.",
     lambda c: attribution("ball", "car", "red", "blue", c)),
])
def test_ordinary_prompts_read_as_before(prompt, check):
    """Plain prose keeps its reading."""
    assert check(condition(prompt))


@pytest.mark.parametrize("unit", [
    "--a (talk) 09:15, 11 June 2026 (UTC) ", "my dissatisfaction with ", "from the moment i ", "== a ==\n:",
    "from a b\n", "x\n", "please ensure it is not shown ", "for the whole of my ", "11 june 2026 ",
])
def test_hostile_repeats_plan_fast(unit):
    """Each new trigger repeated to 2,000 characters plans quickly (the patterns are linear)."""
    prompt = "a cat. " + unit * (2000 // len(unit))
    start = time.perf_counter()
    PLANNER.plan(prompt)
    assert time.perf_counter() - start < 0.5
