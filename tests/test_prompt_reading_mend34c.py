"""Ordinary prompts the chat-thread and stylesheet readers (pipelines/lvd/slack_and_stylesheet_voices.py) misread,
each next to the voice that reader was written for, which must keep reading.

- A line of a few words ending in a time is a poster's header only where its words name no thing or move ("Dog nap
  2:15 PM" is a dog) and a message stands under it: a one-line prompt is never a header.
- A chat message wrapped over lines is one sentence ("three birds fly" / "in the first half"): a message ends at a
  header, a time stamp or a blank line, not at each line break.
- An emoji short code inside a sentence says its words (":cat:" a cat, ":arrow_left:" to the left); one closing a
  message (":eyes:", ":rocket:") is a reaction.
- A stylesheet is one only with a declaration CSS knows ("color:", "animation:", "--count:"): a hashtag's or a
  mention's braces ("#fluffy {soft; calm}") are prose; the prose around a real stylesheet's rules is kept.

Each layout is checked by LVD's own predicates.
"""

import time

import pytest

from pipelines.lvd.slack_and_stylesheet_voices import chat_thread_in_plain_words, stylesheet_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition, ways_of


# ---- 1. a header needs a poster's name and a message under it
@pytest.mark.parametrize("prompt, query", [
    ("Dog nap 2:15 PM", "dog"),
    ("Red kite 8:10 AM", "kite"),
    ("Cat 9:30 PM", "cat"),
])
def test_a_one_line_prompt_ending_in_a_time_is_no_header(prompt, query):
    """Its words name a thing, and nothing stands under it: it is the prompt, not a poster's header."""
    assert lvd.numeracy(query, 1, planned_condition(prompt))


def test_lines_naming_things_at_times_are_no_headers():
    assert names("Blue truck 9:00 AM\nred truck 9:05 AM") != []
    assert names("Dog barks 6:00 AM\nCat sleeps 6:30 AM") == ["cat", "dog"]


@pytest.mark.parametrize("prompt, query, count", [
    ("@maya.k 10:14 AM\ntwo moving cars, start to finish\n@jonas 10:16 AM\n:+1:", "car", 2),
    ("Priya S 3:20 PM\none flying bird the whole clip, nothing else", "bird", 1),
])
def test_a_posters_header_is_still_nothing(prompt, query, count):
    """The voice: a handle or a name with a message under it is the poster, never a thing or a count."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


# ---- 2. a message's wrapped lines are one sentence
def test_a_wrapped_messages_time_is_its_movers():
    prompt = "Morning 8:15 AM\nA blue car appears\nin the second half\nand drives to the right."
    assert lvd.visibility("car", True, planned_condition(prompt))


def test_a_wrapped_messages_half_keeps_its_mover_drawn():
    prompt = "Dusk 7:45 PM\nA bird flies from right to left\nin the first half."
    assert lvd.one_object_motion("bird", True, planned_condition(prompt))


def test_a_wrapped_messages_place_is_its_things():
    layout = PLANNER.plan("10:30 PM\ntwo green boxes sit\nin the middle").layout
    centres = [(box[1] + box[3]) / 2 for obj in layout.objects for box in obj.boxes if box is not None]
    assert len(layout.objects) == 2 and all(0.3 < y < 0.7 for y in centres), centres


def test_messages_still_end_at_each_stamp():
    """The voice: each stamped message is a sentence of its own, its closing reactions dropped."""
    text = chat_thread_in_plain_words("9:02 AM  quick one :eyes:\n9:03 AM  one rolling ball\nin the clip :rocket:")
    assert text == "quick one. one rolling ball in the clip."


# ---- 3. a short code inside a sentence says its words
@pytest.mark.parametrize("prompt, query, leftward", [
    ("a :cat: walks to the right", "cat", False),
    ("the :blue_car: drives to the left", "blue car", True),
])
def test_a_short_code_naming_a_thing_is_that_thing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_short_code_naming_a_way_is_that_way():
    assert ways_of("a cat :arrow_right: a dog :arrow_left:") == {"cat": "right", "dog": "left"}


def test_things_named_by_short_codes_are_all_drawn():
    assert names("a :ball: and a :cube: on a table") == ["ball", "cube", "table"]


def test_a_messages_closing_reactions_are_still_nothing():
    """The voice: ":rocket:" and ":eyes:" closing a message are reactions, no rocket and no eyes."""
    prompt = "@ana 11:02 AM\none rolling ball, nothing else :rocket: :eyes:\n@ben 11:03 AM\n:tada: 2"
    assert names(prompt) == ["ball"]


# ---- 4. a stylesheet needs a declaration CSS knows, and keeps the prose around its rules
@pytest.mark.parametrize("prompt, query, leftward", [
    ("A cat walks from right to left.\n#fluffy {look: soft; mood: calm}", "cat", True),
    ("#cute {soft; playful}\na dog runs to the right across a lawn", "dog", False),
    ("@team {see below}; a green ball rolls to the left", "ball", True),
    ("#shot2 {a dog runs to the right; a red box stays still}", "dog", False),
    ("@stage { a horse trots to the left; }", "horse", True),
])
def test_braces_with_no_declaration_are_prose(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_hashtag_after_a_view_keeps_the_route():
    prompt = "Seen from above, a bus drives from the upper-left corner to the lower-right corner.\n#aerial {view: above;}"
    assert lvd.one_object_motion("bus", False, planned_condition(prompt))


def test_prose_around_a_stylesheets_rules_is_kept():
    prompt = "A dog sits in the middle.\n.ball { color: red; animation: roll-leftward 2s; }"
    assert names(prompt) == ["dog", "red ball"]
    assert lvd.one_object_motion("red ball", True, planned_condition(prompt))


def test_a_stylesheet_is_still_read_from_its_comments_and_rules():
    """The voice: a rule's declarations tell its thing where the comments leave it out."""
    prompt = "/* the whole clip, nothing else */\n.stage .rolling-ball { --count: two; color: green; }"
    assert lvd.numeracy("ball", 2, planned_condition(prompt))


# ---- 5. hostile repeats stay fast
@pytest.mark.parametrize("rewrite, prompt", [
    (chat_thread_in_plain_words, "@a 1:00 PM\n" + ":a: " * 40 + "x"),
    (chat_thread_in_plain_words, "@a 1:00 PM\nb" + " " * 1980 + "(edited)x"),
    (chat_thread_in_plain_words, ("Maya 1:00 PM\nb\n" * 200)[:2000]),
    (stylesheet_in_plain_words, ("a b\n.c { color: red; } " * 200)[:2000]),
])
def test_a_long_repeat_of_a_trigger_is_read_fast(rewrite, prompt):
    start = time.perf_counter()
    rewrite(prompt)
    assert time.perf_counter() - start < 0.1
