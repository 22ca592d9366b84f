"""A numbered thread, a form with tick boxes and a situation report, read in other words.

A thread's post numbers ("1/", "2/3", "(2/2)") are no counts and no things, and a post opening on a way on ("to the
left side", "...all the way") carries on the sentence the post before it left open. A form's ticked option is what it
says and an unticked one says nothing, while a box opening a list's item marks a task, kept ticked or not; a route
field's way is the way of a crossing its thing field tells with none.
A question whether a thing is present or visible, answered no, is that thing's absence. A report's date-time group
("230915Z") is no count, its heading and procedure words ("BREAK", "NSTR", "OUT") say nothing, and a part of the clip
in capitals heading what it shows ("FIRST HALF:") reads as it does in lower case, never as a speaker's label.
"""

import time

import pytest

from pipelines.lvd.questions_in_prose import COUNT_CORRECTED_RE, THERE_ASKED_ABSENT_RE
from pipelines.lvd.thread_form_and_sitrep_voices import (
    DATE_TIME_GROUP_RE,
    LINE_LABEL_RE,
    POST_MARKER_RE,
    TICK_OPTION_RE,
    thread_posts_joined,
    tick_boxes_read,
)
from tests.helpers.planned import moves_drawn, seen_in


# ------------------------------------------------------------ 1. a thread's post numbers, and posts carried on
@pytest.mark.parametrize("prompt, drawn", [
    ("1/3 two ducks float on the pond 2/3 nothing else around 3/3 that is the whole thread", {"duck": ["", ""]}),
    ("1/ a kite flies from the right of the tree 2/ to the left of the tree 3/ tree does not move (3/3)",
     {"kite": ["left"], "tree": [""]}),
    ("1/ a red ball rolls to the left 2/ dog sits still (2/2)", {"dog": [""], "red ball": ["left"]}),
    ("1/2 a truck drives from the left side of the screen... 2/2 ...to the right side", {"truck": ["right"]}),
    ("1/ a horse gallops from the right side of the frame 2/ to the left side, so fast (2/2)", {"horse": ["left"]}),
])
def test_thread_post_numbers_are_no_counts_and_a_post_carries_a_sentence_on(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("a dog runs to the right for 1/2 of the clip", {"dog": ["right"]}),  # a fraction, no thread
    ("1/ two cats sit 2/ a dog runs to the left (2/2)", {"cat": ["", ""], "dog": ["left"]}),  # a post of its own
])
def test_what_is_no_thread_and_a_post_of_its_own_still_read(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_fractions_inside_a_clause_are_no_thread():
    said = ("A ball rolls from the left side to the right side; it covers 1/2 of the frame in the first half and 2/2 "
            "by the end.")
    assert thread_posts_joined(said) == said


def test_numbers_that_do_not_count_up_from_one_are_no_thread():
    said = "a cat eats 3/4 of it, then 2/ of them leave"
    assert thread_posts_joined(said) == said


# ------------------------------------------------------------ 2. a form's tick boxes
@pytest.mark.parametrize("prompt, drawn", [
    ("Heading: [ ] Left to right [x] Right to left. Animal: a horse trotting across the picture.", {"horse": ["left"]}),
    ("Direction: ☐ Left to right ☑ Right to left. Mover: a duck swimming across the frame.", {"duck": ["left"]}),
    ("[x] Two parked cars. [ ] A truck.", {"car": ["", ""]}),
    ("Items seen: [x] a red ball [ ] a dog [x] a blue box.", {"blue box": [""], "red ball": [""]}),
])
def test_a_ticked_option_is_said_and_an_unticked_one_is_not(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_any_cat_ticked_no_is_absent_until_it_walks_in():
    assert seen_in("Any cat in the first half? [ ] Yes [X] No. A cat walks in during the second half.") == (
        False, True)


@pytest.mark.parametrize("prompt, drawn", [
    ("Direction: left to right. Subject: a goat walking across the field.", {"goat": ["right"]}),
    ("Direction: [x] Left to right [ ] Right to left. Subject: a goat walking across the field.", {"goat": ["right"]}),
    ("Direction:\n[x] Left to right\n[ ] Right to left\nSubject: a goat walking across the field.", {"goat": ["right"]}),
    ("Route: right to left. Subject: a dog, running.", {"dog": ["left"]}),
])
def test_a_route_field_still_says_its_way_whichever_it_is(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("said", ['{"cats": [], "dogs": [{"count": 2}]}', "path[x] = left; a cat walks"])
def test_an_empty_list_or_an_index_is_no_tick_box(said):
    assert tick_boxes_read(said) == said


def test_tick_boxes_read_with_nothing_ticked_says_no_option():
    assert tick_boxes_read("Damage: [ ] Yes [ ] No. A car drives left.") == "Damage. A car drives left."


@pytest.mark.parametrize("prompt, drawn", [
    ("- [ ] draw a ball rolling from left to right\n- [ ] draw a cat sitting still in the middle",
     {"ball": ["right"], "cat": [""]}),
    ("☐ a dog runs from the left to the right\n☐ a cat sits in the middle", {"cat": [""], "dog": ["right"]}),
    ("To-do:\n[x] a dog runs from the left to the right\n[ ] a cat sits in the lower left corner",
     {"cat": [""], "dog": ["right"]}),
    ("Checklist for the shot:\n[ ] a car drives from the left to the right\n[x] a tree stands in the middle",
     {"car": ["right"], "tree": [""]}),
])
def test_a_box_opening_a_list_item_is_a_task_kept_ticked_or_not(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_boxes_listed_under_a_question_are_its_options():
    # a line each under the question, the options are one row answering it on its line (known33)
    assert tick_boxes_read("Any cat?\n[ ] Yes\n[x] No\nA cat walks in.") == "Any cat? No. \nA cat walks in."


# ------------------------------------------------------------ 3. present or visible, answered no
@pytest.mark.parametrize("prompt, seen", [
    ("Is a horse visible in the first half of the footage? No. In the second half a horse gallops in.", (False, True)),
    ("Was a duck present during the first half? No. A duck swims in during the second half.", (False, True)),
    ("Is a dog visible in the first half? No. In the second half, a dog walks in.", (False, True)),
])
def test_a_thing_asked_present_and_answered_no_is_absent_then(prompt, seen):
    assert seen_in(prompt) == seen


@pytest.mark.parametrize("prompt, drawn", [
    ("Was a bird present in the first half of the clip? No, two. They fly from the left to the right.",
     {"bird": ["right", "right"]}),
    ("Is a dog visible in the first half? No, two. They run from the left to the right.", {"dog": ["right", "right"]}),
    ("Are any red balls present? No, one. It rolls to the left.", {"red ball": ["left"]}),
])
def test_no_and_a_count_puts_the_count_right_and_no_absence(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_it_after_an_absence_is_the_thing_asked_after_arriving():
    assert moves_drawn("Was a ball present in the first half? No. It rolls in from the left in the second half.") == {
        "ball": ["right"]}


def test_a_thing_asked_present_and_answered_yes_is_there():
    assert seen_in("Is a horse visible in the first half? Yes. In the second half it leaves.") == (True, False)


def test_a_count_of_a_kind_asked_after_is_no_word_cut_short():
    assert moves_drawn("Were any horses around in the first half of the footage? No. Two horses gallop in during the "
                       "second half.") == {"horse": ["", ""]}


# ------------------------------------------------------------ 4. a situation report
@pytest.mark.parametrize("prompt, drawn", [
    ("SITREP AS OF 230915Z. LINE CHARLIE: TWO PARKED TRUCKS IN VIEW THROUGHOUT. NSTR. OUT.", {"truck": ["", ""]}),
    ("DTG 151200ZMAR27. A dog runs from the left side to the right side. BREAK. OVER.", {"dog": ["right"]}),
    ("SITREP 020600Z. A GLASS VASE FALLS AND BREAKS. OVER.", {"vase": [""]}),  # "breaks" in a sentence still says
    ("SITREP 071430Z. A BIRD FLIES OVER THE CAR TO THE LEFT. OVER.", {"bird": ["left"], "car": [""]}),
])
def test_a_reports_date_time_group_and_procedure_words_are_no_things(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, seen", [
    ("FIRST HALF: A GOAT GRAZES. SECOND HALF: NO GOAT.", (True, False)),
    ("SITREP 120800Z. FIRST HALF: NO DUCK SEEN. SECOND HALF: A SWIMMING DUCK APPEARS, SEEN TO END. OVER.",
     (False, True)),
])
def test_a_part_of_the_clip_in_capitals_heads_what_it_shows(prompt, seen):
    assert seen_in(prompt) == seen


# ------------------------------------------------------------ 5. the patterns stay linear on hostile repeats
@pytest.mark.parametrize("pattern, unit", [
    (POST_MARKER_RE, "(1/"),
    (TICK_OPTION_RE, "[x"),
    (TICK_OPTION_RE, "[ ] a"),
    (DATE_TIME_GROUP_RE, "as of "),
    (LINE_LABEL_RE, "line alpha "),
    (THERE_ASKED_ABSENT_RE, "is an "),
    (COUNT_CORRECTED_RE, "is an "),
    (THERE_ASKED_ABSENT_RE, "was a ball present? no. it "),
])
def test_the_patterns_stay_linear(pattern, unit):
    hostile = unit * (20_000 // len(unit))  # ten times the prompt's limit: a quadratic scan would take seconds
    started = time.perf_counter()
    list(pattern.finditer(hostile))
    assert time.perf_counter() - started < 0.5
