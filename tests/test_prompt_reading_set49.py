"""Prompts in the voices of a held-out set (tests/helpers/blind_set_49.py), in new words.

A customer review's rating ("Four and a half stars.", "Nine points out of ten:", "Two thumbs up from me!") is the
reviewer's verdict and never drawn, while stars with a verb, a place or a move of their own stay things; a span from
the first of anything to the last ("from the first bite to the last", "through the finish") is the whole clip; "on
screen" with no determiner is in view, not a screen; and an absence after "then" ("then ... no truck left", "no goat
in view") is the thing gone, not a second one moving left or one seen. Each layout is checked with LVD's own
predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.clip_phrases import whole_spans_in_words
from pipelines.lvd.review_verdicts import verdicts_dropped
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a rating opening or closing the review, in its own sentence or before a colon or comma, is no thing
        ("Four and a half stars. Two sailing boats for the whole clip, nothing else in the picture.", "boat", 2),
        ("Nine points out of ten: three grazing goats, start to finish, and nothing else.", "goat", 3),
        ("Two thumbs up from me! One trotting horse from beginning to end, and nothing else in view.", "horse", 1),
        ("A well-earned five stars. Four drifting kites in view the whole time. Would order again.", "kite", 4),
        ("Three swimming ducks throughout, nothing else in shot. Five stars out of five.", "duck", 3),
        ("Four stars, mostly for the smooth motion. Two parked trucks for the full clip.", "truck", 2),
        ("Ten out of ten. One grazing goat, start to end, nothing else.", "goat", 1),
        ("Four stars — two swimming ducks, start to end, nothing else.", "duck", 2),
        ("One parked truck the whole time and nothing else. 10/10 would watch again.", "truck", 1),
        # a span from the first of anything to the last is all of the clip, whatever it is called
        ("Two grazing goats from the first bite to the last, nothing else in view.", "goat", 2),
        ("One trotting horse from the first note to the final note, and nothing more.", "horse", 1),
        ("Three drifting kites from the first chapter through the finish.", "kite", 3),
        # "on screen" without a determiner is in view, the screen itself no thing
        ("Three drifting kites, on screen from start to end, nothing else.", "kite", 3),
    ],
)
def test_ratings_and_spans_add_no_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, count",
    [
        # stars with a verb, a place or a move of their own, taken up again, or all the prompt names are things
        ("Three stars twinkle above a quiet house.", 3),
        ("Two stars, drifting slowly to the right.", 2),
        ("Four stars. They drift toward the upper left.", 4),
        ("Three stars. Nothing else.", 3),
        ("Three stars would shine above a house.", 3),
    ],
)
def test_stars_of_a_scene_stay_drawn(prompt, count):
    assert names(prompt).count("star") == count, names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Four stars from me. A swimming duck in the first half, and no duck at all in the second half.", "duck", False),
        # the "then" is the absence's step: "left" after the absent truck is no leg of a second truck
        ("A parked truck for the first half, then in the second half there is no truck left. Two thumbs up.", "truck",
         False),
        # "no goat in view" is one absence, its "in view" no sighting
        ("A grazing goat for the first half, then in the second half there is no goat in view.", "goat", False),
    ],
)
def test_a_rated_clip_keeps_its_halves(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


def test_a_rating_before_a_route_takes_none_of_its_stops():
    prompt = ("A solid four stars. Seen from above, a red truck starts in the lower left corner, is in the lower right "
              "corner by the middle, and ends in the upper right corner.")
    assert lvd.sequential("truck", BL_BR_TR, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "text, plain",
    [
        ("five stars. two cats.", "two cats."),
        ("two cats. a solid four stars from me.", "two cats."),
        # a rating with nothing else named, or stars acting or taken up again, stay as written
        ("three stars. nothing else.", "three stars. nothing else."),
        ("three stars, twinkling above a house.", "three stars, twinkling above a house."),
        ("four stars. they drift left.", "four stars. they drift left."),
    ],
)
def test_only_a_verdict_is_dropped(text, plain):
    assert verdicts_dropped(text) == plain


@pytest.mark.parametrize(
    "text, plain",
    [
        ("a cat from the first sip to the last.", "a cat the whole time."),
        ("a cat from the first page to the last page.", "a cat the whole time."),
        # from one of a row of things to another is a path past them, not the clip
        ("a dog runs from the first tree to the last.", "a dog runs from the first tree to the last."),
    ],
)
def test_a_span_from_the_first_to_the_last_is_the_whole_clip(text, plain):
    assert whole_spans_in_words(text) == plain
