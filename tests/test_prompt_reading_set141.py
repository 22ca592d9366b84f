"""Prompts in the voices of held-out set 141 (tests/helpers/blind_set_141.py), in new words.

- A thing that appears "in this clip", "on screen" or "in the frame" "the whole time" or "throughout" is there the
  whole clip, as one that appears "the whole time" is: the clip it appears in is no arrival partway through.
- A speaker's hedge opening a clause, "and I reckon nothing else turned up", "we think no other thing came", is the
  speaker's doubt: the clause after it is read as if said plainly, so a fence stays a fence and "turned up" brings
  nothing in late.
- A state of being out of view said with no verb, "two owls, visible in the first half, not visible in the second
  half", holds at the half it names, the later half as well as the first.
- A query, "SELECT ... FROM clip WHERE ... -- ...", asks for the scene: the things selected are the clip's things and
  the table none, its WHERE conditions say what holds of them (a span "BETWEEN 'start' AND 'finish'", a way from a
  "_from" column to a "_to" one, a half a presence column is "IN", the view a "camera" or "view" column names, a thing
  "IS NULL" at a half, a thing's "state" still), its "--" comment tells of them in prose, or names the scene whole, and
  "ORDER BY" is syntax. Prose's "select a ball from the box" is a request, no query.
- An ad's fine print, "*Results may vary.", "Some restrictions apply.", "Professional driver on a closed course. Do
  not attempt.", is the advertiser's: no restriction, driver or course is drawn, and a footnote's "*" is no word.

Each layout is checked by LVD's own predicates or by its objects' names. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.clip_phrases import APPEARS_THROUGHOUT_RE
from pipelines.lvd.code_notation import holds_query, query_in_plain_words
from pipelines.lvd.narrated_voices import FINE_PRINT_RE, FOOTNOTE_MARK_RE
from pipelines.lvd.shot_notes import BARE_STATE_RE
from pipelines.lvd.spoken_forms import HEDGE_RE
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition, route_corners, seen_in


# ------------------------------------------------------------------ appearing in the clip the whole time
@pytest.mark.parametrize("prompt, query, count", [
    ("Three sleepy horses appear in the video the whole time. That is all.", "horse", 3),
    ("One red kite shows up on screen throughout, and nothing else.", "kite", 1),
    ("Four ducks appear in the frame throughout.", "duck", 4),
])
def test_appearing_in_the_clip_the_whole_time_is_there_from_the_start(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_appearing_in_the_clip_at_a_half_is_still_an_arrival():
    # no span of the whole clip: the arrival keeps its time
    assert seen_in("A goat appears in the clip in the second half.") == (False, True)


# ------------------------------------------------------------------ a hedge opening a clause
@pytest.mark.parametrize("prompt, query, count", [
    ("Three sheep there from start to end, and I think nothing else turned up in the whole clip.", "sheep", 3),
    ("Two parked buses, the whole time, and we reckon nothing else showed up.", "bus", 2),
    ("One horse stands there throughout; I guess nothing else came along.", "horse", 1),
])
def test_a_hedged_fence_keeps_the_things_there_and_adds_none(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, expected", [
    # the hedge goes, its clause stays: the cat is still drawn and still runs
    ("I reckon a cat runs to the left.", ["cat"]),
    # a verb of thinking with no clause after it is left as it is
    ("A boy thinks of a kite, and a dog sits.", ["boy", "dog", "kite"]),
])
def test_the_clause_after_a_hedge_is_still_read(prompt, expected):
    assert names(prompt) == expected


def test_a_hedged_move_still_moves():
    assert lvd.one_object_motion("cat", True, planned_condition("I reckon a cat runs to the left."))


# ------------------------------------------------------------------ a state out of view with no verb, at either half
@pytest.mark.parametrize("prompt, query, appears", [
    ("Two owls, visible in the first half, not visible in the second half.", "owl", False),
    ("A red kite: in view in the first half; not in view in the second half.", "kite", False),
    ("A goat, present in the second half, not present in the first half.", "goat", True),
])
def test_a_bare_state_out_of_view_holds_at_the_half_it_names(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_bare_state_in_view_the_whole_time_keeps_the_thing():
    # no half named: nothing is taken out of view
    assert seen_in("A horse, visible the whole time, stands still.") == (True, True)


# ------------------------------------------------------------------ a query asks for the scene
@pytest.mark.parametrize("prompt, query, count", [
    ("SELECT three sleepy horses FROM video WHERE in_view BETWEEN 'opening' AND 'close' -- nothing more, thanks",
     "horse", 3),
    ("SELECT two ducks FROM footage WHERE shown = 'beginning to end'; -- no other thing in view", "duck", 2),
    ("select four kites from clip where on_screen between 'start' and 'end' -- and nothing else", "kite", 4),
])
def test_a_query_counts_the_things_it_selects_and_draws_no_column(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("SELECT goat FROM clip WHERE shown IN (second half) AND NOT shown IN (first half)", "goat", True),
    ("SELECT duck FROM clip WHERE duck IS NULL in the second half -- swims in the first half only", "duck", False),
    ("SELECT red kite FROM scene WHERE present IN (first half) AND NOT present IN (second half) -- gone after that",
     "kite", False),
])
def test_a_query_condition_on_a_half_times_the_thing_selected(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("SELECT red kite FROM footage WHERE drifts_from = 'right' AND drifts_to = 'left'", "kite", True),
    ("SELECT horse FROM video WHERE trots_from = 'left' AND trots_to = 'right' -- the whole way across", "horse",
     False),
    ("SELECT goat FROM clip -- left side of the frame at the start, right side by the end", "goat", False),
])
def test_a_query_way_from_its_from_and_to_columns_moves_the_thing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, expected", [
    # a record's fields in the conditions name the thing, its count and its colour
    ("SELECT * FROM clip WHERE kind = 'goat' AND count = 3", ["goat"] * 3),
    ("SELECT * FROM footage WHERE object = 'horse' AND colour = 'brown' AND visible IN (second half)", ["brown horse"]),
    ("SELECT kite FROM clip WHERE colour = 'red' AND drifts_from = 'right' AND drifts_to = 'left'", ["red kite"]),
    # a colour said of no one thing of several selected names none of them
    ("SELECT ball, box FROM clip WHERE colour = 'red'", ["ball", "box"]),
])
def test_a_query_record_fields_name_the_thing(prompt, expected):
    assert names(prompt) == expected


def test_a_query_comment_naming_the_scene_whole_draws_the_thing_once():
    prompt = "SELECT horse FROM clip -- the barn stays still and a horse trots from the right of the barn to its left"
    assert names(prompt) == ["barn", "horse"]
    assert lvd.two_object_motion("horse", "barn", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("SELECT truck FROM scene WHERE perspective = 'overhead' -- upper left corner, then lower left corner, then lower "
     "right corner ORDER BY frame", "truck", ("upper left", "lower left", "lower right")),
    ("SELECT goat FROM clip WHERE camera = 'top-down' -- trots: upper right corner, lower right corner, lower left "
     "corner", "goat", ("upper right", "lower right", "lower left")),
])
def test_a_query_view_and_commented_route_are_the_things(prompt, query, route):
    drawn, corners = route_corners(prompt)
    assert drawn == [query] and corners == route, (drawn, corners)


@pytest.mark.parametrize("prompt, expected", [
    # prose's "select ... from": a request, the box still drawn
    ("Select a ball from the box and throw it to the left.", ["ball", "box"]),
    ("A girl will select a ball from the box -- and then it rolls left.", ["ball", "box", "girl"]),
    # a thing the query's comment names beside the one selected is still drawn
    ("SELECT dog FROM clip WHERE bench.state = 'still' -- a dog walks from the left of the bench to its right",
     ["bench", "dog"]),
])
def test_prose_beside_a_query_keeps_its_things(prompt, expected):
    assert names(prompt) == expected


# ------------------------------------------------------------------ an ad's fine print
@pytest.mark.parametrize("prompt, expected", [
    ("A dog walks to the right.* *Not available in all areas. Some restrictions apply.", ["dog"]),
    ("A red truck drives from the right side to the left side.** **Professional driver on a closed course. Do not "
     "attempt.", ["red truck"]),
    ("Three goats graze the whole time.\u2020 \u2020Individual results may differ. Offer ends soon.", ["goat"] * 3),
])
def test_fine_print_is_no_thing(prompt, expected):
    assert names(prompt) == expected


def test_a_footnoted_crossing_keeps_its_way():
    prompt = "A red truck drives from the right side to the left side.* *Results not typical. Void where prohibited."
    assert lvd.one_object_motion("truck", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, expected", [
    # the same words inside the scene's own sentences are the scene's
    ("A bus driver waves, and a car drives on a race course.", ["bus driver", "car", "course"]),
    ("A driver parks a red car on the left.", ["driver", "red car"]),
    # a bullet's "*" is no footnote: both bullets are read
    ("* a cat sits on the left\n* a dog runs to the right", ["cat", "dog"]),
])
def test_fine_print_words_in_the_scene_stay(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("hostile", [
    "SELECT " * 300, "SELECT FROM " * 170, "SELECT a FROM clip WHERE " + "a.a." * 500,
    "SELECT a FROM b WHERE " + " " * 2000 + "x", "select x from clip where " + "a and " * 330,
    "SELECT a FROM b WHERE " + "x between 'a' and " * 100, "select from " * 170 + "where",
    "SELECT a FROM b WHERE " + "a" * 2000, "SELECT a FROM b WHERE " + "a_" * 1000, "SELECT a FROM b WHERE " + "a." * 1000,
])
def test_query_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    if holds_query(hostile):
        query_in_plain_words(hostile)
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize("hostile", [", not visible " * 150, ": hidden in the " * 130, "*" * 2000, "a* *b " * 340,
                                     ". results may vary" * 110, ". offer ends " * 150, "see store " * 200])
def test_bare_state_and_fine_print_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    BARE_STATE_RE.sub("", hostile)
    FINE_PRINT_RE.sub("", FOOTNOTE_MARK_RE.sub("", hostile))
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize("hostile", ["and i reckon " * 200, "i think that " * 200, "appears in this clip " * 120,
                                     "show up on screen " * 150])
def test_hedge_and_appearance_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    HEDGE_RE.sub("", hostile)
    APPEARS_THROUGHOUT_RE.sub("", hostile)
    assert time.perf_counter() - started < 0.05
