"""Prompts in the voices of held-out set 147 (tests/helpers/blind_set_147.py), in new words.

- A commit pasted with its unified diff is the text its hunks leave: the "+" and kept lines are the clip, the "-" lines
  what it no longer says, and the header, message, hashes ("index 4c1e0a2..9b7d3f5 100644"), dates and hunk numbers
  are git's, never counts or things.
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
