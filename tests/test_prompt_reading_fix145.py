"""Prompts in the ways of writing held-out set 145 (tests/helpers/blind_set_145.py) missed, in new words.

- A streamer's emote closing a line, "... stays to the end PepeHands", "..., nothing else Sadge", is an interjection,
  no thing to draw: a made-up word told by its capitals (one inside it, "monkaS"; capitals the tables do not know,
  "LUL"; a capitalised unknown word where the streamer speaks to chat, "Kappa"). A capitalised word a phrase waits
  for, "next to a Jeep", "toward the PlayStation", stays a thing, and so does a shouted word the tables know.
- A participle opening a clause before a thing named bare and that thing's own verb or a corner of its route, "...,
  rolling ball goes lower right corner, ...", "..., moving car lower left corner to ...", describes the thing (as
  "a rolling ball goes" does): the route is the thing's, its first corner where it starts. Such a thing said bare
  after the same thing told absent, "Dog missing in the first half. Walking dog shows up ...", is the one awaited.
- A word the tables do not know opening a label's value before a verb of coming or going, "Fixed: stray sprites
  popping up.", "Resolved: random blobs appearing.", is that verb's subject, never drawn, so the clip's things do not
  come in late.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.stream_emotes import emotes_dropped
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES
from tests.helpers.planned import PLANNER, names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES


@pytest.mark.parametrize("prompt, query, appears", [
    ("ok chat, no cat in the first half, then in the second half a lively cat walks in and stays to the end PepeHands",
     "cat", True),
    ("chat, first half no bird, then second half a flying bird flies in and stays to the end LUL", "bird", True),
    ("chat, a lively cat shows up in the second half and stays to the end Kappa", "cat", True),
])
def test_an_emote_closing_a_line_is_no_thing(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, query, count", [
    ("ok chat one walking dog on screen from start to finish, nothing else, it stays to the end OMEGALUL", "dog", 1),
    ("chat we got two moving balls the whole clip, nothing else, start to the end monkaS", "ball", 2),
    ("ok chat, three moving cars stay to the end Copium", "car", 3),
])
def test_an_emote_after_a_count_adds_nothing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, expected", [
    ("chat, a cat sits next to a Jeep", ["cat", "jeep"]),
    ("chat look, a dog runs left past a Segway", ["dog", "segway"]),
    ("a ball rolls toward the PlayStation", ["ball", "playstation"]),
    ("A dog runs to the left, and then it's GONE.", ["dog"]),
])
def test_a_capitalised_word_a_phrase_waits_for_stays_a_thing(prompt, expected):
    assert names(prompt) == expected


def test_what_the_emote_reader_keeps():
    """Capitals the tables know, a shout, a signature without chat, and a word a phrase waits for are kept."""
    assert emotes_dropped("stays to the end, Pog") == "stays to the end, Pog"
    assert emotes_dropped("chat, stays to the end, Pog!") == "chat, stays to the end!"
    assert emotes_dropped("a cat sits on the LEFT") == "a cat sits on the LEFT"
    assert emotes_dropped("SECOND HALF, BALL NONE.") == "SECOND HALF, BALL NONE."
    assert emotes_dropped("Love always, Gran") == "Love always, Gran"
    assert emotes_dropped("goes to the end. PogChamp PogChamp") == "goes to the end."


@pytest.mark.parametrize("prompt, query, route", [
    ("top-down view, rolling ball goes lower right corner, upper right corner, upper left corner", "ball", BR_TR_TL),
    ("seen from above, moving car lower left corner to the upper left corner, then the upper right corner", "car",
     BL_TL_TR),
    ("overhead shot, lively cat lower right corner to the lower left corner, then the upper left corner", "cat",
     BR_BL_TL),
])
def test_a_participle_before_a_bare_thing_and_its_route_describes_it(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("walking dog from the right side of the frame to the left side", "dog", True),
    ("Chasing a ball, a dog runs to the right.", "dog", False),
])
def test_a_participle_that_is_the_verb_still_moves(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("Dog missing in the first half. Walking dog shows up in the second half and stays.", "dog"),
    ("Ball absent in first half. Moving ball appears in second half. Ball stays to end.", "ball"),
])
def test_a_described_bare_thing_after_its_absence_is_the_one_awaited(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, query, count", [
    ("Changelog: two moving cars in view the whole clip, nothing else. Fixed: ghost objects appearing.", "car", 2),
    ("Release notes: the clip shows two moving cars from start to finish. Fixed: stray sprites popping up.", "car", 2),
    ("Changelog. Three flying birds in view the whole clip. Resolved: random blobs appearing.", "bird", 3),
    ("Known issue: extra items showing up. The clip shows one walking dog from start to finish.", "dog", 1),
])
def test_an_unknown_label_value_coming_in_is_no_arrival_of_the_clip(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_known_thing_in_a_label_value_still_arrives():
    assert lvd.visibility("cat", True, planned_condition("Note: a cat appears in the second half and stays."))


@pytest.mark.parametrize("prompt", [
    "chat " + "a cat sits PogChamp " * 100,
    "chat, " + "KEKW " * 400,
    "seen from above, " + "walking dog lower left corner to " * 60,
    "Fixed: " + "extra objects showing up. " * 75,
])
def test_a_hostile_repeat_plans_quickly(prompt):
    started = time.perf_counter()
    PLANNER.plan(prompt[:2000])
    assert time.perf_counter() - started < 1.0
