"""Prompts in the voices held-out set 152 (tests/helpers/blind_set_152.py) missed, in new words.

- A chat thread (Slack, Discord): a message's header ("@lena 9:41 AM", "omar — Today at 3:03 PM") or a time stamp
  opening its line names the poster and the time, and an emoji's short code (":eyes:", ":+1:") or a line of reactions
  is a reaction: none is a thing or a count of the clip.
- A stylesheet of the clip: its comments are its prose, and a rule adds only what they leave out (its thing from its
  last class, "color:", "--count:", a half's class, "visibility: hidden", an animation and its "@keyframes" stops).
- A Regency narrator: a quality of temper or manner credited to a thing ("of a most obliging temper", "with perfect
  composure", "with no little alacrity") is never a thing to draw.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.slack_and_stylesheet_voices import (
    chat_thread_in_plain_words,
    stylesheet_in_plain_words,
    without_shortcodes,
)
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize("prompt, query, count", [
    ("8:12 AM  quick one :eyes:\n8:13 AM  one flying bird in the clip, start to finish, nothing else :thumbsup:",
     "bird", 1),
    ("@kit 5:40 PM\nclip is up :eyes:\n@kit 5:40 PM\ntwo lively cats start to finish. nothing else\n@lena 5:42 PM\n"
     ":heart_eyes: :joy:", "cat", 2),
    ("lena \u2014 Today at 3:02 PM\nfour moving balls, start to finish, nothing else :eyes:\nomar \u2014 Today at 3:03 PM\n"
     ":eyes: 2  :100: 1", "ball", 4),
])
def test_a_chat_threads_headers_stamps_and_reactions_are_nothing(prompt, query, count):
    """"9:41 AM" is no "am" to draw, ":eyes:" no eyes and ":eyes: 2" no count: only the messages say the clip."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_chat_threads_halves_read_across_its_messages():
    prompt = "@kit 4:10 PM\na flying bird in the first half\n@kit 4:10 PM\nno bird in the second half :sob:\n" \
             "@lena 4:11 PM\n:eyes:"
    assert lvd.visibility("bird", False, planned_condition(prompt))


def test_a_chat_messages_move_is_its_own():
    prompt = "@dee 2:00 PM\nclip: a walking dog going left to right across the frame\n@ren 2:01 PM\n:+1:"
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("/* the whole clip */\n.clip .flying-bird { --count: two; visibility: visible; }\n/* nothing else on screen */",
     "bird", 2),
    ("/* start to finish, nothing else */\n.stage .moving-ball { --count: three; }", "ball", 3),
    ("/* one walking dog, start to finish */\n.walking-dog:only-of-type { --count: one; visibility: visible; }\n"
     ".stage > :not(.walking-dog) { display: none; }", "dog", 1),
])
def test_a_rules_count_is_told_once(prompt, query, count):
    """A rule's "--count:" counts its selector's thing when the comments do not; ":not(...)" is nothing else."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_rules_colour_is_its_things():
    prompt = ".cat { color: white; }\n.ball { color: red; } /* next to the cat, the whole clip */"
    assert lvd.attribution("cat", "ball", "white", "red", planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    ".first-half .lively-cat { display: none; }\n.second-half .lively-cat { display: block; }",
    ("/* no cat at first */\n.first-half .lively-cat { visibility: hidden; }\n"
     ".second-half .lively-cat { visibility: visible; } /* then a lively cat, till the end */"),
])
def test_a_rule_on_a_half_tells_that_half(prompt):
    """".first-half" and ".second-half" are the clip's halves, told where no comment says them."""
    assert lvd.visibility("cat", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("/* crossing the frame */\n@keyframes cross {\n  from { /* right side */ }\n  to { /* left side */ }\n}\n"
     ".moving-car { animation: cross 3s linear; }", "car", True),
    (".lively-cat { animation: run-leftward 2s; }", "cat", True),
    (".flying-bird { animation-name: glide-rightward; }", "bird", False),
])
def test_an_animation_is_its_things_move(prompt, query, leftward):
    """An animation's name says the move and the way; its "@keyframes" stops, wherever written, where it goes."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("/* from above: lower right corner, upper right corner, upper left corner, in that order */\n"
     ".lively-cat { animation: dash-route; }", "cat", BR_TR_TL),
    ("/* seen from above */\n.ball { animation: roll-route 4s; }\n@keyframes roll-route {\n"
     "  from { /* lower left corner */ }\n  50% { /* lower right corner */ }\n  to { /* upper right corner */ }\n}",
     "ball", BL_BR_TR),
])
def test_a_rules_animation_follows_the_route_its_comments_list(prompt, query, route):
    """A comment listing corners with no thing is the route of the thing the rule animates ("in that order" is no
    thing); keyframes' stops, the one between them included, are the route too."""
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Two moving balls, of a most obliging temper, were in view from the opening to the close, and nothing else.",
     "ball", 2),
    ("Four lively cats, with a modesty that became them, kept the clip company from first to last; nothing else.",
     "cat", 4),
])
def test_a_quality_of_temper_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_manner_credited_to_a_mover_is_no_second_mover():
    prompt = "The car stayed quite still, while a dog, with no little alacrity, went from the left of the car to the " \
             "right of the car."
    assert lvd.two_object_motion("dog", "car", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("At 9:00 AM two cars drive along the road.", "car", 2),
    ('{"objects": [{"name": "cat", "count": 3}]}', "cat", 3),
    ("Three dogs play in the park: the spirit of the morning.", "dog", 3),
])
def test_ordinary_prompts_keep_their_reading(prompt, query, count):
    """A time of day inside a sentence, pasted JSON and a plain sentence read as before."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("rewrite, trigger", [
    (chat_thread_in_plain_words, "@a 1:00 PM\n:x: "),
    (chat_thread_in_plain_words, "a b c d e f g h i j k l m n o p q r s t u v w x y z 10:14 AM"),
    (stylesheet_in_plain_words, ".a { b: c; /* d */ } "),
    (stylesheet_in_plain_words, ".a {{{ /* "),
    (without_shortcodes, ":aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
])
def test_a_long_repeat_of_a_trigger_is_read_fast(rewrite, trigger):
    prompt = (trigger * 2000)[:2000]
    start = time.perf_counter()
    rewrite(prompt)
    assert time.perf_counter() - start < 0.1
