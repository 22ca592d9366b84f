"""Prompts in the voices of held-out set 147 (tests/helpers/blind_set_147.py), in new words.

- A commit pasted with its unified diff is the text its hunks leave: the "+" and kept lines are the clip, the "-" lines
  what it no longer says, and the header, message, hashes ("index 4c1e0a2..9b7d3f5 100644"), dates and hunk numbers
  are git's, never counts or things.
- A court's cross-examination transcript is its "Q." and "A." turns: the examiner's heading, objections and rulings,
  "Nothing further, Your Honor." and questions on the witness's certainty are the record's; a question counsel states
  and the witness confirms is that statement, a topic named before a question about "it" is what it asks about, the
  clip framing a question only frames it, and a bidding to describe is answered by the answer alone.
- A quiz's "what colour was the cat?" (past tense) asks the cat's colour, and "which side does the dog start on?" or
  "where does it enter?" asks where it starts.
- A speaker's exclamation, "Oh my god, ...", "omigod!", is no god in the scene.
- However many groups a prompt counts, the planner places no more objects than a layout holds (limits.max_objects):
  the largest groups are made smaller, never an invalid layout raised.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import time

import pytest

from pipelines.core.limits import LayoutLimits
from pipelines.lvd.commit_diffs import diff_as_new_text, looks_like_diff
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition

_HEADER = ("commit 0f3a9c2e7b\nAuthor: Dana Kim <dana@example.org>\nDate:   Thu Apr 2 10:03:44 2026 +0200\n\n"
           "    {subject}\n\ndiff --git a/video.txt b/video.txt\nindex 7e2b4c9..a3d0f18 100644\n"
           "--- a/video.txt\n+++ b/video.txt\n")


def test_a_diffs_hashes_and_hunk_numbers_are_no_counts():
    """Hex hashes ("7e2b4c9" read as "7 e"), file modes and line numbers once drew dozens of objects and crashed."""
    prompt = _HEADER.format(subject="Count the horses") + "@@ -3,2 +3,2 @@\n-(to do)\n+two galloping horses, nothing else"
    assert names(prompt) == ["horse", "horse"]


@pytest.mark.parametrize("prompt, query, leftward", [
    (_HEADER.format(subject="Flip the duck's way") + "@@ -1 +1 @@\n-a duck swims from the left side to the right side\n"
     "+a duck swims from the right side to the left side", "duck", True),
    ("Subject: [PATCH] shot: the horse's way\n\n---\ndiff --git a/shot.md b/shot.md\n--- a/shot.md\n+++ b/shot.md\n"
     "@@ -4,3 +4,3 @@\n ## Shot\n-A horse gallops somewhere.\n+A horse gallops from the left side of the frame\n"
     " to the right side.\n\\ No newline at end of file", "horse", False),
])
def test_a_diffs_removed_lines_are_what_the_clip_no_longer_says(prompt, query, leftward):
    """The "-" line, the old wording or the way turned round, is dropped; the "+" and kept lines are read in order."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_diffs_colours_are_read_from_its_added_line():
    prompt = (_HEADER.format(subject="Colour the kite and the boat")
              + "@@ -2 +2 @@\n-a kite above a boat\n+a green kite above a purple boat, both there the whole clip")
    assert lvd.attribution("kite", "boat", "green", "purple", planned_condition(prompt))


def test_a_diff_whose_hunks_leave_no_text_is_read_by_its_message():
    prompt = "Two sleeping cats\n\ndiff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1 +0,0 @@\n-placeholder"
    assert diff_as_new_text(prompt) == "Two sleeping cats"


@pytest.mark.parametrize("prompt", [
    "A ball rolls to the left @@ all the way.",
    "Two cats sit - one on the left, one on the right.\n+ a dog walks past them",
])
def test_an_ordinary_prompt_with_diff_marks_is_no_diff(prompt):
    """Only a hunk header ("@@ -1 +1 @@") makes a diff: a stray "@@" or a "+" line is read as before."""
    assert not looks_like_diff(prompt)


@pytest.mark.parametrize("prompt, query, leftward", [
    ("BY MS. OKAFOR:\nQ. The swimming duck in the clip, where does it enter?\nA. The right side of the frame.\n"
     "MR. LINDQVIST: Objection. Vague.\nTHE COURT: Overruled.\nQ. And where is it at the end?\nA. The left side.\n"
     "Q. Nothing further, Your Honor.", "duck", True),
    ("Q. The galloping horse. Which side of the frame does it start on?\nA. The left side.\nQ. And it finishes?\n"
     "A. On the right side of the frame.\nQ. So, left to right.\nA. Yes.", "horse", False),
])
def test_a_cross_examinations_record_is_no_scene(prompt, query, leftward):
    """The heading, the objection and ruling and counsel's closing are the record's; a topic named before a question
    about "it" is what the question asks about, and "where does it enter?" asks where it starts."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_bidding_to_describe_is_answered_by_the_answer_alone():
    """"Could you describe the horse's run?" and "A galloping horse, ..." drew two horses; the certainty asked after
    names nothing."""
    prompt = ("Q. Could you describe the horse's run?\nA. A galloping horse, from the left side of the frame to the right "
              "side.\nQ. It goes the whole way across, correct?\nA. Correct, left to right.\nQ. No doubt in your mind?\n"
              "A. None.")
    assert names(prompt) == ["horse"]


def test_a_thing_asked_to_be_there_and_answered_by_its_move_is_one_thing():
    prompt = ("Q. The boat stays still throughout the clip?\nA. Throughout.\nQ. And there's a duck?\n"
              "A. A duck swims from the right of the boat to the left of the boat.\nQ. Nothing further, Your Honor.")
    assert lvd.two_object_motion("duck", "boat", True, planned_condition(prompt))


def test_a_confirmed_statement_of_counsel_is_the_scene():
    prompt = ("Q. Looking at the footage, shot from above: where is the horse at the start?\nA. The upper right corner.\n"
              "Q. Then?\nA. The lower right corner.\nQ. And it ends in the lower left corner, isn't that so?\n"
              "A. That's so.")
    assert lvd.sequential("horse", ("upper right", "lower right", "lower left"), planned_condition(prompt))


def test_a_witness_asked_the_colour_in_the_past_tense_gives_it():
    prompt = ("Q. What colour was the kite?\nA. Green.\nMS. ABBOTT: Objection.\nTHE COURT: Sustained.\n"
              "Q. What colour was the kite?\nA. Green.\nQ. And the boat beside it?\nA. Purple. A purple boat.\n"
              "Q. Both in view the whole clip?\nA. Yes.")
    assert lvd.attribution("kite", "boat", "green", "purple", planned_condition(prompt))


def test_a_when_question_answered_by_a_whole_clause_is_the_answer():
    prompt = ("Q. In the video, what do you see?\nA. Two sleeping cats.\nQ. When do they show up?\n"
              "A. They're there from the first frame to the last.\nQ. Anything else?\nA. Nothing else.")
    assert lvd.numeracy("cat", 2, planned_condition(prompt))


def test_an_ordinary_quiz_keeps_reading_as_before():
    prompt = "Q: What rolls? A: A ball. Q: Where from? A: The left. Q: Where to? A: The right."
    assert lvd.one_object_motion("ball", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "Oh my gosh, a horse starts in the upper left corner, then goes to the upper right corner, and then to the lower "
    "right corner. Seen from above, like, totally.",
    "Oh my god, seen from above, a horse starts in the upper left corner, then goes to the upper right corner, then to "
    "the lower right corner.",
])
def test_an_exclamation_is_no_god_in_the_scene(prompt):
    assert names(prompt) == ["horse"]
    assert lvd.sequential("horse", ("upper left", "upper right", "lower right"), planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "twelve cats, twelve dogs, twelve birds and twelve cars",
    " ".join(f"{word} cats, {word} dogs," for word in ("one", "two", "three", "four", "five", "six")) + " nothing else",
    "eleven horses, ten ducks, nine boats, eight kites, seven balls, six frogs, five cars and four cats",
])
def test_the_planner_never_places_more_objects_than_a_layout_holds(prompt):
    """A prompt counting many large groups once raised "the physics planner built an invalid layout"; now the largest
    groups are made smaller, every kind stays, and the layout says so."""
    result = PLANNER.plan(prompt)
    assert len(result.layout.objects) <= LayoutLimits.max_objects
    assert any("limits.max_objects" in note for note in result.notes) or len(result.layout.objects) < 32


def test_a_scene_within_the_limit_keeps_its_counts():
    drawn = names("four cats, twelve dogs and twelve birds sit")
    assert (drawn.count("cat"), drawn.count("dog"), drawn.count("bird")) == (4, 12, 12)
    assert lvd.numeracy("cat", 3, planned_condition("three sleeping cats"))


def test_a_hostile_hunk_header_repeat_plans_quickly():
    prompt = ("@@ -1 +1 @@\n+" * 200)[:2000]
    started = time.perf_counter()
    looks_like_diff(prompt) and diff_as_new_text(prompt)
    assert time.perf_counter() - started < 0.1
