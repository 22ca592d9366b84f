"""Ordinary prompts this session's new readers (set 161's voices) misread, beside the voices' own cases.

- A spec's thing key over a more particular thing ("Person: a woman", "Car: a yellow taxi") is the thing said, never a
  lesson's label over prose; "- Picture: a flying bird in the first half ..." in lesson notes still is.
- A half's "yes"/"no" before a clause that repeats or finishes the answer ("yes, a dog." after "A dog walks", "no, not
  there anymore") is the answer; a Kiwi's "nah, nothing" or "yeah, a moving car" bringing a new thing only leads in.
- "{cat {black}} sits on the left" on one line is prose, never a GraphQL shorthand query; a query's closing line
  keeps what follows its last brace; a field's colour naming a thing too ("cat(color: ORANGE)") stays its colour.

Each layout is checked by LVD's own predicates.
"""

import pytest

from pipelines.lvd.graphql_queries import looks_like_graphql
from pipelines.lvd.spec_prompts import looks_like_spec
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition


# ---- a thing key over a more particular thing
@pytest.mark.parametrize("prompt, query, leftward", [
    ("Person: a girl\nAction: runs from left to right\nSetting: beach", "person", False),
    ("person: an old man\naction: walks to the left\ncount: 1", "person", True),
    ("Animal: a kitten\nAction: runs to the left\nBackground: kitchen", "kitten", True),
    ("Dog: a puppy\nAction: trots to the right", "puppy", False),
])
def test_a_things_key_over_a_particular_thing_is_a_spec(prompt, query, leftward):
    """"Person: a girl" says the thing; its "Action:" is its move, never glued onto its name."""
    assert looks_like_spec(prompt)
    condition = planned_condition(prompt)
    assert not any("action" in phrase for phrase in condition.phrases)
    assert lvd.one_object_motion(query, leftward, condition)


def test_a_particular_things_colour_is_kept():
    """"Car: a red taxi": the taxi keeps its colour."""
    assert any(name.startswith("red taxi") for name in names("Car: a red taxi\nDirection: left to right\nCount: 1"))


def test_a_ball_bouncing_in_place_stays_on_the_ground():
    """"Toy: a basketball / Action: bounces in place": a ball on the ground, never one falling in from above."""
    (row,) = centres("Toy: a basketball\nAction: bounces in place").values()
    assert abs(row[0][1] - row[-1][1]) < 0.1


def test_a_lesson_label_over_prose_is_still_no_spec():
    """The piano teacher's "- Picture: a flying bird in the first half ...": a label over the notes' prose."""
    prompt = ("Lesson notes (Thu)\n- Scales: D major, hands separate.\n- Picture: a flying bird in the first half "
              "of the clip, then no bird in the second half.\n- Well done.")
    assert not looks_like_spec(prompt)
    assert lvd.visibility("bird", False, planned_condition(prompt))


# ---- a half's answer before a clause
@pytest.mark.parametrize("prompt, query", [
    ("A bird flies to the left. In the first half, yes, a bird.", "bird"),
    ("A green ball in the first half? Yes, one ball.", "ball"),
    ("A cat walks right. Cat in the first half? Yes, one cat.", "cat"),
])
def test_a_yes_before_the_thing_said_again_is_the_answer(prompt, query):
    """"yes, a bird." after "A bird flies": the answer repeated, one bird in the first half only."""
    assert len(names(prompt)) == 1
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("A dog sits on the right. In the second half, no, not there any more.", "dog"),
    ("A ball lies on the left. Does it stay in the second half? No, a cat rolls in.", "ball"),
])
def test_a_no_before_a_clause_that_is_no_none_is_the_answer(prompt, query):
    """"no, not there any more", "No, a cat rolls in": the thing is gone in the second half."""
    assert lvd.visibility(query, False, planned_condition(prompt))


def test_no_second_girl_after_an_answered_half():
    """"Second half? No, an empty road.": no girl brought in for the second half by the road's clause (the girl the
    "Yes, a girl runs" repeat draws in the first half is as the start commit read it)."""
    prompt = "A girl runs to the left. First half? Yes, a girl runs. Second half? No, an empty road."
    condition = planned_condition(prompt)
    half = len(condition.boxes[0]) // 2
    assert sum(bool(lvd._valid(row)[half + 1:].any()) for row in condition.boxes) <= 1


@pytest.mark.parametrize("prompt, query, appears", [
    ("Eh, in the first half, yeah, a flying bird, then the second half, nah, nothing. Sweet.", "bird", False),
    ("Righto, first half, nah, no dog, mate. Second half, yeah, a running dog shows up and stays. Choice.", "dog", True),
])
def test_the_kiwis_answer_before_its_own_clause_still_leads_it_in(prompt, query, appears):
    """"nah, nothing", "yeah, a running dog" (a new thing): the clause says the half itself."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


# ---- braces in one-line prose
@pytest.mark.parametrize("prompt, query, leftward", [
    ("{horse {brown}} gallops to the right", "horse", False),
    ("{ball {red}} sits on the left while a cat runs to the left", "cat", True),
])
def test_braces_in_one_line_prose_are_no_query(prompt, query, leftward):
    """"{horse {brown}} gallops ...": a one-line sentence, its move kept."""
    assert not looks_like_graphql(prompt)
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_what_follows_a_querys_last_brace_on_its_line_is_kept():
    """"} while a dog runs to the right": the prose after the closing brace is the clip's too."""
    prompt = "query {\n  clip {\n    cat(color: BLACK) { id }\n  }\n} while a dog runs to the right"
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


def test_a_bare_query_on_its_own_lines_still_reads():
    """"{\\n  clip {\\n    cat(color: GREEN) ...": the shorthand query, its "{" on a line of its own."""
    prompt = "{\n  clip {\n    ball(color: GREEN) { id }\n    cat(color: PINK) { id }\n  }\n}"
    assert looks_like_graphql(prompt)
    assert lvd.attribution("ball", "cat", "green", "pink", planned_condition(prompt))


def test_a_colour_that_names_a_thing_is_the_fields_colour():
    """"cat(color: ORANGE)": an orange cat; the colour's value is never the field's kind (an orange)."""
    prompt = "{\n  clip {\n    ball(color: GREEN) { id }\n    cat(color: ORANGE) { id }\n  }\n}"
    assert lvd.attribution("ball", "cat", "green", "orange", planned_condition(prompt))
