"""Prompts in the families held-out set 143 (tests/helpers/blind_set_143.py) missed, in new words and other voices.

- An e-mail thread tells one scene: its sender, subject and envelope lines are the mail's, a quoted "> " block is the
  earlier message, dropped where the reply names again every thing, place and half it tells, and a reply's "Yes," or
  "Confirmed." only agrees, so "Sure, and the box stays put." completes the quoted request. A reply that says no,
  replaces the request ("make it ...", "... instead") or tells its thing again another way is the scene instead.
- A thing named bare with its view right after it, "trotting goat seen from above, upper left corner, ...", is a note
  headed by that view.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, in_corner, moves_drawn, names, planned_condition, route_corners, seen_in


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


def test_a_reply_saying_no_is_the_scene_instead_of_the_refused_request():
    found = centres("On Wed, Lea wrote:\n> A goat trots from the left to the right.\nNo, the goat stays in the upper "
                    "right corner.")
    assert list(found) == ["goat"]
    assert all(in_corner(centre, "upper right") for centre in found["goat"])


@pytest.mark.parametrize("prompt, drawn", [
    ("On Wed, Lea wrote:\n> A goat trots from the left to the right.\nSure, but make it a horse that trots from the "
     "right to the left.", {"horse": ["left"]}),
    ("Lea wrote:\n> a red kite flies to the right\nA truck drives to the left instead.", {"truck": ["left"]}),
    # the reply tells the quote's one thing again with its own way: one goat, going the reply's way
    ("Lea wrote:\n> a goat trots right\nDone: a goat trots left.", {"goat": ["left"]}),
])
def test_a_reply_replacing_or_retelling_the_request_drops_it(prompt, drawn):
    assert moves_drawn(prompt) == drawn


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


@pytest.mark.parametrize("prompt, query, count", [
    ('$ animate --subject "two sleepy goats" --keep --only\nDESCRIPTION\n  Renders two sleepy goats, there the whole '
     'time, and nothing besides.', "goat", 2),
    ("$ clipgen --seed 7 --fps 24 --prompt 'three red kites' --full-clip --nothing-else\nNOTES\n  All three red kites "
     "stay in view from first frame to last. --nothing-else: no other thing.", "kite", 3),
    ('$ mkclip "one parked truck" --always --solo', "truck", 1),
])
def test_a_command_lines_scene_and_flags_are_one_group(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, seen", [
    ('$ mkclip --prompt "a red kite" --hidden first-half --visible second-half', (False, True)),
    ('$ mkclip --prompt "a grey goat" --appear-at second-half\nNOTES\n  No goat in the first half; the goat arrives in '
     'the second half and stays.', (False, True)),
    ('$ mkclip --prompt "a sleepy horse" --shown first-half --gone second-half', (True, False)),
])
def test_a_command_lines_half_flags_say_when_it_is_seen(prompt, seen):
    assert seen_in(prompt) == seen


@pytest.mark.parametrize("prompt, route", [
    ('$ mkclip --prompt "a grey goat" --camera overhead --waypoints "upper left corner" "upper right corner" '
     '"lower right corner"\nEXAMPLES\n  Each waypoint is visited in turn.',
     ("upper left", "upper right", "lower right")),
    ("$ mkclip --angle bird's-eye --prompt 'a red kite' --path 'lower right corner; lower left corner; "
     "upper left corner'",
     ("lower right", "lower left", "upper left")),
])
def test_a_command_lines_view_and_stops_are_a_route_seen_from_above(prompt, route):
    found, corners = route_corners(prompt)
    assert len(found) == 1 and corners == route


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ('$ mkclip --prompt "a horse trots from the right of the truck to the left of the truck" --static truck',
     "horse", "truck", True),
    ('$ mkclip --prompt "a goat" --from left --to right', "goat", None, False),
    ('$ mkclip --prompt "a red kite" --direction leftward', "kite", None, True),
])
def test_a_command_lines_way_flags_move_its_thing(prompt, mover, reference, leftward):
    condition = planned_condition(prompt)
    if reference:
        assert lvd.two_object_motion(mover, reference, leftward, condition)
    else:
        assert lvd.one_object_motion(mover, leftward, condition)


@pytest.mark.parametrize("prompt, drawn", [
    # a price in dollars is no shell prompt: the cats are drawn, and so is the dog
    ("A cat costs $ 5 --honestly-- and two more cats sit with a dog.", ["cat", "cat", "cat", "dog"]),
    # the notes name a thing the scene does not: it is drawn too
    ('$ mkclip --prompt "a goat on the left"\nNOTES\n  A truck waits on the right.', ["goat", "truck"]),
])
def test_what_a_command_lines_notes_or_prose_tell_is_still_drawn(prompt, drawn):
    assert names(prompt) == drawn
