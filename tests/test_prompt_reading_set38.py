"""Prompts in the voices of a held-out set (tests/helpers/blind_set_38.py), in new words.

A live broadcaster's report (a desk, a studio, "we've got", "checking in", "back to you") and a lab-notebook
observation log (a dated heading, "Obs. 2 (midpoint):", "t = start to half:", "R (right)", "obj. (object)",
"LL (lower left)", "count steady at two") are read for the scene they describe: the desk and the studio are no
things, and a log's stamps are the clip's times, so places at them are a route or a relation and presence at
them visibility. Each layout is checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.broadcast_and_log_voices import broadcast_in_plain_words, log_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the desk, the studio and the broadcaster's moment are never things
        ("Farm desk here, and this morning we've got two horses grazing and not a thing else around. Over to you in "
         "the studio.", "horse", 2),
        ("Checking in from the travel desk: we've got three trucks in the picture and nothing more. Back to you.",
         "truck", 3),
        ("Good morning from the city desk, where today's picture is four kites and nothing else. Back to you.",
         "kite", 4),
        ("Nature desk again, and we've got one duck paddling all on its lonesome. Back to you in the studio.", "duck", 1),
        ("Wildlife desk checking in, and all we've got out there is three goats, nothing else at all. Back to you.",
         "goat", 3),
        # a log's date, entry numbers and abbreviations count nothing
        ("Field log, 9 June. Obs.: two kites aloft; no other obj. (object) in frame at any point.", "kite", 2),
        ("Entry, 14 July. Obs.: four trucks parked; count steady at four for the whole clip. No other obj. noted.",
         "truck", 4),
        ("11 May. Obs. 1 (start): three grazing horses. Obs. 2 (end): same three horses, still grazing.", "horse", 3),
        ("Obs. log, 2 June.\nObs. 1 (start): one goat present.\nObs. 2 (end): still one goat; no other obj. seen.",
         "goat", 1),
        ("June 20. Obs.: two ducks swimming, alone in frame; no other obj. noted.", "duck", 2),
    ],
)
def test_desks_and_logs_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Farm desk here: first half, not a single goat out there; then in the second half a goat wanders into view "
         "and stays. Back to you.", "goat", True),
        ("Weather desk: a kite up for the first half, and by the second half it's cleared off, no kite left. Back to "
         "you in the studio.", "kite", False),
        ("Checking in at the halfway mark, and here he comes: a horse, nowhere to be seen in the first half, now in "
         "the picture for the second half. Back to you.", "horse", True),
        ("8 June. t = start to half: no duck seen. t = half to end: swimming duck present.", "duck", True),
        ("9 June. t = start to half: grazing goat present. t = half to end: no goat.", "goat", False),
        ("Obs. (start to midpoint): truck absent. Obs. (midpoint to end): truck present.", "truck", True),
        ("Obs. (first half): kite present. Obs. (second half): kite absent.", "kite", False),
        # a moment's entry that says a thing comes keeps its moment
        ("Obs. 1 (start): no goat. Obs. 2 (midpoint): a goat wanders in and stays.", "goat", True),
    ],
)
def test_broadcast_and_stamped_halves_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Obs. 1 (start): goat at L side (left). Obs. 2 (midpoint): goat at approx. the centre. t = end: goat at R "
         "side (right).", "goat", RIGHTWARD),
        ("Obs. 1 (start): truck, right (R) side. t = end: truck, left (L) side.", "truck", LEFTWARD),
        ("20 May. Obs. 1 (start): horse at R (right) side. Obs. 2 (end): horse at L (left) side.", "horse", LEFTWARD),
        ("Traffic desk here, and we've got a truck heading from the left to the right. Back to you in the studio.",
         "truck", RIGHTWARD),
    ],
)
def test_stamped_places_are_a_route(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("12 June. Obs. 1 (start): goat to the L (left) of the truck; truck stationary. Obs. 2 (end): goat to the R "
         "(right) of the truck.", "goat", "truck", RIGHTWARD),
        ("Obs. 1 (start): duck to the right (R) of the horse. t = end: duck to the left (L) of the horse. Horse "
         "stationary throughout.", "duck", "horse", LEFTWARD),
        ("3 July. Obs. 1 (start): kite on the R (right) side of a parked truck. t = end: kite on the L (left) side of "
         "the truck. Truck does not move.", "kite", "truck", LEFTWARD),
        ("Obs. (truck stationary throughout): horse starts to the left (L) of the truck, ends to the right (R) of the "
         "truck.", "horse", "truck", RIGHTWARD),
    ],
)
def test_stamped_relations_are_a_relative_move(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("4 July, top-down view. Obs. 1 (start): duck in LL (lower left) corner. Obs. 2 (midpoint): duck in LR "
         "(lower right) corner. t = end: duck in UR (upper right) corner.", "duck", BL_BR_TR),
        ("Obs. 1 (start): goat in LR corner (lower right). Obs. 2 (midpoint): goat in UR corner (upper right). "
         "t = end: goat in UL corner (upper left).", "goat", BR_TR_TL),
    ],
)
def test_stamped_corners_are_a_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_two_colour_log_keeps_both_things():
    condition = planned_condition("Obs.: red goat beside blue truck for approx. the whole clip; both obj. visible throughout.")
    assert lvd.attribution("goat", "truck", "red", "blue", condition)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("obs. 1 (start): a duck at r side (right).", "at the start, a duck at right side."),
        ("t = end: a goat in ll (lower left) corner.", "at the end, a goat in lower left corner."),
        ("a kite, left (l) side; no other obj. (object) seen.", "a kite, left side; no other object seen."),
        ("obs. (x (extra)): a goat.", "obs. (x (extra)): a goat."),  # no abbreviation of its word: left alone
    ],
)
def test_abbreviations_are_read_as_their_spelled_out_words(said, plain):
    assert log_in_plain_words(said) == plain


def test_a_desk_said_as_a_place_in_the_scene_is_kept():
    assert "desk" in broadcast_in_plain_words("a cat sleeps on a desk. we've got nothing else.")


def test_a_count_before_a_word_like_a_month_is_no_date():
    assert log_in_plain_words("3 marbles, a duck and a goat. obs.: all still.").startswith("3 marbles, a duck")
