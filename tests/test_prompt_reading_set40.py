"""Prompts in the voices of a held-out set (tests/helpers/blind_set_40.py), in new words.

A festival blurb or critic's review ("a tender study of ...", "in this wry short, ...", "the whole cast", "the
camera lingers on ...", "the camera looks straight down as ..."), a subtitler's gloss in dashed chunks ("TRUCK —
START RIGHT — DRIVE — FINISH LEFT", "KITE — FIRST HALF, NONE — ...") and a babysitter's text about the monitor
("Kids are asleep. On the baby monitor: ...") are read for the scene they describe: the work, its cast, the
camera, the monitor and the sleeping kids are never things; a gloss's start, move and finish chunks are one
route, and a half with "none" is the topic absent then. Each layout is checked with LVD's own predicates.
(The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.markdown_notes import gloss_in_sentences
from pipelines.lvd.screening_voices import screening_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the work, its cast and the festival are never things
        ("A tender study of two grazing horses; the film shows nothing else.", "horse", 2),
        ("A wry, understated festival short about three trucks, and only those; nothing else ever appears.",
         "truck", 3),
        ("In this meditative short, four kites are the entire cast.", "kite", 4),
        ("A lyrical documentary about one duck, alone on the water; the film lets nothing else in.", "duck", 1),
        ("This short holds three goats in view and nothing else, from beginning to end.", "goat", 3),
        # the monitor is the clip, and the sleeping kids are the sender's evening
        ("Kids are asleep. On the baby monitor: two goats grazing and nothing else.", "goat", 2),
        ("Children asleep at last. Meanwhile the monitor is showing four kites and nothing more.", "kite", 4),
        ("Quick note: the video monitor shows three trucks, just those three.", "truck", 3),
        ("Baby is down. On the monitor screen right now, one horse and nothing else.", "horse", 1),
        # a gloss's chunks count nothing of their own
        ("[subtitle] THREE HORSES — GRAZING — NOTHING ELSE.", "horse", 3),
    ],
)
def test_blurbs_monitors_and_glosses_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("[subtitle] KITE — FIRST HALF, NONE — SECOND HALF, FLIES IN — STAYS.", "kite", True),
        ("GOAT — FIRST HALF, NOTHING — SECOND HALF, WANDERS IN — STAYS TO END.", "goat", True),
        ("Kids are in bed. On the baby monitor screen: a truck for the first half, then no truck at all in the "
         "second half.", "truck", False),
        ("In this spare short, a duck is there only in the first half; the second half shows no duck.", "duck", False),
    ],
)
def test_glossed_and_texted_halves_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("[subtitle] TRUCK — START RIGHT SIDE — DRIVE — FINISH LEFT SIDE.", "truck", LEFTWARD),
        ("HORSE — SLOW — START LEFT — WALK — END RIGHT.", "horse", RIGHTWARD),
        ("KITE — BEGIN RIGHT — FLY — END LEFT.", "kite", LEFTWARD),
        ("[subtitle] DUCK — START ON THE LEFT — SWIM — FINISH ON THE RIGHT.", "duck", RIGHTWARD),
        ("TWO GOATS — START RIGHT — WALK — FINISH LEFT.", "goat", LEFTWARD),
    ],
)
def test_a_glosss_start_move_and_finish_chunks_are_a_route(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("The camera lingers on a truck parked in place as a kite flies from the left of the truck to the right of "
         "the truck.", "kite", "truck", RIGHTWARD),
        ("The camera dwells on a horse standing still while a goat walks from the right of the horse to the left of "
         "the horse.", "goat", "horse", LEFTWARD),
    ],
)
def test_the_camera_that_lingers_is_no_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("The camera looks straight down as a duck swims from the bottom left corner to the bottom right corner, then "
         "up to the top right corner.", "duck", BL_BR_TR),
        ("An overhead short: the camera looks down while a goat walks from the lower right corner to the upper right "
         "corner, then across to the upper left corner.", "goat", BR_TR_TL),
        ("In this patient short, the camera looks straight down as a truck drives from the bottom right corner to the "
         "bottom left corner, and last up to the top left corner.", "truck", BR_BL_TL),
    ],
)
def test_a_camera_looking_down_is_a_top_down_view_of_the_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_two_colour_blurb_keeps_both_things():
    condition = planned_condition("A tender study of a red goat beside a blue truck; the film keeps both in view throughout.")
    assert lvd.attribution("goat", "truck", "red", "blue", condition)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("a gentle study of two horses.", "two horses."),
        ("kids are asleep. on the baby monitor screen: a kite.", "a kite."),
        ("a horse rests in the study.", "a horse rests in the study."),  # a study as a room stays
        ("a short dog walks right.", "a short dog walks right."),  # "short" said of a thing is its size
        ("a cat walks in the short grass.", "a cat walks in the short grass."),  # the grass is short, no work
        ("a cat sits on the monitor.", "a cat sits on the monitor."),  # a monitor in the scene, not showing it
    ],
)
def test_screening_words_are_read_as_the_scene_they_show(said, plain):
    assert screening_in_plain_words(said) == plain


@pytest.mark.parametrize(
    "said, plain",
    [
        ("truck — start right — drive — finish left.", "the truck drives from the right to the left."),
        ("kite — first half, none — second half, flies in.", "kite — first half, not there — second half, flies in."),
        ("a truck — a red one — parks.", "a truck — a red one — parks."),  # no route chunks: left alone
    ],
)
def test_gloss_chunks_are_said_as_sentences(said, plain):
    assert gloss_in_sentences(said) == plain
