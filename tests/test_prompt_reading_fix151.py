"""Prompts in the voices of held-out set 151 (tests/helpers/blind_set_151.py), in new words.

- A Lisp file of s-expressions: the defining form's head and name are the file's, never the clip's; its keyword
  arguments say what the clip shows, in which half and how; a form headed by a hyphenated symbol is a thing with its
  count, colour, way, route and flags; "(thing nil)", "(no thing)" and a bare "nil" are none; ";;" comments are prose.
- Singlish's "got X or not?" answered at once: "Don't have." says no X, "Have." that X is there.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.core.planning import PlannerError
from pipelines.lvd.call_and_response import got_or_not_told
from pipelines.lvd.lisp_forms import lisp_in_plain_words, looks_like_lisp
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("(defscene herd\n  :things (galloping-horses :quantity three)\n  :from :beginning :to :end)", "horse", 3),
    (";; only these, all through\n(defclip pets\n  :shows (sleeping-cats :count two)\n  :nothing-else t)", "cat", 2),
    ("(defvideo lane :shows (parked-cars :count four) :whole-clip t) ;; and nothing more", "car", 4),
])
def test_a_lisp_forms_count_is_its_things(prompt, query, count):
    """The defining form's head and name draw nothing; ":count" (or ":quantity") is the thing's count."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query1, colour1, query2, colour2", [
    ("(defscene duo\n  :things ((horse :color white)\n           (bird :color blue))) ;; both there throughout",
     "horse", "white", "bird", "blue"),
    (";; side by side\n(defclip friends :objects ((car :colour green) (dog :colour yellow)) :together t)",
     "car", "green", "dog", "yellow"),
])
def test_a_lisp_forms_objects_keep_their_colours(prompt, query1, colour1, query2, colour2):
    """Each thing of an ":objects" list is drawn with its own ":colour"."""
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("(defclip entrance\n  :first-half nil\n  :second-half (galloping-horse :appears t))", "horse", True),
    ("(defclip exit\n  :first-half (swimming-fish t)\n  :second-half (swimming-fish nil))", "fish", False),
    ("(defclip exit\n  ;; then it is gone\n  :first-half (rolling-ball t)\n  :second-half (no rolling-ball))",
     "ball", False),
])
def test_a_lisp_forms_halves_say_what_is_there(prompt, query, appears):
    """":first-half" and ":second-half" say what each half holds; nil, "(x nil)" and "(no x)" hold nothing."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("(defclip overtaking\n  (horse :stays-still t)\n  (car :from left-of-horse :to right-of-horse))",
     "car", "horse", False),
    ("(defclip drift (fish :stays-still t) (bird :from right-of-fish :to left-of-fish)) ;; the fish stays",
     "bird", "fish", True),
])
def test_a_lisp_forms_way_passes_the_thing_that_stays(prompt, mover, reference, leftward):
    """":stays-still t" keeps the first thing in place; ":from ... :to ..." of the other is its way past it."""
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_lisp_forms_path_is_a_route():
    prompt = ";; top-down view\n(defclip tour\n  (horse :path (upper-left-corner lower-left-corner lower-right-corner)))"
    assert lvd.sequential("horse", ("upper left", "lower left", "lower right"), planned_condition(prompt))


@pytest.mark.parametrize("prompt, query1, colour1, query2, colour2", [
    ("(scene :shows (list (dog :colour red) (cat :colour blue)))", "dog", "red", "cat", "blue"),
    ("(clip '((horse :color gray) (fish :color pink)))", "horse", "gray", "fish", "pink"),
])
def test_a_lisp_clip_form_and_quoted_lists(prompt, query1, colour1, query2, colour2):
    """A top form headed by no thing ("scene", "clip") is the clip; "list" and a quote only hold what they list."""
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt))


def test_a_quoted_path_and_a_view_keyword():
    prompt = "(defclip tour :view top-down (car :path '(upper-right-corner lower-right-corner lower-left-corner)))"
    assert lvd.sequential("car", ("upper right", "lower right", "lower left"), planned_condition(prompt))


def test_a_lisp_forms_bare_ends_cross_the_frame():
    prompt = "(defclip glide (swimming-fish :from :right :to :left))"
    assert lvd.one_object_motion("fish", True, planned_condition(prompt))


@pytest.mark.parametrize("prose", [
    "A cat (the black one): it sleeps on a sofa.",
    "(a red ball) bounces :) twice",
    "Two dogs (brown) run from left to right.",
])
def test_prose_with_brackets_or_colons_is_no_lisp(prose):
    """Prose with a bracket or a colon is not wholly forms: it keeps its own reading."""
    assert not looks_like_lisp(prose)
    assert lisp_in_plain_words(prose) == prose


def test_an_ordinary_prompt_keeps_its_reading():
    assert lvd.attribution("cat", "dog", "red", "blue", planned_condition("A red cat and a blue dog sit together."))


@pytest.mark.parametrize("prompt, query, appears", [
    ("Start of the video got horse or not? Don't have. Later then a galloping horse come in and stay lah.",
     "horse", True),
    ("Early part got fish or not? Have lah. Then second half no fish already.", "fish", False),
])
def test_singlish_got_or_not_answered_at_once(prompt, query, appears):
    """"got X or not? Don't have." says no X then; "Have." that X is there."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_got_or_not_without_a_yes_or_no_stays_as_asked():
    text = "first half got bird or not? i also don't know."
    assert got_or_not_told(text) == text


@pytest.mark.parametrize("hostile", ["(" * 2000, "(dog :count " * 170, "(dog :count two) " * 120, "(:x " * 500,
                                     ";; dog " * 290, "got a dog or not? no. " * 95, "got " * 500])
def test_hostile_repeats_read_at_once(hostile):
    """A 2,000-character repeat of a form, a bracket, a comment or a Singlish question costs the readers next to
    nothing (the planner's own time on so long a prompt is the baseline's)."""
    hostile = hostile[:2000]
    lisp_in_plain_words(hostile)  # its patterns compiled
    start = time.perf_counter()
    lisp_in_plain_words(hostile)
    got_or_not_told(hostile.lower())
    assert time.perf_counter() - start < 0.02


def test_an_unbalanced_bracket_run_plans_quickly():
    start = time.perf_counter()
    with pytest.raises(PlannerError):
        PLANNER.plan("(" * 2000)
    assert time.perf_counter() - start < 0.1
