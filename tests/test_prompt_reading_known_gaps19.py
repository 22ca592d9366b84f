"""A nineteenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A screen shows the clip, but a sentence before it that tells a thing of the story acting in the present ("A man sits
on a sofa.", "Two kids are playing on the floor.") is the room the camera films around the screen: its things are
drawn, with what the screen is said to show. A log's verbless states ("Kids asleep."), a state told with "is"/"are"
("The kids are asleep.") and the speaker's own doings ("We fed the goats.") stay the speaker's world, not drawn.

"Else" names no thing ("nothing else." alone names nothing); what is heard ("the music plays on", "the song") is no
thing to draw, so its verb is never read as things; a set comparison with "as" ("as the crow flies", "as the saying
goes") says how far or how it is told, so no crow is drawn, unless the crow flies somewhere ("as the crow flies to
the left").

A perception verb's object followed by a bare verb or a participle ("a woman watches a ball roll", "hears a dog
running") is that verb's subject: the move is the thing watched, and the watcher stays where it is. "As" opening a
clause with a subject and a verb of its own ("looks on as a ball rolls", "plays on as two dogs run") starts that
clause as "while" does, and a creature that "looks on" watches (a window that looks onto a yard presents it).

A move in by an edge said with no time or an early one ("drives in early on", "drives in at the start", "drives in"),
then a going said with no place ("by the end it had gone for good", "and at the end it is gone"), is one pass that
enters by that edge, crosses the frame and leaves by the other: not a thing that shows up mid-frame partway, and not
a thing never drawn. A time after "and" right before the next clause's subject ("and at the end it is gone") is
that clause's.

A place taken back by "no," and said again ("starts top... no, bottom-left", "in the lower left, no, the lower right
corner") is one rule of the self-corrections, a rewrite pass of its own before the route pass names the corners.

A part of the clip named by the clip's other names ("the last few seconds of the reel", "the end of the tape") is a
part of its time; a part with no word of time ("part of the film is torn") is a part of the thing.
"""

import pytest

from pipelines.core.planning import PlannerError
from pipelines.lvd.clip_phrases import clip_phrases_in_words
from pipelines.lvd.frame_corner_names import corners_in_plain_words
from pipelines.lvd.self_corrections import corrections_undone, places_taken_back
from tests.helpers.planned import PLANNER, centres, names, route_corners


# ------------------------------------------------------------ 1. the room around a screen is filmed too
@pytest.mark.parametrize("prompt, drawn", [
    ("A man sits on a sofa. The TV shows two dogs running.", ["dog", "dog", "man", "sofa"]),
    ("A dog lies on the rug. On the monitor, two cars race to the right.", ["car", "car", "dog"]),
    ("A woman stands by the window. The screen shows three cats walking to the left.", ["cat"] * 3 + ["woman"]),
    ("Two kids are playing on the floor. The monitor shows two horses.", ["horse", "horse", "kid", "kid"]),
    ("The cat sleeps on a bed. On the screen, two dogs run to the right.", ["bed", "cat", "dog", "dog"]),
    # a log, a state told with "are", the speaker's own doings: around the screen, not filmed
    ("Kids asleep. Goats milked. The monitor shows two dogs.", ["dog", "dog"]),
    ("The kids are asleep and the lamps are on. On the screen, two dogs run to the right.", ["dog", "dog"]),
    ("We fed the goats and walked the dog. The screen shows two cats.", ["cat", "cat"]),
    ("My kids sleep upstairs. The monitor shows two dogs.", ["dog", "dog"]),
])
def test_the_room_around_a_screen_is_filmed_too(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 2. words that name no thing: "else", music, set comparisons
def test_nothing_else_alone_names_nothing():
    with pytest.raises(PlannerError):
        PLANNER.plan("nothing else.")


@pytest.mark.parametrize("prompt, drawn, leftward", [
    ("The music plays as a ball rolls to the left.", ["ball"], True),
    ("The music plays on as a ball rolls to the left.", ["ball"], True),
    ("The song plays on, and two cats walk to the left.", ["cat", "cat"], True),
    ("A ball rolls to the right as the music plays on.", ["ball"], False),
    ("As the crow flies, a car drives to the right.", ["car"], False),
    ("A car drives to the left, as the crow flies.", ["car"], True),
    ("As the crow flies, two dogs run to the left.", ["dog", "dog"], True),
    ("A dog runs to the right, as the saying goes.", ["dog"], False),
])
def test_what_is_heard_and_set_comparisons_are_no_things(prompt, drawn, leftward):
    assert names(prompt) == drawn
    for thing in PLANNER.plan(prompt).layout.objects:
        first, last = thing.boxes[0], thing.boxes[-1]
        assert (last[0] < first[0] - 0.2) if leftward else (last[0] > first[0] + 0.2), thing.boxes


def test_a_crow_that_flies_somewhere_is_a_crow():
    assert names("As the crow flies to the left, a dog runs to the right.") == ["crow", "dog"]


# ------------------------------------------------------------ 6. a part of the clip is a part of its time
@pytest.mark.parametrize("text, said", [
    ("in the last few seconds of the reel, a dog runs.", "in the last few seconds of the video, a dog runs."),
    ("in the first half of this reel a cat sits.", "in the first half of the video a cat sits."),
    ("the opening of the film shows two cats.", "the opening of the video shows two cats."),
    ("by the end of the tape, a dog walks.", "by the end of the video, a dog walks."),
    # a part with no word of time is a part of the thing
    ("a cat tears off part of the film.", "a cat tears off part of the film."),
    ("a portion of the tape is torn.", "a portion of the tape is torn."),
])
def test_a_part_of_the_clip_is_a_part_of_its_time(text, said):
    assert clip_phrases_in_words(text) == said


# ------------------------------------------------------------ 7. the thing watched moves, the watcher stays
def _moves(row) -> float:
    """How far a box centre travels across the frame from the first keyframe to the last."""
    return row[-1][0] - row[0][0]


@pytest.mark.parametrize("prompt, watcher, mover, rightward", [
    ("A woman watches a ball roll to the right.", "woman", "ball", True),
    ("A boy hears a dog run to the left.", "boy", "dog", False),
    ("A woman watches a cat walking to the right.", "woman", "cat", True),
    ("A man watches a small red car drive to the left.", "man", "small red car", False),
    ("A girl looks on as a ball rolls to the right.", "girl", "ball", True),
    ("A girl watches as a ball rolls to the right.", "girl", "ball", True),
    ("A dog plays on as a ball rolls to the left.", "dog", "ball", False),
    ("A cat keeps playing as a ball rolls to the right.", "cat", "ball", True),
])
def test_the_thing_watched_moves_and_the_watcher_stays(prompt, watcher, mover, rightward):
    found = centres(prompt)
    assert sorted(found) == sorted([watcher, mover])
    assert abs(_moves(found[watcher])) < 0.05, found[watcher]
    assert (_moves(found[mover]) > 0.4) if rightward else (_moves(found[mover]) < -0.4), found[mover]


@pytest.mark.parametrize("prompt, still, mover, rightward", [
    ("Two kids play on as a dog runs to the right.", "kid", "dog", True),
    ("Two men look on as three dogs run to the left.", "man", "dog", False),
])
def test_a_group_stays_as_others_move(prompt, still, mover, rightward):
    things = PLANNER.plan(prompt, num_keyframes=8).layout.objects
    assert {o.name for o in things} == {still, mover}
    for thing in things:
        travel = thing.boxes[-1][0] - thing.boxes[0][0]
        if thing.name == still:
            assert abs(travel) < 0.05, thing.boxes
        else:
            assert (travel > 0.3) if rightward else (travel < -0.3), thing.boxes


# ------------------------------------------------------------ 8. in early, gone by the end: one pass across the frame
@pytest.mark.parametrize("prompt, thing, rightward", [
    ("A car drives in early on, but by the end it had gone for good.", "car", True),
    ("A car drives in, and at the end it is gone.", "car", True),
    ("A car drives in, and by the end it is gone.", "car", True),
    ("A dog walks in, and by the end it has left.", "dog", True),
    ("A car drives in at the start, but by the end it has gone.", "car", True),
    ("A car drives in from the right at the start, but by the end it is gone.", "car", False),
])
def test_in_early_and_gone_by_the_end_is_one_pass(prompt, thing, rightward):
    row = centres(prompt)[thing]
    seen = [c for c in row if c is not None]
    assert len(seen) >= 3, row  # drawn while it crosses
    assert row[-1] is None and row[-2] is None, row  # gone at the end
    assert row.index(seen[0]) <= 1, row  # in early
    first, last = seen[0][0], seen[-1][0]
    if rightward:
        assert first < 0.25 and last > 0.75, row  # in by the left edge, out by the right
    else:
        assert first > 0.75 and last < 0.25, row


# ------------------------------------------------------------ 9. a place taken back by "no," is read in one place
@pytest.mark.parametrize("text, meant", [
    ("a ball starts top... no, bottom-left and rolls right.", "a ball starts bottom-left and rolls right."),
    ("a car starts in the lower left, no, the lower right corner.", "a car starts in the lower right corner."),
    ("a car begins in the upper... no, the lower right corner.", "a car begins in the lower right corner."),
])
def test_a_place_taken_back_is_its_own_pass_read_before_the_routes_and_the_corrections(text, meant):
    assert places_taken_back(text) == meant
    assert corrections_undone(places_taken_back(text)) == meant
    assert corners_in_plain_words(places_taken_back(text)) == meant


@pytest.mark.parametrize("prompt, route", [
    ("A ball starts top... no, bottom-left, rolls to the bottom-right, then to the top-right.",
     ("lower left", "lower right", "upper right")),
    ("From overhead: a car starts in the lower left, no, the lower right corner, then goes to the upper right corner, "
     "and ends in the upper left corner.", ("lower right", "upper right", "upper left")),
])
def test_a_route_with_a_place_taken_back_starts_where_it_was_meant(prompt, route):
    drawn, corners = route_corners(prompt)
    assert len(drawn) == 1 and corners == route
