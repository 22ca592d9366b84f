"""Prompts in the voices of a held-out set (tests/helpers/blind_set_44.py), in new words.

A software tester's ticket ("Steps: 1. Load the video in the player. 2. Count the goats. Expected
behaviour: ..."; numbered steps headed "First frame:", "At the middle," and "End:"), a learner's English
("three grey goat", "no any duck", "is appear and stay", "after go to", "slow horse walk ...") and a
scientific abstract ("the stimulus was a clip of ...", "the display comprised ...", "from onset to offset",
"for the full trial duration") are read for the scene they describe: the tester's handling of the clip is
no thing and its count no count, the steps' moments are the stops of one route, the learner's grammar
changes nothing, and the abstract's stimulus is the clip. Each layout is checked with LVD's own
predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.ticket_learner_and_abstract_voices import ticket_learner_and_abstract_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the tester opens, plays and counts: none of it is a thing or a count
        ("Steps: 1. Load the rendered video in the player. 2. Count the goats. Expected behaviour: exactly three "
         "grazing goats from the first frame to the last. Acceptance: nothing else.", "goat", 3),
        ("Steps: 1. Run the clip once. 2. Count the boats. Expected behaviour: two sailing boats, visible the whole "
         "time. Acceptance: no other things.", "boat", 2),
        ("Steps: 1. Open the output file in the viewer. 2. Count all the ducks. Expected: four swimming ducks "
         "throughout.", "duck", 4),
        # the ticket's "Actual:" is the fault reported, not the scene; an "Expected outcome:" with nothing before it is the scene
        ("Steps to reproduce: 1. Play the clip. Actual result: three kites, one of them torn. Expected behaviour: two "
         "drifting kites the whole time.", "kite", 2),
        ("Expected outcome: three grazing goats, present in every frame. Acceptance criteria: nothing else.", "goat", 3),
        # a learner's singular after a count, and the count said again as "same"
        ("I want clip with three grey goat in it. All the time is same three goats, and not other thing in "
         "picture.", "goat", 3),
        ("Please video with two small boat. Whole clip is same two boats and no any other thing.", "boat", 2),
        # the abstract's stimulus is the clip; onset to offset and the full trial are all of it
        ("Methods: the stimulus was a clip of one trotting horse, present from onset to offset, with no other "
         "objects.", "horse", 1),
        ("Methods: the display consisted of exactly three drifting kites, shown for the full trial duration, and "
         "nothing else.", "kite", 3),
        ("We present a video in which two grazing goats stay in view from start to end; nothing else "
         "appears.", "goat", 2),
        ("Results: four swimming ducks were visible for the entire clip duration; the stimulus contained no other "
         "objects.", "duck", 4),
    ],
)
def test_ticket_learner_and_abstract_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # "clip start without goat" is no goat at first; "is appear and stay" is its coming in
        ("Clip start without goat, in first half is no any goat. Then in second half of clip grey goat is appear "
         "and stay.", "goat", True),
        ("Video begin without duck, and first half is no any duck. In second half swimming duck is come and "
         "stay.", "duck", True),
        # "it come in at half and stay": the learner's bare verbs after "it", and "at half" the midpoint
        ("Grey goat is not in video at start, it come in at half and stay to end.", "goat", True),
        # the tester's check of a moment says what is there then
        ("Steps: 1. Check the start of the clip: a horse in the middle. 2. Check the end: no horse. Acceptance: "
         "nothing else.", "horse", False),
    ],
)
def test_learner_and_ticket_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        # the checked moments are where the mover starts and ends; its move "across" is that move, not another
        ("Steps: 1. Check the start of the clip: a duck on the right of a boat. 2. Check the end: the duck on the "
         "left of the boat. Expected behaviour: the boat stays still while the duck swims across.", "duck", "boat",
         LEFTWARD),
        ("Steps: 1. Pause at the first frame: a horse on the left of a truck. 2. Pause at the last frame: the horse "
         "on the right of the truck. Expected behaviour: the truck does not move and the horse trots across.",
         "horse", "truck", RIGHTWARD),
        # the study's observers watch the clip; they are not in it
        ("Methods: observers viewed a clip in which a trotting horse went from the right of a parked truck to its left; "
         "the truck stayed still.", "horse", "truck", LEFTWARD),
    ],
)
def test_a_tickets_or_abstracts_mover_passes_a_still_one(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, colour, other, other_colour",
    [
        # a thing beside another "for the whole clip", both said again: both drawn
        ("Expected behaviour: a pink kite hovering beside a green truck for the whole clip; both remain in the "
         "frame. Acceptance: nothing else.", "kite", "pink", "truck", "green"),
        ("A white duck floating near a red boat throughout, and both stay in view.", "duck", "white", "boat", "red"),
    ],
)
def test_a_thing_beside_another_the_whole_clip_keeps_both(prompt, query, colour, other, other_colour):
    assert lvd.attribution(query, other, colour, other_colour, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        # numbered steps headed by moments are the stops of one route
        ("Steps (seen from above): 1. At the start, a trotting horse is in the bottom left corner. 2. At the middle "
         "of the clip, it is in the bottom right corner. 3. At the end, it is in the top right corner.", "horse",
         BL_BR_TR),
        ("Steps (overhead view): 1. Start: a swimming duck in the bottom right corner. 2. Middle of the clip: the "
         "duck in the bottom left corner. 3. End: the duck in the top left corner.", "duck", BR_BL_TL),
        ("Steps (top-down view): 1. First frame: a red truck in the bottom left corner. 2. Middle frame: the truck "
         "in the top left corner. 3. Last frame: the truck in the top right corner. Acceptance: nothing else.",
         "truck", BL_TL_TR),
        ("Steps to reproduce (view from straight above): 1. Beginning: a grazing goat in the bottom right corner. "
         "2. Midpoint: the goat in the top right corner. 3. Final frame: the goat in the top left corner.", "goat",
         BR_TR_TL),
        # the abstract's display showing a thing is the clip showing it
        ("Methods: seen from overhead, the display showed a trotting horse that began in the bottom right corner, "
         "reached the bottom left corner at mid-trial, and finished in the top left corner.", "horse", BR_BL_TL),
        # a learner's route: articles dropped, "after go to", "last to", "at end go to"
        ("Camera look from above. Grey goat is first in lower left corner, after go to lower right corner, and last "
         "to upper right corner.", "goat", BL_BR_TR),
        ("Look from top. Red truck start in bottom left corner, then go to top left corner, and at end go to top "
         "right corner.", "truck", BL_TL_TR),
        ("Video look from up. Small boat start in lower right corner, go to lower left corner, and end in upper "
         "left corner.", "boat", BR_BL_TL),
        ("Top view video. Swimming duck is in bottom right corner first, then it swim to top right corner, and "
         "finish in top left corner.", "duck", BR_TR_TL),
    ],
)
def test_a_tickets_or_learners_route_is_the_things_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("steps: 1. open the clip in the app. 2. count the goats. expected: three goats.", "expected: three goats."),
        ("the stimulus was a clip of two kites.", "a clip of two kites."),
        ("the display comprised four ducks.", "four ducks."),
        ("a horse stays from onset to offset.", "a horse stays the whole time."),
        ("three grey goat walk.", "three grey goats walk."),
        ("no any duck, then grey duck is appear and stay.", "no duck, then a grey duck appears and stays."),
        ("no goat at first, then it come in at half and stay.",
         "no goat at first, then it comes in at the halfway point and stays."),
        ("actual: three kites. expected: two kites.", "expected: two kites."),
        ("participants watched a clip of two ducks.", "a clip of two ducks."),
        # the same words where they are no ticket, learner or abstract stay as they are
        ("let it roll to the left.", "let it roll to the left."),
        ("a car drives at half speed.", "a car drives at half speed."),
        ("the horse is a clip of something.", "the horse is a clip of something."),
        ("the truck contains two balls.", "the truck contains two balls."),
        ("a dog rolls from the start to the end of the road.", "a dog rolls from the start to the end of the road."),
        ("open the door and count the cats.", "open the door and count the cats."),
        ("two dogs and three red balls.", "two dogs and three red balls."),
    ],
)
def test_ticket_learner_and_abstract_words_are_read_as_the_scene(said, plain):
    assert ticket_learner_and_abstract_in_plain_words(said) == plain
