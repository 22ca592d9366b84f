"""Prompts in the voices of held-out sets 55 and 56 (tests/helpers/blind_set_55.py, blind_set_56.py), in new words.

A crossword clue's heading and letter count are the puzzle's, and its answer only says the clue again: it adds no thing
and no count, unless it names the thing the clue never does; an answer to a question is read with it, so a count
counts the things asked about and a way is their way. A lyric sheet's section labels and line breaks are sentence
breaks in the clip's order, a line that opens on a bare place or a way goes on the mover named before it, and a chorus
naming the verse's group sings that group again. A coach's calls to the team are no things; a claim's "comprising",
"wherein" and "said duck" only frame the scene. In any voice a thing named as a label and then its places is the thing
at those places, "both trucks" is the pair named, "nobody leaves" says everything stays, a thing sighted at a place is
at that place, "right" before a time is no side, and the writer's own book or diary heading the prompt ("Field book.")
is no thing; a time fronted before a new thing's clause is that thing's, and "no goat in the frame" answering a
question is a statement, not a bare "no". A bracket that names a thing, a stage direction that moves it and "said"
outside a claim stay what they are. Each layout is checked with LVD's own
predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.puzzle_lyric_and_coach_voices import puzzle_lyric_and_coach_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("7 Across: three trotting horses stay in the picture from first frame to last, and nothing else does "
         "(answer: THREE HORSES).", "horse", 3),
        ("12 Down: a single swimming duck, there for the whole clip and alone (4,4). Answer: LONE DUCK.", "duck", 1),
        ("Here's what we run, team: two parked trucks in the frame from the start to the end of the drill. That's the "
         "plan.", "truck", 2),
        ("[Intro] Two drifting kites from the first line / [Hook] Both kites still there at the last, and nothing more",
         "kite", 2),
        ("[Verse 2] Three swimming ducks at the start of the track / [Bridge] Nothing else comes in", "duck", 3),
        # a chorus that sings the verse's group again sings the same group
        ("[Verse] Two parked trucks at the start / [Hook] Two parked trucks at the end, and nothing else", "truck", 2),
        ("[Intro] Four drifting kites, right from the start / [Bridge] Four drifting kites still up there at the close",
         "kite", 4),
        ("I claim: a video comprising three drifting kites, wherein all three kites remain in view throughout and "
         "wherein no further object is shown.", "kite", 3),
        ("Two parked trucks, both trucks there from start to finish, nothing else.", "truck", 2),
        ("1A: two swimming ducks in the frame the whole clip (3,5). Solution: TWO DUCKS.", "duck", 2),
        # a song's repeat mark is no count
        ("Verse 1: a grazing goat there from the start / Chorus: the goat still there at the end (x2)", "goat", 1),
        # seen at the opening and at the close: there the whole time
        ("Ranger's log: three grazing goats sighted at the opening and again at the close; nothing else.", "goat", 3),
        # the writer's own book heading the prompt is no thing
        ("Guest book. Three swimming ducks in view from the start to the end. Nothing else.", "duck", 3),
        ("Site diary, Thursday: two parked trucks in the frame the whole time, nothing else.", "truck", 2),
        # "said" outside a claim is speech, and a question answered with a count is still counted by its answer
        ("The ranger said three grazing goats stay in view.", "goat", 3),
        ("Across: can you find the trotting horses? Answer: three horses.", "horse", 3),
        ("Down: how many drifting kites are in the clip? (answer: FOUR)", "kite", 4),
        ("Across: can you spot the parked trucks? (Answer: TWO TRUCKS)", "truck", 2),
    ],
)
def test_answers_calls_and_claims_add_no_count(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query1, query2, colour1, colour2",
    [
        ("Bring it in, everybody. A white duck and a black box next to each other the whole way. None of them leaves. "
         "Let's go!", "duck", "box", "white", "black"),
        ("A gray goat and a yellow truck, side by side. Nobody goes anywhere. Let's go!", "goat", "truck", "gray", "yellow"),
        ("A video comprising a pink kite and a green horse, wherein said pink kite and said green horse stay side by "
         "side for the duration of the video.", "kite", "horse", "pink", "green"),
    ],
)
def test_a_denied_leaving_keeps_both_things(prompt, query1, query2, colour1, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Eyes up, squad. Here's the drill: a parked truck on for the first half, off at halftime. No truck in the "
         "second half.", "truck", False),
        ("Here's the plan, people: a grazing goat off for the first half, then on after halftime. Got it?", "goat", True),
        ("Across: a parked truck in the first half of the clip and no truck in its second half. Answer: TRUCK GONE.",
         "truck", False),
        ("Across: a swimming duck for the first half, none in the second (answer: DUCK DIVES).", "duck", False),
        # "no goat in the frame" answering a question is a statement about the goat, not a bare "no"
        ("PRODUCER: First half? EDITOR: No goat in the frame. Second half, a grazing goat walks in and stays.", "goat", True),
    ],
)
def test_halves_through_calls_sections_and_answers(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Listen up, people. Swimming duck, left side of the frame at the start. Right side of the frame by the end. "
         "Hands in!", "duck", False),
        ("[Verse] A trotting horse on the right side of the frame / [Bridge] Galloping over till it is on the left side",
         "horse", True),
        ("Okay, here's the deal: parked truck - right side of the frame at the start, then left side by the end. Clear?",
         "truck", True),
        ("1. A clip comprising a swimming duck. 2. The clip of claim 1, wherein said duck swims from the left side of "
         "the frame to the right side.", "duck", False),
        # a time said before a new thing's clause is that thing's, not the verbless thing's named before it
        ("Field book. At the start, a swimming duck is on the right side of the frame. At the end, the duck is on the "
         "left side.", "duck", True),
        ("A red box. At the start, a trotting horse is on the left side of the frame. At the end, the horse is on the "
         "right side.", "horse", False),
        # an answer to a question about the way says the way
        ("Clue: which way does the swimming duck go? Answer: RIGHT TO LEFT.", "duck", True),
        ("Bring it in. Trotting horse, left side of the frame at the start. Right side of the frame by the end. Break!",
         "horse", False),
    ],
)
def test_labels_verses_and_claims_move_their_thing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Down: a duck swimming from the right of a box to the left of the box, the box never moving. "
         "Answer: DUCK PASSES BOX.", "duck", "box", True),
        ("Across: a kite flying from the left of a goat to the right of the goat, the goat staying still. "
         "Answer: KITE PASSES GOAT.", "kite", "goat", False),
        ("Down: a horse that trots from the right of a box to the left of the box; the box stays still. "
         "Answer: HORSE PASSES BOX.", "horse", "box", True),
        # a sighting at a place is the thing at that place
        ("Log. A box, not moving. A duck sighted on the left of the box at the opening, then on the right of the box at "
         "the close.", "duck", "box", False),
    ],
)
def test_a_clue_or_a_sighting_passes_a_still_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("[Verse 1] Seen from above, a swimming duck in the lower left corner / [Hook] Over to the lower right corner / "
         "[Bridge] And up to the upper right corner", "duck", BL_BR_TR),
        ("[Verse] From straight overhead, a trotting horse in the lower right corner / [Pre-Chorus] Then the upper right "
         "corner / [Outro] And at last the upper left corner", "horse", BR_TR_TL),
        ("Log, top-down view: a trotting horse sighted in the lower right corner at the opening, the lower left corner "
         "midway, and the upper left corner at the close.", "horse", BR_BL_TL),
        ("Huddle up. Overhead view. Trotting horse: lower left corner first, then the upper left corner, and it finishes "
         "in the upper right corner. On three!", "horse", BL_TL_TR),
    ],
)
def test_sections_and_labels_carry_a_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # a bracket that names a thing is a scene fact, and a stage direction its move
        ("[Verse] A grazing goat stands still / [a duck walks in from the left]", ["duck", "goat"]),
        # an answer naming what the clue never names is that thing, once
        ("Down: it flies across the sky from left to right (answer: KITE).", ["kite"]),
        # a book the scene holds or acts on stays a thing
        ("A book falls off the table.", ["book", "table"]),
        ("Old book. It lies on a table while a cat walks past it.", ["book", "cat", "table"]),
        # "both" naming the pair for the first time is still that pair
        ("Both trucks drive to the right.", ["truck", "truck"]),
    ],
)
def test_what_is_drawn(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "prompt, query",
    [
        # "right" that stresses a time is no side: the goat stays on the left
        ("A grazing goat stays on the left side of the frame, right through to the end.", "goat"),
        ("[Verse] A parked truck on the left / [Hook] A parked truck still there, right to the end", "truck"),
    ],
)
def test_right_before_a_time_is_no_side(prompt, query):
    path = centres(prompt)[query]
    assert path[0] is not None and path[-1] is not None and path[0][0] < 0.5 and path[-1][0] < 0.5, path


@pytest.mark.parametrize(
    "text, plain",
    [
        ("[chorus x2] a cat on the left / [bridge] up to the upper left corner",
         "a cat on the left, up to the upper left corner."),
        ("[hook] a dog walks / [verse 2] a cat sits", "a dog walks. a cat sits."),
        ("[verse] three cats / [hook] three cats walk left", "three cats. they walk left."),
        # "said" with no thing after it is speech, and a bracket-free sheet is left to the verse reader
        ("the keeper said nothing else appears.", "the keeper said nothing else appears."),
        ("a cat walks / a dog sits / a bird flies", "a cat walks / a dog sits / a bird flies"),
        # a heading word inside a sentence is no heading, and a verb before a colon no label
        ("a ball rolls down: the lower left corner.", "a ball rolls down: the lower left corner."),
    ],
)
def test_only_the_voices_words_are_rewritten(text, plain):
    assert puzzle_lyric_and_coach_in_plain_words(text) == plain
