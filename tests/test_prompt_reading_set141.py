"""Prompts in the voices of held-out set 141 (tests/helpers/blind_set_141.py), in new words.

- A thing that appears "in this clip", "on screen" or "in the frame" "the whole time" or "throughout" is there the
  whole clip, as one that appears "the whole time" is: the clip it appears in is no arrival partway through.
- A speaker's hedge opening a clause, "and I reckon nothing else turned up", "we think no other thing came", is the
  speaker's doubt: the clause after it is read as if said plainly, so a fence stays a fence and "turned up" brings
  nothing in late.
- A state of being out of view said with no verb, "two owls, visible in the first half, not visible in the second
  half", holds at the half it names, the later half as well as the first.

Each layout is checked by LVD's own predicates or by its objects' names. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.clip_phrases import APPEARS_THROUGHOUT_RE
from pipelines.lvd.shot_notes import BARE_STATE_RE
from pipelines.lvd.spoken_forms import HEDGE_RE
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition, seen_in


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


@pytest.mark.parametrize("hostile", [", not visible " * 150, ": hidden in the " * 130])
def test_bare_state_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    BARE_STATE_RE.sub("", hostile)
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize("hostile", ["and i reckon " * 200, "i think that " * 200, "appears in this clip " * 120,
                                     "show up on screen " * 150])
def test_hedge_and_appearance_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    HEDGE_RE.sub("", hostile)
    APPEARS_THROUGHOUT_RE.sub("", hostile)
    assert time.perf_counter() - started < 0.05
