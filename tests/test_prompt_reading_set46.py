"""Prompts in the voices of a held-out set (tests/helpers/blind_set_46.py), in new words.

A horoscope ("Taurus: ... the planets promise ..."), a text adventure's output ("You are standing in a calm
place. You see ... > LOOK Time goes by. ...") and a voice-assistant dialogue ("Me: ... Bot: Okay! Making a
video where ...") are read for the scene they tell: the sign, the stars, the week and the player are never
things, the wait is a later moment, a confirming second turn restates the request so nothing is drawn twice,
and a span from the clip's first moment to its last is all of it in any voice. Each layout is checked with
LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.clip_phrases import whole_spans_in_words
from pipelines.lvd.horoscope_adventure_and_assistant_voices import horoscope_adventure_and_assistant_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a span from the clip's first moment to its last is the whole clip, in any voice; "close" is no thing
        ("Two grazing goats are in the video from its opening to its close.", "goat", 2),
        ("Three drifting kites stay on screen from the very first frame to the final one.", "kite", 3),
        ("Two sailing boats stay in view from the video's opening to its close.", "boat", 2),
        ("One trotting horse is present from the start of the video right to the end of it.", "horse", 1),
        # the sign, the stars and the week are never things; "your clip" is the clip
        ("Taurus: this month your video holds two grazing goats, seen from the first moment to the last. The "
         "planets promise that nothing else will show up.", "goat", 2),
        ("Pisces: three swimming ducks fill the whole of this week's video. The heavens declare nothing else will "
         "appear.", "duck", 3),
        ("Libra: four parked trucks are yours from start to finish. The stars agree nothing else will appear.",
         "truck", 4),
        # a confirming second turn says the request again: its things are not drawn twice
        ("Me: could you make a video of two trotting horses and nothing else? Bot: Okay! Making a video where "
         "two trotting horses are in view the whole time, with nothing else.", "horse", 2),
        ("Customer: I need a clip with three sailing boats only. Helper: Got it, generating a clip where three "
         "sailing boats stay from its opening to its close and nothing else shows up.", "boat", 3),
        ("User: one drifting kite please, nothing else. Assistant: Certainly! Here is a clip where a single "
         "drifting kite is there the whole time, and nothing else is.", "kite", 1),
        # the wait is a later moment, and "you still see" the same things
        ("You are standing in a calm place. You see two grazing goats. > LOOK Time goes by. You still see two "
         "grazing goats. There is nothing else around.", "goat", 2),
        ("You are looking at a bare room. You see three parked trucks. > WAIT Some time passes. You still see "
         "the same three parked trucks. There is nothing else here.", "truck", 3),
    ],
)
def test_horoscope_adventure_and_assistant_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("You are looking at a quiet place. It is the first half of the video, and you see a swimming duck. "
         "> WAIT Time passes. It is the second half of the video now. There is no duck here.", "duck", False),
        ("You are looking at a calm scene. It is the first half of the clip. There is no goat here. > Z Time "
         "passes. It is now the second half of the clip. A grazing goat has wandered in. It stays to the end.",
         "goat", True),
        ("Me: make a clip where a trotting horse shows up only in the second half. Bot: Sure thing! Making a clip "
         "with no horse in the first half and a trotting horse in the second half.", "horse", True),
        ("User: a video where a sailing boat is there only in the first half. Assistant: Okay, creating a video "
         "where a sailing boat is in the first half, and there is no boat in the second half.", "boat", False),
    ],
)
def test_voices_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Aquarius: a trotting horse starts on the left side of your video. The second half takes it to the right "
         "side, where it stays.", "horse", RIGHTWARD),
        ("Taurus: a sailing boat starts on the right side of your clip this month. By the end, it has drifted to "
         "the left side.", "boat", LEFTWARD),
    ],
)
def test_a_horoscope_mover_goes_its_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("You are looking at a quiet place. You see a crate lying still, and a duck on the left of the crate. "
         "> WAIT Time passes. The duck has waddled to the right of the crate. The crate has not moved.", "duck", "crate",
         RIGHTWARD),
        ("You are standing in a calm room. You see a goat standing still, and a horse on the right of the goat. "
         "> LOOK Time goes by. The horse has trotted to the left of the goat. The goat has not moved.", "horse",
         "goat", LEFTWARD),
    ],
)
def test_an_adventure_mover_passes_a_still_one(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Pisces: your video is seen from directly above. A red truck starts in the lower right corner, reaches "
         "the lower left corner halfway through, and ends in the upper left corner.", "truck", BR_BL_TL),
        ("Me: a top-down video of a trotting horse that starts in the bottom left corner, goes to the top left "
         "corner, then ends in the top right corner. Bot: Okay! Making a video seen from straight above where the "
         "horse starts in the bottom left, is in the top left at the midpoint, and finishes in the top right.",
         "horse", BL_TL_TR),
    ],
)
def test_a_horoscope_or_assistant_route_is_the_things_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, plain",
    [
        ("a goat is there from its opening to its close.", "a goat is there the whole time."),
        ("two kites from the first frame to the last.", "two kites the whole time."),
        ("leo: a cat sits. the stars say nothing else will appear.", "a cat sits. nothing else is there."),
        ("me: a dog please. bot: sure! creating a clip where a dog runs.", "a clip where a dog runs."),
        ("you see a duck. > wait time passes. a goat has rolled in.", "a duck. later, a goat rolled in."),
        ("you still see three goats.", "the goats are still there."),
        # the same words where they tell no voice stay as they are
        ("a dog walks from the start of the path to the end of the road.",
         "a dog walks from the start of the path to the end of the road."),
        ("note: a car drives left. then: it stops.", "note: a car drives left. then: it stops."),
        ("a ball rolls in from the left.", "a ball rolls in from the left."),
        ("two stars twinkle in the sky.", "two stars twinkle in the sky."),
    ],
)
def test_horoscope_adventure_and_assistant_words_are_read_as_the_scene(prompt, plain):
    assert horoscope_adventure_and_assistant_in_plain_words(prompt) == plain


def test_a_side_after_a_hanging_thing_places_the_second_thing():
    objects = {o.name: o.boxes for o in PLANNER.plan("A kite hanging still, and a duck on the left of the kite.").layout.objects}
    for duck, kite in zip(objects["duck"], objects["kite"]):
        assert (duck[0] + duck[2]) / 2 < kite[0]  # the duck's centre left of the kite's left edge, in every keyframe


@pytest.mark.parametrize("text, plain", [
    ("a dog is there from the very beginning of the clip right to the end of it.", "a dog is there the whole time."),
    ("a cat stays from start to finish, then leaves.", "a cat stays the whole time, then leaves."),
    ("a dog runs from the start to the end of the road.", "a dog runs from the start to the end of the road."),
    ("a dog walks from the start of the path to the end of the road.",
     "a dog walks from the start of the path to the end of the road."),
])
def test_a_span_from_the_clips_start_to_its_end_is_the_whole_clip_but_a_road_keeps_its_ends(text, plain):
    assert whole_spans_in_words(text) == plain
