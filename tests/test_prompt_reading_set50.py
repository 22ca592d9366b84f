"""Prompts in the voices of a held-out set (tests/helpers/blind_set_50.py), in new words.

Moment headings from any pastime ("Overture: / Interlude: / Finale:", "Kick-off: / Half-time: / Full time:",
"Prologue: / Epilogue:", a chess game's or a knitting pattern's) are the clip's start, middle and end: what is said under
one holds at that moment, the heading names are never things, the time after the opening is the rest of the clip and a
game's board is the frame.
A pattern's own instructions are no things and no moves, and a notice's label and closing lines ("LOST:", "Reward
offered.", "Contact the front desk.") frame the clip it describes. Each layout is checked with LVD's own predicates.
(The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.pattern_chess_and_notice_voices import pattern_chess_and_notice_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # named under the opening heading and kept through the middle and end headings: there the whole time
        ("Overture: two grazing goats, nothing else on stage. They stay in view through the interlude and the finale.", "goat",
         2),
        ("Prologue: four parked trucks, nothing more. They remain in view through the interlude and into the epilogue.", "truck",
         4),
        ("Overture: two parked cars and nothing else. They stay in view through the interlude and the finale.", "car", 2),
        ("Prologue: one bouncing ball, alone. It remains in view through the interlude and into the epilogue.", "ball", 1),
        ("Three trotting horses from the overture to the finale, nothing more.", "horse", 3),
        # a game's board is the frame, and "still there at the endgame" keeps them to the end
        ("Opening: three sleepy cats on the board, nothing else. They are still there at the endgame.", "cat", 3),
        # "on every row" is every frame, and a lone "Bind off." adds nothing
        ("Cast on: one trotting horse and nothing else. Keep it in view on every row. Bind off.", "horse", 1),
    ],
)
def test_heading_names_are_moments_not_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Overture: a ball on the right side. It rolls across in the interlude and is on the left side for the finale.",
         "ball", True),
        # the pattern's instruction is no move, and "bind off with" says where the thing is at the end
        ("Cast on: a red truck on the right side of the frame. Work along the rows as it drives, and bind off with the "
         "truck on the left side.", "truck", True),
        ("Kick-off: a red car on the left side. Work along the rows as it drives, and bind off with the car on the right "
         "side.", "car", False),
        ("Prologue: a duck on the left side of the frame. Knit along the rows as it swims, and bind off with the duck on "
         "the right side.", "duck", False),
    ],
)
def test_a_heading_place_is_the_place_at_that_moment(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Overture: a goat on the left of a parked truck. Interlude: the goat walks past the truck. Finale: the goat on "
         "the right of the truck, which never moves.", "goat", "truck", False),
        ("Prologue: a duck on the right of a horse that stays still. Epilogue: the duck on the left of the horse.",
         "duck", "horse", True),
        ("Overture: a cat on the left of a parked car. Interlude: the cat walks past the car. Finale: the cat on the right "
         "of the car, which never moves.", "cat", "car", False),
        ("Kick-off: a bird on the right of a dog that stays still. Full time: the bird on the left of the dog.", "bird", "dog",
         True),
    ],
)
def test_headed_relations_pass_by(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        # a notice's label and closing line frame the clip; the route inside keeps its three stops
        ("Found: a top-down video in which a walking cat starts in the lower left corner, is in the upper left corner at "
         "the midpoint, and ends in the upper right corner. Ask to claim it.", "cat", BL_TL_TR),
        ("Lost and found: a clip filmed from overhead in which a rolling ball starts in the lower right corner, is in the "
         "lower left corner halfway through, and ends in the upper left corner. Ask to claim it.", "ball", BR_BL_TL),
        ("MISSING: an overhead recording of a duck that starts in the lower right corner, reaches the upper right corner "
         "at the midpoint, and ends in the upper left corner. Contact the front desk.", "duck", BR_TR_TL),
        # bare places under the headings are the stops of the thing named first
        ("Seen from above. Opening: a horse in the lower left corner. Middlegame: the lower right corner. Endgame: the "
         "upper right corner.", "horse", BL_BR_TR),
    ],
)
def test_notices_and_headed_stops_keep_the_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_thing_gone_under_the_end_heading_vanishes():
    prompt = "Opening: a grazing goat in view. Endgame: no goat anywhere."
    assert lvd.visibility("goat", False, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "text, plain",
    [
        ("opening: a cat on the left. endgame: the cat on the right.",
         "at the start, a cat is on the left. at the end, the cat is on the right."),
        ("cast on: a dog. repeat on every row until the end, it stays in view. cast off.",
         "at the start, a dog. it stays in view."),
        ("lost: a clip of two cats. reward offered.", "a clip of two cats."),
        ("opening: three cats on the board. they stay through the middlegame and the endgame.",
         "three cats in view. they stay the whole time."),
        # a gap called an opening, "the opening moment" or share, a found thing and "for starters" are left to the other readers
        ("a cat walks through the opening in the fence.", "a cat walks through the opening in the fence."),
        ("a dog sits there at the opening moment.", "a dog sits there at the opening moment."),
        ("a lamb is hidden during the opening 40 percent.", "a lamb is hidden during the opening 40 percent."),
        ("two dogs found a ball.", "two dogs found a ball."),
        ("for starters, two cats sit still.", "for starters, two cats sit still."),
    ],
)
def test_only_the_voice_is_rewritten(text, plain):
    assert pattern_chess_and_notice_in_plain_words(text) == plain
