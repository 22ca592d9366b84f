"""Prompts in the families held-out set 143 (tests/helpers/blind_set_143.py) missed, in new words and other voices.

- An e-mail thread tells one scene: its sender, subject and envelope lines are the mail's, a quoted "> " block is the
  earlier message, dropped where the reply names again every thing, place and half it tells, and a reply's "Yes," or
  "Confirmed." only agrees, so "Sure, and the box stays put." completes the quoted request.
- A thing named bare with its view right after it, "trotting goat seen from above, upper left corner, ...", is a note
  headed by that view.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition, route_corners


@pytest.mark.parametrize("prompt, query, count", [
    ("Re: goats\nSure: three goats for the whole clip, nothing else.\n\nOn Wed, 4 Jun 2025, Priya Nair wrote:\n"
     "> three goats, start to end?\n> and nothing besides them", "goat", 3),
    ("Dan wrote:\n> just one red kite in view, first frame to last?\nAbsolutely. One red kite the whole time, nothing "
     "else.", "kite", 1),
    ("Subject: four parked trucks\nFour parked trucks in view the whole clip; nothing else.\n"
     "On Thu, you wrote:\n>> four parked trucks?", "truck", 4),
])
def test_a_quoted_message_the_reply_says_again_is_told_once(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("On Fri, Mo wrote:\n> a horse trots from the left of the truck to the right of the truck\nSure, and the truck "
     "stays put the whole time.", "horse", "truck", False),
    ("Confirmed. The kite stays where it is.\nOn Tue, 3 Jun, Ada wrote:\n> goat from the right of the kite to the left "
     "of the kite", "goat", "kite", True),
])
def test_a_reply_completing_the_quoted_request_keeps_both(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))
    assert names(prompt) == sorted((mover, reference))


def test_a_reply_pointing_back_at_the_quoted_route_keeps_it():
    prompt = ("Yep, a trotting goat on that route, seen from above.\nOn Sat, Kim wrote:\n"
              "> from above: upper left corner, upper right corner, lower right corner")
    assert route_corners(prompt) == (["goat"], ("upper left", "upper right", "lower right"))


@pytest.mark.parametrize("prompt, route", [
    ("trotting goat seen from above, upper left corner, upper right corner, lower right corner.",
     ("upper left", "upper right", "lower right")),
    ("Rolling ball viewed from above, lower right corner, lower left corner, upper left corner. In that order.",
     ("lower right", "lower left", "upper left")),
])
def test_a_bare_thing_with_its_view_right_after_it_heads_the_route(prompt, route):
    assert route_corners(prompt) == (["goat" if "goat" in prompt else "ball"], route)


def test_a_thing_with_its_article_before_the_view_keeps_its_route():
    prompt = "a red truck seen from above, lower left corner, upper left corner, upper right corner."
    assert route_corners(prompt) == (["red truck"], ("lower left", "upper left", "upper right"))


@pytest.mark.parametrize("prompt, count", [
    # a quote naming another thing than the reply's is another part of the scene, never dropped
    ("On Mon, Ana wrote:\n> a cat sleeps on the left\nYes, and two dogs sit on the right.", 3),
    # "wrote:" inside a sentence is no sender line: the dogs counted there are drawn
    ("The girl wrote: two dogs run. Two cats sit.", 4),
])
def test_what_only_a_quote_or_a_sentence_tells_is_still_drawn(prompt, count):
    assert len(names(prompt)) == count


def test_a_text_adventure_command_is_no_quote():
    prompt = "> LOOK\nYou see a cat on the left and a dog on the right."
    assert names(prompt) == ["cat", "dog"]
